"""Round 4 of the time stage: a claim's `when` is the counted event's, not the report's.

Running casualty counts given on a later day run from the event's start to that day (by sentence,
paragraph, heading or table row); an earlier event named for comparison is no start; weekdays with a
possessive ("Sunday's") or a part of the day ("жұма күні таңертең"); a year-less dateline does not
date the story; a year-less day of a month the story already dated keeps that year; years guessed
from a background date follow the corpus; a bracketed zone is not a clock time.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.model import Analysis
from rashomon.pipeline import Pipeline
from rashomon.segment import Segmenter
from rashomon.timeline import events_from, reanchor
from rashomon.timex import TimeTagger

TAGGER = TimeTagger()
PIPE = Pipeline()


def _analysis(text: str, lang: str, published: str | None = None, doc_id: str = "t") -> Analysis:
    return PIPE.analyze(Document(id=doc_id, path=doc_id, text=text, lang=lang, published=published))


def _claims(text, lang, published=None):
    return [(c.measure, c.value, c.when) for c in _analysis(text, lang, published).claims]


def _timexes(text, lang="en", published=None):
    doc = Document(id="t", path="t", text=text, lang=lang, published=published)
    Segmenter()(doc)
    return TAGGER(doc)


def _whens(text, lang, published=None):
    doc = Document(id="t", path="t", text=text, lang=lang, published=published)
    Segmenter()(doc)
    tx = TAGGER(doc)
    return [e.when for e in events_from(doc, tx, [], [])]


# -- a running count on a later day covers the event from its start ---------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2019 a missile hit a block of flats in the city. On 16 March rescuers said 40 people had died."),
    ("ru", "14 марта 2019 года ракета попала в жилой дом. 16 марта спасатели сообщили о 40 погибших."),
    ("uk", "14 березня 2019 року ракета влучила в житловий будинок. 16 березня рятувальники повідомили про 40 загиблих."),
    ("kk", "2019 жылғы 14 наурызда зымыран тұрғын үйге тиді. 16 наурызда құтқарушылар 40 адамның қаза тапқанын хабарлады."),
])
def test_later_casualty_count_runs_from_event_start(lang, text):
    assert ("killed", 40, "2019-03-14/2019-03-16") in _claims(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2019 a missile hit a block of flats in the city. On 16 March police detained 4 people."),
    ("ru", "14 марта 2019 года ракета попала в жилой дом. 16 марта полиция задержала 4 человек."),
])
def test_later_detention_keeps_its_own_day(lang, text):
    assert ("detained", 4, "2019-03-16") in _claims(text, lang)


@pytest.mark.parametrize("lang,text,want", [
    ("uk", "# Удар по будинку\n\nУ суботу, 14 січня 2023 року, ракета влучила в будинок.\n\n"
           "## 16 січня\n\n- **09:00** — ДСНС: доля 34 людей досі невідома.\n\n"
           "Для порівняння: у Кременчуці 27 червня 2022 року загинули 21 людина.\n", ("missing", 34, "2023-01-14/2023-01-16")),
    ("ru", "# Удар по дому\n\nВ субботу, 14 января 2023 года, ракета попала в дом.\n\n"
           "## 16 января\n\n- **09:00** — ГСЧС: судьба 34 человек неизвестна.\n\n"
           "Для сравнения: в Кременчуге 27 июня 2022 года погибли 21 человек.\n", ("missing", 34, "2023-01-14/2023-01-16")),
    ("en", "# Strike on a block of flats\n\nOn Saturday, 14 January 2023, a missile hit the block.\n\n"
           "## 16 January\n\n- **09:00** — The fate of 34 people is unknown.\n\n"
           "For comparison, in Kremenchuk on 27 June 2022 at least 21 people died.\n", ("missing", 34, "2023-01-14/2023-01-16")),
])
def test_event_start_ignores_an_earlier_comparison(lang, text, want):
    assert want in _claims(text, lang)


@pytest.mark.parametrize("lang,text,want", [
    ("uk", "14 січня 2023 року ракета влучила в будинок.\n\n| джерело | загинули | поранені |\n|---|---|---|\n"
           "| ДСНС (17 січня) | 45 | 79 |\n", ("killed", 45, "2023-01-14/2023-01-17")),
    ("en", "On 14 January 2023 a missile hit the block.\n\n| source | killed | injured |\n|---|---|---|\n"
           "| SES (17 January) | 45 | 79 |\n", ("injured", 79, "2023-01-14/2023-01-17")),
    ("ru", "14 января 2023 года ракета попала в дом.\n\nисточник\tпогибли\tраненые\nГСЧС (17 января)\t45\t79\n",
     ("killed", 45, "2023-01-14/2023-01-17")),  # a table as the readers store it: cells split by tabs
])
def test_table_row_count_takes_its_header_words(lang, text, want):
    assert want in _claims(text, lang)


@pytest.mark.parametrize("lang,text,want", [
    ("uk", "14 січня 2023 року ракета влучила в будинок у Дніпрі. Для порівняння: у Кременчуці 27 червня 2022 року "
           "загинула щонайменше 21 людина, а у Вінниці 14 липня 2022 року — 28 людей.", ("killed", 21, "2022-06-27")),
    ("ru", "14 января 2023 года ракета попала в дом в Днепре. Для сравнения: в Кременчуге 27 июня 2022 года "
           "погибли не менее 21 человека, а в Виннице 14 июля 2022 года — 28 человек.", ("killed", 21, "2022-06-27")),
    ("en", "On 14 January 2023 a missile hit a block in Dnipro. For comparison, in Kremenchuk on 27 June 2022 "
           "at least 21 people were killed, and in Vinnytsia on 14 July 2022 another 28 people.", ("killed", 21, "2022-06-27")),
])
def test_date_of_the_next_clause_does_not_date_the_figure(lang, text, want):
    assert want in _claims(text, lang)


@pytest.mark.parametrize("lang,text,want", [
    ("kk", "# 14 шілде күні не болды?\n\n2006 жылғы 14 шілдеде полиция келді.\n\n## Митинг\n\n"
           "16 шілдеде тұрғындардың жиналысы өтті. Ұйымдастырушылар оған 2 мыңға жуық адам қатысқанын айтады.\n",
     ("participants", 2000, "2006-07-16")),
    ("en", "# What happened on 14 July?\n\nOn 14 July 2006 police arrived.\n\n## The rally\n\n"
           "On 16 July residents met. The organizers said about 2,000 people took part.\n",
     ("participants", 2000, "2006-07-16")),
])
def test_paragraph_date_before_the_title_date(lang, text, want):
    assert want in _claims(text, lang)


# -- weekdays ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("A sixth protester died overnight, officials said on Tuesday, raising the death toll from Sunday's "
     "shooting to six.", "2002-03-17"),
    ("Monday's rally was the largest.", "2002-03-18"),
])
def test_possessive_weekday(text, want):
    assert want in [t.value for t in _timexes(text, published="2002-03-19T12:05:00+06:00")]


def test_possessive_weekday_starts_the_running_count():
    text = ("A sixth protester died overnight, the health department said on Tuesday, raising the death toll "
            "from Sunday's shooting to six.")
    assert ("killed", 6, "2002-03-17/2002-03-19") in _claims(text, "en", "2002-03-19T12:05:00+06:00")


@pytest.mark.parametrize("lang,text", [
    ("kk", "Алайда жұма күні таңертең құтқарушылардың бірі тірі табылды."),
    ("en", "On Friday morning one of the rescuers was found alive."),
    ("ru", "В пятницу утром одного из спасателей нашли живым."),
    ("uk", "У п'ятницю вранці одного з рятувальників знайшли живим."),
])
def test_weekday_with_part_of_day_is_one_expression(lang, text):
    tx = _timexes(text, lang, published="2021-11-27")
    assert [t.value for t in tx] == ["2021-11-26"]
    assert " " in tx[0].text  # the weekday and the part of the day together


def test_yearless_dateline_does_not_date_the_story():
    text = ("BISHKEK, March 18 - At least five people were killed on Sunday when police opened fire, officials said.\n\n"
            "Witnesses said about 2,000 marchers were stopped at around 11 a.m. local time.")
    vals = [t.value for t in _timexes(text, published="2002-03-18T07:30:00+06:00")]
    assert "2002-03-17T11:00" in vals and "2002-03-18T11:00" not in vals


# -- years -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("kk", "2006 жылғы 14 шілдеде полиция келді. 2007 жылғы ақпанда сот басталды.\n\n16 шілдеде жиналыс өтті."),
    ("ru", "14 июля 2006 года пришла полиция. В феврале 2007 года начался суд.\n\n16 июля прошёл митинг."),
    ("uk", "14 липня 2006 року прийшла поліція. У лютому 2007 року почався суд.\n\n16 липня відбувся мітинг."),
    ("en", "On 14 July 2006 the police came. The trial began in February 2007.\n\nOn 16 July residents met."),
])
def test_day_of_a_dated_month_keeps_its_year(lang, text):
    vals = [t.value for t in _timexes(text, lang)]
    assert "2006-07-16" in vals and "2007-07-16" not in vals


def test_near_miss_new_month_after_a_later_year_still_moves_on():
    vals = [t.value for t in _timexes("On 14 July 2006 the police came. The trial began in February 2007. "
                                      "On 16 March the court ruled.")]
    assert "2007-03-16" in vals


@pytest.mark.parametrize("lang,background", [
    ("kk", "Еске сала кетейік, 2010 жылғы мамырда «Распадская» шахтасында 91 адам қаза тапқан еді."),
    ("ru", "Напомним, в мае 2010 года на шахте «Распадская» погиб 91 человек."),
])
def test_years_guessed_from_a_background_date_follow_the_corpus(lang, background):
    other = _analysis("On 25 November 2021 a methane blast at the mine killed 51 people.", "en", doc_id="a")
    text = {"kk": "Мәскеу, 26 қараша. Шахтада 51 адам қаза тапты.\n\nАпат 25 қарашада болды.\n\n",
            "ru": "Москва, 26 ноября. На шахте погиб 51 человек.\n\nАвария произошла 25 ноября.\n\n"}[lang] + background
    this = _analysis(text, lang, doc_id="b")
    assert any(t.value == "2009-11-25" for t in this.timexes)  # alone, the background year decides
    reanchor([other, this])
    assert any(t.value == "2021-11-25" for t in this.timexes)
    assert not any(t.value.startswith("2009") for t in this.timexes)
    assert any(t.value == "2010-05" for t in this.timexes)  # the background date itself stays
    assert all(c.when and c.when.startswith("2021") for c in this.claims if c.value == 51)


def test_near_miss_dated_document_keeps_its_years():
    other = _analysis("On 25 November 2021 a methane blast at the mine killed 51 people.", "en", doc_id="a")
    this = _analysis("Москва, 26 ноября. Погиб 51 человек.\n\nАвария произошла 25 ноября.", "ru",
                     published="2009-11-26", doc_id="b")
    reanchor([other, this])
    assert any(t.value == "2009-11-25" for t in this.timexes)


def test_yearless_wire_counts_dated_after_the_corpus_gives_the_year():
    wire = ("Missile strike on a mall kills at least 18\n\n"
            "KREMENCHUK, Ukraine, June 28 (Steppe Wire) - Rescuers searched the ruins on Tuesday.\n\n"
            "At least 18 people were killed, the emergency service said.\n\n"
            "The mall was hit at around 3:50 p.m. on Monday.\n\n"
            "The U.N. says it has confirmed 4,731 civilian deaths since the invasion began on Feb. 24.")
    a = _analysis(wire, "en", doc_id="w")
    b = _analysis("On 28 June 2022 rescuers were still at the mall.", "en", doc_id="o")
    reanchor([a, b])
    whens = {c.value: c.when for c in a.claims}
    assert whens[18] == "2022-06-27/2022-06-28"
    assert any(t.value == "2022-02-24" for t in a.timexes)  # reported before the wire's day, not in 2023


@pytest.mark.parametrize("lang,text,published,want,not_want", [
    # a reader's year-only date ("© 2022" -> 1 January) gives the year, not a day to count from
    ("ru", "Авиаудар был нанесен в среду, 16 марта.\n\nГорсовет 25 марта сообщил, что погибли около 300 человек.",
     "2022-01-01", "2022-03-25", "2021-03-25"),
    ("en", "The strike hit on Wednesday, 16 March.\n\nOn 25 March the council said about 300 people died.",
     "2022-01-01", "2022-03-25", "2021-03-25"),
    # near miss: a real publication time on 1 January still counts weekdays back
    ("en", "The council said on Friday that the square was closed.", "2022-01-01T10:00:00+02:00", "2021-12-31", None),
])
def test_year_only_publication_date(lang, text, published, want, not_want):
    vals = [t.value for t in _timexes(text, lang, published)]
    assert want in vals
    if not_want:
        assert not_want not in vals


def test_infobox_date_is_no_dateline(tmp_path):
    from rashomon.readers import read_inputs

    f = tmp_path / "w.wiki"
    f.write_text("{{Картка події\n| назва = Авіаудар\n| дата = 16 березня 2022\n}}\n"
                 "Авіаудар по драматичному театру стався 16 березня 2022 року, під час облоги міста, коли в театрі "
                 "переховувалися сотні мирних жителів.\n\n25 березня міська рада повідомила про 300 загиблих.\n\n"
                 "У травні агентство оцінило кількість загиблих у 600 осіб.\n", encoding="utf-8")
    (doc,) = list(read_inputs([str(f)]))
    assert any(s.title.strip().casefold() == "infobox" for s in doc.sections)
    PIPE.prepare(doc)
    vals = [t.value for t in TAGGER(doc)]
    assert "2022-05" in vals and "2021-05" not in vals


# -- timeline ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,want,not_want", [
    ("en", "On 28 July 2022, at c. 23:20 EEST (UTC+03:00), an explosion destroyed a barracks.",
     "2022-07-28T23:20+03:00", "T03:00"),
    ("ru", "28 июля 2022 года около 23:20 MSK (UTC+3) взрыв разрушил барак.", "2022-07-28T23:20+03:00", "T03:00"),
])
def test_bracketed_utc_after_a_zone_is_no_clock_time(lang, text, want, not_want):
    ws = _whens(text, lang)
    assert want in ws and not any(not_want in w for w in ws)


@pytest.mark.parametrize("lang,text,want", [
    ("en", "On the night of 28–29 July 2022 prisoners were killed in the barracks. On 29 July 2022 the ministry "
           "gave its figures.\n\nSome of the bodies were returned in a repatriation in September.", "2022-09"),
    ("uk", "16 березня 2022 року бомба влучила в театр. 16 березня 2022 року загинули люди.\n\n"
           "У травні агентство оцінило кількість загиблих у 600 осіб.", "2022-05"),
    ("ru", "16 марта 2022 года бомба попала в театр. 16 марта 2022 года погибли люди.\n\n"
           "В начале мая агентство опубликовало расследование.", "2022-05"),
])
def test_month_of_the_main_year_is_an_event(lang, text, want):
    assert want in _whens(text, lang)


def test_near_miss_month_of_another_year_is_no_event():
    text = ("On 16 December 2011 police fired on strikers. On 17 December 2011 the curfew began.\n\n"
            "The trial opened in March 2012. In August the verdicts were read.")
    ws = _whens(text, "en")
    assert "2012-03" in ws and "2012-08" not in ws


@pytest.mark.parametrize("lang,text", [
    ("en", "# Forced evictions\n\n**Housing Rights Monitor — briefing paper No. 3 (excerpt), September 2006**\n\n"
           "On 14 July 2006 demolition teams arrived."),
    ("ru", "# Снос домов\n\n**Мониторинг жилищных прав — аналитическая записка № 3 (выдержка), сентябрь 2006 года**\n\n"
           "14 июля 2006 года прибыли бригады по сносу."),
])
def test_byline_closing_with_a_date_is_no_event(lang, text):
    ws = _whens(text, lang)
    assert "2006-07-14" in ws and "2006-09" not in ws


@pytest.mark.parametrize("lang,text,want", [
    ("en", "In early 2007 the court sentenced 24 residents for mass disorder.", ["2007"]),
    ("ru", "В начале 2007 года суд приговорил 24 жителей.", ["2007"]),
    ("en", "By mid-2006, at least 230 people had been convicted in closed trials.", []),  # a bound, no event
    ("en", "The settlement was built since the late 1990s by migrants who were convicted.", []),  # a decade
])
def test_approximate_year_event(lang, text, want):
    assert _whens(text, lang) == want


@pytest.mark.parametrize("lang,text", [
    ("uk", "14 січня 2023 року ракета влучила в будинок.\n\n| джерело | загинули |\n|---|---|\n| ДСНС (17 січня) | 45 |\n"),
    ("en", "On 14 January 2023 a missile hit the block.\n\n| source | killed |\n|---|---|\n| SES (17 January) | 45 |\n"),
])
def test_source_date_in_a_table_row_is_no_event(lang, text):
    ws = _whens(text, lang)
    assert "2023-01-14" in ws and "2023-01-17" not in ws


@pytest.mark.parametrize("lang,text", [
    ("ru", "Столкновения произошли 17—18 марта 2002 года.\n\nУтром 17 марта около двух тысяч человек двинулись к Кербену."),
    ("en", "The clashes took place on 17–18 March 2002.\n\nOn the morning of 17 March about 2,000 people set off."),
])
def test_morning_of_a_range_day_is_its_own_event(lang, text):
    assert _whens(text, lang).count("2002-03-17") == 2


# -- more years and months ---------------------------------------------------------------------------

def test_yearless_wire_takes_the_year_of_a_neighbouring_day_in_the_corpus():
    wire = _analysis("Opposition seizes power\n\nBISHKEK, April 8 (CAW) - The opposition said on Thursday it had taken "
                     "control, a day after security forces fired on protesters, killing at least 40 people.", "en", doc_id="w")
    press = _analysis("Информация о пострадавших в ходе событий 7 апреля 2010 года в г. Бишкек.", "ru", doc_id="p")
    guessed = _analysis("Бішкек, 13 сәуір. 7 сәуірде болған қақтығыстарда 86 адам қаза тапты. Келесі күні министрлік 75 адам "
                        "деп хабарлады.\n\n2014 жылы сот 28 айыпталушыны қарады.", "kk", doc_id="k")
    reanchor([wire, press, guessed])
    (when,) = [c.when for c in wire.claims if c.value == 40]
    assert when.endswith("2010-04-08")  # by the wire's day, not in 2014 from a guessed "келесі күні"
    assert any(t.value == "2010-04-07" for t in guessed.timexes)


@pytest.mark.parametrize("lang,text,want", [
    ("uk", "Авіаудар по театру стався 16 березня 2022 року, коли в ньому переховувалися сотні людей.\n\n"
           "У травні агентство оцінило кількість загиблих у близько 600 осіб.", ("killed", 600, "2022-03-16/2022-05")),
    ("en", "The theatre was bombed on 16 March 2022 while hundreds of people sheltered inside.\n\n"
           "In June, Amnesty concluded that at least 12 people had died.", ("killed", 12, "2022-03-16/2022-06")),
])
def test_later_month_estimate_runs_from_event_start(lang, text, want):
    assert want in _claims(text, lang)


def test_near_miss_estimate_half_a_year_later_keeps_its_month():
    text = ("The theatre was bombed on 16 March 2022 while hundreds of people sheltered inside.\n\n"
            "In November, officials said that 12 people had died.")
    assert ("killed", 12, "2022-11") in _claims(text, "en")


@pytest.mark.parametrize("text,want", [
    ("Қазандағы мектептегі атыс", []),  # in Kazan
    ("Қазанда 9 адам қаза тапты.", []),
    ("Бұл оқиға қазанда болды.", ["--10"]),  # in October
    ("Желтоқсанның 16-сы күні ереуіл басталды.", ["--12-16"]),
])
def test_capitalized_kazakh_month_stem_is_a_name(text, want):
    assert [t.value for t in _timexes(text, "kk")] == want


@pytest.mark.parametrize("lang,text,want", [
    ("ru", "17 марта 2002 года милиция открыла огонь по демонстрантам.\n\nВ мае 2002 года правительство ушло в отставку. "
           "Обвинения предъявили семи должностным лицам; в 2003 году четверо из них были осуждены.",
     [("charged", 7, "2002-05"), ("convicted", 4, "2003")]),
    ("kk", "2002 жылғы 17 наурызда милиция шеруге оқ атты.\n\n"
           "Оқиғадан кейін жеті лауазымды тұлғаға айып тағылып, 2003 жылы олардың төртеуі сотталды.",
     [("charged", 7, "2002-03-17"), ("convicted", 4, "2003")]),
])
def test_year_opening_the_next_clause_does_not_date_the_figure(lang, text, want):
    got = _claims(text, lang)
    for w in want:
        assert w in got


@pytest.mark.parametrize("lang,text,want", [
    ("uk", "Теракт стався 22 березня 2024 року.\n\nБасманний суд Москви заарештував чотирьох обвинувачених"
           "<ref>{{cite news|title=Суд арестовал четырех обвиняемых|publisher=РБК|date=2024-03-24}}</ref>.\n",
     ("arrested", 4, "2024-03-24")),
    ("en", "The attack took place on 22 March 2024.\n\nA Moscow court remanded four suspects in custody"
           "<ref>{{cite news|title=Court arrests four suspects|publisher=Reuters|date=2024-03-24}}</ref>.\n",
     ("arrested", 4, "2024-03-24")),
])
def test_cited_item_dates_an_arrest(tmp_path, lang, text, want):
    from rashomon.readers import read_inputs

    f = tmp_path / "a.wiki"
    f.write_text(text, encoding="utf-8")
    (doc,) = list(read_inputs([str(f)]))
    doc.lang = lang
    got = [(c.measure, c.value, c.when) for c in PIPE.analyze(doc).claims]
    assert want in got


def test_near_miss_cited_casualty_count_keeps_the_event(tmp_path):
    from rashomon.readers import read_inputs

    f = tmp_path / "a.wiki"
    f.write_text("The attack took place on 22 March 2024.\n\nIn total 145 people were killed"
                 "<ref>{{cite news|title=Toll rises|publisher=TASS|date=2024-05-01}}</ref>.\n", encoding="utf-8")
    (doc,) = list(read_inputs([str(f)]))
    whens = [c.when for c in PIPE.analyze(doc).claims if c.value == 145]
    assert whens and all(w.startswith("2024-03-22") for w in whens)


@pytest.mark.parametrize("lang,text,want", [
    ("ru", "В ночь с 7 на 8 февраля 2020 года в селах произошли беспорядки.", "2020-02-07"),
    ("uk", "У ніч з 9 на 10 серпня 2020 року почалися протести.", "2020-08-09"),
    ("en", "On the night of 7 to 8 February 2020 riots broke out in the villages.", "2020-02-07"),
])
def test_night_from_one_day_to_the_next_is_its_first_day(lang, text, want):
    assert _whens(text, lang) == [want]


def test_near_miss_na_alone_is_no_range():
    assert [t.value for t in _timexes("Станом на 20 січня 2023 року надійшло 45 мільйонів.", "uk")] == ["2023-01-20"]


@pytest.mark.parametrize("lang,text,want,not_want", [
    ("uk", "# Хроніка\n\n## Середа, 12 серпня 2020\n\n- **16:00** — у Гомелі помер Олександр, затриманий 9 серпня.\n"
           "- **18:30** — уздовж проспектів вишиковуються ланцюги солідарності.\n",
     ["2020-08-12T16:00", "2020-08-12T18:30"], "2020-08-09T"),
    ("en", "# Chronicle\n\n## Wednesday, 12 August 2020\n\n- **16:00** — In Gomel died Alexander, detained on 9 August.\n"
           "- **18:30** — Women form solidarity chains along the avenues.\n",
     ["2020-08-12T16:00", "2020-08-12T18:30"], "2020-08-09T"),
])
def test_chronology_item_time_takes_its_heading_day(tmp_path, lang, text, want, not_want):
    from rashomon.readers import read_inputs

    f = tmp_path / "c.md"
    f.write_text(text, encoding="utf-8")
    (doc,) = list(read_inputs([str(f)]))
    ws = [e.when for e in PIPE.analyze(doc).events]
    assert all(w in ws for w in want) and not any(w.startswith(not_want) for w in ws)


@pytest.mark.parametrize("lang,first,follow", [
    ("ru", "В субботу, 14 января, ракета попала в жилой дом в Днепре. Погибли не менее 12 человек.",
     "Число погибших в результате удара по дому выросло до 40, сообщила ГСЧС."),
    ("en", "On Saturday, 14 January, a missile hit a block of flats in Dnipro. At least 12 people were killed.",
     "The death toll from the strike on the block rose to 40, the emergency service said."),
])
def test_follow_up_entry_of_a_feed_runs_from_the_first_entrys_start(lang, first, follow):
    a = _analysis(first, lang, "2023-01-15T09:00:00+02:00", doc_id="news.jsonl#dn1")
    b = _analysis(follow, lang, "2023-01-16T10:15:00+02:00", doc_id="news.jsonl#dn2")
    c = _analysis(follow, lang, "2023-01-16T10:15:00+02:00", doc_id="other.txt")  # near miss: not of the feed
    reanchor([a, b, c])
    assert [x.when for x in b.claims if x.value == 40] == ["2023-01-14/2023-01-16"]
    assert [x.when for x in c.claims if x.value == 40] == ["../2023-01-16"]
