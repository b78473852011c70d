"""Round 34, place of claims: an agency's dateline closed by full stops, and US states (two-word ones
whole, Cyrillic case forms). Invented sentences."""

from __future__ import annotations

import pytest
from claims_helpers import places_of

DATELINES = [
    # the agency's town and day, each closed by a full stop: where the report was filed
    ("Новосибирск. 12 марта. — Число погибших при наводнении на юге Монголии выросло до 23 человек.", "ru", 23, "Mongolia"),
    ("Львів. 12 березня. — Кількість загиблих унаслідок повені на півдні Монголії зросла до 23 осіб.", "uk", 23, "Mongolia"),
    ("Boston. 12 March. — The toll of the floods in southern Mongolia rose to 23 people.", "en", 23, "Mongolia"),
    ("Астана. 12 наурыз. — Моңғолияның оңтүстігіндегі су тасқынынан қаза тапқандар саны 23 адамға жетті.", "kk", 23, "Mongolia"),
]


@pytest.mark.parametrize(("text", "lang", "value", "place"), DATELINES)
def test_full_stop_dateline_is_no_place(text, lang, value, place):
    assert places_of(text, lang, value) == [place]


STATES = [
    ("At least 31 people are dead in North Carolina after the storm.", "en", 31, "North Carolina"),
    ("В Северной Каролине погибли по меньшей мере 31 человек.", "ru", 31, "North Carolina"),
    ("У Північній Кароліні загинули щонайменше 31 особа.", "uk", 31, "North Carolina"),
    ("Число погибших при пожарах на Гавайях выросло до 17.", "ru", 17, "Hawaii"),
    ("Кількість загиблих від пожеж на Гаваях зросла до 17 осіб.", "uk", 17, "Hawaii"),
    ("В штате Джорджия погибли 12 человек.", "ru", 12, "Georgia (U.S. state)"),
    ("West Virginia officials said 9 people died in the floods.", "en", 9, "West Virginia"),
    ("Солтүстік Каролина штатында 31 адам қаза тапты.", "kk", 31, "North Carolina"),
]


@pytest.mark.parametrize(("text", "lang", "value", "place"), STATES)
def test_us_state_is_the_place(text, lang, value, place):
    assert places_of(text, lang, value) == [place]


KOREAS = [
    ("В Южной Корее погибли 14 человек.", "ru", 14, "South Korea"),
    ("У берегов Северной Кореи пропали 14 рыбаков.", "ru", 14, "North Korea"),
    ("У Південній Кореї загинули 14 людей.", "uk", 14, "South Korea"),
    ("At least 14 people died in South Korea.", "en", 14, "South Korea"),
    ("Оңтүстік Кореяда 14 адам қаза тапты.", "kk", 14, "South Korea"),
]


@pytest.mark.parametrize(("text", "lang", "value", "place"), KOREAS)
def test_russian_name_of_a_korea(text, lang, value, place):
    assert places_of(text, lang, value) == [place]
