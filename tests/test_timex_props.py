"""Hostile and random input: the time tagger never crashes, never hangs, never emits an invalid value."""

from __future__ import annotations

import datetime as dt
import re
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rashomon.document import Document
from rashomon.timeline import events_from
from rashomon.timex import TimeTagger, date_at

TAGGER = TimeTagger()
ISO = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)?(?:T\d{2}:\d{2}(?:[+-]\d{2}:\d{2})?)?$")
PIECES = ["16", "31", "29", "02", "12", ".", ":", "/", "-", "–", " ", ", ", "декабря", "февраля", "грудня", "желтоқсан",
          "ның", "December", "May", "2011", "99999", "года", "року", "жылғы", "с", "до", "по", "from", "to", "until",
          "am", "pm", "Moscow time", "(UTC+5)", "сағат", "вечером", "вчера", "the next day", "mid-", "в ночь на",
          "25", "61", "12:52", "0", "(", ")", "\n", "==", "Saturday", "на следующий день", "of this year",
          "as of", "станом на", "по состоянию на", "жағдай бойынша", "published on", "Опубликовано:", "Керчь, ",
          "-ден", "-ге дейін", "қаңтардағы", "hours (", "**", "- ", "—", "накануне", "since", "(Wire) -"]


def _check(text: str, published: str | None = None) -> None:
    doc = Document(id="p", path="p", text=text, published=published)
    found = TAGGER(doc)
    for t in found:
        assert text[t.span[0]:t.span[1]] == t.text
        for part in t.value.split("/"):
            assert ISO.match(part), t
            d = part.split("T")[0]
            if len(d) == 10 and not d.startswith("--"):
                dt.date.fromisoformat(d)  # a real day
            if "T" in part:
                hh, mm = part.split("T")[1][:5].split(":")
                assert 0 <= int(hh) <= 23 and 0 <= int(mm) <= 59
    assert [t.span for t in found] == sorted(t.span for t in found)
    events_from(doc, found, [], [])
    for off in (0, len(text) // 2, max(0, len(text) - 1)):  # the date of a claim: ISO parts or ".." (open start)
        when, _how = date_at(doc, found, off)
        assert when is None or all(p == ".." or ISO.match(p) for p in when.split("/")), when


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from([None, "2011-12-17", "2014-02-29", "garbage"]))
def test_date_like_soup(pieces, published):
    _check("".join(pieces), published)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_random_text(text):
    _check(text)


def test_impossible_dates_yield_nothing():
    for text in ("31 февраля 2011 года", "30 лютого", "в 25:61", "at 24:00", "in 99999", "00.00.0000",
                 "32 December 2011", "2011-13-45", "12/45/2011", "February 30, 2012"):
        assert [t.value for t in TAGGER(Document(id="x", path="x", text=text))] == [], text


def test_ten_thousand_digits_is_linear():
    for text in ("1" * 10_000, "12:52 " * 2_000, "16 декабря " * 2_000, "1.2.3." * 3_000, "(" * 10_000 + "UTC+5",
                 "с " * 5_000 + "16", "mid-" * 3_000 + "December"):
        t0 = time.perf_counter()
        _check(text)
        assert time.perf_counter() - t0 < 5.0, text[:20]
