"""Write the gold annotations of the tenth development set: tests/data/devset10/gold/devset10.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset10.py, which checks every anchor:

    python tests/data/devset10/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `shubarshi_statement_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

ZH, SHU, KEN, AKT, KIZ, CHA, KYIV = "Zhanatas", "Shubarshi", "Kenkiyak", "Aktobe Region", "Kizlyar", "Chaplyne", "Kyiv"
D_ZH, D_BRAWL = "2019-02-22", "2019-02-21"
D_SHU, D_KEN = "2011-07-01", "2011-07-08"
D_KIZ, D_CHA, D_OKH = "2018-02-18", "2022-08-24", "2024-07-08"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Zhanatas protest, Friday 22 February 2019
    P, B = dict(place=ZH, date=D_ZH), dict(place=ZH, date=D_BRAWL)
    d = "zhanatas_news_kk.txt"
    C(d, "participants", None, "vague", "Жаңатаста жүздеген тұрғын әкімдік алдына жиналды", **P)
    C(d, "participants", 300, "about", "300-ге жуық тұрғын", **P)
    C(d, "participants", 150, "about", "алаңға 150-ге жуық адам шыққан", "Zhambyl regional akimat", "official", stext="Облыс әкімдігінің", **P)
    C(d, "participants", 500, "more_than", "жиынға 500-ден астам адам қатысқан", "activists", "activist", stext="Белсенділер", **P)
    PD = dict(src="Zhambyl regional police department", stype="official", stext="Полиция департаментінің", **B)
    C(d, "injured", 4, "exact", "4 адам жарақат алды", **PD)
    C(d, "injured", 2, "exact", "оның 2-еуі ауруханаға жеткізілді", **PD)
    C(d, "killed", 1, "exact", "«қытайлық жұмысшылар бір жергілікті жігітті өлтірді»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **B)
    C(d, "killed", 1, "exact", "бұл ақпаратты жалған деп атады", "Zhambyl regional police department", "official", "denied", stext="Облыстық полиция департаменті", **B)
    C(d, "detained", 6, "exact", "6 адамды ұстады", **P)  # the police as the subject of its own act: author (devset9)

    f = "zhanatas_feed_en.rss#"
    C(f + "zh-1", "participants", None, "vague", "Hundreds rally in Kazakh town of Zhanatas", **P)
    C(f + "zh-1", "participants", None, "vague", "Several hundred residents of Zhanatas", "witnesses", "eyewitness", **P)
    C(f + "zh-1", "participants", 400, "at_least", '"at least 400 people"', "One witness", "eyewitness", **P)
    C(f + "zh-1", "participants", 150, "about", "about 150 people took part", "The regional administration", "official", **P)
    C(f + "zh-2", "detained", 12, "exact", "12 people had been detained", "Kazakhstan Bureau for Human Rights", "ngo", "unconfirmed", **P)
    C(f + "zh-2", "detained", 12, "exact", "denying reports by the Kazakhstan Bureau for Human Rights", "Police in Zhambyl region", "official", "denied", **P)
    C(f + "zh-2", "detained", 6, "exact", "six people had been briefly taken to a police station", "A police spokeswoman", "official", **P)
    C(f + "zh-2", "injured", 4, "exact", "Four people were hurt in a brawl", "the police", "official", **B)
    C(f + "zh-2", "injured", 2, "exact", "two of them were treated in hospital", "the police", "official", **B)

    f = "zhanatas_articles_ru.jsonl#"
    C(f + "z1", "participants", 300, "about", "В Жанатасе около 300 человек вышли к акимату", **P)
    C(f + "z1", "participants", 150, "about", "на площадь вышли около 150 человек", "Zhambyl regional akimat", "official", stext="По данным акимата области", **P)
    C(f + "z1", "participants", [300, 400], "range", "говорят о 300–400 участниках", "eyewitnesses", "eyewitness", stext="Очевидцы", **P)
    C(f + "z1", "injured", 4, "exact", "пострадали 4 человека", "Zhambyl regional police department", "official", stext="департамента полиции Жамбылской области", **B)
    C(f + "z1", "injured", None, "vague", "«десятки человек» были избиты", "social media", "social_media", "unconfirmed", stext="В соцсетях", **B)
    C(f + "z1", "injured", None, "vague", "в полиции эти сведения назвали преувеличенными", "police", "official", "denied", stext="в полиции", **B)
    C(f + "z2", "detained", 6, "exact", "6 человек, доставленных в отдел полиции", "Askar Myrzakhmetov, akim of Zhambyl region", "official", stext="аким области Аскар Мырзахметов", **P)
    C(f + "z2", "detained", 20, "exact", "Ранее в Telegram-каналах писали о 20 задержанных", "Telegram channels", "social_media", "unconfirmed", stext="в Telegram-каналах", **P)

    # ================================================================ Shubarshi / Kenkiyak, 1 and 8 July 2011
    S, K, A = dict(place=SHU, date=D_SHU), dict(place=KEN, date=D_KEN), dict(place=AKT, date="2011-07")
    d = "shubarshi_statement_ru.txt"  # cp1251; the KNB's press service in its own voice
    C(d, "killed", 2, "exact", "были убиты 2 сотрудника полиции", group="police", **S)
    C(d, "injured", 1, "exact", "Ещё 1 сотрудник получил ранение", group="police", **S)
    C(d, "killed", 9, "exact", "уничтожены 9 бандитов", group="attackers", **K)
    C(d, "killed", 2, "exact", "Погибли 2 военнослужащих спецподразделения", group="special forces", **K)
    C(d, "injured", 3, "exact", "ранения получили 3", group="special forces", **K)
    C(d, "detained", 4, "exact", "задержаны 4 пособника", **A)
    C(d, "killed", 20, "more_than", "«более чем 20 погибших» силовиках", "internet publications", "media", "unconfirmed", group="security forces", stext="в ряде интернет-изданий", **K)
    C(d, "killed", 20, "more_than", "Данная информация не соответствует действительности", mod="denied", group="security forces", **K)
    C(d, "deployed", 300, "more_than", "привлечены более 300 военнослужащих и сотрудников полиции", place=AKT, date=D_KEN)

    d = "shubarshi_news_kk.txt"
    C(d, "killed", 9, "exact", "Ақтөбе облысында арнайы операция: 9 адам жойылды", group="attackers", **K)
    KNB = dict(src="National Security Committee (KNB)", stype="official", stext="ҰҚК-нің", **K)
    C(d, "killed", 9, "exact", "қарулы топтың 9 мүшесі жойылды", group="attackers", **KNB)
    C(d, "killed", 2, "exact", "бөлімшесінің 2 қызметкері қаза тапты", group="special forces", **KNB)
    C(d, "killed", 2, "exact", "2 полиция қызметкері атып өлтірілген", group="police", **S)
    C(d, "killed", 3, "exact", "сол күні 3 полицей қаза тапқан", "initial reports", "unknown", group="police", stext="Алғашқы мәліметтер бойынша", **S)
    C(d, "killed", 11, "at_least", "қаза тапқандар саны 11-ден кем емес", "Respublika newspaper", "opposition", "unconfirmed", stext="«Республика» газеті", **K)
    C(d, "detained", 4, "exact", "4 адам ұсталды", "Ministry of Internal Affairs", "official", stext="Ішкі істер министрлігінің", **A)
    C(d, "deployed", 300, "more_than", "Операцияға 300-ден астам күштік құрылым қызметкері қатысты", place=AKT, date=D_KEN)

    d = "shubarshi_mtblog_en.txt"
    DVD = dict(src="DVD of the Aktyubinsk area", stype="official", group="police", **S)
    C(d, "killed", 2, "exact", "Are lost 2 policemen", **DVD)
    C(d, "injured", 1, "exact", "one is wounded", **DVD)
    C(d, "deployed", 200, "more_than", "are brought more than 200 employees of the police and military men", place=SHU, date="2011-07-02")
    KNB = dict(src="KNB", stype="official", **K)
    C(d, "killed", 9, "exact", "are destroyed 9 fighters", group="attackers", **KNB)
    C(d, "killed", 2, "exact", "are lost 2 soldiers of the special forces", group="special forces", **KNB)
    C(d, "killed", 15, "more_than", "the dead are more than 15", "The inhabitant Bolat", "eyewitness", **K)
    C(d, "killed", 11, "exact", "informs about 11 killed fighters", "The independent site", "media", "unconfirmed", group="attackers", **K)
    C(d, "killed", 3, "exact", "3 lost soldiers", "The independent site", "media", "unconfirmed", group="special forces", **K)
    MVD = dict(src="The MVD", stype="official", **A)
    C(d, "detained", 4, "exact", "are detained 4 accomplices", **MVD)
    C(d, "arrested", 1, "exact", "1 from them is arrested by court", **MVD)
    C(d, "injured", 5, "about", "suffered peaceful inhabitants, about 5 persons", "social networks", "social_media", "unconfirmed", group="civilians", **K)
    C(d, "injured", 5, "about", "the akimat of the area called it the lie", "the akimat of the area", "official", "denied", group="civilians", **K)

    # ================================================================ Kizlyar church shooting, Sunday 18 February 2018
    P = dict(place=KIZ, date=D_KIZ)
    d = "kizlyar_export_ru.xml#71044"
    TASS = dict(src="TASS", stype="media", stext="ТАСС", **P)
    C(d, "killed", 5, "exact", "погибшие         = 5", **TASS)
    C(d, "killed", 5, "exact", "Число погибших при стрельбе в Кизляре выросло до пяти", **TASS)
    C(d, "injured", 5, "exact", "раненые          = 5", **P)
    NAK = dict(src="National Antiterrorism Committee", stype="official", stext="Национального антитеррористического комитета", **P)
    C(d, "killed", 4, "exact", "погибли 4 женщины", **NAK)
    C(d, "injured", 4, "exact", "ещё 4 человека получили ранения", **NAK)
    C(d, "injured", 2, "exact", "в том числе 2 сотрудника полиции", group="police", **NAK)
    C(d, "killed", 4, "exact", "НАК: при нападении в Кизляре погибли четыре человека", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "killed", 5, "exact", "число погибших выросло до 5", "Dagestan Health Ministry", "official", stext="Минздрав Дагестана", **P)
    C(d, "killed", 1, "exact", "Нападавший был ликвидирован", group="attackers", **P)
    C(d, "killed", None, "vague", "«десятках убитых» прихожан", "social networks", "social_media", "unconfirmed", stext="в социальных сетях", **P)
    C(d, "killed", None, "vague", "назвало эти сообщения ложными", "Dagestan Interior Ministry", "official", "denied", stext="МВД по Дагестану", **P)
    C(d, "detained", 1, "exact", "задержан 1 знакомый нападавшего", "Investigative Committee of Russia", "official", stext="Следственного комитета", place=KIZ, date="2018-02")

    d = "kizlyar_news_kk.txt"
    C(d, "killed", 5, "exact", "Дағыстандағы шіркеу маңындағы атыс: 5 адам қаза тапты", **P)
    NAK = dict(src="National Antiterrorism Committee", stype="official", stext="Ресей Ұлттық антитеррорлық комитетінің", **P)
    C(d, "killed", 5, "exact", "шабуыл салдарынан 5 әйел қаза тапты", **NAK)
    C(d, "injured", 5, "exact", "5 адам жараланды", **NAK)
    C(d, "injured", 2, "exact", "олардың 2-еуі полиция қызметкері", group="police", **NAK)
    C(d, "killed", 4, "exact", "4 адам қаза тапқан", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 1, "exact", "Шабуылдаушы оқиға орнында жойылды", group="attackers", **P)
    C(d, "injured", 30, "more_than", "«30-дан астам адам» жараланды", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "injured", 30, "more_than", "бұл мәліметті жоққа шығарды", "Dagestan Health Ministry", "official", "denied", stext="Дағыстан денсаулық сақтау министрлігі", **P)
    C(d, "injured", 3, "exact", "Ауруханада 3 адам емделіп жатыр", **P)

    # ================================================================ Chaplyne railway station strike, Wednesday 24 August 2022
    P = dict(place=CHA, date=D_CHA)
    d = "chaplyne_timeline_uk.md"
    RZ = dict(src="Valentyn Reznichenko, head of the Dnipropetrovsk regional military administration", stype="official", stext="Резніченко", **P)
    C(d, "killed", 1, "exact", "загинула дитина, 11-річний хлопчик", group="children", **RZ)
    ZE = dict(src="President Volodymyr Zelenskyy", stype="official", stext="Володимир Зеленський", **P)
    C(d, "killed", 15, "exact", "у Чаплиному загинули 15 людей", **ZE)
    C(d, "injured", 50, "about", "ще приблизно 50 поранені", **ZE)
    C(d, "killed", 22, "exact", "кількість загиблих зросла до 22", **RZ)
    C(d, "killed", 2, "exact", "серед них 2 дітей", group="children", **RZ)
    C(d, "vehicles_damaged", 5, "exact", "Згоріли 5 вагонів", **RZ)
    UZ = dict(src="Ukrzaliznytsia", stype="company", stext="Укрзалізниця", **P)
    C(d, "killed", 22, "exact", "загиблих 22, поранених 31", **UZ)
    C(d, "injured", 31, "exact", "поранених 31", **UZ)
    SES = dict(src="State Emergency Service of Ukraine", stype="official", stext="ДСНС", **P)
    C(d, "killed", 25, "exact", "загинули 25 людей, серед них двоє дітей", **SES)
    C(d, "killed", 2, "exact", "серед них двоє дітей", group="children", **SES)
    C(d, "injured", 31, "exact", "31 людина дістала поранення", **SES)
    C(d, "deployed", 80, "exact", "залучили 80 рятувальників", **SES)
    C(d, "killed", None, "vague", "«сотні загиблих військових»", "Telegram channels", "social_media", "unconfirmed", group="soldiers", stext="Telegram-канали", **P)
    C(d, "killed", 200, "more_than", "знищено понад 200 військовослужбовців ЗСУ", "Russian Ministry of Defence", "official", group="soldiers", stext="Міноборони Росії", **P)
    C(d, "killed", 200, "more_than", "назвав заяву Міноборони Росії брехнею", "spokesman of the Operational Command East", "official", "denied", group="soldiers", stext="Речник ОК «Схід»", **P)
    DOC = dict(src="doctors of the Mechnikov regional hospital", stype="eyewitness", stext="Лікарі обласної лікарні імені Мечникова", **P)
    C(d, "injured", 9, "exact", "у лікарні залишаються 9 постраждалих", **DOC)
    C(d, "injured", 4, "exact", "з них 4 у важкому стані", **DOC)
    RVA = dict(src="Synelnykove district military administration", stype="official", stext="Синельниківська РВА", **P)
    C(d, "buildings_damaged", 5, "exact", "пошкоджено 5 приватних будинків", **RVA)
    C(d, "vehicles_damaged", 5, "exact", "згоріли 5 автомобілів", **RVA)
    C(d, "killed", 30, "at_least", "загиблих «щонайменше 30»", "civic initiative Chaplyne Together", "ngo", "unconfirmed", stext="Громадська ініціатива «Чаплине разом»", **P)
    C(d, "missing", 2, "exact", "ще 2 людей вважають зниклими безвісти", "police", "official", stext="Поліція", **P)
    C(d, "deployed", 40, "more_than", "залучили понад 40 залізничників", "Ukrzaliznytsia", "company", stext="Укрзалізниця", place=CHA, date="2022-08-28")
    C(d, "killed", 15, "exact", "| Президент Зеленський | 24 серпня | 15", **ZE | {"stext": "Президент Зеленський"})
    C(d, "injured", 50, "exact", "| Президент Зеленський | 24 серпня | 15 | 50", **ZE | {"stext": "Президент Зеленський"})
    C(d, "killed", 22, "exact", "| Дніпропетровська ОВА | 24 серпня | 22", "Dnipropetrovsk regional military administration", "official", stext="Дніпропетровська ОВА", **P)
    C(d, "killed", 25, "exact", "| ДСНС | 25 серпня | 25", **SES)
    C(d, "injured", 31, "exact", "| ДСНС | 25 серпня | 25 | 31", **SES)
    C(d, "killed", 200, "more_than", "| Міноборони РФ | 25 серпня | понад 200", "Russian Ministry of Defence", "official", group="soldiers", stext="Міноборони РФ", **P)

    f = "chaplyne_wiki_en.atom#"
    RE = dict(src="Reuters", stype="media", **P)
    C(f + "ch-wp", "killed", 25, "exact", "deaths     = 25", **RE)
    C(f + "ch-wp", "killed", 25, "exact", "Russian strike on Ukrainian railway station kills 25", **RE)
    C(f + "ch-wp", "injured", 31, "exact", "injuries   = 31", **P)
    C(f + "ch-wp", "killed", 15, "exact", "said 15 people had been killed", "President Volodymyr Zelenskyy", "official", **P)
    C(f + "ch-wp", "killed", 15, "exact", "Zelenskyy says 15 killed in rail station strike", "AP", "media", **P)
    SES = dict(src="State Emergency Service", stype="official", **P)
    C(f + "ch-wp", "killed", 25, "exact", "the toll had risen to 25", **SES)
    C(f + "ch-wp", "killed", 2, "exact", "including two children", group="children", **SES)
    C(f + "ch-wp", "vehicles_damaged", 5, "exact", "Five passenger carriages burned", **SES)
    C(f + "ch-wp", "killed", 200, "more_than", "had killed more than 200 Ukrainian reservists", "Russian Ministry of Defence", "official", group="soldiers", **P)
    C(f + "ch-wp", "killed", 200, "more_than", "Ukrainian officials rejected the claim as false", "Ukrainian officials", "official", "denied", group="soldiers", **P)
    C(f + "ch-wp", "killed", 22, "at_least", "verified at least 22 civilian deaths", "United Nations human rights monitoring mission", "official", group="civilians", **P)
    C(f + "ch-town", "killed", 25, "exact", "killed 25 people", **P)
    C(f + "ch-town", "killed", 25, "exact", "Death toll in Chaplyne rises to 25", "Ukrainska Pravda", "media", **P)
    C(f + "ch-town", "buildings_damaged", 5, "exact", "5 houses had been destroyed", "local authorities", "official", **P)

    d = "chaplyne_news_uk.txt"
    C(d, "killed", 25, "exact", "Удар по Чаплиному: кількість загиблих зросла до 25", **P)
    SES = dict(src="State Emergency Service of Ukraine", stype="official", stext="ДСНС", **P)
    C(d, "killed", 25, "exact", "Кількість загиблих унаслідок ракетного удару по селищу Чаплине на Дніпропетровщині зросла до 25", **SES)
    C(d, "killed", 2, "exact", "серед них двоє дітей", group="children", **SES)
    C(d, "injured", 31, "exact", "Ще 31 людина дістала поранення", **SES)
    C(d, "killed", 22, "exact", "Укрзалізниця повідомляла про 22 загиблих", "Ukrzaliznytsia", "company", stext="Укрзалізниця", **P)
    C(d, "killed", 200, "more_than", "Росія заявила про знищення «понад 200» українських військових", "Russia", "official", group="soldiers", stext="Росія", **P)
    C(d, "killed", 200, "more_than", "назвав ці заяви черговою брехнею", "spokesman of the Operational Command East", "official", "denied", group="soldiers", stext="Речник ОК «Схід»", **P)

    # ================================================================ Okhmatdyt hospital strike, Kyiv, Monday 8 July 2024
    P = dict(place=KYIV, date=D_OKH)
    d = "okhmatdyt_press_en.html"  # the Ministry of Health in its own voice
    C(d, "killed", 2, "exact", "Two adults were killed at the hospital", **P)
    C(d, "injured", 16, "exact", "16 people were injured, 7 of them children", **P)
    C(d, "injured", 7, "exact", "7 of them children", group="children", **P)
    C(d, "injured", 3, "exact", "Three of the injured children remain in intensive care", group="children", **P)
    C(d, "deployed", 100, "more_than", "sent more than 100 rescuers to the site", "The State Emergency Service", "official", **P)
    C(d, "killed", None, "vague", '"dozens of children" were killed at the hospital', "messengers", "social_media", "unconfirmed", group="children", **P)
    C(d, "killed", None, "vague", "were killed at the hospital are false", mod="denied", group="children", **P)
    C(d, "killed", 2, "exact", "<td>Okhmatdyt hospital</td><td>2</td>", **P)
    C(d, "injured", 16, "exact", "<td>2</td><td>16</td>", **P)
    C(d, "killed", 31, "exact", "<td>Other districts of Kyiv</td><td>31</td>", **P)
    C(d, "injured", 105, "exact", "<td>31</td><td>105</td>", **P)
    C(d, "killed", 33, "exact", "<td>Total, Kyiv</td><td>33</td>", **P)
    C(d, "injured", 121, "exact", "<td>33</td><td>121</td>", **P)

    d = "okhmatdyt_report_uk.txt"
    C(d, "killed", 2, "exact", "Удар по «Охматдиту»: загинули двоє дорослих", **P)
    C(d, "killed", 1, "exact", "повідомив про 1 загиблу в лікарні", "Kyiv mayor Vitali Klitschko", "official", stext="Віталій Кличко", **P)
    MOZ = dict(src="Ministry of Health of Ukraine", stype="official", stext="МОЗ", **P)
    C(d, "killed", 2, "exact", "загинули 2 людини", **MOZ)
    C(d, "injured", 16, "exact", "Поранено 16 людей", **MOZ)
    C(d, "injured", 7, "exact", "з них 7 дітей", group="children", **MOZ)
    C(d, "missing", 3, "at_most", "можуть перебувати до 3 людей", "State Emergency Service of Ukraine", "official", "unconfirmed", stext="Рятувальники ДСНС", **P)
    PO = dict(src="Serhiy Popko, head of the Kyiv city military administration", stype="official", stext="Сергій Попко", **P)
    C(d, "killed", 27, "exact", "загалом у столиці загинули 27 людей", **PO)
    C(d, "injured", 82, "exact", "82 поранені", **PO)
    C(d, "killed", 33, "exact", "кількість загиблих у Києві зросла до 33", **PO)
    C(d, "missing", 100, "more_than", "«понад 100 дітей під завалами»", "Telegram channels", "social_media", "unconfirmed", group="children", stext="У Telegram-каналах", **P)
    C(d, "missing", 100, "more_than", "назвали це неправдою", "Ministry of Health of Ukraine", "official", "denied", group="children", stext="У МОЗ", **P)

    d = "okhmatdyt_wiki_ru.wiki"
    UP = dict(src="Ukrainska Pravda", stype="media", stext="Украинская правда", **P)
    C(d, "killed", 2, "exact", "погибшие     = 2", **UP)
    C(d, "killed", 2, "exact", "В «Охматдете» погибли двое взрослых", **UP)
    C(d, "injured", 16, "exact", "раненые      = 16", **P)
    MOZ = dict(src="Ministry of Health of Ukraine", stype="official", stext="Министерства здравоохранения Украины", **P)
    C(d, "killed", 2, "exact", "в больнице погибли 2 взрослых", **MOZ)
    C(d, "injured", 16, "exact", "ещё 16 человек ранены", **MOZ)
    C(d, "injured", 7, "exact", "из них 7 детей", group="children", **MOZ)
    IU = dict(src="Interfax-Ukraine", stype="media", stext="Интерфакс-Украина", **P)
    C(d, "injured", 16, "exact", "Минздрав: в «Охматдете» ранены 16 человек", **IU)
    C(d, "injured", 7, "exact", "из них семеро детей", group="children", **IU)
    C(d, "killed", 1, "exact", "Первоначально городские власти сообщали об 1 погибшей", "city authorities", "official", stext="городские власти", **P)
    C(d, "killed", 33, "exact", "в Киеве погибли 33 человека", **P)
    C(d, "killed", 33, "exact", "Число погибших в Киеве выросло до 33", **IU)
    C(d, "killed", None, "vague", "«сотнях погибших детей»", "social networks", "social_media", "unconfirmed", group="children", stext="В соцсетях", **P)
    C(d, "killed", None, "vague", "назвал их фейком", "Ministry of Health of Ukraine", "official", "denied", group="children", stext="Минздрав Украины", **P)
    C(d, "charged", 1, "exact", "сообщила о подозрении 1 российскому командиру", "Security Service of Ukraine", "official", stext="СБУ", place=KYIV, date="2024-07-12")
    C(d, "buildings_damaged", 5, "exact", "повреждены 5 корпусов больницы", "Kyiv police", "official", stext="полиции Киева", **P)

    for i, r in enumerate(rows, 1):
        r["id"] = f"d10g{i:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "zhanatas_news_kk.txt"
    T(d, "2019-02-22", "residents rally at the akimat in Zhanatas", "Жұма күні, 22 ақпанда")
    T(d, "2019-02-22T10:00", "rally begins (local time)", "Жергілікті уақыт бойынша сағат 10:00 шамасында")
    T(d, "2019-02-21", "brawl at the wind farm site", "бір күн бұрын")
    T(d, "2019-02-23", "governor meets residents", "Сенбі күні, 23 ақпанда")
    f = "zhanatas_feed_en.rss#"
    T(f + "zh-1", "2019-02-22", "hundreds rally in Zhanatas", "on Friday")
    T(f + "zh-1", "2019-02-22T10:00+06:00", "protest begins (local time, 0400 GMT)", "at around 10:00 local time (0400 GMT)")
    T(f + "zh-2", "2019-02-24", "police deny mass detentions", "said on Sunday")
    T(f + "zh-2", "2019-02-22", "six people briefly held", "on Friday")
    T(f + "zh-2", "2019-02-21", "brawl between local and Chinese workers", "on Thursday")
    f = "zhanatas_articles_ru.jsonl#"
    T(f + "z1", "2019-02-22", "residents gather at the akimat", "В пятницу, 22 февраля")
    T(f + "z1", "2019-02-21", "brawl at the construction site", "в четверг")
    T(f + "z2", "2019-02-23", "akim meets residents", "В субботу, 23 февраля")
    T(f + "z2", "2019-02-22", "six people taken to the police and released", "в пятницу")

    d = "shubarshi_statement_ru.txt"
    T(d, "2011-07-01", "two police officers killed near Shubarshi", "1 июля 2011 года")
    T(d, "2011-07-08T05:30", "special operation near Kenkiyak (local time)", "8 июля около 05:30 по местному времени")
    T(d, "2011-07-11T10:00", "status: search continues", "По состоянию на 10:00 11 июля")
    d = "shubarshi_news_kk.txt"
    T(d, "2011-07-08", "special operation near Kenkiyak", "8 шілдеде")
    T(d, "2011-07-01", "two police officers shot near Shubarshi", "1 шілдеде")
    T(d, "2011-07-11", "farewell to the soldiers in Aktobe", "Дүйсенбі күні, 11 шілдеде")
    d = "shubarshi_mtblog_en.txt"
    T(d, "2011-07-01", "police patrol shot near Shubarshi", "01.07.2011")
    T(d, "2011-07-02", "police and troops brought to the village", "02.07.2011")
    T(d, "2011-07-08T05:30", "special operation begins near Kenkiyak", "08.07.2011 in 05.30 (local time)")
    T(d, "2011-07-09", "independent site: 11 fighters and 3 soldiers dead", "Update 09.07.")
    T(d, "2011-07-12", "MVD: 4 detained, 1 arrested", "Update 12.07.")

    d = "kizlyar_export_ru.xml#71044"
    T(d, "2018-02-18T16:20+03:00", "gunman attacks parishioners at the church (Moscow time)", "в воскресенье, 18 февраля 2018 года, около 16:20 по московскому времени (UTC+3)")
    T(d, "2018-02-18", "health ministry: toll rises to 5", "Вечером того же дня")
    T(d, "2018-02-19", "mourning in Kizlyar", "В понедельник, 19 февраля")
    d = "kizlyar_news_kk.txt"
    T(d, "2018-02-18", "gunman fires at people leaving the church", "жексенбі күні, 18 ақпанда")
    T(d, "2018-02-18T16:20+03:00", "attack (Moscow time)", "Мәскеу уақыты бойынша сағат 16:20 шамасында")
    T(d, "2018-02-19", "mourning day in Kizlyar", "Дүйсенбі күні")

    d = "chaplyne_timeline_uk.md"
    T(d, "2022-08-24", "missile strike on Chaplyne station", "24 серпня 2022 року")
    for day, entries in (("2022-08-24", (("15:40", "first reports of explosions at the station"), ("16:30", "governor: a boy killed"), ("18:10", "Zelenskyy: 15 dead, about 50 injured"), ("19:30", "governor: 22 dead incl. 2 children"), ("21:00", "Ukrzaliznytsia: 22 dead, 31 injured"))),
                         ("2022-08-25", (("08:00", "SES: search over, 25 dead"), ("10:15", "Telegram claims hundreds of soldiers dead"), ("11:40", "Russian MoD claims over 200 soldiers killed"), ("12:20", "OC East calls the claim a lie"), ("13:00", "doctors: 9 in hospital"), ("17:30", "district administration: damage"))),
                         ("2022-08-26", (("11:00", "prosecutors open a war crimes case"), ("14:00", "civic initiative: at least 30 dead"), ("16:45", "police: 2 missing")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2022-08-27T12:00+03:00", "funeral of the first victims", "субота, 27 серпня, 12:00")
    T(d, "2022-08-28T09:00+03:00", "train traffic restored", "неділя, 28 серпня, 09:00")
    f = "chaplyne_wiki_en.atom#"
    T(f + "ch-wp", "2022-08-24T15:40+03:00", "missiles strike Chaplyne station (EEST)", "at about 15:40 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(f + "ch-wp", "2022-08-25", "toll rises to 25", "By the next morning")
    T(f + "ch-town", "2022-08-24", "missile strike on the station", "On 24 August 2022")
    T(f + "ch-town", "2022-08-27", "authorities: 5 houses destroyed", "On 27 August")
    d = "chaplyne_news_uk.txt"
    T(d, "2022-08-25", "SES: toll 25", "у четвер, 25 серпня")
    T(d, "2022-08-24", "Ukrzaliznytsia: 22 dead", "Напередодні ввечері")
    T(d, "2022-08-27", "funerals", "у суботу, 27 серпня")

    d = "okhmatdyt_press_en.html"
    T(d, "2024-07-08T10:45+03:00", "missile hits Okhmatdyt (Kyiv time)", "On the morning of Monday, 8 July 2024, at about 10:45 Kyiv time")
    T(d, "2024-07-09T09:00", "status of the casualty table", "as of 09:00, 9 July")
    d = "okhmatdyt_report_uk.txt"
    T(d, "2024-07-08T10:45", "missile hits Okhmatdyt", "У понеділок, 8 липня, близько 10:45")
    T(d, "2024-07-08", "Popko: 27 dead in Kyiv", "Увечері 8 липня")
    T(d, "2024-07-09", "Kyiv toll rises to 33", "Наступного дня")
    T(d, "2024-07-09", "day of mourning in Kyiv", "Вівторок, 9 липня")
    d = "okhmatdyt_wiki_ru.wiki"
    T(d, "2024-07-08T10:45+03:00", "missile strike on Okhmatdyt (Kyiv time)", "8 июля 2024 года около 10:45 по киевскому времени (UTC+3)")
    T(d, "2024-07-12", "SBU: notice of suspicion to a Russian commander", "12 июля 2024 года")

    for i, r in enumerate(rows, 1):
        r["id"] = f"d10t{i:03d}"
    return rows


ENTITIES = [
    ("Zhanatas", "place", ["Жаңатас", "Жанатасе", "Жанатаса", "Zhanatas"]),
    ("Zhambyl Region", "place", ["Жамбыл облысы", "Жамбылской области", "Zhambyl region"]),
    ("Askar Myrzakhmetov", "person", ["Асқар Мырзахметов", "Аскар Мырзахметов"]),
    ("Kazakhstan International Bureau for Human Rights", "org", ["Kazakhstan Bureau for Human Rights", "Казахстанского бюро по правам человека"]),
    ("Shubarshi", "place", ["Шубарши", "Шұбаршы", "Shubarshi"]),
    ("Kenkiyak", "place", ["Кенкияк", "Кеңқияқ", "Kenkiyak"]),
    ("National Security Committee of Kazakhstan", "org", ["КНБ", "KNB", "Комитета национальной безопасности"]),
    ("Aktobe Region", "place", ["Актюбинской области", "Ақтөбе облысы", "Aktyubinsk area"]),
    ("Kizlyar", "place", ["Кизляр", "Кизляре", "Қызляр", "Қызлярда"]),
    ("Dagestan", "place", ["Дагестан", "Дагестане", "Дағыстан"]),
    ("National Antiterrorism Committee", "org", ["НАК", "Национального антитеррористического комитета", "Ұлттық антитеррорлық комитетінің"]),
    ("Chaplyne", "place", ["Чаплине", "Чаплиному", "Chaplyne"]),
    ("Valentyn Reznichenko", "person", ["Валентин Резніченко", "Резніченко", "Валентина Резніченка"]),
    ("Volodymyr Zelenskyy", "person", ["Володимир Зеленський", "Зеленський", "Volodymyr Zelenskyy", "Zelenskyy"]),
    ("State Emergency Service of Ukraine", "org", ["ДСНС", "State Emergency Service"]),
    ("Ukrzaliznytsia", "org", ["Укрзалізниця", "Укрзалізниці"]),
    ("Russian Ministry of Defence", "org", ["Міноборони Росії", "Russian Ministry of Defence", "Министерство обороны России"]),
    ("Kyiv", "place", ["Києві", "Kyiv", "Киев", "Киеве"]),
    ("Okhmatdyt", "org", ["Охматдит", "Охматдет", "Okhmatdyt"]),
    ("Ministry of Health of Ukraine", "org", ["МОЗ", "Ministry of Health of Ukraine", "Министерства здравоохранения Украины", "Минздрав Украины"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset10", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
