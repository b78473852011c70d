"""Session 9 q15 entities: region nouns of a centre in -цьк (Донеччина), the second name of a
coordination of people, unknown place names in a case form, adjectives of an unknown district's
name, and abbreviations linked to the name they abbreviate. Sentence in, mention or linked forms out;
names are generic or invented, none is a development set's event."""

from __future__ import annotations

import pytest
from entity_helpers import linked, together

from rashomon.document import Document


def tag(pipeline, text: str, lang: str):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    return pipeline.entity_tagger(doc)


def by_text(pipeline, text: str, lang: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.type, m.canonical) for m in tag(pipeline, text, lang)}


# -- a region named by a noun made from its centre, the centre in -цьк ---------------------------------
@pytest.mark.parametrize(("text", "lang", "form", "canonical"), [
    ("Автобус потрапив під обстріл на Донеччині.", "uk", "Донеччині", "Donetsk Oblast"),
    ("Обстріли тривають на Вінниччині.", "uk", "Вінниччині", "Vinnytsia Oblast"),
    ("Минулого тижня Донеччина зазнала нових обстрілів.", "uk", "Донеччина", "Donetsk Oblast"),
    ("Обстрел произошел на Донетчине.", "ru", "Донетчине", "Donetsk Oblast"),
    ("Сильные дожди прошли на Полтавщине.", "ru", "Полтавщине", "Poltava Oblast"),  # (the -щина rows still hold)
])
def test_region_noun_of_a_centre_in_tsk(pipeline, text, lang, form, canonical):
    got = by_text(pipeline, text, lang)
    assert got.get(form) == ("place", canonical), got


def test_region_noun_links_with_the_region(pipeline):
    ents = linked(pipeline, ("Автобус потрапив під обстріл на Донеччині.", "uk"),
                  ("The bus was shelled in Donetsk Oblast.", "en"))
    assert together(ents, "Донеччині", "Donetsk Oblast"), [(e.canonical, e.forms) for e in ents]
