"""Session 7 round 2 (attribution): English calques of «не соответствует действительности», a quoted
lie word after "named it", the neuter past of speech verbs ("видання писало"), the singular uk resident,
and a speaker separated from its verb by a relative clause. Sentences are invented, no event named."""
from __future__ import annotations

import pytest
from test_attrib_q10 import _got, _names

DENIALS = [
    ('Messages on social networks about "dozens of dead" do not correspond to reality, the ministry states.', "en",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "author", "denied")]),
    ("Сообщения в соцсетях о «десятках погибших» не соответствуют действительности, заявили в министерстве.", "ru",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "author", "denied")]),
    ("Повідомлення в соцмережах про «десятки загиблих» не відповідають дійсності, заявили в міністерстві.", "uk",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "author", "denied")]),
    ("Reports of 70 dead do not correspond to reality.", "en", [("killed", 70, "author", "denied")]),
    ('Bloggers wrote that 30 people had died. The spokesman of the president named it "lie".', "en",
     [("killed", 30, "social_media", "unconfirmed"), ("killed", 30, "official", "denied")]),
    ("Блогеры писали о 30 погибших. Пресс-секретарь президента назвал это «ложью».", "ru",
     [("killed", 30, "social_media", "unconfirmed"), ("killed", 30, "official", "denied")]),
]

SPEAKERS = [
    ("Незалежне видання «Газета» писало про 3 загиблих.", "uk", [("killed", 3, "media", "asserted")], "Газета"),
    ("Издание «Газета» написало о 3 погибших.", "ru", [("killed", 3, "media", "asserted")], "Газета"),
    ("Місцевий мешканець розповів журналістам, що загинули 5 людей.", "uk", [("killed", 5, "eyewitness", "asserted")], "мешканець"),
    ("Місцевий мешканець, який бачив удар з вікна, розповів журналістам, що загинули 5 людей.", "uk",
     [("killed", 5, "eyewitness", "asserted")], "мешканець"),
    ("Местный житель, который видел удар из окна, рассказал журналистам, что погибли 5 человек.", "ru",
     [("killed", 5, "eyewitness", "asserted")], "житель"),
    ("A local resident, who saw the strike from his window, told reporters that 5 people were killed.", "en",
     [("killed", 5, "eyewitness", "asserted")], "resident"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DENIALS)
def test_denials(text, lang, expected):
    assert _got(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected", "name"), SPEAKERS)
def test_speakers(text, lang, expected, name):
    assert _got(text, lang) == expected
    assert name in (_names(text, lang)[0] or "")


# a relative clause with no known speaker before it gives no speaker: the clause is what spread
def test_relative_clause_without_speaker():
    got = _got("Слухи о десятках погибших, которые распространялись в сети, опровергли в МВД.", "ru")
    assert got and all(s != "eyewitness" for _m, _v, s, _mod in got)

