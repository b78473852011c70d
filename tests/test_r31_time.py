"""Round 31 (real-text probe, time): general constructions of real news pages, in every language where
they exist. All sentences are invented (fictional places, people and outlets).

- A closing recap of ANOTHER event ("Напомним, 3 апреля в Верхнеозёрске ...", "Як повідомляв Вісник,
  3 квітня у ...", "Earlier this year, on 3 April, a fire in Westmarsh ...", "Еске салсақ, 3 сәуірде
  ..."): a day no other sentence states, in a sentence whose names no other sentence names, while the
  story states its own day. Its day is no timeline event of the story and dates none of the story's
  figures; a figure of the recap sentence keeps the recap's own day.
- A recap of the story itself (its town named again) keeps its day; a recap lead before a day is no
  dateline ("Напомним, 3 апреля ..." does not date the report).
- A recap retelling another outlet's report of another place ("Як повідомляла Агенція, 23 вересня ...
  обстріляли Верхньоозерськ") dates nothing even when the story states no day; a recap of what was said
  on a day ("Напомним, 3 мая министерство сообщило о 17 погибших") gives the count as of that day.
- "at 4:05 p.m. Sunday", "1:42 p.m. ET (1742 GMT)": no sentence end after "p.m." when the time goes on.
- "Бүгін таңертең ... 4 адам қаза тапты" / "Сегодня утром ... погибли четверо" under the page's date,
  when the page states no other day: the figures are of that day (not "some time up to it").
"""

from __future__ import annotations

import pytest
from claims_helpers import rows_and_dates as _run

from rashomon.document import Document

OTHER_EVENT_RECAP = [
    ("Взрыв газа произошел в Заречье утром 12 мая 2031 года. Погибли два человека.\n"
     "Напомним, 3 апреля в Верхнеозёрске взорвался газ в пятиэтажке, погиб один человек.", "ru"),
    ("Вибух газу стався у Заріччі 12 травня 2031 року. Загинули двоє людей.\n"
     "Нагадаємо, 3 квітня у Верхньоозерську вибухнув газ у п'ятиповерхівці, загинула одна людина.", "uk"),
    ("Пожежа сталася у Заріччі 12 травня 2031 року. Загинули двоє людей.\n"
     "Як повідомляв Вісник Озерця, 3 квітня у Верхньоозерську спалахнула пожежа в школі, загинула одна людина.", "uk"),
    ("A gas blast hit Northbrook on 12 May 2031. Two people were killed.\n"
     "Earlier this year, on 3 April, a fire in Westmarsh killed one person.", "en"),
    ("Заречье ауылында 2031 жылғы 12 мамырда өрт шықты. Екі адам қаза тапты.\n"
     "Еске салсақ, 3 сәуірде Жоғарыкөл қаласында өрт шығып, бір адам қаза тапты.", "kk"),
]


@pytest.mark.parametrize("text,lang", OTHER_EVENT_RECAP)
def test_recap_of_another_event_is_no_event_of_the_story(text, lang):
    rows, claims = _run(text, lang)
    assert rows == ["2031-05-12"], rows
    assert ("killed", 2, "2031-05-12") in claims, claims
    # the recap's own figure is another event's: dropped (claims/_past_event.py), or kept with its own day
    assert all(when == "2031-04-03" for _m, v, when in claims if v == 1), claims


SAME_EVENT_RECAP = [
    ("Взрыв газа произошел в Заречье 12 мая 2031 года. Погибли два человека.\n"
     "Напомним, 11 мая в Заречье жильцы жаловались на запах газа.", "ru", "2031-05-11"),
    ("Вибух газу стався у Заріччі 12 травня 2031 року. Загинули двоє людей.\n"
     "Нагадаємо, 11 травня у Заріччі мешканці скаржилися на запах газу.", "uk", "2031-05-11"),
    ("A gas blast hit Northbrook on 12 May 2031. Two people were killed.\n"
     "Earlier, on 11 May, Northbrook residents had reported a smell of gas.", "en", "2031-05-11"),
    ("Заречье ауылында 2031 жылғы 12 мамырда өрт шықты. Екі адам қаза тапты.\n"
     "Еске салсақ, 11 мамырда Заречье тұрғындары газ иісі туралы шағымданған.", "kk", "2031-05-11"),
]


@pytest.mark.parametrize("text,lang,day", SAME_EVENT_RECAP)
def test_recap_of_the_story_keeps_its_day(text, lang, day):
    rows, _claims = _run(text, lang)
    assert day in rows, rows


