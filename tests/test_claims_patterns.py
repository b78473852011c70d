"""General patterns found on real reports of other events, as invented sentences: counted nouns and
predicates, dozens and hundreds as multipliers, breakdowns and revisions, the clause that governs a
figure, sources after the verb or at the sentence start, hedges in the next sentence, places of
country-wide totals. One commented case a line.
"""

from __future__ import annotations

import pytest
from claims_helpers import extract, summary

from rashomon.document import Document

# (text, lang, expected (measure, value, qualifier) of every claim)
FIGURES = [
    # A. counted nouns and predicates
    ("Some 900 marchers crossed the bridge.", "en", [("participants", 900, "about")]),
    ("More than 200 militants of the movement arrived by train.", "en", [("participants", 200, "more_than")]),
    ("At least 80 properties were destroyed in the fire.", "en", [("buildings_damaged", 80, "at_least")]),
    ("More than 60 mine rescue specialists are working underground.", "en", [("deployed", 60, "more_than")]),
    ("Rescuers found at least twelve charred bodies in the hall.", "en", [("killed", 12, "at_least")]),  # adjective between
    ("At least 130 people sought medical help, 14 of them with burns.", "en", [("injured", 130, "at_least"), ("injured", 14, "exact")]),
    ("At least 130 people sought medical help on 3 June, 14 of them with burns.", "en", [("injured", 130, "at_least"), ("injured", 14, "exact")]),  # no list of days
    ("близько 700 учасників маршу пройшли містом", "uk", [("participants", 700, "about")]),
    ("Более трёх десятков рабочих получили отравления.", "ru", [("injured", 30, "more_than")]),
    ("Ещё четыре человека в тяжелом состоянии.", "ru", [("injured", 4, "exact")]),
    ("Hundreds of wounded were not even registered.", "en", [("injured", None, "vague")]),
    ("Hundreds of wounded were not even counted by the hospitals.", "en", [("injured", None, "vague")]),  # no source "Hundreds of..."
    ("У підвалі лежали «десятки тіл».", "uk", [("killed", None, "vague")]),
    ("Criminal proceedings were opened against 15 people.", "en", [("charged", 15, "exact")]),
    ('Officials said 9 "militants" had been "liquidated".', "en", [("killed", 9, "exact")]),  # quoted noun and verb
    ("Шахтерлердің кемінде жеті адам оққа ұшты.", "kk", [("killed", 7, "at_least")]),
    ("14 people (9 men, four women and one girl aged 12) died in the fire.", "en",
     [("killed", 14, "exact"), ("killed", 9, "exact"), ("killed", 4, "exact"), ("killed", 1, "exact")]),  # breakdown in brackets
    ("Загалом загинули 31 особа: 25 — у шахті, семеро — на поверхні.", "uk",
     [("killed", 31, "exact"), ("killed", 25, "exact"), ("killed", 7, "exact")]),  # breakdown after a colon
    ("Алдымен 9 адам қаза тапқан, кейін бұл сан 14-ке, ал түнде қарай 19-ға өсті.", "kk",
     [("killed", 9, "exact"), ("killed", 14, "exact"), ("killed", 19, "exact")]),  # revision chain
    ("По данным Минздрава, число погибших возросло до 35, пострадавших — до 400.", "ru",
     [("killed", 35, "exact"), ("injured", 400, "exact")]),  # each figure its own noun; "до" still "rose to"
    # B. multipliers and the governing clause
    ("About two dozen people died in the crush.", "en", [("killed", 24, "about")]),
    ("Около двух десятков человек погибли.", "ru", [("killed", 20, "about")]),
    ("Не меньше сотни человек погибли.", "ru", [("killed", 100, "at_least")]),
    ("Задержаны до 50 человек.", "ru", [("detained", 50, "at_most")]),  # "до" without a verb of change
    ("Под завалами могут оставаться до 12 человек.", "ru", [("missing", 12, "at_most")]),
    ("В медицинские организации доставлены 23 человека.", "ru", [("injured", 23, "exact")]),
    ("At least 8 miners remain trapped.", "en", [("missing", 8, "at_least")]),
    ("Профсоюз собрал около трёх тысяч человек, чтобы почтить память погибших.", "ru", [("participants", 3000, "about")]),
    ("Серед загиблих протестувальників — понад сорок.", "uk", [("killed", 40, "more_than")]),  # the participle governs
    ("үш журналист ұсталды, екі журналист соққыға жығылды.", "kk", [("detained", 3, "exact"), ("injured", 2, "exact")]),
    ("Police said 40 officers had been injured and 12 police vehicles burned.", "en", [("injured", 40, "exact"), ("vehicles_damaged", 12, "exact")]),
    ("Активісти домоглися звільнення затриманих, а кілька сотень людей оточили будівлю суду.", "uk", [("participants", None, "vague")]),
    ("Demonstrators demanded the release of detainees as several hundred people surrounded the court.", "en", [("participants", None, "vague")]),
    ("Возраст пострадавших — от 12 до 16 лет.", "ru", []),  # an age range
    ("Справки по телефону 8 (7212) 41-00-00.", "ru", []),  # a phone number
    ("Of the 30 injured, 12 were children.", "en", [("injured", 12, "exact")]),  # the 30 was stated before
    ("Between 2,000 and 3,000 people gathered in the square.", "en", [("participants", [2000, 3000], "range")]),
    ("9 июня от 2000 до 4000 жителей собрались у мэрии.", "ru", [("participants", [2000, 4000], "range")]),  # no span of years
    ("Число погибших, по данным МЧС, возросло до семи, пострадавших — до 40.", "ru",
     [("killed", 7, "exact"), ("injured", 40, "exact")]),  # the noun before a dash governs the figure after it
    ("Родственники говорят о 9 погибших. Компания признаёт лишь двоих.", "ru", [("killed", 9, "exact"), ("killed", 2, "exact")]),
    ("Relatives speak of 9 dead. The company has acknowledged only two.", "en", [("killed", 9, "exact"), ("killed", 2, "exact")]),
    ("Doctors said 12 people were in a serious condition.", "en", [("injured", 12, "exact")]),
    ("Қалада 300-ден астам адам қаза тапты. Билік мойындаған 120 адам — шындықтың бір бөлігі ғана.", "kk",
     [("killed", 300, "more_than"), ("killed", 120, "exact")]),  # "the acknowledged 120" points back
]


