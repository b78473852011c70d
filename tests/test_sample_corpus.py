"""The bundled sample corpus and its gold: complete, consistent, and usable by every later test.

Checks the corpus itself (formats, languages, encodings, copy and translation pairs, the undated
document) and its hand annotations in tests/data/gold/ (format of ../shared/gold/seeds.*, contract
vocabularies, every anchor found in its document). Nothing here runs the pipeline.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "rashomon" / "data" / "sample"
GOLD = REPO / "tests" / "data" / "gold"
BAD = REPO / "tests" / "data" / "bad"

# vocabularies of ../shared/CONTRACT.md
MEASURES = {"killed", "injured", "missing", "detained", "arrested", "charged", "convicted", "participants",
            "strikers", "dismissed", "buildings_damaged", "vehicles_damaged", "deployed"}
QUALIFIERS = {"exact", "at_least", "more_than", "at_most", "about", "range", "vague"}
SOURCE_TYPES = {"official", "media", "ngo", "eyewitness", "activist", "union", "opposition", "social_media",
                "company", "author", "unknown"}
MODALITIES = {"asserted", "unconfirmed", "denied"}
CLAIM_FIELDS = {"id", "doc", "measure", "value", "qualifier", "group", "place", "date", "source", "source_type",
                "modality", "anchor", "alt"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)?)?)?)?$")

# file -> (format, languages); the README's table in code form
EXPECTED = {
    "wire_caw_en.txt": ("text", {"en"}),
    "herald_copy_en.html": ("html", {"en"}),
    "eurasia_monitor_copy_en.md": ("markdown", {"en"}),
    "ngo_report_en.md": ("markdown", {"en"}),
    "ngo_report_ru.html": ("html", {"ru"}),
    "ulytau_news_ru.txt": ("text", {"ru"}),
    "forum_post_ru_cp1251.txt": ("text", {"ru"}),
    "telegram_digest_ru_koi8r.txt": ("text", {"ru"}),
    "eyewitness_nodate_ru.txt": ("text", {"ru"}),
    "wikinews_chronology_ru.txt": ("wikitext", {"ru"}),
    "dam_collapse_ru.wiki": ("wikitext", {"ru"}),
    "ministry_statement_ru.html": ("html", {"ru"}),
    "prosecutor_statement_ru.txt": ("text", {"ru"}),
    "opposition_statement_ru.txt": ("text", {"ru"}),
    "union_statement_ru.md": ("markdown", {"ru"}),
    "overview_uk.txt": ("text", {"uk"}),
    "analysis_uk.md": ("markdown", {"uk"}),
    "portal_uk.html": ("html", {"uk"}),
    "news_kk.txt": ("text", {"kk"}),
    "akimat_statement_kk.html": ("html", {"kk"}),
    "mt_blog_en.txt": ("text", {"en"}),
    "kengirmys_statement_en.txt": ("text", {"en"}),
    "liveblog_en.atom": ("feed", {"en"}),
    "agency_ru_kk.rss": ("feed", {"ru", "kk"}),
    "wiki_export_en.xml": ("mediawiki-xml", {"en"}),
    "social_posts.jsonl": ("jsonl", {"ru", "uk", "kk", "en"}),
}
KK_LETTERS = set("әғқңөұүһӘҒҚҢӨҰҮҺ")
UK_LETTERS = set("іїєґІЇЄҐ")
RU_ONLY = set("ыэъЫЭЪ")


def codec(name: str) -> str:
    return "cp1251" if "cp1251" in name else "koi8_r" if "koi8r" in name else "utf-8"


def decoded(name: str) -> str:
    return (SAMPLE / name).read_bytes().decode(codec(name))


def parts(name: str) -> dict[str, str]:
    """PART -> text of each entry of a container file (a single '' part for other files)."""
    text = decoded(name)
    if name.endswith(".jsonl"):
        return {o["id"]: o["text"] for o in map(json.loads, text.splitlines())}
    if name.endswith((".atom", ".rss", ".xml")):
        out = {}
        for el in ET.fromstring(text.encode("utf-8")).iter():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag in ("entry", "item", "page"):
                kids = {c.tag.rsplit("}", 1)[-1]: c for c in el}
                ident = kids.get("guid" if tag == "item" else "id")
                out[ident.text] = html.unescape(html.unescape("".join(el.itertext())))
        return out
    return {"": html.unescape(html.unescape(text))}


def doc_text(doc: str) -> str:
    name, _, part = doc.partition("#")
    return parts(name)[part]


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


CLAIMS = load_jsonl(GOLD / "sample.claims.jsonl")
TIMELINE = load_jsonl(GOLD / "sample.timeline.jsonl")
ENTITIES = json.loads((GOLD / "sample.entities.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- the corpus

def test_every_expected_file_is_there_and_nothing_else():
    present = {p.name for p in SAMPLE.iterdir() if p.is_file()}
    assert present == set(EXPECTED)
    assert len(present) >= 20


def test_every_input_format_and_language_is_covered():
    assert {fmt for fmt, _ in EXPECTED.values()} == {"text", "markdown", "html", "wikitext", "feed",
                                                     "mediawiki-xml", "jsonl"}
    assert set().union(*(langs for _, langs in EXPECTED.values())) == {"ru", "uk", "kk", "en"}
    assert {Path(n).suffix for n in EXPECTED} >= {".txt", ".md", ".html", ".wiki", ".atom", ".rss", ".xml", ".jsonl"}


def test_readme_lists_every_document_and_says_fictional():
    readme = (SAMPLE.parent / "sample_README.md").read_text(encoding="utf-8")  # outside: not a report
    assert "FICTIONAL" in readme
    for name in EXPECTED:
        assert f"`{name}`" in readme, name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_language_letters_match_the_declared_language(name):
    _, langs = EXPECTED[name]
    text = "".join(parts(name).values())
    letters = set(text)
    kk = sum(c in KK_LETTERS for c in text)  # a Kazakh name («Жаңа Дала») may appear in any language
    if langs == {"kk"}:
        assert len(letters & KK_LETTERS) >= 6
    if langs == {"uk"}:
        assert sum(c in UK_LETTERS for c in text) > 10 * max(kk, 1)
    if langs == {"ru"}:
        assert letters & RU_ONLY and kk <= 5 and not letters & UK_LETTERS - {"і"}
    if langs == {"en"}:
        latin = sum(c.isascii() and c.isalpha() for c in text)
        assert latin > 0.95 * sum(c.isalpha() for c in text)


def test_kazakh_text_uses_all_kazakh_letters_and_numerals():
    text = decoded("news_kk.txt") + decoded("akimat_statement_kk.html")
    assert set("әғқңөұүһі") <= set(text)
    for numeral in ("он алты", "жиырма", "ондаған", "жеті", "сексен алты"):
        assert numeral in text.lower()


@pytest.mark.parametrize("name,wrong,word", [("forum_post_ru_cp1251.txt", "koi8_r", "Сарытал"),
                                             ("telegram_digest_ru_koi8r.txt", "cp1251", "Жезказган")])
def test_legacy_encoded_files(name, wrong, word):
    raw = (SAMPLE / name).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert word in raw.decode(codec(name))
    assert word not in raw.decode(wrong, errors="replace")


def test_legacy_encoded_files_are_what_the_generator_writes():
    spec = importlib.util.spec_from_file_location("mse", REPO / "tools" / "make_sample_encodings.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert (SAMPLE / "forum_post_ru_cp1251.txt").read_bytes() == mod.FORUM_CP1251.encode("cp1251")
    assert (SAMPLE / "telegram_digest_ru_koi8r.txt").read_bytes() == mod.TELEGRAM_KOI8R.encode("koi8_r")


def test_container_parts_have_simple_ids():
    assert set(parts("liveblog_en.atom")) == {f"lb-0{i}" for i in range(1, 7)}
    assert set(parts("agency_ru_kk.rss")) == {f"dp-100{i}" for i in range(1, 6)}
    assert set(parts("wiki_export_en.xml")) == {"101", "102"}
    assert set(parts("social_posts.jsonl")) == {f"post-0{i}" for i in range(1, 9)}
    for name in ("liveblog_en.atom", "agency_ru_kk.rss", "wiki_export_en.xml", "social_posts.jsonl"):
        assert all(re.fullmatch(r"[\w.:-]{1,100}", p) for p in parts(name))


def test_jsonl_records_have_the_documented_fields():
    for line in decoded("social_posts.jsonl").splitlines():
        assert set(json.loads(line)) == {"id", "text", "title", "url", "date", "source", "lang"}


def test_wikitext_chronology_shape():
    text = decoded("wikinews_chronology_ru.txt")
    assert "==Хронология==" in text and "===16 мая===" in text and "===18 мая===" in text
    assert len(re.findall(r"^\d{2}:\d{2} \S", text, re.M)) >= 8
    wiki = decoded("dam_collapse_ru.wiki")
    assert wiki.startswith("{{Карточка") and wiki.count("{{cite news|title=") >= 5


def test_undated_document_has_no_date():
    text = decoded("eyewitness_nodate_ru.txt")
    assert not re.search(r"\b(19|20)\d\d\b|\d{1,2}[./]\d{1,2}|\d{1,2}:\d{2}", text)
    assert not re.search(r"январ|феврал|март|апрел|ма[яй]\b|июн|июл|август|сентябр|октябр|ноябр|декабр", text)


def _numbers(text: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", text)  # tags such as <h2> hold digits too
    return [n.replace(",", "") for n in re.findall(r"\d[\d,]*\d|\d", text)]


def _shingles(text: str, k: int = 6) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + k]) for i in range(len(words) - k + 1)}


def test_copies_repeat_the_wire_nearly_verbatim():
    wire = _shingles(doc_text("wire_caw_en.txt"))
    for copy in ("herald_copy_en.html", "eurasia_monitor_copy_en.md"):
        assert len(wire & _shingles(doc_text(copy))) >= 0.5 * len(wire), copy
    for other in ("ngo_report_en.md", "mt_blog_en.txt", "kengirmys_statement_en.txt"):
        assert len(wire & _shingles(doc_text(other))) <= 0.1 * len(wire), other


def test_translation_keeps_the_sequence_of_numbers():
    def body(name: str, start: str, end: str) -> str:
        text = doc_text(name)
        return text[text.index(start):text.index(end)]
    en = _numbers(body("ngo_report_en.md", "On 16 May 2023", "## Recommendations"))
    ru = iter(_numbers(body("ngo_report_ru.html", "16 мая 2023", "Рекомендации</h2>")))
    assert len(en) >= 15 and all(n in ru for n in en)  # en's numbers are a subsequence of ru's


# ---------------------------------------------------------------- the gold

def test_gold_claims_fields_and_vocabularies():
    ids = [c["id"] for c in CLAIMS]
    assert len(ids) == len(set(ids)) and len(CLAIMS) >= 150
    for c in CLAIMS:
        assert CLAIM_FIELDS <= set(c) <= CLAIM_FIELDS | {"source_text"}, c["id"]
        assert c["measure"] in MEASURES and c["qualifier"] in QUALIFIERS, c["id"]
        assert c["source_type"] in SOURCE_TYPES and c["modality"] in MODALITIES, c["id"]
        if c["source"] is None:  # the document's own voice, or "there is information" with nobody named
            assert c["source_type"] in {"author", "unknown"}, c["id"]
        if c["source_type"] == "author":
            assert c["source"] is None, c["id"]
        for alt in c["alt"]:
            m, _, q = alt.partition(":")
            assert m in MEASURES and (not q or q in QUALIFIERS), c["id"]
        v = c["value"]
        if c["qualifier"] == "vague":
            assert v is None, c["id"]
        elif c["qualifier"] == "range":
            assert isinstance(v, list) and len(v) == 2 and v[0] < v[1], c["id"]
        else:
            assert isinstance(v, int) and v > 0, c["id"]
        dates = c["date"] if isinstance(c["date"], list) else [c["date"]]
        assert all(d is None or ISO.match(d) for d in dates), c["id"]


def test_gold_claims_cover_every_vocabulary_value():
    assert {c["qualifier"] for c in CLAIMS} == QUALIFIERS
    assert {c["source_type"] for c in CLAIMS} == SOURCE_TYPES
    assert {c["modality"] for c in CLAIMS} == MODALITIES
    assert {c["measure"] for c in CLAIMS} >= MEASURES - {"dismissed"}


def test_gold_claims_cover_every_document_and_language():
    docs = {c["doc"].split("#")[0] for c in CLAIMS}
    assert docs == set(EXPECTED)
    per_lang = Counter(lang for c in CLAIMS for lang in EXPECTED[c["doc"].split("#")[0]][1])
    assert all(per_lang[lang] >= 20 for lang in ("ru", "uk", "kk", "en")), per_lang


@pytest.mark.parametrize("row", CLAIMS + TIMELINE, ids=lambda r: r["id"])
def test_gold_anchor_occurs_in_its_document(row):
    assert row["anchor"] in doc_text(row["doc"])


def test_gold_timeline_fields():
    ids = [t["id"] for t in TIMELINE]
    assert len(ids) == len(set(ids)) and len(TIMELINE) >= 60
    for t in TIMELINE:
        assert set(t) == {"id", "doc", "when", "label", "anchor"}
        assert all(ISO.match(w) for w in t["when"].split("/")), t["id"]
    assert any("+06:00" in t["when"] for t in TIMELINE)
    assert any(t["doc"] == "eyewitness_nodate_ru.txt" for t in TIMELINE)


def test_gold_entities():
    corpus = "\n".join(text for name in EXPECTED for text in parts(name).values())
    seen = Counter()
    for e in ENTITIES:
        assert e["type"] in {"place", "org", "person"}
        for form in e["forms"]:
            assert form in corpus, form
            seen[form.casefold()] += 1
    assert max(seen.values()) == 1  # no surface form belongs to two entities
    canon = {e["canonical"]: e for e in ENTITIES}
    assert {"Yerlan Kasenov", "Dauren Kasenov", "Zhezkent", "Zhezkazgan"} <= set(canon)
    assert len(canon["Zhezkazgan"]["forms"]) >= 12


def test_bad_inputs_exist():
    names = {p.name for p in BAD.iterdir()}
    assert {"empty.txt", "binary.png", "truncated_feed.atom", "billion_laughs.xml", "xxe.rss",
            "invalid_utf8.txt", "broken_line.jsonl", "xss.html"} <= names
    assert (BAD / "empty.txt").stat().st_size == 0


def test_bench_generator_is_deterministic_and_parseable(tmp_path):
    spec = importlib.util.spec_from_file_location("make_corpus", REPO / "bench" / "make_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    a, b = tmp_path / "a", tmp_path / "b"
    wa = mod.generate(a, 0.3, seed=7)
    mod.generate(b, 0.3, seed=7)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
    assert wa.bytes >= 300_000 and {f.parts[0] for f in files} >= {"txt", "html", "md"}
    for f in files:
        data = (a / f).read_bytes()
        if f.suffix == ".atom":
            ET.fromstring(data)
        elif f.suffix == ".jsonl":
            assert all(json.loads(line)["text"] for line in data.decode("utf-8").splitlines())
    texts = [(a / f).read_bytes() for f in files if f.suffix == ".txt"]
    assert len(set(texts)) == len(texts)  # varied, not copies
