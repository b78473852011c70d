"""Places the GeoNames cities lack and further names of places the gazetteer has
(``data/places_supplement.tsv``: oil fields, unrecognised regions, a region's short name), also in
Kazakh spellings with case endings (Теңіз / Тенгиз, Таулы Қарабақ / Нагорный Карабах)."""

from __future__ import annotations

import pytest
from entity_helpers import linked, together

from rashomon.gazetteer import default_gazetteer
from rashomon.translit import key


@pytest.mark.parametrize("name,canonical,kind", [
    ("Теңіз", "Tengiz", "city"),  # kk
    ("Тенгиз", "Tengiz", "city"),  # ru
    ("Tengiz", "Tengiz", "city"),
    ("Қашаған", "Kashagan", "city"),
    ("Қарабақ", "Nagorno-Karabakh", "region"),  # not the Kyrgyz village Kara-Bak
    ("Нагорный Карабах", "Nagorno-Karabakh", "region"),
    ("Нагірний Карабах", "Nagorno-Karabakh", "region"),
    ("Таулы Қарабақ", "Nagorno-Karabakh", "region"),
    ("Абхазия", "Abkhazia", "region"),
    ("Південна Осетія", "South Ossetia", "region"),
    ("Приднестровье", "Transnistria", "region"),
    ("Sughd", "Sughd Region", "region"),  # a name added to a region the files have
    ("Хатлон", "Khatlon Region", "region"),
    ("Ыстықкөл", "Issyk-Kul Region", "region"),  # kk; the region, not the town Balykchy once named so
    ("Issyk-Kul", "Issyk-Kul Region", "region"),
    ("Хиуа", "Khiva", "city"),  # kk spellings whose key differs from the ru one
    ("Түрікменбашы", "Türkmenbaşy", "city"),
])
def test_supplement_places(name, canonical, kind):
    p = default_gazetteer().best(key(name))
    assert p is not None and (p.name, p.kind) == (canonical, kind)
    assert p.lat is not None


def test_supplement_keeps_the_files_order():
    gaz = default_gazetteer()
    assert gaz.best(key("Pavlodar")).name == "Pavlodar"
    ids = gaz.lookup(key("Қарабақ"))
    assert [gaz.place(i).name for i in ids][:2] == ["Nagorno-Karabakh", "Kara-Bak"]


@pytest.mark.parametrize("docs,forms", [
    ([("Атырау облысындағы Теңіз кен орнында төбелес болды.", "kk"),
      ("На месторождении Тенгиз произошла драка.", "ru"),
      ("A brawl broke out at the Tengiz oil field.", "en")],
     ("Теңіз", "Тенгиз", "Tengiz")),
    ([("Теңіздегі жаппай төбелес: 40 адам зардап шекті.", "kk"),
      ("Драка на Тенгизе: пострадали 40 человек.", "ru")],
     ("Теңіздегі", "Тенгизе")),
    ([("Таулы Қарабақтан 50 мың адам кетті.", "kk"),
      ("Из Нагорного Карабаха уехали 50 тысяч человек.", "ru"),
      ("50,000 people left Nagorno-Karabakh.", "en")],
     ("Таулы Қарабақтан", "Нагорного Карабаха", "Nagorno-Karabakh")),
    ([("Қарабақтағы жарылыстан 68 адам қаза тапты.", "kk"),
      ("У Нагірному Карабаху загинули 68 людей.", "uk")],
     ("Қарабақтағы", "Нагірному Карабаху")),
])
def test_supplement_places_link_across_languages(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]