@pytest.mark.parametrize(("text", "lang", "expected"), FIGURES)
def test_figures(text, lang, expected):
    assert summary(text, lang) == expected


# (text, lang, source name or None, source type) of the first claim
SOURCES = [
    ("Первоначально МЧС сообщало о 12 погибших.", "ru", "МЧС", "official"),  # adverb trimmed
    ("Спочатку МНС повідомляло про 15 загиблих.", "uk", "МНС", "official"),
    ("The akimat still says 7 people died.", "en", "akimat", "official"),
    ("Ministry of Emergency Situations initially reported 11 dead.", "en", "Ministry of Emergency Situations", "official"),
    ("Число погибших возросло до 9, сообщил Следственный комитет.", "ru", "Следственный комитет", "official"),
    ("Російські ЗМІ стверджували, що загиблих понад 50.", "uk", "Російські ЗМІ", "media"),
    ("Державні ЗМІ повідомляли про 30 загиблих.", "uk", "Державні ЗМІ", "media"),
    ("The authorities have recognized only 19 dead.", "en", "authorities", "official"),
    ("Төтенше жағдайлар министрлігі 2 қарашада қаза тапқандар саны 28 екенін растады.", "kk", "Төтенше жағдайлар министрлігі", "official"),
    ("Кемінде тоғыз адам оққа ұшты деп хабарлайды жергілікті белсенділер.", "kk", "жергілікті белсенділер", "activist"),
    ("Алғашқы мәліметтер бойынша 11 адам қаза тапқан.", "kk", "Алғашқы", "unknown"),
    ("В соцсетях писали о 25 погибших.", "ru", "соцсетях", "social_media"),  # the preposition trimmed
    ("Claims circulated on social media that 40 bodies were buried.", "en", "on social media", "social_media"),
    ("The witness Marta, 48 years, told us: I saw at least nine bodies.", "en", "witness Marta, 48 years", "eyewitness"),  # age in apposition
    ("Лидеры общины заявляют, что погибли не менее 300 человек.", "ru", "Лидеры общины", "activist"),
]


