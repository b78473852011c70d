"""Entities the tagger never put out (round 40; invented sentences, places and people).

* A monastery, cathedral, hospital or reserve named by a place adjective («Кельмского монастыря»,
  «Кельмської лікарні», "Kelmo Hospital") is an institution, with one lowercase epithet allowed
  before its head («Кельмского златоверхого монастыря»): every case links.
* A ru/uk body whose name opens with a capital and goes on in lowercase («Независимого профсоюза
  горняков Вельмарии», «Конфедерації вільних профспілок», «Ансамбля песни и пляски имени Кельмова»)
  is one organisation; its forms with and without the owner link.
* A president's office («Офиса президента», «Офісом президента», "the Office of the President",
  «Президент кеңсесі») is a known body.
* A Kazakh quoted name with a landmark's kind word after it («"Ордабай" алаңына») is that landmark,
  one place with its unquoted spelling («Ордабай алаңында»)."""

from __future__ import annotations

import pytest

from tests.entity_helpers import linked, together


def _show(ents):
    return [(e.canonical, e.type, sorted(e.forms)) for e in ents]


@pytest.mark.parametrize(("docs", "forms"), [
    ((("Паломники пришли к Кельмскому монастырю.", "ru"), ("Пожар у Кельмского златоверхого монастыря потушен.", "ru")),
     ("Кельмскому монастырю", "Кельмского златоверхого монастыря")),
    ((("Многие укрылись за стенами Кельмского Златоверхого монастыря.", "ru"), ("Люди прятались в Кельмском монастыре.", "ru")),
     ("Кельмского Златоверхого монастыря", "Кельмском монастыре")),
    ((("Пацієнтів доправили до Кельмської лікарні.", "uk"), ("У Кельмській лікарні перебувають 12 людей.", "uk")),
     ("Кельмської лікарні", "Кельмській лікарні")),
    ((("Пожар в Ольском заповеднике уничтожил лес.", "ru"),
      ("Вертолёт упал на территории Ольского государственного природного биосферного заказника.", "ru")),
     ("Ольском заповеднике", "Ольского государственного природного биосферного заказника")),
])
def test_adjective_named_sites(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), _show(ents)


@pytest.mark.parametrize(("docs", "forms"), [
    ((("Председатель Независимого профсоюза горняков Вельмарии сообщил о забастовке.", "ru"),
      ("Он заявил, что Независимый профсоюз горняков поддерживает забастовку.", "ru")),
     ("Независимого профсоюза горняков Вельмарии", "Независимый профсоюз горняков")),
    ((("Голова Незалежної профспілки гірників Вельмарії повідомив про страйк.", "uk"),
      ("Представники Незалежної профспілки гірників прибули на шахту.", "uk")),
     ("Незалежної профспілки гірників Вельмарії", "Незалежної профспілки гірників")),
    ((("Солисты Ансамбля песни и пляски имени Кельмова погибли.", "ru"),
      ("Он руководил Ансамблем песни и пляски имени А. В. Кельмова десять лет.", "ru"),
      ("Солісти ансамблю імені Кельмова загинули.", "uk")),
     ("Ансамбля песни и пляски имени Кельмова", "Ансамблем песни и пляски имени А. В. Кельмова", "ансамблю імені Кельмова")),
])
def test_bodies_opening_with_a_capital(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), _show(ents)


