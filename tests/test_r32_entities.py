"""Entities of round 32 (real-page constructions, invented sentences and people).

News agencies and outlets quoted as sources are organisations, their Latin and Cyrillic names one
entity; a longer known name opening with an acronym wins (CNN Turk); a name in quotes keeps its quoted
spelling as a form; informal region names (Подмосковье, Підмосков'я) are the region; a ministry's
regional directorate («ГУ МЧС по ... области») is a form of the ministry; the head of a town's genitive
place before his name leaves the town a place; a list's name written surname first is the person; a
country opens a Ukrainian sentence; "the region of X" is the region; a bare Kazakh «ТЖМ» in a page
with no place is Kazakhstan's ministry."""

from __future__ import annotations

from rashomon.document import Document
from tests.entity_helpers import linked, together


def _show(ents):
    return [(e.canonical, e.type, e.forms) for e in ents]


def _typed(pipeline, text: str, lang: str) -> dict[str, str]:
    doc = Document(id="d.txt", path="d.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    return {m.text: m.type for m in pipeline.entity_tagger(doc)}


def test_news_agencies_are_organisations_across_scripts(pipeline):
    ents = linked(pipeline,
                  ("В Ольмаре погибли пять человек, сообщает Интерфакс. По данным Ройтерс, спасатели работают.", "ru"),
                  ("Five people died in Olmar, Interfax reported. Reuters said rescuers were at the scene.", "en"),
                  ("Про це повідомляє УНН з посиланням на Укрінформ. Як пише Українська правда, рятувальники працюють.", "uk"),
                  ("Бұл туралы Қазинформ агенттігі хабарлады. Tengrinews те жазды.", "kk"),
                  ("Об этом сообщает Казинформ.", "ru"))
    assert together(ents, "Интерфакс", "Interfax"), _show(ents)
    assert together(ents, "Ройтерс", "Reuters"), _show(ents)
    assert together(ents, "Қазинформ", "Казинформ"), _show(ents)
    for form in ("УНН", "Укрінформ", "Українська правда", "Tengrinews"):
        assert any(e.type == "org" and form in e.forms for e in ents), (form, _show(ents))


def test_longer_known_name_opening_with_an_acronym(pipeline):
    typed = _typed(pipeline, "Rescuers reached the village at noon, CNN Turk reported. CNN said later that two died.", "en")
    assert typed.get("CNN Turk") == "org", typed
    assert typed.get("CNN") == "org", typed


def test_national_railway_company_forms(pipeline):
    ents = linked(pipeline,
                  ("Укрзалізниця призначила додатковий поїзд до Ольмарова. За даними Укрзалізниці, рух відновлено.", "uk"),
                  ("Ukrzaliznytsia said the line to Olmariv was open again.", "en"))
    assert together(ents, "Укрзалізниця", "Укрзалізниці", "Ukrzaliznytsia"), _show(ents)


def test_investigative_committee_short_names(pipeline):
    ents = linked(pipeline,
                  ("Про це заявили у Слідкомі РФ. Слідчий комітет порушив справу.", "uk"),
                  ("В пресс-службе СК РФ сообщили о возбуждении дела.", "ru"))
    assert together(ents, "Слідкомі РФ", "СК РФ"), _show(ents)


def test_quoted_name_keeps_its_quoted_spelling(pipeline):
    ents = linked(pipeline,
                  ("Пожар в торговом центре «Лесная Ладья» начался утром. В «Лесной Ладье» находились люди.", "ru"),
                  ("Як передає «Інтерфакс», рятувальники працюють.", "uk"))
    assert together(ents, "Лесная Ладья", "«Лесная Ладья»"), _show(ents)
    assert together(ents, "Інтерфакс", "«Інтерфакс»"), _show(ents)


def test_informal_region_names(pipeline):
    ents = linked(pipeline,
                  ("В Подмосковье объявлен траур. Губернатор Московской области выразил соболезнования.", "ru"),
                  ("У Підмосков'ї оголосили жалобу. Лікарні Підмосков'я приймають поранених.", "uk"),
                  ("Ресейдің Мәскеу облысында аза тұту жарияланды.", "kk"))
    assert together(ents, "Подмосковье", "Московской области", "Підмосков'ї", "Мәскеу облысында"), _show(ents)


def test_regional_directorate_is_a_form_of_the_ministry(pipeline):
    ents = linked(pipeline,
                  ("Об этом сообщили в ГУ МЧС по Костанайской области. МЧС Казахстана уточнило число погибших.", "ru"),
                  ("Про це повідомили в ГУ ДСНС у Львівській області. ДСНС України працює на місці.", "uk"))
    assert together(ents, "ГУ МЧС по Костанайской области", "МЧС Казахстана"), _show(ents)
    assert together(ents, "ГУ ДСНС у Львівській області", "ДСНС України"), _show(ents)
    assert not any(e.type == "place" and "ГУ" in e.forms for e in ents), _show(ents)


def test_head_of_a_town_then_his_name(pipeline):
    ru = _typed(pipeline, "Губернатор Измира Кенан Дюзгюноглу сообщил, что 14 человек подняты на поверхность.", "ru")
    assert ru.get("Измира") == "place" and ru.get("Кенан Дюзгюноглу") == "person", ru
    uk = _typed(pipeline, "Губернатор Ізміра Кенан Дюзгюноглу повідомив про двох загиблих.", "uk")
    assert uk.get("Ізміра") == "place" and uk.get("Кенан Дюзгюноглу") == "person", uk
    en = _typed(pipeline, "Izmir Governor Kenan Duzgunoglu said 14 people were brought to the surface.", "en")
    assert en.get("Kenan Duzgunoglu") == "person", en


def test_list_name_surname_first_is_the_person(pipeline):
    ents = linked(pipeline,
                  ("Список погибших: 5. Ольмаров Ранат 1961 г.р. 6. Сетушев Олег 1970 г.р.", "ru"),
                  ("Ұшқыштар - Ранат Ольмаров пен Олег Сетушев қаза тапты.", "kk"))
    assert together(ents, "Ольмаров Ранат", "Ранат Ольмаров"), _show(ents)
    assert together(ents, "Сетушев Олег", "Олег Сетушев"), _show(ents)


def test_country_opening_a_ukrainian_sentence(pipeline):
    typed = _typed(pipeline, "Франція оголосила жалобу. Мали вони рацію чи ні, невідомо.", "uk")
    assert typed.get("Франція") == "place", typed
    assert "Мали" not in typed, typed


def test_region_of_a_name_is_the_region(pipeline):
    ents = linked(pipeline,
                  ("A fire broke out in a mine in Kazakhstan's central region of Karaganda on Sunday.", "en"),
                  ("Пожар произошел на шахте в Карагандинской области.", "ru"))
    assert together(ents, "Karaganda", "Карагандинской области"), _show(ents)


def test_spaced_route_pair_is_two_places(pipeline):
    typed = _typed(pipeline, 'Әуе компаниясының "Алматы – Нұр-Сұлтан" бағытындағы ұшағы құлады.', "kk")
    assert typed.get("Алматы") == "place" and typed.get("Нұр-Сұлтан") == "place", typed


def test_bare_kazakh_ministry_without_places_is_kazakhstans(pipeline):
    ents = linked(pipeline,
                  ("ТЖМ кеншілердің жағдайы туралы ақпарат жариялады. Көзге көрінетін жану ошақтары жоқ.", "kk"),
                  ("МЧС РК сообщило о гибели пяти человек.", "ru"))
    assert together(ents, "ТЖМ", "МЧС РК"), _show(ents)
    assert not any(e.type == "place" and "Көзге" in e.forms for e in ents), _show(ents)


def test_ministry_for_and_a_short_name_opening_a_sentence(pipeline):
    ents = linked(pipeline,
                  ("Photo courtesy of Kazakhstan's Ministry for Emergency Situations.", "en"),
                  ("МЧС РК сообщило о гибели пяти человек.", "ru"),
                  ("Слідком РФ у неділю повідомив про загиблих. Про це заявили у Слідкомі РФ.", "uk"),
                  ("По оценке «Укрзализныци», на вокзале были люди.", "ru"),
                  ("Укрзалізниця призначила поїзд.", "uk"))
    assert together(ents, "Kazakhstan's Ministry for Emergency Situations", "МЧС РК"), _show(ents)
    assert together(ents, "Слідком РФ", "Слідкомі РФ"), _show(ents)
    assert together(ents, "Укрзализныци", "Укрзалізниця"), _show(ents)


def test_adjective_of_a_big_city_names_it_not_a_village(pipeline):
    ents = linked(pipeline,
                  ("Об этом сообщил начальник Донецкой областной военной администрации Ранат Ольмаров.", "ru"),
                  ("Про це повідомив керівник Донецької обласної військової адміністрації Ранат Ольмаров.", "uk"))
    assert together(ents, "Донецкой областной военной администрации", "Донецької обласної військової адміністрації"), _show(ents)
