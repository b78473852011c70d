"""The fifteenth development set (tests/data/devset15/), written unseen by the extractors' authors:
real events (the Kazakhstan spring floods of 2024, the Magnitogorsk gas explosion of 2018, the missile
strike on Chernihiv of 2024, the Yashnobod depot explosions in Tashkent of 2024, the 1 March 2008 clashes
in Yerevan), gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a
MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in
cp1251. No score threshold: `bench/eval_devset.py --set devset15` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset15"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"magn_statement_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset15", all_formats=True, docs_range=(12, 16), claims_range=(150, 260), id_prefix="d15",
                      source_types={"official", "media", "ngo", "eyewitness", "social_media", "unknown", "author",
                                    "activist", "opposition"},
                      timeline_range=(40, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("magn_export_ru.xml", "31822"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset15.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "chernihiv_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    assert "облысындағы" in kk and "Магнитогорскідегі" in kk and "Ташкенттегі" in kk and "Петропавлдағы" in kk


def test_evacuees_and_rescued_are_not_counted():
    """Evacuated residents, people rescued alive and blood donors are in the documents but never in the gold."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    assert "эвакуированы 1 100" in text and "96 мыңнан астам адам көшірілді" in text and "8 людей живими" in text
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in ("эвакуир", "evacuat", "көшірілді", "живими", "спасены", "спасли", "донорів"):
        assert word not in anchors, word


def test_zero_and_singular_values_are_annotated():
    """'No deaths', 'қаза болғандар жоқ' are the value 0; 'one more ... died', 'a child' the value 1."""
    values = {(c["doc"], c["anchor"]): c["value"] for c in CLAIMS}
    assert values[("floods_news_kk.txt", "қаза болғандар жоқ")] == 0
    assert values[("floods_feed_en.rss#fl-1", "No deaths had been reported")] == 0
    assert values[("chernihiv_wiki_en.atom#chn-re", "including a child")] == 1
