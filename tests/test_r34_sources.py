"""Round 34 (sources): constructions that recur on real pages, in invented sentences (fictional
places, people, outlets and figures).

- a pronoun source opening the paragraph right after a figure-less sentence that names a speaker
  ("Об этом сообщил глава службы X. || По его словам, ...") is that speaker's;
- a word for the outlet or the statement named before ("За даними видання", "Согласно сообщению")
  points back at it; with a modifier of its own ("місцеві видання") it names outlets itself;
- preliminary information, or information as of a time, names no one ("Алдын ала мәлімет бойынша",
  "За інформацією на ранок", "По информации на данный момент");
- a headline's capitalized source tail right after the figure ("... зросла до 27 — ДСНС"), an NGO's too.
"""

from __future__ import annotations

import pytest
from claims_helpers import sourced

CASES = [
    # ru: the pointer sentence names an official; the next paragraph opens with "По его словам"
    ("Пожар в Заречье\n\nВ Заречье сгорел склад. Об этом сообщил утром глава МЧС Заречья Иван Петров.\n\n"
     "По его словам, найдены тела 23 человек.", "ru", "killed", 23, "Петров"),
    # uk: "За її словами" after "Про це повідомила ..."
    ("Пожежа\n\nУ Заріччі згорів склад. Про це повідомила начальниця обласного управління поліції Олена Петренко.\n\n"
     "За її словами, до лікарень міста доправили 31 постраждалого.", "uk", "injured", 31, "Петренко"),
    # en: "According to him" after "This was reported by ..."
    ("Fire\n\nA warehouse burned in Zarechye. This was reported by the head of the fire service, John Smith.\n\n"
     "According to him, 26 people died.", "en", "killed", 26, "fire service"),
    # kk: "Оның айтуынша" after "Бұл туралы ... хабарлады"
    ("Өрт\n\nЗаречный қаласында қойма өртенді. Бұл туралы төтенше жағдайлар департаментінің басшысы Иван Петров хабарлады.\n\n"
     "Оның айтуынша, 26 адам қаза тапты.", "kk", "killed", 26, "департаментінің"),
]


@pytest.mark.parametrize("text, lang, measure, value, word", CASES)
def test_pronoun_opening_next_paragraph(text, lang, measure, value, word):
    got = [(n, t) for m, v, n, t in sourced(text, lang) if m == measure and v == value]
    assert got and got[0][0] and word in got[0][0] and got[0][1] == "official", got


def test_pronoun_in_later_paragraph_keeps_own_reach():
    # a paragraph in between: the pronoun no longer reaches the speaker named two paragraphs up
    text = ("Пожар в Заречье\n\nВ Заречье сгорел склад. Об этом сообщил утром глава МЧС Заречья Иван Петров.\n\n"
            "Склад стоял у реки.\n\nПо его словам, найдены тела 23 человек.")
    got = [n for m, v, n, _t in sourced(text, "ru") if m == "killed" and v == 23]
    assert got and (got[0] is None or "Петров" not in got[0]), got


# a word for the outlet or the statement named before points back at it
POINTERS = [
    ("Пожежа\n\nУ Заріччі згорів склад. Про це повідомляє прес-служба митниці.\n\nЗгідно з повідомленням, затримали п'ятьох осіб.",
     "uk", "detained", 5, "митниці"),
    ("Пожежа\n\nУ Заріччі згорів склад. Про це повідомила газета «Заря».\n\nЗа даними видання, загинули 10 осіб.",
     "uk", "killed", 10, "Заря"),
    ("Пожар\n\nВ Заречье сгорел склад. Об этом сообщила газета «Заря».\n\nПо данным издания, погибли 10 человек.",
     "ru", "killed", 10, "Заря"),
    ("Пожар\n\nВ Заречье сгорел склад. Об этом сообщает пресс-служба таможни.\n\nСогласно сообщению, задержаны пять человек.",
     "ru", "detained", 5, "таможни"),
    ("Fire\n\nA warehouse burned in Zarechye, the Zarya Gazette reported.\n\nAccording to the outlet, 10 people died.",
     "en", "killed", 10, "Zarya"),
    ("Өрт\n\nЗаречный қаласында қойма өртенді. Бұл туралы «Заря» газеті хабарлады.\n\nБасылымның мәліметінше, 10 адам қаза тапты.",
     "kk", "killed", 10, "Заря"),
]


