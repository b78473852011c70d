"""Figures, round 27: invented sentences. Bodies never recovered are the missing; staff of a security
service and forces that conduct an operation or cordon off a building are deployed; verdicts handed
down to the counted defendants convict them; an ordinal ("в 1-ю больницу") and a sum paid to each
("по 500 тысяч") are no counts."""

from __future__ import annotations

import pytest
from claims_helpers import segmented


def _got(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.qualifier) for c in segmented(text, lang)]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("По словам водолазов, тела более 40 человек так и остались в корпусе парома.", "ru", ("missing", 40, "more_than")),
    ("Тела 12 горняков так и не были подняты.", "ru", ("missing", 12, "exact")),
    ("За даними водолазів, тіла близько 50 людей так і не були підняті з корпусу.", "uk", ("missing", 50, "about")),
    ("Divers who worked on the wreck say that more than 40 bodies were never brought up.", "en", ("missing", 40, "more_than")),
    ("The bodies of 12 miners were never recovered.", "en", ("missing", 12, "exact")),
])
def test_bodies_never_recovered_are_missing(text, lang, want):
    assert _got(text, lang) == [want]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Тела 12 горняков подняли на поверхность.", "ru", ("killed", 12, "exact")),
    ("The bodies of 12 miners were recovered.", "en", ("killed", 12, "exact")),
])
def test_bodies_recovered_stay_dead(text, lang, want):
    assert want in _got(text, lang)


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("На місці події в Заріччі працюють понад 200 співробітників СБУ і поліції.", "uk", ("deployed", 200, "more_than")),
    ("На месте в Заречье работают более 200 сотрудников ФСБ и полиции.", "ru", ("deployed", 200, "more_than")),
    ("Пошукову операцію вели понад 300 військових і поліцейських.", "uk", ("deployed", 300, "more_than")),
    ("Поисковую операцию вели более 300 военных и полицейских.", "ru", ("deployed", 300, "more_than")),
    ("Близько 400 військовослужбовців оточували будівлю ратуші.", "uk", ("deployed", 400, "about")),
    ("Около 400 военнослужащих оцепили здание ратуши.", "ru", ("deployed", 400, "about")),
    ("About 400 soldiers cordoned off the town hall in Zarechye.", "en", ("deployed", 400, "about")),
])
def test_forces_on_site_are_deployed(text, lang, want):
    assert _got(text, lang) == [want]


@pytest.mark.parametrize(("text", "lang"), [
    ("Приговоры вынесены 24 участникам беспорядков в Заречье.", "ru"),
    ("Вироки винесено 24 учасникам заворушень у Заріччі.", "uk"),
    ("Sentences were handed down to 24 participants of the Zarechye riots.", "en"),
])
def test_verdicts_handed_down_convict(text, lang):
    assert _got(text, lang) == [("convicted", 24, "exact")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Раненых доставляют в 1-ю городскую больницу Заречья.", "ru"),
    ("Поранених доставляють до 1-ї міської лікарні Заріччя.", "uk"),
    ("Семьям погибших обещаны выплаты по 2 млн рублей, пострадавшим — по 300 тысяч.", "ru"),
    ("Родинам загиблих виплатять по 2 млн гривень, пораненим — по 300 тисяч.", "uk"),
])
def test_ordinals_and_sums_for_each_are_no_counts(text, lang):
    assert _got(text, lang) == []


def test_a_count_for_each_place_with_a_noun_stays():
    assert _got("В каждом селе Заречья погибли по 5 человек.", "ru") == [("killed", 5, "exact")]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("In March 1990 the court in Zarechye sentenced both captains to 10 years.", "en", ("convicted", 2, "exact")),
    ("Суд в Заречье признал виновными обоих капитанов.", "ru", ("convicted", 2, "exact")),
    ("Суд у Заріччі засудив обох капітанів.", "uk", ("convicted", 2, "exact")),
    ("Обидва льотчики затримані в Заріччі.", "uk", ("detained", 2, "exact")),
    ("Сот екі ұшқышты 10 жылға соттады.", "kk", ("convicted", 2, "exact")),
])
def test_both_officers_are_two(text, lang, want):
    assert _got(text, lang) == [want]


