"""Quality round 30 (real-text probe, second pass), time: a count after "в"/"in" is no year, a sidebar's
stamp or a background's bare year gives no year to the story's first day, a clock time before a weekday
is that weekday's, a date alone on its line (a stamp, a dateline) is no event. All texts are invented
(fictional places and people); each construction in every language that has it."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.segment import Segmenter
from rashomon.time import TimeTagger


def doc_of(text: str, lang: str, published: str | None = None) -> Document:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang, published=published)
    Segmenter()(doc)
    return doc


def values(text: str, lang: str, published: str | None = None) -> list[str]:
    return [t.value for t in TimeTagger()(doc_of(text, lang, published))]


def events(pipeline, text: str, lang: str) -> list[str]:
    return [e.when for e in pipeline.analyze(doc_of(text, lang)).events]


# "может достичь отметки в 1000 человек": a count of people after "в"/"у"/"in", no year (nor a year
# lent to the year-less day of the same report).
@pytest.mark.parametrize(("text", "lang"), [
    ("Напомним, 14 марта в провинции Велмор произошло землетрясение. Спасатели считают, что число жертв "
     "может достичь отметки в 1200 человек.", "ru"),
    ("Нагадаємо, 14 березня у провінції Велмор стався землетрус. Рятувальники вважають, що кількість жертв "
     "може сягнути позначки у 1200 людей.", "uk"),
    ("On 14 March an earthquake struck Velmor province. Rescuers fear the toll could rise in 1200 homes.", "en"),
])
def test_a_count_after_in_is_no_year(text, lang):
    got = values(text, lang)
    assert not any(v.startswith(("1200", "1199", "../1")) or "/1199" in v for v in got), got
    assert any(v.endswith("03-14") for v in got), got


# A report without a date of its own: its first day takes no year from a sidebar's stamp further down
# ("10:03, 01.04.2031" over another report's headline) nor from a background's bare year ("opened in
# 1962", "in 2009 another blast"); the year is left to the corpus ("--12-12").
@pytest.mark.parametrize(("text", "lang"), [
    ("Трагедия произошла 12 декабря на шахте «Заречная». Погибли трое горняков.\nРеклама\nЕЩЕ ПО ТЕМЕ\n"
     "В Велморе открыли новый мост\n10:03, 01.04.2031\n", "ru"),
    ("Трагедія сталася 12 грудня на шахті «Зарічна». Загинули троє гірників.\nРеклама\nЩЕ ЗА ТЕМОЮ\n"
     "У Велморі відкрили новий міст\n10:03, 01.04.2031\n", "uk"),
    ("The blast happened on 12 December at the Rivermoor mine. Three miners died.\nAdvertisement\nMORE ON THIS\n"
     "A new bridge opens in Velmor\n10:03, 01.04.2031\n", "en"),
    ("Жарылыс 12 желтоқсанда Өзенкөл кенішінде болды. Үш кенші қаза тапты.\nЖарнама\nТАҚЫРЫПҚА ОРАЙ\n"
     "Велморда жаңа көпір ашылды\n10:03, 01.04.2031\n", "kk"),
])
def test_the_first_day_takes_no_year_from_a_sidebar(text, lang):
    got = values(text, lang)
    days = [v for v in got if "12-12" in v]
    assert days and all(v.startswith("--12-12") for v in days), got


# Only bare years follow the first day: the latest is the story's, not an earlier background's ("opened
# in 1962", "in 2029 another blast", "since the start of 2031 ...").
@pytest.mark.parametrize(("text", "lang"), [
    ("Утром 12 декабря на шахте «Заречная» произошел взрыв. Шахта введена в эксплуатацию в 1962 году. "
     "Ранее, в 2029 году, там погибли 40 горняков. Только с начала 2031 года там было пять аварий.", "ru"),
    ("Вранці 12 грудня на шахті «Зарічна» стався вибух. Шахту введено в експлуатацію у 1962 році. "
     "Раніше, у 2029 році, там загинули 40 гірників. Лише з початку 2031 року там було п'ять аварій.", "uk"),
    ("On the morning of 12 December a blast hit the Rivermoor mine. The mine opened in 1962. "
     "In 2029, 40 miners died there. Since the start of 2031 there have been five accidents.", "en"),
    ("12 желтоқсан күні таңертең Өзенкөл кенішінде жарылыс болды. Кеніш 1962 жылы ашылған. "
     "Бұған дейін, 2029 жылы, онда 40 кенші қаза тапқан. 2031 жылдың басынан бері онда бес апат болды.", "kk"),
])
def test_the_first_day_takes_the_latest_bare_year(text, lang):
    got = values(text, lang)
    days = [v for v in got if "12-12" in v]
    assert days and all(v[:4] in ("2030", "2031") for v in days), got


# "derailed around 5 p.m. Wednesday": the clock time is the weekday's, not the report's day named before.
@pytest.mark.parametrize(("text", "lang"), [
    ("Two workers were killed when a freight train derailed in Rivermoor, officials said Thursday. "
     "The train derailed around 5 p.m. Wednesday near the depot.", "en"),
])
def test_a_clock_time_before_a_weekday_is_that_weekdays(text, lang):
    got = values(text, lang, published="2030-03-14")
    assert "2030-03-13T17:00" in got, got
    assert "2030-03-14T17:00" not in got, got


def test_a_clock_time_before_a_sentence_opening_weekday_is_that_weekdays():
    got = values("Two workers were killed when a freight train derailed in Rivermoor, officials said Thursday, "
                 "14 March 2030. The train derailed around 5 p.m. Wednesday near the depot.", "en")
    assert "2030-03-13T17:00" in got, got


# A date alone on its line or in its own "sentence" (a dateline "ВЕЛМОР. 28 июня. АГЕНТСТВО.", a stamp
# "01:18 GMT 09.07.2031 (Updated: ...)", "// Мир // 27 августа 2031 г.") is no event of the story.
@pytest.mark.parametrize(("text", "lang", "stamp"), [
    ("Паводок в Велморе\n\nВЕЛМОР. 28 июня. АГЕНТСТВО. Семья из двух человек погибла во время паводка в деревне "
     "Заречье. Вода поднялась около 19:00 27 июня, сообщили спасатели.", "ru", "--06-28"),
    ("Повінь у Велморі\n\nВЕЛМОР. 28 червня. АГЕНЦІЯ. Родина з двох людей загинула під час повені в селі "
     "Заріччя. Вода піднялася близько 19:00 27 червня, повідомили рятувальники.", "uk", "--06-28"),
    ("Velmor bridge collapse toll rises to 14\n01:18 GMT 09.07.2031 (Updated: 01:19 GMT 09.07.2031)\n"
     "RIVERMOOR (Agency) - The death toll from the collapse of a bridge in Velmor has risen to 14, local media "
     "reported on Saturday. The bridge collapsed on Friday morning.", "en", "2031-07-09T01:18"),
    ("// Мир // 27 августа 2031 г.\n\nУвеличилось число жертв землетрясения в Велморе\n\nСогласно уточненным "
     "данным, жертвами землетрясения стали не менее 29 человек. Землетрясение произошло в ночь на 24 августа.",
     "ru", "2031-08-27"),
])
def test_a_date_alone_is_no_event(pipeline, text, lang, stamp):
    got = events(pipeline, text, lang)
    assert not any(w and w.startswith(stamp) for w in got), got
    assert got, got


# "14:55 PM EST": a 24-hour clock time with a redundant "PM" is that time, not dropped.
def test_a_24_hour_clock_with_pm_is_kept():
    got = values("Fire kills two in Rivermoor\nAug 04, 2031 14:55 PM EST\n\nTwo people died in a fire on Sunday.", "en")
    assert any(v.startswith("2031-08-04T14:55") for v in got), got



# A hard-wrapped report: a line holding only the end of a sentence ("by 7 May.") or its start before a line
# going on in lower case ("9 and 10 May" / "are days of mourning") is no stamp line: its date dates the
# sentence (unlike a stamp line "27 May 2031" alone).
@pytest.mark.parametrize(("text", "lang", "day"), [
    ("The storm hit the coast of Velmora on 3 May 2031. The toll was raised to 40 on 5 May and to 52\n"
     "by 7 May.\n", "en", "2031-05-07"),
    ("Шторм обрушился на побережье Велморы 3 мая 2031 года. Власти сообщили о помощи семьям. 9 и 10 мая\n"
     "объявлены днями траура.\n", "ru", "2031-05-09"),
    ("Шторм обрушився на узбережжя Велмори 3 травня 2031 року. Влада повідомила про допомогу родинам. 9 і 10 травня\n"
     "оголошені днями жалоби.\n", "uk", "2031-05-09"),
])
def test_a_hard_wrapped_date_piece_is_an_event(text, lang, day):
    from rashomon.pipeline import Pipeline

    assert any(str(w).startswith(day) for w in events(Pipeline(), text, lang))
