"""`YearVotes` (the years documents give each day, kept as arrays) answers `around` exactly as the
Counter of ``(year, doc id)`` it replaced, duplicate document ids and ties included."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon._place_files import FilePlaces
from rashomon._spill import release_memory
from rashomon.timeline import YearVotes


class _Reference(defaultdict):
    """The former structure: ``"12-16" -> Counter({(2011, doc id): n})``."""

    def __init__(self) -> None:
        super().__init__(Counter)

    def add(self, doc: str, days: list[tuple[int, str]]) -> None:
        for year, mmdd in days:
            self[mmdd][(year, doc)] += 1

    def around(self, mmdd: str, doc: str, days: int = 3) -> Counter:
        votes = Counter({y: n for (y, d), n in self.get(mmdd, {}).items() if d != doc})
        if votes:
            return votes
        day = dt.date(2000, int(mmdd[:2]), int(mmdd[3:5]))
        for k in range(1, days + 1):
            for near in (day - dt.timedelta(days=k), day + dt.timedelta(days=k)):
                votes.update({y: n for (y, d), n in self.get(near.strftime("%m-%d"), {}).items() if d != doc})
            if votes:
                break
        return votes


def _analysis(doc: str, days: list[tuple[int, str]]) -> SimpleNamespace:
    timexes = [SimpleNamespace(value=f"{y:04d}-{mmdd}", inferred=(), anchor="explicit") for y, mmdd in days]
    return SimpleNamespace(doc=SimpleNamespace(id=doc), timexes=timexes)


_DAYS = st.sampled_from(["12-14", "12-15", "12-16", "12-17", "12-20", "01-01", "02-29"])
_DOCS = st.lists(st.tuples(st.sampled_from(["a", "b", "c", "d", "e"]),
                           st.lists(st.tuples(st.sampled_from([2010, 2011, 2012]), _DAYS), max_size=6)),
                 max_size=12)


@settings(max_examples=300, deadline=None)
@given(_DOCS, _DAYS, st.sampled_from(["a", "b", "c", "z"]))
def test_around_is_the_counter_it_replaced(docs, mmdd, who):
    ref, votes = _Reference(), YearVotes()
    for doc, days in docs:
        ref.add(doc, days)
        votes.add(_analysis(doc, days))
    got, want = votes.around(mmdd, who), ref.around(mmdd, who)
    assert got == want
    assert list(got.items()) == list(want.items())  # same order: most_common breaks ties by it
    assert got.most_common(1) == want.most_common(1)


def test_a_year_two_documents_give_counts_the_last_at_the_first_ones_place():
    votes = YearVotes()
    votes.add(_analysis("a", [(2011, "12-16"), (2011, "12-16")]))
    votes.add(_analysis("b", [(2012, "12-16")]))
    votes.add(_analysis("c", [(2011, "12-16")]))
    assert list(votes.around("12-16", "z").items()) == [(2011, 1), (2012, 1)]
    assert list(votes.around("12-16", "c").items()) == [(2011, 2), (2012, 1)]
    assert votes.around("12-17", "z") == Counter({2011: 1, 2012: 1})  # the day before
    assert votes.around("06-01", "z") == Counter()


def test_container_starts_leave_out_the_entry_itself(monkeypatch):
    from rashomon.time import when

    monkeypatch.setattr(when, "event_start", lambda doc, timexes: doc.start)
    votes = YearVotes()
    for doc, start in (("f.jsonl#1", "2023-01-15"), ("f.jsonl#2", "2023-01-16"), ("g.jsonl#1", "2023-02-01"),
                       ("plain.txt", "2023-01-01"), ("f.jsonl#3", None)):
        a = _analysis(doc, [])
        a.doc.start = start
        votes.add(a)
    assert votes.starts("f.jsonl", "f.jsonl#1") == ["2023-01-16"]
    assert votes.starts("f.jsonl", "other") == ["2023-01-15", "2023-01-16"]
    assert votes.starts("h.jsonl", "h.jsonl#1") == []


def _claims_analysis(doc: str, places: list[str | None]) -> SimpleNamespace:
    claims = [SimpleNamespace(place=p, place_how="sentence" if p else None) for p in places]
    return SimpleNamespace(doc=SimpleNamespace(id=doc), claims=claims)


def test_file_places_need_two_distinct_entries():
    fp = FilePlaces()
    fp.add(_claims_analysis("f.jsonl#1", ["Aktau", "Aktau"]))
    assert fp.shared("f.jsonl#1") is None  # one entry
    fp.add(_claims_analysis("f.jsonl#1", ["Aktau"]))  # the same id again is still one entry
    assert fp.shared("f.jsonl#9") is None
    fp.add(_claims_analysis("f.jsonl#2", [None]))
    assert fp.shared("f.jsonl#2") == "Aktau"
    a = _claims_analysis("f.jsonl#2", [None])
    fp.fill(a)
    assert (a.claims[0].place, a.claims[0].place_how) == ("Aktau", "corpus")


def test_release_memory_is_safe_to_call():
    release_memory()
    release_memory()
