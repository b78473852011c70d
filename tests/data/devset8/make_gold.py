"""Write the gold annotations of the eighth development set: tests/data/devset8/gold/devset8.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset8.py, which checks every anchor:

    python tests/data/devset8/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `almaty2016_prosecutor_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

ALA, MINSK, VIN, TBI, PERM = "Almaty", "Minsk", "Vinnytsia", "Tbilisi", "Perm"
D_AL, D_MI, D_VI, D_PE = "2016-07-18", "2011-04-11", "2022-07-14", "2021-09-20"
D_T7, D_T8, D_T = "2023-03-07", "2023-03-08", ["2023-03-07", "2023-03-08"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Almaty shooting, Monday 18 July 2016
    P = dict(place=ALA, date=D_AL)
    d = "almaty2016_news_kk.txt"
    C(d, "killed", 4, "exact", "Алматыдағы атыс: 4 полицей қаза тапты", group="police", **P)
    C(d, "killed", 3, "exact", "3 полиция қызметкері қаза тапты", "initial reports", "unknown", group="police", stext="Алғашқы мәліметтер бойынша", **P)
    KA = dict(src="Interior Minister Kalmukhanbet Kassymov", stype="official", stext="Ішкі істер министрі Қалмұханбет Қасымовтың", **P)
    C(d, "killed", 4, "exact", "шабуыл салдарынан 4 полицей мен", group="police", **KA)
    C(d, "killed", 1, "exact", "1 бейбіт тұрғын қаза тапты", group="civilians", **KA)
    C(d, "injured", 6, "exact", "Тағы 6 адам жарақат алып", **KA)
    C(d, "killed", 20, "more_than", "«20-дан астам адам» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 20, "more_than", "ІІМ бұл ақпаратты жалған деп атады", "Interior Ministry", "official", "denied", stext="ІІМ", **P)
    HD = dict(src="city health department", stype="official", stext="қалалық денсаулық сақтау басқармасы", **P)
    C(d, "injured", 9, "exact", "ауруханада 9 адам жатқанын", **HD)
    C(d, "injured", 2, "exact", "оның 2-еуі ауыр жағдайда", **HD)

    d = "almaty2016_statement_kk.txt"  # Almaty police department in its own voice
    C(d, "killed", 5, "exact", "полицияның 5 қызметкері мерт болды", group="police", **P)
    C(d, "killed", 2, "exact", "2 бейбіт азамат қаза тапты", group="civilians", **P)
    C(d, "injured", 8, "exact", "8 адам, оның ішінде", **P)
    C(d, "injured", 4, "exact", "оның ішінде 4 полиция қызметкері, жарақатпен", group="police", **P)
    C(d, "detained", 3, "exact", "тағы 3 адам ұсталды", place=ALA, date="2016-07")
    C(d, "deployed", 1500, "more_than", "1500-ден астам полиция қызметкері шығарылды", **P)

    f = "almaty2016_feed_en.rss#"
    C(f + "a16-1", "killed", 3, "at_least", "Gunman kills at least three police officers in Almaty", group="police", **P)
    C(f + "a16-1", "killed", 3, "at_least", "killing at least three police officers", "the Interior Ministry", "official", group="police", **P)
    C(f + "a16-1", "injured", 7, "exact", "treating seven people with gunshot wounds", "A city hospital", "eyewitness", **P)
    C(f + "a16-2", "killed", 8, "exact", "Almaty attack death toll rises to eight", **P)
    KA = dict(src="Interior Minister Kalmukhanbet Kassymov", stype="official", **P)
    C(f + "a16-2", "killed", 8, "exact", "rose to eight on Wednesday", **KA)
    C(f + "a16-2", "killed", 6, "exact", "six police officers and two civilians", group="police", **KA)
    C(f + "a16-2", "killed", 2, "exact", "two civilians, Interior Minister", group="civilians", **KA)
    C(f + "a16-2", "injured", 10, "exact", "Ten people remain in hospital", **KA)
    C(f + "a16-2", "detained", 30, "more_than", '"more than 30 people" had been rounded up', "An independent news website", "media", "unconfirmed", place=ALA, date="2016-07")
    C(f + "a16-2", "detained", 30, "more_than", "the prosecutor's office said the report was untrue", "the prosecutor's office", "official", "denied", place=ALA, date="2016-07")

    d = "almaty2016_prosecutor_ru.txt"  # cp1251; the General Prosecutor's Office in its own voice
    C(d, "killed", 10, "exact", "погибли 10 человек", **P)
    C(d, "killed", 8, "exact", "8 сотрудников полиции", group="police", **P)
    C(d, "killed", 2, "exact", "2 гражданских лица", group="civilians", **P)
    C(d, "injured", 10, "exact", "Ранения получили 10 человек", **P)
    C(d, "injured", 3, "exact", "из них 3 остаются в реанимации", **P)
    C(d, "killed", 6, "exact", "Ранее сообщалось о 6 погибших полицейских", "earlier reports", "unknown", group="police", stext="Ранее сообщалось", **P)
    C(d, "detained", 4, "exact", "задержаны 4 человека", place=ALA, date="2016-07")
    C(d, "arrested", 2, "exact", "Судом санкционирован арест 2 из них", place=ALA, date="2016-07")
    C(d, "killed", None, "vague", "«десятках погибших»", "messengers", "social_media", "unconfirmed", stext="в мессенджерах", **P)
    C(d, "killed", None, "vague", "не соответствуют действительности", mod="denied", **P)
    C(d, "deployed", 2000, "more_than", "задействовано более 2 тысяч сотрудников", **P)

    # ================================================================ Minsk metro bombing, Monday 11 April 2011
    P = dict(place=MINSK, date=D_MI)
    d = "minsk2011_export_ru.xml#40417"
    BE = dict(src="BelTA", stype="media", stext="БелТА", **P)
    C(d, "killed", 15, "exact", "погибшие         = 15", **BE)
    C(d, "killed", 15, "exact", "Число жертв взрыва в метро возросло до 15", **BE)
    C(d, "injured", 200, "more_than", "раненые          = более 200", **P)
    MZ = dict(src="Ministry of Health of Belarus", stype="official", stext="Министерства здравоохранения Белоруссии", **P)
    C(d, "killed", 15, "exact", "погибли 15 человек, более 200", **MZ)
    C(d, "injured", 200, "more_than", "более 200 получили ранения", **MZ)
    C(d, "injured", 22, "exact", "Из них 22 человека находились в тяжёлом состоянии", **MZ)
    C(d, "killed", 12, "exact", "В результате взрыва в минском метро погибли 12 человек", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "killed", 7, "exact", "Первоначально сообщалось о 7 погибших", "initial reports", "unknown", stext="Первоначально сообщалось", **P)
    C(d, "injured", 300, "at_least", "за медицинской помощью обратились не менее 300 человек", "Viasna Human Rights Centre", "ngo", "unconfirmed", stext="правозащитного центра «Весна»", **P)
    C(d, "killed", None, "vague", "писал о «десятках» погибших", "Charter 97 opposition website", "opposition", "unconfirmed", stext="Оппозиционный сайт «Хартия’97»", **P)
    C(d, "killed", None, "vague", "что МЧС назвало слухами", "Ministry of Emergency Situations", "official", "denied", stext="МЧС", **P)
    C(d, "detained", 5, "exact", "задержаны 5 подозреваемых", "Alexander Lukashenko", "official", stext="Александр Лукашенко", place=MINSK, date="2011-04")
    C(d, "convicted", 2, "exact", "Верховный суд приговорил 2 обвиняемых", place=MINSK, date="2011-11-30")

    d = "minsk2011_mtblog_en.txt"
    ME = dict(src="Ministry of emergency situations", stype="official", **P)
    C(d, "killed", 7, "exact", "were lost 7 persons", **ME)
    C(d, "injured", 50, "about", "are wounded about 50", **ME)
    C(d, "injured", None, "vague", "on platform lay hundreds of people", "The eyewitness Andrei", "eyewitness", **P)
    C(d, "killed", 11, "exact", "the number of the lost increased to 11 persons", **P)
    C(d, "injured", 126, "exact", "in hospitals of city there are 126 persons", **P)
    C(d, "injured", 22, "exact", "from them 22 in heavy condition", **P)
    MH = dict(src="Ministry of health", stype="official", **P)
    C(d, "killed", 12, "exact", "were lost 12", **MH)
    C(d, "injured", 157, "exact", "in hospitals remain 157 wounded", **MH)
    C(d, "detained", 3, "exact", "are detained 3 suspects", place=MINSK, date="2011-04")
    C(d, "killed", 13, "exact", "Were lost 13", **P)
    C(d, "killed", 15, "exact", "the number of the lost reached 15 persons", **P)
    C(d, "killed", 40, "at_least", '"not less than 40" was lost', "users on the forum", "social_media", "unconfirmed", **P)
    C(d, "killed", 40, "at_least", "KGB called this as rumours", "KGB", "official", "denied", **P)

    d = "minsk2011_news_kk.txt"
    MZ = dict(src="Ministry of Health of Belarus", stype="official", stext="Беларусь Денсаулық сақтау министрлігінің", **P)
    C(d, "killed", 15, "exact", "жарылыста 15 адам қаза тапты", **MZ)
    C(d, "injured", 200, "more_than", "200-ден астам адам жарақат алды", **MZ)
    C(d, "killed", 7, "exact", "7 адам қаза тапқан еді", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "injured", 300, "about", "зардап шеккендер саны 300-ге жуық", "human rights defenders", "ngo", stext="Құқық қорғаушылардың", **P)
    C(d, "detained", 5, "exact", "5 күдіктіні ұстады", "investigators", "official", stext="Тергеушілер", place=MINSK, date="2011-04")
    C(d, "convicted", 2, "exact", "сот 2 адамды өлім жазасына кесті", place=MINSK, date="2011-11-30")
    C(d, "missing", None, "vague", "«ондаған» адам іздестіріліп жатыр", "opposition representatives", "opposition", "unconfirmed", stext="Оппозиция өкілдері", **P)
    C(d, "missing", None, "vague", "билік мұны жоққа шығарды", "the authorities", "official", "denied", stext="билік", **P)

    # ================================================================ Vinnytsia missile strike, Thursday 14 July 2022
    P = dict(place=VIN, date=D_VI)
    d = "vinnytsia_timeline_uk.md"
    NP = dict(src="National Police", stype="official", stext="Національна поліція", **P)
    C(d, "killed", 12, "exact", "загинули 12 людей", **NP)
    C(d, "killed", 1, "exact", "серед них 1 дитина", group="children", **NP)
    C(d, "injured", 25, "exact", "Поранено 25 людей", **NP)
    SE = dict(src="State Emergency Service", stype="official", stext="ДСНС", **P)
    C(d, "killed", 20, "exact", "кількість загиблих зросла до 20", **SE)
    C(d, "injured", 90, "exact", "госпіталізовано 90 людей", **SE)
    C(d, "killed", 30, "at_most", "загиблих може бути до 30", "Mayor Serhiy Morhunov", "official", "unconfirmed", stext="Міський голова Сергій Моргунов", **P)
    NP2 = dict(src="National Police", stype="official", stext="Нацполіція", **P)
    C(d, "killed", 23, "exact", "23 загиблі, з них 3 дітей", **NP2)
    C(d, "killed", 3, "exact", "з них 3 дітей", group="children", **NP2)
    C(d, "injured", 100, "more_than", "Понад 100 людей госпіталізовано", **NP2)
    C(d, "deployed", 300, "more_than", "понад 300 рятувальників", **NP2)
    C(d, "killed", None, "vague", "«десятки загиблих офіцерів»", "Russian Telegram channels", "social_media", "unconfirmed", group="servicemen", stext="Російські телеграм-канали", **P)
    C(d, "killed", None, "vague", "Командування Повітряних сил ЗСУ це спростувало", "Ukrainian Air Force Command", "official", "denied", group="servicemen", stext="Командування Повітряних сил ЗСУ", **P)
    C(d, "killed", 23, "exact", "ДСНС: 23 загиблі", **SE)
    C(d, "missing", 39, "exact", "зниклими безвісти вважаються 39 людей", **SE)
    OA = dict(src="Vinnytsia regional military administration", stype="official", stext="Вінницька ОВА", **P)
    C(d, "injured", 202, "exact", "загалом постраждали 202 людини", **OA)
    C(d, "injured", 64, "exact", "У лікарнях залишаються 64", **OA)
    C(d, "injured", 34, "exact", "з них 34 у важкому стані", **OA)
    C(d, "missing", 18, "exact", "кількість зниклих безвісти зменшилася до 18", "police", "official", stext="Поліція", **P)
    C(d, "injured", None, "vague", "«десятки» людей з опіками", "doctors of the regional hospital", "eyewitness", stext="Лікарі обласної лікарні", **P)
    C(d, "killed", 1, "exact", "померла ще 1 жінка", **P)
    C(d, "killed", 24, "exact", "Загиблих 24", **P)
    CC = dict(src="city council", stype="official", stext="Міська рада", **P)
    C(d, "buildings_damaged", 50, "exact", "пошкоджено 50 будинків", **CC)
    C(d, "vehicles_damaged", 40, "more_than", "понад 40 автомобілів згоріли", **CC)
    C(d, "killed", 27, "exact", "кількість загиблих зросла до 27", **OA)
    C(d, "detained", 1, "exact", "затримала 1 коригувальника", "SBU", "official", stext="СБУ", place=VIN, date="2022-08")
    C(d, "killed", 23, "exact", "Національна поліція | 14 липня | 23", **NP)
    C(d, "injured", 100, "exact", "Національна поліція | 14 липня | 23 | 100", **NP)
    C(d, "killed", 23, "exact", "ДСНС | 15 липня | 23", **SE)
    C(d, "injured", 202, "exact", "ДСНС | 15 липня | 23 | 202", **SE)
    C(d, "killed", 27, "exact", "Вінницька ОВА | 25 липня | 27", **OA)
    C(d, "injured", 202, "exact", "Вінницька ОВА | 25 липня | 27 | 202", **OA)
    UN = dict(src="UN Human Rights Monitoring Mission", stype="official", stext="ООН (моніторингова місія)", **P)
    C(d, "killed", 25, "exact", "моніторингова місія) | 29 липня | 25", **UN)
    C(d, "injured", 150, "exact", "моніторингова місія) | 29 липня | 25 | 150", **UN)
    C(d, "killed", 29, "at_least", "задокументувала щонайменше 29 загиблих", "Podillia Without War rights group", "ngo", "unconfirmed", stext="Правозахисна група «Поділля без війни»", **P)
    C(d, "deployed", 60, "more_than", "залучили понад 60 слідчих і експертів", **P)

    w = "vinnytsia_wiki_en.atom#vin-wp"
    UP = dict(src="Ukrainska Pravda", stype="media", **P)
    C(w, "killed", 27, "exact", "fatalities = 27", **UP)
    C(w, "killed", 27, "exact", "Vinnytsia strike death toll rises to 27", **UP)
    C(w, "injured", 202, "exact", "injuries   = 202", **P)
    C(w, "killed", 23, "exact", "killing 23 people", **P)
    C(w, "killed", 3, "exact", "among them three children", group="children", **P)
    C(w, "killed", 20, "at_least", "Russian missiles kill at least 20 in Vinnytsia", "Reuters", "media", **P)
    C(w, "injured", 200, "about", "Around 200 people were wounded", **P)
    C(w, "killed", 12, "exact", "first reported 12 dead", "The State Emergency Service", "official", **P)
    C(w, "killed", 23, "exact", "that 23 had died", "Police", "official", **P)
    C(w, "killed", 27, "exact", "put the toll at 27", "the regional administration", "official", **P)
    C(w, "buildings_damaged", 50, "exact", "50 buildings were damaged", "The city council", "official", **P)
    C(w, "deployed", 300, "more_than", "More than 300 rescuers", **P)
    u = "vinnytsia_wiki_en.atom#vin-un"
    UN = dict(src="UN Human Rights Monitoring Mission in Ukraine", stype="official", **P)
    C(u, "killed", 25, "exact", "verified the deaths of 25 civilians", group="civilians", **UN)
    C(u, "killed", 3, "exact", "including three children", group="children", **UN)
    C(u, "injured", 150, "at_least", "at least 150 civilians had been injured", group="civilians", **UN)

    f = "vinnytsia_articles_ru.jsonl#"
    C(f + "v1", "killed", 20, "at_least", "В Виннице после ракетного удара погибли не менее 20 человек", **P)
    KL = dict(src="Ihor Klymenko, head of the National Police of Ukraine", stype="official", stext="глава Нацполиции Украины Игорь Клименко", **P)
    C(f + "v1", "killed", 20, "at_least", "унес жизни не менее 20 человек", **KL)
    C(f + "v1", "killed", 3, "exact", "в том числе троих детей", group="children", **KL)
    C(f + "v1", "injured", 52, "exact", "Еще 52 человека госпитализированы", **KL)
    C(f + "v1", "injured", 34, "exact", "из них 34 в тяжелом состоянии", **KL)
    C(f + "v1", "missing", [10, 15], "range", "могут находиться от 10 до 15 человек", "rescuers", "official", "unconfirmed", stext="По словам спасателей", **P)
    C(f + "v1", "injured", 100, "more_than", "обратились свыше 100 раненых", "Serhiy Morhunov, mayor of Vinnytsia", "official", stext="Мэр Винницы Сергей Моргунов", **P)
    C(f + "v2", "killed", 23, "exact", "Число погибших в Виннице выросло до 23", **P)
    NP = dict(src="National Police of Ukraine", stype="official", stext="Национальная полиция Украины", **P)
    C(f + "v2", "killed", 23, "exact", "погибли 23 человека", **NP)
    C(f + "v2", "killed", 3, "exact", "из них 3 детей", group="children", **NP)
    C(f + "v2", "injured", 202, "exact", "Пострадали 202 человека", **NP)
    C(f + "v2", "killed", 22, "exact", "Ранее сообщалось о 22 погибших", "earlier reports", "unknown", stext="Ранее сообщалось", **P)
    C(f + "v2", "killed", None, "vague", "«сотнях уничтоженных военных»", "Russian military bloggers", "social_media", "unconfirmed", group="servicemen", stext="Российские военные блогеры", **P)
    C(f + "v2", "killed", None, "vague", "в Воздушных силах ВСУ это назвали ложью", "Ukrainian Air Force", "official", "denied", group="servicemen", stext="в Воздушных силах ВСУ", **P)
    C(f + "v2", "deployed", 300, "exact", "участвовали 300 спасателей", **P)

    # ================================================================ Tbilisi protests, 7-8 March 2023
    d = "tbilisi_press_en.html"  # Georgia's Interior Ministry in its own voice
    C(d, "detained", 66, "exact", "Police detained 66 persons on 7 March", place=TBI, date=D_T7)
    C(d, "injured", 50, "exact", "50 police officers were injured", group="police", place=TBI, date=D_T7)
    C(d, "injured", 3, "exact", "3 of whom were hospitalized", group="police", place=TBI, date=D_T7)
    C(d, "detained", 67, "exact", "a further 67 persons were detained", place=TBI, date=D_T8)
    C(d, "detained", 66, "exact", "<td>7 March</td><td>66</td>", place=TBI, date=D_T7)
    C(d, "injured", 50, "exact", "<td>66</td><td>50</td>", group="police", place=TBI, date=D_T7)
    C(d, "detained", 67, "exact", "<td>8 March</td><td>67</td>", place=TBI, date=D_T8)
    C(d, "injured", 9, "exact", "<td>67</td><td>9</td>", group="police", place=TBI, date=D_T8)
    C(d, "detained", 133, "exact", "<td><b>133</b></td>", place=TBI, date=D_T)
    C(d, "injured", 59, "exact", "<td><b>59</b></td>", group="police", place=TBI, date=D_T)
    C(d, "injured", None, "vague", 'that "dozens" of demonstrators were wounded by rubber bullets', "social networks", "social_media", "unconfirmed", place=TBI, date=D_T)
    C(d, "injured", None, "vague", "by rubber bullets are false", mod="denied", place=TBI, date=D_T)
    C(d, "vehicles_damaged", None, "vague", "Several police vehicles were damaged", place=TBI, date=D_T)
    C(d, "vehicles_damaged", 4, "exact", "4 of them beyond repair", place=TBI, date=D_T)
    C(d, "deployed", 2000, "about", "About 2,000 officers were on duty", place=TBI, date=D_T)

    d = "tbilisi_report_uk.txt"
    C(d, "participants", None, "vague", "тисячі людей знову вийшли на проспект Руставелі", place=TBI, date=D_T8)
    MV = dict(src="Georgian Interior Ministry", stype="official", stext="МВС Грузії", place=TBI, date=D_T7)
    C(d, "detained", 66, "exact", "поліція затримала 66 людей", **MV)
    C(d, "injured", 50, "exact", "постраждали 50 правоохоронців", group="police", **MV)
    C(d, "injured", 100, "more_than", "постраждали понад 100 протестувальників", "United National Movement", "opposition", group="protesters", stext="Опозиційна партія «Єдиний національний рух»", place=TBI, date=D_T7)
    C(d, "injured", 20, "at_least", "щонайменше 20 затриманих скаржилися на побиття", "Public Defender of Georgia", "official", stext="Омбудсман Грузії", place=TBI, date=D_T)
    C(d, "participants", None, "vague", "вийшли десятки тисяч людей", "journalists", "media", stext="За оцінками журналістів", place=TBI, date=D_T8)
    C(d, "killed", 1, "exact", "про загибель одного студента", "social media", "social_media", "unconfirmed", stext="У соцмережах", place=TBI, date=D_T)
    C(d, "killed", 1, "exact", "МВС заявило, що загиблих немає", "Georgian Interior Ministry", "official", "denied", stext="МВС", place=TBI, date=D_T)

    # ================================================================ Perm university shooting, Monday 20 September 2021
    P = dict(place=PERM, date=D_PE)
    d = "perm_wiki_ru.wiki"
    TA = dict(src="TASS", stype="media", stext="ТАСС", **P)
    C(d, "killed", 6, "exact", "погибшие   = 6", **TA)
    C(d, "killed", 6, "exact", "Число погибших при стрельбе в ПГНИУ уточнено: 6 человек", **TA)
    C(d, "injured", 47, "exact", "раненые    = 47", **P)
    SK = dict(src="Investigative Committee of Russia", stype="official", stext="Следственный комитет", **P)
    C(d, "killed", 8, "exact", "Следственный комитет сообщил о 8 погибших", **SK)
    C(d, "killed", 6, "exact", "уточнил, что погибли 6 человек", **SK)
    C(d, "killed", 8, "exact", "СК сообщил о восьми погибших при стрельбе в Перми", "Interfax", "media", stext="Интерфакс", **P)
    MZ = dict(src="Russian Ministry of Health", stype="official", stext="Минздрава России", **P)
    C(d, "injured", 47, "exact", "пострадали 47 человек", **MZ)
    C(d, "injured", 24, "exact", "из них 24 получили огнестрельные ранения", **MZ)
    C(d, "injured", 10, "about", "Ещё около 10 студентов травмировались", **MZ)
    C(d, "killed", 20, "more_than", "«более 20 погибших»", "Telegram channels", "social_media", "unconfirmed", stext="В Telegram-каналах", **P)
    C(d, "killed", 20, "more_than", "в МВД эти сообщения назвали фейком", "Interior Ministry", "official", "denied", stext="в МВД", **P)
    C(d, "injured", 19, "exact", "в больницах оставались 19 человек", **P)
    C(d, "injured", 6, "exact", "из них 6 в тяжёлом состоянии", **P)

    d = "perm_news_kk.txt"
    C(d, "killed", 6, "exact", "Пермь университетіндегі атыс: 6 адам қаза тапты", **P)
    MZ = dict(src="Russian Ministry of Health", stype="official", stext="Ресей Денсаулық сақтау министрлігінің", **P)
    C(d, "killed", 6, "exact", "атыс салдарынан 6 адам қаза тапты", **MZ)
    C(d, "injured", 43, "exact", "43 адам ауруханаға жеткізілді", **MZ)
    C(d, "injured", 19, "exact", "Оның 19-ы оқ тиіп жараланған", **MZ)
    C(d, "killed", 8, "exact", "алғашында 8 адам қаза тапты", "Investigative Committee of Russia", "official", stext="Тергеу комитеті", **P)

    d = "perm_report_uk.txt"
    C(d, "killed", 6, "exact", "загинули шестеро людей", **P)
    SK = dict(src="Investigative Committee of Russia", stype="official", stext="Слідчого комітету Росії", **P)
    C(d, "killed", 6, "exact", "загинули 6 людей", **SK)
    C(d, "injured", 28, "exact", "ще 28 дістали поранення", **SK)
    C(d, "killed", 8, "exact", "повідомляло про 8 загиблих", **SK)
    MU = dict(src="Russian Health Minister Mikhail Murashko", stype="official", stext="Міністр охорони здоров'я Росії Михайло Мурашко", **P)
    C(d, "injured", 43, "exact", "до лікарень доправили 43 людей", **MU)
    C(d, "injured", 19, "exact", "з них 19 з вогнепальними пораненнями", **MU)
    C(d, "injured", None, "vague", "Ще кілька студентів травмувалися", **MU)
    C(d, "killed", 15, "at_least", "«щонайменше 15» загиблих", "eyewitnesses", "eyewitness", "unconfirmed", stext="Очевидці", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d8g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "almaty2016_news_kk.txt"
    T(d, "2016-07-18T11:00", "gunman attacks the Almaly district police department", "Дүйсенбі күні, 18 шілдеде, таңғы сағат 11:00 шамасында")
    T(d, "2016-07-19", "health department: 9 in hospital", "Сейсенбі күні, 19 шілдеде")
    T("almaty2016_statement_kk.txt", "2016-07-18T11:00", "attack on the district police department", "2016 жылғы 18 шілдеде сағат 11:00-де")
    f = "almaty2016_feed_en.rss#"
    T(f + "a16-1", "2016-07-18", "gunman opens fire on a police station", "on Monday")
    T(f + "a16-1", "2016-07-18T11:00+06:00", "shooting begins (local time, 0500 GMT)", "at around 11 a.m. local time (0500 GMT)")
    T(f + "a16-2", "2016-07-20", "minister: toll rises to eight", "rose to eight on Wednesday")
    d = "almaty2016_prosecutor_ru.txt"
    T(d, "2016-07-18T11:00", "attack on the district police department and the KNB building", "18 июля 2016 года около 11:00")
    T(d, "2016-08-01T10:00", "status: 10 dead, 10 injured", "По состоянию на 10:00 1 августа")

    d = "minsk2011_export_ru.xml#40417"
    T(d, "2011-04-11T17:56+03:00", "bomb explodes at Oktyabrskaya station (Minsk time)", "в понедельник, 11 апреля 2011 года, в 17:56 по минскому времени (UTC+3)")
    T(d, "2011-04-13", "Lukashenko announces the arrest of suspects", "Утром 13 апреля")
    T(d, "2011-11-30", "Supreme Court sentences two to death", "30 ноября 2011 года")
    d = "minsk2011_mtblog_en.txt"
    T(d, "2011-04-11T17:56+03:00", "explosion at Oktyabrskaya station (Minsk time)", "11.04.2011 in 17.56 hours (Minsk time)")
    T(d, "2011-04-11T21:30", "toll rises to 11, 126 in hospitals", "Update 11.04 21.30")
    T(d, "2011-04-12", "health ministry: 12 dead, 157 in hospitals", "Update 12.04")
    T(d, "2011-04-12T06:00", "station reopens", "opened at 6.00 morning")
    T(d, "2011-04-13", "3 suspects detained, 13 dead", "Update 13.04")
    T(d, "2011-04-14", "toll reaches 15", "Update 14.04")
    d = "minsk2011_news_kk.txt"
    T(d, "2011-04-11", "explosion at Oktyabrskaya station", "2011 жылғы 11 сәуірде, дүйсенбі күні кешке")
    T(d, "2011-04-11T17:56", "bomb explodes as a train stops (local time)", "Жергілікті уақыт бойынша сағат 17:56-да")
    T(d, "2011-11-30", "court sentences two to death", "2011 жылғы 30 қараша күні")

    d = "vinnytsia_timeline_uk.md"
    T(d, "2022-07-14", "cruise missiles hit the centre of Vinnytsia", "Вранці 14 липня")
    for day, entries in (("2022-07-14", (("10:52", "explosions near the Officers' House"), ("11:40", "governor: dead and injured"), ("12:30", "police: 12 dead, 25 injured"), ("14:45", "emergency service: 20 dead, 90 hospitalized"), ("16:10", "mayor: up to 30 dead possible"), ("18:20", "police: 23 dead incl. 3 children"), ("21:30", "Telegram claims dozens of officers killed; denied"))),
                         ("2022-07-15", (("07:00", "emergency service: 23 dead, 39 missing"), ("12:00", "regional administration: 202 injured"), ("16:30", "police: 18 missing"), ("19:00", "doctors describe burns; blood donors")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2022-07-16T09:00+03:00", "a woman dies in hospital; toll 24", "субота, 16 липня, 09:00")
    T(d, "2022-07-17T10:00+03:00", "day of mourning", "неділя, 17 липня, 10:00")
    T(d, "2022-07-17T15:00+03:00", "city council: 50 buildings, 40 cars damaged", "неділя, 17 липня, 15:00")
    T(d, "2022-07-25T11:00+03:00", "regional administration: toll 27", "понеділок, 25 липня, 11:00")
    T(d, "2022-08-02T14:00+03:00", "SBU detains a spotter", "вівторок, 2 серпня, 14:00")
    T(d, "2022-08-02", "22 victims identified", "Станом на 2 серпня")
    w = "vinnytsia_wiki_en.atom#vin-wp"
    T(w, "2022-07-14T10:52+03:00", "Kalibr missiles hit the city centre", "at 10:52 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(w, "2022-07-14", "strike on Vinnytsia", "On 14 July 2022")
    T(w, "2022-07-14", "police: 23 dead", "on the evening of 14 July")
    T(w, "2022-07-25", "regional administration: toll 27", "by 25 July")
    T("vinnytsia_wiki_en.atom#vin-un", "2022-07-29", "UN mission verifies 25 civilian deaths", "said on 29 July 2022")
    f = "vinnytsia_articles_ru.jsonl#"
    T(f + "v1", "2022-07-14", "missile strike on the city centre", "в четверг")
    T(f + "v1", "2022-07-14T10:50+03:00", "missiles hit an office building (Kyiv time)", "около 10:50 по киевскому времени")
    T(f + "v2", "2022-07-15", "police: 23 dead, 202 injured", "В пятницу, 15 июля")
    T(f + "v2", "2022-07-15", "rescuers finish clearing the rubble", "к вечеру пятницы")

    d = "tbilisi_press_en.html"
    T(d, "2023-03-07", "rally near Parliament turns violent", "On the evening of Tuesday, 7 March 2023")
    T(d, "2023-03-07T21:30", "clashes begin", "at about 21:30")
    T(d, "2023-03-08", "67 more detained", "On 8 March, a further 67")
    d = "tbilisi_report_uk.txt"
    T(d, "2023-03-08", "second night of protests", "У середу, 8 березня")
    T(d, "2023-03-07", "bill passes first reading", "в першому читанні у вівторок")
    T(d, "2023-03-09", "ruling party withdraws the bill", "У четвер, 9 березня")

    d = "perm_wiki_ru.wiki"
    T(d, "2021-09-20T11:19+05:00", "student opens fire at the university (local time, UTC+5)", "в понедельник, 20 сентября 2021 года, около 11:19 по местному времени (UTC+5)")
    T(d, "2021-09-20T11:25", "gunman wounded and detained", "Около 11:25")
    T(d, "2021-09-22", "status: 19 in hospital", "По состоянию на 22 сентября")
    T(d, "2023-02-14", "court sentences the gunman to life", "14 февраля 2023 года")
    d = "perm_news_kk.txt"
    T(d, "2021-09-20", "shooting at Perm State University", "2021 жылғы 20 қыркүйекте, дүйсенбі күні таңертең")
    T(d, "2021-09-20T11:19", "gunman enters the building (local time)", "Жергілікті уақыт бойынша сағат 11:19 шамасында")
    T(d, "2021-09-21", "mourning in Perm region", "Сейсенбі күні")
    d = "perm_report_uk.txt"
    T(d, "2021-09-20", "student opens fire at the university", "У понеділок, 20 вересня")
    T(d, "2021-09-21", "mourning declared in Perm region", "У вівторок, 21 вересня")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d8t{n:03d}"
    return rows


ENTITIES = [
    ("Almaty", "place", ["Алматы", "Алматыдағы", "Almaty"]),
    ("Kalmukhanbet Kassymov", "person", ["Қалмұханбет Қасымовтың", "Kalmukhanbet Kassymov"]),
    ("Minsk", "place", ["Минск", "Минскідегі", "Minsk"]),
    ("Oktyabrskaya station", "place", ["Октябрьская", "Oktyabrskaya"]),
    ("Vinnytsia", "place", ["Вінниці", "Вінниця", "Винницы", "Виннице", "Vinnytsia"]),
    ("Serhiy Morhunov", "person", ["Сергій Моргунов", "Сергей Моргунов"]),
    ("State Emergency Service of Ukraine", "org", ["ДСНС", "State Emergency Service"]),
    ("Tbilisi", "place", ["Тбілісі", "Tbilisi"]),
    ("Rustaveli Avenue", "place", ["проспект Руставелі", "Rustaveli Avenue"]),
    ("Ministry of Internal Affairs of Georgia", "org", ["МВС Грузії", "Ministry of Internal Affairs of Georgia"]),
    ("Perm", "place", ["Пермь", "Перми", "Пермьдегі"]),
    ("Perm State University", "org", ["ПГНИУ", "Пермського державного університету", "Пермь мемлекеттік университетінде"]),
    ("Investigative Committee of Russia", "org", ["Следственный комитет", "Слідчого комітету Росії", "Тергеу комитеті"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset8", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
