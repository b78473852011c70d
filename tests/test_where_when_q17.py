"""Places and dates, quality round q17: a named scene no gazetteer knows (a border post, a gorge, a
valley; in guillemets, with a Kazakh case ending, as a Russian or Ukrainian adjective) is the event's
place; a distance's reference point ("1,200 km from X") and a country the scene is only near ("near
China", "close to the border with China") are not."""

from __future__ import annotations

import pytest

from rashomon.claims._place_cues import distance_aside, scene_names
from rashomon.document import Document


def analyze(pipeline, text: str, lang: str):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    return pipeline.analyze(doc)


def places_of(pipeline, text: str, lang: str) -> list[tuple[str, object, str | None]]:
    return [(c.measure, c.value, c.place) for c in analyze(pipeline, text, lang).claims]


# -- named scenes --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Bodies were found at the burned Tashbulak outpost in the region.", "en", ["Tashbulak"]),
    ("Gunmen ambushed a convoy in the Sarband gorge on Sunday.", "en", ["Sarband"]),
    ("Troops were sent to the Vakhsh valley.", "en", ["Vakhsh"]),
    ("Border posts were checked.", "en", []),  # a sentence's first word is no name
    ("Soldiers at a Kyrgyz outpost were hurt.", "en", []),  # a country adjective is no name
    ("на пограничной заставе «Ташбулак» произошёл пожар", "ru", ["Ташбулак"]),
    ("колонна попала в засаду в ущелье Сарбанд на рассвете", "ru", ["Сарбанд"]),
    ("число погибших в Сарбандском ущелье выросло", "ru", ["Сарбанд"]),
    ("бойцы заставы Пограничной службы", "ru", []),  # an adjective after the noun is no name
    ("колону обстріляли в ущелині Сарбанд у Вахшській долині", "uk", ["Сарбанд", "Вахш"]),
    ("на заставі «Ташбулак» сталася пожежа", "uk", ["Ташбулак"]),
    ("Вахш аңғарындағы Сарбанд шатқалында колонна атқылауға ұшырады", "kk", ["Вахш", "Сарбанд"]),
    ("Ташбулак шекара заставасы өртеніп кетті", "kk", ["Ташбулак"]),
])
def test_scene_names(text, lang, names):
    assert [n for _, _, n in scene_names(text, lang)] == names


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Gunmen ambushed a convoy in the Sarband GORGE.", "en", ["Sarband"]),
    ("the Tashbulak OUTPOſT was hit", "en", ["Tashbulak"]),  # "ſ" is an "s" to `re` ignoring case
    ("the Tashbulak outpoſt was hit", "en", ["Tashbulak"]),
    ("в ущелье Сарбанд и в дᲂлине Вахш", "ru", ["Сарбанд", "Вахш"]),  # "ᲂ": an old "о" to `re`
    ("ДОЛИНА Вахш", "uk", ["Вахш"]),
    ("no scene here at all, Tashbulak", "en", []),
])
def test_scene_names_prefilter(text, lang, names, monkeypatch):
    """The substring prefilter (`_no_scene_noun`) never drops what the finders find."""
    from rashomon.claims import _place_cues

    assert [n for _, _, n in scene_names(text, lang)] == names
    monkeypatch.setattr(_place_cues, "_no_scene_noun", lambda text, lang: False)
    assert [n for _, _, n in scene_names(text, lang)] == names


@pytest.mark.parametrize(("text", "place", "aside"), [
    ("The outpost lies about 1,200 km from Astana.", "Astana", True),
    ("The village is 40 km north-west of Kabul.", "Kabul", True),
    ("Застава находится в 40 км от Алматы.", "Алматы", True),
    ("Село розташоване за 30 км від Харкова.", "Харкова", True),
    ("Застава Алматыдан 300 км жерде орналасқан.", "Алматыдан", True),
    ("The plane flew from Astana to Almaty.", "Astana", False),
    ("В Алматы задержаны 40 человек.", "Алматы", False),
])
def test_distance_aside(text, place, aside):
    k = text.index(place)
    assert distance_aside(text, k, k + len(place)) is aside


@pytest.mark.parametrize(("text", "lang", "measure", "value", "place"), [
    # the scene, not the capital of a distance aside
    ("Survivor confessed\n\nProsecutors said on Monday that the only survivor of the Tashbulak outpost had "
     "confessed to killing all 12 people there.\n\nThe outpost lies about 1,200 km from Astana.",
     "en", "killed", 12, "Tashbulak"),
    # the scene, not the country it is near
    ("Twelve border guards found dead at burned Kazakh outpost near China\n\nThe bodies were found at the "
     "burned Tashbulak outpost in the Almaty region, close to the Chinese border.",
     "en", "killed", 12, "Tashbulak"),
    # a post in guillemets over the country of the letterhead
    ("ПОГРАНИЧНАЯ СЛУЖБА РЕСПУБЛИКИ КАЗАХСТАН\n\n30 мая около 08:00 на пограничной заставе «Ташбулак» "
     "произошёл пожар. В результате погибли 12 человек.", "ru", "killed", 12, "Tashbulak"),
    # a gorge named with a Kazakh case ending over the headline's country
    ("Тәжікстанда шабуыл: 20 сарбаз қаза тапты\n\nЖексенбі күні Корумдар шатқалында армия колоннасы "
     "атқылауға ұшырады. Қорғаныс министрлігінің мәліметінше, 20 сарбаз қаза тапты.",
     "kk", "killed", 20, "Korumdar"),
    # a Ukrainian adjective of the valley gives the valley's name
    ("Засідка: загинули 20 військових\n\nУ неділю бойовики обстріляли колону у Вахшській долині. "
     "Міністерство оборони повідомило про 20 загиблих військових.", "uk", "killed", 20, "Vakhsh"),
])
def test_scene_is_the_place(pipeline, text, lang, measure, value, place):
    got = places_of(pipeline, text, lang)
    assert (measure, value, place) in got, got


