"""The twenty-second development set (tests/data/devset22/), written unseen by the extractors' authors:
real events (the Tengiz oil-field camp brawl of 2019, the Derbent and Makhachkala attacks of 2024, the
Zaporizhzhia convoy strike of 2022, the Khujand prison riot of 2018, the fuel depot explosion near
Stepanakert of 2023), gold well-formed (see _devset_checks, which reads inside its container files: RSS
2.0, a MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored
in cp1251. No score threshold: `bench/eval_devset.py --set devset22` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset22"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"zapor_report_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset22", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d22",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "company", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("zapor_export_uk.xml", "73418"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset22.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "dagestan_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Теңіздегі", "облысындағы", "Худжандтағы", "Душанбеден", "Арменияға",
                 "басқармасының", "министрлігінің", "омбудсменінің"):
        assert form in kk, form


def test_ages_distances_terms_transfers_and_queues_are_not_counted():
    """Missiles fired, distances, custody terms, the inmates held, the workforce, refugees, the cars
    in the queue and transfers of the injured to Armenia are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("з 16 ракет 4", "120 км", "на 2 месяца", "больше сотни машин", "около 1500 осуждённых", "300 km",
             "350 шақырым", "50 мыңнан астам", "168 were moved", "более 100 лет", "40 мыңнан астам", "about 150 of its")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_range_vague_table_and_denials_are_annotated():
    """A range is [lo, hi]; "несколько" is vague; table cells and rows are claims; a figure called
    false has an unconfirmed row and a denied row, one "not confirmed" only the unconfirmed one."""
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("stepanakert_wiki_ru.wiki", "оценил число погибших в 20–100 человек", "killed", None)] == [20, 100]
    assert values[("dagestan_timeline_ru.md", "а также несколько мирных жителей", "killed", "civilians")] is None
    assert values[("stepanakert_press_en.html", "<td>Field clinic, Askeran</td><td>76</td>", "injured", None)] == 76
    assert values[("dagestan_timeline_ru.md", "| Власти республики | 25.06 | 17 | 5 | 5 | 46 |", "killed", "police")] == 17
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["khujand_news_kk.txt"].count("denied") == 1
    assert "denied" not in mods["stepanakert_press_en.html"] and "unconfirmed" in mods["stepanakert_press_en.html"]
