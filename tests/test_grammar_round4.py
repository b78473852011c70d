"""Figure grammar, session 4 round 2: which word gives a figure its measure.

Each row: a sentence (or two) in, claims that must be found ``(measure, value, qualifier)`` and
claims that must not be (``(measure, value)``).
"""

from __future__ import annotations

import pytest
from claims_helpers import summary

# text, lang, must find [(measure, value, qualifier)], must not find [(measure, value)]
ROWS = [
    # a subset that opens a clause of its own keeps its verb: the figure before takes its own noun
    ("The Ministry said it established more than 150 active participants, from them 60 are detained.", "en",
     [("participants", 150, "more_than"), ("detained", 60, "exact")], [("detained", 150)]),
    ("The Ministry said it established more than 150 participants, of them 60 are detained.", "en",
     [("participants", 150, "more_than"), ("detained", 60, "exact")], [("detained", 150)]),
    ("Установлено более 150 участников, из них 60 задержаны.", "ru",
     [("participants", 150, "more_than"), ("detained", 60, "exact")], [("detained", 150)]),
    ("Встановлено понад 150 учасників, з них 60 затримано.", "uk",
     [("participants", 150, "more_than"), ("detained", 60, "exact")], [("detained", 150)]),
    # ... while a parenthetical subset between commas does not
    ("164 people, including three children, had been killed.", "en",
     [("killed", 164, "exact"), ("killed", 3, "exact")], []),
    # "from them" (a machine translation of "из них") is a subset
    ("According to data of Prosecutor General office were lost 322 hostages, from them 155 children.", "en",
     [("killed", 322, "exact"), ("killed", 155, "exact")], []),
    ("In hospitals are there 426 persons, from them 221 children, in a grave condition 64.", "en",
     [("injured", 426, "exact"), ("injured", 221, "exact")], []),
    # a role noun after one adjective is still the counted noun
    ("About 300 peaceful protesters gathered outside the court.", "en", [("participants", 300, "about")], []),
    # a clause connective ("as", "after") ends the counted noun phrase and the scan for a verb
    ("Aktobe death toll rises to seven as last suspects detained", "en", [("killed", 7, "exact")], [("detained", 7)]),
    ("The number of victims of the attacks rose to seven after a wounded civilian died in hospital.", "en",
     [("killed", 7, "exact")], [("injured", 7)]),
    ("Кількість загиблих зросла до семи після того як поранений помер у лікарні.", "uk", [("killed", 7, "exact")], [("injured", 7)]),
    # the verb that governs the figure, not the last verb of the sentence
    ("Из боевиков 31 был уничтожен, единственный выживший — Нур-Паши Кулаев — задержан.", "ru",
     [("killed", 31, "exact")], [("detained", 31)]),
    ("Із нападників 12 було знищено, одного затримано.", "uk", [("killed", 12, "exact"), ("detained", 1, "exact")], [("detained", 12)]),
    ("12 gunmen were eliminated by the special forces.", "en", [("killed", 12, "exact")], []),
    # ... but "destroyed" with no counted person is no death
    ("В селе уничтожено 14.", "ru", [], [("killed", 14)]),
    ("уничтожены 14 жилых домов", "ru", [("buildings_damaged", 14, "exact")], [("killed", 14)]),
]


@pytest.mark.parametrize(("text", "lang", "want", "unwanted"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_measure_of_figure(text, lang, want, unwanted):
    got = summary(text, lang)
    for w in want:
        assert (w[0], w[1], w[2]) in [tuple(g) for g in got], f"{w} not in {got}"
    pairs = {(g[0], g[1]) for g in got}
    for u in unwanted:
        assert u not in pairs, f"{u} wrongly in {got}"
