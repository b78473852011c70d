"""The result of copy detection (`rashomon.independence.detect`): passage links with their evidence,
and the independent origins and document families they imply, kept compact.

`Independence` holds passages as arrays (a document's range of passage numbers; the start, end and
language of each passage: 10 bytes a passage) and the links `detect` finds as `_Links` (arrays, 20
bytes a link), building `Passage` and `PassageLink` objects only when they are read.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

_NONE = np.zeros(0, dtype=np.uint64)


@dataclass(slots=True)
class Passage:
    doc: str
    index: int  # position among the document's passages
    span: tuple[int, int]
    lang: str | None
    shingles: np.ndarray = field(default_factory=lambda: _NONE)  # sorted unique uint64 hashes
    numbers: list[int | str] = field(default_factory=list)


@dataclass(slots=True)
class PassageLink:
    """Two passages that copy or translate each other, with the evidence."""

    a: tuple[str, int]  # (doc id, passage index)
    b: tuple[str, int]
    kind: str  # copy, translation
    score: float
    reason: str
    a_span: tuple[int, int] = (0, 0)
    b_span: tuple[int, int] = (0, 0)

    def to_json(self) -> dict[str, Any]:
        return {"a": {"doc": self.a[0], "span": list(self.a_span)}, "b": {"doc": self.b[0], "span": list(self.b_span)},
                "kind": self.kind, "score": round(self.score, 3), "reason": self.reason}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb), key=str)
            self.parent[hi] = lo


class Independence:
    """Passage links between documents and the independent origins they imply.

    Passages are kept as arrays (a document's id -> its range of passage numbers; the start, end and
    language of each passage), not as objects: 10 bytes a passage. `passages` rebuilds the objects."""

    def __init__(self, passages: Mapping[str, Sequence[Passage]] | None = None,
                 links: list[PassageLink] | None = None) -> None:
        self.links: Sequence[PassageLink] = list(links or [])  # `_Links` (arrays) when made by `detect`
        self._docs: dict[str, int] = {}  # doc id -> its ordinal in the arrays below
        self._ids: list[str] = []  # ordinal -> doc id
        self._lo, self._hi = array("q"), array("q")  # a document's passage numbers: lo..hi-1
        self._disjoint = bytearray()  # 1 when a document's spans do not overlap (bisect finds them)
        self._starts, self._ends = array("I"), array("I")  # 4 bytes each: offsets in one document
        self._lang, self._langs = array("h"), [None]  # language id of each passage; id -> code
        self._roots: array | None = None  # passage number -> root of its linked cluster (-1: unlinked)
        for doc, ps in (passages or {}).items():
            self._add(doc, [(p.span[0], p.span[1], p.lang) for p in ps])

    def _add(self, doc: str, spans: Sequence[tuple[int, int, str | None]]) -> None:
        """The passages of ``doc`` (sorted spans, with languages); a second `_add` of a doc replaces it."""
        doc = sys.intern(doc) if type(doc) is str else doc  # shared with the other stages' copies of the id
        self._docs[doc] = len(self._lo)
        self._ids.append(doc)
        self._lo.append(len(self._starts))
        disjoint = True
        for k, (s, e, lang) in enumerate(spans):
            disjoint = disjoint and (k == 0 or spans[k - 1][1] <= s)
            self._starts.append(s)
            self._ends.append(e)
            if lang not in self._langs:
                self._langs.append(lang)
            self._lang.append(self._langs.index(lang))
        self._hi.append(len(self._starts))
        self._disjoint.append(disjoint)
        self._roots = None

    @property
    def passages(self) -> dict[str, list[Passage]]:
        """Each document's passages as objects (spans and languages only; built on every call)."""
        out = {}
        for doc, k in self._docs.items():
            lo, hi = self._lo[k], self._hi[k]
            out[doc] = [Passage(doc, t - lo, (self._starts[t], self._ends[t]), self._langs[self._lang[t]])
                        for t in range(lo, hi)]
        return out

    def _end(self, n: int) -> tuple[str, int]:
        """Passage number -> (doc id, passage index)."""
        k = bisect_right(self._lo, n) - 1
        return self._ids[k], n - self._lo[k]

    def _number(self, doc: str, index: int) -> int | None:
        k = self._docs.get(doc)
        if k is None or not 0 <= index < self._hi[k] - self._lo[k]:
            return None
        return self._lo[k] + index

    def _clusters(self) -> array:
        """Passage number -> its cluster of linked passages (named by its smallest passage number),
        -1 for an unlinked passage."""
        if self._roots is None or len(self._roots) != len(self._starts):
            def key(end: tuple[str, int]) -> Any:  # a link's end outside the known documents still chains
                n = self._number(*end)
                return end if n is None else n

            uf = _UnionFind()
            for link in self.links:
                uf.union(key(link.a), key(link.b))
            roots = array("i", [-1]) * len(self._starts)
            smallest: dict[Any, int] = {}
            for x in sorted(x for x in uf.parent if isinstance(x, int)):
                roots[x] = smallest.setdefault(uf.find(x), x)
            self._roots = roots
        return self._roots

    def passage_of(self, doc: str, offset: int) -> int | None:
        k = self._docs.get(doc)
        if k is None:
            return None
        lo, hi = self._lo[k], self._hi[k]
        if self._disjoint[k]:
            t = bisect_right(self._starts, offset, lo, hi) - 1
            return t - lo if t >= lo and offset < self._ends[t] else None
        for t in range(lo, hi):
            if self._starts[t] <= offset < self._ends[t]:
                return t - lo
        return None

    def families(self) -> list[list[str]]:
        """Groups of documents joined by at least one copied or translated passage (sorted)."""
        uf = _UnionFind()
        for d in self._docs:
            uf.find(d)
        for link in self.links:
            uf.union(link.a[0], link.b[0])
        groups: dict[Any, list[str]] = defaultdict(list)
        for d in sorted(self._docs):
            groups[uf.find(d)].append(d)
        return sorted(groups.values(), key=lambda g: (-len(g), g))

    def origins(self, items: Iterable[tuple[str, int]]) -> int:
        """Independent origins among pieces of evidence given as ``(doc, offset)``.

        Two pieces share an origin when they are in the same document or in passages linked by copy or
        translation (directly or through a chain of links)."""
        items = list(items)
        if not items:
            return 0
        roots = self._clusters()
        uf = _UnionFind()
        nodes = []
        for doc, off in items:
            p = self.passage_of(doc, off)
            root = roots[self._lo[self._docs[doc]] + p] if p is not None else -1
            node = ("c", root) if root >= 0 else ("d", doc)
            nodes.append(node)
            uf.union(node, ("d", doc))
        return len({uf.find(n) for n in nodes})

    def to_json(self) -> dict[str, Any]:
        return {"families": self.families(), "links": [x.to_json() for x in self.links]}


