"""Round 37, place of claims: datelines the tool printed as the figure's place (a byline's town, an
outlet's town and day, two towns alone on a line, a capitalised town and a dash below a caption), a
per-place list's figures shifted by one place ("N in A, M in B"), a per-place list's labelled lines
("Region (town): 3 poisoned"), and a place the entity stage typed as an organisation. Invented
places and sentences only."""

from __future__ import annotations

import pytest

from tests.claims_helpers import analyzed


def _places(text: str, lang: str) -> dict:
    return {(c.measure, c.value): c.place for c in analyzed(text, lang)}


# -- per-place lists: "N in A, M in B" -------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("The quake killed 120 people in Kaluga, 45 in Penza and 12 in Tambov, the ministry said.\n", "en"),
    ("Землетрясение унесло жизни 120 человек в Калуге, 45 в Пензе и 12 в Тамбове, сообщило министерство.\n", "ru"),
    ("Землетрус забрав життя 120 людей у Полтаві, 45 у Кропивницькому і 12 у Смоленську, повідомило міністерство.\n", "uk"),
])
def test_list_figure_takes_its_own_place_after_it(text, lang):
    got = _places(text, lang)
    firsts = {v: p for (m, v), p in got.items() if m == "killed"}
    assert firsts.get(45) and firsts.get(12) and firsts.get(45) != firsts.get(12), got
    assert firsts.get(120) != firsts.get(45), got


def test_kk_list_keeps_place_before_figure():
    text = "Жер сілкінісінен Павлодарда 12 адам, Петропавлда 5 адам қаза тапты.\n"
    got = _places(text, "kk")
    assert got.get(("killed", 12)) != got.get(("killed", 5)) or got.get(("killed", 12)) is None, got


# -- labelled lines of a per-place list ----------------------------------------------------------

@pytest.mark.parametrize("text, lang, a, b", [
    ("Poisonings by region:\n— Kirovohrad Oblast: 14 people were poisoned;\n— Poltava Oblast: 6 people were poisoned.\n",
     "en", 14, 6),
    ("Отравления по областям:\n— Смоленская область: отравились 14 человек;\n— Псковская область: отравились 6 человек.\n",
     "ru", 14, 6),
    ("Отруєння за областями:\n— Кіровоградська область: отруїлися 14 осіб;\n— Полтавська область: отруїлися 6 осіб.\n",
     "uk", 14, 6),
])
def test_labelled_list_line_gives_its_own_place(text, lang, a, b):
    got = _places(text, lang)
    pa = [p for (m, v), p in got.items() if v == a]
    pb = [p for (m, v), p in got.items() if v == b]
    assert pa and pb and pa[0] and pb[0] and pa[0] != pb[0], got


# -- datelines ----------------------------------------------------------------------------------

def test_byline_town_is_no_place():
    text = ("Barn fire kills nine\nBy Wire Agency in Penza, Russia | Daily Planet | Updated: 2031-05-02\n"
            "A barn in the village of Oakfield burned down overnight; nine farm hands died, the fire service said.\n")
    got = [c.place for c in analyzed(text, "en") if c.value == 9]
    assert got and "Penza" not in got, got


def test_outlet_town_and_day_is_no_place():
    text = ("Depot fire: a first victim is named\n\n"
            "Wirenews, Lipetsk, 7 August 2031 — A night watchman is the first named victim of the blaze at the Tambov "
            "fuel depot, one of 23 people still unaccounted for.\n\nOfficials gave no news of the others.\n")
    got = [c.place for c in analyzed(text, "en")]
    assert got and "Lipetsk" not in got, got


def test_two_towns_alone_on_a_line_are_a_dateline():
    text = ("Chile says 14 miners dead\n\nPenza / Tambov\n\n"
            "Fourteen miners of Chile died after a shaft collapsed overnight, the ministry said.\n")
    got = _places(text, "en")
    assert got.get(("killed", 14)) not in ("Penza", "Tambov"), got


def test_capitalised_town_and_dash_below_caption():
    caption = "Firefighters stand by a burnt-out warehouse in the port. [Photo/Agencies] |\n" * 9
    text = caption + "PENZA - At least 27 people died on Friday when a warehouse caught fire in Tambov.\n"
    got = _places(text, "en")
    assert got.get(("killed", 27)) != "Penza", got


def test_labelled_list_line_names_its_town_in_parentheses():
    text = ("Отруєна горілка: 31 жертва\nБільшість випадків — на Кіровоградщині\n"
            "Усього в Кіровоградській області отруїлися 22 особи, з них померли 8.\n"
            "Решта випадків така:\n"
            "— Полтавська область (м. Лубни): отруїлося — 4 особи, померли 2 особи.\n"
            "— Сумська область: отруїлося — 7 осіб, з них 3 померли.\n")
    got = _places(text, "uk")
    assert got.get(("injured", 4)) == "Lubny" and got.get(("killed", 2)) == "Lubny", got
    assert got.get(("injured", 7)) == "Sumy Oblast", got


