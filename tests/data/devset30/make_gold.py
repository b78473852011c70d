"""Write the gold annotations of the thirtieth development set: tests/data/devset30/gold/devset30.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset30.py, which checks every anchor:

    python tests/data/devset30/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `bakumetro_report_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

YSK, YER, BAK, CHD, MZH = "Yeysk", "Yerevan", "Baku", "Charkhi Dadri", "Mezhdurechensk"
D_YS = "2022-10-17"
D_AP, D_APSUR, D_APSEN = "1999-10-27", "1999-10-28", "2003-12-02"
D_BK = "1995-10-28"
D_CD = "1996-11-12"
D_RS, D_RS2, D_RSP = ["2010-05-08", "2010-05-09"], "2010-05-09", "2010-05-14"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Su-34 crash in Yeysk, Monday 17 October 2022
    P = dict(place=YSK, date=D_YS)
    CH = "children"
    d = "yeysk_timeline_ru.md"
    HQ = dict(src="Kuban operational headquarters", stype="official", **P)
    C(d, "killed", 2, "exact", "погибли двое, пострадали 19 человек", stext="по сведениям оперативного штаба Кубани", **HQ)
    C(d, "injured", 19, "exact", "пострадали 19 человек", stext="по сведениям оперативного штаба Кубани", **HQ)
    C(d, "injured", 6, "exact", "Шесть человек госпитализированы", stext="по сведениям оперативного штаба Кубани", **HQ)
    MC = dict(src="Russian Emergencies Ministry", stype="official", **P)
    C(d, "deployed", 100, "more_than", "привлечены более 100 человек и 25 единиц техники", stext="по информации МЧС", **MC)
    C(d, "killed", 4, "exact", "число погибших выросло до четырёх", stext="Оперативный штаб", **HQ)
    C(d, "killed", 6, "exact", "общее число погибших — шесть", stext="МЧС сообщает", **MC)
    C(d, "killed", None, "vague", "пишут о «десятках погибших»", "Telegram channels", "social_media", "unconfirmed", stext="В Telegram-каналах", **P)
    C(d, "killed", None, "vague", "Пресс-служба губернатора называет эти сообщения «недостоверными»", "Krasnodar krai governor's press service", "official", "denied", stext="Пресс-служба губернатора", **P)
    C(d, "killed", 13, "exact", "Штаб: погибших 13", stext="Штаб", **HQ)
    C(d, "killed", 3, "exact", "из них трое детей", group=CH, stext="Штаб", **HQ)
    C(d, "injured", 9, "exact", "остаются 9 пострадавших", **P)
    C(d, "injured", 2, "exact", "Двое в тяжёлом состоянии", **P)
    C(d, "killed", 14, "exact", "число погибших достигло 14", "Krasnodar krai health ministry", "official", stext="По данным краевого минздрава", **P)
    C(d, "killed", 15, "exact", "погибли 15 человек, пострадали 19", stext="Оперативный штаб", **HQ)
    C(d, "injured", 19, "exact", "погибли 15 человек, пострадали 19", stext="Оперативный штаб", **HQ)
    C(d, "killed", 16, "at_least", "«погибших было не меньше 16»", "residents on social media", "social_media", "unconfirmed", stext="Местные жители в соцсетях", **P)
    C(d, "vehicles_damaged", 10, "exact", "сгорели 10 машин", stext="штаб", **HQ)
    C(d, "vehicles_damaged", None, "vague", "о «нескольких десятках» повреждённых машин", "residents", "eyewitness", "unconfirmed", stext="Жильцы", **P)
    # the table of figures per source
    for row, cells in (("| Оперативный штаб Кубани | 17.10 | 2 | — | 19 |", ((2, None, "killed"), (19, None, "injured"))),
                       ("| Оперативный штаб Кубани | 17.10, ночь | 4 | — | 19 |", ((4, None, "killed"), (19, None, "injured"))),
                       ("| Оперативный штаб Кубани | 18.10 | 13 | 3 | 19 |", ((13, None, "killed"), (3, CH, "killed"), (19, None, "injured"))),
                       ("| Оперативный штаб Кубани | 24.10 | 15 | 3 | 19 |", ((15, None, "killed"), (3, CH, "killed"), (19, None, "injured")))):
        for v, g, m in cells:
            C(d, m, v, "exact", row, group=g, stext="Оперативный штаб Кубани", **HQ)
    C(d, "killed", 6, "exact", "| МЧС России | 18.10 | 6 | — | — |", stext="МЧС России", **MC)
    r = "| Минздрав края | 21.10 | 14 | 3 | — |"
    C(d, "killed", 14, "exact", r, "Krasnodar krai health ministry", "official", stext="Минздрав края", **P)
    C(d, "killed", 3, "exact", r, "Krasnodar krai health ministry", "official", group=CH, stext="Минздрав края", **P)
    C(d, "killed", 16, "at_least", "| Жители в соцсетях | 11.2022 | не меньше 16 | — | — |", "residents on social media", "social_media", "unconfirmed", stext="Жители в соцсетях", **P)

    d = "yeysk_report_uk.txt"
    C(d, "killed", 13, "exact", "кількість загиблих зросла до 13", **P)
    C(d, "killed", 3, "exact", "серед них троє дітей", group=CH, **P)
    HQ = dict(src="Kuban operational headquarters", stype="official", stext="оперативний штаб Кубані", **P)
    C(d, "killed", 13, "at_least", "забрав життя щонайменше 13 людей", **HQ)
    C(d, "killed", 3, "exact", "серед загиблих троє дітей", group=CH, **HQ)
    C(d, "injured", 19, "exact", "Ще 19 осіб постраждали", **HQ)
    MZ = dict(src="Krasnodar krai health ministry", stype="official", stext="За даними крайового міністерства охорони здоров'я", **P)
    C(d, "injured", 9, "exact", "у лікарнях залишаються 9 з них", **MZ)
    C(d, "injured", 2, "exact", "двоє — у важкому стані", **MZ)
    KO = dict(src="Governor Veniamin Kondratyev", stype="official", stext="губернатор Веніамін Кондратьєв", **P)
    C(d, "killed", 2, "exact", "говорив про двох загиблих", **KO)
    C(d, "killed", 4, "exact", "уночі — про чотирьох", **KO)
    C(d, "killed", 6, "exact", "МНС Росії назвало шість жертв", "Russian Emergencies Ministry", "official", stext="МНС Росії", **P)
    C(d, "killed", 13, "exact", "цифра зросла до 13", **P)
    C(d, "killed", None, "vague", "писали про «кілька десятків загиблих»", "Russian Telegram channels", "social_media", "unconfirmed", stext="Російські Telegram-канали", **P)
    C(d, "killed", None, "vague", "крайова влада назвала це «фейком»", "Krasnodar krai authorities", "official", "denied", stext="крайова влада", **P)
    C(d, "killed", 7, "exact", "лише на двох поверхах загинули семеро", "a resident (Tetyana)", "eyewitness", "unconfirmed", stext="жінка, яка назвалася Тетяною", **P)
    MC = dict(src="Russian Emergencies Ministry", stype="official", stext="За даними МНС", **P)
    C(d, "deployed", 100, "more_than", "працювали понад 100 рятувальників", **MC)
    C(d, "vehicles_damaged", 10, "exact", "Згоріли 10 автомобілів", **MC)

    f = "yeysk_feed_en.rss#"
    C(f + "ysk-1", "killed", 2, "exact", "two reported dead", **P)
    C(f + "ysk-1", "killed", 2, "exact", "Two people were killed and 19 injured, regional officials said", "regional officials", "official", **P)
    C(f + "ysk-1", "injured", 19, "exact", "Two people were killed and 19 injured, regional officials said", "regional officials", "official", **P)
    C(f + "ysk-2", "killed", 13, "exact", "Yeysk jet crash toll rises to 13", **P)
    C(f + "ysk-2", "killed", 3, "exact", "three children among dead", group=CH, **P)
    HQ = dict(src="Krasnodar region's emergency headquarters", stype="official", **P)
    C(f + "ysk-2", "killed", 13, "exact", "has risen to 13", **HQ)
    C(f + "ysk-2", "killed", 3, "exact", "Three of the dead were children", group=CH, **HQ)
    C(f + "ysk-2", "killed", 4, "exact", "four dead by midnight", **P)
    C(f + "ysk-2", "killed", 6, "exact", "six by Tuesday morning", **P)
    C(f + "ysk-2", "injured", 19, "exact", "Nineteen people were hurt", **P)
    C(f + "ysk-2", "injured", 9, "exact", "nine of whom remain in hospital", **P)
    C(f + "ysk-2", "killed", None, "vague", 'claimed "dozens" had died', "some Telegram channels", "social_media", "unconfirmed", **P)
    C(f + "ysk-2", "killed", None, "vague", "the governor's office dismissed the claims as false", "the governor's office", "official", "denied", **P)
    C(f + "ysk-2", "deployed", 100, "more_than", "More than 100 rescuers", **P)

    # ================================================================ Armenian parliament shooting, 27-28 October 1999
    P = dict(place=YER, date=D_AP)
    w = "armparl_wiki_en.atom#arm-wp"
    C(w, "killed", 8, "exact", "| fatalities = 8", "Reuters", "media", **P)
    C(w, "killed", 8, "exact", "Eight dead as gunmen storm Armenian parliament", "BBC News", "media", **P)
    C(w, "injured", 9, "exact", "| injuries   = 9 (officially)", "officials", "official", **P)
    C(w, "killed", 8, "exact", "Eight people were killed", **P)
    C(w, "injured", 9, "exact", "Officials said nine people were wounded", "officials", "official", **P)
    C(w, "injured", 12, "at_least", "at least 12 had sought treatment", "Armenpress", "media", **P)
    C(w, "convicted", 6, "exact", "sentenced Hunanyan and five others to life imprisonment", place=YER, date=D_APSEN)
    C(w, "convicted", 6, "exact", "Six get life for Armenia parliament massacre", "RFE/RL", "media", place=YER, date=D_APSEN)
    w = "armparl_wiki_en.atom#arm-talk"
    C(w, "convicted", 5, "exact", "the court verdict lists five gunmen sentenced to life", "the court verdict", "official", place=YER, date=D_APSEN)
    C(w, "convicted", 1, "exact", "one accomplice to 14 years", "the court verdict", "official", place=YER, date=D_APSEN)
    C(w, "arrested", 13, "at_least", "prosecutors arrested at least 13 people", "prosecutors", "official", place=YER, date="1999")
    C(w, "killed", 20, "more_than", 'wrote in 1999 that "more than 20" people died in the hall', "opposition newspapers", "opposition", "unconfirmed", **P)

    f = "armparl_articles_ru.jsonl#"
    C(f + "ap1", "killed", 8, "exact", "всего восемь человек", "presidential press service", "official", stext="пресс-служба президента", **P)
    C(f + "ap1", "injured", None, "vague", "Ещё несколько депутатов ранены", **P)
    MZ = dict(src="Armenian health ministry", stype="official", stext="Министерство здравоохранения Армении", **P)
    C(f + "ap1", "injured", 6, "exact", "доставлены шестеро", **MZ)
    C(f + "ap1", "injured", 2, "exact", "двое из них в тяжёлом состоянии", **MZ)
    C(f + "ap1", "detained", 5, "exact", "Все пятеро задержаны", place=YER, date=D_APSUR)
    C(f + "ap1", "deployed", 300, "about", "были стянуты около 300 военнослужащих", "Armenian Interior Ministry", "official", stext="По данным Министерства внутренних дел", **P)
    C(f + "ap1", "killed", None, "vague", "слухи о «десятках убитых»", "rumours in the city", "unknown", "unconfirmed", stext="По городу ходили слухи", **P)
    C(f + "ap1", "killed", None, "vague", "в МВД эти разговоры назвали «ложью»", "Armenian Interior Ministry", "official", "denied", stext="в МВД", **P)
    C(f + "ap2", "convicted", 5, "exact", "пятеро приговорены к пожизненному заключению", place=YER, date=D_APSEN)
    C(f + "ap2", "convicted", 5, "exact", "Пятеро участников нападения во главе с Наири Унаняном приговорены", place=YER, date=D_APSEN)
    C(f + "ap2", "arrested", 13, "at_least", "были арестованы по меньшей мере 13 человек", place=YER, date=["1999", "2001"])
    C(f + "ap2", "detained", 100, "more_than", "были задержаны и допрошены более 100 человек", "Helsinki Committee of Armenia", "ngo", stext="Хельсинкский комитет Армении", place=YER, date="1999")
    C(f + "ap2", "killed", 8, "exact", "погибли 8 человек", **P)
    C(f + "ap2", "injured", 9, "exact", "ранения получили 9 человек", "prosecutors", "official", stext="По данным прокуратуры", **P)
    C(f + "ap2", "injured", 30, "at_most", "«до 30 раненых»", "first reports", "unknown", "unconfirmed", stext="в первые часы называлось число", **P)

    x = "armparl_export_uk.xml#60417"
    UI = dict(src="Ukrinform", stype="media", stext="Укрінформ", **P)
    C(x, "killed", 8, "exact", "| загиблі   = 8", **UI)
    C(x, "killed", 8, "exact", "розстріляно прем'єра і спікера: 8 загиблих", **UI)
    C(x, "injured", 9, "exact", "| поранені  = 9", **P)
    C(x, "killed", 8, "exact", "Загинули вісім осіб", **P)
    C(x, "injured", 9, "exact", "поранено 9 осіб", "Prosecutor General's Office of Armenia", "official", stext="За даними Генеральної прокуратури Вірменії", **P)
    C(x, "injured", 30, "at_least", "говорили про «щонайменше 30 поранених»", "news agencies", "media", "unconfirmed", stext="Перші повідомлення інформагентств", **P)
    C(x, "injured", 30, "at_least", "Стрілянина в парламенті Вірменії: щонайменше 30 поранених", "Interfax-Ukraine", "media", "unconfirmed", stext="Інтерфакс-Україна", **P)
    C(x, "detained", 5, "exact", "усіх п'ятьох затримали", place=YER, date=D_APSUR)
    C(x, "deployed", 300, "about", "Близько 300 військовослужбовців оточували будівлю", **P)
    C(x, "convicted", 5, "exact", "засудив п'ятьох нападників до довічного ув'язнення", place=YER, date=D_APSEN)
    C(x, "convicted", 1, "exact", "Ще одного обвинуваченого засуджено до 14 років", place=YER, date=D_APSEN)

    # ================================================================ Baku metro fire, Saturday 28 October 1995
    P = dict(place=BAK, date=D_BK)
    d = "bakumetro_report_ru.txt"  # cp1251
    C(d, "killed", 289, "exact", "ОФИЦИАЛЬНО — 289 ПОГИБШИХ", "officials", "official", stext="ОФИЦИАЛЬНО", **P)
    GK = dict(src="state commission of Azerbaijan", stype="official", stext="Государственная комиссия во главе с премьер-министром Фуадом Гулиевым", **P)
    C(d, "killed", 289, "exact", "погибли 289 человек", **GK)
    C(d, "injured", 265, "exact", "265 получили ранения и отравления", **GK)
    C(d, "killed", 100, "at_least", "«не менее 100 погибших»", "Azerbaijani health ministry", "official", stext="министерство здравоохранения", **P)
    C(d, "killed", 245, "exact", "говорила уже о 245 погибших", "prosecutor's office of the republic", "official", stext="республиканская прокуратура", **P)
    C(d, "injured", [250, 270], "range", "оценивалось от 250 до 270", **P)
    C(d, "killed", None, "vague", "Там лежали сотни людей", "Ramiz, an engineer who escaped the tunnel", "eyewitness", stext="42-летний инженер Рамиз", **P)
    C(d, "killed", 500, "more_than", "«более чем 500 погибших»", "talk in the city", "unknown", "unconfirmed", stext="В городе упорно говорят", **P)
    C(d, "killed", 500, "more_than", "назвал эти слухи «вымыслом", "chairman of the state commission", "official", "denied", stext="председатель госкомиссии", **P)
    C(d, "detained", 3, "exact", "задержаны трое подозреваемых", "Ministry of National Security of Azerbaijan", "official", stext="По данным Министерства национальной безопасности", place=BAK, date="1995-10")
    C(d, "dismissed", 1, "exact", "Начальник бакинского метрополитена освобождён от должности", place=BAK, date="1995")
    C(d, "deployed", 400, "about", "около 400 спасателей, пожарных и медиков", "Azerbaijani emergencies ministry", "official", stext="по данным МЧС республики", **P)
    C(d, "injured", 78, "exact", "остаются 78 пострадавших", **P)

    d = "bakumetro_news_kk.txt"
    C(d, "killed", 289, "exact", "метро өрті: 289 құрбан", **P)
    UK = dict(src="government commission of Azerbaijan", stype="official", stext="Әзербайжан үкіметтік комиссиясының қорытындысы бойынша", **P)
    C(d, "killed", 289, "exact", "апатта 289 адам қаза тапты", **UK)
    C(d, "injured", 270, "about", "270-ке жуық адам жарақат алды", **UK)
    C(d, "killed", 300, "more_than", "қаза тапқандардың саны 300-ден асады", "opposition newspapers", "opposition", "unconfirmed", stext="Кейбір оппозициялық газеттер", **P)
    C(d, "killed", 300, "more_than", "бұл мәліметті жоққа шығарды", "Azerbaijani health ministry", "official", "denied", stext="Әзербайжан Денсаулық сақтау министрлігінің ресми өкілдері", **P)
    C(d, "killed", None, "vague", "ондаған бала болған", "eyewitnesses in the tunnel", "eyewitness", group="children", stext="куәгерлердің айтуынша", **P)
    C(d, "killed", 28, "exact", "Ресми тізімде 28 бала бар", "official list", "official", group="children", stext="Ресми тізімде", **P)
    C(d, "deployed", 400, "about", "400-ге жуық құтқарушы мен өрт сөндіруші қатысты", **P)

    d = "bakumetro_mtblog_en.txt"
    C(d, "killed", 100, "at_least", "are lost not less than 100 persons", "television", "media", **P)
    C(d, "killed", 245, "exact", "are dead 245 persons", "the prosecutor office", "official", **P)
    C(d, "injured", [250, 270], "range", "between 250 and 270 wounded persons", "the doctors", "official", **P)
    GC = dict(src="the government commission", stype="official", **P)
    C(d, "killed", 289, "exact", "the dead are 289", **GC)
    C(d, "injured", 265, "exact", "Are wounded 265 persons", **GC)
    C(d, "killed", 28, "exact", "Among dead are 28 children", group="children", **GC)
    C(d, "killed", 500, "more_than", "more than 500 is died", "people on the street", "unknown", "unconfirmed", **P)
    C(d, "killed", 500, "more_than", "Commission chairman say this is lie of enemies", "the commission chairman", "official", "denied", **P)
    C(d, "killed", None, "vague", '"very many, tens of people" without life', "the author's uncle, a passenger", "eyewitness", **P)
    C(d, "detained", 3, "exact", "are arresting three men", "the security ministry", "official", place=BAK, date="1995-10")
    C(d, "dismissed", 1, "exact", "Director of the metro is removed from his work", place=BAK, date="1995")
    C(d, "deployed", 400, "about", "Near 400 rescuers and firemen", **P)

    # ================================================================ Charkhi Dadri mid-air collision, Tuesday 12 November 1996
    P = dict(place=CHD, date=D_CD)
    SV, KZ = "Saudi Arabian Airlines flight 763", "Kazakhstan Airlines flight 1907"
    d = "charkhi_news_kk.txt"
    C(d, "killed", 349, "exact", "349 адам қаза тапқан", **P)
    C(d, "killed", 349, "exact", "349 адамның бәрі қаза тапты", **P)
    C(d, "killed", 37, "exact", "Ил-76 бортындағы 37 адам да қаза тапты", group=KZ, **P)
    KA = dict(src="Kazakhstan Airlines", stype="company", stext="«Қазақстан әуе жолдары» компаниясының мәліметінше", **P)
    C(d, "killed", 10, "exact", "олардың 10-ы экипаж мүшесі", group="crew of flight 1907", **KA)
    C(d, "killed", 27, "exact", "27-сі жолаушы болды", group="passengers of flight 1907", **KA)
    C(d, "deployed", 200, "about", "200-ге жуық сарбазы жіберілді", **P)

    d = "charkhi_wiki_kk.wiki"
    KH = dict(src="Khabar", stype="media", stext="Хабар", **P)
    C(d, "killed", 349, "exact", "| қаза тапқандар = 349", **KH)
    C(d, "killed", 349, "exact", "Үндістандағы әуе апаты: 349 адам қаза тапты", **KH)
    C(d, "killed", 349, "exact", "барлық 349 адам қаза тапты", **P)
    C(d, "killed", 312, "exact", "сауд ұшағындағы 312 адам", group=SV, **P)
    C(d, "killed", 37, "exact", "қазақстандық ұшақтағы 37 адам", group=KZ, **P)
    C(d, "killed", 350, "about", "«350-ге жуық» адам қаза тапқаны", "first reports", "unknown", stext="Алғашқы хабарларда", **P)

    d = "charkhi_report_uk.txt"
    C(d, "killed", 349, "exact", "349 загиблих над індійським", **P)
    C(d, "killed", 349, "exact", "загинули 349 людей", **P)
    C(d, "killed", 10, "exact", "Серед загиблих на борту Іл-76 — 10 членів екіпажу", "Kazakhstan Airlines", "company", group="crew of flight 1907", stext="«Казахстанських авіаліній»", **P)
    C(d, "killed", 350, "about", "«близько 350 загиблих»", "PTI", "media", stext="Індійське агентство PTI", **P)
    C(d, "deployed", 500, "more_than", "понад 500 військових і поліцейських", **P)

    # ================================================================ Raspadskaya mine explosions, night of 8-9 May 2010
    P = dict(place=MZH, date=D_RS)
    R = "mine rescuers"
    d = "raspadskaya_statement_ru.txt"  # the governor of Kemerovo region in his own voice
    C(d, "killed", 66, "exact", "мы знаем о 66 погибших", **P)
    C(d, "missing", 24, "exact", "Ещё 24 шахтёра и горноспасателя числятся пропавшими без вести", **P)
    C(d, "injured", 63, "exact", "находятся 63 человека", **P)
    C(d, "injured", 5, "exact", "из них пятеро — в тяжёлом состоянии", **P)
    C(d, "deployed", 500, "more_than", "задействовали более 500 спасателей", **P)
    C(d, "participants", 300, "about", "на пути вышли около 300 человек", "Mezhdurechensk police (GUVD)", "official", stext="По данным ГУВД", place=MZH, date=D_RSP)
    C(d, "participants", 2000, "exact", "пишут про «2000 протестующих»", "the protest organisers online", "activist", "unconfirmed", stext="Организаторы в интернете", place=MZH, date=D_RSP)
    C(d, "participants", 2000, "exact", "это неправда, я это заявляю ответственно", mod="denied", place=MZH, date=D_RSP)
    C(d, "injured", 11, "exact", "пострадали 11 сотрудников милиции", group="police", place=MZH, date=D_RSP)
    C(d, "detained", 28, "exact", "Задержаны 28 человек", place=MZH, date=D_RSP)
    C(d, "killed", 150, "more_than", "будто погибших «больше 150»", "provocateurs on the internet", "social_media", "unconfirmed", stext="Провокаторы, которые пишут в интернете", **P)
    C(d, "killed", 150, "more_than", "Таких цифр нет", mod="denied", **P)
    C(d, "dismissed", 2, "exact", "Я отстранил от работы начальника шахты и главного инженера", place=MZH, date="2010-05")

    d = "raspadskaya_press_en.html"  # the miners' union in its own voice
    C(d, "killed", 91, "exact", "one year on: 91 lives", **P)
    C(d, "killed", 91, "exact", "We lost 91 people", **P)
    MC = dict(src="Emergencies Ministry", stype="official", **P)
    for row, src, k, m in (("<tr><td>9 May</td><td>Emergencies Ministry</td><td>12</td><td>84</td></tr>", MC, 12, 84),
                           ("<tr><td>11 May</td><td>Emergencies Ministry</td><td>52</td><td>38</td></tr>", MC, 52, 38),
                           ("<tr><td>15 May</td><td>Regional administration</td><td>66</td><td>24</td></tr>", dict(src="Kemerovo regional administration", stype="official", **P), 66, 24)):
        C(d, "killed", k, "exact", row, **src)
        C(d, "missing", m, "exact", row, **src)
    C(d, "killed", 91, "exact", "<tr><td>June 2010</td><td>Emergencies Ministry</td><td>91</td><td>&mdash;</td></tr>".replace("&mdash;", "\u2014"), **MC)
    C(d, "killed", 20, "exact", "Of the 91 dead, 20 were mine rescuers", "Emergencies Ministry", "official", group=R, place=MZH, date=D_RS2)
    C(d, "injured", 99, "exact", "said 99 people were injured", "Raspadskaya OJSC", "company", **P)
    C(d, "injured", 110, "at_least", "at least 110 who sought medical help", **P)
    C(d, "detained", 28, "exact", "Police detained 28 of them", place=MZH, date=D_RSP)
    C(d, "participants", 2000, "at_most", "counted up to 2,000 people at the railway", "local activists who organised the protest", "activist", place=MZH, date=D_RSP)
    C(d, "participants", 300, "about", "the police said about 300", "the police", "official", place=MZH, date=D_RSP)
    C(d, "detained", 35, "exact", "Memorial counted 35 detained", "Memorial", "ngo", place=MZH, date=D_RSP)
    C(d, "charged", 4, "exact", "criminal cases were opened against 4 protesters", "prosecutors", "official", place=MZH, date="2010")
    C(d, "dismissed", 3, "exact", "Three managers were dismissed", place=MZH, date="2010")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d30g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "yeysk_timeline_ru.md"  # header: московское (UTC+3)
    for day, entries in (("2022-10-17", (("18:18", "engine fire on take-off, pilots eject"), ("18:20", "jet hits the apartment block, fire"), ("18:45", "first videos on social media"),
                                         ("19:05", "Defence Ministry confirms the crash"), ("19:40", "fire covers 2000 square metres"), ("20:10", "governor on site, residents evacuated"),
                                         ("21:30", "headquarters: two dead, 19 injured"), ("22:40", "open fire put out"), ("23:50", "headquarters: four dead"))),
                         ("2022-10-18", (("02:30", "three days of mourning declared"), ("07:00", "rubble clearing begins"), ("09:40", "Emergencies Ministry: six dead"),
                                         ("11:15", "criminal case opened"), ("14:00", "Telegram rumours of dozens dead, denied"), ("17:30", "headquarters: 13 dead, three children"),
                                         ("20:00", "rubble clearing finished"))),
                         ("2022-10-19", (("10:00", "nine injured still in hospital"), ("12:30", "compensation promised"), ("16:00", "residents to be rehoused")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2022-10-21", "an injured man dies, toll 14", "**21 октября**")
    T(d, "2022-10-24", "headquarters: 15 dead, 19 injured", "**24 октября**")
    T(d, "2022-11", "residents claim at least 16 dead", "**Ноябрь 2022 года**")
    d = "yeysk_report_uk.txt"
    T(d, "2022-10-17T18:20", "Su-34 falls on the apartment block (Moscow time)", "у понеділок, 17 жовтня, близько 18:20 за московським часом")
    T(d, "2022-10-18", "Emergencies Ministry: six dead", "Наступного дня")
    T(d, "2022-10-18", "toll rises to 13 after rubble cleared", "ввечері 18 жовтня")
    f = "yeysk_feed_en.rss#"
    T(f + "ysk-1", "2022-10-17", "Su-34 crashes into an apartment building", "on Monday evening")
    T(f + "ysk-2", "2022-10-18", "headquarters: toll rises to 13", "said on Tuesday evening")

    w = "armparl_wiki_en.atom#arm-wp"
    T(w, "1999-10-27T17:15", "gunmen burst into the session hall (local time)", "At about 17:15 local time")
    T(w, "1999-10-28", "gunmen surrender", "on the morning of 28 October")
    T(w, "2001-02", "trial begins", "The trial began in February 2001")
    T(w, "2003-12-02", "life sentences", "On 2 December 2003")
    f = "armparl_articles_ru.jsonl#"
    T(f + "ap1", "1999-10-27T17:15", "gunmen open fire in the National Assembly", "В среду, 27 октября, около 17:15 по местному времени")
    T(f + "ap1", "1999-10-28", "gunmen lay down arms and surrender", "Утром 28 октября")
    T(f + "ap2", "2003-12-02", "verdict: five life sentences", "во вторник, 2 декабря")
    T(f + "ap2", "2001-02", "trial begins", "он начался в феврале 2001-го")
    x = "armparl_export_uk.xml#60417"
    T(x, "1999-10-27T17:15+04:00", "gunmen burst into the hall", "У середу, 27 жовтня, близько 17:15 за місцевим часом (UTC+4)")
    T(x, "1999-10-28", "gunmen surrender after talks with Kocharyan", "Наступного ранку, 28 жовтня")
    T(x, "2003-12-02", "five attackers sentenced to life", "2 грудня 2003 року")

    d = "bakumetro_report_ru.txt"
    T(d, "1995-10-28T17:50", "train leaves Ulduz, fire in the tunnel", "около 17:50 отошёл от станции «Улдуз»")
    T(d, "1995-10-29", "prosecutors: 245 dead", "В воскресенье, 29 октября")
    T(d, "1995-11-02", "state commission: final figures 289 and 265", "Государственная комиссия во главе с премьер-министром Фуадом Гулиевым в четверг")
    d = "bakumetro_news_kk.txt"
    T(d, "1995-10-28T18:00", "fire in the train between Ulduz and Narimanov", "1995 жылғы 28 қазанда, сенбі күні, кешкі сағат 18:00-ге қарай")
    d = "bakumetro_mtblog_en.txt"
    T(d, "1995-10-28T17:50", "train leaves Ulduz, fire in the fourth wagon", "On Saturday 28 October 1995 about 17.50 hours")
    T(d, "1995-10-28T22:00", "television: at least 100 dead", "Evening 28.10 22.00")
    T(d, "1995-10-29", "prosecutors: 245 dead", "Next day, 29.10")
    T(d, "1995-11-02", "government commission: 289 dead", "On 2.11")

    d = "charkhi_news_kk.txt"
    T(d, "1996-11-12T18:40", "two aircraft collide over Charkhi Dadri", "1996 жылғы 12 қарашада, сейсенбі күні, жергілікті уақыт бойынша сағат 18:40 шамасында")
    d = "charkhi_wiki_kk.wiki"
    T(d, "1996-11-12T18:40+05:30", "flights 763 and 1907 collide", "18:40 шамасында (UTC+5:30)")
    T(d, "1996-11-14", "Lahoti commission set up", "1996 жылы 14 қарашада")
    T(d, "1997-02", "commission blames the Kazakh crew", "1997 жылы ақпанда")
    d = "charkhi_report_uk.txt"
    T(d, "1996-11-12T18:40", "Boeing 747 and Il-76 collide", "У вівторок, 12 листопада, о 18:40 за місцевим часом")
    T(d, "1996-11-12", "PTI: about 350 dead", "у ніч на 13 листопада")

    d = "raspadskaya_statement_ru.txt"
    T(d, "2010-05-08T23:55", "first methane explosion", "В ночь с 8 на 9 мая, в 23:55 по местному времени")
    T(d, "2010-05-09T04:00", "second explosion kills rescuers", "около 4 часов утра 9 мая")
    T(d, "2010-05-14", "protest blocks the railway, 28 detained", "14 мая в городе прошёл несанкционированный митинг")
    d = "raspadskaya_press_en.html"
    T(d, "2010-05-08T23:55", "first explosion", "The first came at 23:55 local time")
    T(d, "2010-05-09T04:00", "second explosion with rescue teams underground", "the second at about 04:00 on 9 May")
    T(d, "2010-06", "Emergencies Ministry confirms the final count of 91", "only in June 2010")
    T(d, "2010-05-14", "residents protest in Mezhdurechensk", "when they went out on 14 May")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d30t{n:03d}"
    return rows


ENTITIES = [
    ("Yeysk", "place", ["Ейск", "Ейске", "Єйськ", "Єйську", "Yeysk"]),
    ("Krasnodar krai", "place", ["Краснодарского края", "Краснодарського краю"]),
    ("Veniamin Kondratyev", "person", ["Вениамин Кондратьев", "Кондратьев", "Веніамін Кондратьєв", "Veniamin Kondratyev"]),
    ("Russian Emergencies Ministry", "org", ["МЧС России", "МНС Росії"]),
    ("Russian Defence Ministry", "org", ["Минобороны", "Міністерство оборони РФ"]),
    ("Yerevan", "place", ["Ереван", "Еревана", "Ереване", "Єреван", "Єревані", "Yerevan"]),
    ("National Assembly of Armenia", "org", ["Национального собрания Армении", "Національні збори Вірменії", "National Assembly of Armenia"]),
    ("Nairi Hunanyan", "person", ["Наири Унанян", "Наири Унаняном", "Наїрі Унанян", "Наїрі Унаняном", "Nairi Hunanyan"]),
    ("Vazgen Sargsyan", "person", ["Вазген Саргсян", "Вазгена Саргсяна", "Vazgen Sargsyan"]),
    ("Karen Demirchyan", "person", ["Карен Демирчян", "Карена Демирчяна", "Карен Демірчян", "Karen Demirchyan"]),
    ("Robert Kocharyan", "person", ["Роберт Кочарян", "Робертом Кочаряном", "Robert Kocharyan"]),
    ("Baku", "place", ["Баку", "Бакудегі", "Бакуде", "Бакудің", "Baku"]),
    ("Ulduz", "place", ["Улдуз", "Улдузом", "Ұлдыз", "Ulduz"]),
    ("Narimanov", "place", ["Нариманова", "Наримановым", "Нариманов", "Narimanov"]),
    ("Azerbaijan", "place", ["Азербайджане", "Әзербайжан"]),
    ("Charkhi Dadri", "place", ["Чархи-Дадри", "Чаркхі-Дадрі"]),
    ("Delhi", "place", ["Дели", "Делиден", "Делиге", "Делидегі", "Делі"]),
    ("India", "place", ["Үндістан", "Үндістандағы"]),
    ("Shymkent", "place", ["Шымкенттен", "Чимкента"]),
    ("Kazakhstan Airlines", "org", ["Қазақстан әуе жолдары", "Казахстанських авіаліній", "Казахстанських авіалініях"]),
    ("Saudi Arabian Airlines", "org", ["Saudi Arabian Airlines", "саудівська авіакомпанія"]),
    ("Mezhdurechensk", "place", ["Междуреченск", "Междуреченска", "Mezhdurechensk"]),
    ("Raspadskaya mine", "place", ["Распадская", "Raspadskaya"]),
    ("Aman Tuleyev", "person", ["А. Г. Тулеев", "Тулеев"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset30", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
