"""One name in two scripts (round 36, `rashomon._entity_script`; invented names and sentences).

A Russian, Ukrainian or Kazakh page writes a foreign name as it sounds, an English page of the same
corpus in its own spelling (ph for v, a doubled or dropped vowel, an h the Cyrillic leaves out, a
middle name): the Cyrillic entity joins the Latin one. Guards: two Latin names for one Cyrillic one,
a gazetteer country, an acronym and unrelated names stay apart."""

from __future__ import annotations

import pytest

from rashomon._entity_script import cross_skeleton, name_skeletons
from rashomon.translit import key as tkey
from tests.entity_helpers import linked, together


def _show(ents):
    return [(e.canonical, e.type, e.forms) for e in ents]


def test_skeletons_meet():
    assert cross_skeleton(tkey("Josephine")) == cross_skeleton(tkey("Джозефин"))
    assert cross_skeleton(tkey("Ombraewon")) == cross_skeleton(tkey("Омбрэвон"))
    assert cross_skeleton(tkey("Hollenbaque")) != cross_skeleton(tkey("Холлендорф"))
    assert {s for s, _ in name_skeletons("Velcira Dottore")} & {s for s, _ in name_skeletons("Вельчира Дотторе")}
    assert name_skeletons("ВКНБ") == []


def _meet(a: str, b: str) -> bool:
    return bool({s for s, _ in name_skeletons(a)} & {s for s, _ in name_skeletons(b)})


def test_english_spellings_meet():
    assert _meet("Velmorines", "Вельморин")  # an English plural
    assert _meet("Dorvak’s", "Дорвак")  # a possessive
    assert _meet("Chrisander Volk", "Крисандер Волк")  # ch before r is k
    assert not _meet("Terch", "Трокус")  # ... but not before a vowel


@pytest.mark.parametrize(("cyr", "lang", "lat", "forms"), [
    ("Мэр города Джозеф Вардабо заявил журналистам, что спасатели работают.", "ru",
     "Mayor Joseph Wardabo told reporters that rescuers were at work.", ("Джозеф Вардабо", "Joseph Wardabo")),
    ("Мер міста Джозеф Вардабо заявив журналістам, що рятувальники працюють.", "uk",
     "Mayor Joseph Wardabo told reporters that rescuers were at work.", ("Джозеф Вардабо", "Joseph Wardabo")),
    ("Қала әкімі Джозеф Вардабо құтқарушылар жұмыс істеп жатқанын айтты.", "kk",
     "Mayor Joseph Wardabo told reporters that rescuers were at work.", ("Джозеф Вардабо", "Joseph Wardabo")),
    ("Стрелок Стивен Вэлдорн открыл огонь из окна отеля.", "ru",
     "The gunman, Stephen Harrow Waldorne, opened fire from a hotel window.", ("Стивен Вэлдорн", "Stephen Harrow Waldorne")),
])
def test_a_person_in_two_scripts(pipeline, cyr, lang, lat, forms):
    ents = linked(pipeline, (cyr, lang), (lat, "en"))
    assert together(ents, *forms), _show(ents)


@pytest.mark.parametrize(("cyr", "lang"), [
    ("Трагедия произошла в районе Омбрэвон, где собрались тысячи людей.", "ru"),
    ("Трагедія сталася в районі Омбрэвон, де зібралися тисячі людей.", "uk"),
])
def test_a_place_in_two_scripts(pipeline, cyr, lang):
    ents = linked(pipeline, (cyr, lang), ("The crush happened in the Ombraewon district, where thousands gathered.", "en"))
    ent = next((e for e in ents if "Ombraewon" in e.forms), None)
    assert ent is not None and "Омбрэвон" in ent.forms, _show(ents)
    assert ent.canonical == "Ombraewon", _show(ents)


def test_a_company_in_two_scripts(pipeline):
    ents = linked(pipeline, ("Судно принадлежит компании «Вельчира Дотторе», сообщили в порту.", "ru"),
                  ("The ship is owned by Velcira Dottore, the port said.", "en"))
    assert together(ents, "Вельчира Дотторе", "Velcira Dottore"), _show(ents)


