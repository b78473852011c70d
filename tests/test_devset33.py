"""The thirty-third development set (tests/data/devset33/), written unseen by the extractors' authors:
real events (the battle of Bender in June 1992, the Lake Syamozero boating tragedy of 2016, the Grozny
market missile strike of 1999, the Aktobe shootings of 2016, the Zasyadko mine explosion of 2007), gold
well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a MediaWiki XML
export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in koi8-r. No score
threshold: `bench/eval_devset.py --set devset33` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset33"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"bender_report_ru.txt": "koi8_r"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset33", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d33",
                      source_types={"official", "media", "ngo", "eyewitness", "social_media", "union", "unknown",
                                    "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("zasyadko_export_uk.xml", "447120"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset33.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name, LEGACY)


def test_atom_entry_holds_wikitext_escaped_twice_and_txt_files_hold_other_formats():
    raw = (DOCS / "bender_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref&amp;gt;" in raw
    assert "<ref>" in parts("bender_wiki_en.atom")["bender-wp"]
    assert (DOCS / "grozny_wiki_uk.txt").read_text(encoding="utf-8").startswith("{{Картка:")
    assert "<!DOCTYPE html>" in (DOCS / "syamozero_page_ru.txt").read_text(encoding="utf-8")


def test_three_kazakh_documents_with_case_endings():
    kk = "".join(t for n in NAMES if n.endswith("_kk.txt") or n.endswith("_kk.html") for t in parts(n).values())
    assert sum(n.split(".")[0].endswith("_kk") for n in NAMES) == 3
    for form in ("Ақтөбедегі", "қаласындағы", "Донецкідегі", "Қарағандыдағы", "министрлігінің",
                 "комитетінің", "кәсіподағының", "басқармасының"):
        assert form in kk, form


def test_boilerplate_rescued_hostages_and_other_non_claims_are_not_annotated():
    """Read-also headlines about other news, the rescued, evacuees, hostages, refugees, criminal cases,
    article numbers, populations, distances, phone numbers and view counters are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("эвакуированы 40 человек", "двое пострадавших", "Спасти удалось 33 ребят", "33 спасенных",
             "Some 30 children were pulled", "<td>Кепілге алынған адамдар</td><td>1</td>", "37 кримінальних справ",
             "Понад 100 тисяч біженців", "About 100,000 people fled", "около 8 тысяч беженцев", "5 угонщиков",
             "3 жол-көлік оқиғасы", "5 адам жараланды", "2 кенші жарақат алды", "457 гірників", "457 кенші",
             "500 мыңнан астам", "статье 238", "255-бабы", "Просмотров: 1834", "47 детей и четверо взрослых",
             "12 000 guests", "25,000 children's camps")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_range_vague_table_zero_and_denials_are_annotated():
    """A range is [lo, hi]; "десятки"/"dozens"/"Ондаған" are vague; table cells and rows are claims; the
    general's "no civilians hurt" is a 0; a figure called false has an unconfirmed row and a denied row,
    one "not confirmed" only the unconfirmed one."""
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("bender_timeline_uk.md", "у 500–700 осіб", "killed", None)] == [500, 700]
    assert values[("grozny_articles_ru.jsonl#gr2", '"от 150 до 200"', "killed", None)] == [150, 200]
    assert values[("zasyadko_news_kk.txt", "Ондаған кенші әлі табылған жоқ", "missing", None)] is None
    assert values[("bender_timeline_uk.md", "| Органи ПМР | 1993 | 425 | 1 242 | |", "injured", None)] == 1242
    assert values[("aktobe_press_kk.html", "<tr><td>Жойылған шабуылшылар</td><td>18</td></tr>", "killed", "attackers")] == 18
    assert values[("grozny_wiki_uk.txt", "«цивільні не постраждали»", "killed", "civilians")] == 0
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append((c["modality"], c["source_type"]))
    assert ("denied", "author") in mods["syamozero_statement_ru.txt"]
    assert ("denied", "author") in mods["aktobe_press_kk.html"]
    assert mods["aktobe_news_kk.txt"].count(("denied", "official")) == 1
    assert "denied" not in {m for m, _ in mods["grozny_mtblog_en.txt"]}
    assert "unconfirmed" in {m for m, _ in mods["grozny_mtblog_en.txt"]}
