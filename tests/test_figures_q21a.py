"""Round 21 (q21a) of the figures: general constructions devset24 showed missing, as invented sentences
about invented events, in every language where the construction occurs. Each row: text, language, the
``(measure, value, qualifier)`` of every claim expected (in order), and rows that must not appear."""

from __future__ import annotations

import pytest
from claims_helpers import check_summary, segmented

# troops brought into a town or a zone were deployed (kk "кіргізілді", ru "вошли")
ENTERED = [
    ("Түнде қалаға 3000-нан астам әскери қызметші кіргізілді.", "kk", [("deployed", 3000, "more_than")], []),
    ("Ауданға 500 полицей кіргізілді.", "kk", [("deployed", 500, "exact")], []),
    ("Лагерь аумағына 1200-ге жуық әскери қызметші кіргізілді.", "kk", [("deployed", 1200, "about")], []),
    ("В город вошли около 2000 военнослужащих.", "ru", [("deployed", 2000, "about")], []),
    ("Утром в посёлок вошли 600 солдат и офицеров внутренних войск.", "ru", [("deployed", 600, "exact")], []),
    ("В зону вошли, по данным МВД, 1500 солдат.", "ru", [("deployed", 1500, "exact")], []),
    ("В состав комиссии вошли 12 человек.", "ru", [], [("deployed", 12, "exact")]),
    ("At dawn on Saturday five tanks and about 1,700 troops broke in.", "en", [("deployed", 1700, "about")], []),
    ("More than 2,000 soldiers moved into the town overnight.", "en", [("deployed", 2000, "more_than")], []),
    ("Some 800 police officers entered the square.", "en", [("deployed", 800, "about")], []),
    ("About 300 protesters broke into the building.", "en", [("participants", 300, "about")], []),
    ("Some 5,000 people moved into temporary shelters.", "en", [], []),
]

# people working in shifts at a site were deployed
SHIFTS = [
    ("About 40 volunteers work in shifts at the site.", "en", [("deployed", 40, "about")], []),
    ("Some 60 doctors worked in shifts at the hospital.", "en", [("deployed", 60, "about")], []),
    ("Around 200 people are working in shifts to clear the rubble.", "en", [("deployed", 200, "about")], []),
    ("Около 40 волонтёров работают посменно.", "ru", [("deployed", 40, "about")], []),
    ("На месте посменно работают более 100 спасателей.", "ru", [("deployed", 100, "more_than")], []),
    ("Там работали посменно 60 врачей.", "ru", [("deployed", 60, "exact")], []),
    ("Близько 40 волонтерів працюють позмінно.", "uk", [("deployed", 40, "about")], []),
    ("Понад 60 медиків працювали позмінно.", "uk", [("deployed", 60, "more_than")], []),
    ("На місці позмінно працюють 120 людей.", "uk", [("deployed", 120, "exact")], []),
    ("40-қа жуық ерікті ауысыммен жұмыс істейді.", "kk", [("deployed", 40, "about")], []),
    ("Оқиға орнында 60 дәрігер ауысыммен жұмыс істеді.", "kk", [("deployed", 60, "exact")], []),
    ("200-ден астам адам ауысыммен жұмыс істеп жатыр.", "kk", [("deployed", 200, "more_than")], []),
]

# "died of wounds" is a death, not an injury (kk "жарақаттан көз жұмды", the wound before the verb)
DIED_OF_WOUNDS = [
    ("Шабуыл кезінде 20 адам қаза тапты, тағы 4-і кейін жарақаттан көз жұмды.", "kk",
     [("killed", 20, "exact"), ("killed", 4, "exact")], [("injured", 4, "exact")]),
    ("Ауруханада тағы 4 адам жарақаттан қайтыс болды.", "kk", [("killed", 4, "exact")], [("injured", 4, "exact")]),
    ("Тағы екі адам жарақаттан көз жұмды.", "kk", [("killed", 2, "exact")], [("injured", 2, "exact")]),
    ("Апаттан кейін 12 адам көз жұмды.", "kk", [("killed", 12, "exact")], []),
    ("Тағы 2 адам жарақаттан қаза тапты.", "kk", [("killed", 2, "exact")], [("injured", 2, "exact")]),
    ("Убито 30 человек, 6 впоследствии скончались от ран.", "ru", [("killed", 30, "exact"), ("killed", 6, "exact")], []),
    ("Ще 5 згодом померли від поранень.", "uk", [("killed", 5, "exact")], []),
    ("Nine later died of their wounds in hospital.", "en", [("killed", 9, "exact")], []),
]

