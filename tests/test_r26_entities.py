"""Round r26e: entities (a Latin name read as a place joins the Cyrillic-named person; an organisation's
name without its country joins the one name written with it). Invented people and organisations."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline
from tests.entity_helpers import linked, together

PIPE = Pipeline()


@pytest.mark.parametrize(("cyr", "lang", "en", "form"), [
    ("Глава области Остап Желябченко заявил, что погибли 12 человек.", "ru",
     "Update 10.05. The head of the region Zhelyabchenko: the dead are 12.", "Zhelyabchenko"),
    ("Голова області Остап Желябченко заявив, що загинули 12 людей.", "uk",
     "Update 10.05. The head of the region Zhelyabchenko: the dead are 12.", "Zhelyabchenko"),
])
def test_a_latin_surname_read_as_a_place_is_the_person(cyr, lang, en, form):
    ents = linked(PIPE, (cyr, lang), (en, "en"))
    assert together(ents, form, "Остап Желябченко"), [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize(("full", "head", "lang"), [
    ("Лидеры движения «Зелёный фронт Молдовы» провели митинг в городе.",
     "Вчера сторонники Зелёного фронта собрались на площади.", "ru"),
    ("Лідери руху «Зелений фронт Молдови» провели мітинг у місті.",
     "Вчора прихильники Зеленого фронту зібралися на площі.", "uk"),
])
def test_an_organisation_without_its_country_is_the_one_written_with_it(full, head, lang):
    ents = linked(PIPE, (full, lang), (head, lang))
    orgs = [e for e in ents if any("ронт" in f for f in e.forms)]
    assert len(orgs) == 1, [(e.canonical, e.forms) for e in orgs]


def test_two_countries_leave_the_bare_name_alone():
    ents = linked(PIPE, ("«Зелёный фронт Молдовы» и «Зелёный фронт Грузии» провели митинги.", "ru"),
                  ("Вчера сторонники Зелёного фронта собрались на площади.", "ru"))
    bare = [e for e in ents if any(f.startswith("Зелёного фронта") and len(f.split()) == 2 for f in e.forms)]
    assert all(len(e.forms) == 1 or all("Молдов" not in f and "Груз" not in f for f in e.forms) for e in bare)


@pytest.mark.parametrize(("street", "bare", "lang"), [
    ("Журналисты увидели на улице Вишнёвой двадцать тел.", "Вишнёвой", "ru"),
    ("Журналісти побачили на вулиці Вишнівській двадцять тіл.", "Вишнівській", "uk"),
])
def test_a_street_named_by_its_adjective_has_the_adjective_alone_as_a_form(street, bare, lang):
    ents = linked(PIPE, (street, lang))
    assert any(bare in e.forms and len(e.forms) >= 2 for e in ents), [(e.canonical, e.forms) for e in ents]


def test_a_street_named_after_a_person_keeps_its_forms():
    ents = linked(PIPE, ("Журналисты увидели на улице Вершинина двадцать тел.", "ru"))
    assert not any("Вершинина" in e.forms for e in ents), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("text", [
    "The Zurich-based Veldan Initiative for Civic Rights said 12 people died.",
    "Reporters quoted the Kremlin-funded Veldan Initiative for Civic Rights, which said 12 people died.",
])
def test_a_hyphenated_adjective_ends_a_name_and_starts_none(text):
    ms = PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang="en")).mentions
    assert "Veldan Initiative for Civic Rights" in [m.text for m in ms], [m.text for m in ms]


@pytest.mark.parametrize(("venue", "bare", "lang"), [
    ("Протест на Оболоні в Києві зібрав триста людей.", ("Жителі Оболоні скаржилися на шум уночі.", "uk"), "uk"),
    ("Протест на Оболони в Киеве собрал триста человек.", ("The protest in Obolon gathered 300 people.", "en"), "ru"),
])
def test_a_quarter_after_na_takes_the_bare_name_the_gazetteer_reads_as_a_town(venue, bare, lang):
    ents = linked(PIPE, (venue, lang), bare)
    quarter = [e for e in ents if any(f.startswith("Оболон") for f in e.forms) and e.gazetteer_id is None]
    towns = [e for e in ents if any(f.startswith(("Оболон", "Obolon")) for f in e.forms) and e.gazetteer_id]
    assert quarter and not towns, [(e.canonical, e.forms, e.gazetteer_id) for e in ents]


@pytest.mark.parametrize(("text", "form", "gid"), [
    ("1987 жылы Қазақ КСР-інде жиын болды.", "Қазақ КСР-інде", "sup:kazakh-ssr"),
    ("Бұл Грузин КСР-індегі оқиға еді.", "Грузин КСР-індегі", "sup:georgian-ssr"),
])
def test_kk_an_acronym_with_its_case_ending_after_a_hyphen_names_the_place(text, form, gid):
    ms = PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang="kk")).mentions
    assert (form, gid) in [(m.text, m.gazetteer_id) for m in ms], [(m.text, m.gazetteer_id) for m in ms]
