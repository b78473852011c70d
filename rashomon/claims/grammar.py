"""Small combinators over tokens: a linear tokenizer and a phrase matcher built from data patterns.

A pattern is lower-case words separated by spaces, tokenized like the text; a word ending in ``*``
is a stem (prefix), so ``ранен*`` covers ``раненых``, ``ранены``... ``PhraseMatcher.at(toks, i)``
returns every pattern that starts at token ``i`` as ``(end, payload)``, longest first. Lookup is one
dict access on the token's lower-case form, which gives the patterns (exact or stem) whose first
word it matches, built on first sight of the word: constant work per token, so matching a sentence
costs time linear in its length. `MatcherSet` runs several matchers over a sentence in one pass.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from itertools import compress
from operator import attrgetter
from typing import Any

# numbers with grouping/decimal separators, words (with inner apostrophes), or one other character.
# Each alternative is a plain run: no nested quantifiers that could backtrack.
TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*|\S")
# a token and the white space before it
_SPACED = re.compile(r"(\s*)(" + TOKEN_RE.pattern + ")")
_SKIP = {"*", "_"}
_LOW = attrgetter("low")
_APOS = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "ё": "е", "Ё": "е"})


class Token:
    __slots__ = ("text", "low", "start", "end", "kind")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.low = text.lower().translate(_APOS)
        self.start = start
        self.end = end
        c = text[0]
        self.kind = "n" if "0" <= c <= "9" else ("w" if c.isalpha() else "p")

    def __repr__(self) -> str:
        return f"Token({self.text!r}@{self.start})"


_WORD_INFO: dict[str, tuple[str, str]] = {}  # token text -> (low, kind), as Token.__init__ computes them


def _tokens(text: str, offset: int, start: int, end: int) -> list[Token]:
    """``[Token(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN_RE.finditer(...)]``
    (without markup emphasis), with each distinct word's ``low`` and ``kind`` computed once.

    `_SPACED` yields each token with the white space before it, so offsets add up without match
    objects (every character that is not white space belongs to a token)."""
    out = []
    info = _WORD_INFO
    if len(info) > 200_000:
        info.clear()
    new = Token.__new__
    pos = start + offset
    end = start + len(text[start:end].rstrip())  # trailing white space would be rescanned from each position
    get, append = info.get, out.append
    for space, w in _SPACED.findall(text, start, end):
        a = pos + len(space)
        pos = a + len(w)
        got = get(w)
        if got is None:
            if w in _SKIP:  # markup emphasis ("*трьох*", "_x_") is transparent
                continue
            c = w[0]
            got = info[w] = (w.lower().translate(_APOS), "n" if "0" <= c <= "9" else ("w" if c.isalpha() else "p"))
        t = new(Token)
        t.text = w
        t.low, t.kind = got
        t.start = a
        t.end = pos
        append(t)
    return out


_local = threading.local()  # per thread: the text last tokenized and its recent spans' tokens
_RECENT = 8  # spans remembered: a sentence is tokenized again by the next one or two (framing, hedges)


def tokenize(text: str, offset: int = 0, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets shifted by ``offset`` (document coordinates).
    The same sentence is tokenized by several stages: the tokens of the last few spans of the last
    long text are remembered (tokens are never modified; every call gets a list of its own). Only
    a few, so that the tokens of a sentence done with are freed at once."""
    end = len(text) if end is None else end
    if len(text) < 512:  # a line or a name: not worth remembering, and must not evict the document
        return _tokens(text, offset, start, end)
    if getattr(_local, "text", None) is not text:
        _local.text, _local.memo = text, {}
    memo = _local.memo
    key = (offset, start, end)
    got = memo.get(key)
    if got is None:
        if len(memo) >= _RECENT:
            del memo[next(iter(memo))]  # the oldest
        got = memo[key] = _tokens(text, offset, start, end)
    return list(got)


def pattern_words(pattern: str) -> list[tuple[str, bool]]:
    """``"пропал* без вести"`` -> ``[("пропал", True), ("без", False), ("вести", False)]``."""
    words: list[tuple[str, bool]] = []
    for chunk in pattern.split():
        star = chunk.endswith("*") and len(chunk) > 1
        body = chunk[:-1] if star else chunk
        toks = [t.low for t in tokenize(body)]
        for k, t in enumerate(toks):
            words.append((t, star and k == len(toks) - 1))
    return words


def _neg_len(cand: tuple[list[tuple[str, bool]], Any]) -> int:
    return -len(cand[0])


_Cands = tuple[tuple[tuple[tuple[str, bool], ...], Any], ...]  # ((rest of a pattern's words, payload), ...)


class _Index(dict):
    """word -> the candidates of a matcher that may start at it, built on first sight (bounded)."""

    __slots__ = ("build",)
    limit = 10_000  # distinct words remembered before the index starts over (memory: ~0.5 MB)

    def __init__(self, build: Callable[[str], _Cands]) -> None:
        super().__init__()
        self.build = build

    def __missing__(self, low: str) -> _Cands:
        if len(self) >= self.limit:
            self.clear()
        got = self[low] = self.build(low)
        return got


class PhraseMatcher:
    """Patterns (exact words and stems) -> payloads, matched at a token position.

    ``index[word]`` holds the patterns whose first word matches ``word`` (built on first sight of
    the word): one dict access per call, the first word never checked again, and the candidates
    kept longest first so that the first match found is the longest. Hot loops test
    ``index[tok.low]`` before calling a method: most words start no pattern."""

    def __init__(self, entries: Iterable[tuple[str, Any]] = ()) -> None:
        self.exact: dict[str, list[tuple[list[tuple[str, bool]], Any]]] = {}
        self.prefix: dict[str, list[tuple[list[tuple[str, bool]], Any]]] = {}
        self.size = 0
        self._heads: tuple[frozenset[str], frozenset[str]] | None = None  # exact first words, stems' first two letters
        self.index = _Index(self._cands)
        self.on_change: list[Callable[[], None]] = []  # called when a pattern is added (indexes over this matcher)
        for pattern, payload in entries:
            self.add(pattern, payload)

    def add(self, pattern: str, payload: Any) -> None:
        words = pattern_words(pattern)
        if not words:
            return
        first, star = words[0]
        if star:
            self.prefix.setdefault(first[:2], []).append((words, payload))
        else:
            self.exact.setdefault(first, []).append((words, payload))
        self.size += 1
        self._heads = None
        self.index.clear()
        for changed in self.on_change:
            changed()

    def _first_words(self) -> tuple[frozenset[str], frozenset[str]]:
        self._heads = (frozenset(self.exact), frozenset(self.prefix))
        return self._heads

    def _cands(self, low: str) -> _Cands:
        """The patterns whose first word matches ``low``, in the order `at` reports them."""
        exact, stems = self.exact.get(low), self.prefix.get(low[:2])
        if exact is None and stems is None:
            return ()  # (most words)
        cands = list(exact or ()) + [c for c in stems or () if low.startswith(c[0][0][0])]
        cands.sort(key=_neg_len)  # stable: equal lengths keep the order the patterns were added in
        return tuple((tuple(words[1:]), payload) for words, payload in cands)

    def at(self, toks: Sequence[Token], i: int) -> list[tuple[int, Any]]:
        """Every match starting at ``toks[i]``: ``(end_index, payload)``, longest first."""
        if i >= len(toks):
            return []
        cands = self.index[toks[i].low]
        if not cands:
            return []
        return _matches(toks, i, cands)

    def first(self, toks: Sequence[Token], i: int) -> tuple[int, Any] | None:
        """The longest match starting at ``toks[i]``, or None."""
        try:
            cands = self.index[toks[i].low]
        except IndexError:  # i past the end (a negative i counts from the end, as indexing does)
            return None
        if not cands:  # most words start no pattern: one dict access
            return None
        return _first(toks, i, cands)

    def ending_at(self, toks: Sequence[Token], end: int, max_len: int = 4) -> list[tuple[int, Any]]:
        """Matches that end exactly at ``end`` (exclusive): ``(start_index, payload)``."""
        out = []
        index = self.index
        for i in range(max(0, end - max_len), min(end, len(toks))):
            cands = index[toks[i].low]
            if cands:
                for j, payload in _matches(toks, i, cands):
                    if j == end:
                        out.append((i, payload))
        return out

    def starts_in(self, toks: Sequence[Token], lo: int, hi: int) -> bool:
        """Does a match start at any of ``toks[lo:hi]`` (it may end past ``hi``)?"""
        index = self.index
        for i in range(max(0, lo), min(hi, len(toks))):
            cands = index[toks[i].low]
            if cands and _first(toks, i, cands):
                return True
        return False

    def find(self, toks: Sequence[Token], lo: int = 0, hi: int | None = None) -> list[tuple[int, int, Any]]:
        """Leftmost-longest, non-overlapping matches in ``toks[lo:hi]``: ``(start, end, payload)``."""
        n = len(toks)
        hi = n if hi is None else hi
        index = self.index
        if lo == 0 and hi == n > 8:
            # the whole sentence: when none of its words can start a pattern, nothing matches
            words, twos = _words_of(toks)
            heads = self._heads or self._first_words()
            if words.isdisjoint(heads[0]) and twos.isdisjoint(heads[1]):
                return []
        if lo >= 0 and hi - lo > 8 and hi <= n:
            # one C-level pass over the span tells where a pattern may start: most tokens start none
            starting = list(map(index.__getitem__, map(_LOW, toks[lo:hi])))
            out, free = [], lo
            for k in compress(range(len(starting)), starting):
                i = lo + k
                if i < free:
                    continue  # inside the last match
                m = _first(toks, i, starting[k])
                if m and m[0] <= hi:
                    out.append((i, m[0], m[1]))
                    free = m[0]
            return out
        out, i = [], lo
        while i < hi:
            cands = index[toks[i].low]
            if not cands:  # most words start no pattern: one dict access
                i += 1
                continue
            m = _first(toks, i, cands)
            if m and m[0] <= hi:
                out.append((i, m[0], m[1]))
                i = m[0]
            else:
                i += 1
        return out


_SEEN: list[tuple] = []  # the last few token lists searched whole: (tokens, their words, first two letters)


def _words_of(toks: Sequence[Token]) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case words of ``toks`` and their first two letters (what `PhraseMatcher._cands`
    looks a word up by), computed once for a token list and remembered for the next searches of
    it (the several matchers run over one sentence; most find none of their first words in it, so
    the sets answer them without a look-up per token). Token lists and tokens are never modified,
    and the lists are held, so the identities compared (tokens have no ``__eq__``) cannot be reused."""
    global _SEEN
    seen = _SEEN
    for e in seen:
        if e[0] is toks or e[0] == toks:  # the same list, or a copy of it (the same tokens: `tokenize`)
            return e[1], e[2]
    lows = frozenset(map(_LOW, toks))
    e = (toks, lows, frozenset(w[:2] for w in lows))
    _SEEN = [e, *seen[:2]]
    return lows, e[2]


def _first(toks: Sequence[Token], i: int, cands: _Cands) -> tuple[int, Any] | None:
    """The first of ``cands`` (a pattern's rest, its payload) whose rest matches after ``toks[i]``."""
    n = len(toks)
    for rest, payload in cands:
        if not rest:
            return i + 1, payload
        j = i + 1
        for w, star in rest:
            if j >= n:
                break
            t = toks[j].low
            if not (t.startswith(w) if star else t == w):
                break
            j += 1
        else:
            return j, payload
    return None


def _matches(toks: Sequence[Token], i: int, cands: _Cands) -> list[tuple[int, Any]]:
    """Every one of ``cands`` whose rest matches after ``toks[i]``: ``(end, payload)``."""
    n = len(toks)
    out = []
    for rest, payload in cands:
        j = i + 1
        for w, star in rest:
            if j >= n:
                break
            t = toks[j].low
            if not (t.startswith(w) if star else t == w):
                break
            j += 1
        else:
            out.append((j, payload))
    return out


class MatcherSet:
    """Several matchers' `PhraseMatcher.find` over the same tokens in one pass: one dict access per
    token tells which of them may start there."""

    def __init__(self, matchers: dict[str, PhraseMatcher]) -> None:
        self.names = tuple(matchers)
        self.matchers = tuple(matchers.values())
        self.index = _Index(self._starting)
        for m in self.matchers:
            m.on_change.append(self.index.clear)

    def _starting(self, low: str) -> tuple[int, ...]:
        return tuple(k for k, m in enumerate(self.matchers) if m.index[low])

    def find(self, toks: Sequence[Token]) -> dict[str, list[tuple[int, int, Any]]]:
        """``{name: matcher.find(toks)}`` for every matcher of the set."""
        found: list[list[tuple[int, int, Any]]] = [[] for _ in self.matchers]
        free = [0] * len(self.matchers)  # where each matcher's next match may start
        index, matchers = self.index, self.matchers
        starting = list(map(index.__getitem__, map(_LOW, toks)))  # one C-level pass: most tokens start none
        for i in compress(range(len(starting)), starting):
            low = toks[i].low
            for k in starting[i]:
                if i >= free[k]:
                    m = _first(toks, i, matchers[k].index[low])
                    if m:
                        found[k].append((i, m[0], m[1]))
                        free[k] = m[0]
        return dict(zip(self.names, found, strict=True))
