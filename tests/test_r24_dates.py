"""Quality round 24, dates of claims and timeline rows. All texts are invented (fictional places and
people); each construction in every language that has it."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.time import TimeTagger, event_period


def values(text: str, lang: str, published: str | None = None) -> list[str]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang, published=published)
    return [t.value for t in TimeTagger()(doc)]


def events(pipeline, text: str, lang: str, published: str | None = None) -> list[str]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang, published=published)
    return [e.when for e in pipeline.analyze(doc).events]


def period(text: str, lang: str) -> str | None:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    from rashomon.pipeline import Pipeline
    Pipeline().prepare(doc)
    return event_period(doc, TimeTagger()(doc))


# A number with a case ending after "D MONTH," counts people; it is no year of that day (kk).
def test_a_comma_number_with_a_case_ending_is_no_year():
    text = "Толқу 1971 жылғы 4 наурызда басталды. Келесі күні, 5 наурызда, 1800-ге жуық адам Орталық алаңға шықты."
    got = values(text, "kk")
    assert "1971-03-05" in got and not any(v.startswith("1800") for v in got), got


def test_a_comma_year_is_still_read():
    assert "1971-03-05" in values("The strike began on 5 March, 1971 in Dorvik.", "en")


# "1990 жылдардағы" (in the 1990s): a decade, no year; a range of years is still read.
def test_a_kk_plural_year_word_after_a_round_year_is_a_decade():
    got = values("Прокуратураның 1980 жылдардағы материалдарында 40 адам аталады.", "kk")
    assert "1980" not in got, got
    assert "1985" in values("1975-1985 жылдары Велмор кенішінде 12 апат болды.", "kk")


# A page's byline stamp ("Posted by NAME, DD.MM.YYYY") does not give a year-less story day its year
# when the text dated the month with its year and the weekday agrees.
@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Memory of March 1971 in Dorvik\n\nPosted by velmor_notes, 18.03.2030\n\nOn Monday 15 March at 17.00 "
     "the crowd gathered near the mill.", "en", "1971-03-15"),
    ("Воспоминания о марте 1971 года в Дорвике\n\nОпубликовано пользователем velmor, 18.03.2030\n\nВ понедельник, "
     "15 марта, толпа собралась у фабрики.", "ru", "1971-03-15"),
    ("Спогади про березень 1971 року в Дорвіку\n\nОпубліковано автором velmor, 18.03.2030\n\nУ понеділок, "
     "15 березня, натовп зібрався біля фабрики.", "uk", "1971-03-15"),
])
def test_a_byline_stamp_gives_way_to_the_month_the_text_dated(text, lang, day):
    assert day in values(text, lang)


# The period a lead states ("12–14 March 1971") when each day is told once and the prelude's day
# comes just before it.
@pytest.mark.parametrize(("text", "lang"), [
    ("'''Беспорядки в Дорвике''' — волнения 12—14 марта 1971 года.\n\n== Ход событий ==\n11 марта у фабрики "
     "собрались первые рабочие. В пятницу, 12 марта, толпа выросла. 14 марта в город вошли войска.", "ru"),
    ("'''Заворушення в Дорвіку''' — події 12—14 березня 1971 року.\n\n== Перебіг ==\n11 березня біля фабрики "
     "зібралися перші робітники. У п'ятницю, 12 березня, натовп зріс. 14 березня до міста ввійшли війська.", "uk"),
    ("'''Dorvik riots''' were unrest on 12–14 March 1971.\n\n== Events ==\nOn 11 March the first workers gathered "
     "at the mill. On Friday, 12 March, the crowd grew. On 14 March troops entered the town.", "en"),
])
def test_the_lead_period_over_a_prelude_day(text, lang):
    assert period(text, lang) == "1971-03-12/1971-03-14"


# A day that comes back every year ("has been a day of mourning since 1971") is no row of the report.
@pytest.mark.parametrize(("text", "lang", "published"), [
    ("In 1971 troops fired on the crowd in Dorvik. 14 March has been a day of mourning since 1971.", "en", "2030-03-14"),
    ("В 1971 году войска открыли огонь в Дорвике. 14 марта ежегодно отмечается как день памяти.", "ru", "2030-03-14"),
    ("У 1971 році війська відкрили вогонь у Дорвіку. 14 березня щороку вшановують загиблих.", "uk", "2030-03-14"),
    ("1971 жылы Дорвикте әскер оқ атты. Жыл сайын 14 наурыз аза күні ретінде аталады.", "kk", "2030-03-14"),
])
def test_a_recurring_day_is_no_row(pipeline, text, lang, published):
    assert not any(w.startswith("2030-03-14") for w in events(pipeline, text, lang, published))


# "кешкі сағат 20:00-ден таңғы 6:00-ге дейін": the morning belongs to the second clock time.
def test_a_kk_clock_range_with_day_parts():
    got = values("Дорвикте 1971 жылғы 12 наурызда кешкі сағат 20:00-ден таңғы 6:00-ге дейін "
                 "коменданттық сағат енгізілді.", "kk")
    assert "1971-03-12T20:00/1971-03-13T06:00" in got, got


# A short publisher line closed by the day alone is the report's date, not the story's.
@pytest.mark.parametrize(("text", "lang"), [
    ("После паводка в Дорвике\n\n«Велморский вестник», независимое издание. 20 апреля 2030 года.\n\n"
     "Плотина была разрушена во вторник, 5 марта. 9 марта власти сообщили о 17 погибших.", "ru"),
    ("Після повені в Дорвіку\n\n«Велморський вісник», незалежне видання. 20 квітня 2030 року.\n\n"
     "Греблю зруйновано у вівторок, 5 березня. 9 березня влада повідомила про 17 загиблих.", "uk"),
])
def test_a_publisher_line_is_the_report_date(text, lang):
    p = period(text, lang)
    assert p is not None and p.startswith("2030-03-05"), p


# A year-less day that falls on the report's own day in a piece whose years are all decades older
# (an anniversary piece) takes the story's year.
@pytest.mark.parametrize(("text", "lang"), [
    ("After the blast in Dorvik, the mayor called it a terror attack on 10 September. "
     "On 22 September 1999 residents found sacks in a basement.", "en"),
    ("Після вибуху в Дорвіку мер уже 10 вересня назвав його терактом. "
     "22 вересня 1999 року мешканці знайшли мішки в підвалі.", "uk"),
    ("После взрыва в Дорвике мэр уже 10 сентября назвал его терактом. "
     "22 сентября 1999 года жители нашли мешки в подвале.", "ru"),
])
def test_an_anniversary_piece_day_takes_the_story_year(text, lang):
    assert "1999-09-10" in values(text, lang, "2030-09-10")


def test_a_dateline_day_keeps_the_report_year():
    text = "Дорвик, 26 қараша. Велмор шахтасындағы апатта 12 адам қаза тапты. Еске сала кетейік, 2005 жылғы мамырда 9 адам қаза тапқан еді."
    assert "2030-11-26" in values(text, "kk", "2030-11-26")


# An Nth anniversary marked on the report's day is no row.
@pytest.mark.parametrize(("text", "lang"), [
    ("Дорвик, 14 наурыз. Велмор бүгін 1971 жылғы оқиғаның 59 жылдығын атап өтті.", "kk"),
    ("Дорвик, 14 марта. Велмор сегодня отметил 59-ю годовщину событий 1971 года.", "ru"),
    ("Дорвік, 14 березня. Велмор сьогодні відзначив 59-ті роковини подій 1971 року.", "uk"),
    ("DORVIK, 14 March. Velmor today marked the 59th anniversary of the 1971 events.", "en"),
])
def test_an_anniversary_sentence_is_no_row(pipeline, text, lang):
    assert not any(w.startswith("2030-03-14") for w in events(pipeline, text, lang, "2030-03-14"))


# A compilation's line of sources ("Источники: ТАСС, 20–22 марта 1971 года; ...") dates no event.
@pytest.mark.parametrize(("text", "lang"), [
    ("12 марта 1971 года в Дорвике начались волнения.\n\nИсточники: «Велморский вестник», 20–22 марта 1971 года; "
     "доклад комиссии, 1974 год. Страница обновлялась до 20 марта 2030 года.", "ru"),
    ("12 березня 1971 року в Дорвіку почалися заворушення.\n\nДжерела: «Велморський вісник», 20–22 березня 1971 року; "
     "доповідь комісії, 1974 рік. Сторінку оновлено 20 березня 2030 року.", "uk"),
    ("Unrest began in Dorvik on 12 March 1971.\n\nSources: Velmor Herald, 20–22 March 1971; commission report, 1974. "
     "Page updated on 20 March 2030.", "en"),
    ("1971 жылғы 12 наурызда Дорвикте толқу басталды.\n\nДереккөздер: «Велмор хабаршысы», 1971 жылғы 20–22 наурыз; "
     "комиссия баяндамасы, 1974 жыл. Бет 2030 жылғы 20 наурызда жаңартылды.", "kk"),
])
def test_a_sources_line_dates_no_row(pipeline, text, lang):
    whens = events(pipeline, text, lang)
    assert "1971-03-12" in whens and not any(w.startswith(("1971-03-20", "1974", "2030")) for w in whens), whens


def test_a_bound_year_does_not_block_the_anniversary_year():
    text = ("Around 90 people were detained in Dorvik in the days after 3 August. A forum post that has circulated "
            "since 2016 claims more. The party chief was removed in January 1972.")
    assert "1972-08-03" in values(text, "en", "2030-08-03")
