"""Entities of round 33 (constructions recurring across real pages; invented sentences and places).

A place written with the word for its kind is a form of the place: after the name (kk with its case
endings «Ольмар ауданындағы», «Ольмар облыстық»; en "Olmar Prefecture"; ru/uk a regional body's
adjective «областной»), before it in ru/uk («провинции Ольмар», «півострові Ольмар»). A regional body
named by its region's adjective and an abbreviation is one organisation in every case and in both
languages («Ольмарська ОВА», «Ольмарской ОВА»). Also: an English possessive of a place as written; a
kk sentence opening with «Сондай-ақ»; a ru genitive surname with a fleeting vowel (Вербенца); a name
written surname, name, patronymic; a kk case form of a name the page tags bare (Ольмардың); "St."
before a town; a lowercase national body (ru/uk/kk); a big foreign city's Cyrillic name opening a kk
sentence; "X Y, the head of"; transport and emergencies ministries."""

from __future__ import annotations

import pytest

from tests.entity_helpers import linked, together


def _show(ents):
    return [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize(("text", "lang", "forms"), [
    # kk: a district's word with a case ending, and the region's adjective
    ("Ольмар ауданындағы ауылда өрт болды. Ольмар ауданы әкімі мәлімдеді.", "kk",
     ("Ольмар", "Ольмар ауданындағы")),
    ("Ольмар аймағында жер сілкінді. Ольмар аймағының тұрғындары көшті.", "kk", ("Ольмар", "Ольмар аймағында")),
    # en: the kind word written after the name, capitalized or not
    ("The earthquake hit Olmar Prefecture on Monday. Olmar lies on the coast.", "en",
     ("Olmar", "Olmar Prefecture")),
    # ru / uk: the kind word before the name
    ("В провинции Ольмар произошло землетрясение. Ольмар пострадал сильнее всего.", "ru",
     ("Ольмар", "провинции Ольмар")),
    ("На півострові Ольмар стався землетрус. Ольмар досі без світла.", "uk", ("Ольмар", "півострові Ольмар")),
])
def test_place_with_its_kind_word_is_a_form(pipeline, text, lang, forms):
    ents = linked(pipeline, (text, lang))
    assert together(ents, *forms), _show(ents)


def test_kind_words_of_a_known_district_and_region(pipeline):
    ents = linked(pipeline, ("Мақтаарал ауданындағы Шарбақ ауылында төбелес болды. Талғар аудандық әкімдігі хабарлады.", "kk"),
                  ("Пострадавших доставили в Омскую областную больницу.", "ru"))
    assert together(ents, "Мақтаарал", "Мақтаарал ауданындағы"), _show(ents)
    assert together(ents, "Талғар", "Талғар аудандық"), _show(ents)
    assert together(ents, "Омскую", "Омскую областную"), _show(ents)


def test_a_town_word_before_a_name_is_no_form(pipeline):
    ents = linked(pipeline, ("Жителей города Ольмар эвакуировали.", "ru"))
    assert not any("города Ольмар" in e.forms for e in ents), _show(ents)


def test_region_adjective_and_abbreviation_are_one_body(pipeline):
    ents = linked(pipeline,
                  ("Голова Ольмарської ОВА Петро Дзвінко прибув на місце. Вчора в Ольмарській ОВА заявили про пожежу.", "uk"),
                  ("Глава Ольмарской ОВА Петр Дзвинко сообщил о пожаре.", "ru"),
                  ("Голова Полтавської ОВА повідомив про загиблих. Фото: Полтавська ОВА", "uk"),
                  ("Председатель Полтавской ОВА сообщил о пострадавших.", "ru"))
    assert together(ents, "Ольмарської ОВА", "Ольмарській ОВА", "Ольмарской ОВА"), _show(ents)
    assert together(ents, "Полтавської ОВА", "Полтавська ОВА", "Полтавской ОВА"), _show(ents)
    assert not any(e.type == "place" and e.forms == ["Полтавской"] for e in ents), _show(ents)


def test_english_possessive_of_a_place_is_a_form(pipeline):
    ents = linked(pipeline, ("Armenia's emergency service said two people died. Rescuers in Armenia worked all night.", "en"))
    assert together(ents, "Armenia", "Armenia's"), _show(ents)


def test_kazakh_also_opens_no_name(pipeline):
    ents = linked(pipeline, ("Сондай-ақ Арман Бекжанов қаза тапқандардың туыстарына көңіл айтты.", "kk"))
    assert not any(any(f.startswith("Сондай") for f in e.forms) for e in ents), _show(ents)
    assert together(ents, "Арман Бекжанов"), _show(ents)


def test_genitive_surname_with_a_fleeting_vowel_joins_the_nominative(pipeline):
    ents = linked(pipeline, ("Ігор Вербенець очолює громаду Ольмара.", "uk"),
                  ("Слова Игоря Вербенца подтвердили в полиции Ольмара.", "ru"))
    assert together(ents, "Ігор Вербенець", "Игоря Вербенца"), _show(ents)


@pytest.mark.parametrize(("text", "lang", "full", "short"), [
    ("Серед загиблих: Петренко Остап Васильович, 1980 р.н. Голова ради Остап Петренко заявив.", "uk",
     "Петренко Остап Васильович", "Остап Петренко"),
    ("Погибшие: Сидоренко Олег Петрович. Олег Сидоренко был депутатом.", "ru",
     "Сидоренко Олег Петрович", "Олег Сидоренко"),
])
def test_surname_name_patronymic_is_the_person(pipeline, text, lang, full, short):
    ents = linked(pipeline, (text, lang))
    assert together(ents, full, short), _show(ents)
    assert not any(f.endswith(("вич", "вна")) and " " not in f for e in ents for f in e.forms), _show(ents)


def test_kazakh_case_form_of_a_tagged_name(pipeline):
    ents = linked(pipeline, ("Ольмар ауылында өрт болды. Өрттен кейін Ольмардың тұрғындары көшіп кетті.", "kk"))
    assert together(ents, "Ольмар", "Ольмардың"), _show(ents)



def test_saint_abbreviation_before_a_tagged_town_is_a_form(pipeline):
    from types import SimpleNamespace

    from rashomon.entities import TaggedMention

    text = "The blast hit the St. Olmarsburg metro."
    s = text.index("Olmarsburg")
    m = TaggedMention(doc="d", span=(s, s + 10), text="Olmarsburg", type="place", lemma="Olmarsburg", how="gazetteer")
    doc = SimpleNamespace(lang="en", lang_at=lambda _: "en")
    pipeline.entity_tagger._kind_word_forms(SimpleNamespace(text=text, doc=doc), [m])
    assert m.alias == "St. Olmarsburg"


def test_lowercase_national_body_in_ru_uk_kk(pipeline):
    ents = linked(pipeline,
                  ("У сутичці в Ольмарі постраждали бійці національної гвардії.", "uk"),
                  ("В Ольмаре пострадали бойцы национальной гвардии.", "ru"),
                  ("Ольмарда ұлттық ұланның екі сарбазы жараланды.", "kk"),
                  ("Officers of the National Guard were injured in Olmar.", "en"))
    assert together(ents, "національної гвардії", "национальной гвардии", "ұлттық ұланның"), _show(ents)


def test_kazakh_sentence_opening_with_a_big_foreign_city(pipeline):
    ents = linked(pipeline, ("Варшава орталығында атыс болды. Варшаваның әкімі мәлімдеме жасады.", "kk"))
    assert together(ents, "Варшава", "Варшаваның"), _show(ents)


def test_name_before_the_head_of_is_a_person(pipeline):
    typed = {e.forms[0]: e.type for e in linked(
        pipeline, ("On Monday Tarmel Oskay, the head of the Olmar Rescue Agency, visited the site.", "en"))}
    assert typed.get("Tarmel Oskay") == "person", typed


def test_transport_and_emergencies_ministry_names(pipeline):
    ents = linked(pipeline,
                  ("Көлік министрлігі Ольмар жолын жапты. ТЖ министрлігінің өкілі Ольмарға барды.", "kk"),
                  ("Об этом сообщило Министерство транспорта. Представитель Министерства чрезвычайных ситуаций сообщил.", "ru"),
                  ("The Transport Ministry said the road to Olmar was closed.", "en"),
                  ("Про це повідомило Міністерство транспорту.", "uk"))
    assert together(ents, "Көлік министрлігі", "Transport Ministry"), _show(ents)
    assert together(ents, "ТЖ министрлігінің", "Министерства чрезвычайных ситуаций"), _show(ents)
