"""Ships named after towns, for `rashomon.entities.EntityTagger` (a mixin).

Navies and shipping lines name ships after towns: «Бердянск» и «Никополь» are gunboats in "два малых
бронекатера, «Бердянск» и «Никополь»", not the towns. A quoted name the scan made a place is dropped
when a vessel word (``vessel_words``: бронекатер, катер, буксир, ship, кеме) stands before it in
the same clause, across at most a few capitalized words, commas and conjunctions (катери ВМС України
«Бердянськ» і «Нікополь»), or, in Kazakh, right after it («Бердянск» катері).
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

from ._entity_names import HARD_GAP, words
from ._vessel_words import vessel_words
from .model import Mention

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_OPEN = frozenset("«\"“„")
_CLOSE = frozenset("»\"”“")
_MAX_BACK = 5  # tokens between the vessel word and the name


@functools.cache
def _conjunctions() -> frozenset[str]:
    return words(None, "entity_conjunctions")


class VesselNames:
    """Mixin of `EntityTagger`: quoted names of ships are no places and no people."""

    def _vessel_names(self, d: _Doc, out: list[Mention]) -> None:
        """Drop (in place) the quoted place and person mentions that name a vessel (a ship named
        after a person, «Адмирал Макаров», is no person either)."""
        if not d.quotes:
            return
        drop = set()
        for n, m in enumerate(out):
            if m.type == "org" or m.span[0] not in d.quotes or d.quotes[m.span[0]] != m.span[1]:
                continue
            p = bisect.bisect_left(d.starts, m.span[0])
            q = bisect.bisect_left(d.ends, m.span[1])
            if p < len(d.starts) and d.starts[p] == m.span[0] and (self._vessel_before(d, p) or self._vessel_after(d, q)):
                drop.add(n)
        if drop:
            out[:] = [m for n, m in enumerate(out) if n not in drop]

    def _is_vessel(self, d: _Doc, j: int) -> bool:
        lang = d.tok_lang[j] or d.lang(j)
        low = d.words[j].lower()
        got = vessel_words(lang) if lang else None
        if got is None:
            return False
        vw = got.lemmas
        if low in vw or lang == "en" and low in got.forms:
            return True
        if lang in ("ru", "uk"):
            return self._lemma_of(d.words[j], lang) in vw
        return lang == "kk" and any(low.startswith(x) and len(low) - len(x) <= 4 for x in vw if len(x) >= 4)

    def _vessel_before(self, d: _Doc, p: int) -> bool:
        """A vessel word before token p, across capitalized words, commas and conjunctions only."""
        j = p - 1
        while j >= 0 and p - j <= _MAX_BACK + 1 and not HARD_GAP.search(d.gaps[j + 1]):
            w = d.words[j]
            if self._is_vessel(d, j):
                return True
            if not (w[:1].isupper() or w.lower() in _conjunctions()):
                return False
            j -= 1
        return False

    def _vessel_after(self, d: _Doc, q: int) -> bool:
        """Kazakh: a vessel word right after the quoted name («Бердянск» катері)."""
        j = q + 1
        return j < len(d.words) and (d.tok_lang[j] or d.lang(j)) == "kk" and not HARD_GAP.search(d.gaps[j]) \
            and self._is_vessel(d, j)
