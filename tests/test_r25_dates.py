"""Quality round 25, timeline rows. All texts are invented (fictional places and people); each
construction in every language that has it."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def events(pipeline, text: str, lang: str, published: str | None = None) -> list[str]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang, published=published)
    return sorted(e.when for e in pipeline.analyze(doc).events)


# A compilation's note of how far it was brought is the page's date, no event.
@pytest.mark.parametrize("text,lang", [
    ("4 марта 1971 года в Дорвике прошла забастовка, задержаны 40 человек.\n\n"
     "Материал дополнялся до 12 мая 1981 года, к 10-й годовщине событий.", "ru"),
    ("4 березня 1971 року в Дорвіку відбувся страйк, затримано 40 осіб.\n\n"
     "Матеріал доповнювався до 12 травня 1981 року, до 10-ї річниці подій.", "uk"),
    ("On 4 March 1971 a strike was held in Dorvik and 40 people were detained.\n\n"
     "The article was updated through 12 May 1981, for the tenth anniversary.", "en"),
])
def test_a_compilation_note_is_no_event(pipeline, text, lang):
    got = events(pipeline, text, lang)
    assert "1971-03-04" in got and not any(v.startswith("1981") for v in got), got


# A talk page's signature ("--User 08:31, 16 February 2024 (UTC)") stamps the post, no event.
@pytest.mark.parametrize("text,lang", [
    ("The strike in Dorvik began on 4 March 1971 and 40 were detained. --Marsh-editor 08:31, 16 May 2023 (UTC)\n"
     "Agreed, the figure is sourced. --Tollkeeper 09:02, 16 May 2023 (UTC)\n", "en"),
    ("Забастовка в Дорвике началась 4 марта 1971 года, задержаны 40 человек. --Болотник 08:31, 16 мая 2023 (UTC)\n"
     "Согласен. --Смотритель 09:02, 16 мая 2023 (UTC)\n", "ru"),
    ("Страйк у Дорвіку почався 4 березня 1971 року, затримано 40 осіб. --Болотник 08:31, 16 травня 2023 (UTC)\n"
     "Згоден. --Доглядач 09:02, 16 травня 2023 (UTC)\n", "uk"),
])
def test_a_signature_is_no_event(pipeline, text, lang):
    got = events(pipeline, text, lang)
    assert "1971-03-04" in got and not any(v.startswith("2023") for v in got), got


# "Today"/"yesterday" under a later blog entry ("Update 29.12 20.00") count from the entry's day,
# not from the page's date; the entry's "today" is the entry itself.
@pytest.mark.parametrize("text,lang", [
    ("Posted 26.10.2023\n\nOn Wednesday 25 October at 11.00 a ferry sank near Dorvik.\n\n"
     "Update 28.10 20.00\nThe governor said today that the hull was holed. Yesterday the owner called and apologised.\n", "en"),
    ("Опубликовано 26.10.2023\n\nВ среду, 25 октября, в 11.00 у Дорвика затонул паром.\n\n"
     "Обновление 28.10 20.00\nГубернатор сегодня заявил, что корпус был пробит. Вчера владелец позвонил и извинился.\n", "ru"),
    ("Опубліковано 26.10.2023\n\nУ середу, 25 жовтня, об 11.00 біля Дорвіка затонув пором.\n\n"
     "Оновлення 28.10 20.00\nГубернатор сьогодні заявив, що корпус було пробито. Вчора власник зателефонував і вибачився.\n", "uk"),
])
def test_deictic_days_under_a_later_update(pipeline, text, lang):
    got = events(pipeline, text, lang)
    assert "2023-10-27" in got and "2023-10-28T20:00" in got, got
    assert "2023-10-25" not in got and "2023-10-28" not in got, got


def test_a_compilation_note_is_no_event_kk(pipeline):
    text = ("1971 жылғы 4 наурызда Дорвикте ереуіл өтті, 40 адам ұсталды.\n\n"
            "Материал 1981 жылғы 12 мамырға дейін толықтырылды.")
    got = events(pipeline, text, "kk")
    assert "1971-03-04" in got and not any(v.startswith("1981") for v in got), got
