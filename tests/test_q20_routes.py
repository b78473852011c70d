"""Two places joined by a hyphen name a route's two ends ("the Stepanakert-Askeran road"); brand
names and places the gazetteer has whole stay one name."""

from __future__ import annotations

import pytest
from entity_helpers import linked


@pytest.mark.parametrize("text,a,b", [
    ("A fuel depot on the Stepanakert-Askeran road exploded.", "Stepanakert", "Askeran"),
    ("Buses on the Almaty-Bishkek highway were stopped.", "Almaty", "Bishkek"),
    ("Trains on the Kyiv-Odesa line were late.", "Kyiv", "Odesa"),
])
def test_hyphenated_route_is_two_places(pipeline, text, a, b):
    ents = linked(pipeline, (text, "en"))
    got = {f for e in ents if e.type == "place" for f in e.forms}
    assert {a, b} <= got and f"{a}-{b}" not in {f for e in ents for f in e.forms}, [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("text", [
    "Coca-Cola said sales fell.",  # halves named like far-away towns: no route
    "Mercedes-Benz recalled the cars.",
    "Ivano-Frankivsk was shelled.",  # a hyphenated name the gazetteer has whole
])
def test_hyphenated_name_stays_whole(pipeline, text):
    ents = linked(pipeline, (text, "en"))
    word = text.split()[0]
    assert any(word in e.forms for e in ents), [(e.canonical, e.forms) for e in ents]
