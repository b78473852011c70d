"""Markdown reader: plain text that keeps link text (targets become `Link`s) and headings (`Section`s).

A small linear-time converter of our own: block structure line by line (headings, fences, quotes,
lists, tables, reference definitions), then inline markup per line with delimiter stacks (emphasis),
memoized bracket search (links) and no backtracking regexes. Line breaks of the source are kept, so
a chronology written one event a line stays one event a line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..document import Document, Link, Section
from ..encoding import decode, find_artefacts
from ..errors import InputError
from . import RawInput
from .text import close_sections, headline, new_document

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_QUOTE = re.compile(r"^(?: {0,3}>[ \t]?)+")
_REFDEF = re.compile(r"^ {0,3}\[([^\]\n]{1,300})\]:[ \t]*<?([^\s>]{1,2000})>?")
_SPECIAL = re.compile(r"[\\`!\[<&*_~]")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]{1,2000}|mailto:[^<>\s]{1,300})>", re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,1000})?/?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»—–“”„‘’…")


@dataclass(slots=True)
class Converted:
    text: str
    links: list[Link] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


def read(raw: RawInput) -> Iterator[Document]:
    decoded = decode(raw.data, raw.path, located=False)  # defects are looked for in the converted text
    conv = convert(decoded.text)
    if not conv.text.strip():
        raise InputError(raw.path, "E109", "no text in the Markdown")
    artefacts = [a for a in decoded.artefacts if a.span is None] + find_artefacts(conv.text)
    doc = new_document(raw, conv.text, "markdown", encoding=decoded.encoding, artefacts=artefacts)
    doc.links, doc.sections = conv.links, conv.sections
    first = conv.sections[0] if conv.sections else None
    if first is not None and first.level == 1 and first.span[0] == 0:
        doc.title = first.title
    else:
        doc.title = headline(conv.text)
        if doc.title:
            doc.sections.insert(0, Section(doc.title, 1, (0, len(doc.title)), (0, len(conv.text))))
            close_sections(doc.sections, len(conv.text))
    yield doc


def convert(src: str) -> Converted:
    """Markdown source to plain text with link and heading spans into that text."""
    out = _Out()
    lines = _strip_blocks(src).split("\n")
    defs: dict[str, str] = {}
    skip: set[int] = set()
    for i, line in enumerate(lines):
        m = _REFDEF.match(line) if "]:" in line else None
        if m:
            defs.setdefault(m.group(1).strip().lower(), m.group(2))
            skip.add(i)
    fence: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if fence is not None:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
                out.blank()
            else:
                out.line(line.rstrip(), [])
            continue
        if i - 1 in skip:
            continue
        m = _FENCE.match(line)
        if m:
            fence = m.group(1)
            out.blank()
            continue
        if not line.strip():
            out.blank()
            continue
        m = _ATX.match(line)
        if m:
            body = line[m.end() :].rstrip().rstrip("#").rstrip()
            out.heading(len(m.group(1)), *_inline(body, defs))
            continue
        if i < len(lines) and _SETEXT.match(lines[i]) and not _LIST.match(line) and not _HR.match(line):
            level = 1 if lines[i].strip()[0] == "=" else 2
            i += 1
            out.heading(level, *_inline(line.strip(), defs))
            continue
        if _HR.match(line):
            out.blank()
            continue
        if "|" in line and _TABLE_SEP.match(line):
            continue
        content = _LIST.sub("", _QUOTE.sub("", line), count=1).strip()
        if content.startswith("|") and content.endswith("|") and len(content) > 1:
            content = "\t".join(c.strip() for c in content[1:-1].split("|"))
        if content:
            out.line(*_inline(content, defs))
    return out.result()


class _Out:
    """Accumulates lines and blank-line breaks, keeping offsets of links and headings."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.pending_blank = False
        self.links: list[Link] = []
        self.sections: list[Section] = []

    def blank(self) -> None:
        self.pending_blank = True

    def line(self, text: str, links: list[tuple[int, int, str]]) -> int:
        if self.parts:
            sep = "\n\n" if self.pending_blank else "\n"
            self.parts.append(sep)
            self.pos += len(sep)
        self.pending_blank = False
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        for s, e, target in links:
            self.links.append(Link((start + s, start + e), target))
        return start

    def heading(self, level: int, text: str, links: list[tuple[int, int, str]]) -> None:
        if not text.strip():
            return
        self.blank()
        start = self.line(text, links)
        self.sections.append(Section(text, level, (start, start + len(text)), (start, start)))
        self.blank()

    def result(self) -> Converted:
        text = "".join(self.parts)
        close_sections(self.sections, len(text))
        return Converted(text, self.links, self.sections)


