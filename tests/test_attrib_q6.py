"""Attribution and denials, session 5 round 2: invented sentences about invented events, in every
language where the construction exists.

- a named speaker as the subject of "said" after "first" or a determiner-like word ("X first said
  18 people had died", "A hospital official said two ...");
- a speaker named only by a role ("..., a spokesman said", "повідомив речник") speaks for the body
  of a known type named in the sentence;
- transliterated bodies of machine translations ("the MCHS", "the Investigation committee") and
  civic groups ("Громадська ініціатива «...»") are typed;
- a count as the subject of an impersonal verb ("Число погибших в X уточнили") is no speaker, and
  the place after it is no speaker either;
- "Ранее сообщалось о ..." is its own unnamed source and frames no following sentence;
- a bare surname that denies ("Садовий назвав ці повідомлення неправдивими") takes the type of its
  earlier titled mention;
- a rumour in messengers called false by its own predicate: the rumour and the document's denial.
"""

from __future__ import annotations

import pytest
from claims_helpers import segmented as _claims


def _got(text: str, lang: str) -> list[tuple]:
    """``(measure, value, source name, source type, modality)`` of every claim, in order."""
    return [(c.measure, c.value, c.source.name if c.source else None, c.source.type if c.source else c.source_type, c.modality)
            for c in _claims(text, lang)]


SPEAKERS = [
    # "first" between a named subject and an irregular past "said"
    ("Regional governor Ivan Petrenko first said 18 people had died, including three children.", "en",
     [("killed", 18, "Regional governor Ivan Petrenko", "official", "asserted"),
      ("killed", 3, "Regional governor Ivan Petrenko", "official", "asserted")]),
    ("The State Emergency Service first told reporters that 12 people had died.", "en",
     [("killed", 12, "State Emergency Service", "official", "asserted")]),
    # "official" as the head of the subject, before "said"
    ("A ministry official said nine people were injured.", "en",
     [("injured", 9, "A ministry official", "official", "asserted")]),
    # a speaker named only by a role speaks for the body named in the sentence
    ("Police have detained four suspected accomplices, a spokesman said.", "en",
     [("detained", 4, "a spokesman", "official", "asserted")]),
    ("Поліція затримала трьох підозрюваних, повідомив речник.", "uk",
     [("detained", 3, "речник", "official", "asserted")]),
    ("Полиция задержала троих подозреваемых, сообщил пресс-секретарь.", "ru",
     [("detained", 3, "пресс-секретарь", "official", "asserted")]),
    ("Полиция үш адамды ұстады, деді өкілі.", "kk",
     [("detained", 3, "өкілі", "official", "asserted")]),
]


@pytest.mark.parametrize("text,lang,expected", SPEAKERS)
def test_speakers(text, lang, expected):
    assert _got(text, lang) == expected


def test_a_role_with_no_typed_body_stays_unknown():
    got = _got("Nine people were injured in the blast, a spokesman said.", "en")
    assert got == [("injured", 9, "a spokesman", "unknown", "asserted")]


TYPES = [
    ("According to the data of the MCHS, were lost 13 persons.", "en", "official"),
    ("Were lost 10 persons, according to the Investigation committee.", "en", "official"),
    ("The civic initiative City Watch reported at least 30 injured.", "en", "ngo"),
    ("Громадська ініціатива «Міська варта» заявляла про щонайменше 30 постраждалих.", "uk", "ngo"),
    ("Общественная инициатива «Городской дозор» заявила о 30 пострадавших.", "ru", "ngo"),
    ("Гражданская инициатива «Чистый город» сообщила о 12 раненых.", "ru", "ngo"),
]


@pytest.mark.parametrize("text,lang,typ", TYPES)
def test_source_types(text, lang, typ):
    got = _got(text, lang)
    assert got and got[0][3] == typ, got


COUNTS = [
    ("Число погибших в Заречье уточнили: 14 человек.", "ru"),
    ("Кількість загиблих у Заріччі уточнили: 14 людей.", "uk"),
]


@pytest.mark.parametrize("text,lang", COUNTS)
def test_a_count_is_no_speaker_and_its_place_neither(text, lang):
    assert _got(text, lang) == [("killed", 14, None, "author", "asserted")]


def test_a_named_speaker_after_a_place_still_speaks():
    got = _got("Вечером в Душанбе сообщили о 14 погибших.", "ru")
    assert got[0][3] == "official"


EARLIER = [
    ("По данным полиции, погибли 5 человек. Ранее сообщалось о 18 погибших. Ранения получили 25 человек.", "ru",
     [("killed", 5, "official"), ("killed", 18, "unknown"), ("injured", 25, "author")]),
    ("За даними поліції, загинули 5 людей. Раніше повідомлялося про 18 загиблих. Поранення отримали 25 людей.", "uk",
     [("killed", 5, "official"), ("killed", 18, "unknown"), ("injured", 25, "author")]),
    ("Первоначально сообщалось о 2 погибших. К 13 июля водолазы подняли тела 105 человек.", "ru",
     [("killed", 2, "unknown"), ("killed", 105, "author")]),
]


