"""Write the gold annotations of the eighteenth development set: tests/data/devset18/gold/devset18.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset18.py, which checks every anchor:

    python tests/data/devset18/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `irgiz_police_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

IRG, ILO, BIR, BIS, CHI = "Irgiz district (Aktobe region)", "Ilovaisk", "Biryulyovo (Moscow)", "Bishkek", "Chisinau"
D_IR = "2018-01-18"
D_IL = "2014-08"
D_BI, D_BI2 = "2013-10-13", "2013-10-14"
D_BS, D_BN = "2005-03-24", ["2005-03-24", "2005-03-25"]
D_CH, D_CH2 = "2009-04-07", ["2009-04-07", "2009-04-08"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Irgiz bus fire, Aktobe region, Thursday 18 January 2018
    P = dict(place=IRG, date=D_IR)
    d = "irgiz_news_kk.txt"
    C(d, "killed", 52, "exact", "автобус өртеніп, 52 адам қаза тапты", **P)
    C(d, "killed", 52, "exact", "олардың 52-сі қаза тапты", "Interior Ministry of Kazakhstan", "official", stext="ҚР Ішкі істер министрлігінің", **P)
    C(d, "killed", 52, "exact", "барлық 52 адамның Өзбекстан азаматтары", "Foreign Ministry of Uzbekistan", "official", stext="Өзбекстан Сыртқы істер министрлігі", **P)
    C(d, "injured", 1, "exact", "1 адамның күйік алып, ауруханаға жеткізілгенін", "regional health department", "official", stext="Облыстық денсаулық сақтау басқармасы", **P)
    C(d, "killed", 60, "more_than", "«60-тан астам адам» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "deployed", 40, "about", "40-қа жуық құтқарушы", **P)
    C(d, "detained", 2, "exact", "Полиция автобустың 2 жүргізушісін ұстады", **P)

    f = "irgiz_feed_en.rss#"
    C(f + "ig-1", "killed", 52, "exact", "52 killed as bus catches fire on Kazakh highway", **P)
    C(f + "ig-1", "killed", 52, "exact", "killing 52 of them, the Interior Ministry said", "the Interior Ministry", "official", **P)
    C(f + "ig-1", "killed", 50, "at_least", "at least 50 bodies had been found", "A local emergency official", "official", **P)
    C(f + "ig-1", "killed", 52, "exact", "all 52 dead were its citizens", "the Foreign Ministry of Uzbekistan", "official", **P)
    C(f + "ig-1", "injured", 1, "exact", "One survivor was taken to hospital with burns", "the regional health department", "official", **P)
    C(f + "ig-1", "detained", 2, "exact", "police had detained the two drivers", "The ministry", "official", **P)
    C(f + "ig-2", "arrested", 2, "exact", "ordered the arrest of both drivers", place=IRG, date="2018-01-20")
    C(f + "ig-2", "killed", 54, "at_most", "as many as 54 people had died", "Some Uzbek bloggers", "social_media", "unconfirmed", **P)
    C(f + "ig-2", "killed", 54, "at_most", "the Kazakh Interior Ministry called this untrue", "the Kazakh Interior Ministry", "official", "denied", **P)
    C(f + "ig-2", "deployed", 40, "about", "About 40 rescuers worked at the scene", "the emergencies committee", "official", **P)

    d = "irgiz_police_ru.txt"  # cp1251; the Aktobe regional police department in its own voice
    C(d, "killed", 52, "exact", "погибли 52 человека", **P)
    C(d, "killed", 53, "exact", "Ранее в ряде СМИ сообщалось о 53 погибших", "media reports", "media", stext="в ряде СМИ", **P)
    C(d, "killed", 60, "more_than", "«более чем 60 погибших»", "social networks", "social_media", "unconfirmed", stext="В социальных сетях", **P)
    C(d, "killed", 60, "more_than", "Данная информация не соответствует действительности", mod="denied", **P)
    C(d, "injured", 1, "exact", "Один пострадавший госпитализирован", **P)
    C(d, "detained", 2, "exact", "Оба водителя автобуса задержаны", **P)
    C(d, "deployed", 35, "exact", "работали 35 сотрудников полиции", **P)

    # ================================================================ Ilovaisk encirclement, August 2014
    P = dict(place=ILO, date=D_IL, group="soldiers")
    d = "ilovaisk_timeline_uk.md"
    C(d, "injured", 20, "at_least", "щонайменше 20 поранених", "Semen Semenchenko, commander of the Donbas battalion", "eyewitness", stext="Семенченко", place=ILO, date="2014-08-28", group="soldiers")
    C(d, "killed", None, "vague", "«десятки загиблих»", "eyewitnesses", "eyewitness", stext="Очевидці", place=ILO, date="2014-08-29", group="soldiers")
    C(d, "killed", 1000, "more_than", "«понад 1000 українських військових» загинули", "Russian television", "media", "unconfirmed", stext="Російське телебачення", **P)
    C(d, "killed", 1000, "more_than", "Генштаб ЗСУ назвав це пропагандою", "General Staff of the Armed Forces of Ukraine", "official", "denied", stext="Генштаб ЗСУ", **P)
    C(d, "missing", None, "vague", "«кілька сотень»", "volunteers", "ngo", stext="Добровольці", **P)
    GS = dict(src="General Staff of the Armed Forces of Ukraine", stype="official", stext="Генштаб ЗСУ", **P)
    C(d, "killed", 108, "exact", "108 загиблих", **GS)
    C(d, "injured", 97, "exact", "97 поранених", **GS)
    TS = dict(src="Temporary investigative commission of the Verkhovna Rada", stype="official", stext="Тимчасова слідча комісія Верховної Ради", **P)
    C(d, "killed", 241, "at_least", "загинули щонайменше 241 військовий", **TS)
    C(d, "detained", 300, "more_than", "у полоні опинилися понад 300", **TS)
    MA = dict(src="Chief Military Prosecutor Anatoliy Matios", stype="official", stext="Головний військовий прокурор Анатолій Матіос", **P)
    C(d, "killed", 366, "exact", "366 загиблих", **MA)
    C(d, "injured", 429, "exact", "429 поранених", **MA)
    C(d, "detained", 128, "exact", "128 потрапили в полон", **MA)
    C(d, "missing", 158, "exact", "158 зниклих безвісти", **MA)
    C(d, "killed", 1000, "at_most", "«може сягати 1000»", "Semen Semenchenko", "eyewitness", stext="За словами Семенченка", **P)
    C(d, "killed", [400, 459], "range", "від 400 до 459 загиблих", "civic initiative Book of Memory", "ngo", "unconfirmed", stext="Громадська ініціатива «Книга пам'яті»", **P)
    C(d, "killed", 108, "exact", "| Генштаб ЗСУ (вересень 2014) | 108", **GS)
    C(d, "injured", 97, "exact", "| 108 | 97", **GS)
    TT = dict(src="Temporary investigative commission of the Verkhovna Rada", stype="official", stext="ТСК Верховної Ради", **P)
    C(d, "killed", 241, "at_least", "| ТСК Верховної Ради (жовтень 2014) | щонайменше 241", **TT)
    C(d, "detained", 300, "more_than", "| щонайменше 241 | — | понад 300", **TT)
    GV = dict(src="Chief Military Prosecutor's Office", stype="official", stext="ГВП", **P)
    C(d, "killed", 366, "exact", "| ГВП (серпень 2015) | 366", **GV)
    C(d, "injured", 429, "exact", "| 366 | 429", **GV)
    C(d, "detained", 128, "exact", "| 429 | 128", **GV)
    C(d, "missing", 158, "exact", "| 128 | 158", **GV)
    C(d, "killed", 1000, "more_than", "| Сепаратисти й ЗМІ РФ | понад 1000", "separatists and Russian media", "media", stext="Сепаратисти й ЗМІ РФ", **P)
    C(d, "charged", 1, "exact", "оголосила підозру 1 генералу", "Prosecutor General's Office", "official", stext="Генпрокуратура", place=ILO)
    C(d, "dismissed", 2, "exact", "звільнило з посад 2 командирів сектору", "Ministry of Defence of Ukraine", "official", stext="Міноборони", place=ILO, date="2014-10")

    w = "ilovaisk_wiki_en.atom#ilo-wp"
    UP = dict(src="Ukrainska Pravda", stype="media", **P)
    C(w, "killed", 366, "exact", "casualties1 = 366 killed", **UP)
    C(w, "killed", 366, "exact", "Military prosecutor: 366 soldiers killed at Ilovaisk", **UP)
    C(w, "injured", 429, "exact", "<br />429 wounded", **P)
    C(w, "detained", 128, "exact", "<br />128 captured", **P)
    C(w, "killed", 108, "exact", "the General Staff said 108 servicemen had been killed", "the General Staff", "official", **P)
    C(w, "killed", 241, "at_least", "A parliamentary commission later concluded that at least 241 had died", "A parliamentary commission", "official", **P)
    C(w, "killed", 241, "at_least", "Rada commission: at least 241 killed near Ilovaisk", "Interfax-Ukraine", "media", **P)
    MW = dict(src="the Chief Military Prosecutor, Anatoliy Matios", stype="official", **P)
    C(w, "killed", 366, "exact", "gave 366 killed", **MW)
    C(w, "injured", 429, "exact", "429 wounded and 128 taken prisoner", **MW)
    C(w, "detained", 128, "exact", "128 taken prisoner", **MW)
    C(w, "missing", 158, "exact", "with 158 still missing", **MW)
    C(w, "killed", 1000, "more_than", "more than 1,000 Ukrainian soldiers had died", "Separatist leaders", "official", "unconfirmed", **P)
    C(w, "killed", 1000, "more_than", "a figure Kyiv rejected", "Kyiv", "official", "denied", **P)
    t = "ilovaisk_wiki_en.atom#ilo-tl"
    C(t, "killed", None, "vague", 'says "dozens" of his men are dead', "Volunteer battalion commander Semen Semenchenko", "eyewitness", place=ILO, date="2014-08-29", group="soldiers")
    C(t, "detained", 60, "about", "about 60 Ukrainian servicemen have surrendered", "Russia's defence ministry", "official", **P)
    C(t, "killed", 108, "exact", "General Staff: 108 killed", "General Staff", "official", **P)
    C(t, "injured", 97, "exact", "108 killed, 97 wounded", "General Staff", "official", **P)
    C(t, "missing", 300, "at_least", "at least 300 men are unaccounted for", "Relatives", "unknown", **P)

    d = "ilovaisk_news_kk.txt"
    C(d, "killed", 366, "exact", "прокуратура 366 әскери қаза тапқанын мәлімдеді", "prosecutor's office", "official", stext="прокуратура", **P)
    MK = dict(src="Chief Military Prosecutor Anatoliy Matios", stype="official", stext="Бас әскери прокуроры Анатолий Матиос", **P)
    C(d, "killed", 366, "exact", "366 әскери қаза тапқанын хабарлады", **MK)
    MK["stext"] = "Прокурордың мәліметінше"
    C(d, "injured", 429, "exact", "429 адам жараланған", **MK)
    C(d, "detained", 128, "exact", "128 әскери тұтқынға түскен", **MK)
    C(d, "missing", 158, "exact", "158 адам әлі де хабар-ошарсыз", **MK)
    C(d, "killed", 108, "exact", "Бас штаб 108 әскери қаза тапқанын айтқан", "General Staff", "official", stext="Бас штаб", **P)
    C(d, "killed", 241, "at_least", "кемінде 241 адам қаза тапты", "Temporary investigative commission of the Verkhovna Rada", "official", stext="Жоғарғы Раданың уақытша тергеу комиссиясы", **P)
    C(d, "killed", 1000, "more_than", "«мыңнан астам» украин әскери қаза тапты", "Russian media", "media", "unconfirmed", stext="Ресей бұқаралық ақпарат құралдары", **P)
    C(d, "killed", 1000, "more_than", "Украина Бас штабы бұл ақпаратты жалған деп атады", "General Staff of Ukraine", "official", "denied", stext="Украина Бас штабы", **P)
    C(d, "killed", [400, 459], "range", "400-ден 459-ға дейін", "volunteers", "ngo", "unconfirmed", stext="Еріктілердің", **P)

    # ================================================================ Biryulyovo riots, Moscow, Sunday 13 October 2013
    P = dict(place=BIR, date=D_BI)
    d = "biryul_export_ru.xml#30418"
    RI = dict(src="RIA Novosti", stype="media", stext="РИА Новости", **P)
    C(d, "detained", 380, "exact", "задержанные = 380", **RI)
    C(d, "detained", 380, "exact", "В Бирюлёве задержаны 380 участников беспорядков", **RI)
    C(d, "injured", 8, "exact", "= 8 полицейских", group="police", **P)
    C(d, "participants", 1000, "about", "на сход пришли около 1000 человек", "Moscow police headquarters", "official", stext="ГУ МВД по Москве", **P)
    C(d, "participants", 3000, "at_least", "«не менее 3 тысяч»", "organizers", "activist", stext="организаторы", **P)
    C(d, "participants", None, "vague", "Народный сход в Бирюлёве собрал тысячи человек", "Kommersant", "media", stext="Коммерсантъ", **P)
    C(d, "vehicles_damaged", None, "vague", "Были перевёрнуты и повреждены несколько автомобилей", **P)
    PO = dict(src="police", stype="official", stext="По данным полиции", **P)
    C(d, "injured", 8, "exact", "пострадали 8 сотрудников полиции", group="police", **PO)
    C(d, "injured", 3, "exact", "ещё 3 участника беспорядков обратились за медицинской помощью", **PO)
    C(d, "detained", 380, "about", "Полиция задержала около 380 человек", **P)
    C(d, "detained", 400, "about", "«около 400»", "Moscow police headquarters", "official", stext="в ГУ МВД", **P)
    C(d, "injured", None, "vague", "«сотнях избитых» приезжих", "blogs", "social_media", "unconfirmed", stext="В блогах", **P)
    C(d, "injured", None, "vague", "в полиции эти сообщения назвали вымыслом", "police", "official", "denied", stext="в полиции", **P)
    C(d, "detained", 1200, "about", "задержала около 1200 мигрантов", group="migrants", place=BIR, date=D_BI2)
    C(d, "detained", 1200, "exact", "На овощебазе в Бирюлёве задержаны 1200 человек", "Interfax", "media", stext="Интерфакс", group="migrants", place=BIR, date=D_BI2)

    d = "biryul_mtblog_en.txt"
    C(d, "participants", 1000, "about", "Police told about 1000 persons", "Police", "official", **P)
    C(d, "participants", 5000, "at_least", "was 5000 and more", "people on place", "eyewitness", **P)
    C(d, "vehicles_damaged", 5, "exact", "Were overturned 5 cars, by eyewitnesses", "eyewitnesses", "eyewitness", **P)
    C(d, "detained", 380, "about", "The police detained about 380 persons", **P)
    C(d, "injured", 8, "exact", "are wounded 8 policemen", "The press service of the police", "official", group="police", **P)
    C(d, "killed", 3, "exact", '"three dead in vegetable base"', "Some people in forum", "social_media", "unconfirmed", **P)
    C(d, "killed", 3, "exact", "the police said it is the lie", "the police", "official", "denied", **P)
    C(d, "killed", 0, "exact", "nobody was killed", "the police", "official", **P)
    C(d, "detained", 1200, "about", "detained approximately 1200 migrants", group="migrants", place=BIR, date=D_BI2)
    C(d, "deployed", 1000, "at_least", "Was sent not less than 1000 policemen and OMON", place=BIR, date=D_BI2)

    d = "biryul_report_uk.txt"
    C(d, "detained", None, "vague", "затримано сотні людей", **P)
    C(d, "participants", 1000, "about", "близько тисячі людей", "police", "official", stext="За оцінкою поліції", **P)
    C(d, "participants", None, "vague", "«кілька тисяч»", "Russian opposition websites", "opposition", stext="російські опозиційні сайти", **P)
    C(d, "detained", 380, "exact", "затримала 380 учасників заворушень", "Moscow police", "official", stext="Московська поліція", **P)
    C(d, "detained", 400, "more_than", "затриманих було понад 400", "human rights defenders", "ngo", stext="за даними правозахисників", **P)
    SP = dict(src="spokesman of the Moscow police headquarters", stype="official", stext="речника ГУ МВС Москви", group="police", **P)
    C(d, "injured", 8, "exact", "постраждали 8 поліцейських", **SP)
    C(d, "injured", 2, "exact", "з них 2 госпіталізовані", **SP)
    C(d, "injured", None, "vague", "десятки побитих людей", "eyewitnesses", "eyewitness", stext="Очевидці", **P)
    C(d, "detained", 1200, "exact", "затримала 1200 мігрантів", group="migrants", place=BIR, date=D_BI2)

    # ================================================================ Bishkek, storming of the White House, Thursday 24 March 2005
    P = dict(place=BIS, date=D_BS)
    N = dict(place=BIS, date=D_BN)
    d = "bishkek_wiki_ru.wiki"
    C(d, "participants", [10000, 20000], "range", "участники = от 10 до 20 тысяч", **P)
    IF = dict(src="Interfax", stype="media", stext="Интерфакс", **N)
    C(d, "killed", 3, "exact", "погибшие  = 3", **IF)
    C(d, "killed", 3, "exact", "Минздрав Киргизии: в Бишкеке погибли три человека", **IF)
    C(d, "injured", 100, "more_than", "раненые   = более 100", **P)
    C(d, "participants", 10000, "about", "на площадь вышли около 10 тысяч человек", "Interior Ministry of Kyrgyzstan", "official", stext="По оценке МВД", **P)
    C(d, "participants", 30000, "more_than", "«более чем 30 тысячах»", "opposition leaders", "opposition", stext="лидеры оппозиции", **P)
    C(d, "participants", 30000, "more_than", "Оппозиция: на площадь вышли более 30 тысяч", "AKIpress", "media", stext="АКИpress", **P)
    MZ = dict(src="Ministry of Health of Kyrgyzstan", stype="official", stext="По данным Минздрава", **P)
    C(d, "injured", 115, "exact", "за помощью обратились 115 человек", **MZ)
    C(d, "injured", 40, "exact", "из них 40 сотрудников милиции", group="police", **MZ)
    C(d, "killed", 0, "exact", "при штурме никто не погиб", "initial reports", "unknown", stext="Первоначально сообщалось", **P)
    C(d, "buildings_damaged", None, "vague", "разграблены и подожжены десятки магазинов", **N)
    C(d, "killed", 3, "exact", "Минздрав сообщил о 3 погибших", "Ministry of Health of Kyrgyzstan", "official", stext="Минздрав", **N)
    C(d, "killed", 2, "exact", "столичная мэрия назвала 2", "Bishkek mayor's office", "official", stext="столичная мэрия", **N)
    C(d, "killed", 5, "exact", "«пятерых убитых»", "eyewitnesses", "eyewitness", "unconfirmed", stext="Очевидцы", **N)
    C(d, "detained", 200, "more_than", "задержали более 200 мародёров", **N)
    C(d, "buildings_damaged", 41, "exact", "был разграблен 41 торговый объект", "Bishkek mayor's office", "official", stext="по данным мэрии Бишкека", **N)

    d = "bishkek_news_kk.txt"
    C(d, "participants", 10000, "about", "10 мыңға жуық адам шықты", "Interior Ministry of Kyrgyzstan", "official", stext="Қырғызстан Ішкі істер министрлігінің", **P)
    C(d, "participants", 20000, "more_than", "20 мыңнан астам адам қатысты", "opposition representatives", "opposition", stext="Оппозиция өкілдері", **P)
    C(d, "injured", 100, "more_than", "100-ден астам адамның жарақат алғанын", "Ministry of Health of Kyrgyzstan", "official", stext="Денсаулық сақтау министрлігі", **P)
    C(d, "killed", 3, "exact", "түнгі тонау кезінде 3 адам қаза тапты", "Ministry of Health of Kyrgyzstan", "official", stext="Министрліктің деректері бойынша", **N)
    C(d, "killed", None, "vague", "«ондаған адам өлді»", "local forums", "social_media", "unconfirmed", stext="Жергілікті форумдарда", **N)
    C(d, "killed", None, "vague", "Бішкек мэриясы бұл ақпаратты жалған деп атады", "Bishkek mayor's office", "official", "denied", stext="Бішкек мэриясы", **N)
    C(d, "detained", 200, "more_than", "200-ден астам тонаушыны ұстады", place=BIS, date="2005-03-25")
    C(d, "buildings_damaged", 40, "more_than", "40-тан астам дүкен тоналған", "Bishkek mayor's office", "official", stext="Бішкек мэриясының мәліметінше", **N)

    # ================================================================ Chisinau protests, Tuesday 7 April 2009
    P = dict(place=CHI, date=D_CH)
    d = "chisinau_press_en.html"  # the Moldovan Ministry of Internal Affairs in its own voice
    C(d, "participants", 10000, "about", "about 10,000 people took part", **P)
    C(d, "injured", 273, "exact", "In total 273 people were injured", **P)
    C(d, "injured", 176, "exact", "among them 176 police officers", group="police", **P)
    C(d, "injured", 33, "exact", "33 people were hospitalized", **P)
    C(d, "detained", 193, "exact", "Police detained 193 people", place=CHI, date=D_CH2)
    C(d, "killed", 0, "exact", "No one died as a result of police action", **P)
    C(d, "killed", 3, "exact", '"three young men were beaten to death"', "Reports in the media", "media", "unconfirmed", group="protesters", **P)
    C(d, "killed", 3, "exact", "in police custody are not true", mod="denied", group="protesters", **P)
    C(d, "deployed", 1500, "more_than", "More than 1,500 police officers and carabinieri were deployed", **P)
    C(d, "injured", 176, "exact", "<td>Police officers</td><td>176</td>", group="police", **P)
    C(d, "injured", 12, "exact", "<td>176</td><td>12</td>", group="police", **P)
    C(d, "injured", 97, "exact", "<td>Civilians</td><td>97</td>", **P)
    C(d, "injured", 21, "exact", "<td>97</td><td>21</td>", **P)
    C(d, "injured", 273, "exact", "<td>Total</td><td>273</td>", **P)
    C(d, "injured", 33, "exact", "<td>273</td><td>33</td>", **P)

    f = "chisinau_articles_uk.jsonl#"
    C(f + "ch1", "injured", 200, "more_than", "захопили парламент: понад 200 постраждалих", **P)
    C(f + "ch1", "participants", 10000, "more_than", "вийшли понад 10 тисяч людей", "police", "official", stext="За оцінкою поліції", **P)
    C(f + "ch1", "participants", 30000, "exact", "організатори говорили про 30 тисяч", "organizers", "activist", stext="організатори", **P)
    MV = dict(src="Interior Ministry of Moldova", stype="official", stext="МВС Молдови", **P)
    C(f + "ch1", "injured", 200, "more_than", "постраждали понад 200 людей", **MV)
    C(f + "ch1", "injured", 100, "about", "близько 100 поліцейських", group="police", **MV)
    C(f + "ch1", "detained", 100, "at_least", "поліція затримала щонайменше 100 учасників", **P)
    C(f + "ch2", "killed", 3, "exact", "«трьох загиблих»", "opposition deputies", "opposition", "unconfirmed", group="protesters", stext="Опозиційні депутати", place=CHI, date=D_CH2)
    C(f + "ch2", "killed", 3, "exact", "МВС назвало ці дані брехнею", "Interior Ministry of Moldova", "official", "denied", group="protesters", stext="МВС", place=CHI, date=D_CH2)
    C(f + "ch2", "killed", 1, "exact", "загинула одна людина", "Interior Ministry of Moldova", "official", stext="МВС", place=CHI, date=D_CH2)
    C(f + "ch2", "detained", 300, "more_than", "затриманих було понад 300", "human rights defenders", "ngo", stext="За даними правозахисників", place=CHI, date=D_CH2)
    C(f + "ch2", "injured", None, "vague", "десятки з них зазнали побиття у відділках", "human rights defenders", "ngo", stext="За даними правозахисників", place=CHI, date=D_CH2)
    C(f + "ch2", "arrested", 86, "exact", "Суди Кишинева заарештували 86 людей", place=CHI, date="2009-04")
    C(f + "ch2", "charged", 3, "exact", "оголосила підозру 3 поліцейським", "Prosecutor General's Office of Moldova", "official", stext="генпрокуратура", place=CHI, date="2009-04-10")
    C(f + "ch2", "dismissed", 2, "exact", "звільнено 2 керівників поліції Кишинева", place=CHI, date="2009-04-15")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d18g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "irgiz_news_kk.txt"
    T(d, "2018-01-18", "bus burns on the Samara-Shymkent road", "Бейсенбі күні, 18 қаңтарда")
    T(d, "2018-01-18T10:30", "fire breaks out (local time)", "жергілікті уақыт бойынша сағат 10:30 шамасында")
    T(d, "2018-01-19", "bodies taken to Aktobe for identification", "Жұма күні, 19 қаңтарда")
    T(d, "2018-01-20", "day of mourning in Uzbekistan", "20 қаңтар аза тұту күні")
    f = "irgiz_feed_en.rss#"
    T(f + "ig-1", "2018-01-18", "bus catches fire in Irgiz district", "on Thursday")
    T(f + "ig-1", "2018-01-18T10:30+05:00", "fire breaks out (local time, 0530 GMT)", "at about 10:30 local time (0530 GMT)")
    T(f + "ig-2", "2018-01-20", "court orders the drivers' arrest", "on Saturday")
    d = "irgiz_police_ru.txt"
    T(d, "2018-01-18T10:30", "bus catches fire at km 1184", "18 января 2018 года, в четверг, около 10:30 по местному времени")
    T(d, "2018-01-19T18:00", "all bodies delivered to Aktobe (status)", "По состоянию на 18:00 19 января")

    d = "ilovaisk_timeline_uk.md"
    T(d, "2014-08-10", "operation near Ilovaisk begins", "10 серпня добровольчі батальйони")
    T(d, "2014-08-18", "fighters enter the town", "18 серпня бійці зайшли до міста")
    for day, entries in (("2014-08-25", (("09:00", "Semenchenko: battalion encircled"), ("18:40", "ATO HQ: situation under control"))),
                         ("2014-08-28", (("11:20", "NSDC: Russian units entered Donetsk region"), ("22:30", "Semenchenko: at least 20 wounded"))),
                         ("2014-08-29", (("00:15", "Russian president calls for a humanitarian corridor"), ("08:00", "two columns start to leave"),
                                         ("10:30", "columns shelled near Chervonosilske"), ("19:00", "first groups reach Ukrainian positions"))),
                         ("2014-08-30", (("12:00", "NSDC spokesman: part of the troops out"), ("17:45", "Russian TV claims over 1000 dead; denied"))),
                         ("2014-09-01", (("15:00", "volunteers: several hundred missing"),)),
                         ("2014-09-03", (("14:00", "General Staff: 108 dead, 97 wounded"),))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2014-10-20T12:00+03:00", "Rada commission: at least 241 dead", "Понеділок, 20 жовтня 2014 року, 12:00")
    T(d, "2015-08-14T11:00+03:00", "military prosecutor: 366 dead", "П'ятниця, 14 серпня 2015 року, 11:00")
    T(d, "2014-09", "first fighters released from captivity", "У вересні 2014 року")
    T(d, "2014-10", "two sector commanders dismissed", "У жовтні 2014 року")
    w = "ilovaisk_wiki_en.atom#ilo-wp"
    T(w, "2014-08-29T08:00+03:00", "columns leave along the 'green corridor'", "29 August 2014, at about 08:00 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(w, "2014-09-03", "General Staff: 108 killed", "On 3 September")
    T(w, "2015-08", "military prosecutor: 366 killed", "In August 2015")
    T(w, "2014-09-06", "ceasefire signed in Minsk", "On 6 September")
    T(w, "2014-10", "defence minister dismissed", "dismissed in October")
    t = "ilovaisk_wiki_en.atom#ilo-tl"
    T(t, "2014-08-29", "columns leave under the promised corridor", "'''29 August'''")
    T(t, "2014-08-30", "hundreds reach Ukrainian lines", "'''30 August'''")
    T(t, "2014-09-03", "General Staff: 108 killed, 97 wounded", "'''3 September'''")
    d = "ilovaisk_news_kk.txt"
    T(d, "2015-08-14", "military prosecutor gives the toll", "Матиос жұма күні")
    T(d, "2014-08-29", "encircled units leave by the 'green corridor'", "Жұма күні, 29 тамызда")
    T(d, "2014-08-29T08:00+03:00", "breakout begins (Kyiv time)", "Киев уақыты бойынша сағат 08:00 шамасында")
    T(d, "2014-09", "General Staff gives 108 dead", "2014 жылғы қыркүйекте")

    d = "biryul_export_ru.xml#30418"
    T(d, "2013-10-10", "Yegor Shcherbakov killed", "в ночь на 10 октября 2013 года")
    T(d, "2013-10-13T15:00+04:00", "residents gather at the district council (Moscow time)", "В воскресенье, 13 октября 2013 года, около 15:00 по московскому времени (UTC+4)")
    T(d, "2013-10-13", "crowd storms the shopping centre and the vegetable depot", "Вечером часть собравшихся")
    T(d, "2013-10-14", "police raid the vegetable depot", "В понедельник, 14 октября")
    T(d, "2013-10-15", "murder suspect detained", "15 октября подозреваемый")
    T(d, "2014", "court sentences Zeynalov", "В 2014 году")
    d = "biryul_mtblog_en.txt"
    T(d, "2013-10-13T15:00+04:00", "people gather (Moscow time)", "13.10.2013 in 15.00 hours (Moscow time)")
    T(d, "2013-10-13T19:30", "crowd at the trade centre and the vegetable base", "Update 13.10 19.30")
    T(d, "2013-10-13T22:00", "about 380 detained", "Update 13.10 22.00")
    T(d, "2013-10-14", "raid on the vegetable base", "Update 14.10")
    T(d, "2013-10-15", "suspect detained", "Update 15.10")
    d = "biryul_report_uk.txt"
    T(d, "2013-10-13", "'people's gathering' in Western Biryulyovo", "У неділю, 13 жовтня")
    T(d, "2013-10-13", "crowd wrecks the shopping centre", "Увечері натовп")
    T(d, "2013-10-14", "raid on the vegetable depot", "У понеділок, 14 жовтня")
    T(d, "2013-10-15", "suspect detained", "у вівторок, 15 жовтня")

    d = "bishkek_wiki_ru.wiki"
    T(d, "2005-03-24T14:00+05:00", "opposition supporters gather on Ala-Too square (Bishkek time)", "В четверг, 24 марта 2005 года, около 14:00 по бишкекскому времени (UTC+5)")
    T(d, "2005-03-25", "night of looting", "В ночь на 25 марта")
    T(d, "2005-03-26", "41 shops counted as looted", "К 26 марта")
    T(d, "2005-03-24", "Akayev flies to Kazakhstan", "Вечером 24 марта")
    T(d, "2005-04-04", "Akayev signs his resignation", "4 апреля")
    d = "bishkek_news_kk.txt"
    T(d, "2005-03-24", "White House stormed", "Бейсенбі күні, 24 наурызда")
    T(d, "2005-03-24T14:00+05:00", "protesters gather (Bishkek time)", "Бішкек уақыты бойынша сағат 14:00 шамасында")
    T(d, "2005-03-25", "more than 200 looters detained", "Жұма күні, 25 наурызда")

    d = "chisinau_press_en.html"
    T(d, "2009-04-07T10:00+03:00", "protest begins (Chisinau time)", "On Tuesday, 7 April 2009, at about 10:00 Chisinau time (UTC+3)")
    f = "chisinau_articles_uk.jsonl#"
    T(f + "ch1", "2009-04-07T10:00", "protest begins in central Chisinau", "У вівторок, 7 квітня, близько 10:00 за місцевим часом")
    T(f + "ch1", "2009-04-07", "police detain protesters", "Увечері поліція")
    T(f + "ch2", "2009-04-08", "Valeriu Boboc dies in hospital", "У середу, 8 квітня")
    T(f + "ch2", "2009-04-10", "three police officers named suspects", "У п'ятницю, 10 квітня")
    T(f + "ch2", "2009-04-15", "two Chisinau police chiefs dismissed", "15 квітня було звільнено")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d18t{n:03d}"
    return rows


ENTITIES = [
    ("Aktobe", "place", ["Aktobe", "Ақтөбе", "Ақтөбеге", "Актобе", "Актюбинской"]),
    ("Irgiz district", "place", ["Irgiz", "Ырғыз", "Иргизском"]),
    ("Shymkent", "place", ["Shymkent", "Шымкент"]),
    ("Uzbekistan", "place", ["Uzbekistan", "Өзбекстан", "Өзбекстанда", "Узбекистан"]),
    ("Kazakhstan", "place", ["Kazakhstan", "Қазақстан", "Казахстан"]),
    ("Ilovaisk", "place", ["Ilovaisk", "Іловайська", "Іловайськом", "Иловайск"]),
    ("Semen Semenchenko", "person", ["Semen Semenchenko", "Семен Семенченко", "Семенченка"]),
    ("Anatoliy Matios", "person", ["Anatoliy Matios", "Анатолій Матіос", "Анатолий Матиос"]),
    ("General Staff of the Armed Forces of Ukraine", "org", ["General Staff", "Генштаб ЗСУ", "Бас штаб"]),
    ("Donetsk Oblast", "place", ["Donetsk Oblast", "Донецк облысындағы", "Донеччину"]),
    ("Chervonosilske", "place", ["Chervonosilske", "Червоносільського"]),
    ("Novokaterynivka", "place", ["Novokaterynivka", "Новокатеринівки"]),
    ("Verkhovna Rada", "org", ["Rada", "Верховної Ради", "Раданың"]),
    ("Biryulyovo", "place", ["Biryulevo", "Бирюлёве", "Бирюлёво", "Бірюльові", "Бірюльово"]),
    ("Moscow", "place", ["Moscow", "Москва", "Москвы", "Москві"]),
    ("Yegor Shcherbakov", "person", ["Егора Щербакова", "Єгора Щербакова"]),
    ("Orkhan Zeynalov", "person", ["Орхан Зейналов", "Зейналова"]),
    ("Biryuza shopping centre", "place", ["Biryuza", "Бирюза"]),
    ("Bishkek", "place", ["Бишкеке", "Бишкека", "Бішкек"]),
    ("Askar Akayev", "person", ["Аскар Акаев", "Асқар Ақаев", "Акаев"]),
    ("White House (Bishkek)", "place", ["Белого дома", "Ақ үй"]),
    ("Kyrgyzstan", "place", ["Киргизии", "Киргизия", "Қырғызстан"]),
    ("Chisinau", "place", ["Chisinau", "Кишинева", "Кишиневі"]),
    ("Moldova", "place", ["Moldova", "Молдови"]),
    ("Valeriu Boboc", "person", ["Валерій Бобок", "Валерія Бобока"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset18", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
