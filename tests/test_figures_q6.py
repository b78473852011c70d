"""Figure grammar, session 5 round 2: forces deployed (passive "привлечено", divers, patrols, kk
"жұмыс істеді", search operations), damage lists and table columns, bodies found (kk), burns with an
adjective, notices of suspicion, event nouns that count no casualties, funeral crowds, MT "lost".

Each row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be found
and those that must not (``[]`` for "no claim at all").
"""

from __future__ import annotations

import pytest
from claims_helpers import extract, summary

from rashomon.claims import ClaimExtractor
from rashomon.document import Document, Paragraph, Sentence

# (text, lang, must contain, must not contain)
ROWS = [
    # forces brought in (passive) or working / patrolling: deployed
    ("К оперативно-розыскным мероприятиям привлечено более 500 сотрудников.", "ru", [("deployed", 500, "more_than")], []),
    ("До оперативних заходів залучено понад 400 працівників.", "uk", [("deployed", 400, "more_than")], []),
    ("More than 1000 policemen patrol the streets.", "en", [("deployed", 1000, "more_than")], []),
    ("About 300 officers were patrolling the city centre.", "en", [("deployed", 300, "about")], []),
    ("300-ге жуық полиция қызметкері күшейтілген режимде жұмыс істеді.", "kk", [("deployed", 300, "about")], []),
    # divers are forces
    ("На місці працюють 140 водолазів.", "uk", [("deployed", 140, "exact")], []),
    ("К поискам привлечены 180 водолазов.", "ru", [("deployed", 180, "exact")], []),
    ("More than 180 divers were working at the site.", "en", [("deployed", 180, "more_than")], []),
    ("Оқиға орнында 140 сүңгуір жұмыс істеп жатыр.", "kk", [("deployed", 140, "exact")], []),
    # people who took part in a search or rescue operation were deployed, not participants
    ("В поисковой операции участвовали более 600 человек и 180 водолазов.", "ru",
     [("deployed", 600, "more_than"), ("deployed", 180, "exact")], [("participants", 600, "more_than"), ("participants", 180, "exact")]),
    ("Іздестіру жұмыстарына 600-ден астам адам қатысты.", "kk", [("deployed", 600, "more_than")], [("participants", 600, "more_than")]),
    ("More than 600 people took part in the search operation.", "en", [("deployed", 600, "more_than")], [("participants", 600, "more_than")]),
    # ... a rally is still a rally
    ("В акции участвовали около 500 человек.", "ru", [("participants", 500, "about")], [("deployed", 500, "about")]),
    # a damage list: a kindergarten is a building, each item keeps its noun
    ("Міська рада: пошкоджено 1 садок, 9 житлових будинків і 7 автомобілів.", "uk",
     [("buildings_damaged", 1, "exact"), ("buildings_damaged", 9, "exact"), ("vehicles_damaged", 7, "exact")], []),
    ("Повреждены 2 детских сада и 5 домов.", "ru", [("buildings_damaged", 2, "exact"), ("buildings_damaged", 5, "exact")], []),
    ("Two kindergartens were damaged.", "en", [("buildings_damaged", 2, "exact")], []),
    # bodies found (kk), bodies lifted
    ("Құтқарушылар 90-ға жуық адамның денесін тапты.", "kk", [("killed", 90, "about")], []),
    ("Су астынан 12 адамның денесі табылды.", "kk", [("killed", 12, "exact")], []),
    # burns with an adjective, a quoted vague numeral
    ("Лікарі розповідають про «кількох» дітей з важкими опіками.", "uk", [("injured", None, "vague")], []),
    ("Врачи рассказали о пятерых детях с тяжёлыми ожогами.", "ru", [("injured", 5, "exact")], []),
    ("Doctors spoke of five children with severe burns.", "en", [("injured", 5, "exact")], []),
    # a notice of suspicion: charged
    ("ДБР повідомило про підозру 1 посадовцю ДСНС.", "uk", [("charged", 1, "exact")], []),
    ("Прокуратура сообщила о подозрении 2 чиновникам.", "ru", [("charged", 2, "exact")], []),
    ("Investigators served a notice of suspicion on two officials.", "en", [("charged", 2, "exact")], []),
    # attacks and explosions are no count of casualties
    ("Всего в результате двух терактов погибли 34 человека.", "ru", [("killed", 34, "exact")], [("killed", 2, "exact")]),
    ("Накануне два взрыва, совершённые смертниками, унесли жизни людей.", "ru", [], [("killed", 2, "exact")]),
    ("Унаслідок двох терактів загинули 34 людини.", "uk", [("killed", 34, "exact")], [("killed", 2, "exact")]),
    ("The two bombings killed 34 people.", "en", [("killed", 34, "exact")], [("killed", 2, "exact")]),
    ("Екі терактта 34 адам қаза тапты.", "kk", [("killed", 34, "exact")], [("killed", 2, "exact")]),
    # funeral crowds are no participants
    ("More than 2,000 people attended his funeral.", "en", [], [("participants", 2000, "more_than")]),
    # patrols in every language
    ("Улицы патрулируют более 1000 полицейских.", "ru", [("deployed", 1000, "more_than")], []),
    ("Вулиці патрулюють понад 1000 поліцейських.", "uk", [("deployed", 1000, "more_than")], []),
    ("Көшелерді 1000-нан астам полицей патрульдейді.", "kk", [("deployed", 1000, "more_than")], []),
    ("Three patrol cars were set on fire.", "en", [("vehicles_damaged", 3, "exact")], [("deployed", 3, "exact")]),
    # a notice of suspicion served (verb before)
    ("Офіс генпрокурора оголосив підозру трьом посадовцям.", "uk", [("charged", 3, "exact")], []),
    ("Затримано 5 осіб за підозрою у вбивстві.", "uk", [("detained", 5, "exact")], [("charged", 5, "exact")]),
    # accidents and attacks count no casualties
    ("Two accidents killed 5 people.", "en", [("killed", 5, "exact")], [("killed", 2, "exact")]),
    ("В двух авариях погибли 5 человек.", "ru", [("killed", 5, "exact")], [("killed", 2, "exact")]),
    ("У двох аваріях загинули 5 людей.", "uk", [("killed", 5, "exact")], [("killed", 2, "exact")]),
    ("Екі шабуылда 10 адам қаза тапты.", "kk", [("killed", 10, "exact")], [("killed", 2, "exact")]),
    # "tens of" (MT of "десятки"): vague
    ("Tens of people were injured.", "en", [("injured", None, "vague")], []),
    # machine-translated "lost" after its figure: the dead
    ('In the social networks wrote about "not less than 60 lost".', "en", [("killed", 60, "at_least")], []),
    ("About 60 lost their jobs.", "en", [], [("killed", 60, "about")]),
    ("Over 300 people lost their homes.", "en", [], [("killed", 300, "more_than")]),
    ("Some 20 people lost consciousness.", "en", [], [("killed", 20, "about")]),
    ("Among the passengers 12 lost, 30 are wounded.", "en", [("killed", 12, "exact"), ("injured", 30, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROWS)
def test_figures(text, lang, must, must_not):
    got = summary(text, lang)
    for row in must:
        assert row in got, (text, got)
    for row in must_not:
        assert row not in got, (text, got)
    if not must and not must_not:
        assert got == []


_X = ClaimExtractor()


def _table(text: str, lang: str) -> list[tuple]:
    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    doc.paragraphs = [Paragraph((0, len(text)), lang)]
    sents, a = [], 0
    for line in text.split("\n"):
        sents.append(Sentence((a, a + len(line)), 0))
        a += len(line) + 1
    doc.sentences = sents
    return [(c.measure, c.value) for c in _X(doc, [], [])]


@pytest.mark.parametrize(("text", "lang"), [
    ("District | Buildings damaged | Cars damaged\nCentral | 28 | 41\nNorth | 7 | 9", "en"),
    ("Район | Пошкоджено будинків | Пошкоджено автомобілів\nЦентральний | 28 | 41\nПівнічний | 7 | 9", "uk"),
    ("Район | Повреждено зданий | Повреждено машин\nЦентральный | 28 | 41\nСеверный | 7 | 9", "ru"),
])
def test_table_column_names_what_it_counts(text, lang):
    """Each cell takes the measure of its own column: "Cars damaged" counts vehicles."""
    got = _table(text, lang)
    assert ("buildings_damaged", 28) in got and ("buildings_damaged", 7) in got
    assert ("vehicles_damaged", 41) in got and ("vehicles_damaged", 9) in got
    assert ("buildings_damaged", 41) not in got and ("buildings_damaged", 9) not in got


def test_event_nouns_keep_quotes():
    """The casualty figure after an event count still quotes its own words."""
    claims = extract("Всего в результате двух терактов погибли 34 человека.", "ru")
    assert [c.value for c in claims] == [34]


@pytest.mark.parametrize(("text", "lang"), [
    ("Прощання із загиблими в Києві.\nПрийшли тисячі людей.", "uk"),
    ("На прощання із загиблими прийшли тисячі людей.", "uk"),
    ("Прощание с погибшими прошло в субботу.\nПришли тысячи людей.", "ru"),
    ("The funeral was held on Sunday.\nThousands of people came.", "en"),
    ("More than 2,000 people attended the memorial service.", "en"),
    ("Қоштасу рәсіміне 2 мыңнан астам адам келді.", "kk"),
])
def test_ceremony_crowd_is_no_participants(text, lang):
    """A crowd at a funeral or farewell (named in its sentence or the one before) is no claim."""
    assert [m for m, _v in _table(text, lang) if m == "participants"] == []


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Some 5,000 people attended the rally.", "en", 5000),
    ("На митинг пришли около 3000 человек.", "ru", 3000),
])
def test_rally_crowd_stays(text, lang, value):
    assert ("participants", value) in _table(text, lang)
