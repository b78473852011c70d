"""Round 38, sources: a headline's dash credit after a clause of a subset ("..., семеро з яких
поранені — голова ОВА"); a quotation in guillemets or curly quotes running over paragraphs takes
the speaker of its closing credit; "the head of the <Territory> region" types its holder official,
also for his later surname; a connective phrase of several words ("При этом", "At the same time")
opens no source name. Invented sentences, fictional places and people."""

from __future__ import annotations

import pytest

from tests.claims_helpers import segmented


def _rows(text, lang):
    return [(c.measure, c.value, c.source.name if c.source else None, c.source.type if c.source else None)
            for c in segmented(text, lang)]


DASH_SUBSET = [
    ("uk", "Загинули п'ятеро людей, семеро з яких поранені — голова ОВА Петро Коваленко\n\nУ місті тиша.", "голова ОВА Петро Коваленко"),
    ("uk", "Загинули п'ятеро людей, семеро з яких поранені, - голова ОВА\n\nУ місті тиша.", "голова ОВА"),
    ("ru", "Погибли пять человек, семеро из которых ранены, — глава администрации\n\nВ городе тихо.", "глава администрации"),
]


@pytest.mark.parametrize(("lang", "text", "name"), DASH_SUBSET)
def test_dash_credit_after_a_subset_clause(lang, text, name):
    got = _rows(text, lang)
    assert got and got[0][2] == name and got[0][3] == "official", got


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Погибли пять человек, из них трое — сотрудники полиции\n\nВ городе тихо."),
    ("uk", "Загинули п'ятеро людей, з них троє — працівники поліції\n\nУ місті тиша."),
])
def test_dash_after_a_subset_figure_is_who_the_counted_are(lang, text):
    assert all(r[2] is None for r in _rows(text, lang)), _rows(text, lang)


QUOTE_OVER_LINES = [
    ("uk", "Місто обстріляли вночі.\n\n«Ворог скинув бомбу на школу.\nВрятовано 30 осіб, семеро з яких поранені. "
           "Решта 20 осіб загинули», – вважає Коваленко.", "Коваленко"),
    ("ru", "Город обстреляли ночью.\n\n«Враг сбросил бомбу на школу.\nСпасены 30 человек, семеро из которых ранены. "
           "Остальные 20 человек погибли», — считает Коваленко.", "Коваленко"),
    ("en", "The town was shelled.\n\n“The enemy dropped a bomb on the school.\nWe rescued 30 people, seven of them injured. "
           "The other 20 died,” Kovalenko said.", "Kovalenko"),
    ("kk", "Қала түнде атқыланды.\n\n«Жау мектепке бомба тастады.\nМектептен 30 адам құтқарылды, оның жетеуі жарақат алды. "
           "Қалған 20 адам қаза тапты», - деді Коваленко.", "Коваленко"),
]


@pytest.mark.parametrize(("lang", "text", "name"), QUOTE_OVER_LINES)
def test_quotation_over_paragraphs_takes_its_closing_speaker(lang, text, name):
    got = _rows(text, lang)
    assert any(r[0] == "injured" and r[1] == 7 and r[2] == name for r in got), got


def test_quotation_closed_on_an_earlier_line_is_over():
    got = _rows("Місто обстріляли вночі.\n\n«Ворог скинув бомбу на школу».\nВрятовано 30 осіб, семеро з яких поранені. "
                "«Решта загинули», – вважає Коваленко.", "uk")
    assert any(r[0] == "injured" and r[1] == 7 and r[2] is None for r in got), got


def test_head_of_the_region_is_an_official():
    got = _rows("\"At the moment, 25 deaths have been confirmed,\" Petro Kovalenko, the head of the Zorinsk region, said.", "en")
    assert got and got[0][3] == "official", got
    got = _rows("The head of the Zorinsk region Petro Kovalenko reported this.\n\nAccording to Kovalenko, 27 civilians were killed.", "en")
    assert ("killed", 27, "Kovalenko", "official") in got, got


LEAD_PHRASES = [
    ("uk", "При цьому Коваленко стверджує, що загинули 13 осіб.", "Коваленко"),
    ("ru", "При этом Коваленко утверждает, что погибли 13 человек.", "Коваленко"),
    ("ru", "Между тем Коваленко утверждает, что погибли 13 человек.", "Коваленко"),
    ("en", "At the same time Kovalenko claimed that 13 people died.", "Kovalenko"),
]


@pytest.mark.parametrize(("lang", "text", "name"), LEAD_PHRASES)
def test_connective_phrase_opens_no_name(lang, text, name):
    got = _rows(text, lang)
    assert got and got[0][2] == name, got


SAYING = [
    ("Police commander Tom Ashbury visited the site, saying 17 bodies had been found.", "Police commander Tom Ashbury"),
    ("Regional police commander Chief Superintendent Tom Ashbury described a search along an unpaved road in the "
     "village of Vela, saying 17 bodies had been pulled from one grave.", "Regional police commander Chief Superintendent Tom Ashbury"),
    ("The Zorinsk police chief visited the site, saying 17 bodies had been found.", "Zorinsk police chief"),
]


@pytest.mark.parametrize(("text", "name"), SAYING)
def test_saying_credits_the_subject_before_its_verb(text, name):
    got = _rows(text, "en")
    assert ("killed", 17, name, "official") in got, got


def test_saying_with_no_subject_credits_nobody():
    got = _rows("He left the room saying 17 people had died.", "en")
    assert got and got[0][2] is None, got


BAR_SECTION = [
    ("ru", "Число жертв нападения в Зоринске увеличилось до 138 — Reuters | Происшествия\n\nВ городе тихо.", "Reuters"),
    ("uk", "Кількість жертв нападу в Зоринську зросла до 138 — Reuters | Події\n\nУ місті тихо.", "Reuters"),
    ("en", "Death toll in Zorinsk attack rises to 138 - Reuters | World\n\nThe town is quiet.", "Reuters"),
]


@pytest.mark.parametrize(("lang", "text", "name"), BAR_SECTION)
def test_dash_credit_before_a_section_bar(lang, text, name):
    got = _rows(text, lang)
    assert got and got[0][1] == 138 and got[0][2] == name and got[0][3] == "media", got
