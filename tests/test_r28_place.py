"""Round r28p: the places of claims. The two ends of a journey named in the figure's own sentence
("the train between X and Y ... near the village of Z", "the train from X to Y", «поезд из X в Y»,
«з X до Y», «Xдан Yға») are not the scene when the sentence names another place."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()


def _claims(text: str, lang: str):
    return PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang=lang)).claims


ROUTES = [
    ("At least 25 people were killed when a bomb derailed the express, the train between Poltava and Kharkiv, "
     "late on Friday near the village of Uglovka.", "en"),
    ("At least 25 people were killed when a bomb derailed the train from Poltava to Kharkiv near the village of Uglovka.",
     "en"),
    ("Поезд, следовавший из Полтавы в Харьков, сошел с рельсов у деревни Угловка, погибли 25 человек.", "ru"),
    ("Поезд Полтава — Харьков сошел с рельсов у деревни Угловка. Погибли 25 человек.", "ru"),
    ("Потяг, що прямував з Полтави до Харкова, зійшов з рейок біля села Угловка. Загинули 25 людей.", "uk"),
    ("Полтавадан Харьковқа бара жатқан пойыз Угловка ауылының маңында рельстен шығып кетті. 25 адам қаза тапты.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), ROUTES)
def test_a_journeys_ends_are_not_the_scene(text, lang):
    got = [c.place for c in _claims(text, lang) if c.value == 25]
    assert got and all(p == "Uglovka" for p in got), got


ONLY_ENDS = [
    ("A bus from Poltava to Kharkiv overturned on Monday; 7 people were injured.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ONLY_ENDS)
def test_a_journeys_end_stays_when_nothing_else_is_named(text, lang):
    got = [c.place for c in _claims(text, lang) if c.value == 7]
    assert got and all(p in ("Poltava", "Kharkiv") for p in got), got


def test_a_name_prefix_before_the_second_end():
    text = ("At least 25 people were killed when a bomb derailed the train between Poltava and St Petersburg "
            "late on Friday near the village of Uglovka.")
    got = [c.place for c in _claims(text, "en") if c.value == 25]
    assert got and all(p == "Uglovka" for p in got), got


# ---- a Kazakh landmark's name: its head in the nominative, the possessive kept -------------------

KK_LANDMARKS = [
    ("Жаңаталап шахтасындағы жарылыстан 12 кенші қаза тапты.", "Жаңаталап шахтасы"),
    ("Жаңаталап шахтасында болған апаттан 12 кенші қаза тапты.", "Жаңаталап шахтасы"),
    ("Кеше Бағаналы алаңында 12 адам жараланды.", "Бағаналы алаңы"),
]


@pytest.mark.parametrize(("text", "name"), KK_LANDMARKS)
def test_a_kazakh_landmark_is_named_without_its_case(text, name):
    got = [c.place for c in _claims(text, "kk") if c.value == 12]
    assert got and all(p and p.startswith(name) for p in got), got


# ---- the file-wide fill-in keeps an entry's own town against the file's region ------------------

def _entry(doc_id: str, places: list[tuple[str | None, str | None]], mentions: list[tuple[str, str]]):
    from types import SimpleNamespace

    from rashomon.model import Mention

    claims = [SimpleNamespace(place=p, place_how=h) for p, h in places]
    ms = [Mention(doc=doc_id, span=(0, 1), text=n, type="place", gazetteer_id=g, canonical=n) for n, g in mentions]
    return SimpleNamespace(doc=SimpleNamespace(id=doc_id), claims=claims, mentions=ms)


def test_an_entrys_own_town_stays_against_the_files_region():
    from rashomon._place_files import FilePlaces

    town = _entry("f.jsonl#a", [("Kremenchuk", "sentence"), ("Kremenchuk", "document"), (None, None)],
                  [("Kremenchuk", "704147")])
    region = _entry("f.jsonl#b", [("Poltava Oblast", "sentence")] * 5, [("Poltava Oblast", "adm1:UA-PL")])
    fp = FilePlaces()
    fp.add(town)
    fp.add(region)
    fp.fill(town)
    assert [c.place for c in town.claims] == ["Kremenchuk", "Kremenchuk", "Poltava Oblast"]


def test_an_entrys_region_takes_the_files_town():
    from rashomon._place_files import FilePlaces

    region = _entry("f.jsonl#a", [("Poltava Oblast", "document")], [("Poltava Oblast", "adm1:UA-PL")])
    town = _entry("f.jsonl#b", [("Kremenchuk", "sentence")] * 5, [("Kremenchuk", "704147")])
    fp = FilePlaces()
    fp.add(region)
    fp.add(town)
    fp.fill(region)
    assert [c.place for c in region.claims] == ["Kremenchuk"]


# ---- a dateline's town over a region named only as an office's remit ------------------------------

FILED = [
    ("КРЕМЕНЧУГ, 31 августа. Теплоход, вышедший из Кременчуга в Херсон, затонул в четырёх километрах от берега. "
     "Погибли 14 человек.\n\nПрокуратура Полтавской области назвала слухи необоснованными.", "ru"),
    ("КРЕМЕНЧУК, 31 серпня. Теплохід, що вийшов з Кременчука до Херсона, затонув за чотири кілометри від берега. "
     "Загинули 14 людей.\n\nПрокуратура Полтавської області назвала чутки безпідставними.", "uk"),
    ("KREMENCHUK, Aug 31 - A ship that departed from Kremenchuk to Kherson sank four kilometres off the shore. "
     "14 people were killed.\n\nThe prosecutor's office of Poltava Oblast called the rumours groundless.", "en"),
    ("КРЕМЕНЧУК, 31 тамыз. Кременчуктен Херсонға шыққан кеме жағадан төрт шақырым жерде батып кетті. "
     "14 адам қаза тапты.\n\nПолтава облысының прокуратурасы қауесетті негізсіз деп атады.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), FILED)
def test_the_datelines_town_beats_a_remit_region(text, lang):
    got = [c.place for c in _claims(text, lang) if c.value == 14]
    assert got and all(p == "Kremenchuk" for p in got), got


# ---- a former union as an office's remit: the town of one of its parts where the wounded were treated

UNION = [
    ("Relatives gathered at the shore on Wednesday. In March 1987 the USSR Supreme Court sentenced both captains. "
     "At least 120 survivors were treated in Kremenchuk hospitals, according to a city report.", "en"),
    ("В среду родственники собрались на берегу. В марте 1987 года Верховный суд СССР осудил обоих капитанов. "
     "Не менее 120 спасённых лечились в больницах Кременчуга.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), UNION)
def test_a_former_unions_remit_gives_way_to_the_treated_town(text, lang):
    got = [c.place for c in _claims(text, lang) if c.value == 120]
    assert got and all(p == "Kremenchuk" for p in got), got