@pytest.mark.parametrize("text, lang, measure, value, word", POINTERS)
def test_outlet_or_statement_word_points_back(text, lang, measure, value, word):
    got = [n for m, v, n, _t in sourced(text, lang) if m == measure and v == value]
    assert got and got[0] and word in got[0], got


# preliminary information, or information as of a time, names no one (no "Алдын ала", "до", "на цю хвилину")
NAMELESS = [
    ("Өрт\n\nАлдын ала мәліметтер бойынша, қоймада алты күзетші қаза тапты.", "kk", "killed", 6),
    ("Пожежа\n\nЗа інформацією на ранок, загинули шестеро людей.", "uk", "killed", 6),
    ("Пожежа\n\nЗа інформацією до 14:15, загинули 37 людей.", "uk", "killed", 37),
    ("Пожар\n\nПо информации на данный момент, погибли трое.", "ru", "killed", 3),
    ("Fire\n\nAccording to preliminary information, three people died.", "en", "killed", 3),
    ("Fire\n\nAccording to information as of 10 a.m., three people died.", "en", "killed", 3),
]


@pytest.mark.parametrize("text, lang, measure, value", NAMELESS)
def test_preliminary_or_timed_information_names_no_one(text, lang, measure, value):
    got = [n for m, v, n, _t in sourced(text, lang) if m == measure and v == value]
    assert got == [None], got


def test_preliminary_data_then_pointer_sentence_names_the_body():
    # kk: the pointer sentence after them now reaches the figures ("Бұл туралы X мәлім етті")
    text = ("Өрт\n\nАлдын ала мәліметтер бойынша, қоймада алты күзетші қаза тауып, екі адам жарақат алды. "
            "Бұл туралы Төтенше жағдайлар министрлігі хабарлады.")
    got = [(m, v, n) for m, v, n, _t in sourced(text, "kk")]
    assert ("killed", 6, "Төтенше жағдайлар министрлігі") in got, got


def test_outlet_word_with_its_own_modifier_is_no_pointer():
    # "місцеві видання" (local outlets) name sources of their own, not the rescuers named before
    text = "Вибух\n\nУ Заріччі вибухнув склад, повідомили рятувальники. Як повідомляють місцеві видання, загинули 44 людини."
    got = [(n, t) for m, v, n, t in sourced(text, "uk") if m == "killed" and v == 44]
    assert got == [("місцеві видання", "media")], got


# a headline's source after a spaced dash, right after the figure, or an NGO's
DASH_TAILS = [
    ("Кількість загиблих через зсув у Заріччі зросла до 27 — ДСНС\n\nЗа добу евакуювали людей.", "uk", "killed", 27, "ДСНС", "official"),
    ("Число погибших при пожаре в Заречье выросло до 21 — МЧС\n\nТекст.", "ru", "killed", 21, "МЧС", "official"),
    ("У Заріччі під час сутичок загинули понад 340 людей – Правозахисний центр\n\nТекст.", "uk", "killed", 340,
     "Правозахисний центр", "ngo"),
    ("Floods leave 23 dead in Zarechye – Red Cross\n\nText.", "en", "killed", 23, "Red Cross", "ngo"),
]


@pytest.mark.parametrize("text, lang, measure, value, name, stype", DASH_TAILS)
def test_headline_dash_tail(text, lang, measure, value, name, stype):
    got = [(n, t) for m, v, n, t in sourced(text, lang) if m == measure and v == value]
    assert got and got[0] == (name, stype), got


def test_lowercase_dash_tail_after_figure_is_who_was_counted():
    text = "Хроника\n\nВ Заречье погибли 14 человек, 8 — сотрудники полиции\n\nТекст."
    got = [n for m, v, n, _t in sourced(text, "ru") if v == 8 or v == 14]
    assert all(n is None for n in got), got


# kk: more words that point back from a figure-less sentence at the figures just stated
KK_BACK = [
    "Бұл жөнінде облыстық төтенше жағдайлар департаменті хабарлады.",
    "Бұл ақпаратты облыстық төтенше жағдайлар департаменті растады.",
    "Осы туралы облыстық төтенше жағдайлар департаменті хабарлады.",
]


@pytest.mark.parametrize("pointer", KK_BACK)
def test_kk_pointer_sentence_names_the_source(pointer):
    text = f"Өрт\n\nҚоймада өрт шығып, екі күзетші қаза тапты, тағы үш адам жарақат алды. {pointer}"
    got = [(m, v, n, t) for m, v, n, t in sourced(text, "kk")]
    assert ("killed", 2, "облыстық төтенше жағдайлар департаменті", "official") in got, got

