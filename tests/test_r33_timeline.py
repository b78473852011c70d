"""Round 33 (ten sets of real pages with gold, time): general constructions of real news pages, in every
language where they exist. All sentences are invented (fictional places, people and outlets).

- A page stamped with its month only under a dateline label on its first line ("date 2031-11 <headline>",
  "Дата: 2031-11"): the year of the days it names without one ("7 ноября" is 7 November 2031), not a
  year-less "--11-07" left to the corpus; not a day months before it (a later revision's stamp). A count the
  page dates no other way is dated up to that month ("../2031-11").
- A page's own full date under the label on its first line, the headline after it on the same line ("date
  2031-11-09 Protests swept the country ..."): the report's date, from which "yesterday" counts.
- A page whose only date with a year is its own stamp, one line of a date and a clock time at its end
  ("Категории: Новости\n06.02.2031 21:14"): the year of the days it names up to two months before.
- A stamp run into the text after it by the page's extraction, no space before a capital letter ("21 May,
  2031 - 15:27Rescuers said ...", "16:48 / 07.08.2031Число погибших ...", a list of other pages' "Yesterday,
  20:41Floods hit ..."): the page's or a listed page's stamp, no event.
- A wire photo's caption, its credit after its day ("... in Northbrook, May 2, 2031. © Agency / Jane Roe",
  "... [Reuters]", "(Jane Roe / Getty Images)"): the picture's day, no event (as "Фото: ..." in ru, uk, kk).
- A day's year after a preposition, its year word after it ("9 января в 2031 году", "9 січня у 2031
  році"): one date, not a day whose year is guessed and a year apart.
- A page's dateline of a clock time and a day, then a few words of place, site and author ("11:35, 06 июля
  2031, Заречье - 55.kg , Айгуль ПЕТРОВА"): the report's date, no event.
- "в 10 часов дня", "о 10 годині дня": ten in the morning (the day part moves only the hours up to 8 to the
  afternoon: "в 2 часа дня" is 14:00).
- A wire dateline of a day, a town and the agency between slashes ("5 мая, Заречье /Корр. Вести/. ..."): the
  report's date, no event.
- A site's stamp of the day a page is shown on, with its weekday and clock time, on the first line ("17
  квітня 2032, Субота, 15:52") over the item's own earlier date alone on a line ("27 листопада 2031"):
  "today" is the item's day.
- A retold event's day ("Напомним, 20 декабря ...", "Еске салайық, 20 желтоқсанда ...") in a report of 18
  November is last year's, never a day after the report.
- A person's birth and death in brackets after the name, ten years or more apart ("Петров Иван (11.03.1975 -
  04.05.2031)", "(1950–2031)"): no event.
"""

from __future__ import annotations

import pytest
from claims_helpers import rows_and_dates as _run

from rashomon.document import Document
from rashomon.timex import TimeTagger

MONTH_STAMP = [
    (" date 2031-11 Вечером 7 ноября в Заречье взорвался газ. Погибли два человека.", "ru"),
    ("Дата: 2031-11\n\nВвечері 7 листопада в Заріччі вибухнув газ. Загинули двоє людей.", "uk"),
    (" date 2031-11 7 қарашада Заречье ауылында газ жарылды. Екі адам қаза тапты.", "kk"),
    (" date 2031-11 A gas blast hit Northbrook on 7 November. Two people were killed.", "en"),
]


@pytest.mark.parametrize("text,lang", MONTH_STAMP)
def test_a_month_stamp_gives_the_year_of_a_day(text, lang):
    rows, claims = _run(text, lang)
    assert rows == ["2031-11-07"], rows
    assert ("killed", 2, "2031-11-07") in claims, claims


def test_a_month_stamp_gives_the_year_of_a_december_day_in_january():
    rows, _ = _run(" date 2032-01 Пожар 30 декабря в Заречье унёс жизни трёх человек.", "ru")
    assert rows == ["2031-12-30"], rows


MONTH_ONLY = [
    (" date 2031-11 В Заречье взорвался газ. Погибли два человека.", "ru"),
    (" date 2031-11 У Заріччі вибухнув газ. Загинули двоє людей.", "uk"),
    (" date 2031-11 Заречье ауылында газ жарылды. Екі адам қаза тапты.", "kk"),
    (" date 2031-11 A gas blast hit Northbrook. Two people were killed.", "en"),
]


