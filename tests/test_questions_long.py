"""A large question's long lists kept on disk (`questions._long_lists`, `_spill.Chunked`): the same
records, pages and rows as lists held in memory."""

from __future__ import annotations

import copy
import gc
import json
import pickle

import pytest

from rashomon import questions
from rashomon._independence_result import PassageLink
from rashomon._spill import CHUNK, Chunked, Spill
from rashomon.document import Document
from rashomon.independence import Independence
from rashomon.model import Claim, Source


def _claims(n: int) -> list[Claim]:
    out = []
    for i in range(n):
        out.append(Claim(id=f"c{i:05d}", doc=f"d{i % 97}", measure="killed", value=i % 13 + 1, qualifier="exact",
                         span=(i, i + 1), quote="q", lang="en", place="Springfield" if i % 5 else None,
                         when="2020-03-01" if i % 7 else ("2020-03" if i % 2 else None),
                         source=Source(f"S{i % 11}", "official" if i % 3 else "media") if i % 4 else None,
                         modality="unconfirmed" if i % 9 == 0 else "asserted", report_date=f"2020-03-{1 + i % 20:02d}"))
    return out


def _docs(claims: list[Claim]) -> dict[str, Document]:
    return {c.doc: Document(id=c.doc, path=c.doc, text="x" * 10) for c in claims}


def _ind(claims: list[Claim]) -> Independence:
    docs = sorted({c.doc for c in claims})
    return Independence(links=[PassageLink((a, 0), (b, 0), "copy", 1.0, "test") for a, b in zip(docs, docs[1:], strict=False)])


@pytest.fixture(scope="module")
def built():
    claims = _claims(3 * CHUNK + 7)
    docs = _docs(claims)
    return (questions.build_questions(claims, docs, independence=_ind(claims), spill=True),
            questions.build_questions(claims, docs, independence=_ind(claims)))


def test_chunked_is_the_list_it_stands_for():
    s = Spill()
    items = [{"i": i} for i in range(2 * CHUNK + 3)]
    c = Chunked.write(s, iter(items))
    assert len(c) == len(items) and list(c) == items and c == items and c[-1] == items[-1] and c[5:8] == items[5:8]
    assert pickle.loads(pickle.dumps(c)) == items and type(copy.deepcopy(c)) is list
    with pytest.raises(IndexError):
        c[len(items)]
    held = Spill([{"x": c}])  # inside a spill: a reference to its chunks, read back as one
    assert isinstance(held[0]["x"], Chunked) and held[0]["x"] == items
    del s, c  # the spill holding the reference keeps the chunks' spill alive
    gc.collect()
    assert held[0]["x"] == items


def test_large_question_keeps_long_lists_on_disk_with_the_same_records(built):
    spilled, plain = built
    big = max(spilled, key=lambda q: len(q.extra["claims"]))
    assert isinstance(big.extra["claims"], Chunked) and isinstance(big.extra["evolution"]["overall"], Chunked)
    assert [q.id for q in spilled] == [q.id for q in plain]
    encode = json.JSONEncoder(ensure_ascii=False).encode
    for a, b in zip(spilled, plain, strict=True):
        assert "".join(questions.record_parts(a, encode)) == encode(b.to_json())
        assert a.to_json() == b.to_json()


def test_a_large_questions_evolution_keeps_its_series_a_few_at_a_time_and_long_series_apart():
    """A source with `_LONG` dated claims or more: its series' points are a spilled list of their own,
    inside the spilled list of series (`questions._SERIES` a chunk); records and pages as from lists."""
    from rashomon import render_html, render_md
    from rashomon.dossier import Dossier

    claims = _claims(2 * CHUNK)
    for i, c in enumerate(claims):  # most figures from one source: its series is long
        if i % 3:
            c.source = Source("Long", "official")
    docs = _docs(claims)
    spilled = questions.build_questions(claims, docs, independence=_ind(claims), spill=True)
    plain = questions.build_questions(claims, docs, independence=_ind(claims))
    big = max(spilled, key=lambda q: len(q.extra["claims"]))
    series = big.extra["evolution"]["by_source"]
    assert isinstance(series, Chunked) and len(series) >= questions._SERIES
    assert any(isinstance(s["points"], Chunked) for s in series)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    by_key = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # as the store writes records
    for a, b in zip(spilled, plain, strict=True):
        assert "".join(questions.record_parts(a, encode)) == encode(b.to_json())
        assert "".join(questions.record_parts(a, by_key, sort_keys=True)) == by_key(b.to_json())
    pages = [(render_html.render(d), render_md.render(d)) for d in (
        Dossier(docs=docs, claims=claims, questions=spilled), Dossier(docs=docs, claims=claims, questions=plain))]
    assert pages[0] == pages[1]


