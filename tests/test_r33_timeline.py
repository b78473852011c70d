"""Round 33 (ten sets of real pages with gold, time): general constructions of real news pages, in every
language where they exist. All sentences are invented (fictional places, people and outlets).

- A page stamped with its month only under a dateline label on its first line ("date 2031-11 <headline>",
  "Дата: 2031-11"): the year of the days it names without one ("2 ноября" is 2 November 2031), not a
  year-less "--11-02" left to the corpus; not a day months before it (a later revision's stamp). A count the
  page dates no other way is dated up to that month ("../2031-11").
- A page's own full date under the label on its first line, the headline after it on the same line ("date
  2031-11-03 Protests swept the country ..."): the report's date, from which "yesterday" counts.
- A page whose only date with a year is its own stamp, one line of a date and a clock time at its end
  ("Категории: Новости\n03.02.2031 20:02"): the year of the days it names up to two months before.
- A stamp run into the text after it by the page's extraction, no space before a capital letter ("21 May,
  2031 - 16:11Rescuers said ...", "17:39 / 05.08.2031Число жертв ...", a list of other pages' "Yesterday,
  21:13Floods hit ..."): the page's or a listed page's stamp, no event.
- A wire photo's caption, its credit after its day ("... in Northbrook, May 2, 2031. © Agency / Jane Roe",
  "... [Reuters]", "(Jane Roe / Getty Images)"): the picture's day, no event (as "Фото: ..." in ru, uk, kk).
- A day's year after a preposition, its year word after it ("14 января в 2031 году", "14 січня у 2031
  році"): one date, not a day whose year is guessed and a year apart.
- A page's dateline of a clock time and a day, then a few words of place, site and author ("13:55, 04 июля
  2031, Заречье - 55.kg , Айгуль ПЕТРОВА"): the report's date, no event.
- "в 10 часов дня", "о 10 годині дня": ten in the morning (the day part moves only the hours up to 8 to the
  afternoon: "в 2 часа дня" is 14:00).
- A wire dateline of a day, a town and the agency between slashes ("5 мая, Заречье /Корр. Вести/. ..."): the
  report's date, no event.
- A site's stamp of the day a page is shown on, with its weekday and clock time, on the first line ("14
  квітня 2032, Неділя, 14:41") over the item's own earlier date alone on a line ("23 листопада 2031"):
  "today" is the item's day.
- A retold event's day ("Напомним, 25 декабря ...", "Еске салайық, 25 желтоқсанда ...") in a report of 25
  November is last year's, never a day after the report.
- A person's birth and death in brackets after the name, ten years or more apart ("Петров Иван (06.08.1978 -
  02.05.2031)", "(1950–2031)"): no event.
"""

from __future__ import annotations

import pytest
from claims_helpers import rows_and_dates as _run

from rashomon.document import Document
from rashomon.timex import TimeTagger

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
    rows, _ = _run(" date 2032-03 Вечером 2 ноября в Заречье взорвался газ. Погибли два человека.", "ru")
    assert rows == ["--11-02"], rows  # a later revision's stamp: the corpus gives the year


def test_a_year_month_without_a_dateline_label_is_no_stamp():
    rows, _ = _run("Сезон 2030-11 Вечером 2 ноября в Заречье взорвался газ.", "ru")
    assert rows == ["--11-02"], rows


LABELLED_DATELINE = [
    (" date 2031-11-03 Протесты прошли по всей стране 2 ноября.\n\nМитинги прошли вчера в крупных городах.", "ru"),
    (" date 2031-11-03 Протести пройшли по всій країні 2 листопада.\n\nМітинги пройшли вчора у великих містах.", "uk"),
    (" date 2031-11-03 Protests swept the country on November 2.\n\nRallies were held in large towns yesterday.", "en"),
]


@pytest.mark.parametrize("text,lang", LABELLED_DATELINE)
def test_yesterday_counts_from_a_labelled_page_date_before_the_headline(text, lang):
    rows, _ = _run(text, lang)
    assert set(rows) == {"2031-11-02"}, rows


OWN_STAMP = [
    ("Обстрел Заречья\n\nВечером 2 февраля в Заречье погибли три человека.\n\nКатегории: Новости\n03.02.2031 20:02", "ru"),
    ("Обстріл Заріччя\n\nУвечері 2 лютого в Заріччі загинули троє людей.\n\nКатегорії: Новини\n03.02.2031 20:02", "uk"),
    ("Заречье\n\n2 ақпанда Заречье ауылында үш адам қаза тапты.\n\nСанаттар: Жаңалықтар\n03.02.2031 20:02", "kk"),
    ("Shelling of Northbrook\n\nThree people were killed in Northbrook on 2 February.\n\nCategories: News\n03.02.2031 20:02", "en"),
]