def test_two_latin_names_keep_the_cyrillic_one_apart(pipeline):
    ents = linked(pipeline, ("Трагедия произошла в районе Омбрэвон, где собрались тысячи людей.", "ru"),
                  ("The crush happened in the Ombraewon district.", "en"),
                  ("Rescuers came from the Ambrevon district.", "en"))
    assert not together(ents, "Омбрэвон", "Ombraewon"), _show(ents)
    assert not together(ents, "Омбрэвон", "Ambrevon"), _show(ents)


def test_unrelated_names_stay_apart(pipeline):
    ents = linked(pipeline, ("Мэр города Холлендорф заявил журналистам, что спасатели работают.", "ru"),
                  ("Mayor Hollenbaque told reporters that rescuers were at work.", "en"))
    assert not together(ents, "Холлендорф", "Hollenbaque"), _show(ents)


def _linked_with_candidates(pipeline, *docs: tuple[str, str]):
    """`linked`, with the capitalized runs the tagger leaves kept as the dossier keeps them."""
    from rashomon.document import Document
    from rashomon.entities import EntityLinker

    linker = EntityLinker()
    for k, (text, lang) in enumerate(docs):
        doc = Document(id=f"d{k}.txt", path=f"d{k}.txt", text=text, lang=lang)
        pipeline.prepare(doc)
        mentions = pipeline.entity_tagger(doc)
        linker.add(mentions)
        linker.add_candidates(doc, mentions)
    return linker.resolve()


@pytest.mark.parametrize(("cyr", "lang", "form"), [
    ("Мэр Кордапьеро заявил, что трагедии такого масштаба еще не было.", "ru", "Кордапьеро"),
    ("Мер Кордап'єро заявив, що трагедії такого масштабу ще не було.", "uk", "Кордап'єро"),
    ("Кордапьеро қаласының әкімі мұндай қасірет болмағанын айтты, деді ол кеше Кордапьеро туралы.", "kk", "Кордапьеро"),
])
def test_a_name_the_tagger_left_is_a_form(pipeline, cyr, lang, form):
    lat = "The boat sank off the coast of Cordapiero, where rescuers found survivors. Cordapiero is a fishing town."
    ents = _linked_with_candidates(pipeline, (cyr, lang), (lat, "en"))
    ent = next((e for e in ents if "Cordapiero" in e.forms), None)
    assert ent is not None and form in ent.forms, _show(ents)


def test_a_latin_name_the_tagger_left_names_a_cyrillic_entity(pipeline):
    ents = _linked_with_candidates(
        pipeline, ("Лодка затонула у острова Вельмориа, сообщили спасатели острова Вельмориа.", "ru"),
        ("Rescuers said the boat sank off the island of Velmoria on Sunday.", "en"))
    ent = next((e for e in ents if any("Вельмори" in f for f in e.forms)), None)
    assert ent is not None and "Velmoria" in ent.forms and ent.canonical == "Velmoria", _show(ents)


def test_sentence_start_and_unrelated_words_are_no_forms(pipeline):
    ents = _linked_with_candidates(pipeline, ("Мэр Кордапьеро заявил, что трагедии не было.", "ru"),
                                   ("Sunday was calm. The boat sank off Cordapiero.", "en"))
    assert not any("Sunday" in e.forms for e in ents), _show(ents)


def test_a_claims_place_takes_the_latin_spelling(pipeline):
    from rashomon.document import Document
    from rashomon.dossier import assemble

    docs = [("У острова Вельчиро затонула лодка с мигрантами, погибли 12 человек.", "ru"),
            ("A boat carrying migrants sank off the island of Velciro, the coast guard said. "
             "Rescuers reached Velciro at dawn.", "en")]
    analyses = [pipeline.analyze(Document(id=f"d{k}.txt", path=f"d{k}.txt", text=t, lang=lang))
                for k, (t, lang) in enumerate(docs)]
    d = assemble(analyses)
    places = {c.place for c in d.claims if c.value == 12}
    assert places == {"Velciro"}, (places, [(e.canonical, e.forms) for e in d.entities])
