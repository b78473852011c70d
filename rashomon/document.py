"""The passive document model: text owned by a `Document`, everything else as character spans into it.

Readers build documents; stages (segmentation, language identification, time, entities, claims) add
spans; nothing downstream ever re-reads the raw input. A span is a half-open ``(start, end)`` pair of
offsets into ``Document.text``, so ``doc.text[start:end]`` is always the evidence.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]

#: Languages with bundled language data; others are identified as ``None``.
LANGS = ("ru", "uk", "kk", "en")


@dataclass(slots=True)
class Section:
    """A section heading (``===17 декабря===``, ``<h2>``, ``## ...``) and the extent it governs."""

    title: str
    level: int  # 1 = document title, 2 = ``==x==`` / ``<h2>`` / ``##``, ...
    span: Span  # the heading text itself
    body: Span  # from the heading to the next heading of the same or a higher level


@dataclass(slots=True)
class Paragraph:
    span: Span
    lang: str | None = None  # ISO 639-1, one of LANGS, or None when undecidable
    lang_score: float = 0.0


@dataclass(slots=True)
class Sentence:
    span: Span
    paragraph: int  # index into Document.paragraphs


@dataclass(slots=True)
class Citation:
    """A cited source (``<ref>{{cite news ...}}</ref>``, a footnote, a link in a feed).

    ``anchor`` is the span of the sentence the citation supports; ``span`` is where the citation is
    rendered in the document's References section (so figures in a cited headline have evidence).
    """

    anchor: Span | None
    span: Span | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None  # publisher, work, website or agency, whichever the citation gives
    author: str | None = None
    date: str | None = None  # ISO 8601 (partial allowed) of the cited item
    access_date: str | None = None
    name: str | None = None  # ``<ref name=...>``
    kind: str | None = None  # ``cite news``, ``cite web``, ``bare``...
    fields: dict[str, str] = field(default_factory=dict)  # every parameter as written


@dataclass(slots=True)
class Link:
    """A hyperlink kept as metadata: its text stays in the document, the target lives here."""

    span: Span
    target: str


@dataclass(slots=True)
class Artefact:
    """A defect of the input that could not be repaired, recorded rather than kept or dropped silently."""

    kind: str  # e.g. ``lost_characters`` (``??`` where letters were lost), ``mojibake``, ``replacement_char``,
    # ``boilerplate`` (page furniture the segmenter skips: other news' headlines, comments, credits; detail = why)
    span: Span | None
    detail: str = ""


@dataclass(slots=True)
class Document:
    id: str  # per CONTRACT: the path as given, or ``PATH#PART`` for an entry of a container file
    path: str
    text: str
    part: str | None = None
    format: str = "text"  # text, markdown, html, wikitext, atom, rss, mediawiki-xml, jsonl
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601
    updated: str | None = None
    date_source: str | None = None  # where ``published``/``updated`` came from, e.g. ``atom:updated``
    author: str | None = None
    publisher: str | None = None
    lang: str | None = None  # dominant language
    encoding: str | None = None
    sha256: str = ""  # SHA-256 of the raw bytes of the input file (chain of custody)
    entry_sha256: str | None = None  # SHA-256 of the entry's own raw bytes inside a container
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    artefacts: list[Artefact] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)  # infobox fields, feed/HTML metadata...

    @property
    def content_sha256(self) -> str:
        """Hash of the extracted text, the key for idempotent ingestion of container entries."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def quote(self, span: Span) -> str:
        return self.text[span[0] : span[1]]

    def lang_at(self, offset: int) -> str | None:
        """Language of the paragraph holding ``offset`` (falls back to the document's language)."""
        for p in self.paragraphs:
            if p.span[0] <= offset < p.span[1]:
                return p.lang or self.lang
        return self.lang

    def sentence_at(self, offset: int) -> Sentence | None:
        lo, hi = 0, len(self.sentences)
        while lo < hi:  # sentences are sorted and disjoint
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if s.span[1] <= offset:
                lo = mid + 1
            elif s.span[0] > offset:
                hi = mid
            else:
                return s
        return None

    def sections_at(self, offset: int) -> list[Section]:
        """Headings governing ``offset``, outermost first."""
        return sorted((s for s in self.sections if s.body[0] <= offset < s.body[1]), key=lambda s: s.level)

    def to_dict(self, text: bool = True) -> dict[str, Any]:
        d = asdict(self)
        if not text:
            d.pop("text")
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        d = dict(d)
        d["sections"] = [Section(**{**s, "span": tuple(s["span"]), "body": tuple(s["body"])}) for s in d.get("sections", [])]
        d["paragraphs"] = [Paragraph(**{**p, "span": tuple(p["span"])}) for p in d.get("paragraphs", [])]
        d["sentences"] = [Sentence(**{**s, "span": tuple(s["span"])}) for s in d.get("sentences", [])]
        d["citations"] = [
            Citation(**{**c, "anchor": _opt_span(c.get("anchor")), "span": _opt_span(c.get("span"))})
            for c in d.get("citations", [])
        ]
        d["links"] = [Link(**{**x, "span": tuple(x["span"])}) for x in d.get("links", [])]
        d["artefacts"] = [Artefact(**{**a, "span": _opt_span(a.get("span"))}) for a in d.get("artefacts", [])]
        return cls(**d)


def _opt_span(v: Any) -> Span | None:
    return None if v is None else (int(v[0]), int(v[1]))


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
