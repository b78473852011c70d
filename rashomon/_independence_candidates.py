"""Candidate pairs of copy detection (`rashomon.independence`), streamed in bounded blocks.

Everything here works on *passage numbers* (a passage's position in the run, documents in sorted
order) held in numpy arrays, never on Python sets or dicts of pairs:

- `ShingleStore` keeps the sorted shingle hashes of every passage in an unlinked temporary file,
  written once while the documents are read; a check reads back only the passages it needs
  (positional reads, so the file never becomes resident memory).
- `buckets` turns rows of keys (LSH bands, sampled shingles, numbers) into buckets of passage
  numbers, and `Pairs` expands them into candidate pairs ``(i, j)``, ``i < j``, of different
  documents, block by block in increasing ``(i, j)`` order: a block holds every pair of a range of
  ``i``, so memory is bounded by the block, not by the corpus's pairs.
- `shared_counts` counts the shingles two passages share, for a batch of pairs at once.
- `number_candidates` picks the translation candidates (passages sharing the most numbers).
"""

from __future__ import annotations

import os
import tempfile
from array import array
from collections.abc import Iterator

import numpy as np

PART_ROWS = 1 << 20  # keys sorted at once by `buckets`
BLOCK_PAIRS = 1 << 16  # pairs expanded at once (about 8 bytes each, a few times over)
BATCH_SHINGLES = 1 << 18  # shingles compared at once by `shared_counts`


