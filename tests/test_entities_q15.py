"""Session 9 q15 entities: region nouns of a centre in -цьк (Донеччина), the second name of a
coordination of people, unknown place names in a case form, adjectives of an unknown district's
name, and abbreviations linked to the name they abbreviate. Sentence in, mention or linked forms out;
names are generic or invented, none is a development set's event."""

from __future__ import annotations

import pytest
from entity_helpers import linked, together

from rashomon.document import Document


def tag(pipeline, text: str, lang: str):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    return pipeline.entity_tagger(doc)


def by_text(pipeline, text: str, lang: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.type, m.canonical) for m in tag(pipeline, text, lang)}


# -- a region named by a noun made from its centre, the centre in -цьк ---------------------------------
@pytest.mark.parametrize(("text", "lang", "form", "canonical"), [
    ("Автобус потрапив під обстріл на Донеччині.", "uk", "Донеччині", "Donetsk Oblast"),
    ("Обстріли тривають на Вінниччині.", "uk", "Вінниччині", "Vinnytsia Oblast"),
    ("Минулого тижня Донеччина зазнала нових обстрілів.", "uk", "Донеччина", "Donetsk Oblast"),
    ("Обстрел произошел на Донетчине.", "ru", "Донетчине", "Donetsk Oblast"),
    ("Сильные дожди прошли на Полтавщине.", "ru", "Полтавщине", "Poltava Oblast"),  # (the -щина rows still hold)
])
def test_region_noun_of_a_centre_in_tsk(pipeline, text, lang, form, canonical):
    got = by_text(pipeline, text, lang)
    assert got.get(form) == ("place", canonical), got


def test_region_noun_links_with_the_region(pipeline):
    ents = linked(pipeline, ("Автобус потрапив під обстріл на Донеччині.", "uk"),
                  ("The bus was shelled in Donetsk Oblast.", "en"))
    assert together(ents, "Донеччині", "Donetsk Oblast"), [(e.canonical, e.forms) for e in ents]


# -- the second name of a coordination of people ------------------------------------------------------
@pytest.mark.parametrize(("text", "lang", "form"), [
    # an unknown first name, a surname that is also a village's name: a person beside a person
    ("A court convicted two activists, Ivan Petrov and Talgat Ayan, on Monday.", "en", "Talgat Ayan"),
    ("Police detained Talgat Ayan and Ivan Petrov in the city.", "en", "Talgat Ayan"),
    ("Белсенділер Иван Петров пен Талғат Аян ұсталды.", "kk", "Талғат Аян"),
    ("Сот Асқар Омаров және Талғат Аян ісін қарады.", "kk", "Талғат Аян"),
    ("Задержаны активисты Иван Петров и Талгат Аян.", "ru", "Талгат Аян"),
    ("Затримали активістів Івана Петрова та Талгата Аяна.", "uk", "Талгата Аяна"),
])
def test_a_coordinated_name_is_a_person(pipeline, text, lang, form):
    got = by_text(pipeline, text, lang)
    assert got.get(form, ("",))[0] == "person", got


@pytest.mark.parametrize(("text", "lang", "form", "typ"), [
    ("The letter was signed by Ivan Petrov and Amnesty International.", "en", "Amnesty International", "org"),
    ("Ivan Petrov and New York officials met.", "en", "New York", "place"),
    ("Officials in Aktobe and Atyrau Region said so.", "en", "Atyrau Region", "place"),
])
def test_a_coordinated_known_name_keeps_its_type(pipeline, text, lang, form, typ):
    got = by_text(pipeline, text, lang)
    assert got.get(form, ("",))[0] == typ, got


def test_a_coordinated_known_place_is_no_person(pipeline):
    got = by_text(pipeline, "Встречались Иван Петров и Северная Корея.", "ru")
    assert all(t != "person" for f, (t, _) in got.items() if "Корея" in f), got


