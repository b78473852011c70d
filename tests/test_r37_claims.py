"""Round 37 (claims): disease and poisoning counts ("cases", "fell ill", "sought help") are injured,
cases "ended fatally" are killed; per-place rows in parentheses with their adult/child parts; a
decimal comma before "thousand" in Cyrillic pages; "2 тысячи 350"; deaths by "martyred",
"neutralised", "KIA"; pilgrims taking part. Invented sentences, every language."""

import pytest

from tests.claims_helpers import check_summary

CASES = [
    # cases / fell ill / sought help (injured), fatal cases (killed)
    ("en", "The province has registered 150 cases of cholera.", [("injured", 150, "exact")], []),
    ("en", "Officials confirmed 4 fatal cases.", [("killed", 4, "exact")], [("injured", 4, "exact")]),
    ("en", "An additional 2,100 cases were reported in the valley.", [("injured", 2100, "exact")], []),
    ("ru", "В районе зарегистрировано 22 случая ботулизма.", [("injured", 22, "exact")], []),
    ("ru", "Всего зарегистрировано 70 случаев отравлений, из них 31 закончились летально.",
     [("injured", 70, "exact"), ("killed", 31, "exact")], []),
    ("ru", "Гриппом заболели 3 456 человек, из них 1 200 взрослых и 2 256 детей.",
     [("injured", 3456, "exact"), ("injured", 1200, "exact"), ("injured", 2256, "exact")], []),
    ("uk", "За тиждень на грип захворіли 2 345 осіб – 1 012 дорослих і 1 333 дітей.",
     [("injured", 2345, "exact"), ("injured", 1012, "exact"), ("injured", 1333, "exact")], []),
    ("uk", "В області зареєстровано 87 випадків отруєння грибами, з них 12 випадків закінчилися летально.",
     [("injured", 87, "exact"), ("killed", 12, "exact")], []),
    ("uk", "Також зафіксовано 15 летальних випадків.", [("killed", 15, "exact")], [("injured", 15, "exact")]),
    ("uk", "слідчі встановили 12 випадків убивств у селі", [("killed", 12, "exact")], []),
    ("kk", "67 бала көмекке жүгінді.", [("injured", 67, "exact")], []),
    ("kk", "460 бала дәрігерге жүгініп, 80 оқушы ауруханаға жатқызылды.",
     [("injured", 460, "exact"), ("injured", 80, "exact")], []),
    # per-place rows in parentheses, with their parts after a colon
    ("uk", "Найбільше хворих зафіксовано у Пахомівській (290 хворих: 216 дорослих і 74 дитини), "
     "Сиротинській (219: 57 дорослих і 162 дитини) областях і в місті Ясне (170: 88 дорослих і 82 дитини).",
     [("injured", v, "exact") for v in (290, 216, 74, 219, 57, 162, 170, 88, 82)], []),
    ("ru", "Больше всего заболевших в Пахомовской (всего 1 873 человека: 378 взрослых и 1495 детей), "
     "Сиротинской (всего 617 человек: 196 взрослых и 421 ребенок) областях.",
     [("injured", v, "exact") for v in (1873, 378, 1495, 617, 196, 421)], []),
    ("en", "The highest rates of morbidity are seen in Pakhom (a total of 1,559 people: 544 adults and 1,015 children), "
     "Sirotin (827: 257 adults and 570 children) and Yasne (673: 356 adults and 317 children).",
     [("injured", v, "exact") for v in (1559, 544, 1015, 827, 257, 570, 673, 356, 317)], []),
    ("uk", "Найбільше захворіли у Пахомівській (207), Сиротинській (186) областях та у Ясному (203).",
     [("injured", 207, "exact"), ("injured", 186, "exact"), ("injured", 203, "exact")], []),
    # numbers
    ("uk", "На кір захворіли 53,112 тис. осіб, з них 28,107 тис. дітей.",
     [("injured", 53112, "exact"), ("injured", 28107, "exact")], [("injured", 53112000, "exact")]),
    ("ru", "К ликвидации привлечены 2 тысячи 350 человек.", [("deployed", 2350, "exact")], [("deployed", 2000, "exact")]),
    # deaths by the speaker's verb
    ("en", "At least 23 guards were martyred in the raid.", [("killed", 23, "at_least")], []),
    ("en", "More than 40 militants were neutralised.", [("killed", 40, "more_than")], []),
    ("en", "The command announced 12 KIA.", [("killed", 12, "exact")], []),
    ("kk", "Әскер 40-тан астам содырдың көзін жойғанын хабарлады.", [("killed", 40, "more_than")], []),
    # participants, damaged buildings
    ("en", "This year, over 1.5 million believers participate in the festival.", [("participants", 1500000, "more_than")], []),
    ("ru", "В празднике участвуют около 1,5 миллиона паломников.", [("participants", 1500000, "about")], []),
    ("uk", "Пожежа призвела до загоряння 4 житлових будинків.", [("buildings_damaged", 4, "exact")], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_r37_claims(lang, text, must, must_not):
    check_summary(text, lang, must, must_not)


GUARDS = [
    # a legal case and the locative "in N instances" count no casualty; a disease code is no figure
    ("en", "Police opened 98 criminal cases after the riots.", [], [("injured", 98, "exact")]),
    ("ru", "В 2 случаях из 10 помощь не понадобилась.", [], [("injured", 2, "exact")]),
    ("uk", "Хворих на COVID-19 у лікарні 12.", [("injured", 12, "exact")], [("injured", 19, "exact")]),
    ("ru", "Больных COVID-19 в больнице 12.", [("injured", 12, "exact")], [("injured", 19, "exact")]),
    ("kk", "Ауылда 25 адам уланған.", [("injured", 25, "exact")], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", GUARDS)
def test_r37_guards(lang, text, must, must_not):
    check_summary(text, lang, must, must_not)


@pytest.mark.parametrize("lang,text", [
    ("en", "All but one of the passengers died."),
    ("ru", "Все, кроме одного пассажира, погибли."),
    ("uk", "Всі, крім одного пасажира, загинули."),
])
def test_r37_all_but_one_is_no_toll(lang, text):
    check_summary(text, lang, [], [("killed", 1, "exact")])


@pytest.mark.parametrize("lang,text,value", [
    ("en", "The jet crashed with 112 people on board. All passengers and crew died.", 112),
    ("en", "The ferry sank with 57 people on board; there were no survivors.", 57),
    ("ru", "На борту находились 112 человек. Все пассажиры и члены экипажа погибли.", 112),
    ("uk", "На борту були 112 людей. Ніхто з пасажирів не вижив.", 112),
    ("kk", "Ұшақ бортында 112 адам болған. Барлық жолаушылар мен экипаж мүшелері қаза тапты.", 112),
])
def test_r37_all_aboard_died(lang, text, value):
    check_summary(text, lang, [("killed", value, "exact")], [])


@pytest.mark.parametrize("lang,text", [
    ("en", "The jet crashed with 112 people on board. Rescuers found 40 survivors."),
    ("en", "The jet crashed with 112 people on board. All but one died."),
    ("ru", "На борту находились 112 человек. Спасены 40 пассажиров."),
])
def test_r37_aboard_alone_is_no_toll(lang, text):
    check_summary(text, lang, [], [("killed", 112, "exact")])


@pytest.mark.parametrize("lang,text,row", [
    ("ru", "Пострадали две с половиной тысячи человек.", ("injured", 2500, "exact")),
    ("uk", "Понад п'ять з половиною сотень прочан померли від спеки.", ("killed", 550, "more_than")),
    ("en", "Two and a half thousand people were injured.", ("injured", 2500, "exact")),
])
def test_r37_half_before_multiplier(lang, text, row):
    check_summary(text, lang, [row], [])


@pytest.mark.parametrize("lang,text,bad", [
    ("en", "Air defense neutralized 483 of the 524 detected airborne threats.", ("killed", 483, "exact")),
    ("en", "30 patients lie in the unit where the most severe Covid-19 cases are treated.", ("injured", 19, "exact")),
])
def test_r37_no_casualty(lang, text, bad):
    check_summary(text, lang, [], [bad])


@pytest.mark.parametrize("lang,text,row,bad", [
    ("ru", "Количество погибших в результате землетрясения магнитудой 6.0, которое произошло ночью, выросло до более чем 2 200 человек.",
     ("killed", 2200, "more_than"), ("killed", 6, "exact")),
    ("en", "At least 120 people were infected.", ("injured", 120, "at_least"), None),
    ("ru", "Число заразившихся превысило 190 человек.", ("injured", 190, "more_than"), None),
    ("uk", "Кількість інфікованих перевищила 190 осіб.", ("injured", 190, "more_than"), None),
])
def test_r37_magnitude_and_infected(lang, text, row, bad):
    check_summary(text, lang, [row], [bad] if bad else [])


@pytest.mark.parametrize("lang,text,values", [
    ("ru", "Больше всего заболевших насчитали в Пахомовской области (207), Сиротинской (186), Ясенской (177) и в Ясном (203).",
     (207, 186, 177, 203)),
    ("en", "The most recent cases were registered in Pakhom (243 patients: 81 adults and 162 children), in Sirotin "
     "(214: 118 adults and 96 children) and Yasne (160: 84 adults and 76 children).", (243, 81, 162, 214, 118, 96, 160, 84, 76)),
])
def test_r37_more_rows(lang, text, values):
    check_summary(text, lang, [("injured", v, "exact") for v in values], [])


def test_r37_criminal_case_only_as_the_counted_noun():
    text = "The prosecutor's office later put the number of hostages who died at 129, and the criminal case lists 130."
    check_summary(text, "en", [("killed", 129, "exact"), ("killed", 130, "exact")], [])


def test_r37_row_role_noun_takes_the_list_trigger():
    text = "Повідомляється, що найбільше затриманих у Пахомові (96 протестувальників), у Сиротині (89) і Ясному (45)."
    check_summary(text, "uk", [("detained", 96, "exact"), ("detained", 89, "exact"), ("detained", 45, "exact")],
                  [("participants", 89, "exact")])


def test_r37_all_aboard_with_its_own_figure():
    from tests.claims_helpers import segmented
    text = ("На борту літака знаходилися 8 військовослужбовців, 64 артиста ансамблю, двоє держслужбовців. У міністерстві "
            "підтвердили, що загинули всі 92 людини, що знаходилися на борту літака.")
    got = [(c.measure, c.value) for c in segmented(text, "uk")]
    assert ("killed", 92) in got and ("killed", 64) not in got, got


@pytest.mark.parametrize("lang,text,must,bad", [
    ("en", "Prosecutors confirmed that criminal cases were opened against 4 protesters.", [("charged", 4, "exact")], []),
    ("en", "Rights groups documented over 450 cases of torture in the jail.", [], [("injured", 450, "more_than")]),
    ("ru", "Правозащитники задокументировали более 450 случаев пыток.", [], [("injured", 450, "more_than")]),
    ("uk", "Правозахисники задокументували понад 450 випадків катувань.", [], [("injured", 450, "more_than")]),
])
def test_r37_legal_and_abuse_cases(lang, text, must, bad):
    check_summary(text, lang, must, bad)
