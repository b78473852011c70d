"""Timeline, quality round 19 (devset21 round): a summary table's row whose date cell is a numeric day
and a clock ("| МЧС | 28.10, 08:50 | 21 | 25 |") gives the time of a source's figures, no event; a
page's last-edit note ("Последняя правка внесена 31 октября", "Last edited on 31 October") is the
page's date, no event."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def events(pipeline, text: str, lang: str) -> list[str]:
    return [e.when for e in pipeline.analyze(Document(id="x.txt", path="x.txt", text=text, lang=lang)).events]


@pytest.mark.parametrize(("text", "lang", "whens"), [
    ("## Суббота, 28 октября 2023\n\n**08:50** — МЧС уточняет: погиб 21 человек.\n\n## Таблица\n\n"
     "| Источник | Время | Погибшие |\n|---|---|---|\n| МЧС | 28.10, 08:50 | 21 |\n| Аким | 28.10, 11:45 | 25 |\n",
     "ru", ["2023-10-28T08:50"]),
    ("## Субота, 28 жовтня 2023\n\n**08:50** — ДСНС: загинули 12 людей.\n\n## Таблиця\n\n"
     "| Джерело | Час | Загиблі |\n|---|---|---|\n| ДСНС | 28.10, 08:50 | 12 |\n| ОВА | 28.10.2023 11:45 | 14 |\n",
     "uk", ["2023-10-28T08:50"]),
    ("## Saturday, 28 October 2023\n\n**08:50** — The ministry said 21 were killed.\n\n## Figures\n\n"
     "| Source | Time | Killed |\n|---|---|---|\n| Ministry | 28/10, 08:50 | 21 |\n| Akim | 28/10 11:45 | 25 |\n",
     "en", ["2023-10-28T08:50"]),
    ("## Сенбі, 28 қазан 2023\n\n**08:50** — ТЖМ: 21 адам қаза тапты.\n\n## Кесте\n\n"
     "| Дереккөз | Уақыт | Қаза тапқандар |\n|---|---|---|\n| ТЖМ | 28.10, 08:50 | 21 |\n| Әкім | 28.10, 11:45 | 25 |\n",
     "kk", ["2023-10-28T08:50"]),
])
def test_table_row_with_numeric_date_and_clock_is_no_event(pipeline, text, lang, whens):
    assert events(pipeline, text, lang) == whens


@pytest.mark.parametrize(("text", "lang"), [
    ("*Хронику ведёт редакция. Последняя правка внесена 31 октября 2023 года.*\n\n"
     "В субботу, 28 октября 2023 года, на шахте погибли 5 горняков.", "ru"),
    ("Последнее изменение: 31 октября 2023 года.\n\nВ субботу, 28 октября 2023 года, погибли 5 горняков.", "ru"),
    ("Отредактировано 31 октября 2023 года.\n\nВ субботу, 28 октября 2023 года, погибли 5 горняков.", "ru"),
    ("Останню правку внесено 31 жовтня 2023 року.\n\nУ суботу, 28 жовтня 2023 року, загинули 5 шахтарів.", "uk"),
    ("Останнє редагування: 31 жовтня 2023 року.\n\nУ суботу, 28 жовтня 2023 року, загинули 5 шахтарів.", "uk"),
    ("Хроніку ведуть журналісти. Остання правка 31 жовтня 2023 року.\n\n"
     "У суботу, 28 жовтня 2023 року, загинули 5 шахтарів.", "uk"),
    ("Last edited on 31 October 2023.\n\nOn Saturday, 28 October 2023, 5 miners were killed.", "en"),
    ("This page was last modified on 31 October 2023.\n\nOn Saturday, 28 October 2023, 5 miners were killed.", "en"),
    ("The chronicle is kept by our desk; last revised 31 October 2023.\n\n"
     "On Saturday, 28 October 2023, 5 miners were killed.", "en"),
    ("Хрониканы редакция жүргізеді. Соңғы түзету: 31 қазан 2023 жыл.\n\n"
     "Сенбі күні, 28 қазанда 2023 жылы шахтада 5 кенші қаза тапты.", "kk"),
    ("Соңғы өзгеріс: 31 қазан 2023 жыл.\n\nСенбі күні, 28 қазанда 2023 жылы 5 кенші қаза тапты.", "kk"),
    ("Соңғы өңдеу: 31 қазан 2023 жыл.\n\nСенбі күні, 28 қазанда 2023 жылы 5 кенші қаза тапты.", "kk"),
])
def test_last_edit_note_is_no_event(pipeline, text, lang):
    assert events(pipeline, text, lang) == ["2023-10-28"]