@pytest.mark.parametrize("text,lang", MONTH_ONLY)
def test_a_month_stamp_dates_a_count_up_to_its_month(text, lang):
    rows, claims = _run(text, lang)
    assert rows == [], rows
    assert ("killed", 2, "../2031-11") in claims, claims


def test_a_month_stamp_long_after_the_day_gives_no_year():
    rows, _ = _run(" date 2032-03 Вечером 7 ноября в Заречье взорвался газ. Погибли два человека.", "ru")
    assert rows == ["--11-07"], rows  # a later revision's stamp: the corpus gives the year


def test_a_year_month_without_a_dateline_label_is_no_stamp():
    rows, _ = _run("Сезон 2030-11 Вечером 7 ноября в Заречье взорвался газ.", "ru")
    assert rows == ["--11-07"], rows


LABELLED_DATELINE = [
    (" date 2031-11-09 Протесты прошли по всей стране 8 ноября.\n\nМитинги прошли вчера в крупных городах.", "ru"),
    (" date 2031-11-09 Протести пройшли по всій країні 8 листопада.\n\nМітинги пройшли вчора у великих містах.", "uk"),
    (" date 2031-11-09 Protests swept the country on November 8.\n\nRallies were held in large towns yesterday.", "en"),
]


@pytest.mark.parametrize("text,lang", LABELLED_DATELINE)
def test_yesterday_counts_from_a_labelled_page_date_before_the_headline(text, lang):
    rows, _ = _run(text, lang)
    assert set(rows) == {"2031-11-08"}, rows


OWN_STAMP = [
    ("Обстрел Заречья\n\nВечером 5 февраля в Заречье погибли три человека.\n\nКатегории: Новости\n06.02.2031 21:14", "ru"),
    ("Обстріл Заріччя\n\nУвечері 5 лютого в Заріччі загинули троє людей.\n\nКатегорії: Новини\n06.02.2031 21:14", "uk"),
    ("Заречье\n\n5 ақпанда Заречье ауылында үш адам қаза тапты.\n\nСанаттар: Жаңалықтар\n06.02.2031 21:14", "kk"),
    ("Shelling of Northbrook\n\nThree people were killed in Northbrook on 5 February.\n\nCategories: News\n06.02.2031 21:14", "en"),
]


@pytest.mark.parametrize("text,lang", OWN_STAMP)
def test_a_pages_own_stamp_at_its_end_gives_the_year(text, lang):
    rows, claims = _run(text, lang)
    assert rows == ["2031-02-05"], rows
    assert ("killed", 3, "2031-02-05") in claims, claims



GLUED_STAMP = [
    ("Паром затонул у Заречья\n21 мая 2031, 15:27Спасатели сообщили, что 16 мая погибли 12 человек.", "ru", "2031-05-16"),
    ("16:48 / 07.08.2031Число погибших при паводке в Заречье выросло\n\n3 августа паводок затопил Заречье.", "ru", "2031-08-03"),
    ("Пором затонув біля Заріччя\n21 травня 2031, 15:27Рятувальники повідомили, що 16 травня загинули 12 людей.", "uk", "2031-05-16"),
    ("Паром батып кетті\n21 мамыр 2031, 15:27Құтқарушылар 16 мамырда 12 адам қаза тапқанын хабарлады.", "kk", "2031-05-16"),
    ("Ferry sinks off Northbrook\n21 May, 2031 - 15:27Rescuers said 12 people died on May 16.", "en", "2031-05-16"),
]


@pytest.mark.parametrize("text,lang,day", GLUED_STAMP)
def test_a_stamp_run_into_the_text_is_no_event(text, lang, day):
    rows, _ = _run(text, lang)
    assert rows == [day], rows


def test_listed_pages_stamps_run_into_their_headlines_are_no_events():
    text = ("Floods hit Northbrook\n\nFloods hit Northbrook on 3 May 2031, killing four people.\n\nMost read\n"
            "321Yesterday, 20:41Talks on the river dam stall again\n211Yesterday, 19:58Storm warning for the coast\n")
    rows, _ = _run(text, "en")
    assert rows == ["2031-05-03"], rows


