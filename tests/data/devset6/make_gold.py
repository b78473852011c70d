"""Write the gold annotations of the sixth development set: tests/data/devset6/gold/devset6.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset6.py, which checks every anchor:

    python tests/data/devset6/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `aktobe_interior_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

AKTOBE, BESLAN, HROZA, MOSCOW = "Aktobe", "Beslan", "Hroza", "Moscow"
BATKEN, SUGHD, BORDER = "Batken Region", "Sughd Region", "Batken Region; Sughd Region"
D_AK, D_HR, D_BO = "2016-06-05", "2023-10-05", "2012-05-06"
D_BE = ["2004-09-01", "2004-09-03"]
D_KT = ["2021-04-28", "2021-05-01"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Aktobe attacks, Sunday 5 June 2016
    P = dict(place=AKTOBE, date=D_AK)
    d = "aktobe_news_kk.txt"
    C(d, "killed", 7, "exact", "Ақтөбедегі шабуыл: қаза тапқандар саны 7-ге жетті", **P)
    IM = dict(src="Interior Ministry", stype="official", stext="Ішкі істер министрлігі", **P)
    C(d, "killed", 7, "exact", "қаза тапқандардың саны 7-ге жетті", **IM)
    C(d, "killed", 2, "exact", "қаза тапқандардың екеуі", group="servicemen", **IM)
    C(d, "killed", 5, "exact", "қалған бесеуі – бейбіт тұрғындар", group="civilians", **IM)
    C(d, "killed", 6, "exact", "6 адам қаза тапқан еді", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    HD = dict(src="regional health department", stype="official", stext="Облыстық денсаулық сақтау басқармасының", **P)
    C(d, "injured", 37, "exact", "жарақат алғандардың саны 37-ге жетті", **HD)
    C(d, "injured", 11, "exact", "оның 11-і полиция қызметкерлері", group="police", **HD)
    C(d, "injured", 20, "about", "20-ға жуық адам емделіп жатыр", **HD)
    C(d, "injured", 3, "exact", "оның үшеуінің жағдайы ауыр", **HD)
    IM2 = dict(src="Interior Ministry", stype="official", stext="ІІМ", **P)
    C(d, "killed", 18, "exact", "18 шабуылдаушының жойылғанын", group="attackers", **IM2)
    C(d, "detained", 9, "exact", "9 адамның ұсталғанын", **IM2)
    C(d, "killed", None, "vague", "«ондаған адам»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", None, "vague", "полиция бұл ақпаратты жоққа шығарып", "police", "official", "denied", stext="полиция", **P)
    C(d, "deployed", 2000, "more_than", "2 мыңнан астам полицей мен әскери қызметші шығарылды", place=AKTOBE, date="2016-06")

    d = "aktobe_statement_kk.txt"  # the regional akimat in its own voice
    C(d, "killed", 6, "exact", "Шабуыл салдарынан 6 адам қаза тапты", **P)
    C(d, "killed", 3, "exact", "3 әскери қызметші", group="servicemen", **P)
    C(d, "killed", 3, "exact", "3 бейбіт тұрғын", group="civilians", **P)
    C(d, "injured", 38, "exact", "Жарақат алған 38 адам", **P)
    C(d, "injured", 12, "exact", "оның 12-сі стационарға жатқызылды", **P)
    C(d, "vehicles_damaged", 4, "exact", "4 көлік зақымданды", **P)
    C(d, "vehicles_damaged", 1, "exact", "бір жолаушылар автобусы", **P)
    C(d, "buildings_damaged", 2, "exact", "Екі қару дүкенінің ғимараты да бүлінді", **P)
    C(d, "killed", 100, "more_than", "«жүзден асады»", "some social media pages", "social_media", "unconfirmed", stext="Кейбір парақшаларда", **P)
    C(d, "killed", 100, "more_than", "Бұл хабар шындыққа сәйкес келмейді", mod="denied", **P)

    d = "aktobe_interior_ru.txt"  # cp1251; the Interior Ministry in its own voice
    C(d, "killed", 7, "exact", "в результате нападений погибли 7 человек", **P)
    C(d, "killed", 5, "exact", "из них 5 гражданских лиц", group="civilians", **P)
    C(d, "killed", 2, "exact", "и 2 военнослужащих", group="servicemen", **P)
    C(d, "injured", 37, "exact", "получили 37 человек", **P)
    C(d, "injured", 11, "exact", "в том числе 11 сотрудников полиции", group="police", **P)
    C(d, "injured", 3, "exact", "Трое пострадавших остаются в реанимации", **P)
    C(d, "killed", 18, "exact", "ликвидированы 18 нападавших", group="attackers", **P)
    C(d, "detained", 9, "exact", "задержаны 9 человек", **P)
    C(d, "arrested", 7, "exact", "В отношении семерых из них судом санкционирован арест", place=AKTOBE, date="2016-06")
    C(d, "killed", 6, "exact", "Ранее сообщалось о 6 погибших", "earlier reports", "unknown", stext="Ранее сообщалось", **P)
    C(d, "injured", 10, "exact", "и 10 раненых", "earlier reports", "unknown", stext="Ранее сообщалось", **P)
    C(d, "killed", None, "vague", "«десятках погибших военнослужащих»", "social networks", "social_media", "unconfirmed", group="servicemen", stext="в социальных сетях", **P)
    C(d, "killed", None, "vague", "не соответствуют действительности", mod="denied", group="servicemen", **P)
    C(d, "deployed", 2000, "more_than", "свыше 2 тысяч сотрудников полиции и военнослужащих", place=AKTOBE, date="2016-06")

    f = "aktobe_feed_en.rss#"
    C(f + "ak-1", "killed", 6, "exact", "army base in Kazakhstan's Aktobe, six killed", **P)
    IM = dict(src="the Interior Ministry", stype="official", **P)
    C(f + "ak-1", "killed", 6, "at_least", "killing at least six people", **IM)
    C(f + "ak-1", "killed", 3, "exact", "Three of the dead were servicemen", group="servicemen", **IM)
    C(f + "ak-1", "injured", 10, "at_least", "at least 10 people had been wounded", "Local news sites", "media", **P)
    C(f + "ak-2", "killed", 13, "exact", "Kazakh police kill 13 Aktobe attackers", group="attackers", **P)
    C(f + "ak-2", "detained", 4, "exact", "Aktobe attackers, four detained", **P)
    PO = dict(src="Police", stype="official", **P)
    C(f + "ak-2", "killed", 13, "exact", "13 of the attackers had been killed", group="attackers", **PO)
    C(f + "ak-2", "detained", 4, "exact", "and four detained, while", **PO)
    C(f + "ak-2", "injured", 37, "exact", "raised the number of injured to 37", "Officials", "official", **P)
    C(f + "ak-2", "killed", 40, "more_than", 'claimed that "more than 40" people had died', "An opposition website based abroad", "opposition", "unconfirmed", **P)
    C(f + "ak-2", "killed", 40, "more_than", "dismissed that figure as disinformation", "The Interior Ministry", "official", "denied", **P)
    C(f + "ak-3", "killed", 7, "exact", "Aktobe death toll rises to seven", **P)
    C(f + "ak-3", "killed", 7, "exact", "rose to seven after a wounded civilian died", "the regional health department", "official", **P)
    SS = dict(src="The security services", stype="official", **P)
    C(f + "ak-3", "killed", 18, "exact", "18 attackers had been killed", group="attackers", **SS)
    C(f + "ak-3", "detained", 9, "exact", "and nine detained", **SS)
    C(f + "ak-3", "deployed", 2000, "more_than", "more than 2,000 police and troops", src="The security services", stype="official", place=AKTOBE, date="2016-06")
    C(f + "ak-3", "convicted", 7, "exact", "convicted seven men", place=AKTOBE, date="2017")

    # ================================================================ Beslan school siege, 1-3 September 2004
    P = dict(place=BESLAN, date=D_BE)
    d = "beslan_export_ru.xml#40312"
    C(d, "killed", 334, "exact", "погибшие         = 334", "Kommersant", "media", stext="Коммерсантъ", **P)
    C(d, "injured", 780, "more_than", "раненые          = более 780", **P)
    PG = dict(src="Prosecutor General's Office", stype="official", stext="Генеральной прокуратуры", **P)
    C(d, "killed", 334, "exact", "погибли 334 заложника", **PG)
    C(d, "killed", 186, "exact", "из них 186 детей", group="children", **PG)
    C(d, "killed", 10, "exact", "погибли 10 сотрудников спецподразделений ФСБ", group="special forces", **PG)
    C(d, "killed", 2, "exact", "2 сотрудника МЧС", group="rescuers", **PG)
    C(d, "injured", 783, "exact", "Ранения получили 783 человека", **PG)
    C(d, "injured", 700, "more_than", "Число раненых в Беслане превысило 700", "RIA Novosti", "media", stext="РИА Новости", **P)
    C(d, "killed", 31, "exact", "Из боевиков 31 был уничтожен", group="attackers", **PG)
    C(d, "killed", 150, "at_least", "«не менее 150 погибших»", "some media", "media", stext="некоторые СМИ", **P)
    C(d, "missing", 17, "at_least", "судьба не менее 17 человек так и не была установлена", "Mothers of Beslan committee", "activist", stext="Комитет «Матери Беслана»", **P)

    d = "beslan_mtblog_en.txt"
    C(d, "killed", 150, "at_least", "were lost not less than 150 persons", "the operational headquarters", "official", **P)
    C(d, "injured", 500, "more_than", "delivered more than 500 wounded", "the operational headquarters", "official", **P)
    PG = dict(src="Prosecutor General office", stype="official", **P)
    C(d, "killed", 322, "exact", "were lost 322 hostages", **PG)
    C(d, "killed", 155, "exact", "from them 155 children", group="children", **PG)
    C(d, "killed", 10, "exact", "Special forces lost 10 employees", group="special forces", **PG)
    C(d, "killed", 31, "exact", "31 terrorists are destroyed", group="attackers", **PG)
    C(d, "detained", 1, "exact", "1 is arrested", alt=["arrested"], **PG)
    HM = dict(src="Ministry of health of North Ossetia", stype="official", **P)
    C(d, "injured", 426, "exact", "in hospitals are there 426 persons", **HM)
    C(d, "injured", 221, "exact", "from them 221 children", group="children", **HM)
    C(d, "injured", 64, "exact", "in a grave condition 64", **HM)
    C(d, "injured", 704, "exact", "Total were wounded 704 persons", **HM)
    C(d, "killed", 500, "at_least", '"the dead are not less than 500"', "The blogger of local forum", "social_media", "unconfirmed", **P)
    C(d, "killed", 500, "at_least", "officials named it lie", "officials", "official", "denied", **P)
    C(d, "missing", 200, "about", 'the number of missing persons is "about 200"', "Ossetian TV", "media", **P)
    C(d, "killed", 335, "exact", "The list of lost increased till 335 persons", **P)

    d = "beslan_news_uk.txt"
    RU = dict(src="Russian official data", stype="official", stext="За офіційними даними Росії", **P)
    C(d, "killed", 334, "exact", "загинули 334 людини", **RU)
    C(d, "killed", 186, "exact", "серед них 186 дітей", group="children", **RU)
    C(d, "injured", 800, "more_than", "Поранення отримали понад 800 осіб", **RU)
    C(d, "killed", 100, "at_least", "щонайменше 100 заручників могли загинути від вогню силовиків", "Yuri Savelyev, independent expert of the parliamentary commission", "official", "unconfirmed", stext="незалежного експерта парламентської комісії Юрія Савельєва", **P)
    C(d, "killed", 100, "at_least", "Генеральна прокуратура РФ ці висновки відкидала", "Prosecutor General's Office of Russia", "official", "denied", stext="Генеральна прокуратура РФ", **P)

    # ================================================================ Hroza missile strike, Thursday 5 October 2023
    P = dict(place=HROZA, date=D_HR)
    d = "hroza_timeline_uk.md"
    SY = dict(src="Kharkiv regional administration head Oleh Syniehubov", stype="official", stext="Голова Харківської ОВА Олег Синєгубов", **P)
    C(d, "killed", 48, "at_least", "повідомляє про щонайменше 48 загиблих", **SY)
    C(d, "killed", 49, "exact", "говорить про 49 загиблих", "President Volodymyr Zelensky", "official", stext="Президент Володимир Зеленський", **P)
    KL = dict(src="Interior Minister Ihor Klymenko", stype="official", stext="Міністр внутрішніх справ Ігор Клименко", **P)
    C(d, "killed", 51, "exact", "загинули 51 людина", **KL)
    C(d, "injured", 6, "exact", "Поранено 6 людей", "regional prosecutor's office", "official", stext="Обласна прокуратура", **P)
    C(d, "killed", 52, "exact", "кількість загиблих зросла до 52", "Oleh Syniehubov", "official", stext="Синєгубов", **P)
    C(d, "killed", 52, "exact", "дістали тіла 52 загиблих", "State Emergency Service", "official", stext="ДСНС", **P)
    C(d, "deployed", 80, "exact", "на місці працюють 80 слідчих та криміналістів", "National Police", "official", stext="Національна поліція", place=HROZA, date="2023-10-06")
    C(d, "killed", 100, "more_than", "«понад 100 військових»", "Russian Telegram channels", "social_media", "unconfirmed", group="military", stext="Російські Telegram-канали", **P)
    C(d, "killed", 100, "more_than", "Центр протидії дезінформації називає це фейком", "Centre for Countering Disinformation", "official", "denied", group="military", stext="Центр протидії дезінформації", **P)
    KL2 = dict(src="Ihor Klymenko", stype="official", stext="Клименко", **P)
    C(d, "killed", 52, "exact", "загиблих — 52", **KL2)
    C(d, "killed", 1, "exact", "серед них 1 дитина", group="children", **KL2)
    C(d, "missing", 7, "at_least", "зникли безвісти ще щонайменше 7 людей", **KL2)
    KO = dict(src="Prosecutor General Andriy Kostin", stype="official", stext="Генеральний прокурор Андрій Костін", **P)
    C(d, "killed", 55, "exact", "встановлено 55 загиблих", **KO)
    C(d, "missing", 4, "exact", "зниклими безвісти вважаються 4 людини", **KO)
    C(d, "killed", 59, "at_least", "щонайменше 59 цивільних загинули", "UN Human Rights Monitoring Mission", "official", stext="Місія ООН зі спостереження за дотриманням прав людини", **P)
    C(d, "detained", 2, "exact", "затримання 2 ймовірних навідників", "SBU", "official", stext="СБУ", place=HROZA, date="2023-10-12")
    C(d, "killed", 48, "exact", "Харківська ОВА | 5 жовтня | 48", "Kharkiv regional military administration", "official", stext="Харківська ОВА", **P)
    C(d, "killed", 52, "exact", "МВС України | 6 жовтня | 52", "Interior Ministry of Ukraine", "official", stext="МВС України", **P)
    C(d, "injured", 6, "exact", "| 6 жовтня | 52 | 6 |", "Interior Ministry of Ukraine", "official", stext="МВС України", **P)
    C(d, "killed", 55, "exact", "Генеральний прокурор | 10 жовтня | 55", "Prosecutor General", "official", stext="Генеральний прокурор", **P)
    C(d, "killed", 59, "exact", "Місія ООН | 11 жовтня | 59", "UN Monitoring Mission", "official", stext="Місія ООН", **P)
    C(d, "injured", 1, "exact", "| 11 жовтня | 59 | 1 |", "UN Monitoring Mission", "official", stext="Місія ООН", **P)
    C(d, "killed", 59, "exact", "остаточна кількість загиблих становить 59 людей", **P)
    C(d, "arrested", 2, "exact", "обрав запобіжний захід двом братам", place=HROZA, date="2023-11")

    d = "hroza_wiki_uk.wiki"
    C(d, "killed", 59, "exact", "загиблі        = 59", "Suspilne", "media", stext="Суспільне", **P)
    C(d, "killed", 59, "exact", "Кількість загиблих у Грозі зросла до 59", "Suspilne", "media", stext="Суспільне", **P)
    C(d, "injured", 6, "exact", "поранені       = 6", **P)
    C(d, "killed", 48, "at_least", "загинули щонайменше 48 людей", "Oleh Syniehubov", "official", stext="[[Олег Синєгубов]]", **P)
    C(d, "killed", 48, "at_least", "Russian strike on Ukrainian village kills at least 48", "Reuters", "media", stext="Reuters", **P)
    C(d, "killed", 51, "exact", "назвав цифру 51", "Ihor Klymenko", "official", stext="[[Ігор Клименко]]", **P)
    C(d, "killed", 55, "exact", "кількість загиблих зросла до 55", "Office of the Prosecutor General", "official", stext="Офісу Генпрокурора", **P)
    C(d, "killed", 59, "at_least", "підтвердила загибель щонайменше 59 цивільних", "UN Monitoring Mission", "official", stext="Моніторингова місія ООН", **P)
    C(d, "injured", 6, "exact", "поранено 6 людей", "Interior Ministry", "official", stext="За даними МВС", **P)
    C(d, "injured", 1, "exact", "з них одна дитина", "Interior Ministry", "official", group="children", stext="За даними МВС", **P)

    f = "hroza_wiki_en.atom#"
    w = f + "hroza-wp"
    C(w, "killed", 59, "exact", "| fatalities  = 59", **P)
    C(w, "injured", 6, "exact", "| injuries    = 6", **P)
    C(w, "killed", 59, "exact", "killing 59 civilians", **P)
    C(w, "killed", 59, "exact", "Missile kills 59 at wake in Ukrainian village", "The Guardian", "media", **P)
    C(w, "killed", 48, "at_least", "initially reported at least 48 dead", "The regional governor, Oleh Syniehubov", "official", **P)
    C(w, "killed", 51, "exact", "a figure of 51", "Interior Minister Ihor Klymenko", "official", **P)
    C(w, "killed", 52, "exact", "and then 52", "Interior Minister Ihor Klymenko", "official", **P)
    C(w, "killed", 52, "exact", "Death toll in Hroza strike climbs to 52", "Kyiv Independent", "media", **P)
    C(w, "killed", 55, "exact", "prosecutors had counted 55 bodies", "prosecutors", "official", **P)
    C(w, "killed", 59, "at_least", "at least 59 people had been killed", "the UN Human Rights Monitoring Mission", "official", **P)
    C(w, "injured", 6, "exact", "Six people were injured", **P)
    C(w, "charged", 2, "exact", "Both were charged in absentia", "Ukraine's security service", "official", place=HROZA, date="2023-11")
    u = f + "hroza-un"
    UN = dict(src="UN Human Rights Monitoring Mission in Ukraine", stype="official", **P)
    C(u, "killed", 59, "at_least", "verified the deaths of at least 59 civilians", **UN)
    C(u, "killed", 1, "exact", "including one child", group="children", **UN)
    C(u, "missing", None, "vague", '"several others" remained unaccounted for', **UN)
    C(u, "killed", 9900, "at_least", "at least 9,900 civilians had been killed in Ukraine", "The mission's head", "official", place="Ukraine", date=["2022-02-24", "2023-10-11"])

    d = "hroza_news_kk.txt"
    C(d, "killed", 52, "exact", "соққы: қаза тапқандар саны 52-ге жетті", **P)
    KL = dict(src="Ukrainian Interior Minister Ihor Klymenko", stype="official", stext="Украина Ішкі істер министрі Игорь Клименко", **P)
    C(d, "killed", 52, "exact", "қаза тапқандардың саны 52-ге жетті", **KL)
    C(d, "injured", 6, "exact", "тағы 6 адам жараланды", **KL)
    C(d, "killed", 48, "at_least", "кемінде 48 адамның қаза тапқанын", "Oleh Syniehubov", "official", stext="Олег Синегубов", **P)
    C(d, "killed", 59, "at_least", "кемінде 59 бейбіт тұрғынның қаза тапқанын", "UN human rights monitoring mission", "official", stext="БҰҰ-ның адам құқықтары жөніндегі мониторинг миссиясы", **P)

    # ================================================================ Kyrgyz-Tajik border clashes, 28 April - 1 May 2021
    P = dict(place=BATKEN, date=D_KT)
    d = "border_press_ru.html"  # the Kyrgyz health ministry in its own voice
    C(d, "killed", 36, "exact", "погибли 36 граждан Кыргызстана", **P)
    C(d, "killed", 1, "exact", "в том числе 1 ребенок", group="children", **P)
    C(d, "injured", 189, "exact", "За медицинской помощью обратились 189 человек", **P)
    C(d, "injured", 147, "exact", "госпитализированы 147", **P)
    C(d, "injured", 9, "exact", "в тяжелом состоянии находятся 9 пациентов", **P)
    for row, a, h, k in (("Баткенская областная больница", 84, 71, 12), ("Лейлекская районная больница", 52, 38, 7),
                         ("Исфанинская ЦОВП", 21, 14, 2), ("Ошская межобластная больница", 32, 24, None)):
        C(d, "injured", a, "exact", f"<td>{row}</td><td>{a}</td>", **P)
        C(d, "injured", h, "exact", f"<td>{a}</td><td>{h}</td>", **P)
        if k is not None:
            C(d, "killed", k, "exact", f"<td>{h}</td><td>{k}</td>", **P)
    C(d, "injured", 189, "exact", "<td><b>189</b></td>", **P)
    C(d, "injured", 147, "exact", "<td><b>147</b></td>", **P)
    C(d, "killed", 21, "exact", "<td><b>21</b></td>", **P)
    C(d, "killed", 15, "exact", "Остальные 15 погибших", **P)
    C(d, "killed", 31, "exact", "Ранее сообщалось о 31 погибшем", "earlier reports", "unknown", stext="Ранее сообщалось", **P)
    C(d, "injured", 154, "exact", "и 154 раненых", "earlier reports", "unknown", stext="Ранее сообщалось", **P)
    C(d, "killed", None, "vague", "«сотнях погибших»", "social networks", "social_media", "unconfirmed", stext="в социальных сетях", place="Kok-Tash (Batken Region)", date=D_KT)
    C(d, "killed", None, "vague", "Министерство опровергает", mod="denied", place="Kok-Tash (Batken Region)", date=D_KT)

    d = "border_news_kk.txt"
    C(d, "killed", None, "vague", "екі тараптан да ондаған адам қаза тапты", place=BORDER, date=D_KT)
    HM = dict(src="Kyrgyz Health Ministry", stype="official", stext="Қырғызстан Денсаулық сақтау министрлігінің", **P)
    C(d, "killed", 36, "exact", "қырғыз тарапынан 36 адам қаза тауып", **HM)
    C(d, "injured", 189, "exact", "189 адам жарақат алған", **HM)
    TJ = dict(src="Tajik authorities", stype="official", stext="Тәжікстан билігі", place=SUGHD, date=D_KT)
    C(d, "killed", 19, "exact", "19 адамның қаза тапқанын", **TJ)
    C(d, "injured", 87, "exact", "87 адамның жараланғанын", **TJ)
    C(d, "buildings_damaged", 100, "more_than", "100-ден астам үй өртенгенін", "Batken regional administration", "official", stext="Баткен облысының әкімшілігі", **P)
    C(d, "buildings_damaged", 200, "about", "«200-ге жуық»", "local residents", "eyewitness", stext="Жергілікті тұрғындардың айтуынша", **P)
    C(d, "killed", 50, "more_than", "«50-ден асады»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", place=SUGHD, date=D_KT)

    d = "border_wire_en.txt"
    C(d, "killed", 50, "at_least", "had killed at least 50 people", "officials on both sides", "official", place=BORDER, date=D_KT)
    HM = dict(src="Kyrgyzstan's health ministry", stype="official", **P)
    C(d, "killed", 34, "exact", "put its toll at 34 dead", **HM)
    C(d, "injured", 178, "exact", "and 178 wounded", **HM)
    C(d, "killed", 31, "exact", "up from 31 dead a day earlier", **HM)
    C(d, "killed", 10, "exact", "said 10 people had been killed on their side", "Tajik officials", "official", place=SUGHD, date=D_KT)
    C(d, "killed", 16, "at_least", 'the real number was "at least 16"', "a Tajik rights group", "ngo", place=SUGHD, date=D_KT)
    C(d, "buildings_damaged", 40, "at_least", "at least 40 houses burned", "Aibek, a farmer from Maksat", "eyewitness", place="Maksat (Batken Region)", date=D_KT)
    KG = dict(src="The Kyrgyz government", stype="official", **P)
    C(d, "buildings_damaged", 100, "more_than", "more than 100 homes", **KG)
    C(d, "buildings_damaged", 2, "exact", "2 border posts had been destroyed", **KG)
    C(d, "detained", 2, "exact", "detained 2 Tajik citizens", "Kyrgyz security services", "official", place=BATKEN, date="2021-05")

    # ================================================================ Bolotnaya Square, Moscow, Sunday 6 May 2012
    P = dict(place=MOSCOW, date=D_BO)
    f = "bolotnaya_articles_ru.jsonl#"
    C(f + "bl1", "detained", 400, "more_than", "На Болотной площади задержаны более 400 человек", **P)
    C(f + "bl1", "participants", 8000, "about", "в акции участвовали около 8 тысяч человек", "Moscow police (GU MVD)", "official", stext="По данным ГУ МВД по Москве", **P)
    C(f + "bl1", "participants", 100000, "more_than", "«более 100 тысяч»", "organizers", "activist", stext="Организаторы", **P)
    C(f + "bl1", "participants", [30000, 50000], "range", "в 30–50 тысяч", "independent observers", "ngo", stext="независимые наблюдатели", **P)
    PO = dict(src="police", stype="official", stext="В полиции", **P)
    C(f + "bl1", "detained", 400, "more_than", "что задержаны более 400 человек", **PO)
    C(f + "bl1", "injured", 29, "exact", "пострадали 29 сотрудников полиции", group="police", **PO)
    C(f + "bl1", "injured", 2, "exact", "двое из них госпитализированы", group="police", **PO)
    C(f + "bl2", "detained", 656, "exact", "после Болотной задержаны 656 человек", "Rights defenders", "ngo", stext="Правозащитники", **P)
    OV = dict(src="OVD-Info", stype="ngo", stext="Проект «ОВД-Инфо»", **P)
    C(f + "bl2", "detained", 656, "exact", "насчитал 656 задержанных", **OV)
    C(f + "bl2", "injured", 80, "at_least", "пострадали не менее 80 участников акции", **OV)
    C(f + "bl2", "injured", 20, "at_least", "по меньшей мере 20 обратились в травмпункты", **OV)
    MV = dict(src="Interior Ministry", stype="official", stext="В МВД", **P)
    C(f + "bl2", "detained", 436, "exact", "задержаны 436 человек", **MV)
    C(f + "bl2", "detained", 300, "about", "еще около 300 человек", src="Interior Ministry", stype="official", stext="В МВД", place=MOSCOW, date="2012-05-07")
    C(f + "bl2", "killed", 1, "exact", "«погибшем на Болотной» студенте", "social networks", "social_media", "unconfirmed", stext="В соцсетях", **P)
    C(f + "bl2", "killed", 1, "exact", "«Погибших нет»", "Moscow police (GU MVD)", "official", "denied", stext="В ГУ МВД", **P)
    C(f + "bl3", "convicted", 8, "exact", "признал виновными 8 фигурантов", place=MOSCOW, date="2014-02-24")
    C(f + "bl3", "charged", 30, "more_than", "обвинения были предъявлены более чем 30 людям", place=MOSCOW, date=["2012-05", "2014-02"])
    C(f + "bl3", "injured", 80, "exact", "пострадали 80 полицейских", "Investigative Committee", "official", group="police", stext="Следственный комитет", **P)
    C(f + "bl3", "detained", 234, "exact", "задержаны 234 человека", place=MOSCOW, date="2014-02-24")

    d = "bolotnaya_ngo_en.md"  # the monitor in its own voice
    C(d, "participants", 8000, "exact", "estimated the crowd at 8,000", "The Moscow police", "official", **P)
    C(d, "participants", 100000, "more_than", '"more than 100,000"', "the organisers", "activist", **P)
    C(d, "participants", [30000, 50000], "range", "between 30,000 and 50,000", **P)
    C(d, "detained", 656, "exact", "We documented 656 detentions", **P)
    C(d, "detained", 436, "exact", "The Interior Ministry acknowledged 436", "The Interior Ministry", "official", **P)
    C(d, "detained", 120, "at_least", "police detained at least 120 more people", place=MOSCOW, date="2012-05-07")
    C(d, "injured", 80, "at_least", "We recorded at least 80 protesters injured", **P)
    C(d, "injured", 27, "exact", "27 needed hospital treatment", **P)
    C(d, "injured", None, "vague", 'they had treated "dozens" of people', "Doctors at one city hospital", "eyewitness", **P)
    C(d, "injured", 29, "exact", "29 police officers were hurt", "Officials", "official", group="police", **P)
    C(d, "injured", 70, "more_than", "raised this figure to more than 70", "the Investigative Committee", "official", group="police", **P)
    C(d, "killed", 1, "exact", "Reports on social networks of a protester killed", "social networks", "social_media", "unconfirmed", **P)
    C(d, "killed", 1, "exact", "were false", mod="denied", **P)
    C(d, "charged", 27, "at_least", "at least 27 people had been charged", place=MOSCOW, date=["2012-05", "2013-12"])

    d = "bolotnaya_report_uk.txt"
    C(d, "participants", None, "vague", "вийшли десятки тисяч людей", **P)
    C(d, "participants", 8000, "about", "близько 8 тисяч осіб", "Moscow police", "official", stext="За даними московської поліції", **P)
    C(d, "participants", 100000, "more_than", "«понад 100 тисяч»", "organizers", "activist", stext="організатори", **P)
    C(d, "detained", 400, "more_than", "затримання понад 400 учасників", "police", "official", stext="Поліція", **P)
    C(d, "detained", 656, "exact", "656 затриманих", "rights defenders", "ngo", stext="правозахисники", **P)
    C(d, "injured", 29, "exact", "постраждали 29 правоохоронців", "police spokesman", "official", group="police", stext="За словами речника поліції", **P)
    C(d, "injured", None, "vague", "поранення отримали «сотні» учасників акції", "the opposition", "opposition", stext="Опозиція", **P)
    C(d, "injured", 20, "at_least", "звернулися щонайменше 20 людей", "doctors", "eyewitness", stext="лікарі", **P)
    C(d, "injured", 10, "at_most", "«не більше десяти»", "police", "official", stext="У поліції", **P)
    C(d, "detained", 120, "at_least", "затримала ще щонайменше 120 людей", place=MOSCOW, date="2012-05-07")
    C(d, "killed", 1, "exact", "Чутки про загибель одного з учасників протесту", "rumours", "unknown", "unconfirmed", stext="Чутки", **P)
    C(d, "killed", 1, "exact", "поліція спростувала", "police", "official", "denied", stext="поліція", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d6g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "aktobe_news_kk.txt"
    T(d, "2016-06-05", "gunmen attack gun shops and a National Guard unit in Aktobe", "5 маусым, жексенбі күні")
    T(d, "2016-06-05T17:00", "armed group attacks two gun shops", "Жексенбі күні сағат 17:00 шамасында")
    T(d, "2016-06-06", "markets and shopping centres closed", "Дүйсенбі күні")
    d = "aktobe_statement_kk.txt"
    T(d, "2016-06-05", "terrorist attack in Aktobe", "2016 жылғы 5 маусымда")
    T(d, "2016-06-06T10:00", "status of the akimat's statement: 6 dead, 38 injured", "6 маусымдағы сағат 10:00")
    T(d, "2016-06-07", "public transport back to normal", "7 маусымнан бастап")
    d = "aktobe_interior_ru.txt"
    T(d, "2016-06-05T17:00", "armed group attacks gun shops and a National Guard unit", "около 17 часов по местному времени")
    T(d, "2016-06-10T09:00", "status of the ministry's statement: 7 dead, 37 injured", "на 09:00 10 июня")
    T(d, "2016-06-15", "red terrorism alert kept until 15 June", "до 15 июня")
    f = "aktobe_feed_en.rss#"
    T(f + "ak-1", "2016-06-05", "gunmen attack gun shops and army base", "National Guard base in the western Kazakh city of Aktobe on Sunday")
    T(f + "ak-1", "2016-06-05T17:00+05:00", "armed men seen near a shop (1200 GMT)", "shortly after 5 p.m. local time (1200 GMT)")
    T(f + "ak-2", "2016-06-06", "police: 13 attackers killed, four detained", "Police said on Monday")
    T(f + "ak-3", "2016-06-09", "wounded civilian dies in hospital", "died in hospital on Thursday")
    T(f + "ak-3", "2017", "military court convicts seven men", "A year later")

    d = "beslan_export_ru.xml#40312"
    T(d, "2004-09-01", "gunmen seize school No. 1 in Beslan", "утром 1 сентября 2004 года")
    T(d, "2004-09-02", "Aushev leads out 26 women and infants", "2 сентября [[Руслан Аушев]]")
    T(d, "2004-09-03T13:05+04:00", "two explosions in the gym, storming begins (Moscow summer time)", "3 сентября около 13:05 по московскому времени")
    T(d, "2006-05", "Kulaev sentenced to life", "В мае 2006 года")
    T(d, "2017", "ECHR ruling against Russia", "В 2017 году")
    d = "beslan_mtblog_en.txt"
    T(d, "2004-09-01T09:15+04:00", "armed group seizes school No. 1 (Moscow time)", "On 1.09.2004 about 9.15 hours (Moscow time)")
    T(d, "2004-09-02", "former president of Ingushetia brings out 26 women and babies", "On the second day")
    T(d, "2004-09-03T13:05", "two explosions in the gym, storming begins", "On 3.09 at 13.05 hours")
    T(d, "2004-09-04", "update: Prosecutor General office figures", "Update 04.09")
    T(d, "2004-09-05", "update: North Ossetian health ministry figures", "Update 05.09")
    T(d, "2004-09-10", "update: list of dead rises to 335", "Update 10.09")
    d = "beslan_news_uk.txt"
    T(d, "2024-09-01", "Beslan commemorates the victims twenty years on", "1 вересня 2024 року")
    T(d, "2004-09-01", "gunmen seize more than 1,100 hostages", "1 вересня 2004 року")
    T(d, "2017", "ECHR ruling against Russia", "У 2017 році")
    T(d, "2024-08-31", "candle procession on the eve", "у суботу")

    d = "hroza_timeline_uk.md"  # its header says times are Kyiv time (UTC+3)
    for day, entries in (("2023-10-05", (("13:15", "missile hits the cafe during a wake"), ("14:20", "Syniehubov: at least 48 dead"), ("15:05", "Zelensky: 49 dead"), ("16:40", "Klymenko: 51 dead"), ("18:30", "prosecutors open a war crimes case; 6 injured"), ("21:10", "toll rises to 52"))),
                         ("2023-10-06", (("08:00", "rescuers finish clearing the rubble: 52 bodies"), ("10:30", "police: 35 bodies identified"), ("12:00", "three days of mourning in Kharkiv region"), ("15:45", "Russian Telegram channels claim a military meeting was hit"), ("19:00", "a villager speaks to TV"))),
                         ("2023-10-07", (("11:00", "Klymenko: 52 dead, at least 7 missing"), ("17:30", "first victims buried")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2023-10-08T14:00+03:00", "police: 47 dead identified", "неділя, 8 жовтня, 14:00")
    T(d, "2023-10-10T09:30+03:00", "Zelensky's address quoted", "вівторок, 10 жовтня, 09:30")
    T(d, "2023-10-10T18:00+03:00", "Kostin: 55 dead, 4 missing", "вівторок, 10 жовтня, 18:00")
    T(d, "2023-10-11T10:00+03:00", "UN mission: at least 59 civilians killed", "11 жовтня, 10:00")
    T(d, "2023-10-12T16:00+03:00", "SBU detains two suspected spotters", "12 жовтня, 16:00")
    T(d, "2023-10-05", "wake for a fallen soldier in the village cafe", "5 жовтня 2023 року")
    T(d, "2023-11", "court orders measures against two brothers in absentia", "У листопаді 2023 року")
    d = "hroza_wiki_uk.wiki"
    T(d, "2023-10-05T13:15+03:00", "missile strike on the cafe", "близько 13:15 (UTC+3)")
    T(d, "2023-10-05", "strike on a wake in Hroza", "Куп'янського району]] 5 жовтня 2023 року")
    T(d, "2023-10-10", "Prosecutor General's Office: 55 dead", "До 10 жовтня")
    T(d, "2023-10-11", "UN mission confirms at least 59 dead", "а 11 жовтня")
    w = "hroza_wiki_en.atom#hroza-wp"
    T(w, "2023-10-05T13:15+03:00", "missile strike on the cafe", "13:15 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(w, "2023-10-05", "Iskander missile hits a wake in Hroza", "On 5 October 2023")
    T(w, "2023-10-10", "prosecutors count 55 bodies", "By 10 October")
    T(w, "2023-10-11", "UN mission: at least 59 killed", "said on 11 October")
    T(w, "2023-11", "two brothers charged in absentia", "in November 2023")
    T("hroza_wiki_en.atom#hroza-un", "2023-10-11", "UN mission verifies at least 59 deaths", "on 11 October 2023")
    d = "hroza_news_kk.txt"
    T(d, "2023-10-05", "missile strike on Hroza", "бейсенбі күні")
    T(d, "2023-10-05T13:15", "missile hits the cafe (local time)", "5 қазанда жергілікті уақыт бойынша сағат 13:15")
    T(d, "2023-10-11", "UN mission confirms at least 59 dead", "11 қазанда")
    T(d, "2023-10-03", "another strike two days earlier", "сейсенбі күні")

    d = "border_press_ru.html"
    T(d, "2021-04-29", "armed conflict in Batken region begins", "29 апреля – 1 мая")
    T(d, "2021-05-02T08:00", "status of the release: 36 dead, 189 sought help", "по состоянию на 08:00 2 мая 2021 года")
    d = "border_news_kk.txt"
    T(d, "2021-04-28", "clash begins at the water distribution point near Vorukh", "28 сәуірде, сәрсенбі күні")
    T(d, "2021-04-29", "fighting with military equipment", "келесі күні")
    T(d, "2021-04-29", "ceasefire agreed", "29 сәуір кешке")
    T(d, "2021-05-01", "shooting stops", "1 мамырға дейін")
    d = "border_wire_en.txt"
    T(d, "2021-05-01", "both sides agree to pull back troops", "agreed on Saturday")
    T(d, "2021-04-30", "Kyrgyz toll at 31 dead", "31 dead a day earlier")
    T(d, "2021-04-28", "clashes begin near Kok-Tash", "began on Wednesday")

    f = "bolotnaya_articles_ru.jsonl#"
    T(f + "bl1", "2012-05-06", "March of Millions ends in clashes on Bolotnaya Square", "В воскресенье, 6 мая")
    T(f + "bl1", "2012-05-06T17:30", "protesters try to break through the cordon", "Около 17:30")
    T(f + "bl2", "2012-05-07", "about 300 more detained on inauguration day", "В понедельник, 7 мая")
    T(f + "bl3", "2014-02-24", "court convicts 8 defendants in the Bolotnaya case", "в понедельник признал виновными")
    T(f + "bl3", "2012-05-06", "events of 6 May 2012", "событиях 6 мая 2012 года")
    d = "bolotnaya_ngo_en.md"
    T(d, "2012-05-06", "march ends in clashes", "On Sunday, 6 May 2012")
    T(d, "2012-05-06T17:30+04:00", "clashes with riot police (Moscow time)", "at about 17:30 Moscow time (UTC+4)")
    T(d, "2012-05-07", "at least 120 more detained near the Kremlin", "On 7 May, police detained")
    T(d, "2012-05-14", "status of the briefing's figures", "figures as of 14 May")
    d = "bolotnaya_report_uk.txt"
    T(d, "2012-05-06", "March of Millions ends in clashes", "у неділю, 6 травня")
    T(d, "2012-05-07", "at least 120 detained during the inauguration", "У понеділок, 7 травня")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d6t{n:03d}"
    return rows


ENTITIES = [
    ("Aktobe", "place", ["Ақтөбе", "Актобе", "Aktobe"]),
    ("National Guard of Kazakhstan", "org", ["Национальной гвардии", "Ұлттық ұлан", "National Guard"]),
    ("Beslan", "place", ["Беслане", "Беслан", "Беслані", "Beslan"]),
    ("North Ossetia", "place", ["Северная Осетия", "Північна Осетія", "North Ossetia"]),
    ("Nur-Pashi Kulaev", "person", ["Нур-Паши Кулаев", "Кулаева"]),
    ("Mothers of Beslan", "org", ["Матери Беслана", "Матері Беслана"]),
    ("Hroza", "place", ["Гроза", "Грозі", "Hroza"]),
    ("Kharkiv Oblast", "place", ["Харківська область", "Харківської області", "Харьков облысындағы", "Kharkiv Oblast"]),
    ("Oleh Syniehubov", "person", ["Олег Синєгубов", "Олег Синегубов", "Oleh Syniehubov"]),
    ("Ihor Klymenko", "person", ["Ігор Клименко", "Игорь Клименко", "Ihor Klymenko"]),
    ("Batken Region", "place", ["Баткенской области", "Баткен облысы", "Batken region"]),
    ("Kok-Tash", "place", ["Кок-Таш", "Көк-Таш", "Kok-Tash"]),
    ("Maksat", "place", ["Максат", "Maksat"]),
    ("Bolotnaya Square", "place", ["Болотной площади", "Болотній площі", "Bolotnaya Square"]),
    ("Moscow", "place", ["Москве", "Москвы", "Москва", "Москви", "Moscow"]),
    ("Sergei Udaltsov", "person", ["Сергей Удальцов", "Сергій Удальцов"]),
    ("Vladimir Putin", "person", ["Владимира Путина", "Володимира Путіна"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset6", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
