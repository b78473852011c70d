"""Write the gold annotations of the twenty-fifth development set: tests/data/devset25/gold/devset25.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset25.py, which checks every anchor:

    python tests/data/devset25/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `krymsk_report_ru.txt` is stored in KOI8-R.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

TMR, TBS, KYV, NMG = "Temirtau", "Tbilisi", "Kyiv", "Minsk"
KRY, KRD, KKR = "Krymsk", "Krymsk district", "Krasnodar krai"
D_TM = ["1959-08-01", "1959-08-03"]  # the riot, Saturday 1 - Monday 3 August 1959
D_TB, D_TBP = "1989-04-09", ["1989-04-08", "1989-04-09"]  # the dispersal; the crowd on the eve and that night
D_IN, D_IN19, D_20 = ["2014-02-18", "2014-02-20"], ["2014-02-18", "2014-02-19"], "2014-02-20"
D_KR = ["2012-07-06", "2012-07-07"]  # the night of 6-7 July 2012
D_NM = "1999-05-30"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Temirtau riot, 1-3 August 1959
    P = dict(place=TMR, date=D_TM)
    RI, SP, WK = "rioters", "soldiers and police", "workers"
    d = "temirtau_news_kk.txt"
    C(d, "killed", 16, "exact", "құжатта 16 құрбан", "official document", "official", stext="құжатта", **P)
    C(d, "killed", None, "vague", "куәгерлер жүздеген дейді", "eyewitnesses", "eyewitness", stext="куәгерлер", **P)
    C(d, "participants", 1500, "about", "1500-ге жуық адам қала орталығына шығып", place=TMR, date="1959-08-02")
    C(d, "deployed", 2000, "about", "2000-ға жуық әскери қызметші мен милиционер жеткізілді", place=TMR, date="1959-08-02")
    MV = dict(src="USSR Interior Ministry", stype="official", stext="КСРО Ішкі істер министрлігінің анықтамасына сәйкес", **P)
    C(d, "killed", 11, "exact", "оқиға орнында 11 адам оққа ұшты", **MV)
    C(d, "killed", 5, "exact", "тағы 5-еуі ауруханада көз жұмды", **MV)
    C(d, "injured", 27, "exact", "Құжатта 27 толқушының жараланғаны", group=RI, **MV)
    C(d, "injured", 109, "exact", "109 әскери қызметші мен милиционердің зардап шеккені", group=SP, **MV)
    C(d, "killed", None, "vague", "құрбандардың саны жүздеп саналады дейді", "eyewitnesses who were in Temirtau", "eyewitness", stext="сол күндері Теміртауда болған куәгерлер", **P)
    C(d, "killed", 40, "more_than", "40-тан астам мәйіт тиелгенін", "Mykola Hrytsenko, a builder at the time", "eyewitness", stext="Микола Гриценко", **P)
    C(d, "detained", 190, "exact", "190 адамның ұсталғаны айтылады", "Prosecutor General's Office of Kazakhstan", "official", stext="Қазақстан Бас прокуратурасының 1990 жылдардағы тексеру материалдарында", place=TMR, date="1959-08")
    C(d, "convicted", 70, "more_than", "Сот 70-тен астам адамды жазалады", place=TMR, date="1959")
    C(d, "convicted", 5, "exact", "5 адамға өлім жазасы кесілді", place=TMR, date="1959")
    C(d, "killed", 1000, "more_than", "«1000-нан астам жұмысшы атылды»", "social media", "social_media", "unconfirmed", group=WK, stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 1000, "more_than", "бұл мәліметті құжатпен расталмаған, шындыққа жанаспайды деп атады", "Karaganda regional state archive", "official", "denied", group=WK, stext="Қарағанды облыстық мемлекеттік мұрағатының қызметкерлері", **P)
    C(d, "dismissed", 1, "exact", "Николай Беляев қызметінен босатылды", place=TMR, date="1960-01")

    d = "temirtau_export_kk.xml#40731"
    EQ = dict(src="Egemen Qazaqstan", stype="media", stext="Егемен Қазақстан", **P)
    C(d, "killed", 16, "exact", "| қаза тапқандар = 16 (ресми)", **EQ)
    C(d, "killed", 16, "exact", "Теміртау оқиғасы: 16 құрбанның есімі анықталды", **EQ)
    r = "| жараланғандар  = 27 толқушы, 109 әскери қызметші"
    C(d, "injured", 27, "exact", r, group=RI, **P)
    C(d, "injured", 109, "exact", r, group="soldiers", **P)
    C(d, "detained", 190, "exact", "| ұсталғандар    = 190", place=TMR, date="1959-08")
    C(d, "killed", 11, "exact", "оқ атып, 11 адамды өлтірді", **P)
    C(d, "killed", 5, "exact", "тағы бесеуі кейін ауруханада қайтыс болды", **P)
    C(d, "killed", 16, "exact", "барлығы 16 адам қаза тапты", "official data", "official", stext="Ресми деректер бойынша", **P)
    C(d, "killed", [50, 100], "range", "құрбандар санын 50-ден 100-ге дейін деп бағалайды", "independent historians", "ngo", stext="Тәуелсіз тарихшылар", **P)
    C(d, "detained", 190, "exact", "190 адам ұсталды", "Karaganda regional state archive", "official", stext="Қарағанды облыстық мемлекеттік мұрағатының мәліметінше", place=TMR, date="1959-08")
    C(d, "convicted", 78, "exact", "сотта 78 адам сотталды", place=TMR, date="1959-10")
    C(d, "convicted", 5, "exact", "Бесеуіне өлім жазасы кесілді", place=TMR, date="1959-10")
    C(d, "dismissed", 1, "exact", "бірінші хатшысы қызметінен босатылды", place=TMR, date="1960-01")

    f = "temirtau_feed_en.rss#"
    C(f + "tmr-1", "participants", 1500, "about", "About 1,500 workers marched into the town", place=TMR, date="1959-08-02")
    C(f + "tmr-1", "killed", 11, "exact", "Officially 11 people were shot dead", "official figures", "official", **P)
    C(f + "tmr-1", "killed", 5, "exact", "five more died in hospital", "official figures", "official", **P)
    C(f + "tmr-1", "killed", None, "vague", 'Witnesses later spoke of "dozens" of bodies', "witnesses", "eyewitness", **P)
    AP = dict(src="party documents declassified in the 1990s", stype="official", **P)
    C(f + "tmr-2", "killed", 16, "exact", "Archive papers list 16 dead", **AP)
    C(f + "tmr-2", "injured", 109, "exact", "109 soldiers hurt in Temirtau unrest", group="soldiers", **AP)
    C(f + "tmr-2", "killed", 16, "exact", "put the toll of the Temirtau riot at 16 dead", **AP)
    C(f + "tmr-2", "injured", 27, "at_least", "At least 27 rioters were wounded", group=RI, **AP)
    C(f + "tmr-2", "injured", 109, "exact", "109 soldiers and policemen were injured", group=SP, **AP)
    C(f + "tmr-2", "detained", 190, "about", "Around 190 people were detained by the KGB and the police", place=TMR, date="1959-08")
    C(f + "tmr-2", "convicted", None, "vague", "jailed dozens of the rioters", place=TMR, date="1959")
    C(f + "tmr-2", "convicted", 5, "exact", "sentenced five to death", place=TMR, date="1959")
    C(f + "tmr-2", "killed", 500, "more_than", '"more than 500" workers were killed', "a forum post", "social_media", "unconfirmed", group=WK, **P)
    C(f + "tmr-2", "killed", 500, "more_than", "historians at Karaganda State University called it a myth", "historians at Karaganda State University", "ngo", "denied", group=WK, **P)
    C(f + "tmr-2", "dismissed", 1, "exact", "was removed from his post in January 1960", place=TMR, date="1960-01")

    # ================================================================ Tbilisi, 9 April 1989
    P = dict(place=TBS, date=D_TB)
    PP = dict(place=TBS, date=D_TBP)
    WO, SO, DE = "women", "soldiers", "demonstrators"
    d = "tbilisi_wiki_ru.wiki"
    C(d, "participants", 10000, "about", "| участники      = около 10 000 демонстрантов", **PP)
    C(d, "killed", 21, "exact", "| погибшие       = 21", "commission of the USSR Congress of People's Deputies", "official", stext="Заключение комиссии Съезда народных депутатов СССР", **P)
    r = "| раненые        = 290 демонстрантов, 189 военнослужащих"
    C(d, "injured", 290, "exact", r, group=DE, **P)
    C(d, "injured", 189, "exact", r, group=SO, **P)
    C(d, "participants", 10000, "about", "находились около 10 000 человек", "organisers of the rally", "opposition", stext="по оценкам организаторов", **PP)
    C(d, "deployed", 2000, "about", "участвовали около 2000 военнослужащих и сотрудников МВД", "military prosecutor's office", "official", stext="по данным военной прокуратуры", **P)
    C(d, "killed", 16, "exact", "На месте погибли 16 человек", **P)
    C(d, "killed", 14, "exact", "из них 14 женщин", group=WO, **P)
    C(d, "killed", 3, "exact", "ещё трое скончались в больнице", **P)
    C(d, "killed", 19, "exact", "число погибших в первые дни составило 19", **P)
    C(d, "killed", 2, "exact", "умерли ещё двое", **P)
    C(d, "injured", 290, "exact", "В больницы города были доставлены 290 человек", **P)
    C(d, "injured", 189, "exact", "ранения получили 189 военнослужащих", "command of the Transcaucasian Military District", "official", group=SO, stext="Командование округа", **P)
    C(d, "injured", 4000, "more_than", "обратились свыше 4000 человек", "Georgian SSR health ministry", "official", stext="Министерство здравоохранения Грузинской ССР", **P)
    C(d, "killed", None, "vague", "слухи о сотнях погибших", "rumours in the city", "unknown", "unconfirmed", stext="Распространявшиеся в городе слухи", **P)
    C(d, "killed", None, "vague", "МВД Грузинской ССР назвало «провокационными»", "Georgian SSR Interior Ministry", "official", "denied", stext="МВД Грузинской ССР", **P)
    C(d, "dismissed", 1, "exact", "был освобождён от должности", place=TBS, date="1989-04-14")

    d = "tbilisi_report_uk.txt"
    C(d, "participants", 10000, "about", "Близько 10 тисяч людей", **PP)
    C(d, "killed", 16, "exact", "стало відомо про 16 загиблих", **P)
    C(d, "killed", 14, "exact", "серед них 14 жінок", group=WO, **P)
    C(d, "killed", 3, "exact", "Троє померли згодом у лікарнях", **P)
    C(d, "killed", 19, "exact", "радянські газети писали про 19 жертв", "Soviet newspapers", "media", stext="радянські газети", **P)
    C(d, "killed", 21, "exact", "Остаточний підрахунок — 21 загиблий", **P)
    C(d, "killed", 2, "exact", "ще двоє, за даними грузинських лікарів, померли від отруєння", "Georgian doctors", "official", stext="за даними грузинських лікарів", **P)
    C(d, "injured", [3000, 4000], "range", "звернулися від 3 до 4 тисяч людей", "doctors of Tbilisi clinics", "official", stext="Лікарі тбіліських клінік", **P)
    C(d, "injured", 4000, "more_than", "«понад 4 тисячі» постраждалих від газу", "commission of the Supreme Council of the Georgian SSR", "official", stext="Комісія Верховної Ради Грузинської РСР", **P)
    C(d, "injured", 189, "exact", "поранення отримали 189 військовослужбовців", "General Igor Rodionov", "official", group=SO, stext="Генерал Ігор Родіонов", **P)
    C(d, "killed", None, "vague", "чутки про «сотні вбитих»", "rumours in the city", "unknown", "unconfirmed", stext="містом поповзли чутки", **P)
    C(d, "dismissed", 1, "exact", "з посади звільнили першого секретаря ЦК Компартії Грузії", place=TBS, date="1989-04-14")

    d = "tbilisi_press_en.html"  # the April 9 Memory Foundation in its own voice
    C(d, "killed", 21, "exact", "35 years on, we name all 21", **P)
    C(d, "participants", 10000, "about", "Around 10,000 people had gathered there", **PP)
    C(d, "killed", 21, "exact", "documented the deaths of 21 people", **P)
    C(d, "killed", 16, "exact", "Sixteen of them died on the spot", **P)
    C(d, "killed", None, "vague", "most of the dead were young women", group=WO, **P)
    C(d, "killed", 3, "exact", "Three more died in hospital", **P)
    C(d, "killed", 2, "exact", "two died later of gas poisoning", **P)
    C(d, "killed", 21, "exact", "<tr><td>Killed in total</td><td>21</td></tr>", **P)
    C(d, "killed", 17, "exact", "<tr><td>of them women</td><td>17</td></tr>", group=WO, **P)
    C(d, "killed", 16, "exact", "<tr><td>Died on the spot</td><td>16</td></tr>", **P)
    C(d, "injured", 290, "exact", "<tr><td>Hospitalised on 9 April</td><td>290</td></tr>", **P)
    C(d, "injured", 4000, "more_than", "<tr><td>Sought treatment for gas poisoning</td><td>4,000+</td></tr>", **P)
    C(d, "injured", 189, "exact", "189 of its servicemen were injured", "Transcaucasian Military District", "official", group=SO, **P)
    C(d, "deployed", 2000, "about", "about 2,000 troops and Interior Ministry personnel took part", "military prosecutors", "official", **P)

    # ================================================================ Instytutska street, Kyiv, 18-20 February 2014
    P = dict(place=KYV, date=D_IN)
    P20 = dict(place=KYV, date=D_20)
    PO, PR = "police", "protesters"
    d = "instytutska_timeline_uk.md"
    C(d, "participants", 20000, "more_than", "у ній понад 20 тисяч людей", "organisers of the march", "opposition", stext="За оцінками організаторів", place=KYV, date="2014-02-18")
    C(d, "participants", 5000, "about", "Майдан утримують близько 5 тисяч людей", place=KYV, date="2014-02-19")
    MZ = dict(src="Ukrainian health ministry", stype="official")
    C(d, "killed", 26, "exact", "загинули 26 людей", stext="МОЗ", place=KYV, date=D_IN19, **MZ)
    C(d, "killed", 10, "exact", "серед них 10 правоохоронців", group=PO, stext="МОЗ", place=KYV, date=D_IN19, **MZ)
    C(d, "injured", 241, "exact", "Госпіталізовано 241 особу", stext="МОЗ", place=KYV, date=D_IN19, **MZ)
    MV = dict(src="Ukrainian Interior Ministry", stype="official", stext="МВС")
    C(d, "injured", 11, "exact", "вогнепальні поранення дістали 11 міліціонерів", group=PO, place=KYV, date=D_IN19, **MV)
    C(d, "killed", 15, "at_least", "щонайменше 15 убитих лише за ранок", "Maidan medical service", "activist", stext="Медична служба Майдану", **P20)
    C(d, "killed", 3, "exact", "троє правоохоронців убиті з вогнепальної зброї", group=PO, **MV, **P20)
    C(d, "injured", 28, "exact", "28 поранено", group=PO, **MV, **P20)
    C(d, "killed", 100, "more_than", "«понад 100 загиблих»", "Oleh Musiy, coordinator of the Maidan medical service", "activist", "unconfirmed", stext="Координатор медслужби Майдану Олег Мусій", **P20)
    C(d, "killed", 75, "exact", "з ранку вівторка загинули 75 людей", stext="МОЗ", **MZ, **P)
    C(d, "injured", 571, "exact", "госпіталізовано 571", stext="МОЗ", **MZ, **P)
    C(d, "killed", 77, "exact", "загинули 77 людей", stext="МОЗ уточнює", **MZ, **P)
    C(d, "killed", 82, "exact", "МОЗ називає 82 загиблих", stext="МОЗ", **MZ, **P)
    C(d, "detained", 3, "exact", "затримали трьох бійців спецроти «Беркута»", "Prosecutor General's Office and the SBU", "official", stext="Генпрокуратура та СБУ", place=KYV, date="2014-04")
    GP = dict(src="Prosecutor General's Office of Ukraine", stype="official", stext="Генпрокуратура")
    C(d, "killed", 48, "exact", "на Інститутській загинули 48 учасників протестів", group=PR, **GP, **P20)
    C(d, "injured", 80, "exact", "80 дістали вогнепальні поранення", group=PR, **GP, **P20)
    C(d, "killed", 107, "exact", "У списку Героїв Небесної Сотні 107 імен", "list of the Heroes of the Heavenly Hundred", "unknown", stext="У списку Героїв Небесної Сотні", place=KYV, date=["2014-01", "2014-02"])
    C(d, "convicted", 3, "exact", "засудив трьох колишніх бійців «Беркута»", "Sviatoshynskyi district court of Kyiv", "official", stext="Святошинський районний суд Києва", place=KYV, date="2023-10-18")
    # the table of figures per source
    r = "| МОЗ України | 19.02 | 26 | 10 | 241 |"
    for m, v, g in (("killed", 26, None), ("killed", 10, PO), ("injured", 241, None)):
        C(d, m, v, "exact", r, group=g, stext="МОЗ України", place=KYV, date=D_IN19, **MZ)
    r = "| МВС України | 20.02 | — | 3 | 28 |"
    C(d, "killed", 3, "exact", r, "Ukrainian Interior Ministry", "official", group=PO, stext="МВС України", **P20)
    C(d, "injured", 28, "exact", r, "Ukrainian Interior Ministry", "official", group=PO, stext="МВС України", **P20)
    C(d, "killed", 100, "more_than", "| Медслужба Майдану | 20.02 | понад 100 | — | — |", "Maidan medical service", "activist", stext="Медслужба Майдану", **P20)
    r = "| МОЗ України | 20.02 | 75 | — | 571 |"
    C(d, "killed", 75, "exact", r, stext="МОЗ України", **MZ, **P)
    C(d, "injured", 571, "exact", r, stext="МОЗ України", **MZ, **P)
    C(d, "killed", 82, "exact", "| МОЗ України | 22.02 | 82 | — | — |", stext="МОЗ України", **MZ, **P)
    r = "| Генпрокуратура (20.02, Інститутська) | 11.2015 | 48 | — | 80 |"
    C(d, "killed", 48, "exact", r, **GP, **P20)
    C(d, "injured", 80, "exact", r, **GP, **P20)

    d = "instytutska_statement_uk.txt"  # the director of the Kyiv city health department in his own voice
    C(d, "killed", 75, "exact", "з вівторка, 18 лютого, загинули 75 людей", **P)
    C(d, "killed", 47, "at_least", "ми втратили щонайменше 47 людей", **P20)
    C(d, "killed", 13, "exact", "Серед загиблих за три дні — 13 працівників міліції", "Ukrainian Interior Ministry", "official", group=PO, stext="це дані МВС", **P)
    C(d, "injured", 571, "exact", "ми госпіталізували 571 людину", **P)
    C(d, "injured", 20, "at_most", "У реанімації зараз перебувають до 20 поранених", **P)
    C(d, "injured", 1100, "more_than", "Ще понад 1100 людей звернулися по допомогу", **P)
    C(d, "killed", 500, "more_than", "«понад 500 загиблих»", "social media", "social_media", "unconfirmed", stext="У соціальних мережах", **P)
    C(d, "killed", 500, "more_than", "Це неправда", mod="denied", **P)
    C(d, "missing", 29, "exact", "не можемо знайти у своїх списках 29 людей", **P)

    d = "instytutska_mtblog_en.txt"  # a volunteer medic, machine-translated
    C(d, "deployed", 30, "about", "Near 30 people of us are working", **P20)
    C(d, "killed", 12, "exact", "On our point only are brought 12 killed persons", **P20)
    C(d, "killed", 3, "exact", "3 of the police are killed", "The Interior ministry", "official", group=PO, **P20)
    C(d, "injured", 28, "exact", "28 are wounded with firearms", "The Interior ministry", "official", group=PO, **P20)
    C(d, "injured", 50, "more_than", "I count more than 50 wounded", **P20)
    C(d, "killed", 100, "more_than", "Coordinator Musiy says the dead are more than 100", "Coordinator Musiy", "activist", "unconfirmed", **P20)
    C(d, "killed", 75, "exact", "are lost 75 persons from Tuesday", "Ministry of Health", "official", **P)
    C(d, "injured", 571, "exact", "571 are in hospitals", "Ministry of Health", "official", **P)
    C(d, "killed", 20, "about", '"about 20" people were killed', "Russian channels", "social_media", "unconfirmed", **P)
    C(d, "killed", 20, "about", "This is a lie, our medics worked with the bodies", mod="denied", **P)
    C(d, "killed", 2, "exact", "We have 2 medics killed from our own service", group="medics", **P20)

    # ================================================================ Krymsk flood, night of 6-7 July 2012
    P = dict(place=KRY, date=D_KR)
    PK = dict(place=KKR, date=D_KR)
    PD = dict(place=KRD, date=D_KR)
    d = "krymsk_report_ru.txt"  # KOI8-R
    KA = dict(src="Krasnodar krai administration", stype="official", stext="краевая администрация")
    C(d, "killed", 89, "exact", "сообщала о 89 погибших", **KA, **PK)
    C(d, "killed", 103, "exact", "к вечеру говорили уже о 103", **KA, **PK)
    C(d, "killed", 144, "exact", "МЧС России назвало 144 жертвы", "Russian Emergencies Ministry", "official", stext="МЧС России", **PK)
    SH = dict(src="regional emergency headquarters", stype="official", stext="по данным краевого штаба")
    C(d, "killed", 171, "exact", "в Краснодарском крае погибли 171 человек", **SH, **PK)
    C(d, "killed", 153, "exact", "из них 153 - в Крымском районе", **SH, **PD)
    C(d, "missing", 2, "exact", "Двое жителей Крымска числятся пропавшими без вести", **P)
    HM = dict(src="Kuban health ministry", stype="official", stext="минздрав Кубани")
    C(d, "injured", 200, "more_than", "госпитализированы более 200 пострадавших", **HM, **PK)
    C(d, "injured", 12, "exact", "12 из них в тяжелом состоянии", **HM, **PK)
    C(d, "killed", 20, "at_least", "погибли человек 20, не меньше", "a pensioner from Adagumskaya street", "eyewitness", stext="рассказывает пенсионерка", **P)
    C(d, "killed", None, "vague", 'погибших "сотни"', "talk in the town", "unknown", "unconfirmed", stext="В городе упорно повторяют", **P)
    C(d, "killed", 1000, "at_least", '"утонули не меньше тысячи"', "social media", "social_media", "unconfirmed", stext="в соцсетях", **P)
    C(d, "killed", None, "vague", 'назвал такие разговоры "провокацией"', "governor Alexander Tkachev", "official", "denied", stext="Губернатор Александр Ткачев", **P)
    C(d, "killed", 1000, "at_least", "сведения о тысячах погибших не соответствуют действительности", "Investigative Committee of Russia", "official", "denied", stext="В Следственном комитете России", **P)
    RA = dict(src="Krymsk district administration", stype="official", stext="По предварительным данным администрации района")
    C(d, "buildings_damaged", 7200, "about", "подтоплено около 7200 жилых домов", **RA, **PD)
    C(d, "buildings_damaged", 1600, "more_than", "свыше 1,6 тысячи из них разрушены", **RA, **PD)
    C(d, "detained", 4, "exact", "полиция задержала четырех мародеров", "police", "official", stext="полиция", place=KRY, date="2012-07-07")
    C(d, "deployed", 4000, "more_than", "более 4000 спасателей и военнослужащих", "Russian Emergencies Ministry", "official", stext="МЧС", place=KRD, date="2012-07")

    d = "krymsk_news_kk.txt"
    C(d, "killed", 171, "exact", "ресми 171 құрбан", "officials", "official", stext="ресми", **PK)
    C(d, "killed", None, "vague", "тұрғындар мыңдаған дейді", "residents", "eyewitness", "unconfirmed", stext="тұрғындар", **P)
    EM = dict(src="Russian Emergencies Ministry", stype="official", stext="Ресей Төтенше жағдайлар министрлігінің қорытынды деректері бойынша")
    C(d, "killed", 171, "exact", "өлкеде 171 адам қаза тапты", **EM, **PK)
    C(d, "killed", 153, "exact", "оның 153-і Крымск ауданында", **EM, **PD)
    C(d, "missing", 2, "exact", "Тағы 2 адам әлі күнге дейін хабар-ошарсыз", **P)
    C(d, "killed", 89, "exact", "89 адамның қаза тапқанын хабарлаған", "Krasnodar krai administration", "official", stext="өлке әкімшілігі", **PK)
    C(d, "deployed", 4000, "more_than", "4000-нан астам құтқарушы мен әскери қызметші тартылды", place=KRD, date="2012-07")
    C(d, "buildings_damaged", 7000, "more_than", "7 мыңнан астам үйді су басты", **PD)
    C(d, "killed", None, "vague", "құрбандар саны мыңдап саналады деп есептеді", "part of the residents", "eyewitness", "unconfirmed", stext="тұрғындардың бір бөлігі", **P)
    C(d, "killed", None, "vague", "бұл қауесетті жоққа шығарып", "Vladimir Markin, spokesman of the Investigative Committee of Russia", "official", "denied", stext="Ресей Тергеу комитетінің ресми өкілі Владимир Маркин", **P)
    C(d, "charged", 3, "exact", "3 шенеунікке немқұрайлылық үшін айып тақты", "Investigative Committee of Russia", "official", stext="Тергеу комитеті", place=KRD, date="2012")
    C(d, "convicted", 3, "exact", "сот үшеуін де кінәлі деп танып", place=KRD, date="2014")

    w = "krymsk_wiki_en.atom#krymsk-wp"
    RN = dict(src="RIA Novosti", stype="media", **PK)
    C(w, "killed", 171, "exact", "| deaths     = 171", **RN)
    C(w, "killed", 171, "exact", "Krasnodar flood death toll rises to 171", **RN)
    C(w, "missing", 2, "exact", "| missing    = 2", **P)
    C(w, "buildings_damaged", 7200, "exact", "| damage     = 7,200 homes flooded", **PD)
    C(w, "killed", 150, "more_than", "Over 150 dead in Krymsk as flood hits at night", "Interfax", "media", **P)
    C(w, "killed", 89, "exact", "Regional officials first reported 89 dead", "regional officials", "official", **PK)
    C(w, "killed", 144, "exact", "raised the toll to 144 the next day", "Emergencies Ministry", "official", **PK)
    C(w, "killed", 171, "exact", "and to 171 on 9 July", "Emergencies Ministry", "official", **PK)
    C(w, "killed", 153, "exact", "of whom 153 died in Krymsk district", "Emergencies Ministry", "official", **PD)
    C(w, "deployed", 4000, "more_than", "More than 4,000 rescuers and troops were deployed", place=KRD, date="2012-07")
    C(w, "buildings_damaged", 1650, "about", "About 1,650 houses were destroyed", **PD)
    C(w, "charged", 3, "exact", "charged the head of Krymsk district, Vasily Krutko, and two other officials", "investigators", "official", place=KRD, date="2012-07-10")
    w = "krymsk_wiki_en.atom#krymsk-talk"
    C(w, "killed", [300, 400], "range", "estimate between 300 and 400 dead in Krymsk alone", "several local bloggers", "social_media", "unconfirmed", **P)
    C(w, "killed", None, "vague", 'residents told Novaya Gazeta of "hundreds" of bodies', "residents", "eyewitness", "unconfirmed", **P)
    C(w, "killed", None, "vague", 'the rumours of "thousands of dead"', "rumours", "unknown", "unconfirmed", **P)
    C(w, "killed", None, "vague", "The Investigative Committee called the rumours", "Investigative Committee", "official", "denied", **P)
    C(w, "missing", 2, "exact", "The 2 missing are still listed on 11 July", **P)
    C(w, "detained", 4, "exact", "police say 4 looters were detained", "police", "official", place=KRY, date="2012-07")

    # ================================================================ Nemiga stampede, Minsk, Sunday 30 May 1999
    P = dict(place=NMG, date=D_NM)
    f = "nemiga_articles_ru.jsonl#"
    C(f + "nm1", "killed", 53, "exact", "Давка на Немиге: 53 погибших", **P)
    C(f + "nm1", "participants", 2500, "about", "на концерте находились около 2500 человек", "organisers (a brewery and a radio station)", "company", stext="по оценке организаторов", **P)
    MB = dict(src="Belarus Interior Ministry", stype="official", stext="По данным МВД Беларуси", **P)
    C(f + "nm1", "killed", 52, "exact", "на месте погибли 52 человека", **MB)
    C(f + "nm1", "killed", 1, "exact", "ещё один скончался ночью в больнице", **MB)
    C(f + "nm1", "killed", 2, "exact", "Среди погибших двое курсантов милиции", group="police cadets", **P)
    HM = dict(src="Belarus health minister", stype="official", stext="министр здравоохранения", **P)
    C(f + "nm1", "injured", 150, "more_than", "более 150 человек получили травмы", **HM)
    C(f + "nm1", "injured", 78, "exact", "78 из них остаются в больницах", **HM)
    C(f + "nm1", "killed", 100, "about", "погибших «около сотни»", "rumours in the city", "unknown", "unconfirmed", stext="по городу поползли слухи", **P)
    C(f + "nm1", "killed", 100, "about", "В Минздраве их назвали «безответственными выдумками»", "Belarus health ministry", "official", "denied", stext="В Минздраве", **P)
    C(f + "nm2", "killed", 53, "exact", "погибли 53 человека", **P)
    C(f + "nm2", "killed", 40, "exact", "были 40 девушек и женщин", "prosecutor's office", "official", group="women", stext="по данным прокуратуры", **P)
    C(f + "nm2", "injured", [150, 250], "range", "от 150 до 250 человек", "various data", "unknown", stext="по разным данным", **P)
    C(f + "nm2", "participants", None, "vague", "«несколько тысяч человек»", "eyewitnesses", "eyewitness", stext="Очевидцы", **P)

    d = "nemiga_report_uk.txt"
    C(d, "killed", 53, "exact", "біля метро «Немига» загинули 53 людини", **P)
    C(d, "killed", 53, "exact", "зросла до 53", "Belarus Interior Ministry", "official", stext="МВС Білорусі", **P)
    C(d, "killed", 21, "exact", "Учора ввечері йшлося про 21 загиблого", **P)
    C(d, "killed", 52, "exact", "вночі — про 52", **P)
    C(d, "participants", 2500, "about", "прийшли близько 2,5 тисячі людей", "police", "official", stext="за даними міліції", **P)
    C(d, "killed", None, "vague", "в переході лежали десятки тіл", "eyewitnesses", "eyewitness", stext="Очевидці", **P)
    C(d, "injured", 150, "more_than", "травми дістали понад 150 людей", "Belarus health minister", "official", stext="За словами міністра охорони здоров'я Білорусі", **P)
    C(d, "injured", [150, 300], "range", "називають від 150 до 300 постраждалих", "other doctors", "official", stext="Інші медики", **P)
    C(d, "killed", 2, "exact", "Серед загиблих — двоє курсантів міліції", group="police cadets", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d25g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "temirtau_news_kk.txt"
    T(d, "1959-08-01", "young builders rise at the steel plant site", "1959 жылғы 1 тамызда, сенбі күні")
    T(d, "1959-08-01T19:00", "unrest begins near the canteen", "кешкі сағат 19:00 шамасында")
    T(d, "1959-08-02", "about 1500 march to the town centre", "Келесі күні, 2 тамызда")
    T(d, "1959-08-02", "soldiers fire on the crowd", "2 тамыздан 3 тамызға қараған түні")
    T(d, "1960-01", "Belyaev dismissed", "1960 жылғы қаңтарда")
    d = "temirtau_export_kk.xml#40731"
    T(d, "1959-08-01", "unrest begins by the tent camp", "Толқу 1 тамызда, сенбі күні кешке")
    T(d, "1959-08-02", "rioters seize the police station", "Келесі күні толқушылар")
    T(d, "1959-08-02", "interior troops open fire", "2 тамыздан 3 тамызға қараған түні ішкі әскерлер")
    T(d, "1959-08-03", "commission led by Brezhnev arrives", "3 тамызда Теміртауға")
    T(d, "1959-10", "trial: 78 convicted, five death sentences", "1959 жылдың қазан айында")
    T(d, "1960-01", "Belyaev dismissed", "1960 жылғы қаңтарда [[Николай Беляев]]")
    f = "temirtau_feed_en.rss#"
    T(f + "tmr-1", "1959-08-01", "Komsomol builders rise", "On Saturday, 1 August 1959")
    T(f + "tmr-1", "1959-08-02", "workers march into the town", "marched into the town the next day")
    T(f + "tmr-1", "1959-08-02", "troops open fire", "on the night of 2 to 3 August")
    T(f + "tmr-2", "1959", "court jails rioters, five death sentences", "in the autumn of 1959")
    T(f + "tmr-2", "1960-01", "Belyaev removed", "in January 1960")

    d = "tbilisi_wiki_ru.wiki"
    T(d, "1989-04-04", "rally begins", "Митинг начался 4 апреля")
    T(d, "1989-04-08", "about 10,000 on the avenue", "К вечеру 8 апреля")
    T(d, "1989-04-09T04:00", "troops begin clearing the square", "Около 4:00 утра в воскресенье, 9 апреля")
    T(d, "1989-04-14", "Patiashvili relieved of his post", "14 апреля первый секретарь")
    d = "tbilisi_report_uk.txt"
    T(d, "1989-04-04", "rally on the square begins", "стояли на площі з 4 квітня")
    T(d, "1989-04-09T04:00", "dispersal begins", "Розгін почався близько 4-ї години ранку")
    T(d, "1989-04-14", "Patiashvili dismissed", "14 квітня з посади звільнили")
    d = "tbilisi_press_en.html"
    T(d, "1989-04-09T04:00", "troops move against the rally", "On Sunday, 9 April 1989, at about 04:00")

    d = "instytutska_timeline_uk.md"
    for day, entries in (("2014-02-18", (("08:30", "march towards the Verkhovna Rada"), ("10:15", "column stopped, clashes begin"), ("11:40", "Party of Regions office entered, fire"), ("13:20", "first deaths reported in Mariinsky park"), ("16:00", "SBU and Interior Ministry ultimatum"), ("18:00", "metro closed in the centre"), ("20:00", "storming of the Maidan begins"), ("23:30", "Trade Unions building on fire"))),
                         ("2014-02-19", (("03:00", "about 5000 hold the Maidan"), ("09:00", "health ministry: 26 dead, 241 hospitalised"), ("14:00", "Interior Ministry: 11 police with gunshot wounds"), ("17:30", "SBU announces an anti-terrorist operation"), ("23:00", "night without a major assault"))),
                         ("2014-02-20", (("07:30", "protesters advance up Instytutska"), ("08:40", "shooting from the October Palace"), ("09:20", "field hospital in the Hotel Ukraina"), ("10:20", "Maidan medical service: at least 15 killed"), ("12:00", "Interior Ministry: 3 police killed, 28 wounded"), ("14:30", "Musiy: more than 100 dead"), ("17:00", "EU foreign ministers negotiate with Yanukovych"), ("21:00", "health ministry: 75 dead, 571 hospitalised"), ("23:45", "Rada resolution to withdraw the security forces")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+02:00", label, f"**{hm}**")
    T(d, "2014-02-21", "settlement agreement; health ministry: 77 dead", "**21 лютого**")
    T(d, "2014-02-22", "Rada removes Yanukovych; 82 dead", "**22 лютого**")
    T(d, "2014-04", "three Berkut officers detained", "**Квітень 2014 року**")
    T(d, "2015-11", "prosecutors: 48 killed, 80 wounded on Instytutska", "**Листопад 2015 року**")
    T(d, "2016-02", "Heavenly Hundred list of 107 names", "**Лютий 2016 року**")
    T(d, "2023-10-18", "court convicts three former Berkut officers", "**18 жовтня 2023 року**")
    d = "instytutska_statement_uk.txt"
    T(d, "2014-02-20T09:00", "hospitals receive the first gunshot wounded", "Уранці, о 09:00")
    T(d, "2014-02-20T21:00", "status: 75 dead since Tuesday", "Станом на 21:00 20 лютого")
    d = "instytutska_mtblog_en.txt"
    T(d, "2014-02-20T09:00", "shooting begins from the October Palace", "In 9 hours morning begun the shooting")
    for upd, when, label in (("20.02 10.30", "2014-02-20T10:30", "12 killed brought to the medics' point"), ("20.02 13.00", "2014-02-20T13:00", "Interior Ministry: 3 police killed, 28 wounded"),
                             ("20.02 15.00", "2014-02-20T15:00", "Musiy: more than 100 dead"), ("20.02 22.00", "2014-02-20T22:00", "health ministry: 75 dead, 571 in hospital"),
                             ("21.02 01.30", "2014-02-21T01:30", "Russian channels' claim called a lie")):
        T(d, when, label, f"Update {upd}")

    d = "krymsk_report_ru.txt"
    T(d, "2012-07-06", "flood hits Krymsk", "в ночь с 6 на 7 июля")
    T(d, "2012-07-07T02:00", "streets turn into rivers", "около 2:00 ночи по местному времени")
    T(d, "2012-07-07", "krai administration: 89 dead, then 103", "В субботу днем")
    T(d, "2012-07-08", "Emergencies Ministry: 144 dead", "В воскресенье МЧС России")
    T(d, "2012-07-09T10:00", "status: 171 dead in the krai", "По состоянию на 10:00 9 июля")
    T(d, "2012-07-08", "1,800 people evacuated", "Вчера из зоны затопления вывезли")
    T(d, "2012-07-07", "police detain four looters", "Вечером в субботу полиция задержала")
    d = "krymsk_news_kk.txt"
    T(d, "2012-07-06", "Adagum river floods Krymsk", "2012 жылғы 6 шілдеден 7 шілдеге қараған түні")
    T(d, "2012-07-07T02:00", "water floods the western part of the town", "жергілікті уақыт бойынша сағат 2:00 шамасында")
    T(d, "2014", "court convicts the three officials", "2014 жылы сот")
    w = "krymsk_wiki_en.atom#krymsk-wp"
    T(w, "2012-07-06", "floods strike Krymsk", "on the night of 6–7 July 2012")
    T(w, "2012-07-07T02:00", "wave sweeps through western Krymsk", "at around 2 a.m. local time")
    T(w, "2012-07-07", "first official toll: 89", "first reported 89 dead on 7 July")
    T(w, "2012-07-08", "toll raised to 144", "to 144 the next day")
    T(w, "2012-07-09", "toll raised to 171", "and to 171 on 9 July")
    T(w, "2012-07-10", "Krutko and two officials charged", "On 10 July investigators charged")
    T("krymsk_wiki_en.atom#krymsk-talk", "2012-07-11", "two still missing", "still listed on 11 July")

    f = "nemiga_articles_ru.jsonl#"
    T(f + "nm1", "1999-05-30T20:00", "thunderstorm and hail, crowd rushes into the underpass", "в воскресенье, 30 мая, около 20:00")
    T(f + "nm1", "1999-06-01", "days of mourning", "Президент объявил 1 и 2 июня днями траура")
    T(f + "nm2", "1999-05-30", "stampede at Nemiga station", "30 мая 1999 года")
    T(f + "nm2", "2002", "criminal case closed", "Уголовное дело в 2002 году закрыли")
    d = "nemiga_report_uk.txt"
    T(d, "1999-05-30T20:00", "stampede at the Nemiga underpass", "в неділю, 30 травня, близько 20:00 за місцевим часом")
    T(d, "1999-05-30", "first reports: 21 dead", "Учора ввечері")
    T(d, "1999-05-31", "Interior Ministry: toll rises to 53", "сьогодні вранці повідомило МВС Білорусі")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d25t{n:03d}"
    return rows


ENTITIES = [
    ("Temirtau", "place", ["Теміртаудағы", "Теміртауда", "Теміртаудан", "Теміртауға", "Теміртау", "Temirtau"]),
    ("Karaganda", "place", ["Қарағанды", "Қарағандыдан", "Қарағандыға", "Karaganda"]),
    ("Kazakh SSR", "place", ["Қазақ КСР", "Kazakh SSR"]),
    ("Nikolai Belyaev", "person", ["Николай Беляев", "Nikolai Belyaev"]),
    ("Tbilisi", "place", ["Тбилиси", "Тбілісі", "Tbilisi"]),
    ("Rustaveli Avenue", "place", ["проспекте Руставели", "проспекті Руставелі", "Rustaveli Avenue"]),
    ("Georgian SSR", "place", ["Грузинская ССР", "Грузинской ССР", "Грузинської РСР"]),
    ("Igor Rodionov", "person", ["Игоря Родионова", "Ігор Родіонов"]),
    ("Anatoly Sobchak", "person", ["Анатолием Собчаком", "Анатолія Собчака", "Anatoly Sobchak"]),
    ("Jumber Patiashvili", "person", ["Джумбер Патиашвили", "Джумбера Патіашвілі"]),
    ("Transcaucasian Military District", "org", ["Закавказского военного округа", "Закавказького військового округу", "Transcaucasian Military District"]),
    ("Kyiv", "place", ["Київ", "Києва", "Києві"]),
    ("Instytutska street", "place", ["Інститутській", "Інститутської", "Інститутська", "Institutska"]),
    ("Maidan", "place", ["Майдану", "Майдан"]),
    ("October Palace", "place", ["Жовтневого палацу", "October Palace"]),
    ("Oleh Musiy", "person", ["Олег Мусій", "Musiy"]),
    ("Viktor Yanukovych", "person", ["Януковичем", "Януковича"]),
    ("Prosecutor General's Office of Ukraine", "org", ["Генпрокуратура", "Генпрокуратури"]),
    ("Ukrainian health ministry", "org", ["МОЗ", "МОЗ України", "Ministry of Health"]),
    ("Krymsk", "place", ["Крымск", "Крымска", "Крымскідегі", "Krymsk"]),
    ("Krymsk district", "place", ["Крымском районе", "Крымского района", "Крымск ауданында", "Krymsk district"]),
    ("Krasnodar krai", "place", ["Краснодарском крае", "Краснодар өлкесіндегі", "Krasnodar Krai"]),
    ("Gelendzhik", "place", ["Геленджике", "Геленджикте", "Gelendzhik"]),
    ("Novorossiysk", "place", ["Новороссийске", "Новороссийскіде", "Новороссийскіден", "Novorossiysk"]),
    ("Vasily Krutko", "person", ["Василий Крутько", "Vasily Krutko"]),
    ("Russian Emergencies Ministry", "org", ["МЧС России", "Ресей Төтенше жағдайлар министрлігінің", "Emergencies Ministry"]),
    ("Investigative Committee of Russia", "org", ["Следственном комитете России", "Ресей Тергеу комитетінің", "Тергеу комитеті", "Investigative Committee"]),
    ("Minsk", "place", ["Минском", "Мінськ", "Мінська"]),
    ("Nemiga", "place", ["Немига", "Немиге", "Немиги"]),
    ("Palace of Sports", "place", ["Дворца спорта", "Палацу спорту"]),
    ("Belarus Interior Ministry", "org", ["МВД Беларуси", "МВС Білорусі"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset25", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
