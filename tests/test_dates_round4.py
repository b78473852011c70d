"""Dates of figures and the timeline, session 4 round 2 (general patterns found on devset6).

A weekday on the report's own day dates the event unless a verb of saying stands next to it ("the
court on Monday convicted eight" vs "the ministry said on Monday").
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.model import Analysis
from rashomon.pipeline import Pipeline
from rashomon.timeline import events_from

PIPE = Pipeline()


def _analysis(text: str, lang: str, published: str | None = None) -> Analysis:
    return PIPE.analyze(Document(id="t", path="t", text=text, lang=lang, published=published))


def _claims(text: str, lang: str, published: str | None = None) -> list[tuple]:
    return [(c.measure, c.value, c.when) for c in _analysis(text, lang, published).claims]


def _events(text: str, lang: str, published: str | None = None) -> list[str]:
    a = _analysis(text, lang, published)
    return sorted(e.when for e in events_from(a.doc, a.timexes, a.claims, a.mentions))


# -- a weekday on the report's day: the event's day, unless it is the day of saying -------------------

_BACKGROUND = {
    "ru": "Беспорядки произошли 6 мая 2012 года. ",
    "uk": "Заворушення сталися 6 травня 2012 року. ",
    "en": "The riot happened on 6 May 2012. ",
    "kk": "Тәртіпсіздік 2012 жылғы 6 мамырда болды. ",
}


@pytest.mark.parametrize("lang,sentence,want", [
    ("ru", "У здания суда в понедельник задержаны 234 человека.", ("detained", 234, "2014-02-24")),
    ("uk", "Біля будівлі суду в понеділок затримали 234 людини.", ("detained", 234, "2014-02-24")),
    ("en", "Outside the court police on Monday detained 234 people.", ("detained", 234, "2014-02-24")),
])
def test_weekday_of_the_report_dates_its_event(lang, sentence, want):
    assert want in _claims(_BACKGROUND[lang] + sentence, lang, "2014-02-24T19:00:00+04:00")


@pytest.mark.parametrize("lang,sentence,measure,value", [
    ("ru", "МВД в понедельник сообщило, что задержаны 234 человека.", "detained", 234),
    ("en", "The ministry said on Monday that 234 people were detained.", "detained", 234),
    ("uk", "МВС у понеділок повідомило, що затримано 234 людини.", "detained", 234),
])
def test_weekday_of_saying_does_not_date_the_event(lang, sentence, measure, value):
    got = [w for m, v, w in _claims(_BACKGROUND[lang] + sentence, lang, "2014-02-24T19:00:00+04:00")
           if (m, v) == (measure, value)]
    assert got and all(w != "2014-02-24" for w in got), got


def test_report_weekday_gives_way_to_a_stated_date_in_its_sentence():
    text = ("A court on Wednesday convicted 12 people over the February 2020 unrest, in which 11 people died "
            "and some 190 were injured.")
    got = {(m, v): w for m, v, w in _claims(text, "en", "2021-01-20T18:00:00+06:00")}
    assert got[("killed", 11)].endswith("2020-02")
    assert got[("convicted", 12)] == "2021-01-20"  # the weekday stands right before this figure


# -- a count given on a later day runs from the event's start, whatever words carry it ---------------

@pytest.mark.parametrize("lang,text,want", [
    ("en", "On 5 October 2023 a missile struck the village.\n\nOn 7 October the minister gave a figure of 51 dead.",
     ("killed", 51, "2023-10-05/2023-10-07")),
    ("en", "On 1.09.2004 armed men captured the school.\n\nUpdate 04.09. According to prosecutors were lost 322 "
           "hostages.", ("killed", 322, "2004-09-01/2004-09-04")),
    ("en", "On 1 September 2004 armed men captured the school.\n\nOn 4 September officials said 31 terrorists are "
           "destroyed.", ("killed", 31, "2004-09-01/2004-09-04")),
    ("ru", "5 октября 2023 года ракета попала в кафе.\n\n7 октября министр назвал цифру 51 погибший.",
     ("killed", 51, "2023-10-05/2023-10-07")),
    ("ru", "1 сентября 2004 года боевики захватили школу.\n\n4 сентября сообщили, что ликвидированы 31 террорист.",
     ("killed", 31, "2004-09-01/2004-09-04")),
    ("uk", "5 жовтня 2023 року ракета влучила в кафе.\n\n7 жовтня міністр назвав цифру 51 загиблий.",
     ("killed", 51, "2023-10-05/2023-10-07")),
    ("en", "On 22 March 2024 gunmen attacked the hall, killing 40 people.\n\nThe toll grew. It reached 139 on "
           "24 March.", ("killed", 139, "2024-03-22/2024-03-24")),
    ("en", "On 14 January 2023 a missile hit the block.\n\nOn 16 January more than 500 rescuers were working at "
           "the site.", ("deployed", 500, "2023-01-14/2023-01-16")),
    ("uk", "14 січня 2023 року ракета влучила в будинок.\n\n15 січня на місці працювали понад 400 рятувальників.",
     ("deployed", 400, "2023-01-14/2023-01-15")),
    ("ru", "22 марта 2024 года боевики напали на зал.\n\n23 марта к разбору завалов привлечены более 400 "
           "специалистов.", ("deployed", 400, "2024-03-22/2024-03-23")),
    ("uk", "14 січня 2023 року ракета влучила в будинок.\n\n18 січня стало відомо: окрім зруйнованого під'їзду, "
           "пошкоджено ще 9 житлових будинків поблизу.", ("buildings_damaged", 9, "2023-01-14/2023-01-18")),
    ("en", "On 14 January 2023 a missile hit the block.\n\nOn 18 January officials said 9 more houses were damaged.",
     ("buildings_damaged", 9, "2023-01-14/2023-01-18")),
    ("en", "On 14 January 2023 a missile hit the block.\n\nOn 16 January about 30 persons are searched.",
     ("missing", 30, "2023-01-14/2023-01-16")),
])
def test_later_count_runs_from_the_start(lang, text, want):
    assert want in _claims(text, lang)


# -- a retrospective report counts its earlier event -------------------------------------------------

@pytest.mark.parametrize("lang,text,want", [
    ("uk", "1 вересня 2024 року в Беслані вшанували пам'ять жертв. Двадцять років тому, 1 вересня 2004 року, "
           "бойовики захопили школу.\n\nЗа офіційними даними, внаслідок теракту загинули 334 людини.",
     ("killed", 334, "2004-09-01")),
    ("ru", "3 сентября 2024 года в городе почтили память жертв. Двадцать лет назад, 1 сентября 2004 года, "
           "боевики захватили школу.\n\nПо официальным данным, в результате теракта погибли 334 человека.",
     ("killed", 334, "2004-09-01")),
    ("en", "On 1 September 2024 the town marked the anniversary of the siege. On 1 September 2004 gunmen seized "
           "the school.\n\nAccording to official data, 334 people were killed.", ("killed", 334, "2004-09-01")),
    ("kk", "2024 жылғы 3 қыркүйекте қалада құрбандарын еске алды. Жиырма жыл бұрын, 2004 жылғы 1 қыркүйекте, "
           "содырлар мектепті басып алды.\n\nРесми деректер бойынша 334 адам қаза тапты.",
     ("killed", 334, "2004-09-01")),
])
def test_anniversary_report_counts_the_earlier_event(lang, text, want):
    assert want in _claims(text, lang)


def test_two_distant_days_without_anniversary_words_keep_the_main_day():
    text = ("On 5 June 2016 gunmen attacked two gun shops. A similar attack happened on 12 May 2011.\n\n"
            "On 5 June 2016 police said 7 people were killed.")
    assert ("killed", 7, "2016-06-05") in _claims(text, "en")


# -- a weekday in a text without a date of its own ---------------------------------------------------

@pytest.mark.parametrize("lang,text,want", [
    ("uk", "1 вересня 2024 року вшанували пам'ять жертв. 1 вересня 2004 року бойовики захопили школу.\n\n"
           "На церемонії в неділю були присутні тисячі людей. Напередодні, у суботу, пройшла хода зі свічками.",
     {"2024-09-01", "2024-08-31"}),
    ("ru", "1 сентября 2024 года почтили память жертв. 1 сентября 2004 года боевики захватили школу.\n\n"
           "На церемонии в воскресенье были тысячи людей. Накануне, в субботу, прошло шествие со свечами.",
     {"2024-09-01", "2024-08-31"}),
    ("en", "On 1 September 2024 the town remembered the victims. On 1 September 2004 gunmen seized the school.\n\n"
           "Thousands attended the ceremony on Sunday. The day before, on Saturday, a candle march took place.",
     {"2024-09-01", "2024-08-31"}),
])
def test_weekday_takes_the_stated_day_it_falls_on(lang, text, want):
    values = {t.value for t in _analysis(text, lang).timexes}
    assert want <= values and "2004-08-31" not in values, values


def test_weekday_far_from_any_stated_day_stays_undated():
    text = ("Long ago, on 3 March 1998, the plant opened in the town and hired many workers from the whole region. "
            "It grew fast. Then it slowed down. On Friday, workers went on strike.")
    assert [t.value for t in _analysis(text, "en").timexes] == ["1998-03-03"]


# -- "накануне X": the eve of an event noun, not the day before the last date -------------------------

@pytest.mark.parametrize("lang,text", [
    ("uk", "Марш почався 6 травня 2012 року.\n\nНапередодні інавгурації президента на вулиці вийшли десятки тисяч "
           "людей."),
    ("ru", "Марш начался 6 мая 2012 года.\n\nНакануне выборов на улицы вышли десятки тысяч человек."),
])
def test_eve_of_an_event_noun_gives_no_date(lang, text):
    values = [t.value for t in _analysis(text, lang).timexes]
    assert values == ["2012-05-06"], values


@pytest.mark.parametrize("lang,text", [
    ("uk", "Марш почався 6 травня 2012 року. Напередодні МВС повідомило про підготовку."),
    ("ru", "Марш начался 6 мая 2012 года. Накануне, 5 мая, полиция усилила охрану."),
    ("ru", "Марш начался 6 мая 2012 года. Накануне полиция усилила охрану."),
])
def test_eve_alone_is_the_day_before(lang, text):
    assert "2012-05-05" in [t.value for t in _analysis(text, lang).timexes]


# -- timeline: a title line opening with its date, an infobox's time field ----------------------------

@pytest.mark.parametrize("lang,text,want", [
    ("kk", "ОБЛЫС ӘКІМДІГІНІҢ РЕСМИ ХАБАРЛАМАСЫ\n\n2016 жылғы 5 маусымда қалада болған террористік актінің салдары "
           "туралы\n\nӘкімдік мынаны хабарлайды. Шабуыл салдарынан 6 адам қаза тапты.\n", "2016-06-05"),
    ("ru", "ОФИЦИАЛЬНОЕ СООБЩЕНИЕ\n\n5 июня 2016 года в городе произошло нападение на оружейные магазины\n\n"
           "Министерство сообщает следующее. Погибли 6 человек.\n", "2016-06-05"),
])
def test_title_line_opening_with_its_date_is_an_event(lang, text, want):
    assert want in _events(text, lang)


@pytest.mark.parametrize("lang,field", [("uk", "час"), ("en", "time"), ("ru", "время")])
def test_infobox_time_field_is_an_event(lang, field):
    wiki = ("{{Infobox event\n| date = 5 October 2023\n| " + field + " = 13:15 (UTC+3)\n| fatalities = 59\n}}\n"
            "'''Strike''' — a missile strike on a cafe on 5 October 2023, during a wake.\n")
    doc = _read_wiki(wiki)
    a = PIPE.analyze(doc)
    whens = [e.when for e in events_from(a.doc, a.timexes, a.claims, a.mentions)]
    assert "2023-10-05T13:15+03:00" in whens, whens


def test_infobox_time_said_again_in_the_text_is_one_event():
    wiki = ("{{Infobox event\n| date = 5 October 2023\n| time = 13:15 (UTC+3)\n}}\n"
            "'''Strike''' — a missile hit a cafe on 5 October 2023 at 13:15 local time.\n")
    a = PIPE.analyze(_read_wiki(wiki))
    whens = [e.when for e in events_from(a.doc, a.timexes, a.claims, a.mentions)]
    assert "2023-10-05T13:15+03:00" not in whens, whens


def _read_wiki(text: str) -> Document:
    import pathlib
    import tempfile

    from rashomon.readers import read_inputs

    with tempfile.TemporaryDirectory() as d:
        p = pathlib.Path(d) / "event.wiki"
        p.write_text(text, encoding="utf-8")
        return next(iter(read_inputs([str(p)])))


# -- timeline: not events ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang,table", [
    ("uk", "| джерело | дата | загиблі | поранені |\n|---|---|---|---|\n| МВС України | 6 жовтня | 52 | 6 |\n"
           "| Місія ООН | 11 жовтня | 59 | 1 |\n"),
    ("en", "| source | date | dead | injured |\n|---|---|---|---|\n| Interior Ministry | 6 October | 52 | 6 |\n"
           "| UN mission | 11 October | 59 | 1 |\n"),
    ("ru", "| источник | дата | погибшие | раненые |\n|---|---|---|---|\n| МВД | 6 октября | 52 | 6 |\n"
           "| Миссия ООН | 11 октября | 59 | 1 |\n"),
])
def test_date_cell_of_a_row_of_figures_is_no_event(lang, table):
    head = {"uk": "Удар стався 5 жовтня 2023 року.\n\n", "en": "The strike happened on 5 October 2023.\n\n",
            "ru": "Удар произошёл 5 октября 2023 года.\n\n"}[lang]
    assert _events(head + table, lang) == ["2023-10-05"]


def test_chronology_table_row_without_figures_stays_an_event():
    text = ("The strike happened on 5 October 2023.\n\n| date | what |\n|---|---|\n"
            "| 6 October | Rescuers finished clearing the rubble of the cafe in the village |\n"
            "| 7 October | The first victims were buried in the village cemetery |\n\n"
            "The investigation goes on.\n\nMore reports will follow.\n")
    assert "2023-10-06" in _events(text, "en")


@pytest.mark.parametrize("lang,text", [
    ("en", "Briefing on the events of 6 May\n\n*Prepared by the Civic Monitor, 15 May 2012. Figures as of 14 May.*\n\n"
           "1. On Sunday, 6 May 2012, police dispersed the march.\n"),
    ("ru", "Доклад о событиях 6 мая\n\n*Подготовлено Гражданским мониторингом, 15 мая 2012 года. Данные на 14 мая.*\n\n"
           "1. В воскресенье, 6 мая 2012 года, полиция разогнала шествие.\n"),
])
def test_byline_sentence_closing_with_its_date_is_no_event(lang, text):
    assert "2012-05-15" not in _events(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "On 11 October 2023 the mission said that at least 9,900 civilians had been killed in the country "
           "since February 2022."),
    ("uk", "11 жовтня 2023 року місія заявила, що з лютого 2022 року в країні загинули щонайменше 9900 цивільних."),
])
def test_since_month_of_a_count_is_no_event(lang, text):
    assert _events(text, lang) == ["2023-10-11"]


# -- the second / third day of the events ------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "On 1 September 2004 gunmen captured the school.\n\nOn the second day the former president went in and "
           "brought out 26 women.\n\nOn 3 September there were explosions."),
    ("ru", "1 сентября 2004 года боевики захватили школу.\n\nНа второй день бывший президент вошёл в школу.\n\n"
           "3 сентября прогремели взрывы."),
    ("uk", "1 вересня 2004 року бойовики захопили школу.\n\nНа другий день колишній президент зайшов до школи.\n\n"
           "3 вересня пролунали вибухи."),
    ("kk", "2004 жылғы 1 қыркүйекте содырлар мектепті басып алды.\n\nЕкінші күні бұрынғы президент мектепке кірді.\n\n"
           "3 қыркүйекте жарылыстар болды."),
])
def test_second_day_of_the_events(lang, text):
    assert _events(text, lang) == ["2004-09-01", "2004-09-02", "2004-09-03"]


# -- "a year later": the year after the story's date ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "On 5 June 2016 gunmen attacked gun shops in the city.\n\nA year later a military court convicted seven men."),
    ("ru", "5 июня 2016 года боевики напали на оружейные магазины.\n\nГод спустя военный суд осудил семерых."),
    ("uk", "5 червня 2016 року бойовики напали на збройові магазини.\n\nЧерез рік військовий суд засудив сімох."),
])
def test_a_year_later(lang, text):
    assert _events(text, lang) == ["2016-06-05", "2017"]
    assert ("convicted", 7, "2017") in _claims(text, lang)


def test_a_year_later_kk_is_dated():
    text = ("2016 жылғы 5 маусымда содырлар қару дүкендеріне шабуыл жасады.\n\n"
            "Бір жылдан кейін әскери сот жеті адамды соттады.")
    assert "2017" in [t.value for t in _analysis(text, "kk").timexes]


def test_a_year_later_without_a_date_is_undated():
    assert [t.value for t in _analysis("A year later the court convicted seven men.", "en").timexes] == []


# -- a weekday of saying does not date the story told after it ---------------------------------------

@pytest.mark.parametrize("lang,text,want", [
    ("kk", "АСТАНА, 24 наурыз 2024. Концерт залына 22 наурыз күні кешке шабуыл жасалды. Бұл туралы комитет сенбі "
           "күні кешке хабарлады.\n\nЗалда көп адам болған. Сағат 20:00 шамасында төрт адам атыс ашты.\n",
     "2024-03-22T20:00"),
    ("en", "MOSCOW, 24 March 2024. Gunmen attacked the concert hall on the evening of 22 March. The committee said on "
           "Saturday evening that 133 died.\n\nThe hall was full. At about 20:00 four men opened fire.\n",
     "2024-03-22T20:00"),
])
def test_weekday_of_saying_does_not_date_the_story_after_it(lang, text, want):
    assert want in [t.value for t in _analysis(text, lang).timexes]


# -- a weekday of saying in a text with no report date; a Kazakh verb of saying closing the sentence ----

_RIOT = {
    "en": "Riot at the airport\n\nA crowd of several hundred people stormed the airport of the city on the evening of "
          "29 October 2023, looking for the passengers of a flight.\n\n",
    "ru": "Беспорядки в аэропорту\n\nТолпа из нескольких сотен человек ворвалась в аэропорт города вечером 29 октября "
          "2023 года в поисках пассажиров рейса.\n\n",
    "kk": "Әуежайдағы тәртіпсіздік\n\nЖүздеген адам 2023 жылғы 29 қазанда кешке қаланың әуежайына басып кіріп, "
          "рейстің жолаушыларын іздеді.\n\n",
}


@pytest.mark.parametrize("lang,text,want", [
    ("en", "On the morning of Monday the ministry has informed that 60 are detained.", ("detained", 60, "2023-10-29")),
    ("ru", "В понедельник МВД сообщило, что задержаны 60 человек.", ("detained", 60, "2023-10-29")),
    ("kk", "Министрлік дүйсенбі күні 60 адамның ұсталғанын, ал 150-ден астам адамның анықталғанын мәлімдеді.",
     ("detained", 60, "2023-10-29")),
])
def test_weekday_of_saying_without_report_date(lang, text, want):
    assert want in _claims(_RIOT[lang] + text, lang)


def test_weekday_of_the_event_before_a_trailing_attribution_still_dates_it():
    text = _RIOT["en"] + "On Monday police detained 60 people in the city, the ministry said."
    assert ("detained", 60, "2023-10-30") in _claims(text, "en")


@pytest.mark.parametrize("lang,line", [
    ("en", '(automatic translation from Russian, blog "Notes of the steppe man", 05/24/2023)'),
    ("ru", '(автоматический перевод с казахского, блог «Записки степняка», 24.05.2023)'),
])
def test_bracketed_byline_closing_with_its_date_is_no_event(lang, line):
    body = {"en": "On 05/16/2023 the dam of the tailings storage near the city broke and the mud reached the houses.",
            "ru": "16.05.2023 возле города прорвало дамбу хвостохранилища, и грязь дошла до домов."}[lang]
    text = "Chronicle of the tragedy\n\n" + line + "\n\n" + body + "\n\nMore to follow.\n\nThe end of the post.\n"
    assert "2023-05-24" not in _events(text, lang)


# -- "the next day" and "the evening of that day" named later: two events ------------------------------

@pytest.mark.parametrize("lang,text", [
    ("kk", "Қақтығыс 2021 жылғы 28 сәуірде басталып, келесі күні әскери техника қолданылған ұрысқа ұласты.\n\n"
           "29 сәуір кешке атысты тоқтату туралы келісімге қол қойылды."),
    ("en", "The clash began on 28 April 2021 and the next day turned into fighting with armour.\n\n"
           "On the evening of 29 April a ceasefire was agreed."),
])
def test_next_day_and_a_later_evening_of_it_are_two_events(lang, text):
    assert _events(text, lang).count("2021-04-29") == 2


def test_plain_stated_day_still_joins_its_evening():
    text = ("On 17 December 2011 workers gathered in the square of the town.\n\n"
            "On the evening of 17 December police opened fire.")
    assert _events(text, "en").count("2011-12-17") == 1
