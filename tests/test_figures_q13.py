"""Figure grammar, session 8 (q13): buildings left without heat or power or whose heating froze are
damaged (never the residents); people taken prisoner are detained; "под завалом" is missing; "fired on"
is no dismissal; a verdict's execution is a sentence; a list item wrapped over lines is one sentence;
casualties named in quotes with no figure are a vague count for a rumour and its denial.

Each row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be found and
those that must not.
"""

from __future__ import annotations

import pytest
from claims_helpers import check_summary, summary

# (text, lang, must contain, must not contain)
ROWS = [
    # buildings without heat or power, frozen heating, burst radiators
    ("207 көпқабатты үй мен 1000-нан астам жеке үй жылусыз қалған.", "kk",
     [("buildings_damaged", 207, "exact"), ("buildings_damaged", 1000, "more_than")], []),
    ("80-ге жуық үйдің жылу жүйесі қатып қалған.", "kk", [("buildings_damaged", 80, "about")], []),
    ("Кемінде 300 үйдің батареялары жарылған.", "kk", [("buildings_damaged", 300, "at_least")], []),
    ("200-ден астам көпқабатты үй суып қалды.", "kk", [("buildings_damaged", 200, "more_than")], []),
    ("Без тепла залишилися 207 багатоповерхівок і понад тисяча приватних будинків.", "uk",
     [("buildings_damaged", 207, "exact"), ("buildings_damaged", 1000, "more_than")], []),
    ("У 56 будинках замерзли системи опалення.", "uk", [("buildings_damaged", 56, "exact")], []),
    ("Без тепла остались 207 многоэтажек и более тысячи частных домов.", "ru",
     [("buildings_damaged", 207, "exact"), ("buildings_damaged", 1000, "more_than")], []),
    ("В 56 домах замерзли системы отопления.", "ru", [("buildings_damaged", 56, "exact")], []),
    ("Heating systems in 56 apartment buildings were frozen.", "en", [("buildings_damaged", 56, "exact")], []),
    ("More than 200 apartment buildings were left without heat.", "en", [("buildings_damaged", 200, "more_than")], []),
    ("About 300 homes lost power after the storm.", "en", [("buildings_damaged", 300, "about")], []),
    ("Heat has been restored to 160 of the 207 apartment buildings that lost heating.", "en",
     [("buildings_damaged", 207, "exact")], [("buildings_damaged", 160, "exact")]),
    # taken prisoner, captured, held by a court's order
    ("В плен взяты 24 моряка, среди них 2 офицера.", "ru", [("detained", 24, "exact"), ("detained", 2, "exact")], []),
    ("| потери2    = 24 взяты в плен", "ru", [("detained", 24, "exact")], []),
    ("Командувач уточнив, що в полоні опинилися 23 військових моряки.", "uk", [("detained", 23, "exact")], []),
    ("24 теңізші тұтқынға алынды.", "kk", [("detained", 24, "exact")], []),
    ("Russian forces captured 24 sailors.", "en", [("detained", 24, "exact")], []),
    ("Crimean court orders 24 Ukrainian sailors held for two months", "en", [("arrested", 24, "exact")], []),
    ("Rebels captured 3 villages.", "en", [], []),
    # under the rubble (singular), fire opened, present underground, executed by a verdict
    ("Погибли 2 шахтёра, еще 3 горняка остаются под завалом.", "ru", [("killed", 2, "exact"), ("missing", 3, "exact")],
     [("killed", 3, "exact")]),
    ("Загинули 2 шахтарі, ще 3 гірники залишаються під завалом.", "uk", [("missing", 3, "exact")], [("killed", 3, "exact")]),
    ("Border guards fired on and seized three navy vessels.", "en", [], []),
    ("The company fired 300 workers.", "en", [("dismissed", 300, "exact")], []),
    ("Под землёй находились 67 горняков, большинство из них вышли на поверхность.", "ru", [], []),
    ("Під землею перебували 67 гірників, більшість із них вийшли на поверхню.", "uk", [], []),
    ("7 persons were shot by the verdict of court, are condemned in total 105.", "en",
     [("convicted", 7, "exact"), ("convicted", 105, "exact")], [("killed", 7, "exact")]),
    # machine-translated "stood about N persons" (a crowd); a toll that "stood at" stays a toll
    ("In the day on factory stood about 5 thousand persons.", "en", [("participants", 5000, "about")], []),
    ("Nearby stood 300 police officers.", "en", [("deployed", 300, "exact")], [("participants", 300, "exact")]),
    ("The toll stood at 12 dead.", "en", [("killed", 12, "exact")], [("participants", 12, "exact")]),
    ("The number of injured people stood at 45.", "en", [("injured", 45, "exact")], [("participants", 45, "exact")]),
    # dismissals, notices of suspicion
    ("Шахтаның 2 басшысы қызметінен босатылды.", "kk", [("dismissed", 2, "exact")], []),
    ("The bureau served notices of suspicion on two officers.", "en", [("charged", 2, "exact")], []),
    # frostbite, left in the mine
    ("Ондаған адам үсікке шалдықты.", "kk", [("injured", None, "vague")], []),
    ("Ондаған кенші шахтада қалды.", "kk", [("missing", None, "vague")], []),
    ("12 человек получили обморожения.", "ru", [("injured", 12, "exact")], []),
    ("12 людей отримали обмороження.", "uk", [("injured", 12, "exact")], []),
    ("12 people suffered frostbite.", "en", [("injured", 12, "exact")], []),
    # people brought into restoration work
    ("До відновлювальних робіт залучили близько 2 тисяч людей, зокрема військових.", "uk", [("deployed", 2000, "about")], []),
    ("К восстановительным работам привлекли около 2 тысяч человек.", "ru", [("deployed", 2000, "about")], []),
    ("Қалпына келтіру жұмыстарына 2 мыңға жуық адам тартылды.", "kk", [("deployed", 2000, "about")], []),
    ("About 2,000 people were involved in the restoration work.", "en", [("deployed", 2000, "about")], []),
    ("Repair work on 30 houses was finished.", "en", [], []),
    ("More than 1,500 specialists, including 400 military personnel, are working in the city.", "en",
     [("deployed", 1500, "more_than"), ("deployed", 400, "exact")], []),
    ("About 300 workers are working in the city.", "en", [], []),
    # residents are no buildings
    ("About 10,000 people were left without power.", "en", [], []),
    ("Без света остались 10 тысяч жителей.", "ru", [], []),
    ("Без світла залишилися 10 тисяч мешканців.", "uk", [], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROWS, ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_figures_q13(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


# (text, lang, expected (measure, value, qualifier, modality) rows, in order)
RUMOURS = [
    ("В некоторых телеграм-каналах писали о «погибших украинских моряках»; в ВМС Украины назвали эти сообщения ложью.", "ru",
     [("killed", None, "vague", "unconfirmed"), ("killed", None, "vague", "denied")]),
    ("У соцмережах поширювалися повідомлення про «загиблих моряків». Речник ВМС назвав ці чутки неправдивими.", "uk",
     [("killed", None, "vague", "unconfirmed"), ("killed", None, "vague", "denied")]),
    ('Some channels wrote of "dead sailors"; the navy called the reports a lie.', "en",
     [("killed", None, "vague", "unconfirmed"), ("killed", None, "vague", "denied")]),
    ("Әлеуметтік желілерде «ондаған кенші шахтада қалды» деген хабар тарады. Облыс әкімдігі бұл ақпаратты жалған деп атады.", "kk",
     [("missing", None, "vague", "unconfirmed"), ("missing", None, "vague", "denied")]),
    # no report of casualties: a quoted word after no topic word, or no casualty word at all
    ("Газета назвала их «погибшими героями» в 2015 году.", "ru", []),
    ("Писали о «героях», не о жертвах.", "ru", []),
]


@pytest.mark.parametrize(("text", "lang", "rows"), RUMOURS, ids=[f"{r[1]}-{i}" for i, r in enumerate(RUMOURS)])
def test_rumour_in_quotes(text, lang, rows):
    from claims_helpers import extract

    got = [(c.measure, c.value, c.qualifier, c.modality) for c in extract(text, lang)]
    assert got == rows


@pytest.mark.parametrize(("text", "lang", "must"), [
    ("- Звільнено начальника; разом із ним звільнили ще\n2 офіцерів.\nДБР оголосило підозру 2 посадовцям.", "uk",
     [("dismissed", 2, "exact"), ("charged", 2, "exact")]),
    ("Загиблих щонайменше 50, ще близько 30\nвійськових вважаються зниклими безвісти.", "uk",
     [("killed", 50, "at_least"), ("missing", 30, "about")]),
    ("Killed in the blast: 12\ninjured: 40", "en", [("killed", 12, "exact")]),
])
def test_wrapped_line(text, lang, must):
    """A sentence wrapped over lines (a list item whose indent the reader removed) is one sentence."""
    got = summary(text, lang)
    for row in must:
        assert row in got, got


def test_table_rows_stay_apart():
    """Rows of a table of figures are never joined, even when a row starts in lower case."""
    from rashomon.claims import _wrapped

    text = "джерело\tзагиблі\nцентральний\t8\nпівнічний\t22"
    assert not any(_wrapped(text, i, len(text)) for i, ch in enumerate(text) if ch == "\n")
    assert _wrapped("звільнили ще\n2 офіцерів", 12, 23)
    assert not _wrapped("Total 12\n40 more", 8, 16)


def test_segmenter_cut_at_wrapped_line_is_joined():
    """A sentence the segmenter cut at a wrapped line is one sentence again: its denial is found."""
    from claims_helpers import segmented

    text = ("21:10 — Російські Z-канали пишуть, що ракети «знищили понад 200 військових». Центр протидії\n"
            "дезінформації назвав ці дані вигадкою.\n")
    got = [(c.measure, c.value, c.modality) for c in segmented(text, "uk")]
    assert ("killed", 200, "unconfirmed") in got and ("killed", 200, "denied") in got, got


def _events(tmp_path, name: str, text: str) -> list[tuple[str, str]]:
    from rashomon.pipeline import Pipeline
    from rashomon.readers import read_inputs

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    return [(e.when, e.label) for e in Pipeline().analyze(doc).events]


BLOG = ("Novocherkassk 1962: what was hidden (blog, automatic translation)\n\nPosted 02.06.2012\n\n"
        "1.06.1962 in 10.00 hours (Moscow time) workers of the factory stopped work.\n\n"
        "Update 02.06 12.30\nNear the city committee soldiers opened fire.\n\n"
        "Update 1989\nThe newspaper for the first time wrote, that were lost 23 persons.\n\n"
        "In 1994 in the city was established monument. Every year on 2 June hundreds of persons come to the square.\n")


def test_blog_update_headers_are_events(tmp_path):
    """"Update DD.MM HH.MM" and "Update YYYY" alone on a line date the lines under them (labelled by
    them); the page's "Posted" day gives no year to "02.06"; a year-only monument is an event; "Every
    year on 2 June" recurs, no event."""
    got = dict(_events(tmp_path, "blog_en.txt", BLOG))
    assert "1962-06-02T12:30" in got and got["1962-06-02T12:30"].startswith("Near the city committee"), got
    assert got.get("1989", "").startswith("The newspaper"), got
    assert "1994" in got, got
    assert not any(w.startswith("2012") for w in got), got
    assert "1962-06-02" not in got, got


def test_recurrence_and_weather_are_no_events(tmp_path):
    got = [w for w, _ in _events(tmp_path, "kk.txt", "Жылу жоқ\n\nСенбі күні, 26 қарашада 2022 жылы қазандықтар тоқтады. "
                                 "Жергілікті уақыт бойынша сағат 22:00-де ауа температурасы минус 30 градусқа дейін төмендеді. "
                                 "Жыл сайын 2 маусымда алаңға жүздеген адам келеді.\n")]
    assert "2022-11-26" in got, got
    assert not any("T22:00" in w for w in got), got
    assert not any(w.endswith("06-02") for w in got), got


def test_publication_year_is_no_event(tmp_path):
    got = [w for w, _ in _events(tmp_path, "ru.txt", "Расстрел\n\n2 июня 1962 года войска открыли огонь. По данным прокуратуры, "
                                 "опубликованным в 1992 году, погибли 26 человек. В 1996 году президент подписал указ о реабилитации осуждённых.\n")]
    assert "1992" not in got, got
    assert "1996" in got, got


def test_daypart_before_a_day_is_that_days(tmp_path):
    """"Вранці у вівторок, 17 травня 2022 року" after a page's "Оновлено 3 червня 2022 р.": the
    morning is the 17 May's, no event on 3 June."""
    got = [w for w, _ in _events(tmp_path, "uk.md", "# Удар: хроніка\n\n*Час — київський (UTC+3). Оновлено 3 червня 2022 р.*\n\n"
                                 "Вранці у вівторок, 17 травня 2022 року, ракети влучили по навчальному центру.\n")]
    assert "2022-05-17" in got, got
    assert "2022-06-03" not in got, got


def test_singular_in_quotes_is_no_vague_rumour():
    """«погибшем ... студенте» names one person: no vague rumour, and "шахтада қалған 46 кенші" (the
    participle) only names the miners left in the mine."""
    from claims_helpers import summary as s

    assert ("killed", None, "vague") not in s("В соцсетях распространялись сообщения о «погибшем на Болотной» студенте.", "ru")
    assert ("missing", 46, "exact") not in s("Ресей ТЖМ шахтада қалған 46 кенші мен алты құтқарушының тірі қалу мүмкіндігі жоқ екенін хабарлады.", "kk")


def test_daypart_before_a_weekday_alone_is_left_to_the_weekday(tmp_path):
    got = [w for w, _ in _events(tmp_path, "uk2.md", "# Удар\n\nУ вівторок, 16 квітня 2024 року, ракети влучили в центр міста.\n\n"
                                 "Ввечері в середу до центру міста прийшли сотні людей.\n")]
    assert "2024-04-16" in got, got


def test_quoted_words_name_no_year_event(tmp_path):
    """"Очевидцы говорили о «сотнях убитых»; комиссия в 1992 году эти данные не подтвердила": the kind
    of event is only in the quote, so the year is no event."""
    got = [w for w, _ in _events(tmp_path, "ru2.txt", "Расстрел\n\n2 июня 1962 года войска открыли огонь. Очевидцы говорили о "
                                 "«сотнях убитых»; комиссия в 1992 году эти данные не подтвердила.\n")]
    assert "1992" not in got, got


def test_a_source_name_read_across_a_wrapped_line_is_one_line():
    from rashomon.model import Source

    assert Source("Центр протидії\n  дезінформації", "official").name == "Центр протидії дезінформації"
    assert Source("МВС", "official").name == "МВС"
