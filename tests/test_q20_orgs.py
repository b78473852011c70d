"""Known organisations in every language (the justice ministry, Russia's national guard, the Islamic
State group; a compound abbreviation opening a uk sentence, «Росгвардія повідомила») and an
organisation named in apposition by "venture" or "consortium"."""

from __future__ import annotations

import pytest
from entity_helpers import linked, together


@pytest.mark.parametrize("docs,forms", [
    ([("В Минюсте назвали эти сведения домыслами.", "ru"),
      ("Әділет министрлігінің мәліметінше, 23 адам қаза тапты.", "kk"),
      ("The Ministry of Justice said 23 people died.", "en")],
     ("Минюсте", "Әділет министрлігінің", "Ministry of Justice")),
    ([("Министерство юстиции сообщило о 21 погибшем.", "ru"),
      ("Міністерство юстиції повідомило про 21 загиблого.", "uk")],
     ("Министерство юстиции", "Міністерство юстиції")),
    ([("Росгвардия подтверждает гибель одного своего сотрудника.", "ru"),
      ("Росгвардія повідомила, що загинув 1 її співробітник.", "uk"),
      ("The Rosgvardia press office said one of its officers died.", "en")],
     ("Росгвардия", "Росгвардія", "Rosgvardia")),
    ([("Агентство «Амак», связанное с ИГ, распространило заявление.", "ru"),
      ("Исламское государство взяло на себя ответственность.", "ru"),
      ("«Ислам мемлекеті» тобы жауапкершілікті өз мойнына алды.", "kk"),
      ("The agency Amaq of the grouping IS declared it.", "en")],
     ("ИГ", "Исламское государство", "Ислам мемлекеті", "IS")),
    ([("Ісламська держава взяла відповідальність.", "uk"),
      ("Islamic State claimed the attack.", "en")],
     ("Ісламська держава", "Islamic State")),
])
def test_known_organisations_link_across_languages(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize("text,name", [
    ("Tengizchevroil, the Chevron-led venture that operates the field, called it a conflict.", "Tengizchevroil"),
    ("Yesterday Kazakhturkmunai, a joint venture of two firms, stopped work.", "Kazakhturkmunai"),
    ("Karachaganak Petroleum Operating, the consortium that runs the field, said so.", "Karachaganak Petroleum Operating"),
])
def test_venture_in_apposition_makes_an_org(pipeline, text, name):
    ents = linked(pipeline, (text, "en"))
    assert any(name in e.forms and e.type == "org" for e in ents), [(e.canonical, e.type, e.forms) for e in ents]
