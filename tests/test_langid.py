"""Language identification per paragraph: ru, uk, kk, en; short paragraphs inherit."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.langid import LanguageIdentifier
from rashomon.segment import Segmenter


@pytest.fixture(scope="module")
def ident():
    return LanguageIdentifier()


LANGS = [
    # (paragraph, expected)
    ("Сотрудники полиции открыли огонь по бастующим нефтяникам, погибли по меньшей мере 14 человек.", "ru"),
    ("Поліцейські відкрили вогонь по страйкуючих нафтовиках, загинули щонайменше 14 людей.", "uk"),
    ("Полиция ереуілшілерге оқ атты, кемінде 14 адам қаза тапты деп хабарлады.", "kk"),
    ("Police opened fire on striking oil workers, killing at least 14 people, officials said.", "en"),
    ("В городе объявлен комендантский час, сообщает агентство.", "ru"),  # no ы/э/ъ/ё: the model decides
    ("У місті оголошено комендантську годину, повідомляє агентство.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), LANGS)
def test_classify(ident, text, lang):
    assert ident.classify(text)[0] == lang


def run(ident, text):
    doc = Document(id="d", path="d", text=text)
    Segmenter()(doc)
    ident(doc)
    return doc


def test_short_paragraphs_inherit_dominant(ident):
    doc = run(ident, "Жанаозен\n\nПоліцейські відкрили вогонь по страйкуючих нафтовиках, загинули люди.\n\n16.12.2011\n\nDasha Bakay")
    assert doc.lang == "uk"
    assert [p.lang for p in doc.paragraphs] == ["uk", "uk", "uk", "uk"]
    assert doc.paragraphs[0].lang_score == 0.0 and doc.paragraphs[1].lang_score > 0


def test_short_latin_line_takes_latin_neighbour(ident):
    text = ("Поліцейські відкрили вогонь по страйкуючих нафтовиках, загинули люди, повідомляють свідки.\n\n"
            "Witnesses said police fired on the strikers in the square.\n\nReuters")
    doc = run(ident, text)
    assert [p.lang for p in doc.paragraphs] == ["uk", "en", "en"]


def test_dominant_by_characters(ident):
    doc = run(ident, "Short English line here for testing purposes.\n\n" + "Погибли люди на площади, сообщили очевидцы событий. " * 5)
    assert doc.lang == "ru"
    assert [p.lang for p in doc.paragraphs] == ["en", "ru"]


def test_no_letters(ident):
    doc = run(ident, "12 345\n\n— 17 —")
    assert doc.lang is None and all(p.lang is None for p in doc.paragraphs)


def test_mixed_script_lines(ident):
    text = ("Правозащитники сообщили о двадцати пяти погибших, власти признают девять.\n\n"
            "Доклад Steppe Rights Watch\n\n"
            "Контакты: press@rights.example · https://rights.example/report · Полный доклад (PDF, англ.)")
    doc = run(ident, text)
    assert [p.lang for p in doc.paragraphs] == ["ru", "ru", "ru"]


def test_script_change_splits_a_block(ident):
    text = "Kazakhstan dam burst death toll rises to nine. Central Asia Wire, 18 May 2023.\nПравозащитники: при прорыве дамбы погибли не менее 25 человек."
    doc = run(ident, text)
    assert [(doc.quote(p.span)[:5], p.lang) for p in doc.paragraphs] == [("Kazak", "en"), ("Право", "ru")]


def test_declared_language_settles_short_documents(ident):
    doc = Document(id="d", path="d", text="Срочно! Дамба!", metadata={"lang_declared": "uk"})
    Segmenter()(doc)
    ident(doc)
    assert doc.lang == "uk" and doc.paragraphs[0].lang == "uk"
