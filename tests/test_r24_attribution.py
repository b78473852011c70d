"""Attribution, round 24 (cross-set): invented sentences about invented places and people, in every
language where the construction exists. Texts are segmented as the product does.

- a word "official(ly)" right before a figure is its source ("Officially 11 people were shot dead",
  "ресми 22 құрбан, 565 жаралы"); Kazakh headline clauses "X N, Y жүздеген дейді / еске алады";
- archive and declassified documents are official, and "list" is their verb;
- an organisation's own release speaks in its own voice ("Our foundation has documented ...");
- a denial that calls a rumour "provocative", "a myth", "fakes", «өтірік», "арандату", or "not
  confirmed by documents, untrue" adds the denied row with the denier as source;
- "N died, and the papers wrote of M": the speaker of the second clause does not reach the first.
"""

from __future__ import annotations

import pytest
from claims_helpers import segmented


def _got(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.source.name if c.source else None, c.source.type if c.source else c.source_type, c.modality)
            for c in segmented(text, lang)]


OFFICIAL_WORD = [
    ("Officially 11 people were shot dead and five more died in hospital.", "en"),
    ("Официально 11 человек погибли, ещё пятеро умерли в больнице.", "ru"),
    ("Офіційно 11 людей загинули, ще п'ятеро померли в лікарні.", "uk"),
    ("Велмора оқиғасы: ресми 11 құрбан, 5 жаралы", "kk"),
]


@pytest.mark.parametrize("text,lang", OFFICIAL_WORD)
def test_official_word_before_figure(text, lang):
    got = _got(text, lang)
    assert got and all(g[3] == "official" and g[2] for g in got), got


@pytest.mark.parametrize("text,want", [
    ("Велмора оқиғасы: ресми 12 құрбан, куәгерлер жүздеген жаралыны еске алады", [("killed", 12, "official"), ("injured", None, "eyewitness")]),
    ("Велмора оқиғасы: ресми 12 құрбан, тұрғындар мыңдаған дейді", [("killed", 12, "official"), ("killed", None, "eyewitness")]),
])
def test_kk_headline_two_clauses(text, want):
    assert [(g[0], g[1], g[3]) for g in _got(text, "kk")] == want


@pytest.mark.parametrize("text,lang", [
    ("Archive papers list 16 dead in the Velmora unrest.", "en"),
    ("Declassified documents put the toll of the Velmora riot at 16 dead.", "en"),
    ("Архивные документы называют 16 погибших.", "ru"),
    ("Архівні документи називають 16 загиблих.", "uk"),
])
def test_archive_documents_official(text, lang):
    got = _got(text, lang)
    assert [(g[0], g[1], g[3]) for g in got] == [("killed", 16, "official")], got


@pytest.mark.parametrize("text,lang", [
    ("Velmora Memory Foundation\n\nPress release\n\nOur foundation has documented the deaths of 21 people. Sixteen of them died on the spot.", "en"),
    ("Наш фонд установил имена 21 погибшего. Шестнадцать из них погибли на месте.", "ru"),
    ("Наш фонд встановив імена 21 загиблого. Шістнадцять із них загинули на місці.", "uk"),
    ("Біздің қор 21 адамның қаза тапқанын құжаттады.", "kk"),
])
def test_own_release_is_own_voice(text, lang):
    got = _got(text, lang)
    assert got and all(g[2] is None and g[3] == "author" for g in got), got


DENIALS = [
    ('A forum post claims that "more than 500" workers were killed in Velmora; historians at Velmora State University called it a myth.',
     "en", 500, "ngo"),
    ('Reports said 300 people died in Velmora. The occupation authorities called these reports "fakes".', "en", 300, "official"),
    ("В соцсетях писали о 300 погибших в Велморе. МВД республики назвало эти слухи «провокационными».", "ru", 300, "official"),
    ("В соцсетях писали о 300 погибших в Велморе. В штабе МЧС эти разговоры назвали «не соответствующими действительности».",
     "ru", 300, "official"),
    ("У соцмережах писали про 300 загиблих у Вельморі. МВС республіки назвало ці чутки «провокаційними».", "uk", 300, "official"),
    ("Әлеуметтік желілерде 100-ден астам адам қаза тапты деген хабар тарады. Облыс басшылығы бұл хабарды «өтірік» деп атады.",
     "kk", 100, "official"),
    ("Әлеуметтік желілерде 300 адам қаза тапты деген жазба тарады. Мұрағат қызметкерлері бұл мәліметті құжатпен расталмаған, "
     "шындыққа жанаспайды деп атады.", "kk", 300, "official"),
    ("Әлеуметтік желілерде 300 адам қаза тапты деген жазба тарады. Билік бұл айтылғандарды «арандату» деп атады.", "kk", 300, "official"),
]


@pytest.mark.parametrize("text,lang,value,typ", DENIALS)
def test_denial_adds_denied_row(text, lang, value, typ):
    got = _got(text, lang)
    denied = [g for g in got if g[4] == "denied"]
    assert [(g[1], g[3]) for g in denied] == [(value, typ)], got
    assert denied[0][2] and denied[0][2] != "Облыс басшылығы бұл"


@pytest.mark.parametrize("text,lang", [
    ("Three died later in hospital, and Soviet newspapers wrote of 19 victims.", "en"),
    ("Трое умерли позже в больницах, и советские газеты писали о 19 жертвах.", "ru"),
    ("Троє померли згодом у лікарнях, і радянські газети писали про 19 жертв.", "uk"),
])
def test_and_clause_speaker_keeps_its_own_figure(text, lang):
    got = _got(text, lang)
    assert got[0][1] == 3 and got[0][2] is None, got
    assert got[1][1] == 19 and got[1][2], got
