"""Quality round 26, claim dates. All texts are invented (fictional places and people); each
construction in every language that has it."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def whens(pipeline, text: str, lang: str, value: int) -> list[str]:
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    return [c.when for c in pipeline.analyze(doc).claims if c.value == value]


def md_whens(pipeline, tmp_path, text: str, value: int) -> list[str]:
    from rashomon.readers import read_inputs

    path = tmp_path / "x.md"
    path.write_text(text, encoding="utf-8")
    doc = next(iter(read_inputs([str(path)])))
    return [c.when for c in pipeline.analyze(doc).claims if c.value == value]


def overlaps(when: str | None, day: str) -> bool:
    a, _, b = (when or "").partition("/")
    b = b or a
    return bool(a) and a[:len(day)] <= day and day[:len(b)] <= b


# A count dated only by a later year (a commission's finding, a summary, a memorial list) counts the
# event: it covers the event from its start up to that year, not that year alone.
@pytest.mark.parametrize("text,lang,value", [
    ("Беспорядки в Дорвике начались 12 марта 1971 года и продолжались два дня.\n\n"
     "Комиссия, работавшая в 1974 году, установила, что задержаны были более 640 человек, а около 170 получили тяжёлые ранения.", "ru", 170),
    ("Заворушення в Дорвіку почалися 12 березня 1971 року і тривали два дні.\n\n"
     "Комісія, що працювала у 1974 році, встановила, що затримано понад 640 осіб, а близько 170 дістали тяжкі поранення.", "uk", 170),
    ("Unrest in Dorvik began on 12 March 1971 and lasted two days.\n\n"
     "A commission set up in 1974 concluded that more than 640 people were detained and about 170 badly injured.", "en", 170),
    ("Дорвиктегі толқулар 1971 жылғы 12 наурызда басталып, екі күнге созылды.\n\n"
     "1974 жылы құрылған комиссия 640-тан астам адамның ұсталғанын, 170-ке жуық адамның ауыр жарақат алғанын анықтады.", "kk", 170),
    ("Unrest in Dorvik began on 12 March 1971 and lasted two days.\n\n"
     "A parliamentary commission concluded in 1979 that 83 civilians were killed in the town.", "en", 83),
    ("Беспорядки в Дорвике начались 12 марта 1971 года и продолжались два дня.\n\n"
     "В 1979 году в книгу памяти внесены 83 имени погибших.", "ru", 83),
])
def test_a_later_years_count_covers_the_event(pipeline, text, lang, value):
    got = whens(pipeline, text, lang, value)
    assert got and overlaps(got[0], "1971-03-12") and got[0].endswith(("1974", "1979")), got


def test_a_later_years_trial_keeps_its_year(pipeline):
    text = ("Unrest in Dorvik began on 12 March 1971 and lasted two days.\n\n"
            "Charges were brought against seven officials; in 1974 four of them were convicted.")
    assert whens(pipeline, text, "en", 4) == ["1974"]


def test_an_earlier_year_keeps_its_year(pipeline):
    text = ("On 12 March 1981 a ferry sank near Dorvik.\n\n"
            "In 1974 a similar accident off Marsh Point killed 83 people.")
    assert whens(pipeline, text, "en", 83) == ["1974"]


# A timeline whose dated headings run over several days states its period: a toll reported after its
# last day (in a "later estimates" section, a summary table) covers the event from its start.
@pytest.mark.parametrize("text,lang,value", [
    ("# Облога Дорвіка: хроніка\n\nЦифри наведено так, як їх подавали джерела.\n\n## Неділя, 10 серпня\n\nПочинається наступ на Дорвік.\n\n"
     "## П'ятниця, 22 серпня\n\nКолони потрапляють в оточення.\n\n## Середа, 3 вересня\n\n"
     "Штаб вперше називає втрати: 51 загиблий.\n\n## Пізніші оцінки\n\n"
     "- Понеділок, 20 жовтня 2014 року, 12:00 — слідча комісія доповідає: загинули щонайменше 173 військових.\n",
     "uk", 173),
    ("# Осада Дорвика: хроника\n\nЦифры приведены так, как их давали источники.\n\n## Воскресенье, 10 августа\n\nНачинается наступление на Дорвик.\n\n"
     "## Пятница, 22 августа\n\nКолонны попадают в окружение.\n\n## Среда, 3 сентября\n\n"
     "Штаб впервые называет потери: 51 погибший.\n\n## Более поздние оценки\n\n"
     "- Понедельник, 20 октября 2014 года, 12:00 — следственная комиссия докладывает: погибли не менее 173 военных.\n",
     "ru", 173),
    ("# Siege of Dorvik: timeline\n\nFigures are given as the sources gave them.\n\n## Sunday, 10 August\n\nThe offensive on Dorvik begins.\n\n"
     "## Friday, 22 August\n\nThe columns are encircled.\n\n## Wednesday, 3 September\n\n"
     "The General Staff first gives losses: 51 killed.\n\n## Later estimates\n\n"
     "- Monday, 20 October 2014, 12:00 — a commission of inquiry reports that at least 173 soldiers were killed.\n",
     "en", 173),
    ("# Дорвик қоршауы: хроника\n\nСандар дереккөздер бергендей келтірілген.\n\n## Жексенбі, 10 тамыз\n\nДорвикке шабуыл басталады.\n\n"
     "## Жұма, 22 тамыз\n\nКолонналар қоршауда қалады.\n\n## Сәрсенбі, 3 қыркүйек\n\n"
     "Штаб алғаш рет шығынды атайды: 51 адам қаза тапты.\n\n## Кейінгі бағалаулар\n\n"
     "- Дүйсенбі, 2014 жылғы 20 қазан, 12:00 — тергеу комиссиясы кемінде 173 әскери қаза тапқанын хабарлады.\n",
     "kk", 173),
])
def test_a_toll_after_a_timelines_days_covers_the_event(pipeline, tmp_path, text, lang, value):
    got = md_whens(pipeline, tmp_path, text, value)
    assert got and overlaps(got[0], "2014-08-22") and got[0].endswith("2014-10-20"), got


def test_headings_far_apart_state_no_period(pipeline, tmp_path):
    text = ("# Dorvik\n\n## Sunday, 10 August 2014\n\nThe offensive on Dorvik begins; 12 were killed.\n\n"
            "## Friday, 12 December 2014\n\nA new attack on Marsh Point.\n\n"
            "## Later\n\nOn 20 June 2015 a commission reported that at least 173 soldiers were killed.\n")
    got = md_whens(pipeline, tmp_path, text, 173)
    assert got and not got[0].startswith("2014-08"), got


def md_timexes(pipeline, tmp_path, text: str) -> dict[str, tuple[str, str]]:
    from rashomon.readers import read_inputs

    path = tmp_path / "x.md"
    path.write_text(text, encoding="utf-8")
    doc = next(iter(read_inputs([str(path)])))
    pipeline.prepare(doc)
    return {t.text: (t.value, t.certainty) for t in pipeline.time_tagger(doc)}


# A heading that is a qualifier word ("## После", "## Після", "## After") qualifies no date opening the
# paragraph below it: the entry's day is the day of what it tells, and dates the counts in it.
@pytest.mark.parametrize("text,lang,day", [
    ("# Дорвик: хроника\n\n## Среда, 13 января 1971 года\n\nВ Дорвике начались беспорядки, погибли 4 человека.\n\n"
     "## После\n\n**25–26 января** — Войска входят в Марш. По данным прокуратуры, там погибли ещё 8 человек.\n",
     "ru", "25–26 января"),
    ("# Дорвік: хроніка\n\n## Середа, 13 січня 1971 року\n\nУ Дорвіку почалися заворушення, загинули 4 особи.\n\n"
     "## Після\n\n**25–26 січня** — Війська входять у Марш. За даними прокуратури, там загинули ще 8 осіб.\n",
     "uk", "25–26 січня"),
    ("# Dorvik: timeline\n\n## Wednesday, 13 January 1971\n\nRiots broke out in Dorvik and 4 people died.\n\n"
     "## After\n\n**25–26 January** — Troops enter Marsh. According to the prosecutor, 8 more people died there.\n",
     "en", "25–26 January"),
])
def test_a_heading_qualifies_no_date_below_it(pipeline, tmp_path, text, lang, day):
    got = md_timexes(pipeline, tmp_path, text)
    assert got.get(day) == ("1971-01-25/1971-01-26", "exact"), got
    when = md_whens(pipeline, tmp_path, text, 8)
    assert when and overlaps(when[0], "1971-01-25"), when


@pytest.mark.parametrize("text,lang,key", [
    ("Бои продолжались после 25 января 1971 года.", "ru", "25 января 1971 года"),
    ("Бої тривали після 25 січня 1971 року.", "uk", "25 січня 1971 року"),
    ("Fighting went on after 25 January 1971.", "en", "25 January 1971"),
])
def test_a_qualifier_in_the_sentence_still_qualifies(pipeline, text, lang, key):
    doc = Document(id="x.txt", path="x.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    got = {t.text: t.certainty for t in pipeline.time_tagger(doc)}
    assert got.get(key) == "after", got


# "Killed"/"shot dead" verbs count casualties like "died": such a count given on a later day runs from the
# event's start to that day.
@pytest.mark.parametrize("text,lang", [
    ("Беспорядки в Дорвике начались 11 июля 2018 года.\n\nВ субботу, 14 июля, МВД уточнило: всего убиты пятеро.", "ru"),
    ("Заворушення в Дорвіку почалися 11 липня 2018 року.\n\nУ суботу, 14 липня, МВС уточнило: всього вбито п'ятьох.", "uk"),
    ("Unrest in Dorvik began on 11 July 2018.\n\nOn Saturday, 14 July, the ministry specified: in all five were shot dead.", "en"),
    ("Дорвиктегі толқулар 2018 жылғы 11 шілдеде басталды.\n\n14 шілде, сенбі күні ІІМ нақтылады: барлығы 5 адам өлтірілді.", "kk"),
])
def test_a_killed_count_given_later_covers_the_event(pipeline, text, lang):
    got = whens(pipeline, text, lang, 5)
    assert got and overlaps(got[0], "2018-07-11") and overlaps(got[0], "2018-07-14"), got


# Days of mourning are no days of the counted event: a count after them in the paragraph keeps the
# event's day.
@pytest.mark.parametrize("text,lang", [
    ("Удар по Дорвику был нанесён 17 апреля 2024 года.\n\n"
     "Погибли 18 человек. В городе с 18 по 20 апреля объявлен траур. Полиция задержала 23 мародёров.", "ru"),
    ("Удар по Дорвіку було завдано 17 квітня 2024 року.\n\n"
     "Загинули 18 людей. У місті з 18 по 20 квітня оголошено жалобу. Поліція затримала 23 мародерів.", "uk"),
    ("Dorvik was struck on 17 April 2024.\n\n"
     "18 people were killed. In the city days of mourning were declared for 18 to 20 April. Police detained 23 looters.", "en"),
    ("Дорвикке соққы 2024 жылғы 17 сәуірде жасалды.\n\n"
     "18 адам қаза тапты. Қалада 18-20 сәуір аралығында қаралы күн жарияланды. Полиция 23 тонаушыны ұстады.", "kk"),
])
def test_days_of_mourning_do_not_date_a_count(pipeline, text, lang):
    got = whens(pipeline, text, lang, 23)
    assert got and overlaps(got[0], "2024-04-17"), got


# "That evening five were killed" after a paragraph naming two days: the last of them, not the first.
@pytest.mark.parametrize("text,lang", [
    ("Беспорядки в Дорвике\n\n11 марта 1971 года у здания горсовета собрались первые демонстранты. В понедельник, "
     "12 марта, толпа выросла до нескольких тысяч человек. По данным МВД, в тот вечер погибли пятеро.", "ru"),
    ("Заворушення в Дорвіку\n\n11 березня 1971 року біля будівлі міськради зібралися перші демонстранти. У понеділок, "
     "12 березня, натовп зріс до кількох тисяч людей. За даними МВС, того вечора загинули п'ятеро.", "uk"),
    ("Unrest in Dorvik\n\nOn 11 March 1971 the first protesters gathered outside the town hall. On Monday, "
     "12 March, the crowd grew to several thousand. According to the ministry, five people were killed that evening.", "en"),
    ("Дорвиктегі толқулар\n\n1971 жылғы 11 наурызда қалалық кеңес ғимаратының алдына алғашқы шерушілер жиналды. "
     "Дүйсенбі, 12 наурызда, жиналғандар бірнеше мыңға жетті. ІІМ мәліметінше, сол кеште 5 адам қаза тапты.", "kk"),
])
def test_that_evening_is_the_last_day_named(pipeline, text, lang):
    got = whens(pipeline, text, lang, 5)
    assert got and overlaps(got[0], "1971-03-12"), got
