"""Round 29 (real-text probe, attribution): general constructions of real news pages, in every
language where they exist. All sentences are invented (fictional places, people and outlets).

- A quotation of several sentences whose speaker is named after it closes ("«Пожар потушен.
  Погибли трое», — написал он", "«...», — деді министр", '"...," the mayor said'): every figure in
  the quotation is the speaker's; a "he wrote" speaks for the one named before the quotation.
- A news outlet as the addressee of a statement ("рассказал Заречье Медиа глава пресс-службы", "сообщили
  Заречье Медиа в пресс-службе МЧС", "Об этом Заречье Медиа сообщил глава ...", "розповів Заріччя Медіа речник"): the
  official who spoke is the source, not the outlet that listened.
- Where a statement was posted ("в Telegram сообщила пресс-служба", "сообщил в Telegram глава
  района") is no name.
- A quoted title after "сообщает"/"пишет"/"повідомляє" is the inverted subject, a media source.
- "Там добавили" (there, in the body named before): the adverb is no name.
"""

from __future__ import annotations

import pytest
from claims_helpers import sourced as _claims

QUOTED = [
    ("«Пожар в Заречье потушен. Погибли три человека. Работы идут», — рассказала руководитель пресс-службы МЧС Анна Сидорова.",
     "ru", 3, "пресс-службы", "official"),
    ("Мэр Иван Петров сообщил о трагедии вечером.\n\"В кафе \"Ромашка\" произошла трагедия. Погибли два человека. Приношу соболезнования\", - написал он.",
     "ru", 2, "Петров", "official"),
    ("Рятувальники прибули до Заріччя. \"Загинули три людини, постраждали 18 осіб (з них дев'ять госпіталізовано)\", - ідеться в повідомленні ДСНС.",
     "uk", 3, "ДСНС", "official"),
    ("Голова ОВА Петро Сидоренко повідомив про атаку на Заріччя. «Ще одна загибла. Це жінка», – написав він у телеграмі.",
     "uk", 1, "Сидоренко", "official"),
    ("«Ақтоғайда 17 адам қаза тапты. Өрт сөндірілді», — деді төтенше жағдайлар министрі Асқар Бекұлы.",
     "kk", 17, "министрі", "official"),
    ('"Five people died in Millbrook. The fire is out," the regional police chief told reporters.',
     "en", 5, "police chief", "official"),
]


@pytest.mark.parametrize("text,lang,value,name,typ", QUOTED)
def test_quotation_speaker_after_it(text, lang, value, name, typ):
    rows = [r for r in _claims(text, lang) if r[1] == value]
    assert rows, _claims(text, lang)
    assert rows[0][2] and name in rows[0][2], rows
    assert rows[0][3] == typ, rows


ADDRESSEE = [
    ("Погибли 7 человек, рассказал Заречье Медиа глава пресс-службы МЧС Заречья Иван Петров.", "ru", "глава пресс-службы", "official"),
    ("Погибли 7 человек, сообщили Заречье Медиа в пресс-службе МЧС.", "ru", "пресс-службе", "official"),
    ("Тела 7 погибших обнаружены в Заречье. Об этом Заречье Медиа сообщил глава пресс-службы регионального МЧС.", "ru", "глава пресс-службы", "official"),
    ("Загинули 7 людей, розповів Заріччя Медіа речник поліції Іван Петренко.", "uk", "речник поліції", "official"),
    ("Загинули 7 людей у Заріччі. Про це Заріччя Медіа повідомив речник поліції Іван Петренко.", "uk", "речник поліції", "official"),
]


@pytest.mark.parametrize("text,lang,name,typ", ADDRESSEE)
def test_outlet_as_addressee(text, lang, name, typ):
    rows = [r for r in _claims(text, lang) if r[1] == 7]
    assert rows and rows[0][2] and name in rows[0][2], rows
    assert rows[0][3] == typ, rows


def test_outlet_citing_speaks():
    # round 31: an outlet citing an official body gives the body (tests/test_r31_attribution.py); citing
    # unnamed sources, the outlet itself speaks
    rows = _claims("Погибли 7 человек, сообщает Заречье Медиа со ссылкой на источники.", "ru")
    assert rows[0][2].startswith("Заречье Медиа") and rows[0][3] == "media", rows


CHANNEL = [
    ("Погибли 3 человека в Заречье. Об этом в Telegram сообщила пресс-служба полиции области.", "ru", "пресс-служба полиции"),
    ("Погибли 3 человека, сообщил в Telegram глава района Иван Петров.", "ru", "глава района"),
    ("Загинули 3 людини у Заріччі. Про це в Telegram повідомила пресслужба поліції області.", "uk", "пресслужба поліції"),
    ("Загинули 3 людини у Заріччі. Про це у телеграмі повідомив голова ОВА Петро Сидоренко.", "uk", "голова ОВА"),
]


@pytest.mark.parametrize("text,lang,name", CHANNEL)
def test_channel_is_no_name(text, lang, name):
    rows = [r for r in _claims(text, lang) if r[1] == 3]
    assert rows and rows[0][2] and rows[0][2].startswith(name), rows
    assert rows[0][3] == "official", rows


QUOTED_TITLE = [
    ("Погибли 6 человек, сообщает «Вестник Заречья».", "ru", "Вестник Заречья"),
    ("Число пострадавших возросло до 6, пишет «Заря».", "ru", "Заря"),
    ("Загинули 6 людей, повідомляє «Вісник Заріччя».", "uk", "Вісник Заріччя"),
]


