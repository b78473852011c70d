"""Quality round 23 (cross-set), dates and timeline rows. All texts are invented (fictional places
and people)."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def events(pipeline, text: str, lang: str) -> list[str]:
    return [e.when for e in pipeline.analyze(Document(id="x.txt", path="x.txt", text=text, lang=lang)).events]


# A day written as the owner of an event ("Saturday's attack") refers back to it; the sentence's own
# event is the other day it states (the statement's day). English only: ru/uk/kk write no such form.
@pytest.mark.parametrize(("text", "event", "backref"), [
    ("VELMORA, 18 March 2031 - Officials said on Monday that nine people were killed in Saturday's attack "
     "on a police post in Velmora.", "2031-03-17", "2031-03-15"),
    ("VELMORA, 18 March 2031 - Rescuers detained two suspects on Monday over Saturday’s blast at the Dorran depot.",
     "2031-03-17", "2031-03-15"),
])
def test_a_possessive_day_is_no_entry_next_to_another_day(pipeline, text, event, backref):
    whens = events(pipeline, text, "en")
    assert event in whens and backref not in whens, whens


def test_a_possessive_day_alone_still_dates_its_sentence(pipeline):
    text = ("VELMORA, 18 March 2031 - The health ministry said 12 people had died "
            "in Wednesday's clashes in Velmora.")
    whens = events(pipeline, text, "en")
    assert "2031-03-12" in whens, whens
