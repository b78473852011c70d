"""Round 33 (lead): a one-word gazetteer hit on a Latin word (or an all-caps acronym) that only reaches
a town abroad through another spelling of its name, in a country the document never names, is not that
town: an acronym of five letters that some city's alternate name happens to spell ("ZARYA" -> Zaria,
"SALAM" -> a town of Oman) or a place the gazetteer lacks whose name is one letter off a far town's.
The town written as the gazetteer writes it, or in a document naming its country, stays a place.
All sentences are invented."""

from __future__ import annotations

import pytest

from tests.claims_helpers import places_of
from tests.entity_helpers import linked


def _places(pipeline, text: str, lang: str) -> set[str]:
    return {e.canonical for e in linked(pipeline, (text, lang)) if e.type == "place"}


@pytest.mark.parametrize("acronym", ["ZARYA", "SALAM"])
def test_an_acronym_spelling_a_far_towns_other_name_is_no_place(pipeline, acronym: str) -> None:
    text = f"Volunteers of {acronym} said on Monday that 12 people were injured in Valdoria."
    assert not _places(pipeline, text, "en") & {"Zaria", "Şaḩam"}


def test_the_same_town_written_as_the_gazetteer_writes_it_stays(pipeline) -> None:
    text = "The rally in Aurora drew 300 people, police said on Monday."
    assert "Aurora" in _places(pipeline, text, "en")


def test_an_acronym_gives_no_far_place_to_figures() -> None:
    assert "Zaria" not in places_of("ZARYA reported that 40 people were detained on Sunday.", "en", 40)
