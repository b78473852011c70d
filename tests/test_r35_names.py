"""Round 35, area N: a place's printed name is the spelling the corpus's own Latin-script pages write
most (among the gazetteer's names of that place and spellings of its phonetic key), the gazetteer's
in ASCII when no page writes it in Latin; one name for the entity and the claims' places; two
transliterations of one first name with one surname are one person. The sentences are invented; the
towns are gazetteer rows."""

from __future__ import annotations

from collections import Counter

import pytest
from entity_helpers import linked

from rashomon._entity_link import corpus_spelling, renamed_place
from rashomon.dossier import build_dossier
from rashomon.gazetteer import Place


def _place(pipeline, docs, gid_name):
    ents = linked(pipeline, *docs)
    return next((e.canonical for e in ents if e.type == "place" and gid_name in e.forms), None), ents


@pytest.mark.parametrize("docs,form,canonical", [
    # an English page writes another of the gazetteer's names of the town: the corpus's name
    ([("Взрыв прогремел в Гюмри ночью.", "ru"), ("A blast hit Gumri on Monday night.", "en"),
      ("Police in Gumri said two men were held.", "en")], "Gumri", "Gumri"),
    ([("Вибух пролунав у Гюмрі вночі.", "uk"), ("Gumri police said the blast hit a depot.", "en")], "Gumri", "Gumri"),
    ([("Гюмриде жарылыс болды.", "kk"), ("A fire broke out in Gumri.", "en")], "Gumri", "Gumri"),
    # a page writes the gazetteer's name without its diacritics: as the page writes it
    ([("Пожар на складе в Эскишехире.", "ru"), ("A warehouse fire in Eskisehir killed two.", "en")],
     "Eskisehir", "Eskisehir"),
    ([("Fire crews in Balti said the blaze was out.", "en"), ("Пожар в Бельцах потушен.", "ru")], "Balti", "Balti"),
])
def test_place_name_is_the_corpus_latin_spelling(pipeline, docs, form, canonical):
    got, ents = _place(pipeline, docs, form)
    assert got == canonical, [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("docs,form,canonical", [
    # no Latin page: the gazetteer's name in ASCII
    ([("Взрыв прогремел в Гюмри ночью.", "ru"), ("Вибух пролунав у Гюмрі.", "uk")], "Гюмри", "Gyumri"),
    ([("Пожар на складе в Эскишехире.", "ru")], "Эскишехире", "Eskisehir"),
    # the gazetteer's own name written more often than another of its names
    ([("Gyumri police said so.", "en"), ("A blast hit Gyumri.", "en"), ("Gumri residents fled.", "en")],
     "Gumri", "Gyumri"),
    # a country whose places keep the national romanization: a page's older spelling is a variant
    ([("A rally was held in Kharkov on Monday.", "en"), ("Kharkov police said so.", "en")], "Kharkov", "Kharkiv"),
])
def test_place_name_falls_back_to_the_gazetteer(pipeline, docs, form, canonical):
    got, ents = _place(pipeline, docs, form)
    assert got == canonical, [(e.canonical, e.forms) for e in ents]


def test_corpus_spelling_counts_diacritic_variants_as_one():
    class Gaz:
        def lookup(self, k):
            return ("1",) if k in {"brashov", "brasov", "brachov"} else ()

    town = Place("1", "Brachov", None, None, "XX", "city", 1000)
    # Brašov twice and Brasov twice outweigh the gazetteer's Brachov written three times; the form
    # with diacritics is the name
    got = corpus_spelling(Counter({"Brasov": 2, "Brašov": 2, "Brachov": 3}), town, Gaz())
    assert got == "Brašov"
    assert corpus_spelling(Counter({"Brachov": 1, "Brasov": 1}), town, Gaz()) == "Brachov"  # a tie: the gazetteer's
    assert corpus_spelling(Counter({"Brasov": 3, "Brašov": 1}), town, Gaz()) == "Brasov"  # as most pages write it
    shelan = Place("2", "Şelan", None, None, "XX", "city", 1000)
    assert corpus_spelling(Counter({"Selan": 2}), shelan, type("G", (), {"lookup": lambda self, k: ("2",)})()) == "Selan"
    assert corpus_spelling(Counter({"Velmora": 5}), town, Gaz()) is None  # not a name of this place
    assert corpus_spelling(Counter(), town, Gaz()) is None


def test_joined_and_qualified_places_are_renamed_part_by_part():
    renames = {"Vyelmora": "Velmora", "Ostrava Nova": "Nova Ostrava"}
    assert renamed_place("Vyelmora", renames) == "Velmora"
    assert renamed_place("Old mill (Vyelmora)", renames) == "Old mill (Velmora)"
    assert renamed_place("Vyelmora; Ostrava Nova", renames) == "Velmora; Nova Ostrava"
    assert renamed_place("Brachov", renames) == "Brachov"
    assert renamed_place(None, renames) is None


@pytest.mark.parametrize("docs", [
    [("001_ru.txt", "В Гюмри при взрыве на складе погибли 4 человека."),
     ("002_en.txt", "Four people were killed in a depot blast in Gumri, police in Gumri said."),
     ("003_uk.txt", "У Гюмрі внаслідок вибуху на складі загинули 4 людини."),
     ("004_kk.txt", "Гюмри қаласындағы қоймада болған жарылыстан 4 адам қаза тапты.")],
])
def test_claims_place_and_entity_share_the_corpus_name(tmp_path, docs):
    for name, text in docs:
        (tmp_path / name).write_text(text, encoding="utf-8")
    d = build_dossier([str(tmp_path)])
    places = {c.place for c in d.claims if c.value == 4}
    assert places == {"Gumri"}, [(c.doc, c.place) for c in d.claims]
    assert any(e.canonical == "Gumri" for e in d.entities if e.type == "place")


@pytest.mark.parametrize("docs,forms", [
    # one foreign first name in two transliterations (vowels only), one surname: one person, and the
    # surname alone is his
    ([("Президент Эбрахим Велади прибыл в столицу.", "ru"), ("Ибрахим Велади провёл встречу.", "ru"),
      ("Велади заявил, что переговоры продолжатся.", "ru")], ["Эбрахим Велади", "Ибрахим Велади", "Велади"]),
    ([("Президент Ебрахім Веладі прибув до столиці.", "uk"), ("Ібрахім Веладі провів зустріч.", "uk")],
     ["Ебрахім Веладі", "Ібрахім Веладі"]),
    # a genitive full name joins its nominative later: the surname alone still has one owner
    ([("Визит Эбрахима Велади завершился.", "ru"), ("Президент Эбрахим Велади прибыл.", "ru"),
      ("President Ebrahim Veladi arrived.", "en"), ("Велади заявил, что переговоры продолжатся.", "ru")],
     ["Эбрахима Велади", "Ebrahim Veladi", "Велади"]),
    ([("Візит Ебрахіма Веладі завершився.", "uk"), ("Президент Ебрахім Веладі прибув.", "uk"),
      ("Веладі заявив, що переговори тривають.", "uk")], ["Ебрахіма Веладі", "Ебрахім Веладі", "Веладі"]),
    ([("Президент Эбрахим Велади елордаға келді.", "kk"), ("Ибрахим Велади кездесу өткізді.", "kk")],
     ["Эбрахим Велади", "Ибрахим Велади"]),
    ([("President Ebrahim Veladi arrived.", "en"), ("Ibrahim Veladi met the envoys.", "en")],
     ["Ebrahim Veladi", "Ibrahim Veladi"]),
])
def test_first_names_differing_in_vowels_are_one_person(pipeline, docs, forms):
    from entity_helpers import together

    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize("docs,a,b", [
    # a man's and a woman's name of one surname stay two people
    ([("Director Alexander Dorvel spoke.", "en"), ("His sister Alexandra Dorvel spoke too.", "en")],
     "Alexander Dorvel", "Alexandra Dorvel"),
    # first names of other consonants stay apart
    ([("Депутат Ибрахим Велади выступил.", "ru"), ("Депутат Ибрагим Велади тоже.", "ru"),
      ("Депутат Карим Велади выступил.", "ru")], "Ибрахим Велади", "Карим Велади"),
])
def test_other_first_names_stay_apart(pipeline, docs, a, b):
    from entity_helpers import together

    ents = linked(pipeline, *docs)
    assert not together(ents, a, b), [(e.canonical, e.forms) for e in ents]


def test_a_former_name_written_in_latin_is_not_the_place_name(pipeline):
    # pages on a past event write the town's former name; the entity keeps the current one
    got, ents = _place(pipeline, [("Students marched in Alma-Ata in 1986.", "en"),
                                  ("Alma-Ata police detained dozens.", "en"), ("В Алматы прошёл митинг.", "ru")],
                       "Alma-Ata")
    assert got == "Almaty", [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("docs,forms", [
    # a foreign first name no list knows: the two words are the full name of the person the corpus
    # names by the surname alone
    ([("Протесты начались после гибели 22-летней Марсы Велади.", "ru"),
      ("Как заявил президент Велади, протест продолжается.", "ru")], ["Марсы Велади", "Велади"]),
    ([("Наразылық 22 жастағы Марса Велади қайтыс болғаннан кейін басталды.", "kk"),
      ("Как заявил президент Велади, протест продолжается.", "ru")], ["Марса Велади", "Велади"]),
    ([("Protests began after the death of 22-year-old Marsa Veladi.", "en"),
      ("Her relatives said Ms Veladi died in hospital.", "en")], ["Marsa Veladi", "Veladi"]),
    # (Ukrainian reads the two words as a person's name already: the surname joins it all the same)
    ([("Протести почалися в Тегерані, коли загинула Марса Веладі.", "uk"),
      ("Як заявив президент Веладі, протест триває.", "uk")], ["Марса Веладі", "Веладі"]),
])
def test_unknown_first_name_and_a_persons_surname_are_that_person(pipeline, docs, forms):
    from entity_helpers import together

    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]
    assert next(e for e in ents if forms[0] in e.forms).type == "person"


@pytest.mark.parametrize("docs,forms", [
    # a big foreign city's own Cyrillic name inflected mid-sentence in Kazakh is that city, as it is
    # opening a sentence, and a form of the city's entity beside the other languages' forms
    ([("Жарылыс түнде Тегеранда болды, деп хабарлады полиция.", "kk"), ("Вчера в Тегеране прогремел взрыв.", "ru"),
      ("Вчора в Тегерані пролунав вибух.", "uk"), ("A blast hit Tehran yesterday.", "en")],
     ["Тегеранда", "Тегеране", "Тегерані", "Tehran"]),
    ([("Ұшақ кеше Гонконгтан ұшып шыққан.", "kk"), ("Самолёт вылетел из Гонконга.", "ru")],
     ["Гонконгтан", "Гонконга"]),
])
def test_kazakh_case_form_of_a_big_foreign_city_mid_sentence(pipeline, docs, forms):
    from entity_helpers import together

    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize("docs,forms", [
    # a country's other common name is the country (gazetteer data: places_supplement.tsv)
    ([("Officials in Britain said the ferry sank near Dover.", "en"), ("Власти Великобритании сообщили о крушении.", "ru")],
     ["Britain", "Великобритании"]),
    ([("Уряд Британії заявив про аварію.", "uk"), ("Ұлыбритания үкіметі апат туралы хабарлады.", "kk")],
     ["Британії", "Ұлыбритания"]),
    ([("Police in the Czech Republic said so.", "en"), ("Полиция Чехии сообщила об этом.", "ru")],
     ["Czech Republic", "Чехии"]),
])
def test_a_countrys_other_name_is_the_country(pipeline, docs, forms):
    from entity_helpers import together

    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]


