"""Figure grammar, session 7: people engaged to fight a fire (deployed) beside a second noun phrase of
equipment, a quoted figure with an unknown counted noun, recovered bodies, "one more ... died", counts of
non-victims next to casualty words (blood donors, relatives, evacuees and a part of them), "exceeded"
(more than), and a page's update note with a clock time (no timeline event).

Each claims row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be
found and those that must not (``[]`` with no "must" for "no claim at all").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from claims_helpers import check_summary

from rashomon.pipeline import Pipeline
from rashomon.readers import read_inputs

# (text, lang, must contain, must not contain)
ROWS = [
    # A.1 deployment: fighting a fire, "тартылды" with the purpose before; equipment counts no people
    ("Өртті сөндіруге 1500-ден астам адам және 300-ге жуық техника тартылды.", "kk",
     [("deployed", 1500, "more_than")], [("deployed", 300, "about")]),
    ("Құтқару жұмыстарына 1000-нан астам адам тартылды.", "kk", [("deployed", 1000, "more_than")], []),
    ("More than 2,000 people and 11 aircraft were still fighting the blaze, which has burned over 60,000 hectares.", "en",
     [("deployed", 2000, "more_than")], [("deployed", 11, "exact"), ("vehicles_damaged", 11, "exact"), ("deployed", 60000, "more_than")]),
    ("About 300 firefighters battled the fire overnight.", "en", [("deployed", 300, "about")], []),
    ("Пожар тушили более 2000 человек и 11 самолётов.", "ru", [("deployed", 2000, "more_than")], [("deployed", 11, "exact")]),
    ("Пожежу гасили понад 2000 людей і 11 літаків.", "uk", [("deployed", 2000, "more_than")], [("deployed", 11, "exact")]),
    ("Пожар тушили 5 часов, погибли 3 человека.", "ru", [("killed", 3, "exact")], [("deployed", 5, "exact")]),
    ("More than 500 people took part in the firefighting effort.", "en", [("deployed", 500, "more_than")], [("participants", 500, "more_than")]),
    ("Өртті сөндіру жұмыстарына 500 адам қатысты.", "kk", [("deployed", 500, "exact")], [("participants", 500, "exact")]),
    ("Огонь охватил более 60 тысяч гектаров леса.", "ru", [], []),
    ("Вогонь охопив понад 60 тисяч гектарів лісу.", "uk", [], []),
    # A.2 a quoted figure whose counted noun the lexicon does not know
    ("Әлеуметтік желілерде «30-дан астам орманшы» қаза тапты деген ақпарат тарады.", "kk", [("killed", 30, "more_than")], []),
    ("В соцсетях писали, что «более 30 лесников» погибли.", "ru", [("killed", 30, "more_than")], []),
    ("У соцмережах писали, що «понад 30 лісників» загинули.", "uk", [("killed", 30, "more_than")], []),
    ('Social media claimed "more than 30 foresters" had died.', "en", [("killed", 30, "more_than")], []),
    # A.3 recovered bodies; "one more" / "two more"
    ("As of 18:00 on 15 August, the bodies of 6 people have been recovered from the rubble.", "en", [("killed", 6, "exact")], []),
    ("Rescuers recovered the remains of three people.", "en", [("killed", 3, "exact")], []),
    ("On 6 September one more wounded cadet died in hospital.", "en", [("killed", 1, "exact")], [("injured", 1, "exact")]),
    ("Two more wounded cadets died in hospital.", "en", [("killed", 2, "exact")], [("injured", 2, "exact")]),
    ("Two more people were injured.", "en", [("injured", 2, "exact")], []),
    ("6 сентября ещё один раненый курсант скончался в больнице.", "ru", [("killed", 1, "exact")], []),
    ("6 вересня ще один поранений курсант помер у лікарні.", "uk", [("killed", 1, "exact")], []),
    ("6 қыркүйекте тағы бір жараланған курсант ауруханада қайтыс болды.", "kk", [("killed", 1, "exact")], []),
    # B. blood donors, relatives, evacuees (and a part of them) are no victims
    ("Понад 600 полтавців здали кров для поранених.", "uk", [], []),
    ("Более 600 жителей сдали кровь для раненых.", "ru", [], []),
    ("More than 600 residents of Poltava donated blood for the wounded.", "en", [], []),
    ("600-ден астам тұрғын жаралыларға қан тапсырды.", "kk", [], []),
    ("Близько 100 родичів зниклих чекали новин біля ринку.", "uk", [], []),
    ("Около 100 родственников пропавших ждали новостей.", "ru", [], []),
    ("About 100 relatives of missing people waited for news.", "en", [], []),
    ("Some 100 family members of the missing gathered at the market.", "en", [], []),
    ("Около 100 родных пропавших собрались у рынка.", "ru", [], []),
    ("Хабарсыз кеткендердің 100-ге жуық туысы жаңалық күтті.", "kk", [], []),
    ("В результате погибли 5 человек, родные погибших получат компенсацию.", "ru", [("killed", 5, "exact")], []),
    ("Үйінділер астынан 6 адамның мәйіті шығарылды.", "kk", [("killed", 6, "exact")], []),
    ("С огнём боролись более 500 человек.", "ru", [("deployed", 500, "more_than")], []),
    ("Понад 500 людей борються з пожежею.", "uk", [("deployed", 500, "more_than")], []),
    ("500-ден астам адам өртпен күресті.", "kk", [("deployed", 500, "more_than")], []),
    ("Over 1,500 people and 300 pieces of equipment were deployed to fight the fire.", "en",
     [("deployed", 1500, "more_than")], [("deployed", 300, "exact")]),
    ("На тушение пожара брошены более 1500 человек.", "ru", [("deployed", 1500, "more_than")], []),
    ("Three firefighters were injured while putting out the fire.", "en", [("injured", 3, "exact")], [("deployed", 3, "exact")]),
    ("Число погибших перевалило за 100.", "ru", [("killed", 100, "more_than")], []),
    ("The death toll topped 100 on Friday.", "en", [("killed", 100, "more_than")], []),
    ("Прорив дамби: загинули 6 людей, евакуйовано понад 100 тисяч", "uk",
     [("killed", 6, "exact")], [("killed", 100000, "more_than")]),
    ("Погибли 6 человек, эвакуированы более 100 тысяч.", "ru", [("killed", 6, "exact")], [("killed", 100000, "more_than")]),
    ("Six people died, more than 100,000 were evacuated.", "en", [("killed", 6, "exact")], [("killed", 100000, "more_than")]),
    ("6 адам қаза тапты, 100 мыңнан астам адам көшірілді.", "kk", [("killed", 6, "exact")], [("killed", 100000, "more_than")]),
    ("К тушению привлечено более 1 900 человек, эвакуированы 450 жителей, из них 120 детей.", "ru",
     [("deployed", 1900, "more_than")], [("deployed", 120, "exact"), ("deployed", 450, "exact")]),
    # ... evacuated casualties stay casualties
    ("Five injured people were evacuated to hospital.", "en", [("injured", 5, "exact")], []),
    ("Five injured were evacuated by helicopter.", "en", [("injured", 5, "exact")], []),
    ("Пострадали 30 человек, из них 12 детей.", "ru", [("injured", 30, "exact"), ("injured", 12, "exact")], []),
    # D. "exceeded" is more than
    ("Число погибших продолжало расти: к 15 декабря оно превысило 140.", "ru", [("killed", 140, "more_than")], []),
    ("Кількість загиблих зростала: до 15 грудня вона перевищила 140.", "uk", [("killed", 140, "more_than")], []),
    ("The death toll kept rising and by 15 December it exceeded 140.", "en", [("killed", 140, "more_than")], []),
    ("Қаза тапқандар саны 15 желтоқсанға қарай 140-тан асып кетті.", "kk", [("killed", 140, "more_than")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROWS, ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_figures_q10(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


_PIPE = Pipeline()


@pytest.mark.parametrize(("name", "text"), [
    ("a_uk.md", "# Хроніка\n\n## Вівторок, 3 вересня 2024\n\n**09:08** — У Полтаві загинули 5 людей.\n\n"
                "*Оновлено 10 вересня о 12:00.*\n"),
    ("b_uk.txt", "3 вересня 2024 року о 09:08 у Полтаві загинули 5 людей.\n\nОновлено 10 вересня о 12:00.\n"),
    ("c_en.md", "Six people died on 3 September 2024 at 09:10 in Poltava.\n\n*Updated 10 September at 12:00.*\n"),
])
def test_update_note_is_no_event(tmp_path: Path, name, text):
    """The clock time of an update note ("Оновлено 10 вересня о 12:00") is the note's, not an event's."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    events = _PIPE.analyze(doc).events
    whens = [e.when for e in events]
    assert any(w.startswith("2024-09-03") for w in whens), whens
    assert not any(w.startswith("2024-09-10") for w in whens), whens


def test_update_note_keeps_same_day_event(tmp_path: Path):
    """An entry earlier on the update note's day keeps its clock time."""
    path = tmp_path / "d_uk.md"
    path.write_text("# Хроніка\n\n## Вівторок, 3 вересня 2024\n\n**09:08** — У Полтаві загинули 5 людей.\n\n"
                    "- вівторок, 10 вересня, 11:00 — Командування звільнило 1 заступника начальника інституту.\n\n"
                    "*Оновлено 10 вересня о 12:00.*\n", encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    whens = [e.when for e in _PIPE.analyze(doc).events]
    assert any(w.startswith("2024-09-10T11:00") for w in whens), whens
    assert not any(w.startswith("2024-09-10T12:00") for w in whens), whens
