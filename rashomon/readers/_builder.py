"""An append-only text builder that normalizes whitespace as it goes and hands out exact offsets.

Markup converters (wikitext, feed HTML) never search-and-replace a finished string: they append pieces
and take positions (`start`, `pos`) while appending, so every span indexes the final text exactly.

Whitespace is deferred: runs of spaces collapse to one space, one source newline stays a newline, two
or more become one blank line, and nothing leads the text. In *single-line* mode (an infobox field, a
table row, a reference line) newlines become spaces and explicit breaks become ``"; "``.
"""

from __future__ import annotations

import re

_INNER_WS_RE = re.compile(r"\s{2,}|[^\S ]")  # whitespace that is not a single space


class TextBuilder:
    __slots__ = ("_chunks", "_parts", "_n", "_last", "_trail_nl", "_pend_nl", "_pend_sp", "_pend_sep", "single_line")

    def __init__(self) -> None:
        self._chunks: list[str] = []  # compacted runs of parts
        self._parts: list[str] = []
        self._n = 0
        self._last = ""  # last emitted character
        self._trail_nl = 0  # newlines ending the emitted text
        self._pend_nl = 0
        self._pend_sp = False
        self._pend_sep = False
        self.single_line = 0  # depth: > 0 means single-line mode

    # -- appending -------------------------------------------------------------------------
    def text(self, s: str) -> None:
        """Append text; its whitespace is normalized (see the module docstring)."""
        if not s:
            return
        core = s.strip()
        if not core:
            self._ws(s)
            return
        if core is not s:
            lead = len(s) - len(s.lstrip())
            if lead:
                self._ws(s[:lead])
        if _INNER_WS_RE.search(core):
            core = _INNER_WS_RE.sub(self._inner_ws, core)
        self._word(core)
        if core is not s and s[-1].isspace():
            self._ws(s[len(s.rstrip()) :])

    def _inner_ws(self, m: re.Match[str]) -> str:
        if self.single_line:
            return " "
        k = m.group().count("\n")
        return "\n\n" if k > 1 else "\n" if k else " "

    def newline(self, n: int = 1) -> None:
        """Ask for a line break (``n=2``: a blank line) before the next text."""
        if self.single_line:
            self._pend_sep = True
        elif n > self._pend_nl:
            self._pend_nl = n

    def space(self) -> None:
        self._pend_sp = True

    def start(self) -> int:
        """Flush pending whitespace and return where the next text will begin (a span start)."""
        self._flush()
        return self._n

    def pos(self) -> int:
        """Offset just after the last emitted text (a span end; pending whitespace is not counted)."""
        return self._n

    def since(self, start: int) -> str:
        """The text emitted from ``start`` (a value returned by `start` or `pos`) to now.

        Cost is proportional to the length asked for (small pieces are compacted as they come).
        """
        out: list[str] = []
        need = self._n - start
        for seq in (self._parts, self._chunks):
            i = len(seq) - 1
            while need > 0 and i >= 0:
                p = seq[i]
                if len(p) <= need:
                    out.append(p)
                    need -= len(p)
                else:
                    out.append(p[len(p) - need :])
                    need = 0
                i -= 1
        return "".join(reversed(out))

    def getvalue(self) -> str:
        return "".join(self._chunks) + "".join(self._parts)

    # -- internals ---------------------------------------------------------------------------
    def _ws(self, ws: str) -> None:
        if self.single_line:
            self._pend_sp = True
            return
        k = ws.count("\n")
        if k:
            self._pend_nl = min(2, self._pend_nl + k)
        else:
            self._pend_sp = True

    def _emit(self, s: str) -> None:
        self._parts.append(s)
        if len(self._parts) >= 64:
            self._chunks.append("".join(self._parts))
            self._parts.clear()
        self._n += len(s)
        self._last = s[-1]
        stripped = s.rstrip("\n")
        self._trail_nl = (self._trail_nl + len(s)) if not stripped else len(s) - len(stripped)

    def _flush(self) -> None:
        if self._n == 0:
            self._pend_nl, self._pend_sp, self._pend_sep = 0, False, False
            return
        if self._pend_sep and not self._pend_nl:
            if self._last not in ";:\n":
                self._emit("; ")
            elif self._last != "\n":
                self._emit(" ")
        elif self._pend_nl:
            k = min(2, self._pend_nl) - self._trail_nl
            if k > 0:
                self._emit("\n" * k)
        elif self._pend_sp and self._last not in " \n":
            self._emit(" ")
        self._pend_nl, self._pend_sp, self._pend_sep = 0, False, False

    def _word(self, w: str) -> None:
        self._flush()
        self._emit(w)


def clip_span(span: tuple[int, int] | None, n: int) -> tuple[int, int] | None:
    """``span`` clipped to a text of length ``n`` (the finished text drops trailing whitespace)."""
    if span is None:
        return None
    a, b = min(span[0], n), min(span[1], n)
    return (a, b)


def section_ends(heads: list[tuple[int, int]], n: int) -> list[int]:
    """For headings ``(start, level)`` sorted by start: where each one's body ends (the next heading
    of the same or a higher level, else ``n``). One pass with a stack."""
    ends = [n] * len(heads)
    stack: list[int] = []
    for i, (start, level) in enumerate(heads):
        while stack and heads[stack[-1]][1] >= level:
            ends[stack.pop()] = start
        stack.append(i)
    return ends
