"""Round 34 (eighteen sets of real pages with gold, time): general constructions of real news pages, in every
language where they exist. All sentences are invented (fictional places, people and outlets).

- A page's stamp written as one token, the day, month and year joined by hyphens or the day run into its month
  ("06-June-2031", "02-Sep-2031", "07June 2031"): the report's date, from which "Thursday" counts.
- A photo's credit in brackets after its caption ("... on 3 May, 2031. (Photo: Jane Roe)", "(Фото: ...)"),
  or a picture agency's line ("Picture: Ozerk", "Copyright Ozerk Photo"): the picture's day, no event.
- An update note's clock time ("UPD на 13.35", "Обновлено в 18:20", "Updated 18:20") after the page's stamp
  with its time ("12 марта 2031, 13:00"): later on the stamp's day, not a time of the day before it.
- A capital's time by the city's name alone ("4:10 по Москве", "21:00 за Києвом"), and a time restated in
  brackets in another zone after the first time's day ("в 3:10 12 марта (4:10 по Москве)"): one row.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.time import TimeTagger
from tests.claims_helpers import rows_and_dates


def _values(text: str, lang: str) -> list[tuple[str, str]]:
    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    return [(t.value, text[t.span[0]:t.span[1]]) for t in TimeTagger()(doc)]


@pytest.mark.parametrize("text, lang, value", [
    ("Zorin\n\n06-June-2031\n\nThe council said on Thursday that 46 people were killed.", "en", "2031-06-06"),
    ("Date: 02-Sep-2031\nRescuers said on Monday the toll rose.", "en", "2031-09-02"),
    ("News ID: 7712\nPublish Date: 07June 2031 - 14:14\nThe toll rose.", "en", "2031-06-07"),
    ("Зорин\n\n06-июня-2031\n\nВ четверг власти сообщили о 46 погибших.", "ru", "2031-06-06"),
])
def test_stamp_as_one_token(text, lang, value):
    assert value in [v for v, _ in _values(text, lang)]


def test_stamp_as_one_token_dates_weekday():
    assert ("2031-06-05", "Thursday") in _values(
        "Zorin\n\n06-June-2031\n\nThe council said on Thursday that 46 people were killed.", "en")


@pytest.mark.parametrize("text, lang, day", [
    # a caption under the headline, its credit in brackets: the picture's day is no row
    ("Toll in Zorin rises to 40\n\nRescuers work at the site in Zorin, May 2, 2031. (Photo: Jane Roe)\n\n"
     "The toll rose to 40 on May 4, 2031, officials said.", "en", "2031-05-02"),
    ("Toll in Zorin rises to 40\n\nPolice vans stand near the market in Zorin on May 2, 2031. Picture: Ozerk\n\n"
     "The toll rose to 40 on May 4, 2031, officials said.", "en", "2031-05-02"),
    ("В Зорине 40 погибших\n\nСпасатели работают на месте взрыва в Зорине, 2 мая 2031 года. (Фото: Иван Петров)\n\n"
     "4 мая 2031 года число погибших выросло до 40.", "ru", "2031-05-02"),
    ("У Зоріні 40 загиблих\n\nРятувальники працюють на місці вибуху в Зоріні, 2 травня 2031 року. (Фото: Іван Петренко)\n\n"
     "4 травня 2031 року кількість загиблих зросла до 40.", "uk", "2031-05-02"),
    ("Зоринде 40 адам қаза тапты\n\nҚұтқарушылар Зоринде, 2031 жылғы 2 мамырда жұмыс істеп жатыр. (Сурет: Асан Асанов)\n\n"
     "2031 жылғы 4 мамырда қаза тапқандар саны 40-қа жетті.", "kk", "2031-05-02"),
])
def test_bracketed_photo_credit_is_no_row(text, lang, day):
    rows, _ = rows_and_dates(text, lang)
    assert day not in rows
    assert any(r.startswith(day[:8] + "04") for r in rows)


@pytest.mark.parametrize("text, lang, value", [
    ("Новости\n12 марта 2031, 13:00 Вести\n\nВ Зорине произошел взрыв.\n\nUPD на 13.35 МСК. Число погибших выросло.",
     "ru", "2031-03-12T13:35+03:00"),
    ("Новости\n12 марта 2031, 13:00 Вести\n\nВ Зорине произошел взрыв.\n\nОбновлено в 18:20. Число погибших выросло.",
     "ru", "2031-03-12T18:20"),
    ("Новини\n12 березня 2031, 13:00 Вісті\n\nУ Зоріні стався вибух.\n\nОновлено о 18:20. Кількість загиблих зросла.",
     "uk", "2031-03-12T18:20"),
    ("News\n12 March 2031, 13:00 Ozerk Daily\n\nA blast hit Zorin.\n\nUpdated 18:20. The toll rose.",
     "en", "2031-03-12T18:20"),
    ("Жаңалықтар\n2031 жылғы 12 наурыз, 13:00\n\nЗоринде жарылыс болды.\n\nЖаңартылды 18:20. Қаза тапқандар саны өсті.",
     "kk", "2031-03-12T18:20"),
])
def test_update_note_time_is_the_stamp_day(text, lang, value):
    assert value in [v for v, _ in _values(text, lang)]


def test_a_time_after_the_stamp_is_still_the_day_before():
    # (no update note: "пожар вспыхнул около 19:50" in a report stamped 13:00 is the day before)
    assert ("2031-03-11T19:50", "19:50") in _values(
        "Новости\n12 марта 2031, 13:00 Вести\n\nВ Зорине произошел взрыв.\n\nПожар вспыхнул около 19:50.", "ru")


@pytest.mark.parametrize("text, lang, value", [
    ("Зорин, 12 марта 2031.\nВзрыв произошел в 3:10 (4:10 по Москве).", "ru", "2031-03-12T04:10+03:00"),
    ("Зорин, 12 марта 2031.\nВзрыв произошел в 21:30 по Киеву.", "ru", "2031-03-12T21:30+02:00"),
    ("Зорін, 12 березня 2031.\nНапад стався о 21:00 за Києвом.", "uk", "2031-03-12T21:00+02:00"),
    ("Зорін, 12 березня 2031.\nВибух стався о 3:10 (4:10 за Москвою).", "uk", "2031-03-12T04:10+03:00"),
])
def test_capital_time_by_city_name(text, lang, value):
    assert value in [v for v, _ in _values(text, lang)]


@pytest.mark.parametrize("text, lang", [
    ("Зорин, 14 марта 2031.\nВзрыв произошел в 3:10 12 марта (4:10 по Москве). Погибли 5 человек.", "ru"),
    ("Зорін, 14 березня 2031.\nВибух стався о 3:10 12 березня (4:10 за Москвою). Загинули 5 людей.", "uk"),
    ("Zorin, 14 March 2031.\nThe blast hit at 3:10 on 12 March (1:10 GMT). Five people died.", "en"),
])
def test_time_restated_after_its_day_is_one_row(text, lang):
    rows, _ = rows_and_dates(text, lang)
    clocks = [r for r in rows if "T" in r]
    assert [r[:16] for r in clocks] == ["2031-03-12T03:10"]
