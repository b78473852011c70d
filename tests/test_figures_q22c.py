"""Round 22 (q22c) of the figures: general constructions devset23 showed missing, as invented sentences
about invented events, in every language where the construction occurs. Each row: text, language, the
``(measure, value, qualifier)`` of every claim expected, and rows that must not appear."""

from __future__ import annotations

import pytest
from claims_helpers import check_summary

# troops moved to a place by an active verb ("перебросили", "перекинули", "transferred") were deployed;
# the verb needs a troops noun (money, patients and staff moved elsewhere are no deployment)
MOVED = [
    ("В город перебросили более 5 тысяч военнослужащих.", "ru", [("deployed", 5000, "more_than")], []),
    ("На границу перебросили около 2000 солдат.", "ru", [("deployed", 2000, "about")], []),
    ("МВД перебросило в регион около 600 полицейских.", "ru", [("deployed", 600, "about")], []),
    ("Банк перебросил 300 миллионов рублей.", "ru", [], []),
    ("До міста перекинули понад 3 тисячі військових.", "uk", [("deployed", 3000, "more_than")], []),
    ("На кордон перекинули близько 2000 військових.", "uk", [("deployed", 2000, "about")], []),
    ("Командування перекинуло до району понад 500 бійців.", "uk", [("deployed", 500, "more_than")], []),
    ("From other regions are transferred more than 5000 soldiers.", "en", [("deployed", 5000, "more_than")], []),
    ("The ministry transferred 300 police officers to the capital.", "en", [("deployed", 300, "exact")], []),
    ("He transferred 5000 dollars to the account.", "en", [], []),
    ("About 40 patients were transferred to Moscow hospitals.", "en", [], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), MOVED)
def test_troops_moved_were_deployed(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)

