"""Write the gold annotations of the sixteenth development set: tests/data/devset16/gold/devset16.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset16.py, which checks every anchor:

    python tests/data/devset16/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `novoch_prosecutor_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

DES, KER, SIM, NOV, LEN, EKI = "Desna (Chernihiv Region)", "Kerch Strait", "Simferopol", "Novocherkassk", "Lenin mine (Shakhtinsk)", "Ekibastuz"
D_DE, D_KE, D_NO, D_LE, D_EK = "2022-05-17", "2018-11-25", "1962-06-02", "2008-09-20", ["2022-11-26", "2022-12-07"]
D_STRIKE = "1962-06-01"


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Desna barracks strike, 17 May 2022
    P = dict(place=DES, date=D_DE)
    d = "desna_timeline_uk.md"
    C(d, "deployed", 100, "more_than", "на місці працюють понад 100 рятувальників", "State Emergency Service", "official", stext="ДСНС", **P)
    OVA = dict(src="Chernihiv regional military administration", stype="official", stext="За даними ОВА", **P)
    C(d, "killed", 8, "exact", "загинули 8 людей", **OVA)
    C(d, "injured", 12, "exact", "ще 12 поранені", **OVA)
    C(d, "killed", 200, "more_than", "«знищили понад 200 військових»", "Russian Z channels", "social_media", "unconfirmed", group="soldiers", stext="Російські Z-канали", **P)
    C(d, "killed", 200, "more_than", "назвав ці дані вигадкою", "Centre for Countering Disinformation", "official", "denied", group="soldiers", stext="Центр протидії", **P)
    C(d, "killed", 22, "exact", "дістали тіла 22 загиблих", **P)
    C(d, "killed", 100, "more_than", "«понад 100 знищених військовослужбовців»", "Russian Defence Ministry", "official", group="soldiers", stext="Міноборони Росії", **P)
    C(d, "killed", 87, "exact", "називає 87 загиблих у Десні", "President Volodymyr Zelensky", "official", stext="Президент Володимир Зеленський", **P)
    C(d, "missing", None, "vague", "під завалами ще можуть бути десятки людей", "relatives of soldiers", "eyewitness", "unconfirmed", stext="Родичі військових", **P)
    HO = dict(src="regional hospital", stype="eyewitness", stext="Обласна лікарня", **P)
    C(d, "injured", 14, "exact", "у лікарнях перебувають 14 поранених", **HO)
    C(d, "injured", 4, "exact", "з них 4 у важкому стані", **HO)
    UN = dict(src="unofficial sources in the Armed Forces", stype="unknown", mod="unconfirmed", stext="За неофіційними даними джерел у ЗСУ", **P)
    C(d, "killed", 50, "at_least", "загиблих щонайменше 50", **UN)
    C(d, "missing", 30, "about", "ще близько 30\n  військових вважаються зниклими безвісти", **UN)
    C(d, "charged", 2, "exact", "ДБР оголосило підозру 2 посадовцям", place=DES, date="2022-06-01")  # the bureau as the subject of its own act: author
    C(d, "dismissed", 2, "exact", "звільнили ще\n  2 офіцерів", place=DES, date="2022-06-02")
    C(d, "killed", 8, "exact", "| ОВА | 17 травня | 8", "regional military administration", "official", stext="ОВА", **P)
    C(d, "injured", 12, "exact", "| ОВА | 17 травня | 8 | 12", "regional military administration", "official", stext="ОВА", **P)
    C(d, "killed", 22, "exact", "| ДСНС | 18 травня | 22", "State Emergency Service", "official", stext="ДСНС", **P)
    C(d, "killed", 87, "exact", "| Президент | 18 травня | 87", "President", "official", stext="Президент", **P)
    C(d, "killed", 100, "more_than", "| Міноборони РФ | 18 травня | понад 100", "Russian Defence Ministry", "official", group="soldiers", stext="Міноборони РФ", **P)
    C(d, "killed", 100, "at_least", "загиблих щонайменше 100", "volunteer group Desna Memory", "ngo", "unconfirmed", stext="Волонтерська група «Пам'ять Десни»", **P)

    w = "desna_wiki_en.atom#des-wp"
    C(w, "killed", 87, "exact", "fatalities = 87", "Ukrainska Pravda", "media", **P)
    C(w, "killed", 87, "exact", "Zelensky says 87 killed", "Ukrainska Pravda", "media", **P)
    C(w, "injured", 12, "exact", "injuries   = 12", **P)
    C(w, "killed", 8, "exact", "Russian missiles hit training centre in Chernihiv region, 8 dead", "Reuters", "media", **P)
    CH = dict(src="regional governor Viacheslav Chaus", stype="official", **P)
    C(w, "killed", 8, "exact", "initially reported 8 dead", **CH)
    C(w, "injured", 12, "exact", "8 dead and 12 wounded", **CH)
    C(w, "killed", 87, "exact", "said that 87 people had been killed", "President Volodymyr Zelensky", "official", **P)
    C(w, "killed", 100, "more_than", "claimed to have killed more than 100 servicemen", "The Russian Defence Ministry", "official", "unconfirmed", group="soldiers", **P)
    w = "desna_wiki_en.atom#des-in"
    C(w, "missing", None, "vague", "dozens of conscripts could still be under the rubble", "Relatives of soldiers", "eyewitness", "unconfirmed", **P)
    C(w, "charged", 2, "exact", "served notices of suspicion on two officers", place=DES, date="2022-06-01")  # the bureau's own act: author
    C(w, "killed", 100, "at_least", "no fewer than 100", "volunteer group Desna Memory", "ngo", "unconfirmed", **P)
    C(w, "killed", 87, "exact", "Death toll at Desna rises to 87", "Kyiv Independent", "media", **P)

    # ================================================================ Kerch Strait incident, 25 November 2018
    P = dict(place=KER, date=D_KE)
    D_ARR = ["2018-11-27", "2018-11-28"]
    d = "kerch_export_ru.xml#40517"
    C(d, "injured", 3, "exact", "потери1    = 3 ранены", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "injured", 3, "exact", "трое украинских военных ранены", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "detained", 24, "exact", "потери2    = 24 взяты в плен", **P)
    C(d, "injured", 3, "exact", "ранены 3 украинских военнослужащих", "FSB", "official", stext="По данным ФСБ", **P)
    C(d, "injured", 3, "exact", "ФСБ сообщила о трёх раненых", "TASS", "media", stext="ТАСС", **P)
    NV = dict(src="Ukrainian Navy", stype="official", stext="ВМС Украины", **P)
    C(d, "injured", 6, "exact", "первоначально сообщили о 6 раненых", **NV)
    C(d, "injured", 2, "exact", "позднее — о 2 тяжелораненых", **NV)
    C(d, "detained", 24, "exact", "В плен взяты 24 моряка", **P)
    C(d, "detained", 2, "exact", "среди них 2 офицера СБУ", group="SBU officers", **P)
    C(d, "killed", None, "vague", "«погибших украинских моряках»", "Telegram channels", "social_media", "unconfirmed", stext="В некоторых телеграм-каналах", **P)
    C(d, "killed", None, "vague", "назвали эти сообщения ложью", "Ukrainian Navy", "official", "denied", stext="в ВМС Украины", **P)
    C(d, "arrested", 24, "exact", "арестовал всех 24 моряков", place=SIM, date=D_ARR)
    C(d, "charged", 24, "exact", "были предъявлены 24 военнослужащим", place=KER, date="2018-11")

    f = "kerch_feed_en.rss#"
    C(f + "ks-1", "injured", 6, "exact", "six sailors hurt", **P)
    C(f + "ks-1", "injured", 6, "exact", "six of its sailors were wounded", "Ukraine's navy", "official", **P)
    C(f + "ks-1", "injured", 2, "exact", "two of them seriously", "Ukraine's navy", "official", **P)
    C(f + "ks-1", "injured", 3, "exact", "three Ukrainian servicemen had been slightly injured", "Russia's FSB security service", "official", **P)
    C(f + "ks-2", "arrested", 24, "exact", "orders 24 Ukrainian sailors held for two months", place=SIM, date=D_ARR)
    RN = dict(src="Russian news agencies", stype="media")
    C(f + "ks-2", "detained", 24, "exact", "the 24 captured Ukrainian sailors", **RN, **P)
    C(f + "ks-2", "arrested", 12, "exact", "Twelve sailors had been remanded on Tuesday", **RN, place=SIM, date="2018-11-27")

    d = "kerch_report_uk.txt"
    C(d, "injured", 6, "exact", "поранені 6 моряків", **P)
    NV = dict(src="Ukrainian Navy", stype="official", stext="За даними ВМС України", **P)
    C(d, "injured", 6, "exact", "поранено 6 членів екіпажів", **NV)
    C(d, "injured", 2, "exact", "двоє з них — у тяжкому стані", **NV)
    C(d, "detained", 23, "exact", "в полоні опинилися 23 військових моряки", "Navy commander Ihor Voronchenko", "official", stext="командувач ВМС Ігор Воронченко", **P)
    FS = dict(src="Russian FSB", stype="official", stext="ФСБ Росії", **P)
    C(d, "detained", 24, "exact", "затримано 24 українських військовослужбовців", **FS)
    C(d, "injured", 3, "exact", "поранені «троє» з них", **FS)
    C(d, "killed", None, "vague", "«загиблих моряків»", "social networks", "social_media", "unconfirmed", stext="У соцмережах", **P)
    C(d, "killed", None, "vague", "назвав ці чутки неправдивими", "Navy spokesman", "official", "denied", stext="Речник ВМС", **P)
    C(d, "killed", 0, "exact", "загиблих немає", "Navy spokesman", "official", stext="Речник ВМС", **P)

    d = "kerch_news_kk.txt"
    C(d, "detained", 24, "exact", "Ресей 24 украин теңізшісін ұстады", **P)
    FS = dict(src="Russian FSB", stype="official", stext="Ресей ФҚҚ-ның мәліметінше", **P)
    C(d, "detained", 24, "exact", "24 украин әскери қызметшісі ұсталды", **FS)
    C(d, "injured", 3, "exact", "оның 3-еуі жеңіл жараланған", **FS)
    C(d, "injured", 6, "exact", "6 теңізшінің жараланғанын", "the Ukrainian side", "official", stext="Украина тарапы", **P)
    C(d, "killed", None, "vague", "«ондаған теңізші қаза тапты»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", None, "vague", "бұл ақпаратты жалған деп атады", "Ukrainian Navy press service", "official", "denied", stext="Украина ӘТК-ның баспасөз қызметі", **P)
    C(d, "arrested", 24, "exact", "24 адамды, екі айға қамауға алды", place=SIM, date="2018-11-28")

    # ================================================================ Novocherkassk massacre, 1-2 June 1962
    P = dict(place=NOV, date=D_NO)
    d = "novoch_wiki_ru.wiki"
    C(d, "participants", 5000, "about", "участники   = около 5 тысяч", place=NOV, date=[D_STRIKE, D_NO], alt=("strikers",))
    C(d, "killed", 26, "exact", "погибшие    = 26", "Izvestia", "media", stext="Известия", **P)
    C(d, "killed", 26, "exact", "Новочеркасск: 26 погибших", "Izvestia", "media", stext="Известия", **P)
    C(d, "injured", 87, "exact", "87 раненых — данные прокуратуры", "Izvestia", "media", stext="Известия", **P)
    C(d, "injured", 87, "exact", "раненые     = 87", **P)
    C(d, "convicted", 105, "exact", "осуждённые  = 105", place=NOV, date="1962")
    C(d, "strikers", 4000, "about", "к ним присоединились около 4 тысяч человек", place=NOV, date=D_STRIKE, alt=("participants",))
    GP = dict(src="Chief Military Prosecutor's Office", stype="official", stext="По данным Главной военной прокуратуры", **P)
    C(d, "killed", 26, "exact", "погибли 26 человек, 87 получили ранения", **GP)
    C(d, "injured", 87, "exact", "87 получили ранения", **GP)
    C(d, "injured", 3, "exact", "в том числе 3 ребёнка", group="children", **GP)
    C(d, "killed", 26, "exact", "в Новочеркасске погибли 26 человек", "Kommersant", "media", stext="Коммерсантъ", **P)
    C(d, "killed", None, "vague", "«сотнях убитых»", "eyewitnesses", "eyewitness", "unconfirmed", stext="Очевидцы", **P)
    C(d, "detained", 200, "more_than", "Было задержано более 200 человек", place=NOV, date="1962-06")
    C(d, "convicted", 7, "exact", "приговорили 7 человек к расстрелу", place=NOV, date="1962")
    C(d, "convicted", 105, "exact", "всего осуждены 105 участников", place=NOV, date="1962")

    d = "novoch_mtblog_en.txt"
    C(d, "participants", 5000, "about", "stood about 5 thousand persons", place=NOV, date=D_STRIKE, alt=("strikers",))
    C(d, "injured", None, "vague", "on square lay tens of people", "The eyewitness Peter S.", "eyewitness", alt=("killed", "casualties"), **P)
    C(d, "killed", 23, "exact", "that were lost 23 persons", "Komsomolskaya Pravda", "media", **P)
    GP = dict(src="The chief military prosecutor's office", stype="official", **P)
    C(d, "killed", 26, "exact", "were lost 26 persons", **GP)
    C(d, "injured", 87, "exact", "are wounded 87", **GP)
    C(d, "injured", 3, "exact", "From them 3 children", group="children", **GP)
    C(d, "killed", 100, "at_least", '"not less than 100"', 'The society "Memorial"', "ngo", "unconfirmed", **P)
    C(d, "detained", 200, "more_than", "Were detained more than 200 persons", place=NOV, date="1962-06")
    C(d, "convicted", 7, "exact", "7 persons were shot by the verdict of court", place=NOV, date="1962")
    C(d, "convicted", 105, "exact", "are condemned in total 105", place=NOV, date="1962")

    d = "novoch_prosecutor_ru.txt"  # cp1251; the Chief Military Prosecutor's Office in its own voice
    C(d, "strikers", 4000, "about", "приняли участие около 4 тысяч рабочих", place=NOV, date=D_STRIKE, alt=("participants",))
    C(d, "killed", 26, "exact", "погибли 26 человек", **P)
    C(d, "injured", 87, "exact", "ранения получили 87 человек", **P)
    C(d, "injured", 3, "exact", "из них 3 несовершеннолетних", group="children", **P)
    C(d, "killed", 2, "exact", "Еще 2 человека умерли в больнице позднее", **P)
    C(d, "killed", 23, "exact", "сообщалось о 23 погибших", "a number of publications", "media", stext="в ряде публикаций", **P)
    C(d, "killed", None, "vague", "«нескольких сотнях убитых»", "rumours", "unknown", "unconfirmed", stext="Распространяемые слухи", **P)
    C(d, "killed", None, "vague", "не соответствуют действительности", mod="denied", **P)
    C(d, "detained", 240, "exact", "Задержаны в ходе событий и после них 240 человек", place=NOV, date="1962-06")
    C(d, "convicted", 105, "exact", "Судами осуждены 105 человек", place=NOV, date="1962")
    C(d, "convicted", 7, "exact", "из них 7 приговорены к высшей мере наказания", place=NOV, date="1962")

    # ================================================================ Lenin mine explosion, Shakhtinsk, 20 September 2008
    P = dict(place=LEN, date=D_LE)
    d = "shakh_news_kk.txt"
    C(d, "killed", 5, "exact", "метан жарылды: 5 кенші қаза тапты", **P)
    IN = dict(src="initial reports", stype="unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 2, "exact", "2 кенші қаза тауып", **IN)
    C(d, "missing", 3, "exact", "3 кеншінің тағдыры белгісіз болған", **IN)
    C(d, "killed", 5, "exact", "қаза тапқандар саны 5 адамға жеткенін", "ArcelorMittal Temirtau", "company", stext="Компанияның баспасөз қызметі", **P)
    HD = dict(src="regional health department", stype="official", stext="Облыстық денсаулық сақтау басқармасының", **P)
    C(d, "injured", 9, "exact", "9 кенші ауруханаға түскен", **HD)
    C(d, "injured", 2, "exact", "оның 2-еуі ауыр жағдайда", **HD)
    C(d, "deployed", 80, "about", "80-ге жуық құтқарушы тартылды", **P)
    C(d, "killed", 7, "at_least", "кемінде 7 адам болуы мүмкін", "miners' union", "union", "unconfirmed", stext="Кәсіподақ өкілдері", **P)
    C(d, "missing", None, "vague", "«ондаған кенші шахтада қалды»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "missing", None, "vague", "бұл ақпаратты жалған деп атады", "Karaganda regional akimat", "official", "denied", stext="Облыс әкімдігі", **P)
    C(d, "dismissed", 2, "exact", "шахтаның 2 басшысы қызметінен босатылды", place=LEN, date="2008-09-22")

    f = "shakh_articles_ru.jsonl#"
    C(f + "sh1", "killed", 2, "exact", "погибли двое горняков", **P)
    MC = dict(src="Kazakhstan Emergencies Ministry", stype="official", stext="По данным МЧС Казахстана", **P)
    C(f + "sh1", "killed", 2, "exact", "погибли 2 шахтёра", **MC)
    C(f + "sh1", "missing", 3, "exact", "еще 3 горняка остаются под завалом", **MC)
    C(f + "sh1", "injured", 7, "exact", "В больницу доставлены 7 человек", **MC)
    C(f + "sh1", "deployed", 80, "about", "около 80 горноспасателей", **P)
    C(f + "sh2", "killed", 5, "exact", "Число погибших на шахте имени Ленина выросло до пяти", **P)
    AM = dict(src="ArcelorMittal Temirtau", stype="company", stext="компания «АрселорМиттал Темиртау»", **P)
    C(f + "sh2", "killed", 3, "exact", "обнаружили тела ещё 3 шахтёров", **AM)
    C(f + "sh2", "killed", 5, "exact", "число погибших достигло 5", **AM)
    HD = dict(src="regional health department", stype="official", stext="в облздраве", **P)
    C(f + "sh2", "injured", 9, "exact", "находятся 9 пострадавших", **HD)
    C(f + "sh2", "injured", 2, "exact", "из них 2 в тяжёлом состоянии", **HD)
    C(f + "sh2", "killed", 7, "at_most", "погибших может быть до 7", "miners' union", "union", "unconfirmed", stext="Профсоюз горняков", **P)
    C(f + "sh2", "killed", 7, "at_most", "В компании эти сведения опровергли", "ArcelorMittal Temirtau", "company", "denied", stext="В компании", **P)
    C(f + "sh2", "charged", 1, "exact", "обвинение предъявлено 1 должностному лицу", place=LEN, date="2008-09")

    # ================================================================ Ekibastuz heating failure, November-December 2022
    P = dict(place=EKI, date=D_EK)
    d = "ekib_news_kk.txt"
    C(d, "buildings_damaged", 200, "more_than", "200-ден астам көпқабатты үй суып қалды", **P)
    AK = dict(src="Pavlodar regional akimat", stype="official", stext="Павлодар облысы әкімдігінің мәліметінше", **P)
    C(d, "buildings_damaged", 207, "exact", "207 көпқабатты үй", **AK)
    C(d, "buildings_damaged", 1000, "more_than", "1000-нан астам жеке үй жылусыз қалған", **AK)
    C(d, "buildings_damaged", 80, "about", "80-ге жуық үйдің жылу жүйесі қатып қалған", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "deployed", 1000, "more_than", "1000-нан астам құтқарушы мен әскери қызметшіні тартты", "Emergency Situations Ministry", "official", stext="Төтенше жағдайлар министрлігі", **P)
    HD = dict(src="city health department", stype="official", stext="Қалалық денсаулық сақтау басқармасының", **P)
    C(d, "injured", 6, "exact", "6 адам ауруханаға түскен", **HD)
    C(d, "injured", 2, "exact", "оның 2-еуі бала", group="children", **HD)
    C(d, "injured", None, "vague", "«ондаған адам үсікке шалдықты»", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "injured", None, "vague", "бұл ақпаратты жалған деп атады", "Pavlodar regional akimat", "official", "denied", stext="облыс әкімдігі", **P)
    C(d, "buildings_damaged", 300, "at_least", "кемінде 300 үйдің батареялары жарылған", "local activists", "activist", stext="Жергілікті белсенділердің", **P)
    C(d, "detained", 2, "exact", "ЖЭО-ның 2 басшысын ұстады", place=EKI, date="2022-12")  # the agency as the subject of its own act: author

    d = "ekib_press_en.html"  # the Pavlodar regional akimat in its own voice
    C(d, "buildings_damaged", 207, "exact", "the 207 apartment buildings in Ekibastuz that lost heating", **P)
    C(d, "buildings_damaged", 56, "exact", "Heating systems in 56 apartment buildings were frozen", **P)
    C(d, "deployed", 1500, "more_than", "More than 1,500 specialists", **P)
    C(d, "deployed", 400, "exact", "including 400 military personnel", group="soldiers", **P)
    C(d, "injured", 5, "exact", "Five people were hospitalised with hypothermia", **P)
    C(d, "injured", 2, "exact", "two of them children", group="children", **P)
    C(d, "killed", None, "vague", '"dozens of elderly residents" have died', "social networks", "social_media", "unconfirmed", **P)
    C(d, "killed", None, "vague", "are not true", mod="denied", **P)
    C(d, "killed", 0, "exact", "No deaths have been recorded", **P)
    for district, flats, houses in (("Central", 28, 410), ("Northern", 12, 530), ("Southern", 7, 243), ("Total", 47, "1,183")):
        C(d, "buildings_damaged", flats, "exact", f"<td>{district}</td><td>{flats}</td>", **P)
        C(d, "buildings_damaged", int(str(houses).replace(",", "")), "exact", f"<td>{flats}</td><td>{houses}</td>", **P)

    d = "ekib_report_uk.txt"
    AK = dict(src="Pavlodar regional akimat", stype="official", stext="За даними акімату Павлодарської області", **P)
    C(d, "buildings_damaged", 207, "exact", "без тепла залишилися 207 багатоповерхівок", **AK)
    C(d, "buildings_damaged", 1000, "more_than", "понад тисяча приватних будинків", **AK)
    C(d, "buildings_damaged", 56, "exact", "У 56 будинках", "Pavlodar regional akimat", "official", stext="за словами акімату", **P)
    C(d, "buildings_damaged", [300, 400], "range", "пошкоджено від 300 до 400 будинків", "local activists", "activist", stext="Місцеві активісти", **P)
    C(d, "injured", 11, "exact", "розповіли про 11 госпіталізованих", "doctors of the city hospital", "eyewitness", stext="Лікарі міської лікарні", **P)
    C(d, "deployed", 2000, "about", "залучили близько 2 тисяч людей", **P)
    C(d, "dismissed", 3, "exact", "звільнено 3 чиновники акімату", place=EKI, date="2022-12")
    C(d, "detained", 2, "exact", "затримала 2 керівників ТЕЦ", place=EKI, date="2022-12")  # the service as the subject of its own act: author
    C(d, "charged", 1, "exact", "ще 1 посадовцю пред'явлено обвинувачення", place=EKI, date="2022-12")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d16g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "desna_timeline_uk.md"
    T(d, "2022-05-17", "missiles hit the Desna training centre", "Вранці у вівторок, 17 травня 2022 року")
    for day, entries in (("2022-05-17", (("05:00", "explosions near Desna"), ("05:40", "Chaus confirms a missile strike"), ("09:15", "Chaus: dead and wounded"), ("12:30", "over 100 rescuers at the site"), ("16:00", "regional administration: 8 dead, 12 wounded"), ("21:10", "Z channels claim over 200 soldiers killed; called fiction"))),
                         ("2022-05-18", (("08:30", "bodies of 22 recovered"), ("13:00", "Russian MoD claims over 100 soldiers killed"), ("19:45", "Zelensky: 87 dead"))),
                         ("2022-05-19", (("10:00", "relatives: dozens may be under the rubble"), ("15:20", "hospital: 14 wounded in hospital"))),):
        for hm, label in entries:
            T(d, f"{day}T{hm}+03:00", label, f"**{hm}**")
    T(d, "2022-05-21T11:00+03:00", "search operation ends", "Субота, 21 травня, 11:00")
    T(d, "2022-05-23T09:00+03:00", "unofficial: at least 50 dead, about 30 missing", "**23 травня, 09:00**")
    T(d, "2022-06-01T10:00+03:00", "State Bureau of Investigation charges 2 officials", "**1 червня, 10:00**")
    T(d, "2022-06-02T17:30+03:00", "training centre commander and 2 officers dismissed", "**2 червня, 17:30**")
    w = "desna_wiki_en.atom#des-wp"
    T(w, "2022-05-17T05:00+03:00", "cruise missiles hit the Desna barracks", "on 17 May 2022, at about 05:00 [[Eastern European Summer Time|EEST]] (UTC+03:00)")
    T(w, "2022-05-18", "Zelensky: 87 killed", "On 18 May")
    T(w, "2022-05-21", "recovery of bodies ends", "until 21 May")
    w = "desna_wiki_en.atom#des-in"
    T(w, "2022-05-19", "relatives: dozens may be under the rubble", "said on 19 May")
    T(w, "2022-06-01", "two officers charged", "On 1 June")
    T(w, "2022-06-02", "commander dismissed", "on 2 June")

    d = "kerch_export_ru.xml#40517"
    T(d, "2018-11-25", "clash at the entrance of the Kerch Strait", "в воскресенье, 25 ноября 2018 года")
    T(d, "2018-11-25T07:00+03:00", "Ukrainian ships approach the strait; tug rammed (Moscow time)", "около 07:00 по московскому времени (UTC+3)")
    T(d, "2018-11-25T20:30+03:00", "border guards open fire and seize the ships (Moscow time)", "около 20:30 по московскому времени")
    T(d, "2018-11-27", "Simferopol court arrests the sailors", "27 и 28 ноября")
    T(d, "2019-09-07", "sailors released in an exchange", "7 сентября 2019 года")
    f = "kerch_feed_en.rss#"
    T(f + "ks-1", "2018-11-25", "Russia seizes three Ukrainian ships", "near the Kerch Strait on Sunday")
    T(f + "ks-1", "2018-11-25T09:00+02:00", "coast guard ship rams the tug (Kyiv time)", "at about 09:00 Kyiv time (0700 GMT)")
    T(f + "ks-2", "2018-11-28", "court remands the last of the 24 sailors", "on Wednesday ordered")
    T(f + "ks-2", "2018-11-27", "twelve sailors remanded", "remanded on Tuesday")
    T(f + "ks-2", "2018-11-26", "parliament approves martial law", "on Monday approved martial law")
    d = "kerch_report_uk.txt"
    T(d, "2018-11-25", "FSB ships fire on and seize three Ukrainian vessels", "в неділю ввечері")
    T(d, "2018-11-25T21:00+02:00", "Russians open fire on the Berdiansk (Kyiv time)", "Близько 21:00 за київським часом")
    T(d, "2018-11-25T22:00", "contact with the crews lost", "приблизно о 22:00")
    T(d, "2018-11-26", "security council backs martial law", "У понеділок, 26 листопада")
    d = "kerch_news_kk.txt"
    T(d, "2018-11-25", "FSB border service seizes three ships", "Жексенбі күні, 25 қарашада")
    T(d, "2018-11-25T20:30+03:00", "incident ends in shooting (Moscow time)", "Мәскеу уақыты бойынша сағат 20:30")
    T(d, "2018-11-28", "Simferopol court arrests all 24 sailors", "Сәрсенбі күні, 28 қарашада")

    d = "novoch_wiki_ru.wiki"
    T(d, "1962-06-01T10:00+03:00", "strike begins at the locomotive works (Moscow time)", "В пятницу, 1 июня 1962 года, около 10:00 по московскому времени")
    T(d, "1962-06-02T12:30", "troops open fire at the city party committee", "2 июня около 12:30")
    T(d, "1996", "Yeltsin decree rehabilitates the convicted", "В 1996 году")
    d = "novoch_mtblog_en.txt"
    T(d, "1962-06-01T10:00+03:00", "workers stop work (Moscow time)", "1.06.1962 in 10.00 hours (Moscow time)")
    T(d, "1962-06-02T12:30", "soldiers open fire near the city committee", "Update 02.06 12.30")
    T(d, "1989", "first press report: 23 dead", "Update 1989")
    T(d, "1992", "prosecutor: 26 dead, 87 wounded", "Update 1992")
    T(d, "1994", "monument established", "In 1994")
    d = "novoch_prosecutor_ru.txt"
    T(d, "1962-06-01", "strike begins at the locomotive works", "1 июня 1962 года на")
    T(d, "1962-06-02T12:30", "troops fire on the demonstration", "2 июня 1962 года около 12:30")

    d = "shakh_news_kk.txt"
    T(d, "2008-09-20", "methane explosion at the Lenin mine", "Сенбі күні, 20 қыркүйекте")
    T(d, "2008-09-20T06:15", "explosion (local time)", "жергілікті уақыт бойынша сағат 06:15")
    T(d, "2008-09-21", "company: toll reaches 5", "жексенбі күні")
    T(d, "2008-09-22", "two mine managers dismissed", "Дүйсенбі күні")
    f = "shakh_articles_ru.jsonl#"
    T(f + "sh1", "2008-09-20T06:15+06:00", "methane explosion at the Lenin mine (Astana time)", "В субботу, 20 сентября 2008 года, около 06:15 по времени Астаны (UTC+6)")
    T(f + "sh2", "2008-09-21", "bodies of 3 more miners found; toll 5", "В воскресенье, 21 сентября")

    d = "ekib_news_kk.txt"
    T(d, "2022-11-26", "heating main bursts, boilers stop", "Сенбі күні, 26 қарашада")
    T(d, "2022-12-05", "Ekibastuz akim dismissed", "Дүйсенбі күні, 5 желтоқсанда")
    d = "ekib_press_en.html"
    T(d, "2022-12-02T18:00", "status: heat restored to 160 of 207 buildings", "As of 18:00 on Friday, 2 December 2022")
    T(d, "2022-11-27", "accident at the heat and power plant", "on 27 November")
    d = "ekib_report_uk.txt"
    T(d, "2022-11-27T03:00", "accident at the heat and power plant (local time)", "в неділю, 27 листопада, близько 03:00 за місцевим часом")
    T(d, "2022-12-07", "Tokayev dismisses the energy minister", "У середу, 7 грудня")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d16t{n:03d}"
    return rows


ENTITIES = [
    ("Desna", "place", ["Десна", "Десні", "Desna"]),
    ("Chernihiv Region", "place", ["Чернігівщині", "Chernihiv Oblast", "Chernihiv region"]),
    ("Viacheslav Chaus", "person", ["В'ячеслав Чаус", "Чаус", "Viacheslav Chaus"]),
    ("Volodymyr Zelensky", "person", ["Володимир Зеленський", "Volodymyr Zelensky", "Zelensky"]),
    ("State Bureau of Investigation", "org", ["ДБР", "State Bureau of Investigation"]),
    ("Kerch Strait", "place", ["Керченської протоки", "Керченском проливе", "Керченский пролив", "Kerch Strait", "Керчь бұғазы"]),
    ("FSB", "org", ["ФСБ", "FSB", "ФҚҚ-ның"]),
    ("Ukrainian Navy", "org", ["ВМС України", "ВМС Украины", "Ukraine's navy"]),
    ("Simferopol", "place", ["Симферополя", "Simferopol", "Симферопольдегі"]),
    ("Novocherkassk", "place", ["Новочеркасск", "Новочеркасске", "Novocherkassk"]),
    ("Novocherkassk Electric Locomotive Plant", "org", ["Новочеркасский электровозостроительный завод", "Новочеркасском электровозостроительном заводе", "НЭВЗ"]),
    ("Chief Military Prosecutor's Office", "org", ["Главной военной прокуратуры", "ГЛАВНАЯ ВОЕННАЯ ПРОКУРАТУРА", "chief military prosecutor's office"]),
    ("Shakhtinsk", "place", ["Шахтинск", "Шахтинске", "Шахтинскідегі"]),
    ("Lenin mine", "place", ["шахте имени Ленина", "Ленин атындағы шахтада", "Ленин шахтасында"]),
    ("Karaganda Region", "place", ["Қарағанды облысындағы", "Карагандинской области"]),
    ("ArcelorMittal Temirtau", "org", ["АрселорМиттал Теміртау", "АрселорМиттал Темиртау"]),
    ("Ekibastuz", "place", ["Екібастұз", "Екібастұзда", "Екібастуз", "Екібастуза", "Ekibastuz"]),
    ("Pavlodar Region", "place", ["Павлодар облысы", "Павлодарської області", "Pavlodar Region"]),
    ("Nurlan Bulatov", "person", ["Нұрлан Булатов", "Нурлан Булатов"]),
    ("Kassym-Jomart Tokayev", "person", ["Қасым-Жомарт Тоқаев", "Касим-Жомарт Токаєв"]),
    ("Emergency Situations Ministry of Kazakhstan", "org", ["Төтенше жағдайлар министрлігі", "Төтенше жағдайлар министрлігінің", "МЧС Казахстана"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset16", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
