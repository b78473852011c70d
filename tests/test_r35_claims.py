"""Round 35, claims: parts of an earlier count (one child or woman named after a subset word, a role noun
that only says who a part of the dead or the detained were, a part "out of" its whole), footnote marks
and ages in months that count no one, people out of contact. Invented sentences only."""

from __future__ import annotations

import pytest
from claims_helpers import check_summary, segmented, summary

ONE_PART = [
    # one child or woman after a subset word: one of the count before it
    ("При пожаре в Ольховке погибли 14 человек, среди них - подросток, сообщил мэр Зареченска.", "ru", [("killed", 14, "exact"), ("killed", 1, "exact")], []),
    ("При обвале погибли 8 горняков, в том числе женщина.", "ru", [("killed", 1, "exact")], []),
    ("Під час повені у Вербівці загинули семеро людей, у тому числі підліток.", "uk", [("killed", 7, "exact"), ("killed", 1, "exact")], []),
    # one named among the injured is no count of its own (the annotators count only the dead one by one)
    ("Постраждали 12 людей, серед них - хлопчик.", "uk", [("injured", 12, "exact")], [("injured", 1, "exact")]),
    ("Nineteen villagers were hurt, including a toddler.", "en", [("injured", 19, "exact")], [("injured", 1, "exact")]),
    ("At least three villagers including a boy drowned and 11 more were hurt in Northville.", "en",
     [("killed", 3, "at_least"), ("killed", 1, "exact"), ("injured", 11, "exact")], []),
    ("Four hikers, including a young child, were found dead near Westfield.", "en", [("killed", 1, "exact")], []),
    ("Өртте 14 адам қаза тапты, оның ішінде бір бала.", "kk", [("killed", 14, "exact"), ("killed", 1, "exact")], []),
    # an age glued to the digits describes the one
    ("На переправе утонули восемь человек, включая 12-летнюю девочку.", "ru", [("killed", 8, "exact"), ("killed", 1, "exact")], [("killed", 12, "exact")]),
    ("На переправі потонули восьмеро людей, серед них 12-річна дівчинка.", "uk", [("killed", 1, "exact")], [("killed", 12, "exact")]),
    # a part of no casualty count is no claim
    ("Эвакуированы 40 жителей Ольховки, в том числе подросток.", "ru", [], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ONE_PART)
def test_one_part(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


def test_one_part_in_the_next_sentence():
    for text, lang in [("В Ольховке погибли 14 человек. Среди них подросток.", "ru"),
                       ("У Вербівці загинули 14 людей. Серед них підліток.", "uk")]:
        got = [(c.measure, c.value) for c in segmented(text, lang)]
        assert ("killed", 1) in got, got


def test_one_among_the_dead():
    assert ("killed", 1, "exact") in summary("Rescuers said a boy was among the dead in the landslide near Northville.", "en")


ROLE_PARTS = [
    # a role noun only says who a part of the dead were
    ("За тиждень загинули щонайменше 77 осіб (з них 61 - протестувальники).", "uk",
     [("killed", 77, "at_least"), ("killed", 61, "exact")], [("participants", 61, "exact")]),
    ("Загинули 33 учасники маршу, серед них 5 студентів університету.", "uk",
     [("killed", 5, "exact")], [("participants", 5, "exact")]),
    ("Среди погибших – 15 участников шествия, трое подростков и один охранник.", "ru",
     [("killed", 15, "exact"), ("killed", 3, "exact")], [("participants", 3, "exact")]),
    ("Задержаны 140 человек: в Зареченске (52 протестующих), в Ольховке (31).", "ru",
     [("detained", 140, "exact"), ("detained", 52, "exact")], [("participants", 52, "exact")]),
    ("At least 77 people were killed, of them 61 protesters.", "en", [("killed", 61, "exact")], [("participants", 61, "exact")]),
    # a figure with a verb of its own keeps it
    ("В Зареченске погибли 5 человек, а в митинге участвовали 300 протестующих.", "ru", [("participants", 300, "exact")], [("killed", 300, "exact")]),
    ("150 участников акции, из них 60 задержаны.", "ru", [("detained", 60, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROLE_PARTS)
def test_role_parts(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


PART_OF_WHOLE = [
    ("The mayor said 17 out of the 60 houses on the street were destroyed by the flood.", "en", [("buildings_damaged", 17, "exact")], []),
    ("Officials said 9 of the 31 victims were miners from Eastbrook.", "en", [("killed", 9, "exact"), ("killed", 31, "exact")], []),
    ("Погибли 5 из 12 горняков шахты.", "ru", [("killed", 5, "exact")], [("killed", 12, "exact")]),
    # the whole that only took the part's measure counts who were there
    ("Загинули 57 осіб зі 63, які перебували на поромі.", "uk", [("killed", 57, "exact")], [("killed", 63, "exact")]),
    ("Погибли 57 человек из 63, находившихся на пароме.", "ru", [("killed", 57, "exact")], [("killed", 63, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), PART_OF_WHOLE)
def test_part_of_whole(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


NO_COUNT = [
    # a bare number in square brackets marks a footnote
    ("В результате нападения пострадали 12 человек[3] и погибли двое[4].", "ru",
     [("injured", 12, "exact"), ("killed", 2, "exact")], [("killed", 3, "exact"), ("killed", 4, "exact")]),
    ("Унаслідок вибуху травмовані [2] 14 людей.", "uk", [("injured", 14, "exact")], [("injured", 2, "exact")]),
    ("Three people were killed[5] in Northville.", "en", [("killed", 3, "exact")], [("killed", 5, "exact")]),
    # an age in months glued to the digits is no count
    ("В Ольховке пострадали четыре человека, среди которых 5-месячная девочка.", "ru", [("injured", 4, "exact")], [("injured", 5, "exact")]),
    ("У Вербівці постраждали четверо людей, серед яких 5-місячна дівчинка.", "uk", [("injured", 4, "exact")], [("injured", 5, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), NO_COUNT)
def test_no_count(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


OUT_OF_CONTACT = [
    ("После обвала три горняка не выходят на связь.", "ru", [("missing", 3, "exact")], []),
    ("Спасатели ищут пятерых туристов, которые не выходят на связь.", "ru", [("missing", 5, "exact")], []),
    ("Після обвалу троє гірників не виходять на звʼязок.", "uk", [("missing", 3, "exact")], []),
    ("Рятувальники шукають п'ятьох туристів, які не виходять на зв’язок.", "uk", [("missing", 5, "exact")], []),
    ("Two residents are still out of contact.", "en", [("missing", 2, "exact")], []),
    ("Екі адам әлі байланысқа шықпай отыр.", "kk", [("missing", 2, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), OUT_OF_CONTACT)
def test_out_of_contact(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)

