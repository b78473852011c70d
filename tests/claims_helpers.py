"""Helpers for the claims tests: run the extractor on a bare string in a given language."""

from __future__ import annotations

from rashomon.claims import ClaimExtractor
from rashomon.document import Document, Paragraph, Sentence

_EXTRACTOR = ClaimExtractor()


def extract(text: str, lang: str):
    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    doc.paragraphs = [Paragraph((0, len(text)), lang)]
    doc.sentences = [Sentence((0, len(text)), 0)]
    return _EXTRACTOR(doc, [], [])


def summary(text: str, lang: str) -> list[tuple]:
    """``(measure, value, qualifier)`` of every claim, in order."""
    out = []
    for c in extract(text, lang):
        v = list(c.value) if isinstance(c.value, tuple) else c.value
        out.append((c.measure, v, c.qualifier))
    return out


def attributed(text: str, lang: str, head: str = "") -> list[tuple]:
    """``(measure, value, source type, modality)`` of every claim of ``head + text``, in order (the
    source type of an unattributed claim is its ``source_type``: author or unknown)."""
    out = []
    for c in extract(head + text, lang):
        v = list(c.value) if isinstance(c.value, tuple) else c.value
        out.append((c.measure, v, c.source.type if c.source else c.source_type, c.modality))
    return out
