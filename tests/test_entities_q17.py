"""Entity patterns of the q17 round (invented names, ru/uk/kk/en): a man's name in the genitive joins
its nominative, a surname alone is a form of its person, a country inside a longer name is a form of
the country, a Russian first name in Kazakh text starts a person, and a place's canonical name is the
corpus's own English spelling when it writes it more than once."""

from __future__ import annotations

import pytest
from entity_helpers import linked, together

from rashomon._entity_link_cases import nominatives
from rashomon.document import Document
from rashomon.entities import EntityLinker, TaggedMention
from rashomon.translit import key


def m(text, typ, lemma=None, gid=None, how="person"):
    lemma = lemma or text
    return TaggedMention(doc="d", span=(0, len(text)), text=text, type=typ, lemma=lemma, key=key(lemma),
                         gazetteer_id=gid, how=how)


@pytest.mark.parametrize("word,forms", [
    ("Гринюка", ["Гринюк", "Гринюко"]),
    ("Гнатенка", ["Гнатенк", "Гнатенко"]),
    ("Кузя", ["Кузь", "Кузьо", "Кузй", "Куз"]),
    ("Андрія", ["Андріь", "Андріьо", "Андрій", "Андрі"]),
    ("Гринюк", []),
    ("Smith", []),
])
def test_nominatives_of_a_genitive(word, forms):
    assert nominatives(word) == forms


@pytest.mark.parametrize("gen,nom", [
    ("Остапа Гринюка", "Остап Гринюк"),  # uk: consonant stem
    ("Івана Гнатенка", "Іван Гнатенко"),  # uk: -о surname
    ("Петра Кузя", "Петро Кузьо"),  # uk: -ьо surname
    ("Валерія Гринюка", "Валерій Гринюк"),  # uk: -ій first name read as a woman's name
    ("Андрея Мельника", "Андрей Мельник"),  # ru
])
def test_genitive_full_name_joins_its_nominative(gen, nom):
    ents = EntityLinker().link([m(gen, "person"), m(nom, "person"), m(nom, "person")])
    person = [e for e in ents if e.type == "person"]
    assert len(person) == 1 and gen in person[0].forms and nom in person[0].forms
    assert person[0].canonical.split()[-1] == EntityLinker().link([m(nom, "person")])[0].canonical.split()[-1]


@pytest.mark.parametrize("a,b", [
    ("Остапа Гринюка", "Остап Гринчук"),  # another surname
    ("Остапа Гринюка", "Тарас Гринюк"),  # another first name
])
def test_genitive_rule_leaves_other_names_apart(a, b):
    ents = EntityLinker().link([m(a, "person"), m(b, "person")])
    assert not any(a in e.forms and b in e.forms for e in ents)


def test_surname_alone_is_a_form_of_its_person():
    ents = EntityLinker().link([m("Остап Гринюк", "person"), m("Ostap Hryniuk", "person")])
    e = next(e for e in ents if "Остап Гринюк" in e.forms)
    assert "Гринюк" in e.forms and "Hryniuk" in e.forms
    assert {x["reason"] for x in e.merges if x["form"] == "Гринюк"} == {"bare-surname"}


@pytest.mark.parametrize("mentions", [
    [("Остап Гринюк", None), ("Тарас Гринюк", None)],  # two people of one surname
    [("Ostap Hryniukov", None), ("Hryniukova", None)],  # a woman's surname alone, left apart
])
def test_shared_surname_is_no_ones_form(mentions):
    ents = EntityLinker().link([m(t, "person", lem) for t, lem in mentions])
    assert not any(f in e.forms for e in ents for f in ("Гринюк", "Hryniukov"))


def test_lemma_guess_no_form_bears_out_is_not_a_surname_form():
    ents = EntityLinker().link([m("Ирины Плетневой", "person", "Ирина Плетнёв")])
    assert "Плетнёв" not in ents[0].forms


@pytest.mark.parametrize("docs,country_form", [
    ([("Министерство обороны Киргизии сообщило о потерях. Киргизия закрыла границу.", "ru")], "Киргизии"),
    ([("Міністерство оборони Киргизстану повідомило про втрати. Киргизстан закрив кордон.", "uk")], "Киргизстану"),
    ([("Погибшие являются гражданами Республики Узбекистан.", "ru"), ("Uzbekistan said so.", "en")], "Узбекистан"),
])
def test_country_inside_a_longer_name_is_a_form_of_the_country(pipeline, docs, country_form):
    ents = linked(pipeline, *docs)
    e = next(e for e in ents if country_form in e.forms)
    assert e.type == "place" and e.gazetteer_id


