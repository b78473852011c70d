"""Write the gold annotations of the twenty-sixth development set: tests/data/devset26/gold/devset26.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset26.py, which checks every anchor:

    python tests/data/devset26/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `guryanov_report_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

BAK, BAKALL, NLK = "Baku", "Baku; Neftchala; Lankaran", "Neftchala; Lankaran"
DUS = "Dushanbe"
MOS, RYA = "Moscow", "Ryazan"
SER = "Serhiivka"
RB, LB, OLE, NKA, KHE, HPR = "Kherson region (right bank)", "Kherson region (left bank)", "Oleshky", "Nova Kakhovka", "Kherson", "Hola Prystan"
D_BJ, D_BJALL, D_NL = ["1990-01-19", "1990-01-20"], ["1990-01-19", "1990-01-26"], ["1990-01-25", "1990-01-26"]
D_DU = ["1990-02-12", "1990-02-14"]
D_GU = ["1999-09-08", "1999-09-09"]  # the blast at 23:58 on 8 September
D_SE = "2022-07-01"
D_KA = "2023-06"  # the flood of June 2023 (the dam destroyed on 6 June)


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Black January, Baku, night of 19-20 January 1990
    P = dict(place=BAK, date=D_BJ)
    PA = dict(place=BAKALL, date=D_BJALL)
    SO = "soldiers"
    d = "baku_news_kk.txt"
    C(d, "killed", 147, "exact", "ресми 147 құрбан", "official figures", "official", stext="ресми", **PA)
    C(d, "injured", None, "vague", "куәгерлер жүздеген жаралыны еске алады", "eyewitnesses", "eyewitness", stext="куәгерлер", **P)
    CM = dict(src="commission of the Supreme Soviet of Azerbaijan", stype="official", stext="Әзербайжан Жоғарғы Кеңесі комиссиясының қорытындысы бойынша", **PA)
    C(d, "killed", 147, "exact", "147 бейбіт тұрғын қаза тапты", **CM)
    C(d, "injured", 744, "exact", "744 адам жараланды", **CM)
    C(d, "detained", 841, "exact", "841 адам заңсыз ұсталды", **CM)
    CM["stext"] = "Құжатқа сәйкес"
    C(d, "killed", 131, "exact", "қаза тапқандардың 131-і Бакуде мерт болған", **dict(CM, place=BAK, date=D_BJ))
    C(d, "killed", 16, "exact", "тағы 16-сы кейін Нефтчала мен Ләнкәран аудандарында өлтірілген", **dict(CM, place=NLK, date=D_NL))
    CM["stext"] = "Комиссия"
    C(d, "buildings_damaged", 200, "more_than", "оқ тиген 200-ден астам үй мен пәтерді", **CM)
    C(d, "vehicles_damaged", 80, "exact", "80 көлікті, оның ішінде жедел жәрдем көліктерін", **CM)
    DM = dict(src="USSR Defence Ministry", stype="official", stext="КСРО Қорғаныс министрлігінің сол кезде таратқан мәлімдемесінде", **P)
    C(d, "killed", 83, "exact", "Бакуде 83 адам қаза тапқаны айтылды", **DM)
    DM["stext"] = "Министрлік өз тарапынан"
    C(d, "killed", 21, "exact", "21 әскери қызметшінің қаза тапқанын хабарлады", group=SO, **DM)
    C(d, "injured", None, "vague", "көшелерде жүздеген адам жараланған", "surviving eyewitnesses", "eyewitness", stext="Тірі қалған куәгерлердің айтуынша", **P)
    C(d, "missing", 5, "exact", "5 адам әлі күнге дейін хабар-ошарсыз", "Prosecutor General's Office of Azerbaijan", "official", stext="Әзербайжан Бас прокуратурасының дерегінше", **PA)
    C(d, "killed", 300, "more_than", "300-ден астам адам өлтірілді деп мәлімдеген", "Popular Front activists", "opposition", "unconfirmed", stext="Халық майданы белсенділері", **P)
    C(d, "deployed", 26000, "more_than", "26 мыңнан астам әскери қызметші тартылған", "some historians", "ngo", stext="Кейбір тарихшылардың бағалауынша", **P)

    d = "baku_timeline_ru.md"
    C(d, "participants", 100000, "about", "в нём участвуют около 100 тысяч человек", "TASS correspondents", "media", stext="по оценке корреспондентов ТАСС", place=BAK, date="1990-01-19")
    C(d, "injured", None, "vague", "принимают раненых сотнями", **P)
    HD = dict(src="chief doctors of Baku hospitals", stype="official", stext="Главные врачи бакинских больниц", place=BAK, date="1990-01-20")
    C(d, "killed", 40, "exact", "сообщают по телефону о 40 убитых", **HD)
    C(d, "injured", 200, "more_than", "более чем 200 раненых", **HD)
    C(d, "vehicles_damaged", None, "vague", "у морского порта сожжены десятки автомашин", place=BAK, date="1990-01-20")
    MC = dict(src="military commandant's office (TASS)", stype="official", stext="ТАСС со ссылкой на военную комендатуру", **P)
    C(d, "killed", 83, "exact", "в столкновениях погибли 83 человека", **MC)
    C(d, "killed", 14, "exact", "в том числе 14 военнослужащих", group=SO, **MC)
    C(d, "detained", 46, "exact", "задержаны 46 человек", "military commandant's office", "official", stext="По данным комендатуры", place=BAK, date="1990-01-20")
    C(d, "killed", 1000, "more_than", "погибли «более 1000 человек»", "Popular Front of Azerbaijan", "opposition", "unconfirmed", stext="Представители Народного фронта", **P)
    C(d, "killed", 1000, "more_than", "называет эти данные «ложью и провокацией»", "Baku military commandant General Vladimir Dubinyak", "official", "denied", stext="Военный комендант Баку генерал Владимир Дубиняк", **P)
    MZ = dict(src="health ministry of the republic", stype="official", stext="Министерство здравоохранения республики", place=BAK, date=["1990-01-19", "1990-01-21"])
    C(d, "injured", 517, "exact", "в больницах города находятся 517 раненых", **MZ)
    C(d, "injured", 113, "exact", "из них 113 в тяжёлом состоянии", **MZ)
    C(d, "detained", 112, "exact", "за сутки задержаны ещё 112 человек", "military commandant's office", "official", stext="Комендатура", place=BAK, date="1990-01-21")
    DM = dict(src="USSR Defence Ministry", stype="official", stext="ТАСС: Министерство обороны СССР", **P)
    C(d, "killed", 131, "exact", "уточняет число погибших — 131 человек", **DM)
    C(d, "killed", 21, "exact", "в том числе 21 военнослужащий", group=SO, **DM)
    C(d, "injured", 700, "about", "Названа цифра «около 700 раненых»", **DM)
    PP = dict(src="republican prosecutor's office", stype="official", stext="По предварительным данным республиканской прокуратуры", place=NLK, date=D_NL)
    C(d, "killed", 8, "exact", "там погибли ещё 8 человек", **PP)
    C(d, "injured", None, "vague", "несколько человек ранены", **PP)
    C(d, "killed", 90, "at_least", "называет «не менее 90» погибших в первую ночь", "union of reserve officers \"Shield\"", "ngo", stext="Союз офицеров запаса «Щит»", **P)
    MM = dict(src="commission of the Milli Majlis", stype="official", stext="Комиссия Милли Меджлиса", **PA)
    C(d, "killed", 147, "exact", "147 погибших", **MM)
    C(d, "injured", 744, "exact", "744 раненых", **MM)
    C(d, "detained", 841, "exact", "841 незаконно задержанный", **MM)
    C(d, "missing", 5, "exact", "5 пропавших без вести", **MM)
    # the table of figures per source
    r = "| Главные врачи больниц | 20.01 | 40 | — | более 200 | — |"
    C(d, "killed", 40, "exact", r, **HD)
    C(d, "injured", 200, "more_than", r, **HD)
    r = "| Военная комендатура (ТАСС) | 20.01 | 83 | 14 | — | 46 |"
    MC["stext"] = "Военная комендатура (ТАСС)"
    C(d, "killed", 83, "exact", r, **MC)
    C(d, "killed", 14, "exact", r, group=SO, **MC)
    C(d, "detained", 46, "exact", r, **dict(MC, date="1990-01-20"))
    r = "| Министерство обороны СССР | 22.01 | 131 | 21 | около 700 | — |"
    DM["stext"] = "Министерство обороны СССР"
    C(d, "killed", 131, "exact", r, **DM)
    C(d, "killed", 21, "exact", r, group=SO, **DM)
    C(d, "injured", 700, "about", r, **DM)
    C(d, "killed", 1000, "more_than", "| Народный фронт Азербайджана | 21.01 | более 1000 | — | — | — |", "Popular Front of Azerbaijan", "opposition", "unconfirmed", stext="Народный фронт Азербайджана", **P)
    r = "| Комиссия Милли Меджлиса | 1994 | 147 | — | 744 | 841 |"
    C(d, "killed", 147, "exact", r, **MM)
    C(d, "injured", 744, "exact", r, **MM)
    C(d, "detained", 841, "exact", r, **MM)
    C(d, "killed", 1000, "more_than", "военная комендатура в тот же день назвала её ложью", "military commandant's office", "official", "denied", stext="военная комендатура", **P)
    C(d, "participants", [100000, 1000000], "range", "Число участников митингов (от 100 тысяч до миллиона)", "various data", "unknown", stext="по разным данным", place=BAK, date="1990-01")
    C(d, "deployed", [11000, 26000], "range", "от 11 до 26 тысяч", "various data", "unknown", stext="по разным данным", **P)

    f = "baku_feed_en.rss#"
    C(f + "bj-1", "deployed", 26000, "about", "Some 26,000 troops took part in the operation", "Azerbaijani historians", "ngo", **P)
    C(f + "bj-1", "killed", None, "vague", "Dozens of bodies", "a doctor at the republic's clinical hospital", "eyewitness", **P)
    C(f + "bj-1", "killed", 83, "exact", "read out by TASS on 20 January, was 83 dead", "TASS", "media", **P)
    C(f + "bj-1", "killed", 131, "exact", "the USSR Defence Ministry spoke of 131 killed", "USSR Defence Ministry", "official", **P)
    C(f + "bj-1", "killed", 21, "exact", "among them 21 servicemen", "USSR Defence Ministry", "official", group=SO, **P)
    C(f + "bj-2", "killed", 147, "exact", "Baku's toll: 147 dead by Azerbaijan's count", "Azerbaijan", "official", **PA)
    PC = dict(src="parliamentary commission in Baku", stype="official", **PA)
    C(f + "bj-2", "killed", 147, "exact", "147 civilians were killed in the city and in the districts", **PC)
    C(f + "bj-2", "injured", 744, "exact", "It counted 744 wounded", **PC)
    C(f + "bj-2", "detained", 841, "exact", "841 people arrested without grounds", **PC)
    C(f + "bj-2", "missing", 5, "exact", "five people are still listed as missing", **PC)
    C(f + "bj-2", "killed", [122, 150], "range", "documented between 122 and 150 civilian deaths", "Human Rights Watch", "ngo", **P)
    C(f + "bj-2", "injured", 700, "more_than", "Hospital staff at the time recorded more than 700 wounded", "hospital staff", "official", **P)
    C(f + "bj-2", "killed", None, "vague", 'leaflets of the Popular Front spoke of "thousands" of dead', "Popular Front leaflets", "opposition", "unconfirmed", **P)
    C(f + "bj-2", "killed", None, "vague", 'The Soviet military command called that claim "an invention of extremists"', "Soviet military command", "official", "denied", **P)
    C(f + "bj-2", "killed", None, "vague", '"thousands" in a rumour never proven', "a rumour", "unknown", "unconfirmed", **P)
    C(f + "bj-2", "buildings_damaged", 200, "about", "Some 200 houses and 80 cars", **P)
    C(f + "bj-2", "vehicles_damaged", 80, "exact", "Some 200 houses and 80 cars", **P)

    # ================================================================ Dushanbe riots, 12-14 February 1990
    P = dict(place=DUS, date=D_DU)
    P12 = dict(place=DUS, date="1990-02-12")
    PO = "police and soldiers"
    d = "dushanbe_news_kk.txt"
    C(d, "killed", 22, "exact", "ресми 22 құрбан, 565 жаралы", "official figures", "official", stext="ресми", **P)
    C(d, "injured", 565, "exact", "ресми 22 құрбан, 565 жаралы", "official figures", "official", stext="ресми", **P)
    C(d, "participants", None, "vague", "бірнеше мың адам жиналды", **P12)
    MV = dict(src="Interior Ministry of the Tajik SSR", stype="official", stext="Тәжік КСР Ішкі істер министрлігінің мәліметінше", **P)
    C(d, "killed", 22, "exact", "22 адам қаза тапты", **MV)
    C(d, "injured", 565, "exact", "565 адам жараланды", **MV)
    C(d, "killed", 25, "exact", "қаза тапқандар санын 25-ке жеткізді", "investigation group of the republic's prosecutor's office", "official", stext="республика прокуратурасының тергеу тобы", **P)
    C(d, "injured", 69, "exact", "Жараланғандардың ішінде 69 милиция қызметкері бар", group="police", **P)
    C(d, "killed", None, "vague", "ондаған адам оққа ұшқан", "eyewitnesses", "eyewitness", stext="Куәгерлердің айтуынша", place=DUS, date="1990-02-13")
    C(d, "killed", 100, "more_than", "100-ден астам адам өлді деп жазды", "some local publications", "media", "unconfirmed", stext="Кейбір жергілікті басылымдар", **P)
    C(d, "killed", 100, "more_than", "республика басшылығы бұл хабарды «өтірік» деп атады", "the republic's leadership", "official", "denied", stext="республика басшылығы", **P)
    C(d, "deployed", 5000, "about", "5000-ға жуық ішкі әскер сарбазы жіберілді", **P)
    PR = dict(src="prosecutor's office", stype="official", stext="Прокуратураның мәліметі бойынша", **P)
    C(d, "detained", 200, "about", "200-ге жуық адам ұсталды", **PR)
    C(d, "charged", 40, "more_than", "оның 40-тан астамына қылмыстық іс қозғалды", **PR)
    C(d, "buildings_damaged", 50, "more_than", "50-ден астам дүкен мен дүңгіршек тоналып, өртенді", **P)

    d = "dushanbe_wiki_ru.wiki"
    C(d, "participants", None, "vague", "| участники      = несколько тысяч демонстрантов", **P)
    C(d, "killed", 22, "exact", "| погибшие       = 22 (официально)", "Izvestia", "media", stext="Известия", **P)
    C(d, "killed", 22, "exact", "В Душанбе погибли 22 человека", "Izvestia", "media", stext="Известия", **P)
    C(d, "injured", 565, "exact", "| раненые        = 565", "Irfon (Tajikistan: political events 1989-1994)", "media", stext="Ирфон", **P)
    C(d, "detained", 200, "about", "| задержанные    = около 200", **P)
    C(d, "participants", None, "vague", "толпа у здания ЦК выросла до нескольких тысяч человек", **P12)
    MV = dict(src="Interior Ministry of the Tajik SSR", stype="official", stext="По данным МВД Таджикской ССР", **P12)
    C(d, "killed", 5, "exact", "в тот вечер погибли пятеро", **MV)
    C(d, "injured", 70, "exact", "ещё 70 человек получили ранения", **MV)
    PR = dict(src="prosecutor's office of the republic", stype="official", stext="Прокуратура республики", **P)
    C(d, "buildings_damaged", 51, "exact", "сожжены и разграблены 51 магазин и киоск", **PR)
    C(d, "vehicles_damaged", 22, "exact", "повреждены 22 автобуса и троллейбуса", **PR)
    C(d, "vehicles_damaged", 9, "exact", "только в одном депо сожжены 9 троллейбусов", "Dushanbe trolleybus administration", "company", stext="Душанбинского троллейбусного управления", **P)
    C(d, "deployed", 5000, "about", "около 5000 военнослужащих внутренних войск", "USSR Interior Ministry", "official", stext="по данным МВД СССР", place=DUS, date="1990-02-14")
    MV = dict(src="Interior Ministry of the Tajik SSR", stype="official", stext="Согласно итоговой справке МВД Таджикской ССР", **P)
    C(d, "killed", 22, "exact", "в ходе беспорядков погибли 22 человека", **MV)
    C(d, "injured", 565, "exact", "ранены 565", **MV)
    C(d, "injured", 69, "exact", "из них 69 сотрудников милиции и военнослужащих", group=PO, **MV)
    C(d, "killed", 25, "exact", "прокуратура называла 25 погибших", "prosecutor's office", "official", stext="прокуратура", **P)
    C(d, "killed", 26, "exact", "фигурирует цифра 26", "some publications", "media", stext="в ряде публикаций", **P)
    C(d, "killed", 100, "at_least", "погибших было «не меньше сотни»", "Rastokhez movement", "opposition", "unconfirmed", stext="представителей движения «Растохез»", **P)
    C(d, "killed", None, "vague", "Слухи о «тысячах убитых»", "rumours in the city", "unknown", "unconfirmed", stext="ходившие в городе", **P)
    C(d, "killed", None, "vague", "МВД назвало «провокационными выдумками»", "Interior Ministry", "official", "denied", stext="МВД", **P)
    C(d, "detained", 200, "about", "Были задержаны около 200 человек", **P)
    C(d, "convicted", 47, "exact", "впоследствии осуждены 47 человек", place=DUS, date=None)

    d = "dushanbe_mtblog_en.txt"  # the blogger retells his father's and aunt's memories
    FA = dict(src="the blogger's father", stype="eyewitness")
    C(d, "participants", None, "vague", "father says thousands", **FA, **P12)
    C(d, "killed", 5, "exact", "on the square fall dead five persons", **FA, **P12)
    C(d, "vehicles_damaged", 7, "exact", "are burned 7 trolleybuses", **FA, place=DUS, date="1990-02-13")
    C(d, "killed", 22, "exact", "The radio said are killed 22 persons", "the radio", "media", **P)
    C(d, "injured", 565, "exact", "are injured 565", "the radio", "media", **P)
    C(d, "killed", 25, "exact", "the dead are 25", "the procurator office", "official", **P)
    C(d, "injured", 100, "about", "near 100 wounded of them came only in one night", "the blogger's aunt, a hospital worker", "eyewitness", place=DUS, date=["1990-02-13", "1990-02-14"])
    C(d, "killed", 3, "exact", "a soldiers of the internal troops, 3 persons", "the newspaper of that time", "media", group="soldiers", **P)
    C(d, "killed", 1000, "more_than", "are killed more than 1000", "people on the bazaar", "unknown", "unconfirmed", **P)
    C(d, "killed", 1000, "more_than", "The radio said this is a lie and provocation", "the radio and the militia", "official", "denied", **P)
    C(d, "killed", None, "vague", "he says dozens, not thousand", **FA, **P)
    C(d, "deployed", 5000, "about", "near 5000 of them", place=DUS, date="1990-02-14")
    C(d, "detained", 200, "about", "Were arrested near 200 persons", **P)

    # ================================================================ Guryanov Street bombing, Moscow, night of 8-9 September 1999
    P = dict(place=MOS, date=D_GU)
    CH = "children"
    d = "guryanov_report_ru.txt"  # cp1251
    C(d, "killed", 100, "exact", "ЧИСЛО ЖЕРТВ ДОСТИГЛО 100", **P)
    ME = dict(src="Russian Emergencies Ministry", stype="official", stext="По данным МЧС России", **P)
    C(d, "killed", 100, "exact", "извлечены тела 100 человек", **ME)
    C(d, "killed", 12, "exact", "среди них 12 детей", group=CH, **ME)
    C(d, "killed", 94, "exact", "говорили о 94 погибших", "headquarters of the rescue operation", "official", stext="в штабе спасательной операции", **P)
    C(d, "injured", 152, "exact", "В больницы доставлены 152 человека", **P)
    C(d, "injured", 30, "about", "около 30 из них остаются в тяжёлом состоянии", **P)
    C(d, "deployed", 400, "more_than", "участвуют более 400 спасателей и пожарных", **P)
    C(d, "buildings_damaged", 18, "exact", "ещё 18 зданий в радиусе 300 метров", **P)
    C(d, "missing", None, "vague", "«остались ещё сотни человек»", "rumours in the city", "unknown", "unconfirmed", stext="По городу ходят слухи", **P)
    C(d, "missing", None, "vague", "В штабе МЧС эти разговоры назвали «не соответствующими действительности»", "Emergencies Ministry headquarters", "official", "denied", stext="В штабе МЧС", **P)
    C(d, "missing", 8, "exact", "судьба 8 человек пока неизвестна", "Emergencies Ministry headquarters", "official", stext="В штабе МЧС", **P)
    C(d, "detained", 200, "more_than", "задержаны более 200 человек", "Moscow police (GUVD)", "official", stext="ГУВД Москвы", place=MOS, date="1999-09")
    C(d, "charged", 2, "exact", "Двоим, по данным прокуратуры, предъявлено обвинение", "prosecutors", "official", stext="по данным прокуратуры", place=MOS, date="1999-09")

    f = "guryanov_articles_uk.jsonl#"
    C(f + "gr1", "killed", 106, "exact", "вулиці Гур'янова: загинули 106 людей", **P)
    C(f + "gr1", "killed", 94, "exact", "повідомляли про 94 загиблих", "Russian Emergencies Ministry rescuers", "official", stext="рятувальники МНС Росії", **P)
    C(f + "gr1", "killed", 100, "exact", "зросла до 100", **P)
    C(f + "gr1", "killed", 106, "exact", "російські ЗМІ називали 106 загиблих", "Russian media", "media", stext="російські ЗМІ", **P)
    C(f + "gr1", "injured", 690, "exact", "поранень зазнали 690 людей", "Moscow headquarters", "official", stext="За даними московського штабу", **P)
    C(f + "gr1", "convicted", 2, "exact", "засудив до довічного ув'язнення двох обвинувачених", "Moscow City Court", "official", stext="Московський міський суд", place=MOS, date="2004")
    C(f + "gr2", "killed", 100, "at_least", "забрав життя щонайменше 100 людей", **P)
    C(f + "gr2", "detained", 2, "exact", "Місцева міліція затримала двох людей", place=RYA, date="1999-09-22")
    C(f + "gr2", "detained", 1000, "more_than", "затримали понад 1000 вихідців з Кавказу", "Memorial", "ngo", stext="За даними «Меморіалу»", place=MOS, date="1999-09")

    w = "guryanov_wiki_en.atom#gur-wp"
    C(w, "killed", 100, "exact", "| fatalities  = 100 (official)", "Reuters", "media", **P)
    C(w, "killed", 100, "exact", "Moscow blast toll rises to 100", "Reuters", "media", **P)
    C(w, "killed", 106, "exact", "106 (including later deaths)", **P)
    C(w, "injured", 690, "exact", "| injuries    = 690", "Moscow city government", "official", **P)
    C(w, "injured", 690, "exact", "Blast on Guryanov Street: 690 people hurt", "Moscow city government", "official", **P)
    C(w, "killed", 94, "exact", "recovered 94 bodies in the first two days", "Emergencies Ministry", "official", **P)
    C(w, "killed", 100, "exact", "the official count stood at 100 dead", **P)
    C(w, "killed", 12, "exact", "twelve of them children", group=CH, **P)
    C(w, "killed", 106, "exact", "Later counts cited by Russian media reached 106", "Russian media", "media", **P)
    MG = dict(src="Moscow city government", stype="official", **P)
    C(w, "injured", 690, "exact", "690 people were injured", **MG)
    C(w, "injured", 150, "about", "of whom about 150 were hospitalised", **MG)
    C(w, "buildings_damaged", 19, "exact", "Nineteen nearby buildings were damaged", **P)
    C(w, "convicted", 2, "exact", "the Moscow City Court convicted two men", "Moscow City Court", "official", place=MOS, date="2004")
    C(w, "convicted", 2, "exact", "Two jailed for life over 1999 Moscow bombings", "BBC News", "media", place=MOS, date="2004")
    w = "guryanov_wiki_en.atom#gur-talk"
    C(w, "killed", 300, "more_than", '"over 300 killed"', "a forum post", "social_media", "unconfirmed", **P)
    C(w, "killed", 300, "more_than", 'the 300 figure is "simply wrong"', "Memorial researchers", "ngo", "denied", **P)
    C(w, "killed", 100, "exact", "final list has 100 names", "Emergencies Ministry", "official", **P)
    C(w, "missing", 4, "exact", "listed 4 people still missing", "Kommersant (the 2002 lawsuit by survivors)", "media", place=MOS, date="2002")
    C(w, "detained", 1000, "more_than", '"more than 1,000 detained"', place=MOS, date="1999-09")

    # ================================================================ Serhiivka strike, night of 1 July 2022
    P = dict(place=SER, date=D_SE)
    d = "serhiivka_statement_uk.txt"  # the head of the Odesa regional military administration in his own voice
    C(d, "killed", 21, "exact", "маємо 21 загиблого", **P)
    C(d, "killed", 2, "exact", "Серед них двоє дітей", group=CH, **P)
    C(d, "injured", 38, "exact", "Ще 38 людей поранені", **P)
    C(d, "injured", 6, "exact", "зокрема 6 дітей", group=CH, **P)
    C(d, "injured", 8, "exact", "8 із них ми доправили до лікарень Одеси в тяжкому стані", **P)
    C(d, "killed", 10, "exact", "ми говорили про 10 загиблих", **P)
    C(d, "killed", 17, "exact", "до вечора — про 17", **P)
    C(d, "buildings_damaged", 4, "exact", "Пошкоджено ще 4 будинки поруч", **P)
    C(d, "missing", 5, "at_most", "під завалами могли залишатися до 5 людей", "neighbours", "eyewitness", stext="За словами сусідів", **P)
    C(d, "deployed", 120, "more_than", "понад 120 рятувальників ДСНС", **P)
    C(d, "killed", 100, "more_than", "«понад 100 знищених іноземних найманців»", "pro-Russian Telegram channels", "social_media", "unconfirmed", group="foreign mercenaries", stext="Проросійські телеграм-канали", **P)
    C(d, "killed", 100, "more_than", "Це брехня: там відпочивали сім'ї з дітьми", mod="denied", group="foreign mercenaries", **P)

    d = "serhiivka_export_uk.xml#94217"
    C(d, "killed", 21, "exact", "| загиблі     = 21", "Suspilne Odesa", "media", stext="Суспільне Одеса", **P)
    C(d, "killed", 21, "exact", "Удар по Сергіївці: кількість загиблих зросла до 21", "Suspilne Odesa", "media", stext="Суспільне Одеса", **P)
    C(d, "injured", 38, "exact", "| поранені    = 38 (за іншими даними 39)", "State Emergency Service of Ukraine", "official", stext="ДСНС України", **P)
    C(d, "injured", 39, "exact", "за іншими даними 39", "other data", "unknown", stext="за іншими даними", **P)
    C(d, "injured", 38, "exact", "ДСНС: у Сергіївці 38 постраждалих, серед них 6 дітей", "State Emergency Service of Ukraine", "official", stext="ДСНС України", **P)
    C(d, "injured", 6, "exact", "серед них 6 дітей", "State Emergency Service of Ukraine", "official", group=CH, stext="ДСНС України", **P)
    C(d, "killed", 10, "exact", "ДСНС повідомила про 10 загиблих", "State Emergency Service", "official", stext="ДСНС", **P)
    C(d, "killed", 17, "exact", "назвав 17 загиблих", "spokesman of the Odesa regional military administration Serhiy Bratchuk", "official", stext="речник Одеської ОВА Сергій Братчук", **P)
    C(d, "killed", 1, "exact", "серед них дитину", "spokesman of the Odesa regional military administration Serhiy Bratchuk", "official", group=CH, stext="речник Одеської ОВА Сергій Братчук", **P)
    C(d, "killed", 21, "exact", "Наступного дня кількість загиблих зросла до 21", **P)
    C(d, "killed", 2, "exact", "серед них двоє дітей", group=CH, **P)
    C(d, "injured", 38, "exact", "Поранено 38 людей", **P)
    C(d, "injured", 6, "exact", "з них 6 дітей", group=CH, **P)
    C(d, "injured", 39, "exact", "повідомив про 39 поранених", "Office of the Prosecutor General of Ukraine", "official", stext="Офіс Генерального прокурора України", **P)
    C(d, "killed", None, "vague", "«десятки знищених бойовиків»", "pro-Russian Telegram channels", "social_media", "unconfirmed", group="fighters", stext="проросійські телеграм-канали", **P)
    C(d, "killed", None, "vague", "Українська влада назвала ці твердження неправдою", "Ukrainian authorities", "official", "denied", group="fighters", stext="Українська влада", **P)

    # ================================================================ Kakhovka dam, 6 June 2023
    d = "kakhovka_news_kk.txt"
    MU = dict(src="Ukrainian Interior Ministry", stype="official", stext="Украина Ішкі істер министрлігінің мәліметінше", place=RB, date=D_KA)
    C(d, "killed", 32, "exact", "Украина 32 құрбанды атады", "Ukraine", "official", stext="Украина", place=RB, date=D_KA)
    C(d, "killed", 32, "exact", "32 адам қаза тапты", **MU)
    C(d, "missing", 28, "exact", "тағы 28 адам хабар-ошарсыз кетті", **MU)
    C(d, "killed", 59, "exact", "Новая Каховка қалаларында 59 адам қаза тапты", "Russian-installed occupation administration", "official", stext="Ресей тағайындаған оккупациялық әкімшіліктің мәлімдемесіне сәйкес", place=LB, date=D_KA)
    C(d, "killed", None, "vague", "тек Алешкидің өзінде жүздеген адам өлді дейді", "local residents and volunteers", "eyewitness", "unconfirmed", stext="жергілікті тұрғындар мен еріктілер", place=OLE, date=D_KA)
    C(d, "killed", None, "vague", "Оккупациялық билік бұл айтылғандарды «арандату» деп атады", "occupation authorities", "official", "denied", stext="Оккупациялық билік", place=OLE, date=D_KA)
    C(d, "deployed", 1000, "more_than", "1000-нан астам құтқарушы жіберді", "State Emergency Service of Ukraine", "official", stext="Украинаның Төтенше жағдайлар қызметі", place=RB, date=D_KA)

    d = "kakhovka_press_en.html"  # the Lower Dnipro Relief Network in its own voice
    C(d, "killed", 32, "at_least", "at least 32 dead on our bank", place=RB, date=D_KA)
    C(d, "killed", None, "vague", "hundreds feared on the other", place=LB, date=D_KA)
    MU = dict(src="Ministry of Internal Affairs of Ukraine", stype="official", place=RB, date=D_KA)
    C(d, "killed", 32, "exact", "32 people died on the Ukrainian-controlled right bank", **MU)
    C(d, "missing", 28, "exact", "28 are still missing", **MU)
    r = "<tr><td>Dead</td><td>32</td><td>59</td><td>Ministry of Internal Affairs of Ukraine / occupation administration</td></tr>"
    C(d, "killed", 32, "exact", r, **MU)
    C(d, "killed", 59, "exact", r, "occupation administration", "official", place=LB, date=D_KA)
    C(d, "missing", 28, "exact", "<tr><td>Missing</td><td>28</td><td>—</td><td>National Police of Ukraine</td></tr>", "National Police of Ukraine", "official", place=RB, date=D_KA)
    C(d, "killed", 59, "exact", "We consider the figure of 59 published by the Russian-installed authorities", "Russian-installed authorities", "official", place=LB, date=D_KA)
    C(d, "killed", None, "vague", "found that hundreds died in Oleshky alone", "Associated Press", "media", "unconfirmed", place=OLE, date=D_KA)
    C(d, "killed", None, "vague", 'The occupation authorities called these reports "fakes"', "occupation authorities", "official", "denied", place=OLE, date=D_KA)
    UP = dict(src="Ukrainian police", stype="official", place=HPR, date="2023-06-11")
    C(d, "killed", 3, "exact", "killed 3 people and injured 10", **UP)
    C(d, "injured", 10, "exact", "killed 3 people and injured 10", **UP)
    C(d, "buildings_damaged", 1500, "more_than", "More than 1,500 houses were flooded in Kherson city", "Kherson city military administration", "official", place=KHE, date=D_KA)

    d = "kakhovka_report_ru.txt"
    OC = dict(src="Russian-installed occupation administration of Kherson region", stype="official", place=LB, date=D_KA)
    C(d, "killed", 5, "exact", "сначала говорил о 5 погибших", **dict(OC, src="occupation head of Kherson region Vladimir Saldo", stext="Назначенный Россией глава оккупационной администрации Херсонской области Владимир Сальдо"))
    C(d, "killed", 17, "exact", "сообщила уже о 17 погибших", stext="его администрация", **OC)
    C(d, "killed", 41, "exact", "через неделю — о 41", stext="его администрация", **OC)
    C(d, "killed", 59, "exact", "называли 59 погибших", **dict(OC, src="occupation authorities", stext="оккупационные власти"))
    C(d, "missing", 7, "exact", "«пропали без вести 7 человек»", "occupation head of Nova Kakhovka Vladimir Leontyev", "official", stext="Глава оккупационной администрации Новой Каховки Владимир Леонтьев", place=NKA, date="2023-06-06")
    C(d, "killed", 200, "more_than", "похоронили больше 200 человек", "a resident of Oleshky", "eyewitness", "unconfirmed", stext="рассказал мужчина, попросивший не называть его имени", place=OLE, date=D_KA)
    C(d, "killed", None, "vague", "говорят о «сотнях» утонувших", "volunteers evacuating people by boat", "activist", "unconfirmed", stext="Волонтёры, вывозившие людей на лодках", place=OLE, date=D_KA)
    C(d, "killed", None, "vague", "погибли по меньшей мере сотни человек", "Associated Press", "media", "unconfirmed", stext="Агентство Associated Press", place=OLE, date=D_KA)
    C(d, "killed", None, "vague", "В оккупационной администрации эти данные назвали «фейком украинской пропаганды»", "occupation administration", "official", "denied", stext="В оккупационной администрации", place=OLE, date=D_KA)
    MU = dict(src="Ukrainian Interior Ministry", stype="official", stext="по данным МВД Украины", place=RB, date=D_KA)
    C(d, "killed", 32, "exact", "погибли 32 человека", **MU)
    C(d, "missing", 28, "exact", "ещё 28 числятся пропавшими", **MU)
    HO = dict(src="Kherson regional military administration", stype="official", stext="по данным Херсонской областной военной администрации", place=KHE, date="2023-06-07")
    C(d, "injured", 9, "exact", "от обстрела пострадали 9 человек", **HO)
    C(d, "injured", 2, "exact", "в том числе 2 спасателя", group="rescuers", **HO)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d26g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "baku_news_kk.txt"
    T(d, "1990-01-19", "Soviet troops enter Baku", "1990 жылғы 19 қаңтардан 20 қаңтарға қараған түні")
    T(d, "1990-01-19T19:27", "power unit of the television centre blown up", "19 қаңтар кешкі сағат 19:27-де")
    T(d, "1990-01-20T00:00", "troops enter the city from several directions", "түнгі сағат 00:00 шамасында")
    T(d, "1990-01-20T07:00", "state of emergency announced on the radio", "20 қаңтар таңғы сағат 7:00-де")
    T(d, "1994", "Milli Majlis gives the events a political assessment", "1994 жылы Әзербайжан Милли Мәжілісі")

    d = "baku_timeline_ru.md"
    for day, entries in (("1990-01-19", (("17:30", "rally on Lenin Square"), ("19:27", "explosion at the television power unit, broadcasts stop"), ("21:00", "decree on the state of emergency signed"), ("23:30", "armoured columns start moving"))),
                         ("1990-01-20", (("00:05", "troops enter the city"), ("01:40", "dead lie near the Salyan barracks"), ("03:15", "hospitals: 40 dead, more than 200 wounded"), ("05:30", "armour on the embankment, cars burned"), ("07:00", "state of emergency announced on the radio"), ("11:20", "Elmira Kafarova's statement"), ("14:00", "Yazov's press conference in Moscow"), ("18:45", "TASS: 83 dead"), ("22:10", "curfew announced, 46 detained"))),
                         ("1990-01-21", (("10:00", "extraordinary session of the Supreme Soviet"), ("13:30", "Popular Front: more than 1000 dead; called a lie"), ("16:40", "health ministry: 517 wounded in hospitals"), ("20:00", "112 more detained"))),
                         ("1990-01-22", (("10:30", "funeral of the victims in Upland Park"), ("15:00", "three days of mourning, party cards burned"), ("19:20", "Defence Ministry: 131 dead")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+04:00", label, f"**{hm}**")
    T(d, "1990-01-25", "troops enter Neftchala and Lankaran", "**25–26 января**")
    T(d, "1990-02", "lists of the dead published; Shield's report", "**Февраль 1990 года**")
    T(d, "1990-05", "military prosecutors close the case", "**Май 1990 года**")
    T(d, "1994", "Milli Majlis commission's final figures", "**1994 год**")

    f = "baku_feed_en.rss#"
    T(f + "bj-1", "1990-01-19", "Soviet units begin moving into Baku", "Shortly before midnight on Friday, 19 January 1990")
    T(f + "bj-1", "1990-01-20T07:00", "state of emergency announced on the radio", "at 7 a.m. the next day")
    T(f + "bj-1", "1990-01-19T19:30", "explosion knocks out the television power unit", "Around 19:30 on the evening of the 19th")
    T(f + "bj-1", "1990-01-20", "TASS: 83 dead", "read out by TASS on 20 January")
    T(f + "bj-2", "1994", "parliamentary commission's conclusions", "concluded in 1994")

    d = "dushanbe_news_kk.txt"
    T(d, "1990-02-12", "crowd gathers at the Central Committee building", "1990 жылғы 12 ақпанда, дүйсенбі күні")
    T(d, "1990-02-12T20:00", "curfew from 20:00", "кешкі сағат 20:00-ден")
    T(d, "1990-02-13", "shooting on Lenin Avenue", "13 ақпан күні Ленин даңғылында")
    d = "dushanbe_wiki_ru.wiki"
    T(d, "1990-02-11", "first demonstrators at the Central Committee building", "11 февраля у здания ЦК")
    T(d, "1990-02-12T18:00", "guards and internal troops open fire", "Около 18:00 по местному времени")
    T(d, "1990-02-12T20:00", "curfew introduced", "В 20:00 был введён комендантский час")
    T(d, "1990-02-13", "riots spread to the centre", "На следующий день беспорядки охватили центр города")
    T(d, "1990-02-14", "additional troops brought in", "14 февраля в город были переброшены")
    d = "dushanbe_mtblog_en.txt"
    T(d, "1990-02-12T17:00", "crowd gathers near the Central Committee", "On Monday 12 February in 17.00 hours")
    T(d, "1990-02-12T20:00", "curfew", "the curfew from 20.00 hours")
    T(d, "1990-02-13", "shops and trolleybuses burned", "On the next day 13 February")
    T(d, "1990-02-13", "about 100 wounded at the aunt's hospital in one night", "in one night of 13 to 14")
    T(d, "1990-02-14", "troops arrive, the city quiet", "On 14 February arrived many soldiers")

    d = "guryanov_report_ru.txt"
    T(d, "1999-09-08T23:58+04:00", "explosion at 19 Guryanov Street (Moscow summer time)", "в 23:58 по московскому времени")
    T(d, "1999-09-12T18:00", "Emergencies Ministry: 100 bodies recovered", "на 18:00 воскресенья")
    T(d, "1999-09-11", "headquarters: 94 dead", "в субботу утром")
    T(d, "1999-09-10", "Luzhkov calls it a terrorist attack", "уже 10 сентября")
    T(d, "1999-09-13", "day of mourning in Moscow", "Понедельник, 13 сентября, объявлен в Москве днём траура")
    f = "guryanov_articles_uk.jsonl#"
    T(f + "gr1", "1999-09-08T23:58+04:00", "explosion at 19 Guryanov Street (Moscow summer time)", "о 23:58 за московським часом")
    T(f + "gr1", "1999-09-13", "toll reaches 100", "До 13 вересня")
    T(f + "gr1", "1999-09-13T05:03", "house on Kashirskoye shosse blown up", "13 вересня о 5:03")
    T(f + "gr1", "2004", "two sentenced to life", "У 2004 році Московський міський суд")
    T(f + "gr2", "1999-09-10", "Luzhkov calls it a terrorist attack", "уже 10 вересня")
    T(f + "gr2", "1999-09-22", "sacks found in a Ryazan basement", "22 вересня 1999 року в Рязані")
    w = "guryanov_wiki_en.atom#gur-wp"
    T(w, "1999-09-08T23:58+04:00", "explosion on Guryanov Street (Moscow summer time)", "8 September 1999, 23:58 ([[Moscow Time|MSD]], UTC+4)")
    T(w, "1999-09-12", "official count 100 dead", "By 12 September")
    T(w, "1999-09-10", "Luzhkov calls it a terrorist attack", "called it a terrorist attack on 10 September")
    T(w, "2004-01", "Moscow City Court convicts two men", "In January 2004")

    d = "serhiivka_statement_uk.txt"
    T(d, "2022-07-01T01:00", "Kh-22 missiles hit an apartment block and a recreation centre", "у п'ятницю, 1 липня, близько 01:00")
    T(d, "2022-07-02T12:00", "status: 21 dead, 38 injured", "Станом на 12:00 2 липня")
    T(d, "2022-07-01", "toll given as 10, then 17", "Учора зранку")
    T(d, "2022-07-02", "day of mourning in Odesa region", "2 липня оголошено днем жалоби")
    d = "serhiivka_export_uk.xml#94217"
    T(d, "2022-07-01T01:00+03:00", "missiles hit the apartment block and the recreation centre (Kyiv time)", "Близько 01:00 за київським часом (UTC+3)")
    T(d, "2022-07-01", "SES: 10 dead", "Уранці 1 липня")
    T(d, "2022-07-01", "Bratchuk: 17 dead", "Надвечір")
    T(d, "2022-07-02", "toll rises to 21", "Наступного дня")
    T(d, "2023", "investigators identify 4 bomber crew members", "У 2023 році")

    d = "kakhovka_news_kk.txt"
    T(d, "2023-06-06T02:50", "Kakhovka dam destroyed", "2023 жылғы 6 маусымда, сейсенбі күні, таңғы сағат 2:50 шамасында")
    T(d, "2023-06-08", "Prokudin: 46 settlements flooded", "8 маусымда")
    d = "kakhovka_press_en.html"
    T(d, "2023-06-06T02:50", "Kakhovka dam destroyed", "on Tuesday, 6 June 2023, at about 02:50 local time")
    T(d, "2023-06-07", "water covers the lower districts of Kherson", "By the evening of 7 June")
    T(d, "2023-06-11", "rescue boat shelled near Hola Prystan", "on 11 June")
    d = "kakhovka_report_ru.txt"
    T(d, "2023-06-06T02:50", "dam of the Kakhovka hydroelectric plant destroyed", "во вторник, 6 июня, около 2:50 по местному времени")
    T(d, "2023-06-09", "occupation administration: 17 dead", "9 июня его администрация")
    T(d, "2023-06-16", "occupation administration: 41 dead", "через неделю")
    T(d, "2023-06-07", "evacuation points in Kherson shelled, 9 injured", "7 июня, по данным Херсонской")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d26t{n:03d}"
    return rows


ENTITIES = [
    ("Baku", "place", ["Баку", "Бакуде", "Бакуге", "Бакудегі", "Бакудің", "Baku"]),
    ("Neftchala", "place", ["Нефтчала", "Нефтчалу", "Neftchala"]),
    ("Lankaran", "place", ["Ләнкәран", "Лянкяран", "Lankaran"]),
    ("Azerbaijan", "place", ["Әзербайжан", "Әзербайжанда", "Азербайджана", "Azerbaijan"]),
    ("Popular Front of Azerbaijan", "org", ["Народного фронта", "Народный фронт Азербайджана", "Popular Front"]),
    ("USSR Defence Ministry", "org", ["КСРО Қорғаныс министрлігінің", "Министерство обороны СССР", "USSR Defence Ministry"]),
    ("Milli Majlis", "org", ["Милли Меджлиса", "Милли Мәжілісі"]),
    ("TASS", "org", ["ТАСС", "TASS"]),
    ("Dmitry Yazov", "person", ["Дмитрий Язов", "Язов"]),
    ("Vladimir Dubinyak", "person", ["Владимир Дубиняк", "Дубиняк"]),
    ("Dushanbe", "place", ["Душанбе", "Душанбеде", "Душанбедегі", "Душанбеден", "Dushanbe"]),
    ("Tajik SSR", "place", ["Тәжік КСР-інің", "Таджикская ССР", "Таджикской ССР"]),
    ("Kahhar Makhkamov", "person", ["Кахар Махкамов", "Махкамов, Кахар Махкамович"]),
    ("Moscow", "place", ["Москва", "Москве", "Москви", "Москві", "Moscow"]),
    ("Guryanov Street", "place", ["улице Гурьянова", "вулиці Гур'янова", "Guryanov Street"]),
    ("Pechatniki", "place", ["Печатниках", "Печатники", "Pechatniki"]),
    ("Ryazan", "place", ["Рязані", "Рязанський"]),
    ("Russian Emergencies Ministry", "org", ["МЧС России", "МЧС", "МНС Росії", "Emergencies Ministry"]),
    ("FSB", "org", ["ФСБ", "ФСБ Росії", "FSB"]),
    ("Yury Luzhkov", "person", ["Юрий Лужков", "Юрій Лужков", "Yury Luzhkov"]),
    ("Memorial", "org", ["Меморіалу", "Memorial"]),
    ("Adam Dekkushev", "person", ["Адама Деккушева", "Adam Dekkushev"]),
    ("Yusuf Krymshamkhalov", "person", ["Юсуфа Кримшамхалова", "Yusuf Krymshamkhalov"]),
    ("Serhiivka", "place", ["Сергіївка", "Сергіївці"]),
    ("Odesa region", "place", ["Одеська область", "Одеської області", "Одеській області"]),
    ("Odesa", "place", ["Одеса", "Одеси"]),
    ("Maksym Marchenko", "person", ["Максим Марченко", "Максима Марченка"]),
    ("Serhiy Bratchuk", "person", ["Сергій Братчук", "Братчук"]),
    ("Dmitry Peskov", "person", ["Дмитро Пєсков", "Пєсков"]),
    ("State Emergency Service of Ukraine", "org", ["ДСНС", "ДСНС України", "Төтенше жағдайлар қызметі"]),
    ("Kakhovka dam", "place", ["Қаховка бөгеті", "Каховской ГЭС", "Kakhovka dam"]),
    ("Kherson region", "place", ["Херсон облысының", "Херсонской области"]),
    ("Kherson", "place", ["Херсоне", "Херсона", "Kherson"]),
    ("Oleshky", "place", ["Алешки", "Алешкидің", "Алёшках", "Алёшек", "Oleshky"]),
    ("Nova Kakhovka", "place", ["Новая Каховка", "Новой Каховке", "Новой Каховки"]),
    ("Hola Prystan", "place", ["Голая Пристань", "Голой Пристани", "Hola Prystan"]),
    ("Vladimir Saldo", "person", ["Владимир Сальдо", "Сальдо"]),
    ("Vladimir Leontyev", "person", ["Владимир Леонтьев", "Леонтьев"]),
    ("Oleksandr Prokudin", "person", ["Александр Прокудин", "Прокудин"]),
    ("Ministry of Internal Affairs of Ukraine", "org", ["Украина Ішкі істер министрлігінің", "МВД Украины", "Ministry of Internal Affairs of Ukraine"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset26", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
