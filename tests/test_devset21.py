"""The twenty-first development set (tests/data/devset21/), written unseen by the extractors' authors:
real events (the Kostenko mine fire in Karaganda of 2023, the Kerch Polytechnic College attack of 2018,
the Kostiantynivka market strike of 2023, the raid on Atambayev's residence in Koi-Tash of 2019, the
Nardaran police raid of 2015), gold well-formed (see _devset_checks, which reads inside its container
files: RSS 2.0, a MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document
is stored in cp1251. No score threshold: `bench/eval_devset.py --set devset21` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset21"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"nardaran_report_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset21", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d21",
                      source_types={"official", "media", "ngo", "eyewitness", "opposition", "social_media",
                                    "company", "union", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("koitash_export_ru.xml", "64318"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset21.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "kostiantynivka_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Қарағандыдағы", "Константиновкадағы", "Қой-Таштағы", "Бішкек уақыты бойынша",
                 "компаниясының", "министрлігінің", "Қырғызстанның"):
        assert form in kk, form


def test_rescued_hostages_ages_terms_and_articles_are_not_counted():
    """People brought to the surface, hostages, ages, prison terms, articles, weapons seized,
    workforce and population are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    never = ("206 горняков", "206-сы", "252 people", "Шестеро военнослужащих", "шістьох спецпризначенців",
             "от 22 до 61 года", "18-річний", "18-летний", "від 10 до 20 років", "11 годам", "ст. 438",
             "статья 277", "9 единиц огнестрельного оружия", "150 патронов", "1,200 people", "67 мыңға")
    for word in never:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in never:
        assert word not in anchors, word


def test_range_vague_missing_and_table_values_are_annotated():
    """A range is [lo, hi]; "dozens" is vague; the missing are their own measure; table cells are claims."""
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("nardaran_report_ru.txt", "погибли от 8 до 12 человек", "killed", None)] == [8, 12]
    assert values[("kerch_articles_ru.jsonl#kr2", "«десятках погибших»", "killed", None)] is None
    assert values[("kostenko_timeline_ru.md", "| Компания | 28.10, 19:30 | 42 | 4 | 23 |", "missing", None)] == 4
    assert values[("kostenko_timeline_ru.md", "| Компания | 28.10, 19:30 | 42 | 4 | 23 |", "injured", None)] == 23
    row = "<td>MIA</td><td>28 Nov</td><td>2</td><td>5</td><td>14</td>"
    assert values[("nardaran_press_en.html", row, "killed", "residents")] == 5
    assert values[("nardaran_press_en.html", row, "killed", "police")] == 2
    assert {c["source_type"] for c in CLAIMS if c["doc"].startswith("kostenko")} >= {"company", "union", "official"}
