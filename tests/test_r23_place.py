"""Round 23 of claim places (area B): a table's total row names no place; a table of a town's
districts gives the town; a row whose label is a description ("Town police station") is no place
of its own; a claim's town takes the name in force when its event began (``former_names.tsv``).
All texts are invented; the table tests use invented districts and villages."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.gazetteer import dated_name


def places(pipeline, text: str, lang: str) -> dict[int, str | None]:
    a = pipeline.analyze(Document(id="x.txt", path="x.txt", text=text, lang=lang))
    return {c.value: c.place for c in a.claims if isinstance(c.value, int)}


# ---- a table of the town's districts, with a total row ----------------------------------------

DISTRICT_TABLES = [
    ("en", "Shelling of Tver: damage update\n\nShells hit Tver on Monday; 90 buildings were damaged in Tver.\n\n"
           "District\tBuildings damaged\tCars damaged\nVerkhnoluzhskyi\t61\t7\nPodgirnyi\t23\t5\nTotal\t84\t12\n"),
    ("ru", "Обстрел Твери: данные об ущербе\n\nВ Твери в понедельник повреждены 90 домов, сообщили в Твери.\n\n"
           "Район\tПовреждено домов\tПовреждено машин\nВерхнелужский\t61\t7\nПодгорный\t23\t5\nВсего\t84\t12\n"),
    ("uk", "Обстріл Твері: дані про шкоду\n\nУ Твері в понеділок пошкоджено 90 будинків, повідомили у Твері.\n\n"
           "Район\tПошкоджено будинків\tПошкоджено машин\nВерхньолужський\t61\t7\nПідгірний\t23\t5\nУсього\t84\t12\n"),
    ("kk", "Тверьдегі атқылау: шығын туралы деректер\n\nТверьде дүйсенбіде 90 үй зақымданды, деп хабарлады Тверьде.\n\n"
           "Аудан\tЗақымданған үйлер\tЗақымданған көліктер\nЖоғарғы\t61\t7\nТөменгі\t23\t5\nБарлығы\t84\t12\n"),
]


@pytest.mark.parametrize(("lang", "text"), DISTRICT_TABLES)
def test_district_rows_and_total_are_the_town(pipeline, lang, text):
    got = places(pipeline, text, lang)
    assert got.get(61) == "Tver" and got.get(23) == "Tver" and got.get(84) == "Tver", got


# ---- a table of villages: rows are villages, the total is not one --------------------------------

@pytest.mark.parametrize(("lang", "text", "village"), [
    ("en", "Floods near Tver\n\nFlood water reached villages near Tver; 20 houses were flooded in Tver.\n\n"
           "Village\tHouses flooded\tCars lost\nZarechye\t12\t3\nTotal\t15\t4\n", "Zarechye"),
    ("ru", "Паводок под Тверью\n\nВода дошла до сёл под Тверью; в Твери затоплено 20 домов.\n\n"
           "Село\tЗатоплено домов\tПотеряно машин\nЗаречье\t12\t3\nИтого\t15\t4\n", "Заречье"),
    ("uk", "Повінь під Твер'ю\n\nВода дійшла до сіл під Твер'ю; у Твері затоплено 20 будинків.\n\n"
           "Село\tЗатоплено будинків\tВтрачено машин\nЗаріччя\t12\t3\nРазом\t15\t4\n", "Заріччя"),
    ("kk", "Тверь маңындағы су тасқыны\n\nТверьде 20 үйді су басты.\n\n"
           "Ауыл\tСу басқан үйлер\tЖоғалған көліктер\nАқжар\t12\t3\nБарлығы\t15\t4\n", "Ақжар"),
])
def test_total_row_of_a_village_table_is_no_place(pipeline, lang, text, village):
    got = places(pipeline, text, lang)
    assert got.get(15) == "Tver", got  # the sum of the villages: the document's place, no "Total"


# ---- a "Location" table whose rows are descriptions ---------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police raids in Tver\n\nPolice in Tver detained 40 people on Friday in Tver.\n\n"
           "Location\tDetained\tBeaten\nTown police station\t31\t17\n"),
    ("en", "Police raids in Tver\n\nPolice in Tver detained 40 people on Friday in Tver.\n\n"
           "Place\tDetained\tBeaten\nMain bus station\t31\t17\n"),
])
def test_description_rows_are_the_documents_place(pipeline, lang, text):
    got = places(pipeline, text, lang)
    assert got.get(31) == "Tver", got


# ---- names in force when the event began ----------------------------------------------------------

@pytest.mark.parametrize(("place", "when", "want"), [
    ("Yekaterinburg", "1988-10-04", "Sverdlovsk"),
    ("Yekaterinburg", "1988-10-04/1988-10-06", "Sverdlovsk"),
    ("Yekaterinburg", "1988", "Sverdlovsk"),
    ("Yekaterinburg", "1991", "Yekaterinburg"),  # a year that straddles the renaming: left alone
    ("Yekaterinburg", "2005-06-01", "Yekaterinburg"),
    ("Tver", "1985-03", "Kalinin"),
    ("Kropyvnytskyi", "2014-05-02", "Kirovohrad"),
    ("Kropyvnytskyi", "2017-05-02", "Kropyvnytskyi"),
    ("Nizhniy Novgorod; Tver", "1980-01-01", "Gorky; Kalinin"),
    ("Tver (Russia)", "1980-01-01", "Kalinin (Russia)"),
    ("Tver", None, "Tver"),
    ("Tver", "", "Tver"),
    (None, "1980-01-01", None),
    ("Zarechye", "1980-01-01", "Zarechye"),
])
def test_dated_name(place, when, want):
    assert dated_name(place, when) == want


# ---- a region inside an organisation's capitalized title is its remit, not the place ---------------

@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Беспорядки в Ржеве\n\nВ Ржеве прошли беспорядки, в Ржеве задержаны люди.\n\n"
           "Комиссия Верховного Совета Тверской области насчитала 300 задержанных."),
    ("uk", "Заворушення у Ржеві\n\nУ Ржеві тривали заворушення, у Ржеві затримали людей.\n\n"
           "Комісія Верховної Ради Тверської області нарахувала 300 затриманих."),
    ("en", "Unrest in Rzhev\n\nRiots went on in Rzhev; people were detained in Rzhev.\n\n"
           "The Tver Oblast Supreme Soviet commission counted 300 detained."),
    ("kk", "Ржевтегі толқулар\n\nРжевте толқулар болды, Ржевте адамдар ұсталды.\n\n"
           "Тверь облысы Жоғарғы Кеңесінің комиссиясы 300 адамның ұсталғанын анықтады."),
])
def test_a_council_of_a_region_is_its_remit(pipeline, lang, text):
    got = places(pipeline, text, lang)
    assert got.get(300) == "Rzhev", got


# ---- a journey's origin and destination are not the scene ---------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Пожар автобуса\n\nОколо полудня под Ржевом загорелся автобус, следовавший из Вологды в Тверь. "
           "Погибли 12 человек."),
    ("uk", "Пожежа автобуса\n\nОпівдні під Ржевом загорівся автобус, що їхав із Вологди до Твері. "
           "Загинули 12 людей."),
    ("en", "Bus fire\n\nAt noon a bus travelling from Vologda to Tver caught fire in Rzhev. "
           "12 people were killed."),
    ("kk", "Автобус өрті\n\nТүсте Ржевте Вологдадан Тверьге бара жатқан автобус өртенді. "
           "12 адам қаза тапты."),
])
def test_route_ends_are_not_the_scene(pipeline, lang, text):
    got = places(pipeline, text, lang)
    assert got.get(12) not in ("Vologda", "Tver"), got


# ---- a village row with a settlement-type abbreviation is still a village ------------------------

@pytest.mark.parametrize(("lang", "text", "village"), [
    ("uk", "Повінь під Твер'ю\n\nВода дійшла до сіл під Твер'ю; у Твері затоплено 20 будинків.\n\n"
           "Населений пункт\tЗатоплено будинків\tВтрачено машин\nс. Заріччя\t12\t3\nсмт Донське\t9\t2\n",
     {12: "Zarichchia", 9: "Donske"}),
    ("ru", "Паводок под Тверью\n\nВода дошла до сёл под Тверью; в Твери затоплено 20 домов.\n\n"
           "Населённый пункт\tЗатоплено домов\tПотеряно машин\nс. Заречье\t12\t3\nпгт Донское\t9\t2\n",
     {12: "Zarech'e", 9: "Donskoe"}),
])
def test_abbreviated_village_rows(pipeline, lang, text, village):
    got = places(pipeline, text, lang)
    assert got.get(12) == village[12] and got.get(9) == village[9], got


# ---- "X, in the Y region": the town the region qualifies ------------------------------------------

def test_town_in_the_region(pipeline):
    got = places(pipeline, "Camp revolt\n\nPrisoners held in Rzhev, in the Tver Oblast, revolted after guards "
                           "fired, killing 13 of them.", "en")
    assert got.get(13) == "Rzhev", got
