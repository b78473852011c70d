"""JSON files (one value, not one per line) and the field names other exports use for an article's parts."""

from __future__ import annotations

import json

import pytest

from rashomon.errors import InputError
from rashomon.readers import RawInput, read_inputs
from rashomon.readers.jsondoc import articles
from rashomon.readers.sniff import sniff

ARTICLE = {"id": "a1", "title": "Blast at the depot", "text": "Four people were killed, police said.",
           "published": "2021-03-04", "source": "Herald", "url": "https://example.org/a1"}
OTHER = {"headline": "Взрыв на складе", "content": "Погибли 6 человек, сообщила полиция.", "pubDate": "2021-03-05"}


def _read(tmp_path, name: str, data: bytes | str) -> tuple[list, list]:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    docs, errors = [], []
    for x in read_inputs([str(p)]):
        (errors if isinstance(x, InputError) else docs).append(x)
    return docs, errors


@pytest.mark.parametrize(("name", "value"), [
    ("array.json", [ARTICLE, OTHER]),
    ("wrapped.json", {"status": "ok", "articles": [ARTICLE, OTHER]}),
    ("nested.json", {"response": {"data": {"items": [ARTICLE, OTHER]}}}),
    ("search.json", {"took": 3, "hits": {"total": 2, "hits": [{"_id": "1", "_source": ARTICLE},
                                                                {"_id": "2", "_source": OTHER}]}}),
    ("unnamed.json", {"meta": {"n": 2}, "stuff": [ARTICLE, OTHER]}),
    ("array.txt", [ARTICLE, OTHER]),  # content decides when the extension does not
])
def test_a_json_file_of_articles_gives_one_document_each(tmp_path, name, value):
    docs, errors = _read(tmp_path, name, json.dumps(value, ensure_ascii=False, indent=1))
    assert errors == []
    assert [d.text for d in docs] == ["Blast at the depot\n\nFour people were killed, police said.",
                                      "Взрыв на складе\n\nПогибли 6 человек, сообщила полиция."]
    assert docs[0].id == f"{tmp_path / name}#a1" and docs[1].id == f"{tmp_path / name}#2"
    assert docs[0].format == "json" and docs[0].publisher == "Herald" and docs[0].published == "2021-03-04"
    assert docs[1].published == "2021-03-05" and docs[1].title == "Взрыв на складе"


def test_a_json_array_and_the_same_rows_as_json_lines_give_the_same_documents(tmp_path):
    as_json, _ = _read(tmp_path, "a.json", json.dumps([ARTICLE, OTHER], ensure_ascii=False))
    as_lines, _ = _read(tmp_path, "a.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in (ARTICLE, OTHER)))
    for a, b in zip(as_json, as_lines, strict=True):
        assert (a.text, a.title, a.published, a.publisher, a.url) == (b.text, b.title, b.published, b.publisher, b.url)


def test_one_article_object_pretty_printed_is_one_document(tmp_path):
    docs, errors = _read(tmp_path, "one.json", json.dumps(OTHER, ensure_ascii=False, indent=2))
    assert errors == [] and len(docs) == 1 and docs[0].text.endswith("сообщила полиция.")


@pytest.mark.parametrize(("fields", "text", "meta"), [
    ({"body": "B."}, "B.", {}),
    ({"article": "A.", "summary": "S."}, "A.", {"summary": "S."}),
    ({"maintext": "M.", "date_publish": "2021-06-03 10:00:00", "authors": ["A B", "C D"],
      "source_domain": "example.com", "language": "en"}, "M.", {"lang_declared": "en"}),
    ({"text": "", "content": "C."}, "C.", {}),  # an empty field does not win
    ({"text": "T.", "description": "D."}, "T.", {"description": "D."}),  # text first; the rest kept as metadata
])
def test_json_lines_read_the_field_names_other_exports_use(tmp_path, fields, text, meta):
    docs, errors = _read(tmp_path, "x.jsonl", json.dumps(fields))
    assert errors == [] and docs[0].text == text
    for k, v in meta.items():
        assert docs[0].metadata[k] == v
    if "authors" in fields:
        assert docs[0].author == "A B, C D" and docs[0].publisher == "example.com"
        assert docs[0].published == "2021-06-03T10:00:00"
        assert "authors" not in docs[0].metadata and "source_domain" not in docs[0].metadata


@pytest.mark.parametrize(("data", "reason"), [
    ('[{"text": "a"}, {"text": ', "E114"),  # cut off
    ('{"status": "ok", "count": 0}', "E109"),  # no list of articles
    ('[{"text": "Fine."}, {"id": 3}]', "E114"),  # one item without text: named, the others read
    ("[" * 100_000, "E114"),  # hostile nesting
])
def test_bad_json_is_a_clear_error_naming_the_file(tmp_path, data, reason):
    docs, errors = _read(tmp_path, "bad.json", data)
    assert [e.code for e in errors] == [reason] and errors[0].path.endswith("bad.json")
    if "Fine." in data:
        assert [d.text for d in docs] == ["Fine."] and "item 2" in errors[0].detail


def test_a_large_json_file_is_sniffed_by_its_extension(tmp_path):
    rows = [{"id": f"r{i}", "text": f"Report {i}: " + "word " * 200} for i in range(200)]
    p = tmp_path / "big.json"
    p.write_text(json.dumps(rows))
    assert sniff(RawInput(path=str(p), fs_path=p)) == "json"
    lines = tmp_path / "lines.json"
    lines.write_text("\n".join(json.dumps(r) for r in rows))
    assert sniff(RawInput(path=str(lines), fs_path=lines)) == "jsonl"


@pytest.mark.parametrize("text", ["[Update] Four people were killed.", "{not json} at all", "[1, 2, 3]"])
def test_text_that_only_starts_like_json_is_not_an_article_list(tmp_path, text):
    docs, errors = _read(tmp_path, "note.txt", text)
    if text == "[1, 2, 3]":
        assert [e.code for e in errors] == ["E109"]
    else:
        assert errors == [] and docs[0].text == text


def test_articles_finds_the_list_and_nothing_else():
    assert articles([ARTICLE]) == [ARTICLE]
    assert articles({"a": {"b": {"c": {"d": {"items": [ARTICLE]}}}}}) is None  # deeper than MAX_DEPTH
    assert articles([ARTICLE, "x"]) is None
    assert articles({"x": 1}) is None