@pytest.mark.parametrize("text,lang", OWN_STAMP)
def test_a_pages_own_stamp_at_its_end_gives_the_year(text, lang):
    rows, claims = _run(text, lang)
    assert rows == ["2031-02-02"], rows
    assert ("killed", 3, "2031-02-02") in claims, claims



GLUED_STAMP = [
    ("Паром затонул у Заречья\n21 мая 2031, 16:11Спасатели сообщили, что 16 мая погибли 12 человек.", "ru", "2031-05-16"),
    ("17:39 / 05.08.2031Число жертв оползня в Заречье возросло\n\n3 августа оползень накрыл Заречье.", "ru", "2031-08-03"),
    ("Пором затонув біля Заріччя\n21 травня 2031, 16:11Рятувальники повідомили, що 16 травня загинули 12 людей.", "uk", "2031-05-16"),
    ("Паром батып кетті\n21 мамыр 2031, 16:11Құтқарушылар 16 мамырда 12 адам қаза тапқанын хабарлады.", "kk", "2031-05-16"),
    ("Ferry sinks off Northbrook\n21 May, 2031 - 16:11Rescuers said 12 people died on May 16.", "en", "2031-05-16"),
]


@pytest.mark.parametrize("text,lang,day", GLUED_STAMP)
def test_a_stamp_run_into_the_text_is_no_event(text, lang, day):
    rows, _ = _run(text, lang)
    assert rows == [day], rows


def test_listed_pages_stamps_run_into_their_headlines_are_no_events():
    text = ("Floods hit Northbrook\n\nFloods hit Northbrook on 3 May 2031, killing four people.\n\nMost read\n"
            "321Yesterday, 22:29Talks on the river dam stall again\n211Yesterday, 22:05Storm warning for the coast\n")
    rows, _ = _run(text, "en")
    assert rows == ["2031-05-03"], rows


PHOTO_CREDIT = [
    "Police officers are seen during a rally following the vote in Northbrook, Ruritania, May 2, 2031. © Reuters / Jane Roe",
    "A view shows houses which were burnt down during a recent brawl in Northbrook village, Ruritania May 2, 2031. [Reuters]",
    "Rescuers search the ruins of a house in Northbrook on May 2, 2031. (Jane Roe / Getty Images)",
]


@pytest.mark.parametrize("caption", PHOTO_CREDIT)
def test_a_wire_photos_caption_is_no_event(caption):
    text = f"Floods in Northbrook\n\n{caption}\n\nFloods hit Northbrook on 30 April 2031, killing four people."
    rows, _ = _run(text, "en")
    assert rows == ["2031-04-30"], rows



YEAR_AFTER_PREPOSITION = [
    ("Руины дома в Заречье, куда попала ракета 14 января в 2031 году.", "ru"),
    ("Руїни будинку в Заріччі, куди влучила ракета 14 січня у 2031 році.", "uk"),
    ("Руїни будинку в Заріччі, куди влучила ракета 14 січня в 2031 році.", "uk"),
]


@pytest.mark.parametrize("text,lang", YEAR_AFTER_PREPOSITION)
def test_a_days_year_after_a_preposition_is_its_year(text, lang):
    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    assert [(t.value, t.text[:2]) for t in TimeTagger()(doc)] == [("2031-01-14", "14")]


def test_a_year_after_a_preposition_without_a_year_word_stays_apart():
    doc = Document(id="t.txt", path="t.txt", text="Сезон открылся 14 января в 2031 зале.", lang="ru")
    assert "2031-01-14" not in [t.value for t in TimeTagger()(doc) if t.text.endswith("2031")]


LIFESPAN = [
    ("2 мая 2031 года в Заречье погибли 12 человек. Среди них Петров Иван (06.08.1978 - 02.05.2031).", "ru"),
    ("2 травня 2031 року в Заріччі загинули 12 людей. Серед них Петренко Іван (06.08.1978 - 02.05.2031).", "uk"),
    ("2031 жылғы 2 мамырда Заречье ауылында 12 адам қаза тапты. Олардың арасында Иван Петров (06.08.1978 - 02.05.2031).", "kk"),
    ("On 2 May 2031 twelve people died in Northbrook. Among them was John Roe (1950–2031).", "en"),
]


