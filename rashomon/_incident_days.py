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
from collections import defaultdict

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


def _report_day(c) -> dt.date | None:
    """The report day of a toll the page dates by it alone: ``D`` or ``../D``."""
    if c.measure not in _TOLLS or c.when_how not in _BY_REPORT or not c.when:
        return None
    first, sep, last = c.when.partition("/")
    if not sep:
        return _day(first)
    return _day(last) if first == ".." else None


class IncidentDays:
    """Fed each analysis (`add`), then re-dates the report-dated tolls of each (`fill`)."""

    def __init__(self) -> None:
        self.days: dict[str, dict[dt.date, set[str]]] = defaultdict(lambda: defaultdict(set))  # place -> day -> docs

    def add(self, a) -> None:
        for c in a.claims:
            if c.place and (d := _start_stated(c)) is not None:
                self.days[c.place][d].add(a.doc.id)

    def fill(self, a) -> None:
        places = {c.place for c in a.claims if c.place}
        if not places or not self.days:
            return
        doc = a.doc.id
        own = [d for o in a.claims if (d := _start_stated(o)) is not None]
        for c in a.claims:
            if (report := _report_day(c)) is None:
                continue
            if any(d < report for d in own):
                continue  # the page states an earlier day of its own tolls: kept
            support: dict[dt.date, set[str]] = defaultdict(set)
            for p in places:
                for d, docs in self.days.get(p, {}).items():
                    if d < report and (report - d).days <= _WINDOW:
                        support[d] |= docs - {doc}
            support = {d: s for d, s in support.items() if s}
            if not support:
                continue
            top = max(map(len, support.values()))
            start = min(d for d, s in support.items() if 2 * len(s) >= top)
            c.when, c.when_how = f"{start.isoformat()}/{report.isoformat()}", "corpus"
