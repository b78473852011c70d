"""Anchoring: fill the parts an expression leaves out, and say where they came from.

Order (the ``anchor`` field of `TimeExpr`): ``explicit`` (nothing inferred); ``section`` (the date of
the heading the expression sits under, e.g. ``===17 декабря===``); ``nearby`` (the nearest earlier
date of the text, or one in the same sentence for a bare clock time; for the first dates of a text,
the first later explicit year); ``published`` (``doc.published``, else ``doc.updated`` as a last
resort); ``corpus`` (set later by `rashomon.timeline.reanchor`). A year that cannot be inferred stays
out: ``--12-16`` (ISO 8601 without year) until the corpus stage fills it.

Year choice for ``16 декабря`` against an anchor date A: among A's year -1, 0, +1, the candidate
closest to A, where going the "unexpected" way costs double: a date after its anchor in the text
is usually later in time (narrative), a date compared with the publication date usually earlier.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from ..document import Document
from ..langdata import languages, load_list, load_map
from ..model import TimeExpr
from .recap import opens_recap
from .saying import saying_near
from .scheduled import scheduled
from .tagger import Cand, parse_iso_date
from .when import dateline_label, is_caption, month_stamp, post_day
from .zones import document_zone, format_offset, offset_at

_ANY = dt.date(2000, 1, 1)


def _choose_year(m: int, d: int | None, ref: dt.date, forward: bool, weekday: int | None = None,
                 limit: dt.date | None = None, slack: int = 31) -> int | None:
    """``limit``: the report's date; a reported event (not a deadline) is unlikely to come more than
    ``slack`` days after it (a retold one, none: "Напомним, 20 декабря ...")."""
    best, best_cost = None, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            day = dt.date(y, m, d or 15)
        except ValueError:
            continue
        delta = (day - ref).days
        cost = (delta if delta >= 0 else -3 * delta) if forward else (-delta if delta <= 0 else 2 * delta)
        if weekday is not None and d is not None and day.isoweekday() != weekday:
            cost += 10_000
        if limit is not None and (day.replace(day=d or 1) - limit).days > slack:
            cost += 1_000
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def _month_just_stated(ctx: _Context, c: Cand) -> bool:
    """Is the last date stated before ``c`` its own month, with a year and no day ("in December 1986")?"""
    last = ctx._last_before(c.start, False)
    return last is not None and last[2] == 2 and last[1].month == c.m and (
        ctx.dateline is None or last[0] != ctx.dateline[0])


def _on_weekday(y: int, m: int, d: int, weekday: int | None) -> bool:
    """Whether ``y-m-d`` falls on ``weekday`` (ISO; None: any)."""
    day = _valid_date(y, m, d)
    return weekday is None or day is None or day.isoweekday() == weekday


class _Context:
    """What the text has established so far while walking it in order."""

    def __init__(self, cands: list[Cand], doc: Document):
        self.doc = doc
        self.last: tuple[int, dt.date, int] | None = None  # (pos, date, precision: 3 day, 2 month)
        self.history: list[tuple[int, dt.date, int]] = []  # every ``last`` in text order
        self.partial: list[tuple[int, tuple[int, int]]] = []  # year-less days, in text order
        self.partial_wd: dict[int, int] = {}  # start of a year-less day -> the weekday stated with it
        self.seen_md: dict[tuple[int, int], int] = {}  # (month, day) -> year the text already gave it
        self.seen_m: dict[int, int] = {}  # month -> year of the last day the text stated in it
        self.month_years: dict[int, int] = {}  # month -> year the text stated it with, no day ("February 1990")
        self.stamps: set[int] = set()  # starts of the page's own dates ("Posted by X, 14.02.2025")
        self.published = parse_iso_date(doc.published)
        boxes = [x.body for x in doc.sections if x.title.strip().casefold() == "infobox"]
        line = _dateline([c for c in cands if not any(a <= c.start < b for a, b in boxes)] if boxes else cands, doc.text)
        if line is not None and self.published is not None and self.published.timetuple()[1:3] == (1, 1) \
                and line[1].year == self.published.year:
            self.published = line[1]  # a reader's year-only date ("2019" -> 1 January): the dateline's day
        # the dateline's day and clock time ("3 мая 2014, 11:20"): a time after it that day is the day before
        self.dateline: tuple[int, dt.date, tuple[int, int] | None] | None = None
        if line is not None and (self.published is None or self.published == line[1]):
            self.dateline = line
        self.title_day = False  # the report's day is only a title's or a lead sentence's day of the story
        if self.published is None and line is not None:
            self.published = line[1]
            self.title_day = not _dateline_shaped(doc.text, line[0], next((c.end for c in cands if c.start == line[0]), line[0]))
        # a page's last revision ("<updated>" of a feed of wiki edits) stands in for the report's date;
        # in a text stating no year at all it does not give a bare day its year (the corpus does)
        self.revised_only = False
        if self.published is None:
            self.published = parse_iso_date(doc.updated)
            self.revised_only = self.published is not None and not any(c.explicit_year for c in cands)
        # a page stamped with its month only ("date 2031-04 <headline>"): the year of its year-less days
        self.month_stamp = month_stamp(doc.text) if self.published is None else None
        # a reader's year-only date ("© 2022" -> 1 January) gives the year, not a day to count from
        self.year_only = self.published is not None and self.published.timetuple()[1:3] == (1, 1) \
            and (line is None or line[1] != self.published) and len((doc.published or "").strip()) <= 10 \
            and self.published == parse_iso_date(doc.published)
        self.heads = _head_days(cands, doc.text)  # dateline days, with a year or not ("BISHKEK, March 18 -")
        self.section_dates: dict[tuple[int, int], tuple[dt.date, int]] = {}  # heading span -> date, precision
        self._starts: list[int] | None = None
        self.explicit = [(c.start, c.y) for c in cands if c.explicit_year and c.y is not None
                         and not (c.m is None and _background_year(doc.text, c.start, c.end))]
        # the years a text states as when something was, not as a bound ("circulated since 2011")
        self.stated_years = [(c.start, c.y) for c in cands if c.explicit_year and c.y is not None
                             and c.certainty not in ("before", "after")
                             and not (c.m is None and _background_year(doc.text, c.start, c.end))]
        self.explicit_dates = [(c.start, day) for c in cands
                               if c.explicit_year and c.y is not None and c.m is not None
                               and (day := _valid_date(c.y, c.m, c.d or 1)) is not None]
        # the days the page writes out with their year (its stamp, a post's day, the story's; no picture's
        # caption): the latest gives the week a weekday alone names when nothing else anchors it (`page_week`)
        self.page_days = [(c.start, day) for c in cands if c.explicit_year and c.y is not None and c.m is not None
                          and c.d is not None and not _closes_caption(doc.text, c.start, c.end)
                          and (day := _valid_date(c.y, c.m, c.d)) is not None]
        from ..timeline import _photo_caption

        # the days of a news photo's caption closed by its credit ("... on the A4, 3 May 2031. REUTERS/Jane
        # Roe"): the picture was taken in the week the report tells, so it anchors that week as well
        self.photo_days = {p for p, _d in self.page_days if _photo_caption(doc.text, (p, _day_end(cands, p)))}

    def note(self, c: Cand) -> None:
        """Let ``c`` anchor what follows: stated days and months, and anaphoric relative days; not
        weekdays or day parts alone, months of a guessed year, nor bounds ("до 5 января") for days."""
        if c.y is None and c.m is not None and c.d is not None and c.rel is None:
            self.partial.append((c.start, (c.m, c.d)))
            if c.weekday is not None:
                self.partial_wd[c.start] = c.weekday
        if c.y is None or c.m is None or (c.rel is None and c.part is None and not self._stated(c)):
            return
        if c.rel is not None and c.rel[1] != "first":  # "напередодні" does not move the story's date for what
            return  # follows ("Першого дня ... Наступного ранку" does: the story is back at its first day)
        if c.d is None and not c.explicit_year:
            return
        if c.d is not None and (self.dateline is None or c.start != self.dateline[0]) \
                and is_caption(self.doc.text, c.start, c.end) \
                and not any(s.span[0] <= c.start < s.span[1] for s in self.doc.sections):
            return  # "Зона затопления, 17 мая 2023 года": a picture's date does not date the story
        date = c.date or _valid_date(c.y, c.m, c.d or 1)
        if date is None:  # a day the month does not have
            return
        if c.d is not None and self.history and scheduled(self.doc.text, c.start):
            return  # "a rally held before elections scheduled for 8 January": a day to come dates no time told after it
        if c.d is None and c.explicit_year and c.end_c is None and c.certainty not in ("before", "after"):
            self.month_years.setdefault(c.m, c.y)
        if c.d is not None and _stamped(self.doc.text, c.start):
            self.stamps.add(c.start)
        if c.rule == "weekday" and (date == self.published or saying_near(self.doc.text, (c.start, c.end))) \
                and any(h[2] == 3 for h in self.history):
            return  # "said on Tuesday" (the report's day, or a day of saying) does not date the story told before it
        if c.rule == "weekday" and "week" in c.inferred and self.photo_days:
            return  # a weekday guessed from the week of a photo's day (`page_week`) anchors no later weekday
        prec = 3 if c.d is not None and c.certainty not in ("before", "after") else 2
        first = self._sentence_first(c.start) if prec == 3 else None
        if first is not None:  # "On Thursday 18 May police broke up a rally over the breach of 16 May":
            date = first       # the sentence's first day, not a background day after it, dates what follows
        self.last = (c.start, date, prec)
        self.history.append(self.last)
        if c.d is not None and not _stamped(self.doc.text, c.start):  # the nearest earlier mention of a day
            self.seen_md[(c.m, c.d)] = c.y  # decides its year when named again (not the page's "Posted 02.06.2012")
            if prec == 3:
                self.seen_m[c.m] = c.y
            e = c.end_c
            if e is not None and e.y is not None and e.m is not None and e.d is not None and e.H is None:
                self.seen_md[(e.m, e.d)] = e.y  # "from 12 to 13 May 2005 ... on 13.05"
        for s in self.doc.sections:
            if s.span[0] <= c.start < s.span[1] and s.span not in self.section_dates:
                self.section_dates[s.span] = (date, prec)

    def stamped_last(self, pos: int) -> bool:
        """True when the last day stated before ``pos`` is the page's own date ("Posted 14.02.2025")."""
        last = self._last_before(pos, True)
        return last is not None and last[0] in self.stamps

    def adjacent(self, pos: int) -> bool:
        """True when the last stated day before ``pos`` is in its sentence or the one before it."""
        last = self._last_before(pos, True)
        sents = self.doc.sentences
        if last is None or not sents:
            return last is not None
        starts = [x.span[0] for x in sents] if self._starts is None else self._starts
        self._starts = starts
        return bisect.bisect_right(starts, pos) - bisect.bisect_right(starts, last[0]) <= 1

    def _sentence_first(self, pos: int) -> dt.date | None:
        """The first day noted earlier in the sentence holding ``pos`` (None when it is the first)."""
        s = self.doc.sentence_at(pos) if self.doc.sentences else None
        if s is None:
            return None
        for p, date, prec in self.history[-8:]:
            if s.span[0] <= p < pos and prec == 3 and (self.dateline is None or p != self.dateline[0]) \
                    and p not in self.heads:
                return date
        return None

    @staticmethod
    def _stated(c: Cand) -> bool:
        return c.rule not in ("daypart", "relative")

    def section_date(self, pos: int) -> tuple[int, dt.date, int] | None:
        best = None
        for s in self.doc.sections:
            inside = s.body[0] <= pos < s.body[1] and s.span in self.section_dates and not (s.span[0] <= pos < s.span[1])
            if inside and (best is None or s.span[0] > best[0]):
                date, prec = self.section_dates[s.span]
                best = (s.span[0], date, prec)
        return best

    def _last_before(self, pos: int, day_only: bool) -> tuple[int, dt.date, int] | None:
        i = bisect.bisect_left(self.history, (pos,))
        for item in reversed(self.history[max(0, i - 50):i]):
            if not day_only or item[2] == 3:
                return item
        return None

    def weekday_reference(self, pos: int, weekday: int) -> tuple[dt.date, str, bool] | None:
        """For a weekday in a text with no date of its own: a day stated before ``pos`` that falls on
        that weekday ("1 вересня 2024 року ... На церемонії в неділю": a Sunday), the latest first;
        else the last stated day when it is in the same or the previous sentence ("в неділю ...
        Напередодні, у суботу"); else None (a background day years away dates no weekday)."""
        i = bisect.bisect_left(self.history, (pos,))
        days = [h for h in self.history[max(0, i - 50):i] if h[2] == 3]
        for _, date, _ in reversed(days):
            if date.isoweekday() == weekday:
                return date, "nearby", True
        if days and self.adjacent(pos):
            return days[-1][1], "nearby", True
        head = next((h[1] for h in days if h[0] in self.heads), None)
        if head is not None and days[-1][1] == head:
            return head, "nearby", True  # "МӘСКЕУ, 20 қыркүйек ... 2021 жылғы 20 қыркүйекте ... Сейсенбі күні": the report's day
        return None

    def page_week(self, pos: int) -> tuple[dt.date, str, bool] | None:
        """For a weekday alone at ``pos`` in a page with no date of its own when no day stated before it
        anchors it (`weekday_reference`): the latest day the page writes out with its year after it, or on
        its stamp's line, or in its story before it ("... on Tuesday ... One more died on Monday (3
        October) ... — Radio Ozerk (@ozerk) October 4, 2031"): a report tells the days of its own week, so the weekday is the one of
        the three days before or after that day. A story's day before it only when the page states another
        day within a week of it (a day alone is background: "Long ago, on 3 March 1998, the plant opened ...
        On Friday, workers went on strike"); never a day more than a month away from the page's month stamp
        ("date 2031-10")."""
        days = [d for p, d in self.page_days if p > pos or p in self.heads or _stamped(self.doc.text, p) or p in self.photo_days
                or any(q != p and abs((e - d).days) <= 7 for q, e in self.page_days)]  # (a week the story tells)
        if not days:
            return None
        day = max(days)
        stamp = self.month_stamp
        if stamp is not None and abs((day - stamp).days) > 62:
            return None
        return day, "nearby", True

    def story_weekday(self, pos: int, weekday: int) -> tuple[dt.date, str, bool] | None:
        """For a weekday alone in a dated report: the story's own day instead of the report's week when
        the last day stated before ``pos`` falls on that weekday and is in its sentence or the one before
        ("в воскресенье, 18 февраля 2018 года ... после службы в Прощёное воскресенье", in a page revised
        in 2021). A weekday after a story told long before the report is still the report's week ("6 мая
        2012 года ... в понедельник" in a report of Monday, 24 February 2014)."""
        last = self._last_before(pos, True)
        if last is None or self.published is None or last[1] == self.published:
            return None  # the report's own day (a dateline): counted from it as before
        if last[1].isoweekday() == weekday and self.adjacent(pos):
            return last[1], "nearby", True
        return None

    def partial_weekday(self, pos: int, weekday: int) -> tuple[int, int] | None:
        """For a weekday alone in a text with no year: the (month, day) it names counted from the last
        year-less day before ``pos`` stated with its weekday ("жексенбі күні, 18 ақпанда ... Дүйсенбі
        күні": Sunday 18 February, so Monday is 19 February), as `weekday_reference` counts forward."""
        i = bisect.bisect_left(self.partial, (pos,))
        for start, (m, d) in reversed(self.partial[max(0, i - 50):i]):
            wd = self.partial_wd.get(start)
            if wd is None:
                continue
            back = (wd - weekday) % 7
            try:
                day = dt.date(2000, m, d)  # 2000: 29 February exists
            except ValueError:
                return None
            day = day - dt.timedelta(days=back) if back <= 3 else day + dt.timedelta(days=7 - back)
            return day.month, day.day
        return None

    def head_partial(self, pos: int, before: list[tuple[int, tuple[int, int]]]) -> list[tuple[int, tuple[int, int]]]:
        """The year-less dateline day ("ПЕРМ, 21 вересня —") instead of ``before`` (the last year-less
        day named) when that is not in the sentence of ``pos`` or the one before it."""
        head = next((p for p in self.partial if p[0] in self.heads), None)
        sents = self.doc.sentences
        if head is None or head == before[-1] or not sents:
            return before
        starts = [x.span[0] for x in sents] if self._starts is None else self._starts
        self._starts = starts
        if bisect.bisect_right(starts, pos) - bisect.bisect_right(starts, before[-1][0]) <= 1:
            return before
        return [head]

    def lead_day_over(self, pos: int, last: int) -> dt.date | None:
        """The day the article's lead states (before its first heading: "— силовой разгон ... в среду,
        7 ноября 2007 года") instead of the last day stated at ``last`` when that one sits in an earlier
        section under an undated heading ("== Предыстория == В пятницу, 2 ноября ...") and ``pos`` in
        another section without a day of its own ("== Разгон == Около 15:30"): a background section's
        day does not carry into the next one."""
        heads = [x for x in self.doc.sections if x.level >= 2 and x.title.strip().casefold() != "infobox"]
        if not heads:
            return None
        here = max((x for x in heads if x.body[0] <= pos < x.body[1]), key=lambda x: x.body[0], default=None)
        there = max((x for x in heads if x.body[0] <= last < x.body[1]), key=lambda x: x.body[0], default=None)
        if here is None or there is None or here is there or there.span in self.section_dates \
                or not there.body[1] <= here.body[0]:
            return None
        first = min(x.span[0] for x in heads)
        boxes = [x.body for x in self.doc.sections if x.title.strip().casefold() == "infobox"]
        lead = [h for h in self.history if h[0] < first and h[2] == 3 and not any(a <= h[0] < b for a, b in boxes)
                and (self.dateline is None or h[0] != self.dateline[0])]
        return lead[-1][1] if lead else None

    def entry_head_day(self, pos: int) -> dt.date | None:
        """The day of a short header line alone over the paragraph holding ``pos`` ("Update 29.12 20.00"
        over "Our President said today ..."): a later entry of a blog or a live page, whose "today" and
        "yesterday" count from its own day, not the page's date."""
        text = self.doc.text
        ps = text.rfind("\n\n", 0, pos)
        ps = 0 if ps == -1 else ps + 2
        le = text.find("\n", ps)
        if le == -1 or le >= pos or le - ps > 40:
            return None
        i = bisect.bisect_left(self.history, (le,))
        heads = [h for h in self.history[max(0, i - 8):i] if ps <= h[0] < le and h[2] == 3]
        return heads[-1][1] if heads else None

    def from_dateline(self, pos: int) -> bool:
        """True when the date governing ``pos`` is the dateline's (no other day stated in between)."""
        if self.dateline is None:
            return False
        last = self._last_before(pos, True)
        return self.section_date(pos) is None and (last is None or last[0] == self.dateline[0])

    def reference(self, pos: int, day_only: bool = False) -> tuple[dt.date, str, bool] | None:
        """(anchor date, how, forward) for an expression at ``pos``."""
        sec = self.section_date(pos)
        last = self._last_before(pos, day_only)
        options = [x for x in (sec and (*sec, "section"), last and (*last, "nearby")) if x]
        if day_only:
            options = [x for x in options if x[2] == 3]
        if options:
            pos_, date, _, how = max(options, key=lambda x: x[0])
            if how == "nearby":
                date = self.lead_day_over(pos, pos_) or date
            return date, how, True
        if self.published and not (day_only and self.year_only):
            return self.published, "published", False
        i = bisect.bisect_right(self.explicit, (pos, 1 << 30))
        later = self.explicit[i][1] if i < len(self.explicit) else None
        if later is not None and not day_only:
            return dt.date(later, 1, 1), "nearby", False
        return None