@pytest.mark.parametrize("text,lang", LIFESPAN)
def test_a_lifespan_in_brackets_is_no_event(text, lang):
    rows, _ = _run(text, lang)
    assert rows == ["2031-05-02"], rows


TIMED_DATELINE = [
    ("13:55, 04 июля 2031, Заречье - 55.kg , Айгуль ПЕТРОВА\nВ Заречье пострадали 243 человека, 18 человек погибли.\n"
     "1 июля в Заречье начались протесты.", "ru"),
    ("13:55, 04 липня 2031, Заріччя - 55.kg , Айгуль ПЕТРЕНКО\nУ Заріччі постраждали 243 людини, 18 людей загинули.\n"
     "1 липня в Заріччі почалися протести.", "uk"),
    ("13:55, 04 шілде 2031, Заречье - 55.kg , Айгүл ПЕТРОВА\nЗаречье ауылында 243 адам зардап шекті, 18 адам қаза тапты.\n"
     "1 шілдеде Заречье ауылында наразылық басталды.", "kk"),
    ("13:55, 04 July 2031, Northbrook - 55.kg , Jane ROE\nIn Northbrook 243 people were injured and 18 died.\n"
     "Protests began in Northbrook on 1 July.", "en"),
]


@pytest.mark.parametrize("text,lang", TIMED_DATELINE)
def test_a_timed_dateline_with_place_site_and_author_is_no_event(text, lang):
    rows, _ = _run(text, lang)
    assert rows == ["2031-07-01"], rows


DAY_HOURS = [
    ("По состоянию на 10 часов дня 5 мая 2031 года пострадали 11 человек.", "ru", "2031-05-05T10:00"),
    ("В 2 часа дня 5 мая 2031 года в Заречье прогремел взрыв.", "ru", "2031-05-05T14:00"),
    ("О 10 годині дня 5 травня 2031 року в Заріччі постраждали 11 людей.", "uk", "2031-05-05T10:00"),
    ("О 2 годині дня 5 травня 2031 року в Заріччі пролунав вибух.", "uk", "2031-05-05T14:00"),
    ("2031 жылғы 5 мамырда күндіз сағат 10-да 11 адам зардап шекті.", "kk", "2031-05-05T10:00"),
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
    ("14 апреля 2032, Воскресенье, 14:41\n\nУ Заречья перевернулась лодка\n\n23 ноября 2031\n\n"
     "22 ноября рыбак нашёл лодку. Сегодня продолжили поиски.", "ru"),
    ("14 квітня 2032, Неділя, 14:41\n\nБіля Заріччя перекинувся човен\n\n23 листопада 2031\n\n"
     "22 листопада рибалка знайшов човен. Сьогодні продовжили пошуки.", "uk"),
    ("14 сәуір 2032, Жексенбі, 14:41\n\nЗаречье маңында қайық аударылды\n\n23 қараша 2031\n\n"
     "22 қарашада балықшы қайықты тапты. Бүгін іздеу жалғасты.", "kk"),
    ("14 April 2032, Sunday, 14:41\n\nBoat capsizes off Northbrook\n\n23 November 2031\n\n"
     "A fisherman found the boat on 22 November. Today the search went on.", "en"),
]


@pytest.mark.parametrize("text,lang", SHOWN_ON_STAMP)
def test_today_is_the_items_day_under_a_site_stamp_with_weekday_and_clock(text, lang):
    rows, _ = _run(text, lang)
    assert "2031-11-23" in rows and not any(r.startswith("2032") for r in rows), rows


RETOLD_DAY = [
    (" date 2031-11-25 Суд в Заречье начался сегодня.\n\nНапомним, 25 декабря у Заречья разбился самолёт.", "ru"),
    (" date 2031-11-25 Суд у Заріччі почався сьогодні.\n\nНагадаємо, 25 грудня біля Заріччя розбився літак.", "uk"),
    (" date 2031-11-25 Заречьеде сот бүгін басталды.\n\nЕске салайық, 25 желтоқсанда Заречье маңында ұшақ апатқа ұшырады.", "kk"),
    (" date 2031-11-25 The trial in Northbrook began today.\n\nAs previously reported, on 25 December a plane crashed near Northbrook.", "en"),
]


@pytest.mark.parametrize("text,lang", RETOLD_DAY)
def test_a_retold_day_is_never_after_the_report(text, lang):
    rows, _ = _run(text, lang)
    assert "2030-12-25" in rows and "2031-12-25" not in rows, rows
