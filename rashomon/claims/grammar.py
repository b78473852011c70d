"""Small combinators over tokens: a linear tokenizer and a phrase matcher built from data patterns.

A pattern is lower-case words separated by spaces, tokenized like the text; a word ending in ``*``
is a stem (prefix), so ``ранен*`` covers ``раненых``, ``ранены``... ``PhraseMatcher.at(toks, i)``
returns every pattern that starts at token ``i`` as ``(end, payload)``, longest first. Lookup is a
dict access on the token (exact words) plus one on its first two letters (stems): constant work per
token, so matching a sentence costs time linear in its length.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from typing import Any

# numbers with grouping/decimal separators, words (with inner apostrophes), or one other character.
# Each alternative is a plain run: no nested quantifiers that could backtrack.
TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*|\S")
_SKIP = {"*", "_"}
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
    """``[Token(m.group(), m.start() + offset, m.end() + offset) ...]``, with each distinct word's
    ``low`` and ``kind`` computed once."""
    out = []
    info = _WORD_INFO
    if len(info) > 200_000:
        info.clear()
    new = Token.__new__
    for m in TOKEN_RE.finditer(text, start, end):
        w = m.group()
        if w in _SKIP:  # markup emphasis ("*трьох*", "_x_") is transparent
            continue
        got = info.get(w)
        if got is None:
            c = w[0]
            got = info[w] = (w.lower().translate(_APOS), "n" if "0" <= c <= "9" else ("w" if c.isalpha() else "p"))
        t = new(Token)
        t.text = w
        t.low, t.kind = got
        a, b = m.span()
        t.start = a + offset
        t.end = b + offset
        out.append(t)
    return out


_local = threading.local()  # per thread: the text last tokenized and its tokens by (offset, start, end)


def tokenize(text: str, offset: int = 0, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets shifted by ``offset`` (document coordinates).
    The same sentence is tokenized by several stages: the tokens of the last long text are
    remembered (tokens are never modified; every call gets a list of its own)."""
    end = len(text) if end is None else end
    if len(text) < 512:  # a line or a name: not worth remembering, and must not evict the document
        return _tokens(text, offset, start, end)
    if getattr(_local, "text", None) is not text:
        _local.text, _local.memo = text, {}
    memo = _local.memo
    key = (offset, start, end)
    got = memo.get(key)
    if got is None:
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


def _neg_end(match: tuple[int, Any]) -> int:
    return -match[0]


class PhraseMatcher:
    """Patterns (exact words and stems) -> payloads, matched at a token position."""

    def __init__(self, entries: Iterable[tuple[str, Any]] = ()) -> None:
        self.exact: dict[str, list[tuple[list[tuple[str, bool]], Any]]] = {}
        self.prefix: dict[str, list[tuple[list[tuple[str, bool]], Any]]] = {}
        self.size = 0
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

    def at(self, toks: Sequence[Token], i: int) -> list[tuple[int, Any]]:
        """Every match starting at ``toks[i]``: ``(end_index, payload)``, longest first."""
        n = len(toks)
        if i >= n:
            return []
        low = toks[i].low
        cands = self.exact.get(low)
        pre = self.prefix.get(low[:2])
        if pre:
            cands = cands + pre if cands else pre
        elif not cands:
            return []
        out = []
        for words, payload in cands:
            j = i
            for w, star in words:
                if j >= n:
                    break
                t = toks[j].low
                if not (t.startswith(w) if star else t == w):
                    break
                j += 1
            else:
                out.append((j, payload))
        if len(out) > 1:
            out.sort(key=_neg_end)
        return out

    def first(self, toks: Sequence[Token], i: int) -> tuple[int, Any] | None:
        if i >= len(toks):
            return None
        low = toks[i].low
        if low not in self.exact and low[:2] not in self.prefix:
            return None
        m = self.at(toks, i)
        return m[0] if m else None

    def ending_at(self, toks: Sequence[Token], end: int, max_len: int = 4) -> list[tuple[int, Any]]:
        """Matches that end exactly at ``end`` (exclusive): ``(start_index, payload)``."""
        out = []
        for i in range(max(0, end - max_len), end):
            for j, payload in self.at(toks, i):
                if j == end:
                    out.append((i, payload))
        return out

    def find(self, toks: Sequence[Token], lo: int = 0, hi: int | None = None) -> list[tuple[int, int, Any]]:
        """Leftmost-longest, non-overlapping matches in ``toks[lo:hi]``: ``(start, end, payload)``."""
        hi = len(toks) if hi is None else hi
        out, i = [], lo
        exact, prefix = self.exact, self.prefix
        while i < hi:
            low = toks[i].low
            if low not in exact and low[:2] not in prefix:
                i += 1
                continue
            ms = self.at(toks, i)
            m = ms[0] if ms else None
            if m and m[0] <= hi:
                out.append((i, m[0], m[1]))
                i = m[0]
            else:
                i += 1
        return out
