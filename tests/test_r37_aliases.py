"""Entity aliases of round 37 (constructions recurring across real pages; invented sentences).

* The district around a town written with the town's adjective and a district word («Конотопского
  района», «Кременчуцького району») is an entity of its own, "<town> district", not the town: its case
  forms in ru and uk join each other, never the town's own forms. (ru/uk only: en writes "X district"
  and kk «X ауданы» with the name itself, which the tagger reads as a place word's name.) A town's name
  with a district word after it («Конотоп ауданында») then joins that district, not the town; without
  an adjective district in the corpus it stays with the town.
  The adjective alone («Конотопского») stays with the town when the corpus names the town.
* A Kazakh region adjective after a name («Павлодар облыстық ...») is a form of the region the corpus
  names («Павлодар облысы»), not of a town of the same name.
"""

from __future__ import annotations

import pytest

from rashomon._entity_link import TOWN_DISTRICT
from rashomon.entities import EntityLinker
from rashomon.model import Mention
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
    "Павлодар облысында өрт болды. Павлодар облыстық денсаулық сақтау басқармасы хабарлады.",
    "Павлодар облысында өрт болды. Павлодар облыстық әкімдігі өрт туралы хабарлады.",
])
def test_a_kazakh_region_adjective_is_the_regions_form(pipeline, text):
    ents = linked(pipeline, (text, "kk"))
    assert together(ents, "Павлодар облысында", "Павлодар облыстық"), _show(ents)


def test_a_town_other_languages_name_stays_the_town():
    linker = EntityLinker()
    gid = "gz-olmar"
    linker.add([Mention(doc="d0.txt", span=(0, 19), text="Ольмарского района", type="place", lemma="Ольмар",
                        key=TOWN_DISTRICT, gazetteer_id=gid),
                Mention(doc="d1.txt", span=(0, 7), text="Ольмаре", type="place", lemma="Ольмар", gazetteer_id=gid)])
    ents = linker.resolve()
    assert not together(ents, "Ольмарского района", "Ольмаре"), _show(ents)


def test_the_adjective_alone_stays_with_the_town_the_corpus_names(pipeline):
    ents = linked(pipeline, ("В Конотопе взорвался склад. Пожар охватил три села Конотопского района.", "ru"))
    assert together(ents, "Конотопе", "Конотопского"), _show(ents)


def test_a_town_only_kazakh_names_is_its_districts_name():
    linker = EntityLinker()
    gid = "705135"  # (a town of the gazetteer; the Kazakh spelling is invented)
    linker.add([Mention(doc="d0.txt", span=(0, 19), text="Конотопского района", type="place", lemma="Конотоп",
                        key=TOWN_DISTRICT, gazetteer_id=gid),
                Mention(doc="d1.txt", span=(0, 9), text="Қонотопта", type="place", lemma="Қонотоп", gazetteer_id=gid)])
    ents = linker.resolve()
    assert together(ents, "Конотопского района", "Қонотопта"), _show(ents)
