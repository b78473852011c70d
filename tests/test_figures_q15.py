"""Figure grammar, session 9 (devset17 round): forces named as unit fighters or security forces and
"sent" by a government, trade stalls, pavilions, kiosks and restaurants as damaged buildings (also
"several <adjective> <noun>"), a crowd "estimated at" a figure, people "held" (detained), "named as
suspects" (charged), a chronicle's present-tense death ("помирає ще 1"), and two non-counts: a subset
"of whom were later released" and a subset described by an age ("one of them was 24 years").

Each row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be found
and those that must not (``[]`` for "no claim at all").
"""

from __future__ import annotations

import pytest
from claims_helpers import check_summary

# (text, lang, must contain, must not contain)
ROWS = [
    # forces: unit fighters, security forces, law-enforcement officers; "sent" by a government
    ("В город был переброшен ОМОН — более 200 бойцов.", "ru", [("deployed", 200, "more_than")], []),
    ("Правительство отправило в район более 1000 полицейских.", "ru", [("deployed", 1000, "more_than")], []),
    ("Уряд відправив до району понад 1000 силовиків.", "uk", [("deployed", 1000, "more_than")], []),
    ("До району стягнуто близько 500 силовиків.", "uk", [("deployed", 500, "about")], []),
    ("Ауданға 1000-нан астам құқық қорғау қызметкері жіберілді.", "kk", [("deployed", 1000, "more_than")], []),
    ("More than 1,000 police officers were sent to the district.", "en", [("deployed", 1000, "more_than")], []),
    # ... fighters can still be casualties; forces sent to hospital are injured
    ("Убиты 5 бойцов.", "ru", [("killed", 5, "exact")], []),
    ("Загинули 3 бійці.", "uk", [("killed", 3, "exact")], []),
    ("2 полицейских отправлены в больницу.", "ru", [("injured", 2, "exact")], [("deployed", 2, "exact")]),
    ("Двох поліцейських відправили до лікарні.", "uk", [("injured", 2, "exact")], [("deployed", 2, "exact")]),
    ("Two police officers were sent to hospital.", "en", [("injured", 2, "exact")], [("deployed", 2, "exact")]),
    ("Екі полиция қызметкері ауруханаға жіберілді.", "kk", [("injured", 2, "exact")], [("deployed", 2, "exact")]),
    # stalls, pavilions, kiosks, restaurants are buildings; an active "set fire to"
    ("По данным администрации города, сгорели 7 торговых павильонов и 1 ресторан.", "ru",
     [("buildings_damaged", 7, "exact"), ("buildings_damaged", 1, "exact")], []),
    ("Згоріли 7 торгових павільйонів і 1 ресторан.", "uk",
     [("buildings_damaged", 7, "exact"), ("buildings_damaged", 1, "exact")], []),
    ("7 сауда павильоны мен 1 мейрамхана өртеніп кетті.", "kk",
     [("buildings_damaged", 7, "exact"), ("buildings_damaged", 1, "exact")], []),
    ("Burned 8 stalls, damaged 3 cars.", "en", [("buildings_damaged", 8, "exact"), ("vehicles_damaged", 3, "exact")], []),
    ("Rioters torched 5 restaurants and 12 kiosks.", "en",
     [("buildings_damaged", 5, "exact"), ("buildings_damaged", 12, "exact")], []),
    ("Вечером толпа подожгла ресторан «Чайка» и несколько торговых павильонов.", "ru", [("buildings_damaged", None, "vague")], []),
    ("Натовп підпалив ресторан і кілька кіосків.", "uk", [("buildings_damaged", None, "vague")], []),
    ("Толпа подожгла 3 автомобиля.", "ru", [("vehicles_damaged", 3, "exact")], []),
    ("Сгорели несколько жилых домов.", "ru", [("buildings_damaged", None, "vague")], []),
    ("Несколько сгоревших автомобилей стояли во дворе.", "ru", [("vehicles_damaged", None, "vague")], []),
    ("The president fired several local officials.", "en", [], []),
    ("Несколько дней люди не выходили.", "ru", [], []),
    ("About 200 people gathered outside the restaurant.", "en", [("participants", 200, "about")], []),
    ("На вулицях працюють понад 200 автозаків і мікроавтобусів силовиків.", "uk", [], []),
    ("На улицах работают более 200 автозаков и микроавтобусов силовиков.", "ru", [], []),
    # a crowd estimated at a figure
    ("Міліція оцінила натовп у 800 людей.", "uk", [("participants", 800, "exact")], []),
    ("Полиция оценила толпу в 800 человек.", "ru", [("participants", 800, "exact")], []),
    ("Police estimated the crowd at 800 people.", "en", [("participants", 800, "exact")], []),
    ("Толпа из 300 человек напала на 3 полицейских.", "ru", [], [("participants", 3, "exact")]),
    ("Полиция тобырды 800 адам деп бағалады.", "kk", [("participants", 800, "exact")], []),
    ("800 адамдық тобыр жиналды.", "kk", [("participants", 800, "exact")], []),
    ("Тобыр 3 полицейді жарақаттады.", "kk", [("injured", 3, "exact")], [("participants", 3, "exact")]),
    ("Екі адам күдікті деп танылды.", "kk", [("charged", 2, "exact")], []),
    ("Полиция 5 күдіктіні ұстады.", "kk", [("detained", 5, "exact")], [("charged", 5, "exact")]),
    # a meeting that began gathers the participants a bare figure after it counts
    ("On the square the meeting began. The organizers spoke about 5000.", "en", [("participants", 5000, "exact")], []),
    ("The meeting began at noon, about 2000 people came.", "en", [("participants", 2000, "about")], []),
    ("The meeting of the council began after 12 people were killed.", "en", [("killed", 12, "exact")], [("participants", 12, "exact")]),
    # people held (passive) are detained; hostages are not
    ("The bureau said that more than 500 people had been held in Almaty, Astana and other cities.", "en",
     [("detained", 500, "more_than")], []),
    ("About 300 people were held at police stations overnight.", "en", [("detained", 300, "about")], []),
    ("12 people were held hostage in the bank.", "en", [], []),
    ("12 rallies were held.", "en", [], []),
    # named as suspects: charged (not people detained as suspects)
    ("The Security Service later named two separatist commanders as suspects.", "en", [("charged", 2, "exact")], []),
    ("Police named two people as suspects.", "en", [("charged", 2, "exact")], []),
    ("СБУ назвала подозреваемыми двух командиров.", "ru", [("charged", 2, "exact")], []),
    ("СБУ назвала підозрюваними двох командирів.", "uk", [("charged", 2, "exact")], []),
    ("Двое задержаны в качестве подозреваемых.", "ru", [("detained", 2, "exact")], [("charged", 2, "exact")]),
    ("Police detained 14 suspects.", "en", [("detained", 14, "exact")], [("charged", 14, "exact")]),
    ("Two people were killed as suspects fled.", "en", [("killed", 2, "exact")], []),
    # a chronicle's present tense
    ("У лікарні Дніпропетровська помирає ще 1 пасажирка: кількість загиблих зросла до 13.", "uk",
     [("killed", 1, "exact"), ("killed", 13, "exact")], [("injured", 1, "exact")]),
    ("У лікарні помирає ще 1 людина.", "uk", [("killed", 1, "exact")], [("injured", 1, "exact")]),
    ("В больнице умирает ещё 1 пассажирка.", "ru", [("killed", 1, "exact")], [("injured", 1, "exact")]),
    ("One more passenger dies in hospital.", "en", [("killed", 1, "exact")], []),
    # a released subset is no detention; an age is no count
    ("The Interior Ministry detained 80 people, 22 of whom were later released.", "en",
     [("detained", 80, "exact")], [("detained", 22, "exact")]),
    ("Police detained 80 people, 22 of whom were injured.", "en", [("detained", 80, "exact"), ("injured", 22, "exact")], []),
    ("45 people detained on Saturday were released.", "en", [("detained", 45, "exact")], []),
    ("Задержаны 80 человек, 22 из них позже отпущены.", "ru", [("detained", 80, "exact")], [("detained", 22, "exact")]),
    ("Are lost 2 persons, local guys, one of them was 24 years.", "en", [("killed", 2, "exact")], [("killed", 1, "exact")]),
    ("Two people died, one of them was 24 years old.", "en", [("killed", 2, "exact")], [("killed", 1, "exact")]),
    ("Погибли 2 человека, одному из них было 24 года.", "ru", [("killed", 2, "exact")], [("killed", 1, "exact")]),
    ("Загинули 2 людини, одному з них було 24 роки.", "uk", [("killed", 2, "exact")], [("killed", 1, "exact")]),
    ("Five were injured, two of them seriously.", "en", [("injured", 5, "exact"), ("injured", 2, "exact")], []),
    # zero as a negation: a negative pronoun with a negated verb, no one detained, "nobody was lost"
    ("Ни один участник не пострадал, сотрудники полиции физическую силу не применяли.", "ru", [("injured", 0, "exact")], []),
    ("Ни один ребёнок не погиб.", "ru", [("killed", 0, "exact")], [("killed", 1, "exact")]),
    ("Никто не был задержан.", "ru", [("detained", 0, "exact")], []),
    ("Ни один чиновник министерства до сих пор не допрошен.", "ru", [], []),
    ("Жоден учасник не постраждав.", "uk", [("injured", 0, "exact")], []),
    ("Нікого не затримали.", "uk", [("detained", 0, "exact")], []),
    ("Not a single protester was injured.", "en", [("injured", 0, "exact")], []),
    ("Not one person died.", "en", [("killed", 0, "exact")], []),
    ("Police said no one was detained.", "en", [("detained", 0, "exact")], []),
    ("Nobody was lost in the night.", "en", [("killed", 0, "exact")], []),
    ("Полиция ешкімді ұстамады.", "kk", [("detained", 0, "exact")], []),
    ("Ешкімді ұстамағанын мәлімдеді.", "kk", [("detained", 0, "exact")], []),
]


