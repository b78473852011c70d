"""Round r33p (ten sets of real pages with gold): the places of claims.

- A capital named only as a distance's reference ("140 kilometres (87 miles) north of the capital X",
  «в 140 км от столицы X», «за 140 км від столиці X») is no scene; a second unit in brackets
  between the figure and the direction does not hide the distance.
- A country that only frames the page's one town ("In Ruritania 12 miners died" over a body about
  the mine in Zelenport) gives way to the town; detentions, arrests, trials and protesters stay the
  country's.
- A district the gazetteer does not know, then its town after "in the centre of" («в Зеленке, в
  центре Алматы», "in Greenfold, in central Almaty"): the town.
- A settlement the gazetteer does not know, named after its noun ("the town of Zelenport", «в городе
  Зеленпорт», «у місті Зеленпорт», «Зеленпорт қаласында»), is a place (in Latin letters), the
  nominative after the noun its base form.
- A Kazakh journey's origin with the ablative on its place noun («X қаласынан Y ауылы бағытында»)
  and a road named by three towns or more («трасса X – Y – Z») are no scene.
- An island or a peninsula no gazetteer knows ("the Zelenmor Peninsula", "off Zelenmor Island", «на
  полуострове Зеленмор», «на острові Зеленмор», «Зеленмор түбегінде») is a named scene, as a gorge is.
- A news dateline after the page's own date stamp ("date 2031-04-02 ZELENPORT (Wire) -") is where
  the report was filed, no scene.
All sentences are invented."""

from __future__ import annotations

import pytest

from rashomon.gazetteer import latin_place
from tests.claims_helpers import places_of

