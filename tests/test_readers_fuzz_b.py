"""Property tests for the wikitext, feed and MediaWiki XML readers: random and truncated input gives
Documents or a clean `InputError`, never another exception; every span lies within the text, and a
citation's span is its rendered references line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rashomon.document import Document
from rashomon.errors import InputError
from rashomon.readers import RawInput, feeds, mwxml, wikitext

DATA = Path(__file__).parent / "data" / "readers"
SEED_WIKI = (DATA / "article.wiki").read_text(encoding="utf-8")
FEED = (DATA / "mw_contribs.atom").read_bytes()
DUMP = (DATA / "dump_small.xml").read_bytes()

# pieces of wikitext markup, glued at random: the parser's hard cases come from their combinations
TOKENS = ["{{", "}}", "[[", "]]", "|", "=", "==", "\n", "'''", "''", "<ref>", "</ref>", "<ref name=a/>",
          "<ref name=a>", "{{cite web|title=T|url=http://x|date=1 May 2020}}", "{{Infobox x|a=", "[[File:x.jpg|thumb|",
          "{|", "|-", "|}", "!", "* ", "# ", ":", "<br>", "&nbsp;", "&amp;", "<!--", "-->", "[http://e.org ",
          "]", "Текст ", "word. ", "12 ", "{{convert|5|km}}", "[[Category:X]]", "<table>", "<td>", "<div>",
          "</div>", "{{{1}}}", "__NOTOC__", "<references/>", "{{reflist}}", "== References ==\n"]

wikitexts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(TOKENS), max_size=60).map("".join),
    st.integers(0, len(SEED_WIKI)).map(lambda n: SEED_WIKI[:n]),
)


def check_spans(doc: Document | wikitext.Converted) -> None:
    n = len(doc.text)

    def ok(span):
        assert span is None or 0 <= span[0] <= span[1] <= n, (span, n)

    for s in doc.sections:
        ok(s.span)
        ok(s.body)
    for link in doc.links:
        ok(link.span)
    for a in getattr(doc, "artefacts", []):
        ok(a.span)
    refs = [s for s in doc.sections if s.title and s.level == 2]
    for c in doc.citations:
        ok(c.anchor)
        ok(c.span)
        if c.span is None or c.anchor is None:
            continue
        # a ref's citation is rendered as one whole line of the final references section
        line = doc.text[c.span[0] : c.span[1]]
        assert refs and c.span[0] > refs[-1].span[0]
        assert doc.text[c.span[0] - 1] == "\n" and (c.span[1] == n or doc.text[c.span[1]] == "\n")
        assert "\n" not in line
        if c.kind == "bare":
            assert line == " ".join(c.fields["text"].split())
        elif c.title and c.title.strip():
            assert line.startswith(" ".join(c.title.split())[:20])
        if c.kind != "bare" and c.publisher and c.publisher.strip():
            assert " ".join(c.publisher.split()) in line


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(wikitexts)
def test_convert_never_crashes_and_spans_fit(text):
    conv = wikitext.convert(text)
    check_spans(conv)
    assert conv.text == conv.text.strip()


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.binary(max_size=400), st.integers(1, len(SEED_WIKI.encode())).map(lambda n: SEED_WIKI.encode()[:n])))
def test_wikitext_read_gives_documents_or_input_errors(data):
    try:
        for doc in wikitext.read(RawInput(path="x.wiki", _data=data)):
            check_spans(doc)
    except InputError:
        pass


def _truncations(blob: bytes):
    return st.one_of(st.integers(1, len(blob)).map(lambda n: blob[:n]),
                     st.tuples(st.integers(0, len(blob)), st.binary(max_size=40)).map(lambda t: blob[: t[0]] + t[1] + blob[t[0]:]))


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.binary(max_size=300), _truncations(FEED)))
def test_feed_read_gives_documents_or_input_errors(data):
    try:
        for doc in feeds.read(RawInput(path="f.atom", _data=data)):
            check_spans(doc)
    except InputError:
        pass


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.binary(max_size=300), _truncations(DUMP)))
def test_mwxml_read_gives_documents_or_input_errors(data):
    try:
        for doc in mwxml.read(RawInput(path="d.xml", _data=data)):
            check_spans(doc)
    except InputError:
        pass


@pytest.mark.parametrize("n", [10, 100, 1000, 5000])
def test_every_citation_span_is_its_line(n):
    conv = wikitext.convert(SEED_WIKI[:n] + "\n")
    check_spans(conv)
