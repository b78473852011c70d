"""Entities of round 31 (real-page constructions, invented sentences, people and places).

An abbreviation spells a name's initials, a letter from inside a word never its last letter (no agency's
abbreviation for a person's two names), and the name every letter of which starts a word wins ("BPD": Brinmouth Police Department, not
Brinmouth PD); a name's leading words and an abbreviation of the rest join the full name; a lone Latin
surname a context made a place ("according to Vantor") is the person the document names in full; lists
of names surname first with a patronymic are one person; common English first names start a person."""

from __future__ import annotations

import pytest

from rashomon._entity_abbrev import initials_cost, initials_match
from rashomon.document import Document
from tests.entity_helpers import linked, together


def _typed(pipeline, text: str, lang: str) -> dict[str, str]:
    doc = Document(id="d.txt", path="d.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    return {m.text: m.type for m in pipeline.entity_tagger(doc)}


@pytest.mark.parametrize("abbr, name, cost", [
    ("BPD", "Brinmouth Police Department", 0),
    ("НЭВЗ", "Новочеркасский электровозостроительный завод", 1),
    ("ОГК", "Орбельская горная компания", 0),
    ("ДСО", "Державна служба Орбельщини", 0),
    ("ТКҚ", "Тарлы кен қоғамы", 0),
    ("TRAS", "Terna Sollers", None),  # the A and the S would be last letters of their words
    ("ВАСК", "Володна Степаник", None),
    ("BPD", "Brinmouth PD", None),
])
def test_initials_cost(abbr, name, cost):
    assert initials_cost(abbr, name) == cost
    assert initials_match(abbr, name) is (cost is not None)


def test_abbreviation_and_short_name_join_the_full_name(pipeline):
    ents = linked(pipeline,
                  ("The Brinmouth Police Department closed two roads near the harbour on Monday.", "en"),
                  ("Officers of the BPD questioned the ferry crew, a spokesman said.", "en"),
                  ("The mayor wrote that she was grateful to Brinmouth PD and the coastguard for their work.", "en"))
    assert together(ents, "Brinmouth Police Department", "BPD", "Brinmouth PD"), [(e.canonical, e.forms) for e in ents]


def test_news_agency_is_no_pair_of_names(pipeline):
    ents = linked(pipeline,
                  ("Singer Terna Sollers left the stage early, organisers said.", "en"),
                  ("На пароме находились 40 пассажиров, сообщает ТРАС.", "ru"))
    assert not together(ents, "Terna Sollers", "ТРАС"), [(e.canonical, e.forms) for e in ents]


def test_lone_latin_surname_is_the_person_of_the_document(pipeline):
    text = ("Brinmouth Police Chief Tom Vantor met the ferry owners on Monday. According to Vantor, "
            "the ferry left port with a broken radio. Vantor added that the owners knew of the fault.")
    ents = linked(pipeline, (text, "en"))
    assert together(ents, "Tom Vantor", "Vantor"), [(e.canonical, e.forms) for e in ents]
    assert not any(e.type == "place" and "Vantor" in e.forms for e in ents)


@pytest.mark.parametrize("text, lang, name", [
    ("Список погибших: 1. Ложкин Иван Петрович, 1975 года рождения; 2. Тарасов Олег Игоревич.", "ru", "Ложкин Иван Петрович"),
    ("Список загиблих: 1. Тарасюк Іван Степанович, 1975 року народження, машиніст.", "uk", "Тарасюк Іван Степанович"),
    ("Қаза тапқандар тізімі: 1. Тамбаев Ардан Серікұлы, 1975 жылы туған, машинист.", "kk", "Тамбаев Ардан Серікұлы"),
])
def test_surname_first_name_and_patronymic_are_one_person(pipeline, text, lang, name):
    got = _typed(pipeline, text, lang)
    assert got.get(name) == "person", got


@pytest.mark.parametrize("text, name", [
    ("Neighbours said singer Travis Sollers had moved away in May.", "Travis Sollers"),
    ("The organiser, Brandon Kelloway, said the gates opened at noon.", "Brandon Kelloway"),
    ("Officials said Ashish Varmody had ordered the evacuation.", "Ashish Varmody"),
])
def test_common_first_names_start_a_person(pipeline, text, name):
    got = _typed(pipeline, text, "en")
    assert got.get(name) == "person", got


@pytest.mark.parametrize("text, lang, street", [
    ("Пожежа почалася у кафе по вул. Тарасюка, 14 у місті Орбельськ.", "uk", "вул. Тарасюка"),
    ("Пожар начался в кафе на ул. Ложкина, 8 в Орбельске.", "ru", "ул. Ложкина"),
])
def test_abbreviated_street_is_no_person(pipeline, text, lang, street):
    got = _typed(pipeline, text, lang)
    assert got.get(street) == "place", got
    assert street.split()[-1] not in got, got


def test_abbreviated_and_full_street_join(pipeline):
    ents = linked(pipeline, ("Пожежа почалася по вул. Тарасюка, 14 вранці.", "uk"),
                  ("На вулиці Тарасюка працюють рятувальники.", "uk"))
    assert together(ents, "вул. Тарасюка", "вулиці Тарасюка"), [(e.canonical, e.forms) for e in ents]


def test_village_of_a_municipal_district_is_no_person(pipeline):
    got = _typed(pipeline, "Паводок подтопил поселок Ромашево Тарского городского округа, жителей вывезли в школу.", "ru")
    assert got.get("Ромашево") == "place", got
    assert not any(t == "person" for t in got.values()), got


def test_kk_common_noun_opening_a_sentence_is_no_place(pipeline):
    got = _typed(pipeline, "Шахтада 48 адам болған. Шахтада жұмыс тоқтатылды.", "kk")
    assert "Шахтада" not in got, got


def test_kk_person_before_a_mine_name_stays_a_person(pipeline):
    got = _typed(pipeline, "Жараланған кенші Иван Тарасов Абенов шахтасындағы апаттан кейін ауруханаға жеткізілді.", "kk")
    assert got.get("Иван Тарасов") == "person", got
    assert got.get("Абенов шахтасындағы") == "place", got
