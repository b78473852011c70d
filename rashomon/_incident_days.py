"""The incident's day for a later toll a page dates only by its report day, from the other pages of the run.

A page published days after a disaster ("The toll rose to 40", stamped three days on) states no day of
the disaster itself: its tolls are dated by the report day alone (``when_how`` "document" or "report").
Every annotator dates such a toll by the incident. When other pages of the run that speak of the same
place state the day their tolls of the same kind started (a sentence's day, or the start of a page's
event period), the earliest well-supported of those days, at most a week before the report day, opens
the toll's interval: ``2031-05-03`` becomes ``2031-05-01/2031-05-03`` (``when_how`` "corpus").

Pages are related by the places of their figures, keyed phonetically ("Озерк" and "Ozerk" meet, a kind
word dropped: «Озерк облысы» is "Ozerk"); a page whose figures' places no other page shares (one prints
the village, another the highway or the country) by the places both pages are about (`_page_places`:
named twice or more, or a figure's place). A day a page states without its year takes the year the
run's other pages give it (`timeline.YearVotes`).

Guards: only running tolls (killed, injured, missing); only claims the page dates by its report day
alone (a day the page states itself is kept); only days of related pages; never a day after the report
day, nor more than a week before it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .translit import key

_TOLLS = frozenset({"killed", "injured", "missing"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEARLESS = re.compile(r"^--\d{2}-\d{2}$")
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


def _start_stated(c) -> dt.date | str | None:
    """The first day of a toll's date when the page itself states it (not its report day alone); a
    year-less day (``"--05-01"``, before the corpus gives its year) as its ``"05-01"``."""
    if c.measure not in _TOLLS or not c.when or "T" in c.when:
        return None
    first, sep, _last = c.when.partition("/")
    if c.when_how in _STATED or (sep and c.when_how in _BY_REPORT | {"corpus"}):
        if _YEARLESS.match(first):
            return first[2:]
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


@functools.cache
def _kinds() -> frozenset[str]:
    """Kind words written after a place's name ("Ozerk region", «Озерк облысында»): every language's
    one-word ``entity_kind_after`` and the generic words above."""
    from .langdata import languages, load_list

    words = {w.casefold() for lang in languages() for w in load_list(lang, "entity_kind_after") if " " not in w}
    return frozenset(words | _GENERIC)


@functools.lru_cache(maxsize=8192)  # bounded: the keys are the input's place names
def _key(place: str) -> str:
    """A place's key: its phonetic key (one for "Озерк" and "Ozerk"), without a trailing kind word
    (in Kazakh with its case ending: «Озерк облысында» is "Ozerk")."""
    from ._entity_kind_forms import _is_kind

    words = place.casefold().split()
    if len(words) > 1 and _is_kind(words[-1], _kinds(), "kk"):
        words = words[:-1]
    name = " ".join(words)
    return key(name) or name


def _page_places(a) -> set[str]:
    """The places a page is about: those of its figures, and those its text names twice or more (a
    headline's country, a dateline's town told again). A place the gazetteer knows is keyed by its
    English name, so "Австрия", "Австрії" and "Austria" are one."""
    from .gazetteer import default_gazetteer

    gaz = default_gazetteer()
    counts: dict[str, int] = {}
    for m in a.mentions:
        if m.type != "place":
            continue
        p = gaz.place(m.gazetteer_id) if m.gazetteer_id else None
        k = _key(p.name if p else (m.lemma or m.text))
        if k:
            counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n >= 2} | {_key(c.place) for c in a.claims if c.place}


class IncidentDays:
    """Fed each analysis (`add`), then re-dates the report-dated tolls of each (`fill`).

    Pages are related by the places of their figures; a page whose figures' places no other page
    shares (one names the town, the other the country or the highway) is related by the places both
    pages are about (`_page_places`). Keys are phonetic, so a place spelled in another script or
    transliterated another way still relates two pages."""

    def __init__(self, years=None) -> None:
        self.years = years  # `timeline.YearVotes`: the year of a day a page states without one
        #: document -> (the days it states its tolls started, its figures' places, the places it is about)
        self.pages: dict[str, tuple[set[dt.date | str], set[str], set[str]]] = {}
        #: place -> day -> documents stating that day, by figures' places and by the places a page is
        #: about (indexed once, at the first `fill`, when every page is in and the corpus dates year-less days)
        self.place_days: dict[str, dict[dt.date, set[str]]] | None = None
        self.about_days: dict[str, dict[dt.date, set[str]]] = {}

    def add(self, a) -> None:
        days = {d for c in a.claims if (d := _start_stated(c)) is not None}
        if not days:
            return
        self.pages[a.doc.id] = (days, {_key(c.place) for c in a.claims if c.place}, _page_places(a))

    def _dated(self, doc: str, d: dt.date | str) -> dt.date | None:
        if isinstance(d, dt.date):
            return d
        votes = self.years.around(d, doc) if self.years is not None else None
        if not votes:
            return None
        return _day(f"{votes.most_common(1)[0][0]:04d}-{d}")

    def _index(self) -> None:
        self.place_days = {}
        for doc, (days, places, about) in self.pages.items():
            dated = {x for d in days if (x := self._dated(doc, d)) is not None}
            for index, keys in ((self.place_days, places), (self.about_days, about)):
                for k in keys:
                    by_day = index.setdefault(k, {})
                    for d in dated:
                        by_day.setdefault(d, set()).add(doc)
        self.pages = {}

    @staticmethod
    def _support(index, keys, doc: str, earliest: dt.date, latest: dt.date) -> dict[dt.date, int]:
        support: dict[dt.date, set[str]] = {}  # day -> the other pages of the places stating it
        for k in keys:
            for d, docs in index.get(k, {}).items():
                if earliest <= d < latest:
                    support.setdefault(d, set()).update(docs)
        return {d: n for d, docs in support.items() if (n := len(docs - {doc}))}

    def fill(self, a) -> None:
        if self.place_days is None:
            self._index()
        assert self.place_days is not None
        doc = a.doc.id
        own = {d for c in a.claims if isinstance(d := _start_stated(c), dt.date)}
        page_day = None
        if any(c.when_how in _STATED for c in a.claims):
            from .time.when import report_date

            page_day = report_date(a.doc, a.timexes)
        reports = [(c, r) for c in a.claims if (r := _report_day(c, page_day)) is not None]
        if not reports:
            return
        earliest = min(r for _, r in reports) - dt.timedelta(days=_WINDOW)
        latest = max(r for _, r in reports)
        counts = self._support(self.place_days, {_key(c.place) for c in a.claims if c.place}, doc, earliest, latest)
        about = None
        for c, report in reports:
            mine = [d for d in own if d < report and (report - d).days <= _WINDOW]
            if mine:  # the page states an earlier day of its own tolls: the earliest
                c.when = f"{min(mine).isoformat()}/{report.isoformat()}"
                continue
            near = {d: n for d, n in counts.items() if d < report and (report - d).days <= _WINDOW}
            if not near:  # no other page shares its figures' places: the pages about its places
                if about is None:
                    about = self._support(self.about_days, _page_places(a), doc, earliest, latest)
                near = {d: n for d, n in about.items() if d < report and (report - d).days <= _WINDOW}
            if not near:
                continue
            top = max(near.values())
            start = min(d for d, n in near.items() if 2 * n >= top)
            c.when, c.when_how = f"{start.isoformat()}/{report.isoformat()}", "corpus"