def test_a_name_with_and_without_its_diacritics_is_one_person(pipeline):
    from entity_helpers import together

    ents = linked(pipeline, ("President François Velard called it an attack.", "en"),
                  ("President Francois Velard announced a state of emergency.", "en"),
                  ("Президент Франсуа Велар объявил чрезвычайное положение.", "ru"))
    assert together(ents, "François Velard", "Francois Velard"), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("docs,forms", [
    # an organisation and its branch named with the branch's place (a country, a region, a big city)
    ([("The Velnetix agency reported the fire.", "en"),
      ("A spokesman for VelNetix Kazakhstan said two were hurt.", "en"), ("The VelNetix news agency said so.", "en")],
     ["VelNetix", "VelNetix Kazakhstan"]),
    ([("The VelNetix agency reported the fire.", "en"), ("Про це повідомило агентство VelNetix-Ukraine.", "uk")],
     ["VelNetix", "VelNetix-Ukraine"]),
    ([("Как сообщила компания «Велнетикс», пожар потушен.", "ru"),
      ("«Велнетикс Караганда» компаниясы екі адам зардап шеккенін хабарлады.", "kk")],
     ["Велнетикс", "Велнетикс Караганда"]),
])
def test_an_organisation_and_its_branch_named_with_a_place(pipeline, docs, forms):
    from entity_helpers import together

    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]


