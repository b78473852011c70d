"""Write the gold annotations of the thirty-first development set: tests/data/devset31/gold/devset31.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset31.py, which checks every anchor:

    python tests/data/devset31/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `nevsky_report_ru.txt` is stored in koi8-r.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

NEV, NAZ, CHN, ABM, PUS = "Uglovka", "Nazran", "Chornobyl", "Abaiskaya mine", "Pushkinskaya square"
D_NEV = "2009-11-27"
D_NAZ = ["2004-06-21", "2004-06-22"]  # the night of 21-22 June
D_CHN, D_LIQ = "1986-04-26", ["1986", "1990"]
D_ABM = "2008-09-20"
D_PUS = "2000-08-08"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Nevsky Express bombing, Friday 27 November 2009
    P = dict(place=NEV, date=D_NEV)
    d = "nevsky_report_ru.txt"  # koi8-r
    C(d, "killed", 26, "exact", "Взрыв под Бологим: число погибших выросло до 26", **P)
    SH = dict(src="Russian Emergencies Minister Sergei Shoigu", stype="official", stext="глава МЧС России Сергей Шойгу", **P)
    C(d, "killed", 26, "exact", "выросло до 26 человек, сообщил журналистам", **SH)
    C(d, "missing", 18, "exact", "Еще 18 человек, по его словам, числятся пропавшими без вести", **SH)
    MZ = dict(src="Russian health ministry", stype="official", stext="По данным Минздравсоцразвития", **P)
    C(d, "injured", 95, "exact", "пострадали 95 человек", **MZ)
    C(d, "injured", 51, "exact", "из них 51 госпитализирован", **MZ)
    C(d, "injured", 1, "exact", "контузию получил один человек", "a source in law enforcement", "official", stext="По словам источника в правоохранительных органах", place=NEV, date="2009-11-28")
    C(d, "killed", 60, "exact", "сообщения о 60 погибших", "the internet", "social_media", "unconfirmed", stext="в интернете", **P)
    C(d, "injured", None, "vague", '"сотнях раненых"', "the internet", "social_media", "unconfirmed", stext="в интернете", **P)
    C(d, "killed", 60, "exact", "назвали эти сведения не соответствующими действительности", "Russian Railways", "company", "denied", stext='ОАО "РЖД"', **P)
    C(d, "injured", None, "vague", "назвали эти сведения не соответствующими действительности", "Russian Railways", "company", "denied", stext='ОАО "РЖД"', **P)
    C(d, "deployed", 500, "more_than", "стянуты более 500 спасателей, сотрудников милиции и железнодорожников", **P)

    f = "nevsky_feed_en.rss#"
    EM = dict(src="Emergencies Ministry", stype="official", **P)
    C(f + "nev-1", "killed", 25, "at_least", "Bomb derails Nevsky Express: at least 25 dead", **EM)
    C(f + "nev-1", "injured", None, "vague", "dozens injured", **EM)
    C(f + "nev-1", "killed", 25, "at_least", "At least 25 people were killed when a bomb derailed the Nevsky Express", **EM)
    C(f + "nev-1", "injured", None, "vague", "Dozens were injured", **EM)
    C(f + "nev-1", "injured", 87, "exact", "the ministry put the number of injured at 87", **EM)
    C(f + "nev-1", "killed", 39, "exact", "spoke of 39 dead", "early reports citing a source in Russian Railways", "unknown", "unconfirmed", **P)
    C(f + "nev-1", "killed", 39, "exact", "The Emergencies Ministry later said that figure was wrong", "Emergencies Ministry", "official", "denied", **P)
    C(f + "nev-2", "killed", 27, "exact", "Nevsky Express toll rises to 27", "Investigative Committee", "official", **P)
    C(f + "nev-2", "killed", 27, "exact", "raising the toll to 27, the Investigative Committee said", "Investigative Committee", "official", **P)
    C(f + "nev-2", "injured", 132, "exact", "Of the 132 people who sought medical help", "health ministry", "official", **P)
    C(f + "nev-2", "injured", 60, "exact", "60 remain in hospital, according to the health ministry", "health ministry", "official", **P)
    C(f + "nev-2", "detained", 2, "exact", "Two men were detained for questioning in the Tver region", "Interfax", "media", place="Tver region", date="2009-11-30")

    d = "nevsky_timeline_ru.md"
    RZ = dict(src="Russian Railways", stype="company", stext="ОАО «РЖД»", **P)
    C(d, "injured", 30, "at_least", "ОАО «РЖД»: пострадали не менее 30 человек", **RZ)
    C(d, "killed", None, "vague", "«погибли десятки»", "passengers of the fifth carriage", "eyewitness", stext="Пассажиры пятого вагона", **P)
    C(d, "killed", 39, "exact", "погибли 39 человек", "agencies citing a source in Russian Railways", "media", "unconfirmed", stext="Агентства со ссылкой на источник в РЖД", **P)
    C(d, "killed", 39, "exact", "Позже МЧС называет эту цифру «непроверенной»", "Russian Emergencies Ministry", "official", "denied", stext="МЧС", **P)
    MC = dict(src="Russian Emergencies Ministry", stype="official", stext="МЧС России", **P)
    C(d, "killed", 22, "exact", "МЧС России: погибших 22", **MC)
    C(d, "injured", 60, "about", "пострадавших около 60", **MC)
    SG = dict(src="Sergei Shoigu", stype="official", stext="Сергей Шойгу", **P)
    C(d, "killed", 25, "exact", "Сергей Шойгу: погибли 25 человек", **SG)
    C(d, "missing", 26, "exact", "ещё 26 числятся пропавшими без вести", **SG)
    C(d, "injured", 1, "exact", "Контужен один человек", place=NEV, date="2009-11-28")
    MZ = dict(src="Russian health ministry", stype="official", stext="Минздравсоцразвития", **P)
    C(d, "injured", 95, "exact", "за помощью обратились 95 человек", **MZ)
    C(d, "injured", 51, "exact", "51 госпитализирован", **MZ)
    SG["stext"] = "Шойгу уточняет"
    C(d, "killed", 26, "exact", "погибших 26, пропавших без вести 18", **SG)
    C(d, "missing", 18, "exact", "пропавших без вести 18", **SG)
    C(d, "missing", 7, "exact", "списки пропавших сократились до 7 человек", "Russian Emergencies Ministry", "official", stext="МЧС", **P)
    C(d, "detained", 2, "exact", "В Тверской области задержаны двое мужчин", place="Tver region", date="2009-11-30")
    SK = dict(src="Investigative Committee", stype="official", stext="Следственный комитет", **P)
    C(d, "killed", 27, "exact", "Следственный комитет: погибших 27", **SK)
    C(d, "injured", 132, "exact", "обращались за помощью 132 человека", **SK)
    C(d, "detained", 10, "exact", "задержаны ещё 10 человек", "FSB", "official", stext="ФСБ", place="Ekazhevo", date="2010-03")
    C(d, "killed", 28, "exact", "значатся 28 погибших", "official investigation documents", "official", stext="В официальных документах следствия", **P)
    C(d, "charged", 3, "exact", "предъявлены обвинения трём фигурантам", "Investigative Committee", "official", stext="Следственный комитет", place=NEV, date="2011")
    # the table of figures per source
    C(d, "injured", 30, "at_least", "| ОАО «РЖД» | 27.11 | — | не менее 30 | — |", **RZ)
    r = "| МЧС России | 28.11 (ночь) | 22 | около 60 | — |"
    C(d, "killed", 22, "exact", r, **MC)
    C(d, "injured", 60, "about", r, **MC)
    r = "| МЧС России | 28.11 (вечер) | 26 | 95 | 18 |"
    for m, v in (("killed", 26), ("injured", 95), ("missing", 18)):
        C(d, m, v, "exact", r, **MC)
    r = "| Следственный комитет | 03.12 | 27 | 132 | — |"
    C(d, "killed", 27, "exact", r, **SK)
    C(d, "injured", 132, "exact", r, **SK)
    C(d, "killed", 28, "exact", "| Следственный комитет | 11.2010 | 28 | — | — |", **SK)

    # ================================================================ Nazran raid, night of 21-22 June 2004
    P = dict(place=NAZ, date=D_NAZ)
    ATT, LAW, CIV = "attackers", "law-enforcement officers", "civilians"
    w = "nazran_wiki_en.atom#naz-wp"
    C(w, "participants", [200, 300], "range", "| strength1   = 200–300 militants", "RIA Novosti", "media", group=ATT, **P)
    C(w, "participants", 300, "at_most", "Up to 300 gunmen took part in Ingushetia raid, says prosecutor", "prosecutor", "official", group=ATT, **P)
    C(w, "killed", 92, "exact", "| casualties1 = 92 killed (official)", "Interfax", "media", **P)
    C(w, "killed", 92, "exact", "Ingushetia raid toll rises to 92", "Interfax", "media", **P)
    C(w, "killed", 2, "exact", "| casualties2 = 2 militants killed (federal claim)", "federal officials", "official", group=ATT, **P)
    C(w, "killed", 48, "exact", "Russian officials first reported 48 dead", "Russian officials", "official", **P)
    PG = dict(src="Prosecutor General's Office", stype="official", **P)
    C(w, "killed", 92, "exact", "later gave a toll of 92", **PG)
    C(w, "killed", 67, "exact", "including 67 law-enforcement officers", group=LAW, **PG)
    C(w, "killed", 25, "about", "Memorial counted about 25 civilians among the dead", "Memorial", "ngo", group=CIV, **P)
    C(w, "injured", 120, "about", "Some 120 people were wounded", **P)
    C(w, "vehicles_damaged", None, "vague", "dozens of cars were burned", **P)
    C(w, "buildings_damaged", 1, "exact", "the interior ministry building and dozens of cars were burned", **P)
    C(w, "deployed", 1000, "about", "About 1,000 troops were flown into the republic on 22 June", place="Ingushetia", date="2004-06-22")
    w = "nazran_wiki_en.atom#naz-talk"
    C(w, "killed", 300, "more_than", '"over 300 killed" from a forum thread', "a forum thread", "social_media", "unconfirmed", **P)
    C(w, "killed", 300, "more_than", "The Ingush authorities called such numbers invented in 2004", "Ingush authorities", "official", "denied", **P)
    C(w, "killed", 2, "exact", "the claim that only 2 attackers died comes from federal officials", "federal officials", "official", group=ATT, **P)
    C(w, "killed", 6, "exact", "Basayev's own statement put his losses at 6", "Shamil Basayev", "opposition", group=ATT, **P)
    C(w, "detained", 37, "exact", "37 suspects had been detained", "prosecutors", "official", place="Ingushetia", date=["2004-06", "2005"])
    C(w, "charged", 15, "exact", "and 15 charged", "prosecutors", "official", place="Ingushetia", date=["2004-06", "2005"])

    f = "nazran_articles_ru.jsonl#"
    C(f + "nz1", "killed", None, "vague", "Ночь в Назрани: десятки погибших", **P)
    C(f + "nz1", "buildings_damaged", 1, "exact", "сгоревшее МВД", **P)
    C(f + "nz1", "killed", 48, "exact", "говорили о 48 погибших", "Ingushetia Interior Ministry", "official", stext="в республиканском МВД", **P)
    C(f + "nz1", "killed", 50, "more_than", "«У нас больше 50 убитых только среди своих", "an officer of the Nazran district police", "official", group="police", stext="сотрудник назранского РОВД", **P)
    C(f + "nz1", "vehicles_damaged", None, "vague", "на улицах стояли десятки сгоревших машин", "residents", "eyewitness", stext="По словам жителей", **P)
    C(f + "nz1", "injured", 60, "exact", "доставлены 60 раненых", "Ingushetia health ministry", "official", stext="по данным минздрава республики", **P)
    C(f + "nz1", "participants", 200, "about", "нападавших было «около 200»", "Ingushetia President Murat Zyazikov", "official", group=ATT, stext="Президент Ингушетии Мурат Зязиков", **P)
    PG = dict(src="Prosecutor General's Office of Russia", stype="official", stext="Генеральная прокуратура России", **P)
    C(f + "nz2", "killed", 92, "exact", "Число жертв нападения на Ингушетию достигло 92", **P)
    C(f + "nz2", "killed", 92, "exact", "погибли 92 человека", **PG)
    C(f + "nz2", "killed", 67, "exact", "из них 67 сотрудников МВД", group=LAW, **PG)
    C(f + "nz2", "injured", 100, "more_than", "Ранены свыше 100 человек", **PG)
    C(f + "nz2", "killed", [20, 25], "range", "от 20 до 25 мирных жителей", "Memorial", "ngo", group=CIV, stext="Правозащитный центр «Мемориал»", **P)
    BS = dict(src="Shamil Basayev", stype="opposition", mod="unconfirmed", stext="заявление Шамиля Басаева", **P)
    C(f + "nz2", "participants", 570, "exact", "участвовали 570 боевиков", group=ATT, **BS)
    C(f + "nz2", "killed", 100, "more_than", "погибли «более 100 оккупантов и их пособников»", group=LAW, **BS)
    C(f + "nz2", "killed", 2, "exact", "сообщают о 2 уничтоженных нападавших", "federal security forces", "official", group=ATT, stext="Федеральные силовики", **P)
    C(f + "nz2", "deployed", 1000, "about", "направить в республику ещё около 1000 военнослужащих", "President Vladimir Putin", "official", stext="Президент Владимир Путин", place="Ingushetia", date="2004-06-22")
    C(f + "nz2", "detained", 9, "exact", "задержаны 9 подозреваемых", "prosecutors", "official", stext="По данным прокуратуры", place="Ingushetia", date=["2004-06-22", "2004-06-25"])

    d = "nazran_report_uk.txt"
    C(d, "killed", 92, "exact", "Офіційна цифра загиблих відтоді не змінювалася: 92 особи", "officials", "official", stext="Офіційна цифра", **P)
    C(d, "killed", 57, "exact", "влада Інгушетії говорила про 57 загиблих", "Ingushetia authorities", "official", stext="влада Інгушетії", **P)
    PG = dict(src="Prosecutor General's Office of Russia", stype="official", stext="Генпрокуратура Росії", **P)
    C(d, "killed", 92, "exact", "Генпрокуратура Росії назвала 92", **PG)
    C(d, "killed", 67, "exact", "Серед них 67 правоохоронців", group=LAW, **PG)
    C(d, "killed", 28, "exact", "зокрема 28 працівників МВС Інгушетії", group="police", **PG)
    C(d, "injured", 104, "exact", "Поранених, за даними республіканського МОЗ, було 104", "Ingushetia health ministry", "official", stext="за даними республіканського МОЗ", **P)
    C(d, "killed", 20, "at_least", "мирних жителів загинуло щонайменше 20", "Memorial", "ngo", group=CIV, stext="Правозахисники з \"Меморіалу\"", **P)
    C(d, "killed", 30, "about", "лише цивільних загинуло близько 30", "relatives of the dead", "eyewitness", group=CIV, stext="Родичі загиблих", **P)
    C(d, "participants", 500, "more_than", "нападників було понад 500", "Shamil Basayev", "opposition", group=ATT, stext="Сам Басаєв", **P)
    C(d, "participants", [200, 300], "range", "Слідство називало від 200 до 300 учасників", "investigators", "official", group=ATT, stext="Слідство", **P)
    C(d, "killed", None, "vague", 'чутка про "сотні вбитих солдатів"', "rumour online", "social_media", "unconfirmed", group="soldiers", stext="У Мережі", **P)
    C(d, "killed", None, "vague", "Міністерство оборони Росії назвало її вигадкою", "Russian Defence Ministry", "official", "denied", group="soldiers", stext="Міністерство оборони Росії", **P)
    PR = dict(src="prosecutors", stype="official", stext="За даними прокуратури", **P)
    C(d, "buildings_damaged", 6, "exact", "згоріли 6 адміністративних будівель", **PR)
    C(d, "vehicles_damaged", 30, "more_than", "понад 30 автомобілів", **PR)
    C(d, "detained", None, "vague", "затримані кілька десятків підозрюваних", place="Ingushetia", date=["2004-06", "2005-06"])
    C(d, "convicted", 2, "exact", "засудив двох учасників рейду", "Supreme Court of Ingushetia", "official", stext="Верховний суд Інгушетії", place="Ingushetia", date="2006")

    # ================================================================ Chornobyl accident, Saturday 26 April 1986
    P = dict(place=CHN, date=D_CHN)
    LQ = "liquidators"
    d = "chornobyl_export_uk.xml#40426"
    C(d, "killed", 31, "exact", "| загиблі   = 31 (офіційно, 1986)", "TASS", "media", stext="Повідомлення ТАРС", **P)
    C(d, "killed", 31, "exact", "Повідомлення ТАРС: жертвами аварії стали 31 людина", "TASS", "media", stext="Повідомлення ТАРС", **P)
    C(d, "injured", 134, "exact", "| постраждалі = 134 (гостра променева хвороба)", **P)
    C(d, "killed", 2, "exact", "Того ж ранку загинули двоє працівників станції", group="plant workers", **P)
    C(d, "injured", 134, "exact", "Гостру променеву хворобу діагностували у 134 працівників", **P)
    C(d, "killed", 28, "exact", "28 із них померли впродовж кількох місяців", **P)
    C(d, "killed", 31, "exact", "офіційна радянська статистика налічувала 31 загиблого", "Soviet official statistics", "official", stext="офіційна радянська статистика", **P)
    WH = dict(src="WHO and IAEA (Chernobyl Forum)", stype="official", stext="Доповідь Чорнобильського форуму ВООЗ і МАГАТЕ", **P)
    C(d, "killed", 4000, "about", "прогнозувала близько 4000 смертей", **WH)
    C(d, "killed", 4000, "at_most", "ВООЗ: аварія може спричинити до 4000 смертей", "World Health Organization", "official", stext="Всесвітня організація охорони здоров'я", **P)
    GP = dict(src="Greenpeace", stype="ngo", stext="Greenpeace", **P)
    C(d, "killed", 93000, "about", "близько 93 000 смертельних випадків раку", **GP)
    C(d, "killed", 200000, "at_most", "до 200 000 додаткових смертей", **GP)
    C(d, "deployed", 600000, "about", "брали участь близько 600 тисяч людей", group=LQ, place=CHN, date=D_LIQ)
    C(d, "killed", 25000, "more_than", "понад 25 тисяч ліквідаторів з України вже померли", "Union Chornobyl Ukraine", "ngo", "unconfirmed", group=LQ, stext="Спілка «Чорнобиль України»", **P)

    d = "chornobyl_mtblog_en.txt"
    C(d, "killed", 2, "exact", "are died 2 workers of the station", group="plant workers", **P)
    C(d, "killed", 28, "exact", "are died still 28 persons from the radiation sickness", **P)
    C(d, "killed", 31, "exact", "the official number which the Soviet power gave in 1986 is 31 dead", "the Soviet power", "official", **P)
    C(d, "injured", 134, "exact", "The radiation sickness was put to 134 people", "the report of the doctors of hospital number 6", "official", **P)
    C(d, "deployed", 600000, "about", "one of about 600 thousand liquidators", group=LQ, place=CHN, date=D_LIQ)
    C(d, "killed", 4000, "about", "spoke about near 4000 deaths in the future", "The WHO and the IAEA", "official", **P)
    C(d, "killed", 93000, "about", "Greenpeace speaks 93 thousand deaths from cancer", "Greenpeace", "ngo", **P)
    C(d, "killed", 1000000, "more_than", '"more than one million" are lost', "Some groups in social network", "social_media", "unconfirmed", **P)
    C(d, "killed", 1000000, "more_than", "the Ukrainian health ministry called it a fantasy", "the Ukrainian health ministry", "official", "denied", **P)

    d = "chornobyl_news_kk.txt"
    KZ = "Kazakh liquidators"
    C(d, "deployed", 32000, "more_than", "Қазақ КСР-інен 32 мыңнан астам адам жіберілді", "Kazakhstan Ministry of Labour and Social Protection", "official", group=LQ, stext="Қазақстан Еңбек және халықты әлеуметтік қорғау министрлігінің мәліметі", place=CHN, date=D_LIQ)
    C(d, "killed", 31, "exact", "алғашқы айларда 31 адам қаза тапты", "official Soviet data", "official", stext="Ресми кеңестік деректер бойынша", **P)
    C(d, "killed", 4000, "about", "4000-ға жуық адам көз жұмуы мүмкін", "World Health Organization", "official", stext="Дүниежүзілік денсаулық сақтау ұйымының болжамы бойынша", **P)
    C(d, "killed", 8000, "more_than", "ликвидаторлардың 8 мыңнан астамы дүниеден өткенін айтты", "chairman of the Chernobyl republican public association", "ngo", group=KZ, stext="«Чернобыль» республикалық қоғамдық бірлестігінің төрағасы", **P)
    C(d, "deployed", 120, "exact", "Біздің бөлімнен 120 жігіт барды", "Serik Zhumabayev, a former liquidator", "eyewitness", group=LQ, stext="Серік Жұмабаев", place=CHN, date=D_LIQ)
    C(d, "killed", 40, "more_than", "олардың 40-тан астамы қайтыс болды", "Serik Zhumabayev, a former liquidator", "eyewitness", group=LQ, stext="Серік Жұмабаев", **P)
    C(d, "killed", None, "vague", "«жартысы өлді»", "social media", "social_media", "unconfirmed", group=KZ, stext="Әлеуметтік желілерде", **P)

    # ================================================================ Abaiskaya mine explosion, Saturday 20 September 2008
    P = dict(place=ABM, date=D_ABM)
    MN = "miners"
    d = "abai_news_kk.txt"
    C(d, "killed", 30, "exact", "қаза тапқандар саны 30-ға жетті", group=MN, **P)
    C(d, "killed", 30, "exact", "қаза тапқан кеншілердің саны 30-ға жетті", "Emergencies Ministry department for the Karaganda region", "official", group=MN, stext="Төтенше жағдайлар министрлігінің Қарағанды облысы бойынша департаменті", **P)
    AL = dict(src="initial reports", stype="unknown", stext="Алғашқы мәліметтер бойынша", group=MN, **P)
    C(d, "killed", 21, "exact", "21 кеншінің мәйіті табылып", **AL)
    C(d, "missing", 9, "exact", "тағы 9 адам шахтада қалып қойған", **AL)
    C(d, "killed", 9, "exact", "соңғы тоғыз кеншінің де денесі шығарылды", group=MN, **P)
    C(d, "injured", 8, "exact", "8 кенші жарақат алып", "ArcelorMittal Temirtau press service", "company", group=MN, stext="Компанияның баспасөз қызметінің мәліметінше", **P)
    C(d, "deployed", 150, "more_than", "ТЖМ-нің 150-ден астам құтқарушысы тартылды", **P)
    C(d, "killed", 50, "more_than", "«50-ден астам кенші өлді»", "internet forums", "social_media", "unconfirmed", group=MN, stext="Интернет-форумдарда", **P)
    C(d, "killed", 50, "more_than", "бұл ақпаратты шындыққа жанаспайды деп атады", "ArcelorMittal Temirtau", "company", "denied", group=MN, stext="«Арселор Миттал Теміртау» өкілдері", **P)

    d = "abai_wiki_kk.wiki"
    C(d, "killed", 30, "exact", "| қаза тапқандар = 30", "Kazinform", "media", stext="Kazinform", **P)
    C(d, "killed", 30, "exact", "Абай шахтасындағы апат: 30 кенші қаза тапты", "Kazinform", "media", group=MN, stext="Kazinform", **P)
    C(d, "injured", 8, "exact", "| жараланғандар  = 8", **P)
    C(d, "killed", 21, "exact", "Келесі күні құтқарушылар 21 мәйітті тапты", **P)
    C(d, "killed", 30, "exact", "қаза тапқандардың саны 30 деп ресми түрде жарияланды", **P)
    C(d, "killed", 30, "exact", "Число погибших на шахте «Абайская» достигло 30", "Interfax-Kazakhstan", "media", stext="Интерфакс-Казахстан", **P)
    C(d, "missing", [35, 40], "range", "шахтада 35-тен 40-қа дейін адам қалғанын айтқан", "relatives of some miners", "eyewitness", "unconfirmed", stext="Кейбір кеншілердің туыстары", **P)
    C(d, "charged", 5, "exact", "шахта басшылығынан 5 лауазымды тұлғаға айып тағылды", "Karaganda regional prosecutor's office", "official", stext="Қарағанды облысы прокуратурасының мәліметі бойынша", place=ABM, date=None)
    C(d, "convicted", 3, "exact", "2009 жылы Абай аудандық соты олардың үшеуін кінәлі деп тапты", "Abai district court", "official", stext="Абай аудандық соты", place=ABM, date="2009")
    C(d, "dismissed", 1, "exact", "көмір департаментінің директоры қызметінен босатылды", place=ABM, date=None)

    d = "abai_press_en.html"  # the company's own voice
    C(d, "killed", 30, "exact", "we mourn 30 of our colleagues", group=MN, **P)
    C(d, "killed", 30, "exact", "30 miners lost their lives", group=MN, **P)
    C(d, "killed", 30, "exact", "<tr><td>Miners killed</td><td>30</td></tr>", group=MN, **P)
    C(d, "injured", 8, "exact", "<tr><td>Injured, in hospital</td><td>8</td></tr>", **P)
    C(d, "deployed", 160, "about", "<tr><td>Rescuers deployed</td><td>about 160</td></tr>", **P)
    C(d, "killed", 50, "more_than", "Reports on some websites that more than 50 miners died", "some websites", "social_media", "unconfirmed", group=MN, **P)
    C(d, "killed", 50, "more_than", "are untrue", mod="denied", group=MN, **P)

    # ================================================================ Pushkinskaya square underpass bombing, Tuesday 8 August 2000
    P = dict(place=PUS, date=D_PUS)
    CH = "children"
    d = "pushkin_statement_ru.txt"  # the head of the Moscow health committee in his own voice
    C(d, "deployed", 42, "exact", "направили на Пушкинскую площадь 42 бригады скорой и неотложной помощи", **P)
    C(d, "killed", 7, "exact", "На месте погибли семь человек", **P)
    C(d, "killed", 2, "exact", "Ещё двое скончались по дороге в больницу", **P)
    C(d, "killed", 1, "exact", "умер ещё один пострадавший", **P)
    C(d, "killed", 10, "exact", "на 12:00 сегодняшнего дня погибших десять", **P)
    C(d, "injured", 93, "exact", "За медицинской помощью обратились 93 человека", **P)
    C(d, "injured", 62, "exact", "госпитализированы 62 человека", **P)
    C(d, "injured", 11, "exact", "из них 11 — дети", group=CH, **P)
    C(d, "injured", 8, "exact", "Восемь человек находятся в крайне тяжёлом состоянии", **P)
    C(d, "injured", 27, "exact", "Больше всего пострадавших — 27 — приняла Городская клиническая больница имени Боткина", **P)
    C(d, "injured", 19, "exact", "в Институт Склифосовского доставлены 19 человек", **P)
    C(d, "killed", [30, 50], "range", "сообщали о 30 и даже 50 погибших", "some radio stations", "media", "unconfirmed", stext="Некоторые радиостанции", **P)
    C(d, "killed", [30, 50], "range", "Это неправда", mod="denied", **P)

    d = "pushkin_report_uk.txt"
    C(d, "killed", 13, "exact", "Вибух на Пушкінській: 13 загиблих", **P)
    C(d, "killed", 7, "exact", "прокуратура Москви говорила про сімох загиблих", "Moscow prosecutor's office", "official", stext="прокуратура Москви", **P)
    C(d, "killed", 11, "exact", "10 серпня — про одинадцять", "Moscow prosecutor's office", "official", stext="прокуратура Москви", **P)
    HC = dict(src="Moscow health committee", stype="official", stext="за даними Комітету охорони здоров'я столиці", **P)
    C(d, "killed", 13, "exact", "загинули 13 людей", **HC)
    C(d, "killed", 3, "exact", "у тому числі троє дітей", group=CH, **HC)
    C(d, "injured", 118, "exact", "Поранено 118 осіб", **HC)
    C(d, "injured", 52, "exact", "У лікарнях досі перебувають 52 з них", **HC)
    C(d, "injured", 6, "exact", "стан 6 лікарі оцінюють як тяжкий", **HC)
    C(d, "injured", 30, "more_than", "прийняли понад 30 постраждалих", "Botkin hospital", "official", stext="у лікарні Боткіна", **P)
    C(d, "injured", 19, "exact", "Інститут Склифосовського повідомляв про 19", "Sklifosovsky Institute", "official", stext="Інститут Склифосовського", **P)
    C(d, "injured", None, "vague", 'писали про "десятки поранених"', "journalists at the scene", "media", stext="Журналісти, які були на місці", **P)
    C(d, "detained", 3, "exact", "затримала в перші дні трьох підозрюваних", "police", "official", stext="міліція", place=PUS, date="2000-08")
    C(d, "deployed", 200, "more_than", "чергують понад 200 міліціонерів", group="police", place=PUS, date="2000-08")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d31g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "nevsky_report_ru.txt"
    T(d, "2009-11-27T21:34", "Nevsky Express derailed by a bomb", "в пятницу, 27 ноября, в 21:34 по московскому времени")
    T(d, "2009-11-28T14:00", "second device explodes near the tracks", "На следующий день, около 14:00")
    f = "nevsky_feed_en.rss#"
    T(f + "nev-1", "2009-11-27T21:34", "last three carriages leave the rails", "at 21:34 Moscow time")
    T(f + "nev-1", "2009-11-28", "second device explodes as investigators work", "On Saturday afternoon a second, smaller device exploded")
    T(f + "nev-2", "2009-12-03", "injured woman dies, toll 27", "died in a Moscow hospital on Thursday")
    T(f + "nev-2", "2009-12-02", "Caucasus Emirate claims the attack", "On Wednesday a statement posted on the Kavkaz Center website")
    T(f + "nev-2", "2009-11-30", "two men detained in Tver region", "in the Tver region on Monday")
    d = "nevsky_timeline_ru.md"
    T(d, "2009-11-27", "bomb under the Nevsky Express", "Вечером в пятницу, 27 ноября 2009 года")
    for day, entries in (("2009-11-27", (("19:30", "train leaves Leningradsky station"), ("21:34", "explosion, three carriages derail"), ("22:05", "Russian Railways: at least 30 injured"), ("22:50", "medical teams sent to the site"), ("23:40", "passengers speak of dozens dead"))),
                         ("2009-11-28", (("00:40", "agencies: 39 dead (unverified)"), ("02:20", "Emergencies Ministry: 22 dead, about 60 injured"), ("06:00", "train for passengers to St Petersburg"), ("09:30", "FSB: improvised bomb up to 7 kg TNT"), ("11:00", "Shoigu: 25 dead, 26 missing"), ("14:00", "second device explodes"), ("17:30", "health ministry: 95 sought help, 51 hospitalised"), ("20:15", "Shoigu: 26 dead, 18 missing"))),
                         ("2009-11-29", (("10:00", "missing reduced to 7"), ("18:40", "traffic restored"))),
                         ("2009-11-30", (("12:00", "funerals of the dead"), ("16:00", "two men detained in Tver region"))),
                         ("2009-12-02", (("13:00", "Caucasus Emirate claims responsibility"),)),
                         ("2009-12-03", (("10:00", "injured passenger dies, toll 27"),))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2010-03", "FSB operation in Ekazhevo, 10 detained", "**Март 2010 года**")
    T(d, "2010-11", "memorial sign; investigation counts 28 dead", "**Ноябрь 2010 года**")
    T(d, "2011", "three charged", "**2011 год**")

    w = "nazran_wiki_en.atom#naz-wp"
    T(w, "2004-06-21T23:00", "militants set up checkpoints around Nazran", "at about 23:00 on Monday")
    T(w, "2004-06-22T04:00", "attacks end", "until about 04:00")
    T(w, "2004-06-22", "officials report 48 dead", "first reported 48 dead on the morning of 22 June")
    T(w, "2004-06-25", "Basayev claims responsibility", "Basayev claimed responsibility on 25 June")
    T(w, "2004-06-22", "about 1,000 troops flown in", "flown into the republic on 22 June")
    f = "nazran_articles_ru.jsonl#"
    T(f + "nz1", "2004-06-21T23:00", "attack on Nazran begins", "Нападение началось около 23:00 в понедельник, 21 июня")
    T(f + "nz1", "2004-06-22", "Ingush Interior Ministry: 48 dead", "К утру вторника, 22 июня")
    T(f + "nz2", "2004-06-25", "Prosecutor General's Office: 92 dead", "в пятницу, 25 июня")
    T(f + "nz2", "2004-06-24", "Basayev's statement on Kavkaz Center", "Накануне, 24 июня")
    T(f + "nz2", "2004-06-22", "Putin flies to Nazran", "прилетевший в Назрань днём 22 июня")
    d = "nazran_report_uk.txt"
    T(d, "2004-06-21T23:00", "false checkpoints set up", "Близько 23:00 вони виставили фальшиві блокпости")
    T(d, "2004-06-21T23:30", "storming of the republican Interior Ministry", "о 23:30 почався штурм")
    T(d, "2004-06-22T04:00", "shooting ends", "Стрілянина тривала до 4-ї ранку")
    T(d, "2004-06-22", "Ingush authorities: 57 dead", "вранці 22 червня")
    T(d, "2004-06-24", "Prosecutor General's Office: 92 dead", "за два дні Генпрокуратура Росії назвала 92")
    T(d, "2006", "two raiders sentenced to life", "у 2006 році Верховний суд Інгушетії")

    d = "chornobyl_export_uk.xml#40426"
    T(d, "1986-04-26T01:23", "reactor goes out of control, two explosions", "в суботу, 26 квітня, о 01:23 за місцевим часом")
    T(d, "1986-04-26T05:00", "fire on the roof put out", "пожежу на даху було ліквідовано до 05:00")
    T(d, "1986-04-27", "evacuation of Pripyat", "Наступного дня, 27 квітня, почалася евакуація Прип'яті")
    T(d, "2005", "Chernobyl Forum report: about 4,000 deaths", "Чорнобильського форуму ВООЗ і МАГАТЕ (2005)")
    T(d, "2006", "Greenpeace estimate of 93,000", "Greenpeace у 2006 році")
    d = "chornobyl_mtblog_en.txt"
    T(d, "1986-04-26T01:23", "fourth block explodes", "In 01.23 hours of Saturday 26 April")
    T(d, "1986-04-27", "evacuation of Pripyat begins", "Next day, on 27 April")
    d = "chornobyl_news_kk.txt"
    T(d, "1986-04-26T01:23", "explosion at the fourth power unit", "1986 жылғы 26 сәуірде, сенбі күні, түнгі сағат 1:23-те")

    d = "abai_news_kk.txt"
    T(d, "2008-09-20T02:40", "methane explosion at the Abaiskaya mine", "2008 жылғы 20 қыркүйекте, сенбі күні, жергілікті уақыт бойынша сағат 02:40 шамасында")
    T(d, "2008-09-21", "last nine bodies brought out", "Жексенбі күні кешке")
    d = "abai_wiki_kk.wiki"
    T(d, "2008-09-20T02:40", "explosion during the night shift", "шамамен 02:40-та")
    T(d, "2008-09-21", "rescuers find 21 bodies", "Келесі күні құтқарушылар")
    T(d, "2008-09-22", "toll of 30 announced", "22 қыркүйекте қаза тапқандардың саны 30")
    T(d, "2009", "district court convicts three", "2009 жылы Абай аудандық соты")
    d = "abai_press_en.html"
    T(d, "2008-09-20T02:40", "explosion in a longwall of the second level", "at around 02:40 local time")
    T(d, "2008-09-21", "all bodies recovered", "By Sunday evening")
    T(d, "2008-09-22T10:00", "status: 30 killed, 8 injured", "As of 22 September, 10:00")

    d = "pushkin_statement_ru.txt"
    T(d, "2000-08-08T17:58", "explosion in the underpass", "во вторник, 8 августа, в 17:58")
    T(d, "2000-08-09T12:00", "status: ten dead", "на 12:00 сегодняшнего дня")
    d = "pushkin_report_uk.txt"
    T(d, "2000-08-08T18:00", "bomb explodes in the underpass (Moscow time)", "У вівторок, 8 серпня, близько 18:00 за московським часом")
    T(d, "2000-08-08", "Moscow prosecutors: seven dead", "Увечері 8 серпня")
    T(d, "2000-08-10", "toll eleven", "10 серпня — про одинадцять")
    T(d, "2000-08-14", "status: 13 dead, 118 injured", "Станом на 14 серпня")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d31t{n:03d}"
    return rows


ENTITIES = [
    ("Nevsky Express", "org", ["Невский экспресс", "Невского экспресса", "Nevsky Express"]),
    ("Uglovka", "place", ["Угловка", "Uglovka"]),
    ("Bologoye", "place", ["Бологое", "Бологого", "Бологим"]),
    ("Novgorod region", "place", ["Новгородская область", "Новгородской области", "Novgorod region"]),
    ("Tver region", "place", ["Тверской области", "Tver region"]),
    ("Russian Railways", "org", ["РЖД", "Russian Railways"]),
    ("Russian Emergencies Ministry", "org", ["МЧС России", "МЧС", "Emergencies Ministry"]),
    ("Sergei Shoigu", "person", ["Сергей Шойгу", "Шойгу"]),
    ("Investigative Committee", "org", ["Следственный комитет", "Investigative Committee"]),
    ("Alexander Bastrykin", "person", ["Александр Бастрыкин", "Александром Бастрыкиным"]),
    ("Alexander Bortnikov", "person", ["Александр Бортников", "Бортников"]),
    ("Caucasus Emirate", "org", ["Имарата Кавказ", "Caucasus Emirate"]),
    ("Kavkaz Center", "org", ["Кавказ-центр", "Kavkaz Center"]),
    ("Nazran", "place", ["Назрань", "Назрани", "Назрані", "Nazran"]),
    ("Ingushetia", "place", ["Ингушетии", "Ингушетию", "Інгушетії", "Ingushetia"]),
    ("Karabulak", "place", ["Карабулаке", "Karabulak"]),
    ("Sleptsovskaya", "place", ["Слепцовской", "Sleptsovskaya"]),
    ("Shamil Basayev", "person", ["Шамиля Басаева", "Шаміля Басаєва", "Басаєв", "Shamil Basayev", "Basayev"]),
    ("Abukar Kostoev", "person", ["Абукар Костоев", "Abukar Kostoev"]),
    ("Murat Zyazikov", "person", ["Мурат Зязиков", "Зязиков"]),
    ("Memorial", "org", ["Мемориал", "Меморіалу", "Memorial"]),
    ("Prosecutor General's Office of Russia", "org", ["Генеральная прокуратура России", "Генпрокуратура Росії", "Prosecutor General's Office"]),
    ("Chornobyl nuclear power plant", "place", ["Чорнобильська АЕС", "Чорнобильської АЕС", "Чорнобильській АЕС", "Чернобыль АЭС-індегі"]),
    ("Chornobyl", "place", ["Чорнобиля", "Чернобыль", "Chornobyl"]),
    ("Pripyat", "place", ["Прип'ять", "Прип'яті", "Припятьқа", "Pripyat"]),
    ("World Health Organization", "org", ["ВООЗ", "Всесвітня організація охорони здоров'я", "WHO", "Дүниежүзілік денсаулық сақтау ұйымының"]),
    ("IAEA", "org", ["МАГАТЕ", "IAEA"]),
    ("Almaty", "place", ["Алматы", "Алматыдағы", "Алматыдан"]),
    ("Abaiskaya mine", "place", ["Абай шахтасындағы", "Abaiskaya mine", "Абайская"]),
    ("Abai", "place", ["Абай қаласындағы", "Абай аудандық"]),
    ("Karaganda region", "place", ["Қарағанды облысы", "Karaganda region", "Қарағанды облысының"]),
    ("Karaganda", "place", ["Қарағанды", "Қарағандыдағы", "Қарағандыдан"]),
    ("ArcelorMittal Temirtau", "org", ["Арселор Миттал Теміртау", "ArcelorMittal Temirtau"]),
    ("Pushkinskaya square", "place", ["Пушкинскую площадь", "Пушкінській", "Пушкінською площею", "Пушкінській площі"]),
    ("Tverskaya street", "place", ["Тверской улицей", "Тверської"]),
    ("Moscow", "place", ["Москвы", "Москва", "Москви", "Москву", "Moscow"]),
    ("Moscow health committee", "org", ["Комитета здравоохранения Москвы", "Комітету охорони здоров'я столиці"]),
    ("Andrei Seltsovsky", "person", ["Андрея Сельцовского", "А. П. Сельцовский"]),
    ("Sklifosovsky Institute", "org", ["Института Склифосовского", "Институт Склифосовского", "Інститут Склифосовського"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset31", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
