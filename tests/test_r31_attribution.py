"""Round 31 (real-text probe, attribution): general constructions of real news pages, in every
language where they exist. All sentences are invented (fictional places, people and outlets).

- An outlet citing an official body ("ТАСС со ссылкой на комендатуру сообщает", "Заречье Медиа со
  ссылкой на МЧС", "Агентство з посиланням на штаб армії: ..."): the body speaks, an official (the
  majority convention of the dev sets' gold); an outlet citing unnamed sources, medics or witnesses
  speaks itself, a media source.
- "По последним данным погибли 2 человека": a pointer with no one named gives no name (was: the verb).
- "«...», — підсумував голова ОВА" ("summed up") closes a quotation as "said" does.
- A surname named again after "голова ОДА (ОВА) Петро Сидоренко" (an abbreviation in brackets
  between the title and the name) keeps the title's type.
- "під час брифінгу", "в ходе брифинга", "брифинг барысында" after the speaker's name is no name.
- A title in apposition after the name ("said X, the director general of police", "X, chief executive
  officer of the hospital") types the speaker and the surname named again later.
- The traffic police (ГИБДД, ДІБДД, ДАІ), a sheriff's spokesman and a hospital's chief executive are
  officials; "the agency's interlocutor" is the one who spoke to the agency, named before.
"""

from __future__ import annotations

import pytest
from claims_helpers import sourced as _claims

CITED_BODY = [
    ("Погибли 7 человек, сообщает Заречье Медиа со ссылкой на МЧС.", "ru", 7, "МЧС"),
    ("ТАСС со ссылкой на военную комендатуру сообщает, что в Заречье погибли 8 человек.", "ru", 8, "комендатуру"),
    ("Подтверждена гибель 11 человек, передаёт Интерфакс со ссылкой на экстренные службы.", "ru", 11, "экстренные службы"),
    ("Загинули 7 людей, повідомляє Заріччя Медіа з посиланням на ДСНС.", "uk", 7, "ДСНС"),
    ("ІТАР-ТАСС з посиланням на штаб армії: у Заріччі загинули троє військовослужбовців.", "uk", 3, "штаб армії"),
]


@pytest.mark.parametrize("text,lang,value,name", CITED_BODY)
def test_outlet_citing_a_body_gives_the_body(text, lang, value, name):
    rows = [r for r in _claims(text, lang) if r[1] == value]
    assert rows and rows[0][2] and name in rows[0][2], rows
    assert rows[0][3] == "official", rows


CITED_PEOPLE = [
    ("Местные СМИ со ссылкой на врачей сообщили о 30 погибших в Заречье.", "ru", 30, "СМИ"),
    ("Агентство Заря-Пресс со ссылкой на источник в МЧС сообщило о 9 погибших.", "ru", 9, "Заря-Пресс"),
]


@pytest.mark.parametrize("text,lang,value,name", CITED_PEOPLE)
def test_outlet_citing_unnamed_people_speaks_itself(text, lang, value, name):
    rows = [r for r in _claims(text, lang) if r[1] == value]
    assert rows and rows[0][2] and name in rows[0][2], rows
    assert rows[0][3] == "media", rows


NO_NAME = [
    ("Под завалами в Заречье оказались люди. По последним данным погибли 2 человека.", "ru"),
    ("Під завалами в Заріччі опинилися люди. За останніми даними загинули 2 людини.", "uk"),
]


@pytest.mark.parametrize("text,lang", NO_NAME)
def test_pointer_before_the_count_names_no_one(text, lang):
    rows = [r for r in _claims(text, lang) if r[1] == 2]
    assert rows and rows[0][2] is None, rows


SUMMED_UP = [
    ("\"На жаль, за добу обстріли забрали життя двох жителів Заріччя, ще десятеро осіб отримали поранення\", - підсумував голова ОВА.",
     "uk", "голова ОВА"),
    ("«За сутки погибли два жителя Заречья», — подытожил глава района.", "ru", "глава района"),
    ("«Тәулік ішінде екі тұрғын қаза тапты», — деп түйіндеді аудан әкімі.", "kk", "аудан әкімі"),
    ("\"Two residents of Millbrook were killed overnight,\" the governor summed up.", "en", "governor"),
]


@pytest.mark.parametrize("text,lang,name", SUMMED_UP)
def test_summed_up_closes_a_quotation(text, lang, name):
    rows = [r for r in _claims(text, lang) if r[1] == 2]
    assert rows and rows[0][2] and name in rows[0][2], rows
    assert rows[0][3] == "official", rows


