"""Round 37, sources: a pointer inside a paragraph goes on with the rest of its line; a count of no
claim keeps the run a closing pointer credits; ", пишет ведомство" after a figure takes the body named
before; imperfective and neuter speech verbs; "given the toll at"; a headline's credit after a colon;
a body that publishes its data on the victims is the source of the figures after it; an agency
citing a body is typed by the body cited. Invented sentences, fictional places, people and outlets."""

from __future__ import annotations

import pytest

from tests.claims_helpers import sourced

MID_POINTER = [
    ("ru", "Землетрясение в Борении\n\nПогибли 1037 человек. Об этом сообщило министерство внутренних дел Борении. "
           "Ещё 1200 человек ранены.\n\nМагнитуда составила 6,8.\n", "министерство внутренних дел Борении"),
    ("uk", "Землетрус у Боренії\n\nЗагинули 1037 людей. Про це повідомило міністерство внутрішніх справ Боренії. "
           "Ще 1200 людей поранені.\n\nМагнітуда становила 6,8.\n", "міністерство внутрішніх справ Боренії"),
    ("en", "Earthquake in Borenia\n\nSome 1037 people died. This was reported by the Borenian interior ministry. "
           "Another 1200 people were injured.\n\nThe magnitude was 6.8.\n", "Borenian interior ministry"),
    ("kk", "Борениядағы жер сілкінісі\n\nЖер сілкінісінен 1037 адам қаза тапты. Бұл туралы Борения ішкі істер министрлігі хабарлады. "
           "Тағы 1200 адам жарақат алды.\n\nМагнитудасы 6,8 болды.\n", "Борения ішкі істер министрлігі"),
]


@pytest.mark.parametrize(("lang", "text", "name"), MID_POINTER)
def test_pointer_inside_a_paragraph_goes_on_with_its_line(lang, text, name):
    got = sourced(text, lang)
    assert ("killed", 1037, name, "official") in got, got
    assert ("injured", 1200, name, "official") in got, got


def test_pointer_inside_a_paragraph_stops_at_its_line():
    text = ("Взрыв в Заречье\n\nПострадали 24 человека. Об этом сообщил глава района Иван Сидоров.\n"
            "Сообщается, что к разбору завалов привлечено более 200 человек.\n")
    got = sourced(text, "ru")
    assert ("injured", 24, "глава района Иван Сидоров", "official") in got, got
    assert not any(v == 200 and name for _m, v, name, _t in got), got


CLOSING_AFTER_COUNT = [
    ("ru", "Землетрясение\n\nЧисло погибших составляет 632 человека. Ещё 329 получили ранения. 51 человек находится в "
           "критическом состоянии. Такие данные привело МВД Борении.\n\nМестный чиновник сообщил, что большинство смертей в горах.\n",
     "МВД Борении"),
    ("uk", "Землетрус\n\nКількість загиблих становить 632 особи. Ще 329 людей зазнали поранень. 51 людина перебуває в "
           "критичному стані. Такі дані оприлюднило МВС Боренії.\n\nМісцевий чиновник повідомив, що більшість смертей у горах.\n",
     "МВС Боренії"),
]


@pytest.mark.parametrize(("lang", "text", "name"), CLOSING_AFTER_COUNT)
def test_closing_pointer_credits_the_run_over_a_count_of_no_claim(lang, text, name):
    got = sourced(text, lang)
    assert ("killed", 632, name, "official") in got, got
    assert ("injured", 329, name, "official") in got, got


def test_agency_word_after_the_figure_takes_the_body_named_before():
    text = ("Взрыв на шахте\n\nМЧС Борении сообщило о завершении поисковой операции на шахте.\n\n"
            "Спасатели обнаружили тела всех 12 погибших, пишет ведомство.\n")
    assert ("killed", 12, "МЧС Борении", "official") in sourced(text, "ru")


IMPERFECTIVE = [
    ("ru", "Жара в Борении\n\n16 июня полиция Борении отмечала, что в долине погибли 14 паломников.\n", "полиция Борении"),
    ("uk", "Спека в Боренії\n\n16 червня поліція Боренії зазначала, що в долині загинули 14 паломників.\n", "поліція Боренії"),
]