def _day_end(cands: list[Cand], start: int) -> int:
    """The end of the candidate that starts at ``start``."""
    return next((c.end for c in cands if c.start == start), start)


def _closes_caption(text: str, start: int, end: int) -> bool:
    """A day after a comma that closes its line, or only a credit follows it ("Recruits board a train in
    Ozerk, 2 May 2031 Copyright Photo Agency"): a picture's day, maybe weeks before the story."""
    le = text.find("\n", end)
    rest = text[end:len(text) if le == -1 else le]
    return text[max(0, start - 3):start].rstrip().endswith(",") and not any(ch in rest for ch in ".!?")


def _dateline(cands: list[Cand], text: str) -> tuple[int, dt.date, tuple[int, int] | None] | None:
    """The date of a byline or dateline in the first three lines ("Zhezkazgan, 17 May 2023 —", "«Улытау
    Курьер» 16 мая 2023 года, 22:15"): a short line whose full date, year included, dates the report.
    Returns (its offset, the day, the clock time stated after it on the same line or None).
    A site's stamp of the day it is shown on, a weekday and a date alone on the first line
    ("дүйсенбі, 23 қыркүйек 2024"), yields to a later head line's date with its clock time
    ("29.10.2023 15:22"): that one is the item's."""
    seen, pos, found = 0, 0, []
    while seen < _BARE_DATELINE_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        line = text[pos:end]
        if line.strip():
            seen += 1
            short = len(line.split()) <= 12
            if seen > 3 and not short:
                break  # the story's prose begins: no dateline below it
            for c in cands:
                if pos <= c.start < end and c.explicit_year and c.d is not None and c.end_c is None \
                        and not post_day(text, c.start) and \
                        (short or _placed(text[pos:c.start]) or seen <= 3 and dateline_label(text[pos:c.start])) and (seen <= 3 or _bare_line(text, pos, end, c, cands)
                                                                   and not any(o.start < pos and o.has_date for o in cands)):
                    clock = next(((o.H, o.M or 0) for o in cands if c.end <= o.start < end and o.H is not None
                                  and o.m is None and o.end_c is None), None)
                    day = _valid_date(c.y, c.m, c.d)
                    if day is not None:
                        found.append((c.start, day, clock, c.weekday is not None and seen == 1, len(line.split()) <= 4))
                        break
            if found and not found[0][3]:
                break
        pos = end + 1
    if not found:
        return None
    first = found[0]
    if first[3]:  # (with its clock time too: "17 квітня 2032, Субота, 15:52" over the item's "26.11.2031")
        first = next((f for f in found[1:] if f[1] != first[1] and (f[2] is not None and first[2] is None
                                                                    or f[1] < first[1] and f[4])), first)
    item = _item_stamp(cands, text, first)
    if item is not None:
        first = item
    return first[0], first[1], first[2]


