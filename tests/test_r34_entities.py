"""Entities of round 34 (constructions recurring across real pages; invented sentences and people).

One person written in Latin letters on one page and in Cyrillic on another, each page with its own
transliteration (vowels, doubled letters, a case ending), is one entity; two people of different
surnames stay apart."""

from __future__ import annotations

import pytest

from tests.entity_helpers import linked, together


def _show(ents):
    return [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize(("latin", "cyr", "lang", "forms"), [
    # ru: a vowel the Cyrillic reading changes (u / а)
    ("Governor Donal Brump said on Monday that rescuers had reached the valley.",
     "Губернатор Донал Брамп заявил, что спасатели добрались до долины.", "ru",
     ("Donal Brump", "Донал Брамп")),
    # uk: a doubled consonant the English spelling drops, a first name read otherwise
    ("Minister Rainer Hasselof visited the site of the collapse.",
     "Міністр Райнер Хазелофф відвідав місце обвалу.", "uk",
     ("Rainer Hasselof", "Райнер Хазелофф")),
    # kk: a doubled consonant the English spelling drops
    ("Prime Minister Tomas Doran thanked the rescuers.",
     "Премьер-министр Томас Дорран құтқарушыларға алғыс айтты.", "kk",
     ("Tomas Doran", "Томас Дорран")),
    # ru: the same name with an ee / и reading
    ("Mayor Josh Greel ordered the evacuation of the district.",
     "Мэр Джош Грил распорядился эвакуировать район.", "ru",
     ("Josh Greel", "Джош Грил")),
])
def test_one_person_in_two_scripts(pipeline, latin, cyr, lang, forms):
    ents = linked(pipeline, (latin, "en"), (cyr, lang))
    assert together(ents, *forms), _show(ents)


def test_two_people_of_one_first_name_stay_apart(pipeline):
    ents = linked(pipeline, ("Mayor Ivan Dorkin ordered the evacuation.", "en"),
                  ("Мэр Иван Сидельников распорядился эвакуировать район.", "ru"))
    assert not together(ents, "Ivan Dorkin", "Иван Сидельников"), _show(ents)
