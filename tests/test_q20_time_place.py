"""Quality round 20 (devset22 round), dates and places: a night stated from one day to the next
dates its event and a clock time before midnight by the first day, also with its weekdays before it
and the year known only from the dateline ("В ночь со среды на четверг, с 7 на 8 ноября"), in the
Kazakh form "7 қарашадан 8 қарашаға қараған түні" and in a literal translation "from 7 on 8
November"; a short spell of clock times ("примерно с 22:30 до 23:00") is an event at its start, curfew
hours are not."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def events(pipeline, text: str, lang: str) -> list[str]:
    return [e.when for e in pipeline.analyze(Document(id="x.txt", path="x.txt", text=text, lang=lang)).events]


@pytest.mark.parametrize(("text", "lang"), [
    ("Хабар 14.03.2024. В ночь со вторника на среду, с 12 на 13 марта, в посёлке начались беспорядки. "
     "Около 23:00 толпа подожгла здание администрации.", "ru"),
    ("Хабар 14.03.2024. В ночь с понедельника на вторник, с 11 на 12 марта, у шахты собрались рабочие. "
     "Ночью, в 23:00, произошла драка.", "ru"),
    ("Хабар 14.03.2024. У ніч з вівторка на середу, з 12 на 13 березня, у селищі почалися заворушення. "
     "Близько 23:00 натовп підпалив будівлю адміністрації.", "uk"),
    ("Хабар 14.03.2024. У ніч з понеділка на вівторок, з 11 на 12 березня, біля шахти зібралися робітники. "
     "О 23:00 сталася бійка.", "uk"),
    ("Хабар 14.03.2024. Сейсенбіден сәрсенбіге қараған түні, 12 наурыздан 13 наурызға қараған түні, "
     "кентте тәртіпсіздік басталды. Сағат 23:00 шамасында жиналған топ әкімдік ғимаратын өртеді.", "kk"),
    ("Хабар 14.03.2024. Дүйсенбіден сейсенбіге қараған түні, 11 наурыздан 12 наурызға қараған түні, "
     "шахта маңында жұмысшылар жиналды. Сағат 23:00-де төбелес болды.", "kk"),
    ("Posted 14.03.2024. In night from 12 on 13 March riots began in the settlement. "
     "At 23.00 hours the crowd set fire to the building of administration.", "en"),
    ("Posted 14.03.2024. In night from 11 on 12 March workers gathered at the mine. "
     "At 23.00 hours of local time the fight happened.", "en"),
])
def test_a_night_from_one_day_to_the_next_is_dated_by_the_first(pipeline, text, lang):
    whens = events(pipeline, text, lang)
    first = [w for w in whens if w >= "2024-03-11" and w < "2024-03-14"]
    assert len(first) == 2 and first[1] == first[0] + "T23:00", whens


@pytest.mark.parametrize(("text", "lang", "whens"), [
    ("Душанбе, 14 қараша 2018 — Министрлік 23 адам қаза тапқанын хабарлады.\n\n"
     "Бүлік сәрсенбіден бейсенбіге қараған түні, 7 қарашадан 8 қарашаға қараған түні, жергілікті уақыт "
     "бойынша сағат 22:30 шамасында басталды.", "kk", ["2018-11-07T22:30"]),
    ("Алматы, 3 ақпан 2020 — Жұмадан сенбіге қараған түні, 31 қаңтардан 1 ақпанға қараған түні, "
     "сағат 23:10-да зауытта өрт шықты.", "kk", ["2020-01-31T23:10"]),
])
def test_kazakh_night_from_one_day_to_the_next(pipeline, text, lang, whens):
    assert events(pipeline, text, lang) == whens


@pytest.mark.parametrize(("text", "lang"), [
    ("Москва, 8 ноября 2018 — В ночь со среды на четверг, с 7 на 8 ноября, в колонии вспыхнул бунт.", "ru"),
    ("Київ, 8 листопада 2018 — У ніч із середи на четвер, з 7 на 8 листопада, у колонії спалахнув бунт.", "uk"),
])
def test_weekdays_of_a_night_whose_year_is_the_datelines(pipeline, text, lang):
    assert events(pipeline, text, lang) == ["2018-11-07"]


@pytest.mark.parametrize(("text", "lang", "whens"), [
    ("5 марта 2021 года жители слышали выстрелы примерно с 22:30 до 23:00.", "ru", ["2021-03-05T22:30"]),
    ("5 березня 2021 року мешканці чули постріли приблизно з 22:30 до 23:00.", "uk", ["2021-03-05T22:30"]),
    ("On 5 March 2021 residents heard shooting from 22:30 to 23:15.", "en", ["2021-03-05T22:30"]),
    ("2021 жылғы 5 наурызда тұрғындар 22:30-дан 23:00-ге дейін атыс дыбысын естіді.", "kk", ["2021-03-05T22:30"]),
    ("5 марта 2021 года ввели комендантский час с 23:00 до 07:00.", "ru", ["2021-03-05"]),
    ("On 5 March 2021 the square was closed from 10:00 to 18:00.", "en", ["2021-03-05"]),
])
def test_a_short_spell_of_clock_times_is_an_event_at_its_start(pipeline, text, lang, whens):
    assert events(pipeline, text, lang) == whens


@pytest.mark.parametrize(("text", "lang"), [
    ("Police detained 7 on 8 November 2018 in the city.", "en"),
    ("Officers arrested 12 on 8 November 2018 after the riot.", "en"),
    ("The court fined 3 on 8 November 2018.", "en"),
])
def test_a_count_before_on_and_a_day_is_no_range(pipeline, text, lang):
    assert events(pipeline, text, lang) == ["2018-11-08"]


@pytest.mark.parametrize(("text", "lang", "whens"), [
    ("date: 23 June 2024\ntimezone: MSK (UTC+03:00)\n\nOn 23 June 2024 gunmen attacked a church.", "en", ["2024-06-23"]),
    ("Time zone: GMT+05:00.\n\nOn 23 June 2024 gunmen attacked a church.", "en", ["2024-06-23"]),
    ("Всё время в тексте — московское (UTC+03:00).\n\n23 июня 2024 года боевики напали на церковь.", "ru",
     ["2024-06-23"]),
    ("Часовий пояс: UTC+02:00.\n\n23 червня 2024 року бойовики напали на церкву.", "uk", ["2024-06-23"]),
    ("Уақыт белдеуі: UTC+05:00.\n\n2024 жылғы 23 маусымда қарулы адамдар шіркеуге шабуыл жасады.", "kk",
     ["2024-06-23"]),
    ("On 23 June 2024 the first shots were fired at 18:00 (UTC+03:00).", "en", ["2024-06-23T18:00+03:00"]),
])
def test_an_offset_after_utc_is_no_clock_time(pipeline, text, lang, whens):
    assert events(pipeline, text, lang) == whens


def places_of(pipeline, text: str, lang: str) -> list[tuple[str, object, str | None]]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    return [(c.measure, c.value, c.place) for c in pipeline.analyze(doc).claims]


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Нападения в Дагестане: погибли 22 человека\n\nВечером 23 июня боевики атаковали синагогу в Дербенте. "
     "В Дербенте погибли 15 полицейских.", "ru", "Derbent"),
    ("Бунт в Согдийской области: убиты 13 заключённых\n\nВ колонии в Худжанде вспыхнул бунт. "
     "В Худжанде погибли 13 заключённых.", "ru", "Khujand"),
    ("Напади на храми в Дагестані: загиблих уже 22\n\nВечором 23 червня бойовики атакували синагогу в Дербенті. "
     "У Дербенті загинули 15 поліцейських.", "uk", "Derbent"),
    ("Обстріл Запорізької області: загинули 30 людей\n\nВранці ракети влучили в колону біля Запоріжжя. "
     "У Запоріжжі загинули 30 людей.", "uk", "Zaporizhzhia"),
    ("Dagestan death toll rises to 22\n\nOn 23 June gunmen attacked a synagogue in Derbent. "
     "In Derbent 15 police officers were killed.", "en", "Derbent"),
    ("Brawl in Atyrau region leaves 30 hurt\n\nFighting broke out in Kulsary on Saturday. "
     "In Kulsary 30 people were injured.", "en", "Qulsary"),
    ("Дағыстандағы шабуыл: 22 адам қаза тапты\n\n23 маусымда Дербент қаласында синагогаға шабуыл жасалды. "
     "Дербентте 15 полицей қаза тапты.", "kk", "Derbent"),
    ("Соғды облысындағы бүлік: 13 сотталушы қаза тапты\n\nХуджанд қаласындағы колонияда бүлік басталды. "
     "Худжандта 13 сотталушы қаза тапты.", "kk", "Khujand"),
])
def test_a_region_in_the_headline_frames_the_bodys_town(pipeline, text, lang, place):
    got = places_of(pipeline, text, lang)
    assert got and all(p == place for _, _, p in got), got


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Взрыв в Кульсары\n\nВ Кульсары взорвался газопровод.\n\n| Больница | Пострадавшие | Переведены в Алматы |\n"
     "|---|---|---|\n| Центральная больница | 41 | 12 |\n| Поликлиника № 3 | 9 | 2 |\n", "ru", "Qulsary"),
    ("Пожар в Шахтинске\n\nНа шахте в Шахтинске произошёл пожар.\n\nБольница\tПострадавшие\tОтправлены в Караганду\n"
     "Городская больница\t17\t5\nПоликлиника № 2\t6\t1\n", "ru", "Shakhtinsk"),
    ("Вибух у Кульсари\n\nУ Кульсари вибухнув газопровід.\n\n| Лікарня | Постраждалі | Переведені до Алмати |\n"
     "|---|---|---|\n| Центральна лікарня | 41 | 12 |\n| Поліклініка № 3 | 9 | 2 |\n", "uk", "Qulsary"),
    ("Пожежа в Шахтинську\n\nНа шахті в Шахтинську сталася пожежа.\n\nЛікарня\tПостраждалі\tВідправлені в Караганду\n"
     "Міська лікарня\t17\t5\nПоліклініка № 2\t6\t1\n", "uk", "Shakhtinsk"),
    ("Құлсарыдағы жарылыс\n\nҚұлсары қаласында газ құбыры жарылды.\n\n| Аурухана | Зардап шеккендер | Алматыға жіберілді |\n"
     "|---|---|---|\n| Орталық аурухана | 41 | 12 |\n| № 3 емхана | 9 | 2 |\n", "kk", "Qulsary"),
    ("Explosion near Stepanakert\n\nOn Monday a fuel depot exploded near Stepanakert.\n\n"
     "Facility\tInjured received\tTreated in Armenia\nCity hospital No. 2\t214\t131\nField clinic No. 1\t76\t37\n",
     "en", "Stepanakert"),
    ("Fire in Shakhtinsk\n\nA fire broke out at a mine in Shakhtinsk.\n\n| Hospital | Injured | Flown to Karaganda |\n"
     "|---|---|---|\n| City hospital | 17 | 5 |\n| Clinic No. 2 | 6 | 1 |\n", "en", "Shakhtinsk"),
])
def test_a_table_header_names_no_place_of_its_rows(pipeline, text, lang, place):
    got = [(m, v, p) for m, v, p in places_of(pipeline, text, lang) if m == "injured"]
    assert got and all(p == place for _, _, p in got), got


@pytest.mark.parametrize(("text", "lang", "places"), [
    ("Нападения в Дагестане.\n\nВечером 23 июня в Махачкале в ходе перестрелки ликвидированы 4 нападавших, "
     "в Дербенте — ещё 2.", "ru", ["Makhachkala", "Derbent"]),
    ("После митинга в Шымкенте задержаны 15 участников акции, в Таразе — 6.", "ru", ["Shymkent", "Taraz"]),
    ("Увечері 23 червня в Махачкалі під час перестрілки ліквідовано 4 нападників, у Дербенті — ще 2.", "uk",
     ["Makhachkala", "Derbent"]),
    ("Після мітингу в Шимкенті затримали 15 учасників акції, у Таразі — 6.", "uk", ["Shymkent", "Taraz"]),
    ("On 23 June in Makhachkala 4 attackers were killed in a shoot-out, in Derbent — 2 more.", "en",
     ["Makhachkala", "Derbent"]),
    ("After the rally in Shymkent police detained 15 protesters, in Taraz — 6.", "en", ["Shymkent", "Taraz"]),
    ("23 маусымда атыс кезінде Махачкалада 4 шабуылдаушы жойылды, Дербентте — тағы 2.", "kk",
     ["Makhachkala", "Derbent"]),
    ("Митингтен кейін Шымкентте 15 адам ұсталды, Таразда — 6.", "kk", ["Shymkent", "Taraz"]),
])
def test_a_place_opening_an_elliptic_clause_after_the_figure_is_that_clauses(pipeline, text, lang, places):
    assert [p for _, _, p in places_of(pipeline, text, lang)] == places


def whens_of(pipeline, text: str, lang: str) -> list[tuple[str, object, str | None]]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    return [(c.measure, c.value, c.when) for c in pipeline.analyze(doc).claims]


@pytest.mark.parametrize(("text", "lang", "got"), [
    ("Вечером 23 июня 2024 года боевики напали на синагогу в Дербенте.\n\nВ ночь на 24 июня глава республики "
     "говорил о «более 15» погибших полицейских. НАК, напротив, называл пятерых.", "ru", ("killed", 5)),
    ("Вечером 23 июня 2024 года боевики напали на синагогу в Дербенте.\n\n24 июня глава республики говорил "
     "о 15 погибших полицейских. Правозащитники называли 19.", "ru", ("killed", 19)),
    ("Увечері 23 червня 2024 року бойовики напали на синагогу в Дербенті.\n\nЩе в ніч на 24 червня очільник "
     "республіки казав про «понад 15» загиблих правоохоронців. НАК натомість називав п'ятьох.", "uk", ("killed", 5)),
    ("Увечері 23 червня 2024 року бойовики напали на синагогу в Дербенті.\n\n24 червня очільник республіки "
     "казав про 15 загиблих поліцейських. Правозахисники натомість називали 19.", "uk", ("killed", 19)),
    ("2024 жылғы 23 маусымда кешке Дербент қаласында синагогаға шабуыл жасалды.\n\n24 маусымда республика "
     "басшысы 15 полицейдің қаза тапқанын айтты. Құқық қорғаушылар 19 құрбанды атады.", "kk", ("killed", 19)),
    ("On the evening of 23 June 2024 gunmen attacked a synagogue in Derbent.\n\nOn 24 June the republic's "
     "head spoke of 15 police officers killed. Rights groups named 19 victims.", "en", ("killed", 19)),
])
def test_a_rival_count_after_a_count_given_on_a_day_was_given_by_then(pipeline, text, lang, got):
    rows = [w for m, v, w in whens_of(pipeline, text, lang) if (m, v) == got]
    assert rows == ["2024-06-23/2024-06-24"], whens_of(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang", "whens"), [
    ("Вечером 23 июня 2024 года боевики напали на синагогу в Дербенте.\n\nВ понедельник глава республики "
     "говорил о погибших полицейских.", "ru", ["2024-06-23", "2024-06-24"]),
    ("# Нападения в Дербенте 23 июня 2024 года: хроника\n\nБоевики напали на синагогу.\n\nПогибших "
     "похоронили в родных сёлах во вторник.", "ru", ["2024-06-25"]),
    ("Увечері 23 червня 2024 року бойовики напали на синагогу в Дербенті.\n\nУ понеділок очільник республіки "
     "говорив про загиблих поліцейських.", "uk", ["2024-06-23", "2024-06-24"]),
    ("On the evening of 23 June 2024 gunmen attacked a synagogue in Derbent.\n\nOn Monday the republic's head "
     "spoke of the police officers killed.", "en", ["2024-06-23", "2024-06-24"]),
    ("# Attacks in Derbent on 23 June 2024: a timeline\n\nGunmen attacked a synagogue.\n\nThe dead were "
     "buried in their villages on Tuesday.", "en", ["2024-06-25"]),
    ("2024 жылғы 23 маусымда кешке Дербентте синагогаға шабуыл жасалды.\n\nДүйсенбі күні республика "
     "басшысы қаза тапқан полицейлер туралы айтты.", "kk", ["2024-06-23", "2024-06-24"]),
    ("Махачкала, 26 июня 2024 — В понедельник глава республики говорил о погибших полицейских.", "ru",
     ["2024-06-24"]),
    ("Махачкала, 26 червня 2024 — У п'ятницю відбувся мітинг.", "uk", ["2024-06-21"]),
])
def test_a_weekday_after_a_title_or_lead_day_counts_forward_from_it(pipeline, text, lang, whens):
    assert events(pipeline, text, lang) == whens


@pytest.mark.parametrize(("text", "lang", "label"), [
    ("23 июня 2024 года боевики напали на церковь.\n\nИх похоронили в родных сёлах 24 июня и 25 июня.", "ru",
     "Их похоронили в родных сёлах."),
    ("23 июня 2024 года боевики напали на церковь.\n\nМитинги прошли 24 июня или 25 июня в трёх городах.", "ru",
     "Митинги прошли в трёх городах."),
    ("23 червня 2024 року бойовики напали на церкву.\n\nЇх поховали в рідних селах 24 червня та 25 червня.", "uk",
     "Їх поховали в рідних селах."),
    ("On 23 June 2024 gunmen attacked a church.\n\nThey were buried in their villages on 24 June and on 25 June.",
     "en", "They were buried in their villages."),
    ("2024 жылғы 23 маусымда шіркеуге шабуыл жасалды.\n\nОлар 24 маусымда және 25 маусымда ауылдарында жерленді.",
     "kk", "Олар ауылдарында жерленді."),
])
def test_a_label_cuts_the_conjunction_of_two_cut_dates(pipeline, text, lang, label):
    evs = pipeline.analyze(Document(id="x.txt", path="x.txt", text=text, lang=lang)).events
    assert [e.label for e in evs][-1] == label, [e.label for e in evs]
