"""The fourth development set (tests/data/devset4/), written unseen by the extractors' authors:
real events, gold well-formed (see _devset_checks).

This set also holds container formats the product reads (RSS 2.0, a MediaWiki XML export, JSON Lines),
so the checks that look inside a document's entries (anchors, entry ids) are redefined here: each
container is split into its entries (``FILE#PART``: RSS guid, page id, JSON Lines ``id``, Atom id).
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from _devset_checks import load_jsonl, make_checks

DEV = Path(__file__).resolve().parent / "data" / "devset4"
DOCS, GOLD = DEV / "docs", DEV / "gold"
_CONTAINER_TESTS = ("test_claim_anchor_and_source_text_occur_in_the_document", "test_timeline_entry_is_well_formed",
                    "test_entities_are_well_formed_and_every_form_is_in_the_documents",
                    "test_feed_claims_name_an_existing_entry", "test_size_formats_and_languages",
                    "test_letters_match_the_declared_language")
_shared = make_checks("devset4", docs_range=(15, 20), claims_range=(200, 320), id_prefix="d4")
globals().update({k: v for k, v in _shared.items() if k not in _CONTAINER_TESTS})

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset4.claims.jsonl")
TIMELINE = load_jsonl(GOLD / "devset4.timeline.jsonl")
ENTITIES = json.loads((GOLD / "devset4.entities.json").read_text(encoding="utf-8"))
KK_LETTERS = set("әғқңөұүһӘҒҚҢӨҰҮҺ")
UK_LETTERS = set("іїєґІЇЄҐ")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parts(name: str) -> dict[str, str]:
    """PART -> text of each entry of a container file ('' for a single document), entities unescaped."""
    text = (DOCS / name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        return {r["id"]: f'{r["title"]}\n\n{r["text"]}' for r in rows}
    if name.endswith((".atom", ".rss", ".xml")):
        root = ET.fromstring(text.encode("utf-8"))
        out = {}
        for el in root.iter():
            kind = _local(el.tag)
            if kind in ("entry", "item", "page"):
                key = {"entry": "id", "item": "guid", "page": "id"}[kind]
                ident = next(c.text for c in el if _local(c.tag) == key)
                out[ident] = html.unescape(html.unescape("".join(el.itertext())))
        return out
    return {"": html.unescape(text)}


def doc_text(doc: str) -> str:
    name, _, part = doc.partition("#")
    return parts(name)[part]


def lang_of(name: str) -> str:
    return re.search(r"_(en|ru|uk|kk)\.", name).group(1)


def test_size_formats_and_languages():
    assert 15 <= len(NAMES) <= 20
    assert {Path(n).suffix for n in NAMES} >= {".txt", ".md", ".html", ".wiki", ".atom", ".rss", ".xml", ".jsonl"}
    per_lang = {lang: sum(lang_of(n) == lang for n in NAMES) for lang in ("en", "ru", "uk", "kk")}
    assert min(per_lang.values()) >= 3, per_lang
    assert len({Path(n).stem for n in NAMES}) == len(NAMES)  # the scorer keys documents by stem
    assert max((DOCS / n).stat().st_size for n in NAMES) >= 5000  # one long compilation page


@pytest.mark.parametrize("name", NAMES)
def test_letters_match_the_declared_language(name):
    text = "".join(parts(name).values())
    lang = lang_of(name)
    kk = sum(c in KK_LETTERS for c in text)
    uk = sum(c in UK_LETTERS for c in text)
    if lang == "kk":
        assert kk >= 20
    elif lang == "uk":
        assert uk >= 20 and kk == 0
    elif lang == "ru":
        assert kk == 0 and not set(text) & (UK_LETTERS - {"і"})
    else:
        letters = [c for c in text if c.isalpha()]
        assert sum(c.isascii() for c in letters) > 0.97 * len(letters)


def test_containers_have_two_or_three_simply_named_entries():
    containers = [n for n in NAMES if n.endswith((".atom", ".rss", ".jsonl"))]
    assert {Path(n).suffix for n in containers} == {".atom", ".rss", ".jsonl"}
    for n in containers:
        ids = list(parts(n))
        assert 2 <= len(ids) <= 3 and all(re.fullmatch(r"[\w-]{1,20}", i) for i in ids), n
    assert list(parts("aksy_export_ru.xml")) == ["48213"]


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "olenivka_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


@pytest.mark.parametrize("c", CLAIMS, ids=lambda c: c["id"])
def test_claim_anchor_and_source_text_occur_in_the_document(c):
    text = doc_text(c["doc"])
    assert c["anchor"] in text
    st = c.get("source_text")
    if st:
        assert all(piece.strip() in text for piece in st.split("...")), st


@pytest.mark.parametrize("t", TIMELINE, ids=lambda t: t["id"])
def test_timeline_entry_is_well_formed(t):
    assert set(t) == {"id", "doc", "when", "label", "anchor"}
    assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)?)?)?)?", t["when"]) and t["label"].strip()
    assert t["anchor"] in doc_text(t["doc"])


def test_entities_are_well_formed_and_every_form_is_in_the_documents():
    corpus = "\n".join(t for n in NAMES for t in parts(n).values())
    seen = set()
    for e in ENTITIES:
        assert set(e) == {"canonical", "type", "forms"} and e["type"] in {"place", "org", "person"}
        assert len(e["forms"]) >= 2
        for f in e["forms"]:
            assert f in corpus, f
            assert f.casefold() not in seen, f  # one form, one entity
            seen.add(f.casefold())


def test_container_claims_name_an_existing_entry():
    for c in CLAIMS + TIMELINE:
        name, _, part = c["doc"].partition("#")
        assert (part != "") == name.endswith((".atom", ".rss", ".xml", ".jsonl"))
        assert part in parts(name)
