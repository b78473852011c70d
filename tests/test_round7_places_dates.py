"""Round 7 quick fixes of places and dates (devset7 failures, general patterns).

Table cells are separate: a day and month never take the next cell's number as day or year; a
dateline's day does not swallow the story's own day right after it; a date between a verb of saying
and "that" dates the saying; a day named in a sentence that states no figure dates a later count in
its paragraph only as "up to" the report's day; an organisation named as a site ("... ГЕС", "...
mine") is a place; the place nearest to the figure counts from its nearer edge.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.model import Mention
from rashomon.pipeline import Pipeline
from rashomon.time.grammar import scan
from rashomon.time.saying import said_on

PIPE = Pipeline()


def _claims(text: str, lang: str, published: str | None = None):
    doc = Document(id="t", path="t", text=text, lang=lang, published=published)
    return PIPE.analyze(doc).claims


def _claim(text: str, lang: str, value: int, published: str | None = None):
    got = [c for c in _claims(text, lang, published) if c.value == value]
    assert got, f"no claim of {value}"
    return got[0]


# -- table cells ---------------------------------------------------------------------------------

@pytest.mark.parametrize("row,date", [
    ("ООН (моніторингова місія)\t2 травня\t23\t17", "2 травня"),
    ("ООН\t2 мая\t23\t17", "2 мая"),
    ("UN mission\t2 May\t23\t17", "2 May"),
    ("БҰҰ\t2 мамыр\t23\t17", "2 мамыр"),
    ("UN mission\tMay\t23\t17", "May"),
])
def test_a_date_cell_does_not_swallow_the_next_cell(row, date):
    texts = {row[h.start:h.end] for h in scan(row)}
    assert date in texts
    assert not any("\t" in t for t in texts)


@pytest.mark.parametrize("text,date", [
    ("2 травня 2023 року", "2 травня 2023"),
    ("May 2, 2023", "May 2, 2023"),
    ("2 мая", "2 мая"),
])
def test_ordinary_dates_still_read(text, date):
    assert any(text[h.start:h.end].startswith(date) for h in scan(text))


# -- dateline and the story's day -----------------------------------------------------------------

@pytest.mark.parametrize("text,lang,value,when", [
    ("Наразылық\n\nНұр-Сұлтан, 10 маусым. 9 маусым, жексенбі күні, көшелерге наразылық білдірушілер шықты. "
     "Министрдің айтуынша, 500-ге жуық адам ұсталды.", "kk", 500, "--06-09"),
    ("Протесты\n\nАлматы, 10 июня. 9 июня, в воскресенье, на улицы вышли протестующие. "
     "По словам замминистра, задержаны около 500 человек.", "ru", 500, "--06-09"),
    ("Протести\n\nАлмати, 10 червня. 9 червня, у неділю, на вулиці вийшли протестувальники. "
     "За словами заступника міністра, затримано близько 500 осіб.", "uk", 500, "--06-09"),
])
def test_dateline_does_not_swallow_the_next_day(text, lang, value, when):
    assert _claim(text, lang, value).when == when


# -- said on <date> that ... ----------------------------------------------------------------------

@pytest.mark.parametrize("text,date,expected", [
    ("The mission said on 2 May 2023 that it had verified 23 deaths.", "2 May 2023", True),
    ("Миссия заявила 2 мая, что погибли 23 человека.", "2 мая", True),
    ("Місія заявила 2 травня, що загинули 23 людини.", "2 травня", True),
    ("On 2 May 2023 the strike killed 23 people.", "2 May 2023", False),
    ("Police said 23 people died on 2 May 2023 in the strike.", "2 May 2023", False),
    ("Миссия заявила, что 2 мая погибли 23 человека.", "2 мая", False),
])
def test_said_on_date_that(text, date, expected):
    i = text.index(date)
    assert said_on(text, (i, i + len(date))) is expected


def test_said_on_date_does_not_date_the_deaths():
    text = ("Strike on a town\n\nA missile hit a block of flats on 28 April 2023. "
            "The mission said on 2 May 2023 that it had verified the deaths of 23 civilians.")
    assert _claim(text, "en", 23, "2023-05-03").when != "2023-05-02"


# -- a day of another action before a running count -----------------------------------------------

@pytest.mark.parametrize("text,lang,value,when", [
    ("Число погибших достигло 23\n\nВ субботу, 29 апреля, спасатели завершили поисковую операцию. "
     "По данным ГСЧС, погибли 23 человека.", "ru", 23, "../2023-04-29"),
    ("Кількість загиблих зросла до 23\n\nУ суботу, 29 квітня, рятувальники завершили пошукову операцію. "
     "За даними ДСНС, загинули 23 людини.", "uk", 23, "../2023-04-29"),
])
def test_report_day_of_another_action_bounds_the_count(text, lang, value, when):
    assert _claim(text, lang, value, "2023-04-29T16:05:00+03:00").when == when


def test_day_of_a_sentence_with_a_figure_still_dates_the_next_count():
    text = ("Удар\n\nРакетный удар по дому в пятницу утром унес жизни не менее 19 человек. Еще 17 человек ранены.")
    assert _claim(text, "ru", 17, "2023-04-28T14:20:00+03:00").when == "2023-04-28"


# -- places ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,facility", [
    ("Саяно-Шушенській ГЕС", True),
    ("Саяно-Шушенской ГЭС", True),
    ("Bogatyr mine", False),  # not in entity_facilities: mines are landmarks of the entity tagger
    ("Kredmash plant", True),
    ("ГЭС", False),
    ("Слідчий комітет Росії", False),
])
def test_facility_org_is_a_site(text, facility):
    from rashomon.claims.context import _facility

    m = Mention(doc="t", span=(0, len(text)), text=text, type="org")
    assert _facility(m) is facility


@pytest.mark.parametrize("text,lang,value,place", [
    ("По данным МВД, задержаны 478 человек, из них в Алматы — 225, в Нур-Султане — 253.", "ru", 225, "Almaty"),
    ("По данным МВД, в Нур-Султане задержаны 225 человек в ходе акций.", "ru", 225, "Astana"),
    ("За даними МВС, затримано 478 осіб, з них в Алмати — 225, у Києві — 253.", "uk", 225, "Almaty"),
])
def test_place_in_the_figures_own_phrase(text, lang, value, place):
    assert _claim(text, lang, value).place == place


@pytest.mark.parametrize("text,lang,value", [
    ("Наразылық\n\nНұр-Сұлтан, 10 маусым. 9 маусым, жексенбі күні, көшелерге наразылық білдірушілер шықты.\n\n"
     "Құқық қорғау органдарының 5 қызметкері жарақат алды.\n\n"
     "Дүйсенбі күні, 10 маусымда, акциялар қайта басталды. ІІМ дерегі бойынша, 10 маусымда тағы 200 адам ұсталды.",
     "kk", 5),
    ("Протесты\n\nАлматы, 10 июня. 9 июня, в воскресенье, на улицы вышли протестующие.\n\n"
     "Пострадали 5 сотрудников полиции.\n\n"
     "В понедельник, 10 июня, акции возобновились. По данным МВД, 10 июня задержаны еще 200 человек.",
     "ru", 5),
])
def test_lead_day_before_the_report_day_is_the_event(text, lang, value):
    when = _claim(text, lang, value).when
    assert when is not None and when.startswith("--06-09")
