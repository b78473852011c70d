"""Round 41, aliases: a town and the province named after it (invented sentences; the town is a
gazetteer row, data any tool ships).

* a town's name written with an area word ("Tokat province", «провинции Токат», «Токат аймағында»)
  leaves the town for an area entity of its own when the run also calls the town a town
  (`rashomon._entity_town_area`);
* without such a settlement's word in the run, the phrase stays a form of the town (one place to the
  reader);
* the settlement's word is read in every language (`EntityTagger._town_word`).
"""

from __future__ import annotations

import pytest
from entity_helpers import linked, together

from rashomon._entity_town_area import area_phrase
from rashomon.document import Document


def _show(ents):
    return [(e.canonical, e.type, e.forms) for e in ents]


_AREA = [
    ("Floods hit Tokat province on Monday.", "en", "Tokat province"),
    ("Наводнение накрыло провинции Токат в понедельник.", "ru", "провинции Токат"),
    ("Повінь накрила провінції Токат у понеділок.", "uk", "провінції Токат"),
    ("Су тасқыны Токат аймағында болды.", "kk", "Токат аймағында"),
]
_TOWN = [
    ("Rescuers reached the city of Tokat at dawn.", "en"),
    ("Спасатели прибыли в город Токат на рассвете.", "ru"),
    ("Рятувальники прибули до міста Токат на світанку.", "uk"),
    ("Құтқарушылар таңертең Токат қаласына жетті.", "kk"),
]


@pytest.mark.parametrize("area", _AREA)
@pytest.mark.parametrize("town", _TOWN)
def test_the_area_phrase_leaves_a_town_the_run_calls_a_town(pipeline, area, town):
    ents = linked(pipeline, area[:2], town, ("Tokat was quiet on Tuesday.", "en"))
    assert not together(ents, "Tokat", area[2]), _show(ents)
    assert any(area[2] in e.forms and e.type == "place" for e in ents), _show(ents)


@pytest.mark.parametrize("area", _AREA)
def test_without_a_town_word_the_area_phrase_stays_with_the_town(pipeline, area):
    ents = linked(pipeline, area[:2], ("Tokat was quiet on Tuesday.", "en"))
    assert together(ents, "Tokat", area[2]), _show(ents)


@pytest.mark.parametrize("town", _TOWN)
def test_the_town_word_is_read(pipeline, town):
    doc = Document(id="d.txt", path="d.txt", text=town[0], lang=town[1])
    pipeline.prepare(doc)
    ms = [m for m in pipeline.entity_tagger(doc) if m.type == "place"]
    assert any(m.town_word for m in ms), [(m.text, m.town_word) for m in ms]


@pytest.mark.parametrize(("form", "yes"), [
    ("Tokat province", True), ("провинции Токат", True), ("Токат облысының", True),
    ("сектора Токат", False), ("Tokat", False), ("Tokat's", False), ("Токат қаласы", False),
])
def test_area_phrases(form, yes):
    assert area_phrase(form, frozenset({"tokat", "токат"})) is yes


# -- Russian, Ukrainian and Kazakh spellings of one foreign name ----------------------------------------
@pytest.mark.parametrize("other", [
    ("Министр Жеральд Дравенен заявил о трёх погибших.", "ru"),
    ("Міністр Жеральд Дравенін заявив про трьох загиблих.", "uk"),
])
def test_cyrillic_spellings_of_one_name_join(pipeline, other):
    ents = linked(pipeline, ("Minister Gerald Dravenin said three died.", "en"),
                  ("Міністр Жеральд Дравенін заявив про трьох загиблих.", "uk"), other)
    forms = {"Жеральд Дравенен", "Жеральд Дравенін"} & {f for e in ents for f in e.forms}
    assert any(forms <= set(e.forms) for e in ents), _show(ents)


def test_a_womans_surname_does_not_join_a_mans(pipeline):
    ents = linked(pipeline, ("Сообщил Олег Дравенов.", "ru"), ("Сообщила Ольга Дравенова.", "ru"))
    assert not together(ents, "Олег Дравенов", "Ольга Дравенова"), _show(ents)


def test_a_latin_name_with_diacritics_meets_its_cyrillic_spelling(pipeline):
    ents = linked(pipeline, ("President Zoran Dravčić spoke on Monday.", "en"),
                  ("Президент Зоран Дравчич выступил в понедельник.", "ru"))
    assert together(ents, "Zoran Dravčić", "Зоран Дравчич"), _show(ents)


def test_an_adjective_of_a_town_is_no_spelling_of_it():
    from rashomon._entity_script import name_skeletons
    a, b = name_skeletons("Дравенск", False)[0], name_skeletons("Дравенскую", False)[0]
    assert a[0] == b[0] and a[1] != b[1]  # (one skeleton: the guard of `_link_cyrillic_spellings` decides)


def test_a_town_does_not_take_its_regions_adjective(pipeline):
    ents = linked(pipeline, ("Жители Вельмарска проснулись от взрывов.", "ru"),
                  ("Удар пришёлся на Вельмарскую область.", "ru"), ("Взрывы в Вельмарске.", "ru"))
    assert not any("Вельмарскую" in e.forms and "Вельмарска" in e.forms for e in ents), _show(ents)
