"""Ship nouns (``vessel_words``), one list per language read by the claims and the entities.

A place name in quotes after a ship noun names a vessel, not the town (катер «Бердянськ»). The list
holds each noun's lemma and the word forms the claims side matches without a lemmatizer (a stem ends
in ``*``); the row ``&`` lists the conjunctions that join two quoted names («А» і «Б»).
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from . import langdata


class VesselWords(NamedTuple):
    lemmas: frozenset[str]
    forms: frozenset[str]  # exact word forms, the lemmas included
    stems: tuple[str, ...]  # word starts (rows ending in ``*``)
    conjunctions: frozenset[str]


@functools.cache
def vessel_words(lang: str) -> VesselWords:
    """The ship nouns of one language, lowercased."""
    lemmas, forms, stems, conj = set(), set(), set(), set()
    for row in langdata.load_table(lang, "vessel_words"):
        head = row[0].lower()
        rest = row[1].lower().split() if len(row) > 1 else []
        if head == "&":
            conj.update(rest)
            continue
        lemmas.add(head)
        forms.add(head)
        for w in rest:
            if w.endswith("*"):
                stems.add(w[:-1])
            else:
                forms.add(w)
    return VesselWords(frozenset(lemmas), frozenset(forms), tuple(sorted(stems)), frozenset(conj))
