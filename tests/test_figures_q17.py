"""Figure grammar, session 10 (devset18 + devset19 round): zero as a value also when it answers a
rumour (the denial still echoes the rumour's figure), "both"/«оба»/«обидва» as two before a counted
noun, drivers and survivors as counted people, machine-translated English ("told about N persons",
"say was N and more", "Were overturned 5 cars", "there are N persons" in hospitals), people admitted
to hospital, surrendered or turned in, forces mobilised, brought in or joining a search, a side that
"lost" N soldiers, the Kazakh transitive "өлтіргенін", trucks as vehicles, groups as no count of
people, "beaten to death", table columns of prisoners and rows labelled by a group of people, and a
headline's count as no damage heading over a table.

Each row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be found
and those that must not (``[]`` for "no claim at all").
"""

from __future__ import annotations

import functools

import pytest
from claims_helpers import check_summary, extract

# (text, lang, must contain, must not contain)
ROWS = [
    # zero answers a rumour and is a value of its own
    ('Some people in forum write "three dead in vegetable base", the police said it is the lie, nobody was killed.', "en",
     [("killed", 3, "exact"), ("killed", 0, "exact")], []),
    ('Reports circulating online that "two protesters died in hospital" are false. We found no deaths.', "en",
     [("killed", 0, "exact")], []),
    ("У соцмережах писали про «загиблих студентів». У МВС це назвали вигадкою: «загиблих немає».", "uk",
     [("killed", None, "vague"), ("killed", 0, "exact")], []),
    ("В интернете писали о гибели двух жителей. В ГУВД их назвали «провокацией» и заверили, что погибших нет.", "ru",
     [("killed", 2, "exact"), ("killed", 0, "exact")], []),
    ("Әлеуметтік желілерде 5 адам қаза тапты деп жазды. Әкімдік бұл ақпаратты жалған деп атады: қаза тапқандар жоқ.", "kk",
     [("killed", 0, "exact")], []),
    # ... but "no other deaths" after a toll, and "no deaths" after a rumour of one death (its denial), are no zero
    ("Погибли 2 человека. Других погибших нет.", "ru", [("killed", 2, "exact")], [("killed", 0, "exact")]),
    ("Загинули 2 людини. Інших загиблих немає.", "uk", [("killed", 2, "exact")], [("killed", 0, "exact")]),
    ("Two people died. No other deaths were reported.", "en", [("killed", 2, "exact")], [("killed", 0, "exact")]),
    ("В соцсетях писали о гибели одного студента, но в МВД заявили, что погибших нет.", "ru",
     [("killed", 1, "exact")], [("killed", 0, "exact")]),
    # a zero phrase is never part of a speaker's name
    ("Полиция ешкімді ұстамағанын мәлімдеді.", "kk", [("detained", 0, "exact")], []),
    ('The forums write "10 lost in the night", but the prosecutor office said it is the rumors, nobody was lost in the night.', "en",
     [("killed", 10, "exact"), ("killed", 0, "exact")], []),
    ("Over 300 people lost their homes.", "en", [], []),
    # "both" is two before a counted noun, not before "X and Y" nor "sides"
    ("A court on Saturday ordered the arrest of both drivers.", "en", [("arrested", 2, "exact")], []),
    ("Both police and protesters were injured.", "en", [], []),
    ("Both sides reported casualties.", "en", [], []),
    ("Оба водителя автобуса задержаны.", "ru", [("detained", 2, "exact")], []),
    ("С обеих сторон погибли 20 человек.", "ru", [("killed", 20, "exact")], [("killed", 2, "exact")]),
    ("Поліція затримала обох водіїв автобуса.", "uk", [("detained", 2, "exact")], []),
    ("Both were charged in absentia in November 2023.", "en", [("charged", 2, "exact")], []),
    ("Обидва були затримані.", "uk", [("detained", 2, "exact")], []),
    ("У жовтні обох затримано не було: вони перебували на окупованій території.", "uk", [], []),
    ("Оба водителя не пострадали.", "ru", [], []),
    ("Both drivers were not hurt.", "en", [], []),
    ("Полиция автобустың 2 жүргізушісін ұстады.", "kk", [("detained", 2, "exact")], [("vehicles_damaged", 2, "exact")]),
    ("One survivor was taken to hospital with burns.", "en", [("injured", 1, "exact")], []),
    # machine-translated English
    ("Near the council gathered people. Police told about 1000 persons, but people on place say was 5000 and more.", "en",
     [("participants", 1000, "exact"), ("participants", 5000, "at_least")], []),
    ("According to the militia, on the square gathered about 5000 persons. The fan organizations speak about 50 thousand persons.", "en",
     [("participants", 5000, "about"), ("participants", 50000, "exact")], []),
    ("Ten were killed and more than 20 injured.", "en", [("killed", 10, "exact"), ("injured", 20, "more_than")], []),
    ("Were overturned 5 cars, by eyewitnesses.", "en", [("vehicles_damaged", 5, "exact")], []),
    ("Перевернуты 5 автомобилей.", "ru", [("vehicles_damaged", 5, "exact")], []),
    ("Перекинуто 5 автомобілів.", "uk", [("vehicles_damaged", 5, "exact")], []),
    ("5 көлік аударылды.", "kk", [("vehicles_damaged", 5, "exact")], []),
    ("In the hospitals of Moscow there are 26 persons, from them 3 in heavy condition.", "en", [("injured", 26, "exact")], []),
    ("В больницах Москвы находятся 26 человек.", "ru", [("injured", 26, "exact")], []),
    # hospital admissions, surrender, mobilisation, forces brought in or joining a search
    ("35 people were admitted to hospitals, 4 of them in serious condition.", "en", [("injured", 35, "exact")], []),
    ("About 60 Ukrainian servicemen have surrendered.", "en", [("detained", 60, "about")], []),
    ("Близько 60 військових здалися в полон.", "uk", [("detained", 60, "about")], []),
    ("Двоє бійців самі прийшли до міліції; їх затримано.", "uk", [("detained", 2, "exact")], [("participants", 2, "exact")]),
    ("Двое бойцов сами пришли в милицию; их задержали.", "ru", [("detained", 2, "exact")], [("participants", 2, "exact")]),
    ("200-ден астам әскери қызметші мен полиция қызметкері жұмылдырылды.", "kk", [("deployed", 200, "more_than")], []),
    ("More than 1,000 soldiers and police officers joined the search for the missing man.", "en",
     [("deployed", 1000, "more_than")], [("missing", 1000, "more_than")]),
    ("К поиску пропавшего присоединились более 1000 военных и полицейских.", "ru",
     [("deployed", 1000, "more_than")], [("missing", 1000, "more_than")]),
    ("До пошуків зниклого долучилися понад 1000 військових.", "uk",
     [("deployed", 1000, "more_than")], [("missing", 1000, "more_than")]),
    ("To the square brought more than 2000 militiamen and OMON.", "en", [("deployed", 2000, "more_than")], []),
    ("На площадь стянули более 2 тысяч сотрудников милиции и ОМОН.", "ru", [("deployed", 2000, "more_than")], []),
    ("До міста стягнули понад 500 поліцейських.", "uk", [("deployed", 500, "more_than")], []),
    ("One conscript, Ivan Petrov, was missing, the service said.", "en", [("missing", 1, "exact")], []),
    # killing: a side that lost soldiers, the transitive Kazakh verb, beaten to death
    ("Tajikistan lost at least 23 soldiers.", "en", [("killed", 23, "at_least")], []),
    ("Таджикистан втратив щонайменше 23 військових.", "uk", [("killed", 23, "at_least")], []),
    ("Таджикистан потерял не менее 23 военных.", "ru", [("killed", 23, "at_least")], []),
    ("The company lost 5 cars in the flood.", "en", [], [("killed", 5, "exact")]),
    ("Ол 15 адамды өзі өлтіргенін мойындаған.", "kk", [("killed", 15, "exact")], []),
    ("Трое молодых людей были избиты до смерти.", "ru", [("killed", 3, "exact")], [("injured", 3, "exact")]),
    ("Трьох молодих людей побили до смерті.", "uk", [("killed", 3, "exact")], [("injured", 3, "exact")]),
    # trucks are vehicles; groups are no count of people
    ("За даними військових, знищено 2 вантажівки, ще кілька машин пошкоджено.", "uk",
     [("vehicles_damaged", 2, "exact"), ("vehicles_damaged", None, "vague")], []),
    ("Уничтожены 2 грузовика.", "ru", [("vehicles_damaged", 2, "exact")], []),
    ("Militants destroyed 2 trucks.", "en", [("vehicles_damaged", 2, "exact")], []),
    ("У місті працюють 3 слідчо-оперативні групи.", "uk", [], []),
    ("В городе работают 3 следственно-оперативные группы.", "ru", [], []),
    ("Three investigative groups are working in the city.", "en", [], []),
    ("Нейтрализованы 8 членов преступных группировок.", "ru", [("killed", 8, "exact")], []),
    # losing contact with people: missing, not "lost" dead
    ("The army lost contact with 20 soldiers.", "en", [("missing", 20, "exact")], [("killed", 20, "exact")]),
    ("Армия потеряла связь с 20 военными.", "ru", [("missing", 20, "exact")], [("killed", 20, "exact")]),
    # equipment sent is no damage
    ("Құтқару жұмыстарына 40-қа жуық құтқарушы мен 12 бірлік техника тартылды.", "kk",
     [("deployed", 40, "about")], [("vehicles_damaged", 12, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROWS)
def test_figure(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


def test_zero_after_a_denial_keeps_the_denial_row():
    """A denier's zero ("назвав це вигадкою: «загиблих немає»") is a claim of zero, asserted, and the
    denial still adds a denied claim of the rumour's figure."""
    text = "Опозиційні сайти написали про загибель двох протестувальників. Прем'єр-міністр назвав це вигадкою: «загиблих немає»."
    got = [(c.measure, c.value, c.modality) for c in extract(text, "uk")]
    assert ("killed", 0, "asserted") in got, got
    assert ("killed", 2, "denied") in got, got


def test_zero_is_asserted_after_a_rumour_word():
    """"In the GUVD named this as the rumors, nobody was killed": the zero is the denier's own count."""
    text = 'In the social networks write "not less than 5 killed on the metro". In the GUVD named this as the rumors, nobody was killed.'
    got = [(c.measure, c.value, c.modality) for c in extract(text, "en")]
    assert ("killed", 0, "asserted") in got, got
    assert ("killed", 5, "unconfirmed") in got, got


@functools.cache
def _pipeline():
    from rashomon.pipeline import Pipeline

    return Pipeline()


def _doc_claims(tmp_path, name: str, text: str):
    from rashomon.readers import read_inputs

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    return _pipeline().analyze(doc).claims


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("uk.md", "## Зведена таблиця\n\n| Джерело | Загиблі | Поранені | Полонені | Зниклі |\n|---|---|---|---|---|\n"
              "| Комісія | щонайменше 241 | — | понад 300 | — |\n| Прокуратура | 366 | 429 | 128 | 158 |\n",
     [("killed", 241, "at_least"), ("detained", 300, "more_than"), ("detained", 128, "exact"), ("missing", 158, "exact")]),
    ("ru.md", "## Итог\n\n| Источник | Погибшие | Пленные |\n|---|---|---|\n| Штаб | 10 | 25 |\n",
     [("killed", 10, "exact"), ("detained", 25, "exact")]),
    ("en.md", "## Totals\n\n| Source | Killed | Prisoners |\n|---|---|---|\n| Army | 10 | 25 |\n",
     [("killed", 10, "exact"), ("detained", 25, "exact")]),
    ("kk.md", "## Қорытынды\n\n| Дереккөз | Қаза тапқандар | Тұтқындар |\n|---|---|---|\n| Штаб | 10 | 25 |\n",
     [("killed", 10, "exact"), ("detained", 25, "exact")]),
])
def test_prisoner_columns(tmp_path, name, text, expected):
    """A "Полонені" / "Пленные" / "Prisoners" / "Тұтқындар" column counts people taken prisoner."""
    got = [(c.measure, c.value, c.qualifier) for c in _doc_claims(tmp_path, name, text)]
    for row in expected:
        assert row in got, got


def test_row_of_a_group_keeps_its_cells(tmp_path):
    """A row labelled by a group of people ("Police officers") keeps every cell, with that group."""
    html = ("<html><body><p>Figures.</p><table>\n<tr><th>Category</th><th>Injured</th><th>Hospitalized</th></tr>\n"
            "<tr><td>Police officers</td><td>176</td><td>12</td></tr>\n<tr><td>Civilians</td><td>97</td><td>21</td></tr>\n"
            "</table></body></html>\n")
    got = [(c.measure, c.value, c.group) for c in _doc_claims(tmp_path, "en.html", html)]
    assert ("injured", 176, "police") in got, got
    assert ("injured", 12) in [g[:2] for g in got] and ("injured", 97) in [g[:2] for g in got], got


def test_headline_count_is_no_damage_heading(tmp_path):
    """Equipment sent under a headline that names a burning and its toll is no damaged vehicle."""
    text = ("Ауданындағы апат: автобус өртеніп, 52 адам қаза тапты\n\n"
            "Құтқару жұмыстарына 40-қа жуық құтқарушы мен 12 бірлік техника тартылды.\n")
    got = [(c.measure, c.value) for c in _doc_claims(tmp_path, "kk.txt", text)]
    assert ("vehicles_damaged", 12) not in got, got
    assert ("deployed", 40) in got, got
