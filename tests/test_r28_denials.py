"""Denials, round 28: invented sentences about invented places, in every language where the
construction exists.

- a figure called unverified, invented or a fantasy ("называет эту цифру «непроверенной»",
  "called such numbers invented", "called it a fantasy", "тексерілмеген деп атады") is denied by
  the caller, besides the row of the figure itself (``denial_lie_words.txt``, "such" a pointer);
- a rumour and, after a clause mark, a denier pointing back at it with a pointer before the verb of
  calling ("слухи о 40 убитых; в МВД эти разговоры назвали ложью") are two rows: the rumour,
  unconfirmed and from no named source, and the denial, from the denier. Without the pointer
  ("Слухи о сотнях погибших ГКНБ назвал ложью") it stays one denied row.
"""

from __future__ import annotations

import pytest
from claims_helpers import segmented


def _got(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.source.name if c.source else None, c.source.type if c.source else c.source_type, c.modality)
            for c in segmented(text, lang)]


CALLED = [
    ("ru", "Блогеры пишут, что в Зельмаре погибли 45 человек. Позже МЧС называет эту цифру «непроверенной».", "МЧС"),
    ("uk", "Блогери пишуть, що в Зельмарі загинули 45 людей. Пізніше ДСНС називає цю цифру «неперевіреною».", "ДСНС"),
    ("en", "A forum post claims over 45 were killed in Zelmar. The Zelmar authorities called such numbers invented.", "Zelmar authorities"),
    ("en", "Bloggers write that 45 died in Zelmar. The health ministry called it a fantasy.", "health ministry"),
    ("kk", "Блогерлер Зелмарда 45 адам қаза тапты деп жазды. Министрлік бұл ақпаратты тексерілмеген деп атады.", "Министрлік"),
    ("kk", "Блогерлер Зелмарда 45 адам қаза тапты деп жазды. Министрлік бұл ақпаратты қиял деп атады.", "Министрлік"),
]


@pytest.mark.parametrize(("lang", "text", "denier"), CALLED)
def test_figure_called_unverified_or_invented_is_denied(lang, text, denier):
    got = _got(text, lang)
    assert ("killed", 45, denier, "official", "denied") in got, got
    assert any(g[1] == 45 and g[4] == "unconfirmed" for g in got), got


POINTED = [
    ("ru", "По городу ходили слухи о 40 убитых; в МВД эти разговоры назвали ложью.", "МВД"),
    ("uk", "Містом ходили чутки про 40 загиблих; у МВС ці розмови назвали брехнею.", "МВС"),
    ("en", "Rumours of 40 dead spread in the town; police called them lies.", "police"),
]


@pytest.mark.parametrize(("lang", "text", "denier"), POINTED)
def test_rumour_then_pointing_denier_is_two_rows(lang, text, denier):
    got = _got(text, lang)
    assert ("killed", 40, denier, "official", "denied") in got, got
    assert any(g[1] == 40 and g[4] == "unconfirmed" and g[2] != denier for g in got), got


def test_rumour_denied_without_pointer_is_one_row():
    got = _got("Слухи о 100 погибших ГКНБ назвал ложью.", "ru")
    assert [g[4] for g in got] == ["denied"], got


SITES = [
    ("en", "Reports on some websites that more than 50 miners died in Zelmar are untrue. We paid every family."),
    ("ru", "Сообщения некоторых сайтов о том, что в Зельмаре погибли более 50 горняков, не соответствуют действительности."),
    ("uk", "Повідомлення деяких сайтів про те, що в Зельмарі загинули понад 50 гірників, не відповідають дійсності."),
    ("kk", "Кейбір сайттар Зелмарда 50-ден астам кенші қаза тапты деп жазды. Бұл ақпарат жалған."),
]


@pytest.mark.parametrize(("lang", "text"), SITES)
def test_some_websites_called_untrue_is_two_rows(lang, text):
    got = _got(text, lang)
    assert any(g[1] == 50 and g[3] == "social_media" and g[4] == "unconfirmed" for g in got), got
    assert any(g[1] == 50 and g[4] == "denied" for g in got), got
