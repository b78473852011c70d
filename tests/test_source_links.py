"""Named sources linked to the entity they speak for, and grouped by it on the pages."""

from __future__ import annotations

import pytest

from rashomon._source_links import group_by_entity, linker
from rashomon.model import Entity

ENTITIES = [
    Entity(id="o1", canonical="Ministry of Emergency Situations", type="org", mentions=30,
           forms=["МЧС", "Ministry of Emergency Situations", "Төтенше жағдайлар министрлігінің", "МНС"]),
    Entity(id="o2", canonical="Ministry of Emergency Situations (elsewhere)", type="org", mentions=2, forms=["МЧС"]),
    Entity(id="p1", canonical="Marat Zhumabekov", type="person", mentions=9, forms=["Марат Жумабеков", "Marat Zhumabekov"]),
    Entity(id="g1", canonical="Zhezkazgan", type="place", mentions=50, forms=["Жезказган", "Zhezkazgan"]),
]


@pytest.mark.parametrize("name, entity", [
    ("МЧС", "o1"),                                        # a shared form goes to the most mentioned entity
    ("Төтенше жағдайлар министрлігінің", "o1"),           # a form as written, case ending included
    ("мчс", "o1"),                                        # casefolded
    ("Аким области Марат Жумабеков на брифинге", "p1"),   # the form inside a longer name
    ("ministry spokesman Marat Zhumabekov", "p1"),
    ("власти Жезказгана", None),                          # places do not speak
    ("Жезказган", None),
    ("МЧСник", None),                                     # whole words only
    ("local officials", None),
])
def test_a_source_name_links_to_the_entity_it_names(name, entity):
    hit = linker(ENTITIES)(name)
    assert (hit[0] if hit else None) == entity


def test_the_longest_form_wins():
    ents = [Entity(id="a", canonical="Ministry", type="org", forms=["Ministry"]),
            Entity(id="b", canonical="Ministry of Health", type="org", forms=["Ministry of Health"])]
    assert linker(ents)("the Ministry of Health said")[0] == "b"


def test_records_link_like_objects():
    assert linker([e.to_json() | {"id": e.id} for e in ENTITIES])("МНС") == ("o1", "Ministry of Emergency Situations")


def test_names_of_one_entity_are_listed_together_and_own_voices_are_not_linked():
    rows = [{"name": "МЧС", "type": "official", "claims": 5},
            {"name": "police", "type": "official", "claims": 7},
            {"name": "Ministry of Emergency Situations", "type": "official", "claims": 4},
            {"name": "Zhezkazgan News", "type": "author", "claims": 20},
            {"name": "МЧС", "type": "author", "claims": 1}]
    out = group_by_entity(rows, linker(ENTITIES))
    assert [(r["name"], r["type"], r["entity"]) for r in out] == [
        ("Zhezkazgan News", "author", None),
        ("МЧС", "official", "Ministry of Emergency Situations"),           # the ministry's names: 9 claims together
        ("Ministry of Emergency Situations", "official", "Ministry of Emergency Situations"),
        ("police", "official", None),
        ("МЧС", "author", None),                                            # a document's own voice: by its title
    ]
