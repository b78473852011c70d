"""The incident's day for a later toll a page dates only by its report day, from the other pages of the run.

A page published days after a disaster ("The toll rose to 40", stamped three days on) states no day of
the disaster itself: its tolls are dated by the report day alone (``when_how`` "document" or "report").
Every annotator dates such a toll by the incident. When other pages of the run that speak of the same
place state the day their tolls of the same kind started (a sentence's day, or the start of a page's
event period), the earliest well-supported of those days, at most a week before the report day, opens
the toll's interval: ``2031-05-03`` becomes ``2031-05-01/2031-05-03`` (``when_how`` "corpus").

Guards: only running tolls (killed, injured, missing); only claims the page dates by its report day
alone (a day the page states itself is kept); only days of pages naming the claim's place; never a day
after the report day.
"""

from __future__ import annotations

import datetime as dt
import re

_TOLLS = frozenset({"killed", "injured", "missing"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STATED = frozenset({"sentence", "paragraph", "section"})
_BY_REPORT = frozenset({"document", "report"})
_WINDOW = 7  # days before the report day


def _day(s: str | None) -> dt.date | None:
    if not s or not _DAY.match(s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def _start_stated(c) -> dt.date | None:
    """The first day of a toll's date when the page itself states it (not its report day alone)."""
    if c.measure not in _TOLLS or not c.when or "T" in c.when:
        return None
    first, sep, _last = c.when.partition("/")
    if c.when_how in _STATED or (sep and c.when_how in _BY_REPORT | {"corpus"}):
        return _day(first)
    return None


def _report_day(c, page_day: str | None) -> dt.date | None:
    """The report day of a toll the page dates by it alone: ``D`` or ``../D``, or a sentence's day that
    is the report's own ("On Tuesday the toll rose to 40", the page of that Tuesday)."""
    if c.measure not in _TOLLS or not c.when:
        return None
    first, sep, last = c.when.partition("/")
    if c.when_how in _STATED:
        said = c.report_date or page_day
        day = last if first == ".." else first if not sep else None
        return _day(day) if day and said and day == said[:10] else None
    if c.when_how not in _BY_REPORT:
        return None
    if not sep:
        return _day(first)
    return _day(last) if first == ".." else None


#: a trailing generic word of a place's name: "Ozerk region" and "Ozerk" are one place
_GENERIC = frozenset({"region", "province", "district", "county", "oblast", "state", "governorate", "prefecture"})


def _key(place: str) -> str:
    words = place.casefold().split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _GENERIC else " ".join(words)


class IncidentDays:
    """Fed each analysis (`add`), then re-dates the report-dated tolls of each (`fill`)."""

    def __init__(self) -> None:
        self.days: dict[str, set[dt.date]] = {}  # document -> the days it states its tolls started
        #: place -> day -> the documents placing figures there that state that day (indexed once, at `add`:
        #: `fill` then reads a page's candidate days without walking every other page of its places)
        self.place_days: dict[str, dict[dt.date, set[str]]] = {}

    def add(self, a) -> None:
        days = {d for c in a.claims if (d := _start_stated(c)) is not None}
        if not days:
            return
        self.days[a.doc.id] = days
        for key in {_key(c.place) for c in a.claims if c.place}:
            by_day = self.place_days.setdefault(key, {})
            for d in days:
                by_day.setdefault(d, set()).add(a.doc.id)

    def fill(self, a) -> None:
        doc = a.doc.id
        own = self.days.get(doc, set())
        page_day = None
        if any(c.when_how in _STATED for c in a.claims):
            from .time.when import report_date

            page_day = report_date(a.doc, a.timexes)
        reports = [(c, r) for c in a.claims if (r := _report_day(c, page_day)) is not None]
        if not reports:
            return
        keys = {_key(c.place) for c in a.claims if c.place}
        earliest = min(r for _, r in reports) - dt.timedelta(days=_WINDOW)
        latest = max(r for _, r in reports)
        support: dict[dt.date, set[str]] = {}  # day -> the other pages of the page's places stating it
        for key in keys:
            for d, docs in self.place_days.get(key, {}).items():
                if earliest <= d < latest:
                    support.setdefault(d, set()).update(docs)
        counts = {d: n for d, docs in support.items() if (n := len(docs - {doc}))}
        for c, report in reports:
            mine = [d for d in own if d < report and (report - d).days <= _WINDOW]
            if mine:  # the page states an earlier day of its own tolls: the earliest
                c.when = f"{min(mine).isoformat()}/{report.isoformat()}"
                continue
            near = {d: n for d, n in counts.items() if d < report and (report - d).days <= _WINDOW}
            if not near:
                continue
            top = max(near.values())
            start = min(d for d, n in near.items() if 2 * n >= top)
            c.when, c.when_how = f"{start.isoformat()}/{report.isoformat()}", "corpus"
