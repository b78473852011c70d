"""Entity patterns of the q21b round: Soviet-era names (an institution "of the USSR" with the country's
abbreviation before or after it; the Soviet republics, ru/uk in any case)."""

from __future__ import annotations

import pytest
from entity_helpers import linked, together


@pytest.mark.parametrize("docs, forms", [
    ([("Справка МВД СССР о событиях в лагере.", "ru"), ("КСРО Ішкі істер министрлігінің анықтамасына сәйкес.", "kk"),
      ("The USSR Interior Ministry reported it.", "en"), ("Довідка МВС СРСР про події.", "uk")],
     ["МВД СССР", "КСРО Ішкі істер министрлігінің", "USSR Interior Ministry", "МВС СРСР"]),
    ([("Генеральная прокуратура СССР возбудила дело.", "ru"), ("КСРО Бас прокуратурасының тобы келді.", "kk")],
     ["Генеральная прокуратура СССР", "КСРО Бас прокуратурасының"]),
])
def test_ussr_institutions_link(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]


def test_ussr_ministry_is_not_the_current_one(pipeline):
    ents = linked(pipeline, ("МВД СССР сообщило о беспорядках.", "ru"), ("МВД РФ сообщило о задержании.", "ru"))
    assert not together(ents, "МВД СССР", "МВД РФ")


@pytest.mark.parametrize("docs, forms", [
    ([("Верховный суд Казахской ССР осудил их.", "ru"), ("Казахская ССР входила в Союз.", "ru"),
      ("Верховний суд Казахської РСР засудив їх.", "uk")], ["Казахской ССР", "Казахская ССР", "Казахської РСР"]),
    ([("Беспорядки в Киргизской ССР продолжались.", "ru"), ("The riots in the Kirghiz SSR went on.", "en"),
      ("Заворушення в Киргизькій РСР тривали.", "uk")], ["Киргизской ССР", "Kirghiz SSR", "Киргизькій РСР"]),
])
def test_soviet_republics_are_places(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("docs, forms", [
    ([("Қақтығыс Оштағы колхоздың жері үшін басталды.", "kk"), ("Ошта 300-ден астам адам қаза тапты.", "kk"),
      ("Столкновения в Оше начались 4 июня.", "ru")], ["Оштағы", "Ошта", "Оше"]),
    ([("Ошқа әскер енгізілді.", "kk"), ("Troops were sent to Osh.", "en")], ["Ошқа", "Osh"]),
])
def test_kk_case_on_a_two_letter_town(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]


def test_kk_pronoun_in_a_case_is_no_town(pipeline):
    ents = linked(pipeline, ("Онда 5 адам болды. Ондағы жағдай ауыр. Одан кейін көмек келді.", "kk"))
    assert not any(f in e.forms for e in ents for f in ("Онда", "Ондағы", "Одан"))


@pytest.mark.parametrize("text, place, bad", [
    ("Қақтығыс Оштағы Ленин атындағы колхоздың жері үшін басталды.", "Оштағы", "Оштағы Ленин"),
    ("Митинг Алматыдағы Абай атындағы алаңда өтті.", "Алматыдағы", "Алматыдағы Абай"),
    ("Жезқазғандағы Сәтбаев атындағы университетте жиын болды.", "Жезқазғандағы", "Жезқазғандағы Сәтбаев"),
])
def test_kk_attributive_locative_opens_no_person(pipeline, text, place, bad):
    ents = linked(pipeline, (text, "kk"))
    assert any(place in e.forms and e.type == "place" for e in ents), [(e.canonical, e.forms) for e in ents]
    assert not any(bad in e.forms for e in ents)


@pytest.mark.parametrize("docs, forms", [
    ([("Загін увірвався до міста на Ставропольщині 14 червня.", "uk"), ("Бои на Ставропольщине продолжались.", "ru"),
      ("Теракт в Ставропольском крае унёс жизни 129 человек.", "ru")],
     ["Ставропольщині", "Ставропольщине", "Ставропольском крае"]),
    ([("Пожежі на Красноярщині не вщухають.", "uk"), ("Лесные пожары в Красноярском крае.", "ru")],
     ["Красноярщині", "Красноярском крае"]),
    ([("Обстріли на Полтавщині тривали.", "uk"), ("Удар по Полтавской области.", "ru")],
     ["Полтавщині", "Полтавской области"]),
])
def test_region_in_shchina_is_an_oblast_or_a_krai(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("docs, forms", [
    ([("Будьонновськ розташований приблизно за 150 км від кордону.", "uk"), ("Будённовск окружён.", "ru")],
     ["Будьонновськ", "Будённовск"]),
    ([("Будьонновськ: кількість загиблих зросла до 143.", "uk"), ("В Будённовске захватили больницу.", "ru"),
      ("Militants seized a hospital in Budyonnovsk.", "en")], ["Будьонновськ", "Будённовске", "Budyonnovsk"]),
])
def test_uk_yo_written_with_soft_sign(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("docs, forms", [
    ([("Об этом писал Солженицын А. И. в своей книге.", "ru"), ("Александр Солженицын описал восстание.", "ru")],
     ["Солженицын А. И.", "Александр Солженицын"]),
    ([("Протокол подписал Иванов П. С. в присутствии свидетелей.", "ru"), ("Петро Іванов заявив про це.", "uk")],
     ["Иванов П. С.", "Петро Іванов"]),
    ([("Довідку склав Кириленко П. О. 12 червня.", "uk"), ("Павло Кириленко повідомив про загиблих.", "uk")],
     ["Кириленко П. О.", "Павло Кириленко"]),
])
def test_surname_then_initials_is_the_person(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]
    assert all(e.type == "person" for e in ents if forms[0] in e.forms)


@pytest.mark.parametrize("docs, forms", [
    ([("Some 5,200 prisoners at Kengir, in the Kazakh SSR, took control of their zone.", "en"),
      ("Верховный суд Казахской ССР осудил руководителей.", "ru")], ["Kazakh SSR", "Казахской ССР"]),
    ([("The famine struck the Ukrainian SSR in 1932.", "en"), ("Голод в Українській РСР.", "uk")],
     ["Ukrainian SSR", "Українській РСР"]),
])
def test_nationality_opens_a_soviet_republic(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]


def test_nationality_alone_is_still_no_place(pipeline):
    ents = linked(pipeline, ("Kazakh police detained five people. Russian troops left the town.", "en"))
    assert not any(e.type == "place" and ("Kazakh" in e.forms or "Russian" in e.forms) for e in ents)
