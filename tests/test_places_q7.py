"""Places and aliases, quality round q7: common English spellings of Kazakh towns, organisation
names that are no places, the most specific place of a phrase, the paragraph's place, and aliases."""

from __future__ import annotations

import pytest

from rashomon.gazetteer import default_gazetteer
from rashomon.translit import key


@pytest.mark.parametrize(("form", "english"), [
    ("Жаңатас", "Zhanatas"),          # kk ң: GeoNames "Zhangatas"
    ("Жанатас", "Zhanatas"),
    ("Zhangatas", "Zhanatas"),
    ("Жезқазған", "Zhezkazgan"),      # GeoNames "Zhezqazghan"
    ("Жезказган", "Zhezkazgan"),
    ("Аксай", "Aksay"),               # GeoNames "Aqsay"
    ("Талгар", "Talgar"),             # GeoNames "Talghar"
    ("Жанакорган", "Zhanakorgan"),    # GeoNames "Zhangaqorghan"
    ("Караганда", "Karagandy"),       # no Kazakh letter in the GeoNames name: unchanged
    ("Мангистау", "Mangistau"),       # a real "ng" stays
])
def test_kazakh_towns_have_their_common_english_name(form, english):
    g = default_gazetteer()
    ids = g.lookup(key(form))
    assert ids and english in [g.place(i).name for i in ids[:3]]


# -- helpers ------------------------------------------------------------------------------------

from rashomon.document import Document  # noqa: E402


def tag(pipeline, text: str, lang: str):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    return pipeline.entity_tagger(doc)


def claim_places(pipeline, text: str, lang: str) -> list[tuple[str, object, str | None]]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    a = pipeline.analyze(doc)
    return [(c.measure, c.value, c.place) for c in a.claims]


# -- a quoted unit's or organisation's name is no place ----------------------------------------

@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Шабуылда «Арыстан» арнайы бөлімшесінің 2 қызметкері қаза тапты.", "kk", "Арыстан"),
    ("Речник ОК «Схід» назвав ці заяви черговою брехнею.", "uk", "Схід"),
    ("Бійці батальйону «Азов» обороняли місто.", "uk", "Азов"),
    ("Погибли 2 бойца спецподразделения «Арыстан».", "ru", "Арыстан"),
    ("ТОО «Арыс» сообщило о 3 пострадавших.", "ru", "Арыс"),
    ('Fighters of the "Vostok" battalion entered the town.', "en", "Vostok"),
])
def test_a_quoted_unit_name_is_no_place(pipeline, text, lang, word):
    ms = tag(pipeline, text, lang)
    assert not [m for m in ms if m.type == "place" and word in m.text], [(m.text, m.type) for m in ms]


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Вибух стався на станції «Лісова» у Києві.", "uk", "Києві"),
    ("Бойцы отряда «Беркут» вошли в Киев.", "ru", "Киев"),
])
def test_a_town_beside_a_quoted_name_stays_a_place(pipeline, text, lang, word):
    assert [m for m in tag(pipeline, text, lang) if m.type == "place" and m.text == word]


# -- a Kazakh settlement word after the name ---------------------------------------------------

@pytest.mark.parametrize(("text", "form"), [
    ("Ақтөбе облысы Темір ауданындағы Кеңқияқ кентінің маңында операция өтті.", "Кеңқияқ"),
    ("Кеңқияқ кентінде 9 адам жойылды.", "Кеңқияқ"),
    ("Береке поселкесінде жарылыс болды.", "Береке"),
])
def test_a_kazakh_settlement_word_marks_the_name_before_it(pipeline, text, form):
    assert form in [m.text for m in tag(pipeline, text, "kk") if m.type == "place"]


# -- a region or country in an organisation's name is its remit --------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("В воскресенье в Кизляре мужчина открыл стрельбу у церкви. В соцсетях сообщалось о «десятках "
     "убитых»; МВД по Дагестану назвало эти сообщения ложными.", "ru"),
    ("В неділю в Кизлярі чоловік відкрив стрілянину біля церкви. Міністерство охорони здоров'я "
     "Дагестану повідомило про 4 поранених.", "uk"),
    ("Қызляр қаласында жексенбі күні атыс болды. Әлеуметтік желілерде «30-дан астам адам» жараланды "
     "деген ақпарат тарады, бірақ Дағыстан денсаулық сақтау министрлігі бұл мәліметті жоққа шығарды.", "kk"),
    ("A gunman opened fire in Kizlyar on Sunday. Dagestan's health ministry said 4 were injured.", "en"),
    ("A gunman opened fire in Kizlyar on Sunday. The Interior Ministry of Dagestan said 4 were injured.", "en"),
])
def test_a_region_in_an_organisations_name_is_no_place_of_the_figure(pipeline, text, lang):
    got = claim_places(pipeline, text, lang)
    assert got and all(p == "Kizlyar" for _, _, p in got), got


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Накануне 5 человек погибли в Дагестане, сообщило МВД.", "ru", "Dagestan"),
    ("Five people died in Dagestan, police said.", "en", "Dagestan"),
])
def test_a_region_stated_as_the_scene_stays(pipeline, text, lang, place):
    got = claim_places(pipeline, text, lang)
    assert got and all(p == place for _, _, p in got), got


# -- the town a region qualifies beside it is the place ----------------------------------------