# one person named among the dead, a dash or a copula for the verb, an attribute between: one killed
AMONG_THE_DEAD = [
    ("Серед загиблих — дев'ятирічний хлопчик.", "uk", [("killed", 1, "exact")], []),
    ("Серед загиблих була дитина.", "uk", [("killed", 1, "exact")], []),
    ("Серед загиблих — восьмирічний хлопчик та його бабуся.", "uk", [], []),  # two people, no count of one
    ("Среди погибших — мальчик и его бабушка.", "ru", [], []),
    ("Серед загиблих була літня жінка.", "uk", [("killed", 1, "exact")], []),
    ("Серед загиблих — троє дітей.", "uk", [("killed", 3, "exact")], []),
    ("Среди погибших — девятилетний мальчик.", "ru", [("killed", 1, "exact")], []),
    ("Среди погибших оказался полицейский.", "ru", [("killed", 1, "exact")], []),
    ("Среди погибших был ребёнок.", "ru", [("killed", 1, "exact")], []),
    ("Среди погибших были женщины.", "ru", [], []),
    ("Among the dead was a police officer.", "en", [("killed", 1, "exact")], []),
    ("Among the dead is a child.", "en", [("killed", 1, "exact")], []),
    ("Among the dead was a teenager.", "en", [("killed", 1, "exact")], []),
    ("В Ереване скончался третий полицейский.", "ru", [], []),  # an ordinal after a bare verb: no count
]

# leaders (of a protest, an uprising, a committee) are counted people
LEADERS = [
    ("Кузнецов бастаған бірнеше басшы сотталды.", "kk", [("convicted", None, "vague")], []),
    ("Кейін бірнеше басшы ұсталды.", "kk", [("detained", None, "vague")], []),
    ("Облыс басшысы 12 адам қаза тапқанын айтты.", "kk", [("killed", 12, "exact")], []),
    ("Several leaders were convicted.", "en", [("convicted", None, "vague")], []),
    ("Five leaders of the strike were detained.", "en", [("detained", 5, "exact")], []),
    ("Кількох керівників засудили.", "uk", [("convicted", None, "vague")], []),
    ("Затримано 4 керівників протесту.", "uk", [("detained", 4, "exact")], []),
    ("Керівник області повідомив про 12 загиблих.", "uk", [("killed", 12, "exact")], []),
    ("Несколько руководителей были осуждены.", "ru", [("convicted", None, "vague")], []),
]

# kk: a sentence passed on N people, the sentence the passive's subject ("өлім жазасы кесілді")
SENTENCED = [
    ("1956 жылы өткен сотта 5 адамға өлім жазасы кесілді.", "kk", [("convicted", 5, "exact")], []),
    ("Сот 3 адамға өлім жазасын кесті.", "kk", [("convicted", 3, "exact")], []),
    ("12 адамға түрмеде отыру жазасы тағайындалды.", "kk", [("convicted", 12, "exact")], []),
    ("Бірнеше адамға өлім жазасы кесілді.", "kk", [("convicted", None, "vague")], []),
    ("Оған 25 жылға бас бостандығынан айыру жазасы кесілді.", "kk", [], []),  # a prison term counts no one
]

# people put on the wanted list are no count of arrests or participants
WANTED = [
    ("К этому времени осуждены более 20 участников рейда, ещё около 30 объявлены в розыск.", "ru",
     [("convicted", 20, "more_than")], [("participants", 30, "about")]),
    ("Задержаны 12 человек, ещё 5 объявлены в розыск.", "ru", [("detained", 12, "exact")], [("detained", 5, "exact")]),
    ("Затримано 12 людей, ще 5 оголошено в розшук.", "uk", [("detained", 12, "exact")], [("detained", 5, "exact")]),
    ("До цього часу засуджено понад 20 учасників рейду, ще близько 30 оголошені у розшук.", "uk",
     [("convicted", 20, "more_than")], [("participants", 30, "about")]),
    ("More than 20 raiders were convicted; about 30 more were placed on the wanted list.", "en",
     [("convicted", 20, "more_than")], [("convicted", 30, "about")]),
    ("12 адам ұсталды, тағы 5 адам іздеуге жарияланды.", "kk", [("detained", 12, "exact")], [("detained", 5, "exact")]),
    ("Сотталғандардан бөлек тағы 30-ға жуық адам іздестіруге жарияланды.", "kk", [], []),
]

