"""Periods: ISO 8601 dates, partial dates and ``START/END`` intervals as day ranges, and back.

``2011`` -> 1 Jan..31 Dec 2011; ``2011-12`` -> 1..31 Dec; ``2011-12-16T12:52+05:00`` -> that day;
``2011-12-16/2011-12-17`` -> both days. Anything unparsable is ``None`` (never an exception).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_ISO = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")

Period = tuple[dt.date, dt.date]


def _bounds(s: str) -> Period | None:
    m = _ISO.match(s or "")
    if not m:
        return None
    y = int(m.group(1))
    try:
        if m.group(3):
            d = dt.date(y, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            mo = int(m.group(2))
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None


def parse(when: str | None) -> Period | None:
    """The day range a `when` value covers, or None."""
    if not when or not isinstance(when, str):
        return None
    a, sep, b = when.partition("/")
    lo = _bounds(a)
    hi = _bounds(b) if sep else lo
    if lo is None and hi is None:
        return None
    lo = lo or hi
    hi = hi or lo
    assert lo is not None and hi is not None
    start, end = lo[0], hi[1]
    return (start, end) if start <= end else (end, start)


def width(p: Period) -> int:
    return (p[1] - p[0]).days + 1


def to_iso(p: Period) -> str:
    """The shortest ISO form of a period: ``2011``, ``2011-12``, ``2011-12-16`` or ``START/END``."""
    a, b = p
    if a == b:
        return a.isoformat()
    if a.day == 1 and a.month == b.month and a.year == b.year and b.day == calendar.monthrange(b.year, b.month)[1]:
        return f"{a.year:04d}-{a.month:02d}"
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return f"{a.year:04d}"
    return f"{a.isoformat()}/{b.isoformat()}"


def day_key(s: str | None) -> str:
    """A sortable date string for a report date (``""`` when absent), e.g. ``2011-12-17``."""
    if not s:
        return ""
    m = _ISO.match(str(s))
    return m.group(0).strip() if m else ""


def describe(p: Period | None, phrases: dict[str, str], months: dict[str, str]) -> str:
    """A period in words, from the language's phrase templates (``on 16–17 December 2011``)."""
    if p is None:
        return phrases.get("unknown_when", "")
    a, b = p
    iso = to_iso(p)

    def day(d: dt.date) -> str:
        return phrases.get("day", "{day} {month} {year}").format(day=d.day, month=months.get(str(d.month), d.month),
                                                               year=d.year)

    if a == b:
        return day(a)
    if "/" not in iso and len(iso) == 7:
        return phrases.get("month", "{month} {year}").format(month=months.get(str(a.month), a.month), year=a.year)
    if "/" not in iso and len(iso) == 4:
        return phrases.get("year", "{year}").format(year=a.year)
    if a.year == b.year and a.month == b.month:
        return phrases.get("days_same_month", "{day}-{day2} {month} {year}").format(
            day=a.day, day2=b.day, month=months.get(str(a.month), a.month), year=a.year)
    strip = phrases.get("day", "{day} {month} {year}").split("{")[0]  # "on " is said once, by "span"
    return phrases.get("span", "{start}-{end}").format(start=day(a)[len(strip):], end=day(b)[len(strip):])
