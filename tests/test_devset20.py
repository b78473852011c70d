"""The twentieth development set (tests/data/devset20/), written unseen by the extractors' authors:
real events (the KNB building blast in Aktobe of 2011, the Kharkiv unity-march bombing of 2015, the
Blagoveshchensk police sweep of 2004, the Nazarzoda mutiny in Tajikistan of 2015, the Ganja events of
July 2018), gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a
MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in
cp1251. No score threshold: `bench/eval_devset.py --set devset20` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset20"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"aktobe_report_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset20", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d20",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("blag_export_ru.xml", "51207"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset20.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "kharkiv_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    assert "Ақтөбеде" in kk and "Душанбедегі" in kk and "Гәнжеде" in kk and "прокуратурасының" in kk


def test_attackers_ages_distances_and_terms_are_not_counted():
    """The size of the rebel band, ages, a later rally, custody terms and distances are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    for word in ("около 140 человек", "25 жастағы", "15-річний", "на 60 днів", "20 km", "Близько 200 жителів"):
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in ("около 140 человек", "25 жастағы", "15-річний", "на 60 днів", "20 km", "Близько 200 жителів", "МОН-50"):
        assert word not in anchors, word


def test_range_vague_and_table_values_are_annotated():
    """A range is [lo, hi]; "several dozen" is vague; table cells and rows are claims."""
    values = {(c["doc"], c["anchor"], c["measure"]): c["value"] for c in CLAIMS}
    assert values[("blag_export_ru.xml#51207", "пострадали от 500 до 1000 человек", "injured")] == [500, 1000]
    assert values[("blag_report_uk.txt", "«кілька десятків затриманих»", "detained")] is None
    assert values[("blag_press_en.html", "<td>150</td><td>120</td>", "injured")] == 120
    assert values[("kharkiv_timeline_uk.md", "| Генпрокуратура | 25.02 | 4 | 15 |", "killed")] == 4
