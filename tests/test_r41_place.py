"""Round 41, place: a national total on a page datelined at a town, and a photo caption's town (invented sentences; real gazetteer places only)."""

from __future__ import annotations

import pytest

from rashomon.claims.context import _caption_line
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


def test_caption_lines():
    text = "Storm news\n\nFirefighters near a burning warehouse in Coimbra, Portugal, May 3. © Wire / Jane Roe\n\nBody."
    assert _caption_line(text, text.index("Coimbra"))
    assert not _caption_line(text, text.index("Body"))
    ru = "Пожарные у склада в Порту. Фото: Вестник\nТекст."
    assert _caption_line(ru, ru.index("Порту"))
    kk = "Өрт сөндірушілер Портуда. Сурет: Хабаршы\nМәтін."
    assert _caption_line(kk, kk.index("Портуда"))


CAPTION = {
    "en": "Three workers die in warehouse fire\n\nFirefighters near a burning warehouse, Coimbra, Portugal. © Wire / Jane Roe\n\n"
          "A fire destroyed a warehouse in Faro on Monday.\n\nThree workers died and two more were missing, officials said.",
    "ru": "Трое рабочих погибли при пожаре\n\nПожарные у горящего склада в Порту. Фото: Вестник\n\n"
          "Пожар уничтожил склад в Коимбре в понедельник.\n\nТрое рабочих погибли, ещё двое пропали без вести.",
}


@pytest.mark.parametrize("lang", sorted(CAPTION))
def test_caption_town_is_not_the_pages_place(lang):
    got = [(c.measure, c.value, c.place) for c in analyzed(CAPTION[lang], lang) if c.measure == "missing"]
    assert got and all(p in ("Faro", "Coimbra") for _, _, p in got), got
