"""The thirty-fourth development set (tests/data/devset34/), written unseen by the extractors' authors:
real events (the Sayano-Shushenskaya hydro plant accident of 2009, the sinking of the Bulgaria in 2011, the
Kramatorsk station strike of 2022, the Almaty shooting of 2016, the Listvyazhnaya mine disaster of 2021),
gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a MediaWiki XML
export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in cp1251; two .txt
files hold another format (wikitext, an HTML page). No score threshold: `bench/eval_devset.py --set
devset34` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset34"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"bulgaria_report_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset34", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d34",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "company", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("kramatorsk_export_uk.xml", "1492037"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset34.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name, LEGACY)


def test_atom_entry_holds_wikitext_escaped_twice_and_txt_files_hold_other_formats():
    raw = (DOCS / "almaty_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw
    assert (DOCS / "listv_wiki_ru.txt").read_text(encoding="utf-8").startswith("{{Катастрофа")
    assert (DOCS / "kramatorsk_statement_uk.txt").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Алматыдағы", "Алатау ауданының", "Кемерово облысындағы", "Кузбастағы", "министрлігінің",
                 "комитетінің", "басқармасының"):
        assert form in kk, form


def test_evacuees_rescued_aboard_boilerplate_and_money_are_not_counted():
    """People waiting or aboard, rescued alive, survivors rumoured, equipment, money, distances, article
    numbers and the figures of other news in "Читайте также"/"Сондай-ақ оқыңыз" are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("близько 4 тисяч людей", "Спасти удалось 79 человек", "is saved 80 persons", "196 человек",
             "не менее 201 человека", "«до 208»", "в машинном зале находились 116 человек", "«десятках выживших»",
             "эвакуированы 40 человек", "4 адам жарақат алды", "пострадали трое", "повреждены 30 боксов",
             "255-бабы", "70-тен астам куәгер", "40 tonnes of transformer oil", "400 тонн форелі",
             "285 адам болған", "239 человек")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_range_vague_table_and_denials_are_annotated():
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("bulgaria_mtblog_en.txt", "from 250 to 300 people are lost", "killed", None)] == [250, 300]
    assert values[("almaty_news_kk.txt", "«ондаған адам» қаза тапты", "killed", None)] is None
    assert values[("sshges_timeline_en.md", "| Rostekhnadzor | 3 Oct | 75 | — | 13 |", "injured", None)] == 13
    row = "<tr><td>Погибшие</td><td>10</td><td>14</td><td>39</td></tr>"
    assert sorted(c["value"] for c in CLAIMS if c["anchor"] == row) == [10, 14, 39]
    mods: dict[str, list[str]] = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["bulgaria_report_ru.txt"].count("denied") == 1
    assert "denied" not in mods["bulgaria_mtblog_en.txt"] and "unconfirmed" in mods["bulgaria_mtblog_en.txt"]