BRACKETED_TITLE = [
    ("Про це повідомляє голова Заріченської ОДА (ОВА) Павло Сидоренко.\nКрім того, за словами Сидоренка, відомо про 1 загиблу людину.",
     "uk", "Сидоренка"),
    ("Об этом сообщил глава администрации Заречного района (МО) Иван Петров.\nПо словам Петрова, погиб 1 человек.", "ru", "Петрова"),
    ("This was reported by the head of the regional administration (RMA) Ivan Petrenko.\nAccording to Petrenko, 1 person was killed.",
     "en", "Petrenko"),
]


@pytest.mark.parametrize("text,lang,name", BRACKETED_TITLE)
def test_surname_keeps_a_bracketed_title(text, lang, name):
    rows = [r for r in _claims(text, lang) if r[1] == 1]
    assert rows and rows[0][2] == name and rows[0][3] == "official", rows


VENUE = [
    ("У Заріченській громаді внаслідок обстрілу загинули двоє людей. Про це повідомив начальник Заріченської обласної військової "
     "адміністрації Петро Сидоренко під час брифінгу.", "uk", "Сидоренко"),
    ("В Заречье погибли два человека. Об этом сообщил глава администрации Заречного района Иван Петров в ходе брифинга.", "ru", "Петров"),
    ("Заречьеде екі адам қаза тапты. Бұл туралы аудан әкімі Иван Петров брифинг барысында хабарлады.", "kk", "Петров"),
]


@pytest.mark.parametrize("text,lang,last", VENUE)
def test_briefing_after_the_name_is_no_name(text, lang, last):
    rows = [r for r in _claims(text, lang) if r[1] == 2]
    assert rows and rows[0][2] and rows[0][2].endswith(last), rows
    assert rows[0][3] == "official", rows


OFFICIAL = [
    ("За даними регіональної ДІБДД, в автобусі під Заріччям загинули двоє людей.", "uk", 2),
    ("По данным ГИБДД, в аварии под Заречьем погибли два человека.", "ru", 2),
    ("Two people were killed in the Millbrook car park, a sheriff's spokesman said.", "en", 2),
    ("Six miners were injured, said Tom Varga, chief executive officer of the Millbrook hospital.", "en", 6),
    ("Another 3 workers were injured, hospital spokeswoman Jane Holt said.", "en", 3),
]


@pytest.mark.parametrize("text,lang,value", OFFICIAL)
def test_officials(text, lang, value):
    rows = [r for r in _claims(text, lang) if r[1] == value]
    assert rows and rows[0][3] == "official", rows


INTERLOCUTOR = [
    ("Про це повідомили Заріччя Медіа у пресслужбі поліції області. \"Двоє загиблих. Кримінальну справу порушили\", "
     "- сказав співрозмовник агентства.", "uk", "поліції"),
    ("Об этом Заречье Медиа сообщили в пресс-службе полиции области. «Двое погибших. Возбуждено уголовное дело», "
     "- сказал собеседник агентства.", "ru", "полиции"),
]


@pytest.mark.parametrize("text,lang,name", INTERLOCUTOR)
def test_agency_interlocutor_is_the_body_named_before(text, lang, name):
    rows = [r for r in _claims(text, lang) if r[1] == 2]
    assert rows and rows[0][2] and name in rows[0][2], rows
    assert rows[0][3] == "official", rows


TITLE_AFTER = [
    ("More than 100 people were killed, authorities say.\n\nAt least 116 people died, most of them women, said Ravi Menon, "
     "the director general of police in Westshire.", "en", 116, "Ravi Menon"),
    ("Six miners arrived by ambulance at the Castle Hospital in nearby Millbrook, said Jeff Corran, chief executive officer of "
     "the hospital. He said the men had trauma injuries.\n\nOne had been released, one had died and four others remained, Corran said.",
     "en", 4, "Corran"),
    ("Погибли 5 человек, сообщил Иван Петров, глава администрации района. Ещё 3 человека ранены, добавил Петров.", "ru", 3, "Петров"),
    ("Загинули 5 людей, повідомив Іван Петренко, голова адміністрації району. Ще 3 людини поранені, додав Петренко.", "uk", 3, "Петренко"),
]


@pytest.mark.parametrize("text,lang,value,name", TITLE_AFTER)
def test_title_after_the_name(text, lang, value, name):
    """A title in apposition after the name ("said X, the director general of police") types the
    speaker, and the surname alone later ("Corran said") keeps it."""
    rows = [r for r in _claims(text, lang) if r[1] == value]
    assert rows and rows[0][2] == name and rows[0][3] == "official", rows
