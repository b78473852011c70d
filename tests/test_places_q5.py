"""Session 5 quality round on places and aliases: a landmark joined by its bare name keeps its town
(so a figure placed at a metro station still names the city), and a town named like a common noun
starting a sentence is that town when the document names it mid-sentence too. Sentence in, mention
or place out, in several languages. All texts are invented."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.entities import EntityLinker


def tag(pipeline, text: str, lang: str, id: str = "x.txt"):
    doc = Document(id=id, path=id, text=text, lang=lang)
    pipeline.prepare(doc)
    return pipeline.entity_tagger(doc)


def places_of(pipeline, text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.gazetteer_id) for m in tag(pipeline, text, lang) if m.type == "place"]


# -- a landmark and its bare name: one entity, still in its town ---------------------------------

@pytest.mark.parametrize("docs,form,town", [
    ([("Взрыв произошёл на станции «Лесная» в Минске.", "ru"),
      ("Минскідегі «Лесная» метро станциясында жарылыс болды.", "kk")], "Лесная", "(Minsk)"),
    ([("Вибух стався на станції «Лісова» у Києві.", "uk"),
      ("Пасажири «Лісової» чекають на поїзди.", "uk")], "Лісової", "(Kyiv)"),
    ([("On station \"Lesnaya\" has thundered explosion in Minsk.", "en"),
      ("Минскідегі «Лесная» метро станциясында жарылыс болды.", "kk")], "Лесная", "(Minsk)"),
])
def test_a_landmark_joined_by_its_bare_name_keeps_its_town(pipeline, docs, form, town):
    linker = EntityLinker()
    for k, (text, lang) in enumerate(docs):
        linker.add(tag(pipeline, text, lang, f"d{k}.txt"))
    ents = linker.resolve()
    mine = [e for e in ents if form in e.forms]
    assert len(mine) == 1, [(e.canonical, e.forms) for e in ents]
    assert mine[0].canonical.endswith(town), mine[0].canonical
    # a claim placed at the landmark keeps the town when renamed to its entity
    renames = linker.place_names(ents)
    assert all(v.endswith(town) for k, v in renames.items() if town in k), renames


# -- a town named like a common noun, starting a sentence ----------------------------------------

@pytest.mark.parametrize("text,lang,form", [
    ("Удар стався вранці. Вінниця лежить далеко від фронту. У Вінниці загинули 23 людини.", "uk", "Вінниця"),
    ("Суми обстріляли вночі. У Сумах загинули 3 людини.", "uk", "Суми"),
    ("Ізюм лежить на сході. В Ізюмі знайшли 40 загиблих.", "uk", "Ізюм"),
])
def test_a_sentence_initial_town_named_mid_sentence_too_is_a_place(pipeline, text, lang, form):
    got = places_of(pipeline, text, lang)
    ids = {gid for t, gid in got if t == form}
    assert len(ids) == 1 and None not in ids, got
    assert ids <= {gid for t, gid in got if t != form}, got  # the same gazetteer place as mid-sentence


@pytest.mark.parametrize("text,lang,word", [
    ("Суми обстріляли вночі. Суми компенсацій ще не виплатили.", "uk", "Суми"),  # never named mid-sentence
    ("Вінниця лежить далеко від фронту.", "uk", "Вінниця"),
])
def test_a_sentence_initial_common_noun_alone_is_no_place(pipeline, text, lang, word):
    assert word not in [t for t, _ in places_of(pipeline, text, lang)]
