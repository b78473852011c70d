"""General constructions a fresh development set showed the claims rules missing, as invented
sentences about invented events: a "none" trigger on either side of a figure voids it, breakdowns
after a colon or a dash, a place inside a source's name, a time phrase between subject and verb.
"""

from __future__ import annotations

import pytest
from claims_helpers import extract, summary

from rashomon.claims.grammar import tokenize
from rashomon.claims.lexicon import Lexicon, Trigger
from rashomon.claims.rules import Rules

# (text, lang, expected (measure, value, qualifier) of every claim)
NONE_TRIGGERS = [
    ("Activists demanded the release of 12 people.", "en", []),  # "none" phrase to the left
    ("Протестующие требовали освобождения задержанных 14 человек.", "ru", []),  # the trigger inside a "none" phrase
    ("Протестувальники вимагали звільнення затриманих 14 осіб.", "uk", []),
    ("Погибли 12 человек, родственники погибших требуют ответа.", "ru", [("killed", 12, "exact")]),  # the nearer trigger wins
    ("The relatives of the 12 victims gathered outside.", "en", [("killed", 12, "exact")]),  # the counted noun still counts
    ("They demanded the release of 12 detained miners.", "en", [("detained", 12, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NONE_TRIGGERS)
def test_none_triggers(text, lang, expected):
    assert summary(text, lang) == expected


def _assigned(lex: Lexicon, text: str) -> list[tuple]:
    rules = Rules(lex)
    toks = tokenize(text)
    qs = rules.quantities(toks, text, lambda a, b: False)
    rules.assign(toks, qs)
    return [(q.value, q.measure, bool(q.extra.get("none"))) for q in qs]


def test_none_predicate_before_a_counted_noun():
    """A "none" predicate flagged ``left`` right before "N bodies" voids the figure (identified
    bodies are no toll); without the entry the head noun's measure stands."""
    assert _assigned(Lexicon("ru"), "Экспертам удалось опознать лишь 6 тел.") == [(6, None, True)]  # shipped data
    text = "Экспертам удалось осмотреть лишь 6 тел."
    lex = Lexicon("ru")  # a private lexicon: the shared one is not changed
    assert _assigned(lex, text) == [(6, "killed", False)]
    lex.measures.add("осмотре*", Trigger("none", "any", side="left"))
    assert _assigned(lex, text) == [(6, None, True)]


BREAKDOWNS = [
    ("Загинули 11 людей: восьмеро дітей і троє дорослих.", "uk",
     [("killed", 11, "exact"), ("killed", 8, "exact"), ("killed", 3, "exact")]),  # after a colon
    ("Погибли 12 человек: 7 детей и 5 взрослых.", "ru",
     [("killed", 12, "exact"), ("killed", 7, "exact"), ("killed", 5, "exact")]),
    ("Погибли шесть рабочих ночной смены — четверо мужчин и две женщины, — а также охранник.", "ru",
     [("killed", 6, "exact"), ("killed", 4, "exact"), ("killed", 2, "exact")]),  # after a dash, the noun unknown
    ("Eleven people died — eight children and three adults.", "en",
     [("killed", 11, "exact"), ("killed", 8, "exact"), ("killed", 3, "exact")]),  # a verb before a dash still governs
    ("Загалом загинули 31 особа: 25 — у шахті, семеро — на поверхні.", "uk",
     [("killed", 31, "exact"), ("killed", 25, "exact"), ("killed", 7, "exact")]),  # by place, each after a dash
    ("Погибли 12 человек, еще 30 пострадали.", "ru", [("killed", 12, "exact"), ("injured", 30, "exact")]),  # no colon: no breakdown
]


@pytest.mark.parametrize(("text", "lang", "expected"), BREAKDOWNS)
def test_breakdowns(text, lang, expected):
    assert summary(text, lang) == expected


def test_breakdown_subsets_keep_their_group():
    cs = extract("Загинули 11 людей: восьмеро дітей і троє дорослих.", "uk")
    assert [(c.value, c.group) for c in cs][:2] == [(11, None), (8, "children")]


# gazetteer ids of the places used below (country and town kinds come from the gazetteer)
_PLACES = {"Almaty": "1526384", "Russia": "2017370", "Kerch": "706524"}


def _located(text: str, lang: str, places: dict[str, str]):
    """Claims of ``text`` (paragraphs at blank lines) with place mentions at each surface form in
    ``places`` (surface -> canonical)."""
    from rashomon.claims import ClaimExtractor
    from rashomon.document import Document, Paragraph, Sentence
    from rashomon.model import Mention

    doc = Document(id="p.txt", path="p.txt", text=text, lang=lang)
    starts = [0] + [k + 2 for k in range(len(text)) if text.startswith("\n\n", k)]
    ends = [*starts[1:], len(text)]
    doc.paragraphs = [Paragraph((a, b), lang) for a, b in zip(starts, ends, strict=True)]
    doc.sentences = [Sentence((a, b), i) for i, (a, b) in enumerate(zip(starts, ends, strict=True))]
    mentions = []
    for surface, canon in places.items():
        k = text.find(surface)
        while k >= 0:
            mentions.append(Mention("p.txt", (k, k + len(surface)), surface, "place", gazetteer_id=_PLACES[canon], canonical=canon))
            k = text.find(surface, k + 1)
    return ClaimExtractor()(doc, [], mentions)


_TWO_TOWNS = ("Protests began in Kerch. Crowds in Kerch grew all week.\n\n"
              "{sentence}\n\nKerch stayed calm on Sunday.")


@pytest.mark.parametrize(("sentence", "lang", "place"), [
    ("Volunteers in Almaty said 14 people were detained.", "en", "Almaty"),  # the source's place, the sentence's only one
    ("Волонтеры в Алматы сообщили о 14 задержанных.", "ru", "Almaty"),
    ("Police said 14 people were detained.", "en", "Kerch"),  # no place in the sentence: the document's
    ("Police in Russia said 14 people were detained.", "en", "Kerch"),  # a country in a name is the speaker's remit
])
def test_place_inside_a_source_name(sentence, lang, place):
    text = _TWO_TOWNS.format(sentence=sentence)
    cs = _located(text, lang, {"Kerch": "Kerch", "Almaty": "Almaty", "Алматы": "Almaty", "Russia": "Russia"})
    c = next(c for c in cs if c.value == 14)
    assert c.source is not None and c.place == place


def _with_time(text: str, lang: str, when: str):
    """Claims of one sentence with a time expression at the first occurrence of ``when``."""
    from rashomon.claims import ClaimExtractor
    from rashomon.document import Document, Paragraph, Sentence
    from rashomon.model import TimeExpr

    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    doc.paragraphs = [Paragraph((0, len(text)), lang)]
    doc.sentences = [Sentence((0, len(text)), 0)]
    k = text.index(when)
    return ClaimExtractor()(doc, [TimeExpr((k, k + len(when)), when, "2031-04-07")], [])


@pytest.mark.parametrize(("text", "lang", "when", "name"), [
    ("Минздрав Заречной области к вечеру 7 апреля сообщил о 23 погибших.", "ru", "вечеру 7 апреля", "Минздрав Заречной области"),
    ("МОЗ до ранку 7 квітня повідомило про 23 загиблих.", "uk", "ранку 7 квітня", "МОЗ"),
    ("The Health Ministry by the evening of 7 April reported 23 dead.", "en", "the evening of 7 April", "Health Ministry"),
    ("The ministry on 7 April reported 23 dead.", "en", "7 April", "ministry"),  # a lower-case source word
    ("Минздрав Заречной области к утру 7 апреля сообщил о 23 погибших.", "ru", "7 апреля", "Минздрав Заречной области"),  # "к утру" outside the time expression
    ("Тем временем 7 апреля сообщили о 23 погибших.", "ru", "7 апреля", None),  # no one named before the time phrase
])
def test_time_phrase_between_subject_and_verb(text, lang, when, name):
    cs = _with_time(text, lang, when)
    assert [(c.value, c.source.name if c.source else None) for c in cs] == [(23, name)]


def test_time_phrase_with_no_subject_before_it():
    cs = _with_time("On 7 April police detained 23 people.", "en", "7 April")
    assert [(c.value, c.source) for c in cs] == [(23, None)]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("МЧС: по предварительным данным, погибли не менее 17 человек, более 60 ранены.", "ru", "МЧС"),  # a lead-in speaks
    ("По предварительным данным, погибли не менее 17 человек.", "ru", None),  # the document's own voice
])
def test_colon_lead_in_before_an_impersonal_cue(text, lang, name):
    cs = extract(text, lang)
    assert cs and all((c.source.name if c.source else None) == name for c in cs)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Police said 40 people were detained, citing early reports from the district. Of the detained, 12 were students.", "en", "Police"),
    ("Police said 40 people were detained. Of them, 12 were released.", "en", "Police"),
    ("Минздрав сообщил о 40 пострадавших. Из них 12 — дети.", "ru", "Минздрав"),
    ("МОЗ повідомило про 40 постраждалих. З них 12 — діти.", "uk", "МОЗ"),
    ("Минздрав сообщил о 40 пострадавших. Из них 12 детей, по данным волонтеров.", "ru", "волонтеров"),  # its own source wins
])
def test_a_breakdown_sentence_keeps_the_source_before_it(text, lang, name):
    c = extract(text, lang)[-1]
    assert c.value == 12 and c.source is not None and c.source.name == name


