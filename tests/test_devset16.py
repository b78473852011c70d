"""The sixteenth development set (tests/data/devset16/), written unseen by the extractors' authors:
real events (the strike on the Desna training centre of 2022, the Kerch Strait naval incident of 2018,
the Novocherkassk massacre of 1962, the Lenin mine explosion in Shakhtinsk of 2008, the Ekibastuz heating
failure of 2022), gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0,
a MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in
cp1251. No score threshold: `bench/eval_devset.py --set devset16` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset16"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"novoch_prosecutor_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset16", all_formats=True, docs_range=(12, 16), claims_range=(140, 260), id_prefix="d16",
                      source_types={"official", "media", "ngo", "eyewitness", "social_media", "unknown", "author",
                                    "activist", "company", "union"},
                      timeline_range=(40, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("kerch_export_ru.xml", "40517"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset16.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "desna_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    assert "Шахтинскідегі" in kk and "Екібастұзда" in kk and "Симферопольдегі" in kk and "бұғазындағы" in kk


def test_people_present_aboard_or_rescued_are_not_counted():
    """Sailors aboard, miners brought out alive, cadets in the barracks and crowds are in the documents, never in the gold."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    assert "up to 40 Ukrainian sailors had been aboard" in text and "60-тан астам кенші аман-есен шығарылды" in text
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in ("aboard", "аман-есен", "находились 67", "навчаються", "на борту", "restored"):
        assert word not in anchors, word


def test_zero_and_table_values_are_annotated():
    """'загиблих немає' and 'No deaths have been recorded' are the value 0; the HTML table's cells are claims."""
    values = {(c["doc"], c["anchor"]): c["value"] for c in CLAIMS}
    assert values[("kerch_report_uk.txt", "загиблих немає")] == 0
    assert values[("ekib_press_en.html", "No deaths have been recorded")] == 0
    assert values[("ekib_press_en.html", "<td>47</td><td>1,183</td>")] == 1183
