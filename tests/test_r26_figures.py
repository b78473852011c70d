"""Figures, round 26: invented sentences. A source's aside ("по данным МВД,") between a verb and its
figure does not break them apart; troops listed after armour share its verb; a letter code glued to a
number ("Т-34", "F-16") is a model, not a count; a total whose breakdown stands between dashes keeps
its verb after them; one person sentenced in a main clause counts one convicted (not in a relative
clause); "in the hospital" is injured and "were moved into" deploys troops."""

from __future__ import annotations

import pytest
from claims_helpers import segmented


def _got(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.qualifier) for c in segmented(text, lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Вечером в Заречье вошли части внутренних войск и курсанты училищ — по данным МВД, около 900 военнослужащих.", "ru"),
    ("В Заречье были переброшены подразделения — всего, по данным министерства, около 900 военнослужащих.", "ru"),
    ("Увечері до Заріччя увійшли частини внутрішніх військ — за даними МВС, близько 900 військовослужбовців.", "uk"),
    ("About 900 troops were moved into the Zarechye valley.", "en"),
])
def test_troops_after_an_aside_are_deployed(text, lang):
    assert _got(text, lang) == [("deployed", 900, "about")]


@pytest.mark.parametrize(("text", "lang"), [
    ("В посёлок Заречье вошли пять танков Т-34 и, по данным МВД, 900 солдат.", "ru"),
    ("В посёлок Заречье вошли пять танков и 900 солдат.", "ru"),
    ("У селище Заріччя увійшли п'ять танків і 900 солдатів.", "uk"),
    ("Five tanks and 900 soldiers moved into Zarechye.", "en"),
])
def test_troops_beside_armour_share_its_verb(text, lang):
    assert _got(text, lang) == [("deployed", 900, "exact")]


def test_letter_code_is_a_model():
    assert _got("Над Заречьем сбит самолёт Су-25.", "ru") == []
    assert _got("Two F-16 jets flew over Zarechye.", "en") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Три члена экипажа — два пилота и стюардесса — погибли в Заречье.", "ru"),
    ("Троє членів екіпажу — двоє пілотів і бортпровідниця — загинули в Заріччі.", "uk"),
    ("Three crew members — two pilots and a flight attendant — were killed near Zarechye.", "en"),
    ("Компания экипаждың үш мүшесі — екі ұшқыш пен бір бортсерік — қаза тапқанын растады.", "kk"),
])
def test_total_before_a_dashed_breakdown_keeps_its_verb(text, lang):
    assert ("killed", 3, "exact") in _got(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Иван Горев был приговорён к расстрелу Верховным судом.", "ru"),
    ("Іван Горез був засуджений до довічного ув'язнення.", "uk"),
    ("Only one, Ivor Pell, was sentenced to death.", "en"),
    ("Кейін солардың бірі ату жазасына кесілді.", "kk"),
])
def test_one_person_sentenced_is_one_convicted(text, lang):
    assert _got(text, lang) == [("convicted", 1, "exact")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Иван Горев не был приговорён к расстрелу.", "ru"),
    ("Адвокат Горев, который был приговорён к шести годам, подал жалобу.", "ru"),
    ("The strike followed the case of a driver who was sentenced to 4 years.", "en"),
    ("Ivor Pell was not sentenced to death.", "en"),
])
def test_no_conviction_when_negated_or_described(text, lang):
    assert _got(text, lang) == []


def test_a_figure_in_the_clause_keeps_its_count():
    assert _got("В Заречье 12 человек были приговорены к срокам от 2 до 5 лет.", "ru") == [("convicted", 12, "exact")]


def test_in_the_hospital_is_injured():
    assert _got("Alive are 29 persons, all they are in the hospital.", "en") == [("injured", 29, "exact")]
    assert _got("About 600 people were in the hospital when it was hit.", "en") == []
    assert _got("Three people died in the hospital in Zarechye.", "en") == [("killed", 3, "exact")]


@pytest.mark.parametrize(("text", "lang", "qual"), [
    ("В Заречье повреждены 11 домов, торговый центр и не менее 80 автомобилей.", "ru", "at_least"),
    ("У Заріччі пошкоджено 11 будинків, торговий центр і щонайменше 80 автомобілів.", "uk", "at_least"),
    ("Eleven buildings, a shopping centre and at least 80 cars were damaged in Zarechye.", "en", "at_least"),
    ("Заречьеде 11 үй, мектеп және 80 көлік зақымданды.", "kk", "exact"),
])
def test_list_item_without_figure_keeps_the_next_figure_in_the_list(text, lang, qual):
    got = _got(text, lang)
    assert ("buildings_damaged", 11, "exact") in got and ("vehicles_damaged", 80, qual) in got


def test_bare_sentence_names_no_one():
    assert _got("Приговорен к 6 годам лишения свободы.", "ru") == []


@pytest.mark.parametrize(("text", "value", "measure"), [
    ("Алаңға 3 мыңнан 4 мыңға дейін адам жиналды.", (3000, 4000), "participants"),
    ("Қалаға 11 мыңнан 26 мыңға дейін әскер кіргізілді.", (11000, 26000), "deployed"),
])
def test_kk_range_with_cased_thousand(text, value, measure):
    assert _got(text, "kk") == [(measure, value, "range")]


def test_kk_ablative_thousand_without_ceiling_is_no_range():
    assert _got("Алаңға 3 мыңнан астам адам жиналды.", "kk") == [("participants", 3000, "more_than")]


@pytest.mark.parametrize(("text", "lang"), [
    ("На самом деле в Заречье прибыли 39 семей.", "ru"),
    ("До Заріччя прибули 39 сімей.", "uk"),
    ("Some 39 families arrived in Zarechye.", "en"),
    ("Six cranes were deployed at the site in Zarechye.", "en"),
])
def test_families_and_machinery_are_no_people(text, lang):
    assert _got(text, lang) == []


def test_machinery_beside_rescuers_is_no_count():
    assert _got("В Заречье работают более 400 спасателей, задействованы 6 автокранов.", "ru") == [("deployed", 400, "more_than")]


@pytest.mark.parametrize(("text", "lang"), [
    ("He was sentenced to 6 years in prison.", "en"),
    ("Он был приговорён к шести годам.", "ru"),
    ("Він був засуджений до шести років.", "uk"),
])
def test_pronoun_sentenced_is_no_count(text, lang):
    assert _got(text, lang) == []
