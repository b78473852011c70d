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
        inside = _in_furniture(doc)
        timexes = [t for t in self.time_tagger(doc) if not inside(t.span)]
        mentions, furniture = [], []  # furniture's mentions: forms for entity linking only
        for m in self.entity_tagger(doc):
            (furniture if inside(m.span) else mentions).append(m)
        scene = [m for m in mentions if getattr(m, "how", "") != "direction"]  # "western Olmaria": an entity, no figure's place
        claims = self.claim_extractor(doc, timexes, scene)
        events = events_from(doc, timexes, claims, scene, other_events=self.claim_extractor.other_events)
        return Analysis(doc=doc, timexes=timexes, mentions=mentions, claims=claims, events=events,
                        furniture_mentions=furniture)


def _in_furniture(doc: Document):
    """A test of whether a span starts inside the page furniture the segmenter skipped (spans sorted once)."""
    skipped = sorted(a.span for a in doc.artefacts if a.kind == "boilerplate" and a.span)
    if not skipped:
        return lambda span: False
    import bisect

    starts = [s for s, _e in skipped]

    def inside(span) -> bool:
        k = bisect.bisect_right(starts, span[0]) - 1
        return k >= 0 and span[0] < skipped[k][1]

    return inside