def _strip_blocks(src: str) -> str:
    """Remove HTML comments and script/style elements (linear scan with ``str.find``)."""
    if "<" not in src:
        return src
    for open_, close in (("<!--", "-->"), ("<script", "</script>"), ("<style", "</style>")):
        low = src.lower() if open_ != "<!--" else src
        if open_ not in low:
            continue
        parts, pos = [], 0
        while True:
            s = low.find(open_, pos)
            if s < 0:
                break
            e = low.find(close, s + len(open_))
            if e < 0:
                parts.append(src[pos:s])
                pos = s + len(open_)  # unclosed: drop only the opener, keep the text
                break
            parts.append(src[pos:s])
            pos = e + len(close)
        parts.append(src[pos:])
        src = "".join(parts)
    return src


_END = ("/link",)  # closes the link opened by the last ("link", target) token


@dataclass(slots=True)
class _Delim:
    char: str
    text: str
    can_open: bool
    can_close: bool
    removed: bool = False


def _inline(s: str, defs: dict[str, str]) -> tuple[str, list[tuple[int, int, str]]]:
    """Render one line of inline Markdown: (text, [(start, end, target) of each link's text])."""
    toks: list[object] = []
    _scan(s, defs, toks, links=True)
    stacks: dict[str, list[_Delim]] = {"*": [], "_": [], "~": []}
    for t in toks:
        if isinstance(t, _Delim):
            stack = stacks[t.char]
            if t.can_close and stack:
                stack.pop().removed = True
                t.removed = True
            elif t.can_open:
                stack.append(t)
    parts: list[str] = []
    pos = 0
    links: list[tuple[int, int, str]] = []
    open_link: tuple[int, str] | None = None
    for t in toks:
        if isinstance(t, str):
            parts.append(t)
            pos += len(t)
        elif isinstance(t, _Delim):
            if not t.removed:
                parts.append(t.text)
                pos += len(t.text)
        elif isinstance(t, tuple) and t is not _END:
            open_link = (pos, t[1])
        elif t is _END and open_link is not None:
            start, target = open_link
            text = "".join(parts)
            end = pos
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                links.append((start, end, target))
            open_link = None
    text = "".join(parts)
    stripped = text.rstrip()
    lead = len(text) - len(text.lstrip())
    text = stripped.lstrip()
    links = [(s - lead, e - lead, t) for s, e, t in links if s >= lead and e - lead <= len(text)]
    return text, links


