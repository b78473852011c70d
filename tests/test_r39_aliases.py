"""Round 39, aliases: mechanisms over the run that join the forms of one name (invented sentences).

* a short name joins the ONE long name of the run whose first or last words it is, across scripts
  (`rashomon._entity_short_long.ShortLongLinks._link_short_long`);
* "X district" / "Xsky district" in English joins the district entity around town X that the ru/uk
  adjective made (`EntityLinker._link_gazetteer_keys`);
* an abbreviation by initials skips the function words of the name it spells (``entity_initials_skip``);
* a lone word the gazetteer reads as a small town is the one person of the run whose full name ends in it
  (`ShortLongLinks._link_person_towns`).
"""

from __future__ import annotations

import pytest
from entity_helpers import linked, together

from rashomon._entity_link import _initials_skip


def _show(ents):
    return [(e.canonical, e.type, e.forms) for e in ents]


# -- a short name and the one long name of the run ---------------------------------------------------
@pytest.mark.parametrize(("short_doc", "short"), [
    (("Velmora staff fled when the fire began.", "en"), "Velmora"),
    (("Пожар в «Вельморе» унёс жизни.", "ru"), "«Вельморе»"),
    (("Пожежа у «Вельморі» забрала життя.", "uk"), "«Вельморі»"),
    (("«Вельмора» ғимаратында өрт шықты.", "kk"), "«Вельмора»"),
])
def test_a_short_name_joins_the_one_long_name(pipeline, short_doc, short):
    ents = linked(pipeline, ("Fire hit the Velmora Concert Hall on Friday.", "en"), short_doc)
    assert together(ents, "Velmora Concert Hall", short), _show(ents)


def test_the_name_without_its_kind_word_joins_it(pipeline):
    ents = linked(pipeline, ("The Orlin Grand Hotel collapsed.", "en"), ("Guests of the Orlin Grand fled.", "en"))
    assert together(ents, "Orlin Grand Hotel", "Orlin Grand"), _show(ents)


def test_the_name_without_its_lead_word_joins_it(pipeline):
    ents = linked(pipeline, ("The Daily Korvath Herald reported ten dead.", "en"),
                  ("The toll rose, according to the Korvath Herald.", "en"))
    assert together(ents, "Daily Korvath Herald", "Korvath Herald"), _show(ents)


def test_a_short_name_of_two_long_names_joins_neither(pipeline):
    ents = linked(pipeline, ("The Orlin Grand Hotel collapsed.", "en"), ("Orlin Air flights were cancelled.", "en"),
                  ("Guests of the Orlin Grand fled.", "en"), ("Velmora staff said Orlin was closed.", "en"))
    assert not any("Orlin" in e.forms and len({f for f in e.forms if f.startswith("Orlin ")}) > 0 for e in ents), _show(ents)


def test_a_place_does_not_join_an_organisation_named_after_it(pipeline):
    ents = linked(pipeline, ("Protests spread in Velmora on Monday.", "en"),
                  ("The Velmora Police said ten were held.", "en"))
    assert not together(ents, "Velmora", "Velmora Police"), _show(ents)


# -- the English district of a town ---------------------------------------------------------------------
def test_the_english_adjective_district_joins_the_district_of_the_adjective(pipeline):
    ents = linked(pipeline, ("В Кяхтинском районе ввели режим ЧС.", "ru"),
                  ("У Кяхтинському районі запровадили режим НС.", "uk"),
                  ("Emergency declared in Kyakhtinsky district.", "en"))
    district = next(e for e in ents if "Кяхтинском районе" in e.forms)
    assert {"Кяхтинському районі", "Kyakhtinsky district"} <= set(district.forms), _show(ents)


def test_the_english_district_joins_the_district_not_the_town(pipeline):
    """The gap test_q20_derivations names: "X district" beside «X-инского района»."""
    ents = linked(pipeline, ("Задержан глава Сергокалинского района.", "ru"),
                  ("Затримано голову Сергокалинського району.", "uk"), ("Sergokala district head was detained.", "en"))
    district = next(e for e in ents if "Сергокалинского района" in e.forms)
    assert {"Сергокалинського району", "Sergokala district"} <= set(district.forms), _show(ents)


def test_the_english_district_without_a_district_entity_stays_with_the_town(pipeline):
    ents = linked(pipeline, ("Sergokala district head was detained.", "en"), ("Police in Sergokala said.", "en"))
    assert not any(e.canonical.endswith("district") for e in ents), _show(ents)


# -- an abbreviation skips the function words of the name ------------------------------------------------
def test_an_abbreviation_skips_the_function_words(pipeline):
    ents = linked(pipeline, ("The Velmor Board of Transport Safety opened a probe.", "en"),
                  ("The VBTS said the crew died.", "en"))
    assert together(ents, "Velmor Board of Transport Safety", "VBTS"), _show(ents)


@pytest.mark.parametrize("word", ["of", "and", "по", "и", "з", "та", "және"])
def test_the_function_words_of_every_language(word):
    assert word in _initials_skip()


# -- a surname the gazetteer reads as a small town --------------------------------------------------------
@pytest.mark.parametrize("doc", [
    ("Denton said three had died.", "en"),
    ("По словам Дентон, погибли трое.", "ru"),
    ("За словами Дентон, загинули троє.", "uk"),
    ("Дентон үш адам қаза тапқанын айтты.", "kk"),
])
def test_a_lone_surname_read_as_a_town_is_the_person(pipeline, doc):
    ents = linked(pipeline, ("Мэр Марта Дентон заявила о жертвах.", "ru"), doc)
    person = next(e for e in ents if "Марта Дентон" in e.forms)
    assert person.type == "person" and len(person.forms) > 1, _show(ents)


# -- a country written by its abbreviation ---------------------------------------------------------------
@pytest.mark.parametrize(("doc", "lang", "abbr", "name"), [
    ("Власти КНР сообщили о жертвах. В Китае объявлен траур.", "ru", "КНР", "Китае"),
    ("Уряд ФРН повідомив про жертви. Німеччина надішле допомогу.", "uk", "ФРН", "Німеччина"),
    ("The KSA sent aid. Saudi Arabia mourns.", "en", "KSA", "Saudi Arabia"),
    ("ҚХР билігі хабарлады. Қытай көмектеседі.", "kk", "ҚХР", "Қытай"),
])
def test_a_country_abbreviation_is_the_country(pipeline, doc, lang, abbr, name):
    ents = linked(pipeline, (doc, lang))
    country = next(e for e in ents if abbr in e.forms)
    assert name in country.forms and country.type == "place", _show(ents)


def test_an_abbreviation_ending_a_byline_joins_no_name(pipeline):
    ents = linked(pipeline, ("Photo by Marta Velcu VNA.", "en"), ("The VNA news agency reported ten dead. VNA added.", "en"))
    assert not together(ents, "VNA", "Marta Velcu VNA"), _show(ents)
