"""A spill's offsets kept in about 4 bytes an item (`_Offsets`) read back as the plain list they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon._spill import Spill, SpillMap, _Offsets


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 1 << 12), min_size=1, max_size=700),
       st.lists(st.tuples(st.integers(0, 699), st.integers(0, 1 << 40)), max_size=20))
def test_offsets_read_back_as_a_list(gaps, changes):
    at, plain, offs = 0, [], _Offsets()
    for g in gaps:
        at += g
        plain.append(at)
        offs.append(at)
    for i, far in changes:  # far past (or before) the item's base: kept aside
        i %= len(plain)
        plain[i] = far
        offs[i] = far
    assert len(offs) == len(plain)
    assert [offs[i] for i in range(len(plain))] == plain
    assert offs[-1] == plain[-1]


def test_far_offset_set_back_near_leaves_the_side_dict():
    offs = _Offsets()
    offs.append(10)
    offs[0] = 1 << 40
    assert offs[0] == 1 << 40 and offs.far
    offs[0] = 12
    assert offs[0] == 12 and not offs.far


def test_spill_over_many_blocks_with_replacements():
    s = Spill(range(1000))
    s.replace(3, "three")
    s.replace(-1, "last")
    want = list(range(1000))
    want[3], want[-1] = "three", "last"
    assert list(s) == want
    assert s[3] == "three" and s[999] == "last" and s[-1] == "last" and s[700] == 700
    assert s[254:258] == [254, 255, 256, 257]


def test_spill_map_values_after_a_key_is_put_again():
    m = SpillMap()
    for k in range(600):
        m.put(f"d{k}", {"k": k})
    m.put("d5", {"k": "again"})
    assert m["d5"] == {"k": "again"}
    assert [v["k"] for v in m.values()][:7] == [0, 1, 2, 3, 4, "again", 6]
    assert len(list(m.values())) == 600
