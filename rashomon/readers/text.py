"""Plain text reader: decoding with repair and artefacts, a headline first line becomes the title.

Also home of small helpers the other readers of this package share (`trim`, `headline`, `new_document`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..document import Artefact, Document, Section
from ..encoding import decode
from ..errors import InputError
from . import RawInput

#: a first line longer than this (characters) or words is prose, not a headline
MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_WORDS = 30


def read(raw: RawInput) -> Iterator[Document]:
    decoded = decode(raw.data, raw.path)
    text, artefacts = trim(decoded.text, decoded.artefacts)
    if not text:
        raise InputError(raw.path, "E109", "only whitespace")
    doc = new_document(raw, text, "text", encoding=decoded.encoding, artefacts=artefacts)
    title = headline(text)
    if title:
        doc.title = title
        doc.sections.append(Section(title, 1, (0, len(title)), (0, len(text))))
    yield doc


def new_document(raw: RawInput, text: str, fmt: str, *, part: str | None = None, **fields: Any) -> Document:
    """A `Document` for ``raw`` (or its entry ``part``) with the id, hashes and format filled in."""
    doc_id = raw.path if part is None else f"{raw.path}#{part}"
    return Document(id=doc_id, path=raw.path, text=text, part=part, format=fmt, sha256=raw.sha256, **fields)


def trim(text: str, artefacts: list[Artefact] | None = None) -> tuple[str, list[Artefact]]:
    """Drop leading blank lines and trailing whitespace, shifting artefact spans to match."""
    artefacts = artefacts or []
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    stripped = stripped.rstrip()
    out: list[Artefact] = []
    for a in artefacts:
        if a.span is None:
            out.append(a)
            continue
        s, e = a.span[0] - lead, a.span[1] - lead
        if e <= 0 or s >= len(stripped):
            continue
        out.append(Artefact(a.kind, (max(s, 0), min(e, len(stripped))), a.detail))
    return stripped, out


def headline(text: str) -> str | None:
    """The first line when it reads as a headline: short, followed by more text, no final period."""
    nl = text.find("\n")
    if nl <= 0:
        return None
    first = text[:nl].rstrip()
    if not first or len(first) > MAX_HEADLINE_CHARS or len(first.split()) > MAX_HEADLINE_WORDS:
        return None
    if first[-1] in ".,;:" and not first.endswith("..."):
        return None
    if not any(c.isalpha() for c in first):
        return None
    if not text[nl:].strip():
        return None
    return first


def close_sections(sections: list[Section], text_len: int) -> None:
    """Sort ``sections`` and set each body to run until the next heading of the same or a higher level."""
    sections.sort(key=lambda s: (s.span[0], s.level))
    open_: list[Section] = []
    for sec in sections:
        while open_ and open_[-1].level >= sec.level:
            done = open_.pop()
            done.body = (done.span[0], sec.span[0])
        open_.append(sec)
    for sec in open_:
        sec.body = (sec.span[0], text_len)