# counted things the lists lacked: ru "автомашин" (vehicles), "склад" (warehouses); the singular "тело" / "тіло"
# after a numeral ending in 1; kk "мәйіт" (corpses)
THINGS = [
    ("Руководство комбината сообщило, что ночью на предприятии сгорели два склада.", "ru", [("buildings_damaged", 2, "exact")], []),
    ("Всего в области сожжено 89 автомашин и повреждено около 300 домов.", "ru",
     [("vehicles_damaged", 89, "exact"), ("buildings_damaged", 300, "about")], []),
    ("Сгорели 3 склада и 12 автомашин.", "ru", [("buildings_damaged", 3, "exact"), ("vehicles_damaged", 12, "exact")], []),
    ("Судебно-медицинские эксперты осмотрели 181 тело.", "ru", [("killed", 181, "exact")], []),
    ("Из-под завалов извлекли 21 тело.", "ru", [("killed", 21, "exact")], []),
    ("Експерти оглянули 181 тіло.", "uk", [("killed", 181, "exact")], []),
    ("З-під завалів дістали 21 тіло.", "uk", [("killed", 21, "exact")], []),
    ("Ағдамға 200-ге жуық мәйіт әкелінді.", "kk", [("killed", 200, "about")], []),
    ("Моргке 15 мәйіт жеткізілді.", "kk", [("killed", 15, "exact")], []),
    ("Орталық төрт күн ішінде 200-ге жуық мәйіт әкелінгенін жазды.", "kk", [("killed", 200, "about")], []),
]

