"""Entity links of round 28: a facility named after a place, written with the place's adjective in
ru/uk/en (Борлинская шахта, Borlinskaya mine) and with its noun in kk (Борлин шахтасы); a case form
linked to its article in the nominative ([[X АЕС|X-ої АЕС]]) and the nominative read elsewhere."""

from __future__ import annotations

import pytest
from entity_helpers import linked, together


@pytest.mark.parametrize("docs, forms", [
    ([("Борлин шахтасындағы жарылыстан кейін 12 кенші қаза тапты.", "kk"),
      ("The explosion at the Borlinskaya mine killed 12 miners.", "en")],
     ["Борлин шахтасындағы", "Borlinskaya mine"]),
    ([("Взрыв на шахте «Борлинская» унёс жизни 12 горняков.", "ru"),
      ("Борлин шахтасындағы жарылыстан кейін 12 кенші қаза тапты.", "kk")],
     ["Борлин шахтасындағы", "Борлинская"]),
])
def test_site_adjective_and_noun_link(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]


def test_site_of_other_name_stays_apart(pipeline):
    ents = linked(pipeline, ("Борлин шахтасындағы жарылыстан кейін 12 кенші қаза тапты.", "kk"),
                  ("The explosion at the Tavrinskaya mine killed 12 miners.", "en"))
    assert not together(ents, "Борлин шахтасындағы", "Tavrinskaya mine")


def test_uk_adjective_and_kk_noun_of_a_plant_link(pipeline):
    ents = linked(pipeline, ("Аварія на Борлинській АЕС сталася вночі.", "uk"),
                  ("Борлин АЭС-індегі жарылыстан кейін 3 адам қаза тапты.", "kk"))
    assert together(ents, "Борлинській АЕС", "Борлин АЭС"), [(e.canonical, e.forms) for e in ents]


def test_case_form_linked_to_its_nominative_joins_it(pipeline, tmp_path):
    from rashomon.dossier import read_inputs
    from rashomon.entities import EntityLinker

    (tmp_path / "a.wiki").write_text(
        "{{Картка:Подія\n| назва = Пожежа на Тавринській ГЕС\n| місце = [[Тавринська ГЕС]], [[Житомирська область]]\n}}\n"
        "'''Пожежа на Тавринській ГЕС''' — пожежа на [[Тавринська ГЕС|Тавринській ГЕС]] у 1991 році. Четвертий "
        "агрегат [[Тавринська ГЕС|Тавринської ГЕС]] зупинено.\n", encoding="utf-8")
    linker = EntityLinker()
    for doc in read_inputs([str(tmp_path / "a.wiki")]):
        pipeline.prepare(doc)
        linker.add(pipeline.entity_tagger(doc))
    ents = linker.resolve()
    assert together(ents, "Тавринській ГЕС", "Тавринська ГЕС"), [(e.canonical, e.forms) for e in ents]
    assert any(d["reason"] == "case-alias" for d in linker.decisions), linker.decisions


@pytest.mark.parametrize("docs, forms", [
    ([("Корабли Тавринской флотилии вышли в море.", "ru"), ("Кораблі Тавринської флотилії вийшли в море.", "uk")],
     ["Тавринской флотилии", "Тавринської флотилії"]),
    ([("Совет Борлинского горного общества заявил о протесте.", "ru"),
      ("Рада Борлинського гірничого товариства заявила про протест.", "uk")], None),
])
def test_ru_and_uk_phrase_of_one_name_link(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    if forms:
        assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]
    else:  # different words (горного / гірничого): not joined on the stems
        assert not any(len({f for f in e.forms if "Борлин" in f}) > 1 and any("горн" in f for f in e.forms)
                       and any("гірнич" in f for f in e.forms) for e in ents)