def _item_stamp(cands: list[Cand], text: str, first: tuple) -> tuple | None:
    """An earlier day on a head line below the site's stamp: a day alone on its line with its clock time
    ("18.06.2031 16:12" under the headline) or under a publication label ("Published: October 29, 2030"),
    within the first `_BARE_DATELINE_LINES` lines, when the site's stamp above it is later: a page is
    shown (and its header dated) on a day after its item was published, so the lower day is the item's.
    Returns it as `_dateline` gives a day, or None."""
    seen, pos = 0, 0
    while seen < _BARE_DATELINE_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        if text[pos:end].strip():
            seen += 1
            if pos > first[0]:
                for c in cands:
                    if not (pos <= c.start < end) or not c.explicit_year or c.d is None or c.end_c is not None:
                        continue
                    day = _valid_date(c.y, c.m, c.d)
                    if day is None or day >= first[1] or (first[1] - day).days > 366:
                        continue
                    clock = next(((o.H, o.M or 0) for o in cands if c.end <= o.start < end and o.H is not None
                                  and o.m is None and o.end_c is None), None)
                    if (_bare_line(text, pos, end, c, cands) and clock is not None) or dateline_label(text[pos:c.start]):
                        return c.start, day, clock, False, True
                    break
        pos = end + 1
    return None


#: how far down a page a date alone on its line ("2022-01-10", "10.01.2022 14:05") may be its dateline, below
#: a page's furniture (a comment form, a menu of buttons, a section's name) and its headline
_BARE_DATELINE_LINES = 10


def _bare_line(text: str, pos: int, end: int, c: Cand, cands: list[Cand]) -> bool:
    """Is the line ``pos``-``end`` the day ``c`` alone, with its clock time at most?"""
    if text[pos:c.start].strip(" \t*_|"):
        return False
    last = c.end
    for o in cands:
        if c.end <= o.start < end and o.H is not None and o.m is None and not text[last:o.start].strip(" ,\t|/·"):
            last = o.end
    return not text[last:end].strip(" \t*_|")


def _head_days(cands: list[Cand], text: str) -> frozenset[int]:
    """Offsets of the days that open one of the first three lines or follow a dateline's place there
    ("BISHKEK, March 18 - At least five people were killed on Sunday"): the report's day, not the
    story's, even without a year."""
    out, seen, pos = set(), 0, 0
    while seen < 3 and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        if text[pos:end].strip():
            seen += 1
            for c in cands:
                if pos <= c.start < end and c.d is not None and c.m is not None and c.end_c is None \
                        and c.H is None and c.rel is None:
                    head = text[pos:c.start].strip(" \t*_")
                    if not head or _placed(head):
                        out.add(c.start)
                    break
        pos = end + 1
    return frozenset(out)


