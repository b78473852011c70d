"""Re-anchoring year-less days never makes an impossible date (a crash of the whole run on real pages:
a year voted by the days around "29 February" was not a leap year). Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from rashomon.document import Document


@pytest.mark.parametrize(("dated", "yearless", "lang"), [
    ("Вчера, 28 февраля 2031 года, в Велморе обрушился дом.", "Губернатор объявил завтра, 29 февраля, днём траура.", "ru"),
    ("Учора, 28 лютого 2031 року, у Велморі обвалився будинок.", "Губернатор оголосив завтра, 29 лютого, днем жалоби.", "uk"),
    ("On 28 February 2031 a house collapsed in Velmor.", "The governor declared 29 February a day of mourning.", "en"),
])
def test_a_leap_day_beside_a_common_year_stays_a_date(pipeline, dated, yearless, lang):
    from rashomon.timeline import reanchor

    a = pipeline.analyze(Document(id="a.txt", path="a.txt", text=dated, lang=lang, published="2031-03-01"))
    b = pipeline.analyze(Document(id="b.txt", path="b.txt", text=yearless, lang=lang))
    reanchor([a, b])  # raised "day is out of range for month"
    for t in b.timexes:
        for part in t.value.split("/"):
            d = part.split("T")[0]
            if len(d) == 10 and d[0].isdigit():
                dt.date.fromisoformat(d)
