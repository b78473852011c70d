"""Write the gold annotations of the thirty-fifth development set: tests/data/devset35/gold/devset35.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset35.py, which checks every anchor:

    python tests/data/devset35/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset24/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `ulyanovskaya_report_ru.txt` is stored in koi8-r.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

ULY, KZN, BUY, DAS, SHK = "Ulyanovskaya mine", "Kazan", "Buynaksk", "Dacha-Suu", "Lenin mine"
D_UL, D_KZ, D_BY, D_DS, D_LN = "2007-03-19", "2021-05-11", "1999-09-04", "2017-01-16", "2006-09-20"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Ulyanovskaya mine, Novokuznetsk, 19 March 2007
    P = dict(place=ULY, date=D_UL)
    VS = "visiting specialists"
    d = "ulyanovskaya_report_ru.txt"  # koi8-r
    C(d, "killed", 106, "exact", "число погибших возросло до 106", **P)
    OS = dict(src="operational headquarters", stype="official", stext="со ссылкой на оперативный штаб", **P)
    C(d, "killed", 106, "exact", "число погибших достигло 106 человек", **OS)
    C(d, "missing", 4, "exact", "судьба еще четырех шахтеров остается неизвестной", **OS)
    C(d, "killed", 30, "exact", "говорил о 30 погибших", "Aman Tuleyev", "official", stext="губернатор Кемеровской области Аман Тулеев", **P)
    C(d, "killed", 75, "exact", "подняли тела 75 человек", "Russian Emergencies Ministry", "official", stext="по данным МЧС России", **P)
    C(d, "killed", 100, "more_than", "счет погибших перешел за сотню", **P)
    C(d, "killed", 11, "exact", "в забое погибли 11 сотрудников инженерных служб", "a source in Yuzhkuzbassugol", "company", group=VS, stext="По словам источника в компании \"Южкузбассуголь\"", **P)
    HD = dict(src="head of the city health department", stype="official", stext="сообщил начальник городского управления здравоохранения", **P)
    C(d, "injured", 27, "exact", "доставлены 27 пострадавших", **HD)
    C(d, "injured", 5, "exact", "пятеро из них в тяжелом состоянии", **HD)
    C(d, "injured", 40, "exact", "фигурировала цифра в 40 госпитализированных", "media", "media", stext="в СМИ", **P)
    C(d, "deployed", 300, "more_than", "участвуют более 300 горноспасателей", **P)
    C(d, "killed", 150, "more_than", "более чем 150 погибших", "rumours in the town", "unknown", "unconfirmed", stext="В городе распространились слухи", **P)
    C(d, "killed", 150, "more_than", "эти сведения назвали \"не соответствующими действительности\"", "Yuzhkuzbassugol press service", "company", "denied", stext="В пресс-службе \"Южкузбассугля\"", **P)
    C(d, "detained", 2, "exact", "Задержаны двое работников участка аэрологической безопасности", "Kemerovo regional prosecutor's office", "official", stext="сообщили в прокуратуре", place=ULY, date="2007-03")

    d = "ulyanovskaya_mtblog_en.txt"
    C(d, "killed", 30, "exact", "are lost 30 persons", "radio", "media", **P)
    C(d, "killed", 50, "about", "people speak already near 50", "people", "unknown", **P)
    C(d, "killed", 75, "exact", "are lifted 75 dead", "MChS of Russia", "official", **P)
    C(d, "killed", 106, "exact", "the dead are 106", "governor Tuleev", "official", **P)
    ST = dict(src="the staff", stype="official", **P)
    C(d, "killed", 108, "exact", "108 miners have died underground", **ST)
    C(d, "killed", 2, "exact", "still 2 have died in hospital", **ST)
    C(d, "killed", 110, "exact", "In total are lost 110 persons", **ST)
    C(d, "killed", 8, "about", "about 8 persons", group=VS, **P)
    C(d, "injured", 20, "exact", "In hospital of Novokuznetsk lay 20 persons", **P)
    C(d, "injured", 4, "exact", "from them the heavy - 4", **P)
    C(d, "killed", 200, "more_than", "dead more than 200", "the Internet", "social_media", "unconfirmed", **P)
    C(d, "arrested", 1, "exact", "is arrested the head of the site of ventilation", "the prosecutor office", "official", place=ULY, date="2007-03")

    w = "ulyanovskaya_wiki_uk.atom#uly-wp"
    C(w, "killed", 110, "exact", "| загиблі   = 110", "UNIAN", "media", stext="УНІАН", **P)
    C(w, "killed", 110, "exact", "Кількість загиблих на шахті «Ульяновська» зросла до 110", "UNIAN", "media", stext="УНІАН", **P)
    C(w, "injured", 28, "exact", "| поранені  = 28", **P)
    C(w, "killed", 75, "exact", "повідомило про 75 загиблих", "Russian Emergencies Ministry", "official", stext="МНС Росії", **P)
    C(w, "killed", 106, "exact", "назвав цифру 106", "Aman Tuleyev", "official", stext="Аман Тулєєв", **P)
    C(w, "killed", 110, "exact", "кількість загиблих досягла 110", **P)
    C(w, "killed", 108, "exact", "108 людей загинули в шахті", **P)
    C(w, "killed", 2, "exact", "ще двоє померли в лікарні", **P)
    C(w, "killed", 7, "at_least", "щонайменше сім представників сторонніх організацій", group=VS, **P)
    PR = dict(src="prosecutors", stype="official", stext="За даними прокуратури", place=ULY, date="2007-03")
    C(w, "arrested", 2, "exact", "двох посадовців шахти було заарештовано", **PR)
    C(w, "charged", 3, "exact", "трьом пред'явлено обвинувачення", **PR)
    w = "ulyanovskaya_wiki_uk.atom#uly-talk"
    C(w, "killed", 150, "more_than", "«понад 150 шахтарів»", "a forum", "social_media", "unconfirmed", stext="із посиланням на форум", **P)
    C(w, "killed", 150, "more_than", "Компанія «Южкузбассуголь» тоді ж називала такі чутки неправдивими", "Yuzhkuzbassugol", "company", "denied", stext="Компанія «Южкузбассуголь»", **P)
    C(w, "injured", 28, "exact", "про 28 госпіталізованих", "Kuzbass health ministry", "official", stext="Мінздоров'я Кузбасу", **P)
    C(w, "injured", 40, "exact", "а не 40, як писали перші агентства", "first agency reports", "media", stext="перші агентства", **P)

    # ================================================================ Kazan school No. 175, 11 May 2021
    P = dict(place=KZN, date=D_KZ)
    CH, AD, ST_ = "children", "adults", "school staff"
    d = "kazan_timeline_ru.md"
    C(d, "deployed", 100, "at_least", "стянуты не менее 100 сотрудников полиции", "Tatarstan Interior Ministry", "official", stext="По данным МВД Татарстана", **P)
    C(d, "detained", 1, "exact", "Нападавший задержан сотрудниками полиции", **P)
    TG = dict(src="Telegram channels", stype="social_media", stext="Telegram-каналы", **P)
    C(d, "killed", 11, "exact", "и 11 погибших", **TG)
    C(d, "killed", 8, "exact", "из них 8 детей", group=CH, **TG)
    MN = dict(src="Rustam Minnikhanov", stype="official", stext="Президент Татарстана Рустам Минниханов", **P)
    C(d, "killed", 7, "exact", "Погибли семь учеников восьмого класса", group=CH, **MN)
    C(d, "injured", 21, "exact", "Ещё 21 человек госпитализирован", **MN)
    TH = dict(src="Tatarstan health ministry", stype="official", stext="Минздрав Татарстана", **P)
    C(d, "injured", 20, "exact", "в больницах 20 человек", **TH)
    C(d, "injured", 18, "exact", "из них 18 детей; шестеро", group=CH, **TH)
    C(d, "injured", 6, "exact", "шестеро в тяжёлом состоянии", **TH)
    OF = dict(src="officials", stype="official", stext="Официальное число погибших", **P)
    C(d, "killed", 9, "exact", "девять человек — семь детей и двое взрослых", **OF)
    C(d, "killed", 7, "exact", "семь детей и двое", group=CH, **OF)
    C(d, "killed", 2, "exact", "и двое взрослых", group=AD, **OF)
    RH = dict(src="Russian health ministry", stype="official", stext="Минздрав России", **P)
    C(d, "injured", 23, "exact", "медицинская помощь оказана 23 пострадавшим", **RH)
    C(d, "injured", 21, "exact", "госпитализированы 21", **RH)
    RH["stext"] = "Минздрав РФ"
    C(d, "injured", 20, "exact", "в больницах остаются 20 пострадавших", **RH)
    C(d, "injured", 13, "exact", "из них 13 детей", group=CH, **RH)
    C(d, "killed", 9, "exact", "Хоронят девятерых", **P)
    C(d, "arrested", 1, "exact", "арестовывает Ильназа Галявиева на 2 месяца", place=KZN, date="2021-05-12")
    C(d, "deployed", 70, "more_than", "работают более 70 психологов", "children's ombudsman of Tatarstan", "official", stext="Детский омбудсмен Татарстана", place=KZN, date="2021-05-12")
    C(d, "detained", 2, "exact", "задержаны ещё двое", "Investigative Committee", "official", stext="По данным СК", place=KZN, date="2021-05")
    C(d, "injured", 24, "exact", "Число раненых, по данным Минздрава, — 24", "health ministry", "official", stext="по данным Минздрава", **P)
    C(d, "charged", 1, "exact", "Галявиеву предъявлено обвинение", place=KZN, date="2021-05-17")
    C(d, "killed", 9, "exact", "в убийстве девяти человек", **P)
    r = "| Telegram-каналы | 11.05, 10:15 | 11 | 8 | — |"
    C(d, "killed", 11, "exact", r, **TG)
    C(d, "killed", 8, "exact", r, group=CH, **TG)
    r = "| Рустам Минниханов | 11.05, 10:40 | 8 | 7 | 21 |"
    MN["stext"] = "Рустам Минниханов"
    C(d, "killed", 8, "exact", r, **MN)
    C(d, "killed", 7, "exact", r, group=CH, **MN)
    C(d, "injured", 21, "exact", r, **MN)
    r = "| Официальная сводка | 11.05, 15:20 | 9 | 7 | — |"
    OF["stext"] = "Официальная сводка"
    C(d, "killed", 9, "exact", r, **OF)
    C(d, "killed", 7, "exact", r, group=CH, **OF)
    RH["stext"] = "Минздрав России"
    C(d, "injured", 23, "exact", "| Минздрав России | 11.05, 19:45 | — | — | 23 |", **RH)
    C(d, "injured", 24, "exact", "| Минздрав России | 13.05 | — | — | 24 |", **RH)
    C(d, "killed", 20, "exact", "«двадцати погибших»", "anonymous channels", "social_media", "unconfirmed", stext="анонимных каналов", **P)
    C(d, "killed", 20, "exact", "МВД Татарстана назвало их фейком", "Tatarstan Interior Ministry", "official", "denied", stext="МВД Татарстана", **P)

    d = "kazan_wikinews_uk.txt"  # Ukrainian Wikinews wikitext saved as .txt
    C(d, "killed", 9, "at_least", "загинули щонайменше дев'ятеро людей", **P)
    C(d, "detained", 1, "exact", "затримали на місці", "Tatarstan Interior Ministry", "official", stext="За даними МВС Татарстану", **P)
    MN = dict(src="Rustam Minnikhanov", stype="official", stext="Президент Татарстану [[w:Рустам Мінніханов|Рустам Мінніханов]]", **P)
    C(d, "killed", 8, "exact", "загинули восьмеро людей", **MN)
    C(d, "killed", 7, "exact", "семеро учнів 8-го класу", group=CH, **MN)
    OF = dict(src="officials", stype="official", stext="офіційну кількість загиблих", **P)
    C(d, "killed", 9, "exact", "уточнили до дев'яти", **OF)
    C(d, "killed", 7, "exact", "семеро дітей і двоє дорослих", group=CH, **OF)
    C(d, "killed", 2, "exact", "і двоє дорослих", group=AD, **OF)
    UP = dict(src="Ukrainska Pravda", stype="media", stext="Українська правда", **P)
    C(d, "killed", 9, "exact", "кількість загиблих уточнили до 9", **UP)
    C(d, "killed", 9, "exact", "Стрілянина в школі Казані: загинули 9 людей", **UP)
    C(d, "killed", 11, "exact", "говорили про 11 загиблих", "Interfax", "media", stext="«Інтерфаксу»", **P)
    C(d, "injured", 20, "more_than", "Поранено понад 20 людей", **P)
    RH = dict(src="Russian health ministry", stype="official", stext="За даними Міністерства охорони здоров'я Росії", **P)
    C(d, "injured", 21, "exact", "госпіталізовано 21 особу", **RH)
    C(d, "injured", 18, "exact", "серед них 18 дітей", group=CH, **RH)
    C(d, "injured", 6, "exact", "шестеро дітей — у вкрай тяжкому стані", group=CH, **RH)
    C(d, "charged", 1, "exact", "слідство висунуло Галявієву обвинувачення", "investigators", "official", stext="слідство", place=KZN, date="2021-05-13")

    f = "kazan_feed_en.rss#"
    C(f + "kzn-1", "killed", 9, "exact", "nine dead, gunman detained", **P)
    TO = dict(src="Tatarstan officials", stype="official", **P)
    C(f + "kzn-1", "killed", 7, "exact", "killing seven children", group=CH, **TO)
    C(f + "kzn-1", "killed", 2, "exact", "and two adults", group=AD, **TO)
    C(f + "kzn-1", "detained", 1, "exact", "The gunman, Ilnaz Galyaviev, was detained at the scene", **P)
    EA = dict(src="early reports by Russian agencies", stype="media", **P)
    C(f + "kzn-1", "killed", 11, "exact", "had put the toll at 11", **EA)
    C(f + "kzn-1", "killed", 8, "exact", "including eight children", group=CH, **EA)
    C(f + "kzn-1", "injured", 21, "exact", "21 people were in hospital", "Rustam Minnikhanov", "official", **P)
    C(f + "kzn-1", "injured", 18, "exact", "18 of the hospitalised were children", "Russian health ministry", "official", group=CH, **P)
    C(f + "kzn-1", "injured", 6, "exact", "six of them in critical condition", "Russian health ministry", "official", group=CH, **P)
    RH = dict(src="Russian health ministry", stype="official", **P)
    C(f + "kzn-2", "injured", 24, "exact", "24 people sought treatment", **RH)
    C(f + "kzn-2", "injured", 23, "exact", "up from 23 on the night of the attack", **RH)
    C(f + "kzn-2", "killed", 9, "exact", "Nine people died", **P)
    C(f + "kzn-2", "killed", 7, "exact", "seven eighth-graders", group=CH, **P)
    C(f + "kzn-2", "killed", 2, "exact", "two members of staff", group=ST_, **P)
    C(f + "kzn-2", "charged", 1, "exact", "Investigators charged Galyaviev on 17 May", "investigators", "official", place=KZN, date="2021-05-17")
    C(f + "kzn-2", "arrested", 1, "exact", "ordered him held in custody for two months", "a court in Kazan", "official", place=KZN, date="2021-05-12")
    C(f + "kzn-2", "detained", 2, "exact", "Two other men briefly detained", "Interfax", "media", place=KZN, date="2021-05")
    C(f + "kzn-2", "killed", 20, "about", '"around 20" died', "Telegram channels", "social_media", "unconfirmed", **P)

    # ================================================================ Buynaksk apartment bombing, 4 September 1999
    P = dict(place=BUY, date=D_BY)
    SV = "servicemen"
    d = "buynaksk_wiki_ru.wiki"
    C(d, "killed", 64, "exact", "| погибшие       = 64", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "killed", 64, "exact", "Число жертв взрыва в Буйнакске достигло 64 человек", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "injured", 146, "exact", "| раненые        = 146", "RIA Novosti", "media", stext="РИА Новости", **P)
    C(d, "injured", 146, "exact", "В Буйнакске ранены 146 человек", "RIA Novosti", "media", stext="РИА Новости", **P)
    C(d, "convicted", 6, "exact", "| осуждённые     = 6", place=BUY, date="2001-03")
    C(d, "buildings_damaged", 20, "exact", "повреждены ещё 20 соседних домов", **P)
    C(d, "killed", 17, "exact", "извлекли 17 тел", "Russian Emergencies Ministry", "official", stext="По данным МЧС", **P)
    C(d, "killed", 53, "exact", "число погибших выросло до 53", **P)
    C(d, "killed", 58, "exact", "к 7 сентября — до 58", **P)
    C(d, "killed", 64, "exact", "погибли 64 человека", **P)
    C(d, "killed", 23, "exact", "в том числе 23 ребёнка", group=CH, **P)
    C(d, "injured", 146, "exact", "ранены 146 человек<ref>", **P)
    C(d, "injured", 133, "exact", "за медпомощью обратились 133 человека", "Dagestan health ministry", "official", stext="Минздрава Дагестана", **P)
    C(d, "detained", 7, "exact", "о задержании семерых подозреваемых", "FSB", "official", stext="ФСБ", place=BUY, date="1999-11")
    C(d, "convicted", 6, "exact", "осудил шестерых", "Supreme Court of Dagestan", "official", stext="Верховный суд Дагестана", place=BUY, date="2001-03")
    C(d, "convicted", 6, "exact", "По делу о буйнакском теракте осуждены шесть человек", "Kommersant", "media", stext="Коммерсантъ", place=BUY, date="2001-03")
    C(d, "killed", None, "vague", "о «сотнях погибших военных»", "Chechen sources", "opposition", "unconfirmed", group=SV, stext="В чеченских источниках", **P)
    C(d, "killed", None, "vague", "Пресс-служба ФСБ назвала их «пропагандистским вымыслом»", "FSB press service", "official", "denied", group=SV, stext="Пресс-служба ФСБ", **P)

    d = "buynaksk_page_uk.txt"  # an HTML page saved as .txt
    C(d, "killed", 64, "exact", "вибухнула вантажівка: загинули 64 людини</h1>", **P)
    C(d, "killed", 17, "exact", "Перші повідомлення говорили про 17 загиблих", "first reports", "unknown", stext="Перші повідомлення", **P)
    EM = dict(src="Russian Emergencies Ministry", stype="official", stext="За остаточними даними російського МНС", **P)
    C(d, "killed", 64, "exact", "загинули 64 особи", **EM)
    C(d, "killed", 23, "exact", "з них 23 дитини", group=CH, **EM)
    C(d, "injured", 146, "exact", "Поранення дістали 146 людей", "ITAR-TASS", "media", stext="агентство ІТАР-ТАСС", **P)
    EM["stext"] = "МНС Росії"
    C(d, "killed", 64, "exact", "<tr><td>Загинули</td><td>64</td><td>МНС Росії</td></tr>", **EM)
    C(d, "killed", 23, "exact", "<tr><td>з них діти</td><td>23</td><td>МНС Росії</td></tr>", group=CH, **EM)
    C(d, "injured", 146, "exact", "<tr><td>Поранені</td><td>146</td><td>МНС Росії</td></tr>", **EM)
    C(d, "convicted", 6, "exact", "засудив шістьох обвинувачених", "Supreme Court of Dagestan", "official", stext="Верховний суд Дагестану", place=BUY, date="2001-03")

    f = "buynaksk_articles_en.jsonl#"
    C(f + "by1", "killed", None, "vague", "dozens dead", **P)
    C(f + "by1", "killed", None, "vague", "killing dozens of people", **P)
    C(f + "by1", "killed", 39, "exact", "rescuers had pulled 39 bodies from the rubble", "Russia's Emergencies Ministry", "official", **P)
    C(f + "by1", "injured", 90, "at_least", "at least 90 people had been taken to hospital", "Dagestan's interior minister", "official", **P)
    C(f + "by1", "missing", 40, "at_most", "up to 40 people could still be trapped", "residents", "eyewitness", **P)
    C(f + "by2", "killed", 64, "exact", "has risen to 64", "Emergencies Ministry", "official", **P)
    C(f + "by2", "killed", 23, "exact", "including 23 children", "Emergencies Ministry", "official", group=CH, **P)
    C(f + "by2", "killed", 53, "exact", "Earlier counts had stood at 53", **P)
    C(f + "by2", "killed", 58, "exact", "and then 58", **P)
    C(f + "by2", "injured", 146, "exact", "146 people were wounded", "Dagestani health ministry", "official", **P)
    C(f + "by2", "injured", 41, "exact", "41 of whom remain in hospital", "Dagestani health ministry", "official", **P)
    C(f + "by2", "killed", 18, "exact", "Eighteen servicemen of the 136th motor rifle brigade", "a brigade officer", "official", group=SV, **P)
    C(f + "by2", "detained", 3, "exact", "it had detained three suspects", "FSB", "official", place=BUY, date="1999-09-07")
    C(f + "by2", "convicted", 6, "exact", "convict six men", place=BUY, date="2001-03")
    C(f + "by2", "killed", 100, "more_than", '"more than 100" had died', "a regional newspaper", "media", "unconfirmed", **P)

    # ================================================================ Dacha-Suu Boeing 747 crash, 16 January 2017
    P = dict(place=DAS, date=D_DS)
    CR, RS = "crew", "residents"
    d = "dachasu_news_kk.txt"
    C(d, "killed", 37, "exact", "құлады: 37 адам қаза тапты", **P)
    ME = dict(src="Ministry of Emergency Situations of Kyrgyzstan", stype="official", stext="Қырғызстан Төтенше жағдайлар министрлігінің мәліметінше", **P)
    C(d, "killed", 37, "exact", "апаттан 37 адам қаза тапты", **ME)
    C(d, "killed", 6, "exact", "оның ішінде 6 бала бар", group=CH, **ME)
    C(d, "killed", 38, "exact", "қаза тапқандар санын 38-ге дейін жеткізді", **ME)
    C(d, "killed", 4, "exact", "экипажының 4 мүшесі түгел қаза тапты", group=CR, **P)
    HM = dict(src="health ministry press service", stype="official", stext="Денсаулық сақтау министрлігінің баспасөз қызметі", **P)
    C(d, "injured", 15, "exact", "15 адамның ауруханаға жеткізілгенін", **HM)
    C(d, "injured", 6, "exact", "олардың арасында 6 бала барын", group=CH, **HM)
    C(d, "buildings_damaged", 32, "exact", "32 үй қирады", "Ministry of Emergency Situations of Kyrgyzstan", "official", stext="ТЖМ өкілі", **P)
    C(d, "buildings_damaged", None, "vague", "ондаған үйдің зақымданғанын", "local residents", "eyewitness", stext="Жергілікті тұрғындар", **P)
    C(d, "killed", [40, 50], "range", "40-тан 50-ге дейін адам қаза тапты", "some residents", "eyewitness", "unconfirmed", stext="Кейбір тұрғындар", **P)
    C(d, "deployed", 20, "more_than", "20-дан астам ерікті жіберді", "Red Crescent Society of Kyrgyzstan", "ngo", stext="Қырғызстан Қызыл Жарты Ай қоғамы", **P)
    C(d, "deployed", 1000, "more_than", "1000-нан астам құтқарушы мен полиция қызметкері", **P)

    x = "dachasu_export_ru.xml#47220"
    r = "| погибшие        = 39 (4 члена экипажа + 35 на земле)"
    KG = dict(src="24.kg", stype="media", stext="24.kg", **P)
    C(x, "killed", 39, "exact", r, **KG)
    C(x, "killed", 4, "exact", r, group=CR, **KG)
    C(x, "killed", 35, "exact", r, group=RS, **KG)
    C(x, "killed", 39, "exact", "Число погибших при крушении Boeing под Бишкеком возросло до 39", **KG)
    C(x, "injured", 15, "exact", "| раненые         = 15", **P)
    C(x, "killed", 32, "exact", "сообщило о 32 погибших", "Ministry of Emergency Situations of Kyrgyzstan", "official", stext="МЧС Киргизии", **P)
    C(x, "killed", 37, "exact", "число жертв выросло до 37", **P)
    C(x, "killed", 38, "exact", "на следующий день — до 38", **P)
    C(x, "killed", 39, "exact", "— до 39. Погибли", **P)
    C(x, "killed", 4, "exact", "Погибли все 4 члена экипажа", group=CR, **P)
    C(x, "killed", 35, "exact", "и 35 жителей посёлка", group=RS, **P)
    C(x, "killed", 17, "exact", "в том числе 17 детей", group=CH, **P)
    C(x, "killed", 17, "exact", "Среди погибших в Дача-Суу — 17 детей", "AKIpress", "media", group=CH, stext="АКИpress", **P)
    MZ = dict(src="Kyrgyz health ministry", stype="official", stext="По данным Минздрава Киргизии", **P)
    C(x, "injured", 15, "exact", "госпитализированы 15 человек", **MZ)
    C(x, "injured", 6, "exact", "в том числе 6 детей", group=CH, **MZ)
    C(x, "buildings_damaged", 32, "exact", "Разрушены 32 жилых дома", **P)
    C(x, "buildings_damaged", 6, "exact", "ещё 6 повреждены", **P)
    C(x, "deployed", 1200, "exact", "работали 1200 спасателей и военных", **P)

    d = "dachasu_press_en.html"  # the Manas Neighbours Relief Fund in its own voice
    C(d, "killed", 39, "exact", "39 lives, 17 of them children", **P)
    C(d, "killed", 17, "exact", "17 of them children", group=CH, **P)
    C(d, "killed", 35, "exact", "We lost 35 neighbours", group=RS, **P)
    C(d, "killed", 4, "exact", "The four crew members also died", group=CR, **P)
    C(d, "killed", 39, "exact", "put the final toll at 39", "Ministry of Emergency Situations of Kyrgyzstan", "official", **P)
    C(d, "killed", 17, "exact", "names 17 children among the dead", group=CH, **P)
    C(d, "injured", 15, "exact", "We helped 15 injured people", **P)
    C(d, "injured", 6, "exact", "six of them children, reach hospitals", group=CH, **P)
    MS = dict(src="Ministry of Emergency Situations", stype="official", **P)
    C(d, "killed", 39, "exact", "<tr><td>Killed</td><td>39</td><td>Ministry of Emergency Situations</td></tr>", **MS)
    C(d, "killed", 35, "exact", "<tr><td>Killed on the ground</td><td>35</td><td>Ministry of Emergency Situations</td></tr>", group=RS, **MS)
    C(d, "killed", 17, "exact", "<tr><td>Children killed</td><td>17</td><td>our list</td></tr>", group=CH, **P)
    C(d, "injured", 15, "exact", "<tr><td>Injured</td><td>15</td><td>Ministry of Health</td></tr>", "Ministry of Health", "official", **P)
    C(d, "buildings_damaged", 32, "exact", "<tr><td>Houses destroyed</td><td>32</td><td>Ministry of Emergency Situations</td></tr>", **MS)
    C(d, "killed", 50, "about", 'reported last year that "about 50" villagers had died', "some media", "media", "unconfirmed", group=RS, **P)
    C(d, "killed", 50, "about", "That figure is wrong", mod="denied", group=RS, **P)
    C(d, "deployed", 60, "exact", "We sent 60 volunteers", **P)

    # ================================================================ Lenin mine, Shakhtinsk, 20 September 2006
    P = dict(place=SHK, date=D_LN)
    d = "lenin_news_kk.txt"
    C(d, "killed", 41, "exact", "қаза тапқандар саны 41-ге жетті", **P)
    C(d, "killed", 41, "exact", "қаза тапқандар саны 41 адамға жетті", "Karaganda regional department of the Emergencies Ministry", "official", stext="Төтенше жағдайлар министрлігінің Қарағанды облыстық департаменті", **P)
    C(d, "killed", 26, "exact", "26 кенші қаза тапқан", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 36, "exact", "бұл сан 36-ға дейін өсті", **P)
    C(d, "killed", 5, "exact", "соңғы 5 кеншінің денесін тапты", "rescuers", "official", stext="құтқарушылар", **P)
    C(d, "injured", 6, "exact", "Жарақат алған 6 кенші", "regional health department", "official", stext="облыстық денсаулық сақтау басқармасы", **P)
    C(d, "deployed", 200, "more_than", "200-ден астам әскерилендірілген тау-кен құтқарушысы", **P)
    C(d, "killed", 60, "more_than", "«қаза тапқандар 60-тан асады»", "independent trade union activists", "activist", "unconfirmed", stext="Тәуелсіз кәсіподақ белсенділері", **P)
    C(d, "killed", 60, "more_than", "Компания баспасөз қызметі бұл сөздерді жалған деп атады", "company press service", "company", "denied", stext="Компания баспасөз қызметі", **P)

    d = "lenin_statement_kk.txt"  # head of the Karaganda regional emergencies department, own voice
    C(d, "killed", 41, "exact", "41 кеншінің қаза тапқаны расталды", **P)
    C(d, "killed", 39, "exact", "39 адамның денесі жер бетіне шығарылды", **P)
    C(d, "killed", 2, "exact", "тағы 2 кеншінің денесі шахтада", **P)
    C(d, "injured", 5, "exact", "Жараланған 5 кенші ауруханада", **P)
    C(d, "injured", 2, "exact", "олардың екеуінің жағдайы ауыр", **P)
    C(d, "deployed", 150, "exact", "18 бөлімшеден 150 құтқарушы", **P)
    C(d, "killed", 100, "about", "«100-ге жуық адам қаза тапты»", "some media", "media", "unconfirmed", stext="Кейбір ақпарат құралдары", **P)
    C(d, "killed", 100, "about", "Бұл шындыққа жанаспайды", mod="denied", **P)
    C(d, "dismissed", 3, "exact", "3 басшысы жұмыстан шеттетілді", place=SHK, date="2006-09")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d35g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "ulyanovskaya_report_ru.txt"
    T(d, "2007-03-19T10:12", "methane explosion in the mine (local time)", "19 марта в 10:12 по местному времени")
    T(d, "2007-03-21T08:00", "status: 106 dead, 4 missing", "По состоянию на 08:00 среды")
    T(d, "2007-03-19", "Emergencies Ministry: 75 bodies raised", "К вечеру понедельника")
    T(d, "2007-03-20", "Tuleyev: toll passes one hundred", "во вторник, когда счет погибших")
    T(d, "2007-03-19", "Shoigu flies to Novokuznetsk", "в ночь на вторник")
    d = "ulyanovskaya_mtblog_en.txt"
    T(d, "2007-03-19T10:12", "methane explosion in the mine", "On Monday 19 March at 10.12")
    T(d, "2007-03-19", "Emergencies Ministry: 75 dead raised", "In the evening MChS of Russia")
    T(d, "2007-03-20", "Tuleev: 106 dead", "On the Tuesday the governor")
    T(d, "2007-03-24T10:00", "head of the ventilation section arrested", "Update 24.03 10.00")
    w = "ulyanovskaya_wiki_uk.atom#uly-wp"
    T(w, "2007-03-19T10:12", "methane explosion (local time)", "19 березня 2007 року''', о 10:12 за місцевим часом")
    T(w, "2007-03-19", "Emergencies Ministry: 75 dead", "Увечері того ж дня")
    T(w, "2007-03-20", "Tuleyev: 106 dead", "Наступного дня губернатор")
    T(w, "2007-03-22", "toll reaches 110", "Станом на 22 березня")

    d = "kazan_timeline_ru.md"
    for day, entries in (("2021-05-11", (("09:20", "gunman enters the school"), ("09:25", "shooting at eighth-graders on the third floor"), ("09:31", "first calls to the police"),
                                          ("09:40", "police and Rosgvardia arrive"), ("09:55", "gunman detained"), ("10:15", "Telegram channels: second shooter, 11 dead"),
                                          ("10:40", "Minnikhanov: 8 dead, 21 in hospital"), ("11:30", "second attacker called false"), ("12:10", "pupils evacuated"),
                                          ("13:00", "Tatarstan health ministry: 20 in hospital"), ("14:30", "criminal case opened"), ("15:20", "toll set at nine"),
                                          ("17:00", "Putin orders tighter gun rules"), ("19:45", "health ministry: 23 treated, 21 hospitalised"), ("22:00", "arrest request sent to court"))),
                         ("2021-05-12", (("08:00", "day of mourning"), ("10:30", "20 still in hospital"), ("12:00", "funerals of the nine"),
                                          ("14:20", "court arrests Galyaviev"), ("16:00", "more than 70 psychologists at work"), ("19:30", "two more detained and released")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2021-05-13", "health ministry: 24 injured", "**13 мая**")
    T(d, "2021-05-17", "Galyaviev charged", "**17 мая**")
    T(d, "2021-05", "Duma passes gun age bill in first reading", "**Май 2021 года**")
    T(d, "2021-09-01", "school reopens after repairs", "открылось 1 сентября 2021 года")
    d = "kazan_wikinews_uk.txt"
    T(d, "2021-05-11T09:20+03:00", "armed man enters School No. 175", "близько 09:20 за московським часом (UTC+3)")
    T(d, "2021-05-12", "day of mourning in Tatarstan", "12 травня у Татарстані оголосили днем жалоби")
    T(d, "2021-05-13", "Galyaviev charged", "Наступного дня слідство")
    f = "kazan_feed_en.rss#"
    T(f + "kzn-1", "2021-05-11T09:20", "attack begins (local time)", "at around 09:20 local time")
    T(f + "kzn-2", "2021-05-17", "Galyaviev charged with nine murders", "charged Galyaviev on 17 May")
    T(f + "kzn-2", "2021-05-12", "court orders custody for two months", "on Wednesday, 12 May")
    T(f + "kzn-2", "2021-05-26", "Duma backs raising the gun age to 21", "On 26 May the State Duma")

    d = "buynaksk_wiki_ru.wiki"
    T(d, "1999-09-04T21:45", "truck bomb explodes by the apartment block", "прогремел около 21:45")
    T(d, "1999-09-04", "17 bodies recovered overnight", "в ночь на 5 сентября")
    T(d, "1999-09-06", "toll rises to 53", "К утру 6 сентября")
    T(d, "1999-09-07", "toll rises to 58", "к 7 сентября")
    T(d, "1999-09-04", "second truck found and defused by the military hospital", "В тот же вечер у военного госпиталя")
    T(d, "1999-11", "FSB detains seven suspects", "В ноябре 1999 года")
    T(d, "2001-03", "Supreme Court of Dagestan convicts six", "В марте 2001 года")
    d = "buynaksk_page_uk.txt"
    T(d, "1999-09-04T21:45", "truck bomb explodes in Levanevsky street", "Увечері в суботу, 4 вересня 1999 року, близько 21:45")
    T(d, "2001-03", "six convicted", "У березні 2001 року")
    f = "buynaksk_articles_en.jsonl#"
    T(f + "by1", "1999-09-04T21:45", "blast by the officers' apartment block (local time)", "at about 21:45 local time on Saturday, 4 September")
    T(f + "by2", "1999-09-08", "Emergencies Ministry: toll 64", "the Emergencies Ministry said on Wednesday")
    T(f + "by2", "1999-09-07", "FSB detains three suspects", "The FSB said on Tuesday")
    T(f + "by2", "2001-03", "six convicted", "In March 2001")

    d = "dachasu_news_kk.txt"
    T(d, "2017-01-16T07:19", "Boeing 747 crashes on Dacha-Suu (local time)", "Дүйсенбі күні, 16 қаңтарда, жергілікті уақыт бойынша сағат 07:19 шамасында")
    T(d, "2017-01-17", "national day of mourning", "17 қаңтар ұлттық аза тұту күні")
    x = "dachasu_export_ru.xml#47220"
    T(x, "2017-01-16T07:19+06:00", "cargo Boeing 747 crashes on approach to Manas", "в 07:19 по бишкекскому времени (UTC+6)")
    T(x, "2017-01-16", "toll rises to 37", "К вечеру 16 января")
    T(x, "2017-01-17", "toll rises to 39 after a death in hospital", "17 января, после смерти в больнице")
    d = "dachasu_press_en.html"
    T(d, "2017-01-16T07:19+06:00", "cargo jet comes down on Dacha-Suu (Bishkek time)", "On Monday, 16 January 2017, at 07:19 Bishkek time")

    d = "lenin_news_kk.txt"
    T(d, "2006-09-20T07:00", "methane explosion in the Lenin mine", "2006 жылғы 20 қыркүйекте, сәрсенбі күні, таңғы сағат 7:00 шамасында")
    T(d, "2006-09-20", "toll rises to 36 by the evening", "Кешке қарай")
    T(d, "2006-09-21", "last five bodies found", "Бейсенбі күні құтқарушылар")
    d = "lenin_statement_kk.txt"
    T(d, "2006-09-20T07:00", "methane explosion in the Lenin mine", "20 қыркүйекте, таңғы сағат 7:00 шамасында")
    T(d, "2006-09-21T08:00", "status: 41 dead confirmed", "Бүгін таңғы сағат 8:00-дегі жағдай бойынша")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d35t{n:03d}"
    return rows


ENTITIES = [
    ("Ulyanovskaya mine", "place", ["Ульяновская", "Ульяновська", "Ульяновській", "Ulyanovskaya"]),
    ("Novokuznetsk", "place", ["Новокузнецком", "Новокузнецка", "Новокузнецк", "Новокузнецьк", "Novokuznetsk"]),
    ("Kemerovo region", "place", ["Кемеровской области", "Кемеровська область", "Кузбасса", "Кузбасу", "Kuzbass"]),
    ("Yuzhkuzbassugol", "org", ["Южкузбассуголь", "Южкузбассугля"]),
    ("Aman Tuleyev", "person", ["Аман Тулеев", "Тулеев", "Аман Тулєєв", "Tuleev"]),
    ("Sergei Shoigu", "person", ["Сергей Шойгу", "Сергій Шойгу", "Сергієм Шойгу"]),
    ("Russian Emergencies Ministry", "org", ["МЧС России", "МНС Росії", "MChS of Russia"]),
    ("Kazan", "place", ["Казани", "Казань", "Казані", "Kazan"]),
    ("Tatarstan", "place", ["Татарстана", "Татарстане", "Татарстану", "Татарстані", "Tatarstan"]),
    ("Rustam Minnikhanov", "person", ["Рустам Минниханов", "Рустам Мінніханов", "Rustam Minnikhanov"]),
    ("Ilnaz Galyaviev", "person", ["Ильназ Галявиев", "Ильназа Галявиева", "Галявиеву", "Ільназа Галявієва", "Галявієву", "Ilnaz Galyaviev", "Galyaviev"]),
    ("Vladimir Putin", "person", ["Владимир Путин", "Володимир Путін"]),
    ("Buynaksk", "place", ["Буйнакске", "Буйнакск", "Буйнакську", "Буйнакськ", "Buynaksk"]),
    ("Dagestan", "place", ["Дагестан", "Дагестана", "Дагестану", "Dagestan"]),
    ("FSB", "org", ["ФСБ", "FSB"]),
    ("Khattab", "person", ["Хаттаба", "Khattab"]),
    ("Dacha-Suu", "place", ["Дача-Суу", "Dacha-Suu"]),
    ("Manas airport", "place", ["Манас", "Manas airport"]),
    ("Bishkek", "place", ["Бишкеком", "Бішкек", "Бішкектегі", "Bishkek"]),
    ("Kyrgyzstan", "place", ["Қырғызстан", "Қырғызстанда", "Киргизии", "Киргизия", "Kyrgyzstan"]),
    ("Interstate Aviation Committee", "org", ["Interstate Aviation Committee", "Межгосударственный авиационный комитет", "МАК"]),
    ("Lenin mine", "place", ["Ленин", "Ленин шахтасы"]),
    ("Shakhtinsk", "place", ["Шахтинск", "Шахтинскідегі"]),
    ("Karaganda region", "place", ["Қарағанды облысындағы", "Қарағанды облысының"]),
    ("ArcelorMittal Temirtau", "org", ["Mittal Steel Temirtau", "ArcelorMittal Temirtau", "ArcelorMittal"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset35", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
