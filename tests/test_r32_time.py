"""Round 32 (real pages with gold, time): general constructions of real news pages, in every language where
they exist. All sentences are invented (fictional places, people and outlets).

- A night named by the day it ends on ("в ночь на 12 мая", "у ніч на 12 травня", "12 мамырға қараған
  түні", "in the night to 12 May", "overnight into Sunday"): the night starts on the day before, the
  timeline row is that day and a count of that night is dated by both days; a clock time stated with
  it says the hour ("в ночь на 12 мая, около 01:30": the 12th).
- A site's stamp of the day a page is shown on (a weekday and a date alone on the first line) above the
  item's own date and time: "today" is the item's day, not the stamp's.
- "Oct. 30 (Wire) --": a month's abbreviation before a day's number ends no sentence, and the wire
  dateline is no event, also a few lines down the page.
- The credit line of an embedded post ("— Radio Ozerk (@ozerkradio) May 3, 2031") and a photo caption
  ("... Photo courtesy of ...") are no events.
- "не раньше вторника", "no earlier than Tuesday": a bound of a future day, no event.
"""

from __future__ import annotations

import pytest
from claims_helpers import rows_and_dates as _run

from rashomon.document import Document
from rashomon.segment import Segmenter

NIGHT_TOWARD = [
    ("В ночь на 12 мая 2031 года в Заречье взорвался газ. Погибли два человека.", "ru"),
    ("У ніч на 12 травня 2031 року в Заріччі вибухнув газ. Загинули двоє людей.", "uk"),
    ("2031 жылғы 12 мамырға қараған түні Заречье ауылында газ жарылды. Екі адам қаза тапты.", "kk"),
    ("In the night to 12 May 2031 a gas blast hit Northbrook. Two people were killed.", "en"),
    ("A gas blast hit Northbrook overnight into Monday, 12 May 2031. Two people were killed.", "en"),
]


@pytest.mark.parametrize("text,lang", NIGHT_TOWARD)
def test_a_night_named_by_its_end_day_starts_the_day_before(text, lang):
    rows, claims = _run(text, lang)
    assert rows == ["2031-05-11"], rows
    assert ("killed", 2, "2031-05-11/2031-05-12") in claims, claims


NIGHT_WITH_CLOCK = [
    ("В ночь на 12 мая 2031 года, около 01:30, в Заречье взорвался газ.", "ru"),
    ("У ніч на 12 травня 2031 року, близько 01:30, у Заріччі вибухнув газ.", "uk"),
]


@pytest.mark.parametrize("text,lang", NIGHT_WITH_CLOCK)
def test_a_clock_time_of_the_night_says_its_day(text, lang):
    rows, _ = _run(text, lang)
    assert rows == ["2031-05-12T01:30"], rows


def test_a_night_from_one_day_to_the_next_is_unchanged():
    rows, _ = _run("В ночь с 11 на 12 мая 2031 года в Заречье взорвался газ.", "ru")
    assert rows == ["2031-05-11"], rows


SITE_STAMP = [
    ("понедельник, 15 сентября 2032\nНовости 29.10.2031 15:22\n\nВ Заречье сегодня нашли тела двух горняков.", "ru"),
    ("понеділок, 15 вересня 2032\nНовини 29.10.2031 15:22\n\nУ Заріччі сьогодні знайшли тіла двох гірників.", "uk"),
    ("дүйсенбі, 15 қыркүйек 2032\nЖаңалықтар 29.10.2031 15:22\n\nЗаречье кенішінде бүгін екі кеншінің денесі табылды.", "kk"),
    ("Monday, 15 September 2032\nNews 29.10.2031 15:22\n\nThe bodies of two miners were found in Northbrook today.", "en"),
]


@pytest.mark.parametrize("text,lang", SITE_STAMP)
def test_a_sites_stamp_of_the_day_shown_yields_to_the_items_date(text, lang):
    rows, claims = _run(text, lang)
    assert rows == ["2031-10-29"], rows
    assert all("2032" not in str(c[2]) for c in claims), claims


def test_a_months_abbreviation_before_a_day_ends_no_sentence():
    text = "Oct. 30 (Wire) -- Two miners were killed in Northbrook over the weekend."
    doc = Document(id="t.txt", path="t.txt", text=text, lang="en")
    Segmenter()(doc)
    assert [text[s.span[0]:s.span[1]] for s in doc.sentences] == [text]


