"""Independence: which reports copy or translate each other, so that five outlets repeating one wire
story count as one origin, not five.

Work is done per *passage* (a paragraph of `Document.paragraphs`, or a blank-line block when a
document was not segmented), because copies are often partial: one passage of a long compilation
reproduces a wire story while the rest is the compiler's own.

- **Copies within a language**: word 5-shingles of each passage, hashed with a stable hash
  (BLAKE2b, never Python's salted ``hash()``), summarized by a MinHash signature; LSH banding proposes
  candidate pairs, which are confirmed on the exact shingle sets: Jaccard >= `COPY_JACCARD`, or
  containment (shared / smaller set) >= `COPY_CONTAINMENT` for a short passage quoted in a long one.
  A second candidate source, an inverted index over a content-defined sample of shingles, catches
  such containments that MinHash (an estimate of Jaccard) misses.
- **Translations across languages**: the numbers of a passage (digit groups, ``1 000`` = ``1,000`` =
  1000; a time, a dotted date or a hyphenated phone number is one token) survive translation in
  order. Two passages in different languages are a translation pair when their number sequences
  share a long ordered run (longest common subsequence >= `MIN_ORDERED`, covering `ORDERED_COVERAGE`
  of the longer sequence, with a shared number that is not a year, time or date), or share >= `MIN_SHARED`
  distinct numbers at a multiset Jaccard >= `NUMBER_JACCARD`, at least two of which are not
  date-like (a day <= 31, a year, a time, a date or a code). Same-language pairs need a textual copy.

Candidate pairs are checked in a fixed order, and a pair already joined through earlier links is not
checked or listed again: a wire story copied by n outlets gives n - 1 links (each with its evidence),
not n(n - 1)/2, while origins and families are the same as with every link.

The result, `Independence`, keeps the passage links with their reasons, document families
(union-find over linked documents, for display) and answers `origins(claims)`: the number of
independent origins among a set of claims, where two claims share an origin when they come from the
same document or from passages linked by copy or translation (connected components). That is the
``independent`` count of a question's value. Everything is deterministic.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

SHINGLE = 5  # words per shingle
MIN_SHINGLES = 6  # passages with fewer shingles are too short to call a copy
PERMUTATIONS = 32
BANDS = 8  # 8 bands x 4 rows: pairs above Jaccard ~0.6 become candidates with high probability
COPY_JACCARD = 0.5
COPY_CONTAINMENT = 0.7
MIN_SHARED_SHINGLES = 8
SAMPLE_MOD = 8  # keep shingles whose hash is 0 mod 8 for the containment index
MAX_POSTING = 200  # shingles or numbers shared by more passages than this are boilerplate
HEAD = 16  # in a bucket of more passages, pairs are formed with its first HEAD only (linear, not quadratic):
#            copies of one story all pair with its earliest copies, which is enough to join them
MAX_NUMBER_POSTING = 50  # a number in more passages than this (a year, "1") proposes no pairs
MAX_NUMBER_PAIRS = 20_000  # bound on translation candidates checked (most shared numbers first)
MIN_ORDERED = 4
ORDERED_COVERAGE = 0.6  # of the longer sequence, so a list of dates does not match everything
MIN_SHARED = 3
NUMBER_JACCARD = 0.75
MAX_NUMBERS = 200

_WORD = re.compile(r"\w+")
# a digit group with thousands separators (1 000, 1,000, 1.000) or a plain run of digits
_TOKEN = re.compile(
    r"(?<![\d])(?:(?P<time>\d{1,2}:\d{2})(?![\d:])"
    r"|(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{1,4}[./]\d{1,2}[./]\d{1,4})(?![\d])"
    r"|(?P<code>\d+(?:-\d+){2,})(?![\d])"
    r"|(?P<number>\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d])|\d+))")
_BLOCK = re.compile(r"\n[ \t]*\n")
_PRIME = (1 << 31) - 1  # universal hashing mod a Mersenne prime; products stay below 2**63 (numpy uint64)
def stable_hash(s: str) -> int:
    """A 64-bit hash of ``s`` that is the same in every process and run."""
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")


def _perms() -> np.ndarray:
    """(a, b) of `PERMUTATIONS` universal hash functions ``(a * x + b) mod p``, as two columns."""
    out = []
    for i in range(PERMUTATIONS):
        h = hashlib.blake2b(f"rashomon-minhash-{i}".encode(), digest_size=16).digest()
        out.append((int.from_bytes(h[:8], "big") % (_PRIME - 1) + 1, int.from_bytes(h[8:], "big") % _PRIME))
    return np.array(out, dtype=np.uint64)


_PERMS = _perms()
_NONE = np.zeros(0, dtype=np.uint64)


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """Stable hashes of the lower-cased word ``k``-grams of ``text``."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < k:
        return set()
    return {stable_hash(" ".join(words[i : i + k])) for i in range(len(words) - k + 1)}


