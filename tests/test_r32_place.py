"""Round r32p (real pages with gold): the places of claims.

- A country that names a currency ("US dollars", «АҚШ долларын», «долларов США», «доларів США») is
  no place of the figures beside it.
- A Latin word of a Cyrillic page inside a longer Latin name (a venue's or brand's: "Silver Moon
  Hall") is no town whose name it happens to spell.
- A line of buttons or menu items set apart by runs of spaces is page furniture: its words are no
  place of the page.
- A kk common noun (ұшақ, "plane") with a case ending is no foreign town of the gazetteer.
- A settlement only named as a distance's reference ("в 10 км от поселка X", "10 km from the village
  of X") is no scene, the settlement word between the preposition and the name notwithstanding.
- A region the figure's sentence names, when the page names one town only and that town with the
  region beside it ("в городе X Y-ской области", "in X, Y region") in a sentence of no figure: the
  town.
- A country named only as the possessor of a town the sentence does not name ("in Ruritania's
  western city") gives way to the page's town of that country.
- A country beside a named scene of the page (a mine, a plant: "17 miners in X were killed at the
  Y mine") gives way to the scene; so does a region after the scene («на шахте «Y» в X-ской области»).
- A country before the kk postposition «бойынша» ("across") is the figure's place, as a country
  with a locative ending is.
All sentences are invented."""

from __future__ import annotations

import pytest

from tests.claims_helpers import places_of

