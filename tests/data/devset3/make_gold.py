"""Write the gold annotations of the third development set: tests/data/devset3/gold/devset3.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset3.py, which checks every anchor:

    python tests/data/devset3/make_gold.py

Conventions are those of ../shared/gold/seeds.*, tests/data/devset/README.md and devset2/README.md
(see ./README.md).
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

KRE, KAZ = "Kremenchuk", "Kazan"
KG, TJ, BORDER = "Batken; Kyrgyzstan", "Sughd; Tajikistan", "Kyrgyzstan–Tajikistan border"
KH, RU, GBAO = "Khorog (Gorno-Badakhshan)", "Rushan (Gorno-Badakhshan)", "Gorno-Badakhshan"
CR = "Crocus City Hall (Krasnogorsk)"
D_KRE, D_KAZ, D_CR = "2022-06-27", "2021-05-11", "2024-03-22"
D_BAT = ["2022-09-14", "2022-09-20"]
D_KH, D_RU = "2022-05-16", "2022-05-18"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Kremenchuk mall strike, 27 June 2022
    d = "kremenchuk_official_uk.txt"
    P = dict(place=KRE, date=D_KRE)
    C(d, "killed", 10, "exact", "загинули 10 осіб", **P)
    C(d, "injured", 40, "more_than", "понад 40 людей отримали травми", **P)
    C(d, "killed", 16, "exact", "кількість загиблих зросла до 16", **P)
    C(d, "injured", 59, "exact", "постраждалих — 59", **P)
    C(d, "injured", 25, "exact", "з них 25 госпіталізовано", **P)
    C(d, "injured", 9, "exact", "9 перебувають у тяжкому стані", **P)
    C(d, "killed", 18, "exact", "загинули 18 людей", **P)
    C(d, "deployed", 440, "exact", "залучено 440 рятувальників", **P)
    C(d, "missing", 36, "exact", "рідні 36 людей, які вважаються зниклими безвісти", "Head of the Poltava regional military administration Dmytro Lunin", "official", stext="Голова Полтавської обласної військової адміністрації Дмитро Лунін", **P)
    C(d, "killed", 2, "exact", "виявлено тіла ще двох людей", **P)
    C(d, "killed", 20, "exact", "загальна кількість загиблих — 20", **P)
    C(d, "killed", 1, "exact", "Ще одна постраждала", **P)
    C(d, "killed", 21, "exact", "жертв стало 21", **P)
    OWN = dict(src="the shopping centre's owner", stype="company", stext="Власник торговельного центру", group="shop employees", **P)
    C(d, "killed", 2, "at_least", "щонайменше двоє працівників магазинів загинули", **OWN)
    C(d, "injured", 5, "exact", "ще п'ятеро дістали опіки", **OWN)
    C(d, "vehicles_damaged", 12, "exact", "пошкодження 12 автомобілів", "Poltava region police", "official", stext="Поліція Полтавщини", **P)

    d = "kremenchuk_wire_en.txt"
    SES = dict(src="the State Emergency Service", stype="official", **P)
    C(d, "killed", 18, "at_least", "mall kills at least 18", **P)
    C(d, "killed", 18, "at_least", "At least 18 people were killed", **SES)
    C(d, "injured", 59, "exact", "and 59 wounded", **SES)
    C(d, "killed", 16, "exact", "an earlier figure of 16 dead", **SES)
    C(d, "injured", 25, "exact", "Of the wounded, 25 were still in hospital", **SES)
    C(d, "missing", 36, "exact", "relatives had reported 36 people missing", "Dmytro Lunin, governor of the Poltava region", "official", **P)
    C(d, "killed", None, "vague", "dismissed reports of dozens of dead", "Pro-Kremlin commentators on Russian state television", "media", "denied", **P)
    C(d, "injured", 20, "about", "I counted maybe twenty people on the floor", "Oleksandr, a 34-year-old shopper", "eyewitness", alt=["killed", "casualties"], **P)
    C(d, "killed", 4731, "at_least", "at least 4,731 civilian deaths", "The U.N. human rights office", "official", place="Ukraine", date=["2022-02-24", "2022-06-28"])

    d = "kremenchuk_news_ru.txt"
    NP = dict(src="National Police of Ukraine", stype="official", stext="Национальной полиции Украины", **P)
    C(d, "killed", 20, "exact", "выросло до 20", **P)
    C(d, "killed", 20, "exact", "погибли 20 человек", **NP)
    C(d, "injured", 59, "exact", "пострадали 59", **NP)
    C(d, "missing", 20, "about", "Судьба еще около двадцати человек остается неизвестной", **NP)
    C(d, "killed", 18, "exact", "сообщали о 18 погибших", "State Emergency Service of Ukraine", "official", stext="ДСНС Украины", **P)
    C(d, "killed", None, "vague", "называли сообщения о десятках погибших «фейком»", "pro-government Telegram channels", "social_media", "denied", stext="Провластные телеграм-каналы", **P)
    C(d, "killed", 3, "exact", "«не вышли трое»", "eyewitness Natalya, a shop assistant", "eyewitness", alt=["missing"], stext="Очевидица Наталья", **P)

    # ================================================================ Kyrgyz-Tajik border clashes, September 2022
    d = "batken_news_kk.txt"
    P = dict(place=KG, date=D_BAT)
    KMH = dict(src="Kyrgyz Health Ministry", stype="official", stext="Қырғызстан Денсаулық сақтау министрлігінің", **P)
    C(d, "killed", 24, "exact", "қаза тапқандар саны 24-ке жетті", **P)
    C(d, "killed", 24, "exact", "Баткен облысында 24 адам қаза тапты", **KMH)
    C(d, "injured", 87, "exact", "87 адам жараланды", **KMH)
    C(d, "injured", 12, "exact", "Жаралылардың 12-сі балалар", group="children", **KMH)
    ISF = dict(src="Isfara city administration", stype="official", stext="Исфара қаласының әкімшілігі", place="Isfara; Sughd; Tajikistan", date=D_BAT)
    C(d, "killed", 1, "exact", "бір бейбіт тұрғын қаза тауып", group="civilians", **ISF)
    C(d, "injured", 20, "at_least", "кемінде 20 адам жараланғанын", **ISF)
    C(d, "buildings_damaged", 100, "about", "100-ге жуық үй өртенген", "local administration", "official", stext="Жергілікті әкімшіліктің", **P)
    C(d, "killed", None, "vague", "«жүздеген сарбаз өлді»", "social media posts", "social_media", "unconfirmed", group="soldiers", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", None, "vague", "бұл ақпаратты растамады", "Kyrgyz Defence Ministry", "official", "denied", group="soldiers", stext="Қырғызстан Қорғаныс министрлігі", **P)
    NT = dict(src="Batken resident Nurbek Tashiev", stype="eyewitness", stext="Баткендік тұрғын Нурбек Ташиев", **P)
    C(d, "buildings_damaged", 6, "exact", "алты үй толық жанып кетті", **NT)
    C(d, "vehicles_damaged", 2, "exact", "екі көлік күйіп қалды", **NT)

    d = "batken_social_ru.md"
    MZ = dict(src="Kyrgyz Health Ministry", stype="official", stext="Минздрав Кыргызстана", **P)
    C(d, "killed", 46, "exact", "сообщил о 46 погибших", **MZ)
    C(d, "injured", 140, "exact", "и 140 раненых", **MZ)
    C(d, "killed", 59, "exact", "число погибших выросло до 59", **MZ)
    C(d, "injured", 144, "exact", "раненых — до 144", **MZ)
    C(d, "buildings_damaged", 500, "more_than", "сожжено «больше 500 домов»", "volunteers on the Batken Online Telegram channel", "activist", stext="В телеграм-канале «Баткен онлайн» волонтеры", **P)
    C(d, "buildings_damaged", 342, "exact", "342 поврежденных дома", "district akimiat", "official", stext="Акимиат района", **P)
    AB = dict(src="user Aibek (@batken_aibek)", stype="eyewitness", stext="Пользователь Айбек (@batken_aibek)", **P)
    C(d, "injured", 15, "about", "забрали в больницу человек пятнадцать", **AB)
    C(d, "killed", 2, "exact", "двоих не довезли", **AB)
    C(d, "killed", None, "vague", "Слухи о «сотнях погибших пограничников»", "State Committee for National Security of Kyrgyzstan", "official", "denied", group="border guards", stext="ГКНБ Кыргызстана", **P)
    TA = dict(src="Tajik authorities", stype="official", stext="Власти Таджикистана", place=TJ, date=D_BAT)
    C(d, "killed", 35, "exact", "35 погибших", **TA)
    C(d, "killed", 41, "exact", "о 41 погибшем", **TA)
    C(d, "killed", 3, "exact", "среди них трое детей", group="children", **TA)
    C(d, "killed", 100, "at_least", "«не меньше сотни» военных", "Tajik social-media pages", "social_media", "unconfirmed", group="soldiers", stext="В таджикских пабликах", place="Vorukh; Sughd; Tajikistan", date=D_BAT)
    OF = dict(src="official figures", stype="official", stext="Официальные цифры")
    C(d, "killed", 59, "exact", "| погибли | 59", **OF, **P)
    C(d, "killed", 41, "exact", "59 | 41 |", **OF, place=TJ, date=D_BAT)
    C(d, "injured", 144, "exact", "| ранены | 144", **OF, **P)

    d = "batken_overview_uk.md"
    C(d, "killed", 59, "exact", "**59** — кількість загиблих громадян Киргизстану", "Bishkek", "official", stext="Бішкек", place="Kyrgyzstan", date=D_BAT)
    C(d, "killed", 63, "exact", "уточнили до **63**", "Bishkek", "official", stext="Бішкек", place="Kyrgyzstan", date=D_BAT)
    C(d, "killed", 41, "exact", "**41** — загиблі з таджицького боку", "Dushanbe", "official", stext="Душанбе", place="Tajikistan", date=D_BAT)
    C(d, "killed", 100, "at_least", "**Щонайменше 100** загиблих з обох боків", "international news agencies", "media", stext="міжнародні агентства", place=BORDER, date=D_BAT)
    C(d, "injured", 180, "more_than", "**Понад 180** поранених у Киргизстані", "Kyrgyz Health Ministry", "official", stext="Міністерства охорони здоров'я республіки", place="Kyrgyzstan", date=D_BAT)
    C(d, "killed", None, "vague", "«Сотні вбитих»", "social media posts", "social_media", "unconfirmed", stext="повідомлення в соцмережах", place=BORDER, date=D_BAT)
    C(d, "buildings_damaged", 534, "exact", "534 пошкоджені або знищені будинки", "government commission", "official", stext="Урядова комісія", place="Kyrgyzstan", date=D_BAT)
    C(d, "killed", 10, "at_least", "щонайменше 10 випадків убивств цивільних", "Human Rights Watch", "ngo", group="civilians", stext="Human Rights Watch", **P)

    # ================================================================ Kazan school shooting, 11 May 2021
    d = "kazan_news_ru.txt"
    P = dict(place=KAZ, date=D_KAZ)
    C(d, "killed", 9, "exact", "число погибших уточнено — девять человек", **P)
    TS = dict(src="TASS source in the emergency services", stype="media", stext="источник ТАСС в экстренных службах", **P)
    C(d, "killed", 11, "exact", "сообщал о 11 погибших", **TS)
    C(d, "killed", 8, "exact", "в том числе восьми детях", group="children", **TS)
    C(d, "killed", 13, "exact", "о 13 жертвах", "federal media", "media", stext="Ряд федеральных СМИ", **P)
    MN = dict(src="Tatarstan president Rustam Minnikhanov", stype="official", stext="президент Татарстана Рустам Минниханов", **P)
    C(d, "killed", 7, "exact", "погибли семь учеников восьмого класса", group="children", **MN)
    C(d, "killed", 4, "exact", "четверо мальчиков", group="boys", **MN)
    C(d, "killed", 3, "exact", "три девочки", group="girls", **MN)
    C(d, "killed", 9, "exact", "Таким образом, погибших девять", **P)
    TMZ = dict(src="Tatarstan Health Ministry", stype="official", stext="Минздрава Татарстана", **P)
    C(d, "injured", 21, "exact", "в больницы доставлены 21 пострадавший", **TMZ)
    C(d, "injured", 18, "exact", "из них 18 детей", group="children", **TMZ)
    C(d, "injured", 6, "exact", "Шестеро находятся в реанимации", **TMZ)
    C(d, "injured", 1, "exact", "один ребенок — в крайне тяжелом состоянии", group="children", **TMZ)
    C(d, "injured", None, "vague", "Еще несколько человек получили травмы", **TMZ)
    C(d, "injured", 5, "at_least", "«не меньше пяти человек»", "the father of a pupil", "eyewitness", alt=["casualties", "killed"], stext="Очевидец, отец одного из учеников", **P)

    d = "kazan_portal_uk.html"
    TA = dict(src="Tatarstan authorities", stype="official", stext="влади Татарстану", **P)
    C(d, "killed", 9, "exact", "дев'ятеро загиблих", **P)
    C(d, "killed", 9, "exact", "загинули 9 людей", **TA)
    C(d, "killed", 7, "exact", "семеро дітей", group="children", **TA)
    C(d, "killed", 2, "exact", "двоє дорослих", group="school staff", **TA)
    C(d, "injured", 20, "more_than", "Ще понад 20 людей поранені", **TA)
    C(d, "killed", 11, "exact", "спершу повідомляли про 11 загиблих", "Russian state media", "media", stext="Російські державні ЗМІ", **P)
    C(d, "killed", 13, "exact", "а деякі видання — про 13", "some outlets", "media", stext="деякі видання", **P)
    RMZ = dict(src="Russian Health Ministry", stype="official", stext="Міністерство охорони здоров'я Росії", **P)
    C(d, "injured", 23, "exact", "в лікарнях перебувають 23 постраждалих", **RMZ)
    C(d, "injured", 20, "exact", "з них 20 — діти", group="children", **RMZ)
    C(d, "injured", 3, "exact", "«поранили трьох»", "a 14-year-old schoolgirl", "eyewitness", stext="Очевидиця, 14-річна учениця", **P)
    C(d, "killed", 21, "exact", "загинула 21 людина", place="Kerch", date="2018-10-17")

    d = "kazan_news_kk.md"
    C(d, "killed", 9, "exact", "# Қазандағы мектептегі атыс: тоғыз адам қаза тапты", **P)
    C(d, "killed", 9, "exact", "**тоғыз адам** қаза тапты", **P)
    C(d, "killed", 7, "exact", "Олардың жетеуі — сегізінші сынып оқушылары", group="children", **P)
    C(d, "killed", 2, "exact", "екеуі — мұғалім мен мектеп қызметкері", group="school staff", **P)
    KT = dict(src="Tatarstan Health Ministry", stype="official", stext="Татарстан Денсаулық сақтау министрлігінің", **P)
    C(d, "injured", 21, "exact", "21 адам ауруханаға жеткізілді", **KT)
    C(d, "injured", 18, "exact", "олардың 18-і — балалар", group="children", **KT)
    C(d, "injured", 23, "exact", "зардап шеккендер санын 23-ке жеткізді", "Russian Health Ministry", "official", stext="Ресей Денсаулық сақтау министрлігі", **P)
    C(d, "killed", 11, "exact", "11 адам қаза тапты деп хабарлаған", "some Russian media", "media", stext="кейбір ресейлік БАҚ", **P)
    C(d, "killed", 15, "about", "15-ке жуық оқушы өлді", "social media posts", "social_media", "unconfirmed", group="children", stext="Әлеуметтік желілерде", **P)
    C(d, "injured", 2, "exact", "екі баласы жараланды", "Aigul Seitova, a member of the Kazakh diaspora in Kazan", "eyewitness", group="children", stext="Қазандағы қазақ диаспорасының өкілі Айгүл Сейітова", **P)

    # ================================================================ Khorog / Gorno-Badakhshan, May 2022
    d = "khorog_interior_ru.txt"
    P = dict(place=KH, date=D_KH)
    R = dict(place=RU, date=D_RU)
    C(d, "participants", 200, "about", "численностью около 200 человек", **P)
    C(d, "killed", 1, "exact", "погиб один участник беспорядков", group="protesters", **P)
    C(d, "injured", 8, "exact", "ранения получили 8 сотрудников правоохранительных органов", group="police", **P)
    C(d, "injured", 13, "exact", "и 13 гражданских лиц", group="civilians", **P)
    C(d, "vehicles_damaged", 2, "exact", "Сожжены 2 служебных автомобиля", **P)
    C(d, "killed", 8, "exact", "нейтрализованы 8 членов преступных группировок", group="members of criminal groups", **R)
    C(d, "detained", 11, "exact", "еще 11 человек задержаны", **R)
    C(d, "killed", 1, "exact", "Один военнослужащий погиб", group="soldiers", **R)
    C(d, "injured", 3, "exact", "трое ранены", group="soldiers", **R)
    C(d, "detained", 23, "exact", "задержаны 23 участника массовых беспорядков", place=GBAO, date=["2022-05-16", "2022-05-19"])
    C(d, "killed", None, "vague", "Распространяемые в сети Интернет и рядом зарубежных изданий сведения о десятках погибших мирных жителей", "the internet and some foreign outlets", "social_media", "unconfirmed", group="civilians", place=GBAO, date=["2022-05-16", "2022-05-19"], stext="в сети Интернет и рядом зарубежных изданий")
    C(d, "killed", None, "vague", "сведения о десятках погибших мирных жителей не соответствуют действительности", mod="denied", group="civilians", place=GBAO, date=["2022-05-16", "2022-05-19"])

    d = "khorog_ngo_en.md"
    C(d, "participants", [1000, 2000], "range", "range from 1,000 to 2,000", "Estimates", "unknown", **P)
    C(d, "killed", 1, "exact", "The Interior Ministry acknowledged one death", "The Interior Ministry", "official", **P)
    LR = dict(src="Local residents", stype="eyewitness", **P)
    C(d, "killed", 3, "at_least", "at least three protesters were shot dead", group="protesters", **LR)
    C(d, "injured", 20, "more_than", "more than 20 were wounded", **LR)
    C(d, "killed", 9, "exact", "Officials reported nine deaths", "Officials", "official", group="members of criminal groups", **R)
    C(d, "killed", 21, "exact", "the names of 21 people killed in Rushan", place=RU, date=["2022-05-18", "2022-05-20"])
    C(d, "killed", 40, "more_than", "claimed that over 40 people died", "The exiled opposition movement Group 24", "opposition", "unconfirmed", **R)
    C(d, "detained", 200, "more_than", "more than 200 people were detained", place=GBAO, date=["2022-05", "2022-07"])
    C(d, "detained", 8, "at_least", "At least eight journalists and bloggers", group="journalists", place=GBAO, date=["2022-05", "2022-07"])
    C(d, "detained", 23, "exact", "Authorities have confirmed only 23 detentions", "Authorities", "official", place=GBAO, date=["2022-05", "2022-07"])
    C(d, "detained", 12, "exact", "the 12 people who, according to our information, remain in incommunicado detention", place=GBAO, date=["2022-05", "2022-07"])

    d = "khorog_mtblog_en.txt"
    C(d, "participants", 1000, "more_than", "Maybe more than one thousand persons", **P)
    C(d, "killed", 1, "exact", "One young man Zamir Nazarshoev died on the square", "the government", "official", group="protesters", **P)
    C(d, "injured", 30, "at_least", "the wounded were not less than thirty persons", "our relatives", "eyewitness", **P)
    C(d, "killed", 9, "exact", 'The official people said 9 "terrorists" were liquidated', "The official people", "official", group="members of criminal groups", **R)
    C(d, "killed", 25, "exact", "tell about 25 dead", "Our sources from Rushan", "eyewitness", **R)
    C(d, "killed", 40, "more_than", "there were more than forty killed", "The Group 24", "opposition", "unconfirmed", **R)
    C(d, "killed", None, "vague", "nobody from peaceful population was killed", "The Ministry", "official", "denied", group="civilians", **R)
    C(d, "detained", None, "vague", "they arrested in Khorog dozens of young men", alt=["arrested"], place=KH, date="2022-05-19")
    C(d, "killed", 2, "exact", "With him died 2 more persons", "the neighbours", "eyewitness", place=KH, date="2022-05-22")
    C(d, "convicted", 30, "at_least", "gave sentences to at least 30 persons", place="Dushanbe; Gorno-Badakhshan", date=["2022-06", "2022-08"])

    # ================================================================ Crocus City Hall attack, 22 March 2024
    d = "crocus_liveblog_ru.html"
    P = dict(place=CR, date=D_CR)
    SK = dict(src="Investigative Committee", stype="official", stext="Следственный комитет", **P)
    C(d, "injured", 30, "about", "В фойе лежали человек тридцать", "spectator Andrei", "eyewitness", alt=["killed", "casualties"], stext="Зритель Андрей", **P)
    FSB = dict(src="FSB", stype="official", stext="ФСБ", **P)
    C(d, "killed", 40, "at_least", "погибли не менее 40 человек", **FSB)
    C(d, "injured", 100, "more_than", "более 100 ранены", **FSB)
    C(d, "killed", 60, "exact", "сообщает о 60 погибших", **SK)
    C(d, "injured", 145, "exact", "В больницы доставлены 145 человек", **P)
    C(d, "injured", 5, "exact", "среди них пятеро детей", group="children", **P)
    C(d, "deployed", 400, "more_than", "привлечены более 400 специалистов", "EMERCOM", "official", stext="МЧС", **P)
    BO = dict(src="FSB director Alexander Bortnikov", stype="official", stext="Директор ФСБ Александр Бортников", place=CR, date="2024-03-23")
    C(d, "detained", 11, "exact", "о задержании 11 человек", **BO)
    C(d, "detained", 4, "exact", "всех четырех непосредственных участников нападения", group="gunmen", **BO)
    C(d, "killed", 115, "exact", "Число жертв выросло до 115, сообщил СК", "Investigative Committee", "official", stext="СК", **P)
    C(d, "killed", 300, "more_than", "«более чем 300 погибших»", "Telegram channels", "social_media", "unconfirmed", stext="В телеграм-каналах", **P)
    C(d, "killed", 300, "more_than", "назвал эти данные недостоверными", "Moscow Oblast Health Ministry", "official", "denied", stext="Минздрав Московской области", **P)
    C(d, "killed", 133, "exact", "СК: погибших — 133", "Investigative Committee", "official", stext="СК", **P)
    C(d, "killed", 3, "exact", "из них трое детей", "Investigative Committee", "official", group="children", stext="СК", **P)
    VO = dict(src="Moscow Oblast governor Andrei Vorobyov", stype="official", stext="Губернатор Подмосковья Андрей Воробьев", **P)
    C(d, "injured", 107, "exact", "в больницах остаются 107 человек", **VO)
    C(d, "injured", 3, "exact", "из них 3 ребенка", group="children", **VO)
    C(d, "killed", 137, "exact", "Число погибших достигло 137", **P)
    C(d, "injured", 182, "exact", "ранеными числятся 182 человека", "Health Ministry", "official", stext="Минздрав", **P)
    C(d, "arrested", 4, "exact", "арестовал четырех обвиняемых", "Moscow's Basmanny court", "official", stext="Басманный суд Москвы", place=CR, date="2024-03-24")

    f = "crocus_feed_en.atom#"
    w = f + "crocus-wp"
    C(w, "killed", 145, "exact", "fatalities  = 145", "TASS", "media", **P)  # a ref right after an infobox value cites it (seeds g060)
    C(w, "killed", 145, "exact", "Death toll in Crocus terrorist attack reaches 145", "TASS", "media", **P)
    C(w, "injured", 551, "exact", "injuries    = 551", **P)
    C(w, "killed", 145, "exact", "The attack killed 145 people", **P)
    C(w, "injured", 550, "more_than", "injured more than 550", **P)
    C(w, "killed", 334, "exact", "in which 334 hostages died", place="Beslan", date="2004-09")
    FS = dict(src="the Federal Security Service", stype="official", **P)
    C(w, "killed", 40, "at_least", "at least 40 people had been killed", **FS)
    C(w, "injured", 100, "more_than", "more than 100 wounded", **FS)
    C(w, "killed", 133, "exact", "Investigative Committee]] reported 133 dead", "the Investigative Committee", "official", **P)
    C(w, "killed", 133, "exact", "Death toll rises to 133", "BBC News", "media", **P)
    C(w, "killed", 139, "exact", "It reached 139 on 24 March", **P)
    C(w, "killed", 144, "exact", "144 by the end of the month", **P)
    C(w, "injured", 5, "exact", "five children were among the injured", "the Moscow Oblast health ministry", "official", group="children", **P)
    C(w, "killed", None, "vague", 'claimed that "hundreds" had died', "Unverified posts on Telegram", "social_media", "unconfirmed", **P)
    C(w, "killed", None, "vague", "Russian officials rejected these claims", "Russian officials", "official", "denied", **P)
    BN = dict(src="FSB director Alexander Bortnikov", stype="official", place=CR, date="2024-03-23")
    C(w, "detained", 11, "exact", "11 people had been detained", **BN)
    C(w, "detained", 4, "exact", "including all four gunmen", group="gunmen", **BN)
    C(w, "arrested", 20, "at_least", "ordered the arrest of at least 20 people", "Russian courts", "official", place=CR, date=["2024-03", "2024-06"])
    n = f + "crocus-wn"
    IC = dict(src="Russia's Investigative Committee", stype="official", **P)
    C(n, "killed", 115, "at_least", "At least 115 killed in attack on concert hall near Moscow", **P)
    C(n, "killed", 115, "at_least", "At least 115 people were killed", **IC)
    C(n, "injured", 120, "more_than", "more than 120 people were being treated", "Regional health officials", "official", **P)
    C(n, "injured", 60, "exact", "60 of them in a serious condition", "Regional health officials", "official", **P)
    C(n, "killed", 3, "exact", "three of its employees were among the dead", "the venue's owner, Crocus Group", "company", group="employees", **P)
    FN = dict(src="Russia's Federal Security Service", stype="official", place=CR, date="2024-03-23")
    C(n, "detained", 11, "exact", "detained eleven people", **FN)
    C(n, "detained", 4, "exact", "four of whom were directly involved", group="gunmen", **FN)
    C(n, "killed", 115, "at_least", "At least 115 dead in Moscow concert hall attack", "Steppe Wire", "media", **P)
    C(n, "detained", 11, "exact", "FSB says 11 detained over Crocus attack", "Eastfront Monitor", "media", place=CR, date="2024-03-23")

    d = "crocus_wiki_uk.wiki"
    C(d, "killed", 145, "exact", "загиблі      = 145", **P)
    C(d, "killed", 6, "exact", "(з них 6 дітей)", group="children", **P)
    C(d, "injured", 550, "more_than", "поранені     = понад 550", **P)
    C(d, "killed", 145, "exact", "Загинули 145 людей", **P)
    C(d, "killed", 145, "exact", "выросло до 145", "TASS", "media", stext="ТАСС", **P)
    C(d, "injured", 550, "more_than", "поранення дістали понад 550", **P)
    C(d, "killed", 40, "at_least", "ФСБ повідомила щонайменше про 40 загиблих", "FSB", "official", stext="ФСБ", **P)
    SU = dict(src="Investigative Committee", stype="official", stext="Слідчий комітет", **P)
    C(d, "killed", 93, "exact", "назвав цифру 93", **SU)
    C(d, "killed", 93, "exact", "число погибших в «Крокусе» достигло 93", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "killed", 133, "exact", "ввечері того ж дня — 133", **SU)
    C(d, "killed", 139, "exact", "кількість загиблих зросла до 139", **P)
    MO = dict(src="Moscow Oblast Health Ministry", stype="official", stext="Міністерства охорони здоров'я Московської області", **P)
    C(d, "injured", 154, "exact", "у лікарнях перебували 154 людини", **MO)
    C(d, "injured", 5, "exact", "з них 5 дітей", group="children", **MO)
    C(d, "killed", 500, "more_than", "чутки про понад 500 загиблих", "Russian Telegram channels", "social_media", "unconfirmed", stext="Російські телеграм-канали", **P)
    C(d, "killed", 500, "more_than", "влада цю цифру спростувала", "the authorities", "official", "denied", stext="влада", **P)
    C(d, "missing", 95, "about", "Близько 95 людей", **P)
    FU = dict(src="FSB", stype="official", stext="ФСБ", place=CR, date="2024-03-23")
    C(d, "detained", 11, "exact", "затримання 11 осіб", **FU)
    C(d, "detained", 4, "exact", "чотирьох безпосередніх виконавців", group="gunmen", **FU)
    C(d, "arrested", 4, "exact", "заарештував чотирьох обвинувачених", "Moscow's Basmanny court", "official", stext="Басманний суд Москви", place=CR, date="2024-03-24")
    C(d, "arrested", 4, "exact", "Суд арестовал четырех обвиняемых", "RBC", "media", stext="РБК", place=CR, date="2024-03-24")

    d = "crocus_news_kk.txt"
    C(d, "killed", 133, "exact", "қаза тапқандар саны 133-ке жетті", **P)
    TK = dict(src="Russian Investigative Committee", stype="official", stext="Ресей Тергеу комитеті", **P)
    C(d, "killed", 133, "exact", "салдарынан 133 адам қаза тапты", **TK)
    C(d, "killed", 3, "exact", "Олардың үшеуі — балалар", group="children", **TK)
    RH = dict(src="Russian Health Ministry", stype="official", stext="Ресей Денсаулық сақтау министрлігінің", **P)
    C(d, "injured", 150, "more_than", "зардап шеккендер саны 150-ден асты", **RH)
    C(d, "injured", 100, "about", "100-ге жуығы ауруханада жатыр", **RH)
    FK = dict(src="Russia's Federal Security Service (FSB)", stype="official", stext="Ресейдің Федералдық қауіпсіздік қызметі (ФСБ)", place=CR, date="2024-03-23")
    C(d, "detained", 11, "exact", "11 адамды ұстағанын", **FK)
    C(d, "detained", 4, "exact", "олардың төртеуі — тікелей шабуыл жасағандар", group="gunmen", **FK)
    C(d, "arrested", 4, "exact", "төрт күдіктіні қамауға алды", "Moscow's Basmanny court", "official", stext="Мәскеудің Басманный соты", place=CR, date="2024-03-24")
    C(d, "killed", 200, "more_than", "200-ден астам адам қаза тапты", "social media posts", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "injured", 2, "exact", "екі қазақстандық бар", "Kazakhstan's Foreign Ministry", "official", group="Kazakh citizens", stext="Қазақстан Сыртқы істер министрлігі", **P)

    for k, r in enumerate(rows, 1):
        r["id"] = f"d3g{k:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "kremenchuk_official_uk.txt"
    T(d, "2022-06-27T15:50+03:00", "missiles hit the Amstor shopping centre", "близько 15:50 за київським часом")
    T(d, "2022-06-27T19:00", "10 dead, over 40 injured", "Станом на 19:00 27 червня")
    T(d, "2022-06-27T23:30", "toll rises to 16, 59 injured", "Станом на 23:30")
    T(d, "2022-06-28T07:00", "18 dead", "Станом на 07:00 28 червня")
    T(d, "2022-06-28T06:12", "fire extinguished", "Пожежу ліквідовано о 06:12")
    T(d, "2022-06-29", "two more bodies found, toll 20", "Станом на 29 червня")
    T(d, "2022-06-30", "injured woman dies in hospital, toll 21", "померла в лікарні 30 червня")
    d = "kremenchuk_wire_en.txt"
    T(d, "2022-06-27T15:50+03:00", "missile hits the Amstor mall (1250 GMT)", "at around 3:50 p.m. (1250 GMT) on Monday")
    T(d, "2022-06-28", "rescuers pull more bodies from the ruins", "in the central Ukrainian city of Kremenchuk on Tuesday")
    T(d, "2022-02-24", "Russian invasion begins", "invasion began on Feb. 24")
    d = "kremenchuk_news_ru.txt"
    T(d, "2022-06-27", "missile strike on the Amstor shopping centre", "в понедельник, 27 июня")

    d = "batken_news_kk.txt"
    T(d, "2022-09-14", "shooting begins near the Vorukh enclave", "Атыс 14 қыркүйекте")
    T(d, "2022-09-16", "fighting spreads to Batken and Leilek", "16 қыркүйек таңертең")
    d = "batken_social_ru.md"
    T(d, "2022-09-18", "Kyrgyz health ministry: 46 dead, 140 injured", "к утру 18 сентября")
    T(d, "2022-09-18", "Tajikistan first names its losses: 35 dead", "Власти Таджикистана 18 сентября")
    T(d, "2022-09-19", "day of mourning in Kyrgyzstan", "19 сентября днем траура")
    d = "batken_overview_uk.md"
    T(d, "2022-09-14", "border guards clash near Vorukh", "почалися 14 вересня")
    T(d, "2022-09-16", "clashes escalate into full-scale fighting", "а 16 вересня переросли")
    T(d, "2022-09-18", "Bishkek announces 59 dead", "яку 18 вересня оголосив Бішкек")
    T(d, "2022-09-16", "ceasefire agreed in Samarkand", "про перемир'я 16 вересня в Самарканді")

    d = "kazan_news_ru.txt"
    T(d, "2021-05-11", "gunman attacks gymnasium No. 175", "Утром во вторник, 11 мая")
    T(d, "2021-05-11T09:20", "first reports of shots", "около 09:20")
    T(d, "2021-05-12", "day of mourning in Tatarstan", "12 мая объявлен днем траура")
    d = "kazan_portal_uk.html"
    T(d, "2021-05-11", "former pupil opens fire in gymnasium No. 175", "11 травня колишній учень")
    T(d, "2021-05-11T09:30", "attack begins", "близько 9:30 ранку за місцевим часом")
    T(d, "2018", "Kerch college attack", "теракту в Керчі 2018 року")
    d = "kazan_news_kk.md"
    T(d, "2021-05-11", "shooting at gymnasium No. 175", "11 мамыр күні таңертең")

    d = "khorog_interior_ru.txt"
    T(d, "2022-05-16", "crowd blocks the square and the Khorog-Dushanbe road", "16 мая 2022 года в городе Хороге")
    T(d, "2022-05-18", "counter-terrorism operation in Rushan district", "18 мая в Рушанском районе")
    d = "khorog_ngo_en.md"
    T(d, "2022-05-14", "protests begin in Khorog", "began on 14 May 2022")
    T(d, "2022-05-16", "security forces disperse the rally", "On 16 May security forces")
    T(d, "2022-05-18", "operation launched in Rushan district", "On 18 May the authorities launched")
    T(d, "2022-05-22", "Mamadbokir Mamadbokirov shot dead", "On 22 May Mamadbokir Mamadbokirov")
    d = "khorog_mtblog_en.txt"
    T(d, "2022-05-16T14:30+05:00", "people gather on the square", "On 16.05 at 14.30 hours (Dushanbe time)")
    T(d, "2021-11", "Gulbiddin Ziyobekov killed", "He was killed in November")
    T(d, "2022-05-18", "soldiers enter Rushan", "18.05, morning")
    T(d, "2022-05-19", "dozens of young men arrested in Khorog", "Next day 19.05")
    T(d, "2022-05-22", "Mamadbokirov killed in Khorog", "22.05 they killed")

    d = "crocus_liveblog_ru.html"
    for hm, label in (("20:02", "shooting reported at Crocus City Hall"), ("20:25", "auditorium on fire"),
                      ("21:10", "witness: about thirty people lying in the lobby"), ("22:45", "FSB: at least 40 dead"),
                      ("23:50", "Investigative Committee: 60 dead")):
        T(d, f"2024-03-22T{hm}+03:00", label, f"<b>{hm}</b>")
    for hm, label in (("03:30", "part of the roof collapses"), ("10:15", "Bortnikov reports 11 detained"),
                      ("12:40", "toll rises to 115"), ("19:05", "rumours of over 300 dead denied"),
                      ("21:30", "Investigative Committee: 133 dead")):
        T(d, f"2024-03-23T{hm}+03:00", label, f"<b>{hm}</b>")
    for hm, label in (("09:20", "107 remain in hospital"), ("14:00", "toll reaches 137"),
                      ("22:10", "court arrests four accused")):
        T(d, f"2024-03-24T{hm}+03:00", label, f"<b>{hm}</b>")
    w = "crocus_feed_en.atom#crocus-wp"
    T(w, "2024-03-22", "attack on Crocus City Hall", "on the evening of 22 March 2024")
    T(w, "2024-03-22T20:00+03:00", "gunmen open fire", "c. 20:00 [[Moscow Time|MSK]] (UTC+03:00)")
    T(w, "2004", "Beslan school siege", "Beslan school siege]] of 2004")
    T(w, "2024-03-23", "Bortnikov announces 11 detained", "On 23 March, FSB director")
    T(w, "2024-03-24", "toll reaches 139", "It reached 139 on 24 March")
    n = "crocus_feed_en.atom#crocus-wn"
    T(n, "2024-03-22", "gunmen attack the concert venue", "late on Friday")
    T(n, "2024-03-23", "Putin addresses the nation", "addressed the nation on Saturday")
    T(n, "2024-03-24", "day of national mourning", "declared March 24 a day of national mourning")
    d = "crocus_wiki_uk.wiki"
    T(d, "2024-03-22", "attack on Crocus City Hall", "ввечері 22 березня 2024 року")
    T(d, "2024-03-22T19:58+03:00", "shooting begins", "близько 19:58 за московським часом")
    T(d, "2024-03-23", "Investigative Committee gives 93 dead", "вранці 23 березня")
    T(d, "2024-03-24", "toll rises to 139", "24 березня кількість загиблих")
    T(d, "2004", "Beslan school siege", "Беслані 2004 року")
    d = "crocus_news_kk.txt"
    T(d, "2024-03-22", "armed attack on Crocus City Hall", "22 наурыз күні кешке")
    T(d, "2024-03-22T20:00", "gunmen open fire in the lobby", "сағат 20:00 шамасында")
    T(d, "2024-03-23", "Investigative Committee reports 133 dead", "сенбі күні кешке")
    T(d, "2024-03-24", "Basmanny court arrests four suspects", "Жексенбі күні")

    for k, r in enumerate(rows, 1):
        r["id"] = f"d3t{k:03d}"
    return rows


ENTITIES = [
    ("Kremenchuk", "place", ["Кременчуці", "Кременчуге", "Кременчуг", "Kremenchuk"]),
    ("Amstor", "org", ["Амстор", "Amstor"]),
    ("Dmytro Lunin", "person", ["Дмитро Лунін", "Dmytro Lunin"]),
    ("Poltava Oblast", "place", ["Полтавській області", "Полтавской области", "Полтавщини", "Poltava region"]),
    ("Kredmash", "org", ["Кредмаш", "Kredmash"]),
    ("Batken", "place", ["Баткен", "Баткен облысында", "Баткенська область", "Баткенський"]),
    ("Vorukh", "place", ["Ворух", "Ворухом"]),
    ("Isfara", "place", ["Исфара", "Ісфари"]),
    ("Kyrgyzstan", "place", ["Қырғызстан", "Кыргызстана", "Киргизстан", "Киргизстану"]),
    ("Tajikistan", "place", ["Тәжікстан", "Таджикистана", "Таджикистані", "Tajikistan"]),
    ("Sadyr Japarov", "person", ["Садыр Жапаров", "Садир Жапаров"]),
    ("Emomali Rahmon", "person", ["Эмомали Рахмон", "Емомалі Рахмон"]),
    ("Kazan", "place", ["Казани", "Казані", "Қазан"]),
    ("Tatarstan", "place", ["Татарстана", "Татарстану", "Татарстан"]),
    ("Rustam Minnikhanov", "person", ["Рустам Минниханов", "Рустам Миннихановқа"]),
    ("Ilnaz Galyaviev", "person", ["Ильназ Галявиев", "Ільназа Галявієва"]),
    ("Khorog", "place", ["Хороге", "Хорог", "Khorog"]),
    ("Rushan", "place", ["Рушанском", "Rushan"]),
    ("Gorno-Badakhshan", "place", ["Горно-Бадахшанской", "ГБАО", "Gorno-Badakhshan", "GBAO"]),
    ("Dushanbe", "place", ["Душанбе", "Dushanbe"]),
    ("Crocus City Hall", "place", ["Крокус Сити Холле", "Крокус Сити Холл", "Крокус Сіті Холі", "Crocus City Hall"]),
    ("Krasnogorsk", "place", ["Красногорске", "Красногорськ", "Красногорську", "Krasnogorsk"]),
    ("Alexander Bortnikov", "person", ["Александр Бортников", "Alexander Bortnikov"]),
    ("Investigative Committee of Russia", "org", ["Следственный комитет", "Слідчий комітет", "Investigative Committee", "Тергеу комитеті"]),
    ("Federal Security Service", "org", ["ФСБ", "Federal Security Service", "FSB"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset3", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