def test_no_source_carried_without_a_pointer():
    cs = extract("Police said 40 people were detained. Later, 12 journalists were injured.", "en")
    assert cs[-1].value == 12 and cs[-1].source is None


DIED_AFTER = [
    ("Двое раненых скончались в больнице.", "ru", [("killed", 2, "exact")]),
    ("Ще одна постраждала, 63-річна жінка, померла в лікарні.", "uk", [("killed", 1, "exact")]),  # an apposition between
    ("Three wounded miners later died.", "en", [("killed", 3, "exact")]),  # a noun and an adverb between
    ("Пятеро раненых были госпитализированы.", "ru", [("injured", 5, "exact")]),  # no death: the noun's measure
    ("300 раненых и погибших доставлены в больницы.", "ru", [("injured", 300, "exact")]),  # "and": another noun, no predicate
    ("5 раненых, 3 погибших.", "ru", [("injured", 5, "exact"), ("killed", 3, "exact")]),  # a list, no apposition
]


@pytest.mark.parametrize(("text", "lang", "expected"), DIED_AFTER)
def test_death_after_a_counted_noun(text, lang, expected):
    assert summary(text, lang) == expected


PARTICIPLES = [
    ("The commission counted 212 damaged or destroyed houses.", "en", [("buildings_damaged", 212, "exact")]),
    ("Комісія нарахувала 212 пошкоджені будинки.", "uk", [("buildings_damaged", 212, "exact")]),
    ("17 burned cars stood in the street.", "en", [("vehicles_damaged", 17, "exact")]),
    ("Они нашли 5 задержанных активистов.", "ru", [("detained", 5, "exact")]),  # a noun participle: as before
]


