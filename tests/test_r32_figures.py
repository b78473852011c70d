"""Round 32 (real pages with gold, figures recall): general constructions of real news pages, in every
language where they exist. All sentences are invented (fictional places, people and outlets).

- "пів сотні" (a half before a multiplier) is fifty.
- A bare "тел" is the bodies ("еще 14 тел нашли"), not the abbreviation of a phone ("тел.", "тел:").
- People engaged in a rescue are deployed: "к разбору завалов привлечено", "від ДСНС залучено 50 осіб",
  "involving 312 personnel", "sending 300 police officers".
- Missing: the fate of several ("судьбы четырех человек остаются неизвестными"), people blocked underground
  ("заблокированными под землей", "заблоковані під землею"), "the status of one remaining miner was unclear",
  "efforts for 15 people continued".
- Injured: "over 1,700 were maimed", outpatient care ("амбулаторну допомогу надано 23"), "came out alive but
  injured"; killed: "led to 19 miners dying".
- An attacker's suicide is not counted (the dev sets' gold: "Стрелок покончил с собой" is no claim).
- An aside describing a part runs to its closing comma ("Eleven suspects, including four said to have been
  directly involved in the attack, have been arrested").
- The whole of a part is a count when a casualty noun counts it ("из 49 (по другим данным, 66)
  госпитализированных 18 в тяжелом состоянии"), not when it counts people present ("из 110 шахтеров 40 погибли").
- An ordinal before a casualty noun is the running toll ("был обнаружен пятый погибший", "витягли п'яту
  жертву", "27-ші адамның денесі табылды", "the 27th body"), not a share ("каждый пятый погибший").
- A vague amount of the dead and the wounded counts both ("десятки загиблих та поранених").
"""

from __future__ import annotations

import pytest
from claims_helpers import analysis, summary


def _claims(text: str, lang: str) -> set[tuple]:
    return {(c.measure, c.value, c.qualifier) for c in analysis(text, lang).claims}


