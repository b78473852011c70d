"""Quality round 27, claim dates. All texts are invented (fictional places and people); each
construction in every language that has it."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def analyze(pipeline, text: str, lang: str, published: str | None = None, doc_id: str = "x.txt"):
    doc = Document(id=doc_id, path=doc_id.split("#")[0], text=text, lang=lang, published=published)
    return pipeline.analyze(doc)


def whens(pipeline, text: str, lang: str, value: int, published: str | None = None) -> list[str]:
    return [c.when for c in analyze(pipeline, text, lang, published).claims if c.value == value]


def overlaps(when: str | None, day: str) -> bool:
    a, _, b = (when or "").partition("/")
    b = b or a
    return bool(a) and a[:len(day)] <= day and day[:len(b)] <= b


# "killed by Wednesday's earthquake": a passive agent's day, no deadline ("by Wednesday"). English only:
# ru, uk and kk name that day with an adjective or a genitive, no preposition.
def test_a_possessive_day_after_by_is_the_events(pipeline):
    text = ("Officials in Marrowby said on Friday that about 40 people may have been killed by "
            "Wednesday's landslide in the hills above the town.")
    got = whens(pipeline, text, "en", 40, published="2031-05-09")
    assert got and overlaps(got[0], "2031-05-07"), got


def test_by_a_day_alone_stays_a_bound(pipeline):
    doc = Document(id="x.txt", path="x.txt", lang="en", published="2031-05-09",
                   text="The council must answer by Wednesday, officials in Marrowby said.")
    ts = [t for t in pipeline.time_tagger(doc) if t.text.startswith("Wednesday")]
    assert ts and ts[0].certainty == "before"


# A year-less day in a title ("The 14 March case: ...") that the text dates with its year ("the riot of
# 14 March 1988") is that year's, not the publication's; a later day of the report keeps its own year.
@pytest.mark.parametrize("text,lang", [
    ("Дело 14 марта: четверо осуждены\n\nСуд в Дорвике в среду, 3 июня, вынес приговор по делу о беспорядках "
     "14 марта 1988 года.\n\nВ результате беспорядков погибли 6 человек.", "ru"),
    ("Справа 14 березня: четверо засуджені\n\nСуд у Дорвіку у середу, 3 червня, ухвалив вирок у справі про "
     "заворушення 14 березня 1988 року.\n\nУнаслідок заворушень загинули 6 людей.", "uk"),
    ("The 14 March case: four convicted\n\nA court in Dorvik on Wednesday, 3 June, passed sentence over the riot "
     "of 14 March 1988.\n\nIn the riot 6 people were killed.", "en"),
    ("14 наурыз ісі: төрт адам сотталды\n\nДорвик соты 1992 жылғы 3 маусымда 1988 жылғы 14 наурыздағы "
     "толқулар бойынша үкім шығарды.\n\nТолқулар кезінде 6 адам қаза тапты.", "kk"),
])
def test_a_title_day_takes_the_year_the_text_gives_it(pipeline, text, lang):
    a = analyze(pipeline, text, lang, published="1992-06-03")
    days = {a.doc.text[t.span[0]:t.span[1]]: t.value for t in a.timexes}
    assert any(v == "1988-03-14" for k, v in days.items() if "1988" not in k), days
    assert any(v == "1992-06-03" for v in days.values()), days
    got = [c.when for c in a.claims if c.value == 6]
    assert got and overlaps(got[0], "1988-03-14"), got


def test_a_report_day_is_not_moved(pipeline):
    text = ("Today, 14 March, Dorvik remembers the riot of 14 March 1988 and also the flood of 14 March 1990, "
            "in which 12 died.")
    a = analyze(pipeline, text, "en", published="1996-03-14")
    assert any(t.value == "1996-03-14" for t in a.timexes)


# "200 were detained on 10 March, and in June 1956 courts sentenced 39": each figure the date of its clause.
@pytest.mark.parametrize("text,lang,first,second", [
    ("Волнения в Дорвике начались 10 марта 1956 года. После событий задержаны около 200 человек, "
     "а в июне 1956 года осуждены 39 человек.", "ru", 200, 39),
    ("Заворушення в Дорвіку почалися 10 березня 1956 року. Після подій затримали близько 200 людей, "
     "а в червні 1956 року засудили 39 людей.", "uk", 200, 39),
    ("Unrest in Dorvik began on 10 March 1956. About 200 people were detained on 10 March, "
     "and in June 1956 courts sentenced 39 of them.", "en", 200, 39),
    ("Дорвиктегі толқулар 1956 жылғы 10 наурызда басталды. Оқиғадан кейін 200-ге жуық адам ұсталды, "
     "ал 1956 жылғы маусымда 39 адам сотталды.", "kk", 200, 39),
])
def test_each_clause_keeps_its_date(pipeline, text, lang, first, second):
    a = analyze(pipeline, text, lang)
    one = [c.when for c in a.claims if c.value == first]
    two = [c.when for c in a.claims if c.value == second]
    assert one and overlaps(one[0], "1956-03-10") and not overlaps(one[0], "1956-06-20"), one
    assert two and two[0].startswith("1956-06"), two


def _reanchored(pipeline, docs):
    from rashomon.timeline import reanchor

    analyses = [pipeline.analyze(Document(id=i, path=i.split("#")[0], text=t, lang=lang, published=pub))
                for i, t, lang, pub in docs]
    reanchor(analyses)
    return analyses


# A report with no year anywhere ("Yesterday, 25 December, ...") takes the year a dated report of the run
# gives the same day without stating it ("published 27 December 2030: ... on 25 December ...").
@pytest.mark.parametrize("bare,dated,lang", [
    ("Вчера, 25 декабря, под Дорвиком разбился самолёт: погибли все 14 человек на борту.",
     "Сегодня в Дорвике простились с погибшими. Самолёт разбился 25 декабря вечером.", "ru"),
    ("Учора, 25 грудня, під Дорвіком розбився літак: загинули всі 14 людей на борту.",
     "Сьогодні в Дорвіку попрощалися із загиблими. Літак розбився 25 грудня ввечері.", "uk"),
    ("Yesterday, 25 December, a plane crashed near Dorvik: all 14 people on board were killed.",
     "Dorvik said farewell to the dead today. The plane crashed on 25 December in the evening.", "en"),
    ("Кеше, 25 желтоқсанда, Дорвик маңында ұшақ апатқа ұшырады: бортта болған 14 адамның бәрі қаза тапты.",
     "Бүгін Дорвикте қаза болғандармен қоштасты. Ұшақ 25 желтоқсан күні кешке апатқа ұшырады.", "kk"),
])
def test_a_yearless_report_takes_a_dated_reports_year(pipeline, bare, dated, lang):
    a, _b = _reanchored(pipeline, [("bare.txt", bare, lang, None), ("dated.txt", dated, lang, "2030-12-27")])
    got = [c.when for c in a.claims if c.value == 14]
    assert got and overlaps(got[0], "2030-12-25"), got


# A feed's follow-up entry: its tolls run from the day an earlier entry gives the event, even when that
# entry tells it on its own publication day; an anniversary entry's counts are the event's.
def test_a_follow_up_entry_runs_from_the_first_entrys_day(pipeline):
    first = "A jet crashed into a block of flats in Dorvik on Monday evening. Two people were killed."
    later = "The number of people killed in the Dorvik crash has risen to 13, officials said on Tuesday evening."
    a, b = _reanchored(pipeline, [("f.rss#1", first, "en", "2031-10-13T19:00:00+00:00"),
                                  ("f.rss#2", later, "en", "2031-10-15T06:00:00+00:00")])
    got = [c.when for c in b.claims if c.value == 13]
    assert got and overlaps(got[0], "2031-10-13"), got


@pytest.mark.parametrize("first,later,lang", [
    ("Паром «Мираж» затонул у Дорвика вечером 31 августа 1986 года. Погибли 400 человек.",
     "В среду родственники погибших собрались на мысе. Выжившие считают, что погибли до 500 человек.", "ru"),
    ("Пором «Міраж» затонув біля Дорвіка ввечері 31 серпня 1986 року. Загинули 400 людей.",
     "У середу родичі загиблих зібралися на мисі. Ті, хто вижив, вважають, що загинули до 500 людей.", "uk"),
    ("The ferry Mirage sank off Dorvik on the evening of 31 August 1986. 400 people died.",
     "Families gathered at the cape on Wednesday. Some survivors believe that up to 500 people died.", "en"),
])
def test_an_anniversary_entry_counts_the_event(pipeline, first, later, lang):
    a, b = _reanchored(pipeline, [("f.rss#1", first, lang, "2011-08-31T07:00:00+00:00"),
                                  ("f.rss#2", later, lang, "2011-09-01T09:00:00+00:00")])
    got = [c.when for c in b.claims if c.value == 500]
    assert got and overlaps(got[0], "1986-08-31"), got


# An entry of a file (a talk page beside its article) takes the year its file's other entries give a
# day, not the year another event of the run gives it.
@pytest.mark.parametrize("article,talk,other,lang", [
    ("The siege of the Dorvik theatre lasted from 23 to 26 October 2002. On 26 October 2002 troops stormed it.",
     "Talk: a forum post of 26 October claimed that over 300 were dead.",
     "On 26 October 2022 a storm hit Marrowby and 4 people were injured.", "en"),
    ("Осада театра в Дорвике длилась с 23 по 26 октября 2002 года. 26 октября 2002 года здание штурмовали.",
     "Обсуждение: на форуме 26 октября писали, что погибли более 300 человек.",
     "26 октября 2022 года на Марроуби обрушился шторм, пострадали 4 человека.", "ru"),
    ("Облога театру в Дорвіку тривала з 23 по 26 жовтня 2002 року. 26 жовтня 2002 року будівлю штурмували.",
     "Обговорення: на форумі 26 жовтня писали, що загинули понад 300 людей.",
     "26 жовтня 2022 року на Марроубі налетів шторм, постраждали 4 людини.", "uk"),
    ("Дорвик театрын қоршау 2002 жылғы 23-26 қазан аралығында болды. 2002 жылғы 26 қазанда ғимаратқа шабуыл жасалды.",
     "Талқылау: форумда 26 қазанда 300-ден астам адам қаза тапты деп жазылды.",
     "2022 жылғы 26 қазанда Марроубиде дауыл болып, 4 адам зардап шекті.", "kk"),
])
def test_an_entry_takes_its_files_year(pipeline, article, talk, other, lang):
    _a, t, _o, _p = _reanchored(pipeline, [("w.atom#art", article, lang, None), ("w.atom#talk", talk, lang, None),
                                           ("storm1.txt", other, lang, None), ("storm2.txt", other, lang, None)])
    got = [c.when for c in t.claims if c.value == 300]
    assert got and overlaps(got[0], "2002-10-26"), got