def test_coordinated_names_link_across_languages(pipeline):
    ents = linked(pipeline, ("A court convicted two activists, Ivan Petrov and Talgat Ayan, on Monday.", "en"),
                  ("Белсенділер Иван Петров пен Талғат Аян ұсталды.", "kk"))
    assert together(ents, "Talgat Ayan", "Талғат Аян"), [(e.canonical, e.forms) for e in ents]


# -- a Ukrainian adjective in -зький of a district's name in -з ---------------------------------------
def test_adjective_in_zkyi_names_its_place(pipeline):
    got = {m.text: m.lemma for m in tag(pipeline, "Надзвичайний стан у Кара-Огузькому районі діятиме 10 днів.", "uk")}
    assert got.get("Кара-Огузькому районі") == "Кара-Огуз", got
    ents = linked(pipeline, ("Надзвичайний стан у Кара-Огузькому районі діятиме 10 днів.", "uk"),
                  ("Clashes broke out in Kara-Oguz district.", "en"),
                  ("Беспорядки начались в Кара-Огузском районе.", "ru"))
    assert together(ents, "Кара-Огузькому районі", "Kara-Oguz district", "Кара-Огузском районе"), \
        [(e.canonical, e.forms) for e in ents]


# -- a name after "preposition + place word", and its case forms ---------------------------------------
@pytest.mark.parametrize(("text", "lang", "form"), [
    ("В Армении полиция разогнала демонстрантов в районе Зоравар Тах рядом с полком.", "ru", "Зоравар Тах"),
    ("У Вірменії поліція розігнала мітинг у районі Зоравар Тах поблизу частини.", "uk", "Зоравар Тах"),
    ("У Вірменії поліція розігнала мітинг у районі Олена Гора поблизу частини.", "uk", "Олена Гора"),  # a first name's shape
    ("Clashes broke out near the village of Zoravar Tagh in Armenia.", "en", "Zoravar Tagh"),
    ("Residents of the city of Zoravar Tagh in Armenia protested.", "en", "Zoravar Tagh"),
])
def test_a_name_after_preposition_and_place_word_is_a_place(pipeline, text, lang, form):
    got = by_text(pipeline, text, lang)
    assert got.get(form, ("",))[0] == "place", got


@pytest.mark.parametrize(("text", "lang", "form"), [
    ("Глава района Иван Петров заявил об этом.", "ru", "Иван Петров"),  # a place word without a preposition: an owner
    ("Голова району Іван Петренко заявив про це.", "uk", "Іван Петренко"),
])
def test_a_person_after_a_place_word_alone_stays_a_person(pipeline, text, lang, form):
    got = by_text(pipeline, text, lang)
    assert got.get(form, ("",))[0] == "person", got


def test_case_forms_of_an_unknown_place_link(pipeline):
    ents = linked(pipeline,
                  ("В Армении полиция разогнала демонстрантов в районе Зоравар Тах рядом с полком.", "ru"),
                  ("В Армении писали о погибших в Зоравар Тахе.", "ru"),
                  ("У Вірменії поліція розігнала мітинг у районі Зоравар Тах поблизу частини.", "uk"),
                  ("Вірменія: сутички в Зоравар Таху", "uk"))
    assert together(ents, "Зоравар Тах", "Зоравар Тахе", "Зоравар Таху"), [(e.canonical, e.forms) for e in ents]
    ent = next(e for e in ents if "Зоравар Тах" in e.forms)
    assert ent.type == "place"


# -- abbreviations of the self-proclaimed republics and their names in each language ----------------------
@pytest.mark.parametrize(("text", "lang", "form", "key"), [
    ("Ватажки угруповання «ДНР» заперечують обстріл.", "uk", "ДНР", "#org dpr"),
    ("Өзін «Донецк халық республикасы» деп атаған топтың басшылары мәлімдеді.", "kk", "Донецк халық республикасы", "#org dpr"),
    ("Бойцы так называемой Донецкой народной республики обстреляли город.", "ru", "Донецкой народной республики", "#org dpr"),
    ("Rebels of the self-proclaimed Donetsk People's Republic denied it.", "en", "Donetsk People's Republic", "#org dpr"),
    ("Представители ЛНР заявили об обстреле.", "ru", "ЛНР", "#org lpr"),
    ("Бойовики Луганської народної республіки обстріляли місто.", "uk", "Луганської народної республіки", "#org lpr"),
])
def test_self_proclaimed_republics(pipeline, text, lang, form, key):
    got = {m.text: m.key for m in tag(pipeline, text, lang)}
    assert got.get(form) == key, got