@pytest.mark.parametrize("text,lang,name", QUOTED_TITLE)
def test_quoted_title_after_publishing_verb(text, lang, name):
    rows = [r for r in _claims(text, lang) if r[1] == 6]
    assert rows and rows[0][2] == name and rows[0][3] == "media", rows


@pytest.mark.parametrize("text,lang", [
    ("Там добавили, что погибли 10 человек.", "ru"),
    ("Там додали, що загинули 10 людей.", "uk"),
])
def test_there_is_no_name(text, lang):
    rows = _claims(text, lang)
    assert rows and rows[0][2] != "Там", rows


def test_quotation_without_speech_dash_keeps_no_source():
    rows = _claims('The report, titled "Five people died in the fire", was published in Millbrook.', "en")
    assert all(r[2] is None for r in rows if r[1] == 5), rows


def test_quoted_addressee_before_that_clause_is_no_source():
    rows = _claims("Очевидец, отец ученика, рассказал «Вестнику», что видел «не меньше пяти человек» раненых.", "ru")
    assert rows and rows[0][2] and rows[0][2].startswith("Очевидец"), rows


@pytest.mark.parametrize("text,lang,name,typ", [
    ("Погибли 10 человек, передает корреспондент «Заря.Ru».", "ru", "корреспондент «Заря.Ru»", "media"),
    ("Погибли 6 человек. Об этом Вестнику.ру рассказали в пресс-службе МВД.", "ru", "пресс-службе МВД", "official"),
    ("Загинули 6 людей, повідомляє Zaria.ua.", "uk", "Zaria.ua", "media"),
    ("Ten people died, Zarya.com reported.", "en", "Zarya.com", "media"),
])
def test_web_domain_in_outlet_name(text, lang, name, typ):
    rows = _claims(text, lang)
    assert rows and rows[0][2] == name and rows[0][3] == typ, rows


def test_kk_according_to_data_relied_on():
    rows = _claims("Төтенше жағдайлар департаментінің мәліметіне сүйенсек, өрттен 6 адам көз жұмды.", "kk")
    assert rows and rows[0][1] == 6 and rows[0][2] and "департамент" in rows[0][2] and rows[0][3] == "official", rows


def test_kk_quotation_body_named_before():
    text = ("Ақтоғай ауданында өрт болды, деп хабарлайды «Дала» тілшісі облыстық ТЖД-ға сілтеме жасап.\n"
            "«Өрт салдарынан 4 адам қаза тапқан. Өрт сөндірілді», - деп мәлімдеді ведомстводан.")
    rows = [r for r in _claims(text, "kk") if r[1] == 4]
    assert rows and rows[0][2] is not None, rows


@pytest.mark.parametrize("text,lang,value,name", [
    ("ДСНС повідомила про пожежу в Заріччі. «Пожежу ліквідовано. Загинули три людини», – йдеться в повідомленні.", "uk", 3, "ДСНС"),
    ("ДСНС повідомила про пожежу в Заріччі. «Загинули три людини», – йдеться в публікації.", "uk", 3, "ДСНС"),
    ("МЧС сообщило о пожаре в Заречье. «Пожар потушен. Погибли три человека», — говорится в публикации.", "ru", 3, "МЧС"),
    ('The regional police said the fire was out. "Five people died. The fire is out," the statement said.', "en", 5, "police"),
    ("Облыстық ТЖД мәлімдеді. «Өрт сөндірілді. 4 адам қаза тапты», — делінген хабарламада.", "kk", 4, "ТЖД"),
])
def test_quotation_from_a_statement_is_the_body_named_before(text, lang, value, name):
    rows = [r for r in _claims(text, lang) if r[1] == value]
    assert rows and rows[0][2] and name in rows[0][2], rows


def test_statement_with_no_body_before_keeps_its_word():
    rows = _claims("«Погибли три человека», — говорится в публикации.", "ru")
    assert rows and rows[0][2] == "публикации", rows


@pytest.mark.parametrize("text,lang,name", [
    ("Кількість загиблих унаслідок удару по Заріччю зросла до 21 людини, повідомляє голова Заріченської обласної військової адміністрації (ОВА) Петро Сидоренко.",
     "uk", "голова Заріченської обласної військової адміністрації"),
    ("Число погибших выросло до 21 человека, сообщил глава Заречинской областной военной администрации Петр Сидоренко.",
     "ru", "глава Заречинской областной военной администрации"),
])
def test_inverted_subject_with_long_genitive_chain(text, lang, name):
    rows = [r for r in _claims(text, lang) if r[1] == 21]
    assert rows and rows[0][2] and rows[0][2].startswith(name) and rows[0][3] == "official", rows


@pytest.mark.parametrize("text,lang,value", [
    ("Голова ОВА Петро Сидоренко написав про атаку на Заріччя.\n«Ще одна загибла», – написав він у телеграмі.", "uk", 1),
    ("Глава района Петр Сидоренко сообщил о пожаре в Заречье. «Погибли три человека», — написал он в Telegram.", "ru", 3),
])
def test_pronoun_with_channel_is_the_one_named_before(text, lang, value):
    rows = [r for r in _claims(text, lang) if r[1] == value]
    assert rows and rows[0][2] and "Сидоренко" in rows[0][2] and rows[0][3] == "official", rows
