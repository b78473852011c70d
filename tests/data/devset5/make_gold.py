"""Write the gold annotations of the fifth development set: tests/data/devset5/gold/devset5.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset5.py, which checks every anchor:

    python tests/data/devset5/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `kordai_prosecutor_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

KORDAI, MASANCHI = "Masanchi (Korday district)", "Masanchi"
MARIUPOL, MAKH, MINSK, BELARUS, BISHKEK = "Mariupol", "Makhachkala", "Minsk", "Minsk; Belarus", "Bishkek"
D_KO = ["2020-02-07", "2020-02-08"]
D_MA, D_MK, D_BI = "2022-03-16", "2023-10-29", "2010-04-07"
D_SIEGE = ["2022-03-01", "2022-05-20"]
N1, N2, N3 = ["2020-08-09", "2020-08-10"], ["2020-08-10", "2020-08-11"], ["2020-08-11", "2020-08-12"]
D_BY = "2020-08"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Korday district clashes, night of 7-8 February 2020
    P = dict(place=KORDAI, date=D_KO)
    d = "kordai_news_kk.txt"
    C(d, "killed", 11, "exact", "Қордай оқиғасы: 11 адам қаза тапты", **P)
    C(d, "buildings_damaged", None, "vague", "жүздеген үй мен көлік өртенді", alt=["vehicles_damaged"], **P)
    IM = dict(src="Interior Ministry", stype="official", stext="Ішкі істер министрлігінің мәліметінше", **P)
    C(d, "killed", 11, "exact", "қақтығыстарда 11 адам қаза тапты", **IM)
    C(d, "killed", 10, "exact", "оның 10-ы – Масаншы ауылының тұрғындары", **IM)
    C(d, "killed", 8, "exact", "8 адамның қаза тапқаны хабарланған еді", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    HD = dict(src="regional health department", stype="official", stext="Облыстық денсаулық сақтау басқармасы", **P)
    C(d, "injured", 185, "exact", "жараланғандардың саны 185-ке жеткенін", **HD)
    C(d, "injured", 19, "exact", "оның 19-ы полиция қызметкерлері", group="police", **HD)
    C(d, "injured", 40, "about", "Ауруханада әлі де 40-қа жуық адам емделіп жатыр", **HD)
    AK = dict(src="regional akimat", stype="official", stext="Облыс әкімдігі", **P)
    C(d, "buildings_damaged", 168, "exact", "168 тұрғын үйдің", **AK)
    C(d, "vehicles_damaged", 122, "exact", "122 көліктің зақымданғанын", **AK)
    C(d, "buildings_damaged", 23, "exact", "Оның ішінде 23 үй", **AK)
    C(d, "vehicles_damaged", 47, "exact", "47 автокөлік толық өртеніп кеткен", **AK)
    C(d, "killed", 30, "more_than", "қаза тапқандар «30-дан асады» деп жазды", "local residents on social media", "social_media", "unconfirmed", stext="Жергілікті тұрғындар әлеуметтік желіде", **P)
    C(d, "killed", 30, "more_than", "Полиция бұл ақпаратты жоққа шығарып", "police", "official", "denied", stext="Полиция", **P)
    C(d, "participants", 300, "about", "полиция 300-ге жуық адам деп бағалады", "police", "official", stext="полиция", **P)
    C(d, "participants", 1000, "more_than", "«мыңнан астам адам» көшеге шыққанын", "witnesses", "eyewitness", stext="куәгерлер", **P)
    PGO = dict(src="Prosecutor General's Office", stype="official", stext="Бас прокуратура", place=KORDAI)
    C(d, "detained", 47, "exact", "47 адамның ұсталғанын хабарлады", date=D_KO, **PGO)
    C(d, "deployed", 1000, "more_than", "1000-нан астам әскери қызметші мен полицей жіберілді", date="2020-02-08", **PGO)

    d = "kordai_prosecutor_ru.txt"  # cp1251; a statement in its own voice
    C(d, "killed", 11, "exact", "в результате беспорядков погибли 11 человек", **P)
    C(d, "killed", 10, "exact", "из них 10 – от огнестрельных ранений", **P)
    C(d, "injured", 192, "exact", "получили 192 человека", **P)
    C(d, "injured", 19, "exact", "в том числе 19 сотрудников полиции", group="police", **P)
    C(d, "injured", 37, "exact", "продолжают лечение 37 человек", **P)
    C(d, "injured", 4, "exact", "четверо находятся в тяжелом состоянии", **P)
    C(d, "buildings_damaged", 23, "exact", "Сожжены 23 жилых дома", **P)
    C(d, "vehicles_damaged", 47, "exact", "и 47 автомобилей", **P)
    C(d, "buildings_damaged", 145, "exact", "повреждены еще 145 домов", **P)
    C(d, "buildings_damaged", 16, "exact", "16 объектов торговли", **P)
    C(d, "detained", 47, "exact", "Задержаны 47 человек", **P)
    C(d, "arrested", 12, "exact", "12 из них санкционирован арест", **P)
    MS = dict(src="messengers", stype="social_media", mod="unconfirmed", stext="в мессенджерах", **P)
    C(d, "killed", None, "vague", "«десятках убитых»", **MS)
    C(d, "injured", None, "vague", "«сотнях раненых»", **MS)
    C(d, "killed", None, "vague", "не соответствуют действительности", mod="denied", **P)
    C(d, "injured", None, "vague", "не соответствуют действительности", mod="denied", **P)
    C(d, "deployed", 1500, "more_than", "свыше 1,5 тысячи военнослужащих и сотрудников полиции", place=KORDAI, date="2020-02")

    f = "kordai_feed_en.rss#"
    C(f + "sd-kordai-1", "killed", 8, "exact", "leave eight dead, dozens hurt", **P)
    C(f + "sd-kordai-1", "injured", None, "vague", "dozens hurt", **P)
    GOV = dict(src="the regional governor's office", stype="official", **P)
    C(f + "sd-kordai-1", "killed", 8, "exact", "Eight people were killed", **GOV)
    C(f + "sd-kordai-1", "injured", None, "vague", "dozens injured overnight", **GOV)
    C(f + "sd-kordai-1", "participants", None, "vague", "groups of several hundred young men", "Residents", "eyewitness", **P)
    C(f + "sd-kordai-1", "buildings_damaged", 10, "at_least", "They burnt at least ten houses on our street alone", "a Masanchi shopkeeper", "eyewitness", place=MASANCHI, date=D_KO)
    C(f + "sd-kordai-1", "detained", 30, "exact", "30 people had been detained by Saturday afternoon", "The Interior Ministry", "official", **P)
    C(f + "sd-kordai-2", "killed", 11, "exact", "Korday death toll rises to 11", **P)
    IM = dict(src="the Interior Ministry", stype="official", **P)
    C(f + "sd-kordai-2", "killed", 11, "exact", "district rose to 11", **IM)
    C(f + "sd-kordai-2", "killed", 10, "exact", "10 of the dead were from Masanchi", **IM)
    C(f + "sd-kordai-2", "injured", 170, "more_than", "More than 170 people were injured", **IM)
    C(f + "sd-kordai-2", "injured", 19, "exact", "among them 19 police officers", group="police", **IM)
    C(f + "sd-kordai-2", "killed", 15, "at_least", 'the true number of dead was "at least 15"', "Dungan community leaders", "activist", **P)
    C(f + "sd-kordai-2", "killed", 15, "at_least", "The ministry rejected the claim", "The ministry", "official", "denied", **P)
    OF = dict(src="Officials", stype="official", **P)
    C(f + "sd-kordai-2", "detained", 47, "exact", "47 people had been detained", **OF)
    C(f + "sd-kordai-2", "deployed", 1000, "more_than", "more than 1,000 troops and police", **OF)
    C(f + "sd-kordai-3", "convicted", 12, "exact", "convicted 12 people", place=KORDAI, date="2021-01-20")
    C(f + "sd-kordai-3", "killed", 11, "exact", "in which 11 people died", **P)
    C(f + "sd-kordai-3", "injured", 190, "about", "some 190 were injured", **P)
    C(f + "sd-kordai-3", "charged", 60, "about", "about 60 people had been charged", "Rights activists", "ngo", place=KORDAI, date=["2020-02", "2021-01"])

    # ================================================================ Mariupol drama theatre airstrike, 16 March 2022
    P = dict(place=MARIUPOL, date=D_MA)
    d = "mariupol_wiki_uk.wiki"
    UP = dict(src="Ukrainska Pravda", stype="media", stext="Українська правда", **P)
    C(d, "killed", 300, "about", "загиблі        = близько 300", **UP)
    C(d, "killed", 300, "about", "по драмтеатру загинули близько 300 людей", **UP)
    C(d, "killed", 300, "about", "повідомила, що загинули близько 300 людей", "Mariupol City Council", "official", stext="Маріупольська міська рада", **P)
    C(d, "killed", 300, "about", "Mariupol council says about 300 killed in theatre strike", "Reuters", "media", stext="Reuters", **P)
    C(d, "killed", 600, "about", "оцінило кількість загиблих у близько 600 осіб", "Associated Press", "media", stext="агентство [[Associated Press]]", **P)
    C(d, "killed", 600, "exact", "AP evidence points to 600 dead", "Associated Press", "media", stext="Associated Press", **P)
    C(d, "killed", 12, "at_least", "загинули щонайменше 12 людей", "Amnesty International", "ngo", stext="[[Amnesty International]]", **P)
    C(d, "killed", None, "vague", "говорили про «десятки тіл»", "eyewitnesses", "eyewitness", stext="Очевидці", **P)
    C(d, "killed", 0, "exact", "що загиблих «немає»", "Russian state media", "media", stext="Російські державні ЗМІ", **P)
    C(d, "killed", 20000, "more_than", "загинули понад 20 тисяч мирних жителів", "city council", "official", stext="За даними міської ради", place=MARIUPOL, date=D_SIEGE)

    f = "mariupol_wiki_en.atom#"
    w = f + "mariupol-wp"
    C(w, "killed", [12, 600], "range", "| fatalities  = 12–600", **P)
    C(w, "killed", 300, "about", "about 300 people had been killed", "the Mariupol city council", "official", **P)
    C(w, "killed", 300, "about", "About 300 feared dead in Mariupol theatre", "BBC News", "media", "unconfirmed", **P)
    C(w, "killed", 600, "about", "close to 600 people died", "Associated Press", "media", **P)
    C(w, "killed", 600, "about", "Deadly Mariupol theater strike killed close to 600", "Associated Press", "media", **P)
    C(w, "killed", 12, "at_least", "Amnesty International confirmed at least 12 deaths", "Amnesty International", "ngo", **P)
    UN = dict(src="the UN human rights office", stype="official", **P)
    u = f + "mariupol-un"
    C(u, "killed", 12, "at_least", "corroborate at least 12 deaths", **UN)
    C(u, "killed", None, "vague", "dozens more people were probably killed", mod="unconfirmed", **UN)
    C(u, "killed", 1348, "at_least", "killed at least 1,348 civilians", "The monitoring mission", "official", place=MARIUPOL, date=["2022-03-01", "2022-04-30"])

    d = "mariupol_news_ru.html"
    C(d, "killed", 300, "about", "под завалами погибли около 300 человек", "Mariupol city council", "official", stext="Горсовет Мариуполя", **P)
    C(d, "killed", 600, "about", "жертвами удара стали около 600 человек", "Associated Press", "media", stext="Агентство Associated Press", **P)
    VI = dict(src="Viktoria, a survivor", stype="eyewitness", stext="Одна из выживших, Виктория", **P)
    C(d, "killed", 40, "at_least", "«не меньше сорока тел»", **VI)
    C(d, "killed", 20, "about", "«Человек двадцать лежали прямо у выхода»", **VI)
    C(d, "killed", None, "vague", "«никаких сотен погибших»", "DPR head Denis Pushilin", "official", "denied", stext="Глава ДНР Денис Пушилин", **P)
    C(d, "missing", 200, "about", "около 200 человек числились пропавшими без вести", "Ukrainian authorities", "official", stext="По данным украинских властей", **P)

    d = "mariupol_statement_uk.txt"  # the city council in its own voice
    C(d, "killed", 300, "about", "загинули близько 300 мирних мешканців Маріуполя", "eyewitnesses", "eyewitness", stext="за свідченнями очевидців", **P)
    C(d, "missing", None, "vague", "Ще кілька десятків мешканців уважаються зниклими безвісти", **P)
    C(d, "killed", 2500, "at_least", "загинули щонайменше 2 500 мирних жителів", place=MARIUPOL, date=["2022-03-01", "2022-03-25"])

    # ================================================================ Makhachkala airport riot, 29 October 2023
    P = dict(place=MAKH, date=D_MK)
    f = "makhachkala_articles_ru.jsonl#"
    C(f + "mk1", "injured", 20, "exact", "Толпа ворвалась в аэропорт Махачкалы: ранены 20 человек", **P)
    C(f + "mk1", "participants", None, "vague", "несколько сотен человек прорвались на летное поле", **P)
    MZ = dict(src="Dagestan Health Ministry", stype="official", stext="По данным Минздрава Дагестана", **P)
    C(f + "mk1", "injured", 20, "exact", "в результате беспорядков пострадали 20 человек", **MZ)
    C(f + "mk1", "injured", 2, "exact", "двое из них в тяжелом состоянии", **MZ)
    C(f + "mk1", "injured", 9, "exact", "Среди пострадавших девять сотрудников полиции", "Dagestan Interior Ministry", "official", group="police", stext="МВД республики", **P)
    C(f + "mk1", "participants", 1500, "at_least", "«тысячи полторы, не меньше»", "an airport employee", "eyewitness", stext="Очевидец, сотрудник аэропорта", **P)
    MV = dict(src="Dagestan Interior Ministry", stype="official", stext="В МВД по Дагестану", **P)
    C(f + "mk2", "detained", 60, "exact", "МВД Дагестана: задержаны 60 участников беспорядков", **MV)
    C(f + "mk2", "participants", 150, "more_than", "установлены более 150 активных участников", **MV)
    C(f + "mk2", "detained", 60, "exact", "60 из них задержаны", **MV)
    C(f + "mk2", "detained", 10, "exact", "задержаны «всего десять человек»", "Telegram channels", "social_media", "unconfirmed", stext="В Telegram-каналах", **P)
    C(f + "mk2", "detained", 10, "exact", "В МВД эти сведения назвали недостоверными", mod="denied", **MV)
    UPD = dict(src="updated data", stype="unknown", stext="по уточненным данным", group="police", **P)
    C(f + "mk2", "injured", 9, "exact", "травмы получили девять полицейских", **UPD)
    C(f + "mk2", "injured", 2, "exact", "двое госпитализированы", **UPD)
    C(f + "mk3", "charged", 15, "exact", "обвинения предъявлены 15 фигурантам", place=MAKH, date="2023-11-03")
    SK = dict(src="Investigative Committee", stype="official", stext="в СК", place=MAKH)
    C(f + "mk3", "charged", 15, "exact", "в участии в массовых беспорядках 15 фигурантам дела", date="2023-11-03", **SK)
    C(f + "mk3", "arrested", 80, "more_than", "оштрафовали в административном порядке более 80 человек", alt=["detained", "convicted"], date=["2023-10-30", "2023-11-03"], **SK)
    C(f + "mk3", "vehicles_damaged", 2, "exact", "повреждены два служебных автомобиля", "the agency", "official", stext="По данным ведомства", **P)

    d = "makhachkala_mtblog_en.txt"
    C(d, "participants", None, "vague", "hundreds of young men run on the runway", **P)
    MZ = dict(src="the ministry of health of Dagestan", stype="official", **P)
    C(d, "injured", 20, "exact", "were injured 20 persons", **MZ)
    C(d, "injured", 2, "exact", "from them 2 persons in a grave condition", **MZ)
    C(d, "injured", 9, "exact", "Among the victims are 9 policemen", "the Ministry of Internal Affairs", "official", group="police", **P)
    C(d, "participants", 3000, "at_least", '"not less than 3 thousand" participants', "The local channel in Telegram", "social_media", **P)
    C(d, "participants", None, "vague", 'figure of "several hundreds"', "Police", "official", **P)
    MV = dict(src="the Ministry of Internal Affairs", stype="official", **P)
    C(d, "participants", 150, "more_than", "more than 150 active participants", **MV)
    C(d, "detained", 60, "exact", "from them 60 are detained", **MV)
    C(d, "detained", 83, "exact", "has increased till 83 persons", **MV)

    d = "makhachkala_news_kk.txt"
    C(d, "injured", 20, "exact", "20 адам зардап шекті", **P)
    C(d, "participants", None, "vague", "жүздеген адам басып кіріп", **P)
    MZ = dict(src="Dagestan Health Ministry", stype="official", stext="Дағыстан денсаулық сақтау министрлігінің мәліметі бойынша", **P)
    C(d, "injured", 20, "exact", "тәртіпсіздік кезінде 20 адам жарақат алды", **MZ)
    C(d, "injured", 2, "exact", "оның екеуінің жағдайы ауыр", **MZ)
    C(d, "injured", 9, "exact", "жараланғандардың тоғызы полиция қызметкері", "Dagestan Interior Ministry", "official", group="police", stext="Республиканың Ішкі істер министрлігі", **P)
    RM = dict(src="Russian Interior Ministry", stype="official", stext="Ресей Ішкі істер министрлігі", **P)
    C(d, "detained", 60, "exact", "60 адамның ұсталғанын", **RM)
    C(d, "participants", 150, "more_than", "150-ден астам адамның анықталғанын", **RM)
    C(d, "detained", 83, "exact", "ұсталғандардың саны 83-ке жетті", **RM)
    C(d, "participants", None, "vague", "«бірнеше мың адам» жиналғанын", "some Telegram channels", "social_media", stext="Кейбір Telegram-арналар", **P)
    C(d, "participants", None, "vague", "«бірнеше жүз» деп бағалады", "police", "official", stext="полиция", **P)

    # ================================================================ Belarus protests after the election of 9 August 2020
    d = "minsk_timeline_uk.md"
    C(d, "participants", None, "vague", "збираються тисячі людей", place=MINSK, date="2020-08-09")
    C(d, "participants", None, "vague", "Очевидці говорять про «десятки тисяч»", "eyewitnesses", "eyewitness", stext="Очевидці", place=MINSK, date="2020-08-09")
    MVS = dict(src="Belarusian Interior Ministry", stype="official", stext="МВС Білорусі")
    C(d, "detained", 3000, "about", "затримано близько 3 тисяч людей", place=BELARUS, date=N1, **MVS)
    C(d, "detained", 1000, "about", "у Мінську — близько тисячі", place=MINSK, date=N1, **MVS)
    C(d, "injured", 89, "exact", "Постраждали 89 осіб", place=BELARUS, date=N1, **MVS)
    C(d, "injured", 39, "exact", "серед них 39 співробітників міліції", group="police", place=BELARUS, date=N1, **MVS)
    C(d, "killed", 1, "at_least", "щонайменше одну загиблу людину в Мінську", "Viasna human rights centre", "ngo", stext="правозахисний центр «Вясна»", place=MINSK, date=N1)
    MVS2 = dict(src="Belarusian Interior Ministry", stype="official", stext="МВС", place=BELARUS)
    C(d, "detained", 2000, "more_than", "за другу ніч затримано понад 2 тисячі людей", date=N2, **MVS2)
    C(d, "injured", 50, "more_than", "Понад 50 людей звернулися по медичну допомогу", date=N2, **MVS2)
    C(d, "injured", 21, "exact", "21 силовик дістав поранення", group="police", date=N2, **MVS2)
    C(d, "detained", 1000, "about", "за третю ніч затримано близько 1000 людей", date=N3, **MVS2)
    C(d, "participants", None, "vague", "Організатори кажуть про кілька тисяч учасниць", "organizers", "activist", stext="Організатори", place=MINSK, date="2020-08-12")
    C(d, "detained", 6700, "exact", "всього за чотири дні затримано 6 700 осіб", "Interior Minister Yuri Karaev", "official", stext="міністр внутрішніх справ Юрій Караєв", place=BELARUS, date=["2020-08-09", "2020-08-13"])
    MOZ = dict(src="Belarusian Health Ministry", stype="official", stext="МОЗ Білорусі", place=BELARUS, date=["2020-08-09", "2020-08-13"])
    C(d, "injured", 200, "more_than", "від початку протестів звернулися понад 200 людей", **MOZ)
    C(d, "injured", 68, "exact", "у лікарнях перебувають 68", **MOZ)
    C(d, "injured", 4, "exact", "з них 4 — у реанімації", **MOZ)
    C(d, "participants", 5000, "about", "вийшли близько 5 тисяч людей", "workers", "eyewitness", alt=["strikers"], stext="за словами робітників", place=MINSK, date="2020-08-13")
    C(d, "detained", None, "vague", "залишаються ще сотні людей", "human rights defenders", "ngo", stext="Правозахисники", place=BELARUS, date="2020-08-14")
    C(d, "detained", 6700, "exact", "МВС визнає, що затримано загалом 6 700 осіб", place=BELARUS, date=["2020-08-09", "2020-08-14"], **{k: v for k, v in MVS2.items() if k != "place"})
    C(d, "participants", 200000, "more_than", "понад 200 тисяч учасників", "independent media and the NEXTA Telegram channel", "media", stext="Незалежні медіа і Telegram-канал NEXTA", place=MINSK, date="2020-08-16")
    C(d, "participants", 500000, "at_most", "до 500 тисяч", "Tikhanovskaya's office", "opposition", stext="за оцінкою адміністрації Тихановської", place=MINSK, date="2020-08-16")
    C(d, "participants", 65000, "exact", "Державне телебачення каже про 65 тисяч учасників", "state television", "media", stext="Державне телебачення", place=MINSK, date="2020-08-16")
    C(d, "participants", [10000, 15000], "range", "про 10-15 тисяч", "independent observers", "ngo", stext="незалежні спостерігачі", place=MINSK, date="2020-08-16")
    C(d, "participants", 150000, "more_than", "понад 150 тисяч учасників за даними незалежних медіа", "independent media", "media", stext="за даними незалежних медіа", place=MINSK, date="2020-08-23")
    T1 = dict(src="Belarusian Interior Ministry", stype="official", stext="МВС Білорусі (13 серпня)", place=BELARUS, date=D_BY)
    C(d, "detained", 6700, "exact", "| МВС Білорусі (13 серпня) | 6 700 |", **T1)
    C(d, "injured", 89, "exact", "| 6 700 | 89 |", **T1)
    C(d, "killed", 1, "exact", "| 89 | 1 |", **T1)
    T2 = dict(src="Viasna human rights centre", stype="ngo", stext="ПЦ «Вясна» (31 серпня)", place=BELARUS, date=D_BY)
    C(d, "detained", 7000, "more_than", "| ПЦ «Вясна» (31 серпня) | понад 7 000 |", **T2)
    C(d, "injured", 500, "more_than", "| понад 7 000 | понад 500 |", **T2)
    C(d, "killed", 4, "exact", "| понад 500 | 4 |", **T2)
    C(d, "injured", 200, "more_than", "| — | понад 200 | — |", "Belarusian Health Ministry", "official", stext="МОЗ Білорусі (13 серпня)", place=BELARUS, date=D_BY)
    C(d, "killed", None, "vague", "| «десятки» |", "Telegram channels", "social_media", "unconfirmed", stext="Telegram-канали (серпень, не підтверджено)", place=BELARUS, date=D_BY)
    C(d, "killed", 4, "exact", "правозахисники назвали чотирьох загиблих", "human rights defenders", "ngo", stext="правозахисники", place=BELARUS, date=D_BY)
    C(d, "killed", None, "vague", "Чутки про «десятки загиблих»", "rumours in Telegram", "social_media", "unconfirmed", stext="поширювалися в Telegram", place=BELARUS, date=D_BY)
    C(d, "killed", None, "vague", "МВС назвало «фейками»", "Belarusian Interior Ministry", "official", "denied", stext="МВС", place=BELARUS, date=D_BY)
    VI = dict(src="Viasna", stype="ngo", stext="за даними «Вясни»", place=BELARUS, date="2020")
    C(d, "detained", 30000, "more_than", "було затримано понад 30 тисяч людей", **VI)
    C(d, "charged", 900, "more_than", "кримінальні справи порушено щодо понад 900 осіб", **VI)

    d = "minsk_export_ru.xml#71954"
    C(d, "killed", 4, "exact", "погибшие       = 4", "Naviny.by", "media", stext="Naviny.by", place=BELARUS, date=D_BY)
    C(d, "killed", 4, "exact", "жертвами протестов стали четыре человека", "Naviny.by", "media", stext="Naviny.by", place=BELARUS, date=D_BY)
    C(d, "injured", 500, "more_than", "раненые        = более 500", place=BELARUS, date=D_BY)
    C(d, "detained", 7000, "more_than", "задержанные    = более 7000", place=BELARUS, date=D_BY)
    MVD = dict(src="Belarusian Interior Ministry", stype="official", stext="По данным [[МВД Белоруссии]]", place=BELARUS, date=N1)
    C(d, "detained", 3000, "about", "были задержаны около 3 тысяч человек", **MVD)
    C(d, "injured", 50, "exact", "пострадали 50 гражданских лиц", **MVD)
    C(d, "injured", 39, "exact", "и 39 сотрудников милиции", group="police", **MVD)
    C(d, "detained", 3000, "about", "МВД: в ходе акций задержаны около 3000 человек", "TASS", "media", stext="ТАСС", place=BELARUS, date=N1)
    C(d, "detained", 6700, "exact", "были задержаны 6700 человек", "official data", "official", stext="по официальным данным", place=BELARUS, date=["2020-08-09", "2020-08-13"])
    C(d, "participants", 200000, "more_than", "участвовали более 200 тысяч человек", "independent media", "media", stext="По оценкам независимых СМИ", place=MINSK, date="2020-08-16")
    C(d, "participants", None, "vague", "«нескольких тысячах» протестующих", "state media", "media", stext="Государственные СМИ", place=MINSK, date="2020-08-16")
    C(d, "killed", 4, "exact", "Правозащитники называли четыре погибших", "human rights defenders", "ngo", stext="Правозащитники", place=BELARUS, date=D_BY)
    C(d, "killed", 1, "exact", "МВД официально признавало лишь одного", "Belarusian Interior Ministry", "official", stext="МВД", place=BELARUS, date=D_BY)
    C(d, "injured", 200, "more_than", "за медицинской помощью обратились более 200 человек", "Health Ministry", "official", stext="По данным Минздрава", place=BELARUS, date=D_BY)
    C(d, "killed", None, "vague", "сообщения о десятках погибших", "social networks", "social_media", "unconfirmed", stext="В социальных сетях", place=BELARUS, date=D_BY)
    C(d, "killed", None, "vague", "которые власти опровергли", "the authorities", "official", "denied", stext="власти", place=BELARUS, date=D_BY)
    VI = dict(src="Viasna", stype="ngo", stext="по данным «Вясны»", place=BELARUS, date="2020")
    C(d, "detained", 30000, "more_than", "было задержано более 30 тысяч человек", **VI)
    C(d, "charged", 900, "more_than", "уголовное преследование начато против более 900 человек", **VI)

    d = "minsk_ngo_en.md"  # an NGO briefing in its own voice
    C(d, "detained", 6700, "exact", "6,700 people had been detained in four days", "The Ministry of Internal Affairs", "official", place=BELARUS, date=["2020-08-09", "2020-08-13"])
    C(d, "detained", 7000, "more_than", "exceeds 7,000", place=BELARUS, date=["2020-08-09", "2020-08-14"])
    C(d, "injured", 87, "exact", "87 described beatings", place=MINSK, date=["2020-08-09", "2020-08-14"])
    C(d, "injured", 30, "at_least", "at least 30 needed hospital treatment", place=MINSK, date=["2020-08-09", "2020-08-14"])
    C(d, "killed", 4, "at_least", "the deaths of at least four people", place=BELARUS, date=D_BY)
    C(d, "killed", 2, "exact", "two others whose families asked us not to publish their names", place=BELARUS, date=D_BY)
    C(d, "killed", 1, "exact", "The authorities acknowledged one death", "The authorities", "official", place=BELARUS, date=D_BY)
    C(d, "injured", 100, "more_than", 'treated "more than a hundred" people', "Doctors at the emergency hospital in Minsk", "eyewitness", place=MINSK, date=["2020-08-09", "2020-08-12"])
    C(d, "injured", 200, "more_than", "more than 200 people who sought medical help nationwide", "The health ministry", "official", place=BELARUS, date=D_BY)
    C(d, "injured", 121, "exact", "121 police officers had been injured", "The ministry", "official", group="police", place=BELARUS, date=["2020-08-09", "2020-08-12"])
    C(d, "participants", 200000, "more_than", "more than 200,000 participants", "Independent media", "media", place=MINSK, date="2020-08-16")

    # ================================================================ Bishkek, 7 April 2010
    P = dict(place=BISHKEK, date=D_BI)
    d = "bishkek_press_ru.html"  # the health ministry in its own voice
    C(d, "killed", 81, "exact", "погибли 81 человек", **P)
    C(d, "injured", 1520, "exact", "За медицинской помощью обратились 1 520 человек", **P)
    C(d, "injured", 502, "exact", "из них госпитализированы 502", **P)
    C(d, "injured", 45, "exact", "в тяжелом состоянии находятся 45", **P)
    for row, (a, h, k) in (("Национальный госпиталь", (620, 210, 19)), ("Городская клиническая больница № 1", (430, 152, 11)),
                           ("Бишкекский научный центр травматологии", (470, 140, 7))):
        C(d, "injured", a, "exact", f"<td>{row}</td><td>{a}</td>", **P)
        C(d, "injured", h, "exact", f"<td>{a}</td><td>{h}</td>", **P)
        C(d, "killed", k, "exact", f"<td>{h}</td><td>{k}</td>", **P)
    C(d, "injured", 1520, "exact", "<td>Всего</td><td>1 520</td>", **P)
    C(d, "injured", 502, "exact", "<td>1 520</td><td>502</td>", **P)
    C(d, "killed", 37, "exact", "<td>502</td><td>37</td>", **P)
    C(d, "killed", 44, "exact", "Остальные 44 погибших", **P)
    C(d, "killed", 5, "at_least", "не менее 5 сотрудников правоохранительных органов", group="police", **P)
    ER = dict(src="earlier reports", stype="unknown", stext="Ранее сообщалось", **P)
    C(d, "killed", 75, "exact", "Ранее сообщалось о 75 погибших", **ER)
    C(d, "injured", 400, "more_than", "более чем 400 раненых", **ER)
    C(d, "killed", None, "vague", "слухи о «сотнях убитых»", "online rumours", "social_media", "unconfirmed", stext="Распространяемые в сети слухи", **P)
    C(d, "killed", None, "vague", "министерство считает необоснованными", mod="denied", **P)

    d = "bishkek_news_kk.txt"
    C(d, "killed", 86, "exact", "қаза тапқандар саны 86-ға жетті", **P)
    MZ = dict(src="Kyrgyz Health Ministry", stype="official", stext="Қырғызстан денсаулық сақтау министрлігінің мәліметінше", **P)
    C(d, "killed", 86, "exact", "қаза тапқандардың саны 86 адамға жетті", **MZ)
    C(d, "killed", 40, "exact", "40 адамның қаза тапқанын", **MZ)
    C(d, "killed", 75, "exact", "75 адамның мерт болғанын", **MZ)
    MZ2 = dict(src="Kyrgyz Health Ministry", stype="official", stext="Министрліктің дерегі бойынша", **P)
    C(d, "injured", 1500, "more_than", "1500-ден астам адам жарақат алды", **MZ2)
    C(d, "injured", 400, "about", "олардың 400-ге жуығы әлі ауруханада", **MZ2)
    C(d, "injured", None, "vague", "«жүздеген адам» жараланғанын", "Roza Otunbayeva, head of the interim government", "official", stext="Уақытша үкімет басшысы Роза Отунбаева", **P)
    C(d, "killed", 100, "more_than", "қаза тапқандар «100-ден асады»", "opposition representatives", "opposition", stext="Оппозиция өкілдері", **P)
    C(d, "participants", 10000, "about", "10 мыңға жуық адам жиналған", "witnesses", "eyewitness", stext="Куәгерлердің айтуынша", **P)
    C(d, "participants", [3000, 5000], "range", "3-5 мың адам қатысқанын", "Interior Ministry", "official", stext="Ішкі істер министрлігі", **P)
    C(d, "charged", 28, "exact", "28 айыпталушыны қарады", place=BISHKEK, date="2014")

    d = "bishkek_wire_en.txt"
    C(d, "killed", 40, "at_least", "killing at least 40 people", **P)
    MZ = dict(src="The health ministry", stype="official", **P)
    C(d, "killed", 75, "exact", "75 people had died", **MZ)
    C(d, "injured", 1000, "more_than", "more than 1,000 were injured", **MZ)
    C(d, "killed", 100, "more_than", "put the death toll at more than 100", "Opposition leader Roza Otunbayeva", "opposition", **P)
    C(d, "injured", 6, "at_least", "carried at least six wounded men", "Azamat, a 24-year-old student", "eyewitness", **P)
    C(d, "killed", 12, "about", "Reporters saw about a dozen bodies", "Reporters", "media", **P)
    C(d, "participants", 5000, "about", "Protesters numbering about 5,000", "witnesses", "eyewitness", **P)
    C(d, "killed", 100, "more_than", 'rejected the opposition\'s death toll as "propaganda"', "President Kurmanbek Bakiyev", "official", "denied", **P)
    C(d, "detained", 23, "exact", "23 members of Bakiyev's administration had been detained", "The interim government", "official", place=BISHKEK, date="2010-04-08")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d5g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "kordai_news_kk.txt"
    T(d, "2020-02-08", "mass brawl and riots begin in Korday villages", "8 ақпанға қараған түні")
    T(d, "2020-02-08", "first report: 8 dead", "сенбі күні таңертең")
    T(d, "2020-02-08", "troops and police sent to the district", "Сенбі күні кешке")
    d = "kordai_prosecutor_ru.txt"
    T(d, "2020-02-07", "riots and arson in four villages (night of 7-8 February)", "В ночь с 7 на 8 февраля 2020 года")
    T(d, "2020-02-12T18:00", "status of the statement: 11 dead, 192 injured", "По состоянию на 18:00 12 февраля")
    f = "kordai_feed_en.rss#"
    T(f + "sd-kordai-1", "2020-02-07", "violence starts in Masanchi", "started late on Friday in Masanchi")
    T(f + "sd-kordai-2", "2020-02-09", "residents begin returning from Kyrgyzstan", "Some began returning on Sunday")
    T(f + "sd-kordai-3", "2021-01-20", "court convicts 12 people", "on Wednesday convicted 12 people")
    T(f + "sd-kordai-3", "2020-02", "unrest in the Korday district", "the February 2020 unrest")

    d = "mariupol_wiki_uk.wiki"
    T(d, "2022-03-16", "airstrike on the drama theatre", "16 березня 2022 року")
    T(d, "2022-03-16T10:00+02:00", "bomb hits the theatre (Kyiv time)", "Близько 10:00 за київським часом")
    T(d, "2022-03-16", "ombudsman: over 130 people got out alive", "Увечері того ж дня")
    T(d, "2022-03-25", "city council: about 300 dead", "25 березня Маріупольська міська рада")
    T(d, "2022-05", "AP estimates about 600 dead", "У травні агентство")
    T(d, "2022-06", "Amnesty confirms at least 12 dead", "у червні дійшла висновку")
    f = "mariupol_wiki_en.atom#"
    T(f + "mariupol-wp", "2022-03-16T10:00+02:00", "airstrike on the theatre", "c. 10:00 [[Eastern European Time|EET]] (UTC+02:00)")
    T(f + "mariupol-wp", "2022-03-16", "Russian air force strikes the drama theatre", "on 16 March 2022")
    T(f + "mariupol-wp", "2022-03-25", "city council: about 300 killed", "On 25 March the Mariupol city council")
    T(f + "mariupol-wp", "2022-05", "AP investigation: close to 600 died", "published in May")
    T(f + "mariupol-un", "2022-06", "OHCHR report corroborates at least 12 deaths", "In a report of June 2022")
    T(f + "mariupol-un", "2022-03-16", "deaths at the theatre", "at the theatre on 16 March 2022")
    d = "mariupol_news_ru.html"
    T(d, "2022-03-16", "airstrike on the drama theatre", "утром в среду, 16 марта")
    T(d, "2022-03-25", "city council: about 300 dead", "Горсовет Мариуполя 25 марта")
    T(d, "2022-05", "AP investigation published", "в начале мая")
    d = "mariupol_statement_uk.txt"
    T(d, "2022-03-16", "airstrike on the drama theatre", "по Драматичному театру 16 березня")

    f = "makhachkala_articles_ru.jsonl#"
    T(f + "mk1", "2023-10-29", "crowd breaks onto the airfield", "Вечером в воскресенье, 29 октября")
    T(f + "mk1", "2023-10-29T22:00+03:00", "police push the crowd off the airfield", "около 22:00 по московскому времени")
    T(f + "mk3", "2023-11-03", "15 charged with mass riots", "в пятницу, 3 ноября")
    T(f + "mk3", "2023-11-06", "airport reopens", "Аэропорт возобновил работу 6 ноября")
    d = "makhachkala_mtblog_en.txt"
    T(d, "2023-10-29T19:00+03:00", "crowd breaks through to the airfield (Moscow time)", "On 29.10.2023 about 19.00 hours (Moscow time)")
    T(d, "2023-10-30", "Interior Ministry: 60 detained", "On the morning of Monday")
    T(d, "2023-10-31", "number of detained rises to 83", "By Tuesday")
    T(d, "2023-11-06", "airport closed until 6 November", "closed till 06.11")
    d = "makhachkala_news_kk.txt"
    T(d, "2023-10-29", "crowd storms the airport", "жексенбі күні кешке")
    T(d, "2023-10-30", "Interior Ministry: 60 detained", "дүйсенбі күні")
    T(d, "2023-11-06", "airport closed until 6 November", "6 қарашаға дейін")

    d = "minsk_timeline_uk.md"  # its header says times are Minsk time (UTC+3)
    for day, entries in (("2020-08-09", (("20:00", "polls close"), ("21:30", "thousands gather at the stele"), ("23:00", "riot police use stun grenades and water cannon"))),
                         ("2020-08-10", (("08:40", "Interior Ministry: about 3,000 detained"), ("10:15", "Viasna reports at least one dead"), ("12:00", "preliminary election results announced"), ("23:10", "protester Taraikovsky dies"))),
                         ("2020-08-11", (("09:00", "over 2,000 detained on the second night"), ("11:30", "Tikhanovskaya says she has left for Lithuania"), ("20:00", "protests continue"))),
                         ("2020-08-12", (("10:00", "about 1,000 detained on the third night"), ("16:00", "Vikhor dies in Gomel"), ("18:30", "solidarity chains of women"))),
                         ("2020-08-13", (("09:30", "Karaev apologizes; 6,700 detained"), ("13:00", "Health Ministry: over 200 sought help"), ("17:00", "detainees released from Okrestina"), ("22:00", "workers strike at MTZ and BelAZ"))),
                         ("2020-08-14", (("12:00", "over 100 criminal cases for mass riots"), ("18:00", "over 2,000 detainees released"), ("20:00", "Interior Ministry: 6,700 detained in all"))),
                         ("2020-08-16", (("14:00", "March for Freedom in Minsk"), ("15:00", "pro-government rally"))),
                         ("2020-08-23", (("15:00", "new mass march in Minsk"), ("19:00", "Lukashenko arrives at the Palace of Independence with a rifle")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2020-11", "artist Roman Bondarenko dies after a beating", "У листопаді 2020 року")
    d = "minsk_export_ru.xml#71954"
    T(d, "2020-08-09", "protests begin after the preliminary results", "вечером 9 августа 2020 года")
    T(d, "2020-08-09", "first night of protests (night of 9-10 August)", "В ночь с 9 на 10 августа")
    T(d, "2020-08-10", "Taraikovsky dies in Minsk", "10 августа в Минске погиб")
    T(d, "2020-08-13", "6,700 detained according to official data", "К 13 августа")
    T(d, "2020-08-16", "March for Freedom", "16 августа в Минске прошёл")
    d = "minsk_ngo_en.md"
    T(d, "2020-08-13", "ministry acknowledges 6,700 detentions", "acknowledged on 13 August")
    T(d, "2020-08-10", "Taraikovsky dies in Minsk", "in Minsk on 10 August")
    T(d, "2020-08-12", "Vikhor dies in Gomel", "in Gomel on 12 August")
    T(d, "2020-08-16", "march in Minsk", "the 16 August march")

    d = "bishkek_press_ru.html"
    T(d, "2010-04-07", "riots in Bishkek", "событий 7 апреля 2010 года")
    T(d, "2010-04-09T12:00", "status of the release: 81 dead, 1,520 sought help", "По состоянию на 12:00 9 апреля")
    d = "bishkek_news_kk.txt"
    T(d, "2010-04-07", "clashes in Bishkek", "7 сәуірде Бішкекте")
    T(d, "2010-04-07", "crowd gathers on Ala-Too square", "сәрсенбі күні түске қарай")
    T(d, "2010-04-08", "ministry reports 75 dead", "келесі күні")
    T(d, "2014", "trial of Bakiyev's defenders", "2014 жылы")
    d = "bishkek_wire_en.txt"
    T(d, "2010-04-08", "opposition says it has taken control of the government", "said on Thursday it had taken control")
    T(d, "2010-04-07", "security forces fire on protesters", "in Wednesday's clashes")
    T(d, "2010-04-07", "bodies seen on Ala-Too Square", "late on Wednesday")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d5t{n:03d}"
    return rows


ENTITIES = [
    ("Korday", "place", ["Қордай", "Кордайского", "Кордайском", "Korday"]),
    ("Masanchi", "place", ["Масаншы", "Масанчи", "Masanchi"]),
    ("Sortobe", "place", ["Сортөбе", "Сортобе", "Sortobe"]),
    ("Bular Batyr", "place", ["Бұлар батыр", "Булар батыр", "Bular Batyr"]),
    ("Zhambyl Region", "place", ["Жамбыл облысы", "Жамбылской области", "Zhambyl region"]),
    ("Mariupol", "place", ["Маріуполі", "Маріуполя", "Маріуполь", "Мариуполе", "Мариуполя", "Mariupol"]),
    ("Azov Regiment", "org", ["Азов", "Azov Regiment"]),
    ("Makhachkala", "place", ["Махачкалы", "Махачкаладағы", "Махачкала", "Makhachkala"]),
    ("Dagestan", "place", ["Дагестана", "Дагестану", "Дағыстан", "Dagestan"]),
    ("Tel Aviv", "place", ["Тель-Авива", "Тель-Авивтен", "Tel-Aviv"]),
    ("Minsk", "place", ["Мінську", "Мінська", "Минске", "Минск", "Minsk"]),
    ("Gomel", "place", ["Гомелі", "Gomel"]),
    ("Alexander Taraikovsky", "person", ["Олександр Тарайковський", "Тарайковського", "Александр Тарайковский", "Alexander Taraikovsky"]),
    ("Alexander Vikhor", "person", ["Олександр Віхор", "Alexander Vikhor"]),
    ("Yuri Karaev", "person", ["Юрій Караєв", "Юрий Караев"]),
    ("Okrestina", "place", ["Окрестіна", "Окрестина", "Okrestina"]),
    ("Viasna", "org", ["Вясна", "Вясни", "Вясны"]),
    ("Bishkek", "place", ["Бішкекте", "Бишкек", "Bishkek"]),
    ("Roza Otunbayeva", "person", ["Роза Отунбаева", "Roza Otunbayeva"]),
    ("Kurmanbek Bakiyev", "person", ["Құрманбек Бакиев", "Kurmanbek Bakiyev", "Bakiyev"]),
    ("Jalal-Abad", "place", ["Жалал-Абадқа", "Jalal-Abad"]),
    ("Ala-Too Square", "place", ["Ала-Тоо", "Ala-Too"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset5", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