@pytest.mark.parametrize("text,lang,expected", EARLIER)
def test_earlier_reports_frame_no_next_sentence(text, lang, expected):
    assert [(m, v, t) for m, v, _n, t, _mo in _got(text, lang)] == expected


SURNAMES = [
    ("Міський голова Андрій Коваленко повідомив про пожежу. У соцмережах писали про 100 загиблих. "
     "Коваленко назвав ці повідомлення неправдивими.", "uk"),
    ("Мэр города Андрей Коваленко сообщил о пожаре. В соцсетях писали о 100 погибших. "
     "Коваленко назвал эти сообщения ложью.", "ru"),
]


@pytest.mark.parametrize("text,lang", SURNAMES)
def test_a_surname_denier_takes_its_earlier_title(text, lang):
    got = _got(text, lang)
    assert ("killed", 100, "Коваленко", "official", "denied") in got, got
    assert any(g[3] == "social_media" and g[4] == "unconfirmed" for g in got), got


RUMOURS = [
    ('Claims circulating in some messengers that "more than 40" residents were killed are false.', "en"),
    ("Claims circulating on messaging apps that 40 residents died are false.", "en"),
    ("Сообщения в мессенджерах о том, что погибли «более 40» жителей, ложны.", "ru"),
    ("Повідомлення в месенджерах про «понад 40» загиблих хибні.", "uk"),
    ("Мессенджерлерде 40-тан астам адам қаза тапты деген ақпарат жалған.", "kk"),
]


@pytest.mark.parametrize("text,lang", RUMOURS)
def test_a_rumour_in_messengers_and_its_denial(text, lang):
    got = [(m, v, t, mo) for m, v, _n, t, mo in _got(text, lang)]
    assert got == [("killed", 40, "social_media", "unconfirmed"), ("killed", 40, "author", "denied")]


DEEDS = [
    # a speech verb that is also the counted act, right before its figure: the subject acted
    ("The government dismissed two officials of the emergency service.", "en", [("dismissed", 2, None, "author", "asserted")]),
    # "dismissed" still denies a report
    ("Police dismissed claims that 40 people died.", "en", [("killed", 40, "Police", "official", "denied")]),
]


@pytest.mark.parametrize("text,lang,expected", DEEDS)
def test_an_act_is_no_speech(text, lang, expected):
    assert _got(text, lang) == expected


def test_a_machine_translated_denial_points_back():
    got = _got("Users wrote that 60 people were killed, the police called this as the panic and the provocation.", "en")
    assert ("killed", 60, "police", "official", "denied") in got, got


NEGATED = [
    ("Глава республики Иван Петров заявил, что «никаких сотен погибших» в театре не было.", "ru", ("killed", None, "official", "denied")),
    ("Голова області заявив, що «жодних сотень загиблих» у театрі не було.", "uk", ("killed", None, "official", "denied")),
]


@pytest.mark.parametrize("text,lang,expected", NEGATED)
def test_a_negated_vague_amount_is_denied(text, lang, expected):
    assert [(m, v, t, mo) for m, v, _n, t, mo in _got(text, lang)] == [expected]


@pytest.mark.parametrize("text,lang", [
    ("Никаких сведений о погибших нет, ранены 5 человек.", "ru"),
    ("Жодних відомостей про загиблих немає, поранені 5 людей.", "uk"),
])
def test_a_negated_noun_denies_no_other_figure(text, lang):
    assert [mo for *_r, mo in _got(text, lang)] == ["asserted"]


REPORTED = [
    ("Ivan Petrenko, governor of the northern region, said relatives had reported 36 people missing.", "en",
     ("missing", 36, "official")),
    ("Губернатор сообщил, что родственники заявили о 36 пропавших без вести.", "ru", ("missing", 36, "official")),
    ("Губернатор повідомив, що родичі заявили про 36 зниклих безвісти.", "uk", ("missing", 36, "official")),
    # a typed inner speaker keeps its own word
    ("Witnesses said police reported 40 dead.", "en", ("killed", 40, "official")),
]


@pytest.mark.parametrize("text,lang,expected", REPORTED)
def test_the_one_who_tells_of_an_untyped_speaker(text, lang, expected):
    assert [(m, v, t) for m, v, _n, t, _mo in _got(text, lang)] == [expected]


def test_a_second_clause_keeps_its_own_speaker():
    got = _got("The governor said 12 people died, and witnesses reported 30 injured.", "en")
    assert [(m, v, t) for m, v, _n, t, _mo in got] == [("killed", 12, "official"), ("injured", 30, "eyewitness")]
