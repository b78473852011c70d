"""Property tests: random and truncated input into decode, sniff, the readers, segmentation, langid.

Only documents or a clean `InputError` may come out, never another exception; every span lies inside
the text it points into.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rashomon.document import Document
from rashomon.encoding import decode
from rashomon.errors import InputError
from rashomon.readers import RawInput
from rashomon.readers import html as html_reader
from rashomon.readers import jsonl as jsonl_reader
from rashomon.readers import markdown as md_reader
from rashomon.readers import text as text_reader
from rashomon.readers.markdown import convert
from rashomon.readers.sniff import sniff
from rashomon.segment import Segmenter

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SAMPLES = {
    "text": "Заголовок\n\nПогибли 14 человек, встановлена ??на площі. “Quotes” «ёлочки».\n",
    "markdown": "# Заголовок\n\n*Dasha* [Відео](#) **bold** `code`\n- item\n> quote\n| a | b |\n|---|---|\n",
    "html": "<html><head><title>T</title><meta charset='utf-8'></head><body><h1>T</h1><p>Текст <a href='x'>ссылка</a></p>"
            "<script>x()</script><ul><li>один</li></ul></body></html>",
    "jsonl": json.dumps({"id": "a", "title": "Т", "text": "Текст", "date": "2011-12-16"}, ensure_ascii=False) + "\n"
             + json.dumps({"text": "<p>x</p>", "format": "html"}) + "\n",
}
READERS = {"text": text_reader, "markdown": md_reader, "html": html_reader, "jsonl": jsonl_reader}
ENCODINGS = ["utf-8", "utf-16", "cp1251", "koi8_r"]
MARKUP = st.text(alphabet=st.sampled_from(list("ab Жё*_~`[]()!<>#-|&;\\\n=?{}'\"\t\u00ad\ufffd")), max_size=300)


def check_doc(doc: Document) -> None:
    assert isinstance(doc, Document) and isinstance(doc.text, str)
    n = len(doc.text)
    for item in [*doc.links, *doc.sections, *doc.artefacts]:
        if item.span is not None:
            assert 0 <= item.span[0] <= item.span[1] <= n
    for sec in doc.sections:
        assert 0 <= sec.body[0] <= sec.body[1] <= n


def run_reader(fmt: str, data: bytes) -> None:
    try:
        for doc in READERS[fmt].read(RawInput(path=f"x.{fmt}", _data=data)):
            check_doc(doc)
    except InputError as e:
        assert e.code.startswith("E1")


@pytest.mark.parametrize("fmt", sorted(READERS))
@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes(fmt, data):
    run_reader(fmt, data)


@pytest.mark.parametrize("fmt", sorted(READERS))
@SETTINGS
@given(cut=st.integers(min_value=0, max_value=400), encoding=st.sampled_from(ENCODINGS))
def test_truncated(fmt, cut, encoding):
    data = SAMPLES[fmt].encode(encoding, errors="replace")
    run_reader(fmt, data[:cut])
    run_reader(fmt, data[cut:])


@SETTINGS
@given(data=st.binary(max_size=400))
def test_decode_and_sniff(data):
    try:
        d = decode(data, "x")
        for a in d.artefacts:
            assert a.span is None or 0 <= a.span[0] < a.span[1] <= len(d.text)
    except InputError as e:
        assert e.code in ("E102", "E104")
    assert sniff(RawInput(path="x", _data=data)) in ("text", "markdown", "html", "wikitext", "feed", "mediawiki-xml", "jsonl")


@SETTINGS
@given(src=MARKUP)
def test_markdown_convert_spans(src):
    conv = convert(src)
    for ln in conv.links:
        assert 0 <= ln.span[0] < ln.span[1] <= len(conv.text)
        assert not conv.text[ln.span[0]].isspace()
    for s in conv.sections:
        assert conv.text[s.span[0] : s.span[1]] == s.title


@SETTINGS
@given(text=st.text(max_size=300))
def test_segmentation_spans(text):
    doc = Document(id="d", path="d", text=text)
    Segmenter()(doc)
    prev = 0
    for s in doc.sentences:
        assert prev <= s.span[0] < s.span[1] <= len(text)
        assert not text[s.span[0]].isspace() and not text[s.span[1] - 1].isspace()
        prev = s.span[1]


def test_markdown_is_linear_on_hostile_input():
    import time

    for src in ("[" * 20000 + "]", "`" * 5000 + " x " + "``" * 3000, "*a " * 20000, "[a](" * 10000, "![" * 10000):
        t = time.perf_counter()
        convert(src)
        assert time.perf_counter() - t < 20.0, src[:10]  # a hang, not a speed target (see bench/)
