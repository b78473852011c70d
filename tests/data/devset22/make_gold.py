"""Write the gold annotations of the twenty-second development set: tests/data/devset22/gold/devset22.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset22.py, which checks every anchor:

    python tests/data/devset22/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `zapor_report_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

TGZ, DAG, DER, MAK, SRG = "Tengiz", "Derbent; Makhachkala", "Derbent", "Makhachkala", "Sergokala district"
ZAP, KHJ, STP = "Zaporizhzhia", "Khujand", "Stepanakert"
D_TG = "2019-06-29"
D_DG = "2024-06-23"
D_ZP, D_ZP32 = "2022-09-30", ["2022-09-30", "2022-10-08"]  # the 32nd victim died in hospital on 8 October
D_KH = ["2018-11-07", "2018-11-08"]  # the riot ran through the night of 7-8 November
D_ST, D_ST170, D_ST218 = "2023-09-25", ["2023-09-25", "2023-09-28"], ["2023-09-25", "2023-12-22"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Tengiz camp brawl, Saturday 29 June 2019
    P = dict(place=TGZ, date=D_TG)
    FW = "foreign workers"
    d = "tengiz_news_kk.txt"
    C(d, "injured", 40, "about", "40-қа жуық адам зардап шекті", **P)
    HD = dict(src="Atyrau regional health department", stype="official", stext="Облыстық денсаулық сақтау басқармасының мәліметінше", **P)
    C(d, "injured", 40, "exact", "медициналық көмекке 40 адам жүгінген", **HD)
    C(d, "injured", 8, "exact", "оның ішінде 8-і ауруханаға жатқызылды", **HD)
    C(d, "injured", 30, "exact", "30 адамның жарақат алғанын хабарлаған", "Atyrau regional administration", "official", stext="Облыс әкімдігі", **P)
    C(d, "injured", None, "vague", "мердігер ұйымның бірнеше қызметкері жарақат алғанын", "Tengizchevroil", "company", group="contractor employees", stext="«Теңізшевройл» компаниясы", **P)
    C(d, "participants", 10000, "more_than", "төбелеске 10 мыңнан астам жұмысшы қатысты", "opposition DVK movement", "opposition", stext="Оппозициялық ҚДТ қозғалысы", **P)
    C(d, "killed", 2, "exact", "«екі шетелдік жұмысшы көз жұмды»", "social media", "social_media", "unconfirmed", group=FW, stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 2, "exact", "Облыстық полиция департаменті бұл ақпаратты жалған деп атады", "Atyrau regional police department", "official", "denied", group=FW, stext="Облыстық полиция департаменті", **P)
    C(d, "deployed", 300, "about", "300-ге жуық полиция қызметкері мен Ұлттық ұлан әскери қызметшісі жіберілді", **P)
    C(d, "detained", 3, "exact", "үш адам ұсталды", place=TGZ, date="2019-06")

    f = "tengiz_feed_en.rss#"
    C(f + "tgz-1", "injured", 30, "exact", "Mass brawl at Kazakhstan's Tengiz oil field leaves 30 hurt", **P)
    C(f + "tgz-1", "injured", 30, "about", "Around 30 people were injured on Saturday", "Atyrau regional administration", "official", **P)
    C(f + "tgz-1", "injured", None, "vague", "several employees of a contractor were hurt", "Tengizchevroil", "company", group="contractor employees", **P)
    C(f + "tgz-1", "participants", 15000, "at_most", "put the crowd at up to 15,000 people", "a worker at the camp", "eyewitness", **P)
    HM = dict(src="Kazakh health ministry", stype="official", **P)
    C(f + "tgz-2", "injured", 45, "exact", "Kazakh health ministry raises Tengiz brawl injuries to 45", **HM)
    C(f + "tgz-2", "injured", 45, "exact", "45 people had sought medical help", **HM)
    C(f + "tgz-2", "injured", 10, "exact", "10 of whom remained in hospital", **HM)
    C(f + "tgz-2", "injured", 130, "more_than", "more than 130 Arab workers had been beaten", "Lebanese television channels", "media", "unconfirmed", group=FW, **P)
    C(f + "tgz-2", "detained", 3, "exact", "three people had been detained", "Police", "official", place=TGZ, date="2019-06")
    C(f + "tgz-2", "dismissed", 1, "exact", "it had fired the engineer who posted the photo", "Consolidated Contractors Company", "company", place=TGZ, date="2019-06")

    d = "tengiz_statement_ru.txt"  # the Atyrau regional police department in its own voice
    C(d, "injured", 40, "exact", "телесные повреждения различной степени тяжести получили 40 человек", **P)
    C(d, "injured", 38, "exact", "из них 38 — иностранные граждане", group=FW, **P)
    C(d, "injured", 12, "exact", "Госпитализированы 12 человек", **P)
    C(d, "deployed", 400, "more_than", "привлечено свыше 400 сотрудников полиции и военнослужащих Национальной гвардии", **P)
    C(d, "detained", 4, "exact", "Задержаны 4 человека", place=TGZ, date="2019-06")
    C(d, "killed", None, "vague", "информация о якобы погибших иностранцах", "social networks", "social_media", "unconfirmed", group=FW, stext="В социальных сетях", **P)
    C(d, "killed", None, "vague", "Данная информация не соответствует действительности", mod="denied", group=FW, **P)

    # ================================================================ Derbent and Makhachkala attacks, Sunday 23 June 2024
    P = dict(place=DAG, date=D_DG)
    ATT, POL, CIV, RG = "attackers", "police", "civilians", "Rosgvardia officers"
    d = "dagestan_timeline_ru.md"
    MV = dict(src="Dagestan Interior Ministry", stype="official")
    C(d, "injured", 6, "at_least", "ранены не менее 6 полицейских", group=POL, stext="МВД по Дагестану", **MV, **P)
    C(d, "killed", 2, "exact", "в Дербенте погибли двое", "Shamil Khadulaev, Public Monitoring Commission of Dagestan", "ngo", stext="Председатель Общественной наблюдательной комиссии Дагестана Шамиль Хадулаев", place=DER, date=D_DG)
    C(d, "killed", 4, "exact", "в Махачкале в ходе перестрелки ликвидированы 4 нападавших", group=ATT, stext="МВД", place=MAK, date=D_DG, **MV)
    C(d, "killed", 2, "exact", "в Дербенте — ещё 2", group=ATT, stext="МВД", place=DER, date=D_DG, **MV)
    C(d, "killed", 1, "exact", "Росгвардия подтверждает гибель одного своего сотрудника в Дербенте", "Rosgvardia", "official", group=RG, stext="Росгвардия", place=DER, date=D_DG)
    C(d, "injured", None, "vague", "несколько бойцов ранены", "Rosgvardia", "official", group=RG, stext="Росгвардия", place=DER, date=D_DG)
    ML = dict(src="Dagestan head Sergei Melikov", stype="official", stext="Глава Дагестана Сергей Меликов", **P)
    C(d, "killed", 15, "more_than", "погибли более 15 сотрудников полиции", group=POL, **ML)
    C(d, "killed", None, "vague", "а также несколько мирных жителей", group=CIV, **ML)
    C(d, "killed", 6, "exact", "«ликвидированы шесть бандитов»", group=ATT, **ML)
    C(d, "killed", 5, "exact", "сообщает о пяти «нейтрализованных» боевиках", "National Anti-Terrorism Committee", "official", group=ATT, stext="Национальный антитеррористический комитет (НАК)", **P)
    HM = dict(src="Dagestan health ministry", stype="official", stext="Минздрав Дагестана", **P)
    C(d, "injured", 25, "exact", "в больницы обратились 25 пострадавших", **HM)
    C(d, "injured", 13, "exact", "13 из них — полицейские", group=POL, **HM)
    RA = dict(src="regional authorities", stype="official", stext="Региональные власти", **P)
    C(d, "killed", 15, "exact", "погибли 15 сотрудников правоохранительных органов", group=POL, **RA)
    C(d, "killed", 4, "exact", "и 4 мирных жителя", group=CIV, **RA)
    C(d, "detained", 3, "exact", "СК сообщает о задержании трёх человек", "Investigative Committee", "official", stext="СК", place=DAG, date="2024-06-24")
    C(d, "killed", 50, "more_than", "«более чем 50 погибших»", "Telegram channels", "social_media", "unconfirmed", stext="В Telegram-каналах", **P)
    C(d, "killed", 50, "more_than", "В пресс-службе Минздрава республики назвали эти цифры фейком", "Dagestan health ministry", "official", "denied", stext="В пресс-службе Минздрава республики", **P)
    C(d, "injured", 46, "exact", "число пострадавших выросло до 46", "Dagestan health ministry", "official", stext="Минздрав", **P)
    C(d, "killed", 22, "exact", "погибших — 22", **P)
    C(d, "killed", 17, "exact", "17 полицейских и 5 мирных жителей", group=POL, **P)
    C(d, "killed", 5, "exact", "и 5 мирных жителей", group=CIV, **P)
    C(d, "killed", 5, "exact", "Тела всех пятерых нападавших", group=ATT, **P)
    C(d, "arrested", 2, "exact", "Суд в Махачкале арестовал 2 предполагаемых пособников", place=MAK, date="2024-06-25")
    C(d, "detained", None, "vague", "сообщают о «десятках» задержанных в Сергокалинском районе", "human rights defenders", "ngo", stext="Правозащитники", place=SRG, date="2024-06")
    # the table of figures per source
    r = "| МВД по Дагестану | 23.06 | — | — | 6 | 6 |"
    C(d, "killed", 6, "exact", r, "Dagestan Interior Ministry", "official", group=ATT, stext="МВД по Дагестану", **P)
    C(d, "injured", 6, "exact", r, "Dagestan Interior Ministry", "official", stext="МВД по Дагестану", **P)
    r = "| Сергей Меликов | 24.06 | более 15 | несколько | 6 | — |"
    C(d, "killed", 15, "more_than", r, "Dagestan head Sergei Melikov", "official", group=POL, stext="Сергей Меликов", **P)
    C(d, "killed", None, "vague", r, "Dagestan head Sergei Melikov", "official", group=CIV, stext="Сергей Меликов", **P)
    C(d, "killed", 6, "exact", r, "Dagestan head Sergei Melikov", "official", group=ATT, stext="Сергей Меликов", **P)
    C(d, "killed", 5, "exact", "| НАК | 24.06 | — | — | 5 | — |", "National Anti-Terrorism Committee", "official", group=ATT, stext="НАК", **P)
    C(d, "injured", 25, "exact", "| Минздрав Дагестана | 24.06 | — | — | — | 25 |", "Dagestan health ministry", "official", stext="Минздрав Дагестана", **P)
    r = "| Власти республики | 25.06 | 17 | 5 | 5 | 46 |"
    for m, v, g in (("killed", 17, POL), ("killed", 5, CIV), ("killed", 5, ATT), ("injured", 46, None)):
        C(d, m, v, "exact", r, "regional authorities", "official", group=g, stext="Власти республики", **P)

    w = "dagestan_wiki_en.atom#dag-wp"
    C(w, "killed", 22, "exact", "| fatalities  = 22 (+5 attackers)", "Interfax", "media", **P)
    C(w, "killed", 5, "exact", "22 (+5 attackers)", "Interfax", "media", group=ATT, **P)
    C(w, "injured", 46, "exact", "| injuries    = 46", **P)
    C(w, "killed", 22, "exact", "Dagestan death toll rises to 22 as police name attackers", "Interfax", "media", **P)
    C(w, "killed", 15, "at_least", "Gunmen kill at least 15 police officers in Dagestan church and synagogue attacks", "Reuters", "media", group=POL, **P)
    C(w, "killed", 15, "at_least", "at least 15 law enforcement officers", "regional authorities", "official", group=POL, **P)
    C(w, "killed", 4, "exact", "and four civilians killed", "regional authorities", "official", group=CIV, **P)
    C(w, "killed", 6, "exact", "said six attackers had been killed", "Dagestan head Sergei Melikov", "official", group=ATT, **P)
    C(w, "killed", 5, "exact", "the National Anti-Terrorism Committee gave five", "National Anti-Terrorism Committee", "official", group=ATT, **P)
    C(w, "killed", 17, "exact", "revised the toll to 17 police officers", "officials", "official", group=POL, **P)
    C(w, "killed", 5, "exact", "17 police officers and five civilians", "officials", "official", group=CIV, **P)
    C(w, "injured", 46, "exact", "with 46 people injured", "officials", "official", **P)
    C(w, "detained", 3, "exact", "Three men, including Sergokala district head Magomed Omarov, were detained", place=DAG, date="2024-06-24")
    w = "dagestan_wiki_en.atom#dag-talk"
    C(w, "injured", 25, "exact", "The health ministry counted 25 injured", "Dagestan health ministry", "official", **P)
    C(w, "killed", 1, "exact", "one of its officers died in Derbent", "Rosgvardia press office", "official", group=RG, place=DER, date=D_DG)
    C(w, "killed", 50, "more_than", "claimed over 50 dead", "Some Telegram channels", "social_media", "unconfirmed", **P)
    C(w, "killed", 50, "more_than", "which the republic's health ministry called fake", "Dagestan health ministry", "official", "denied", **P)

    d = "dagestan_report_uk.txt"
    C(d, "killed", 22, "exact", "загиблих уже 22", **P)
    C(d, "killed", 5, "exact", "серед них п'ятеро цивільних", group=CIV, **P)
    LA = dict(src="local authorities", stype="official", stext="місцеві органи влади", **P)
    C(d, "killed", 22, "exact", "Кількість жертв нападів у Дербенті та Махачкалі 23 червня зросла до 22 осіб", **LA)
    C(d, "killed", 17, "exact", "Серед загиблих — 17 поліцейських", group=POL, **LA)
    C(d, "killed", 5, "exact", "17 поліцейських і 5 цивільних", group=CIV, **LA)
    C(d, "killed", 5, "exact", "Усіх п'ятьох нападників, за офіційною версією, ліквідовано", "officials", "official", group=ATT, stext="за офіційною версією", **P)
    ML = dict(src="Dagestan head Sergei Melikov", stype="official", stext="очільник Дагестану Сергій Мєліков", **P)
    C(d, "killed", 15, "more_than", "«понад 15» загиблих правоохоронців", group=POL, **ML)
    C(d, "killed", None, "vague", "і кількох мирних мешканців", group=CIV, **ML)
    C(d, "killed", 6, "exact", "було знищено шестеро", group=ATT, **ML)
    C(d, "killed", 5, "exact", "натомість називав п'ятьох", "National Anti-Terrorism Committee", "official", group=ATT, stext="Національний антитерористичний комітет", **P)
    HM = dict(src="Dagestan health ministry", stype="official", stext="Міністерство охорони здоров'я Дагестану", **P)
    C(d, "injured", 46, "exact", "поранено 46 людей", **HM)
    C(d, "injured", 13, "at_least", "з них щонайменше 13 — поліцейські", group=POL, **HM)
    C(d, "killed", 1, "exact", "в Дербенті загинув 1 її співробітник", "Rosgvardia", "official", group=RG, stext="Росгвардія", place=DER, date=D_DG)
    C(d, "detained", 3, "exact", "заявив про затримання трьох осіб", "Investigative Committee of Russia", "official", stext="Слідчий комітет Росії", place=DAG, date="2024-06-24")
    C(d, "detained", None, "vague", "пишуть про десятки затриманих у районі", "Memorial human rights defenders", "ngo", "unconfirmed", stext="Правозахисники з «Меморіалу»", place=SRG, date="2024-06")
    C(d, "killed", 50, "more_than", "«понад 50 загиблих»", "pro-Russian Telegram channels", "social_media", "unconfirmed", stext="У проросійських телеграм-каналах", **P)
    C(d, "killed", 50, "more_than", "Міністерство охорони здоров'я республіки назвало це фейком", "Dagestan health ministry", "official", "denied", stext="Міністерство охорони здоров'я республіки", **P)

    # ================================================================ Zaporizhzhia convoy strike, Friday 30 September 2022
    P = dict(place=ZAP, date=D_ZP)
    CH = "children"
    d = "zapor_export_uk.xml#73418"
    C(d, "killed", 32, "exact", "| загиблі   = 32", "Ukrinform", "media", stext="Укрінформ", place=ZAP, date=D_ZP32)
    C(d, "killed", 32, "exact", "Кількість загиблих унаслідок удару по колоні в Запоріжжі зросла до 32", "Ukrinform", "media", stext="Укрінформ", place=ZAP, date=D_ZP32)
    C(d, "injured", 118, "exact", "| поранені  = 118", **P)
    SR = dict(src="Zaporizhzhia regional military administration head Oleksandr Starukh", stype="official", stext="голова Запорізької ОВА Олександр Старух", **P)
    C(d, "killed", 23, "exact", "повідомив про 23 загиблих", **SR)
    C(d, "injured", 28, "exact", "23 загиблих і 28 поранених", **SR)
    C(d, "killed", 23, "exact", "Удар по гуманітарній колоні: 23 загиблих", "Suspilne", "media", stext="Суспільне", **P)
    C(d, "killed", 25, "exact", "кількість загиблих зросла до 25", **P)
    KL = dict(src="National Police chief Ihor Klymenko", stype="official", stext="голова Національної поліції Ігор Клименко", **P)
    C(d, "killed", 30, "exact", "назвав 30 загиблих", **KL)
    C(d, "injured", 88, "exact", "30 загиблих і 88 поранених", **KL)
    C(d, "killed", 2, "exact", "серед загиблих — двоє дітей", group=CH, **KL)
    C(d, "injured", 118, "exact", "кількість поранених сягнула 118", "regional prosecutor's office", "official", stext="За даними обласної прокуратури", **P)

    d = "zapor_statement_uk.txt"  # the head of the regional military administration in his own voice
    C(d, "killed", 30, "exact", "маємо 30 загиблих", **P)
    C(d, "injured", 88, "exact", "Поранено 88 людей", **P)
    C(d, "injured", 11, "exact", "з них 11 — у важкому стані", **P)
    C(d, "killed", 2, "exact", "Серед загиблих 2 дітей", group=CH, **P)
    C(d, "injured", 3, "exact", "серед поранених — ще 3 дітей", group=CH, **P)
    C(d, "vehicles_damaged", 20, "more_than", "Згоріли або понівечені понад 20 автомобілів", **P)
    C(d, "deployed", 40, "more_than", "працювали понад 40 рятувальників ДСНС", **P)
    C(d, "injured", 27, "exact", "поранено 27 працівників поліції", group="police", **P)
    C(d, "killed", None, "vague", "ніби в колоні перебували «військові ЗСУ» і саме вони загинули", "occupation authorities' Telegram channels", "social_media", "unconfirmed", group="Ukrainian soldiers", stext="у своїх телеграм-каналах", **P)
    C(d, "killed", None, "vague", "Це брехня", mod="denied", group="Ukrainian soldiers", **P)

    d = "zapor_report_ru.txt"  # cp1251
    SR = dict(src="Zaporizhzhia regional military administration head Oleksandr Starukh", stype="official", stext="глава Запорожской областной военной администрации Александр Старух", **P)
    C(d, "killed", 23, "exact", "23 погибших и 28 раненых", **SR)
    C(d, "injured", 28, "exact", "и 28 раненых", **SR)
    C(d, "killed", 25, "exact", "К обеду число погибших выросло до 25", **P)
    NP = dict(src="National Police of Ukraine", stype="official", stext="Нацполиция Украины", **P)
    C(d, "killed", 30, "exact", "о 30 убитых и 88 раненых", **NP)
    C(d, "injured", 88, "exact", "и 88 раненых", **NP)
    C(d, "killed", 2, "exact", "двое детей и один сотрудник полиции", group=CH, src="National Police of Ukraine", stype="official", stext="по данным полиции", **P)
    C(d, "killed", 1, "exact", "и один сотрудник полиции", group="police", src="National Police of Ukraine", stype="official", stext="по данным полиции", **P)
    C(d, "killed", 30, "at_least", "погибших «не меньше 30»", "occupation administration official Vladimir Rogov", "official", stext="Представитель оккупационной администрации Владимир Рогов", **P)
    C(d, "injured", None, "vague", "раненых было «несколько десятков»", "an eyewitness, a minibus driver", "eyewitness", stext="Очевидец, водитель маршрутки Сергей", **P)
    C(d, "missing", 4, "exact", "ищут ещё 4 человек", "volunteers", "activist", stext="волонтёры", **P)

    # ================================================================ Khujand prison riot, night of 7-8 November 2018
    P = dict(place=KHJ, date=D_KH)
    GU, IN = "guards", "inmates"
    f = "khujand_articles_ru.jsonl#"
    C(f + "kh1", "killed", 2, "exact", "убиты двое охранников", group=GU, **P)
    C(f + "kh1", "killed", 13, "exact", "двое охранников и 13 заключённых", group=IN, **P)
    SS = dict(src="a source in the Sughd security services", stype="official", stext="Источник в силовых структурах Согдийской области", **P)
    C(f + "kh1", "killed", 13, "exact", "При подавлении беспорядков убиты 13 заключённых", group=IN, **SS)
    C(f + "kh1", "killed", 2, "exact", "погибли также 2 сотрудника колонии", group=GU, **SS)
    HS = dict(src="Khujand city hospital", stype="official", stext="В городской больнице Худжанда", **P)
    C(f + "kh1", "injured", 6, "exact", "доставили 6 милиционеров с огнестрельными ранениями", group="police", **HS)
    C(f + "kh1", "killed", 20, "at_most", "число погибших осуждённых может достигать 20", group=IN, src="Khujand city hospital", stype="official", stext="По словам того же собеседника", **P)
    MJ = dict(src="Tajik Ministry of Justice", stype="official", stext="Министерство юстиции Таджикистана", **P)
    C(f + "kh2", "killed", 23, "exact", "Минюст Таджикистана: в ходе бунта в Худжанде погибли 23 человека", src="Tajik Ministry of Justice", stype="official", stext="Минюст Таджикистана", **P)
    C(f + "kh2", "killed", 2, "exact", "погибли 2 сотрудника учреждения", group=GU, **MJ)
    C(f + "kh2", "killed", 21, "exact", "и 21 осуждённый", group=IN, **MJ)
    C(f + "kh2", "injured", 6, "exact", "ещё 6 сотрудников ранены", group=GU, **MJ)
    C(f + "kh2", "killed", 50, "at_least", "погибли по меньшей мере 50 заключённых", "RFE/RL Tajik Service", "media", "unconfirmed", group=IN, stext="Таджикская служба Радио Свобода", **P)
    C(f + "kh2", "killed", 50, "at_least", "В Минюсте назвали эти сведения «домыслами»", "Tajik Ministry of Justice", "official", "denied", group=IN, stext="В Минюсте", **P)
    C(f + "kh2", "injured", None, "vague", "после бунта в колонии избиты десятки заключённых", "human rights defenders", "ngo", group=IN, stext="Правозащитники", place=KHJ, date="2018-11")
    C(f + "kh2", "charged", 9, "exact", "обвинения предъявлены 9 осуждённым", place=KHJ, date="2018-11")

    d = "khujand_mtblog_en.txt"
    SS = dict(src="source in the power structures", stype="official", **P)
    C(d, "killed", 2, "exact", "are killed 2 employees of colony", group=GU, **SS)
    C(d, "killed", 13, "exact", "2 employees of colony and 13 condemned", group=IN, **SS)
    C(d, "injured", 6, "exact", "are brought 6 policemen with wounds of firearm", group="police", **P)
    SL = dict(src="Source in law enforcement bodies of Sughd", stype="official", **P)
    C(d, "killed", 22, "exact", "are lost 22 prisoners", group=IN, **SL)
    C(d, "killed", 2, "exact", "22 prisoners and 2 guards", group=GU, **SL)
    MJ = dict(src="Ministry of Justice", stype="official", **P)
    C(d, "killed", 21, "exact", "are killed 21 condemned", group=IN, **MJ)
    C(d, "killed", 2, "exact", "21 condemned and 2 employees", group=GU, **MJ)
    C(d, "killed", 50, "more_than", "the dead are more than 50", "Relatives of prisoners", "eyewitness", "unconfirmed", **P)
    C(d, "killed", 50, "more_than", "the Ministry calls it invention", "Ministry of Justice", "official", "denied", **P)
    C(d, "deployed", 300, "about", "are sent about 300 fighters of special forces", place=KHJ, date="2018-11")

    d = "khujand_news_kk.txt"
    C(d, "killed", 2, "exact", "2 күзетші мен 21 сотталушы", group=GU, **P)
    C(d, "killed", 21, "exact", "21 сотталушы қаза тапты", group=IN, **P)
    MJ = dict(src="Tajik Ministry of Justice", stype="official", stext="Тәжікстан Әділет министрлігінің мәліметінше", **P)
    C(d, "killed", 23, "exact", "23 адам көз жұмды", **MJ)
    C(d, "killed", 2, "exact", "олардың 2-уі — колония қызметкері", group=GU, **MJ)
    C(d, "killed", 21, "exact", "21-і — сотталушы", group=IN, **MJ)
    C(d, "injured", 6, "exact", "Тағы 6 қызметкер жараланған", group=GU, **MJ)
    C(d, "killed", 13, "exact", "13 сотталушы қаза тапқан еді", "initial reports", "unknown", group=IN, stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 50, "at_least", "кемінде 50 тұтқын өлтірілгенін жазды", "RFE/RL Tajik Service (Ozodi)", "media", "unconfirmed", group=IN, stext="«Азаттық» радиосының тәжік қызметі", **P)
    C(d, "killed", 50, "at_least", "Министрлік бұл ақпаратты шындыққа жанаспайды деп атады", "Tajik Ministry of Justice", "official", "denied", group=IN, stext="Министрлік", **P)

    # ================================================================ Fuel depot explosion near Stepanakert, Monday 25 September 2023
    P = dict(place=STP, date=D_ST)
    d = "stepanakert_press_en.html"  # Caucasus Relief Network in its own voice
    C(d, "killed", 68, "at_least", "at least 68 dead", **P)
    C(d, "missing", 100, "more_than", "more than 100 missing", **P)
    KH = dict(src="Karabakh health ministry", stype="official", **P)
    C(d, "killed", 20, "exact", "was 20 dead", **KH)
    C(d, "killed", 13, "exact", "13 bodies found at the site", **KH)
    C(d, "killed", 7, "exact", "7 people who died in hospital", **KH)
    OM = dict(src="ombudsman Gegham Stepanyan", stype="official", **P)
    C(d, "killed", 68, "exact", "reported 68 dead", **OM)
    C(d, "missing", 105, "exact", "105 people missing", **OM)
    C(d, "injured", 290, "exact", "registered 290 people treated for burns and other injuries", **P)
    C(d, "killed", 500, "more_than", "claiming that more than 500 people died", "Posts on social media", "social_media", "unconfirmed", **P)
    C(d, "injured", 214, "exact", "<td>Republican Medical Centre, Stepanakert</td><td>214</td>", **P)
    C(d, "injured", 76, "exact", "<td>Field clinic, Askeran</td><td>76</td>", **P)
    C(d, "deployed", 35, "exact", "We have deployed 35 medics and psychologists", place="Kornidzor", date="2023-09")

    d = "stepanakert_wiki_ru.wiki"
    AZ = dict(src="Azatutyun", stype="media", stext="Азатутюн", place=STP, date=D_ST218)
    C(d, "killed", 218, "exact", "| погибшие        = 218", **AZ)
    C(d, "killed", 218, "exact", "Число погибших при взрыве на складе топлива в Карабахе достигло 218", **AZ)
    C(d, "injured", 300, "more_than", "| раненые         = более 300", **P)
    C(d, "missing", 21, "exact", "| пропавшие       = 21", **P)
    KH = dict(src="Nagorno-Karabakh health ministry", stype="official", stext="Минздрав Нагорного Карабаха", **P)
    C(d, "killed", 20, "exact", "сообщил о 20 погибших", **KH)
    C(d, "injured", 290, "exact", "20 погибших и 290 пострадавших с ожогами", **KH)
    C(d, "killed", 20, "exact", "При взрыве у Степанакерта погибли 20 человек", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "killed", [20, 100], "range", "оценил число погибших в 20–100 человек", "former state minister Artak Beglaryan", "official", stext="Бывший государственный министр Артак Бегларян", **P)
    C(d, "killed", 100, "more_than", "больше сотни человек «сгорели полностью»", "eyewitnesses", "eyewitness", stext="по словам очевидцев", **P)
    OM = dict(src="Karabakh ombudsman Gegham Stepanyan", stype="official", stext="омбудсмен Карабаха Гегам Степанян", **P)
    C(d, "killed", 68, "exact", "назвал 68 погибших", **OM)
    C(d, "missing", 105, "exact", "ещё 105 человек числились пропавшими без вести", **OM)
    C(d, "killed", 170, "exact", "сообщили о 170 найденных телах", "Armenian authorities", "official", stext="власти Армении", place=STP, date=D_ST170)
    C(d, "injured", 300, "more_than", "Число раненых превысило 300", **P)
    IC = dict(src="Investigative Committee of Armenia", stype="official", stext="Следственный комитет Армении")
    C(d, "killed", 218, "at_least", "погибли по меньшей мере 218 человек", place=STP, date=D_ST218, **IC)
    C(d, "missing", 21, "exact", "21 человек всё ещё числится пропавшим", **IC, **P)

    d = "stepanakert_news_kk.txt"
    C(d, "killed", 68, "exact", "қаза тапқандар саны 68-ге жетті", **P)
    OM = dict(src="Nagorno-Karabakh ombudsman", stype="official", stext="Таулы Қарабақ омбудсменінің хабарлауынша", **P)
    C(d, "killed", 68, "exact", "жарылыстан 68 адам қаза тапты", **OM)
    C(d, "missing", 105, "exact", "тағы 105 адам хабар-ошарсыз кеткен", **OM)
    C(d, "killed", 20, "exact", "20 адамның өлгені белгілі болған еді", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "injured", 290, "exact", "290 адам күйік алып", "local health ministry", "official", stext="Жергілікті денсаулық сақтау министрлігінің мәліметінше", **P)
    C(d, "killed", 1000, "about", "«мыңға жуық адам қаза тапты»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 1000, "about", "армян билігі бұл ақпаратты жалған деп атады", "Armenian authorities", "official", "denied", stext="армян билігі", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d22g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "tengiz_news_kk.txt"
    T(d, "2019-06-29T09:00", "brawl breaks out at the Tengiz camp", "Сенбі күні, 29 маусымда, таңғы сағат 9-дар шамасында")
    T(d, "2019-06-30", "foreign staff taken out of the camp by bus", "Жексенбі күні, 30 маусымда")
    f = "tengiz_feed_en.rss#"
    T(f + "tgz-1", "2019-06-29T09:00", "fighting breaks out at Tengiz (local time)", "at about 9 a.m. local time")
    T(f + "tgz-2", "2019-07-01", "health ministry: 45 sought medical help", "said on Monday")
    T(f + "tgz-2", "2019-06-30", "about 150 foreign employees moved out of the camp", "moved out of the camp on Sunday")
    d = "tengiz_statement_ru.txt"
    T(d, "2019-06-29T09:00", "mass brawl at the Tengiz shift camp", "29 июня 2019 года около 09:00")
    T(d, "2019-06-30T08:00", "status: situation stable, works suspended on 3 sites", "По состоянию на 08:00 30 июня")

    d = "dagestan_timeline_ru.md"
    T(d, "2024-06-23", "coordinated attacks in Derbent and Makhachkala", "Вечером в воскресенье, 23 июня 2024 года")
    for day, entries in (("2024-06-23", (("18:05", "shooting at the Kele-Numaz synagogue and a church in Derbent"), ("18:20", "traffic police post and cathedral attacked in Makhachkala"), ("18:45", "Interior Ministry: at least 6 police wounded"), ("19:10", "priest and church guard killed in Derbent"), ("19:40", "counter-terrorism operation regime declared"), ("20:30", "shoot-out at the Makhachkala cathedral"), ("21:15", "Interior Ministry: 4 attackers killed in Makhachkala, 2 in Derbent"), ("22:50", "Rosgvardia confirms an officer killed"))),
                         ("2024-06-24", (("00:40", "Melikov: more than 15 police killed, six attackers"), ("02:10", "NAC: five attackers neutralized"), ("09:30", "health ministry: 25 injured"), ("11:00", "authorities: 15 police and 4 civilians killed"), ("12:20", "three days of mourning declared"), ("15:45", "three detained, among them Magomed Omarov"), ("19:00", "Telegram claims of 50+ dead called fake"))),
                         ("2024-06-25", (("10:20", "injured rise to 46"), ("13:00", "toll revised to 22"), ("16:30", "court arrests 2 suspected accomplices"))),
                         ("2024-06-26", (("11:10", "rights defenders report dozens detained in Sergokala district"), ("17:30", "funeral of the priest Nikolai Kotelnikov")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    w = "dagestan_wiki_en.atom#dag-wp"
    T(w, "2024-06-23", "gunmen attack synagogues, churches and a police post", "On the evening of '''23 June 2024'''")
    T(w, "2024-06-23T18:00+03:00", "first shots in Derbent (MSK)", "shortly after 18:00 MSK")
    T(w, "2024-06-25", "toll revised to 17 police and five civilians", "On 25 June officials revised the toll")
    T(w, "2024-06-24", "three men detained, including Magomed Omarov", "were detained the next day")
    d = "dagestan_report_uk.txt"
    T(d, "2024-06-23", "attacks in Derbent and Makhachkala", "нападів у Дербенті та Махачкалі 23 червня")
    T(d, "2024-06-25", "local authorities: toll 22", "повідомили у вівторок")
    T(d, "2024-06-24", "Melikov: more than 15 police killed", "Ще в ніч на понеділок")

    d = "zapor_export_uk.xml#73418"
    T(d, "2022-09-30T07:10+03:00", "S-300 missiles hit the convoy near the car market (Kyiv time)", "У п'ятницю, 30 вересня, о 07:10 за київським часом (UTC+3)")
    T(d, "2022-10-01", "day of mourning in the region", "1 жовтня в області оголосили днем жалоби")
    T(d, "2022-10-20", "regional prosecutors: injured reach 118", "станом на 20 жовтня")
    d = "zapor_statement_uk.txt"
    T(d, "2022-09-30T07:10", "missile strike on the convoy", "Сьогодні о 07:10")
    T(d, "2022-09-30T20:00", "status: 30 dead, 88 injured", "Станом на 20:00")
    T(d, "2022-10-01", "day of mourning declared", "1 жовтня оголошую в Запорізькій області днем жалоби")
    d = "zapor_report_ru.txt"
    T(d, "2022-09-30T07:10", "missiles hit the car market area where the convoy waited", "Утром в пятницу, 30 сентября, около 07:10")

    f = "khujand_articles_ru.jsonl#"
    T(f + "kh1", "2018-11-07", "riot breaks out in colony 3/3", "В ночь со среды на четверг, с 7 на 8 ноября")
    T(f + "kh1", "2018-11-07T22:30", "shooting heard in the colony (local time)", "примерно с 22:30 до 23:00 по местному времени")
    T(f + "kh2", "2018-11-08", "Amaq claims an IS fighter started the riot", "В четверг, 8 ноября")
    T(f + "kh2", "2018-11-12", "relatives gather at the colony gates", "в понедельник, 12 ноября")
    d = "khujand_mtblog_en.txt"
    T(d, "2018-11-07", "inmates riot in colony 3/3", "In night from 7 on 8 November")
    T(d, "2018-11-07T22:30", "shooting heard (local time)", "At 22.30 hours of local time")
    T(d, "2018-11-08T10:00", "6 wounded policemen in hospital; Amaq claim", "Update 08.11 10.00")
    T(d, "2018-11-12T16:00", "security source: 22 prisoners and 2 guards dead", "Update 12.11 16.00")
    T(d, "2018-11-14T09:30", "Ministry of Justice: 21 inmates and 2 staff killed", "Update 14.11 09.30")
    T(d, "2018-11-15T18:00", "special forces sent to the colony", "Update 15.11 18.00")
    d = "khujand_news_kk.txt"
    T(d, "2018-11-07T22:30", "riot begins (local time)", "7 қарашадан 8 қарашаға қараған түні, жергілікті уақыт бойынша сағат 22:30")

    d = "stepanakert_press_en.html"
    T(d, "2023-09-25", "fuel depot explodes near Berkadzor", "On the evening of Monday, 25 September 2023")
    T(d, "2023-09-26", "ombudsman: 68 dead, 105 missing", "By Tuesday evening")
    T(d, "2023-09-26", "168 injured moved to Armenia", "moved to hospitals in Armenia on Tuesday")
    d = "stepanakert_wiki_ru.wiki"
    T(d, "2023-09-25T19:00", "explosion at the fuel depot (local time)", "В понедельник, 25 сентября 2023 года, около 19:00 по местному времени")
    T(d, "2023-09-26", "ombudsman: 68 dead, 105 missing", "Вечером 26 сентября")
    T(d, "2023-09-28", "Armenian authorities: 170 bodies found", "28 сентября, в четверг")
    T(d, "2023-12-22", "Investigative Committee: at least 218 dead", "22 декабря")
    d = "stepanakert_news_kk.txt"
    T(d, "2023-09-25T19:00", "explosion at the fuel depot", "Дүйсенбі күні, 25 қыркүйекте, кешкі сағат 19:00 шамасында")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d22t{n:03d}"
    return rows


ENTITIES = [
    ("Tengiz", "place", ["Теңіз", "Теңіздегі", "Тенгиз", "Tengiz"]),
    ("Atyrau", "place", ["Атырау", "Атырауской", "Atyrau"]),
    ("Tengizchevroil", "org", ["Теңізшевройл", "Tengizchevroil"]),
    ("Derbent", "place", ["Дербент", "Дербенте", "Дербента", "Дербенті", "Derbent"]),
    ("Makhachkala", "place", ["Махачкала", "Махачкале", "Махачкалы", "Махачкалі", "Makhachkala"]),
    ("Dagestan", "place", ["Дагестана", "Дагестану", "Дагестані", "Dagestan"]),
    ("Sergokala district", "place", ["Сергокалинского", "Сергокалинського", "Sergokala"]),
    ("Sergei Melikov", "person", ["Сергей Меликов", "Сергій Мєліков", "Sergei Melikov"]),
    ("Nikolai Kotelnikov", "person", ["Николай Котельников", "Николая Котельникова", "Микола Котельников", "Nikolai Kotelnikov"]),
    ("Magomed Omarov", "person", ["Магомед Омаров", "Magomed Omarov"]),
    ("National Anti-Terrorism Committee", "org", ["НАК", "Национальный антитеррористический комитет", "Національний антитерористичний комітет", "National Anti-Terrorism Committee"]),
    ("Rosgvardia", "org", ["Росгвардия", "Росгвардии", "Росгвардія", "Rosgvardia"]),
    ("Zaporizhzhia", "place", ["Запоріжжя", "Запоріжжі", "Запорожье", "Запорожья", "Запорожьем"]),
    ("Oleksandr Starukh", "person", ["Олександр Старух", "Александр Старух"]),
    ("Yevhen Balytskyi", "person", ["Євген Балицький", "Евгений Балицкий"]),
    ("Khujand", "place", ["Худжанд", "Худжанде", "Худжанда", "Худжандтағы", "Khujand"]),
    ("Sughd", "place", ["Согдийской", "Sughd"]),
    ("Tajikistan", "place", ["Таджикистана", "Тәжікстан", "Тәжікстанның"]),
    ("Dushanbe", "place", ["Душанбе", "Душанбеден", "Dushanbe"]),
    ("Tajik Ministry of Justice", "org", ["Минюст", "Минюсте", "Әділет министрлігінің", "Ministry of Justice"]),
    ("Islamic State", "org", ["Исламское государство", "Ислам мемлекеті", "ИГ", "IS"]),
    ("Amaq", "org", ["Амак", "Amaq"]),
    ("Stepanakert", "place", ["Степанакерт", "Степанакерта", "Ханкенди", "Ханкенді", "Stepanakert"]),
    ("Berkadzor", "place", ["Беркадзор", "Berkadzor"]),
    ("Askeran", "place", ["Аскеран", "Askeran"]),
    ("Nagorno-Karabakh", "place", ["Нагорный Карабах", "Нагорного Карабаха", "Таулы Қарабақ", "Таулы Қарабақтан", "Nagorno-Karabakh"]),
    ("Gegham Stepanyan", "person", ["Гегам Степанян", "Gegham Stepanyan"]),
    ("Armenia", "place", ["Армении", "Армению", "Армения", "Арменияға", "Armenia"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset22", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
