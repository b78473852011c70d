"""Round r25b: the places of claims (a fronted "In X, <speaker> said that ..." is where it was said;
an origin in the document's first line, the author's byline, gives no vote for its place)."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()


def _claims(text: str, lang: str):
    return PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang=lang)).claims


FRONTED = [
    ("A fire destroyed the market in Kharkiv on Monday. Many stalls burned.\n\n"
     "In Kyiv, the ministry said that about 40 people had been injured.", "en"),
    ("В понедельник пожар уничтожил рынок в Харькове. Сгорели многие павильоны.\n\n"
     "В Киеве распространяются слухи, что погибли более 40 человек.", "ru"),
    ("У понеділок пожежа знищила ринок у Харкові. Згоріло багато павільйонів.\n\n"
     "У Києві поширюються чутки, що загинули понад 40 людей.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), FRONTED)
def test_a_fronted_place_of_speech_is_not_the_scene(text, lang):
    got = [(c.value, c.place) for c in _claims(text, lang) if c.value == 40]
    assert got and all(p == "Kharkiv" for _, p in got), got


BYLINE = [
    ("rail_diary \u2014 notes of a railway fan from Kyiv\n\nTrain derailed near Kharkiv\n\n"
     "A train derailed 3 km before the station of Kharkiv.\n\nUpdate: twelve people were injured.\n\n"
     "In Kyiv the relatives waited. Later in Kyiv a special train arrived.", "en"),
    ("rail_diary \u2014 заметки одного железнодорожника из Киева\n\nПоезд сошёл с рельсов под Харьковом\n\n"
     "Поезд сошёл с рельсов в 3 км от станции Харьков.\n\nОбновление: пострадали 12 человек.\n\n"
     "В Киеве родственники ждали. Позже в Киев прибыл специальный поезд.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), BYLINE)
def test_the_byline_origin_gives_no_vote(text, lang):
    got = [(c.value, c.place) for c in _claims(text, lang) if c.value == 12]
    assert got == [(12, "Kharkiv")], got
