"""Write the gold annotations of the thirty-fourth development set: tests/data/devset34/gold/devset34.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset34.py, which checks every anchor:

    python tests/data/devset34/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset24/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `bulgaria_report_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

SSH, BUL, KRA, ALM, LIS = "Sayano-Shushenskaya HPP", "Kuibyshev Reservoir", "Kramatorsk", "Almaty", "Listvyazhnaya mine"
D_SS, D_BU, D_KR, D_AL, D_LI = "2009-08-17", "2011-07-10", "2022-04-08", "2016-07-18", "2021-11-25"
CH, PO, CI, SV, MI, RE = "children", "police", "civilians", "servicemen", "miners", "rescuers"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Sayano-Shushenskaya, 17 August 2009
    P = dict(place=SSH, date=D_SS)
    d = "sshges_wiki_uk.wiki"
    C(d, "killed", 75, "exact", "| загиблі        = 75<ref>", "RusHydro", "company", stext="РусГідро", **P)
    C(d, "injured", 13, "exact", "| поранені       = 13", **P)
    C(d, "killed", 75, "exact", "загинули 75 осіб", **P)
    C(d, "injured", 13, "exact", "ще 13 дістали травми", **P)
    C(d, "killed", 75, "exact", "аварія забрала життя 75 людей", "Rostekhnadzor", "official", stext="Ростехнагляд", **P)
    MC = dict(src="Russian Emergencies Ministry", stype="official", stext="МНС Росії", **P)
    C(d, "killed", 8, "exact", "8 загиблих і 67 зниклих", **MC)
    C(d, "missing", 67, "exact", "67 зниклих безвісти", **MC)
    SH = dict(src="Sergei Shoigu", stype="official", stext="міністр [[Сергій Шойгу]]", **P)
    C(d, "killed", 10, "exact", "тіла 10 людей знайдено", **SH)
    C(d, "missing", 72, "exact", "доля ще 72 невідома", **SH)
    C(d, "killed", 17, "exact", "кількість загиблих зросла до 17", **P)
    C(d, "killed", 53, "exact", "а 21 серпня — до 53", **P)
    MC["stext"] = "МНС повідомляло"
    C(d, "killed", 69, "exact", "про 69 знайдених тіл", **MC)
    C(d, "missing", 6, "exact", "і 6 зниклих", **MC)
    C(d, "killed", 100, "more_than", "загиблих понад 100", "local environmental activists", "activist", "unconfirmed", stext="Місцеві екоактивісти", **P)
    RT = dict(src="Rostekhnadzor", stype="official", stext="[[Ростехнагляд]]", **P)
    C(d, "killed", 75, "exact", "В акті перелічено 75 загиблих", **RT)
    C(d, "injured", 13, "exact", "та 13 постраждалих", **RT)
    C(d, "convicted", 6, "exact", "визнав винними шістьох", "Sayanogorsk city court", "official", stext="Саяногорський міський суд", place=SSH, date="2014-12")
    C(d, "convicted", 6, "exact", "вирок шістьом фігурантам", "RIA Novosti", "media", stext="РИА Новости", place=SSH, date="2014-12")

    d = "sshges_press_ru.html"  # RusHydro's own press release: author
    C(d, "killed", 39, "exact", "извлечены тела 39 погибших", **P)
    C(d, "missing", 36, "exact", "Судьба 36 работников", **P)
    C(d, "injured", 13, "exact", "13 человек были госпитализированы", **P)
    R1, R2 = "<tr><td>Погибшие</td><td>10</td><td>14</td><td>39</td></tr>", "<tr><td>Пропавшие без вести</td><td>72</td><td>64</td><td>36</td></tr>"
    for v in (10, 14, 39):
        C(d, "killed", v, "exact", R1, **P)
    for v in (72, 64, 36):
        C(d, "missing", v, "exact", R2, **P)
    C(d, "injured", 13, "exact", "<tr><td>Госпитализированы</td><td>13</td>", **P)
    R3 = "<tr><td>Задействовано спасателей</td><td>около 1200</td><td>более 2000</td><td>2700</td></tr>"
    C(d, "deployed", 1200, "about", R3, **P)
    C(d, "deployed", 2000, "more_than", R3, **P)
    C(d, "deployed", 2700, "exact", R3, **P)
    C(d, "deployed", 2700, "more_than", "работают более 2700 человек", "Russian Emergencies Ministry", "official", stext="По данным МЧС России", **P)
    C(d, "killed", None, "vague", "о «сотнях погибших»", "online media", "media", "unconfirmed", stext="ряда интернет-изданий", **P)
    C(d, "killed", None, "vague", "«Эти цифры не соответствуют действительности»", "Yevgeny Dod (RusHydro)", "company", "denied", stext="председатель правления ОАО «РусГидро» Евгений Дод", **P)

    d = "sshges_timeline_en.md"
    MC = dict(src="Russian Emergencies Ministry", stype="official", stext="MChS", **P)
    C(d, "killed", 8, "at_least", "at least 8 people died", **MC)
    C(d, "missing", 67, "exact", "67 are missing", **MC)
    SH = dict(src="Sergei Shoigu", stype="official", stext="Shoigu", **P)
    C(d, "killed", 10, "exact", "10 bodies have been recovered", **SH)
    C(d, "missing", 72, "exact", "and 72 people", **SH)
    C(d, "killed", 14, "exact", "The toll reaches 14", **P)
    C(d, "missing", 64, "exact", "MChS counts 64 people still missing", **MC)
    MC["stext"] = "According to MChS"
    C(d, "killed", 17, "exact", "17 dead have been found", **MC)
    C(d, "missing", 58, "exact", "58 people remain unaccounted for", **MC)
    RH = dict(src="RusHydro", stype="company", stext="RusHydro", **P)
    C(d, "killed", 39, "exact", "39 bodies recovered", **RH)
    C(d, "missing", 36, "exact", "36 missing", **RH)
    C(d, "killed", None, "vague", 'online claims of "hundreds of dead"', "online claims", "social_media", "unconfirmed", stext="online claims", **P)
    C(d, "killed", None, "vague", 'as "untrue"', "RusHydro", "company", "denied", stext="The company", **P)
    C(d, "killed", 53, "exact", "The toll rises to 53", **P)
    C(d, "deployed", 2700, "more_than", "More than 2,700 rescuers are at the site", **P)
    MC["stext"] = "MChS reports"
    C(d, "killed", 69, "exact", "MChS reports 69 dead", **MC)
    C(d, "missing", 6, "exact", "and 6 missing", **MC)
    C(d, "missing", 6, "exact", "six people are still under the debris", **SH)
    C(d, "killed", 75, "exact", "the final toll stands at 75", **P)
    RT = dict(src="Rostekhnadzor", stype="official", stext="Rostekhnadzor", **P)
    C(d, "killed", 75, "exact", "The report gives 75 dead", **RT)
    C(d, "injured", 13, "exact", "and 13 injured", **RT)
    C(d, "convicted", 6, "exact", "convicts six former managers", "Sayanogorsk court", "official", stext="A court in Sayanogorsk", place=SSH, date="2014-12")
    TB = (("| MChS | 17 Aug, 11:00 | at least 8 | 67 | — |", "Russian Emergencies Ministry", "official", (("killed", 8, "at_least"), ("missing", 67, "exact"))),
          ("| Shoigu | 17 Aug, 21:30 | 10 | 72 | — |", "Sergei Shoigu", "official", (("killed", 10, "exact"), ("missing", 72, "exact"))),
          ("| MChS | 19 Aug | 17 | 58 | — |", "Russian Emergencies Ministry", "official", (("killed", 17, "exact"), ("missing", 58, "exact"))),
          ("| RusHydro | 20 Aug | 39 | 36 | 13 |", "RusHydro", "company", (("killed", 39, "exact"), ("missing", 36, "exact"), ("injured", 13, "exact"))),
          ("| MChS | 23 Aug | 69 | 6 | — |", "Russian Emergencies Ministry", "official", (("killed", 69, "exact"), ("missing", 6, "exact"))),
          ("| Rostekhnadzor | 3 Oct | 75 | — | 13 |", "Rostekhnadzor", "official", (("killed", 75, "exact"), ("injured", 13, "exact"))))
    for row, src, st, cells in TB:
        for m, v, q in cells:
            C(d, m, v, q, row, src, st, stext=row.split("|")[1].strip(), **P)
    C(d, "killed", 300, "at_most", 'spoke of "up to 300 men" killed', "forum post", "social_media", "unconfirmed", stext="A widely shared forum post", **P)

    # ================================================================ Bulgaria, Kuibyshev Reservoir, 10 July 2011
    P = dict(place=BUL, date=D_BU)
    d = "bulgaria_report_ru.txt"
    C(d, "killed", 122, "exact", "число погибших достигло 122", **P)
    SH = dict(src="Sergei Shoigu", stype="official", stext="глава МЧС России Сергей Шойгу", **P)
    C(d, "killed", 122, "exact", "жертвами катастрофы стали 122 человека", **SH)
    C(d, "killed", 28, "exact", "среди них 28 детей", group=CH, **SH)
    MC = dict(src="Russian Emergencies Ministry", stype="official", stext="МЧС", **P)
    C(d, "killed", 2, "exact", "о двух погибших", **MC)
    C(d, "missing", 100, "more_than", "более чем 100 пропавших без вести", **MC)
    C(d, "missing", 110, "exact", "судьба 110 человек неизвестна", "head of the Tatarstan Emergencies Ministry", "official", stext="руководитель республиканского МЧС", **P)
    C(d, "killed", 130, "at_least", "погибших «не менее 130»", "Communist deputy of the Tatarstan State Council", "opposition", stext="Депутат Госсовета Татарстана от фракции КПРФ", **P)
    C(d, "killed", None, "vague", "«остаются сотни тел»", "social media", "social_media", "unconfirmed", stext="В социальных сетях", **P)
    C(d, "killed", None, "vague", "«безответственной ложью»", "Tatarstan Emergencies Ministry", "official", "denied", stext="В МЧС Татарстана", **P)
    C(d, "detained", 2, "exact", "Задержаны директор компании-арендатора", place=BUL, date="2011-07")
    C(d, "charged", 5, "exact", "Обвинение предъявлено пятерым", place=BUL, date="2011-07")

    f = "bulgaria_feed_en.rss#"
    d = f + "blg-1"
    C(d, "missing", 100, "more_than", "more than 100 missing", **P)
    MC = dict(src="Russian Emergencies Ministry", stype="official", stext="The Emergencies Ministry", **P)
    C(d, "killed", 2, "exact", "2 people were confirmed dead", **MC)
    C(d, "missing", 100, "more_than", "More than 100 were missing", **MC)
    C(d, "deployed", 200, "about", "About 200 divers", "Irina Andrianova (Emergencies Ministry)", "official", stext="ministry spokesman Irina Andrianova", **P)
    d = f + "blg-2"
    C(d, "killed", 122, "exact", "Bulgaria toll reaches 122", **P)
    SH = dict(src="Sergei Shoigu", stype="official", stext="Emergencies Minister Sergei Shoigu", **P)
    C(d, "killed", 122, "exact", "official death toll from the sinking of the Bulgaria on 10 July to 122", **SH)
    C(d, "killed", 28, "exact", "Of them, 28 were children", group=CH, **SH)
    C(d, "injured", 30, "about", "Some 30 people were treated in hospital", "Tatarstan health ministry", "official", stext="the Tatarstan health ministry", **P)
    C(d, "killed", 150, "more_than", 'that "over 150" had died', "Moscow tabloid", "media", "unconfirmed", stext="one Moscow tabloid", **P)
    C(d, "killed", 150, "more_than", 'as "not based on any facts"', "investigators", "official", "denied", stext="investigators", **P)
    C(d, "charged", 4, "exact", "has charged four people", "Investigative Committee", "official", stext="The Investigative Committee", place=BUL, date="2011-07")
    C(d, "detained", 2, "exact", "The captains of two ships", place=BUL, date="2011-07")

    d = "bulgaria_mtblog_en.txt"
    MC = dict(src="Russian Emergencies Ministry", stype="official", stext="Ministry of emergency situations", **P)
    C(d, "killed", 2, "exact", "are lost 2 persons", **MC)
    C(d, "missing", 100, "more_than", "Are not found more than 100 persons", **MC)
    C(d, "missing", 110, "exact", "destiny of 110 persons is unknown", "head of the Tatarstan Emergencies Ministry", "official", stext="The chief of MChS of Tatarstan", **P)
    C(d, "killed", 41, "exact", "lifted from water 41 bodies", **P)
    C(d, "deployed", 200, "more_than", "More from 200 divers", **P)
    C(d, "killed", 58, "exact", "Are found dead already 58 persons", **P)
    C(d, "detained", 2, "exact", "has detained 2 persons", "Investigative Committee", "official", stext="The Investigation committee", place=BUL, date="2011-07-11")
    C(d, "killed", [250, 300], "range", "from 250 to 300 people are lost", "forums", "social_media", "unconfirmed", stext="In forums", **P)

    # ================================================================ Kramatorsk railway station, 8 April 2022
    P = dict(place=KRA, date=D_KR)
    d = "kramatorsk_statement_uk.txt"  # Kyrylenko's own voice
    C(d, "killed", 50, "exact", "ми маємо 50 загиблих", **P)
    C(d, "killed", 5, "exact", "серед них 5 дітей", group=CH, **P)
    C(d, "injured", 98, "exact", "Ще 98 людей поранено", **P)
    C(d, "killed", 39, "exact", "39 людей загинули на місці", **P)
    C(d, "deployed", 200, "more_than", "понад 200 рятувальників", **P)
    C(d, "buildings_damaged", 3, "exact", "Пошкоджено 3 будівлі", **P)
    C(d, "vehicles_damaged", 20, "about", "близько 20 автомобілів", **P)

    d = "kramatorsk_export_uk.xml#1492037"
    UI = dict(src="Ukrinform", stype="media", stext="Укрінформ", **P)
    C(d, "killed", 61, "exact", "| загиблі = 61<ref>", **UI)
    C(d, "killed", 61, "exact", "вокзалу в Краматорську зросла до 61", **UI)
    C(d, "injured", 100, "more_than", "| поранені = понад 100", **P)
    UZ = dict(src="Ukrzaliznytsia", stype="company", stext="[[Укрзалізниця]]", **P)
    C(d, "killed", 30, "more_than", "«понад 30 загиблих", **UZ)
    C(d, "injured", 100, "more_than", "понад 100 поранених»", **UZ)
    C(d, "killed", 30, "more_than", "Укрзалізниця: понад 30 загиблих на вокзалі", "Ukrzaliznytsia", "company", stext="Укрзалізниця", **P)
    KY = dict(src="Pavlo Kyrylenko", stype="official", stext="голова Донецької ОВА [[Павло Кириленко]]", **P)
    C(d, "killed", 39, "exact", "назвав 39 загиблих", **KY)
    C(d, "killed", 4, "exact", "серед яких 4 дітей", group=CH, **KY)
    C(d, "killed", 50, "exact", "про 50 загиблих", **KY)
    C(d, "killed", 5, "exact", "зокрема п'ятьох дітей", group=CH, **KY)
    C(d, "injured", 98, "exact", "і 98 поранених", **KY)
    C(d, "killed", None, "vague", "«десятки тіл»", "eyewitnesses", "eyewitness", stext="Очевидці", **P)
    C(d, "killed", 52, "exact", "кількість загиблих зросла до 52", "Office of the Prosecutor General", "official", stext="Офіс генпрокурора", **P)
    C(d, "injured", 109, "exact", "поранення дістали 109 осіб", "State Emergency Service", "official", stext="За даними ДСНС", **P)
    RP = dict(src="Donetsk regional prosecutor's office", stype="official", stext="обласна прокуратура", **P)
    C(d, "killed", 61, "exact", "остаточну кількість — 61 загиблий", **RP)
    C(d, "killed", 7, "exact", "з них 7 дітей", group=CH, **RP)
    C(d, "injured", 120, "more_than", "перевищила 120", **RP)
    C(d, "killed", 58, "at_least", "щонайменше 58 цивільних", "Human Rights Watch", "ngo", group=CI, stext="Human Rights Watch", **P)
    C(d, "killed", 60, "more_than", "«понад 60 знищеними бойовиками»", "Russian Telegram channels", "social_media", "unconfirmed", group="Ukrainian soldiers", stext="Низка російських телеграм-каналів", **P)

    # ================================================================ Almaty shooting, 18 July 2016
    P = dict(place=ALM, date=D_AL)
    d = "almaty_news_kk.txt"
    C(d, "killed", 10, "exact", "Алматыдағы атыс: қаза тапқандар саны 10-ға жетті", **P)
    MV = dict(src="Kazakhstan Interior Ministry", stype="official", stext="Қазақстан Ішкі істер министрлігінің баспасөз қызметі", **P)
    C(d, "killed", 10, "exact", "атыс салдарынан қаза тапқандар саны 10-ға жетті", **MV)
    C(d, "killed", 8, "exact", "Олардың 8-і – полиция қызметкерлері", group=PO, **MV)
    C(d, "killed", 2, "exact", "2-уі – бейбіт тұрғындар", group=CI, **MV)
    MV["stext"] = "ІІМ"
    C(d, "killed", 3, "exact", "ІІМ 3 полицейдің қаза тапқанын", group=PO, **MV)
    KS = dict(src="Kalmukhanbet Kassymov", stype="official", stext="министр Қалмұханбет Қасымов", **P)
    C(d, "killed", 4, "exact", "«Бүгін 4 полиция қызметкері", group=PO, **KS)
    C(d, "killed", 1, "exact", "1 бейбіт тұрғын қаза тапты", group=CI, **KS)
    C(d, "injured", 5, "exact", "тағы 5 адам ауыр жараланды", **KS)
    C(d, "killed", 2, "exact", "тағы екі полицей көз жұмды", group=PO, **P)
    C(d, "injured", 9, "exact", "барлығы 9 адам жарақат алып", "Almaty health department", "official", stext="Денсаулық сақтау басқармасының", **P)
    C(d, "detained", 2, "exact", "«топтың тағы екі мүшесі» ұсталғанын", "police", "official", stext="Полиция", **P)
    C(d, "killed", None, "vague", "«ондаған адам» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", None, "vague", "бұл ақпаратты «жалған» деп атады", "Almaty city police department", "official", "denied", stext="Алматы қаласы полиция департаменті", **P)
    C(d, "deployed", 1500, "more_than", "1500-ден астам полиция қызметкері мен әскери шығарылды", **P)

    d = "almaty_verdict_kk.txt"
    CO = dict(src="Almaty specialized interdistrict criminal court", stype="official", stext="Алматы қаласының мамандандырылған ауданаралық қылмыстық соты", **P)
    C(d, "killed", 10, "exact", "10 адамды өлтірді", **CO)
    CO["stext"] = "Үкімде"
    C(d, "killed", 8, "exact", "Үкімде 8 полиция қызметкері", group=PO, **CO)
    C(d, "killed", 1, "exact", "1 ҚР Ұлттық ұланының әскери қызметшісі", group=SV, **CO)
    C(d, "killed", 1, "exact", "1 бейбіт тұрғын қаза тапқаны", group=CI, **CO)
    CO["stext"] = "соттың баспасөз қызметі"
    C(d, "injured", 10, "exact", "Тағы 10 адам әртүрлі дәрежедегі жарақат алды", **CO)
    C(d, "detained", 4, "exact", "тұтқынға алынған 4 күдікті", "Prosecutor General's Office", "official", stext="Бас прокуратураның өкілі", **P)

    f = "almaty_wiki_en.atom#"
    d = f + "alm-wp"
    FA = "| fatalities  = 10 (8 police officers, 2 civilians)"
    TG = dict(src="Tengrinews", stype="media", stext="Tengrinews", **P)
    C(d, "killed", 10, "exact", FA, **TG)
    C(d, "killed", 8, "exact", FA, group=PO, **TG)
    C(d, "killed", 2, "exact", FA, group=CI, **TG)
    C(d, "injured", 9, "exact", "| injured     = 9", **P)
    C(d, "killed", 3, "exact", "three police officers killed", "early reports", "unknown", group=PO, stext="Early reports", **P)
    MV = dict(src="Kazakhstan Interior Ministry", stype="official", stext="the Interior Ministry", **P)
    C(d, "killed", 4, "exact", "four police officers and one civilian dead", group=PO, **MV)
    C(d, "killed", 1, "exact", "and one civilian dead", group=CI, **MV)
    C(d, "killed", 2, "exact", "two more officers died in hospital", group=PO, **P)
    MV["stext"] = "[[Ministry of Internal Affairs (Kazakhstan)|Interior Ministry]]"
    C(d, "killed", 10, "exact", "the toll reached 10", **MV)
    C(d, "killed", 8, "exact", "eight police officers and two civilians, according", group=PO, **MV)
    C(d, "killed", 2, "exact", "two civilians, according", group=CI, **MV)
    C(d, "killed", 8, "exact", "gunman kills eight police in Almaty", "Reuters", "media", group=PO, stext="Reuters", **P)
    C(d, "injured", 9, "exact", "Nine people were wounded", **P)
    CO = dict(src="court", stype="official", stext="The court's verdict", **P)
    C(d, "killed", 8, "exact", "eight police officers, one National Guard serviceman", group=PO, **CO)
    C(d, "killed", 1, "exact", "one National Guard serviceman", group=SV, **CO)
    C(d, "killed", 1, "exact", "and one civilian.", group=CI, **CO)
    C(d, "detained", 2, "exact", '"two accomplices" had been detained', "police", "official", stext="Police", **P)
    d = f + "alm-talk"
    C(d, "killed", None, "vague", '"dozens killed" figure from social media', "social media", "social_media", "unconfirmed", stext="social media", **P)
    C(d, "killed", None, "vague", "called those posts false", "Almaty city police department", "official", "denied", stext="The city police department", **P)
    C(d, "deployed", 1500, "more_than", "more than 1,500 police and servicemen were deployed", "Kazakhstan Interior Ministry", "official", stext="The Interior Ministry", **P)
    C(d, "detained", 4, "exact", "The 4 suspects detained on 18 July", "Prosecutor General's Office", "official", stext="the Prosecutor General's Office", **P)

    # ================================================================ Listvyazhnaya mine, 25 November 2021
    P = dict(place=LIS, date=D_LI)
    d = "listv_news_kk.txt"
    C(d, "killed", 51, "exact", "Кузбастағы шахтада 51 адам қаза тапты", **P)
    MC = dict(src="Russian Emergencies Ministry", stype="official", stext="Ресей Төтенше жағдайлар министрлігінің баспасөз қызметі", **P)
    C(d, "killed", 51, "exact", "апаттан кейін қаза тапқандар саны 51-ге жетті", **MC)
    C(d, "killed", 46, "exact", "Олардың 46-сы – кеншілер", group=MI, **MC)
    C(d, "killed", 5, "exact", "5-еуі – құтқарушылар", group=RE, **MC)
    C(d, "killed", 11, "exact", "11 кеншінің денесі табылды", group=MI, **P)
    C(d, "missing", 35, "exact", "жер астында қалған 35 кеншіні", group=MI, **P)
    C(d, "missing", 6, "exact", "6 құтқарушымен байланыс үзілді", group=RE, **P)
    C(d, "killed", 52, "exact", "52 адамның қаза тапқанын", "official sources", "official", stext="ресми дереккөздер", **P)
    C(d, "killed", 51, "exact", "қаза тапқандар саны 51-ге түзетілді", **P)
    C(d, "injured", 49, "exact", "49 адам ауруханаға жатқызылды", "Kemerovo region health ministry", "official", stext="Облыстың денсаулық сақтау министрлігінің", **P)
    C(d, "detained", 3, "exact", "оның орынбасарын және учаске бастығын ұстады", "Investigative Committee of Russia", "official", stext="Ресей Тергеу комитеті", **P)
    C(d, "detained", 2, "exact", "Тағы 2 Ростехнадзор инспекторы қамауға алынды", place=LIS, date="2021-11-26")

    d = "listv_wiki_ru.txt"
    MK = dict(src="Kemerovo region Emergencies Ministry", stype="official", stext="ГУ МЧС России по Кемеровской области", **P)
    C(d, "killed", 51, "exact", "|Погибшие       = 51<ref>", **MK)
    C(d, "killed", 51, "exact", "На шахте «Листвяжная» погиб 51 человек", **MK)
    C(d, "injured", 76, "exact", "|Пострадавшие   = 76", **P)
    C(d, "killed", 11, "exact", "сообщило об 11 погибших", "Russian Emergencies Ministry", "official", stext="[[МЧС России]]", **P)
    C(d, "missing", 35, "exact", "К поискам 35 горняков", group=MI, **P)
    C(d, "missing", 6, "exact", "с группой из шести спасателей была потеряна", group=RE, **P)
    ES = dict(src="source in the emergency services", stype="official", stext="Источник в экстренных службах", **P)
    C(d, "killed", 52, "exact", "ТАСС о 52 погибших", **ES)
    C(d, "killed", 6, "exact", "включая шестерых горноспасателей", group=RE, **ES)
    C(d, "killed", 51, "exact", "уточнили до 51", **P)
    C(d, "killed", 46, "exact", "(46 горняков", group=MI, **P)
    C(d, "killed", 5, "exact", "5 горноспасателей)", group=RE, **P)
    MZ = dict(src="Kuzbass health ministry", stype="official", stext="По данным Минздрава Кузбасса", **P)
    C(d, "injured", 76, "exact", "обратились 76 человек", **MZ)
    C(d, "injured", 49, "exact", "49 из них госпитализированы", **MZ)
    C(d, "detained", 3, "exact", "задержаны директор шахты Сергей Махраков, его заместитель и начальник участка", place=LIS, date="2021-11-25")
    C(d, "detained", 2, "exact", "два инспектора Ростехнадзора", place=LIS, date="2021-11-26")
    C(d, "detained", 7, "exact", "под стражей оказались семь человек", place=LIS, date="2021")

    f = "listv_articles_ru.jsonl#"
    d = f + "lv1"
    C(d, "killed", 11, "exact", "погибли 11 горняков", group=MI, **P)
    C(d, "missing", 46, "exact", "судьба 46 человек неизвестна", **P)
    C(d, "missing", 46, "exact", "Под землёй остаются 46 горняков", "Kemerovo region Emergencies Ministry", "official", group=MI, stext="в региональном управлении МЧС", **P)
    C(d, "killed", 11, "exact", "Подтверждена гибель 11 человек", "emergency services", "official", stext="со ссылкой на экстренные службы", **P)
    C(d, "injured", 43, "exact", "доставлены 43 пострадавших", "Kuzbass operational headquarters", "official", stext="оперативный штаб Кузбасса", **P)
    C(d, "deployed", 100, "more_than", "более 100 горноспасателей", **P)
    C(d, "missing", 6, "exact", "шесть человек, прервалась связь", "source of RIA Novosti", "unknown", group=RE, stext="По словам источника РИА Новости", **P)
    d = f + "lv2"
    C(d, "killed", 51, "exact", "Число погибших на «Листвяжной» уточнено: 51", **P)
    MC = dict(src="Russian Emergencies Ministry", stype="official", stext="сообщили в МЧС России", **P)
    C(d, "killed", 52, "exact", "снизилось с 52 до 51", **MC)
    C(d, "killed", 51, "exact", "снизилось с 52 до 51", **MC)
    C(d, "killed", 6, "exact", "погибли все шестеро горноспасателей", group=RE, **P)
    C(d, "killed", 46, "exact", "стали 46 горняков", group=MI, **MC)
    C(d, "killed", 5, "exact", "и пять спасателей", group=RE, **MC)
    C(d, "injured", 63, "exact", "в больницах остаются 63 человека", "Kemerovo region health ministry", "official", stext="По данным областного Минздрава", **P)
    C(d, "detained", 5, "exact", "Следственный комитет задержал пятерых", "Investigative Committee of Russia", "official", stext="Следственный комитет", place=LIS, date=["2021-11-25", "2021-11-26"])
    C(d, "charged", 1, "exact", "Ещё одному сотруднику предъявлено обвинение", place=LIS, date="2021-11-26")

    for i, r in enumerate(rows, 1):
        r["id"] = f"d34g{i:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "sshges_wiki_uk.wiki"
    T(d, "2009-08-17T08:13", "turbine No. 2 torn off, turbine hall flooded (local time)", "У понеділок, 17 серпня 2009 року, о 08:13 за місцевим часом")
    T(d, "2009-08-17", "Shoigu: 10 bodies, 72 missing", "Увечері міністр")
    T(d, "2009-08-18", "divers search the lower levels", "Наступного дня водолази")
    T(d, "2009-08-19", "toll rises to 17", "19 серпня кількість загиблих")
    T(d, "2009-08-21", "toll rises to 53", "а 21 серпня — до 53")
    T(d, "2009-08-23", "MChS: 69 bodies, 6 missing", "Станом на 23 серпня")
    T(d, "2009-09", "75th body found", "в середині вересня")
    T(d, "2009-10-03", "Rostekhnadzor publishes its report", "3 жовтня 2009 року")
    T(d, "2014-12", "court convicts six former managers", "У грудні 2014 року")
    d = "sshges_press_ru.html"
    T(d, "2009-08-20T18:00", "status: 39 bodies recovered, 36 missing", "по состоянию на 18:00 четверга, 20 августа")
    T(d, "2009-08-17T08:13", "accident at unit No. 2 (local time)", "в понедельник, 17 августа, в 08:13 по местному времени")
    d = "sshges_timeline_en.md"
    for day, entries in (("2009-08-17", (("08:13", "turbine No. 2 torn from its mountings"), ("08:20", "staff close the intake gates manually"), ("09:30", "first radio reports of an explosion"), ("11:00", "MChS: at least 8 dead, 67 missing"), ("12:40", "rumours of a dam breach, government calls them false"), ("15:00", "Shoigu flies in"), ("21:30", "Shoigu: 10 bodies, 72 missing"))),
                         ("2009-08-18", (("07:00", "divers start work"), ("14:00", "toll reaches 14, 64 missing"), ("16:30", "sabotage claim, FSB calls it an invention"), ("19:00", "Putin holds a meeting in Sayanogorsk"))),
                         ("2009-08-19", (("09:00", "MChS: 17 dead, 58 unaccounted for"), ("13:00", "two survivors speak to local TV"))),
                         ("2009-08-20", (("18:00", "RusHydro: 39 bodies, 36 missing"),)),
                         ("2009-08-23", (("12:00", "MChS: 69 dead, 6 missing; active rescue ends"),))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+08:00", label, f"**{hm}**")
    T(d, "2009-08-18T10:00+08:00", "oil slick seen on the Yenisei", "**10:00** — An oil slick")
    T(d, "2009-08-21T10:00+08:00", "toll rises to 53", "**10:00** — The toll rises to 53")
    T(d, "2009-08-23", "Shoigu: six still under the debris", "**same day**")
    T(d, "2009-08-24", "day of mourning in Khakassia", "**24 August**")
    T(d, "2009-09", "final toll 75", "**Mid-September**")
    T(d, "2009-10-03", "Rostekhnadzor report", "**3 October**")
    T(d, "2014-12", "six convicted in Sayanogorsk", "**December 2014**")

    d = "bulgaria_report_ru.txt"
    T(d, "2011-07-10T13:58", "Bulgaria sinks near Syukeyevo (Moscow time)", "в воскресенье, 10 июля, около 13:58 по московскому времени")
    T(d, "2011-07-10", "head of Tatarstan MChS: 110 unaccounted for", "Вечером 10 июля")
    T(d, "2011-07-20", "last body found, toll 122", "на брифинге в среду")
    f = "bulgaria_feed_en.rss#"
    T(f + "blg-1", "2011-07-10", "the Bulgaria sinks", "sank on Sunday afternoon")
    T(f + "blg-1", "2011-07-10T13:00", "ship leaves Bolgar (Moscow time)", "at about 13:00 Moscow time")
    T(f + "blg-2", "2011-07-20", "last body recovered, toll 122", "Divers recovered the last body on Wednesday")
    d = "bulgaria_mtblog_en.txt"
    T(d, "2011-07-10T13:58", "the Bulgaria sinks", "Sunday 10 July in 13.58 hours of Moscow")
    for upd, when, label in (("10.07 16.00", "2011-07-10T16:00", "MChS: 2 dead, more than 100 not found"), ("10.07 23.00", "2011-07-10T23:00", "110 unaccounted for"),
                             ("11.07 10.00", "2011-07-11T10:00", "41 bodies lifted"), ("11.07 18.00", "2011-07-11T18:00", "58 dead, 2 detained")):
        T(d, when, label, f"Update {upd}")

    d = "kramatorsk_statement_uk.txt"
    T(d, "2022-04-08T10:30", "missile strike on Kramatorsk station", "у п'ятницю, 8 квітня, близько 10:30")
    T(d, "2022-04-08T18:00", "status: 50 dead, 98 injured", "Станом на 18:00")
    d = "kramatorsk_export_uk.xml#1492037"
    T(d, "2022-04-08T10:30+03:00", "strike on the station (Kyiv time)", "у п'ятницю, 8 квітня 2022 року, близько 10:30 за київським часом (UTC+3)")
    T(d, "2022-04-09", "Prosecutor General: 52 dead", "Наступного дня, 9 квітня")
    T(d, "2022-05-12", "regional prosecutor: final toll 61", "12 травня обласна прокуратура")

    d = "almaty_news_kk.txt"
    T(d, "2016-07-18", "shooting in Almaty", "кеше болған атыс")
    T(d, "2016-07-18T11:00", "gunman attacks the Alatau district police department", "18 шілде, дүйсенбі күні сағат 11:00 шамасында")
    T(d, "2016-07-18", "Kassymov: 4 police and 1 civilian dead", "Кешке қарай министр")
    T(d, "2016-07-18", "two more police officers die in hospital", "Түнде ауруханада")
    d = "almaty_verdict_kk.txt"
    T(d, "2016-11-02", "Kulekbayev sentenced to death", "соты бүгін")
    T(d, "2016-07-18", "the attack", "2016 жылғы 18 шілдеде")
    f = "almaty_wiki_en.atom#alm-wp"
    T(f, "2016-07-18T11:00", "attack on police stations and the KNB (local time)", "Monday, 18 July 2016, at about 11:00 local time")
    T(f, "2016-07-18", "Interior Ministry: four police and one civilian dead", "By the evening of 18 July")
    T(f, "2016-07-19", "toll reaches 10", "On 19 July")
    T(f, "2016-11-02", "death sentence", "On 2 November 2016")

    d = "listv_news_kk.txt"
    T(d, "2021-11-25T08:35", "coal dust ignites, mine fills with smoke (local time)", "25 қараша, бейсенбі күні жергілікті уақытпен сағат 08:35 шамасында")
    T(d, "2021-11-25", "search halted, 52 reported dead", "Кешке қарай")
    T(d, "2021-11-25", "Telegram rumours of survivors", "Түнде Telegram-арналарда")
    T(d, "2021-11-26", "rescuer found alive, toll corrected to 51", "26 қарашада")
    d = "listv_wiki_ru.txt"
    T(d, "2021-11-25T08:35", "smoke in the ventilation drift (local time)", "25 ноября около 08:35 по местному времени")
    T(d, "2021-11-25T14:00", "contact with six rescuers lost", "в 14:00 связь")
    T(d, "2021-11-25T21:00", "governor: no chance of survivors, search halted", "Вечером, около 21:00")
    T(d, "2021-11-26", "one rescuer alive, toll 51", "На следующий день, 26 ноября")
    T("listv_articles_ru.jsonl#lv1", "2021-11-25T08:35", "smoke in the mine", "в четверг утром, около 08:35 по местному времени")
    T("listv_articles_ru.jsonl#lv2", "2021-11-25", "all six rescuers believed dead", "Накануне вечером")

    for i, r in enumerate(rows, 1):
        r["id"] = f"d34t{i:03d}"
    return rows


ENTITIES = [
    ("Sayano-Shushenskaya HPP", "place", ["Саяно-Шушенській ГЕС", "Саяно-Шушенской ГЭС", "Sayano-Shushenskaya"]),
    ("Sayanogorsk", "place", ["Саяногорськ", "Саяногорську", "Sayanogorsk"]),
    ("Khakassia", "place", ["Хакасія", "Хакасії", "Khakassia"]),
    ("Yenisei", "place", ["Єнісей", "Енисей", "Yenisei"]),
    ("RusHydro", "org", ["РусГідро", "РусГидро", "RusHydro"]),
    ("Rostekhnadzor", "org", ["Ростехнагляд", "Rostekhnadzor", "Ростехнадзора", "Ростехнадзор"]),
    ("Russian Emergencies Ministry", "org", ["МНС Росії", "МЧС России", "MChS", "МЧС"]),
    ("Sergei Shoigu", "person", ["Сергій Шойгу", "Сергей Шойгу", "Shoigu", "Sergei Shoigu"]),
    ("Yevgeny Dod", "person", ["Евгений Дод", "Дод"]),
    ("Bulgaria (ship)", "org", ["Булгария", "Булгарии", "Bulgaria"]),
    ("Kuibyshev Reservoir", "place", ["Куйбышевском водохранилище", "Kuibyshev Reservoir"]),
    ("Syukeyevo", "place", ["Сюкеево", "Syukeyevo"]),
    ("Tatarstan", "place", ["Татарстана", "Tatarstan"]),
    ("Arabella (ship)", "org", ["Арабелла", "Arabella"]),
    ("Svetlana Inyakina", "person", ["Светлана Инякина", "Svetlana Inyakina"]),
    ("Kramatorsk", "place", ["Краматорська", "Краматорськ", "Краматорську"]),
    ("Ukrzaliznytsia", "org", ["Укрзалізниця", "Укрзалізниці"]),
    ("Pavlo Kyrylenko", "person", ["Павло Кириленко", "Павла Кириленка"]),
    ("Almaty", "place", ["Алматыдағы", "Алматы", "Almaty"]),
    ("Ruslan Kulekbayev", "person", ["Руслан Кулекбаев", "Руслан Кулекбаевқа", "Ruslan Kulekbayev", "Kulekbayev"]),
    ("Kazakhstan Interior Ministry", "org", ["Ішкі істер министрлігінің", "ІІМ", "Interior Ministry"]),
    ("Kalmukhanbet Kassymov", "person", ["Қалмұханбет Қасымов", "Kalmukhanbet Kassymov"]),
    ("Listvyazhnaya mine", "place", ["Листвяжная", "Листвяжной"]),
    ("Kemerovo region", "place", ["Кемерово облысындағы", "Кемеровская область", "Кемеровской области"]),
    ("SDS-Ugol", "org", ["СДС-Уголь", "АО «СДС-Уголь»"]),
    ("Sergei Tsivilev", "person", ["Сергей Цивилев", "Цивилев"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset34", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