@pytest.mark.parametrize(("text", "lang", "name", "stype"), SOURCES)
def test_sources(text, lang, name, stype):
    c = extract(text, lang)[0]
    assert c.source is not None, (c.measure, c.value, c.quote)
    assert (c.source.name, c.source.type) == (name, stype)


# (text, lang, (measure, value, qualifier, source name or None, modality)) of the last claim
MORE = [
    ("Police said 1,200 people were detained. A day earlier it had given a figure of about 900.", "en",
     ("detained", 900, "about", "Police", "asserted")),  # "a figure of" points back, "it" is the police
    ("На площади собираются протестующие. По оценке нашего корреспондента, их несколько тысяч.", "ru",
     ("participants", None, "vague", None, "asserted")),  # "их" points back; our own reporter is the author
    ("The commission put the death toll at 300, far above the official count, which then stood at 120.", "en",
     ("killed", 120, "exact", "commission", "asserted")),
    ("Сведения о 70 погибших, распространяемые в соцсетях, не соответствуют действительности.", "ru",
     ("killed", 70, "exact", None, "denied")),  # the rumour's origin is not the denier
    ("Әлеуметтік желілерде тараған «қаза тапқандар саны отыздан асады» деген ақпарат шындыққа жанаспайды.", "kk",
     ("killed", 30, "more_than", None, "denied")),
    ("Вчера к зданию суда пришли около трёх тысяч человек.", "ru", ("participants", 3000, "about", None, "asserted")),
    ("На колону напала група з близько 200 активістів.", "uk", ("participants", 200, "about", None, "asserted")),
    ("He said about 1,500 troops from the alliance had arrived in the country.", "en", ("deployed", 1500, "about", None, "asserted")),
    ("Российские СМИ писали: «погибших может быть больше 60».", "uk", ("killed", 60, "more_than", "Российские СМИ", "unconfirmed")),  # Russian in a uk text
]


@pytest.mark.parametrize(("text", "lang", "expected"), MORE)
def test_more_patterns(text, lang, expected):
    c = extract(text, lang)[-1]
    value = list(c.value) if isinstance(c.value, tuple) else c.value
    assert (c.measure, value, c.qualifier, c.source.name if c.source else None, c.modality) == expected


def test_company_naming_itself_under_its_letterhead():
    text = "Northwind Copper LLP\nSTATEMENT\n\nNorthwind Copper confirms that 12 employees died in the collapse."
    c = extract(text, "en")[0]
    assert (c.source.name, c.source.type) == ("Northwind Copper", "company")


def test_source_after_a_quote():
    c = extract('"Dozens of people are still missing," said a lawyer with the Caspian Human Rights Bureau.', "en")[0]
    assert c.source is not None and c.source.type == "ngo" and c.source.name.startswith("a lawyer")


def test_headline_source_does_not_cross_a_semicolon():
    cs = extract("Regional office says 23 killed in clashes; nearly 600 detained", "en")
    assert [(c.value, c.source.name if c.source else None) for c in cs] == [(23, "Regional office"), (600, None)]


FRAMING = [
    ("МВД: в городе пострадали 70 полицейских. Сожжены более 40 автомобилей.", "ru", "МВД"),  # colon lead-in
    ("Представитель МЧС заявила, что ночью погибли трое. Задержаны 412 человек.", "ru", "Представитель МЧС"),  # "X said that ..."
    ("Число погибших возросло до 9, сообщил Следственный комитет. Пострадали 31 человек.", "ru", "Следственный комитет"),  # a closing ", said X"
    ("Police said 9 people died; 14 others were hurt. In another city 30 people were detained.", "en", None),  # no lead-in
]


@pytest.mark.parametrize(("text", "lang", "name"), FRAMING)
def test_source_carries_to_the_next_sentence(text, lang, name):
    last = extract(text, lang)[-1]
    assert (last.source.name if last.source else None) == name


