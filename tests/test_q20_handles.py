"""A word written lowercase only inside a handle, a hashtag or an address ("by sughd_diary",
"@khatlon_news", "www.dagestan.ru") is no common word: its capitalized use is still a name."""

from __future__ import annotations

import pytest
from entity_helpers import linked

from rashomon.document import Document


@pytest.mark.parametrize("text,lang,form", [
    ("Posted by sughd_diary\n\nSources in Sughd reported new figures.", "en", "Sughd"),
    ("Follow @khatlon_news for updates. Police in Khatlon detained 5 people.", "en", "Khatlon"),
    ("Источник: www.dagestan.ru\n\nВ Дагестане задержаны 3 человека.", "ru", "Дагестане"),
])
def test_lowercase_inside_a_handle_is_no_common_word(pipeline, text, lang, form):
    ents = linked(pipeline, (text, lang))
    assert any(form in e.forms and e.type == "place" for e in ents), [(e.canonical, e.type, e.forms) for e in ents]


def test_lowercase_outside_a_handle_still_counts():
    from rashomon._entity_doc import ScanDoc

    d = ScanDoc(Document(id="x", path="x", text="by sughd_diary. The sughd word, Sughd.", lang="en"))
    assert "sughd" in d.lower_seen
    d = ScanDoc(Document(id="x", path="x", text="by sughd_diary. Sughd.", lang="en"))
    assert "sughd" not in d.lower_seen
