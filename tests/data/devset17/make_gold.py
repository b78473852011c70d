"""Write the gold annotations of the seventeenth development set: tests/data/devset17/gold/devset17.{claims,timeline,entities}.

The JSONL/JSON files are the artefacts everyone reads; this script is only the easiest place to edit
them (one call per annotation). Edit, run, then run tests/test_devset17.py, which checks every anchor:

    python tests/data/devset17/make_gold.py

Conventions are those of ../shared/gold/seeds.* and ../devset*/README.md (see ./README.md).
Documents inside container files are ``FILE#PART``: the RSS item's guid, the JSON Lines ``id``, the
MediaWiki page id, the Atom entry id. `land_police_ru.txt` is stored in cp1251.
"""

# ruff: noqa: E501  (one annotation per line reads best unwrapped)
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
from goldkit import claim_row, timeline_row, write_gold  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"

ATY, AKT, SEM, ALA, AST = "Atyrau", "Aktobe", "Semey", "Almaty", "Almaty; Astana"
VOL, KON, BAR, YER, SAR = "Volnovakha", "Kondopoga", "Barskoon (Issyk-Kul)", "Yerevan", "Sari Tagh (Yerevan)"
D_AT, D_AK, D_SE, D_MAY21 = "2016-04-24", "2016-04-30", "2016-04-27", "2016-05-21"
D_VO = "2015-01-13"
D_KF, D_KR = ["2006-08-29", "2006-08-30"], ["2006-09-02", "2006-09-03"]
D_KU = "2013-05-31"
D_ER, D_SA, D_POL = "2016-07-17", "2016-07-29", ["2016-07-17", "2016-07-30"]


