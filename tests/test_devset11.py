"""The eleventh development set (tests/data/devset11/), written unseen by the extractors' authors:
real events (the Atyrau blasts of 2011, the Bishkek unrest of October 2020, the Izhevsk school shooting
of 2022, the Kryvyi Rih missile strike of April 2025, the Nalchik raid of 2005), gold well-formed (see
_devset_checks, which reads inside its container files: RSS 2.0, a MediaWiki XML export, JSON Lines and
Atom, as ``FILE#PART``). One plain-text document is stored in cp1251. No score threshold:
`bench/eval_devset.py --set devset11` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset11"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"atyrau_prosecutor_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset11", all_formats=True, docs_range=(14, 16), claims_range=(150, 260), id_prefix="d11",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition", "social_media", "unknown", "author"},
                      timeline_range=(40, 100), every_qualifier=True,
                      legacy=LEGACY, export=("izhevsk_export_ru.xml", "71402"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset11.claims.jsonl")
TIMELINE = load_jsonl(GOLD / "devset11.timeline.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "kryvyirih_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    assert "Атыраудағы" in kk and "Бішкектегі" in kk and "Кривой Рогтағы" in kk


def test_zero_and_range_figures_are_annotated():
    assert any(c["value"] == 0 for c in CLAIMS)  # "Других пострадавших нет"
    assert any(c["qualifier"] == "range" for c in CLAIMS)
    assert {c["group"] for c in CLAIMS} >= {"attackers", "children", "police", "civilians", "soldiers"}
