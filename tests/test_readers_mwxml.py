"""MediaWiki XML dumps: streamed pages, latest or all revisions, redirects skipped, unsafe XML refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.errors import InputError
from rashomon.readers import RawInput, mwxml, read_inputs

DATA = Path(__file__).parent / "data" / "readers"
DUMP = DATA / "dump_small.xml"


def raw_of(path: Path, name: str | None = None) -> RawInput:
    return RawInput(path=name or path.name, fs_path=path)


def test_pages_latest_revision():
    docs = list(mwxml.read(raw_of(DUMP)))
    assert [d.id for d in docs] == ["dump_small.xml#101", "dump_small.xml#104"]  # redirect and template skipped
    dam, ru = docs
    assert dam.title == "Dam collapse at Verkhnyaya"
    assert dam.url == "https://test.example.org/wiki/Dam_collapse_at_Verkhnyaya"
    assert (dam.updated, dam.date_source, dam.author) == ("2024-03-02T08:30:00Z", "mediawiki:revision/timestamp", "Bob")
    assert dam.metadata["revision_id"] == "1002" and dam.metadata["page_id"] == "101"
    assert dam.metadata["revision_comment"] == "update figures"
    assert dam.publisher == "Testwiki" and dam.format == "mediawiki-xml"
    assert dam.text.startswith("name: Verkhnyaya dam collapse\ndeaths: 12\n\nThe dam collapsed on 1 March 2024.")
    assert dam.metadata["infobox"]["deaths"] == "12"
    assert [c.title for c in dam.citations] == ["Twelve dead after dam bursts", "Dam fails"]
    assert dam.metadata["categories"] == ["Disasters"]
    assert [s.title for s in dam.sections] == ["Infobox", "Aftermath", "References"]
    assert ru.author == "Борис" and ru.metadata["interwiki"] == ["en:Dam collapse at Verkhnyaya"]
    (c,) = ru.citations
    assert (c.title, c.publisher, c.date, c.url) == ("Плотина прорвана", "Речные вести", "2024-03-02", "http://example.org/ru")
    assert dam.sha256 == ru.sha256 and dam.entry_sha256 != ru.entry_sha256


def test_all_revisions_for_the_watch_feature():
    docs = list(mwxml.page_documents(raw_of(DUMP), revisions="all"))
    assert [d.id for d in docs] == ["dump_small.xml#101@1001", "dump_small.xml#101@1002", "dump_small.xml#104@1005"]
    assert docs[0].text == "The dam collapsed. Two people died." and docs[0].author == "Alice"


def test_namespace_agnostic_export_010(tmp_path):
    p = tmp_path / "old.xml"
    p.write_text(DUMP.read_text(encoding="utf-8").replace("export-0.11", "export-0.10"), encoding="utf-8")
    assert len(list(mwxml.read(raw_of(p)))) == 2
    p.write_text(DUMP.read_text(encoding="utf-8").replace(' xmlns="http://www.mediawiki.org/xml/export-0.11/"', ""),
                 encoding="utf-8")
    assert len(list(mwxml.read(raw_of(p)))) == 2


def test_truncated_dump_yields_pages_then_e105(tmp_path):
    text = DUMP.read_text(encoding="utf-8")
    cut = text.index("<title>Прорыв дамбы</title>") + 30
    p = tmp_path / "cut.xml"
    p.write_text(text[:cut], encoding="utf-8")
    got, err = [], None
    try:
        for d in mwxml.read(raw_of(p)):
            got.append(d.id)
    except InputError as e:
        err = e
    assert got == ["cut.xml#101"]
    assert err is not None and err.code == "E105" and "line" in err.detail


def test_truncated_dump_through_read_inputs(tmp_path):
    p = tmp_path / "cut.xml"
    p.write_bytes(DUMP.read_bytes()[:3000])
    out = list(read_inputs([str(p)]))
    assert [getattr(x, "code", "doc") for x in out] == ["doc", "E105"]


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE mediawiki [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
]>
<mediawiki><page><title>x</title><ns>0</ns><id>1</id><revision><id>1</id>
<text>&e;&e;&e;&e;&e;&e;&e;&e;</text></revision></page></mediawiki>
"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE mediawiki [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<mediawiki><page><title>x</title><ns>0</ns><id>1</id><revision><id>1</id>
<text>Leak: &xxe;</text></revision></page></mediawiki>
"""


@pytest.mark.parametrize("payload", [BOMB, XXE], ids=["billion-laughs", "xxe-file"])
def test_entity_declarations_are_refused(tmp_path, payload):
    p = tmp_path / "evil.xml"
    p.write_bytes(payload)
    with pytest.raises(InputError) as e:
        list(mwxml.read(raw_of(p)))
    assert e.value.code == "E108"


def test_parser_expands_nothing_even_past_the_prolog_check(tmp_path, monkeypatch):
    """Defence in depth: with the prolog check disabled, the parser still resolves no entity."""
    monkeypatch.setattr(mwxml, "check_prolog", lambda head, path: None)
    p = tmp_path / "evil.xml"
    p.write_bytes(XXE)
    try:
        docs = list(mwxml.read(raw_of(p)))
    except InputError:
        return
    assert all("root:" not in d.text for d in docs)
