"""Round 5 of the time stage: the timeline per document.

Labels cut a time phrase with its prepositions, leads ("по состоянию на", "late on") and
postpositions (kk "дейін", "бастап"), keep a date followed by a possessive, keep a place's
preposition ("у Гомелі") and drop a wire dateline's place; an earlier day named inside a clock-time
chronology item is background; "the evening of the same day" is an entry of its own; a document's
header zone ("Час — мінський (UTC+3)") gives its clock times their offset; more kinds of event.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.segment import Segmenter
from rashomon.time.label import make_label
from rashomon.time.tagger import read
from rashomon.time.zones import document_zone
from rashomon.timeline import event_kinds, events_from
from rashomon.timex import TimeTagger

TAGGER = TimeTagger()


def _events(text: str, lang: str, published: str | None = None):
    doc = Document(id="t", path="t", text=text, lang=lang, published=published)
    Segmenter()(doc)
    return events_from(doc, TAGGER(doc), [], [])


def _label(sentence: str) -> str:
    return make_label(sentence, (0, len(sentence)), [(c.start, c.end) for c in read(sentence)])


# -- labels ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,label", [
    ("По состоянию на 18:00 12 февраля установлено, что погибли 11 человек.", "Установлено, что погибли 11 человек."),
    ("Станом на 19:00 27 червня загинули 10 осіб.", "Загинули 10 осіб."),
    ("В ночь с 7 на 8 февраля 2020 года в селах произошли беспорядки.", "В селах произошли беспорядки."),
    ("Police said the violence started late on Friday in the village.", "Police said the violence started in the village."),
    ("At 12.30, traffic on the bridge was stopped.", "Traffic on the bridge was stopped."),
    ("On the morning of Monday the ministry said 60 were detained.", "The ministry said 60 were detained."),
    ("Әуежай 6 қарашаға дейін жабылды.", "Әуежай жабылды."),
    ("5 қаңтардан бастап Алматыда коменданттық сағат енгізілді.", "Алматыда коменданттық сағат енгізілді."),
    ("У 2023 році суд засудив сімох обвинувачених.", "Суд засудив сімох обвинувачених."),
    ("The blasts began at 09:20 (03:20 GMT) and continued all day.", "The blasts began and continued all day."),
    ("At 14:30 (Dushanbe time) the people went to the square.", "The people went to the square."),
    ("The mall was hit at around 3:50 p.m. (1250 GMT) on Monday.", "The mall was hit."),
    ("Около 22:00 по московскому времени полиция оттеснила толпу.", "Полиция оттеснила толпу."),
    ("Близько 10:00 за київським часом бомба влучила в будівлю.", "Бомба влучила в будівлю."),
    ("Жергілікті уақыт бойынша 20:00 шамасында төрт адам атыс ашты.", "Төрт адам атыс ашты."),
])
def test_label_cuts_the_whole_time_phrase(sentence, label):
    assert _label(sentence) == label


@pytest.mark.parametrize("sentence,label", [
    ("The death toll from Friday night's violence rose to 11.", "The death toll from Friday night's violence rose to 11."),
    ("The ministry said 75 people died in Wednesday's clashes.", "The ministry said 75 people died in Wednesday's clashes."),
])
def test_label_keeps_a_date_before_a_possessive(sentence, label):
    assert _label(sentence) == label


@pytest.mark.parametrize("lang,text,label", [
    ("uk", "## Середа, 12 серпня 2020\n\n- **16:00** — у Гомелі помер затриманий.\n", "У Гомелі помер затриманий."),
    ("ru", "## 16 декабря 2011\n\n12:52 — в Жанаозене горят здания.\n", "В Жанаозене горят здания."),
    ("en", "10 August 2020 in Minsk a protester died.", "In Minsk a protester died."),
    ("kk", "2020 жылғы 10 тамызда Минскіде наразылық болды.", "Минскіде наразылық болды."),
])
def test_label_keeps_a_place_preposition(lang, text, label):
    assert label in [e.label for e in _events(text, lang)]


@pytest.mark.parametrize("sentence,label", [
    ("ALMATY, Feb 8 - Eight people were killed in clashes.", "Eight people were killed in clashes."),
    ("BISHKEK, April 8 (CAW) - The opposition took control.", "The opposition took control."),
    ("JALAL-ABAD, March 19 — A sixth protester died.", "A sixth protester died."),
    ("Correction, 17 May 10:40: an earlier post was wrong.", "Correction: an earlier post was wrong."),
    ("8. 5 қаңтарда Алматыда атыс болды.", "Алматыда атыс болды."),
])
def test_label_tidies_datelines_list_numbers_and_punctuation(sentence, label):
    assert _label(sentence) == label


# -- a clock-time chronology item ----------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,background", [
    ("uk", "## Середа, 12 серпня 2020\n\n- **16:00** — у Гомелі помер чоловік, затриманий 9 серпня.\n"
           "- **18:30** — жінки вишикувалися в ланцюги.\n", "2020-08-09"),
    ("ru", "## Среда, 12 августа 2020\n\n- **16:00** — в Гомеле умер мужчина, задержанный 9 августа.\n"
           "- **18:30** — женщины выстроились в цепи.\n", "2020-08-09"),
    ("en", "## Wednesday, 12 August 2020\n\n- **16:00** — a man detained on 9 August died in Gomel.\n"
           "- **18:30** — women formed chains of solidarity.\n", "2020-08-09"),
])
def test_earlier_day_in_a_clock_item_is_background(lang, text, background):
    whens = [e.when[:16] for e in _events(text, lang)]
    assert "2020-08-12T16:00" in whens and "2020-08-12T18:30" in whens
    assert background not in whens


def test_later_day_in_a_clock_item_stays_an_event():
    text = "## 16 мая 2023\n\n18:00 Аким вводит режим чрезвычайной ситуации до 5 июня.\n"
    whens = [e.when for e in _events(text, "ru")]
    assert "2023-05-16T18:00" in whens and "2023-06-05" in whens


# -- "the evening of the same day" -----------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("uk", "Авіаудар по театру стався 16 березня 2022 року.\n\nЗранку бомба влучила в будівлю. "
           "Увечері того ж дня омбудсманка повідомила, що вибралися живими понад 130 людей."),
    ("ru", "Авиаудар по театру произошёл 16 марта 2022 года.\n\nУтром бомба попала в здание. "
           "Вечером того же дня омбудсмен сообщила, что выбрались живыми более 130 человек."),
    ("en", "The airstrike on the theatre happened on 16 March 2022.\n\nIn the morning a bomb hit the building. "
           "In the evening of the same day the ombudsman said more than 130 people got out alive."),
    ("ru", "Авиаудар по театру произошёл 16 марта 2022 года.\n\nУтром бомба попала в здание. "
           "В тот же день вечером омбудсмен сообщила, что выбрались живыми более 130 человек."),
    ("kk", "Театрға әуе соққысы 2022 жылғы 16 наурызда болды.\n\nТаңертең бомба ғимаратқа тиді. "
           "Сол күні кешке омбудсмен 130-дан астам адам тірі шыққанын хабарлады."),
])
def test_evening_of_the_same_day_is_its_own_entry(lang, text):
    events = [e for e in _events(text, lang) if e.when == "2022-03-16"]
    assert len(events) >= 2
    assert any("130" in e.label for e in events)


# -- a document's time zone ---------------------------------------------------------------------------

@pytest.mark.parametrize("header,offset,zone", [
    ("*Компіляція повідомлень. Час — мінський (UTC+3), якщо не зазначено інше.*", "+03:00", None),
    ("All times are local (UTC+6).", "+06:00", None),
    ("Время московское.", None, "MSK"),
    ("Барлық уақыт UTC+5 бойынша көрсетілген.", "+05:00", None),
    ("Хроніка подій у Мінську.", None, None),
])
def test_document_zone_statement(header, offset, zone):
    assert document_zone(header + "\n\n10:00 — початок.") == (offset, zone)


@pytest.mark.parametrize("lang,text,when", [
    ("uk", "Час — мінський (UTC+3).\n\n## 10 серпня 2020\n\n- **08:40** — МВС повідомляє про затримання.\n",
     "2020-08-10T08:40+03:00"),
    ("en", "All times are local (UTC+6).\n\n## 5 January 2022\n\n- **09:40** — protesters gather on the square.\n",
     "2022-01-05T09:40+06:00"),
    ("ru", "Время московское.\n\n## 29 октября 2023\n\n- **19:00** — толпа прорвалась на лётное поле.\n",
     "2023-10-29T19:00+03:00"),
])
def test_document_zone_gives_clock_times_their_offset(lang, text, when):
    assert when in [e.when for e in _events(text, lang)]


def test_no_zone_statement_leaves_times_without_offset():
    text = "## 10 серпня 2020\n\n- **08:40** — МВС повідомляє про затримання.\n"
    assert "2020-08-10T08:40" in [e.when for e in _events(text, "uk")]


# -- kinds of event -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind", [
    ("In early 2007 twenty residents were tried.", "trial"),
    ("В 2007 году жителей осудили.", "trial"),
    ("У 2007 році мешканців засудили.", "trial"),
    ("2007 жылы тұрғындар сотталды.", "trial"),
    ("An explosion hit the mine.", "explosion"),
    ("В шахте произошёл взрыв.", "explosion"),
    ("У шахті стався вибух.", "explosion"),
    ("Шахтада жарылыс болды.", "explosion"),
    ("Clashes broke out.", "clash"),
    ("Начались столкновения.", "clash"),
    ("Почалися сутички.", "clash"),
    ("Қақтығыс басталды.", "clash"),
])
def test_event_kinds(text, kind):
    assert kind in event_kinds(text)


@pytest.mark.parametrize("lang,text,when", [
    ("en", "In early 2007 twenty-four residents were tried.", "2007"),
    ("ru", "В 2007 году 24 жителя осудили.", "2007"),
])
def test_year_of_a_trial_is_an_event(lang, text, when):
    assert when in [e.when for e in _events(text, lang)]


# -- hostile input -------------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(["по состоянию на ", "в ночь с ", "7 на 8 февраля ", "12:00 ", "(", ")", "UTC+3 ", "дейін ",
                           "late on ", "Friday's ", "ALMATY, ", "- ", "8. ", ",", ":", "Час — ", "at ", "\n", " ", "x"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_label_and_zone_never_crash(parts):
    text = "".join(parts)
    label = _label(text)
    assert isinstance(label, str) and len(label) <= 81
    tz, zone = document_zone(text)
    assert tz is None or tz[0] in "+-"


def test_label_is_fast_on_long_hostile_text():
    import time

    text = ("по состоянию на " * 2000) + "12 февраля " + ("(" * 3000) + ("a-" * 3000) + " 12:00 (" + "b " * 5000
    start = time.perf_counter()
    _label(text)
    document_zone(("Час — " * 3000) + "UTC+" + "9" * 5000)
    assert time.perf_counter() - start < 2.0
