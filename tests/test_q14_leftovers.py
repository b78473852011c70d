"""q14 leftovers: one list of ship nouns per language (``vessel_words``) read by the claim places and
the entities alike; names are generic or invented, none is a development set's event."""

from __future__ import annotations

import pytest

from rashomon._vessel_words import vessel_words
from rashomon.claims._place_cues import vessel_name
from rashomon.document import Document


def tag(pipeline, text: str, lang: str):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    return pipeline.entity_tagger(doc)


# -- one list of ship nouns: lemmas, word forms and stems, conjunctions ------------------------------
@pytest.mark.parametrize(("lang", "lemma", "form", "conj"), [
    ("ru", "катер", "катерами", "и"),
    ("uk", "катер", "катерів", "та"),
    ("kk", "кеме", "кемеден", "және"),
    ("en", "ship", "ships", "and"),
])
def test_vessel_words_hold_lemmas_forms_and_conjunctions(lang, lemma, form, conj):
    got = vessel_words(lang)
    assert lemma in got.lemmas and lemma in got.forms and form in got.forms
    assert conj in got.conjunctions and conj not in got.lemmas and "&" not in got.lemmas
    assert all(not s.endswith("*") for s in got.stems)


# -- the claims side reads the nouns the entities side knew (and back) -------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Сухогруз «Волгоград» сел на мель.", "Волгоград"),  # a lemma without listed forms
    ("Суховантаж «Одеса» сів на мілину.", "Одеса"),
    ("Пароход «Самара» затонул.", "Самара"),
    ("Човен «Херсон» затонув.", "Херсон"),
    ("The tugboats \"Odesa\" and \"Kherson\" left.", "Kherson"),
    ("«Атырау» кемесі тоқтатылды.", "Атырау"),
])
def test_claims_side_sees_a_vessel_name(text, name):
    start = text.index(name)
    assert vessel_name(text, start, start + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("Сухогруз «Волгоград» вернулся в порт.", "Волгоград"),
    ("Пароход «Самара» затонул.", "Самара"),  # a noun the entities side did not list before
    ("Російські військові захопили човен «Херсон» і затримали його екіпаж.", "Херсон"),
    ("Траулер «Одесса» остановили.", "Одесса"),
    ("The trawler \"Odesa\" was stopped.", "Odesa"),
])
def test_entities_side_drops_a_vessel_name(pipeline, text, name):
    got = [(m.text, m.type) for m in tag(pipeline, text, "uk" if "і" in text or "Човен" in text else
                                         "en" if text.isascii() else "ru")]
    assert not any(t == name and typ in ("place", "person") for t, typ in got), got


@pytest.mark.parametrize(("text", "name"), [
    ("Катер вернулся в Волгоград.", "Волгоград"),  # unquoted: the town
    ("Ship traffic resumed in Odesa.", "Odesa"),
])
def test_a_town_after_a_vessel_word_stays_a_place(pipeline, text, name):
    start = text.index(name)
    assert not vessel_name(text, start, start + len(name))


# -- a rumour of one death and the zero that answers it, in one sentence -----------------------------
def _claims(text: str, lang: str):
    from claims_helpers import extract
    return [(c.measure, c.value, c.modality, c.source.name if c.source else None) for c in extract(text, lang)]


