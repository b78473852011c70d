"""A one-word organisation name that is also a common word (ru «Весна» the rights centre, «весна» the
season) is an organisation in quotes or mid-sentence, never when it opens a sentence unquoted."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.entities import EntityTagger
from rashomon.segment import Segmenter

TAGGER = EntityTagger()


def _orgs(text: str, lang: str) -> list[tuple[int, str]]:
    doc = Document(id="d", path="d", text=text, lang=lang)
    Segmenter()(doc)
    return [(m.span[0], m.text) for m in TAGGER(doc) if m.type == "org"]


@pytest.mark.parametrize("text,lang,expected", [
    ("Весна 2011 года выдалась холодной. Правозащитный центр «Весна» сообщил о задержаниях.", "ru", ["Весна"]),
    ("Весна прийшла рано. Правозахисний центр «Весна» повідомив про затримання.", "uk", ["Весна"]),
    ("«Весна» сообщила о задержанных.", "ru", ["Весна"]),
    ("По данным Весны, задержаны сорок человек.", "ru", ["Весны"]),
    ("Міноборони Росії заявило про знищення військових.", "uk", ["Міноборони Росії"]),  # indeclinable compound
    ("Минобороны сообщило о потерях.", "ru", ["Минобороны"]),
])
def test_common_word_opening_a_sentence_is_no_organisation(text, lang, expected):
    got = _orgs(text, lang)
    assert [t for _, t in got] == expected
    if not text.startswith(("«", "Мін", "Мин")):  # the sentence-initial common word is not among them
        assert all(start > 0 for start, _ in got)
