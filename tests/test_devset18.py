"""The eighteenth development set (tests/data/devset18/), written unseen by the extractors' authors:
real events (the Irgiz bus fire in the Aktobe region of 2018, the Ilovaisk encirclement of 2014, the
Biryulyovo riots in Moscow of 2013, the storming of the White House in Bishkek of 2005, the Chisinau
protests of April 2009), gold well-formed (see _devset_checks, which reads inside its container files:
RSS 2.0, a MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored
in cp1251. No score threshold: `bench/eval_devset.py --set devset18` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset18"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"irgiz_police_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset18", all_formats=True, docs_range=(12, 16), claims_range=(140, 260), id_prefix="d18",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "unknown", "author"},
                      timeline_range=(40, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("biryul_export_ru.xml", "30418"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset18.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "ilovaisk_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    assert "Ақтөбеге" in kk and "Бішкектегі" in kk and "Донецк облысындағы" in kk and "Өзбекстанда" in kk


def test_people_aboard_encircled_or_mourning_are_not_counted():
    """Passengers aboard, survivors, the encircled troops and memorial crowds are in the documents, never in the gold."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    assert "57 people" in text and "близько 1500 військових" in text and "тисячі людей приходять" in text
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in ("57", "1500 військових", "Пятеро", "Five people", "тисячі людей приходять", "Hundreds of soldiers"):
        assert word not in anchors, word


def test_zero_range_and_table_values_are_annotated():
    """'No one died' and 'nobody was killed' are the value 0; ranges are [lo, hi]; table cells are claims."""
    values = {(c["doc"], c["anchor"]): c["value"] for c in CLAIMS}
    assert values[("chisinau_press_en.html", "No one died as a result of police action")] == 0
    assert values[("biryul_mtblog_en.txt", "nobody was killed")] == 0
    assert values[("ilovaisk_timeline_uk.md", "від 400 до 459 загиблих")] == [400, 459]
    assert values[("chisinau_press_en.html", "<td>273</td><td>33</td>")] == 33
    assert values[("ilovaisk_timeline_uk.md", "| 429 | 128")] == 128
