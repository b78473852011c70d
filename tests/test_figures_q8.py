"""Figure grammar, session 6 round 2: counts of zero ("Других пострадавших нет"), a singular attacker
inside a count ("включая смертника"), people who "lay" (injured; dead after a count of bodies),
forces brought out or checking passengers, forces named before an apposed "200 people", losses in
people, "as high as", an elided second source ("; МВС — про 639"), mourners who came to honour the
dead. Each row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be
found and those that must not.
"""

from __future__ import annotations

import pytest
from claims_helpers import extract, summary

ROWS = [
    # zero is a value
    ("Других пострадавших нет.", "ru", [("injured", 0, "exact")], []),
    ("Погиб 1 человек, других пострадавших нет.", "ru", [("killed", 1, "exact"), ("injured", 0, "exact")], []),
    ("Російські державні ЗМІ стверджували, що загиблих «немає».", "uk", [("killed", 0, "exact")], []),
    ("Прокуратура бейбіт тұрғындар арасында зардап шеккендер жоқ екенін хабарлады.", "kk", [("injured", 0, "exact")], []),
    ("No one else was hurt.", "en", [("injured", 0, "exact")], []),
    # ... not the whole a preposition names, nor a denial of a figure just stated
    ("Среди погибших нет иностранцев.", "ru", [], [("killed", 0, "exact")]),
    ("Серед загиблих немає працівників залізниці.", "uk", [], [("killed", 0, "exact")]),
    ("Сведений о пострадавших нет.", "ru", [], [("injured", 0, "exact")]),
    ("Даних про загиблих немає.", "uk", [], [("killed", 0, "exact")]),
    # a zero answering a rumour of two is a value of its own (devset16-19 gold; devset4 had none)
    ("В интернете появились сообщения о гибели двух жителей. В ГУВД их назвали «провокацией» и заверили, что погибших нет.", "ru",
     [("killed", 2, "exact"), ("killed", 0, "exact")], []),
    ("У соцмережах писали про загибель одного студента, проте МВС заявило, що загиблих немає.", "uk",
     [("killed", 1, "exact")], [("killed", 0, "exact")]),
    # a singular attacker inside a count: one of it
    ("Погибли 37 человек, включая смертника.", "ru", [("killed", 37, "exact"), ("killed", 1, "exact")], []),
    ("Позднее число погибших выросло до 16, включая исполнителя теракта.", "ru", [("killed", 16, "exact"), ("killed", 1, "exact")], []),
    ("Загинули 16 людей, включаючи смертника.", "uk", [("killed", 16, "exact"), ("killed", 1, "exact")], []),
    ("Were lost 37 persons, including the terrorist-suicide.", "en", [("killed", 37, "exact"), ("killed", 1, "exact")], []),
    ("37 адам қаза тапты, оның ішінде жанкешті.", "kk", [("killed", 37, "exact"), ("killed", 1, "exact")], []),
    ("Погибли 37 человек, включая террориста и двух полицейских.", "ru", [("killed", 1, "exact"), ("killed", 2, "exact")], []),
    ("37 people were killed, including the bomber's brother.", "en", [("killed", 37, "exact")], [("killed", 1, "exact")]),
    # people who lay: injured (an eyewitness), killed after a count of bodies
    ('The eyewitness Andrey tells: "in the hall lay tens of people, everywhere was smoke".', "en", [("injured", None, "vague")], []),
    ("Очевидиця Олена розповіла: «навколо лежали десятки людей».", "uk", [("injured", None, "vague")], []),
    ("Очевидец рассказал: «В фойе лежали десятки людей».", "ru", [("injured", None, "vague")], []),
    ("Она видела «не меньше сорока тел» в фойе. «Человек двадцать лежали прямо у выхода», — добавила она.", "ru",
     [("killed", 20, "about")], [("injured", 20, "about")]),
    ("Hundreds of people lay flowers at the station.", "en", [], [("injured", None, "vague")]),
    ("В подвале лежали 5 тел.", "ru", [("killed", 5, "exact")], [("injured", 5, "exact")]),
    ("На земле лежали десятки погибших.", "ru", [("killed", None, "vague")], [("injured", None, "vague")]),
    ("On the floor lay 12 bodies.", "en", [("killed", 12, "exact")], [("injured", 12, "exact")]),
    ("Лікарі кажуть, що «кілька» дітей мають тяжкі опіки.", "uk", [("injured", None, "vague")], []),
    # forces brought out, checking passengers, or named before an apposed count of people
    ("На улицы выведено около 1 000 военнослужащих.", "ru", [("deployed", 1000, "about")], []),
    ("На вулиці виведено близько 1 000 військовослужбовців.", "uk", [("deployed", 1000, "about")], []),
    ("More than 500 policemen check now the passengers.", "en", [("deployed", 500, "more_than")], []),
    ("Более 500 полицейских проверяют пассажиров.", "ru", [("deployed", 500, "more_than")], []),
    ("Police checked 300 people.", "en", [], [("deployed", 300, "exact")]),
    ("Рятувальники ДСНС та комунальні служби, понад 200 осіб, працювали на місці.", "uk", [("deployed", 200, "more_than")], []),
    ("Rescuers and utility workers, more than 200 people, worked at the site.", "en", [("deployed", 200, "more_than")], []),
    # losses counted in people are deaths
    ("Сепаратисты утверждали, что потери федеральных сил составили «более 140» человек.", "ru", [("killed", 140, "more_than")], []),
    ("Сепаратисти стверджували, що втрати федеральних сил становили «понад 140» осіб.", "uk", [("killed", 140, "more_than")], []),
    ('The separatists claimed that the losses of the federal forces were "more than 140" people.', "en", [("killed", 140, "more_than")], []),
    ("Потери составили 5 танков.", "ru", [], [("killed", 5, "exact")]),
    # "as high as" is an upper bound
    ("An opposition blog wrote that the toll could be as high as 30.", "en", [("killed", 30, "at_most")], []),
    ("Оппозиция утверждала, что число погибших может составлять вплоть до 30.", "ru", [("killed", 30, "at_most")], []),
    ("Опозиція стверджувала, що кількість загиблих може сягати аж до 30.", "uk", [("killed", 30, "at_most")], []),
    # an elided second source: "; X — про N" counts what the clause before counts
    ("«Вясна» повідомила про щонайменше 700 затриманих; МВС — про 639.", "uk", [("detained", 700, "at_least"), ("detained", 639, "exact")], []),
    ("«Весна» сообщила о более чем 700 задержанных; МВД — о 639.", "ru", [("detained", 639, "exact")], []),
    ("The rights group reported at least 700 detained; the ministry — about 639.", "en", [("detained", 639, "about")], []),
    # mourners who came to honour the dead are no participants
    ("Увечері тисячі людей прийшли вшанувати загиблих.", "uk", [], [("participants", None, "vague")]),
    ("Вечером тысячи людей пришли почтить память погибших.", "ru", [], [("participants", None, "vague")]),
    ("Thousands of people came to honour the victims.", "en", [], [("participants", None, "vague")]),
    ("Профсоюз собрал около трёх тысяч человек, чтобы почтить память погибших.", "ru", [("participants", 3000, "about")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROWS, ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_figures(text, lang, must, must_not):
    got = summary(text, lang)
    for row in must:
        assert row in got, (row, got)
    for row in must_not:
        assert row not in got, (row, got)


def test_zero_claim_quotes_its_words():
    (c,) = extract("Других пострадавших нет.", "ru")
    assert c.value == 0 and c.quote == "пострадавших нет"


def test_attacker_subset_group():
    got = [(c.value, c.group) for c in extract("Погибли 37 человек, включая смертника.", "ru")]
    assert (1, "militants") in got


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("2011 жылғы 24 қаңтарда, Мәскеу уақыты бойынша сағат 16:32-де жарылыс болды.", "kk", "2011-01-24T16:32+03:00"),
    ("2017 жылғы 3 сәуірде Мәскеу уақыты бойынша сағат 14:40 шамасында жарылыс болды.", "kk", "2017-04-03T14:40+03:00"),
    ("2020 жылғы 5 қазанда Бішкек уақыты бойынша сағат 10:00-де жиналды.", "kk", "2020-10-05T10:00+06:00"),
    ("2021 жылғы 26 тамызда жергілікті уақыт бойынша сағат 16:40-та өрт шықты.", "kk", "2021-08-26T16:40"),
])
def test_zone_named_before_the_clock_time(text, lang, value):
    """Kazakh names the zone before the clock time ("Мәскеу уақыты бойынша сағат 16:32-де"), with the
    zone's offset on that date; local time alone gives none."""
    from rashomon.document import Document, Paragraph, Sentence
    from rashomon.timex import TimeTagger

    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    doc.paragraphs = [Paragraph((0, len(text)), lang)]
    doc.sentences = [Sentence((0, len(text)), 0)]
    assert value in [t.value for t in TimeTagger()(doc)]


def test_elided_source_after_a_semicolon_split_off():
    """The segmenter may end a sentence at the ";": "МВС — про 639." alone still counts what the
    clause before counted."""
    from rashomon.claims import ClaimExtractor
    from rashomon.document import Document, Paragraph, Sentence

    text = "«Вясна» повідомила про щонайменше 700 затриманих; МВС — про 639. Серед затриманих — 7 кандидатів."
    cut = text.index("МВС")
    doc = Document(id="t.txt", path="t.txt", text=text, lang="uk")
    doc.paragraphs = [Paragraph((0, len(text)), "uk")]
    doc.sentences = [Sentence((0, cut - 1), 0), Sentence((cut, len(text)), 0)]
    got = [(c.measure, c.value) for c in ClaimExtractor()(doc, [], [])]
    assert ("detained", 639) in got and ("detained", 700) in got
