"""The pages' Sources table (who the figures are attributed to), built on disk: a large corpus's
sources name most of its documents, and a set of documents per source grows with the corpus.

One pass over the claims counts each source's claims and writes its (source, document) pairs to an
external sort (`sorted_spilled`); the sorted pairs, read back source by source, leave each source's
documents as one item of a `Spill`. Memory holds a row per source (name, type, entity, claim count),
not its documents: a row's documents are read from disk when the row is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from ._spill import Spill, sorted_spilled


class NamedSources(Sequence[dict[str, Any]]):
    """The table's rows in order, each ``{"name", "type", "claims", "entity", "docs"}`` with ``docs``
    the source's documents sorted (read from disk as the row is read)."""

    def __init__(self, rows: list[dict[str, Any]], docs: Spill[list[str]]) -> None:
        self._rows = rows  # each with "_no": its documents' place in ``docs``
        self._docs = docs

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return self._row(self._rows[i])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(self._row, self._rows)

    def _row(self, r: dict[str, Any]) -> dict[str, Any]:
        row = {k: v for k, v in r.items() if k != "_no"}
        row["docs"] = self._docs[r["_no"]]
        return row


def named_sources(claims: Iterable[Any], docs: Mapping[str, Any], entities: Iterable[Any], *,
                  run: int = 20_000) -> NamedSources:
    """Every named source of ``claims`` (`questions.source_of`, with ``docs`` the documents or their
    heads) with its type, claim count, sorted documents and the entity it speaks for, the names of one
    entity together (`_source_links.group_by_entity`). ``run``: pairs sorted in memory at once."""
    from ._source_links import group_by_entity, linker
    from .questions import source_of

    rows: dict[tuple[str, str], dict[str, Any]] = {}

    def pairs() -> Iterator[tuple[int, str]]:
        """(source number, document) of every claim, each once per run of one document's claims."""
        doc, seen = None, set()
        for c in claims:
            s = source_of(c, docs)
            r = rows.get((s["name"], s["type"]))
            if r is None:
                r = rows[(s["name"], s["type"])] = {**s, "claims": 0, "_no": len(rows)}
            r["claims"] += 1
            if c.doc != doc:
                doc, seen = c.doc, set()
            if r["_no"] not in seen:
                seen.add(r["_no"])
                yield r["_no"], c.doc

    ordered = sorted_spilled(pairs(), key=_itself, run=run)  # reads every claim before returning
    lists: Spill[list[str]] = Spill()
    no, held = 0, []
    for k, doc in ordered:  # every source has a document: the k-th list is source k's
        if k != no:
            lists.append(held)
            no, held = k, []
        if not held or held[-1] != doc:
            held.append(doc)
    if rows:
        lists.append(held)
    out = group_by_entity(list(rows.values()), linker(entities))  # the names of one body together
    return NamedSources(out, lists)


def _itself(x: Any) -> Any:
    return x
