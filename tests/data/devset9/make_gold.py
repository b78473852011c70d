"""Write the gold annotations of the ninth development set: tests/data/devset9/gold/devset9.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset9.py, which checks every anchor:

    python tests/data/devset9/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `taraz_prosecutor_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

TAR, VOL, BRO, LVIV, KUY = "Taraz", "Volgograd", "Brovary", "Lviv", "Kuybyshev Reservoir"
D_TA, D_BR, D_LV, D_BU = "2011-11-12", "2023-01-18", "2023-07-06", "2011-07-10"
D_V1, D_V2, D_V = "2013-12-29", "2013-12-30", ["2013-12-29", "2013-12-30"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Taraz attack, Saturday 12 November 2011
    P = dict(place=TAR, date=D_TA)
    d = "taraz_news_kk.txt"
    C(d, "killed", 7, "exact", "Тараздағы шабуыл: 7 адам қаза тапты", **P)
    GP = dict(src="General Prosecutor's Office of Kazakhstan", stype="official", stext="Бас прокуратураның", **P)
    C(d, "killed", 7, "exact", "шабуыл салдарынан 7 адам қаза тапты", **GP)
    C(d, "killed", 5, "exact", "оның ішінде 5 құқық қорғау органының қызметкері", group="police", **GP)
    C(d, "killed", 4, "exact", "4 адам қаза тапқан", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    HD = dict(src="regional health department", stype="official", stext="Облыстық денсаулық сақтау басқармасының", **P)
    C(d, "injured", 3, "exact", "3 адам жарақат алып", **HD)
    C(d, "injured", 1, "exact", "Оның 1-еуі ауыр жағдайда", **HD)
    C(d, "killed", 15, "more_than", "«15-тен астам адам» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 15, "more_than", "бұл ақпаратты жалған деп атады", "Zhambyl regional administration", "official", "denied", stext="Жамбыл облысының әкімдігі", **P)
    C(d, "deployed", 300, "about", "300-ге жуық полиция қызметкері", **P)

    d = "taraz_prosecutor_ru.txt"  # cp1251; the General Prosecutor's Office in its own voice
    C(d, "killed", 7, "exact", "погибли 7 человек", **P)
    C(d, "killed", 5, "exact", "5 сотрудников правоохранительных органов", group="police", **P)
    C(d, "killed", 2, "exact", "2 гражданских лица", group="civilians", **P)
    C(d, "injured", 3, "exact", "Ранения получили 3 человека", **P)
    C(d, "injured", 2, "exact", "из них 2 сотрудника полиции", group="police", **P)
    C(d, "killed", 8, "exact", "Ранее в ряде СМИ сообщалось о 8 погибших", "media reports", "media", stext="в ряде СМИ", **P)
    C(d, "detained", 3, "exact", "задержаны 3 человека", place=TAR, date="2011-11")
    C(d, "arrested", 2, "exact", "в отношении 2 из них судом санкционирован арест", place=TAR, date="2011-11")
    C(d, "killed", None, "vague", "«десятках погибших»", "social networks", "social_media", "unconfirmed", stext="в социальных сетях", **P)
    C(d, "killed", None, "vague", "не соответствуют действительности", mod="denied", **P)
    C(d, "deployed", 500, "more_than", "привлечено более 500 сотрудников", **P)

    f = "taraz_feed_en.rss#"
    C(f + "t11-1", "killed", 5, "at_least", "Gunman kills at least five in southern Kazakh city of Taraz", **P)
    C(f + "t11-1", "killed", 5, "at_least", "killed at least five people", "a regional police spokesman", "official", **P)
    C(f + "t11-1", "injured", 2, "exact", "two wounded police officers were in surgery", "A hospital official", "eyewitness", group="police", **P)
    GP = dict(src="General Prosecutor's Office", stype="official", **P)
    C(f + "t11-2", "killed", 7, "exact", "Kazakh prosecutors put Taraz toll at seven", **GP)
    C(f + "t11-2", "killed", 7, "exact", "Seven people were killed in Saturday's attack", **GP)
    C(f + "t11-2", "killed", 5, "exact", "five of them security officers", group="police", **GP)
    C(f + "t11-2", "killed", 2, "exact", "two civilians, the General Prosecutor's Office", group="civilians", **GP)
    C(f + "t11-2", "killed", 10, "at_most", "as many as 10 people may have died", "opposition newspaper Respublika", "opposition", "unconfirmed", **P)
    C(f + "t11-2", "detained", 3, "exact", "Police have detained three suspected accomplices", "police spokesman", "official", place=TAR, date="2011-11")

    # ================================================================ Volgograd bombings, 29-30 December 2013
    d = "volgograd_export_ru.xml#58213"
    RIA = dict(src="RIA Novosti", stype="media", stext="РИА Новости", place=VOL, date=D_V)
    C(d, "killed", 34, "exact", "погибшие         = 34", **RIA)
    C(d, "killed", 34, "exact", "Число погибших при взрывах в Волгограде достигло 34", **RIA)
    C(d, "injured", 100, "more_than", "раненые          = более 100", place=VOL, date=D_V)
    MZ = dict(src="Russian Ministry of Health", stype="official", stext="Минздрава России", place=VOL, date=D_V1)
    C(d, "killed", 18, "exact", "погибли 18 человек, ещё 44", **MZ)
    C(d, "injured", 44, "exact", "ещё 44 получили ранения", **MZ)
    C(d, "killed", 13, "exact", "Первоначально сообщалось о 13 погибших", "initial reports", "unknown", stext="Первоначально сообщалось", place=VOL, date=D_V1)
    SK = dict(src="Investigative Committee of Russia", stype="official", stext="Следственный комитет", place=VOL, date=D_V2)
    C(d, "killed", 14, "exact", "погибли 14 человек, ранены 28", **SK)
    C(d, "injured", 28, "exact", "ранены 28", **SK)
    C(d, "killed", 10, "exact", "В Волгограде взорван троллейбус: 10 погибших", "Interfax", "media", stext="Интерфакс", place=VOL, date=D_V2)
    C(d, "killed", 16, "exact", "число погибших во втором теракте выросло до 16", place=VOL, date=D_V2)
    C(d, "killed", 34, "exact", "погибли 34 человека, включая двух смертников", place=VOL, date=D_V)
    C(d, "killed", 2, "exact", "включая двух смертников", group="attackers", place=VOL, date=D_V)
    C(d, "killed", 50, "more_than", "«более 50 погибших»", "forums", "social_media", "unconfirmed", stext="На форумах", place=VOL, date=D_V)
    C(d, "killed", 50, "more_than", "МЧС назвало эти сведения недостоверными", "Russian Emergencies Ministry", "official", "denied", stext="МЧС", place=VOL, date=D_V)
    C(d, "detained", 87, "exact", "полиция задержала 87 человек", place=VOL, date="2013-12")
    C(d, "deployed", 5000, "more_than", "привлекли более 5 тысяч полицейских", place=VOL, date=D_V)

    d = "volgograd_mtblog_en.txt"
    ME = dict(src="MCHS", stype="official", place=VOL, date=D_V1)
    C(d, "killed", 13, "exact", "were lost 13 persons", **ME)
    C(d, "injured", 40, "about", "are wounded about 40", **ME)
    C(d, "killed", 16, "exact", "the number of the lost increased to 16 persons", place=VOL, date=D_V1)
    C(d, "injured", 34, "exact", "In hospitals of city there are 34 persons", place=VOL, date=D_V1)
    C(d, "injured", 9, "exact", "from them 9 in heavy condition", place=VOL, date=D_V1)
    C(d, "injured", None, "vague", "on the floor of the hall lay tens of people", "The eyewitness Svetlana", "eyewitness", place=VOL, date=D_V1)
    C(d, "killed", 10, "exact", "Were lost 10 persons, according to the Investigation committee", "Investigation committee", "official", place=VOL, date=D_V2)
    C(d, "killed", 14, "exact", "in the trolleybus were lost 14", place=VOL, date=D_V2)
    C(d, "injured", 28, "exact", "are wounded 28 persons", place=VOL, date=D_V2)
    MH = dict(src="the ministry of health", stype="official", place=VOL, date=D_V)
    C(d, "killed", 34, "exact", "the total number of the lost reached 34 persons", **MH)
    C(d, "killed", 2, "exact", "including two suicide bombers", group="attackers", **MH)
    C(d, "injured", 66, "exact", "Are hospitalized 66 persons", **MH)
    C(d, "killed", 60, "at_least", '"not less than 60 lost"', "social networks", "social_media", "unconfirmed", place=VOL, date=D_V)
    C(d, "killed", 60, "at_least", "the police called this as the panic", "the police", "official", "denied", place=VOL, date=D_V)
    C(d, "detained", 87, "exact", "The police detained 87 persons", place=VOL, date="2013-12")
    C(d, "deployed", 1000, "more_than", "More than 1000 policemen patrol the streets", place=VOL, date=D_V)

    d = "volgograd_news_kk.txt"
    C(d, "killed", 34, "exact", "Волгоградтағы жарылыстар: 34 адам қаза тапты", place=VOL, date=D_V)
    MZ = dict(src="Russian Ministry of Health", stype="official", stext="Ресей Денсаулық сақтау министрлігінің", place=VOL, date=D_V)
    C(d, "killed", 34, "exact", "екі жарылыста 34 адам қаза тапты", **MZ)
    C(d, "injured", 60, "more_than", "60-тан астам адам жарақат алды", **MZ)
    C(d, "killed", 13, "exact", "вокзалда 13 адам қаза тапқан", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", place=VOL, date=D_V1)
    C(d, "killed", 14, "exact", "троллейбуста 14 адам қаза тапты", "Investigative Committee of Russia", "official", stext="Тергеу комитетінің", place=VOL, date=D_V2)
    C(d, "detained", 87, "exact", "87 адамды ұстады", place=VOL, date="2013-12")  # the police as the subject of its own act: author (as "Поліція затримала" in lviv_report_uk)
    C(d, "killed", 100, "about", "«жүзге жуық» адам қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", place=VOL, date=D_V)
    C(d, "killed", 100, "about", "бұл ақпаратты жоққа шығарды", "Russian Emergencies Ministry", "official", "denied", stext="Ресей ТЖМ", place=VOL, date=D_V)

    # ================================================================ Brovary helicopter crash, Wednesday 18 January 2023
    P = dict(place=BRO, date=D_BR)
    d = "brovary_timeline_uk.md"
    KL = dict(src="National Police chief Ihor Klymenko", stype="official", stext="Голова Нацполіції Ігор Клименко", **P)
    C(d, "killed", 16, "exact", "загинули 16 людей", **KL)
    C(d, "killed", 2, "exact", "серед них 2 дітей", group="children", **KL)
    C(d, "injured", 22, "exact", "Постраждали 22 людини", **KL)
    C(d, "injured", 10, "exact", "Постраждали 22 людини, з них 10 дітей", group="children", **KL)
    KU = dict(src="Oleksiy Kuleba, head of the Kyiv regional military administration", stype="official", stext="Кулеба", **P)
    C(d, "killed", 18, "exact", "кількість загиблих зросла до 18", **KU)
    C(d, "killed", 3, "exact", "серед них 3 дітей", group="children", **KU)
    C(d, "injured", 29, "exact", "У лікарнях 29 людей", **KU)
    C(d, "injured", 15, "exact", "з них 15 дітей", group="children", **KU)
    C(d, "killed", None, "vague", "«десятки загиблих дітей»", "Russian Telegram channels", "social_media", "unconfirmed", group="children", stext="Російські телеграм-канали", **P)
    C(d, "killed", None, "vague", "Київська ОВА назвала це фейком", "Kyiv regional military administration", "official", "denied", group="children", stext="Київська ОВА", **P)
    NP = dict(src="National Police", stype="official", stext="Нацполіція", **P)
    C(d, "killed", 14, "exact", "загинули 14 людей", **NP)
    C(d, "killed", 1, "exact", "серед них 1 дитина", group="children", **NP)
    C(d, "injured", 25, "exact", "Постраждали 25 людей", **NP)
    C(d, "injured", 11, "exact", "з них 11 дітей", group="children", **NP)
    C(d, "deployed", 100, "more_than", "понад 100 рятувальників", **P)
    MZ = dict(src="Ministry of Health", stype="official", stext="МОЗ", **P)
    C(d, "injured", 16, "exact", "у лікарнях залишаються 16 людей", **MZ)
    C(d, "injured", 10, "exact", "у лікарнях залишаються 16 людей, з них 10 дітей", group="children", **MZ)
    C(d, "injured", None, "vague", "«кількох» дітей з важкими опіками", "doctors of the Brovary hospital", "eyewitness", group="children", stext="Лікарі Броварської лікарні", **P)
    C(d, "deployed", 30, "more_than", "залучили понад 30 слідчих і експертів", "State Bureau of Investigation", "official", stext="ДБР", **P)
    C(d, "killed", 1, "exact", "помер ще 1 чоловік", **P)
    C(d, "killed", 15, "exact", "Загиблих 15", **P)
    CC = dict(src="Brovary city council", stype="official", stext="Міська рада Броварів", **P)
    C(d, "buildings_damaged", 1, "exact", "пошкоджено 1 садок", **CC)
    C(d, "buildings_damaged", 9, "exact", "9 житлових будинків", **CC)
    C(d, "vehicles_damaged", 7, "exact", "7 автомобілів", **CC)
    C(d, "dismissed", 2, "exact", "Уряд звільнив 2 посадовців ДСНС", place=BRO, date="2023-01-24")
    C(d, "charged", 1, "exact", "повідомило про підозру 1 посадовцю ДСНС", "State Bureau of Investigation", "official", stext="ДБР", place=BRO, date="2023-01-27")
    NP1 = dict(src="National Police", stype="official", stext="Нацполіція (перша оцінка)", **P)
    C(d, "killed", 16, "exact", "Нацполіція (перша оцінка) | 18 січня | 16", **NP1)
    C(d, "injured", 22, "exact", "Нацполіція (перша оцінка) | 18 січня | 16 | 22", **NP1)
    KO = dict(src="Kyiv regional military administration", stype="official", stext="Київська ОВА", **P)
    C(d, "killed", 18, "exact", "Київська ОВА | 18 січня | 18", **KO)
    C(d, "injured", 29, "exact", "Київська ОВА | 18 січня | 18 | 29", **KO)
    NP2 = dict(src="National Police", stype="official", stext="Нацполіція (уточнення)", **P)
    C(d, "killed", 14, "exact", "Нацполіція (уточнення) | 18 січня | 14", **NP2)
    C(d, "injured", 25, "exact", "Нацполіція (уточнення) | 18 січня | 14 | 25", **NP2)
    C(d, "killed", 15, "exact", "МОЗ | 21 січня | 15", **MZ)
    C(d, "injured", 25, "exact", "МОЗ | 21 січня | 15 | 25", **MZ)
    C(d, "injured", 30, "at_least", "щонайменше 30 постраждалих", "Brovarska Varta civic initiative", "ngo", "unconfirmed", stext="Громадська ініціатива «Броварська варта»", **P)

    w = "brovary_wiki_en.atom#bro-wp"
    RE = dict(src="Reuters", stype="media", **P)
    C(w, "killed", 14, "exact", "fatalities = 14", **RE)
    C(w, "killed", 14, "exact", "Helicopter crash near Kyiv kills 14 including interior minister", **RE)
    C(w, "injured", 25, "exact", "injuries   = 25", **P)
    C(w, "killed", 9, "exact", "killing all nine people on board", **P)
    C(w, "killed", 5, "exact", "five people on the ground", **P)
    C(w, "killed", 18, "exact", "Ukraine's interior minister among 18 dead in helicopter crash", "Associated Press", "media", **P)
    KU = dict(src="Regional governor Oleksiy Kuleba", stype="official", **P)
    C(w, "killed", 18, "exact", "first said 18 people had died", **KU)
    C(w, "killed", 3, "exact", "including three children", group="children", **KU)
    PO = dict(src="Police", stype="official", **P)
    C(w, "killed", 14, "exact", "revised the toll to 14", **PO)
    C(w, "killed", 1, "exact", "among them one child", group="children", **PO)
    C(w, "injured", 25, "about", "About 25 people were injured", **PO)
    C(w, "injured", 11, "exact", "11 of them children", group="children", **PO)
    m = "brovary_wiki_en.atom#bro-mo"
    C(m, "killed", 14, "exact", "the crash killed 14 people", "National Police of Ukraine", "official", **P)
    C(m, "killed", 3, "exact", "including three top officials of the ministry", "National Police of Ukraine", "official", **P)
    C(m, "dismissed", 2, "exact", "dismissed two officials of the emergency service", place=BRO, date="2023-01-24")

    f = "brovary_articles_ru.jsonl#"
    C(f + "b1", "killed", 16, "exact", "погибли 16 человек, среди них глава МВД", **P)
    KL = dict(src="Ihor Klymenko, head of the National Police of Ukraine", stype="official", stext="глава Нацполиции Украины Игорь Клименко", **P)
    C(f + "b1", "killed", 16, "exact", "Погибли 16 человек, в том числе двое детей", **KL)
    C(f + "b1", "killed", 2, "exact", "в том числе двое детей", group="children", **KL)
    C(f + "b1", "injured", 22, "exact", "пострадали 22 человека", **KL)
    C(f + "b1", "injured", 10, "exact", "из них 10 детей", group="children", **KL)
    C(f + "b1", "killed", 20, "at_most", "погибших может быть до 20", "Oleksiy Kuleba, head of the Kyiv regional administration", "official", "unconfirmed", stext="Глава Киевской ОВА Алексей Кулеба", **P)
    C(f + "b2", "killed", 14, "exact", "Число погибших в Броварах уточнили: 14 человек", **P)
    NP = dict(src="National Police of Ukraine", stype="official", stext="Национальная полиция Украины", **P)
    C(f + "b2", "killed", 14, "exact", "погибли 14 человек, из них 1 ребёнок", **NP)
    C(f + "b2", "killed", 1, "exact", "из них 1 ребёнок", group="children", **NP)
    C(f + "b2", "injured", 25, "exact", "Ранения получили 25 человек", **NP)
    C(f + "b2", "injured", 11, "exact", "11 из них — дети", group="children", **NP)
    C(f + "b2", "killed", 18, "exact", "Ранее сообщалось о 18 погибших", "earlier reports", "unknown", stext="Ранее сообщалось", **P)
    C(f + "b2", "injured", [15, 17], "range", "оставались от 15 до 17 человек", "Ministry of Health", "official", stext="в Минздраве", **P)
    C(f + "b2", "injured", None, "vague", "«сотнях пострадавших детей»", "Russian Telegram channels", "social_media", "unconfirmed", group="children", stext="В российских телеграм-каналах", **P)
    C(f + "b2", "injured", None, "vague", "в Офисе генпрокурора это назвали ложью", "Office of the Prosecutor General", "official", "denied", group="children", stext="в Офисе генпрокурора", **P)
    C(f + "b2", "deployed", 140, "exact", "привлекли 140 спасателей", **P)

    # ================================================================ Lviv missile strike, Thursday 6 July 2023
    P = dict(place=LVIV, date=D_LV)
    d = "lviv_press_en.html"  # Lviv City Council in its own voice
    C(d, "killed", 10, "exact", "10 people were killed", **P)
    C(d, "injured", 37, "exact", "37 people were injured", **P)
    C(d, "injured", 9, "exact", "9 of whom remain in hospital", **P)
    C(d, "deployed", 150, "more_than", "More than 150 rescuers", **P)
    C(d, "killed", 40, "more_than", 'that "more than 40" residents were killed', "some messengers", "social_media", "unconfirmed", **P)
    C(d, "killed", 40, "more_than", "residents were killed are false", mod="denied", **P)
    C(d, "buildings_damaged", 28, "exact", "<td>Shevchenkivskyi</td><td>28</td>", **P)
    C(d, "vehicles_damaged", 41, "exact", "<td>28</td><td>41</td>", **P)
    C(d, "buildings_damaged", 7, "exact", "<td>Zaliznychnyi</td><td>7</td>", **P)
    C(d, "vehicles_damaged", 9, "exact", "<td>7</td><td>9</td>", **P)
    C(d, "buildings_damaged", 35, "exact", "<td><b>35</b></td>", **P)
    C(d, "vehicles_damaged", 50, "exact", "<td><b>50</b></td>", **P)

    d = "lviv_report_uk.txt"
    C(d, "killed", 10, "exact", "Удар по Львову: кількість загиблих зросла до 10", **P)
    C(d, "killed", 4, "exact", "повідомив про 4 загиблих", "Mayor Andriy Sadovyi", "official", stext="міський голова Андрій Садовий", **P)
    KO = dict(src="Maksym Kozytskyi, head of the Lviv regional military administration", stype="official", stext="Голова Львівської ОВА Максим Козицький", **P)
    C(d, "killed", 5, "exact", "загинули 5 людей", **KO)
    C(d, "injured", 32, "exact", "ще 32 поранені", **KO)
    C(d, "injured", 4, "exact", "з них 4 дитини", group="children", **KO)
    SE = dict(src="State Emergency Service", stype="official", stext="ДСНС", **P)
    C(d, "killed", 2, "exact", "тіла ще двох людей", **SE)
    C(d, "killed", 7, "exact", "загиблих стало 7", **SE)
    OA = dict(src="Lviv regional military administration", stype="official", stext="За даними ОВА", **P)
    C(d, "killed", 10, "exact", "загинули 10 людей", **OA)
    C(d, "injured", 37, "exact", "постраждали 37", **OA)
    C(d, "killed", None, "vague", "«може бути кілька десятків»", "local Telegram channels", "social_media", "unconfirmed", stext="У місцевих телеграм-каналах", **P)
    C(d, "killed", None, "vague", "Садовий назвав ці повідомлення неправдивими", "Mayor Andriy Sadovyi", "official", "denied", stext="Садовий", **P)
    CC = dict(src="city council", stype="official", stext="Міська рада", **P)
    C(d, "buildings_damaged", 35, "exact", "пошкоджено 35 будинків", **CC)
    C(d, "vehicles_damaged", 50, "more_than", "понад 50 автомобілів", **CC)
    C(d, "detained", 2, "exact", "Поліція затримала 2 чоловіків", place=LVIV, date="2023-07")

    # ================================================================ Bulgaria river cruiser sinking, Sunday 10 July 2011
    P = dict(place=KUY, date=D_BU)
    d = "bulgaria_wiki_ru.wiki"
    TA = dict(src="ITAR-TASS", stype="media", stext="ИТАР-ТАСС", **P)
    C(d, "killed", 122, "exact", "погибшие     = 122", **TA)
    C(d, "killed", 122, "exact", "число жертв «Булгарии» — 122", **TA)
    C(d, "missing", 110, "more_than", "пропавшими без вести считаются более 110 человек", "Russian Emergencies Ministry", "official", stext="МЧС России", **P)
    C(d, "killed", 2, "exact", "Первоначально сообщалось о 2 погибших", "initial reports", "unknown", stext="Первоначально сообщалось", **P)
    C(d, "killed", 2, "exact", "На Волге затонул теплоход, погибли 2 человека", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "killed", 105, "exact", "водолазы подняли тела 105 человек", **P)
    MC = dict(src="Russian Emergencies Ministry", stype="official", stext="МЧС", **P)
    C(d, "killed", 122, "exact", "погибли 122 человека, в том числе 28 детей", **MC)
    C(d, "killed", 28, "exact", "в том числе 28 детей", group="children", **MC)
    C(d, "killed", 150, "more_than", "«более 150 погибших»", "Kazan forums", "social_media", "unconfirmed", stext="На форумах Казани", **P)
    C(d, "killed", 150, "more_than", "в МЧС эти сведения назвали слухами", "Russian Emergencies Ministry", "official", "denied", stext="в МЧС", **P)
    C(d, "detained", 3, "exact", "Были задержаны 3 человека", place=KUY, date="2011-07")
    C(d, "arrested", 2, "exact", "суд арестовал 2 из них", place=KUY, date="2011-07")
    C(d, "convicted", 3, "exact", "суд приговорил 3 обвиняемых", place=KUY, date="2013")
    C(d, "deployed", 600, "more_than", "участвовали более 600 человек", **P)
    C(d, "deployed", 180, "exact", "180 водолазов", **P)

    d = "bulgaria_news_kk.txt"
    C(d, "killed", 122, "exact", "Татарстандағы кеме апаты: 122 адам қаза тапты", **P)
    TZ = dict(src="Russian Emergencies Ministry", stype="official", stext="Ресей ТЖМ-нің", **P)
    C(d, "killed", 122, "exact", "апатынан 122 адам қаза тапты", **TZ)
    C(d, "killed", 28, "exact", "оның ішінде 28 бала", group="children", **TZ)
    AL = dict(src="initial reports", stype="unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 2, "exact", "2 адам қаза тапқан", **AL)
    C(d, "missing", 100, "more_than", "100-ден астам адам хабарсыз кеткен", **AL)
    C(d, "killed", 90, "about", "90-ға жуық адамның денесін тапты", "rescuers", "official", stext="құтқарушылар", **P)
    C(d, "detained", 3, "exact", "Тергеу комитеті 3 адамды ұстады", place=KUY, date="2011-07")  # subject of its own act: author
    C(d, "deployed", 600, "more_than", "600-ден астам адам қатысты", **P)

    d = "bulgaria_report_uk.txt"
    C(d, "missing", 100, "more_than", "на Волзі шукають понад 100 зниклих", **P)  # headline; added after the first scoring (omission)
    MN = dict(src="Russian Emergencies Ministry", stype="official", stext="МНС Росії", **P)
    C(d, "killed", 1, "exact", "1 з них помер у лікарні", **MN)
    C(d, "missing", 101, "exact", "Зниклими безвісти вважаються 101 людина", **MN)
    C(d, "killed", 41, "exact", "підняли тіла 41 загиблого", **MN)
    C(d, "killed", [110, 120], "range", "загинути могли від 110 до 120 людей", "Prosecutor's Office of Tatarstan", "official", "unconfirmed", stext="Прокуратура Татарстану", **P)
    C(d, "detained", 2, "exact", "поліція затримала 2 посадовців", "local journalists", "media", stext="Місцеві журналісти", place=KUY, date="2011-07")
    C(d, "deployed", 140, "exact", "працюють 140 водолазів", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d9g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "taraz_news_kk.txt"
    T(d, "2011-11-12", "gunman attacks in several places in Taraz", "Сенбі күні, 12 қарашада")
    T(d, "2011-11-12T11:00", "attack begins (local time)", "жергілікті уақыт бойынша сағат 11:00 шамасында")
    T(d, "2011-11-13", "mourning in Taraz", "Жексенбі күні, 13 қарашада")
    d = "taraz_prosecutor_ru.txt"
    T(d, "2011-11-12T11:00", "series of attacks in Taraz", "12 ноября 2011 года около 11:00")
    T(d, "2011-11-14T18:00", "status: over 500 officers engaged", "По состоянию на 18:00 14 ноября")
    f = "taraz_feed_en.rss#"
    T(f + "t11-1", "2011-11-12", "shooting spree in Taraz", "on Saturday")
    T(f + "t11-1", "2011-11-12T11:30+06:00", "violence begins near a gun shop (local time, 0530 GMT)", "at about 11:30 local time (0530 GMT)")
    T(f + "t11-2", "2011-11-14", "prosecutors: toll seven", "said on Monday")

    d = "volgograd_export_ru.xml#58213"
    T(d, "2013-12-29T12:45+04:00", "bomb at Volgograd-1 station (Moscow time)", "В воскресенье, 29 декабря 2013 года, в 12:45 по московскому времени (UTC+4)")
    T(d, "2013-12-30T08:25", "trolleybus bombing in Dzerzhinsky district", "В понедельник, 30 декабря, около 08:25")
    d = "volgograd_mtblog_en.txt"
    T(d, "2013-12-29T12:45+04:00", "bomb at Volgograd-1 station (Moscow time)", "29.12.2013 in 12.45 hours (Moscow time)")
    T(d, "2013-12-29T17:00", "toll rises to 16, 34 in hospitals", "Update 29.12 17.00")
    T(d, "2013-12-30T08:25", "trolleybus explodes", "in the morning in 8.25")
    T(d, "2013-12-30T12:00", "trolleybus: 14 dead, 28 wounded", "Update 30.12 12.00")
    T(d, "2013-12-31", "health ministry: total 34 dead", "Update 31.12")
    d = "volgograd_news_kk.txt"
    T(d, "2013-12-29T12:45+04:00", "bomb at the railway station (Moscow time)", "Жексенбі күні, 29 желтоқсанда, Мәскеу уақыты бойынша сағат 12:45-те")
    T(d, "2013-12-30", "trolleybus bombing", "Дүйсенбі күні таңертең")

    d = "brovary_timeline_uk.md"
    T(d, "2023-01-18", "helicopter falls on a kindergarten in Brovary", "Вранці 18 січня")
    for day, entries in (("2023-01-18", (("08:20", "helicopter crashes near a kindergarten"), ("09:05", "governor: dead incl. children"), ("09:40", "police: 16 dead, 22 injured"), ("10:30", "governor: 18 dead, 29 in hospital"), ("11:15", "minister's death confirmed"), ("13:00", "Telegram claims dozens of children dead; denied"), ("17:50", "police: 14 dead, 25 injured"), ("20:00", "rescuers at the site"))),
                         ("2023-01-19", (("08:00", "health ministry: 16 in hospital"), ("14:30", "doctors on burnt children"), ("19:00", "investigators: three versions")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+02:00", label, f"**{hm}**")
    T(d, "2023-01-21T10:00+02:00", "a man dies in hospital; toll 15", "субота, 21 січня, 10:00")
    T(d, "2023-01-21T12:00+02:00", "funeral in Kyiv", "субота, 21 січня, 12:00")
    T(d, "2023-01-22T16:00+02:00", "city council: damage", "неділя, 22 січня, 16:00")
    T(d, "2023-01-24T11:00+02:00", "government dismisses 2 officials", "вівторок, 24 січня, 11:00")
    T(d, "2023-01-27T15:00+02:00", "SBI charges an official", "п'ятниця, 27 січня, 15:00")
    w = "brovary_wiki_en.atom#bro-wp"
    T(w, "2023-01-18T08:20+02:00", "Super Puma crashes next to a kindergarten", "at about 08:20 [[Eastern European Time|EET]] (UTC+02:00)")
    T(w, "2023-01-18", "helicopter crash in Brovary", "On 18 January 2023")
    T(w, "2023-01-21", "another victim dies in hospital", "on 21 January")
    m = "brovary_wiki_en.atom#bro-mo"
    T(m, "2023-01-18", "the minister dies in the crash", "on the morning of 18 January 2023")
    T(m, "2023-01-24", "two emergency service officials dismissed", "on 24 January")
    f = "brovary_articles_ru.jsonl#"
    T(f + "b1", "2023-01-18", "helicopter falls near a kindergarten", "в среду утром")
    T(f + "b1", "2023-01-18T08:20+02:00", "crash (Kyiv time)", "около 08:20 по киевскому времени")
    T(f + "b2", "2023-01-19", "health ministry: 15-17 in hospital", "В четверг, 19 января")

    d = "lviv_press_en.html"
    T(d, "2023-07-06T03:00+03:00", "cruise missile hits residential buildings (Kyiv time)", "On the night of Thursday, 6 July 2023, at about 03:00 Kyiv time")
    d = "lviv_report_uk.txt"
    T(d, "2023-07-06T03:00", "missile hits houses on Stepan Bandera street", "У четвер, 6 липня, близько третьої ночі")
    T(d, "2023-07-06", "emergency service: toll 7", "Увечері 6 липня")
    T(d, "2023-07-07", "rubble cleared; toll 10", "У п'ятницю, 7 липня")

    d = "bulgaria_wiki_ru.wiki"
    T(d, "2011-07-10T13:58+04:00", "Bulgaria sinks (Moscow time)", "в воскресенье, 10 июля 2011 года, около 13:58 по московскому времени (UTC+4)")
    T(d, "2011-07-10", "emergency ministry: over 110 missing", "Вечером 10 июля")
    T(d, "2011-07-13", "divers recover 105 bodies", "К 13 июля")
    T(d, "2011-07-21", "final toll 122", "По состоянию на 21 июля")
    T(d, "2013", "court sentences three", "В 2013 году")
    d = "bulgaria_news_kk.txt"
    T(d, "2011-07-10", "ship sinks on the Kuybyshev Reservoir", "жексенбі күні, 10 шілдеде")
    T(d, "2011-07-10T13:58+04:00", "sinking (Moscow time)", "Мәскеу уақыты бойынша сағат 13:58 шамасында")
    T(d, "2011-07-12", "rescuers find about 90 bodies", "Сейсенбі күні, 12 шілдеде")
    d = "bulgaria_report_uk.txt"
    T(d, "2011-07-10", "Bulgaria sinks in a storm", "у неділю, 10 липня")
    T(d, "2011-07-11", "mourning in Tatarstan", "У понеділок, 11 липня")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d9t{n:03d}"
    return rows


ENTITIES = [
    ("Taraz", "place", ["Тараз", "Тараздағы", "Таразе", "Taraz"]),
    ("General Prosecutor's Office of Kazakhstan", "org", ["Генеральной прокуратуры Республики Казахстан", "Бас прокуратураның", "General Prosecutor's Office"]),
    ("Volgograd", "place", ["Волгоград", "Волгоградтағы", "Волгограде", "Volgograd"]),
    ("Investigative Committee of Russia", "org", ["Следственный комитет", "Тергеу комитеті", "Investigation committee"]),
    ("Brovary", "place", ["Бровари", "Броварах", "Brovary"]),
    ("Denys Monastyrskyi", "person", ["Дениса Монастирського", "Денис Монастырский", "Denys Monastyrskyi"]),
    ("Ihor Klymenko", "person", ["Ігор Клименко", "Игорь Клименко"]),
    ("Oleksiy Kuleba", "person", ["Олексій Кулеба", "Алексей Кулеба", "Oleksiy Kuleba"]),
    ("National Police of Ukraine", "org", ["Нацполіція", "Национальная полиция Украины", "National Police of Ukraine"]),
    ("State Emergency Service of Ukraine", "org", ["ДСНС", "ГСЧС", "State Emergency Service"]),
    ("Lviv", "place", ["Львові", "Львову", "Lviv"]),
    ("Andriy Sadovyi", "person", ["Андрій Садовий", "Садовий"]),
    ("Kazan", "place", ["Казань", "Казани", "Қазан"]),
    ("Tatarstan", "place", ["Татарстан", "Татарстані", "Татарстандағы"]),
    ("Russian Emergencies Ministry", "org", ["МЧС России", "МНС Росії", "Ресей ТЖМ"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset9", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