HEDGES = [
    ("Videos posted online showed dozens of bodies. The agency could not confirm their authenticity.", "en"),
    ("Очевидці розповіли про 40 загиблих. Підтверджень цьому немає.", "uk"),
    ("Telegram-арнасы 30 адам қаза тапқанын жазды. Ресми растау жоқ.", "kk"),
    ("В соцсетях распространялись сообщения о 15 погибших.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), HEDGES)
def test_hedge_in_the_next_sentence(text, lang):
    assert extract(text, lang)[0].modality == "unconfirmed"


def test_hedge_does_not_reach_back_past_its_neighbour():
    cs = extract("Police said 12 people died. Later 40 were detained. This could not be confirmed.", "en")
    assert [c.modality for c in cs] == ["asserted", "unconfirmed"]


# gazetteer ids of the places used below (country and town kinds come from the gazetteer)
_PLACES = {"Kazakhstan": "1522867", "Almaty": "1526384", "Russia": "2017370", "Kerch": "706524", "Moscow": "524901"}


def _located(text: str, lang: str, places: dict[str, str]):
    """Claims of ``text`` with place mentions at each surface form in ``places`` (surface -> canonical)."""
    from rashomon.claims import ClaimExtractor
    from rashomon.document import Paragraph, Sentence
    from rashomon.model import Mention

    doc = Document(id="p.txt", path="p.txt", text=text, lang=lang)
    starts = [0] + [k + 2 for k in range(len(text)) if text.startswith("\n\n", k)]
    ends = [k for k in starts[1:]] + [len(text)]
    doc.paragraphs = [Paragraph((a, b), lang) for a, b in zip(starts, ends, strict=True)]
    doc.sentences = [Sentence((a, b), i) for i, (a, b) in enumerate(zip(starts, ends, strict=True))]
    mentions = []
    for surface, canon in places.items():
        k = text.find(surface)
        while k >= 0:
            mentions.append(Mention("p.txt", (k, k + len(surface)), surface, "place", gazetteer_id=_PLACES[canon], canonical=canon))
            k = text.find(surface, k + 1)
    return ClaimExtractor()(doc, [], mentions)


def test_country_wide_total_takes_the_country():
    text = ("Unrest in Kazakhstan\nALMATY, May 12 (Valley Wire) - Riots went on in Almaty on Saturday and in Almaty's suburbs. "
            "The interior ministry said 3,100 people had been detained across the country.")
    c = next(c for c in _located(text, "en", {"Kazakhstan": "Kazakhstan", "ALMATY": "Almaty", "Almaty": "Almaty"}) if c.value == 3100)
    assert c.place == "Kazakhstan"


def test_place_inside_a_source_name_is_the_speakers():
    text = "Пожар в Керчи. Число погибших возросло до 9, сообщил Следственный комитет России."
    c = next(c for c in _located(text, "ru", {"Керчи": "Kerch", "России": "Russia"}) if c.value == 9)
    assert c.place == "Kerch"


def test_country_without_a_preposition_is_no_place():
    text = "Сутички в Керчі. Загинули шестеро прихильників єдності Росії."
    c = next(c for c in _located(text, "uk", {"Керчі": "Kerch", "Росії": "Russia"}) if c.value == 6)
    assert c.place == "Kerch"


def test_dateline_is_not_the_event_place():
    text = "ALMATY, May 12 (Valley Wire) - Police said 40 people were injured in Kazakhstan overnight."
    c = _located(text, "en", {"ALMATY": "Almaty", "Kazakhstan": "Kazakhstan"})[0]
    assert c.place == "Kazakhstan"


def test_country_speaks_for_its_government():
    text = "Kazakhstan says 37 killed in riots"
    c = next(c for c in _located(text, "en", {"Kazakhstan": "Kazakhstan"}) if c.value == 37)
    assert c.source is not None and c.source.type == "official"


def test_a_place_named_in_passing_does_not_outweigh_the_documents():
    text = ("Blast in Kerch. Rescuers worked in Kerch all night.\n\nSeveral victims were flown to Moscow. "
            "Doctors said 12 people were in a serious condition.\n\nKerch mourned on Friday.")
    cs = _located(text, "en", {"Kerch": "Kerch", "Moscow": "Moscow"})
    c = next(c for c in cs if c.value == 12)
    assert c.place == "Kerch"


def test_he_said_takes_the_source_of_the_sentence_before():
    text = ("Nine people were taken to hospital, ministry spokeswoman Aida Sarsen told reporters. "
            "More than 200 rescuers were working at the site, she said.")
    assert [c.source.name for c in extract(text, "en")] == ["ministry spokeswoman Aida Sarsen"] * 2
