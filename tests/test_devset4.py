"""The fourth development set (tests/data/devset4/), written unseen by the extractors' authors:
real events, gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0,
a MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``).
"""

from __future__ import annotations

import re
from pathlib import Path

from _devset_checks import lang_of, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset4"
DOCS = DEV / "docs"
_shared = make_checks("devset4", docs_range=(15, 20), claims_range=(200, 320), id_prefix="d4")
globals().update({k: v for k, v in _shared.items() if k != "test_size_formats_and_languages"})

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_size_formats_and_languages():
    assert 15 <= len(NAMES) <= 20
    assert {Path(n).suffix for n in NAMES} >= {".txt", ".md", ".html", ".wiki", ".atom", ".rss", ".xml", ".jsonl"}
    per_lang = {lang: sum(lang_of(n) == lang for n in NAMES) for lang in ("en", "ru", "uk", "kk")}
    assert min(per_lang.values()) >= 3, per_lang
    assert len({Path(n).stem for n in NAMES}) == len(NAMES)  # the scorer keys documents by stem
    assert max((DOCS / n).stat().st_size for n in NAMES) >= 5000  # one long compilation page


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
