"""Helpers for the claims tests: run the extractor on a bare string in a given language."""

from __future__ import annotations

from rashomon.claims import ClaimExtractor
from rashomon.document import Document, Paragraph, Sentence
from rashomon.segment import Segmenter
from rashomon.timex import TimeTagger

_EXTRACTOR = ClaimExtractor()
_SEGMENTER, _TIMES = Segmenter(), TimeTagger()
TITLE = "Хроника событий\n\n"  # a page's heading before the text (`segmented`)


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


def check_summary(text: str, lang: str, must: list[tuple], must_not: list[tuple]) -> None:
    """A figure table's row: every ``must`` summary is extracted from ``text``, no ``must_not`` one;
    with neither, nothing at all is."""
    got = summary(text, lang)
    if not must and not must_not:
        assert got == []
    for row in must:
        assert row in got, got
    for row in must_not:
        assert row not in got, got


def attributed(text: str, lang: str, head: str = "") -> list[tuple]:
    """``(measure, value, source type, modality)`` of every claim of ``head + text``, in order (the
    source type of an unattributed claim is its ``source_type``: author or unknown)."""
    out = []
    for c in extract(head + text, lang):
        v = list(c.value) if isinstance(c.value, tuple) else c.value
        out.append((c.measure, v, c.source.type if c.source else c.source_type, c.modality))
    return out


def segmented(text: str, lang: str):
    """Claims of the page ``TITLE + text`` segmented as the product does (every paragraph in ``lang``),
    with the time tagger's expressions."""
    doc = Document(id="t.txt", path="t.txt", text=TITLE + text, lang=lang)
    _SEGMENTER(doc)
    for p in doc.paragraphs:
        p.lang = lang
    return _EXTRACTOR(doc, _TIMES(doc), [])


def segmented_attributed(text: str, lang: str) -> list[tuple]:
    """``(measure, value, source type, modality)`` of every claim of `segmented`, in order."""
    return [(c.measure, c.value, c.source.type if c.source else c.source_type, c.modality) for c in segmented(text, lang)]


_PIPELINE = None


def analysis(text: str, lang: str, published: str | None = None):
    """The whole pipeline (segmenter, page furniture, time, entities, claims) on one document."""
    global _PIPELINE
    if _PIPELINE is None:
        from rashomon.pipeline import Pipeline

        _PIPELINE = Pipeline()
    return _PIPELINE.analyze(Document(id="t.txt", path="t.txt", text=text, lang=lang, published=published))


def analyzed(text: str, lang: str, published: str | None = None):
    """Claims of `analysis`."""
    return analysis(text, lang, published).claims


def sourced(text: str, lang: str) -> list[tuple]:
    """``(measure, value, source name, source type)`` of every claim of `analyzed`, in order."""
    return [(c.measure, c.value, c.source.name if c.source else None, c.source.type if c.source else None)
            for c in analyzed(text, lang)]


def places_of(text: str, lang: str, value) -> list:
    """The places of the claims of `analyzed` whose value is ``value``."""
    return [c.place for c in analyzed(text, lang) if c.value == value]


def rows_and_dates(text: str, lang: str) -> tuple[list, list[tuple]]:
    """The timeline rows' days of `analysis` and ``(measure, value, when)`` of its claims."""
    a = analysis(text, lang)
    return [e.when for e in a.events], [(c.measure, c.value, c.when) for c in a.claims]
