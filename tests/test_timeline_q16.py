"""Session 9 timeline round (q16): the day of a clock time after midnight.

A clock time after midnight dated by the first day of a night stated from one day to the next ("в ночь
с 20 на 21 июня ... около 00:30") falls on the second day; a local time restated in UTC with the UTC
day ("00:30 local time (2030 GMT on Thursday)") takes that day moved across midnight by the offset.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()


def _analyze(text: str, lang: str, published: str | None = None):
    return PIPE.analyze(Document(id="q16", path="q16", text=text, lang=lang, published=published))


def _values(text: str, lang: str, published: str | None = None) -> dict[str, str]:
    return {t.text: t.value for t in _analyze(text, lang, published).timexes}


def _event_days(text: str, lang: str, published: str | None = None) -> list[str]:
    """The timeline candidates' dates of one document, sorted."""
    return sorted(e.when for e in _analyze(text, lang, published).events)


@pytest.mark.parametrize("text,lang,clock,expected", [
    ("Акция прошла в ночь с четверга, 20 июня, на пятницу, 21 июня 2019 года. Около 00:30 по местному "
     "времени полиция разогнала акцию.", "ru", "00:30", "2019-06-21T00:30"),
    ("Протест тривав у ніч з 20 на 21 червня 2019 року. Близько 02:15 поліція розігнала людей.", "uk",
     "02:15", "2019-06-21T02:15"),
    ("The protest went on through the night of 20-21 June 2019. At 01:40 police moved in.", "en",
     "01:40", "2019-06-21T01:40"),
    # before midnight the night's first day stays
    ("Акция прошла в ночь с четверга, 20 июня, на пятницу, 21 июня 2019 года. В 23:00 люди собрались у "
     "парламента.", "ru", "23:00", "2019-06-20T23:00"),
    # "в ночь на 21 июня" already names the day after midnight
    ("В ночь на 21 июня 2019 года около 00:30 полиция разогнала акцию.", "ru", "00:30", "2019-06-21T00:30"),
    # a night not stated as two days: nothing moves
    ("On 20 June 2019 protesters gathered. At 01:40 police moved in.", "en", "01:40", "2019-06-20T01:40"),
])
def test_clock_after_midnight_of_a_night(text, lang, clock, expected):
    got = [v for k, v in _values(text, lang).items() if k.startswith(clock)]
    assert got and got[0].startswith(expected), got


@pytest.mark.parametrize("text,lang,published,clock,expected", [
    ("TBILISI, June 21 - Police fired tear gas early on Friday.\n\nPolice moved in at around 00:30 local time "
     "(2030 GMT on Thursday) after protesters pushed through the cordon.", "en", "2019-06-21", "00:30",
     "2019-06-21T00:30+04:00"),
    ("On 5 March 2020 the blast hit the plant at 9:20 a.m. local time (0320 GMT).", "en", None, "9:20",
     "2020-03-05T09:20+06:00"),
    ("Storm reached the coast at 10 p.m. local time (0300 GMT on 6 March 2020).", "en", None, "10 p.m.",
     "2020-03-05T22:00-05:00"),
])
def test_local_time_takes_the_utc_day(text, lang, published, clock, expected):
    got = [v for k, v in _values(text, lang, published).items() if k.startswith(clock)]
    assert got and got[0] == expected, got


@pytest.mark.parametrize("text,lang,word,kept", [
    ("*Хроніку укладає редакція «Київщина сьогодні». Оновлено 27 січня 2023 року.*", "uk", "сьогодні", False),
    ("Газета «Казахстан сегодня» сообщила, что 3 мая 2020 года погибли пять человек.", "ru", "сегодня", False),
    ("The channel \"Russia Today\" said on 3 May 2020 that five people died.", "en", "Today", False),
    ("«Қазақстан бүгін» газеті 2020 жылғы 3 мамырда бес адам қаза тапқанын хабарлады.", "kk", "бүгін", False),
    # quoted speech with a relative day is a day
    ("On 3 May 2020 the mayor said: \"Five died today\".", "en", "today", True),
    ("3 мая 2020 года мэр заявил: «Сегодня погибли пять человек».", "ru", "Сегодня", True),
])
def test_relative_day_in_a_quoted_name(text, lang, word, kept):
    assert (word in _values(text, lang)) is kept


