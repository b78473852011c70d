"""Round 29 (area K): Kazakh constructions of real news pages, with invented sentences (fictional
places and people). Each Kazakh case has its ru/uk/en counterpart where the construction exists."""

from __future__ import annotations

import pytest
from claims_helpers import analysis
from claims_helpers import analyzed as _claims


def _got(text: str, lang: str) -> list[tuple]:
    return sorted((c.measure, c.value) for c in _claims(text, lang))


# -- a clock time is no count ------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "Таңғы сағат бес шамасында Ақтасты ауылында үй өртенді. Үйде екі адам қаза тапты.", [("killed", 2)]),
    ("kk", "Бүгін сағат 14 шамасында әйел ауруханада жан тапсырды.", []),
    ("ru", "Около 14 часов женщина скончалась в больнице.", []),
    ("uk", "Близько 14 години жінка померла в лікарні.", []),
    ("en", "At about 14:00 a woman died in hospital.", []),
])
def test_clock_time_is_no_count(lang, text, want):
    assert _got(text, lang) == want


# -- "N times fewer", "N fire incidents", body shares: no counts of people -----------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "Өрттен 3 адам қаза тапты, былтырғыдан 4 есе аз.", [("killed", 3)]),
    ("kk", "Өңірде 9 адам өрт құрбаны болды, барлығы 150-ден аса өрт оқиғасы тіркелген.", [("killed", 9)]),
    ("kk", "Олардың денесінің 18, 28 және 90% күйік шалды.", []),
    ("kk", "Облыста жыл басынан бері 26 оқиға тіркелді, 4 адам қаза тапты.", [("killed", 4)]),
    ("kk", "Апаттан екеуі оқиға орнында қаза тапты.", [("killed", 2)]),
    ("kk", "Жолаушылардың үшеуі оқиға орнында көз жұмды.", [("killed", 3)]),
    ("kk", "Жер сілкінісінен 40 адам қаза тауып, 13 мыңға жуық мал қырылған.", [("killed", 40)]),
    ("ru", "При землетрясении погибли 40 человек, пало около 13 тысяч голов скота.", [("killed", 40)]),
    ("ru", "В пожаре погибли 3 человека, в 4 раза меньше, чем год назад.", [("killed", 3)]),
    ("uk", "У пожежі загинули 3 людини, у 4 рази менше, ніж торік.", [("killed", 3)]),
    ("en", "Three people died in the fire, 4 times fewer than last year.", [("killed", 3)]),
])
def test_ratios_and_incidents_are_no_counts(lang, text, want):
    assert _got(text, lang) == want


# -- a death converb ends its clause: the next figure is another count -------------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "Жарылыстан төрт адам оқиға орнында қаза тауып, бес тұрғынды күйік шалды.", [("injured", 5), ("killed", 4)]),
    ("kk", "Кафедегі жарылыстан екі адам қаза тауып, он бір адам ауруханаға жеткізілді.", [("injured", 11), ("killed", 2)]),
    ("kk", "Кафедегі жарылыстан екі адам қаза тауып, он бір адам аудандық ауруханаға медициналық көмек көрсету үшін "
           "жеткізілді.", [("injured", 11), ("killed", 2)]),
    ("kk", "Наубайханадағы жарылыстан бір адам өліп, екіншісі ауыр хәлде жатыр.", [("killed", 1)]),
    ("kk", "Ал 3 жолаушы оқиға орнында тіл тартпай кетті.", [("killed", 3)]),
    ("kk", "Кейін ауруханада тағы бір азамат жан тапсырған.", [("killed", 1)]),
    ("ru", "При взрыве погибли два человека, ещё 11 человек доставлены в больницу.", [("injured", 11), ("killed", 2)]),
    ("en", "Two people died in the blast and 11 were taken to hospital.", [("injured", 11), ("killed", 2)]),
])
def test_death_converb_counts_only_its_own_figure(lang, text, want):
    assert _got(text, lang) == want


