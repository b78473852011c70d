"""Round r29p (real-text probe): the places of claims.

- A town named only by its adjective before a scene noun («в тюменском торговом центре», «Томском
  политехническом колледже», «у сумському торговельному центрі») is the place when no mention
  of the document is a town; English and Kazakh name the town itself ("the Tyumen college",
  «Түмендегі колледжде»).
- A channel or page is no place ("сообщил ... в Telegram-канале", "написав у телеграм-каналі").
- A bare direction word is no place ("in the South", "Central").
- An origin with a place noun ("з селища X") is not a paragraph's place.
- A headline's credit after a dash ("... on Ukraine's X region - governor") is no remit.
- GeoNames' older romanizations give way to the national one (Kryvyy Rih -> Kryvyi Rih).
- A claim's place that keeps a Cyrillic spelling is given in Latin letters.
All sentences are invented."""

from __future__ import annotations

import pytest
from claims_helpers import analyzed as _claims
from claims_helpers import places_of as _places

from rashomon.gazetteer import latin_place

ADJECTIVE_TOWNS = [
    ("Пожар в тюменском торговом центре: погибли 9 человек.", "ru", "Tyumen"),
    ("В Томском политехническом колледже произошел взрыв. Погибли 9 человек, ранены 12.", "ru", "Tomsk"),
    ("Видео из томского колледжа после нападения. Погибли 9 человек.", "ru", "Tomsk"),
    ("Пожежа у сумському торговельному центрі: загинули 9 людей.", "uk", "Sumy"),
    ("Вибух у чернігівській багатоповерхівці. Загинули 9 людей.", "uk", "Chernihiv"),
    ("Түмендегі сауда орталығында өрт шықты, 9 адам қаза тапты.", "kk", "Tyumen"),
    ("A fire at the Tyumen shopping centre killed 9 people.", "en", "Tyumen"),
]


@pytest.mark.parametrize(("text", "lang", "place"), ADJECTIVE_TOWNS)
def test_a_town_named_by_its_adjective(text, lang, place):
    got = _places(text, lang, 9)
    assert got and all(p == place for p in got), got


