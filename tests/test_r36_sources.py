"""Round 36, sources: a pointer that names a report's source ("Про це повідомляє X.") goes on
until another source speaks, also when it opens the report or follows the page's date stamp; the
title written right before a speaker's name types it ("Revenue Minister K. Doe confirmed");
a headline's dash credit may be a label of a known kind ("... – ресми мәлімет"). Invented sentences, fictional places,
people and outlets."""

from __future__ import annotations

import pytest

from tests.claims_helpers import sourced

LEAD_POINTER = [
    ("uk", " date 2020-05 Про це повідомляє агентство Zarya News.\n\nПід час пожежі на складі в Енську загинули 13 людей.\n\n"
           "Постраждали ще 37 людей.\n", "агентство Zarya News", "media"),
    ("ru", "Взрыв на складе в Энске.\n\nОб этом сообщает агентство Zarya News.\n\nПри пожаре на складе погибли 13 человек.\n\n"
           "Еще 37 человек пострадали.\n", "агентство Zarya News", "media"),
    ("en", "Blast at a warehouse in Lakeview.\n\nThis was reported by the Zarya News agency.\n\nThirteen workers died in the warehouse fire.\n\n"
           "Another 37 people were injured.\n", "Zarya News agency", "media"),
    ("kk", "Энск қаласындағы қоймада жарылыс болды.\n\nБұл туралы Zarya News агенттігі хабарлады.\n\n"
           "Өрттен 13 адам қаза тапты.\n\nТағы 37 адам жарақат алды.\n", "Zarya News агенттігі", "media"),
]


@pytest.mark.parametrize(("lang", "text", "name", "typ"), LEAD_POINTER)
def test_lead_pointer_goes_on_over_paragraphs(lang, text, name, typ):
    got = sourced(text, lang)
    assert ("killed", 13, name, typ) in got, got
    assert ("injured", 37, name, typ) in got, got


def test_lead_pointer_ends_where_another_source_speaks():
    text = ("Вибух на складі в Енську.\n\nПро це повідомляє агентство Zarya News.\n\nЗагинули 13 людей.\n\n"
            "За даними обласної поліції, затримано 3 осіб.\n\nУ місті оголошено жалобу, 37 людей евакуювали.\n")
    got = sourced(text, "uk")
    assert ("killed", 13, "агентство Zarya News", "media") in got, got
    assert not any(v == 37 and name == "агентство Zarya News" for _m, v, name, _t in got), got


def test_impersonal_report_after_a_lead_pointer_is_the_pointers():
    text = "Стрілянина в Енську.\n\nПро це повідомляє видання Zarya Herald.\n\nПовідомляється, що загинули семеро робітників.\n"
    assert ("killed", 7, "видання Zarya Herald", "media") in sourced(text, "uk")


OWN_TITLE = [
    ("en", "Floods hit Lakeview.\n\nZarechye Water Minister K. Doe told reporters that 23 residents had died.\n", "official"),
    ("en", "Floods hit Lakeview.\n\nThe Zarechye Director General of Police (DGP) Ivan Doe said on Monday that 9 workers had died.\n", "official"),
    ("ru", "Стрельба в Энске.\n\nПо словам шерифа округа Энск, погибли 12 человек.\n", "official"),
    ("uk", "Стрілянина в Енську.\n\nЗа словами шерифа округу Енськ, загинули 12 людей.\n", "official"),
    ("kk", "Энскіде атыс болды.\n\nЭнск округінің шерифі мәліметінше, 12 адам қаза тапты.\n", "official"),
]


@pytest.mark.parametrize(("lang", "text", "typ"), OWN_TITLE)
def test_title_before_the_name_types_the_speaker(lang, text, typ):
    got = sourced(text, lang)
    assert got and all(t == typ for _m, _v, _n, t in got), got


def test_title_on_a_line_above_is_no_title():
    text = "Posted on Twitter\n\nLakeview: At least seven people died in the blast.\n"
    assert not any(t == "social_media" for _m, _v, _n, t in sourced(text, "en"))


