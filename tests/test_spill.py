"""Disk-backed sequences (rashomon._spill) and the spilled dossier run, which must equal the in-memory one."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon._spill import Reordered, Spill, SpillMap
from rashomon.dossier import build_dossier


def test_spill_is_a_sequence():
    s = Spill([{"n": i} for i in range(5)])
    assert len(s) == 5 and s[0] == {"n": 0} and s[-1] == {"n": 4}
    assert [x["n"] for x in s] == [0, 1, 2, 3, 4]
    assert s[1:4] == [{"n": 1}, {"n": 2}, {"n": 3}]
    assert bool(s) and not Spill()


def test_items_are_copies_and_replace_writes_a_new_version():
    s = Spill([[1], [2]])
    s[0].append(99)  # changes the copy only
    assert s[0] == [1]
    s.replace(0, [1, 99])
    s.append([3])  # appending after reading works
    assert list(s) == [[1, 99], [2], [3]]


def test_a_spill_pickles_as_the_list_it_stands_for():
    s = Spill(["a", "b"])
    assert pickle.loads(pickle.dumps(s)) == ["a", "b"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.integers(), st.text(), st.lists(st.integers(), max_size=3)), max_size=30))
def test_spill_round_trips_anything_picklable(items):
    assert list(Spill(items)) == items


def test_spill_map_keeps_insertion_order_and_last_value():
    m = SpillMap(cache=2)
    for k in ("b", "a", "c"):
        m.put(k, {"k": k})
    m.put("a", {"k": "A"})
    assert list(m) == ["b", "a", "c"] and len(m) == 3
    assert m["a"] == {"k": "A"} and "c" in m and "z" not in m and m.get("z") is None
    assert [v["k"] for v in m.values()] == ["b", "A", "c"]
    assert dict(m.items()) == {"b": {"k": "b"}, "a": {"k": "A"}, "c": {"k": "c"}}
    with pytest.raises(KeyError):
        m["z"]


def test_reordered_is_the_base_in_another_order():
    base = Spill(["a", "b", "c", "d"])
    view = Reordered(base, [2, 0, 3, 1])
    assert list(view) == ["c", "a", "d", "b"] and len(view) == 4 and view[-1] == "b"
    assert view[1:3] == ["a", "d"] and bool(view) and not Reordered(base, [])
    assert pickle.loads(pickle.dumps(view)) == ["c", "a", "d", "b"]


@given(st.lists(st.integers(), max_size=30))
@settings(max_examples=50, deadline=None)
def test_sorting_through_a_reordered_view_equals_sorting_the_list(items):
    order = sorted(range(len(items)), key=items.__getitem__)
    assert list(Reordered(Spill(items), order)) == sorted(items)


@pytest.fixture(scope="module")
def both(sample_dir):
    return build_dossier([str(sample_dir)]), build_dossier([str(sample_dir)], spill=True)


@pytest.mark.parametrize("table", ["claims", "questions", "timeline", "entities", "documents"])
def test_spilled_run_equals_in_memory_run(both, table):
    mem, disk = both
    assert isinstance(disk.claims, Spill) and isinstance(disk.docs, SpillMap)
    assert isinstance(disk.questions, Reordered)  # questions waited on disk, in their order
    assert disk.records(table) == mem.records(table)


def test_pages_written_piecewise_equal_the_pages_rendered_whole(both, tmp_path):
    from rashomon import render_html, render_md

    mem, disk = both
    disk.write(tmp_path, store=False)  # spilled dossier, one View shared by both pages, written as rendered
    assert (tmp_path / "dossier.html").read_text(encoding="utf-8") == render_html.render(mem)
    assert (tmp_path / "dossier.md").read_text(encoding="utf-8") == render_md.render(mem)


def test_each_claims_question_from_the_index_equals_the_one_its_values_name(both):
    from rashomon.questions import QuestionList, question_ids

    for d in both:
        assert isinstance(d.questions, QuestionList | Reordered) and len(d.questions.claim_question) == len(d.claims)
        indexed = list(question_ids(d.claims, d.questions))
        plain = list(question_ids(d.claims, list(d.questions)))  # no index: from the values
        assert indexed == plain and None not in indexed


def test_a_questions_claims_by_position_equal_those_by_id(both):
    from dataclasses import replace

    from rashomon._view import View

    for d in both:
        plain = replace(d, questions=list(d.questions))  # no index: claims looked up by id
        fast, slow = View(d), View(plain)
        for q in list(d.questions)[:20]:
            assert fast._positions(q) is not None and slow._positions(q) is None
            assert fast.question_claims(q) == slow.question_claims(q)
            assert fast.points(q) == slow.points(q)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=4), st.from_regex(r"q[0-9a-f]{3}", fullmatch=True)), max_size=12))
def test_packed_strings_read_as_the_list(items):
    """`PackedStrings` (packed when all are ASCII of one length, else a list) reads as ``items``."""
    from rashomon._spill import PackedStrings

    p = PackedStrings(iter(items))
    assert len(p) == len(items) and list(p) == items and p[:] == items
    assert [p[i] for i in range(-len(items), len(items))] == items + items
    assert pickle.loads(pickle.dumps(p)) == items
    with pytest.raises(IndexError):
        p[len(items)]


def test_packed_strings_pack_ids():
    from rashomon._spill import PackedStrings

    ids = [f"q{i:012x}" for i in range(1000)]
    p = PackedStrings(ids)
    assert p._list is None and len(p._packed) == 13 * 1000 and list(p) == ids
