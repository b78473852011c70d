"""Figure grammar, session 7 (q11): drowning is a death, water-flooded houses are damaged, the active
"destroyed N soldiers" is a claim of killing, troops "brought in" and workers "on site" are deployed,
people carried to ambulances are injured, "fate unknown" is missing in its own clause.

Each row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be found and
those that must not.
"""

from __future__ import annotations

import pytest
from claims_helpers import check_summary

# (text, lang, must contain, must not contain)
ROWS = [
    # drowning
    ("Two men had drowned in the river, a local news site reported.", "en", [("killed", 2, "exact")], []),
    ("В реке утонули 5 человек.", "ru", [("killed", 5, "exact")], []),
    ("У річці потонули 5 людей.", "uk", [("killed", 5, "exact")], []),
    ("У річці втопилися 5 людей.", "uk", [("killed", 5, "exact")], []),
    ("Өзенде 5 адам суға кетті.", "kk", [("killed", 5, "exact")], []),
    ("Ондаған адам суға кетті.", "kk", [("killed", None, "vague")], []),
    ("Во время паводка утонули 12 автомобилей.", "ru", [("vehicles_damaged", 12, "exact")], [("killed", 12, "exact")]),
    # water flooded houses
    ("5 мыңнан астам тұрғын үйді су басқан.", "kk", [("buildings_damaged", 5000, "more_than")], []),
    ("500 үйді су басты.", "kk", [("buildings_damaged", 500, "exact")], []),
    ("Water flooded more than 5,000 houses.", "en", [("buildings_damaged", 5000, "more_than")], []),
    ("Подтоплены более 5 тысяч домов.", "ru", [("buildings_damaged", 5000, "more_than")], []),
    # "destroyed N soldiers" = killed; houses stay houses
    ("Армія знищила понад 100 військових.", "uk", [("killed", 100, "more_than")], []),
    ("Армия уничтожила более 100 военных.", "ru", [("killed", 100, "more_than")], []),
    ("The army destroyed more than 100 soldiers.", "en", [("killed", 100, "more_than")], []),
    ("Ракета уничтожила 14 жилых домов.", "ru", [("buildings_damaged", 14, "exact")], [("killed", 14, "exact")]),
    ("Ракета знищила 14 житлових будинків.", "uk", [("buildings_damaged", 14, "exact")], [("killed", 14, "exact")]),
    # deployment without a "sent" verb
    ("На месте работают более 1 300 человек.", "ru", [("deployed", 1300, "more_than")], []),
    ("На місці працюють понад 1 300 людей.", "uk", [("deployed", 1300, "more_than")], []),
    ("До міста ввели понад 2 тисячі військових.", "uk", [("deployed", 2000, "more_than")], []),
    ("В город ввели более 2 тысяч военных.", "ru", [("deployed", 2000, "more_than")], []),
    ("На заводе работают более 1 300 человек.", "ru", [], []),
    # carried to ambulances
    ("7 persons were carried away to ambulance cars.", "en", [("injured", 7, "exact")], []),
    ("Twelve ambulances were sent to the scene.", "en", [], [("injured", 12, "exact")]),
    # a death after the counted noun with its auxiliary
    ("One more wounded man had died in hospital.", "en", [("killed", 1, "exact")], [("injured", 1, "exact")]),
    ("Two more injured people have died.", "en", [("killed", 2, "exact")], [("injured", 2, "exact")]),
    # "including a child": one of the count before it; round 35: the nominative "среди них ребёнок" too, as
    # the real-page annotators count it (devset2's gold alone leaves it out)
    ("At least 17 civilians had been killed, including a child.", "en", [("killed", 17, "at_least"), ("killed", 1, "exact")], []),
    ("Погибли 17 человек, включая ребенка.", "ru", [("killed", 17, "exact"), ("killed", 1, "exact")], []),
    ("Загинули 17 людей, включаючи дитину.", "uk", [("killed", 17, "exact"), ("killed", 1, "exact")], []),
    ("Губернатор подтвердил гибель как минимум трёх человек, среди них ребёнок.", "ru", [("killed", 3, "at_least"), ("killed", 1, "exact")], []),
    ("17 people were injured, including a child who is in serious condition.", "en", [("injured", 17, "exact")], []),
    # fate unknown, in its own clause
    ("Алғашқы мәліметтер бойынша 4 адам қаза тапқан, 79 адамның тағдыры белгісіз болған.", "kk",
     [("killed", 4, "exact"), ("missing", 79, "exact")], [("killed", 79, "exact")]),
    ("Доля 79 людей залишається невідомою.", "uk", [("missing", 79, "exact")], []),
    ("Судьба 79 человек остается неизвестной.", "ru", [("missing", 79, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROWS, ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_figures_q11(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


def test_utc_restatement_day_is_no_event(tmp_path):
    """"on Saturday at about 03:00 local time (2200 GMT Friday)": the bracket restates the time in UTC,
    its Friday is no second event."""
    from rashomon.pipeline import Pipeline
    from rashomon.readers import read_inputs

    path = tmp_path / "dam_en.txt"
    path.write_text("Floods: dam breaks\n\nPublished 8 April 2024\n\nThe dam on the river broke on Saturday at about "
                    "03:00 local time (2200 GMT Friday), a regional official said. Two people died on Monday.\n",
                    encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    whens = [e.when for e in Pipeline().analyze(doc).events]
    assert any(w.startswith("2024-04-06T03:00") for w in whens), whens
    assert "2024-04-05" not in whens, whens
    assert "2024-04-08" in whens, whens
