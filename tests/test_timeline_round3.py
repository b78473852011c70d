"""Round 3 of the time stage: years of year-less days from the nearest earlier year, clock times with a
cue after them, bracketed times in another zone, offsets from a UTC restatement, year-only events,
statement stamps vs datelines, report days that do not date the story, digest periods."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.segment import Segmenter
from rashomon.timeline import events_from
from rashomon.timex import TimeTagger

TAGGER = TimeTagger()


def _run(text: str, lang: str, published: str | None = None):
    doc = Document(id="t", path="t", text=text, lang=lang, published=published)
    Segmenter()(doc)
    tx = TAGGER(doc)
    return tx, events_from(doc, tx, [], [])


def _whens(text, lang, published=None):
    return [e.when for e in _run(text, lang, published)[1]]


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Posted 20.03.2024\n\nOn the night from 4 to 5 March 1999 the mill burned. In the morning of 05.03 the crowd came.",
     "1999-03-05"),
    ("ru", "Опубликовано 20.03.2024\n\nВ ночь с 4 на 5 марта 1999 года сгорела фабрика. Утром 05.03 собралась толпа.",
     "1999-03-05"),
    ("uk", "Опубліковано 20.03.2024\n\nУ ніч з 4 на 5 березня 1999 року згоріла фабрика. Вранці 05.03 зібрався натовп.",
     "1999-03-05"),
    ("kk", "Жарияланды 20.03.2024\n\n1999 жылғы 4 наурызда фабрика өртенді. 5 наурызда халық жиналды.", "1999-03-05"),
])
def test_yearless_day_takes_nearest_earlier_year(lang, text, want):
    assert want in _whens(text, lang, "2024-03-20")
    assert not any(w.startswith("2024-03-05") for w in _whens(text, lang, "2024-03-20"))


@pytest.mark.parametrize("lang,text,want,not_want", [
    ("en", "On 5 March 1999 it began. At about 18.00 hours (local time, 16.00 Moscow time) troops fired.",
     "1999-03-05T18:00", "T16:00"),
    ("en", "On 5 March 1999 it began. At 18:00 (local time; 16:00 Moscow time) troops fired.", "1999-03-05T18:00", "T16:00"),
    ("ru", "5 марта 1999 года всё началось. Около 18.00 часов (по местному времени, 16.00 по московскому времени) открыли огонь.",
     "1999-03-05T18:00", "T16:00"),
    # near miss: a bracket that closes before the second time does not make it an alternative
    ("en", "On 5 March 1999 at 18:00 (local) troops fired. At 20:00 Moscow time they left.", "1999-03-05T18:00", None),
])
def test_bracketed_zone_time_is_an_alternative(lang, text, want, not_want):
    ws = _whens(text, lang)
    assert want in ws
    if not_want:
        assert not any(not_want in w for w in ws)
    else:
        assert any("T20:00" in w for w in ws)


@pytest.mark.parametrize("text,want", [
    ("On 5 March 1999 the blasts began at about 9:20 a.m. local time (0320 GMT).", "1999-03-05T09:20+06:00"),
    ("On 5 March 1999 the blasts began at 07:45 (0445 GMT).", "1999-03-05T07:45+03:00"),
])
def test_local_time_offset_from_utc_restatement(text, want):
    assert want in _whens(text, "en")


def test_four_digit_number_is_not_a_clock_without_gmt():
    tx, _ = _run("In 1999, 1520 people lived there and 0320 units were sold.", "en")
    assert not any("T" in t.value for t in tx)


@pytest.mark.parametrize("lang,text,want", [
    ("en", "The mayor resigned later. He died in 2011.", "2011"),
    ("uk", "У 2015 році суд засудив п'ятьох обвинувачених.", "2015"),
    ("ru", "В 2015 году суд осудил пятерых обвинявшихся.", "2015"),
    ("kk", "Ол 2011 жылы қайтыс болды.", "2011"),
])
def test_year_alone_dates_a_stated_event(lang, text, want):
    assert want in _whens(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "In 2011 the town had 40,000 residents."),
    ("ru", "В 2011 году в городе жили 40 тысяч человек."),
    ("en", "He died in 2011 and was buried on 3 May 2011."),  # a day is stated: the year is background
])
def test_year_alone_without_event_is_not_an_entry(lang, text):
    assert not any(len(w) == 4 for w in _whens(text, lang))


@pytest.mark.parametrize("text,is_event", [
    ("Shelling of the station: toll passes 30\n\n9 April 2024, 12:40 (MSK)\n\nThe strike on 8 April killed 30.", False),
    ("Кабмин: погибших уже 30\n\n9 апреля 2024, 12:40 (МСК)\n\nУдар 8 апреля унёс жизни 30 человек.", False),
    ("Acme Mining JSC\nSTATEMENT ON THE ACCIDENT\n\n9 April 2024, 12:40 Astana time (UTC+6)\n\nThe fire on 8 April killed 30.", True),
    ("ТОО «Кен»\nЗАЯВЛЕНИЕ\n\n9 апреля 2024, 12:40 (UTC+6)\n\nПожар 8 апреля унёс жизни 30 человек.", True),
])
def test_stamp_is_an_event_only_under_a_statement_heading(text, is_event):
    ws = _whens(text, "en" if text.isascii() else "ru")
    assert any(w.startswith("2024-04-08") for w in ws)
    assert any(w.startswith("2024-04-09T12:40") for w in ws) is is_event


@pytest.mark.parametrize("lang,text", [
    ("ru", "ИНФОРМАЦИЯ\nпрокуратуры области\nо ходе расследования событий 1–2 марта 2024 года\n\nг. Северск, 15 марта 2024 года\n\n"
           "Расследование беспорядков 1–2 марта 2024 года продолжается."),
    ("uk", "ІНФОРМАЦІЯ\nпрокуратури області\nпро хід розслідування подій 1–2 березня 2024 року\n\nм. Сіверськ, 15 березня 2024 року\n\n"
           "Розслідування заворушень 1–2 березня 2024 року триває."),
])
def test_placed_dateline_in_fourth_line_is_not_an_event(lang, text):
    ws = _whens(text, lang)
    assert not any(w.startswith("2024-03-15") for w in ws)
    assert any(w.startswith("2024-03-01") for w in ws)


@pytest.mark.parametrize("lang,text", [
    ("kk", "# Шолу\n\n*Шолу 2024 жылғы 3–5 наурыздағы жарияланымдар негізінде жасалды.*\n\n1 наурызда халық жиналды."),
    ("en", "# Digest\n\nDigest for 3-5 March 2024, compiled from posts.\n\nOn 1 March crowds gathered."),
    ("ru", "# Дайджест\n\nДайджест за 3–5 марта 2024 года, собранный из постов.\n\n1 марта люди вышли на площадь."),
    ("uk", "# Дайджест\n\nДайджест за 3–5 березня 2024 року, зібраний з дописів.\n\n1 березня люди вийшли на площу."),
])
def test_digest_period_is_not_an_event(lang, text):
    ws = _whens(text, lang)
    assert "2024-03-01" in ws
    assert not any(w.startswith("2024-03-03") for w in ws)


@pytest.mark.parametrize("lang,text,want,not_want", [
    ("kk", "СЕВЕРСК, 5 наурыз 2024. Дүйсенбі күні таңертең басталған өрт үш адамның өмірін қиды. Бұл туралы сейсенбі күні "
           "министрлік хабарлады.\n\nАлғашқы жарылыс сағат 09:20 шамасында естілген.", "2024-03-04T09:20", "2024-03-05T09:20"),
    ("en", "SEVERSK, March 5, 2024 - A fire that started on Monday morning killed three, the ministry said on Tuesday.\n\n"
           "The first blast was heard at 09:20.", "2024-03-04T09:20", "2024-03-05T09:20"),
])
def test_report_weekday_does_not_date_later_clock_time(lang, text, want, not_want):
    ws = _whens(text, lang)
    assert want in ws and not_want not in ws


def test_as_of_caption_does_not_date_the_table():
    text = "Losses\n\n## Damage (as of 27 March 2024)\n\nIndicator\tCount\nHomes\t86\n\nOn 24 March 2024 the depot exploded."
    ws = _whens(text, "en")
    assert "2024-03-24" in ws and "2024-03-27" not in ws


def test_year_only_publication_date_yields_to_dateline():
    text = "Official information\n\n27 March 2024, 18:00\n\nThe administration reports on the explosions of 24 March."
    ws = _whens(text, "en", published="2024-01-01")
    assert "2024-03-24" in ws and "2023-03-24" not in ws


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Protests broke out on March 4, 2024. The president dropped the plan a day later.", "2024-03-05"),
    ("ru", "Протесты начались 4 марта 2024 года. Через день президент отказался от плана.", "2024-03-05"),
    ("uk", "Протести почалися 4 березня 2024 року. Через день президент відмовився від плану.", "2024-03-05"),
    ("kk", "Наразылық 2024 жылғы 4 наурызда басталды. Бір күннен кейін президент жоспардан бас тартты.", "2024-03-05"),
])
def test_a_day_later_counts_from_the_previous_date(lang, text, want):
    assert want in _whens(text, lang)


@pytest.mark.parametrize("lang,text,n", [
    # a state that starts on a day and an act on that day are two entries
    ("kk", "1 наурызда 2024 жылы халық жиналды. Интернет 2 наурыздан бастап өшірілді. Президент 2 наурызда қалаға барды.", 2),
    ("en", "Crowds gathered on 1 March 2024. The internet was cut from 2 March. On 2 March the president came to the city.", 2),
])
def test_since_day_and_event_on_that_day_are_two_entries(lang, text, n):
    assert _whens(text, lang).count("2024-03-02") == n


# -- claims' `when` (date_at) ----------------------------------------------------------------------

from rashomon.timex import date_at  # noqa: E402


def _when_at(text: str, lang: str, needle: str, published: str | None = None):
    doc = Document(id="t", path="t", text=text, lang=lang, published=published)
    Segmenter()(doc)
    return date_at(doc, TAGGER(doc), text.index(needle))[0]


@pytest.mark.parametrize("lang,text,needle,want", [
    ("en", "SEVERSK, March 5, 2024 - A fire broke out on March 3. Three people died, officials said on Tuesday.",
     "Three", "2024-03-03"),
    ("ru", "СЕВЕРСК, 5 марта 2024 года. Пожар начался 3 марта. Погибли трое, сообщили во вторник.", "трое", "2024-03-03"),
])
def test_the_day_of_saying_does_not_date_the_count(lang, text, needle, want):
    got = _when_at(text, lang, needle)
    assert got and got.split("/")[0] == want


@pytest.mark.parametrize("lang,text,needle", [
    ("en", "Fire at the mall\n\nThe mall caught fire on 3 March 2024.\n\nOn 4 March the toll rose to 64.", "64"),
    ("ru", "Пожар в ТЦ\n\nТЦ загорелся 3 марта 2024 года.\n\n4 марта число погибших выросло до 64.", "64"),
    ("uk", "Пожежа в ТЦ\n\nТЦ загорівся 3 березня 2024 року.\n\n4 березня кількість загиблих зросла до 64.", "64"),
])
def test_a_toll_update_covers_the_event_up_to_its_day(lang, text, needle):
    assert _when_at(text, lang, needle) == "2024-03-03/2024-03-04"


def test_a_new_event_on_a_later_day_keeps_its_own_day():
    text = "Fire at the mall\n\nThe mall caught fire on 3 March 2024.\n\nOn 4 March police detained four people."
    assert _when_at(text, "en", "four") == "2024-03-04"


def test_a_count_under_a_later_heading_covers_the_event(tmp_path):
    from rashomon.readers import read_inputs

    p = tmp_path / "live.md"
    p.write_text("# Live: fire at the mall\n\nUpdates on the fire as they come.\n\nAll times are local.\n\n"
                 "## 3 March 2024\n\nThe mall caught fire. Three died.\n\n"
                 "## 4 March 2024\n\nRescuers recovered 37 bodies.\n", encoding="utf-8")
    doc = next(iter(read_inputs([str(p)])))
    Segmenter()(doc)
    assert doc.sections
    assert date_at(doc, TAGGER(doc), doc.text.index("37"))[0] == "2024-03-03/2024-03-04"


def test_a_post_date_is_not_the_event():
    text = "Twenty years on\n\nPosted 13.05.2025 by a blogger\n\nOn 13 May 2005 troops fired. Hundreds died."
    assert _when_at(text, "en", "Hundreds").startswith("2005-05-13")
