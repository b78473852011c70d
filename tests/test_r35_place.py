"""Round r35p (28 sets of real pages with gold): the claim's place is the most specific place of
the event, not a region that contains it or a journey's end.

- A place the page writes together with its area ("in Zelenka, Pavlodar Region", «в селе Зеленка
  Павлодарской области», «Павлодар облысының Зеленка ауылында») is the area's figures' place (the
  headline's "Blast in Pavlodar Region kills 9").
- A region's one town named once is the document's place, not the region the page opens with, when
  the town lies near the region's seat.
- A region named in a figure's sentence keeps its own total (the page names two of its towns), and
  a page about two regions keeps the lead region as its place.
- A place a vehicle was heading for ("heading towards X", «следовавший в X», «що прямував до X»)
  or returning from is no scene.
All sentences are invented (the towns and regions are gazetteer data, the events fiction)."""

from __future__ import annotations

import pytest

from rashomon.gazetteer import latin_place
from tests.claims_helpers import places_of

FRAMED = [
    ("Gas blast in Pavlodar Region kills 9\n\nThe explosion destroyed a house in Zelenka, Pavlodar Region, on Monday. "
     "Rescuers found 4 bodies in the ruins.", "en"),
    ("Взрыв газа в Павлодарской области унёс жизни 9 человек\n\nВзрыв разрушил дом в селе Зеленка Павлодарской области "
     "в понедельник. Спасатели нашли 4 тела.", "ru"),
    ("Вибух газу в Павлодарській області забрав життя 9 людей\n\nВибух зруйнував будинок у селі Зеленка Павлодарської "
     "області в понеділок. Рятувальники знайшли 4 тіла.", "uk"),
    ("Павлодар облысында газ жарылысынан 9 адам қаза тапты\n\nЖарылыс Павлодар облысының Зеленка ауылында дүйсенбі "
     "күні болды. Құтқарушылар 4 денені тапты.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), FRAMED)
def test_a_place_written_with_its_region_takes_the_regions_figures(text: str, lang: str) -> None:
    for value in (9, 4):
        got = places_of(text, lang, value)
        assert got and all(latin_place(p).startswith("Zelenk") for p in got), (value, got)


TOWN_NAMED_ONCE = [
    ("Explosion at a petrol station in Pavlodar Region\n\nThe blast hit a petrol station in Ekibastuz on Monday.\n\n"
     "According to the emergencies ministry, 5 people were killed.", "en"),
    ("Взрыв на АЗС в Павлодарской области\n\nВзрыв произошёл на заправке в Экибастузе в понедельник.\n\n"
     "По данным МЧС, погибли 5 человек.", "ru"),
    ("Вибух на АЗС у Павлодарській області\n\nВибух стався на заправці в Екібастузі в понеділок.\n\n"
     "За даними МНС, загинули 5 людей.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), TOWN_NAMED_ONCE)
def test_the_regions_one_town_is_the_documents_place(text: str, lang: str) -> None:
    assert places_of(text, lang, 5) == ["Ekibastuz"]


REGION_TOTAL = [
    ("Floods in Ekibastuz and Aksu\n\nWater covered streets in Ekibastuz and in Aksu. In the Pavlodar Region 6 people died.", "en"),
    ("Паводок в Экибастузе и Аксу\n\nВода затопила улицы в Экибастузе и в Аксу. В Павлодарской области погибли 6 человек.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), REGION_TOTAL)
def test_a_region_with_two_towns_keeps_its_total(text: str, lang: str) -> None:
    assert places_of(text, lang, 6) == ["Pavlodar Region"]


HEADED = [
    ("Train crash\n\nA passenger train heading towards Moscow derailed near Kineshma on Monday. "
     "Officials in Kineshma said 7 people were killed.", "en"),
    ("Поезд\n\nПоезд, следовавший в Москву, сошёл с рельсов у Кинешмы. В Кинешме сообщили, что погибли 7 человек.", "ru"),
    ("Потяг\n\nПотяг, що прямував до Москви, зійшов з рейок біля Кінешми. У Кінешмі повідомили, що загинули 7 людей.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), HEADED)
def test_a_journeys_destination_is_no_scene(text: str, lang: str) -> None:
    assert places_of(text, lang, 7) == ["Kineshma"]


RETURNING = [
    ("Plane crash\n\nThe plane was returning from Warsaw. It crashed near Kineshma.\n\n"
     "At least 12 people were killed, rescuers said.", "en"),
    ("Авиакатастрофа\n\nСамолёт возвращался из Варшавы. Он разбился у Кинешмы.\n\n"
     "Погибли не менее 12 человек, сообщили спасатели.", "ru"),
    ("Авіакатастрофа\n\nЛітак повертався з Варшави. Він розбився біля Кінешми.\n\n"
     "Загинули щонайменше 12 людей, повідомили рятувальники.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), RETURNING)
def test_a_journeys_origin_after_returning_is_no_scene(text: str, lang: str) -> None:
    assert places_of(text, lang, 12) == ["Kineshma"]


TWO_REGIONS = [
    ("Floods in Pavlodar Region\n\nWater covered streets in Ekibastuz. The Kostanay Region was also flooded.\n\n"
     "According to the emergencies ministry, 8 people died.", "en"),
    ("Паводок в Павлодарской области\n\nВода затопила улицы в Экибастузе. Подтоплена и Костанайская область.\n\n"
     "По данным МЧС, погибли 8 человек.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), TWO_REGIONS)
def test_a_page_about_two_regions_keeps_its_lead_region(text: str, lang: str) -> None:
    assert places_of(text, lang, 8) == ["Pavlodar Region"]


LISTED = [
    ("Clashes in Pavlodar Region\n\nClashes broke out in Zelenka and Kenton, Pavlodar Region, on Monday.\n\n"
     "Officials said 11 people were injured.", "en"),
    ("Павлодар облысындағы қақтығыс\n\nҚақтығыс Павлодар облысындағы Зеленка және Кентон ауылдарында болды.\n\n"
     "Ресми мәлімет бойынша, 11 адам жарақат алды.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), LISTED)
def test_a_list_of_places_in_a_region_frames_none(text: str, lang: str) -> None:
    assert places_of(text, lang, 11) == ["Pavlodar Region"]


CAPITAL_COMMA = [
    ("Prison riot\n\nA riot broke out at a prison in the Zelenka district, some 15 kilometers east of the capital, "
     "Astana.\n\nOfficials said 9 inmates were killed.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CAPITAL_COMMA)
def test_a_capital_after_a_comma_as_a_distance_reference_is_no_scene(text: str, lang: str) -> None:
    got = places_of(text, lang, 9)
    assert len(got) == 1 and latin_place(got[0]).startswith("Zelenk"), got


TITLE_UNDER_DATE = [
    ("Monday, May 3, 2031\n\nGas blast kills 9 in Pavlodar Region\n\nThe explosion destroyed a house in the village "
     "of Zelenka, Pavlodar Region, on Monday morning, officials said.", "en"),
    ("Понеділок, 3 травня 2031\n\nВибух газу забрав життя 9 людей у Павлодарській області\n\nВибух зруйнував будинок "
     "у селі Зеленка Павлодарської області в понеділок уранці.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), TITLE_UNDER_DATE)
def test_a_title_under_a_date_line_gives_the_framed_place(text: str, lang: str) -> None:
    got = places_of(text, lang, 9)
    assert got and all(latin_place(p).startswith("Zelenk") for p in got), got
