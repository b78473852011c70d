"""Write the gold annotations of the twenty-third development set: tests/data/devset23/gold/devset23.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset23.py, which checks every anchor:

    python tests/data/devset23/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `abadan_report_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

ALA, ABD, MOS, BUC, BUD, KYR, BEL = "Alma-Ata", "Abadan", "Moscow", "Bucha", "Bucha district", "Kyiv region", "Belgorod"
D_JQ = ["1986-12-17", "1986-12-18"]  # the protests and their dispersal
D_AB = "2011-07-07"
D_NO = ["2002-10-23", "2002-10-26"]  # the siege, from the seizure to the storm
D_NO174 = ["2002-10-23", "2007"]  # the survivors' list counts later deaths from the after-effects
D_BU = ["2022-02-27", "2022-03-31"]  # the occupation of Bucha, during which the killings took place
D_BG = "2023-12-30"
D_BGDET = ["2023-12-30", "2024-01-02"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ Jeltoqsan, Alma-Ata, 17-18 December 1986
    P = dict(place=ALA, date=D_JQ)
    DR, POL, ST = "druzhinniks", "police", "students"
    d = "jeltoqsan_news_kk.txt"
    C(d, "killed", 2, "exact", "екі адамның қаза тапқанын хабарлаған", "Soviet authorities", "official", stext="Сол кездегі кеңестік билік", **P)
    C(d, "killed", 1, "exact", "олардың бірі — жасақшы", "Soviet authorities", "official", group=DR, stext="Сол кездегі кеңестік билік", **P)
    C(d, "participants", 3000, "about", "«3 мыңға жуық»", "official bodies", "official", stext="ресми орындар", **P)
    C(d, "participants", None, "vague", "ондаған мың жастың жиналғанын", "eyewitnesses", "eyewitness", stext="куәгерлер", **P)
    CM = dict(src="Kazakh SSR Supreme Soviet commission", stype="official", stext="Қазақ КСР Жоғарғы Кеңесінің 1990 жылы құрылған комиссиясының қорытындысында")
    C(d, "detained", 8500, "more_than", "8500-ден астам адамның ұсталғаны", place=ALA, date="1986-12", **CM)
    C(d, "injured", 1700, "about", "1700-ге жуық адамның ауыр жарақат алғаны", **CM, **P)
    C(d, "injured", 763, "exact", "жараланғандардың арасында 763 милиция қызметкері", "commission member Mukhtar Shakhanov", "official", group=POL, stext="Комиссия мүшесі Мұхтар Шахановтың айтуынша", **P)
    C(d, "convicted", 99, "exact", "99 адам сотталды", place=ALA, date="1987")
    C(d, "dismissed", 264, "exact", "264 студент оқу орындарынан шығарылды", group=ST, place=ALA, date="1987")
    C(d, "killed", 168, "at_least", "кемінде 168 адам көз жұмған", "Zheltoqsan public association", "ngo", stext="«Желтоқсан» қоғамдық бірлестігінің дерегінше", **P)
    C(d, "killed", None, "vague", "алаңда жүздеген жастың өлтірілгенін айтады", "eyewitnesses", "eyewitness", "unconfirmed", stext="Куәгерлер", **P)
    C(d, "killed", None, "vague", "бұл әңгімелерді «арандатушылық қауесет» деп атаған", "Kazakh SSR Interior Ministry", "official", "denied", stext="Қазақ КСР Ішкі істер министрлігінің өкілі", **P)
    C(d, "convicted", 1, "exact", "Қайрат Рысқұлбековке ату жазасы кесілді", place=ALA, date="1987")

    d = "jeltoqsan_wiki_ru.wiki"
    C(d, "participants", 3000, "at_least", "от 3 тысяч (офиц.)", "Soviet authorities", "official", stext="офиц.", **P)
    C(d, "participants", None, "vague", "до нескольких десятков тысяч", **P)
    C(d, "killed", 2, "exact", "| Погибшие      = 2", "TASS", "media", stext="ТАСС", **P)
    C(d, "injured", 1700, "about", "| Раненые       = около 1700", **P)
    C(d, "detained", 8500, "more_than", "| Задержанные   = более 8500", place=ALA, date="1986-12")
    C(d, "participants", 3000, "about", "на площадь вышли около 3 тысяч человек", "Soviet authorities", "official", stext="По официальной оценке", **P)
    C(d, "participants", 30000, "at_least", "говорили о 30 тысячах и более", "participants and eyewitnesses", "eyewitness", stext="участники и очевидцы", **P)
    C(d, "deployed", 5000, "more_than", "в город перебросили более 5 тысяч военнослужащих", place=ALA, date="1986-12-17")
    C(d, "killed", 2, "exact", "официально признавалась гибель двух человек", "Soviet authorities", "official", stext="официально признавалась", **P)
    MV = dict(src="Kazakh SSR Interior Ministry", stype="official", stext="По данным МВД Казахской ССР", **P)
    C(d, "injured", 763, "exact", "ранения получили 763 сотрудника милиции", group=POL, **MV)
    C(d, "injured", 1137, "exact", "и 1137 гражданских лиц", group="civilians", **MV)
    CM = dict(src="Kazakh SSR Supreme Soviet commission", stype="official", stext="Комиссия Президиума Верховного Совета Казахской ССР")
    C(d, "detained", 8500, "more_than", "задержаны были более 8500 человек", place=ALA, date="1986-12", **CM)
    C(d, "injured", 1700, "about", "около 1700 получили тяжёлые телесные повреждения", **CM, **P)
    C(d, "killed", 168, "exact", "называет 168 погибших", "Zheltoqsan public association", "ngo", stext="Общественное объединение «Желтоксан»", **P)
    C(d, "killed", [100, 200], "range", "оценивал число погибших в 100—200 человек", "researchers", "unknown", stext="ряд исследователей", **P)
    C(d, "killed", None, "vague", "слухи о «сотнях убитых»", "rumours", "unknown", "unconfirmed", stext="слухи", **P)
    C(d, "killed", None, "vague", "называла слухи о «сотнях убитых» клеветой", "Kazakh SSR prosecutor's office", "official", "denied", stext="республиканская прокуратура", **P)
    C(d, "convicted", 99, "exact", "Осуждены были 99 человек", place=ALA, date="1987")
    C(d, "convicted", 1, "exact", "приговорённый к расстрелу", place=ALA, date="1987")
    C(d, "dismissed", 309, "exact", "Из вузов исключили 309 студентов", group=ST, place=ALA, date="1987")
    C(d, "dismissed", 1200, "more_than", "с работы уволили более 1200 человек", place=ALA, date="1987")

    d = "jeltoqsan_mtblog_en.txt"
    C(d, "participants", 3000, "about", "on the square have come out near 3 thousand persons", "Soviet authorities", "official", **P)
    C(d, "participants", None, "vague", "participants speak that were tens of thousands", "participants", "eyewitness", **P)
    C(d, "deployed", 5000, "more_than", "are transferred more than 5000 soldiers", place=ALA, date="1986-12-17")
    C(d, "injured", None, "vague", "at the square are beaten hundreds persons", "eyewitnesses", "eyewitness", **P)
    C(d, "killed", 2, "exact", "are lost 2 persons", "Soviet authorities", "official", **P)
    C(d, "killed", 1, "exact", "from them one druzhinnik", "Soviet authorities", "official", group=DR, **P)
    C(d, "killed", 100, "more_than", "the dead are more than 100", "relatives", "eyewitness", "unconfirmed", **P)
    C(d, "killed", 100, "more_than", "the authorities then called it provocative rumours", "Soviet authorities", "official", "denied", **P)
    CM = dict(src="Kazakh SSR Supreme Soviet commission", stype="official")
    C(d, "detained", 8500, "more_than", "are detained more than 8500 persons", place=ALA, date="1986-12", **CM)
    C(d, "injured", 1700, "about", "are heavily wounded about 1700", **CM, **P)
    C(d, "convicted", 99, "exact", "Are condemned 99 persons", place=ALA, date="1987", **CM)
    C(d, "dismissed", 264, "exact", "are excluded from institutes 264 students", group=ST, place=ALA, date="1987", **CM)
    C(d, "killed", 168, "at_least", "are lost not less than 168 persons", "Society Zheltoksan", "ngo", "unconfirmed", **P)

    # ================================================================ Abadan arms depot explosions, Thursday 7 July 2011
    P = dict(place=ABD, date=D_AB)
    f = "abadan_feed_en.rss#"
    C(f + "abd-1", "killed", None, "vague", 'said "hundreds" may have died', "Turkmen Initiative for Human Rights", "ngo", **P)
    C(f + "abd-1", "killed", 20, "at_least", "he had seen at least 20 bodies near the bus station", "a man who fled to Ashgabat", "eyewitness", **P)
    C(f + "abd-2", "killed", 15, "exact", "Turkmenistan admits 15 killed in Abadan blasts", "Turkmen officials", "official", **P)
    C(f + "abd-2", "killed", 15, "exact", "15 people were killed when the depot exploded", "Turkmen officials", "official", **P)
    C(f + "abd-2", "injured", 40, "about", "Around 40 people were still being treated in hospitals", "a diplomat who attended the briefing", "official", **P)
    C(f + "abd-2", "killed", 1300, "at_most", "the real toll could be as high as 1,300", "Alternative News of Turkmenistan", "opposition", "unconfirmed", **P)
    C(f + "abd-2", "detained", 2, "at_least", "police detained at least two people who had filmed the blasts", "residents", "eyewitness", place=ABD, date="2011-07")
    C(f + "abd-2", "dismissed", 2, "exact", "dismissed two senior defence officials", "state media", "media", group="defence officials", place="Turkmenistan", date="2011-07-11")

    d = "abadan_report_ru.txt"
    C(d, "killed", 15, "exact", "погибли 15 человек", "Turkmen Foreign Ministry", "official", stext="представители МИД Туркменистана", **P)
    C(d, "injured", 30, "about", "Ещё около 30 пострадавших", "Turkmen government", "official", stext="по данным правительства", **P)
    C(d, "killed", 7, "exact", "«Только на нашей улице погибли семь человек»", "a woman who fled to the capital", "eyewitness", stext="рассказала женщина, бежавшая с детьми в столицу", **P)
    C(d, "killed", 200, "at_least", "жертв «не менее двухсот»", "Turkmen Initiative for Human Rights", "ngo", stext="Правозащитники из Туркменской инициативы по правам человека", **P)
    C(d, "killed", 1000, "more_than", "«более чем тысяче погибших»", "social networks", "social_media", "unconfirmed", stext="В социальных сетях", **P)
    C(d, "killed", 1000, "more_than", "представитель МИД назвал эти сведения «ложью, распространяемой врагами страны»", "Turkmen Foreign Ministry", "official", "denied", stext="представитель МИД", **P)
    C(d, "buildings_damaged", 1000, "more_than", "Разрушены или повреждены более 1000 жилых домов", "Memorial", "ngo", stext="организация «Мемориал»", **P)
    C(d, "detained", 5, "at_least", "задержали не менее 5 человек", "eyewitnesses", "eyewitness", stext="по словам очевидцев", place=ABD, date="2011-07")
    C(d, "dismissed", 1, "exact", "президент отправил в отставку начальника вооружений Министерства обороны", group="defence officials", place="Turkmenistan", date="2011-07-11")

    d = "abadan_news_kk.txt"
    C(d, "killed", 15, "exact", "үкімет 15 адамның қаза тапқанын мойындады", "Turkmen government", "official", stext="үкімет", **P)
    C(d, "killed", 15, "exact", "жарылыстан 15 адамның көз жұмғанын", "Turkmen government", "official", stext="Түрікменстан үкіметі", **P)
    C(d, "killed", None, "vague", "қаза тапқандар жүздеп саналады", "Turkmen opposition websites abroad", "opposition", stext="Шетелдегі түрікмен оппозициясының сайттары", **P)
    C(d, "killed", 1300, "at_most", "құрбандардың саны 1300-ге дейін жетуі мүмкін", "Alternative News of Turkmenistan", "opposition", "unconfirmed", stext="«Түрікменстанның балама жаңалықтары» сайты", **P)
    C(d, "buildings_damaged", 300, "more_than", "қаладағы 300-ден астам үй қираған немесе зақымданған", "eyewitnesses", "eyewitness", stext="Куәгерлердің айтуынша", **P)

    # ================================================================ Moscow theatre hostage crisis (Dubrovka), 23-26 October 2002
    P = dict(place=MOS, date=D_NO)
    HO, SH, ATT = "hostages", "shot hostages", "attackers"
    d = "nordost_timeline_ru.md"
    C(d, "killed", 1, "exact", "Это первая жертва захвата", place=MOS, date="2002-10-24")
    C(d, "injured", 2, "exact", "Пули попадают в двух других заложников — оба ранены", group=HO, place=MOS, date="2002-10-25")
    VA = dict(src="Deputy Interior Minister Vladimir Vasilyev", stype="official")
    C(d, "killed", 34, "exact", "уничтожены 34 террориста", group=ATT, stext="Замминистра внутренних дел Владимир Васильев", place=MOS, date="2002-10-26", **VA)
    C(d, "killed", 67, "exact", "Васильев называет первое число погибших среди заложников — 67", group=HO, stext="Васильев", **VA, **P)
    C(d, "killed", 50, "exact", "уничтожены 50 террористов", "FSB", "official", group=ATT, stext="ФСБ уточняет", place=MOS, date="2002-10-26")
    C(d, "detained", 3, "exact", "задержаны трое", "FSB", "official", stext="ФСБ уточняет", place=MOS, date="2002-10-26")
    OH = dict(src="operational headquarters", stype="official", stext="По данным оперативного штаба")
    C(d, "killed", 90, "exact", "погибли 90 заложников", group=HO, **OH, **P)
    C(d, "injured", 750, "more_than", "в больницы доставлены свыше 750 человек", place=MOS, date="2002-10-26", **OH)
    SE = dict(src="Moscow health committee head Andrei Seltsovsky", stype="official", stext="Председатель комитета здравоохранения Москвы Андрей Сельцовский", **P)
    C(d, "killed", 117, "exact", "погибли 117 заложников", group=HO, **SE)
    C(d, "killed", 2, "exact", "из них двое — от огнестрельных ранений", group=SH, **SE)
    C(d, "killed", 2, "exact", "среди погибших — двое юных актёров труппы", "the musical's production company", "company", group="child actors", stext="Продюсерская компания мюзикла", **P)
    C(d, "injured", 600, "more_than", "В больницах остаются более 600 бывших заложников", place=MOS, date="2002-10-26")
    C(d, "injured", 45, "exact", "45 человек — в тяжёлом состоянии", place=MOS, date="2002-10-26")
    C(d, "killed", 119, "exact", "Число погибших заложников выросло до 119", group=HO, **P)
    C(d, "detained", None, "vague", "в Москве задержаны десятки выходцев из Чечни", "police", "official", stext="Милиция", place=MOS, date="2002-10")
    C(d, "killed", 129, "exact", "называет окончательное число погибших заложников: 129", "Moscow prosecutor's office", "official", group=HO, stext="Московская прокуратура", **P)
    C(d, "killed", 130, "exact", "Позднее в материалах уголовного дела фигурирует 130", "the criminal case file", "official", group=HO, stext="в материалах уголовного дела", **P)
    C(d, "convicted", 1, "exact", "Мосгорсуд приговорил Заура Талхигова", place=MOS, date="2003-06")
    C(d, "killed", 174, "exact", "публикует свой список: 174 погибших", "Nord-Ost regional public organisation", "ngo", group=HO, stext="Региональная общественная организация «Норд-Ост»", place=MOS, date=D_NO174)
    r = "| В. Васильев (МВД) | 26.10 | 67 | 34 | — |"
    C(d, "killed", 67, "exact", r, stext="В. Васильев (МВД)", group=HO, **VA, **P)
    C(d, "killed", 34, "exact", r, stext="В. Васильев (МВД)", group=ATT, place=MOS, date="2002-10-26", **VA)
    C(d, "killed", 50, "exact", "| ФСБ | 26.10 | — | 50 | — |", "FSB", "official", group=ATT, stext="ФСБ", place=MOS, date="2002-10-26")
    r = "| оперативный штаб | 26.10 | 90 | — | свыше 750 |"
    C(d, "killed", 90, "exact", r, "operational headquarters", "official", group=HO, stext="оперативный штаб", **P)
    C(d, "injured", 750, "more_than", r, "operational headquarters", "official", stext="оперативный штаб", place=MOS, date="2002-10-26")
    r = "| Комитет здравоохранения Москвы | 27.10 | 117 | — | более 600 |"
    C(d, "killed", 117, "exact", r, "Moscow health committee", "official", group=HO, stext="Комитет здравоохранения Москвы", **P)
    C(d, "injured", 600, "more_than", r, "Moscow health committee", "official", stext="Комитет здравоохранения Москвы", place=MOS, date="2002-10-26")
    r = "| Генпрокуратура | 2003 | 130 | 40 | — |"
    C(d, "killed", 130, "exact", r, "Prosecutor General's Office", "official", group=HO, stext="Генпрокуратура", **P)
    C(d, "killed", 40, "exact", r, "Prosecutor General's Office", "official", group=ATT, stext="Генпрокуратура", place=MOS, date="2002-10-26")
    C(d, "killed", 174, "exact", "| РОО «Норд-Ост» | 2007 | 174 | — | — |", "Nord-Ost regional public organisation", "ngo", group=HO, stext="РОО «Норд-Ост»", place=MOS, date=D_NO174)
    C(d, "killed", 300, "at_least", "«не меньше 300 человек»", "the internet", "social_media", "unconfirmed", stext="в интернете", **P)
    C(d, "killed", 300, "at_least", "Прокуратура Москвы назвала эти сообщения «вымыслом»", "Moscow prosecutor's office", "official", "denied", stext="Прокуратура Москвы", **P)
    C(d, "killed", None, "vague", "умерли десятки людей, которых можно было спасти", "former hostages and Memorial", "ngo", group=HO, stext="Ряд бывших заложников и правозащитники «Мемориала»", **P)

    w = "nordost_wiki_en.atom#nost-art"
    MT = dict(src="The Moscow Times", stype="media")
    C(w, "killed", 130, "exact", "| fatalities = 130 hostages", group=HO, **MT, **P)
    C(w, "killed", 40, "exact", "130 hostages, 40 attackers", group=ATT, place=MOS, date="2002-10-26", **MT)
    C(w, "killed", 130, "exact", "gas blamed for 129 of 130 hostage deaths", group=HO, **MT, **P)
    C(w, "injured", 700, "more_than", "| injuries   = 700+", place=MOS, date="2002-10-26")
    C(w, "killed", 117, "at_least", "Gas killed at least 117 Moscow hostages", "Reuters", "media", group=HO, **P)
    C(w, "killed", 67, "exact", "Officials first reported 67 hostages dead", "officials", "official", group=HO, **P)
    C(w, "killed", 117, "exact", "gave 117", "Moscow chief doctor Andrei Seltsovsky", "official", group=HO, **P)
    C(w, "killed", 2, "exact", "only two of them had been shot", "Moscow chief doctor Andrei Seltsovsky", "official", group=SH, **P)
    C(w, "killed", 129, "exact", "put the number of hostages who died at 129", "Moscow prosecutor's office", "official", group=HO, **P)
    C(w, "killed", 130, "exact", "the criminal case lists 130", "the criminal case file", "official", group=HO, **P)
    C(w, "killed", 174, "exact", "counts 174 dead", "Nord-Ost survivors' and relatives' group", "ngo", group=HO, place=MOS, date=D_NO174)
    C(w, "killed", 40, "exact", "All 40 attackers were killed", group=ATT, place=MOS, date="2002-10-26")
    C(w, "killed", 50, "exact", "the FSB had initially spoken of 50", "FSB", "official", group=ATT, place=MOS, date="2002-10-26")
    C(w, "injured", 700, "more_than", "More than 700 hostages were hospitalized", place=MOS, date="2002-10-26")
    w = "nordost_wiki_en.atom#nost-talk"
    C(w, "killed", 300, "more_than", '"over 300 dead"', "a forum post", "social_media", "unconfirmed", **P)
    C(w, "killed", 300, "more_than", "the prosecutor's office called such reports fabrications", "prosecutor's office", "official", "denied", **P)
    C(w, "killed", 174, "exact", "The figure of 174 is attributed to the Nord-Ost group", "Nord-Ost group", "ngo", group=HO, place=MOS, date=D_NO174)
    C(w, "killed", None, "vague", "Memorial says dozens died because there were too few ambulances", "Memorial", "ngo", group=HO, **P)

    d = "nordost_report_uk.txt"
    C(d, "killed", 130, "exact", "Генеральна прокуратура РФ, — 130 осіб", "Russian Prosecutor General's Office", "official", group=HO, stext="Генеральна прокуратура РФ", **P)
    C(d, "killed", 67, "exact", "Спершу влада говорила про 67 загиблих", "authorities", "official", group=HO, stext="влада", **P)
    C(d, "killed", 117, "exact", "наступного дня — про 117", "authorities", "official", group=HO, stext="влада", **P)
    C(d, "killed", 5, "exact", "Лише п'ятеро заложників, за версією слідства, загинули від куль", "investigators", "official", group=SH, stext="за версією слідства", **P)
    C(d, "killed", 174, "exact", "нарахувала 174 загиблих", "Nord-Ost public organisation", "ngo", group=HO, stext="Громадська організація «Норд-Ост»", place=MOS, date=D_NO174)
    C(d, "injured", 700, "more_than", "Понад 700 людей після звільнення потрапили до лікарень", place=MOS, date="2002-10-26")
    C(d, "killed", 40, "exact", "Усіх 40 терористів", group=ATT, place=MOS, date="2002-10-26")

    # ================================================================ Bucha, bodies found after the Russian withdrawal (31 March - 3 April 2022 and later)
    P = dict(place=BUC, date=D_BU)
    CH, WP = "children", "killed by weapons"
    d = "bucha_export_uk.xml#80952"
    C(d, "killed", 458, "exact", "| загиблі   = 458", "Suspilne", "media", stext="Суспільне", **P)
    C(d, "killed", 458, "exact", "У Бучанській громаді ідентифікували тіла 458 загиблих", "Suspilne", "media", stext="Суспільне", **P)
    C(d, "missing", 100, "more_than", "| зниклі    = понад 100", **P)
    C(d, "killed", 20, "at_least", "побачили на вулиці Яблунській щонайменше 20 тіл цивільних", "journalists", "media", stext="журналісти", **P)
    C(d, "killed", 20, "at_least", "Щонайменше 20 тіл на одній вулиці", "Ukrainska Pravda", "media", stext="Українська правда", **P)
    C(d, "killed", 280, "about", "близько 280 людей довелося поховати в братських могилах", "Bucha mayor Anatolii Fedoruk", "official", stext="Федорук", **P)
    C(d, "killed", 410, "exact", "вивезено тіла 410 цивільних", "Prosecutor General Iryna Venediktova", "official", stext="генеральна прокурорка [[Ірина Венедіктова]]", place=KYR, date=D_BU)
    C(d, "killed", 116, "exact", "згодом ексгумували 116 тіл", **P)
    C(d, "killed", 73, "exact", "задокументувала незаконні вбивства 73 цивільних осіб", "UN human rights monitoring mission", "official", stext="Місія ООН з моніторингу прав людини", **P)
    C(d, "charged", 10, "exact", "повідомив про підозру 10 військовослужбовцям", "Office of the Prosecutor General", "official", group="Russian soldiers", stext="Офіс генпрокурора", place=BUC, date="2022-04-28")
    CC = dict(src="Bucha city council", stype="official", stext="За даними міської ради", **P)
    C(d, "killed", 458, "exact", "у Бучанській громаді виявлено тіла 458 загиблих", **CC)
    C(d, "killed", 419, "exact", "з них 419 убиті з вогнепальної зброї", group=WP, **CC)
    C(d, "missing", 100, "more_than", "понад 100 людей досі вважаються зниклими безвісти", **CC)

    d = "bucha_statement_uk.txt"  # the Kyiv regional police in its own voice
    C(d, "killed", 720, "exact", "виявлено тіла 720 загиблих цивільних", place=KYR, date=D_BU)
    C(d, "killed", 500, "more_than", "Із них понад 500 — у населених пунктах Бучанського району", place=BUD, date=D_BU)
    C(d, "killed", 403, "exact", "у самій Бучі — 403 тіла", **P)
    C(d, "killed", 16, "at_least", "Серед загиблих у Бучі щонайменше 16 дітей", group=CH, **P)
    C(d, "missing", 200, "more_than", "Понад 200 мешканців області вважаються зниклими безвісти", place=KYR, date=D_BU)
    C(d, "killed", 50, "at_least", "Щонайменше 50 тіл мають ознаки катувань", group="tortured", place=KYR, date=D_BU)
    C(d, "deployed", 300, "more_than", "працюють понад 300 слідчих, криміналістів і вибухотехніків", place=KYR, date="2022-04")
    C(d, "detained", 2, "exact", "Затримано двох мешканців Бучі", place=BUC, date="2022-04")
    C(d, "killed", 0, "exact", "«жоден місцевий житель не постраждав від насильницьких дій»", "Russian Defence Ministry", "official", "unconfirmed", stext="Міністерство оборони Росії", **P)
    C(d, "killed", 0, "exact", "Це цинічна брехня", mod="denied", **P)

    d = "bucha_press_en.html"  # Civic Witness Ukraine in its own voice
    C(d, "killed", 458, "at_least", "at least 458 bodies recovered", place=BUD, date=D_BU)
    C(d, "missing", None, "vague", "dozens still missing", place=BUD, date=D_BU)
    C(d, "killed", 20, "at_least", "reporters counted the bodies of at least 20 civilians", "reporters", "media", **P)
    C(d, "killed", 410, "exact", "the bodies of 410 civilians had been removed", "Prosecutor General Iryna Venediktova", "official", place=KYR, date=D_BU)
    C(d, "killed", 0, "exact", "claimed that no civilian had been harmed", "Russian Defence Ministry", "official", "unconfirmed", **P)
    C(d, "killed", 0, "exact", "We reject this claim", mod="denied", **P)
    C(d, "killed", 458, "exact", "The Bucha city council now counts 458 bodies", "Bucha city council", "official", **P)
    C(d, "killed", 419, "exact", "419 of them with gunshot or shrapnel wounds", "Bucha city council", "official", group=WP, **P)
    C(d, "killed", 372, "exact", "Our own register holds 372 names", **P)
    C(d, "killed", 12, "exact", "of whom 12 are children", group=CH, **P)
    C(d, "killed", 386, "exact", "<tr><td>Bucha</td><td>386</td><td>41</td></tr>", **P)
    C(d, "missing", 41, "exact", "<tr><td>Bucha</td><td>386</td><td>41</td></tr>", **P)
    C(d, "killed", 38, "exact", "<tr><td>Vorzel</td><td>38</td><td>9</td></tr>", place="Vorzel", date=D_BU)
    C(d, "missing", 9, "exact", "<tr><td>Vorzel</td><td>38</td><td>9</td></tr>", place="Vorzel", date=D_BU)
    C(d, "killed", 21, "exact", "<tr><td>Blystavia</td><td>21</td><td>-</td></tr>", place="Blystavia", date=D_BU)
    C(d, "killed", 13, "exact", "<tr><td>Myrotske</td><td>13</td><td>4</td></tr>", place="Myrotske", date=D_BU)
    C(d, "missing", 4, "exact", "<tr><td>Myrotske</td><td>13</td><td>4</td></tr>", place="Myrotske", date=D_BU)
    C(d, "killed", 73, "exact", "verified the unlawful killing of 73 civilians in the town itself", "UN human rights monitoring mission", "official", **P)
    C(d, "detained", None, "vague", "dozens of men were held in the basements of Yablunska Street", **P)
    C(d, "deployed", 14, "exact", "We have deployed 14 documentation volunteers", place=BUD, date="2022-08")
    C(d, "deployed", 3, "exact", "and 3 psychologists", place=BUD, date="2022-08")

    # ================================================================ Shelling of Belgorod city centre, Saturday 30 December 2023
    P = dict(place=BEL, date=D_BG)
    f = "belgorod_articles_ru.jsonl#"
    C(f + "bg1", "killed", 14, "exact", "Обстрел центра Белгорода: 14 погибших", **P)
    C(f + "bg1", "killed", 2, "exact", "среди них двое детей", group=CH, **P)
    GL = dict(src="Belgorod governor Vyacheslav Gladkov", stype="official", stext="По данным губернатора Вячеслава Гладкова", **P)
    C(f + "bg1", "killed", 14, "exact", "погибли 14 человек", **GL)
    C(f + "bg1", "killed", 2, "exact", "в том числе двое детей", group=CH, **GL)
    C(f + "bg1", "injured", 108, "exact", "Ранения получили 108 человек", **GL)
    C(f + "bg1", "injured", 15, "exact", "из них 15 — дети", group=CH, **GL)
    C(f + "bg1", "killed", 18, "exact", "число погибших выросло до 18", "regional operational headquarters", "official", stext="региональный оперштаб", **P)
    C(f + "bg1", "deployed", 150, "more_than", "работают более 150 спасателей и медиков", **P)
    C(f + "bg1", "vehicles_damaged", 100, "more_than", "повреждены свыше 100 автомобилей", **P)
    C(f + "bg2", "killed", 25, "exact", "Число погибших при обстреле Белгорода выросло до 25", **P)
    GL = dict(src="Belgorod governor Vyacheslav Gladkov", stype="official", stext="губернатор Вячеслав Гладков", **P)
    C(f + "bg2", "killed", 25, "exact", "Жертвами обстрела Белгорода 30 декабря стали 25 человек", **GL)
    C(f + "bg2", "killed", 5, "exact", "пятеро из них — дети", group=CH, **GL)
    C(f + "bg2", "killed", 24, "exact", "Накануне власти говорили о 24 погибших", "authorities", "official", stext="власти", **P)
    C(f + "bg2", "killed", 21, "exact", "называлась цифра 21", **P)
    C(f + "bg2", "injured", 109, "exact", "пострадали 109 человек", **P)
    C(f + "bg2", "injured", 45, "exact", "остаются 45 раненых", **P)
    C(f + "bg2", "injured", 3, "exact", "из них 3 — в крайне тяжёлом состоянии", **P)
    C(f + "bg2", "detained", 2, "exact", "В регионе задержаны двое жителей", "police", "official", stext="по данным полиции", place=BEL, date=D_BGDET)
    C(f + "bg2", "missing", 3, "exact", "говорили ещё о 3 пропавших без вести", "volunteers clearing the rubble", "activist", stext="Волонтёры, помогавшие разбирать завалы на улице Щорса", **P)
    C(f + "bg2", "killed", 100, "about", "о «сотне погибших»", "social networks", "social_media", "unconfirmed", stext="В соцсетях", **P)
    C(f + "bg2", "killed", 100, "about", "в администрации области их назвали фейком", "Belgorod regional administration", "official", "denied", stext="в администрации области", **P)
    C(f + "bg2", "buildings_damaged", 30, "exact", "повреждены около 200 квартир в 30 многоквартирных домах", "Belgorod mayor Valentin Demidov", "official", stext="По словам мэра Валентина Демидова", **P)

    d = "belgorod_statement_ru.txt"  # Governor Gladkov in his own voice
    C(d, "killed", 14, "exact", "у нас 14 погибших", **P)
    C(d, "killed", 2, "exact", "двое из них — дети", group=CH, **P)
    C(d, "injured", 108, "exact", "Ранены 108 человек", **P)
    C(d, "injured", 15, "exact", "в том числе 15 детей", group=CH, **P)
    C(d, "injured", 27, "exact", "в тяжёлом состоянии находятся 27", **P)
    C(d, "buildings_damaged", 11, "exact", "Повреждены 11 многоквартирных домов", **P)
    C(d, "vehicles_damaged", 80, "at_least", "не менее 80 автомобилей", **P)
    C(d, "deployed", 200, "more_than", "работали более 200 спасателей, медиков и сотрудников экстренных служб", **P)
    C(d, "killed", 100, "more_than", "погибших больше ста", "some online resources", "social_media", "unconfirmed", stext="Некоторые ресурсы", **P)
    C(d, "killed", 100, "more_than", "Это ложь.", mod="denied", **P)

    d = "belgorod_news_kk.txt"
    C(d, "killed", 25, "exact", "қаза тапқандар саны 25-ке жетті", **P)
    GP = dict(src="Belgorod governor's press service", stype="official", stext="облыс губернаторының баспасөз қызметі", **P)
    C(d, "killed", 25, "exact", "қаза тапқандар саны 25 адамға жетті", **GP)
    C(d, "killed", 5, "exact", "олардың бесеуі — балалар", group=CH, **GP)
    C(d, "killed", 14, "exact", "14 адам қаза тапқан еді", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "killed", 18, "exact", "бұл сан 18-ге", **P)
    C(d, "killed", 21, "exact", "21-ге және", **P)
    C(d, "killed", 24, "exact", "24-ке дейін өсті", **P)
    GL = dict(src="Belgorod governor Vyacheslav Gladkov", stype="official", stext="Губернатор Вячеслав Гладковтың айтуынша", **P)
    C(d, "injured", 109, "exact", "109 адам жарақат алды", **GL)
    C(d, "injured", 17, "exact", "оның ішінде 17 бала", group=CH, **GL)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d23g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "jeltoqsan_news_kk.txt"
    T(d, "1986-12-16", "plenum removes Kunaev, Kolbin sent from Moscow", "16 желтоқсанда Қазақстан Компартиясы")
    T(d, "1986-12-17", "students gather on Brezhnev Square", "Сәрсенбі күні, 17 желтоқсанда, таңертең")
    T(d, "1986-12-18", "protest dispersed by force", "18 желтоқсанның таңына қарай")
    T(d, "1987", "Interior Ministry calls accounts of hundreds killed provocative rumours", "1987 жылы Қазақ КСР Ішкі істер министрлігінің өкілі")
    T(d, "1990", "Supreme Soviet commission set up", "1990 жылы құрылған комиссиясының")
    T(d, "1988", "Kairat Ryskulbekov dies in prison in Semey", "1988 жылы Семейдегі түрмеде қайтыс болды")
    T(d, "2023-12-15", "commemoration at the Independence monument", "еске алу шарасына қатысып")
    d = "jeltoqsan_wiki_ru.wiki"
    T(d, "1986-12-16", "plenum replaces Kunaev with Kolbin", "16 декабря 1986 года пленум")
    T(d, "1986-12-17", "students gather on Brezhnev Square", "Утром 17 декабря на площади Брежнева")
    T(d, "1986-12-17", "militia and internal troops used against the protesters", "Вечером 17 декабря против демонстрантов")
    T(d, "1986-12-18", "square cleared", "К утру 18 декабря площадь была очищена")
    T(d, "1986-12-19", "TASS reports 'hooligan actions'", "В сообщении ТАСС от 19 декабря")
    T(d, "1987", "republic's prosecutors call rumours of hundreds killed slander", "В 1987 году республиканская прокуратура")
    T(d, "1996", "participants rehabilitated by presidential decree", "В 1996 году указом президента Казахстана")
    d = "jeltoqsan_mtblog_en.txt"
    T(d, "1986-12-17T08:00", "students gather on the square (local time)", "17.12.1986, 08.00 hours of local time")
    T(d, "1986-12-17T18:00", "militia and internal troops sent against the youth", "17.12.1986, 18.00 hours")
    T(d, "1986-12-18", "square cleared by morning", "18.12.1986. By morning the square is cleared")
    T(d, "1990", "Supreme Soviet commission's findings", "1990. The commission of Supreme Council")

    f = "abadan_feed_en.rss#"
    T(f + "abd-1", "2011-07-07", "explosions at the Abadan arms depot", "on Thursday afternoon")
    T(f + "abd-1", "2011-07-07T14:00", "first blasts heard (local time)", "at around 14:00 local time")
    T(f + "abd-1", "2011-07-08", "government statement speaks of a fireworks warehouse fire", "A short government statement on Friday")
    T(f + "abd-2", "2011-07-12", "officials tell diplomats 15 were killed", "in Ashgabat on Tuesday")
    T(f + "abd-2", "2011-07-11", "president dismisses two senior defence officials", "dismissed two senior defence officials on Monday")
    d = "abadan_report_ru.txt"
    T(d, "2011-07-07T14:00", "fire and explosions at the depot (local time)", "Днём в четверг, 7 июля, около 14:00 по местному времени")
    T(d, "2011-07-08", "state TV shows the president in the town", "Лишь в пятницу вечером")
    T(d, "2011-07-12", "Foreign Ministry tells diplomats 15 died", "Во вторник, 12 июля")
    T(d, "2011-07-11", "head of armaments of the Defence Ministry dismissed", "В понедельник, 11 июля")
    d = "abadan_news_kk.txt"
    T(d, "2011-07-07T14:00", "explosions begin after a fire at the depot (local time)", "бейсенбі күні, 7 шілдеде, жергілікті уақыт бойынша сағат 14:00 шамасында")
    T(d, "2011-07-12", "Foreign Ministry briefs diplomats", "сейсенбі күні Ашхабадтағы шетелдік дипломаттармен")

    d = "nordost_timeline_ru.md"
    T(d, "2002-10-23", "theatre centre seized during Nord-Ost", "Вечером в среду, 23 октября 2002 года")
    for when, label, anchor in (
            ("2002-10-23T21:05", "armed group takes the audience hostage", "**21:05** — Во время второго действия"),
            ("2002-10-23T21:30", "some actors escape through windows", "**21:30** — Несколько актёров"),
            ("2002-10-23T22:15", "hostages' first calls: demands on Chechnya", "**22:15** — Первые звонки заложников"),
            ("2002-10-23T23:50", "building cordoned off", "**23:50** — Здание оцеплено"),
            ("2002-10-24T01:40", "Olga Romanova shot", "**01:40** — В здание проходит"),
            ("2002-10-24T05:30", "15 children and some foreigners released", "**05:30** — Отпущены 15 детей"),
            ("2002-10-24T12:00", "Kobzon and a doctor enter the building", "**12:00** — В здание заходят"),
            ("2002-10-24T19:00", "FSB: about 50 hostage-takers", "**19:00** — ФСБ сообщает"),
            ("2002-10-24T21:00", "hostage-takers accept medicines", "**21:00** — Захватчики отказываются"),
            ("2002-10-25T11:30", "19 more people freed after talks", "**11:30** — После переговоров"),
            ("2002-10-25T16:00", "Barayev demands a presidential envoy", "**16:00** — Бараев требует"),
            ("2002-10-25T23:30", "shots in the hall, two hostages wounded", "**23:30** — Один из заложников"),
            ("2002-10-26T05:10", "gas pumped into the ventilation", "**05:10** — В вентиляцию"),
            ("2002-10-26T05:40", "storm begins", "**05:40** — Начинается штурм"),
            ("2002-10-26T06:30", "storm declared over", "**06:30** — Официальный представитель"),
            ("2002-10-26T07:25", "Vasilyev: 34 attackers killed", "**07:25** — Замминистра"),
            ("2002-10-26T08:40", "unconscious hostages carried out", "**08:40** — К зданию подгоняют"),
            ("2002-10-26T09:15", "Vasilyev: 67 hostages dead", "**09:15** — Васильев называет"),
            ("2002-10-26T11:00", "FSB: 50 attackers killed, three detained", "**11:00** — ФСБ уточняет"),
            ("2002-10-26T14:30", "operational HQ: 90 hostages dead", "**14:30** — По данным оперативного штаба"),
            ("2002-10-26T20:00", "28 October declared a day of mourning", "**20:00** — Президент объявляет"),
            ("2002-10-27T10:00", "Seltsovsky: 117 hostages dead", "**10:00** — Председатель комитета"),
            ("2002-10-27T15:20", "producers: two child actors among the dead", "**15:20** — Продюсерская компания"),
            ("2002-10-27T18:00", "more than 600 still in hospital", "**18:00** — В больницах остаются"),
            ("2002-10-28T12:00", "toll rises to 119; dozens of Chechens detained", "**12:00** — Число погибших заложников"),
            ("2002-10-30T15:00", "health minister admits a fentanyl derivative was used", "**15:00** — Министр здравоохранения")):
        T(d, when + "+04:00", label, anchor)
    T(d, "2002-11", "Moscow prosecutors: final toll 129", "**Ноябрь 2002**")
    T(d, "2003-06", "Zaur Talkhigov sentenced", "**Июнь 2003**")
    T(d, "2007", "Nord-Ost organisation publishes its list of 174", "**2007**")
    T(d, "2011-12", "European Court awards compensation", "**Декабрь 2011**")
    T(d, "2002-10-26", "rumours of 300 dead online", "Уже днём 26 октября")
    w = "nordost_wiki_en.atom#nost-art"
    T(w, "2002-10-23", "militants seize the Dubrovka Theatre Center", "began on the evening of 23 October 2002")
    T(w, "2002-10-26T05:40+04:00", "special forces storm the building (MSD)", "at about 05:40 MSD on 26 October")
    T(w, "2002-10-27", "Seltsovsky gives 117 dead", "On 27 October Moscow's chief doctor")
    w = "nordost_wiki_en.atom#nost-talk"
    T(w, "2002-10-26", "forum post claims over 300 dead", "a forum post of 26 October")
    d = "nordost_report_uk.txt"
    T(d, "2002-10-26", "Russian special forces storm the theatre after gassing it", "вранці 26 жовтня 2002 року")
    T(d, "2011", "European Court finds a violation of the right to life", "У 2011 році Європейський суд")

    d = "bucha_export_uk.xml#80952"
    T(d, "2022-03-30", "Russian troops leave Bucha", "з кінця лютого до 30 березня 2022 року")
    T(d, "2022-03-31", "mayor Fedoruk announces Bucha's liberation", "31 березня міський голова")
    T(d, "2022-04-02", "journalists see at least 20 bodies on Yablunska Street", "У суботу, 2 квітня")
    T(d, "2022-04-03", "Venediktova: 410 bodies removed in Kyiv region", "У неділю, 3 квітня")
    T(d, "2022-04-28", "suspicion notices to 10 Russian soldiers", "28 квітня Офіс генпрокурора")
    T(d, "2022-08-08", "city council: 458 bodies in the community", "станом на 8 серпня")
    d = "bucha_statement_uk.txt"
    T(d, "2022-04-12T08:00", "status: 720 bodies in Kyiv region, 403 in Bucha", "Станом на 08:00 12 квітня")
    d = "bucha_press_en.html"
    T(d, "2022-03-30", "Russian forces leave Bucha", "left Bucha on 30 March 2022")
    T(d, "2022-03-31", "Ukrainian troops enter Bucha", "Ukrainian troops entered on 31 March")
    T(d, "2022-04-02", "reporters count bodies on Yablunska Street", "On the morning of Saturday, 2 April")
    T(d, "2022-04-03", "Venediktova: 410 bodies; Russia calls it staged", "On 3 April the Prosecutor General")

    f = "belgorod_articles_ru.jsonl#"
    T(f + "bg1", "2023-12-30T15:00+03:00", "shelling of central Belgorod (Moscow time)", "В субботу, 30 декабря, около 15:00 по московскому времени")
    T(f + "bg2", "2024-01-02", "Gladkov: toll 25", "во вторник, 2 января")
    T(f + "bg2", "2024-01-01", "authorities: 24 dead", "Накануне власти говорили")
    T(f + "bg2", "2023-12-31", "toll 21", "в воскресенье утром, 31 декабря")
    d = "belgorod_statement_ru.txt"
    T(d, "2023-12-30T15:00", "strike on the city centre", "Около 15:00 ВСУ нанесли удар")
    T(d, "2023-12-30T21:00", "status: 14 dead, 108 injured", "По состоянию на 21:00")
    T(d, "2023-12-31", "days of mourning begin", "31 декабря и 1 января объявлены в регионе днями траура")
    d = "belgorod_news_kk.txt"
    T(d, "2023-12-30T15:00+03:00", "shelling of Belgorod (Moscow time)", "сенбі күні, 30 желтоқсанда, Мәскеу уақыты бойынша сағат 15:00 шамасында")
    T(d, "2023-12-29", "Russian missile and drone strikes on Ukrainian cities", "29 желтоқсанда")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d23t{n:03d}"
    return rows


ENTITIES = [
    ("Alma-Ata", "place", ["Алма-Ата", "Алма-Ате", "Алматы", "Алматыдағы", "Алматыда", "Alma-Ata"]),
    ("Brezhnev Square", "place", ["Брежнев алаңына", "площади Брежнева", "square of Brezhnev"]),
    ("Kazakh SSR", "place", ["Қазақ КСР", "Казахской ССР", "Казахская ССР", "Kazakh SSR"]),
    ("Dinmukhamed Kunaev", "person", ["Дінмұхамед Қонаевты", "Динмухамед Кунаев", "Динмухамеда Кунаева", "Кунаева", "Kunaev"]),
    ("Gennady Kolbin", "person", ["Геннадий Колбинді", "Геннадий Колбин", "Геннадия Колбина", "Kolbin"]),
    ("Mukhtar Shakhanov", "person", ["Мұхтар Шахановтың", "Мухтар Шаханов", "Мухтара Шаханова"]),
    ("Kairat Ryskulbekov", "person", ["Қайрат Рысқұлбековке", "Кайрат Рыскулбеков"]),
    ("Abadan", "place", ["Абадан", "Абадана", "Абадандағы", "Абаданнан", "Abadan"]),
    ("Ashgabat", "place", ["Ашхабад", "Ашхабада", "Ашхабадтағы", "Ашхабадқа", "Ашхабадтан", "Ashgabat"]),
    ("Turkmenistan", "place", ["Туркменистана", "Түрікменстан", "Түрікменстанның", "Turkmenistan"]),
    ("Turkmen Initiative for Human Rights", "org", ["Туркменской инициативы по правам человека", "Turkmen Initiative for Human Rights"]),
    ("Memorial", "org", ["Мемориал", "Мемориала", "Memorial"]),
    ("Moscow", "place", ["Москве", "Москвы", "Москві", "Мәскеуден", "Мәскеу", "Moscow"]),
    ("Dubrovka", "place", ["Дубровка", "Дубровці", "Dubrovka"]),
    ("Movsar Barayev", "person", ["Мовсара Бараева", "Мовсар Бараев", "Movsar Barayev"]),
    ("Andrei Seltsovsky", "person", ["Андрей Сельцовский", "Andrei Seltsovsky"]),
    ("Vladimir Vasilyev", "person", ["Владимир Васильев", "Васильев"]),
    ("FSB", "org", ["ФСБ", "FSB"]),
    ("Nord-Ost", "org", ["Норд-Ост", "Норд-Осту", "Nord-Ost"]),
    ("Chechnya", "place", ["Чечне", "Чечни"]),
    ("Bucha", "place", ["Буча", "Бучі", "Bucha"]),
    ("Bucha district", "place", ["Бучанський район", "Бучанського району", "Bucha district"]),
    ("Kyiv region", "place", ["Київська область", "Київської області", "Київщини", "Kyiv region"]),
    ("Yablunska Street", "place", ["Яблунській", "Yablunska Street"]),
    ("Anatolii Fedoruk", "person", ["Анатолій Федорук", "Федорук"]),
    ("Iryna Venediktova", "person", ["Ірина Венедіктова", "Iryna Venediktova"]),
    ("Russian Defence Ministry", "org", ["Міністерство оборони Росії", "Минобороны России", "Ресей Қорғаныс министрлігінің", "Russian Defence Ministry"]),
    ("Belgorod", "place", ["Белгород", "Белгорода", "Белгородтағы", "Белгородқа"]),
    ("Vyacheslav Gladkov", "person", ["Вячеслав Гладков", "Вячеслава Гладкова", "Вячеслав Гладковтың"]),
    ("Cathedral Square (Belgorod)", "place", ["Соборную площадь", "Соборной площади"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset23", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
