"""Entities of round 29 (real-page constructions, invented sentences): Latin and Kazakh first names start a
person whatever the surname's shape; a name a school bears is no person; titles of police ranks; a man's
genitive first name with a rare woman's reading and a woman's oblique surname keep their own nominative;
abbreviations of common nouns, dateline months, pronouns and kk sentence openers are no names."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def _mentions(pipeline, text: str, lang: str):
    doc = Document(id="d.txt", path="d.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    return pipeline.entity_tagger(doc)


def _typed(pipeline, text: str, lang: str) -> dict[str, str]:
    return {m.text: m.type for m in _mentions(pipeline, text, lang)}


@pytest.mark.parametrize("text, name", [
    ("About 2,000 people came to hear Walter Dosley, a pastor from the north, when the gate collapsed.", "Walter Dosley"),
    ("As Brinmouth News' Chris Vantero reported, more than 40 people were pulled from the rubble.", "Chris Vantero"),
    ("The toll rose to 16, quoting Brinmouth district commander Dave Tollick.", "Dave Tollick"),
    ("Eleven died, Senior Assistant Commissioner Imran Dosley told the agency.", "Imran Dosley"),
    ("Regional official Ramon Dario Vintero told reporters that 12 people had died.", "Ramon Dario Vintero"),
])
def test_latin_first_name_starts_a_person(pipeline, text, name):
    got = _typed(pipeline, text, "en")
    assert got.get(name) == "person", got
    assert not any(t == "org" and name.split()[-1] in m for m, t in got.items()), got


def test_school_named_after_a_person_is_no_person(pipeline):
    got = _typed(pipeline, "Rescuers reached the girl at the Carla Vintero school in the south of the city.", "en")
    assert got.get("Carla Vintero") != "person", got


def test_first_name_inside_a_run_starts_nothing(pipeline):
    got = _typed(pipeline, "All pupils at Colegio Ramon Vintero were accounted for, the navy said.", "en")
    assert got.get("Ramon Vintero") != "person", got


def test_dateline_month_and_country_adjective_are_no_places(pipeline):
    got = _typed(pipeline, "The boy was hurt in the Oct. 8 quake and the Malian league was suspended.", "en")
    assert "Oct" not in got and "Malian" not in got, got


@pytest.mark.parametrize("text, lang, word", [
    ("Вибух стався на АЗС у центрі Брилівська. Режим ЧС запроваджено в районі.", "ru", "АЗС"),
    ("Вибух стався на АЗС у центрі Брилівська. Режим ЧС запроваджено в районі.", "ru", "ЧС"),
    ("Пожар начался в ЖК на окраине Заречинска, сообщили спасатели.", "ru", "ЖК"),
    ("Вогонь охопив АЗС поблизу Брилівки. Вона горіла дві години.", "uk", "АЗС"),
    ("Вогонь охопив АЗС поблизу Брилівки. Вона горіла дві години.", "uk", "Вона"),
    ("Алдын ала мәлімет бойынша, 4 адам қаза тапты.", "kk", "Алдын"),
    ("Жол апаты болды. Салдарынан 2 адам қаза тапты.", "kk", "Салдарынан"),
])
def test_common_words_are_no_names(pipeline, text, lang, word):
    got = _typed(pipeline, text, lang)
    assert word not in got, got


@pytest.mark.parametrize("text", [
    "Бұл туралы департамент бастығы Дәулет Тоқсанбек мәлімдеді.",
    "Оқиға орнына Жеңіс Тоқсанбек бастаған топ келді.",
])
def test_kazakh_first_name_starts_a_person(pipeline, text):
    got = _typed(pipeline, text, "kk")
    name = next(m for m in got if "Тоқсанбек" in m)
    assert got[name] == "person" and " " in name, got


@pytest.mark.parametrize("text, lang, lemma", [
    ("Об этом сообщил пресс-секретарь Дмитрий Залесов. По словам Дмитрия Залесова, погибли трое.", "ru", "Дмитрий Залесов"),
    ("Об этом сообщила пресс-секретарь Ольга Петрова. По словам Ольги Петровой, погибли трое.", "ru", "Ольга Петрова"),
    ("Про це повідомила речниця Ольга Петрова. За словами Ольги Петрової, загинули троє.", "uk", "Ольга Петрова"),
])
def test_oblique_person_gets_own_nominative(pipeline, text, lang, lemma):
    ms = [m for m in _mentions(pipeline, text, lang) if m.type == "person" and " " in m.text]
    assert len(ms) == 2 and all(m.lemma == lemma for m in ms), [(m.text, m.lemma) for m in ms]


def test_slash_joined_names_spell_no_abbreviation(pipeline):
    from entity_helpers import linked

    ents = linked(pipeline, ("BRINMOUTH (BrinNorth/BTV News) -- Rescuers kept digging on Tuesday.", "en"),
                  ("Five people died, BNN reported on Tuesday.", "en"))
    forms = [f for e in ents for f in e.forms]
    assert "BNN" in forms, forms
    assert not any("BNN" in e.forms and len(e.forms) > 1 for e in ents), [(e.canonical, e.forms) for e in ents]


def test_abbreviated_named_after_joins_the_facility(pipeline):
    from entity_helpers import linked, together

    text = "Обвал произошел на шахте им. Брилова в Заречинске. На шахте имени Брилова работали 40 человек."
    got = _typed(pipeline, text, "ru")
    assert "Брилова" not in got and got.get("шахте им. Брилова") == "place", got
    ents = linked(pipeline, (text, "ru"))
    assert together(ents, "шахте им. Брилова", "шахте имени Брилова"), [(e.canonical, e.forms) for e in ents]


def test_title_after_a_comma_before_a_name_is_the_names(pipeline):
    got = _typed(pipeline, "The injured were taken to Parkville Memorial Hospital, Dr. Imran Dosley said.", "en")
    assert got.get("Imran Dosley") == "person", got
    assert not any(t == "person" and "Hospital" in m for m, t in got.items()), got
    got = _typed(pipeline, "Irina Vantero, head of communications, confirmed the toll.", "en")
    assert got.get("Irina Vantero") == "person", got


def test_kazakh_kinship_word_opening_a_sentence_is_no_name(pipeline):
    got = _typed(pipeline, "Өрттен екі бала қаза тапты. Анасы оларды қараусыз қалдырған.", "kk")
    assert "Анасы" not in got, got
