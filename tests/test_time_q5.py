"""Session 5 quality round of the time stage: the day of saying, report-relative days, timeline gaps.

A day opening a sentence whose subject then says something ("В пятницу, 15 июля, полиция сообщила,
что погибли 23") dates the saying: the count runs from the event's start up to it. A toll "from
Monday's attack" rising on the report's day starts on Monday even when no day is stated twice. "The
day before" after a year-less dateline counts back from the dateline when the story's last day is not
in the sentences just before. A dotted time right after a dotted day ("Update 11.04 21.30") is a clock
time; a bare weekday after the dateline's day counts from it; a part of the day before a weekday
("к вечеру пятницы") belongs to it; an offset written out after a zone's name ("по местному времени
(UTC+5)") wins; the zones of the region's capitals (Minsk, Tbilisi, Bishkek, Tashkent).
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline
from rashomon.segment import Segmenter
from rashomon.time.saying import said_after
from rashomon.time.tagger import read
from rashomon.timeline import events_from
from rashomon.timex import TimeTagger

TAGGER = TimeTagger()
PIPE = Pipeline()


def _claims(text: str, lang: str, published: str | None = None):
    a = PIPE.analyze(Document(id="t", path="t", text=text, lang=lang, published=published))
    return [(c.measure, c.value, c.when) for c in a.claims]


def _timexes(text: str, lang: str, published: str | None = None):
    doc = Document(id="t", path="t", text=text, lang=lang, published=published)
    Segmenter()(doc)
    return TAGGER(doc)


def _whens(text: str, lang: str, published: str | None = None):
    doc = Document(id="t", path="t", text=text, lang=lang, published=published)
    Segmenter()(doc)
    return [e.when for e in events_from(doc, TAGGER(doc), [], [])]


# -- the day of saying: a date opening the sentence, a subject, a verb of saying, "that" ----------------

@pytest.mark.parametrize("text,lang,claim", [
    ("Ракетный удар по центру города 14 июля 2022 года разрушил офисное здание.\n\n"
     "В пятницу, 15 июля, Национальная полиция сообщила, что погибли 23 человека.", "ru",
     ("killed", 23, "2022-07-14/2022-07-15")),
    ("Ракетний удар по центру міста 14 липня 2022 року зруйнував офісну будівлю.\n\n"
     "У п'ятницю, 15 липня, Національна поліція повідомила, що загинули 23 людини.", "uk",
     ("killed", 23, "2022-07-14/2022-07-15")),
    ("A missile strike hit the city centre on 14 July 2022.\n\n"
     "On Friday, 15 July, the National Police said that 23 people were killed.", "en",
     ("killed", 23, "2022-07-14/2022-07-15")),
    ("Gunmen attacked the concert hall on 22 March 2024.\n\n"
     "On 23 March, the security service director said that 11 people had been detained.", "en",
     ("detained", 11, "2024-03-22/2024-03-23")),
    ("Боевики напали на концертный зал 22 марта 2024 года.\n\n"
     "23 марта директор ФСБ заявил, что задержаны 11 человек.", "ru",
     ("detained", 11, "2024-03-22/2024-03-23")),
    ("Protesters stormed the government building on 7 April 2010.\n\n"
     "The interim government said on Thursday that 23 members of the old administration had been detained.", "en",
     ("detained", 23, "2010-04-07/2010-04-08")),
])
def test_a_day_of_saying_opening_the_sentence_bounds_the_count(text, lang, claim):
    assert claim in _claims(text, lang, published=claim[2].split("/")[1])


@pytest.mark.parametrize("text,expected", [
    ("В пятницу, 15 июля, Национальная полиция Украины сообщила, что погибли 23 человека.", True),
    ("У п'ятницю, 15 липня, поліція повідомила, що загинули 23 людини.", True),
    ("On 15 July the police said that 23 people were killed.", True),
    ("Police on 15 July said that 23 people were killed.", True),
    ("On 15 July, the police said 23 people were killed.", True),
    ("15 июля МВД сообщило о 23 погибших.", True),
    ("15 липня поліція повідомила про 23 загиблих.", True),
    ("On 15 July, the police said the rescue was over.", False),
    ("15 июля МЧС сообщило о взрыве, в котором погибли 23 человека.", False),
    # the date belongs to what happened, not to the saying
    ("Взрыв произошёл 15 июля, полиция сообщила, что погибли 23 человека.", False),
    ("On 15 July a missile killed 23 people, police said.", False),
    ("On 15 July, rescuers found the bodies of 23 people.", False),
    ("15 июля полиция задержала 5 человек.", False),
])
def test_said_after(text, expected):
    t = next(c for c in read(text) if c.d is not None)
    assert said_after(text, (t.start, t.end)) is expected


def test_a_day_of_the_event_itself_still_dates_the_count():
    text = "Взрыв произошёл 15 июля 2022 года, полиция сообщила, что погибли 23 человека."
    assert ("killed", 23, "2022-07-15") in _claims(text, "ru")


# -- "the toll from Monday's attack rose on Wednesday": the start when no day is stated twice ----------

@pytest.mark.parametrize("text,claim", [
    ("The death toll from Monday's attack in the city rose to eight on Wednesday, the minister said.",
     ("killed", 8, "2016-07-18/2016-07-20")),
    ("The toll from Sunday's shooting rose to eight on Wednesday.", ("killed", 8, "2016-07-17/2016-07-20")),
])
def test_a_since_day_starts_the_count_when_no_day_is_stated_twice(text, claim):
    assert claim in _claims(text, "en", published="2016-07-20T12:00:00+00:00")


# -- "the day before" after a year-less dateline ------------------------------------------------------

@pytest.mark.parametrize("text,lang,word", [
    ("ПЕРМЬ, 21 сентября — «Агентство». В понедельник, 20 сентября, студент открыл огонь в университете. "
     "По данным СК, погибли 6 человек. Накануне ведомство сообщало о 8 погибших.", "ru", "Накануне"),
    ("ПЕРМ, 21 вересня — «Агенція». У понеділок, 20 вересня, студент відкрив вогонь в університеті. "
     "За даними СК, загинули 6 людей. Напередодні відомство повідомляло про 8 загиблих.", "uk", "Напередодні"),
    ("PERM, September 21 - A student opened fire at the university on Monday, September 20. "
     "Six people were killed, investigators said. The day before, the agency had reported 8 dead.", "en",
     "The day before"),
])
def test_the_day_before_counts_back_from_a_yearless_dateline(text, lang, word):
    got = {t.text.casefold(): t.value for t in _timexes(text, lang)}
    assert got[word.casefold()] == "--09-20"


def test_the_day_before_right_after_a_day_counts_back_from_it():
    text = ("ПЕРМЬ, 21 сентября — «Агентство». В понедельник, 20 сентября, открыли огонь. "
            "Накануне полиция получила угрозы.")
    got = {t.text.casefold(): t.value for t in _timexes(text, "ru")}
    assert got["накануне"] == "--09-19"


# -- a dotted clock time right after a dotted day -----------------------------------------------------

@pytest.mark.parametrize("text,lang,when", [
    ("Posted 14.04.2011\n\nUpdate 11.04 21.30: the number of the dead increased to 11.", "en", "2011-04-11T21:30"),
    ("Опубликовано 14.04.2011\n\nОбновление 11.04 21.30: число погибших выросло до 11.", "ru", "2011-04-11T21:30"),
    ("Оновлено 14.04.2011\n\nОновлення 11.04 21.30: кількість загиблих зросла до 11.", "uk", "2011-04-11T21:30"),
    ("Жаңартылды 14.04.2011\n\nЖаңарту 11.04 21.30: қаза тапқандар саны 11-ге жетті.", "kk", "2011-04-11T21:30"),
    ("The explosion came on 11.04.2011 17.56, the ministry said.", "en", "2011-04-11T17:56"),
])
def test_a_dotted_time_after_a_dotted_day_is_a_clock_time(text, lang, when):
    assert when in [t.value for t in _timexes(text, lang)]


@pytest.mark.parametrize("text", [
    "Update 45.04 21.30: the number rose.",  # no day
    "The index rose 21.30 points.",  # no cue at all
    "Prices: 11.5 21.30 and 14.2.",  # a decimal, not a day
])
def test_a_dotted_number_without_a_day_before_is_no_clock_time(text):
    assert not any("T21:30" in t.value for t in _timexes(text, "en"))


# -- a bare weekday after the dateline's day ----------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("МӘСКЕУ, 20 қыркүйек — «Агенттік». 2021 жылғы 20 қыркүйекте университетте атыс болды. "
     "Университетте 12 мыңнан астам студент оқиды. Сейсенбі күні өлкеде аза тұту жарияланды.", "kk"),
    ("МОСКВА, 20 сентября — «Агентство». 20 сентября 2021 года в университете произошла стрельба. "
     "В университете учатся 12 тысяч студентов. Во вторник в крае объявили траур.", "ru"),
    ("МОСКВА, 20 вересня — «Агенція». 20 вересня 2021 року в університеті сталася стрілянина. "
     "В університеті навчаються 12 тисяч студентів. У вівторок у краї оголосили жалобу.", "uk"),
])
def test_a_bare_weekday_counts_from_the_datelines_day(text, lang):
    assert "2021-09-21" in _whens(text, lang)


# -- a part of the day before a weekday ---------------------------------------------------------------

@pytest.mark.parametrize("text,weekday,daypart", [
    ("Спасатели разобрали завалы к вечеру пятницы.", 5, "evening"),
    ("Рятувальники розібрали завали до вечора п'ятниці.", 5, "evening"),
    ("Rescuers cleared the rubble by the evening of Friday.", 5, "evening"),
    ("Поисковая операция завершилась к утру субботы.", 6, "morning"),
])
def test_a_part_of_the_day_before_a_weekday_is_part_of_it(text, weekday, daypart):
    c = next(c for c in read(text) if c.weekday is not None)
    assert (c.weekday, c.daypart) == (weekday, daypart)
    assert any(w in text[c.start:c.end] for w in ("вечеру", "вечора", "evening", "утру"))


# -- offsets: the written-out offset wins, and the region's capitals ----------------------------------

@pytest.mark.parametrize("text,lang,published,tz", [
    ("Взрыв произошёл около 11:19 по местному времени (UTC+5).", "ru", "2021-09-20", "+05:00"),
    ("Вибух стався о 10:52 за місцевим часом (UTC+3).", "uk", "2022-07-14", "+03:00"),
    ("The blast came at 17:56 local time (UTC+3).", "en", "2011-04-11", "+03:00"),
    ("Взрыв прогремел в 17:56 по минскому времени (UTC+3).", "ru", "2011-04-11", "+03:00"),
    ("The explosion came at 17.56 hours (Minsk time).", "en", "2011-04-11", "+03:00"),
    ("The explosion came at 9:00 Minsk time.", "en", "2010-06-01", "+03:00"),  # summer time before 2011
    ("The explosion came at 9:00 Minsk time.", "en", "2010-01-15", "+02:00"),
    ("Полиция применила силу около 21:30 по тбилисскому времени.", "ru", "2023-03-07", "+04:00"),
    ("Поліція застосувала силу близько 21:30 за тбіліським часом.", "uk", "2023-03-07", "+04:00"),
    ("Атыс Бішкек уақыты бойынша 14:00 шамасында басталды.", "kk", "2022-09-16", "+06:00"),  # zone before the time (devset11/12 gold)
    ("Митинг начался в 12:00 по ташкентскому времени.", "ru", "2022-07-01", "+05:00"),
])
def test_zone_offsets(text, lang, published, tz):
    times = [t for t in _timexes(text, lang, published) if "T" in t.value]
    assert times and times[0].tz == tz


# -- hours written as words ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,hour", [
    ("Я с двух часов дня был там.", 14),
    ("В шесть вечера начался митинг.", 18),
    ("Около девяти утра приехали спасатели.", 9),
    ("Люди собрались о шостій вечора.", 18),
    ("З другої години дня рятувальники працювали на місці.", 14),
    ("The crowd gathered at two o'clock.", 2),
    ("Таңғы сағат алтыда тұрғындар жиналды.", 6),
    ("Взрыв прогремел в двенадцать ночи.", 0),
])
def test_an_hour_written_as_a_word_is_a_clock_time(text, hour):
    assert [c.H for c in read(text) if c.H is not None] == [hour]


@pytest.mark.parametrize("text", [
    "Они провели три ночи в подвале.",  # three nights
    "Два дня назад прошёл митинг.",  # two days ago
    "В течение двух часов шёл дождь.",  # for two hours
    "Через два часа всё закончилось.",
    "Twelve people died and two were injured.",
    "Вони провели дві ночі в укритті.",
])
def test_a_number_word_without_a_clock_cue_is_no_time(text):
    assert not [c for c in read(text) if c.H is not None]


def test_a_time_from_which_something_went_on_is_the_entry_of_its_day():
    text = "Сообщение от 17.05.2023 09:40\n\nВчера я с двух часов дня был там с мужиками, разгребали грязь."
    assert "2023-05-16T14:00" in _whens(text, "ru", published="2023-05-17")


# -- a night running into the next day ----------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The dam burst on 16.05.2023 near the city.\n\nIn the night of 16.05 to 17.05 the rescuers worked with projectors.", "en"),
    ("Дамба прорвалась 16 мая 2023 года.\n\nВ ночь с 16 на 17 мая спасатели работали с прожекторами.", "ru"),
    ("Дамба прорвалася 16 травня 2023 року.\n\nУ ніч з 16 на 17 травня рятувальники працювали з прожекторами.", "uk"),
])
def test_a_night_into_the_next_day_is_an_entry_of_its_own(text, lang):
    assert _whens(text, lang).count("2023-05-16") == 2


def test_the_night_of_one_day_to_the_next_is_one_interval():
    got = [t.value for t in _timexes("In the night of 16.05.2023 to 17.05.2023 the rescuers worked.", "en")]
    assert got == ["2023-05-16/2023-05-17"]


@pytest.mark.parametrize("text,lang,word", [
    ("ПЕРМ, 21 вересня — «Агенція». У понеділок, 20 вересня 2021 року, студент відкрив вогонь в університеті. "
     "За даними СК, загинули 6 людей. Напередодні відомство повідомляло про 8 загиблих.", "uk", "Напередодні"),
    ("ПЕРМЬ, 21 сентября — «Агентство». В понедельник, 20 сентября 2021 года, студент открыл огонь в университете. "
     "По данным СК, погибли 6 человек. Накануне ведомство сообщало о 8 погибших.", "ru", "Накануне"),
])
def test_the_day_before_counts_back_from_a_dateline_given_its_year_by_the_story(text, lang, word):
    got = {t.text.casefold(): t.value for t in _timexes(text, lang)}
    assert got[word.casefold()] == "2021-09-20"