@pytest.mark.parametrize(("text", "lang"), [
    ("The court sentenced Petrov and five others to life imprisonment.", "en"),
    ("Суд приговорил Петрова и пятерых других к пожизненному заключению.", "ru"),
    ("Суд засудив Петрова та п’ятьох інших до довічного ув’язнення.", "uk"),
])
def test_one_named_and_others(text, lang):
    assert _got(text, lang) == [("convicted", 6, "exact")]


@pytest.mark.parametrize(("text", "lang"), [
    ("The court sentenced two men to life imprisonment, and a third was given 12 years.", "en"),
    ("Суд приговорил двоих к пожизненному заключению, а третий получил 12 лет.", "ru"),
    ("Суд засудив двох до довічного ув’язнення, а третій отримав 12 років.", "uk"),
])
def test_a_third_sentenced_is_one_more(text, lang):
    assert _got(text, lang) == [("convicted", 2, "exact"), ("convicted", 1, "exact")]


@pytest.mark.parametrize(("text", "lang", "n"), [
    ("Я отстранил от работы директора завода и главного инженера.", "ru", 2),
    ("Я відсторонив від роботи директора заводу і головного інженера.", "uk", 2),
    ("Министр отстранил от должности начальника порта.", "ru", 1),
    ("The director of the Zarechye port is removed from his work by the governor.", "en", 1),
])
def test_dismissed_objects(text, lang, n):
    assert _got(text, lang) == [("dismissed", n, "exact")]


def test_progressive_arrest_detains():
    assert _got("The ministry in Zarechye are arresting three men.", "en") == [("detained", 3, "exact")]


def test_kk_drawn_into_the_search_is_deployed():
    assert _got("Іздеуге тартылған адамдар саны 400-ден асты.", "kk") == [("deployed", 400, "more_than")]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Rescuers in Zarechye pulled out 4 people alive from under the rubble.", "en", []),
    ("At least 10 people may still be alive under the rubble in Zarechye.", "en", [("missing", 10, "at_least")]),
    ("Поиски в Заречье вели 12 отделений горноспасателей и более 300 спасателей.", "ru", [("deployed", 300, "more_than")]),
    ("Ещё несколько депутатов ранены в Заречье.", "ru", [("injured", None, "vague")]),
    ("Кілька депутатів поранені в Заріччі.", "uk", [("injured", None, "vague")]),
    ("Several deputies were wounded in Zarechye.", "en", [("injured", None, "vague")]),
])
def test_alive_units_and_deputies(text, lang, want):
    assert _got(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "n"), [
    ("Two men received life sentences for the Zarechye bombing.", "en", 2),
    ("In 2004 two men are received life sentence.", "en", 2),
    ("Six get life for the Zarechye attack.", "en", 6),
    ("Двое получили пожизненные сроки за взрыв в Заречье.", "ru", 2),
    ("Двоє отримали довічне ув’язнення за вибух у Заріччі.", "uk", 2),
])
def test_life_terms_received_convict(text, lang, n):
    assert _got(text, lang) == [("convicted", n, "exact")]


def test_life_saving_is_no_sentence():
    assert _got("The 20 people in Zarechye who get life-saving treatment.", "en") == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a phrase led by an auxiliary ("були винесені вироки") must not take the trigger of another clause
    ("Десятки затриманих були побиті у відділках. Потім були винесені вироки 5 людям.", "uk",
     {("injured", None), ("convicted", 5)}),
    ("Десятки задержанных были избиты в отделениях. Позже вынесены приговоры 7 участникам.", "ru",
     {("injured", None), ("convicted", 7)}),
])
def test_auxiliary_led_verdicts_leave_other_triggers(text, lang, want):
    from test_round7 import summary
    assert {(m, v) for m, v, _ in summary(text, lang)} == want
