"""Round 7 of entity linking: facilities named by an adjective and a head word (an all-caps
abbreviation or a common noun), an abbreviation and its other-language abbreviation or expansion
(via ``entity_org_names``), a country after a one-country institution, and a surname alone linked to
the one full name of its document. Names are invented or generic."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.entities import EntityLinker


def tag(pipeline, text: str, lang: str, id: str = "x.txt"):
    doc = Document(id=id, path=id, text=text, lang=lang)
    pipeline.prepare(doc)
    return pipeline.entity_tagger(doc)


def mentions(pipeline, text: str, lang: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.lemma) for m in tag(pipeline, text, lang)}


def linked(pipeline, *docs: tuple[str, str]):
    linker = EntityLinker()
    for k, (text, lang) in enumerate(docs):
        linker.add(tag(pipeline, text, lang, f"d{k}.txt"))
    return linker, linker.resolve()


def together(ents, *forms: str) -> bool:
    return any(all(f in e.forms for f in forms) for e in ents)


# -- facilities: adjective + head --------------------------------------------------------------

@pytest.mark.parametrize("text,lang,form", [
    ("На Богучанской ГЭС погибли 3 человека.", "ru", "Богучанской ГЭС"),
    ("На Богучанській ГЕС загинули 3 людини.", "uk", "Богучанській ГЕС"),
    ("Богучанська ГЕС зупинена.", "uk", "Богучанська ГЕС"),  # sentence-initial, nominative
    ("Пожар на Белоярской АЭС потушен.", "ru", "Белоярской АЭС"),
    ("Богучан ГЭС-інде 5 адам қаза тапты.", "kk", "Богучан ГЭС"),  # the case ending stays off the name
    ("Three workers died at the Boguchanskaya hydroelectric plant on Monday.", "en",
     "Boguchanskaya hydroelectric plant"),
])
def test_adjective_and_facility_head_are_one_org(pipeline, text, lang, form):
    got = mentions(pipeline, text, lang)
    assert got.get(form, ("",))[0] == "org", got


@pytest.mark.parametrize("text,lang,absent", [
    ("Российские АЭС работают в штатном режиме.", "ru", "Российские АЭС"),  # plural: no one facility
    ("The Kredmash plant reopened.", "en", "Kredmash plant"),  # a name, not an adjective: the name alone
])
def test_no_facility_span_without_a_singular_adjective(pipeline, text, lang, absent):
    assert absent not in mentions(pipeline, text, lang)


def test_facility_forms_link_across_languages_and_cases(pipeline):
    linker, ents = linked(pipeline,
                          ("На Богучанской ГЭС погибли 3 человека.", "ru"),
                          ("На Богучанській ГЕС загинули 3 людини. Богучанська ГЕС зупинена.", "uk"),
                          ("Three workers died at the Boguchanskaya hydroelectric plant on Monday.", "en"))
    assert together(ents, "Богучанской ГЭС", "Богучанській ГЕС", "Богучанська ГЕС",
                    "Boguchanskaya hydroelectric plant")
    # a facility tagged org is a claim's place: every form takes the entity's one name
    renames = linker.place_names(ents)
    names = {renames.get(f, f) for f in ("Богучанской ГЭС", "Богучанській ГЕС", "Boguchanskaya hydroelectric plant")}
    assert len(names) == 1, renames


def test_kazakh_facility_links_the_russian_form(pipeline):
    _, ents = linked(pipeline, ("На Верхнекамской ГЭС погибли 3 человека.", "ru"),
                     ("Верхнекамск ГЭС-інде 3 адам қаза тапты.", "kk"))
    assert together(ents, "Верхнекамской ГЭС", "Верхнекамск ГЭС")


def test_two_facilities_of_one_kind_stay_apart(pipeline):
    _, ents = linked(pipeline, ("На Богучанской ГЭС и Саянской ГЭС погибли 3 человека.", "ru"))
    assert not together(ents, "Богучанской ГЭС", "Саянской ГЭС")


# -- abbreviations across languages, via entity_org_names -----------------------------------

@pytest.mark.parametrize("docs", [
    (("За даними ДСНС, загинули 7 людей.", "uk"), ("По данным ГСЧС, погибли 7 человек.", "ru")),
    (("За даними ДСНС, загинули 7 людей.", "uk"), ("По данным ГСЧС Украины, погибли 7 человек.", "ru")),
    (("За даними ДСНС, загинули 7 людей.", "uk"), ("The State Emergency Service said 7 people died.", "en")),
    (("Державна служба з надзвичайних ситуацій повідомила про 7 загиблих.", "uk"),
     ("The State Emergency Service said 7 people died.", "en")),
])
def test_abbreviation_links_its_other_language_abbreviation_and_expansion(pipeline, docs):
    _, ents = linked(pipeline, *docs)
    orgs = [e for e in ents if e.type == "org"]
    assert len(orgs) == 1, [(e.canonical, e.forms) for e in orgs]


@pytest.mark.parametrize("text,lang", [
    ("Сотрудники СБУ Украины задержали 2 человек.", "ru"),
    ("Сотрудники ФСБ России задержали 2 человек.", "ru"),
])
def test_own_country_after_a_one_country_institution_keys_nothing(pipeline, text, lang):
    got = [m for m in tag(pipeline, text, lang) if m.type == "org"]
    assert got and "(" not in got[0].lemma and "@" not in (got[0].key or ""), got
    assert got[0].text in ("СБУ", "ФСБ")  # the country stays a place of its own


def test_another_country_after_a_national_institution_still_keys_it(pipeline):
    got = [m for m in tag(pipeline, "По данным МВД Украины, задержаны 2 человека.", "ru") if m.type == "org"]
    assert got and got[0].text == "МВД Украины" and (got[0].key or "").endswith("@ua"), got


# -- a surname alone ------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,full,lone", [
    # a surname that is also a dictionary word (uk "табурець")
    ("Ігор Табурець заявив про 12 загиблих. Табурець додав, що поранено 9.", "uk", "Ігор Табурець", "Табурець"),
    ("Олег Соколов сообщил о 5 погибших. Позже Соколова нашли журналисты.", "ru", "Олег Соколов", "Соколова"),
    ("Ivan Petrenko said 4 people died. Petrenko added that 6 were hurt.", "en", "Ivan Petrenko", "Petrenko"),
])
def test_surname_alone_joins_the_full_name_of_its_document(pipeline, text, lang, full, lone):
    got = mentions(pipeline, text, lang)
    assert got.get(lone, ("",))[0] == "person", got
    _, ents = linked(pipeline, (text, lang))
    assert together(ents, full, lone)


def test_surname_alone_shared_by_two_full_names_stays_apart(pipeline):
    text = "Олег Воробей и Анна Воробей сообщили о 5 погибших. Воробей уточнил данные."
    _, ents = linked(pipeline, (text, "ru"))
    assert not together(ents, "Олег Воробей", "Воробей") and not together(ents, "Анна Воробей", "Воробей")


# -- an English name shaped X-Y (each part capitalized) -----------------------------------------

@pytest.mark.parametrize("text,form,is_name", [
    ("Nord-Ost: chronicle of three days\n\nArmed people seized the theatre.", "Nord-Ost", True),
    ("Workers of Coca-Cola said 3 people were hurt.", "Coca-Cola", True),
    ("Pro-Russian forces advanced on the town.", "Pro-Russian", False),  # a prefix: an adjective
    ("Anti-Terrorist units arrived later.", "Anti-Terrorist", False),
])
def test_english_hyphenated_name_shape(pipeline, text, form, is_name):
    got = mentions(pipeline, text, "en")
    assert (got.get(form, ("",))[0] == "org") is is_name, got


def test_hyphenated_name_links_its_cyrillic_form(pipeline):
    _, ents = linked(pipeline, ("Спектакль «Норд-Ост» прервали.", "ru"),
                     ("Nord-Ost: chronicle of three days\n\nArmed people seized the theatre.", "en"))
    assert together(ents, "Норд-Ост", "Nord-Ost")
