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

Memory does not hold the corpus's shingles or its candidate pairs: documents are read once; each
passage's shingles, numbers, MinHash bands, sampled shingles and distinct numbers go to temporary
files (the last three sorted into buckets one key range at a time); what stays in memory is arrays of
a few bytes a passage (spans, where its shingles are, how many numbers) and the buckets' members.
Candidate pairs are expanded block by block in the checking order (`rashomon._independence_candidates`), their shared
shingles counted in bounded batches read back from the file, and only the pairs that pass go through
the union-find, in order, so the links are those of checking every pair one by one. The result
(`rashomon._independence_result`) keeps passages and links as arrays too.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import accumulate
from typing import Any

import numpy as np

from ._independence_candidates import (
    DocOf,
    Pairs,
    Rows,
    ShingleStore,
    buckets_of,
    candidates_of,
    shared_counts,
)
from ._independence_result import Independence, Passage, PassageLink, _Links
from ._spill import release_memory

__all__ = ["Independence", "Passage", "PassageLink", "detect", "minhash", "minhashes", "numbers", "shingle_array",
           "shingles", "stable_hash"]

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
    r"(?=\d)(?<![\d])(?:(?P<time>\d{1,2}:\d{2})(?![\d:])"
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


def shingle_array(text: str, k: int = SHINGLE) -> np.ndarray:
    """`shingles` as a sorted array of unique uint64 (the same hashes, computed faster: each k-gram is a
    slice of the joined words, and the digests are converted all at once)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < k:
        return _NONE
    joined = " ".join(words)
    blake = hashlib.blake2b
    data = joined.encode("utf-8")
    # the words' bounds in the UTF-8 bytes: at the spaces (a space byte is only ever a space in UTF-8)
    spaces = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 32).tolist()
    if len(spaces) == len(words) - 1:  # no word folded into a space (never seen; checked all the same)
        starts, ends = [0, *(x + 1 for x in spaces)], [*spaces, len(data)]
        digests = b"".join([blake(data[a:b], digest_size=8).digest()
                            for a, b in zip(starts, ends[k - 1:], strict=False)])  # the last k - 1 starts begin no shingle
    else:
        ends = list(accumulate(len(w) + 1 for w in words))  # end (+1) of each word in ``joined``
        starts = [0, *ends[:-1]]
        digests = b"".join(blake(joined[starts[i]:ends[i + k - 1] - 1].encode("utf-8"), digest_size=8).digest()
                           for i in range(len(words) - k + 1))
    return np.unique(np.frombuffer(digests, dtype=">u8").astype(np.uint64))


def minhash(sh: Iterable[int]) -> tuple[int, ...]:
    """The MinHash signature of a set of shingle hashes (`PERMUTATIONS` universal hash functions)."""
    return minhashes([sh])[0]


def minhashes(sets: Sequence[Iterable[int]], batch: int = 1 << 16) -> list[tuple[int, ...]]:
    """MinHash signatures of many non-empty shingle sets (sets of ints or uint64 arrays) at once,
    vectorized; ``batch`` bounds the shingles hashed together, so memory stays small on any corpus."""
    return [tuple(row) for row in _signatures(sets, batch).tolist()]


def _signatures(sets: Sequence[Iterable[int]], batch: int = 1 << 16) -> np.ndarray:
    """`minhashes` as a ``(len(sets), PERMUTATIONS)`` uint32 array (the values are below 2**31)."""
    out: list[np.ndarray] = []
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
        out.append(mins.T.astype(np.uint32))
    return np.concatenate(out) if out else np.zeros((0, PERMUTATIONS), dtype=np.uint32)


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


def _encode(tokens: list[int | str], strings: dict[str, int]) -> list[int]:
    """`numbers` as ints only: counts stay as they are (>= 0), each distinct string token (a time, a
    date, a code) becomes a negative id, so equality is kept and a run stores 8 bytes a number."""
    return [t if isinstance(t, int) else -strings.setdefault(t, len(strings) + 1) for t in tokens]


def _date_like(n: int | str) -> bool:
    """Days, years, times, dates and codes: shared by unrelated reports of one event, so not telling."""
    return isinstance(n, str) or n <= 31 or 1900 <= n <= 2099  # encoded strings are < 0


class _Forest:
    """Union-find over passage numbers ``0..n-1`` in an array (4 bytes a passage, not a dict entry)."""

    def __init__(self, n: int) -> None:
        self.parent = array("i", range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _spans(doc: Any) -> list[tuple[int, int, str | None]]:
    """A document's passages: its paragraphs, else its blank-line blocks, sorted, with languages."""
    spans: list[tuple[int, int, str | None]] = [(p.span[0], p.span[1], p.lang) for p in getattr(doc, "paragraphs", [])]
    if not spans:
        start = 0
        for m in _BLOCK.finditer(doc.text):
            spans.append((start, m.start(), None))
            start = m.end()
        spans.append((start, len(doc.text), None))
    default = getattr(doc, "lang", None)
    return [(s, e, lang or default) for s, e, lang in sorted(spans, key=lambda x: (x[0], x[1], x[2] or ""))]


