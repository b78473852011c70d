"""Round 38, claim dates: a later toll a page dates by its report day alone takes the incident's day
that the other pages of the run give the same place (`rashomon._incident_days`). Invented pages."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.dossier import assemble
from rashomon.pipeline import Pipeline

_P = Pipeline()

# (first page: the incident with its day; later page: the toll rose, no day of its own)
PAGES = {
    "en": ("Floods hit Ozerk\n\nFlash floods struck the town of Ozerk on 3 May 2031, killing 12 people.",
           "Ozerk toll rises\n\nThe death toll from the floods in Ozerk has risen to 40, officials said."),
    "ru": ("Наводнение в Озерке\n\nНаводнение обрушилось на город Озерк 3 мая 2031 года, погибли 12 человек.",
           "Число жертв растёт\n\nЧисло погибших в результате наводнения в городе Озерк возросло до 40 человек."),
    "uk": ("Повінь в Озерку\n\nПовінь накрила місто Озерк 3 травня 2031 року, загинули 12 людей.",
           "Кількість жертв зросла\n\nКількість загиблих унаслідок повені в місті Озерк зросла до 40 людей."),
    "kk": ("Озеркте су тасқыны\n\n2031 жылғы 3 мамырда Озерк қаласында су тасқыны болып, 12 адам қаза тапты.",
           "Қаза тапқандар саны артты\n\nОзерк қаласындағы су тасқынынан қаза тапқандар саны 40 адамға жетті."),
}


def _whens(lang: str, first: str, later: str, first_day: str = "2031-05-03", later_day: str = "2031-05-06"):
    an = [_P.analyze(Document(id=f"a_{lang}.txt", path="a", text=first, lang=lang, published=first_day)),
          _P.analyze(Document(id=f"b_{lang}.txt", path="b", text=later, lang=lang, published=later_day))]
    d = assemble(an)
    return {(c.doc[0], c.value): c.when for c in d.claims if c.measure == "killed"}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_later_toll_takes_the_incident_day_of_another_page(lang):
    got = _whens(lang, *PAGES[lang])
    assert got[("a", 12)] == "2031-05-03"
    assert got[("b", 40)] == "2031-05-03/2031-05-06"


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_no_day_after_the_report_day_nor_weeks_before(lang):
    first, later = PAGES[lang]
    # the other page's day is after this page's report day: never taken
    got = _whens(lang, first, later, later_day="2031-05-02")
    assert not got[("b", 40)].startswith("2031-05-03")
    # a day a month before the report day: another event, not taken
    got = _whens(lang, first, later, later_day="2031-06-06")
    assert not got[("b", 40)].startswith("2031-05-03")


def test_another_place_gives_no_day():
    first = "Floods hit Ozerk\n\nFlash floods struck the town of Ozerk on 3 May 2031, killing 12 people."
    later = "Velmor toll rises\n\nThe death toll from the fire in Velmor has risen to 40, officials said."
    got = _whens("en", first, later)
    assert not got[("b", 40)].startswith("2031-05-03")


def test_a_page_stating_its_own_day_keeps_it():
    first = "Floods hit Ozerk\n\nFlash floods struck the town of Ozerk on 3 May 2031, killing 12 people."
    later = ("Ozerk toll rises\n\nThe floods that struck Ozerk on 4 May 2031 killed 9 people. "
             "The death toll has now risen to 40, officials said.")
    got = _whens("en", first, later)
    assert got[("b", 9)] == "2031-05-04"
    assert not str(got.get(("b", 40))).startswith("2031-05-03")


SAME_DAY = {  # the later page's sentence names its own report day
    "en": "Ozerk toll rises\n\nOn 6 May 2031 the death toll from the floods in Ozerk rose to 40.",
    "ru": "Число жертв растёт\n\n6 мая 2031 года число погибших в результате наводнения в городе Озерк возросло до 40.",
    "uk": "Кількість жертв зросла\n\n6 травня 2031 року кількість загиблих унаслідок повені в місті Озерк зросла до 40.",
    "kk": "Қаза тапқандар саны артты\n\n2031 жылғы 6 мамырда Озерк қаласындағы су тасқынынан қаза тапқандар саны 40 адамға жетті.",
}


@pytest.mark.parametrize("lang", sorted(SAME_DAY))
def test_a_toll_stated_on_the_report_day_runs_from_the_incident(lang):
    got = _whens(lang, PAGES[lang][0], SAME_DAY[lang])
    assert got[("b", 40)] == "2031-05-03/2031-05-06"
