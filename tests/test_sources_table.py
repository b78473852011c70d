"""The Sources table built on disk (`rashomon._sources_table`) equals the table built in memory: same
rows in the same order, each with its documents sorted and once."""

from __future__ import annotations

import random
from types import SimpleNamespace

from rashomon._source_links import group_by_entity, linker
from rashomon._sources_table import named_sources
from rashomon.model import Entity, Source
from rashomon.questions import source_of
from tests._dossier_fixture import make_dossier


def _in_memory(claims, docs, entities):
    """The table as the pages built it before: a set of documents per source, sorted at the end."""
    rows = {}
    for c in claims:
        s = source_of(c, docs)
        r = rows.setdefault((s["name"], s["type"]), {**s, "claims": 0, "docs": set()})
        r["claims"] += 1
        r["docs"].add(c.doc)
    out = [{**r, "docs": sorted(r["docs"])} for r in rows.values()]
    return group_by_entity(out, linker(entities))


def _claims(n, seed):
    """``n`` claims of 40 documents and 12 sources (some unnamed: the document's own voice), a document's
    claims now together, now scattered."""
    rnd = random.Random(seed)
    names = [("Police", "official"), ("МЧС", "official"), ("Activists", "activist"), ("Reuters", "media"), None]
    out = []
    for i in range(n):
        doc = f"d{rnd.randrange(40):02d}.txt" if seed % 2 else f"d{i * 40 // n:02d}.txt"
        src = rnd.choice(names)
        if src is not None and rnd.random() < 0.5:
            src = (f"{src[0]} of region {rnd.randrange(3)}", src[1])
        out.append(SimpleNamespace(id=f"c{i}", doc=doc, source=Source(*src) if src else None,
                                   source_type=rnd.choice([None, "unknown"])))
    return out


def _docs():
    return {f"d{k:02d}.txt": SimpleNamespace(publisher=f"Paper {k % 7}" if k % 3 else None, author=None,
                                             title=None if k % 5 else f"Title {k}") for k in range(40)}


ENTITIES = [Entity(id="e1", canonical="Police of the region", type="org", forms=["Police"], mentions=5),
            Entity(id="e2", canonical="Emergencies ministry", type="org", forms=["МЧС"], mentions=9)]


def test_equals_the_table_in_memory_over_several_sorted_runs():
    for seed in range(4):
        claims, docs = _claims(600, seed), _docs()
        want = _in_memory(claims, docs, ENTITIES)
        for run in (7, 100, 10_000):  # many runs merged, a few, one
            got = named_sources(claims, docs, ENTITIES, run=run)
            assert len(got) == len(want)
            assert list(got) == want, (seed, run)
            assert got[len(want) - 1] == want[-1] and got[1:3] == want[1:3]


def test_sample_dossier_and_no_claims():
    d = make_dossier()
    assert list(named_sources(d.claims, d.docs, d.entities, run=2)) == _in_memory(d.claims, d.docs, d.entities)
    assert not named_sources([], {}, [])
