"""What the corpus stages and writers read of a document besides its text: a small `DocHead`.

Questions (a claim's source and report date), the pages' headers and document lists and the
TimelineJS export read only a document's metadata, claim by claim, in no particular order. With the
documents spilled to disk (`rashomon._spill.SpillMap`), each such look-up used to unpickle the whole
document (text, sections, sentences...); `heads` gives instead a mapping of small heads, kept in a
spill of their own beside the documents (memory stays flat: a bounded cache of them).

    >>> from rashomon.document import Document
    >>> h = heads({"a": Document(id="a", path="a", text="xyz", lang="en")})
    >>> h["a"].lang, h["a"].chars
    ('en', 3)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from ._spill import SpillMap


class DocHead(NamedTuple):
    """A document's metadata (the fields of the same names) and the sizes of its parts."""

    id: str
    path: str
    format: str
    title: str | None
    url: str | None
    published: str | None
    updated: str | None
    author: str | None
    publisher: str | None
    lang: str | None
    encoding: str | None
    sha256: str
    chars: int  # len(text)
    citations: int  # len(citations)
    artefacts: tuple[str, ...]  # the artefacts' kinds

    @classmethod
    def of(cls, d: Any) -> DocHead:
        return cls(d.id, d.path, d.format, d.title, d.url, d.published, d.updated, d.author, d.publisher, d.lang,
                   d.encoding, d.sha256, len(d.text), len(d.citations), tuple(a.kind for a in d.artefacts))


def heads(docs: Mapping[str, Any]) -> Mapping[str, DocHead]:
    """``docs`` (id -> Document) as id -> `DocHead`: the spilled heads of a `SpillMap` made with
    ``head=DocHead.of``, else heads made from the documents as they are read."""
    if isinstance(docs, SpillMap) and docs.has_heads:
        return docs.heads()
    return _HeadsOf(docs)


class _HeadsOf(Mapping[str, DocHead]):
    def __init__(self, docs: Mapping[str, Any]) -> None:
        self.docs = docs

    def __getitem__(self, key: str) -> DocHead:
        return DocHead.of(self.docs[key])

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        d = self.docs.get(key)
        return default if d is None else DocHead.of(d)

    def __contains__(self, key: object) -> bool:
        return key in self.docs

    def __iter__(self) -> Iterator[str]:
        return iter(self.docs)

    def __len__(self) -> int:
        return len(self.docs)

    def values(self):  # type: ignore[override]
        return [DocHead.of(d) for d in self.docs.values()] if isinstance(self.docs, dict) else _Lazy(self.docs)


class _Lazy:
    def __init__(self, docs: Mapping[str, Any]) -> None:
        self.docs = docs

    def __iter__(self) -> Iterator[DocHead]:
        return (DocHead.of(d) for d in self.docs.values())

    def __len__(self) -> int:
        return len(self.docs)