class _Links(Sequence[PassageLink]):
    """The links found by `detect`, kept as arrays: the two passage numbers and, for a copy, the counts
    its score and reason come from (20 bytes a link, not a few hundred); a `PassageLink` is built each
    time one is read. Translations (few) keep their score and reason as found."""

    def __init__(self, ind: Independence) -> None:
        self._ind = ind
        self._pairs = array("i")  # a, b of each link
        self._counts = array("i")  # shared shingles, shingles of a, of b (0, 0, 0 for a translation)
        self._translations: dict[int, tuple[float, str]] = {}

    def add_copy(self, a: int, b: int, shared: int, size_a: int, size_b: int) -> None:
        self._pairs.extend((a, b))
        self._counts.extend((shared, size_a, size_b))

    def add_translation(self, a: int, b: int, score: float, reason: str) -> None:
        self._translations[len(self)] = (score, reason)
        self._pairs.extend((a, b))
        self._counts.extend((0, 0, 0))

    def __len__(self) -> int:
        return len(self._pairs) // 2

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self._link(x) for x in range(*k.indices(len(self)))]
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        return self._link(k)

    def __iter__(self):
        return map(self._link, range(len(self)))

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<{len(self)} passage links>"

    def _link(self, k: int) -> PassageLink:
        ind, a, b = self._ind, self._pairs[2 * k], self._pairs[2 * k + 1]
        if k in self._translations:
            kind, (score, why) = "translation", self._translations[k]
        else:
            shared, la, lb = self._counts[3 * k:3 * k + 3]
            jac, cont = shared / (la + lb - shared), shared / min(la, lb)
            kind, score, why = "copy", max(jac, cont), f"shared word 5-grams: Jaccard {jac:.2f}, containment {cont:.2f}"
        return PassageLink(ind._end(a), ind._end(b), kind, score, why,
                           (ind._starts[a], ind._ends[a]), (ind._starts[b], ind._ends[b]))
