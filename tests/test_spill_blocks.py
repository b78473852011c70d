"""A spill of blocks (``Spill(block=N)``: items pickled N at a time, one pickle stream a block) reads back
as the plain list it stands for, whatever the order of appends, replacements and reads."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon._spill import Chunked, Spill

SHARED = "a string every item holds" * 3

_ops = st.lists(st.one_of(
    st.tuples(st.just("append"), st.integers(0, 40)),        # an item of that many numbers
    st.tuples(st.just("big"), st.integers(20_000, 40_000)),  # an item past the pickler's large size
    st.tuples(st.just("replace"), st.integers(0, 10_000)),
    st.tuples(st.just("get"), st.integers(-10_000, 10_000)),
    st.tuples(st.just("iter"), st.lists(st.integers(0, 10_000), max_size=12)),
), max_size=120)


def _item(n: int, tag: int) -> dict:
    return {"n": tag, "shared": SHARED, "nums": list(range(n)), "pair": (str(tag % 3), SHARED)}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([1, 2, 3, 8, 32, 255]), _ops)
def test_a_spill_of_blocks_reads_back_as_the_list(block, ops):
    s: Spill[dict] = Spill(block=block)
    want: list[dict] = []
    for tag, (op, arg) in enumerate(ops):
        if op in ("append", "big"):
            x = _item(arg, tag)
            s.append(x)
            want.append(x)
        elif not want:
            continue
        elif op == "replace":
            i = arg % len(want)
            want[i] = _item(3, -tag)
            s.replace(i, want[i])
        elif op == "get":
            i = arg % len(want) - (len(want) if arg < 0 else 0)
            assert s[i] == want[i]
        else:
            at = [a % len(want) for a in arg]
            assert list(s._iter_at(at)) == [want[a] for a in at]
    assert len(s) == len(want) and list(s) == want
    assert [s[i] for i in reversed(range(len(want)))] == want[::-1]


def test_items_of_a_block_are_copies_each_time_they_are_read():
    s = Spill([[i] for i in range(10)], block=4)
    a = s[5]
    a.append("changed")
    assert s[5] == [5] and s[5] is not s[5]
    got = list(s._iter_at([6, 6, 7]))
    got[0].append("changed")
    assert got[1] == [6] and got[2] == [7]


def test_the_open_block_is_read_while_it_grows():
    s = Spill(block=8)
    for i in range(20):
        s.append({"i": i, "s": SHARED})
        assert s[i] == {"i": i, "s": SHARED} and s[-1]["i"] == i and s[0]["i"] == 0
    it = s._iter_at(range(20))
    assert next(it)["i"] == 0
    s.extend({"i": i, "s": SHARED} for i in range(20, 30))  # appended while a pass is under way
    assert [x["i"] for x in it] == list(range(1, 20))
    assert [x["i"] for x in s] == list(range(30))


def test_a_replaced_item_leaves_its_block_mates_readable():
    s = Spill([{"k": i, "s": SHARED} for i in range(10)], block=10)
    s.replace(0, {"k": "new"})  # item 0 held the string the others refer to
    assert s[3] == {"k": 3, "s": SHARED} and s[0] == {"k": "new"}
    assert [x["k"] for x in s] == ["new", *range(1, 10)]


def test_chunked_lists_and_pickling_over_a_spill_of_blocks():
    s = Spill(block=16)
    c = Chunked.write(s, range(5000), size=100)
    assert c == list(range(5000)) and c[4999] == 4999 and c[-101] == 4899 and len(s) == 50
    held = Spill([{"list": c}], block=16)
    assert held[0]["list"] == list(range(5000))
    assert pickle.loads(pickle.dumps(s))[3] == list(range(300, 400))


def test_blocks_take_less_room_than_items_alone():
    items = [{"doc": f"d{i % 7}", "measure": "deaths", "source": SHARED, "value": i} for i in range(2000)]
    alone, blocks = Spill(items), Spill(items, block=32)
    assert list(blocks) == list(alone) == items
    assert blocks._end < alone._end * 0.8