# uk "після звільнення" (after the release, the liberation) dismisses no one when the clause has a predicate
RELEASED = [
    ("Понад 700 людей після звільнення потрапили до лікарень із отруєнням.", "uk", [("injured", 700, "more_than")], [("dismissed", 700, "more_than")]),
    ("Понад 700 людей після звільнення потрапили у лікарні.", "uk", [("injured", 700, "more_than")], [("dismissed", 700, "more_than")]),
    ("Близько 200 заручників після звільнення доставили до лікарень.", "uk", [("injured", 200, "about")], [("dismissed", 200, "about")]),
    ("Після звільнення заручників 45 людей перебували у важкому стані.", "uk", [("injured", 45, "exact")], []),
    ("Минулого тижня звільнено 12 посадовців.", "uk", [("dismissed", 12, "exact")], []),
    ("Более 700 человек после освобождения попали в больницы.", "ru", [("injured", 700, "more_than")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), RELEASED)
def test_after_the_release_dismisses_no_one(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)

# a subset clause with a copula before its figure ("серед яких були 19 жінок") is crossed: the predicate
# after it is the whole's
AMONG_WERE = [
    ("Усіх 40 терористів, серед яких були 19 жінок, було вбито.", "uk", [("killed", 40, "exact"), ("killed", 19, "exact")], []),
    ("Загинули 12 людей, серед яких було троє дітей.", "uk", [("killed", 12, "exact"), ("killed", 3, "exact")], []),
    ("Все 40 террористов, среди которых были 19 женщин, были убиты.", "ru", [("killed", 40, "exact"), ("killed", 19, "exact")], []),
    ("Погибли 15 человек, среди которых было четверо детей.", "ru", [("killed", 15, "exact"), ("killed", 4, "exact")], []),
    ("All 40 attackers, among whom were 19 women, were killed.", "en", [("killed", 40, "exact"), ("killed", 19, "exact")], []),
    ("Twelve people died, among them were three children.", "en", [("killed", 12, "exact"), ("killed", 3, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), AMONG_WERE)
def test_subset_with_a_copula_is_crossed(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)

# members of a voluntary patrol ("дружинник", "жасақшы", MT "druzhinnik") are counted people
PATROL = [
    ("are lost 2 persons, from them one druzhinnik.", "en", [("killed", 2, "exact"), ("killed", 1, "exact")], []),
    ("Two people died, one of them a druzhinnik.", "en", [("killed", 1, "exact")], []),
    ("Погибли два человека, из них один дружинник.", "ru", [("killed", 2, "exact"), ("killed", 1, "exact")], []),
    ("Ранены 12 дружинников.", "ru", [("injured", 12, "exact")], []),
    ("Загинули двоє людей, з них один дружинник.", "uk", [("killed", 2, "exact"), ("killed", 1, "exact")], []),
    ("Екі адам қаза тапты, олардың бірі — жасақшы.", "kk", [("killed", 2, "exact"), ("killed", 1, "exact")], []),
    ("3 жасақшы жараланды.", "kk", [("injured", 3, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), PATROL)
def test_patrol_members_are_counted(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)

# students expelled from a university or an institute count as dismissed (the devsets' convention)
EXPELLED = [
    ("Из вузов исключили 309 студентов.", "ru", [("dismissed", 309, "exact")], []),
    ("Из институтов были исключены 264 студента.", "ru", [("dismissed", 264, "exact")], []),
    ("Из университета отчислены 40 студентов.", "ru", [("dismissed", 40, "exact")], []),
    ("Не исключено, что погибших больше 10.", "ru", [("killed", 10, "more_than")], [("dismissed", 10, "more_than")]),
    ("are excluded from institutes 264 students.", "en", [("dismissed", 264, "exact")], []),
    ("More than 200 students were expelled from the university.", "en", [("dismissed", 200, "more_than")], []),
    ("35 students were expelled from the institute after the protest.", "en", [("dismissed", 35, "exact")], []),
    ("Journalists also suffered: at least 5 correspondents were expelled.", "en", [], []),
    ("264 студент оқу орындарынан шығарылды.", "kk", [("dismissed", 264, "exact")], []),
    ("99 адам сотталды, 264 студент оқу орындарынан шығарылды.", "kk", [("convicted", 99, "exact"), ("dismissed", 264, "exact")], [("convicted", 264, "exact")]),
    ("30 студент университеттен шығарылды.", "kk", [("dismissed", 30, "exact")], []),
    ("З університетів відрахували 150 студентів.", "uk", [("dismissed", 150, "exact")], []),
    ("Понад 80 студентів було відраховано.", "uk", [("dismissed", 80, "more_than")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), EXPELLED)
def test_expelled_students_are_dismissed(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)

# "with" + wounds after a part of a count ("458 bodies, 419 of them with gunshot wounds"): what befell
# the part, the count's measure stays
PART_WITH = [
    ("Bucha city council now counts 458 bodies found in the community, 419 of them with gunshot or shrapnel wounds.", "en",
     [("killed", 458, "exact"), ("killed", 419, "exact")], [("injured", 419, "exact")]),
    ("Police found 30 bodies, 12 of them with gunshot wounds.", "en", [("killed", 12, "exact")], [("injured", 12, "exact")]),
    ("Five people died, two of them with stab wounds.", "en", [("killed", 2, "exact")], [("injured", 2, "exact")]),
    ("Forty people were hurt, 12 of them with gunshot wounds.", "en", [("injured", 12, "exact")], []),
    ("12 people with gunshot wounds were taken to hospital.", "en", [("injured", 12, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), PART_WITH)
def test_wounds_of_a_part_are_its_cause(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)

# machine-translated "около" ("near 3 thousand") is "about"; people who "have come out" took part
CAME_OUT = [
    ("On the square have come out near 3 thousand persons, but participants speak that were tens of thousands.", "en",
     [("participants", 3000, "about")], []),
    ("Near 500 people gathered.", "en", [("participants", 500, "about")], []),
    ("By noon more than 2,000 residents had come out.", "en", [("participants", 2000, "more_than")], []),
    ("The report came out on Monday, 12 pages long.", "en", [], []),
    ("The village lies near 20 km from the border.", "en", [], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), CAME_OUT)
def test_came_out_near(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)