@pytest.mark.parametrize(("text", "lang", "denier"), [
    ("Rumours that a protester had died spread on Facebook overnight, but the health ministry said nobody was killed.",
     "en", "health ministry"),
    ("В соцсетях распространились слухи, что погиб протестующий, но в минздраве заявили, что погибших нет.", "ru", "минздраве"),
    ("У соцмережах поширилися чутки, що загинув протестувальник, але МОЗ заявило, що загиблих немає.", "uk", "МОЗ"),
])
def test_rumour_of_one_death_and_its_zero_denial(text, lang, denier):
    got = _claims(text, lang)
    assert ("killed", 1, "unconfirmed") in [g[:3] for g in got], got
    assert ("killed", 1, "denied", denier) in got, got
    assert not any(g[1] == 0 for g in got), got  # the zero is the denial, no count of its own
    assert not any(g[2] == "unconfirmed" and g[3] == denier for g in got), got  # the denier spread no rumour


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("A protester died in hospital.", "en", ("killed", 1, "asserted", None)),
    ("Протестующий скончался в больнице.", "ru", ("killed", 1, "asserted", None)),
    ("Протестувальник помер у лікарні.", "uk", ("killed", 1, "asserted", None)),
    # a speaker after "but" who says something of their own does not report the figure before
    ("Two people were injured, but the ministry said the situation was calm.", "en", ("injured", 2, "asserted", None)),
    ("Two people were injured, police said.", "en", ("injured", 2, "asserted", "police")),
    ("Two people were injured, but police said.", "en", ("injured", 2, "asserted", "police")),
])
def test_singular_protester_and_contrast_speaker(text, lang, want):
    assert want in _claims(text, lang)


# -- a named network as where a rumour spread --------------------------------------------------------
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Rumours that a protester had died spread on Facebook overnight, but the health ministry said nobody was killed.",
     "en", ("killed", 1, "unconfirmed", "on Facebook")),
    ("Users wrote on Facebook that 3 people had died.", "en", ("killed", 3, "unconfirmed", "on Facebook")),
    ("В фейсбуке писали о трёх погибших.", "ru", ("killed", 3, "unconfirmed", "фейсбуке")),
    ("У фейсбуці писали про трьох загиблих.", "uk", ("killed", 3, "unconfirmed", "фейсбуці")),
    # a named speaker who wrote on a network speaks
    ("The governor wrote on Facebook that 3 people had died.", "en", ("killed", 3, "asserted", "governor")),
    ("Губернатор написал в фейсбуке, что погибли три человека.", "ru", ("killed", 3, "asserted", "Губернатор")),
    ("Голова ОВА написав у фейсбуці, що загинули три людини.", "uk", ("killed", 3, "asserted", "Голова ОВА")),
])
def test_a_named_network_is_where_a_rumour_spread(text, lang, want):
    assert want in _claims(text, lang)


# -- a rumour word and its denial in one sentence: the rumour, then the denial -----------------------
def _piped(text: str, lang: str):
    from rashomon.pipeline import Pipeline
    global _PIPE
    try:
        pipe = _PIPE
    except NameError:
        pipe = _PIPE = Pipeline()
    return [(c.measure, c.value, c.modality, c.source.name if c.source else None)
            for c in pipe.analyze(Document(id="t", path="t", text=text, lang=lang)).claims]


@pytest.mark.parametrize(("text", "lang", "rumour", "denial"), [
    ("Слухи о 100 погибших не соответствуют действительности.", "ru",
     ("killed", 100, "unconfirmed", "Слухи"), ("killed", 100, "denied", None)),
    ("Чутки про 100 загиблих не відповідають дійсності.", "uk",
     ("killed", 100, "unconfirmed", "Чутки"), ("killed", 100, "denied", None)),
    # the document's own denial of a vague rumour; the publication of the sentence before denies nothing
    ("Ранее в ряде публикаций сообщалось о 23 погибших. Распространяемые слухи о «нескольких сотнях убитых» "
     "не соответствуют действительности.", "ru",
     ("killed", None, "unconfirmed", "Распространяемые слухи"), ("killed", None, "denied", None)),
])
def test_rumour_word_and_its_denial_in_one_sentence(text, lang, rumour, denial):
    got = _piped(text, lang)
    assert rumour in got and denial in got, got


@pytest.mark.parametrize(("text", "lang"), [
    # a rumour a named denier calls false stays one claim (the gold convention of the sets)
    ("Слухи о «сотнях погибших» ГКНБ назвал ложью.", "ru"),
    ("Слухи о 100 погибших полиция опровергла.", "ru"),
    ("Чутки про 100 загиблих поліція спростувала.", "uk"),
])
def test_vague_rumour_named_denier_is_one_claim(text, lang):
    got = [g for g in _piped(text, lang) if g[0] == "killed"]
    assert len(got) == 1 and got[0][2] == "denied", got
