"""The per-document pipeline: stages built once, then applied to each document in turn.

    read (rashomon.readers) -> prepare: segment, identify languages -> analyze: time expressions,
    entity mentions, claims, timeline candidates -> [corpus] link entities, anchor, group questions

Stages are objects passed in (or built with defaults), never module globals, so a process pool or a
Dask worker builds its own once. `analyze` is a pure function of one document: that is what makes
``--jobs`` and Dask runs give output identical to a single process.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .document import Document
from .model import Analysis


@dataclass
class Pipeline:
    segmenter: Any = None
    langid: Any = None
    time_tagger: Any = None
    entity_tagger: Any = None
    claim_extractor: Any = None

    def __post_init__(self) -> None:
        if self.segmenter is None:
            from .segment import Segmenter

            self.segmenter = Segmenter()
        if self.langid is None:
            from .langid import LanguageIdentifier

            self.langid = LanguageIdentifier()
        if self.time_tagger is None:
            from .timex import TimeTagger

            self.time_tagger = TimeTagger()
        if self.entity_tagger is None:
            from .entities import EntityTagger

            self.entity_tagger = EntityTagger()
        if self.claim_extractor is None:
            from .claims import ClaimExtractor

            self.claim_extractor = ClaimExtractor()

    def prepare(self, doc: Document) -> Document:
        """Paragraphs, sentences and per-paragraph languages (idempotent)."""
        if not doc.sentences:
            self.segmenter(doc)
            self.langid(doc)
        return doc

    def analyze(self, doc: Document) -> Analysis:
        from .timeline import events_from

        self.prepare(doc)
        timexes = _outside_furniture(doc, self.time_tagger(doc))
        tagged = self.entity_tagger(doc)
        mentions = _outside_furniture(doc, tagged)
        kept = {id(m) for m in mentions}
        furniture = [m for m in tagged if id(m) not in kept]  # forms for entity linking only
        claims = self.claim_extractor(doc, timexes, mentions)
        events = events_from(doc, timexes, claims, mentions)
        return Analysis(doc=doc, timexes=timexes, mentions=mentions, claims=claims, events=events,
                        furniture_mentions=furniture)


def _outside_furniture(doc: Document, items: list) -> list:
    """``items`` (timexes, mentions) whose span lies outside the page furniture the segmenter skipped."""
    skipped = sorted(a.span for a in doc.artefacts if a.kind == "boilerplate" and a.span)
    if not skipped:
        return items
    import bisect

    starts = [s for s, _e in skipped]

    def inside(span) -> bool:
        k = bisect.bisect_right(starts, span[0]) - 1
        return k >= 0 and span[0] < skipped[k][1]

    return [x for x in items if not inside(x.span)]