@pytest.mark.parametrize("text,lang,expected", [
    ("The attack happened on the evening of 22 March 2024. The toll rose overnight; by the evening of 23 March "
     "the Investigative Committee reported 133 dead.", "en", ["2024-03-22", "2024-03-23"]),
    ("Нападение произошло вечером 22 марта 2024 года. Ночью число жертв выросло, а к вечеру 23 марта СК "
     "сообщил о 133 погибших.", "ru", ["2024-03-22", "2024-03-23"]),
    ("Напад стався ввечері 22 березня 2024 року. Уночі кількість жертв зросла, а 23 березня СК повідомив про "
     "133 загиблих.", "uk", ["2024-03-22", "2024-03-23"]),
    # a day part alone in a sentence with no day of its own stays that sentence's date
    ("The attack happened on 22 March 2024. In the evening police detained five men. On 23 March a court "
     "arrested them.", "en", ["2024-03-22", "2024-03-23"]),
])
def test_bare_daypart_beside_a_stated_day(text, lang, expected):
    assert _event_days(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Новость.\n\nВ ночь со вторника на среду, с 29 на 30 августа 2006 года, около 23:00 по московскому времени "
     "(UTC+4) в ресторане произошла драка. Погибли 2 человека.", "ru", ["2006-08-29T23:00+04:00"]),
    ("У ніч з вівторка на середу, з 29 на 30 серпня 2006 року, у ресторані сталася бійка. Загинули двоє.", "uk",
     ["2006-08-29"]),
    ("On the night from Tuesday to Wednesday, 29-30 August 2006, a fight broke out in a restaurant. Two men died.",
     "en", ["2006-08-29"]),
    # a weekday that is not the stated day keeps its own reading
    ("On Saturday, 2 September 2006, a rally was held. Two men died.", "en", ["2006-09-02"]),
])
def test_weekday_restated_by_the_day_after_it(text, lang, expected):
    assert _event_days(text, lang, "2007-02-28") == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("The siege began on 1 March 2022. The mission has since documented that the siege killed at least 1,348 "
     "civilians by the end of April 2022.", "en", ["2022-03-01"]),
    ("The attack happened on 22 March 2024. By June, Russian courts had ordered the arrest of at least 20 people.",
     "en", ["2024-03-22"]),
    ("Облога почалася 1 березня 2022 року. До кінця квітня 2022 року загинули щонайменше 1348 мирних жителів.",
     "uk", ["2022-03-01"]),
    ("Осада началась 1 марта 2022 года. До конца апреля 2022 года погибли не менее 1348 мирных жителей.",
     "ru", ["2022-03-01"]),
    ("Қоршау 2022 жылғы 1 наурызда басталды. 2022 жылғы сәуірдің соңына дейін кемінде 1348 бейбіт тұрғын қаза "
     "тапты.", "kk", ["2022-03-01"]),
    # a month with no bound dates an event ("to" of "sentenced to life" is no bound of the month)
    ("The clashes began on 10 June 2010. Dozens were convicted, among them a rights defender who was sentenced "
     "to life imprisonment in September 2010.", "en", ["2010-06-10", "2010-09"]),
    ("The siege began on 1 March 2022. In April 2022 at least 300 civilians were killed in the theatre.", "en",
     ["2022-03-01", "2022-04"]),
])
def test_month_bound_of_a_count(text, lang, expected):
    assert _event_days(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("16 мамыр күні түс кезінде қалдық қоймасының бөгеті бұзылды. Бес адам қаза тапты.", "kk", ["2023-05-16"]),
    ("16 мамыр күні түн ортасында бөгет бұзылды. Бес адам қаза тапты.", "kk", ["2023-05-16T00:00"]),
])
def test_kk_midday_is_no_clock(text, lang, expected):
    assert _event_days(text, lang, "2023-05-17") == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("On 17 May 2023 at 09:15 the ministry said seven people had died.\n\nCorrection, 10:40: an earlier version of "
     "this post said the dam was 72 metres high; it is 27 metres.", "en", ["2023-05-17T09:15"]),
    ("17 мая 2023 года в 09:15 министерство сообщило о семи погибших.\n\nИсправление, 10:40: в предыдущей версии "
     "заметки высота дамбы была указана неверно.", "ru", ["2023-05-17T09:15"]),
    ("17 травня 2023 року о 09:15 міністерство повідомило про сімох загиблих.\n\nВиправлення, 10:40: у попередній "
     "версії допису висоту дамби вказано неправильно.", "uk", ["2023-05-17T09:15"]),
    # a correction word before "on <day>" leaves the day an event
    ("Correction: on 17 May 2023 the ministry said seven people had died.", "en", ["2023-05-17"]),
])
def test_correction_note_is_no_event(text, lang, expected):
    assert _event_days(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Police demolished houses on 14 July 2006. Our monitors interviewed 112 families between 20 July and "
     "25 August 2006.", "en", ["2006-07-14"]),
    ("Protests began on 1 August 2020. Between 9 and 14 August 2020 we documented mass arbitrary detentions.",
     "en", ["2020-08-01"]),
    ("Протесты начались 1 августа 2020 года. С 9 по 14 августа 2020 года мы задокументировали массовые задержания.",
     "ru", ["2020-08-01"]),
    ("Протести почалися 1 серпня 2020 року. З 9 по 14 серпня 2020 року ми задокументували масові затримання.",
     "uk", ["2020-08-01"]),
    # a day (not a period) of the report's own finding stays an event
    ("Protests began on 1 August 2020. On 9 August 2020 we documented the detention of 40 protesters.", "en",
     ["2020-08-01", "2020-08-09"]),
])
def test_research_period_is_no_event(text, lang, expected):
    assert _event_days(text, lang) == expected
