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

from ..document import Document
from ..model import TimeExpr
from .tagger import Cand, parse_iso_date
from .zones import offset_at

_ANY = dt.date(2000, 1, 1)


def _choose_year(m: int, d: int | None, ref: dt.date, forward: bool, weekday: int | None = None,
                 limit: dt.date | None = None) -> int | None:
    """``limit``: the report's date; a reported event (not a deadline) is unlikely to come after it."""
    best, best_cost = None, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            day = dt.date(y, m, d or 15)
        except ValueError:
            continue
        delta = (day - ref).days
        cost = (delta if delta >= 0 else -2 * delta) if forward else (-delta if delta <= 0 else 2 * delta)
        if weekday is not None and d is not None and day.isoweekday() != weekday:
            cost += 10_000
        if limit is not None and (day.replace(day=d or 1) - limit).days > 31:
            cost += 1_000
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


class _Context:
    """What the text has established so far while walking it in order."""

    def __init__(self, cands: list[Cand], doc: Document):
        self.doc = doc
        self.last: tuple[int, dt.date, int] | None = None  # (pos, date, precision: 3 day, 2 month)
        self.history: list[tuple[int, dt.date, int]] = []  # every ``last`` in text order
        self.partial: list[tuple[int, tuple[int, int]]] = []  # year-less days, in text order
        self.seen_md: dict[tuple[int, int], int] = {}  # (month, day) -> year the text already gave it
        self.published = parse_iso_date(doc.published)
        if self.published is None:
            self.published = _dateline(cands, doc.text)
        if self.published is None:
            self.published = parse_iso_date(doc.updated)
        self.section_dates: dict[tuple[int, int], tuple[dt.date, int]] = {}  # heading span -> date, precision
        self.explicit = [(c.start, c.y) for c in cands if c.explicit_year and c.y is not None]
        self.explicit_dates = [(c.start, dt.date(c.y, c.m, c.d or 1)) for c in cands
                               if c.explicit_year and c.y is not None and c.m is not None]

    def note(self, c: Cand) -> None:
        """Let ``c`` anchor what follows: stated days and months, and anaphoric relative days; not
        weekdays or day parts alone, months of a guessed year, nor bounds ("до 5 января") for days."""
        if c.y is None and c.m is not None and c.d is not None and c.rel is None:
            self.partial.append((c.start, (c.m, c.d)))
        if c.y is None or c.m is None or (c.rel is None and c.part is None and not self._stated(c)):
            return
        if c.rel is not None:  # "напередодні" does not move the story's date for what follows
            return
        if c.d is None and not c.explicit_year:
            return
        date = c.date or dt.date(c.y, c.m, c.d or 1)
        prec = 3 if c.d is not None and c.certainty not in ("before", "after") else 2
        self.last = (c.start, date, prec)
        self.history.append(self.last)
        if c.d is not None:
            self.seen_md.setdefault((c.m, c.d), c.y)
        for s in self.doc.sections:
            if s.span[0] <= c.start < s.span[1] and s.span not in self.section_dates:
                self.section_dates[s.span] = (date, prec)

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

    def reference(self, pos: int, day_only: bool = False) -> tuple[dt.date, str, bool] | None:
        """(anchor date, how, forward) for an expression at ``pos``."""
        sec = self.section_date(pos)
        last = self._last_before(pos, day_only)
        options = [x for x in (sec and (*sec, "section"), last and (*last, "nearby")) if x]
        if day_only:
            options = [x for x in options if x[2] == 3]
        if options:
            pos_, date, _, how = max(options, key=lambda x: x[0])
            return date, how, True
        if self.published:
            return self.published, "published", False
        i = bisect.bisect_right(self.explicit, (pos, 1 << 30))
        later = self.explicit[i][1] if i < len(self.explicit) else None
        if later is not None and not day_only:
            return dt.date(later, 1, 1), "nearby", False
        return None


def _dateline(cands: list[Cand], text: str) -> dt.date | None:
    """The date of a byline or dateline in the first three lines ("Zhezkazgan, 17 May 2023 —", "«Улытау
    Курьер» 16 мая 2023 года, 22:15"): a short line whose full date, year included, dates the report."""
    seen, pos = 0, 0
    while seen < 3 and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        line = text[pos:end]
        if line.strip():
            seen += 1
            if len(line.split()) <= 12:
                for c in cands:
                    if pos <= c.start < end and c.explicit_year and c.d is not None and c.end_c is None:
                        return dt.date(c.y, c.m, c.d)
        pos = end + 1
    return None


def _following_explicit(ctx: _Context, pos: int) -> dt.date | None:
    """The first date with a stated year and month after ``pos``."""
    i = bisect.bisect_right(ctx.explicit_dates, (pos, dt.date.max))
    return ctx.explicit_dates[i][1] if i < len(ctx.explicit_dates) else None