def test_ru_labelled_list_line_under_a_headline_region():
    text = ("Отравленная водка: 31 жертва\nБольше всего случаев в Смоленской области\n"
            "Всего в Смоленской области отравились 22 человека, из них умерли 8.\n"
            "Остальные случаи такие:\n"
            "— Псковская область (г. Великие Луки): отравились — 4 человека, умерли 2 человека.\n"
            "— Тамбовская область: отравились — 7 человек, из них 3 умерли.\n")
    got = _places(text, "ru")
    assert got.get(("injured", 4)) not in (None, "Smolensk Oblast"), got
    assert got.get(("injured", 7)) == "Tambov Oblast", got


def test_headline_country_and_colon_is_no_list():
    text = ("Chile: 37 dead as flames sweep a dance hall in Talca.\n\n"
            "Flames swept a crowded dance hall in Talca on Saturday night; 37 people died, firefighters said.\n")
    got = _places(text, "en")
    assert got.get(("killed", 37)) == "Talca", got


# -- a place typed as an organisation -----------------------------------------------------------

def test_org_typed_place_after_in_is_a_place():
    text = ("The storm hit the province of Ourika late on Friday.\n"
            "It caused 804 deaths in Ourika, 316 in Penza, 27 in Tambov and 9 in Lipetsk, the ministry said.\n")
    got = _places(text, "en")
    assert got.get(("killed", 316)) == "Penza" and got.get(("killed", 27)) == "Tambov", got


# -- time zones and weather widgets --------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Пожежа сталася на Полтавщині о 14:20 (13:20 за Києвом). Загинули 6 працівників складу.\n", "uk"),
    ("Пожар начался в Псковской области в 14:20 (13:20 по Москве). Погибли 6 работников склада.\n", "ru"),
])
def test_clock_time_by_a_town_is_no_place(text, lang):
    got = _places(text, lang)
    assert got.get(("killed", 6)) not in ("Kyiv", "Moscow"), got


def test_weather_widget_town_without_degree_sign():
    text = "Markets\nsearch\nweather -7 Penza\nsubscribe\n\nAt the quarry 11 workers died on Monday, rescuers said.\n"
    got = _places(text, "en")
    assert got.get(("killed", 11)) != "Penza", got


# -- fighting on the border of two countries -----------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Clashes on the Bolivia border\n\nParaguay said 17 soldiers were killed in clashes on the border "
     "with Bolivia. Bolivia reported 8 dead.\n", "en"),
    ("Бои на границе Боливии и Парагвая\n\nПарагвай сообщил о гибели 17 военных в боях на границе "
     "с Боливией. Боливия сообщила о 8 погибших.\n", "ru"),
    ("Бої на кордоні Болівії та Парагваю\n\nПарагвай повідомив про загибель 17 військових у боях на "
     "кордоні з Болівією. Болівія повідомила про 8 загиблих.\n", "uk"),
])
def test_border_fighting_figures_go_to_the_border(text, lang):
    got = _places(text, lang)
    assert any(p and p.endswith("border") for p in got.values()), got


def test_town_near_a_border_keeps_its_place():
    text = ("Clashes near the border with Estonia\n\nRioters killed 4 guards at a depot in the Pskov region on "
            "Saturday. Estonia denied any link. Russia said 9 were hurt in the Pskov region.\n")
    got = _places(text, "en")
    assert "Pskov" in str(got.get(("killed", 4))), got


@pytest.mark.parametrize("text, lang", [
    ("A strong quake struck northern Chile near the border with Bolivia, killing 19 people. "
     "Bolivia felt the tremors; Chile sent rescuers.\n", "en"),
    ("На півночі Чилі біля кордону з Болівією стався землетрус, загинули 19 людей. Болівія відчула поштовхи, Чилі "
     "направила рятувальників.\n", "uk"),
])
def test_quake_near_a_border_is_no_border_fighting(text, lang):
    got = _places(text, lang)
    assert not str(got.get(("killed", 19))).endswith("border"), got


def test_kk_headline_with_colon_over_a_caption_is_no_list():
    text = ("12.03.2031, 09:15\n\nПавлодар облысындағы өрт: үш адам қаза тапты\n\n"
            "Сурет: оқырман жіберді\n\nПавлодар облысының Екібастұз қаласында қойма өртенді, онда "
            "үш жұмысшы қаза тапты, деп хабарлады төтенше жағдайлар департаменті.\n")
    got = [c.place for c in analyzed(text, "kk") if c.value == 3]
    assert got and got[0] != "Pavlodar Region", got
