"""Where months are capitalised (English: time_settings ``months_case_sensitive``), a lower-case
month name after a figure is an ordinary word ("5 more may be under the rubble"), not a date."""

from __future__ import annotations

import pytest

from rashomon.claims import ClaimExtractor
from rashomon.document import Document
from rashomon.segment import Segmenter

EXTRACT = ClaimExtractor()


def _claims(text: str, lang: str) -> list[tuple[str, int]]:
    doc = Document(id="d", path="d", text=text, lang=lang)
    Segmenter()(doc)
    return [(c.measure, c.value) for c in EXTRACT(doc, [], [])]


@pytest.mark.parametrize("text,lang,want", [
    ("Ten people were killed, and 5 more may still be under the rubble.", "en", ("missing", 5)),
    ("5 more may be under the rubble, rescuers said.", "en", ("missing", 5)),
    ("Ten people were killed and 5 more were injured.", "en", ("injured", 5)),
])
def test_lower_case_may_is_no_month(text, lang, want):
    assert want in _claims(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("The rally was held on 5 May in the capital.", "en"),
    ("Митинг прошёл 5 мая в столице.", "ru"),
])
def test_a_month_after_a_day_is_still_a_date(text, lang):
    assert _claims(text, lang) == []
