"""Figures, round 29 (real-text probe): invented sentences about invented places, in every language
where the construction exists.

- a bare "до" in the clause of a change of the figure (fronted "До 120 увеличилось ...", a noun
  "збільшення ... до 37", "з 21 до 22") is the target of the change, exact; "from X to Y" after a
  change is the earlier figure and the new one, no range; "может увеличиться до 20" stays a bound;
- weights, volumes and a quake's scale after a figure, animals and fires are no count of people;
- a list of ages with the unit after its last figure ("79, 80, 63 и 20 лет") counts nobody;
- "none of his 14 passengers", "никто из 14 пассажиров": no count;
- a clock hour after "сағат" is no count;
- figures before "respectively" take the measures named before them, in order;
- a bare figure after "was" ending the clause of one person ("the man ... was 70") is an age;
- a page's headline repeated word for word gives one claim.
"""

from __future__ import annotations

import pytest
from claims_helpers import segmented


def _got(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.qualifier) for c in segmented(text, lang)]


CHANGE_TO = [
    ("ru", "До 120 увеличилось число раненых при обрушении моста в Зельмаре.", ("injured", 120, "exact")),
    ("uk", "До 120 збільшилася кількість поранених унаслідок обвалу мосту в Зельмарі.", ("injured", 120, "exact")),
    ("ru", "Число погибших в Зельмаре увеличилось с 9 до 13 человек.", ("killed", 13, "exact")),
    ("uk", "Кількість загиблих у Зельмарі збільшилася з 21 до 22 осіб.", ("killed", 22, "exact")),
    ("uk", "Рятувальники підтверджують збільшення кількості загиблих у Зельмарі до 37 осіб.", ("killed", 37, "exact")),
    ("en", "The death toll in Zelmar rose from 21 to 22.", ("killed", 22, "exact")),
    ("kk", "Зелмарда қаза тапқандар саны 21-ден 22-ге дейін өсті.", ("killed", 22, "exact")),
]


@pytest.mark.parametrize(("lang", "text", "want"), CHANGE_TO)
def test_target_of_a_change_is_exact(lang, text, want):
    got = _got(text, lang)
    assert want in got, got
    assert not any(isinstance(g[1], tuple) for g in got), got


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Число погибших в Зельмаре может увеличиться до 20 человек."),
    ("uk", "Кількість загиблих у Зельмарі може зрости до 20 осіб."),
    ("ru", "В Зельмаре задержаны до 50 человек, число пострадавших выросло."),
])
def test_bound_stays_without_a_change_of_its_own(lang, text):
    got = _got(text, lang)
    assert any(g[2] == "at_most" for g in got), got


NOT_PEOPLE = [
    ("ru", "Смертник взорвал бомбу мощностью 20-25 килограммов в тротиловом эквиваленте, 9 человек погибли.", ("killed", 9)),
    ("uk", "Нападник підірвав бомбу потужністю 20-25 кілограмів у тротиловому еквіваленті, загинули 9 людей.", ("killed", 9)),
    ("en", "The bomb held 20 kilograms of explosives and killed 9 people.", ("killed", 9)),
    ("kk", "Зелмардағы наубайханада 40 литр газ баллоны жарылып, 2 адам қаза тапты.", ("killed", 2)),
    ("ru", "В пожаре в Зельмаре погибли около трёх сотен животных зоопарка и 4 человека.", ("killed", 4)),
    ("uk", "З початку року в Зельмарі ліквідовано 4 210 пожеж. Загинуло 17 людей.", ("killed", 17)),
    ("en", "More than 900 troops arrived in Zelmar, along with 14 sniffer dogs; 6 people died.", ("killed", 6)),
]


@pytest.mark.parametrize(("lang", "text", "want"), NOT_PEOPLE)
def test_units_animals_and_fires_are_no_people(lang, text, want):
    got = [(g[0], g[1]) for g in _got(text, lang)]
    assert want in got, got
    assert all(g[1] in (want[1], 900) for g in got), got


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("ru", "Под завалами в Зельмаре найдены тела женщин 71, 68, 45 и 19 лет.", []),
    ("uk", "Під завалами в Зельмарі знайшли тіла жінок 71, 68, 45 та 19 років.", []),
    ("en", "The bodies of the victims, aged 71, 68, 45 and 19 years, were found in Zelmar.", []),
])
def test_list_of_ages_counts_nobody(lang, text, want):
    got = [g for g in _got(text, lang) if g[1] in (71, 68, 45)]
    assert got == want, got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The bus driver in Zelmar was shot, but none of his 14 passengers was injured."),
    ("ru", "Водитель автобуса в Зельмаре ранен, никто из 14 пассажиров не пострадал."),
    ("uk", "Водія автобуса в Зельмарі поранено, ніхто з 14 пасажирів не постраждав."),
])
def test_none_of_the_passengers_is_no_count(lang, text):
    got = _got(text, lang)
    assert not any(g[1] == 14 for g in got), got


