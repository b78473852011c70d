"""Session 10 round on devset20 (attribution and modality): general patterns, in every language.

- Reports that spread or posts that appear online ("распространяются сведения о", "з'являються дописи
  про", "posts appear about") are rumours from where they appear; partisan or anonymous channels are
  social media; "X speak about" is a speech verb.
- A denial in a trailing relative clause ("..., which officials called disinformation", "..., что МВД
  назвало провокацией") or the next sentence ("called it provocation", "заявила, что эти сведения
  ложны") splits the figure into a rumour row and a denied row.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()


def _claims(text: str, lang: str):
    return PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang=lang)).claims


def _rows(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.source.type if c.source else c.source_type, c.modality) for c in _claims(text, lang)]


RUMOUR_DENIED = [
    ("Some pro-Russian channels claimed more than 30 dead, which Ukrainian officials called disinformation.", "en",
     [("killed", 30, "social_media", "unconfirmed"), ("killed", 30, "official", "denied")]),
    ("Opposition bloggers wrote about 30 dead, which the ministry called propaganda.", "en",
     [("killed", 30, "opposition", "unconfirmed"), ("killed", 30, "official", "denied")]),
    ("Оппозиционные блогеры писали о «30 погибших», что МВД назвало дезинформацией.", "ru",
     [("killed", 30, "opposition", "unconfirmed"), ("killed", 30, "official", "denied")]),
    ("Опозиційні блогери писали про «30 загиблих», що МВС назвало дезінформацією.", "uk",
     [("killed", 30, "opposition", "unconfirmed"), ("killed", 30, "official", "denied")]),
    ("В соцсетях писали о «десятках погибших», что МВД назвало провокацией.", "ru",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "official", "denied")]),
    ('Social networks wrote "about 50 soldiers killed in the gorge". The Ministry of Defense called it provocation.', "en",
     [("killed", 50, "social_media", "unconfirmed"), ("killed", 50, "official", "denied")]),
    ("В интернете писали о «погибших в ОВД», однако прокуратура заявила, что эти сведения ложны.", "ru",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "official", "denied")]),
    ("В ряде интернет-изданий распространяются сведения о «трёх погибших сотрудниках». Эти сведения не соответствуют действительности.", "ru",
     [("killed", 3, "media", "unconfirmed"), ("killed", 3, "author", "denied")]),
    ("У Telegram-каналах і соцмережах з'являються дописи про «десятки загиблих». У міліції назвали ці дописи фейком.", "uk",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "official", "denied")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), RUMOUR_DENIED)
def test_a_rumour_called_false_is_unconfirmed_plus_a_denied_row(text, lang, expected):
    assert _rows(text, lang) == expected


SPEAKERS = [
    ("Update 12.30. The Ministry informs: are detained 35. Eyewitnesses in the town speak about tens of killed on the streets.", "en",
     [("detained", 35, "official", "asserted"), ("killed", None, "eyewitness", "asserted")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SPEAKERS)
def test_the_speaker_of_the_sentence_is_found(text, lang, expected):
    assert _rows(text, lang) == expected
