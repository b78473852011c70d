"""Entities, session 11: a title-case headline's capitals are no evidence of a name. An organisation
or person found on such a line only by its capitals ("Police Fire", "Disputed Vote", «В Нефтяном
Городе») is dropped unless its text (a person's surname) appears again in the document; a sentence-case
heading keeps its names."""

from __future__ import annotations

import pytest

from rashomon.document import Document

ROWS = [
    ("Kazakh Police Fire On Striking Oil Workers\n\nThe police opened fire on striking oil workers in Zhanaozen.", "en",
     ["Zhanaozen"], ["Police Fire", "Striking Oil"]),
    ("Mass Protests Rock Georgian Capital After Disputed Vote\n\nMass protests followed the disputed vote, said Human Rights Watch.", "en",
     ["Human Rights Watch"], ["Disputed Vote"]),
    ("Human Rights Watch Says Police Used Excessive Force\n\nHuman Rights Watch said the police used excessive force.", "en",
     ["Human Rights Watch"], []),
    ("Nursultan Nazarbayev Fires Akim After Riots\n\nPresident Nazarbayev fired the akim after the riots.", "en",
     ["Nursultan Nazarbayev", "Nazarbayev"], []),
    ("Смертельные Беспорядки В Нефтяном Городе\n\nПолиция открыла огонь в нефтяном городе, начались беспорядки.", "ru",
     [], ["В Нефтяном Городе"]),
    ("Update on the strike on the Okhmatdyt National Children's Specialized Hospital\n\nThe hospital was hit at noon.", "en",
     ["Okhmatdyt National Children's Specialized Hospital"], []),
]


@pytest.mark.parametrize(("text", "lang", "kept", "dropped"), ROWS)
def test_headline_capitals(pipeline, text, lang, kept, dropped):
    doc = Document(id="d.txt", path="d.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    got = [m.text for m in pipeline.entity_tagger(doc)]
    for k in kept:
        assert k in got, got
    for x in dropped:
        assert x not in got, got


# an organisation named by a capitalized adjective and a lowercase head («Исламское движение
# Узбекистана», «Правого сектора», «Грузинська асоціація молодих юристів»), every case under one lemma
ORGS = [
    ("Ответственность взяло на себя Исламское движение Узбекистана, сообщили в МВД.", "ru",
     "Исламское движение Узбекистана", "Исламское движение Узбекистана"),
    ("Боевики Исламского движения Узбекистана напали на заставу.", "ru",
     "Исламского движения Узбекистана", "Исламское движение Узбекистана"),
    ("Активисты Правого сектора приехали в Мукачево.", "ru", "Правого сектора", "Правый сектор"),
    ("Бійці Правого сектору відкрили вогонь.", "uk", "Правого сектору", "Правий сектор"),
    ("Про це заявила Грузинська асоціація молодих юристів.", "uk",
     "Грузинська асоціація молодих юристів", "Грузинська асоціація молодих юристів"),
    ("Лидер партии Народный фронт выступил.", "ru", "Народный фронт", "Народный фронт"),
]


@pytest.mark.parametrize(("text", "lang", "form", "lemma"), ORGS)
def test_lowercase_head_orgs(pipeline, text, lang, form, lemma):
    doc = Document(id="d.txt", path="d.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    got = {m.text: (m.type, m.lemma) for m in pipeline.entity_tagger(doc)}
    assert got.get(form) == ("org", lemma), got


@pytest.mark.parametrize("text", ["Правящая партия отказалась комментировать.", "Новая партия была создана в мае."])
def test_sentence_initial_adjective_is_no_org(pipeline, text):
    doc = Document(id="d.txt", path="d.txt", text=text, lang="ru")
    pipeline.prepare(doc)
    assert not [m for m in pipeline.entity_tagger(doc) if m.type == "org"]
