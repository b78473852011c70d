"""`timeline._earliest_within` (how a follow-up entry of a feed finds the start an earlier entry gave)
answers as the scan over every start it replaced: the earliest valid day before ``first`` and at most
31 days before its day."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.timeline import _earliest_within, _valid_day

_DAY = st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.sampled_from([1, 999, 2011, 2023, 9999]),
                 st.integers(1, 13), st.integers(1, 31))


def _scan(others: list[str], first: str) -> str | None:
    near = [s for s in others if s < first and _valid_day(s) and
            (dt.date.fromisoformat(first[:10]) - dt.date.fromisoformat(s)).days <= 31]
    return min(near) if near else None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_DAY, _DAY.map(lambda d: d + "T10:00")), max_size=12), _DAY,
       st.sampled_from(["", "T12:52", "T00:00+05:00"]))
def test_earliest_within_equals_the_scan(others, day, time):
    first = day + time
    days = sorted({s for s in others if _valid_day(s)})
    try:
        expected = _scan(others, first)
    except ValueError:  # an impossible day before which a start was given: raised as before
        try:
            _earliest_within(days, first, 31)
        except ValueError:
            return
        raise AssertionError("no ValueError") from None
    assert _earliest_within(days, first, 31) == expected

def test_earliest_within_examples():
    days = ["2023-01-01", "2023-01-10", "2023-01-15"]
    assert _earliest_within(days, "2023-01-16", 31) == "2023-01-01"
    assert _earliest_within(days, "2023-02-05", 31) == "2023-01-10"  # 01-01 is 35 days before
    assert _earliest_within(days, "2023-01-01T10:00", 31) == "2023-01-01"  # the same day, an earlier time
    assert _earliest_within(days, "2023-01-01", 31) is None
    assert _earliest_within([], "2023-01-01", 31) is None
