"""Places, quality round 19 (devset21 round): a town's name that names the area around it (a region or
district word inside the mention or right after it: "Краматорського району", "ДОНЕЦЬКА ОБЛАСНА
ПРОКУРАТУРА", «Донецк облыстық прокуратурасы», "the Donetsk regional prosecutor's office") votes for
the document's place only after the towns, and as an organisation's remit not at all."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def places_of(pipeline, text: str, lang: str) -> list[tuple[str, object, str | None]]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    return [(c.measure, c.value, c.place) for c in pipeline.analyze(doc).claims]


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("ДОНЕЦЬКА ОБЛАСНА ПРОКУРАТУРА\n\nУчора ракета влучила в ринок міста Костянтинівка Краматорського району."
     "\n\nЗагинули 16 цивільних осіб.", "uk", "Kostiantynivka"),
    ("Харківська обласна прокуратура повідомляє.\n\nУдар припав по селищу Балаклія Ізюмського району.\n\n"
     "Поранено 12 людей.", "uk", "Balakliya"),
    ("Запорізька обласна військова адміністрація: обстріл міста Мелітополь.\n\nЗагинули 3 людини.", "uk", "Melitopol"),
    ("КАРАГАНДИНСКАЯ ОБЛАСТНАЯ ПРОКУРАТУРА\n\nПожар произошёл на шахте в городе Шахтинск.\n\n"
     "Погибли 5 горняков.", "ru", "Shakhtinsk"),
    ("Донецкая областная администрация сообщила об ударе по городу Дружковка.\n\nПогибли 4 человека.", "ru", "Druzhkivka"),
    ("Харьковская областная прокуратура: обстрел посёлка Чугуев.\n\nРанены 7 человек.", "ru", "Chuhuiv"),
    ("Донецк облыстық прокуратурасы хабарлады.\n\nКонстантиновка қаласында зымыран түсті.\n\n16 адам қаза тапты.",
     "kk", "Kostiantynivka"),
    ("Қарағанды облыстық әкімдігі мәлімдеді.\n\nШахтинск қаласында өрт шықты.\n\n5 адам қаза тапты.", "kk", "Shakhtinsk"),
    ("Харьков облыстық әкімшілігі хабарлады.\n\nЧугуев қаласы атқыланды.\n\n7 адам жараланды.", "kk", "Chuhuiv"),
    ("The Donetsk regional prosecutor's office said a missile hit the market in Kostiantynivka.\n\n"
     "16 people were killed.", "en", "Kostiantynivka"),
    ("The Kharkiv regional administration said a shell hit a school in Izium.\n\n7 people were injured.", "en", "Izium"),
    ("The Karaganda regional akimat reported a fire at a mine in Shakhtinsk.\n\n5 miners were killed.", "en", "Shakhtinsk"),
])
def test_area_named_after_a_town_is_no_scene(pipeline, text, lang, place):
    got = places_of(pipeline, text, lang)
    assert got, text
    assert all(p == place for _, _, p in got), got


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Police raided Nardaran on 26 November 2015.\n\nSource\tDate\tKilled\tDetained\nMIA\t26 Nov\t6\t14\n"
     "MIA\t28 Nov\t7\t14\n", "en", "Nardaran"),
    ("Troops shelled a school in Izium.\n\n| Source | Date | Killed |\n|---|---|---|\n| Police | 3 Mar 2022 | 12 |\n"
     "| Army | 5 Mar 2022 | 15 |\n", "en", "Izium"),
    ("Shelling hit Kharkiv. 12 people were killed on 28 Nov 2022, officials said.", "en", "Kharkiv"),
    ("Обстрел Харькова.\n\n| Источник | Дата | Погибшие |\n|---|---|---|\n| МВД | 28 ноя | 12 |\n", "ru", "Kharkiv"),
    ("Обстріл Харкова.\n\n| Джерело | Дата | Загиблі |\n|---|---|---|\n| МВС | 28 лист | 12 |\n", "uk", "Kharkiv"),
    ("Харьков қаласы атқыланды.\n\n| Дереккөз | Күні | Қаза тапқандар |\n|---|---|---|\n| ІІМ | 28 қар | 12 |\n",
     "kk", "Kharkiv"),
    ("Шахтинск қаласында өрт шықты.\n\nҚаза тапқандар саны 17-ге жетті.", "kk", "Shakhtinsk"),
    ("Шахтинск қаласындағы шахтада өрт.\n\n| Дереккөз | Күні | Қаза болғандар |\n|---|---|---|\n| ТЖМ | 28 қаз | 5 |\n",
     "kk", "Shakhtinsk"),
])
def test_month_abbreviation_in_a_date_is_no_town(pipeline, text, lang, place):
    got = places_of(pipeline, text, lang)
    assert got, text
    assert all(p == place for _, _, p in got), got


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("В Бишкеке задержан экс-президент Киргизии.\n\nЭкс-президент Киргизии сдался: погиб 1 человек.",
     "ru", "Bishkek"),
    ("Президент Казахстана выразил соболезнования.\n\nВ Караганде погибли 5 человек.", "ru", "Karagandy"),
    ("Премьер Украины назвал число жертв.\n\nУ Костянтинівці загинули 16 людей.", "uk", "Kostiantynivka"),
    ("У Бішкеку затримали колишнього президента Киргизстану.\n\n"
     "Колишній президент Киргизстану здався: загинув 1 спецпризначенець.", "uk", "Bishkek"),
    ("Президент України заявив про удар.\n\nУ Костянтинівці поранено 32 людини.", "uk", "Kostiantynivka"),
    ("Kyrgyzstan's former president surrenders; 1 killed\n\nThe raid on his house in Koi-Tash went on.", "en", "Koi-Tash"),
    ("The president of Kazakhstan spoke.\n\n5 miners were killed in Karaganda.", "en", "Karagandy"),
    ("Ukraine's prime minister, Denys Shmyhal, said 16 people were killed in Kostiantynivka.", "en", "Kostiantynivka"),
    ("Қазақстан президенті көңіл айтты.\n\nШахтинск қаласында 5 кенші қаза тапты.", "kk", "Shakhtinsk"),
    ("Украина премьер-министрі мәлімдеді.\n\nКонстантиновка қаласында 16 адам қаза тапты.", "kk", "Kostiantynivka"),
    ("Қырғызстанның бұрынғы президенті ұсталды: 1 адам қаза тапты.\n\nБішкекте қақтығыс болды.",
     "kk", "Bishkek"),
])
def test_country_of_a_head_of_state_is_no_scene(pipeline, text, lang, place):
    got = places_of(pipeline, text, lang)
    assert got, text
    assert all(p == place for _, _, p in got), got
