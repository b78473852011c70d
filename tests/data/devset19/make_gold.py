"""Write the gold annotations of the nineteenth development set: tests/data/devset19/gold/devset19.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset19.py, which checks every anchor:

    python tests/data/devset19/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `arkan_border_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

ARK, MUK, MOS, KAM, TBI = "Arkankergen (Almaty region)", "Mukachevo", "Moscow", "Kamarob gorge (Rasht)", "Tbilisi"
D_AK = ["2012-05-28", "2012-05-30"]  # the night of the killings is itself contested; bodies found on 30 May
D_MU, D_MU2 = "2015-07-11", ["2015-07-11", "2015-07-12"]
D_MA = "2010-12-11"
D_KA = "2010-09-19"
D_TB = "2007-11-07"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Arkankergen border post, late May 2012
    P = dict(place=ARK, date=D_AK)
    d = "arkan_news_kk.txt"
    C(d, "killed", 15, "exact", "15 адамның денесі табылды", **P)
    BS = dict(src="Border Service of the National Security Committee", stype="official", stext="ҰҚК Шекара қызметінің", **P)
    C(d, "killed", 15, "exact", "заставада барлығы 15 адам қаза тапқан", **BS)
    C(d, "killed", 14, "exact", "оның ішінде 14-і шекарашы", group="border guards", **BS)
    IR = dict(src="initial reports", stype="unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 13, "exact", "13 сарбаздың денесі табылған", **IR)
    C(d, "missing", 1, "exact", "тағы бір сарбаз хабарсыз кеткен", **IR)
    C(d, "deployed", 200, "more_than", "200-ден астам әскери қызметші мен полиция қызметкері", place=ARK, date="2012-05")
    C(d, "killed", 30, "about", "«30-ға жуық адам» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 30, "about", "бұл ақпаратты жалған деп атады", "Border Service", "official", "denied", stext="Шекара қызметі", **P)
    C(d, "killed", 15, "exact", "ол 15 адамды өзі өлтіргенін мойындаған", "General Prosecutor's Office", "official", stext="Бас прокуратураның", **P)

    f = "arkan_feed_en.rss#"
    C(f + "ark-1", "killed", 14, "exact", "Fourteen border guards found dead at burned Kazakh outpost", group="border guards", **P)
    BS = dict(src="Kazakhstan's Border Service", stype="official", **P)
    C(f + "ark-1", "killed", 14, "exact", "the bodies of 14 border guards and a forest ranger had been found", group="border guards", **BS)
    C(f + "ark-1", "missing", 1, "exact", "One conscript, Vladislav Chelakh, was missing", **BS)
    C(f + "ark-1", "killed", 13, "at_least", "at least 13 of the bodies were so badly burned", "A regional police official", "official", **P)
    C(f + "ark-1", "deployed", 1000, "more_than", "More than 1,000 soldiers and police officers joined the search", place=ARK, date="2012-05")
    PR = dict(src="Kazakh prosecutors", stype="official", **P)
    C(f + "ark-2", "killed", 15, "exact", "Kazakh prosecutors say outpost survivor confessed to killing 15", **PR)
    C(f + "ark-2", "killed", 15, "exact", "confessed to killing all 15 people there", **PR)
    C(f + "ark-2", "killed", 14, "exact", "14 of them fellow servicemen", group="servicemen", **PR)
    C(f + "ark-2", "killed", 17, "at_most", "the toll could be as high as 17", "opposition newspaper Respublika", "opposition", "unconfirmed", **P)
    C(f + "ark-2", "killed", 17, "at_most", "The Border Service called that report groundless", "Border Service", "official", "denied", **P)
    C(f + "ark-2", "detained", 2, "exact", "Police also detained two shepherds for questioning", place=ARK, date="2012-06")

    d = "arkan_border_ru.txt"  # cp1251; the Border Service in its own voice
    C(d, "killed", 15, "exact", "погибли 15 человек", **P)
    C(d, "killed", 14, "exact", "14 военнослужащих заставы", group="servicemen", **P)
    C(d, "killed", 1, "exact", "1 гражданское лицо", group="civilians", **P)
    C(d, "missing", 1, "exact", "Один военнослужащий", **P)
    C(d, "deployed", 1500, "more_than", "привлечено более 1 500 военнослужащих", place=ARK, date="2012-05")
    C(d, "killed", 20, "more_than", "«более чем 20 погибших»", "internet forums", "social_media", "unconfirmed", stext="В интернет-форумах", **P)
    C(d, "killed", 20, "more_than", "Эти сведения не соответствуют действительности", mod="denied", **P)
    C(d, "detained", 1, "exact", "задержан 1 военнослужащий", place=ARK, date="2012-06-04")
    C(d, "arrested", 1, "exact", "судом санкционирован арест", place=ARK, date="2012-06")

    # ================================================================ Mukachevo shootout, Saturday 11 July 2015
    P = dict(place=MUK, date=D_MU)
    d = "mukach_timeline_uk.md"
    ZP = dict(src="Zakarpattia regional police", stype="official", stext="Міліція Закарпаття", **P)
    C(d, "killed", 1, "exact", "загинула 1 людина", **ZP)
    C(d, "injured", 4, "exact", "ще 4 поранені. Серед", **ZP)
    C(d, "vehicles_damaged", 2, "exact", "згоріли 2 автомобілі", **P)
    MV = dict(src="Interior Ministry", stype="official", stext="Прес-служба МВС", **P)
    C(d, "killed", 2, "exact", "загинули 2 людини", **MV)
    C(d, "injured", 11, "exact", "11 поранені, з них 5 міліціонерів", **MV)
    C(d, "injured", 5, "exact", "з них 5 міліціонерів", group="police", **MV)
    C(d, "killed", 1, "exact", "Раніше називали 1 загиблого", "earlier reports", "unknown", stext="Раніше називали", **P)
    RS = dict(src="Right Sector", stype="activist", stext="«Правий сектор» у заяві", **P)
    C(d, "killed", 2, "exact", "«двоє наших побратимів загинули", group="Right Sector fighters", **RS)
    C(d, "injured", 4, "exact", "ще 4 поранені»", group="Right Sector fighters", **RS)
    HD = dict(src="regional health department", stype="official", stext="Обласне управління охорони здоров'я", **P)
    C(d, "injured", 13, "exact", "перебувають 13 людей", **HD)
    C(d, "injured", 3, "exact", "3 з них у важкому стані", **HD)
    C(d, "deployed", 300, "more_than", "працюють понад 300 силовиків", "Interior Ministry", "official", stext="за даними МВС", **P)
    C(d, "killed", None, "vague", "«десятки загиблих»", "Russian Telegram channels", "social_media", "unconfirmed", stext="Російські телеграм-канали та пабліки", **P)
    C(d, "killed", None, "vague", "Обласна міліція назвала це фейком", "regional police", "official", "denied", stext="Обласна міліція", **P)
    C(d, "killed", 1, "exact", "помер ще 1 поранений", place=MUK, date="2015-07-12")
    C(d, "killed", 3, "exact", "Загиблих 3", place=MUK, date=D_MU2)
    C(d, "detained", 2, "exact", "затримано 2 учасників стрілянини", "Prosecutor General's Office", "official", stext="Генпрокуратура", place=MUK, date="2015-07-12")
    C(d, "injured", 6, "at_least", "поранених цивільних було щонайменше 6", "civic initiative Mukachivska Varta", "ngo", "unconfirmed", group="civilians", stext="Волонтерська ініціатива «Мукачівська варта»", **P)
    C(d, "dismissed", 2, "exact", "звільнив 2 керівників обласної міліції", place=MUK, date="2015-07-13")
    C(d, "detained", 2, "exact", "двоє бійців «Правого сектору» самі прийшли до міліції; їх затримано", place=MUK, date="2015-07-21")
    C(d, "charged", 12, "exact", "підозру оголошено 12 особам", "Prosecutor General Viktor Shokin", "official", stext="Генпрокурор Віктор Шокін", place=MUK, date="2015-07-13")
    # the table of figures per source
    C(d, "killed", 1, "exact", "| міліція Закарпаття | 1 | 4 |", "Zakarpattia regional police", "official", stext="міліція Закарпаття", **P)
    C(d, "injured", 4, "exact", "| міліція Закарпаття | 1 | 4 |", "Zakarpattia regional police", "official", stext="міліція Закарпаття", **P)
    C(d, "killed", 2, "exact", "| МВС | 2 | 11 |", "Interior Ministry", "official", stext="МВС", **P)
    C(d, "injured", 11, "exact", "| МВС | 2 | 11 |", "Interior Ministry", "official", stext="МВС", **P)
    C(d, "killed", 2, "exact", "| «Правий сектор» | 2 | 4 |", "Right Sector", "activist", stext="«Правий сектор»", **P)
    C(d, "injured", 4, "exact", "| «Правий сектор» | 2 | 4 |", "Right Sector", "activist", stext="«Правий сектор»", **P)
    C(d, "injured", 13, "exact", "| облздоров | — | 13 |", "regional health department", "official", stext="облздоров", **P)
    C(d, "killed", 3, "exact", "| лікарня | 3 | — |", "hospital", "eyewitness", stext="лікарня", place=MUK, date=D_MU2)

    w = "mukach_wiki_en.atom#muk-wp"
    C(w, "killed", 3, "exact", "| fatalities = 3", "Reuters", "media", place=MUK, date=D_MU2)
    C(w, "killed", 3, "exact", "Three dead after shootout between nationalists and police", "Reuters", "media", place=MUK, date=D_MU2)
    C(w, "injured", 13, "exact", "| injuries   = 13", **P)
    C(w, "killed", 1, "exact", "Gunfight in Ukraine's Mukachevo leaves one dead", "Associated Press", "media", **P)
    RP = dict(src="Regional police", stype="official", **P)
    C(w, "killed", 1, "exact", "Regional police at first reported one person killed", **RP)
    C(w, "injured", 4, "exact", "four wounded", **RP)
    IM = dict(src="the Interior Ministry", stype="official", **P)
    C(w, "killed", 2, "exact", "the Interior Ministry put the toll at two dead", **IM)
    C(w, "injured", 11, "exact", "two dead and 11 wounded", **IM)
    C(w, "injured", 5, "exact", "five of them police officers", group="police", **IM)
    C(w, "killed", 2, "exact", "Right Sector said two of its fighters had been killed", "Right Sector", "activist", group="Right Sector fighters", **P)
    C(w, "killed", 3, "exact", "bringing the toll to three", place=MUK, date=D_MU2)
    C(w, "detained", 2, "exact", "detained two suspects on 12 July", place=MUK, date="2015-07-12")  # the office as the subject of its own act: author
    C(w, "charged", 12, "exact", "later charged 12 people", place=MUK, date="2015-07")
    C(w, "dismissed", 2, "exact", "dismissed two regional police chiefs", place=MUK, date="2015-07-13")
    w = "mukach_wiki_en.atom#muk-rs"
    C(w, "injured", 4, "exact", "four of its members were wounded", "The group", "activist", group="Right Sector fighters", **P)
    C(w, "killed", 2, "exact", "Right Sector says two fighters killed in Mukachevo", "Ukrainska Pravda", "media", group="Right Sector fighters", **P)
    C(w, "killed", 30, "at_least", "at least 30 people had died", "Pro-Russian bloggers", "social_media", "unconfirmed", **P)
    C(w, "killed", 30, "at_least", "Ukrainian officials rejected the claim as propaganda", "Ukrainian officials", "official", "denied", **P)
    C(w, "deployed", 300, "more_than", "More than 300 police and National Guard troops were sent", **P)

    # ================================================================ Manezhnaya Square riot, Saturday 11 December 2010
    P = dict(place=MOS, date=D_MA)
    d = "manezh_export_ru.xml#40511"
    C(d, "participants", 5000, "about", "| участники    = около 5 000", "RIA Novosti", "media", stext="РИА Новости", **P)
    C(d, "participants", 5000, "about", "ГУВД: на Манежной площади собрались около 5 тысяч человек", "RIA Novosti", "media", stext="РИА Новости", **P)
    C(d, "injured", 32, "exact", "| пострадавшие = 32", **P)
    C(d, "detained", 65, "exact", "| задержанные  = 65", **P)
    GU = dict(src="Moscow police (GUVD)", stype="official", stext="ГУВД Москвы", **P)
    C(d, "participants", 5000, "about", "собрались около 5 тысяч человек; организаторы", **GU)
    C(d, "participants", 50000, "at_most", "«до 50 тысяч»", "fan groups (organizers)", "activist", stext="организаторы из фанатских объединений", **P)
    C(d, "participants", [10000, 12000], "range", "участников было от 10 до 12 тысяч", "Kommersant journalists", "media", stext="журналистов «Коммерсанта»", **P)
    C(d, "participants", 10000, "exact", "На Манежную вышли 10 тысяч болельщиков", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "injured", 10, "exact", "Первоначально сообщалось о 10 пострадавших", "initial reports", "unknown", stext="Первоначально сообщалось", **P)
    GU2 = dict(src="Moscow police (GUVD)", stype="official", stext="По данным ГУВД", **P)
    C(d, "injured", 32, "exact", "пострадали 32 человека", **GU2)
    C(d, "injured", 5, "exact", "в том числе 5 сотрудников милиции", group="police", **GU2)
    C(d, "injured", 29, "exact", "госпитализированы 29 человек", "Moscow health department", "official", stext="В Департаменте здравоохранения Москвы", **P)
    C(d, "deployed", 2000, "more_than", "стянули более 2 тысяч сотрудников милиции и ОМОН", **P)
    C(d, "detained", 65, "exact", "милиция задержала 65 человек", **P)
    C(d, "killed", None, "vague", "«десятках убитых»", "forums", "social_media", "unconfirmed", stext="На форумах", **P)
    C(d, "killed", None, "vague", "в ГУВД назвали эти сообщения провокацией", "Moscow police (GUVD)", "official", "denied", stext="в ГУВД", **P)
    C(d, "detained", 1300, "more_than", "были задержаны более 1300 человек", place=MOS, date="2010-12-15")
    C(d, "convicted", 7, "exact", "суд приговорил 7 участников беспорядков", place=MOS)

    d = "manezh_mtblog_en.txt"
    C(d, "participants", 5000, "about", "on the square gathered about 5000 persons", "the militia", "official", **P)
    C(d, "participants", 50000, "exact", "The fan organizations speak about 50 thousand persons", "The fan organizations", "activist", alt=("participants:about",), **P)
    C(d, "injured", None, "vague", "tens of people", "The eyewitness Andrei", "eyewitness", **P)
    ML = dict(src="The militia", stype="official", **P)
    C(d, "injured", 32, "exact", "are injured 32 persons", **ML)
    C(d, "injured", 5, "exact", "from them 5 militiamen", group="police", **ML)
    C(d, "detained", 65, "exact", "Are detained 65 persons, speak in GUVD", "GUVD", "official", **P)
    C(d, "deployed", 2000, "more_than", "brought more than 2000 militiamen and OMON", **P)
    HD = dict(src="the department of health", stype="official", **P)
    C(d, "injured", 26, "exact", "In the hospitals of Moscow there are 26 persons", **HD)
    C(d, "injured", 3, "exact", "from them 3 in heavy condition", **HD)
    C(d, "injured", 35, "exact", "The number of the injured increased to 35 persons", **HD)
    C(d, "killed", 5, "at_least", '"not less than 5 killed on the metro"', "social networks", "social_media", "unconfirmed", **P)
    C(d, "killed", 5, "at_least", "In the GUVD named this as the rumors", "GUVD", "official", "denied", **P)
    C(d, "killed", 0, "exact", "nobody was killed", "GUVD", "official", **P)
    C(d, "detained", 1300, "more_than", "the militia detained more than 1300 persons", place=MOS, date="2010-12-15")

    d = "manezh_news_kk.txt"
    C(d, "injured", 30, "more_than", "30-дан астам адам зардап шекті", **P)
    C(d, "participants", 5000, "about", "5 мыңға жуық адам қатысқан", "Moscow police", "official", stext="Мәскеу полициясының", **P)
    C(d, "participants", 50000, "at_most", "50 мыңға дейін адам жиналды", "fan groups", "activist", stext="Жанкүйерлер ұйымдары", **P)
    GU = dict(src="Moscow Interior Directorate (GUVD)", stype="official", stext="Мәскеу қалалық ішкі істер басқармасының", **P)
    C(d, "injured", 32, "exact", "32 адам зардап шекті", **GU)
    C(d, "injured", 5, "exact", "оның ішінде 5-і полиция қызметкері", group="police", **GU)
    C(d, "detained", 65, "exact", "Полиция 65 адамды ұстады", **P)
    C(d, "injured", 10, "exact", "10 адам жарақат алған", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", None, "vague", "«ондаған адам өлтірілді»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", None, "vague", "Полиция бұл ақпаратты жоққа шығарды", "police", "official", "denied", stext="Полиция", **P)
    C(d, "injured", 26, "exact", "ауруханаларда 26 адам жатқанын", "Moscow health department", "official", stext="Мәскеу денсаулық сақтау департаменті", **P)

    # ================================================================ Kamarob gorge ambush, Sunday 19 September 2010
    P = dict(place=KAM, date=D_KA)
    f = "kamarob_articles_ru.jsonl#"
    C(f + "km1", "killed", 23, "exact", "погибли 23 военнослужащих", **P)
    MO = dict(src="Ministry of Defence of Tajikistan", stype="official", stext="в Министерстве обороны", **P)
    C(f + "km1", "killed", 23, "exact", "погибли 23 военнослужащих, ещё 14", **MO)
    C(f + "km1", "injured", 14, "exact", "ещё 14 получили ранения", **MO)
    C(f + "km1", "killed", [28, 40], "range", "погибших может быть от 28 до 40", "unofficial data", "unknown", stext="По неофициальным данным", **P)
    C(f + "km1", "injured", None, "vague", "десятки раненых солдат", "local residents", "eyewitness", stext="Местные жители", **P)
    C(f + "km1", "deployed", 1000, "more_than", "направлены более 1000 военнослужащих", place=KAM, date="2010-09")
    C(f + "km2", "killed", 25, "exact", "Число погибших в Камаробском ущелье выросло до 25", **P)
    MO = dict(src="Ministry of Defence of Tajikistan", stype="official", stext="Министерство обороны Таджикистана", date=["2010-09-19", "2010-09-21"], place=KAM)
    C(f + "km2", "killed", 25, "exact", "погибли 25 военнослужащих", **MO)
    C(f + "km2", "injured", 17, "exact", "ранены 17", **MO)
    C(f + "km2", "killed", 40, "more_than", "«более 40 убитых солдатах»", "Islamic Movement of Uzbekistan", "opposition", "unconfirmed", stext="Исламское движение Узбекистана", **P)
    C(f + "km2", "killed", 40, "more_than", "В Министерстве обороны назвали это заявление ложью", "Ministry of Defence of Tajikistan", "official", "denied", stext="В Министерстве обороны", **P)
    C(f + "km2", "detained", 3, "exact", "Силовики задержали 3 подозреваемых", place=KAM, date="2010-09")

    d = "kamarob_news_kk.txt"
    C(d, "killed", 25, "exact", "Тәжікстанда әскери колоннаға шабуыл: 25 сарбаз қаза тапты", **P)
    MO = dict(src="Ministry of Defence of Tajikistan", stype="official", stext="Тәжікстан Қорғаныс министрлігінің", **P)
    C(d, "killed", 25, "exact", "шабуыл салдарынан 25 сарбаз қаза тапты", **MO)
    C(d, "injured", 17, "exact", "тағы 17-і жарақат алды", **MO)
    C(d, "killed", 23, "exact", "23 әскери қызметші қаза тапқан", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 40, "more_than", "«40-тан астам сарбаз» өлтірілді", "Islamic Movement of Uzbekistan", "opposition", "unconfirmed", stext="Өзбекстан ислам қозғалысы", **P)
    C(d, "killed", 40, "more_than", "Қорғаныс министрлігі бұл мәлімдемені жалған деп атады", "Ministry of Defence", "official", "denied", stext="Қорғаныс министрлігі", **P)
    C(d, "detained", 3, "exact", "күштік құрылымдар 3 адамды ұстады", place=KAM, date="2010-09-21")
    C(d, "deployed", 1000, "more_than", "1000-нан астам әскери қызметші жіберілді", place=KAM, date="2010-09")

    d = "kamarob_report_uk.txt"
    C(d, "killed", 23, "at_least", "Таджикистан втратив щонайменше 23 військових", **P)
    C(d, "killed", 23, "exact", "повідомило про 23 загиблих військових", "Ministry of Defence of Tajikistan", "official", stext="Міністерство оборони Таджикистану", **P)
    C(d, "killed", 40, "about", "загинули близько 40 солдатів", "opposition website Holos Rashtu", "opposition", stext="Опозиційний сайт «Голос Рашту»", **P)
    C(d, "killed", None, "vague", "«десятки тіл»", "eyewitnesses from a neighbouring village", "eyewitness", stext="Очевидці з сусіднього кишлаку", **P)
    C(d, "vehicles_damaged", 2, "exact", "знищено 2 вантажівки", "the military", "official", stext="За даними військових", **P)
    C(d, "vehicles_damaged", None, "vague", "ще кілька машин пошкоджено", "the military", "official", stext="За даними військових", **P)
    C(d, "deployed", 500, "more_than", "направила в район понад 500 військових", **P)
    C(d, "detained", 4, "exact", "Силовики затримали 4 підозрюваних", place=KAM, date="2010-09")

    # ================================================================ Tbilisi rally dispersal, Wednesday 7 November 2007
    P = dict(place=TBI, date=D_TB)
    d = "tbilisi_press_en.html"  # Rights Monitor Georgia in its own voice
    C(d, "injured", 560, "at_least", "documented at least 560 people who sought medical help", **P)
    C(d, "injured", 28, "exact", "among them 28 police officers", group="police", **P)
    C(d, "injured", 35, "exact", "35 people were admitted to hospitals", **P)
    C(d, "injured", 4, "exact", "4 of them in serious condition", **P)
    C(d, "injured", 508, "exact", "The Ministry of Health reported 508 injured", "The Ministry of Health", "official", **P)
    C(d, "killed", 2, "exact", '"two protesters died in hospital"', "reports circulating online", "social_media", "unconfirmed", group="protesters", **P)
    C(d, "killed", 2, "exact", "are false", mod="denied", group="protesters", **P)
    C(d, "killed", 0, "exact", "We found no deaths", **P)
    C(d, "detained", 30, "at_least", "Police detained at least 30 people", **P)
    C(d, "injured", 6, "exact", "6 of its journalists were injured", group="journalists", **P)
    C(d, "injured", 210, "exact", "<td>Republican Hospital</td><td>210</td>", **P)
    C(d, "injured", 14, "exact", "<td>210</td><td>14</td>", **P)
    C(d, "injured", 190, "exact", "<td>First City Hospital</td><td>190</td>", **P)
    C(d, "injured", 12, "exact", "<td>190</td><td>12</td>", **P)
    C(d, "injured", 160, "exact", "<td>Other clinics</td><td>160</td>", **P)
    C(d, "injured", 9, "exact", "<td>160</td><td>9</td>", **P)
    C(d, "injured", 560, "exact", "<td>Total</td><td>560</td>", **P)
    C(d, "injured", 35, "exact", "<td>560</td><td>35</td>", **P)

    d = "tbilisi_wiki_ru.wiki"
    C(d, "injured", 500, "more_than", "| пострадавшие = более 500", "Civil.ge", "media", stext="Civil.ge", **P)
    C(d, "injured", 500, "more_than", "Более 500 человек пострадали при разгоне митинга в Тбилиси", "Civil.ge", "media", stext="Civil.ge", **P)
    C(d, "detained", 32, "exact", "| задержанные  = 32", **P)
    C(d, "participants", 100000, "about", "около 100 тысяч человек", "organizers", "activist", stext="по оценке организаторов", place=TBI, date="2007-11-02")
    C(d, "participants", 50000, "exact", "полиция говорила о 50 тысячах", "police", "official", stext="полиция", place=TBI, date="2007-11-02")
    MZ = dict(src="Georgian Ministry of Health", stype="official", stext="Министерства здравоохранения Грузии", **P)
    C(d, "injured", 508, "exact", "за медицинской помощью обратились 508 человек", **MZ)
    C(d, "injured", 24, "exact", "госпитализированы 24", **MZ)
    C(d, "injured", 508, "exact", "Минздрав Грузии: 508 человек обратились к врачам", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "injured", 600, "more_than", "о более чем 600 пострадавших", "Public Defender Sozar Subari", "official", stext="Народный защитник Созар Субари", **P)
    C(d, "injured", None, "vague", "«тысячах раненых»", "the opposition", "opposition", stext="Оппозиция", **P)
    C(d, "injured", 6, "exact", "пострадали 6 журналистов", "Imedi staff", "eyewitness", group="journalists", stext="по словам сотрудников канала", **P)
    C(d, "detained", 32, "exact", "Полиция задержала 32 человека", **P)
    C(d, "killed", 3, "exact", "«трёх погибших»", "social networks", "social_media", "unconfirmed", stext="В социальных сетях", **P)
    C(d, "killed", 3, "exact", "в МВД Грузии назвали эти сообщения ложью", "Georgian Interior Ministry", "official", "denied", stext="в МВД Грузии", **P)

    d = "tbilisi_report_uk.txt"
    C(d, "injured", 500, "more_than", "понад 500 постраждалих", **P)
    MZ = dict(src="Georgian Ministry of Health", stype="official", stext="Міністерства охорони здоров'я Грузії", **P)
    C(d, "injured", 508, "exact", "звернулися 508 людей", **MZ)
    C(d, "injured", 24, "exact", "у лікарнях залишаються 24", **MZ)
    C(d, "injured", 600, "more_than", "говорить про понад 600 постраждалих", "Ombudsman Sozar Subari", "official", stext="Омбудсмен Созар Субарі", **P)
    C(d, "injured", 1000, "more_than", "поранених «більше тисячі»", "opposition leaders", "opposition", "unconfirmed", stext="Лідери опозиції", **P)
    C(d, "detained", 32, "exact", "Поліція затримала 32 учасників акції", **P)
    C(d, "detained", 5, "at_least", "щонайменше 5 неповнолітніх", "human rights defenders", "ngo", group="minors", stext="За даними правозахисників", **P)
    C(d, "killed", None, "vague", "«загиблих студентів»", "social networks", "social_media", "unconfirmed", stext="У соцмережах", **P)
    C(d, "killed", None, "vague", "У МВС Грузії це назвали вигадкою", "Georgian Interior Ministry", "official", "denied", stext="У МВС Грузії", **P)
    C(d, "killed", 0, "exact", "«загиблих немає»", "Georgian Interior Ministry", "official", stext="У МВС Грузії", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d19g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "arkan_news_kk.txt"
    T(d, "2012-05-30T08:00", "smoke seen over the Arkankergen post (local time)", "Сәрсенбі күні, 30 мамырда, жергілікті уақыт бойынша сағат 08:00")
    T(d, "2012-05-28", "relatives: soldiers may have died earlier than 28 May", "28 мамырда")
    T(d, "2012-06-04", "the survivor Chelakh detained", "Дүйсенбі күні, 4 маусымда")
    f = "arkan_feed_en.rss#"
    T(f + "ark-1", "2012-05-31", "Border Service reports 14 guards and a ranger dead", "said on Thursday")
    T(f + "ark-1", "2012-05-30T08:00+06:00", "smoke over the outpost (local time, 0200 GMT)", "at about 08:00 local time (0200 GMT) on Wednesday")
    T(f + "ark-1", "2012-05-28", "relatives: soldiers may have died", "as early as May 28")
    T(f + "ark-2", "2012-06-04", "prosecutors: survivor confessed", "said on Monday")
    d = "arkan_border_ru.txt"
    T(d, "2012-05-30T08:00", "fire at the Arkankergen post", "30 мая 2012 года около 08:00")
    T(d, "2012-06-04", "missing serviceman detained", "4 июня 2012 года")
    T(d, "2012-06-01T18:00", "status: investigators at the post", "По состоянию на 18:00 1 июня")

    d = "mukach_timeline_uk.md"
    T(d, "2015-07-11", "shootout outside the Antares sports complex", "## Субота, 11 липня")
    for day, entries in (("2015-07-11", (("13:40", "Right Sector and the MP's guards meet"), ("14:10", "shooting begins"), ("14:35", "police: 1 dead, 4 wounded"), ("15:20", "checkpoint attacked; 2 cars burn"), ("16:05", "Interior Ministry: 2 dead, 11 wounded"), ("17:30", "Right Sector statement"), ("19:00", "health department: 13 in hospital"), ("21:45", "over 300 troops in the area"), ("23:10", "Telegram claims dozens dead; denied"))),
                         ("2015-07-12", (("09:00", "a wounded man dies; toll 3"), ("12:30", "prosecutors detain 2"), ("15:00", "civic group: at least 6 civilians wounded"), ("18:20", "fighters hold out in the forest"))),
                         ("2015-07-13", (("10:00", "Avakov dismisses 2 police chiefs"), ("16:40", "12 people charged")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2015-07-21T11:00+03:00", "two Right Sector fighters surrender", "Вівторок, 21 липня, 11:00")
    w = "mukach_wiki_en.atom#muk-wp"
    T(w, "2015-07-11T14:10+03:00", "shootout outside a sports complex", "at about 14:10 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(w, "2015-07-12", "wounded man dies; toll three", "died in hospital on 12 July")
    T(w, "2015-07-12", "two suspects detained", "detained two suspects on 12 July")
    T(w, "2015-07-13", "two police chiefs dismissed", "on 13 July")
    T(w, "2015-07-21", "two Right Sector fighters surrender", "surrendered on 21 July")
    w = "mukach_wiki_en.atom#muk-rs"
    T(w, "2015-07-11", "Right Sector fighters clash with police", "On the afternoon of 11 July 2015")
    T(w, "2015-07-11", "troops sent to the area", "on the evening of 11 July")

    d = "manezh_export_ru.xml#40511"
    T(d, "2010-12-11", "fans' rally on Manezhnaya Square", "в субботу, 11 декабря 2010 года")
    T(d, "2010-12-11T14:00", "fans gather", "около 14:00")
    T(d, "2010-12-11T16:45+03:00", "crowd attacks passers-by and riot police (Moscow time)", "В 16:45 по московскому времени (UTC+3)")
    T(d, "2010-12-15", "more than 1300 detained in Moscow", "В среду, 15 декабря")
    T(d, "2010-12-11", "the president promises punishment", "Вечером 11 декабря")
    d = "manezh_mtblog_en.txt"
    T(d, "2010-12-11T14:00+03:00", "fans begin to gather (Moscow time)", "11.12.2010 in 14.00 hours (Moscow time)")
    T(d, "2010-12-11T17:10", "crowd beats passers-by; 32 injured", "Update 11.12 17.10")
    T(d, "2010-12-11T19:30", "65 detained", "Update 11.12 19.30")
    T(d, "2010-12-12T10:00", "26 in hospital; injured 35", "Update 12.12 10.00")
    T(d, "2010-12-15", "more than 1300 detained", "Update 15.12")
    d = "manezh_news_kk.txt"
    T(d, "2010-12-11T14:00+03:00", "fans gather on Manezhnaya Square (Moscow time)", "Сенбі күні, 11 желтоқсанда, Мәскеу уақыты бойынша сағат 14:00")
    T(d, "2010-12-12", "health department: 26 in hospital", "Жексенбі күні, 12 желтоқсанда")

    f = "kamarob_articles_ru.jsonl#"
    T(f + "km1", "2010-09-19", "convoy ambushed in the Kamarob gorge", "в воскресенье утром")
    T(f + "km1", "2010-09-19T07:00+05:00", "ambush (Dushanbe time)", "около 07:00 по душанбинскому времени (UTC+5)")
    T(f + "km2", "2010-09-21", "ministry: toll 25", "Во вторник, 21 сентября")
    d = "kamarob_news_kk.txt"
    T(d, "2010-09-19T07:00+05:00", "convoy attacked (Dushanbe time)", "Жексенбі күні, 19 қыркүйекте, Душанбе уақыты бойынша сағат 07:00")
    T(d, "2010-09-21", "3 people detained", "Сейсенбі күні, 21 қыркүйекте")
    d = "kamarob_report_uk.txt"
    T(d, "2010-09-19T07:00", "convoy ambushed (local time)", "У неділю, 19 вересня, близько сьомої ранку за місцевим часом")
    T(d, "2010-09-19", "troops sent to the area", "Увечері 19 вересня")

    d = "tbilisi_press_en.html"
    T(d, "2007-11-07T15:30+04:00", "riot police disperse protesters on Rustaveli Avenue (Tbilisi time)", "On Wednesday, 7 November 2007, at about 15:30 Tbilisi time (UTC+4)")
    T(d, "2007-11-07", "hunger strikers removed from outside Parliament", "Earlier that morning")
    T(d, "2007-11-07T20:45", "special forces enter the Imedi studio", "At about 20:45")
    d = "tbilisi_wiki_ru.wiki"
    T(d, "2007-11-07", "dispersal of the rally on Rustaveli Avenue", "в среду, 7 ноября 2007 года")
    T(d, "2007-11-02", "mass rally outside parliament", "В пятницу, 2 ноября 2007 года")
    T(d, "2007-11-07T15:30+04:00", "police use tear gas and water cannon (Tbilisi time)", "Около 15:30 по тбилисскому времени (UTC+4)")
    T(d, "2007-11-07", "special forces storm Imedi", "Вечером 7 ноября")
    T(d, "2007-11-07T23:00", "state of emergency declared", "Около 23:00")
    T(d, "2007-11-08", "early presidential election called", "В четверг, 8 ноября")
    d = "tbilisi_report_uk.txt"
    T(d, "2007-11-07", "police disperse the opposition rally", "У середу, 7 листопада")
    T(d, "2007-11-07", "special forces burst into Imedi", "Увечері 7 листопада")
    T(d, "2007-11-08", "Saakashvili calls early elections", "У четвер, 8 листопада")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d19t{n:03d}"
    return rows


ENTITIES = [
    ("Arkankergen", "place", ["Арканкерген", "Arkankergen"]),
    ("Vladislav Chelakh", "person", ["Владислав Челах", "Челах", "Vladislav Chelakh", "Chelakh"]),
    ("Border Service", "org", ["Шекара қызметі", "Пограничной службы", "Border Service"]),
    ("Almaty region", "place", ["Алматы облысында", "Алматы облысының", "Almaty region"]),
    ("Mukachevo", "place", ["Мукачеві", "Мукачева", "Мукачево", "Mukachevo"]),
    ("Right Sector", "org", ["Правий сектор", "Правого сектору", "Right Sector"]),
    ("Mykhailo Lanyo", "person", ["Михайла Ланя", "Ланя", "Михайло Ланьо", "Mykhailo Lanyo"]),
    ("Arsen Avakov", "person", ["Арсен Аваков", "Аваков", "Arsen Avakov"]),
    ("Moscow", "place", ["Москве", "Москвы", "Мәскеу", "Мәскеудегі", "Moscow"]),
    ("Manezhnaya Square", "place", ["Манежной площади", "Манеж алаңында", "Manezh square"]),
    ("Egor Sviridov", "person", ["Егора Свиридова", "Egor Sviridov"]),
    ("Spartak", "org", ["Спартак", "Спартака", "Spartak"]),
    ("Kamarob gorge", "place", ["Камароб", "Камаробском"]),
    ("Rasht valley", "place", ["Рашт", "Раштского", "Раштском", "Раштській"]),
    ("Tajikistan", "place", ["Таджикистан", "Таджикистана", "Тәжікстан", "Тәжікстанда", "Таджикистану"]),
    ("Islamic Movement of Uzbekistan", "org", ["Исламское движение Узбекистана", "Өзбекстан ислам қозғалысы"]),
    ("Tbilisi", "place", ["Тбилиси", "Тбілісі", "Tbilisi"]),
    ("Imedi", "org", ["Имеди", "Імеді", "Imedi"]),
    ("Sozar Subari", "person", ["Созар Субари", "Созар Субарі"]),
    ("Mikheil Saakashvili", "person", ["Михаил Саакашвили", "Михаїл Саакашвілі"]),
    ("Rustaveli Avenue", "place", ["проспекте Руставели", "проспекті Руставелі", "Rustaveli Avenue"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset19", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
