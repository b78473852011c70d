"""A credit line ("Source: Eastvale Herald" on a line of its own) credits the unsourced figures of
the paragraph right before it and of the one right after it.

News pages often put the outlet they rewrite on a line of its own between the lead and the body:

    At least 12 people died when a bridge collapsed in Eastvale.

    Source: Eastvale Herald

    Details: ...

The lead's figures (and the next paragraph's, when the line follows the headline) are the outlet's
word, not the page's own. A paragraph that is a title (no closing stop: the headline) keeps its own
voice; a figure that already has a source, a citation or is typed other than the page's own voice
keeps it. A line whose credit holds a figure ("Source: 18 dead in ... – Daily") is a linked
headline, a line of a web address is a link: neither credits. The labels are data
(``rashomon/lang/<lang>/source_credit_lines.txt``, the four languages at once).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import langdata
from ..model import Source

_LANGS = ("ru", "uk", "en", "kk")
_LABELS: list[re.Pattern] = []
_STOPS = ".!?…»\"”)"


def _line_re() -> re.Pattern:
    if not _LABELS:
        words = sorted({w.strip().lower() for lang in _LANGS for w in langdata.load_list(lang, "source_credit_lines") if w.strip()},
                       key=len, reverse=True)
        alt = "|".join(re.escape(w) for w in words)
        _LABELS.append(re.compile(rf"^[ \t>*_]*(?:{alt})[ \t*_]*:[ \t]*(?P<name>[^\n]*?)[ \t]*$", re.IGNORECASE | re.MULTILINE))
    return _LABELS[0]


def _credit(name: str) -> str | None:
    name = name.strip(" \t*_©").strip()
    if not name or len(name) > 120 or any(ch.isdigit() for ch in name) or "http" in name.lower() or "www." in name.lower():
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return name


def _neighbour_lines(text: str, a: int, b: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The non-empty line before ``a`` and after ``b`` (character spans), None at the page's edge."""
    before = None
    k = a - 1
    while k >= 0 and text[k] in "\n \t\r":
        k -= 1
    if k >= 0:
        s = text.rfind("\n", 0, k + 1) + 1
        before = (s, k + 1)
    after = None
    k = b
    while k < len(text) and text[k] in "\n \t\r":
        k += 1
    if k < len(text):
        e = text.find("\n", k)
        after = (k, len(text) if e < 0 else e)
    return before, after


_TWEET = re.compile(r"^[ \t]*[—–-][ \t]*(?P<name>[^\n(]{1,80}?)[ \t]*\(@\w{1,30}\)[ \t]+[^\n]{0,40}?\d{4}[ \t]*$", re.MULTILINE)
_NAME_CHARS = re.compile(r"[^\w\s.&'’-]+")


def tweet_credits(text: str, claims, type_of: Callable[[str], str]) -> None:
    """An embedded post ("... 12 dead pic.twitter.com/x" over "— Eastvale Herald (@eastherald) May 3,
    2024") is its author's word: the unsourced figures of the nearest line above the credit go to the
    name before the handle, typed by the name (a person of no known kind: ``social_media``)."""
    if not claims:
        return
    for m in _TWEET.finditer(text):
        name = " ".join(_NAME_CHARS.sub(" ", m.group("name")).split())
        if not name or not any(ch.isalpha() for ch in name):
            continue
        before, _after = _neighbour_lines(text, m.start(), m.end())
        if before is None or _TWEET.match(text, before[0]):
            continue
        start = m.start("name")
        typ = type_of(name)
        typ = "social_media" if typ in ("", "unknown") else typ
        for c in claims:
            if c.source is not None or c.citation is not None or (c.source_type or "author") != "author":
                continue
            if before[0] <= c.span[0] and c.span[1] <= before[1]:
                c.source, c.source_type = Source(name, typ, (start, start + len(m.group("name")))), None


def credit_lines(text: str, claims, type_of: Callable[[str], str]) -> None:
    """Give the unsourced claims of the prose paragraphs next to a credit line its credit."""
    if not claims:
        return
    for m in _line_re().finditer(text):
        name = _credit(m.group("name"))
        if name is None:
            continue
        before, after = _neighbour_lines(text, m.start(), m.end())
        spans = []
        for line in (before, after):
            if line is None:
                continue
            body = text[line[0] : line[1]].rstrip()
            if not body or body[-1] not in _STOPS or _line_re().match(text, line[0]):
                continue  # a headline (no stop) or another credit line
            spans.append(line)
        if not spans:
            continue
        start = m.start() + m.group(0).find(name) if name in m.group(0) else m.start("name")
        typ = type_of(name)
        for c in claims:
            if c.source is not None or c.citation is not None or (c.source_type or "author") != "author":
                continue
            if any(lo <= c.span[0] and c.span[1] <= hi for lo, hi in spans):
                c.source, c.source_type = Source(name, typ, (start, start + len(name))), None
