"""Round 30 (real-text probe, attribution): general constructions of real news pages, in every
language where they exist. All sentences are invented (fictional places, people and outlets).

- A day between the pointer back and the speech verb ("об этом в воскресенье сообщает X", "Про це
  у вівторок повідомили X", "Бұл туралы сейсенбі күні X хабарлады"): the day is no name; the body
  after (or before) it speaks.
- A day that opens or closes the subject ("В воскресенье МЧС сообщило", "On Tuesday police said",
  "said Mayor X Sunday morning"): cut off the name.
- A connective adverb before the name ("Водночас ДСНС", "Дослівно X:", "Meanwhile the ministry") is cut off.
- Initials between a title and a surname ("police spokesman T.J. Brandt ... Brandt says"): the
  surname alone keeps the title's type.
- A figure-less pointer sentence ("Про це повідомляє X", "Об этом сообщили в X", "This was reported by
  X") names the source of every sourceless claim of the run of sentences right before it, and of the
  paragraph before it when it opens the next paragraph.
"""

from __future__ import annotations

import pytest
from claims_helpers import sourced as _claims

DAY_POINTER = [
    ("Число погибших при пожаре в Заречье достигло шести человек, об этом в воскресенье сообщает Заречный региональный центр МЧС.",
     "ru", 6, "Заречный региональный центр МЧС", "official"),
    ("Жертвами пожара в Заречье стали 44 человека. Об этом во вторник сообщили местные власти.",
     "ru", 44, "местные власти", "official"),
    ("Кількість загиблих у Заріччі зросла до 19, про це у вівторок повідомили місцеві органи влади.",
     "uk", 19, "місцеві органи влади", "official"),
    ("Заречье ауданында 5 адам қаза тапты. Бұл туралы сейсенбі күні аудандық әкімдік хабарлады.",
     "kk", 5, "аудандық әкімдік", "official"),
    ("В воскресенье МЧС сообщило о гибели пяти человек в Заречье.", "ru", 5, "МЧС", "official"),
    ("On Tuesday police said 12 people were killed in Westfield.", "en", 12, "police", "official"),
    ("The death toll in Westfield rose to 12, police said on Tuesday.", "en", 12, "police", "official"),
    ("Twelve people died in the fire, said Mayor Rivera Sunday morning.", "en", 12, "Mayor Rivera", "official"),
    ("На місці загинули 62 людини. У перший вечір МНС Заріччя повідомило про 83 загиблих.", "uk", 83, "МНС Заріччя", "official"),
]


@pytest.mark.parametrize("text,lang,value,name,typ", DAY_POINTER)
def test_day_is_no_name(text, lang, value, name, typ):
    got = [c for c in _claims(text, lang) if c[1] == value]
    assert got and got[0][2] == name and got[0][3] == typ


RUN = [
    ("Кількість загиблих у Заріччі зросла до 19. Загалом 105 людей отримали травми.\nПро це повідомляє пресслужба ДСНС.",
     "uk", {19, 105}, "ДСНС", "official"),
    ("До трьох людей зросла кількість загиблих у Заріччі. Ще двоє людей отримали поранення.\n\nПро це повідомляє ДСНС.",
     "uk", {3, 2}, "ДСНС", "official"),
    ("В Заречье погибли пять человек. Ранены еще 12.\n\nОб этом сообщили в МЧС.",
     "ru", {5, 12}, "МЧС", "official"),
    ("Five people were killed in Westfield. Twelve were injured.\n\nThis was reported by the county police.",
     "en", {5, 12}, "police", "official"),
    ("Заречье ауданында 5 адам қаза тапты. 12 адам жарақат алды.\n\nБұл туралы облыстық төтенше жағдайлар департаменті хабарлады.",
     "kk", {5, 12}, "департаменті", "official"),
]


@pytest.mark.parametrize("text,lang,values,word,typ", RUN)
def test_pointer_covers_the_run(text, lang, values, word, typ):
    got = {c[1]: c for c in _claims(text, lang)}
    for v in values:
        assert v in got and got[v][2] and word in got[v][2] and got[v][3] == typ


def test_count_object_stays_no_speaker():
    got = {c[1]: c for c in _claims("На місці загинули 62 людини. МНС Заріччя повідомило про 83 загиблих, але вже наступного дня цифру уточнили: 76.", "uk")}
    assert got[76][2] != "цифру"


def test_named_source_not_overridden():
    got = {c[1]: c for c in _claims("В Заречье погибли пять человек. Ранены 12, сообщил губернатор. Об этом сообщили в МЧС.", "ru")}
    assert got[12][2] == "губернатор"


def test_initials_keep_the_title_type():
    got = _claims("Police spokesman T.J. Brandt spoke to reporters. Brandt says the four other people killed were aboard the bus.", "en")
    assert got and got[0][2] == "Brandt" and got[0][3] == "official"
    got = _claims("Глава администрации И. П. Сидоренко прибыл на место. Сидоренко сообщил, что погибли четыре человека.", "ru")
    assert got and got[0][3] == "official"


DOCUMENT_SAYS = [
    ("В Заречье количество погибших в результате наводнения увеличилось до 25 человек. Об этом сказано в справке областного управления МЧС.",
     "ru", 25, "МЧС"),
    ("У Заріччі кількість загиблих внаслідок повені зросла до 25. Про це сказано в довідці обласного управління ДСНС.",
     "uk", 25, "ДСНС"),
]


@pytest.mark.parametrize("text,lang,value,word", DOCUMENT_SAYS)
def test_document_of_a_body_says(text, lang, value, word):
    got = [c for c in _claims(text, lang) if c[1] == value]
    assert got and got[0][2] and word in got[0][2] and got[0][3] == "official"


def test_quoted_title_after_agency():
    got = _claims("Число погибших при пожаре в Заречье выросло до пяти. Об этом в четверг сообщило агентство «Заря».", "ru")
    assert got and got[0][2] == "агентство «Заря»" and got[0][3] == "media"


LEAD_ADVERB = [
    ("Водночас ДСНС України повідомляє, що внаслідок негоди загинули 3 особи.", "uk", 3, "ДСНС України"),
    ("Мер Петро Сидоренко прибув на місце.\n\nДослівно Сидоренко: \"Загинули двоє чоловіків у Заріччі\".", "uk", 2, "Сидоренко"),
    ("Одновременно МЧС сообщает, что погибли три человека.", "ru", 3, "МЧС"),
    ("Meanwhile the ministry said three people were killed.", "en", 3, "ministry"),
]


@pytest.mark.parametrize("text,lang,value,name", LEAD_ADVERB)
def test_lead_adverb_is_no_name(text, lang, value, name):
    got = [c for c in _claims(text, lang) if c[1] == value]
    assert got and got[0][2] == name and got[0][3] == "official"


def test_pronoun_after_a_day_still_speaks():
    got = {c[1]: c for c in _claims("The Westland ministry said 70 people had been detained. A day earlier it had given a figure of about 50.", "en")}
    assert got[50][2] and "ministry" in got[50][2] and got[50][3] == "official"
