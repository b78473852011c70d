"""Figures, round 28: invented sentences. A table row whose label is a noun and its participle
("Rescuers deployed | about 160") counts that noun; an organisation's own dead ("We lost 14 people",
"we mourn 30 of our colleagues"); forces and helpers on duty are deployed; the attackers' strength is
the raid's participants; "дүниеден өтті" is a death; a person's age ("he was 63") is no count."""

from __future__ import annotations

import pytest
from claims_helpers import segmented


def _got(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.qualifier) for c in segmented(text, lang)]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Statement on Tarvo.\n\n| Rescuers deployed | about 160 |\n| Police deployed | 200 |\n", "en",
     [("deployed", 160, "about"), ("deployed", 200, "exact")]),
    ("Tarvo mine.\n\nRescuers deployed: 160\n", "en", [("deployed", 160, "exact")]),
    ("Отчёт по Заречью.\n\n| Полицейских задействовано | около 300 |\n", "ru", [("deployed", 300, "about")]),
    ("Звіт щодо Заріччя.\n\nРятувальників залучено: 170\n", "uk", [("deployed", 170, "exact")]),
])
def test_label_noun_and_participle(text, lang, want):
    assert _got(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Tarvo mine: we mourn 30 of our colleagues", "en", [("killed", 30, "exact")]),
    ("We lost 14 people that night.", "en", [("killed", 14, "exact")]),
    ("The company mourns 12 of its miners.", "en", [("killed", 12, "exact")]),
    ("The club lost 3 matches in March.", "en", []),
    ("The firm lost 40 jobs.", "en", []),
])
def test_own_dead(text, lang, want):
    assert _got(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("На вокзалі Дубрівки чергують понад 300 міліціонерів.", "uk", ("deployed", 300, "more_than")),
    ("У штабі чергують 40 психологів і лікарів.", "uk", ("deployed", 40, "exact")),
    ("На вокзале Заречья дежурят более 300 полицейских.", "ru", ("deployed", 300, "more_than")),
    ("В штабе дежурили 25 врачей и психологов.", "ru", ("deployed", 25, "exact")),
    ("25 doctors and psychologists were on duty at the centre.", "en", ("deployed", 25, "exact")),
    ("Орталықта 25 дәрігер мен психолог кезекшілік атқарды.", "kk", ("deployed", 25, "exact")),
])
def test_on_duty_deployed(text, lang, want):
    assert _got(text, lang) == [want]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("По словам губернатора, нападавших было «около 150».", "ru", [("participants", 150, "about")]),
    ("Нападавших было убито 12.", "ru", [("killed", 12, "exact")]),
    ("Ватажок стверджував, що нападників було понад 400.", "uk", [("participants", 400, "more_than")]),
    ("The governor said the attackers numbered about 150.", "en", [("participants", 150, "about")]),
    ("Әкімнің айтуынша, шабуылдаушылардың саны 150-ге жуық болған.", "kk", [("participants", 150, "about")]),
])
def test_attackers_strength(text, lang, want):
    assert _got(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Төраға ликвидаторлардың 3 мыңнан астамы дүниеден өткенін айтты.", "kk", [("killed", 3000, "more_than")]),
    ("My uncle died in 2011, he was 63. 12 people died.", "en", [("killed", 12, "exact")]),
    ("Дядя умер в 2011 году, ему было 63. Погибли 12 человек.", "ru", [("killed", 12, "exact")]),
    ("Дядько помер у 2011 році, йому було 63. Загинули 12 людей.", "uk", [("killed", 12, "exact")]),
])
def test_death_and_age(text, lang, want):
    assert _got(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("My father was one of about 9,000 liquidators.", "en", [("deployed", 9000, "about")]),
    ("В Заречье работали 8 тысяч ликвидаторов.", "ru", [("deployed", 8000, "exact")]),
    ("Він був одним із 9 тисяч ліквідаторів.", "uk", [("deployed", 9000, "exact")]),
    ("Апат салдарын жоюға 9 мыңға жуық ликвидатор қатысты.", "kk", [("deployed", 9000, "about")]),
])
def test_liquidators_deployed(text, lang, want):
    assert _got(text, lang) == want


@pytest.mark.parametrize(("text", "lang"), [
    ("Бүгінде тірі ликвидаторлардың саны 5 мыңға жуық.", "kk"),
    ("Сегодня живых ликвидаторов около 5 тысяч.", "ru"),
    ("Сьогодні живих ліквідаторів близько 5 тисяч.", "uk"),
])
def test_living_liquidators_no_count(text, lang):
    assert _got(text, lang) == []
