"""Round 32 (figures precision): spurious claims of real news pages, by construction, in every language
where the construction exists. All sentences are invented (fictional places, people and outlets).

- A closing block of other news under "ЩЕ ЗА ТЕМОЮ" / "More on this topic", or headlines each dated
  "21:54, 26.12.2031" (a clock time and a full numeric date), is page furniture.
- A clock time typed with a dot ("Станом на 11.00 рятувальники знайшли...") is no count.
- The entrances (stairwells) of a block of flats are no people ("ще два під'їзди постраждали").
- Miners who got out by themselves or came up to the surface are no participants ("вышли сами 58
  шахтеров", "206 кенші жер бетіне шықты", "58 miners got out").
- Bodies identified ("Упізнано 62 тіла", "тела 22 погибших удалось опознать") and the discharged ("из
  которых 36 уже выписали") are no count; a prior conviction ("бұрын сотталған") is no verdict.
- A figure of an earlier event told in a clause opened after its year ("since 2009, when ... killed 37",
  «с 2009 года, когда ... погибли 37 человек») is no count of the story; a page about that event keeps it.
- "судьбы N человек остаются неизвестными" is missing; "over 220 were maimed" is injured.
"""

from __future__ import annotations

import pytest
from claims_helpers import analyzed, summary


def _claims(text: str, lang: str, published: str | None = None) -> set[tuple]:
    return {(c.measure, c.value) for c in analyzed(text, lang, published)}


SIDEBAR = [
    ("uk", "Вибух у будинку в Зеленограді\nУ Зеленограді внаслідок вибуху газу загинули троє людей, повідомили в ДСНС.\n"
           "Реклама\nЩЕ ЗА ТЕМОЮ\nУ Синегірську автобус зіткнувся з вантажівкою: 13 постраждалих\n21:54, 26.12.2031\n"
           "Одна людина загинула і 14 постраждали внаслідок обстрілу Лісового\n20:43, 27.12.2031\n", {("killed", 3)}),
    ("ru", "Взрыв в доме в Зеленограде\nВ Зеленограде в результате взрыва газа погибли три человека, сообщили в МЧС.\n"
           "Больше по теме\nВ Синегорске автобус столкнулся с грузовиком: 13 пострадавших\n21:54, 26.12.2031\n"
           "Один человек погиб и 14 пострадали при пожаре в Лесном\n20:43, 27.12.2031\n", {("killed", 3)}),
    ("en", "Gas blast in Greenvale\nThree people were killed in a gas explosion in Greenvale, the emergency service said.\n"
           "More on this topic\nBus collides with truck in Redhill: 13 injured\n21:54, 26.12.2031\n"
           "One dead and 14 hurt in a fire in Oakfield\n20:43, 27.12.2031\n", {("killed", 3)}),
]


@pytest.mark.parametrize(("lang", "text", "want"), SIDEBAR)
def test_closing_block_of_other_news_is_furniture(lang, text, want):
    assert _claims(text, lang) == want


def test_numeric_stamped_teasers_without_cue_are_furniture():
    text = ("Вибух у будинку в Зеленограді\nУ Зеленограді внаслідок вибуху газу загинули троє людей, повідомили в ДСНС.\n"
            "У Синегірську автобус зіткнувся з вантажівкою: 13 постраждалих\n21:54, 26.12.2031\n"
            "Одна людина загинула і 14 постраждали внаслідок обстрілу Лісового\n20:43, 27.12.2031\n")
    assert _claims(text, "uk") == {("killed", 3)}