@pytest.mark.parametrize(("text", "lang", "expected"), PARTICIPLES)
def test_participle_before_the_counted_noun(text, lang, expected):
    assert summary(text, lang) == expected


REVISIONS = [
    ("Кількість загиблих спершу оголосили 31; згодом її уточнили до 37.", "uk", [("killed", 31, "exact"), ("killed", 37, "exact")]),
    ("Поліція повідомила про 12 затриманих; вранці відомство назвало цифру 20, а ввечері того ж дня — 26.", "uk",
     [("detained", 12, "exact"), ("detained", 20, "exact"), ("detained", 26, "exact")]),  # the verb left out after a dash
    ("Полиция сообщила о 12 задержанных, а вечером — еще об одном пострадавшем.", "ru",
     [("detained", 12, "exact"), ("injured", 1, "exact")]),  # a noun of its own
]


@pytest.mark.parametrize(("text", "lang", "expected"), REVISIONS)
def test_revisions_pointing_back(text, lang, expected):
    assert summary(text, lang) == expected


AMONG_THEM = [
    ("Police said 300 people were detained. At least nine journalists and students were among them.", "en",
     [("detained", 300, "exact"), ("detained", 9, "at_least")]),
    ("Полиция задержала 40 человек. Пятеро несовершеннолетних были среди них.", "ru", [("detained", 40, "exact"), ("detained", 5, "exact")]),
    ("Police said 300 people were detained. Nine journalists were among the guests.", "en",
     [("detained", 300, "exact")]),  # no pronoun subset: no count of the detained
    ("Кількість загиблих спершу оголосили 31; згодом її уточнили до 37 і 40.", "uk",
     [("killed", 31, "exact"), ("killed", 37, "exact"), ("killed", 40, "exact")]),  # a list after a revision
]


