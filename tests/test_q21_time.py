"""Quality round 21 (devset24), dates: an anniversary report names the event's day and month again
(the report is dated on the anniversary); a weekday stated with it that does not fit the report's year
takes the event's year instead ("Сенбі күні, 26 маусымда" in a report of Wednesday 26 June 2024, after
"1954 жылғы 16 мамырда", is Saturday 26 June 1954). All texts are invented."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def events(pipeline, text: str, lang: str) -> list[str]:
    return [e.when for e in pipeline.analyze(Document(id="x.txt", path="x.txt", text=text, lang=lang)).events]


@pytest.mark.parametrize(("text", "lang"), [
    ("Жезқазған, 26 маусым 2024 — Кеңгірдегі көтеріліске бүгін 70 жыл толды.\n\n"
     "Көтеріліс 1954 жылғы 16 мамырда басталды. Сенбі күні, 26 маусымда, таңғы сағат 3:30 шамасында "
     "лагерьге танктер кірді.", "kk"),
    ("Джезказган, 26 июня 2024 — Исполнилось 70 лет подавлению восстания в Кенгире.\n\n"
     "Восстание началось 16 мая 1954 года. В субботу, 26 июня, около 3:30 в лагерь вошли танки.", "ru"),
    ("Джезказган, 26 червня 2024 — Минуло 70 років від придушення повстання в Кенгірі.\n\n"
     "Повстання почалося 16 травня 1954 року. У суботу, 26 червня, близько 3:30 до табору увійшли танки.", "uk"),
    ("Zhezkazgan, 26 June 2024 — Seventy years ago the Kengir uprising was crushed.\n\n"
     "The uprising began on 16 May 1954. On Saturday, 26 June, at about 3:30 tanks entered the camp.", "en"),
])
def test_a_weekday_of_another_year_dates_the_event_not_the_report(pipeline, text, lang):
    whens = events(pipeline, text, lang)
    assert "1954-06-26T03:30" in whens and not any(w.startswith("2024-06-26T") for w in whens), whens


@pytest.mark.parametrize(("text", "lang"), [
    ("Алматы, 26 июня 2024 — В среду, 26 июня, около 3:30 в посёлке начался пожар.", "ru"),
    ("Almaty, 26 June 2024 — On Wednesday, 26 June, at about 3:30 a fire broke out.", "en"),
])
def test_a_fitting_weekday_keeps_the_report_year(pipeline, text, lang):
    whens = events(pipeline, text, lang)
    assert "2024-06-26T03:30" in whens, whens


@pytest.mark.parametrize(("text", "lang"), [
    ("Новини 15.06.1995. Загін бойовиків увірвався до міста 14 червня близько полудня.", "uk"),
    ("Новини 15.06.1995. Бойовики з'явилися в місті 14 червня о полудні.", "uk"),
    ("Новости 15.06.1995. Отряд боевиков ворвался в город 14 июня около полудня.", "ru"),
    ("Новости 15.06.1995. Около полудня 14 июня в городе появились вооружённые люди.", "ru"),
    ("Жаңалықтар 15.06.1995. 14 маусымда талтүсте қаруланған топ қалаға басып кірді.", "kk"),
    ("News 15.06.1995. Gunmen burst into the town on 14 June at about noon.", "en"),
])
def test_about_noon_is_a_clock_time(pipeline, text, lang):
    assert "1995-06-14T12:00" in events(pipeline, text, lang), events(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Жезқазған, 26 маусым 2024 — Кеңгірдегі көтерілістің басып-жаншылғанына бүгін 70 жыл толды.\n\n"
     "Көтеріліс 1954 жылғы 16 мамырда басталды.", "kk", "1954-05-16"),
    ("Джезказган, 26 июня 2024 — Ровно 70 лет назад было подавлено восстание в Кенгире.\n\n"
     "Восстание началось 16 мая 1954 года.", "ru", "1954-05-16"),
    ("Джезказган, 26 червня 2024 — Сьогодні 70 років тому було придушено повстання в Кенгірі.\n\n"
     "Повстання почалося 16 травня 1954 року.", "uk", "1954-05-16"),
    ("Zhezkazgan, 26 June 2024 — Seventy years ago today the Kengir uprising was crushed.\n\n"
     "The uprising began on 16 May 1954.", "en", "1954-05-16"),
])
def test_the_report_day_of_an_anniversary_is_no_event(pipeline, text, lang, event):
    whens = events(pipeline, text, lang)
    assert event in whens and not any(w.startswith("2024") for w in whens), whens


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Алматы, 15 желтоқсан 2023. Алматыда бүгін 2 мыңнан астам адам еске алу шарасына қатысып, монументке гүл қойды.", "kk",
     "2023-12-15"),
    ("Алматы, 15 декабря 2023. Сегодня в Алматы более 2 тысяч человек почтили память жертв у монумента.", "ru", "2023-12-15"),
    ("Алмати, 15 грудня 2023. Сьогодні в Алмати понад 2 тисячі людей вшанували пам'ять жертв біля монумента.", "uk",
     "2023-12-15"),
])
def test_a_commemoration_held_on_the_report_day_is_an_event(pipeline, text, lang, event):
    """Only a sentence saying how long ago (``time_elapsed.txt``) is a remembrance with no event of its own."""
    whens = events(pipeline, text, lang)
    assert event in whens, whens


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Ашхабад, 13 шілде 2011. «Шолу»\n\nЖарылыс 7 шілдеде болды. Министрлік өкілдері сейсенбі күні дипломаттармен кездесті.", "kk",
     "2011-07-12"),
    ("Ашхабад, 13 июля 2011. «Обзор»\n\nВзрыв произошёл 7 июля. Во вторник представители МИД встретились с дипломатами.", "ru",
     "2011-07-12"),
    ("Ashgabat, 13 July 2011. Review\n\nThe blast happened on 7 July. On Tuesday ministry officials briefed diplomats.", "en",
     "2011-07-12"),
])
def test_a_dateline_closed_by_a_full_stop_counts_a_weekday_back(pipeline, text, lang, event):
    """"Place, day." is a dateline: a weekday alone counts back from it, not from the story's last day."""
    whens = events(pipeline, text, lang)
    assert event in whens, whens