def test_country_form_needs_the_country_in_the_corpus(pipeline):
    ents = linked(pipeline, ("Министерство обороны Киргизии сообщило о потерях.", "ru"))
    assert not any("Киргизии" in e.forms for e in ents)


@pytest.mark.parametrize("text,name", [
    ("Заставаның жалғыз сарбазы — 19 жастағы Владислав Гринюк — іздеуде.", "Владислав Гринюк"),
    ("Кеше Олег Сарыбай тергеушілерге жауап берді.", "Олег Сарыбай"),
])
def test_russian_first_name_in_kazakh_text_starts_a_person(pipeline, text, name):
    ents = linked(pipeline, (text, "kk"))
    assert any(e.type == "person" and name in e.forms for e in ents)


@pytest.mark.parametrize("text", [
    "Кеше Алма Ата көшесінде жиналыс болды.",  # a woman's name: not this rule's
    "Кеше Марина Лиза келді.",
])
def test_kazakh_rule_wants_a_masculine_nominative_then_a_non_name(pipeline, text):
    ents = linked(pipeline, (text, "kk"))
    assert not any(e.type == "person" and e.forms[0].startswith(("Алма", "Марина")) and "Ата" in e.forms[0] for e in ents)


def test_surname_also_a_first_name_alone_is_the_person(pipeline):
    ents = linked(pipeline, ("Охоронці депутата Остапа Ланя побилися. Вони звинувачують людей Ланя у стрілянині.", "uk"))
    assert together(ents, "Остапа Ланя", "Ланя")


@pytest.mark.parametrize("docs,canonical", [
    ([("Вибух стався у Вінниці.", "uk"), ("A blast hit Vinnytsia on Monday.", "en"),
      ("Police in Vinnytsia said so.", "en")], "Vinnytsia"),
    ([("A rally was held in Kiev on Monday.", "en"), ("Митинг прошёл в Киеве.", "ru"),
      ("Kiev police said so.", "en")], "Kyiv"),  # a variant spelling of another key keeps the gazetteer's name
])
def test_place_canonical_is_the_corpus_english_spelling(pipeline, docs, canonical):
    ents = linked(pipeline, *docs)
    assert any(e.type == "place" and e.canonical == canonical for e in ents), [(e.canonical, e.forms) for e in ents]


def test_single_english_spelling_keeps_the_gazetteer_name(pipeline):
    ents = linked(pipeline, ("Вибух стався у Вінниці.", "uk"), ("A blast hit Vinnytsia on Monday.", "en"))
    assert any(e.type == "place" and e.canonical == "Vinnytsia" for e in ents)


