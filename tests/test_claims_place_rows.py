"""A table whose first header cell names places ("Settlement", "Населённый пункт") has rows of
places: a row head that a source elsewhere in the text also contains ("the Bucha city council")
is no source of the row's figures."""

from __future__ import annotations

import pytest
from claims_helpers import segmented

CASES = [
    ("en", "The Bucha city council counts 458 bodies.\n\n| Settlement | Killed | Missing |\n|---|---|---|\n| Bucha | 386 | 41 |\n"),
    ("en", "The Irpin city council said 290 people were killed.\n\n| Town | Killed |\n|---|---|\n| Irpin | 270 |\n"),
    ("en", "The Hostomel administration reported 30 dead.\n\n| Community | Dead |\n|---|---|\n| Hostomel | 28 |\n"),
    ("ru", "Горсовет Бучи сообщил о 458 погибших.\n\n| Населённый пункт | Погибшие |\n|---|---|\n| Буча | 386 |\n"),
    ("ru", "Администрация Ирпеня назвала 290 погибших.\n\n| Город | Погибшие |\n|---|---|\n| Ирпень | 270 |\n"),
    ("ru", "Глава Гостомеля сообщил о 30 погибших.\n\n| Громада | Погибшие |\n|---|---|\n| Гостомель | 28 |\n"),
    ("uk", "Бучанська міська рада повідомила про 458 загиблих.\n\n| Населений пункт | Загиблі |\n|---|---|\n| Буча | 386 |\n"),
    ("uk", "Ірпінська міська рада назвала 290 загиблих.\n\n| Місто | Загиблі |\n|---|---|\n| Ірпінь | 270 |\n"),
    ("uk", "Гостомельська громада повідомила про 30 загиблих.\n\n| Громада | Загиблі |\n|---|---|\n| Гостомель | 28 |\n"),
    ("kk", "Ауыл әкімдігі 40 адам қаза тапқанын хабарлады.\n\n| Елді мекен | Қаза тапқандар |\n|---|---|\n| Ақсу | 38 |\n"),
    ("kk", "Қала әкімдігі 20 адам қаза тапқанын хабарлады.\n\n| Қала | Қаза тапқандар |\n|---|---|\n| Талдықорған | 19 |\n"),
    ("kk", "Аудан әкімдігі 12 адам қаза тапқанын хабарлады.\n\n| Аудан | Қаза тапқандар |\n|---|---|\n| Ақсу | 11 |\n"),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_place_row_is_no_source(lang, text):
    value = int(text.strip().split("|")[-2])
    rows = [c for c in segmented(text, lang) if c.value == value]
    assert rows and all(c.source is None for c in rows), [(c.value, c.source) for c in rows]
