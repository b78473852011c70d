"""Copy detection's streamed, bounded paths give exactly what the plain computations give: candidate
pairs block by block, shared shingles counted in batches, numbers found by the fast regex, the compact
`Independence` arrays; and the whole result does not depend on the block and batch sizes."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rashomon._independence_candidates as cand
from rashomon.document import Document
from rashomon.independence import (
    _TOKEN,
    Independence,
    Passage,
    PassageLink,
    detect,
    numbers,
    shingle_array,
    shingles,
)


def plain_pairs(bucket_lists, doc_of, head):
    """The reference: every bucket's head members paired with later members, as a sorted list."""
    out = set()
    for members, starts in bucket_lists:
        for b in range(len(starts) - 1):
            g = members[starts[b]:starts[b + 1]].tolist()
            for x in range(min(len(g), head)):
                for y in range(x + 1, len(g)):
                    if doc_of[g[x]] != doc_of[g[y]]:
                        out.add((g[x], g[y]))
    return sorted(out)


def plain_buckets(keys, ids, max_size):
    groups = {}
    for k, i in zip(map(tuple, np.atleast_2d(keys.T).T.tolist()) if keys.ndim == 2 else keys.tolist(), ids.tolist(),
                    strict=True):
        groups.setdefault(k, []).append(i)
    return sorted(sorted(g) for g in groups.values() if 1 < len(g) <= max_size)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 40)), max_size=120),
       st.integers(1, 4), st.integers(2, 9), st.integers(1, 50), st.sampled_from([(1 << 19, 6), (1, 0), (3, 1), (5, 2)]))
def test_pairs_in_blocks_equal_plain_pairs(rows, head, max_size, limit, span):
    rows = sorted(set(rows), key=lambda r: (r[1], r[0]))  # (key, passage): each passage once per key
    keys = np.array([k for k, _ in rows], dtype=np.int64)
    ids = np.array([i for _, i in rows], dtype=np.int64)
    doc_of = np.array([i // 3 for i in range(41)], dtype=np.int64)  # three passages a document
    lists = [cand.buckets(keys, ids, max_size)]
    got = [(m.tolist()) for m in np.split(lists[0][0], lists[0][1][1:-1])] if len(lists[0][1]) > 1 else []
    assert sorted(got) == plain_buckets(keys, ids, max_size)
    saved, cand.PART_ROWS = cand.PART_ROWS, 7  # sorted in parts split by key: the same buckets
    try:
        members, starts = cand.buckets(keys, ids, max_size)
    finally:
        cand.PART_ROWS = saved
    assert sorted(m.tolist() for m in (np.split(members, starts[1:-1]) if len(starts) > 1 else [])) == sorted(got)
    saved = cand.SPAN_ENTRIES, cand._BIN
    cand.SPAN_ENTRIES, cand._BIN = span  # head entries sorted a range of first passages at a time: the same pairs
    try:
        pairs = cand.Pairs(list(lists), doc_of, head)  # (Pairs empties the list it is given)
        streamed = [(int(a), int(b)) for i, j in pairs.blocks(limit) for a, b in zip(i, j, strict=True)]
    finally:
        cand.SPAN_ENTRIES, cand._BIN = saved
    assert streamed == plain_pairs(lists, doc_of, head)  # sorted across blocks, no duplicates
    assert len(pairs) >= len(streamed)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 60)), max_size=150), st.integers(2, 9),
       st.sampled_from([(1 << 19, 1 << 16), (7, 5), (3, 1), (20, 64)]), st.booleans())
