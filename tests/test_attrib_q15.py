"""Session 9 round on devset17 (attribution, places, dates): general patterns, in every language.

- Bare weekdays written right before the explicit day they name ("В ночь со вторника на среду, с 29 на
  30 августа 2006 года") do not date a claim: the stated day does (`rashomon.time.when`).
- A place that says where people come from ("25 citizens of X", "граждан X", «X азаматтары») is no
  place of the event; a place the gazetteer does not know, named as an organisation's remit ("МВД X",
  "the X-ian interior ministry"), is no place either (`rashomon.claims.context`).
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()


def _claims(text: str, lang: str, published: str | None = None):
    return PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang=lang, published=published)).claims


WEEKDAY_NIGHTS = [
    ("Беспорядки в Кяхте.\n\nВ ночь с пятницы на субботу, с 14 на 15 июля 2011 года, в кафе произошла драка. "
     "По данным прокуратуры, погибли 2 человека.", "ru"),
    ("Заворушення в Кяхті.\n\nУ ніч з п'ятниці на суботу, з 14 на 15 липня 2011 року, у кафе сталася бійка. "
     "За даними прокуратури, загинули 2 людини.", "uk"),
    ("Unrest in Kyakhta.\n\nOn the night from Friday to Saturday, 14 to 15 July 2011, a fight broke out in a cafe. "
     "Two people were killed, the prosecutor's office said.", "en"),
    ("Қяхтадағы тәртіпсіздік.\n\nЖұмадан сенбіге қараған түні, 2011 жылғы 14-15 шілдеде кафеде төбелес болды. "
     "Прокуратураның мәліметінше, 2 адам қаза тапты.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), WEEKDAY_NIGHTS)
def test_weekdays_before_the_stated_day_do_not_date_the_claim(text, lang):
    got = [(c.measure, c.value, c.when) for c in _claims(text, lang, "2012-01-20")]
    assert got == [("killed", 2, "2011-07-14/2011-07-15")]


def test_a_weekday_alone_still_dates_from_the_report():
    got = [(c.measure, c.value, c.when) for c in _claims("В пятницу в Кяхте погибли 2 человека.", "ru", "2012-01-20")]
    assert got == [("killed", 2, "2012-01-20")]


PEOPLE_OF = [
    ("In Bishkek the police detained 40 people, 12 of them citizens of Uzbekistan.", "en"),
    ("В Бишкеке полиция задержала 40 человек, из них 12 граждан Узбекистана.", "ru"),
    ("В Бишкеке полиция задержала 40 человек. Среди задержанных 12 уроженцев Таджикистана.", "ru"),
    ("У Бішкеку поліція затримала 40 осіб, з них 12 громадян Узбекистану.", "uk"),
    ("Бішкекте полиция 40 адамды ұстады, олардың 12-сі Өзбекстан азаматтары.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), PEOPLE_OF)
def test_where_people_come_from_is_no_place(text, lang):
    got = [(c.measure, c.value, c.place) for c in _claims(text, lang)]
    assert got == [("detained", 40, "Bishkek"), ("detained", 12, "Bishkek")]


REMITS = [
    ("Прокуратура Бурятии сообщила, что в Кяхте задержаны 40 человек. Позже ещё 3 человека были ранены.", "ru",
     [("detained", 40, "Kyakhta"), ("injured", 3, "Kyakhta")]),
    # a known town beside its body keeps its place
    ("Bishkek police said 40 people were detained.", "en", [("detained", 40, "Bishkek")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), REMITS)
def test_an_organisations_remit_is_no_place(text, lang, expected):
    assert [(c.measure, c.value, c.place) for c in _claims(text, lang)] == expected
