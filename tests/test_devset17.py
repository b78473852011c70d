"""The seventeenth development set (tests/data/devset17/), written unseen by the extractors' authors:
real events (the land-reform protests in Kazakhstan of 2016, the Volnovakha bus shelling of 2015, the
Kondopoga unrest of 2006, the Kumtor road-blockade clashes of 2013, the Erebuni police-station seizure in
Yerevan of 2016), gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0,
a MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in
cp1251. No score threshold: `bench/eval_devset.py --set devset17` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset17"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"land_police_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset17", all_formats=True, docs_range=(12, 16), claims_range=(140, 260), id_prefix="d17",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "unknown", "author"},
                      timeline_range=(40, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("kondo_export_ru.xml", "27719"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset17.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "volnov_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    assert "Атыраудағы" in kk and "Волновахадағы" in kk and "Ыстықкөлдегі" in kk and "Ақтөбедегі" in kk


def test_people_aboard_employed_or_mourning_are_not_counted():
    """Passengers aboard, the mine's staff, mourners and people who left town are in the documents, never in the gold."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    assert "понад 40 пасажирів" in text and "2,700 employees" in text and "50 persons left the city" in text
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in ("пасажирів", "employees", "жолаушы болған", "left the city", "Кілька тисяч людей", "жұмыс істейді"):
        assert word not in anchors, word


def test_zero_range_and_table_values_are_annotated():
    """'No one was killed' and '«загиблих немає»' are the value 0; ranges are [lo, hi]; table cells are claims."""
    values = {(c["doc"], c["anchor"]): c["value"] for c in CLAIMS}
    assert values[("kumtor_press_en.html", "No one was killed")] == 0
    assert values[("kumtor_report_uk.txt", "«загиблих немає»")] == 0
    assert values[("land_news_kk.txt", "1 500-ден 2 000-ға дейін")] == [1500, 2000]
    assert values[("kumtor_press_en.html", "<td>6</td><td>15</td>")] == 15
