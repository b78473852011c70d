"""Write the gold annotations of the thirty-second development set: tests/data/devset32/gold/devset32.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset32.py, which checks every anchor:

    python tests/data/devset32/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `tushino_report_ru.txt` is stored in cp1251. The two `.txt`
files whose content is another format (`kursk_page_uk.txt`: wikitext; `kostenko_feed_kk.txt`: an RSS
feed) are plain-text documents with one part each.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

BAR, TSH, VLG, KST, ARY = "Barents Sea", "Tushino", "Volgodonsk", "Kostenko mine", "Arys"
D_KU, D_DIS = "2000-08-12", "2001-12-01"
D_TS = "2003-07-05"
D_VL = "1999-09-16"
D_KS = "2023-10-28"
D_AR = "2019-06-24"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Kursk, Barents Sea, Saturday 12 August 2000
    P = dict(place=BAR, date=D_KU)
    CR, SO, CE = "crew", "staff officers", "civilian engineers"
    d = "kursk_timeline_ru.md"
    C(d, "killed", 118, "exact", "Погибнут все 118 человек, находившиеся на борту", **P)
    C(d, "killed", 111, "exact", "111 членов экипажа", group=CR, **P)
    C(d, "killed", 5, "exact", "пять офицеров штаба дивизии", group=SO, **P)
    C(d, "killed", 2, "exact", "двое гражданских специалистов", group=CE, **P)
    C(d, "deployed", 7, "exact", "с группой из семи водолазов", place=BAR, date=["2000-08-19", "2000-08-21"])
    C(d, "killed", 118, "exact", "«Все 118 человек погибли», — говорит он", "Northern Fleet chief of staff Mikhail Motsak", "official", stext="начальник штаба Северного флота Михаил Моцак", **P)
    C(d, "killed", 12, "exact", "Всего подняты тела 12 моряков", **P)
    C(d, "killed", 103, "exact", "извлечены останки ещё 103 человек", **P)
    C(d, "killed", 115, "exact", "всего найдено и похоронено 115 из 118 моряков", **P)
    C(d, "missing", 3, "exact", "тела троих так и не нашли", **P)
    C(d, "dismissed", 14, "exact", "и ещё 12 офицеров, всего 14 человек", place=BAR, date=D_DIS)
    C(d, "killed", 130, "more_than", "погибших было «более 130»", "internet posts and some newspapers", "social_media", "unconfirmed", stext="В интернете и ряде газет", **P)
    C(d, "killed", 130, "more_than", "Пресс-служба ВМФ эти сведения опровергла, назвав их «выдумкой»", "Navy press service", "official", "denied", stext="Пресс-служба ВМФ", **P)
    C(d, "killed", 118, "exact", "в списке, по её словам, 118 фамилий", "Navy press service", "official", stext="Пресс-служба ВМФ", **P)
    NF = dict(src="Northern Fleet headquarters", stype="official", stext="Штаб Северного флота", **P)
    C(d, "killed", 118, "exact", "| Штаб Северного флота | 21.08.2000 | 118 | — | — |", **NF)
    C(d, "killed", 12, "exact", "| Водолазы Regalia | 07.11.2000 | — | 12 | — |", "divers of the Regalia platform", "company", stext="Водолазы Regalia", **P)
    r = "| Генпрокуратура | 26.07.2002 | 118 | 115 | — |"
    C(d, "killed", 118, "exact", r, "Prosecutor General's Office", "official", stext="Генпрокуратура", **P)
    C(d, "killed", 115, "exact", r, "Prosecutor General's Office", "official", stext="Генпрокуратура", **P)
    C(d, "dismissed", 14, "exact", "| Указ президента | 01.12.2001 | — | — | 14 |", "presidential decree", "official", stext="Указ президента", place=BAR, date=D_DIS)

    w = "kursk_wiki_en.atom#kursk-wp"
    C(w, "killed", 118, "exact", "| deaths      = 118 (all aboard)", "Reuters", "media", **P)
    C(w, "killed", 118, "exact", "Russia confirms all 118 Kursk sailors dead", "Reuters", "media", **P)
    C(w, "killed", 115, "exact", "| bodies      = 115 recovered", "Interfax", "media", **P)
    C(w, "missing", 3, "exact", "Last Kursk bodies identified, three never found", "Interfax", "media", **P)
    C(w, "killed", 118, "exact", "All 118 men aboard were killed", **P)
    C(w, "killed", 111, "exact", "111 crew", group=CR, **P)
    C(w, "killed", 5, "exact", "five staff officers of the division", group=SO, **P)
    C(w, "killed", 2, "exact", "two civilian engineers from the Dagdizel plant", group=CE, **P)
    C(w, "deployed", 7, "exact", "Norway sent a team of seven divers", place=BAR, date=["2000-08-19", "2000-08-21"])
    C(w, "killed", 12, "exact", "Divers recovered 12 bodies", **P)
    C(w, "killed", 103, "exact", "the remains of 103 more sailors were later removed", **P)
    C(w, "missing", 3, "exact", "three bodies were never found", **P)
    C(w, "dismissed", 14, "exact", "and 13 other senior officers", place=BAR, date="2001-12")
    w = "kursk_wiki_en.atom#kursk-talk"
    C(w, "killed", 130, "more_than", 'adding that "more than 130" died', "a September 2000 tabloid story", "media", "unconfirmed", **P)
    C(w, "killed", 130, "more_than", 'The Navy press service called the claim "an invention"', "Navy press service", "official", "denied", **P)
    C(w, "killed", 118, "exact", "published a list of 118 names", "Navy press service", "official", **P)
    C(w, "killed", 118, "exact", "the prosecutors' report gives 118 too", "the prosecutors' report", "official", **P)

    d = "kursk_page_uk.txt"  # wikitext saved as .txt
    C(d, "killed", 118, "exact", "| загиблі      = 118", "UNIAN", "media", stext="УНІАН", **P)
    C(d, "killed", 118, "exact", "На «Курську» загинули всі 118 членів екіпажу", "Northern Fleet headquarters", "official", stext="штаб Північного флоту", group=CR, **P)
    C(d, "killed", 115, "exact", "| тіла         = 115", "Interfax-Ukraine", "media", stext="Інтерфакс-Україна", **P)
    C(d, "killed", 103, "exact", "З «Курська» підняли останки ще 103 моряків", "Interfax-Ukraine", "media", stext="Інтерфакс-Україна", **P)
    C(d, "killed", 118, "exact", "Загинули всі 118 людей, що були на борту", **P)
    C(d, "killed", 12, "exact", "підняли з човна тіла 12 моряків", **P)
    C(d, "killed", 4, "exact", "Перші чотири тіла дістали 25 жовтня", **P)
    C(d, "deployed", 120, "about", "задіяні близько 120 фахівців", place=BAR, date="2001-10")
    C(d, "deployed", 30, "exact", "зокрема 30 водолазів", group="divers", place=BAR, date="2001-10")
    C(d, "killed", 103, "exact", "витягли ще 103 тіла", **P)
    C(d, "killed", 115, "exact", "загалом знайдено 115 загиблих", **P)
    C(d, "missing", 3, "exact", "тіла трьох моряків так і не знайшли", **P)
    C(d, "dismissed", 14, "exact", "Моцака та ще 12 офіцерів", place=BAR, date="2001-12")

    # ================================================================ Tushino, Krylya festival, Saturday 5 July 2003
    P = dict(place=TSH, date=D_TS)
    AT = "attackers"
    d = "tushino_report_ru.txt"  # cp1251
    C(d, "killed", 16, "exact", "Взрывы в Тушине: число погибших выросло до 16", **P)
    HC = dict(src="Moscow health committee", stype="official", **P)
    C(d, "killed", 16, "exact", "выросло до 16 человек", stext="передает ИТАР-ТАСС со ссылкой на комитет здравоохранения Москвы", **HC)
    C(d, "killed", 1, "exact", "скончался ещё один пострадавший", stext="передает ИТАР-ТАСС со ссылкой на комитет здравоохранения Москвы", **HC)
    C(d, "killed", 15, "exact", "официальные лица называли цифру 15", "officials", "official", stext="официальные лица", **P)
    C(d, "killed", 2, "exact", "Обе смертницы погибли", group=AT, **P)
    HC["stext"] = "сообщили в комитете"
    C(d, "injured", 38, "exact", "в больницах города остаются 38 человек", **HC)
    C(d, "injured", 11, "exact", "из них 11 — в тяжелом состоянии", **HC)
    GU = dict(src="Moscow police department (GUVD)", stype="official", stext="по данным столичного ГУВД", **P)
    C(d, "injured", 60, "about", "пострадали около 60 человек", **GU)
    C(d, "injured", 57, "exact", "госпитализированы 57", **GU)
    C(d, "participants", [30000, 40000], "range", "от 30 до 40 тысяч зрителей", "festival organisers", "company", stext="По оценкам организаторов", **P)
    C(d, "killed", 20, "about", "видел человек двадцать, лежащих у касс", "a student who was queuing for tickets", "eyewitness", stext="рассказал студент Дмитрий", **P)
    C(d, "killed", None, "vague", "слухи о «сотнях убитых»", "internet forums", "social_media", "unconfirmed", stext="В интернет-форумах", **P)
    C(d, "killed", None, "vague", "эти сообщения назвали «абсолютной ложью»", "Moscow police press service", "official", "denied", stext="В пресс-службе ГУВД Москвы", **P)
    C(d, "deployed", 300, "more_than", "более 300 сотрудников милиции", group="police", **P)

    f = "tushino_feed_en.rss#"
    C(f + "tsh-1", "killed", 14, "at_least", "at least 14 dead", **P)
    C(f + "tsh-1", "killed", 14, "at_least", "killing at least 14 people, the Moscow police said", "the Moscow police", "official", **P)
    C(f + "tsh-1", "injured", None, "vague", "Dozens of people were injured", **P)
    C(f + "tsh-1", "participants", 40000, "about", "An estimated 40,000 fans were on the airfield, organisers said", "organisers", "company", **P)
    C(f + "tsh-2", "killed", 16, "exact", "Tushino toll rises to 16", **P)
    HC = dict(src="Moscow health committee", stype="official", **P)
    C(f + "tsh-2", "killed", 16, "exact", "has risen to 16, not counting the two bombers", **HC)
    C(f + "tsh-2", "killed", 2, "exact", "not counting the two bombers", group=AT, **P)
    C(f + "tsh-2", "killed", 2, "exact", "after two of the wounded died in hospital", **HC)
    C(f + "tsh-2", "injured", 59, "exact", "put the number of injured at 59", "officials", "official", **P)
    C(f + "tsh-2", "injured", 20, "exact", "of whom 20 remain in hospital", "officials", "official", **P)
    C(f + "tsh-2", "killed", 100, "at_most", "Online claims that \u201cup to 100\u201d festival-goers died", "online claims", "social_media", "unconfirmed", **P)
    C(f + "tsh-2", "killed", 100, "at_most", "were dismissed by the Moscow prosecutor's office as groundless", "Moscow prosecutor's office", "official", "denied", **P)
    C(f + "tsh-2", "deployed", 200, "about", "Some 200 police were later deployed", group="police", place="Moscow", date="2003-07")

    d = "tushino_export_uk.xml#40517"
    C(d, "killed", 16, "exact", "| загиблі     = 16 (без урахування терористок)", "Interfax", "media", stext="Інтерфакс", **P)
    C(d, "killed", 16, "exact", "Кількість загиблих у Тушині зросла до 16", "Interfax", "media", stext="Інтерфакс", **P)
    C(d, "injured", 50, "about", "| поранені    = близько 50", "Moskovsky Komsomolets", "media", stext="Московський комсомолець", **P)
    C(d, "injured", 20, "exact", "У московських лікарнях залишаються 20 постраждалих", "Moskovsky Komsomolets", "media", stext="Московський комсомолець", **P)
    C(d, "killed", 2, "exact", "Дві смертниці підірвали себе", group=AT, **P)
    C(d, "killed", 14, "exact", "ГУВД Москви повідомило про 14 загиблих", "Moscow police department (GUVD)", "official", stext="ГУВД Москви", **P)
    GP = dict(src="Prosecutor General's Office", stype="official", stext="Генеральна прокуратура", **P)
    C(d, "killed", 15, "exact", "назвала 15 загиблих", **GP)
    C(d, "injured", 50, "exact", "і 50 поранених", **GP)
    C(d, "killed", 1, "exact", "помер ще один потерпілий", **P)
    C(d, "killed", 16, "exact", "8 липня кількість загиблих досягла 16", **P)
    C(d, "injured", [50, 60], "range", "від 50 до 60 осіб", "Russian Emergencies Ministry (EMERCOM)", "official", stext="За даними МНС Росії", **P)
    C(d, "participants", [20000, 40000], "range", "від 20 до 40 тисяч людей", "various estimates", "unknown", stext="за різними оцінками", **P)
    C(d, "killed", 30, "more_than", "«понад 30 загиблих»", "some media citing anonymous eyewitnesses", "media", "unconfirmed", stext="Частина ЗМІ з посиланням на анонімних очевидців", **P)

    # ================================================================ Volgodonsk, Thursday 16 September 1999
    P = dict(place=VLG, date=D_VL)
    CH = "children"
    f = "volgodonsk_articles_ru.jsonl#"
    EM = dict(src="Russian Emergencies Ministry (EMERCOM)", stype="official", stext="По данным МЧС России", **P)
    C(f + "vd1", "killed", 17, "exact", "извлечены тела 17 человек", **EM)
    C(f + "vd1", "injured", 69, "exact", "В больницы города доставлены 69 человек", **EM)
    C(f + "vd1", "injured", 13, "exact", "среди них 13 детей", group=CH, **EM)
    C(f + "vd1", "injured", 1000, "more_than", "обратились более 1000 жителей", "head of the city administration", "official", stext="по словам главы администрации города", **P)
    C(f + "vd1", "buildings_damaged", 37, "exact", "Повреждены 37 жилых домов", **P)
    C(f + "vd1", "killed", None, "vague", "погибших может быть «в два раза больше»", "local residents", "eyewitness", stext="Местные жители", **P)
    C(f + "vd1", "deployed", 500, "about", "около 500 спасателей и военнослужащих", **P)
    CT = dict(src="Moscow City Court", stype="official", stext="Суд установил", **P)
    C(f + "vd2", "convicted", 2, "exact", "двое приговорены к пожизненному", place=VLG, date="2004-01-12")
    C(f + "vd2", "killed", 19, "exact", "погибли 19 человек", **CT)
    C(f + "vd2", "injured", 89, "exact", "ранения различной степени тяжести получили 89", **CT)
    C(f + "vd2", "killed", 300, "more_than", "погибли более 300 человек", "investigators", "official", stext="По данным следствия", place="Buynaksk; Moscow; Volgodonsk", date="1999-09")
    C(f + "vd2", "killed", None, "vague", "ещё несколько убиты в Чечне и Грузии", "lawyers of the victims", "unknown", group="suspects", stext="Адвокаты потерпевших", place="Chechnya; Georgia", date=None)

    d = "volgodonsk_wiki_uk.wiki"
    C(d, "killed", 19, "exact", "| загиблі     = 19", "Interfax", "media", stext="Інтерфакс", **P)
    C(d, "killed", 19, "exact", "Суд: у Волгодонську загинули 19 людей", "Interfax", "media", stext="Інтерфакс", **P)
    r = "| поранені    = 89 госпіталізовано, понад 1000 звернулися по допомогу"
    C(d, "injured", 89, "exact", r, **P)
    C(d, "injured", 1000, "more_than", r, **P)
    C(d, "convicted", 2, "exact", "| засуджені   = 2", place=VLG, date="2004-01-12")
    C(d, "killed", 17, "exact", "МНС повідомило про 17 загиблих", "Russian Emergencies Ministry (EMERCOM)", "official", stext="МНС", **P)
    r = "Волгодонськ: 17 загиблих, 69 госпіталізованих"
    C(d, "killed", 17, "exact", r, "ITAR-TASS", "media", stext="ІТАР-ТАСС", **P)
    C(d, "injured", 69, "exact", r, "ITAR-TASS", "media", stext="ІТАР-ТАСС", **P)
    C(d, "killed", 2, "exact", "у лікарнях померли ще двоє", **P)
    C(d, "killed", 19, "exact", "остаточна кількість загиблих становила 19", **P)
    C(d, "injured", [69, 89], "range", "від 69 до 89 осіб", "various data", "unknown", stext="за різними даними", **P)
    C(d, "injured", 1000, "more_than", "звернулися понад 1000 мешканців", **P)
    C(d, "buildings_damaged", 37, "exact", "Пошкоджено 37 будинків", **P)
    C(d, "killed", None, "vague", "писали про «десятки» загиблих", "some local newspapers", "media", "unconfirmed", stext="Деякі місцеві видання", **P)
    C(d, "convicted", 2, "exact", "засудив до довічного ув'язнення двох учасників", "Moscow City Court", "official", stext="Московський міський суд", place=VLG, date="2004-01-12")

    d = "volgodonsk_mtblog_en.txt"
    C(d, "killed", 17, "exact", "are lost 17 persons", "the Ministry of emergencies", "official", **P)
    C(d, "injured", 69, "exact", "in hospitals are lying 69 people", "the radio", "media", **P)
    C(d, "killed", 50, "about", '"near 50"', "neighbors", "eyewitness", "unconfirmed", **P)
    C(d, "killed", 50, "about", "in the end it was not true", mod="denied", **P)
    C(d, "killed", 2, "exact", "two more persons died in hospital", "the doctors", "official", **P)
    C(d, "killed", 19, "exact", "So the dead are 19", **P)
    C(d, "injured", 1000, "more_than", '"more than 1000 people who asked for medical help"', "the city administration", "official", **P)
    C(d, "buildings_damaged", 37, "exact", "in total 37 houses are damaged", **P)
    C(d, "deployed", 30, "about", "near 30 men of our house went to the ruins", group="volunteers", **P)
    C(d, "convicted", 2, "exact", "they condemned two men for life", place=VLG, date="2004")

    # ================================================================ Kostenko mine fire, Saturday 28 October 2023
    P = dict(place=KST, date=D_KS)
    d = "kostenko_news_kk.txt"
    C(d, "killed", 42, "exact", "Костенко шахтасындағы апат: қаза тапқандар саны 42-ге жетті", **P)
    EM = dict(src="Kazakhstan Emergencies Ministry", stype="official", stext="ҚР Төтенше жағдайлар министрлігінің баспасөз қызметі", **P)
    C(d, "killed", 42, "exact", "өрт салдарынан қаза тапқандар саны 42-ге жетті", **EM)
    C(d, "killed", 16, "exact", "16 кенші қаза тапқаны белгілі болды", "initial reports", "unknown", stext="алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 32, "exact", "бұл сан 32-ге жетті", **P)
    C(d, "killed", 10, "exact", "тағы он адамның денесін тапты", "rescuers", "official", stext="құтқарушылар", **P)
    HD = dict(src="regional health department", stype="official", stext="облыстық денсаулық сақтау басқармасы", **P)
    C(d, "injured", 18, "exact", "18 кенші ауруханаға жеткізілді", **HD)
    C(d, "injured", 5, "exact", "олардың бесеуінің жағдайы ауыр", **HD)
    C(d, "deployed", 400, "more_than", "400-ден астам құтқарушы", group="rescuers", **P)
    C(d, "missing", 100, "more_than", "«100-ден астам кенші жер астында қалды»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "missing", 100, "more_than", "бұл ақпаратты «фейк» деп атап", "Kazakhstan Emergencies Ministry", "official", "denied", stext="Төтенше жағдайлар министрлігі", **P)

    d = "kostenko_feed_kk.txt"  # an RSS feed saved as .txt
    C(d, "killed", 46, "exact", "құрбандар саны — 46", **P)
    EM = dict(src="Kazakhstan Emergencies Ministry", stype="official", stext="Төтенше жағдайлар министрлігі", **P)
    C(d, "killed", 46, "exact", "соңғы, 46-шы кеншінің денесін", **EM)
    EM["stext"] = "министрлік"
    C(d, "killed", 45, "exact", "министрлік 45 адамның қаза тапқанын", **EM)
    C(d, "missing", 1, "exact", "бір кеншінің хабарсыз кеткенін", **EM)
    C(d, "injured", 20, "about", "тағы 20-ға жуық кенші газдан уланып", "miners' trade union", "union", stext="Кәсіподақтың айтуынша", **P)
    C(d, "injured", 11, "exact", "ауруханада әлі де 11 кенші жатыр", "regional akimat", "official", stext="Облыс әкімдігінің дерегі бойынша", **P)
    GP = dict(src="Prosecutor General's Office of Kazakhstan", stype="official", stext="Бас прокуратураның мәліметінше", place=KST, date="2023")
    C(d, "detained", 8, "exact", "кәсіпорынның 8 басшысы мен қызметкері ұсталды", **GP)
    C(d, "charged", 5, "exact", "оның 5-еуіне айып тағылды", **GP)
    C(d, "dismissed", 2, "exact", "Еңбек министрлігінің 2 инспекторы қызметінен босатылды", place=KST, date="2023")
    C(d, "killed", 46, "exact", "Қаза тапқан 46 кеншінің отбасыларына", **P)
    C(d, "killed", 50, "more_than", "нақты құрбандар саны «50-ден асады»", "activists", "activist", "unconfirmed", stext="Кейбір белсенділер", **P)

    # ================================================================ Arys depot explosions, Monday 24 June 2019
    P = dict(place=ARY, date=D_AR)
    d = "arys_news_kk.txt"
    C(d, "killed", 1, "exact", "Арыстағы жарылыстар: бір адам қаза тапты", **P)
    C(d, "killed", 1, "exact", "бір адамның қаза тапқаны белгілі", "Kazakhstan Defence Ministry", "official", stext="Қорғаныс министрлігінің баспасөз қызметі", **P)
    AK = dict(src="Turkestan regional akimat", stype="official", stext="Облыс әкімдігінің дерегінше", **P)
    C(d, "injured", 40, "about", "дәрігерлерге 40-қа жуық адам жүгінді", **AK)
    C(d, "injured", 14, "exact", "оның ішінде 14 бала бар", group="children", **AK)
    C(d, "killed", None, "vague", "«ондаған адам қаза тапты»", "local residents on social media", "social_media", "unconfirmed", stext="Жергілікті тұрғындар әлеуметтік желілерде", **P)
    C(d, "killed", None, "vague", "бұл ақпаратты «шындыққа жанаспайды» деп мәлімдеді", "Turkestan regional akimat", "official", "denied", stext="Облыс әкімдігі", **P)
    C(d, "deployed", 1200, "more_than", "1200-ден астам әскери қызметші мен құтқарушы жіберілді", **P)
    EM = dict(src="Kazakhstan Emergencies Ministry", stype="official", stext="ТЖМ мәліметінше", **P)
    C(d, "killed", 2, "exact", "қаза тапқандар саны екіге жетті", **EM)
    C(d, "injured", 165, "exact", "165 адам зардап шекті", **EM)
    C(d, "injured", 83, "exact", "оның 83-і ауруханаға жатқызылды", **EM)
    C(d, "detained", 2, "exact", "әскери бөлімнің 2 лауазымды тұлғасы ұсталды", "Chief Military Prosecutor's Office", "official", stext="Бас әскери прокуратура", place=ARY, date="2019-06")

    d = "arys_statement_ru.txt"  # the akim of the Turkestan region in his own voice
    C(d, "killed", 3, "exact", "Сегодня мы знаем о трёх погибших", **P)
    C(d, "killed", 2, "exact", "Двое — мирные жители", group="civilians", **P)
    C(d, "killed", 1, "exact", "один — военнослужащий", group="soldiers", **P)
    C(d, "injured", 165, "exact", "За медицинской помощью обратились 165 человек", **P)
    C(d, "injured", 83, "exact", "83 из них были госпитализированы", **P)
    C(d, "injured", 17, "exact", "сейчас в больницах остаются 17", **P)
    C(d, "injured", 3, "exact", "из них 3 ребёнка", group="children", **P)
    C(d, "buildings_damaged", 4000, "more_than", "повреждены более 4000 жилых домов", **P)
    C(d, "buildings_damaged", 300, "about", "около 300 разрушены полностью", **P)
    C(d, "vehicles_damaged", None, "vague", "Сгорели или повреждены десятки автомобилей", **P)
    C(d, "deployed", 1500, "exact", "В городе работают 1500 военных, спасателей и полицейских", **P)
    C(d, "deployed", 600, "exact", "к ним присоединились 600 добровольцев", group="volunteers", **P)
    C(d, "killed", None, "vague", "пишут о «сотнях погибших»", "social networks", "social_media", "unconfirmed", stext="в социальных сетях", **P)
    C(d, "killed", None, "vague", "Это ложь.", mod="denied", **P)

    d = "arys_press_en.html"  # the Steppe Relief Foundation in its own voice
    C(d, "killed", 4, "exact", "four people have now died", "the Ministry of Defence", "official", **P)
    C(d, "killed", 2, "exact", "two civilians", "the Ministry of Defence", "official", group="civilians", **P)
    C(d, "killed", 3, "exact", "The Turkestan regional akimat still speaks of three dead", "Turkestan regional akimat", "official", **P)
    C(d, "injured", 160, "more_than", "more than 160 people who sought medical help", "health authorities", "official", **P)
    C(d, "deployed", 120, "exact", "Our own teams, 120 volunteers", group="volunteers", place=ARY, date="2019-06-26")
    r = "<tr><td>Houses damaged</td><td>4,125</td><td>4,000+</td></tr>"
    C(d, "buildings_damaged", 4125, "exact", r, **P)
    C(d, "buildings_damaged", 4000, "more_than", r, "Turkestan regional akimat", "official", **P)
    r = "<tr><td>Houses destroyed</td><td>312</td><td>about 300</td></tr>"
    C(d, "buildings_damaged", 312, "exact", r, **P)
    C(d, "buildings_damaged", 300, "about", r, "Turkestan regional akimat", "official", **P)
    C(d, "vehicles_damaged", 96, "exact", "<tr><td>Vehicles burned or damaged</td><td>96</td><td>\u2014</td></tr>", **P)
    C(d, "killed", None, "vague", 'Claims shared online that "dozens of soldiers" died inside the depot', "claims shared online", "social_media", "unconfirmed", group="soldiers", **P)
    C(d, "killed", None, "vague", "the Ministry of Defence says they are false", "the Ministry of Defence", "official", "denied", group="soldiers", **P)
    C(d, "charged", 3, "exact", "has charged three officers of the unit with negligence", "the Military Prosecutor's Office", "official", place=ARY, date="2019")
    C(d, "dismissed", 1, "exact", "the commander of the regional command was dismissed", place=ARY, date="2019")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d32g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "kursk_timeline_ru.md"  # header: московское летнее (UTC+4)
    for day, entries in (("2000-08-12", (("11:28", "first underwater blast recorded"), ("11:30", "second, far stronger explosion; the boat sinks"), ("13:30", "Kursk misses its scheduled contact"), ("23:30", "fleet declares the submarine in distress"))),
                         ("2000-08-13", (("04:36", "submarine found on the seabed"), ("18:00", "first AS-34 docking attempt fails"))),
                         ("2000-08-14", (("11:00", "Navy press service first reports the accident"), ("20:00", "Kuroyedov: chances of rescue are slim"))),
                         ("2000-08-16", (("15:00", "Russia accepts Norwegian and British help"),)),
                         ("2000-08-19", (("21:10", "Normand Pioneer arrives with seven divers"),)),
                         ("2000-08-21", (("07:45", "Norwegian divers open the outer hatch"), ("13:00", "inner hatch opened, ninth compartment flooded"), ("17:00", "Motsak: all 118 dead"))),
                         ("2000-08-22", (("19:00", "Putin meets the families in Vidyaevo"),))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+04:00", label, f"**{hm}**")
    T(d, "2000-08-23", "day of mourning", "## Среда, 23 августа")
    T(d, "2000-10-25", "divers cut into the hull and raise the first bodies", "**25 октября 2000 года**")
    T(d, "2000-08-12T13:15+04:00", "Kolesnikov's note: 23 men in the ninth compartment", "13.15. Весь л/с")
    T(d, "2000-08-12T15:45+04:00", "last entry of Kolesnikov's note", "Последняя запись сделана в 15:45")
    T(d, "2000-11-07", "divers' work ends, 12 bodies raised", "**7 ноября 2000 года**")
    T(d, "2001-10-08", "hull raised by Mammoet and Smit", "**8 октября 2001 года**")
    T(d, "2001-10-10", "submarine brought into the floating dock at Roslyakovo", "**10 октября**")
    T(d, "2001-10", "remains of 103 more sailors removed from the hull", "**Октябрь 2001 — март 2002 года**")
    T(d, "2001-12-01", "Putin dismisses Popov, Motsak and 12 other officers", "**1 декабря 2001 года**")
    T(d, "2002-07-26", "Prosecutor General Ustinov closes the case", "**26 июля 2002 года**")
    w = "kursk_wiki_en.atom#kursk-wp"
    T(w, "2000-08-12T11:28", "first explosion (local time)", "at 11:28 and 11:30 local time")
    T(w, "2000-08-14", "Navy announces the accident", "until Monday, 14 August")
    T(w, "2000-08-21", "Norwegian divers open the aft hatch; Motsak says the crew died", "opened the aft hatch on 21 August")
    T(w, "2001-10-08", "hull raised by Mammoet and Smit", "The hull was raised on 8 October 2001")
    T(w, "2001-12", "Putin dismisses Popov and 13 other officers", "In December 2001 President")
    T(w, "2002", "prosecutors conclude the 23 men died within eight hours", "The Prosecutor General's Office concluded in 2002")
    d = "kursk_page_uk.txt"
    T(d, "2000-08-12T11:28+04:00", "first explosion in the torpedo compartment (Moscow summer time)", "О 11:28 за московським літнім часом (UTC+4)")
    T(d, "2000-08-12T11:30+04:00", "second, far stronger explosion", "за дві хвилини — другий")
    T(d, "2000-08-14", "Russian Navy reports the accident", "лише в понеділок, 14 серпня")
    T(d, "2000-08-21", "Norwegian divers open the hatch; Motsak says the crew died", "21 серпня норвезькі водолази")
    T(d, "2000-10-25", "first four bodies recovered", "Перші чотири тіла дістали 25 жовтня")
    T(d, "2001-10-08", "hull raised and towed to Roslyakovo", "8 жовтня 2001 року консорціум")
    T(d, "2001-12", "Putin dismisses Popov, Motsak and 12 officers", "У грудні 2001 року президент")
    T(d, "2002-07", "criminal case closed", "у липні 2002 року закрили")

    d = "tushino_report_ru.txt"
    T(d, "2003-07-05T14:40", "first bomber blows herself up at the festival gates", "в субботу, 5 июля, около 14:40")
    T(d, "2003-07-05T14:55", "second explosion near the ticket office", "примерно через 15 минут после этого")
    T(d, "2003-07-05", "officials give a toll of 15", "Накануне вечером")
    T(d, "2003-07-07", "day of mourning in Moscow", "Понедельник, 7 июля, объявлен")
    f = "tushino_feed_en.rss#"
    T(f + "tsh-1", "2003-07-05T14:40", "first blast at the ticket turnstiles (local time)", "at about 14:40 local time")
    T(f + "tsh-1", "2003-07-05T14:55", "second blast near a kiosk", "some 15 minutes later")
    T(f + "tsh-2", "2003-07-09", "Zarema Muzhakhoyeva detained on Tverskaya Street", "On the evening of 9 July")
    T(f + "tsh-2", "2003-07-10", "FSB sapper Georgy Trofimov killed defusing the bomb", "On Thursday morning")
    d = "tushino_export_uk.xml#40517"
    T(d, "2003-07-05T14:40+04:00", "first explosion (Moscow time)", "Перший вибух пролунав близько 14:40 за московським часом (UTC+4)")
    T(d, "2003-07-05T15:00+04:00", "second bomber blows herself up", "Близько 15:00 друга смертниця")
    T(d, "2003-07-05", "Moscow police report 14 dead", "Того ж дня ГУВД Москви")
    T(d, "2003-07-05", "Prosecutor General's Office: 15 dead, 50 injured", "Увечері Генеральна прокуратура")
    T(d, "2003-07-06", "another injured person dies in hospital", "Наступного дня в лікарні помер")
    T(d, "2003-07-08", "toll reaches 16", "8 липня кількість загиблих досягла 16")
    T(d, "2003-07-09", "Zarema Muzhakhoyeva detained on Tverskaya Street", "9 липня на Тверській вулиці")
    T(d, "2003-07-10", "FSB officer Georgy Trofimov killed defusing the bomb", "наступного ранку під час розмінування")
    T(d, "2004-04", "Muzhakhoyeva sentenced to 20 years", "У квітні 2004 року Московський міський суд")

    f = "volgodonsk_articles_ru.jsonl#"
    T(f + "vd1", "1999-09-16T05:57", "truck bomb explodes at 35 Oktyabrskoye highway (local time)", "в четверг, в 5:57 по местному времени")
    T(f + "vd1", "1999-09-16T18:00", "status: 17 bodies recovered", "к 18:00 из-под завалов")
    T(f + "vd2", "2004-01-12", "Moscow City Court sentences two men to life", "Московский городской суд в понедельник вынес приговор")
    T(f + "vd2", "2003-06", "closed trial begins", "с июня 2003 года")
    d = "volgodonsk_wiki_uk.wiki"
    T(d, "1999-09-16T05:57+04:00", "truck bomb explodes (Moscow summer time)", "у четвер, 16 вересня 1999 року, о 05:57 за московським літнім часом (UTC+4)")
    T(d, "1999-09-16", "EMERCOM reports 17 dead", "Першого дня МНС повідомило")
    T(d, "2004-01-12", "Moscow City Court sentences Dekkushev and Krymshamkhalov to life", "12 січня 2004 року Московський міський суд")
    T(d, "1999-09-13", "Seleznyov announces a Volgodonsk blast in the Duma", "ще 13 вересня, за три дні до вибуху")
    d = "volgodonsk_mtblog_en.txt"
    T(d, "1999-09-16T05:57", "explosion on the Oktyabrskoye highway", "It was Thursday 16 September 1999 in 5.57 morning")
    T(d, "1999-09-17", "two more die in hospital, toll 19", "Next day (17 September)")
    T(d, "2004", "two men sentenced to life", "In 2004 they condemned two men")
    T(d, "2019-09-16T20:30", "update: memorial gathering", "Update 16.09.2019 20.30")

    d = "kostenko_news_kk.txt"
    T(d, "2023-10-28T01:20", "methane release and fire at the Kostenko mine", "сенбі күні, 28 қазанда, түнгі сағат 1:20 шамасында")
    T(d, "2023-10-28", "initial reports: 16 miners dead", "Таңертең алғашқы мәліметтер бойынша")
    T(d, "2023-10-28", "toll reaches 32", "түске қарай бұл сан 32-ге жетті")
    T(d, "2023-10-28", "rescuers find ten more bodies", "Кешке қарай құтқарушылар")
    T(d, "2023-10-29", "national day of mourning", "29 қазанды жалпыұлттық аза тұту күні")
    d = "kostenko_feed_kk.txt"
    T(d, "2023-11-02", "last miner's body recovered, toll 46", "Бейсенбі күні таңертең құтқарушылар")
    T(d, "2023-10-29", "ministry: 45 dead, one missing", "29 қазанда министрлік")
    T(d, "2023-12-08", "agreement to return ArcelorMittal Temirtau to state ownership", "Сол күні Үкімет")

    d = "arys_news_kk.txt"
    T(d, "2019-06-24T09:30", "fire at the ammunition depot, explosions begin", "дүйсенбі күні, 24 маусымда, сағат 9:30 шамасында")
    T(d, "2019-06-25T10:05", "update: two dead, 165 injured", "Жаңартылды, 25 маусым, 10:05")
    d = "arys_statement_ru.txt"
    T(d, "2019-06-24T09:30", "fire at the ammunition depot, then explosions", "В понедельник, 24 июня, около 9:30")
    T(d, "2019-06-24", "the whole town evacuated overnight", "В ночь на 25 июня мы вывезли")
    T(d, "2019-06-26", "akim and commission inspect the town", "Вчера вечером вместе с комиссией")
    d = "arys_press_en.html"
    T(d, "2019-06-24", "depot of military unit 44859 catches fire", "on the morning of Monday, 24 June 2019")
    T(d, "2019-07-02", "a conscript dies of his wounds in Shymkent", "died of his wounds in a Shymkent hospital on 2 July")
    T(d, "2019-06-26", "foundation's volunteers start work in Arys", "working in the town since 26 June")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d32t{n:03d}"
    return rows


ENTITIES = [
    ("Barents Sea", "place", ["Barents Sea", "Баренцове море", "Баренцовому морі"]),
    ("Severomorsk", "place", ["Североморска", "Severomorsk"]),
    ("Northern Fleet", "org", ["Северного флота", "Северным флотом", "Northern Fleet", "Північного флоту", "Північний флот"]),
    ("Mikhail Motsak", "person", ["Михаил Моцак", "Моцак", "Mikhail Motsak", "Михайло Моцак", "Моцака"]),
    ("Vyacheslav Popov", "person", ["Вячеслава Попова", "Попов", "Vyacheslav Popov", "В'ячеслав Попов", "В'ячеслава Попова"]),
    ("Vladimir Putin", "person", ["Владимир Путин", "Путин", "Vladimir Putin", "Володимир Путін"]),
    ("Dmitry Kolesnikov", "person", ["Дмитрия Колесникова", "Dmitry Kolesnikov"]),
    ("Prosecutor General's Office of Russia", "org", ["Генеральной прокуратуры", "Генеральная прокуратура", "Генпрокуратура", "Генеральної прокуратури", "Генеральна прокуратура", "Prosecutor General's Office"]),
    ("Tushino", "place", ["Тушине", "Tushino", "Тушині"]),
    ("Tushino airfield", "place", ["Тушинском аэродроме", "Tushino airfield", "Тушинський аеродром", "Тушинському аеродромі"]),
    ("Moscow", "place", ["Москвы", "Москве", "Moscow", "Москва", "Москві"]),
    ("Zulikhan Elikhadzhiyeva", "person", ["Зулихан Элихаджиева", "Зуліхан Еліхаджиєва"]),
    ("Zarema Muzhakhoyeva", "person", ["Zarema Muzhakhoyeva", "Зарему Мужахоєву", "Мужахоєву"]),
    ("Georgy Trofimov", "person", ["Georgy Trofimov", "Георгій Трофимов"]),
    ("FSB", "org", ["ФСБ", "FSB"]),
    ("Volgodonsk", "place", ["Волгодонск", "Волгодонске", "Volgodonsk", "Волгодонськ", "Волгодонську"]),
    ("Rostov region", "place", ["Ростовской области", "Ростовська область", "Rostov region"]),
    ("Adam Dekkushev", "person", ["Адам Деккушев", "Адама Деккушева"]),
    ("Yusuf Krymshamkhalov", "person", ["Юсуф Крымшамхалов", "Юсуф Кримшамхалов", "Юсуфа Кримшамхалова"]),
    ("Moscow City Court", "org", ["Московский городской суд", "Московський міський суд"]),
    ("Russian Emergencies Ministry", "org", ["МЧС России", "МНС Росії", "МНС", "Ministry of emergencies"]),
    ("Kostenko mine", "place", ["Костенко шахтасындағы", "Костенко шахтасы", "Костенко атындағы шахтасында", "Костенко атындағы шахтада"]),
    ("Karaganda region", "place", ["Қарағанды облысындағы", "Қарағанды облысының"]),
    ("Karaganda", "place", ["Қарағандыдағы", "Қарағанды"]),
    ("ArcelorMittal Temirtau", "org", ["АрселорМиттал Теміртау", "АрселорМиттал", "Qarmet"]),
    ("Kazakhstan Emergencies Ministry", "org", ["Төтенше жағдайлар министрлігінің", "Төтенше жағдайлар министрлігі", "ТЖМ"]),
    ("Kassym-Jomart Tokayev", "person", ["Қасым-Жомарт Тоқаев", "Касым-Жомарта Токаева"]),
    ("Arys", "place", ["Арыс", "Арыстағы", "Арыстан", "Arys", "Арыса"]),
    ("Turkestan region", "place", ["Түркістан облысының", "Түркістан облысы", "Туркестанской области"]),
    ("Shymkent", "place", ["Шымкентке", "Shymkent"]),
    ("Umirzak Shukeyev", "person", ["Умирзака Шукеева", "Умирзак Шукеев"]),
    ("Kazakhstan Defence Ministry", "org", ["Қорғаныс министрлігінің", "Ministry of Defence"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset32", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