def _dateline_shaped(text: str, start: int, end: int) -> bool:
    """Is the day at ``start``-``end`` a dateline's ("Махачкала, 25 червня 2024 —", "16 мая 2023 года,
    22:15") rather than a title's or a sentence's ("# Нападения ... 23 июня 2024 года: хроника",
    "Вечером 23 июня 2024 года боевики напали ...")? At most three words before it, and a dash, a
    comma, a bracket, a clock time or the line's end after it, or a full stop after "Place, day"."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if len(_WORD.findall(text[ls:start])) > 3:
        return False
    if dateline_label(text[ls:start]):
        return True  # "date 2031-04-02 <headline>": the page's date under its label
    rest = text[end:le].strip(" \t*_")
    if rest[:1] == "." and text[ls:start].rstrip().endswith(","):
        return True  # "Ашхабад, 13 шілде 2011. «Орталық Азия шолуы»": a place, its day, a full stop
    return not rest or rest[0] in "—–-,(|/" or rest[0].isdigit()


def _placed(head: str) -> bool:
    """A dateline's place before its date in a long first paragraph ("ZHEZKAZGAN, Kazakhstan, May 16,
    2023 (Wire) - ..."): at most three words ending in a comma."""
    head = head.strip(" \t*_")
    return head.endswith(",") and 1 <= len(head.replace(",", " ").split()) <= 3


@functools.cache
def _background_starts() -> tuple[str, ...]:
    return tuple({w.casefold() for lang in languages() for w in load_list(lang, "time_background_years")})


_WORD = re.compile(r"\w+")


def _background_year(text: str, start: int, end: int) -> bool:
    """A bare year of a background fact ("built in 1955", «1955 жылы жасалған», "родился в 1980
    году"; ``time_background_years``): two words either side of it start like a listed word."""
    before = _WORD.findall(text[max(0, start - 40) : start])[-2:]
    after = _WORD.findall(text[end : end + 40])[:2]
    starts = _background_starts()
    return any(w.casefold().startswith(starts) for w in before + after)


def _retrospective_year(ctx: _Context, c: Cand) -> int | None:
    """The story's year for a year-less day that falls on the report's own day when every year the
    text states is at least twenty years before the report ("Mayor X called it a terror attack on 10
    September ... 22 September 1999", published 10 September 2024: an anniversary piece): the first
    year stated after it (else the last one before it), when the day exists in it and its weekday agrees."""
    pub = ctx.published
    if pub is None or ctx.year_only or c.y != pub.year or abs((dt.date(c.y, c.m, c.d) - pub).days) > 1 \
            or c.start in ctx.heads or (ctx.dateline is not None and ctx.dateline[0] == c.start):
        return None  # (a dateline's day is the report's: "Мәскеу, 26 қараша ... 2010 жылғы мамырда")
    stated = ctx.stated_years
    if not stated or max(y for _, y in stated) > pub.year - 20:
        return None
    i = bisect.bisect_right(stated, (c.start, 1 << 30))
    y = stated[i][1] if i < len(stated) else stated[i - 1][1]
    if _valid_date(y, c.m, c.d) is None or not _on_weekday(y, c.m, c.d, c.weekday):
        return None
    return y


def _restated_year(ctx: _Context, c: Cand) -> int | None:
    """The year the text itself gives the same day ("Дело 27 октября: ..." over "расстреле в парламенте
    27 октября 1999 года", published in December 2003): a year-less day that is not the report's own
    (nor the day before it) is the day the text dates with its year, when it dates it with one year only."""
    pub = ctx.published
    if pub is None or ctx.year_only or c.y is None or c.weekday is not None:
        return None
    try:
        if abs((dt.date(c.y, c.m, c.d) - pub).days) <= 1:
            return None
    except ValueError:
        return None
    years = {d.year for _, d in ctx.explicit_dates if (d.month, d.day) == (c.m, c.d)}
    if len(years) != 1 or c.y in years:
        return None
    return years.pop()


def _weekday_year(ctx: _Context, c: Cand) -> int | None:
    """A year-less day stated with its weekday on which the year chosen for it does not fall ("Posted
    26.04.2031 ... on Saturday 26 April ... in 2005"): the year the text states nearest to it (the first
    after it, else the last before) in which that day falls on that weekday, else None."""
    fit = [(p, y) for p, y in ctx.stated_years if _on_weekday(y, c.m, c.d, c.weekday) and _valid_date(y, c.m, c.d)]
    if not fit:
        return None
    after = [y for p, y in fit if p > c.start]
    return after[0] if after else fit[-1][1]


def _following_explicit(ctx: _Context, pos: int) -> dt.date | None:
    """The first date with a stated year and month after ``pos``, not one on a line of a clock time and a
    date only ("10:03, 01.04.2025" over a headline of a list of other reports: a sidebar item's stamp)."""
    i = bisect.bisect_right(ctx.explicit_dates, (pos, dt.date.max))
    while i < len(ctx.explicit_dates) and _stamp_line(ctx.doc.text, ctx.explicit_dates[i][0]):
        i += 1
    return ctx.explicit_dates[i][1] if i < len(ctx.explicit_dates) else None


def _retold(doc: Document, pos: int) -> bool:
    """Does the sentence holding ``pos`` open with a recap lead ("Напомним,", "Еске салайық,", "As previously reported")?
    Its day is a past one, never after the report's."""
    s = doc.sentence_at(pos) if doc.sentences else None
    return s is not None and opens_recap(doc.text[s.span[0]:pos])


def _month_stamp_year(ctx: _Context, c: Cand) -> int | None:
    """The year of a day in the month a page is stamped with ("date 2031-11") or up to two months
    before it ("date 2032-01 ... 30 декабря": 2031); None for a day further away (the stamp of a
    page's later revision: the corpus gives the year)."""
    stamp = ctx.month_stamp
    if stamp is None or c.m is None or c.d is None:
        return None
    for y in (stamp.year, stamp.year - 1):
        day = _valid_date(y, c.m, c.d)
        if day is not None and 0 <= (stamp - day).days <= 62 + stamp.day:
            return y
    return None


def _own_stamp_year(ctx: _Context, c: Cand) -> int | None:
    """The year of a page's own stamp, the one line of a clock time and a date it has ("... Категории:
    Новости\n06.02.2031 21:14" at its end), for a year-less day up to two months before it ("Вечером, 5
    февраля", "31 декабря" over "05.01.2032 09:10"); None when the page has several such lines (a
    sidebar's stamps of other reports) or the day is not that close before it."""
    stamps = [day for p, day in ctx.explicit_dates if _stamp_line(ctx.doc.text, p)]
    if len(stamps) != 1 or c.m is None or c.d is None:
        return None
    stamp = stamps[0]
    for y in (stamp.year, stamp.year - 1):
        day = _valid_date(y, c.m, c.d)
        if day is not None and 0 <= (stamp - day).days <= 62:
            return y
    return None


_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _stamp_line(text: str, pos: int) -> bool:
    """The line at ``pos`` is only a clock time and a date ("15:42, 28 апр 2025", "10:03, 01.04.2025").
    (Not the furniture test `readers._boilerplate._stamp`: that one needs no clock and no other word; see there.)"""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:len(text) if b == -1 else b]
    return len(line) <= 40 and bool(_CLOCK.search(line)) and len(_LETTERS.findall(line)) <= 1


# "the first day of the trial": a first day of another thing than the events told
_FIRST_OF = re.compile(r"\s+of\b", re.IGNORECASE)


