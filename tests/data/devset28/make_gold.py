"""Write the gold annotations of the twenty-eighth development set: tests/data/devset28/gold/devset28.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset28.py, which checks every anchor:

    python tests/data/devset28/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `samashki_report_ru.txt` is stored in koi8-r.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

SPK, LNK, KRV, ARM, YER = "Spitak", "Leninakan", "Kirovakan", "Armenian SSR", "Yerevan"
MOS, CHE = "Moscow", "Chechnya"
SKN, SHY, SAM = "Sknyliv", "Shymkent", "Samashki"
D_SP = "1988-12-07"
D_KS, D_KS2 = "1999-09-13", ["1999-09-09", "1999-09-13"]  # Kashirskoye; both Moscow bombings
D_SK = "2002-07-27"
D_SH = "2012-12-25"
D_SM = ["1995-04-07", "1995-04-08"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Spitak earthquake, Wednesday 7 December 1988
    P = dict(place=ARM, date=D_SP)
    GC = dict(src="Soviet government commission", stype="official")
    d = "spitak_timeline_ru.md"
    MA = dict(src="Armenian SSR Interior Ministry", stype="official", stext="МВД Армянской ССР", place=SPK, date=D_SP)
    C(d, "missing", None, "vague", "под завалами остаются «тысячи» людей", "eyewitnesses", "eyewitness", stext="по словам очевидцев", place=LNK, date=D_SP)
    C(d, "killed", 4000, "at_least", "только в Спитаке погибли не менее 4000 человек", **MA)
    C(d, "killed", 47, "exact", "погибли 47 работниц", "management of the Leninakan textile factory", "company", group="workers", stext="Руководство Ленинаканского текстильного комбината", place=LNK, date=D_SP)
    MZ = dict(src="USSR health ministry", stype="official", stext="Минздрав СССР", **P)
    C(d, "injured", 8000, "about", "доставлены около 8000 раненых", **MZ)
    C(d, "deployed", 20000, "more_than", "направлено свыше 20 000 военнослужащих и строителей", place=ARM, date="1988-12-08")
    C(d, "killed", [40000, 45000], "range", "может составить от 40 до 45 тысяч", stext="Члены правительственной комиссии", **GC, **P)
    C(d, "killed", 100000, "exact", "В городе говорят о 100 тысячах погибших", "talk in the town", "unknown", "unconfirmed", stext="В городе говорят", **P)
    C(d, "killed", 100000, "exact", "назвала эти слухи «безответственными»", mod="denied", stext="Правительственная комиссия", **GC, **P)
    C(d, "deployed", 3000, "about", "работают около 3000 иностранных спасателей", "State Committee for Emergencies", "official", stext="Госкомитет по чрезвычайным ситуациям", place=ARM, date="1988-12-10")
    HQ = dict(src="headquarters of the rescue operation", stype="official", **P)
    C(d, "missing", 10000, "at_most", "могут оставаться до 10 тысяч человек", stext="По данным штаба спасательных работ", **HQ)
    C(d, "injured", 15000, "more_than", "число раненых превысило 15 000", stext="Штаб", **HQ)
    C(d, "buildings_damaged", 72, "exact", "разобраны завалы 72 обрушившихся зданий", place=KRV, date=D_SP)
    C(d, "killed", 1100, "exact", "по данным горисполкома, 1100 погибших", "Kirovakan city executive committee", "official", stext="по данным горисполкома", place=KRV, date=D_SP)
    C(d, "killed", 24817, "exact", "называет 24 817 погибших", stext="Правительственная комиссия", **GC, **P)
    OF = dict(src="official figures", stype="official", stext="Официальная цифра", **P)
    C(d, "killed", 25000, "exact", "Официальная цифра округлена до 25 000 погибших", **OF)
    C(d, "missing", 500, "more_than", "более 500 человек числятся пропавшими без вести", **OF)
    C(d, "killed", [40000, 50000], "range", "говорят о 40–50 тысячах", "independent researchers and Armenian public organisations", "ngo", stext="Независимые исследователи и армянские общественные организации", **P)
    C(d, "arrested", 11, "exact", "арестованные в декабре (всего 11 человек)", place=YER, date="1988-12")
    C(d, "charged", 14, "exact", "к ответственности привлечены 14 должностных лиц", "Armenian SSR Prosecutor's Office", "official", stext="Прокуратура Армянской ССР", place=ARM, date="1990")
    # the table of figures per source
    C(d, "killed", 4000, "at_least", "| МВД Армянской ССР (Спитак) | 08.12 | не менее 4000 | — | — |", **MA)
    C(d, "injured", 8000, "about", "| Минздрав СССР | 08.12 | — | около 8000 | — |", **MZ)
    C(d, "killed", [40000, 45000], "range", "| Правительственная комиссия | 09.12 | 40 000–45 000 | — | — |", stext="Правительственная комиссия", **GC, **P)
    r = "| Штаб спасательных работ | 11.12 | — | более 15 000 | до 10 000 |"
    C(d, "injured", 15000, "more_than", r, stext="Штаб спасательных работ", **HQ)
    C(d, "missing", 10000, "at_most", r, stext="Штаб спасательных работ", **HQ)
    C(d, "killed", 24817, "exact", "| Правительственная комиссия | 20.12 | 24 817 | — | — |", stext="Правительственная комиссия", **GC, **P)
    r = "| Официальные данные | 01.1989 | 25 000 | — | более 500 |"
    OF["stext"] = "Официальные данные"
    C(d, "killed", 25000, "exact", r, **OF)
    C(d, "missing", 500, "more_than", r, **OF)

    d = "spitak_news_kk.txt"
    C(d, "killed", 25000, "exact", "ресми 25 мың құрбан", "official figures", "official", stext="ресми", **P)
    C(d, "killed", 50000, "at_most", "тәуелсіз бағалау бойынша – 50 мыңға дейін", "independent estimates", "ngo", stext="тәуелсіз бағалау бойынша", **P)
    C(d, "killed", 25000, "more_than", "25 мыңнан астам адам қаза тапты", "government commission of the USSR Council of Ministers", "official", stext="КСРО Министрлер Кеңесі үкіметтік комиссиясының қорытындысы бойынша", **P)
    C(d, "killed", 50000, "at_most", "құрбандар саны 50 мыңға дейін жетуі мүмкін", "independent researchers", "ngo", stext="тәуелсіз зерттеушілер", **P)
    C(d, "injured", 19000, "about", "19 мыңға жуық адамның жарақат алғаны", "official data", "official", stext="Ресми деректе", **P)
    C(d, "deployed", 600, "about", "600-ге жуық құтқарушы мен құрылысшы жіберілді", place=LNK, date="1988-12-09")
    C(d, "killed", None, "vague", "үйінді астынан ондаған мәйіт шығардық", "Serik Abdirakhmanov, a rescuer from Almaty", "eyewitness", stext="Алматылық құтқарушы Серік Әбдірахманов", place=LNK, date=D_SP)
    C(d, "killed", 4000, "at_least", "кемінде 4000 адам қаза тапқан", "Armenian SSR Interior Ministry", "official", stext="Армения КСР Ішкі істер министрлігінің хабарлауынша", place=SPK, date=D_SP)
    C(d, "killed", 24817, "exact", "24 817 адамның есімін атады", "Soviet government commission", "official", stext="үкіметтік комиссия", **P)
    C(d, "killed", 150000, "more_than", "«150 мыңнан астам адам өлді»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)

    f = "spitak_feed_en.rss#"
    C(f + "sp-1", "killed", 45000, "at_most", "Soviet officials say up to 45,000 may have died", "Soviet officials", "official", **P)
    C(f + "sp-1", "killed", [40000, 45000], "range", "between 40,000 and 45,000 people may have been killed", "members of the Soviet government commission", "official", **P)
    C(f + "sp-1", "injured", 8000, "about", "about 8,000 injured had been brought to hospitals", "doctors in Yerevan", "official", **P)
    C(f + "sp-1", "deployed", 20000, "more_than", "More than 20,000 Soviet soldiers have been sent", place=ARM, date="1988-12-08")
    C(f + "sp-1", "missing", None, "vague", "Hundreds of people are still believed trapped", place=LNK, date=D_SP)
    C(f + "sp-2", "killed", 25000, "exact", "toll revised down to 25,000", **P)
    C(f + "sp-2", "killed", 25000, "exact", "now stands at 25,000, Soviet officials said", "Soviet officials", "official", **P)
    C(f + "sp-2", "killed", 45000, "at_most", "the figure of up to 45,000 given by the government commission", "Soviet government commission", "official", **P)
    C(f + "sp-2", "injured", 15000, "more_than", "More than 15,000 people were injured", **P)
    C(f + "sp-2", "missing", 500, "more_than", "over 500 are still listed as missing", **P)
    C(f + "sp-2", "killed", 50000, "at_least", "insisted that at least 50,000 had died", "activists of the Karabakh Committee", "activist", **P)
    C(f + "sp-2", "arrested", 11, "exact", "Eleven members of the committee were arrested", place=YER, date="1988-12-10")
    C(f + "sp-2", "killed", 1100, "exact", "the city council reported 1,100 dead", "Kirovakan city council", "official", place=KRV, date=D_SP)
    C(f + "sp-2", "deployed", 3000, "about", "About 3,000 foreign rescuers", place=ARM, date="1988-12")

    # ================================================================ Kashirskoye highway bombing, Monday 13 September 1999
    P = dict(place=MOS, date=D_KS)
    CH = "children"
    f = "kashirskoe_articles_ru.jsonl#"
    C(f + "ks1", "killed", 94, "exact", "из-под завалов извлечены тела 94 человек", **P)
    EM = dict(src="Emergencies Ministry rescuers", stype="official", stext="спасатели МЧС", **P)
    C(f + "ks1", "killed", 52, "exact", "извлекли из-под обломков 52 тела", **EM)
    C(f + "ks1", "killed", 94, "exact", "к утру вторника — уже 94", **EM)
    HD = dict(src="Moscow health department", stype="official", stext="По данным столичного управления здравоохранения", **P)
    C(f + "ks1", "injured", 9, "exact", "в больницы доставлены девять пострадавших", **HD)
    C(f + "ks1", "injured", 2, "exact", "двое из них в тяжёлом состоянии", **HD)
    C(f + "ks1", "deployed", 800, "about", "около 800 спасателей, пожарных и милиционеров", **P)
    C(f + "ks1", "detained", 1500, "more_than", "задержаны более 1500 человек", "Moscow police headquarters", "official", stext="в ГУВД", place=MOS, date=["1999-09-12", "1999-09-14"])
    C(f + "ks1", "vehicles_damaged", 20, "about", "повреждены около 20 автомобилей", **P)
    MC = dict(src="Moscow City Court", stype="official", stext="Московский городской суд", place=MOS, date="2004-01-12")
    C(f + "ks2", "convicted", 2, "exact", "два пожизненных срока", place=MOS, date="2004-01-12")
    C(f + "ks2", "convicted", 2, "exact", "приговорил Адама Деккушева и Юсуфа Крымшамхалова", **MC)
    PR = dict(src="prosecution", stype="official", stext="По версии обвинения")
    C(f + "ks2", "killed", 124, "exact", "унёс жизни 124 человек", **PR, **P)
    C(f + "ks2", "killed", 13, "exact", "среди них 13 детей", group=CH, **PR, **P)
    C(f + "ks2", "killed", 224, "exact", "погибли 224 человека", **PR, place=MOS, date=D_KS2)
    C(f + "ks2", "injured", 200, "about", "ещё около 200 получили ранения", **PR, place=MOS, date=D_KS2)
    C(f + "ks2", "killed", 5, "exact", "ещё пятеро предполагаемых участников", "investigators", "official", group="suspects", stext="по словам следствия", place=CHE)
    GP = dict(src="Prosecutor General's Office", stype="official", stext="по данным Генпрокуратуры", place=MOS, date=["1999", "2004"])
    C(f + "ks2", "detained", 8, "exact", "по делу были задержаны восемь человек", **GP)
    C(f + "ks2", "charged", 6, "exact", "обвинения предъявлены шестерым", **GP)

    d = "kashirskoe_mtblog_en.txt"
    C(d, "killed", 52, "exact", "are found dead 52 persons", "rescuers of MChS", "official", **P)
    C(d, "killed", 94, "exact", "On the next morning are found 94", "rescuers of MChS", "official", **P)
    C(d, "killed", 124, "exact", "Finally are lost 124 persons", "prosecution", "official", **P)
    C(d, "killed", 13, "exact", "among them 13 children", "prosecution", "official", group=CH, **P)
    C(d, "injured", 9, "exact", "In hospital are brought 9 persons", **P)
    C(d, "deployed", 30, "about", "Near 30 volunteers of us", **P)
    C(d, "vehicles_damaged", 20, "about", "are burned and broken cars, about 20", **P)
    C(d, "convicted", 2, "exact", "In 2004 two men are received life sentence", place=MOS, date="2004")
    C(d, "killed", 300, "more_than", "are lost more than 300 persons", "internet forums", "social_media", "unconfirmed", **P)
    C(d, "killed", 94, "exact", "rescuers say 94 dead", "rescuers", "official", **P)
    C(d, "killed", 124, "exact", "search finished, 124 dead", **P)

    d = "kashirskoe_wiki_uk.wiki"
    IF = dict(src="Interfax-Ukraine", stype="media", stext="Інтерфакс-Україна", **P)
    C(d, "killed", 124, "exact", "| загиблі   = 124", **IF)
    C(d, "killed", 124, "exact", "Число жертв вибуху на Каширському шосе зросло до 124", **IF)
    C(d, "injured", 9, "exact", "| поранені  = 9", **P)
    C(d, "killed", 52, "exact", "підняли з-під завалів 52 тіла", "Russian Emergencies Ministry rescuers", "official", stext="рятувальники [[МНС Росії]]", **P)
    C(d, "killed", 94, "exact", "кількість загиблих зросла до 94", **P)
    C(d, "killed", 124, "exact", "загинули 124 особи", **P)
    C(d, "killed", 13, "exact", "серед них 13 дітей", group=CH, **P)
    C(d, "injured", 9, "exact", "Ще дев'ятеро мешканців були поранені", **P)
    C(d, "deployed", 800, "about", "близько 800 рятувальників і міліціонерів", **P)
    C(d, "convicted", 2, "exact", "засудив до довічного ув'язнення двох учасників", "Moscow City Court", "official", stext="Московський міський суд", place=MOS, date="2004")
    MV = dict(src="Russian Interior Ministry", stype="official", stext="за даними МВС Росії", place=MOS, date="1999-09")
    C(d, "detained", 11000, "more_than", "затримано понад 11 тисяч осіб", **MV)
    C(d, "arrested", None, "vague", "заарештовано лише кількох", **MV)

    # ================================================================ Sknyliv air show disaster, Saturday 27 July 2002
    P = dict(place=SKN, date=D_SK)
    CH = "children"
    d = "sknyliv_statement_uk.txt"  # the head of the Lviv regional state administration in his own voice
    C(d, "killed", 76, "exact", "ми маємо 76 загиблих", **P)
    C(d, "killed", 25, "exact", "Серед них 25 дітей", group=CH, **P)
    C(d, "killed", 1, "exact", "Ще одна людина померла вночі", **P)
    C(d, "injured", 500, "more_than", "звернулися понад 500 людей", **P)
    C(d, "injured", 115, "exact", "115 із них госпіталізовані", **P)
    C(d, "injured", 32, "exact", "у тому числі 32 дитини", group=CH, **P)
    C(d, "injured", 4, "exact", "Четверо перебувають у вкрай тяжкому стані", **P)
    GP = dict(src="Prosecutor General's Office of Ukraine", stype="official", stext="Генеральна прокуратура", **P)
    C(d, "detained", 2, "exact", "Обидва льотчики", **GP)
    C(d, "detained", 3, "exact", "затримала їх і ще трьох офіцерів", **GP)
    C(d, "deployed", 40, "exact", "чергують 40 психологів і лікарів", **P)
    C(d, "killed", 150, "more_than", "загиблих нібито понад 150", "rumours", "unknown", "unconfirmed", stext="Я чую чутки", **P)
    C(d, "killed", 150, "more_than", "Це неправда.", mod="denied", **P)

    d = "sknyliv_press_en.html"  # the Sknyliv Families Association in its own voice
    C(d, "killed", 77, "exact", "Twenty years after Sknyliv: 77 lives", **P)
    C(d, "killed", 77, "exact", "We lost 77 people that day", **P)
    C(d, "killed", 28, "exact", "28 of them children", group=CH, **P)
    MH = dict(src="Ministry of Health of Ukraine", stype="official", **P)
    C(d, "injured", 540, "about", "around 540 people sought medical help", **MH)
    C(d, "injured", 100, "about", "about 100 were hospitalised", **MH)
    GC = dict(src="government commission and Lviv regional prosecutor's office", stype="official", **P)
    C(d, "killed", 77, "exact", "<tr><td>Killed</td><td>77</td></tr>", **GC)
    C(d, "killed", 28, "exact", "<tr><td>of them children</td><td>28</td></tr>", group=CH, **GC)
    C(d, "injured", 543, "exact", "<tr><td>Sought medical help</td><td>543</td></tr>", **GC)
    C(d, "injured", 100, "exact", "<tr><td>Hospitalised</td><td>100</td></tr>", **GC)
    MC = dict(src="a military court in Lviv", stype="official", place=SKN, date="2005-06")
    C(d, "convicted", 2, "exact", "convicted the two pilots", **MC)
    C(d, "convicted", 3, "exact", "and three other officers", **MC)
    C(d, "dismissed", 1, "exact", "dismissed the commander of the Air Force, Viktor Strelnikov", place=SKN, date="2002-07")

    d = "sknyliv_export_uk.xml#64219"
    UN = dict(src="UNIAN", stype="media", stext="УНІАН", **P)
    r = "| загиблі    = 77 (з них 28 дітей)"
    C(d, "killed", 77, "exact", r, **UN)
    C(d, "killed", 28, "exact", r, group=CH, **UN)
    C(d, "killed", 77, "exact", "Кількість загиблих на Скнилові зросла до 77", **UN)
    C(d, "injured", 500, "more_than", "| поранені   = понад 500", **P)
    C(d, "killed", 62, "exact", "На місці загинули 62 людини", **P)
    ME = dict(src="Ukrainian Emergencies Ministry", stype="official", stext="[[МНС України]]", **P)
    C(d, "killed", 83, "exact", "повідомило про 83 загиблих", **ME)
    C(d, "killed", 76, "exact", "цифру уточнили: 76", **ME)
    C(d, "killed", 1, "exact", "померла ще одна людина", **P)
    C(d, "killed", 77, "exact", "загальна кількість загиблих сягнула 77", **P)
    C(d, "killed", 28, "exact", "серед них 28 дітей", group=CH, **P)
    C(d, "injured", 543, "exact", "Скнилів: 543 людини звернулися по медичну допомогу", "Lvivska Gazeta", "media", stext="Львівська газета", **P)
    C(d, "injured", 543, "exact", "звернулися 543 особи", **P)
    C(d, "injured", 100, "about", "з них близько 100 були госпіталізовані", **P)
    C(d, "dismissed", 1, "exact", "звільнив командувача Військово-повітряних сил", place=SKN, date="2002-07")
    C(d, "convicted", 5, "exact", "військовий суд засудив п'ятьох військових", "military court", "official", stext="військовий суд", place=SKN, date="2005-06")

    # ================================================================ Border Service An-72 crash near Shymkent, Tuesday 25 December 2012
    P = dict(place=SHY, date=D_SH)
    CR, PA, BO = "crew", "passengers", "border service officers"
    d = "shymkent_news_kk.txt"
    C(d, "killed", 27, "exact", "бортта болған 27 адамның бәрі қаза тапты", **P)
    KN = dict(src="press service of the National Security Committee", stype="official", stext="ҰҚК баспасөз қызметінің хабарлауынша", **P)
    C(d, "killed", 7, "exact", "бортта 7 экипаж мүшесі", group=CR, **KN)
    C(d, "killed", 20, "exact", "20 жолаушы болған, олардың барлығы қаза тапты", group=PA, **KN)
    TJ = dict(src="Emergencies Ministry", stype="official", stext="Төтенше жағдайлар министрлігінің мәліметінше", **P)
    C(d, "deployed", 300, "more_than", "300-ден астам құтқарушы мен әскери қызметші", **TJ)
    C(d, "killed", 24, "exact", "24 адамның денесі табылды", **TJ)
    C(d, "killed", 3, "exact", "қалған үшеуінің де мәйіті шығарылды", **TJ)
    C(d, "killed", 30, "more_than", "апатта 30-дан астам адам қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 30, "more_than", "ҰҚК бұл ақпаратты жалған деп атады", "National Security Committee", "official", "denied", stext="ҰҚК", **P)

    f = "shymkent_articles_kk.jsonl#"
    C(f + "sh1", "killed", 27, "exact", "Ан-72 апатында қаза тапқан 27 адаммен", **P)
    C(f + "sh1", "killed", 20, "exact", "Олардың 20-сы – Шекара қызметінің офицерлері", group=BO, **P)
    C(f + "sh1", "killed", 7, "exact", "7-еуі – экипаж мүшелері", group=CR, **P)
    C(f + "sh1", "killed", 26, "exact", "26 адам қаза тапты деп жазған", "some news agencies", "media", stext="кейбір ақпарат агенттіктері", **P)
    C(f + "sh1", "killed", 27, "exact", "27 адамның қаза тапқанын растады", "National Security Committee", "official", stext="Ұлттық қауіпсіздік комитеті", **P)
    C(f + "sh1", "deployed", 500, "about", "500-ге жуық адам қатысты", **P)
    C(f + "sh2", "dismissed", 2, "exact", "екі басшы қызметінен босатылды", place=SHY, date="2013")
    KO = dict(src="official representative of the National Security Committee", stype="official", stext="Ұлттық қауіпсіздік комитетінің ресми өкілінің мәлімдеуінше", place=SHY, date="2013")
    C(f + "sh2", "dismissed", 2, "exact", "авиация басқармасының екі басшысы қызметінен босатылды", **KO)
    C(f + "sh2", "charged", 1, "exact", "бір лауазымды тұлғаға", **KO)

    # ================================================================ Samashki, 7-8 April 1995
    P = dict(place=SAM, date=D_SM)
    FI, CV, SV = "fighters", "civilians", "servicemen"
    d = "samashki_report_ru.txt"  # koi8-r
    MV = dict(src="Russian Interior Ministry", stype="official", stext="По официальным данным МВД России", **P)
    C(d, "killed", 130, "exact", "уничтожены 130 боевиков", group=FI, **MV)
    C(d, "detained", 124, "exact", "задержаны 124 человека", **MV)
    IT = dict(src="press centre of the Interior Troops", stype="official", stext="по сообщению пресс-центра внутренних войск", **P)
    C(d, "killed", 13, "exact", "составили 13 человек убитыми", group=SV, **IT)
    C(d, "injured", 52, "exact", "и 52 ранеными", group=SV, **IT)
    C(d, "deployed", 350, "about", "участвовали около 350 военнослужащих", **P)
    C(d, "killed", 11, "exact", "убиты одиннадцать соседей", "an elderly woman from the village", "eyewitness", stext="По ее словам", **P)
    VA = dict(src="village administration", stype="official", stext="по подсчетам сельской администрации", **P)
    C(d, "killed", 250, "about", "погибли около 250 мирных жителей", group=CV, **VA)
    C(d, "buildings_damaged", 200, "more_than", "сожжены более 200 домов", **VA)
    C(d, "killed", 103, "at_least", "не менее 103 погибших мирных жителей", "Memorial human rights centre", "ngo", group=CV, stext='Правозащитный центр "Мемориал"', **P)
    C(d, "killed", 300, "exact", "говорят о 300 погибших", "representatives of Dzhokhar Dudayev", "opposition", "unconfirmed", stext="Представители Джохара Дудаева", **P)
    C(d, "killed", 300, "exact", 'В МВД эту цифру называют "пропагандой боевиков"', "Russian Interior Ministry", "official", "denied", stext="В МВД", **P)
    C(d, "missing", None, "vague", "О судьбе нескольких десятков из них", "relatives of the detainees", "eyewitness", stext="по словам их родственников", **P)

    w = "samashki_wiki_en.atom#sm-wp"
    ME = dict(src="Memorial Human Rights Centre", stype="ngo", **P)
    C(w, "killed", 103, "at_least", "deaths     = at least 103 civilians", group=CV, **ME)
    C(w, "killed", 103, "exact", "Rights group says 103 civilians died", "Reuters", "media", group=CV, **P)
    C(w, "killed", 103, "at_least", "Memorial documented by name at least 103 civilians killed", group=CV, **ME)
    C(w, "killed", 300, "at_most", "some villagers put the toll at up to 300", "some villagers", "eyewitness", **P)
    C(w, "killed", 130, "exact", 'said 130 "fighters" had been killed', "Russian Interior Ministry", "official", group=FI, **P)
    C(w, "detained", None, "vague", "Several dozen men were taken to the filtration camp", **P)
    C(w, "buildings_damaged", 200, "more_than", "more than 200 houses were burned", **ME)
    w = "samashki_wiki_en.atom#sm-talk"
    C(w, "killed", 130, "exact", "all 130 dead were fighters", "Interior Ministry", "official", "unconfirmed", group=FI, **P)
    C(w, "killed", 130, "exact", "The Memorial report calls it false", "Memorial report", "ngo", "denied", group=FI, **P)
    C(w, "detained", 124, "exact", "the Ministry itself said 124 men were detained", "Interior Ministry", "official", **P)
    C(w, "missing", 30, "about", "had about 30 names", "Memorial's list of the missing", "ngo", **P)

    d = "samashki_news_uk.txt"
    C(d, "killed", 103, "at_least", "загинули щонайменше 103 мирні жителі", "Memorial", "ngo", group=CV, stext="«Меморіал»", **P)
    C(d, "killed", 103, "at_least", "встановили імена щонайменше 103 мирних жителів", "Memorial observers", "ngo", group=CV, stext="Спостерігачі центру", **P)
    C(d, "killed", [200, 300], "range", "кажуть про 200–300 загиблих", "villagers", "eyewitness", stext="Селяни", **P)
    C(d, "killed", 300, "more_than", "«понад 300 убитих»", "representatives of Dzhokhar Dudayev", "opposition", stext="Представники Джохара Дудаєва", **P)
    C(d, "killed", 130, "exact", "знищено 130 бойовиків", "Russian Interior Ministry", "official", "unconfirmed", group=FI, stext="МВС Росії", **P)
    C(d, "killed", 130, "exact", "цю версію називають неправдивою", "Memorial", "ngo", "denied", group=FI, stext="У «Меморіалі»", **P)
    HR = dict(src="human rights defenders", stype="ngo", stext="За даними правозахисників", **P)
    C(d, "buildings_damaged", 200, "more_than", "Понад 200 будинків спалено", **HR)
    C(d, "detained", 124, "at_least", "Щонайменше 124 чоловіків, затриманих у селі", **HR)
    C(d, "killed", None, "vague", "кількох із них згодом знайшли мертвими", group="detainees", **HR)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d28g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "spitak_timeline_ru.md"
    T(d, "1988-12-07", "earthquake destroys northern Armenia", "В среду, 7 декабря 1988 года")
    for day, entries in (("1988-12-07", (("11:41", "first shock; Spitak destroyed"), ("11:45", "second strong shock, communications cut"), ("13:20", "Yerevan radio: casualties and destruction"), ("15:00", "ambulances and volunteers leave Yerevan"), ("19:30", "Vremya and TASS report the earthquake"), ("23:10", "eyewitnesses: thousands under the rubble in Leninakan"))),
                         ("1988-12-08", (("06:30", "government commission under Ryzhkov arrives"), ("10:00", "Armenian Interior Ministry: at least 4000 dead in Spitak"), ("14:00", "textile factory: 47 workers killed"), ("17:40", "USSR health ministry: about 8000 injured"), ("21:00", "more than 20,000 troops and builders sent"))),
                         ("1988-12-09", (("09:00", "first foreign rescue teams arrive"), ("12:15", "commission: 40-45 thousand may be dead"), ("16:00", "276 pulled out alive in a day"), ("22:00", "rumour of 100,000 dead called irresponsible"))),
                         ("1988-12-10", (("08:00", "Gorbachev arrives in Yerevan"), ("14:30", "Karabakh Committee members detained"), ("19:00", "about 3000 foreign rescuers at work"))),
                         ("1988-12-11", (("07:30", "Il-76 carrying rescuers crashes near Leninakan"), ("13:00", "up to 10,000 may remain under the ruins"), ("18:00", "injured exceed 15,000"))),
                         ("1988-12-13", (("11:00", "Kirovakan: 72 buildings cleared, 1100 dead"), ("16:20", "search for survivors in Spitak ends")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+04:00", label, f"**{hm}**")
    T(d, "1988-12-20", "government commission: 24,817 dead", "**20 декабря**")
    T(d, "1989-01", "official toll rounded to 25,000", "**Январь 1989 года**")
    T(d, "1989-05", "Karabakh Committee members released", "**Май 1989 года**")
    T(d, "1990", "prosecutors: 14 officials held responsible", "**1990 год**")
    d = "spitak_news_kk.txt"
    T(d, "1988-12-07T11:41", "earthquake strikes (local time)", "1988 жылғы 7 желтоқсанда, сәрсенбі күні, жергілікті уақыт бойынша сағат 11:41-де")
    T(d, "1988-12-09", "Kazakh rescuers reach Leninakan", "Ленинаканға 9 желтоқсанда жетті")
    T(d, "1988-12-08", "Armenian Interior Ministry: at least 4000 dead in Spitak", "Сілкіністен кейін екінші күні, 8 желтоқсанда")
    T(d, "1988-12", "government commission names 24,817 dead", "желтоқсанның соңында")
    f = "spitak_feed_en.rss#"
    T(f + "sp-1", "1988-12-07T11:41", "earthquake strikes northern Armenia", "which struck at 11:41 local time")
    T(f + "sp-1", "1988-12-09", "foreign rescue teams arrive", "arrived this morning")
    T(f + "sp-2", "1988-12-10", "Karabakh Committee members arrested", "arrested in Yerevan on 10 December")
    T(f + "sp-2", "1988-12-11", "Yugoslav relief plane crashes", "crashed near Yerevan on 11 December")

    f = "kashirskoe_articles_ru.jsonl#"
    T(f + "ks1", "1999-09-13T05:00", "explosion destroys the house on Kashirskoye highway", "В понедельник, 13 сентября, около 05:00 утра")
    T(f + "ks1", "1999-09-13", "52 bodies recovered", "К вечеру понедельника")
    T(f + "ks1", "1999-09-14", "94 bodies recovered", "к утру вторника")
    T(f + "ks1", "1999-09-12", "mass checks begin in Moscow", "Накануне, в воскресенье")
    T(f + "ks2", "2004-01-12", "Moscow City Court sentences Dekkushev and Krymshamkhalov to life", "Московский городской суд в понедельник")
    d = "kashirskoe_mtblog_en.txt"
    T(d, "1999-09-13T05:00", "explosion destroys house 6 building 3", "On Monday 13 September 1999 in 5.00 hours of morning")
    T(d, "1999-09-13", "rescuers: 52 dead found", "In the first day")
    T(d, "1999-09-14", "94 dead found", "On the next morning")
    T(d, "2004", "two men sentenced to life", "In 2004 two men")
    T(d, "1999-09-14T07:00", "update: rescuers say 94 dead", "Update 14.09.1999 07.00")
    T(d, "1999-09-20T12:00", "update: search finished, 124 dead", "Update 20.09.1999 12.00")
    d = "kashirskoe_wiki_uk.wiki"
    T(d, "1999-09-13T05:03+04:00", "explosion in the basement destroys the house (Moscow time)", "в понеділок, 13 вересня 1999 року, о 5:03 за московським часом (UTC+4)")
    T(d, "1999-09-09", "bombing on Guryanova street", "після вибуху на вулиці Гур'янова 9 вересня")
    T(d, "1999-09-13", "52 bodies recovered", "Першого дня")
    T(d, "1999-09-14", "toll rises to 94", "Наступного ранку")
    T(d, "1999-09-20", "search completed: 124 dead", "20 вересня пошукові роботи завершили")
    T(d, "2004", "two convicted to life imprisonment", "У 2004 році")

    d = "sknyliv_statement_uk.txt"
    T(d, "2002-07-27T12:52", "Su-27 crashes into the spectators", "Учора о 12:52")
    T(d, "2002-07-28T10:00", "status: 76 dead", "Станом на 10:00 сьогодні")
    T(d, "2002-07-28", "days of mourning declared", "Оголошено дні жалоби 28 і 29 липня")
    d = "sknyliv_press_en.html"
    T(d, "2002-07-27T12:52", "Su-27UB ploughs into the crowd", "On Saturday, 27 July 2002, at 12:52")
    T(d, "2005-06", "military court convicts the pilots and three officers", "In June 2005")
    T(d, "2002-08", "Defence Minister Shkidchenko leaves office", "left office in August 2002")
    d = "sknyliv_export_uk.xml#64219"
    T(d, "2002-07-27T12:52+03:00", "Su-27UB hits the ground and the crowd (Kyiv time)", "Близько 12:52 за київським часом (UTC+3)")
    T(d, "2002-07-27", "Emergencies Ministry: 83 dead", "У перший вечір")
    T(d, "2002-07-28", "toll corrected to 76", "наступного дня цифру уточнили")
    T(d, "2002-08", "Defence Minister Shkidchenko resigns", "у серпні у відставку")
    T(d, "2005-06", "military court convicts five servicemen", "У червні 2005 року")
    T(d, "2003", "memorial erected at the crash site", "2003 року встановлено меморіал")

    d = "shymkent_news_kk.txt"
    T(d, "2012-12-25T18:50", "An-72 disappears from radar approaching Shymkent", "Кеше, 25 желтоқсанда, сейсенбі күні, Астана уақытымен шамамен 18:50-де")
    T(d, "2012-12-26T08:00", "24 bodies found", "Таңертең сағат 8:00-ге қарай")
    T(d, "2012-12-26", "remaining three bodies recovered", "кешке қарай")
    T(d, "2012-12-27", "national day of mourning", "27 желтоқсан жалпыұлттық аза тұту күні")
    f = "shymkent_articles_kk.jsonl#"
    T(f + "sh1", "2012-12-27", "farewell ceremony at Shymkent airport", "Бүгін, 27 желтоқсанда")
    T(f + "sh1", "2012-12-25T19:30", "first news of the crash", "25 желтоқсан күні кешкі сағат 19:30 шамасында")

    d = "samashki_report_ru.txt"
    T(d, "1995-04-07T16:00", "operation begins after the ultimatum expires", "в пятницу, 7 апреля, около 16:00")
    T(d, "1995-04-07", "night 'sweep' of the village", "всю ночь с 7 на 8 апреля")
    T(d, "1995-04-08", "federal forces leave Samashki", "К вечеру 8 апреля")
    w = "samashki_wiki_en.atom#sm-wp"
    T(w, "1995-04-07", "troops enter the village after the ultimatum", "on the afternoon of Friday, 7 April")
    T(w, "1995-04-08", "sweep continues into 8 April", "through the night and into 8 April")
    d = "samashki_news_uk.txt"
    T(d, "1995-04-07T16:00", "operation begins (Moscow time)", "в п'ятницю, 7 квітня, близько 16:00 за московським часом")
    T(d, "1995-04-07", "night 'sweep'", "всю ніч на 8 квітня")
    T(d, "1995-04-24", "Memorial publishes its report", "оприлюднив у понеділок доповідь")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d28t{n:03d}"
    return rows


ENTITIES = [
    ("Spitak", "place", ["Спитак", "Спитаке", "Спитакқа", "Спитактағы", "Спитактың", "Spitak"]),
    ("Leninakan", "place", ["Ленинакан", "Ленинакане", "Ленинаканом", "Ленинаканда", "Ленинаканға", "Гюмри", "Leninakan"]),
    ("Kirovakan", "place", ["Кировакан", "Кировакане", "Кироваканда", "Ванадзор", "Kirovakan"]),
    ("Yerevan", "place", ["Ереван", "Еревана", "Ереване", "Ереваннан", "Yerevan"]),
    ("Armenian SSR", "place", ["Армянской ССР", "Армения КСР"]),
    ("Armenia", "place", ["Армениядағы", "Armenia"]),
    ("Karabakh Committee", "org", ["комитета «Карабах»", "Karabakh Committee"]),
    ("Moscow", "place", ["Москвы", "Москве", "Москва", "Москві", "Moscow"]),
    ("Kashirskoye highway", "place", ["Каширском шоссе", "Каширське шосе", "Каширському шосе", "Kashirskoye highway"]),
    ("FSB", "org", ["ФСБ", "FSB"]),
    ("Russian Emergencies Ministry", "org", ["МЧС", "МНС Росії", "MChS"]),
    ("Achemez Gochiyayev", "person", ["Ачемез Гочияев", "Ачемез Гочияєв", "Ачемеза Гочияєва", "Gochiyayev"]),
    ("Khattab", "person", ["Хаттаба", "Khattab"]),
    ("Sergei Kovalev", "person", ["Сергей Ковалёв", "Сергія Ковальова"]),
    ("Sknyliv", "place", ["Скнилів", "Скнилові", "Sknyliv"]),
    ("Lviv", "place", ["Львів", "Львова", "Львові", "Lviv"]),
    ("Volodymyr Toponar", "person", ["Володимир Топонар", "Володимира Топонара", "Volodymyr Toponar", "Toponar"]),
    ("Yuriy Yegorov", "person", ["Юрій Єгоров", "Юрія Єгорова", "Yuriy Yegorov"]),
    ("Viktor Strelnikov", "person", ["Віктор Стрельников", "Віктора Стрельникова", "Viktor Strelnikov"]),
    ("Volodymyr Shkidchenko", "person", ["Володимир Шкідченко", "Volodymyr Shkidchenko"]),
    ("Leonid Kuchma", "person", ["Леонід Кучма", "Leonid Kuchma"]),
    ("Shymkent", "place", ["Шымкент", "Шымкенттегі"]),
    ("Astana", "place", ["Астана", "Астанадан", "Астанаға"]),
    ("National Security Committee of Kazakhstan", "org", ["Ұлттық қауіпсіздік комитеті", "Ұлттық қауіпсіздік комитетінің", "ҰҚК"]),
    ("Border Service", "org", ["Шекара қызметі", "Шекара қызметінің"]),
    ("Samashki", "place", ["Самашки", "Самашках", "Samashki"]),
    ("Chechnya", "place", ["Чечни", "Чечня", "Чечне", "Чечні", "Chechnya"]),
    ("Memorial", "org", ["Мемориал", "Меморіал", "Меморіалі", "Меморіалу", "Memorial"]),
    ("Dzhokhar Dudayev", "person", ["Джохара Дудаева", "Джохара Дудаєва"]),
    ("Mozdok", "place", ["Моздоке", "Моздоку", "Mozdok"]),
    ("Russian Interior Ministry", "org", ["МВД России", "МВС Росії"]),
    ("Ingushetia", "place", ["Ингушетии", "Інгушетії"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset28", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
