"""Round 39, timeline and claim dates. Invented pages and places.

1. `rashomon._incident_days` relates the pages of a run by the places of their figures keyed phonetically
   ("Озерк" and "Ozerk" are one), and, when no other page shares its figures' places, by the places both
   pages are about (named twice or more, a kind word dropped: «Нарвия облысында» is "Нарвия").
2. The weekday cues of `timeline._month_weekdays` are language data; `YearVotes.others_on`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rashomon.document import Document
from rashomon.dossier import assemble
from rashomon.pipeline import Pipeline

_P = Pipeline()


def _whens(first: tuple[str, str], later: tuple[str, str], first_day="2031-05-03", later_day="2031-05-06"):
    an = [_P.analyze(Document(id="a.txt", path="a", text=first[1], lang=first[0], published=first_day)),
          _P.analyze(Document(id="b.txt", path="b", text=later[1], lang=later[0], published=later_day))]
    return {(c.doc[0], c.value): c.when for c in assemble(an).claims if c.measure == "killed"}


# the incident page names the town; the later page the toll in the same town, in another script
CROSS = [
    (("en", "Floods hit Ozerk\n\nFlash floods struck the town of Ozerk on 3 May 2031, killing 12 people."),
     ("ru", "Число жертв растёт\n\nЧисло погибших в результате наводнения в городе Озерк возросло до 40 человек.")),
    (("ru", "Наводнение в Озерке\n\nНаводнение обрушилось на город Озерк 3 мая 2031 года, погибли 12 человек."),
     ("en", "Ozerk toll rises\n\nThe death toll from the floods in Ozerk has risen to 40, officials said.")),
    (("uk", "Повінь в Озерку\n\nПовінь накрила місто Озерк 3 травня 2031 року, загинули 12 людей."),
     ("kk", "Қаза тапқандар саны артты\n\nОзерк қаласындағы су тасқынынан қаза тапқандар саны 40 адамға жетті.")),
]


@pytest.mark.parametrize("first,later", CROSS)
def test_a_place_in_another_script_relates_the_pages(first, later):
    got = _whens(first, later)
    assert got[("a", 12)] == "2031-05-03"
    assert got[("b", 40)] == "2031-05-03/2031-05-06"


# the later page's toll is placed at a village the first page never names; both pages are about Narvia
ABOUT = {
    "en": (("en", "Floods in Narvia\n\nFlash floods struck the town of Ozerk in Narvia on 3 May 2031, killing 12 "
                  "people. A day of mourning was declared in Narvia."),
           ("en", "Toll rises\n\nThe death toll from the floods in the village of Kelmstad has risen to 40, officials "
                  "in Narvia said. Rescuers in Narvia are still searching.")),
    "ru-uk": (("ru", "Наводнение в Нарвии\n\nНаводнение обрушилось на город Озерк на севере Нарвии 3 мая 2031 года, "
                     "погибли 12 человек. В Нарвии объявлен траур."),
              ("uk", "Кількість жертв зросла\n\nКількість загиблих унаслідок повені в селі Кельмстад зросла до 40 "
                     "людей, повідомили в Нарвії. Рятувальники в Нарвії продовжують пошуки.")),
    "kk": (("kk", "Су тасқыны\n\n2031 жылғы 3 мамырда Нарвия облысында су тасқыны болып, Озерк қаласында 12 адам "
                  "қаза тапты. Аза тұту күні Нарвия облысында жарияланды."),
           ("kk", "Қаза тапқандар саны артты\n\nКельмстад ауылындағы су тасқынынан қаза тапқандар саны 40 адамға "
                  "жетті. Іздеу жұмыстары Нарвия облысында жалғасуда, деп хабарлады Нарвия облысының әкімдігі.")),
}


@pytest.mark.parametrize("name", sorted(ABOUT))
def test_pages_about_the_same_place_relate_when_their_figures_places_differ(name):
    got = _whens(*ABOUT[name])
    assert got[("b", 40)] == "2031-05-03/2031-05-06"


def test_a_place_named_once_in_passing_relates_nothing():
    first = ("en", "Floods in Narvia\n\nFlash floods struck the town of Ozerk in Narvia on 3 May 2031, killing 12 "
                   "people. A day of mourning was declared in Narvia.")
    later = ("en", "Toll rises\n\nThe death toll from the fire in the village of Kelmstad has risen to 40. "
                   "A team from Narvia helped the firefighters.")
    got = _whens(first, later)
    assert not str(got[("b", 40)]).startswith("2031-05-03")


def test_pages_about_the_same_place_give_no_day_a_month_before():
    got = _whens(*ABOUT["en"], later_day="2031-06-06")
    assert not str(got[("b", 40)]).startswith("2031-05-03")


def test_weekday_cues_are_language_data():
    from rashomon.timeline import _weekday_cues

    preps, after = _weekday_cues()
    assert {"on", "в", "у"} <= preps
    assert "күні" in after


def test_year_votes_others_on():
    from rashomon.timeline import YearVotes

    years = YearVotes()
    for i, text in enumerate(["The dam broke on 3 May 2031.", "Плотину прорвало 3 мая 2031 года."]):
        years.add(_P.analyze(Document(id=f"d{i}.txt", path="d", text=text, lang="en" if i == 0 else "ru")))
    assert years.others_on(dt.date(2031, 5, 3), "d0.txt") == 1
    assert years.others_on(dt.date(2031, 5, 3), "x.txt") >= 1
    assert years.others_on(dt.date(2030, 5, 3), "x.txt") == 0


# 3. A recap the page tells as another event's (its place named nowhere else on the page) whose day the
#    run's other pages state, at most a week before the page's report day: the run's incident, a row.
RECAPS = {
    "ru": ("Автобус перевернулся под Кельмстадом\n\n11 мая 2031 года автобус перевернулся у Кельмстада, погибли 8 человек.",
           "date 2031-05-12 Родственников погибших доставили в Нарвию.\n\nИх встретил аким области.\n\n"
           "Напомним, ДТП произошло 11 мая в 90 километрах от посёлка Ольмар. Восемь человек погибли на месте."),
    "uk": ("Автобус перекинувся біля Кельмстада\n\n11 травня 2031 року автобус перекинувся біля Кельмстада, загинули 8 людей.",
           "date 2031-05-12 Родичів загиблих доправили до Нарвії.\n\nЇх зустрів аким області.\n\n"
           "Нагадаємо, ДТП сталася 11 травня за 90 кілометрів від селища Ольмар. Вісім людей загинули на місці."),
    "en": ("Bus overturns near Kelmstad\n\nOn 11 May 2031 a bus overturned near Kelmstad, killing 8 people.",
           "date 2031-05-12 Relatives of the dead were flown to Narvia.\n\nThe governor met them at the airport.\n\n"
           "As reported, the crash happened on 11 May 90 kilometres from the village of Olmar. Eight people died at the scene."),
    "kk": ("Кельмстад маңында автобус аударылды\n\n2031 жылғы 11 мамырда Кельмстад маңында автобус аударылып, 8 адам қаза тапты.",
           "date 2031-05-12 Қаза тапқандардың туыстары Нарвияға жеткізілді.\n\nОларды әуежайда әкім қарсы алды.\n\n"
           "Еске салсақ, жол апаты 11 мамырда Ольмар ауылынан 90 шақырым жерде болды. Сегіз адам оқиға орнында қаза тапты."),
}


def _rows_of_b(lang: str, *texts: str) -> list[str]:
    ids = "ab"[2 - len(texts):]
    an = [_P.analyze(Document(id=f"{i}.txt", path=i, text=t, lang=lang)) for i, t in zip(ids, texts, strict=True)]
    return [e.when for e in assemble(an).timeline if e.doc == "b.txt"]


@pytest.mark.parametrize("lang", sorted(RECAPS))
def test_a_recap_of_the_runs_incident_gets_its_row(lang):
    assert "2031-05-11" in _rows_of_b(lang, *RECAPS[lang])


@pytest.mark.parametrize("lang", sorted(RECAPS))
def test_a_recap_no_other_page_dates_gets_no_row(lang):
    assert "2031-05-11" not in _rows_of_b(lang, RECAPS[lang][1])


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_recap_weeks_before_the_report_gets_no_row(lang):
    later = RECAPS[lang][1].replace("date 2031-05-12", "date 2031-06-12")
    assert "2031-05-11" not in _rows_of_b(lang, RECAPS[lang][0], later)


# 4. A site's stamp written year first with a one-digit month or day ("2031-8-6 22:09 |")
@pytest.mark.parametrize("lang,text", [
    ("ru", "2031-8-6 22:09 |\nВо вторник днем в Ольмаре обрушился мост."),
    ("uk", "2031-8-6 22:09 |\nУ вівторок удень в Ольмарі обвалився міст."),
    ("en", "2031-8-6 22:09 |\nOn Tuesday afternoon a bridge collapsed in Olmar."),
    ("kk", "2031-8-6 22:09 |\nСейсенбі күні Ольмарда көпір құлады."),
])
def test_a_stamp_with_one_digit_month_dates_the_weekday(lang, text):
    a = _P.analyze(Document(id="s.txt", path="s", text=text, lang=lang))
    assert any(t.value.startswith("2031-08-06T22:09") for t in a.timexes)
    assert "2031-08-05" in {e.when for e in a.events}  # the Tuesday before the stamp's Wednesday


# 5. A full day glued to the word before it by a page's scraped furniture ("Ozerk News17.05.2031")
@pytest.mark.parametrize("lang,text,day", [
    ("ru", "Вестник Ольмара17.05.2031\n\nВ субботу в Ольмаре обрушился мост.", "2031-05-17"),
    ("uk", "Вісник Ольмара17.05.2031\n\nУ суботу в Ольмарі обвалився міст.", "2031-05-17"),
    ("en", "Olmar Herald17.05.2031\n\nOn Saturday a bridge collapsed in Olmar.", "2031-05-17"),
    ("kk", "Ольмар жаршысы17.05.2031\n\nСенбі күні Ольмарда көпір құлады.", "2031-05-17"),
])
def test_a_day_glued_to_a_word_is_a_date(lang, text, day):
    a = _P.analyze(Document(id="g.txt", path="g", text=text, lang=lang))
    assert day in {t.value[:10] for t in a.timexes}
    assert day in {e.when for e in a.events}


def test_a_number_glued_to_a_word_is_no_date():
    a = _P.analyze(Document(id="g.txt", path="g", text="The Ozerk-7 plane Tu154 landed. Version2.1 shipped.", lang="en"))
    assert not a.timexes


# 6. A night's two days written with a slash ("the night of 11/12 October"): the night starts on the first
@pytest.mark.parametrize("lang,text", [
    ("en", "On the night of 11/12 October 2031, militants attacked the border posts near Olmar."),
    ("uk", "В ніч 11/12 жовтня 2031 року бойовики атакували прикордонні пости біля Ольмара."),
    ("ru", "В ночь 11/12 октября 2031 года боевики атаковали пограничные посты у Ольмара."),
])
def test_a_night_with_a_slash_starts_on_its_first_day(lang, text):
    a = _P.analyze(Document(id="n.txt", path="n", text=text, lang=lang))
    assert any(t.value == "2031-10-11/2031-10-12" for t in a.timexes)
    assert "2031-10-11" in {e.when for e in a.events}


# 7. A clock time right after a dated weekday is that weekday's, not the day stated in the sentence before
@pytest.mark.parametrize("lang,text,when", [
    ("en", "The plant opened on 30 April 2031. Rescuers started the second phase since Thursday midnight.",
     "2031-05-01T00:00"),
    ("ru", "Завод открылся 30 апреля 2031 года. Спасатели начали второй этап работ в четверг в полночь.",
     "2031-05-01T00:00"),
    ("uk", "Завод відкрився 30 квітня 2031 року. Рятувальники почали другий етап робіт у четвер о 10:00.",
     "2031-05-01T10:00"),
    ("kk", "Зауыт 2031 жылғы 30 сәуірде ашылды. Құтқарушылар жұмыстың екінші кезеңін бейсенбі күні түн ортасында бастады.",
     "2031-05-01T00:00"),
])
def test_a_clock_after_a_weekday_is_that_weekdays(lang, text, when):
    a = _P.analyze(Document(id="w.txt", path="w", text=text, lang=lang, published="2031-05-03"))
    assert when in {e.when[:16] for e in a.events}


# 8. A page with no date but a news photo's caption closed by its credit: a weekday of the story is of that week
PHOTO_WEEK = {
    "en": "Bridge collapses in Olmar\n\nRescuers search the rubble of the bridge in Olmar, Narvia, May 3, 2031. "
          "REUTERS/Jane Roe\n\nA motorway bridge collapsed in Olmar on Thursday, killing 12 people.",
    "ru": "Обрушение моста в Ольмаре\n\nСпасатели разбирают завалы моста в Ольмаре, 3 мая 2031 года. Фото: Иван Петров"
          "\n\nМост обрушился в Ольмаре в четверг, погибли 12 человек.",
    "uk": "Обвал мосту в Ольмарі\n\nРятувальники розбирають завали мосту в Ольмарі, 3 травня 2031 року. Фото: Іван "
          "Петренко\n\nМіст обвалився в Ольмарі у четвер, загинули 12 людей.",
    "kk": "Ольмарда көпір құлады\n\nҚұтқарушылар Ольмардағы көпір үйіндісін тазартуда, 2031 жылғы 3 мамыр. Фото: Иван "
          "Петров\n\nОльмарда бейсенбі күні көпір құлап, 12 адам қаза тапты.",
}


@pytest.mark.parametrize("lang", sorted(PHOTO_WEEK))
def test_a_photo_day_anchors_the_weekdays_of_an_undated_page(lang):
    a = _P.analyze(Document(id="p.txt", path="p", text=PHOTO_WEEK[lang], lang=lang))
    assert [e.when for e in a.events] == ["2031-05-01"]  # the Thursday before the photo's Saturday; no row of the photo


# 9. A site's header stamp (the day the page was shown) over an earlier item stamp under the headline: the item's
ITEM_STAMP = {
    "en": "Olmar Daily - Latest News\nHOME PAGE 28/09/2031 01:34\nNews >\nMore than a hundred people were taken to "
          "hospital in Olmar after the largest outbreak of food poisoning in thirty years\n18.06.2031 16:12\n"
          "The health authorities said on Tuesday that 145 people were taken to hospital.",
    "ru": "Вестник Ольмара - Новости\nГЛАВНАЯ 28.09.2031 01:34\nНовости >\nБолее ста человек госпитализированы в Ольмаре "
          "после крупнейшей за тридцать лет вспышки пищевого отравления в регионе\n18.06.2031 16:12\n"
          "Во вторник санитарные власти сообщили о 145 госпитализированных.",
    "uk": "Вісник Ольмара - Новини\nГОЛОВНА 28.09.2031 01:34\nНовини >\nПонад сто людей госпіталізовано в Ольмарі після "
          "найбільшого за тридцять років спалаху харчового отруєння в регіоні\n18.06.2031 16:12\n"
          "У вівторок санітарна служба повідомила про 145 госпіталізованих.",
    "kk": "Ольмар жаршысы - Жаңалықтар\nБАСТЫ БЕТ 28.09.2031 01:34\nЖаңалықтар >\nОльмарда соңғы отыз жылдағы ең ірі "
          "тамақтан улану оқиғасынан кейін жүзден астам адам ауруханаға жатқызылды\n18.06.2031 16:12\n"
          "Сейсенбі күні санитарлық қызмет 145 адамның ауруханаға түскенін хабарлады.",
}


@pytest.mark.parametrize("lang", sorted(ITEM_STAMP))
def test_the_item_stamp_below_a_later_site_stamp_anchors_the_weekdays(lang):
    a = _P.analyze(Document(id="i.txt", path="i", text=ITEM_STAMP[lang], lang=lang))
    assert [e.when for e in a.events] == ["2031-06-17"]  # the Tuesday before the item's Wednesday
    assert "2031-06-18T16:12" in {t.value for t in a.timexes}  # the stamp's clock stays on its line's day


def test_an_update_line_below_the_publication_keeps_the_publication():
    text = ("Olmar Herald\nPublished: 18 June 2031, 16:12\nUpdated: 19 June 2031, 09:00\nThe health authorities said "
            "on Tuesday that 145 people were taken to hospital in Olmar after the outbreak.")
    a = _P.analyze(Document(id="i.txt", path="i", text=text, lang="en"))
    assert [e.when for e in a.events] == ["2031-06-17"]


# 10. The night before the report's day: "last night", «прошлой ночью», «минулої ночі», «өткен түні»
@pytest.mark.parametrize("lang,text,day", [
    ("en", "Fighting broke out last night in Olmar.", "2031-05-08"),
    ("ru", "Прошлой ночью в Ольмаре произошел взрыв.", "2031-05-08"),
    ("uk", "Минулої ночі в Ольмарі пролунав вибух.", "2031-05-08"),
    ("kk", "Өткен түні Ольмарда жарылыс болды.", "2031-05-08"),
])
def test_last_night(lang, text, day):
    a = _P.analyze(Document(id="r.txt", path="r", text=text, lang=lang, published="2031-05-09"))
    assert [e.when for e in a.events] == [day]


# 11. A clock of the event's place ("по местному времени") later than the dateline's clock stays on the dateline's day
@pytest.mark.parametrize("lang,text,when", [
    ("ru", "Ольмар, 27 мая 2031, 17:40 — Агентство. Взрыв прогремел в Нарвии.\n"
           "По словам врачей, пострадавший скончался в 18:16 по местному времени.", "2031-05-27T18:16"),
    ("uk", "Ольмар, 27 травня 2031, 17:40 — Агенція. Вибух пролунав у Нарвії.\n"
           "За словами лікарів, постраждалий помер о 18:16 за місцевим часом.", "2031-05-27T18:16"),
    ("en", "Olmar, 27 May 2031, 17:40 — Agency. A blast hit Narvia.\n"
           "According to the doctors, the victim died at 18:16 local time.", "2031-05-27T18:16"),
    ("kk", "Ольмар, 2031 жылғы 27 мамыр, 17:40 — Агенттік. Нарвияда жарылыс болды.\n"
           "Дәрігерлердің айтуынша, зардап шегуші жергілікті уақыт бойынша 18:16-да қайтыс болды.", "2031-05-27T18:16"),
    ("ru", "Ольмар, 27 мая 2031, 11:20 — Агентство.\nПожар на складе вспыхнул около 19:50, его потушили к утру.",
     "2031-05-26T19:50"),  # the outlet's own clock: the evening before
])
def test_a_local_clock_after_the_datelines_clock(lang, text, when):
    a = _P.analyze(Document(id="l.txt", path="l", text=text, lang=lang))
    assert when in {e.when[:16] for e in a.events}


# 12. A day something is scheduled for ("elections scheduled for 8 June") dates no clock time told after it
@pytest.mark.parametrize("lang,text", [
    ("en", "Olmar, May 27, 2031\n\nThe leader was attacked as she was leaving a rally held before elections scheduled "
           "for June 8th. She died at 18:16 in hospital."),
    ("ru", "Ольмар, 27 мая 2031\n\nЛидер партии был ранен на митинге перед выборами, назначенными на 8 июня. "
           "Он скончался в 18:16 в больнице."),
    ("uk", "Ольмар, 27 травня 2031\n\nЛідера партії поранили на мітингу перед виборами, призначеними на 8 червня. "
           "Він помер о 18:16 у лікарні."),
])
def test_a_scheduled_day_dates_no_later_clock(lang, text):
    a = _P.analyze(Document(id="s.txt", path="s", text=text, lang=lang))
    assert [e.when for e in a.events] == ["2031-05-27T18:16"]