@pytest.mark.parametrize(("text", "lang", "form"), [
    ("Сотрудники Государственной службы Вельмарии по вопросам безопасности пищевых продуктов проверили кафе.", "ru",
     "Государственной службы Вельмарии по вопросам безопасности пищевых продуктов"),
    ("Голова Конфедерації вільних профспілок Вельмарії виступив на мітингу.", "uk", "Конфедерації вільних профспілок Вельмарії"),
    ("Сотрудники Национального агентства по чрезвычайным ситуациям прибыли на место.", "ru",
     "Национального агентства по чрезвычайным ситуациям"),
    ("Солісти ансамблю пісні і танцю імені Кельмова загинули.", "uk", "ансамблю пісні і танцю імені Кельмова"),
    ("По данным национальной службы по снижению последствий стихийных бедствий, погибли 12 человек.", "ru",
     "национальной службы по снижению последствий стихийных бедствий"),
    ("За даними національного агентства з питань стихійних лих, загинули 12 людей.", "uk",
     "національного агентства з питань стихійних лих"),
    ("Рятувальники Державної воєнізованої гірничорятувальної служби Міністерства енергетики та вугільної промисловості прибули.",
     "uk", "Міністерства енергетики та вугільної промисловості"),
    ("Горноспасатели Государственной военизированной горноспасательной службы Министерства энергетики прибыли.",
     "ru", "Государственной военизированной горноспасательной службы"),
])
def test_body_whole_name(pipeline, text, lang, form):
    ents = linked(pipeline, (text, lang))
    assert together(ents, form), _show(ents)


@pytest.mark.parametrize(("text", "lang"), [
    ("Городская служба сообщила о пожаре.", "ru"),
    ("Сотрудники государственной службы занятости провели проверку.", "ru"),
    ("Комитет собрался в понедельник.", "ru"),
])
def test_no_body_without_a_name(pipeline, text, lang):
    ents = linked(pipeline, (text, lang))
    assert not any(e.type == "org" for e in ents), _show(ents)


@pytest.mark.parametrize(("text", "lang", "form"), [
    ("Представитель Офиса президента заявил, что обстрел продолжается.", "ru", "Офиса президента"),
    ("Під Офісом президента сталися сутички між шахтарями та поліцією.", "uk", "Офісом президента"),
    ("Miners protested outside the Office of the President in Velmo.", "en", "Office of the President"),
    ("Президент кеңсесі мәлімдеме жасады.", "kk", "Президент кеңсесі"),
])
def test_presidential_office(pipeline, text, lang, form):
    ents = linked(pipeline, (text, lang))
    assert any(form in e.forms and e.type == "org" for e in ents), _show(ents)


def test_presidential_office_links_across_languages(pipeline):
    ents = linked(pipeline, ("Представитель Офиса президента заявил о переговорах.", "ru"),
                  ("Під Офісом президента сталися сутички.", "uk"),
                  ("Miners protested outside the Office of the President.", "en"))
    assert together(ents, "Офиса президента", "Офісом президента", "Office of the President"), _show(ents)


def test_quoted_square_with_its_kind_word(pipeline):
    ents = linked(pipeline, ('Мыңдаған адам "Ордабай" алаңына жиналды.', "kk"),
                  ("Полиция «Ордабай» алаңынан адамдарды қуды.", "kk"),
                  ("Кеше Ордабай алаңында митинг өтті.", "kk"))
    assert together(ents, '"Ордабай" алаңына', "«Ордабай» алаңынан", "Ордабай алаңында"), _show(ents)
    assert all(e.type == "place" for e in ents if '"Ордабай" алаңына' in e.forms), _show(ents)


def test_english_hospital_of_a_longer_name_keeps_it(pipeline):
    ents = linked(pipeline, ("Victims were taken to Lady Tampere Hospital in the city.", "en"))
    assert together(ents, "Lady Tampere Hospital"), _show(ents)
    ents = linked(pipeline, ("Victims were taken to the Tampere Hospital in the city.", "en"))
    assert together(ents, "Tampere Hospital"), _show(ents)


def test_mission_named_by_its_country(pipeline):
    ents = linked(pipeline, ("Сотрудники генерального консульства Вельмарии в Ольмаре помогли туристам.", "ru"),
                  ("В консульстве Вельмарии в Ольмаре подтвердили гибель двоих.", "ru"))
    assert together(ents, "генерального консульства Вельмарии в Ольмаре", "консульстве Вельмарии в Ольмаре"), _show(ents)
    ents = linked(pipeline, ("У посольстві Вельмарії в Ольмії відкрили книгу співчуття.", "uk"))
    assert together(ents, "посольстві Вельмарії в Ольмії"), _show(ents)
    ents = linked(pipeline, ("Он пришёл к посольству и ждал.", "ru"))
    assert not any(e.type == "org" for e in ents), _show(ents)
