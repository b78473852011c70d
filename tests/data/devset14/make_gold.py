"""Write the gold annotations of the fourteenth development set: tests/data/devset14/gold/devset14.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset14.py, which checks every anchor:

    python tests/data/devset14/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `abai_ministry_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

ABAI, PERM, POL, SYR, MAK, YER = "Abai Region", "Perm", "Poltava", "Syrdarya Region", "Maktaaral District", "Yerevan"
D_AB, D_PE, D_PO, D_SA, D_YE = "2023-06-10", "2009-12-05", "2024-09-03", "2020-05-01", "2022-08-14"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Abai region forest fire, June 2023
    P = dict(place=ABAI, date=D_AB)
    PM = dict(place=ABAI, date="2023-06")
    d = "abai_news_kk.txt"
    C(d, "killed", 14, "exact", "Абай облысындағы орман өрті: 14 орманшы қаза тапты", **P)
    C(d, "killed", 14, "exact", "өрт салдарынан 14 адам қаза тапты", **P)
    C(d, "missing", 9, "exact", "өрт ошағында 9 орманшы хабарсыз кеткен", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    HD = dict(src="regional health department", stype="official", stext="Облыстық денсаулық сақтау басқармасының", **P)
    C(d, "injured", 2, "exact", "2 адам күйік алып ауруханаға жеткізілді", **HD)
    C(d, "injured", 1, "exact", "Оның 1-еуі ауыр жағдайда", **HD)
    C(d, "deployed", 1500, "more_than", "1500-ден астам адам", **PM)
    C(d, "killed", 30, "more_than", "«30-дан астам орманшы» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 30, "more_than", "бұл ақпаратты жалған деп атады", "Abai regional administration", "official", "denied", stext="Абай облысының әкімдігі", **P)
    C(d, "detained", 2, "exact", "2 лауазымды тұлғаны ұстады", **PM)  # the prosecutors as the subject of their own act: author

    d = "abai_ministry_ru.txt"  # cp1251; the Emergencies Ministry in its own voice
    C(d, "killed", 14, "exact", "погибли 14 человек", **P)
    C(d, "injured", 1, "exact", "Еще 1 человек госпитализирован", **P)
    C(d, "deployed", 1900, "more_than", "привлечено более 1 900 человек", **PM)
    C(d, "killed", 15, "exact", "Ранее в ряде СМИ сообщалось о 15 погибших", "media reports", "media", stext="в ряде СМИ", **P)
    C(d, "killed", None, "vague", "«десятках погибших»", "social networks", "social_media", "unconfirmed", stext="в социальных сетях", **P)
    C(d, "killed", None, "vague", "не соответствуют действительности", mod="denied", **P)
    C(d, "detained", 2, "exact", "Задержаны 2 должностных лица", **PM)

    f = "abai_feed_en.rss#"
    C(f + "ab-1", "killed", 14, "exact", "Forest fire in eastern Kazakhstan kills 14 forestry workers", **P)
    C(f + "ab-1", "killed", 14, "at_least", "At least 14 forestry workers were killed", "the Emergency Situations Ministry", "official", **P)
    C(f + "ab-1", "missing", 2, "exact", "two more people were missing", "The local news site Abai Info", "media", **P)
    C(f + "ab-2", "killed", 14, "exact", "forest fire in the Abai region killed 14 people", **P)
    C(f + "ab-2", "detained", 3, "exact", "police had detained three officials", "The Interior Ministry", "official", **PM)
    C(f + "ab-2", "deployed", 2000, "more_than", "More than 2,000 people", **PM)
    C(f + "ab-2", "killed", 20, "at_most", "the toll could be as high as 20", "Green Steppe", "ngo", "unconfirmed", **P)

    # ================================================================ Lame Horse nightclub fire, Perm, 5 December 2009
    P = dict(place=PERM, date=D_PE)
    PD = dict(place=PERM, date="2009-12")
    d = "perm_export_ru.xml#27415"
    IF = dict(src="Interfax", stype="media", stext="Интерфакс", **P)
    C(d, "killed", 156, "exact", "погибшие     = 156", **IF)
    C(d, "killed", 156, "exact", "Число жертв пожара в «Хромой лошади» достигло 156", **IF)
    C(d, "injured", 200, "more_than", "пострадавшие = более 200", **P)
    C(d, "killed", 109, "exact", "погибли 109 человек", "Russian Emergencies Ministry", "official", stext="По первым данным МЧС", **P)
    C(d, "killed", 109, "exact", "Пожар в пермском клубе: 109 погибших", "RIA Novosti", "media", stext="РИА Новости", **P)
    MZ = dict(src="Ministry of Health and Social Development", stype="official", stext="Минздравсоцразвития", **P)
    C(d, "killed", 112, "exact", "сообщило о 112 погибших", **MZ)
    C(d, "injured", 134, "exact", "134 госпитализированных", **MZ)
    C(d, "injured", 80, "about", "из них около 80 в тяжёлом состоянии", **MZ)
    C(d, "killed", 140, "more_than", "оно превысило 140", **P)
    C(d, "killed", 156, "exact", "составило 156 человек", **P)
    C(d, "killed", 200, "more_than", "«более чем 200 погибших»", "local forums", "social_media", "unconfirmed", stext="На местных форумах", **P)
    C(d, "killed", 200, "more_than", "эти данные назвали слухами", "operational headquarters", "official", "denied", stext="в оперативном штабе", **P)
    C(d, "detained", 4, "exact", "Следственный комитет задержал 4 человек", **PD)
    C(d, "charged", 8, "exact", "обвинения были предъявлены 8 фигурантам", place=PERM, date="2010")
    C(d, "convicted", 7, "exact", "суд приговорил 7 обвиняемых", place=PERM, date="2013")

    d = "perm_mtblog_en.txt"
    MC = dict(src="MCHS", stype="official", **P)
    C(d, "killed", 100, "exact", "were lost 100 persons", **MC)
    C(d, "injured", 130, "more_than", "more than 130 are hospitalized", **MC)
    C(d, "killed", 109, "exact", "The number of the lost increased to 109 persons", **P)
    MH = dict(src="The ministry of health and social development", stype="official", **P)
    C(d, "killed", 112, "exact", "were lost 112 persons", **MH)
    C(d, "injured", 134, "exact", "there are 134 persons", **MH)
    C(d, "injured", 79, "exact", "from them 79 in extremely heavy condition", **MH)
    C(d, "injured", None, "vague", "on the snow lay tens of burned people", "The eyewitness Dmitry", "eyewitness", **P)
    C(d, "killed", 250, "at_least", '"not less than 250 lost"', "the network", "social_media", "unconfirmed", **P)
    C(d, "killed", 250, "at_least", "the governor called these data the rumors", "the governor", "official", "denied", **P)
    C(d, "detained", 4, "exact", "Were detained 4 persons", **PD)
    C(d, "arrested", 3, "exact", "The court arrested 3 of them", **PD)
    C(d, "killed", 141, "exact", "The number of the lost reached 141 persons", **P)

    d = "perm_news_kk.txt"
    C(d, "killed", 156, "exact", "Пермьдегі түнгі клубтағы өрт: 156 адам қаза тапты", **P)
    C(d, "killed", 156, "exact", "қаза тапқандар саны 156 адамға жетті", "Russian Ministry of Health", "official", stext="Ресей Денсаулық сақтау министрлігі", **P)
    C(d, "killed", 100, "more_than", "өрттен 100-ден астам адам қаза тапқан", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "injured", 130, "more_than", "130-дан астам адам ауруханаға түскен", "Russian Emergencies Ministry", "official", stext="Ресей ТЖМ-нің", **P)
    C(d, "detained", 4, "exact", "Тергеу комитеті 4 адамды ұстады", **PD)
    C(d, "killed", 300, "about", "«300-ге жуық» адам қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 300, "about", "бұл ақпаратты жоққа шығарды", "Perm Krai administration", "official", "denied", stext="Пермь өлкесінің әкімшілігі", **P)

    # ================================================================ Poltava military institute strike, Tuesday 3 September 2024
    P = dict(place=POL, date=D_PO)
    d = "poltava_timeline_uk.md"
    CC = dict(src="Poltava city council", stype="official", stext="Міська рада Полтави", **P)
    C(d, "injured", 100, "more_than", "понад 100 поранених", **CC)
    ZE = dict(src="President Volodymyr Zelensky", stype="official", stext="Президент Володимир Зеленський", **P)
    C(d, "killed", 41, "exact", "загинула 41 людина", **ZE)
    C(d, "injured", 180, "more_than", "понад 180 поранені", **ZE)
    OVA = dict(src="Poltava regional military administration", stype="official", stext="ОВА", **P)
    C(d, "killed", 47, "exact", "кількість загиблих зросла до 47", **OVA)
    C(d, "injured", 206, "exact", "поранених — 206", **OVA)
    C(d, "killed", 180, "at_most", "«до 180 вбитих» курсантів", "Russian Z channels", "social_media", "unconfirmed", stext="Російські Z-канали", **P)
    C(d, "killed", 180, "at_most", "Центр протидії дезінформації назвав ці повідомлення фейком", "Centre for Countering Disinformation", "official", "denied", stext="Центр протидії дезінформації", **P)
    PR = dict(src="Philip Pronin, head of the Poltava regional military administration", stype="official", stext="Пронін", **P)
    C(d, "killed", 51, "exact", "загиблих 51", **PR)
    C(d, "injured", 219, "exact", "поранених 219", **PR)
    C(d, "killed", 53, "exact", "загинули 53 людини", **OVA)
    C(d, "injured", 90, "exact", "У лікарнях перебувають 90 людей", **OVA)
    C(d, "injured", 12, "exact", "з них 12 — у тяжкому стані", **OVA)
    C(d, "killed", 55, "exact", "кількість загиблих зросла до 55", **PR)
    C(d, "injured", 328, "exact", "зросла до 55, поранених — 328", **PR)
    C(d, "killed", 60, "at_least", "загиблих «щонайменше 60»", "Poltavskyi Shchyt volunteer group", "ngo", "unconfirmed", stext="Волонтерська група «Полтавський щит»", **P)
    C(d, "deployed", 150, "more_than", "понад 150 рятувальників", "State Emergency Service", "official", stext="ДСНС", **P)
    C(d, "buildings_damaged", 1, "exact", "пошкоджено 1 навчальний корпус", **CC)
    C(d, "buildings_damaged", 15, "exact", "15 житлових будинків", **CC)
    C(d, "vehicles_damaged", 30, "exact", "30 автомобілів", **CC)
    C(d, "killed", 1, "exact", "помер ще 1 поранений курсант", **P)
    C(d, "killed", 58, "exact", "Загиблих 58", **P)
    C(d, "killed", 59, "exact", "ОВА: загиблих 59", **OVA)
    C(d, "injured", 328, "exact", "загиблих 59, поранених — 328", **OVA)
    C(d, "charged", 2, "exact", "повідомило про підозру 2 посадовцям інституту", "State Bureau of Investigation", "official", stext="ДБР", place=POL, date="2024-09-09")
    C(d, "dismissed", 1, "exact", "Командування звільнило 1 заступника начальника інституту", place=POL, date="2024-09-10")
    C(d, "injured", None, "vague", "«десятки» його товаришів лежали на плацу поранені", "a cadet", "eyewitness", stext="Один із курсантів", **P)
    ZT = dict(src="President Volodymyr Zelensky", stype="official", stext="Президент Зеленський", **P)
    C(d, "killed", 41, "exact", "Президент Зеленський | 3 вересня | 41", **ZT)
    C(d, "injured", 180, "exact", "Президент Зеленський | 3 вересня | 41 | 180", **ZT)
    O1 = dict(src="Poltava regional military administration", stype="official", stext="Полтавська ОВА", **P)
    C(d, "killed", 51, "exact", "Полтавська ОВА (вечір) | 3 вересня | 51", **O1)
    C(d, "injured", 219, "exact", "Полтавська ОВА (вечір) | 3 вересня | 51 | 219", **O1)
    C(d, "killed", 55, "exact", "Полтавська ОВА (уточнення) | 4 вересня | 55", **O1)
    C(d, "injured", 328, "exact", "Полтавська ОВА (уточнення) | 4 вересня | 55 | 328", **O1)
    C(d, "killed", 59, "exact", "Полтавська ОВА (підсумок) | 7 вересня | 59", **O1)
    C(d, "injured", 328, "exact", "Полтавська ОВА (підсумок) | 7 вересня | 59 | 328", **O1)

    w = "poltava_wiki_en.atom#pol-wp"
    UP = dict(src="Ukrainska Pravda", stype="media", **P)
    C(w, "killed", 59, "exact", "fatalities = 59", **UP)
    C(w, "killed", 59, "exact", "Death toll from Poltava missile strike rises to 59", **UP)
    C(w, "injured", 328, "exact", "injuries   = 328", **P)
    C(w, "killed", 55, "at_least", "killing at least 55 people", **P)
    C(w, "injured", 300, "more_than", "injuring more than 300", **P)
    C(w, "killed", 41, "exact", "Russian missiles kill 41 at Ukrainian military institute", "Reuters", "media", **P)
    ZW = dict(src="President Volodymyr Zelensky", stype="official", **P)
    C(w, "killed", 41, "exact", "initially reported 41 dead", **ZW)
    C(w, "injured", 180, "exact", "180 wounded", **ZW)
    C(w, "killed", 57, "exact", "the toll had risen to 57", "Regional governor Philip Pronin", "official", **P)
    C(w, "killed", 1, "exact", "one more wounded cadet died in hospital", **P)
    C(w, "killed", 500, "at_most", "up to 500 servicemen had been killed", "Russian military bloggers", "social_media", "unconfirmed", **P)
    C(w, "killed", 500, "at_most", "called the claim false", "Ukraine's Centre for Countering Disinformation", "official", "denied", **P)
    w = "poltava_wiki_en.atom#pol-re"
    RC = dict(src="The Ukrainian Red Cross", stype="ngo", **P)
    C(w, "injured", 40, "about", "given first aid to about 40 wounded", **RC)
    C(w, "injured", None, "vague", "Red Cross volunteers help dozens of wounded in Poltava", **RC)
    C(w, "charged", 2, "exact", "charged two officials of the institute", "the State Bureau of Investigation", "official", place=POL, date="2024-09-09")

    f = "poltava_articles_ru.jsonl#"
    C(f + "p1", "killed", 41, "exact", "Удар по Полтаве: погибли 41 человек", **P)
    C(f + "p1", "injured", 180, "more_than", "Удар по Полтаве: погибли 41 человек, ранены более 180", **P)
    ZR = dict(src="President Volodymyr Zelensky", stype="official", stext="президента Украины Владимира Зеленского", **P)
    C(f + "p1", "killed", 41, "exact", "Зеленского, погибли 41 человек", **ZR)
    C(f + "p1", "injured", 180, "more_than", "Зеленского, погибли 41 человек, ранены более 180", **ZR)
    C(f + "p1", "killed", 200, "at_most", "о поражении «до 200» военнослужащих", "Russian Ministry of Defence", "official", "unconfirmed", stext="Минобороны России", **P)
    C(f + "p1", "killed", 200, "at_most", "это заявление назвали ложью", "Ukrainian Ministry of Defence", "official", "denied", stext="В Минобороны Украины", **P)
    C(f + "p2", "killed", 55, "exact", "Число жертв удара по Полтаве выросло до 55", **P)
    PRR = dict(src="Philip Pronin, head of the Poltava regional military administration", stype="official", stext="глава Полтавской ОВА Филипп Пронин", **P)
    C(f + "p2", "killed", 55, "exact", "погибли 55 человек", **PRR)
    C(f + "p2", "injured", 328, "exact", "328 ранены", **PRR)
    C(f + "p2", "killed", 51, "exact", "Ранее сообщалось о 51 погибшем", "earlier reports", "unknown", stext="Ранее сообщалось", **P)
    C(f + "p2", "injured", 70, "exact", "В больницах остаются 70 человек", **P)
    C(f + "p2", "injured", 14, "exact", "из них 14 — в тяжелом состоянии", **P)
    GS = dict(src="Poltava city council", stype="official", stext="По данным горсовета", **P)
    C(f + "p2", "buildings_damaged", 15, "exact", "повреждены 15 жилых домов", **GS)
    C(f + "p2", "buildings_damaged", 2, "exact", "2 учебных корпуса", **GS)

    # ================================================================ Sardoba dam collapse, Friday 1 May 2020
    P = dict(place=SYR, date=D_SA)
    K = dict(place=MAK, date=D_SA)
    d = "sardoba_wiki_ru.wiki"
    GZ = dict(src="Gazeta.uz", stype="media", stext="Газета.uz", **P)
    C(d, "killed", 6, "exact", "погибшие     = 6", **GZ)
    C(d, "killed", 6, "exact", "Число погибших при прорыве дамбы Сардобы возросло до шести", **GZ)
    C(d, "injured", 56, "exact", "пострадавшие = 56", **P)
    C(d, "killed", 1, "exact", "Первоначально сообщалось о гибели 1 человека", "initial reports", "unknown", stext="Первоначально сообщалось", **P)
    C(d, "killed", 4, "exact", "число погибших выросло до 4", **P)
    KU = dict(src="Kun.uz", stype="media", stext="Kun.uz", **P)
    C(d, "killed", 4, "exact", "Сардоба: 4 человека погибли", **KU)
    C(d, "injured", 56, "exact", "4 человека погибли, 56 пострадали", **KU)
    MZ = dict(src="Ministry of Health of Uzbekistan", stype="official", stext="Минздрав", **P)
    C(d, "injured", 56, "exact", "обратились 56 человек", **MZ)
    C(d, "injured", 11, "exact", "из них 11 госпитализированы", **MZ)
    C(d, "missing", 2, "exact", "Пропавшими без вести числились 2 человека", **MZ)
    C(d, "killed", None, "vague", "«десятках погибших»", "independent bloggers", "social_media", "unconfirmed", stext="Независимые блогеры", **P)
    C(d, "killed", None, "vague", "эти сведения назвали недостоверными", "Government of Uzbekistan", "official", "denied", stext="в правительстве Узбекистана", **P)
    HK = dict(src="Syrdarya regional hokimiyat", stype="official", stext="хокимията области", **P)
    C(d, "buildings_damaged", 1500, "more_than", "повреждены более 1 500 жилых домов", **HK)
    C(d, "deployed", 7000, "more_than", "более 7 тысяч военнослужащих и спасателей", **HK)
    C(d, "detained", 3, "exact", "задержаны 3 руководителя", "General Prosecutor's Office of Uzbekistan", "official", stext="Генеральная прокуратура Узбекистана", place=SYR, date="2020-05")
    C(d, "convicted", 9, "exact", "суд приговорил 9 обвиняемых", place=SYR, date="2021")

    d = "sardoba_news_kk.txt"
    HD = dict(src="regional health department", stype="official", stext="Облыстық денсаулық сақтау басқармасының", **K)
    C(d, "injured", 9, "exact", "9 адам медициналық көмекке жүгінді", **HD)
    C(d, "injured", 2, "exact", "оның 2-еуі ауруханаға жатқызылды", **HD)
    UZ = dict(src="Uzbek authorities", stype="official", stext="Өзбекстан тарапының", **P)
    C(d, "killed", 4, "exact", "4 адам қаза тапты", **UZ)
    C(d, "injured", 56, "exact", "56 адам зардап шекті", **UZ)
    C(d, "missing", None, "vague", "«ондаған» адам хабарсыз кетті", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **K)
    C(d, "missing", None, "vague", "бұл ақпаратты жоққа шығарды", "Turkestan regional administration", "official", "denied", stext="Түркістан облысының әкімдігі", **K)
    C(d, "buildings_damaged", 500, "about", "500-ге жуық үй зақымданды", **K)
    C(d, "deployed", 1000, "more_than", "1000-нан астам адам тартылды", **K)

    d = "sardoba_report_uk.txt"
    C(d, "killed", 6, "exact", "Прорив дамби в Узбекистані: загинули 6 людей", **P)
    MN = dict(src="Uzbek Emergencies Ministry", stype="official", stext="МНС Узбекистану", **P)
    C(d, "killed", 6, "exact", "зросла до 6", "Uzbek Emergencies Ministry", "official", stext="МНС республіки", **P)
    C(d, "killed", 4, "exact", "загинули 4 людини", **MN)
    C(d, "missing", 2, "exact", "ще 2 вважаються зниклими безвісти", **MN)
    C(d, "injured", 56, "exact", "У лікарнях перебували 56 людей", **MN)
    C(d, "killed", [10, 15], "range", "загинути могли від 10 до 15 людей", "Ezgulik human rights organisation", "ngo", "unconfirmed", stext="Правозахисники з організації «Езгулік»", **P)
    C(d, "detained", 3, "exact", "Прокуратура затримала 3 посадовців", place=SYR, date="2020-05")
    HU = dict(src="regional hokimiyat", stype="official", stext="За даними хокіміяту", **P)
    C(d, "buildings_damaged", 1000, "more_than", "пошкоджено понад 1 000 будинків", **HU)
    C(d, "deployed", 5000, "more_than", "понад 5 тисяч рятувальників і військових", **HU)

    # ================================================================ Surmalu market explosion, Yerevan, Sunday 14 August 2022
    P = dict(place=YER, date=D_YE)
    d = "yerevan_press_en.html"  # the Emergencies Ministry of Armenia in its own voice
    C(d, "killed", 6, "exact", "the bodies of 6 people have been recovered", **P)
    C(d, "injured", 62, "exact", "62 people were injured", **P)
    C(d, "injured", 11, "exact", "11 of whom remain in hospital", **P)
    C(d, "missing", 16, "exact", "16 people are still considered missing", **P)
    C(d, "deployed", 200, "more_than", "More than 200 rescuers", **P)
    C(d, "injured", 27, "exact", "<td>Erebuni medical centre</td><td>27</td>", **P)
    C(d, "injured", 5, "exact", "<td>27</td><td>5</td>", **P)
    C(d, "injured", 19, "exact", "<td>Surb Grigor Lusavorich</td><td>19</td>", **P)
    C(d, "injured", 4, "exact", "<td>19</td><td>4</td>", **P)
    C(d, "injured", 16, "exact", "<td>Armenia medical centre</td><td>16</td>", **P)
    C(d, "injured", 2, "exact", "<td>16</td><td>2</td>", **P)
    C(d, "injured", 62, "exact", "<td>Total</td><td>62</td>", **P)
    C(d, "injured", 11, "exact", "<td>62</td><td>11</td>", **P)
    C(d, "killed", 50, "more_than", 'Reports on social media of "more than 50 dead"', "social media", "social_media", "unconfirmed", **P)
    C(d, "killed", 50, "more_than", '"more than 50 dead" are false', mod="denied", **P)

    d = "yerevan_report_uk.txt"
    C(d, "killed", 16, "exact", "кількість загиблих зросла до 16", **P)
    MA = dict(src="Armenian Emergencies Ministry", stype="official", stext="МНС Вірменії", **P)
    C(d, "killed", 16, "exact", "загиблих 16", **MA)
    MI = dict(src="Armenian Emergencies Ministry", stype="official", stext="МНС", **P)
    C(d, "killed", 1, "exact", "про 1 загиблого", **MI)
    C(d, "injured", 20, "more_than", "понад 20 постраждалих", **MI)
    C(d, "injured", 60, "exact", "кількість поранених зросла до 60", **MI)
    C(d, "missing", 20, "exact", "зниклими безвісти вважалися 20 людей", **MI)
    C(d, "killed", 5, "exact", "тіла ще 5 людей", **P)
    C(d, "killed", None, "vague", "«кілька десятків» загиблих", "Armenian Telegram channels", "social_media", "unconfirmed", stext="Вірменські телеграм-канали", **P)
    C(d, "killed", None, "vague", "назвав ці повідомлення неправдивими", "Prime Minister Nikol Pashinyan", "official", "denied", stext="Прем'єр-міністр Нікол Пашинян", **P)
    C(d, "detained", 4, "exact", "Поліція затримала 4 людей", place=YER, date="2022-08")
    C(d, "deployed", 300, "more_than", "понад 300 рятувальників", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d14g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "abai_news_kk.txt"
    T(d, "2023-06-08", "forest fire breaks out near Bodene", "бейсенбі күні, 8 маусымда")
    T(d, "2023-06-08T15:00", "fire begins (local time)", "жергілікті уақыт бойынша сағат 15:00 шамасында")
    T(d, "2023-06-10", "bodies of the forestry workers found", "Сенбі күні, 10 маусымда")
    T(d, "2023-06-12", "emergencies minister dismissed", "Дүйсенбі күні, 12 маусымда")
    d = "abai_ministry_ru.txt"
    T(d, "2023-06-11T08:00", "status: 14 dead, over 1,900 firefighters", "По состоянию на 08:00 11 июня 2023 года")
    T(d, "2023-06-08T15:00", "forest fire in the Semey Ormany reserve", "8 июня 2023 года около 15:00")
    T(d, "2023-06-10", "14 forestry workers die fighting the fire", "10 июня при тушении пожара")
    f = "abai_feed_en.rss#"
    T(f + "ab-1", "2023-06-10", "ministry: at least 14 forestry workers killed", "the Emergency Situations Ministry said on Saturday")
    T(f + "ab-1", "2023-06-08", "fire breaks out near Bodene", "The fire broke out on Thursday")
    T(f + "ab-1", "2023-06-10T16:00+06:00", "team encircled by flames (local time, 1000 GMT)", "at about 16:00 local time (1000 GMT) on Saturday")
    T(f + "ab-2", "2023-06-12", "Tokayev dismisses the emergencies minister", "Kassym-Jomart Tokayev on Monday")

    d = "perm_export_ru.xml#27415"
    T(d, "2009-12-05T01:08+05:00", "fire in the Lame Horse club (local time)", "в ночь с пятницы на субботу, 5 декабря 2009 года, около 01:08 по местному времени (UTC+5)")
    T(d, "2009-12-05", "health ministry: 112 dead, 134 in hospital", "К вечеру 5 декабря")
    T(d, "2009-12-15", "toll over 140", "к 15 декабря")
    T(d, "2010-01-12", "final toll 156", "по состоянию на 12 января 2010 года")
    T(d, "2010", "eight people charged", "В 2010 году")
    T(d, "2013", "court sentences seven", "В 2013 году")
    T(d, "2009-12-07", "mourning in Perm", "с 7 по 9 декабря")
    d = "perm_mtblog_en.txt"
    T(d, "2009-12-05T01:08+05:00", "fire in the Lame Horse club (Perm time)", "05.12.2009 in 01.08 hours (Perm time)")
    T(d, "2009-12-05T09:00", "toll rises to 109", "Update 05.12 09.00")
    T(d, "2009-12-05T18:00", "health ministry: 112 dead, 134 in hospital", "Update 05.12 18.00")
    T(d, "2009-12-07", "four detained, three arrested", "Update 07.12")
    T(d, "2009-12-07", "mourners at the club", "On Monday")
    T(d, "2009-12-12", "toll reaches 141", "Update 12.12")
    d = "perm_news_kk.txt"
    T(d, "2009-12-05", "fire in the Perm nightclub", "сенбі күні, 5 желтоқсанда")
    T(d, "2009-12-05T01:08", "fire begins (local time)", "жергілікті уақыт бойынша сағат 01:08 шамасында")
    T(d, "2009-12-07", "mourning in Perm", "Дүйсенбі күні, 7 желтоқсанда")

    d = "poltava_timeline_uk.md"
    for day, entries in (("2024-09-03", (("09:08", "air-raid alert in Poltava"), ("10:30", "governor: dead and injured, figures pending"), ("11:20", "city council: over 100 wounded in hospitals"), ("12:15", "Zelensky: 41 dead, over 180 wounded"), ("13:40", "defence ministry: 11 pulled alive from the rubble"), ("16:00", "administration: 47 dead, 206 wounded"), ("18:30", "Z channels claim up to 180 killed; called fake"), ("21:00", "Pronin: 51 dead, 219 wounded; mourning declared"))),
                         ("2024-09-04", (("09:00", "administration: 53 dead, 90 in hospital"), ("14:00", "Pronin: 55 dead, 328 wounded"), ("17:20", "volunteers claim at least 60 dead"), ("19:00", "residents donate blood")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2024-09-03T09:10+03:00", "two ballistic missiles hit the institute", "близько 09:10")
    T(d, "2024-09-05T11:00+03:00", "rubble cleared", "четвер, 5 вересня, 11:00")
    T(d, "2024-09-05T18:00+03:00", "city council: damage", "четвер, 5 вересня, 18:00")
    T(d, "2024-09-06T10:00+03:00", "a wounded cadet dies; toll 58", "п'ятниця, 6 вересня, 10:00")
    T(d, "2024-09-07T12:00+03:00", "administration: 59 dead, 328 wounded", "субота, 7 вересня, 12:00")
    T(d, "2024-09-08T14:00+03:00", "funeral of the cadets", "неділя, 8 вересня, 14:00")
    T(d, "2024-09-09T15:00+03:00", "SBI charges two officials", "понеділок, 9 вересня, 15:00")
    T(d, "2024-09-10T11:00+03:00", "deputy head of the institute dismissed", "вівторок, 10 вересня, 11:00")
    w = "poltava_wiki_en.atom#pol-wp"
    T(w, "2024-09-03T09:10+03:00", "missiles strike the institute", "at about 09:10 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(w, "2024-09-03", "missile strike on the Poltava institute", "On 3 September 2024")
    T(w, "2024-09-05", "governor: toll 57", "on 5 September")
    T(w, "2024-09-06", "a wounded cadet dies in hospital", "On 6 September")
    w = "poltava_wiki_en.atom#pol-re"
    T(w, "2024-09-03", "three days of mourning declared", "from 3 September 2024")
    T(w, "2024-09-09", "SBI charges two officials", "on 9 September")
    f = "poltava_articles_ru.jsonl#"
    T(f + "p1", "2024-09-03", "missiles hit the Poltava institute", "Во вторник утром")
    T(f + "p1", "2024-09-03T09:10+03:00", "strike (Kyiv time)", "около 09:10 по киевскому времени")
    T(f + "p2", "2024-09-04", "Pronin: 55 dead, 328 wounded", "В среду, 4 сентября")
    T(f + "p2", "2024-09-03", "mourning in Poltava", "с 3 по 5 сентября")
    T(f + "p2", "2024-09-05", "rubble cleared", "В четверг, 5 сентября")

    d = "sardoba_wiki_ru.wiki"
    T(d, "2020-05-01T05:57+05:00", "Sardoba dam collapses (Tashkent time)", "в пятницу, 1 мая 2020 года, около 05:57 по ташкентскому времени (UTC+5)")
    T(d, "2020-05-03", "toll rises to 4", "к 3 мая")
    T(d, "2021", "court sentences nine", "В 2021 году")
    d = "sardoba_news_kk.txt"
    T(d, "2020-05-01", "dam breaks; water reaches Maktaaral", "жұма күні, 1 мамырда, таңертең")
    T(d, "2020-05-02", "prime minister visits Maktaaral", "Сенбі күні, 2 мамырда")
    d = "sardoba_report_uk.txt"
    T(d, "2020-05-01T06:00", "water breaks through the dam (local time)", "У п'ятницю, 1 травня, близько 06:00 за місцевим часом")
    T(d, "2020-05-03", "president visits the Sardoba district", "У неділю, 3 травня")

    d = "yerevan_press_en.html"
    T(d, "2022-08-14T16:15+04:00", "explosion at the Surmalu shopping centre (Yerevan time)", "On Sunday, 14 August 2022, at about 16:15 Yerevan time (UTC+4)")
    T(d, "2022-08-15T18:00", "status: 6 bodies, 62 injured, 16 missing", "As of 18:00 on 15 August")
    d = "yerevan_report_uk.txt"
    T(d, "2022-08-14T16:15", "explosion in a fireworks warehouse", "У неділю, 14 серпня, близько 16:15 за місцевим часом")
    T(d, "2022-08-14", "injured rise to 60, 20 missing", "До вечора 14 серпня")
    T(d, "2022-08-16", "five more bodies recovered", "У вівторок, 16 серпня")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d14t{n:03d}"
    return rows


ENTITIES = [
    ("Abai Region", "place", ["Абай облысындағы", "области Абай", "Abai region"]),
    ("Semey Ormany reserve", "place", ["Семей орманы", "Semey Ormany"]),
    ("Bodene", "place", ["Бөдене", "Бодене", "Bodene"]),
    ("Kassym-Jomart Tokayev", "person", ["Қасым-Жомарт Тоқаев", "Kassym-Jomart Tokayev"]),
    ("Yuri Ilyin", "person", ["Юрий Ильинді", "Yuri Ilyin"]),
    ("Ministry of Emergency Situations of Kazakhstan", "org", ["Төтенше жағдайлар министрлігінің", "Министерство по чрезвычайным ситуациям Республики Казахстан", "Emergency Situations Ministry"]),
    ("Perm", "place", ["Пермь", "Перми", "Пермьде", "Perm"]),
    ("Lame Horse", "org", ["Хромая лошадь", "Хромой лошади", "Lame Horse"]),
    ("Anatoly Zak", "person", ["Анатолия Зака", "Anatoly Zak"]),
    ("Russian Emergencies Ministry", "org", ["МЧС", "MCHS"]),
    ("Poltava", "place", ["Полтаві", "Полтаве", "Poltava"]),
    ("Poltava Military Institute of Communications", "org", ["Полтавського військового інституту зв'язку", "Полтавского военного института связи", "Poltava Military Institute of Communications"]),
    ("Volodymyr Zelensky", "person", ["Володимир Зеленський", "Владимира Зеленского", "Volodymyr Zelensky"]),
    ("Philip Pronin", "person", ["Філіп Пронін", "Филипп Пронин", "Philip Pronin"]),
    ("State Bureau of Investigation", "org", ["ДБР", "State Bureau of Investigation"]),
    ("Sardoba Reservoir", "place", ["Сардобинского водохранилища", "Сардобинського водосховища", "Сардоба су қоймасының"]),
    ("Maktaaral District", "place", ["Мактааральский район", "Мақтаарал ауданына", "Мақтааралдағы"]),
    ("Turkestan Region", "place", ["Туркестанская область", "Түркістан облысының", "Туркестанської області"]),
    ("Syrdarya Region", "place", ["Сырдарьинская область", "Сирдар'їнської області"]),
    ("Yerevan", "place", ["Єревані", "Yerevan"]),
    ("Surmalu", "org", ["Сурмалу", "Surmalu"]),
    ("Armenian Emergencies Ministry", "org", ["МНС Вірменії", "Ministry of Emergency Situations of Armenia"]),
    ("Uzbek Emergencies Ministry", "org", ["МЧС Узбекистана", "МНС Узбекистану"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset14", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
