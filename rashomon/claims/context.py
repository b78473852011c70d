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
        names = Counter(self._name(m) for m in self.places)
        self.top = names.most_common(1)[0][0] if names else None
        try:
            from ..timex import date_at
        except ImportError:  # the time stage is optional for this module
            date_at = None
        self._date_at = date_at

    @staticmethod
    def _name(m: Mention) -> str:
        return m.canonical or m.lemma or m.text

    def _nearest(self, lo: int, hi: int, offset: int) -> str | None:
        a = bisect.bisect_left(self.starts, lo)
        b = bisect.bisect_left(self.starts, hi)
        if a >= b:
            return None
        best = min(self.places[a:b], key=lambda m: abs(m.span[0] - offset))
        return self._name(best)

    def place(self, sentence: tuple[int, int], paragraph: tuple[int, int] | None, offset: int) -> tuple[str | None, str | None]:
        p = self._nearest(sentence[0], sentence[1], offset)
        if p:
            return p, "sentence"
        for sec in sorted(self.doc.sections_at(offset), key=lambda s: -s.level):
            p = self._nearest(sec.span[0], sec.span[1], offset)
            if p:
                return p, "section"
        if paragraph:
            p = self._nearest(paragraph[0], paragraph[1], offset)
            if p:
                return p, "paragraph"
        return (self.top, "document") if self.top else (None, None)

    def when(self, offset: int) -> tuple[str | None, str | None]:
        if self._date_at is not None:
            try:
                return self._date_at(self.doc, self.timexes, offset)
            except Exception:  # noqa: BLE001 - a date is a nicety; never lose a claim over it
                return None, None
        return None, None
