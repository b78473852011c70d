"""Where and when a counted event happened: place and date of a figure from its surroundings.

Place: the nearest place mention in the sentence, else in the governing section heading, else in the
paragraph, else the document's most frequent place. When: the time stage's ``date_at`` (sentence,
section, paragraph, document) when it is available, else the same cascade over the time
expressions passed in. Each answer says how it was found (``place_how``/``when_how``).
"""

from __future__ import annotations

import bisect
from collections import Counter

from ..document import Document
from ..model import Mention, TimeExpr


class Context:
    def __init__(self, doc: Document, timexes: list[TimeExpr], mentions: list[Mention]) -> None:
        self.doc = doc
        self.timexes = timexes
        self.places = sorted((m for m in mentions if m.type == "place"), key=lambda m: m.span[0])
        self.starts = [m.span[0] for m in self.places]
        self._kinds: dict[str, str] = {}
        self.top = self._most_frequent(self.places)
        try:
            from ..timex import date_at
        except ImportError:  # the time stage is optional for this module
            date_at = None
        self._date_at = date_at
        self._tstarts = sorted(t.span[0] for t in timexes)
        self._when: dict[tuple[int, int], tuple[str | None, str | None]] = {}

    @staticmethod
    def _name(m: Mention) -> str:
        return m.canonical or m.lemma or m.text

    def _kind(self, m: Mention) -> str:
        """city, region, country (from the gazetteer) or "" when unknown."""
        if not m.gazetteer_id:
            return ""
        if m.gazetteer_id not in self._kinds:
            try:
                from ..gazetteer import default_gazetteer

                place = default_gazetteer().place(m.gazetteer_id)
            except Exception:  # noqa: BLE001 - the gazetteer only refines the choice
                place = None
            self._kinds[m.gazetteer_id] = place.kind if place else ""
        return self._kinds[m.gazetteer_id]

    def _in(self, lo: int, hi: int) -> list[Mention]:
        return self.places[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]

    def _most_frequent(self, ms: list[Mention]) -> str | None:
        """The most mentioned place of a scope, a town before a region or a country."""
        if not ms:
            return None
        towns = [m for m in ms if self._kind(m) not in ("region", "country")] or ms
        return Counter(self._name(m) for m in towns).most_common(1)[0][0]

    def place(self, sentence: tuple[int, int], paragraph: tuple[int, int] | None, offset: int) -> tuple[str | None, str | None]:
        ms = self._in(*sentence)
        if ms:  # the place the sentence states, nearest to the figure
            return self._name(min(ms, key=lambda m: abs(m.span[0] - offset))), "sentence"
        for sec in sorted(self.doc.sections_at(offset), key=lambda s: -s.level):
            if sec.level >= 2:
                p = self._most_frequent(self._in(*sec.span))
                if p:
                    return p, "section"
        if paragraph:
            p = self._most_frequent(self._in(*paragraph))
            if p:
                return p, "paragraph"
        return (self.top, "document") if self.top else (None, None)

    def when(self, offset: int, sentence: tuple[int, int] | None = None) -> tuple[str | None, str | None]:
        """The date of the counted event; computed once per sentence that states no date itself."""
        if self._date_at is None:
            return None, None
        key = None
        if sentence is not None:
            k = bisect.bisect_left(self._tstarts, sentence[0])
            if k >= len(self._tstarts) or self._tstarts[k] >= sentence[1]:
                key = sentence
                if key in self._when:
                    return self._when[key]
        try:
            got = self._date_at(self.doc, self.timexes, offset)
        except Exception:  # noqa: BLE001 - a date is a nicety; never lose a claim over it
            got = (None, None)
        if key is not None:
            self._when[key] = got
        return got