def _resolve_date(c: Cand, ctx: _Context, cands: list[Cand], i: int) -> None:
    if c.rel is not None:
        days, kind = c.rel
        if kind == "anaphoric" and days == -1 and _eve_of_event(ctx.doc.text, c.end):
            return  # "напередодні інавгурації": the eve of an event whose date the text does not give
        if kind == "first":  # "Першого дня рятувальники підняли 52 тіла": the first day of the events told,
            first = next((d for p, d, prec in ctx.history if prec == 3 and p < c.start and p not in ctx.heads
                          and p not in ctx.stamps), None)  # the first day the story told (not its dateline)
            if first is None or _FIRST_OF.match(ctx.doc.text, c.end):  # (not "the first day of the trial")
                return
            c.date = first + dt.timedelta(days=days)
            c.y, c.m, c.d = c.date.year, c.date.month, c.date.day
            c.inferred, c.anchor = ["date"], "nearby"
            return
        if kind == "years":  # "A year later a military court convicted seven": the year after the story's
            r = ctx.reference(c.start)
            if r is None:
                return
            c.y, c.m, c.d, c.date = r[0].year + days, None, None, None
            c.inferred, c.anchor = ["date"], r[1]
            return
        if kind == "deictic" and ctx.published is not None and not ctx.year_only:
            ref, how = ctx.published, "published"
            head = ctx.entry_head_day(c.start)
            if head is not None and head > ref:  # "Update 29.12 20.00\nOur President said today": the update's day
                ref, how = head, "nearby"
        else:  # anaphoric, or deictic in a text without a date of its own: the date it last gave
            r = ctx.reference(c.start, day_only=True)
            ref, how = (r[0], r[1]) if r else (None, None)
            if how == "nearby" and ctx.published is not None and not ctx.year_only and kind == "anaphoric" and days < 0 \
                    and not ctx.adjacent(c.start) and not _counted_from_event(ctx.doc.text, c.start):
                ref, how = ctx.published, "published"  # "Напередодні відомство повідомляло": before the report
            elif how == "nearby" and ctx.published is None and kind == "anaphoric" and days < 0 and not ctx.adjacent(c.start):
                head = next((h[1] for h in ctx.history if h[0] in ctx.heads), None)
                ref = head or ref  # "ПЕРМ, 21 вересня — ... 20 вересня 2021 року ... Напередодні": before the dateline's day
        if ref is None:
            before = ctx.partial[-1:] if kind == "anaphoric" else []  # dates are walked in text order
            if before and days < 0:  # "ПЕРМ, 21 вересня ... Напередодні": before the dateline's day, when
                before = ctx.head_partial(c.start, before)  # the last day named is not in the sentences just before
            if before:  # "16 грудня ... наступного дня" with the year still unknown: --12-17
                day = dt.date(2000, *before[-1][1]) + dt.timedelta(days=days)  # 2000: 29 February exists
                c.pdate, c.anchor, c.inferred = (day.month, day.day), "nearby", ["date"]
            return
        c.date = ref + dt.timedelta(days=days)
        c.y, c.m, c.d = c.date.year, c.date.month, c.date.day
        c.inferred, c.anchor = ["date"], how
        return
    if c.m is None and c.y is None:
        week = False
        if c.weekday is not None or c.daypart is not None:  # "on Friday", "вечером"
            r = ctx.reference(c.start, day_only=True)
            if c.weekday is not None:  # a weekday alone counts back from the report's date, if known,
                r = (ctx.published, "published", False) if ctx.published is not None and not ctx.year_only \
                    and not ctx.title_day else None
                r = r or ctx.weekday_reference(c.start, c.weekday) or (  # else from the story's own days
                    (ctx.published, "published", True) if ctx.title_day else None)  # (after a title's day)
                if r is None and ctx.published is None:  # else the week of the page's latest day: a guess
                    r = ctx.page_week(c.start)  # (marked "week": it names no main day of the page)
                    week = r is not None
                if r is not None and r[1] == "published":  # unless the story names that weekday's day just before
                    r = ctx.story_weekday(c.start, c.weekday) or r
            if r is None and c.weekday is not None and ctx.published is None:
                got = ctx.partial_weekday(c.start, c.weekday)  # year-less: from a day stated with its weekday
                if got is not None:
                    c.pdate, c.anchor, c.inferred = got, "nearby", ["date"]
                return
            if r is None:
                return
            ref, how, forward = r
            if c.weekday is not None:
                back = (ref.isoweekday() - c.weekday) % 7
                ref = ref - dt.timedelta(days=back) if (not forward or back <= 3) else ref + dt.timedelta(days=7 - back)
            c.date, c.inferred, c.anchor = ref, ["date", "week"] if week else ["date"], how
            c.y, c.m, c.d = ref.year, ref.month, ref.day
        return
    if c.y is None and c.m is not None:
        r = ctx.reference(c.start)
        e = c.end_c
        if c.yrel is None and e is not None and e.y is not None and e.m is not None and e.explicit_year:
            # "7 August – 2 September 2014": the range's start takes its end's year (the year before when
            # its day comes later in the year: "28 December – 3 January 2015")
            c.y = e.y if (c.m, c.d or 1) <= (e.m, e.d or 31) else e.y - 1
            c.anchor, c.inferred = "nearby", ["year"]
        elif c.yrel is not None and ctx.published is not None:
            c.y, c.anchor = ctx.published.year + c.yrel, "published"
        elif c.yrel is not None and r is not None:
            c.y, c.anchor = r[0].year + c.yrel, r[1]
        elif c.d is not None and (c.m, c.d) in ctx.seen_md and _on_weekday(ctx.seen_md[(c.m, c.d)], c.m, c.d, c.weekday):
            # the same day named again: the same year (unless its weekday is of another year: "Сенбі
            # күні, 26 маусымда" in a report dated Wednesday 26 June 2024 is Saturday 26 June 1954)
            c.y, c.anchor = ctx.seen_md[(c.m, c.d)], "nearby"
        elif c.d is not None and r is not None and r[1] == "nearby" and _month_just_stated(ctx, c):
            # "Алматы, 15 желтоқсан 2023 ... 1986 жылғы желтоқсанда ... 16 желтоқсанда": a day of the month
            c.y, c.anchor = r[0].year, "nearby"  # the text has just stated with its year is that year's
        elif c.d is not None and c.m in ctx.seen_m and c.weekday is None and r is not None and r[1] == "nearby" \
                and r[0].year != ctx.seen_m[c.m]:  # "14 July 2006 ... the trial in February 2007 ... on 16 July":
            c.y, c.anchor = ctx.seen_m[c.m], "nearby"  # a day of a month the story dated is that month's
        elif c.d is not None and c.m in ctx.month_years and r is not None and r[1] == "nearby" \
                and r[0].year != (y := ctx.month_years[c.m]) and _valid_date(y, c.m, c.d) is not None \
                and (c.weekday is not None and _on_weekday(y, c.m, c.d, c.weekday) or ctx.stamped_last(c.start)):
            # "Memory of February 1990 ... Posted 14.02.2025 ... On Monday 12 February": the month the text
            # dated, when the weekday agrees or the only day before is the page's own date
            c.y, c.anchor = y, "nearby"
        elif (r is None or r[1] == "nearby" and not r[2]) and c.d is not None and c.yrel is None \
                and (y := _month_stamp_year(ctx, c)) is not None:
            c.y, c.anchor = y, "published"  # "date 2031-11 ... 7 ноября": the page's month's year
        elif r is not None:
            ref, how, forward = r
            if how == "nearby" and not forward:  # the first dates of a text: the next explicit date decides
                nxt = _following_explicit(ctx, c.start)
                if nxt is None:  # only bare years follow: the latest, the story's ("4 марта ... opened in
                    # 1958 ... in 2007 another blast ... since the start of 2015"); none but a sidebar's: the
                    # day's year is left to the corpus stage ("--03-04")
                    ys = [y for p, y in ctx.explicit if p > c.start and not _stamp_line(ctx.doc.text, p)]
                    own = _own_stamp_year(ctx, c) if not ys and c.d is not None and c.yrel is None else None
                    if own is not None:  # the page's own date, as a publication date (no corpus vote moves it)
                        c.y, c.anchor, c.inferred, c.date = own, "published", ["year"], _valid_date(own, c.m, c.d)
                        return
                    if not ys and c.d is not None and c.yrel is None and c.weekday is None:
                        c.pdate, c.anchor, c.inferred = (c.m, c.d), "nearby", ["year"]
                        return
                    if ys:
                        ref = dt.date(max(ys), 1, 1)
                else:
                    ref = nxt
            limit = ctx.published if c.certainty != "before" and not ctx.year_only else None
            if scheduled(ctx.doc.text, c.start):  # "вибори на 5 січня": a day ahead of the story, after the report
                forward, limit = True, None
            if how == "published" and ctx.revised_only and c.d is not None:
                c.pdate, c.anchor, c.inferred = (c.m, c.d), "nearby", ["year"]  # "29 August" in a wiki page
                return  # revised a year later: the year is left to the corpus stage ("--08-29")
            elif how == "published" and ctx.year_only:
                c.y, c.anchor = ref.year, how
            else:
                slack = 0 if limit is not None and c.d is not None and _retold(ctx.doc, c.start) else 31
                c.y, c.anchor = _choose_year(c.m, c.d, ref, forward, c.weekday, limit, slack), how
                if how == "published" and c.d is not None and c.y is not None:
                    c.y = _retrospective_year(ctx, c) or c.y
        if c.y is None:
            return
        if c.d is not None and not _on_weekday(c.y, c.m, c.d, c.weekday):
            c.y = _weekday_year(ctx, c) or c.y
        c.inferred = ["year"]
    else:
        c.anchor = "explicit"
    if c.d is not None:
        try:
            c.date = dt.date(c.y, c.m, c.d)
        except ValueError:
            c.y = None  # 29 February of a year that has none
            c.date = None


_NEXT_WORDS = re.compile(r"[ \t\u00a0]+([^\W\d_][\w'’-]*(?:[ \t\u00a0]+[^\W\d_][\w'’-]*)?)")


def _eve_of_event(text: str, end: int) -> bool:
    """"накануне выборов", "напередодні інавгурації": the relative word is followed by an event noun
    (``lang/*/time_eve_nouns.txt``), not by a comma or a subject ("Накануне МВД сообщило")."""
    m = _NEXT_WORDS.match(text, end, end + 60)
    if m is None:
        return False
    return m.group(1).casefold().replace("’", "'").startswith(_eve_nouns())


