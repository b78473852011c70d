"""Session 9 round on devset17 (attribution, places, dates): general patterns, in every language.

- Bare weekdays written right before the explicit day they name ("В ночь со вторника на среду, с 29 на
  30 августа 2006 года") do not date a claim: the stated day does (`rashomon.time.when`).
- A place that says where people come from ("25 citizens of X", "граждан X", «X азаматтары») is no
  place of the event; a place the gazetteer does not know, named as an organisation's remit ("МВД X",
  "the X-ian interior ministry"), is no place either (`rashomon.claims.context`).
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()


def _claims(text: str, lang: str, published: str | None = None):
    return PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang=lang, published=published)).claims


WEEKDAY_NIGHTS = [
    ("Беспорядки в Кяхте.\n\nВ ночь с пятницы на субботу, с 14 на 15 июля 2011 года, в кафе произошла драка. "
     "По данным прокуратуры, погибли 2 человека.", "ru"),
    ("Заворушення в Кяхті.\n\nУ ніч з п'ятниці на суботу, з 14 на 15 липня 2011 року, у кафе сталася бійка. "
     "За даними прокуратури, загинули 2 людини.", "uk"),
    ("Unrest in Kyakhta.\n\nOn the night from Friday to Saturday, 14 to 15 July 2011, a fight broke out in a cafe. "
     "Two people were killed, the prosecutor's office said.", "en"),
    ("Қяхтадағы тәртіпсіздік.\n\nЖұмадан сенбіге қараған түні, 2011 жылғы 14-15 шілдеде кафеде төбелес болды. "
     "Прокуратураның мәліметінше, 2 адам қаза тапты.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), WEEKDAY_NIGHTS)
def test_weekdays_before_the_stated_day_do_not_date_the_claim(text, lang):
    got = [(c.measure, c.value, c.when) for c in _claims(text, lang, "2012-01-20")]
    assert got == [("killed", 2, "2011-07-14/2011-07-15")]


def test_a_weekday_alone_still_dates_from_the_report():
    got = [(c.measure, c.value, c.when) for c in _claims("В пятницу в Кяхте погибли 2 человека.", "ru", "2012-01-20")]
    assert got == [("killed", 2, "2012-01-20")]


PEOPLE_OF = [
    ("In Bishkek the police detained 40 people, 12 of them citizens of Uzbekistan.", "en"),
    ("В Бишкеке полиция задержала 40 человек, из них 12 граждан Узбекистана.", "ru"),
    ("В Бишкеке полиция задержала 40 человек. Среди задержанных 12 уроженцев Таджикистана.", "ru"),
    ("У Бішкеку поліція затримала 40 осіб, з них 12 громадян Узбекистану.", "uk"),
    ("Бішкекте полиция 40 адамды ұстады, олардың 12-сі Өзбекстан азаматтары.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), PEOPLE_OF)
def test_where_people_come_from_is_no_place(text, lang):
    got = [(c.measure, c.value, c.place) for c in _claims(text, lang)]
    assert got == [("detained", 40, "Bishkek"), ("detained", 12, "Bishkek")]


REMITS = [
    ("Прокуратура Бурятии сообщила, что в Кяхте задержаны 40 человек. Позже ещё 3 человека были ранены.", "ru",
     [("detained", 40, "Kyakhta"), ("injured", 3, "Kyakhta")]),
    # a known town beside its body keeps its place
    ("Bishkek police said 40 people were detained.", "en", [("detained", 40, "Bishkek")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), REMITS)
def test_an_organisations_remit_is_no_place(text, lang, expected):
    assert [(c.measure, c.value, c.place) for c in _claims(text, lang)] == expected


# -- attribution -----------------------------------------------------------------------------------

def _attributed(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.source.type if c.source else c.source_type, c.source.name if c.source else None)
            for c in _claims(text, lang)]


OWN_DATA = [
    ("According to our data, 55 people were injured. No one was killed.", "en",
     [("injured", 55, "author", None), ("killed", 0, "author", None)]),
    ("Біздің мәліметтер бойынша, 55 адам зардап шекті.", "kk", [("injured", 55, "author", None)]),
    ("По нашим данным, пострадали 55 человек.", "ru", [("injured", 55, "author", None)]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OWN_DATA)
def test_our_data_is_the_documents_own_voice(text, lang, expected):
    assert _attributed(text, lang) == expected


OFFICIAL_BODIES = [
    ("Штаб АТО повідомляє про щонайменше 10 загиблих.", "uk", "Штаб АТО"),
    ("Штаб АТО сообщает о 10 погибших.", "ru", "Штаб АТО"),
    ("АТО штабының мәліметінше, 10 адам қаза тапты.", "kk", "АТО штабының"),
    ("The ATO press centre reported 10 dead.", "en", "ATO press centre"),
    ("По данным Службы национальной безопасности, погиб 1 полицейский.", "ru", "Службы национальной безопасности"),
    ("За даними Служби національної безпеки, загинув 1 поліцейський.", "uk", "Служби національної безпеки"),
    ("Місія нарахувала 11 загиблих на місці.", "uk", "Місія"),
    ("Миссия насчитала 11 погибших на месте.", "ru", "Миссия"),
    ("The mission counted 11 dead at the site.", "en", "mission"),
    ("Донецька ОДА повідомила про 10 загиблих.", "uk", "Донецька ОДА"),
]


@pytest.mark.parametrize(("text", "lang", "name"), OFFICIAL_BODIES)
def test_operation_headquarters_security_services_missions_are_official(text, lang, name):
    got = _attributed(text, lang)
    assert [(t, n) for _m, _v, t, n in got][:1] == [("official", name)]


def test_a_table_row_named_by_an_administrations_abbreviation():
    text = "| Джерело | Загиблі | Поранені |\n|---|---|---|\n| Донецька ОДА | 10 | 13 |\n| МВС | 12 | 17 |"
    assert _attributed(text, "uk") == [("killed", 10, "official", "Донецька ОДА"), ("injured", 13, "official", "Донецька ОДА"),
                                       ("killed", 12, "official", "МВС"), ("injured", 17, "official", "МВС")]


SCENE_COLONS = [
    ("У Єревані озброєні люди захопили поліцейську частину: загинув 1 поліцейський", "uk"),
    ("В Ереване вооружённые люди захватили полицейский полк: погиб 1 полицейский", "ru"),
    ("In Yerevan armed men seized a police station: 1 police officer killed", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SCENE_COLONS)
def test_a_scene_before_a_colon_is_no_speaker(text, lang):
    assert _attributed(text, lang) == [("killed", 1, "author", None)]


def test_a_speaker_before_a_colon_still_speaks():
    assert _attributed("— МВС: кількість загиблих зросла до 12.", "uk") == [("killed", 12, "official", "МВС")]


_WIKI = ("== Events ==\nUkrainian officials first said ten passengers had been killed. By the evening the toll had risen "
         "to 12, with 17 injured.<ref>{{cite news|title=Toll rises|publisher=Reuters|date=2015-01-13}}</ref> "
         "The shelling damaged 3 houses.<ref>{{cite news|title=Houses hit|publisher=UNIAN|date=2015-01-14}}</ref>\n")


def test_a_trailing_citation_beats_the_carried_speaker(tmp_path):
    from rashomon.readers import read_inputs

    path = tmp_path / "page.wiki"
    path.write_text(_WIKI, encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    got = [(c.measure, c.value, c.source.name if c.source else None) for c in PIPE.analyze(doc).claims
           if c.citation is None]
    assert ("killed", 12, "Reuters") in got and ("injured", 17, "Reuters") in got
    assert ("killed", 10, "Ukrainian officials") in got


_WIKI_FRAMED = ("== События ==\nПо данным прокуратуры, погибли 30 человек. Ранения получили 78 человек.<ref>{{cite news|"
                "title=Число раненых выросло|publisher=Интерфакс|date=2010-09-05}}</ref>\n")


def test_a_framing_source_goes_on_over_a_trailing_citation(tmp_path):
    from rashomon.readers import read_inputs

    path = tmp_path / "page.wiki"
    path.write_text(_WIKI_FRAMED, encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    got = [(c.measure, c.value, c.source.type if c.source else None) for c in PIPE.analyze(doc).claims if c.citation is None]
    assert got == [("killed", 30, "official"), ("injured", 78, "official")]


UNCONFIRMED = [
    ("Громадська ініціатива стверджувала, що поранених було щонайменше 25, проте жоден офіційний орган цього не підтвердив.", "uk"),
    ("Гражданская инициатива утверждала, что раненых было не менее 25, однако ни один официальный орган этого не подтвердил.", "ru"),
    ("The civic group said at least 25 people were injured, but no official body confirmed this.", "en"),
    ("Азаматтық бастама кемінде 25 адам жараланды деп мәлімдеді, бірақ бірде-бір ресми орган мұны растамады.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), UNCONFIRMED)
def test_a_figure_no_official_body_confirmed_is_unconfirmed(text, lang):
    assert [(c.measure, c.value, c.source.type, c.modality) for c in _claims(text, lang)] == [
        ("injured", 25, "ngo", "unconfirmed")]


JUDGING_BY = [
    ("Әлеуметтік желілердегі жазбаларға қарағанда, 30 адам қаза тапқан.", "kk", ("killed", 30, "social_media", "unconfirmed")),
    ("Куәгерлердің айтуына қарағанда, 30 адам қаза тапқан.", "kk", ("killed", 30, "eyewitness", "asserted")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), JUDGING_BY)
def test_kazakh_judging_by_names_the_source(text, lang, expected):
    assert [(c.measure, c.value, c.source.type, c.modality) for c in _claims(text, lang)] == [expected]


# -- places, continued -------------------------------------------------------------------------------

REJECTING_CAPITALS = [
    ('The bus was hit near Volnovakha. Russian state television reports that "up to 15 people" died in a mine blast, '
     'a version Kyiv rejects.', "en"),
    ("Автобус попал под обстрел у Волновахи. Российское телевидение сообщает о 15 погибших от мины — версия, которую "
     "Киев отвергает.", "ru"),
    ("Автобус потрапив під обстріл біля Волновахи. Російське телебачення повідомляє про 15 загиблих від міни — версія, "
     "яку Київ відкидає.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), REJECTING_CAPITALS)
def test_a_capital_that_rejects_a_version_is_no_place(text, lang):
    assert {c.place for c in _claims(text, lang)} == {"Volnovakha"}  # (the version's denial row too, in en)


ROW_LABELS = [
    ("Residents of the villages of Saruu and Barskoon blocked the road near Karakol.\n\n"
     "Village\tHouses damaged\tVehicles burned\nSaruu\t4\t9\nBarskoon\t2\t6\n", "en"),
    ("Жители сёл Сару и Барскоон перекрыли дорогу у Каракола.\n\n"
     "| Село | Повреждено домов | Сожжено машин |\n|---|---|---|\n| Сару | 4 | 9 |\n| Барскоон | 2 | 6 |\n", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), ROW_LABELS)
def test_a_table_rows_place_label_is_the_place_of_its_cells(text, lang):
    got = [(c.value, c.place) for c in _claims(text, lang) if c.measure in ("buildings_damaged", "vehicles_damaged")]
    assert [v for v, _p in got] == [4, 9, 2, 6]
    assert len({p for _v, p in got[:2]}) == 1 and len({p for _v, p in got[2:]}) == 1
    assert got[0][1] != got[2][1] and "Karakol" not in (got[0][1], got[2][1])  # each row its village, not the town


ACTING_SUBJECTS = [
    ("Министрліктің мәліметінше, 55 адам жарақат алды. Полиция 80 адамды ұстады.", "kk"),
    ("По данным министерства, пострадали 55 человек. Полиция задержала 80 человек.", "ru"),
    ("За даними міністерства, постраждали 55 людей. Поліція затримала 80 осіб.", "uk"),
    ("According to the ministry, 55 people were injured. Police detained 80 people.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ACTING_SUBJECTS)
def test_a_body_doing_its_own_act_does_not_carry_the_last_speaker(text, lang):
    got = [(c.measure, c.value, c.source.type if c.source else c.source_type) for c in _claims(text, lang)]
    assert got == [("injured", 55, "official"), ("detained", 80, "author")]


FROM_SOCIAL = [
    ("Цифра «понад 20 загиблих» із соцмереж не підтвердилася.", "uk"),
    ("Цифра «более 20 погибших» из соцсетей не подтвердилась.", "ru"),
    ("The figure of more than 20 dead from social media was not confirmed.", "en"),
    ("Әлеуметтік желілерден тараған «20-дан астам қаза тапқан» деген сан расталмады.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), FROM_SOCIAL)
def test_a_figure_from_social_media_names_its_source(text, lang):
    assert [(c.measure, c.value, c.source.type, c.modality) for c in _claims(text, lang)] == [
        ("killed", 20, "social_media", "unconfirmed")]


def test_a_kazakh_denial_object_is_no_part_of_the_source_name():
    got = [(c.measure, c.value, c.source.name) for c in _claims(
        "Облыс әкімдігі бұл сандарды асыра айтылған деп атап, қатысушылар 300-ге жуық болғанын хабарлады.", "kk")
        if c.modality == "asserted"]
    assert got == [("participants", 300, "Облыс әкімдігі")]


CLOSING_SOURCES = [
    ("At least 10 civilians are killed and 13 wounded, according to the regional administration.", "en"),
    ("Погибли 10 человек, 13 ранены, по данным областной администрации.", "ru"),
    ("Загинули 10 людей, 13 поранені, за даними обласної адміністрації.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), CLOSING_SOURCES)
def test_a_closing_according_to_covers_the_figures_joined_before_it(text, lang):
    assert [(c.measure, c.value, c.source.type if c.source else c.source_type) for c in _claims(text, lang)] == [
        ("killed", 10, "official"), ("injured", 13, "official")]


def test_a_closing_according_to_stays_in_its_own_clause():
    got = [(c.measure, c.value, c.source.name if c.source else None) for c in _claims(
        "Police said 9 died; 25 were injured, according to doctors.", "en")]
    assert got[0] == ("killed", 9, "Police")


# -- rumours and their denials (after q14) -----------------------------------------------------------

def _rows(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.modality, c.source.type if c.source else c.source_type) for c in _claims(text, lang)]


NUMBERLESS_RUMOURS = [
    ("В інтернеті поширилися чутки про загиблих серед демонстрантів. МВС назвало ці повідомлення неправдивими.", "uk"),
    ("В интернете распространились слухи о погибших среди демонстрантов. МВД назвало эти сообщения ложными.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), NUMBERLESS_RUMOURS)
def test_a_rumour_of_deaths_without_a_number_is_vague_and_its_denial_too(text, lang):
    assert _rows(text, lang) == [("killed", None, "unconfirmed", "social_media"), ("killed", None, "denied", "official")]


def test_a_rumour_with_a_number_keeps_it():
    assert _rows("В интернете распространились слухи о 5 погибших.", "ru") == [("killed", 5, "unconfirmed", "social_media")]


VERSIONS_REJECTED = [
    ('Russian state television reports that "up to 15 people" died in a mine blast, a version Kyiv rejects.', "en",
     [("killed", 15, "unconfirmed", "media"), ("killed", 15, "denied", "official")]),
    ("Опозиційні сайти повідомили про загибель двох протестувальників, однак прем'єр-міністр назвав це вигадкою.", "uk",
     [("killed", 2, "unconfirmed", "opposition"), ("killed", 2, "denied", "official")]),
    ("Reports circulating online that \"three protesters were shot dead\" are false.", "en",
     [("killed", 3, "unconfirmed", "social_media"), ("killed", 3, "denied", "author")]),
    ("The ministry rejects claims that 40 people died.", "en", [("killed", 40, "denied", "official")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), VERSIONS_REJECTED)
def test_a_version_called_false_is_unconfirmed_beside_its_denial(text, lang, expected):
    assert _rows(text, lang) == expected


EXAGGERATED = [
    ("В соцсетях писали о нескольких тысячах участников. Администрация назвала эти цифры преувеличенными.", "ru"),
    ("У соцмережах писали про кілька тисяч учасників. Адміністрація назвала ці цифри перебільшеними.", "uk"),
    ("Әлеуметтік желілердегі жазбаларға қарағанда, алаңға «бірнеше мың адам» келген. Облыс әкімдігі бұл сандарды "
     "асыра айтылған деп атап, қатысушылар 300-ге жуық болғанын хабарлады.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), EXAGGERATED)
def test_figures_called_exaggerated_are_denied(text, lang):
    rows = _rows(text, lang)
    assert ("participants", None, "unconfirmed", "social_media") in rows
    assert ("participants", None, "denied", "official") in rows


def test_a_rumours_count_right_after_it_states_it():
    rows = _rows("Чутки про загибель одного з учасників протесту поліція спростувала.", "uk")
    assert ("killed", None, "unconfirmed", "social_media") not in rows and all(v == 1 for _m, v, _mo, _t in rows)


def test_a_denier_after_an_article_keeps_its_whole_name():
    got = [(c.modality, c.source.name if c.source else None) for c in _claims(
        "An agency report said two passers-by were hurt; a police spokesman denied the report.", "en")]
    assert ("denied", "a police spokesman") in got or ("denied", "police spokesman") in got
