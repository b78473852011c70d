"""Places named by an adjective for `rashomon.entities.EntityTagger` (a mixin): many ru/uk villages
and towns are a neuter adjective (Зеленопільське, Первомайское), so in a case form after a place
preposition they read as an ordinary adjective («біля Зеленопільського і Олексіївки», «под
Первомайским»). Capitalized mid-sentence, right after the preposition, with no noun after it to agree
with, such a word names the place; its base form is the neuter nominative."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._entity_names import HARD_GAP as _HARD_GAP
from ._entity_names import words as _words

_SHAPE = re.compile(r"(?:ск|цк|ськ|цьк)[а-яіїєё]{1,3}$")  # Зеленопільського, Первомайским, Донецькому

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc


class AdjectiveVillages:
    """Mixin of `EntityTagger`: `_adjective_village`."""

    def _adjective_village(self, d: _Doc, p: int, q: int, lang: str) -> str | None:
        """The neuter nominative of token p, a place named by an adjective (see the module), else None."""
        if q - p != 1 or lang not in ("ru", "uk") or p < 1 or d.initial(p) or d.gaps[p] != " ":
            return None
        w = d.words[p]
        if not _SHAPE.search(w) or not w[:1].isupper() or w.isupper() or not d.words[p - 1].islower() \
                or not self._has_phrase(d, p, lang, "entity_place_preps", False):
            return None
        if q < len(d.words) and not _HARD_GAP.search(d.gaps[q]) and not any(c in d.gaps[q] for c in ",;:.()") \
                and d.words[q].lower() not in _words(None, "entity_conjunctions") and not self._no_noun(d.words[q], lang):
            return None  # («біля Донецького аеропорту»: the adjective of a noun)
        known, _, parses = self.morph.info(w, lang)
        if not known or not parses:
            return None
        x = parses[0]
        if x.tag.POS == "NOUN" and "neut" in x.tag:  # (the uk dictionary knows some such villages as nouns)
            base = x.normal_form
        elif x.tag.POS == "ADJF" and "plur" not in x.tag and "femn" not in x.tag:  # («на Інститутській»: a street)
            neut = x.inflect({"neut", "nomn"})  # (the uk dictionary marks no number on neuter forms)
            base = neut.word if neut is not None else None
        else:
            return None
        if not base:
            return None
        ap = self._adjective_place(d, w, lang)
        if ap is not None and ap[1] is not None and (ap[1].kind != "city" or ap[1].population >= 100000):
            return None  # («в Московском», «у Київському»: a big place's adjective before an unsaid noun)
        return base[:1].upper() + base[1:]
