"""Write the gold annotations of the sample corpus: tests/data/gold/sample.{claims,timeline,entities}.

The gold is data, and tests/data/gold/*.jsonl / *.json are the artefacts everyone reads. This script
is simply the easiest place to edit them: one call per annotation, with defaults for the common case
(the main town, the day of the breach, the document's own voice). Edit it, run it, then run
tests/test_sample_corpus.py, which checks every anchor against its document:

    python tools/make_sample_gold.py

Conventions are described in tests/data/gold/README.md.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold"
TOWN = "Zhezkazgan (Zhezqazghan)"  # common English spelling + the GeoNames name, so either scores


def claims() -> list[dict]:
    D16 = "2023-05-16"
    def upto(r):  # casualty tolls reported on day r count deaths from the breach up to r
        return D16 if r == D16 else [D16, r]
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=TOWN, date=D16, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # --- the wire and its two copies -------------------------------------------------------------
    MCHS_EN = "Ministry of Emergency Situations"
    for doc, head in (("wire_caw_en.txt", ("at least three dead", "at_least")),
                      ("herald_copy_en.html", ("Three killed", "exact")),
                      ("eurasia_monitor_copy_en.md", ("at least three killed", "at_least"))):
        C(doc, "killed", 3, head[1], head[0])
        C(doc, "killed", 3, "at_least", "killing at least three people", MCHS_EN, "official", stext="the Ministry of Emergency Situations said")
        C(doc, "injured", 12, "exact", "Twelve people were taken to hospital", "ministry spokesman Nurzhan Abenov", "official")
        C(doc, "missing", 20, "exact", "20 were missing", "ministry spokesman Nurzhan Abenov", "official")
        C(doc, "deployed", 300, "more_than", "More than 300 rescuers", "ministry spokesman Nurzhan Abenov", "official", stext="he said")
        C(doc, "buildings_damaged", 96, "exact", "96 houses had been damaged", "local officials", "official", stext="Local officials said")
        C(doc, "vehicles_damaged", None, "vague", "dozens of cars swept away", "local officials", "official", stext="Local officials said")

    # --- the NGO report and its Russian translation ---------------------------------------------
    R = "2023-05-25"
    d = "ngo_report_en.md"
    C(d, "killed", 9, "exact", "The authorities acknowledge nine deaths", "the authorities", "official", date=upto(R))
    C(d, "killed", 25, "at_least", "at least 25 people died", "Steppe Rights Watch", "ngo", date=upto(R), stext="Steppe Rights Watch has established")
    C(d, "killed", 25, "exact", "documented 25 deaths by name", "Steppe Rights Watch", "ngo", date=upto(R))
    C(d, "killed", 14, "at_least", "at least 14 of the dead were Kengirmys employees", "the miners' trade union", "union", group="company employees", date=upto(R))
    C(d, "killed", 2, "exact", "the company has acknowledged only two", "Kengirmys", "company", group="company employees", date=upto(R), stext="the company")
    C(d, "killed", 7, "exact", "seven bodies were brought to the city morgue", "medical workers in Zhezkazgan", "eyewitness")
    C(d, "killed", 3, "exact", "the ministry was still reporting three dead", "the ministry", "official")
    C(d, "injured", 100, "more_than", "More than 100 people were injured", "hospital records seen by Steppe Rights Watch", "ngo", date=upto(R), stext="according to records of the two hospitals that we were shown")
    C(d, "injured", 86, "exact", "the official figure is 86", "official figure", "official", date=upto(R))
    C(d, "missing", 11, "exact", "Eleven people remained missing", "Steppe Rights Watch", "ngo", date=upto("2023-05-24"))
    C(d, "participants", [2000, 3000], "range", "between 2,000 and 3,000 residents gathered", date="2023-05-18")
    C(d, "detained", 50, "more_than", "More than 50 people were detained", "Steppe Rights Watch monitors", "ngo", date="2023-05-18", stext="according to our monitors")
    C(d, "injured", 11, "exact", "11 protesters were treated for injuries", "Steppe Rights Watch monitors", "ngo", group="protesters", date="2023-05-18", stext="according to our monitors")
    d = "ngo_report_ru.html"
    C(d, "killed", 9, "exact", "Власти признают девять погибших", "the authorities", "official", date=upto(R), stext="Власти")
    C(d, "killed", 25, "at_least", "погибли не менее 25 человек", "Steppe Rights Watch", "ngo", date=upto(R), stext="Steppe Rights Watch установил")
    C(d, "killed", 25, "exact", "поимённо установил 25 погибших", "Steppe Rights Watch", "ngo", date=upto(R))
    C(d, "killed", 14, "at_least", "не менее 14 погибших были сотрудниками", "the miners' trade union", "union", group="company employees", date=upto(R), stext="Профсоюз горняков")
    C(d, "killed", 2, "exact", "компания признаёт лишь двоих", "Kengirmys", "company", group="company employees", date=upto(R), stext="компания")
    C(d, "killed", 7, "exact", "в городской морг доставили семь тел", "medical workers in Zhezkazgan", "eyewitness", stext="По словам медиков Жезказгана")
    C(d, "killed", 3, "exact", "министерство ещё сообщало о трёх погибших", "the ministry", "official", stext="министерство")
    C(d, "injured", 100, "more_than", "Пострадали более 100 человек", "hospital records seen by Steppe Rights Watch", "ngo", date=upto(R), stext="показанные нам журналы двух больниц")
    C(d, "injured", 86, "exact", "официальная цифра — 86", "official figure", "official", date=upto(R))
    C(d, "missing", 11, "exact", "пропавшими без вести оставались 11 человек", "Steppe Rights Watch", "ngo", date=upto("2023-05-24"), stext="По данным Steppe Rights Watch")
    C(d, "participants", [2000, 3000], "range", "от 2000 до 3000 жителей собрались", date="2023-05-18")
    C(d, "detained", 50, "more_than", "задержаны более 50 человек", "Steppe Rights Watch monitors", "ngo", date="2023-05-18", stext="По данным наших наблюдателей")
    C(d, "injured", 11, "exact", "11 протестующим потребовалась медицинская помощь", "Steppe Rights Watch monitors", "ngo", group="protesters", date="2023-05-18", stext="По данным наших наблюдателей")

    # --- Russian local news (16 May) ---------------------------------------------------------------
    d = "ulytau_news_ru.txt"
    C(d, "killed", 5, "exact", "пятеро погибших")
    C(d, "buildings_damaged", None, "vague", "десятки домов затоплены")
    C(d, "killed", 5, "exact", "погибли пять человек", "Ministry of Health", "official", stext="По данным Министерства здравоохранения")
    C(d, "injured", 41, "exact", "41 человек госпитализирован", "Ministry of Health", "official", stext="По данным Министерства здравоохранения")
    C(d, "killed", 3, "exact", "МЧС сообщало о троих погибших", "Ministry of Emergency Situations", "official", stext="МЧС")
    C(d, "missing", 20, "exact", "20 пропавших без вести", "Ministry of Emergency Situations", "official", stext="МЧС")
    C(d, "injured", [60, 80], "range", "от 60 до 80", "sources in the city hospital", "unknown", stext="Источники «Улытау Курьера» в городской больнице")
    C(d, "missing", 30, "at_most", "могут оставаться до 30 человек", None, "unknown", mod="unconfirmed", alt=["killed"])
    C(d, "buildings_damaged", 96, "exact", "96 частных домов", "regional governor Marat Zhumabekov", "official", stext="По словам Марата Жумабекова")
    C(d, "vehicles_damaged", 40, "about", "около 40 автомобилей", "regional governor Marat Zhumabekov", "official", stext="По словам Марата Жумабекова")

    # --- forum thread, cp1251 (17 May) -----------------------------------------------------------
    d = "forum_post_ru_cp1251.txt"
    C(d, "killed", 7, "exact", "Сам видел семерых погибших")
    C(d, "killed", 40, "more_than", "погибло больше сорока", None, "unknown", mod="unconfirmed")
    C(d, "buildings_damaged", 30, "exact", "30 домов стоят в грязи")
    C(d, "vehicles_damaged", 20, "at_least", "Машин утонуло штук 20, не меньше")

    # --- Telegram digest, KOI8-R (18 May) ----------------------------------------------------------
    d = "telegram_digest_ru_koi8r.txt"
    R = "2023-05-18"
    C(d, "participants", 1500, "about", "около 1,5 тыс. человек", "police", "official", date=R, stext="По данным полиции")
    C(d, "detained", 23, "exact", "задержаны 23 человека", "police spokesman Yerlan Kasenov", "official", date=R, stext="Пресс-секретарь департамента полиции Улытауской области Ерлан Касенов")
    C(d, "injured", 6, "exact", "пострадали шесть полицейских", "police spokesman Yerlan Kasenov", "official", group="police", date=R, stext="Ерлан Касенов")
    C(d, "detained", 50, "more_than", "более чем 50 задержанных", "activists", "activist", date=R, stext="Активисты")
    C(d, "killed", 9, "exact", "9 погибших", "regional governor Marat Zhumabekov", "official", date=upto(R), stext="Аким области Марат Жумабеков")
    C(d, "injured", 86, "exact", "86 пострадавших", "regional governor Marat Zhumabekov", "official", date=upto(R), stext="Аким области Марат Жумабеков")
    C(d, "missing", 4, "exact", "4 человека числятся пропавшими без вести", "regional governor Marat Zhumabekov", "official", date=upto(R), stext="Аким области Марат Жумабеков")
    C(d, "killed", 40, "exact", "о 40 погибших, которые второй день гуляют по соцсетям", "social networks", "social_media", mod="unconfirmed", date=upto(R), stext="по соцсетям")
    C(d, "killed", 40, "exact", "МЧС опровергает сообщения о 40 погибших", "Ministry of Emergency Situations", "official", mod="denied", date=upto(R), stext="МЧС")
    C(d, "killed", [5, 50], "range", "от 5 до 50 погибших", "the internet", "social_media", stext="в сети называли")

    # --- undated volunteer's story ----------------------------------------------------------------
    d = "eyewitness_nodate_ru.txt"
    C(d, "deployed", 10, "about", "человек десять")
    C(d, "killed", 4, "exact", "достали четверых погибших")
    C(d, "missing", 10, "exact", "Десять человек из нашего квартала")

    # --- Wikinews chronology in a .txt --------------------------------------------------------------
    d = "wikinews_chronology_ru.txt"
    MCHS = "Ministry of Emergency Situations"
    C(d, "killed", 3, "exact", "МЧС сообщает о троих погибших", MCHS, "official", stext="МЧС")
    C(d, "killed", None, "vague", "в социальных сетях пишут о десятках", "social networks", "social_media", stext="в социальных сетях")
    C(d, "killed", 3, "exact", "МЧС: трое погибших", MCHS, "official", stext="МЧС")
    C(d, "injured", 12, "exact", "12 человек госпитализированы", MCHS, "official", stext="МЧС")
    C(d, "missing", 20, "exact", "20 числятся пропавшими без вести", MCHS, "official", stext="МЧС")
    C(d, "killed", 40, "more_than", "сообщения о более чем 40 погибших", "social networks", "social_media", mod="unconfirmed", stext="В соцсетях")
    C(d, "killed", 5, "exact", "Минздрав: погибли пять человек", "Ministry of Health", "official", stext="Минздрав")
    C(d, "injured", 41, "exact", "41 пострадавший госпитализирован", "Ministry of Health", "official", stext="Минздрав")
    C(d, "killed", 7, "exact", "возросло до семи", MCHS, "official", date=upto("2023-05-17"), stext="по данным МЧС")
    C(d, "injured", 64, "exact", "пострадавших — до 64", MCHS, "official", date=upto("2023-05-17"), stext="по данным МЧС")
    C(d, "missing", 11, "exact", "числятся 11 человек", MCHS, "official", date=upto("2023-05-17"), stext="по данным МЧС")
    C(d, "deployed", 1200, "exact", "привлечены 1 200 спасателей", date=upto("2023-05-17"))
    C(d, "participants", [200, 500], "range", "собираются от 200 до 500 человек", date="2023-05-18")
    C(d, "detained", 23, "exact", "задержаны 23 человека", "police", "official", date="2023-05-18", stext="По данным полиции")
    C(d, "killed", 9, "exact", "погибли 9 человек", "regional governor Marat Zhumabekov", "official", date=upto("2023-05-18"), stext="Аким Марат Жумабеков")
    C(d, "injured", 86, "exact", "пострадали 86", "regional governor Marat Zhumabekov", "official", date=upto("2023-05-18"), stext="Аким Марат Жумабеков")
    C(d, "missing", 4, "exact", "пропавшими без вести остаются четверо", "regional governor Marat Zhumabekov", "official", date=upto("2023-05-18"), stext="Аким Марат Жумабеков")
    C(d, "killed", 5, "exact", "хвостохранилища: пятеро погибших", "Улытау Курьер", "media")
    C(d, "killed", 9, "exact", "death toll rises to nine", "Central Asia Wire", "media", date=upto("2023-05-18"))

    # --- Russian wiki article ----------------------------------------------------------------------
    d = "dam_collapse_ru.wiki"
    C(d, "killed", 9, "exact", "9 (официально)", "official data", "official", date=upto("2023-05-18"), stext="официально")
    C(d, "killed", 9, "exact", "death toll rises to nine", "Central Asia Wire", "media", date=upto("2023-05-18"))
    C(d, "killed", 25, "at_least", "не менее 25 (по данным правозащитников)", "human rights defenders", "ngo", date=upto("2023-05-25"), stext="по данным правозащитников")
    C(d, "killed", 25, "at_least", "Правозащитники: при прорыве дамбы в Жезказгане погибли не менее 25 человек", "Радио Дала", "media", date=upto("2023-05-25"))
    C(d, "injured", 86, "exact", "пострадавшие    = 86", date=upto("2023-05-18"))
    C(d, "missing", 4, "exact", "пропавшие       = 4", date=upto("2023-05-18"))
    C(d, "killed", 3, "exact", "трое погибших, 20 пропавших", "Казинформ-Регион", "media")
    C(d, "missing", 20, "exact", "20 пропавших|publisher", "Казинформ-Регион", "media")
    C(d, "killed", 3, "exact", "МЧС сообщило о троих погибших", MCHS, "official", stext="МЧС")
    C(d, "missing", 20, "exact", "20 пропавших без вести", MCHS, "official", stext="МЧС")
    C(d, "killed", 7, "exact", "министерство сообщило о семи погибших", MCHS, "official", date=upto("2023-05-17"), stext="министерство")
    C(d, "killed", 9, "exact", "о девяти погибших", "regional governor Marat Zhumabekov", "official", date=upto("2023-05-18"), stext="аким области Марат Жумабеков")
    C(d, "injured", 86, "exact", "86 пострадавших", "regional governor Marat Zhumabekov", "official", date=upto("2023-05-18"), stext="аким области Марат Жумабеков")
    C(d, "killed", [5, 50], "range", "называли от 5 до 50 погибших", "various sources", "unknown", stext="Разные источники")
    C(d, "killed", 25, "at_least", "заявила, что погибли не менее 25 человек", "Steppe Rights Watch", "ngo", date=upto("2023-05-25"))
    C(d, "killed", None, "vague", "погибли «десятки»", "Zhana Dala movement", "opposition", stext="оппозиционное движение «Жаңа Дала»")
    C(d, "killed", 40, "exact", "о 40 погибших, распространявшиеся в социальных сетях", "social networks", "social_media", mod="unconfirmed", stext="в социальных сетях")
    C(d, "killed", 40, "exact", "Сообщения о 40 погибших", MCHS, "official", mod="denied", stext="МЧС опровергло")
    C(d, "killed", 40, "exact", "МЧС опровергло сообщения о 40 погибших", "Улытау Курьер", "media", mod="denied", date=upto("2023-05-18"))
    C(d, "buildings_damaged", 140, "exact", "140 жилых домов")
    C(d, "vehicles_damaged", 35, "exact", "35 автомобилей")
    C(d, "participants", 1500, "exact", "участвовали 1 500 человек", "police", "official", date="2023-05-18", stext="по оценке полиции")
    C(d, "participants", 3000, "at_most", "до 3 тысяч", "organisers", "activist", date="2023-05-18", stext="по оценке организаторов")
    C(d, "detained", 23, "exact", "Полиция задержала 23 человека", date="2023-05-18")
    C(d, "charged", 4, "exact", "обвинение было предъявлено четырём должностным лицам", group="company officials", date="2023-05-30")
    C(d, "convicted", 2, "exact", "признал виновными двух бывших руководителей", group="company officials", date="2023-11")

    # --- ministry statement (17 May) ---------------------------------------------------------------
    d = "ministry_statement_ru.html"
    R = "2023-05-17"
    C(d, "killed", 7, "exact", "погибли 7 человек", date=upto(R))
    C(d, "injured", 64, "exact", "доставлены 64 человека", date=upto(R))
    C(d, "injured", 15, "exact", "из них 15 — дети", group="children", date=upto(R))
    C(d, "missing", 11, "exact", "Пропавшими без вести числятся 11 человек", date=upto(R))
    C(d, "deployed", 1200, "exact", "привлечены 1 200 человек", date=upto(R))
    C(d, "buildings_damaged", 140, "exact", "повреждены 140 жилых домов", date=upto(R))
    C(d, "vehicles_damaged", 35, "exact", "35 автомобилей", date=upto(R))
    C(d, "killed", 40, "exact", "о 40 погибших, распространяемая в социальных сетях", "social networks", "social_media", mod="unconfirmed", date=upto(R), stext="в социальных сетях")
    C(d, "killed", 40, "exact", "Информация о 40 погибших", mod="denied", date=upto(R))

    # --- prosecutor (30 May) --------------------------------------------------------------------
    d = "prosecutor_statement_ru.txt"
    R = "2023-05-30"
    C(d, "killed", 9, "exact", "погибли 9 человек", date=upto(R))
    C(d, "killed", 2, "exact", "двое работников ТОО «Кенгирмыс»", group="company employees", date=upto(R))
    C(d, "injured", 86, "exact", "получили 86 человек", date=upto(R))
    C(d, "detained", 6, "exact", "задержаны шесть должностных лиц", group="company officials", date=upto(R), alt=["arrested"])
    C(d, "charged", 4, "exact", "Четверым из них", group="company officials", date=upto(R))
    C(d, "convicted", 17, "exact", "привлечены 17 человек", date="2023-05-18", alt=["charged"])
    C(d, "arrested", 5, "exact", "пятеро из них подвергнуты административному аресту", date="2023-05-18", alt=["convicted"])

    # --- opposition (19 May) ----------------------------------------------------------------------
    d = "opposition_statement_ru.txt"
    R = "2023-05-19"
    C(d, "killed", 9, "exact", "называют лишь девять погибших", "the authorities", "official", date=upto(R), stext="Власти")
    C(d, "killed", None, "vague", "погибли десятки людей", "supporters of Zhana Dala in Zhezkazgan", "opposition", date=upto(R), stext="По информации наших сторонников в Жезказгане")
    C(d, "injured", None, "vague", "пострадали сотни", "supporters of Zhana Dala in Zhezkazgan", "opposition", date=upto(R), stext="По информации наших сторонников в Жезказгане")
    C(d, "participants", None, "vague", "тысячи жителей Жезказгана вышли к акимату", date="2023-05-18")
    C(d, "detained", 60, "about", "задержаны около 60 человек", "observers of Zhana Dala", "opposition", date="2023-05-18", stext="По данным наших наблюдателей")

    # --- union (22 May) ------------------------------------------------------------------------
    d = "union_statement_ru.md"
    C(d, "killed", 14, "at_least", "погибли не менее 14 членов нашего профсоюза", group="union members", stext="По нашим данным")
    C(d, "killed", 2, "exact", "признаёт гибель лишь двоих работников", "Kengirmys management", "company", group="company employees", date=upto("2023-05-22"), stext="Руководство «КенгирМыса»")
    C(d, "strikers", 2000, "more_than", "присоединились более 2 тысяч горняков", date="2023-05-22")
    C(d, "strikers", 18000, "exact", "поддержали 18 тысяч горняков региона", "union chairman Bolat Nurgaliyev", "union", place="Ulytau Region", date="2023-05-22", stext="председатель профсоюза Болат Нургалиев")

    # --- Ukrainian news (17 May) ---------------------------------------------------------------
    d = "overview_uk.txt"
    R = "2023-05-17"
    C(d, "killed", 7, "at_least", "щонайменше сім загиблих", date=upto(R))
    C(d, "killed", 7, "exact", "загинули семеро людей", MCHS, "official", date=upto(R), stext="За даними МНС Казахстану")
    C(d, "injured", 64, "exact", "ще 64 госпіталізовано", MCHS, "official", date=upto(R), stext="За даними МНС Казахстану")
    C(d, "missing", 11, "exact", "вважаються 11 осіб", MCHS, "official", date=upto(R), stext="за даними відомства")
    C(d, "killed", 3, "exact", "повідомляло про трьох загиблих", MCHS, "official", stext="відомство")
    C(d, "killed", 40, "at_most", "може сягати 40", None, "unknown", mod="unconfirmed", date=upto(R))
    C(d, "injured", 16, "exact", "надійшло 16 пацієнтів", "chief doctor Arman Tleubayev", "official", date=upto(R), stext="За словами головного лікаря лікарні в Сатпаєві Армана Тлеубаєва")
    C(d, "injured", 4, "exact", "серед них четверо дітей", "chief doctor Arman Tleubayev", "official", group="children", date=upto(R), stext="Армана Тлеубаєва")
    C(d, "deployed", 1200, "about", "близько 1200 рятувальників", date=upto(R))

    # --- Ukrainian blog (26 May) ---------------------------------------------------------------
    d = "analysis_uk.md"
    C(d, "killed", 3, "exact", "МНС повідомило про *трьох* загиблих", MCHS, "official", stext="МНС")
    C(d, "killed", 5, "exact", "МОЗ — про п'ятьох", "Ministry of Health", "official", stext="МОЗ")
    C(d, "killed", 7, "exact", "загиблих стало семеро", MCHS, "official", date=upto("2023-05-17"), stext="за даними МНС")
    C(d, "killed", 9, "exact", "**дев'ять** загиблих", "regional governor Marat Zhumabekov", "official", date=upto("2023-05-18"), stext="аким Улитауської області Марат Жумабеков")
    C(d, "injured", 86, "exact", "86 постраждалих", "regional governor Marat Zhumabekov", "official", date=upto("2023-05-18"), stext="аким Улитауської області Марат Жумабеков")
    C(d, "killed", 25, "at_least", "щонайменше двадцяти п'яти людей", "Steppe Rights Watch", "ngo", date=upto("2023-05-25"), stext="Правозахисна організація Steppe Rights Watch")
    C(d, "killed", None, "vague", "загинули десятки людей", "Zhana Dala movement", "opposition", date=upto("2023-05-26"), stext="Опозиційний рух «Жаңа Дала»")
    C(d, "injured", None, "vague", "постраждали сотні", "Zhana Dala movement", "opposition", date=upto("2023-05-26"), stext="Опозиційний рух «Жаңа Дала»")
    C(d, "killed", 40, "more_than", "чутки про понад 40 загиблих", "social networks", "social_media", mod="unconfirmed", stext="У соцмережах")
    C(d, "killed", 14, "at_least", "щонайменше 14 працівників", "the miners' trade union", "union", group="company employees", date=upto("2023-05-26"), stext="Профспілка гірників")
    C(d, "killed", 2, "exact", "визнає лише двох", "Kengirmys", "company", group="company employees", date=upto("2023-05-26"), stext="сама компанія")
    C(d, "participants", 1500, "about", "близько 1,5 тисячі людей", "police", "official", date="2023-05-18", stext="За даними поліції")
    C(d, "participants", 3000, "more_than", "організатори говорять про понад 3 тисячі", "organisers", "activist", date="2023-05-18", stext="організатори")
    C(d, "detained", 23, "exact", "Затримано 23 особи", "police spokesman Yerlan Kasenov", "official", date="2023-05-18", stext="речник поліції Ерлан Касенов")
    C(d, "detained", 50, "more_than", "затриманих понад 50", "human rights defenders", "ngo", date="2023-05-18", stext="Правозахисники")

    # --- Ukrainian portal (18 May) ---------------------------------------------------------------
    d = "portal_uk.html"
    R = "2023-05-18"
    C(d, "participants", 3000, "more_than", "понад 3 тисячі людей", "organisers", "activist", date=R, stext="За словами організаторів")
    C(d, "participants", 1500, "about", "близько 1,5 тисячі учасників", "police", "official", date=R, stext="У поліції")
    C(d, "detained", 23, "exact", "затримано 23 особи", "police spokesman Yerlan Kasenov", "official", date=R, stext="Речник департаменту поліції Ерлан Касенов")
    C(d, "injured", 6, "exact", "шестеро поліцейських дістали травми", "police spokesman Yerlan Kasenov", "official", group="police", date=R, stext="Ерлан Касенов")
    C(d, "detained", None, "vague", "десятки затриманих", "eyewitnesses", "eyewitness", date=R, stext="Очевидці")
    C(d, "injured", 11, "at_least", "щонайменше 11 поранених", "eyewitnesses", "eyewitness", group="protesters", date=R, stext="Очевидці")
    C(d, "killed", 9, "exact", "кількість загиблих зросла до дев'яти", "regional governor Marat Zhumabekov", "official", date=upto(R), stext="аким області Марат Жумабеков")
    C(d, "injured", 86, "exact", "постраждалих — до 86", "regional governor Marat Zhumabekov", "official", date=upto(R), stext="аким області Марат Жумабеков")

    # --- Kazakh news (17 May) ---------------------------------------------------------------------
    d = "news_kk.txt"
    R = "2023-05-17"
    C(d, "killed", 7, "exact", "бөгеті бұзылды: жеті адам қаза тапты", date=upto(R))
    C(d, "killed", 7, "exact", "апаттан жеті адам қаза тапты", MCHS, "official", date=upto(R), stext="Төтенше жағдайлар министрлігінің мәліметінше")
    C(d, "injured", 64, "exact", "алпыс төрт адам ауруханаға жеткізілді", MCHS, "official", date=upto(R), stext="Төтенше жағдайлар министрлігінің мәліметінше")
    C(d, "missing", 11, "exact", "Он бір адам әлі де хабар-ошарсыз", date=upto(R))
    C(d, "killed", 3, "exact", "үш адам қаза тапқанын", MCHS, "official", stext="министрлік")
    C(d, "missing", 20, "exact", "жиырма адам хабар-ошарсыз кеткенін", MCHS, "official", stext="министрлік")
    C(d, "injured", 16, "exact", "он алты науқас түскен", "hospital management", "official", date=upto(R), stext="Аурухана басшылығының айтуынша")
    C(d, "buildings_damaged", None, "vague", "ондаған үй су астында қалды", "residents", "eyewitness", stext="Тұрғындардың айтуынша")
    C(d, "killed", 40, "more_than", "қаза тапқандар саны қырықтан асады", None, "unknown", mod="unconfirmed", date=upto(R))
    C(d, "killed", 12, "at_least", "кем дегенде он екі адам қаза тапқан", "Steppe Rights Watch", "ngo", date=upto(R), stext="Steppe Rights Watch құқық қорғау ұйымының мәліметінше")
    C(d, "deployed", 1200, "more_than", "1200-ден астам құтқарушы", date=upto(R))

    # --- Kazakh akimat statement (18 May) ---------------------------------------------------------
    d = "akimat_statement_kk.html"
    R = "2023-05-18"
    C(d, "killed", 9, "exact", "тоғыз адам қаза тапты", date=upto(R))
    C(d, "injured", 86, "exact", "сексен алты адам түрлі дәрежеде жарақат алды", date=upto(R))
    C(d, "missing", 4, "exact", "Төрт адам әлі де хабар-ошарсыз", date=upto(R))
    C(d, "buildings_damaged", 140, "exact", "140 тұрғын үй", date=upto(R))
    C(d, "vehicles_damaged", 35, "exact", "35 автокөлік зақымданды", date=upto(R))
    C(d, "deployed", 1200, "exact", "1 200 құтқарушы", date=upto(R))
    C(d, "deployed", 400, "about", "400-ге жуық полиция қызметкері", group="police", date=upto(R))
    C(d, "killed", 40, "more_than", "Әлеуметтік желілерде тараған «қаза тапқандар саны қырықтан асады»", "social networks", "social_media", mod="unconfirmed", date=upto(R), stext="Әлеуметтік желілерде")
    C(d, "killed", 40, "more_than", "«қаза тапқандар саны қырықтан асады» деген ақпарат шындыққа жанаспайды", mod="denied", date=upto(R))

    # --- machine-translated blog (24 May) -----------------------------------------------------------
    d = "mt_blog_en.txt"
    C(d, "killed", [7, 8], "range", "7-8 people were killed", "residents", "eyewitness", stext="According to the residents")
    C(d, "killed", 9, "exact", "Official data says 9 died", "official data", "official", date=upto("2023-05-24"))
    C(d, "killed", 25, "at_least", "count at least 25 dead", "Steppe Rights Watch", "ngo", date=upto("2023-05-24"), stext="the human rights defenders of Steppe Rights Watch")
    C(d, "missing", 11, "exact", "Eleven people remain missing", "volunteers", "activist", date=upto("2023-05-24"), stext="according to volunteers")
    C(d, "buildings_damaged", 140, "exact", "140 houses damaged", "the akimat", "official", stext="The akimat talks about")
    C(d, "buildings_damaged", 200, "more_than", "residents about more than 200", "residents", "eyewitness")
    C(d, "vehicles_damaged", 60, "more_than", "More than 60 cars were under the mud", "residents", "eyewitness", stext="the residents say")
    C(d, "participants", [200, 500], "range", "from 200 to 500 people", date="2023-05-18")
    C(d, "participants", 2000, "about", "about 2 thousand people", date="2023-05-18")
    C(d, "participants", 1500, "exact", "police said 1.5 thousand", "police", "official", date="2023-05-18")
    C(d, "detained", 23, "exact", "Police detained 23", date="2023-05-18")
    C(d, "detained", 50, "more_than", "other sources say more than 50", "other sources", "unknown", date="2023-05-18")
    C(d, "strikers", 600, "about", "about 600 according to the company", "Kengirmys", "company", date="2023-05-22", stext="according to the company")
    C(d, "strikers", 2000, "more_than", "says more than 2 thousand", "union leader Bolat Nurgaliev", "union", date="2023-05-22", stext="the union leader Bolat Nurgaliev says")

    # --- company statement (17 May) --------------------------------------------------------------
    d = "kengirmys_statement_en.txt"
    C(d, "killed", 2, "exact", "two of its employees died", "Kengirmys", "company", group="company employees", stext="The company confirms with great sadness")
    C(d, "injured", 3, "exact", "Three more employees were injured", group="company employees")
    C(d, "deployed", 150, "exact", "mobilised 150 employees", date=upto("2023-05-17"))

    # --- Atom live blog ---------------------------------------------------------------------------
    d = "liveblog_en.atom#"
    C(d + "lb-01", "killed", 3, "at_least", "at least three people have died", "emergency services", "official", stext="Emergency services say")
    C(d + "lb-01", "missing", 20, "exact", "20 are unaccounted for", "emergency services", "official", stext="Emergency services say")
    C(d + "lb-02", "killed", 40, "more_than", "Unconfirmed reports on Telegram channels speak of over 40 dead", "Telegram channels", "social_media", mod="unconfirmed")
    C(d + "lb-02", "killed", 40, "exact", "denied reports of 40 dead", MCHS, "official", mod="denied", stext="The Ministry of Emergency Situations denied")
    C(d + "lb-03", "killed", 7, "exact", "seven people", MCHS, "official", date=upto("2023-05-17"), stext="The Ministry of Emergency Situations said")
    C(d + "lb-03", "injured", 64, "exact", "64 were in hospital", MCHS, "official", date=upto("2023-05-17"), stext="The Ministry of Emergency Situations said")
    C(d + "lb-03", "missing", 11, "exact", "Eleven people are still missing", MCHS, "official", date=upto("2023-05-17"), stext="the ministry added")
    C(d + "lb-03", "deployed", 1200, "about", "Some 1,200 rescuers", MCHS, "official", date=upto("2023-05-17"), stext="according to the ministry")
    C(d + "lb-04", "participants", 2000, "about", "about 2,000 people have gathered", date="2023-05-18")
    C(d + "lb-04", "deployed", 400, "about", "Some 400 police officers have been deployed", group="police", date="2023-05-18")
    C(d + "lb-05", "detained", 23, "exact", "23 people were detained", "police spokesman Yerlan Kasenov", "official", date="2023-05-18", stext="Police spokesman Yerlan Kasenov said")
    C(d + "lb-05", "injured", 6, "exact", "six officers were hurt", "police spokesman Yerlan Kasenov", "official", group="police", date="2023-05-18", stext="Police spokesman Yerlan Kasenov said")
    C(d + "lb-05", "detained", 50, "more_than", "more than 50 were detained", "activists citing eyewitnesses", "activist", date="2023-05-18", stext="Activists, citing eyewitnesses, say")
    C(d + "lb-06", "killed", 9, "exact", "revised to nine", "Governor Marat Zhumabekov", "official", date=upto("2023-05-18"), stext="Governor Marat Zhumabekov told a briefing")
    C(d + "lb-06", "killed", 7, "exact", "from seven", "Governor Marat Zhumabekov", "official", date=upto("2023-05-17"), stext="Governor Marat Zhumabekov told a briefing")
    C(d + "lb-06", "injured", 86, "exact", "Eighty-six people were injured", "Governor Marat Zhumabekov", "official", date=upto("2023-05-18"), stext="he said")
    C(d + "lb-06", "missing", 4, "exact", "four remain missing", "Governor Marat Zhumabekov", "official", date=upto("2023-05-18"), stext="he said")
    C(d + "lb-06", "killed", 25, "at_least", "at least 25", "Steppe Rights Watch", "ngo", date=upto("2023-05-18"), stext="Steppe Rights Watch, a human rights group, said")

    # --- RSS agency feed --------------------------------------------------------------------------
    d = "agency_ru_kk.rss#"
    GOV = "regional governor Marat Zhumabekov"
    C(d + "dp-1001", "killed", 9, "exact", "погибли девять человек", GOV, "official", date=upto("2023-05-18"), stext="Аким Улытауской области Марат Жумабеков сообщил")
    C(d + "dp-1001", "injured", 86, "exact", "86 пострадали", GOV, "official", date=upto("2023-05-18"), stext="Аким Улытауской области Марат Жумабеков сообщил")
    C(d + "dp-1001", "killed", 7, "exact", "МЧС сообщало о семерых погибших", MCHS, "official", date=upto("2023-05-17"), stext="МЧС")
    C(d + "dp-1002", "killed", 9, "exact", "тоғыз адам қаза тапты", GOV, "official", date=upto("2023-05-18"), stext="Облыс әкімі Марат Жұмабековтың айтуынша")
    C(d + "dp-1002", "injured", 86, "exact", "сексен алты адам жарақат алды", GOV, "official", date=upto("2023-05-18"), stext="Облыс әкімі Марат Жұмабековтың айтуынша")
    C(d + "dp-1002", "killed", 7, "exact", "жеті адамның қаза тапқанын", MCHS, "official", date=upto("2023-05-17"), stext="Төтенше жағдайлар министрлігі")
    C(d + "dp-1003", "detained", 23, "exact", "задержаны 23 человека", "police department", "official", date="2023-05-18", stext="По данным департамента полиции")
    C(d + "dp-1003", "participants", 1500, "exact", "участвовали 1 500 человек", "police", "official", date="2023-05-18", stext="По оценке полиции")
    C(d + "dp-1003", "participants", 3000, "more_than", "свыше трёх тысяч", "organisers", "activist", date="2023-05-18", stext="по словам организаторов")
    C(d + "dp-1004", "strikers", 2000, "more_than", "2 мыңнан астам жұмысшы", "union chairman Bolat Nurgaliyev", "union", date="2023-05-22", stext="Кеншілер кәсіподағының төрағасы Болат Нұрғалиевтің мәліметінше")
    C(d + "dp-1004", "strikers", 600, "about", "шамамен 600 адам", "Kengirmys management", "company", date="2023-05-22", stext="Компания басшылығы")
    C(d + "dp-1005", "detained", 6, "exact", "задержаны шесть человек", group="company officials", date=upto("2023-05-31"), alt=["arrested"])
    C(d + "dp-1005", "charged", 4, "exact", "обвинения предъявлены четверым", group="company officials", date=upto("2023-05-31"))

    # --- MediaWiki export, page 101 ---------------------------------------------------------------
    d = "wiki_export_en.xml#101"
    C(d, "killed", 9, "exact", "9 (official)", "official data", "official", date=upto("2023-05-18"))
    C(d, "killed", 25, "at_least", "25+ (Steppe Rights Watch)", "Steppe Rights Watch", "ngo", date=upto("2023-05-25"))
    C(d, "injured", 86, "exact", "injuries       = 86", date=upto("2023-05-18"))
    C(d, "missing", 4, "exact", "missing        = 4", date=upto("2023-05-18"))
    C(d, "buildings_damaged", 140, "exact", "140 houses")
    C(d, "vehicles_damaged", 35, "exact", "35 vehicles")
    C(d, "arrested", 23, "exact", "arrests        = 23", date="2023-05-18", alt=["detained"])
    C(d, "killed", 3, "exact", "initially reported three deaths", MCHS, "official", stext="The Ministry of Emergency Situations")
    C(d, "missing", 20, "exact", "20 missing.", MCHS, "official", stext="The Ministry of Emergency Situations")
    C(d, "killed", 3, "at_least", "kills at least three", "Central Asia Wire", "media")
    C(d, "killed", 7, "exact", "raised to seven on 17 May", date=upto("2023-05-17"))
    C(d, "killed", 9, "exact", "to nine on 18 May", date=upto("2023-05-18"))
    C(d, "injured", 86, "exact", "also reported 86 injured", "Governor Marat Zhumabekov", "official", date=upto("2023-05-18"))
    C(d, "killed", 9, "exact", "rises to nine; 86 hurt", "Steppe Today", "media", date=upto("2023-05-18"))
    C(d, "injured", 86, "exact", "86 hurt", "Steppe Today", "media", date=upto("2023-05-18"))
    C(d, "killed", 25, "at_least", "put the death toll at no fewer than 25", "Steppe Rights Watch", "ngo", date=upto("2023-05-25"), stext="The human rights group Steppe Rights Watch")
    C(d, "killed", 25, "at_least", "Rights group says at least 25 died", "Eurasia Monitor", "media", date=upto("2023-05-25"))
    C(d, "killed", None, "vague", "spoke of dozens of deaths", "Zhana Dala movement", "opposition", stext="The opposition movement Zhana Dala")
    C(d, "killed", 40, "exact", "40 dead circulating on social media", "social media", "social_media", mod="unconfirmed")
    C(d, "killed", 40, "exact", "the ministry denied reports of 40 dead", "the ministry", "official", mod="denied")
    C(d, "participants", 1500, "exact", "from 1,500 (police)", "police", "official", date="2023-05-18")
    C(d, "participants", 3000, "more_than", "more than 3,000 (organisers)", "organisers", "activist", date="2023-05-18")
    C(d, "detained", 23, "exact", "Police detained 23 people", date="2023-05-18")
    C(d, "detained", 23, "exact", "Kazakh police detain 23", "The Daily Herald", "media", date="2023-05-18")
    C(d, "detained", 50, "more_than", "activists put the number at more than 50", "activists", "activist", date="2023-05-18")
    C(d, "strikers", 2000, "more_than", "the union said more than 2,000 took part", "the union", "union", date="2023-05-22")
    C(d, "strikers", 600, "about", "the company about 600", "Kengirmys", "company", date="2023-05-22")
    C(d, "charged", 4, "exact", "charged four company officials", group="company officials", date="2023-05-30")
    C(d, "convicted", 2, "exact", "convicted two former managers", group="company officials", date="2023-11")

    # --- social posts ---------------------------------------------------------------------------
    d = "social_posts.jsonl#"
    C(d + "post-01", "killed", 40, "more_than", "погибших уже больше 40", None, "unknown", mod="unconfirmed")
    C(d + "post-02", "buildings_damaged", None, "vague", "Ондаған үй су астында қалды")
    C(d + "post-03", "injured", [60, 80], "range", "from 60 to 80 injured", "hospital staff", "eyewitness", date=upto("2023-05-17"), stext="Hospital staff in #Zhezkazgan tell me")
    C(d + "post-03", "injured", 64, "exact", "Official figure: 64", "official figure", "official", date=upto("2023-05-17"))
    C(d + "post-04", "killed", 14, "at_least", "14+ dead already", date=upto("2023-05-17"))
    C(d + "post-04", "killed", 3, "exact", "the akimat still says 3", "the akimat", "official", date=upto("2023-05-17"))
    C(d + "post-05", "detained", 50, "more_than", "Задержано более 50 человек", date="2023-05-18")
    C(d + "post-06", "detained", None, "vague", "затримано десятки людей", date="2023-05-18")
    C(d + "post-06", "detained", 23, "exact", "затриманих 23", "police", "official", date="2023-05-18", stext="За даними поліції")
    C(d + "post-07", "killed", [7, 8], "range", "7-8 человек погибли", "neighbours", "eyewitness", stext="Соседи говорят")
    C(d + "post-07", "missing", None, "vague", "ещё несколько пропали", "neighbours", "eyewitness", stext="Соседи говорят")
    C(d + "post-08", "strikers", 3000, "more_than", "3 мыңнан астам кенші", date="2023-05-22")

    for i, r in enumerate(rows, 1):
        r["id"] = f"s{i:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []
    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))
    D = "2023-05-16"
    for doc, tz in (("wire_caw_en.txt", "+06:00"), ("herald_copy_en.html", ""), ("eurasia_monitor_copy_en.md", "")):
        T(doc, D, "tailings dam gives way near Zhezkazgan", "gave way on Tuesday")
        T(doc, D + "T12:52" + tz, "dam bursts, according to the company", "12:52 local time")
        T(doc, D + "T11:40", "sludge already in residents' yards, according to residents", "by 11:40")
        T(doc, "2023-06-05", "state of emergency ends", "until June 5")
    for doc, a in (("ngo_report_en.md", ("On 16 May 2023", "before 15:00 on 16 May", "as of 24 May", "On 18 May between")),
                   ("ngo_report_ru.html", ("16 мая 2023 года прорвало", "до 15:00 16 мая", "на 24 мая", "18 мая от 2000"))):
        T(doc, D, "Sarytal dam fails, sludge floods the Shakhter district", a[0])
        T(doc, D, "seven bodies brought to the morgue before 15:00", a[1])
        T(doc, "2023-05-24", "eleven people still missing", a[2])
        T(doc, "2023-05-18", "rally outside the akimat dispersed by police", a[3])
    d = "ulytau_news_ru.txt"
    T(d, D, "dam of the Sarytal tailings facility bursts", "Во вторник, 16 мая")
    T(d, D + "T12:00+06:00", "breach at about noon Astana time", "около 12 часов по времени Астаны")
    T(d, D, "governor arrives at the scene in the evening", "прибыл на место вечером")
    T(d, D + "T12:52", "breach time given by the company", "прорыв произошёл в 12:52")
    T(d, D + "T11:40", "water in yards according to residents", "уже в 11:40")
    d = "forum_post_ru_cp1251.txt"
    T(d, D + "T14:00", "forum member digs mud at the site from 2 pm", "Я вчера с двух часов дня был там")
    d = "telegram_digest_ru_koi8r.txt"
    T(d, "2023-05-18", "rally outside the regional akimat", "Митинг у акимата в Жезказгане")
    T(d, "2023-05-18T14:20", "police start dispersing the rally", "В 14:20 полиция начала разгонять митинг")
    T(d, D, "dam breach", "после прорыва дамбы 16 мая")
    d = "eyewitness_nodate_ru.txt"
    T(d, D, "dam breach at Sarytal (date from other documents)", "на Сарытале прорвало дамбу")
    T(d, "2023-05-17", "rescuers from Karaganda arrive the next day (date from other documents)", "На следующий день приехали спасатели из Караганды")
    d = "wikinews_chronology_ru.txt"
    T(d, D, "dam of the Sarytal tailings facility bursts", "'''16 мая 2023 года'''")
    T(d, D + "T11:40+06:00", "sludge reaches houses, residents report", "11:40 Жители микрорайона")
    T(d, D + "T12:52+06:00", "dam breach according to the company", "12:52 По данным")
    T(d, D + "T13:30+06:00", "ministry reports three dead, 12 in hospital, 20 missing", "13:30 МЧС")
    T(d, D + "T15:10+06:00", "rumours of more than 40 dead spread", "15:10 В соцсетях")
    T(d, D + "T18:00+06:00", "governor declares a state of emergency", "18:00 Аким области")
    T(d, "2023-06-05", "state of emergency ends", "до 5 июня")
    T(d, D + "T21:00+06:00", "health ministry: five dead, 41 in hospital", "21:00 Минздрав")
    T(d, "2023-05-17", "toll rises to seven, 64 injured, 11 missing", "К утру число погибших")
    T(d, "2023-05-17", "memorial action in Satpayev", "Вечером в Сатпаеве")
    T(d, "2023-05-18T11:00", "crowd gathers outside the akimat", "11:00 У здания")
    T(d, "2023-05-18T14:20", "police disperse the rally, 23 detained", "14:20 Полиция")
    T(d, "2023-05-18T18:30", "governor: nine dead, 86 injured, four missing", "18:30 Аким")
    d = "dam_collapse_ru.wiki"
    T(d, D, "dam of the Sarytal tailings facility bursts", "произошедшая 16 мая 2023 года")
    T(d, D + "T12:52", "breach time according to the company", "в 12:52 по местному времени")
    T(d, D + "T11:40", "sludge reaches houses according to residents", "уже в 11:40")
    T(d, "1987", "tailings facility commissioned", "в 1987 году")
    T(d, "2021", "facility handed over to Kengirmys", "До 2021 года")
    T(d, "2023-05-17", "ministry reports seven dead", "17 мая министерство")
    T(d, "2023-05-18", "governor reports nine dead and 86 injured", "18 мая аким области")
    T(d, "2023-06-05", "state of emergency ends", "до 5 июня")
    T(d, "2023-05-18", "unauthorised rally outside the akimat", "18 мая у здания акимата")
    T(d, "2023-05-22", "Kengirmys miners go on strike", "22 мая горняки")
    T(d, "2023-05-30", "four company officials charged", "30 мая обвинение")
    T(d, "2023-11", "two former managers convicted", "В ноябре 2023 года")
    d = "ministry_statement_ru.html"
    T(d, "2023-05-17T09:00", "situation as of 09:00: seven dead, 64 in hospital", "По состоянию на 09:00 17 мая 2023 года")
    T(d, D + "T12:52+06:00", "dam breach at 12:52 Astana time", "16 мая в 12 часов 52 минуты по времени Астаны")
    T(d, "2023-06-05", "state of emergency ends", "до 5 июня 2023 года")
    d = "prosecutor_statement_ru.txt"
    T(d, D, "criminal case opened over the dam breach", "возбуждённого 16 мая 2023 года")
    T(d, "2023-05-18", "unauthorised rally", "митинге 18 мая")
    d = "opposition_statement_ru.txt"
    T(d, D, "bodies removed at night before journalists arrived", "ночью 16 мая")
    T(d, "2023-05-18", "thousands rally outside the akimat", "Вчера, 18 мая")
    d = "union_statement_ru.md"
    T(d, "2023-05-22", "union announces an indefinite strike", "Жезказган, 22 мая 2023 года")
    T(d, D, "dam breach kills union members", "*16 мая*")
    T(d, "2023-03", "miners report cracks in the dam", "ещё в марте")
    T(d, "2023-05-18", "rally", "митинга 18 мая")
    d = "overview_uk.txt"
    T(d, D, "dam of the Sarytal tailings facility bursts", "16 травня прорвало")
    T(d, D + "T11:40", "water reaches houses according to residents", "близько 11:40 за місцевим часом")
    T(d, "2023-06-05", "state of emergency ends", "до 5 червня")
    d = "analysis_uk.md"
    T(d, D, "ministry reports three dead, health ministry five", "16 травня МНС")
    T(d, "2023-05-16/2023-05-20", "search operation", "з 16 по 20 травня")
    T(d, "2023-05-17", "toll rises to seven", "17 травня, за даними МНС")
    T(d, "2023-05-18", "governor gives final toll of nine", "18 травня аким")
    T(d, "2023-05-25", "NGO report published", "у доповіді від 25 травня")
    T(d, D, "rumours of more than 40 dead", "ще 16 травня ширилися чутки")
    T(d, "2023-05-18", "rally outside the akimat", "## Мітинг 18 травня")
    T(d, "2023-06-05", "state of emergency ends", "до 5 червня")
    d = "portal_uk.html"
    T(d, "2023-05-18", "police disperse a rally of relatives", "У четвер, 18 травня")
    T(d, "2023-05-18T14:20", "security forces begin pushing people off the square", "Близько 14:20 за місцевим часом")
    T(d, D, "dam breach", "«Сарытал» 16 травня")
    d = "news_kk.txt"
    T(d, D, "dam of the Sarytal tailings facility bursts around midday", "16 мамыр күні түс кезінде")
    T(d, D + "T11:40", "water reaches a resident's yard", "сағат 11:40 шамасында")
    T(d, "2023-06-05", "state of emergency ends", "5 маусымға дейін")
    d = "akimat_statement_kk.html"
    T(d, D + "T12:52+06:00", "dam breach at 12:52 Astana time", "сағат 12:52-де (Астана уақытымен)")
    T(d, "2023-05-19", "day of mourning in the region", "19 мамыр облыста аза тұту күні")
    d = "mt_blog_en.txt"
    T(d, D, "dam of the tailing storage broken", "On 05/16/2023")
    T(d, D + "T11:40", "mud comes into houses according to residents (8.40 Moscow time)", "at 11.40 am (8.40 Moscow time)")
    T(d, D + "T12:52+06:00", "dam breach according to the company", "12:52 (UTC+6)")
    T(d, "2023-05-17", "akimat stops answering journalists", "The next day, 17.05")
    T(d, "2023-05-18", "rally near the akimat", "On 18.05")
    T(d, "2023-05-31", "chief engineer arrested", "on 31.05")
    T(d, "2023-05-22", "miners strike", "On 22.05")
    T(d, "2023-05-16/2023-05-20", "search operation", "from 16 to 20 May")
    T(d, "2023-06-05", "state of emergency ends", "until 5 June")
    T(d, D, "rescuers work through the night", "In the night of 16.05 to 17.05")
    d = "kengirmys_statement_en.txt"
    T(d, D + "T12:52+06:00", "dam failure recorded by the monitoring system", "at 12:52 Astana time")
    T(d, "2023-03", "facility inspected", "in March 2023")
    T(d, "1987", "facility built", "built in 1987")
    d = "liveblog_en.atom#"
    T(d + "lb-01", D + "T14:05+06:00", "regional administration confirms the dam failure", "at 14:05 local time (UTC+6)")
    T(d + "lb-03", "2023-05-17", "ministry: seven dead, 64 in hospital", "on Wednesday morning")
    T(d + "lb-05", "2023-05-18T14:20", "riot police move in", "at 14:20 local time")
    d = "agency_ru_kk.rss#"
    T(d + "dp-1001", D, "dam breach", "«Сарытал» 16 мая")
    T(d + "dp-1002", D, "disaster", "16 мамырдағы апат")
    T(d + "dp-1003", "2023-05-18T14:20", "rally dispersed by police", "около 14:20")
    T(d + "dp-1004", "2023-05-22", "Kengirmys miners go on strike", "22 мамыр күні")
    d = "wiki_export_en.xml#101"
    T(d, D, "failure of the Sarytal tailings dam", "on 16 May 2023 of the dam")
    T(d, "2023-05-17", "toll raised to seven", "seven on 17 May")
    T(d, "2023-05-18", "toll raised to nine", "nine on 18 May")
    T(d, "2023-05-18", "unauthorised rally outside the akimat", "On 18 May residents")
    T(d, "2023-05-22", "miners strike", "On 22 May miners")
    T(d, "2023-05-30", "four company officials charged", "On 30 May")
    T(d, "2023-11", "two former managers convicted", "In November 2023")
    for i, r in enumerate(rows, 1):
        r["id"] = f"st{i:03d}"
    return rows


def entities() -> list[dict]:
    E = []
    def ent(canonical, typ, *forms):
        E.append({"canonical": canonical, "type": typ, "forms": list(forms)})
    ent("Zhezkazgan", "place", "Жезказган", "Жезказгане", "Жезказгана", "Жезказгану", "Жезказгані",
        "Жезқазған", "Жезқазғанда", "Жезқазғанның", "Zhezkazgan", "Jezkazgan", "Dzhezkazgan", "Джезказган",
        "Джезказгане", "Жезкагане", "Zhezkazgen")
    ent("Zhezkent", "place", "Zhezkent")
    ent("Satpayev", "place", "Сатпаев", "Сатпаеве", "Сатпаева", "Сатпаєв", "Сатпаєві", "Сәтбаев", "Satpayev",
        "Satpaev", "Satbayev", "Nikolsky")
    ent("Karaganda", "place", "Караганда", "Караганды", "Караганду", "Karaganda")
    ent("Astana", "place", "Астана", "Астаны", "Astana")
    ent("Kyzylorda", "place", "Кызылорды", "Kyzylorda")
    ent("Almaty", "place", "Алматы", "Almaty")
    ent("Kazakhstan", "place", "Казахстан", "Казахстані", "Казахстану", "Kazakhstan", "Республики Казахстан")
    ent("Ulytau Region", "place", "Улытауская область", "Улытауской области", "Улитауській області",
        "Улитауської області", "Ұлытау облысы", "Ұлытау облысының", "Ulytau Region")
    ent("Kengir River", "place", "Кенгир", "Кеңгір өзенінің", "Kengir River")
    ent("Sarytal tailings facility", "place", "Сарытал", "Сарытале", "Sarytal")
    ent("Shakhter district", "place", "Шахтёр", "Шахтер", "Shakhter")
    ent("Kengirmys", "org", "Кенгирмыс", "Кенгирмыса", "Кенгирмысе", "Кеңгірмыс",
        "Кенгірмис", "Кенгірмису", "Kengirmys", "Kengir Mys", "Kengir Copper")
    ent("Ministry of Emergency Situations", "org", "МЧС", "МЧС РК", "Министерство по чрезвычайным ситуациям",
        "МНС", "Төтенше жағдайлар министрлігі", "Ministry of Emergency Situations")
    ent("Steppe Rights Watch", "org", "Steppe Rights Watch", "Степной правозащитный центр")
    ent("Zhana Dala", "org", "Жаңа Дала", "Zhana Dala")
    ent("Central Asia Wire", "org", "Central Asia Wire")
    ent("Marat Zhumabekov", "person", "Марат Жумабеков", "Марата Жумабекова", "Марат Жұмабеков",
        "Марат Жұмабековтың", "Marat Zhumabekov", "Marat Jumabekov")
    ent("Yerlan Kasenov", "person", "Ерлан Касенов", "Yerlan Kasenov")
    ent("Dauren Kasenov", "person", "Даурену Касенову", "Даурена Касенова", "Dauren Kasenov")
    ent("Bolat Nurgaliyev", "person", "Болат Нургалиев", "Болат Нұрғалиевтің", "Bolat Nurgaliev")
    ent("Nurzhan Abenov", "person", "Nurzhan Abenov")
    ent("Saule Nurpeisova", "person", "Saule Nurpeisova")
    ent("Irina Li", "person", "Ирина Ли", "Irina Li")
    ent("Arman Tleubayev", "person", "Армана Тлеубаєва")
    ent("Timur Yergaliyev", "person", "Тимур Ергалиев")
    ent("Yerzhan Seitkali", "person", "Ержан Сейткали")
    return E


def main() -> None:
    write_gold(GOLD, "sample", claims(), timeline(), entities())


if __name__ == "__main__":
    main()