CURRENCY = [
    ("Суд рассмотрел дело о пожаре на складе. Погибли 4 человека. Компания выплатит семьям 7 тысяч долларов США.", "ru"),
    ("Суд розглянув справу про пожежу на складі. Загинули 4 людини. Компанія виплатить родинам 7 тисяч доларів США.", "uk"),
    ("Кеше қойма өртенді. Өрттен 4 адам қаза тапты. Компаниядан 7 мың АҚШ долларын өндіру сұралды.", "kk"),
    ("The court heard the warehouse fire case. Four people died. The company will pay 7,000 US dollars to each family.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CURRENCY)
def test_a_currency_names_no_country(text: str, lang: str) -> None:
    assert places_of(text, lang, 4) == [None]


def test_a_currency_beside_a_town_leaves_the_town() -> None:
    text = "В Костанае сгорел склад. Погибли 4 человека, их семьям выплатят по 7 тысяч долларов США."
    assert places_of(text, "ru", 4) == ["Kostanay"]


LATIN_NAMES = [
    ("Число погибших в Crystal Bay Hall выросло до 4.", "ru"),
    ("Кількість загиблих у Crystal Bay Hall зросла до 4.", "uk"),
    ("Crystal Bay Hall ғимаратында 4 адам қаза тапты.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), LATIN_NAMES)
def test_a_latin_name_word_is_no_place(text: str, lang: str) -> None:
    # (en has no such rule: a Latin name among Latin words is the entity layer's to read)
    assert places_of(text, lang, 4) == [None]


def test_a_latin_place_on_its_own_stays() -> None:
    places = places_of("Во время пожара в Vilnius погибли 4 человека.", "ru", 4)
    assert places == ["Vilnius"], places


TOOLBARS = [
    ("My Account        Nice        Sorry. Comments are closed.\n\nA fire at a warehouse in Kostanay killed four people.\n\n"
     "Four people died, officials said.", "en"),
    ("Главная        Ницца        Войти\n\nПожар на складе в Костанае унес жизни 4 человек.\n\n"
     "По данным спасателей, погибли 4 человека.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), TOOLBARS)
def test_a_toolbar_line_names_no_place(text: str, lang: str) -> None:
    places = places_of(text, lang, 4)
    assert places and all(p == "Kostanay" for p in places), places


def test_a_kazakh_common_noun_is_no_foreign_town() -> None:
    text = "Кеше ұшақ апатқа ұшырады.\n\nҰшақта 50 жолаушы болған. Апаттан 3 адам қаза тапты."
    assert places_of(text, "kk", 3) == [None]


DISTANCES = [
    ("В Актюбинской области загорелся автобус. Возгорание произошло в 10 км от поселка Караоба. Погибли 5 человек.", "ru",
     "Aktobe Region"),
    ("В Актюбінській області загорівся автобус. Пожежа почалася за 10 км від села Караоба. Загинули 5 людей.", "uk",
     "Aktobe Region"),
    ("A bus caught fire in the Aktobe region. The fire broke out 10 km from the village of Karaoba. Five people died.", "en",
     "Aktobe Region"),
]


@pytest.mark.parametrize(("text", "lang", "place"), DISTANCES)
def test_a_village_named_as_a_distance_is_no_scene(text: str, lang: str, place: str) -> None:
    places = places_of(text, lang, 5)
    assert places and all(p == place for p in places), places


REGION_TOWN = [
    ("Число погибших при пожаре в Тверской области выросло до 12.\n\n"
     "Пожар произошел 3 мая в городе Ржев Тверской области в торговом центре.", "ru", "Rzhev"),
    ("Кількість загиблих унаслідок пожежі в Тверській області зросла до 12.\n\n"
     "Пожежа сталася 3 травня в місті Ржев Тверської області в торговому центрі.", "uk", "Rzhev"),
    ("The death toll from the fire in the Tver region rose to 12.\n\n"
     "The fire broke out on May 3 at a shopping centre in Rzhev, Tver region.", "en", "Rzhev"),
    ("Ақмола облысында өрттен қаза тапқандар саны 12-ге жетті.\n\n"
     "Өрт 3 мамырда Ақмола облысының Степногорск қаласындағы сауда орталығында болды.", "kk", "Stepnogorsk"),
]


@pytest.mark.parametrize(("text", "lang", "town"), REGION_TOWN)
def test_a_region_of_the_pages_one_town_is_that_town(text: str, lang: str, town: str) -> None:
    assert places_of(text, lang, 12) == [town]


def test_a_district_of_the_region_is_no_town_of_it() -> None:
    text = ("Кількість загиблих унаслідок пожежі в Тверській області зросла до 12.\n\n"
            "Пожежа сталася 3 травня в Ржевському районі Тверської області.")
    assert places_of(text, "uk", 12) == ["Tver Oblast"]


def test_a_region_total_beside_a_town_of_its_own_figure_stays_the_region() -> None:
    text = ("В Тверской области за неделю погибли 12 человек.\n\n"
            "3 мая в городе Ржев Тверской области погибли 2 человека.")
    assert places_of(text, "ru", 12) == ["Tver Oblast"]


def test_a_countrys_unnamed_town_is_the_pages_town() -> None:
    text = ("Gas explosion in Ukraine's western city kills three\n\n"
            "Three people died after a gas explosion in a house in Lutsk, the regional administration said.")
    assert set(places_of(text, "en", 3)) == {"Lutsk"}


def test_a_country_beside_a_named_mine_is_the_mine() -> None:
    text = ("A fire broke out at the Severnaya mine in Karaganda on Monday.\n\n"
            "Twelve coal miners in Kazakhstan were killed in the fire at the Severnaya mine, officials said.")
    places = places_of(text, "en", 12)
    assert places and all(p and p.startswith("Severnaya mine") for p in places), places


def test_a_mine_before_its_region_is_the_mine() -> None:
    text = "3 мая трагедия на шахте «Северная» в Карагандинской области унесла жизни 12 человек."
    places = places_of(text, "ru", 12)
    assert places and all(p and p.startswith("Severnaya mine") for p in places), places


def test_a_country_across_which_a_kazakh_figure_is_counted_is_its_place() -> None:
    text = "Алматыдағы жиын кезінде 3 адам қаза тапты.\n\nҚазақстан бойынша 120 адам жараланды, деді министр."
    assert places_of(text, "kk", 120) == ["Kazakhstan"]
    assert places_of(text, "kk", 3) == ["Almaty"]


def test_a_region_total_beside_a_town_of_its_own_toll_word_stays_the_region() -> None:
    text = ("У Ржеві Тверської області збільшилась кількість постраждалих після пожежі.\n\n"
            "Загалом у Тверській області з початку року загинули 135 людей.")
    assert places_of(text, "uk", 135) == ["Tver Oblast"]


def test_a_town_after_a_distance_in_the_sentence_before_is_no_reference() -> None:
    text = ("An aftershock was recorded about 28 km north-east of Lutsk.\n"
            "The Lutsk city government said the quake killed 8 people.")
    assert places_of(text, "en", 8) == ["Lutsk"]