def _scan(s: str, defs: dict[str, str], toks: list[object], *, links: bool) -> None:
    n = len(s)
    found: dict[str, int] = {}  # memoized next occurrence of ``]``/``)``: keeps the scan linear

    def find(ch: str, pos: int) -> int:
        r = found.get(ch)
        if r is None or (r != -1 and r < pos):
            r = s.find(ch, pos)
            found[ch] = r
        return r

    no_closer: set[int] = set()
    i = 0
    while i < n:
        m = _SPECIAL.search(s, i)
        if m is None:
            toks.append(s[i:])
            break
        j = m.start()
        if j > i:
            toks.append(s[i:j])
        c = s[j]
        i = j + 1
        if c == "\\":
            if i < n and s[i] in _PUNCT:
                toks.append(s[i])
                i += 1
            else:
                toks.append("\\")
        elif c == "`":
            k = j
            while k < n and s[k] == "`":
                k += 1
            width = k - j
            end = -1 if width in no_closer else _code_close(s, k, width)
            if end < 0:
                no_closer.add(width)
                toks.append(s[j:k])
                i = k
            else:
                toks.append(s[k:end].strip() or s[k:end])
                i = end + width
        elif c in "![" and links:
            start = j + 1 if c == "!" else j
            if c == "!" and (start >= n or s[start] != "["):
                toks.append("!")
                continue
            i = _link(s, start, defs, toks, find, image=c == "!")
        elif c == "<":
            am = _AUTOLINK.match(s, j)
            if am and links:
                toks.extend([("link", am.group(1)), am.group(1), _END])
                i = am.end()
                continue
            tm = _TAG.match(s, j)
            if tm:
                i = tm.end()
            else:
                toks.append("<")
        elif c == "&":
            em = _ENTITY.match(s, j)
            if em:
                toks.append(html.unescape(em.group()))
                i = em.end()
            else:
                toks.append("&")
        elif c in "*_~":
            k = j
            while k < n and s[k] == c:
                k += 1
            i = k
            run = s[j:k]
            if c == "~" and len(run) != 2:
                toks.append(run)
                continue
            toks.append(_delim(c, run, s[j - 1] if j else " ", s[k] if k < n else " "))
        else:
            toks.append(c)


def _code_close(s: str, pos: int, width: int) -> int:
    """Start of the closing backtick run of exactly ``width`` after ``pos``, or -1."""
    tick = "`" * width
    while True:
        e = s.find(tick, pos)
        if e < 0:
            return -1
        k = e + width
        if k < len(s) and s[k] == "`":
            while k < len(s) and s[k] == "`":
                k += 1
            pos = k
            continue
        return e


def _link(s: str, j: int, defs: dict[str, str], toks: list[object], find, *, image: bool) -> int:
    """Parse ``[text](url)``/``[text][ref]``/``[ref]`` at ``j`` (an image drops its target); next index."""
    close = find("]", j + 1)
    literal = "![" if image else "["
    inner = find("[", j + 1)
    if close < 0 or 0 <= inner < close:
        toks.append(literal)
        return j + 1
    label = s[j + 1 : close]
    if label.startswith("^"):  # footnote reference: dropped
        return close + 1
    target: str | None = None
    nxt = close + 1
    if nxt < len(s) and s[nxt] == "(":
        paren = find(")", nxt + 1)
        if paren >= 0:
            dest = s[nxt + 1 : paren]
            if dest.count("(") > dest.count(")"):
                more = s.find(")", paren + 1)
                if more >= 0:
                    paren, dest = more, s[nxt + 1 : more]
            parts = dest.strip().split(None, 1)
            target = parts[0].strip("<>") if parts else ""
            nxt = paren + 1
    elif nxt < len(s) and s[nxt] == "[":
        end = s.find("]", nxt + 1)
        if end >= 0:
            ref = s[nxt + 1 : end].strip().lower() or label.strip().lower()
            if ref in defs:
                target, nxt = defs[ref], end + 1
    elif label.strip().lower() in defs:
        target = defs[label.strip().lower()]
    if target is None:
        toks.append(literal)
        return j + 1
    if image:
        _scan(label, defs, toks, links=False)
    else:
        toks.append(("link", target))
        _scan(label, defs, toks, links=False)
        toks.append(_END)
    return nxt


def _delim(c: str, run: str, prev: str, nxt: str) -> _Delim:
    prev_ws, next_ws = prev.isspace(), nxt.isspace()
    prev_p, next_p = prev in _PUNCT, nxt in _PUNCT
    left = not next_ws and (not next_p or prev_ws or prev_p)
    right = not prev_ws and (not prev_p or next_ws or next_p)
    if c == "_":
        return _Delim(c, run, left and (not right or prev_p), right and (not left or next_p))
    return _Delim(c, run, left, right)
