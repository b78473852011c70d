"""Report dates vs event dates (``rashomon.time.when``) and the timeline rules that depend on them.

Invented texts in the four languages: "as of" dates, datelines, publication notes, curfew hours, a clock
time restated in another zone, day ranges, Kazakh ``-дағы`` forms, statement stamps with a zone,
chronology list items.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.segment import Segmenter
from rashomon.time import date_at, event_period, report_date, report_roles
from rashomon.timeline import events_from
from rashomon.timex import TimeTagger

TAGGER = TimeTagger()


def _doc(text: str, lang: str, published: str | None = None) -> Document:
    doc = Document(id="r", path="r", text=text, lang=lang, published=published)
    Segmenter()(doc)
    return doc


def _events(doc: Document):
    tx = TAGGER(doc)
    return tx, events_from(doc, tx, [], [])


# -- "as of" dates: the count stands on that day; the event is earlier --------------------------------

AS_OF = [
    ("en", "Floods in the valley: what we know as of 14 April 2019\n\nOverview of 9–11 April\n\n"
           "On 9 April the river broke its banks. On 10 April the dam failed.\n\n"
           "Since 9 April, 31 people have died.\n\nThe police reported 12 missing.", "2019-04-09/2019-04-11"),
    ("ru", "Наводнение в долине: что известно по состоянию на 14 апреля 2019 года\n\nОбзор событий 9–11 апреля\n\n"
           "9 апреля река вышла из берегов. 10 апреля прорвало дамбу.\n\n"
           "С 9 апреля погиб 31 человек.\n\nПолиция сообщила о 12 пропавших.", "2019-04-09/2019-04-11"),
    ("uk", "Повінь у долині: що відомо станом на 14 квітня 2019 року\n\nОгляд подій 9–11 квітня\n\n"
           "9 квітня річка вийшла з берегів. 10 квітня прорвало дамбу.\n\n"
           "З 9 квітня загинула 31 людина.\n\nПоліція повідомила про 12 зниклих.", "2019-04-09/2019-04-11"),
    ("kk", "Алқаптағы су тасқыны: 2019 жылғы 14 сәуірдегі жағдай бойынша\n\n9-11 сәуірдегі оқиғаларға шолу\n\n"
           "9 сәуірде өзен арнасынан шықты. 10 сәуірде бөгет бұзылды.\n\n"
           "9 сәуірден бері 31 адам қаза тапты.\n\nПолиция 12 адамның хабарсыз кеткенін айтты.", "2019-04-09/2019-04-11"),
]


@pytest.mark.parametrize("lang,text,period", AS_OF, ids=[c[0] for c in AS_OF])
def test_as_of_title_is_the_report_date_not_the_event(lang, text, period):
    doc = _doc(text, lang)
    tx = TAGGER(doc)
    assert "as_of" in report_roles(doc, tx).values()
    assert report_date(doc, tx) == "2019-04-14"
    assert event_period(doc, tx) == period  # the range in the lead, not the title's "as of" day
    last = doc.text.rindex("12")
    when, how = date_at(doc, tx, last)
    assert (when, how) == (period, "document")
    since = doc.text.index("31")
    assert date_at(doc, tx, since) == ("2019-04-09/2019-04-14", "sentence")  # since the 9th, up to the report


@pytest.mark.parametrize("lang,text", [
    ("en", "The storm hit the coast on 3 June 2020.\n\nAs of the morning of 4 June, 17 people were in hospital."),
    ("ru", "Ураган обрушился на побережье 3 июня 2020 года.\n\nПо состоянию на утро 4 июня в больницах находились 17 человек."),
    ("uk", "Ураган обрушився на узбережжя 3 червня 2020 року.\n\nСтаном на ранок 4 червня в лікарнях перебували 17 людей."),
    ("kk", "Дауыл жағалауға 2020 жылғы 3 маусымда соқты.\n\n4 маусымдағы жағдай бойынша ауруханада 17 адам жатыр."),
])
def test_as_of_sentence_counts_from_the_event_up_to_that_day(lang, text):
    doc = _doc(text, lang)
    tx = TAGGER(doc)
    assert date_at(doc, tx, doc.text.index("17")) == ("2020-06-03/2020-06-04", "sentence")


# -- datelines and publication notes ------------------------------------------------------------------

DATELINES = [
    ("ru", "Взрыв на заводе: число погибших выросло до 9\n\nСеверск, 6 марта 2021 года, 10:20\n\n"
           "Погибли 9 человек, сообщили спасатели. Взрыв произошел 5 марта около 23:00.\n\n"
           "Ранены 14 рабочих. Пожар потушили около 21:30."),
    ("uk", "Вибух на заводі: кількість загиблих зросла до 9\n\nСіверськ, 6 березня 2021, 10:20\n\n"
           "Загинули 9 людей, повідомили рятувальники. Вибух стався 5 березня близько 23:00.\n\n"
           "Поранено 14 робітників. Пожежу загасили близько 21:30."),
    ("en", "Plant blast: death toll rises to 9\n\nNORTHTOWN, March 6, 2021 (Valley Wire) - Nine people died, "
           "rescuers said. The blast happened on March 5 at about 23:00.\n\n"
           "14 workers were injured. The fire was put out at about 21:30."),
    ("kk", "Зауыттағы жарылыс: қаза тапқандар саны 9-ға жетті\n\nСолтүстік қала, 2021 жылғы 6 наурыз, 10:20\n\n"
           "9 адам қаза тапты, деп хабарлады құтқарушылар. Жарылыс 5 наурызда сағат 23:00 шамасында болды.\n\n"
           "14 жұмысшы жараланды. Өрт сағат 21:30 шамасында сөндірілді."),
]


@pytest.mark.parametrize("lang,text", DATELINES, ids=[c[0] for c in DATELINES])
def test_dateline_dates_the_report_and_later_clock_times_the_day_before(lang, text):
    doc = _doc(text, lang)
    tx, evs = _events(doc)
    assert "dateline" in report_roles(doc, tx).values()
    # the day the text states (once), up to the dateline's day: not the dateline's day alone
    assert event_period(doc, tx) == "2021-03-05/2021-03-06"
    assert date_at(doc, tx, doc.text.index("14"))[0].startswith("2021-03-05")
    whens = [e.when for e in evs]
    assert "2021-03-06" not in whens  # the dateline is no event
    if lang != "en":  # "21:30" after a 10:20 dateline of the 6th happened on the 5th
        assert "2021-03-05T21:30" in whens


@pytest.mark.parametrize("lang,text", [
    ("en", "Excerpt from a review published on 9 May 2022.\n\nOn 2 May 2021 the bridge collapsed."),
    ("ru", "Опубликовано: 9 мая 2022 года.\n\n2 мая 2021 года обрушился мост."),
    ("uk", "Оприлюднено 9 травня 2022 року.\n\n2 травня 2021 року обвалився міст."),
    ("kk", "Жарияланған күні: 2022 жылғы 9 мамыр.\n\n2021 жылғы 2 мамырда көпір құлады."),
])
def test_publication_note_is_not_an_event(lang, text):
    doc = _doc(text, lang)
    tx, evs = _events(doc)
    assert "published" in report_roles(doc, tx).values()
    assert [e.when for e in evs] == ["2021-05-02"]


def test_count_with_only_a_publication_date_is_bounded_by_it():
    doc = _doc("Погибли 5 человек.", "ru", published="2019-03-04T10:00:00Z")
    assert date_at(doc, TAGGER(doc), 3) == ("../2019-03-04", "report")


# -- what is not an event -----------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "On 5 March 2021 a curfew was declared from 11 pm to 7 am."),
    ("ru", "5 марта 2021 года ввели комендантский час с 23 часов до 7 часов утра."),
    ("uk", "5 березня 2021 року запровадили комендантську годину з 23:00 до 07:00."),
    ("kk", "2021 жылғы 5 наурызда коменданттық сағат енгізілді: 23:00-ден 07:00-ге дейін көшеге шығуға болмайды."),
])
def test_curfew_hours_are_a_schedule_not_events(lang, text):
    doc = _doc(text, lang)
    _, evs = _events(doc)
    assert [e.when for e in evs] == ["2021-03-05"]


def test_time_in_another_zone_is_an_alternative():
    doc = _doc("The 04.06.2019 is remembered. At 18.30 hours (19.30 Moscow time) the depot was set on fire.", "en")
    _, evs = _events(doc)
    assert [e.when for e in evs] == ["2019-06-04", "2019-06-04T18:30"]


# -- what is an event ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The commission examined the violence of 3 to 8 March 2019 in the two towns."),
    ("ru", "О ходе расследования беспорядков 3–8 марта 2019 года в двух городах."),
    ("uk", "Комісія вивчила події 3–8 березня 2019 року у двох містах."),
    ("kk", "Комиссия 2019 жылғы 3-8 наурыздағы оқиғаларды зерттеді."),
])
def test_a_range_of_days_is_an_event_on_its_first_day(lang, text):
    doc = _doc(text, lang)
    _, evs = _events(doc)
    assert [e.when for e in evs] == ["2019-03-03"]


def test_kazakh_attributive_date_is_an_event():
    doc = _doc("2019 жылғы наурыз.\n\nӘкімнің 7 наурыздағы шешімі даулы болды. 9 наурызда митинг өтті.", "kk")
    _, evs = _events(doc)
    assert [e.when for e in evs] == ["2019-03-07", "2019-03-09"]


def test_statement_stamp_with_a_zone_is_an_event():
    text = ("NORTHERN COAL LLP\nSTATEMENT ON THE ACCIDENT\n\n14 February 2020, 09:30 Astana time (UTC+6)\n\n"
            "A methane outburst occurred at shaft 2 in the night of 14 February. Six miners died.\n\n"
            "Update, 15 February 2020, 11:00 (UTC+6): the toll has risen to seven.")
    doc = _doc(text, "en")
    _, evs = _events(doc)
    whens = [e.when for e in evs]
    assert "2020-02-14T09:30+06:00" in whens and "2020-02-15T11:00+06:00" in whens
    assert "2020-02-15" not in whens  # the stamp's time says the day


def test_chronology_items_keep_their_own_entries():
    text = ("## 4. Detentions\n\nOn 6 June a crowd surrounded the station and the detainees were released.\n\n"
            "## 5. Chronology\n\n- **5 June 2018, 14:00** — marchers gather.\n- **5 June, 16:10** — first shots.\n"
            "- **6 June** — the station is surrounded; detainees are released.\n")
    doc = _doc(text, "en")
    _, evs = _events(doc)
    whens = [e.when for e in evs]
    assert whens.count("2018-06-06") == 2  # the prose and the chronology both state it
    assert "2018-06-05T14:00" in whens and "2018-06-05T16:10" in whens
    assert "2018-06-05" not in whens


@pytest.mark.parametrize("lang,text", [
    ("en", "The ministry said on 9 March 2021 that 12 people had died since 6 March."),
    ("ru", "9 марта 2021 года министерство сообщило, что с 6 марта погибли 12 человек."),
    ("uk", "9 березня 2021 року міністерство повідомило, що з 6 березня загинули 12 людей."),
    ("kk", "2021 жылғы 9 наурызда министрлік 6 наурыздан бері 12 адам қаза тапқанын хабарлады."),
])
def test_since_date_in_a_dated_sentence_bounds_the_count_and_is_no_event(lang, text):
    doc = _doc(text, lang)
    _, evs = _events(doc)
    assert [e.when for e in evs] == ["2021-03-09"]


def test_timed_entries_under_a_dated_heading_need_no_heading_entry():
    text = ("Live: storm in the north\n\n== 5 June 2021 ==\n\n09:40 Wind reaches the coast. Roofs are torn off.\n\n"
            "11:15 Power is cut in three districts.\n")
    doc = _doc(text, "en")
    _, evs = _events(doc)
    assert sorted(e.when for e in evs) == ["2021-06-05T09:40", "2021-06-05T11:15"]


def test_weekday_counts_back_from_a_yearless_dateline_once_the_corpus_gives_the_year():
    from rashomon.model import Analysis
    from rashomon.timeline import reanchor

    def analysis(doc_id, text, lang):
        doc = Document(id=doc_id, path=doc_id, text=text, lang=lang)
        Segmenter()(doc)
        tx = TAGGER(doc)
        return Analysis(doc=doc, timexes=tx, events=events_from(doc, tx, [], []))

    wire = analysis("w.txt", "Toll rises to 40\n\nNORTHTOWN, March 9 (Valley Wire) - The ministry said on Sunday that "
                             "40 people had died. The governor resigned on Tuesday.", "en")
    other = analysis("o.txt", "9 марта 2021 года губернатор подал в отставку.", "ru")
    assert not any(e.when.startswith("2021-03-07") for e in wire.events)  # no year yet: no weekday
    reanchor([wire, other])
    whens = [e.when for e in wire.events]
    assert "2021-03-07" in whens  # Sunday before Tuesday 9 March 2021
    assert "2021-03-09" in whens
    assert wire.doc.published is None  # the document's metadata is left as it was


@pytest.mark.parametrize("lang,text", [
    ("en", "On Friday, 14 May 2021, police broke up a rally over the landslide of 11 May.\n\n"
           "At about 15:10 officers began pushing people off the square."),
    ("uk", "У п'ятницю, 14 травня 2021 року, поліція розігнала мітинг через зсув 11 травня.\n\n"
           "Близько 15:10 силовики почали виштовхувати людей із площі."),
    ("ru", "В пятницу, 14 мая 2021 года, полиция разогнала митинг из-за оползня 11 мая.\n\n"
           "Около 15:10 силовики начали вытеснять людей с площади."),
])
def test_the_first_day_of_a_sentence_dates_what_follows_not_a_background_day(lang, text):
    doc = _doc(text, lang)
    tx = TAGGER(doc)
    assert [t.value for t in tx if "T" in t.value] == ["2021-05-14T15:10"]


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Новини регіону, 9 квітня 2021 року\n\n8 квітня в місті обвалився міст.\n\nЗа даними МНС, загинули п'ятеро. "
           "Рятувальники працюють. Напередодні відомство повідомляло про двох загиблих.", "2021-04-08"),
    ("ru", "Новости региона, 9 апреля 2021 года\n\n8 апреля в городе обрушился мост.\n\nПо данным МЧС, погибли пятеро. "
           "Спасатели работают. Накануне ведомство сообщало о двух погибших.", "2021-04-08"),
    ("en", "The bridge fell on 8 April 2021. Divers searched the river for days. Two bodies were found. "
           "The next day, the mayor resigned.", "2021-04-09"),
])
def test_a_day_before_far_from_any_date_counts_from_the_report(lang, text, expected):
    doc = _doc(text, lang)
    tx = TAGGER(doc)
    assert tx[-1].value == expected


@pytest.mark.parametrize("lang,text", [
    ("ru", "Оползень в долине\n\nСклон сошёл 4 апреля 2022 года.\n\nСпасатели работали весь день.\n\nЗона оползня, 6 апреля 2022 года\n\n"
           "Около 14:30 обрушились три дома. Погибли 5 человек."),
    ("en", "Landslide in the valley\n\nThe slope gave way on 4 April 2022.\n\nRescuers worked all day.\n\nThe buried street, 6 April 2022\n\n"
           "At 14:30 three houses collapsed. 5 people died."),
    ("uk", "Зсув у долині\n\nСхил зійшов 4 квітня 2022 року.\n\nРятувальники працювали весь день.\n\nЗона зсуву, 6 квітня 2022 року\n\n"
           "Близько 14:30 обвалилися три будинки. Загинули 5 людей."),
    ("kk", "Алқаптағы көшкін\n\nБеткей 2022 жылғы 4 сәуірде опырылды.\n\nҚұтқарушылар күні бойы жұмыс істеді.\n\nКөшкін аймағы, 2022 жылғы 6 сәуір\n\n"
           "Сағат 14:30 шамасында үш үй құлады. 5 адам қаза тапты."),
])
def test_a_caption_date_neither_dates_the_story_nor_is_an_event(lang, text):
    doc = _doc(text, lang)
    tx, evs = _events(doc)
    assert "caption" in report_roles(doc, tx).values()
    assert "2022-04-04T14:30" in [t.value for t in tx]
    assert "2022-04-06" not in [e.when for e in evs]
    assert date_at(doc, tx, doc.text.rindex("5"))[0] == "2022-04-04"


def test_a_declaration_is_an_event_not_a_publication_note():
    doc = _doc("Төтенше жағдай 2022 жылғы 5 қаңтарда жарияланды. Ресми хабарлама 2022 жылғы 6 қаңтарда жарияланған күні шықты.", "kk")
    tx, evs = _events(doc)
    assert "2022-01-05" in [e.when for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "Bridge falls\n\nRIVERTON, Ruritania, March 9, 2021 (Valley Wire) - A road bridge over the river collapsed "
           "on Sunday, killing four people, officials said on Monday."),
    ("ru", "Обрушение моста\n\nРИВЕРТОН, 9 марта 2021 года (Долина) — Автомобильный мост через реку обрушился "
           "в воскресенье, погибли четыре человека, сообщили в понедельник чиновники."),
])
def test_weekdays_count_back_from_a_wire_dateline_in_a_long_first_line(lang, text):
    doc = _doc(text, lang)
    tx, evs = _events(doc)
    assert "2021-03-07" in [t.value for t in tx]  # Sunday before Tuesday 9 March 2021
    assert "2021-03-07" in [e.when for e in evs]


def test_post_headers_date_the_post_not_what_it_tells():
    text = ("Forum » City » The flood\n\nTopic: the flood - who knows what?\n\n"
            "Post by Aidar » 12.04.2022 08:10\nI was there yesterday from noon. I saw nine bodies myself.\n\n"
            "Post by old_timer » 12.04.2022 09:30\nI have lived here since 1985. They say more than thirty died.\n")
    doc = _doc(text, "en")
    tx = TAGGER(doc)
    roles = report_roles(doc, tx)
    assert sum(1 for r in roles.values() if r == "stamp") == 4  # two headers, a day and a time each
    assert date_at(doc, tx, doc.text.index("nine"))[0] == "2022-04-11"  # "yesterday", not the post's day
    assert date_at(doc, tx, doc.text.index("thirty"))[0] == "2022-04-11/2022-04-12"  # no year alone either


def test_a_day_named_after_the_figure_in_its_paragraph_does_not_date_it():
    text = ("The dam broke on 3 May 2022 near the town.\n\nRescuers first reported two dead and 9 missing. "
            "The toll was raised to five on 4 May and to six on 5 May.")
    doc = _doc(text, "en")
    tx = TAGGER(doc)
    assert date_at(doc, tx, doc.text.index("9 missing"))[0] == "2022-05-03"
