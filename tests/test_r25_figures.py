"""Figures, round 25: invented sentences. The participle "mobilised" counts forces deployed only as a
predicate ("were mobilised", "мобилизованы", "мобілізовано") or before the figure; after the figure
("300 mobilised soldiers", "300 мобилизованных") it only names the people counted, whose own predicate
("were killed", "уничтожены", "знищено") says what befell them."""

from __future__ import annotations

import pytest
from claims_helpers import segmented


def _got(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.qualifier) for c in segmented(text, lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("About 300 mobilised soldiers were killed, the army said.", "en"),
    ("По данным армии, уничтожены около 300 мобилизованных.", "ru"),
    ("Армия заявила, что погибли около 300 мобилизованных.", "ru"),
    ("За даними армії, знищено близько 300 мобілізованих.", "uk"),
])
def test_mobilised_counted_noun_takes_its_predicate(text, lang):
    assert _got(text, lang) == [("killed", 300, "about")]


@pytest.mark.parametrize(("text", "lang"), [
    ("In March about 5000 reservists were mobilised.", "en"),
    ("In March the ministry mobilised about 5000 reservists.", "en"),
    ("В марте были мобилизованы около 5000 резервистов.", "ru"),
    ("У березні мобілізовано близько 5000 резервістів.", "uk"),
])
def test_mobilised_predicate_is_deployed(text, lang):
    assert _got(text, lang) == [("deployed", 5000, "about")]


def test_mobilised_kk_predicate_is_deployed():
    assert _got("Наурызда 5000 әскери қызметші жұмылдырылды.", "kk") == [("deployed", 5000, "exact")]


def test_department_that_speaks_is_official():
    got = [(c.value, c.source.type if c.source else c.source_type) for c in segmented(
        "About 40 were injured, its communications department said.", "en")]
    assert got == [(40, "official")]


def test_shot_down_is_no_casualty():
    assert _got("The army said six missiles hit the depot, and two more were shot down.", "en") == []
    assert _got("Two protesters were shot.", "en") == [("killed", 2, "exact")]
