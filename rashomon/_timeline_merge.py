"""The timeline merged across documents (`build_timeline`), in memory bounded by one day's events.

Events are sorted by `sort_key` (with ``spill``, an external sort: sorted runs in temporary files,
merged as they are read; see `rashomon._spill.sorted_spilled`). Every day of the sorted stream is a
contiguous range (the events whose date starts with that day), so the events of one day are gathered,
cross-referenced and passed on before the next day is read: memory holds one day's events, never
the corpus's. Within a day, the pairs that can match are found through an index of the day's events
by event kind, entity and label word; a large day is compared with numpy one event against all the
others, since there a common kind or word makes most pairs candidates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from ._spill import Spill, sorted_spilled
from .model import TimelineEvent

_WORD = re.compile(r"\w+")
DENSE = 48  # a day of this many events or more is compared with numpy (fewer: pair by pair)
RUN = 20_000  # events sorted in memory at once when spilled (a few tens of MB)

# (kinds, entities, label tokens, clock) of an event: what decides whether two events match
Features = tuple[set[str], set[str], set[str], str | None]


def sort_key(e: TimelineEvent) -> tuple:
    """Chronological; a partial date (``2011-12``) before the full dates it contains; year-less last."""
    w = e.when or ""
    return (w.startswith("--"), w.split("/")[0], e.doc, e.span)


def build_timeline(events: Iterable[TimelineEvent], *, spill: bool = False,
                   dir: str | None = None) -> list[TimelineEvent] | Spill[TimelineEvent]:
    """Cross-reference the same event across documents, flag conflicting times, sort by ``when``.

    Every (document, event) entry stays in the output (the output is read per document); entries of
    other documents on the same day that report the same kind of event (shared event kind, entity or
    label words) are listed in ``also``; when both state a clock time and the times differ, each
    lists the other in ``conflicts`` instead. Each lists at most `MAX_XREF` (the first in input order);
    ``more`` counts the rest (``{"also": 130}``), so a story reported 500 times stays readable.

    The events are changed in place and returned sorted: as a list, or with ``spill`` as a `Spill`
    (in ``dir``), the events then waiting on disk while they are sorted and afterwards.
    """
    numbered = enumerate(events)
    if spill:
        out: list[TimelineEvent] | Spill[TimelineEvent] = Spill(dir=dir)
        ordered: Iterable[tuple[int, TimelineEvent]] = sorted_spilled(numbered, key=_numbered_key, run=RUN, dir=dir)
    else:
        out, ordered = [], sorted(numbered, key=_numbered_key)  # stable: ties keep the input order
    for e in _by_day(ordered):
        out.append(e)
    return out


def _numbered_key(item: tuple[int, TimelineEvent]) -> tuple:
    return sort_key(item[1])


def _day(e: TimelineEvent) -> str | None:
    """The day an event is cross-referenced on (``2011-12-16``), or None (a month, a year-less date)."""
    day = (e.when or "").split("/")[0].split("T")[0]
    return day if len(day) == 10 and not day.startswith("--") else None


def _by_day(ordered: Iterable[tuple[int, TimelineEvent]]) -> Iterator[TimelineEvent]:
    """The events of ``ordered`` (sorted by `sort_key`), each day's cross-referenced before it is passed on.

    The events of a day D are those whose first date is D or D followed by a time, so in `sort_key`
    order they lie within the range of dates starting with D (with, at most, odd dates that only
    start with D); that range is held until it ends."""
    held: list[TimelineEvent] = []
    day: list[tuple[int, TimelineEvent]] = []
    prefix = ""
    for n, e in ordered:
        if held and (e.when or "").split("/")[0].startswith(prefix):
            held.append(e)
            if _day(e) == prefix:
                day.append((n, e))
            continue
        if held:
            _link_day(day)
            yield from held
            held, day = [], []
        d = _day(e)
        if d is None:
            yield e
        else:
            prefix, held, day = d, [e], [(n, e)]
    if held:
        _link_day(day)
        yield from held


def _link_day(day: list[tuple[int, TimelineEvent]]) -> None:
    """Cross-reference the events of one day; each lists its matches in input order."""
    if len(day) < 2:
        return
    from .timeline import event_kinds

    evs = [e for _, e in sorted(day, key=lambda item: item[0])]
    feats = [(event_kinds(e.quote), set(e.entities), _tokens(e.label), _clock(e.when)) for e in evs]
    docs = [e.doc for e in evs]
    partners = (_pairs_dense if len(evs) >= DENSE else _pairs)(feats, docs)
    for e, (also, conflicts) in zip(evs, partners, strict=True):
        _attach(e, evs, also, conflicts)


def _pairs(feats: list[Features], docs: list[str]) -> list[tuple[list[int], list[int]]]:
    """For each event, the positions of the events it matches (``also``) and of those of the same kind
    at another time (``conflicts``), ascending; pair by pair (a small day)."""
    out: list[tuple[list[int], list[int]]] = [([], []) for _ in feats]
    for i, (ka, ea, ta, ca) in enumerate(feats):
        for j in range(i + 1, len(feats)):
            if docs[i] == docs[j]:
                continue
            kb, eb, tb, cb = feats[j]
            if not (ka & kb or ea & eb or len(ta & tb) >= 2):
                continue
            if ca and cb and ca != cb:
                if ka & kb:  # the same kind of event at two different times
                    out[i][1].append(j)
                    out[j][1].append(i)
                continue
            out[i][0].append(j)
            out[j][0].append(i)
    return out


def _pairs_dense(feats: list[Features], docs: list[str]) -> list[tuple[Any, Any]]:
    """`_pairs` for a large day: an index (positions by kind, entity, label token) gives each event's
    events sharing a kind, an entity or two tokens, one numpy pass over the day per event."""
    import numpy as np

    m = len(feats)
    index: list[dict[str, list[int]]] = [defaultdict(list), defaultdict(list), defaultdict(list)]
    for i, f in enumerate(feats):
        for part, postings in zip(f[:3], index, strict=True):
            for x in part:
                postings[x].append(i)
    kinds, ents, toks = ({x: np.array(p, dtype=np.intp) for x, p in postings.items()} for postings in index)
    codes: dict[str | None, int] = {}
    doc = np.array([codes.setdefault(d, len(codes)) for d in docs])
    clocks = {None: 0, "": 0}
    clock = np.array([clocks.setdefault(f[3], len(clocks)) for f in feats])
    timed = clock != 0
    empty = np.zeros(0, dtype=np.intp)
    out = []
    for i, (k, e, t, _) in enumerate(feats):
        same_kind = np.zeros(m, dtype=bool)
        same_kind[np.concatenate([kinds[x] for x in k]) if k else empty] = True
        match = same_kind.copy()
        match[np.concatenate([ents[x] for x in e]) if e else empty] = True
        if len(t) >= 2:
            match |= np.bincount(np.concatenate([toks[x] for x in t]), minlength=m) >= 2
        match &= doc != doc[i]
        if clock[i]:
            clash = timed & (clock != clock[i])
            out.append((np.flatnonzero(match & ~clash), np.flatnonzero(match & clash & same_kind)))
        else:
            out.append((np.flatnonzero(match), empty))
    return out


def _attach(e: TimelineEvent, evs: list[TimelineEvent], also: Any, conflicts: Any) -> None:
    """List ``e``'s matches (positions in ``evs``, ascending) up to `MAX_XREF` a field and count the rest
    in ``more``, as if each had been added one by one in that order (so ``more``'s keys come in the
    order the fields overflowed)."""
    from .timeline import MAX_XREF

    overflow = []
    for field, found in (("also", also), ("conflicts", conflicts)):
        refs = getattr(e, field)
        room = max(MAX_XREF - len(refs), 0)
        for j in found[:room]:
            b = evs[j]
            refs.append({"id": b.id, "doc": b.doc, "when": b.when} if field == "also" else b.id)
        if len(found) > room:
            overflow.append((int(found[room]), field, len(found) - room))
    for _, field, n in sorted(overflow):
        e.more[field] = e.more.get(field, 0) + n


def _tokens(s: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(s.casefold()) if len(w) > 3 and not w.isdigit()}


def _clock(when: str | None) -> str | None:
    if not when or "T" not in when:
        return None
    return when.split("T", 1)[1][:5]
