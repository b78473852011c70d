"""Write the gold annotations of the second development set: tests/data/devset2/gold/devset2.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset2.py, which checks every anchor:

    python tests/data/devset2/make_gold.py

Conventions are those of ../shared/gold/seeds.* and tests/data/devset/README.md (see ./README.md).
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

ARYS, KEM, KRAM, AND = "Arys", "Kemerovo", "Kramatorsk", "Andijan"
NUK = "Nukus; Karakalpakstan"
D_ARYS, D_KEM, D_KRAM, D_AND = "2019-06-24", "2018-03-25", "2022-04-08", "2005-05-13"
D_NUK = ["2022-07-01", "2022-07-02"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Arys depot explosions, 24 June 2019
    d = "arys_news_kk.txt"
    P = dict(place=ARYS, date=D_ARYS)
    C(d, "killed", 3, "exact", "қаза тапқандар саны үшеуге жетті", **P)
    MH = dict(src="Health Ministry", stype="official", **P)
    C(d, "killed", 3, "exact", "үш адамның өмірін қиды", stext="Денсаулық сақтау министрлігі", **MH)
    C(d, "injured", 165, "exact", "медициналық көмекке 165 адам жүгінген", stext="Министрліктің мәліметінше", **MH)
    C(d, "injured", 40, "about", "40-қа жуығы ауруханаға жатқызылды", stext="Министрліктің мәліметінше", **MH)
    C(d, "injured", 9, "exact", "тоғыз бала Шымкенттегі", group="children", stext="Министрліктің мәліметінше", **MH)
    C(d, "killed", 1, "exact", "Қаза болғандардың бірі — он жасар бала", group="children", stext="Министрліктің мәліметінше", **MH)
    C(d, "killed", 2, "exact", "тағы екеуі — әскери қызметшілер", group="soldiers", stext="Министрліктің мәліметінше", **MH)
    C(d, "deployed", 700, "more_than", "700-ден астам құтқарушы", "Emergencies Committee", "official", stext="Төтенше жағдайлар комитеті", **P)
    C(d, "killed", 100, "about", "«жүзге жуық адам өлді»", "social media posts", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 100, "about", "бұл ақпаратты жоққа шығарып", "regional akimat", "official", "denied", stext="Облыс әкімдігі", **P)
    C(d, "buildings_damaged", 5, "exact", "бес үйдің шатыры ұшып кетті", "local resident Gulnar Abdirakhmanova", "eyewitness", stext="Жергілікті тұрғын Гүлнар Әбдірахманова", **P)
    C(d, "detained", 4, "exact", "төрт адамды ұстады", "police", "official", stext="Полиция", place=ARYS, date=["2019-06-24", "2019-06-25"])

    d = "arys_akimat_kk.html"
    C(d, "killed", 4, "exact", "барлығы 4 адам қаза тапты", **P)
    C(d, "injured", 169, "exact", "қаралғандар саны 169-ға жетті", **P)
    C(d, "injured", 68, "exact", "оның ішінде 68 бала", group="children", **P)
    C(d, "injured", 11, "exact", "11 адам стационарлық емде жатыр", **P)
    C(d, "buildings_damaged", 3100, "more_than", "3 100-ден астам", **P)
    C(d, "buildings_damaged", 86, "exact", "Толық қираған үйлер</td><td>86", **P)
    C(d, "buildings_damaged", 19, "exact", "(мектептер, балабақшалар)</td><td>19", group="schools and kindergartens", **P)
    C(d, "vehicles_damaged", 300, "about", "300-ге жуық", **P)
    C(d, "deployed", 2000, "about", "2 мыңға жуық әскери қызметші мен құтқарушы", place=ARYS, date=["2019-06-24", "2019-06-27"])
    C(d, "missing", 20, "more_than", "Әлеуметтік желілердегі «жиырмадан астам сарбаз хабарсыз кетті»", "social networks", "social_media", "unconfirmed", group="soldiers", stext="Әлеуметтік желілердегі", **P)
    C(d, "missing", 20, "more_than", "«жиырмадан астам сарбаз хабарсыз кетті»", mod="denied", group="soldiers", **P)

    d = "arys_wire_en.txt"
    OFF = dict(src="officials", stype="official", **P)
    HM = dict(src="the health ministry", stype="official", **P)
    C(d, "killed", 3, "at_least", "at least three dead", **P)
    C(d, "killed", 3, "exact", "left three people dead", **OFF)
    C(d, "injured", None, "vague", "scores injured", **OFF)
    C(d, "killed", 1, "exact", "A 10-year-old boy", group="children", **HM)
    C(d, "killed", 2, "exact", "two soldiers were killed", group="soldiers", **HM)
    C(d, "injured", 165, "exact", "165 people had sought medical treatment", **HM)
    C(d, "injured", 39, "exact", "39 remained in hospital", **HM)
    C(d, "injured", 41, "exact", "the number of people hospitalized at 41", "the regional governor's office", "official", **P)
    C(d, "deployed", 700, "more_than", "over 700 rescuers", "the emergencies committee", "official", **P)
    C(d, "killed", None, "vague", "spoke of dozens of dead soldiers", "unverified posts on social media", "social_media", "unconfirmed", group="soldiers", **P)
    C(d, "killed", None, "vague", "the defence ministry dismissed them", "the defence ministry", "official", "denied", group="soldiers", **P)
    C(d, "buildings_damaged", 2000, "at_least", "at least 2,000 homes", "the town's mayor", "official", **P)
    C(d, "detained", 4, "exact", "detained four people suspected of looting", "Police", "official", place=ARYS, date=["2019-06-24", "2019-06-25"])

    # ================================================================ Winter Cherry mall fire, Kemerovo, 25 March 2018
    d = "kemerovo_liveblog_ru.html"
    P = dict(place=KEM, date=D_KEM)
    C(d, "deployed", 288, "exact", "привлечены 288 человек личного состава", "EMERCOM", "official", stext="МЧС", **P)
    C(d, "killed", 3, "at_least", "гибель как минимум трёх человек", "Governor Aman Tuleyev", "official", stext="Губернатор Аман Тулеев", **P)
    EM = dict(src="regional EMERCOM department", stype="official", stext="регионального управления МЧС", **P)
    C(d, "killed", 37, "exact", "жертвами пожара стали 37 человек", **EM)
    C(d, "missing", 69, "exact", "Еще 69 человек считаются пропавшими без вести", **EM)
    C(d, "killed", 53, "exact", "Число жертв достигло 53", **P)
    C(d, "killed", 37, "exact", "извлечены 37 тел", "Investigative Committee", "official", stext="Следственный комитет", **P)
    C(d, "detained", 4, "exact", "Задержаны четыре человека", place=KEM, date="2018-03-26")
    C(d, "detained", 1, "exact", "еще об одном задержании", "Investigative Committee", "official", stext="СК", place=KEM, date="2018-03-26")
    DM = dict(src="deputy EMERCOM minister", stype="official", stext="замминистра МЧС", **P)
    C(d, "killed", 64, "exact", "выросла до 64 погибших", **DM)
    C(d, "killed", 41, "exact", "41 из них — дети", group="children", **DM)
    C(d, "injured", 13, "exact", "В больницах остаются 13 пострадавших", **P)
    C(d, "injured", 79, "exact", "обратились 79 человек", **P)
    C(d, "participants", 3000, "about", "около 3 тысяч человек", "police", "official", stext="по оценке полиции", place=KEM, date="2018-03-27")
    C(d, "participants", [5000, 7000], "range", "о 5–7 тысячах участников", "organizers", "activist", stext="Организаторы", place=KEM, date="2018-03-27")
    RA = dict(src="regional administration", stype="official", stext="в обладминистрации", **P)
    C(d, "killed", 60, "exact", "погибшими числятся 60 человек", **RA)
    C(d, "killed", 37, "exact", "в том числе 37 несовершеннолетних", group="children", **RA)
    C(d, "killed", 156, "exact", "погибли 156 человек", place="Perm", date="2009-12")

    d = "kemerovo_social_ru.md"
    C(d, "killed", 300, "more_than", "более чем 300 погибших", "Ukrainian prankster Yevgeny Volnov", "social_media", "unconfirmed", stext="Украинский пранкер Евгений Вольнов", **P)
    C(d, "killed", 300, "at_least", "Не менее трехсот тел", "Kemerovo blogger Igor Mendelson", "social_media", "unconfirmed", stext="Кемеровский блогер Игорь Мендельсон", **P)
    C(d, "killed", None, "vague", "слухи о сотнях погибших", "Investigative Committee", "official", "denied", stext="в Следственном комитете", **P)
    C(d, "injured", 20, "about", "человек двадцать, многие без сознания", "user Alexei (@kem_alex)", "eyewitness", alt=["killed", "casualties"], stext="Пользователь Алексей (ник @kem_alex)", **P)
    C(d, "killed", 7, "exact", "погибли семеро", "mother of a schoolboy", "eyewitness", group="children", stext="Мать одного из школьников", **P)
    C(d, "killed", 3, "exact", "Отец троих погибших детей", group="children", **P)
    C(d, "participants", 10000, "at_least", "«не меньше десяти тысячах»", "participants on Telegram channels", "social_media", stext="Участники стихийного схода на площади Советов в телеграм-каналах", place=KEM, date="2018-03-27")
    C(d, "participants", 3000, "about", "«порядка 3 тысяч»", "police", "official", stext="Полиция", place=KEM, date="2018-03-27")
    C(d, "detained", None, "vague", "о нескольких задержанных", "activists", "activist", "unconfirmed", stext="Активисты", place=KEM, date="2018-03-27")
    OD = dict(src="official data", stype="official", stext="по официальным данным", **P)
    C(d, "killed", 64, "exact", "| погибли | 64 |", **OD)
    C(d, "killed", 41, "exact", "| из них дети | 41 |", group="children", **OD)
    C(d, "injured", 13, "exact", "| госпитализированы | 13 |", **OD)
    C(d, "participants", 15000, "more_than", "более 15 тысяч человек", "organizers", "activist", stext="по подсчетам организаторов", place="Moscow", date="2018-03-28")

    d = "kemerovo_wiki_uk.wiki"
    C(d, "killed", 60, "exact", "загиблі      = 60", **P)
    C(d, "killed", 37, "exact", "(з них 37 дітей)", group="children", **P)
    C(d, "injured", 79, "exact", "поранені     = 79", **P)
    C(d, "killed", 60, "exact", "забрала життя 60 людей", **P)
    C(d, "killed", 37, "exact", "серед яких 37 дітей", group="children", **P)
    C(d, "killed", 64, "exact", "число погибших выросло до 64", "RIA Novosti", "media", stext="РИА Новости", **P)
    MN = dict(src="EMERCOM of Russia", stype="official", stext="МНС Росії", **P)
    C(d, "killed", 37, "exact", "повідомило про 37 загиблих", **MN)
    C(d, "missing", 69, "exact", "ще 69 осіб вважалися зниклими безвісти", **MN)
    C(d, "missing", 69, "exact", "69 человек числятся пропавшими без вести", "Interfax", "media", stext="Интерфакс", **P)
    C(d, "killed", 64, "exact", "кількість загиблих зросла до 64", **P)
    C(d, "killed", 41, "exact", "41 дитина", group="children", **P)
    C(d, "killed", 60, "exact", "офіційну цифру зменшили до 60", "official figure", "official", stext="офіційну цифру", **P)
    C(d, "killed", 60, "exact", "Death toll revised down to 60", "BBC News", "media", stext="BBC News", **P)
    C(d, "injured", 13, "exact", "До лікарень доправили 13 постраждалих", **P)
    C(d, "injured", 79, "exact", "звернулися 79 осіб", **P)
    C(d, "deployed", 660, "more_than", "понад 660 рятувальників", **P)
    C(d, "deployed", 660, "more_than", "Более 660 спасателей", "TASS", "media", stext="ТАСС", **P)
    C(d, "participants", 3000, "about", "близько трьох тисяч людей", "police", "official", stext="За даними поліції", place=KEM, date="2018-03-27")
    C(d, "participants", None, "vague", "кількадесят тисяч", "organizers", "activist", "unconfirmed", stext="організатори", place=KEM, date="2018-03-27")
    C(d, "killed", 300, "more_than", "чутки про понад 300 загиблих", "rumours online", "social_media", "unconfirmed", stext="У мережі", **P)
    C(d, "killed", 300, "more_than", "влада їх спростувала", "the authorities", "official", "denied", stext="влада", **P)
    C(d, "killed", None, "vague", "слухи о сотнях погибших", "Kommersant", "media", "denied", stext="Коммерсант", **P)
    C(d, "detained", 5, "exact", "затримав п'ятьох осіб", "Investigative Committee", "official", stext="Слідчий комітет", place=KEM, date="2018-03")
    C(d, "charged", 11, "exact", "звинувачення пред'явили 11 особам", place=KEM)
    C(d, "convicted", 10, "exact", "засудив 10 обвинувачених", place=KEM, date="2021")
    C(d, "convicted", 10, "exact", "осуждены 10 человек", "Mediazona", "media", stext="Медиазона", place=KEM, date="2021")

    # ================================================================ Kramatorsk station strike, 8 April 2022
    d = "kramatorsk_official_uk.txt"
    P = dict(place=KRAM, date=D_KRAM)
    C(d, "killed", 50, "exact", "загинули 50 осіб", **P)
    C(d, "killed", 5, "exact", "серед них 5 дітей", group="children", **P)
    C(d, "injured", 98, "exact", "Ще 98 людей отримали поранення", **P)
    C(d, "killed", 52, "exact", "кількість загиблих зросла до 52", **P)
    C(d, "killed", 2, "exact", "померли ще двоє поранених", **P)
    C(d, "injured", 2, "exact", "двоє з них дістали поранення", "Ukrzaliznytsia", "company", group="railway workers", stext="АТ «Укрзалізниця»", **P)
    C(d, "vehicles_damaged", 40, "at_least", "щонайменше 40 автомобілів", **P)

    f = "kramatorsk_feed_en.atom#"
    UZ = dict(src="Ukrzaliznytsia, the state railway company", stype="company", **P)
    KY = dict(src="Regional governor Pavlo Kyrylenko", stype="official", **P)
    C(f + "k1", "killed", None, "vague", "dozens killed", **P)
    C(f + "k1", "killed", 30, "more_than", "more than 30 people had been killed", **UZ)
    C(f + "k1", "injured", 100, "more_than", "over 100 wounded", **UZ)
    C(f + "k1", "killed", 39, "exact", "put the toll at 39 dead", **KY)
    C(f + "k2", "killed", 52, "exact", "Kramatorsk death toll rises to 52", **P)
    C(f + "k2", "killed", 5, "exact", "five of them children", group="children", **P)
    C(f + "k2", "killed", 52, "exact", "Fifty-two people", **KY)
    C(f + "k2", "killed", 5, "exact", "including five children", group="children", **KY)
    C(f + "k2", "injured", 100, "about", "Around 100 others were being treated", **KY)
    C(f + "k2", "killed", None, "vague", "dozens of civilians", "The EU foreign policy chief", "official", **P)
    C(f + "k2", "killed", 1766, "at_least", "at least 1,766 civilian deaths", "the UN human rights office", "official", place="Ukraine", date=["2022-02-24", "2022-04-09"])
    PG = dict(src="Ukraine's Prosecutor General's Office", stype="official", **P)
    C(f + "k3", "killed", 57, "exact", "Prosecutors raise Kramatorsk toll to 57", "Prosecutors", "official", **P)
    C(f + "k3", "injured", 109, "exact", "toll to 57; 109 injured", "Prosecutors", "official", **P)
    C(f + "k3", "killed", 57, "exact", "57 people had been killed", **PG)
    C(f + "k3", "injured", 109, "exact", "in the strike and 109 injured", **PG)
    C(f + "k3", "missing", 2, "exact", "two people were still unaccounted for", "Local volunteers", "activist", **P)

    d = "kramatorsk_news_ru.txt"
    KR = dict(src="head of the Donetsk regional military administration Pavlo Kyrylenko", stype="official",
              stext="глава Донецкой областной военной администрации Павел Кириленко", **P)
    C(d, "killed", 50, "more_than", "погибших уже больше полусотни", **P)
    C(d, "killed", 52, "exact", "стали 52 человека", **KR)
    C(d, "killed", 5, "exact", "в том числе пятеро детей", group="children", **KR)
    C(d, "injured", 109, "exact", "ранения получили 109 человек", **KR)
    C(d, "injured", 16, "exact", "из них 16 — дети", group="children", **KR)
    C(d, "killed", None, "vague", "о гибели десятков мирных жителей", "Russian Ministry of Defence", "official", "denied", stext="Министерство обороны России", **P)
    C(d, "buildings_damaged", 21, "exact", "Поврежден 21 жилой дом", "police", "official", stext="в полиции", **P)
    C(d, "vehicles_damaged", 20, "at_least", "не менее 20 автомобилей", "police", "official", stext="в полиции", **P)
    OG = dict(src="Office of the Prosecutor General of Ukraine", stype="official", stext="Офис генпрокурора Украины", **P)
    C(d, "killed", 57, "exact", "число погибших достигло 57", **OG)
    C(d, "injured", 109, "exact", "пострадавших — 109", **OG)
    C(d, "killed", None, "vague", "«нескольких погибших»", "propaganda Telegram channels", "social_media", "unconfirmed", stext="В пропагандистских телеграм-каналах", **P)

    # ================================================================ Andijan, 13 May 2005
    d = "andijan_ngo_en.md"
    P = dict(place=AND, date=D_AND)
    PGU = dict(src="The Uzbek Prosecutor General's Office", stype="official", **P)
    GOV = dict(src="the government", stype="official", **P)
    C(d, "killed", 187, "exact", "187 people died in Andijan", **PGU)
    C(d, "killed", 94, "exact", '94 were "terrorists"', group="terrorists", **GOV)
    C(d, "killed", 31, "exact", "31 were members of the security forces", group="police", **GOV)
    C(d, "killed", 57, "exact", "57 were civilians", group="civilians", **GOV)
    C(d, "killed", 5, "exact", "five bodies were never identified", group="unidentified", **GOV)
    C(d, "participants", None, "vague", "numbered in the thousands", **P)
    C(d, "participants", [10000, 25000], "range", "estimates range from 10,000 to 25,000", "estimates", "unknown", **P)
    C(d, "killed", 50, "at_least", '"no fewer than 50" bodies', "A witness who hid behind a lorry", "eyewitness", **P)
    C(d, "killed", 300, "more_than", "over 300 bodies", "A doctor at the city hospital", "eyewitness", **P)
    C(d, "killed", 100, "at_least", "at least 100 people who fled towards the border were shot", "Residents of the Bogishamol district", "eyewitness", place="Andijan; Teshiktosh", date=D_AND)
    C(d, "killed", None, "vague", "several hundred", **P)
    C(d, "killed", 745, "exact", "a list of 745 names", "The opposition Erk party", "opposition", "unconfirmed", **P)
    C(d, "detained", None, "vague", "hundreds were rounded up", place=AND, date=["2005-05", "2005-06"])
    C(d, "charged", 15, "exact", "Fifteen men were tried", place=AND, date="2005", alt=["convicted"])
    C(d, "convicted", 15, "exact", "all fifteen were convicted", place=AND, date="2005-11")
    C(d, "convicted", 230, "at_least", "at least 230 people had been convicted", place=AND, date=["2005", "2006"])

    d = "andijan_mtblog_en.txt"
    C(d, "charged", 23, "exact", "23 businessmen who were judged", place=AND, date="2005", alt=["arrested"])
    C(d, "participants", None, "vague", "some thousands", **P)
    C(d, "killed", 30, "at_least", "not less than thirty persons", "My uncle", "eyewitness", **P)
    C(d, "killed", 187, "exact", "Government said 187 peoples died", "Government", "official", **P)
    C(d, "killed", 500, "about", "counted about 500 dead", "Independent journalists", "media", **P)
    C(d, "killed", 745, "exact", "told about 745 killed", 'The party "Erk"', "opposition", "unconfirmed", **P)
    C(d, "killed", None, "vague", 'that there were "hundreds of victims"', "The Uzbek authorities", "official", "denied", **P)
    C(d, "killed", 8, "exact", "8 of them were killed by the border guards", "the refugees", "eyewitness", place="Pakhtaabad", date="2005-05-14")
    C(d, "detained", 200, "more_than", "more than 200 persons were detained by the SNB", place=AND, date="2005")

    d = "andijan_overview_uk.md"
    C(d, "killed", 187, "exact", "**187** — офіційна кількість загиблих", "Prosecutor General's Office of Uzbekistan", "official", stext="Генеральної прокуратури Узбекистану", **P)
    C(d, "killed", 31, "exact", "31 військовослужбовець і правоохоронець", "the authorities", "official", group="police", stext="за версією влади", **P)
    C(d, "killed", [300, 500], "range", "**Від 300 до 500**", "OSCE/ODIHR mission", "official", stext="місії ОБСЄ/БДІПЛ", **P)
    C(d, "killed", 1500, "more_than", "**Понад 1500**", "opposition figure, former SNB officer Ikrom Yakubov", "opposition", "unconfirmed", stext="опозиційний діяч, колишній офіцер СНБ Ікром Якубов", **P)
    C(d, "killed", None, "vague", "«Сотні вбитих»", "Human Rights Watch", "ngo", stext="Human Rights Watch", **P)
    C(d, "killed", None, "vague", "відкинув повідомлення про сотні жертв", "Islam Karimov's government", "official", "denied", stext="Уряд Іслама Карімова", **P)
    C(d, "arrested", 40, "at_least", "заарештували щонайменше 40 родичів біженців", place="Uzbekistan", date="2005")
    C(d, "detained", 3, "exact", "ще трьох місцевих репортерів затримали", group="journalists", place="Uzbekistan", date="2005")

    # ================================================================ Nukus / Karakalpakstan, 1-2 July 2022
    d = "nukus_digest_kk.md"
    P = dict(place=NUK, date=D_NUK)
    C(d, "participants", None, "vague", "мыңдаған адам жиналды", place=NUK, date="2022-07-01")
    C(d, "participants", 10000, "more_than", "10 мыңнан астам адам", "local activists", "activist", stext="Жергілікті белсенділердің", place=NUK, date="2022-07-01")
    NG = dict(src="National Guard of Uzbekistan", stype="official", stext="Өзбекстан Ұлттық гвардиясы", **P)
    C(d, "killed", 18, "exact", "18 адамның қаза тапқанын", **NG)
    C(d, "killed", 21, "exact", "бұл сан 21-ге дейін өсті", **NG)
    C(d, "killed", 4, "exact", "олардың төртеуі", group="police", **NG)
    C(d, "killed", 30, "at_least", "кемінде 30 адам", "Alga Karakalpakstan movement", "opposition", stext="«Алға, Қарақалпақстан» қозғалысы", **P)
    C(d, "killed", None, "vague", "«жүздеген адам өлді»", "Telegram channels", "social_media", "unconfirmed", stext="Telegram-арналарда", **P)
    C(d, "killed", 80, "more_than", "80-нен астам адам қаза тапты", "Tashkent", "official", "denied", stext="Ташкент", **P)
    MZ = dict(src="Health Ministry", stype="official", stext="Денсаулық сақтау министрлігінің мәліметінше", **P)
    C(d, "injured", 243, "exact", "243 адам жарақат алды", **MZ)
    C(d, "injured", 94, "exact", "олардың 94-і ауруханаға түскен", **MZ)
    C(d, "detained", 500, "more_than", "500-ден астам адамды ұстап әкеткен", "opposition representatives", "opposition", stext="Оппозиция өкілдерінің", **P)
    C(d, "detained", 516, "exact", "ұсталғандар саны 516", "official data", "official", stext="Ресми мәлімет", **P)
    C(d, "missing", 2000, "about", "екі мыңға жуық жас жігіт із-түзсіз жоғалды", "blogger Dosymbek (Instagram)", "social_media", "unconfirmed", stext="Блогер Досымбек (Instagram)", **P)

    d = "nukus_prosecutor_ru.txt"
    C(d, "killed", 21, "exact", "погиб 21 человек", **P)
    C(d, "killed", 4, "exact", "в том числе 4 сотрудника правоохранительных органов", group="police", **P)
    C(d, "injured", 243, "exact", "обратились 243 пострадавших", **P)
    C(d, "injured", 38, "exact", "из них 38 — военнослужащие и сотрудники органов внутренних дел", group="police", **P)
    C(d, "injured", 18, "exact", "продолжают находиться 18 человек", **P)
    C(d, "participants", 2000, "about", "порядка 2 тысяч человек", **P)
    C(d, "buildings_damaged", 6, "exact", "Повреждены 6 зданий", **P)
    C(d, "vehicles_damaged", 12, "exact", "сожжены 12 единиц служебного автотранспорта", **P)
    C(d, "detained", 516, "exact", "было задержано 516 лиц", **P)
    C(d, "detained", 62, "exact", "под стражей остаются 62 человека", place=NUK, date="2022-07-15", alt=["arrested"])
    C(d, "charged", 19, "exact", "в отношении 19 организаторов", place=NUK, date=["2022-07-01", "2022-07-15"])
    C(d, "killed", None, "vague", "распространяемая в отдельных зарубежных средствах массовой информации и социальных сетях о гибели «сотен граждан»", "some foreign media and social networks", "social_media", "unconfirmed", stext="в отдельных зарубежных средствах массовой информации и социальных сетях", **P)
    C(d, "killed", None, "vague", "о гибели «сотен граждан»", mod="denied", **P)

    d = "nukus_wire_en.txt"
    C(d, "killed", 21, "exact", "claimed 21 lives", "officials", "official", **P)
    NW = dict(src="the National Guard", stype="official", **P)
    C(d, "killed", 18, "exact", "claimed the lives of 18 people", **NW)
    C(d, "injured", 243, "exact", "left 243 injured", **NW)
    C(d, "detained", 516, "about", "Some 516 people had been rounded up", "A spokesman, Major Abror Mamatov", "official", place=NUK, date=["2022-07-01", "2022-07-04"])
    C(d, "killed", 21, "exact", "raised the toll to 21", "Uzbek authorities", "official", **P)
    C(d, "killed", 9, "at_least", "at least nine protesters appeared to have been shot", "Human Rights Watch", "ngo", **P)
    C(d, "killed", None, "vague", "in the hundreds", "Exiled activists", "activist", **P)
    C(d, "killed", None, "vague", 'a figure the government called "fake news."', "the government", "official", "denied", **P)
    C(d, "detained", 3, "at_least", "At least three reporters were briefly held by police", "press freedom groups", "ngo", group="journalists", place="Nukus", date=["2022-07-01", "2022-07-04"])
    C(d, "convicted", 22, "exact", "sentenced 22 defendants", place="Nukus; Karakalpakstan; Bukhara", date="2023-01")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d2g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "arys_news_kk.txt"
    T(d, "2019-06-24", "explosions begin at the Arys ammunition depot", "дүйсенбі күні таңертең басталған")
    T(d, "2019-06-24T09:20", "first explosion heard", "сағат 09:20")
    T(d, "2019-06-25", "health ministry reports three dead", "сейсенбі күні")
    d = "arys_akimat_kk.html"
    T(d, "2019-06-24", "explosions at the ammunition depot", "24 маусымда Арыс қаласындағы")
    d = "arys_wire_en.txt"
    T(d, "2019-06-24T09:20+06:00", "blasts begin (0320 GMT)", "about 9:20 a.m. local time (0320 GMT) on Monday")
    T(d, "2019-06-25", "Tokayev visits Arys and orders an inquiry", "visited the town on Tuesday")

    d = "kemerovo_liveblog_ru.html"
    for hm, label in (("16:50", "heavy smoke on the fourth floor"), ("17:40", "fire area exceeds 1500 m2, roof collapses"),
                      ("19:15", "EMERCOM: about 120 people evacuated"), ("21:30", "governor confirms at least three dead"),
                      ("23:55", "EMERCOM: 37 dead, 69 missing")):
        T(d, f"2018-03-25T{hm}+07:00", label, f"<b>{hm}</b>")
    for hm, label in (("06:10", "toll reaches 53"), ("11:20", "four people detained"),
                      ("14:00", "toll rises to 64, 41 children"), ("17:35", "13 injured remain in hospital")):
        T(d, f"2018-03-26T{hm}+07:00", label, f"<b>{hm}</b>")
    T(d, "2018-03-27T12:00+07:00", "rally outside the regional administration", "<b>12:00</b>")
    T(d, "2018-03-28T10:05+07:00", "official list corrected to 60 dead", "<b>10:05</b>")
    T(d, "2009-12", "Lame Horse club fire in Perm", "в декабре 2009 года")
    d = "kemerovo_social_ru.md"
    T(d, "2018-03-27", "spontaneous rally in Kemerovo", "## Митинг 27 марта")
    T(d, "2018-03-28", "memorial actions in Moscow", "В среду в Москве")
    d = "kemerovo_wiki_uk.wiki"
    T(d, "2018-03-25", "fire breaks out at the Winter Cherry mall", "25 березня 2018 року")
    T(d, "2018-03-25T16:00", "fire starts on the fourth floor", "близько 16:00 за місцевим часом")
    T(d, "2018-03-26", "toll rises to 64", "Вранці 26 березня")
    T(d, "2018-03-27", "spontaneous rally on Soviets Square", "27 березня на площі Рад")
    T(d, "2018-04-01", "governor Tuleyev resigns", "1 квітня подав у відставку")
    T(d, "2021", "ten defendants convicted", "У 2021 році суд засудив")

    d = "kramatorsk_official_uk.txt"
    T(d, "2022-04-08T10:30", "missile strike on Kramatorsk station", "8 квітня 2022 року близько 10:30")
    T(d, "2022-04-08T18:00", "toll established at 50 dead and 98 injured", "Станом на 18:00")
    T(d, "2022-04-09", "toll rises to 52", "Станом на ранок 9 квітня")
    f = "kramatorsk_feed_en.atom#"
    T(f + "k1", "2022-04-08", "missile strikes the station", "on Friday morning")
    T(f + "k2", "2022-04-09", "governor gives a toll of 52", "Kyrylenko said on Saturday")
    T(f + "k2", "2022-02-24", "Russian invasion begins", "since Feb. 24")
    T(f + "k3", "2022-04-12", "prosecutors raise the toll to 57", "said on Tuesday")
    d = "kramatorsk_news_ru.txt"
    T(d, "2022-04-08", "missile strike on the station", "утром 8 апреля")

    d = "andijan_ngo_en.md"
    T(d, "2005-05-13", "shooting in Andijan", "in Andijan on 13 May")
    T(d, "2005-05-14", "morgue has received over 300 bodies", "the morning of 14 May")
    T(d, "2005-11", "fifteen men convicted by the Supreme Court", "in November 2005")
    T(d, "2005-06", "four refugees forcibly returned", "in June 2005")
    T(d, "2005-05-20", "call for an international inquiry", "on 20 May 2005")
    d = "andijan_mtblog_en.txt"
    T(d, "2005-05-13", "armed group attacks a military unit and the prison", "On the night from 12 to 13 May 2005")
    T(d, "2005-05-13T17:00", "soldiers open fire on the crowd", "At about 17.00 hours")
    T(d, "2005-05-14", "bodies collected by trucks", "Next day, 14.05")
    T(d, "2016", "Karimov dies", "He died in 2016")
    d = "andijan_overview_uk.md"
    T(d, "2005-05-13", "troops fire on the rally on Babur Square", "13 травня 2005 року")
    T(d, "2005-11", "Tashkent demands closure of the US air base", "у листопаді 2005 року")

    d = "nukus_digest_kk.md"
    T(d, "2022-07-01", "thousands gather in central Nukus", "1 шілдеде Нөкістің")
    T(d, "2022-07-02", "internet cut", "2 шілдеден бастап өшірілді")
    T(d, "2022-07-02", "Mirziyoyev visits Nukus and drops the amendments", "2 шілдеде Нөкіске барып")
    d = "nukus_prosecutor_ru.txt"
    T(d, "2022-07-01", "mass unrest in Nukus (1-2 July)", "1–2 июля 2022 года в городе Нукусе")
    d = "nukus_wire_en.txt"
    T(d, "2022-07-01", "protests erupt in Nukus", "broke out on July 1")
    T(d, "2022-07-02", "Mirziyoyev drops the amendments", "dropped the amendments a day later")
    T(d, "2022-07-04", "National Guard gives first casualty figures", "said on Monday")
    T(d, "2023-01", "Bukhara court sentences 22 defendants", "In January 2023")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d2t{n:03d}"
    return rows


ENTITIES = [
    ("Arys", "place", ["Арыс", "Арыстағы", "Arys"]),
    ("Shymkent", "place", ["Шымкенттегі", "Шымкентке", "Shymkent"]),
    ("Turkestan Region", "place", ["Түркістан облысындағы", "Түркістан облысының"]),
    ("Kemerovo", "place", ["Кемерове", "Кемерово", "Кемерові"]),
    ("Winter Cherry", "place", ["Зимняя вишня", "Зимней вишне", "Зимова вишня"]),
    ("Aman Tuleyev", "person", ["Аман Тулеев", "Аман Тулєєв"]),
    ("Kramatorsk", "place", ["Краматорськ", "Краматорська", "Краматорска", "Kramatorsk"]),
    ("Ukrzaliznytsia", "org", ["Укрзалізниця", "Укрзализныци", "Ukrzaliznytsia"]),
    ("Pavlo Kyrylenko", "person", ["Павло Кириленко", "Павел Кириленко", "Pavlo Kyrylenko", "Kyrylenko"]),
    ("Andijan", "place", ["Andijan", "Андижан"]),
    ("Islam Karimov", "person", ["Islam Karimov", "Karimov", "Іслама Карімова"]),
    ("Uzbekistan", "place", ["Uzbekistan", "Узбекистан", "Узбекистану", "Өзбекстан"]),
    ("Kyrgyzstan", "place", ["Kyrgyzstan", "Киргизстаном"]),
    ("Nukus", "place", ["Nukus", "Нукусе", "Нөкістің", "Нөкіске"]),
    ("Karakalpakstan", "place", ["Karakalpakstan", "Каракалпакстан", "Қарақалпақстанның", "Қарақалпақстанда"]),
    ("Shavkat Mirziyoyev", "person", ["Shavkat Mirziyoyev", "Шавкат Мирзиёев"]),
    ("Dauletmurat Tazhimuratov", "person", ["Dauletmurat Tazhimuratov", "Даулетмурата Тажимуратова"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset2", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
