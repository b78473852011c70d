"""Entity aliases of round 35 (constructions recurring across real pages; invented sentences and people).

* A foreign name of two given names and a surname written in Cyrillic («Ранат Ольмир Дарвишиян») is one
  person, not "Ранат Ольмир" and a bare surname.
* Two full names of one surname whose first names are one name in two readings or cases («Ибрагим
  Кельмири», «Эбрахим Кельмири») are one person, and the surname alone joins it.
* An English possessive of a person ("Vorkasz's convoy", with ' ’ or ʼ) is a form of that person.
Two people of one surname and different first names stay apart."""

from __future__ import annotations

import pytest

from tests.entity_helpers import linked, together


def _show(ents):
    return [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize(("text", "lang", "full"), [
    ("Министр Ранат Ольмир Дарвишиян прибыл на место аварии.", "ru", "Ранат Ольмир Дарвишиян"),
    ("Міністр Ранат Ольмір Дарвішіян прибув на місце аварії.", "uk", "Ранат Ольмір Дарвішіян"),
    ("Президент Ранжеп Талип Кармоган прибыл в город.", "ru", "Ранжеп Талип Кармоган"),
])
def test_two_given_names_and_a_surname(pipeline, text, lang, full):
    ents = linked(pipeline, (text, lang))
    assert together(ents, full), _show(ents)
    assert not any(" ".join(full.split()[:2]) in e.forms for e in ents), _show(ents)


def test_two_given_names_join_the_latin_name(pipeline):
    ents = linked(pipeline, ("Президент Ранжеп Талип Кармоган прибыл в город. Кармоган выступил.", "ru"),
                  ("President Ranjep Talip Karmogan arrived in the city.", "en"))
    assert together(ents, "Ранжеп Талип Кармоган", "Ranjep Talip Karmogan", "Кармоган"), _show(ents)


def test_a_patronymic_stays_a_patronymic(pipeline):
    ents = linked(pipeline, ("Глава района Олег Петрович Сидельников прибыл на место.", "ru"))
    assert together(ents, "Олег Петрович Сидельников"), _show(ents)


@pytest.mark.parametrize(("docs", "forms"), [
    ([("Президент Ибрагим Кельмири прибыл на плотину.", "ru"),
      ("Президент Эбрахим Кельмири прибыл на плотину. Кельмири выступил перед рабочими.", "ru")],
     ("Ибрагим Кельмири", "Эбрахим Кельмири", "Кельмири")),
    ([("Президент Ібрагім Кельмірі прибув на греблю.", "uk"),
      ("Президент Ебрахім Кельмірі прибув на греблю. Кельмірі виступив перед робітниками.", "uk")],
     ("Ібрагім Кельмірі", "Ебрахім Кельмірі")),
    ([("President Ibrahim Kelmiri arrived at the dam.", "en"),
      ("President Ebrahim Kelmiri arrived at the dam. Kelmiri spoke to the workers.", "en")],
     ("Ibrahim Kelmiri", "Ebrahim Kelmiri", "Kelmiri")),
    ([("Президент Ибрагим Кельмири жиналысқа келді.", "kk"),
      ("Президент Эбрахим Кельмири жиналысқа келді.", "kk")],
     ("Ибрагим Кельмири", "Эбрахим Кельмири")),
])
def test_two_readings_of_one_first_name(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), _show(ents)


def test_two_first_names_of_one_surname_stay_apart(pipeline):
    ents = linked(pipeline, ("Депутат Иван Кельмири прибыл на плотину.", "ru"),
                  ("Депутат Олег Кельмири прибыл на плотину.", "ru"))
    assert not together(ents, "Иван Кельмири", "Олег Кельмири"), _show(ents)


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_possessive_of_a_person(pipeline, apostrophe):
    text = (f"President Daniel Vorkasz arrived at the dam on Sunday. Officials said Vorkasz{apostrophe}s "
            "convoy then went down the valley road.")
    ents = linked(pipeline, (text, "en"))
    assert together(ents, "Daniel Vorkasz", f"Vorkasz{apostrophe}s"), _show(ents)
    assert not any("Vorkaszs" in f for e in ents for f in e.forms), _show(ents)


def test_numbered_institution_in_every_language(pipeline):
    """A numbered institution is one organisation by its kind and number, however each page writes it."""
    ents = linked(pipeline,
                  ("В исправительной колонии № 14 под Ольмарово начался пожар. Заключенных ИК-14 эвакуировали.", "ru"),
                  ("У виправній колонії №14 сталася пожежа, повідомили в ІК-14.", "uk"),
                  ("A fire broke out at Penal Colony No. 14, also known as IK-14.", "en"),
                  ("№14 колонияда өрт шықты.", "kk"))
    assert together(ents, "исправительной колонии № 14", "ИК-14", "виправній колонії №14", "ІК-14",
                    "Penal Colony No. 14", "IK-14", "№14 колонияда"), _show(ents)


def test_numbered_institutions_of_two_kinds_or_numbers_stay_apart(pipeline):
    ents = linked(pipeline,
                  ("Ученики гимназии №8 и пациенты больницы № 8 не пострадали. Гимназия №8 закрыта.", "ru"),
                  ("Учні гімназії № 8 та школи № 9 повернулися додому.", "uk"),
                  ("Pupils of School No 8 went home; School No 9 stayed open.", "en"),
                  ("№8 мектепте сабақ тоқтады.", "kk"))
    assert together(ents, "гимназии №8", "гімназії № 8", "School No 8", "№8 мектепте"), _show(ents)
    assert not together(ents, "гимназии №8", "больницы № 8"), _show(ents)
    assert not together(ents, "School No 8", "School No 9"), _show(ents)


def test_a_capitalized_title_opens_no_name_of_three_words(pipeline):
    ents = linked(pipeline, ("Губернатор Ранат Ольмировтың айтуынша, 12 адам жарақат алды.", "kk"),
                  ("Губернатор Ранат Ольмиров заявил, что пострадали 12 человек.", "ru"))
    assert not any(f.startswith("Губернатор") for e in ents for f in e.forms), _show(ents)


def test_two_given_names_before_a_kazakh_place_in_which(pipeline):
    ents = linked(pipeline, ("Президент Руслан Талып Кармоган Ольмардағы жиында сөйледі.", "kk"),
                  ("Президент Руслан Талип Кармоган прибыл в город.", "ru"))
    assert together(ents, "Руслан Талып Кармоган"), _show(ents)
    assert not any("Руслан Талып" in e.forms for e in ents), _show(ents)

