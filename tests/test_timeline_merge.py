"""The timeline merged across documents (rashomon._timeline_merge): day by day, spilled or in memory,
with exactly the cross-references of the plain pairwise merge it replaced (`_reference` below)."""

from __future__ import annotations

import copy
import random
from collections import defaultdict
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon import _timeline_merge as merge
from rashomon._spill import Spill, sorted_spilled
from rashomon.model import TimelineEvent
from rashomon.timeline import MAX_XREF, build_timeline, event_kinds, sort_key


def _reference(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """The merge as it was: every pair of a day's events compared, in input order."""
    by_day: dict[str, list[TimelineEvent]] = defaultdict(list)
    for e in events:
        day = (e.when or "").split("/")[0].split("T")[0]
        if len(day) == 10 and not day.startswith("--"):
            by_day[day].append(e)
    for evs in by_day.values():
        info = [(event_kinds(e.quote), set(e.entities), merge._tokens(e.label), merge._clock(e.when)) for e in evs]
        for i, a in enumerate(evs):
            ka, ea, ta, ca = info[i]
            for j in range(i + 1, len(evs)):
                b = evs[j]
                if a.doc == b.doc:
                    continue
                kb, eb, tb, cb = info[j]
                if not (ka & kb or ea & eb or len(ta & tb) >= 2):
                    continue
                if ca and cb and ca != cb:
                    if ka & kb:
                        _xref(a, "conflicts", b.id)
                        _xref(b, "conflicts", a.id)
                    continue
                _xref(a, "also", {"id": b.id, "doc": b.doc, "when": b.when})
                _xref(b, "also", {"id": a.id, "doc": a.doc, "when": a.when})
    return sorted(events, key=sort_key)


def _xref(e: TimelineEvent, field: str, item: Any) -> None:
    refs = getattr(e, field)
    if len(refs) < MAX_XREF:
        refs.append(item)
    else:
        e.more[field] = e.more.get(field, 0) + 1


QUOTES = ["Police opened fire on the strikers.", "A rally was held in the square.", "Two people were killed.",
          "Workers went on strike again.", "Dozens were detained after the rally.", "The weather was fine.",
          "Полиция открыла огонь по бастующим.", "Митинг продолжился на площади."]
LABELS = ["square rally workers", "workers strike square", "police fire strikers", "rally police square",
          "nothing special today", "детали митинга площадь"]
WHENS = ["2011-12-16", "2011-12-16T11:40", "2011-12-16T12:52", "2011-12-16T12:52/2011-12-17", "2011-12-17",
         "2011-12-17T09:00", "2011-12", "2011", "--12-16", "--12-16T10:00", "", None, "2011-12-160",
         "2011-12-16-x", "2011-12-16T", "2011-12-1"]


def _corpus(n: int, docs: int, seed: int, whens: list[str | None] = WHENS) -> list[TimelineEvent]:
    rnd = random.Random(seed)
    return [TimelineEvent(id=f"t{i}", doc=f"d{rnd.randrange(docs)}", when=rnd.choice(whens), label=rnd.choice(LABELS),
                          span=(rnd.randrange(5), 9), quote=rnd.choice(QUOTES),
                          entities=rnd.sample(["Zhanatown", "police", "union", "mayor"], rnd.randrange(3)))
            for i in range(n)]


def _json(events) -> list[dict[str, Any]]:
    return [e.to_json() for e in events]


@pytest.fixture(params=["pairs", "dense"])
def path(request, monkeypatch):
    """Both ways of comparing a day's events: pair by pair, and the numpy index (forced for any day)."""
    monkeypatch.setattr(merge, "DENSE", 10**9 if request.param == "pairs" else 2)
    return request.param


@pytest.mark.parametrize("spill", [False, True])
def test_same_day_corpus_equals_the_pairwise_merge(path, spill, monkeypatch):
    monkeypatch.setattr(merge, "RUN", 50)  # many sorted runs, merged
    monkeypatch.setattr(merge, "HOLD", 60)  # a day's events on disk past 60
    evs = _corpus(600, docs=40, seed=1, whens=["2011-12-16", "2011-12-16T11:40", "2011-12-16T12:52", "2011-12-17"])
    want = _json(_reference(copy.deepcopy(evs)))
    got = build_timeline(iter(evs) if spill else evs, spill=spill)
    assert isinstance(got, Spill if spill else list)
    assert _json(got) == want
    assert any(e.get("more", {}).get("also") for e in want) and any(e["conflicts"] for e in want)  # caps reached


def test_in_memory_merge_changes_the_given_events():
    evs = _corpus(80, docs=5, seed=2)
    tl = build_timeline(evs)
    assert sorted(map(id, tl)) == sorted(map(id, evs)) and any(e.also for e in evs)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 120), st.integers(1, 8), st.integers(0, 10**6), st.booleans(), st.booleans())
