"""Entity patterns of the q18 round (invented names, ru/uk/kk/en): a surname of the Tajik/Persian
-зода type keeps its nominative across cases and scripts, a man's genitive is never the canonical
name, a Ukrainian -жі/-чі/-ші/-щі genitive of a place in -а finds the place, a palace of sport links
across languages, and a region's bare name its town is written as belongs to the town."""

from __future__ import annotations

import pytest
from entity_helpers import linked, together

from rashomon._entity_link_forms import masculine_name, nominative_nodes
from rashomon._entity_morph import surname_like
from rashomon._entity_persons import _noun_surname


@pytest.mark.parametrize("word,expected", [
    ("Рахимзода", True), ("Рахимзоды", True), ("Рахимзодой", True), ("Rahimzoda", True),
    ("Гулузаде", True), ("Guluzade", True), ("Зода", False), ("Завод", False),
])
def test_zoda_surnames_look_like_surnames(word, expected):
    assert surname_like(word) is expected


@pytest.mark.parametrize("words,lang,base", [
    (["Саидали", "Рахимзоды"], "ru", "Саидали Рахимзода"),  # the first name has no case ending to take off
    (["Абдусалома", "Рахимзоды"], "ru", "Абдусалом Рахимзода"),
    (["Абдусаломом", "Рахимзодой"], "ru", "Абдусалом Рахимзода"),
    (["Абдусалома", "Рахимзоди"], "uk", "Абдусалом Рахимзода"),
    (["Абдусаломом", "Рахимзодою"], "uk", "Абдусалом Рахимзода"),
    (["Рахимзоды"], "ru", "Рахимзода"),
    (["Абдусалом", "Рахимзода"], "ru", None),  # nominative: nothing to do
    (["Ивана", "Петрова"], "ru", None),  # a dictionary surname is the morphology's
])
def test_noun_surname_base_form(words, lang, base):
    assert _noun_surname(words, lang) == base


@pytest.mark.parametrize("docs,forms", [
    ([("Сторонники замминистра Абдусалома Рахимзоды напали на здание МВД.", "ru"),
      ("Қорғаныс министрінің орынбасары Абдусалом Рахимзоданың жақтастары шабуыл жасады.", "kk"),
      ("The group of the deputy minister Abdusalom Rahimzoda attacked the building. Rahimzoda fled.", "en")],
     ("Абдусалома Рахимзоды", "Абдусалом Рахимзоданың", "Abdusalom Rahimzoda", "Rahimzoda")),
    ([("Прихильники Абдусалома Рахимзоди напали на будівлю.", "uk"),
      ("Сторонники Абдусалома Рахимзоды напали на здание.", "ru")],
     ("Абдусалома Рахимзоди", "Абдусалома Рахимзоды")),
])
def test_zoda_surname_links_across_cases(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]
    ent = next(e for e in ents if forms[0] in e.forms)
    assert ent.type == "person" and ent.canonical.endswith(("zoda", "Rakhimzoda")), ent.canonical


class _N:
    def __init__(self, key):
        self.key = key


@pytest.mark.parametrize("keys,kept", [
    (["p:timura|gafarov", "p:timur|gafarov"], ["p:timur|gafarov"]),
    (["p:olega|sirko", "p:oleg|sirko"], ["p:oleg|sirko"]),
    (["p:timura|gafarov"], ["p:timura|gafarov"]),  # alone: nothing to prefer
    (["p:anna|gafarov", "p:ivan|gafarov"], ["p:anna|gafarov", "p:ivan|gafarov"]),  # different names
    (["p:timura|gafarov", "p:timur|safarov"], ["p:timura|gafarov", "p:timur|safarov"]),  # other surname
])
def test_genitive_person_node_is_not_the_name_to_show(keys, kept):
    assert [n.key for n in nominative_nodes([_N(k) for k in keys])] == kept


def test_man_in_the_genitive_is_shown_in_the_nominative(pipeline):
    ents = linked(pipeline, ("Житель города выстрелил в Тимура Гафарова. Ранен сам Гафаров.", "ru"),
                  ("Житель міста поранив Тимура Гафарова.", "uk"))
    ent = next(e for e in ents if "Тимура Гафарова" in e.forms)
    assert ent.canonical.split()[0] == "Timur", ent.canonical


@pytest.mark.parametrize("docs,forms", [
    ([("Затримано понад 60 жителів Гянджі.", "uk"), ("В Гяндже прошли задержания.", "ru")], ("Гянджі", "Гяндже")),
    ([("Поблизу Палацу спорту у Харкові підірвали колону.", "uk"),
      ("A device went off near the Palace of Sports in Kharkiv.", "en"),
      ("Взрыв прогремел у Дворца спорта в Харькове.", "ru")], ("Палацу спорту", "Palace of Sports", "Дворца спорта")),
])
def test_case_forms_of_places_link(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.forms) for e in ents]


def test_region_bare_name_its_town_is_written_as_is_the_towns(pipeline):
    ents = linked(pipeline, ("Ақтөбеде жарылыс болды. Ақтөбе облысы бойынша тергеу басталды. Ақтөбе қаласында тыныш.", "kk"))
    owners = [e for e in ents if "Ақтөбе" in e.forms]
    assert len(owners) == 1 and not owners[0].gazetteer_id.startswith("adm1:"), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("name,forms,expected", [
    ("Эльдара Гасанова", {"Гасанов"}, "Эльдар Гасанов"),  # ru: the bare masculine surname shows the man
    ("Ельдара Гасанова", {"Гасанов"}, "Ельдар Гасанов"),  # uk
    ("Эльдара Гасанова", set(), "Эльдара Гасанова"),  # no masculine form: left as read
    ("Эльмира Гасанова", {"Гасанова"}, "Эльмира Гасанова"),  # a woman: her own surname form
    ("Эльдар Гасанов", {"Гасанов"}, "Эльдар Гасанов"),  # nominative already
    ("Эльдара Гасанова", {"Гасанов", "x"}, "Эльдар Гасанов"),
])
def test_masculine_name_of_a_genitive(name, forms, expected):
    assert masculine_name(name, forms) == expected


def test_genitive_with_bare_surname_in_one_text_is_shown_in_the_nominative(pipeline):
    ents = linked(pipeline, ("Неизвестный выстрелил в Эльдара Гасанова у мэрии. Ранен сам Гасанов.", "ru"))
    ent = next(e for e in ents if "Эльдара Гасанова" in e.forms)
    assert ent.canonical in ("Eldar Gasanov", "El'dar Gasanov"), ent.canonical
