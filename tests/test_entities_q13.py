"""Session 8 q13 entities: water bodies named by a place (strait, bay, sea), national institutions by
kind and country (a navy, a chief military prosecutor's office, lowercase English names), Kazakh
abbreviations with case endings, facilities named by a place adjective and their abbreviations by
initials, and masculine first names in -ан. Sentence in, mention or linked forms out; names are
generic or invented, none is a development set's event."""

from __future__ import annotations

import pytest
from entity_helpers import linked, together

from rashomon._entity_abbrev import initials_match
from rashomon.document import Document


def tag(pipeline, text: str, lang: str):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    return pipeline.entity_tagger(doc)




def keys(pipeline, text: str, lang: str) -> dict[str, str | None]:
    return {m.text: m.key for m in tag(pipeline, text, lang)}


# -- national institutions by kind and country -------------------------------------------------------
@pytest.mark.parametrize(("text", "lang", "form", "key"), [
    ("Корабли ВМС Украины подошли к берегу.", "ru", "ВМС Украины", "#org navy@ua"),
    ("За даними ВМС України, поранено 6 моряків.", "uk", "ВМС України", "#org navy@ua"),
    ("Корабли ВМФ России вышли в море.", "ru", "ВМФ России", "#org navy@ru"),
    ("Украина ӘТК-ның баспасөз қызметі хабарлады.", "kk", "Украина ӘТК-ның", "#org navy@ua"),
    # English writes a national institution in lowercase after its country
    ("Ukraine's navy said six sailors were wounded.", "en", "Ukraine's navy", "#org navy@ua"),
    ("Two Ukrainian navy vessels were seized.", "en", "Ukrainian navy", "#org navy@ua"),
    ("Russia's defence ministry said the drills were over.", "en", "Russia's defence ministry", "#org defence-ministry@ru"),
    # the chief military prosecutor's office in every language
    ("По данным Главной военной прокуратуры, погибли 12 человек.", "ru", "Главной военной прокуратуры",
     "#org chief-military-prosecutor"),
    ("За даними Головної військової прокуратури, загинули 12 людей.", "uk", "Головної військової прокуратури",
     "#org chief-military-prosecutor"),
    # (r32: a Kazakh page that names no place at all writes of Kazakhstan's institutions)
    ("Бас әскери прокуратурасының мәліметінше, 12 адам қаза тапты.", "kk", "Бас әскери прокуратурасының",
     "#org chief-military-prosecutor@kz"),
    ("The chief military prosecutor's office declared that 12 people died.", "en",
     "chief military prosecutor's office", "#org chief-military-prosecutor"),
    # a Kazakh abbreviation keeps its case ending after a hyphen
    ("Ресей ФҚҚ-ның шекара қызметі кемелерді басып алды.", "kk", "ФҚҚ-ның", "#org fsb"),
    ("ФСБ-ның хабарлауынша, 3 адам жараланды.", "kk", "ФСБ-ның", "#org fsb"),
    ("ІІМ-нің хабарлауынша, 5 адам ұсталды.", "kk", "ІІМ-нің", "#org interior-ministry@kz"),
])
def test_national_institutions_by_kind_and_country(pipeline, text, lang, form, key):
    got = keys(pipeline, text, lang)
    assert got.get(form) == key, got


@pytest.mark.parametrize(("text", "lang", "form"), [
    ("The navy said nothing.", "en", "navy"),  # one lowercase word without its country: no name
    ("He joined the navy in 1990.", "en", "navy"),
    ("Students of the military prosecutor course met.", "en", "military prosecutor"),
])
def test_a_lone_lowercase_word_is_no_institution(pipeline, text, lang, form):
    got = {m.text for m in tag(pipeline, text, lang) if m.type == "org"}
    assert not any(form in t for t in got), got


def test_a_navy_links_across_languages(pipeline):
    ents = linked(pipeline, ("Корабли ВМС Украины подошли к проливу.", "ru"),
                  ("За даними ВМС України, поранено 6 моряків.", "uk"),
                  ("Ukraine's navy said six sailors were wounded.", "en"))
    assert together(ents, "ВМС Украины", "ВМС України", "Ukraine's navy"), [(e.canonical, e.forms) for e in ents]


