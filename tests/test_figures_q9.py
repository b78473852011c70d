"""Figure grammar, session 6 round 3: forces on duty / working at a scene (militia, medical workers),
injuries named by their result ("lost an eye"), "walk out" / "fire" that are no strike or dismissal,
numbers that name a product model ("Fokker 100 jets"), a court's remand (arrested) and "из числа
задержанных" (from among the detained: the verb before the figure governs it).

Each row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be found
and those that must not (``[]`` for "no claim at all").
"""

from __future__ import annotations

import pytest
from claims_helpers import summary

# (text, lang, must contain, must not contain)
ROWS = [
    # forces on duty; militia and medical workers are forces
    ("В день взрывов в метро дежурили более 3 тысяч сотрудников милиции.", "ru", [("deployed", 3000, "more_than")], []),
    ("У метро чергували понад 3 тисячі працівників міліції.", "uk", [("deployed", 3000, "more_than")], []),
    ("On that day more than 2000 militiamen were on duty in the metro.", "en", [("deployed", 2000, "more_than")], []),
    ("На месте работали более 150 медицинских работников.", "ru", [("deployed", 150, "more_than")], []),
    ("На місці працювали понад 150 медичних працівників.", "uk", [("deployed", 150, "more_than")], []),
    ("More than 150 medical workers were working at the scene.", "en", [("deployed", 150, "more_than")], []),
    ("Оқиға орнында 150-ден астам медицина қызметкері жұмыс істеді.", "kk", [("deployed", 150, "more_than")], []),
    # ... who can still be casualties
    ("Three medics were injured.", "en", [("injured", 3, "exact")], []),
    ("Погибли 3 медика.", "ru", [("killed", 3, "exact")], []),
    # an injury named by its result; a collective numeral with a participants noun
    ("Двое участников акции лишились глаза.", "ru", [("injured", 2, "exact")], [("participants", 2, "exact")]),
    ("Двоє учасників акції втратили око.", "uk", [("injured", 2, "exact")], [("participants", 2, "exact")]),
    ("2 молодих людей втратили око.", "uk", [("injured", 2, "exact")], []),
    ("Two young people lost an eye.", "en", [("injured", 2, "exact")], []),
    ("Two protesters lost an eye.", "en", [("injured", 2, "exact")], [("participants", 2, "exact")]),
    ("Екі жас жігіт көзінен айырылды.", "kk", [("injured", 2, "exact")], []),
    ("В акции участвовали 2 тысячи человек, двое лишились глаза.", "ru",
     [("participants", 2000, "exact"), ("injured", 2, "exact")], []),
    # walking out of a wreck is no strike; firing gas or bullets is no dismissal
    ('"Dozens" of passengers walked out of the wreckage.', "en", [], []),
    ("Riot police fired tear gas and rubber bullets.", "en", [], []),
    ("Police fired tear gas, killing 3 people.", "en", [("killed", 3, "exact")], []),
    ("Police fired rubber bullets and 240 people were injured.", "en", [("injured", 240, "exact")], []),
    ("The company fired 30 workers.", "en", [("dismissed", 30, "exact")], []),
    ("Some 300 workers walked out of the plant.", "en", [("strikers", 300, "about")], []),
    # a number naming a product model
    ("The committee grounded all Fokker 100 jets in the country and dismissed two of its inspectors.", "en",
     [("dismissed", 2, "exact")], [("dismissed", 100, "exact")]),
    ("Власти запретили полёты самолётов Fokker 100 и уволили двух инспекторов.", "ru",
     [("dismissed", 2, "exact")], [("dismissed", 100, "exact")]),
    ("Влада заборонила польоти літаків Fokker 100 і звільнила двох інспекторів.", "uk",
     [("dismissed", 2, "exact")], [("dismissed", 100, "exact")]),
    # ... not a count after a place name or a qualifier
    ("In Almaty 12 people died.", "en", [("killed", 12, "exact")], []),
    ("В Almaty 12 человек погибли.", "ru", [("killed", 12, "exact")], []),
    ("On Monday 100 people were detained.", "en", [("detained", 100, "exact")], []),
    # a court's remand is an arrest; "from among the detained" names the group, the verb before governs
    ("Суд арестовал на два месяца 21 человека из числа задержанных.", "ru", [("arrested", 21, "exact")], [("detained", 21, "exact")]),
    ("Суд заарештував на два місяці 21 людину з числа затриманих.", "uk", [("arrested", 21, "exact")], [("detained", 21, "exact")]),
    ("Суд взяв під варту 21 затриманого.", "uk", [("arrested", 21, "exact")], [("detained", 21, "exact")]),
    ("Суд заключил под стражу 21 задержанного.", "ru", [("arrested", 21, "exact")], [("detained", 21, "exact")]),
    ("The court remanded 21 detainees in custody for two months.", "en", [("arrested", 21, "exact")], [("detained", 21, "exact")]),
    ("Сот 21 адамды екі айға қамауға алды.", "kk", [("arrested", 21, "exact")], []),
    ("5 детей из числа погибших.", "ru", [("killed", 5, "exact")], []),
    # joining a protest is taking part; an event noun after "on the eve of" only dates the clause
    ("At least 10,000 people had joined the protest.", "en", [("participants", 10000, "at_least")], []),
    ("К акции присоединились около 500 человек.", "ru", [("participants", 500, "about")], []),
    ("Близько 500 людей приєдналися до протесту.", "uk", [("participants", 500, "about")], []),
    ("За даними організаторів, на зборах напередодні затримань були від 300 до 500 учасників.", "uk",
     [("participants", [300, 500], "range")], [("detained", [300, 500], "range")]),
    ("Накануне задержаний на собрании были от 300 до 500 участников.", "ru",
     [("participants", [300, 500], "range")], [("detained", [300, 500], "range")]),
    ("On the eve of the arrests, 300 to 500 participants attended the meeting.", "en",
     [("participants", [300, 500], "range")], [("arrested", [300, 500], "range")]),
    ("Накануне задержаны 5 человек.", "ru", [("detained", 5, "exact")], []),
    ("Напередодні затримано 5 людей.", "uk", [("detained", 5, "exact")], []),
    # "2 тіла" right after its numeral: bodies found under the rubble are dead, not missing
    ("Під завалами знайдено ще 2 тіла.", "uk", [("killed", 2, "exact")], [("missing", 2, "exact")]),
    ("Под завалами найдены ещё 2 тела.", "ru", [("killed", 2, "exact")], [("missing", 2, "exact")]),
    ("Під завалами можуть перебувати 2 людини.", "uk", [("missing", 2, "exact")], []),
    ("Тіла 5 загиблих передали родичам.", "uk", [("killed", 5, "exact")], []),
    # the crowd the police dispersed took part in the protest
    ("Полиция разогнала около 5 тысяч человек.", "ru", [("participants", 5000, "about")], []),
    ("Поліція розігнала близько 5 тисяч людей.", "uk", [("participants", 5000, "about")], []),
    ("Police used tear gas to disperse about 5,000 protesters.", "en", [("participants", 5000, "about")], []),
    ("Полиция разогнала акцию и задержала 50 человек.", "ru", [("detained", 50, "exact")], [("participants", 50, "exact")]),
    ("Police dispersed the rally; 12 people were injured.", "en", [("injured", 12, "exact")], []),
    # a singular crew member after "including" is one of the count before it
    ("Погибли 12 человек, включая командира воздушного судна.", "ru", [("killed", 12, "exact"), ("killed", 1, "exact")], []),
    ("Загинули 12 людей, включаючи командира повітряного судна.", "uk", [("killed", 12, "exact"), ("killed", 1, "exact")], []),
    ("12 people died, including the captain.", "en", [("killed", 12, "exact"), ("killed", 1, "exact")], []),
    ("12 адам қаза тапты, оның ішінде ұшақ командирі.", "kk", [("killed", 12, "exact"), ("killed", 1, "exact")], []),
    ("12 people died, including the captain of the team.", "en", [("killed", 12, "exact")], [("killed", 1, "exact")]),
]