def test_clock_hour_after_sagat_is_no_count():
    got = _got("Зелмар ауруханасында бүгін сағат 11 шамасында бір адам көз жұмды.", "kk")
    assert ("killed", 1, "exact") in got, got
    assert not any(g[1] == 11 for g in got), got


RESPECTIVELY = [
    ("uk", "Показник загиблих та постраждалих у Зельмарі становить 12 та 40 осіб відповідно."),
    ("ru", "Число погибших и раненых в Зельмаре составило 12 и 40 человек соответственно."),
    ("en", "The numbers of dead and injured in Zelmar were 12 and 40 respectively."),
    ("kk", "Зелмарда қаза тапқандар мен жараланғандар саны тиісінше 12 және 40 адам."),
]


@pytest.mark.parametrize(("lang", "text"), RESPECTIVELY)
def test_respectively_takes_the_measures_in_order(lang, text):
    got = [(g[0], g[1]) for g in _got(text, lang)]
    assert ("killed", 12) in got and ("injured", 40) in got, got


@pytest.mark.parametrize(("text", "kept"), [
    ("The man who was shot in Zelmar was 47 and the man who was killed in the crash was 68.", []),
    ("One victim was 24, police in Zelmar said.", []),
    ("The death toll in Zelmar was 50.", [("killed", 50)]),
    ("The driver said the toll in Zelmar was 12.", [("killed", 12)]),
])
def test_age_after_was_of_one_person(text, kept):
    got = [(g[0], g[1]) for g in _got(text, "en")]
    assert got == kept, got


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("ru", "Число погибших в Зельмаре увеличилось до 61\n\nЧисло погибших в Зельмаре увеличилось до 61\n\n"
           "По данным МЧС, погибли 61 человек.", ("killed", 61)),
    ("uk", "Кількість загиблих у Зельмарі зросла до 61\n\nКількість загиблих у Зельмарі зросла до 61\n\n"
           "За даними ДСНС, загинула 61 людина.", ("killed", 61)),
    ("en", "Zelmar bridge collapse death toll rises to 61\n\nZelmar bridge collapse death toll rises to 61\n\n"
           "Officials said 61 people were killed.", ("killed", 61)),
    ("kk", "Зелмардағы көпір опырылуынан қаза тапқандар саны 61-ге жетті\n\nЗелмардағы көпір опырылуынан қаза тапқандар саны 61-ге жетті\n\n"
           "ТЖМ мәліметінше, 61 адам қаза тапты.", ("killed", 61)),
])
def test_headline_repeated_word_for_word_is_one_claim(lang, text, want):
    got = [(g[0], g[1]) for g in _got(text, lang)]
    assert got.count(want) == 2, got


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "Floods hit several towns in Zelmaria, a country of 12 million people; 5 died.", [("killed", 5)]),
    ("en", "Zelmar is a town of about 38,000 people; 5 died there.", [("killed", 5)]),
    ("en", "In the town of Zelmar, 12 people died.", [("killed", 12)]),
    ("ru", "Число погибших в Зельмаре увеличилось до 5, в регионе с населением 900 тысяч человек объявлен траур.", [("killed", 5)]),
])
def test_size_of_a_country_or_town_is_no_count(lang, text, want):
    got = [(g[0], g[1]) for g in _got(text, lang)]
    assert got == want, got


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Джерело: https://t.me/zelmar_news/4417 Кількість поранених у Зельмарі зросла до 13."),
    ("ru", "Источник: https://t.me/zelmar_news/4417 Число раненых в Зельмаре выросло до 13."),
    ("en", "Source: https://example.org/news?id=4417 The number of injured in Zelmar rose to 13."),
    ("kk", "Дереккөз: https://t.me/zelmar_news/4417 Зелмарда 13 адам жараланды."),
])
def test_number_in_an_address_is_no_count(lang, text):
    got = [(g[0], g[1]) for g in _got(text, lang)]
    assert ("injured", 13) in got and not any(g[1] == 4417 for g in got), got


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Семьям погибших в Зельмаре выплатят по 1,5 млн рублей, пострадавшим — от 300 до 600 тысяч."),
    ("ru", "Семьям погибших в Зельмаре выплатят по 1 млн рублей, раненым — 400 тысяч."),
    ("uk", "Родинам загиблих у Зельмарі виплатять по 1 млн гривень, постраждалим — від 100 до 200 тисяч."),
    ("en", "Families of the dead in Zelmar will receive 10,000 dollars each, the injured between 2 and 5 thousand."),
    ("kk", "Зелмарда қаза тапқандардың отбасыларына 10 млн теңге, жараланғандарға 2 мыңнан 5 мыңға дейін төленеді."),
])
def test_sum_paid_after_a_currency_is_no_count(lang, text):
    assert _got(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("ru", "Ущерб в Зельмаре составил 5 млн долларов, погибли 2 тысячи.", ("killed", 2000)),
    ("en", "Damage in Zelmar reached 5 million dollars, and 2 thousand were injured.", ("injured", 2000)),
])
def test_count_after_a_sum_stays(lang, text, want):
    assert want in [(g[0], g[1]) for g in _got(text, lang)]