def minhash(sh: Iterable[int]) -> tuple[int, ...]:
    """The MinHash signature of a set of shingle hashes (`PERMUTATIONS` universal hash functions)."""
    return minhashes([sh])[0]


def minhashes(sets: Sequence[Iterable[int]], batch: int = 1 << 16) -> list[tuple[int, ...]]:
    """MinHash signatures of many non-empty shingle sets (sets of ints or uint64 arrays) at once,
    vectorized; ``batch`` bounds the shingles hashed together, so memory stays small on any corpus."""
    out: list[tuple[int, ...]] = []
    a, b = _PERMS[:, :1], _PERMS[:, 1:]
    prime = np.uint64(_PRIME)
    i = 0
    while i < len(sets):
        chunk: list[np.ndarray] = []
        size = 0
        while i < len(sets) and (not chunk or size < batch):
            xs = sets[i]
            arr = xs if isinstance(xs, np.ndarray) else np.fromiter(xs, dtype=np.uint64)
            chunk.append(arr)
            size += len(arr)
            i += 1
        x = np.concatenate(chunk) % prime
        starts = np.cumsum([0] + [len(xs) for xs in chunk[:-1]])
        mins = np.minimum.reduceat((a * x + b) % prime, starts, axis=1)
        out.extend(map(tuple, mins.T.tolist()))
    return out


def numbers(text: str) -> list[int | str]:
    """The numbers of ``text`` in order: counts as ints (``1 000`` -> 1000), and times, dotted or
    slashed dates and hyphenated codes (phone numbers) as one string token each (``t12:52``,
    ``d16.12.2011``, ``c73-11-22``), so that ``12:52`` does not look like two counts."""
    out: list[int | str] = []
    for m in _TOKEN.finditer(text):
        g = m.group()
        if m.lastgroup == "time":
            out.append("t" + g)
        elif m.lastgroup == "date":
            out.append("d" + _iso_date(g))
        elif m.lastgroup == "code":
            out.append("c" + g)
        else:
            digits = re.sub(r"\D", "", g)
            if len(digits) <= 12:
                out.append(int(digits))
        if len(out) >= MAX_NUMBERS:
            break
    return out


def _iso_date(s: str) -> str:
    """``16.12.2011`` and ``2011-12-16`` -> ``2011-12-16``; other orders are kept as written."""
    parts = re.split(r"[./-]", s)
    if len(parts[0]) == 4:
        y, mo, d = parts
    elif len(parts[2]) == 4 and "/" not in s:
        d, mo, y = parts
    else:
        return s
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


