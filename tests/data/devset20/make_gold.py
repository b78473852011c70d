"""Write the gold annotations of the twentieth development set: tests/data/devset20/gold/devset20.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset20.py, which checks every anchor:

    python tests/data/devset20/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `aktobe_report_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

AKT, KHK, BLG, TJK, ROM, GAN = "Aktobe", "Kharkiv", "Blagoveshchensk (Bashkortostan)", "Dushanbe; Vahdat", "Romit gorge", "Ganja"
D_AKT = "2011-05-17"
D_KH, D_KH4 = "2015-02-22", ["2015-02-22", "2015-02-25"]  # the fourth victim died on 25 February
D_BL = ["2004-12-10", "2004-12-14"]  # the sweep lasted five days
D_TJ, D_TJ9 = "2015-09-04", ["2015-09-04", "2015-09-08"]  # a ninth officer's death reported on 8 September
D_GA_MAY, D_GA_POL, D_GA_OPS = "2018-07-03", "2018-07-10", ["2018-07-11", "2018-07-13"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Aktobe KNB building blast, Tuesday 17 May 2011
    P = dict(place=AKT, date=D_AKT)
    d = "aktobe_news_kk.txt"
    C(d, "killed", 1, "exact", "бір адам қаза тапты", **P)
    C(d, "injured", 2, "exact", "екі адам жараланды", **P)
    KN = dict(src="KNB regional department", stype="official", stext="ҰҚК департаментінің хабарлауынша", **P)
    C(d, "killed", 1, "exact", "жарылыстан 1 адам қаза тапты", **KN)
    C(d, "injured", 2, "exact", "Тағы 2 адам жараланды", **KN)
    C(d, "injured", 1, "exact", "оның ішінде 1-і департамент қызметкері", group="KNB officers", **KN)
    C(d, "injured", 3, "exact", "жарылыста 3 адам жараланған", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", None, "vague", "«бірнеше қызметкер қаза тапты»", "social media", "social_media", "unconfirmed", group="KNB officers", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", None, "vague", "ҰҚК бұл ақпаратты жалған деп атады", "KNB", "official", "denied", group="KNB officers", stext="ҰҚК", **P)
    C(d, "deployed", 100, "more_than", "100-ден астам полиция қызметкері мен әскери қызметші жіберілді", **P)
    C(d, "detained", 2, "exact", "Тергеу барысында 2 адам ұсталды", place=AKT, date="2011-05")

    f = "aktobe_feed_en.rss#"
    C(f + "akt-1", "killed", 1, "exact", "Blast at Kazakh security service office in Aktobe kills bomber", **P)
    KN = dict(src="KNB", stype="official", **P)
    C(f + "akt-1", "killed", 1, "exact", "one man, who had carried the device into the building, was killed", **KN)
    C(f + "akt-1", "injured", 2, "exact", "two people were wounded", **KN)
    C(f + "akt-1", "injured", 3, "at_least", "at least three people were taken to hospital", "Aktobe Times", "media", **P)
    PR = dict(src="Prosecutors in western Kazakhstan", stype="official", **P)
    C(f + "akt-2", "killed", 1, "exact", "was the only person killed", **PR)
    C(f + "akt-2", "injured", 2, "exact", "two others suffered light injuries", **PR)
    C(f + "akt-2", "killed", 5, "at_most", "as many as five security officers had died", "Bloggers", "social_media", "unconfirmed", group="KNB officers", **P)
    C(f + "akt-2", "killed", 5, "at_most", "The KNB dismissed those claims as rumours", "KNB", "official", "denied", group="KNB officers", **P)
    C(f + "akt-2", "detained", 2, "exact", "Police detained two acquaintances of Makatov", place=AKT, date="2011-05")
    C(f + "akt-2", "deployed", 50, "more_than", "more than 50 officers searched homes", place=AKT, date="2011-05")

    d = "aktobe_report_ru.txt"  # cp1251; the regional prosecutor's office in its own voice
    C(d, "killed", 1, "exact", "погиб 1 человек", **P)
    C(d, "injured", 2, "exact", "Ранения получили 2 человека", **P)
    C(d, "killed", 3, "exact", "«трёх погибших сотрудниках КНБ»", "internet outlets", "media", "unconfirmed", group="KNB officers", stext="В ряде интернет-изданий", **P)
    C(d, "killed", 3, "exact", "Эти сведения не соответствуют действительности", mod="denied", group="KNB officers", **P)
    C(d, "detained", 1, "exact", "Задержан 1 человек", place=AKT, date="2011-05")

    # ================================================================ Kharkiv unity march bombing, Sunday 22 February 2015
    P = dict(place=KHK, date=D_KH)
    d = "kharkiv_timeline_uk.md"
    C(d, "participants", 1000, "about", "близько 1000 осіб", "march organizers", "activist", stext="За оцінкою організаторів", **P)
    C(d, "participants", None, "vague", "«кілька сотень»", "police", "official", stext="Поліція", **P)
    RP = dict(src="regional police", stype="official", stext="Перше повідомлення обласної міліції", **P)
    C(d, "killed", 1, "exact", "загинула 1 людина", **RP)
    C(d, "injured", 9, "exact", "поранено 9", **RP)
    AV = dict(src="Interior Minister Arsen Avakov", stype="official", stext="Міністр внутрішніх справ Арсен Аваков", **P)
    C(d, "killed", 2, "exact", "загинули 2 людини, серед них міліціонер", **AV)
    C(d, "killed", 1, "exact", "серед них міліціонер", group="police", **AV)
    C(d, "injured", 11, "exact", "ще 11 поранено", **AV)
    HD = dict(src="regional health department", stype="official", stext="Обласний департамент охорони здоров'я", **P)
    C(d, "injured", 12, "exact", "доставлено 12 постраждалих", **HD)
    C(d, "injured", 5, "exact", "5 з них у тяжкому стані", **HD)
    C(d, "killed", None, "vague", "«десятки загиблих»", "Telegram channels and social networks", "social_media", "unconfirmed", stext="У Telegram-каналах і соцмережах", **P)
    C(d, "killed", None, "vague", "У міліції назвали ці дописи фейком", "police", "official", "denied", stext="У міліції", **P)
    C(d, "detained", 4, "exact", "затримала 4 підозрюваних", "Security Service of Ukraine (SBU)", "official", stext="Служба безпеки України (СБУ)", **P)
    C(d, "killed", 3, "exact", "Кількість загиблих зростає до 3", **P)
    C(d, "injured", 10, "exact", "у лікарнях залишаються 10 поранених", "Kharkiv regional administration", "official", stext="Харківська ОДА", **P)
    C(d, "deployed", 200, "more_than", "направлено понад 200 додаткових правоохоронців", place=KHK, date="2015-02-23")
    C(d, "injured", 15, "at_least", "поранених було щонайменше 15", "Euromaidan Kharkiv activists", "activist", stext="Активісти Євромайдану Харкова", **P)
    C(d, "killed", 4, "exact", "Загиблих — 4", place=KHK, date=D_KH4)
    C(d, "arrested", 3, "exact", "Суд обрав запобіжний захід 3 підозрюваним — арешт", place=KHK, date="2015-02-25")
    # the table of figures per source
    for who, src, st, k, i, dt in (("Обласна міліція | 22.02", "regional police", "Обласна міліція", 1, 9, D_KH),
                                   ("МВС (Аваков) | 22.02", "Interior Minister Arsen Avakov", "МВС (Аваков)", 2, 11, D_KH),
                                   ("МВС | 23.02", "Interior Ministry", "МВС", 3, 10, D_KH),
                                   ("Генпрокуратура | 25.02", "Prosecutor General's Office", "Генпрокуратура", 4, 15, D_KH4)):
        row = f"| {who} | {k} | {i} |"
        C(d, "killed", k, "exact", row, src, "official", stext=st, place=KHK, date=dt)
        C(d, "injured", i, "exact", row, src, "official", stext=st, **P)
    C(d, "injured", 20, "more_than", "«понад 20 поранених»", "some outlets", "media", "unconfirmed", stext="Окремі видання", **P)

    w = "kharkiv_wiki_en.atom#khk-wp"
    C(w, "killed", 4, "exact", "| fatalities = 4", "Interfax-Ukraine", "media", place=KHK, date=D_KH4)
    C(w, "injured", 15, "exact", "| injuries   = 15", **P)
    C(w, "killed", 2, "exact", "Two killed in blast at Kharkiv peace rally", "BBC News", "media", **P)
    C(w, "killed", 1, "exact", "Police at first reported one dead", "Police", "official", **P)
    C(w, "injured", 9, "exact", "one dead and nine wounded", "Police", "official", **P)
    C(w, "killed", 2, "exact", "two people had been killed", "Interior Minister Arsen Avakov", "official", **P)
    C(w, "injured", 11, "exact", "killed and 11 wounded", "Interior Minister Arsen Avakov", "official", **P)
    C(w, "detained", 4, "exact", "it had detained four suspects on the day of the attack", "Security Service of Ukraine (SBU)", "official", **P)
    C(w, "detained", 4, "exact", "SBU detains four suspects over Kharkiv blast", "Reuters", "media", **P)
    w = "kharkiv_wiki_en.atom#khk-talk"
    C(w, "injured", 12, "exact", "The regional health department gave 12 hospitalised", "regional health department", "official", **P)
    C(w, "injured", 15, "at_least", "at least 15 were hurt", "local activists", "activist", **P)
    C(w, "killed", 30, "more_than", "more than 30 dead", "pro-Russian channels", "social_media", "unconfirmed", **P)
    C(w, "killed", 30, "more_than", "which Ukrainian officials called disinformation", "Ukrainian officials", "official", "denied", **P)

    # ================================================================ Blagoveshchensk police sweep, 10-14 December 2004
    P = dict(place=BLG, date=D_BL)
    d = "blag_export_ru.xml#51207"
    C(d, "injured", 1000, "about", "| пострадавшие = около 1000", "Memorial", "ngo", stext="Мемориал", **P)
    C(d, "injured", 1000, "at_most", "Правозащитники: в Благовещенске избиты до тысячи человек", "Memorial", "ngo", stext="Правозащитники", **P)
    C(d, "injured", 342, "exact", "| потерпевшие  = 342", **P)
    C(d, "detained", None, "vague", "были задержаны несколько десятков человек", "Bashkortostan Interior Ministry", "official", stext="По данным МВД Башкортостана", **P)
    C(d, "detained", None, "vague", "МВД Башкирии: задержаны несколько десятков нарушителей", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "injured", [500, 1000], "range", "пострадали от 500 до 1000 человек", "Memorial Human Rights Centre", "ngo", stext="Правозащитный центр «Мемориал»", **P)
    C(d, "injured", 342, "exact", "признала потерпевшими 342 человека", "Bashkortostan prosecutor's office", "official", stext="Прокуратура Башкортостана", **P)
    C(d, "convicted", 4, "exact", "суд приговорил 4 сотрудников милиции", group="police", place=BLG, date="2006")
    C(d, "killed", None, "vague", "«погибших в ОВД»", "the internet", "social_media", "unconfirmed", stext="В интернете писали", **P)
    C(d, "killed", None, "vague", "прокуратура заявила, что эти сведения ложны", "prosecutor's office", "official", "denied", stext="прокуратура", **P)

    d = "blag_press_en.html"  # Rights Watch Volga in its own voice
    C(d, "injured", 500, "at_least", "at least 500 people beaten in police sweep", **P)
    C(d, "injured", 118, "at_least", "testimony from 118 victims", **P)
    C(d, "injured", 500, "at_least", "we estimate that at least 500 people were beaten", **P)
    C(d, "injured", 1000, "about", "put the number at about 1,000", "Local residents", "eyewitness", **P)
    C(d, "detained", 27, "exact", "only 27 people were detained", "The Bashkortostan Interior Ministry", "official", **P)
    C(d, "injured", 12, "at_least", "At least 12 people were taken to hospital", **P)
    C(d, "injured", 3, "exact", "among them 3 minors", group="minors", **P)
    C(d, "detained", 150, "exact", "<td>Town police station</td><td>150</td>", **P)
    C(d, "injured", 120, "exact", "<td>150</td><td>120</td>", **P)
    C(d, "injured", 380, "exact", "<td>n/a</td><td>380</td>", **P)

    d = "blag_report_uk.txt"
    C(d, "injured", None, "vague", "кажуть про сотні побитих", "human rights defenders", "ngo", stext="правозахисники", **P)
    C(d, "detained", None, "vague", "«кілька десятків затриманих»", "Interior Ministry", "official", stext="МВС", **P)
    C(d, "injured", 500, "at_least", "постраждали щонайменше 500 людей", "Memorial", "ngo", stext="За даними «Меморіалу»", **P)
    C(d, "injured", 1000, "about", "«майже тисячу»", "local residents", "eyewitness", stext="Місцеві жителі", **P)
    C(d, "detained", None, "vague", "було затримано «кілька десятків» порушників", "Bashkortostan Interior Ministry", "official", stext="МВС Башкортостану", **P)
    C(d, "injured", 120, "exact", "потерпілими вже визнано 120 осіб", "the prosecutor", "official", stext="прокурор", **P)
    C(d, "killed", 2, "exact", "«двох загиблих у відділку»", "social networks and forums", "social_media", "unconfirmed", stext="У соцмережах і на форумах", **P)
    C(d, "killed", 2, "exact", "У прокуратурі назвали це чутками", "prosecutor's office", "official", "denied", stext="У прокуратурі", **P)

    # ================================================================ Nazarzoda mutiny, Dushanbe and Vahdat, Friday 4 September 2015
    P = dict(place=TJK, date=D_TJ)
    f = "vahdat_articles_ru.jsonl#"
    C(f + "vh1", "killed", 8, "exact", "убиты 8 милиционеров", group="police", **P)
    MV = dict(src="Tajik Interior Ministry", stype="official", stext="По данным МВД Таджикистана", **P)
    C(f + "vh1", "killed", 8, "exact", "убиты 8 сотрудников милиции", group="police", **MV)
    C(f + "vh1", "injured", 6, "exact", "ещё 6 получили ранения", group="police", **MV)
    C(f + "vh1", "killed", 13, "exact", "Силовики уничтожили 13 нападавших", group="rebels", **MV)
    C(f + "vh1", "detained", 35, "exact", "задержаны 35 человек", **MV)
    C(f + "vh1", "killed", 20, "at_least", "«не меньше 20»", "opposition websites", "opposition", "unconfirmed", group="police", stext="Оппозиционные сайты", **P)
    C(f + "vh1", "killed", 20, "at_least", "власти называют эти данные ложью", "the authorities", "official", "denied", group="police", stext="власти", **P)
    C(f + "vh1", "deployed", 1000, "more_than", "направлены более 1000 военнослужащих", **P)
    GP = dict(src="Tajik Prosecutor General's Office", stype="official", stext="Генеральная прокуратура Таджикистана")
    C(f + "vh2", "killed", 9, "exact", "число погибших в ходе мятежа выросло до 9", "Tajik Prosecutor General's Office", "official", group="police", stext="Генпрокуратура", place=TJK, date=D_TJ9)
    C(f + "vh2", "killed", 9, "exact", "сотрудников правоохранительных органов выросло до 9", group="police", place=TJK, date=D_TJ9, **GP)
    C(f + "vh2", "killed", 8, "exact", "уничтожены ещё 8 боевиков", group="rebels", place=ROM, date="2015-09", **GP)
    C(f + "vh2", "detained", 100, "more_than", "задержаны более 100 человек", place=TJK, date="2015-09", **GP)
    C(f + "vh2", "detained", None, "vague", "сообщают о десятках задержанных родственников", "human rights defenders", "ngo", stext="Правозащитники", place=TJK, date="2015-09")
    C(f + "vh2", "charged", 12, "exact", "Прокуратура предъявила обвинения 12 членам", place=TJK, date="2015-09")

    d = "vahdat_mtblog_en.txt"
    MV = dict(src="MIA", stype="official", **P)
    C(d, "killed", 8, "exact", "are killed 8 employees of police", group="police", **MV)
    C(d, "killed", 2, "exact", "from them 2 in Dushanbe", "MIA", "official", group="police", place="Dushanbe", date=D_TJ)
    C(d, "killed", 13, "exact", "are destroyed 13 fighters", "The Ministry", "official", group="rebels", **P)
    C(d, "detained", 35, "exact", "are detained 35", "The Ministry", "official", **P)
    C(d, "killed", None, "vague", "tens of killed on the streets", "Eyewitnesses in Vahdat", "eyewitness", "unconfirmed", place="Vahdat", date=D_TJ)
    C(d, "injured", 9, "exact", "Number of wounded policemen has increased to 9", group="police", **P)
    GP = dict(src="The General Prosecutor's Office", stype="official")
    C(d, "killed", 12, "exact", "are liquidated Nazarzoda and 12 his supporters", group="rebels", place=ROM, date="2015-09-16", **GP)
    C(d, "detained", 125, "more_than", "are detained more than 125 persons", place=TJK, date="2015-09", **GP)
    C(d, "killed", 50, "about", "about 50 soldiers killed in the gorge", "Social networks", "social_media", "unconfirmed", group="soldiers", place=ROM, date="2015-09")
    C(d, "killed", 50, "about", "The Ministry of Defense called it provocation", "The Ministry of Defense", "official", "denied", group="soldiers", place=ROM, date="2015-09")

    d = "vahdat_news_kk.txt"
    C(d, "killed", 9, "exact", "9 полиция қызметкері қаза тапты", group="police", place=TJK, date=D_TJ9)
    C(d, "killed", 9, "exact", "9 құқық қорғау қызметкері қаза тапты", "Tajik Prosecutor General's Office", "official", group="police", stext="Тәжікстан Бас прокуратурасының", place=TJK, date=D_TJ9)
    C(d, "killed", 8, "exact", "8 полиция қызметкері қаза тапқан", "initial reports", "unknown", group="police", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 13, "exact", "Билік 13 шабуылдаушы жойылғанын хабарлады", "the authorities", "official", group="rebels", stext="Билік", **P)
    C(d, "detained", 35, "exact", "Полиция 35 адамды ұстады", **P)
    C(d, "killed", 20, "more_than", "«20-дан астам» полиция қызметкері қаза тапты", "opposition websites", "opposition", "unconfirmed", group="police", stext="Оппозициялық сайттар", **P)
    C(d, "killed", 20, "more_than", "Бас прокуратура бұл ақпаратты жалған деп атады", "Prosecutor General's Office", "official", "denied", group="police", stext="Бас прокуратура", **P)
    C(d, "deployed", 1000, "more_than", "1000-нан астам әскери қызметші жіберілді", **P)
    C(d, "charged", 12, "exact", "прокуратура 12 адамға айып тақты", place=TJK, date="2015-09-08")

    # ================================================================ Ganja, July 2018
    d = "ganja_wiki_ru.wiki"
    C(d, "killed", 7, "exact", "| погибшие     = 7", "Caucasian Knot", "media", stext="Кавказский узел", place=GAN, date=["2018-07-10", "2018-07-13"])
    C(d, "killed", 5, "exact", "В Гяндже в ходе спецопераций убиты пятеро подозреваемых", "Caucasian Knot", "media", group="suspects", stext="Кавказский узел", place=GAN, date=D_GA_OPS)
    C(d, "detained", 60, "more_than", "| задержанные  = более 60", place=GAN, date="2018-07")
    C(d, "injured", 2, "exact", "Ранены были 2 человека", place=GAN, date=D_GA_MAY)
    C(d, "killed", 2, "exact", "убиты 2 сотрудника полиции", "Azerbaijani Interior Ministry", "official", group="police", stext="По данным МВД Азербайджана", place=GAN, date=D_GA_POL)
    C(d, "participants", None, "vague", "«несколько тысяч»", "opposition Popular Front", "opposition", stext="Оппозиционный Народный фронт", place=GAN, date=D_GA_POL)
    C(d, "participants", 200, "exact", "«группе из 200 человек»", "the authorities", "official", stext="власти", place=GAN, date=D_GA_POL)
    C(d, "vehicles_damaged", 3, "exact", "Были подожжены 3 полицейских автомобиля", place=GAN, date=D_GA_POL)
    C(d, "killed", 5, "exact", "были убиты 5 подозреваемых", "Azerbaijani Interior Ministry", "official", group="suspects", stext="по данным МВД", place=GAN, date=D_GA_OPS)
    C(d, "detained", 60, "more_than", "задержаны более 60 человек", "human rights defenders", "ngo", stext="Правозащитники", place=GAN, date="2018-07")
    C(d, "detained", 40, "exact", "генеральная прокуратура называла 40", "Prosecutor General's Office", "official", stext="генеральная прокуратура", place=GAN, date="2018-07")
    C(d, "killed", None, "vague", "«десятках погибших»", "social networks", "social_media", "unconfirmed", stext="В соцсетях", place=GAN, date="2018-07")
    C(d, "killed", None, "vague", "что МВД назвало провокацией", "Interior Ministry", "official", "denied", stext="МВД", place=GAN, date="2018-07")

    d = "ganja_news_kk.txt"
    C(d, "killed", 2, "exact", "2 полиция қызметкері өлтірілді", group="police", place=GAN, date=D_GA_POL)
    C(d, "killed", 2, "exact", "2 полиция қызметкері қаза тапты", "Azerbaijani Interior Ministry", "official", group="police", stext="Әзербайжан ІІМ-нің хабарлауынша", place=GAN, date=D_GA_POL)
    C(d, "deployed", 300, "more_than", "300-ден астам полиция қызметкері жіберілді", place=GAN, date=D_GA_POL)
    C(d, "participants", None, "vague", "«бірнеше мың» адам қатысқан", "opposition representatives", "opposition", stext="Оппозиция өкілдерінің", place=GAN, date=D_GA_POL)
    C(d, "killed", None, "vague", "«ондаған адам» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", place=GAN, date=D_GA_POL)
    C(d, "killed", None, "vague", "ІІМ бұл ақпаратты жалған деп атады", "Interior Ministry", "official", "denied", stext="ІІМ", place=GAN, date=D_GA_POL)
    C(d, "detained", 40, "exact", "Бас прокуратура 40 адамды ұстағанын хабарлады", "Prosecutor General's Office", "official", stext="Бас прокуратура", place=GAN, date="2018-07")

    d = "ganja_report_uk.txt"
    C(d, "killed", 2, "exact", "вбивства двох поліцейських силовики", group="police", place=GAN, date=D_GA_POL)
    C(d, "killed", 5, "exact", "вбили п'ятьох підозрюваних", group="suspects", place=GAN, date=D_GA_OPS)
    C(d, "killed", 2, "exact", "вбивства двох поліцейських 10 липня", group="police", place=GAN, date=D_GA_POL)
    C(d, "killed", 5, "exact", "було вбито 5 підозрюваних", "Azerbaijani Interior Ministry", "official", group="suspects", stext="У МВС Азербайджану", place=GAN, date=D_GA_OPS)
    C(d, "killed", 2, "at_least", "щонайменше двоє з них були вбиті вже після затримання", "human rights defenders", "ngo", group="suspects", stext="Правозахисники", place=GAN, date=D_GA_OPS)
    C(d, "detained", 60, "more_than", "затримано понад 60 жителів Гянджі", "human rights centre", "ngo", stext="За даними правозахисного центру", place=GAN, date="2018-07")
    C(d, "detained", 7, "exact", "серед них 7 неповнолітніх", "human rights centre", "ngo", group="minors", stext="За даними правозахисного центру", place=GAN, date="2018-07")
    C(d, "detained", 40, "exact", "Генпрокуратура визнає 40 затриманих", "Prosecutor General's Office", "official", stext="Генпрокуратура", place=GAN, date="2018-07")
    C(d, "arrested", 1, "exact", "суд заарештував 1 підозрюваного", place=GAN, date="2018-07-13")
    C(d, "detained", None, "vague", "«сотні затриманих»", "opposition Musavat party", "opposition", "unconfirmed", stext="Опозиційна партія «Мусават»", place=GAN, date="2018-07")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d20g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "aktobe_news_kk.txt"
    T(d, "2011-05-17T11:30", "explosion in the KNB regional building (local time)", "Сейсенбі күні, 17 мамырда, жергілікті уақыт бойынша сағат 11:30")
    T(d, "2011-05-19", "prosecutors admit a possible suicide bombing", "Бейсенбі күні, 19 мамырда")
    f = "aktobe_feed_en.rss#"
    T(f + "akt-1", "2011-05-17T11:30+05:00", "explosion at the KNB headquarters in Aktobe (local time, 0630 GMT)", "at about 11:30 local time (0630 GMT) on Tuesday")
    T(f + "akt-2", "2011-05-19", "prosecutors: blast may have been a suicide bombing", "said on Thursday")
    d = "aktobe_report_ru.txt"
    T(d, "2011-05-17T11:30", "explosion in the KNB department building", "17 мая 2011 года около 11:30")
    T(d, "2011-05-18T18:00", "status: 12 searches carried out", "По состоянию на 18:00 18 мая")

    d = "kharkiv_timeline_uk.md"
    T(d, "2015-02-22", "unity march in Kharkiv bombed", "## Неділя, 22 лютого")
    for day, entries in (("2015-02-22", (("12:30", "marchers gather at the Palace of Sport"), ("13:15", "explosion in the column"), ("13:40", "police: 1 dead, 9 wounded"), ("14:20", "Avakov: 2 dead, 11 wounded"), ("15:05", "health department: 12 in hospital"), ("16:30", "social media claim dozens dead; police deny"), ("18:00", "SBU detains 4 suspects"), ("21:45", "a schoolboy dies; toll 3"))),
                         ("2015-02-23", (("09:00", "regional administration: 10 in hospital"), ("11:30", "Poroshenko calls it a terrorist attack"), ("14:00", "activists: at least 15 wounded"))),
                         ("2015-02-25", (("10:15", "a fourth victim dies"), ("16:00", "court orders arrest of 3 suspects")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+02:00", label, f"**{hm}**")
    T(d, "2015-02-23", "mourning declared in the city", "у понеділок, 23 лютого")
    T(d, "2015-02-24", "two victims buried", "24 лютого")
    w = "kharkiv_wiki_en.atom#khk-wp"
    T(w, "2015-02-22T13:15+02:00", "bomb explodes near the Palace of Sports", "on 22 February 2015 at about 13:15 [[Eastern European Time|EET]] (UTC+02:00)")
    T(w, "2015-02-22", "a 15-year-old boy dies in hospital", "died in hospital that night")
    T(w, "2015-02-25", "a fourth victim dies", "died on 25 February")

    d = "blag_export_ru.xml#51207"
    T(d, "2004-12-10", "riot police arrive in Blagoveshchensk after a cafe brawl", "Вечером 10 декабря, в пятницу")
    T(d, "2004-12-13", "detentions continue", "В понедельник, 13 декабря")
    T(d, "2004-12-13T20:00", "residents gather outside the administration (local time)", "Около 20:00 по местному времени")
    T(d, "2006", "four police officers given suspended sentences", "В 2006 году")
    d = "blag_press_en.html"
    T(d, "2004-12-10", "police sweep begins", "Friday, 10 December")
    T(d, "2004-12-14", "police sweep ends", "Tuesday, 14 December 2004")
    d = "blag_report_uk.txt"
    T(d, "2004-12-17", "prosecutor: 120 recognized as victims", "У п'ятницю, 17 грудня")
    T(d, "2004-12-19", "residents rally", "у неділю, 19 грудня")

    f = "vahdat_articles_ru.jsonl#"
    T(f + "vh1", "2015-09-04T04:00+05:00", "Nazarzoda's men attack the Interior Ministry and Vahdat police (Dushanbe time)", "В пятницу, 4 сентября, около 04:00 по душанбинскому времени (UTC+5)")
    T(f + "vh2", "2015-09-08", "prosecutors: police toll 9", "во вторник, 8 сентября")
    d = "vahdat_mtblog_en.txt"
    T(d, "2015-09-04T04:00+05:00", "attack on the MIA and Vahdat police (Dushanbe time)", "04.09.2015 in 04.00 hours (Dushanbe time)")
    T(d, "2015-09-04T12:30", "ministry: 13 fighters killed, 35 detained", "Update 04.09 12.30")
    T(d, "2015-09-05T09:00", "wounded policemen rise to 9", "Update 05.09 09.00")
    T(d, "2015-09-16T18:00", "Nazarzoda killed in the Romit gorge", "Update 16.09 18.00")
    d = "vahdat_news_kk.txt"
    T(d, "2015-09-04T04:00+05:00", "attack on the Interior Ministry and Vahdat police (Dushanbe time)", "Жұма күні, 4 қыркүйекте, Душанбе уақыты бойынша сағат 04:00")
    T(d, "2015-09-08", "prosecutors charge 12", "Сейсенбі күні, 8 қыркүйекте")

    d = "ganja_wiki_ru.wiki"
    T(d, "2018-07-03T11:00+04:00", "Ganja mayor Elmar Valiyev shot (Baku time)", "Во вторник, 3 июля 2018 года, около 11:00 по бакинскому времени (UTC+4)")
    T(d, "2018-07-10", "crowd at the mayor's office; two police officers killed", "Вечером 10 июля")
    d = "ganja_news_kk.txt"
    T(d, "2018-07-10", "crowd attacks police outside the mayor's office", "Сейсенбі күні, 10 шілдеде, кешке қарай")
    T(d, "2018-07-03", "mayor wounded in a shooting", "3 шілдеде")
    d = "ganja_report_uk.txt"
    T(d, "2018-07-10", "two police officers killed", "10 липня")
    T(d, "2018-07-13", "court arrests a suspected organizer", "У п'ятницю, 13 липня")
    T(d, "2018-07-03", "Safarov wounds the mayor", "3 липня")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d20t{n:03d}"
    return rows


ENTITIES = [
    ("Aktobe", "place", ["Ақтөбе", "Актобе", "Aktobe"]),
    ("National Security Committee", "org", ["ҰҚК", "КНБ", "KNB"]),
    ("Rakhimzhan Makatov", "person", ["Rakhimzhan Makatov", "Makatov"]),
    ("Kharkiv", "place", ["Харкові", "Харкова", "Kharkiv"]),
    ("Arsen Avakov", "person", ["Арсен Аваков", "Arsen Avakov"]),
    ("Security Service of Ukraine", "org", ["СБУ", "SBU", "Security Service of Ukraine"]),
    ("Palace of Sport", "place", ["Палацу спорту", "Palace of Sports"]),
    ("Blagoveshchensk", "place", ["Благовещенске", "Благовещенск", "Благовєщенськ", "Blagoveshchensk"]),
    ("Bashkortostan", "place", ["Башкортостан", "Башкортостана", "Bashkortostan"]),
    ("Memorial", "org", ["Мемориал", "Меморіалу"]),
    ("Abdukhalim Nazarzoda", "person", ["Абдухалима Назарзоды", "Абдухалим Назарзоданың", "Abdukhalim Nazarzoda", "Nazarzoda"]),
    ("Vahdat", "place", ["Вахдат", "Вахдата", "Vahdat"]),
    ("Dushanbe", "place", ["Душанбе", "Душанбедегі", "Dushanbe"]),
    ("Tajikistan", "place", ["Таджикистана", "Тәжікстан", "Tajikistan"]),
    ("Ganja", "place", ["Гянджа", "Гяндже", "Гәнже", "Гянджі"]),
    ("Elmar Valiyev", "person", ["Эльмара Велиева", "Эльмар Велиев", "Ельмара Велієва"]),
    ("Yunis Safarov", "person", ["Юнис Сафаров", "Юніс Сафаров"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset20", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
