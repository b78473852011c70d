"""Write the gold annotations of the fifteenth development set: tests/data/devset15/gold/devset15.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset15.py, which checks every anchor:

    python tests/data/devset15/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `magn_statement_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

KZ, NKR, AKT, KOS, PET = "Kazakhstan", "North Kazakhstan Region", "Aktobe Region", "Kostanay Region", "Petropavl"
MAG, CHN, TAS, YER = "Magnitogorsk", "Chernihiv", "Tashkent", "Yerevan"
D_FL, D_MA, D_CH, D_TA, D_YE = "2024-04", "2018-12-31", "2024-04-17", "2024-07-10", "2008-03-01"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Kazakhstan spring floods, April 2024
    d = "floods_news_kk.txt"
    C(d, "killed", 3, "exact", "су тасқыны: 3 адам қаза тапты", place=NKR, date=D_FL)
    EM = dict(src="Emergency Situations Ministry", stype="official", place=KZ, date=D_FL)
    C(d, "killed", 3, "at_least", "кемінде 3 адам қаза тапты", stext="Төтенше жағдайлар министрлігінің өкілі", **EM)
    C(d, "buildings_damaged", 5000, "more_than", "5 мыңнан астам тұрғын үйді су басқан", stext="Министрліктің мәліметінше", **EM)
    C(d, "deployed", 26000, "more_than", "26 мыңнан астам адам тартылған", stext="Министрліктің мәліметінше", **EM)
    C(d, "killed", 0, "exact", "қаза болғандар жоқ", stext="ведомство", **EM)
    AH = dict(src="Aktobe regional health department", stype="official", stext="Ақтөбе облысының денсаулық сақтау басқармасының", place=AKT, date=D_FL)
    C(d, "injured", 14, "exact", "14 адам ауруханаға түскен", **AH)
    C(d, "injured", 2, "exact", "оның 2-еуі ауыр жағдайда", **AH)
    C(d, "missing", 10, "at_least", "кем дегенде 10 адамның хабарсыз кеткенін", "Water Watch", "ngo", "unconfirmed", stext="«Су күзеті»", place=PET, date=D_FL)
    C(d, "killed", None, "vague", "«ондаған адам суға кетті»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", place=NKR, date=D_FL)
    C(d, "killed", None, "vague", "бұл ақпаратты жалған деп атады", "North Kazakhstan regional administration", "official", "denied", stext="Солтүстік Қазақстан облысының әкімдігі", place=NKR, date=D_FL)
    C(d, "detained", 2, "exact", "2 шенеунікті ұстады", place=KOS, date=D_FL)  # the police as the subject of its own act: author

    f = "floods_feed_en.rss#"
    EM = dict(src="the Emergency Situations Ministry", stype="official", place=KZ, date=D_FL)
    C(f + "fl-1", "buildings_damaged", 4000, "more_than", "damaged more than 4,000 homes", **EM)
    C(f + "fl-1", "killed", 0, "exact", "No deaths had been reported", **EM)
    C(f + "fl-1", "killed", 2, "exact", "two men had drowned in the Aktobe region", "the local news site Aqtobe Today", "media", place=AKT, date=D_FL)
    C(f + "fl-2", "killed", 3, "at_least", "Floods in Kazakhstan kill at least three", place=KZ, date=D_FL)
    C(f + "fl-2", "buildings_damaged", None, "vague", "thousands more homes flooded", place=KZ, date=D_FL)
    C(f + "fl-2", "killed", 3, "at_least", "At least three people have died in the floods", **EM)
    C(f + "fl-2", "buildings_damaged", 5500, "about", "about 5,500 houses remain under water", **EM)
    C(f + "fl-2", "killed", 12, "at_most", "up to 12 people could be dead", "Water Watch", "ngo", "unconfirmed", place=PET, date=D_FL)
    C(f + "fl-2", "detained", 2, "exact", "Police detained two officials", "the Interior Ministry", "official", place=KOS, date=D_FL)
    C(f + "fl-2", "deployed", 30000, "about", "Nearly 30,000 rescuers and soldiers", "the Interior Ministry", "official", place=KZ, date=D_FL)  # continues the ministry's sentence

    # ================================================================ Magnitogorsk gas explosion, 31 December 2018
    P = dict(place=MAG, date=D_MA)
    d = "magn_statement_ru.txt"  # cp1251; the regional Emergencies Ministry office in its own voice
    C(d, "killed", 9, "exact", "погибли 9 человек", **P)
    C(d, "missing", 32, "exact", "судьба 32 человек остается неизвестной", **P)
    C(d, "injured", 5, "exact", "В больницы города доставлены 5 пострадавших", **P)
    C(d, "injured", 2, "exact", "из них 2 детей", group="children", **P)
    MR = dict(src="media reports", stype="media", stext="в ряде СМИ", **P)
    C(d, "killed", 4, "exact", "сообщалось о 4 погибших", **MR)
    C(d, "missing", 79, "exact", "79 пропавших без вести", **MR)
    C(d, "killed", None, "vague", "«сотнях погибших»", "social networks", "social_media", "unconfirmed", stext="В социальных сетях", **P)
    C(d, "killed", None, "vague", "эти сведения не соответствуют действительности", mod="denied", **P)
    C(d, "deployed", 1300, "more_than", "более 1 300 человек", **P)
    C(d, "killed", 39, "exact", "число погибших возросло до 39", **P)

    d = "magn_news_kk.txt"
    C(d, "killed", 39, "exact", "Магнитогорскідегі жарылыс: қаза тапқандар саны 39 адамға жетті", **P)
    C(d, "killed", 39, "exact", "салдарынан қаза тапқандар саны 39 адамға жетті", "Russian Emergencies Ministry", "official", stext="Ресей ТЖМ-нің өкілі", **P)
    IN = dict(src="initial reports", stype="unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 4, "exact", "4 адам қаза тапқан", **IN)
    C(d, "missing", 79, "exact", "79 адамның тағдыры белгісіз болған", **IN)
    CH = dict(src="Chelyabinsk regional health ministry", stype="official", stext="Челябі облысының денсаулық сақтау министрлігінің", **P)
    C(d, "injured", 5, "exact", "5 адам ауруханаға түскен", **CH)
    C(d, "injured", 3, "exact", "оның 3-еуі бала", group="children", **CH)
    C(d, "killed", 100, "more_than", "«жүзден астам адам» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 100, "more_than", "бұл ақпаратты жалған деп атады", "Chelyabinsk regional administration", "official", "denied", stext="Облыс әкімшілігі", **P)
    C(d, "deployed", 1000, "more_than", "1000-нан астам адам қатысты", **P)

    d = "magn_export_ru.xml#31822"
    TS = dict(src="TASS", stype="media", stext="ТАСС", **P)
    C(d, "killed", 39, "exact", "погибшие     = 39", **TS)
    C(d, "killed", 39, "exact", "Число погибших при обрушении дома в Магнитогорске выросло до 39", **TS)
    C(d, "injured", 17, "exact", "пострадавшие = 17", **P)
    C(d, "killed", 4, "exact", "Первоначально МЧС сообщило о 4 погибших", "Russian Emergencies Ministry", "official", stext="МЧС", **P)
    C(d, "killed", 4, "exact", "При обрушении дома в Магнитогорске погибли четыре человека", "RIA Novosti", "media", stext="РИА Новости", **P)
    MC = dict(src="Russian Emergencies Ministry", stype="official", stext="МЧС", **P)  # sentences continuing the ministry's one keep its source
    C(d, "killed", 21, "exact", "число погибших выросло до 21", **MC)
    C(d, "killed", 39, "exact", "а 2 января — до 39", **MC)
    C(d, "killed", 6, "exact", "Среди погибших 6 детей", group="children", **MC)
    C(d, "injured", 17, "exact", "17 человек пострадали", "Governor Boris Dubrovsky", "official", stext="Губернатор", **P)
    C(d, "killed", 50, "at_least", "«не менее 50»", "several media outlets", "media", "unconfirmed", stext="Ряд изданий", **P)
    C(d, "killed", 50, "at_least", "назвал эти сообщения недостоверными", "Investigative Committee", "official", "denied", stext="Следственный комитет", **P)
    C(d, "deployed", 1400, "more_than", "более 1 400 спасателей", **P)

    # ================================================================ Chernihiv missile strike, 17 April 2024
    P = dict(place=CHN, date=D_CH)
    d = "chernihiv_timeline_uk.md"
    CA = dict(src="regional military administration head Viacheslav Chaus", stype="official", stext="Голова ОВА В'ячеслав Чаус", **P)
    C(d, "killed", 10, "at_least", "загинули щонайменше 10 людей", **CA)
    C(d, "injured", 20, "exact", "ще 20 поранені", **CA)
    C(d, "killed", 13, "exact", "загинули 13 людей", "President Volodymyr Zelensky", "official", stext="Президент Володимир Зеленський", **P)
    PO = dict(src="Chernihiv regional police", stype="official", stext="Поліція Чернігівщини", **P)
    C(d, "killed", 14, "exact", "кількість загиблих зросла до 14", **PO)
    C(d, "injured", 60, "more_than", "поранено понад 60 людей", **PO)
    C(d, "injured", 3, "exact", "з них 3 дітей", group="children", **PO)
    C(d, "deployed", 200, "more_than", "понад 200 рятувальників", "State Emergency Service", "official", stext="ДСНС", **P)
    MH = dict(src="Health Ministry", stype="official", stext="МОЗ", **P)
    C(d, "injured", 38, "exact", "у лікарнях перебувають 38 поранених", **MH)
    C(d, "injured", 7, "exact", "7 — у важкому стані", **MH)
    MV = dict(src="Chernihiv city military administration", stype="official", stext="Чернігівська МВА", **P)
    C(d, "killed", 16, "exact", "загиблих 16", **MV)
    C(d, "injured", 61, "exact", "поранених 61", **MV)
    C(d, "killed", 100, "more_than", "«знищив понад 100 військових»", "Russian Z channels", "social_media", "unconfirmed", group="soldiers", stext="Російські Z-канали", **P)
    C(d, "killed", 100, "more_than", "назвав це фейком", "Centre for Countering Disinformation", "official", "denied", group="soldiers", stext="Центр протидії дезінформації", **P)
    LO = dict(src="Oleksandr Lomako", stype="official", stext="Ломако", **P)
    C(d, "killed", 17, "exact", "кількість загиблих зросла до 17", **LO)
    C(d, "injured", 61, "exact", "поранених — 61", **LO)
    C(d, "buildings_damaged", 3, "exact", "Пошкоджено 3 багатоповерхівки", **LO)
    C(d, "buildings_damaged", 1, "exact", "1 готель", **LO)
    C(d, "buildings_damaged", 6, "exact", "6 приватних будинків", **LO)
    C(d, "killed", 25, "at_least", "«щонайменше 25»", "volunteer group Chernihiv Shield", "ngo", "unconfirmed", stext="Волонтерська група «Чернігівський щит»", **P)
    C(d, "killed", 1, "exact", "помер ще один поранений", **P)
    C(d, "killed", 18, "exact", "загиблих 18", **P)
    C(d, "injured", None, "vague", "«десятки» поранених", "a local resident", "eyewitness", stext="Місцевий мешканець", **P)
    MV2 = dict(src="Chernihiv city military administration", stype="official", stext="МВА", **P)
    C(d, "vehicles_damaged", 42, "exact", "пошкоджено 42 автомобілі", **MV2)
    C(d, "vehicles_damaged", 8, "exact", "8 з них знищено", **MV2)
    C(d, "killed", 10, "exact", "ОВА (17 квітня, ранок) | 10", "regional military administration", "official", stext="ОВА", **P)
    C(d, "injured", 20, "exact", "ОВА (17 квітня, ранок) | 10 | 20", "regional military administration", "official", stext="ОВА", **P)
    C(d, "killed", 14, "exact", "Поліція (17 квітня, день) | 14", "police", "official", stext="Поліція", **P)
    C(d, "injured", 60, "more_than", "Поліція (17 квітня, день) | 14 | понад 60", "police", "official", stext="Поліція", **P)
    C(d, "killed", 17, "exact", "МВА (18 квітня) | 17", **MV2)
    C(d, "injured", 61, "exact", "МВА (18 квітня) | 17 | 61", **MV2)
    C(d, "killed", 18, "exact", "МВА (19 квітня) | 18", **MV2)
    C(d, "injured", 78, "exact", "МВА (19 квітня) | 18 | 78", **MV2)
    C(d, "buildings_damaged", 20, "about", "пошкоджено близько 20 житлових будинків", **MV2)

    w = "chernihiv_wiki_en.atom#chn-wp"
    SU = dict(src="Suspilne", stype="media", **P)
    C(w, "killed", 18, "exact", "fatalities = 18", **SU)
    C(w, "killed", 18, "exact", "Chernihiv strike death toll rises to 18", **SU)
    C(w, "injured", 78, "exact", "injuries   = 78", **P)
    C(w, "killed", 17, "at_least", "killing at least 17 people", **P)
    C(w, "injured", 60, "more_than", "injuring more than 60", **P)
    C(w, "killed", 13, "exact", "Russian missile strike on Chernihiv kills 13", "Reuters", "media", **P)
    C(w, "killed", 13, "exact", "initially reported 13 dead", "President Volodymyr Zelensky", "official", **P)
    C(w, "killed", 1, "exact", "one more wounded man had died in hospital", "the city military administration", "official", **P)
    C(w, "killed", 100, "more_than", "more than 100 soldiers were killed", "Russian war bloggers", "social_media", "unconfirmed", group="soldiers", **P)
    C(w, "killed", 100, "more_than", "called the claim fake", "Centre for Countering Disinformation", "official", "denied", group="soldiers", **P)
    w = "chernihiv_wiki_en.atom#chn-re"
    UN = dict(src="The UN monitoring mission in Ukraine", stype="official", **P)
    C(w, "killed", 17, "at_least", "at least 17 civilians had been killed", **UN)
    C(w, "killed", 1, "exact", "including a child", group="children", **UN)
    C(w, "injured", 60, "about", "about 60 injured", **UN)

    f = "chernihiv_articles_ru.jsonl#"
    C(f + "c1", "killed", 13, "exact", "Удар по Чернигову: погибли 13 человек", **P)
    C(f + "c1", "injured", 60, "more_than", "ранены более 60", **P)
    C(f + "c1", "killed", 13, "exact", "Владимира Зеленского, погибли 13 человек", "President Volodymyr Zelensky", "official", stext="президента Украины Владимира Зеленского", **P)
    NP = dict(src="National Police", stype="official", stext="Национальная полиция", **P)
    C(f + "c1", "injured", 60, "more_than", "пострадали более 60 человек", **NP)
    C(f + "c1", "injured", 3, "exact", "среди них трое детей", group="children", **NP)
    C(f + "c1", "killed", 150, "at_most", "«до 150 военных»", "Russian military bloggers", "social_media", "unconfirmed", group="soldiers", stext="Российские военные блогеры", **P)
    C(f + "c1", "killed", 150, "at_most", "назвала это ложью", "the Ukrainian side", "official", "denied", group="soldiers", stext="украинская сторона", **P)
    C(f + "c2", "killed", 18, "exact", "Число погибших в Чернигове выросло до 18", **P)
    LR = dict(src="Oleksandr Lomako", stype="official", stext="Александр Ломако", **P)
    C(f + "c2", "killed", 1, "exact", "умер еще один раненый", **LR)
    C(f + "c2", "killed", 18, "exact", "Всего погибли 18 человек", **LR)
    C(f + "c2", "injured", 78, "exact", "пострадали 78", **LR)
    C(f + "c2", "killed", 17, "exact", "Ранее сообщалось о 17 погибших", "earlier reports", "unknown", stext="Ранее сообщалось", **P)
    C(f + "c2", "buildings_damaged", 20, "about", "около 20 жилых домов", **P)
    C(f + "c2", "vehicles_damaged", 42, "exact", "42 автомобиля", **P)

    # ================================================================ Yashnobod depot explosions, Tashkent, 10 July 2024
    P = dict(place=TAS, date=D_TA)
    d = "tashkent_press_en.html"  # the Uzbek Emergencies Ministry in its own voice
    C(d, "killed", 1, "exact", "1 person has died", **P)
    C(d, "injured", 162, "exact", "162 people have sought medical help", **P)
    C(d, "injured", 13, "exact", "13 of whom remain in hospital", **P)
    C(d, "killed", 2, "exact", "Earlier reports of 2 deaths", "earlier reports", "unknown", "unconfirmed", **P)
    C(d, "deployed", 500, "more_than", "More than 500 rescuers", **P)
    C(d, "killed", None, "vague", 'Messages on social networks about "dozens of dead"', "social networks", "social_media", "unconfirmed", **P)
    C(d, "killed", None, "vague", "do not correspond to reality", mod="denied", **P)
    for hosp, n, h in (("City clinical hospital No. 1", 71, 6), ("Republican emergency centre", 58, 5), ("Yashnobod district polyclinic", 33, 2), ("Total", 162, 13)):
        C(d, "injured", n, "exact", f"<td>{hosp}</td><td>{n}</td>", **P)
        C(d, "injured", h, "exact", f"<td>{n}</td><td>{h}</td>", **P)
    C(d, "buildings_damaged", 300, "about", "About 300 houses", **P)

    d = "tashkent_news_kk.txt"
    C(d, "killed", 1, "exact", "Ташкенттегі қоймада жарылыс: 1 адам қаза тапты", **P)
    C(d, "killed", 1, "exact", "салдарынан 1 адам қаза тапты", "Uzbek Emergencies Ministry", "official", stext="Өзбекстан ТЖМ-нің баспасөз қызметі", **P)
    C(d, "killed", 2, "exact", "2 адам қаза тапқан", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    TH = dict(src="Tashkent city health department", stype="official", stext="Ташкент қаласының денсаулық сақтау басқармасының", **P)
    C(d, "injured", 160, "more_than", "160-тан астам адам медициналық көмекке жүгінген", **TH)
    C(d, "injured", 13, "exact", "оның 13-і ауруханада", **TH)
    C(d, "killed", None, "vague", "«ондаған адам» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", None, "vague", "бұл ақпаратты жалған деп атады", "Uzbek Emergencies Ministry", "official", "denied", stext="Өзбекстан ТЖМ", **P)
    C(d, "deployed", 500, "more_than", "500-ден астам құтқарушы", **P)
    C(d, "detained", 3, "exact", "3 адамды ұстады", place=TAS, date="2024-07")  # the prosecutors as the subject of their own act: author

    d = "tashkent_report_uk.txt"
    C(d, "killed", 1, "exact", "Вибухи на складі в Ташкенті: загинула 1 людина", **P)
    C(d, "injured", 160, "more_than", "понад 160 постраждалих", **P)
    UM = dict(src="Uzbek Emergencies Ministry", stype="official", stext="МНС Узбекистану", **P)
    C(d, "killed", 1, "exact", "повідомило, що загинула 1 людина", **UM)
    C(d, "injured", 162, "exact", "ще 162 звернулися по медичну допомогу", **UM)
    C(d, "injured", 13, "exact", "13 людей залишаються в лікарнях", "Tashkent city health department", "official", stext="столичного управління охорони здоров'я", **P)
    C(d, "killed", 3, "exact", "писало про 3 загиблих", "Gazeta", "media", stext="«Газета»", **P)
    C(d, "injured", [200, 300], "range", "від 200 до 300", "Rukh rights centre", "ngo", "unconfirmed", stext="Правозахисний центр «Рух»", **P)
    C(d, "killed", None, "vague", "«кілька десятків загиблих»", "Telegram channels", "social_media", "unconfirmed", stext="У Telegram-каналах", **P)
    C(d, "killed", None, "vague", "назвала їх неправдивими", "Tashkent prosecutor's office", "official", "denied", stext="Прокуратура Ташкента", **P)
    C(d, "detained", 3, "exact", "затримала 3 посадовців", place=TAS, date="2024-07")
    C(d, "buildings_damaged", 300, "about", "близько 300 будинків", **P)
    C(d, "vehicles_damaged", 100, "more_than", "понад 100 автомобілів", **P)

    # ================================================================ Yerevan clashes, 1 March 2008
    P = dict(place=YER, date=D_YE)
    PM = dict(place=YER, date="2008-03")
    d = "yerevan_wiki_ru.wiki"
    RG = dict(src="Regnum", stype="media", stext="Regnum", **P)
    C(d, "killed", 10, "exact", "погибшие     = 10", **RG)
    C(d, "killed", 8, "exact", "Число погибших в Ереване достигло восьми", **RG)
    C(d, "injured", 200, "more_than", "пострадавшие = более 200", **P)
    C(d, "detained", 100, "more_than", "задержанные  = более 100", **PM)
    OF = dict(src="official data", stype="official", stext="По официальным данным", **P)
    C(d, "killed", 10, "exact", "погибли 10 человек: 8", **OF)
    C(d, "killed", 8, "exact", "8 гражданских лиц", group="civilians", **OF)
    C(d, "killed", 2, "exact", "2 сотрудника полиции", group="police", **OF)
    C(d, "killed", 10, "exact", "Генпрокуратура Армении: погибли 10 человек", "Novosti-Armenia", "media", stext="Новости-Армения", **P)
    MZ = dict(src="Health Ministry", stype="official", stext="Министерство здравоохранения", **P)
    C(d, "injured", 131, "exact", "о 131 раненом", **MZ)
    C(d, "injured", 33, "exact", "из них 33 полицейских", group="police", **MZ)
    C(d, "killed", 2, "exact", "Первоначально власти сообщали о 2 погибших", "the authorities", "official", stext="власти", **P)
    C(d, "killed", None, "vague", "«несколько десятков»", "the opposition", "opposition", "unconfirmed", stext="Оппозиция", **P)
    C(d, "killed", None, "vague", "назвала эти заявления ложью", "Prosecutor General's Office", "official", "denied", stext="Генеральная прокуратура", **P)
    C(d, "detained", 100, "more_than", "задержала более 100 человек", **PM)  # the police as the subject of its own act: author
    C(d, "convicted", 52, "exact", "приговорили 52 участника", place=YER)
    C(d, "deployed", 2000, "about", "около 2 000 военнослужащих", **P)
    C(d, "participants", [10000, 50000], "range", "от 10 до 50 тысяч человек", "various estimates", "unknown", stext="по разным оценкам", **P)

    d = "yerevan_mtblog_en.txt"
    C(d, "injured", None, "vague", "tens of people were beaten with batons", "the protesters", "activist", **P)
    C(d, "injured", 7, "exact", "7 persons were carried away to ambulance cars", "Our correspondent", "media", **P)
    MH = dict(src="Ministry of health", stype="official", **P)
    C(d, "killed", 2, "exact", "were lost 2 persons", **MH)
    C(d, "injured", 30, "more_than", "more than 30 are hospitalized", **MH)
    GP = dict(src="The office of general prosecutor", stype="official", **P)
    C(d, "killed", 8, "exact", "the number of the lost increased to 8", **GP)
    C(d, "killed", 1, "exact", "among them 1 policeman", group="police", **GP)
    C(d, "injured", 131, "exact", "Were wounded 131 persons", **GP)
    C(d, "detained", 100, "more_than", "Were detained more than 100 participants", "police", "official", **PM)
    C(d, "killed", 30, "at_least", '"not less than 30 lost"', "the opposition forum", "social_media", "unconfirmed", **P)
    C(d, "killed", 30, "at_least", 'named it "lie"', "The spokesman of the president", "official", "denied", **P)
    C(d, "killed", 10, "exact", "The number of the lost reached 10", **P)
    C(d, "injured", [150, 250], "range", "from 150 to 250 wounded", "The human rights defender's office", "official", "unconfirmed", **P)

    d = "yerevan_report_uk.txt"
    C(d, "killed", 10, "exact", "Десять загиблих у Єревані", **P)
    GA = dict(src="Prosecutor General's Office of Armenia", stype="official", stext="Генеральна прокуратура Вірменії", **P)
    C(d, "killed", 10, "exact", "загинули 10 людей", **GA)
    C(d, "killed", 2, "exact", "серед них 2 поліцейських", group="police", **GA)
    C(d, "injured", 130, "more_than", "про понад 130 поранених", "Health Ministry", "official", stext="Міністерство охорони здоров'я", **P)
    C(d, "killed", 15, "at_least", "щонайменше 15 загиблих", "opposition newspaper Haykakan Zhamanak", "opposition", stext="Опозиційна газета", **P)
    C(d, "injured", None, "vague", "«десятки» поранених від пострілів", "eyewitnesses", "eyewitness", stext="Очевидці", **P)
    C(d, "detained", 100, "more_than", "затримала понад 100 людей", **PM)  # the police as the subject of its own act: author
    C(d, "arrested", 3, "exact", "3 опозиційних депутатів заарештовано", **PM)
    C(d, "deployed", 2000, "more_than", "понад 2 тисячі військових", place=YER, date="2008-03-02")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d15g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "floods_news_kk.txt"
    T(d, "2024-04-12", "ministry: at least 3 dead in the floods", "жұма күні, 12 сәуірде")
    T(d, "2024-04-09", "ministry: no deaths", "сейсенбі күні")
    T(d, "2024-04-12T18:00", "Esil river reaches 11 metres (local time)", "Жергілікті уақыт бойынша сағат 18:00-де")
    f = "floods_feed_en.rss#"
    T(f + "fl-1", "2024-04-08", "ministry: over 4,000 homes damaged, no deaths", "the Emergency Situations Ministry said on Monday")
    T(f + "fl-1", "2024-04-06T03:00+05:00", "Zhabasak dam breaks (local time, 2200 GMT Friday)", "broke on Saturday at about 03:00 local time (2200 GMT Friday)")
    T(f + "fl-2", "2024-04-12", "ministry: at least three dead", "the Emergency Situations Ministry said on Friday")

    d = "magn_statement_ru.txt"
    T(d, "2018-12-31T06:02", "gas explosion and collapse of entrance 7 (local time)", "31 декабря 2018 года около 06:02 по местному времени")
    T(d, "2019-01-01T12:00", "status: 9 dead, 32 unaccounted for", "По состоянию на 12:00 1 января 2019 года")
    T(d, "2019-01-02T18:00", "toll 39; search ends", "По данным на 18:00 2 января")
    d = "magn_news_kk.txt"
    T(d, "2019-01-02", "ministry: toll reaches 39", "сәрсенбі күні, 2 қаңтарда")
    T(d, "2018-12-31T06:02", "explosion (local time)", "дүйсенбі күні, 31 желтоқсанда, жергілікті уақыт бойынша сағат 06:02")
    d = "magn_export_ru.xml#31822"
    T(d, "2018-12-31T06:02+05:00", "gas explosion and collapse (local time)", "в понедельник, 31 декабря 2018 года, около 06:02 по местному времени (UTC+5)")
    T(d, "2019-01-01", "toll rises to 21", "К вечеру 1 января")
    T(d, "2019-01-02", "toll rises to 39", "а 2 января")

    d = "chernihiv_timeline_uk.md"
    for day, entries in (("2024-04-17", (("08:45", "air-raid alert in Chernihiv region"), ("08:52", "explosions in the centre"), ("09:30", "Lomako: dead and wounded"), ("10:10", "Chaus: at least 10 dead, 20 wounded"), ("11:40", "Zelensky: 13 dead"), ("13:15", "police: 14 dead, over 60 wounded"), ("15:00", "rescuers free 8 people"), ("17:30", "health ministry: 38 in hospital"), ("20:00", "city administration: 16 dead, 61 wounded"), ("22:40", "Z channels claim 100 soldiers killed; called fake"))),
                         ("2024-04-18", (("08:00", "Lomako: 17 dead; damage"), ("10:30", "volunteers claim at least 25 dead"), ("14:20", "three days of mourning"), ("16:00", "residents donate blood"))),
                         ("2024-04-19", (("09:00", "a wounded man dies; toll 18"), ("12:00", "a resident's account"), ("15:30", "42 cars damaged"))),
                         ("2024-04-22", (("11:00", "police open a war-crimes case"),))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2024-04-17", "three missiles hit the centre of Chernihiv", "Вранці в середу, 17 квітня")
    T(d, "2024-04-19", "city administration: about 20 houses damaged", "повідомили в МВА 19 квітня")
    w = "chernihiv_wiki_en.atom#chn-wp"
    T(w, "2024-04-17T08:40+03:00", "missiles strike the centre of Chernihiv", "On 17 April 2024, at about 08:40 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(w, "2024-04-19", "a wounded man dies in hospital", "On 19 April")
    w = "chernihiv_wiki_en.atom#chn-re"
    T(w, "2024-04-18", "three days of mourning declared", "from 18 April 2024")
    T(w, "2024-04-18", "UN mission: at least 17 civilians killed", "on 18 April")
    T(w, "2024-04-22", "police open a war-crimes case", "on 22 April")
    f = "chernihiv_articles_ru.jsonl#"
    T(f + "c1", "2024-04-17T08:40+03:00", "missiles hit Chernihiv (Kyiv time)", "В среду утром, около 08:40 по киевскому времени")
    T(f + "c2", "2024-04-19", "Lomako: toll 18, 78 injured", "В пятницу, 19 апреля")
    T(f + "c2", "2024-04-18", "mourning in Chernihiv", "с 18 по 20 апреля")

    d = "tashkent_press_en.html"
    T(d, "2024-07-10T23:40+05:00", "fire and explosions at the Yashnobod warehouse (Tashkent time)", "On Wednesday, 10 July 2024, at about 23:40 Tashkent time (UTC+5)")
    T(d, "2024-07-11T08:00", "status: 1 dead, 162 sought help", "As of 08:00 on 11 July")
    d = "tashkent_news_kk.txt"
    T(d, "2024-07-11", "ministry: 1 dead", "бейсенбі күні, 11 шілдеде")
    T(d, "2024-07-10T23:40", "fire at the depot (local time)", "сәрсенбі күні, 10 шілдеде, жергілікті уақыт бойынша сағат 23:40")
    d = "tashkent_report_uk.txt"
    T(d, "2024-07-10T23:40", "fire and explosions at the depot (local time)", "У середу, 10 липня, близько 23:40 за місцевим часом")
    T(d, "2024-07-11", "three company officials detained", "У четвер, 11 липня")

    d = "yerevan_wiki_ru.wiki"
    T(d, "2008-03-01T06:30+04:00", "police disperse the camp on Freedom Square (Yerevan time)", "в субботу, 1 марта 2008 года, около 06:30 по ереванскому времени (UTC+4)")
    T(d, "2008-03-01", "state of emergency declared", "вечером 1 марта")
    T(d, "2008-03-03", "over 100 detained", "К 3 марта")
    d = "yerevan_mtblog_en.txt"
    T(d, "2008-03-01T07:00+04:00", "police disperse the tent camp (Yerevan time)", "01.03.2008 in 07.00 hours (Yerevan time)")
    T(d, "2008-03-01T22:00", "shooting near the Myasnikyan monument; 2 dead", "Update 01.03 22.00")
    T(d, "2008-03-02", "prosecutor: 8 dead, 131 wounded", "Update 02.03")
    T(d, "2008-03-03", "over 100 detained", "Update 03.03")
    T(d, "2008-03-05", "toll reaches 10", "Update 05.03")
    T(d, "2008-03-03", "streets empty under the emergency", "On Monday")
    d = "yerevan_report_uk.txt"
    T(d, "2008-03-01", "police disperse the camp on Freedom Square", "У суботу, 1 березня, вранці")
    T(d, "2008-03-02", "troops brought into the city", "У неділю, 2 березня")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d15t{n:03d}"
    return rows


ENTITIES = [
    ("Petropavl", "place", ["Петропавл", "Петропавлдағы", "Petropavl"]),
    ("North Kazakhstan Region", "place", ["Солтүстік Қазақстан облысындағы", "Солтүстік Қазақстан облысының"]),
    ("Aktobe Region", "place", ["Ақтөбе облысының", "Aktobe region"]),
    ("Kostanay Region", "place", ["Қостанай облысында", "Kostanay region"]),
    ("Ministry of Emergency Situations of Kazakhstan", "org", ["Төтенше жағдайлар министрлігінің", "Emergency Situations Ministry"]),
    ("Magnitogorsk", "place", ["Магнитогорске", "Магнитогорск", "Магнитогорскідегі"]),
    ("Boris Dubrovsky", "person", ["Борис Дубровский", "Дубровский, Борис Александрович"]),
    ("Russian Emergencies Ministry", "org", ["МЧС", "Ресей ТЖМ-нің"]),
    ("Chernihiv", "place", ["Чернігова", "Чернигова", "Чернигове", "Chernihiv"]),
    ("Oleksandr Lomako", "person", ["Олександр Ломако", "Александр Ломако", "Ломако"]),
    ("Volodymyr Zelensky", "person", ["Володимир Зеленський", "Владимира Зеленского", "Volodymyr Zelensky"]),
    ("Centre for Countering Disinformation", "org", ["Центр протидії дезінформації", "Centre for Countering Disinformation"]),
    ("Tashkent", "place", ["Ташкента", "Ташкенті", "Ташкент", "Tashkent"]),
    ("Yashnobod district", "place", ["Яшнобод ауданындағы", "Яшнабадському районі", "Yashnobod district"]),
    ("Uzbek Emergencies Ministry", "org", ["МНС Узбекистану", "Өзбекстан ТЖМ", "Ministry of Emergency Situations of the Republic of Uzbekistan"]),
    ("Yerevan", "place", ["Ереване", "Єревані", "Єреван", "Yerevan"]),
    ("Levon Ter-Petrosyan", "person", ["Левона Тер-Петросяна", "Тер-Петросян, Левон Акопович"]),
    ("Robert Kocharyan", "person", ["Роберт Кочарян", "Кочарян, Роберт Седракович"]),
    ("Freedom Square", "place", ["площади Свободы", "площі Свободи", "Liberty Square"]),
    ("Myasnikyan monument", "place", ["памятника Мясникяну", "monument of Myasnikyan"]),
    ("Prosecutor General's Office of Armenia", "org", ["Генеральна прокуратура Вірменії", "Генпрокуратура Армении"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset15", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