@pytest.mark.parametrize("indexed", [True, False])
def test_pages_read_a_large_questions_quotes_value_by_value(indexed):
    """`View` holds a large question's claims without quotes and reads a value's quotes when it is shown:
    the same claims, quotes and counts as those of the dossier."""
    from rashomon._view import LARGE, View
    from rashomon.dossier import Dossier

    claims = _claims(LARGE + 50)
    for c in claims:
        c.quote = f"quote of {c.id}"
    qs = questions.build_questions(claims, _docs(claims), independence=_ind(claims))
    d = Dossier(docs=_docs(claims), claims=claims, questions=qs if indexed else list(qs))
    full = {c.id: c for c in claims}
    v = View(d)
    big = max(qs, key=lambda q: len(q.extra["claims"]))
    assert len(big.extra["claims"]) >= LARGE
    assert all(c.quote == "" for c in v.question_claims(big).values())
    for val in big.values:
        mine = [full[c] for c in val.claims]
        got = v.value_claims(val, big)
        assert [(c.id, c.quote, c.span, c.modality) for c in got] == [(c.id, c.quote, c.span, c.modality) for c in mine]
        streamed = list(v.iter_value_claims(val, big))  # one at a time, a chunk read at once: the same claims
        assert [(c.id, c.quote, c.span, c.modality) for c in streamed] == [(c.id, c.quote, c.span, c.modality) for c in mine]
        assert [c.id for c in v.value_claims(val, big, 3)] == [c.id for c in mine[:3]]
        assert v.value_count(val, big) == len(mine)


@pytest.mark.parametrize("indexed", [True, False])
def test_chart_points_of_a_large_question_are_its_points_without_ids(indexed):
    """`View.points(q, ids=False)` (what the charts read): the same points in the same order, without
    claim or document ids."""
    from rashomon._view import LARGE, View
    from rashomon.dossier import Dossier

    claims = _claims(LARGE + 50)
    qs = questions.build_questions(claims, _docs(claims), independence=_ind(claims))
    d = Dossier(docs=_docs(claims), claims=claims, questions=qs if indexed else list(qs))
    big = max(qs, key=lambda q: len(q.extra["claims"]))
    full = View(d).points(big)
    light = View(d).points(big, ids=False)
    assert len(full) == len(big.extra["claims"])
    assert [{**p.to_dict(), "claim": None, "doc": None} for p in full] == [p.to_dict() for p in light]


@pytest.mark.parametrize("ids", [
    ["c%012x" % (i * 7919 % 4099) for i in range(600)],  # ids as `stable_id` makes them, some given twice
    ["c00000000000a", "c0x00000000a", "cABCDEF123456", "x", "c00000000000a", "c0000000000a"],  # and others
    [],
])
def test_id_positions_read_as_the_dict_of_the_same_pairs(ids):
    """`View`'s claim id -> position of a large question (16 bytes a claim): the dict built from the same
    pairs (an id given twice: its last position), for ids of any form."""
    from rashomon._view import IdPositions

    pairs = [(cid, 10 * i) for i, cid in enumerate(ids)]
    m, d = IdPositions(pairs), dict(pairs)
    assert len(m) == len(d) and set(m) == set(d) and all(m[k] == v for k, v in d.items())
    for other in ("c000000000fff", "c", "", "c00000000000A", 5):
        assert (other in m) == (other in d)


def test_spilled_documents_are_numbered_in_their_order():
    from rashomon._spill import PackedStrings, SpillMap
    from rashomon._view import _doc_numbers

    m: SpillMap = SpillMap()
    for k in ["b", "a", "b", "c", "a", "d"]:  # a document given twice keeps its first place
        m.put(k, {"id": k})
    assert dict(_doc_numbers(m)) == {k: n for n, k in enumerate(m, 1)} == {"b": 1, "a": 2, "c": 3, "d": 4}
    assert _doc_numbers(m).get("zz", 0) == 0
    assert PackedStrings(["qa1", "qb2", "qa1"]).repeated() == {"qa1"} == PackedStrings(["qa1", "x", "qa1"]).repeated()
    assert PackedStrings(["qa1", "qb2"]).repeated() == set() == PackedStrings([]).repeated()
