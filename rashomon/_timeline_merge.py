"""The timeline merged across documents (`build_timeline`), in memory bounded by one day's events.

Events are sorted by `sort_key` (with ``spill``, an external sort: sorted runs of `RUN` events in
temporary files, merged as they are read; see `rashomon._spill.sorted_spilled`). Every day of the
sorted stream is a contiguous range (the events whose date starts with that day), so the events of
one day are gathered, cross-referenced and passed on before the next day is read. With ``spill`` a
day of more than `HOLD` events waits on disk too: what stays in memory is each event's features
(kinds, entities, label words, as small integers) and what another event lists of it (id, document,
time), and events get their references one at a time as they are passed on. Within a day, the
pairs that can match are found through an index of the day's events by event kind, entity and
label word; a large day is compared with numpy one event against all the others, since there a
common kind or word makes most pairs candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ._spill import BLOCK, Spill, release_memory, sorted_spilled
from .model import TimelineEvent

_WORD = re.compile(r"\w+")
DENSE = 48  # a day of this many events or more is compared with numpy (fewer: pair by pair)
RUN = 10_000  # events sorted in memory at once when spilled (~10 MB)
HOLD = 2_000  # with spill, a day's events past this many wait on disk until the day is merged

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

    In memory, the given events are changed in place and returned sorted in a list. With ``spill``
    they are copied to temporary files (in ``dir``) and a `Spill` of the merged copies is returned:
    the given events are left as they are.
    """
    numbered = enumerate(events)
    if spill:
        out: list[TimelineEvent] | Spill[TimelineEvent] = Spill(dir=dir, block=BLOCK)  # read in passes: in blocks
        ordered: Iterable[tuple[int, TimelineEvent]] = sorted_spilled(numbered, key=_numbered_key, run=RUN, dir=dir)
    else:
        out, ordered = [], sorted(numbered, key=_numbered_key)  # stable: ties keep the input order
    for e in _by_day(ordered, spill, dir):
        out.append(e)
    release_memory()
    return out


def _numbered_key(item: tuple[int, TimelineEvent]) -> tuple:
    return sort_key(item[1])


def _day(e: TimelineEvent) -> str | None:
    """The day an event is cross-referenced on (``2011-12-16``), or None (a month, a year-less date)."""
    day = (e.when or "").split("/")[0].split("T")[0]
    return day if len(day) == 10 and not day.startswith("--") else None


def _by_day(ordered: Iterable[tuple[int, TimelineEvent]], spill: bool = False,
            dir: str | None = None) -> Iterator[TimelineEvent]:
    """The events of ``ordered`` (sorted by `sort_key`), each day's cross-referenced before it is passed on.

    The events of a day D are those whose first date is D or D followed by a time, so in `sort_key`
    order they lie within the range of dates starting with D (with, at most, odd dates that only
    start with D); that range is held until it ends: in memory, or with ``spill`` past `HOLD`
    events in a `Spill`."""
    held: list[TimelineEvent] | Spill[TimelineEvent] = []
    members: list[tuple[int, int]] = []  # (input position, position in held) of the day's own events
    prefix = ""
    for n, e in ordered:
        if held and (e.when or "").split("/")[0].startswith(prefix):
            if _day(e) == prefix:
                members.append((n, len(held)))
            held.append(e)
            if spill and isinstance(held, list) and len(held) >= HOLD:
                held = Spill(held, dir=dir)
            continue
        if held:
            yield from _merged_day(held, members)
            held, members = [], []
        d = _day(e)
        if d is None:
            yield e
        else:
            prefix, held, members = d, [e], [(n, 0)]
    if held:
        yield from _merged_day(held, members)