def _resolve_date(c: Cand, ctx: _Context, cands: list[Cand], i: int) -> None:
    if c.rel is not None:
        days, kind = c.rel
        if kind == "deictic" and ctx.published is not None:
            ref, how = ctx.published, "published"
        else:  # anaphoric, or deictic in a text without a date of its own: the date it last gave
            r = ctx.reference(c.start, day_only=True)
            ref, how = (r[0], r[1]) if r else (None, None)
        if ref is None:
            before = ctx.partial[-1:] if kind == "anaphoric" else []  # dates are walked in text order
            if before:  # "16 грудня ... наступного дня" with the year still unknown: --12-17
                day = dt.date(2000, *before[-1][1]) + dt.timedelta(days=days)  # 2000: 29 February exists
                c.pdate, c.anchor, c.inferred = (day.month, day.day), "nearby", ["date"]
            return
        c.date = ref + dt.timedelta(days=days)
        c.y, c.m, c.d = c.date.year, c.date.month, c.date.day
        c.inferred, c.anchor = ["date"], how
        return
    if c.m is None and c.y is None:
        if c.weekday is not None or c.daypart is not None:  # "on Friday", "вечером"
            r = ctx.reference(c.start, day_only=True)
            if c.weekday is not None:  # a weekday alone counts back from the report's date, if known
                r = (ctx.published, "published", False) if ctx.published is not None else None
            if r is None:
                return
            ref, how, forward = r
            if c.weekday is not None:
                back = (ref.isoweekday() - c.weekday) % 7
                ref = ref - dt.timedelta(days=back) if (not forward or back <= 3) else ref + dt.timedelta(days=7 - back)
            c.date, c.inferred, c.anchor = ref, ["date"], how
            c.y, c.m, c.d = ref.year, ref.month, ref.day
        return
    if c.y is None and c.m is not None:
        r = ctx.reference(c.start)
        if c.yrel is not None and ctx.published is not None:
            c.y, c.anchor = ctx.published.year + c.yrel, "published"
        elif c.yrel is not None and r is not None:
            c.y, c.anchor = r[0].year + c.yrel, r[1]
        elif c.d is not None and (c.m, c.d) in ctx.seen_md:  # the same day named again: the same year
            c.y, c.anchor = ctx.seen_md[(c.m, c.d)], "nearby"
        elif r is not None:
            ref, how, forward = r
            if how == "nearby" and not forward:  # the first dates of a text: the next explicit date decides
                ref = _following_explicit(ctx, c.start) or ref
            limit = ctx.published if c.certainty != "before" else None
            c.y, c.anchor = _choose_year(c.m, c.d, ref, forward, c.weekday, limit), how
        if c.y is None:
            return
        c.inferred = ["year"]
    else:
        c.anchor = "explicit"
    if c.d is not None:
        try:
            c.date = dt.date(c.y, c.m, c.d)
        except ValueError:
            c.y = None  # 29 February of a year that has none
            c.date = None


def _in(cands: list[Cand], starts: list[int], span: tuple[int, int]) -> list[Cand]:
    return cands[bisect.bisect_left(starts, span[0]):bisect.bisect_left(starts, span[1])]


def _resolve_time(c: Cand, ctx: _Context, cands: list[Cand], sent: tuple[int, int] | None, starts: list[int]) -> None:
    """A clock time takes the date of its sentence, else its section, else the nearest, else published."""
    if c.date is not None:
        return
    if sent:
        same = [o for o in _in(cands, starts, sent) if o is not c and o.date is not None and o.H is None
                and o.certainty not in ("before", "after")]  # "вводит до 5 июня ... в 18:00"
        if same:
            o = min(same, key=lambda o: abs(o.start - c.start))
            c.date, c.anchor, c.inferred = o.date, "nearby", ["date"]
            return
    r = ctx.reference(c.start, day_only=True)
    if r is not None:
        c.date, c.anchor, c.inferred = r[0], r[1], ["date"]
        return
    if sent:
        same = [o for o in _in(cands, starts, sent) if o.H is None and o.y is None and o.d is not None]
        if same:
            c.pdate, c.anchor, c.inferred = (same[0].m, same[0].d), "nearby", ["date"]
            return
    i = bisect.bisect_left(ctx.partial, (c.start,))
    if i:  # the year is left to the corpus stage: "--12-16T12:52"
        c.pdate, c.anchor, c.inferred = ctx.partial[i - 1][1], "nearby", ["date"]


def anchor_all(cands: list[Cand], doc: Document) -> None:
    ctx = _Context(cands, doc)
    for i, c in enumerate(cands):
        _resolve_date(c, ctx, cands, i)
        if c.end_c is not None:
            e = c.end_c
            if e.m is not None and e.y is None and c.y is not None:
                e.y = c.y if (e.m, e.d or 1) >= (c.m or 1, c.d or 1) else c.y + 1
            if e.y is not None and e.d is not None and e.m is not None:
                e.date = dt.date(e.y, e.m, e.d)
            if c.y is None and e.y is not None and c.m is not None:  # "16-17 December 2011"
                c.y = e.y if (c.m, c.d or 1) <= (e.m, e.d or 1) else e.y - 1
                c.anchor = "explicit"
                if c.d is not None:
                    c.date = dt.date(c.y, c.m, c.d)
        if c.H is None:
            ctx.note(c)
    starts = [c.start for c in cands]
    for c in cands:
        if c.H is not None:
            _resolve_time(c, ctx, cands, _sentence(doc, c.start), starts)
            if c.end_c is not None and c.end_c.H is not None:
                e = c.end_c
                e.date = c.date
                if c.date is not None and (e.H, e.M) <= (c.H, c.M):
                    e.date = c.date + dt.timedelta(days=1)


