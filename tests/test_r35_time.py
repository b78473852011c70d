"""Round 35 (28 sets of real pages with gold, time): general constructions of real news pages, in every
language where they exist. All sentences are invented (fictional places, people and outlets).

- A day not before the report's own in a clause told in the future, named as a bound or by a word ("The
  search is expected to end on Friday", "Поиски продлятся до 14 мая", "Пошуки триватимуть до 14 травня",
  "the rain will go on until 14 May", "продолжатся завтра"): a day to come, no timeline row. A full day with
  no bound stays ("will be lifted on 19 May": an announced decision). (Kazakh has no future-clause data yet.)
- A page's stamp opening a line the headline or the story runs on from: a day with its year and a clock time
  side by side ("11:05 01.03.2031 Источник: ...", "![]() 12 Субота, 1 березня 2031, 17:12 ...",
  "1 March 2031, 07:10 - On Friday, 28 February, at about 16:20 ..."), or a machine's stamp with seconds
  ("2031-03-01 00:00:00.0 Әлем"): the report's date, no event. A chronology's line ("24 March 2031, 04:00 —
  troops crossed the border") and an infobox's field ("date: 8 May 2031, 22:10") stay events.
- "о 12 годині ночі", "в 12 часов ночи": midnight, not noon.
- "в 15 часов 21 минуту", "о 15 годині 21 хвилину": the minutes in the accusative.
- "Станом на 19.40", "По состоянию на 19.40", "As of 19.40": a dotted clock time after a status phrase.
"""

from __future__ import annotations

import pytest
from claims_helpers import analysis


def _rows(text: str, lang: str, published: str | None = None) -> list[str]:
    return [e.when for e in analysis(text, lang, published).events]


def _times(text: str, lang: str, published: str | None = None) -> list[str]:
    return [t.value for t in analysis(text, lang, published).timexes]


@pytest.mark.parametrize("text, lang, day", [
    ("A blast hit the Ozerk mine on Tuesday, 11 May 2031. The search is expected to end on Friday, 14 May.",
     "en", "2031-05-14"),
    ("A blast hit the Ozerk mine on 11 May 2031. Forecasters say the rain will go on until 14 May.", "en", "2031-05-14"),
    ("11 мая 2031 года в Озерске произошел взрыв на шахте. Поиски продлятся до 14 мая.", "ru", "2031-05-14"),
    ("11 мая 2031 года в Озерске произошел взрыв на шахте. Поиски продолжатся завтра.", "ru", "2031-05-13"),
    ("11 травня 2031 року в Озерську стався вибух на шахті. Пошуки триватимуть до 14 травня.", "uk", "2031-05-14"),
])
def test_a_day_to_come_is_no_row(text, lang, day):
    rows = _rows(text, lang, published="2031-05-12")
    assert day not in rows
    assert "2031-05-11" in rows


@pytest.mark.parametrize("text, lang", [
    ("Режим чрезвычайного положения, введенный 11 мая 2031 года, будет снят в Озерске 19 мая.", "ru"),
    ("The state of emergency declared on 11 May 2031 will be lifted in Ozerk on 19 May.", "en"),
])
def test_an_announced_decisions_full_day_stays_a_row(text, lang):
    assert "2031-05-19" in _rows(text, lang, published="2031-05-12")


def test_a_day_told_in_the_past_stays_a_row():
    rows = _rows("The search ended on 12 May 2031 after rescuers found the last miner.", "en", published="2031-05-12")
    assert "2031-05-12" in rows


@pytest.mark.parametrize("text, lang, stamp, event", [
    ("Взрыв в Озерске\n\n11:05 01.03.2031 Источник: Радио Озерск\n\nВ Озерске 28 февраля 2031 года произошел взрыв.",
     "ru", "2031-03-01", "2031-02-28"),
    ("Вибух в Озерську\n\n![]() 12 Субота, 1 березня 2031 року, 17:12 Понад сто людей постраждали в Озерську."
     "\n\nВибух стався 28 лютого 2031 року.", "uk", "2031-03-01", "2031-02-28"),
    ("Blast in Ozerk\n\n1 March 2031, 07:10 - On Friday, 28 February, at about 16:20 a blast hit the Ozerk metro.",
     "en", "2031-03-01", "2031-02-28T16:20"),
    ("Озеркте жарылыс\n2031-03-01 00:00:00.0     Әлем\n\nОзеркте 2031 жылғы 28 ақпанда жарылыс болды.",
     "kk", "2031-03-01", "2031-02-28"),
])
def test_a_stamp_opening_its_line_is_no_row(text, lang, stamp, event):
    rows = _rows(text, lang)
    assert not any(r.startswith(stamp) for r in rows)
    assert event in rows


