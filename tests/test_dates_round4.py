"""Dates of figures and the timeline, session 4 round 2 (general patterns found on devset6).

A weekday on the report's own day dates the event unless a verb of saying stands next to it ("the
court on Monday convicted eight" vs "the ministry said on Monday").
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.model import Analysis
from rashomon.pipeline import Pipeline
from rashomon.timeline import events_from

PIPE = Pipeline()


def _analysis(text: str, lang: str, published: str | None = None) -> Analysis:
    return PIPE.analyze(Document(id="t", path="t", text=text, lang=lang, published=published))


def _claims(text: str, lang: str, published: str | None = None) -> list[tuple]:
    return [(c.measure, c.value, c.when) for c in _analysis(text, lang, published).claims]


def _events(text: str, lang: str, published: str | None = None) -> list[str]:
    a = _analysis(text, lang, published)
    return sorted(e.when for e in events_from(a.doc, a.timexes, a.claims, a.mentions))


# -- a weekday on the report's day: the event's day, unless it is the day of saying -------------------

_BACKGROUND = {
    "ru": "Беспорядки произошли 6 мая 2012 года. ",
    "uk": "Заворушення сталися 6 травня 2012 року. ",
    "en": "The riot happened on 6 May 2012. ",
    "kk": "Тәртіпсіздік 2012 жылғы 6 мамырда болды. ",
}


@pytest.mark.parametrize("lang,sentence,want", [
    ("ru", "У здания суда в понедельник задержаны 234 человека.", ("detained", 234, "2014-02-24")),
    ("uk", "Біля будівлі суду в понеділок затримали 234 людини.", ("detained", 234, "2014-02-24")),
    ("en", "Outside the court police on Monday detained 234 people.", ("detained", 234, "2014-02-24")),
])
def test_weekday_of_the_report_dates_its_event(lang, sentence, want):
    assert want in _claims(_BACKGROUND[lang] + sentence, lang, "2014-02-24T19:00:00+04:00")


@pytest.mark.parametrize("lang,sentence,measure,value", [
    ("ru", "МВД в понедельник сообщило, что задержаны 234 человека.", "detained", 234),
    ("en", "The ministry said on Monday that 234 people were detained.", "detained", 234),
    ("uk", "МВС у понеділок повідомило, що затримано 234 людини.", "detained", 234),
])
def test_weekday_of_saying_does_not_date_the_event(lang, sentence, measure, value):
    got = [w for m, v, w in _claims(_BACKGROUND[lang] + sentence, lang, "2014-02-24T19:00:00+04:00")
           if (m, v) == (measure, value)]
    assert got and all(w != "2014-02-24" for w in got), got


def test_report_weekday_gives_way_to_a_stated_date_in_its_sentence():
    text = ("A court on Wednesday convicted 12 people over the February 2020 unrest, in which 11 people died "
            "and some 190 were injured.")
    got = {(m, v): w for m, v, w in _claims(text, "en", "2021-01-20T18:00:00+06:00")}
    assert got[("killed", 11)].endswith("2020-02")


# -- a count given on a later day runs from the event's start, whatever words carry it ---------------

@pytest.mark.parametrize("lang,text,want", [
    ("en", "On 5 October 2023 a missile struck the village.\n\nOn 7 October the minister gave a figure of 51 dead.",
     ("killed", 51, "2023-10-05/2023-10-07")),
    ("en", "On 1.09.2004 armed men captured the school.\n\nUpdate 04.09. According to prosecutors were lost 322 "
           "hostages.", ("killed", 322, "2004-09-01/2004-09-04")),
    ("en", "On 1 September 2004 armed men captured the school.\n\nOn 4 September officials said 31 terrorists are "
           "destroyed.", ("killed", 31, "2004-09-01/2004-09-04")),
    ("ru", "5 октября 2023 года ракета попала в кафе.\n\n7 октября министр назвал цифру 51 погибший.",
     ("killed", 51, "2023-10-05/2023-10-07")),
    ("ru", "1 сентября 2004 года боевики захватили школу.\n\n4 сентября сообщили, что ликвидированы 31 террорист.",
     ("killed", 31, "2004-09-01/2004-09-04")),
    ("uk", "5 жовтня 2023 року ракета влучила в кафе.\n\n7 жовтня міністр назвав цифру 51 загиблий.",
     ("killed", 51, "2023-10-05/2023-10-07")),
])
def test_later_count_runs_from_the_start(lang, text, want):
    assert want in _claims(text, lang)
