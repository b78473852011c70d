"""Quality round 29 (real-text probe), time: report dates and stamps of real pages, years of birth, a
month's name that is a season. All texts are invented (fictional places and people); each construction
in every language that has it."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.segment import Segmenter
from rashomon.time import TimeTagger, report_date, report_roles


def doc_of(text: str, lang: str, published: str | None = None) -> Document:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang, published=published)
    Segmenter()(doc)
    return doc


def values(text: str, lang: str, published: str | None = None) -> list[str]:
    return [t.value for t in TimeTagger()(doc_of(text, lang, published))]


def events(pipeline, text: str, lang: str) -> list[str]:
    return [e.when for e in pipeline.analyze(doc_of(text, lang)).events]


# Years of birth ("2019 р.н.", "1987 г.р.", "born in 1987", «1987 жылы туған»), alone or listed, are no
# dates: no timex, and they lend no year to a year-less day of the same report.
@pytest.mark.parametrize(("text", "lang"), [
    ("Пожар в селе Заречье-Нижнее вспыхнул 4 марта в 02:10. Погибли женщина 1987 г.р. и дети 2019, 2020 и 2022 г.р.", "ru"),
    ("Пожежа в селі Заріччя-Нижнє спалахнула 4 березня о 02:10. Загинули жінка 1987 р.н. та діти 2019, 2020 та 2022 р.н.", "uk"),
    ("The fire in Lower Rivermoor broke out on 4 March at 02:10. A woman born in 1987 and a child born 2019 died.", "en"),
    ("Төменгі Өзенкөл ауылында өрт 4 наурызда сағат 02:10-да шықты. 1987 жылы туған әйел мен 2019 жылы туған бала қаза тапты.", "kk"),
])
def test_years_of_birth_are_no_dates(text, lang):
    got = values(text, lang)
    assert not any(v[:4] in ("1987", "2019", "2020", "2022") for v in got), got
    assert any(v.endswith("03-04") or "03-04T" in v for v in got), got


# A line of a day and a clock time alone (either order, with a zone) in a page's first lines is its stamp:
# the report's date, no event; further down (a list of other pages) it dates nothing.
@pytest.mark.parametrize(("text", "lang"), [
    ("Взрыв на складе в Велморе\n\nЧисло погибших возросло до девяти.\n14 апреля 2031, 18:05\n\n"
     "Взрыв произошел вчера вечером, сообщили спасатели.\n\nЧитайте также\nНовый мост в Заречье\n03:15, 12.11.2031\n", "ru"),
    ("Вибух на складі у Велморі\n\nКількість загиблих зросла до дев'яти.\n14 квітня 2031, 18:05\n\n"
     "Вибух стався вчора ввечері, повідомили рятувальники.\n\nЧитайте також\nНовий міст у Заріччі\n03:15, 12.11.2031\n", "uk"),
    ("Blast at a Velmor depot\n\nThe death toll rose to nine.\nApr. 14, 2031 18:05 GMT\n\n"
     "The blast happened yesterday evening, rescuers said.\n\nRead more\nA new bridge in Rivermoor\n03:15, 12.11.2031\n", "en"),
    ("Велмордағы қоймада жарылыс\n\nҚаза тапқандар саны тоғызға жетті.\n14.04.2031, 18:05\n\n"
     "Жарылыс кеше кешке болды, деп хабарлады құтқарушылар.\n\nОқи отырыңыз\nӨзенкөлдегі жаңа көпір\n03:15, 12.11.2031\n", "kk"),
])
def test_a_bare_stamp_line_dates_the_report_not_an_event(pipeline, text, lang):
    doc = doc_of(text, lang)
    tx = TimeTagger()(doc)
    assert report_date(doc, tx) == "2031-04-14"
    roles = report_roles(doc, tx)
    assert all(i in roles for i, t in enumerate(tx) if t.value.startswith(("2031-04-14T18:05", "2031-11-12"))), tx
    got = events(pipeline, text, lang)
    assert not any(w.startswith(("2031-04-14T18:05", "2031-11-12")) for w in got), got


# A page's date under a label opening its first line ("date 2031-05-06 <headline>", "Дата: ...") is the
# report's date (a dateline), not an event: a weekday counts back from it.
@pytest.mark.parametrize(("text", "lang"), [
    ("date 2031-05-06 В Велморе обрушился мост\nМост обрушился в воскресенье утром, погибли трое.", "ru"),
    ("Дата: 2031-05-06 У Велморі обвалився міст\nМіст обвалився в неділю вранці, загинули троє.", "uk"),
    ("date 2031-05-06 A bridge collapsed in Velmor\nThe bridge collapsed on Sunday morning, killing three.", "en"),
    ("күні 2031-05-06 Велморда көпір құлады\nКөпір жексенбі күні таңертең құлап, үш адам қаза тапты.", "kk"),
])
def test_a_labelled_date_opening_the_page_is_its_dateline(pipeline, text, lang):
    doc = doc_of(text, lang)
    tx = TimeTagger()(doc)
    assert report_date(doc, tx) == "2031-05-06"
    got = events(pipeline, text, lang)
    assert "2031-05-06" not in got, got
    assert "2031-05-04" in got, got  # Sunday before Tuesday 6 May 2031


# Kazakh «маусым» is also a season: "жылыту маусымы" is no June.
def test_a_season_is_no_month():
    got = values("Жылыту маусымы ашылғаннан бері Өзенкөл ауылында 12 өрт тіркелді. 10 маусымда тағы бір өрт болды.", "kk",
                 published="2031-10-20")
    assert "2031-06" not in got, got
    assert "2031-06-10" in got, got


# A page's stamps stacked over its text ("Posted ..., 09:12 / Modified ..., 09:14 / Updated ..., 09:14"):
# the last "update" line is one more stamp, not a blog's update entry dating the text below it.
@pytest.mark.parametrize(("text", "lang"), [
    ("Posted 11 мая, 09:12\nModified 11 мая, 09:14\nUpdated 11 мая, 09:14\n"
     "Напомним, что пожар в Велморе произошел утром 11 мая. Погибли двое.", "ru"),
    ("Posted 11 травня, 09:12\nModified 11 травня, 09:14\nUpdated 11 травня, 09:14\n"
     "Нагадаємо, що пожежа у Велморі сталася вранці 11 травня. Загинули двоє.", "uk"),
    ("Posted 11 May, 09:12\nModified 11 May, 09:14\nUpdated 11 May, 09:14\n"
     "The fire in Velmor broke out on the morning of 11 May. Two people died.", "en"),
    ("Posted 11 мамыр, 09:12\nModified 11 мамыр, 09:14\nUpdated 11 мамыр, 09:14\n"
     "Велмордағы өрт 11 мамырда таңертең шықты. Екі адам қаза тапты.", "kk"),
])
def test_stacked_page_stamps_are_no_update_entry(pipeline, text, lang):
    got = events(pipeline, text, lang)
    assert not any("T09:1" in w for w in got), got
    assert any(w.endswith("05-11") for w in got), got


# A post header further down, after the story has told its own day, is another page's (a list of other
# news: "воскресенье, 21 декабря 2031, 11:50"): not the report's date.
@pytest.mark.parametrize(("text", "lang"), [
    ("В Велморе обрушился склад\n\nОбрушение произошло утром 8 мая 2031 года, погибли двое.\n\n"
     "Другие новости\nМост в Заречье закрыли на ремонт\nвоскресенье, 21 декабря 2031, 11:50\n", "ru"),
    ("У Велморі обвалився склад\n\nОбвал стався вранці 8 травня 2031 року, загинули двоє.\n\n"
     "Інші новини\nМіст у Заріччі закрили на ремонт\nнеділя, 21 грудня 2031, 11:50\n", "uk"),
    ("A depot collapsed in Velmor\n\nThe collapse happened on the morning of 8 May 2031, killing two.\n\n"
     "Other news\nThe Rivermoor bridge closed for repairs\nSunday, 21 December 2031, 11:50\n", "en"),
    ("Велморда қойма құлады\n\nҚойма 2031 жылғы 8 мамырда таңертең құлап, екі адам қаза тапты.\n\n"
     "Басқа жаңалықтар\nӨзенкөлдегі көпір жөндеуге жабылды\nжексенбі, 21 желтоқсан 2031, 11:50\n", "kk"),
])
def test_a_later_page_header_is_no_report_date(text, lang):
    doc = doc_of(text, lang)
    tx = TimeTagger()(doc)
    assert report_date(doc, tx) != "2031-12-21"