CASES = [
    # a clock time with a dot
    ("uk", "Станом на 11.00 рятувальники знайшли тіла п'яти загиблих.", [("killed", 5, "exact")]),
    ("ru", "По состоянию на 14.00 спасатели нашли тела пяти погибших.", [("killed", 5, "exact")]),
    ("en", "As of 11.00 rescuers had found five bodies.", [("killed", 5, "exact")]),
    ("kk", "Сағат 11.00-де құтқарушылар бес адамның денесін тапты.", [("killed", 5, "exact")]),
    # entrances of a block of flats
    ("uk", "У мерії заявили, що ще два під'їзди постраждали від вибуху.", []),
    ("uk", "У мерії заявили, що ще два під’їзди постраждалого будинку можуть обвалитися.", []),
    ("ru", "В мэрии заявили, что еще два подъезда пострадали от взрыва.", []),
    ("en", "Two more entrances of the building were affected by the blast.", []),
    ("kk", "Жарылыстан тағы екі подъезд зардап шекті.", []),
    ("ru", "В подъезде пострадали 3 человека.", [("injured", 3, "exact")]),
    # got out, came up to the surface
    ("ru", "На шахте Верхняя Лиска погибли 12 горняков. Из шахты вышли сами 58 шахтеров.", [("killed", 12, "exact")]),
    ("uk", "На шахті Верхня Ліска загинули 12 гірників. Самостійно вийшли 58 шахтарів.", [("killed", 12, "exact")]),
    ("en", "Twelve miners died in the Greenvale mine. 58 miners got out on their own.", [("killed", 12, "exact")]),
    ("kk", "Жасыл шахтасында 12 кенші қаза тапты. 206 кенші жер бетіне шықты.", [("killed", 12, "exact")]),
    # identified bodies, the discharged
    ("uk", "Упізнано 62 тіла, щодо решти загиблих проводять експертизи.", []),
    ("uk", "Загинули 37 людей, тіла 22 загиблих вдалося упізнати.", [("killed", 37, "exact")]),
    ("ru", "Число жертв достигло 37 человек, тела 22 погибших удалось опознать.", [("killed", 37, "exact")]),
    ("ru", "В больницы обратились 48 человек, из которых 36 уже выписали.", [("injured", 48, "exact")]),
    ("uk", "Госпіталізовано 142 людини, з них виписано 32.", [("injured", 142, "exact")]),
    ("en", "Forty were hospitalized, 12 of whom have been discharged.", [("injured", 40, "exact")]),
    # prior convictions
    ("kk", "Қамауға алынғандардың ішінде 41 адам бұрын сотталған.", []),
    ("en", "Of those detained, 41 people had prior convictions.", []),
    # fate unknown (plural), maimed
    ("ru", "Погибли 37 человек, судьбы четырех человек остаются неизвестными.", [("killed", 37, "exact"), ("missing", 4, "exact")]),
    ("en", "16 people had been killed in the riots and over 220 were maimed.", [("killed", 16, "exact"), ("injured", 220, "more_than")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_no_count_of_things_times_or_others(lang, text, want):
    assert summary(text, lang) == want


PAST = [
    ("en", "Twelve miners were killed at the Greenvale mine on Thursday, 4 March 2027. It was the deadliest mine accident "
           "in Freedonia since 2009, when two explosions killed 37 people at the Redhill mine."),
    ("ru", "В пятницу, 5 марта 2027 года, на шахте в Зеленограде погибли 12 горняков. Это крупнейшая авария с 2009 года, "
           "когда при взрыве на шахте Красная Горка погибли 37 человек."),
    ("uk", "У п'ятницю, 5 березня 2027 року, на шахті в Зеленограді загинули 12 гірників. Це найбільша аварія з 2009 року, "
           "коли на шахті Червона Гірка загинули 37 людей."),
]


@pytest.mark.parametrize(("lang", "text"), PAST)
def test_earlier_event_after_its_year_is_no_count(lang, text):
    assert _claims(text, lang) == {("killed", 12)}


def test_page_about_the_earlier_event_keeps_its_figures():
    assert ("killed", 37) in _claims("In 2009, when the Redhill mine exploded, 37 people were killed. Rescuers worked for days.", "en")


def test_a_background_year_without_a_link_keeps_the_figure():
    assert _claims("Twelve miners were killed on Friday, 5 March 2027, in Greenvale, where in 2009 the mine was built.", "en") \
        == {("killed", 12)}


ELSEWHERE = [
    ("ru", "На шахте в Зеленограде погибли 12 горняков. Ранее сообщалось, что на руднике в Синегорской области погибли трое горняков."),
    ("uk", "На шахті в Зеленограді загинули 12 гірників. Раніше повідомлялося, що на копальні в Синегірській області загинули троє гірників."),
    ("en", "Twelve miners died in Greenvale. Earlier this year, a blast at another mine in Redhill killed 9 people."),
]


@pytest.mark.parametrize(("lang", "text"), ELSEWHERE)
def test_recap_of_an_event_elsewhere_is_no_count(lang, text):
    assert _claims(text, lang) == {("killed", 12)}


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "На шахте в Зеленограде погибли 12 горняков. Ранее сообщалось, что в Зеленограде погибли трое горняков."),
    ("ru", "Взрыв на шахте. Напомним, в Зеленограде погибли трое горняков."),  # the story names no place of its own
    ("en", "Twelve miners died in Greenvale. Earlier, officials in Greenvale said 9 people were killed."),
])
def test_recap_of_the_story_keeps_its_count(lang, text):
    assert ("killed", 3) in _claims(text, lang) or ("killed", 9) in _claims(text, lang)


def test_recap_naming_the_story_town_among_others_keeps_its_counts():
    text = ("Жертвами землетрясения в Зеленом Доле стали не менее 290 человек. Спасатели нашли еще шесть тел в Лесогорске.\n\n"
            "Напомним, 230 человек погибли в городке Лесогорске, 11 человек погибли в Заречье.")
    got = _claims(text, "ru")
    assert ("killed", 230) in got and ("killed", 11) in got