@pytest.mark.parametrize(("lang", "text", "name"), IMPERFECTIVE)
def test_imperfective_speech_verbs_report(lang, text, name):
    assert ("killed", 14, name, "official") in sourced(text, lang)


def test_given_the_toll_at_names_who_counts():
    text = "Plane crash in Borenia\n\nBorenian authorities have given the latest death toll at 141 killed onboard.\n"
    got = sourced(text, "en")
    assert any(m == "killed" and v == 141 and t == "official" for m, v, _n, t in got), got


COLON_TAIL = [
    ("en", "All 76 dead in Borenian jet crash: Zarech media\n\nThe plane fell after take-off.\n", 76, "Zarech media", "media"),
    ("en", "Flood toll rises to 10, with 41 missing: Officials\n\nThe water is still rising.\n", 10, "Officials", "official"),
    ("ru", "Число погибших при пожаре в Заречье выросло до 15: Минздрав\n\nПожар потушен.\n", 15, "Минздрав", "official"),
]


@pytest.mark.parametrize(("lang", "text", "value", "name", "typ"), COLON_TAIL)
def test_headline_credit_after_a_colon(lang, text, value, name, typ):
    got = sourced(text, lang)
    assert any(v == value and n == name and t == typ for _m, v, n, t in got), got


def test_colon_tail_of_no_known_kind_is_no_credit():
    got = sourced("The toll is 15, with 3 missing: Amanda Rell\n\nNews of the day.\n", "en")
    assert all(n is None for _m, _v, n, _t in got), got


DATA_RELEASE = [
    ("ru", "Число жертв давки в Заречье возросло до 58\nВласти Борении опубликовали уточненные данные о числе жертв давки.\n"
           "Согласно последним данным, погибли 58 человек, 96 получили ранения.\n", "Власти Борении"),
    ("uk", "Кількість жертв тисняви у Зарічні зросла до 58\nВлада Боренії оприлюднила уточнені дані про кількість жертв тисняви.\n"
           "Згідно з останніми даними, загинули 58 людей, 96 отримали поранення.\n", "Влада Боренії"),
    ("en", "Crush toll in Zarech rises to 58\nThe authorities released updated figures on the victims of the crush.\n"
           "According to the latest data, 58 people died and 96 were injured.\n", "authorities"),
    ("kk", "Заректе 58 адам қаза тапты\nЗарек әкімдігі қаза тапқандар туралы жаңа деректерді жариялады.\n"
           "Соңғы деректер бойынша 58 адам қаза тапты, 96 адам жараланды.\n", "Зарек әкімдігі"),
]


@pytest.mark.parametrize(("lang", "text", "name"), DATA_RELEASE)
def test_data_release_sources_the_figures_after_it(lang, text, name):
    got = sourced(text, lang)
    assert ("injured", 96, name, "official") in got, got


CITED_BODY = [
    ("ru", "Пожар на складе\n\nПогибли 34 человека, сообщает агентство Заря со ссылкой на Telegram МЧС Борении.\n", "official"),
    ("uk", "Пожежа на складі\n\nЗагинули 34 людини, повідомляє агентство Зоря з посиланням на МВС Боренії.\n", "official"),
    ("ru", "Пожар на складе\n\nПогибли 34 человека, сообщает агентство Заря со ссылкой на газету Утро.\n", "media"),
]


@pytest.mark.parametrize(("lang", "text", "typ"), CITED_BODY)
def test_agency_citing_a_body_is_typed_by_the_body(lang, text, typ):
    got = sourced(text, lang)
    assert any(v == 34 and t == typ for _m, v, _n, t in got), got


def test_pointer_inside_a_paragraph_stops_at_an_earlier_report():
    text = ("Тиснява в Енську\n\nКількість загиблих зросла до 33. Про це повідомило МВС Боренії. "
            "Учора ввечері йшлося про 11 загиблих, вночі — про 32.\n")
    got = sourced(text, "uk")
    assert ("killed", 33, "МВС Боренії", "official") in got, got
    assert not any(v in (11, 32) and name == "МВС Боренії" for _m, v, name, _t in got), got
