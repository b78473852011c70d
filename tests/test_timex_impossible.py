"""Impossible days inside ranges and carried-over years yield no date, never an error."""

from __future__ import annotations

import datetime as dt

import pytest

from rashomon.document import Document
from rashomon.timex import TimeTagger


@pytest.mark.parametrize(
    "text",
    [
        "Протесты 29 февраля - 1 марта 2023 года.",  # 2023 has no 29 February
        "From 30-31 February 2011 there were clashes.",  # no such days at all
        "30 февраля — 2 марта 2011 года 7 человек погибли.",
        "31 квітня 2021 року відбувся мітинг.",  # April has 30 days
        "Between 31 June and 2 July 2019 the roads were closed.",
        "2023 жылғы 29-30 ақпанда жиын өтті.",
    ],
)
def test_impossible_days_give_no_date_and_no_error(text):
    doc = Document(id="x", path="x", text=text)
    from rashomon.pipeline import Pipeline

    Pipeline().prepare(doc)
    for t in TimeTagger()(doc):
        for part in t.value.split("/"):
            day = part.split("T")[0]
            if len(day) == 10 and day[4] == "-":
                dt.date.fromisoformat(day)  # every full date it gives exists
