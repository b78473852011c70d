"""The fourteenth development set (tests/data/devset14/), written unseen by the extractors' authors:
real events (the Abai region forest fire of 2023, the Lame Horse nightclub fire in Perm of 2009, the
missile strike on the Poltava military institute of 2024, the Sardoba dam collapse of 2020, the Surmalu
market explosion in Yerevan of 2022), gold well-formed (see _devset_checks, which reads inside its
container files: RSS 2.0, a MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text
document is stored in cp1251. No score threshold: `bench/eval_devset.py --set devset14` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset14"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"abai_ministry_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset14", all_formats=True, docs_range=(14, 16), claims_range=(150, 260), id_prefix="d14",
                      source_types={"official", "media", "ngo", "eyewitness", "social_media", "unknown", "author"},
                      timeline_range=(40, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("perm_export_ru.xml", "27415"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset14.claims.jsonl")
TIMELINE = load_jsonl(GOLD / "devset14.timeline.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "poltava_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    assert "облысындағы" in kk and "Пермьдегі" in kk and "Мақтааралдағы" in kk


def test_evacuees_and_rescued_are_not_counted():
    """Evacuated residents, people rescued alive and crowds are in the documents but never in the gold."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    assert "эвакуированы 450" in text and "евакуювали понад 30 тисяч" in text and "11 людей живими" in text
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in ("эвакуир", "евакуй", "evacuat", "көшірілді", "живими", "живыми"):
        assert word not in anchors, word
