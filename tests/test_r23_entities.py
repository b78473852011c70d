"""Entity forms of round 23 (cross-set): a mention's alias becomes a form of its entity — the nominative
target of a wiki link written in a case form, a Kazakh district's name with its district word, the
names a web page shows outside its text (<title> with the site's name, a footer's ©); the English bare
name Memorial standing alone, SES, Liberty Square. Invented sentences, fictional places and people."""

from __future__ import annotations

from entity_helpers import together

from rashomon.document import Document, Link
from rashomon.entities import EntityLinker
from rashomon.readers.html import convert


def _linked(pipeline, *docs: Document):
    linker = EntityLinker()
    for doc in docs:
        pipeline.prepare(doc)
        linker.add(pipeline.entity_tagger(doc))
    return linker.resolve()


def _wiki(k: int, text: str, lang: str, links: list[tuple[str, str, str]]) -> Document:
    """A document whose ``links`` are (label as written, what follows it in the link, target)."""
    doc = Document(id=f"w{k}.wiki", path=f"w{k}.wiki", text=text, lang=lang)
    for label, _, target in links:
        s = text.index(label)
        doc.links.append(Link((s, s + len(label)), target))
    return doc


def _plain(k: int, text: str, lang: str) -> Document:
    return Document(id=f"d{k}.txt", path=f"d{k}.txt", text=text, lang=lang)


def test_link_target_of_a_person_in_a_case_is_a_form(pipeline):
    text = "Пленум освободил от должности Степана Ворожкина и избрал первым секретарём Тимура Ладыгина."
    doc = _wiki(0, text, "ru", [("Степана Ворожкина", "", "Степан Ворожкин"), ("Тимура Ладыгина", "", "Тимур Ладыгин")])
    ents = _linked(pipeline, doc)
    assert together(ents, "Степана Ворожкина", "Степан Ворожкин"), [(e.canonical, e.forms) for e in ents]
    assert together(ents, "Тимура Ладыгина", "Тимур Ладыгин")
    assert not together(ents, "Степан Ворожкин", "Тимур Ладыгин")


def test_link_target_uk_and_kk(pipeline):
    uk = _wiki(1, "Комісію очолив Остап Гнатюк-Верес, а доповідь підписала Ярини Сокольчук.", "uk",
               [("Ярини Сокольчук", "", "Ярина Сокольчук")])
    kk = _wiki(2, "Комиссияны Ерғали Тұрсынбековтың орынбасары басқарды.", "kk",
               [("Ерғали Тұрсынбековтың", "", "Ерғали Тұрсынбеков")])
    ents = _linked(pipeline, uk, kk)
    assert together(ents, "Ярини Сокольчук", "Ярина Сокольчук"), [(e.canonical, e.forms) for e in ents]
    assert together(ents, "Ерғали Тұрсынбековтың", "Ерғали Тұрсынбеков"), [(e.canonical, e.forms) for e in ents]


def test_link_target_with_the_ending_after_the_link(pipeline):
    # [[Заречногорск]]а: the link covers the name, the case ending follows it
    text = "Восстание заключённых лагеря близ города Заречногорска продолжалось 40 дней."
    s = text.index("Заречногорск")
    doc = Document(id="w3.wiki", path="w3.wiki", text=text, lang="ru", links=[Link((s, s + len("Заречногорск")), "Заречногорск")])
    ents = _linked(pipeline, doc)
    forms = {f for e in ents for f in e.forms}
    assert "Заречногорска" in forms
    assert together(ents, "Заречногорска", "Заречногорск"), [(e.canonical, e.forms) for e in ents]


def test_a_link_to_another_name_is_no_form(pipeline):
    # a link whose target is not the label's name in another case adds nothing
    text = "Митинг прошёл в Заречногорске и в Ольховке."
    s = text.index("Ольховке")
    doc = Document(id="w4.wiki", path="w4.wiki", text=text, lang="ru", links=[Link((s, s + len("Ольховке")), "Белый Яр")])
    ents = _linked(pipeline, doc)
    assert not any("Белый Яр" in e.forms for e in ents), [(e.canonical, e.forms) for e in ents]


def test_kk_district_with_its_word_is_a_form(pipeline):
    ents = _linked(pipeline, _plain(5, "Кеше су Қызылтал ауданына жетті. Кейін министр Қызылтал ауданына барды.", "kk"),
                   _plain(6, "Кеше өрт Ақжарқын ауданындағы қоймада болды.", "kk"))
    assert together(ents, "Қызылтал", "Қызылтал ауданына"), [(e.canonical, e.forms) for e in ents]
    assert together(ents, "Ақжарқын", "Ақжарқын ауданындағы"), [(e.canonical, e.forms) for e in ents]
    assert not together(ents, "Қызылтал", "Ақжарқын")


def test_memorial_alone_is_the_rights_centre(pipeline):
    ents = _linked(pipeline, _plain(7, "The rights centre Memorial recorded 40 bodies. Later Memorial said dozens died.", "en"),
                   _plain(8, "Правозащитный центр «Мемориал» насчитал 40 тел.", "ru"),
                   _plain(9, "Правозахисний центр «Меморіал» нарахував 40 тіл.", "uk"),
                   _plain(10, "«Мемориал» құқық қорғау орталығы 40 денені тіркеді.", "kk"))
    assert together(ents, "Memorial", "Мемориал", "Меморіал"), [(e.canonical, e.forms) for e in ents]


