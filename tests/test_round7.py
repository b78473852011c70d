"""Figure grammar and vocabulary, session 4 round 7 (devset7 failures, general patterns).

Each row: a text in, claims that must be found ``(measure, value, qualifier)`` and claims that must
not be (``(measure, value)``).
"""

from __future__ import annotations

import pytest
from claims_helpers import attributed, summary

# text, lang, must find [(measure, value, qualifier)], must not find [(measure, value)]
ROWS = [
    # an attributive participle before the figure yields to the main verb after it
    ("Рұқсат етілмеген акцияларға қатысқан 500-ге жуық адам ұсталды.", "kk", [("detained", 500, "about")], [("participants", 500)]),
    ("Алаңға жиналған 200 адам ұсталды.", "kk", [("detained", 200, "exact")], [("participants", 200)]),
    # ... but with no verb of a measure after it the participle still counts
    ("Тәртіпсіздікке белсене қатысқан 150-ден астам адамның анықталғанын мәлімдеді.", "kk",
     [("participants", 150, "more_than")], [("detained", 150)]),
    ("Жиынға 400-ге жуық адам қатысқанын хабарлады.", "kk", [("participants", 400, "about")], []),
    ("Операцияға қатысқан 300 полицей.", "kk", [("deployed", 300, "exact")], []),
    # brought to the police "to be held liable" is a detention, not a penalty
    ("Жиындарға қатысқан 350 адам әкімшілік жауапкершілікке тарту үшін полиция бөлімдеріне жеткізілді. Оның 11-і кәмелетке толмағандар.",
     "kk", [("detained", 350, "exact"), ("detained", 11, "exact")], [("convicted", 350), ("convicted", 11), ("participants", 350)]),
    ("Әкімшілік жауапкершілікке 17 адам тартылды.", "kk", [("convicted", 17, "exact")], []),
    # the population of a place (possessive form) is no count
    ("Кеше Алматыда 225 адам ұсталды. Алматы қаласының тұрғындары саны 1,8 миллионнан асады.", "kk",
     [("detained", 225, "exact")], [("detained", 1800000)]),
    # "біреуі" (one of them), "бір" before an adjective and a counted noun
    ("Біреуі ауруханаға жатқызылды.", "kk", [("injured", 1, "exact")], []),
    ("Бір қызметтік көлік зақымданды.", "kk", [("vehicles_damaged", 1, "exact")], []),
    ("Бір наразылық білдіруші қаза тапты.", "kk", [("killed", 1, "exact")], []),
    # predicates: put into buses, a court ruling, on duty
    ("Полиция 40 адамды автобустарға отырғызды.", "kk", [("detained", 40, "exact")], []),
    ("Сот 42 адамды әкімшілік қамаққа алу туралы үкім шығарды.", "kk", [("convicted", 42, "exact")], []),
    ("3 мыңнан астам полиция қызметкері қызмет атқарды.", "kk", [("deployed", 3000, "more_than")], []),
    # people (not only troops) put to work
    ("К работам задействованы более 2 тысяч человек.", "ru", [("deployed", 2000, "more_than")], []),
    ("Задіяно понад 2 тисячі осіб.", "uk", [("deployed", 2000, "more_than")], []),
    # high-rises are buildings
    ("Пошкоджено ще 10 багатоповерхівок.", "uk", [("buildings_damaged", 10, "exact")], []),
    ("Повреждены ещё 10 многоэтажек.", "ru", [("buildings_damaged", 10, "exact")], []),
    ("Another 10 high-rises were damaged.", "en", [("buildings_damaged", 10, "exact")], []),
    ("10 көпқабатты үй зақымданды.", "kk", [("buildings_damaged", 10, "exact")], []),
    # "was shot by": a death, like "were shot"
    ("One woman was shot by the gunmen near the building.", "en", [("killed", 1, "exact")], []),
    ("Two people were shot and wounded.", "en", [("injured", 2, "exact")], [("killed", 2)]),
    # a bound does not spread over "and" to a figure with a counted noun of its own
    ("More than 2,000 rescuers and 100 divers were deployed.", "en",
     [("deployed", 2000, "more_than"), ("deployed", 100, "exact")], []),
    ("Задействованы более 2 тысяч спасателей и 100 водолазов.", "ru",
     [("deployed", 2000, "more_than"), ("deployed", 100, "exact")], []),
    # ... but still over a bare figure or a trigger ("at least 50 dead and 100 injured")
    ("At least 50 dead and 100 injured.", "en", [("killed", 50, "at_least"), ("injured", 100, "at_least")], []),
    # every item of a per-place list after "of them" ("из них в A — 225, в B — 253")
    ("Задержаны 478 человек, из них в Алматы — 225, в Астане — 253.", "ru",
     [("detained", 478, "exact"), ("detained", 225, "exact"), ("detained", 253, "exact")], []),
    ("Затримано 478 осіб, з них у Києві — 225, у Львові — 253.", "uk",
     [("detained", 478, "exact"), ("detained", 225, "exact"), ("detained", 253, "exact")], []),
    ("478 people were detained, of them in Almaty — 225, in Astana — 253.", "en",
     [("detained", 225, "exact"), ("detained", 253, "exact")], []),
    # machine-translated calques of "погибших" ("of the lost", "lost are")
    ("Update: the number of the lost hostages increased to 118 persons.", "en", [("killed", 118, "exact")], []),
    ('On forum write, that lost are "more than 300".', "en", [("killed", 300, "more_than")], []),
    ("Police said the lost documents are 300 pages.", "en", [], [("killed", 300)]),
    # detainees who were beaten are injured
    ("The bureau said dozens of detainees had been beaten in custody.", "en", [("injured", None, "vague")], [("detained", None)]),
    ("Десятки задержанных были избиты в отделениях.", "ru", [("injured", None, "vague")], [("detained", None)]),
    # the rubble named before a relative clause
    ("Спасатели разбирают завалы, под которыми находятся 5 человек.", "ru", [("missing", 5, "exact")], []),
    ("Рятувальники розбирають завали, під якими перебувають 5 людей.", "uk", [("missing", 5, "exact")], []),
    ("Rescuers are clearing the rubble, under which 5 people may still be.", "en", [("missing", 5, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "want", "unwanted"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_measure_of_figure(text, lang, want, unwanted):
    got = [(m, tuple(v) if isinstance(v, list) else v, q) for m, v, q in summary(text, lang)]
    for w in want:
        v = tuple(w[1]) if isinstance(w[1], list) else w[1]
        assert (w[0], v, w[2]) in got, f"{w} not in {got}"
    pairs = {(g[0], g[1]) for g in got}
    for u in unwanted:
        assert u not in pairs, f"{u} wrongly in {got}"


# text, lang, must find [(measure, value, modality)]
MODALITY_ROWS = [
    ("Әлеуметтік желілерде бір наразылық білдірушінің қаза тапқаны туралы ақпарат тарады. Полиция бұл ақпаратты жоққа шығарды.",
     "kk", [("killed", 1, "unconfirmed"), ("killed", 1, "denied")]),
    # denials worded as "a fabrication", "premature", "these counts are rejected", "a provocation"
    ('An opposition politician claimed that "more than 10,000" people were detained. The ministry called this a fabrication.', "en",
     [("detained", 10000, "unconfirmed"), ("detained", 10000, "denied")]),
    ("A union official claimed at least 70 people were killed, a figure the ministry called premature.", "en",
     [("killed", 70, "denied")]),
    ("Activists said 300 people were killed, but the headquarters named this as provocation.", "en", [("killed", 300, "denied")]),
    ("Правозащитники насчитали 174 погибших. Власти эти подсчёты отвергают.", "ru", [("killed", 174, "denied")]),
    ("Правозащитники насчитали 174 погибших. Власти назвали это провокацией.", "ru", [("killed", 174, "denied")]),
    ("Правозахисники нарахували 174 загиблих. Влада ці підрахунки відкидає.", "uk", [("killed", 174, "denied")]),
    ("Құқық қорғаушылар 174 адам қаза тапты деп есептейді. Билік бұл есептерді жоққа шығарады.", "kk", [("killed", 174, "denied")]),
    # a rumour of a quoted vague noun with a participle after it, denied by a police of a region
    ("Пользователи соцсетей распространяли сведения о «десятках военных», якобы погибших в доме; в полиции Черкасской области это опровергли.",
     "ru", [("killed", None, "unconfirmed"), ("killed", None, "denied")]),
    ("Користувачі соцмереж поширювали відомості про «десятки військових», нібито загиблих у будинку; у поліції Черкаської області це спростували.",
     "uk", [("killed", None, "unconfirmed"), ("killed", None, "denied")]),
    # hedges: "may be (under the rubble)"
    ("Спасатели продолжают разбирать завалы, под которыми могут находиться от 5 до 8 человек.", "ru",
     [("missing", (5, 8), "unconfirmed")]),
    ("Під завалами можуть перебувати ще 5 людей.", "uk", [("missing", 5, "unconfirmed")]),
    ("Between 5 and 8 people may still be under the rubble.", "en", [("missing", (5, 8), "unconfirmed")]),
]


@pytest.mark.parametrize(("text", "lang", "want"), MODALITY_ROWS, ids=[r[0][:40] for r in MODALITY_ROWS])
def test_modality(text, lang, want):
    got = {(m, tuple(v) if isinstance(v, list) else v, mod) for m, v, _t, mod in attributed(text, lang)}
    for w in want:
        assert w in got, f"{w} not in {got}"
