"""Candidate pairs of copy detection (`rashomon.independence`), streamed in bounded blocks.

Everything here works on *passage numbers* (a passage's position in the run, documents in sorted
order) held in numpy arrays, never on Python sets or dicts of pairs:

- `ShingleStore` keeps the sorted shingle hashes of every passage in an unlinked temporary file,
  written once while the documents are read; a check reads back only the passages it needs
  (positional reads, so the file never becomes resident memory).
- `Rows` keeps rows of keys (LSH bands, sampled shingles, a passage's distinct numbers) with their
  passage numbers in a temporary file as the documents are read; `buckets_of` turns them into buckets
  of passage numbers, sorting one key range at a time (`buckets`, for arrays already in memory), and
  `Pairs` expands the buckets into candidate pairs ``(i, j)``, ``i < j``, of different documents,
  block by block in increasing ``(i, j)`` order: a block holds every pair of a range of ``i``, and the
  pairs' head entries are gathered and sorted one range of ``i`` at a time (`SPAN_ENTRIES`), so memory
  is bounded by the buckets' members (4 bytes each) and the block, not by the corpus's pairs.
- `shared_counts` counts the shingles two passages share, for a batch of pairs at once.
- `number_candidates` picks the translation candidates (passages sharing the most numbers).
"""

from __future__ import annotations

import os
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

PART_ROWS = 1 << 18  # keys sorted at once by `buckets`
CHUNK_ROWS = 1 << 16  # rows of a `Rows` file read at once
BLOCK_PAIRS = 1 << 16  # pairs expanded at once (about 8 bytes each, a few times over)
SPAN_ENTRIES = 1 << 17  # head entries of `Pairs` sorted at once (a range of first passages)
BATCH_SHINGLES = 1 << 17  # shingles compared at once by `shared_counts`
_BIN = 6  # `Pairs` counts head entries per bin of 64 first passages to cut its ranges
_MIX = np.uint64(0x9E3779B97F4A7C15)  # spreads keys over `buckets`' parts (sampled shingles are 0 mod 8)


