"""Aliases of round 38 (invented sentences and places): a name inside straight double quotes ("Ромашка")
has its quoted spelling as a written form, like «Ромашка»; a state's armed forces are one organisation
under their full name and their abbreviation, in every language (ru ВСУ, uk ЗСУ, en AFU, kk)."""

from __future__ import annotations

import pytest

from tests.entity_helpers import linked, together


@pytest.mark.parametrize(("text", "lang", "form"), [
    ('Завод "Ромашка" в Ольмаре остановил работу после пожара.', "ru", '"Ромашка"'),
    ('Завод "Ромашка" в Ольмарі зупинив роботу після пожежі.', "uk", '"Ромашка"'),
    ('The "Daisy Works" plant in Olmar halted work after the fire.', "en", '"Daisy Works"'),
    ('Ольмардағы "Ромашка" зауыты өрттен кейін жұмысын тоқтатты.', "kk", '"Ромашка"'),
])
def test_straight_double_quotes_are_a_written_form(pipeline, text, lang, form):
    ents = linked(pipeline, (text, lang))
    assert any(form in e.forms and form.strip('"') in e.forms for e in ents), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize(("text", "lang", "full", "abbr"), [
    ("Бойцы Вооруженных сил Украины отбили атаку у Ольмара. ВСУ сообщили о потерях.", "ru",
     "Вооруженных сил Украины", "ВСУ"),
    ("Бійці Збройних сил України відбили атаку біля Ольмара. ЗСУ повідомили про втрати.", "uk",
     "Збройних сил України", "ЗСУ"),
    ("Troops of the Armed Forces of Ukraine repelled an attack near Olmar, the AFU said.", "en",
     "Armed Forces of Ukraine", "AFU"),
    ("В ЦАХАЛ заявили, что удар по Ольмару был точечным. Армия обороны Израиля не уточнила потери.", "ru",
     "Армия обороны Израиля", "ЦАХАЛ"),
])
def test_armed_forces_full_name_and_abbreviation(pipeline, text, lang, full, abbr):
    assert together(linked(pipeline, (text, lang)), full, abbr)


def test_armed_forces_across_languages(pipeline):
    ents = linked(pipeline, ("Бойцы Вооруженных сил Украины отбили атаку у Ольмара.", "ru"),
                  ("ЗСУ відбили атаку біля Ольмара.", "uk"),
                  ("The Armed Forces of Ukraine repelled an attack.", "en"),
                  ("Украина Қарулы Күштері Ольмар маңында шабуылға тойтарыс берді.", "kk"))
    assert together(ents, "Вооруженных сил Украины", "ЗСУ", "Armed Forces of Ukraine", "Украина Қарулы Күштері")
