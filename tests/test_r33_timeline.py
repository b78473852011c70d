"""Round 33 (ten sets of real pages with gold, time): general constructions of real news pages, in every
language where they exist. All sentences are invented (fictional places, people and outlets).

- A page stamped with its month only under a dateline label on its first line ("date 2031-11 <headline>",
  "Дата: 2031-11"): the year of the days it names without one ("2 ноября" is 2 November 2031), not a
  year-less "--11-02" left to the corpus.
"""

from __future__ import annotations

import pytest
from claims_helpers import rows_and_dates as _run

MONTH_STAMP = [
    (" date 2031-11 Вечером 2 ноября в Заречье взорвался газ. Погибли два человека.", "ru"),
    ("Дата: 2031-11\n\nВвечері 2 листопада в Заріччі вибухнув газ. Загинули двоє людей.", "uk"),
    (" date 2031-11 2 қарашада Заречье ауылында газ жарылды. Екі адам қаза тапты.", "kk"),
    (" date 2031-11 A gas blast hit Northbrook on 2 November. Two people were killed.", "en"),
]


@pytest.mark.parametrize("text,lang", MONTH_STAMP)
def test_a_month_stamp_gives_the_year_of_a_day(text, lang):
    rows, claims = _run(text, lang)
    assert rows == ["2031-11-02"], rows
    assert ("killed", 2, "2031-11-02") in claims, claims


def test_a_month_stamp_gives_the_year_of_a_december_day_in_january():
    rows, _ = _run(" date 2032-01 Пожар 30 декабря в Заречье унёс жизни трёх человек.", "ru")
    assert rows == ["2031-12-30"], rows


def test_a_year_month_without_a_dateline_label_is_no_stamp():
    rows, _ = _run("Сезон 2030-11 Вечером 2 ноября в Заречье взорвался газ.", "ru")
    assert rows == ["--11-02"], rows
