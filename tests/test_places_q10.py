"""Places and aliases, quality round q10: a list of towns after a hospital word, a hospital named after
its district, the headline's country over the body's region, a region named with its word first
(«области Абай»), a village name after its place word keeping a final -е, origins not voting for the
document's place, a name in the genitive put back in the nominative (Анатолия Зака), and organisation
equivalences (ДБР = State Bureau of Investigation, МЧС = MCHS)."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def analyze(pipeline, text: str, lang: str):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    return pipeline.analyze(doc)


def places_of(pipeline, text: str, lang: str) -> list[tuple[str, object, str | None]]:
    return [(c.measure, c.value, c.place) for c in analyze(pipeline, text, lang).claims]


def tag(pipeline, text: str, lang: str):
    return pipeline.entity_tagger(pipeline.prepare(Document(id="x.txt", path="x.txt", text=text, lang=lang)))


def link(pipeline, docs):
    from rashomon.entities import EntityLinker

    ms = []
    for i, t, lang in docs:
        ms += pipeline.entity_tagger(pipeline.prepare(Document(id=i, path=i, text=t, lang=lang)))
    return EntityLinker().link(ms)


# -- the document's place over an incidental mention ------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "measure", "value", "place"), [
    # every town named is where the wounded are treated: the time zone's town is the place
    ("Fire in a night club\n\nOn 5 December at 01:08 (Perm time) a fire broke out in a night club. "
     "According to the ministry, 100 people were killed.\n\n"
     "In hospitals of Perm, Moscow and Yekaterinburg there are 134 people.", "en", "killed", 100, "Perm"),
    ("Fire in a night club\n\nOn 5 December at 01:08 (Perm time) a fire broke out in a night club. "
     "According to the ministry, 100 people were killed.\n\n"
     "In hospitals of Perm, Moscow and Yekaterinburg there are 134 people.", "en", "injured", 134, "Perm"),
    # the towns listed after a hospital word are all where the wounded are
    ("У Харкові внаслідок удару загинули 5 людей. У лікарнях Києва, Львова та Дніпра перебувають 20 поранених.",
     "uk", "injured", 20, "Kharkiv"),
    ("В Харькове в результате удара погибли 5 человек. В больницах Киева, Львова и Днепра находятся 20 раненых.",
     "ru", "injured", 20, "Kharkiv"),
    # a hospital named after a district is no place of the event: the dateline's town is
    ("Search and rescue operation\n\nYerevan, 15 August 2022, 18:00\n\nOn Sunday at about 16:15 Yerevan time "
     "an explosion occurred at a market. 62 people were injured.\n\nHospital\tAdmitted\n"
     "Erebuni medical centre\t27\nArmenia medical centre\t16\n", "en", "injured", 62, "Yerevan"),
    # the headline's country is the frame of the body's region
    ("Forest fire in eastern Kazakhstan kills 14 workers\n\nAt least 14 forestry workers were killed fighting "
     "a wildfire in Kazakhstan's Abai region, the ministry said.", "en", "killed", 14, "Abai Region"),
])
def test_the_documents_place_over_an_incidental_mention(pipeline, text, lang, measure, value, place):
    got = places_of(pipeline, text, lang)
    assert (measure, value, place) in got, got


def test_a_headline_country_and_a_body_region_give_one_place(pipeline):
    got = places_of(pipeline, "Forest fire in eastern Kazakhstan kills 14 workers\n\nAt least 14 forestry workers "
                              "were killed fighting a wildfire in Kazakhstan's Abai region, the ministry said.", "en")
    assert got and all(p == "Abai Region" for _, _, p in got), got


@pytest.mark.parametrize(("text", "lang"), [
    ("У Казахстані затримали понад 20 активістів\n\nВ Алмати поліція затримала активістів. В Алмати пройшли акції.", "uk"),
    ("В Казахстане задержали более 20 активистов\n\nВ Алматы полиция задержала активистов. В Алматы прошли акции.", "ru"),
])
def test_a_headline_country_over_a_town_stays_the_country(pipeline, text, lang):
    got = places_of(pipeline, text, lang)
    assert ("detained", 20, "Kazakhstan") in got, got


def test_a_country_alone_in_a_body_sentence_stays(pipeline):
    # (not the headline: a country named in the body is still the sentence's place)
    got = places_of(pipeline, "Fire in Almaty\n\nIn Almaty 3 people died. In Kazakhstan 40 people were detained "
                              "during the year.", "en")
    assert ("detained", 40, "Kazakhstan") in got, got


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("О лесном пожаре в области Абай\n\n8 июня в Бескарагайском районе области Абай произошел лесной пожар. "
     "Погибли 14 человек. Из сел Каракол и Карабас эвакуированы жители.", "ru", "Abai Region"),
    ("Про лісову пожежу в області Абай\n\n8 червня в області Абай сталася лісова пожежа. Загинули 14 людей. "
     "З сіл Каракол і Карабас евакуйовано жителів.", "uk", "Abai Region"),
])
def test_origins_do_not_make_the_documents_place(pipeline, text, lang, place):
    got = places_of(pipeline, text, lang)
    assert ("killed", 14, place) in got, got


def test_a_volunteer_from_a_town_still_votes_for_it(pipeline):
    got = places_of(pipeline, "Рассказ волонтёра из Жезказгана\n\nЯ работаю водителем в Сатпаеве. Я сразу поехал в "
                              "Жезказган. На моих глазах достали четверых погибших.", "ru")
    assert ("killed", 4, "Zhezkazgan") in got, got


# -- entities: regions, villages, names ------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "form"), [
    ("Пожар произошел в Бескарагайском районе области Абай.", "ru", "области Абай"),
    ("Пожежа сталася в області Абай.", "uk", "області Абай"),
    ("Пожар в Абайской области потушен.", "ru", None),
])
def test_a_region_named_with_its_word_first(pipeline, text, lang, form):
    ms = [m for m in tag(pipeline, text, lang) if m.type == "place" and m.gazetteer_id == "adm1:KZ-ABA"]
    assert ms, [(m.text, m.gazetteer_id) for m in tag(pipeline, text, lang)]
    if form:
        assert ms[0].text == form and ms[0].canonical == "Abai Region"


def test_a_town_after_a_region_word_that_names_no_region_stays_a_town(pipeline):
    ms = tag(pipeline, "Жители области Алматы пострадали от паводка.", "ru")
    assert not any(m.text.startswith("области") for m in ms), [(m.text, m.gazetteer_id) for m in ms]


@pytest.mark.parametrize(("text", "lang", "lemma"), [
    ("Пожар начался в районе села Бодене.", "ru", "Бодене"),
    ("Вода подошла к аулу Шетпе, жители аула Шетпе эвакуированы.", "ru", "Шетпе"),
    ("Забастовка продолжается в городе Жанаозене.", "ru", "Жанаозен"),
])
def test_a_final_e_comes_off_only_when_the_gazetteer_knows_the_stem(pipeline, text, lang, lemma):
    ms = [m for m in tag(pipeline, text, lang) if m.type == "place"]
    assert any(m.lemma == lemma for m in ms), [(m.text, m.lemma) for m in ms]


@pytest.mark.parametrize(("text", "lang", "lemma"), [
    ("Суд арестовал Анатолия Зака, совладельца клуба.", "ru", "Анатолий Зак"),
    ("По словам Ивана Петрова, пожар начался внезапно.", "ru", "Иван Петров"),
    ("Встреча с Марией Зака прошла спокойно.", "ru", None),
])
def test_a_genitive_name_goes_back_to_the_nominative(pipeline, text, lang, lemma):
    ms = [m for m in tag(pipeline, text, lang) if m.type == "person"]
    if lemma is None:
        assert all(m.lemma != "Анатолий Зак" for m in ms)
    else:
        assert any(m.lemma == lemma for m in ms), [(m.text, m.lemma) for m in ms]


@pytest.mark.parametrize(("docs", "forms"), [
    ([("a.txt", "ДБР повідомило про підозру двом посадовцям.", "uk"),
      ("b.txt", "The State Bureau of Investigation charged two officials.", "en")],
     {"ДБР", "State Bureau of Investigation"}),
    ([("a.txt", "Государственное бюро расследований сообщило о подозрении.", "ru"),
      ("b.txt", "Державне бюро розслідувань повідомило про підозру.", "uk")],
     {"Государственное бюро расследований", "Державне бюро розслідувань"}),
])
def test_an_investigation_bureau_across_languages(pipeline, docs, forms):
    ents = link(pipeline, docs)
    mine = [e for e in ents if forms & set(e.forms)]
    assert len(mine) == 1 and forms <= set(mine[0].forms), [(e.canonical, e.forms) for e in ents]


def test_mchs_in_latin_letters_is_the_emergencies_ministry(pipeline):
    ents = link(pipeline, [("a.txt", "В Перми МЧС сообщило о 100 погибших.", "ru"),
                           ("b.txt", "In Perm, according to the MCHS, 100 people were killed.", "en")])
    mine = [e for e in ents if "МЧС" in e.forms]
    assert mine and "MCHS" in mine[0].forms, [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize(("text", "lang"), [
    ("Ракети влучили в територію Полтавського військового інституту зв'язку.", "uk"),
    ("Ракеты попали в здание Полтавского военного института связи.", "ru"),
    ("Missiles hit the Poltava Military Institute of Communications.", "en"),
])
def test_an_institute_named_by_its_field_after_the_head(pipeline, text, lang):
    ms = [m for m in tag(pipeline, text, lang) if m.type == "org"]
    assert [m.key for m in ms] == ["#inst institute 696643 communications military"], [(m.text, m.key) for m in ms]


def test_an_institute_without_a_field_keeps_its_old_key(pipeline):
    ms = [m for m in tag(pipeline, "Студенты Пермского государственного университета вышли на акцию.", "ru") if m.type == "org"]
    assert [m.key for m in ms] == ["#inst university 511196"], [(m.text, m.key) for m in ms]


@pytest.mark.parametrize(("text", "lang", "form"), [
    ("Число погибших при прорыве дамбы Сардобинского водохранилища выросло.", "ru", "Сардобинского водохранилища"),
    ("Кількість загиблих унаслідок прориву дамби Сардобинського водосховища зросла.", "uk", "Сардобинського водосховища"),
    ("Өзбекстандағы Сардоба су қоймасының бөгеті бұзылды.", "kk", "Сардоба су қоймасының"),
    ("The Sardoba reservoir dam collapsed.", "en", "Sardoba reservoir"),
])
def test_one_reservoir_gives_one_key_in_every_language(pipeline, text, lang, form):
    ms = [m for m in tag(pipeline, text, lang) if m.type == "place" and m.text == form]
    assert ms and ms[0].key == "#lm reservoir sardob", [(m.text, m.key) for m in tag(pipeline, text, lang)]


@pytest.mark.parametrize(("text", "lang", "form"), [
    ("Судно затонуло на Куйбышевском водохранилище.", "ru", "Куйбышевском водохранилище"),
    ("Кеме Куйбышев су қоймасында батып кетті.", "kk", "Куйбышев су қоймасында"),
    ("The ship sank in the Kuybyshev Reservoir.", "en", "Kuybyshev Reservoir"),
])
def test_a_reservoir_named_by_an_adjective_meets_its_noun(pipeline, text, lang, form):
    ms = [m for m in tag(pipeline, text, lang) if m.type == "place" and m.text == form]
    assert ms and ms[0].key == "#lm reservoir kuibishev", [(m.text, m.key) for m in tag(pipeline, text, lang)]


@pytest.mark.parametrize(("text", "lang", "canonical"), [
    ("Шымкент, 3 мамыр. Өзбекстандағы Сардоба су қоймасының бөгеті бұзылды.", "kk", None),
    ("Шымкент, 3 мая. В Узбекистане прорвало дамбу Сардобинского водохранилища.", "ru", None),
    # (a square or a building is in the dateline's town)
    ("Павлодар, 3 мая. Митинг прошел у Дома профсоюзов.", "ru", "Дом профсоюзов (Pavlodar)"),
])
def test_a_dateline_town_does_not_qualify_a_reservoir(pipeline, text, lang, canonical):
    ms = [m for m in tag(pipeline, text, lang) if getattr(m, "how", "") == "landmark"]
    assert ms and ms[0].canonical == canonical, [(m.text, m.canonical) for m in ms]
