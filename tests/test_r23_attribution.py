"""Attribution, round 23 (cross-set): invented sentences about invented places and people, in every
language where the construction exists. Texts are segmented as the product does.

- relatives of the dead, missing or held speak as eyewitnesses; a hospital speaking of its patients
  is an eyewitness as its doctors are; "rights activists" are a rights group (ngo);
- bodies of the state without a known word before: an operational headquarters (штаб), the military
  (військові, военные), a foreign ministry (МИД, МЗС), Kazakh "губернатор", a state museum;
  military bloggers stay social media;
- a table under a "Source" column: its first cell names the source whatever its words, unless it
  sums up ("Остаточні дані");
- "X, governor of Y, said relatives had reported 36 missing": the governor tells it;
- a first report ("Алғашқы мәліметтер бойынша", "initial reports") does not go on into the next
  sentence; an unnamed one reaches no figure after a ";";
- a source named by a two-letter abbreviation is written with the body it stands for.
"""

from __future__ import annotations

import pytest
from claims_helpers import segmented

from rashomon._source_links import linker, spelled_out


def _got(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.source.name if c.source else None, c.source.type if c.source else c.source_type)
            for c in segmented(text, lang)]


TYPES = [
    # relatives: eyewitnesses
    ("Relatives of the fishermen said at least 40 men were still missing.", "en", ("missing", 40, "eyewitness")),
    ("Родственники рыбаков говорят, что пропавшими остаются не меньше 40 человек.", "ru", ("missing", 40, "eyewitness")),
    ("Родичі рибалок кажуть, що зниклими вважаються щонайменше 40 людей.", "uk", ("missing", 40, "eyewitness")),
    ("Балықшылардың туыстары 40-тан астам адам хабарсыз кетті деп мәлімдеді.", "kk", ("missing", 40, "eyewitness")),
    # a hospital speaking of its patients: eyewitness
    ("A district hospital in Velmora said it was treating 12 people with burns.", "en", ("injured", 12, "eyewitness")),
    ("В городской больнице Велморы сообщили, что к ним доставлены 12 раненых.", "ru", ("injured", 12, "eyewitness")),
    ("Районна лікарня Вельмори повідомила, що до неї доставили 12 поранених.", "uk", ("injured", 12, "eyewitness")),
    # rights activists: a rights group
    ("Rights activists in Velmora said about 60 people had been detained.", "en", ("detained", 60, "ngo")),
    # state bodies
    ("По данным оперативного штаба Велморы, сгорели 14 автомашин.", "ru", ("vehicles_damaged", 14, "official")),
    ("За даними військових, знищено 3 вантажівки.", "uk", ("vehicles_damaged", 3, "official")),
    ("Представители МИД Велмории сообщили, что погибли 15 человек.", "ru", ("killed", 15, "official")),
    ("Представники МЗС Вельморії повідомили, що загинули 15 людей.", "uk", ("killed", 15, "official")),
    ("Губернатор Иван Орловтың айтуынша, 37 адам жарақат алды.", "kk", ("injured", 37, "official")),
    ("The Velmora memorial museum put the number of dead at 450.", "en", ("killed", 450, "official")),
    ("The operational headquarters said 89 cars were burnt.", "en", ("vehicles_damaged", 89, "official")),
    # military bloggers stay social media
    ("Военные блогеры пишут о 300 погибших.", "ru", ("killed", 300, "social_media")),
    # refugees are eyewitnesses, reporters are media
    ("Dozens tried to cross the river, 8 of them were killed by the guards, told the refugees.", "en", ("killed", 8, "eyewitness")),
    ("Беженцы из Велморы рассказали, что погибли 8 человек.", "ru", ("killed", 8, "eyewitness")),
    ("Reporters counted the bodies of at least 20 civilians in Velmora.", "en", ("killed", 20, "media")),
    # the pre-trial investigation, separatist leaders (official); a separatist website (opposition)
    ("Органи досудового розслідування повідомили, що загинули 48 людей.", "uk", ("killed", 48, "official")),
    ("Тергеу органдары 48 адам қаза тапқанын хабарлады.", "kk", ("killed", 48, "official")),
    ("Separatist leaders claimed that more than 900 soldiers had died near Velmora.", "en", ("killed", 900, "official")),
    ("Сепаратистский сайт «Велмора-центр» писал о «более 140» погибших.", "ru", ("killed", 140, "opposition")),
]


