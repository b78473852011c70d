"""Attribution, round 4: who a figure is attributed to and how firmly, on invented sentences about
invented events, in every language where the construction exists.

- a sentence without attribution goes on with the one source of the sentence before it on the same
  line, for counts of the same kind; a figure-less lead ("X оголошує про ...") frames the next one;
- reporting verbs in more tenses ("говорили", "розповідали", "gave", "raised the toll", "айтады");
- "X, who say ...", "officials and witnesses said", a name ending in a number ("Group 24 claimed");
- the figure's own label ("Офіційна кількість загиблих — 46", "the official toll");
- a bare surname typed by its earlier titled mention; a table row headed by a source;
- rumours denied in the next clause keep an unnamed source (``unknown``).
"""

from __future__ import annotations

import pytest
from claims_helpers import attributed, extract

TITLE = "Хроника событий\n\n"  # a masthead line, as documents have


def _got(text: str, lang: str) -> list[tuple]:
    return attributed(text, lang, TITLE)


CONTINUATION = [
    # the next sentence on the same line goes on with the last one's source
    ("12:00 — ДСНС: загинули 20 людей. Зниклими безвісти вважаються понад 40 мешканців.", "uk",
     [("killed", 20, "official", "asserted"), ("missing", 40, "official", "asserted")]),
    ("Число погибших выросло до 40, сообщила полиция. Судьба еще 30 человек остается неизвестной.", "ru",
     [("killed", 40, "official", "asserted"), ("missing", 30, "official", "asserted")]),
    ("The authorities tell about 45 dead. The fate of 20 persons remains unknown.", "en",
     [("killed", 45, "official", "asserted"), ("missing", 20, "official", "asserted")]),
    ("ТЖМ мәліметінше, 12 адам қаза тапты. Тағы 5 адам хабар-ошарсыз кетті.", "kk",
     [("killed", 12, "official", "asserted"), ("missing", 5, "official", "asserted")]),
    # not across a line break (list items, table rows name their own sources)
    ("12:00 — ДСНС: загинули 20 людей.\n18:00 — загинули 25 людей.", "uk",
     [("killed", 20, "official", "asserted"), ("killed", 25, "author", "asserted")]),
    # not to a count of another kind ("50 missing ... Two journalists detained")
    ("Activists said at least 50 people remained missing. Two journalists were detained on Monday.", "en",
     [("missing", 50, "activist", "asserted"), ("detained", 2, "author", "asserted")]),
    # a figure-less lead on the same line frames the next sentence
    ("12:00 — Губернатор оголошує про завершення операції. Загинули 45 людей.", "uk",
     [("killed", 45, "official", "asserted")]),
    ("12:00 — Губернатор объявил о завершении операции. Погибли 45 человек.", "ru",
     [("killed", 45, "official", "asserted")]),
    # ... but a lead with a figure of its own does not (the chain does, for the same kind only)
    ("Очевидцы сообщают о сотнях погибших. В городе сожжены десятки домов.", "ru",
     [("killed", None, "eyewitness", "asserted"), ("buildings_damaged", None, "author", "asserted")]),
    # a lead after a clock time frames only its own line
    ("14:15 — офіс президента: кількість жертв зросла до 30.\n21:00 — загинули щонайменше 35 людей.", "uk",
     [("killed", 30, "official", "asserted"), ("killed", 35, "author", "asserted")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CONTINUATION)
def test_continuation(text, lang, expected):
    assert _got(text, lang) == expected


VERBS = [
    ("Организаторы говорили, что в колонне было не менее 3 тысяч участников.", "ru", ("participants", 3000, "activist")),
    ("Жители рассказывали о десятках раненых.", "ru", ("injured", None, "eyewitness")),
    ("Мешканці розповідали про десятки поранених.", "uk", ("injured", None, "eyewitness")),
    ("Організатори казали, що зібралося 5 тисяч людей.", "uk", ("participants", 5000, "activist")),
    ("Опозиційний діяч наводив цифру у 1500 загиблих.", "uk", ("killed", 1500, "opposition")),
    ("За оцінкою поліції, зібралися близько 3 тисяч людей.", "uk", ("participants", 3000, "official")),
    ("По подсчетам правозащитников, погибли 12 человек.", "ru", ("killed", 12, "ngo")),
    ("The ministry later raised the toll to 50 dead.", "en", ("killed", 50, "official")),
    ("The toll has been revised to nine from seven, the governor said.", "en", ("killed", 9, "official")),
    ("Ұйымдастырушылар 3 мыңнан астам адам қатысқанын айтады.", "kk", ("participants", 3000, "activist")),
    ("Жергілікті тұрғындар ондаған адамның жараланғанын айтады.", "kk", ("injured", None, "eyewitness")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), VERBS)
def test_reporting_verbs(text, lang, expected):
    assert expected in [g[:3] for g in _got(text, lang)]


SUBJECTS = [
    # a relative clause: the name before "who"
    ("Opposition groups, who say at least 3,000 people took part in the march, demanded an inquiry.", "en",
     ("participants", 3000, "opposition")),
    ("Правозащитники, которые утверждают, что погибли 40 человек, требуют расследования.", "ru", ("killed", 40, "ngo")),
    ("Правозахисники, які стверджують, що загинули 40 людей, вимагають розслідування.", "uk", ("killed", 40, "ngo")),
    # coordinated sources: "officials and witnesses said"
    ("At least five people were killed near the village, local officials and witnesses said.", "en", ("killed", 5, "official")),
    # a name that ends in a number
    ("The exiled opposition movement Group 24 claimed that over 40 people died.", "en", ("killed", 40, "opposition")),
    # the president and his office
    ("Офіс президента повідомив про 30 загиблих.", "uk", ("killed", 30, "official")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SUBJECTS)
def test_subjects(text, lang, expected):
    assert expected in [g[:3] for g in _got(text, lang)]


def test_and_still_splits_two_speakers():
    """"X said 5 ... and the ministry says 7": each figure keeps its own speaker."""
    assert _got("Police said 5 people were killed and the ministry says 7.", "en") == [
        ("killed", 5, "official", "asserted"), ("killed", 7, "official", "asserted")]
    names = [c.source.name for c in extract(TITLE + "Police said 5 people were killed and the ministry says 7.", "en")]
    assert names == ["Police", "ministry"]


LABELS = [
    ("Офіційна кількість загиблих — 46, серед них 6 дітей.", "uk", [("killed", 46, "official"), ("killed", 6, "official")]),
    ("Официальное число погибших — 46.", "ru", [("killed", 46, "official")]),
    ("The official death toll stands at 46.", "en", [("killed", 46, "official")]),
    ("Ресми сан бойынша 51 адам қаза тапты.", "kk", [("killed", 51, "official")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), LABELS)
def test_label_names_the_source(text, lang, expected):
    assert [g[:3] for g in _got(text, lang)] == expected


def test_named_source_beats_label():
    """"По данным МЧС, официальное число погибших — 46": the named source, not the label."""
    (c,) = extract(TITLE + "По данным МЧС, официальное число погибших — 46.", "ru")
    assert (c.source.name, c.source.type) == ("МЧС", "official")


SURNAMES = [
    ("16:05 — голова обласної адміністрації Петро Гнатенко: «Є загиблі».\n17:40 — Гнатенко повідомляє про п'ятьох загиблих.",
     "uk", ("Гнатенко", "official")),
    ("В 16:05 губернатор области Петр Семенов сообщил о пожаре.\nПозже Семенов сообщил о 12 погибших.", "ru", ("Семенов", "official")),
    ("The rights activist Maria Dunn spoke to reporters.\nLater Dunn said 12 people had been detained.", "en", ("Dunn", "ngo")),  # round 23: rights activists are ngo
    # no titled mention before: the type stays unknown
    ("Семенов сообщил о 12 погибших.", "ru", ("Семенов", "unknown")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SURNAMES)
def test_bare_surname_typed_by_earlier_mention(text, lang, expected):
    c = extract(TITLE + text, lang)[-1]
    assert (c.source.name, c.source.type) == expected


def test_table_row_headed_by_source():
    text = ("| джерело | загинули | поранені |\n|---|---|---|\n| ДСНС (17 січня) | 45 | 79 |\n"
            "| Соцмережі (не підтверджено) | «понад 100» | — |\n")
    got = _got(text, "uk")
    assert got == [("killed", 45, "official", "asserted"), ("injured", 79, "official", "asserted"),
                   ("killed", 100, "social_media", "unconfirmed")]


def test_table_row_without_source_header():
    text = "| показатель | значение |\n|---|---|\n| погибли | 59 |\n"
    assert _got(text, "ru") == [("killed", 59, "author", "asserted")]


RUMOURS = [
    ("В городе ходили слухи о десяти погибших; власти эти сообщения опровергли.", "ru"),
    ("У місті ходили чутки про десять загиблих; влада спростувала ці повідомлення.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), RUMOURS)
def test_denied_rumour_has_unknown_source(text, lang):
    got = _got(text, lang)
    assert ("killed", 10, "unknown", "unconfirmed") in got
    assert ("killed", 10, "official", "denied") in got


MODALITY = [
    ("Activists spoke of 200 dead, a figure that has never been confirmed.", "en"),
    ("Активисты говорили о 200 погибших, но эта цифра так и не была подтверждена.", "ru"),
    ("Активісти говорили про 200 загиблих, але ця цифра так і не була підтверджена.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), MODALITY)
def test_never_confirmed(text, lang):
    assert _got(text, lang) == [("killed", 200, "activist", "unconfirmed")]


def test_own_report_goes_on_in_own_voice():
    """An NGO naming itself in its own report: the next sentence is its own voice, not a citation."""
    text = ("Report by the Steppe Rights Monitor\n\nThe Monitor has documented 48 deaths. "
            "Six men died of gunshot wounds.")
    got = [(c.value, c.source.name if c.source else None) for c in extract(text, "en")]
    assert got == [(48, "Monitor"), (6, None)]


def test_tab_separated_row_headed_by_source():
    text = "джерело\tзатримані\tпоранені\nМВС (13 серпня)\t6 700\t89\nТелеграм-канали (не підтверджено)\t—\t«десятки»\n"
    got = [(c.value, c.source.name if c.source else None, c.modality) for c in extract(TITLE + text, "uk")]
    assert got == [(6700, "МВС", "asserted"), (89, "МВС", "asserted"), (None, "Телеграм-канали", "unconfirmed")]


def test_row_of_what_is_counted_names_no_source():
    """A first cell that names the counted thing ("damaged residential houses") is no source, even
    with a source word in it ("residential" ~ "residents")."""
    text = "Көрсеткіш\tСаны\nЗақымданған тұрғын үйлер\t3 100-ден астам\n"
    assert _got(text, "kk") == [("buildings_damaged", 3100, "author", "asserted")]


GAPPED = [
    ("Организаторы говорили, что собралось не менее 3 тысяч участников, а районное управление внутренних дел — что «около 600 человек».",
     "ru", [("participants", 3000, "activist"), ("participants", 600, "official")]),
    ("Організатори казали, що в колоні було щонайменше 3 тисячі учасників, а районна поліція — що «близько 600 людей».",
     "uk", [("participants", 3000, "activist"), ("participants", 600, "official")]),
    # no speaker in the second clause: the figure stays the writer's
    ("Погибли 5 человек, а ранены — 20.", "ru", [("killed", 5, "author"), ("injured", 20, "author")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), GAPPED)
def test_second_speaker_with_verb_left_out(text, lang, expected):
    assert [g[:3] for g in _got(text, lang)] == expected


WITNESSES = [
    ('"They burnt at least ten houses on our street," a shopkeeper said.', "en", ("buildings_damaged", 10, "eyewitness")),
    ('"I saw four men killed in front of me," said Bakyt, a farmer.', "en", ("killed", 4, "eyewitness")),
    ("Пользователь Айбек пишет: «Из нашего села забрали в больницу 15 человек».", "ru", ("injured", 15, "eyewitness")),
    ("Користувач Айбек пише: «З нашого села забрали до лікарні 15 людей».", "uk", ("injured", 15, "eyewitness")),
    ("A surgeon at the district hospital said he had treated 23 people for gunshot wounds.", "en", ("injured", 23, "eyewitness")),
    # no first person, nothing seen: a speaker of no known kind stays unknown
    ("Bakyt, a farmer, said 4 men were killed.", "en", ("killed", 4, "unknown")),
    # a speaker of a known kind keeps it
    ("The ministry said we should expect 5 dead.", "en", ("killed", 5, "official")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), WITNESSES)
def test_witness_speaks_in_first_person(text, lang, expected):
    assert expected in [g[:3] for g in _got(text, lang)]


def test_quoted_name_typed_by_earlier_mention():
    text = "Правозахисний центр «Вясна» вів облік.\nЗа даними «Вясни», було затримано понад 30 тисяч людей."
    c = extract(TITLE + text, "uk")[-1]
    assert (c.value, c.source.type) == (30000, "ngo")


SPREADERS = [
    ("Анонимные телеграм-каналы распространяли слухи о 500 погибших.", "ru", ("killed", 500, "social_media", "unconfirmed")),
    ("Анонімні телеграм-канали поширювали чутки про понад 500 загиблих.", "uk", ("killed", 500, "social_media", "unconfirmed")),
    ("Anonymous Telegram channels spread rumours of 500 dead.", "en", ("killed", 500, "social_media", "unconfirmed")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SPREADERS)
def test_who_spread_a_rumour_is_its_source(text, lang, expected):
    assert _got(text, lang) == [expected]


def test_spread_rumour_then_denied():
    got = _got("Російські телеграм-канали поширювали чутки про понад 500 загиблих; влада цю цифру спростувала.", "uk")
    assert got == [("killed", 500, "social_media", "unconfirmed"), ("killed", 500, "official", "denied")]


DASH_ESTIMATES = [
    ("Від 300 до 500 загиблих — оцінка правозахисників.", "uk", ("killed", [300, 500], "ngo")),
    ("От 300 до 500 погибших — оценка миссии ОБСЕ.", "ru", ("killed", [300, 500], "official")),
    ("300 to 500 dead — an estimate by rights groups.", "en", ("killed", [300, 500], "ngo")),
    ("According to the OSCE mission, 300 to 500 people were killed.", "en", ("killed", [300, 500], "official")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DASH_ESTIMATES)
def test_estimate_after_a_dash(text, lang, expected):
    assert [g[:3] for g in _got(text, lang)] == [expected]


CAPITALS = [
    ("Вечером в Душанбе сообщили о 41 погибшем.", "ru"),
    ("Увечері у Бішкеку заявили про 41 загиблого.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), CAPITALS)
def test_a_city_that_speaks_is_its_government(text, lang):
    (c,) = extract(TITLE + text, lang)
    assert (c.value, c.source.type) == (41, "official")


def test_a_lower_case_place_that_speaks_is_no_government():
    (c,) = extract(TITLE + "В городе сообщили о 41 погибшем.", "ru")
    assert c.source is None or c.source.type != "official"


def test_pointer_subject_gives_way_to_the_speaker_after_the_verb():
    """"Об этом говорят журналы больниц": "об этом" points back, the speaker follows the verb."""
    got = extract(TITLE + "Погибли 52 человека. Об этом сообщил глава областной администрации Павел Кириленко.", "ru")
    assert [(c.value, c.source.type) for c in got] == [(52, "official")]
    (c,) = [c for c in extract(TITLE + "Ранены 40 человек, об этом говорят врачи больницы.", "ru") if c.value == 40]
    assert (c.source.name, c.source.type) == ("врачи больницы", "eyewitness")  # doctors speak of their patients (gold: eyewitness)


def test_label_in_a_later_clause_is_its_own():
    """"... — об этом говорят журналы больниц; официальная цифра — 86": the label speaks for 86 only."""
    got = _got("Пострадали более 100 человек — об этом говорят показанные нам журналы двух больниц; официальная цифра — 86.", "ru")
    assert got == [("injured", 100, "author", "asserted"), ("injured", 86, "official", "asserted")]


def test_passive_subject_is_no_speaker():
    got = extract(TITLE + "The death toll has been revised to nine from seven, Governor Ivan Petrov told a briefing.", "en")
    assert [(c.value, c.source.name) for c in got] == [(9, "Governor Ivan Petrov"), (7, "Governor Ivan Petrov")]
    got = extract(TITLE + "A dam gave way on Tuesday, killing at least three people, the emergencies ministry said.", "en")
    assert [(c.value, c.source.type) for c in got] == [(3, "official")]


FEARED = [
    ("About 300 people are feared dead.", "en", ("killed", 300, "unconfirmed")),
    ("Родственники опасаются, что погибли более 50 человек.", "ru", ("killed", 50, "unconfirmed")),
    ("Родичі побоюються, що загинули понад 50 людей.", "uk", ("killed", 50, "unconfirmed")),
    ("50-ден астам адам қаза тапқан болуы мүмкін.", "kk", ("killed", 50, "unconfirmed")),
    # fear of something else doubts no figure
    ("Ранены 14 человек. Многие опасаются преследований.", "ru", ("injured", 14, "asserted")),
    ("We documented injuries to at least 14 residents. Many did not seek treatment for fear of arrest.", "en",
     ("injured", 14, "asserted")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FEARED)
def test_feared_deaths_are_unconfirmed(text, lang, expected):
    assert [(g[0], g[1], g[3]) for g in _got(text, lang)] == [expected]
