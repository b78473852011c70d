"""Write the gold annotations of the twenty-first development set: tests/data/devset21/gold/devset21.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset21.py, which checks every anchor:

    python tests/data/devset21/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `nardaran_report_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

KAR, KRG, KER, KST, KOI, BSK, NAR = "Karaganda", "Karaganda region", "Kerch", "Kostiantynivka", "Koi-Tash", "Bishkek", "Nardaran"
D_KS = "2023-10-28"  # every toll of the fire (bodies recovered until 29 October)
D_KS_HIST = ["2006", "2023-10-28"]  # the company's mines since 2006
D_KR = "2018-10-17"
D_KN, D_KN17 = "2023-09-06", ["2023-09-06", "2023-09-07"]  # a seventeenth victim died in hospital on 7 September
D_KO1, D_KO = "2019-08-07", ["2019-08-07", "2019-08-08"]  # the officer died on the 7th; injured over both assaults
D_NR, D_NR5 = "2015-11-26", ["2015-11-26", "2015-11-28"]  # a fifth resident died on 28 November
D_NR_AFTER = ["2015-11-26", "2015-12-02"]  # detentions in the days after the raid (press release of 2 December)

MCHS, AKIM, AMT = "Emergencies Ministry of Kazakhstan", "Karaganda regional akim", "ArcelorMittal Temirtau"
NAC, AKS, SK, MZ = "National Antiterrorism Committee", "Sergey Aksyonov", "Investigative Committee of Russia", "Russian Health Ministry"
KGMZ, GKNB, KGPO = "Kyrgyz Health Ministry", "GKNB (State Committee for National Security)", "Kyrgyz Prosecutor General's Office"
AZJ = "Azerbaijani Interior Ministry and Prosecutor General's Office"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Kostenko mine fire, Karaganda, Saturday 28 October 2023
    P = dict(place=KAR, date=D_KS)
    d = "kostenko_timeline_ru.md"
    C(d, "injured", 18, "exact", "из них 18 госпитализированы", MCHS, "official", stext="Первое сообщение МЧС Казахстана", **P)
    C(d, "killed", 16, "exact", "подтверждает гибель 16 горняков", AMT, "company", stext="Пресс-служба «АрселорМиттал Темиртау»", **P)
    C(d, "killed", 21, "exact", "погиб 21 человек", MCHS, "official", stext="МЧС уточняет", **P)
    C(d, "missing", 25, "exact", "судьба ещё 25 неизвестна", MCHS, "official", stext="МЧС уточняет", **P)
    C(d, "killed", 25, "exact", "называет 25 погибших", AKIM, "official", stext="Аким Карагандинской области", **P)
    C(d, "missing", 21, "exact", "Без вести пропавшими, по его словам, остаются 21 горняк", AKIM, "official", stext="Аким Карагандинской области", **P)
    C(d, "killed", 32, "exact", "Число подтверждённых погибших достигает 32", **P)
    C(d, "missing", 14, "exact", "пропавшими без вести числятся 14 человек", **P)
    C(d, "deployed", 300, "more_than", "привлечены свыше 300 горноспасателей", MCHS, "official", group="rescuers", stext="сообщает МЧС", **P)
    C(d, "missing", 50, "at_least", "под землёй могли оставаться «не меньше 50» человек", "miners' relatives", "eyewitness", "unconfirmed", stext="родственники", **P)
    C(d, "missing", 50, "at_least", "Представители шахты назвали эти подсчёты ошибочными", "mine management", "company", "denied", stext="Представители шахты", **P)
    C(d, "killed", 100, "more_than", "«более чем 100 погибших»", "social networks", "social_media", "unconfirmed", stext="В соцсетях", **P)
    C(d, "killed", 100, "more_than", "Акимат области называет их фейком", "Karaganda regional akimat", "official", "denied", stext="Акимат области", **P)
    C(d, "killed", 36, "exact", "погибших 36", MCHS, "official", stext="МЧС", **P)
    C(d, "missing", 10, "exact", "без вести пропавших 10", MCHS, "official", stext="МЧС", **P)
    C(d, "killed", 42, "exact", "обнаружены тела 42 горняков", AMT, "company", stext="Компания сообщает", **P)
    C(d, "missing", 4, "exact", "поиски ещё 4 человек продолжаются", AMT, "company", stext="Компания сообщает", **P)
    C(d, "missing", 5, "exact", "пропавших без вести пятеро, а не четверо", "independent miners' trade union", "union", stext="Независимый профсоюз горняков", **P)
    C(d, "killed", 45, "exact", "погибли 45 горняков", MCHS, "official", stext="МЧС", **P)
    C(d, "missing", 1, "exact", "пропавшим без вести остаётся 1", MCHS, "official", stext="МЧС", **P)
    C(d, "detained", 3, "exact", "Полиция сообщает о задержании 3 человек", "police", "official", stext="Полиция", place=KAR, date="2023-10-29")
    C(d, "killed", 46, "exact", "общее число погибших — 46", **P)
    for who, src, st, k, m, i in (("| МЧС | 28.10, 08:50 |", MCHS, "МЧС", 21, 25, 18),
                                  ("| Аким области | 28.10, 11:45 |", AKIM, "Аким области", 25, 21, None),
                                  ("| МЧС | 28.10, 17:40 |", MCHS, "МЧС", 36, 10, 18),
                                  ("| Компания | 28.10, 19:30 |", AMT, "Компания", 42, 4, 23),
                                  ("| МЧС | 29.10, 18:20 |", MCHS, "МЧС", 46, None, 19)):
        row = f"{who} {k} | {m if m is not None else '—'} | {i if i is not None else '—'} |"
        stype = "company" if src == AMT else "official"
        C(d, "killed", k, "exact", row, src, stype, stext=st, **P)
        if m is not None:
            C(d, "missing", m, "exact", row, src, stype, stext=st, **P)
        if i is not None:
            C(d, "injured", i, "exact", row, src, stype, stext=st, **P)

    d = "kostenko_news_kk.txt"
    C(d, "killed", 46, "exact", "қаза тапқан кеншілер саны 46-ға жетті", **P)
    EM = dict(src=MCHS, stype="official", stext="Төтенше жағдайлар министрлігінің мәліметінше", **P)
    C(d, "killed", 21, "exact", "министрлік 21 кеншінің қаза тапқанын", **EM)
    C(d, "missing", 25, "exact", "тағы 25 адамның хабар-ошарсыз жоғалғанын", **EM)
    C(d, "injured", 18, "exact", "Жер бетіне шыққандардың 18-і ауруханаға жеткізілді", **P)
    CO = dict(src=AMT, stype="company", stext="компанияның баспасөз қызметі", **P)
    C(d, "killed", 42, "exact", "42 кеншінің денесі табылғанын", **CO)
    C(d, "missing", 4, "exact", "4 адамды іздеу жалғасып жатқанын", **CO)
    C(d, "killed", 46, "exact", "қаза тапқандар саны 46 болды", **P)
    C(d, "deployed", 300, "more_than", "300-ден астам тау-кен құтқарушысы қатысты", group="rescuers", **P)
    C(d, "missing", None, "vague", "шахтада «ондаған адам» хабарсыз қалған", "miners' relatives", "eyewitness", stext="Кеншілердің туыстары", **P)
    C(d, "killed", 100, "more_than", "«100-ден астам кенші қаза тапты»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 100, "more_than", "Қарағанды облысы әкімдігі бұл ақпаратты жалған деп атады", "Karaganda regional akimat", "official", "denied", stext="Қарағанды облысы әкімдігі", **P)
    C(d, "killed", 100, "more_than", "2006 жылдан бері компания шахталарында 100-ден астам адам қаза тапқан", "media tallies", "media", stext="Бұқаралық ақпарат құралдарының есебінше", place=KRG, date=D_KS_HIST)

    f = "kostenko_feed_en.rss#"
    C(f + "ks-1", "killed", 32, "at_least", "Fire at ArcelorMittal coal mine in Kazakhstan kills at least 32", **P)
    C(f + "ks-1", "killed", 32, "at_least", "has killed at least 32 miners", "the Emergencies Ministry", "official", **P)
    C(f + "ks-1", "injured", 18, "exact", "18 of those were in hospital", "the ministry", "official", **P)
    C(f + "ks-1", "missing", 14, "exact", "Another 14 miners remained unaccounted for", "the ministry", "official", **P)
    C(f + "ks-1", "killed", 100, "more_than", "More than 100 people have died in accidents at the company's Kazakh mines since 2006", "local media", "media", place=KRG, date=D_KS_HIST)
    C(f + "ks-2", "killed", 46, "exact", "Kazakh mine fire death toll rises to 46", **P)
    C(f + "ks-2", "killed", 46, "exact", "bringing the death toll from Saturday's fire at the Kostenko mine to 46", "the Emergencies Ministry", "official", **P)
    C(f + "ks-2", "missing", 5, "at_least", "at least five men had still been listed as missing", "The independent miners' union", "union", **P)
    C(f + "ks-2", "missing", None, "vague", "dozens of men were still underground", "Relatives outside the mine office", "eyewitness", **P)
    C(f + "ks-2", "deployed", 400, "about", "about 400 rescuers had taken part in the operation", "The ministry", "official", group="rescuers", **P)

    # ================================================================ Kerch Polytechnic College, Wednesday 17 October 2018
    P = dict(place=KER, date=D_KR)
    d = "kerch_wiki_uk.wiki"
    C(d, "killed", 20, "exact", "| загиблі     = 20 (разом із нападником)", "Кримські новини", "media", stext="Кримські новини", **P)
    C(d, "killed", 20, "exact", "Кількість загиблих у Керчі зросла до 20", "Кримські новини", "media", stext="Кримські новини", **P)
    C(d, "injured", 70, "more_than", "| поранені    = понад 70", **P)
    C(d, "killed", 10, "exact", "Керчі: 10 загиблих", "UNIAN", "media", stext="УНІАН", **P)
    C(d, "injured", 50, "more_than", "понад 50 поранених", "UNIAN", "media", stext="УНІАН", **P)
    C(d, "killed", 10, "exact", "Спершу НАК повідомив про 10 загиблих", NAC, "official", stext="НАК", **P)
    C(d, "killed", 18, "exact", "Сергій Аксьонов назвав 18 загиблих", AKS, "official", stext="Сергій Аксьонов", **P)
    C(d, "killed", 20, "exact", "Слідчий комітет повідомив про 20 загиблих, включно з нападником", SK, "official", stext="Слідчий комітет", **P)
    C(d, "killed", 19, "exact", "тобто про 19 жертв", SK, "official", stext="Слідчий комітет", **P)
    C(d, "injured", 73, "exact", "Поранених, за даними російського МОЗ, було 73", MZ, "official", stext="російського МОЗ", **P)
    C(d, "injured", 53, "exact", "у лікарнях Керчі та Сімферополя залишалися 53 людини", MZ, "official", stext="російського МОЗ", **P)
    C(d, "deployed", 300, "more_than", "додатково залучили понад 300 правоохоронців", "Russian media", "media", group="police", stext="за повідомленнями російських ЗМІ", place=KER, date="2018-10")
    C(d, "killed", 30, "at_least", "«щонайменше 30 загиблих»", "Telegram channels", "social_media", "unconfirmed", stext="У телеграм-каналах", **P)
    C(d, "killed", 30, "at_least", "Аксьонов назвав ці повідомлення неправдою", AKS, "official", "denied", stext="Аксьонов", **P)

    f = "kerch_articles_ru.jsonl#"
    C(f + "kr1", "killed", 10, "at_least", "погибли не менее 10 человек", **P)
    C(f + "kr1", "killed", 10, "exact", "По данным НАК, погибли 10 человек", NAC, "official", stext="По данным НАК", **P)
    C(f + "kr1", "injured", 50, "more_than", "пострадали более 50", NAC, "official", stext="По данным НАК", **P)
    C(f + "kr1", "killed", 18, "exact", "число погибших выросло до 18", AKS, "official", stext="Глава Крыма Сергей Аксёнов", **P)
    C(f + "kr1", "deployed", 100, "more_than", "более 100 медиков из Симферополя и Севастополя", group="medics", **P)
    C(f + "kr2", "killed", 20, "exact", "СК: число жертв нападения в Керчи достигло 20", SK, "official", stext="СК", **P)
    C(f + "kr2", "killed", 20, "exact", "погибших 20 человек, включая самого нападавшего", SK, "official", stext="Следственный комитет России", **P)
    C(f + "kr2", "injured", 70, "more_than", "Раненых, по данным Минздрава, более 70", MZ, "official", stext="по данным Минздрава", **P)
    C(f + "kr2", "injured", 53, "exact", "в больницах остаются 53", MZ, "official", stext="по данным Минздрава", **P)
    C(f + "kr2", "injured", 10, "exact", "из них 10 — в тяжёлом состоянии", MZ, "official", stext="по данным Минздрава", **P)
    C(f + "kr2", "killed", None, "vague", "«десятках погибших»", "social networks", "social_media", "unconfirmed", stext="В соцсетях", **P)
    C(f + "kr2", "killed", None, "vague", "в СК эти сообщения назвали недостоверными", SK, "official", "denied", stext="в СК", **P)

    d = "kerch_mtblog_en.txt"
    C(d, "killed", 10, "exact", "are lost 10 persons", "NAC", "official", **P)
    C(d, "injured", 50, "more_than", "are wounded more than 50", "NAC", "official", **P)
    C(d, "killed", 18, "exact", "Aksyonov: are lost 18 persons", "Aksyonov", "official", **P)
    C(d, "killed", 20, "exact", "have died 20 persons together with the shooter", "The Investigative committee", "official", **P)
    C(d, "injured", 53, "exact", "In hospitals remain 53 persons", "The Investigative committee", "official", **P)
    C(d, "injured", 10, "exact", "from them 10 in heavy condition", "The Investigative committee", "official", **P)
    C(d, "injured", 73, "exact", "Have addressed for medical help in total 73", "The Investigative committee", "official", **P)
    C(d, "killed", 40, "about", "about 40 killed students", "the social networks", "social_media", "unconfirmed", group="students", **P)
    C(d, "killed", 40, "about", "The Ministry of internal affairs in Crimea named it fake", "The Ministry of internal affairs in Crimea", "official", "denied", group="students", **P)

    # ================================================================ Kostiantynivka market strike, Wednesday 6 September 2023
    P = dict(place=KST, date=D_KN)
    w = "kostiantynivka_wiki_en.atom#kst-wp"
    C(w, "killed", 17, "exact", "| fatalities = 17", "Kyiv Independent", "media", place=KST, date=D_KN17)
    C(w, "killed", 17, "exact", "Kostiantynivka market strike death toll rises to 17", "Kyiv Independent", "media", place=KST, date=D_KN17)
    C(w, "injured", 32, "exact", "| injuries   = 32", **P)
    C(w, "killed", 16, "exact", "first put the death toll at 16", "Prime Minister Denys Shmyhal", "official", **P)
    C(w, "killed", 1, "exact", "a child among them", "Prime Minister Denys Shmyhal", "official", group="children", **P)
    C(w, "injured", 28, "exact", "with 28 people wounded", "Prime Minister Denys Shmyhal", "official", **P)
    C(w, "killed", 16, "exact", "Russian strike on Ukrainian market kills 16", "Reuters", "media", **P)
    C(w, "killed", 17, "exact", "raised the count to 17 dead", "the Interior Ministry", "official", place=KST, date=D_KN17)
    C(w, "injured", 32, "exact", "17 dead and 32 injured", "the Interior Ministry", "official", **P)
    C(w, "buildings_damaged", 30, "about", "About 30 market stalls", **P)
    C(w, "buildings_damaged", None, "vague", "several nearby apartment blocks were damaged", **P)
    w = "kostiantynivka_wiki_en.atom#kst-talk"
    C(w, "injured", 33, "exact", "listed 33 injured on 8 September", "The Donetsk regional prosecutor's office", "official", **P)
    C(w, "injured", 32, "exact", "the Interior Ministry still says 32", "the Interior Ministry", "official", **P)
    C(w, "killed", 100, "more_than", "over 100 Ukrainian troops were killed at the market", "Russian military bloggers", "social_media", "unconfirmed", group="soldiers", **P)
    C(w, "killed", 100, "more_than", "Ukraine's Centre for Countering Disinformation called this a fake", "Ukraine's Centre for Countering Disinformation", "official", "denied", group="soldiers", **P)

    d = "kostiantynivka_statement_uk.txt"  # the Donetsk regional prosecutor's office in its own voice
    C(d, "killed", 16, "exact", "загинули 16 цивільних осіб", **P)
    C(d, "killed", 1, "exact", "серед них дитина", group="children", **P)
    C(d, "injured", 32, "exact", "Ще 32 людини дістали поранення", **P)
    C(d, "killed", 17, "exact", "кількість загиблих зросла до 17", place=KST, date=D_KN17)
    C(d, "buildings_damaged", 30, "at_least", "Пошкоджено щонайменше 30 торговельних павільйонів", **P)
    C(d, "buildings_damaged", 4, "exact", "4 багатоквартирні будинки", **P)
    C(d, "vehicles_damaged", 5, "exact", "та 5 автомобілів", **P)
    C(d, "deployed", 100, "more_than", "працювали понад 100 рятувальників, поліцейських і прокурорів", **P)
    C(d, "killed", 20, "more_than", "«понад 20 військових ЗСУ»", "Russian Telegram channels", "social_media", "unconfirmed", group="soldiers", stext="в російських телеграм-каналах", **P)
    C(d, "killed", 20, "more_than", "не відповідають дійсності: усі загиблі — цивільні", mod="denied", group="soldiers", **P)

    d = "kostiantynivka_news_kk.txt"
    C(d, "killed", 17, "exact", "зымыран соқты: қаза тапқандар саны 17-ге жетті", place=KST, date=D_KN17)
    SH = dict(src="Prime Minister Denys Shmyhal", stype="official", stext="Денис Шмыгальдың айтуынша", **P)
    C(d, "killed", 16, "exact", "соққыдан 16 адам қаза тапты", **SH)
    C(d, "killed", 1, "exact", "олардың арасында бір бала бар", group="children", **SH)
    C(d, "killed", 17, "exact", "мәліметі бойынша қаза тапқандар саны 17-ге жетті", "Ukrainian Interior Ministry", "official", stext="Украина Ішкі істер министрлігінің", place=KST, date=D_KN17)
    C(d, "injured", 32, "exact", "32 адам жараланды", "Ukrainian Interior Ministry", "official", stext="Украина Ішкі істер министрлігінің", **P)
    C(d, "killed", None, "vague", "«ондаған әскери қызметші» қаза тапты", "Russian Telegram channels", "social_media", "unconfirmed", group="soldiers", stext="Ресейлік Telegram-арналарда", **P)
    C(d, "killed", None, "vague", "Донецк облыстық әскери әкімшілігі бұл ақпаратты жалған деп атады", "Donetsk regional military administration", "official", "denied", group="soldiers", stext="Донецк облыстық әскери әкімшілігі", **P)
    C(d, "deployed", 100, "more_than", "100-ден астам құтқарушы мен полиция қызметкері жіберілді", **P)

    # ================================================================ Koi-Tash raid, 7-8 August 2019
    d = "koitash_export_ru.xml#64318"
    C(d, "injured", 79, "exact", "| раненые     = 79", place=KOI, date=D_KO)
    C(d, "detained", 40, "at_least", "| задержанные = не менее 40", place=KOI, date="2019-08")
    C(d, "killed", 1, "exact", "| погибшие    = 1", "24.kg", "media", group="special forces", stext="24.kg", place=KOI, date=D_KO1)
    C(d, "participants", None, "vague", "«несколько сотен человек»", GKNB, "official", stext="по оценке ГКНБ", place=KOI, date=D_KO1)
    C(d, "participants", 3000, "exact", "сами сторонники говорили о 3000", "Atambayev's supporters", "opposition", stext="сами сторонники", place=KOI, date=D_KO1)
    C(d, "injured", 52, "exact", "ночью сообщил о 52 пострадавших", KGMZ, "official", stext="Минздрав Киргизии", place=KOI, date=D_KO1)
    C(d, "injured", 79, "exact", "к утру 8 августа — о 79", KGMZ, "official", stext="Минздрав Киргизии", place=KOI, date=D_KO)
    C(d, "injured", 36, "exact", "из них 36 сотрудников силовых структур", KGMZ, "official", group="security forces", stext="Минздрав Киргизии", place=KOI, date=D_KO)
    C(d, "injured", 79, "exact", "Минздрав: в Кой-Таше пострадали 79 человек", "AKIpress", "media", stext="АКИpress", place=KOI, date=D_KO)
    C(d, "vehicles_damaged", 4, "exact", "были сожжены 4 автомобиля силовиков", place=KOI, date=D_KO1)
    C(d, "killed", 3, "exact", "«трёх погибших сторонниках»", "social networks", "social_media", "unconfirmed", group="supporters", stext="В соцсетях", place=KOI, date=D_KO1)
    C(d, "killed", 3, "exact", "Минздрав эти данные опроверг", KGMZ, "official", "denied", group="supporters", stext="Минздрав", place=KOI, date=D_KO1)
    C(d, "deployed", 1000, "more_than", "стянули более 1000 силовиков", place=KOI, date="2019-08-08")
    C(d, "detained", 40, "at_least", "по делу задержаны не менее 40 человек", KGPO, "official", stext="Генеральная прокуратура", place=KOI, date="2019-08")
    C(d, "charged", 13, "exact", "предъявлены Атамбаеву и 13 его сторонникам", group="supporters", place=KOI, date="2019")

    d = "koitash_news_kk.txt"
    C(d, "killed", 1, "exact", "Қой-Таштағы қақтығыста 1 адам қаза тапты", place=KOI, date=D_KO1)
    MH = dict(src=KGMZ, stype="official", stext="Денсаулық сақтау министрлігінің мәліметінше")
    C(d, "killed", 1, "exact", "арнайы жасақтың 1 қызметкері қаза тапты", group="special forces", place=KOI, date=D_KO1, **MH)
    C(d, "injured", 79, "exact", "79 адам медициналық көмекке жүгінді", place=KOI, date=D_KO, **MH)
    C(d, "injured", 52, "exact", "жарақат алғандар саны 52 болған", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", place=KOI, date=D_KO1)
    C(d, "participants", 3000, "about", "3 мыңға жуық адам жиналғанын айтты", "Atambayev's supporters", "opposition", stext="Атамбаевтың жақтастары", place=KOI, date=D_KO1)
    C(d, "participants", None, "vague", "«бірнеше жүз» адам болғанын хабарлады", GKNB, "official", stext="ҰҚМК", place=KOI, date=D_KO1)
    C(d, "killed", 3, "exact", "«үш жақтасы қаза тапты»", "social media", "social_media", "unconfirmed", group="supporters", stext="Әлеуметтік желілерде", place=KOI, date=D_KO1)
    C(d, "killed", 3, "exact", "Денсаулық сақтау министрлігі бұл ақпаратты жалған деп атады", KGMZ, "official", "denied", group="supporters", stext="Денсаулық сақтау министрлігі", place=KOI, date=D_KO1)
    C(d, "deployed", 1000, "more_than", "1000-нан астам құқық қорғау қызметкері жіберілгенін", "Kyrgyz Interior Ministry", "official", stext="Ішкі істер министрлігі", place=KOI, date="2019-08-08")
    C(d, "detained", 40, "more_than", "40-тан астам адамның ұсталғанын", KGPO, "official", stext="Бас прокуратура", place=KOI, date="2019-08")

    d = "koitash_report_uk.txt"
    C(d, "killed", 1, "exact", "один загиблий", place=KOI, date=D_KO1)
    C(d, "injured", None, "vague", "десятки поранених", place=KOI, date=D_KO)
    C(d, "injured", 52, "exact", "спершу повідомляло про 52 поранених", KGMZ, "official", stext="МОЗ Киргизстану", place=KOI, date=D_KO1)
    C(d, "injured", 79, "exact", "згодом — про 79", KGMZ, "official", stext="МОЗ Киргизстану", place=KOI, date=D_KO)
    C(d, "injured", 36, "exact", "серед яких 36 силовиків", KGMZ, "official", group="security forces", stext="МОЗ Киргизстану", place=KOI, date=D_KO)
    C(d, "vehicles_damaged", 4, "exact", "згоріли 4 автомобілі силовиків", place=KOI, date=D_KO1)
    C(d, "participants", 3000, "more_than", "«понад 3 тисячі» прихильників", "Social Democratic Party", "opposition", stext="Соціал-демократична партія", place=KOI, date=D_KO1)
    C(d, "participants", None, "vague", "у ДКНБ говорили про кількасот людей", GKNB, "official", stext="у ДКНБ", place=KOI, date=D_KO1)
    C(d, "detained", 40, "more_than", "затримано понад 40 осіб", KGPO, "official", stext="Генеральна прокуратура", place=KOI, date="2019-08")
    C(d, "detained", 60, "at_least", "щонайменше 60 затриманих", "Ak-Suu rights group", "ngo", stext="Правозахисна група «Ак-Суу»", place=KOI, date="2019-08")
    C(d, "detained", 2, "exact", "серед них двох журналістів", "Ak-Suu rights group", "ngo", group="journalists", stext="Правозахисна група «Ак-Суу»", place=KOI, date="2019-08")
    C(d, "arrested", 9, "exact", "суд у Бішкеку заарештував 9 прихильників експрезидента", group="supporters", place=BSK, date="2019-08-10")

    # ================================================================ Nardaran raid, Thursday 26 November 2015
    P = dict(place=NAR, date=D_NR)
    d = "nardaran_press_en.html"  # the Caspian Rights Monitor in its own voice
    C(d, "killed", 7, "at_least", "at least seven dead in Nardaran police raid", place=NAR, date=D_NR5)
    JS = dict(src="The Interior Ministry and the Prosecutor General's Office", stype="official", **P)
    C(d, "killed", 2, "exact", "two police officers and four members", group="police", **JS)
    C(d, "killed", 4, "exact", "four members of an \"armed criminal group\" were killed", group="residents", **JS)
    C(d, "killed", 7, "exact", "bringing the official count to seven", "the authorities", "official", place=NAR, date=D_NR5)
    C(d, "killed", 10, "at_most", "Residents we interviewed say up to ten people died", "Residents", "eyewitness", **P)
    C(d, "detained", 14, "exact", "Fourteen people, Bagirzade among them, were detained", **P)
    C(d, "detained", 45, "at_least", "at least 45 further detentions of Nardaran residents", place=NAR, date=D_NR_AFTER)
    C(d, "injured", 12, "at_least", "at least 12 of those released told us they had been beaten in custody", place=NAR, date=D_NR_AFTER)
    C(d, "deployed", 500, "more_than", "more than 500 police officers took part in the operation", group="police", **P)
    for row, src, st, k, dt, det, ddt in (("<td>MIA and Prosecutor General</td><td>26 Nov</td><td>2</td><td>4</td><td>14</td>", AZJ, "official", 4, D_NR, 14, D_NR),
                                          ("<td>MIA</td><td>28 Nov</td><td>2</td><td>5</td><td>14</td>", "Azerbaijani Interior Ministry", "official", 5, D_NR5, 14, D_NR),
                                          ("<td>Our monitors</td><td>1 Dec</td><td>2</td><td>5</td><td>59</td>", None, None, 5, D_NR5, 59, D_NR_AFTER)):
        C(d, "killed", 2, "exact", row, src, st, group="police", **P)
        C(d, "killed", k, "exact", row, src, st, group="residents", place=NAR, date=dt)
        C(d, "detained", det, "exact", row, src, st, place=NAR, date=ddt)

    d = "nardaran_report_ru.txt"  # cp1251
    C(d, "killed", 6, "exact", "МВД сообщает о шести погибших", "Azerbaijani Interior Ministry", "official", stext="МВД", **P)
    C(d, "killed", None, "vague", "верующие говорят о десятках", "believers", "social_media", "unconfirmed", stext="верующие", **P)
    JS = dict(src=AZJ, stype="official", stext="Согласно совместному заявлению МВД и Генеральной прокуратуры Азербайджана", **P)
    C(d, "killed", 2, "exact", "убиты 2 сотрудника полиции", group="police", **JS)
    C(d, "killed", 4, "exact", "4 члена «вооружённой преступной группы»", group="residents", **JS)
    C(d, "injured", 3, "exact", "Ранения получили ещё 3 полицейских", group="police", **JS)
    C(d, "detained", 14, "exact", "Задержаны 14 человек", **JS)
    C(d, "killed", 7, "at_least", "погибших среди жителей посёлка не менее 7", "Musavat opposition party", "opposition", group="residents", stext="Оппозиционная партия «Мусават»", **P)
    C(d, "killed", [8, 12], "range", "погибли от 8 до 12 человек", "local residents", "eyewitness", stext="Местные жители", **P)
    C(d, "killed", None, "vague", "«десятках убитых»", "believers on social networks", "social_media", "unconfirmed", stext="В соцсетях верующие", **P)
    C(d, "killed", None, "vague", "в МВД это назвали провокацией", "Azerbaijani Interior Ministry", "official", "denied", stext="в МВД", **P)
    C(d, "vehicles_damaged", 2, "exact", "сожжены 2 полицейских автомобиля", **P)
    C(d, "deployed", None, "vague", "дежурят сотни полицейских", group="police", **P)
    C(d, "killed", 5, "exact", "число погибших среди жителей выросло до 5", "Azerbaijani Interior Ministry", "official", group="residents", stext="В МВД сообщили", place=NAR, date=D_NR5)
    C(d, "arrested", 14, "exact", "Суд арестовал 14 задержанных", place=NAR, date="2015-11-28")

    d = "nardaran_news_uk.txt"
    C(d, "convicted", 17, "exact", "та ще 17 фігурантів нардаранської справи", place=NAR, date="2017-01-25")
    C(d, "convicted", 17, "exact", "вироки отримали ще 17 обвинувачених", place=NAR, date="2017-01-25")
    C(d, "charged", 18, "exact", "Обвинувачення у справі було пред'явлено 18 особам", place=NAR)
    OF = dict(src="official figures", stype="official", stext="за офіційними даними")
    C(d, "killed", 2, "exact", "загинули двоє поліцейських", group="police", **OF, **P)
    C(d, "killed", 5, "exact", "п'ятеро місцевих жителів", group="residents", place=NAR, date=D_NR5, **OF)
    C(d, "killed", 7, "at_least", "«щонайменше сім»", "Musavat opposition party", "opposition", group="residents", stext="Опозиційна партія «Мусават»", **P)
    C(d, "detained", None, "vague", "повідомляли про десятки затриманих", "human rights defenders", "ngo", stext="Правозахисники", place=NAR, date=["2015-11-26", "2015-12"])
    C(d, "participants", 200, "about", "зібралися близько 200 родичів і прихильників підсудних", place=NAR, date="2017-01-25")
    C(d, "detained", 6, "exact", "Поліція затримала 6 із них", place=NAR, date="2017-01-25")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d21g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "kostenko_timeline_ru.md"
    T(d, "2023-10-28", "fire at the Kostenko mine", "## Суббота, 28 октября")
    for day, entries in (("2023-10-28", (("00:35", "fire breaks out underground, 252 miners in the shift"), ("01:20", "emergency evacuation announced"),
                                         ("05:40", "Emergencies Ministry: 206 brought up, 18 hospitalised"), ("07:15", "company confirms 16 dead"),
                                         ("08:50", "ministry: 21 dead, 25 missing"), ("10:30", "Tokayev orders an end to cooperation with the company"),
                                         ("11:45", "regional akim: 25 dead, 21 missing"), ("13:20", "32 dead, 14 missing"),
                                         ("14:00", "more than 300 mine rescuers engaged"), ("15:30", "relatives say the company understates the figures"),
                                         ("16:10", "social media claim over 100 dead; akimat calls it fake"), ("17:40", "ministry: 36 dead, 10 missing"),
                                         ("19:30", "company: 42 bodies found, 4 missing; preliminary takeover deal"), ("22:00", "union: five missing, not four"))),
                         ("2023-10-29", (("00:00", "national day of mourning begins"), ("09:10", "ministry: 45 dead, 1 missing"),
                                         ("13:00", "relatives block the road; police detain 3"), ("18:20", "last body recovered; toll 46"))),
                         ("2023-10-30", (("11:00", "criminal case opened over safety rules"),))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+06:00", label, f"**{hm}**")
    T(d, "2023-10-29", "day of national mourning", "## Воскресенье, 29 октября")
    d = "kostenko_news_kk.txt"
    T(d, "2023-10-28T00:35+06:00", "fire breaks out at the Kostenko mine (Astana time)", "Сенбі күні, 28 қазанда, Астана уақыты бойынша түнгі сағат 00:35")
    T(d, "2023-10-29", "rescuers find the last body; toll 46", "Жексенбі күні, 29 қазанда")
    T(d, "2023-10-29", "national day of mourning", "29 қазанды жалпыұлттық аза тұту күні")
    f = "kostenko_feed_en.rss#"
    T(f + "ks-1", "2023-10-28", "mine fire kills at least 32", "the Emergencies Ministry said on Saturday")
    T(f + "ks-2", "2023-10-29", "last missing miner recovered; toll 46", "Rescuers on Sunday recovered")

    d = "kerch_wiki_uk.wiki"
    T(d, "2018-10-17T11:40+03:00", "explosion in the college canteen, then shooting (Moscow time)", "У середу, 17 жовтня 2018 року, близько 11:40 за московським часом (UTC+3)")
    T(d, "2018-10-17", "Aksyonov gives 18 dead", "Увечері того ж дня")
    T(d, "2018-10-18", "Investigative Committee: 20 dead including the attacker", "Наступного дня, 18 жовтня")
    f = "kerch_articles_ru.jsonl#"
    T(f + "kr1", "2018-10-17T11:40+03:00", "explosion at the Kerch Polytechnic College (Moscow time)", "В среду, 17 октября, около 11:40 по московскому времени")
    T(f + "kr1", "2018-10-17", "Aksyonov: toll rises to 18", "Глава Крыма Сергей Аксёнов вечером заявил")
    T(f + "kr2", "2018-10-18", "Investigative Committee: 20 dead", "в четверг, 18 октября")
    d = "kerch_mtblog_en.txt"
    T(d, "2018-10-17T11:40+03:00", "explosion in the college canteen (Moscow time)", "17.10.2018 in 11.40 (Moscow time)")
    T(d, "2018-10-17T12:50", "NAC: 10 dead, more than 50 wounded", "Update 17.10 12.50")
    T(d, "2018-10-17T15:30", "shooter identified; case requalified as murder", "Update 17.10 15.30")
    T(d, "2018-10-17T20:10", "Aksyonov: 18 dead", "Update 17.10 20.10")
    T(d, "2018-10-18T10:00", "Investigative Committee: 20 dead with the shooter", "Update 18.10 10.00")

    w = "kostiantynivka_wiki_en.atom#kst-wp"
    T(w, "2023-09-06T14:00+03:00", "missile hits the Kostiantynivka market", "on 6 September 2023 at around 14:00 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(w, "2023-09-07", "Interior Ministry raises the toll to 17", "The next day")
    T(w, "2023-09-18", "The New York Times points to an errant Ukrainian Buk missile", "On 18 September")
    T("kostiantynivka_wiki_en.atom#kst-talk", "2023-09-08", "regional prosecutors list 33 injured", "on 8 September")
    d = "kostiantynivka_statement_uk.txt"
    T(d, "2023-09-06T14:00", "missile strike on the city market", "6 вересня 2023 року близько 14:00")
    T(d, "2023-09-07T10:00", "status: toll rises to 17", "Станом на 10:00 7 вересня")
    d = "kostiantynivka_news_kk.txt"
    T(d, "2023-09-06T14:00+03:00", "missile hits the central market (Kyiv time)", "Сәрсенбі күні, 6 қыркүйекте, Киев уақыты бойынша сағат 14:00")
    T(d, "2023-09-07", "Interior Ministry: toll 17", "Бейсенбі күні")
    T(d, "2023-09-18", "The New York Times: possibly an errant Ukrainian missile", "18 қыркүйекте")

    d = "koitash_export_ru.xml#64318"
    T(d, "2019-08-07T19:00+06:00", "GKNB special forces try to enter Atambayev's residence (Bishkek time)", "В среду, 7 августа, около 19:00 по бишкекскому времени (UTC+6)")
    T(d, "2019-08-08", "forces massed at Koi-Tash", "В четверг, 8 августа")
    T(d, "2019-08-08T14:00", "second assault begins (local time)", "Около 14:00 по местному времени")
    T(d, "2019-08-08", "Atambayev surrenders", "вечером 8 августа")
    T(d, "2020-06", "Atambayev sentenced in another case", "В июне 2020 года")
    d = "koitash_news_kk.txt"
    T(d, "2019-08-08", "Atambayev surrenders", "Бейсенбі күні, 8 тамызда, кешке қарай")
    T(d, "2019-08-07T19:00+06:00", "special forces try to enter the residence (Bishkek time)", "сәрсенбі күні, 7 тамызда, Бішкек уақыты бойынша сағат 19:00")
    d = "koitash_report_uk.txt"
    T(d, "2019-08-08", "Atambayev detained after the second assault", "ввечері в четвер, 8 серпня")
    T(d, "2019-08-07", "first assault fails", "в середу, 7 серпня")
    T(d, "2019-08-10", "court arrests 9 supporters", "У суботу, 10 серпня")

    d = "nardaran_press_en.html"
    T(d, "2015-11-26", "police special forces enter Nardaran", "Thursday, 26 November 2015")
    T(d, "2015-11-28", "a wounded resident dies", "on 28 November")
    d = "nardaran_report_ru.txt"
    T(d, "2015-11-26T03:30+04:00", "police operation in Nardaran begins (Baku time)", "в четверг, 26 ноября, около 03:30 по бакинскому времени (UTC+4)")
    T(d, "2015-11-28", "a fifth resident dies; court arrests 14", "Дополнение, 28 ноября")
    d = "nardaran_news_uk.txt"
    T(d, "2017-01-25", "Bagirzade and 17 others sentenced", "у середу, 25 січня")
    T(d, "2015-11-26", "police operation in Nardaran", "26 листопада 2015 року")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d21t{n:03d}"
    return rows


ENTITIES = [
    ("Karaganda", "place", ["Караганде", "Караганду", "Қарағандыдағы", "Karaganda"]),
    ("Karaganda region", "place", ["Карагандинской области", "Қарағанды облысы"]),
    ("Kostenko mine", "place", ["шахте имени Костенко", "Костенко шахтасындағы", "Kostenko mine", "Kostenko coal mine"]),
    ("ArcelorMittal Temirtau", "org", ["АрселорМиттал Темиртау", "ArcelorMittal Temirtau"]),
    ("Kassym-Jomart Tokayev", "person", ["Касым-Жомарт Токаев", "Қасым-Жомарт Тоқаев", "Kassym-Jomart Tokayev"]),
    ("Kerch", "place", ["Керчі", "Керч", "Керчи", "Керчь", "Kerch"]),
    ("Kerch Polytechnic College", "org", ["Керченському політехнічному коледжі", "Керченском политехническом колледже", "Kerch polytechnical college"]),
    ("Vladislav Roslyakov", "person", ["Владислав Росляков", "Vladislav Roslyakov"]),
    ("Sergey Aksyonov", "person", ["Сергій Аксьонов", "Сергей Аксёнов", "Aksyonov"]),
    ("Kostiantynivka", "place", ["Костянтинівка", "Костянтинівки", "Константиновкадағы", "Константиновка", "Kostiantynivka"]),
    ("Denys Shmyhal", "person", ["Denys Shmyhal", "Денис Шмыгальдың"]),
    ("Security Service of Ukraine", "org", ["Security Service of Ukraine", "SBU", "СБУ"]),
    ("Koi-Tash", "place", ["Кой-Таше", "Кой-Таш", "Кой-Ташу", "Қой-Таштағы", "Кой-Таші", "Кой-Таша"]),
    ("Almazbek Atambayev", "person", ["Алмазбека Атамбаева", "Алмазбек Атамбаев", "Алмазбека Атамбаєва", "Атамбаєва"]),
    ("State Committee for National Security (Kyrgyzstan)", "org", ["ГКНБ", "ДКНБ", "ҰҚМК"]),
    ("Bishkek", "place", ["Бишкеке", "Бішкек", "Бішкеком"]),
    ("Nardaran", "place", ["Нардаран", "Нардарана", "Nardaran"]),
    ("Taleh Bagirzade", "person", ["Талех Багирзаде", "Талеха Багірзаде", "Taleh Bagirzade", "Bagirzade"]),
    ("Baku", "place", ["Баку", "Baku"]),
    ("Muslim Unity Movement", "org", ["Движения мусульманского единства", "Руху мусульманської єдності", "Muslim Unity Movement"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset21", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
