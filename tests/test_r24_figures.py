"""Round 24 (r24d) of the figures: constructions that recur across the development sets, as invented
sentences about invented places and people, in every language where the construction occurs. Each row:
text, language, the ``(measure, value, qualifier)`` of every claim expected, and rows that must not appear."""

from __future__ import annotations

import pytest
from claims_helpers import segmented


def _summary(text: str, lang: str) -> list[tuple]:
    return [(c.measure, list(c.value) if isinstance(c.value, tuple) else c.value, c.qualifier) for c in segmented(text, lang)]


def _check(text, lang, must, must_not):
    got = _summary(text, lang)
    for row in must:
        assert row in got, got
    for row in must_not:
        assert row not in got, got


# an act whose words name its one object ("was removed from his post", "освобождён от должности",
# "з посади звільнили", "қызметінен босатылды"): one dismissed; not negated, not beside a figure
DISMISSED_ONE = [
    ("Ivor Pell, the governor of Norvale province, was removed from his post in March 1961.", "en", [("dismissed", 1, "exact")], []),
    ("The Norvale mayor was relieved of his duties after the riot.", "en", [("dismissed", 1, "exact")], []),
    ("The governor of Norvale was not removed from his post.", "en", [], [("dismissed", 1, "exact")]),
    ("Two officers of the Norvale garrison were removed from office.", "en", [("dismissed", 2, "exact")], [("dismissed", 1, "exact")]),
    ("12 мая первый секретарь обкома Иван Горев был освобождён от должности.", "ru", [("dismissed", 1, "exact")], []),
    ("После событий в Северске начальник милиции был снят с должности.", "ru", [("dismissed", 1, "exact")], []),
    ("Двое директоров Северского завода были сняты с должности.", "ru", [("dismissed", 2, "exact")], [("dismissed", 1, "exact")]),
    ("14 травня з посади звільнили голову обласної ради Івана Горового. До суду ніхто не потрапив.", "uk",
     [("dismissed", 1, "exact")], []),
    ("Після подій у Заріччі начальника міліції було звільнено з посади.", "uk", [("dismissed", 1, "exact")], []),
    ("З посади звільнили трьох керівників Заріченського району.", "uk", [("dismissed", 3, "exact")], [("dismissed", 1, "exact")]),
    ("Оқиғадан кейін, 1961 жылғы наурызда, облыс әкімі Иван Горев қызметінен босатылды.", "kk", [("dismissed", 1, "exact")], []),
    ("Шахтаның 2 басшысы қызметінен босатылды.", "kk", [("dismissed", 2, "exact")], [("dismissed", 1, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), DISMISSED_ONE)
def test_a_dismissal_of_one(text, lang, must, must_not):
    _check(text, lang, must, must_not)


# a range closed by a bare multiplier ("от 100 тысяч до миллиона")
RANGES = [
    ("В митингах в Северске участвовали от 100 тысяч до миллиона человек.", "ru", [("participants", [100000, 1000000], "range")], []),
    ("У мітингах у Заріччі брали участь від 200 тисяч до мільйона людей.", "uk", [("participants", [200000, 1000000], "range")], []),
    ("Between 300 thousand and a million people took part in the Norvale rallies.", "en",
     [("participants", [300000, 1000000], "range")], []),
    ("Поранено від 3 до 4 тисяч людей у Заріччі.", "uk", [("injured", [3000, 4000], "range")], []),
    ("Митингке 100-ден 300-ге дейін адам қатысты.", "kk", [("participants", [100, 300], "range")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), RANGES)
def test_a_range_closed_by_a_multiplier(text, lang, must, must_not):
    _check(text, lang, must, must_not)


# Kazakh: people who went out to a town's centre took part; forces brought in were deployed; a case
# opened against "more than N of them" (астамына) charges them; a court that punished people convicted them
KAZAKH = [
    ("Келесі күні, 5 наурызда, 1500-ге жуық адам қала орталығына шығып, дүкендерді талқандады.", "kk",
     [("participants", 1500, "about")], []),
    ("Тәртіпті қалпына келтіру үшін Ақтасқа 2000-ға жуық әскери қызметші мен милиционер жеткізілді.", "kk",
     [("deployed", 2000, "about")], []),
    ("Толқулар кезінде 200-ге жуық адам ұсталды, оның 40-тан астамына қылмыстық іс қозғалды.", "kk",
     [("detained", 200, "about"), ("charged", 40, "more_than")], [("detained", 40, "exact")]),
    ("Сот 70-тен астам адамды жазалады.", "kk", [("convicted", 70, "more_than")], []),
    ("Ауруханаға 20 жаралы жеткізілді.", "kk", [("injured", 20, "exact")], [("deployed", 20, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), KAZAKH)
def test_kazakh_verbs_and_case_endings(text, lang, must, must_not):
    _check(text, lang, must, must_not)


# a table row whose cells hold one count by two sources ("Dead | 32 | 59 | ministry / administration")
ROWS = [
    ("Dead\t14\t27\tNorvale police / the rebel council", "en", [("killed", 14, "exact"), ("killed", 27, "exact")], []),
    ("Погибшие\t14\t27\tМВД / совет повстанцев", "ru", [("killed", 14, "exact"), ("killed", 27, "exact")], []),
    ("Загиблі\t14\t27\tМВС / рада повстанців", "uk", [("killed", 14, "exact"), ("killed", 27, "exact")], []),
    ("Killed\t12\t14 May\tpolice", "en", [("killed", 12, "exact")], [("killed", 14, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROWS)
def test_a_figure_in_the_next_cell(text, lang, must, must_not):
    _check(text, lang, must, must_not)


# the counted noun of the figure before is no trigger of the next one ("290 demonstrators, 189 servicemen")
COORDINATED = [
    ("Ранены 290 демонстрантов, 189 военнослужащих.", "ru", [("injured", 290, "exact"), ("injured", 189, "exact")],
     [("participants", 189, "exact")]),
    ("Поранено 290 демонстрантів, 189 військовослужбовців.", "uk", [("injured", 290, "exact"), ("injured", 189, "exact")],
     [("participants", 189, "exact")]),
    ("Injured were 290 demonstrators, 189 servicemen.", "en", [("injured", 290, "exact"), ("injured", 189, "exact")],
     [("participants", 189, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), COORDINATED)
def test_the_noun_of_the_figure_before(text, lang, must, must_not):
    _check(text, lang, must, must_not)


# no count of the event's people: hostages a crowd keeps, a memorial's objects by the number of the dead,
# people who came to give blood
NONE = [
    ("Протестувальники тримають 12 поліцейських «у полоні» в будівлі ради.", "uk", [], [("detained", 12, "exact")]),
    ("Протестующие держат 12 полицейских в здании администрации.", "ru", [], [("participants", 12, "exact")]),
    ("Some protesters keep 12 policemen in the Norvale town hall.", "en", [], [("participants", 12, "exact")]),
    ("У выхода из метро стоит памятник: 12 бронзовых роз по числу погибших.", "ru", [], [("killed", 12, "exact")]),
    ("Біля входу стоїть пам'ятник: 12 бронзових троянд за кількістю загиблих.", "uk", [], [("killed", 12, "exact")]),
    ("The Norvale memorial holds 12 bronze roses, one for each of the dead.", "en", [], [("killed", 12, "exact")]),
    ("Понад 2 тисячі полтавців сьогодні прийшли здати кров.", "uk", [], [("participants", 2000, "more_than")]),
    ("Более 2 тысяч жителей Северска пришли сдать кровь.", "ru", [], [("participants", 2000, "more_than")]),
    ("More than 2,000 Norvale residents came to donate blood.", "en", [], [("participants", 2000, "more_than")]),
    ("2 мыңнан астам тұрғын қан тапсыруға келді.", "kk", [], [("participants", 2000, "more_than")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), NONE)
def test_no_count_of_the_event(text, lang, must, must_not):
    _check(text, lang, must, must_not)


# a verdict with its sentence between the verb and the defendants; Kazakh rioters as counted people,
# houses hit by bullets
MORE = [
    ("Суд засудив до довічного ув'язнення двох обвинувачених.", "uk", [("convicted", 2, "exact")], [("charged", 2, "exact")]),
    ("Суд приговорил к пожизненному заключению двух обвиняемых.", "ru", [("convicted", 2, "exact")], [("charged", 2, "exact")]),
    ("The Norvale court sentenced to life imprisonment two defendants.", "en", [("convicted", 2, "exact")], []),
    ("27 толқушы мен 109 әскери қызметші жараланды.", "kk", [("injured", 27, "exact"), ("injured", 109, "exact")], []),
    ("Жараланғандар: 27 толқушы, 109 әскери қызметші.", "kk", [("injured", 27, "exact"), ("injured", 109, "exact")], []),
    ("Комиссия оқ тиген 200-ден астам үйді тіркеді.", "kk", [("buildings_damaged", 200, "more_than")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), MORE)
def test_verdicts_rioters_and_bullets(text, lang, must, must_not):
    _check(text, lang, must, must_not)


# a figure in brackets right after "the number of" a counted measure counts it
BRACKETED = [
    ("Число участников митингов в Северске (от 100 тысяч до миллиона) в таблицу не включено.", "ru",
     [("participants", [100000, 1000000], "range")], []),
    ("Кількість учасників мітингів у Заріччі (близько 100 тисяч) не відома.", "uk", [("participants", 100000, "about")], []),
    ("The number of participants in Norvale (about 100,000) is disputed.", "en", [("participants", 100000, "about")], []),
    ("Число погибших (12 человек) уточняется.", "ru", [("killed", 12, "exact")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), BRACKETED)
def test_a_bracketed_figure_of_a_count(text, lang, must, must_not):
    _check(text, lang, must, must_not)