def _merged_day(held: list[TimelineEvent] | Spill[TimelineEvent],
                members: list[tuple[int, int]]) -> Iterator[TimelineEvent]:
    """The events of ``held`` (one day's range) in their order, the day's own events (``members``)
    cross-referenced: each lists its matches in input order. A large day is read twice (features,
    then the events as each gets its references), so no more than one event's references are built
    at a time."""
    if len(members) < 2:
        yield from held
        return
    from .timeline import event_kinds

    rank = {k: r for r, (_, k) in enumerate(sorted(members))}  # position in held -> in input order
    m = len(members)
    refs: list[Any] = [None] * m  # (id, doc, when) of each event, what another lists of it
    feats: list[Any] = [None] * m
    dense = _Dense(m) if m >= DENSE else None
    for k, e in enumerate(held):
        r = rank.get(k)
        if r is not None:
            refs[r] = (e.id, e.doc, e.when)
            f = (event_kinds(e.quote), set(e.entities), _tokens(e.label), _clock(e.when))
            if dense is None:
                feats[r] = f
            else:
                dense.add(r, f, e.doc)
    if dense is None:
        rows = _pairs(feats, [ref[1] for ref in refs])
        row = rows.__getitem__
    else:
        dense.freeze()
        row = dense.row
    for k, e in enumerate(held):
        r = rank.get(k)
        if r is not None:
            _attach(e, refs, *row(r))
        yield e


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


class _Dense:
    """`_pairs` for a large day, one event at a time (all of a day's matches can be many): an index
    (positions by kind, entity, label token) gives the events sharing a kind, an entity or two tokens,
    in one numpy pass over the day. Holds the features of the day's events as small integers."""

    def __init__(self, m: int) -> None:
        self.m = m
        self.ids: tuple[dict[str, int], ...] = ({}, {}, {})  # kind, entity, token -> a number
        self.index: tuple[list[list[int]], ...] = ([], [], [])  # number -> positions having it
        self.own: list[Any] = [None] * m  # per position: its kind, entity and token numbers
        self.docs: dict[str, int] = {}
        self.clocks: dict[str | None, int] = {None: 0, "": 0}
        self.doc = [0] * m
        self.clock = [0] * m

    def add(self, r: int, f: Features, doc: str) -> None:
        own = []
        for part, ids, index in zip(f[:3], self.ids, self.index, strict=True):
            nums = []
            for x in part:
                n = ids.setdefault(x, len(ids))
                if n == len(index):
                    index.append([])
                index[n].append(r)
                nums.append(n)
            own.append(tuple(nums))
        self.own[r] = tuple(own)
        self.doc[r] = self.docs.setdefault(doc, len(self.docs))
        self.clock[r] = self.clocks.setdefault(f[3], len(self.clocks))

    def freeze(self) -> None:
        import numpy as np

        self.np = np
        self.postings = tuple([np.array(p, dtype=np.intp) for p in index] for index in self.index)
        self.doc_a, self.clock_a = np.array(self.doc), np.array(self.clock)
        self.timed = self.clock_a != 0
        self.empty = np.zeros(0, dtype=np.intp)
        del self.index, self.ids

    def row(self, i: int) -> tuple[Any, Any]:
        """Positions of the events ``i`` matches (``also``) and conflicts with, ascending."""
        np, m = self.np, self.m
        (k, e, t), (kinds, ents, toks) = self.own[i], self.postings
        same_kind = np.zeros(m, dtype=bool)
        same_kind[np.concatenate([kinds[x] for x in k]) if k else self.empty] = True
        match = same_kind.copy()
        match[np.concatenate([ents[x] for x in e]) if e else self.empty] = True
        if len(t) >= 2:
            match |= np.bincount(np.concatenate([toks[x] for x in t]), minlength=m) >= 2
        match &= self.doc_a != self.doc_a[i]
        if self.clock[i]:
            clash = self.timed & (self.clock_a != self.clock[i])
            return np.flatnonzero(match & ~clash), np.flatnonzero(match & clash & same_kind)
        return np.flatnonzero(match), self.empty


def _attach(e: TimelineEvent, refs: list[tuple[str, str, str]], also: Any, conflicts: Any) -> None:
    """List ``e``'s matches (positions in ``refs``, ascending) up to `MAX_XREF` a field and count the rest
    in ``more``, as if each had been added one by one in that order (so ``more``'s keys come in the
    order the fields overflowed)."""
    from .timeline import MAX_XREF

    overflow = []
    for field, found in (("also", also), ("conflicts", conflicts)):
        listed = getattr(e, field)
        room = max(MAX_XREF - len(listed), 0)
        head = [refs[j] for j in (found[:room] if isinstance(found, list) else found[:room].tolist())]
        if field == "also":
            listed.extend([{"id": i, "doc": d, "when": w} for i, d, w in head])
        else:
            listed.extend([i for i, _, _ in head])
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
