"""Round 30 (area K): Kazakh constructions of real news pages (floods, drownings, road, mine and
industrial accidents, shootings, rallies), with invented sentences (fictional places and people).
Each Kazakh case has its ru/uk/en counterpart where the construction exists."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()


def _analyze(text: str, lang: str, published: str | None = None):
    return PIPE.analyze(Document(id="t", path="t", text=text, lang=lang, published=published))


def _got(text: str, lang: str) -> list[tuple]:
    return sorted((c.measure, c.value) for c in _analyze(text, lang).claims)


# -- an age range and a channel's name are no counts ------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "Ақтасты ауылында төбелес болды. Зардап шеккендердің бәрі – 19 бен 24 жас аралығындағы жастар.", []),
    ("kk", "Екеуі де ауруханаға жеткізілді, деп хабарлайды Жұлдыз \"Таң 7\" арнасына сілтеме жасап.", [("injured", 2)]),
    ("ru", "Все раненые — люди в возрасте от 19 до 24 лет.", []),
])
def test_age_range_and_channel_are_no_counts(lang, text, want):
    assert _got(text, lang) == want


# -- boats, floating craft and brigades sent to a search are no people ---------------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "Іздестіру шараларына 40 құтқарушы, 6 жүзу құралы және 3 техника жұмылдырылды.", [("deployed", 40)]),
    ("kk", "Оқиға орнына 12 құтқарушы, 2 автокөлік, 1 моторлы қайық жұмылдырылды.", [("deployed", 12)]),
    ("ru", "К поискам привлечены 40 спасателей и 6 плавсредств.", [("deployed", 40)]),
    ("uk", "До пошуків залучили 40 рятувальників і 6 плавзасобів.", [("deployed", 40)]),
    ("en", "Some 40 rescuers and 6 boats were deployed to the search.", [("deployed", 40)]),
])
def test_boats_are_no_people(lang, text, want):
    assert _got(text, lang) == want


# -- one passenger died; two passengers were taken to hospital ----------------------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "Жол апатынан кейін бір жолаушы ауруханада жан тапсырды.", [("killed", 1)]),
    ("kk", "Оқиғадан кейін автобустың екі жолаушысы ауруханаға жеткізілді.", [("injured", 2)]),
    ("ru", "После аварии один пассажир скончался в больнице.", [("killed", 1)]),
    ("uk", "Після аварії один пасажир помер у лікарні.", [("killed", 1)]),
    ("en", "After the crash one passenger died in hospital.", [("killed", 1)]),
])
def test_passengers(lang, text, want):
    assert _got(text, lang) == want


# -- "suffered" in its converb form and "burned" are injuries; "jailed on the charge" ------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "Төбелес кезінде төрт адам зардап шегіп, біреуі оқиға орнында мерт болды.", [("injured", 4)]),
    ("kk", "Ақтасты зауытында екі жұмысшы күйіп қалды.", [("injured", 2)]),
    ("ru", "На заводе в Заречье двое рабочих получили ожоги.", [("injured", 2)]),
    ("en", "Two workers suffered burns at the plant in Eastbrook.", [("injured", 2)]),
])
def test_suffered_and_burned(lang, text, want):
    assert _got(text, lang) == want


# -- "according to the latest data" names no one -------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "source"), [
    ("kk", "Соңғы мәліметтерге қарағанда, тағы 3 адам үйінді астында қалды.", None),
    ("kk", "Соңғы мәліметтер бойынша, 12 адам қаза тапты.", None),
    ("kk", "Соңғы мәліметтерге қарағанда, тағы 3 адам үйінді астында қалды, деп хабарлады министрлік.", "министрлік"),
    ("ru", "По последним данным, погибли 12 человек.", None),
    ("uk", "За останніми даними, загинули 12 людей.", None),
])
def test_latest_data_names_no_one(lang, text, source):
    claims = _analyze(text, lang).claims
    assert len(claims) == 1
    assert (claims[0].source.name if claims[0].source else None) == source


# -- one person with no numeral and no age ----------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "Ақтасты наубайханасында ер адам көз жұмды.", [("killed", 1)]),
    ("kk", "Оқиға орнында жасөспірім қаза тапты.", [("killed", 1)]),
    ("kk", "Ақтасты наубайханасында 40 жастағы ер адам көз жұмды.", []),
    ("kk", "Ер адам қайықтан жүзіп шығып үлгерген.", []),
    ("ru", "На заводе в Заречье скончался мужчина.", [("killed", 1)]),
    ("en", "A man died at the plant in Eastbrook.", [("killed", 1)]),
])
def test_one_person_died(lang, text, want):
    assert _got(text, lang) == want


# -- a resident "of the year 1968" is a birth year, no date of the event -------------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "12 шілдеде Ақтасты ауданының 1968 жылғы тұрғыны суға батып кетті.", ["2024-07-12"]),
    ("kk", "3 наурызда көлден 1979 жылы туылған азаматтың денесі шығарылды.", ["2024-03-03"]),
    ("ru", "12 июля утонул житель Заречного района 1968 года рождения.", ["2024-07-12"]),
    ("en", "On 12 July a resident of Eastbrook district, born in 1968, drowned.", ["2024-07-12"]),
])
def test_resident_of_a_year_is_a_birth_year(lang, text, want):
    rows = _analyze(text, lang, published="2024-07-01").events
    assert [r.when for r in rows] == want


# -- an attributive day part before the clock prefix ("кешкі сағат жеті") makes an evening hour -------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "Өткен жұмада кешкі сағат сегіз шамасында Ақтасты ауылында өрт шықты.", "2021-10-29T20:00"),
    ("kk", "Кешкі сағат 9 шамасында Ақтасты ауылында өрт шықты.", "2021-11-01T21:00"),
    ("kk", "Таңғы сағат 4 шамасында Ақтасты ауылында өрт шықты.", "2021-11-01T04:00"),
    ("ru", "В семь часов вечера в Заречье начался пожар.", "2021-11-01T19:00"),
    ("uk", "О сьомій годині вечора в Заріччі почалася пожежа.", "2021-11-01T19:00"),
    ("en", "A fire broke out in Eastbrook at 7 pm.", "2021-11-01T19:00"),
])
def test_evening_clock(lang, text, want):
    timexes = _analyze(text, lang, published="2021-11-01").timexes
    assert want in [t.value for t in timexes]


# -- "for resisting the police" is a charge, no count of police or participants ------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "Тұрғындардың үшеуі полицейлерге қарсылық көрсеткені үшін айыппұл төледі.", []),
    ("kk", "Ақтасты қаласына 300 полиция қызметкері жіберілді.", [("deployed", 300)]),
])
def test_resisting_police_is_no_count(lang, text, want):
    assert _got(text, lang) == want
