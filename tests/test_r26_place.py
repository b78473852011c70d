"""Round r26p: the places of claims. A town the victims were moved to ("later transferred to X",
«часть перевезли в X», «в X и Y эвакуированы», «Xқа жеткізілді») is not where the event happened."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()


def _claims(text: str, lang: str):
    return PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang=lang)).claims


MOVED = [
    ("A gas explosion destroyed a bakery in Poltava on Monday.\n\n"
     "Doctors said 30 people were injured; some were later transferred to Kyiv.", "en", 30),
    ("В понедельник взрыв газа разрушил пекарню в Полтаве.\n\n"
     "По данным врачей, пострадали 30 человек, часть из них позднее перевезли в Киев.", "ru", 30),
    ("У понеділок вибух газу зруйнував пекарню в Полтаві.\n\n"
     "За даними лікарів, постраждали 30 людей, частину з них згодом перевезли до Києва.", "uk", 30),
    ("Дүйсенбі күні Полтавада газ жарылып, наубайхана қирады.\n\n"
     "Дәрігерлердің айтуынша, 30 адам зардап шекті, олардың бір бөлігі Киевке жеткізілді.", "kk", 30),
    ("В понедельник взрыв газа разрушил пекарню в Полтаве. Пострадали 12 человек.\n\n"
     "Министр сообщил, что в больницы доставлены 12 пострадавших. В Киев и Харьков эвакуированы ещё 4 человека.",
     "ru", 12),
]


@pytest.mark.parametrize(("text", "lang", "value"), MOVED)
def test_a_destination_of_the_wounded_is_not_the_scene(text, lang, value):
    got = [(c.value, c.place) for c in _claims(text, lang) if c.value == value]
    assert got and all(p == "Poltava" for _, p in got), got


LOCATIVE = [
    ("В понедельник наводнение затопило улицы. В Полтаве эвакуированы жители, погибли 3 человека.", "ru", 3),
    ("Flooding hit the region on Monday. In Poltava residents were evacuated and 3 people died.", "en", 3),
    ("У понеділок повінь затопила вулиці. У Полтаві евакуювали мешканців, загинули 3 людини.", "uk", 3),
    ("Наводнение затопило улицы. Военные обстреливали эвакуационные пункты в Полтаве: пострадали 3 человека.", "ru", 3),
    ("Дүйсенбі күні су тасқыны көшелерді басты. Полтавада тұрғындар эвакуацияланды, 3 адам қаза тапты.", "kk", 3),
]


@pytest.mark.parametrize(("text", "lang", "value"), LOCATIVE)
def test_a_place_where_people_were_evacuated_stays(text, lang, value):
    got = [(c.value, c.place) for c in _claims(text, lang) if c.value == value]
    assert got and all(p == "Poltava" for _, p in got), got


# ---- a total row of a table of villages (``row_totals``, shared with the attribution stage) ------

TOTALS = [
    ("en", "Floods near Poltava\n\nFlood water reached villages near Poltava; 20 houses were flooded in Poltava.\n\n"
           "Village\tHouses flooded\tCars lost\nZarechye\t12\t3\nFinal Data\t15\t4\n"),
    ("ru", "Паводок под Полтавой\n\nВода дошла до сёл под Полтавой; в Полтаве затоплено 20 домов.\n\n"
           "Село\tЗатоплено домов\tПотеряно машин\nЗаречье\t12\t3\nИтого по сёлам\t15\t4\n"),
    ("uk", "Повінь під Полтавою\n\nВода дійшла до сіл під Полтавою; у Полтаві затоплено 20 будинків.\n\n"
           "Село\tЗатоплено будинків\tВтрачено машин\nЗаріччя\t12\t3\nУсього по селах\t15\t4\n"),
    ("kk", "Полтава маңындағы су тасқыны\n\nПолтавада 20 үйді су басты.\n\n"
           "Ауыл\tСу басқан үйлер\tЖоғалған көліктер\nАқжар\t12\t3\nБарлығы ауылдар бойынша\t15\t4\n"),
]


@pytest.mark.parametrize(("lang", "text"), TOTALS)
def test_a_total_row_names_no_place(lang, text):
    got = {c.value: c.place for c in _claims(text, lang) if isinstance(c.value, int)}
    assert got.get(15) == "Poltava", got
