"""Round r27p: the places of claims. A journey's ends and a vehicle's port of departure ("sailing from
X", «вылетевший из X», «Xтан ұшқан», "between X and Y", «X — Y») are not the scene; a bay, cape or
highway gives the town beside it; a town name in quotes names a station; "reported to X" names the
addressee; people's origin after a preposition («выходцы с X») and a site in a destination town
(«вывезли в фильтрационный пункт в X») are no scene; a month's name with a case ending («Қазанда»)
is no town; a region's short name (Кубань) is the region, not a village of that name."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()


def _places(text: str, lang: str) -> list:
    return [(c.measure, c.value, c.place) for c in PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang=lang)).claims]


JOURNEY = [
    ("The ferry Southern Star, sailing from Odesa, sank off Yalta. 40 people died. Yalta declared mourning.", "en", "Yalta"),
    ("Літак, що вилетів з Кокшетау, розбився в Щучинську. Загинули 12 людей.", "uk", "Shchuchinsk"),
    ("Көкшетаудан ұшқан ұшақ Щучинскіде құлады. 12 адам қаза тапты.", "kk", "Shchuchinsk"),
    ("Самолёт, вылетевший из Кокшетау, разбился в Щучинске. Погибли 12 человек.", "ru", "Shchuchinsk"),
    ("Поезд Тверь — Кострома сошёл с рельсов в Ярославле. Погибли 9 человек.", "ru", "Yaroslavl"),
    ("The train between Tver and Kostroma derailed in Yaroslavl. Nine people were killed.", "en", "Yaroslavl"),
    ("Потяг між Твер'ю і Костромою зійшов з рейок у Ярославлі. Загинули 9 людей.", "uk", "Yaroslavl"),
    ("Тверь мен Кострома арасындағы пойыз Ярославльде рельстен шығып кетті. 9 адам қаза тапты.", "kk", "Yaroslavl"),
]


@pytest.mark.parametrize(("text", "lang", "place"), JOURNEY)
def test_a_journeys_ends_are_not_the_scene(text, lang, place):
    got = _places(text, lang)
    assert got and all(p == place for _, _, p in got), got


SITES = [
    ("Катастрофа в Цемесской бухте у Новороссийска: пароход затонул. Погибли 40 человек.", "ru", "Novorossiysk"),
    ("Disaster in Tsemes Bay near Novorossiysk: the steamer sank. 40 people died.", "en", "Novorossiysk"),
    ("Катастрофа в Цемеській бухті поблизу Новоросійська. Загинули 40 людей.", "uk", "Novorossiysk"),
    ("Пожар в метро Тамбова\n\nПоезд отошёл от станции «Ульяновская» в сторону «Липецкой». Погибли 30 человек.", "ru", "Tambov"),
]


@pytest.mark.parametrize(("text", "lang", "place"), SITES)
def test_a_bay_or_a_quoted_station_gives_its_town(text, lang, place):
    got = _places(text, lang)
    assert got and all(p == place for _, _, p in got), got


def test_a_quoted_town_name_is_a_station():
    got = _places("Пожар в метро Тамбова\n\nПоезд отошёл от станции «Мичуринск» в сторону «Рассказово». "
                  "Погибли 30 человек.", "ru")
    assert got and all(p == "Tambov" for _, _, p in got), got


def test_the_addressee_of_a_report_is_no_scene():
    got = _places("In the village of Norvale the ministry reported 15 dead and 54 wounded to Moscow.", "en")
    assert got and all(p == "Norvale" for _, _, p in got), got


@pytest.mark.parametrize(("text", "lang"), [
    ("Қазанда зауытта болған жарылыста 12 адам қаза тапты.", "kk"),
    ("Қазандағы зауытта болған жарылыста 12 адам қаза тапты.", "kk"),
])
def test_a_month_with_a_case_ending_is_no_town(text, lang):
    got = _places(text, lang)
    assert got and all(p != "Kazan" for _, _, p in got), got


def test_a_bare_month_name_before_a_town_word_stays_a_town():
    got = _places("Қазан қаласындағы зауытта болған жарылыста 12 адам қаза тапты.", "kk")
    assert got and all(p == "Kazan" for _, _, p in got), got


def test_a_regions_short_name_is_the_region():
    text = ("Взрыв в Тихорецке\n\nВзрыв произошёл в Тихорецке. По данным оперативного штаба Кубани, погибли 7 человек. "
            "Штаб Кубани сообщил о 12 пострадавших. Кубань скорбит. На Кубани объявлен траур.")
    got = _places(text, "ru")
    assert got and all(p == "Tikhoretsk" for _, _, p in got), got


@pytest.mark.parametrize(("text", "lang"), [
    ("Взрыв в Тихорецке\n\nНакануне в Тихорецке и соседних сёлах задержаны более 40 человек, в основном выходцы с "
     "Северного Кавказа.", "ru"),
    ("Вибух у Тихорецьку\n\nНапередодні в Тихорецьку затримали понад 40 осіб, переважно вихідців з Північного Кавказу.", "uk"),
    ("Blast in Tikhoretsk\n\nIn Tikhoretsk police detained 40 people, mostly natives of the North Caucasus.", "en"),
])
def test_peoples_origin_after_a_preposition_is_no_scene(text, lang):
    got = _places(text, lang)
    assert got and all(p == "Tikhoretsk" for _, _, p in got), got


@pytest.mark.parametrize(("text", "lang"), [
    ("Зачистка в Самашкино\n\nВ Самашкино прошла зачистка. Не менее 30 мужчин, задержанных в селе, вывезли в "
     "фильтрационный пункт в Моздоке.", "ru"),
    ("Зачистка в Самашкино\n\nУ Самашкино тривала зачистка. Щонайменше 30 чоловіків, затриманих у селі, вивезли до "
     "фільтраційного пункту в Моздоку.", "uk"),
    ("Raid on Samashkino\n\nA raid took place in Samashkino. At least 30 men detained in the village were taken to "
     "the filtration camp in Mozdok.", "en"),
])
def test_a_site_in_the_destination_town_is_no_scene(text, lang):
    got = _places(text, lang)
    assert got and all(p != "Mozdok" for _, _, p in got), got


@pytest.mark.parametrize(("text", "lang"), [
    ("Пожар в метро: погибли 30 человек\n\nВ четверг в тоннеле загорелся поезд метро. Погибли 30 человек. "
     "В больницах Тбилиси остаются 12 пострадавших. В Грузии объявлен траур.", "ru"),
    ("Пожежа в метро: загинули 30 людей\n\nУ четвер у тунелі загорівся потяг метро. Загинули 30 людей. "
     "У лікарнях Тбілісі залишаються 12 постраждалих. У Грузії оголошено жалобу.", "uk"),
    ("Metro fire: 30 dead\n\nOn Thursday a metro train caught fire in a tunnel. 30 people died. "
     "Twelve injured remain in hospitals of Tbilisi. Georgia declared mourning.", "en"),
])
def test_the_hospital_town_is_the_scene_when_only_its_country_is_named(text, lang):
    got = _places(text, lang)
    assert got and all(p == "Tbilisi" for _, _, p in got), got


def test_quoted_name_after_a_scene_noun_is_the_scene():
    from rashomon.claims._place_cues import quoted_name
    t = "На заставе «Ортабулак» погибли 7 человек. Поезд шёл от станции «Оренбург»."
    a = t.index("Ортабулак")
    b = t.index("Оренбург")
    assert not quoted_name(t, a, a + len("Ортабулак"))  # the outpost's own name: the scene
    assert quoted_name(t, b, b + len("Оренбург"))  # a station named after a town