def test_a_bare_name_another_entity_is_written_as_stays_there(pipeline):
    ents = linked(pipeline, ("Міністерство охорони здоров'я Вірменії повідомило, що постраждали 63 людини.", "uk"),
                  ("За даними МВС Киргизстану, постраждали 55 людей. Міністерство охорони здоров'я повідомило, "
                   "що до лікарень звернулися понад 60 осіб.", "uk"))
    owners = [e.canonical for e in ents if "Міністерство охорони здоров'я" in e.forms]
    assert len(owners) == 1, [(e.canonical, e.forms) for e in ents]


# -- a wiki link's full-name target is a name of the linked mention's entity ---------------------------
def _linked_doc(pipeline, text: str, lang: str, links: list[tuple[str, str]]):
    """The entities of one document whose labels (first occurrence) link to targets."""
    from rashomon.document import Link
    from rashomon.entities import EntityLinker

    spans = [Link(span=(text.index(label), text.index(label) + len(label)), target=target) for label, target in links]
    doc = Document(id="w.txt", path="w.txt", text=text, lang=lang, links=spans)
    pipeline.prepare(doc)
    return EntityLinker().link(pipeline.entity_tagger(doc))


@pytest.mark.parametrize(("text", "lang", "label", "target"), [
    ("Бывший президент Иван Петров поддержал протест.", "ru", "Иван Петров", "Петров, Иван Сергеевич"),
    ("Колишній президент Іван Петренко підтримав протест.", "uk", "Іван Петренко", "Петренко, Іван Сергійович"),
    ("Задержан сторонник Ивана Петрова.", "ru", "Ивана Петрова", "Петров, Иван Сергеевич"),  # a case form's label
    ("Former president John Smith backed the protest.", "en", "John Smith", "Smith, John Edward"),
])
def test_a_person_link_target_is_a_form(pipeline, text, lang, label, target):
    ents = _linked_doc(pipeline, text, lang, [(label, target)])
    assert together(ents, label, target), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize(("text", "lang", "label", "target"), [
    ("Бывший президент Иван Петров поддержал протест.", "ru", "Иван Петров", "Сидоров, Иван Сергеевич"),  # another surname
    ("Бывший президент Иван Петров поддержал протест.", "ru", "Иван Петров", "Категория:Президенты"),
])
def test_another_link_target_is_no_form(pipeline, text, lang, label, target):
    ents = _linked_doc(pipeline, text, lang, [(label, target)])
    assert not any(target in e.forms for e in ents), [(e.canonical, e.forms) for e in ents]


# -- a region's bare name that the gazetteer knows only as another name of a town -----------------------
@pytest.mark.parametrize(("docs", "forms"), [
    ([("В Жамбылской области прошли митинги. В Жамбыле задержаны 10 человек.", "ru")], ("Жамбылской области", "Жамбыле")),
    ([("Губернатора Іссик-Кульської області захопили.", "uk"), ("Сутички сталися на Іссик-Кулі.", "uk")],
     ("Іссик-Кульської області", "Іссик-Кулі")),
])
def test_a_region_named_without_its_word_is_the_region(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]
    ent = next(e for e in ents if forms[0] in e.forms)
    assert ent.gazetteer_id.startswith("adm1:")


def test_a_town_named_like_its_region_stays_a_town(pipeline):
    ents = linked(pipeline, ("В Карагандинской области прошли митинги. В Караганде задержаны 10 человек.", "ru"))
    assert not together(ents, "Карагандинской области", "Караганде"), [(e.canonical, e.forms) for e in ents]
    assert not together(ents, "Жамбылской области", "Караганде")