def test_buckets_of_a_rows_file_equal_buckets_in_memory(rows, max_size, sizes, wide):
    # rows read back a chunk at a time, sorted a key range (part) at a time: the same buckets
    rows = sorted(set(rows), key=lambda r: r[1])  # in passage order, as `detect` appends them
    keys = np.array([k for k, _ in rows], dtype=np.uint64)
    ids = np.array([i for _, i in rows], dtype=np.int32)
    if wide:  # a band: rows of four uint32 columns
        keys = np.stack([keys % 3, keys // 3, keys % 2, keys], axis=1).astype(np.uint32) if len(rows) else \
            np.zeros((0, 4), dtype=np.uint32)
    f = cand.Rows("<u4", 4) if wide else cand.Rows("<u8")
    for a in range(0, len(rows), 4):  # appended in pieces, as documents come
        f.append(keys[a:a + 4], ids[a:a + 4])
    saved = cand.PART_ROWS, cand.CHUNK_ROWS
    cand.PART_ROWS, cand.CHUNK_ROWS = sizes
    try:
        members, starts = cand.buckets_of(f, max_size)
    finally:
        cand.PART_ROWS, cand.CHUNK_ROWS = saved
        f.close()
    assert len(f) == len(rows)
    got = sorted(members[starts[b]:starts[b + 1]].tolist() for b in range(len(starts) - 1))
    assert got == plain_buckets(keys, ids, max_size)
    assert members.dtype == np.int32


def test_buckets_of_rows_group_equal_rows_only():
    keys = np.array([[1, 2], [1, 3], [1, 2], [0, 0], [1, 2], [0, 0]], dtype=np.uint32)
    members, starts = cand.buckets(keys, np.arange(6, dtype=np.int64), 200)
    assert [members[starts[b]:starts[b + 1]].tolist() for b in range(len(starts) - 1)] == [[3, 5], [0, 2, 4]]
    assert cand.buckets(keys, np.arange(6, dtype=np.int64), 2)[0].tolist() == [3, 5]  # too big a bucket is dropped


@pytest.mark.parametrize("starts, lengths", [([5, 0, 9], [2, 0, 3]), ([], []), ([4], [0]), ([7, 1], [1, 4])])
def test_ranges(starts, lengths):
    expected = [x for s, n in zip(starts, lengths, strict=True) for x in range(s, s + n)]
    assert cand._ranges(np.array(starts, dtype=np.int64), np.array(lengths, dtype=np.int64)).tolist() == expected


@pytest.mark.parametrize("batch", [1, 7, 1 << 18])
def test_shared_counts_equal_set_intersections(batch, monkeypatch):
    monkeypatch.setattr(cand, "BATCH_SHINGLES", batch)
    rng = random.Random(3)
    sets = [np.unique(np.array([rng.randrange(60) for _ in range(rng.randrange(1, 40))], dtype=np.uint64))
            for _ in range(30)]
    store = cand.ShingleStore()
    for s in sets:
        store.append(s)
    pairs = sorted({(a, b) for a, b in ((rng.randrange(30), rng.randrange(30)) for _ in range(200)) if a < b})
    i, j = (np.array(x, dtype=np.int64) for x in zip(*pairs, strict=True))
    got = cand.shared_counts(i, j, store).tolist()
    store.close()
    assert got == [len(np.intersect1d(sets[a], sets[b])) for a, b in pairs]


@pytest.mark.parametrize("gap, shift", [(0, 8), (3, 8), (512, 8), (3, 2), (0, 0)])
def test_shingle_store_reads_any_ids_in_order(gap, shift, monkeypatch):
    # positional reads, nearby passages in one piece: any order, repeats and empty passages; where a
    # passage starts is a base every 2**shift passages plus its distance from it
    monkeypatch.setattr(cand.ShingleStore, "GAP", gap)
    monkeypatch.setattr(cand.ShingleStore, "_SHIFT", shift)
    rng = random.Random(5)
    sets = [np.unique(np.array([rng.randrange(1 << 40) for _ in range(rng.choice([0, 1, 5, 30]))], dtype=np.uint64))
            for _ in range(60)]
    store = cand.ShingleStore()
    for s in sets:
        store.append(s)
    for ids in ([0], [59, 3, 3, 17], list(range(60)), [rng.randrange(60) for _ in range(100)]):
        flat, lens = store.read(np.array(ids, dtype=np.int64))
        assert lens.tolist() == [len(sets[k]) for k in ids]
        assert flat.tolist() == [int(x) for k in ids for x in sets[k]]
    assert store.sizes().tolist() == [len(x) for x in sets]
    store.close()


def test_number_candidates_rank_by_shared_numbers():
    # passages 0..3 of four documents; 0 and 1 share numbers 10, 11, 12; 2 and 3 share 10, 11, 12, 13
    tokens = [10, 11, 12, 10, 11, 12, 10, 11, 12, 13, 10, 11, 12, 13]
    owner = [0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]
    args = (np.array(tokens, dtype=np.int64), np.array(owner, dtype=np.int64), np.arange(4, dtype=np.int64))
    every = cand.number_candidates(*args, max_posting=50, min_shared=3, limit=100)
    assert every == [(i, j) for i in range(4) for j in range(i + 1, 4)]
    assert cand.number_candidates(*args, max_posting=50, min_shared=3, limit=1) == [(2, 3)]  # shares most
    assert cand.number_candidates(*args, max_posting=50, min_shared=4, limit=100) == [(2, 3)]
    assert cand.number_candidates(*args, max_posting=3, min_shared=1, limit=100) == [(2, 3)]  # 10-12 too common


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="abc Ab ÉÇ ß İ\u00a0.,\n-'1", max_size=200))
def test_shingle_array_equals_shingles(text):
    assert shingle_array(text).tolist() == sorted(shingles(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 .,:/-\n\u00a0ab", max_size=60))
def test_number_tokens_equal_those_of_the_plain_pattern(text):
    plain = re.compile(_TOKEN.pattern.removeprefix(r"(?=\d)"))  # the lookahead only lets re skip faster
    assert [m.span() for m in _TOKEN.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert isinstance(numbers(text), list)


WORDS = ["the", "police", "said", "that", "protesters", "gathered", "in", "the", "square", "and", "were",
         "dispersed", "by", "force", "after", "noon"]


def _corpus(seed: int) -> list[Document]:
    rng = random.Random(seed)
    stories = [" ".join(rng.choice(WORDS) for _ in range(rng.randrange(8, 30))) + f" {rng.randrange(100, 999)}"
               for _ in range(6)]
    docs = []
    for d in range(14):
        paras = [rng.choice(stories) if rng.random() < 0.6 else " ".join(rng.choice(WORDS) for _ in range(12))
                 for _ in range(rng.randrange(1, 5))]
        docs.append(Document(id=f"d{d:02d}", path=f"d{d:02d}", text="\n\n".join(paras), lang=rng.choice(["en", "ru"])))
    return docs


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_result_does_not_depend_on_block_and_batch_sizes(seed, monkeypatch):
    docs = _corpus(seed)
    ref = detect(docs)
    assert ref.links  # the corpus repeats stories: something to find
    monkeypatch.setattr(cand, "BLOCK_PAIRS", 1)
    monkeypatch.setattr(cand, "BATCH_SHINGLES", 1)
    monkeypatch.setattr(cand, "PART_ROWS", 2)
    small = detect(docs)
    assert small.to_json() == ref.to_json()
    items = [(d.id, o) for d in docs for o in range(0, len(d.text), 13)]
    assert small.origins(items) == ref.origins(items)
    links = list(ref.links)  # kept as arrays, read as PassageLink objects: a sequence like a list
    assert ref.links == links and len(ref.links) == len(links) and ref.links[-1] == links[-1]
    assert ref.links[1:3] == links[1:3] and all(isinstance(x, PassageLink) for x in links)
    assert all(ref.passage_of(x.a[0], x.a_span[0]) == x.a[1] and ref.passage_of(x.b[0], x.b_span[0]) == x.b[1]
               for x in links)


def test_independence_from_passage_objects_keeps_the_old_interface():
    ps = {"a": [Passage("a", 0, (0, 10), "en"), Passage("a", 1, (10, 20), "en")],
          "b": [Passage("b", 0, (0, 5), "ru"), Passage("b", 1, (3, 9), "ru")],  # overlapping spans
          "c": [Passage("c", 0, (0, 4), None)]}
    link = PassageLink(("a", 1), ("b", 1), "translation", 1.0, "x", (10, 20), (3, 9))
    outside = [PassageLink(("c", 0), ("z", 0), "copy", 1.0, "x"), PassageLink(("z", 0), ("a", 0), "copy", 1.0, "x")]
    ind = Independence(passages=ps, links=[link, *outside])
    assert [ind.passage_of("a", o) for o in (0, 9, 10, 19, 20)] == [0, 0, 1, 1, None]
    assert [ind.passage_of("b", o) for o in (0, 3, 4, 5, 8, 9)] == [0, 0, 0, 1, 1, None]  # the first span holding it
    assert ind.passage_of("nope", 0) is None
    assert ind.origins([("a", 12), ("b", 6)]) == 1 and ind.origins([("a", 12), ("b", 1)]) == 2
    assert ind.origins([("c", 1), ("a", 2)]) == 1  # joined through a document the result does not know
    assert ind.families() == [["a", "b", "c"]]
    assert {d: [(p.index, p.span, p.lang) for p in v] for d, v in ind.passages.items()} == {
        d: [(p.index, p.span, p.lang) for p in v] for d, v in ps.items()}
    assert Independence().origins([("a", 0), ("b", 0)]) == 2 and Independence().families() == []


def test_doc_of_from_first_passages_equals_the_array():
    # documents' first passages 0, 3, 3 (a document without passages), 5; seven passages
    doc_of = cand.DocOf(np.array([0, 3, 3, 5]), 7)
    assert len(doc_of) == 7
    assert doc_of[np.arange(7)].tolist() == [0, 0, 0, 2, 2, 3, 3]
    keys = np.array([1, 1, 1, 1, 2, 2], dtype=np.int64)
    ids = np.array([0, 2, 3, 6, 4, 5], dtype=np.int64)
    plain = np.array([0, 0, 0, 2, 2, 3, 3])
    got = [[(int(a), int(b)) for i, j in cand.Pairs([cand.buckets(keys, ids, 9)], d, 4).blocks() for a, b in zip(i, j, strict=True)]
           for d in (doc_of, plain)]
    assert got[0] == got[1] == [(0, 3), (0, 6), (2, 3), (2, 6), (3, 6), (4, 5)]
