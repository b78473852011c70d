"""Inline SVG charts of a question's values: by source, and by report date. No scripts, no external
resources; every label escaped; each chart has a title and a text description for screen readers.

Figures are drawn on a linear axis, or a log axis when the highest figure is over 50 times the lowest.
An exact figure is a dot, a range a bar, an open interval ("at least", "more than") a bar running to
the edge with an arrow, "at most" a bar from zero; unconfirmed claims are hollow, denied ones crossed.
"""

from __future__ import annotations

import datetime as dt
import math
from array import array
from collections.abc import Iterable, Iterator, Sequence
from html import escape
from itertools import islice
from typing import Any

from . import _periods

W, ROW, LEFT, RIGHT, TOP = 660, 22, 230, 24, 28
COLORS = {"official": "#1f4e99", "media": "#6b3fa0", "ngo": "#1d6b45", "eyewitness": "#9a4a00", "activist": "#a3124a",
          "union": "#5b5b00", "opposition": "#8a1f1f", "social_media": "#00627a", "company": "#4d4d4d",
          "author": "#333333", "unknown": "#595959"}


def _e(s: Any) -> str:
    return escape(str(s), quote=True)


class _Scale:
    def __init__(self, lo: float, hi: float, x0: float, x1: float) -> None:
        self.log = hi > 0 and lo > 0 and hi / lo > 50
        self.lo, self.hi = (lo, hi) if lo < hi else (lo - 1 if lo > 1 else 0, hi + 1)
        if self.log:
            self.lo = max(1.0, self.lo)
        self.x0, self.x1 = x0, x1

    def __call__(self, v: float) -> float:
        v = min(max(v, self.lo), self.hi)
        if self.log:
            t = (math.log10(v) - math.log10(self.lo)) / (math.log10(self.hi) - math.log10(self.lo))
        else:
            t = (v - self.lo) / (self.hi - self.lo)
        return self.x0 + t * (self.x1 - self.x0)

    def ticks(self) -> list[float]:
        if self.log:
            out, p = [], 10 ** math.floor(math.log10(self.lo))
            while p <= self.hi:
                out += [x for x in (p, 2 * p, 5 * p) if self.lo <= x <= self.hi]
                p *= 10
            return out or [self.lo, self.hi]
        span = self.hi - self.lo
        step = 10 ** math.floor(math.log10(span)) if span > 0 else 1
        if span / step < 4:
            step /= 2
        first = math.ceil(self.lo / step) * step
        return [first + i * step for i in range(int((self.hi - first) / step) + 1)]


def _interval(value: Any, qualifier: str) -> tuple[float, float, bool] | None:
    """(lo, hi, open_right) of a stated value for drawing; None for a vague amount."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return float(min(value)), float(max(value)), qualifier in ("at_least", "more_than")
    n = float(value)
    if qualifier in ("at_least", "more_than"):
        return n, n, True
    if qualifier in ("at_most", "less_than"):
        return 0.0, n, False
    return n, n, False


def _mark(x0: float, x1: float, y: float, open_right: bool, color: str, modality: str, right_edge: float,
          label: str) -> str:
    fill = "none" if modality != "asserted" else color
    parts = [f"<g><title>{_e(label)}</title>"]
    if open_right:
        parts.append(f'<line x1="{x0:.1f}" y1="{y}" x2="{right_edge:.1f}" y2="{y}" stroke="{color}" stroke-width="3"/>')
        parts.append(f'<path d="M{right_edge:.1f},{y - 5} l8,5 l-8,5 z" fill="{color}"/>')
    elif x1 - x0 > 1:
        parts.append(f'<line x1="{x0:.1f}" y1="{y}" x2="{x1:.1f}" y2="{y}" stroke="{color}" stroke-width="3"/>')
    parts.append(f'<circle cx="{x0:.1f}" cy="{y}" r="5" fill="{fill}" stroke="{color}" stroke-width="2"/>')
    if modality == "denied":
        parts.append(f'<path d="M{x0 - 6:.1f},{y - 6} l12,12 M{x0 - 6:.1f},{y + 6} l12,-12" stroke="#b00020" stroke-width="2"/>')
    parts.append("</g>")
    return "".join(parts)


def _axis(scale: _Scale, y: float) -> str:
    out = [f'<line x1="{scale.x0}" y1="{y}" x2="{scale.x1}" y2="{y}" stroke="#444"/>']
    for t in scale.ticks():
        x = scale(t)
        out.append(f'<line x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y + 4}" stroke="#444"/>'
                   f'<text x="{x:.1f}" y="{y + 16}" text-anchor="middle" font-size="11">{_e(f"{t:g}")}</text>')
    return "".join(out)


def _bounds(points: Iterable[dict[str, Any]]) -> tuple[float, float] | None:
    """The lowest and highest figure the drawable points reach (`min` and `max` of their ends), in one
    pass: no list of a large question's figures."""
    lo = hi = None
    for p in points:
        iv = _interval(p["value"], p["qualifier"])
        if not iv:
            continue
        for x in iv[:2]:
            if lo is None:
                lo = hi = x
            elif x < lo:
                lo = x
            elif x > hi:
                hi = x
    return (lo, hi) if lo is not None else None  # type: ignore[return-value]


