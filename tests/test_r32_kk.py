"""Round 32, area K: Kazakh constructions of real pages, reproduced with invented sentences (fictional
places and people)."""

from __future__ import annotations

import pytest
from claims_helpers import analyzed, attributed, places_of, summary


def test_injuries_by_kind_with_possessive_digits():
    got = summary("Көкөзек қаласында 420 полицей жарақат алды. 14-іне оқ тиіп, 63-сінің сүйегі сынған. 8-і пышақталған.", "kk")
    assert ("injured", 420, "exact") in got
    assert ("injured", 14, "exact") in got
    assert ("injured", 63, "exact") in got
    assert ("injured", 8, "exact") in got


def test_condition_still_serious():
    assert ("injured", 7, "exact") in summary("Жеті адамның жағдайы әлі ауыр.", "kk")
    assert ("injured", 5, "exact") in summary("Бес адамның жағдайы әлі де ауыр.", "kk")


def test_miners_out_on_the_surface_are_no_participants():
    got = summary("Жарылыс кезінде шахтада 130 адам болған. 118 кенші жер бетіне шықты, қалған 12 адам қаза тапты.", "kk")
    assert ("killed", 12, "exact") in got
    assert not [g for g in got if g[1] == 118]


def test_previous_conviction_is_no_verdict():
    got = summary("Барлығы 90 адам қаза тапты. Оның ішінде 17 адам бұрын сотталған.", "kk")
    assert ("killed", 90, "exact") in got
    assert not [g for g in got if g[0] == "convicted"]


def test_plane_opening_a_sentence_is_no_town():
    text = "Көкөзекте ұшақ құлады. Ұшақта 60 жолаушы болған. Апат 7 адамның өмірін қиды."
    places = places_of(text, "kk", 7)
    assert places and not any(p and ("Usak" in p or "Uşak" in p) for p in places), places


@pytest.mark.parametrize(("text", "lang"), [
    ("Сот 31 адам жарақат алғанын айтты. Компаниядан 9 мың АҚШ долларын өндіріп алу сұралды.", "kk"),
    ("Суд установил, что 31 человек пострадал. С компании взыщут 9 тысяч долларов США.", "ru"),
    ("Суд встановив, що 31 людина постраждала. З компанії стягнуть 9 тисяч доларів США.", "uk"),
    ("The court found that 31 people were injured. The firm must pay 9,000 US dollars.", "en"),
])
def test_a_country_naming_a_currency_is_no_place(text, lang):
    assert places_of(text, lang, 31) == [None]


def test_as_the_prosecutor_noted_is_a_source():
    got = attributed("Прокурор атап өткендей, қаза болғандардың ең көп саны – Көкөзекте (51 адам) тіркелген.", "kk")
    assert ("killed", 51, "official", "asserted") in got


def test_source_name_stops_before_the_dative_clause():
    claims = analyzed("Бас прокурор төтенше жағдай режимі мен бүлікке қарсы операция кезінде барлығы 84 азамат "
                      "қаза тапқанын айтты.", "kk")
    c = next(c for c in claims if c.value == 84)
    assert c.source is not None and c.source.name == "Бас прокурор"


def test_back_reference_and_earlier_open_no_name():
    claims = analyzed("Бұл туралы Ішкі істер министрі Асқар Бекұлы айтты. Өкінішке орай, 23 қызметкер қаза тапты.", "kk")
    c = next(c for c in claims if c.value == 23)
    assert c.source is not None and not c.source.name.lower().startswith("бұл")
    claims = analyzed("Бұған дейін облыс әкімі Дәурен Сәкенов 64 адам қаза тапқанын хабарлады.", "kk")
    c = next(c for c in claims if c.value == 64)
    assert c.source is not None and not c.source.name.lower().startswith("бұған")


def test_nth_body_found_is_the_toll_so_far():
    assert ("killed", 27, "exact") in summary("Бүгін 27-ші адамның денесі табылды.", "kk")
    assert ("killed", 12, "exact") in summary("Кеше 12-ші кеншінің денесі табылды.", "kk")
    assert [g for g in summary("Үйдің 5-ші қабатында 3 адам қаза тапты.", "kk") if g[1] == 5] == []


def test_tolls_by_place_in_parentheses():
    text = ("Қаза болғандардың ең көп саны – Алматыда (84 адам) тіркелген. "
            "Мұндай құрбандар Қызылорда (13), Шымкент (11) және Таразда (9) болған.")
    got = {(c.measure, c.value, c.place) for c in analyzed(text, "kk")}
    assert ("killed", 84, "Almaty") in got
    assert ("killed", 13, "Kyzylorda") in got
    assert ("killed", 11, "Shymkent") in got
    assert ("killed", 9, "Taraz") in got


def test_connection_to_riots_is_no_deployment():
    assert summary("Оның ішінде 30 адам тәртіпсіздіктерге қатысы бар деген күдікке ілінді.", "kk") == []


def test_crew_among_the_dead_and_in_intensive_care():
    got = summary("Апат 9 адамның өмірін қиды, қаза болғандардың ішінде ұшақ командирі бар. "
                  "Екінші ұшқыш ауруханада жансақтау бөлімінде жатыр.", "kk")
    assert ("killed", 9, "exact") in got
    assert ("killed", 1, "exact") in got
    assert ("injured", 1, "exact") in got
    assert summary("Ұшқыш Асқар Бекұлы апаттан аман қалды.", "kk") == []


def test_shot_dead_is_killed():
    got = summary("Сол күні алты адам оқ тиіп қаза тапты.", "kk")
    assert ("killed", 6, "exact") in got and ("injured", 6, "exact") not in got


def test_checked_data_is_no_deployment():
    got = summary("Қаза болғандар туралы деректер қайта тексерілді. Оның 14-і әйелдер.", "kk")
    assert ("killed", 14, "exact") in got
    assert ("deployed", 300, "exact") in summary("Бекетте 300 полицей жолаушыларды тексерді.", "kk")


def test_briefing_hall_after_the_speaker_is_no_name():
    claims = analyzed("Қазіргі күні 73 азамат қаза тапты, — деді Асқар Бекұлы Орталық коммуникациялар қызметінде "
                      "өткен брифингте.", "kk")
    c = next(c for c in claims if c.value == 73)
    assert c.source is not None and c.source.name == "Асқар Бекұлы"


def test_injured_by_severity_list():
    got = summary("41 адам жарақат алды: 8 адам ауыр, 15 адам орташа, 18 адам жеңіл жарақат алды.", "kk")
    for v in (41, 8, 15, 18):
        assert ("injured", v, "exact") in got, got