@pytest.mark.parametrize(("text", "lang", "want"), TYPES)
def test_source_types(text, lang, want):
    got = [(m, v, t) for m, v, _n, t in _got(text, lang)]
    assert want in got, got


def test_source_column_row_names_its_source():
    text = "| джерело | загиблі | поранені |\n|---|---|---|\n| МВС | 2 | 11 |\n| «Лісова варта» | 3 | 5 |\n| лікарня | 4 | — |"
    got = _got(text, "uk")
    assert ("killed", 3, "Лісова варта", "unknown") in got
    assert ("killed", 4, "лікарня", "eyewitness") in got
    ru = "| Источник | Дата | Погибшие |\n|---|---|---|\n| Памятный список | 2005 | 147 |"
    assert ("killed", 147, "Памятный список", "unknown") in _got(ru, "ru")


def test_source_column_sum_row_is_the_writers():
    text = "| джерело | загиблі | поранені |\n|---|---|---|\n| МВС | 12 | 17 |\n| Остаточні дані | 13 | 18 |"
    got = _got(text, "uk")
    assert ("killed", 12, "МВС", "official") in got
    assert ("killed", 13, None, "author") in got
    en = "| Source | Killed |\n|---|---|\n| Police | 12 |\n| Final data | 13 |"
    assert ("killed", 13, None, "author") in _got(en, "en")


def test_outer_speaker_tells_the_relatives_report():
    got = _got("Ivan Dorosh, governor of the Velmora region, said relatives had reported 36 people missing.", "en")
    assert got == [("missing", 36, "Ivan Dorosh, governor of the Velmora region", "official")]
    # a real inversion stays one
    got = _got("At least 18 people were killed, said relatives of the victims.", "en")
    assert got == [("killed", 18, "relatives of the victims", "eyewitness")]


@pytest.mark.parametrize(("text", "lang", "first", "second"), [
    ("Алғашқы мәліметтер бойынша, 4 адам қаза тапқан. Шабуылдаушы оқиға орнында жойылды.", "kk",
     ("killed", 4, "unknown"), ("killed", 1, "author")),
    ("Initial reports said 4 people died. Two attackers were killed.", "en", ("killed", 4, "unknown"), ("killed", 2, "author")),
    ("Первоначально сообщалось о гибели 1 человека; к 3 мая число погибших в Велморе выросло до 4.", "ru",
     ("killed", 1, "unknown"), ("killed", 4, "author")),
    ("Спочатку повідомлялося про 1 загиблого; згодом кількість загиблих у Вельморі зросла до 4.", "uk",
     ("killed", 1, "unknown"), ("killed", 4, "author")),
])
def test_first_report_does_not_go_on(text, lang, first, second):
    got = [(m, v, t) for m, v, _n, t in _got(text, lang)]
    assert got == [first, second], got


def test_named_source_still_goes_on_after_semicolon():
    got = [(m, v, t) for m, v, _n, t in _got("По данным МЧС, погибли 5 человек; ещё 12 ранены.", "ru")]
    assert got == [("killed", 5, "official"), ("injured", 12, "official")]


def test_two_letter_abbreviation_spelled_out():
    ents = [{"id": "e1", "type": "org", "canonical": "Investigative Committee (RU)", "forms": ["СК", "Следственный комитет"], "mentions": 5},
            {"id": "e2", "type": "org", "canonical": "SK", "forms": ["ГК"], "mentions": 2}]
    link = linker(ents)
    assert spelled_out("СК", link) == "СК (Investigative Committee)"
    assert spelled_out("ГК", link) is None  # the canonical is the abbreviation again
    assert spelled_out("Следственный комитет", link) is None  # a name of its own is kept
    assert spelled_out("МЧС", link) is None  # three letters: not linked here, and long enough to read
