"""Entity aliases of round 37 (constructions recurring across real pages; invented sentences).

* The district around a town written with the town's adjective and a district word («Конотопского
  района», «Кременчуцького району») is an entity of its own, "<town> district", not the town: its case
  forms in ru and uk join each other, never the town's own forms. (ru/uk only: en writes "X district"
  and kk «X ауданы» with the name itself, which the tagger reads as a place word's name.) A town's name
  with a district word after it («Конотоп ауданында») then joins that district, not the town; without
  an adjective district in the corpus it stays with the town.
* A Kazakh town's name with a region adjective after it («Павлодар облыстық ...») names the region.
"""

from __future__ import annotations

import pytest

from tests.entity_helpers import linked, together


def _show(ents):
    return [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize(("docs", "town", "district"), [
    ((("В Конотопе взорвался склад. Пожар охватил три села Конотопского района.", "ru"),),
     "Конотопе", "Конотопского района"),
    ((("У Конотопі вибухнув склад. Пожежа охопила три села Конотопського району.", "uk"),),
     "Конотопі", "Конотопського району"),
])
def test_a_towns_district_is_not_the_town(pipeline, docs, town, district):
    ents = linked(pipeline, *docs)
    assert not together(ents, town, district), _show(ents)
    assert next(e for e in ents if district in e.forms).canonical.endswith(" district"), _show(ents)


def test_a_towns_district_in_two_languages_is_one_entity(pipeline):
    ents = linked(pipeline, ("В Конотопе взорвался склад. Пожар охватил три села Конотопского района.", "ru"),
                  ("У Конотопі вибухнув склад. Пожежа охопила села Конотопського району.", "uk"))
    assert together(ents, "Конотопского района", "Конотопського району"), _show(ents)
    assert together(ents, "Конотопе", "Конотопі"), _show(ents)


def test_a_regions_adjective_still_names_the_region(pipeline):
    ents = linked(pipeline, ("В Полтавской области взорвался склад.", "ru"))
    e = next(e for e in ents if "Полтавской области" in e.forms)
    assert e.gazetteer_id and not e.canonical.endswith(" district"), _show(ents)


def test_a_district_word_after_a_towns_name_joins_the_district(pipeline):
    ents = linked(pipeline, ("В Конотопе взорвался склад. Пожар охватил три села Конотопского района.", "ru"),
                  ("Конотоп ауданында өрт болды. Конотопта жарылыс болды.", "kk"))
    assert together(ents, "Конотопского района", "Конотоп ауданында"), _show(ents)
    assert not together(ents, "Конотопе", "Конотоп ауданында"), _show(ents)


def test_a_district_word_alone_keeps_the_town(pipeline):
    ents = linked(pipeline, ("Конотоп ауданында өрт болды. Конотопта жарылыс болды.", "kk"))
    assert together(ents, "Конотопта", "Конотоп ауданында"), _show(ents)


@pytest.mark.parametrize("text", [
    "Жарылыс болды. Павлодар облыстық денсаулық сақтау басқармасы хабарлады.",
    "Павлодар облыстық әкімдігі өрт туралы хабарлады.",
])
def test_a_kazakh_region_adjective_names_the_region(pipeline, text):
    ents = linked(pipeline, (text, "kk"))
    name = text.split(" облыстық")[0].split(". ")[-1]
    e = next(e for e in ents if f"{name} облыстық" in e.forms)
    assert e.gazetteer_id and e.gazetteer_id.startswith("adm1:"), _show(ents)