CAPITAL_DISTANCE = [
    ("A landslide hit the village of Zelenka, about 140 kilometres (87 miles) north of the capital Astana, killing 5 people.", "en"),
    ("Оползень накрыл село Зеленка в 140 км от столицы Астаны, погибли 5 человек.", "ru"),
    ("Зсув накрив село Зеленка за 140 км від столиці Астани, загинули 5 людей.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), CAPITAL_DISTANCE)
def test_a_capital_as_a_distance_reference_is_no_scene(text: str, lang: str) -> None:
    # (kk: «Астанадан 140 шақырым жерде», the ablative on the name, was read before; the names stage
    # gives the village's base form, which the dossier writes in Latin letters)
    got = places_of(text, lang, 5)
    assert len(got) == 1 and latin_place(got[0]).startswith("Zelenk"), got


COUNTRY_FRAME = [
    ("Kazakhstan mine blast kills 12\n\nA methane blast hit a mine in Satpayev on Monday. "
     "Rescuers in Satpayev are searching for 3 miners.", "en"),
    ("В Казахстане 12 горняков погибли при взрыве метана\n\nВзрыв произошёл на шахте в Сатпаеве в понедельник. "
     "Спасатели в Сатпаеве ищут 3 горняков.", "ru"),
    ("У Казахстані 12 гірників загинули внаслідок вибуху метану\n\nВибух стався на шахті в Сатпаєві в понеділок. "
     "Рятувальники в Сатпаєві шукають 3 гірників.", "uk"),
    ("Қазақстанда метан жарылысынан 12 кенші қаза тапты\n\nЖарылыс дүйсенбіде Жезқазған қаласындағы шахтада болды. "
     "Құтқарушылар Жезқазғанда 3 кеншіні іздеп жатыр.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), COUNTRY_FRAME)
def test_a_country_framing_the_pages_one_town_gives_the_town(text: str, lang: str) -> None:
    assert places_of(text, lang, 12) in (["Satpayev"], ["Zhezkazgan"])


COUNTRY_COUNTS = [
    # (en and kk headlines of this shape already gave the town before this round: not this rule's)
    ("В Казахстане задержали более 20 активистов\n\nВ Сатпаеве полиция задержала активистов. В Сатпаеве прошли акции.", "ru"),
    ("У Казахстані затримали 20 активістів\n\nУ Сатпаєві поліція затримала активістів. У Сатпаєві пройшли акції.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), COUNTRY_COUNTS)
def test_a_country_keeps_the_detentions_it_counts(text: str, lang: str) -> None:
    assert places_of(text, lang, 20) == ["Kazakhstan"]


CENTRE_OF_TOWN = [
    ("3 people died when a roof collapsed in Greenfold, in central Almaty.", "en"),
    ("3 человека погибли при обрушении крыши в Зеленке, в центре Алматы.", "ru"),
    ("3 людини загинули через обвал даху в Зеленці, у центрі Алмати.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), CENTRE_OF_TOWN)
def test_an_unknown_district_in_the_centre_of_a_town_gives_the_town(text: str, lang: str) -> None:
    assert places_of(text, lang, 3) == ["Almaty"]


SETTLEMENT_NOUN = [
    ("A blast at a mine in the town of Zelenport, in the Karaganda region, killed 5 miners.", "en"),
    ("При взрыве на шахте в городе Зеленпорт Карагандинской области погибли 5 горняков.", "ru"),
    ("Внаслідок вибуху на шахті у місті Зеленпорт Карагандинської області загинули 5 гірників.", "uk"),
    ("Қарағанды облысындағы Зеленпорт қаласында шахтада болған жарылыстан 5 кенші қаза тапты.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), SETTLEMENT_NOUN)
def test_an_unknown_town_after_its_noun_is_the_scene(text: str, lang: str) -> None:
    assert [latin_place(p) for p in places_of(text, lang, 5)] == ["Zelenport"]



ONE_WORD_OF_A_NAME = [
    ("Рятувальники працювали в селі Зелений Гай Карагандинської області, де загинули 5 людей.", "uk", "Zelenyy Hay"),
    ("Спасатели работали в селе Зелёный Бор Карагандинской области, где погибли 5 человек.", "ru", "Zelenyy Bor"),
    ("Rescuers worked in the village of Dorn Hollow in the Karaganda region, where 5 people died.", "en", "Dorn Hollow"),
]


@pytest.mark.parametrize(("text", "lang", "name"), ONE_WORD_OF_A_NAME)
def test_one_word_of_a_longer_name_is_no_town(text: str, lang: str, name: str) -> None:
    # (the names stage reads the whole name; the settlement noun does not cut it to its first word)
    assert places_of(text, lang, 5) == [name]


JOURNEY = [
    ("Қостанай облысында автобус аударылды.\n\nҚостанай қаласынан Арқалық қаласы бағытында келе жатқан автобус "
     "аударылып кетті. Апаттан 4 адам қаза тапты.", "kk"),
    ("В Костанайской области перевернулся автобус.\n\nАвтобус съехал в кювет на трассе Костанай – Рудный – Житикара. "
     "Погибли 4 человека.", "ru"),
    ("У Костанайській області перекинувся автобус.\n\nАвтобус з'їхав у кювет на трасі Костанай – Рудний – Житікара. "
     "Загинули 4 людини.", "uk"),
    ("A bus overturned in the Kostanay region.\n\nThe bus left the road on the Kostanay – Rudny – Zhitikara highway. "
     "Four people died.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), JOURNEY)
def test_a_journeys_towns_are_no_scene(text: str, lang: str) -> None:
    assert places_of(text, lang, 4) == ["Kostanay Region"]


def test_a_dateline_after_the_pages_date_stamp_is_no_scene() -> None:
    text = (" date 2031-04-02 ASTANA (Wire / Agency - 2nd April, 2031) The death toll among the residents has risen "
            "to 7, the ministry said.\n\n\"The death toll from the clashes in the Batken district has risen to 7,\" "
            "the ministry said.")
    assert places_of(text, "en", 7) == ["Batken", "Batken"]


ISLANDS = [
    ("Earthquake in Japan kills 12\n\nThe quake struck the Zelenmor Peninsula on Monday. Rescuers on the Zelenmor "
     "Peninsula found 12 bodies.", "en"),
    ("A ferry sank off Zelenmor Island\n\nThe ferry sank near Zelenmor Island on Monday; 12 passengers died, the "
     "coast guard said.", "en"),
    ("Землетрясение в Японии унесло жизни 12 человек\n\nТолчки произошли на полуострове Зеленмор. На полуострове "
     "Зеленмор погибли 12 человек.", "ru"),
    ("Землетрус в Японії забрав життя 12 людей\n\nПоштовхи сталися на острові Зеленмор. На острові Зеленмор "
     "загинули 12 людей.", "uk"),
    ("Жапониядағы жер сілкінісінен 12 адам қаза тапты\n\nСілкініс Зеленмор түбегінде болды. Зеленмор түбегінде 12 "
     "адам қаза тапты.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), ISLANDS)
def test_an_island_or_peninsula_is_a_named_scene(text: str, lang: str) -> None:
    got = [latin_place(p) for p in places_of(text, lang, 12)]
    assert got and set(got) == {"Zelenmor"}, got
