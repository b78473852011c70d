"""Write the gold annotations of the twenty-fourth development set: tests/data/devset24/gold/devset24.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset24.py, which checks every anchor:

    python tests/data/devset24/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `osh_report_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

KNG, BUD, CHY = "Kengir", "Budyonnovsk", "Chasiv Yar"
OSH, UZG, OSR, OSU = "Osh", "Uzgen", "Osh region", "Osh; Uzgen"
KJY, NAK = "Khojaly", "Nakhchivanik"
D_KG, D_KGMAY, D_KGALL = "1954-06-26", ["1954-05-16", "1954-05-17"], ["1954-05-16", "1954-06-26"]
D_BU = ["1995-06-14", "1995-06-19"]  # the raid and the hostage crisis
D_CY = "2022-07-09"
D_OS, D_OS148, D_UZ = "1990-06", ["1990-06-04", "1990-06-07"], ["1990-06-05", "1990-06-06"]
D_KJ = ["1992-02-25", "1992-02-26"]  # the night of 25-26 February


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Kengir uprising, 16 May - 26 June 1954
    P = dict(place=KNG, date=D_KG)
    PM = dict(place=KNG, date=D_KGMAY)
    PR, SO = "prisoners", "soldiers"
    d = "kengir_news_kk.txt"
    C(d, "killed", 37, "exact", "ресми құжатта 37 құрбан", "official document", "official", stext="ресми құжатта", **P)
    C(d, "killed", 500, "more_than", "тірі қалғандар 500-ден астам дейді", "survivors", "eyewitness", stext="тірі қалғандар", **P)
    C(d, "participants", 5200, "about", "оған 5200-ге жуық тұтқын қатысты", place=KNG, date=D_KGALL)
    C(d, "killed", 13, "exact", "Сол түні 13 тұтқын оққа ұшып", group=PR, **PM)
    C(d, "injured", 43, "exact", "43-і жараланды", group=PR, **PM)
    C(d, "deployed", 1700, "about", "1700-ге жуық әскери қызметші кіргізілді", **P)
    MV = dict(src="USSR Interior Ministry", stype="official", stext="КСРО Ішкі істер министрлігінің мұрағаттық анықтамасына сәйкес", **P)
    C(d, "killed", 37, "exact", "шабуыл кезінде 37 тұтқын қаза тапты", group=PR, **MV)
    C(d, "killed", 9, "exact", "тағы 9-ы кейін жарақаттан көз жұмды", group=PR, **MV)
    C(d, "injured", 106, "exact", "Құжатта 106 тұтқын", group=PR, **MV)
    C(d, "injured", 40, "exact", "40 әскери қызметшінің жарақат алғаны", group=SO, **MV)
    C(d, "killed", [500, 700], "range", "500-ден 700-ге дейін адам қаза тапқан", "surviving participants of the uprising", "eyewitness", stext="көтерілістің тірі қалған қатысушылары", **P)
    C(d, "killed", 3000, "more_than", "«3000-нан астам тұтқын атылды»", "social media", "social_media", "unconfirmed", group=PR, stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 3000, "more_than", "бұл цифрды негізсіз деп атады", "Karaganda museum of the victims of political repression", "official", "denied", group=PR, stext="Қарағандыдағы Саяси қуғын-сүргін құрбандарын еске алу музейінің қызметкерлері", **P)
    C(d, "convicted", None, "vague", "бірнеше басшы сотталды", place=KNG, date="1956")
    C(d, "convicted", 5, "exact", "5 адамға өлім жазасы кесілді", place=KNG, date="1956")

    d = "kengir_wiki_ru.wiki"
    C(d, "participants", 5200, "about", "| участники      = около 5200 заключённых", "ROSSPEN (History of Stalin's Gulag)", "media", stext="РОССПЭН", place=KNG, date=D_KGALL)
    C(d, "killed", 46, "exact", "| погибшие       = 46 (официально)", "USSR Interior Ministry", "official", stext="Справка МВД СССР", **P)
    C(d, "injured", 106, "exact", "| раненые        = 106 заключённых, 40 военнослужащих", group=PR, **P)
    C(d, "injured", 40, "exact", "| раненые        = 106 заключённых, 40 военнослужащих", group=SO, **P)
    C(d, "killed", 13, "exact", "было убито 13 человек", group=PR, **PM)
    C(d, "injured", 43, "exact", "ещё 43 получили ранения", group=PR, **PM)
    MV = dict(src="USSR Interior Ministry", stype="official", **P)
    C(d, "deployed", 1700, "exact", "по данным МВД, 1700 солдат и офицеров конвойных войск", stext="по данным МВД", **MV)
    MV["stext"] = "Согласно справке, составленной руководством МВД"
    C(d, "killed", 37, "exact", "при подавлении было убито 37 заключённых", group=PR, **MV)
    C(d, "killed", 9, "exact", "9 впоследствии скончались от ран", group=PR, **MV)
    C(d, "injured", 106, "exact", "ранены 106 заключённых и 40 военнослужащих", group=PR, **MV)
    C(d, "injured", 40, "exact", "и 40 военнослужащих", group=SO, **MV)
    C(d, "killed", [500, 700], "range", "цифры от 500 до 700 человек", "former prisoners", "eyewitness", stext="Бывшие узники", **P)
    C(d, "killed", 600, "about", "о примерно 600 убитых и раненых", "Alexander Solzhenitsyn", "media", alt=["casualties:about"], stext="Александр Солженицын", **P)
    C(d, "convicted", 5, "exact", "к высшей мере наказания приговорены пятеро", "Supreme Court of the Kazakh SSR", "official", stext="Верховный суд Казахской ССР", place=KNG, date="1956")

    f = "kengir_feed_en.rss#"
    C(f + "kgr-1", "participants", 5200, "about", "Some 5,200 prisoners of the Steplag camp", place=KNG, date=D_KGALL)
    C(f + "kgr-1", "killed", 13, "exact", "killing 13 of them on the night of 16 to 17 May", group=PR, **PM)
    C(f + "kgr-1", "deployed", 1700, "about", "about 1,700 troops broke in", **P)
    C(f + "kgr-1", "killed", 37, "exact", "The Interior Ministry put the dead at 37", "Interior Ministry", "official", **P)
    C(f + "kgr-2", "killed", None, "vague", 'Survivors: "hundreds" died', "survivors", "eyewitness", **P)
    C(f + "kgr-2", "killed", [500, 700], "range", "put the death toll of the storming at between 500 and 700", "former prisoners interviewed by Memorial", "eyewitness", **P)
    C(f + "kgr-2", "killed", 46, "exact", "an official count of 46", "Interior Ministry report", "official", **P)
    C(f + "kgr-2", "killed", 9, "exact", "including 9 who died of wounds in hospital", "Interior Ministry report", "official", **P)
    C(f + "kgr-2", "injured", 106, "exact", "The same ministry report listed 106 prisoners", "Interior Ministry report", "official", group=PR, **P)
    C(f + "kgr-2", "injured", 40, "exact", "40 soldiers as wounded", "Interior Ministry report", "official", group=SO, **P)
    C(f + "kgr-2", "killed", 3000, "at_most", '"up to 3,000" inmates were shot', "a post on Russian-language social media", "social_media", "unconfirmed", group=PR, **P)
    C(f + "kgr-2", "killed", 3000, "at_most", "Historians at the Karaganda memorial museum called the figure unfounded", "historians at the Karaganda memorial museum", "official", "denied", group=PR, **P)
    C(f + "kgr-2", "convicted", 5, "exact", "a court handed death sentences to five of its leaders", place=KNG, date="1956")

    # ================================================================ Budyonnovsk hospital hostage crisis, 14-19 June 1995
    P = dict(place=BUD, date=D_BU)
    POL, HOS, ATT, ALF = "police", "hostages", "attackers", "Alpha officers"
    d = "budennovsk_timeline_ru.md"
    UV = dict(src="Stavropol krai police department", stype="official", stext="УВД Ставропольского края", place=BUD, date="1995-06-14")
    C(d, "killed", 12, "at_least", "убиты не менее 12 сотрудников милиции", group=POL, **UV)
    C(d, "killed", 5, "exact", "расстреляны пятеро заложников", group=HOS, place=BUD, date="1995-06-15")
    C(d, "injured", 117, "exact", "поступили 117 раненых", "Stavropol krai health committee", "official", stext="Краевой комитет здравоохранения", place=BUD, date=["1995-06-14", "1995-06-15"])
    C(d, "killed", 41, "exact", "Администрация края называет 41 погибшего", "Stavropol krai administration", "official", stext="Администрация края", place=BUD, date=["1995-06-14", "1995-06-15"])
    C(d, "deployed", 2000, "more_than", "стянуто свыше 2000 военнослужащих и сотрудников милиции", "Interior Ministry", "official", stext="По данным МВД", place=BUD, date="1995-06-16")
    C(d, "killed", 30, "at_least", "при штурме погибли по меньшей мере 30 заложников", "correspondents at the hospital", "media", group=HOS, stext="Корреспонденты, находившиеся у больницы", place=BUD, date="1995-06-17")
    FS = dict(src="FSK (Federal Counterintelligence Service)", stype="official", stext="ФСК", place=BUD, date="1995-06-17")
    C(d, "killed", 3, "exact", "погибли трое бойцов «Альфы»", group=ALF, **FS)
    C(d, "injured", 15, "about", "ранены ещё около 15", group=ALF, **FS)
    C(d, "killed", None, "vague", "погибли «сотни» заложников", "talk in the town", "unknown", "unconfirmed", group=HOS, stext="В городе говорят", place=BUD, date="1995-06-17")
    C(d, "killed", None, "vague", "Пресс-служба МВД России назвала эти сведения «вымыслом»", "Russian Interior Ministry press service", "official", "denied", group=HOS, stext="Пресс-служба МВД России", place=BUD, date="1995-06-17")
    MZ = dict(src="Russian health ministry", stype="official", stext="Минздрав России", **P)
    C(d, "killed", 129, "exact", "погибли 129 человек", **MZ)
    C(d, "killed", 18, "exact", "из них 18 сотрудников милиции", group=POL, **MZ)
    C(d, "injured", 415, "exact", "ранения получили 415 человек", **MZ)
    C(d, "dismissed", 2, "exact", "отправляет в отставку министра внутренних дел Виктора Ерина и директора ФСК Сергея Степашина", place=BUD, date="1995-06-30")
    C(d, "dismissed", 1, "exact", "уволен губернатор края Евгений Кузнецов", place=BUD, date="1995-06-29")
    C(d, "killed", 143, "exact", "погибших 143, в том числе умершие от ран", "Prosecutor General's Office", "official", stext="Генеральная прокуратура", **P)
    C(d, "killed", 147, "exact", "внесены 147 имён", **P)
    C(d, "convicted", 20, "more_than", "осуждены более 20 участников рейда", place=BUD, date=["1995", "2005"])
    # the table of figures per source
    C(d, "killed", 12, "at_least", "| УВД Ставропольского края | 14.06 | — | не менее 12 | — |", group=POL, **UV)
    r = "| Администрация края | 15.06 | 41 | — | 117 |"
    C(d, "killed", 41, "exact", r, "Stavropol krai administration", "official", stext="Администрация края", place=BUD, date=["1995-06-14", "1995-06-15"])
    C(d, "injured", 117, "exact", r, "Stavropol krai administration", "official", stext="Администрация края", place=BUD, date=["1995-06-14", "1995-06-15"])
    r = "| Минздрав России | 21.06 | 129 | 18 | 415 |"
    for m, v, g in (("killed", 129, None), ("killed", 18, POL), ("injured", 415, None)):
        C(d, m, v, "exact", r, "Russian health ministry", "official", group=g, stext="Минздрав России", **P)
    C(d, "killed", 143, "exact", "| Генеральная прокуратура | 07.1995 | 143 | — | — |", "Prosecutor General's Office", "official", stext="Генеральная прокуратура", **P)
    C(d, "killed", 147, "exact", "| Мемориальный список | 2005 | 147 | — | — |", "memorial list of victims", "unknown", stext="Мемориальный список", **P)

    d = "budennovsk_report_uk.txt"
    C(d, "killed", 143, "exact", "кількість загиблих зросла до 143", **P)
    GP = dict(src="Prosecutor General's Office of Russia", stype="official", **P)
    C(d, "killed", 143, "exact", "загинули 143 особи", stext="Генеральна прокуратура Росії", **GP)
    C(d, "killed", 129, "exact", "офіційна цифра становила 129 загиблих", "officials", "official", stext="офіційна цифра", **P)
    GP["stext"] = "За даними прокуратури"
    C(d, "killed", 18, "exact", "серед загиблих — 18 міліціонерів", group=POL, **GP)
    C(d, "killed", 17, "exact", "і 17 військовослужбовців", group="servicemen", **GP)
    C(d, "injured", 400, "more_than", "Поранено понад 400 мешканців міста", **GP)
    C(d, "injured", 63, "exact", "у лікарнях краю досі перебувають 63 з них", **GP)
    BS = dict(src="Shamil Basayev, the attackers' commander", stype="opposition", stext="Сам Басаєв")
    C(d, "killed", 30, "at_least", "«щонайменше 30 заложників»", group=HOS, place=BUD, date="1995-06-17", **BS)
    C(d, "killed", [30, 40], "range", "в 30–40 осіб", "Memorial human rights defenders", "ngo", group=HOS, stext="Правозахисники з «Меморіалу»", place=BUD, date="1995-06-17")
    BS["stext"] = "За словами Басаєва"
    C(d, "killed", 11, "exact", "його загін втратив 11 бійців убитими", group=ATT, **BS, **P)
    C(d, "killed", 20, "exact", "говорять про 20 знищених бойовиків", "Russian security forces", "official", group=ATT, stext="Російські силовики", **P)
    C(d, "detained", 2, "exact", "затримано двох", "prosecutors", "official", stext="за даними прокуратури", place=BUD, date="1995")
    C(d, "charged", 1, "exact", "одному з них пред'явлено обвинувачення", "prosecutors", "official", stext="за даними прокуратури", place=BUD, date="1995")

    # ================================================================ Chasiv Yar strike, Saturday 9 July 2022
    P = dict(place=CHY, date=D_CY)
    CH, UA = "children", "Ukrainian soldiers"
    d = "chasivyar_statement_uk.txt"  # the head of the Donetsk regional military administration in his own voice
    C(d, "buildings_damaged", 2, "exact", "Дві п'ятиповерхівки на вулиці Центральній частково зруйновані", **P)
    C(d, "killed", 34, "exact", "дістали з-під завалів тіла 34 людей", **P)
    C(d, "killed", 1, "exact", "Серед загиблих — дев'ятирічний хлопчик", group=CH, **P)
    C(d, "injured", 3, "exact", "ще 3 людей ми госпіталізували з травмами", **P)
    C(d, "killed", 15, "exact", "Учора вранці ми говорили про 15 загиблих", **P)
    C(d, "missing", 20, "at_most", "під уламками можуть залишатися до 20 людей", "residents", "eyewitness", stext="За словами мешканців", **P)
    C(d, "deployed", 100, "more_than", "понад 100 рятувальників ДСНС", **P)
    C(d, "buildings_damaged", 6, "exact", "Пошкоджено ще 6 будинків поруч", **P)
    C(d, "killed", 300, "more_than", "«понад 300 націоналістів»", "Russian Defence Ministry", "official", "unconfirmed", group=UA, stext="Міністерство оборони Росії", **P)
    C(d, "killed", 300, "more_than", "Це цинічна брехня", mod="denied", group=UA, **P)

    d = "chasivyar_export_uk.xml#81562"
    SD = dict(src="Suspilne Donbas", stype="media", stext="Суспільне Донбас", **P)
    C(d, "killed", 48, "exact", "| загиблі   = 48", **SD)
    C(d, "killed", 48, "exact", "У Часовому Яру завершили пошукову операцію: загинули 48 людей", **SD)
    C(d, "buildings_damaged", 2, "exact", "влучили у дві п'ятиповерхівки", **P)
    C(d, "killed", 15, "exact", "повідомила про 15 загиблих", "State Emergency Service", "official", stext="Державна служба з надзвичайних ситуацій", **P)
    C(d, "killed", 34, "exact", "назвав 34 загиблих", "Donetsk regional military administration head Pavlo Kyrylenko", "official", stext="голова Донецької ОВА [[Павло Кириленко]]", **P)
    C(d, "killed", 34, "exact", "Кириленко: кількість загиблих у Часовому Яру зросла до 34", "Ukrinform", "media", stext="Укрінформ", **P)
    C(d, "killed", 43, "exact", "ДСНС повідомила про 43 тіла", "State Emergency Service", "official", stext="ДСНС", **P)
    C(d, "killed", 48, "exact", "загалом загинули 48 людей", **P)
    C(d, "killed", 1, "exact", "серед них одна дитина", group=CH, **P)
    C(d, "killed", 300, "more_than", "знищено понад 300 бійців", "Russian Defence Ministry", "official", "unconfirmed", group=UA, stext="Міністерство оборони Росії", **P)
    C(d, "killed", 300, "more_than", "Українська влада назвала ці твердження неправдою", "Ukrainian authorities", "official", "denied", group=UA, stext="Українська влада", **P)

    d = "chasivyar_mtblog_en.txt"
    C(d, "killed", 6, "exact", "Under the ruins are found dead 6 persons", **P)
    C(d, "missing", 30, "about", "in the house remained about 30 inhabitants", "the neighbors", "eyewitness", **P)
    C(d, "killed", 15, "exact", "are lost 15 persons", "SES", "official", **P)
    C(d, "deployed", 40, "about", "near 40 people of us work in shifts", **P)
    C(d, "killed", 34, "exact", "the dead are 34", "The head of the region Kyrylenko", "official", **P)
    C(d, "killed", 1, "exact", "Among them is a child", "The head of the region Kyrylenko", "official", group=CH, **P)
    C(d, "killed", 43, "exact", "taken out already 43 bodies", "SES", "official", **P)
    C(d, "killed", 300, "more_than", "more than 300 are destroyed", "Some channels of Russians", "social_media", "unconfirmed", group=UA, **P)
    C(d, "killed", 300, "more_than", "This is a lie, the SES and the police say", "the SES and the police", "official", "denied", group=UA, **P)
    C(d, "killed", 48, "exact", "Are lost 48 persons", **P)
    C(d, "killed", 100, "more_than", 'the dead are "more than 100"', "rumors reposted online", "social_media", "unconfirmed", **P)

    # ================================================================ Osh and Uzgen clashes, June 1990
    d = "osh_report_ru.txt"  # cp1251
    MK = dict(src="Kirghiz SSR Interior Ministry", stype="official", stext="По официальным данным МВД Киргизской ССР", place=OSR, date=D_OS148)
    C(d, "killed", 148, "exact", "на утро 7 июня погибли 148 человек", **MK)
    C(d, "injured", 400, "more_than", "более 400 госпитализированы", **MK)
    C(d, "detained", 218, "exact", "задержаны 218 человек", "republican prosecutor's office", "official", stext="Представитель республиканской прокуратуры", place=OSR, date=["1990-06-04", "1990-06-08"])
    C(d, "killed", 40, "at_least", "там погибли не менее 40 человек", "head of the district police department", "official", stext="По словам начальника районного отдела внутренних дел", place=UZG, date=D_UZ)
    C(d, "buildings_damaged", None, "vague", "в городе горели десятки домов", "eyewitnesses", "eyewitness", stext="Очевидцы", place=UZG, date=D_UZ)
    HQ = dict(src="headquarters for dealing with the aftermath", stype="official", stext="штаб по ликвидации последствий", place=OSR, date=D_OS)
    C(d, "vehicles_damaged", 89, "exact", "сожжено 89 автомашин", **HQ)
    C(d, "buildings_damaged", 300, "about", "повреждено около 300 домов", **HQ)
    C(d, "buildings_damaged", 2, "exact", "на предприятии сгорели два склада", "management of the Osh silk factory", "company", stext="Руководство Ошского шелкового комбината", place=OSH, date="1990-06-04")
    C(d, "killed", None, "vague", "слухи о «тысячах» погибших", "rumours among residents", "unknown", "unconfirmed", stext="Среди жителей Оша ходят слухи", place=OSH, date=D_OS)
    C(d, "killed", None, "vague", "В прокуратуре республики эти разговоры назвали провокационными", "republican prosecutor's office", "official", "denied", stext="В прокуратуре республики", place=OSH, date=D_OS)
    C(d, "participants", None, "vague", "толпа в несколько тысяч человек", place=OSR, date="1990-06-07")

    d = "osh_news_kk.txt"
    P = dict(place=OSU, date=D_OS)
    C(d, "killed", 305, "exact", "ресми 305 құрбан", "official figures", "official", stext="ресми", **P)
    C(d, "killed", 1000, "more_than", "тарихшылар мыңнан астам дейді", "historians", "ngo", stext="тарихшылар", **P)
    PG = dict(src="investigation group of the USSR Prosecutor's Office", stype="official", stext="КСРО Бас прокуратурасының тергеу тобының мәліметінше", **P)
    C(d, "killed", 305, "exact", "қақтығыста 305 адам қаза тапты", **PG)
    C(d, "injured", 462, "exact", "462 адам ауруханаға жатқызылды", **PG)
    C(d, "buildings_damaged", 500, "more_than", "500-ден астам үйдің өртелгенін тіркеді", **PG)
    C(d, "killed", 1000, "more_than", "1000-нан астам адам өлтірілген", "independent researchers and historians", "ngo", stext="Тәуелсіз зерттеушілер мен тарихшылар", **P)
    C(d, "killed", 10000, "at_most", "қаза тапқандар 10 мыңға дейін жетуі мүмкін", "Uzbek community activists", "activist", "unconfirmed", stext="Өзбек қауымдастығының белсенділері", **P)
    C(d, "killed", None, "vague", "ондаған адам қаза тапты", "eyewitnesses", "eyewitness", stext="Куәгерлердің айтуынша", place=UZG, date=D_UZ)
    C(d, "deployed", 5000, "about", "5000-ға жуық әскери қызметші жіберілді", "USSR Interior Ministry", "official", stext="Одақтың Ішкі істер министрлігінің дерегі бойынша", **P)
    C(d, "convicted", 40, "more_than", "40-тан астам адам сотталды", place=OSU, date=None)

    w = "osh_wiki_en.atom#osh-wp"
    PG = dict(src="investigation group of the USSR Prosecutor's Office", stype="official", **P)
    C(w, "killed", 305, "exact", "| casualties1 = 305 killed (official)", **PG)
    C(w, "killed", [1000, 1200], "range", "| casualties2 = 1,000–1,200 killed (unofficial estimates)", "unofficial estimates", "unknown", **P)
    C(w, "injured", 462, "exact", "| casualties3 = 462 hospitalized", **P)
    C(w, "killed", 148, "exact", "Death toll in Kirghiz ethnic clashes reaches 148", "TASS", "media", place=OSU, date=D_OS148)
    C(w, "killed", 148, "exact", "Soviet authorities first reported 148 dead by 7 June", "Soviet authorities", "official", place=OSU, date=D_OS148)
    C(w, "killed", 305, "exact", "later put the toll at 305", **PG)
    C(w, "injured", 462, "exact", "with 462 people hospitalized", **PG)
    C(w, "buildings_damaged", 573, "exact", "573 houses burned", **PG)
    C(w, "killed", [1000, 1200], "range", "estimated that between 1,000 and 1,200 people were killed", "Kyrgyz historians", "ngo", **P)
    C(w, "deployed", 5000, "about", "about 5,000 men in all", place=OSU, date="1990-06-05")
    C(w, "killed", 40, "at_least", "at least 40 people died according to the district police", "the district police", "official", place=UZG, date="1990-06-06")
    w = "osh_wiki_en.atom#osh-talk"
    PS = dict(src="the prosecutor's summary of 1991", stype="official", **P)
    C(w, "detained", 1000, "more_than", "more than 1,000 people were detained during the state of emergency", **PS)
    C(w, "vehicles_damaged", 89, "exact", "89 vehicles were burned", **PS)
    C(w, "killed", 10000, "at_most", '"up to 10,000 dead"', "a forum post by Uzbek activists", "activist", "unconfirmed", **P)
    C(w, "killed", 10000, "at_most", "the prosecutor's office called such numbers fabricated at the time", "the prosecutor's office", "official", "denied", **P)

    # ================================================================ Khojaly, night of 25-26 February 1992
    P = dict(place=KJY, date=D_KJ)
    WO, CH, FI = "women", "children", "fighters"
    d = "khojaly_press_en.html"  # the Khojaly Remembrance Committee in its own voice
    C(d, "killed", 613, "exact", "Thirty years after Khojaly: 613 lives", **P)
    SC = dict(src="state commission of Azerbaijan", stype="official", **P)
    C(d, "killed", 613, "exact", "613 civilians were killed", **SC)
    C(d, "killed", 613, "exact", "<tr><td>Killed in total</td><td>613</td></tr>", **SC)
    C(d, "killed", 106, "exact", "<tr><td>of them women</td><td>106</td></tr>", group=WO, **SC)
    C(d, "killed", 63, "exact", "<tr><td>of them children</td><td>63</td></tr>", group=CH, **SC)
    C(d, "injured", 487, "exact", "<tr><td>Wounded</td><td>487</td></tr>", **SC)
    C(d, "missing", 150, "exact", "<tr><td>Still missing</td><td>150</td></tr>", **SC)
    C(d, "killed", 161, "at_least", "at least 161 civilians killed", "Human Rights Watch", "ngo", **P)
    C(d, "killed", 200, "about", "some 200 bodies brought to Aghdam within four days", "Memorial human rights centre", "ngo", **P)
    C(d, "killed", None, "vague", "most of the dead were fighters", "Armenian officials", "official", "unconfirmed", group=FI, **P)
    C(d, "killed", None, "vague", "we reject that account", mod="denied", group=FI, **P)

    d = "khojaly_news_kk.txt"
    C(d, "killed", 613, "exact", "Әзербайжан 613 құрбанды еске алды", "Azerbaijan", "official", stext="Әзербайжан", **P)
    MM = dict(src="commission of the Milli Majlis of Azerbaijan", stype="official", stext="Әзербайжан Милли Мәжілісі комиссиясының қорытындысы бойынша", **P)
    C(d, "killed", 613, "exact", "613 бейбіт тұрғын қаза тапты", **MM)
    C(d, "killed", 63, "exact", "оның ішінде 63 бала", group=CH, **MM)
    C(d, "killed", 106, "exact", "106 әйел бар", group=WO, **MM)
    C(d, "injured", 487, "exact", "487 адам жараланды", **MM)
    C(d, "missing", 150, "exact", "150 адам әлі күнге дейін хабар-ошарсыз", **MM)
    C(d, "killed", 161, "at_least", "кемінде 161 бейбіт тұрғынның өлтірілгенін", "Human Rights Watch", "ngo", stext="Human Rights Watch ұйымы", **P)
    C(d, "killed", 200, "about", "200-ге жуық мәйіт әкелінгенін", "Memorial human rights centre", "ngo", stext="Ресейлік «Мемориал» құқық қорғау орталығы", **P)

    f = "khojaly_articles_ru.jsonl#"
    C(f + "hj1", "killed", None, "vague", "Баку говорит о сотнях погибших", "Baku (Azerbaijani authorities)", "official", stext="Баку", **P)
    C(f + "hj1", "killed", 85, "exact", "найдены тела 85 человек", "Azerbaijani Interior Ministry", "official", stext="МВД Азербайджана", **P)
    C(f + "hj1", "injured", 140, "exact", "к нему доставлены 140 раненых", "chief doctor of the Aghdam hospital", "official", stext="Главный врач агдамской больницы", **P)
    C(f + "hj1", "killed", 1000, "more_than", "погибли свыше 1000 жителей", "Popular Front of Azerbaijan", "opposition", "unconfirmed", stext="Оппозиционный Народный фронт Азербайджана", **P)
    C(f + "hj1", "killed", 1000, "more_than", "Пресс-служба армянских сил самообороны назвала эти сообщения «дезинформацией»", "press service of the Armenian self-defence forces", "official", "denied", stext="Пресс-служба армянских сил самообороны", **P)
    C(f + "hj1", "killed", None, "vague", "видели на склонах десятки тел", "Azerbaijani journalists", "media", stext="Азербайджанские журналисты", place=NAK, date=D_KJ)
    ME = dict(src="Memorial human rights centre", stype="ngo", **P)
    C(f + "hj2", "killed", 200, "about", "за четыре дня в Агдам привезли около 200 тел", stext="«Мемориал»", **ME)
    C(f + "hj2", "killed", 200, "about", "в Агдам было доставлено около 200 тел", stext="Правозащитный центр «Мемориал»", **ME)
    FX = dict(src="forensic experts", stype="official", stext="Судебно-медицинские эксперты", **P)
    C(f + "hj2", "killed", 181, "exact", "осмотрели 181 тело", **FX)
    C(f + "hj2", "killed", 130, "exact", "130 мужчин", group="men", **FX)
    C(f + "hj2", "killed", 51, "exact", "и 51 женщину", group=WO, **FX)
    C(f + "hj2", "killed", 13, "exact", "среди них 13 детей", group=CH, **FX)
    C(f + "hj2", "killed", 450, "more_than", "называет более 450 погибших", "commission of the Supreme Council of Azerbaijan", "official", stext="Комиссия Верховного Совета Азербайджана", **P)
    C(f + "hj2", "missing", 300, "about", "судьба примерно 300 человек остаётся неизвестной", "association of refugees from Khojaly", "ngo", stext="представителей ассоциации беженцев из Ходжалы", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d24g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "kengir_news_kk.txt"
    T(d, "1954-05-16", "uprising begins", "1954 жылғы 16 мамырда басталып")
    T(d, "1954-05-16", "guards fire on prisoners breaking the wall", "16 мамырдан 17 мамырға қараған түні")
    T(d, "1954-06-26T03:30", "tanks and troops storm the camp", "Сенбі күні, 26 маусымда, таңғы сағат 3:30 шамасында")
    T(d, "1956", "trial of the leaders, five death sentences", "1956 жылы өткен сотта")
    d = "kengir_wiki_ru.wiki"
    T(d, "1954-05-16", "prisoners break the wall, guards open fire", "В ночь на 17 мая 1954 года")
    T(d, "1954-05-17", "prisoners expel the administration and elect a commission", "На следующий день")
    T(d, "1954-06-26T03:30", "tanks and convoy troops enter the zone (local time)", "26 июня 1954 года около 3:30 утра по местному времени")
    T(d, "1954-06-28", "Interior Ministry report on the suppression", "через два дня")
    T(d, "1956", "Supreme Court of the Kazakh SSR sentences the leaders", "В 1956 году Верховный суд Казахской ССР осудил")
    f = "kengir_feed_en.rss#"
    T(f + "kgr-1", "1954-05-16", "guards kill 13 prisoners at the wall", "on the night of 16 to 17 May")
    T(f + "kgr-1", "1954-06-26", "tanks and troops break into the camp", "At dawn on Saturday, 26 June")
    T(f + "kgr-2", "1956", "death sentences for five leaders", "in 1956 a court handed death sentences")

    d = "budennovsk_timeline_ru.md"
    T(d, "1995-06-14", "Basayev's fighters enter Budyonnovsk", "Днём в среду, 14 июня 1995 года")
    for day, entries in (("1995-06-14", (("11:50", "trucks stop at the city police department, shooting begins"), ("12:30", "city administration seized"), ("13:40", "attackers occupy the hospital"), ("16:15", "krai police: at least 12 officers killed"), ("19:00", "Basayev's demands"), ("22:30", "bodies lie in the streets"))),
                         ("1995-06-15", (("09:10", "Basayev threatens to shoot hostages"), ("11:00", "five hostages shot"), ("14:20", "health committee: 117 injured"), ("18:00", "krai administration: 41 dead"), ("23:40", "Alpha and special forces arrive"))),
                         ("1995-06-16", (("10:30", "negotiations fail"), ("15:00", "more than 2000 troops and police gathered"), ("20:50", "Duma deputies offer themselves in exchange"))),
                         ("1995-06-17", (("04:55", "storming of the hospital begins"), ("08:40", "first attack repelled"), ("10:15", "correspondents: at least 30 hostages killed in the storming"), ("11:00", "FSK: three Alpha officers killed"), ("12:30", "227 women and children released"), ("17:20", "rumours of hundreds dead called fiction"))),
                         ("1995-06-18", (("11:00", "Chernomyrdin talks to Basayev by phone"), ("16:30", "agreement reached"), ("21:00", "most hostages leave the hospital"))),
                         ("1995-06-19", (("16:00", "fighters leave on six buses with volunteer hostages"), ("22:00", "column reaches Zandak, hostages freed")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+04:00", label, f"**{hm}**")
    T(d, "1995-06-21", "health ministry: 129 dead, 415 injured", "**21 июня**")
    T(d, "1995-06-30", "Yeltsin dismisses Yerin and Stepashin", "**30 июня**")
    T(d, "1995-06-29", "governor Yevgeny Kuznetsov dismissed", "днём ранее уволен губернатор края")
    T(d, "1995-07", "Prosecutor General's Office: 143 dead", "**Июль 1995 года**")
    T(d, "2005", "memorial list of 147 names; more than 20 convicted", "**2005 год**")
    d = "budennovsk_report_uk.txt"
    T(d, "1995-06-14T12:00", "Basayev's unit bursts into the town", "14 червня близько полудня")
    T(d, "1995-06-17", "storming of the hospital", "штурм 17 червня")

    d = "chasivyar_statement_uk.txt"
    T(d, "2022-07-09T21:30", "Uragan rockets hit the apartment blocks", "Увечері в суботу, 9 липня, близько 21:30")
    T(d, "2022-07-11T09:00", "status: 34 bodies recovered", "Станом на 09:00 11 липня")
    T(d, "2022-07-10", "toll given as 15", "Учора вранці")
    d = "chasivyar_export_uk.xml#81562"
    T(d, "2022-07-09T21:30+03:00", "rockets hit two apartment blocks (Kyiv time)", "в суботу, 9 липня, близько 21:30 за київським часом (UTC+3)")
    T(d, "2022-07-10", "SES: 15 dead, 5 rescued", "Уранці 10 липня")
    T(d, "2022-07-11", "Kyrylenko: 34 dead", "Наступного дня")
    T(d, "2022-07-12", "SES: 43 bodies", "12 липня ДСНС")
    T(d, "2022-07-13", "search completed: 48 dead", "13 липня рятувальники завершили")
    d = "chasivyar_mtblog_en.txt"
    T(d, "2022-07-09T21:30", "rocket strike on Tsentralna street", "On Saturday 9 July in 21.30 hours")
    for upd, when, label in (("10.07 08.00", "2022-07-10T08:00", "6 dead found, 5 pulled out alive"), ("10.07 19.00", "2022-07-10T19:00", "SES: 15 dead"),
                             ("11.07 12.00", "2022-07-11T12:00", "Kyrylenko: 34 dead"), ("12.07 20.00", "2022-07-12T20:00", "SES: 43 bodies"), ("13.07 16.00", "2022-07-13T16:00", "search finished: 48 dead")):
        T(d, when, label, f"Update {upd}")

    d = "osh_report_ru.txt"
    T(d, "1990-06-04T17:00", "clash on the collective farm land on the edge of Osh", "в понедельник, 4 июня, около 17:00")
    T(d, "1990-06-07", "Interior Ministry: 148 dead", "на утро 7 июня")
    T(d, "1990-06-05", "riots spread to Uzgen", "куда беспорядки перекинулись 5–6 июня")
    T(d, "1990-06-04", "two warehouses of the silk factory burn", "в ночь на 5 июня")
    T(d, "1990-06-07", "crowd from Andijan tries to break through to Osh", "накануне толпа")
    d = "osh_news_kk.txt"
    T(d, "1990-06-04", "clash begins over collective farm land in Osh", "1990 жылғы 4 маусымда, дүйсенбі күні")
    T(d, "1990-06-05", "clashes in Uzgen", "Өзгендегі қақтығыс 5-6 маусымда")
    w = "osh_wiki_en.atom#osh-wp"
    T(w, "1990-06-04T17:00", "clashes begin on disputed collective farm land", "at about 17:00 on disputed land")
    T(w, "1990-06-07", "authorities report 148 dead", "first reported 148 dead by 7 June")
    T(w, "1990-06-05", "troops moved in, state of emergency", "moved into the region on 5 June")
    T(w, "1990-06-06", "rioting peaks in Uzgen", "rioting peaked on 6 June")

    d = "khojaly_press_en.html"
    T(d, "1992-02-25T23:00", "assault on Khojaly begins", "On the night of Tuesday, 25 February 1992, at around 23:00")
    T(d, "1992-02-26", "Khojaly falls", "By the morning of 26 February")
    d = "khojaly_news_kk.txt"
    T(d, "1992-02-25", "Armenian units take Khojaly", "1992 жылғы 25 ақпаннан 26 ақпанға қараған түні")
    f = "khojaly_articles_ru.jsonl#"
    T(f + "hj1", "1992-02-25T23:00", "storming begins with shelling", "Штурм, по словам беженцев, начался около 23:00")
    T(f + "hj1", "1992-02-27", "Azerbaijani Interior Ministry: 85 bodies found", "В четверг, 27 февраля")
    T(f + "hj2", "1992-02-26", "about 200 bodies brought to Aghdam over four days", "с 26 по 29 февраля")
    T(f + "hj2", "1992-03-06", "Mutalibov resigns", "В пятницу, 6 марта")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d24t{n:03d}"
    return rows


ENTITIES = [
    ("Kengir", "place", ["Кеңгір", "Кеңгірдегі", "Кенгир", "Kengir"]),
    ("Steplag", "place", ["Степлагтың", "Степлаг", "Степлага", "Steplag"]),
    ("Zhezkazgan", "place", ["Жезқазған", "Жезқазғаннан", "Джезказган"]),
    ("Karaganda", "place", ["Қарағандыдағы", "Karaganda"]),
    ("Kazakh SSR", "place", ["Казахская ССР", "Казахской ССР", "Kazakh SSR"]),
    ("Kapiton Kuznetsov", "person", ["Капитон Кузнецов", "Капитоном Кузнецовым"]),
    ("Alexander Solzhenitsyn", "person", ["Александр Солженицын", "Солженицын А. И."]),
    ("Memorial", "org", ["Мемориал", "Меморіалу", "Memorial"]),
    ("USSR Interior Ministry", "org", ["МВД СССР", "КСРО Ішкі істер министрлігінің"]),
    ("Budyonnovsk", "place", ["Будённовск", "Будённовске", "Будённовску", "Будённовска", "Будьонновськ", "Будьонновську"]),
    ("Stavropol krai", "place", ["Ставропольского края", "Ставропольщині"]),
    ("Shamil Basayev", "person", ["Шамиля Басаева", "Басаев", "Басаевым", "Шаміля Басаєва", "Басаєв", "Басаєва"]),
    ("Alpha group", "org", ["Альфа", "Альфы"]),
    ("Chechnya", "place", ["Чечне", "Чечнею"]),
    ("Chasiv Yar", "place", ["Часів Яр", "Часовому Яру", "Часового Яру", "Chasiv Yar"]),
    ("Donetsk region", "place", ["Донецька область", "Донеччині", "Донеччини", "Донецької області"]),
    ("Pavlo Kyrylenko", "person", ["Павло Кириленко", "Кириленко", "Kyrylenko"]),
    ("State Emergency Service of Ukraine", "org", ["ДСНС", "Державна служба з надзвичайних ситуацій", "SES"]),
    ("Osh", "place", ["Ош", "Оша", "Ошу", "Оштағы", "Osh"]),
    ("Osh region", "place", ["Ошской области", "Ошская область"]),
    ("Uzgen", "place", ["Узгене", "Өзген", "Өзгенде", "Өзгендегі", "Uzgen"]),
    ("Kirghiz SSR", "place", ["Киргизской ССР", "Kirghiz SSR"]),
    ("Kyrgyzstan", "place", ["Қырғызстандағы", "Қырғызстанның"]),
    ("Bishkek", "place", ["Бішкек", "Бішкектен"]),
    ("USSR Prosecutor's Office", "org", ["КСРО Бас прокуратурасының", "USSR Prosecutor's Office"]),
    ("Khojaly", "place", ["Ходжалы", "Ходжалыдағы", "Ходжалыда", "Khojaly"]),
    ("Aghdam", "place", ["Агдам", "Ағдамға", "Aghdam"]),
    ("Nakhchivanik", "place", ["Нахичеваника", "Нахичеваник", "Nakhchivanik"]),
    ("Nagorno-Karabakh", "place", ["Нагорном Карабахе", "Таулы Қарабақтағы", "Nagorno-Karabakh"]),
    ("Azerbaijan", "place", ["Азербайджана", "Әзербайжан", "Әзербайжанда", "Azerbaijan"]),
    ("Popular Front of Azerbaijan", "org", ["Народный фронт Азербайджана", "Народного фронта"]),
    ("Ayaz Mutalibov", "person", ["Аяза Муталибова", "Аяз Муталибов"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset24", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