CASES = [
    # a half of a hundred
    ("Ракети влучили у вокзал Заріччя: пів сотні загиблих, більше ста поранені.", "uk",
     {("killed", 50, "exact"), ("injured", 100, "more_than")}),
    # bodies, not a phone
    ("В подвале склада обнаружено 28 тел погибших, еще 14 тел нашли на лестнице.", "ru",
     {("killed", 28, "exact"), ("killed", 14, "exact")}),
    ("Справки по тел. 8 (727) 555-12-12, в Заречье погибли 3 человека.", "ru", {("killed", 3, "exact")}),
    # deployed
    ("Сообщается, что к разбору завалов в Заречье привлечено более 150 человек и 12 единиц техники.", "ru",
     {("deployed", 150, "more_than")}),
    ("Від ДСНС у Заріччі залучено 40 осіб та 9 одиниць техніки.", "uk", {("deployed", 40, "exact")}),
    ("До розбору завалів у Заріччі залучено понад 150 осіб.", "uk", {("deployed", 150, "more_than")}),
    ("The search in Northvale is underway, involving 120 personnel and 9 pieces of equipment.", "en",
     {("deployed", 120, "exact")}),
    ("The ministry in Northvale is sending 300 police officers to the capital.", "en", {("deployed", 300, "exact")}),
    # missing
    ("Число жертв взрыва в Заречье достигло 17 человек, тела 12 погибших удалось опознать, судьбы трех человек "
     "остаются неизвестными.", "ru", {("killed", 17, "exact"), ("missing", 3, "exact")}),
    ("Губернатор сообщил, что 9 горняков подняты на поверхность, еще 12 остаются заблокированными под землей.", "ru",
     {("missing", 12, "exact")}),
    ("Раніше повідомлялося, що близько 30 шахтарів були заблоковані під землею на шахті в Заріччі.", "uk",
     {("missing", 30, "about")}),
    ("The status of one remaining worker at the Northvale pit was unclear.", "en", {("missing", 1, "exact")}),
    ("Officials said 12 people had been rescued and efforts for 7 people continued in Northvale.", "en",
     {("missing", 7, "exact")}),
    ("About 30 miners remain blocked underground in Northvale.", "en", {("missing", 30, "about")}),
    # injured, killed
    ("The Northvale ministry said 64 people had been killed and over 300 were maimed.", "en",
     {("killed", 64, "exact"), ("injured", 300, "more_than")}),
    ("За даними лікарні Заріччя, постраждали 80 осіб: госпіталізовано 40, амбулаторну допомогу надано 12.", "uk",
     {("injured", 80, "exact"), ("injured", 40, "exact"), ("injured", 12, "exact")}),
    ("Officials in Northvale said two workers managed to come out alive but injured.", "en", {("injured", 2, "exact")}),
    ("A blast at the Northvale pit led to 12 workers dying underground.", "en", {("killed", 12, "exact")}),
    # an aside that describes the part
    ("Nine suspects, including two believed to have planned the raid on the Northvale depot, were detained on Monday.",
     "en", {("detained", 9, "exact"), ("detained", 2, "exact")}),
    # the whole of a part
    ("Из 30 (по другим данным, 36) госпитализированных в Заречье 12 человек находятся в тяжелом состоянии.", "ru",
     {("injured", 30, "exact"), ("injured", 36, "exact"), ("injured", 12, "exact")}),
    ("З 30 госпіталізованих у Заріччі 12 перебувають у важкому стані.", "uk",
     {("injured", 30, "exact"), ("injured", 12, "exact")}),
    # ordinals: the running toll
    ("В ночь на 3 мая на месте обрушения дома в Заречье был обнаружен пятый погибший.", "ru", {("killed", 5, "exact")}),
    ("Спасатели Заречья нашли 27-е тело.", "ru", {("killed", 27, "exact")}),
    ("У ніч на 3 травня з-під завалів у Заріччі витягли п'яту жертву вибуху.", "uk", {("killed", 5, "exact")}),
    ("Ақжардағы шахтада бүгін 27-ші адамның денесі табылды.", "kk", {("killed", 27, "exact")}),
    ("Rescuers in Northvale recovered the fifth victim on Sunday.", "en", {("killed", 5, "exact")}),
    ("The 27th body was recovered from the Northvale pit on Monday.", "en", {("killed", 27, "exact")}),
    # the dead and the wounded
    ("Поліція та рятувальники Заріччя повідомляють про десятки загиблих та поранених людей.", "uk",
     {("killed", None, "vague"), ("injured", None, "vague")}),
    ("Police and rescuers in Northvale report dozens of killed and injured.", "en",
     {("killed", None, "vague"), ("injured", None, "vague")}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_r32_figures(text, lang, expected):
    got = _claims(text, lang)
    assert expected <= got, got


NONE = [
    # a share, not a toll
    ("Каждый пятый погибший в Заречье был ребенком.", "ru"),
    ("Every fifth victim in Northvale was a child.", "en"),
    ("Кожна п'ята жертва в Заріччі була дитиною.", "uk"),
    # a floor, not a toll
    ("Пожар в Заречье начался на пятом этаже.", "ru"),
    # one more death or a description, not a running toll: only a body found is
    ("Вторая погибшая в Заречье была учительницей.", "ru"),
    ("Thirteenth victim of Northvale blast dies in hospital", "en"),
    ("Тіло п'ятого загиблого в Заріччі впізнали родичі.", "uk"),
    # an attacker's suicide
    ("Нападавший в колледже Заречья застрелился.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), NONE)
def test_r32_no_figure(text, lang):
    assert summary(text, lang) == []


def test_whole_of_people_present_is_no_count():
    got = summary("Из 110 шахтеров Заречья 40 погибли.", "ru")
    assert ("killed", 40, "exact") in got and all(v != 110 for _m, v, _q in got)


def test_road_blocked_is_no_missing():
    assert all(m != "missing" for m, _v, _q in summary("Дорога в Заречье была заблокирована 200 протестующими.", "ru"))


def test_part_of_a_bounded_whole_is_exact():
    got = summary("К работам в Заречье привлекли свыше 100 водолазов; двое из них погибли во время работ.", "ru")
    assert ("deployed", 100, "more_than") in got and ("killed", 2, "exact") in got


def test_numbers_of_a_half():
    assert ("killed", 500, "exact") in summary("У Заріччі загинули пів тисячі людей.", "uk")