@pytest.mark.parametrize("docs,forms", [
    # a gorge, a valley, a border post: the bare name is a place in every language
    ([("Колонна попала в засаду в ущелье Тангиоб. Число погибших в Тангиобском ущелье выросло.", "ru"),
      ("Засідка в ущелині Тангиоб.", "uk"), ("Тангиоб шатқалында колонна атқылауға ұшырады.", "kk"),
      ("An ambush in the Tangiob gorge killed soldiers.", "en")], ["Тангиоб", "Тангиобском", "Tangiob"]),
    ([("Войска направлены в Суранскую долину.", "ru"), ("Бої у Суранській долині тривали.", "uk"),
      ("Суран аңғарындағы ауылдар.", "kk")], ["Суранскую", "Суранській", "Суран"]),
    ([("Пожар на пограничной заставе «Кызылжар» начался ночью.", "ru"),
      ("Қызылжар заставасындағы өрт түнде басталды.", "kk"), ("The Kyzylzhar outpost burned.", "en")],
     ["Кызылжар", "Kyzylzhar"]),
])
def test_natural_places_and_border_posts_are_places(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    found = {f: next((e for e in ents if f in e.forms), None) for f in forms}
    assert all(e is not None and e.type == "place" for e in found.values()), [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize("docs,forms", [
    ([("Генштаб ЗСУ назвав це пропагандою.", "uk"), ("Бас штаб бұл ақпаратты жалған деп атады.", "kk"),
      ("The General Staff said 40 servicemen had been killed.", "en"), ("Вчера Генштаб сообщил о потерях.", "ru")],
     ["Генштаб ЗСУ", "Бас штаб", "General Staff", "Генштаб"]),
    ([("Пресс-служба Пограничной службы сообщила.", "ru"), ("Шекара қызметі бұл ақпаратты жалған деп атады.", "kk"),
      ("The Border Service said on Thursday.", "en"), ("Державна прикордонна служба повідомила.", "uk")],
     ["Пограничной службы", "Шекара қызметі", "Border Service", "Державна прикордонна служба"]),
])
def test_general_staff_and_border_service_link_across_languages(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]


def test_border_guards_are_people_not_the_service(pipeline):
    ents = linked(pipeline, ("Russian border guards detained 12 people.", "en"))
    assert not any(e.type == "org" and "border guards" in " ".join(e.forms).lower() for e in ents)


@pytest.mark.parametrize("text,lang,form,lemma", [
    ("Колони потрапляють під обстріл біля Зеленопільського і села Многопілля.", "uk", "Зеленопільського", "Зеленопільське"),
    ("Бои шли под Первомайским и у села Луганское.", "ru", "Первомайским", "Первомайское"),
])
def test_adjective_village_after_a_preposition_is_a_place(pipeline, text, lang, form, lemma):
    doc = Document(id="t", path="t", text=text, lang=lang)
    pipeline.prepare(doc)
    got = {(x.text, x.type, x.lemma) for x in pipeline.entity_tagger(doc)}
    assert (form, "place", lemma) in got, got


@pytest.mark.parametrize("text,lang,word", [
    ("Бої тривали біля Донецького аеропорту.", "uk", "Донецького"),  # the adjective of a noun
    ("Колона йшла до Донецького аеропорту.", "uk", "Донецького"),
    ("Донецького губернатора звільнили.", "uk", "Донецького"),  # no preposition
])
def test_adjective_of_a_noun_is_no_village(pipeline, text, lang, word):
    doc = Document(id="t", path="t", text=text, lang=lang)
    pipeline.prepare(doc)
    assert not any(x.text == word and x.type == "place" and x.how == "preposition" for x in pipeline.entity_tagger(doc))


@pytest.mark.parametrize("text,form,canonical", [
    ("Під Москвою після вбивства в Щолкові спалахнули заворушення.", "Щолкові", "Shchyolkovo"),  # ьо for ё, locative
    ("У районі Західне Щолково відбувся сход.", "Щолково", "Shchyolkovo"),  # the adjective is no place
    ("Вибух стався у Кемерові вночі.", "Кемерові", "Kemerovo"),
])
def test_ukrainian_forms_of_russian_town_names(pipeline, text, form, canonical):
    doc = Document(id="t", path="t", text=text, lang="uk")
    pipeline.prepare(doc)
    ms = pipeline.entity_tagger(doc)
    assert any(x.text == form and x.type == "place" and x.canonical == canonical for x in ms), [(x.text, x.type, x.canonical) for x in ms]
    assert not any(x.text == "Західне" for x in ms)


@pytest.mark.parametrize("docs,forms", [
    ([("Митинг прошёл на Вокзальной площади.", "ru"), ("Адамдар Вокзал алаңында жиналды.", "kk")],
     ["Вокзальной площади", "Вокзал алаңында"]),  # the adjective's -н- after a consonant: Вокзальная, Вокзал
])
def test_landmark_adjective_in_n_links_to_its_noun(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("docs,forms", [
    ([("Заяву оприлюднив «Народний фронт».", "uk"), ("A statement by the People's Front said so.", "en")],
     ["Народний фронт", "People's Front"]),
    ([("Об этом сообщил «Народный фронт».", "ru"), ("The People's Front said so.", "en")], ["Народный фронт", "People's Front"]),
])
def test_organisation_name_translated_word_for_word(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]


def test_partly_translated_name_stays_apart(pipeline):
    ents = linked(pipeline, ("Заяву оприлюднив «Народний берег».", "uk"), ("A statement by the People's Front said so.", "en"))
    assert not together(ents, "Народний берег", "People's Front")


@pytest.mark.parametrize("text,lang,form", [
    ("Колони потрапляють під обстріл біля Зеленопільського і Олексіївки вранці.", "uk", "Олексіївки"),
    ("Обстрел шёл у Первомайского и Алексеевки весь день.", "ru", "Алексеевки"),
])
def test_village_coordinated_with_a_cued_name_is_a_place(pipeline, text, lang, form):
    doc = Document(id="t", path="t", text=text, lang=lang)
    pipeline.prepare(doc)
    assert any(x.text == form and x.type == "place" for x in pipeline.entity_tagger(doc))


def test_full_name_typed_otherwise_gives_its_surname_too(pipeline):
    ents = linked(pipeline, ("Заставаның жалғыз сарбазы Владислав Гринюк іздеуде.", "kk"),
                  ("One conscript, Vladislav Grinyuk, was missing.", "en"))
    e = next(e for e in ents if "Владислав Гринюк" in e.forms)
    assert {"Vladislav Grinyuk", "Гринюк", "Grinyuk"} <= set(e.forms)  # (the English one read as an org's name)
