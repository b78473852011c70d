"""Round 41, sources: a credit line of its own ("Source: X"), an embedded post's credit line
("— Name (@handle) date") and source names that name no one. Invented sentences, every language."""

from __future__ import annotations

import pytest

from tests.claims_helpers import segmented


def _sources(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.source.name if c.source else None, c.source.type if c.source else c.source_type)
            for c in segmented(text, lang)]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Щонайменше 12 людей загинули внаслідок вибуху на стадіоні в Заріччі.\n\nДжерело: Зарічні Вісті\n\nДеталі: вибух стався під час матчу.", "uk", "Зарічні Вісті"),
    ("По меньшей мере 12 человек погибли при обрушении моста в Заречье.\n\nИсточник: Заречные Вести\n\nДетали: мост рухнул вечером.", "ru", "Заречные Вести"),
    ("At least 12 people died when a bridge collapsed in Eastvale.\n\nSource: Eastvale Herald\n\nDetails: the bridge fell in the evening.", "en", "Eastvale Herald"),
    ("Велмөзенде болған жарылыстан 12 адам қаза тапты.\n\nДереккөз: Жаңа Өмір\n\nТолығырақ: жарылыс кешке болды.", "kk", "Жаңа Өмір"),
])
def test_credit_line_credits_the_lead(text, lang, name):
    got = _sources(text, lang)
    assert ("killed", 12, name, "media") in got, got


def test_credit_line_credits_the_paragraph_after_a_headline_not_the_headline():
    text = ("Кількість загиблих у Заріччі внаслідок землетрусу зросла до 12 осіб\n\nДжерело: Зарічні Вісті\n\n"
            "У передгір’ях стався землетрус. Кількість загиблих зросла до щонайменше 12 людей, ще 30 зазнали поранення.")
    got = _sources(text, "uk")
    assert ("killed", 12, None, "author") in got, got
    assert ("killed", 12, "Зарічні Вісті", "media") in got, got
    assert ("injured", 30, "Зарічні Вісті", "media") in got, got


def test_credit_line_with_a_figure_or_a_link_credits_nothing():
    got = _sources("At least 12 people died in Eastvale.\n\nSource: 12 dead in Eastvale bridge fall – Eastvale Herald", "en")
    assert got == [("killed", 12, None, "author")], got
    got = _sources("По меньшей мере 12 человек погибли в Заречье.\n\nИсточник: https://zarechye.example/news/1", "ru")
    assert got == [("killed", 12, None, "author")], got


def test_credit_line_keeps_a_figure_with_its_own_source():
    text = "По данным МЧС, 12 человек погибли в Заречье.\n\nИсточник: Заречные Вести"
    got = _sources(text, "ru")
    assert got and got[0][2] != "Заречные Вести", got


@pytest.mark.parametrize(("text", "lang", "row"), [
    ("Вибух у Заріччі.\n\nВибух на вокзалі в Заріччі - понад 30 осіб загинули pic.twitter.com/AbCdEf\n— Петро Сидоренко (@psydorenko) April 8, 2022",
     "uk", ("killed", 30, "Петро Сидоренко", "social_media")),
    ("Взрыв в Заречье.\n\nВ Заречье погибли 5 человек, ранены 35. pic.twitter.com/x1\n\n— Ivan Petrov (@ipetrov) October 16, 2020",
     "ru", ("killed", 5, "Ivan Petrov", "social_media")),
    ("Blast in Eastvale.\n\nNew video shows the blast in Eastvale, killing at least 14 people pic.twitter.com/x\n— Eastvale News (@EastvaleNews) September 27, 2023",
     "en", ("killed", 14, "Eastvale News", "media")),
    ("Велмөзендегі жарылыс.\n\nВелмөзенде 14 адам қаза тапты pic.twitter.com/x\n— Асқар Серіков (@askarserikov) May 3, 2024",
     "kk", ("killed", 14, "Асқар Серіков", "social_media")),
])
def test_embedded_post_credits_its_author(text, lang, row):
    got = _sources(text, lang)
    assert row in got, got


def test_embedded_post_credit_reaches_only_the_post():
    text = "В Заречье погибли 3 человека.\n\nВзрыв на вокзале: погибли 5 человек pic.twitter.com/x\n— Ivan Petrov (@ipetrov) May 3, 2024"
    got = _sources(text, "ru")
    assert ("killed", 3, None, "author") in got, got
    assert ("killed", 5, "Ivan Petrov", "social_media") in got, got


@pytest.mark.parametrize(("text", "lang"), [
    ("Соңғы мәліметтерге сәйкес Велмөзенде 7 адам қаза тапты.", "kk"),
    ("Кількість загиблих у Заріччі сягнула 7 осіб.", "uk"),
    ("Количество погибших в Заречье достигло 7 человек.", "ru"),
    ("The number of people killed in Eastvale reached 7.", "en"),
])
def test_no_one_is_no_source_name(text, lang):
    for _m, _v, name, _t in _sources(text, lang):
        assert name is None or name.split()[0].lower() not in ("соңғы", "кількість", "количество", "number"), name


def test_no_name_check():
    from rashomon.claims.attribution_names import no_name
    assert no_name("Соңғы") and no_name("кількість") and no_name("who") and no_name("кто")
    assert not no_name("Заречные Вести") and not no_name("сообщалось") and not no_name("people of Eastvale council")


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Ночью в Заречье взорвалась шахта. Погибли 16 горняков, двое госпитализированы.\n\nЧП случилось на глубине 900 метров, передает МЧС Заречья.", "ru", "МЧС Заречья"),
    ("Вночі в Заріччі стався вибух на шахті. Загинули 16 гірників, двоє госпіталізовані.\n\nНадзвичайна подія сталася на глибині 900 метрів, повідомляє ДСНС Заріччя.", "uk", "ДСНС Заріччя"),
    ("An explosion hit a mine in Eastvale overnight. 16 miners were killed and two were hospitalised.\n\nThe blast happened 900 metres underground, the Eastvale emergencies ministry said.", "en", "Eastvale emergencies ministry"),
])
def test_credit_opening_the_next_paragraph_closes_the_report_before(text, lang, name):
    got = _sources(text, lang)
    assert ("killed", 16, name, "official") in got, got


def test_credit_after_a_headline_credits_nothing_before():
    got = _sources("Взрыв на шахте в Заречье: погибли 16 горняков\n\nНеизвестный взорвал шахту в Заречье, сообщает Заря.", "ru")
    assert ("killed", 16, None, "author") in got, got


def test_kk_credit_opening_the_next_paragraph_closes_the_report_before():
    text = "Түнде Велмөзендегі шахтада жарылыс болды. 16 кенші қаза тапты.\n\nОқиға 900 метр тереңдікте болды, деп хабарлады Велмөзен ТЖД."
    got = _sources(text, "kk")
    assert any(m == "killed" and v == 16 and n == "Велмөзен ТЖД" for m, v, n, _t in got), got


def test_credit_opening_the_next_paragraph_skips_a_paragraph_with_its_own_source():
    text = ("Паводок в Заречье.\n\nПри паводке в Заречье погибли 22 человека. Об этом сообщили в полиции Заречья. "
            "Ранее сообщалось о 19 погибших. 59 человек пострадали.\n\nПолиция пока не раскрывала имен погибших, пишет Заря.")
    got = _sources(text, "ru")
    assert ("injured", 59, None, "author") in got, got
