"""Session 8 round on devset16 (attribution, places, dates): general patterns, in every language.

- A day stated with its weekday takes a year of the run in which it falls on that weekday, also when
  none of the years other documents give that day fits ("Saturday, 26 November" beside a story of
  26 November 2018, a Monday, and another of 2022): `rashomon.time.years.document_years`.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline
from rashomon.timeline import reanchor

PIPE = Pipeline()


def _analyze(id_: str, text: str, lang: str, published: str | None = None):
    return PIPE.analyze(Document(id=id_, path=id_, text=text, lang=lang, published=published))


# Two stories of the run: one of late November 2018 (three reports), one of December 2022 (one report).
_RUN = [
    ("a1", "On 25 November 2018 the ships were seized. On 26 November 2018 martial law was declared. "
           "On 27 November 2018 the court met.", "en"),
    ("a2", "25 ноября 2018 года корабли были захвачены. 26 ноября 2018 года объявлено военное положение.", "ru"),
    ("a3", "26 листопада 2018 року оголошено воєнний стан.", "uk"),
    ("b1", "As of 2 December 2022 the heating of the town was restored.", "en"),
]


@pytest.mark.parametrize("text,lang,day,expected", [
    # 26 November 2018 was a Monday; 2022 is the year of the run in which it was a Saturday
    ("Сенбі күні, 26 қарашада, қазандықтар тоқтады.", "kk", "26 қарашада", "2022-11-26"),
    ("У суботу, 26 листопада, котельні зупинилися.", "uk", "26 листопада", "2022-11-26"),
    ("В субботу, 26 ноября, котельные остановились.", "ru", "26 ноября", "2022-11-26"),
    ("On Saturday, 26 November, the boilers stopped.", "en", "26 November", "2022-11-26"),
    # the weekday fits the voted year: it stays
    ("У понеділок, 26 листопада, оголошено воєнний стан.", "uk", "26 листопада", "2018-11-26"),
    # no weekday: the year most documents give the day, as before
    ("26 November the boilers stopped.", "en", "26 November", "2018-11-26"),
])
def test_weekday_picks_a_year_of_the_run(text, lang, day, expected):
    analyses = [_analyze(i, t, lg) for i, t, lg in _RUN]
    me = _analyze("x", text, lang)
    reanchor([*analyses, me])
    got = [t.value[:10] for t in me.timexes if t.text.endswith(day) or t.text == day]
    assert got and got[0] == expected, [(t.text, t.value) for t in me.timexes]


def _claims(text: str, lang: str):
    return PIPE.analyze(Document(id="t", path="t", text=text, lang=lang)).claims


def _one(text: str, lang: str, measure: str, value):
    got = [c for c in _claims(text, lang) if c.measure == measure and c.value == value]
    assert got, [(c.measure, c.value) for c in _claims(text, lang)]
    return got[0]


@pytest.mark.parametrize("text,lang,measure,value", [
    # navies, fleets, coast and border guards are official bodies, named in full or by abbreviation
    ("За даними ВМС України, поранено 6 моряків.", "uk", "injured", 6),
    ("ВМС Украины первоначально сообщили о 6 раненых.", "ru", "injured", 6),
    ("Ukraine's navy said, adding that six of its sailors were wounded.", "en", "injured", 6),
    ("The coast guard said 3 people died.", "en", "killed", 3),
    ("Береговая охрана сообщила, что погибли 3 человека.", "ru", "killed", 3),
    ("Украина ӘТК-ның баспасөз қызметі 6 теңізші жараланғанын хабарлады.", "kk", "injured", 6),
    # the Kazakh abbreviation of a foreign security service, with its case ending
    ("Ресей ФҚҚ-ның мәліметінше, 24 адам ұсталды.", "kk", "detained", 24),
])
def test_armed_services_are_official(text, lang, measure, value):
    c = _one(text, lang, measure, value)
    assert c.source is not None and c.source.type == "official", c.source