def test_memorial_inside_another_name_is_not_the_centre(pipeline):
    ents = _linked(pipeline, _plain(11, "Wreaths were laid at the Varnell Memorial and at the Marsh Memorial. "
                                        "Memorial services were held on Sunday.", "en"),
                   _plain(12, "Правозащитный центр «Мемориал» сообщил.", "ru"))
    centre = [e for e in ents if "Мемориал" in e.forms]
    assert centre and "Memorial" not in centre[0].forms, [(e.canonical, e.forms) for e in ents]


def test_ses_is_the_emergency_service(pipeline):
    ents = _linked(pipeline, _plain(13, "Update 19.00. The SES informs: 15 persons are lost.", "en"),
                   _plain(14, "ДСНС повідомила про 15 загиблих.", "uk"))
    assert together(ents, "SES", "ДСНС"), [(e.canonical, e.forms) for e in ents]


def test_liberty_square_is_freedom_square(pipeline):
    ents = _linked(pipeline, _plain(15, "A rally on Liberty Square in Yerevan gathered 10,000 people.", "en"),
                   _plain(16, "Митинг на площади Свободы в Ереване собрал 10 тысяч человек.", "ru"),
                   _plain(17, "Мітинг на площі Свободи в Єревані зібрав 10 тисяч людей.", "uk"),
                   _plain(18, "Ереванның Бостандық алаңында митинг болды.", "kk"))
    assert together(ents, "Liberty Square", "площади Свободы", "площі Свободи", "Бостандық алаңында"), \
        [(e.canonical, e.forms) for e in ents]


_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Update on the strike on the city clinic | Ministry of Health of Ukraine</title></head>
<body><article><h1>Update on the strike on the city clinic</h1>
<p>On Monday a missile hit the clinic. The Ministry of Health said 12 people were injured and 3 were killed.</p>
<p>Doctors continue to treat the wounded.</p></article>
<footer>© 2024 Ministry of Health of Ukraine. 1 Example St.</footer></body></html>"""


def test_html_page_names_are_metadata():
    ex = convert(_PAGE)
    assert "Ministry of Health of Ukraine" in ex.meta["page_names"]
    assert "Ministry of Health of Ukraine" not in ex.text


def _html_doc(markup: str, k: int) -> Document:
    ex = convert(markup)
    doc = Document(id=f"p{k}.html", path=f"p{k}.html", text=ex.text, lang="en", links=ex.links, sections=ex.sections)
    doc.metadata = ex.meta
    return doc


def test_page_title_names_the_mention_of_the_text(pipeline):
    ents = _linked(pipeline, _html_doc(_PAGE, 0), _plain(19, "МОЗ України повідомило про 3 загиблих.", "uk"))
    assert together(ents, "Ministry of Health", "Ministry of Health of Ukraine"), [(e.canonical, e.forms) for e in ents]


def test_page_publisher_the_text_never_names(pipeline):
    page = _PAGE.replace("The Ministry of Health said", "Officials in Yerevan said").replace(
        "Ministry of Health of Ukraine", "Ministry of Emergency Situations of Armenia")
    ents = _linked(pipeline, _html_doc(page, 1), _plain(20, "МНС Вірменії повідомило про 3 загиблих.", "uk"),
                   _plain(21, "МЧС Армении сообщило о трёх погибших.", "ru"))
    assert together(ents, "МНС Вірменії", "Ministry of Emergency Situations of Armenia"), [(e.canonical, e.forms) for e in ents]
    assert not any(e.forms == ["Ministry of Emergency Situations of Armenia"] for e in ents)


def test_of_the_republic_keys_the_institution(pipeline):
    ents = _linked(pipeline, _plain(22, "The Ministry of Emergency Situations of the Republic of Uzbekistan said 3 died in Kyiv.", "en"),
                   _plain(23, "МНС Узбекистану повідомило про 3 загиблих.", "uk"),
                   _plain(24, "МЧС Узбекистана сообщило о трёх погибших.", "ru"),
                   _plain(25, "Өзбекстан ТЖМ үш адам қаза тапқанын хабарлады.", "kk"))
    assert together(ents, "Ministry of Emergency Situations of the Republic of Uzbekistan", "МНС Узбекистану",
                    "МЧС Узбекистана", "Өзбекстан ТЖМ"), [(e.canonical, e.forms) for e in ents]


def test_republic_form_gives_the_bare_name(pipeline):
    ents = _linked(pipeline, _plain(26, "Беспорядки произошли в Нукусе Республики Каракалпакстан.", "ru"),
                   _plain(27, "Заворушення сталися в Нукусі Республіки Каракалпакстан.", "uk"),
                   _plain(28, "Қарақалпақстан Республикасында тәртіпсіздік болды.", "kk"),
                   _plain(29, "Riots broke out in the Republic of Karakalpakstan.", "en"))
    assert together(ents, "Республики Каракалпакстан", "Каракалпакстан", "Қарақалпақстан", "Karakalpakstan"), \
        [(e.canonical, e.forms) for e in ents]