# -- water bodies: a place-type noun and a proper adjective or name -------------------------------
@pytest.mark.parametrize("docs", [
    # a strait named by a town's adjective (ru/uk) and by the town itself (kk/en)
    ((("Столкновение произошло в Керченском проливе.", "ru"), "Керченском проливе"),
     (("Росія захопила кораблі біля Керченської протоки.", "uk"), "Керченської протоки"),
     (("Ресей шекара қызметі Керчь бұғазы маңында кемелерді ұстады.", "kk"), "Керчь бұғазы"),
     (("Russian border guards seized vessels near the Kerch Strait.", "en"), "Kerch Strait")),
    # a sea named by a colour
    ((("Корабли вышли в Чёрное море.", "ru"), "Чёрное море"),
     (("Кораблі вийшли в Чорне море.", "uk"), "Чорне море"),
     (("The ships sailed into the Black Sea.", "en"), "Black Sea")),
    # a reservoir named by a town's adjective and by the town
    ((("Вода ушла из Каховского водохранилища.", "ru"), "Каховского водохранилища"),
     (("Вода пішла з Каховського водосховища.", "uk"), "Каховського водосховища"),
     (("Water drained from the Kakhovka Reservoir.", "en"), "Kakhovka Reservoir")),
    # a bay named by a town's adjective and by the town
    ((("Судно затонуло в Таганрогском заливе.", "ru"), "Таганрогском заливе"),
     (("The ship sank in the Taganrog Bay.", "en"), "Taganrog Bay")),
])
def test_a_water_body_links_across_languages_and_cases(pipeline, docs):
    ents = linked(pipeline, *(d for d, _ in docs))
    forms = [f for _, f in docs]
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]
    assert next(e for e in ents if forms[0] in e.forms).type == "place"


@pytest.mark.parametrize(("text", "lang", "form"), [
    ("Корабли стояли в Керченском проливе у Керчи.", "ru", "Керченском проливе"),
    ("The ships waited in the Kerch Strait off Kerch.", "en", "Kerch Strait"),
])
def test_a_strait_lies_in_no_town(pipeline, text, lang, form):
    ms = [m for m in tag(pipeline, text, lang) if m.text == form]
    assert ms and ms[0].type == "place" and ms[0].canonical is None, [(m.text, m.canonical) for m in tag(pipeline, text, lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Ресей 24 украин теңізшісін ұстады.", "kk"),  # a sailor (теңізші) is no sea
    ("Украина теңізшілері ұсталды.", "kk"),
])
def test_a_sailor_is_no_sea(pipeline, text, lang):
    got = [(m.text, m.key) for m in tag(pipeline, text, lang)]
    assert not any((k or "").startswith("#lm sea") for _, k in got), got


def test_two_rivers_with_different_names_stay_apart(pipeline):
    ents = linked(pipeline, ("Лодка перевернулась на реке Каме.", "ru"), ("Лодка перевернулась на реке Камчатке.", "ru"))
    assert not together(ents, "реке Каме", "реке Камчатке"), [(e.canonical, e.forms) for e in ents]


# -- facilities named by a place adjective, and their abbreviation by initials ----------------------
@pytest.mark.parametrize(("text", "lang", "form", "lemma"), [
    ("Забастовка началась на Новоуральском электровозостроительном заводе.", "ru",
     "Новоуральском электровозостроительном заводе", "Новоуральский электровозостроительный завод"),
    ("Рабочие Новоуральского металлургического комбината вышли на площадь.", "ru",
     "Новоуральского металлургического комбината", "Новоуральский металлургический комбинат"),
    ("Робітники Новоуральського металургійного комбінату вийшли на площу.", "uk",
     "Новоуральського металургійного комбінату", "Новоуральський металургійний комбінат"),
])
def test_a_facility_named_by_a_place_adjective(pipeline, text, lang, form, lemma):
    got = {m.text: (m.type, m.lemma) for m in tag(pipeline, text, lang)}
    assert got.get(form) == ("org", lemma), got


@pytest.mark.parametrize(("text", "lang"), [
    ("В Кировском районе построили завод.", "ru"),  # a verb between: no facility's name
    ("Московский суд закрыл завод.", "ru"),
])
def test_no_facility_across_a_noun_or_a_verb(pipeline, text, lang):
    got = [(m.text, m.type) for m in tag(pipeline, text, lang) if m.type == "org"]
    assert not any("завод" in t for t, _ in got), got


@pytest.mark.parametrize(("abbr", "name", "ok"), [
    ("НЭВЗ", "Новочеркасский электровозостроительный завод", True),  # a compound word gives two letters
    ("ММК", "Магнитогорский металлургический комбинат", True),
    ("КТЖ", "Казахстан темир жолы", True),
    ("NEVZ", "Новочеркасском электровозостроительном заводе", True),  # Latin and Cyrillic alike
    ("SBU", "Security Service of Ukraine", False),  # (a known name: the table links it, not initials)
    ("НЭВЗ", "Новочеркасский завод", False),  # letters left over
    ("МК", "Магнитогорский металлургический комбинат", False),  # a word without its letter
    ("ЗН", "Новочеркасский завод", False),  # order matters
])
def test_initials_match(abbr, name, ok):
    assert initials_match(abbr, name) is ok


