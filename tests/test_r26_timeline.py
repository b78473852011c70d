"""Quality round 26, timeline rows. All texts are invented (fictional places and people); each
construction in every language that has it."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.time import TimeTagger


def values(text: str, lang: str, published: str | None = None) -> list[str]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang, published=published)
    return [t.value for t in TimeTagger()(doc)]


def events(pipeline, text: str, lang: str, published: str | None = None) -> list[str]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang, published=published)
    return [e.when for e in pipeline.analyze(doc).events]


# A chronology item opening with its clock time: another clock time inside it is a detail of the
# item ("stopped at about 09:30", "an ultimatum: by 18:00", "a decree ... from 00:00 on 20 March"),
# not an entry of its own.
@pytest.mark.parametrize(("text", "lang"), [
    ("## 14 марта 2031 года\n\n- 08:40 — Первая атака на склад в Велморе отбита; вторая прекращена около 09:30.\n"
     "- 10:15 — Штаб сообщает о 12 погибших.\n- 21:00 — Подписан указ о введении режима ЧС с 00:00 15 марта.\n", "ru"),
    ("## 14 березня 2031 року\n\n- 08:40 — Першу атаку на склад у Велморі відбито; другу припинено близько 09:30.\n"
     "- 10:15 — Штаб повідомляє про 12 загиблих.\n- 21:00 — Підписано указ про надзвичайний стан з 00:00 15 березня.\n", "uk"),
    ("## 14 March 2031\n\n- 08:40 — The first attack on the Velmor depot is repelled; the second stops at about 09:30.\n"
     "- 10:15 — The headquarters reports 12 dead.\n- 21:00 — A decree imposes a state of emergency from 00:00 on 15 March.\n", "en"),
    ("## 2031 жылғы 14 наурыз\n\n- 08:40 — Велмордағы қоймаға бірінші шабуыл тойтарылды; екіншісі сағат 09:30 шамасында тоқтады.\n"
     "- 10:15 — Штаб 12 адамның қаза тапқанын хабарлады.\n- 21:00 — 15 наурыз сағат 00:00-ден төтенше жағдай енгізілді.\n", "kk"),
])
def test_a_clock_inside_a_chronology_item_is_no_row(pipeline, text, lang):
    got = events(pipeline, text, lang)
    assert "2031-03-14T08:40" in got and "2031-03-14T10:15" in got and "2031-03-14T21:00" in got, got
    assert not any(w.startswith(("2031-03-14T09:30", "2031-03-15T00:00")) for w in got), got


# A day part next to a relative day ("Вчера утром") is that day's, not the report's day.
@pytest.mark.parametrize(("text", "lang"), [
    ("Велмор, 2 июля 2031 года.\n\nВчера утром штаб говорил о 10 погибших.", "ru"),
    ("Велмор, 2 июля 2031 года.\n\nУтром вчера штаб говорил о 10 погибших.", "ru"),
    ("Велмор, 2 липня 2031 року.\n\nУчора зранку штаб говорив про 10 загиблих.", "uk"),
    ("Велмор, 2 липня 2031 року.\n\nВчора ввечері штаб говорив про 10 загиблих.", "uk"),
    ("Велмор, 2031 жылғы 2 шілде.\n\nКеше таңертең штаб 10 адамның қаза тапқанын хабарлады.", "kk"),
])
def test_a_day_part_of_a_relative_day(text, lang):
    got = values(text, lang)
    assert got[1:] and all(v == "2031-07-01" for v in got[1:]), got


def test_a_day_part_of_yesterday_in_english(pipeline):
    got = events(pipeline, "Velmor, 2 July 2031.\n\nYesterday morning the headquarters spoke of 10 dead.", "en")
    assert got == ["2031-07-01"], got


# An anniversary piece under a dateline without its year ("Велмор, 1 августа"): "40 years ago, on
# 1 August 1991, ..." states the event's own day with its year, a row, although the dateline's guessed
# year makes it the report's day; "today marks 40 years" is still none.
@pytest.mark.parametrize(("text", "lang"), [
    ("Велмор, 1 августа — «Велморский вестник».\n\n40 лет назад, 1 августа 1991 года, в субботу, на заводе в Велморе "
     "началась забастовка. Вечером 2 августа войска открыли огонь, погибли 12 человек.", "ru"),
    ("Велмор, 1 серпня — «Велморський вісник».\n\n40 років тому, 1 серпня 1991 року, в суботу, на заводі у Велморі "
     "почався страйк. Увечері 2 серпня війська відкрили вогонь, загинули 12 людей.", "uk"),
    ("Velmor, 1 August — Velmor Herald.\n\n40 years ago, on Saturday 1 August 1991, a strike began at the Velmor "
     "plant. On the evening of 2 August troops opened fire and 12 people were killed.", "en"),
    ("Велмор, 1 тамыз — «Велмор хабаршысы».\n\nБұдан 40 жыл бұрын, 1991 жылғы 1 тамызда, сенбі күні, Велмордағы "
     "зауытта ереуіл басталды. 2 тамызда кешке әскерлер оқ атып, 12 адам қаза тапты.", "kk"),
])
def test_years_ago_on_a_stated_day_is_a_row(pipeline, text, lang):
    got = events(pipeline, text, lang)
    assert "1991-08-01" in got and "1991-08-02" in got, got


# An hour number with an ordinal ending before an hour word ("близько 4-ї години ранку", "около 4-х
# часов утра") is a clock time, as "4 часов утра", "4 a.m." and "сағат 4-те" are.
@pytest.mark.parametrize(("text", "lang"), [
    ("Велмор, 9 квітня 2031 року.\n\nРозгін почався близько 4-ї години ранку.", "uk"),
    ("Велмор, 9 квітня 2031 року.\n\nРозгін почався о 4-й годині ранку.", "uk"),
    ("Велмор, 9 апреля 2031 года.\n\nРазгон начался около 4-х часов утра.", "ru"),
    ("Велмор, 9 апреля 2031 года.\n\nРазгон начался около 4 часов утра.", "ru"),
    ("Velmor, 9 April 2031.\n\nThe dispersal began at about 4 a.m.", "en"),
    ("Велмор, 2031 жылғы 9 сәуір.\n\nТарату таңғы сағат 4-те басталды.", "kk"),
])
def test_an_hour_with_an_ordinal_ending(text, lang):
    assert "2031-04-09T04:00" in values(text, lang)


def test_an_ordinal_before_another_noun_is_no_hour():
    assert not any("T" in v for v in values("Велмор, 9 квітня 2031 року.\n\nУ місто ввійшов 4-й батальйон.", "uk"))


# The night from one dated day to the next, each with its month ("в ночь с 31 декабря на 1 января",
# "у новорічну ніч, з 31 грудня на 1 січня"): one night, dated by its first day.
@pytest.mark.parametrize(("text", "lang"), [
    ("Велмор, 2 января 2031 года.\n\nВ ночь с 31 декабря на 1 января по складу в Велморе был нанесён удар.", "ru"),
    ("Велмор, 2 січня 2031 року.\n\nУ новорічну ніч, з 31 грудня на 1 січня, по складу у Велморі завдали удару.", "uk"),
    ("Велмор, 2 січня 2031 року.\n\nУ ніч з 31 грудня на 1 січня по складу у Велморі завдали удару.", "uk"),
    ("Velmor, 2 January 2031.\n\nOn the night of 31 December to 1 January a strike hit the Velmor depot.", "en"),
    ("Велмор, 2031 жылғы 2 қаңтар.\n\n31 желтоқсаннан 1 қаңтарға қараған түні Велмордағы қоймаға соққы берілді.", "kk"),
])
def test_a_night_across_two_months(pipeline, text, lang):
    assert "2030-12-31/2031-01-01" in values(text, lang)
    assert events(pipeline, text, lang) == ["2030-12-31"]


def test_from_a_day_to_a_count_is_no_night():
    got = values("Велмор, 2 января 2031 года.\n\nПолиция работала с 3 января на 5 участках.", "ru")
    assert "2031-01-03" in got and not any("/" in v for v in got), got
