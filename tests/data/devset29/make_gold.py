"""Write the gold annotations of the twenty-ninth development set: tests/data/devset29/gold/devset29.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset29.py, which checks every anchor:

    python tests/data/devset29/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `nakhimov_report_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

NOV, MYK, TBS, KZT, KSP = "Novorossiysk", "Mykolaiv", "Tbilisi", "Kyzyltu", "Kaspiysk"
D_NK = "1986-08-31"  # the collision at 23:12 and the sinking within eight minutes
D_MY = "2022-03-29"
D_TB = ["1956-03-09", "1956-03-10"]  # the night of 9 to 10 March
D_SC = "2013-01-29"
D_KS = "2002-05-09"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Admiral Nakhimov, 31 August 1986
    P = dict(place=NOV, date=D_NK)
    PA, CR, CH, DV = "passengers", "crew", "children", "divers"
    d = "nakhimov_report_ru.txt"  # cp1251
    C(d, "killed", 423, "exact", "423 погибших, и не все найдены", **P)
    TS = dict(src="TASS", stype="media", stext="Первое сообщение ТАСС", **P)
    C(d, "killed", 79, "exact", "говорилось о 79 погибших", **TS)
    C(d, "missing", 319, "exact", "ещё 319 человек числились пропавшими без вести", **TS)
    GC = dict(src="government commission led by Heydar Aliyev", stype="official", stext="Правительственная комиссия во главе с Гейдаром Алиевым", **P)
    C(d, "killed", 423, "exact", "погибли 423 человека", **GC)
    C(d, "killed", 359, "exact", "из них 359 пассажиров", group=PA, **GC)
    C(d, "killed", 64, "exact", "и 64 члена экипажа", group=CR, **GC)
    C(d, "injured", 80, "more_than", "доставили более 80 спасённых", **P)
    C(d, "deployed", 100, "more_than", "привлекли свыше 100 водолазов", place=NOV, date="1986-09")
    C(d, "killed", 2, "exact", "двое из них погибли во время работ", group=DV, place=NOV, date="1986-09")
    C(d, "missing", 60, "more_than", "тела более 60 человек так и остались в корпусе", "veteran diver Nikolai Sh.", "eyewitness", stext="ветерана-водолаза Николая Ш.", **P)
    C(d, "killed", 1000, "more_than", "о «более чем тысяче» погибших", "talk in the town", "unknown", "unconfirmed", stext="В городе долго ходили разговоры", **P)
    C(d, "killed", 1000, "more_than", "назвала эти слухи необоснованными", "Krasnodar krai prosecutor's office", "official", "denied", stext="Прокуратура Краснодарского края", **P)
    C(d, "convicted", 2, "exact", "признал виновными обоих капитанов", "USSR Supreme Court", "official", stext="Верховный суд СССР", place=NOV, date="1987-03")

    d = "nakhimov_wiki_uk.wiki"
    IZ = dict(src="Izvestia", stype="media", stext="Известия", **P)
    C(d, "killed", 423, "exact", "| загиблі        = 423", **IZ)
    C(d, "killed", 423, "exact", "Урядова комісія: при загибелі «Адмірала Нахімова» загинули 423 людини", **IZ)
    C(d, "killed", 79, "exact", "згадувало лише 79 загиблих", "TASS", "media", stext="Перше повідомлення ТАРС", **P)
    GC = dict(src="government commission", stype="official", stext="Урядова комісія", **P)
    C(d, "killed", 423, "exact", "Урядова комісія назвала 423 загиблих", **GC)
    C(d, "killed", 359, "exact", "359 пасажирів", group=PA, **GC)
    C(d, "killed", 64, "exact", "64 члени екіпажу", group=CR, **GC)
    C(d, "killed", 23, "exact", "Серед загиблих було 23 дитини", group=CH, **P)
    C(d, "killed", 500, "at_most", "жертв могло бути до 500", "association of the victims' relatives", "ngo", "unconfirmed", stext="асоціації родичів загиблих", **P)
    C(d, "missing", 70, "about", "тіла близько 70 людей так і не були підняті", "divers", "eyewitness", stext="За даними водолазів", **P)
    C(d, "killed", 2, "exact", "загинули двоє водолазів", group=DV, place=NOV, date="1986-09")
    C(d, "convicted", 2, "exact", "Верховний суд СРСР засудив капітана", "USSR Supreme Court", "official", stext="Верховний суд СРСР", place=NOV, date="1987-03")

    f = "nakhimov_feed_en.rss#"
    C(f + "nkh-1", "killed", 423, "exact", "sank in eight minutes and 423 people died", **P)
    C(f + "nkh-1", "killed", 79, "exact", "The Soviet press at first admitted only 79 dead", "The Soviet press", "media", **P)
    GC = dict(src="the government commission led by Heydar Aliyev", stype="official", **P)
    C(f + "nkh-1", "killed", 423, "exact", "gave the final toll of 423", **GC)
    C(f + "nkh-1", "killed", 64, "exact", "including 64 crew members", group=CR, **GC)
    C(f + "nkh-2", "killed", 500, "at_most", '"up to 500" people died', "Some survivors", "eyewitness", "unconfirmed", **P)
    C(f + "nkh-2", "missing", 60, "more_than", "more than 60 bodies were never brought up", "Divers who worked on the wreck", "eyewitness", **P)
    C(f + "nkh-2", "convicted", 2, "exact", "sentenced both captains", "the USSR Supreme Court", "official", place=NOV, date="1987-03")
    C(f + "nkh-2", "injured", 120, "at_least", "At least 120 survivors were treated in Novorossiysk hospitals", "a city health department report of September 1986", "official", **P)

    # ================================================================ Mykolaiv regional administration strike, 29 March 2022
    P = dict(place=MYK, date=D_MY)
    RU = "servicemen"
    d = "mykolaiv_statement_uk.txt"  # Vitaliy Kim, head of the regional military administration, in his own voice
    C(d, "buildings_damaged", 4, "exact", "Пошкоджено ще 4 сусідні будинки", **P)
    C(d, "killed", 12, "exact", "На цю хвилину маємо 12 загиблих", **P)
    C(d, "injured", 33, "exact", "Ще 33 людини поранені", **P)
    C(d, "missing", 20, "at_most", "можуть залишатися ще до 20 людей", **P)
    C(d, "deployed", 100, "more_than", "понад 100 рятувальників ДСНС", **P)
    C(d, "killed", 200, "more_than", "«понад 200 нацистів»", "Russian propaganda channels", "social_media", "unconfirmed", group=RU, stext="Російські пропагандистські канали", **P)
    C(d, "killed", 200, "more_than", "Це брехня", mod="denied", group=RU, **P)
    C(d, "injured", 3, "exact", "там поранено трьох людей", place=MYK, date="2022-03-28")

    d = "mykolaiv_mtblog_en.txt"  # machine-translated volunteer blog
    C(d, "killed", 7, "exact", "are lost 7 persons", **P)
    C(d, "injured", 22, "exact", "wounded 22", **P)
    C(d, "killed", 12, "exact", "Update 29.03 20.00: are lost 12 persons", "the State Emergency Service", "official", **P)
    C(d, "injured", 33, "exact", "Wounded are 33, it said the State Emergency Service", "the State Emergency Service", "official", **P)
    C(d, "missing", 20, "at_most", "Under ruins can be still until 20 people", **P)
    C(d, "deployed", 25, "exact", "We are 25 volunteers of us", **P)
    C(d, "killed", 20, "exact", "the dead are 20 now", **P)
    C(d, "killed", 15, "exact", "Yesterday in evening was still 15", **P)
    C(d, "killed", 50, "more_than", 'are dead "more than 50 employees"', "social networks", "social_media", "unconfirmed", **P)
    C(d, "killed", 33, "exact", "Update 01.04 10.00: are lost 33 persons", **P)
    C(d, "killed", 37, "exact", "Are lost 37 persons", **P)
    C(d, "injured", 34, "exact", "wounded are 34", **P)

    d = "mykolaiv_export_ru.xml#60418"
    IF = dict(src="Interfax-Ukraine", stype="media", stext="Интерфакс-Украина", **P)
    C(d, "killed", 37, "exact", "| погибшие  = 37", **IF)
    C(d, "killed", 37, "exact", "В Николаеве завершили разбор завалов ОГА: погибли 37 человек", **IF)
    C(d, "injured", 34, "exact", "| раненые   = 34", **P)
    SE = dict(src="State Emergency Service", stype="official", stext="ГСЧС", **P)
    C(d, "killed", 7, "exact", "ГСЧС сообщала о 7 погибших", **SE)
    C(d, "injured", 22, "exact", "и 22 раненых", **SE)
    KM = dict(src="Vitaliy Kim, head of the regional military administration", stype="official", stext="Ким", **P)
    C(d, "killed", 12, "exact", "Ким назвал 12 погибших", **KM)
    C(d, "injured", 33, "exact", "и 33 раненых", **KM)
    C(d, "missing", 20, "at_most", "под завалами могли оставаться до 20 человек", **KM)
    C(d, "killed", 20, "exact", "число погибших выросло до 20", **P)
    C(d, "killed", 20, "exact", "Число жертв удара по Николаевской ОГА выросло до 20", "Ukrainska Pravda", "media", stext="Украинская правда", **P)
    C(d, "killed", 33, "exact", "к 1 апреля — до 33", **P)
    C(d, "killed", 37, "exact", "всего погибли 37 человек", **P)
    C(d, "injured", 34, "exact", "34 получили ранения", **P)
    C(d, "deployed", 150, "about", "около 150 спасателей ГСЧС", **P)
    C(d, "killed", 200, "at_least", "«не менее 200 военных»", "Russian Telegram channels", "social_media", "unconfirmed", group=RU, stext="Российские телеграм-каналы", **P)
    C(d, "killed", 200, "at_least", "украинские власти назвали это фейком", "Ukrainian authorities", "official", "denied", group=RU, stext="украинские власти", **P)

    # ================================================================ Tbilisi, 9 March 1956
    P = dict(place=TBS, date=D_TB)
    SO = "soldiers"
    d = "tbilisi_timeline_ru.md"  # header: "тбилисское (UTC+4)"
    C(d, "participants", None, "vague", "собираются несколько сотен человек", place=TBS, date="1956-03-04")
    C(d, "participants", 10000, "about", "находятся около 10 тысяч человек", "Interior Ministry of the Georgian SSR", "official", stext="По данным МВД Грузинской ССР", place=TBS, date="1956-03-05")
    C(d, "participants", 200, "about", "Группа примерно из 200 человек", place=TBS, date="1956-03-09")
    C(d, "injured", None, "vague", "насчитали «десятки» раненых", "doctors, according to eyewitnesses", "eyewitness", stext="Врачи, по словам очевидцев", **P)
    C(d, "detained", 200, "exact", "задержаны 200 «зачинщиков беспорядков»", "Tbilisi military commandant's office", "official", stext="Комендатура", place=TBS, date="1956-03-10")
    C(d, "killed", None, "vague", "слухи о «тысячах убитых»", "rumours in Tbilisi", "unknown", "unconfirmed", stext="По Тбилиси распространяются слухи", **P)
    C(d, "killed", None, "vague", "Комендант города назвал эти слухи «провокационным вымыслом»", "the city's military commandant", "official", "denied", stext="Комендант города", **P)
    MV = dict(src="Interior Ministry of the Georgian SSR", stype="official", stext="МВД Грузинской ССР", **P)
    C(d, "killed", 15, "exact", "убиты 15 человек", **MV)
    C(d, "injured", 54, "exact", "ранены 54", **MV)
    C(d, "injured", 7, "exact", "из них 7 военнослужащих", group=SO, **MV)
    C(d, "convicted", 39, "exact", "Приговоры вынесены 39 участникам выступлений", place=TBS, date="1956-06")
    C(d, "killed", 21, "at_least", "погибли не менее 21 человека", "commission of the Supreme Soviet of the Georgian SSR", "official", stext="Комиссия Верховного Совета Грузинской ССР", **P)
    C(d, "killed", [80, 150], "range", "называют от 80 до 150 погибших", "historians", "ngo", stext="Историки", **P)
    C(d, "killed", 68, "exact", "в котором 68 имён погибших", "activists of the 9 March Memory movement", "activist", stext="Активисты общественного движения «Память 9 марта»", **P)
    row = "| МВД Грузинской ССР | 11.03.1956 | 15 | 54 | — |"
    C(d, "killed", 15, "exact", row, **MV)
    C(d, "injured", 54, "exact", row, **MV)
    C(d, "detained", 200, "exact", "| Комендатура Тбилиси | 10.03.1956 | — | — | 200 |", "Tbilisi military commandant's office", "official", stext="Комендатура Тбилиси", place=TBS, date="1956-03-10")
    row = "| Справка КГБ (архив) | 1956 | 21 | 54 | не менее 300 |"
    KG = dict(src="KGB memorandum (archive)", stype="official", stext="Справка КГБ (архив)")
    C(d, "killed", 21, "exact", row, **KG, **P)
    C(d, "injured", 54, "exact", row, **KG, **P)
    C(d, "detained", 300, "at_least", row, **KG, place=TBS, date="1956-03")
    C(d, "killed", 21, "at_least", "| Комиссия Верховного Совета | 1989 | не менее 21 | — | — |", "commission of the Supreme Soviet", "official", stext="Комиссия Верховного Совета", **P)
    C(d, "killed", [80, 150], "range", "| Историки | 2006 | 80–150 | — | — |", "historians", "ngo", stext="Историки", **P)
    C(d, "killed", None, "vague", "писала о «сотнях погибших»", "émigré press", "media", "unconfirmed", stext="Эмигрантская пресса", **P)
    C(d, "killed", 300, "about", "о «примерно 300 убитых»", "Radio Liberty", "media", "unconfirmed", stext="радиостанция «Свобода»", **P)

    w = "tbilisi_wiki_en.atom#tb-wp"
    CA = dict(src="Caucasus Archive", stype="media", **P)
    C(w, "killed", 21, "exact", "| casualties1 = 21 killed (official)", **CA)
    C(w, "killed", 21, "exact", "Archive files confirm 21 dead in the Tbilisi shooting of 1956", **CA)
    C(w, "killed", [80, 150], "range", "| casualties2 = 80–150 killed (other estimates)", "other estimates", "unknown", **P)
    C(w, "injured", 54, "exact", "| casualties3 = 54 wounded", **P)
    MV = dict(src="the Interior Ministry of the Georgian SSR", stype="official", **P)
    C(w, "killed", 15, "exact", "reported 15 dead and 54 wounded", **MV)
    C(w, "injured", 54, "exact", "54 wounded to Moscow", **MV)
    C(w, "killed", 21, "exact", "A KGB memorandum found in the archive in the 1990s lists 21 killed", "A KGB memorandum", "official", **P)
    C(w, "killed", [80, 150], "range", "estimate that between 80 and 150 people were killed", "Independent historians", "ngo", **P)
    C(w, "detained", 200, "about", "About 200 people were detained on 10 March", place=TBS, date="1956-03-10")
    C(w, "convicted", 39, "exact", "courts sentenced 39 of them", place=TBS, date="1956-06")
    w = "tbilisi_wiki_en.atom#tb-talk"
    C(w, "killed", 800, "exact", '"800 killed"', "a blog cited by an anonymous editor", "social_media", "unconfirmed", **P)
    C(w, "killed", 800, "exact", "The National Archives of Georgia have called that number baseless", "The National Archives of Georgia", "official", "denied", **P)
    C(w, "killed", None, "vague", '"hundreds of dead"', "Émigré newspapers in 1956", "media", "unconfirmed", **P)
    C(w, "injured", None, "vague", "dozens of people were wounded at the embankment alone", "Witnesses interviewed in 2006", "eyewitness", **P)

    d = "tbilisi_news_kk.txt"
    C(d, "killed", 21, "exact", "ресми 21 құрбан", "official figures", "official", stext="ресми", **P)
    C(d, "killed", 150, "at_most", "тарихшылар 150-ге дейін дейді", "historians", "ngo", stext="тарихшылар", **P)
    MV = dict(src="Interior Ministry of Georgia", stype="official", stext="Грузия Ішкі істер министрлігінің 11 наурыздағы баянхатында", **P)
    C(d, "killed", 15, "exact", "15 адам қаза тапты", **MV)
    C(d, "injured", 54, "exact", "54 адам жараланды", **MV)
    C(d, "killed", 21, "exact", "өлгендердің саны 21 деп жазылған", "KGB memorandum found by the National Archives of Georgia", "official", stext="Грузия Ұлттық мұрағатының қызметкерлері тапқан КГБ анықтамасында", **P)
    C(d, "killed", [80, 150], "range", "80-нен 150-ге дейін адам қаза тапқан", "historians", "ngo", stext="Тарихшылардың бағалауынша", **P)
    C(d, "injured", None, "vague", "ондаған адам жараланған", "eyewitnesses", "eyewitness", stext="Көзкөргендердің айтуынша", **P)
    C(d, "detained", 200, "about", "200-ге жуық адам ұсталды", place=TBS, date="1956-03-10")
    C(d, "convicted", 39, "exact", "39 адам сотталды", place=TBS, date="1956-06")
    C(d, "killed", None, "vague", "мыңдаған адам қаза тапты деп жазған", "émigré publications", "media", "unconfirmed", stext="Кейбір эмиграциялық басылымдар", **P)
    C(d, "killed", None, "vague", "бұл деректі негізсіз деп атады", "National Archives of Georgia", "official", "denied", stext="Грузия Ұлттық мұрағаты", **P)

    # ================================================================ SCAT flight 760, 29 January 2013
    P = dict(place=KZT, date=D_SC)
    PA, CR, CH = "passengers", "crew", "children"
    d = "scat_news_kk.txt"
    C(d, "killed", 21, "exact", "21 адам қаза тапты", **P)
    ES = dict(src="Kazakhstan Ministry of Emergency Situations", stype="official", stext="Қазақстан Төтенше жағдайлар министрлігінің мәліметінше", **P)
    C(d, "killed", 21, "exact", "ұшақтағы 21 адамның бәрі қаза тапты", **ES)
    C(d, "killed", 16, "exact", "16 жолаушы", group=PA, **ES)
    C(d, "killed", 5, "exact", "5 экипаж мүшесі", group=CR, **ES)
    C(d, "killed", 1, "exact", "арасында бір бала бар", group=CH, **P)
    C(d, "killed", 5, "exact", "экипаждың бес мүшесінің бәрі қаза тапқанын растады", "SCAT airline", "company", group=CR, stext="SCAT әуе компаниясы", **P)
    C(d, "killed", 20, "exact", "20 адам өлді деп хабарлаған", "Interfax-Kazakhstan", "media", stext="«Интерфакс-Қазақстан» агенттігі", **P)
    C(d, "killed", 21, "exact", "бұл санды 21-ге дейін нақтылады", "the ministry", "official", stext="министрлік", **P)
    C(d, "deployed", 300, "about", "300-ге жуық құтқарушы мен полиция қызметкері жіберілді", **P)
    C(d, "injured", 2, "exact", "екі жолаушы тірі қалып, ауруханаға жеткізілді", "social media", "social_media", "unconfirmed", group=PA, stext="Әлеуметтік желілерде", **P)
    C(d, "injured", 2, "exact", "бұл ақпаратты жалған деп атады", "Ministry of Emergency Situations spokesman", "official", "denied", group=PA, stext="ТЖМ ресми өкілі", **P)

    d = "scat_press_kk.html"  # the Aviation Safety Public Foundation in its own voice
    C(d, "killed", 21, "exact", "21 адамның өмірі", **P)
    C(d, "killed", 21, "exact", "Бортта болған 21 адамның ешқайсысы аман қалмады", **P)
    GC = dict(src="government commission", stype="official", stext="Үкімет комиссиясының қорытындысына сәйкес", **P)
    C(d, "killed", 21, "exact", "<tr><td>Барлығы қаза тапқандар</td><td>21</td></tr>", **GC)
    C(d, "killed", 16, "exact", "<tr><td>оның ішінде жолаушылар</td><td>16</td></tr>", group=PA, **GC)
    C(d, "killed", 5, "exact", "<tr><td>оның ішінде экипаж мүшелері</td><td>5</td></tr>", group=CR, **GC)
    C(d, "deployed", 400, "more_than", "<tr><td>Іздеуге тартылған адамдар</td><td>400-ден астам</td></tr>", **GC)
    C(d, "dismissed", 2, "exact", "әуе компаниясының 2 басшысы қызметінен босатылды", place=KZT, date="2013")

    # ================================================================ Kaspiysk parade bombing, 9 May 2002
    P = dict(place=KSP, date=D_KS)
    CH, SO = "children", "servicemen"
    f = "kaspiysk_articles_ru.jsonl#"
    C(f + "ksp1", "killed", None, "vague", "десятки погибших, среди них дети", **P)
    PD = dict(src="Dagestan prosecutor's office", stype="official", stext="По данным прокуратуры Дагестана", **P)
    C(f + "ksp1", "killed", 34, "exact", "на вечер четверга погибли 34 человека", **PD)
    C(f + "ksp1", "killed", 12, "exact", "из них 12 детей", group=CH, **PD)
    C(f + "ksp1", "killed", 7, "exact", "Ночью в больницах скончались ещё семеро", **P)
    C(f + "ksp1", "killed", 17, "at_least", "среди убитых не менее 17 военнослужащих", "an Interior Ministry officer who asked not to be named", "official", group=SO, stext="Сотрудник МВД республики, просивший не называть его имени", **P)
    C(f + "ksp1", "injured", 130, "more_than", "доставлены более 130 раненых", **P)
    C(f + "ksp1", "injured", 47, "exact", "говорит о 47 тяжёлых", "chief doctor of the city hospital", "official", stext="главный врач городской больницы", **P)
    C(f + "ksp1", "killed", 100, "more_than", "«более чем 100 погибших»", "some websites", "social_media", "unconfirmed", stext="На отдельных сайтах", **P)
    C(f + "ksp1", "killed", 100, "more_than", "В пресс-службе МВД Дагестана их назвали вымыслом", "Dagestan Interior Ministry press service", "official", "denied", stext="В пресс-службе МВД Дагестана", **P)
    C(f + "ksp1", "killed", None, "vague", "жертвами стали «десятки военных»", "Kavkaz Center, the Chechen separatists' website", "opposition", group=SO, stext="Сайт чеченских сепаратистов «Кавказ-центр»", **P)
    OF = dict(src="official results of the investigation", stype="official", stext="По официальным итогам", **P)
    C(f + "ksp2", "killed", 45, "exact", "жертвами теракта стали 45 человек", **OF)
    C(f + "ksp2", "killed", 13, "exact", "в том числе 13 детей", group=CH, **OF)
    C(f + "ksp2", "injured", 150, "about", "ещё около 150 получили ранения", **OF)
    C(f + "ksp2", "injured", 170, "at_most", "до 170", "Memorial human rights centre", "ngo", stext="Правозащитный центр «Мемориал»", **P)
    C(f + "ksp2", "detained", 4, "exact", "были задержаны четверо подозреваемых", place=KSP, date="2002")
    C(f + "ksp2", "charged", 2, "exact", "Обвинения предъявлены двоим", place=KSP, date="2003")

    d = "kaspiysk_report_uk.txt"
    GP = dict(src="Russian Prosecutor General's Office", stype="official", stext="Генеральна прокуратура Росії", **P)
    C(d, "killed", 42, "exact", "кількість загиблих зросла до 42", **P)
    C(d, "killed", 12, "exact", "серед них 12 дітей", group=CH, **P)
    C(d, "killed", 42, "exact", "зросла до 42 людей", **GP)
    C(d, "killed", 34, "exact", "йшлося про 34 загиблих", **P)
    C(d, "killed", 12, "exact", "Серед загиблих — 12 дітей", group=CH, **P)
    C(d, "killed", 17, "at_least", "щонайменше 17 військовослужбовців Каспійської флотилії", group=SO, **P)
    C(d, "injured", 150, "more_than", "Поранення отримали понад 150 осіб", **P)
    C(d, "injured", 60, "exact", "60 із них залишаються в лікарнях", **P)
    C(d, "detained", 2, "exact", "затримано двох підозрюваних", "head of the Dagestan Interior Ministry", "official", stext="Глава МВС Дагестану", place=KSP, date="2002-05")
    C(d, "deployed", 200, "more_than", "понад 200 співробітників ФСБ і поліції", **P)

    d = "kaspiysk_news_en.txt"
    GP = dict(src="Prosecutor General's Office", stype="official", **P)
    C(d, "killed", 45, "exact", "Forty-five people were killed", **GP)
    C(d, "killed", 13, "exact", "among them 13 children", group=CH, **GP)
    C(d, "injured", 100, "more_than", "more than 100 people were injured", "Russian health officials", "official", **P)
    C(d, "injured", 170, "about", "put the number of wounded at about 170", "local doctors", "official", **P)
    C(d, "killed", 19, "exact", "The flotilla said 19 of its servicemen died", "the Caspian Flotilla", "official", group=SO, **P)
    SC = dict(src="Supreme Court of Dagestan", stype="official", place=KSP, date="2004")
    C(d, "convicted", 2, "exact", "sentenced two men to life imprisonment", **SC)
    C(d, "convicted", 1, "exact", "a third was given 17 years", **SC)
    C(d, "killed", None, "vague", "dozens of bodies had been taken away secretly", "rumours", "unknown", "unconfirmed", **P)
    C(d, "killed", None, "vague", 'dismissed by the republic\'s prosecutor as "absolutely false"', "the republic's prosecutor", "official", "denied", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d29g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "nakhimov_report_ru.txt"
    T(d, "1986-08-31T23:12", "Admiral Nakhimov collides with Pyotr Vasev", "около 23:12 по московскому времени")
    T(d, "1986-09-02", "first TASS report: 79 dead, 319 missing", "Первое сообщение ТАСС появилось только 2 сентября")
    T(d, "1987-03", "USSR Supreme Court convicts both captains", "В марте 1987 года Верховный суд СССР")
    T(d, "1992", "both captains released", "В 1992 году оба вышли на свободу")
    T(d, "2016-08-30", "commemoration at Cape Doob", "Накануне годовщины у памятника")
    d = "nakhimov_wiki_uk.wiki"
    T(d, "1986-08-31T22:00", "Admiral Nakhimov leaves Novorossiysk for Sochi", "Увечері 31 серпня о 22:00")
    T(d, "1986-08-31T23:12+04:00", "Pyotr Vasev rams the liner", "О 23:12 за московським часом (UTC+4)")
    T(d, "1986-09-01", "rescue vessels still picking up people", "Уранці 1 вересня")
    T(d, "1986-09-02", "TASS report mentions 79 dead", "Перше повідомлення ТАРС від 2 вересня")
    T(d, "1987-03", "captains sentenced to 15 years", "У березні 1987 року Верховний суд СРСР")
    T(d, "1992", "captains released", "Обох звільнили 1992 року")
    f = "nakhimov_feed_en.rss#"
    T(f + "nkh-1", "1986-08-31", "Admiral Nakhimov leaves Novorossiysk", "on the evening of Sunday, 31 August 1986")
    T(f + "nkh-1", "1986-08-31T23:12", "Pyotr Vasev rams the liner", "At 23:12 Moscow time")
    T(f + "nkh-2", "2011-08-31", "families gather at Cape Doob", "Families of the victims gathered at Cape Doob on Wednesday")
    T(f + "nkh-2", "1987-03", "both captains sentenced", "In March 1987 the USSR Supreme Court")
    T(f + "nkh-2", "1992", "captains released", "they were released in 1992")

    d = "mykolaiv_statement_uk.txt"
    T(d, "2022-03-29T08:45", "missile hits the regional administration building", "приблизно о 08:45 російська ракета")
    T(d, "2022-03-28", "cluster munitions shelling of Mykolaiv, three injured", "Учора ввечері окупанти обстріляли Миколаїв")
    d = "mykolaiv_mtblog_en.txt"
    T(d, "2022-03-29T08:45", "rocket hits the regional administration", "On Tuesday 29 March in 8.45 hours")
    for upd, when, label in (("29.03 11.30", "2022-03-29T11:30", "7 dead, 22 wounded"), ("29.03 20.00", "2022-03-29T20:00", "SES: 12 dead, 33 wounded"),
                             ("30.03 14.00", "2022-03-30T14:00", "20 dead"), ("01.04 10.00", "2022-04-01T10:00", "33 dead"), ("04.04 18.00", "2022-04-04T18:00", "search finished: 37 dead, 34 wounded")):
        T(d, when, label, f"Update {upd}")
    d = "mykolaiv_export_ru.xml#60418"
    T(d, "2022-03-29T08:45+03:00", "missile hits the administration building", "во вторник, 29 марта, около 08:45 по киевскому времени (UTC+3)")
    T(d, "2022-03-29", "Kim: 12 dead, 33 wounded", "Вечером того же дня Ким назвал 12 погибших")
    T(d, "2022-03-30", "death toll rises to 20", "На следующий день, 30 марта")
    T(d, "2022-04-01", "death toll rises to 33", "к 1 апреля — до 33")
    T(d, "2022-04-04", "search operation completed: 37 dead", "4 апреля спасатели завершили поисковую операцию")

    d = "tbilisi_timeline_ru.md"  # header: тбилисское (UTC+4)
    Z = "+04:00"
    for when, label, anchor in (
        ("1956-03-04T11:00", "first students bring flowers to the Stalin monument", "**11:00** — Первые группы студентов"),
        ("1956-03-04T17:30", "several hundred at the monument", "**17:30** — У памятника собираются"),
        ("1956-03-05T10:00", "anniversary of Stalin's death, students march", "**10:00** — Годовщина смерти Сталина"),
        ("1956-03-05T15:00", "about 10,000 at the monument", "**15:00** — По данным МВД Грузинской ССР"),
        ("1956-03-05T20:00", "Mzhavanadze urges the crowd to disperse", "**20:00** — Первый секретарь ЦК КП Грузии"),
        ("1956-03-09T12:00", "demands read out at the monument", "**12:00** — На митинге у памятника"),
        ("1956-03-09T18:00", "Tbilisi garrison troops enter the city", "**18:00** — В город вводятся части"),
        ("1956-03-09T22:30", "group heads to the House of Communications", "**22:30** — Группа примерно из 200 человек"),
        ("1956-03-09T23:50", "soldiers open fire at the House of Communications", "**23:50** — Солдаты охраны открывают огонь"),
        ("1956-03-10T00:30", "shooting at the monument on the embankment", "**00:30** — Стрельба у памятника"),
        ("1956-03-10T03:00", "wounded brought to the 1st city hospital", "**03:00** — Раненых доставляют"),
        ("1956-03-10T09:00", "city cordoned off, curfew", "**09:00** — Город оцеплен войсками"),
        ("1956-03-10T14:00", "commandant's office: 200 detained", "**14:00** — Комендатура сообщает"),
        ("1956-03-11T10:00", "Georgian Interior Ministry reports 15 dead, 54 wounded", "**10:00** — МВД Грузинской ССР докладывает"),
        ("1956-03-11T18:00", "relatives search hospitals and morgues", "**18:00** — Родственники ищут пропавших"),
    ):
        T(d, when + Z, label, anchor)
    T(d, "1956-03-06", "rallies continue day and night", "**6 марта** — Митинги продолжаются")
    T(d, "1956-03-07", "transport partly stopped", "**7 марта** — Городской транспорт")
    T(d, "1956-03-08", "crowd demands the full text of the report", "**8 марта** — Толпа требует")
    T(d, "1956-03-10", "rumours of thousands killed", "**Вечер** — По Тбилиси распространяются слухи")
    T(d, "1956-04", "plenum admits political errors; first trials", "**Апрель 1956 года**")
    T(d, "1956-06", "39 participants sentenced", "**Июнь 1956 года**")
    T(d, "1989", "Supreme Soviet commission: at least 21 dead", "**1989 год**")
    T(d, "2006", "historians: 80-150 dead", "**2006 год**")
    T(d, "2016-03", "activists publish a list of 68 names", "**Март 2016 года**")
    w = "tbilisi_wiki_en.atom#tb-wp"
    T(w, "1956-03-09T23:50", "troops open fire outside the House of Communications", "The shooting began at about 23:50")
    T(w, "1956-03-11", "Interior Ministry reports 15 dead, 54 wounded", "On 11 March the Interior Ministry")
    T(w, "1956-03-10", "about 200 detained", "detained on 10 March")
    T(w, "1956-06", "39 sentenced", "in June 1956 courts sentenced 39")
    d = "tbilisi_news_kk.txt"
    T(d, "1956-03-09", "Soviet troops fire on students", "1956 жылғы 9 наурыздан 10 наурызға қараған түні")
    T(d, "1956-03-05", "protests begin", "5 наурызда басталған")
    T(d, "1956-03-09T23:50", "shooting begins", "түнгі сағат 23:50 шамасында атыс басталып")
    T(d, "1956-06", "39 convicted", "1956 жылғы маусымда 39 адам сотталды")

    d = "scat_news_kk.txt"
    T(d, "2013-01-29T13:13", "SCAT CRJ-200 crashes near Kyzyltu", "жергілікті уақытпен 13:13 шамасында")
    T(d, "2013-01-31", "national day of mourning", "31 қаңтар Қазақстанда ұлттық аза тұту күні")
    d = "scat_press_kk.html"
    T(d, "2013-01-29T13:13", "flight 760 crashes on approach to Almaty", "2013 жылғы 29 қаңтарда, сейсенбі күні, сағат 13:13 шамасында")

    f = "kaspiysk_articles_ru.jsonl#"
    T(f + "ksp1", "2002-05-09T09:45", "bomb explodes during the Victory Day procession", "Вчера, 9 мая, около 9:45")
    T(f + "ksp1", "2002-05-09", "prosecutors: 34 dead, 12 children", "на вечер четверга погибли 34 человека")
    T(f + "ksp1", "2002-05-09", "seven more die in hospital overnight", "Ночью в больницах скончались ещё семеро")
    T(f + "ksp2", "2003-06-24", "first court hearing scheduled", "Первое заседание назначено на вторник, 24 июня")
    d = "kaspiysk_report_uk.txt"
    T(d, "2002-05-09T09:45", "bomb explodes on Lenin street during the parade", "Вибух стався в четвер, 9 травня, близько 09:45 за місцевим часом")
    T(d, "2002-05-09", "first count: 34 dead", "Ще вчора ввечері йшлося про 34 загиблих")
    d = "kaspiysk_news_en.txt"
    T(d, "2002-05-09T09:45", "bomb explodes as the Caspian Flotilla band marches past", "at about 09:45 on Thursday, May 9, 2002")
    T(d, "2004", "two sentenced to life, one to 17 years", "In 2004 the Supreme Court of Dagestan")
    T(d, "2007", "Khalilov killed in a special operation", "Khalilov was killed in a special operation in 2007")
    T(d, "2012-05-09", "commemoration on Lenin Street", "Hundreds of people laid flowers on Wednesday")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d29t{n:03d}"
    return rows


ENTITIES = [
    ("Novorossiysk", "place", ["Новороссийска", "Новоросійськ", "Новоросійська", "Novorossiysk"]),
    ("Tsemes Bay", "place", ["Цемесской бухте", "Цемеська бухта"]),
    ("Cape Doob", "place", ["мысе Дооб", "Cape Doob"]),
    ("Heydar Aliyev", "person", ["Гейдаром Алиевым", "Heydar Aliyev"]),
    ("Vadim Markov", "person", ["Вадима Маркова", "Вадим Марков", "Vadim Markov"]),
    ("Viktor Tkachenko", "person", ["Виктора Ткаченко", "Віктора Ткаченка", "Віктор Ткаченко", "Viktor Tkachenko"]),
    ("TASS", "org", ["ТАСС", "ТАРС"]),
    ("USSR Supreme Court", "org", ["Верховный суд СССР", "Верховний суд СРСР", "USSR Supreme Court"]),
    ("Mykolaiv", "place", ["Миколаїв", "Миколаєве", "Николаев", "Николаеве", "Mykolaiv"]),
    ("Mykolaiv regional administration", "org", ["Николаевской ОГА", "ОГА", "Николаевской областной государственной администрации"]),
    ("Vitaliy Kim", "person", ["Віталій Кім", "Виталий Ким", "Кім", "Ким", "Kim"]),
    ("State Emergency Service of Ukraine", "org", ["ДСНС", "ГСЧС", "State Emergency Service"]),
    ("Tbilisi", "place", ["Тбилиси", "Тбилисидегі", "Тбилисиге", "Тбилисиде", "Tbilisi"]),
    ("Georgian SSR", "place", ["Грузинской ССР", "Georgian SSR"]),
    ("Georgia", "place", ["Грузии", "Грузия"]),
    ("House of Communications", "place", ["Дому связи", "Дома связи", "Байланыс үйінің", "House of Communications"]),
    ("Rustaveli Avenue", "place", ["проспекте Руставели", "Руставели даңғылындағы", "Rustaveli Avenue"]),
    ("Kura", "place", ["Куры", "Куру", "Кура"]),
    ("Nikita Khrushchev", "person", ["Никиты Хрущёва", "Хрущёва", "Хрущевтің", "Nikita Khrushchev"]),
    ("Vasily Mzhavanadze", "person", ["Василий Мжаванадзе", "Мжаванадзе"]),
    ("National Archives of Georgia", "org", ["Национального архива Грузии", "Национальный архив Грузии", "Грузия Ұлттық мұрағатының", "Грузия Ұлттық мұрағаты", "National Archives of Georgia"]),
    ("Moscow", "place", ["Москву", "Москви", "Мәскеуден", "Moscow"]),
    ("Kyzyltu", "place", ["Қызылту", "Қызылтудағы"]),
    ("Almaty", "place", ["Алматы", "Алматыға", "Алматыда"]),
    ("Kokshetau", "place", ["Көкшетаудан", "Көкшетау"]),
    ("SCAT", "org", ["SCAT", "SCAT Airlines"]),
    ("Kazakhstan Ministry of Emergency Situations", "org", ["Төтенше жағдайлар министрлігінің", "ТЖМ"]),
    ("Kaspiysk", "place", ["Каспийске", "Каспийска", "Каспійську", "Каспійська", "Kaspiysk"]),
    ("Dagestan", "place", ["Дагестана", "Дагестану", "Dagestan"]),
    ("Makhachkala", "place", ["Махачкалы", "Махачкали", "Makhachkala"]),
    ("Caspian Flotilla", "org", ["Каспийской флотилии", "Каспійської флотилії", "Caspian Flotilla"]),
    ("Rappani Khalilov", "person", ["Раппани Халилова", "Rappani Khalilov", "Khalilov"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset29", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