def test_post_near_a_town_gives_the_town(pipeline):
    text = ("Обстріл автобуса\n\nАвтобус потрапив під обстріл біля блокпоста «Тарасівка» поблизу Волновахи. "
            "Загинули 10 пасажирів.")
    got = places_of(pipeline, text, "uk")
    assert ("killed", 10, "Volnovakha") in got, got


# -- dates and zones -------------------------------------------------------------------------------------

def timexes(pipeline, text: str, lang: str, **meta):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang, **meta)
    pipeline.prepare(doc)
    return [(t.text, t.value) for t in pipeline.time_tagger(doc)]


def wiki_timexes(pipeline, tmp_path, text: str):
    from rashomon.readers import read_inputs

    path = tmp_path / "x.wiki"
    path.write_text(text, encoding="utf-8")
    doc = next(iter(read_inputs([str(path)])))
    pipeline.prepare(doc)
    return {t.text: t.value for t in pipeline.time_tagger(doc)}


def test_background_section_day_does_not_carry(pipeline, tmp_path):
    # the lead gives the event's day; "== Предыстория ==" a day before it; a clock time under the next
    # heading is on the lead's day
    text = ("{{Карточка события\n| название = Разгон митинга\n| дата = 7 ноября 2007\n| место = [[Тбилиси]]\n}}\n"
            "'''Разгон митинга''' — разгон акции протеста в среду, 7 ноября 2007 года.\n\n"
            "== Предыстория ==\nВ пятницу, 2 ноября 2007 года, на митинг вышли 50 тысяч человек.\n\n"
            "== Разгон ==\nОколо 15:30 по тбилисскому времени (UTC+4) полиция применила газ.\n")
    got = wiki_timexes(pipeline, tmp_path, text)
    assert got["15:30 по тбилисскому времени (UTC+4)"] == "2007-11-07T15:30+04:00"


def test_dated_section_day_still_carries(pipeline, tmp_path):
    text = ("'''Хроника''' событий.\n\n== 2 ноября 2007 года ==\nНа митинг вышли люди.\n\n"
            "== Вечер ==\nОколо 21:00 полиция применила газ.\n")
    got = wiki_timexes(pipeline, tmp_path, text)
    assert got["21:00"].startswith("2007-11-02T21:00")


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("В воскресенье, 19 сентября 2010 года, около 07:00 по хорогскому времени (UTC+5) колонна попала в засаду.",
     "ru", "2010-09-19T07:00+05:00"),
    ("У неділю, 19 вересня 2010 року, близько 07:00 за хорозьким часом (UTC+5) колону обстріляли.",
     "uk", "2010-09-19T07:00+05:00"),
    ("On Sunday, 19 September 2010, at 07:00 Khorog time (UTC+5) the convoy was ambushed.",
     "en", "2010-09-19T07:00+05:00"),
    ("Жексенбі күні, 19 қыркүйекте 2010 жылы, Душанбе уақыты бойынша сағат 07:00 шамасында колонна атқылауға ұшырады.",
     "kk", "2010-09-19T07:00+05:00"),
    ("В воскресенье, 19 сентября 2010 года, около 07:00 по душанбинскому времени колонна попала в засаду.",
     "ru", "2010-09-19T07:00+05:00"),
    # Kyrgyzstan: UTC+5 before the summer time of 27 March 2005, UTC+6 all year from August 2005
    ("Бейсенбі күні, 24 наурызда 2005 жылы, Бішкек уақыты бойынша сағат 14:00 шамасында адамдар жиналды.",
     "kk", "2005-03-24T14:00+05:00"),
    ("24 марта 2005 года около 14:00 по бишкекскому времени протестующие собрались на площади.",
     "ru", "2005-03-24T14:00+05:00"),
    ("On 2 May 2010, at about 14:00 Chisinau time, protesters gathered.", "en", "2010-05-02T14:00+03:00"),
])
def test_zones_of_towns(pipeline, text, lang, value):
    got = [v for _, v in timexes(pipeline, text, lang) if "T" in v]
    assert got == [value]


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("У четвер, 8 листопада 2007 року, президент оголосив дострокові вибори на 5 січня.", "uk", "5 січня"),
    ("В четверг, 8 ноября 2007 года, президент назначил досрочные выборы на 5 января.", "ru", "5 января"),
    ("On Thursday, 8 November 2007, the president called early elections for 5 January.", "en", "5 January"),
])
def test_scheduled_day_is_ahead_and_no_event(pipeline, text, lang, day):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    a = pipeline.analyze(doc)
    got = {t.text: t.value for t in a.timexes}
    assert got[day] == "2008-01-05"
    assert [e.when for e in a.events] == ["2007-11-08"]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("The battle lasted 7 August – 2 September 2014 around the town.", "en", "2014-08-07/2014-09-02"),
    ("Fighting from 28 December to 3 January 2015 followed.", "en", "2014-12-28/2015-01-03"),
])
def test_range_start_takes_the_end_year(pipeline, text, lang, value):
    got = [v for _, v in timexes(pipeline, text, lang, published="2015-08-20")]
    assert got == [value]


