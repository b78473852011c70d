"""Quality round 28, timeline rows. All texts are invented (fictional places and people); each
construction in every language that has it."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def events(pipeline, text: str, lang: str, published: str | None = None) -> list[str]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang, published=published)
    return [e.when for e in pipeline.analyze(doc).events]


# A year-less day stated with its weekday in a page posted years later: the weekday does not fall on
# that day in the page's year, so the day is in the year the text states on which it does (14 March
# 1979 was a Wednesday; 14 March 2031, the page's, a Friday). A clock time in its sentence follows.
@pytest.mark.parametrize(("text", "lang"), [
    ("Posted by velmor_blog, 14.03.2031\n\nAt 04:10 on Wednesday 14 March the dam at Velmor broke. "
     "Next day, on 15 March, the village was evacuated. The official toll given in 1979 was 12 dead.", "en"),
    ("Опубликовано: velmor_blog, 14.03.2031\n\nВ 04:10 в среду, 14 марта, прорвало плотину в Велморе. "
     "На следующий день, 15 марта, село эвакуировали. Официально в 1979 году назвали 12 погибших.", "ru"),
    ("Опубліковано: velmor_blog, 14.03.2031\n\nО 04:10 у середу, 14 березня, прорвало греблю у Велморі. "
     "Наступного дня, 15 березня, село евакуювали. Офіційно у 1979 році назвали 12 загиблих.", "uk"),
    ("Жарияланды: velmor_blog, 14.03.2031\n\nСәрсенбі күні, 14 наурызда, сағат 04:10-да Велмордағы бөгет "
     "бұзылды. Келесі күні, 15 наурызда, ауыл эвакуацияланды. 1979 жылы ресми түрде 12 адам қаза тапты деп "
     "жарияланды.", "kk"),
])
def test_a_weekday_of_another_year_takes_the_year_the_text_states(pipeline, text, lang):
    got = events(pipeline, text, lang)
    assert any(w and w.startswith("1979-03-14") for w in got), got
    assert not any(w and w.startswith("2031-03-1") for w in got), got


# The weekday agrees with the page's year: nothing moves.
def test_a_weekday_of_the_pages_year_stays(pipeline):
    text = ("Posted by velmor_blog, 16.03.2031\n\nOn Friday 14 March the dam at Velmor broke. "
            "The last flood, in 1979, was smaller.")
    got = events(pipeline, text, "en")
    assert any(w and w.startswith("2031-03-14") for w in got), got


def values(text: str, lang: str) -> list[str]:
    from rashomon.time import TimeTagger
    return [t.value for t in TimeTagger()(Document(id="x.txt", path="x.txt", text=text, lang=lang))]


# A bare hour with a day part after a clock preposition ("до 4-ї ранку", "в 10 вечера") is a clock time;
# after an evening clock in a night "з 21 на 22" it is the next morning.
@pytest.mark.parametrize(("text", "lang"), [
    ("У ніч з 21 на 22 червня 2031 року бойовики напали на Велмор. Близько 23:00 почався штурм. "
     "Стрілянина тривала до 4-ї ранку.", "uk"),
    ("В ночь с 21 на 22 июня 2031 года боевики напали на Велмор. Около 23:00 начался штурм. "
     "Стрельба продолжалась до 4 утра.", "ru"),
    ("2031 жылғы 21 маусымнан 22 маусымға қараған түні Велморға шабуыл жасалды. Сағат 23:00 шамасында шабуыл "
     "басталды. Атыс таңғы сағат 4-ке дейін созылды.", "kk"),
])
def test_a_bare_hour_with_a_day_part_is_a_clock_time(text, lang):
    assert "2031-06-22T04:00" in values(text, lang)


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("22 июня 2031 года в 10 вечера в Велморе прогремел взрыв.", "ru", "2031-06-22T22:00"),
    ("22 червня 2031 року о 5 ранку у Велморі пролунав вибух.", "uk", "2031-06-22T05:00"),
    ("On 22 June 2031 at 10 pm a blast hit Velmor.", "en", "2031-06-22T22:00"),
])
def test_an_hour_and_a_day_part_after_a_preposition(text, lang, want):
    assert want in values(text, lang)


# Without a clock preposition the same words count nights and evenings, not a time.
@pytest.mark.parametrize(("text", "lang"), [
    ("22 июня 2031 года они провели 3 ночи на улице и 2 вечера в очереди в Велморе.", "ru"),
    ("22 червня 2031 року вони провели 3 ночі на вулиці у Велморі.", "uk"),
])
def test_nights_counted_are_no_clock_time(text, lang):
    assert not any("T" in v for v in values(text, lang))


# A morning clock time after an evening one, in a report whose only date is a year-less dateline: once
# the corpus gives the dateline its year, the morning adverb before the clock ("Таңертең", "Утром")
# does not pin the clock to the evening's day; it is the next morning.
@pytest.mark.parametrize(("text", "lang"), [
    ("Велмор, 26 желтоқсан – «Жаршы».\n\nКеше, 25 желтоқсанда, сейсенбі күні, сағат 18:50-де ұшақ радарлардан "
     "жоғалып кетті.\n\nТүнде іздестіру жұмыстарына 300 құтқарушы тартылды. Таңертең сағат 8:00-ге қарай 24 адамның "
     "денесі табылды.", "kk"),
    ("Велмор, 26 декабря – «Вестник».\n\nВчера, 25 декабря, во вторник, в 18:50 самолёт исчез с радаров.\n\n"
     "Ночью к поискам привлекли 300 спасателей. Утром, к 8:00, нашли тела 24 человек.", "ru"),
    ("Велмор, 26 грудня – «Вісник».\n\nУчора, 25 грудня, у вівторок, о 18:50 літак зник з радарів.\n\n"
     "Вночі до пошуків залучили 300 рятувальників. Вранці, до 8:00, знайшли тіла 24 людей.", "uk"),
])
def test_a_morning_clock_after_an_evening_once_dated(pipeline, text, lang):
    from rashomon.time import TimeTagger
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    pipeline.analyze(doc)  # (its sentences)
    doc.published = "2029-12-26"  # the year the corpus gives the dateline
    got = [t.value for t in TimeTagger()(doc)]
    assert "2029-12-26T08:00" in got, got
    assert "2029-12-25T18:50" in got, got


# A morning told after an evening clock of the report's own day is that day's morning: the next one
# would come after the report.
@pytest.mark.parametrize(("text", "lang"), [
    ("Велмор, 20 лютого 2031 року, 22:30\n\nСтаном на 21:00 20 лютого загинули 75 людей.\n\nУранці, о 09:00, "
     "наші лікарні вже приймали перших поранених.", "uk"),
    ("Велмор, 20 февраля 2031 года, 22:30\n\nПо состоянию на 21:00 20 февраля погибли 75 человек.\n\nУтром, в 09:00, "
     "наши больницы уже принимали первых раненых.", "ru"),
])
def test_a_morning_of_the_reports_own_day(pipeline, text, lang):
    got = events(pipeline, text, lang)
    assert "2031-02-20T09:00" in got, got
    assert not any(w and w.startswith("2031-02-21") for w in got), got