def test_headline_dash_credit_by_a_name_of_no_kind_is_the_site():
    text = "В Энске во время протестов погибли более 2500 человек – Заря\n\nПротесты начались в декабре.\n"
    assert not any(n == "Заря" for _m, _v, n, _t in sourced(text, "ru")), sourced(text, "ru")


def test_headline_dash_credit_kk_label():
    text = "Энскідегі өрттен 6 адам қаза тапты – ресми мәлімет\n\nНаразылық желтоқсанда басталды.\n"
    assert any(v == 6 and t == "official" for _m, v, _n, t in sourced(text, "kk")), sourced(text, "kk")


def test_acronym_speaker_typed_by_the_name_it_abbreviates():
    text = ("Ferry sinks near Lakeview.\n\nThe search continues, the Zarechye Coast Guard (ZCG) said on Monday.\n\n"
            "Twenty-two passengers drowned, the ZCG said.\n")
    assert ("killed", 22, "ZCG", "official") in sourced(text, "en")


def test_hospital_administration_is_official():
    got = sourced("Blast in Lakeview.\n\nNine people died, the hospital administration said.\n", "en")
    assert any(v == 9 and t == "official" for _m, v, _n, t in got), got


def test_kk_present_tense_report_pointer():
    text = ("Энскідегі өрттен 14 адам қаза тапты. Бұл туралы Zarya телеарнасы хабарлайды.\n\n"
            "Наразылық желтоқсанда басталды.\n")
    got = sourced(text, "kk")
    assert ("killed", 14, "Zarya телеарнасы", "media") in got, got


CLOSING_CREDIT = [
    ("ru", "Паводок в Энской области. Погибли пять человек. Спасатели продолжают поиски у реки, сообщает Zarya News.\n\n"
           "Спасатели работают.\n", 5, "Zarya News"),
    ("uk", "Пожежа в Енську. Загинули 17 людей. Рятувальники розбирають завали, повідомляє Zarya Herald.\n\n"
           "Поліція працює.\n", 17, "Zarya Herald"),
    ("en", "Floods in Lakeview. At least 40 people have died. Rescuers are still searching the valley, the Zarechye emergencies ministry said.\n\n"
           "Rain goes on.\n", 40, "Zarechye emergencies ministry"),
    ("kk", "Энскіде су тасқыны болды. Тасқыннан 40 адам қаза тапты. Құтқарушылар іздеуді жалғастыруда, деп хабарлады облыс әкімдігі.\n\n"
           "Жаңбыр жалғасуда.\n", 40, "облыс әкімдігі"),
]


@pytest.mark.parametrize(("lang", "text", "value", "name"), CLOSING_CREDIT)
def test_closing_credit_covers_the_paragraph(lang, text, value, name):
    got = sourced(text, lang)
    assert any(v == value and (n or "").endswith(name) for _m, v, n, _t in got), got


def test_closing_credit_stays_in_its_paragraph():
    # round 41: a credit opening the paragraph right after a prose paragraph's figures closes that
    # report (the gold of the real sets credits it); after a headline (no closing stop) it does not
    text = "Паводок в Энской области.\n\nПогибли пять человек.\n\nСпасатели продолжают поиски у реки, сообщает Zarya News.\n"
    assert ("killed", 5, "Zarya News", "media") in sourced(text, "ru")
    text = "Паводок в Энской области: погибли пять человек\n\nСпасатели продолжают поиски у реки, сообщает Zarya News.\n"
    assert ("killed", 5, None, None) in sourced(text, "ru")


PRONOUN_AFTER_LINK = [
    ("ru", "Паводок в Энске.\n\nГлава района Иван Петренко прибыл на место. При этом он сказал, что 17 человек утонули.\n", 17),
    ("uk", "Повінь в Енську.\n\nГолова району Іван Петренко прибув на місце. При цьому він сказав, що 17 людей потонули.\n", 17),
]


@pytest.mark.parametrize(("lang", "text", "value"), PRONOUN_AFTER_LINK)
def test_pronoun_after_a_linking_phrase_is_the_speaker_before(lang, text, value):
    got = sourced(text, lang)
    assert any(v == value and n and "Петренко" in n for _m, v, n, _t in got), got
