"""Entity aliases of round 36 (constructions recurring across real pages; invented sentences and names).

* A rank, an office or an occupation written before a name ("Captain Paolo Marenzi", «Контр-адмирал
  ...», «капітана ...», "nurse Mira Tolland") is a title: the name after it is a person, not an
  organisation of the whole run, nor nothing at all when the run opens a sentence.
* An English name of two or three capitalized words whose last word stands alone elsewhere on the page
  with a verb of saying ("Marco Velardi ... Velardi said") is a person, though no list knows the first
  name; the surname alone then joins it. (English only: ru/uk/kk read first names by their dictionary.)
* A one-word foreign name the gazetteer does not know whose Cyrillic base form a lemmatizer cut short
  (Берема read as a case of «Берем») joins the same name written whole in Latin letters, and its ru/uk
  case forms with a case ending (Беремой, Беремою) join too, whatever type each text guessed.
* A name of three words read as an organisation on one page and as a person on another, written alike
  ("Ranjep Talip Karmogan"), is the person.
"""

from __future__ import annotations

import pytest

from rashomon.entities import EntityLinker
from rashomon.model import Mention
from tests.entity_helpers import linked, together


def _show(ents):
    return [(e.canonical, e.type, e.forms) for e in ents]


def _persons(pipeline, text, lang):
    ents = linked(pipeline, (text, lang))
    return {f for e in ents if e.type == "person" for f in e.forms}, ents


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Captain Paolo Marenzi said the ship sank near the shore.", "en", "Paolo Marenzi"),
    ("Rear Admiral Daniel Korvani said the strike hit the town.", "en", "Daniel Korvani"),
    ("The bus was full, conductor Yuri Sompel said.", "en", "Yuri Sompel"),
    ("Контр-адмирал Даниэль Корвани заявил, что удар пришёлся по городу.", "ru", "Даниэль Корвани"),
    ("Капітан Паоло Маренці заявив, що судно затонуло біля берега.", "uk", "Паоло Маренці"),
    ("Капитан Паоло Маренци кеме жағаға жақын жерде батып кетті деді.", "kk", "Паоло Маренци"),
])
def test_a_rank_before_a_name(pipeline, text, lang, name):
    persons, ents = _persons(pipeline, text, lang)
    assert name in persons, _show(ents)
    assert not any(e.type != "person" and any(name in f for f in e.forms) for e in ents), _show(ents)


@pytest.mark.parametrize(("text", "full", "surname"), [
    ('The ship carried 40 people, said Manuela Corvetti, a volunteer. "We did what we could," Corvetti said.',
     "Manuela Corvetti", "Corvetti"),
    ("Brenton Harlo Tarvant, the gunman, was arrested. Police said Tarvant acted alone.",
     "Brenton Harlo Tarvant", "Tarvant"),
    ("Sheriff Joseph Lombarvo said 58 died. \"It was chaos,\" Lombarvo told reporters.", "Joseph Lombarvo", "Lombarvo"),
])
def test_a_surname_that_speaks_names_a_person(pipeline, text, full, surname):
    ents = linked(pipeline, (text, "en"))
    assert together(ents, full, surname), _show(ents)
    assert next(e for e in ents if full in e.forms).type == "person", _show(ents)


def test_a_name_whose_last_word_never_speaks_stays_as_it_was(pipeline):
    ents = linked(pipeline, ("The convoy passed Sarno Veld on the way to the coast.", "en"))
    assert not any(e.type == "person" for e in ents), _show(ents)


def _m(doc: str, text: str, lemma: str, typ: str = "org") -> Mention:
    return Mention(doc=doc, span=(0, len(text)), text=text, type=typ, lemma=lemma)


@pytest.mark.parametrize(("cyr", "case_form"), [
    (("Берема", "Берем"), ("Беремой", "Беремой")),  # ru: the lemmatizer's base form cut short
    (("Берема", "Берем"), ("Беремою", "Беремою")),  # uk
])
def test_a_foreign_name_cut_short_joins_its_latin_spelling(cyr, case_form):
    linker = EntityLinker()
    linker.add([_m("d0.txt", "Berema", "Berema"), _m("d0.txt", "Berema", "Berema")])
    linker.add([_m("d1.txt", cyr[0], cyr[1], "place")])
    linker.add([_m("d2.txt", case_form[0], case_form[1])])
    ents = linker.resolve()
    assert together(ents, "Berema", cyr[0], case_form[0]), _show(ents)


def test_two_names_cut_short_stay_apart():
    linker = EntityLinker()
    linker.add([_m("d0.txt", "Berema", "Berema"), _m("d1.txt", "Берема", "Берем"), _m("d2.txt", "Tolvano", "Tolvano"),
                _m("d3.txt", "Тольвани", "Тольван")])
    ents = linker.resolve()
    assert not together(ents, "Berema", "Tolvano"), _show(ents)
    assert not together(ents, "Берема", "Тольвани"), _show(ents)