_PREV_WORD = re.compile(r"([^\W\d_][\w'’-]*)[ \t\u00a0]*$")


def _counted_from_event(text: str, start: int) -> bool:
    """"Наразылыққа бір күн бұрын" (a day before the protest): a relative day after a noun in the case
    its postposition governs (``lang/*/time_relative_object_suffixes.txt``: the kk dative) counts from
    the event that noun names, i.e. the story's day, not the report's."""
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    return m is not None and len(m.group(1)) > 4 and m.group(1).casefold().endswith(_object_suffixes())


@functools.cache
def _object_suffixes() -> tuple[str, ...]:
    from ..langdata import languages, load_list

    return tuple(w.casefold() for lang in languages() for w in load_list(lang, "time_relative_object_suffixes")) or ("\0",)


@functools.cache
def _eve_nouns() -> tuple[str, ...]:
    from ..langdata import languages, load_list

    return tuple(w.casefold() for lang in languages() for w in load_list(lang, "time_eve_nouns")) or ("\0",)


def _in(cands: list[Cand], starts: list[int], span: tuple[int, int]) -> list[Cand]:
    return cands[bisect.bisect_left(starts, span[0]):bisect.bisect_left(starts, span[1])]


def _resolve_time(c: Cand, ctx: _Context, cands: list[Cand], sent: tuple[int, int] | None, starts: list[int]) -> None:
    """A clock time takes the date of its sentence, else its section, else the nearest, else published."""
    if c.date is not None:
        return
    sec = ctx.section_date(c.start)
    if sec is not None and sec[2] == 3 and _ITEM_HEAD.fullmatch(ctx.doc.text, ctx.doc.text.rfind("\n", 0, c.start) + 1, c.start):
        c.date, c.anchor, c.inferred = sec[1], "section", ["date"]  # "- **16:00** — ... detained on 9 August"
        return  # under "## Wednesday, 12 August": a chronology item's time is the heading's day
    line_start = ctx.doc.text.rfind("\n", 0, c.start) + 1
    if _ITEM_HEAD.fullmatch(ctx.doc.text, line_start, c.start):
        head = _line_head_date(cands, starts, c, ctx.doc.text)
        if head is not None:  # "Середа, 12 серпня" / "- **16:00** — ... 9 серпня" / "- **18:30**": the head's day
            c.date, c.anchor, c.inferred = head, "section", ["date"]
            return
    if sent:
        here = _in(cands, starts, sent)
        text = ctx.doc.text  # another clock time told apart ("at 23:55, the second at 04:00"), not the same
        clocks = [o.start for o in here if o is not c and o.H is not None  # time in another zone ("(0320 GMT)")
                  and _told_apart(text[min(c.end, o.end):max(c.start, o.start)])]
        same = [o for o in here if o is not c and o.date is not None and o.H is None
                and o.rule != "daypart"  # "Таңертең сағат 8:00-ге": a day part alone states no day of its own
                and o.certainty not in ("before", "after")  # "вводит до 5 июня ... в 18:00"
                and not any(min(c.start, o.start) < k < max(c.start, o.start) for k in clocks)]
        # "The first came at 23:55, the second at about 04:00 on 9 May": the day is the other clock's
        if same:
            o = min(same, key=lambda o: abs(o.start - c.start))
            c.date, c.anchor, c.inferred = o.date, "nearby", ["date"]
            return
    r = ctx.reference(c.start, day_only=True)
    if r is not None:
        c.date, c.anchor, c.inferred = r[0], r[1], ["date"]
        line = ctx.dateline
        if line and line[2] and c.start > line[0] + 40 and r[0] == line[1] and ctx.from_dateline(c.start) \
                and (c.H, c.M or 0) > line[2] and not _update_note(ctx.doc.text, c.start) and c.zone != "LOCAL":
            # (not a time of the place of the event, "в 18:16 по местному времени": its zone is not the outlet's)
            c.date = r[0] - dt.timedelta(days=1)  # "3 мая 2014, 11:20 ... пожар вспыхнул около 19:50": 2 May
        elif _morning_after(c, ctx, cands, starts) and (ctx.published is None or ctx.year_only or r[0] < ctx.published) \
                and r[0] not in _head_dates(ctx):
            c.date = r[0] + dt.timedelta(days=1)  # (not after the report: "Київ, 20 лютого, 22:30 ... Уранці, о 09:00")
        return
    if sent:
        same = [o for o in _in(cands, starts, sent) if o.H is None and o.y is None and o.d is not None]
        if same:
            c.pdate, c.anchor, c.inferred = (same[0].m, same[0].d), "nearby", ["date"]
            return
    i = bisect.bisect_left(ctx.partial, (c.start,))
    if i:  # the year is left to the corpus stage: "--12-16T12:52"
        c.pdate, c.anchor, c.inferred = ctx.partial[i - 1][1], "nearby", ["date"]
        if _morning_after(c, ctx, cands, starts):
            day = dt.date(2000, *c.pdate) + dt.timedelta(days=1)  # 2000: 29 February exists
            c.pdate = (day.month, day.day)


@functools.cache
def _update_notes() -> re.Pattern[str]:
    """An update note's word at most one short word before the end of a text ("UPD на", "Обновлено в",
    "Updated at"; ``time_update_notes``): one pattern for all languages."""
    words = sorted({w.casefold() for lang in languages() for w in load_list(lang, "time_update_notes")},
                   key=lambda w: (-len(w), w))
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\W{0,3}(?:[^\W\d_]{1,2}\W{1,3})?$")


def _update_note(text: str, pos: int) -> bool:
    """Does the clock time at ``pos`` open a page's update note ("UPD на 14.40", "Обновлено в 18:20")? The
    update's time is later on the stamp's day, not a time of the day before it."""
    ls = max(text.rfind("\n", 0, pos) + 1, pos - 30)
    return _update_notes().search(text[ls:pos].casefold()) is not None


def _head_dates(ctx: _Context) -> set[dt.date]:
    """Days stated with their year in the first lines of a text (a statement's "Київ, 20 лютого 2014 року,
    22:30" under its title): the day it was written, after which no morning of its story comes."""
    text = ctx.doc.text
    end = 0
    for _ in range(5):
        nl = text.find("\n", end)
        if nl < 0:
            end = len(text)
            break
        end = nl + 1
        while end < len(text) and text[end] == "\n":
            end += 1
    return {d for p, d in ctx.explicit_dates if p < end  # on a short line of its own, not a story's first sentence
            and len(text[text.rfind("\n", 0, p) + 1:(text.find("\n", p) + 1 or len(text) + 1) - 1]) <= 60}


def _told_apart(between: str) -> bool:
    return "(" not in between and ")" not in between and ("," in between or ";" in between)


def _morning_after(c: Cand, ctx: _Context, cands: list[Cand], starts: list[int]) -> bool:
    """A morning clock time ("Таңертең сағат 8:00-ге қарай", "Утром, к 8:00") told after an evening clock
    time of the day it would take (18:50), with no day of its own: the next morning."""
    if c.H is None or c.H >= 12:
        return False
    before = ctx.doc.text[max(0, c.start - 25):c.start].casefold()
    if not _morning_before().search(before):
        return False
    k = bisect.bisect_left(starts, c.start)
    j = next((j for j in range(k - 1, -1, -1) if cands[j].H is not None), None)
    prev = cands[j] if j is not None else None
    if prev is None or prev.H < 17 or any(o.H is None and o.d is not None and o.rule != "daypart" for o in cands[j + 1:k]):
        return False  # (a day named between the two dates the morning itself)
    return (prev.date is not None and prev.date == c.date) or (prev.date is None and prev.pdate is not None and prev.pdate == c.pdate)


@functools.cache
def _morning_before() -> re.Pattern[str]:
    """A morning adverb of any language ("Таңертең", "Утром") at most two words before the end of a
    text: one pattern for all of them (``time_dayparts`` rows "WORD<TAB>morning<TAB>adv")."""
    from ..langdata import languages, load_table

    words = sorted({r[0].casefold() for lang in languages() for r in load_table(lang, "time_dayparts")
                    if len(r) > 2 and r[1] == "morning" and r[2] == "adv"}, key=lambda w: (-len(w), w))
    if not words:
        return re.compile(r"(?!)")  # (no morning adverb in the data: nothing matches)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\W{0,3}(?:[^\W\d_]+\W{1,3}){0,2}$")


