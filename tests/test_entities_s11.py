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


# a landmark's town: never a town named only for its clock ("Бішкек уақыты бойынша", "Moscow time");
# a mine or a dam under a dateline takes the region named just before it
LANDMARKS = [
    ("Бішкек, 1 маусым — Дала ақпарат.\n\nЖұма күні Қырғызстанның Ыстықкөл облысындағы Сару ауылының тұрғындары «Құмтөр» "
     "кенішіне баратын жолды жауып тастады. Бішкек уақыты бойынша сағат 06:00 шамасында қақтығыс басталды.", "kk", "Kumtor mine (Issyk-Kul Region)"),
]


@pytest.mark.parametrize(("text", "lang", "canonical"), LANDMARKS)
def test_landmark_town(pipeline, text, lang, canonical):
    doc = Document(id="d.txt", path="d.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    got = [m.canonical for m in pipeline.entity_tagger(doc) if getattr(m, "how", "") == "landmark"]
    assert got and all(c == canonical for c in got), got


def test_zone_town():
    from rashomon._entity_known import _zone_town
    from rashomon.model import Mention

    for text, name in (("в 10:00 по времени Бишкека", "Бишкека"), ("at 10:00 Moscow time", "Moscow"), ("Бішкек уақыты бойынша", "Бішкек")):
        a = text.index(name)
        m = Mention(doc="d", span=(a, a + len(name)), text=name, type="place")
        assert _zone_town(text, m), text
    m = Mention(doc="d", span=(0, 6), text="Бишкек", type="place")
    assert not _zone_town("Бишкек, 1 июня. Протест у здания", m)