@pytest.mark.parametrize("text,lang,want,unwanted", ROWS)
def test_figures_q9(text, lang, want, unwanted):
    got = summary(text, lang)
    if want == [] and unwanted == []:
        assert got == [], got
    for w in want:
        assert w in got, (w, got)
    for u in unwanted:
        assert u not in got, (u, got)


# a hospital table's "Admitted" column counts the injured (a header cell, not prose)
TABLES = [
    ("Hospital\tAdmitted\tIn serious condition\nRegional hospital\t19\t4\nTotal\t48\t12\n", "en",
     [("injured", 19), ("injured", 4), ("injured", 48), ("injured", 12)]),
    ("Hospital\tHospitalized\tDied\nCity hospital\t40\t3\n", "en", [("injured", 40), ("killed", 3)]),
    ("Больница\tПоступили\tУмерли\nГородская больница\t40\t3\n", "ru", [("injured", 40), ("killed", 3)]),
    ("Лікарня\tНадійшли\tПомерли\nМіська лікарня\t40\t3\n", "uk", [("injured", 40), ("killed", 3)]),
]


@pytest.mark.parametrize(("text", "lang", "want"), TABLES, ids=[r[0][:30] for r in TABLES])
def test_table_columns_q9(text, lang, want):
    from claims_helpers import extract

    got = [(c.measure, c.value) for c in extract(text, lang)]
    assert sorted(got) == sorted(want)


def test_prose_admitted_is_no_injury():
    assert summary("The university admitted 300 students this year.", "en") == []
