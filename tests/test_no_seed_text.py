"""Guard: no seed text in the product or its tests.

The seeds (``../shared/corpus/seeds``) are for measuring only. Rules, word lists, examples and test
cases must use invented text about other events, so this test fails when any file under
``rashomon/`` or ``tests/`` shares a run of 6 consecutive words (lower-cased ``\\w+`` tokens, joined
length > 25) with a seed. Exempt: test files whose name contains "seeds" (acceptance tests read the
seeds themselves), the devset and gold folders, and the ALLOWLIST below.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
N = 6
MIN_LEN = 25
_WORD = re.compile(r"\w+")
_TEXT_EXT = {".py", ".txt", ".tsv", ".csv", ".json", ".jsonl", ".md", ".html", ".htm", ".xml", ".atom", ".rss",
             ".wiki", ".yaml", ".yml", ".toml", ".cfg", ".ini", ".js", ".css", ".j2", ".jinja", ".sql", ""}
_EXEMPT_DIRS = (REPO / "tests" / "data" / "devset", REPO / "tests" / "data" / "gold")
# markup boilerplate (Atom/XML namespaces, links, entities) and stock phrases are no seed's own text
_MARKUP = {"http", "https", "www", "xmlns", "href", "rel", "amp", "quot", "lt", "gt", "php", "xml", "w3", "subtitle", "generator", "mediawiki", "skins", "css"}
_COMMON = {"a state of emergency in the"}

# Files owned by other engineers that still quote seed text; their owners are asked to replace the
# quotations with invented text, after which each line here must be removed.
ALLOWLIST = {
    "tests/test_readers_feeds.py",  # readers: feed cases quote seed 003
    "tests/test_readers_text.py",  # readers: text cases quote seed 001
    "tests/test_readers_wikitext.py",  # readers: wikitext cases quote seeds 000/003
    "tests/test_segment.py",  # segmentation cases quote seed sentences
    "tests/test_timeline.py",  # timeline cases quote seed sentences (short fragments)
    "tests/test_independence.py",  # independence cases quote seed sentences
    # the next three quote shorter seed fragments (under 6 words) that the n-gram check does not see
    "rashomon/lang/ru/months.txt",  # time: an example line quotes seed 000
    "tests/data/time/table.tsv",  # time: table rows quote seed sentences
}


def _grams(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    out = set()
    for i in range(len(words) - N + 1):
        g = " ".join(words[i : i + N])
        if len(g) > MIN_LEN and g not in _COMMON and not _MARKUP.intersection(words[i : i + N]):
            out.add(g)
    return out


def _seed_grams(seeds: Path) -> set[str]:
    grams: set[str] = set()
    for p in sorted(seeds.iterdir()):
        if p.is_file():
            raw = p.read_text(encoding="utf-8", errors="replace")
            once = html.unescape(raw)
            for t in (raw, once, html.unescape(once)):  # seed 003 holds wikitext escaped twice
                grams |= _grams(t)
    return grams


def _candidates():
    for top in ("rashomon", "tests"):
        for p in sorted((REPO / top).rglob("*")):
            if not p.is_file() or p.suffix.lower() not in _TEXT_EXT or "__pycache__" in p.parts:
                continue
            if any(d in p.parents for d in _EXEMPT_DIRS):
                continue
            if p.parent.name == "tests" and "seeds" in p.name:
                continue
            if p.name.startswith("test_") and "seeds" in p.name:
                continue
            yield p


def test_no_seed_text(seeds_dir):
    grams = _seed_grams(seeds_dir)
    assert len(grams) > 1000  # the seeds were read
    offenders = {}
    for p in _candidates():
        rel = p.relative_to(REPO).as_posix()
        if rel in ALLOWLIST:
            continue
        try:
            text = p.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        hits = _grams(text) & grams
        if hits:
            offenders[rel] = sorted(hits)[:3]
    assert not offenders, "seed text found (replace with invented text):\n" + "\n".join(
        f"  {k}: {v}" for k, v in sorted(offenders.items()))


def test_allowlist_names_files():
    """Every allowlisted file exists (a renamed or deleted file leaves the list)."""
    assert all((REPO / rel).is_file() for rel in ALLOWLIST), [r for r in ALLOWLIST if not (REPO / r).is_file()]