PHOTO_CREDIT = [
    "Firefighters are seen at a burning warehouse in Northbrook, Ruritania, May 2, 2031. © Reuters / Jane Roe",
    "A view shows a flooded market in Northbrook village, Ruritania May 2, 2031. [Reuters]",
    "Rescuers search the ruins of a house in Northbrook on May 2, 2031. (Jane Roe / Getty Images)",
]


@pytest.mark.parametrize("caption", PHOTO_CREDIT)
def test_a_wire_photos_caption_is_no_event(caption):
    text = f"Floods in Northbrook\n\n{caption}\n\nFloods hit Northbrook on 30 April 2031, killing four people."
    rows, _ = _run(text, "en")
    assert rows == ["2031-04-30"], rows



YEAR_AFTER_PREPOSITION = [
    ("Руины дома в Заречье, куда попала ракета 9 января в 2031 году.", "ru"),
    ("Руїни будинку в Заріччі, куди влучила ракета 9 січня у 2031 році.", "uk"),
    ("Руїни будинку в Заріччі, куди влучила ракета 9 січня в 2031 році.", "uk"),
]


@pytest.mark.parametrize("text,lang", YEAR_AFTER_PREPOSITION)
def test_a_days_year_after_a_preposition_is_its_year(text, lang):
    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    assert [(t.value, t.text[:2]) for t in TimeTagger()(doc)] == [("2031-01-09", "9 ")]


def test_a_year_after_a_preposition_without_a_year_word_stays_apart():
    doc = Document(id="t.txt", path="t.txt", text="Сезон открылся 9 января в 2031 зале.", lang="ru")
    assert "2031-01-09" not in [t.value for t in TimeTagger()(doc) if t.text.endswith("2031")]


LIFESPAN = [
    ("4 мая 2031 года в Заречье погибли 12 человек. Среди них Петров Иван (11.03.1975 - 04.05.2031).", "ru"),
    ("4 травня 2031 року в Заріччі загинули 12 людей. Серед них Петренко Іван (11.03.1975 - 04.05.2031).", "uk"),
    ("2031 жылғы 4 мамырда Заречье ауылында 12 адам қаза тапты. Олардың арасында Иван Петров (11.03.1975 - 04.05.2031).", "kk"),
    ("On 4 May 2031 twelve people died in Northbrook. Among them was John Roe (1950–2031).", "en"),
]


@pytest.mark.parametrize("text,lang", LIFESPAN)
def test_a_lifespan_in_brackets_is_no_event(text, lang):
    rows, _ = _run(text, lang)
    assert rows == ["2031-05-04"], rows


TIMED_DATELINE = [
    ("11:35, 06 июля 2031, Заречье - 55.kg , Айгуль ПЕТРОВА\nВ Заречье пострадали 57 человек, 6 человек погибли.\n"
     "3 июля в Заречье начались протесты.", "ru"),
    ("11:35, 06 липня 2031, Заріччя - 55.kg , Айгуль ПЕТРЕНКО\nУ Заріччі постраждали 57 людей, 6 людей загинули.\n"
     "3 липня в Заріччі почалися протести.", "uk"),
    ("11:35, 06 шілде 2031, Заречье - 55.kg , Айгүл ПЕТРОВА\nЗаречье ауылында 57 адам зардап шекті, 6 адам қаза тапты.\n"
     "3 шілдеде Заречье ауылында наразылық басталды.", "kk"),
    ("11:35, 06 July 2031, Northbrook - 55.kg , Jane ROE\nIn Northbrook 57 people were injured and 6 died.\n"
     "Protests began in Northbrook on 3 July.", "en"),
]


@pytest.mark.parametrize("text,lang", TIMED_DATELINE)
def test_a_timed_dateline_with_place_site_and_author_is_no_event(text, lang):
    rows, _ = _run(text, lang)
    assert rows == ["2031-07-03"], rows