def _translation(a: list[int], b: list[int]) -> tuple[float, str] | None:
    """Whether two passages' numbers (encoded by `_encode`) make them a translation pair, and why."""
    lcs = _lcs(a, b)
    longest = max(len(a), len(b))
    telling = any(n >= 0 and not 1900 <= n <= 2099 for n in set(a) & set(b))
    if lcs >= MIN_ORDERED and lcs >= ORDERED_COVERAGE * longest and telling:
        return lcs / longest, f"{lcs} numbers in the same order"
    ca: dict[int, int] = defaultdict(int)
    cb: dict[int, int] = defaultdict(int)
    for n in a:
        ca[n] += 1
    for n in b:
        cb[n] += 1
    inter = sum(min(ca[k], cb[k]) for k in ca)
    union = sum(max(ca.get(k, 0), cb.get(k, 0)) for k in set(ca) | set(cb))
    common = set(ca) & set(cb)
    jac = inter / union if union else 0.0
    if len(common) >= MIN_SHARED and jac >= NUMBER_JACCARD and sum(not _date_like(n) for n in common) >= 2:
        return jac, f"{len(common)} shared numbers (Jaccard {jac:.2f})"
    return None


class _Run:
    """One detection run: per-passage arrays (passage numbers in document order), the shingles on disk,
    and, in temporary files until they are sorted into buckets, the rows that propose candidates: MinHash
    bands and sampled shingles (copies), each passage's distinct numbers (translations)."""

    def __init__(self) -> None:
        self.result = Independence()
        self.n = 0  # passages so far (a passage's document: `doc_of`, from the documents' first passages)
        self.num_n = array("H")  # passage -> how many numbers it has (at most `MAX_NUMBERS`)
        # the numbers wait in a temporary file, read back a passage at a time for the translation checks
        self._nums_file: Any = tempfile.TemporaryFile(prefix="rashomon-numbers-")  # noqa: SIM115
        self._num_lo: np.ndarray | None = None
        self.strings: dict[str, int] = {}
        self.store = ShingleStore()
        self.bands = [Rows("<u4", PERMUTATIONS // BANDS) for _ in range(BANDS)]  # one band of each signature
        self.samples = Rows("<u8")  # sampled shingles, for the containment index
        self.tokens = Rows("<i8")  # each passage's distinct numbers, for the translation candidates

    def add(self, doc: Any) -> None:
        spans = _spans(doc)
        self.result._add(doc.id, spans)
        big, big_ids, picked, picked_ids, tokens, owners = [], array("i"), [], array("i"), array("q"), array("i")
        first = self.n
        self.n += len(spans)
        for n, (s, e, _) in enumerate(spans, first):
            chunk = doc.text[s:e]
            sh = shingle_array(chunk)  # 8 bytes a shingle, not a set entry
            nums = _encode(numbers(chunk), self.strings)
            self._nums_file.write(array("q", nums).tobytes())
            self.num_n.append(len(nums))
            distinct = set(nums)
            tokens.extend(distinct)
            owners.extend([n] * len(distinct))
            if len(sh) >= MIN_SHINGLES:
                big.append(sh)
                big_ids.append(n)
                p = sh[sh % np.uint64(SAMPLE_MOD) == 0]
                picked.append(p)
                picked_ids.extend([n] * len(p))
                self.store.append(sh)
            else:
                self.store.append(_NONE)
        if tokens:
            self.tokens.append(_view(tokens, np.int64), _view(owners, np.int32))
        if big:
            sigs = _signatures(big)
            rows = PERMUTATIONS // BANDS
            ids = _view(big_ids, np.int32)
            for band, f in enumerate(self.bands):
                f.append(sigs[:, band * rows:(band + 1) * rows], ids)
            if picked_ids:
                self.samples.append(np.concatenate(picked), _view(picked_ids, np.int32))

    def doc_of(self) -> DocOf:
        """Passage number -> ordinal of its document (the result's documents: in the order read)."""
        return DocOf(np.array(self.result._lo, dtype=np.int64), self.n)

    def copy_pairs(self) -> Pairs:
        """The copy candidates: passages in one LSH band bucket or sharing a sampled shingle."""
        files, self.bands, self.samples = [*self.bands, self.samples], [], None

        def lists() -> Iterator[tuple[np.ndarray, np.ndarray]]:  # one file's buckets at a time
            while files:
                f = files.pop(0)
                yield buckets_of(f, MAX_POSTING)
                f.close()

        return Pairs(lists(), self.doc_of(), HEAD)

    def close(self) -> None:
        for f in [*self.bands, self.samples, self.tokens]:
            if f is not None:
                f.close()

    def numbers_of(self, p: int) -> list[int]:
        """A passage's numbers (encoded), read back from their file."""
        if self._num_lo is None:
            self._nums_file.flush()
            self._num_lo = np.concatenate(([0], np.cumsum(_view(self.num_n, np.uint16), dtype=np.int64)))
        lo, hi = int(self._num_lo[p]), int(self._num_lo[p + 1])
        return array("q", os.pread(self._nums_file.fileno(), 8 * (hi - lo), 8 * lo)).tolist() if hi > lo else []

    def number_pairs(self) -> list[tuple[int, int]]:
        """Translation candidates: passages sharing the most numbers (see `number_candidates`)."""
        lists = [buckets_of(self.tokens, MAX_NUMBER_POSTING)]
        self.tokens.close()
        self.tokens = None
        return candidates_of(lists, self.doc_of(), min_shared=MIN_SHARED, limit=MAX_NUMBER_PAIRS,
                             head=MAX_NUMBER_POSTING)


def _view(a: array, dtype: type) -> np.ndarray:
    """A numpy view of an `array.array` (a copy when empty, since numpy cannot view zero bytes)."""
    return np.frombuffer(a, dtype=dtype) if len(a) else np.zeros(0, dtype=dtype)


def detect(docs: Mapping[str, Any] | Iterable[Any]) -> Independence:
    """Find copied and translated passages between ``docs`` (a mapping id -> Document, or documents).

    Documents are read once, one at a time: each passage's shingles, numbers and candidate keys (MinHash
    bands, sampled shingles, distinct numbers) go to temporary files; memory keeps a few bytes a
    passage. Candidate pairs are then expanded block by block in the fixed checking order, their shared
    shingles counted in batches read back from the file, and only the pairs that pass are walked in order through the union-find."""
    if not isinstance(docs, Mapping):
        docs = {d.id: d for d in docs}
    run = _Run()
    for k in sorted(docs):
        run.add(docs[k])
    ind = run.result
    ind.links = links = _Links(ind)
    joined = _Forest(run.n)  # a pair already joined through earlier links adds nothing
    sizes = run.store.sizes()
    try:
        for i, j in run.copy_pairs().blocks():
            inter = shared_counts(i, j, run.store)
            la, lb = sizes[i], sizes[j]
            ok = (inter >= MIN_SHARED_SHINGLES) & ((inter / (la + lb - inter) >= COPY_JACCARD)
                                                   | (inter / np.minimum(la, lb) >= COPY_CONTAINMENT))
            for x in np.flatnonzero(ok).tolist():
                a, b = int(i[x]), int(j[x])
                if joined.find(a) != joined.find(b):
                    joined.union(a, b)
                    links.add_copy(a, b, int(inter[x]), int(la[x]), int(lb[x]))
    finally:
        run.store.close()
    try:
        pairs = run.number_pairs()
    finally:
        run.close()
    for a, b in pairs:
        la, lb = ind._langs[ind._lang[a]], ind._langs[ind._lang[b]]
        if (la and lb and la == lb) or joined.find(a) == joined.find(b):
            continue  # same language: only a textual copy counts, numbers alone are not enough
        hit = _translation(run.numbers_of(a), run.numbers_of(b))
        if hit:
            score, why = hit
            joined.union(a, b)
            links.add_translation(a, b, score, f"{la or '?'}->{lb or '?'}: {why}")
    del run, joined, sizes
    release_memory()  # the run's arrays, freed inside the heap: their pages go back to the system
    return ind

