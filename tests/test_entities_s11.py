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
