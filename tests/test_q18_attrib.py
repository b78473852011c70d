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


OTHER_DENIAL = [
    ("The regional Interior Ministry said that only 27 people were detained and denied any beatings.", "en",
     [("detained", 27, "official", "asserted")]),
    ("The ministry said 3 people died and denied reports of 40 dead.", "en",
     [("killed", 3, "official", "asserted"), ("killed", 40, "official", "denied")]),
    ("МВС визнає лише, що було затримано «кілька десятків» порушників, і заперечує побиття.", "uk",
     [("detained", None, "official", "asserted")]),
    ("МВС визнає, що затримано 20 людей, і заперечує, що загинули 5.", "uk",
     [("detained", 20, "official", "asserted"), ("killed", 5, "official", "denied")]),
    ("МВД признает, что задержаны 20 человек, и отрицает избиения.", "ru", [("detained", 20, "official", "asserted")]),
    ("ІІМ 20 адам ұсталғанын мойындады және ұрып-соғуды жоққа шығарды.", "kk", [("detained", 20, "official", "asserted")]),
    # a pointer after the denial verb still denies the figure before it
    ("Activists said 30 died and officials denied it.", "en",
     [("killed", 30, "activist", "unconfirmed"), ("killed", 30, "official", "denied")]),
    ("Белсенділер 30 адам қаза тапты деп мәлімдеді және министрлік мұны жоққа шығарды.", "kk",
     [("killed", 30, "activist", "unconfirmed"), ("killed", 30, "official", "denied")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OTHER_DENIAL)
def test_a_denial_of_another_thing_does_not_deny_the_figure_before_it(text, lang, expected):
    assert _rows(text, lang) == expected


AUTHOR_VOICE = [
    # a headline naming an event before its colon is no speaker
    ("Ақтөбеде ҰҚК ғимаратында жарылыс: бір адам қаза тапты, екі адам жараланды", "kk",
     [("killed", 1, "author", "asserted"), ("injured", 2, "author", "asserted")]),
    ("Взрыв в здании КНБ в Актобе: один человек погиб, двое ранены", "ru",
     [("killed", 1, "author", "asserted"), ("injured", 2, "author", "asserted")]),
    ("Blast at KNB office: one dead, two injured", "en", [("killed", 1, "author", "asserted"), ("injured", 2, "author", "asserted")]),
    ("ТЖМ: бір адам қаза тапты", "kk", [("killed", 1, "official", "asserted")]),
    # "we" of a release after a fronted phrase is the author
    ("On the basis of these statements we estimate that at least 500 people were beaten.", "en",
     [("injured", 500, "author", "asserted")]),
    # a place in a table's first column is no source; a body is
    ("| Location | Detained | Beaten |\n| Town police station | 150 | 120 |\n", "en",
     [("detained", 150, "author", "asserted"), ("injured", 120, "author", "asserted")]),
    ("| Source | Killed |\n| Police | 40 |\n", "en", [("killed", 40, "official", "asserted")]),
    # a denial in the next sentence is no source of the figure before it
    ("Number of wounded policemen has increased to 9. The Islamic Party denies its participation and says that the figures of the authorities are lie.", "en",
     [("injured", 9, "author", "asserted")]),
    ("Number of wounded policemen has increased to 9. The figures were given by the ministry.", "en",
     [("injured", 9, "official", "asserted")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), AUTHOR_VOICE)
def test_no_false_speaker(text, lang, expected):
    assert _rows(text, lang) == expected


NO_EVIDENCE = [
    ("Оппозиционная партия заявила о «сотнях задержанных», но доказательств не привела.", "ru"),
    ("Опозиційна партія заявила про «сотні затриманих», але доказів не навела.", "uk"),
    ("The opposition party spoke of \"hundreds of detainees\" but gave no evidence.", "en"),
    ("Оппозициялық партия «жүздеген адам» ұсталғанын мәлімдеді, бірақ дәлел келтірмеді.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), NO_EVIDENCE)
def test_a_figure_given_without_evidence_is_unconfirmed(text, lang):
    assert _rows(text, lang) == [("detained", None, "opposition", "unconfirmed")]
