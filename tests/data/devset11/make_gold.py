"""Write the gold annotations of the eleventh development set: tests/data/devset11/gold/devset11.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset11.py, which checks every anchor:

    python tests/data/devset11/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `atyrau_prosecutor_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

ATY, BSK, IZH, KR, NAL = "Atyrau", "Bishkek", "Izhevsk", "Kryvyi Rih", "Nalchik"
D_AT, D_IZ, D_KR = "2011-10-31", "2022-09-26", "2025-04-04"
D_BK, D_BK5, D_NA = ["2020-10-05", "2020-10-06"], "2020-10-05", ["2005-10-13", "2005-10-14"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Atyrau blasts, Monday 31 October 2011
    P = dict(place=ATY, date=D_AT)
    d = "atyrau_news_kk.txt"
    C(d, "killed", 1, "exact", "Атыраудағы жарылыстар: 1 адам қаза тапты", **P)
    GP = dict(src="General Prosecutor's Office of Kazakhstan", stype="official", stext="Бас прокуратураның", **P)
    C(d, "killed", 1, "exact", "жарылыс салдарынан 1 адам қаза тапты", group="attackers", **GP)
    C(d, "injured", 0, "exact", "бейбіт тұрғындар арасында зардап шеккендер жоқ", "prosecutor's office", "official", group="civilians", stext="Прокуратура", **P)
    C(d, "injured", 2, "exact", "2 адам жараланған", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "injured", 1, "exact", "1 адамның ауруханаға жеткізілгенін", "regional health department", "official", stext="Облыстық денсаулық сақтау басқармасы", **P)
    C(d, "injured", None, "vague", "«ондаған адам» жараланды", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "injured", None, "vague", "бұл ақпаратты жалған деп атады", "Atyrau regional administration", "official", "denied", stext="Атырау облысының әкімдігі", **P)
    C(d, "deployed", 200, "about", "200-ге жуық полиция қызметкері", **P)
    C(d, "detained", 3, "exact", "тергеушілер 3 адамды ұстады", place=ATY, date="2011-11-01")

    d = "atyrau_prosecutor_ru.txt"  # cp1251; the regional prosecutor's office in its own voice
    C(d, "killed", 1, "exact", "погиб 1 человек", group="attackers", **P)
    C(d, "injured", 0, "exact", "Других пострадавших нет", **P)
    C(d, "injured", 2, "exact", "Ранее в ряде СМИ сообщалось о 2 раненых", "media reports", "media", stext="в ряде СМИ", **P)
    C(d, "injured", 2, "exact", "Эти сведения ошибочны", mod="denied", **P)
    C(d, "injured", 1, "exact", "за медицинской помощью обратился 1 человек", **P)
    C(d, "injured", None, "vague", "«десятках раненых»", "social networks", "social_media", "unconfirmed", stext="в социальных сетях", **P)
    C(d, "injured", None, "vague", "не соответствуют действительности", mod="denied", **P)
    C(d, "detained", 4, "exact", "задержаны 4 человека", place=ATY, date=["2011-10-31", "2011-11-02"])
    C(d, "arrested", 3, "exact", "в отношении 3 из них судом санкционирован арест", place=ATY, date=["2011-10-31", "2011-11-02"])
    C(d, "deployed", 400, "more_than", "привлечено более 400 сотрудников полиции", **P)

    f = "atyrau_feed_en.rss#"
    C(f + "at-1", "killed", 1, "exact", "Two blasts hit western Kazakh oil city of Atyrau, one dead", **P)
    C(f + "at-1", "killed", 1, "exact", "killing one man", "the regional prosecutor's office", "official", **P)
    C(f + "at-1", "injured", 2, "exact", "two passers-by were hurt", "Interfax-Kazakhstan", "media", **P)
    C(f + "at-1", "injured", 2, "exact", "a police spokesman denied the report", "a police spokesman", "official", "denied", **P)
    C(f + "at-2", "detained", 5, "exact", "Kazakhstan detains five suspects over Atyrau blasts", place=ATY, date=["2011-10-31", "2011-11-03"])
    C(f + "at-2", "detained", 5, "exact", "have detained five people", "National Security Committee (KNB)", "official", place=ATY, date=["2011-10-31", "2011-11-03"])
    C(f + "at-2", "injured", 2, "exact", "Two people were still in hospital", "the city's health department", "official", **P)
    C(f + "at-2", "deployed", 300, "more_than", "More than 300 police officers patrolled", **P)

    # ================================================================ Bishkek unrest, 5-6 October 2020
    P = dict(place=BSK, date=D_BK)
    P5 = dict(place=BSK, date=D_BK5)
    d = "bishkek_timeline_ru.md"
    MVD = dict(src="Interior Ministry of Kyrgyzstan", stype="official", stext="МВД")
    MZ = dict(src="Ministry of Health of Kyrgyzstan", stype="official", stext="Минздрав")
    KS = dict(src="Kylym Shamy human rights centre", stype="ngo", stext="Правозащитный центр «Кылым шамы»")
    C(d, "participants", 5000, "about", "собралось около 5 тысяч человек", **MVD, **P5)
    C(d, "participants", 10000, "more_than", "«более 10 тысячах»", "protest organizers", "activist", stext="организаторы", **P5)
    C(d, "injured", 120, "exact", "Минздрав сообщает о 120 пострадавших", **MZ, **P5)
    C(d, "injured", 49, "exact", "из них 49 - сотрудники милиции", group="police", **MZ, **P5)
    C(d, "killed", 1, "exact", "Минздрав: 1 человек погиб", **MZ, **P)
    C(d, "injured", 590, "exact", "590 пострадали", **MZ, **P)
    C(d, "killed", None, "vague", "«десятках убитых»", "Telegram channels", "social_media", "unconfirmed", stext="В Telegram-каналах", **P)
    C(d, "killed", None, "vague", "называет эти сообщения провокацией и ложью", mod="denied", **MVD, **P)
    C(d, "injured", 686, "exact", "Число обратившихся за помощью выросло до 686", **MZ, **P)
    C(d, "injured", 190, "exact", "госпитализированы 190 человек", **MZ, **P)
    C(d, "injured", 1000, "more_than", "пострадавших могло быть «более тысячи»", mod="unconfirmed", **KS, **P)
    C(d, "buildings_damaged", 20, "at_least", "не менее 20 магазинов и офисов", "Bishkek mayor's office", "official", stext="Мэрия", **P)
    C(d, "deployed", 1000, "about", "выведено около 1 000 военнослужащих", "Defence Ministry of Kyrgyzstan", "official", stext="По данным Минобороны", place=BSK, date="2020-10-09")
    C(d, "injured", 13, "exact", "пострадали ещё 13 человек", **MZ, place=BSK, date="2020-10-09")
    C(d, "detained", None, "vague", "говорят о «сотнях» задержанных активистов", "Atambayev's supporters", "activist", stext="Сторонники Атамбаева", place=BSK, date="2020-10")
    C(d, "detained", 9, "exact", "МВД сообщает о 9 задержанных за мародёрство", **MVD, place=BSK, date="2020-10")
    C(d, "killed", 1, "exact", "за 5-6 октября погиб 1 человек", **MZ, **P)
    C(d, "injured", 1213, "exact", "за медицинской помощью обратились 1 213 человек", **MZ, **P)
    C(d, "killed", 1, "exact", "| Минздрав КР | 6 октября | 1 |", **MZ, **P)
    C(d, "injured", 590, "exact", "| 6 октября | 1 | 590 |", **MZ, **P)
    C(d, "killed", 1, "exact", "| Минздрав КР | 15 октября | 1 |", **MZ, **P)
    C(d, "injured", 1213, "exact", "| 15 октября | 1 | 1 213 |", **MZ, **P)
    C(d, "injured", 1000, "more_than", "| более 1 000 |", **KS, **P)
    C(d, "killed", None, "vague", "| 6 октября | «десятки» |", "Telegram channels", "social_media", "unconfirmed", stext="Telegram-каналы", **P)

    f = "bishkek_articles_en.jsonl#"
    C(f + "bk1", "killed", 1, "exact", "Kyrgyzstan protests: one dead", **P)
    C(f + "bk1", "injured", None, "vague", "hundreds hurt", **P)
    C(f + "bk1", "killed", 1, "exact", "one man was killed, the health ministry said", "the health ministry", "official", **P)
    C(f + "bk1", "injured", 590, "at_least", "At least 590 people were injured", "the health ministry", "official", **P)
    C(f + "bk1", "injured", 150, "exact", "among them 150 police officers", "the health ministry", "official", group="police", **P)
    C(f + "bk1", "participants", None, "vague", "a crowd of several thousand people", "Witnesses", "eyewitness", **P5)
    C(f + "bk1", "killed", 3, "at_least", "at least 3 protesters had died", "Opposition supporters", "opposition", "unconfirmed", **P)
    C(f + "bk1", "killed", 3, "at_least", "the health ministry said the figure was wrong", "the health ministry", "official", "denied", **P)
    C(f + "bk1", "vehicles_damaged", 3, "at_least", "at least 3 police cars were burned", "Interior ministry officials", "official", **P)
    C(f + "bk2", "injured", 1200, "exact", "health ministry raises protest injury toll to 1,200", "health ministry", "official", **P)
    C(f + "bk2", "injured", 1200, "about", "about 1,200 people had sought medical help", "The health ministry", "official", **P)
    C(f + "bk2", "killed", 1, "exact", "1 person had died", "The health ministry", "official", **P)
    C(f + "bk2", "injured", 1000, "more_than", "more than 1,000 people were hurt", "Kylym Shamy", "ngo", **P)
    C(f + "bk2", "detained", 25, "exact", "detained 25 people for looting", "Police", "official", place=BSK, date="2020-10")
    C(f + "bk2", "deployed", 1000, "exact", "A 1,000-strong military contingent", "the defence ministry", "official", place=BSK, date="2020-10")

    d = "bishkek_news_kk.txt"
    MZK = dict(src="Ministry of Health of Kyrgyzstan", stype="official", stext="Қырғызстан Денсаулық сақтау министрлігінің")
    C(d, "killed", 1, "exact", "Бішкектегі наразылық: 1 адам қаза тапты", **P)
    C(d, "injured", 590, "exact", "590 адам жараланды", **P)
    C(d, "killed", 1, "exact", "толқулар кезінде 1 адам қаза тапты", **MZK, **P)
    C(d, "injured", 590, "exact", "590 адам медициналық көмекке жүгінді", **MZK, **P)
    C(d, "injured", 254, "exact", "Олардың 254-і ауруханаға жатқызылды", **MZK, **P)
    C(d, "participants", 6000, "about", "6 мыңға жуық адам қатысты", "Interior Ministry of Kyrgyzstan", "official", stext="ІІМ", **P5)
    C(d, "killed", None, "vague", "«жүздеген адам» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", None, "vague", "бұл ақпаратты жоққа шығарды", "Ministry of Health of Kyrgyzstan", "official", "denied", stext="Денсаулық сақтау министрлігі", **P)
    C(d, "detained", 40, "more_than", "Милиция 40-тан астам адамды ұстады", place=BSK, date="2020-10-06")
    C(d, "buildings_damaged", 15, "about", "15-ке жуық дүкен тоналды", **P)

    # ================================================================ Izhevsk school shooting, Monday 26 September 2022
    P = dict(place=IZH, date=D_IZ)
    d = "izhevsk_export_ru.xml#71402"
    SK = dict(src="Investigative Committee of Russia", stype="official", stext="Следственный комитет", **P)
    C(d, "killed", 17, "exact", "погибшие         = 17", "TASS", "media", stext="ТАСС", **P)
    C(d, "injured", 24, "exact", "раненые          = 24", **P)
    C(d, "killed", 17, "exact", "Число погибших при стрельбе в ижевской школе выросло до 17", "TASS", "media", stext="ТАСС", **P)
    C(d, "killed", 6, "exact", "Первоначально сообщалось о 6 погибших", "initial reports", "unknown", stext="Первоначально сообщалось", **P)
    C(d, "killed", 9, "exact", "сообщил о 9 погибших", "Alexander Brechalov, head of Udmurtia", "official", stext="глава Удмуртии Александр Бречалов", **P)
    C(d, "killed", 13, "exact", "о 13 погибших", **SK)
    C(d, "killed", 7, "exact", "в том числе 7 детях", group="children", **SK)
    C(d, "injured", 21, "exact", "и 21 раненом", **SK)
    C(d, "killed", 13, "exact", "жертвами стрельбы в Ижевске стали 13 человек", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "killed", 15, "exact", "К вечеру число погибших выросло до 15", **P)
    C(d, "killed", 17, "exact", "до 17, включая 11 детей", **P)
    C(d, "killed", 11, "exact", "включая 11 детей", group="children", **P)
    MZR = dict(src="Russian Health Ministry", stype="official", stext="По данным Минздрава России", **P)
    C(d, "injured", 24, "exact", "ранения получили 24 человека", **MZR)
    C(d, "injured", 22, "exact", "из них 22 ребёнка", group="children", **MZR)
    C(d, "killed", 30, "more_than", "«более 30 погибших»", "social networks", "social_media", "unconfirmed", stext="В соцсетях", **P)
    C(d, "killed", 30, "more_than", "назвал их недостоверными", "Investigative Committee of Russia", "official", "denied", stext="Следственный комитет", **P)
    C(d, "detained", 2, "exact", "Полиция задержала 2 человек", place=IZH, date="2022-09")
    C(d, "deployed", 100, "more_than", "направлены более 100 сотрудников полиции и спасателей", **P)

    d = "izhevsk_mtblog_en.txt"
    SKE = dict(src="Investigative committee", stype="official", **P)
    MZU = dict(src="ministry of health of Udmurtia", stype="official", **P)
    C(d, "killed", 6, "exact", "Were lost 6 persons", **MZU)
    C(d, "injured", 20, "about", "are wounded about 20", **MZU)
    BR = dict(src="Head of Udmurtia Brechalov", stype="official", **P)
    C(d, "killed", 9, "exact", "were lost 9 persons", **BR)
    C(d, "killed", 5, "exact", "from them 5 children", group="children", **BR)
    C(d, "killed", 13, "exact", "number of lost grew to 13", **SKE)
    C(d, "killed", 7, "exact", "from them 7 children", group="children", **SKE)
    C(d, "injured", 21, "exact", "Are wounded 21 persons", **SKE)
    C(d, "injured", 14, "exact", "from them 14 children", group="children", **SKE)
    C(d, "killed", 17, "exact", "number of lost reached 17 persons", **SKE)
    C(d, "killed", 11, "exact", "from them 11 children", group="children", **SKE)
    C(d, "injured", 24, "exact", "In hospitals remain 24 persons", **SKE)
    C(d, "killed", 40, "at_least", '"not less than 40 lost"', "telegram channels", "social_media", "unconfirmed", **P)
    C(d, "killed", 40, "at_least", "in police it was called fake", "police", "official", "denied", **P)
    C(d, "injured", None, "vague", "lay several children", "Eyewitness, the mother of pupil", "eyewitness", alt=("killed", "casualties"), **P)
    C(d, "detained", 2, "exact", "Police were detained 2 persons", place=IZH, date="2022-09")

    d = "izhevsk_report_uk.txt"
    C(d, "killed", 17, "exact", "загинули 17 людей", **P)
    C(d, "killed", 11, "exact", "серед них 11 дітей", group="children", **P)
    SKU = dict(src="Investigative Committee of Russia", stype="official", stext="Слідчий комітет Росії", **P)
    C(d, "killed", 17, "exact", "зросла до 17", **SKU)
    C(d, "killed", 11, "exact", "з них 11 дітей", group="children", **SKU)
    C(d, "injured", 24, "exact", "Ще 24 людини поранені", **SKU)
    BRU = dict(src="Alexander Brechalov, head of Udmurtia", stype="official", stext="глава Удмуртії Олександр Бречалов", **P)
    C(d, "killed", 6, "exact", "повідомляв про 6 загиблих", **BRU)
    C(d, "killed", 9, "exact", "згодом - про 9", **BRU)
    C(d, "killed", [18, 20], "range", "загиблих може бути від 18 до 20", "Russian human rights defenders", "ngo", "unconfirmed", stext="Російські правозахисники", **P)
    C(d, "killed", None, "vague", "«десятки загиблих»", "Telegram channels", "social_media", "unconfirmed", stext="У телеграм-каналах", **P)
    C(d, "killed", None, "vague", "назвали їх фейком", "Interior Ministry of Udmurtia", "official", "denied", stext="у МВС Удмуртії", **P)
    DOC = dict(src="doctors of the republican children's hospital", stype="eyewitness", stext="лікарі республіканської дитячої лікарні", **P)
    C(d, "injured", 22, "exact", "Госпіталізовано 22 дітей", group="children", **DOC)
    C(d, "injured", 2, "exact", "двоє з них у вкрай важкому стані", group="children", **DOC)

    # ================================================================ Kryvyi Rih missile strike, Friday 4 April 2025
    P = dict(place=KR, date=D_KR)
    d = "kryvyirih_press_uk.html"  # the city military administration in its own voice
    C(d, "killed", 20, "exact", "підтверджено загибель 20 людей", **P)
    C(d, "killed", 9, "exact", "серед них 9 дітей", group="children", **P)
    C(d, "injured", 72, "exact", "Поранено 72 людини", **P)
    C(d, "injured", 12, "exact", "з них 12 дітей", group="children", **P)
    C(d, "injured", 31, "exact", "31 людина залишається в лікарнях", **P)
    C(d, "killed", 85, "at_most", "«до 85» знищених військових", "Russian Ministry of Defence", "official", "unconfirmed", group="soldiers", stext="Міністерства оборони РФ", **P)
    C(d, "killed", 85, "at_most", "є неправдою", mod="denied", group="soldiers", **P)
    C(d, "deployed", 200, "more_than", "понад 200 осіб", **P)
    C(d, "buildings_damaged", 14, "exact", "<td>Багатоповерхові будинки</td><td>14</td>", **P)
    C(d, "buildings_damaged", 6, "exact", "<td>Приватні будинки</td><td>6</td>", **P)
    C(d, "buildings_damaged", 20, "exact", "<td><b>20</b></td>", **P)
    C(d, "vehicles_damaged", 31, "exact", "<td>Автомобілі</td><td>31</td>", **P)

    w = "kryvyirih_wiki_en.atom#kr-wp"
    C(w, "killed", 20, "exact", "deaths     = 20", "Reuters", "media", **P)
    C(w, "injured", 75, "exact", "injuries   = 75", **P)
    C(w, "killed", 20, "exact", "Russian missile strike on Kryvyi Rih kills 20", "Reuters", "media", **P)
    C(w, "killed", 9, "exact", "including nine children|publisher=Reuters", "Reuters", "media", group="children", **P)
    C(w, "killed", 18, "at_least", "Missile strike on Zelensky's hometown kills at least 18", "Associated Press", "media", **P)
    LY = dict(src="Regional governor Serhiy Lysak", stype="official", **P)
    C(w, "killed", 14, "exact", "first reported 14 dead", **LY)
    C(w, "killed", 16, "exact", "then 16, including six children", **LY)
    C(w, "killed", 6, "exact", "including six children", group="children", **LY)
    C(w, "killed", 18, "exact", "the toll had risen to 18", **LY)
    C(w, "killed", 9, "exact", "18, including nine children", group="children", **LY)
    C(w, "killed", 1, "exact", "one more woman died in hospital", **LY)
    C(w, "injured", 60, "more_than", "More than 60 people were injured", **LY)
    C(w, "injured", 40, "exact", "40 of whom were hospitalized", **LY)
    C(w, "killed", 85, "at_most", "killed up to 85 Ukrainian servicemen", "The Russian Ministry of Defence", "official", "unconfirmed", group="soldiers", **P)
    C(w, "killed", 85, "at_most", "Ukrainian officials called this false", "Ukrainian officials", "official", "denied", group="soldiers", **P)
    w = "kryvyirih_wiki_en.atom#kr-ly"
    LY = dict(src="Serhiy Lysak", stype="official", **P)
    C(w, "killed", 20, "exact", "20 people had been killed", **LY)
    C(w, "killed", 9, "exact", "among them nine children", group="children", **LY)
    C(w, "injured", 61, "exact", "61 had been wounded", **LY)
    C(w, "buildings_damaged", 20, "more_than", "more than 20 apartment buildings", **LY)
    C(w, "vehicles_damaged", 30, "exact", "30 cars had been damaged", **LY)

    d = "kryvyirih_news_kk.txt"
    C(d, "killed", 20, "exact", "Кривой Рогтағы зымыран соққысы: 20 адам қаза тапты", **P)
    LYK = dict(src="Serhiy Lysak, head of the Dnipropetrovsk regional military administration", stype="official", stext="Днепропетровск облыстық әскери әкімшілігінің басшысы Сергей Лысак", **P)
    C(d, "killed", 20, "exact", "салдарынан 20 адам қаза тапты", **LYK)
    C(d, "killed", 9, "exact", "оның ішінде 9 бала", group="children", **LYK)
    C(d, "killed", 14, "exact", "14 адам қаза тапқан", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    MZU = dict(src="Ukrainian Health Ministry", stype="official", stext="Украина Денсаулық сақтау министрлігінің", **P)
    C(d, "injured", 70, "more_than", "70-тен астам адам жараланды", **MZU)
    C(d, "injured", 12, "exact", "олардың 12-сі балалар", group="children", **MZU)
    C(d, "killed", 85, "at_most", "«85-ке дейін» адам жойылды", "Russian Ministry of Defence", "official", "unconfirmed", group="soldiers", stext="Ресей Қорғаныс министрлігі", **P)
    C(d, "killed", 85, "at_most", "бұл мәлімдемені жалған деп атады", "the Ukrainian side", "official", "denied", group="soldiers", stext="украин тарапы", **P)

    # ================================================================ Nalchik raid, 13-14 October 2005
    P = dict(place=NAL, date=D_NA)
    d = "nalchik_wiki_ru.wiki"
    C(d, "killed", 142, "exact", "погибшие         = 142", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "injured", 100, "more_than", "раненые          = более 100", **P)
    C(d, "killed", 142, "exact", "в Нальчике погибли 142 человека", "Interfax", "media", stext="Интерфакс", **P)
    GPR = dict(src="Prosecutor General's Office of Russia", stype="official", stext="По данным Генеральной прокуратуры", **P)
    C(d, "killed", 35, "exact", "погибли 35 сотрудников силовых структур", group="police", **GPR)
    C(d, "killed", 12, "exact", "12 мирных жителей", group="civilians", **GPR)
    C(d, "killed", 92, "exact", "уничтожены 92 боевика", group="attackers", **GPR)
    C(d, "injured", 100, "more_than", "Ранения получили более 100 человек", **GPR)
    C(d, "killed", 92, "exact", "Число убитых в Нальчике боевиков достигло 92", "RIA Novosti", "media", group="attackers", stext="РИА Новости", **P)
    C(d, "killed", 24, "exact", "Первоначально сообщалось о 24 погибших силовиках", "initial reports", "unknown", group="police", stext="Первоначально сообщалось", **P)
    C(d, "killed", 140, "more_than", "«более 140»", "Kavkaz Center separatist website", "opposition", "unconfirmed", group="police", stext="Сепаратистский сайт «Кавказ-центр»", **P)
    C(d, "killed", 140, "more_than", "власти назвали это ложью", "the authorities", "official", "denied", group="police", stext="власти", **P)
    C(d, "killed", 10, "at_least", "не менее 10 человек, не участвовавших в нападении", "Memorial human rights centre", "ngo", "unconfirmed", group="civilians", stext="Правозащитный центр «Мемориал»", **P)
    C(d, "charged", 59, "exact", "Обвинения по делу были предъявлены 59 людям", place=NAL)
    C(d, "convicted", 57, "exact", "вынес приговор 57 подсудимым", place=NAL, date="2014")
    C(d, "deployed", 1000, "more_than", "более 1000 военнослужащих и сотрудников МВД", place=NAL, date="2005-10-13")

    d = "nalchik_report_uk.txt"
    C(d, "killed", None, "vague", "десятки загиблих", **P)
    MV = dict(src="Russian Interior Ministry", stype="official", stext="За даними МВС Росії", **P)
    C(d, "killed", 12, "exact", "загинули 12 співробітників міліції", group="police", **MV)
    C(d, "killed", 12, "exact", "12 цивільних", group="civilians", **MV)
    C(d, "killed", 61, "exact", "знищено 61 бойовика", group="attackers", **MV)
    NU = dict(src="Interior Minister Rashid Nurgaliyev", stype="official", stext="міністр внутрішніх справ Росії Рашид Нургалієв", **P)
    C(d, "killed", 24, "exact", "про 24 загиблих правоохоронців", group="police", **NU)
    C(d, "killed", 72, "exact", "72 знищених нападників", group="attackers", **NU)
    C(d, "detained", 12, "about", "Близько 12 нападників затримано", **NU)
    C(d, "injured", 80, "more_than", "понад 80 поранених", "doctors of the city hospital", "eyewitness", stext="Лікарі міської лікарні", **P)
    C(d, "killed", 41, "exact", "втратили лише 41 людину", "militants online", "social_media", "unconfirmed", group="attackers", stext="Бойовики в інтернеті", **P)
    C(d, "deployed", 1500, "more_than", "понад 1 500 військових і міліціонерів", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d11g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "atyrau_news_kk.txt"
    T(d, "2011-10-31", "two blasts in Atyrau", "Дүйсенбі күні")
    T(d, "2011-10-31T08:30", "first blast near the akimat (local time)", "сағат 08:30 шамасында")
    T(d, "2011-10-31T08:50", "second blast near a residential building", "сағат 08:50-де")
    T(d, "2011-11-01", "investigators detain 3", "Сейсенбі күні, 1 қарашада")
    d = "atyrau_prosecutor_ru.txt"
    T(d, "2011-10-31T08:40", "two explosions in Atyrau", "31 октября 2011 года около 08:40")
    T(d, "2011-11-02T18:00", "status: investigation continues", "По состоянию на 18:00 2 ноября")
    f = "atyrau_feed_en.rss#"
    T(f + "at-1", "2011-10-31", "twin blasts in Atyrau", "on Monday morning")
    T(f + "at-1", "2011-10-31T08:40+05:00", "first device explodes (local time, 0340 GMT)", "at about 08:40 local time (0340 GMT)")
    T(f + "at-2", "2011-11-03", "KNB: five suspects detained", "said on Thursday")

    d = "bishkek_timeline_ru.md"
    T(d, "2020-10-04", "parliamentary elections", "Парламентские выборы 4 октября")
    for day, entries in (("2020-10-04", (("20:00", "polls close"),)),
                         ("2020-10-05", (("10:00", "rally on Ala-Too square"), ("21:30", "police use water cannon and gas"), ("23:40", "health ministry: 120 injured"))),
                         ("2020-10-06", (("01:00", "protesters seize the White House"), ("06:00", "health ministry: 1 dead, 590 injured"), ("09:00", "Telegram: dozens killed; denied"), ("12:00", "election results annulled"), ("18:00", "health ministry: 686 sought help"))),
                         ("2020-10-07", (("14:00", "Kylym Shamy: over 1,000 hurt"), ("19:00", "mayor's office: shops looted"))),
                         ("2020-10-09", (("11:00", "state of emergency; troops enter Bishkek"), ("16:00", "new clashes: 13 injured"))),
                         ("2020-10-10", (("09:30", "detentions: supporters' and ministry's figures"),)),
                         ("2020-10-15", (("13:00", "Jeenbekov resigns"), ("17:00", "final health ministry figures")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+06:00", label, f"**{hm}**")
    f = "bishkek_articles_en.jsonl#"
    T(f + "bk1", "2020-10-04", "parliamentary election", "on Sunday, 4 October")
    T(f + "bk1", "2020-10-05", "police fire rubber bullets near Ala-Too Square", "late on Monday")
    T(f + "bk1", "2020-10-05T21:00+06:00", "clashes begin (local time, 15:00 GMT)", "at about 21:00 local time (15:00 GMT)")
    T(f + "bk1", "2020-10-06", "health ministry: one dead", "said on Tuesday")
    T(f + "bk2", "2020-10-15", "Jeenbekov resigns", "on Thursday")
    d = "bishkek_news_kk.txt"
    T(d, "2020-10-05", "unrest in Bishkek", "дүйсенбі күнгі толқулар")
    T(d, "2020-10-05T10:00+06:00", "rally begins on Ala-Too square (Bishkek time)", "Бішкек уақыты бойынша сағат 10:00-де")
    T(d, "2020-10-06", "protesters seize the White House", "Сейсенбі күні түнде")

    d = "izhevsk_export_ru.xml#71402"
    T(d, "2022-09-26T10:50+04:00", "gunman opens fire in school No. 88", "В понедельник, 26 сентября 2022 года, около 10:50 по местному времени (UTC+4)")
    T(d, "2022-09-26", "toll rises to 15", "К вечеру")
    T(d, "2022-09-27", "toll rises to 17", "на следующий день")
    d = "izhevsk_mtblog_en.txt"
    T(d, "2022-09-26T10:50+04:00", "man opens fire in school No. 88", "26.09.2022 in 10.50 hours (Samara time, UTC+4)")
    T(d, "2022-09-26T11:40", "6 dead, about 20 wounded", "Update 26.09 11.40")
    T(d, "2022-09-26T13:00", "Brechalov: 9 dead", "Update 26.09 13.00")
    T(d, "2022-09-26T17:00", "Investigative committee: 13 dead", "Update 26.09 17.00")
    T(d, "2022-09-27", "toll reaches 17", "Update 27.09")
    d = "izhevsk_report_uk.txt"
    T(d, "2022-09-26T10:50", "attack on the school (local time)", "в понеділок, 26 вересня, близько 10:50 за місцевим часом")
    T(d, "2022-09-27", "mourning in Udmurtia", "У вівторок, 27 вересня")

    d = "kryvyirih_press_uk.html"
    T(d, "2025-04-04T18:40+03:00", "ballistic missile hits a residential quarter (Kyiv time)", "У п'ятницю, 4 квітня 2025 року, близько 18:40 за київським часом")
    T(d, "2025-04-06", "status: 20 dead, 72 injured", "Станом на ранок 6 квітня")
    w = "kryvyirih_wiki_en.atom#"
    T(w + "kr-wp", "2025-04-04", "missile strike on Kryvyi Rih", "On 4 April 2025")
    T(w + "kr-wp", "2025-04-04T18:40+03:00", "Iskander missile hits near a playground", "at about 18:40 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(w + "kr-wp", "2025-04-05", "toll rises to 18", "By 5 April")
    T(w + "kr-wp", "2025-04-06", "a woman dies in hospital", "on 6 April")
    T(w + "kr-ly", "2025-04-04", "strike on Kryvyi Rih", "on 4 April 2025")
    d = "kryvyirih_news_kk.txt"
    T(d, "2025-04-04", "missile strike on Kryvyi Rih", "жұма күні")
    T(d, "2025-04-04T18:40+03:00", "strike (Kyiv time)", "Киев уақыты бойынша сағат 18:40 шамасында")
    T(d, "2025-04-05", "rescuers finish clearing the rubble", "Сенбі күні, 5 сәуірде")

    d = "nalchik_wiki_ru.wiki"
    T(d, "2005-10-13", "attack on security buildings in Nalchik", "13 октября 2005 года.")
    T(d, "2005-10-13T09:00+04:00", "militants attack simultaneously (Moscow time)", "В четверг, 13 октября 2005 года, около 09:00 по московскому времени (UTC+4)")
    T(d, "2005-10-14", "fighting ends", "до утра 14 октября")
    T(d, "2014", "verdict against 57 defendants", "В 2014 году")
    d = "nalchik_report_uk.txt"
    T(d, "2005-10-13", "militants attack the MVD and FSB buildings", "У четвер, 13 жовтня")
    T(d, "2005-10-14", "Nurgaliyev: 24 officers dead", "у п'ятницю, 14 жовтня")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d11t{n:03d}"
    return rows


ENTITIES = [
    ("Atyrau", "place", ["Атырау", "Atyrau"]),
    ("Bishkek", "place", ["Бишкеке", "Бішкек", "Bishkek"]),
    ("Sooronbay Jeenbekov", "person", ["Сооронбай Жээнбеков", "Жээнбеков", "Sooronbay Jeenbekov"]),
    ("Sadyr Japarov", "person", ["Садыра Жапарова", "Жапарову", "Sadyr Japarov"]),
    ("Almazbek Atambayev", "person", ["Алмазбека Атамбаева", "Атамбаева"]),
    ("Kylym Shamy", "org", ["Кылым шамы", "Kylym Shamy"]),
    ("Izhevsk", "place", ["Ижевск", "Іжевську", "Izhevsk"]),
    ("Udmurtia", "place", ["Удмуртии", "Удмуртії", "Udmurtia"]),
    ("Alexander Brechalov", "person", ["Александр Бречалов", "Олександр Бречалов", "Brechalov"]),
    ("Investigative Committee of Russia", "org", ["Следственный комитет", "Слідчий комітет", "Investigative committee"]),
    ("Kryvyi Rih", "place", ["Kryvyi Rih", "Кривому Рогу", "Кривой Рог"]),
    ("Serhiy Lysak", "person", ["Serhiy Lysak", "Сергей Лысак"]),
    ("Russian Ministry of Defence", "org", ["Russian Ministry of Defence", "Міністерства оборони РФ", "Ресей Қорғаныс министрлігі"]),
    ("Nalchik", "place", ["Нальчик", "Нальчике", "Нальчику"]),
    ("Kabardino-Balkaria", "place", ["Кабардино-Балкария", "Кабардино-Балкарія"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset11", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