def _lcs(a: Sequence[int | str], b: Sequence[int | str]) -> int:
    """Length of the longest common subsequence (O(len(a) * len(b)), both capped at `MAX_NUMBERS`)."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def _date_like(n: int | str) -> bool:
    """Days, years, times, dates and codes: shared by unrelated reports of one event, so not telling."""
    return isinstance(n, str) or n <= 31 or 1900 <= n <= 2099


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


@dataclass
class Independence:
    """Passage links between documents and the independent origins they imply."""

    passages: dict[str, list[Passage]] = field(default_factory=dict)
    links: list[PassageLink] = field(default_factory=list)
    _cluster_cache: dict[tuple[str, int], Any] | None = field(default=None, repr=False)

    def _clusters(self) -> dict[tuple[str, int], Any]:
        """Passage -> the root of its cluster of linked passages (only linked passages appear)."""
        if self._cluster_cache is None:
            uf = _UnionFind()
            for link in self.links:
                uf.union(link.a, link.b)
            self._cluster_cache = {p: ("c", *uf.find(p)) for p in list(uf.parent)}
        return self._cluster_cache

    def passage_of(self, doc: str, offset: int) -> int | None:
        for p in self.passages.get(doc, ()):
            if p.span[0] <= offset < p.span[1]:
                return p.index
        return None

    def families(self) -> list[list[str]]:
        """Groups of documents joined by at least one copied or translated passage (sorted)."""
        uf = _UnionFind()
        for d in self.passages:
            uf.find(d)
        for link in self.links:
            uf.union(link.a[0], link.b[0])
        groups: dict[Any, list[str]] = defaultdict(list)
        for d in sorted(self.passages):
            groups[uf.find(d)].append(d)
        return sorted(groups.values(), key=lambda g: (-len(g), g))

    def origins(self, items: Iterable[tuple[str, int]]) -> int:
        """Independent origins among pieces of evidence given as ``(doc, offset)``.

        Two pieces share an origin when they are in the same document or in passages linked by copy or
        translation (directly or through a chain of links)."""
        items = list(items)
        if not items:
            return 0
        clusters = self._clusters()
        uf = _UnionFind()
        nodes = []
        for doc, off in items:
            p = self.passage_of(doc, off)
            node = clusters.get((doc, p), ("d", doc)) if p is not None else ("d", doc)
            nodes.append(node)
            uf.union(node, ("d", doc))
        return len({uf.find(n) for n in nodes})

    def to_json(self) -> dict[str, Any]:
        return {"families": self.families(), "links": [x.to_json() for x in self.links]}


def _passages(doc: Any) -> list[Passage]:
    text = doc.text
    spans: list[tuple[int, int, str | None]] = [(p.span[0], p.span[1], p.lang) for p in getattr(doc, "paragraphs", [])]
    if not spans:
        start = 0
        for m in _BLOCK.finditer(text):
            spans.append((start, m.start(), None))
            start = m.end()
        spans.append((start, len(text), None))
    out = []
    for i, (s, e, lang) in enumerate(sorted(spans)):
        chunk = text[s:e]
        sh = np.fromiter(shingles(chunk), dtype=np.uint64)  # 8 bytes a shingle, not a set entry
        sh.sort()
        out.append(Passage(doc.id, i, (s, e), lang or getattr(doc, "lang", None), sh, numbers(chunk)))
    return out


def _groups(keys: np.ndarray, ids: np.ndarray) -> Iterator[np.ndarray]:
    """Runs of ``ids`` sharing a key (rows of ``keys``), each in increasing id order, sizes 2..`MAX_POSTING`."""
    if len(ids) < 2:
        return
    cols = [ids] + ([keys[:, c] for c in range(keys.shape[1] - 1, -1, -1)] if keys.ndim == 2 else [keys])
    order = np.lexsort(cols)
    k = keys[order]
    change = np.any(k[1:] != k[:-1], axis=1) if keys.ndim == 2 else k[1:] != k[:-1]
    bounds = np.flatnonzero(change) + 1
    starts = np.concatenate(([0], bounds))
    ends = np.concatenate((bounds, [len(order)]))
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        if 1 < b - a <= MAX_POSTING:
            yield ids[order[a:b]]


def _copy_candidates(all_p: list[Passage], sigs: np.ndarray, sig_ids: np.ndarray,
                     sample_keys: np.ndarray, sample_ids: np.ndarray) -> set[tuple[int, int]]:
    """Pairs of passages (of different documents) in one LSH band bucket or sharing a sampled shingle;
    the buckets are found by sorting arrays, so memory is a few bytes a passage, not a dict entry."""
    cands: set[tuple[int, int]] = set()
    rows = PERMUTATIONS // BANDS
    groups = [g for band in range(BANDS) for g in _groups(sigs[:, band * rows:(band + 1) * rows], sig_ids)]
    groups += list(_groups(sample_keys, sample_ids))
    for group in groups:
        group = group.tolist()
        for x in range(min(len(group), HEAD)):  # a big bucket: each member is checked against its head only
            for y in range(x + 1, len(group)):
                if all_p[group[x]].doc != all_p[group[y]].doc:
                    cands.add((group[x], group[y]))
    return cands


def _number_candidates(all_p: list[Passage]) -> set[tuple[int, int]]:
    index: dict[int | str, list[int]] = defaultdict(list)
    for i, p in enumerate(all_p):
        for n in set(p.numbers):
            index[n].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for group in index.values():
        if len(group) > MAX_NUMBER_POSTING:
            continue
        for x in range(len(group)):
            for y in range(x + 1, len(group)):
                if all_p[group[x]].doc != all_p[group[y]].doc:
                    shared[(group[x], group[y])] += 1
    best = sorted((k for k, v in shared.items() if v >= MIN_SHARED), key=lambda k: (-shared[k], k))
    return set(best[:MAX_NUMBER_PAIRS])


def _translation(a: Passage, b: Passage) -> tuple[float, str] | None:
    lcs = _lcs(a.numbers, b.numbers)
    longest = max(len(a.numbers), len(b.numbers))
    telling = any(isinstance(n, int) and not 1900 <= n <= 2099 for n in set(a.numbers) & set(b.numbers))
    if lcs >= MIN_ORDERED and lcs >= ORDERED_COVERAGE * longest and telling:
        return lcs / longest, f"{lcs} numbers in the same order"
    ca: dict[int | str, int] = defaultdict(int)
    cb: dict[int | str, int] = defaultdict(int)
    for n in a.numbers:
        ca[n] += 1
    for n in b.numbers:
        cb[n] += 1
    inter = sum(min(ca[k], cb[k]) for k in ca)
    union = sum(max(ca.get(k, 0), cb.get(k, 0)) for k in set(ca) | set(cb))
    common = set(ca) & set(cb)
    jac = inter / union if union else 0.0
    if len(common) >= MIN_SHARED and jac >= NUMBER_JACCARD and sum(not _date_like(n) for n in common) >= 2:
        return jac, f"{len(common)} shared numbers (Jaccard {jac:.2f})"
    return None


def detect(docs: Mapping[str, Any] | Iterable[Any]) -> Independence:
    """Find copied and translated passages between ``docs`` (a mapping id -> Document, or documents).

    Documents are read one at a time; per passage only its MinHash signature, a sample of its shingles
    and its numbers are kept while candidates are found. Shingle sets are then computed again, in a
    second pass, for the passages of candidate pairs only, so memory does not hold the corpus's shingles."""
    if not isinstance(docs, Mapping):
        docs = {d.id: d for d in docs}
    passages: dict[str, list[Passage]] = {}
    all_p: list[Passage] = []
    sig_rows: list[np.ndarray] = []
    sig_ids: list[int] = []
    sample_keys: list[np.ndarray] = []
    sample_ids: list[np.ndarray] = []
    for k in sorted(docs):
        doc = docs[k]
        ps = passages[doc.id] = _passages(doc)
        big = [p for p in ps if len(p.shingles) >= MIN_SHINGLES]
        if big:
            sig_rows.append(np.array(minhashes([p.shingles for p in big]), dtype=np.uint32))
        for n, p in enumerate(ps, len(all_p)):
            if len(p.shingles) >= MIN_SHINGLES:
                sig_ids.append(n)
                picked = p.shingles[p.shingles % np.uint64(SAMPLE_MOD) == 0]
                sample_keys.append(picked)
                sample_ids.append(np.full(len(picked), n, dtype=np.int64))
            p.shingles = _NONE
        all_p.extend(ps)
    sigs = np.concatenate(sig_rows) if sig_rows else np.zeros((0, PERMUTATIONS), dtype=np.uint32)
    cands = _copy_candidates(all_p, sigs, np.array(sig_ids, dtype=np.int64),
                             np.concatenate(sample_keys) if sample_keys else _NONE,
                             np.concatenate(sample_ids) if sample_ids else np.zeros(0, dtype=np.int64))
    del sigs, sample_keys, sample_ids, sig_rows
    shingles_of = _candidate_shingles(docs, passages, cands)
    links: list[PassageLink] = []
    linked: set[tuple[int, int]] = set()
    joined = _UnionFind()  # a pair already joined through earlier links adds nothing to origins or families
    for i, j in sorted(cands):
        if joined.find(i) == joined.find(j):
            continue
        a, b = all_p[i], all_p[j]
        sa, sb = shingles_of[i], shingles_of[j]
        inter = len(np.intersect1d(sa, sb, assume_unique=True))
        if inter < MIN_SHARED_SHINGLES:
            continue
        jac = inter / (len(sa) + len(sb) - inter)
        cont = inter / min(len(sa), len(sb))
        if jac >= COPY_JACCARD or cont >= COPY_CONTAINMENT:
            why = f"shared word 5-grams: Jaccard {jac:.2f}, containment {cont:.2f}"
            links.append(PassageLink((a.doc, a.index), (b.doc, b.index), "copy", max(jac, cont), why, a.span, b.span))
            linked.add((i, j))
            joined.union(i, j)
    for i, j in sorted(_number_candidates(all_p)):
        a, b = all_p[i], all_p[j]
        if (i, j) in linked or (a.lang and b.lang and a.lang == b.lang) or joined.find(i) == joined.find(j):
            continue  # same language: only a textual copy counts, numbers alone are not enough
        hit = _translation(a, b)
        if hit:
            score, why = hit
            joined.union(i, j)
            links.append(PassageLink((a.doc, a.index), (b.doc, b.index), "translation", score,
                                     f"{a.lang or '?'}->{b.lang or '?'}: {why}", a.span, b.span))
    for p in all_p:  # only detection needs them: the result keeps spans and links
        p.numbers = []
    return Independence(passages=passages, links=links)


def _candidate_shingles(docs: Mapping[str, Any], passages: dict[str, list[Passage]],
                        cands: set[tuple[int, int]]) -> dict[int, np.ndarray]:
    """Shingles (sorted uint64) of the passages in candidate pairs only, computed again in one
    sequential pass over the documents."""
    needed = {i for pair in cands for i in pair}
    out: dict[int, np.ndarray] = {}
    n = 0
    for doc_id, ps in passages.items():  # the order of the first pass: sequential reads
        if any(n + k in needed for k in range(len(ps))):
            text = docs[doc_id].text
            for k, p in enumerate(ps):
                if n + k in needed:
                    sh = np.fromiter(shingles(text[p.span[0]:p.span[1]]), dtype=np.uint64)
                    sh.sort()
                    out[n + k] = sh
        n += len(ps)
    return out