def test_recap_lead_before_a_day_is_no_dateline():
    rows, claims = _run("Взрыв газа произошел в Заречье. Погибли два человека.\n"
                        "Напомним, 3 апреля в Заречье взорвался газ в пятиэтажке.", "ru")
    assert ("killed", 2, "--04-03") in claims, claims  # the story's day, not "some time up to 3 April"


TODAY_EVENT = [
    ("12.05.2031\nСегодня утром в Заречье в жилом доме взорвался газ, погибли четыре человека.", "ru"),
    ("12.05.2031\nСьогодні вранці у Заріччі вибухнув газ у житловому будинку, загинули четверо людей.", "uk"),
    ("12.05.2031\nБүгін таңертең Заречье ауылында тұрғын үй өртеніп, 4 адам қаза тапты.", "kk"),
]


@pytest.mark.parametrize("text,lang", TODAY_EVENT)
def test_today_event_dates_the_figures(text, lang):
    _rows, claims = _run(text, lang)
    assert ("killed", 4, "2031-05-12") in claims, claims


RETOLD_OTHER_REPORT = [  # the story states no day; the recap retells another outlet's report of another place
    ("Унаслідок обстрілу Заріччя поранено 7 людей.\n"
     "Як повідомляла Агенція Озерця, 23 вересня війська обстріляли Верхньоозерськ.", "uk"),
    ("В результате обстрела Заречья ранены 7 человек.\n"
     "Как сообщало Агентство Озерца, 23 сентября войска обстреляли Верхнеозёрск.", "ru"),
    ("Seven people were wounded in the shelling of Northbrook.\n"
     "As reported by the Westmarsh Herald, on 23 September troops shelled Eastholm.", "en"),
]


@pytest.mark.parametrize("text,lang", RETOLD_OTHER_REPORT)
def test_retold_report_of_another_place_dates_nothing(text, lang):
    rows, claims = _run(text, lang)
    assert rows == [], rows
    assert claims == [("injured", 7, None)], claims


RETOLD_COUNT = [  # a recap of what was said on a day: the count stood on that day, the deaths may be earlier
    ("02.11.2031\nВ четверг спасатели подняли тело последнего горняка шахты в Заречье.\n"
     "Напомним, 27 октября министерство сообщило о гибели 17 горняков.", "ru"),
    ("02.11.2031\nУ четвер рятувальники підняли тіло останнього гірника шахти у Заріччі.\n"
     "Нагадаємо, 27 жовтня міністерство повідомило про загибель 17 гірників.", "uk"),
    ("02.11.2031\nБейсенбі күні құтқарушылар Заречье шахтасынан соңғы кеншінің денесін шығарды.\n"
     "Еске сала кетейік, 27 қазанда министрлік 17 адамның қаза тапқанын айтқан болатын.", "kk"),
    ("02.11.2031\nOn Thursday rescuers recovered the body of the last miner at the Northbrook mine.\n"
     "As previously reported, on 27 October the ministry said 17 miners had died.", "en"),
]


@pytest.mark.parametrize("text,lang", RETOLD_COUNT)
def test_retold_count_stands_on_its_day(text, lang):
    rows, claims = _run(text, lang)
    assert "2031-10-27" in rows, rows  # the statement is an event of the story (no dateline)
    assert ("killed", 17, "../2031-10-27") in claims, claims


MERIDIEM = [  # English only: the other languages write the 24-hour clock
    ("The blast hit Westmarsh at 4:05 p.m. Sunday, killing two people. Police said 14 were hurt.",
     ["The blast hit Westmarsh at 4:05 p.m. Sunday, killing two people.", "Police said 14 were hurt."]),
    ("The train hit the truck at 1:42 p.m. ET (1742 GMT) as it traveled east. At least 50 people were injured.",
     ["The train hit the truck at 1:42 p.m. ET (1742 GMT) as it traveled east.", "At least 50 people were injured."]),
    ("The quake struck at 7:45 a.m. (2345 GMT Sunday) near Westmarsh. It killed 75 people.",
     ["The quake struck at 7:45 a.m. (2345 GMT Sunday) near Westmarsh.", "It killed 75 people."]),
    ("Officers arrived at 11:30 a.m. They found three people dead.",
     ["Officers arrived at 11:30 a.m.", "They found three people dead."]),
]


@pytest.mark.parametrize("text,want", MERIDIEM)
def test_no_sentence_end_after_meridiem_that_goes_on(pipeline, text, want):
    doc = Document(id="t.txt", path="t.txt", text=text, lang="en")
    pipeline.prepare(doc)
    assert [text[s.span[0]:s.span[1]] for s in doc.sentences] == want
