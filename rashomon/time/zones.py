"""UTC offsets of named time zones at a given date, from ``rashomon/lang/timezones.txt``.

Zone names as written ("Moscow time", "по московскому времени", "Астана уақыты") map to a zone id in
``<lang>/time_zones.txt``; the shared table gives the zone's standard offset from a date on, and its
summer-time rule, so "9.20 Moscow time" on 2011-12-16 is ``+04:00`` (Moscow kept summer time all year
from March 2011 to October 2014) and ``+03:00`` in 2015.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..langdata import load_table


@functools.cache
def _table() -> dict[str, list[tuple[dt.date, int, str]]]:
    out: dict[str, list[tuple[dt.date, int, str]]] = {}
    for row in load_table(None, "timezones"):
        if len(row) < 3:
            continue
        zone, start, off = row[0], row[1], row[2]
        rule = row[3] if len(row) > 3 else "none"
        try:
            out.setdefault(zone, []).append((dt.date.fromisoformat(start), parse_offset(off), rule))
        except ValueError:
            continue
    for rows in out.values():
        rows.sort()
    return out


def parse_offset(s: str) -> int:
    """``+05:00`` / ``-0330`` / ``+5`` -> minutes east of UTC (raises ValueError when malformed)."""
    s = s.strip().replace("−", "-")
    sign = -1 if s.startswith("-") else 1
    body = s.lstrip("+-").replace(":", "")
    if not body.isdigit() or len(body) not in (1, 2, 4):
        raise ValueError(s)
    h, m = (int(body), 0) if len(body) <= 2 else (int(body[:2]), int(body[2:]))
    if h > 14 or m > 59:
        raise ValueError(s)
    return sign * (h * 60 + m)


def format_offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}"


def _last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def offset_at(zone: str, date: dt.date | None) -> str | None:
    """The offset of ``zone`` on ``date`` as ``+HH:MM``; None when the zone is unknown or the date is."""
    rows = _table().get(zone)
    if not rows or date is None:
        return None
    current = None
    for start, off, rule in rows:
        if start <= date:
            current = (off, rule)
    if current is None:
        return None
    off, rule = current
    if rule == "eu" and _last_sunday(date.year, 3) <= date < _last_sunday(date.year, 10):
        off += 60
    return format_offset(off)


def known(zone: str) -> bool:
    return zone in _table()


_HEADER_CHARS = 800  # a zone statement sits in a document's first lines
_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*([+−-]\s*\d{1,2}(?::?\d{2})?)(?!\d)")


@functools.cache
def _doc_zone_patterns() -> tuple[re.Pattern, re.Pattern]:
    from ..langdata import languages, load_list
    from .lexicon import alternation, lexicon

    cues = [w.casefold() for lang in languages() for w in load_list(lang, "time_doc_zone")]
    zones = lexicon().zones
    return (re.compile(rf"(?<!\w)(?:{alternation(cues)})(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{alternation(zones)})(?!\w)", re.IGNORECASE))


def document_zone(text: str, first_clock: int | None = None) -> tuple[str | None, str | None]:
    """The zone a document states for all its clock times in a header line before its first clock time
    ("Час — мінський (UTC+3)", "All times are local (UTC+6)", "Время московское"): (offset, zone id)."""
    from .lexicon import lexicon

    end = min(len(text), _HEADER_CHARS, first_clock if first_clock is not None else len(text))
    cue, zone_re = _doc_zone_patterns()
    pos = 0
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop == -1 else stop
        if cue.search(text, pos, stop):
            m = _OFFSET.search(text, pos, stop)
            if m:
                try:
                    return format_offset(parse_offset(m.group(1).replace(" ", ""))), None
                except ValueError:
                    return None, None
            z = zone_re.search(text, pos, stop)
            if z:
                zone = lexicon().zones.get(z.group()) or next(
                    (v for k, v in lexicon().zones.items() if k.casefold() == z.group().casefold()), None)
                if zone and known(zone):
                    return None, zone
        pos = stop + 1
    return None, None
