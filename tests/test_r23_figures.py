"""Round 23 (r23d) of the figures: constructions that recur across the development sets, as invented
sentences about invented places and people, in every language where the construction occurs. Each row:
text, language, the ``(measure, value, qualifier)`` of every claim expected, and rows that must not appear."""

from __future__ import annotations

import pytest
from claims_helpers import check_summary, segmented


def _summary(text: str, lang: str) -> list[tuple]:
    return [(c.measure, list(c.value) if isinstance(c.value, tuple) else c.value, c.qualifier) for c in segmented(text, lang)]


def _check(text, lang, must, must_not):
    got = _summary(text, lang)
    for row in must:
        assert row in got, got
    for row in must_not:
        assert row not in got, got


# a bare figure a verb of giving a figure governs ("gave 117", "фигурирует 130", "117 деп атады")
# counts what the last count of its paragraph counted
GIVEN = [
    ("Officials in Norvale first reported 67 miners dead. The next day the chief doctor, Oskar Lind, gave 81, saying two of them had been shot.",
     "en", [("killed", 67, "exact"), ("killed", 81, "exact")], []),
    ("Officials in Norvale first reported 67 miners dead. The rescue service had initially spoken of 50.",
     "en", [("killed", 67, "exact"), ("killed", 50, "exact")], []),
    ("The Norvale prosecutor later put the number of miners who died at 79, and the court file lists 80.",
     "en", [("killed", 79, "exact"), ("killed", 80, "exact")], []),
    ("Сначала власти Северска сообщили о 67 погибших. Позже главный врач города назвал 81.",
     "ru", [("killed", 67, "exact"), ("killed", 81, "exact")], []),
    ("Сначала власти Северска сообщили о 67 погибших. В материалах уголовного дела фигурирует 80.",
     "ru", [("killed", 67, "exact"), ("killed", 80, "exact")], []),
    ("Спершу влада Заріччя повідомила про 67 загиблих. Пізніше головний лікар міста назвав 81.",
     "uk", [("killed", 67, "exact"), ("killed", 81, "exact")], []),
    ("Спершу влада Заріччя повідомила про 67 загиблих. У матеріалах справи фігурує 80.",
     "uk", [("killed", 67, "exact"), ("killed", 80, "exact")], []),
    ("Алғашында билік 67 адам қаза тапты деп хабарлады. Кейін бас дәрігер 81 деп атады.",
     "kk", [("killed", 67, "exact"), ("killed", 81, "exact")], []),
    # the verb's object is something else: no count
    ("Officials in Norvale first reported 67 miners dead. The mayor gave 3 interviews.",
     "en", [("killed", 67, "exact")], [("killed", 3, "exact")]),
    ("Сначала власти Северска сообщили о 67 погибших. Губернатор назвал 3 причины аварии.",
     "ru", [("killed", 67, "exact")], [("killed", 3, "exact")]),
    # a register of names counts the people of the last count
    ("The Norvale council counts 458 bodies found in the district. Our own register holds 372 names, of whom 12 are children.",
     "en", [("killed", 458, "exact"), ("killed", 372, "exact"), ("killed", 12, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), GIVEN)
def test_a_given_figure_takes_the_last_measure(text, lang, must, must_not):
    _check(text, lang, must, must_not)


# Kazakh "N-ге дейін жетуі мүмкін" (may reach up to N) is a ceiling; "дейін жетті" (rose to) stays exact
CEILING = [
    ("Белсенділер қаза тапқандар 500-ге дейін жетуі мүмкін деп мәлімдеді.", "kk", [("killed", 500, "at_most")], []),
    ("Сайт құрбандардың саны 900-ге дейін жетуі мүмкін деп жазды.", "kk", [("killed", 900, "at_most")], []),
    ("Қаза тапқандар саны 25-ке дейін жетті.", "kk", [("killed", 25, "exact")], [("killed", 25, "at_most")]),
    ("Число погибших может достигать 900.", "ru", [("killed", 900, "at_most")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), CEILING)
def test_may_reach_up_to_is_a_ceiling(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


# a phone word that only says how a witness spoke ("told ... by phone that ...") is no phone-number context;
# a number after "по номеру" / "за номером" is a phone number
PHONE = [
    ("A man who fled to Norvale told the agency by phone that he had seen at least 20 bodies near the depot.", "en",
     [("killed", 20, "at_least")], [("killed", 20, "exact")]),
    ("Очевидец рассказал по телефону, что видел не менее 20 тел у вокзала.", "ru", [("killed", 20, "at_least")], []),
    ("For information call 8 (7172) 74-10-12.", "en", [], []),
    ("Родственникам пропавших в Северске звонить по номеру 102.", "ru", [], []),
    ("Родичам зниклих у Заріччі звертатися за номером 102.", "uk", [], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), PHONE)
def test_phone_context(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


# one person named among the injured with a present copula ("Серед поранених є дитина"): injured 1
AMONG_INJURED = [
    ("Серед поранених є дитина.", "uk", [("injured", 1, "exact")], []),
    ("Среди раненых есть ребёнок.", "ru", [("injured", 1, "exact")], []),
    ("Among the injured is a child.", "en", [("injured", 1, "exact")], []),
    ("Среди раненых нет детей.", "ru", [], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), AMONG_INJURED)
def test_one_among_the_injured(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


# a count in the instrumental or as an adverb ("рахують сотнями", "жүздеп саналады") is a vague amount
VAGUE = [
    ("За словами активістів Заріччя, загиблих рахують сотнями.", "uk", [("killed", None, "vague")], [("killed", 100, "exact")]),
    ("По словам активистов, погибшие исчисляются сотнями.", "ru", [("killed", None, "vague")], []),
    ("Белсенділердің айтуынша, қаза тапқандар жүздеп саналады.", "kk", [("killed", None, "vague")], []),
    ("Қаза тапқандар мыңдап саналады.", "kk", [("killed", None, "vague")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), VAGUE)
def test_counted_in_hundreds(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


# the crowd a police action was meant to disperse took part, whatever the police fired before; "the gathered"
# (ru "собравшихся") are participants; digits glued to letters ("G7") are a name
CROWD = [
    ("Riot police in Norvale fired tear gas and rubber bullets early on Friday to disperse thousands of protesters who tried to storm the council.",
     "en", [("participants", None, "vague")], []),
    ("Police in Norvale fired tear gas to disperse about 5,000 protesters.", "en", [("participants", 5000, "about")], []),
    ("Полиция Северска применила слезоточивый газ, чтобы разогнать тысячи протестующих.", "ru", [("participants", None, "vague")], []),
    ("Поліція Заріччя застосувала сльозогінний газ, щоб розігнати тисячі протестувальників.", "uk", [("participants", None, "vague")], []),
    ("Оппозиция Северска оценила число собравшихся в несколько тысяч.", "ru", [("participants", None, "vague")], []),
    ("Число собравшихся полиция оценила в 2000 человек.", "ru", [("participants", 2000, "exact")], []),
    ("Оппозиция жиналғандар санын бірнеше мың деп бағалады.", "kk", [("participants", None, "vague")], []),
    ("Лидеры G7, собравшиеся в Северске, назвали удар преступлением.", "ru", [], []),
    ("Leaders of the G20 met in Norvale; 300 protesters gathered outside.", "en", [("participants", 300, "exact")], [("participants", 20, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), CROWD)
def test_crowds(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)
