"""The fifth development set (tests/data/devset5/), written unseen by the extractors' authors:
real events, gold well-formed, every anchor found in its document. Container files (RSS 2.0, a
MediaWiki XML export, JSON Lines, Atom) are read entry by entry as ``FILE#PART``; one plain-text
document is stored in cp1251, as real corpora sometimes are, so this module reads documents itself
instead of through `_devset_checks.make_checks` (which assumes UTF-8). No score threshold:
`bench/eval_devset.py --set devset5` measures; these guard.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from _devset_checks import (
    CLAIM_FIELDS,
    CONTAINERS,
    ISO_DATE,
    ISO_WHEN,
    KK_LETTERS,
    MEASURES,
    MODALITIES,
    QUALIFIERS,
    SOURCE_TYPES,
    UK_LETTERS,
    lang_of,
    load_jsonl,
    parts_of,
)

DEV = Path(__file__).resolve().parent / "data" / "devset5"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"kordai_prosecutor_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset5.claims.jsonl")
TIMELINE = load_jsonl(GOLD / "devset5.timeline.jsonl")
ENTITIES = json.loads((GOLD / "devset5.entities.json").read_text(encoding="utf-8"))


def parts(name: str) -> dict[str, str]:
    """PART -> text of each entry of a document (a single '' part for plain files)."""
    if name in LEGACY:
        return {"": html.unescape((DOCS / name).read_bytes().decode(LEGACY[name]))}
    return parts_of(DOCS, name)


def doc_text(doc: str) -> str:
    name, _, part = doc.partition("#")
    return parts(name)[part]


# ---------------------------------------------------------------- the documents

def test_size_formats_and_languages():
    assert 15 <= len(NAMES) <= 20
    assert {Path(n).suffix for n in NAMES} >= {".txt", ".md", ".html", ".wiki", ".atom", ".rss", ".xml", ".jsonl"}
    per_lang = Counter(lang_of(n) for n in NAMES)
    assert set(per_lang) == {"en", "ru", "uk", "kk"} and min(per_lang.values()) >= 3, per_lang
    assert len({Path(n).stem for n in NAMES}) == len(NAMES)  # the scorer keys documents by stem
    assert max((DOCS / n).stat().st_size for n in NAMES) >= 5000  # one long compilation page


def test_one_document_is_in_a_legacy_encoding():
    raw = (DOCS / "kordai_prosecutor_ru.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1251")
    assert sum("а" <= c <= "я" for c in text.lower()) > 500
    for name in set(NAMES) - set(LEGACY):
        (DOCS / name).read_bytes().decode("utf-8")  # every other document is UTF-8


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
    assert list(parts("minsk_export_ru.xml")) == ["71954"]


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "mariupol_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_readme_explains_the_set():
    readme = (DEV / "README.md").read_text(encoding="utf-8")
    assert "real" in readme.lower() and "generaliz" in readme.lower()
    for name in NAMES:
        assert f"`{name}`" in readme, name


# ---------------------------------------------------------------- the gold

def test_gold_size_and_ids():
    assert 180 <= len(CLAIMS) <= 300 and 50 <= len(TIMELINE) <= 120
    assert all(re.fullmatch(r"d5g\d{3}", c["id"]) for c in CLAIMS)
    assert all(re.fullmatch(r"d5t\d{3}", t["id"]) for t in TIMELINE)
    for rows in (CLAIMS, TIMELINE):
        ids = [r["id"] for r in rows]
        assert len(ids) == len(set(ids))


def test_every_document_is_annotated():
    docs = {c["doc"].split("#")[0] for c in CLAIMS} | {t["doc"].split("#")[0] for t in TIMELINE}
    assert docs == set(NAMES)


@pytest.mark.parametrize("c", CLAIMS, ids=lambda c: c["id"])
def test_claim_is_well_formed(c):
    assert CLAIM_FIELDS <= set(c) <= CLAIM_FIELDS | {"source_text"}
    assert c["measure"] in MEASURES and c["qualifier"] in QUALIFIERS
    assert c["source_type"] in SOURCE_TYPES and c["modality"] in MODALITIES
    v = c["value"]
    if c["qualifier"] == "vague":
        assert v is None
    elif c["qualifier"] == "range":
        assert isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v) and v[0] < v[1]
    else:
        assert isinstance(v, int) and v >= 0
    assert (c["source"] is None) == (c["source_type"] == "author")
    if c["source"] and lang_of(c["doc"]) != "en":
        assert c.get("source_text"), "non-English attributions keep the original words"
    d = c["date"]
    if d is not None:
        for x in (d if isinstance(d, list) else [d]):
            assert ISO_DATE.match(x), x
        if isinstance(d, list):
            assert len(d) == 2 and d[0] <= d[1]
    assert c["place"] is None or c["place"].strip()
    for a in c["alt"]:
        assert a.split(":")[0] in MEASURES | {"casualties"}


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
    assert ISO_WHEN.match(t["when"]) and t["label"].strip()
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


def test_claims_cover_the_contract_broadly():
    assert len(Counter(c["measure"] for c in CLAIMS)) >= 10  # not only killed/injured
    types = {c["source_type"] for c in CLAIMS}
    assert types >= {"official", "media", "ngo", "eyewitness", "activist", "opposition", "social_media", "unknown", "author"}
    assert {c["modality"] for c in CLAIMS} == MODALITIES
    assert {c["qualifier"] for c in CLAIMS} == QUALIFIERS


def test_feed_claims_name_an_existing_entry():
    for c in CLAIMS + TIMELINE:
        name, _, part = c["doc"].partition("#")
        assert (part != "") == name.endswith(CONTAINERS)
        assert part in parts(name)
