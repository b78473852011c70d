"""The thirteenth development set (tests/data/devset13/), written unseen by the extractors' authors:
real events (the Bek Air crash at Almaty in 2019, the Moscow metro bombings of 2010, the Kharkiv Epicentr
strike of 2024, the Kempir-Abad arrests in Kyrgyzstan of 2022, the "Gavrilov night" in Tbilisi of 2019),
gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a MediaWiki XML
export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in cp1251. No score
threshold: `bench/eval_devset.py --set devset13` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset13"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"bekair_health_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset13", all_formats=True, docs_range=(14, 16), claims_range=(150, 260), id_prefix="d13",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition", "social_media", "unknown", "author"},
                      timeline_range=(40, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("moscow_export_ru.xml", "41207"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset13.claims.jsonl")
TIMELINE = load_jsonl(GOLD / "devset13.timeline.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "kharkiv_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    assert "әуежайындағы" in kk and "метросындағы" in kk and "Кемпір-Әбадтағы" in kk
