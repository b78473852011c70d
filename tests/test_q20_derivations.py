"""An adjective in -инский/-инський before a place word names a place in -а
(Сергокалинский район -> Сергокала, Махачкалинский -> Махачкала)."""

from __future__ import annotations

import pytest
from entity_helpers import linked, together


@pytest.mark.parametrize("docs,forms", [
    ([("Задержан глава Сергокалинского района.", "ru"), ("Затримано голову Сергокалинського району.", "uk"),
      ("Sergokala district head was detained.", "en")],
     ("Сергокалинского", "Сергокалинського", "Sergokala")),
    ([("Задержания прошли в Сергокалинском районе.", "ru"), ("Затримання відбулися в Сергокалинському районі.", "uk")],
     ("Сергокалинском", "Сергокалинському")),
    ([("В Махачкалинском районе перекрыты дороги.", "ru"), ("Дороги перекрито в Махачкалі.", "uk")],
     ("Махачкалинском", "Махачкалі")),
])
def test_adjective_in_insk_names_a_place_in_a(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]
