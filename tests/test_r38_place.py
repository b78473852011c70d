"""Round 38, place: a town the page writes together with its container (a country after a comma,
a name no gazetteer knows after "in the town of X in ...") is the place of the container's figures.
Invented sentences only."""

from __future__ import annotations

import pytest

from tests.claims_helpers import analyzed


def _places(text: str, lang: str) -> set:
    return {c.place for c in analyzed(text, lang)}


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("en", "Slovenia bus crash kills 12\n\nTwelve people were killed when a bus fell into a ravine near Zelbrunn, "
           "Slovenia, on Monday.\n\nPolice in Slovenia said 12 people died and 30 were injured.", "Zelbrunn"),
    ("ru", "В Словении погибли 12 человек\n\nАвтобус упал в овраг возле Зельбрунна, Словения, в понедельник.\n\n"
           "Погибли 12 человек, ещё 30 пострадали.", "Зельбрунн"),
    ("uk", "У Словенії загинули 12 людей\n\nАвтобус упав у яр біля Зельбрунна, Словенія, у понеділок.\n\n"
           "Загинули 12 людей, ще 30 постраждали.", "Зельбрунн"),
])
def test_country_written_after_its_town_gives_the_town(lang, text, town):
    assert _places(text, lang) == {town}


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("ru", "Нападение в Дорнао\n\nНападение произошло утром в городе Велмар в Дорнао, сообщает агентство.\n\n"
           "Погибли 40 человек.", "Велмар"),
    ("uk", "Напад у Дорнао\n\nНапад стався вранці в місті Велмар у Дорнао, повідомляє агентство.\n\n"
           "Загинули 40 людей.", "Велмар"),
    ("en", "Attack in Dornao\n\nThe attack happened in the town of Velmar in Dornao on Monday morning.\n\n"
           "Forty people were killed.", "Velmar"),
])
def test_town_with_its_noun_in_an_unknown_area_gives_the_town(lang, text, town):
    assert _places(text, lang) == {town}


def test_kazakh_town_of_a_country_keeps_the_country():
    # Kazakh names the country first in the genitive; a bare country's toll stays the country's
    text = "Словенияда 12 адам қаза тапты\n\nСловенияда 12 адам қаза тапты, 30 адам жарақат алды."
    assert _places(text, "kk") == {"Slovenia"}


def test_country_naming_another_region_keeps_its_toll():
    # the page names another town of the country: the country's toll spans more than the framed town
    text = ("Floods in Slovenia kill 40\n\nMost died near Zelbrunn, Slovenia, and others in Ljubljana.\n\n"
            "Rescuers searched the river.")
    assert "Zelbrunn" not in {c.place for c in analyzed(text, "en") if c.value == 40}


def test_dateline_town_does_not_frame_the_country():
    text = "ZELBRUNN, Slovenia (Wire) - Twelve people were killed when a bus fell into a ravine in Slovenia on Monday."
    assert "Zelbrunn" not in _places(text, "en")