def _line_head_date(cands: list[Cand], starts: list[int], c: Cand, text: str) -> dt.date | None:
    """The day of the last line above a chronology item's clock time that opens with a day (a heading
    "## Середа, 12 серпня" in a plain text, an item "- **9 серпня** — ..."): a day inside an item's
    text ("затриманий 9 серпня") does not carry on to the next item."""
    i = bisect.bisect_left(starts, c.start)
    for o in reversed(cands[max(0, i - 200):i]):
        if o.date is None or o.H is not None or o.certainty in ("before", "after") or o.end_c is not None:
            continue
        if _LINE_HEAD.fullmatch(text, text.rfind("\n", 0, o.start) + 1, o.start):
            return o.date
    return None


_LINE_HEAD = re.compile(r"[ \t#>*_\-•–—|]*(?:\w+,[ \t]*)?")  # "## Среда, 12 августа"
_ITEM_HEAD = re.compile(r"[ \t]*(?:[-*•–—][ \t]+)?(?:\*\*|__)?[ \t]*")  # what may open a chronology line before its time


def _weekday_restated(c: Cand, cands: list[Cand], i: int, text: str) -> bool | Cand:
    """A weekday alone restated by a day with its year right after it in the sentence ("В ночь со
    вторника на среду, с 29 на 30 августа 2006 года", "on the night from Tuesday to Wednesday, 29-30
    August 2006"): the weekday takes the stated day that falls on it and yields no expression of its
    own; True when it did. A day without its year ("со среды на четверг, с 7 на 8 ноября") is returned,
    to be told once its year is known (`_weekday_of_day`)."""
    if c.weekday is None or c.d is not None or c.H is not None or c.rel is not None or c.m is not None:
        return False
    prev = c
    for n in cands[i + 1:i + 3]:
        if n.start - prev.end > 20 or any(ch in text[prev.end:n.start] for ch in ".!?;\n"):
            return False
        if n.d is not None and n.m is not None and n.H is None:
            return n if n.y is None else _weekday_of_day(c, n)
        prev = n
    return False


def _weekday_of_day(c: Cand, n: Cand) -> bool:
    """The weekday ``c`` takes the day ``n`` (or the end of its range) that falls on it; True when it did."""
    if n.y is None:
        return False
    days = [(n.y, n.m, n.d)] + ([(n.end_c.y or n.y, n.end_c.m, n.end_c.d)] if n.end_c is not None
                                and n.end_c.m is not None and n.end_c.d is not None else [])
    for y, m, d in days:
        day = _valid_date(y, m, d)
        if day is not None and day.isoweekday() == c.weekday:
            c.y, c.m, c.d, c.date, c.anchor, c.inferred = y, m, d, day, "nearby", ["date"]
            c.restated = True  # type: ignore[attr-defined]
            return True
    return False


def _valid_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None when it does not exist (29 February of a common year, a day carried into a
    shorter month): an impossible date yields no date, never an error."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def anchor_all(cands: list[Cand], doc: Document) -> None:
    ctx = _Context(cands, doc)
    later: list[tuple[int, Cand, Cand]] = []  # weekdays before a day whose year is not known yet
    for i, c in enumerate(cands):
        said = _weekday_restated(c, cands, i, doc.text)
        if isinstance(said, Cand):
            later.append((i, c, said))
            continue
        if not said:
            _resolve_date(c, ctx, cands, i)
        if c.end_c is not None:
            e = c.end_c
            if e.m is not None and e.y is None and c.y is not None:
                e.y = c.y if (e.m, e.d or 1) >= (c.m or 1, c.d or 1) else c.y + 1
            if e.y is not None and e.d is not None and e.m is not None:
                e.date = _valid_date(e.y, e.m, e.d)
            if c.y is None and e.y is not None and c.m is not None:  # "16-17 December 2011"
                c.y = e.y if (c.m, c.d or 1) <= (e.m, e.d or 1) else e.y - 1
                c.anchor = "explicit"
                if c.d is not None:
                    c.date = _valid_date(c.y, c.m, c.d)
        if c.H is None:
            ctx.note(c)
    for i, c, n in later:
        if not _weekday_of_day(c, n):
            _resolve_date(c, ctx, cands, i)
            ctx.note(c)
    for c in cands:  # (after the walk: the day's own year dates no later day "nearby")
        if c.anchor == "published" and c.d is not None and c.date is not None and c.end_c is None \
                and c.H is None and c.rel is None and "year" in c.inferred:
            y = _restated_year(ctx, c)
            if y is not None and _valid_date(y, c.m, c.d) is not None:
                c.y, c.date, c.anchor = y, _valid_date(y, c.m, c.d), "nearby"
    _daypart_of_next(cands, doc.text)
    _daypart_of_relative(cands, doc.text)
    starts = [c.start for c in cands]
    restated = _local_offsets(cands, doc.text)
    _document_zone(cands, doc.text)
    nights = _night_next_days(cands, doc.text)
    for c in cands:
        if c.H is not None:
            _resolve_time(c, ctx, cands, _sentence(doc, c.start), starts)
            if c.anchor != "explicit" and c.date in nights and c.H < 6 and c.daypart in (None, "night"):
                c.date = nights[c.date]  # "в ночь с 20 на 21 июня ... около 00:30": the 21st
            if c.end_c is not None and c.end_c.H is not None:
                e = c.end_c
                e.date = c.date
                if c.date is not None and (e.H, e.M) <= (c.H, c.M):
                    e.date = c.date + dt.timedelta(days=1)
                elif c.date is None and c.pdate and (e.H, e.M) > (c.H, c.M):
                    e.pdate = c.pdate  # "--01-05T09:00/--01-05T18:00"; across midnight the end stays a time
    _utc_restated_days(cands, doc.text, restated)
    _clock_of_next_weekday(cands, doc.text)
    _clock_of_prev_weekday(cands, doc.text)


def _clock_of_next_weekday(cands: list[Cand], text: str) -> None:
    """A clock time right before a weekday ("derailed around 5 p.m. Wednesday in ...") is that weekday's,
    not the day named before it (the report's "said Thursday"); not across a line break (a stamp's
    "18.06.2031 16:12" over the story's first line "У вівторок ...")."""
    for a, b in zip(cands, cands[1:], strict=False):
        if a.H is not None and a.anchor != "explicit" and a.end_c is None and b.rule == "weekday" \
                and b.H is None and a.date is not None and b.start - a.end <= 3 \
                and _DAYPART_JOIN.fullmatch(text, a.end, b.start) and "\n" not in text[a.end:b.start]:
            day = b.date
            if day is None and b.weekday is not None:  # (the weekday left undated: the last such day up to the clock's)
                day = a.date - dt.timedelta(days=(a.date.isoweekday() - b.weekday) % 7)
            if day is not None and day != a.date:
                a.y, a.m, a.d, a.date = day.year, day.month, day.day, day
                a.anchor, a.inferred = b.anchor or "nearby", ["date"]


def _clock_of_prev_weekday(cands: list[Cand], text: str) -> None:
    """A clock time right after a dated weekday ("since Thursday midnight", "в четверг в полночь",
    "Thursday 10:00") is that weekday's, not the day stated in the sentence before (the clock alone
    took the last stated day)."""
    for b, a in zip(cands, cands[1:], strict=False):
        if a.H is not None and a.anchor != "explicit" and a.end_c is None and b.rule == "weekday" \
                and b.H is None and b.date is not None and a.date is not None and a.date != b.date \
                and 0 <= a.start - b.end <= 3 and _DAYPART_JOIN.fullmatch(text, b.end, a.start) \
                and "\n" not in text[b.end:a.start]:
            day = b.date
            a.y, a.m, a.d, a.date = day.year, day.month, day.day, day
            a.anchor, a.inferred = b.anchor or "nearby", ["date"]


@functools.cache
def _publication_words() -> tuple[str, ...]:
    return tuple({w.casefold() for lang in languages() for w, r in load_map(lang, "time_report_markers").items()
                  if r == "published"})


def _stamped(text: str, start: int) -> bool:
    """A date right after a publication marker on its line ("Posted 02.06.2012", "Оновлено 3 червня"):
    the page's date, which names no day of the story again (``time_report_markers.txt``)."""
    ls = text.rfind("\n", max(0, start - 60), start) + 1 or max(0, start - 60)
    head = text[ls:start].casefold().strip(" \t*_:,.-")
    if not head:
        return False
    if head.endswith(_publication_words()) and start - ls <= 40:
        return True
    # "Posted by pamir_notes_blog, 14.02.2025": the marker opens the line, a byline between
    return head.startswith(_publication_words()) and len(head.split()) <= 5 and not re.search(r"[.!?;]", head) \
        and text[ls:start].rstrip().endswith(",")


