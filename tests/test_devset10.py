"""The tenth development set (tests/data/devset10/), written unseen by the extractors' authors:
real events (the Zhanatas protest of February 2019, the Shubarshi/Kenkiyak killings of July 2011, the
Kizlyar church shooting of 2018, the Chaplyne railway station strike of 2022, the Okhmatdyt children's
hospital strike in Kyiv of 2024), gold well-formed (see _devset_checks, which reads inside its container
files: RSS 2.0, a MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document
is stored in cp1251. No score threshold: `bench/eval_devset.py --set devset10` measures; these guard.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset10"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"shubarshi_statement_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset10", all_formats=True, docs_range=(14, 16), claims_range=(140, 220), id_prefix="d10",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition", "social_media",
                                    "company", "unknown", "author"},
                      timeline_range=(40, 100), every_qualifier=True,
                      legacy=LEGACY, export=("kizlyar_export_ru.xml", "71044"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset10.claims.jsonl")
ENTITIES = json.loads((GOLD / "devset10.entities.json").read_text(encoding="utf-8"))


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "chaplyne_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    assert "Жаңатаста" in kk and "Дағыстандағы" in kk and "Қызлярда" in kk and "Ақтөбеде" in kk


def test_every_entity_form_occurs_as_a_word_of_its_own():
    """Forms are whole words somewhere (never only inside a longer word), so aliases measure the linker."""
    corpus = "\n".join(t for n in NAMES for t in parts(n).values())
    for e in ENTITIES:
        for form in e["forms"]:
            assert re.search(rf"(?<!\w){re.escape(form)}(?!\w)", corpus), form
            assert '"' not in form and "«" not in form


def test_denials_have_their_rumour():
    """Every denied figure has an unconfirmed or asserted claim of the same measure in the same document."""
    for c in CLAIMS:
        if c["modality"] == "denied":
            assert any(o["doc"] == c["doc"] and o["measure"] == c["measure"] and o["value"] == c["value"]
                       and o["modality"] != "denied" for o in CLAIMS), c["id"]