def test_a_wire_dateline_down_the_page_is_no_event():
    text = ("Oct. 30, 2031 / 5:48 AM\n\nTwo killed in Northbrook mine fire\n\nBy Ann Reed\n"
            "Rescuers at the Northbrook mine on Sunday. Photo courtesy of the Northbrook Rescue Service/Release\n"
            "Oct. 30 (Wire) -- Two coal miners were killed over the weekend in a fire at the Northbrook mine.\n"
            "The fire broke out on Saturday, the operator said.")
    rows, _ = _run(text, "en")
    assert rows == ["2031-10-25"], rows  # (30 October 2031 is a Thursday)


POST_CREDIT = [
    ("Взрыв газа произошел в Заречье 3 мая 2031 года.\nВ Заречье взорвался газ, спасатели на месте.\n"
     "— Радио Озерск (@ozerskradio) 3 мая 2031 г.", "ru", "2031-05-03"),
    ("Вибух газу стався у Заріччі 3 травня 2031 року.\nУ Заріччі вибухнув газ, рятувальники на місці.\n"
     "— Радіо Озерськ (@ozerskradio) 3 травня 2031 р.", "uk", "2031-05-03"),
    ("A gas blast hit Northbrook at 6.15 pm on 2 May 2031.\nGas blast in Northbrook, rescuers at the scene.\n"
     "— Radio Ozerk (@ozerkradio) May 3, 2031", "en", "2031-05-02T18:15"),
    ("Заречье ауылында 2031 жылғы 3 мамырда газ жарылды.\nЗаречьеде газ жарылды, құтқарушылар оқиға орнында.\n"
     "— Озерск радиосы (@ozerskradio) 3 мамыр 2031", "kk", "2031-05-03"),
]


@pytest.mark.parametrize("text,lang,row", POST_CREDIT)
def test_an_embedded_posts_credit_line_is_no_event(text, lang, row):
    rows, _ = _run(text, lang)
    assert rows == [row], rows


PHOTO_CAPTION = [
    ("Взрыв газа произошел в Заречье 3 мая 2031 года. Погибли два человека.\n"
     "Спасатели на месте взрыва в субботу. Фото: пресс-служба спасателей Заречья", "ru"),
    ("Вибух газу стався у Заріччі 3 травня 2031 року. Загинули двоє людей.\n"
     "Рятувальники на місці вибуху в суботу. Фото: пресслужба рятувальників Заріччя", "uk"),
    ("A gas blast hit Northbrook on 3 May 2031. Two people were killed.\n"
     "Rescuers at the scene on Sunday. Photo courtesy of the Northbrook Rescue Service/Release", "en"),
    ("Заречье ауылында 2031 жылғы 3 мамырда газ жарылды. Екі адам қаза тапты.\n"
     "Сенбі күні құтқарушылар оқиға орнында. Сурет: Заречье құтқару қызметі", "kk"),
]


@pytest.mark.parametrize("text,lang", PHOTO_CAPTION)
def test_a_photo_caption_is_no_event(text, lang):
    rows, _ = _run(text, lang)
    assert rows == ["2031-05-03"], rows


FUTURE_BOUND = [
    ("Взрыв газа произошел в Заречье в среду, 7 мая 2031 года. Мэр Заречья сообщил, что решение о "
     "возобновлении занятий в школе примут не раньше вторника.", "ru"),
    ("Вибух газу стався у Заріччі в середу, 7 травня 2031 року. Мер Заріччя повідомив, що рішення про "
     "відновлення занять у школі ухвалять не раніше вівторка.", "uk"),
    ("A gas blast hit Northbrook on Wednesday, 7 May 2031. The mayor said a decision on reopening the "
     "school would come no earlier than Tuesday.", "en"),
]


@pytest.mark.parametrize("text,lang", FUTURE_BOUND)
def test_no_earlier_than_a_weekday_is_no_event(text, lang):
    rows, _ = _run(text, lang)
    assert rows == ["2031-05-07"], rows


FUTURE_WEEKDAY = [
    ("Взрыв газа произошел в Заречье в среду, 7 мая 2031 года. Погибли два человека.\n"
     "\"Во вторник в Заречье прибудет министр, он встретится с родственниками погибших\", — сказал мэр.", "ru"),
    ("Вибух газу стався у Заріччі в середу, 7 травня 2031 року. Загинули двоє людей.\n"
     "\"У вівторок до Заріччя прибуде міністр, він зустрінеться з родинами загиблих\", — сказав мер.", "uk"),
    ("A gas blast hit Northbrook on Wednesday, 7 May 2031. Two people were killed.\n"
     "\"On Tuesday the minister will arrive in Northbrook\", the mayor said.", "en"),
]


@pytest.mark.parametrize("text,lang", FUTURE_WEEKDAY)
def test_a_weekday_told_in_the_future_is_a_day_to_come(text, lang):
    rows, claims = _run(text, lang)
    assert rows == ["2031-05-07"], rows
    assert ("killed", 2, "2031-05-07") in claims, claims
