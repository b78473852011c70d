"""Attribution, round 26: invented sentences about invented places, in every language where the
construction exists.

- a revision that opens on another day ("Наступного дня кількість загиблих зросла до 21", "The next
  day the toll rose to 21") is the writer's, not the last speaker's; one on the same day ("Ночью
  число погибших выросло до 21") goes on with the speaker;
- a postposed verb that calls a rumour false ("Слухи о «тысячах убитых», ходившие в городе, МВД
  назвало «выдумками»") denies the figure, it does not tell it: two claims, the rumour (unconfirmed,
  its source the rumours) and the denial (from the denier); "клеветой", "наклепом", "жала" are words
  for a lie; "had spoken of 50" names its speaker;
- an infobox cell labelled only "(официально)" with a reference: the official body the reference's
  title names ("Прокуратура СССР: ..."), else the reference's publisher.
"""

from __future__ import annotations

import pytest
from claims_helpers import segmented

from rashomon.claims import ClaimExtractor, _title_body


def _got(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.source.name if c.source else None, c.source.type if c.source else c.source_type, c.modality)
            for c in segmented(text, lang)]


NEXT_DAY = [
    ("uk", "Надвечір голова Зельмарської ОВА назвав 17 загиблих. Наступного дня кількість загиблих зросла до 21."),
    ("ru", "1 июля администрация Зельмарской области сообщила о 17 погибших. На следующий день число погибших выросло до 21."),
    ("en", "On 1 July the Zelmar regional administration reported 17 dead. The next day the toll rose to 21."),
    ("kk", "1 шілдеде Зелмар облысының әкімдігі 17 адам қаза тапқанын хабарлады. Келесі күні қаза тапқандар саны 21-ге жетті."),
]


@pytest.mark.parametrize(("lang", "text"), NEXT_DAY)
def test_revision_on_another_day_is_the_writers(lang, text):
    got = _got(text, lang)
    assert got[0][:2] == ("killed", 17) and got[0][3] == "official", got
    assert ("killed", 21, None, "author", "asserted") in got, got


def test_revision_on_the_same_day_goes_on():
    got = _got("Вечером администрация Зельмарской области сообщила о 17 погибших. Ночью число погибших выросло до 21.", "ru")
    assert got[1][:2] == ("killed", 21) and got[1][3] == "official", got


RUMOUR_CALLED_FALSE = [
    ("ru", "Слухи о «тысячах убитых», ходившие в Зельмаре 3—4 марта, МВД назвало «провокационными выдумками».", "Слухи", "МВД"),
    ("ru", "Распространявшиеся в Зельмаре слухи о сотнях погибших, тела которых якобы вывезли, МВД назвало «провокационными».",
     "слухи", "МВД"),
    ("uk", "Чутки про «тисячі вбитих», що ходили Зельмаром, МВС назвало «провокаційними вигадками».", "Чутки", "МВС"),
    ("kk", "Зелмар прокуратурасы жүздеген адам қаза тапты деген қауесетті жала деп атады.", "қауесет", "прокуратура"),
]


@pytest.mark.parametrize(("lang", "text", "rumour", "denier"), RUMOUR_CALLED_FALSE)
def test_rumour_called_false_is_two_claims(lang, text, rumour, denier):
    got = [g for g in _got(text, lang) if g[0] == "killed" and g[1] is None]
    assert len(got) == 2, got
    assert got[0][2] and rumour in got[0][2] and got[0][3] == "unknown" and got[0][4] == "unconfirmed", got
    assert denier.lower() in (got[1][2] or "").lower(), got
    assert got[1][3] == "official" and got[1][4] == "denied", got


def test_called_false_after_a_plain_figure_denies_it():
    got = _got("В Зельмаре погибли 12 человек, МВД назвало это «ложью».", "ru")
    assert ("killed", 12, "МВД", "official", "denied") in got, got
    assert not any(g[2] == "МВД" and g[4] != "denied" for g in got), got


def test_perfect_spoken_of_names_its_speaker():
    got = _got("All 40 attackers were killed in Zelmar, although the police had initially spoken of 50.", "en")
    assert ("killed", 50, "police", "official", "asserted") in got, got


def test_no_call_no_denial():
    got = _got("Police said 5 people died in Zelmar. The governor said it was a tragedy.", "en")
    assert [(g[0], g[1]) for g in got] == [("killed", 5)]


_EX = ClaimExtractor()


@pytest.mark.parametrize(("lang", "title", "want"), [
    ("ru", "Прокуратура СССР: в Зельмаре погибли 32 человека", "Прокуратура СССР"),
    ("ru", "Справка МВД СССР о беспорядках в Зельмаре", "МВД СССР"),
    ("uk", "Прокуратура Зельмарської області: загинули 12 людей", "Прокуратура Зельмарської"),
    ("en", "Zelmar 1990: materials of the investigation group of the Prosecutor's Office", "Prosecutor's Office"),
    ("ru", "В Зельмаре погибли 22 человека", None),
    ("en", "Zelmar blast toll rises to 100", None),
    ("kk", "Зелмар оқиғасы: 16 құрбанның есімі анықталды", None),
])
def test_infobox_reference_title_body(lang, title, want):
    _rules, attr = _EX._stage(lang)
    got = _title_body(attr, title)
    if want is None:
        assert got is None
    else:
        assert got is not None and want in got.name and got.type == "official"
