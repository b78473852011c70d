"""Round q22b: a year-less day of a month the text last stated with a past year is that year's day
("Алматы, 15 желтоқсан 2023 ... 1986 жылғы желтоқсанда ... 16 желтоқсанда": 16 December 1986)."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()


def _values(text: str, lang: str) -> list[str]:
    a = PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang=lang))
    return [t.value for t in a.timexes]


PAST_MONTHS = [
    ("Алматы, 15 желтоқсан 2023.\n\n1986 жылғы желтоқсанда жастар алаңға шықты. 17 желтоқсанда студенттер жинала бастады.",
     "kk", "1986-12-17"),
    ("Астана, 10 қаңтар 2022.\n\n2019 жылғы қаңтарда зауытта өрт болды. 5 қаңтарда 3 адам қаза тапты.", "kk", "2019-01-05"),
    ("Шымкент, 20 мамыр 2024.\n\n2010 жылғы мамырда су тасқыны болды. 12 мамырда ауыл су астында қалды.", "kk", "2010-05-12"),
    ("Алматы, 15 декабря 2023 года.\n\nВ декабре 1986 года молодёжь вышла на площадь. 17 декабря студенты начали собираться.",
     "ru", "1986-12-17"),
    ("Москва, 23 октября 2022 года.\n\nВ октябре 2002 года террористы захватили театральный центр. 26 октября начался штурм.",
     "ru", "2002-10-26"),
    ("Бишкек, 7 апреля 2020 года.\n\nВ апреле 2010 года в столице начались беспорядки. 6 апреля у здания правительства стреляли.",
     "ru", "2010-04-06"),
    ("Київ, 10 березня 2023 року.\n\nУ березні 2014 року почалися протести. 1 березня парламент ухвалив рішення.",
     "uk", "2014-03-01"),
    ("Львів, 20 лютого 2024 року.\n\nУ лютому 2014 року на Майдані тривали сутички. 18 лютого загинули десятки людей.",
     "uk", "2014-02-18"),
    ("Харків, 5 травня 2021 року.\n\nУ травні 2014 року в місті було неспокійно. 2 травня сталися сутички.", "uk", "2014-05-02"),
    ("ALMATY, 15 December 2023.\n\nIn December 1986 young people went out to the square. On 17 December students gathered.",
     "en", "1986-12-17"),
    ("MOSCOW, 23 October 2022.\n\nIn October 2002 gunmen seized a theatre. On 26 October special forces stormed it.",
     "en", "2002-10-26"),
    ("BISHKEK, 7 April 2020.\n\nIn April 2010 riots broke out in the capital. On 6 April troops fired at the crowd.",
     "en", "2010-04-06"),
]


@pytest.mark.parametrize(("text", "lang", "day"), PAST_MONTHS)
def test_a_day_of_a_month_stated_with_a_past_year_takes_that_year(text, lang, day):
    assert day in _values(text, lang)