def test_an_abbreviation_links_to_the_facility_it_spells(pipeline):
    ents = linked(pipeline, ("Забастовка началась на Новоуральском электровозостроительном заводе.", "ru"),
                  ("Рабочие Новоуральского электровозостроительного завода (НЭВЗ) вышли на площадь.", "ru"))
    assert together(ents, "Новоуральском электровозостроительном заводе", "НЭВЗ"), [(e.canonical, e.forms) for e in ents]


def test_an_abbreviation_spelling_two_names_links_to_neither(pipeline):
    ents = linked(pipeline, ("Рабочие Новоуральского электровозостроительного завода (НЭВЗ) вышли.", "ru"),
                  ("Рабочие Новоуральского тракторного завода вышли.", "ru"))  # (НТЗ, not НЭВЗ: one candidate)
    assert together(ents, "Новоуральского электровозостроительного завода", "НЭВЗ")
    ents = linked(pipeline, ("Рабочие Новоуральского электровозостроительного завода (НЭВЗ) вышли.", "ru"),
                  ("Рабочі Новоуральського електровозобудівного заводу вийшли.", "uk"))  # both spell НЭВЗ
    assert not any("НЭВЗ" in e.forms and len(e.forms) > 1 for e in ents), [(e.canonical, e.forms) for e in ents]


# -- masculine first names in -ан --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "lang", "form", "lemma"), [
    ("Речник Нурлан Булатов сказав, що загиблих немає.", "uk", "Нурлан Булатов", "Нурлан Булатов"),
    ("Аким Ерлан Жаканов заявив про відключення.", "uk", "Ерлан Жаканов", "Ерлан Жаканов"),
    ("Директор Нурлан Булатов сообщил о пяти погибших.", "ru", "Нурлан Булатов", "Нурлан Булатов"),
    ("Олена Петренко заявила про евакуацію.", "uk", "Олена Петренко", "Олена Петренко"),
])
def test_a_masculine_first_name_in_an_is_no_feminine_plural(pipeline, text, lang, form, lemma):
    got = {m.text: m.lemma for m in tag(pipeline, text, lang) if m.type == "person"}
    assert got.get(form) == lemma, got


def test_a_kazakh_and_a_ukrainian_spelling_of_one_man_link(pipeline):
    ents = linked(pipeline, ("Речник Нурлан Булатов сказав, що загиблих немає.", "uk"),
                  ("Әкім Нұрлан Булатов мәлімдеді.", "kk"))
    assert together(ents, "Нурлан Булатов", "Нұрлан Булатов"), [(e.canonical, e.forms) for e in ents]


# -- ships named after towns -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Утром два малых бронекатера, «Бердянск» и «Никополь», подошли к проливу.", "ru", "Бердянск"),
    ("Утром два малых бронекатера, «Бердянск» и «Никополь», подошли к проливу.", "ru", "Никополь"),
    ("Крейсер «Москва» затонул.", "ru", "Москва"),
    ("Обстріляли два катери ВМС України «Бердянськ» і «Нікополь».", "uk", "Бердянськ"),
    ("Обстріляли два катери ВМС України «Бердянськ» і «Нікополь».", "uk", "Нікополь"),
    ("Ресей «Бердянск» катерін басып алды.", "kk", "Бердянск"),
    ('The gunboats "Berdyansk" and "Nikopol" were seized.', "en", "Nikopol"),
    ("Буксир «Яны Капу» остановили.", "ru", "Яны Капу"),  # (nor a person)
])
def test_a_quoted_ship_name_is_no_place(pipeline, text, lang, name):
    got = [(m.text, m.type) for m in tag(pipeline, text, lang)]
    assert not any(t == name and typ in ("place", "person") for t, typ in got), got


@pytest.mark.parametrize(("text", "lang", "form"), [
    ("Катер вернулся в Бердянск.", "ru", "Бердянск"),  # the town itself, unquoted
    ("Ship traffic resumed in Berdyansk.", "en", "Berdyansk"),
    ("Судно пришло из порта. «Бердянск» — город у моря.", "ru", "Бердянск"),  # a new sentence
])
def test_a_town_near_a_vessel_word_stays_a_place(pipeline, text, lang, form):
    got = {m.text: m.type for m in tag(pipeline, text, lang)}
    assert got.get(form) == "place", got
