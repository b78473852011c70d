"""Write the gold annotations of the thirteenth development set: tests/data/devset13/gold/devset13.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset13.py, which checks every anchor:

    python tests/data/devset13/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `bekair_health_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

ALA, MOW, KHA, KG, BIS, KSU, TBS = "Almaty", "Moscow", "Kharkiv", "Kyrgyzstan", "Bishkek", "Kara-Suu", "Tbilisi"
D_BK, D_MO, D_KH = "2019-12-27", "2010-03-29", "2024-05-25"
D_TB = ["2019-06-20", "2019-06-21"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Bek Air crash at Almaty, Friday 27 December 2019
    P = dict(place=ALA, date=D_BK)
    d = "bekair_news_kk.txt"
    C(d, "killed", 12, "exact", "ұшақ апаты: 12 адам қаза тапты", **P)
    C(d, "killed", 12, "exact", "апаттан 12 адам қаза тапты", "Kazakhstan Interior Ministry", "official", stext="Ішкі істер министрлігінің", **P)
    C(d, "killed", 15, "exact", "15 адам қаза тапқан", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    MZ = dict(src="Kazakhstan Ministry of Health", stype="official", stext="Денсаулық сақтау министрлігінің", **P)
    C(d, "injured", 49, "exact", "49 адам ауруханаға жатқызылды", **MZ)
    C(d, "injured", 12, "exact", "оның 12-сі ауыр жағдайда", **MZ)
    C(d, "injured", 60, "more_than", "60-тан астам адам медициналық көмекке жүгінді", "Almaty city administration", "official", stext="Алматы қаласы әкімдігінің", **P)
    C(d, "killed", 30, "more_than", "«30-дан астам адам» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 30, "more_than", "бұл ақпаратты жалған деп атады", "Kazakhstan Ministry of Emergency Situations", "official", "denied", stext="Төтенше жағдайлар министрлігі", **P)
    C(d, "deployed", 300, "about", "300-ге жуық құтқарушы мен полиция қызметкері жіберілді", **P)

    f = "bekair_feed_en.rss#"
    C(f + "bk-1", "killed", 14, "at_least", "Passenger jet crashes after take-off in Almaty, at least 14 dead", **P)
    C(f + "bk-1", "killed", 14, "at_least", "killing at least 14 people", "the airport", "company", **P)
    HD = dict(src="Almaty's health department", stype="official", **P)
    C(f + "bk-1", "injured", 35, "exact", "35 people, including nine children, had been taken to hospital", **HD)
    C(f + "bk-1", "injured", 9, "exact", "including nine children", group="children", **HD)
    IM = dict(src="Kazakhstan's Interior Ministry", stype="official", **P)
    C(f + "bk-2", "killed", 12, "exact", "Kazakhstan revises Almaty crash toll down to 12", **P)
    C(f + "bk-2", "killed", 12, "exact", "12 people had died", **IM)
    C(f + "bk-2", "killed", 15, "exact", "correcting earlier reports of 15", "earlier reports", "unknown", **P)
    HM = dict(src="The Health Ministry", stype="official", **P)
    C(f + "bk-2", "injured", 53, "exact", "53 people remained in hospital", **HM)
    C(f + "bk-2", "injured", 10, "exact", "10 of them in critical condition", **HM)
    C(f + "bk-2", "killed", 20, "at_least", "claimed the toll was at least 20", "opposition website Respublika", "opposition", "unconfirmed", **P)
    C(f + "bk-2", "dismissed", 2, "exact", "dismissed two of its inspectors", "The civil aviation committee", "official", place=ALA, date="2019-12")
    C(f + "bk-2", "deployed", 200, "more_than", "more than 200 rescuers had worked at the site overnight", **P)

    d = "bekair_health_ru.txt"  # the city health department in its own voice, cp1251
    C(d, "injured", 67, "exact", "доставлены 67 человек", **P)
    C(d, "injured", 9, "exact", "из них 9 детей", group="children", **P)
    C(d, "injured", 12, "exact", "В тяжёлом состоянии находятся 12 пострадавших", **P)
    C(d, "injured", 4, "exact", "в крайне тяжёлом — 4", **P)
    C(d, "killed", 12, "exact", "Погибли 12 человек", **P)
    C(d, "killed", 1, "exact", "включая командира воздушного судна", group="crew", **P)
    C(d, "killed", 15, "exact", "Ранее в ряде СМИ сообщалось о 15 погибших", "media reports", "media", stext="в ряде СМИ", **P)
    C(d, "killed", None, "vague", "«десятках погибших детях»", "social networks", "social_media", "unconfirmed", group="children", stext="В социальных сетях", **P)
    C(d, "killed", None, "vague", "эти сведения не соответствуют действительности", mod="denied", group="children", **P)
    C(d, "deployed", 150, "more_than", "более 150 медицинских работников", **P)

    # ================================================================ Moscow metro bombings, Monday 29 March 2010
    P = dict(place=MOW, date=D_MO)
    d = "moscow_export_ru.xml#41207"
    RIA = dict(src="RIA Novosti", stype="media", stext="РИА Новости", **P)
    C(d, "killed", 40, "exact", "погибшие = 40", **RIA)
    C(d, "killed", 40, "exact", "Число жертв терактов в московском метро выросло до 40", **RIA)
    C(d, "injured", 80, "more_than", "раненые = более 80", **P)
    C(d, "killed", 25, "exact", "Первоначально сообщалось о 25 погибших", "initial reports", "unknown", stext="Первоначально сообщалось", **P)
    C(d, "killed", 25, "exact", "Взрывы в метро Москвы: 25 погибших", "Interfax", "media", stext="Интерфакс", **P)
    ME = dict(src="Russian Emergencies Ministry", stype="official", stext="МЧС", **P)
    C(d, "killed", 37, "exact", "погибли 37 человек, ещё 65", **ME)
    C(d, "injured", 65, "exact", "ещё 65 госпитализированы", **ME)
    MZ = dict(src="Ministry of Health and Social Development", stype="official", stext="Минздравсоцразвития", **P)
    C(d, "killed", 39, "exact", "число погибших достигло 39", **MZ)
    C(d, "injured", 88, "exact", "пострадали 88 человек", **MZ)
    C(d, "killed", 1, "exact", "скончался ещё 1 пострадавший", **P)
    SK = dict(src="Investigative Committee of Russia", stype="official", stext="Следственного комитета", **P)
    C(d, "killed", 42, "exact", "всего погибли 42 человека, включая двух смертниц", **SK)
    C(d, "killed", 2, "exact", "включая двух смертниц", group="attackers", **SK)
    C(d, "killed", 100, "more_than", "«более 100 погибших»", "internet forums", "social_media", "unconfirmed", stext="На интернет-форумах", **P)
    C(d, "killed", 100, "more_than", "в ГУВД Москвы эти сведения назвали слухами", "Moscow police headquarters", "official", "denied", stext="в ГУВД Москвы", **P)
    C(d, "detained", 2, "exact", "были задержаны 2 подозреваемых", place=MOW, date="2010-04-01")
    C(d, "deployed", 3000, "more_than", "дежурили более 3 тысяч сотрудников милиции", **P)

    d = "moscow_mtblog_en.txt"
    ME = dict(src="MChS", stype="official", **P)
    C(d, "killed", 25, "exact", "were lost 25 persons", **ME)
    C(d, "injured", 40, "about", "are wounded about 40", **ME)
    C(d, "killed", 35, "exact", "The number of the lost increased to 35 persons", **P)
    C(d, "injured", 64, "exact", "In hospitals of Moscow there are 64 persons", **P)
    C(d, "injured", 15, "exact", "from them 15 in heavy condition", **P)
    C(d, "injured", None, "vague", "on the platform lay tens of people", "The eyewitness Sergey", "eyewitness", **P)
    MH = dict(src="the Ministry of Health", stype="official", **P)
    C(d, "killed", 39, "exact", "the number of the lost reached 39 persons", **MH)
    C(d, "injured", 88, "exact", "are wounded 88", **MH)
    PO = dict(src="The Public prosecutor's office", stype="official", **P)
    C(d, "killed", 40, "exact", "were lost 40 persons", **PO)
    C(d, "killed", 2, "exact", "including two suicide-women", group="attackers", **PO)
    C(d, "killed", 70, "at_least", '"not less than 70 lost"', "forums", "social_media", "unconfirmed", **P)
    C(d, "killed", 70, "at_least", "the militia named it the panic", "the militia", "official", "denied", **P)
    C(d, "deployed", 2000, "more_than", "more than 2000 militiamen were on duty", **P)
    C(d, "detained", 4, "exact", "The militia detained 4 persons", place=MOW, date="2010-03")

    d = "moscow_news_kk.txt"
    C(d, "killed", 39, "exact", "Мәскеу метросындағы жарылыстар: 39 адам қаза тапты", **P)
    MZ = dict(src="Russian Ministry of Health", stype="official", stext="Ресей Денсаулық сақтау министрлігінің", **P)
    C(d, "killed", 39, "exact", "жарылыстардан 39 адам қаза тапты", **MZ)
    C(d, "injured", 70, "more_than", "70-тен астам адам ауруханаға түсті", **MZ)
    C(d, "killed", 25, "exact", "25 адам қаза тапқан", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 100, "about", "«жүзге жуық адам» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "deployed", 3000, "about", "3000-ға жуық полиция қызметкері", **P)

    # ================================================================ Kharkiv Epicentr hypermarket strike, Saturday 25 May 2024
    P = dict(place=KHA, date=D_KH)
    d = "kharkiv_timeline_uk.md"
    SY = dict(src="Oleh Syniehubov, head of the Kharkiv regional military administration", stype="official", stext="Голова Харківської ОВА Олег Синєгубов", **P)
    C(d, "killed", 2, "exact", "загинули 2 людини", **SY)
    C(d, "injured", 33, "at_least", "поранені щонайменше 33", **SY)
    SY = dict(SY, stext="Синєгубов")
    C(d, "killed", 6, "exact", "кількість загиблих зросла до 6", **SY)
    C(d, "injured", 40, "exact", "постраждали 40 людей", **SY)
    C(d, "missing", 16, "exact", "ще з 16 працівниками й відвідувачами", **SY)
    C(d, "deployed", 100, "more_than", "понад 100 рятувальників", "State Emergency Service of Ukraine", "official", stext="ДСНС", **P)
    NP = dict(src="National Police of Ukraine", stype="official", stext="Нацполіція", **P)
    C(d, "killed", 11, "exact", "загинули 11 людей, поранено 43", **NP)
    C(d, "injured", 43, "exact", "поранено 43", **NP)
    C(d, "killed", 12, "exact", "загиблих стало 12", **SY)
    C(d, "missing", 16, "exact", "зниклими безвісти досі вважаються 16 людей", **SY)
    C(d, "deployed", 150, "more_than", "понад 150 рятувальників і кінологів", "State Emergency Service of Ukraine", "official", stext="ДСНС", **P)
    C(d, "killed", None, "vague", "загинули «десятки військових»", "Russian Telegram channels", "social_media", "unconfirmed", group="servicemen", stext="Російські телеграм-канали", **P)
    C(d, "killed", None, "vague", "назвав це фейком", "Centre for Countering Disinformation", "official", "denied", group="servicemen", stext="Центр протидії дезінформації", **P)
    C(d, "killed", 14, "exact", "загинули 14 людей", "Kharkiv regional prosecutor's office", "official", stext="Прокуратура Харківської області", **P)
    TE = dict(src="Mayor Ihor Terekhov", stype="official", stext="Терехов", **P)
    C(d, "killed", 16, "exact", "кількість загиблих зросла до 16", **TE)
    C(d, "missing", 3, "exact", "ще 3 людини вважаються зниклими", **TE)
    MZ = dict(src="Ministry of Health of Ukraine", stype="official", stext="МОЗ", **P)
    C(d, "injured", 23, "exact", "у лікарнях залишаються 23 людини", **MZ)
    C(d, "injured", 6, "exact", "з них 6 у тяжкому стані", **MZ)
    C(d, "injured", None, "vague", "«кількох» пацієнтів з опіками", "doctors of the burns centre", "eyewitness", stext="Лікарі опікового центру", **P)
    C(d, "killed", 2, "exact", "під завалами знайдено ще 2 тіла", "State Emergency Service of Ukraine", "official", stext="ДСНС", **P)
    C(d, "killed", 18, "exact", "загиблих стало 18", "State Emergency Service of Ukraine", "official", stext="ДСНС", **P)
    C(d, "killed", 25, "at_least", "загиблих щонайменше 25", "civic initiative Kharkivskyi Shchyt", "ngo", "unconfirmed", stext="Громадська ініціатива «Харківський щит»", **P)
    C(d, "killed", 19, "exact", "загинули 19 людей", **SY)
    C(d, "injured", 50, "more_than", "постраждали понад 50", **SY)
    C(d, "missing", 1, "exact", "зниклим безвісти вважається ще 1 працівник", **SY)
    CC = dict(src="Kharkiv city council", stype="official", stext="Міська рада", **P)
    C(d, "buildings_damaged", 4, "exact", "пошкоджено 4 будівлі", **CC)
    C(d, "vehicles_damaged", 17, "exact", "17 автомобілів на парковці", **CC)
    C(d, "detained", 1, "exact", "Поліція затримала 1 чоловіка", place=KHA, date="2024-05-29")
    for row, src, stext, k, i, iq in (("Синєгубов (перше повідомлення) | 25 травня | 2 | щонайменше 33", SY["src"], "Синєгубов", 2, 33, "at_least"),
                                      ("Нацполіція | 25 травня | 11 | 43", "National Police of Ukraine", "Нацполіція", 11, 43, "exact"),
                                      ("Терехов | 26 травня | 16 | 45", "Mayor Ihor Terekhov", "Терехов", 16, 45, "exact"),
                                      ("Синєгубов (підсумок) | 28 травня | 19 | понад 50", SY["src"], "Синєгубов", 19, 50, "more_than")):
        C(d, "killed", k, "exact", row, src, "official", stext=stext, **P)
        C(d, "injured", i, iq, row, src, "official", stext=stext, **P)

    d = "kharkiv_press_en.html"  # the city council in its own voice
    C(d, "killed", 18, "exact", "18 people were killed", **P)
    C(d, "injured", 48, "exact", "48 were injured", **P)
    C(d, "missing", 3, "exact", "3 people are still missing", **P)
    C(d, "deployed", 300, "more_than", "More than 300 rescuers, police officers and volunteers", **P)
    for name, adm, ser in (("Regional Clinical Hospital", 19, 4), ("Emergency Hospital", 21, 5), ("Burns Centre", 8, 3)):
        C(d, "injured", adm, "exact", f"<td>{name}</td><td>{adm}</td>", **P)
        C(d, "injured", ser, "exact", f"<td>{adm}</td><td>{ser}</td>", **P)
    C(d, "injured", 48, "exact", "<td><b>48</b></td>", **P)
    C(d, "injured", 12, "exact", "<td><b>12</b></td>", **P)

    w = "kharkiv_wiki_en.atom#epi-wp"
    UI = dict(src="Ukrinform", stype="media", **P)
    C(w, "killed", 19, "exact", "fatalities = 19", **UI)
    C(w, "killed", 19, "exact", "Death toll from Kharkiv hypermarket strike rises to 19", **UI)
    C(w, "injured", 54, "exact", "injuries   = 54", **P)
    C(w, "killed", 19, "exact", "killing 19 people", **P)
    C(w, "injured", 50, "at_least", "injuring at least 50", **P)
    C(w, "killed", 12, "at_least", "Russian strike on Kharkiv hardware store kills at least 12", "Reuters", "media", **P)
    SY = dict(src="Regional governor Oleh Syniehubov", stype="official", **P)
    C(w, "killed", 2, "exact", "initially reported two dead", **SY)
    C(w, "injured", 33, "exact", "and 33 wounded", **SY)
    PL = dict(src="the police", stype="official", **P)
    C(w, "missing", 16, "exact", "16 people were still missing", **PL)
    C(w, "missing", 1, "exact", "only one person remained unaccounted for", **PL)
    w = "kharkiv_wiki_en.atom#epi-re"
    C(w, "killed", None, "vague", '"dozens" of foreign mercenaries had been killed', "Pro-Kremlin bloggers", "social_media", "unconfirmed", group="foreign mercenaries", **P)
    C(w, "killed", None, "vague", "Ukrainian officials called the claim fabricated", "Ukrainian officials", "official", "denied", group="foreign mercenaries", **P)
    UN = dict(src="United Nations Human Rights Monitoring Mission in Ukraine", stype="official", **P)
    C(w, "killed", 18, "at_least", "at least 18 civilians had been killed", **UN)
    C(w, "injured", 50, "about", "about 50 injured", **UN)

    # ================================================================ Kempir-Abad arrests, Sunday 23 October 2022
    P = dict(place=KG, date="2022-10-23")
    AR = dict(place=BIS, date="2022-10-24")
    f = "kempirabad_articles_ru.jsonl#"
    GK = dict(src="State Committee for National Security of Kyrgyzstan (GKNB)", stype="official", **P)
    C(f + "k1", "detained", 20, "more_than", "задержал более 20 противников соглашения", **P)
    C(f + "k1", "detained", 22, "exact", "задержаны 22 человека", stext="По данным ГКНБ", **GK)
    C(f + "k1", "detained", 26, "at_least", "не менее 26 задержанных", "Kylym Shamy human rights movement", "ngo", stext="Правозащитное движение «Кылым шамы»", **P)
    C(f + "k1", "participants", 500, "about", "выступили около 500 человек", place=KSU, date="2022-10-22")
    C(f + "k2", "arrested", 21, "exact", "Суд арестовал 21 задержанного", **AR)
    C(f + "k2", "arrested", 21, "exact", "арестовал на два месяца 21 человека", **AR)
    AM = dict(src="Ata-Meken party", stype="opposition", stext="Партия «Ата-Мекен»", **P)
    C(f + "k2", "detained", 25, "exact", "задержанных было 25", **AM)
    C(f + "k2", "detained", 4, "exact", "среди них 4 бывших депутата", group="former MPs", **AM)
    C(f + "k2", "detained", None, "vague", "«сотнях задержанных»", "social networks", "social_media", "unconfirmed", stext="В соцсетях", **P)
    C(f + "k2", "detained", None, "vague", "в ГКНБ эти сведения опровергли", mod="denied", stext="в ГКНБ", **GK)

    d = "kempirabad_news_kk.txt"
    C(d, "detained", 20, "more_than", "Қырғызстанда 20-дан астам белсенді ұсталды", **P)
    C(d, "detained", 22, "exact", "22 адам жаппай тәртіпсіздік", stext="ҰҚМК-ның мәліметінше", **GK)
    C(d, "detained", 26, "exact", "ұсталғандар саны 26-ға жетті", "human rights defenders", "ngo", stext="Құқық қорғаушылардың айтуынша", **P)
    C(d, "arrested", 21, "exact", "21 адамды екі айға қамауға алды", **AR)
    C(d, "detained", None, "vague", "«жүздеген адам» ұсталды", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "detained", None, "vague", "бұл ақпаратты жоққа шығарды", mod="denied", stext="ҰҚМК", **GK)

    d = "kempirabad_report_uk.txt"
    C(d, "detained", 20, "more_than", "затримали понад 20 критиків", **P)
    C(d, "detained", 22, "exact", "повідомили про 22 затриманих", stext="У ДКНБ", **GK)
    C(d, "detained", 26, "at_least", "затримано щонайменше 26 людей", "Kylym Shamy human rights movement", "ngo", stext="Правозахисний рух «Кылым шамы»", **P)
    C(d, "detained", [25, 30], "range", "від 25 до 30 затриманих", "Ata-Meken party", "opposition", stext="Опозиційна партія «Ата-Мекен»", **P)
    C(d, "participants", [300, 500], "range", "від 300 до 500 учасників", "organizers", "activist", stext="За даними організаторів", place=KSU, date="2022-10-22")
    C(d, "arrested", 21, "exact", "взяв під варту 21 затриманого", **AR)
    C(d, "detained", 2, "exact", "ДКНБ затримав ще 2 активістів", place=KG, date="2022-10-26")

    # ================================================================ 'Gavrilov night' in Tbilisi, Thursday 20 - Friday 21 June 2019
    P = dict(place=TBS, date=D_TB)
    d = "tbilisi_wiki_ru.wiki"
    IF = dict(src="Interfax", stype="media", stext="Интерфакс", **P)
    C(d, "participants", 10000, "more_than", "участники = более 10 000", **P)
    C(d, "injured", 240, "exact", "пострадавшие = 240", **IF)
    C(d, "injured", 240, "exact", "Число пострадавших при разгоне акции в Тбилиси выросло до 240", **IF)
    C(d, "detained", 305, "exact", "задержанные = 305", **P)
    C(d, "injured", 69, "exact", "Первоначально сообщалось о 69 пострадавших", "initial reports", "unknown", stext="Первоначально сообщалось", **P)
    C(d, "injured", 69, "exact", "В Тбилиси при разгоне протеста пострадали 69 человек", "TASS", "media", stext="ТАСС", **P)
    MZ = dict(src="Georgian Ministry of Health", stype="official", stext="Министерство здравоохранения Грузии", **P)
    C(d, "injured", 240, "exact", "сообщило о 240 пострадавших", **MZ)
    C(d, "injured", 80, "exact", "из них 80 полицейских", group="police", **MZ)
    C(d, "injured", 102, "exact", "102 человека госпитализированы", **MZ)
    C(d, "injured", 2, "exact", "Двое участников акции лишились глаза", **P)
    C(d, "injured", None, "vague", "говорили о «сотнях» раненых", "Georgian Young Lawyers' Association", "ngo", stext="Правозащитники из Ассоциации молодых юристов Грузии", **P)
    C(d, "killed", 1, "exact", "писали о гибели одного протестующего", "social networks", "social_media", "unconfirmed", stext="В социальных сетях", **P)
    MV = dict(src="Georgian Interior Ministry", stype="official", **P)
    C(d, "killed", 1, "exact", "МВД Грузии назвало это ложью", mod="denied", stext="МВД Грузии", **MV)
    C(d, "detained", 305, "exact", "задержаны 305 человек", stext="МВД Грузии сообщило", **MV)
    C(d, "participants", 30000, "at_most", "вышли до 30 тысяч человек", "the opposition", "opposition", stext="По оценке оппозиции", **P)
    C(d, "arrested", 121, "exact", "административный арест 121 задержанному", place=TBS, date="2019-06")

    d = "tbilisi_report_uk.txt"
    C(d, "injured", 240, "exact", "постраждали 240 людей", **P)
    C(d, "participants", None, "vague", "розігнала тисячі людей", **P)
    MZ = dict(src="Georgian Ministry of Health", stype="official", stext="МОЗ Грузії", **P)
    C(d, "injured", 240, "exact", "повідомило про 240 постраждалих", **MZ)
    C(d, "injured", 80, "exact", "серед них 80 поліцейських", group="police", **MZ)
    C(d, "injured", 39, "exact", "39 журналістів", group="journalists", **MZ)
    C(d, "injured", 2, "exact", "2 молодих людей втратили око", "doctors of a Tbilisi clinic", "eyewitness", stext="Лікарі клініки в Тбілісі", **P)
    C(d, "participants", 20000, "more_than", "понад 20 тисяч учасників", "organizers", "activist", stext="Організатори акції", **P)
    C(d, "participants", 10000, "at_most", "не більше 10 тисяч людей", "Georgian Interior Ministry", "official", stext="У МВС Грузії", **P)
    C(d, "detained", 305, "exact", "затримано 305 осіб", "Georgian Interior Ministry", "official", stext="За даними МВС Грузії", **P)
    C(d, "detained", 340, "at_least", "затримала щонайменше 340 людей", "Georgian Young Lawyers' Association", "ngo", "unconfirmed", stext="Грузинська асоціація молодих юристів", **P)

    d = "tbilisi_news_en.txt"
    C(d, "injured", 240, "exact", "240 hurt", **P)
    C(d, "participants", None, "vague", "thousands of protesters", **P)
    HM = dict(src="The health ministry", stype="official", **P)
    C(d, "injured", 240, "exact", "240 people had been hurt", **HM)
    C(d, "injured", 80, "exact", "including 80 police officers", group="police", **HM)
    C(d, "injured", 102, "exact", "102 had been taken to hospital", **HM)
    C(d, "injured", 2, "exact", "Two young people lost an eye", "doctors", "eyewitness", **P)
    C(d, "detained", 305, "exact", "305 people were detained", "The interior ministry", "official", **P)
    C(d, "participants", 10000, "at_least", "at least 10,000 people", "Opposition leaders", "opposition", **P)
    C(d, "participants", 5000, "at_most", "no more than 5,000", "the ruling Georgian Dream party", "official", **P)
    C(d, "killed", 1, "exact", "Rumours that a protester had died", "Facebook", "social_media", "unconfirmed", **P)
    C(d, "killed", 1, "exact", "the health ministry said nobody was killed", "the health ministry", "official", "denied", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d13g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "bekair_news_kk.txt"
    T(d, "2019-12-27", "Bek Air Fokker 100 crashes after take-off from Almaty", "Жұма күні, 27 желтоқсанда")
    T(d, "2019-12-27T07:22", "crash (local time)", "жергілікті уақыт бойынша сағат 07:22 шамасында")
    T(d, "2019-12-28", "national day of mourning", "Сенбі күні, 28 желтоқсанда")
    f = "bekair_feed_en.rss#"
    T(f + "bk-1", "2019-12-27", "plane crashes after take-off", "on Friday")
    T(f + "bk-1", "2019-12-27T07:21+06:00", "take-off (local time, 0121 GMT)", "at 07:21 local time (0121 GMT)")
    T(f + "bk-2", "2019-12-28", "Interior Ministry revises toll to 12", "on Saturday")
    d = "bekair_health_ru.txt"
    T(d, "2019-12-27T07:22", "crash on take-off", "27 декабря 2019 года около 07:22")
    T(d, "2019-12-27T18:00", "status: 67 in hospital, 12 dead", "По состоянию на 18:00 27 декабря")

    d = "moscow_export_ru.xml#41207"
    T(d, "2010-03-29T07:56+04:00", "explosion at Lubyanka (Moscow time)", "29 марта 2010 года, на станции «Лубянка» в 07:56 по московскому времени (UTC+4)")
    T(d, "2010-03-29T08:37", "explosion at Park Kultury", "около 08:37")
    T(d, "2010-03-29", "MChS: 37 dead, 65 in hospital", "Днём 29 марта")
    T(d, "2010-03-31", "ministry: 39 dead, 88 injured", "к 31 марта")
    T(d, "2010-03-29", "FSB identifies the bombers", "Вечером 29 марта")
    T(d, "2010-04-01", "two suspected accomplices detained", "В четверг, 1 апреля")
    T(d, "2010-03-30", "day of mourning", "День траура объявили на 30 марта")
    d = "moscow_mtblog_en.txt"
    T(d, "2010-03-29T07:56+04:00", "explosion at Lubyanka (Moscow time)", "29.03.2010 in 7.56 hours (Moscow time)")
    T(d, "2010-03-29T08:37", "second explosion at Park Kultury", "in 8.37")
    T(d, "2010-03-29T10:00", "MChS: 25 dead", "Update 29.03 10.00")
    T(d, "2010-03-29T14:00", "toll rises to 35", "Update 29.03 14.00")
    T(d, "2010-03-30", "health ministry: 39 dead", "Update 30.03")
    T(d, "2010-03-31", "prosecutors: 40 dead", "Update 31.03")
    d = "moscow_news_kk.txt"
    T(d, "2010-03-29T07:56+04:00", "explosion at Lubyanka (Moscow time)", "Дүйсенбі күні, 29 наурызда, Мәскеу уақыты бойынша сағат 07:56-да")
    T(d, "2010-03-29T08:37", "explosion at Park Kultury", "08:37-де")
    T(d, "2010-03-30", "day of mourning in Moscow", "Сейсенбі күні, 30 наурызда")

    d = "kharkiv_timeline_uk.md"
    for day, entries in (("2024-05-25", (("15:55", "two guided bombs hit the Epicentr hypermarket"), ("16:30", "mayor: dead and injured"), ("17:10", "governor: 2 dead, at least 33 injured"), ("18:40", "governor: 6 dead, 40 injured, 16 missing"), ("20:15", "SES: fire contained"), ("21:10", "president's statement"), ("22:30", "police: 11 dead, 43 injured"))),
                         ("2024-05-26", (("08:00", "governor: 12 dead, 16 missing"), ("10:30", "SES: search continues"), ("12:00", "Telegram claims dozens of soldiers dead; denied"), ("14:30", "eyewitness account"), ("17:00", "prosecutors: 14 dead"), ("19:45", "mayor: 16 dead, 3 missing"))),
                         ("2024-05-27", (("09:00", "health ministry: 23 in hospital"), ("13:20", "two more bodies found; 18 dead"), ("18:00", "civic initiative claims at least 25 dead")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2024-05-27", "day of mourning in Kharkiv", "День жалоби в Харкові")
    T(d, "2024-05-28T10:00+03:00", "governor: 19 dead, search ended", "Вівторок, 28 травня, 10:00")
    T(d, "2024-05-29T12:00+03:00", "city council: damage; a man detained", "Середа, 29 травня, 12:00")
    d = "kharkiv_press_en.html"
    T(d, "2024-05-25T15:55+03:00", "two guided bombs hit the hypermarket (Kyiv time)", "On Saturday, 25 May 2024, at about 15:55 Kyiv time")
    T(d, "2024-05-27T18:00", "status: 18 dead, 48 injured, 3 missing", "As of 18:00 on 27 May")
    w = "kharkiv_wiki_en.atom#epi-wp"
    T(w, "2024-05-25", "strike on the Epicentr hypermarket", "On 25 May 2024")
    T(w, "2024-05-25T16:00+03:00", "two guided bombs hit the hypermarket", "at about 16:00 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(w, "2024-05-26", "police: 16 missing", "On 26 May")
    T(w, "2024-05-28", "one person still unaccounted for", "by 28 May")
    T(w, "2024-05-27", "day of mourning", "declared 27 May a day of mourning")
    T("kharkiv_wiki_en.atom#epi-re", "2024-05-28", "UN mission: at least 18 civilians killed", "on 28 May")

    f = "kempirabad_articles_ru.jsonl#"
    T(f + "k1", "2022-10-23", "GKNB detains opponents of the Kempir-Abad agreement", "В воскресенье, 23 октября")
    T(f + "k1", "2022-10-22", "meeting against the agreement in Kara-Suu", "Накануне, в субботу")
    T(f + "k2", "2022-10-24", "court remands 21 in custody", "В понедельник, 24 октября")
    T(f + "k2", "2022-10-25", "relatives gather at the court", "Во вторник, 25 октября")
    d = "kempirabad_news_kk.txt"
    T(d, "2022-10-23", "GKNB detains activists", "Жексенбі күні, 23 қазанда")
    T(d, "2022-10-24", "court remands 21 for two months", "Дүйсенбі күні")
    d = "kempirabad_report_uk.txt"
    T(d, "2022-10-23", "GKNB detains politicians and activists", "У неділю, 23 жовтня")
    T(d, "2022-10-24", "court remands 21", "У понеділок, 24 жовтня")
    T(d, "2022-10-26", "two more activists detained", "У середу, 26 жовтня")

    d = "tbilisi_wiki_ru.wiki"
    T(d, "2019-06-20", "protest outside parliament after Gavrilov's speech", "в ночь с четверга, 20 июня, на пятницу, 21 июня 2019 года")
    T(d, "2019-06-21T00:30+04:00", "police disperse the rally (Tbilisi time)", "около 00:30 по тбилисскому времени (UTC+4)")
    T(d, "2019-06-21", "health ministry: 240 injured", "Утром 21 июня")
    T(d, "2019-06-21", "speaker Kobakhidze resigns", "Вечером 21 июня")
    T(d, "2019-06-24", "121 given administrative arrest", "К 24 июня")
    d = "tbilisi_report_uk.txt"
    T(d, "2019-06-21", "police disperse the protest", "У ніч на п'ятницю, 21 червня")
    T(d, "2019-06-21T00:30+04:00", "tear gas and rubber bullets (Tbilisi time)", "Близько 00:30 за тбіліським часом (UTC+4)")
    T(d, "2019-06-20", "peaceful protest in the evening", "У четвер увечері")
    T(d, "2019-06-24", "protesters return to parliament", "У понеділок, 24 червня")
    d = "tbilisi_news_en.txt"
    T(d, "2019-06-21", "police fire tear gas and rubber bullets", "early on Friday")
    T(d, "2019-06-21T00:30+04:00", "police move in (local time, 2030 GMT on Thursday)", "at around 00:30 local time (2030 GMT on Thursday)")
    T(d, "2019-06-20", "Russian lawmaker addresses the assembly", "on Thursday")
    T(d, "2019-06-21", "speaker Kobakhidze resigns", "on Friday evening")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d13t{n:03d}"
    return rows


ENTITIES = [
    ("Almaty", "place", ["Алматы", "Almaty"]),
    ("Besagash", "place", ["Бесағаш", "Бесагаш"]),
    ("Bek Air", "org", ["Bek Air", "Бек Эйр"]),
    ("Moscow", "place", ["Мәскеу", "Москвы", "Moscow"]),
    ("Lubyanka", "place", ["Лубянка", "Lubyanka"]),
    ("Kharkiv", "place", ["Харкові", "Харкову", "Kharkiv"]),
    ("Oleh Syniehubov", "person", ["Олег Синєгубов", "Синєгубов", "Oleh Syniehubov"]),
    ("Ihor Terekhov", "person", ["Ігор Терехов", "Терехов", "Ihor Terekhov"]),
    ("Epicentr", "org", ["Епіцентр", "Epicentr"]),
    ("Kempir-Abad", "place", ["Кемпір-Әбад", "Кемпір-Абад", "Кемпир-Абаду", "Кемпир-Абада"]),
    ("State Committee for National Security of Kyrgyzstan", "org", ["ГКНБ", "ҰҚМК", "ДКНБ"]),
    ("Bishkek", "place", ["Бишкеке", "Бишкека", "Бішкек", "Бішкеку"]),
    ("Tbilisi", "place", ["Тбилиси", "Тбілісі", "TBILISI"]),
    ("Sergei Gavrilov", "person", ["Сергея Гаврилова", "Сергія Гаврилова", "Гаврилова"]),
    ("Irakli Kobakhidze", "person", ["Ираклий Кобахидзе", "Irakli Kobakhidze"]),
    ("Georgian Interior Ministry", "org", ["МВД Грузии", "МВС Грузії"]),
    ("Georgian Young Lawyers' Association", "org", ["Ассоциации молодых юристов Грузии", "Грузинська асоціація молодих юристів"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset13", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