@pytest.mark.parametrize(("text", "lang", "expected"), AMONG_THEM)
def test_among_them_after_the_figure(text, lang, expected):
    assert summary(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "name"), [
    # a court's own ruling is reported by the writer (the convention of devset12 on; devset3 named the court)
    ("Ленинский суд Заречья арестовал пятерых обвиняемых.", "ru", None),
    ("Районний суд заарештував п'ятьох обвинувачених.", "uk", None),
    ("The district court sentenced 12 protesters.", "en", None),
    ("Полиция задержала 40 человек.", "ru", None),  # the act itself: the writer reports it
    ("Судами санкционирован арест 780 человек.", "ru", None),  # a passive: no subject
    ("МЧС направило более 100 спасателей.", "ru", "МЧС"),  # forces sent: the agency tells their number
])
def test_a_body_acting_itself_is_no_source(text, lang, name):
    c = extract(text, lang)[0]
    assert (c.source.name if c.source else None) == name


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("У Керчі, за даними поліції, загинули 9 людей.", "uk", "Kerch"),  # a preposition opens the line: no dateline
    ("In Kerch, 9 people died in the fire.", "en", "Kerch"),
    ("KERCH, May 12 (Valley Wire) - 9 people died in Almaty.", "en", "Almaty"),  # a real dateline
])
def test_a_place_after_a_preposition_at_the_line_start_is_no_dateline(text, lang, place):
    cs = _located(text, lang, {"Керчі": "Kerch", "Kerch": "Kerch", "KERCH": "Kerch", "Almaty": "Almaty"})
    assert cs[0].place == place


def test_a_handle_in_brackets_stays_with_the_name():
    cs = extract("Пользователь Марат (@marat_news) пишет: «В больницу забрали 15 человек».", "ru")
    assert cs[0].source is not None and cs[0].source.name == "Пользователь Марат (@marat_news)"


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Минздрав сообщил о 12 погибших. Вечером число погибших выросло до 19, раненых — до 40.", "ru", ["Минздрав"] * 3),
    ("МОЗ повідомило про 12 загиблих. Увечері кількість загиблих зросла до 19.", "uk", ["МОЗ", "МОЗ"]),
    ("Минздрав сообщил о 12 погибших. Вечером на площадь вышли 300 человек.", "ru", ["Минздрав", None]),  # no revision: the writer's
])
def test_a_revision_keeps_the_source_before_it(text, lang, names):
    assert [c.source.name if c.source else None for c in extract(text, lang)] == names


def test_a_denied_social_media_figure_is_a_rumour():
    cs = extract("В телеграм-каналах распространяются сообщения о «более чем 200 погибших». Минздрав назвал эти данные недостоверными.", "ru")
    assert [(c.value, c.modality, c.source.name if c.source else None) for c in cs] == [
        (200, "unconfirmed", "телеграм-каналах"), (200, "denied", "Минздрав")]


@pytest.mark.parametrize(("text", "lang", "when", "name"), [
    ("Власти Заречья 7 апреля впервые назвали свои потери: 23 погибших.", "ru", "7 апреля", "Власти Заречья"),  # the name ends at a date
    ("На следующий день в Заречье МЧС сообщило о 23 погибших.", "ru", "На следующий день", "в Заречье МЧС"),  # a leading date dropped
])
def test_a_date_is_no_part_of_a_name(text, lang, when, name):
    cs = _with_time(text, lang, when)
    assert cs[0].source is not None and cs[0].source.name == name


def test_a_long_chain_keeps_quotes_short():
    """Each item of a long "and" chain is quoted near its own figure, not from the chain's head."""
    text = "Погибли 12 человек: " + "семеро детей и " * 400 + "двое взрослых."
    cs = extract(text, "ru")
    assert len(cs) == 402 and max(len(c.quote) for c in cs) < 700


def test_a_document_default_place_prefers_a_region_to_a_country(pipeline):
    """No town named: the region the report keeps naming, not the country it names more often."""
    from rashomon.document import Document

    text = ("Mine fire\n\nRussia mourns the miners. Officials in Russia said the fire in the Kemerovo Oblast mine "
            "started at night. Russia declared a day of mourning, and the Kemerovo Oblast governor flew to the "
            "site.\n\nRescuers said 12 miners died.")
    a = pipeline.analyze(Document(id="x.txt", path="x.txt", text=text))
    assert [(c.value, c.measure, c.place) for c in a.claims] == [(12, "killed", "Kemerovo Oblast")]
