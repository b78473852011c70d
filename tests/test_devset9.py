"""The ninth development set (tests/data/devset9/), written unseen by the extractors' authors:
real events (the Taraz attack of 2011, the Volgograd bombings of 2013, the Brovary helicopter crash of
2023, the Lviv missile strike of July 2023, the sinking of the river cruiser Bulgaria in 2011), gold
well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a MediaWiki XML export,
JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in cp1251. No score threshold:
`bench/eval_devset.py --set devset9` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset9"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"taraz_prosecutor_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset9", all_formats=True, docs_range=(14, 16), claims_range=(150, 260), id_prefix="d9",
                      source_types={"official", "media", "ngo", "eyewitness", "opposition", "social_media", "unknown", "author"},
                      timeline_range=(40, 100), every_qualifier=True,
                      legacy=LEGACY, export=("volgograd_export_ru.xml", "58213"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset9.claims.jsonl")
TIMELINE = load_jsonl(GOLD / "devset9.timeline.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "brovary_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    assert "Тараздағы" in kk and "Волгоградтағы" in kk and "Татарстандағы" in kk