def test_an_infobox_date_field_with_a_time_is_no_opening_stamp():
    from rashomon.time.when import _opening_stamps

    a = analysis("Ozerk bombing\n\ndate: 8 May 2031, 22:10 (UTC+4)\n\nA bomb went off in Ozerk.", "en")
    assert len([t for t in a.timexes if t.value.startswith("2031-05-08")]) == 2
    assert not _opening_stamps(a.doc.text, a.timexes, set())


def test_a_chronology_line_of_a_day_and_a_time_stays_a_row():
    rows = _rows("Chronology\n\n24 March 2031, 04:00 — troops crossed the border near Ozerk.\n\n"
                 "25 March 2031, 10:00 — talks began in Zorin.", "en")
    assert "2031-03-24T04:00" in rows


@pytest.mark.parametrize("text, lang, value", [
    ("10 березня 2031 року о 12 годині ночі в Озерську стався вибух.", "uk", "2031-03-10T00:00"),
    ("10 марта 2031 года в 12 часов ночи в Озерске прогремел взрыв.", "ru", "2031-03-10T00:00"),
    ("10 березня 2031 року о 15 годині 21 хвилину в Озерську стався землетрус.", "uk", "2031-03-10T15:21"),
    ("10 марта 2031 года в 15 часов 21 минуту в Озерске произошло землетрясение.", "ru", "2031-03-10T15:21"),
    ("10 березня 2031 року в Озерську стався вибух. Станом на 19.40 загинули 9 осіб.", "uk", "2031-03-10T19:40"),
    ("10 марта 2031 года в Озерске прогремел взрыв. По состоянию на 19.40 погибли 9 человек.", "ru",
     "2031-03-10T19:40"),
    ("A blast hit Ozerk on 10 March 2031. As of 19.40, nine people were dead.", "en", "2031-03-10T19:40"),
])
def test_clock_times(text, lang, value):
    assert value in _times(text, lang)


def test_a_dotted_number_after_na_is_no_time():
    assert not any("T" in v for v in _times("10 марта 2031 года цены выросли на 2.50 процента.", "ru"))


@pytest.mark.parametrize("text, lang", [
    ("Toll in Ozerk rises to 40. Archived January 24, 2031.", "en"),
    ("This photo taken on January 24, 2031 shows houses damaged in Ozerk.", "en"),
    ("Кількість загиблих в Озерську зросла до 40. Архівовано з першоджерела 24 січня 2031.", "uk"),
    ("Фото зроблено 24 січня 2031 року в Озерську.", "uk"),
    ("Число погибших в Озерске выросло до 40. Архивировано 24 января 2031 года.", "ru"),
    ("Снимок сделан 24 января 2031 года в Озерске.", "ru"),
    ("Озеркте қаза тапқандар саны 40-қа жетті. Түпнұсқадан мұрағатталған 2031-01-24.", "kk"),
])
def test_an_archive_note_or_a_photo_day_is_no_row(text, lang):
    assert "2031-01-24" not in _rows(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("У будинку на вулиці 1 Травня в Озерську стався вибух 3 травня 2031 року.", "uk"),
    ("В доме на улице 1 Мая в Озерске 3 мая 2031 года прогремел взрыв.", "ru"),
    ("A blast hit a house on 1 May Street in Ozerk on 3 May 2031.", "en"),
    ("Озерктегі 1 Мамыр көшесінде 2031 жылғы 3 мамырда жарылыс болды.", "kk"),
])
def test_a_street_named_by_a_day_is_no_date(text, lang):
    values = _times(text, lang)
    assert not any(v.endswith("-05-01") for v in values)
    assert "2031-05-03" in values


def test_a_day_before_a_lower_case_street_word_stays_a_date():
    assert any(v.endswith("-04-15") for v in _times("On 15 April street protests began in Ozerk.", "en"))


@pytest.mark.parametrize("text, lang", [
    ("Protests spread in Ozerk on 20 May 2031. Police beat protesters. Video pic.twitter.com/abc — Ozerk Radio "
     "(@ozerkradio) May 21, 2031", "en"),
    ("20 травня 2031 року в Озерську почалися протести. Відео pic.twitter.com/abc — Радіо Озерськ (@ozerskradio) "
     "May 21, 2031", "uk"),
    ("20 мая 2031 года в Озерске начались протесты. Видео pic.twitter.com/abc — Радио Озерск (@ozerskradio) "
     "May 21, 2031", "ru"),
    ("2031 жылғы 20 мамырда Озеркте наразылық басталды. Бейне pic.twitter.com/abc — Озерк радиосы (@ozerkradio) "
     "May 21, 2031", "kk"),
])
def test_an_embedded_posts_day_on_its_line_is_no_row(text, lang):
    rows = _rows(text, lang)
    assert "2031-05-21" not in rows
    assert "2031-05-20" in rows

