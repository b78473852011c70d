"""Round r30p (real-text probe, second pass): the places of claims.

- Names listed before one plural region noun share it: each is the region, not the town of the
  same name («в Тамбовской, Липецкой и Саратовской областях», «у Волинській, Рівненській та
  Житомирській областях», «Түркістан, Жамбыл және Абай облыстарында»); a list
  of three or more is an enumeration that does not make the document's place (when only such
  lists name places, all of one country, the country is).
- "X province" is the province, not its capital city of the same name.
- A news agency named like a town ("the X news agency", «агентство X») is no place.
- A dateline "TOWN. WIRE —" is where the report was filed, not the scene.
- A fronted place with an attribution set off by commas («На X, як повідомив голова ОВА, ...») is
  the scene, not where it was said.
All sentences are invented."""

from __future__ import annotations

import pytest
from claims_helpers import places_of as _places

SHARED_HEADS = [
    ("Паводок ударил по Тамбовской и Липецкой областям. В Саратове спасатели работали всю ночь. "
     "В Тамбовской и Липецкой областях погибли 9 человек.", "ru", {"Tambov Oblast", "Lipetsk Oblast"}),
    ("Злива накрила Волинську та Рівненську області. У Волинській та Рівненській областях загинули 9 людей.",
     "uk", {"Volyn Oblast", "Rivne Oblast"}),
    ("Дауыл Жамбыл және Абай облыстарында үйлерді қиратты. Жамбыл және Абай облыстарында 9 адам қаза тапты.",
     "kk", {"Jambyl Region", "Abai Region"}),
]


@pytest.mark.parametrize(("text", "lang", "regions"), SHARED_HEADS)
def test_names_sharing_a_plural_region_noun_are_regions(text, lang, regions):
    got = _places(text, lang, 9)
    assert got and all(p in regions or (p and set(p.split("; ")) <= regions) for p in got), got


def test_a_shared_noun_needs_adjectives():
    # «в Москве и Московской области»: the town stays the town
    got = _places("В Самаре и Самарской области от жары умерли 9 человек.", "ru", 9)
    assert got and got != ["Samara Oblast"] and "Samara" in got[0], got


ENUMERATIONS = [
    ("С начала года в стране при пожарах погибли 214 человек. Больше всего пожаров было в Тамбовской, "
     "Липецкой, Саратовской и Самарской областях.", "ru", "Russia"),
    ("З початку року в країні під час пожеж загинули 214 людей. Найбільше пожеж було у Волинській, "
     "Рівненській, Житомирській та Київській областях.", "uk", "Ukraine"),
    ("Жыл басынан бері елде өрттен 214 адам қаза тапты. Өрттің көбі Түркістан, Жамбыл және Абай "
     "облыстарында тіркелді.", "kk", "Kazakhstan"),
]


@pytest.mark.parametrize(("text", "lang", "country"), ENUMERATIONS)
def test_an_enumeration_of_regions_is_no_scene(text, lang, country):
    # (the only places are the listed regions of one country: the country's total)
    assert _places(text, lang, 214) == [country], _places(text, lang, 214)


def test_a_province_is_not_its_capital_city():
    got = _places("A landslide that struck Iloilo province on Sunday has killed 9 people, officials said.", "en", 9)
    assert got == ["Iloilo province"], got


AGENCIES = [
    ("A bridge collapse killed 9 people, according to the official Batangas news agency.", "en"),
    ("Обрушение моста унесло жизни 9 человек, сообщает агентство Самара.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), AGENCIES)
def test_a_news_agency_is_no_place(text, lang):
    got = _places(text, lang, 9)
    assert got and all(p not in ("Batangas", "Samara") for p in got), got


def test_an_aside_after_a_fronted_place():
    text = ("Минулої доби обстріли тривали в кількох областях. На Рівненщині, як повідомив голова ОВА Петро "
            "Вигаданий, через удари загинули 9 людей.")
    assert _places(text, "uk", 9) == ["Rivne Oblast"], _places(text, "uk", 9)


DATELINES = [
    ("ЖАҢАҚАЛА. ҚИЯЛ-ХАБАР — Түркістан облысында жыл басынан бері өрттен 9 адам қаза тапты.", "kk", "Turkistan Region"),
    ("САРАТОВ. ВЫМЫСЕЛ-ИНФОРМ — В Тамбовской области при пожарах погибли 9 человек.", "ru", "Tambov Oblast"),
]


@pytest.mark.parametrize(("text", "lang", "place"), DATELINES)
def test_a_capitalised_dateline_with_a_credit_is_no_scene(text, lang, place):
    assert _places(text, lang, 9) == [place], _places(text, lang, 9)
