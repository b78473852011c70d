"""Citation records from wikitext citation templates, and a small date normalizer for cite dates.

Parameter names (``url``, ``заглавие``, ``назва``...) map to roles through
``rashomon/lang/<code>/wikitext_cite_params.txt``; month names come from ``wikitext_months.txt``. Data
of every language is merged: a Russian wiki page often cites with English parameter names and back.
"""

from __future__ import annotations

import functools
import re

from .. import langdata
from ..document import Citation


@functools.cache
def merged_map(name: str) -> dict[str, str]:
    """``name`` map of the shared folder and every language folder, lower-cased keys."""
    out: dict[str, str] = {}
    for lang in [None, *langdata.languages()]:
        for k, v in langdata.load_map(lang, name).items():
            out.setdefault(k.lower(), v)
    return out


@functools.cache
def merged_list(name: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for lang in [None, *langdata.languages()]:
        for x in langdata.load_list(lang, name):
            seen.setdefault(x.lower(), None)
    return tuple(seen)


# -- dates ------------------------------------------------------------------------------------
_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d])")
_NUM_RE = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)")
_DMY_RE = re.compile(r"(?<!\d)(\d{1,2})\.?\s+([^\W\d_]{3,12})\.?,?\s+(\d{4})(?!\d)")
_MDY_RE = re.compile(r"([^\W\d_]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
_MY_RE = re.compile(r"([^\W\d_]{3,12})\.?,?\s+(\d{4})(?!\d)")
_Y_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def _month(word: str) -> int | None:
    v = merged_map("wikitext_months").get(word.lower().rstrip("."))
    return int(v) if v and v.isdigit() else None


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= 31:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def normalize_date(s: str | None) -> str | None:
    """A citation date as ISO 8601 (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), or None.

    >>> normalize_date("16 December 2011"), normalize_date("July 21, 2013"), normalize_date("16 декабря 2011")
    ('2011-12-16', '2013-07-21', '2011-12-16')
    """
    if not s:
        return None
    s = s.strip()[:100]
    if m := _ISO_RE.search(s):
        return _iso(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)
    if m := _NUM_RE.search(s):
        a, b = int(m[1]), int(m[2])
        d, mo = (b, a) if b > 12 >= a and "/" in m[0] else (a, b)  # 12/16/2011 is US order
        return _iso(int(m[3]), mo, d)
    if (m := _DMY_RE.search(s)) and (mo := _month(m[2])):
        return _iso(int(m[3]), mo, int(m[1]))
    if (m := _MDY_RE.search(s)) and (mo := _month(m[1])):
        return _iso(int(m[3]), mo, int(m[2]))
    if (m := _MY_RE.search(s)) and (mo := _month(m[1])):
        return _iso(int(m[2]), mo)
    if m := _Y_RE.search(s):
        return _iso(int(m[1]))
    return None


# -- citations --------------------------------------------------------------------------------
def build_citation(kind: str, fields: dict[str, str], plain: dict[str, str], name: str | None) -> Citation:
    """A `Citation` from a template's parameters: ``fields`` as written, ``plain`` rendered to text."""
    roles: dict[str, str] = {}
    params = merged_map("wikitext_cite_params")
    for key, value in plain.items():
        role = params.get(key.strip().lower())
        if role and value and role not in roles:
            roles[role] = value
    author = roles.get("author")
    if not author and (roles.get("last") or roles.get("first")):
        author = " ".join(x for x in (roles.get("first"), roles.get("last")) if x)
    date_raw = roles.get("date") or roles.get("year")
    return Citation(
        anchor=None,
        url=roles.get("url"),
        title=roles.get("title") or roles.get("title_alt"),
        publisher=roles.get("publisher") or roles.get("work") or roles.get("agency"),
        author=author,
        date=normalize_date(date_raw),
        access_date=normalize_date(roles.get("access_date")),
        name=name,
        kind=kind,
        fields=fields,
    )


def citation_line(c: Citation, date_text: str | None = None) -> str:
    """The references-list line of a citation: ``Title. Publisher, date.`` (what the cite gives)."""
    if c.kind == "bare" and c.fields.get("text"):
        return c.fields["text"]
    out = ""
    if c.title:
        out = c.title.strip()
        if out and out[-1] not in ".!?…":
            out += "."
    tail = ", ".join(x for x in (c.publisher, date_text or c.date) if x)
    if tail:
        out = f"{out} {tail}." if out else f"{tail}."
    if not out and c.url:
        out = c.url
    if not out:
        out = c.fields.get("text", "")
    return out
