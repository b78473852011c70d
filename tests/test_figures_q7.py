"""Figure grammar, session 6 round 1: singular counts with no numeral ("Нападавший был ликвидирован"),
machine-translated verb-first clauses ("Are lost 2 policemen, one is wounded"), measure words
(attackers destroyed, people taken to a police station, railway carriages, hospital buildings,
railway workers, Kazakh crowds that "came out", security officers who "took part"), non-claims
(identified bodies, people present in a hospital, "one of them a <profession>") and qualifiers
("informs about N" is exact; Kazakh "кем емес" is at least).

Each row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be found
and those that must not (``[]`` for "no claim at all").
"""

from __future__ import annotations

import pytest
from claims_helpers import extract, summary

# (text, lang, must contain, must not contain)
ROWS = [
    # a singular counted noun with a singular death predicate: one killed
    ("Нападавший был ликвидирован сотрудниками полиции.", "ru", [("killed", 1, "exact")], []),
    ("Внаслідок удару загинула дитина, 11-річний хлопчик.", "uk", [("killed", 1, "exact")], []),
    ("Шабуылдаушы оқиға орнында жойылды.", "kk", [("killed", 1, "exact")], []),
    ("The attacker was killed by police.", "en", [("killed", 1, "exact")], []),
    ("В результате обстрела погиб ребёнок.", "ru", [("killed", 1, "exact")], []),
    # ... not when negated
    ("Нападавший не был ликвидирован.", "ru", [], [("killed", 1, "exact")]),
    ("Жодна дитина не загинула.", "uk", [], [("killed", 1, "exact")]),
    ("The attacker was not killed.", "en", [], [("killed", 1, "exact")]),
    ("No child was killed.", "en", [], [("killed", 1, "exact")]),
    # Kazakh "бір" with an adjective and a counted noun, the active "өлтірді"
    ("Қытайлық жұмысшылар бір жергілікті жігітті өлтірді.", "kk", [("killed", 1, "exact")], []),
    # machine-translated verb-first clauses
    ("Are lost 2 policemen, one is wounded, reports the police department.", "en",
     [("killed", 2, "exact"), ("injured", 1, "exact")], [("injured", 2, "exact")]),
    ("According to the committee, are destroyed 9 fighters, are lost 2 soldiers of the special forces.", "en",
     [("killed", 9, "exact"), ("killed", 2, "exact")], []),
    ("In the village are brought more than 200 employees of the police and military men.", "en", [("deployed", 200, "more_than")], []),
    ("Social networks write that in the operation suffered peaceful inhabitants, about 5 persons.", "en", [("injured", 5, "about")], []),
    ("One was killed and five were injured.", "en", [("killed", 1, "exact"), ("injured", 5, "exact")], []),
    ("No one was killed.", "en", [], [("killed", 1, "exact")]),
    ("Journalists also suffered: at least 5 correspondents were expelled.", "en", [], [("injured", 5, "at_least")]),
    # attackers destroyed
    ("В ходе операции уничтожены 9 бандитов.", "ru", [("killed", 9, "exact")], []),
    ("Під час операції знищено 9 бандитів.", "uk", [("killed", 9, "exact")], []),
    # taken to a police station: detained
    ("Six people had been briefly taken to a police station on Friday.", "en", [("detained", 6, "exact")], []),
    ("Он сообщил, что 6 человек, доставленных в отдел полиции, отпущены.", "ru", [("detained", 6, "exact")], []),
    ("6 людей, доставлених до відділу поліції, відпустили.", "uk", [("detained", 6, "exact")], []),
    ("350 адам полиция бөліміне жеткізілді.", "kk", [("detained", 350, "exact")], []),
    # railway carriages burnt are vehicles
    ("Five passenger carriages burned.", "en", [("vehicles_damaged", 5, "exact")], []),
    ("Згоріли 5 вагонів пасажирського поїзда.", "uk", [("vehicles_damaged", 5, "exact")], []),
    ("Сгорели 5 вагонов пассажирского поезда.", "ru", [("vehicles_damaged", 5, "exact")], []),
    # hospital buildings are buildings
    ("По данным полиции, повреждены 5 корпусов больницы.", "ru", [("buildings_damaged", 5, "exact")], []),
    ("Пошкоджено 5 корпусів лікарні.", "uk", [("buildings_damaged", 5, "exact")], []),
    # railway workers and security officers sent: deployed
    ("До відновлення колій залучили понад 40 залізничників.", "uk", [("deployed", 40, "more_than")], []),
    ("К восстановлению путей привлекли более 40 железнодорожников.", "ru", [("deployed", 40, "more_than")], []),
    ("Операцияға 300-ден астам күштік құрылым қызметкері қатысты.", "kk",
     [("deployed", 300, "more_than")], [("participants", 300, "more_than")]),
    # a Kazakh crowd that came out
    ("Облыс әкімдігінің мәліметінше, алаңға 150-ге жуық адам шыққан.", "kk", [("participants", 150, "about")], []),
    ("Жиынға 500-ден астам адам шықты.", "kk", [("participants", 500, "more_than")], []),
    ("5 адам ауруханадан шықты.", "kk", [], [("participants", 5, "exact")]),
    ("Шахтада өрт шықты. Жер астында 252 адам болған, олардың 206-сы жер бетіне шығарылды.", "kk", [],
     [("participants", 252, "exact"), ("participants", 206, "exact")]),
    # identified bodies, people present in a hospital: no claim
    ("Поліція Дніпропетровщини повідомила, що встановила особи 19 загиблих.", "uk", [], [("killed", 19, "exact")]),
    ("Полиция установила личности 19 погибших.", "ru", [], [("killed", 19, "exact")]),
    ("Під час удару в лікарні перебували сотні дітей і медиків.", "uk", [], [("injured", None, "vague")]),
    # "one of them a <profession>": who one was, not a count (a counted noun or a trigger still counts)
    ("Two adults were killed at the hospital, one of them a paediatric nephrologist.", "en",
     [("killed", 2, "exact")], [("killed", 1, "exact")]),
    ("Погибли два человека, один из них — врач.", "ru", [("killed", 2, "exact")], [("killed", 1, "exact")]),
    ("Пострадали 3 человека, один из них — в тяжёлом состоянии.", "ru", [("injured", 3, "exact"), ("injured", 1, "exact")], []),
    # qualifiers: "informs about N" (MT of "сообщает о N") is exact; "кем емес" / "аз емес" is at least
    ("The independent site informs about 11 killed fighters.", "en", [("killed", 11, "exact")], [("killed", 11, "about")]),
    ("«Республика» газеті қаза тапқандар саны 11-ден кем емес деп жазды.", "kk", [("killed", 11, "at_least")], []),
    ("Жиынға 500-ден аз емес адам қатысты.", "kk", [("participants", 500, "at_least")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROWS, ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_figures(text, lang, must, must_not):
    got = summary(text, lang)
    for row in must:
        assert row in got, (row, got)
    for row in must_not:
        assert row not in got, (row, got)
    if not must and not must_not:
        assert got == []


def test_singular_group_and_trigger():
    """The singular count carries its noun's group and quotes its predicate."""
    (c,) = extract("Нападавший был ликвидирован сотрудниками полиции.", "ru")
    assert (c.measure, c.value, c.group) == ("killed", 1, "militants")
    assert "ликвидирован" in c.quote


def test_singular_only_without_figures():
    """A sentence with a figure of its own keeps to that figure: no extra count of one."""
    got = summary("Погиб ребёнок, ещё 5 человек ранены.", "ru")
    assert ("injured", 5, "exact") in got
    assert ("killed", 1, "exact") not in got


@pytest.mark.parametrize(("text", "lang"), [
    ("Ни один ребёнок не погиб.", "ru"),
    ("Not one protester was killed.", "en"),
])
def test_negated_one_is_no_count(text, lang):
    assert ("killed", 1, "exact") not in summary(text, lang)


# an apposition that opens with an article stands between a figure and its verb; patients described
# by a relative clause are no casualties (a casualty noun still counts); more singular persons
MORE = [
    ("Several hundred residents of the town, a mining town in the country's south, gathered outside the administration.", "en",
     [("participants", None, "vague")], []),
    ("About 300 people, a third of them women, gathered in the square.", "en", [("participants", 300, "about")], []),
    ("All 627 children who were being treated at the hospital have been transferred to other hospitals.", "en",
     [], [("injured", 627, "exact")]),
    ("27 injured who were being treated at the hospital were transferred.", "en", [("injured", 27, "exact")], []),
    ("Все 627 детей, которые находились на лечении в больнице, переведены в другие больницы.", "ru", [], [("injured", 627, "exact")]),
    ("Усіх 627 дітей, які перебували на лікуванні в лікарні, перевели до інших лікарень.", "uk", [], [("injured", 627, "exact")]),
    ("27 поранених, які перебували на лікуванні в лікарні, перевели.", "uk", [("injured", 27, "exact")], []),
    ("В результате обстрела погибла женщина.", "ru", [("killed", 1, "exact")], []),
    ("Внаслідок обстрілу загинув чоловік.", "uk", [("killed", 1, "exact")], []),
    ("A police officer was killed and another wounded.", "en", [("killed", 1, "exact")], []),
    ("Чоловік загиблої розповів журналістам.", "uk", [], [("killed", 1, "exact")]),
    ("A woman whose son was killed spoke to reporters.", "en", [], [("killed", 1, "exact")]),
    ("They denied that any man had died in custody.", "en", [], [("killed", 1, "exact")]),
    ("Загинув чоловік Олександр Тарайковський.", "uk", [], [("killed", 1, "exact")]),
    ("A man died in hospital, the ministry said.", "en", [("killed", 1, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), MORE, ids=[f"{r[1]}-more-{i}" for i, r in enumerate(MORE)])
def test_more_figures(text, lang, must, must_not):
    got = summary(text, lang)
    for row in must:
        assert row in got, (row, got)
    for row in must_not:
        assert row not in got, (row, got)


# those who sought help as the counted noun, an injury toll, a force's strength, looted shops, a
# verdict on defendants, forces that "lost" people, an attacking group's size (no claim)
OTHER = [
    ("Число обратившихся за помощью выросло до 686, госпитализированы 190 человек.", "ru",
     [("injured", 686, "exact"), ("injured", 190, "exact")], [("killed", 686, "exact")]),
    ("Health ministry raises protest injury toll to 1,200", "en", [("injured", 1200, "exact")], [("killed", 1200, "exact")]),
    ("The death toll rose to 12.", "en", [("killed", 12, "exact")], []),
    ("A 1,000-strong military contingent remained in the capital.", "en", [("deployed", 1000, "exact")], []),
    ("A 5,000-strong police force was deployed.", "en", [("deployed", 5000, "exact")], []),
    ("the 45,000-strong town of miners", "en", [], [("deployed", 45000, "exact")]),
    ("Қаладағы 15-ке жуық дүкен тоналды.", "kk", [("buildings_damaged", 15, "about")], []),
    ("У місті пограбовано близько 15 магазинів.", "uk", [("buildings_damaged", 15, "about")], []),
    ("Верховный суд вынес приговор 57 подсудимым.", "ru", [("convicted", 57, "exact")], []),
    ("Суд виніс вирок 57 підсудним.", "uk", [("convicted", 57, "exact")], []),
    ("Бойовики стверджували, що втратили лише 41 людину.", "uk", [("killed", 41, "exact")], []),
    ("Боевики утверждали, что потеряли лишь 41 человека.", "ru", [("killed", 41, "exact")], []),
    ("Поліція затримала 21 людину.", "uk", [("detained", 21, "exact")], []),
    ("По разным оценкам, в нападении участвовали от 150 до 200 человек.", "ru", [], [("participants", [150, 200], "range")]),
    ("За різними оцінками, у нападі брали участь від 150 до 200 людей.", "uk", [], [("participants", [150, 200], "range")]),
    ("Between 150 and 200 gunmen took part in the attack.", "en", [], [("participants", [150, 200], "range")]),
    ("В акции участвовали около 500 человек.", "ru", [("participants", 500, "about")], []),
    # the police station before the verb; a crowd that "came out"
    ("В отдел полиции были доставлены 12 человек.", "ru", [("detained", 12, "exact")], []),
    ("До райвідділу поліції доставили 12 осіб.", "uk", [("detained", 12, "exact")], []),
    ("12 адам полиция бөлімшесіне жеткізілді.", "kk", [("detained", 12, "exact")], []),
    ("В больницу были доставлены 12 человек.", "ru", [("injured", 12, "exact")], [("detained", 12, "exact")]),
    ("About 300 people came out to the square.", "en", [("participants", 300, "about")], []),
    ("На площадь вышли около 300 человек.", "ru", [("participants", 300, "about")], []),
    # "включая" / "включаючи" open a subset
    ("К вечеру число погибших выросло до 17, включая 11 детей.", "ru", [("killed", 17, "exact"), ("killed", 11, "exact")], []),
    ("Загинули 17 людей, включаючи 11 дітей.", "uk", [("killed", 17, "exact"), ("killed", 11, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), OTHER, ids=[f"{r[1]}-other-{i}" for i, r in enumerate(OTHER)])
def test_other_figures(text, lang, must, must_not):
    got = summary(text, lang)
    for row in must:
        assert row in got, (row, got)
    for row in must_not:
        assert row not in got, (row, got)


@pytest.mark.parametrize(("heading", "rows", "lang", "expected"), [
    ("Пошкоджено внаслідок удару", "Об'єкт\tКількість\nПриватні будинки\t6\nАвтомобілі\t31", "uk",
     [("buildings_damaged", 6), ("vehicles_damaged", 31)]),
    ("Повреждено в результате удара", "Объект\tКоличество\nЖилые дома\t14\nАвтомобили\t3", "ru",
     [("buildings_damaged", 14), ("vehicles_damaged", 3)]),
    ("Damaged in the strike", "Object\tNumber\nHouses\t14\nCars\t3", "en", [("buildings_damaged", 14), ("vehicles_damaged", 3)]),
    ("Contacts", "Object\tNumber\nHouses\t14", "en", []),
])
def test_heading_names_the_damage_of_the_table_under_it(heading, rows, lang, expected):
    """Buildings and vehicles in a table with no trigger of their own take the damage its heading names."""
    from rashomon.claims import ClaimExtractor
    from rashomon.document import Document, Paragraph, Section, Sentence

    text = f"Обзор\n\n## {heading}\n\n{rows}\n"
    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    doc.paragraphs = [Paragraph((0, len(text)), lang)]
    doc.sentences = [Sentence((0, len(text)), 0)]
    a = text.find(heading)
    doc.sections = [Section(heading, 2, (a, a + len(heading)), (a, len(text)))]
    got = [(c.measure, c.value) for c in ClaimExtractor()(doc, [], [])]
    assert got == expected
