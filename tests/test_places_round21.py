"""Round 21 of claim places: a hospital seized or stormed is the event's scene, not where victims
are treated; a street's name is no place. Sentence in, the claim's place out. All texts are invented."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def places(pipeline, text: str, lang: str) -> list[tuple[int, str, str | None]]:
    a = pipeline.analyze(Document(id="x.txt", path="x.txt", text=text, lang=lang))
    return [(c.value, c.measure, c.place) for c in a.claims]


@pytest.mark.parametrize("text,lang,place", [
    ("Бойовики здійснили захоплення лікарні в Кизлярі. Напад на місто в Дагестані тривав добу.\n\n"
     "Загинули 20 людей.", "uk", "Kizlyar"),
    ("Після штурму лікарні в Кизлярі влада Дагестану оголосила жалобу.\n\nЗагинули 20 людей.", "uk", "Kizlyar"),
    ("Боевики осуществили захват больницы в Кизляре. Налёт на город в Дагестане длился сутки.\n\n"
     "Погибли 20 человек.", "ru", "Kizlyar"),
    ("После штурма больницы в Кизляре власти Дагестана объявили траур.\n\nПогибли 20 человек.", "ru", "Kizlyar"),
    ("Gunmen ended the seizure of the hospital in Kizlyar. The raid shook Dagestan.\n\n"
     "Officials said 20 people were killed.", "en", "Kizlyar"),
    ("After the hospital siege in Kizlyar, Dagestan declared mourning.\n\n20 people were killed.", "en", "Kizlyar"),
])
def test_a_seized_hospital_is_the_scene(pipeline, text, lang, place):
    got = places(pipeline, text, lang)
    assert got and {p for _, _, p in got} == {place}, got


@pytest.mark.parametrize("text,lang,place", [
    ("Поранених доставили до лікарні в Кизлярі. Напад стався в Дагестані.\n\nЗагинули 20 людей.", "uk", "Dagestan"),
    ("Раненых доставили в больницы Кизляра. Нападение произошло в Дагестане.\n\nПогибли 20 человек.", "ru", "Dagestan"),
])
def test_a_treating_hospital_still_yields(pipeline, text, lang, place):
    got = places(pipeline, text, lang)
    assert got and {p for _, _, p in got} == {place}, got


@pytest.mark.parametrize("text,lang,place", [
    ("Ракети влучили в житловий квартал Краматорська.\n\nНа вулиці Центральній загинули 3 людини.", "uk", "Kramatorsk"),
    ("Ракети влучили в житловий квартал Краматорська.\n\nДві п'ятиповерхівки на вулиці Садовій зруйновано, "
     "загинули 3 людини.", "uk", "Kramatorsk"),
    ("Ракеты попали в жилой квартал Краматорска.\n\nНа улице Центральной погибли 3 человека.", "ru", "Kramatorsk"),
    ("Ракеты попали в жилой квартал Краматорска.\n\nДва дома на улице Садовой разрушены, погибли 3 человека.",
     "ru", "Kramatorsk"),
    ("Rockets hit a residential block in Kramatorsk.\n\nOn Central Street 3 people were killed.", "en", "Kramatorsk"),
])
def test_a_street_name_gives_the_town(pipeline, text, lang, place):
    got = places(pipeline, text, lang)
    assert got and {p for _, _, p in got} == {place}, got


@pytest.mark.parametrize("text,lang,place", [
    ("Толпа со стороны Андижана прорвалась к Ошу, в столкновениях погибли 5 человек.", "ru", "Osh"),
    ("Накануне толпа в несколько тысяч человек со стороны Андижана пыталась прорваться к Ошу.", "ru", "Osh"),
    ("Колона з боку Бєлгорода увійшла до Харкова, загинули 5 людей.", "uk", "Kharkiv"),
    ("Напередодні з боку Бєлгорода по Харкову вдарили ракетами, загинули 12 людей.", "uk", "Kharkiv"),
])
def test_a_crowd_from_the_direction_of_a_town_is_no_scene(pipeline, text, lang, place):
    got = places(pipeline, text, lang)
    assert got and {p for _, _, p in got} == {place}, got


@pytest.mark.parametrize("text,lang,place", [
    ("Armed units stormed Khojaly at night.\n\nMemorial recorded some 200 bodies brought to Aghdam within four days.",
     "en", "Khojaly"),
    ("Human Rights Watch spoke of at least 161 civilians killed in Khojaly, and some 200 bodies were brought "
     "to Aghdam.", "en", "Khojaly"),
    ("Ночью отряды штурмовали Ходжалы.\n\nЗа четыре дня в Агдам привезли около 200 тел.", "ru", "Khojaly"),
    ("Ночью отряды штурмовали Ходжалы.\n\nПо данным правозащитников, в Агдам было доставлено около 200 тел.",
     "ru", "Khojaly"),
    ("Уночі загони штурмували Ходжали.\n\nЗа чотири дні до Агдама привезли близько 200 тіл.", "uk", "Khojaly"),
])
def test_where_bodies_were_brought_is_no_scene(pipeline, text, lang, place):
    got = places(pipeline, text, lang)
    assert got and {p for _, _, p in got} == {place}, got
