"""General constructions met in real reports of other events, as invented sentences (one case a
line): Kazakh verbs of harm, collective numerals and negation, table rows, subset lists, verbs that
beat the counted noun, deeds that look like speech, view counters.
"""

from __future__ import annotations

import pytest
from claims_helpers import extract, summary

# (text, lang, expected (measure, value, qualifier) of every claim)
CASES = [
    # Kazakh: verbs and phrases of harm, detention, damage
    ("Жарылыс екі адамның өмірін қиды.", "kk", [("killed", 2, "exact")]),
    ("Медициналық көмекке 120 адам жүгінген.", "kk", [("injured", 120, "exact")]),
    ("Оның 30-ға жуығы ауруханаға жатқызылды.", "kk", [("injured", 30, "about")]),
    ("12 адам стационарлық емде жатыр.", "kk", [("injured", 12, "exact")]),
    ("Полиция бес адамды ұстады.", "kk", [("detained", 5, "exact")]),
    ("Полиция 300-ден астам адамды ұстап әкеткен.", "kk", [("detained", 300, "more_than")]),
    ("Жел алты үйдің шатыры ұшып кетті.", "kk", [("buildings_damaged", 6, "exact")]),
    # Kazakh: collective numerals, hyphenated case suffixes, "rose to", negation, pronouns
    ("Қаза тапқандар саны төртеуге жетті.", "kk", [("killed", 4, "exact")]),
    ("Жеті адам қаза тапты, олардың төртеуі — полицейлер.", "kk", [("killed", 7, "exact"), ("killed", 4, "exact")]),
    ("Қаза тапқандар саны 25-ке дейін өсті.", "kk", [("killed", 25, "exact")]),
    ("Ресми деректер бойынша 80-нен астам адам қаза тапты.", "kk", [("killed", 80, "more_than")]),
    ("Жаралылар саны 32-ге жетті.", "kk", [("injured", 32, "exact")]),
    ("Бірде-бір адам із-түзсіз жоғалған жоқ.", "kk", []),
    ("Ол хабарды жоққа шығарып, оны өтірік деп атады.", "kk", []),  # "оны" is no "он" (10)
    ("Видео 2 мың қаралым жинады, онда қаза тапқандар көрсетілген.", "kk", []),
    # tables rendered as text: the row label names the measure and the counted noun
    ("Көрсеткіш\tСаны\nЗақымданған тұрғын үйлер\t1 200-ден астам\nТолық қираған үйлер\t40\n"
     "Зақымданған нысандар (мектептер)\t7\nЗақымданған автокөліктер\t150-ге жуық", "kk",
     [("buildings_damaged", 1200, "more_than"), ("buildings_damaged", 40, "exact"),
      ("buildings_damaged", 7, "exact"), ("vehicles_damaged", 150, "about")]),
    ("показатель\tданные\nпогибли\t20\nиз них дети\t6\nгоспитализированы\t9", "ru",
     [("killed", 20, "exact"), ("killed", 6, "exact"), ("injured", 9, "exact")]),
    ("| Measure | Figure |\n|---|---|\n| Dead | 12 |\n| of them children | 4 |\n| Wounded | 40 |", "en",
     [("killed", 12, "exact"), ("killed", 4, "exact"), ("injured", 40, "exact")]),
    # Russian and Ukrainian wordings
    ("К тушению привлечены 120 человек личного состава.", "ru", [("deployed", 120, "exact")]),
    ("Под стражей остаются 30 человек.", "ru", [("detained", 30, "exact")]),
    ("Уголовное преследование возбуждено в отношении 7 организаторов.", "ru", [("charged", 7, "exact")]),
    ("Погибших уже больше полусотни.", "ru", [("killed", 50, "more_than")]),
    ("Пострадали человек тридцать.", "ru", [("injured", 30, "about")]),
    ("Видео набрало 3 миллиона просмотров, на нём видны погибшие.", "ru", []),
    ("Відео набрало 40 тисяч переглядів, загиблих там видно.", "uk", []),
    ("Звинувачення пред'явили 9 особам.", "uk", [("charged", 9, "exact")]),
    # the verb beats the counted noun
    ("Вранці померли ще троє поранених.", "uk", [("killed", 3, "exact")]),
    ("Суд засудив 6 обвинувачених.", "uk", [("convicted", 6, "exact")]),
    ("затримано 23 особи, серед затриманих і щонайменше 11 поранених", "uk",
     [("detained", 23, "exact"), ("injured", 11, "at_least")]),  # "і" is no verb
    # English
    ("The blast claimed the lives of 14 people.", "en", [("killed", 14, "exact")]),
    ("At least four journalists were briefly held by police.", "en", [("detained", 4, "at_least")]),
    ("Eleven men were tried in a closed court.", "en", [("charged", 11, "exact")]),
    ("Police said 60 people were killed. Of these, 40 were soldiers, 12 were police officers and 7 were civilians.", "en",
     [("killed", 60, "exact"), ("killed", 40, "exact"), ("killed", 12, "exact"), ("killed", 7, "exact")]),
    ("Погибли 60 человек. Из них 40 были военными, 12 полицейскими и 7 мирными жителями.", "ru",
     [("killed", 60, "exact"), ("killed", 40, "exact"), ("killed", 12, "exact"), ("killed", 7, "exact")]),
    ("Всего за помощью обратились 79 человек.", "ru", [("injured", 79, "exact")]),
    ("На стационарном лечении продолжают находиться 14 человек.", "ru", [("injured", 14, "exact")]),
    ("Rights Watch said at least six protesters appeared to have been shot.", "en", [("killed", 6, "at_least")]),
    ("Police shot and wounded 12 protesters.", "en", [("injured", 12, "exact")]),
    ("a crowd on the square, which by noon numbered in the thousands (estimates range from 5,000 to 9,000).", "en",
     [("participants", None, "vague"), ("participants", [5000, 9000], "range")]),
    # a part's own verb does not reach the whole
    ("Some hundreds persons tried to cross the border, 8 of them were killed by guards.", "en", [("killed", 8, "exact")]),
    ("The rebels freed around 300 prisoners, among them 20 businessmen who were judged for extremism.", "en",
     [("charged", 20, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_figures(text, lang, expected):
    assert summary(text, lang) == expected


# (text, lang, expected source name of the first claim)
SOURCES = [
    ("The riots claimed 19 lives, officials say.", "en", "officials"),  # a deed, not speech
    ("The blast claimed the lives of 14 people.", "en", None),
    # a pure attribution in the next sentence speaks for the figures before it
    ("Число погибших выросло до 30, 12 из них — дети. Такие данные привел замминистра МЧС.", "ru", "замминистра МЧС"),
    ("Задержаны три человека. Об этом сообщает СК.", "ru", "СК"),
    ("Жарылыс үш адамның өмірін қиды. Бұл туралы Денсаулық сақтау министрлігі хабарлады.", "kk", "Денсаулық сақтау министрлігі"),
    ("Twenty people were killed. The figures were given by the deputy minister Ivan Petrov.", "en", "deputy minister Ivan Petrov"),
    ("Twenty people were killed. He later left the city.", "en", None),
    # "he added" / "по его словам" after a figure-less sentence that named the speaker
    ("A spokesman, Colonel Ivan Petrov, said the dead included civilians. Some 300 people had been rounded up, he added.", "en",
     "A spokesman, Colonel Ivan Petrov"),
    ("Об этом сообщил глава области Иван Петров. По его словам, ранения получили 40 человек.", "ru", "глава области Иван Петров"),
    # an apposition and an adverb between the name and the verb
    ("The railway company, the state operator, initially said more than 20 people had been killed.", "en",
     "railway company, the state operator"),
    # an opening "according to" (Kazakh postposition) or a closing ", X said" frames the next sentence
    ("Министрліктің мәліметінше, медициналық көмекке 120 адам жүгінген. Олардың 30-ға жуығы ауруханаға жатқызылды.", "kk",
     "Министрліктің"),
    ("По уточненным данным областного МЧС, погибли 12 человек.", "ru", "областного МЧС"),
    ("The Prosecutor General's Office has maintained that 40 people died.", "en", "Prosecutor General's Office"),
]


def test_closing_attribution_frames_next_sentence():
    cs = extract("Forty people have died after the attack, the governor said on Saturday. Around 60 others were being treated.", "en")
    assert [(c.measure, c.source.name if c.source else None) for c in cs] == [("killed", "governor"), ("injured", "governor")]


def test_kazakh_opening_attribution_frames_next_sentence():
    cs = extract("Министрліктің мәліметінше, медициналық көмекке 120 адам жүгінген. Олардың 30-ға жуығы ауруханаға жатқызылды.", "kk")
    assert [c.source.name if c.source else None for c in cs] == ["Министрліктің", "Министрліктің"]


@pytest.mark.parametrize(("text", "lang", "name"), SOURCES)
def test_sources(text, lang, name):
    c = extract(text, lang)[0]
    assert (c.source.name if c.source else None) == name


# a denial pointing back at a figure: a claim of that figure, denied, with the denier as source
DENIALS = [
    ("Unverified posts spoke of dozens of dead soldiers; the defence ministry dismissed them as lies.", "en",
     ("killed", None, "denied", "defence ministry")),
    ("У мережі поширювалися чутки про понад 300 загиблих; влада їх спростувала.", "uk", ("killed", 300, "denied", "влада")),
    ("В сети писали о 300 погибших; власти их опровергли.", "ru", ("killed", 300, "denied", "власти")),
    ("Желіде «жүзге жуық адам өлді» деген хабарламалар тарады. Облыс әкімдігі бұл ақпаратты жоққа шығарды.", "kk",
     ("killed", 100, "denied", "Облыс әкімдігі")),
    ("Activists claimed the toll was in the hundreds, a figure the government called \"fake news.\"", "en",
     ("killed", None, "denied", "government")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DENIALS)
def test_denial_pointing_back(text, lang, expected):
    cs = extract(text, lang)
    assert len(cs) == 2
    rumour, denial = cs
    assert (denial.measure, denial.value, denial.modality, denial.source.name) == expected
    assert rumour.value == denial.value and rumour.modality != "denied"
    assert denial.quote in text and text[denial.span[0] : denial.span[1]] == denial.quote


def test_no_denial_without_a_figure_before():
    assert extract("The ministry dismissed them as lies.", "en") == []


def _with_places(text: str, lang: str, places: list[tuple[str, str | None, str]]):
    """Claims of ``text`` with place mentions (surface, gazetteer id, canonical) at every occurrence."""
    from rashomon.claims import ClaimExtractor
    from rashomon.document import Document, Paragraph, Sentence
    from rashomon.model import Mention

    doc = Document(id="p.txt", path="p.txt", text=text, lang=lang)
    doc.paragraphs = [Paragraph((0, len(text)), lang)]
    doc.sentences = [Sentence((0, len(text)), 0)]
    mentions = []
    for surface, gid, canon in places:
        k = text.find(surface)
        while k >= 0:
            mentions.append(Mention("p.txt", (k, k + len(surface)), surface, "place", gazetteer_id=gid, canonical=canon))
            k = text.find(surface, k + 1)
    return ClaimExtractor()(doc, [], mentions)


def test_a_street_does_not_beat_the_town():
    text = "Пожар в Омске начался в торговом центре на улице Мира. В Омске погибли 12 человек. Эвакуировали всех с улице Мира."
    cs = _with_places(text, "ru", [("Омске", "1496153", "Omsk"), ("улице Мира", None, "улица Мира")])
    assert [c.place for c in cs] == ["Omsk"]


def test_an_abbreviation_is_no_place():
    text = "Рятувальники прибули до ТЦ. У ТЦ загинули 12 людей. Пожежа в Омську."
    cs = _with_places(text, "uk", [("ТЦ", None, "ТЦ"), ("Омську", "1496153", "Omsk")])
    assert [c.place for c in cs] == ["Omsk"]


def test_a_capital_that_speaks_is_no_place():
    text = "The remains of a missile, a weapon Moscow says it no longer uses, were found. 57 people had been killed."
    cs = _with_places(text, "en", [("Moscow", "524901", "Moscow")])
    assert [c.place for c in cs] == [None]


def test_a_place_after_in_is_still_a_place():
    text = "Our reporter in Omsk estimates that about 2,000 people have gathered."
    cs = _with_places(text, "en", [("Omsk", "1496153", "Omsk")])
    assert [c.place for c in cs] == ["Omsk"]


MORE = [
    ("Сообщалось о нескольких погибших.", "ru", [("killed", None, "vague")]),
    ("Поліція затримала кількох активістів.", "uk", [("detained", None, "vague")]),
    ("Соседи говорят, 7 человек погибли, ещё несколько пропали.", "ru", [("killed", 7, "exact"), ("missing", None, "vague")]),
    ("Тоғыз адам қаза тапты.", "kk", [("killed", 9, "exact")]),
    # "another two": the count before in the paragraph
    ("Қаза болғандардың бірі — он жасар бала, тағы екеуі — әскери қызметшілер.", "kk", [("killed", 1, "exact"), ("killed", 2, "exact")]),
    ("Погибли 10 человек. Еще двое.", "ru", [("killed", 10, "exact"), ("killed", 2, "exact")]),
    ("Погибли 10 человек. Еще двое — в тяжелом состоянии.", "ru", [("killed", 10, "exact"), ("injured", 2, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), MORE)
def test_more_figures(text, lang, expected):
    assert summary(text, lang) == expected


# (text, lang, index of the claim, expected source type, expected modality)
KINDS = [
    ("A doctor at the city hospital told us that the morgue had received over 300 bodies.", "en", 0, "eyewitness", "asserted"),
    ("By the end of the year at least 230 people had been convicted, according to our monitors.", "en", 0, "author", "asserted"),
    ('The EU foreign policy chief said the attack had killed "dozens of civilians".', "en", 0, "official", "asserted"),
    ("В телеграм-каналах пишут о 300 погибших.", "ru", 0, "social_media", "unconfirmed"),  # a casualty figure only social media give is a rumour (dev-set gold)
    # a hedge about a quoted claim of its own leaves the official figure before it alone
    ("Прокуратура сообщила, что число погибших достигло 57. В каналах распространялась версия о «нескольких погибших», "
     "которую никто не подтвердил.", "ru", 0, "official", "asserted"),
]


@pytest.mark.parametrize(("text", "lang", "idx", "stype", "modality"), KINDS)
def test_source_type_and_modality(text, lang, idx, stype, modality):
    c = extract(text, lang)[idx]
    assert (c.source.type if c.source else c.source_type or "author") == stype
    assert c.modality == modality


ITEMS = [
    # definition-style lists: the figure first, what it is after a dash; markup kept or stripped by a reader
    ("Оцінки різняться:\n\n- **120** — офіційна кількість загиблих за даними прокуратури.\n\n"
     "- **Від 200 до 400** — оцінка місії, складена на основі свідчень.\n\n- **Понад 900** — таку цифру наводив опозиційний діяч.", "uk",
     [("killed", 120, "exact"), ("killed", [200, 400], "range"), ("killed", 900, "more_than")]),
    ("120 — official death toll according to the prosecutor.\n300 to 500 — estimate of the mission, based on refugees.", "en",
     [("killed", 120, "exact"), ("killed", [300, 500], "range")]),
    ("Загинули 120 осіб. Серед них, за версією влади, 31 військовослужбовець.", "uk",
     [("killed", 120, "exact"), ("killed", 31, "exact")]),  # a parenthetical between the pointer and the figure
]


@pytest.mark.parametrize(("text", "lang", "expected"), ITEMS)
def test_list_items(text, lang, expected):
    assert summary(text, lang) == expected


TABLES = [
    ("Killed | Injured | Detained\n12 | 40 | 300", "en", [("killed", 12, "exact"), ("injured", 40, "exact"), ("detained", 300, "exact")]),
    ("| Region | Killed | Injured |\n|---|---|---|\n| North | 12 | 40 |\n| South | 3 | 9 |", "en",
     [("killed", 12, "exact"), ("injured", 40, "exact"), ("killed", 3, "exact"), ("injured", 9, "exact")]),
    ("Район\tПогибшие\tРаненые\nСеверный\t12\t40", "ru", [("killed", 12, "exact"), ("injured", 40, "exact")]),
    ("Region\tPopulation\nNorth\t12000", "en", []),  # a header that names no count
]


@pytest.mark.parametrize(("text", "lang", "expected"), TABLES)
def test_column_headers(text, lang, expected):
    assert summary(text, lang) == expected


def test_heading_names_the_source_of_the_table_under_it():
    from rashomon.claims import ClaimExtractor
    from rashomon.document import Document, Paragraph, Section, Sentence

    text = "Обзор\n\n## Итог по официальным данным\n\nпоказатель\tданные\nпогибли\t20\nгоспитализированы\t9\n\n## Другое\n\nПогибли 30 человек."
    doc = Document(id="t.txt", path="t.txt", text=text, lang="ru")
    doc.paragraphs = [Paragraph((0, len(text)), "ru")]
    doc.sentences = [Sentence((0, len(text)), 0)]
    a, c = text.find("Итог"), text.find("## Другое")
    doc.sections = [Section("Итог по официальным данным", 2, (a, a + 26), (a, c)), Section("Другое", 2, (c + 3, c + 9), (c, len(text)))]
    got = [(cl.measure, cl.value, cl.source.type if cl.source else None) for cl in ClaimExtractor()(doc, [], [])]
    assert got == [("killed", 20, "official"), ("injured", 9, "official"), ("killed", 30, None)]


@pytest.mark.parametrize("text", ["По официальным данным, погибли 64 человека.", "За офіційними даними, загинули 64 людини."])
def test_official_data_is_a_source(text):
    c = extract(text, "ru" if "По" in text else "uk")[0]
    assert c.source is not None and c.source.type == "official"


CLAUSES = [
    ("Жертвами ракетного удара по вокзалу города, нанесенного утром 8 апреля, стали 52 человека, в том числе пятеро детей.", "ru",
     [("killed", 52, "exact"), ("killed", 5, "exact")]),  # a copula far after its predicate noun
    ("Witnesses described fire into a crowd on the main square, which by early afternoon numbered in the thousands "
     "(estimates range from 4,000 to 9,000).", "en", [("participants", None, "vague"), ("participants", [4000, 9000], "range")]),
    ("Після ідентифікації тіл кількість загиблих зменшили до 60.", "uk", [("killed", 60, "exact")]),  # "reduced to", not "up to"
    ("Blasts left three people dead, officials said on Tuesday, as tens of thousands of residents spent the night outside.", "en",
     [("killed", 3, "exact")]),  # "as" opens another clause
    ("Қаза болғандардың бірі — он жасар бала.", "kk", [("killed", 1, "exact")]),  # one of the dead; no range "1 — 10"
    ("Погибли 5 — 7 человек.", "ru", [("killed", [5, 7], "range")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CLAUSES)
def test_clauses(text, lang, expected):
    assert summary(text, lang) == expected


STATEMENTS = [
    ("Пожежа забрала життя 40 людей, серед яких 12 дітей.", "uk", [("killed", 40, "exact"), ("killed", 12, "exact")]),
    ("Погибли 40 человек, среди которых 12 детей.", "ru", [("killed", 40, "exact"), ("killed", 12, "exact")]),
    ("Пожар унёс жизни 40 человек.", "ru", [("killed", 40, "exact")]),
    # a sentence that is only a source and a bare figure competes with the count before it
    ('Organisers said 10,000 people marched. Police: "about 3,000".', "en",
     [("participants", 10000, "exact"), ("participants", 3000, "about")]),
    ("Участники пишут о «не меньше десяти тысячах» человек. Полиция: «порядка 3 тысяч».", "ru",
     [("participants", 10000, "at_least"), ("participants", 3000, "about")]),
    ("Активисты пишут о «не меньше десяти тысячах» погибших.", "ru", [("killed", 10000, "at_least")]),  # noun after the quote
    ("Погибли 10 человек. Врачи работают всю ночь. 12.", "ru", [("killed", 10, "exact")]),  # a bare figure with no source
]


@pytest.mark.parametrize(("text", "lang", "expected"), STATEMENTS)
def test_statements(text, lang, expected):
    assert summary(text, lang) == expected


# (text, lang, expected modality of every claim)
MODALITY = [
    ("Желіде «жүздеген адам өлді» деген хабарламалар тарады.", "kk", ["unconfirmed"]),
    ("Активисты сообщили о нескольких задержанных после схода, но официально задержания не подтверждались.", "ru", ["unconfirmed"]),
    ("Activists said 50 died, but this was not confirmed.", "en", ["unconfirmed"]),
    ("Police said 5 died, but activists said 50 died, which was not confirmed.", "en", ["asserted", "unconfirmed"]),
    # the activists' bare "о 50" is their competing count of the dead (session 4: now extracted)
    ("Полиция сообщила о 5 погибших, но активисты говорят о 50.", "ru", ["asserted", "asserted"]),
    ('The authorities categorically rejected that there were "hundreds of victims".', "en", ["denied"]),
    ("В ведомстве назвали сообщения о гибели десятков жителей «провокацией».", "ru", ["denied"]),
    ("Уряд відкинув повідомлення про сотні жертв.", "uk", ["denied"]),
    ("Блогер распространил в соцсетях «сведения» о 300 погибших.", "ru", ["unconfirmed"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), MODALITY)
def test_modality(text, lang, expected):
    assert [c.modality for c in extract(text, lang)] == expected


TYPES = [
    ("The regional governor's office put the number of people hospitalized at 41.", "en", "official"),
    ("More than 44,000 people were evacuated, according to the emergencies committee, which said it had sent over 700 rescuers.", "en",
     "official"),
    ("The National Guard said the unrest had left 243 injured.", "en", "official"),
    ("Human Rights Watch said at least six protesters were shot.", "en", "ngo"),
    ("Офис генпрокурора сообщил, что число погибших достигло 57.", "ru", "official"),
    ("Глава областной администрации Иван Петров сообщил, что погибли 52 человека.", "ru", "official"),
]


@pytest.mark.parametrize(("text", "lang", "stype"), TYPES)
def test_source_types(text, lang, stype):
    c = extract(text, lang)[-1]
    assert c.source is not None and c.source.type == stype
