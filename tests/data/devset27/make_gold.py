"""Write the gold annotations of the twenty-seventh development set: tests/data/devset27/gold/devset27.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset27.py, which checks every anchor:

    python tests/data/devset27/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `makiivka_report_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

AKT, MAK, SUM, ASK, TSH, VIL = "Aktau", "Makiivka", "Sumgait", "Askeran", "Tashkent", "Vilnius"
D_AK = "2024-12-25"
D_MK = "2023-01-01"  # the strike just after midnight on New Year's night
D_SG = ["1988-02-27", "1988-02-29"]
D_TS = "1999-02-16"
D_VL = ["1991-01-12", "1991-01-13"]  # the night of 12-13 January


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ AZAL flight 8243, Aktau, 25 December 2024
    P = dict(place=AKT, date=D_AK)
    CR, CH = "crew", "children"
    d = "aktau_news_kk.txt"
    C(d, "killed", 38, "exact", "әуе апаты: 38 адам қаза тапты", **P)
    C(d, "killed", 38, "exact", "министрлік 38 адамның қаза тапқанын хабарлады", "Kazakhstan Emergency Situations Ministry", "official", stext="министрлік", **P)
    C(d, "injured", 29, "exact", "Тірі қалған 29 адамның бәрі ауруханаға жеткізілді", **P)
    C(d, "deployed", 52, "exact", "Оқиға орнына 52 құтқарушы", **P)
    HM = dict(src="Kazakhstan Health Ministry", stype="official", stext="Денсаулық сақтау министрлігінің хабарлауынша", **P)
    C(d, "injured", 22, "exact", "Ақтаудағы ауруханаларға 22 адам жатқызылды", **HM)
    C(d, "injured", 2, "exact", "олардың арасында 2 бала бар", group=CH, **HM)
    C(d, "injured", 27, "exact", "ауруханада 27 адам жатқанын", **HM)
    C(d, "injured", 11, "exact", "оның 11-і ауыр жағдайда", **HM)
    C(d, "killed", 3, "exact", "экипаждың үш мүшесі — екі ұшқыш пен бір бортсерік — қаза тапқанын", "Azerbaijan Airlines (AZAL)", "company", group=CR, stext="AZAL компаниясы", **P)
    C(d, "killed", 67, "exact", "«ұшақтағы 67 адамның бәрі қаза тапты»", "social media", "social_media", "unconfirmed", stext="әлеуметтік желілерде", **P)
    C(d, "killed", 67, "exact", "бұл ақпаратты жалған деп атады", "Kazakhstan Emergency Situations Ministry", "official", "denied", stext="Төтенше жағдайлар министрлігі", **P)

    f = "aktau_feed_kk.rss#"
    C(f + "akt-1", "killed", 38, "exact", "қаза тапқандар саны 38-ге жетті", **P)
    C(f + "akt-1", "killed", 40, "about", "40-қа жуық адам қаза тапқан", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    AK = dict(src="Mangystau region akimat", stype="official", stext="Маңғыстау облысы әкімдігінің мәліметінше", **P)
    C(f + "akt-1", "killed", 38, "exact", "апаттан 38 адам қаза тапты", **AK)
    C(f + "akt-1", "injured", 29, "exact", "Ауруханаларда 29 адам ем алып жатыр", **AK)
    C(f + "akt-1", "injured", 3, "exact", "оның ішінде 3 бала", group=CH, **AK)
    C(f + "akt-1", "deployed", None, "vague", "ондаған құтқарушы жұмыс істеді", **P)
    C(f + "akt-1", "killed", 42, "exact", "қаза тапқандар 42 адам деп жазды", "Russian Telegram channels", "social_media", "unconfirmed", stext="Ресейлік Telegram-арналар", **P)
    C(f + "akt-2", "injured", 18, "exact", "тірі қалған жолаушылардың 18-і әлі Ақтаудағы ауруханаларда жатыр", "Kazakhstan Health Ministry", "official", stext="Денсаулық сақтау министрлігінің дерегінше", **P)
    C(f + "akt-2", "killed", 3, "exact", "ал 3 мүшесі қаза тапқанын", "Azerbaijan Airlines (AZAL)", "company", group=CR, stext="Компания өкілі", **P)

    d = "aktau_mtblog_en.txt"
    C(d, "killed", 35, "exact", "are lost 35 persons", "The first news", "unknown", **P)
    EM = dict(src="The Ministry of Emergency of Kazakhstan", stype="official", **P)
    C(d, "killed", 38, "exact", "tells now: are lost 38 persons", **EM)
    C(d, "injured", 29, "exact", "Alive are 29 persons, all they are in the hospital", **EM)
    C(d, "injured", 2, "exact", "From them 2 are children", group=CH, **EM)
    C(d, "injured", 11, "exact", "In heavy state are 11 persons, the doctors say", "the doctors", "official", **P)
    C(d, "killed", 3, "exact", "from the crew are lost three", "The company AZAL", "company", group=CR, **P)
    C(d, "killed", 40, "more_than", '"more than 40 are dead"', "Some Russian channel", "social_media", "unconfirmed", **P)
    C(d, "killed", 40, "more_than", "The Ministry of Emergency of Kazakhstan called this a fake", mod="denied", **EM)
    C(d, "killed", 38, "exact", "Rest in peace 38 souls", **P)

    # ================================================================ Makiivka vocational school strike, New Year's night 2023
    P = dict(place=MAK, date=D_MK)
    d = "makiivka_report_ru.txt"  # cp1251
    C(d, "killed", 89, "exact", "Минобороны признало 89 погибших", "Russian Defence Ministry", "official", stext="Минобороны", **P)
    C(d, "killed", 89, "exact", "при ударе по временному пункту дислокации в Макеевке до 89 человек", "Russian Defence Ministry", "official", stext="Министерство обороны России", **P)
    C(d, "killed", 63, "exact", "ведомство говорило о 63 погибших военнослужащих", "Russian Defence Ministry", "official", stext="ведомство", **P)
    C(d, "killed", None, "vague", "Военкоры писали о «сотнях» погибших и раненых", "war correspondents' Telegram channels", "social_media", alt=["casualties:vague"], stext="Военкоры", **P)
    C(d, "missing", 50, "at_most", "под завалами могли оставаться до 50 человек", "war correspondents' Telegram channels", "social_media", stext="Военкоры", **P)
    SC = dict(src="Strategic Communications of the Ukrainian Armed Forces", stype="official", stext="В Стратегических коммуникациях ВСУ", **P)
    C(d, "killed", 400, "about", "уничтожены около 400 мобилизованных", **SC)
    C(d, "injured", 300, "about", "ещё около 300 ранены", **SC)
    C(d, "injured", 30, "more_than", "доставлены более 30 раненых", "DPR health ministry", "official", stext="По данным минздрава ДНР", **P)
    SG = "soldiers from the Samara region"
    C(d, "killed", 200, "more_than", "«более чем 200 погибших»", "Samara social media groups", "social_media", "unconfirmed", group=SG, stext="В самарских пабликах", **P)
    C(d, "killed", 200, "more_than", "эти сообщения назвали «фейком»", "Samara regional government", "official", "denied", group=SG, stext="В правительстве Самарской области", **P)

    d = "makiivka_statement_uk.txt"  # the spokesman of the Ukrainian southern and eastern defence forces in his own voice
    C(d, "killed", 400, "about", "знищено близько 400 мобілізованих", **P)
    C(d, "injured", 300, "about", "Ще близько 300 отримали поранення", **P)
    C(d, "killed", 63, "exact", "Міністерство оборони Росії визнало 63 загиблих", "Russian Defence Ministry", "official", "unconfirmed", stext="Міністерство оборони Росії", **P)
    C(d, "killed", 63, "exact", "Ця цифра не відповідає дійсності", mod="denied", **P)
    C(d, "injured", 30, "more_than", "більш як 30 поранених", "occupation authorities of the so-called DPR", "official", stext="Окупаційна влада так званої ДНР", **P)

    f = "makiivka_articles_en.jsonl#"
    MO = dict(src="Russia's Defence Ministry", stype="official", **P)
    C(f + "mk1", "killed", 63, "exact", "Russia admits 63 soldiers killed", "Russia", "official", **P)
    C(f + "mk1", "killed", 63, "exact", "said 63 of its servicemen were killed", **MO)
    US = dict(src="Ukraine's military Strategic Communications department", stype="official", **P)
    C(f + "mk1", "killed", 400, "about", "About 400 mobilised Russian soldiers were killed", **US)
    C(f + "mk1", "injured", 300, "about", "about 300 wounded", **US)
    C(f + "mk1", "killed", None, "vague", 'wrote of "hundreds" of dead and wounded', "Pro-war Russian bloggers", "social_media", alt=["casualties:vague"], **P)
    C(f + "mk2", "killed", 89, "exact", "Makiivka toll rises to 89", **P)
    C(f + "mk2", "killed", 89, "exact", "rose to 89 after more bodies were recovered", **MO)
    C(f + "mk2", "injured", 100, "more_than", "more than 100 soldiers had been wounded", "A Russian war correspondent", "media", **P)
    C(f + "mk2", "killed", 600, "exact", '"600 occupiers" were killed', "Ukrainian Telegram channels", "social_media", "unconfirmed", **P)
    C(f + "mk2", "killed", 600, "exact", 'was dismissed as "fabricated" by the Russian Defence Ministry', "the Russian Defence Ministry", "official", "denied", **P)
    C(f + "mk2", "missing", 15, "at_least", "at least 15 soldiers from the region were still missing", "The Samara regional government", "official", group=SG, **P)

    # ================================================================ Sumgait pogrom, 27-29 February 1988
    P = dict(place=SUM, date=D_SG)
    AR, AZ, SO = "Armenians", "Azerbaijanis", "soldiers"
    d = "sumgait_wiki_ru.wiki"
    PR = dict(src="USSR Prosecutor's Office", stype="official", stext="Прокуратура СССР", **P)
    C(d, "killed", 32, "exact", "| погибшие       = 32 (официально)", **PR)
    C(d, "killed", 32, "exact", "в Сумгаите погибли 32 человека", **PR)
    C(d, "injured", 100, "more_than", "| раненые        = более 100", "Sumgait: a chronicle of events (Prometei)", "media", stext="Сумгаит: хроника событий", **P)
    C(d, "detained", 400, "about", "| задержанные    = около 400", place=SUM, date="1988")
    C(d, "convicted", 94, "exact", "| осуждённые     = 94", place=SUM, date=None)
    C(d, "killed", 2, "exact", "22 февраля у [[Аскеран]]а погибли двое азербайджанцев", group=AZ, place=ASK, date="1988-02-22")
    C(d, "participants", None, "vague", "толпа в несколько тысяч человек", place=SUM, date="1988-02-27")
    C(d, "deployed", 2500, "about", "около 2500 военнослужащих", "USSR Interior Ministry", "official", stext="по данным МВД СССР", place=SUM, date="1988-02-28")
    PR = dict(src="USSR Prosecutor's Office", stype="official", stext="Согласно официальным данным Прокуратуры СССР", **P)
    C(d, "killed", 32, "exact", "погибли 32 человека — 26 армян", **PR)
    C(d, "killed", 26, "exact", "26 армян", group=AR, **PR)
    C(d, "killed", 6, "exact", "и 6 азербайджанцев", group=AZ, **PR)
    C(d, "injured", 100, "more_than", "Более 100 человек получили ранения", **PR)
    C(d, "injured", 270, "exact", "среди раненых было также 270 военнослужащих", "command of the internal troops", "official", group=SO, stext="по данным командования внутренних войск", **P)
    C(d, "injured", 270, "exact", "270 военнослужащих ранены в Сумгаите", "Krasnaya Zvezda", "media", group=SO, stext="Красная звезда", **P)
    C(d, "killed", None, "vague", "погибли «сотни» армян", "Armenian sources", "unknown", "unconfirmed", group=AR, stext="Армянские источники", **P)
    C(d, "killed", None, "vague", "«не соответствующими действительности»", "USSR Prosecutor General's Office", "official", "denied", group=AR, stext="Генеральная прокуратура СССР", **P)
    C(d, "killed", [50, 60], "range", "насчитали от 50 до 60 убитых", "Armenian researchers", "ngo", stext="Армянские исследователи", **P)
    C(d, "detained", 400, "about", "были задержаны около 400 человек", place=SUM, date="1988")
    C(d, "charged", 94, "exact", "Уголовные дела в отношении 94 человек были переданы в суды", place=SUM, date="1988")
    C(d, "convicted", 1, "exact", "Ахмед Ахмедов был приговорён к расстрелу Верховным судом СССР", "Supreme Court of the USSR", "official", stext="Верховным судом СССР", place=SUM, date="1988")

    d = "sumgait_news_kk.txt"
    C(d, "killed", 32, "exact", "ресми 32 құрбан", "official figures", "official", stext="ресми", **P)
    C(d, "killed", None, "vague", "армян деректері — жүздеген адам", "Armenian sources", "unknown", stext="армян деректері", **P)
    PG = dict(src="USSR Prosecutor General's Office", stype="official", stext="КСРО Бас прокуратурасының ресми мәліметі бойынша", **P)
    C(d, "killed", 32, "exact", "оқиғалар кезінде 32 адам қаза тапты", **PG)
    C(d, "killed", 26, "exact", "оның 26-сы армян", group=AR, **PG)
    C(d, "killed", 6, "exact", "6-уы әзербайжан", group=AZ, **PG)
    C(d, "injured", 100, "more_than", "100-ден астам адам жараланды", **PG)
    C(d, "killed", None, "vague", "қаза тапқандар жүздеген адам болуы мүмкін", "Armenian Foreign Ministry", "official", stext="Армения Сыртқы істер министрлігінің мәлімдемесінде", **P)
    C(d, "killed", 200, "more_than", "200-ден астам адам өлтірілді", "Armenian community activists", "activist", "unconfirmed", stext="Армян қауымдастығының белсенділері", **P)
    C(d, "detained", 400, "about", "400-ге жуық адам ұсталды", place=SUM, date="1988")
    C(d, "convicted", 80, "more_than", "80-нен астам адам сотталды", place=SUM, date=None)
    C(d, "convicted", 1, "exact", "солардың бірі ату жазасына кесілді", place=SUM, date=None)

    d = "sumgait_press_en.html"  # the Sumgait Memory Foundation in its own voice
    C(d, "killed", 32, "exact", "The Soviet authorities admitted 32 deaths", "The Soviet authorities", "official", **P)
    C(d, "killed", 53, "at_least", "the names of at least 53 Armenians who were killed", group=AR, **P)
    UP = dict(src="USSR Prosecutor's Office", stype="official", **P)
    C(d, "killed", 32, "exact", "<tr><td>Killed in total</td><td>32</td></tr>", **UP)
    C(d, "killed", 26, "exact", "<tr><td>of them Armenians</td><td>26</td></tr>", group=AR, **UP)
    C(d, "killed", 6, "exact", "<tr><td>of them Azerbaijanis</td><td>6</td></tr>", group=AZ, **UP)
    C(d, "injured", 100, "more_than", "<tr><td>Injured</td><td>over 100</td></tr>", **UP)
    C(d, "buildings_damaged", 200, "about", "<tr><td>Flats looted</td><td>about 200</td></tr>", **UP)
    C(d, "killed", None, "vague", "a few victims", "Soviet television", "media", **P)
    C(d, "detained", 400, "about", "about 400 people had been detained", "the Prosecutor's Office", "official", place=SUM, date="1988")
    C(d, "charged", 94, "exact", "94 were eventually put on trial", "the Prosecutor's Office", "official", place=SUM, date="1988")
    C(d, "convicted", 1, "exact", "Only one, Ahmed Ahmedov, was sentenced to death", place=SUM, date="1988")
    C(d, "vehicles_damaged", None, "vague", "dozens of cars were burning in the yards", "a survivor", "eyewitness", **P)

    # ================================================================ Tashkent bombings, 16 February 1999
    P = dict(place=TSH, date=D_TS)
    POL = "police"
    d = "tashkent_timeline_ru.md"
    C(d, "injured", None, "vague", "о десятках раненых на площади Независимости", "first eyewitnesses", "eyewitness", stext="Первые очевидцы", **P)
    MV = dict(src="Uzbek Interior Ministry press service", stype="official", stext="Пресс-служба МВД", **P)
    C(d, "killed", 9, "exact", "Пресс-служба МВД: погибли 9 человек", **MV)
    C(d, "injured", 60, "more_than", "ранены более 60", **MV)
    MZ = dict(src="Uzbek health ministry", stype="official", stext="Минздрав Узбекистана", **P)
    C(d, "injured", 112, "exact", "в больницы города доставлены 112 человек", **MZ)
    C(d, "injured", 24, "exact", "24 из них в тяжёлом состоянии", **MZ)
    C(d, "killed", 100, "about", "слухи о «сотне погибших»", "rumours in the city", "unknown", "unconfirmed", stext="В городе ходят слухи", **P)
    C(d, "killed", 100, "about", "МВД называет их «вымыслом»", "Uzbek Interior Ministry", "official", "denied", stext="МВД", **P)
    GP = dict(src="Prosecutor General's Office of Uzbekistan", stype="official", stext="Генеральная прокуратура", **P)
    C(d, "killed", 13, "exact", "Генеральная прокуратура: погибли 13 человек", **GP)
    C(d, "killed", 2, "exact", "в том числе двое сотрудников милиции", group=POL, **GP)
    C(d, "injured", 128, "exact", "двое сотрудников милиции; ранены 128", **GP)
    C(d, "detained", 18, "exact", "задержании первых подозреваемых — 18 человек", "Prosecutor General's Office of Uzbekistan", "official", stext="Генпрокуратура", place=TSH, date="1999-02-17")
    C(d, "killed", 30, "at_least", "погибших «не меньше 30»", "Muhammad Salih, leader of the opposition Erk party", "opposition", stext="лидер оппозиционной партии «Эрк» Мухаммад Салих", **P)
    MZ["stext"] = "Минздрав"
    C(d, "killed", 2, "exact", "в больнице скончались ещё двое раненых", **MZ)
    C(d, "killed", 15, "exact", "общее число погибших — 15", **MZ)
    C(d, "vehicles_damaged", 17, "exact", "при взрывах сгорели 17 автомобилей", "Uzbek Interior Ministry", "official", stext="В МВД", **P)
    C(d, "buildings_damaged", 5, "exact", "повреждены фасады 5 зданий", "Uzbek Interior Ministry", "official", stext="В МВД", **P)
    C(d, "detained", 200, "more_than", "задержаны более 200 человек", "human rights defenders", "ngo", stext="Правозащитники", place=TSH, date="1999-02")
    OF = dict(src="official figures", stype="official", **P)
    C(d, "killed", 16, "exact", "Официальное число жертв — 16 погибших", stext="Официальное число жертв", **OF)
    C(d, "injured", 128, "exact", "16 погибших и 128 раненых.", stext="Официальное число жертв", **OF)
    C(d, "detained", 100, "about", "под стражей находятся около 100 обвиняемых", place=TSH, date="1999-03")
    C(d, "detained", None, "vague", "задержаны «сотни» людей", "Human Rights Watch", "ngo", stext="Human Rights Watch", place=TSH, date=["1999-02", "1999-05"])
    SC = dict(src="Supreme Court of Uzbekistan", stype="official", stext="Верховный суд Узбекистана", place=TSH)
    C(d, "charged", 22, "exact", "из 22 подсудимых", date="1999-06-28", **SC)
    C(d, "convicted", 6, "exact", "шестеро приговорены к смертной казни", date="1999-06-28", **SC)
    C(d, "convicted", 11, "exact", "осуждены ещё 11 человек", place=TSH, date="1999-08")
    C(d, "convicted", 2, "exact", "Мухаммад Салих и Тахир Юлдашев заочно приговорены", place=TSH, date="2000-11")
    # the table of figures per source
    r = "| Пресс-служба МВД | 16.02 | 9 | более 60 | — |"
    C(d, "killed", 9, "exact", r, **MV)
    C(d, "injured", 60, "more_than", r, **MV)
    r = "| Генеральная прокуратура | 17.02 | 13 | 128 | 18 |"
    C(d, "killed", 13, "exact", r, **GP)
    C(d, "injured", 128, "exact", r, **GP)
    C(d, "detained", 18, "exact", r, "Prosecutor General's Office of Uzbekistan", "official", stext="Генеральная прокуратура", place=TSH, date="1999-02-17")
    C(d, "killed", 15, "exact", "| Минздрав Узбекистана | 18.02 | 15 | — | — |", "Uzbek health ministry", "official", stext="Минздрав Узбекистана", **P)
    r = "| Официальные данные | 19.02 | 16 | 128 | — |"
    C(d, "killed", 16, "exact", r, stext="Официальные данные", **OF)
    C(d, "injured", 128, "exact", r, stext="Официальные данные", **OF)
    C(d, "killed", 30, "at_least", "| Мухаммад Салих («Эрк») | 17.02 | не меньше 30 | — | — |", "Muhammad Salih, leader of the opposition Erk party", "opposition", stext="Мухаммад Салих («Эрк»)", **P)
    C(d, "detained", None, "vague", "| Human Rights Watch | 05.1999 | — | — | сотни |", "Human Rights Watch", "ngo", stext="Human Rights Watch", place=TSH, date=["1999-02", "1999-05"])
    C(d, "killed", 16, "exact", "Официальные данные о 16 погибших", stext="Официальные данные", **OF)
    C(d, "injured", 128, "exact", "и 128 раненых с тех пор не пересматривались", stext="Официальные данные", **OF)

    w = "tashkent_wiki_en.atom#tsh-wp"
    C(w, "killed", 16, "exact", "| fatalities = 16", "Reuters", "media", **P)
    C(w, "killed", 16, "exact", "Tashkent bomb death toll rises to 16", "Reuters", "media", **P)
    C(w, "injured", 128, "exact", "| injuries = 128", "Associated Press", "media", **P)
    C(w, "injured", 128, "exact", "Uzbek prosecutor says 128 hurt in Tashkent blasts", "Associated Press", "media", **P)
    C(w, "killed", 9, "exact", "The Interior Ministry first reported 9 dead", "The Interior Ministry", "official", **P)
    GE = dict(src="the Prosecutor General's Office", stype="official", **P)
    C(w, "killed", 13, "exact", "13 people had been killed", **GE)
    C(w, "injured", 128, "exact", "and 128 injured", **GE)
    C(w, "killed", 16, "exact", "the official death toll was later raised to 16", "Uzbek authorities", "official", **P)
    C(w, "killed", 30, "at_least", "at least 30 people had died", "Uzbek opposition figures in exile", "opposition", "unconfirmed", **P)
    C(w, "killed", 30, "at_least", 'a claim the government dismissed as "slander"', "the government", "official", "denied", **P)
    C(w, "detained", None, "vague", "hundreds of people were detained in the following months", "Human Rights Watch", "ngo", place=TSH, date="1999")
    w = "tashkent_wiki_en.atom#tsh-talk"
    SV = dict(src="The Supreme Court verdict", stype="official", place=TSH, date="1999-06-28")
    C(w, "charged", 22, "exact", "22 defendants", **SV)
    C(w, "convicted", 6, "exact", "six were sentenced to death", **SV)
    C(w, "convicted", 11, "exact", "A second trial in August convicted 11 more", place=TSH, date="1999-08")
    C(w, "detained", 100, "about", "about 100 people were in custody by March", "the Prosecutor General's Office", "official", place=TSH, date="1999-03")
    C(w, "detained", 100, "about", "Uzbekistan holds about 100 over Tashkent bombings", "Interfax", "media", place=TSH, date="1999-03")
    C(w, "killed", None, "vague", 'the "hundreds dead" rumours from the first evening', "rumours from the first evening", "unknown", "unconfirmed", **P)
    C(w, "vehicles_damaged", 17, "exact", "17 cars burned is in the Russian sources", "the Russian sources", "media", **P)

    d = "tashkent_report_uk.txt"
    C(d, "killed", 13, "exact", "Вибухи в Ташкенті: 13 загиблих", **P)
    GU = dict(src="Prosecutor General's Office of Uzbekistan", stype="official", stext="Генеральна прокуратура Узбекистану", **P)
    C(d, "killed", 13, "exact", "загинули 13 осіб", **GU)
    C(d, "injured", 128, "exact", "128 дістали поранення", **GU)
    C(d, "killed", 2, "exact", "Серед загиблих — двоє міліціонерів", group=POL, **GU)
    C(d, "killed", 9, "exact", "пресслужба МВС називала 9 загиблих", "Uzbek Interior Ministry press service", "official", stext="пресслужба МВС", **P)
    C(d, "detained", 18, "exact", "затримала 18 підозрюваних", "Prosecutor's Office", "official", stext="Прокуратура", place=TSH, date="1999-02-17")
    C(d, "killed", 30, "at_least", "загиблих щонайменше 30", "Muhammad Salih, leader of the opposition Erk party", "opposition", stext="лідер партії «Ерк» Мухаммад Саліх", **P)
    C(d, "killed", None, "vague", "загинули «десятки людей»", "eyewitnesses", "eyewitness", stext="Очевидці", **P)

    # ================================================================ Vilnius TV tower, night of 12-13 January 1991
    P = dict(place=VIL, date=D_VL)
    d = "vilnius_export_uk.xml#40213"
    C(d, "killed", 14, "exact", "| загиблі    = 14", "LRT", "media", stext="LRT", **P)
    C(d, "killed", 14, "exact", "Сейм Литви вшанував 14 загиблих біля телевежі", "LRT", "media", stext="LRT", **P)
    C(d, "injured", 702, "exact", "| поранені   = 702", "Sausio 13-oji: dokumentai (documents)", "media", stext="Sausio 13-oji: dokumentai", **P)
    C(d, "convicted", 67, "exact", "| засуджені  = 67 (2019, здебільшого заочно)", place=VIL, date="2019-03-27")
    C(d, "participants", None, "vague", "стояли тисячі беззбройних людей", **P)
    C(d, "killed", 14, "exact", "Загинули 14 людей", **P)
    C(d, "injured", 702, "exact", "Поранення дістали 702 особи", "Lithuanian health ministry", "official", stext="за даними Міністерства охорони здоров'я Литви", **P)
    C(d, "killed", 1, "exact", "Серед військових загинув один офіцер «Альфи»", group="Alpha officers", **P)
    C(d, "killed", None, "vague", "загиблих «не більше кількох осіб»", "Soviet television", "media", "unconfirmed", stext="Радянське телебачення", **P)
    C(d, "killed", None, "vague", "Генеральна прокуратура Литви назвала ці твердження неправдою", "Prosecutor General's Office of Lithuania", "official", "denied", stext="Генеральна прокуратура Литви", **P)
    C(d, "participants", None, "vague", "десятки тисяч людей зібралися біля будівлі Верховної Ради", place=VIL, date="1991-01-13")
    C(d, "convicted", 6, "exact", "засудив шістьох членів Комуністичної партії Литви", "a court in Vilnius", "official", stext="суд у Вільнюсі", place=VIL, date="1999")
    C(d, "convicted", 67, "exact", "визнав винними 67 осіб", "Vilnius Regional Court", "official", stext="Вільнюський окружний суд", place=VIL, date="2019-03-27")

    d = "vilnius_report_uk.txt"
    LH = dict(src="Lithuanian health ministry", stype="official", stext="За даними Міністерства охорони здоров'я Литви", **P)
    C(d, "killed", 13, "exact", "на ранок загинули 13 людей", **LH)
    C(d, "injured", 140, "more_than", "Понад 140 поранених доставлено до лікарень", **LH)
    C(d, "injured", None, "vague", "ще кілька сотень звернулися по допомогу самі", **LH)
    C(d, "killed", 1, "exact", "помер ще один поранений", **P)
    C(d, "killed", 14, "exact", "тепер загиблих 14", **P)
    C(d, "injured", 1000, "more_than", "поранених «понад тисячу»", "Sąjūdis activists", "activist", "unconfirmed", stext="Активісти «Саюдісу»", **P)
    C(d, "detained", 40, "exact", "військові затримали 40 «провокаторів»", "Soviet military commandant's office in Vilnius", "official", stext="Радянська військова комендатура у Вільнюсі", place=VIL, date="1991-01-13")
    C(d, "injured", None, "vague", "«серед військових є поранені»", "garrison commander General Volodymyr Uskhopchik", "official", group="soldiers", stext="Командувач гарнізону генерал Володимир Усхопчик", **P)
    C(d, "participants", 20000, "more_than", "зібралися понад 20 тисяч людей", "our correspondents", "media", stext="за словами наших кореспондентів", place=VIL, date="1991-01-13")
    C(d, "killed", 100, "more_than", "загиблих понад 100", "rumours in Moscow", "unknown", "unconfirmed", stext="У Москві поширюються чутки", **P)
    C(d, "killed", 100, "more_than", "ці чутки назвали вигадкою", "Lithuanian health ministry", "official", "denied", stext="У Міністерстві охорони здоров'я Литви", **P)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d27g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "aktau_news_kk.txt"
    T(d, "2024-12-25T11:28", "AZAL flight 8243 crashes near Aktau (local time)", "2024 жылғы 25 желтоқсанда, сәрсенбі күні, жергілікті уақыт бойынша сағат 11:28 шамасында")
    T(d, "2024-12-25T12:10", "fire put out", "Өрт сағат 12:10 шамасында сөндірілді")
    T(d, "2024-12-25", "ministry revises: 38 dead", "Кешке қарай дерек нақтыланды")
    T(d, "2024-12-26", "national day of mourning in Azerbaijan", "26 желтоқсан ұлттық аза тұту күні")
    f = "aktau_feed_kk.rss#"
    T(f + "akt-1", "2024-12-25T11:28", "plane crashes short of Aktau airport", "кеше, 25 желтоқсанда, сағат 11:28-де")
    T(f + "akt-2", "2024-12-28", "Putin apologises by phone for the 'tragic incident'", "28 желтоқсанда, Владимир Путин")
    T(f + "akt-2", "2024-12-29", "Aliyev: the plane was hit from the ground", "29 желтоқсанда")
    d = "aktau_mtblog_en.txt"
    T(d, "2024-12-25T11:28", "plane falls on the coast near Aktau", "On Wednesday 25 December in 11.28 hours of Aktau time")
    for upd, when, label in (("25.12 13.00", "2024-12-25T13:00", "first news: 35 dead"), ("25.12 18.30", "2024-12-25T18:30", "ministry: 38 dead, 29 alive"),
                             ("26.12 10.00", "2024-12-26T10:00", "AZAL: three crew members dead"), ("27.12 15.00", "2024-12-27T15:00", "versions of the cause"),
                             ("29.12 20.00", "2024-12-29T20:00", "Aliyev: shot from the ground over Russia")):
        T(d, when, label, f"Update {upd}")
    T(d, "2024-12-28", "Putin apologises for the tragic incident", "Yesterday Putin called")

    d = "makiivka_report_ru.txt"
    T(d, "2023-01-01T00:01+03:00", "HIMARS strike on vocational school No. 19 (Moscow time)", "в 00:01 по московскому времени 1 января")
    T(d, "2023-01-01", "first reports in war correspondents' channels", "ещё утром 1 января")
    T(d, "2023-01-02", "Defence Ministry: 63 dead", "Ещё в понедельник, 2 января")
    T(d, "2023-01-03", "Defence Ministry raises the toll to 89", "в ночь на среду, 4 января")
    d = "makiivka_statement_uk.txt"
    T(d, "2022-12-31", "strike on the occupiers' temporary base in Makiivka", "у новорічну ніч, з 31 грудня на 1 січня")
    T(d, "2023-01-02T18:00", "status: rubble still being cleared", "Станом на 18:00 2 січня")
    f = "makiivka_articles_en.jsonl#"
    T(f + "mk1", "2023-01-01", "Ukrainian strike on the Makiivka building", "shortly after midnight on New Year's Day")
    T(f + "mk1", "2023-01-01", "Ukraine's Strategic Communications: about 400 killed", "its Strategic Communications department said on Sunday")
    T(f + "mk1", "2023-01-02", "Russian Defence Ministry admits 63 killed", "Russia's Defence Ministry on Monday said")
    T(f + "mk2", "2023-01-04", "Defence Ministry: toll rises to 89", "the Russian Defence Ministry said early on Wednesday")

    d = "sumgait_wiki_ru.wiki"
    T(d, "1988-02-22", "two Azerbaijanis killed near Askeran", "22 февраля у [[Аскеран]]а")
    T(d, "1988-02-27", "rally in Lenin Square, attacks on Armenians begin", "В субботу, 27 февраля 1988 года")
    T(d, "1988-02-28", "violence peaks", "На следующий день, 28 февраля")
    T(d, "1988-02-28", "internal troops and cadets enter the city", "Вечером 28 февраля в город вошли")
    T(d, "1988-02-29", "curfew, order restored", "29 февраля в городе был введён комендантский час")
    d = "sumgait_news_kk.txt"
    T(d, "1988-02-27", "riots in Sumgait begin", "1988 жылғы 27-29 ақпанда")
    T(d, "1988-02-28", "internal troops enter the city", "Ақпанның 28-і, жексенбі күні кешке")
    T(d, "2023-02-28", "commemoration in Yerevan", "Ереванда 28 ақпанда еске алу шарасы өтті")
    d = "sumgait_press_en.html"
    T(d, "1988-02-27", "crowd gathers in Lenin Square, attacks begin", "on Saturday 27 February 1988")
    T(d, "1988-02-29", "troops take control of the city", "until troops took control of the city on 29 February")
    T(d, "2023-02-28T12:00", "commemoration at Tsitsernakaberd", "at 12:00 on 28 February")

    d = "tashkent_timeline_ru.md"
    for day, entries in (("1999-02-16", (("10:40", "ministers gather at the Cabinet of Ministers"), ("10:55", "first car bomb at the Interior Ministry"), ("11:05", "second blast at the National Bank"),
                                         ("11:10", "gunfire and third blast near the Cabinet of Ministers"), ("11:25", "fourth and fifth blasts"), ("11:50", "sixth blast at the regional hokimiyat"),
                                         ("12:30", "eyewitnesses report dozens wounded"), ("14:15", "Interior Ministry: 9 dead"), ("16:00", "health ministry: 112 in hospital"),
                                         ("18:40", "Karimov on TV: an attempt on my life"), ("21:00", "rumours of a hundred dead called fiction"))),
                         ("1999-02-17", (("09:00", "Prosecutor General: 13 dead, 128 injured"), ("11:30", "18 suspects detained"), ("15:00", "searches in the mahallas"), ("20:00", "Salih denies involvement"))),
                         ("1999-02-18", (("10:00", "health ministry: toll 15"), ("13:00", "Interior Ministry: 17 cars burned"), ("17:30", "rights defenders report mass detentions"))),
                         ("1999-02-19", (("12:00", "funerals; official toll 16 dead, 128 injured"),))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+05:00", label, f"**{hm}**")
    T(d, "1999-03", "IMU leaders and Salih put on the international wanted list", "**Март 1999 года**")
    T(d, "1999-05", "Human Rights Watch reports hundreds detained", "**Май 1999 года**")
    T(d, "1999-06-28", "Supreme Court: six death sentences", "**28 июня 1999 года**")
    T(d, "1999-08", "second trial: 11 more convicted", "**Август 1999 года**")
    T(d, "2000-11", "Salih and Yuldashev sentenced in absentia", "**Ноябрь 2000 года**")
    w = "tashkent_wiki_en.atom#tsh-wp"
    T(w, "1999-02-16T10:55+05:00", "six car bombs between 10:55 and 11:50", "| time = 10:55–11:50 (UTC+5)")
    T(w, "1999-02-16", "car bombs explode in central Tashkent", "on 16 February 1999, within about an hour")
    T(w, "1999-02-17", "Prosecutor General: 13 dead, 128 injured", "On 17 February the Prosecutor General's Office said")
    w = "tashkent_wiki_en.atom#tsh-talk"
    T(w, "1999-06-28", "Supreme Court verdict: six death sentences", "The Supreme Court verdict of 28 June 1999")
    T(w, "1999-08", "second trial convicts 11 more", "A second trial in August")
    d = "tashkent_report_uk.txt"
    T(d, "1999-02-16T10:55", "first blast at the Interior Ministry (local time)", "близько 10:55 за місцевим часом")
    T(d, "1999-02-16", "Interior Ministry press service: 9 dead", "Напередодні ввечері")
    T(d, "1999-02-17", "Prosecutor General: 13 dead, 128 injured", "сьогодні повідомила")

    d = "vilnius_export_uk.xml#40213"
    T(d, "1990-03-11", "Supreme Council proclaims restored independence", "11 березня 1990 року")
    T(d, "1991-01-11", "Soviet troops seize the Press House", "11 січня 1991 року радянські війська")
    T(d, "1991-01-13T02:00", "armoured column moves on the TV tower (local time)", "У ніч з 12 на 13 січня, близько 02:00 за місцевим часом")
    T(d, "1991-01-13", "tens of thousands gather at the Supreme Council", "Вранці 13 січня")
    T(d, "1999", "six Communist Party members convicted", "У 1999 році суд у Вільнюсі")
    T(d, "2019-03-27", "Vilnius Regional Court convicts 67", "27 березня 2019 року")
    d = "vilnius_report_uk.txt"
    T(d, "1991-01-13T01:50+03:00", "tanks arrive at the TV tower (Moscow time)", "У неділю, 13 січня, о 01:50 за московським часом (UTC+3)")
    T(d, "1991-01-14", "a wounded man dies in hospital, toll 14", "Сьогодні, 14 січня")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d27t{n:03d}"
    return rows


ENTITIES = [
    ("Aktau", "place", ["Ақтау", "Ақтаудан", "Ақтаудағы", "Aktau"]),
    ("Mangystau region", "place", ["Маңғыстау облысы", "Маңғыстау облысындағы"]),
    ("Baku", "place", ["Бакуден", "Бакуге", "Баку", "Baku"]),
    ("Grozny", "place", ["Грозныйға", "Грозный", "Grozny"]),
    ("Azerbaijan Airlines", "org", ["AZAL", "«Азербайжан әуе жолдары»"]),
    ("Kazakhstan Emergency Situations Ministry", "org", ["Төтенше жағдайлар министрлігінің", "Төтенше жағдайлар министрлігі", "Ministry of Emergency of Kazakhstan"]),
    ("Ilham Aliyev", "person", ["Ильхам Әлиев", "Әлиев"]),
    ("Vladimir Putin", "person", ["Владимир Путин", "Putin"]),
    ("Makiivka", "place", ["Макеевке", "Макеевки", "Макеевка", "Макіївці", "Макіївки", "Makiivka"]),
    ("Donetsk", "place", ["Донецку", "Донецка", "Донецька"]),
    ("Samara region", "place", ["Самарской области", "Samara region"]),
    ("Russian Defence Ministry", "org", ["Министерство обороны России", "Минобороны", "Міністерство оборони Росії", "Russian Defence Ministry", "Russia's Defence Ministry"]),
    ("Dmitry Azarov", "person", ["Дмитрий Азаров", "Dmitry Azarov"]),
    ("Sumgait", "place", ["Сумгаите", "Сумгаит", "Сумгайыт", "Сумгайытта", "Сумгайыттағы", "Сумгайыттан", "Sumgait"]),
    ("Azerbaijan SSR", "place", ["Азербайджанская ССР", "Азербайджанской ССР", "Әзербайжан КСР-індегі"]),
    ("Yerevan", "place", ["Ереван", "Ереванда", "Yerevan"]),
    ("USSR Prosecutor's Office", "org", ["Прокуратура СССР", "Прокуратуры СССР", "КСРО Бас прокуратурасының"]),
    ("Ahmed Ahmedov", "person", ["Ахмед Ахмедов", "Ahmed Ahmedov"]),
    ("Tashkent", "place", ["Ташкенте", "Ташкента", "Ташкенті", "Tashkent"]),
    ("Islam Karimov", "person", ["Ислама Каримова", "Ислам Каримов", "Іслам Каримов", "Islam Karimov", "Karimov"]),
    ("Muhammad Salih", "person", ["Мухаммад Салих", "Мухаммада Салиха", "Мухаммад Саліх", "Muhammad Salih"]),
    ("Erk", "org", ["Эрк", "Ерк", "Erk"]),
    ("Islamic Movement of Uzbekistan", "org", ["Исламского движения Узбекистана", "Исламское движение Узбекистана", "Islamic Movement of Uzbekistan"]),
    ("Tahir Yuldashev", "person", ["Тахира Юлдашева", "Тахир Юлдашев"]),
    ("Vilnius", "place", ["Вільнюсі", "Вільнюса", "Вільнюс", "Vilnius"]),
    ("Vilnius TV tower", "place", ["Вільнюської телевежі", "Вільнюська телевежа"]),
    ("Alpha group", "org", ["«Альфа»", "«Альфи»"]),
    ("Lithuanian health ministry", "org", ["Міністерства охорони здоров'я Литви", "Міністерстві охорони здоров'я Литви"]),
    ("Sąjūdis", "org", ["Саюдісу", "«Саюдісу»"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset27", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
