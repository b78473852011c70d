"""Session 6 quality round 1 of the time stage: years of year-less documents, tolls of year-less texts.

A document with no year of its own takes, for its days, one year: the one the most of its days can
have among those other documents give them, and a day stated with its weekday only a year in which it
falls on that weekday (`rashomon.time.years`). A year-less text's toll that rose on a later day runs
from the event's first day (``--07-08/--07-09``), as a dated one does. A kk relative day after a dative
noun ("Наразылыққа бір күн бұрын": a day before the protest) counts from the story's day.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline
from rashomon.time.years import stated_weekday
from rashomon.timeline import reanchor

PIPE = Pipeline()


def _analyze(id_: str, text: str, lang: str, published: str | None = None):
    return PIPE.analyze(Document(id=id_, path=id_, text=text, lang=lang, published=published))


@pytest.mark.parametrize("text,weekday", [
    ("Monday, 11 July", 1), ("on Friday, 8 July", 5), ("у понеділок, 8 липня", 1), ("Вівторок, 9 липня", 2),
    ("в воскресенье, 18 февраля", 7), ("Дүйсенбі күні, 11 шілдеде", 1), ("Жұма күні, 22 ақпанда", 5),
    ("11 July", None), ("on Monday", None), ("Дүйсенбі күні", None),
])
def test_stated_weekday(text, weekday):
    assert stated_weekday(text) == weekday


# Two stories on the same days of July in different years: five reports give 2024, one gives 2011.
_NEWER = [
    ("n1", "A missile hit the hospital on 8 July 2024. On 9 July 2024 a day of mourning was declared.", "en"),
    ("n2", "8 июля 2024 года ракета попала в больницу. 12 июля 2024 года объявлено подозрение.", "ru"),
    ("n3", "8 липня 2024 року ракета влучила в лікарню. 9 липня 2024 року оголошено жалобу.", "uk"),
    ("n4", "On 8 July 2024 the strike killed 2 adults in the hospital.", "en"),
]
_OLDER = ("o1", "On 1 July 2011 gunmen shot two policemen near the village. On 8 July 2011 a special "
                "operation began. On 12 July 2011 the funeral was held.", "en")


@pytest.mark.parametrize("text,lang,day,expected", [
    # the days of one story share a year; Monday 11 July fell in 2011, not in 2024
    ("Ауыл маңында 8 шілдеде арнайы операция өтті. Шілденің басында, 1 шілдеде, екі полицей өлтірілген. "
     "Дүйсенбі күні, 11 шілдеде, қоштасу рәсімі өтті.", "kk", "8 шілдеде", "2011-07-08"),
    ("Near the village a special operation took place on 8 July. Earlier, on 1 July, two policemen were "
     "shot. On Monday, 11 July, the funeral was held.", "en", "8 July", "2011-07-08"),
    ("Возле посёлка 8 июля прошла спецоперация. В начале месяца, 1 июля, были убиты двое полицейских. "
     "В понедельник, 11 июля, прошли похороны.", "ru", "8 июля", "2011-07-08"),
    ("Біля селища 8 липня відбулася спецоперація. На початку місяця, 1 липня, було вбито двох поліцейських. "
     "У понеділок, 11 липня, відбувся похорон.", "uk", "11 липня", "2011-07-11"),
    # one day alone with its weekday: the year it falls on that weekday in
    ("Вечером в пятницу, 8 июля, в посёлке прошла спецоперация.", "ru", "8 июля", "2011-07-08"),
    ("On Monday, 8 July, a missile hit the hospital.", "en", "8 July", "2024-07-08"),
    # no weekday, one day: the year most documents give it, as before
    ("A missile hit the hospital on 8 July.", "en", "8 July", "2024-07-08"),
])
def test_document_takes_one_year(text, lang, day, expected):
    analyses = [_analyze(i, t, lg) for i, t, lg in _NEWER] + [_analyze(*_OLDER)]
    me = _analyze("x", text, lang)
    reanchor([*analyses, me])
    got = [t.value[:10] for t in me.timexes if t.text.endswith(day) or t.text == day]
    assert got and got[0] == expected, [(t.text, t.value) for t in me.timexes]


@pytest.mark.parametrize("text,lang,claim", [
    # a toll that rose on the next day, in a text with no year: from the event's day up to that day
    ("У понеділок, 8 липня, ракета влучила в лікарню.\n\nНаступного дня кількість загиблих зросла до 33.",
     "uk", ("killed", 33, "--07-08/--07-09")),
    ("В понедельник, 8 июля, ракета попала в больницу.\n\nНа следующий день число погибших выросло до 33.",
     "ru", ("killed", 33, "--07-08/--07-09")),
    ("On Monday, 8 July, a missile hit the hospital.\n\nThe next day the death toll rose to 33.",
     "en", ("killed", 33, "--07-08/--07-09")),
    # the day the toll was said, after the eve of it: the count covers both
    ("Кількість загиблих унаслідок удару по селищу зросла до 25, повідомила ДСНС у четвер, 25 серпня.\n\n"
     "Напередодні ввечері залізниця повідомляла про 22 загиблих.", "uk", ("killed", 25, "--08-24/--08-25")),
    ("Число погибших при ударе по посёлку выросло до 25, сообщила ГСЧС в четверг, 25 августа.\n\n"
     "Накануне вечером железная дорога сообщала о 22 погибших.", "ru", ("killed", 25, "--08-24/--08-25")),
])
def test_yearless_toll_runs_from_the_start(text, lang, claim):
    got = [(c.measure, c.value, c.when) for c in _analyze("t", text, lang).claims]
    assert claim in got, got


@pytest.mark.parametrize("text,expected", [
    # "a day before the protest": from the story's day (22 February), not the report's (23 February)
    ("Жамбыл облысы, 23 ақпан 2019 жыл. Жұма күні, 22 ақпанда, Жаңатас қаласында тұрғындар әкімдіктің "
     "алдына жиналды.\n\nНаразылыққа бір күн бұрын құрылыс алаңында төбелес болды. Полиция департаментінің "
     "хабарлауынша, төбелесте 4 адам жарақат алды.", "2019-02-21"),
    # the eve of the report, no noun before it: the day before the report, as before
    ("Жамбыл облысы, 23 ақпан 2019 жыл. Жұма күні, 22 ақпанда, тұрғындар жиналды.\n\n"
     "Облыс әкімі халықпен кездесті. Бір күн бұрын полиция 4 адамды ұстады.", "2019-02-22"),
])
def test_kk_day_before_a_named_event(text, expected):
    a = _analyze("t", text, "kk")
    got = [t.value for t in a.timexes if "бір күн бұрын" in t.text.casefold()]
    assert got == [expected], [(t.text, t.value) for t in a.timexes]


# -- timeline: weekdays alone, status times of tables, rows of a table of sources -----------------------

def _events(text: str, lang: str, published: str | None = None):
    a = _analyze("t", text, lang, published)
    return [e.when for e in a.events]


@pytest.mark.parametrize("text,lang,expected", [
    # a weekday alone after a year-less day stated with its weekday: counted from that day
    ("Қызляр қаласында жексенбі күні, 18 ақпанда, қарулы адам шіркеу маңында оқ атты.\n\n"
     "Дүйсенбі күні қалада аза тұту күні жарияланды.", "kk", ["--02-18", "--02-19"]),
    ("В Кизляре в воскресенье, 18 февраля, мужчина открыл огонь у храма.\n\n"
     "В понедельник в городе объявили траур.", "ru", ["--02-18", "--02-19"]),
    ("У Кизлярі в неділю, 18 лютого, чоловік відкрив вогонь біля храму.\n\n"
     "У понеділок у місті оголосили жалобу.", "uk", ["--02-18", "--02-19"]),
    ("In Kizlyar on Sunday, 18 February, a gunman opened fire outside a church.\n\n"
     "On Monday the town declared mourning.", "en", ["--02-18", "--02-19"]),
])
def test_weekday_alone_after_a_yearless_weekday_day(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    # a weekday repeating the sentence's day, in a page revised years later: that day, not the revision's week
    ("В воскресенье, 18 февраля 2018 года, около 16:20 мужчина открыл огонь по прихожанам после вечерней "
     "службы в Прощёное воскресенье.", "ru"),
    ("У неділю, 18 лютого 2018 року, близько 16:20 чоловік відкрив вогонь по парафіянах після недільної "
     "служби у неділю.", "uk"),
    ("On Sunday, 18 February 2018, at about 16:20 a gunman opened fire on worshippers leaving the "
     "service on Sunday.", "en"),
])
def test_weekday_repeating_the_story_day(text, lang):
    a = _analyze("t", text, lang, "2021-02-18")
    assert {t.value[:10] for t in a.timexes} == {"2018-02-18"}, [(t.text, t.value) for t in a.timexes]
    assert [e.when[:10] for e in a.events] == ["2018-02-18"]


def test_weekday_counted_from_the_report_as_before():
    # "said on Wednesday" in a report dated that Wednesday: still the report's day
    a = _analyze("t", "TARAZ, Jan 20 - A court on Wednesday convicted 12 people over the February 2020 unrest.",
                 "en", "2021-01-20")
    assert [(t.text, t.value, t.anchor) for t in a.timexes if t.text == "Wednesday"] == \
        [("Wednesday", "2021-01-20", "published")]


def _read(tmp_path, name: str, text: str):
    from rashomon.readers import read_inputs

    (tmp_path / name).write_text(text, encoding="utf-8")
    doc = next(iter(read_inputs([str(tmp_path / name)])))
    return PIPE.analyze(doc)


@pytest.mark.parametrize("name,text,expected", [
    # a table's caption giving the status time of its figures: an event at that time; the header row none
    ("a.md", "A missile hit the hospital on 8 July 2024.\n\n## Casualties of the attack, 8 July 2024 "
     "(as of 09:00, 9 July)\n\n| Site | Killed | Injured |\n|---|---|---|\n| Hospital | 2 | 16 |\n",
     ["2024-07-08", "2024-07-09T09:00"]),
    ("b.md", "Ракета влучила в лікарню 8 липня 2024 року.\n\n## Втрати внаслідок удару, 8 липня 2024 року "
     "(станом на 09:00 9 липня)\n\n| Місце | Загиблі | Поранені |\n|---|---|---|\n| Лікарня | 2 | 16 |\n",
     ["2024-07-08", "2024-07-09T09:00"]),
    ("c.md", "Ракета попала в больницу 8 июля 2024 года.\n\n## Потери, 8 июля 2024 года (по состоянию на "
     "09:00 9 июля)\n\n| Место | Погибли | Ранены |\n|---|---|---|\n| Больница | 2 | 16 |\n",
     ["2024-07-08", "2024-07-09T09:00"]),
    # a caption's day alone: no event; nor for the header row under it
    ("d.md", "A missile hit the hospital on 8 July 2024.\n\n## Casualties, 9 July 2024\n\n"
     "| Site | Killed | Injured |\n|---|---|---|\n| Hospital | 2 | 16 |\n", ["2024-07-08"]),
    # a row of a table of sources: the day a source gave its figures ("понад 200" is a figure) is no event
    ("e.md", "Ракета влучила в станцію 24 серпня 2022 року.\n\n| Джерело | Дата | Загиблі |\n|---|---|---|\n"
     "| ДСНС | 25 серпня | 25 |\n| Міноборони РФ | 25 серпня | понад 200 |\n", ["2022-08-24"]),
    ("f.md", "A missile hit the station on 24 August 2022.\n\n| Source | Date | Killed |\n|---|---|---|\n"
     "| Russian MoD | 25 August | more than 200 |\n", ["2022-08-24"]),
])
def test_table_status_and_rows(tmp_path, name, text, expected):
    assert [e.when for e in _read(tmp_path, name, text).events] == expected