def _sentence(doc: Document, pos: int) -> tuple[int, int] | None:
    s = doc.sentence_at(pos) if doc.sentences else None
    if s is None:
        return None
    # a chronology line ("12:52 ...") is its own sentence even when the segmenter joined lines
    lo = doc.text.rfind("\n", s.span[0], pos) + 1 or s.span[0]
    hi = doc.text.find("\n", pos, s.span[1])
    return (max(lo, s.span[0]), hi if hi != -1 else s.span[1])


def _date_str(y: int | None, m: int | None, d: int | None) -> str:
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


def to_timex(c: Cand, text: str) -> TimeExpr | None:
    v, tz = _value(c)
    if not v:
        return None
    kind = "datetime" if c.H is not None and (c.date is not None or c.pdate) else "time" if c.H is not None else "date"
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


def _date_part(v: str) -> str:
    return v.split("T")[0]


def _when(t: TimeExpr) -> str:
    """A timex as a claim's ``when``: the date; an interval of clock times ("с 23 до 7 часов") its first day."""
    if t.kind != "interval":
        return _date_part(t.value)
    a, _, b = t.value.partition("/")
    if "T" in a:
        return _date_part(a)
    return f"{a}/{b}"


def dominant_date(doc: Document, timexes: list[TimeExpr]) -> str | None:
    """The day a document is mostly about: its most often stated day (outside citations and bounds
    such as "until 5 January"); ties go to the earliest mentioned. None when it states no day."""
    key = (doc.id, id(timexes), len(timexes))
    if key in _DOMINANT:
        return _DOMINANT[key]
    blocked = [c.span for c in doc.citations if c.span]
    counts: dict[str, int] = {}
    for t in timexes:
        if t.kind == "interval" or t.certainty in ("before", "after"):
            continue
        if any(a <= t.span[0] < b for a, b in blocked):
            continue
        d = _date_part(t.value)
        if len(d) == 10:
            counts[d] = counts.get(d, 0) + 1
    best = max(counts, key=lambda d: counts[d]) if counts else None  # dicts keep first-seen order: ties -> earliest
    if len(_DOMINANT) > 256:
        _DOMINANT.clear()
    _DOMINANT[key] = best
    return best


_DOMINANT: dict[tuple, str | None] = {}


def date_at(doc: Document, timexes: list[TimeExpr], offset: int) -> tuple[str | None, str | None]:
    """The date governing ``offset``, for a claim's ``when``: ``(iso, how)``.

    In order: ``sentence`` (the most specific date stated in the sentence holding ``offset``; bounds
    such as "до 5 января" do not date it; an interval of clock times gives its first day), ``section``
    (the date of the heading above it, e.g. ``===17 декабря===``), ``paragraph`` (the first date of its
    paragraph), ``document`` (the day the document is mostly about, `dominant_date`), ``published``
    (``doc.published``, else ``doc.updated``); ``(None, None)`` when nothing dates it. Inside a
    citation (a cited headline) only ``document`` and ``published`` apply: the citation's own date is
    the report's, not the event's. Clock times alone never date a claim. A value may be year-less
    (``--12-16``) until `rashomon.timeline.reanchor` fills it.
    """
    def dated(t: TimeExpr) -> bool:
        return t.kind != "time" and not t.value.startswith("T")

    in_citation = any(c.span and c.span[0] <= offset < c.span[1] for c in doc.citations)
    s = doc.sentence_at(offset) if doc.sentences and not in_citation else None
    if s is not None:
        inside = [t for t in timexes if s.span[0] <= t.span[0] < s.span[1] and dated(t)
                  and t.certainty not in ("before", "after")]  # "до 5 января" bounds, it does not date
        if inside:
            best = max(inside, key=lambda t: (len(_date_part(t.value.split("/")[0])), -abs(t.span[0] - offset)))
            return _when(best), "sentence"
    if not in_citation:
        for sec in sorted(doc.sections_at(offset), key=lambda x: -x.level):
            head = [t for t in timexes if sec.span[0] <= t.span[0] < sec.span[1] and dated(t)]
            if head:
                return _when(head[0]), "section"
        for p in doc.paragraphs:
            if p.span[0] <= offset < p.span[1]:
                inside = [t for t in timexes if p.span[0] <= t.span[0] < p.span[1] and dated(t)
                          and t.certainty not in ("before", "after")]
                if inside:
                    return _when(inside[0]), "paragraph"
                break
    dom = dominant_date(doc, timexes)
    if dom is not None:
        return dom, "document"
    pub = parse_iso_date(doc.published) or parse_iso_date(doc.updated)
    if pub is not None:
        return pub.isoformat(), "published"
    return None, None
