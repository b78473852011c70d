"""Round 24 of claim places (area B): a building or street landmark ("Government House", «Будинок
уряду», "station «X»") is too fine to be a figure's place, the town is; a dateline's town opening the
text is a place the document can fall back on (a weekday's line is no dateline); a headline's "Town
1959:" is no dateline; troops "flown in from X" set no scene for the next sentence; a region named by
its kind ("в крае", "across the region", «өлкеде») is the document's region; a capital followed by an
adverb and a verb of figures ("Moscow later raised it") speaks, it is no scene. All texts invented."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def places(pipeline, text: str, lang: str) -> dict[int, str | None]:
    a = pipeline.analyze(Document(id="x.txt", path="x.txt", text=text, lang=lang))
    return {c.value: c.place for c in a.claims if isinstance(c.value, int)}


# ---- a building's name is no place of its own ---------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Protest in Tver\n\nA crowd gathered in Tver on Monday morning.\n\n"
           "Police detained 40 people outside the House of Culture."),
    ("ru", "Протест в Твери\n\nВ понедельник утром в Твери собралась толпа.\n\n"
           "У Дома культуры полиция задержала 40 человек."),
    ("uk", "Протест у Твері\n\nУ понеділок уранці у Твері зібрався натовп.\n\n"
           "Біля Будинку культури поліція затримала 40 людей."),
    ("kk", "Тверьдегі наразылық\n\nДүйсенбі күні таңертең Тверьде жұрт жиналды.\n\n"
           "Мәдениет үйі алдында полиция 40 адамды ұстады."),
])
def test_building_gives_its_town(pipeline, lang, text):
    assert places(pipeline, text, lang).get(40) == "Tver"


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Войска вошли в Тверь.\n\nВ районе Заречных казарм лежат 20 убитых."),
    ("uk", "Війська увійшли у Твер.\n\nБіля Зарічних казарм лежать 20 убитих."),
    ("en", "Troops entered Tver.\n\nNear the Zarechny barracks lay 20 dead."),
])
def test_barracks_named_by_an_adjective_give_the_town(pipeline, lang, text):
    assert places(pipeline, text, lang).get(20) == "Tver"


# ---- a dateline's town at the top ---------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Твер, 9 квітня: тридцять років після ночі\n\n«Вечірній оглядач»\n\n"
           "Тридцять років тому біля Будинку уряду загинули 16 людей."),
    ("ru", "Тверь, 9 апреля: тридцать лет после ночи\n\n«Вечерний обозреватель»\n\n"
           "Тридцать лет назад у Дома правительства погибли 16 человек."),
    ("en", "Tver, 9 April: thirty years after the night\n\nEvening Observer\n\n"
           "Thirty years ago 16 people were killed outside Government House."),
])
def test_dateline_town_over_a_building(pipeline, lang, text):
    assert places(pipeline, text, lang).get(16) == "Tver"


def test_weekday_line_is_no_dateline(pipeline):
    text = ("Обстріл Твері: хроніка\n\nУ Твері вночі пролунали вибухи.\n\n"
            "Середа, 16 квітня, 12:00 — поліція затримала 3 мешканців області.")
    assert places(pipeline, text, "uk").get(3) == "Tver"


# ---- a headline's year after the town is no dateline; an origin sets no scene ------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tver 1962: the riot nobody reported\n\nIn August 1962 builders at Tver rose against unpaid wages.\n\n"
           "Workers sacked the shops the next day. Troops flown in from Kaluga opened fire. "
           "Officially 11 people were shot dead."),
    ("ru", "Тверь 1962: бунт, о котором молчали\n\nВ августе 1962 года строители в Твери восстали из-за зарплаты.\n\n"
           "На следующий день рабочие разгромили магазины. Войска, переброшенные из Калуги, открыли огонь. "
           "Официально погибли 11 человек."),
])
def test_headline_year_and_origin(pipeline, lang, text):
    assert places(pipeline, text, lang).get(11) == "Tver"


# ---- a region named again by its kind -----------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "region"), [
    ("ru", "Ливни в Тверской области\n\nВ Тверской области третий день идут ливни.\n\n"
           "По данным МЧС, в области погибли 12 человек, из них 5 - в Твери.", ("Tver Oblast", "Tver")),
    ("uk", "Зливи на Полтавщині\n\nУ Полтавській області третій день ідуть зливи.\n\n"
           "За даними ДСНС, в області загинули 12 людей, з них 5 - у Кременчуці.", ("Poltava Oblast", "Kremenchuk")),
    ("en", "Rain in the Tver region\n\nHeavy rain has hit the Tver Oblast for three days.\n\n"
           "12 people died across the region, 5 of them in Tver.", ("Tver Oblast", "Tver")),
    ("kk", "Тверь облысындағы нөсер\n\nТверь облысында үш күн нөсер жауды.\n\n"
           "ТЖМ дерегі бойынша, облыста 12 адам қаза тапты, оның 5-і Тверьде.", ("Tver Oblast", "Tver")),
])
def test_region_by_its_kind(pipeline, lang, text, region):
    got = places(pipeline, text, lang)
    assert (got.get(12), got.get(5)) == region, got


# ---- a capital that later raised a figure speaks ------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Night of the tanks in Tver\n\nTroops entered Tver at night. Dozens of bodies lay in Tver by dawn.\n\n"
           "The first figure was 83 dead. Moscow later raised it: the Defence Ministry spoke of 131 killed."),
    ("ru", "Ночь танков в Твери\n\nНочью войска вошли в Тверь. К утру в Твери лежали десятки тел.\n\n"
           "Первая цифра была 83 погибших. Москва позже повысила её: Минобороны назвало 131 погибшего."),
    ("uk", "Ніч танків у Твері\n\nВночі війська увійшли у Твер. Уранці у Твері лежали десятки тіл.\n\n"
           "Перша цифра була 83 загиблих. Москва згодом підвищила її: Міноборони назвало 131 загиблого."),
])
def test_capital_raising_a_figure_is_no_scene(pipeline, lang, text):
    assert places(pipeline, text, lang).get(131) == "Tver"


# ---- "на X" / "on X" with a name no gazetteer knows: a street or square of the town ---------------

@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Давка на Заречной: 30 погибших\n\nВечером в Твери началась гроза. Люди бросились в переход, в Твери погибли 31 человек."),
    ("uk", "Тиснява на Вербовій: 30 загиблих\n\nУвечері у Твері почалася гроза. Люди кинулися в перехід, у Твері загинули 31 людина."),
    ("en", "Crush on Zarechna: 30 dead\n\nA storm broke over Tver in the evening. People ran into the underpass; 31 died in Tver."),
])
def test_on_an_unknown_street_gives_the_town(pipeline, lang, text):
    assert places(pipeline, text, lang).get(30) == "Tver"
