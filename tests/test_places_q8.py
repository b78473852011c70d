"""Places, aliases and claim dates, quality round q8: districts of the document's town, remits in a
speaker's title, a court's or a code's name, Kazakh common nouns and possessive names that are no
places, the date of another event, "after the attack" sentences, bare region names as forms, an
institution's own country, quoted names in apposition."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.time.when import _after_event, _other_event


def analyze(pipeline, text: str, lang: str):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    return pipeline.analyze(doc)


def places_of(pipeline, text: str, lang: str) -> list[tuple[str, object, str | None]]:
    return [(c.measure, c.value, c.place) for c in analyze(pipeline, text, lang).claims]


# -- a district of the document's town gives the town --------------------------------------------

@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Удар по Кривому Рогу. Кривий Ріг знову під обстрілом.\n\n"
     "Ракета влучила в житловий квартал Центрально-Міського району. Загинули 20 людей.", "uk", "Kryvyi Rih"),
    ("Удар по Кривому Рогу. Кривой Рог снова под обстрелом.\n\n"
     "Ракета попала в жилой квартал Центрально-Городского района. Погибли 20 человек.", "ru", "Kryvyi Rih"),
    ("Strike on Sumy. Sumy was hit again on Sunday.\n\n"
     "In Zarichnyi district 23 people were injured.", "en", "Sumy"),
])
def test_a_district_of_the_town_gives_the_town(pipeline, text, lang, town):
    got = places_of(pipeline, text, lang)
    assert got and all(p == town for _, _, p in got), got


# -- a table's header cells are no place ----------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Damage by district\n\nDistrict\tBuildings damaged\tCars damaged\nCentral\t46\t21\n", "en", "Buildings"),
    ("Damage\n\nDistrict | Buildings | Cars\nCentral | 46 | 21\n", "en", "Buildings"),
    ("Ущерб\n\nРайон\tДома\tМашины\nЦентральный\t46\t21\n", "ru", "Дома"),
])
def test_a_header_cell_after_a_place_word_is_no_place(pipeline, text, lang, word):
    ms = analyze(pipeline, text, lang).mentions
    assert not [m for m in ms if m.type == "place" and m.text == word], [(m.text, m.type) for m in ms]


# -- a region in a speaker's title, a court's name or a code's abbreviation is its remit ---------

@pytest.mark.parametrize(("text", "lang", "place", "not_place"), [
    ("Стрельба в школе Ижевска. В Ижевске работают следователи.\n\n"
     "Глава Удмуртии Александр Бречалов сообщил о 9 погибших, Следственный комитет — о 13 погибших.",
     "ru", "Izhevsk", "Udmurtia"),
    ("Стрілянина в школі Іжевська. В Іжевську працюють слідчі.\n\n"
     "Голова Удмуртії Олександр Бречалов повідомив про 9 загиблих, Слідчий комітет — про 13 загиблих.",
     "uk", "Izhevsk", "Udmurtia"),
    ("School shooting in Izhevsk. Investigators work in Izhevsk.\n\n"
     "Head of Udmurtia Brechalov: 9 people were killed, the Investigative Committee said 13 were killed.",
     "en", "Izhevsk", "Udmurtia"),
    ("Нападение на Нальчик. В Нальчике погибли 35 человек.\n\n"
     "В 2014 году Верховный суд Кабардино-Балкарии вынес приговор 57 подсудимым.",
     "ru", "Nalchik", "Kabardino-Balkaria"),
    ("Взрывы в Атырау. В городе Атырау погиб 1 человек.\n\n"
     "Задержаны 4 человека. Возбуждено уголовное дело по статье 233 УК РК.", "ru", "Atyrau", "Kazakhstan"),
])
def test_a_remit_is_no_place_of_the_event(pipeline, text, lang, place, not_place):
    got = places_of(pipeline, text, lang)
    assert got and not [g for g in got if g[2] == not_place], got
    assert any(p == place for _, _, p in got), got


def test_a_letterhead_region_gives_way_to_the_town(pipeline):
    text = ("Прокуратура Атырауской области\nОфициальное сообщение\n\n"
            "31 октября 2011 года в городе Атырау произошли два взрыва. Погиб 1 человек.\n\n"
            "Задержаны 4 человека.")
    got = places_of(pipeline, text, "ru")
    assert got and all(p == "Atyrau" for _, _, p in got), got


# -- words that are no place names -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Бішкекте наразылық болды. Қаладағы 15-ке жуық дүкен тоналды.", "kk", "Қаладағы"),
    ("Бішкекте наразылық болды. Қалада 40 адам ұсталды.", "kk", "Қалада"),
    ("Missile strike on Zelensky's hometown kills at least 18.", "en", "Zelensky"),
    ("The blast on Putin's birthday killed 3.", "en", "Putin"),
])
def test_no_place(pipeline, text, lang, word):
    a = analyze(pipeline, text, lang)
    assert not [m for m in a.mentions if m.type == "place" and word in m.text], [(m.text, m.type) for m in a.mentions]


def test_a_square_s_adjective_gives_no_claim_place(pipeline):
    text = "Протест у Мінську. Увечері тисячі білорусів вийшли на Жовтневу площу в Мінську, затримано 600 людей."
    got = places_of(pipeline, text, "uk")
    assert got and all(p == "Minsk" for _, _, p in got), got


# -- the date of another event, and "after the attack" ---------------------------------------------

@pytest.mark.parametrize(("text", "date", "other"), [
    ("Protesters angry over the parliamentary election held on Sunday, 4 October, stormed", "4 October", True),
    ("Протестующие, недовольные итогами выборов 4 октября, захватили здание", "4 октября", True),
    ("Протестувальники, незадоволені результатами виборів 4 жовтня, захопили будівлю", "4 жовтня", True),
    ("4 қазандағы парламент сайлауы нәтижесіне наразы болғандар", "4 қазан", True),
    ("After the election, police on 4 October detained 5", "4 October", False),
    ("Police said on Sunday, 4 October, that 5 were detained", "4 October", False),
    ("В понедельник, 5 октября, погиб 1 человек", "5 октября", False),
])
def test_the_date_of_another_event(text, date, other):
    i = text.index(date)
    assert _other_event(text, (i, i + len(date))) is other


def test_an_election_date_does_not_date_the_toll(pipeline):
    text = ("Protesters angry over the parliamentary election held on Sunday, 4 October, stormed the seat of "
            "government in Bishkek overnight, and one man was killed, the health ministry said on Tuesday, 6 October.")
    got = [(c.when, c.when_how) for c in analyze(pipeline, text, "en").claims]
    assert got and all(how != "sentence" or not w.endswith("10-04") for w, how in got), got


@pytest.mark.parametrize(("text", "after"), [
    ("После теракта в метро дежурили более 1500 сотрудников полиции.", True),
    ("Після теракту в аеропорту чергували 2000 поліцейських.", True),
    ("After the attack, 500 police officers were deployed.", True),
    ("Жарылыстан кейін 300 полицей жіберілді.", True),
    ("Afterwards 500 police officers were deployed.", False),
    ("После обеда задержаны 5 человек.", False),
])
def test_a_sentence_after_the_event(text, after):
    assert _after_event(text, (0, len(text))) is after


def test_a_sentence_after_the_event_keeps_no_earlier_date(pipeline):
    text = ("3 апреля 2017 года в метро Санкт-Петербурга произошёл взрыв, погибли 14 человек.\n\n"
            "К 18 апреля были задержаны 8 человек. После теракта в метро дежурили более 1500 сотрудников полиции.")
    whens = {c.measure: c.when for c in analyze(pipeline, text, "ru").claims}
    assert whens.get("deployed") and "04-18" not in whens["deployed"], whens


# -- aliases -----------------------------------------------------------------------------------------

def test_bare_region_names_are_forms(pipeline):
    from rashomon.entities import EntityLinker

    docs = [("a.txt", "В Жамбылской области произошли взрывы. Жамбылской области помогли.", "ru"),
            ("b.txt", "Жамбыл облысындағы қоймада жарылыс болды.", "kk"),
            ("c.txt", "Explosions hit a depot in the Zhambyl region on Thursday.", "en")]
    ms = []
    for i, t, lang in docs:
        ms += pipeline.entity_tagger(pipeline.prepare(Document(id=i, path=i, text=t, lang=lang)))
    ents = EntityLinker().link(ms)
    forms = {f for e in ents for f in e.forms if e.type == "place"}
    assert {"Жамбылской", "Жамбыл", "Zhambyl"} <= forms, forms
    for e in ents:
        assert {m["form"] for m in e.merges} == set(e.forms)


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Кривий Ріг, Україна. Ресей Қорғаныс министрлігі соққы туралы мәлімдеді. Киев пен Харьков.", "kk", "RU"),
])
def test_an_institution_named_with_its_country(pipeline, text, lang, country):
    ms = pipeline.entity_tagger(pipeline.prepare(Document(id="x.txt", path="x.txt", text=text, lang=lang)))
    orgs = [m for m in ms if m.type == "org" and "министрлігі" in m.text]
    assert orgs and all((m.key or "").endswith("@" + country.lower()) for m in orgs), [(m.text, m.key) for m in orgs]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Правозахисний центр «Зубрына» повідомив про 700 затриманих.", "uk", "Зубрына"),
    ("Правозащитный центр «Зубрына» сообщил о 700 задержанных.", "ru", "Зубрына"),
])
def test_a_quoted_name_in_apposition_stays_nominative(pipeline, text, lang, name):
    ms = pipeline.entity_tagger(pipeline.prepare(Document(id="x.txt", path="x.txt", text=text, lang=lang)))
    got = [m for m in ms if m.text == name]
    assert got and all((m.lemma or m.text) == name for m in got), [(m.text, m.lemma) for m in ms]


@pytest.mark.parametrize(("form", "bare"), [
    ("Слідчий комітет Росії", "Слідчий комітет"),
    ("Міністерства оборони РФ", "Міністерства оборони"),
    ("Ресей Тергеу комитетінің", "Тергеу комитетінің"),
    ("Министерства обороны Республики Казахстан", "Министерства обороны"),
    ("Комитета национальной безопасности Республики Казахстан", "Комитета национальной безопасности"),
    ("Министерства обороны Российской Федерации Сергея", None),  # three capitalized words: kept whole
    ("Ministry of Health of Ukraine", None),
    ("Следственный комитет", None),
    ("Ministry of Defence", None),
])
def test_an_institution_without_its_country(form, bare):
    from rashomon._entity_link import _bare_org_name
    from rashomon.gazetteer import default_gazetteer

    assert _bare_org_name(form, default_gazetteer()) == bare


def test_institution_forms_without_the_country_join_its_entity(pipeline):
    from rashomon.entities import EntityLinker

    docs = [("a.txt", "Слідчий комітет Росії порушив справу. Загинули 13 людей.", "uk"),
            ("b.txt", "Ресей Тергеу комитетінің мәліметінше, 13 адам қаза тапты.", "kk"),
            ("c.txt", "Следственный комитет сообщил о 13 погибших в Ижевске.", "ru")]
    ms = []
    for i, t, lang in docs:
        ms += pipeline.entity_tagger(pipeline.prepare(Document(id=i, path=i, text=t, lang=lang)))
    ents = [e for e in EntityLinker().link(ms) if "Слідчий комітет Росії" in e.forms]
    assert ents and {"Слідчий комітет", "Тергеу комитетінің", "Следственный комитет"} <= set(ents[0].forms), ents
    assert {m["form"] for m in ents[0].merges} == set(ents[0].forms)


@pytest.mark.parametrize(("text", "lang", "concept"), [
    ("Сотрудники «Вясны» задержаны.", "ru", "viasna"),
    ("Правозахисний центр «Вясна» повідомив про 700 затриманих.", "uk", "viasna"),
    ("По данным «Мемориала», погибли 10 человек.", "ru", "memorial"),
    ("Police denied reports by the Kazakhstan Bureau for Human Rights that 12 people died.", "en", "kibhr"),
    ("По данным Казахстанского бюро по правам человека, погибли 12 человек.", "ru", "kibhr"),
])
def test_listed_organisations(pipeline, text, lang, concept):
    ms = pipeline.entity_tagger(pipeline.prepare(Document(id="x.txt", path="x.txt", text=text, lang=lang)))
    assert any((m.key or "").split("@")[0].endswith(concept) for m in ms if m.type == "org"), [(m.text, m.key) for m in ms]


# -- a count given on a day ("ministry said: 14 died") runs up to that day -------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("У вівторок, 4 квітня 2017 року, МОЗ Росії уточнило: загинули 14 людей. Раніше повідомлялося про 11 загиблих.", "uk"),
    ("Во вторник, 4 апреля 2017 года, Минздрав России уточнил: погибли 14 человек. Ранее сообщалось о 11 погибших.", "ru"),
    ("On Tuesday, 4 April 2017, the health ministry said: 14 people were killed. Earlier reports spoke of 11 dead.", "en"),
])
def test_a_toll_given_on_a_day_runs_up_to_it(pipeline, text, lang):
    got = [(c.value, c.when) for c in analyze(pipeline, text, lang).claims if c.measure == "killed"]
    assert got and all(w == "../2017-04-04" for _, w in got), got


def test_a_day_of_the_event_itself_still_dates_it(pipeline):
    text = "On Monday, 3 April 2017, a blast in the metro killed 14 people."
    got = [c.when for c in analyze(pipeline, text, "en").claims]
    assert got == ["2017-04-03"], got


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Troops headed to Dagestan on Monday. In Dagestan 5 people were killed.", "en", "Dagestan"),
    ("Главный удар пришёлся на Дагестан: в Дагестане погибли 5 человек.", "ru", "Dagestan"),
])
def test_a_title_word_matches_whole_words_only(pipeline, text, lang, place):
    got = places_of(pipeline, text, lang)
    assert got and all(p == place for _, _, p in got), got
