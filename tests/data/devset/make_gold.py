"""Write the gold annotations of the development set: tests/data/devset/gold/devset.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset.py, which checks every anchor:

    python tests/data/devset/make_gold.py

Conventions are those of ../shared/gold/seeds.* and tests/data/gold/README.md (see ./README.md).
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

KZ, ALA = "Kazakhstan", "Almaty"
ODS, OSH, OSHJ = "Odesa", "Osh", "Osh; Jalal-Abad"
KERCH, KYIV = "Kerch", "Kyiv"
MINE = "Kostenko mine (Karaganda)"
KREG = "Karaganda Region"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ January 2022, Kazakhstan
    def upto(d):  # tolls reported on day d count deaths since the shooting began (4 January)
        return ["2022-01-04", d]

    d = "qantar_wire_en.txt"
    C(d, "killed", 164, "exact", "Kazakhstan says 164 killed", "Kazakhstan", "official", place=KZ, date=upto("2022-01-09"))
    C(d, "detained", 8000, "about", "nearly 8,000 detained", place=KZ, date=upto("2022-01-10"))
    H = dict(src="health ministry", stype="official", stext="Kazakhstan's health ministry said", place=KZ, date=upto("2022-01-09"))
    C(d, "killed", 164, "exact", "164 people, including three children, had been killed", **H)
    C(d, "killed", 3, "exact", "three children", group="children", **H)
    C(d, "detained", 7939, "exact", "7,939 people had been detained", "interior ministry", "official", place=KZ, date=upto("2022-01-10"), stext="The interior ministry said")
    C(d, "detained", 5800, "about", "about 5,800", "interior ministry", "official", place=KZ, date=upto("2022-01-09"), stext="it had given a figure of")
    C(d, "killed", 103, "exact", "103 were in Almaty", "health ministry", "official", place=ALA, date=upto("2022-01-09"), stext="according to the health ministry figure carried by the state channel Khabar 24")
    A = dict(src="Authorities", stype="official", place=KZ, date=upto("2022-01-09"))
    C(d, "killed", 26, "exact", '26 "armed criminals" were killed', group="armed criminals", **A)
    C(d, "killed", 16, "exact", "16 members of the security forces died", group="police", **A)
    C(d, "injured", 2200, "more_than", "more than 2,200 people seeking treatment for injuries", **A)
    C(d, "deployed", 2030, "about", "about 2,030 troops", "President Kassym-Jomart Tokayev", "official", place=KZ, date=["2022-01-06", "2022-01-10"], stext="He said")
    C(d, "missing", None, "vague", "Dozens of people are still missing", "a lawyer with the Kazakhstan International Bureau for Human Rights", "ngo", place=KZ, date=upto("2022-01-10"))
    C(d, "killed", None, "vague", "showed dozens of bodies", "unverified videos posted on social media", "social_media", "unconfirmed", place=ALA, date=upto("2022-01-10"))

    d = "qantar_liveblog_ru.html"
    J5, J6 = "2022-01-05", upto("2022-01-06")
    MVD = dict(src="Interior Ministry", stype="official", stext="МВД", place=ALA)
    C(d, "participants", None, "vague", "их несколько тысяч", place=ALA, date=J5)
    C(d, "injured", None, "vague", "Очевидцы сообщают о десятках пострадавших", "eyewitnesses", "eyewitness", place=ALA, date=J5, stext="Очевидцы")
    C(d, "participants", 1500, "about", "Около 1,5 тысячи человек прорвались", place=ALA, date=J5)
    C(d, "injured", 317, "exact", "пострадали 317 сотрудников полиции", group="police", date=upto(J5), **MVD)
    C(d, "killed", 8, "exact", "восемь из них погибли", group="police", date=upto(J5), **MVD)
    C(d, "vehicles_damaged", 120, "more_than", "Сожжены более 120 автомобилей", date=upto(J5), **MVD)
    C(d, "vehicles_damaged", 33, "exact", "33 полицейские машины", group="police", date=upto(J5), **MVD)
    C(d, "injured", 190, "more_than", "обратились более 190 человек", "Health Ministry", "official", place=ALA, date=upto(J5), stext="По данным Минздрава")
    AZ = dict(src="Interior Ministry spokeswoman Saltanat Azirbek", stype="official", stext="Официальный представитель МВД Салтанат Азирбек", place=ALA)
    C(d, "killed", None, "vague", "«ликвидированы десятки» нападавших", group="attackers", date=["2022-01-05", "2022-01-06"], **AZ)
    C(d, "detained", 2298, "exact", "Задержаны 2 298 человек", date=J6, **AZ)
    MZ = dict(src="Health Ministry", stype="official", stext="Минздрав", place=KZ, date=J6)
    C(d, "injured", 1000, "more_than", "обратились более 1000 человек", **MZ)
    C(d, "injured", 400, "about", "почти 400 госпитализированы", **MZ)
    C(d, "injured", 62, "exact", "62 находятся в реанимации", **MZ)
    C(d, "killed", 12, "exact", "Число погибших силовиков выросло до 12", group="police", date=J6, **MVD)

    d = "qantar_digest_kk.txt"
    J67 = ["2022-01-06", "2022-01-07"]
    C(d, "killed", 10, "at_least", "кем дегенде он адам қаза тапқанын", "«Almaty tikelei» Telegram channel", "social_media", "unconfirmed", place=ALA, date=J67, stext="«Алматы тікелей» Telegram-арнасы")
    C(d, "detained", 3000, "more_than", "3 мыңнан астам адам ұсталды", "Interior Ministry spokesperson", "official", place=ALA, date=upto("2022-01-07"), stext="ІІМ ресми өкілінің айтуынша")
    DS = dict(src="Ministry of Health", stype="official", stext="Денсаулық сақтау министрлігі", place=KZ, date=upto("2022-01-07"))
    C(d, "injured", 1300, "about", "1 300-ге жуық адам жарақат алды", **DS)
    C(d, "injured", 400, "exact", "оның төрт жүзі ауруханада жатыр", **DS)
    AS = dict(src="Adil Soz foundation", stype="ngo", stext="«Әділ сөз» қоры", place=KZ, date=upto("2022-01-07"), group="journalists")
    C(d, "detained", 5, "at_least", "кемінде бес журналист ұсталды", **AS)
    C(d, "injured", 2, "exact", "екі журналист соққыға жығылды", **AS)
    C(d, "killed", 200, "more_than", "екі жүзден астам адам қаза тапты", "anonymous channels", "social_media", "unconfirmed", place=KZ, date=upto("2022-01-07"), stext="Кейбір анонимді арналарда")
    C(d, "buildings_damaged", 100, "more_than", "100-ден астам дүкен мен банк тоналып", "Almaty akimat", "official", group="shops and banks", place=ALA, date=upto("2022-01-07"), stext="Алматы әкімдігі")
    C(d, "participants", None, "vague", "мыңдаған адам", place="Aktau", date=J67)

    d = "qantar_prosecutor_ru.txt"
    P = dict(place=KZ, date=["2022-01-04", "2022-01-07"])
    C(d, "killed", 225, "exact", "доставлены тела 225 человек", **P)
    C(d, "killed", 19, "exact", "из них 19 — сотрудники", group="police", **P)
    C(d, "injured", 4500, "more_than", "Пострадали более 4,5 тысячи человек", **P)
    C(d, "injured", 3300, "more_than", "свыше 3 300 сотрудников", group="police", **P)
    C(d, "detained", 9900, "more_than", "задержано более 9 900 человек", place=KZ, date=["2022-01-04", "2022-01-15"])
    C(d, "arrested", 780, "exact", "санкционирован арест 780 лиц", place=KZ, date=["2022-01-04", "2022-01-15"])
    C(d, "buildings_damaged", 1300, "exact", "Повреждены и разграблены 1 300 объектов бизнеса", **P)
    C(d, "vehicles_damaged", 400, "more_than", "сожжены более 400 автомобилей", **P)
    C(d, "vehicles_damaged", 100, "about", "около 100 служебных", group="official vehicles", **P)
    C(d, "killed", 3000, "exact", "Распространяемые в социальных сетях сведения о якобы 3 тысячах погибших", "social networks", "social_media", "unconfirmed", stext="в социальных сетях", **P)
    C(d, "killed", 3000, "exact", "сведения о якобы 3 тысячах погибших", mod="denied", **P)

    f = "qantar_feed_en.atom#"
    C(f + "e1", "injured", 95, "exact", "95 officers had been injured", "city police department", "official", group="police", place=ALA, date=["2022-01-04", "2022-01-05"], stext="The city police department said")
    C(f + "e1", "vehicles_damaged", 37, "exact", "37 police vehicles burned", "city police department", "official", group="police", place=ALA, date=["2022-01-04", "2022-01-05"])
    C(f + "e1", "detained", 200, "more_than", "More than 200 people were detained", "interior ministry", "official", place=ALA, date=["2022-01-04", "2022-01-05"], stext="the interior ministry said")
    IM = dict(src="interior ministry", stype="official", stext="The interior ministry said on Saturday", place=KZ, date=["2022-01-05", "2022-01-08"])
    C(f + "e2", "killed", 26, "exact", '26 "armed criminals" had been "liquidated"', group="armed criminals", **IM)
    C(f + "e2", "killed", 18, "exact", "18 security officers", group="police", **IM)
    C(f + "e2", "detained", 4400, "more_than", "More than 4,400 people have been detained", **IM)
    C(f + "e2", "killed", 500, "at_least", "at least 500 civilians had died in Almaty alone", "Democratic Choice of Kazakhstan", "opposition", group="civilians", place=ALA, date=["2022-01-05", "2022-01-08"], stext="The opposition movement Democratic Choice of Kazakhstan said")
    C(f + "e2", "killed", 500, "exact", "The government denied that 500 civilians had died", "the government", "official", "denied", group="civilians", place=ALA, date=["2022-01-05", "2022-01-08"])
    C(f + "e3", "deployed", 2030, "exact", "its 2,030 peacekeepers", "the alliance's secretariat", "official", place=KZ, date=["2022-01-06", "2022-01-13"], stext="The CSTO ... the alliance's secretariat said")
    C(f + "e3", "missing", 50, "at_least", "at least 50 people remained missing", "rights activists in Almaty", "activist", place=ALA, date=upto("2022-01-13"), stext="Rights activists in Almaty said")
    C(f + "e3", "detained", 2, "exact", "Two journalists detained on Jan. 6", group="journalists", place=KZ, date="2022-01-06")

    d = "qantar_opposition_kk.md"
    C(d, "killed", 500, "more_than", "бес жүзден астам бейбіт тұрғын қаза тапты", group="civilians", place=ALA, date=["2022-01-05", "2022-01-07"])
    C(d, "killed", 225, "exact", "Билік мойындаған 225 адам", "the authorities", "official", place=KZ, date=["2022-01-04", "2022-01-07"], stext="Билік")
    C(d, "detained", 10000, "more_than", "Ұсталғандардың саны он мыңнан асады", place=KZ, date=["2022-01-04", "2022-01-20"])
    C(d, "missing", None, "vague", "ондаған адам із-түзсіз жоғалып кеткен", "human rights defenders", "ngo", place=KZ, date=["2022-01-04", "2022-01-20"], stext="Құқық қорғаушылардың айтуынша")
    C(d, "detained", None, "vague", "жүздеген адам ұсталды", place="Taldykorgan; Shymkent; Taraz", date=["2022-01-04", "2022-01-20"])
    C(d, "killed", 12, "at_least", "кемінде он екі адам оққа ұшты", "local activists", "activist", place="Taldykorgan", date="2022-01-07", stext="жергілікті белсенділер")

    # ================================================================ 2 May 2014, Odesa
    M2 = "2014-05-02"
    d = "odesa_wiki_uk.wiki"
    C(d, "killed", 48, "exact", "загиблі = 48", place=ODS, date=M2)
    C(d, "injured", 200, "more_than", "поранені = понад 200", "Ukrainska Pravda", "media", place=ODS, date=M2, stext="Українська правда")  # the <ref> on an infobox value names its source (as seed g060)
    UP = dict(src="Ukrainska Pravda", stype="media", stext="Українська правда", place=ODS, date=M2)
    C(d, "killed", 46, "exact", "В Одесі загинули 46 людей", **UP)
    C(d, "injured", 200, "more_than", "більше 200 поранені", **UP)
    C(d, "killed", 48, "exact", "Загалом загинули 48 осіб", place=ODS, date=M2)
    C(d, "killed", 42, "exact", "42 — у будівлі", place=ODS, date=M2)
    C(d, "killed", 6, "exact", "шестеро — під час сутичок", place=ODS, date=M2)
    C(d, "participants", 1500, "about", "приблизно 1500 учасників маршу", place=ODS, date=M2)
    C(d, "participants", 300, "about", "близько 300 проросійських активістів", place=ODS, date=M2)
    C(d, "killed", 6, "exact", "У сутичках загинули шестеро людей", place=ODS, date=M2)
    C(d, "killed", 2, "exact", "двоє прихильників єдності України", group="pro-Ukrainian protesters", place=ODS, date=M2)
    UM = dict(src="Interior Ministry", stype="official", stext="За даними МВС", place=ODS, date=M2)
    C(d, "killed", 42, "exact", "у будівлі загинули 42 особи", **UM)
    C(d, "killed", 32, "exact", "32 — від отруєння чадним газом", **UM)
    C(d, "killed", 10, "exact", "ще 10 — вистрибнувши з вікон", **UM)
    C(d, "killed", 48, "exact", "Кількість загиблих в Одесі зросла до 48", "Ukrinform", "media", place=ODS, date=M2, stext="Укрінформ")
    C(d, "detained", 130, "more_than", "Міліція затримала понад 130 учасників", place=ODS, date=[M2, "2014-05-03"])
    C(d, "participants", None, "vague", "кілька сотень людей оточили", place=ODS, date="2014-05-04")
    C(d, "killed", 100, "more_than", "загиблих понад 100, а тіла", "Russian state media", "media", place=ODS, date=M2, stext="Російські державні ЗМІ")
    C(d, "killed", 100, "more_than", "погибших может быть больше 100", "Rossiya 24", "media", "unconfirmed", place=ODS, date=M2, stext="Россия 24")
    C(d, "killed", 100, "more_than", "заперечили, що загиблих понад 100", "pre-trial investigation bodies", "official", "denied", place=ODS, date=M2, stext="органи досудового розслідування")

    d = "odesa_ngo_en.md"
    C(d, "killed", 48, "exact", "documented 48 deaths", "Black Sea Human Rights Monitor", "ngo", place=ODS, date=M2, stext="The Monitor has documented")
    C(d, "killed", 6, "exact", "Six men died of gunshot wounds", place=ODS, date=M2)
    C(d, "killed", 42, "exact", "42 people (34 men", place=ODS, date=M2)
    C(d, "killed", 34, "exact", "34 men", group="men", place=ODS, date=M2)
    C(d, "killed", 7, "exact", "seven women", group="women", place=ODS, date=M2)
    C(d, "killed", 1, "exact", "one boy aged 17", group="children", place=ODS, date=M2)
    HD = dict(src="regional health department", stype="official", stext="According to the regional health department", place=ODS, date=M2)
    C(d, "injured", 247, "at_least", "at least 247 people sought medical help", **HD)
    C(d, "injured", 27, "exact", "27 of them with gunshot wounds", **HD)
    C(d, "injured", 10, "at_least", "at least 10 police officers", group="police", place=ODS, date=M2)
    C(d, "killed", 116, "exact", "116 bodies had been hidden", "social media", "social_media", "unconfirmed", place=ODS, date=M2, stext="Claims circulated on social media")
    C(d, "detained", 160, "about", "Police detained some 160 people", place=ODS, date=[M2, "2014-05-03"])
    C(d, "participants", None, "vague", "a crowd of several hundred people", place=ODS, date="2014-05-04")
    C(d, "charged", 24, "exact", "Criminal proceedings were opened against 24 people", place=ODS)
    C(d, "convicted", 2, "exact", "Only two of them were convicted", place=ODS)
    C(d, "participants", 2000, "about", "some 2,000 marchers gather", place=ODS, date=M2)

    d = "odesa_mt_blog_en.txt"
    C(d, "killed", 48, "exact", "have recognized only 48 dead", "the official authorities of Kiev", "official", place=ODS, date=M2)
    C(d, "killed", 116, "at_least", "the dead were not less than 116 persons", "the opposition deputies of the city council", "opposition", place=ODS, date=M2)
    AN = dict(src="the eyewitness Anna", stype="eyewitness", stext="The eyewitness Anna, 52 years, told to us", place=ODS, date=M2)
    C(d, "killed", 15, "at_least", "at least fifteen burned bodies", **AN)
    C(d, "killed", 24, "about", "About two dozen people died jumping from the windows", **AN)
    C(d, "participants", 300, "more_than", 'More than 300 militants of "Right Sector"', "the activists of Kulikovo field", "activist", place=ODS, date=M2, alt=["deployed"])
    C(d, "injured", None, "vague", "Hundreds of wounded", place=ODS, date=M2)
    C(d, "arrested", 67, "exact", "the militia arrested 67 persons", place=ODS, date="2014-05-03", alt=["detained"])

    d = "odesa_news_ru.txt"
    C(d, "killed", 46, "exact", "число погибших достигло 46", place=ODS, date=M2)
    MU = dict(src="Interior Ministry of Ukraine", stype="official", stext="По данным МВД Украины", place=ODS, date=M2)
    C(d, "killed", 46, "exact", "погибли 46 человек", **MU)
    C(d, "injured", 214, "exact", "214 человек обратились за медицинской помощью", **MU)
    C(d, "injured", 88, "exact", "88 из них госпитализированы", **MU)
    C(d, "injured", 11, "exact", "11 сотрудников милиции", "Main Directorate of the Interior Ministry in Odesa Region", "official", group="police", place=ODS, date=M2, stext="ГУ МВД в Одесской области")
    C(d, "detained", 144, "exact", "задержаны 144 человека", "police", "official", place=ODS, date=[M2, "2014-05-03"], stext="В милиции уточнили")
    HE = dict(src="head of the regional health department", stype="official", stext="начальника областного управления здравоохранения", place=ODS, date=M2)
    C(d, "killed", 38, "exact", "38 человек погибли", **HE)
    C(d, "killed", 8, "exact", "еще восемь — во время уличных столкновений", **HE)
    C(d, "killed", 100, "at_least", "«не меньше сотни»", "eyewitnesses", "eyewitness", "unconfirmed", place=ODS, date=M2, stext="Очевидцы")
    C(d, "participants", 1000, "about", "около тысячи человек", place=ODS, date="2014-05-03")

    # ================================================================ June 2010, Osh and Jalal-Abad
    d = "osh_wikinews_ru.txt"
    J11 = "2010-06-11"
    MH = dict(src="Ministry of Health", stype="official", stext="Министерство здравоохранения республики")
    C(d, "killed", 124, "at_least", "погибли не менее 124 человек", place=OSHJ, date=[J11, "2010-06-14"], **MH)
    C(d, "injured", 1600, "more_than", "более 1,6 тыс. получили ранения", place=OSHJ, date=[J11, "2010-06-14"], **MH)
    C(d, "participants", [3000, 5000], "range", "от 3 до 5 тысяч человек", "eyewitnesses", "eyewitness", place=OSH, date=J11, stext="По словам очевидцев")
    MH2 = dict(src="Ministry of Health", stype="official", stext="Минздрав")
    C(d, "killed", 11, "exact", "11 погибших", place=OSH, date=J11, **MH2)
    C(d, "injured", 150, "about", "около 150 раненых", place=OSH, date=J11, **MH2)
    C(d, "killed", 77, "exact", "число погибших возросло до 77", place=OSHJ, date=[J11, "2010-06-12"], **MH2)
    C(d, "injured", 1000, "exact", "пострадавших — до 1000", place=OSHJ, date=[J11, "2010-06-12"], alt=["injured:at_most"], **MH2)
    C(d, "killed", None, "vague", "о сотнях погибших", "eyewitnesses", "eyewitness", place=OSH, date=[J11, "2010-06-13"], stext="Очевидцы сообщают")
    C(d, "buildings_damaged", None, "vague", "сожжены десятки домов", place=OSH, date=[J11, "2010-06-13"])
    C(d, "killed", 700, "at_least", "погибли не менее 700 человек", "leaders of the Uzbek community", "activist", place=OSH, date=[J11, "2010-06-13"], stext="Лидеры узбекской общины")
    C(d, "killed", 124, "exact", "Минздрав сообщил о 124 погибших", place=OSHJ, date=[J11, "2010-06-14"], **MH2)
    C(d, "killed", 97, "exact", "число жертв беспорядков достигло 97", "RIA Novosti", "media", place="Kyrgyzstan", date=[J11, "2010-06-13"], alt=["casualties"], stext="РИА Новости")
    C(d, "injured", 1500, "exact", "полторы тысячи раненых", "24.kg", "media", place=OSH, date=[J11, "2010-06-13"], stext="24.kg")

    d = "osh_report_en.html"
    JW = ["2010-06-10", "2010-06-14"]
    C(d, "killed", 470, "exact", "470 people died", "the independent international inquiry", "ngo", place=OSHJ, date=JW, stext="The inquiry found")
    C(d, "injured", 1900, "about", "Some 1,900 people were treated for injuries", place=OSHJ, date=JW)
    C(d, "killed", 426, "exact", "put the death toll at 426", "the Kyrgyz government's national commission", "official", place=OSHJ, date=JW)
    C(d, "killed", 191, "exact", "which then stood at 191", "the official count", "official", place=OSHJ, date=JW)
    C(d, "buildings_damaged", 2657, "exact", "2,657 properties", place=OSHJ, date=JW)
    C(d, "buildings_damaged", 400, "more_than", "more than 400 houses were burned", place=OSH, date=JW)
    C(d, "detained", None, "vague", "Hundreds of people, the vast majority of them ethnic Uzbeks, were detained", place=OSHJ, date="2010")
    C(d, "convicted", None, "vague", "Dozens were convicted", place=OSHJ, date="2010")

    # ================================================================ 17 October 2018, Kerch
    O17 = "2018-10-17"
    d = "kerch_portal_uk.html"
    C(d, "killed", 10, "exact", "повідомляли про 10 загиблих", "Russian media", "media", place=KERCH, date=O17, stext="російські ЗМІ")
    SK = dict(src="Investigative Committee of Russia", stype="official", stext="Слідчий комітет Росії", place=KERCH, date=O17)
    C(d, "killed", 20, "exact", "повідомив про 20 загиблих", **SK)
    C(d, "injured", 50, "more_than", "понад 50 поранених", **SK)
    CM = dict(src="the so-called Crimean health ministry", stype="official", stext="так званий мінздрав Криму", place=KERCH, date=O17)
    C(d, "injured", 53, "exact", "перебувають 53 поранених", **CM)
    C(d, "injured", 10, "exact", "з них 10 — у важкому стані", **CM)
    C(d, "injured", 9, "at_least", "щонайменше дев'ятеро неповнолітніх", "local residents", "eyewitness", group="children", place=KERCH, date=O17, stext="За словами місцевих мешканців")
    C(d, "killed", None, "vague", "«десятки тіл»", "a student on Instagram", "eyewitness", "unconfirmed", place=KERCH, date=O17, stext="Одна зі студенток розповіла в Instagram")

    d = "kerch_news_ru.txt"
    C(d, "killed", 21, "exact", "в Керчи возросло до 21", place=KERCH, date=O17)
    SR = dict(src="Investigative Committee of Russia", stype="official", stext="Следственный комитет России", place=KERCH, date=O17)
    C(d, "killed", 21, "exact", "возросло до 21 человека", **SR)
    C(d, "injured", 73, "exact", "Пострадали 73 человека", **SR)
    SV = dict(src="Russian Health Minister Veronika Skvortsova", stype="official", stext="Министр здравоохранения России Вероника Скворцова", place=KERCH, date=O17)
    C(d, "injured", 50, "exact", "доставлены 50 пострадавших", **SV)
    C(d, "injured", 12, "exact", "из них 12 — дети", group="children", **SV)
    C(d, "injured", 6, "exact", "еще шесть человек в тяжелом состоянии", **SV)
    C(d, "deployed", 100, "more_than", "более 100 сотрудников МЧС и Росгвардии", place=KERCH, date=O17)
    C(d, "killed", 30, "exact", "сообщения о «втором стрелке» и о 30 погибших", "social networks", "social_media", "unconfirmed", place=KERCH, date=O17, stext="В соцсетях")
    C(d, "killed", 30, "exact", "В СК опровергли сообщения о 30 погибших", "Investigative Committee of Russia", "official", "denied", place=KERCH, date=O17, stext="СК")

    # ================================================================ 28 October 2023, Kostenko mine
    O28 = "2023-10-28"
    d = "kostenko_news_kk.txt"
    C(d, "killed", 46, "exact", "қаза тапқандар саны қырық алтыға жетті", place=MINE, date=[O28, "2023-10-30"])
    C(d, "injured", 18, "exact", "Он сегіз кенші ауруханаға жеткізілді", group="miners", place=MINE, date=O28)
    PR = dict(src="preliminary data", stype="unknown", stext="Алғашқы мәліметтер бойынша", place=MINE, date=O28)
    C(d, "killed", 21, "exact", "21 адам қаза тапқан", **PR)
    C(d, "killed", 32, "exact", "бұл сан 32-ге", **PR)
    C(d, "killed", 42, "exact", "кешке қарай 42-ге өсті", **PR)
    TJ = dict(src="Ministry of Emergency Situations", stype="official", stext="Төтенше жағдайлар министрлігі", place=MINE)
    C(d, "killed", 46, "exact", "қаза тапқандар саны 46 екенін растады", date=[O28, "2023-10-30"], **TJ)
    C(d, "deployed", 600, "more_than", "600-ден астам құтқарушы", place=MINE, date=[O28, "2023-10-30"])
    C(d, "killed", 100, "more_than", "100-ден астам кенші қаза тапқан", "coal industry workers' union of Kazakhstan", "union", group="miners", place=KREG, date=["2006", "2023"], stext="Қазақстанның көмір өнеркәсібі қызметкерлерінің кәсіподағы")
    C(d, "killed", 60, "more_than", "қаза тапқандар 60-тан асады", "social networks", "social_media", "unconfirmed", place=MINE, date=[O28, "2023-10-30"], stext="Әлеуметтік желілерде")
    C(d, "killed", 60, "more_than", "60-тан астам адам қаза тапты деген ақпаратты жоққа шығарды", mod="denied", date=[O28, "2023-10-30"], **TJ)

    d = "kostenko_company_en.txt"
    C(d, "killed", 32, "exact", "32 of our colleagues have lost their lives", group="miners", place=MINE, date=O28)
    C(d, "missing", 14, "exact", "14 remain unaccounted for", group="miners", place=MINE, date=O28)
    C(d, "injured", 18, "exact", "18 employees are receiving medical treatment", group="miners", place=MINE, date=O28)
    C(d, "deployed", 300, "more_than", "More than 300 mine rescue specialists", place=MINE, date=O28)
    C(d, "killed", 45, "exact", "has risen to 45", group="miners", place=MINE, date=[O28, "2023-10-29"])
    C(d, "missing", 1, "exact", "One employee remains unaccounted for", group="miners", place=MINE, date=[O28, "2023-10-29"])
    C(d, "killed", 46, "exact", "bringing the death toll to 46", "ArcelorMittal Temirtau", "company", group="miners", place=MINE, date=[O28, "2023-10-30"], stext="ArcelorMittal Temirtau confirms")

    d = "kostenko_union_ru.md"
    C(d, "killed", 46, "exact", "Погибли 46 человек", place=MINE, date=[O28, "2023-10-30"])
    C(d, "injured", 20, "more_than", "Более двух десятков горняков получили отравления", group="miners", place=MINE, date=O28)
    C(d, "killed", 100, "more_than", "погибли более 100 горняков", group="miners", place=KREG, date=["2006", "2023"])
    C(d, "killed", 5, "exact", "погибли пятеро", group="miners", place="Shakhtinsk", date="2023-08")
    C(d, "participants", 2000, "about", "около двух тысяч человек", place="Karaganda", date="2023-10-29")

    # ================================================================ 18-20 February 2014, Kyiv
    d = "maidan_overview_uk.txt"
    F = ["2014-02-18", "2014-02-20"]
    C(d, "killed", 60, "at_least", "загинули щонайменше 60 протестувальників", "Maidan medical service", "activist", group="protesters", place=KYIV, date="2014-02-20", stext="за даними медичної служби Майдану")
    MO = dict(src="Ministry of Health", stype="official", stext="За даними Міністерства охорони здоров'я", place=KYIV, date=F)
    C(d, "killed", 77, "exact", "загинули 77 осіб", **MO)
    C(d, "injured", 577, "exact", "ще 577 постраждали", **MO)
    C(d, "injured", 369, "exact", "369 з них госпіталізовані", **MO)
    MV = dict(src="Interior Ministry", stype="official", stext="У МВС", place=KYIV, date=F, group="police")
    C(d, "killed", 16, "exact", "про 16 загиблих", **MV)
    C(d, "injured", 500, "more_than", "понад 500 поранених правоохоронців", **MV)
    C(d, "killed", 100, "more_than", "загиблих протестувальників — понад сто", "opposition MPs", "opposition", group="protesters", place=KYIV, date=F, stext="Опозиційні депутати")
    C(d, "participants", None, "vague", "десятки тисяч людей", place=KYIV, date="2014-02-21")
    C(d, "killed", 2, "exact", "загинули перші двоє протестувальників", group="protesters", place=KYIV, date="2014-01-22")

    for i, r in enumerate(rows, 1):
        r["id"] = f"d{i:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "qantar_wire_en.txt"
    T(d, "2022-01-02", "protests begin in Zhanaozen over the gas price", "began on Jan. 2")
    T(d, "2022-01-05", "Almaty mayor's office set on fire", "set on fire on Jan. 5")
    T(d, "2022-01-09", "health ministry gives a toll of 164, later withdrawn", "said on Sunday")
    T(d, "2022-01-10", "Tokayev addresses CSTO leaders", "on Monday, calling the events")
    d = "qantar_liveblog_ru.html"
    for hm, label in (("09:40", "protesters gather on Republic Square"), ("11:15", "police use stun grenades and tear gas"),
                      ("13:30", "Almaty akimat building on fire"), ("15:20", "reports that the airport was seized"),
                      ("18:05", "interior ministry: 317 officers hurt, 8 killed"), ("21:40", "Tokayev asks the CSTO for help")):
        T(d, f"2022-01-05T{hm}+06:00", label, hm)
    for hm, label in (("07:10", "police say dozens of attackers 'liquidated'; 2,298 detained"), ("12:00", "health ministry: over 1,000 sought help"),
                      ("16:45", "security forces' toll rises to 12"), ("19:30", "first CSTO units arrive in Almaty")):
        T(d, f"2022-01-06T{hm}+06:00", label, hm)
    d = "qantar_digest_kk.txt"
    T(d, "2022-01-05", "curfew introduced in Almaty", "5 қаңтардан бастап")
    T(d, "2022-01-06", "CSTO forces begin entering the country", "6 қаңтарда елге кіре бастады")
    d = "qantar_prosecutor_ru.txt"
    T(d, "2022-01-04", "mass unrest begins (4-7 January)", "4–7 января 2022 года")
    T(d, "2022-01-05", "state of emergency introduced", "введённый 5 января")
    T(d, "2022-01-19", "state of emergency to be lifted", "19 января")
    f = "qantar_feed_en.atom#"
    T(f + "e1", "2022-01-05", "government resigns; state of emergency in Almaty and Mangystau", "on Wednesday and declared")
    T(f + "e1", "2022-01-05", "demonstrators take over Almaty airport", "in the afternoon")
    T(f + "e2", "2022-01-08", "interior ministry gives toll of 26 and 18", "on Saturday")
    T(f + "e3", "2022-01-13", "CSTO begins withdrawal", "on Thursday")
    T(f + "e3", "2022-01-19", "last CSTO units expected to leave", "by Jan. 19")
    T(f + "e3", "2022-01-06", "two journalists detained", "on Jan. 6")
    T(f + "e3", "2022-01-12", "the two journalists released", "released on Wednesday")
    d = "qantar_opposition_kk.md"
    T(d, "2022-01-07", "at least twelve shot dead in Taldykorgan", "7 қаңтарда кемінде")
    T(d, "2022-01-07", "Tokayev's order to shoot without warning", "7 қаңтардағы")

    d = "odesa_wiki_uk.wiki"
    T(d, "2014-05-02", "clashes and the Trade Unions House fire in Odesa", "Події 2 травня 2014 року в Одесі")
    T(d, "2014-05-02T15:00", "march gathers on Cathedral Square", "Близько 15:00")
    T(d, "2014-05-02T15:45", "first shots on Hretska Street", "о 15:45")
    T(d, "2014-05-02T19:45+03:00", "marchers reach Kulykove Pole; the building catches fire", "Близько 19:45 за київським часом")
    T(d, "2014-05-04", "crowd surrounds the city police department; detainees freed", "4 травня кілька сотень")
    d = "odesa_ngo_en.md"
    T(d, "2014-05-02", "the events of 2 May: 48 deaths documented", "the events of 2 May 2014")
    T(d, "2014-05-04", "crowd surrounds the police headquarters; detainees released", "On 4 May a crowd")
    T(d, "2014-05-02T15:00+03:00", "marchers gather on Sobornaya Square", "2 May 2014, 15:00")
    T(d, "2014-05-02T15:45+03:00", "first shots on Hretska Street", "2 May, 15:45")
    T(d, "2014-05-02T19:45+03:00", "tent camp set on fire; fire spreads to the Trade Unions House", "2 May, around 19:45")
    T(d, "2014-05-04", "police headquarters surrounded (chronology)", "the city police headquarters is surrounded")
    d = "odesa_mt_blog_en.txt"
    T(d, "2014-05-02", "the day of the fire", "The 02.05.2014 will remain")
    T(d, "2014-05-02T19:45", "House of Trade Unions set on fire (20.45 Moscow time)", "At 19.45 hours (20.45 Moscow time)")
    T(d, "2014-05-03", "militia arrests 67 people", "The next day, 03.05")
    T(d, "2014-05-04", "crowd frees the detainees", "On 4 May")
    d = "odesa_news_ru.txt"
    T(d, "2014-05-02T19:50", "fire breaks out in the Trade Unions House", "около 19:50")
    T(d, "2014-05-02", "football fans' march before the match", "2 мая в Одессе перед матчем")

    d = "osh_wikinews_ru.txt"
    T(d, "2010-06-11", "riots begin in Osh in the night", "в ночь на 11 июня")
    T(d, "2010-06-11T01:30", "fight turns into mass riots", "01:30")
    T(d, "2010-06-11T04:00", "state of emergency and curfew in Osh", "04:00")
    T(d, "2010-06-11T14:00", "health ministry: 11 dead, about 150 wounded", "14:00")
    T(d, "2010-06-12", "riots spread to Jalal-Abad; Otunbayeva asks Russia for troops", "12 июня")
    T(d, "2010-06-13", "reports of hundreds dead in Uzbek neighbourhoods", "13 июня")
    T(d, "2010-06-14", "health ministry reports 124 dead", "14 июня")
    d = "osh_report_en.html"
    T(d, "2010-06-10", "violence in Osh and Jalal-Abad begins (10-14 June)", "10 to 14 June 2010")
    T(d, "2010-06", "Otunbayeva says the real toll may be ten times higher", "in June 2010")
    T(d, "2010-09", "Azimjan Askarov sentenced to life imprisonment", "in September 2010")

    d = "kerch_portal_uk.html"
    T(d, "2018-10-17T12:00", "explosion and shooting at the Kerch Polytechnic College", "17 жовтня близько 12:00")
    T(d, "2018-10-18", "53 wounded in hospitals as of the morning", "Станом на ранок 18 жовтня")
    d = "kerch_news_ru.txt"
    T(d, "2018-10-17", "attack on the college around noon", "17 октября около полудня")

    d = "kostenko_news_kk.txt"
    T(d, "2023-10-28", "fire at the Kostenko mine during the night", "28 қазанға қараған түні")
    T(d, "2023-10-30", "ministry confirms 46 dead", "30 қазанда")
    T(d, "2023-10-29", "national day of mourning", "29 қазанды")
    d = "kostenko_company_en.txt"
    T(d, "2023-10-28T18:00+06:00", "company statement: 32 dead, 14 missing", "28 October 2023, 18:00 Astana time (UTC+6)")
    T(d, "2023-10-28", "fire breaks out at the Kostenko mine", "in the early hours of 28 October")
    T(d, "2023-10-29T10:15+06:00", "toll rises to 45, one missing", "29 October 2023, 10:15 (UTC+6)")
    T(d, "2023-10-30", "last missing miner's body recovered; toll 46", "Update, 30 October 2023")
    d = "kostenko_union_ru.md"
    T(d, "2023-08", "five killed at the Lenin mine in Shakhtinsk", "В августе 2023 года")
    T(d, "2023-10-29", "about two thousand gather at the mine office", "Вчера, 29 октября")

    d = "maidan_overview_uk.txt"
    T(d, "2014-02-18", "march to parliament turns into clashes; storming of the Maidan", "18 лютого мирна хода")
    T(d, "2014-02-20T09:00+02:00", "shooting begins on Instytutska Street", "20 лютого близько 09:00 за київським часом")
    T(d, "2014-02-20", "parliament condemns the use of force", "Увечері 20 лютого")
    T(d, "2014-02-21", "tens of thousands gather to mourn", "На Майдані 21 лютого")
    T(d, "2014-01-22", "first two protesters killed on Hrushevskoho Street", "22 січня на вулиці Грушевського")

    for i, r in enumerate(rows, 1):
        r["id"] = f"dt{i:03d}"
    return rows


ENTITIES = [
    ("Almaty", "place", ["Almaty", "Алматы", "Алматыда"]),
    ("Kazakhstan", "place", ["Kazakhstan", "Казахстана", "Қазақстанның"]),
    ("Republic Square (Almaty)", "place", ["Republic Square", "площади Республики", "Республика алаңында"]),
    ("Taldykorgan", "place", ["Талдықорғанда", "Талдықорғанның"]),
    ("Odesa", "place", ["Odesa", "Odessa", "Одеса", "Одеси", "Одесі", "Одесса", "Одессе", "Одессы"]),
    ("Trade Unions House (Odesa)", "place", ["Trade Unions House", "House of Trade Unions", "Будинку профспілок", "Доме профсоюзов", "Дома профсоюзов", "Дому профсоюзов"]),
    ("Kulykove Pole", "place", ["Kulykove Pole", "Kulikovo field", "Куликове поле", "Куликовому полі", "Куликовом поле"]),
    ("Osh", "place", ["Osh", "Ош", "Оша", "Оше"]),
    ("Jalal-Abad", "place", ["Jalal-Abad", "Джалал-Абад"]),
    ("Kyrgyzstan", "place", ["Kyrgyzstan", "Киргизии", "Киргизия"]),
    ("Kerch", "place", ["Керчі", "Керчи", "Керчь"]),
    ("Crimea", "place", ["Криму", "Крыма"]),
    ("Karaganda", "place", ["Karaganda", "Караганда", "Қарағанды"]),
    ("Kyiv", "place", ["Kiev", "Києві"]),
    ("Kostenko mine", "place", ["Kostenko mine", "шахте имени Костенко", "Костенко шахтасындағы"]),
    ("ArcelorMittal Temirtau", "org", ["ArcelorMittal Temirtau", "АрселорМиттал Теміртау", "АрселорМиттал Темиртау"]),
    ("Collective Security Treaty Organization", "org", ["CSTO", "Collective Security Treaty Organization", "ОДКБ", "ҰҚШҰ"]),
    ("Investigative Committee of Russia", "org", ["Слідчий комітет Росії", "Следственный комитет России"]),
    ("Ministry of Emergency Situations (Kazakhstan)", "org", ["Ministry of Emergency Situations", "Төтенше жағдайлар министрлігінің", "Төтенше жағдайлар министрлігі"]),
    ("Kassym-Jomart Tokayev", "person", ["Kassym-Jomart Tokayev", "Tokayev", "Касым-Жомарт Токаев", "Қасым-Жомарт Тоқаев", "Тоқаевтың", "Тоқаев"]),
    ("Roza Otunbayeva", "person", ["Roza Otunbayeva", "Роза Отунбаева"]),
    ("Vladislav Roslyakov", "person", ["Владислава Рослякова", "Владислав Росляков"]),
    ("Sergey Aksyonov", "person", ["Сергій Аксьонов", "Сергей Аксенов"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