def test_wiki_revision_gives_no_year(pipeline):
    # a feed of wiki edits: "<updated>" is the page's revision a year later; a text stating no year
    # leaves a bare day year-less for the corpus stage
    text = "29 August – Columns leave the town under the promised corridor.\n"
    got = timexes(pipeline, text, "en", updated="2015-08-20T10:02:11Z")
    assert got == [("29 August", "--08-29")]
    # a published date still gives the year
    got = timexes(pipeline, text, "en", published="2015-08-20")
    assert got == [("29 August", "2015-08-29")]


# -- later tolls, evening entries, day-lines, remits, titles ----------------------------------------------

def claims_of(pipeline, text: str, lang: str, **meta):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang, **meta)
    return pipeline.analyze(doc).claims


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Battle of Marinka\n\nThe battle was fought from 7 August to 2 September 2014 around the town.\n\n"
     "In August 2015 the chief prosecutor gave 366 killed.", "en", 366),
    ("Бої за Мар'їнку\n\nБої тривали з 7 серпня по 2 вересня 2014 року.\n\n"
     "У серпні 2015 року головний військовий прокурор назвав 366 загиблих.", "uk", 366),
])
def test_a_later_toll_covers_the_event(pipeline, text, lang, value):
    got = [c.when for c in claims_of(pipeline, text, lang) if c.value == value]
    assert got and got[0].startswith("2014-08") and got[0].endswith("2015-08"), got


def test_a_word_before_a_square_is_no_place(pipeline):
    text = ("Protest in Moldova\n\nOn Tuesday, 7 April 2009, a protest began in the Great National Assembly "
            "Square in Chisinau. By our estimate about 10,000 people took part.")
    got = [c.place for c in claims_of(pipeline, text, "en")]
    assert got and "Great" not in got, got


def test_another_day_lines_place_is_no_paragraph_place(pipeline):
    text = ("29 August – Columns leave under heavy shelling near Novokaterynivka.\n"
            "3 September – General Staff: 108 killed, 97 wounded.\n")
    got = [(c.value, c.place_how) for c in claims_of(pipeline, text, "en", published="2014-09-04")]
    assert (108, "paragraph") not in got and got, got


def test_a_ministry_of_a_country_is_no_paragraph_place(pipeline):
    text = ("Bus fire in Aktobe region\n\nA bus caught fire in the Aktobe region, killing 52.\n\n"
            "Later the Foreign Ministry of Uzbekistan said all 52 dead were its citizens. "
            "The ministry said police had detained the two drivers.")
    got = [c.place for c in claims_of(pipeline, text, "en") if c.measure == "detained"]
    assert got and "Uzbekistan" not in got, got


def test_a_title_daypart_does_not_date_the_body(pipeline):
    text = ("Бішкектегі толқу: Ақ үй басып алынды, түнде дүкендер тоналды\n\n"
            "Бішкек, 25 наурыз 2005 — «Дала ақпарат»\n\n"
            "Бейсенбі күні, 24 наурызда, оппозиция жақтастары алаңға жиналып, Ақ үйді басып алды.\n\n"
            "Ішкі істер министрлігінің мәліметінше, алаңға 10 мыңға жуық адам шықты.")
    got = [c.when for c in claims_of(pipeline, text, "kk") if c.value == 10000]
    assert got and got[0].startswith("2005-03-24"), got


@pytest.mark.parametrize(("text", "lang"), [
    ("On Wednesday, 7 November 2007, at about 15:30, police dispersed the rally. Earlier that morning police "
     "had removed hunger strikers.", "en"),
    ("В среду, 7 ноября 2007 года, около 15:30 полиция разогнала митинг. Тем же утром полиция убрала "
     "голодающих.", "ru"),
    ("У середу, 7 листопада 2007 року, близько 15:30 поліція розігнала мітинг. Того ж ранку поліція "
     "прибрала голодувальників.", "uk"),
])
def test_that_morning_is_the_same_day(pipeline, text, lang):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    a = pipeline.analyze(doc)
    assert sorted(e.when for e in a.events) == ["2007-11-07", "2007-11-07T15:30"], [e.when for e in a.events]