def test_a_tail_that_is_no_place_keeps_two_organisations(pipeline):
    from entity_helpers import together

    ents = linked(pipeline, ("The Velnetix agency reported the fire.", "en"), ("Velnetix Robotics said so.", "en"))
    assert not together(ents, "Velnetix", "Velnetix Robotics"), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("docs,forms", [
    # a place written with its kind word "Strip" or "State" after it is a form of the place
    ([("Shelling hit the Velmor Strip overnight.", "en"), ("Velmor residents fled south.", "en")],
     ["Velmor Strip", "Velmor"]),
    ([("Officials in Kano State said the flood killed two.", "en"), ("В Кано наводнение унесло две жизни.", "ru"),
      ("У Кано повінь забрала два життя.", "uk")], ["Kano State", "Кано"]),
])
def test_a_place_with_its_kind_word_is_a_form_of_the_place(pipeline, docs, forms):
    from entity_helpers import together

    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]


def test_a_known_organisation_ending_in_state_stays_an_organisation(pipeline):
    ents = linked(pipeline, ("Fighters of the Islamic State claimed it.", "en"))
    assert [(e.canonical, e.type) for e in ents] == [("Islamic State", "org")]


@pytest.mark.parametrize("text,name", [
    # an English institution's name that holds a lowercase "and" is one name
    ("The Velmoran Disaster and Emergency Management Authority said 12 people died.",
     "Velmoran Disaster and Emergency Management Authority"),
    ("According to the Ministry of Land and Transport, two bridges collapsed.", "Ministry of Land and Transport"),
    ("The Velmor Medical College and Hospital admitted 30 people.", "Velmor Medical College and Hospital"),
    ("A spokesman for the Department of Land and Natural Resources said so.", "Department of Land and Natural Resources"),
])
def test_an_institutions_name_with_and_is_one_name(pipeline, text, name):
    ents = linked(pipeline, (text, "en"))
    assert any(name in e.forms and e.type == "org" for e in ents), [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize("text,names", [
    # two bodies, two countries, two people joined by "and" stay apart
    ("The Interior Ministry and the Velmor Emergency Service said so.", ["Interior Ministry"]),
    ("The Ministry of Defence and Ukraine said so.", ["Ministry of Defence", "Ukraine"]),
    ("Police in Russia and Ukraine said so.", ["Russia", "Ukraine"]),
    ("Ivan Petrov and Maria Ivanova spoke.", ["Ivan Petrov", "Maria Ivanova"]),
])
def test_and_between_two_names_keeps_them_apart(pipeline, text, names):
    ents = linked(pipeline, (text, "en"))
    for n in names:
        assert any(n in e.forms for e in ents), [(e.canonical, e.forms) for e in ents]
    assert not any(" and " in f for e in ents for f in e.forms), [(e.canonical, e.forms) for e in ents]
