"""Round 35, area G: the gazetteer's candidates of a Cyrillic word. A key's places are ranked by size
and the focus countries, not by a Latin name of that very key (which says nothing of a Cyrillic word);
an acronym with a case ending is looked up as the acronym, never through a guessed lemma; a verb's
infinitive is no variant of a place name. All sentences are invented."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.entities import EntityTagger
from rashomon.translit import key


@pytest.fixture(scope="module")
def tagger() -> EntityTagger:
    return EntityTagger()


def canon(tagger, text: str, lang: str) -> dict:
    return {m.text: m.canonical for m in tagger(Document(id="t", path="t", text=text, lang=lang))}


@pytest.mark.parametrize("word", ["Флоренция", "Флоренція"])
def test_a_cyrillic_key_ranks_the_big_city_first(tagger, word):
    # a small town abroad whose Latin name has the key ranks below the big city whose Cyrillic name has it
    first = tagger._gaz_place(key(word), True)[0]
    assert first.name == "Florence"


@pytest.mark.parametrize("text,lang,word", [
    ("Вчера во Флоренции открылась выставка кукол.", "ru", "Флоренции"),
    ("Учора у Флоренції відкрилася виставка ляльок.", "uk", "Флоренції"),
    ("Кеше Флоренцияда қуыршақтар көрмесі ашылды.", "kk", "Флоренцияда"),
])
def test_an_inflected_cyrillic_name_reads_the_big_city(tagger, text, lang, word):
    assert canon(tagger, text, lang)[word] == "Florence"


@pytest.mark.parametrize("word,lang", [("ОРДАЛа", "ru"), ("ОРДАЛу", "uk"), ("ОРДАЛом", "ru"), ("ОРДАЛда", "kk")])
def test_an_acronym_with_a_case_ending_is_looked_up_as_the_acronym(tagger, word, lang):
    forms = [f for f, _ in tagger._variants(word, lang)]
    assert forms[:2] == [word, "ОРДАЛ"]
    assert not any(f.lower().endswith(("ть", "ти")) for f in forms)


@pytest.mark.parametrize("word,lang", [("Задрыхал", "ru"), ("Задрихав", "uk")])
def test_a_verbs_infinitive_is_no_variant_of_a_name(tagger, word, lang):
    forms = [f.lower() for f, _ in tagger._variants(word, lang)]
    assert not any(f.endswith(("ть", "ти")) for f in forms)


def test_an_acronym_army_is_no_village(tagger):
    text = "Бойцы ОРДАЛа вошли в Миргород. Штаб ОРДАЛ сообщил о потерях."
    got = canon(tagger, text, "ru")
    assert got["Миргород"] == "Myrhorod"
    assert got.get("ОРДАЛа") is None and got.get("ОРДАЛ") is None


def test_english_is_unchanged(tagger):
    assert canon(tagger, "The exhibition opened in Florence on Monday.", "en")["Florence"] == "Florence"


@pytest.mark.parametrize("text,lang,word", [
    ("Шторм на острове Барри оставил без света 300 домов.", "ru", "Барри"),
    ("Шторм на острові Баррі залишив без світла 300 будинків.", "uk", "Баррі"),
    ("Барри аралында дауыл 300 үйді жарықсыз қалдырды.", "kk", "Барри"),
])
def test_an_island_is_no_far_town_of_its_name(tagger, text, lang, word):
    assert canon(tagger, text, lang).get(word) is None


@pytest.mark.parametrize("text,lang,word", [
    ("Шторм в городе Барри оставил без света 300 домов.", "ru", "Барри"),
    ("Шторм у місті Баррі залишив без світла 300 будинків.", "uk", "Баррі"),
])
def test_a_town_word_keeps_the_town(tagger, text, lang, word):
    assert canon(tagger, text, lang)[word] is not None


@pytest.mark.parametrize("text,lang,word", [
    ("Шторм в Барри оставил без света 300 домов, сообщили власти Канады.", "ru", "Барри"),
    ("Шторм у Баррі залишив без світла 300 будинків, повідомила влада Канади.", "uk", "Баррі"),
])
def test_a_town_of_the_documents_country_wins(tagger, text, lang, word):
    # a bigger city abroad and a stripped form's town in a focus country give way to the named country's town
    assert canon(tagger, text, lang)[word] == "Barrie"


@pytest.mark.parametrize("text,lang,word", [
    ("Посол Соединённых Штатов прибыл в Миргород.", "ru", "Соединённых Штатов"),
    ("Посол Сполучених Штатів прибув до Миргорода.", "uk", "Сполучених Штатів"),
])
def test_a_participles_lemma_still_keys_a_name(tagger, text, lang, word):
    assert canon(tagger, text, lang)[word] == "United States"


@pytest.mark.parametrize("text,lang", [
    ("Storm Olma\n- Date: 5–7 May 2031\n- Time: 2:37\nThe storm hit the coast of Olmaria.", "en"),
    ("Буря Ольма\n- Date: 5–7 May 2031\nБуря обрушилась на побережье.", "ru"),
    ("Буря Ольма\n- Date: 5–7 May 2031\nБуря обрушилася на узбережжя.", "uk"),
    ("Ольма дауылы\n- Date: 5–7 May 2031\nДауыл жағалауды соқты.", "kk"),
])
def test_a_list_items_field_label_is_no_headline_place(tagger, text, lang):
    # an infobox row rendered as a list item: its label is no place opening a headline
    got = canon(tagger, text, lang)
    assert "Date" not in got and "Time" not in got


def test_a_headline_place_before_a_colon_stays(tagger):
    assert canon(tagger, "Миргород: протест у мэрии\nСотни людей вышли на улицу.", "ru")["Миргород"] == "Myrhorod"