def test_any_corpus_equals_the_pairwise_merge(n, docs, seed, spill, dense):
    evs = _corpus(n, docs, seed)
    want = _json(_reference(copy.deepcopy(evs)))
    old = merge.DENSE, merge.RUN, merge.HOLD
    merge.DENSE, merge.RUN, merge.HOLD = (2 if dense else 10**9), 7, 5
    try:
        assert _json(build_timeline(evs, spill=spill)) == want
    finally:
        merge.DENSE, merge.RUN, merge.HOLD = old


@pytest.mark.parametrize("first", ["also", "conflicts"])
def test_more_lists_the_fields_in_the_order_they_overflowed(path, first):
    """Both fields past `MAX_XREF`: ``more``'s keys come in the order of overflow, as one by one."""
    n = MAX_XREF + 5
    early, late = ("2011-12-16", "2011-12-16T12:00") if first == "also" else ("2011-12-16T12:00", "2011-12-16")
    e0 = TimelineEvent(id="e0", doc="d0", when="2011-12-16T11:00", label="", span=(0, 1), quote="Shots were fired.")
    others = [TimelineEvent(id=f"e{i}", doc=f"d{i}", when=early if i <= n else late, label="", span=(0, 1),
                            quote="Shots were fired.") for i in range(1, 2 * n + 1)]
    evs = [e0, *others]
    want = _json(_reference(copy.deepcopy(evs)))
    got = _json(build_timeline(evs))
    assert got == want
    assert list(next(e for e in got if e["id"] == "e0")["more"]) == [first, "conflicts" if first == "also" else "also"]


def test_events_already_cross_referenced_keep_their_lists():
    evs = _corpus(150, docs=6, seed=3)
    build_timeline(evs)  # merged twice, e.g. an assembly of stored analyses: lists grow as they used to
    assert _json(build_timeline(copy.deepcopy(evs))) == _json(_reference(copy.deepcopy(evs)))


def test_odd_dates_sort_and_group_as_before():
    evs = [TimelineEvent(id=str(i), doc=f"d{i % 3}", when=w, label="rally square", span=(0, i), quote="A rally.")
           for i, w in enumerate(WHENS * 2)]
    want = _json(_reference(copy.deepcopy(evs)))
    assert _json(build_timeline(copy.deepcopy(evs), spill=True)) == want == _json(build_timeline(evs))


def test_a_spilled_timeline_is_a_sequence_read_again_and_again():
    tl = build_timeline(_corpus(40, docs=4, seed=4), spill=True)
    assert len(tl) == 40 and _json(tl) == _json(tl) and tl[0].to_json() == _json(tl)[0]
    assert _json(build_timeline([], spill=True)) == []


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers()), max_size=80), st.integers(1, 9), st.integers(2, 4))
def test_sorted_spilled_is_a_stable_sort(items, run, fanin):
    assert list(sorted_spilled(items, key=lambda t: t[0], run=run, fanin=fanin)) == sorted(items, key=lambda t: t[0])


def test_spilled_dossier_timeline(tmp_path, pipeline):
    from rashomon.dossier import build_dossier

    for i, text in enumerate(["On 16 December 2011 police opened fire at 11:40 on striking workers in the square.",
                              "On 16 December 2011 at 12:52 the police fired on the strikers.",
                              "A rally was held on 16 December 2011. On 17 December 2011 the strike went on."]):
        (tmp_path / f"r{i}.txt").write_text(text, encoding="utf-8")
    mem = build_dossier([str(tmp_path)], pipeline=pipeline)
    disk = build_dossier([str(tmp_path)], pipeline=pipeline, spill=True)
    assert isinstance(mem.timeline, list) and isinstance(disk.timeline, Spill)
    assert disk.records("timeline") == mem.records("timeline") and len(disk.timeline) == len(mem.timeline) >= 3
    assert any(e["conflicts"] for e in mem.records("timeline"))