# people taken out alive, the adverb first (a machine translation's order), are no casualty count
ALIVE = [
    ("Under the ruins are found dead 6 persons, alive are pulled out 5.", "en", [("killed", 6, "exact")], [("killed", 5, "exact")]),
    ("Found dead 3 persons, alive were taken out 12.", "en", [("killed", 3, "exact")], [("killed", 12, "exact")]),
    ("Rescuers found 4 bodies; alive are pulled out 7 persons.", "en", [("killed", 4, "exact")], [("killed", 7, "exact")]),
    ("Під завалами знайшли мертвими 6 людей, живими дістали 5.", "uk", [("killed", 6, "exact")], [("killed", 5, "exact")]),
    ("Загинули 4 людей, ще 7 дістали живими.", "uk", [("killed", 4, "exact")], [("killed", 7, "exact")]),
    ("Під уламками загинули 8 людей, живими витягли 3.", "uk", [("killed", 8, "exact")], [("killed", 3, "exact")]),
    ("Под завалами найдены мёртвыми 6 человек, живыми извлечены 5.", "ru", [("killed", 6, "exact")], [("killed", 5, "exact")]),
    ("Погибли 4 человека, живыми достали 9.", "ru", [("killed", 4, "exact")], [("killed", 9, "exact")]),
    ("Из-под обломков достали 11 тел, живыми извлекли двоих.", "ru", [("killed", 11, "exact")], [("killed", 2, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ENTERED + DIED_OF_WOUNDS + AMONG_THE_DEAD + ALIVE + LEADERS + SENTENCED + WANTED + THINGS + SHIFTS)
def test_q21a_figures(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


# a table column headed "of them <group>" is a part of the column before it: its measure
SUBSET_COLUMN = [
    ('| Источник | Дата | Погибшие всего | Из них милиционеры | Раненые |\n|---|---|---|---|---|\n| УВД края | 14.06 | — | не менее 12 | — |\n| Минздрав | 21.06 | 129 | 18 | 415 |\n', "ru", [("killed", 12, "at_least"), ("killed", 129, "exact"), ("killed", 18, "exact"), ("injured", 415, "exact")]),
    ('| Source | Date | Killed | Of them police | Injured |\n|---|---|---|---|---|\n| Police | 14.06 | — | at least 12 | — |\n| Ministry | 21.06 | 129 | 18 | 415 |\n', "en", [("killed", 12, "at_least"), ("killed", 129, "exact"), ("killed", 18, "exact"), ("injured", 415, "exact")]),
    ('| Джерело | Дата | Загиблі | З них поліцейські | Поранені |\n|---|---|---|---|---|\n| Поліція | 14.06 | — | щонайменше 12 | — |\n| МОЗ | 21.06 | 129 | 18 | 415 |\n', "uk", [("killed", 12, "at_least"), ("killed", 129, "exact"), ("killed", 18, "exact"), ("injured", 415, "exact")]),
    ('| Дереккөз | Күні | Қаза тапқандар | Оның ішінде полицейлер | Жараланғандар |\n|---|---|---|---|---|\n| Полиция | 14.06 | — | 12 | — |\n| Министрлік | 21.06 | 129 | 18 | 415 |\n', "kk", [("killed", 12, "exact"), ("killed", 129, "exact"), ("killed", 18, "exact"), ("injured", 415, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "want"), SUBSET_COLUMN)
def test_q21a_subset_column(text, lang, want):
    assert [(c.measure, c.value, c.qualifier) for c in segmented(text, lang)] == want


# kk: prisoners "атылды" (were shot) were killed; shots or stones "атылды" (were fired, thrown) count no one
SHOT = [
    ("Түнде 13 тұтқын атылды.", "kk", [("killed", 13, "exact")], []),
    ("Әлеуметтік желілерде «3000-нан астам тұтқын атылды» деген жазбалар тарады.", "kk", [("killed", 3000, "more_than")], []),
    ("Күзетшілер 5 адамды атып өлтірді, тағы 7 адам атып өлтірілді.", "kk", [("killed", 5, "exact"), ("killed", 7, "exact")], []),
    ("Түнде 20-дан астам оқ атылды.", "kk", [], []),
    ("Полицейлерге 50-ден астам тас атылды.", "kk", [], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), SHOT)
def test_q21a_shot(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


# one person "among them" in the sentence after a count: that count's measure, one ("a child among them" = 1)
AMONG_THEM = [
    ("The head of the region: the dead are 34. Among them is a child.", "en", [("killed", 34, "exact"), ("killed", 1, "exact")], []),
    ("Thirty people were injured. Among them was a police officer.", "en", [("injured", 30, "exact"), ("injured", 1, "exact")], []),
    ("Among them is a child.", "en", [], []),  # no count before: nothing
    ("Загинули 34 людини. Серед них — дев'ятирічний хлопчик.", "uk", [("killed", 34, "exact"), ("killed", 1, "exact")], []),
    ("Затримали 12 людей. Серед них був підліток.", "uk", [("detained", 12, "exact"), ("detained", 1, "exact")], []),
    ("Поранено 9 людей. Серед них була дитина.", "uk", [("injured", 9, "exact"), ("injured", 1, "exact")], []),
    ("Погибли 34 человека. Среди них — мальчик.", "ru", [("killed", 34, "exact"), ("killed", 1, "exact")], []),
    ("Ранены 20 человек. Среди них оказался полицейский.", "ru", [("injured", 20, "exact"), ("injured", 1, "exact")], []),
    ("Задержаны 15 человек. Среди них был подросток.", "ru", [("detained", 15, "exact"), ("detained", 1, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), AMONG_THEM)
def test_q21a_among_them(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


# en: "the 10,000 figure" names a figure stated elsewhere, not a count of its own
FIGURE_REF = [
    ("Editors discussed the detained and the 10,000 figure.", "en", [], []),
    ("Police detained 200 people and the 10,000 figure was dismissed.", "en", [("detained", 200, "exact")], [("dismissed", 10000, "exact")]),
    ("Police detained 200 people; the 10,000 figure is disputed.", "en", [("detained", 200, "exact")], []),
    ("The official figure is 305 dead.", "en", [("killed", 305, "exact")], []),
    ("Activists put the figure at 10,000 dead.", "en", [("killed", 10000, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), FIGURE_REF)
def test_q21a_figure_ref(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


# buildings a missile hit were damaged (a count of buildings only)
HIT = [
    ("Реактивні снаряди влучили у дві п'ятиповерхівки на вулиці Центральній.", "uk", [("buildings_damaged", 2, "exact")], []),
    ("Ракета влучила в 3 будинки.", "uk", [("buildings_damaged", 3, "exact")], []),
    ("Снаряд влучив у 2 школи.", "uk", [("buildings_damaged", 2, "exact")], []),
    ("Ракеты попали в две пятиэтажки.", "ru", [("buildings_damaged", 2, "exact")], []),
    ("Снаряд попал в 3 дома.", "ru", [("buildings_damaged", 3, "exact")], []),
    ("В больницу попали 12 человек.", "ru", [("injured", 12, "exact")], []),
    ("The rockets hit two apartment blocks.", "en", [("buildings_damaged", 2, "exact")], []),
    ("Shells hit 3 houses on the street.", "en", [("buildings_damaged", 3, "exact")], []),
    ("The death toll hit 20.", "en", [("killed", 20, "exact")], []),
    ("The storm hit 3 regions.", "en", [], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), HIT)
def test_q21a_hit(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)
