"""Places, aliases and claim dates, quality round q9: a state committee for national security across
languages (ГКНБ / ДКНБ / ҰҚМК / GKNB), English loan words of company names in Cyrillic (Бек Эйр =
Bek Air)."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def analyze(pipeline, text: str, lang: str):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    return pipeline.analyze(doc)


def places_of(pipeline, text: str, lang: str) -> list[tuple[str, object, str | None]]:
    return [(c.measure, c.value, c.place) for c in analyze(pipeline, text, lang).claims]


def link(pipeline, docs):
    from rashomon.entities import EntityLinker

    ms = []
    for i, t, lang in docs:
        ms += pipeline.entity_tagger(pipeline.prepare(Document(id=i, path=i, text=t, lang=lang)))
    return EntityLinker().link(ms)


# -- aliases -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("По данным ГКНБ, задержаны 26 человек.", "ru"),
    ("За даними ДКНБ, затримано 26 людей.", "uk"),
    ("ҰҚМК мәліметінше, 26 адам ұсталды.", "kk"),
    ("The GKNB said 26 people were detained.", "en"),
    ("Государственный комитет национальной безопасности сообщил о 26 задержанных.", "ru"),
])
def test_a_state_committee_for_national_security(pipeline, text, lang):
    ms = pipeline.entity_tagger(pipeline.prepare(Document(id="x.txt", path="x.txt", text=text, lang=lang)))
    keys = [(m.key or "").split("@")[0] for m in ms if m.type == "org"]
    assert any(k.endswith("state-national-security-committee") for k in keys), [(m.text, m.key) for m in ms]


def test_state_committee_acronyms_are_one_entity_apart_from_the_knb(pipeline):
    ents = link(pipeline, [("a.txt", "По данным ГКНБ, задержаны 26 человек. КНБ молчит.", "ru"),
                           ("b.txt", "За даними ДКНБ, затримано 26 людей.", "uk"),
                           ("c.txt", "ҰҚМК мәліметінше, 26 адам ұсталды.", "kk")])
    gk = [e for e in ents if "ГКНБ" in e.forms]
    assert gk and {"ГКНБ", "ДКНБ", "ҰҚМК"} <= set(gk[0].forms), [(e.canonical, e.forms) for e in ents]
    assert "КНБ" not in gk[0].forms


@pytest.mark.parametrize(("latin_name", "cyrillic", "lang"), [
    ("Bek Air", "Бек Эйр", "ru"),
    ("Bek Air", "Бек Эйр", "kk"),
    ("Sky Jet", "Скай Джет", "ru"),
    ("Bek Air", "Бек Ейр", "uk"),
])
def test_loan_words_of_a_company_name_meet_across_scripts(pipeline, latin_name, cyrillic, lang):
    verb = {"ru": "сообщила", "uk": "повідомила", "kk": "мәлімдеді"}[lang]
    ents = link(pipeline, [("a.txt", f"The airline {latin_name} said 12 people died. {latin_name} grounded its jets.", "en"),
                           ("b.txt", f"Авиакомпания «{cyrillic}» {verb}. «{cyrillic}» {verb}.", lang)])
    got = [e for e in ents if latin_name in e.forms]
    assert got and cyrillic in got[0].forms, [(e.canonical, e.forms) for e in ents]


def test_loan_words_do_not_join_different_names(pipeline):
    ents = link(pipeline, [("a.txt", "The airline Bek Air said 12 people died. Bek Air grounded its jets.", "en"),
                           ("b.txt", "Авиакомпания «Скат Эйр» сообщила. «Скат Эйр» сообщила.", "ru")])
    got = [e for e in ents if "Bek Air" in e.forms]
    assert got and not any("Скат" in f for f in got[0].forms)


# -- a dateline is the document's place of last resort --------------------------------------------

@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Police fire rubber bullets at protesters\n\nTBILISI, June 21 - Riot police fired tear gas early on Friday. "
     "The health ministry said 240 people had been hurt.", "en", "Tbilisi"),
    ("Полиция разогнала протест\n\nТБИЛИСИ, 21 июня. Полиция применила слезоточивый газ. "
     "Минздрав сообщил, что пострадали 240 человек.", "ru", "Tbilisi"),
    ("Поліція розігнала протест\n\nТБІЛІСІ, 21 червня — Поліція застосувала сльозогінний газ. "
     "МОЗ повідомило, що постраждали 240 людей.", "uk", "Tbilisi"),
])
def test_a_dateline_is_the_place_when_no_other_is_named(pipeline, text, lang, place):
    got = places_of(pipeline, text, lang)
    assert got and all(p == place for _, _, p in got), got


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("ALMATY, Jan 10 (Wire) - Officials said on Sunday that 12 people were killed in Zhanatas.", "en", "Zhanatas"),
])
def test_a_dateline_gives_way_to_a_named_place(pipeline, text, lang, place):
    got = places_of(pipeline, text, lang)
    assert got and all(p == place for _, _, p in got), got


# -- a store of a retail chain is the chain (an organisation), not the place --------------------------

@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Two bombs hit the Epicentr hypermarket on Saturday. 18 people were killed in Kharkiv.", "en", "Epicentr"),
    ("A missile struck the Silpo supermarket on Monday.", "en", "Silpo"),
])
def test_a_store_name_is_no_place(pipeline, text, lang, name):
    ms = pipeline.entity_tagger(pipeline.prepare(Document(id="x.txt", path="x.txt", text=text, lang=lang)))
    assert not any(m.type == "place" and name in m.text for m in ms), [(m.type, m.text) for m in ms]


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Strike on the Epicentr hypermarket\n\nKharkiv, 28 May 2024\n\n18 people were killed and 48 were injured.", "en", "Kharkiv"),
])
def test_a_store_in_the_headline_does_not_place_the_toll(pipeline, text, lang, place):
    got = places_of(pipeline, text, lang)
    assert got and all(p == place for _, _, p in got), got


# -- a place named only after the figure, past a date of its own, is another moment's scene ------------

@pytest.mark.parametrize(("text", "lang", "bad"), [
    ("В воскресенье, 23 октября 2022 года, в Бишкеке задержали активистов.\n\n"
     "Правозащитники сообщили о не менее 26 задержанных. Накануне, в субботу, 22 октября, на собрании в селе Кара-Суу выступили активисты.",
     "ru", "Kara-Suu"),
    ("У неділю, 23 жовтня 2022 року, в Бішкеку затримали активістів.\n\n"
     "Правозахисники повідомили про щонайменше 26 затриманих. Напередодні, у суботу, 22 жовтня, на зборах у селі Кара-Суу виступили активісти.",
     "uk", "Kara-Suu"),
])
def test_a_later_scene_does_not_place_the_figure(pipeline, text, lang, bad):
    got = places_of(pipeline, text, lang)
    assert got and not any(p and "Kara" in p for _, _, p in got), got


# -- a place a statement is about is its topic, not the scene ------------------------------------------

@pytest.mark.parametrize(("text", "lang", "topic"), [
    ("Бішкек, 24 қазан.\n\nЖексенбі күні ұлттық қауіпсіздік комитеті Тоқтоғұл су қоймасы жөніндегі келісімге қарсы "
     "шыққан белсенділерді ұстады. Комитеттің мәліметінше, 22 адам ұсталған.", "kk", "Toktogul"),
    ("Активісти виступили проти угоди щодо Токтогульського водосховища. Затримано 22 людей.", "uk", "Toktogul"),
    ("Активисты выступили против соглашения относительно Токтогульского водохранилища. Задержаны 22 человека.", "ru", "Toktogul"),
    ("Activists protested the agreement concerning Toktogul reservoir. 22 people were detained.", "en", "Toktogul"),
])
def test_a_topic_is_no_place_of_the_event(pipeline, text, lang, topic):
    got = places_of(pipeline, text, lang)
    assert got and not any(p and topic in p for _, _, p in got), got


# -- a timeline's inline entry that opens with its own day dates its paragraph --------------------------

@pytest.mark.parametrize(("text", "lang", "day"), [
    ("# Хроніка\n\n## Понеділок, 27 травня 2024\n\n**09:00** — МОЗ: у лікарнях залишаються 23 людини.\n\n"
     "Середа, 29 травня, 12:00 — Міська рада: пошкоджено будівлі. Поліція затримала 1 чоловіка.", "uk", "2024-05-29"),
    ("# Хроника\n\n## Понедельник, 27 мая 2024\n\n**09:00** — Минздрав: в больницах остаются 23 человека.\n\n"
     "Среда, 29 мая, 12:00 — Горсовет: повреждены здания. Полиция задержала 1 человека.", "ru", "2024-05-29"),
    ("# Timeline\n\n## Monday, 27 May 2024\n\n**09:00** — Health ministry: 23 people remain in hospital.\n\n"
     "Wednesday, 29 May, 12:00 — City council: buildings damaged. Police detained 1 man.", "en", "2024-05-29"),
])
def test_an_inline_dated_entry_dates_its_paragraph(pipeline, text, lang, day):
    claims = [c for c in analyze(pipeline, text, lang).claims if c.measure == "detained"]
    assert claims and all((c.when or "").endswith(day) for c in claims), [(c.measure, c.when) for c in claims]


# -- a country written after a known name keys the name and stays a place of its own -------------------

@pytest.mark.parametrize(("text", "lang", "org", "country"), [
    ("Сотрудники ГКНБ Кыргызстана задержали 20 человек.", "ru", "ГКНБ Кыргызстана", "Кыргызстана"),
    ("МВД Грузии сообщило, что задержаны 305 человек.", "ru", "МВД Грузии", "Грузии"),
    ("МВС Грузії повідомило про 305 затриманих.", "uk", "МВС Грузії", "Грузії"),
])
def test_a_country_after_a_known_name_is_also_a_place(pipeline, text, lang, org, country):
    ms = pipeline.entity_tagger(pipeline.prepare(Document(id="x.txt", path="x.txt", text=text, lang=lang)))
    assert any(m.type == "org" and m.text == org and "@" in (m.key or "") for m in ms), [(m.type, m.text, m.key) for m in ms]
    assert any(m.type == "place" and m.text == country for m in ms), [(m.type, m.text) for m in ms]