class ShingleStore:
    """Sorted uint64 shingle hashes of passages ``0..n-1``, appended in order to a temporary file
    (deleted when closed or collected); memory holds 8 bytes a passage (where it starts, its size). Reads are positional
    (``os.pread``) of the byte ranges a batch needs, nearby passages read together: never a memory map,
    whose pages (and the kernel's fault-around of its neighbours) would count as resident memory of
    the process in proportion to the file, i.e. to the corpus."""

    GAP = 512  # shingles between two passages read in one piece rather than two reads (4 KB)
    _SHIFT = 8  # a 64-bit base offset every 256 passages; per passage, 32 bits from it and its size

    def __init__(self) -> None:
        self._f = tempfile.TemporaryFile(prefix="rashomon-shingles-")  # noqa: SIM115 (closed by close())
        self._base = array("q")  # where every 256th passage starts (in shingles)
        self._rel = array("I")  # where each passage starts, from its base
        self._size = array("I")  # shingles of each passage
        self._end = 0
        self._flushed = False

    def append(self, sh: np.ndarray) -> None:
        self._f.write(np.ascontiguousarray(sh, dtype=np.uint64).tobytes())
        n = len(self._size)
        if not n % (1 << self._SHIFT):
            self._base.append(self._end)
        self._rel.append(self._end - self._base[-1])
        self._size.append(len(sh))
        self._end += len(sh)
        self._flushed = False

    def sizes(self) -> np.ndarray:
        """Shingles per passage: a uint32 view (4 bytes a passage; no passage may be appended while it is held)."""
        return np.frombuffer(self._size, dtype=np.uint32) if len(self._size) else np.zeros(0, dtype=np.uint32)

    def read(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The shingles of passages ``ids`` concatenated (in that order), and the size of each."""
        ids = np.asarray(ids, dtype=np.int64)
        if not len(ids):
            return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
        base = np.frombuffer(self._base, dtype=np.int64)
        lo = base[ids >> self._SHIFT] + np.frombuffer(self._rel, dtype=np.uint32)[ids]
        lens = self.sizes()[ids].astype(np.int64)
        if not lens.sum():
            return np.zeros(0, dtype=np.uint64), lens
        if not self._flushed:
            self._f.flush()
            self._flushed = True
        order = np.argsort(lo, kind="stable")  # the file read front to back, in pieces of nearby passages
        slo, shi = lo[order], lo[order] + lens[order]
        reach = np.maximum.accumulate(shi)
        new = np.ones(len(order), dtype=bool)
        new[1:] = slo[1:] > reach[:-1] + self.GAP
        first = np.flatnonzero(new)
        piece_lo = slo[first]
        piece_hi = np.append(reach[first[1:] - 1], reach[-1])
        fd = self._f.fileno()
        got = np.empty(int((piece_hi - piece_lo).sum()), dtype=np.uint64)
        at = 0
        for a, b in zip(piece_lo.tolist(), piece_hi.tolist(), strict=True):
            n = b - a
            got[at:at + n] = np.frombuffer(os.pread(fd, 8 * n, 8 * a), dtype=np.uint64)
            at += n
        # where each passage's shingles start in ``got``: its piece's start there, plus its distance into the piece
        piece_at = np.concatenate(([0], np.cumsum(piece_hi - piece_lo)[:-1]))
        piece_of = np.cumsum(new) - 1
        start = np.empty(len(ids), dtype=np.int64)
        start[order] = piece_at[piece_of] + slo - piece_lo[piece_of]
        return got[_ranges(start, lens)], lens

    def release(self) -> None:
        """Nothing to hand back: reads copy only what they need (kept for callers of the memory-mapped version)."""

    def close(self) -> None:
        self._f.close()


def buckets(keys: np.ndarray, ids: np.ndarray, max_size: int) -> tuple[np.ndarray, np.ndarray]:
    """Runs of ``ids`` sharing a key (a row of ``keys``, or a value of a 1-d ``keys``), each in increasing
    id order, of sizes 2..``max_size``, as ``(members, starts)``: bucket ``b`` is
    ``members[starts[b]:starts[b + 1]]``. Found by sorting, in parts of about `PART_ROWS` rows (split
    by key, so a bucket is never cut), so that the sort's copies stay small whatever the corpus."""
    parts = max(1, -(-len(ids) // PART_ROWS))
    if parts == 1:
        return _buckets(keys, ids, max_size)
    part = _part(keys, parts)
    return _joined(_buckets(keys[sel], ids[sel], max_size) for sel in (np.flatnonzero(part == r) for r in range(parts)))


def _part(keys: np.ndarray, parts: int) -> np.ndarray:
    """The part (``0..parts-1``) of each row of ``keys``: a mix of its first column, so that keys sharing
    a residue (sampled shingles are all 0 mod 8) still spread over every part."""
    col = keys[:, 0] if keys.ndim == 2 else keys
    return ((col.astype(np.uint64) * _MIX) >> np.uint64(33)) % np.uint64(parts)


def _joined(lists: Iterator[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Bucket lists ``(members, starts)`` as one."""
    members, starts, at = [], [np.zeros(1, dtype=np.int64)], 0
    for m, st in lists:
        starts.append(st[1:] + at)
        members.append(m)
        at += len(m)
    return np.concatenate(members), np.concatenate(starts)


class Rows:
    """Rows of a key (``key``: a numpy dtype, ``width`` columns of it) and a passage number (int32),
    appended to an unlinked temporary file as documents are read and read back `CHUNK_ROWS` at a time:
    what `buckets_of` sorts, never held whole in memory."""

    def __init__(self, key: str, width: int = 1) -> None:
        self.dtype = np.dtype([("key", key, (width,)) if width > 1 else ("key", key), ("id", "<i4")])
        self._f = tempfile.TemporaryFile(prefix="rashomon-rows-")  # noqa: SIM115 (closed by close())
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def append(self, keys: np.ndarray, ids: np.ndarray | int) -> None:
        rec = np.empty(len(keys), dtype=self.dtype)
        rec["key"] = keys
        rec["id"] = ids
        self._f.write(rec.tobytes())
        self._n += len(rec)

    def chunks(self) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """``(keys, ids)`` arrays, `CHUNK_ROWS` rows at a time, in the order appended."""
        self._f.flush()
        size, fd = self.dtype.itemsize, self._f.fileno()
        for at in range(0, self._n, CHUNK_ROWS):
            rec = np.frombuffer(os.pread(fd, size * min(CHUNK_ROWS, self._n - at), size * at), dtype=self.dtype)
            yield rec["key"], rec["id"]

    def close(self) -> None:
        self._f.close()


def buckets_of(rows: Rows, max_size: int) -> tuple[np.ndarray, np.ndarray]:
    """`buckets` of the rows of a `Rows` file (passage numbers: int32), read back once a part: memory
    holds one part's rows (about `PART_ROWS`), whatever the corpus."""
    parts = max(1, -(-len(rows) // PART_ROWS))

    def part(r: int) -> tuple[np.ndarray, np.ndarray]:
        ks, ids = [], []
        for k, i in rows.chunks():
            if parts > 1:
                sel = np.flatnonzero(_part(k, parts) == r)
                k, i = k[sel], i[sel]
            ks.append(np.ascontiguousarray(k))
            ids.append(np.ascontiguousarray(i))
        if not ks:
            return np.zeros(0, dtype=np.int32), np.zeros(1, dtype=np.int64)
        key, id_ = np.concatenate(ks), np.concatenate(ids)
        del ks, ids
        return _buckets(key, id_, max_size)

    return part(0) if parts == 1 else _joined(part(r) for r in range(parts))


def _buckets(keys: np.ndarray, ids: np.ndarray, max_size: int) -> tuple[np.ndarray, np.ndarray]:
    if len(ids) < 2:
        return np.zeros(0, dtype=ids.dtype), np.zeros(1, dtype=np.int64)
    cols = [ids] + ([keys[:, c] for c in range(keys.shape[1] - 1, -1, -1)] if keys.ndim == 2 else [keys])
    order = np.lexsort(cols)
    k = keys[order]
    change = np.any(k[1:] != k[:-1], axis=1) if keys.ndim == 2 else k[1:] != k[:-1]
    del k
    bounds = np.flatnonzero(change) + 1
    starts = np.concatenate(([0], bounds))
    sizes = np.concatenate((bounds, [len(order)])) - starts
    keep = (sizes > 1) & (sizes <= max_size)
    starts, sizes = starts[keep], sizes[keep]
    members = ids[order[_ranges(starts, sizes)]]  # of ``ids``' dtype (passage numbers: int32 in `detect`)
    return members, np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The concatenation of ``arange(s, s + n)`` for each ``(s, n)``, vectorized."""
    lengths = np.asarray(lengths, dtype=np.int64)
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    nz = lengths > 0
    starts, lengths = np.asarray(starts, dtype=np.int64)[nz], lengths[nz]
    steps = np.ones(total, dtype=np.int64)
    firsts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    steps[0] = starts[0]
    steps[firsts[1:]] = starts[1:] - (starts[:-1] + lengths[:-1] - 1)
    return np.cumsum(steps)


class Pairs:
    """The pairs of buckets: in a bucket, each of its first ``head`` members pairs with every later
    member (a big bucket is linear, not quadratic), pairs of one document left out, duplicates (a pair
    in several buckets) given once. `blocks` yields them in increasing ``(i, j)`` order. The buckets'
    arrays are consumed (``bucket_lists`` is emptied as they are gathered into one); the members are
    int32 passage numbers (int64 past 2**31 passages).

    Memory holds the members (4 bytes each), where each bucket starts, and a count of head entries per
    bin of first passages; a range of first passages at a time (about `SPAN_ENTRIES` head entries) has
    its head entries found, sorted by first passage and expanded block by block."""

    def __init__(self, bucket_lists: Iterable[tuple[np.ndarray, np.ndarray]], doc_of: np.ndarray, head: int) -> None:
        # the members go to a temporary file list after list (a list of lists is emptied as it is read; an
        # iterator makes each only when the one before is stored) and come back as one array: never twice in memory
        kind = np.int32 if len(doc_of) < 1 << 31 else np.int64
        starts, at = [np.zeros(1, dtype=np.int64)], 0  # where each bucket starts in ``members``
        with tempfile.TemporaryFile(prefix="rashomon-members-") as f:
            for m, st in _drain(bucket_lists):
                f.write(np.ascontiguousarray(m, dtype=kind).tobytes())
                starts.append(st[1:] + at)
                at += len(m)
                del m, st
            f.seek(0)
            self.members = np.fromfile(f, dtype=kind) if at else np.zeros(0, dtype=kind)
        self.starts = np.concatenate(starts)
        if at < 1 << 31:  # most buckets are pairs: 4 bytes a start, not 8
            self.starts = self.starts.astype(np.int32)
        del starts
        self.head = head
        self.doc_of = doc_of
        self.n = len(doc_of)
        self._bins = np.zeros((self.n >> _BIN) + 1, dtype=np.int64)  # head entries per bin of first passages
        self._pairs = 0
        nb = len(self.starts) - 1
        for b in range(0, nb, 1 << 16):  # buckets a chunk at a time: their head entries are few at once
            pos, length = self._entries(b, min(b + (1 << 16), nb))
            self._bins += np.bincount(self.members[pos] >> _BIN, minlength=len(self._bins))
            self._pairs += int(length.sum())

    def _entries(self, b0: int, b1: int) -> tuple[np.ndarray, np.ndarray]:
        """The head entries of buckets ``b0..b1-1``: positions in ``members`` and how many later members each pairs with."""
        st = self.starts[b0:b1 + 1].astype(np.int64)
        n_head = np.minimum(np.diff(st) - 1, self.head)  # the last member has no later partner
        pos = _ranges(st[:-1], n_head)
        return pos, np.repeat(st[1:], n_head) - pos - 1

    def __len__(self) -> int:
        """Pairs before duplicates and same-document pairs are removed (an upper bound)."""
        return self._pairs

    def _spans(self) -> Iterator[tuple[int, int]]:
        """Ranges ``[p0, p1)`` of first passages, whole bins of about `SPAN_ENTRIES` head entries each."""
        lo, got = 0, 0
        for k, c in enumerate(self._bins.tolist()):
            if got and got + c > SPAN_ENTRIES:
                yield lo << _BIN, k << _BIN
                lo, got = k, 0
            got += c
        if got:
            yield lo << _BIN, len(self._bins) << _BIN

    def _span(self, p0: int, p1: int) -> tuple[np.ndarray, np.ndarray]:
        """The head entries whose member is a passage of ``p0..p1-1``, sorted by it (then as found)."""
        m, starts = self.members, self.starts
        sel = np.flatnonzero((m >= p0) & (m < p1))
        b = np.searchsorted(starts, sel, side="right") - 1
        start, end = starts[b], starts[b + 1]  # of ``starts``' dtype (int32 when it fits)
        del b
        keep = sel - start < np.minimum(end - start - 1, self.head)
        pos = sel[keep]
        length = end[keep] - pos - 1
        del sel, start, end, keep
        order = np.argsort(m[pos], kind="stable")
        return pos[order], length[order]

    def raw_blocks(self, limit: int | None = None) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """The pairs as found (same-document pairs and duplicates kept), block after block: a block holds
        all pairs of its first passages, about ``limit`` (`BLOCK_PAIRS`) pairs unless one passage alone
        has more; the blocks come in increasing first passage."""
        limit = limit or BLOCK_PAIRS
        for p0, p1 in self._spans():
            pos, length = self._span(p0, p1)
            if not len(pos):
                continue
            first = self.members[pos]
            bounds = np.concatenate(([0], np.flatnonzero(first[1:] != first[:-1]) + 1, [len(first)]))
            del first
            before = np.concatenate(([0], np.cumsum(length, dtype=np.int64)))[bounds]  # pairs before each boundary
            a = 0
            while a < len(bounds) - 1:
                b = max(a + 1, int(np.searchsorted(before, before[a] + limit, side="right")) - 1)
                lo, hi = int(bounds[a]), int(bounds[b])
                lens, at = length[lo:hi].astype(np.int64), pos[lo:hi].astype(np.int64)
                yield (np.repeat(self.members[at], lens).astype(np.int64),
                       self.members[_ranges(at + 1, lens)].astype(np.int64))
                a = b

    def blocks(self, limit: int | None = None) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """``(i, j)`` arrays, block after block (see `raw_blocks`), of different documents, each pair
        once, sorted: sorting within blocks sorts the whole."""
        for i, j in self.raw_blocks(limit):
            keep = self.doc_of[i] != self.doc_of[j]
            key = np.unique(i[keep] * self.n + j[keep])
            yield key // self.n, key % self.n


class DocOf:
    """Passage number -> its document's ordinal, from where each document's passages start (8 bytes a
    document, not 4 a passage): indexed with an array of passage numbers, like the array it replaces."""

    def __init__(self, lo: np.ndarray, n: int) -> None:
        self.lo = np.asarray(lo, dtype=np.int64)  # first passage of each document, ascending
        self.n = n  # passages in all

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: np.ndarray) -> np.ndarray:
        return np.searchsorted(self.lo, i, side="right") - 1


def _drain(lists: Iterable[Any]) -> Iterator[Any]:
    """The items of ``lists``; a list is emptied as it is read, so that each item can be freed once used."""
    if isinstance(lists, list):
        lists.reverse()
        while lists:
            yield lists.pop()
    else:
        yield from lists


def shared_counts(i: np.ndarray, j: np.ndarray, store: ShingleStore) -> np.ndarray:
    """``|shingles(i[k]) & shingles(j[k])|`` for every pair ``k``, computed in bounded batches (of
    about `BATCH_SHINGLES` shingles read back): the
    shingles of a batch's passages are ranked together, and the smaller side of each pair is looked up
    in the larger one by a sorted search over ``(passage, rank)`` keys."""
    out = np.zeros(len(i), dtype=np.int64)
    if not len(i):
        return out
    sizes = store.sizes()
    new_i = np.concatenate(([True], i[1:] != i[:-1]))  # pairs come sorted: a passage i is read once
    cost = np.cumsum(sizes[j] + np.where(new_i, sizes[i], 0) + 1)
    lo = 0
    while lo < len(i):
        hi = max(lo + 1, int(np.searchsorted(cost, (cost[lo - 1] if lo else 0) + BATCH_SHINGLES, side="right")))
        out[lo:hi] = _batch_counts(i[lo:hi], j[lo:hi], store)
        lo = hi
    return out


def _batch_counts(i: np.ndarray, j: np.ndarray, store: ShingleStore) -> np.ndarray:
    ids = np.unique(np.concatenate((i, j)))
    flat, lens = store.read(ids)
    offs = np.concatenate(([0], np.cumsum(lens)))
    _, rank = np.unique(flat, return_inverse=True)
    del flat
    store.release()
    rank = rank.reshape(-1).astype(np.int64)
    width = int(rank.max()) + 1 if len(rank) else 1
    table = np.repeat(np.arange(len(ids), dtype=np.int64), lens) * width + rank  # sorted: by passage, then rank
    pi, pj = np.searchsorted(ids, i), np.searchsorted(ids, j)
    small_first = lens[pi] <= lens[pj]
    q, t = np.where(small_first, pi, pj), np.where(small_first, pj, pi)
    qlen = lens[q]
    keys = np.repeat(t, qlen) * width + rank[_ranges(offs[q], qlen)]
    at = np.minimum(np.searchsorted(table, keys), len(table) - 1)
    hit = table[at] == keys
    return np.bincount(np.repeat(np.arange(len(i)), qlen), weights=hit, minlength=len(i)).astype(np.int64)


def number_candidates(tokens: np.ndarray, owner: np.ndarray, doc_of: np.ndarray, *, max_posting: int,
                      min_shared: int, limit: int) -> list[tuple[int, int]]:
    """Pairs of passages (of different documents) sharing at least ``min_shared`` distinct numbers,
    counting only numbers found in at most ``max_posting`` passages: the ``limit`` pairs sharing most
    (ties: lowest pair first), in increasing ``(i, j)`` order. ``tokens``/``owner``: each passage's
    distinct numbers (encoded as ints) and the passage holding each."""
    return candidates_of([buckets(tokens, owner, max_posting)], doc_of, min_shared=min_shared, limit=limit,
                         head=max_posting)


def candidates_of(bucket_lists: list[tuple[np.ndarray, np.ndarray]], doc_of: np.ndarray, *, min_shared: int,
                  limit: int, head: int) -> list[tuple[int, int]]:
    """`number_candidates` of buckets already made (`buckets_of` a `Rows` file of each passage's
    distinct numbers); ``head``: the largest bucket's size, so that every pair of a bucket counts."""
    pairs = Pairs(bucket_lists, doc_of, head=head)
    best_k = np.zeros(0, dtype=np.int64)
    best_c = np.zeros(0, dtype=np.int64)
    n = len(doc_of)
    for i, j in pairs.raw_blocks():
        keep = doc_of[i] != doc_of[j]
        key, count = np.unique(i[keep] * n + j[keep], return_counts=True)
        sel = count >= min_shared
        best_k, best_c = np.concatenate((best_k, key[sel])), np.concatenate((best_c, count[sel]))
        if len(best_k) > limit:
            top = np.lexsort((best_k, -best_c))[:limit]
            best_k, best_c = best_k[top], best_c[top]
    best_k.sort()
    return [(int(k // n), int(k % n)) for k in best_k]

