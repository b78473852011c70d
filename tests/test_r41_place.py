"""Round 41, place: a national total on a page datelined at a town, an event spread over a country,
a photo caption's town, and a list of towns (invented sentences; real gazetteer places only)."""

from __future__ import annotations

import pytest

from rashomon.claims.context import _caption_line, _name_list
from tests.claims_helpers import analyzed

NATIONWIDE = {
    "en": "LISBON: A total of 312 people were detained on Friday during nationwide protests against the reform, "
          "the interior minister said.\n\nIn Lisbon, police used tear gas.",
    "ru": "ЛИССАБОН: Всего 312 человек задержаны в пятницу в ходе протестов по всей стране, сообщил министр.\n\n"
          "В Лиссабоне полиция применила слезоточивый газ.",
    "uk": "ЛІСАБОН: Загалом 312 людей затримано в пʼятницю під час протестів по всій країні, повідомив міністр.\n\n"
          "У Лісабоні поліція застосувала сльозогінний газ.",
    "kk": "ЛИССАБОН: Жұма күні бүкіл елде наразылық кезінде 312 адам ұсталды, деді министр.\n\n"
          "Лиссабонда полиция көзден жас ағызатын газ қолданды.",
}


@pytest.mark.parametrize("lang", sorted(NATIONWIDE))
def test_nationwide_total_under_a_dateline_takes_the_towns_country(lang):
    # the page never names the country: the dateline town's country (not the dateline town)
    got = [(c.measure, c.value, c.place) for c in analyzed(NATIONWIDE[lang], lang)]
    assert ("detained", 312, "Portugal") in got, got


def test_in_the_country_is_nationwide():
    text = ("Floods hit Portugal\n\nRivers rose in Porto on Sunday. The official death toll in the country rose to 19, "
            "the minister said.")
    got = [(c.value, c.place) for c in analyzed(text, "en") if c.measure == "killed"]
    assert (19, "Portugal") in got, got


SPREAD = {
    "en": "Storm Velda kills 41 in Portugal\n\nStorm Velda swept across Portugal on Sunday. Rivers burst their banks in "
          "Porto and Coimbra. In Faro, roofs were torn off. Evora lost power. Viseu was flooded. Porto was hit hardest.\n\n"
          "The death toll rose to 41 on Monday, and 12 people are still missing.",
    "ru": "Шторм «Велда» убил 41 человека в Португалии\n\nШторм «Велда» прошёл по Португалии в воскресенье. Реки вышли "
          "из берегов в Порту и Коимбре. В Фару сорвало крыши. Визеу затопило. Эвора осталась без света. Сильнее всего "
          "пострадал Порту.\n\nЧисло погибших выросло до 41 в понедельник, 12 человек пропали без вести.",
}


@pytest.mark.parametrize("lang", sorted(SPREAD))
def test_storm_over_many_towns_places_its_unplaced_totals_at_the_country(lang):
    got = {(c.measure, c.value, c.place) for c in analyzed(SPREAD[lang], lang)}
    assert ("missing", 12, "Portugal") in got, got
    assert not any(p == "Porto" for _, _, p in got), got


def test_caption_and_list_lines():
    text = "Storm news\n\nFirefighters near a burning warehouse in Coimbra, Portugal, May 3. © Wire / Jane Roe\n\nBody."
    assert _caption_line(text, text.index("Coimbra"))
    assert not _caption_line(text, text.index("Body"))
    ru = "Пожарные у склада в Порту. Фото: Вестник\nТекст."
    assert _caption_line(ru, ru.index("Порту"))
    kk = "Өрт сөндірушілер Портуда. Сурет: Хабаршы\nМәтін."
    assert _caption_line(kk, kk.index("Портуда"))
    listed = '"Velmor, Les Dorn, Port-Kessa, Arlen de Sur, among others, require help," he said.'
    assert _name_list(listed, (1, 7)) and _name_list(listed, (9, 17))
    assert not _name_list("In Velmor, Dorn province, five died.", (3, 9))
    uk = "Рятувальники прибули у Велмор, Дорн, Кессу та Арлен."
    assert _name_list(uk, (uk.index("Дорн"), uk.index("Дорн") + 4))
