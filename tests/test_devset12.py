"""The twelfth development set (tests/data/devset12/), written unseen by the extractors' authors:
real events (the Baizak depot explosions of 2021, the Domodedovo airport bombing of 2011, the Saint
Petersburg metro bombing of 2017, the Sumy missile strike of 2025, the Minsk Ploshcha protest of 2010),
gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a MediaWiki XML
export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in cp1251. No score
threshold: `bench/eval_devset.py --set devset12` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset12"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"ploshcha_news_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset12", all_formats=True, docs_range=(14, 16), claims_range=(150, 260), id_prefix="d12",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition", "social_media", "unknown", "author"},
                      timeline_range=(40, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("domodedovo_export_ru.xml", "30124"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset12.claims.jsonl")
TIMELINE = load_jsonl(GOLD / "devset12.timeline.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "sumy_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    assert "облысындағы" in kk and "әуежайындағы" in kk and "Петербургтағы" in kk