COMMON_ADJECTIVES = [
    ("В советской больнице умерли 9 человек.", "ru"),
    ("В женской колонии погибли 9 человек.", "ru"),
    ("У радянській лікарні померли 9 людей.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), COMMON_ADJECTIVES)
def test_a_common_adjective_is_no_town(text, lang):
    assert all(p is None for p in _places(text, lang, 9)), _places(text, lang, 9)


def test_an_adjective_gives_way_to_a_named_town():
    text = "Пожар в Омске: в здании, где был новосибирский торговый центр, погибли 9 человек."
    assert all(p == "Omsk" for p in _places(text, "ru", 9)), _places(text, "ru", 9)


MEDIA = [
    ("Число погибших при пожаре возросло до 9. Об этом сообщил Следственный комитет в Telegram-канале.", "ru"),
    ("Кількість загиблих зросла до 9, написав голова ОВА у Telegram-каналі.", "uk"),
    ("The toll rose to 9, the ministry said on its Telegram channel.", "en"),
    ("Қаза тапқандар саны 9-ға жетті, деп хабарлады министрлік Telegram арнасында.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), MEDIA)
def test_a_channel_is_no_place(text, lang):
    got = _places(text, lang, 9)
    assert got and all(p is None or "elegram" not in p and "Telegram" not in p for p in got), got


def test_a_bare_direction_is_no_place():
    got = _places("Rescuers in the South said 9 people were killed in Tomsk.", "en", 9)
    assert got and all(p == "Tomsk" for p in got), got


def test_a_headline_credit_is_no_remit():
    text = "One killed, 9 wounded in missile strike on Ukraine's Sumy region - governor\n\nNo details were given."
    got = _places(text, "en", 9)
    assert got and all(p == "Sumy Oblast" for p in got), got


ORIGINS = [
    ("Автобус перекинувся у Сумській області.\n\nВодій перевозив дітей з селища Тростянець Сумської "
     "області до Карпат. Внаслідок ДТП загинули 9 людей.", "uk", "Sumy Oblast"),
    ("Автобус опрокинулся в Сумской области.\n\nВодитель вез детей из поселка Тростянец Сумской "
     "области в Карпаты. В результате ДТП погибли 9 человек.", "ru", "Sumy Oblast"),
]


@pytest.mark.parametrize(("text", "lang", "place"), ORIGINS)
def test_an_origin_is_no_paragraph_place(text, lang, place):
    got = _places(text, lang, 9)
    assert got and all(p == place for p in got), got


RENAMED = [
    ("У Кривому Розі внаслідок удару загинули 9 людей.", "uk"),
    ("В Кривом Роге в результате удара погибли 9 человек.", "ru"),
    ("Кривой Рог қаласында 9 адам қаза тапты.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), RENAMED)
def test_the_national_romanization(text, lang):
    got = _places(text, lang, 9)
    assert got and all(p == "Kryvyi Rih" for p in got), got


@pytest.mark.parametrize(("place", "want"), [
    ("Ақкент", "Akkent"), ("Сахалин", "Sakhalin"), ("Гүлдала", "Guldala"), ("Tomsk", "Tomsk"), (None, None),
    ("Borovo; Ақкент", "Borovo; Akkent"),
])
def test_a_cyrillic_place_in_latin_letters(place, want):
    assert latin_place(place) == want


OF_TOWN = [
    ("A blast killed 9 people in Kazakhstan's northern town of Temirtau, officials said.", "en", "Temirtau"),
    ("A strike on Ukraine's southern port city of Izmail killed 9 people.", "en", "Izmail"),
    ("Взрыв в казахстанском городе Темиртау: погибли 9 человек.", "ru", "Temirtau"),
    ("Вибух у казахстанському місті Темиртау: загинули 9 людей.", "uk", "Temirtau"),
    ("Қазақстанның солтүстігіндегі Теміртау қаласында жарылыс болып, 9 адам қаза тапты.", "kk", "Temirtau"),
]


@pytest.mark.parametrize(("text", "lang", "place"), OF_TOWN)
def test_a_countrys_town_of(text, lang, place):
    got = _places(text, lang, 9)
    assert got and all(p == place for p in got), got


TRAILERS = [
    ("Fire in Temirtau\n\n9 people were killed on Monday, officials said.\n\nMore stories\n"
     "- Floods in Omsk kill 3\n- Storm in Omsk injures 4\n- Blast in Omsk kills 2\n", "en", "Temirtau"),
    ("Пожар в Темиртау\n\nПогибли 9 человек, сообщили спасатели.\n\nЧитайте также:\nВ Омске загорелся склад, "
     "в Омске пожар, в Омске взрыв\n\nСпасатели работали всю ночь.\n", "ru", "Temirtau"),
    ("Пожар в Темиртау\n\nПогибли 9 человек, сообщили спасатели.\nЧитайте также: В Омске загорелся склад, в Омске "
     "пожар, в Омске взрыв\n", "ru", "Temirtau"),
    ("Пожежа в Темиртау\n\nЗагинули 9 людей, повідомили рятувальники.\n\nОстанні новини\nВ Омську вибух\n"
     "В Омську пожежа\nВ Омську злива\n", "uk", "Temirtau"),
    ("Теміртаудағы өрт\n\n9 адам қаза тапты, деп хабарлады құтқарушылар.\nОқи отырыңыз: Омбыда қойма өртенді, "
     "Омбыда жарылыс болды, Омбыда өрт шықты\n", "kk", "Temirtau"),
]


@pytest.mark.parametrize(("text", "lang", "place"), TRAILERS)
def test_other_stories_are_no_place(text, lang, place):
    got = _places(text, lang, 9)
    assert got and all(p == place for p in got), got


def test_an_event_noun_in_a_headline_is_no_place():
    got = _places("Nine Dead In Blast At Tomsk Depot\n\nNine people were killed, officials said.", "en", 9)
    assert got and all(p != "Blast" for p in got), got


REGION_OF = [
    ("A fire at a depot in the province of Pavlodar killed 9 people, officials said.", "en"),
    ("Пожар на складе в Павлодарской области: погибли 9 человек.", "ru"),
    ("Пожежа на складі в Павлодарській області: загинули 9 людей.", "uk"),
    ("Павлодар облысындағы қоймада өрт шығып, 9 адам қаза тапты.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), REGION_OF)
def test_the_province_of_a_town_is_the_region(text, lang):
    got = _places(text, lang, 9)
    assert got and all(p == "Pavlodar Region" for p in got), got


def test_a_language_name_is_no_place():
    text = ("I write this text on Russian and the site makes translation to English, so sorry for mistakes.\n\n"
            "The blast killed 19 people, the doctors told that two more died later.")
    got = {c.place for c in _claims(text, "en")}
    assert "English" not in got