DAY_HOURS = [
    ("По состоянию на 10 часов дня 5 мая 2031 года пострадали 9 человек.", "ru", "2031-05-05T10:00"),
    ("В 2 часа дня 5 мая 2031 года в Заречье прогремел взрыв.", "ru", "2031-05-05T14:00"),
    ("О 10 годині дня 5 травня 2031 року в Заріччі постраждали 9 людей.", "uk", "2031-05-05T10:00"),
    ("О 2 годині дня 5 травня 2031 року в Заріччі пролунав вибух.", "uk", "2031-05-05T14:00"),
    ("2031 жылғы 5 мамырда күндіз сағат 10-да 9 адам зардап шекті.", "kk", "2031-05-05T10:00"),
]


@pytest.mark.parametrize("text,lang,value", DAY_HOURS)
def test_an_hour_of_the_day_part(text, lang, value):
    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    assert any(t.value.endswith(value[10:]) for t in TimeTagger()(doc)), value  # the hour (with its day or alone)


SLASHED_WIRE = [
    ("Землетрясение в Заречье\n\n5 мая 2031, Заречье /Корр. ВЕСТИ/. При землетрясении 4 мая погибли 12 человек.", "ru"),
    ("Землетрус у Заріччі\n\n5 травня 2031, Заріччя /Кор. ВІСТІ/. Під час землетрусу 4 травня загинули 12 людей.", "uk"),
    ("Заречьедегі жер сілкінісі\n\n5 мамыр 2031, Заречье /ХАБАР тілшісі/. 4 мамырдағы жер сілкінісінен 12 адам қаза тапты.", "kk"),
    ("Quake in Northbrook\n\n5 May 2031, Northbrook /Corr. NEWSWIRE/. The quake of 4 May killed 12 people.", "en"),
]


@pytest.mark.parametrize("text,lang", SLASHED_WIRE)
def test_a_wire_dateline_with_the_agency_between_slashes_is_no_event(text, lang):
    rows, _ = _run(text, lang)
    assert rows == ["2031-05-04"], rows


SHOWN_ON_STAMP = [
    ("17 апреля 2032, Суббота, 15:52\n\nУ Заречья перевернулась лодка\n\n27 ноября 2031\n\n"
     "26 ноября рыбак нашёл лодку. Сегодня продолжили поиски.", "ru"),
    ("17 квітня 2032, Субота, 15:52\n\nБіля Заріччя перекинувся човен\n\n27 листопада 2031\n\n"
     "26 листопада рибалка знайшов човен. Сьогодні продовжили пошуки.", "uk"),
    ("17 сәуір 2032, Сенбі, 15:52\n\nЗаречье маңында қайық аударылды\n\n27 қараша 2031\n\n"
     "26 қарашада балықшы қайықты тапты. Бүгін іздеу жалғасты.", "kk"),
    ("17 April 2032, Saturday, 15:52\n\nBoat capsizes off Northbrook\n\n27 November 2031\n\n"
     "A fisherman found the boat on 26 November. Today the search went on.", "en"),
]


@pytest.mark.parametrize("text,lang", SHOWN_ON_STAMP)
def test_today_is_the_items_day_under_a_site_stamp_with_weekday_and_clock(text, lang):
    rows, _ = _run(text, lang)
    assert "2031-11-27" in rows and not any(r.startswith("2032") for r in rows), rows


RETOLD_DAY = [
    (" date 2031-11-18 Суд в Заречье начался сегодня.\n\nНапомним, 20 декабря у Заречья разбился самолёт.", "ru"),
    (" date 2031-11-18 Суд у Заріччі почався сьогодні.\n\nНагадаємо, 20 грудня біля Заріччя розбився літак.", "uk"),
    (" date 2031-11-18 Заречьеде сот бүгін басталды.\n\nЕске салайық, 20 желтоқсанда Заречье маңында ұшақ апатқа ұшырады.", "kk"),
    (" date 2031-11-18 The trial in Northbrook began today.\n\nAs previously reported, on 20 December a plane crashed near Northbrook.", "en"),
]


@pytest.mark.parametrize("text,lang", RETOLD_DAY)
def test_a_retold_day_is_never_after_the_report(text, lang):
    rows, _ = _run(text, lang)
    assert "2030-12-20" in rows and "2031-12-20" not in rows, rows
