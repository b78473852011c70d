"""Write the gold annotations of the thirty-third development set: tests/data/devset33/gold/devset33.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset33.py, which checks every anchor:

    python tests/data/devset33/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset24/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `bender_report_ru.txt` is stored in koi8-r.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

BEN, SYA, GRZ, AKT, DON = "Bender", "Lake Syamozero", "Grozny", "Aktobe", "Donetsk"
D_BE = ["1992-06-19", "1992-06-21"]  # the battle, Friday evening to Sunday
D_SY = "2016-06-18"
D_GR = "1999-10-21"
D_AK = "2016-06-05"
D_ZS, D_ZS1, D_ZS2, D_ZSALL = "2007-11-18", "2007-12-01", "2007-12-02", ["2007-11-18", "2007-12-02"]
CIV, SRV, MDF, POL, ATT, CH = "civilians", "servicemen", "Moldovan forces", "police", "attackers", "children"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Battle of Bender, 19-21 June 1992
    P = dict(place=BEN, date=D_BE)
    d = "bender_report_ru.txt"
    C(d, "killed", 150, "at_least", "погибли не менее 150 человек", "Bender city executive committee", "official", stext="исполкома Бендерского горсовета", **P)
    PM = dict(src="Transnistrian leadership", stype="official", stext="руководство Приднестровской Молдавской Республики", **P)
    C(d, "killed", 280, "exact", "убиты 280 человек", **PM)
    C(d, "injured", 600, "more_than", "ранены свыше 600", **PM)
    MD = dict(src="Moldovan Defence Ministry", stype="official", stext="Министерство обороны Молдовы", group=MDF, **P)
    C(d, "killed", 26, "exact", "погибли 26", **MD)
    C(d, "injured", 71, "exact", "еще 71 ранен", **MD)
    C(d, "killed", None, "vague", 'о гибели "сотен мирных жителей"', "Transnistrian side", "official", "unconfirmed", group=CIV, stext="Сообщения приднестровской стороны", **P)
    C(d, "killed", None, "vague", "в официальном Кишиневе называют", "Moldovan officials", "official", "denied", group=CIV, stext="в официальном Кишиневе", **P)
    A14 = dict(src="14th Army headquarters", stype="official", stext="сведениям штаба", group=SRV, **P)
    C(d, "killed", 2, "exact", "погибли двое военнослужащих армии", **A14)
    C(d, "injured", 7, "exact", "ранены семеро", **A14)
    C(d, "killed", 500, "at_most", 'расстреляны "до 500 пленных"', "rumours in bread queues", "unknown", "unconfirmed", group="prisoners", stext="распространяемые в очередях", **P)
    C(d, "killed", 500, "at_most", '"ложью, которая сеет панику"', "Transnistrian guard headquarters", "official", "denied", group="prisoners", stext="в штабе гвардии", **P)
    C(d, "buildings_damaged", 30, "at_least", "не менее 30 жилых домов", **P)
    C(d, "vehicles_damaged", 12, "exact", "на улицах стоят 12", **P)
    C(d, "detained", 43, "exact", "43 человека, которых подозревают", "Transnistrian side", "official", stext="по данным приднестровской стороны", **P)

    d = "bender_timeline_uk.md"
    C(d, "killed", 4, "exact", "загинули четверо поліцейських", "Moldovan Interior Ministry", "official", group=POL, stext="За даними МВС Молдови", place=BEN, date="1992-06-19")
    C(d, "killed", None, "vague", "«десятки загиблих» серед мирних жителів", "Bender city executive committee", "official", group=CIV, stext="Виконком", place=BEN, date="1992-06-19")
    C(d, "injured", 200, "more_than", "доставили понад 200 поранених", "chief doctor of the city hospital", "official", stext="Головний лікар міської лікарні", place=BEN, date=["1992-06-19", "1992-06-20"])
    C(d, "killed", 3, "exact", "загинули троє військовослужбовців армії", "14th Army headquarters", "official", group=SRV, stext="з посиланням на штаб 14-ї армії", **P)
    MB = dict(src="Bender city hall", stype="official", stext="Мерія Бендер", **P)
    C(d, "killed", 300, "at_least", "загинули щонайменше 300 людей", **MB)
    C(d, "killed", 200, "about", "з них близько 200 — цивільні", group=CIV, **MB)
    C(d, "buildings_damaged", 100, "more_than", "понад 100 зруйнованих будинків", "residents", "eyewitness", stext="мешканці", **P)
    C(d, "detained", 17, "exact", "затримано 17 осіб за мародерство", "Transnistrian prosecutor's office", "official", stext="Прокуратура ПМР", place=BEN, date="1992-06-23")
    C(d, "deployed", 1200, "at_most", "(до 1200 російських військових)", place=BEN, date="1992-07")
    PT = dict(src="Transnistrian authorities", stype="official", stext="Придністровські органи", **P)
    C(d, "killed", 425, "exact", "у Бендерах загинули 425 людей", **PT)
    C(d, "killed", 132, "exact", "зокрема 132 мирні", group=CIV, **PT)
    C(d, "injured", 1242, "exact", "поранено 1 242", **PT)
    C(d, "killed", 114, "exact", "114 загиблих у Бендерах", "Moldovan side", "official", group=MDF, stext="Молдовська сторона", **P)
    C(d, "killed", [500, 700], "range", "у 500–700 осіб", "researchers of the conflict", "ngo", stext="Дослідники конфлікту", **P)
    C(d, "killed", 2000, "more_than", "«понад 2000 убитих»", "social media", "social_media", "unconfirmed", stext="У соцмережах", **P)
    C(d, "killed", 2000, "more_than", "вважають її вигадкою", "historians from Chisinau and Tiraspol", "ngo", "denied", stext="історики з Кишинева й Тирасполя", **P)
    C(d, "killed", 4, "exact", "| МВС Молдови | 19.06 | 4 | — | поліцейські |", "Moldovan Interior Ministry", "official", group=POL, stext="МВС Молдови", place=BEN, date="1992-06-19")
    C(d, "injured", 200, "more_than", "| Міська лікарня | 20.06 | — | понад 200 | |", "city hospital", "official", stext="Міська лікарня", place=BEN, date=["1992-06-19", "1992-06-20"])
    C(d, "killed", 3, "exact", "| Штаб 14-ї армії | 20.06 | 3 | — | військовослужбовці |", "14th Army headquarters", "official", group=SRV, stext="Штаб 14-ї армії", **P)
    C(d, "killed", 300, "at_least", "| Мерія Бендер | 21.06 | щонайменше 300 | — | |", **MB)
    r = "| Органи ПМР | 1993 | 425 | 1 242 | |"
    PT["stext"] = "Органи ПМР"
    C(d, "killed", 425, "exact", r, **PT)
    C(d, "injured", 1242, "exact", r, **PT)
    C(d, "killed", 114, "exact", "| Міноборони Молдови | 1993 | 114 | — | військові та поліцейські |", "Moldovan Defence Ministry", "official", group=MDF, stext="Міноборони Молдови", **P)

    f = "bender_wiki_en.atom#"
    w = f + "bender-wp"
    C(w, "killed", 114, "exact", "casualties1 = 114 killed (Moldovan forces)", "Moldpres", "media", group=MDF, **P)
    C(w, "killed", 114, "exact", "Moldova names 114 dead in Bender fighting", "Moldpres", "media", group=MDF, **P)
    r = "casualties2 = 425 killed, including 132 civilians (Transnistrian data)"
    C(w, "killed", 425, "exact", r, "Transnistrian data", "official", **P)
    C(w, "killed", 132, "exact", r, "Transnistrian data", "official", group=CIV, **P)
    C(w, "killed", [500, 700], "range", "casualties3 = 500–700 killed in total (estimates)", "estimates", "unknown", **P)
    C(w, "killed", 150, "at_least", "reported at least 150 dead", "Bender city council", "official", **P)
    TA = dict(src="Transnistrian authorities", stype="official", **P)
    C(w, "killed", 425, "exact", "later listed 425 dead", **TA)
    C(w, "killed", 132, "exact", "132 of them civilians", group=CIV, **TA)
    C(w, "injured", 1242, "exact", "1,242 wounded", **TA)
    C(w, "killed", 114, "exact", "acknowledged 114 of its soldiers and policemen killed", "Moldova's defence ministry", "official", group=MDF, **P)
    C(w, "killed", [500, 700], "range", "500 and 700 deaths in total", "independent researchers", "ngo", **P)
    C(w, "killed", 3, "exact", "reported three of its servicemen dead", "14th Army", "official", group=SRV, **P)
    C(w, "killed", 3, "exact", "Russian army says three soldiers killed in Bendery", "ITAR-TASS", "media", group=SRV, **P)
    t = f + "bender-talk"
    C(t, "killed", 2000, "more_than", '"over 2,000 killed"', "a social media post", "social_media", "unconfirmed", **P)
    C(t, "killed", 2000, "more_than", "call it a fabrication", "Moldovan and Transnistrian researchers", "ngo", "denied", **P)
    C(t, "detained", 43, "exact", "43 people were detained", "the Transnistrian side", "official", **P)
    C(t, "buildings_damaged", 30, "at_least", "At least 30 houses burned", "the same newspaper", "media", **P)

    # ================================================================ Lake Syamozero, 18 June 2016
    P = dict(place=SYA, date=D_SY)
    d = "syamozero_page_ru.txt"
    C(d, "killed", 14, "exact", "погибли 14 детей: что известно к утру", group=CH, **P)
    C(d, "killed", 14, "exact", "Число погибших детей на Сямозере возросло до 14. Тела", "Russian Emergencies Ministry", "official", group=CH, stext="сообщает МЧС России", **P)
    C(d, "killed", 4, "exact", "Ночью речь шла о четырех погибших", group=CH, **P)
    C(d, "killed", 10, "exact", "к полудню воскресенья — о десяти", group=CH, **P)
    C(d, "injured", 2, "exact", "двое до сих пор в реанимации", "an employee of the republican hospital", "official", group=CH, stext="сотрудник республиканской больницы", **P)
    C(d, "injured", 11, "exact", "доставлены 11 детей", group=CH, **P)
    C(d, "detained", 4, "exact", "Задержаны четыре человека", place=SYA, date="2016-06")
    C(d, "dismissed", 1, "exact", "Уволен глава управления Роспотребнадзора по Карелии", "a source in the republic's government", "official", stext="по словам источника в правительстве республики", place=SYA, date="2016-06")
    C(d, "killed", 20, "exact", "«двадцати утонувших»", "social media", "social_media", "unconfirmed", group=CH, stext="В соцсетях", **P)
    C(d, "killed", 20, "exact", "в МЧС эти данные назвали недостоверными", "Emergencies Ministry", "official", "denied", group=CH, stext="в МЧС", **P)
    C(d, "deployed", 100, "more_than", "более 100 спасателей", **P)
    C(d, "deployed", 20, "exact", "20 водолазов", **P)

    d = "syamozero_statement_ru.txt"
    C(d, "killed", 14, "exact", "Мы потеряли 14 детей", group=CH, **P)
    C(d, "injured", 4, "exact", "За жизнь еще четверых ребят", group=CH, **P)
    C(d, "killed", 10, "exact", "Вчера вечером говорили о 10 погибших", group=CH, **P)
    C(d, "dismissed", 2, "exact", "от должности отстранены двое", place=SYA, date="2016-06-19")
    C(d, "killed", 20, "more_than", "погибших детей якобы больше 20", "rumours", "unknown", "unconfirmed", group=CH, stext="Слухи", **P)
    C(d, "killed", 20, "more_than", "«скрывают цифры», - ложь", mod="denied", group=CH, **P)

    f = "syamozero_feed_en.rss#"
    s1, s2 = f + "syam-1", f + "syam-2"
    C(s1, "killed", 10, "at_least", "At least ten children died", "Russia's Emergencies Ministry", "official", group=CH, **P)
    C(s1, "missing", 4, "exact", "four children were still missing", "officials", "official", group=CH, **P)
    C(s2, "killed", 14, "exact", "jailed over deaths of 14 children", group=CH, **P)
    C(s2, "killed", 14, "exact", "the drowning of 14 children", group=CH, **P)
    C(s2, "convicted", 3, "exact", "making three convictions in all", place=SYA, date="2017-11-28")
    C(s2, "killed", 14, "exact", "the 14 victims were aged 12 to 13", "investigators of the Investigative Committee", "official", group=CH, **P)
    C(s2, "detained", 4, "exact", "Four people had been detained", place=SYA, date="2016-06")
    C(s2, "killed", 20, "at_most", "up to 20 children had died", "posts on social media", "social_media", "unconfirmed", group=CH, **P)
    C(s2, "killed", 20, "at_most", "not borne out by the case file", "investigators", "official", "denied", group=CH, **P)

    # ================================================================ Grozny market missile strike, 21 October 1999
    P = dict(place=GRZ, date=D_GR)
    f = "grozny_articles_ru.jsonl#"
    g1, g2 = f + "gr1", f + "gr2"
    C(g1, "killed", 100, "more_than", "Ракетный удар по рынку в Грозном: более 100 погибших", **P)
    C(g1, "killed", 118, "exact", "о 118 погибших", "Ichkeria health ministry", "official", stext="Министерство здравоохранения Ичкерии", **P)
    VA = dict(src="Mayrbek Vachagayev, representative of President Maskhadov", stype="official", stext="представитель президента Масхадова Майрбек Вачагаев", **P)
    C(g1, "killed", 140, "more_than", "убиты более 140 человек", **VA)
    C(g1, "injured", 400, "about", "ранены около 400", **VA)
    C(g1, "killed", 13, "exact", "погибли 13 младенцев и рожениц", group="newborns and mothers", **VA)
    C(g1, "injured", None, "vague", "лежат десятки раненых", "surgeons of the republican hospital", "official", stext="Хирурги республиканской больницы", **P)
    C(g2, "killed", 0, "exact", '"мирные жители не пострадали"', "Valery Manilov, first deputy chief of the General Staff", "official", group=CIV, stext="генерал-полковник Валерий Манилов", **P)
    MR = dict(src="Memorial", stype="ngo", stext='Правозащитный центр "Мемориал"', **P)
    C(g2, "killed", 137, "at_least", "не менее 137 погибших", **MR)
    C(g2, "killed", 20, "at_least", "не меньше 20 детей", group=CH, **MR)
    C(g2, "killed", 140, "more_than", 'называла цифру "более 140"', "Human Rights Watch", "ngo", stext="Human Rights Watch", **P)
    C(g2, "killed", [150, 200], "range", '"от 150 до 200"', "the Chechen side", "official", "unconfirmed", stext="Чеченская сторона", **P)
    C(g2, "detained", 2, "exact", "Задержаны, по данным ФСБ, двое", "FSB", "official", stext="по данным ФСБ", place="Mozdok", date="1999-10")

    d = "grozny_mtblog_en.txt"
    C(d, "killed", 50, "exact", "we have 50 dead only on our street row", "the author's uncle", "eyewitness", **P)
    MH = dict(src="Ministry of health of Ichkeria", stype="official", **P)
    C(d, "killed", 118, "exact", "are lost 118 persons", **MH)
    C(d, "killed", 140, "more_than", "are lost more than 140 persons", **MH)
    C(d, "injured", 400, "about", "are wounded about 400", **MH)
    C(d, "killed", 13, "exact", "In maternity hospital are lost 13 persons", group="mothers and newborns", **MH)
    C(d, "killed", 137, "at_least", "Memorial organisation has counted at least 137 dead", "Memorial", "ngo", **P)
    C(d, "killed", 140, "more_than", "Human Rights Watch speaks more than 140", "Human Rights Watch", "ngo", **P)
    C(d, "killed", 300, "about", '"about 300 dead"', "some people in internet", "social_media", "unconfirmed", **P)
    C(d, "killed", 7, "exact", "there are lost 7 persons near the mosque", **P)
    C(d, "injured", 46, "exact", "46 wounded persons are in hospital still", "the hospital number 9", "official", **P)

    d = "grozny_wiki_uk.txt"
    HR = dict(src="Human Rights Watch", stype="ngo", stext="Human Rights Watch", **P)
    C(d, "killed", 140, "more_than", "|загиблі         = понад 140", **HR)
    C(d, "killed", 140, "more_than", "удар по ринку Грозного забрав понад 140 життів", **HR)
    C(d, "injured", 400, "about", "|поранені        = близько 400", **P)
    C(d, "killed", 118, "exact", "повідомило про 118 загиблих", "Ichkeria health ministry", "official", stext="міністерство охорони здоров'я Ічкерії", **P)
    VI = dict(src="Ichkeria authorities", stype="official", stext="влада Ічкерії", **P)
    C(d, "killed", 140, "more_than", "загинули понад 140 осіб", **VI)
    C(d, "injured", 400, "about", "близько 400 поранено", **VI)
    C(d, "killed", 13, "exact", "У пологовому будинку загинули 13 осіб", **P)
    C(d, "killed", 0, "exact", "«цивільні не постраждали»", "General Valery Manilov", "official", group=CIV, stext="Валерій Манілов", **P)
    C(d, "killed", 0, "exact", "правозахисники назвали цю версію неправдою", "human rights defenders", "ngo", "denied", group=CIV, stext="правозахисники", **P)
    MU = dict(src="Memorial", stype="ngo", **P)
    C(d, "killed", 137, "at_least", "налічив щонайменше 137 загиблих", stext="Правозахисний центр «Меморіал»", **MU)
    C(d, "killed", 137, "at_least", "у Грозному загинули щонайменше 137 людей", stext="Меморіал", **MU)
    C(d, "killed", 20, "more_than", "було понад 20 дітей", group=CH, stext="за даними «Меморіалу»", **MU)

    # ================================================================ Aktobe shootings, 5 June 2016
    P = dict(place=AKT, date=D_AK)
    d = "aktobe_news_kk.txt"
    C(d, "killed", 7, "exact", "Ақтөбедегі атыс: қаза тапқандар саны 7-ге жетті", **P)
    IM = dict(src="Kazakhstan Interior Ministry press service", stype="official", stext="Ішкі істер министрлігінің", **P)
    C(d, "killed", 7, "exact", "қаза тапқандар саны жетеуге жетті", **IM)
    C(d, "killed", 1, "exact", "тағы бір бейбіт тұрғын көз жұмды", group=CIV, **IM)
    IM["stext"] = "ІІМ мәліметінше"
    C(d, "killed", 4, "exact", "шабуыл кезінде 4 бейбіт тұрғын", group=CIV, **IM)
    C(d, "killed", 3, "exact", "3 әскери қызметші қаза тапты", group=SRV, **IM)
    C(d, "injured", 37, "exact", "Тағы 37 адам жараланып", **IM)
    C(d, "injured", 10, "exact", "оның 10-ы полиция қызметкері", group=POL, **IM)
    C(d, "injured", 24, "exact", "ауруханада әлі 24 адам жатыр", "Aktobe regional health department", "official", stext="Облыстық денсаулық сақтау басқармасының", **P)
    KN = dict(src="National Security Committee", stype="official", stext="Ұлттық қауіпсіздік комитетінің мәліметі бойынша", group=ATT, **P)
    C(d, "killed", 13, "exact", "шабуылшылардың 13-і жойылды", **KN)
    C(d, "detained", 4, "exact", "4-еуі ұсталды", **KN)
    C(d, "killed", 50, "more_than", "«50-ден астам адам өлді»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 50, "more_than", "Министрлік бұл хабарды жалған деп атады", "Interior Ministry", "official", "denied", stext="Министрлік", **P)

    d = "aktobe_press_kk.html"
    C(d, "killed", 5, "exact", "<tr><td>Қаза тапқан бейбіт тұрғындар</td><td>5</td></tr>", group=CIV, **P)
    C(d, "killed", 3, "exact", "<tr><td>Қаза тапқан әскери қызметшілер</td><td>3</td></tr>", group=SRV, **P)
    C(d, "injured", 38, "exact", "<tr><td>Жараланғандар</td><td>38</td></tr>", **P)
    C(d, "killed", 18, "exact", "<tr><td>Жойылған шабуылшылар</td><td>18</td></tr>", group=ATT, **P)
    C(d, "detained", 9, "exact", "<tr><td>Ұсталған күдіктілер</td><td>9</td></tr>", **P)
    C(d, "charged", 7, "exact", "Ұсталғандардың 7-еуіне терроризм бабы бойынша айып тағылды", place=AKT, date="2016-06")
    C(d, "deployed", 1000, "more_than", "Операцияға 1000-нан астам полиция", **P)
    C(d, "vehicles_damaged", 1, "exact", "Бір жолаушылар автобусы", **P)
    C(d, "vehicles_damaged", 2, "exact", "екі жеңіл көлік өртенді", **P)
    C(d, "killed", 100, "more_than", "«жүзден астам құрбан»", "some websites", "media", "unconfirmed", stext="Кейбір сайттарда", **P)
    C(d, "killed", 100, "more_than", "толығымен жоққа шығарамыз", mod="denied", **P)

    # ================================================================ Zasyadko mine, Donetsk, 18 November 2007
    P = dict(place=DON, date=D_ZS)
    w = "zasyadko_export_uk.xml#447120"
    C(w, "killed", 101, "exact", "|загиблі = 101<ref>", "UNIAN", "media", stext="УНІАН", **P)
    C(w, "killed", 101, "exact", "Кількість загиблих на шахті Засядька зросла до 101", "UNIAN", "media", stext="УНІАН", **P)
    C(w, "injured", 28, "exact", "|поранені = 28", **P)
    SE = dict(src="Ukraine's Emergencies Ministry", stype="official", stext="МНС України", **P)
    C(w, "killed", 37, "exact", "підняли 37 тіл", **SE)
    SE["stext"] = "МНС"
    C(w, "killed", 63, "exact", "говорило вже про 63 загиблих", **SE)
    C(w, "missing", 37, "exact", "доля 37 гірників залишалася невідомою", **SE)
    C(w, "deployed", 400, "more_than", "понад 400 гірничорятувальників", **P)
    C(w, "killed", 88, "exact", "загинули 88 шахтарів", "Vice Prime Minister Andriy Klyuyev", "official", stext="Андрій Клюєв", **P)
    C(w, "killed", 101, "exact", "кількість загиблих зросла до 101", **P)
    C(w, "injured", 28, "exact", "Ще 28 осіб були госпіталізовані", **P)
    C(w, "injured", 52, "exact", "постраждали 52 гірничорятувальники та гірники", group="mine rescuers and miners", place=DON, date=D_ZS1)
    C(w, "killed", 5, "exact", "забрав життя 5 людей", place=DON, date=D_ZS2)
    C(w, "killed", 106, "exact", "ЗМІ оцінювали в 106", "media", "media", stext="ЗМІ", place=DON, date=D_ZSALL)
    C(w, "dismissed", 1, "exact", "звільнено з посади головного інженера шахти", place=DON, date="2007-11")
    C(w, "killed", 150, "more_than", "«понад 150 загиблих»", "rumours in Donetsk", "unknown", "unconfirmed", stext="Чутки", **P)
    C(w, "killed", 150, "more_than", "МНС назвало безпідставними", "Ukraine's Emergencies Ministry", "official", "denied", stext="МНС", **P)

    d = "zasyadko_wiki_en.wiki"
    C(d, "killed", 101, "exact", "| deaths      = 101<ref>", "Reuters", "media", **P)
    C(d, "killed", 101, "exact", "Ukraine mine blast toll rises to 101", "Reuters", "media", **P)
    C(d, "injured", 28, "exact", "| injuries    = 28 hospitalised", **P)
    C(d, "killed", None, "vague", 'The initial reports spoke of "dozens" of dead', "initial reports", "unknown", **P)
    ME = dict(src="Ministry of Emergencies", stype="official", **P)
    C(d, "killed", 63, "exact", "confirmed 63 deaths", **ME)
    C(d, "missing", 37, "exact", "37 miners still unaccounted for", **ME)
    C(d, "killed", 88, "exact", "The toll was raised to 88", **P)
    C(d, "killed", 101, "exact", "and to 101", **P)
    C(d, "killed", 100, "exact", "Death toll at Ukrainian mine reaches 100", "Associated Press", "media", **P)
    C(d, "injured", 28, "exact", "Hospitals in Donetsk treated 28 miners", "hospitals in Donetsk", "official", **P)
    C(d, "injured", 52, "exact", "injured 52 people, most of them mine rescuers", place=DON, date=D_ZS1)
    C(d, "killed", 5, "exact", "another blast killed five", place=DON, date=D_ZS2)
    C(d, "killed", 106, "exact", "bringing the year's toll at the mine to 106", "the trade union of coal miners", "union", place=DON, date=D_ZSALL)
    C(d, "dismissed", 1, "exact", "The mine's chief engineer was dismissed", place=DON, date="2007-11")
    C(d, "killed", 50, "exact", "lost 50 miners in an explosion in", place=DON, date="1999")
    C(d, "killed", 55, "exact", "55 in 2001", place=DON, date="2001")

    d = "zasyadko_news_kk.txt"
    C(d, "killed", 80, "exact", "Донецкідегі шахтада 80 кенші қаза тапты", **P)
    C(d, "killed", 80, "exact", "қаза тапқандар саны 80-ге", "Ukraine's Emergencies Ministry press service", "official", stext="Украина Төтенше жағдайлар министрлігінің баспасөз қызметі", **P)
    C(d, "missing", None, "vague", "Ондаған кенші әлі табылған жоқ", **P)
    C(d, "injured", 28, "exact", "Тағы 28 адам ауруханаға жеткізілді", **P)
    C(d, "deployed", 400, "more_than", "400-ден астам тау-кен құтқарушысы", **P)
    C(d, "killed", 100, "more_than", "қаза тапқандар 100-ден асуы мүмкін", "Independent Trade Union of Miners of Ukraine", "union", stext="Украинаның тәуелсіз кеншілер кәсіподағының өкілдері", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d33g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "bender_report_ru.txt"
    T(d, "1992-06-19", "fighting begins in Bender", "вечером в пятницу, 19 июня")
    T(d, "1992-06-19T18:00", "shooting at the city police department", "около 18:00 у здания городского отдела")
    T(d, "1992-06-19T20:00", "Moldovan armour and OPON enter the city", "Через два часа в город вошли колонны")
    T(d, "1992-06-20", "Snegur accuses the 14th Army", "в субботу, 20 июня")
    T(d, "1992-06-20", "14th Army tanks move to the bridge", "в ночь на 21 июня")
    T(d, "1992-06-21", "city executive committee: at least 150 dead", "на утро воскресенья")
    d = "bender_timeline_uk.md"
    for hm, day, label in (("17:45", "19", "Transnistrian guards detain a Moldovan major"), ("18:30", "19", "shooting spreads; 4 police killed"),
                           ("19:40", "19", "Moldovan armour and OPON enter via Varnita"), ("22:00", "19", "fighting at the city executive committee"),
                           ("03:00", "20", "Moldovan units hold most of the city"), ("08:15", "20", "Snegur's address"),
                           ("11:00", "20", "hospital: more than 200 wounded"), ("16:30", "20", "Transnistrian tanks cross the bridge"),
                           ("20:00", "20", "14th Army: three servicemen killed"), ("05:00", "21", "the army moves armour to the bridge"),
                           ("12:00", "21", "city hall: at least 300 dead"), ("18:00", "21", "ceasefire")):
        T(d, f"1992-06-{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "1992-06-23", "Transnistrian prosecutors open cases, 17 detained", "**23 червня**")
    T(d, "1992-07-07", "Lebed appointed commander of the 14th Army", "**7 липня**")
    T(d, "1992-07-21", "peace agreement signed in Moscow", "**21 липня 1992 року**")
    T(d, "1993", "final Transnistrian and Moldovan counts", "**1993 рік**")
    w = "bender_wiki_en.atom#bender-wp"
    T(w, "1992-06-19", "battle begins", "from the evening of Friday, 19 June 1992")
    T(w, "1992-06-19T18:00", "shootout near the police station", "at about 18:00")
    T(w, "1992-06-20", "Transnistrian tanks cross the bridge", "On 20 June Transnistrian tanks")
    T(w, "1992-06-21", "Moldovan forces withdraw from most of the city", "By 21 June")
    T(w, "1992-07-21", "ceasefire agreement signed in Moscow", "signed in Moscow on 21 July 1992")

    d = "syamozero_page_ru.txt"
    T(d, "2016-06-17", "storm warning issued", "накануне, 17 июня, МЧС Карелии объявило штормовое предупреждение")
    T(d, "2016-06-18T11:00", "the group sets out on the lake", "в субботу, 18 июня, около 11:00")
    T(d, "2016-06-18T18:00", "first children reach the camp", "около 18:00 в субботу")
    T(d, "2016-06-18T21:30", "rescuers called", "вызвали в 21:30")
    T(d, "2016-06-19T12:00", "toll given as ten", "к полудню воскресенья")
    T(d, "2016-06-19", "bodies of the last two children found", "в воскресенье вечером")
    d = "syamozero_statement_ru.txt"
    T(d, "2016-06-18", "the tragedy on Syamozero", "В субботу, 18 июня")
    T(d, "2016-06-17", "storm warning issued", "которое МЧС объявило еще в")
    T(d, "2016-06-18", "toll given as 10", "Вчера вечером говорили")
    T(d, "2016-06-20", "days of mourning", "20 и 21 июня")
    f = "syamozero_feed_en.rss#"
    T(f + "syam-1", "2016-06-18", "canoes capsize in a storm", "on Saturday afternoon")
    T(f + "syam-1", "2016-06-17", "storm warning issued", "the day before")
    T(f + "syam-2", "2017-11-28", "camp director sentenced", "A court in Moscow on Tuesday")

    f = "grozny_articles_ru.jsonl#"
    T(f + "gr1", "1999-10-21T18:00", "missiles hit the central market", "Вечером в четверг, 21 октября, около 18:00 по местному времени")
    T(f + "gr1", "1999-10-22", "Ichkeria health ministry: 118 dead", "утром в пятницу")
    T(f + "gr2", "1999-10-23", "Manilov: 'special operation' against an arms market", "в субботу, 23 октября")
    T(f + "gr2", "1999-10-22", "Defence Ministry denies any strike", "Накануне в Минобороны")
    d = "grozny_mtblog_en.txt"
    T(d, "1999-10-21T18:00", "rockets fall on the central market", "on Thursday 21 october 1999 in 18.00 hours")
    T(d, "1999-10-22", "health ministry: 118 dead", "Next morning")
    T(d, "1999-10-22", "toll rises to more than 140", "In evening of 22 october")
    T(d, "1999-10-23T20:00", "hospital no. 9: 46 wounded still in hospital", "Update 23.10 20.00")
    d = "grozny_wiki_uk.txt"
    T(d, "1999-10-21T18:00+04:00", "missiles hit the market, maternity hospital, post office and mosque", "Близько 18:00 за місцевим часом (UTC+4)")
    T(d, "1999-10-22", "health ministry: 118 dead", "Наступного дня")
    T(d, "1999-10-23", "Manilov's statement", "23 жовтня генерал")

    d = "aktobe_news_kk.txt"
    T(d, "2016-06-05T17:00", "gunmen attack two gun shops", "2016 жылғы 5 маусымда, жексенбі күні, сағат 17:00 шамасында")
    d = "aktobe_press_kk.html"
    T(d, "2016-06-05", "terrorist act in Aktobe", "2016 жылғы 5 маусымда Ақтөбе")
    T(d, "2016-06-05T17:40", "attempt to ram the gate of military unit 6656", "Сағат 17:40 шамасында")
    T(d, "2016-06-09", "status of the confirmed figures", "9 маусымдағы жағдай бойынша")
    T(d, "2016-06-05", "red level of terrorist threat", "5 маусымнан бастап")

    w = "zasyadko_export_uk.xml#447120"
    T(w, "2007-11-18T03:11+02:00", "methane explosion at the 1078 m level", "о 03:11 за київським часом (UTC+2)")
    T(w, "2007-11-18", "37 bodies brought up", "До ранку")
    T(w, "2007-11-18", "63 dead, 37 missing", "Увечері того ж дня")
    T(w, "2007-11-20", "Klyuyev: 88 dead", "20 листопада віце-прем'єр")
    T(w, "2007-11-22", "toll reaches 101", "Станом на 22 листопада")
    T(w, "2007-11-20", "day of mourning", "Уряд оголосив 20 листопада днем жалоби")
    T(w, "2007-12-01", "second explosion, 52 injured", "1 грудня під час ліквідації")
    T(w, "2007-12-02", "third explosion, 5 killed", "2 грудня ще один вибух")
    d = "zasyadko_wiki_en.wiki"
    T(d, "2007-11-18T03:11+02:00", "methane explosion", "occurred at 03:11 local time on Sunday")
    T(d, "2007-11-18", "63 deaths confirmed", "By the evening of 18 November")
    T(d, "2007-11-20", "toll raised to 88", "to 88 on 20 November")
    T(d, "2007-11-22", "toll reaches 101", "by 22 November")
    T(d, "2007-12-01", "second explosion during recovery works", "On 1 December 2007")
    T(d, "2007-12-02", "another blast kills five", "The next day, 2 December")
    T(d, "2007-11-20", "day of mourning", "declared 20 November a day of mourning")
    d = "zasyadko_news_kk.txt"
    T(d, "2007-11-18T03:11", "explosion at the Zasyadko mine", "жергілікті уақыт бойынша сағат 03:11-де")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d33t{n:03d}"
    return rows


ENTITIES = [
    ("Bender", "place", ["Бендеры", "Бендерах", "Бендер", "Бендери", "Bender"]),
    ("Tiraspol", "place", ["Тирасполе", "Тирасполі", "Тирасполя", "Tiraspol"]),
    ("Transnistria", "place", ["Приднестровью", "Придністров'я", "Transnistria"]),
    ("Moldova", "place", ["Молдовы", "Молдови", "Moldova"]),
    ("Dniester", "place", ["Днестр", "Днестре", "Дністра", "Дністер", "Dniester"]),
    ("Chisinau", "place", ["Кишинев", "Кишиневе", "Кишинева"]),
    ("14th Army", "org", ["14-й армии", "14-ю армию", "14-ї армії", "14-ту армію", "14th Army"]),
    ("Mircea Snegur", "person", ["Мирча Снегур", "Мірча Снєгур"]),
    ("Lake Syamozero", "place", ["Сямозере", "Сямозеро", "Syamozero"]),
    ("Karelia", "place", ["Карелия", "Карелии", "Karelia"]),
    ("Petrozavodsk", "place", ["Петрозаводска", "Петрозаводске", "Петрозаводск", "Petrozavodsk"]),
    ("Russian Emergencies Ministry", "org", ["МЧС", "МЧС России", "Emergencies Ministry"]),
    ("Investigative Committee of Russia", "org", ["Следственного комитета", "Следственный комитет", "СК", "Investigative Committee"]),
    ("Yelena Reshetova", "person", ["Елена Решетова", "Yelena Reshetova"]),
    ("Grozny", "place", ["Грозном", "Грозного", "Грозний", "Grozny"]),
    ("Ichkeria", "place", ["Ичкерии", "Ічкерії", "Ічкерія", "Ichkeria"]),
    ("Valery Manilov", "person", ["Валерий Манилов", "Манилов", "Валерій Манілов", "Manilov"]),
    ("Memorial", "org", ["Мемориал", "Меморіал", "Меморіалу", "Memorial"]),
    ("Aktobe", "place", ["Ақтөбе", "Ақтөбедегі", "Ақтөбеде"]),
    ("Kazakhstan Interior Ministry", "org", ["Ішкі істер министрлігінің", "ІІМ"]),
    ("Aktobe region police department", "org", ["Ақтөбе облысы Полиция департаменті", "Ақтөбе облысы ПД"]),
    ("Zasyadko mine", "place", ["Засядька", "Засядько", "Zasyadko"]),
    ("Donetsk", "place", ["Донецьк", "Донецк", "Донецкідегі", "Donetsk"]),
    ("Ukraine", "place", ["Украина", "Украинаның", "Ukraine", "Україні", "України"]),
    ("State Emergency Service of Ukraine", "org", ["МНС", "МНС України", "Ministry of Emergencies"]),
    ("Karaganda", "place", ["Қарағандыдағы", "Қарағанды", "Қарағандыда"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset33", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
