"""Attribution, round 25: invented sentences about invented places, in every language where the
construction exists. Texts are segmented as the product does.

- a figure a rumour tells, with no one named who spread it, has the rumour for its source ("В городе
  ходят слухи о сотне погибших", 'the "hundreds dead" rumours', Kazakh "... деген қауесет").
"""

from __future__ import annotations

import pytest
from claims_helpers import segmented


def _got(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.source.name if c.source else None, c.source.type if c.source else c.source_type, c.modality)
            for c in segmented(text, lang)]


RUMOURS = [
    ("В посёлке ходят слухи о сорока погибших.", "ru", ("killed", 40, "слухи", "unknown", "unconfirmed")),
    ("У Дереславі поширюються чутки: загиблих понад 40.", "uk", ("killed", 40, "чутки", "unknown", "unconfirmed")),
    ("Rumours in the valley spoke of 40 dead.", "en", ("killed", 40, "Rumours in the valley", "unknown", "unconfirmed")),
    ("Ауылда 40 адам қаза тапты деген қауесет тарады.", "kk", ("killed", 40, "қауесет", "unknown", "unconfirmed")),
]


@pytest.mark.parametrize(("text", "lang", "want"), RUMOURS)
def test_rumour_is_the_source(text, lang, want):
    assert want in _got(text, lang)


def test_rumour_with_denier_keeps_denier():
    got = _got("В посёлке ходят слухи о сорока погибших. Полиция называет их «вымыслом».", "ru")
    assert ("killed", 40, "слухи", "unknown", "unconfirmed") in got
    assert all(not (g[4] == "denied" and g[2] == "слухи") for g in got)


def test_named_spreader_wins():
    got = _got("Анонимные телеграм-каналы распространяли слухи о 500 погибших.", "ru")
    assert got and got[0][2] != "слухи" and got[0][3] == "social_media"


HEADLINE_ADMITS = [
    ("Ministry admits 12 soldiers killed in strike on depot", "en", ("killed", 12, "Ministry", "official", "asserted")),
]


@pytest.mark.parametrize(("text", "lang", "want"), HEADLINE_ADMITS)
def test_headline_admits(text, lang, want):
    assert want in _got(text, lang)


def test_passive_denier():
    got = _got('A claim circulating on Telegram channels that "600 soldiers" were killed was dismissed as "fabricated" '
               "by the Defence Ministry, which said the building was empty.", "en")
    assert ("killed", 600, "Telegram channels", "social_media", "unconfirmed") in got
    assert ("killed", 600, "Defence Ministry", "official", "denied") in got


def test_passive_denier_with_adjective():
    got = _got("Posts on social media about 300 dead were dismissed as fake by the regional police.", "en")
    assert ("killed", 300, "regional police", "official", "denied") in got
