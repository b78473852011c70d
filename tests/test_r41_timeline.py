"""Round 41, timeline precision: one row per event per page and day (invented pages, every language).

- Two rows of one page on one day, each dated only by counting from the page's report day ("yesterday",
  "on Wednesday night" under a stamp), are one event told twice: the first row stays; each naming another
  part of the day ("yesterday morning" / "yesterday evening") keeps two.
- A row whose day the run can give no year ("--05-14") is no row.
"""
from __future__ import annotations

import pytest
from claims_helpers import analysis

from rashomon.model import TimelineEvent
from rashomon.timeline import _drop_yearless, reanchor


def _rows(text: str, lang: str) -> list[str]:
    a = analysis(text, lang)
    reanchor([a])  # the run's passes (one page: its own votes)
    return [e.when for e in a.events]


ONE_EVENT = [
    (" date 2031-05-15 The toll of yesterday's fire at a market in Olmar has risen to 14, the ministry said.\n\n"
     "The blaze broke out on Wednesday night in the old market.", "en"),
    (" date 2031-05-15 Вчера на рынке в Ольмаре вспыхнул пожар, погибли 14 человек, сообщило министерство.\n\n"
     "Пожар начался в среду ночью на старом рынке.", "ru"),
    (" date 2031-05-15 Вчора на ринку в Ольмарі спалахнула пожежа, загинули 14 людей, повідомило міністерство.\n\n"
     "Пожежа почалася в середу вночі на старому ринку.", "uk"),
    (" date 2031-05-15 Кеше Ольмардағы базарда өрт шығып, 14 адам қаза тапты, деп хабарлады министрлік.\n\n"
     "Өрт сәрсенбі күні түнде ескі базарда басталды.", "kk"),
]


@pytest.mark.parametrize("text,lang", ONE_EVENT)
def test_two_rows_dated_from_the_stamp_on_one_day_are_one(text, lang):
    assert _rows(text, lang) == ["2031-05-14"]


TWO_PARTS = [
    (" date 2031-05-15 Вчера утром на рынке в Ольмаре вспыхнул пожар, сообщило министерство.\n\n"
     "Вчера вечером на рынке нашли тела 14 человек.", "ru"),
    (" date 2031-05-15 Вчора вранці на ринку в Ольмарі спалахнула пожежа, повідомило міністерство.\n\n"
     "Вчора ввечері на ринку знайшли тіла 14 людей.", "uk"),
    (" date 2031-05-15 Кеше таңертең Ольмардағы базарда өрт шықты, деп хабарлады министрлік.\n\n"
     "Кеше кешке базардан 14 адамның денесі табылды.", "kk"),
]


@pytest.mark.parametrize("text,lang", TWO_PARTS)
def test_morning_and_evening_of_one_day_stay_two(text, lang):
    assert _rows(text, lang) == ["2031-05-14", "2031-05-14"]


def test_english_morning_and_evening_are_not_merged():
    rows = _rows(" date 2031-05-15 On Wednesday morning a dam burst in Olmar, killing 12 people.\n\n"
                 "On Wednesday evening troops were sent to the district.", "en")
    assert rows == ["2031-05-14", "2031-05-14"]


def test_a_day_without_a_year_is_no_row():
    class A:  # an analysis after the run's year votes: one day no page could give a year
        events = [TimelineEvent(id="t1", doc="d", when="--05-14", label="x", span=(0, 1), quote="x"),
                  TimelineEvent(id="t2", doc="d", when="2031-05-15", label="y", span=(2, 3), quote="y")]
    _drop_yearless(A)
    assert [e.when for e in A.events] == ["2031-05-15"]
