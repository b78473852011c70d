"""Figures and dates, session 10 (devset20 round): victims recognized in a case as the injured
(«потерпевшие», «потерпілі», «жәбірленуші»), police cars named by an adjective («3 полицейских
автомобиля»), the Kazakh "айып тақты" (charged), present-tense headline verbs ("detains"), the present
tense of a rising toll («зростає до 3» is exact), an age apposed to a name ("X, 25,") as no count, and
a dateline dashed before the lead's own earlier date as no interval.

Each figure row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be
found and those that must not (``[]`` for "no claim at all").
"""

from __future__ import annotations

import pytest
from claims_helpers import check_summary

from rashomon.document import Document
from rashomon.segment import Segmenter
from rashomon.timex import TimeTagger

ROWS = [
    # victims recognized in a case are the injured
    ("Прокуратура признала потерпевшими 342 человека.", "ru", [("injured", 342, "exact")], [("killed", 342, "exact")]),
    ("| потерпевшие  = 342", "ru", [("injured", 342, "exact")], []),
    ("Потерпілими вже визнано 120 осіб.", "uk", [("injured", 120, "exact")], []),
    ("Прокуратура 120 адамды жәбірленуші деп таныды.", "kk", [("injured", 120, "exact")], []),
    # a police car named by an adjective is a vehicle, not police officers
    ("Были подожжены 3 полицейских автомобиля.", "ru", [("vehicles_damaged", 3, "exact")], []),
    ("Сожжены 2 милицейских машины.", "ru", [("vehicles_damaged", 2, "exact")], []),
    ("Були підпалені 3 поліцейських автомобілі.", "uk", [("vehicles_damaged", 3, "exact")], []),
    ("3 полиция көлігі өртелді.", "kk", [("vehicles_damaged", 3, "exact")], []),
    # charges and detentions in the present tense of a headline
    ("Прокуратура 12 адамға айып тақты.", "kk", [("charged", 12, "exact")], []),
    ("SBU detains four suspects over Kharkiv blast", "en", [("detained", 4, "exact")], []),
    ("The court charges three men.", "en", [("charged", 3, "exact")], []),
    ("He faces 3 charges.", "en", [], []),
    ("Police arrest four suspects after blast", "en", [("arrested", 4, "exact")], []),
    ("He was under arrest for 3 days.", "en", [], []),
    ("СБУ задерживает четырёх подозреваемых", "ru", [("detained", 4, "exact")], []),
    ("Поезд задерживается на 20 минут.", "ru", [], []),
    ("СБУ затримує чотирьох підозрюваних", "uk", [("detained", 4, "exact")], []),
    ("Потяг затримується на 20 хвилин.", "uk", [], []),
    # a rising toll in the present tense (or the masculine past) is the new figure, no upper bound
    ("Кількість загиблих зростає до 3.", "uk", [("killed", 3, "exact")], [("killed", 3, "at_most")]),
    ("Кількість поранених зріс до 12.", "uk", [("injured", 12, "exact")], []),
    ("Число погибших растёт до 3.", "ru", [("killed", 3, "exact")], [("killed", 3, "at_most")]),
    ("Число раненых вырос до 12.", "ru", [("injured", 12, "exact")], []),
    ("Задержаны до 40 человек.", "ru", [("detained", 40, "at_most")], []),
    # an age apposed to a full name is no count
    ("The bomber, Rakhimzhan Makatov, 25, was killed in the blast.", "en", [], [("killed", 25, "exact")]),
    ("Іван Петренко, 19, загинув на місці.", "uk", [], [("killed", 19, "exact")]),
    ("Иван Петров, 19, погиб на месте.", "ru", [], [("killed", 19, "exact")]),
    ("On Sunday, 25 people were killed.", "en", [("killed", 25, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROWS)
def test_figures(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


def _times(text: str, lang: str) -> list[tuple[str, str]]:
    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    Segmenter()(doc)
    for p in doc.paragraphs:
        p.lang = lang
    return [(t.text, t.value) for t in TimeTagger()(doc)]


TIMES = [
    # a dateline dashed before the lead's own (earlier) date is no interval: the lead keeps its date
    ("Душанбе, 8 қыркүйек 2015 — Жұма күні, 4 қыркүйекте, сағат 04:00 шабуыл болды.", "kk", "2015-09-04", "2015-09-08/"),
    ("Баку, 11 шілде 2018 — Сейсенбі күні, 10 шілдеде, кешке қарай шабуыл болды.", "kk", "2018-07-10", "2018-07-11/"),
    ("Уфа, 21 декабря 2004 — Вечером 20 декабря в городе прошли обыски.", "ru", "2004-12-20", "2004-12-21/"),
    # ... while a real span over the new year stays one
    ("Protests lasted 28 December 2015 - 3 January.", "en", "2015-12-28/2016-01-03", None),
    ("Акции шли 10 - 14 декабря 2004 года.", "ru", "2004-12-10/2004-12-14", None),
    # a relative day restated by an explicit date right after a comma: the explicit date counts
    ("Оновлено 26 лютого 2015 року. Марш пройшов 22 лютого. Наступного дня, у понеділок, 23 лютого, оголосили жалобу.",
     "uk", "2015-02-23", "2015-02-27"),
    ("Updated 26 February 2015. The march was on 22 February. The next day, on Monday, 23 February, the city mourned.",
     "en", "2015-02-23", "2015-02-27"),
    ("Обновлено 26 февраля 2015 года. Марш прошёл 22 февраля. На следующий день, в понедельник, 23 февраля, объявили траур.",
     "ru", "2015-02-23", "2015-02-27"),
]


def test_relative_day_alone_still_resolves():
    values = [v for _t, v in _times("Марш прошёл 22 февраля 2015 года. На следующий день объявили траур.", "ru")]
    assert "2015-02-23" in values, values


# an approximate round figure with no year word is a quantity, not a year ("около 1000<ref>")
@pytest.mark.parametrize(("text", "lang"), [
    ("| пострадавшие  = около 1000<ref>{{cite web |title=X}}</ref>", "ru"),
    ("| injuries = about 1000<ref>{{cite web |title=X}}</ref>", "en"),
    ("| постраждалі = близько 1000<ref>{{cite web |title=X}}</ref>", "uk"),
])
def test_round_figure_no_year(text, lang):
    assert not any(v.startswith("1000") for _t, v in _times(text, lang))


def test_year_with_year_word_stays():
    assert any(v == "2005" for _t, v in _times("Это случилось около 2005 года.", "ru"))


@pytest.mark.parametrize(("text", "lang", "value", "absent"), TIMES)
def test_dateline_before_lead(text, lang, value, absent):
    got = _times(text, lang)
    values = [v for _t, v in got]
    assert any(v == value or v.startswith(value + "T") for v in values), got
    if absent:
        assert not any(v.startswith(absent) for v in values), got


# a place named only in a LATER sentence that counts figures of its own is that sentence's scene, not
# the place of the earlier figure
PLACES = [
    ("Мятеж в Киргизии\n\nВ пятницу, 4 сентября, мятежники напали на здание МВД в Бишкеке и отдел милиции в Токмоке.\n\n"
     "Генеральная прокуратура Киргизии сообщила во вторник, 8 сентября, что число погибших милиционеров выросло до 9. "
     "По её данным, в ходе спецоперации в Оше уничтожены ещё 8 боевиков.", "ru"),
    ("Mutiny in Kyrgyzstan\n\nOn Friday, 4 September, rebels attacked the Interior Ministry in Bishkek and a police "
     "station in Tokmok.\n\nThe Prosecutor General's Office said on Tuesday, 8 September, that the toll of police "
     "officers rose to 9. According to it, 8 more gunmen were killed during a special operation in Osh.", "en"),
    ("Заколот у Киргизстані\n\nУ пʼятницю, 4 вересня, заколотники напали на будівлю МВС у Бішкеку та відділ міліції в "
     "Токмоку.\n\nГенеральна прокуратура Киргизстану повідомила у вівторок, 8 вересня, що кількість загиблих "
     "міліціонерів зросла до 9. За її даними, під час спецоперації в Оші знищено ще 8 бойовиків.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), PLACES)
def test_later_counted_scene_not_applied_backwards(pipeline, text, lang):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    got = {(c.measure, c.value): c.place for c in pipeline.analyze(doc).claims}
    assert got.get(("killed", 9)) not in (None, "Osh", "Оші", "Оше"), got
    assert got.get(("killed", 8)) in ("Osh", "Оші", "Оше"), got