@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Кількість загиблих унаслідок ракетного удару по селищу Чаплине на Дніпропетровщині зросла до 25.", "uk", "Chaplyne"),
    ("Число погибших при ударе по посёлку Чаплино в Днепропетровской области выросло до 25.", "ru", "Chaplyne"),
    ("The death toll from the strike on Chaplyne in Dnipropetrovsk Oblast rose to 25.", "en", "Chaplyne"),
    ("1 июля в районе села Шубарши Темирского района Актюбинской области были убиты 2 сотрудника полиции.", "ru", "Shubarshi"),
    ("Ресейдің Дағыстан Республикасындағы Қызляр қаласында 5 адам қаза тапты.", "kk", "Kizlyar"),
])
def test_the_town_a_region_qualifies_is_the_place(pipeline, text, lang, place):
    got = claim_places(pipeline, text, lang)
    assert got and got[0][2] == place, got


# -- a paragraph's scene, set by an earlier sentence -------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Нападение произошло у села Шубарши. Погибли 2 полицейских.\n\n8 июля в районе посёлка Кенкияк "
     "проведена операция. В ходе операции уничтожены 9 боевиков.\n\nВ Шубарши прошли похороны.", "ru"),
    ("The attack happened near the village Shubarshi. 2 policemen died.\n\nOn 8 July in the area of "
     "Kenkiyak the special operation began. According to the KNB, 9 fighters were killed.\n\nShubarshi "
     "buried its dead.", "en"),
    ("Шабуыл Шұбаршы ауылының маңында болды. 2 полицей қаза тапты.\n\nКеңқияқ кентінің маңында арнайы "
     "операция өтті. ҰҚК-нің мәліметінше, қарулы топтың 9 мүшесі жойылды.\n\nШұбаршыда жерлеу рәсімі өтті.", "kk"),
])
def test_a_figure_without_a_place_takes_its_paragraphs_scene(pipeline, text, lang):
    got = {v: p for _, v, p in claim_places(pipeline, text, lang)}
    # (a village outside the gazetteer keeps the text's spelling until the corpus links it)
    assert key(got.get(9) or "") == key("Kenkiyak") and got.get(2) == "Shubarshi", got


def test_a_quarter_of_the_town_is_no_scene(pipeline):
    text = ("Я сразу поехал в Жезказган. В Жезказгане прорвало дамбу.\n\nПервое, что я увидел у въезда в "
            "микрорайон Шахтёр, — серую реку. Спасателей было мало, человек десять.")
    got = claim_places(pipeline, text, "ru")
    assert got and all(p == "Zhezkazgan" for _, _, p in got), got


# -- aliases: organisations across languages ---------------------------------------------------

from rashomon.entities import EntityLinker  # noqa: E402


def linked(pipeline, docs: list[tuple[str, str]], form: str) -> list[str]:
    linker = EntityLinker()
    for k, (text, lang) in enumerate(docs):
        d = Document(id=f"d{k}.txt", path=f"d{k}.txt", text=text, lang=lang)
        pipeline.prepare(d)
        linker.add(pipeline.entity_tagger(d))
    ents = linker.resolve()
    mine = [e for e in ents if form in e.forms]
    assert len(mine) == 1, [(e.canonical, e.forms) for e in ents]
    return mine[0].forms


@pytest.mark.parametrize(("docs", "forms"), [
    ([("Силами КНБ проведена специальная операция.", "ru"),
      ("Операцию провёл Комитет национальной безопасности.", "ru"),
      ("According to KNB, 9 fighters were killed.", "en"),
      ("Ұлттық қауіпсіздік комитеті операция өткізді.", "kk")],
     ["КНБ", "Комитет национальной безопасности", "KNB", "Ұлттық қауіпсіздік комитеті"]),
    ([("По данным Национального антитеррористического комитета, погибли 4 женщины.", "ru"),
      ("В НАК сообщили о 4 погибших.", "ru"),
      ("The National Antiterrorism Committee said 4 women died.", "en"),
      ("Ресей Ұлттық антитеррорлық комитетінің мәліметінше, 5 әйел қаза тапты.", "kk")],
     ["Национального антитеррористического комитета", "НАК", "National Antiterrorism Committee",
      "Ұлттық антитеррорлық комитетінің"]),
    ([("The Russian Ministry of Defence claimed 200 soldiers were killed.", "en"),
      ("Міноборони Росії заявило про знищення 200 військових.", "uk")],
     ["Russian Ministry of Defence", "Міноборони Росії"]),
    ([("The Ukrainian Interior Ministry said 5 were detained.", "en"),
      ("МВС України повідомило про 5 затриманих.", "uk")],
     ["Ukrainian Interior Ministry", "МВС України"]),
])
def test_an_organisations_forms_link_across_languages(pipeline, docs, forms):
    got = linked(pipeline, docs, forms[0])
    assert all(f in got for f in forms), got


def test_a_country_adjective_before_a_national_institution_keeps_two_countries_apart(pipeline):
    linker = EntityLinker()
    for k, text in enumerate(["The Russian Ministry of Defence claimed 200 were killed.",
                              "The Ukrainian Ministry of Defence denied it."]):
        d = Document(id=f"d{k}.txt", path=f"d{k}.txt", text=text, lang="en")
        pipeline.prepare(d)
        linker.add(pipeline.entity_tagger(d))
    ents = linker.resolve()
    ru = [e for e in ents if "Russian Ministry of Defence" in e.forms]
    ua = [e for e in ents if "Ukrainian Ministry of Defence" in e.forms]
    assert ru and ua and ru[0] is not ua[0], [(e.canonical, e.forms) for e in ents]
