"""Every grammar rule carries examples; each example must be matched whole by its rule and tagged."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.time.grammar import rules, scan
from rashomon.time.lexicon import lexicon
from rashomon.time.zones import offset_at
from rashomon.timex import TimeTagger

CASES = [pytest.param(r.name, ex, id=f"{r.name}:{ex}") for r in rules() for ex in r.examples]


@pytest.mark.parametrize("rule,example", CASES)
def test_rule_example(rule, example):
    hits = [h for h in scan(example) if h.rule == rule]
    assert any(h.start == 0 and h.end == len(example) for h in hits), [(h.rule, example[h.start:h.end]) for h in hits]


def test_every_rule_has_examples():
    assert all(r.examples for r in rules())


def test_every_language_has_time_data():
    lx = lexicon()
    for m in range(1, 13):  # every month has a form in every script
        assert m in lx.months.values() and m in lx.months_cased.values() and m in lx.month_stems.values()
    assert lx.relative and lx.zones and lx.qual_pre and lx.qual_post and lx.dayparts


@pytest.mark.parametrize("zone,date,offset", [
    ("MSK", "2011-12-16", "+04:00"), ("MSK", "2015-01-10", "+03:00"), ("MSK", "2010-07-01", "+04:00"),
    ("MSK", "2010-01-15", "+03:00"), ("ALMT", "2011-12-16", "+06:00"), ("ALMT", "2024-06-01", "+05:00"),
    ("KYIV", "2014-02-20", "+02:00"), ("KYIV", "2014-07-20", "+03:00"), ("UTC", "2011-12-16", "+00:00"),
])
def test_historical_offsets(zone, date, offset):
    import datetime as dt

    assert offset_at(zone, dt.date.fromisoformat(date)) == offset


def test_zone_without_date_is_not_invented():
    (t,) = TimeTagger()(Document(id="z", path="z", text="at 9.20 Moscow time"))
    assert t.value == "T09:20" and t.tz is None
    (t,) = TimeTagger()(Document(id="z", path="z", text="at 11:40"))
    assert t.tz is None and "+" not in t.value


def test_spans_are_tight_for_claim_exclusion():
    text = "16.12 в 12:52 погибли 14 человек; 16 декабря 2011 года ранены 500"
    found = TimeTagger()(Document(id="s", path="s", text=text))
    assert [t.text for t in found] == ["16.12", "12:52", "16 декабря 2011 года"]
