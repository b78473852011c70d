"""Round 30 (real-text probe, figures): general constructions of real news pages, in every language
where they exist. All sentences are invented (fictional places, people and outlets).

- The adverbial participle of an attack verb ("ранив трех человек", "поранивши трьох людей") and the
  ambulance ride said by its verb ("were transported to the hospital", "rushed to hospital").
- A number of places ("у двох країнах", "в трех регионах", "in three provinces", "екі елде") is no count.
- The size of a change ("increased by more than 200", "увеличилось на 12", "зросла на 12") is no toll.
- A number word after a figure opens the next figure ("raised the toll to 94 with one person reported
  missing": 94 is the toll, one is missing).
- A clock time typed with a space after the colon ("сағат 16: 55-те") gives no minutes count.
- Passengers are people in Kazakh too ("екі көліктегі 8 жолаушы қаза тапқан", "бір жолаушы жан тапсырды").
- The shift underground at the time ("под землей находилось 186 человек") and people found alive
  ("удалось обнаружить живыми") are no casualty counts.
- "rose toward 300" has not reached it (about); "зардап шегіп" (the converb) is "injured"; "детях",
  "дітям" are children.
- "who number over N": a relative pronoun makes "number" a verb of another noun, no pointer back.
- "38 жолаушы болған, 12 адам қаза тапты": a figure whose own verb stands before a comma does not take
  the predicate of the next figure.
"""

from __future__ import annotations

import pytest
from claims_helpers import analyzed


def _claims(text: str, lang: str) -> set[tuple]:
    return {(c.measure, c.value, c.qualifier) for c in analyzed(text, lang)}


CASES = [
    # adverbial participles of the attack verb
    ("Житель Заречья открыл стрельбу у магазина во вторник вечером, ранив трех человек.", "ru",
     {("injured", 3, "exact")}),
    ("Нападавший открыл огонь у кафе «Ромашка», убив двух человек и ранив пятерых.", "ru",
     {("killed", 2, "exact"), ("injured", 5, "exact")}),
    ("Нападник відкрив вогонь біля крамниці в Заріччі, вбивши двох людей і поранивши трьох.", "uk",
     {("killed", 2, "exact"), ("injured", 3, "exact")}),
    # the ambulance ride
    ("At least 25 people were transported to the hospital after the crush in Northvale, the mayor said.", "en",
     {("injured", 25, "at_least")}),
    ("Two people died in the Eastbrook fire and 30 were rushed to hospital.", "en",
     {("killed", 2, "exact"), ("injured", 30, "exact")}),
    # a number of places
    ("Кількість загиблих у двох країнах перевищила 500 осіб.", "uk", {("killed", 500, "more_than")}),
    ("Кількість загиблих у 10 провінціях перевищила 2 700 осіб.", "uk", {("killed", 2700, "more_than")}),
    ("Число погибших в трех регионах превысило 120 человек.", "ru", {("killed", 120, "more_than")}),
    ("The death toll in three provinces of Westland rose to 120.", "en", {("killed", 120, "exact")}),
    ("Екі елде қаза тапқандар саны 500-ден асты.", "kk", {("killed", 500, "more_than")}),
    # the size of a change
    ("The Northvale death toll increased by more than 200 on Tuesday, to 1,400.", "en", {("killed", 1400, "exact")}),
    ("Число погибших в Заречье за сутки увеличилось на 12 и достигло 140.", "ru", {("killed", 140, "exact")}),
    ("Кількість загиблих у Заріччі за добу зросла на 12 і сягнула 140.", "uk", {("killed", 140, "exact")}),
    # a number word opens the next figure
    ("The toll from the Eastbrook landslide was raised to 94 with one person reported missing.", "en",
     {("killed", 94, "exact"), ("missing", 1, "exact")}),
    # Kazakh passengers and a spaced clock time
    ("Апат салдарынан екі көліктегі 8 жолаушы қаза тапқан.", "kk", {("killed", 8, "exact")}),
    ("Көкбел ауылы маңындағы жол апатында бір жолаушы жан тапсырды.", "kk", {("killed", 1, "exact")}),
    ("Сағат 16: 55-те Көкбел ауылында апат болып, қаза тапқандар бар.", "kk", set()),
    # a toll rising toward a figure; the Kazakh converb "зардап шегіп"; oblique cases of "children"
    ("The death toll from the Northvale floods rose toward 300 on Friday.", "en", {("killed", 300, "about")}),
    ("Police moved towards 200 protesters who had gathered in Eastbrook.", "en", {("participants", 200, "exact")}),
    ("Жарылыстан екі адам зардап шегіп, үш адам ауруханаға түскен.", "kk", {("injured", 2, "exact"), ("injured", 3, "exact")}),
    # underground at the time, found alive
    ("На поверхность выведено 55 человек, 5 из них пострадали, на момент аварии под землей находилось 186 человек.", "ru",
     {("injured", 5, "exact")}),
    ("Девять жителей Заречья были объявлены пропавшими, четырех из них удалось обнаружить живыми.", "ru",
     {("missing", 9, "exact")}),
    ("Дев'ятьох мешканців Заріччя оголосили зниклими, чотирьох із них вдалося виявити живими.", "uk",
     {("missing", 9, "exact")}),
    # a relative "who number"
    ("Five people died in the Northvale floods. Shelters were set up for displaced families, who number over 26,000.", "en",
     {("killed", 5, "exact")}),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_figures(text: str, lang: str, expected: set) -> None:
    assert _claims(text, lang) == expected


def test_children_in_oblique_cases() -> None:
    got = analyzed("Спасатели сообщили о троих детях, погибших при пожаре в Заречье.", "ru")
    assert [(c.measure, c.value, c.group) for c in got] == [("killed", 3, "children")]


def test_clock_minutes_kept_apart_from_counts() -> None:
    assert _claims("Взрыв в Заречье произошел в 16: 55, погибли 3 человека.", "ru") == {("killed", 3, "exact")}
    assert _claims("Погибших: 12, раненых: 40.", "ru") == {("killed", 12, "exact"), ("injured", 40, "exact")}
    # a list after a colon is no clock time; nor a figure glued to a label or with "+"
    assert _claims("Число погибших — 22: 17 полицейских и 5 мирных жителей.", "ru") >= {("killed", 17, "exact"), ("killed", 5, "exact")}
    assert _claims("Lead figures1: 14+ fatalities", "en") == {("killed", 14, "at_least")}


@pytest.mark.parametrize("text,lang,expected", [
    # the figure's own clause ends at the comma after its existence verb
    ("Көкбел маңында аударылған автобуста 38 жолаушы болған, 12 адам қаза тапты.", "kk", {("killed", 12, "exact")}),
    # ... but a list of figures with their places shares the verb after it
    ("Five policemen in Northvale, three soldiers in Eastbrook were killed.", "en",
     {("killed", 5, "exact"), ("killed", 3, "exact")}),
])
def test_comma_ends_own_clause(text: str, lang: str, expected: set) -> None:
    assert _claims(text, lang) == expected