_DAYPART_JOIN = re.compile(r"[\s,]*(?:[^\W\d_]{1,2}[\s,]+)?")


def _daypart_of_next(cands: list[Cand], text: str) -> None:
    """A day part right before a stated day and month ("Вранці у вівторок, 17 травня 2022 року", "In the
    morning on 17 May") is that day's, not the day named before it (a page's "Оновлено 3 червня"); a
    weekday alone ("Ввечері в середу") is left to the weekday rules."""
    for a, b in zip(cands, cands[1:], strict=False):
        if a.rule == "daypart" and a.H is None and a.rel is None and a.weekday is None and b.H is None \
                and b.rule != "weekday" and b.rel is None and b.d is not None and b.date is not None \
                and b.start - a.end <= 6 and _DAYPART_JOIN.fullmatch(text, a.end, b.start):
            a.y, a.m, a.d, a.date, a.anchor, a.inferred = b.y, b.m, b.d, b.date, "nearby", ["date"]


def _daypart_of_relative(cands: list[Cand], text: str) -> None:
    """A day part next to a relative day ("Вчера утром", "Учора зранку", "Кеше таңертең", "утром
    вчера") is that day's, not the report's day."""
    for a, b in zip(cands, cands[1:], strict=False):
        for part, day in ((b, a), (a, b)):
            if part.rule == "daypart" and part.H is None and part.rel is None and part.weekday is None \
                    and day.rel is not None and day.H is None and day.date is not None and day.daypart is None \
                    and b.start - a.end <= 3 and _DAYPART_JOIN.fullmatch(text, a.end, b.start) \
                    and part.date != day.date:
                part.y, part.m, part.d, part.date = day.date.year, day.date.month, day.date.day, day.date
                part.anchor, part.inferred = day.anchor or "nearby", ["date"]
                break


def _local_offsets(cands: list[Cand], text: str) -> list[tuple[Cand, Cand, int]]:
    """"9:20 a.m. local time (0320 GMT)": a time restated in brackets in UTC gives the first its offset;
    returns the pairs (local, UTC, offset in minutes)."""
    out = []
    for a, b in zip(cands, cands[1:], strict=False):
        if a.H is None or b.H is None or a.tz or (a.zone and a.zone != "LOCAL") or a.end_c or b.end_c:
            continue
        if not (b.tz == "+00:00" or b.zone == "UTC") or b.start - a.end > 20:
            continue
        seg = text[a.start:b.start]
        if seg.count("(") != 1 or ")" in seg[seg.index("("):]:
            continue
        diff = ((a.H * 60 + (a.M or 0)) - (b.H * 60 + (b.M or 0))) % 1440
        diff = diff - 1440 if diff > 14 * 60 else diff
        if diff % 15 == 0 and -12 * 60 <= diff <= 14 * 60:
            a.tz = format_offset(diff)
            out.append((a, b, diff))
    return out


_DAY_AFTER_UTC = re.compile(r"[ \t,]*(?:[^\W\d_]{1,2}[ \t]+)?")  # "2030 GMT on Thursday", "2030 GMT, 20 June"


def _utc_restated_days(cands: list[Cand], text: str, pairs: list[tuple[Cand, Cand, int]]) -> None:
    """"00:30 local time (2030 GMT on Thursday)": the day stated with the UTC time, moved across
    midnight by the offset, is the local time's day (Friday), unless the local time states its own."""
    index = {id(c): i for i, c in enumerate(cands)}
    for a, b, diff in pairs:
        i = index[id(b)] + 1
        if a.anchor == "explicit" or i >= len(cands):
            continue
        n = cands[i]
        if n.H is not None or n.date is None or n.d is None and n.weekday is None \
                or n.start - b.end > 6 or not _DAY_AFTER_UTC.fullmatch(text, b.end, n.start):
            continue
        shift = (b.H * 60 + (b.M or 0) + diff) // 1440
        a.date, a.pdate, a.anchor, a.inferred = n.date + dt.timedelta(days=shift), None, "nearby", ["date"]


def _night_next_days(cands: list[Cand], text: str) -> dict[dt.date, dt.date]:
    """Day D -> D+1 for a night stated from one day to the next ("в ночь с четверга, 20 июня, на
    пятницу, 21 июня", "у ніч з 20 на 21 червня", "the night of 20-21 June"): a clock time after
    midnight dated by D falls on D+1."""
    out = {}
    for i, c in enumerate(cands):
        if not (c.night or c.daypart == "night") or c.date is None or c.H is not None:
            continue
        nxt = c.date + dt.timedelta(days=1)
        e = c.end_c if c.end_c is not None else (cands[i + 1] if i + 1 < len(cands) else None)
        if e is not None and e.H is None and e.date == nxt and e.start - c.end <= 40:
            out[c.date] = nxt
    return out


def _document_zone(cands: list[Cand], text: str) -> None:
    """A zone stated for the whole document in its header ("Час — мінський (UTC+3)") is the zone of
    its clock times that name none."""
    clocks = [c for c in cands if c.H is not None]
    if not clocks:
        return
    tz, zone = document_zone(text, clocks[0].start)
    if tz is None and zone is None:
        return
    for c in clocks:
        for x in (c, c.end_c):
            if x is not None and x.H is not None and not x.tz and x.zone in (None, "LOCAL"):
                x.tz, x.zone = tz, zone


def _sentence(doc: Document, pos: int) -> tuple[int, int] | None:
    s = doc.sentence_at(pos) if doc.sentences else None
    if s is None:
        return None
    # a chronology line ("12:52 ...") is its own sentence even when the segmenter joined lines
    lo = doc.text.rfind("\n", s.span[0], pos) + 1 or s.span[0]
    hi = doc.text.find("\n", pos, s.span[1])
    return (max(lo, s.span[0]), hi if hi != -1 else s.span[1])


def _date_str(y: int | None, m: int | None, d: int | None) -> str:
    if y is not None and m is not None and d and _valid_date(y, m, d) is None:
        return ""  # a day the month does not have in that year: no date
    if y is None:
        return f"--{m:02d}" + (f"-{d:02d}" if d else "") if m else ""
    if m is None:
        return f"{y:04d}"
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d else "")


def _value(c: Cand) -> tuple[str, str | None]:
    """ISO string of one point and its stated offset."""
    if c.H is not None:
        tz = c.tz
        if c.zone and tz is None:
            tz = offset_at(c.zone, c.date)
        t = f"T{c.H:02d}:{c.M or 0:02d}" + (tz or "")
        if c.date is None and c.pdate:
            return f"--{c.pdate[0]:02d}-{c.pdate[1]:02d}" + t, tz
        return (c.date.isoformat() + t if c.date else t), tz
    if c.date is not None:
        return c.date.isoformat(), None
    if c.pdate:
        return f"--{c.pdate[0]:02d}-{c.pdate[1]:02d}", None
    return _date_str(c.y, c.m, c.d), None


def _eve(v: str) -> str | None:
    """The day before an ISO day, also without its year ("--01-01" -> "--12-31")."""
    try:
        if v.startswith("--"):
            d = dt.date(2000, int(v[2:4]), int(v[5:7])) - dt.timedelta(days=1)
            return f"--{d.month:02d}-{d.day:02d}"
        return (dt.date.fromisoformat(v) - dt.timedelta(days=1)).isoformat()
    except ValueError:
        return None


def to_timex(c: Cand, text: str) -> TimeExpr | None:
    v, tz = _value(c)
    if not v or getattr(c, "restated", False):  # a weekday the day after it restates
        return None
    kind = "datetime" if c.H is not None and (c.date is not None or c.pdate) else "time" if c.H is not None else "date"
    if c.toward and c.end_c is None and c.H is None and len(v) in (7, 10):
        before = _eve(v)  # "в ночь на 31 декабря": the night from the 30th to the 31st
        if before:
            return TimeExpr(span=(c.start, c.end), text=text[c.start:c.end], value=f"{before}/{v}", kind="interval",
                            tz=None, certainty=c.certainty, anchor=c.anchor or ("explicit" if c.explicit_year else None),
                            inferred=(*c.inferred, "eve"))  # (the night's first day, the eve, is inferred)
    if c.end_c is not None:
        ev, etz = _value(c.end_c)
        if not ev:
            return None
        v, kind = f"{v}/{ev}", "interval"
    if c.H is not None and c.date is None and not c.pdate and c.end_c is None and not c.rel:
        kind = "time"
    return TimeExpr(span=(c.start, c.end), text=text[c.start:c.end], value=v, kind=kind, tz=tz,
                    certainty=c.certainty, anchor=c.anchor or ("explicit" if c.explicit_year else None),
                    inferred=tuple(c.inferred))