# -- one written name of a place the gazetteer does not know, read as two base forms -------------------
def test_a_place_written_alike_is_one_place(pipeline):
    ents = linked(pipeline,
                  ("Жұма күні Қырғызстанның Лору және Барскоон ауылдарының тұрғындары жолды жапты.", "kk"),
                  ("У п'ятницю в Киргизстані відбулися сутички між поліцією та мешканцями сіл Лору і Барскоон.", "uk"))
    owners = [e.canonical for e in ents if "Лору" in e.forms]
    assert len(owners) == 1, [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize(("text", "lang", "label", "target", "form"), [
    ("Protests in Almaty and Atyrau went on.", "en", "Atyrau", "Atyrau Region", False),  # another place
    ("Protests in Almaty and Atyrau went on.", "en", "Atyrau", "Atyrau Airport Hotel", False),
])
def test_a_place_link_target_is_no_form(pipeline, text, lang, label, target, form):
    ents = _linked_doc(pipeline, text, lang, [(label, target)])
    assert together(ents, label, target) is form, [(e.canonical, e.forms) for e in ents]


def test_a_long_list_of_coordinated_names_stays_linear(pipeline):
    text = " ".join("Ivan Petrov and Talgat Ayan met, then Asan Ayan and Max Bokayev left." for _ in range(200))
    got = tag(pipeline, text, "en")
    persons = [m for m in got if m.type == "person"]
    assert len(persons) == 800, len(persons)
    assert all(text[m.span[0]:m.span[1]] == m.text for m in got)


# -- a town named after a person, written in the genitive after a noun ----------------------------------
def test_a_lone_surname_that_is_a_town_of_the_corpus(pipeline):
    ents = linked(pipeline, ("Пострадавших доставили в больницу города Лермонтов.", "ru"),
                  ("Часть раненых отправили в больницу Лермонтова и в Пятигорск.", "ru"))
    assert together(ents, "Лермонтов", "Лермонтова"), [(e.canonical, e.forms) for e in ents]


def test_a_surname_of_a_person_of_the_corpus_stays_a_person(pipeline):
    ents = linked(pipeline, ("Пострадавших доставили в больницу города Лермонтов.", "ru"),
                  ("Часть раненых отправили в больницу Лермонтова и в Пятигорск.", "ru"),
                  ("Поэт Михаил Лермонтов погиб на дуэли.", "ru"))
    assert not together(ents, "Лермонтов", "Лермонтова"), [(e.canonical, e.forms) for e in ents]


# -- another (old) name of a place in parentheses after it -----------------------------------------------
@pytest.mark.parametrize(("text", "lang", "place", "old"), [
    ("The author of this blog lives in Lermontov city (old name Lermontovsky), far from here.", "en", "Lermontov", "Lermontovsky"),
    ("Miners in Kurchatov (formerly Konechnaya) went on strike.", "en", "Kurchatov", "Konechnaya"),
    ("Рабочие из Лермонтова (бывший Лермонтовский) вышли на митинг.", "ru", "Лермонтова", "Лермонтовский"),
    ("Мітинг відбувся в місті Лермонтов (колишня назва Лермонтовський) у суботу.", "uk", "Лермонтов", "Лермонтовський"),
])
def test_an_old_name_in_parentheses_is_the_place(pipeline, text, lang, place, old):
    ents = linked(pipeline, (text, lang))
    assert together(ents, place, old), [(e.canonical, e.forms) for e in ents]
    ent = next(e for e in ents if place in e.forms)
    assert ent.canonical != old  # (the place keeps its own name)


def test_a_parenthesis_without_a_cue_names_nothing(pipeline):
    ents = linked(pipeline, ("Miners in Kurchatov (Konechnaya Street) went on strike.", "en"))
    assert not together(ents, "Kurchatov", "Konechnaya Street"), [(e.canonical, e.forms) for e in ents]