@pytest.mark.parametrize("text,lang,must,must_not", ROWS)
def test_figure_row(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


def _events(tmp_path, name: str, text: str) -> list[tuple[str, str]]:
    from rashomon.pipeline import Pipeline
    from rashomon.readers import read_inputs

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    return [(e.when, e.label) for e in Pipeline().analyze(doc).events]


def test_kazakh_month_word_dates_a_bare_month(tmp_path):
    """"Мамыр айында" (in the month of May) needs no preposition before it: a month event of the
    year the text dates before it."""
    got = [w for w, _ in _events(tmp_path, "kk.txt", "Жер митингтері\n\nЖексенбі күні, 2016 жылғы 24 сәуірде Атырауда жиын өтті. "
                                 "Мамыр айында белсенділер ұсталды.\n")]
    assert "2016-04-24" in got, got
    assert "2016-05" in got, got


@pytest.mark.parametrize("lang,text", [
    ("ru", "Беспорядки\n\nВ субботу, 2 сентября 2006 года, на площади прошёл сход. В ночь на 3 сентября задержаны 109 человек.\n\n"
           "В сентябре 2006 года были уволены 3 руководителя.\n"),
    ("en", "Riots\n\nOn Saturday, 2 September 2006, a rally took place on the square. On 3 September 109 people were detained.\n\n"
           "In September 2006 three officials were dismissed.\n"),
])
def test_month_after_its_days_is_its_own_event(tmp_path, lang, text):
    """A month that opens a sentence after the days of that month the text dated is a later event of
    its own (dismissals in September after the riots of 2-3 September), not their background. (The
    night to 3 September is a row of the 2nd, the day it starts on.)"""
    got = [w for w, _ in _events(tmp_path, f"{lang}.txt", text)]
    assert "2006-09-02" in got and ("2006-09-03" in got or "В ночь на 3" in text), got
    assert "2006-09" in got, got


@pytest.mark.parametrize("lang,text", [
    ("ru", "Протесты\n\nВ декабре 2011 года рабочие бастовали. 16 декабря полиция открыла огонь по толпе.\n"),
    ("ru", "Протесты\n\n9 августа 2020 года начались протесты. 10 августа задержаны 3000 человек.\n\n"
           "Правозащитники называли четыре погибших в связи с протестами в августе.\n"),
])
def test_month_as_background_is_no_event(tmp_path, lang, text):
    """A month before the days it frames, or closing a count's sentence, is no event of its own."""
    got = [w for w, _ in _events(tmp_path, f"{lang}.txt", text)]
    assert not any(len(w) == 7 for w in got), got


TABLE = ("# Обстріл: хроніка\n\n*Час — київський (UTC+2).*\n\n## Вівторок, 13 січня 2015\n\n"
         "**14:30** — Снаряд вибухає біля автобуса.\n\n**17:05** — Голова ОДА: загинули 10 людей, ще 13 поранені.\n\n"
         "## Цифри за джерелами\n\n| джерело | загиблі | поранені | коли |\n|---|---|---|---|\n"
         "| Штаб АТО | щонайменше 10 | — | 13 січня, 15:40 |\n| Донецька ОДА | 10 | 13 | 13 січня, 17:05 |\n"
         "| ОБСЄ | 11 | 17 | 14 січня |\n| МОЗ | — | 16 у лікарнях | 14 січня |\n| Остаточні дані | 13 | 18 | 15 січня |\n")


def test_table_date_cells_are_no_events(tmp_path):
    """A table of figures by source whose last cell says when each source gave them (a date, maybe
    with a clock time) dates counts, not events; cells are never joined into a date range."""
    got = [w for w, _ in _events(tmp_path, "uk.md", TABLE)]
    assert "2015-01-13T14:30+02:00" in got and "2015-01-13T17:05+02:00" in got, got
    assert not any(w.startswith(("2015-01-14", "2015-01-15", "2015-01-10")) for w in got), got
    assert "2015-01-13T15:40+02:00" not in got, got


def test_table_cells_are_no_range(tmp_path):
    """"| щонайменше 10 | — | 13 січня |": a figure, an empty cell and a date are no range "10 — 13"."""
    from rashomon.pipeline import Pipeline
    from rashomon.readers import read_inputs

    path = tmp_path / "uk.md"
    path.write_text(TABLE, encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    got = [(c.measure, c.value, c.qualifier) for c in Pipeline().analyze(doc).claims]
    assert ("killed", 10, "at_least") in got, got
    assert not any(isinstance(v, tuple) for _m, v, _q in got), got
    assert ("injured", 16, "exact") in got, got
