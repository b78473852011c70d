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
    ("Серед загиблих є дитина.", "uk", [("killed", 1, "exact")], []),
    ("Серед загиблих була літня жінка.", "uk", [("killed", 1, "exact")], []),
    ("Серед загиблих — троє дітей.", "uk", [("killed", 3, "exact")], []),
    ("Среди погибших — девятилетний мальчик.", "ru", [("killed", 1, "exact")], []),
    ("Среди погибших оказался полицейский.", "ru", [("killed", 1, "exact")], []),
    ("Среди погибших есть ребёнок.", "ru", [("killed", 1, "exact")], []),
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


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ENTERED + DIED_OF_WOUNDS + AMONG_THE_DEAD + ALIVE + LEADERS + SENTENCED)
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