def test_a_person_read_as_an_organisation_elsewhere():
    linker = EntityLinker()
    linker.add([Mention(doc="d0.txt", span=(0, 21), text="Ranjep Talip Karmogan", type="person",
                        lemma="Ranjep Talip Karmogan")])
    linker.add([_m("d1.txt", "Ranjep Talip Karmogan", "Ranjep Talip Karmogan")])
    ents = linker.resolve()
    assert len([e for e in ents if "Ranjep Talip Karmogan" in e.forms]) == 1, _show(ents)


@pytest.mark.parametrize(("docs", "forms"), [
    ([("President Joseph Lombarvo said 58 people died.", "en"),
      ("Президент Джозеф Ломбарво заявил, что погибли 58 человек.", "ru")],
     ("Joseph Lombarvo", "Джозеф Ломбарво")),  # (the first-name list folds Joseph to another reading)
    ([("President Stephen Pardeck said 58 people died.", "en"),
      ("Президент Стівен Пердек заявив, що загинули 58 людей.", "uk")],
     ("Stephen Pardeck", "Стівен Пердек")),  # (a looser pair: the same letters open both names)
    ([("President Stephen Pardeck said 58 people died.", "en"),
      ("Президент Стивен Пердек жиналысқа келді.", "kk")],
     ("Stephen Pardeck", "Стивен Пердек")),
])
def test_one_person_in_two_scripts(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), _show(ents)


def test_two_first_names_the_list_knows_stay_two_people(pipeline):
    ents = linked(pipeline, ("President Alexander Ivarov said 58 people died.", "en"),
                  ("Президент Алексей Иваров заявил, что погибли 58 человек.", "ru"))
    assert not together(ents, "Alexander Ivarov", "Алексей Иваров"), _show(ents)


def test_a_closer_reading_wins_over_a_looser_one(pipeline):
    ents = linked(pipeline, ("President Mohamed Mirsal said 58 people died.", "en"),
                  ("Президент Мохамед Мирсал заявил, что погибли 58 человек.", "ru"),
                  ("Соратники Мухаммеда Мирсала вышли на площадь.", "ru"))
    assert together(ents, "Mohamed Mirsal", "Мохамед Мирсал"), _show(ents)


def test_a_foreign_name_in_two_scripts():
    linker = EntityLinker()
    linker.add([_m("d0.txt", "Tolkara", "Tolkara", "place"), _m("d0.txt", "Tolkara", "Tolkara", "place")])
    linker.add([_m("d1.txt", "Толкора", "Толкора", "place")])  # another page's reading (ru)
    linker.add([_m("d3.txt", "Tessaly", "Tessaly", "org"), _m("d4.txt", "Тесселі", "Тесселі", "place")])  # (uk)
    ents = linker.resolve()
    assert together(ents, "Tolkara", "Толкора"), _show(ents)
    assert together(ents, "Tessaly", "Тесселі"), _show(ents)
    assert not together(ents, "Tolkara", "Tessaly"), _show(ents)


def test_a_mixed_script_word_is_no_cyrillic_reading():
    linker = EntityLinker()
    linker.add([_m("d0.txt", "Elmarnews", "Elmarnews"), _m("d1.txt", "Еlvarnews", "Еlvarnews")])  # (a Cyrillic Е)
    ents = linker.resolve()
    assert not together(ents, "Elmarnews", "Еlvarnews"), _show(ents)


@pytest.mark.parametrize(("text", "lang", "full", "alone"), [
    ("Сторонники Мухаммеда аль-Дарвани вышли на площадь. Позже аль-Дарвани задержали.", "ru",
     "Мухаммеда аль-Дарвани", "аль-Дарвани"),
    ("Прихильники Омара аль-Дарвані вийшли на площу. Пізніше аль-Дарвані затримали.", "uk",
     "Омара аль-Дарвані", "аль-Дарвані"),
    ("Supporters of Mohamed el-Darvany gathered in the square, el-Darvany said.", "en",
     "Mohamed el-Darvany", "el-Darvany"),
    ("Омар әл-Дарвани алаңға шықты. Кейін әл-Дарвани ұсталды.", "kk", "Омар әл-Дарвани", "әл-Дарвани"),
])
def test_a_name_with_an_article_particle(pipeline, text, lang, full, alone):
    ents = linked(pipeline, (text, lang))
    assert together(ents, full, alone), _show(ents)
    assert next(e for e in ents if full in e.forms).type == "person", _show(ents)


def test_a_square_named_with_an_article_particle(pipeline):
    ents = linked(pipeline, ("Протестующие собрались на площади Расха аль-Велидия.", "ru"),
                  ("Протестувальники зібралися на площі Расха аль-Велідія.", "uk"))
    assert together(ents, "площади Расха аль-Велидия", "площі Расха аль-Велідія"), _show(ents)


def test_a_country_code_with_a_kazakh_case_ending(pipeline):
    ents = linked(pipeline, ("АҚШ-та 12 адам қаза тапты. АҚШ-тың президенті мәлімдеді.", "kk"),
                  ("В США погибли 12 человек.", "ru"))
    assert together(ents, "АҚШ-та", "АҚШ-тың", "США"), _show(ents)
