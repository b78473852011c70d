"""Session 5 round 2 on places, time and aliases: an adjective naming an administration by its
abbreviation is no place; a reservoir is a landmark, not a town; a bare year of a background fact
(built, founded, born) does not give the text's year-less dates their year. All texts are invented."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline
from rashomon.segment import Segmenter
from rashomon.timex import TimeTagger

PIPE = Pipeline()
TAGGER = TimeTagger()


def _mentions(text: str, lang: str):
    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    PIPE.prepare(doc)
    return PIPE.entity_tagger(doc)


def _places(text: str, lang: str) -> list[str]:
    return [m.text for m in _mentions(text, lang) if m.type == "place"]


# -- an adjective before an administration's abbreviation is part of its name -------------------

@pytest.mark.parametrize("text,lang,adj", [
    ("Голова Київської ОВА повідомив, що загинули 5 людей.", "uk", "Київської"),
    ("Донецька ОДА назвала це фейком.", "uk", "Донецька"),
    ("В Харьковской ОГА сообщили о 3 погибших.", "ru", "Харьковской"),
])
def test_an_adjective_before_an_abbreviated_org_is_no_place(text, lang, adj):
    assert adj not in _places(text, lang)


@pytest.mark.parametrize("text,lang,place", [
    ("У Київській області загинули 5 людей.", "uk", "Київській"),
    ("В Харьковской области погибли 3 человека.", "ru", "Харьковской"),
])
def test_an_adjective_before_a_region_word_is_still_a_place(text, lang, place):
    assert any(p.startswith(place) for p in _places(text, lang))


# -- a reservoir is a landmark, not a town of the adjective's name ------------------------------

@pytest.mark.parametrize("text,lang,form", [
    ("Судно затонуло на Куйбышевском водохранилище в Татарстане. Погибли 5 человек.", "ru",
     "Куйбышевском водохранилище"),
    ("Баржа затонула на Каховском водохранилище. Погибли 2 человека.", "ru", "Каховском водохранилище"),
    ("Судно затонуло на Куйбишевському водосховищі в Татарстані. Загинули 5 людей.", "uk",
     "Куйбишевському водосховищі"),
    ("The ship sank in the Kuybyshev Reservoir in Tatarstan. Five people died.", "en", "Kuybyshev Reservoir"),
    ("Кеме Куйбышев су қоймасында батып кетті. 5 адам қаза тапты.", "kk", "Куйбышев су қоймасында"),
    ("Қапшағай су қоймасында қайық аударылып, 3 адам қаза тапты.", "kk", "Қапшағай су қоймасында"),
])
def test_a_reservoir_is_one_landmark(text, lang, form):
    ms = [m for m in _mentions(text, lang) if m.type == "place" and m.text == form]
    assert ms and ms[0].gazetteer_id is None and ms[0].how == "landmark"


# -- a background year does not anchor the text ---------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("АСТАНА, 21 шілде — Кеме 10 шілдеде батып кетті. Кеме 1955 жылы жасалған.", "kk"),
    ("АСТАНА, 21 июля — Судно затонуло 10 июля. Теплоход был построен в 1955 году.", "ru"),
    ("КИЇВ, 21 липня — Судно затонуло 10 липня. Теплохід побудований у 1955 році.", "uk"),
    ("LONDON, July 21 - The ship sank on July 10. The ship was built in 1955.", "en"),
    ("LONDON, July 21 - The minister died on July 10. He was born in 1955.", "en"),
])
def test_a_construction_or_birth_year_does_not_date_the_story(text, lang):
    dated = {t.value for t in _timexes(text, lang) if t.value and t.value[:1].isdigit() and len(t.value) >= 10}
    assert not any(v.startswith("1955-07") for v in dated), dated


@pytest.mark.parametrize("text,lang,year", [
    ("АСТАНА, 21 шілде — Кеме 10 шілдеде батып кетті. 2011 жылы бұл үшінші апат.", "kk", "2011"),
    ("LONDON, July 21 - The ship sank on July 10. It was the third disaster in 2011.", "en", "2011"),
])
def test_a_plain_later_year_still_dates_the_story(text, lang, year):
    dated = {t.value for t in _timexes(text, lang) if t.value and len(t.value) >= 10}
    # (the day is set against 1 January of that year: the nearest 10 July, a year either side)
    assert any(v[:4] in {str(int(year) - 1), year} and v[4:10] == "-07-10" for v in dated), dated


def _timexes(text: str, lang: str):
    doc = Document(id="t", path="t", text=text, lang=lang)
    Segmenter()(doc)
    return TAGGER(doc)


# -- a national police and a machine-translated investigative committee link across languages ---

@pytest.mark.parametrize("text,lang,form,key", [
    ("Голова Нацполіції повідомив про загиблих.", "uk", "Нацполіції", "national-police"),
    ("Національна поліція повідомила про 3 загиблих.", "uk", "Національна поліція", "national-police"),
    ("Национальная полиция сообщила о 3 погибших.", "ru", "Национальная полиция", "national-police"),
    ("The National Police said 3 people died.", "en", "National Police", "national-police"),
    ("Ұлттық полиция 3 адам қаза тапқанын хабарлады.", "kk", "Ұлттық полиция", "national-police"),
    ("Were lost 10 persons, according to the Investigation committee.", "en", "Investigation committee",
     "investigative-committee"),
])
def test_listed_organisation_names(text, lang, form, key):
    orgs = {m.text: m.key for m in _mentions(text, lang) if m.type == "org"}
    assert form in orgs and key in (orgs[form] or ""), orgs


# -- a life span's end is no dateline; a clock time after a day part and "in" -------------------

@pytest.mark.parametrize("text,lang", [
    ("Denys Ivanenko (1980 – 18 January 2023) was a politician who served as minister from July 2021.", "en"),
    ("Денис Иваненко (1980 — 18 января 2023) — политик, министр с июля 2021 года.", "ru"),
])
def test_a_life_span_end_is_an_event_not_a_dateline(text, lang):
    from rashomon.timeline import events_from

    doc = Document(id="t", path="t", text=text, lang=lang)
    Segmenter()(doc)
    assert [e.when for e in events_from(doc, TAGGER(doc), [], [])] == ["2023-01-18"]


@pytest.mark.parametrize("text,lang,value", [
    ("Update 30.12: in the morning in 8.25 in the district exploded the trolleybus.", "en", "--12-30T08:25"),
    ("30 декабря утром в 8.25 в районе взорвался троллейбус.", "ru", "--12-30T08:25"),
    ("30 грудня вранці о 8.25 вибухнув тролейбус.", "uk", "--12-30T08:25"),
])
def test_a_dotted_time_after_a_day_part_is_a_clock_time(text, lang, value):
    assert value in [t.value for t in _timexes(text, lang)]


@pytest.mark.parametrize("text,lang,value", [
    ("In the morning of 13.05 at the square gathered the people.", "en", "--05-13"),
    ("The rally on 18.05 in the morning ended.", "en", "--05-18"),
    ("The rate rose in 8.25 percent of cases.", "en", None),
])
def test_a_dotted_day_stays_a_day(text, lang, value):
    vals = [t.value for t in _timexes(text, lang)]
    assert not any("T" in v for v in vals), vals
    if value:
        assert value in vals


# -- an organisation's name runs on over "of <country>" / «Республики <страна>»; the country stays a place --

@pytest.mark.parametrize("text,lang,org,country", [
    ("The National Police of Ukraine said 14 people died.", "en", "National Police of Ukraine", "Ukraine"),
    ("Генеральной прокуратуры Республики Казахстан сообщили о 7 погибших.", "ru",
     "Генеральной прокуратуры Республики Казахстан", "Республики Казахстан"),
])
def test_an_org_name_keeps_its_country(text, lang, org, country):
    ms = _mentions(text, lang)
    assert org in [m.text for m in ms if m.type == "org"], [(m.type, m.text) for m in ms]
    assert country in [m.text for m in ms if m.type == "place"], [(m.type, m.text) for m in ms]


@pytest.mark.parametrize("text,org", [
    ("Ресей ТЖМ бұл ақпаратты жоққа шығарды.", "Ресей ТЖМ"),
    ("Қазақстан ІІМ 5 адам ұсталғанын хабарлады.", "Қазақстан ІІМ"),
])
def test_a_kazakh_org_named_after_its_country(text, org):
    ms = _mentions(text, "kk")
    assert org in [m.text for m in ms if m.type == "org"], [(m.type, m.text) for m in ms]
    assert org.split()[0] in [m.text for m in ms if m.type == "place"]


@pytest.mark.parametrize("text,place,is_place", [
    ("Тергеу комитеті 3 адамды ұстады. Қазан қаласында аза тұтылды.", "Қазан", True),
    ("Оқиға былтыр болды. Қазан айында 3 адам ұсталды.", "Қазан", False),
])
def test_a_kazakh_town_named_like_a_month_before_its_city_word(text, place, is_place):
    assert (place in _places(text, "kk")) is is_place
