"""Write the gold annotations of the fourth development set: tests/data/devset4/gold/devset4.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset4.py, which checks every anchor:

    python tests/data/devset4/make_gold.py

Conventions are those of ../shared/gold/seeds.*, ../devset/README.md and ../devset2/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

AKSY, KERBEN, OLEN, DNIPRO = "Aksy", "Kerben; Aksy", "Olenivka", "Dnipro"
LIST, SHAN = "Listvyazhnaya mine (Kemerovo Region)", "Shanyrak (Almaty)"
D_AKSY, D_KERBEN, D_DN, D_LI, D_SH = "2002-03-17", "2002-03-18", "2023-01-14", "2021-11-25", "2006-07-14"
D_OL = ["2022-07-28", "2022-07-29"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Aksy shootings, 17-18 March 2002
    P = dict(place=AKSY, date=D_AKSY)
    PK = dict(place=KERBEN, date=D_KERBEN)
    d = "aksy_export_ru.xml#48213"
    C(d, "killed", 6, "exact", "погибшие   = 6", **P)
    C(d, "injured", 60, "more_than", "раненые    = более 60", **P)
    C(d, "killed", 5, "exact", "на месте погибли пять человек", **P)
    C(d, "killed", 1, "exact", "ещё один скончался в больнице", **P)
    C(d, "killed", 5, "exact", "В Аксы от пуль милиции погибли пять демонстрантов", "Vecherny Bishkek", "media", stext="Вечерний Бишкек", **P)
    C(d, "participants", 2000, "about", "около двух тысяч человек двинулись", **P)
    C(d, "participants", 3000, "at_least", "не менее 3 тысяч участников", "organizers", "activist", stext="Организаторы", **P)
    C(d, "participants", 600, "about", "«около 600 человек»", "district police department", "official", stext="районное управление внутренних дел", **P)
    PGO = dict(src="Prosecutor General's Office", stype="official", stext="Генеральной прокуратуры", **P)
    C(d, "killed", 5, "exact", "Генеральной прокуратуры]], погибли пять человек", **PGO)
    C(d, "injured", 15, "at_least", "не менее 15 демонстрантов", **PGO)
    MVD = dict(src="Interior Ministry", stype="official", stext="В МВД", **P)
    C(d, "injured", 47, "exact", "травмы различной степени получили 47 сотрудников милиции", group="police", **MVD)
    C(d, "killed", 2, "exact", "лишь о двух погибших", **MVD)
    KS = dict(src="Kylym Shamy human rights centre", stype="ngo", stext="Правозащитный центр «Кылым шамы»", **P)
    C(d, "killed", 6, "exact", "насчитал шесть погибших", **KS)
    C(d, "injured", 60, "more_than", "более 60 раненых", **KS)
    C(d, "killed", 6, "exact", "Aksy death toll rises to six", "RFE/RL", "media", stext="RFE/RL", **P)
    C(d, "injured", None, "vague", "«десятках раненых»", "residents of Bospiek", "eyewitness", stext="Жители Боспиека", **P)
    C(d, "killed", 10, "at_least", "слухи о десяти и более погибших", "rumours in Bishkek", "unknown", "unconfirmed", stext="В Бишкеке ходили слухи", **P)
    C(d, "killed", 10, "at_least", "власти эти сообщения опровергли", "the authorities", "official", "denied", stext="власти", **P)
    C(d, "participants", [5000, 10000], "range", "от 5 до 10 тысяч человек", "various estimates", "unknown", stext="по разным оценкам", **PK)
    C(d, "vehicles_damaged", 3, "exact", "сгорели три милицейских автомобиля", **PK)
    C(d, "charged", 7, "exact", "Обвинения предъявили семи должностным лицам", place=AKSY, date="2002")
    C(d, "convicted", 4, "exact", "четверо из них были осуждены", place=AKSY, date="2003")
    C(d, "convicted", 4, "exact", "Kyrgyz court convicts four officials over Aksy shootings", "Reuters", "media", stext="Reuters", place=AKSY, date="2003")

    f = "aksy_feed_en.rss#"
    C(f + "vc-aksy-1", "killed", 5, "at_least", "in Aksy, at least five dead", **P)
    LOW = dict(src="local officials and witnesses", stype="official", **P)
    C(f + "vc-aksy-1", "killed", 5, "at_least", "At least five people were killed", **LOW)
    C(f + "vc-aksy-1", "injured", None, "vague", "dozens wounded", **LOW)
    IM = dict(src="The Interior Ministry", stype="official", **P)
    C(f + "vc-aksy-1", "killed", 2, "exact", 'two "attackers" had died', **IM)
    C(f + "vc-aksy-1", "injured", None, "vague", "several dozen officers were hurt", group="police", **IM)
    C(f + "vc-aksy-1", "injured", 23, "exact", "treated 23 people for gunshot wounds", "A surgeon at the Kerben district hospital", "eyewitness", **P)
    C(f + "vc-aksy-1", "participants", 2000, "about", "about 2,000 marchers", "Witnesses", "eyewitness", **P)
    C(f + "vc-aksy-1", "killed", 4, "exact", "I saw four men killed", "Tursunbek, a farmer from Bospiek", "eyewitness", **P)
    C(f + "vc-aksy-2", "killed", 6, "exact", "Aksy toll rises to six", **P)
    C(f + "vc-aksy-2", "injured", 60, "more_than", "rights group counts over 60 wounded", "rights group", "ngo", **P)
    HD = dict(src="the regional health department", stype="official", **P)
    C(f + "vc-aksy-2", "killed", 1, "exact", "A sixth protester died of his wounds", **HD)
    C(f + "vc-aksy-2", "killed", 6, "exact", "raising the death toll from Sunday's shooting in Aksy to six", **HD)
    KS = dict(src="The human rights centre Kylym Shamy", stype="ngo", **P)
    C(f + "vc-aksy-2", "injured", 60, "more_than", "more than 60 people had been wounded", **KS)
    C(f + "vc-aksy-2", "injured", 19, "exact", "19 of them seriously", **KS)
    C(f + "vc-aksy-2", "injured", 100, "more_than", '"over a hundred"', "Opposition deputies in Bishkek", "opposition", **P)
    C(f + "vc-aksy-2", "injured", 100, "more_than", "a figure officials called exaggerated", "officials", "official", "denied", **P)
    C(f + "vc-aksy-2", "participants", 10000, "at_most", "a rally of up to 10,000 people in Kerben", **PK)
    C(f + "vc-aksy-2", "vehicles_damaged", 3, "exact", "three patrol cars were set on fire", "Police", "official", **PK)
    C(f + "vc-aksy-3", "killed", 6, "exact", "killing six people", **P)
    C(f + "vc-aksy-3", "charged", 7, "exact", "brought charges against seven local police and prosecution officials", "The Prosecutor General's Office", "official", place=AKSY, date="2002")
    C(f + "vc-aksy-3", "participants", 3000, "at_least", "at least 3,000 people took part in the march", "Opposition groups", "opposition", **P)

    d = "aksy_news_kk.txt"
    OD = dict(src="official data", stype="official", stext="Ресми деректер бойынша", **P)
    C(d, "killed", 5, "exact", "бес адам оқ тиіп қаза тапты", **OD)
    C(d, "killed", 1, "exact", "алтыншы адам кейін Жалал-Абад ауруханасында көз жұмды", **OD)
    C(d, "injured", 15, "at_least", "кемінде 15 адамның оқтан жараланғанын", "Prosecutor General's Office", "official", stext="Бас прокуратура", **P)
    C(d, "injured", 60, "more_than", "жаралылар саны 60-тан асқан", "human rights defenders", "ngo", stext="Құқық қорғаушылардың", **P)
    C(d, "injured", None, "vague", "ондаған адамның жараланғанын", "local residents", "eyewitness", stext="жергілікті тұрғындар", **P)
    C(d, "participants", 3000, "more_than", "3 мыңнан астам адам аттанғанын", "march organizer Boobek Ibraimov", "activist", stext="Шеру ұйымдастырушыларының бірі Бообек Ибраимов", **P)
    C(d, "injured", 47, "exact", "47 милиция қызметкері жарақат алғанын", "Interior Ministry", "official", group="police", stext="Ішкі істер министрлігі", **P)
    C(d, "killed", 10, "more_than", "«қаза тапқандар 10-нан асады»", "rumours", "unknown", "unconfirmed", stext="ел ішінде тараған", **P)
    C(d, "killed", 10, "more_than", "деген сыбысты жоққа шығарған", "Interior Ministry", "official", "denied", stext="Министрлік", **P)
    C(d, "charged", 7, "exact", "жеті лауазымды тұлғаға айып тағылып", place=AKSY, date="2002")
    C(d, "convicted", 4, "exact", "олардың төртеуі сотталды", place=AKSY, date="2003")

    # ================================================================ Olenivka prison barracks, night of 28-29 July 2022
    P = dict(place=OLEN, date=D_OL)
    d = "olenivka_statement_uk.txt"
    C(d, "killed", 50, "at_least", "загинули щонайменше 50 наших захисників", **P)
    C(d, "injured", 75, "about", "ще близько 75 дістали поранень", **P)
    RU = dict(src="Russian Ministry of Defence", stype="official", stext="Міністерство оборони РФ", **P)
    C(d, "killed", 50, "exact", "заявило про 50 загиблих", **RU)
    C(d, "injured", 73, "exact", "50 загиблих і 73 поранених", **RU)
    C(d, "killed", 53, "exact", "йдеться про 53 загиблих", "Ombudsman Dmytro Lubinets", "official", stext="Уповноважений Верховної Ради з прав людини Дмитро Лубінець", **P)

    d = "olenivka_news_ru.html"
    RU = dict(src="Russian Ministry of Defence", stype="official", stext="В Министерстве обороны России", **P)
    C(d, "killed", 50, "exact", "Минобороны: в Еленовке погибли 50 украинских военнопленных", **RU)
    C(d, "killed", 50, "exact", "погибли 50 военнопленных", **RU)
    C(d, "injured", 73, "exact", "еще 73 человека получили ранения", **RU)
    C(d, "killed", 40, "exact", "сообщало о 40 погибших", **RU)
    C(d, "injured", 75, "exact", "о 40 погибших и 75 раненых", **RU)
    DM = dict(src="DPR ombudsman Daria Morozova", stype="official", stext="Уполномоченный по правам человека в ДНР Дарья Морозова", **P)
    C(d, "killed", 53, "exact", "число погибших достигло 53", **DM)
    C(d, "injured", 75, "exact", "а раненых — 75", **DM)
    C(d, "injured", 8, "exact", "восемь из них находятся в тяжелом состоянии", **DM)
    C(d, "killed", 100, "more_than", "о «более чем сотне» погибших", "Ukrainian Telegram channels", "social_media", "unconfirmed", stext="украинских телеграм-каналов", **P)
    C(d, "killed", 100, "more_than", "Денис Пушилин опроверг сообщения", "DPR head Denis Pushilin", "official", "denied", stext="Глава ДНР Денис Пушилин", **P)
    C(d, "deployed", 30, "about", "около 30 спасателей МЧС ДНР", **P)

    f = "olenivka_wiki_en.atom#"
    w = f + "olenivka-wp"
    C(w, "killed", 53, "exact", "| fatalities  = 53", "Ukrainska Pravda", "media", **P)
    C(w, "killed", 53, "exact", "Ukraine ombudsman says 53 POWs died in Olenivka", "Ukrainska Pravda", "media", **P)
    C(w, "injured", 75, "at_least", "| injuries    = 75+", **P)
    RU = dict(src="the Russian Ministry of Defence", stype="official", **P)
    C(w, "killed", 40, "exact", "40 prisoners had been killed", **RU)
    C(w, "injured", 75, "exact", "killed and 75 wounded", **RU)
    C(w, "killed", 40, "exact", "Russia says 40 Ukrainian prisoners killed", "Reuters", "media", **P)
    C(w, "killed", 50, "exact", "raised the figure to 50 dead", **RU)
    C(w, "injured", 73, "exact", "50 dead and 73 wounded", **RU)
    DM = dict(src="The separatist ombudsman Daria Morozova", stype="official", **P)
    C(w, "killed", 53, "exact", "gave 53 dead", **DM)
    C(w, "injured", 75, "exact", "53 dead and 75 wounded", **DM)
    C(w, "killed", 100, "more_than", '"more than a hundred" dead', "Ukrainian media and some relatives of the prisoners", "media", "unconfirmed", **P)
    C(w, "killed", 50, "more_than", "Relatives fear Olenivka toll far higher than 50", "Kyiv Independent", "media", "unconfirmed", **P)
    AP = dict(src="Associated Press", stype="media", **P)
    C(w, "killed", 53, "at_least", 'put the number of dead at "at least 53"', **AP)
    C(w, "injured", None, "vague", "dozens of wounded prisoners had received no medical help", **AP)
    C(w, "killed", 53, "at_least", "Olenivka blast that killed at least 53", **AP)
    C(f + "olenivka-un", "killed", 50, "at_least", "at least 50 prisoners had died", "the UN human rights office", "official", **P)

    # ================================================================ Dnipro apartment block strike, 14 January 2023
    P = dict(place=DNIPRO, date=D_DN)
    d = "dnipro_timeline_uk.md"
    RZ = dict(src="Valentyn Reznichenko, head of the regional military administration", stype="official", stext="Резніченко", **P)
    C(d, "killed", 5, "exact", "повідомляє про п'ятьох загиблих", **RZ)
    C(d, "injured", 27, "exact", "п'ятьох загиблих і 27 поранених", **RZ)
    C(d, "injured", 6, "exact", "27 поранених, серед них шестеро дітей", group="children", **RZ)
    OVA = dict(src="regional military administration", stype="official", stext="за даними ОВА", **P)
    C(d, "killed", 12, "exact", "кількість загиблих зросла до 12", **OVA)
    C(d, "injured", 64, "exact", "поранених — до 64", **OVA)
    SES = dict(src="State Emergency Service", stype="official", stext="ДСНС", **P)
    C(d, "killed", 20, "exact", "загинули 20 людей", **SES)
    C(d, "killed", 1, "exact", "серед них одна дитина", group="children", **SES)
    C(d, "injured", 73, "exact", "73 постраждалих", **SES)
    C(d, "missing", 40, "more_than", "Зниклими безвісти вважаються понад 40 мешканців", **SES)
    C(d, "deployed", 400, "more_than", "понад 400 рятувальників", **P)
    C(d, "killed", 30, "exact", "кількість жертв зросла до 30", "Office of the President", "official", stext="офіс президента", **P)
    C(d, "killed", 35, "at_least", "загинули щонайменше 35 людей", **P)
    C(d, "killed", 2, "exact", "зокрема двоє дітей", group="children", **P)
    C(d, "missing", 35, "exact", "доля 35 людей досі невідома", **P)
    SM = dict(src="social media posts", stype="social_media", mod="unconfirmed", stext="У соцмережах", **P)
    C(d, "killed", 100, "more_than", "«понад 100 загиблих»", **SM)
    C(d, "missing", None, "vague", "«сотні людей під завалами»", **SM)
    CC = dict(src="City council", stype="official", mod="denied", stext="Міська рада", **P)
    C(d, "killed", 100, "more_than", "Міська рада назвала їх неправдивими", **CC)
    C(d, "missing", None, "vague", "назвала їх неправдивими", **CC)
    C(d, "killed", 40, "exact", "ДСНС: 40 загиблих", **SES)
    C(d, "killed", 3, "exact", "40 загиблих, серед них троє дітей", group="children", **SES)
    C(d, "injured", 75, "exact", "75 поранених, з них 14 дітей", **SES)
    C(d, "injured", 14, "exact", "з них 14 дітей", group="children", **SES)
    C(d, "missing", 34, "exact", "Про долю 34 людей нічого не відомо", **SES)
    C(d, "killed", 44, "exact", "кількість загиблих зросла до 44", **P)
    C(d, "killed", 45, "exact", "Загинули 45 людей", **RZ)
    C(d, "killed", 6, "exact", "Загинули 45 людей, серед них шестеро дітей", group="children", **RZ)
    C(d, "injured", 79, "exact", "79 поранених, із них 16 дітей", **RZ)
    C(d, "injured", 16, "exact", "із них 16 дітей", group="children", **RZ)
    C(d, "missing", 20, "exact", "Місцезнаходження 20 людей досі не встановлене", **RZ)
    C(d, "participants", 3000, "about", "квіти принесли близько 3 тисяч людей", "police", "official", stext="за оцінкою поліції", place=DNIPRO, date="2023-01-17")
    C(d, "killed", 1, "exact", "помер у лікарні ще один поранений", **P)
    OF = dict(src="official figure", stype="official", stext="Офіційна кількість", **P)
    C(d, "killed", 46, "exact", "Офіційна кількість загиблих — **46**", **OF)
    C(d, "killed", 6, "exact", "серед них **6 дітей**", group="children", **OF)
    C(d, "injured", 80, "exact", "Поранених — **80**", **OF)
    C(d, "missing", 11, "exact", "зниклими безвісти вважаються **11**", **OF)
    C(d, "buildings_damaged", 9, "exact", "пошкоджено ще 9 житлових будинків", **P)
    C(d, "vehicles_damaged", 20, "about", "близько 20 автомобілів", **P)
    C(d, "detained", 2, "exact", "затримала двох мешканців Дніпра", "SBU", "official", stext="СБУ", place=DNIPRO, date="2023-01-19")
    SES = dict(src="State Emergency Service", stype="official", stext="ДСНС (17 січня)", **P)
    C(d, "killed", 45, "exact", "| ДСНС (17 січня) | 45 |", **SES)
    C(d, "injured", 79, "exact", "| 45 | 79 |", **SES)
    C(d, "missing", 20, "exact", "| 79 | 20 |", **SES)
    OVA = dict(src="Dnipropetrovsk regional military administration", stype="official", stext="Дніпропетровська ОВА (19 січня)", **P)
    C(d, "killed", 46, "exact", "| Дніпропетровська ОВА (19 січня) | 46 |", **OVA)
    C(d, "injured", 80, "exact", "| 46 | 80 |", **OVA)
    C(d, "missing", 11, "exact", "| 80 | 11 |", **OVA)
    SM = dict(src="social media", stype="social_media", mod="unconfirmed", stext="Соцмережі (15 січня, не підтверджено)", **P)
    C(d, "killed", 100, "more_than", "| «понад 100» |", **SM)
    C(d, "missing", None, "vague", "| «сотні» |", **SM)
    C(d, "killed", 21, "at_least", "загинула щонайменше 21 людина", place="Kremenchuk", date="2022-06-27")
    C(d, "killed", 28, "exact", "14 липня 2022 року — 28 людей", place="Vinnytsia", date="2022-07-14")
    C(d, "killed", 3, "exact", "28 людей, зокрема троє дітей", group="children", place="Vinnytsia", date="2022-07-14")

    d = "dnipro_mtblog_en.txt"
    RMA = dict(src="the regional military administration", stype="official", **P)
    C(d, "killed", 12, "exact", "the number of the victims has made 12 persons", **RMA)
    C(d, "injured", 64, "exact", "64 persons have been wounded", **RMA)
    C(d, "killed", 20, "exact", "increased till 20 persons", **RMA)
    C(d, "killed", 30, "at_least", "not less than 30 persons perished", **RMA)
    C(d, "killed", 2, "exact", "among them 2 children", group="children", **RMA)
    FI = dict(src="The mayor of the city Boris Filatov", stype="official", **P)
    C(d, "missing", None, "vague", "there are still dozens of people", **FI)
    C(d, "killed", 200, "exact", "reports of channels in Telegram about 200 dead", "channels in Telegram", "social_media", "unconfirmed", **P)
    C(d, "killed", 200, "exact", 'He has called "lies"', mod="denied", **FI)
    SES = dict(src="The State service on emergency situations of Ukraine", stype="official", **P)
    C(d, "killed", 40, "exact", "perished 40 persons", **SES)
    C(d, "killed", 3, "exact", "among them 3 children", group="children", **SES)
    C(d, "injured", 75, "exact", "were wounded 75 persons", **SES)
    C(d, "missing", 30, "about", "About 30 persons are searched", **SES)
    C(d, "deployed", 500, "more_than", "more than 500 rescuers", **SES)
    C(d, "injured", 10, "at_least", "at least 10 persons were cut by glass", "Neighbors from the next house", "eyewitness", **P)
    AU = dict(src="The authorities", stype="official", **P)
    C(d, "killed", 45, "exact", "tell about 45 dead", **AU)
    C(d, "killed", 6, "exact", "(6 of them children)", group="children", **AU)
    C(d, "injured", 79, "exact", "and 79 wounded", **AU)
    C(d, "missing", 20, "exact", "The fate of 20 persons remains unknown", **AU)

    f = "dnipro_articles_ru.jsonl#"
    C(f + "dn1", "killed", 12, "at_least", "Ракета попала в многоэтажку в Днепре: не менее 12 погибших", **P)
    RZ = dict(src="Valentyn Reznichenko, head of the Dnipropetrovsk regional military administration", stype="official",
              stext="глава Днепропетровской областной военной администрации Валентин Резниченко", **P)
    C(f + "dn1", "killed", 12, "at_least", "погибли не менее 12 человек", **RZ)
    C(f + "dn1", "injured", 64, "exact", "пострадали 64", **RZ)
    C(f + "dn1", "injured", 12, "exact", "среди них 12 детей", group="children", **RZ)
    C(f + "dn1", "deployed", 200, "about", "около 200 спасателей", "State Emergency Service", "official", stext="В ГСЧС", **P)
    C(f + "dn1", "missing", None, "vague", "«Под завалами могут оставаться десятки людей»", "Mayor Borys Filatov", "official", stext="городской голова Борис Филатов", **P)
    C(f + "dn1", "injured", [5, 6], "range", "«человек пять-шесть, все в крови»", "Olga, a resident of the next building", "eyewitness", stext="Жительница соседнего дома Ольга", **P)
    C(f + "dn2", "killed", 40, "exact", "Днепр: число погибших выросло до 40", **P)
    C(f + "dn2", "missing", 30, "exact", "судьба 30 человек неизвестна", **P)
    SES = dict(src="State Emergency Service", stype="official", stext="Государственная служба по чрезвычайным ситуациям", **P)
    C(f + "dn2", "killed", 40, "exact", "выросло до 40, среди них трое детей", **SES)
    C(f + "dn2", "killed", 3, "exact", "среди них трое детей", group="children", **SES)
    C(f + "dn2", "injured", 75, "exact", "Ранены 75 человек", **SES)
    C(f + "dn2", "injured", 14, "exact", "в том числе 14 детей", group="children", **SES)
    C(f + "dn2", "missing", 30, "exact", "Судьба еще 30 человек остается неизвестной", **SES)
    C(f + "dn2", "killed", 200, "about", "«почти двухстах погибших»", "Telegram channels", "social_media", "unconfirmed", stext="На телеграм-каналах", **P)
    C(f + "dn2", "killed", 200, "about", "назвал их ложью", "Mayor Borys Filatov", "official", "denied", stext="Городской голова Борис Филатов", **P)
    C(f + "dn3", "killed", 46, "exact", "Поиски завершены: 46 погибших", **P)
    C(f + "dn3", "missing", 11, "exact", "11 человек числятся пропавшими", **P)
    RMA = dict(src="regional military administration", stype="official", stext="областной военной администрации", **P)
    C(f + "dn3", "killed", 46, "exact", "погибли 46 человек", **RMA)
    C(f + "dn3", "killed", 6, "exact", "в том числе шестеро детей", group="children", **RMA)
    C(f + "dn3", "injured", 80, "exact", "Ранены 80 человек", **RMA)
    C(f + "dn3", "injured", 28, "exact", "28 из них остаются в больницах", **RMA)
    C(f + "dn3", "missing", 11, "exact", "Пропавшими без вести числятся 11 человек", **RMA)
    C(f + "dn3", "detained", 2, "exact", "о задержании двух жителей Днепра", "SBU", "official", stext="СБУ", place=DNIPRO, date="2023-01")

    # ================================================================ Listvyazhnaya mine, 25 November 2021
    P = dict(place=LIST, date=D_LI)
    d = "listvyazhnaya_press_ru.html"
    C(d, "killed", 51, "exact", "<td>Погибшие, всего</td><td>51</td>", **P)
    C(d, "killed", 5, "exact", "<td>в том числе горноспасатели</td><td>5</td>", group="rescuers", **P)
    C(d, "injured", 76, "exact", "<td>Обратились за медицинской помощью</td><td>76</td>", **P)
    C(d, "injured", 49, "exact", "<td>Госпитализированы</td><td>49</td>", **P)
    C(d, "injured", 4, "exact", "<td>из них в тяжелом состоянии</td><td>4</td>", **P)
    C(d, "deployed", 700, "more_than", "<td>более 700</td>", **P)
    C(d, "killed", 52, "exact", "Ранее сообщалось о 52 погибших", "earlier reports", "unknown", stext="Ранее сообщалось", **P)
    C(d, "killed", 100, "more_than", "«более чем 100 погибших»", "social networks", "social_media", "unconfirmed", stext="в социальных сетях", **P)
    C(d, "killed", 100, "more_than", "опровергает распространяемые в социальных сетях", mod="denied", **P)
    SK = dict(src="Investigative Committee", stype="official", stext="Следственное управление СК России по Кемеровской области", place=LIST, date="2021-11")
    C(d, "detained", 3, "exact", "всего три человека", **SK)
    C(d, "detained", 2, "exact", "еще два государственных инспектора", **SK)

    d = "listvyazhnaya_news_kk.txt"
    C(d, "killed", 51, "exact", "қаза тапқандар саны 51-ге түзетілді", **P)
    C(d, "killed", 51, "exact", "апатта 51 адам қаза тапты", "regional leadership", "official", stext="облыс басшылығы", **P)
    UN = dict(src="first reports", stype="unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 11, "exact", "11 кенші қаза тауып", group="miners", **UN)
    C(d, "missing", 40, "more_than", "40-тан астам адам шахтада қалып қойған", **UN)
    EM = dict(src="Russian Emergencies Ministry", stype="official", stext="Ресей ТЖМ", **P)
    C(d, "killed", 46, "exact", "46 кенші мен алты құтқарушының", group="miners", **EM)
    C(d, "killed", 6, "exact", "алты құтқарушының тірі қалу мүмкіндігі жоқ", group="rescuers", **EM)
    C(d, "killed", 52, "exact", "қаза тапқандар саны 52-ге жетті", **EM)
    C(d, "killed", 51, "exact", "ресми сан 51-ге түзетілді", "official figure", "official", stext="ресми сан", **P)
    C(d, "killed", 46, "exact", "өз қызметкерлерінің 46-сы қаза тапқанын", "mine owner SDS-Ugol", "company", group="miners", stext="Шахта иесі «СДС-Уголь» компаниясы", **P)
    HM = dict(src="Russian Health Ministry", stype="official", stext="Ресей Денсаулық сақтау министрлігінің", **P)
    C(d, "injured", 60, "more_than", "60-тан астам адам зардап шекті", **HM)
    C(d, "injured", 49, "exact", "олардың 49-ы ауруханаға жатқызылды", **HM)
    C(d, "detained", 2, "exact", "тағы екі инспектор ұсталды", "Investigative Committee", "official", stext="Тергеу комитеті", place=LIST, date="2021-11")
    C(d, "killed", 100, "more_than", "«жүзден асады»", "social networks", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 100, "more_than", "облыс әкімшілігі бұл мәліметті жоққа шығарды", "regional administration", "official", "denied", stext="облыс әкімшілігі", **P)
    C(d, "killed", 91, "exact", "91 адам қаза тапқан", place="Raspadskaya mine", date="2010-05")

    d = "listvyazhnaya_wiki_uk.wiki"
    C(d, "killed", 51, "exact", "загиблі      = 51", **P)
    C(d, "killed", 5, "exact", "(з них 5 гірничорятувальників)", group="rescuers", **P)
    C(d, "injured", 60, "more_than", "поранені     = понад 60", **P)
    C(d, "killed", 51, "exact", "загинула 51 людина", **P)
    C(d, "killed", 46, "exact", "46 гірників і 5", group="miners", **P)
    C(d, "killed", 5, "exact", "і 5 гірничорятувальників", group="rescuers", **P)
    C(d, "killed", 52, "exact", "Число погибших на шахте «Листвяжная» выросло до 52", "Interfax", "media", stext="Интерфакс", **P)
    EM = dict(src="EMERCOM of Russia", stype="official", stext="МНС Росії", **P)
    C(d, "killed", 11, "exact", "повідомило про 11 загиблих", **EM)
    C(d, "missing", 35, "exact", "35 гірників вважалися зниклими безвісти", group="miners", **EM)
    C(d, "killed", 11, "exact", "Russian coal mine fire kills 11", "Reuters", "media", stext="Reuters", **P)
    C(d, "missing", None, "vague", "dozens trapped", "Reuters", "media", stext="Reuters", **P)
    C(d, "killed", 6, "exact", "загинули шестеро гірничорятувальників", group="rescuers", **P)
    C(d, "killed", 52, "exact", "назвала цифру 52 загиблих", "the authorities", "official", stext="влада", **P)
    C(d, "killed", 51, "exact", "офіційну кількість жертв зменшили до 51", "official figure", "official", stext="офіційну кількість жертв", **P)
    C(d, "killed", 51, "exact", "Russian mine death toll revised to 51", "BBC News", "media", stext="BBC News", **P)
    C(d, "injured", 60, "more_than", "звернулися понад 60 осіб", **P)
    C(d, "injured", 49, "exact", "із них 49 госпіталізували", **P)
    C(d, "injured", None, "vague", "«кілька сотень»", "independent miners' unions", "union", "unconfirmed", stext="Незалежні профспілки гірників", **P)
    C(d, "detained", 2, "exact", "двох інспекторів Ростехнагляду", "Investigative Committee of Russia", "official", stext="Слідчий комітет Росії", place=LIST, date="2021-11")
    C(d, "charged", 8, "exact", "обвинувачення пред'явили вісьмом особам", place=LIST)
    C(d, "convicted", 7, "exact", "засудив сімох обвинувачених", place=LIST, date="2023")
    C(d, "killed", 51, "exact", "о гибели 51 человека", "TASS", "media", stext="ТАСС", **P)

    # ================================================================ Shanyrak clashes, Almaty, 14 July 2006
    P = dict(place=SHAN, date=D_SH)
    DET = dict(place=SHAN, date=["2006-07-14", "2006-07-15"])
    d = "shanyrak_digest_kk.md"
    C(d, "deployed", 500, "more_than", "**500-ден астам** полицей", "activists", "activist", stext="Белсенділердің жазуынша", **P)
    C(d, "buildings_damaged", 4, "exact", "Төрт үйді бұзып үлгерді", "resident Erlan B.", "eyewitness", stext="Тұрғын Ерлан Б.", **P)
    PD = dict(src="Almaty city police department", stype="official", stext="Алматы қалалық ішкі істер департаменті", group="police", **P)
    C(d, "injured", 30, "more_than", "**30-дан астам** полиция қызметкері жарақат алғанын", **PD)
    C(d, "killed", 1, "exact", "кейін ауруханада қайтыс болды", **PD)
    C(d, "injured", None, "vague", "**ондаған тұрғынның** жараланғанын", "Azat party", "opposition", stext="«Азат» партиясы", **P)
    C(d, "killed", 2, "exact", "**екі тұрғынның** оққа ұшқаны", "forums", "social_media", "unconfirmed", stext="Форумдарда", **P)
    C(d, "killed", 2, "exact", "бұл ақпаратты жоққа шығарып", "police department", "official", "denied", stext="Полиция департаменті", **P)
    C(d, "detained", 40, "about", "**40-қа жуық** адам ұсталды", "activists", "activist", stext="Белсенділердің дерегінше", **P)
    C(d, "arrested", 22, "exact", "22 адамның қамауға алынғанын", "prosecutor's office", "official", stext="Прокуратура", place=SHAN, date=["2006-07-14", "2006-07-30"], alt=["detained"])
    C(d, "charged", 24, "exact", "**24** адам айыпталды", place=SHAN, date="2007")
    C(d, "convicted", 23, "exact", "олардың **23-ін** кінәлі деп тапты", place=SHAN, date="2007")
    C(d, "participants", 2000, "about", "**2 мыңға жуық** адам қатысқанын", "organizers", "activist", stext="Ұйымдастырушылар", place=SHAN, date="2006-07-16")
    C(d, "participants", 300, "about", "«300-дей адам»", "akimat", "official", stext="әкімдік", place=SHAN, date="2006-07-16")

    d = "shanyrak_ngo_en.md"
    C(d, "deployed", 400, "about", '"around 400 officers"', "the city police department", "official", **P)
    C(d, "deployed", 1000, "about", "the figure was closer to 1,000", "Residents' representatives", "activist", **P)
    C(d, "buildings_damaged", 17, "at_least", "At least 17 houses had been demolished", **P)
    C(d, "injured", 31, "exact", "31 police officers were injured", "The Interior Ministry", "official", group="police", **P)
    C(d, "killed", 1, "exact", "died in hospital on 17 July", "The Interior Ministry", "official", group="police", **P)
    C(d, "vehicles_damaged", 2, "exact", "Two police vehicles were burnt out", "The Interior Ministry", "official", **P)
    C(d, "injured", 14, "at_least", "injuries to at least 14 residents", **P)
    C(d, "injured", 2, "exact", "including two teenagers", group="children", **P)
    C(d, "detained", 27, "exact", "27 people were detained on 14–15 July", "The police", "official", **DET)
    C(d, "detained", 21, "exact", "confirm the names of 21 of them", **DET)
    C(d, "charged", 24, "exact", "24 residents and activists were tried", place=SHAN, date="2007")
    C(d, "convicted", 23, "exact", "The court convicted 23", place=SHAN, date="2007")

    d = "shanyrak_news_ru.txt"
    C(d, "detained", 22, "exact", "после столкновений в Алма-Ате задержаны 22 человека", **DET)
    GU = dict(src="Almaty city police department (GUVD)", stype="official", stext="По данным ГУВД города", **DET)
    C(d, "detained", 22, "exact", "задержаны 22 человека, среди них", **GU)
    C(d, "detained", 2, "exact", "среди них двое несовершеннолетних", group="children", **GU)
    GU = dict(src="Almaty city police department (GUVD)", stype="official", stext="В ГУВД", **P)
    C(d, "injured", 29, "exact", "пострадали 29 сотрудников полиции", group="police", **GU)
    C(d, "injured", 1, "exact", "один из них с ожогами", group="police", **GU)
    C(d, "vehicles_damaged", 2, "exact", "Сгорели два служебных автомобиля", **GU)
    C(d, "injured", 10, "about", "«человек десять»", "a doctor at a city hospital", "eyewitness", stext="Врач одной из городских больниц", **P)
    C(d, "buildings_damaged", 15, "exact", "было снесено 15 из них", "Almaty akim Imangali Tasmagambetov", "official", stext="Аким Алматы Имангали Тасмагамбетов", **P)
    AZ = dict(src="opposition party Nastoyashchiy Ak Zhol", stype="opposition", stext="Представители оппозиционной партии «Настоящий Ак жол»", **P)
    C(d, "deployed", 800, "at_least", "не менее 800 полицейских", **AZ)
    C(d, "injured", None, "vague", "«несколько десятков»", **AZ)
    C(d, "killed", 2, "exact", "о гибели двух жителей", "online reports", "social_media", "unconfirmed", stext="В интернете", **P)
    C(d, "killed", 2, "exact", "заверили, что погибших нет", "Almaty city police department (GUVD)", "official", "denied", stext="В ГУВД", **P)
    C(d, "participants", 1000, "about", "собралось около тысячи человек", "eyewitnesses", "eyewitness", stext="по оценке очевидцев", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d4g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "aksy_export_ru.xml#48213"
    T(d, "2002-03-17", "clashes in Aksy district (17-18 March)", "17—18 марта 2002 года")
    T(d, "2002-01-05", "Beknazarov arrested", "5 января 2002 года")
    T(d, "1995", "the alleged abuse of office Beknazarov was charged with", "ещё в 1995 году")
    T(d, "2002-01", "pickets and hunger strikes begin", "С середины января")
    T(d, "2002-03-17", "march towards Kerben begins", "Утром 17 марта")
    T(d, "2002-03-17T11:00", "police block the road at Bospiek, shots fired", "Около 11:00")
    T(d, "2002-03-18", "rally in Kerben, district administration occupied", "18 марта в Кербене")
    T(d, "2002-05", "Bakiyev government resigns", "В мае 2002 года правительство")
    T(d, "2003", "four officials convicted", "в 2003 году четверо")
    T(d, "2002-05", "Beknazarov given a suspended sentence", "в мае 2002 года получил условный срок")
    T(d, "2005-03-24", "Tulip Revolution, Akayev overthrown", "24 марта 2005 года")
    f = "aksy_feed_en.rss#"
    T(f + "vc-aksy-1", "2002-03-17", "police fire on marchers near Bospiek", "on Sunday when police opened fire")
    T(f + "vc-aksy-1", "2002-03-17T11:00", "marchers stopped on the road to Kerben", "at around 11 a.m. local time")
    T(f + "vc-aksy-2", "2002-03-18", "rally in Kerben occupies the district administration", "On Monday a rally")
    T(f + "vc-aksy-3", "2002-05-22", "Bakiyev government resigns", "resigned on Wednesday")
    T(f + "vc-aksy-3", "2002-03-17", "police open fire in Aksy", "in Aksy on March 17")
    T(f + "vc-aksy-3", "2002-01", "Beknazarov arrested", "whose arrest in January")
    T(f + "vc-aksy-3", "2002-05", "Beknazarov given a suspended sentence", "received a suspended sentence earlier this month")
    d = "aksy_news_kk.txt"
    T(d, "2002-03-17", "police fire on the march", "2002 жылғы 17 наурызда")
    T(d, "2003", "four officials convicted", "2003 жылы олардың төртеуі")
    T(d, "2002-05", "Bakiyev government resigns", "2002 жылғы мамырда")
    T(d, "2005-03-24", "Tulip Revolution, Akayev overthrown", "2005 жылғы 24 наурыздағы")

    d = "olenivka_statement_uk.txt"
    T(d, "2022-07-29", "explosion in the barracks of colony No. 120", "У ніч на 29 липня 2022 року")
    T(d, "2022-07-28T23:20+03:00", "explosion in the barracks (Kyiv time)", "близько 23:20 за київським часом 28 липня")
    T(d, "2022-07-30", "status of the ombudsman's figure: 53 dead", "станом на 30 липня йдеться")
    T(d, "2022-02-24", "full-scale invasion begins (prisoner returns counted since)", "Від 24 лютого")
    d = "olenivka_news_ru.html"
    T(d, "2022-07-29", "strike on the colony in Yelenovka", "в ночь на 29 июля")
    f = "olenivka_wiki_en.atom#"
    T(f + "olenivka-wp", "2022-07-28T23:20+03:00", "explosion in the barracks", "c. 23:20 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(f + "olenivka-wp", "2022-07-28", "killing of prisoners in the barracks (night of 28-29 July)", "on the night of 28–29 July 2022")
    T(f + "olenivka-wp", "2022-05", "defenders surrender at Azovstal", "steelworks in Mariupol in May")
    T(f + "olenivka-wp", "2022-07-29", "Russian MoD gives 40 dead and 75 wounded", "On the morning of 29 July")
    T(f + "olenivka-wp", "2022-09", "bodies returned to Ukraine in a repatriation", "repatriation in September")
    T(f + "olenivka-un", "2022-08-03", "Guterres sets up the fact-finding mission", "on 3 August 2022")
    T(f + "olenivka-un", "2022-07-29", "deaths of prisoners in Olenivka", "in [[Olenivka]] on 29 July 2022")
    T(f + "olenivka-un", "2023-01-05", "mission disbanded", "on 5 January 2023")

    d = "dnipro_timeline_uk.md"
    T(d, "2023-01-14", "missile hits the apartment block on Peremohy Embankment", "14 січня 2023 року")
    for hm, label in (("15:30", "explosion heard in Dnipro"), ("16:05", "governor: dead, people under the rubble"),
                      ("17:40", "5 dead, 27 injured"), ("20:10", "toll rises to 12 dead, 64 injured"),
                      ("23:30", "mayor: people calling from under the rubble")):
        T(d, f"2023-01-14T{hm}", label, f"**{hm}**")
    for hm, label in (("06:00", "SES: 20 dead, 73 injured"), ("11:00", "over 400 rescuers at work"),
                      ("14:15", "toll rises to 30"), ("21:00", "at least 35 dead")):
        T(d, f"2023-01-15T{hm}", label, f"**{hm}**")
    for hm, label in (("09:00", "SES: 40 dead, 75 injured"), ("13:30", "Kremlin denies striking residential buildings"),
                      ("18:45", "toll rises to 44")):
        T(d, f"2023-01-16T{hm}", label, f"**{hm}**")
    T(d, "2023-01-17T12:00", "search and rescue operation ends", "**12:00**")
    T(d, "2023-01-17T20:00", "spontaneous memorial on the embankment", "**20:00**")
    T(d, "2023-01-18", "another injured person dies in hospital", "18 січня помер")
    T(d, "2023-01-19", "SBU detains two residents", "19 січня СБУ")
    T(d, "2023-01-14", "Arestovych's night broadcast", "у нічному ефірі 14 січня")
    T(d, "2023-01-17", "Arestovych resigns", "17 січня подав у відставку")
    T(d, "2022-06-27", "strike on the Kremenchuk shopping centre", "27 червня 2022 року")
    T(d, "2022-07-14", "strike on Vinnytsia", "14 липня 2022 року")
    d = "dnipro_mtblog_en.txt"
    T(d, "2023-01-14T15:30", "missile hits the nine-storey house (16.30 Moscow time)", "On 14.01.2023 at about 15.30 hours")
    T(d, "2023-01-15", "toll rises to 20", "By the morning of Sunday")
    T(d, "2023-01-15", "Arestovych speaks of a downed missile", "on the night 15.01")
    T(d, "2023-01-17", "search and rescue operation finished", "The next day, 17.01")
    f = "dnipro_articles_ru.jsonl#"
    T(f + "dn1", "2023-01-14T15:30", "missile hits the apartment block", "около 15:30 по местному времени")
    T(f + "dn2", "2023-01-15", "Arestovych suggests the missile fell after interception", "в ночь на 15 января")

    d = "listvyazhnaya_press_ru.html"
    T(d, "2021-11-25T08:35", "smoke and methane explosion in the mine", "25 ноября 2021 года в 08:35")
    T(d, "2021-11-26T10:00", "status of the release: 51 dead, 76 injured", "По состоянию на 10:00 26 ноября")
    T(d, "2021-11-26", "rescuer thought dead found alive", "Утром 26 ноября")
    T(d, "2021-11-26", "three days of mourning begin", "с 26 по 28 ноября")
    d = "listvyazhnaya_news_kk.txt"
    T(d, "2021-11-25T08:35", "accident at the mine", "сағат 08:35")
    T(d, "2021-11-26", "rescuer found alive", "жұма күні таңертең")
    T(d, "2010-05", "Raspadskaya mine explosion", "2010 жылғы мамырда")
    d = "listvyazhnaya_wiki_uk.wiki"
    T(d, "2021-11-25", "methane explosion and fire at the mine", "25 листопада 2021 року")
    T(d, "2021-11-25T08:35", "smoke in the ventilation drift", "Близько 08:35 за місцевим часом")
    T(d, "2021-11-26", "rescuer found alive, toll revised to 51", "Наступного ранку")
    T(d, "2023", "Belovo court convicts seven", "У 2023 році")
    T(d, "2010", "Raspadskaya mine explosion", "«Распадській» 2010 року")

    d = "shanyrak_digest_kk.md"
    T(d, "2006-07-14", "demolition teams and police arrive in Shanyrak", "2006 жылғы 14 шілдеде")
    T(d, "2006-07-14T07:00", "bulldozers arrive", "таңғы сағат 7-де")
    T(d, "2006-07-30", "prosecutors confirm 22 arrests", "30 шілдеде")
    T(d, "2007-02", "trial begins", "2007 жылғы ақпанда")
    T(d, "2006-07-16", "residents' meeting in Shanyrak", "16 шілдеде")
    d = "shanyrak_ngo_en.md"
    T(d, "2006-07-14T07:00", "demolition teams arrive with police", "At about 7 a.m. on 14 July 2006")
    T(d, "2006-07-14T16:00", "operation called off", "at around 4 p.m.")
    T(d, "2006-07-17", "injured officer dies in hospital", "on 17 July")
    T(d, "2007", "trial of 24 residents and activists", "In early 2007")
    d = "shanyrak_news_ru.txt"
    T(d, "2006-07-14", "clashes begin as demolition teams arrive", "в пятницу, 14 июля")
    T(d, "2006-07-14", "spontaneous rally of residents", "вечером 14 июля")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d4t{n:03d}"
    return rows


ENTITIES = [
    ("Aksy", "place", ["Аксыйском районе", "Аксы", "Ақсы", "Aksy"]),
    ("Kerben", "place", ["Кербен", "Кербене", "Кербенге", "Kerben"]),
    ("Bospiek", "place", ["Боспиек", "Боспиека", "Bospiek"]),
    ("Jalal-Abad", "place", ["Джалал-Абадской области", "Жалал-Абад", "Jalal-Abad"]),
    ("Azimbek Beknazarov", "person", ["Азимбека Бекназарова", "Бекназаров", "Әзімбек Бекназаровты", "Azimbek Beknazarov", "Beknazarov"]),
    ("Kurmanbek Bakiyev", "person", ["Курманбека Бакиева", "Курманбек Бакиев", "Kurmanbek Bakiyev"]),
    ("Askar Akayev", "person", ["Аскар Акаев", "Асқар Ақаев", "Askar Akayev"]),
    ("Kylym Shamy", "org", ["Кылым шамы", "Kylym Shamy"]),
    ("Olenivka", "place", ["Оленівці", "Оленівки", "Оленівка", "Еленовке", "Оленовке", "Olenivka"]),
    ("Daria Morozova", "person", ["Дарья Морозова", "Daria Morozova"]),
    ("Mariupol", "place", ["Маріуполя", "Mariupol"]),
    ("Dnipro", "place", ["Дніпрі", "Дніпра", "Днепре", "Днепра", "Днепр", "Dnepr"]),
    ("Valentyn Reznichenko", "person", ["Валентин Резніченко", "Резніченко", "Валентин Резниченко"]),
    ("Borys Filatov", "person", ["Борис Філатов", "Борис Филатов", "Boris Filatov"]),
    ("Oleksiy Arestovych", "person", ["Олексій Арестович", "Алексей Арестович", "Arestovich"]),
    ("Dmitry Peskov", "person", ["Дмитро Пєсков", "Дмитрий Песков", "Peskov"]),
    ("Listvyazhnaya", "place", ["Листвяжная", "Листв'яжна"]),
    ("Kemerovo Region", "place", ["Кемеровской области", "Кемерово облысындағы", "Кемеровській області", "Кемеровська область"]),
    ("Kuzbass", "place", ["Кузбасса", "Кузбасс", "Кузбас"]),
    ("SDS-Ugol", "org", ["СДС-Уголь", "СДС-Вугілля"]),
    ("Shanyrak", "place", ["Шаңырақ", "Шаңырақта", "Шанырак", "Шаныраке", "Шанырака", "Shanyrak"]),
    ("Almaty", "place", ["Алматының", "Алматы", "Алма-Ате", "Almaty"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset4", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
