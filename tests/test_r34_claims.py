"""Round 34, claims: a count split by place ("12 died in Northville, 7 in Eastbrook"), each row's bare
figure counting what the row before it counts (rules.Rules._located_rows). Invented sentences only."""

from __future__ import annotations

import pytest
from claims_helpers import check_summary

CASES = [
    # the figure first, its place after a dash or right after it
    ("По меньшей мере 50 человек погибли в Зареченске, 30 - в Ольховке, 12 - в Березовке и 2 - в Липовке.", "ru",
     [("killed", 12, "exact"), ("killed", 2, "exact")], []),
    ("Щонайменше 50 людей загинули в Зарічному, 30 - у Вербівці, 12 - в Липівці та 2 - у Дубівці.", "uk",
     [("killed", 12, "exact"), ("killed", 2, "exact")], []),
    ("At least 50 people died in Northville, 30 in Eastbrook, 12 in Oldport and 2 in Westfield.", "en",
     [("killed", 12, "exact"), ("killed", 2, "exact")], []),
    # a part of the dead, counted where they died: a hospital is no count of the injured
    ("У період повені загинули 40 людей, з них 10 - у лікарнях, 20 виявили на вулицях, ще 10 - в будинках.", "uk",
     [("killed", 10, "exact"), ("killed", 20, "exact")], [("injured", 10, "exact"), ("injured", 20, "exact")]),
    ("Погибли 40 человек, из них 10 - в больницах, 20 - на улицах.", "ru",
     [("killed", 10, "exact")], [("injured", 10, "exact")]),
    ("At least 40 people died, 14 of them in hospitals.", "en",
     [("killed", 14, "exact")], [("injured", 14, "exact")]),
    # the place first, then a dash and the figure
    ("Задержаны 300 человек: в Зареченске — 120 человек, в Ольховке — 80.", "ru",
     [("detained", 120, "exact"), ("detained", 80, "exact")], []),
    ("Затримано 300 людей: у Зарічному — 120 людей, у Вербівці — 80.", "uk",
     [("detained", 120, "exact"), ("detained", 80, "exact")], []),
    # the injured in a hospital stay injured
    ("Ранены 30 человек, из них 12 - в больницах.", "ru", [("injured", 12, "exact")], [("killed", 12, "exact")]),
    # Kazakh marks a row's place with a case ending: the part of a whole is still one of it
    ("Кемінде 40 адам қаза тапты, оның 10-ы балалар.", "kk", [("killed", 10, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), CASES)
def test_located_rows(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


DASHED = [
    # a dash after the figure sets its row even when the whole names no place
    ("Від переохолодження померли 50 людей, з них 20 - на вулиці, 19 - у власних будинках, 11 - у лікарнях.", "uk",
     [("killed", 20, "exact"), ("killed", 19, "exact"), ("killed", 11, "exact")], [("injured", 11, "exact")]),
    ("От переохлаждения умерли 50 человек, 20 - на улицах, 19 - в домах, 11 - в больницах.", "ru",
     [("killed", 20, "exact"), ("killed", 19, "exact"), ("killed", 11, "exact")], [("injured", 11, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), DASHED)
def test_dashed_rows(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


STATES = [
    # a state after the dash is the row's own count: still injured
    ("При пожаре погибли 17 человек, ещё двое – в тяжёлом состоянии.", "ru", [("injured", 2, "exact")], [("killed", 2, "exact")]),
    ("Унаслідок пожежі загинули 17 людей, ще двоє – у важкому стані.", "uk", [("injured", 2, "exact")], [("killed", 2, "exact")]),
    ("The fire killed 17 people, 2 more in critical condition.", "en", [], [("killed", 2, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), STATES)
def test_state_rows(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)