# -- the people aboard a vehicle are no damaged vehicles ---------------------------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "Көкбел ауылы маңында 50 жолаушы мінген автобус аударылып кетті.", []),
    ("kk", "40 жолаушысы бар автобус аударылып, 6 жолаушы жарақат алды.", [("injured", 6)]),
])
def test_people_aboard_are_no_vehicle_count(lang, text, want):
    assert _got(text, lang) == want


# -- «маусым» is June and "season": a possessed stem without a genitive is the season ----------------

@pytest.mark.parametrize(("text", "want"), [
    ("Жылыту маусымы басталғалы Ақтасты облысында 17 адам өрттен қаза тапты.", None),
    ("Шомылу маусымын ашқаннан бері 12 адам суға батып қаза тапты.", None),
    ("2019 жылдың маусымында Ақтасты облысында 5 адам қаза тапты.", "2019-06"),
    ("5 маусымда Ақтасты облысында 5 адам қаза тапты.", "--06-05"),
    # a month with a case ending before a bare number: the number counts, it is no day
    ("Ақтасты облысында өткен жылдың маусымында 5 адам қаза тапты.", "--06"),
    ("Ақтасты облысында қарашада 9 адам қаза тапты.", "--11"),
    ("Ақтасты облысында желтоқсанның 16-сы күні 5 адам қаза тапты.", "--12-16"),
])
def test_season_is_no_month(text, want):
    whens = {c.when for c in _claims(text, "kk") if c.measure == "killed"}
    assert whens == {want}


# -- «деп жазады X»: the site at the end is the source ---------------------------------------------

def test_writes_names_the_site_after_it():
    cs = _claims("Апаттан 2 адам зардап шекті, деп жазады Көкбелньюс.", "kk")
    assert [(c.measure, c.value, c.source.name if c.source else None) for c in cs] == [("injured", 2, "Көкбелньюс")]


def test_writes_never_makes_the_particle_a_source():
    cs = _claims("Апаттан 2 адам зардап шекті, деп жазады kokbelnews.kz.", "kk")
    assert all(not c.source or c.source.name != "деп" for c in cs)


# -- bare cardinal-direction region names are the regions, not the country ---------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Оқиға салдарынан Батыс Қазақстанда 6 адам көз жұмды.", "West Kazakhstan Region"),
    ("Солтүстік Қазақстанда жол апатынан 2 адам қаза тапты.", "North Kazakhstan Region"),
    ("Шығыс Қазақстандағы өрттен 3 адам қаза тапты.", "East Kazakhstan Region"),
])
def test_bare_region_names(text, want):
    assert {c.place for c in _claims(text, "kk")} == {want}


# -- a birth year after a day with a case ending is no year of that day -------------------------------

@pytest.mark.parametrize(("lang", "text", "want"), [
    ("kk", "«28 наурызда Көкбел ауданының тұрғыны көлге батып кетті. 24 мамырда 1990 жылы туған ер адам "
           "өзенге батып кетті», – деді Самат Серікбаев. Жыл басынан бері 7 адам қаза тапқан.", {"--03-28"}),
    ("kk", "Көкбелде 5 маусымда 2016 жылы 7 адам қаза тапты.", {"2016-06-05"}),
    ("ru", "24 мая мужчина 1990 года рождения утонул в реке. С начала года погибли 7 человек.", {"--05-24"}),
])
def test_birth_year_is_no_year_of_the_day(lang, text, want):
    assert {c.when for c in _claims(text, lang) if c.measure == "killed"} == want


# -- sentence starters of incident reports are no names ----------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Алдын ала мәлімет бойынша, Көкбел ауылында 3 адам қаза тапты.", "Алдын"),
    ("Салдарынан 2 адам ауруханаға жеткізілді.", "Салдарынан"),
    ("Көкбел ауылында үй өртенді. Анасы балаларды қараусыз қалдырған.", "Анасы"),
    ("Тасқын Көкбел ауылының 40 үйін су басты.", "Тасқын"),
    ("Жалынды сөндіруге 30 адам жұмылдырылды.", "Жалынды"),
    ("#Халық заңгері\nКөкбел ауылында автобус жолдан шығып кетті.", "Халық"),
])
def test_sentence_starters_are_no_names(text, word):
    a = analysis(text, "kk")
    assert not any(m.text.startswith(word) for m in a.mentions)
