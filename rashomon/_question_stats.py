"""The statistics of one question: value entries, current vs superseded figures, evolution, grade.

Definitions are in `rashomon.questions` (module docstring); this module only computes them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from . import _periods
from .document import Document
from .independence import Independence
from .model import Claim, QuestionValue

_QUAL_ORDER = {q: i for i, q in enumerate(("exact", "about", "at_least", "more_than", "range", "at_most", "less_than", "vague"))}


def _vkey(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def report_days(docs: dict[str, Document]) -> Callable[[Claim], str]:
    """A claim's report day (`_periods.day_key` of its `report_date`), one string per distinct report
    date (a large question's claims repeat few)."""
    from .questions import report_date

    memo: dict[str | None, str] = {}

    def day(c: Claim) -> str:
        d = report_date(c, docs)
        k = memo.get(d)
        if k is None:
            k = memo[d] = _periods.day_key(d)
        return k

    return day


def current_claims(claims: Sequence[Claim], docs: dict[str, Document]) -> tuple[list[Claim], set[str]]:
    """Claims still standing, and the ids of figures a source later revised (its earlier report dates)."""
    from .questions import _source_key

    day = report_days(docs)
    by_source: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        by_source[_source_key(c, docs)].append(c)
    superseded: set[str] = set()
    for members in by_source.values():
        dates = {day(c) for c in members} - {""}
        if len(dates) < 2:
            continue
        last = max(dates)
        latest = {(_vkey(c.value), c.qualifier) for c in members if day(c) == last}
        for c in members:
            d = day(c)
            if d and d < last and (_vkey(c.value), c.qualifier) not in latest:
                superseded.add(c.id)
    return [c for c in claims if c.id not in superseded], superseded


def _sort_key(item: tuple[Any, str]) -> tuple[int, float, float, int]:
    value, qual = item
    if value is None:
        return (1, 0.0, 0.0, _QUAL_ORDER.get(qual, 9))
    lo, hi = (value if isinstance(value, tuple) else (value, value))
    return (0, float(lo), float(hi), _QUAL_ORDER.get(qual, 9))


def make_values(claims: Sequence[Claim], docs: dict[str, Document], ind: Independence,
                superseded: set[str]) -> list[QuestionValue]:
    """One entry per distinct (value, qualifier), lowest figure first, vague amounts last. A source all of
    whose claims of a value deny it is listed in ``extra["denied_by"]``: it does not state the value (an
    official denial of a rumoured toll makes the toll no official figure)."""
    from .questions import claim_interval, report_date, source_of

    groups: dict[tuple[Any, str], list[Claim]] = defaultdict(list)
    for c in claims:
        groups[(_vkey(c.value), c.qualifier)].append(c)
    out = []
    for (value, qual) in sorted(groups, key=_sort_key):
        members = groups[(value, qual)]
        sources: list[dict[str, str]] = []
        states: dict[tuple[str, str], bool] = {}  # per source: does any claim of it state the value?
        for c in members:
            s = source_of(c, docs)
            if s not in sources:
                sources.append(s)
            key = (s["name"], s["type"])
            states[key] = states.get(key, False) or c.modality != "denied"
        denied_by = [s for s in sources if not states[(s["name"], s["type"])]]
        dates = sorted(d for c in members if (d := report_date(c, docs)))
        lo, hi = claim_interval(members[0])
        standing = [c for c in members if c.id not in superseded]
        out.append(QuestionValue(
            value=value, qualifier=qual, claims=[c.id for c in members], sources=sources,
            docs=sorted({c.doc for c in members}), independent=ind.origins((c.doc, c.span[0]) for c in members),
            first_reported=min(dates, key=_periods.day_key) if dates else None,
            extra={
                "interval": [int(lo), None if hi == float("inf") else int(hi)],
                "modalities": dict(Counter(c.modality for c in members)),
                "asserted": any(c.modality == "asserted" for c in standing),
                "superseded": [c.id for c in members if c.id in superseded],
                "official": any(s["type"] == "official" and s not in denied_by for s in sources),
            } | ({"denied_by": denied_by} if denied_by else {}),
        ))
    return out


def evolution(claims: Sequence[Claim], docs: dict[str, Document],
              keep: Callable[[Iterable[Any]], Sequence[Any]] = list,
              keep_series: Callable[[Iterable[Any]], Sequence[Any]] | None = None,
              keep_points: Callable[[Iterable[Any]], Sequence[Any]] | None = None) -> dict[str, Any]:
    """Figures over report time: every dated claim (``overall``) and per source with >= 2 dated claims.

    ``keep`` makes each list from its items (a large question's keeps them on disk, `questions._long_lists`):
    points are made as they are kept, from small rows; with ``list``, a point of a source's series is the
    same (read-only) dict as in ``overall``. ``keep_series`` and ``keep_points`` (default ``keep``) make
    the list of series and each series' points: a large question's series are kept a few at a time,
    their long point lists apart (a spilled list's items are not written while another is)."""
    keep_series = keep_series or keep
    keep_points = keep_points or keep
    from .questions import _source_key, report_date, source_of

    rows, keys = [], {}  # per dated claim: (report day, claim id, position, its source's number)
    day_of = report_days(docs)
    for i, c in enumerate(claims):
        day = day_of(c)
        if day:
            rows.append((day, c.id, i, keys.setdefault(_source_key(c, docs), len(keys))))
    del keys
    rows.sort()  # by day and claim id (ties: in the claims' order, as a stable sort)
    series: dict[int, list[int]] = defaultdict(list)
    for r in rows:
        series[r[3]].append(r[2])
    shared: dict[tuple[str, str], dict[str, str]] = {}  # equal sources: one dict (a large question has many points)
    made: dict[int, dict[str, Any]] | None = {} if keep is list else None

    def point(i: int) -> dict[str, Any]:
        if made is not None and i in made:
            return made[i]
        c = claims[i]
        src = source_of(c, docs)
        p = {"date": report_date(c, docs), "value": list(c.value) if isinstance(c.value, tuple) else c.value,
             "qualifier": c.qualifier, "modality": c.modality,
             "source": shared.setdefault((src["name"], src["type"]), src), "claim": c.id, "doc": c.doc}
        if made is not None:
            made[i] = p
        return p

    overall = keep(point(r[2]) for r in rows)
    del rows
    by_source = keep_series({"source": point(at[0])["source"], "points": keep_points(point(i) for i in at)}
                            for at in series.values() if len(at) >= 2)
    return {"overall": overall, "by_source": by_source}


def grade(values: Sequence[QuestionValue], asserted: Sequence[Claim], ind: Independence, contested: bool = False
          ) -> tuple[str, dict[str, Any] | None]:
    """The grade of the best-attested value and a description of that value.

    Best: most independent origins, then stated by an official source, then more documents, then a
    bounded value over an open one ("at least"), then the lower figure."""
    from .questions import _disjoint, claim_interval

    by_id = {c.id: c for c in asserted}
    scored = []
    for i, v in enumerate(values):
        mine = [by_id[x] for x in v.claims if x in by_id]
        if not mine:
            continue
        origins = ind.origins((c.doc, c.span[0]) for c in mine)
        official = any(c.source is not None and c.source.type == "official" for c in mine)
        lo, hi = v.extra["interval"]
        scored.append(((origins, official, len(v.docs), hi is not None, -lo, -i), v, mine, origins, official))
    if not scored:
        return "unconfirmed", None
    _, best, mine, origins, official = max(scored, key=lambda s: s[0])
    own, first = set(best.claims), claim_interval(mine[0])
    contradicted = any(_disjoint([first, claim_interval(c)]) for c in asserted if c.id not in own)
    if contested or contradicted:
        g = "contested"
    elif official:
        g = "official"
    elif origins >= 2:
        g = "multiple_independent"
    else:
        g = "single_source"
    desc = {"value": list(best.value) if isinstance(best.value, tuple) else best.value, "qualifier": best.qualifier,
            "independent": origins, "official": official, "contradicted": contradicted}
    return g, desc