class ShingleStore:
    """Sorted uint64 shingle hashes of passages ``0..n-1``, appended in order to a temporary file
    (deleted when closed or collected); memory holds one offset a passage. Reads are positional
    (``os.pread``) of the byte ranges a batch needs, nearby passages read together: never a memory map,
    whose pages (and the kernel's fault-around of its neighbours) would count as resident memory of
    the process in proportion to the file, i.e. to the corpus."""

    GAP = 512  # shingles between two passages read in one piece rather than two reads (4 KB)

    def __init__(self) -> None:
        self._f = tempfile.TemporaryFile(prefix="rashomon-shingles-")  # noqa: SIM115 (closed by close())
        self._offsets = array("q", [0])
        self._flushed = False

    def append(self, sh: np.ndarray) -> None:
        self._f.write(np.ascontiguousarray(sh, dtype=np.uint64).tobytes())
        self._offsets.append(self._offsets[-1] + len(sh))
        self._flushed = False

    def sizes(self) -> np.ndarray:
        return np.diff(np.frombuffer(self._offsets, dtype=np.int64))

    def read(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The shingles of passages ``ids`` concatenated (in that order), and the size of each."""
        offsets = np.frombuffer(self._offsets, dtype=np.int64)
        ids = np.asarray(ids, dtype=np.int64)
        lo, lens = offsets[ids], offsets[ids + 1] - offsets[ids]
        if not len(ids) or not lens.sum():
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
    col = keys[:, 0] if keys.ndim == 2 else keys
    members, starts = [], [np.zeros(1, dtype=np.int64)]
    for r in range(parts):
        sel = np.flatnonzero(col % parts == r)
        m, st = _buckets(keys[sel], ids[sel], max_size)
        starts.append(st[1:] + sum(len(x) for x in members))
        members.append(m)
    return np.concatenate(members), np.concatenate(starts)


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
    arrays are consumed (``bucket_lists`` is emptied once they are gathered); the members keep their
    dtype (int32 passage numbers in `detect`), positions are int32 when they fit."""

    def __init__(self, bucket_lists: list[tuple[np.ndarray, np.ndarray]], doc_of: np.ndarray, head: int) -> None:
        # one entry a head member: its position in ``members`` and how many later members it pairs with
        positions, lengths = [], []
        base = 0
        for members, starts in bucket_lists:
            sizes = np.diff(starts)
            n_head = np.minimum(sizes - 1, head)  # the last member has no later partner
            pos = _ranges(starts[:-1], n_head)
            lengths.append((np.repeat(starts[1:], n_head) - pos - 1).astype(np.int32))
            positions.append(pos + base)
            base += len(members)
        del members, starts
        self.members = _gather(bucket_lists)
        pos = _cat(positions)
        del positions
        order = np.argsort(self.members[pos], kind="stable")  # by first passage, then as found
        pos = pos[order]
        self.pos = pos.astype(np.int32) if len(self.members) < 1 << 31 else pos
        del pos
        self.length = np.concatenate(lengths)[order] if lengths else np.zeros(0, dtype=np.int32)
        self.doc_of = doc_of
        self.n = len(doc_of)

    def __len__(self) -> int:
        """Pairs before duplicates and same-document pairs are removed (an upper bound)."""
        return int(self.length.sum(dtype=np.int64))

    def blocks(self, limit: int | None = None) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """``(i, j)`` arrays, block after block; a block holds all pairs of its ``i`` (so sorting
        within blocks sorts the whole), about ``limit`` pairs unless one passage alone has more."""
        for lo, hi in self.ranges(limit):
            yield self._expand(lo, hi)

    def ranges(self, limit: int | None = None) -> Iterator[tuple[int, int]]:
        """Ranges of head entries covering whole passages, about ``limit`` (`BLOCK_PAIRS`) pairs each."""
        limit = limit or BLOCK_PAIRS
        if not len(self.pos):
            return
        first = self.members[self.pos]
        bounds = np.concatenate(([0], np.flatnonzero(first[1:] != first[:-1]) + 1, [len(first)]))
        del first
        before = np.concatenate(([0], np.cumsum(self.length, dtype=np.int64)))[bounds]  # pairs before each boundary
        a = 0
        while a < len(bounds) - 1:
            b = max(a + 1, int(np.searchsorted(before, before[a] + limit, side="right")) - 1)
            yield int(bounds[a]), int(bounds[b])
            a = b

    def raw(self, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """The pairs of head entries ``lo..hi-1``, as found (same-document pairs and duplicates kept)."""
        lens = self.length[lo:hi].astype(np.int64)
        pos = self.pos[lo:hi].astype(np.int64)
        return (np.repeat(self.members[pos], lens).astype(np.int64),
                self.members[_ranges(pos + 1, lens)].astype(np.int64))

    def _expand(self, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        i, j = self.raw(lo, hi)
        keep = self.doc_of[i] != self.doc_of[j]
        key = np.unique(i[keep] * self.n + j[keep])
        return key // self.n, key % self.n


def _cat(xs: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(xs).astype(np.int64, copy=False) if xs else np.zeros(0, dtype=np.int64)


def _gather(bucket_lists: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """The buckets' members in one array, each bucket list dropped once copied (``bucket_lists`` is
    emptied), so that the members are held once, not twice, while they are gathered."""
    if not bucket_lists:
        return np.zeros(0, dtype=np.int64)
    out = np.empty(sum(len(m) for m, _ in bucket_lists), dtype=np.result_type(*(m.dtype for m, _ in bucket_lists)))
    at = 0
    bucket_lists.reverse()
    while bucket_lists:
        m, _ = bucket_lists.pop()
        out[at:at + len(m)] = m
        at += len(m)
        del m
    return out


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
    pairs = Pairs([buckets(tokens, owner, max_posting)], doc_of, head=max_posting)
    best_k = np.zeros(0, dtype=np.int64)
    best_c = np.zeros(0, dtype=np.int64)
    n = len(doc_of)
    for lo, hi in pairs.ranges():
        i, j = pairs.raw(lo, hi)
        keep = doc_of[i] != doc_of[j]
        key, count = np.unique(i[keep] * n + j[keep], return_counts=True)
        sel = count >= min_shared
        best_k, best_c = np.concatenate((best_k, key[sel])), np.concatenate((best_c, count[sel]))
        if len(best_k) > limit:
            top = np.lexsort((best_k, -best_c))[:limit]
            best_k, best_c = best_k[top], best_c[top]
    best_k.sort()
    return [(int(k // n), int(k % n)) for k in best_k]