class _Drawn(Sequence[Any]):
    """The points of ``points`` that ``keep`` accepts, read again on each pass (nothing held per point):
    a large question has one per claim. Sliced only from the start (`_describe`)."""

    def __init__(self, points: Sequence[Any], keep: Any) -> None:
        self.points, self.keep = points, keep
        self.n = sum(1 for _ in self)

    def __iter__(self) -> Iterator[Any]:
        return (p for p in self.points if self.keep(p))

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i):  # type: ignore[override]
        if not isinstance(i, slice) or i.start not in (None, 0) or i.step not in (None, 1) or i.stop is None or i.stop < 0:
            raise TypeError("only a slice from the start")
        return list(islice(self, i.stop))


def values_by_source(question: Any, points: Sequence[dict[str, Any]], chart_id: str) -> str:
    """One row per source; ``points`` are dicts with value, qualifier, modality, source {name, type}."""
    return "".join(values_by_source_parts(question, points, chart_id))


def values_by_source_parts(question: Any, points: Sequence[dict[str, Any]], chart_id: str) -> Iterator[str]:
    """`values_by_source` in pieces (a question with many claims draws a mark for each); nothing when
    there is no figure to draw. ``points`` is read a few times, never copied."""
    points = _Drawn(points, lambda p: p["value"] is not None)
    b = _bounds(points)
    if b is None:
        return
    rows = list(dict.fromkeys((p["source"]["name"], p["source"]["type"]) for p in points))  # in order of appearance
    h = TOP + ROW * len(rows) + 30
    scale = _Scale(0.0 if b[0] > 0 and b[1] / max(b[0], 1) <= 50 else b[0], b[1] * 1.05 or 1, LEFT, W - RIGHT - 10)
    title = f"Figures by source: {question.text}"
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
           f'viewBox="0 0 {W} {h}" width="100%" style="max-width:{W}px" class="chart">',
           f'<title id="{chart_id}-t">{_e(title)}</title>',
           f'<desc id="{chart_id}-d">{_e(_describe(points))}</desc>']
    for i, (name, typ) in enumerate(rows):
        y = TOP + ROW * i
        label = name if len(name) <= 20 else name[:19] + "…"
        out.append(f'<text x="{LEFT - 8}" y="{y + 4}" text-anchor="end" font-size="12">{_e(label)} '
                   f'<tspan fill="{COLORS.get(typ, "#333")}" font-size="10">({_e(typ)})</tspan></text>')
        out.append(f'<line x1="{LEFT}" y1="{y}" x2="{W - RIGHT}" y2="{y}" stroke="#ddd"/>')
    yield from out
    out = []
    row_of = {key: i for i, key in enumerate(rows)}
    for p in points:
        iv = _interval(p["value"], p["qualifier"])
        if iv is None:
            continue
        y = TOP + ROW * row_of[(p["source"]["name"], p["source"]["type"])]
        label = f'{p["source"]["name"]}: {_fmt(p["value"])} ({p["qualifier"]}, {p["modality"]})'
        yield _mark(scale(iv[0]), scale(iv[1]), y, iv[2], COLORS.get(p["source"]["type"], "#333"), p["modality"],
                    scale.x1, label)
    out.append(_axis(scale, TOP + ROW * len(rows) - 6))
    out.append("</svg>")
    yield from out


def values_by_date(question: Any, points: Sequence[dict[str, Any]], chart_id: str) -> str:
    """Figures over report date (x) with each source's figures joined by a line (its evolution)."""
    return "".join(values_by_date_parts(question, points, chart_id))