def claims() -> list[dict]:
    rows = []

    def C(doc, measure, value, qual, anchor, src=None, stype=None, mod="asserted", group=None,
          place=None, date=None, alt=(), stext=None):
        rows.append(claim_row(doc, measure, value, qual, anchor, src, stype, mod, group, place, date, alt, stext))

    # ================================================================ land-reform protests, Kazakhstan, April-May 2016
    d = "land_news_kk.txt"
    P = dict(place=ATY, date=D_AT)
    C(d, "participants", 1000, "more_than", "мыңнан астам адам алаңға шықты", **P)
    C(d, "participants", 2000, "more_than", "«2 мыңнан астам адам» қатысты", "rally organizers", "activist", stext="Ұйымдастырушылардың", **P)
    C(d, "participants", 500, "about", "500-ге жуық адам жиналған", "Atyrau regional police department", "official", stext="Облыстық полиция департаментінің", **P)
    C(d, "participants", [1500, 2000], "range", "1 500-ден 2 000-ға дейін", "independent observers", "ngo", stext="Тәуелсіз бақылаушылар", **P)
    C(d, "detained", 0, "exact", "Полиция ешкімді ұстамағанын", "police", "official", stext="Полиция", **P)
    P = dict(place=AKT, date=D_AK)
    C(d, "participants", None, "vague", "«бірнеше мың адам» келген", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілердегі жазбаларға", **P)
    C(d, "participants", None, "vague", "бұл сандарды асыра айтылған деп атап", "Aktobe regional administration", "official", "denied", stext="Ақтөбе облысының әкімдігі", **P)
    C(d, "participants", 300, "about", "қатысушылар 300-ге жуық болғанын", "Aktobe regional administration", "official", stext="Ақтөбе облысының әкімдігі", **P)
    C(d, "participants", 100, "more_than", "100-ден астам адам қатысты", place=SEM, date=D_SE)
    C(d, "arrested", 2, "exact", "Сот екеуіне де қамауға алу шарасын таңдады", place=ATY, date="2016-05")
    C(d, "convicted", 2, "exact", "соттың шешімімен 2 белсенді кінәлі деп танылды", place=ATY, date="2016-11-28")

    f = "land_feed_en.rss#"
    P = dict(place=AST, date=D_MAY21)
    C(f + "lr-1", "detained", None, "vague", "Hundreds detained as Kazakhstan smothers land protests", **P)
    C(f + "lr-1", "detained", None, "vague", "Police in Kazakhstan detained hundreds of people on Saturday", "rights activists", "ngo", **P)
    C(f + "lr-1", "detained", 500, "more_than", "more than 500 people had been held", "Kazakhstan International Bureau for Human Rights", "ngo", **P)
    C(f + "lr-1", "detained", 30, "at_least", "At least 30 journalists were briefly held", "the media watchdog Adil Soz", "ngo", group="journalists", place=ALA, date=D_MAY21)
    C(f + "lr-1", "detained", 40, "about", "taken to police stations in Almaty at about 40", "The Interior Ministry", "official", place=ALA, date=D_MAY21)
    C(f + "lr-1", "deployed", 1000, "more_than", "More than 1,000 police officers were on duty", "a Reuters witness", "media", place=ALA, date=D_MAY21)
    C(f + "lr-2", "convicted", 2, "exact", "convicted two activists", place=ATY, date="2016-11-28")
    C(f + "lr-2", "participants", 1000, "more_than", "drawn more than 1,000 people, according to local media", "local media", "media", place=ATY, date=D_AT)
    C(f + "lr-2", "arrested", 35, "at_least", "at least 35 people were later fined or jailed", "Rights groups", "ngo", alt=("convicted",), date="2016-05")

    d = "land_police_ru.txt"  # cp1251; the Almaty police department in its own voice
    P = dict(place=ALA, date=D_MAY21)
    C(d, "detained", 34, "exact", "доставлены 34 человека", **P)
    C(d, "injured", 0, "exact", "Ни один участник не пострадал", **P)
    C(d, "detained", None, "vague", "«сотнях задержанных»", "social networks", "social_media", "unconfirmed", stext="В социальных сетях", **P)
    C(d, "detained", None, "vague", "Данная информация не соответствует действительности", mod="denied", **P)
    C(d, "arrested", 4, "exact", "В отношении 4 граждан составлены административные протоколы; суд назначил им административный арест", place=ALA, date="2016-05")
    C(d, "deployed", 800, "about", "привлечено около 800 сотрудников полиции", **P)
    C(d, "detained", 2, "exact", "в Атырау были задержаны 2 организатора", place=ATY, date="2016-05-17")
    C(d, "charged", 2, "exact", "им предъявлены обвинения по статье 174", "Atyrau regional prosecutor's office", "official", stext="прокуратуры Атырауской области", place=ATY, date="2016-05")

    # ================================================================ Volnovakha bus shelling, Tuesday 13 January 2015
    P = dict(place=VOL, date=D_VO)
    d = "volnov_timeline_uk.md"
    C(d, "killed", 10, "at_least", "щонайменше 10 загиблих мирних жителів", "ATO headquarters", "official", stext="Штаб АТО", **P)
    C(d, "injured", None, "vague", "«десятки поранених»", "eyewitnesses at the scene", "eyewitness", stext="Очевидці на місці", **P)
    KI = dict(src="Oleksandr Kikhtenko, head of the Donetsk regional administration", stype="official", stext="Голова Донецької ОДА Олександр Кіхтенко", **P)
    C(d, "killed", 10, "exact", "загинули 10 людей", **KI)
    C(d, "injured", 13, "exact", "ще 13 поранені", **KI)
    MV = dict(src="Interior Ministry of Ukraine", stype="official", stext="МВС", **P)
    C(d, "killed", 12, "exact", "кількість загиблих зросла до 12", **MV)
    C(d, "injured", 17, "exact", "поранених — 17", **MV)
    C(d, "injured", 1, "exact", "Серед поранених є дитина", group="children", **MV)
    C(d, "killed", 20, "more_than", "дописи про «понад 20 загиблих»", "social networks", "social_media", "unconfirmed", stext="У соцмережах", **P)
    C(d, "killed", 20, "more_than", "МВС назвало ці повідомлення неправдивими", mod="denied", **MV)
    OS = dict(src="OSCE Special Monitoring Mission", stype="official", stext="Спеціальна моніторингова місія ОБСЄ", **P)
    C(d, "killed", 11, "exact", "Місія нарахувала 11 загиблих на місці", **OS)
    C(d, "injured", 17, "exact", "назвала 17 поранених", **OS)
    MZ = dict(src="Ministry of Health of Ukraine", stype="official", stext="МОЗ", **P)
    C(d, "injured", 16, "exact", "перебувають 16 постраждалих", **MZ)
    C(d, "injured", 7, "exact", "з них 7 у важкому стані", **MZ)
    C(d, "deployed", 50, "more_than", "направлено понад 50 рятувальників і медиків", "Donetsk regional administration", "official", stext="Донецька ОДА", place=VOL, date="2015-01-14")
    C(d, "killed", 1, "exact", "помирає ще 1 пасажирка", **P)
    C(d, "killed", 13, "exact", "кількість загиблих зросла до 13", **P)
    C(d, "charged", 2, "exact", "оголошує підозру 2 командирам угруповання", "Security Service of Ukraine", "official", stext="СБУ", place=VOL, date="2015-01-19")
    C(d, "killed", 10, "at_least", "| Штаб АТО | щонайменше 10", "ATO headquarters", "official", stext="Штаб АТО", **P)
    C(d, "killed", 10, "exact", "| Донецька ОДА | 10", "Donetsk regional administration", "official", stext="Донецька ОДА", **P)
    C(d, "injured", 13, "exact", "| Донецька ОДА | 10 | 13", "Donetsk regional administration", "official", stext="Донецька ОДА", **P)
    C(d, "killed", 12, "exact", "| МВС | 12", **MV)
    C(d, "injured", 17, "exact", "| МВС | 12 | 17", **MV)
    C(d, "killed", 11, "exact", "| ОБСЄ | 11", "OSCE", "official", stext="ОБСЄ", **P)
    C(d, "injured", 17, "exact", "| ОБСЄ | 11 | 17", "OSCE", "official", stext="ОБСЄ", **P)
    C(d, "injured", 16, "exact", "| МОЗ | — | 16 у лікарнях", **MZ)
    C(d, "killed", 13, "exact", "| Остаточні дані | 13", **P)
    C(d, "injured", 18, "exact", "| Остаточні дані | 13 | 18", **P)
    C(d, "killed", 20, "more_than", "Цифра «понад 20 загиблих» із соцмереж не підтвердилася", "social networks", "social_media", "unconfirmed", stext="соцмереж", **P)
    C(d, "injured", 25, "at_least", "поранених було щонайменше 25", "civic initiative Volnovakha Guard", "ngo", "unconfirmed", stext="Громадська ініціатива «Волноваська варта»", **P)

    w = "volnov_wiki_en.atom#vol-wp"
    BB = dict(src="BBC News", stype="media", **P)
    C(w, "killed", 12, "exact", "fatalities = 12", **BB)
    C(w, "killed", 12, "exact", "Twelve killed as rocket hits bus in eastern Ukraine", **BB)
    C(w, "injured", 18, "exact", "injuries   = 18", **P)
    C(w, "killed", 10, "exact", "Ukrainian officials first said ten passengers had been killed", "Ukrainian officials", "official", **P)
    RE = dict(src="Reuters", stype="media", **P)
    C(w, "killed", 12, "exact", "the toll had risen to 12", **RE)
    C(w, "injured", 17, "exact", "with 17 injured", **RE)
    C(w, "killed", 12, "exact", "Death toll in Volnovakha bus shelling rises to 12", **RE)
    UN = dict(src="UNIAN", stype="media", **P)
    C(w, "killed", 1, "exact", "A woman died in hospital on 15 January", **UN)
    C(w, "killed", 13, "exact", "bringing the number of dead to 13", **UN)
    C(w, "killed", 12, "exact", "put the total at 12 killed", "United Nations", "official", **P)
    C(w, "injured", 18, "exact", "12 killed and 18 injured", "United Nations", "official", **P)
    C(w, "charged", 2, "exact", "named two separatist commanders as suspects", "Security Service of Ukraine", "official", place=VOL, date="2015-01")
    r = "volnov_wiki_en.atom#vol-re"
    C(r, "killed", 10, "at_least", "At least 10 civilians are killed", "the regional administration", "official", **P)
    C(r, "injured", 13, "exact", "13 wounded, according to the regional administration", "the regional administration", "official", **P)
    DA = dict(src="Donetsk Regional State Administration", stype="official", **P)
    C(r, "killed", 10, "exact", "Volnovakha: 10 dead, 13 wounded", **DA)
    C(r, "injured", 13, "exact", "10 dead, 13 wounded", **DA)
    C(r, "killed", 15, "at_most", '"up to 15 people" died in a mine blast', "Russian state television", "media", "unconfirmed", **P)
    C(r, "killed", 15, "at_most", "a version Kyiv rejects", "Kyiv", "official", "denied", **P)
    C(r, "killed", 1, "exact", "One more passenger dies in hospital", **P)
    C(r, "killed", 13, "exact", "the toll reaches 13", **P)

    d = "volnov_news_kk.txt"
    C(d, "killed", 12, "exact", "Волновахадағы атқылау: 12 адам қаза тапты", **P)
    MK = dict(src="Interior Ministry of Ukraine", stype="official", stext="Украина Ішкі істер министрлігінің", **P)
    C(d, "killed", 12, "exact", "12 адам қаза тауып", **MK)
    C(d, "injured", 17, "exact", "17 адам жарақат алды", **MK)
    C(d, "killed", 10, "exact", "Алғашқы мәліметтер бойынша 10 жолаушы қаза тапқан", "initial reports", "unknown", stext="Алғашқы мәліметтер бойынша", **P)
    C(d, "injured", 13, "exact", "13 адамның ауруханаға жеткізілгенін", "Donetsk regional administration", "official", stext="Донецк облыстық әкімшілігі", **P)
    C(d, "killed", 30, "about", "«30-ға жуық адам» қаза тапты", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "killed", 30, "about", "Украина ІІМ бұл ақпаратты жалған деп атады", "Interior Ministry of Ukraine", "official", "denied", stext="Украина ІІМ", **P)
    C(d, "killed", 1, "exact", "тағы 1 әйел көз жұмды", **P)
    C(d, "killed", 13, "exact", "қаза тапқандар саны 13-ке жетті", **P)

    # ================================================================ Kondopoga unrest, August-September 2006
    d = "kondo_export_ru.xml#27719"
    P = dict(place=KON, date=D_KF)
    RG = dict(src="Regnum", stype="media", stext="Regnum", **P)
    C(d, "killed", 2, "exact", "погибшие   = 2", **RG)
    C(d, "killed", 2, "exact", "В Кондопоге после драки в ресторане погибли двое", **RG)
    C(d, "detained", 100, "more_than", "задержанные = более 100", place=KON, date=D_KR)
    PK = dict(src="Prosecutor's Office of Karelia", stype="official", stext="прокуратуры Карелии", **P)
    C(d, "killed", 2, "exact", "погибли 2 местных жителя", **PK)
    C(d, "injured", 3, "exact", "ещё 3 человека получили ножевые ранения", **PK)
    C(d, "killed", 1, "exact", "Первоначально сообщалось об одном погибшем", "initial reports", "unknown", stext="Первоначально сообщалось", **P)
    C(d, "injured", 3, "exact", "Прокуратура Карелии: в Кондопоге ранены трое", "Interfax", "media", stext="Интерфакс", **P)
    MK = dict(src="Interior Ministry of Karelia", stype="official", stext="МВД Карелии", place=KON)
    C(d, "participants", 2000, "about", "собрались около 2 тысяч человек", date="2006-09-02", **MK)
    C(d, "participants", 3000, "more_than", "организаторы говорили о «более чем 3 тысячах»", "rally organizers", "activist", stext="организаторы", place=KON, date="2006-09-02")
    C(d, "buildings_damaged", None, "vague", "подожгла ресторан «Чайка» и несколько торговых павильонов", place=KON, date="2006-09-02")
    C(d, "detained", 109, "exact", "задержаны 109 человек", date="2006-09-03", **MK)
    C(d, "deployed", 200, "more_than", "ОМОН — более 200 бойцов", place=KON, date="2006-09")
    CA = dict(src="Kondopoga city administration", stype="official", stext="администрации города", place=KON, date=D_KR)
    C(d, "buildings_damaged", 7, "exact", "сгорели 7 торговых павильонов", **CA)
    C(d, "buildings_damaged", 1, "exact", "и 1 ресторан", **CA)
    C(d, "killed", None, "vague", "«десятках погибших»", "forums", "social_media", "unconfirmed", stext="На форумах", place=KON, date=D_KR)
    C(d, "killed", None, "vague", "Прокуратура Карелии назвала эти сообщения слухами", "Prosecutor's Office of Karelia", "official", "denied", stext="Прокуратура Карелии", place=KON, date=D_KR)
    C(d, "dismissed", 3, "exact", "были уволены 3 руководителя", place=KON, date="2006-09")
    C(d, "convicted", 7, "exact", "Кондопожский суд приговорил 7 человек", place=KON, date="2007")

    d = "kondo_mtblog_en.txt"
    C(d, "killed", 2, "exact", "Are lost 2 persons", **P)
    C(d, "injured", 3, "exact", "Are wounded 3 persons with knives", **P)
    C(d, "killed", 1, "exact", "The police at first spoke about one lost", "The police", "official", **P)
    C(d, "participants", 2000, "about", "By estimation of the militia there were about 2000 persons", "the militia", "official", place=KON, date="2006-09-02")
    C(d, "participants", 5000, "about", "the organizers from DPNI spoke about 5000", "the organizers from DPNI", "activist", place=KON, date="2006-09-02")
    C(d, "detained", 100, "more_than", "The militia detained more than 100 persons", place=KON, date=D_KR)
    MI = dict(src="Karelian interior ministry", stype="official", place=KON, date=D_KR)
    C(d, "detained", 109, "exact", "109 persons were detained", **MI)
    C(d, "detained", 25, "exact", "from them 25 citizens of Chechnya and other regions", group="non-locals", **MI)
    C(d, "deployed", 200, "at_least", "not less than 200 fighters", place=KON, date=D_KR)
    C(d, "killed", 10, "exact", '"10 lost in the night"', "The forums", "social_media", "unconfirmed", place=KON, date=D_KR)
    C(d, "killed", 10, "exact", "the prosecutor office said it is the rumors", "the prosecutor office", "official", "denied", place=KON, date=D_KR)
    C(d, "killed", 0, "exact", "nobody was lost in the night", "the prosecutor office", "official", place=KON, date=D_KR)
    C(d, "buildings_damaged", 8, "exact", "Burned 8 stalls", "the city administration", "official", place=KON, date=D_KR)
    C(d, "vehicles_damaged", 3, "exact", "damaged 3 cars", "the city administration", "official", place=KON, date=D_KR)

    # ================================================================ Kumtor road blockade, Friday 31 May 2013
    P = dict(place=BAR, date=D_KU)
    d = "kumtor_press_en.html"  # the Issyk-Kul regional administration in its own voice
    C(d, "participants", [1500, 2000], "range", "Between 1,500 and 2,000 people took part in the blockade", **P)
    C(d, "injured", 55, "exact", "55 people were injured", **P)
    C(d, "injured", 14, "exact", "14 of them police officers", group="police", **P)
    C(d, "injured", 11, "exact", "11 people remain in hospital", **P)
    C(d, "killed", 0, "exact", "No one was killed", **P)
    C(d, "killed", 3, "exact", '"three protesters were shot dead"', "Reports circulating online", "social_media", "unconfirmed", group="protesters", **P)
    C(d, "killed", 3, "exact", "are false. No firearms were used", mod="denied", group="protesters", **P)
    C(d, "detained", 80, "exact", "The Interior Ministry detained 80 people", **P)
    C(d, "deployed", 1000, "more_than", "More than 1,000 police officers and servicemen were sent", **P)
    C(d, "buildings_damaged", 4, "exact", "<td>Saruu</td><td>4</td>", place="Saruu (Issyk-Kul)", date=D_KU)
    C(d, "vehicles_damaged", 9, "exact", "<td>4</td><td>9</td>", place="Saruu (Issyk-Kul)", date=D_KU)
    C(d, "buildings_damaged", 2, "exact", "<td>Barskoon</td><td>2</td>", **P)
    C(d, "vehicles_damaged", 6, "exact", "<td>2</td><td>6</td>", **P)
    C(d, "buildings_damaged", 6, "exact", "<td>Total</td><td>6</td>", **P)
    C(d, "vehicles_damaged", 15, "exact", "<td>6</td><td>15</td>", **P)

    d = "kumtor_report_uk.txt"
    MV = dict(src="Interior Ministry of Kyrgyzstan", stype="official", stext="За даними МВС Киргизстану", **P)
    C(d, "injured", 55, "exact", "постраждали 55 людей", **MV)
    C(d, "injured", 14, "exact", "серед них 14 міліціонерів", group="police", **MV)
    MZ = dict(src="Ministry of Health of Kyrgyzstan", stype="official", stext="Міністерство охорони здоров'я", **P)
    C(d, "injured", 60, "more_than", "звернулися понад 60 осіб", **MZ)
    C(d, "injured", 9, "exact", "з них 9 госпіталізовані", **MZ)
    C(d, "participants", 3000, "about", "«близько 3 тисяч»", "local activists", "activist", stext="Місцеві активісти", **P)
    C(d, "participants", 800, "exact", "міліція оцінила натовп у 800 людей", "police", "official", stext="міліція", **P)
    C(d, "vehicles_damaged", None, "vague", "спалили кілька десятків автомобілів компанії", "eyewitnesses", "eyewitness", stext="За словами очевидців", **P)
    C(d, "detained", 80, "exact", "міліція затримала 80 людей", **P)
    C(d, "killed", 2, "exact", "про загибель двох протестувальників", "opposition websites", "opposition", "unconfirmed", group="protesters", stext="опозиційні сайти", **P)
    PM = dict(src="Prime Minister Zhantoro Satybaldiev", stype="official", stext="Прем'єр-міністр Жанторо Сатибалдієв", **P)
    C(d, "killed", 2, "exact", "назвав це вигадкою", mod="denied", group="protesters", **PM)
    C(d, "killed", 0, "exact", "«загиблих немає»", **PM)
    C(d, "deployed", 1000, "more_than", "Уряд відправив до району понад 1000 силовиків", **P)

    d = "kumtor_news_kk.txt"
    C(d, "injured", 55, "exact", "Ыстықкөлдегі қақтығыс: 55 адам зардап шекті", **P)
    MV = dict(src="Interior Ministry of Kyrgyzstan", stype="official", stext="Қырғызстан Ішкі істер министрлігінің", **P)
    C(d, "injured", 55, "exact", "55 адам жарақат алды", **MV)
    C(d, "injured", 14, "exact", "оның ішінде 14-і полиция қызметкері", group="police", **MV)
    C(d, "detained", 80, "exact", "Полиция 80 адамды ұстады", **P)
    C(d, "injured", 100, "about", "«жүзге жуық адам» жараланды", "social media", "social_media", "unconfirmed", stext="Әлеуметтік желілерде", **P)
    C(d, "deployed", 1000, "more_than", "1000-нан астам құқық қорғау қызметкері жіберілді", place=BAR, date="2013-06-01")

    # ================================================================ Erebuni police station seizure, Yerevan, July 2016
    d = "erebuni_wiki_ru.wiki"
    C(d, "killed", 3, "exact", "погибшие    = 3", "Novosti-Armenia", "media", group="police", stext="Новости-Армения", place=YER, date=D_POL)
    C(d, "injured", 60, "more_than", "раненые     = более 60", place=YER, date=["2016-07-17", "2016-07-31"])
    SN = dict(src="National Security Service of Armenia", stype="official", stext="Службы национальной безопасности Армении", place=YER, date=D_ER)
    C(d, "killed", 1, "exact", "погиб 1 полицейский", group="police", **SN)
    C(d, "injured", 4, "exact", "ещё 4 были ранены", group="police", **SN)
    C(d, "injured", 4, "exact", "четверо ранены", "Armenpress", "media", group="police", stext="Арменпресс", place=YER, date=D_ER)
    P = dict(place=SAR, date=D_SA)
    MH = dict(src="Ministry of Health of Armenia", stype="official", stext="Минздрава Армении", **P)
    C(d, "injured", 60, "exact", "за медицинской помощью обратились 60 человек", **MH)
    C(d, "injured", 14, "exact", "из них 14 журналистов", group="journalists", **MH)
    C(d, "injured", 100, "more_than", "«более 100 пострадавших»", "Helsinki Citizens' Assembly", "ngo", stext="Хельсинкского гражданского собрания", **P)
    C(d, "detained", 165, "exact", "задержаны 165 человек", "Police of Armenia", "official", stext="Полиция сообщила", **P)
    C(d, "killed", 2, "exact", "«гибели двоих демонстрантов»", "social networks", "social_media", "unconfirmed", group="protesters", stext="В соцсетях", **P)
    C(d, "killed", 2, "exact", "Полиция Армении назвала это провокацией", "Police of Armenia", "official", "denied", group="protesters", stext="Полиция Армении", **P)
    C(d, "killed", 1, "exact", "скончался ещё 1 полицейский", group="police", place=YER, date="2016-07-30")
    C(d, "killed", 3, "exact", "всего погибли 3 сотрудника полиции", group="police", place=YER, date=D_POL)
    C(d, "dismissed", 2, "exact", "были уволены 2 руководителя полиции Еревана", place=YER, date="2016-08")
    C(d, "charged", 30, "exact", "обвинения были предъявлены 30 участникам событий", place=YER, date="2017")

    f = "erebuni_articles_uk.jsonl#"
    P = dict(place=YER, date=D_ER)
    C(f + "er1", "killed", 1, "exact", "захопили поліцейську частину: загинув 1 поліцейський", group="police", **P)
    PA = dict(src="Police of Armenia", stype="official", stext="За даними поліції Вірменії", **P)
    C(f + "er1", "killed", 1, "exact", "За даними поліції Вірменії, загинув 1 поліцейський", group="police", **PA)
    C(f + "er1", "injured", 2, "exact", "ще 2 поранені", group="police", **PA)
    C(f + "er1", "detained", 100, "more_than", "поліція затримала понад 100 учасників акції", **P)
    C(f + "er1", "detained", None, "vague", "«кілька сотень»", "opposition activists", "activist", stext="За словами опозиційних активістів", **P)
    C(f + "er1", "deployed", 500, "about", "близько 500 силовиків", "National Security Service", "official", stext="Служба національної безпеки", **P)
    P = dict(place=SAR, date=D_SA)
    C(f + "er2", "injured", 60, "more_than", "Сутички в Сарі Тагу: понад 60 постраждалих", **P)
    MH = dict(src="Ministry of Health of Armenia", stype="official", stext="Міністерство охорони здоров'я Вірменії", **P)
    C(f + "er2", "injured", 63, "exact", "постраждали 63 людини", **MH)
    C(f + "er2", "injured", 14, "exact", "серед них 14 журналістів", group="journalists", **MH)
    C(f + "er2", "injured", 7, "exact", "7 осіб госпіталізовано", **MH)
    C(f + "er2", "detained", 165, "exact", "затримала 165 людей", "Police of Armenia", "official", stext="Поліція заявила", **P)
    C(f + "er2", "killed", None, "vague", "чутки про загиблих серед демонстрантів", "the internet", "social_media", "unconfirmed", group="protesters", stext="В інтернеті", **P)
    C(f + "er2", "killed", None, "vague", "МВС назвало ці повідомлення неправдивими", "Interior Ministry", "official", "denied", group="protesters", stext="МВС", **P)
    C(f + "er2", "killed", 1, "exact", "помер ще один поліцейський", group="police", place=YER, date="2016-07-30")
    C(f + "er2", "killed", 3, "exact", "кількість загиблих правоохоронців зросла до 3", group="police", place=YER, date=D_POL)
    C(f + "er2", "injured", 1, "exact", "Ще 1 поліцейський, за неофіційними даними, перебуває у важкому стані", "unofficial sources", "unknown", "unconfirmed", group="police", stext="за неофіційними даними", place=YER, date=D_POL)

    for n, r in enumerate(rows, 1):
        r["id"] = f"d17g{n:03d}"
    return rows


def timeline() -> list[dict]:
    rows = []

    def T(doc, when, label, anchor):
        rows.append(timeline_row(doc, when, label, anchor))

    d = "land_news_kk.txt"
    T(d, "2016-04-24", "land-reform rally in Atyrau", "Жексенбі күні, 24 сәуірде")
    T(d, "2016-04-24T11:00", "rally begins (local time)", "жергілікті уақыт бойынша сағат 11:00 шамасында")
    T(d, "2016-04-30", "rally in Aktobe", "Сенбі күні, 30 сәуірде")
    T(d, "2016-04-27", "rally in Semey", "Семейде 27 сәуірде")
    T(d, "2016-05", "activists detained in Atyrau", "Мамыр айында")
    T(d, "2016-11-28", "Atyrau court sentences two activists", "2016 жылғы 28 қарашада")
    f = "land_feed_en.rss#"
    T(f + "lr-1", "2016-05-21", "hundreds detained at banned rallies", "on Saturday")
    T(f + "lr-1", "2016-05-21T11:00+06:00", "detentions begin in central Almaty (local time, 0500 GMT)", "at about 11:00 local time (0500 GMT)")
    T(f + "lr-2", "2016-11-28", "court convicts two activists", "on Monday")
    T(f + "lr-2", "2016-04-24", "rally in Atyrau", "The rally on 24 April")
    d = "land_police_ru.txt"
    T(d, "2016-05-21", "attempted unauthorized rallies in Almaty", "21 мая 2016 года, в субботу")
    T(d, "2016-05-21T11:00", "first groups gather", "около 11:00")
    T(d, "2016-05-17", "two organizers detained in Atyrau", "17 мая")

    d = "volnov_timeline_uk.md"
    for day, entries in (("2015-01-13", (("14:30", "Grad rocket explodes next to the bus"), ("15:40", "ATO HQ: at least 10 dead"), ("16:15", "eyewitnesses: dozens wounded"),
                                         ("17:05", "regional administration: 10 dead, 13 injured"), ("18:30", "interior ministry: 12 dead, 17 injured"),
                                         ("20:00", "DPR denies shelling"), ("21:40", "social media claim over 20 dead; denied"))),
                         ("2015-01-14", (("09:00", "SBU opens terrorism case"), ("11:30", "OSCE inspects the site"), ("13:00", "health ministry: 16 in hospital"), ("19:10", "rescuers sent; checkpoint restricted"))),
                         ("2015-01-15", (("10:00", "mourning in Volnovakha"), ("16:20", "a passenger dies in hospital; toll 13")))):
        for hm, label in entries:
            T(d, f"{day}T{hm}+02:00", label, f"**{hm}**")
    T(d, "2015-01-18T12:00+02:00", "'I am Volnovakha' marches", "Неділя, 18 січня, 12:00")
    T(d, "2015-01-19T15:00+02:00", "SBU names two DPR commanders as suspects", "Понеділок, 19 січня, 15:00")
    w = "volnov_wiki_en.atom#vol-wp"
    T(w, "2015-01-13T14:30+02:00", "rocket strikes next to a bus at the checkpoint", "13 January 2015, at about 14:30 [[Eastern European Time|EET]] (UTC+02:00)")
    T(w, "2015-01-15", "a woman dies in hospital; toll 13", "on 15 January")
    T(w, "2015-01-18", "marches in Kyiv", "On 18 January")
    r = "volnov_wiki_en.atom#vol-re"
    T(r, "2015-01-13", "rocket hits bus near Volnovakha", "'''January 13'''")
    T(r, "2015-01-14", "OSCE: rockets fired from separatist-held territory", "'''January 14'''")
    T(r, "2015-01-15", "toll reaches 13", "'''January 15'''")
    d = "volnov_news_kk.txt"
    T(d, "2015-01-13", "bus shelled near Volnovakha", "Сейсенбі күні, 13 қаңтарда")
    T(d, "2015-01-13T14:30+02:00", "shelling (Kyiv time)", "Киев уақыты бойынша сағат 14:30 шамасында")
    T(d, "2015-01-15", "a woman dies in hospital; toll 13", "Бейсенбі күні, 15 қаңтарда")

    d = "kondo_export_ru.xml#27719"
    T(d, "2006-08-29T23:00+04:00", "fight in the Chaika restaurant (Moscow time)", "около 23:00 по московскому времени (UTC+4)")
    T(d, "2006-09-02", "rally on the town square; restaurant set on fire", "В субботу, 2 сентября")
    T(d, "2006-09-03", "109 detained overnight", "в ночь на 3 сентября")
    T(d, "2006-09", "three officials dismissed", "В сентябре 2006 года")
    T(d, "2007", "court sentences seven", "В 2007 году")
    d = "kondo_mtblog_en.txt"
    T(d, "2006-08-30", "fight in the restaurant Chaika", "30.08.2006. In the restaurant")
    T(d, "2006-09-01T18:00", "anger on the forums", "Update 01.09 18.00")
    T(d, "2006-09-02T19:00+04:00", "rally begins (Moscow time)", "02.09.2006 in 19.00 hours (Moscow time)")
    T(d, "2006-09-03T02:30", "restaurant and stalls burn; detentions", "Update 03.09 02.30")
    T(d, "2006-09-03T14:00", "riot police in the city", "Update 03.09 14.00")
    T(d, "2006-09-04", "damage counted", "Update 04.09")

    d = "kumtor_press_en.html"
    T(d, "2013-05-31T06:00+06:00", "villagers block the Kumtor road (Bishkek time)", "On Friday, 31 May 2013, at about 06:00 Bishkek time (UTC+6)")
    d = "kumtor_report_uk.txt"
    T(d, "2013-05-31", "clashes on the Kumtor road", "У п'ятницю, 31 травня")
    T(d, "2013-05-31", "governor taken hostage; 80 detained", "Увечері 31 травня")
    T(d, "2013-06-01", "opposition claims two deaths; denied", "У суботу, 1 червня")
    d = "kumtor_news_kk.txt"
    T(d, "2013-05-31", "road to Kumtor blocked", "Жұма күні, 31 мамырда")
    T(d, "2013-05-31T06:00+06:00", "clashes begin (Bishkek time)", "Бішкек уақыты бойынша сағат 06:00 шамасында")
    T(d, "2013-06-01", "state of emergency declared", "Сенбі күні, 1 маусымда")

    d = "erebuni_wiki_ru.wiki"
    T(d, "2016-07-17T05:30+04:00", "armed group storms the police regiment (Yerevan time)", "В воскресенье, 17 июля 2016 года, около 05:30 по ереванскому времени (UTC+4)")
    T(d, "2016-07-29", "police disperse protesters at Sari Tagh", "Вечером в пятницу, 29 июля")
    T(d, "2016-07-30", "another police officer dies", "30 июля от ранения снайпера")
    T(d, "2016-07-31", "the group surrenders", "31 июля члены группы сдались")
    T(d, "2016-08", "two police chiefs dismissed", "В августе")
    T(d, "2017", "trial begins", "В 2017 году")
    f = "erebuni_articles_uk.jsonl#"
    T(f + "er1", "2016-07-17T05:30", "armed group seizes the police regiment", "У неділю, 17 липня, близько 05:30 за місцевим часом")
    T(f + "er2", "2016-07-29T21:00", "police disperse the rally at Sari Tagh", "У п'ятницю, 29 липня, близько 21:00")
    T(f + "er2", "2016-07-30", "another police officer dies", "У суботу, 30 липня")

    for n, r in enumerate(rows, 1):
        r["id"] = f"d17t{n:03d}"
    return rows


ENTITIES = [
    ("Atyrau", "place", ["Атыраудағы", "Атырау", "Atyrau", "Атырауской"]),
    ("Aktobe", "place", ["Ақтөбеде", "Ақтөбедегі"]),
    ("Almaty", "place", ["Алматы", "Almaty"]),
    ("Max Bokayev", "person", ["Max Bokayev", "Макс Боқаев"]),
    ("Talgat Ayan", "person", ["Talgat Ayan", "Талғат Аян"]),
    ("Volnovakha", "place", ["Волновахою", "Волновахи", "Волновахадағы", "Волноваха", "Volnovakha"]),
    ("Donetsk Oblast", "place", ["Донеччині", "Донецк облысындағы", "Donetsk Oblast"]),
    ("Donetsk People's Republic", "org", ["ДНР", "Донецк халық республикасы"]),
    ("OSCE", "org", ["OSCE", "ОБСЄ", "ЕҚЫҰ"]),
    ("Security Service of Ukraine", "org", ["СБУ", "Security Service of Ukraine"]),
    ("Kondopoga", "place", ["Кондопога", "Кондопоге", "Кондопоги", "Kondopoga"]),
    ("Karelia", "place", ["Карелии", "Карелия", "Karelia"]),
    ("Chaika restaurant", "place", ["Чайка", "Chaika"]),
    ("Kumtor", "place", ["Kumtor", "Кумтор", "Құмтөр"]),
    ("Barskoon", "place", ["Barskoon", "Барскоон", "Барскооні"]),
    ("Saruu", "place", ["Saruu", "Сару"]),
    ("Jeti-Oguz district", "place", ["Jeti-Oguz", "Жети-Өгіз", "Джети-Огузькому"]),
    ("Issyk-Kul", "place", ["Issyk-Kul", "Іссик-Кулі", "Ыстықкөл"]),
    ("Emilbek Kaptagaev", "person", ["Емільбека Каптагаєва", "Емілбек Қаптағаев"]),
    ("Kyrgyzstan", "place", ["Киргизстані", "Киргизстану", "Қырғызстан", "Қырғызстанның"]),
    ("Yerevan", "place", ["Ереване", "Ереван", "Єревані", "Єревана"]),
    ("Erebuni", "place", ["Эребуни", "Еребуні"]),
    ("Sari Tagh", "place", ["Сари Тах", "Сари Тахе", "Сарі Таг", "Сарі Тагу"]),
    ("Ministry of Health of Armenia", "org", ["Минздрава Армении", "Міністерство охорони здоров'я Вірменії"]),
]


def main() -> None:
    ents = [{"canonical": c, "type": t, "forms": forms} for c, t, forms in ENTITIES]
    write_gold(GOLD, "devset17", claims(), timeline(), ents)


if __name__ == "__main__":
    main()
