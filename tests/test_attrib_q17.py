"""Session 10 round on devset18 + devset19 (attribution and modality): general patterns, in every language.

- A quoted figure from a named speaker that the next sentence calls false (a lie, propaganda, "жалған")
  is ``unconfirmed`` plus a ``denied`` row from the denier (`rashomon.claims._denials`); a figure in
  a trailing "a figure X rejected" likewise; an official finding others reject stays asserted.
- A denial plus the denier's own counter-figure in one sentence ("МВС назвало ці дані брехнею і
  наполягає, що загинула одна людина"): the denial goes to the rumour, the counter-figure stays asserted.
- "Reports in the media that N ... are not true": the media's report (unconfirmed) and the denial.
- Speakers: a colon lead-in after a dated stamp ("- П'ятниця, 14 серпня, 11:00 — X: 366 загиблих"), an
  appositive subject of "gave", "X у заяві пише", "X at first reported", a time phrase before the subject
  ("By the evening the Interior Ministry"), Kazakh past participles ("айтқан", "деп есептеген") and the
  subject after an opening "Алғашқы мәліметтер бойынша,", prosecutors and a mayor's office in Kazakh.
- "Раніше називали 1 загиблого": earlier unnamed reports, not the source of the sentence before.
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


# -- rumour and denial pairs ----------------------------------------------------------------------

DENIED_NEXT = [
    ("Російське телебачення повідомляє, що «понад 1000 військових» загинули. Генштаб назвав це пропагандою.", "uk",
     [("killed", 1000, "media", "unconfirmed"), ("killed", 1000, "official", "denied")]),
    ("Российское телевидение сообщило, что «более 1000 военных» погибли. Генштаб назвал это пропагандой.", "ru",
     [("killed", 1000, "media", "unconfirmed"), ("killed", 1000, "official", "denied")]),
    ('Russian television reported that "more than 1,000 soldiers" had died. The General Staff called it propaganda.', "en",
     [("killed", 1000, "media", "unconfirmed"), ("killed", 1000, "official", "denied")]),
    ("Ресей бұқаралық ақпарат құралдары «мыңнан астам» әскери қаза тапты деп жазды. Бас штаб бұл ақпаратты жалған деп атады.", "kk",
     [("killed", 1000, "media", "unconfirmed"), ("killed", 1000, "official", "denied")]),
    ("Ответственность взяла на себя оппозиционная группа, которая заявила о «более 40 убитых солдатах». В Министерстве обороны назвали это заявление ложью.", "ru",
     [("killed", 40, "opposition", "unconfirmed"), ("killed", 40, "official", "denied")]),
    # round 23: separatist leaders speak for their side's authorities (devset18 gold: official)
    ("Separatist leaders claimed that more than 1,000 soldiers had died, a figure Kyiv rejected.", "en",
     [("killed", 1000, "official", "unconfirmed"), ("killed", 1000, "official", "denied")]),
    ('Some people in forum write "three dead in vegetable base", the police said it is the lie.', "en",
     [("killed", 3, "social_media", "unconfirmed"), ("killed", 3, "official", "denied")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DENIED_NEXT)
def test_a_quoted_figure_called_false_is_unconfirmed_and_denied(text, lang, expected):
    assert _rows(text, lang) == expected


def test_an_official_finding_others_reject_stays_asserted():
    got = _rows("По заключению Минздрава, погибли 186 человек. Правозащитники эти выводы отвергли.", "ru")
    assert got[0] == ("killed", 186, "official", "asserted")


COUNTER = [
    ("Опозиційні депутати говорять про «трьох загиблих». МВС назвало ці дані брехнею і наполягає, що загинула одна людина.", "uk"),
    ("Оппозиционные депутаты говорят о «трёх погибших». МВД назвало эти данные ложью и настаивает, что погиб один человек.", "ru"),
    ('Opposition deputies speak of "three dead". The ministry called the claims lies and insists that one person died.', "en"),
]


@pytest.mark.parametrize(("text", "lang"), COUNTER)
def test_a_denial_with_a_counter_figure(text, lang):
    got = sorted(_rows(text, lang), key=str)
    assert got == sorted([("killed", 3, "opposition", "unconfirmed"), ("killed", 3, "official", "denied"),
                          ("killed", 1, "official", "asserted")], key=str)


REPORTS_UNTRUE = [
    ('Reports in the media that "three young men were beaten to death" in police custody are not true.', "en"),
    ("Сообщения СМИ о трёх погибших не соответствуют действительности.", "ru"),
    ("Повідомлення ЗМІ про трьох загиблих не відповідають дійсності.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), REPORTS_UNTRUE)
def test_reports_called_untrue(text, lang):
    assert _rows(text, lang) == [("killed", 3, "media", "unconfirmed"), ("killed", 3, "author", "denied")]


def test_a_rumour_split_already_is_not_split_again():
    got = _rows('Reports circulating online that "two protesters died in hospital" are false.', "en")
    assert got == [("killed", 2, "social_media", "unconfirmed"), ("killed", 2, "author", "denied")]


@pytest.mark.parametrize(("text", "lang", "measure"), [
    ("Three young men were beaten to death in custody.", "en", "killed"),
    ("Трое молодых людей были избиты насмерть.", "ru", "killed"),
    ("Трьох молодих людей побили до смерті.", "uk", "killed"),
    ("Three young men were beaten by police.", "en", "injured"),
])
def test_beaten_to_death_is_a_death(text, lang, measure):
    assert [(c.measure, c.value) for c in _claims(text, lang)] == [(measure, 3)]


# -- speakers -------------------------------------------------------------------------------------

def _sources(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.source.type if c.source else c.source_type, c.source.name if c.source else None)
            for c in _claims(text, lang)]


SPEAKERS = [
    # a colon lead-in after a dated stamp
    ("- П'ятниця, 14 серпня 2015 року, 11:00 — Головний військовий прокурор Анатолій Матіос: 366 загиблих.", "uk",
     [("killed", 366, "official", "Головний військовий прокурор Анатолій Матіос")]),
    ("14 серпня — Головний військовий прокурор: 366 загиблих.", "uk",
     [("killed", 366, "official", "Головний військовий прокурор")]),
    ("- Пятница, 14 августа 2015 года, 11:00 — Главный военный прокурор Анатолий Матиос: 366 погибших.", "ru",
     [("killed", 366, "official", "Главный военный прокурор Анатолий Матиос")]),
    # "gave" with an appositive subject, not the last sentence's speaker
    ("A parliamentary commission said 241 died. In August 2015 the Chief Military Prosecutor, Anatoliy Matios, gave 366 killed.", "en",
     [("killed", 241, "official", "A parliamentary commission"), ("killed", 366, "official", "Chief Military Prosecutor, Anatoliy Matios")]),
    # the statement is the subject's adverbial
    ("«Правий сектор» у заяві пише, що «двоє наших побратимів загинули».", "uk", [("killed", 2, "eyewitness", "Правий сектор")]),
    ("МВД в заявлении сообщило, что погибли 3 человека.", "ru", [("killed", 3, "official", "МВД")]),
    ("The ministry in a statement said that three people were killed.", "en", [("killed", 3, "official", "ministry")]),
    # an adverb of time between the subject and its verb; a time phrase before the subject
    ("Regional police at first reported one person killed.", "en", [("killed", 1, "official", "Regional police")]),
    ("By the evening the Interior Ministry put the toll at two dead.", "en", [("killed", 2, "official", "Interior Ministry")]),
    # Kazakh
    ("Прокурордың мәліметінше, 429 адам жараланған.", "kk", [("injured", 429, "official", "Прокурордың")]),
    ("Бішкек мэриясының мәліметінше, 40-тан астам дүкен тоналған.", "kk", [("buildings_damaged", 40, "official", "Бішкек мэриясының")]),
    ("Алғашқы мәліметтер бойынша, Бас штаб 108 әскери қаза тапқанын айтқан.", "kk", [("killed", 108, "official", "Бас штаб")]),
    ("Жоғарғы Раданың тергеу комиссиясы кемінде 241 адам қаза тапты деп есептеген.", "kk",
     [("killed", 241, "official", "Жоғарғы Раданың тергеу комиссиясы")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SPEAKERS)
def test_speakers(text, lang, expected):
    assert _sources(text, lang) == expected


EARLIER = [
    ("Прес-служба МВС: загинули 2 людини. Раніше називали 1 загиблого.", "uk"),
    ("Пресс-служба МВД: погибли 2 человека. Ранее называли 1 погибшего.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), EARLIER)
def test_earlier_unnamed_figures_do_not_carry_the_last_speaker(text, lang):
    got = [(c.value, c.source.type if c.source else c.source_type) for c in _claims(text, lang)]
    assert got == [(2, "official"), (1, "unknown")]


def test_a_second_predicate_of_a_named_subject_keeps_it():
    got = _sources("В МВД заявили, что ранены 47 сотрудников, и первоначально сообщали лишь о двух погибших.", "ru")
    assert [(m, v, t) for m, v, t, _n in got] == [("injured", 47, "official"), ("killed", 2, "official")]


# -- source kinds, own voice, figures without evidence ----------------------------------------------

KINDS = [
    ("By our estimate about 10,000 people took part.", "en", [("participants", 10000, "author", None)]),
    ("За нашими оцінками, у мітингу взяли участь близько 10 тисяч людей.", "uk", [("participants", 10000, "author", None)]),
    ("По нашим оценкам, в митинге приняли участие около 10 тысяч человек.", "ru", [("participants", 10000, "author", None)]),
    ("Народный защитник Созар Субари заявил о более чем 600 пострадавших.", "ru",
     [("injured", 600, "official", "Народный защитник Созар Субари")]),
    ("The public defender said 600 people were hurt.", "en", [("injured", 600, "official", "public defender")]),
    ("Спецназ ворвался в здание телекомпании; по словам сотрудников канала, пострадали 6 журналистов.", "ru",
     [("injured", 6, "eyewitness", "сотрудников канала")]),
    ("Російські телеграм-канали та пабліки пишуть про «десятки загиблих».", "uk",
     [("killed", None, "social_media", "Російські телеграм-канали та пабліки")]),
    ("| Джерело | Загиблі | Поранені |\n|---|---|---|\n| ТСК Верховної Ради (жовтень 2014) | щонайменше 241 | — |\n"
     "| ГВП (серпень 2015) | 366 | 429 |\n| облздоров | — | 13 |", "uk",
     [("killed", 241, "official", "ТСК Верховної Ради"), ("killed", 366, "official", "ГВП"), ("injured", 429, "official", "ГВП"),
      ("injured", 13, "official", "облздоров")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), KINDS)
def test_source_kinds(text, lang, expected):
    assert _sources(text, lang) == expected


NO_EVIDENCE = [
    ("Лідери опозиції заявили, що поранених «більше тисячі», але доказів не навели.", "uk"),
    ("Лидеры оппозиции заявили, что раненых «более тысячи», но доказательств не привели.", "ru"),
    ("Opposition leaders said more than 1,000 people were injured, but gave no evidence.", "en"),
    ("Оппозиция 1000-нан астам адам жараланды деп мәлімдеді, бірақ дәлел келтірмеді.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), NO_EVIDENCE)
def test_a_figure_without_evidence_is_unconfirmed_with_no_denial(text, lang):
    assert _rows(text, lang) == [("injured", 1000, "opposition", "unconfirmed")]


def test_an_act_without_evidence_of_wrongdoing_stays_asserted():
    assert _rows("Police detained 30 people without evidence of wrongdoing.", "en") == [("detained", 30, "author", "asserted")]


# -- the bundled sample's attribution items -----------------------------------------------------------

SAMPLE_ITEMS = [
    # a subordinate clause with its own speaker
    ("По словам медиков, в морг доставили семь тел — в то время как министерство ещё сообщало о трёх погибших.", "ru",
     [("killed", 7, "eyewitness", "медиков"), ("killed", 3, "official", "министерство")]),
    ("Medical workers said that seven bodies were brought to the morgue, when the ministry was still reporting three dead.", "en",
     [("killed", 7, "eyewitness", "Medical workers"), ("killed", 3, "official", "ministry")]),
    # where the speaker spoke and an adverb of manner are no part of the name
    ("Аким области Марат Жумабеков на брифинге сообщил, что погибли 9 человек.", "ru",
     [("killed", 9, "official", "Аким области Марат Жумабеков")]),
    ("Голова ОВА Іван Федоров на брифінгу повідомив, що загинули 9 людей.", "uk", [("killed", 9, "official", "Голова ОВА Іван Федоров")]),
    ("The governor at a briefing said 9 people died.", "en", [("killed", 9, "official", "governor")]),
    ("Правозащитный центр поимённо установил 25 погибших.", "ru", [("killed", 25, "ngo", "Правозащитный центр")]),
    # an elided subject of a coordinated clause
    ("Власти уже трижды меняли официальные данные о числе жертв, но до сих пор называют лишь девять погибших.", "ru",
     [("killed", 9, "official", "Власти")]),
    ("Влада вже тричі змінювала офіційні дані, але досі називає лише дев'ять загиблих.", "uk", [("killed", 9, "official", "Влада")]),
    # unconfirmed information names no one
    ("Расталмаған мәліметтер бойынша, 40-тан астам адам қаза тапты.", "kk", [("killed", 40, "unknown", None)]),
    ("According to unconfirmed reports, more than 40 people died.", "en", [("killed", 40, "unknown", None)]),
    ("По неподтверждённым данным, погибли более 40 человек.", "ru", [("killed", 40, "unknown", None)]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SAMPLE_ITEMS)
def test_sample_attribution_items(text, lang, expected):
    assert _sources(text, lang) == expected