def values_by_date_parts(question: Any, points: Sequence[dict[str, Any]], chart_id: str) -> Iterator[str]:
    """`values_by_date` in pieces; nothing when there is no dated figure to draw. ``points`` is read a
    few times, never copied; each distinct report date is parsed once."""
    ordinal: dict[Any, int | None] = {}  # report date -> its day's ordinal (None: not a date)

    def day(p: dict[str, Any]) -> int | None:
        date = p.get("date")
        try:
            return ordinal[date]
        except KeyError:
            per = _periods.parse(_periods.day_key(date))
            ordinal[date] = per[0].toordinal() if per else None
            return ordinal[date]
        except TypeError:  # an unhashable date: parsed each time
            per = _periods.parse(_periods.day_key(date))
            return per[0].toordinal() if per else None

    pts = _Drawn(points, lambda p: p["value"] is not None and day(p) is not None)
    b = _bounds(pts)
    if b is None or not pts:
        return
    d0 = d1 = None
    for p in pts:
        d = day(p)
        d0, d1 = (d, d) if d0 is None else (min(d0, d), max(d1, d))  # type: ignore[type-var]
    if d0 == d1:
        d0, d1 = d0 - 1, d1 + 1  # type: ignore[operator]
    h = 240
    ys = _Scale(0.0 if b[1] / max(b[0], 1) <= 50 else b[0], b[1] * 1.05 or 1, h - 40, 20)
    xs = lambda d: 60 + (d - d0) / (d1 - d0) * (W - 100)  # noqa: E731
    title = f"Figures by report date: {question.text}"
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
           f'viewBox="0 0 {W} {h}" width="100%" style="max-width:{W}px" class="chart">',
           f'<title id="{chart_id}-t">{_e(title)}</title>',
           f'<desc id="{chart_id}-d">{_e(_describe(pts, dated=True))}</desc>',
           f'<line x1="60" y1="{h - 40}" x2="{W - 40}" y2="{h - 40}" stroke="#444"/>',
           f'<line x1="60" y1="20" x2="60" y2="{h - 40}" stroke="#444"/>']
    for t in ys.ticks():
        y = ys(t)
        out.append(f'<text x="54" y="{y + 4:.1f}" text-anchor="end" font-size="11">{_e(f"{t:g}")}</text>'
                   f'<line x1="60" y1="{y:.1f}" x2="{W - 40}" y2="{y:.1f}" stroke="#eee"/>')
    days = {day(p) for p in pts}
    for d in sorted({d0, d1, *days}):
        if d in (d0, d1) and d not in days:
            continue
        out.append(f'<text x="{xs(d):.1f}" y="{h - 24}" text-anchor="middle" font-size="10">'
                   f'{_e(dt.date.fromordinal(d).isoformat())}</text>')
    del days
    lines: dict[tuple[str, str], array[float]] = {}  # a source's points, as x, y pairs (16 bytes a point)
    for p in pts:
        iv = _interval(p["value"], p["qualifier"])
        assert iv is not None
        line = lines.get((p["source"]["name"], p["source"]["type"]))
        if line is None:
            line = lines[(p["source"]["name"], p["source"]["type"])] = array("d")
        line.append(xs(day(p)))
        line.append(ys(iv[0]))
    yield from out
    del out
    for (_, typ), coords in lines.items():
        if len(coords) > 2:
            yield '<polyline points="'
            yield from _joined(f"{coords[k]:.1f},{coords[k + 1]:.1f}" for k in range(0, len(coords), 2))
            yield f'" fill="none" stroke="{COLORS.get(typ, "#333")}" stroke-width="1.5"/>'
    del lines
    for p in pts:
        d = day(p)
        iv = _interval(p["value"], p["qualifier"])
        assert iv is not None
        color = COLORS.get(p["source"]["type"], "#333")
        fill = color if p["modality"] == "asserted" else "none"
        label = f'{p["date"]} {p["source"]["name"]}: {_fmt(p["value"])} ({p["qualifier"]}, {p["modality"]})'
        yield (f'<g><title>{_e(label)}</title><circle cx="{xs(d):.1f}" cy="{ys(iv[0]):.1f}" r="5" fill="{fill}" '
               f'stroke="{color}" stroke-width="2"/></g>')
    yield "</svg>"


def _joined(items: Iterator[str], sep: str = " ", size: int = 256) -> Iterator[str]:
    """``sep.join(items)`` in pieces of ``size`` items."""
    first = True
    while chunk := list(islice(items, size)):
        yield ("" if first else sep) + sep.join(chunk)
        first = False


def _fmt(v: Any) -> str:
    if isinstance(v, (list, tuple)):
        return f"{v[0]}–{v[1]}"
    return "vague" if v is None else str(v)


def _describe(points: Sequence[dict[str, Any]], dated: bool = False) -> str:
    parts = []
    for p in points[:40]:
        when = f'{p.get("date")}: ' if dated else ""
        parts.append(f'{when}{p["source"]["name"]} ({p["source"]["type"]}) {p["qualifier"]} {_fmt(p["value"])}')
    more = f"; and {len(points) - 40} more" if len(points) > 40 else ""
    return "; ".join(parts) + more
