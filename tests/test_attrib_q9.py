"""Attribution and denials, session 6 round 3: invented sentences about invented events, in every
language where the construction exists. Texts are segmented as the product does.

- speech verbs "наполягає" (insists) and the imperfective "називала/называла" (called a figure);
- a political party is the opposition unless it rules ("the ruling X party" is official);
- national security committee acronyms (ҰҚМК, ДКНБ, ГКНБ) are official; an airport is a company;
- denials: "called the claim fabricated", MT "named it the panic";
- "did not confirm" (растамады, не підтвердили) is no denial.
"""

from __future__ import annotations

import pytest
from claims_helpers import segmented_attributed as _got

from rashomon.claims import ClaimExtractor
from rashomon.document import Document
from rashomon.segment import Segmenter
from rashomon.timex import TimeTagger

_EXTRACT, _SEGMENT, _TIMES = ClaimExtractor(), Segmenter(), TimeTagger()
TITLE = "Хроника событий\n\n"


SOURCES = [
    # "insists", "called (a figure)"
    ("Правозахисний рух «Воля» наполягає, що затримано щонайменше 26 людей.", "uk", [("detained", 26, "ngo", "asserted")]),
    ("Опозиційна партія «Світанок» називала цифру від 25 до 30 затриманих.", "uk",
     [("detained", (25, 30), "opposition", "asserted")]),
    ("Оппозиционная партия «Рассвет» называла цифру от 25 до 30 задержанных.", "ru",
     [("detained", (25, 30), "opposition", "asserted")]),
    # round 23: rights activists are a rights group (devset5, 7, 17 gold)
    ("Rights activists insisted that at least 26 people had been detained.", "en", [("detained", 26, "ngo", "asserted")]),
    # a party word
    ("Партия «Рассвет» заявила, что задержанных было 25.", "ru", [("detained", 25, "opposition", "asserted")]),
    ("Партія «Світанок» заявила, що затриманих було 25.", "uk", [("detained", 25, "opposition", "asserted")]),
    ("The Dawn party said 25 people had been detained.", "en", [("detained", 25, "opposition", "asserted")]),
    ("«Таң» партиясы 25 адам ұсталды деп мәлімдеді.", "kk", [("detained", 25, "opposition", "asserted")]),
    # a ruling party is official, also after a semicolon that changes the speaker
    ("Opposition leaders said at least 9,000 people had joined the rally; the ruling Dawn party put the crowd at no more than 4,000.",
     "en", [("participants", 9000, "opposition", "asserted"), ("participants", 4000, "official", "asserted")]),
    ("Правящая партия «Рассвет» заявила, что задержанных было 25.", "ru", [("detained", 25, "official", "asserted")]),
    # national security committee acronyms
    ("ҰҚМК-ның мәліметінше, 22 адам ұсталған.", "kk", [("detained", 22, "official", "asserted")]),
    ("За даними ДКНБ, затримано 22 людини.", "uk", [("detained", 22, "official", "asserted")]),
    ("По данным ГКНБ, задержаны 22 человека.", "ru", [("detained", 22, "official", "asserted")]),
    # an office
    ("Управление полиции сообщило о 12 задержанных.", "ru", [("detained", 12, "official", "asserted")]),
    ("Управління поліції повідомило про 12 затриманих.", "uk", [("detained", 12, "official", "asserted")]),
    # an airport
    ("A plane crashed after take-off, killing at least 9 people, the airport said.", "en", [("killed", 9, "company", "asserted")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SOURCES)
def test_sources(text, lang, expected):
    assert _got(text, lang) == expected


DENIALS = [
    ("Bloggers wrote that at least 30 soldiers had been killed; officials called the claim fabricated.", "en",
     [("killed", 30, "social_media", "unconfirmed"), ("killed", 30, "official", "denied")]),
    ("Telegram channels said 12 people had died. The police called the reports fabricated.", "en",
     [("killed", 12, "social_media", "unconfirmed"), ("killed", 12, "official", "denied")]),
    ('In the forums wrote that "not less than 50 lost", but the militia named it the panic.', "en",
     [("killed", 50, "social_media", "unconfirmed"), ("killed", 50, "official", "denied")]),
    # "did not confirm" is no denial: the figure is unconfirmed, no denied row
    ("Әлеуметтік желілерде «жүзге жуық адам» қаза тапты деген ақпарат тарады, бірақ полиция бұл ақпаратты растамады.", "kk",
     [("killed", 100, "social_media", "unconfirmed")]),
    ("Асоціація юристів стверджує, що поліція затримала щонайменше 340 людей, але в МВС цю цифру не підтвердили.", "uk",
     [("detained", 340, "ngo", "unconfirmed")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DENIALS)
def test_denials(text, lang, expected):
    assert _got(text, lang) == expected


OWN_VOICE = [
    # an office naming itself by the head noun of its letterhead speaks in its own voice
    ("Управление здравоохранения города Варна\n\nВ социальных сетях распространяется информация о «десятках погибших детях». "
     "Управление заявляет, что эти сведения не соответствуют действительности.", "ru",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "author", "denied")]),
    ("Управління охорони здоров'я міста Варна\n\nУ соцмережах поширюється інформація про «десятки загиблих дітей». "
     "Управління заявляє, що ці відомості не відповідають дійсності.", "uk",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "author", "denied")]),
    ("Department of Health of Varna\n\nRumours of \"dozens of dead children\" spread on social media. "
     "The Department says these reports are untrue.", "en",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "author", "denied")]),
    # a letterhead with words between the office and its remit ("общественного")
    ("Управление общественного здравоохранения города Варна\n\nВ социальных сетях распространяется информация о «десятках "
     "погибших детях». Управление заявляет, что эти сведения не соответствуют действительности.", "ru",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "author", "denied")]),
    # under another letterhead the office is an official speaker, not the document
    ("Газета «Вести»\n\nВ социальных сетях распространяется информация о «десятках погибших детях». "
     "Управление заявляет, что эти сведения не соответствуют действительности.", "ru",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "official", "denied")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OWN_VOICE)
def test_own_voice(text, lang, expected):
    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    _SEGMENT(doc)
    for p in doc.paragraphs:
        p.lang = lang
    got = [(c.measure, c.value, c.source.type if c.source else c.source_type, c.modality) for c in _EXTRACT(doc, _TIMES(doc), [])]
    assert got == expected
