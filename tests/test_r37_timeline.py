"""Round 37, timeline and claim dates: invented sentences (fictional places and people) for each construction."""
from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline
from rashomon.timeline import reanchor
from tests.claims_helpers import rows_and_dates

PIPE = Pipeline()


def _analyze(id_: str, text: str, lang: str):
    return PIPE.analyze(Document(id=id_, path=id_, text=text, lang=lang))


# The run's other reports date the crash: Thursday 8 March 2029 (and, once, the Friday after it).
_RUN = [
    ("r1", "Dalmor, 9 March 2029. A passenger plane crashed on 8 March 2029 near Dalmor airport, killing 60 people.", "en"),
    ("r2", "Дальмор, 10 березня 2029 року. Літак розбився 8 березня 2029 року біля Дальмора.", "uk"),
    ("r3", "9 марта 2029 года в Дальморе объявлен траур.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), [
    ("On 12 March 2029 a gas explosion at the Verlow mine killed 14 miners. In 2025 a blast in the same mine "
     "killed 37 people.", "en"),
    ("12 марта 2029 года взрыв газа на шахте «Верловская» унёс жизни 14 горняков. В 2025 году при взрыве на этой "
     "же шахте погибли 37 человек.", "ru"),
    ("12 березня 2029 року вибух газу на шахті «Верлівська» забрав життя 14 гірників. У 2025 році внаслідок "
     "вибуху на цій же шахті загинули 37 людей.", "uk"),
    ("2029 жылғы 12 наурызда «Верлов» шахтасында газ жарылып, 14 кенші қаза тапты. 2025 жылы осы шахтадағы "
     "жарылыстан 37 адам қаза тапқан.", "kk"),
])
def test_the_earlier_event_is_no_timeline_row(text, lang):
    rows, _claims = rows_and_dates(text, lang)
    assert "2029-03-12" in rows, rows
    assert not any(r.startswith("2025") for r in rows), rows


@pytest.mark.parametrize(("text", "lang", "night"), [
    ("Дальмор, 2029 жылғы 3 наурыз. Зілзала дүйсенбіге қараған түні Верлов провинциясында тіркелді, 40 адам "
     "қаза тапты.", "kk", "2029-02-25"),
    ("Дальмор, 2029 жылғы 3 наурыз. Өрт сәрсенбіге қараған түні Верлов ауылында басталды, 5 адам қаза тапты.",
     "kk", "2029-02-27"),
    ("Дальмор, 3 марта 2029 года. Землетрясение произошло в ночь на понедельник в провинции Верлов, погибли "
     "40 человек.", "ru", "2029-02-25"),
    ("Дальмор, 3 березня 2029 року. Землетрус стався в ніч на понеділок у провінції Верлов, загинули 40 людей.",
     "uk", "2029-02-25"),
])
def test_a_night_toward_a_weekday_is_dated_by_its_evening(text, lang, night):
    """"дүйсенбіге қараған түні" (the night toward Monday), like "в ночь на понедельник": the Sunday's night."""
    rows, claims = rows_and_dates(text, lang)
    assert rows == [night], rows
    assert all(w and w.split("/")[0] == night for _m, _v, w in claims), claims


@pytest.mark.parametrize(("text", "lang", "day"), [
    (" date 2029-03 Число погибших в авиакатастрофе, произошедшей в четверг в городе Дальмор, увеличилось до 65 "
     "человек.", "ru", "2029-03-08"),
    (" date 2029-03 Кількість загиблих в авіакатастрофі, що сталася у четвер у місті Дальмор, зросла до 65.",
     "uk", "2029-03-08"),
    (" date 2029-03 The plane that crashed on Thursday near Dalmor carried 70 people; 65 of them died.", "en",
     "2029-03-08"),
    (" date 2029-03 Дальмор қаласында бейсенбі күні ұшақ апатқа ұшырады, 65 адам қаза тапты.", "kk", "2029-03-08"),
    (" date 2029-03 В пятницу в Дальморе прошли похороны погибших.", "ru", "2029-03-09"),
])
def test_a_weekday_on_a_page_stamped_with_a_month_takes_the_day_the_run_dates(text, lang, day):
    analyses = [_analyze(i, t, lg) for i, t, lg in _RUN]
    me = _analyze("x", text, lang)
    reanchor([*analyses, me])
    assert [e.when for e in me.events] == [day], [(e.when, e.label) for e in me.events]


@pytest.mark.parametrize(("text", "lang"), [
    (" date 2029-03 Министерство в четверг сообщило, что погибли 65 человек.", "ru"),  # a day of saying
    (" date 2029-03 The minister will visit Dalmor on Thursday.", "en"),  # a day to come
    (" date 2029-03 Пожар в Верлове произошёл во вторник, погибли 3 человека.", "ru"),  # no day of the run fits
])
def test_no_row_for_a_weekday_the_run_cannot_date(text, lang):
    analyses = [_analyze(i, t, lg) for i, t, lg in _RUN]
    me = _analyze("x", text, lang)
    reanchor([*analyses, me])
    assert me.events == [], [(e.when, e.label) for e in me.events]


def test_an_embedded_post_gives_no_weekday_row():
    analyses = [_analyze(i, t, lg) for i, t, lg in _RUN]
    me = _analyze("x", " date 2029-03 Дальмор қаласында ұшақ апатқа ұшырады.\n\nWATCH: A plane crashed near Dalmor on "
                       "Thursday morning. pic.twitter.com/abcd1234", "kk")
    reanchor([*analyses, me])
    assert not any(e.when == "2029-03-08" for e in me.events), [(e.when, e.label) for e in me.events]
