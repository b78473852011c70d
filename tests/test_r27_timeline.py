"""Quality round 27, timeline rows. All texts are invented (fictional places and people); each
construction in every language that has it."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.time import TimeTagger


def values(text: str, lang: str, published: str | None = None) -> list[str]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang, published=published)
    return [t.value for t in TimeTagger()(doc)]


def events(pipeline, text: str, lang: str, published: str | None = None) -> list[str]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang, published=published)
    return [e.when for e in pipeline.analyze(doc).events]


# Two clock times in one sentence and a day after the second: the day is the second clock's, the first
# keeps the day the story gave ("The first came at 23:55, the second at about 04:00 on 9 May").
@pytest.mark.parametrize(("text", "lang"), [
    ("On the night of 8 May 2031 two blasts hit the Velmor mine. The first came at 23:55, the second at about "
     "04:00 on 9 May.", "en"),
    ("В ночь на 8 мая 2031 года на шахте в Велморе прогремели два взрыва. Первый в 23:55, второй около "
     "04:00 9 мая.", "ru"),
    ("У ніч на 8 травня 2031 року на шахті у Велморі пролунали два вибухи. Перший о 23:55, другий близько "
     "04:00 9 травня.", "uk"),
    ("2031 жылғы 8 мамыр түні Велмор шахтасында екі жарылыс болды. Біріншісі 23:55-те, екіншісі "
     "04:00-де 9 мамырда болды.", "kk"),
])
def test_a_day_after_a_second_clock_is_that_clocks(text, lang):
    got = values(text, lang)
    assert "2031-05-08T23:55" in got, got
    assert not any(v.startswith("2031-05-09T23:55") for v in got), got


# A table row of figures by source whose date fills the row's FIRST cell: a count's date, no event.
@pytest.mark.parametrize(("text", "lang"), [
    ("A fire hit the Velmor depot on 3 March 2031.\n\nDate\tSource\tKilled\tMissing\n"
     "5 March\tRescue service\t12\t40\n7 March\tRegional office\t20\t31\n", "en"),
    ("Пожар на складе в Велморе произошёл 3 марта 2031 года.\n\nДата\tИсточник\tПогибшие\tПропавшие\n"
     "5 марта\tСпасатели\t12\t40\n7 марта\tОбласть\t20\t31\n", "ru"),
    ("Пожежа на складі у Велморі сталася 3 березня 2031 року.\n\nДата\tДжерело\tЗагиблі\tЗниклі\n"
     "5 березня\tРятувальники\t12\t40\n7 березня\tОбласть\t20\t31\n", "uk"),
    ("Велмордағы қоймада өрт 2031 жылғы 3 наурызда болды.\n\nКүні\tДереккөз\tҚаза тапты\tХабарсыз\n"
     "5 наурыз\tҚұтқарушылар\t12\t40\n7 наурыз\tОблыс\t20\t31\n", "kk"),
])
def test_a_date_in_a_table_rows_first_cell_is_no_row(pipeline, text, lang):
    got = events(pipeline, text, lang)
    assert "2031-03-03" in got, got
    assert "2031-03-05" not in got and "2031-03-07" not in got, got


# A date in a markdown table's cell with a part of the day after it ("17.10, ночь"): still a count's date.
def test_a_date_cell_with_a_part_of_the_day_is_no_row(pipeline):
    text = ("Пожар на складе в Велморе произошёл 3 марта 2031 года.\n\n| Источник | Дата | Погибшие |\n|---|---|---|\n"
            "| Спасатели | 04.03, ночь | 4 |\n| Область | 05.03 | 6 |\n")
    got = events(pipeline, text, "ru")
    assert "2031-03-04" not in got and "2031-03-05" not in got, got


# A word of recurrence right before the date ("Every 28 October we bring flowers"): no event.
@pytest.mark.parametrize(("text", "lang"), [
    ("The Velmor depot burned on 28 October 2030. Every 28 October we bring flowers to the gate.", "en"),
    ("Склад в Велморе сгорел 28 октября 2030 года. Каждое 28 октября мы приносим цветы к воротам.", "ru"),
    ("Склад у Велморі згорів 28 жовтня 2030 року. Кожного 28 жовтня ми приносимо квіти до воріт.", "uk"),
    ("Велмордағы қойма 2030 жылғы 28 қазанда өртенді. Әр 28 қазанда біз қақпаға гүл қоямыз.", "kk"),
])
def test_every_date_is_no_event(pipeline, text, lang):
    got = events(pipeline, text, lang)
    assert got.count("2030-10-28") == 1, got


# "On the first day" is the first day of the events told (the text's first full date), and the story's
# day for what follows ("the next morning"), not the last background date named before it.
@pytest.mark.parametrize(("text", "lang"), [
    ("The Velmor tower collapsed on 13 June 2031. It was the second collapse after the one on Lenn street on 9 June.\n\n"
     "On the first day rescuers found 40 bodies. The next morning the toll rose to 90.", "en"),
    ("Башня в Велморе обрушилась 13 июня 2031 года. Это было второе обрушение после улицы Ленн 9 июня.\n\n"
     "В первый день спасатели нашли 40 тел. На следующее утро число погибших выросло до 90.", "ru"),
    ("Вежа у Велморі обвалилася 13 червня 2031 року. Це був другий обвал після вулиці Ленн 9 червня.\n\n"
     "Першого дня рятувальники знайшли 40 тіл. Наступного ранку кількість загиблих зросла до 90.", "uk"),
])
def test_the_first_day_is_the_texts_first_date(text, lang):
    got = values(text, lang)
    assert "2031-06-13" in got[2:] and "2031-06-14" in got, got
    assert "2031-06-10" not in got, got


def test_the_first_day_of_another_thing_is_not_the_first_date():
    got = values("The Velmor tower collapsed on 13 June 2031. The trial opened on 2 May 2032. "
                 "On the first day of the trial the judge read the charges.", "en")
    assert got.count("2031-06-13") == 1, got


# A year-less report ("Велмор, 26 желтоқсан") takes its year from a report of the same days that has its
# own date, even when that report states the days without a year (its year is the report's).
@pytest.mark.parametrize(("dated", "yearless", "lang"), [
    ("Today, on 27 December, Velmor said farewell to the crew. The first news came on 25 December at 19:30.",
     "Velmor, 26 December. Yesterday, on 25 December, at about 18:50 the plane vanished from radar.", "en"),
    ("Сегодня, 27 декабря, Велмор простился с экипажем. Первое сообщение пришло 25 декабря в 19:30.",
     "Велмор, 26 декабря. Вчера, 25 декабря, около 18:50 самолёт исчез с радаров.", "ru"),
    ("Сьогодні, 27 грудня, Велмор попрощався з екіпажем. Перше повідомлення надійшло 25 грудня о 19:30.",
     "Велмор, 26 грудня. Учора, 25 грудня, близько 18:50 літак зник з радарів.", "uk"),
    ("Бүгін, 27 желтоқсанда, Велмор экипажбен қоштасты. Алғашқы хабар 25 желтоқсан күні сағат 19:30-да келді.",
     "Велмор, 26 желтоқсан. Кеше, 25 желтоқсанда, шамамен 18:50-де ұшақ радарлардан жоғалып кетті.", "kk"),
])
def test_a_dated_reports_yearless_days_give_their_year(pipeline, dated, yearless, lang):
    from rashomon.timeline import reanchor

    a = pipeline.analyze(Document(id="a.jsonl#1", path="a.jsonl", text=dated, lang=lang, published="2030-12-27"))
    b = pipeline.analyze(Document(id="b.txt", path="b.txt", text=yearless, lang=lang))
    reanchor([a, b])
    assert any(e.when.startswith("2030-12-25") for e in b.events), [e.when for e in b.events]


# A morning clock time told after an evening one, with no day of its own: the next morning ("at about
# 18:50 the plane vanished ... overnight 300 rescuers searched. In the morning, by 8:00, 24 bodies were found").
@pytest.mark.parametrize(("text", "lang"), [
    ("On 25 December 2030 at about 18:50 the plane vanished near Velmor. Overnight 300 rescuers searched. "
     "In the morning, by 8:00, 24 bodies were found.", "en"),
    ("25 декабря 2030 года около 18:50 самолёт исчез у Велмора. Ночью искали 300 спасателей. "
     "Утром, к 8:00, нашли 24 тела.", "ru"),
    ("25 грудня 2030 року близько 18:50 літак зник біля Велмора. Уночі шукали 300 рятувальників. "
     "Вранці, до 8:00, знайшли 24 тіла.", "uk"),
    ("2030 жылғы 25 желтоқсанда шамамен 18:50-де ұшақ Велмор маңында жоғалды. Түнде 300 құтқарушы іздеді. "
     "Таңертең сағат 8:00-ге қарай 24 адамның денесі табылды.", "kk"),
])
def test_a_morning_after_an_evening_is_the_next_day(text, lang):
    got = values(text, lang)
    assert "2030-12-25T18:50" in got and "2030-12-26T08:00" in got, got


def test_a_morning_before_an_evening_stays_that_day():
    got = values("On 25 December 2030 in the morning, at 8:00, the crew took off from Velmor. At 18:50 it vanished.", "en")
    assert "2030-12-25T08:00" in got and "2030-12-25T18:50" in got, got


# "On the first day" dating a saying ("в первый день заявил", "алғашқы күні ... хабарламады"): no row.
@pytest.mark.parametrize(("text", "lang"), [
    ("Velmor, 14 June 2031. The tower collapsed on Thursday, 12 June. On the first day the mayor said 7 were missing.", "en"),
    ("Велмор, 14 июня 2031 года. Башня обрушилась в четверг, 12 июня. Мэр в первый день заявил о 7 пропавших.", "ru"),
    ("Велмор, 14 червня 2031 року. Вежа обвалилася в четвер, 12 червня. Мер першого дня заявив про 7 зниклих.", "uk"),
    ("Велмор, 2031 жылғы 14 маусым. Мұнара бейсенбі күні, 12 маусымда құлады. Телеарна алғашқы күні бұл туралы ештеңе хабарламады.", "kk"),
])
def test_a_saying_on_the_first_day_is_no_row(pipeline, text, lang):
    got = events(pipeline, text, lang)
    assert got.count("2031-06-12") == 1, got


# An article opening with "Yesterday, 9 May, at about 9:45 ...": the day beside a relative word is the
# story's day, no dateline, and its clock time is an event.
@pytest.mark.parametrize(("text", "lang"), [
    ("Yesterday, 9 May, at about 9:45 a bomb went off in Velmor during the parade.", "en"),
    ("Вчера, 9 мая, около 9:45 в Велморе во время шествия сработало взрывное устройство.", "ru"),
    ("Учора, 9 травня, близько 9:45 у Велморі під час ходи вибухнув саморобний пристрій.", "uk"),
    ("Кеше, 9 мамырда, сағат 9:45 шамасында Велморда шеру кезінде жарылыс болды.", "kk"),
])
def test_a_relative_day_before_a_date_is_no_dateline(pipeline, text, lang):
    got = events(pipeline, text, lang, published="2031-05-10")
    assert "2031-05-09T09:45" in got, got
