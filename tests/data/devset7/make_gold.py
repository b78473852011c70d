"""Write the gold annotations of the seventh development set: tests/data/devset7/gold/devset7.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset7.py, which checks every anchor:

    python tests/data/devset7/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `kz2019_interior_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

NUR, ALA, BOTH, KZ = "Nur-Sultan", "Almaty", "Nur-Sultan; Almaty", "Kazakhstan"
MOSCOW, SAYANO, UMAN = "Moscow", "Sayano-Shushenskaya Hydroelectric Power Station", "Uman"
D_KZ, D_SA, D_UM = "2019-06-09", "2009-08-17", "2023-04-28"
D_NO = ["2002-10-23", "2002-10-26"]
D_KZ3 = ["2019-06-09", "2019-06-11"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Kazakhstan election protests, Sunday 9 June 2019
    P = dict(place=BOTH, date=D_KZ)
    d = "kz2019_news_kk.txt"
    C(d, "detained", 500, "about", "Алматыда наразылық: 500-ге жуық адам ұсталды", **P)
    KO = dict(src="Marat Kozhayev, deputy interior minister", stype="official", **P)
    C(d, "detained", 500, "about", "акцияларға қатысқан 500-ге жуық адам ұсталды", stext="Марат Қожаевтың", **KO)
    C(d, "participants", 1000, "more_than", "барлығы 1000-нан астам адам қатысқан", stext="Қожаевтың", **KO)
    C(d, "injured", 5, "exact", "Құқық қорғау органдарының 5 қызметкері жарақат алды", group="police", stext="Қожаевтың", **KO)
    C(d, "detained", 1000, "more_than", "ұсталғандардың саны 1000-нан асады", "Democratic Choice of Kazakhstan", "opposition", stext="«Қазақстанның демократиялық таңдауы» қозғалысы", **P)
    C(d, "detained", None, "vague", "«ондаған» адамды автобустарға отырғызған", "witnesses", "eyewitness", stext="Куәгерлердің айтуынша", place=ALA, date=D_KZ)
    C(d, "killed", 1, "exact", "бір наразылық білдірушінің қаза тапқаны", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 1, "exact", "полиция бұл ақпаратты жоққа шығарды", "police", "official", "denied", stext="полиция", **P)
    C(d, "detained", 200, "more_than", "10 маусымда тағы 200-ден астам адам ұсталды", "Interior Ministry", "official", stext="ІІМ дерегі бойынша", place=BOTH, date="2019-06-10")

    d = "kz2019_statement_kk.txt"  # Almaty police department in its own voice
    P = dict(place=ALA, date=D_KZ)
    C(d, "detained", 350, "exact", "жиындарға қатысқан 350 адам", **P)
    C(d, "detained", 11, "exact", "Оның 11-і кәмелетке толмағандар", group="minors", **P)
    C(d, "injured", 3, "exact", "3 полиция қызметкері жарақат алды", group="police", **P)
    C(d, "injured", 1, "exact", "біреуі ауруханаға жатқызылды", group="police", **P)
    C(d, "vehicles_damaged", 1, "exact", "Бір қызметтік көлік зақымданды", **P)
    C(d, "convicted", 42, "exact", "Сот 10 маусымда 42 адамды", place=ALA, date="2019-06-10")
    C(d, "detained", None, "vague", "«мыңдаған»", "some internet outlets", "media", "unconfirmed", stext="Кейбір интернет-басылымдарда", **P)
    C(d, "detained", None, "vague", "Бұл ақпарат шындыққа сәйкес келмейді", mod="denied", **P)
    C(d, "deployed", 3000, "more_than", "3 мыңнан астам полиция қызметкері", **P)

    f = "kz2019_feed_en.rss#"
    P = dict(place=BOTH, date=D_KZ)
    C(f + "kz-1", "detained", None, "vague", "Hundreds detained as Kazakhstan votes", **P)
    KO = dict(src="deputy interior minister Marat Kozhayev", stype="official", **P)
    C(f + "kz-1", "detained", 500, "about", "detained about 500 protesters", **KO)
    C(f + "kz-1", "injured", 5, "exact", "Five police officers were hurt", "the ministry", "official", group="police", place=BOTH, date=D_KZ)
    C(f + "kz-1", "detained", 700, "at_least", 'the real number of detainees was "at least 700"', "Kazakhstan International Bureau for Human Rights", "ngo", **P)
    P = dict(place=KZ, date=D_KZ3)
    C(f + "kz-2", "detained", 4000, "about", "Kazakh police say about 4,000 detained", "Kazakh police", "official", **P)
    TU = dict(src="interior minister Yerlan Turgumbayev", stype="official")
    C(f + "kz-2", "detained", 3925, "exact", "3,925 people had been detained", **TU, **P)
    C(f + "kz-2", "convicted", 670, "exact", "Courts jailed 670 of them", **TU, place=KZ, date="2019-06")
    C(f + "kz-2", "injured", None, "vague", "dozens of detainees had been beaten in custody", "Kazakhstan International Bureau for Human Rights", "ngo", **P)
    C(f + "kz-2", "detained", 10000, "more_than", 'claimed on Facebook that "more than 10,000" people had been detained', "Mukhtar Ablyazov", "opposition", "unconfirmed", **P)
    C(f + "kz-2", "detained", 10000, "more_than", "the ministry called this a fabrication", "the ministry", "official", "denied", **P)

    d = "kz2019_interior_ru.txt"  # cp1251; the Interior Ministry in its own voice
    P = dict(place=BOTH, date=D_KZ)
    C(d, "participants", 2000, "about", "приняли участие около 2 тысяч человек", **P)
    C(d, "detained", 478, "exact", "задержаны 478 человек", **P)
    C(d, "detained", 225, "exact", "из них в Алматы — 225", place=ALA, date=D_KZ)
    C(d, "detained", 253, "exact", "в Нур-Султане — 253", place=NUR, date=D_KZ)
    C(d, "injured", 6, "exact", "пострадали 6 сотрудников полиции", group="police", **P)
    C(d, "vehicles_damaged", 2, "exact", "Повреждены 2 служебных автомобиля", **P)
    C(d, "detained", 200, "exact", "10 июня задержаны еще 200 участников акций", place=BOTH, date="2019-06-10")
    C(d, "convicted", 95, "exact", "Судами к административному аресту приговорены 95 человек", place=BOTH, date="2019-06")
    C(d, "injured", None, "vague", "«сотнях раненых»", "messengers", "social_media", "unconfirmed", stext="в мессенджерах", **P)
    C(d, "injured", None, "vague", "не соответствуют действительности", mod="denied", **P)
    C(d, "detained", 300, "exact", "Ранее сообщалось о 300 задержанных", "earlier reports", "unknown", stext="Ранее сообщалось", **P)

    # ================================================================ Nord-Ost theatre siege, Moscow, 23-26 October 2002
    P = dict(place=MOSCOW, date=D_NO)
    d = "nordost_export_ru.xml#51877"
    C(d, "killed", 130, "exact", "погибшие         = 130", "RIA Novosti", "media", stext="РИА Новости", **P)
    C(d, "killed", 130, "exact", "Число погибших заложников достигло 130", "RIA Novosti", "media", stext="РИА Новости", **P)
    C(d, "injured", 700, "more_than", "раненые          = более 700", **P)
    PG = dict(src="Prosecutor General's Office", stype="official", stext="Генеральной прокуратуры", **P)
    C(d, "killed", 130, "exact", "погибли 130 заложников", **PG)
    C(d, "killed", 10, "exact", "из них 10 детей", group="children", **PG)
    C(d, "killed", 40, "exact", "Были уничтожены 40 террористов", group="attackers", **PG)
    C(d, "killed", 130, "exact", "Генпрокуратура: в результате теракта погибли 130 человек", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "injured", 700, "more_than", "Медицинскую помощь получили более 700 человек", **PG)
    C(d, "killed", 174, "exact", "насчитывает 174 погибших", "Nord-Ost regional public organization", "activist", stext="организация «Норд-Ост»", **P)
    C(d, "killed", 174, "exact", "Власти эти подсчёты отвергают", "the authorities", "official", "denied", stext="Власти", **P)
    C(d, "killed", 67, "exact", "Первоначально сообщалось о 67 погибших заложниках", "initial reports", "unknown", stext="Первоначально сообщалось", **P)

    d = "nordost_mtblog_en.txt"
    C(d, "killed", 1, "exact", "One woman was shot by terrorists", **P)
    OH = dict(src="the operational headquarters", stype="official", **P)
    C(d, "killed", 50, "exact", "were killed 50 terrorists", group="attackers", **OH)
    C(d, "detained", 3, "exact", "are detained 3 persons", **OH)
    HM = dict(src="Ministry of health of Moscow", stype="official", **P)
    C(d, "injured", 646, "exact", "in hospitals there are 646 persons", **HM)
    C(d, "injured", 150, "exact", "from them 150 in intensive care", **HM)
    C(d, "killed", 67, "exact", "Were lost 67 hostages", **HM)
    C(d, "killed", 118, "exact", "the number of the lost hostages increased to 118 persons", **P)
    C(d, "injured", 200, "at_least", '"not less than 200" of their patients are in heavy condition', "Doctors of hospital No 13", "eyewitness", **P)
    C(d, "killed", 300, "more_than", 'lost are "more than 300"', "forum", "social_media", "unconfirmed", **P)
    C(d, "killed", 300, "more_than", "the headquarters named this as provocation", "the headquarters", "official", "denied", **P)

    d = "nordost_news_kk.txt"
    OF = dict(src="official data", stype="official", stext="Ресми мәліметтер бойынша", **P)
    C(d, "killed", 130, "exact", "130 кепіл қаза тапты", **OF)
    C(d, "killed", 5, "exact", "оның 5-еуі атыс кезінде мерт болған", **OF)
    C(d, "killed", 174, "at_least", "қаза тапқандар кемінде 174 адам", "Nord-Ost organization of victims", "activist", stext="«Норд-Ост» ұйымы", **P)
    C(d, "injured", 700, "more_than", "700-ден астам адам газдан уланып, ауруханаға түскен", "Nord-Ost organization of victims", "activist", stext="Ұйымның мәліметінше", **P)
    C(d, "charged", 1, "exact", "1 адамға айып тағылды", place=MOSCOW)
    C(d, "killed", 200, "about", "«200-ге жуық» болуы мүмкін", "some journalists", "media", "unconfirmed", stext="Кейбір журналистер", **P)

    # ================================================================ Sayano-Shushenskaya accident, Monday 17 August 2009
    P = dict(place=SAYANO, date=D_SA)
    d = "sayano_press_ru.html"  # RusHydro in its own voice
    C(d, "killed", 69, "exact", "обнаружены тела 69 погибших", **P)
    C(d, "missing", 6, "exact", "6 человек числятся пропавшими без вести", **P)
    C(d, "injured", 13, "exact", "Пострадали 13 человек", **P)
    C(d, "injured", 2, "exact", "2 из них остаются в больнице", **P)
    C(d, "killed", 11, "exact", "<td>Филиал ОАО «РусГидро»</td><td>11</td>", **P)
    C(d, "missing", 1, "exact", "<td>11</td><td>1</td>", **P)
    C(d, "killed", 58, "exact", "<td>Подрядные организации</td><td>58</td>", **P)
    C(d, "missing", 5, "exact", "<td>58</td><td>5</td>", **P)
    C(d, "killed", 69, "exact", "<td><b>69</b></td>", **P)
    C(d, "missing", 6, "exact", "<td><b>6</b></td>", **P)
    C(d, "killed", 12, "exact", "Ранее сообщалось о 12 погибших", "earlier reports", "unknown", stext="Ранее сообщалось", **P)
    C(d, "missing", 64, "exact", "и 64 пропавших без вести", "earlier reports", "unknown", stext="Ранее сообщалось", **P)
    C(d, "killed", None, "vague", "«сотнях погибших»", "internet reports", "social_media", "unconfirmed", stext="Сообщения в интернете", **P)
    C(d, "killed", None, "vague", "не соответствуют действительности", mod="denied", **P)
    C(d, "deployed", 2000, "more_than", "задействованы более 2 тысяч человек", **P)

    d = "sayano_wire_en.txt"
    C(d, "killed", 17, "exact", "death toll rises to 17", **P)
    C(d, "missing", None, "vague", "dozens missing", **P)
    EM = dict(src="the Emergencies Ministry", stype="official", **P)
    C(d, "killed", 17, "exact", "rose to 17 on Tuesday", **EM)
    C(d, "missing", 58, "exact", "with 58 workers still missing", **EM)
    C(d, "injured", 14, "exact", "14 people had been injured", "RusHydro", "company", **P)
    C(d, "killed", 70, "at_least", "claimed at least 70 people had died", "A trade union official at the plant", "union", "unconfirmed", **P)
    C(d, "killed", 70, "at_least", "a figure the ministry called premature", "the ministry", "official", "denied", **P)
    C(d, "deployed", 2000, "more_than", "More than 2,000 rescuers", **EM)
    C(d, "deployed", 100, "exact", "and 100 divers were deployed", **EM)

    d = "sayano_report_uk.txt"
    SK = dict(src="Investigative Committee of Russia", stype="official", stext="Слідчий комітет Росії", **P)
    C(d, "killed", 75, "exact", "загинули 75 людей", **SK)
    C(d, "injured", 13, "exact", "Ще 13 осіб дістали поранення", **SK)
    C(d, "dismissed", 4, "exact", "звільнила 4 керівників станції", "RusHydro", "company", stext="Компанія «РусГідро»", place=SAYANO, date="2009")
    C(d, "killed", 80, "more_than", "загиблих могло бути понад 80", "energy workers' trade union", "union", "unconfirmed", stext="Профспілка енергетиків", **P)
    C(d, "killed", None, "vague", "«десятки» тіл у воді", "local residents", "eyewitness", stext="Місцеві жителі", **P)
    C(d, "charged", 7, "exact", "обвинувачення пред'явили 7 посадовцям", place=SAYANO, date="2011")

    # ================================================================ Uman missile strike, Friday 28 April 2023
    P = dict(place=UMAN, date=D_UM)
    d = "uman_timeline_uk.md"
    TA = dict(src="Ihor Taburets, head of Cherkasy regional administration", stype="official", **P)
    C(d, "killed", 10, "exact", "загинули 10 людей", stext="Ігор Табурець", **TA)
    C(d, "missing", None, "vague", "під завалами можуть перебувати ще кілька", mod="unconfirmed", stext="Ігор Табурець", **TA)
    SE = dict(src="State Emergency Service", stype="official", stext="ДСНС", **P)
    C(d, "killed", 12, "exact", "кількість загиблих зросла до 12", **SE)
    C(d, "killed", 1, "exact", "серед них 1 дитина", group="children", **SE)
    C(d, "injured", 9, "exact", "Поранено 9 людей", **SE)
    NP = dict(src="National Police", stype="official", stext="Національна поліція", **P)
    C(d, "killed", 17, "exact", "загиблих 17", **NP)
    C(d, "killed", 3, "exact", "з них 3 дітей", group="children", **NP)
    C(d, "missing", 9, "at_least", "Під завалами ще щонайменше 9 людей", **NP)
    C(d, "deployed", 200, "more_than", "понад 200 рятувальників", **P)
    C(d, "killed", 20, "exact", "число жертв зросло до 20", stext="Табурець", **TA)
    C(d, "injured", 17, "exact", "поранено 17 людей", stext="Табурець", **TA)
    C(d, "injured", 13, "exact", "13 з них госпіталізовано", stext="Табурець", **TA)
    C(d, "killed", 50, "more_than", "«понад 50 загиблих»", "Telegram channels", "social_media", "unconfirmed", stext="У телеграм-каналах", **P)
    C(d, "killed", 50, "more_than", "«Цифра не відповідає дійсності»", "Cherkasy regional administration", "official", "denied", stext="В ОВА", **P)
    C(d, "killed", 21, "exact", "21 загиблий", **SE)
    C(d, "killed", 4, "exact", "з них 4 дітей", group="children", **SE)
    C(d, "missing", 3, "exact", "Ще 3 людей вважаються зниклими безвісти", **SE)
    C(d, "killed", 23, "exact", "загинули 23 людини, серед них 6 дітей", **P)
    C(d, "killed", 6, "exact", "серед них 6 дітей. Поранено 18", group="children", **P)
    C(d, "injured", 18, "exact", "Поранено 18.", **P)
    C(d, "buildings_damaged", 10, "exact", "пошкоджено ще 10 багатоповерхівок", "city council", "official", stext="Міська рада", **P)
    C(d, "vehicles_damaged", 27, "exact", "Пошкоджено також 27 автомобілів", "city council", "official", stext="Міська рада", **P)
    UN = dict(src="UN Human Rights Monitoring Mission", stype="official", stext="Моніторингова місія ООН з прав людини", **P)
    C(d, "killed", 23, "exact", "загинули 23 цивільні", group="civilians", **UN)
    C(d, "killed", 6, "exact", "з них 6 дітей, поранено 17 людей", group="children", **UN)
    C(d, "injured", 17, "exact", "поранено 17 людей.", **UN)
    C(d, "killed", 25, "at_least", "задокументували щонайменше 25 загиблих", "Center for Civil Liberties", "ngo", "unconfirmed", stext="Центру громадянських свобод", **P)
    C(d, "killed", 20, "exact", "Черкаська ОВА | 28 квітня | 20", "Cherkasy regional administration", "official", stext="Черкаська ОВА", **P)
    C(d, "injured", 17, "exact", "Черкаська ОВА | 28 квітня | 20 | 17", "Cherkasy regional administration", "official", stext="Черкаська ОВА", **P)
    C(d, "killed", 23, "exact", "ДСНС | 29 квітня | 23", **SE)
    C(d, "injured", 18, "exact", "ДСНС | 29 квітня | 23 | 18", **SE)
    C(d, "killed", 23, "exact", "моніторингова місія) | 2 травня | 23", "UN Human Rights Monitoring Mission", "official", stext="ООН (моніторингова місія)", **P)
    C(d, "injured", 17, "exact", "моніторингова місія) | 2 травня | 23 | 17", "UN Human Rights Monitoring Mission", "official", stext="ООН (моніторингова місія)", **P)
    C(d, "injured", None, "vague", "«десятки» поранених", "doctors of the city hospital", "eyewitness", stext="лікарі міської лікарні", **P)

    d = "uman_wiki_uk.wiki"
    SU = dict(src="Suspilne", stype="media", stext="Суспільне", **P)
    C(d, "killed", 23, "exact", "загиблі  = 23", **SU)
    C(d, "killed", 23, "exact", "завершили пошукову операцію: 23 загиблі", **SU)
    C(d, "injured", 18, "exact", "поранені = 18", **P)
    SE = dict(src="State Emergency Service", stype="official", stext="ДСНС", **P)
    C(d, "killed", 23, "exact", "загинули 23 людини", **SE)
    C(d, "killed", 6, "exact", "з них 6 дітей", group="children", **SE)
    C(d, "injured", 18, "exact", "ще 18 людей дістали поранення", **SE)
    C(d, "killed", 12, "at_least", "Russian missiles kill at least 12", "Reuters", "media", stext="Reuters", **P)
    C(d, "killed", 10, "at_least", "щонайменше 10 загиблих", "first reports", "unknown", stext="Перші повідомлення", **P)
    C(d, "killed", 21, "exact", "кількість жертв зросла до 21", **P)
    C(d, "killed", 23, "exact", "підтвердила загибель 23 цивільних", "UN Human Rights Monitoring Mission", "official", group="civilians", stext="Моніторингова місія ООН", **P)

    w = "uman_wiki_en.atom#uman-wp"
    UP = dict(src="Ukrainska Pravda", stype="media", **P)
    C(w, "killed", 23, "exact", "fatalities = 23", **UP)
    C(w, "killed", 23, "exact", "Death toll in Uman strike rises to 23", **UP)
    C(w, "killed", 6, "exact", "including six children", group="children", **UP)
    C(w, "injured", 18, "exact", "injuries   = 18", **P)
    C(w, "killed", 23, "exact", "killing 23 civilians", group="civilians", **P)
    C(w, "killed", 6, "exact", "among them six children", group="children", **P)
    C(w, "killed", 17, "exact", "Russian strike on Uman kills 17", "Kyiv Independent", "media", **P)
    C(w, "injured", 18, "exact", "Eighteen people were injured", **P)
    C(w, "killed", 10, "exact", "spoke of 10 dead", "regional governor Ihor Taburets", "official", **P)
    SE = dict(src="the State Emergency Service", stype="official", **P)
    C(w, "killed", 20, "exact", "put the toll at 20", **SE)
    C(w, "killed", 21, "exact", "by 29 April at 21", **SE)
    C(w, "killed", 50, "more_than", 'claimed "more than 50" servicemen were killed', "Russian Telegram channels", "social_media", "unconfirmed", group="servicemen", **P)
    C(w, "killed", 50, "more_than", "which Ukrainian police described as false", "Ukrainian police", "official", "denied", group="servicemen", **P)
    u = "uman_wiki_en.atom#uman-un"
    UN = dict(src="UN Human Rights Monitoring Mission in Ukraine", stype="official", **P)
    C(u, "killed", 23, "exact", "verified the deaths of 23 civilians", group="civilians", **UN)
    C(u, "killed", 6, "exact", "among them six children", group="children", **UN)
    C(u, "injured", 17, "exact", "17 civilians were injured", group="civilians", **UN)

    f = "uman_articles_ru.jsonl#"
    C(f + "um1", "killed", 19, "at_least", "В Умани после ракетного удара погибли не менее 19 человек", **P)
    KL = dict(src="Ihor Klymenko, Interior Minister of Ukraine", stype="official", stext="глава МВД Украины Игорь Клименко", **P)
    C(f + "um1", "killed", 19, "at_least", "унес жизни не менее 19 человек", **KL)
    C(f + "um1", "killed", 3, "exact", "в том числе трех детей", group="children", **KL)
    C(f + "um1", "injured", 17, "exact", "Еще 17 человек ранены", **KL)
    C(f + "um1", "missing", [5, 8], "range", "могут находиться от 5 до 8 человек", mod="unconfirmed", **P)
    C(f + "um1", "injured", 10, "at_most", "в больницах остаются не более 10 пострадавших", "Iryna Pletneva, mayor of Uman", "official", stext="мэра Умани Ирины Плетневой", **P)
    C(f + "um2", "killed", 23, "exact", "Число погибших в Умани достигло 23", **P)
    SE = dict(src="State Emergency Service of Ukraine", stype="official", stext="ГСЧС Украины", **P)
    C(f + "um2", "killed", 23, "exact", "погибли 23 человека", **SE)
    C(f + "um2", "killed", 6, "exact", "из них 6 детей", group="children", **SE)
    C(f + "um2", "injured", 18, "exact", "пострадали 18", **SE)
    C(f + "um2", "killed", 21, "exact", "Ранее сообщалось о 21 погибшем", "earlier reports", "unknown", stext="Ранее сообщалось", **P)
    C(f + "um2", "killed", None, "vague", "«десятках военных»", "social media users", "social_media", "unconfirmed", group="servicemen", stext="Пользователи соцсетей", **P)
    C(f + "um2", "killed", None, "vague", "в полиции Черкасской области это опровергли", "Cherkasy regional police", "official", "denied", group="servicemen", stext="в полиции Черкасской области", **P)
    C(f + "um2", "detained", 1, "exact", "Сотрудники СБУ задержали 1 человека", "SBU", "official", stext="Сотрудники СБУ", place=UMAN, date="2023-04")

    d = "uman_news_kk.txt"
    SE = dict(src="State Emergency Service of Ukraine", stype="official", stext="Украинаның Төтенше жағдайлар қызметінің", **P)
    C(d, "killed", 23, "exact", "қаза тапқандар саны 23-ке жетті", **P)
    C(d, "killed", 23, "exact", "қаза тапқандардың саны 23-ке жетті", **SE)
    C(d, "killed", 6, "exact", "оның алтауы – балалар", group="children", **SE)
    C(d, "injured", 18, "exact", "Тағы 18 адам жарақат алды", **P)
    C(d, "killed", 10, "exact", "10 адам қаза тапқан еді", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "deployed", 200, "more_than", "200-ден астам құтқарушы жұмыс істеді", **P)
    C(d, "killed", 50, "more_than", "«50-ден астам әскери» қаза тапты", "Russian Telegram channels", "social_media", "unconfirmed", group="servicemen", stext="Ресейлік Telegram арналары", **P)
    C(d, "killed", 50, "more_than", "бұл ақпаратты жалған деп атады", "Ukrainian police", "official", "denied", group="servicemen", stext="Украина полициясы", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d7g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "kz2019_news_kk.txt"
    T(d, "2019-06-09", "protests in Nur-Sultan and Almaty on election day", "9 маусым, жексенбі күні")
    T(d, "2019-06-10T18:00", "protests resume", "Дүйсенбі күні, 10 маусымда, сағат 18:00 шамасында")
    T(d, "2019-06-10", "more than 200 more detained", "10 маусымда тағы")
    d = "kz2019_statement_kk.txt"
    T(d, "2019-06-09", "350 protesters taken to police stations in Almaty", "2019 жылғы 9 маусымда")
    T(d, "2019-06-10", "court jails 42 people", "Сот 10 маусымда")
    f = "kz2019_feed_en.rss#"
    T(f + "kz-1", "2019-06-09", "about 500 protesters detained", "on Sunday")
    T(f + "kz-1", "2019-06-09T11:00+06:00", "rallies begin (local time, 0500 GMT)", "around 11 a.m. local time (0500 GMT)")
    T(f + "kz-2", "2019-06-12", "interior minister: 3,925 detained", "said on Wednesday")
    d = "kz2019_interior_ru.txt"
    T(d, "2019-06-09", "unsanctioned rallies in Nur-Sultan and Almaty", "9 июня 2019 года")
    T(d, "2019-06-09T23:00", "status: 478 detained", "По состоянию на 23:00 9 июня")
    T(d, "2019-06-10", "200 more detained", "10 июня задержаны")

    d = "nordost_export_ru.xml#51877"
    T(d, "2002-10-23T21:05+04:00", "gunmen seize the theatre centre (Moscow time)", "вечером 23 октября 2002 года около 21:05 по московскому времени")
    T(d, "2002-10-26T05:30", "special forces storm the building using gas", "Утром 26 октября около 5:30")
    d = "nordost_mtblog_en.txt"
    T(d, "2002-10-23T21:05+04:00", "armed people seize the theatre (Moscow time)", "23.10.2002 about 21.05 hours (Moscow time)")
    T(d, "2002-10-24", "39 hostages released, a woman shot", "24.10 Terrorists")
    T(d, "2002-10-26T05:30", "special forces begin the storm", "26.10 at 5.30 hours")
    T(d, "2002-10-26", "health ministry: 646 in hospitals, 67 dead", "Update 26.10 evening")
    T(d, "2002-10-27", "toll rises to 118", "Update 27.10")
    d = "nordost_news_kk.txt"
    T(d, "2002-10-23", "armed group seizes the theatre", "2002 жылғы 23 қазанда, сәрсенбі күні кешке")
    T(d, "2002-10-26", "storm of the theatre", "26 қазандағы шабуыл")

    d = "sayano_press_ru.html"
    T(d, "2009-08-17T08:13", "turbine 2 destroyed, engine room flooded (local time)", "17 августа 2009 года в 8:13 по местному времени")
    T(d, "2009-08-23T10:00", "status: 69 bodies found, 6 missing", "По состоянию на 10:00 23 августа")
    d = "sayano_wire_en.txt"
    T(d, "2009-08-18", "toll rises to 17, 58 missing", "rose to 17 on Tuesday")
    T(d, "2009-08-17", "turbine breaks apart and floods the engine room", "The accident happened on Monday")
    d = "sayano_report_uk.txt"
    T(d, "2009-08-17", "accident at the plant", "аварії на Саяно-Шушенській ГЕС 17 серпня")
    T(d, "2009-08-18", "divers join the search", "У вівторок, 18 серпня")
    T(d, "2011", "7 officials charged", "У 2011 році")

    d = "uman_timeline_uk.md"
    for day, entries in (("2023-04-28", (("04:00", "missile hits the apartment block"), ("06:30", "Taburets: 10 dead"), ("08:15", "emergency service: 12 dead, 9 injured"), ("10:40", "police: 17 dead, at least 9 under rubble"), ("13:00", "more than 200 rescuers at work"), ("17:20", "Taburets: 20 dead, 17 injured"), ("21:45", "Telegram claims more than 50 dead; denied"))),
                         ("2023-04-29", (("07:00", "emergency service: 21 dead, 3 missing"), ("12:30", "rubble cleared: 23 dead, 18 injured"), ("16:00", "residents describe the building"))),
                         ("2023-05-01", (("09:00", "first victims buried"), ("14:30", "prosecutors open a war crimes case"), ("19:10", "city council: 10 buildings and 27 cars damaged"))),
                         ("2023-05-02", (("11:00", "UN mission: 23 civilians killed, 17 injured"), ("15:30", "rights group: at least 25 dead")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2023-04-30T10:00+03:00", "days of mourning in Cherkasy region", "неділя, 30 квітня, 10:00")
    T(d, "2023-04-30T15:00+03:00", "police: 22 bodies identified", "неділя, 30 квітня, 15:00")
    d = "uman_wiki_uk.wiki"
    T(d, "2023-04-28T04:00+03:00", "cruise missile strike on the apartment block", "28 квітня 2023 року близько 04:00 (UTC+3)")
    T(d, "2023-04-29", "toll rises to 21", "До ранку 29 квітня")
    T(d, "2023-04-30", "police complete identification", "а 30 квітня")
    w = "uman_wiki_en.atom#uman-wp"
    T(w, "2023-04-28T04:00+03:00", "missiles strike the apartment building", "04:00 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(w, "2023-04-28", "strike on Uman", "On 28 April 2023")
    T(w, "2023-04-29", "emergency service: 21 dead", "by 29 April at 21")
    T("uman_wiki_en.atom#uman-un", "2023-05-02", "UN mission verifies 23 civilian deaths", "said on 2 May 2023")
    f = "uman_articles_ru.jsonl#"
    T(f + "um1", "2023-04-28", "missile strike on a residential building", "в пятницу утром")
    T(f + "um1", "2023-04-28T04:00+03:00", "missile hits the building (Kyiv time)", "около 4 часов утра по киевскому времени")
    T(f + "um2", "2023-04-29", "rescuers complete the search", "В субботу, 29 апреля")
    d = "uman_news_kk.txt"
    T(d, "2023-04-28", "missile hits a nine-storey building in Uman", "жұма күні таңертең")
    T(d, "2023-04-28T04:00", "time of the strike (local time)", "жергілікті уақыт бойынша сағат 04:00 шамасында")
    T(d, "2023-04-29", "rescuers finish the search", "Сенбі күні")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d7t{n:03d}"
    return rows


ENTITIES = [
    ("Nur-Sultan", "place", ["Нұр-Сұлтан", "Нур-Султан", "Nur-Sultan"]),
    ("Almaty", "place", ["Алматы", "Almaty"]),
    ("Marat Kozhayev", "person", ["Марат Қожаевтың", "Қожаевтың", "Marat Kozhayev"]),
    ("Moscow", "place", ["Мәскеу", "Москва", "Москве", "Мәскеудегі"]),
    ("Nord-Ost", "org", ["Норд-Ост", "Nord-Ost"]),
    ("Dubrovka", "place", ["Дубровке", "Дубровкадағы", "Dubrovka"]),
    ("Sayano-Shushenskaya Hydroelectric Power Station", "place", ["Саяно-Шушенской ГЭС", "Саяно-Шушенській ГЕС", "Саяно-Шушенська ГЕС", "Sayano-Shushenskaya hydroelectric plant"]),
    ("RusHydro", "org", ["РусГидро", "РусГідро", "RusHydro"]),
    ("Uman", "place", ["Умані", "Умань", "Умани", "Uman"]),
    ("Cherkasy Oblast", "place", ["Черкаська область", "Черкаської області", "Черкаській області", "Черкасы облысындағы", "Черкасской области", "Cherkasy Oblast"]),
    ("Ihor Taburets", "person", ["Ігор Табурець", "Табурець", "Ihor Taburets"]),
    ("Ihor Klymenko", "person", ["Игорь Клименко", "Клименко"]),
    ("State Emergency Service of Ukraine", "org", ["ДСНС", "ГСЧС", "State Emergency Service"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset7", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
