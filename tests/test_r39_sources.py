"""Round 39, sources: a preliminary-data hedge goes on with the speaker named just before it
(``source_preliminary.txt``); a bare surname typed ``unknown`` takes the type the run's other
mentions of that person give (`rashomon._run_speakers`). Invented pages, places and people."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.dossier import assemble
from rashomon.pipeline import Pipeline
from tests.claims_helpers import analysis

_P = Pipeline()


def _sources(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.source.name if c.source else None, c.source.type if c.source else c.source_type)
            for c in analysis(text, lang).claims]


# (a speaker named in a sentence, then a preliminary-data hedge with the figures; the hedge alone)
HEDGED = {
    "ru": ("Пожар на складе\n\nВ МЧС Энской области сообщили, что на складе находились шесть человек. "
           "По предварительным данным, четверо погибли, а двое госпитализированы.",
           "Пожар на складе\n\nПо предварительным данным, четверо погибли, а двое госпитализированы."),
    "uk": ("Пожежа на складі\n\nУ ДСНС Зеленівської області повідомили, що на складі було шестеро людей. "
           "За попередніми даними, четверо загинули, ще двоє госпіталізовані.",
           "Пожежа на складі\n\nЗа попередніми даними, четверо загинули, ще двоє госпіталізовані."),
    "en": ("Fire at a warehouse\n\nThe Eastland Emergencies Ministry said that six people were in the warehouse. "
           "According to preliminary information, four were killed and two injured.",
           "Fire at a warehouse\n\nAccording to preliminary information, four were killed and two injured."),
    "kk": ("Қоймадағы өрт\n\nТөтенше жағдайлар министрлігі қоймада алты адам болғанын хабарлады. "
           "Алдын ала мәлімет бойынша, төрт адам қаза тапты, екі адам жарақат алды.",
           "Қоймадағы өрт\n\nАлдын ала мәлімет бойынша, төрт адам қаза тапты, екі адам жарақат алды."),
}


@pytest.mark.parametrize("lang", sorted(HEDGED))
def test_preliminary_hedge_goes_on_with_the_speaker_before(lang):
    got = _sources(HEDGED[lang][0], lang)
    rows = [r for r in got if r[0] in ("killed", "injured")]
    assert [(r[0], r[1]) for r in rows] == [("killed", 4), ("injured", 2)], got
    assert all(r[3] == "official" and r[2] for r in rows), got


@pytest.mark.parametrize("lang", sorted(HEDGED))
def test_preliminary_hedge_alone_keeps_the_page_voice(lang):
    got = _sources(HEDGED[lang][1], lang)
    rows = [r for r in got if r[0] in ("killed", "injured")]
    assert rows and all(r[2] is None and r[3] == "author" for r in rows), got


# (a page naming the speaker with a role; a page quoting the bare surname, inflected)
RUN = {
    "ru": ("Обстрел Заречья\n\nГубернатор Энской области Иван Петренко сообщил, что погибли 13 человек.",
           "Обстрел Заречья\n\nПо словам Петренко, погибли 15 человек."),
    "uk": ("Обстріл Заріччя\n\nГолова Зеленівської області Іван Петренко повідомив, що загинули 13 людей.",
           "Обстріл Заріччя\n\nПетренко повідомив, що загинули 15 людей."),
    "en": ("Shelling of Zarechye\n\nThe governor of Eastland, Ivan Petrenko, said 13 people were killed.",
           "Shelling of Zarechye\n\nAt least 15 people were killed, Petrenko said."),
    "kk": ("Заречьедегі атыс\n\nЭнск облысының әкімі Иван Петренко 13 адам қаза тапқанын хабарлады.",
           "Заречьедегі атыс\n\nПетренконың айтуынша, 15 адам қаза тапты."),
}


def _run_types(pages: list[tuple[str, str]]) -> dict:
    an = [_P.analyze(Document(id=f"{i}_{lang}.txt", path=str(i), text=text, lang=lang)) for i, (text, lang) in enumerate(pages)]
    d = assemble(an)
    return {(c.doc[0], c.value): (c.source.name if c.source else None, c.source.type if c.source else None)
            for c in d.claims if c.measure == "killed"}


@pytest.mark.parametrize("lang", sorted(RUN))
def test_bare_surname_takes_the_type_of_the_run(lang):
    first, later = RUN[lang]
    assert _run_types([(later, lang)])[("0", 15)][1] == "unknown"  # alone: no role word next to the name
    got = _run_types([(first, lang), (later, lang)])
    assert got[("0", 13)][1] == "official", got
    assert got[("1", 15)][1] == "official", got


def test_bare_surname_across_scripts():
    got = _run_types([(RUN["ru"][0], "ru"), (RUN["en"][1], "en")])
    assert got[("1", 15)] == ("Petrenko", "official"), got


def test_surname_of_two_kinds_stays_unknown():
    media = "Обстрел Заречья\n\nГазета «Вестник Петренко» сообщила, что погибли 14 человек."
    got = _run_types([(RUN["ru"][0], "ru"), (media, "ru"), (RUN["ru"][1], "ru")])
    if got.get(("1", 14), (None, None))[1] == "media":  # the paper's name holds the surname too: no one type
        assert got[("2", 15)][1] == "unknown", got


def test_another_name_is_not_typed():
    other = "Обстрел Заречья\n\nПо словам Сидоренко, погибли 15 человек."
    got = _run_types([(RUN["ru"][0], "ru"), (other, "ru")])
    assert got[("1", 15)][1] == "unknown", got


# an official posting on a channel is typed by what it is ("SR-channel"); a channel of no known owner
# stays social media
CHANNEL = {
    "ru": ("Обстрел Заречья\n\nПо данным телеграм-канала городской администрации, погибли 25 человек.",
           "Обстрел Заречья\n\nПогибли 25 человек, сообщил губернатор Иван Петренко в своем телеграм-канале."),
    "uk": ("Обстріл Заріччя\n\nЗа даними телеграм-каналу міської адміністрації, загинули 25 людей.",
           "Обстріл Заріччя\n\nЗагинули 25 людей, повідомив голова Зеленівської ОВА Іван Петренко у своєму телеграм-каналі."),
    "en": ("Shelling of Zarechye\n\nThe local police said in a Facebook post that 25 people were killed.",
           "Shelling of Zarechye\n\nThe regional governor said on Telegram that 25 people were killed."),
    "kk": ("Заречьедегі атыс\n\nОблыс әкімі Иван Петренко телеграм арнасында 25 адам қаза тапқанын хабарлады.",
           "Заречьедегі атыс\n\nПолиция департаменті Facebook парақшасында 25 адам қаза тапқанын хабарлады."),
}


@pytest.mark.parametrize("lang", sorted(CHANNEL))
def test_official_on_a_channel_is_official(lang):
    for text in CHANNEL[lang]:
        got = [r for r in _sources(text, lang) if r[0] == "killed"]
        assert got and got[0][3] == "official", got


def test_channel_of_no_known_owner_stays_social():
    got = [r for r in _sources("Shelling of Zarechye\n\nThe Vestnik Telegram channel reported that 25 people were killed.", "en")
           if r[0] == "killed"]
    assert got and got[0][3] == "social_media", got
    got = [r for r in _sources("Shelling of Zarechye\n\nResidents said on social media that 25 people were killed.", "en")
           if r[0] == "killed"]
    assert got and got[0][3] == "social_media", got


@pytest.mark.parametrize("lang,text", [
    ("ru", "Обстрел Заречья\n\nПогибли 25 человек, сообщил глава Энской области Иван Петренко."),
    ("uk", "Обстріл Заріччя\n\nЗагинули 25 людей, повідомив голова Зеленівської області Іван Петренко."),
])
def test_inverted_head_of_a_region_speaks(lang, text):
    got = [r for r in _sources(text, lang) if r[0] == "killed"]
    assert got and got[0][3] == "official" and "Петренко" in got[0][2], got


# bodies and roles named without a head word the lists knew
ROLES = [
    ("en", "Shelling of Zarechye\n\nThe regional emergency operation center said 12 people were injured."),
    ("en", "Shelling of Zarechye\n\nAn Eastland diplomat said 12 people were injured."),
    ("ru", "Обстрел Заречья\n\nЦентр общественного здоровья Энской области сообщил о 12 заболевших."),
    ("ru", "Обстрел Заречья\n\nПравоохранители сообщили, что ранены 12 человек."),
    ("uk", "Обстріл Заріччя\n\nЦентр громадського здоров'я повідомив про 12 хворих."),
    ("uk", "Обстріл Заріччя\n\nПоранені 12 людей, повідомив журналістам представник МЧС Іван Петренко."),
    ("kk", "Заречьедегі атыс\n\nОблыстық полиция департаментінің баспасөз қызметі 12 адамның жараланғанын хабарлады."),
    ("kk", "Заречьедегі атыс\n\nПәкістандық шенеуніктің айтуынша, 12 адам жараланды."),
]


@pytest.mark.parametrize("lang,text", ROLES)
def test_role_words_typed_official(lang, text):
    got = [r for r in _sources(text, lang) if r[0] == "injured"]
    assert got and got[0][3] == "official", got


# a body's report named once goes on over the next paragraph's figures that continue it ("Кроме того",
# "Also"); an earlier report does not, nor a paragraph that opens on its own
PARAS = {
    "ru": ("Вспышка кори\n\nВ Центре общественного здоровья сообщили, что за неделю заболели 2141 человек.\n\n"
           "Кроме того, 290 человек госпитализированы.\n\nТакже зарегистрированы 15 летальных случаев.",
           "Ранее сообщалось о 12 больных."),
    "uk": ("Спалах кору\n\nУ Центрі громадського здоров'я повідомили, що за тиждень захворіли 2141 особа.\n\n"
           "Крім того, 290 людей госпіталізовані.\n\nТакож зареєстровано 15 летальних випадків.",
           "Раніше надходили дані про 12 хворих."),
    "en": ("Measles outbreak\n\nThe Eastland health ministry said that 2,141 people fell ill last week.\n\n"
           "Also, 290 people were taken to hospital.\n\nAlso, 15 deaths were recorded.",
           "Earlier, 12 cases had been reported."),
    "kk": ("Қоймадағы жарылыс\n\nТөтенше жағдайлар министрлігі 2141 адамның зардап шеккенін хабарлады.\n\n"
           "Сондай-ақ 15 адам қаза тапты.",
           "Бұған дейін 12 науқас туралы хабарланған."),
}


@pytest.mark.parametrize("lang", sorted(PARAS))
def test_report_goes_on_over_the_next_paragraphs(lang):
    text, _recap = PARAS[lang]
    got = _sources(text, lang)
    firsts = [r for r in got if r[1] == 2141]
    assert firsts and firsts[0][3] == "official", got
    later = [r for r in got if r[1] in (290, 15)]
    assert later and all(r[3] == "official" for r in later), got


@pytest.mark.parametrize("lang", sorted(PARAS))
def test_an_earlier_report_after_a_paragraph_break_is_not_carried(lang):
    text, recap = PARAS[lang]
    head = text.split("\n\n")
    got = _sources("\n\n".join(head[:2] + [recap]), lang)
    rows = [r for r in got if r[1] == 12]
    assert all(r[3] != "official" for r in rows), got


def test_a_speaker_of_no_known_kind_is_not_carried_over_a_paragraph():
    text = ("Measles outbreak\n\nThree more deaths were reported last week, residents said.\n\n"
            "Most cases were in the Zorinsk region (290 cases).")
    got = [r for r in _sources(text, "en") if r[1] == 290]
    assert got and got[0][2] is None, got


# a quotation's author named after it
CLOSING = [
    ("kk", "Қоймадағы өрт\n\n\"Өрттен 4 адам қаза болып, екі адам зардап шеккен\", - делінген Төтенше жағдайлар министрлігі хабарламасында.",
     "Төтенше жағдайлар министрлігі"),
    ("uk", "Пожежа на складі\n\n\"Загинули 4 людини, 2 постраждалих направлені в лікарню\", – відзначили в міністерстві.", "міністерстві"),
    ("ru", "Пожар на складе\n\n«Погибли 4 человека, двое госпитализированы», — отметили в министерстве.", "министерстве"),
    ("en", "Fire at a warehouse\n\n\"Four people were killed and two were taken to hospital,\" the ministry said.", "ministry"),
]


@pytest.mark.parametrize("lang,text,name", CLOSING)
def test_quotation_author_named_after_it(lang, text, name):
    got = [r for r in _sources(text, lang) if r[0] == "killed"]
    assert got and got[0][2] == name and got[0][3] == "official", got


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Mine blast\n\nEarlier, the governor said that 50 people were trapped.\n\nIn all, eight people were brought out and four died.", 4),
    ("en", "Mine blast\n\nThe ministry said that 52 miners died.\n\nRescue workers found 14 bodies and kept searching.", 14),
    ("ru", "Взрыв на шахте\n\nРанее губернатор сообщил, что под завалами 50 человек.\n\nВсего подняты восемь человек, четверо погибли.", 4),
])
def test_no_carry_from_a_recap_or_onto_an_actor_of_its_own(lang, text, value):
    got = [r for r in _sources(text, lang) if r[1] == value]
    assert got and got[0][2] is None, got


def test_a_paragraph_that_does_not_continue_the_report_keeps_the_page_voice():
    text = ("Mine blast\n\nThe ministry said that 52 miners died.\n\n"
            "During the search operation six rescuers were killed.")
    got = [r for r in _sources(text, "en") if r[1] == 6]
    assert got and got[0][2] is None, got
