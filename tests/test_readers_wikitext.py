"""Wikitext -> plain text with exact offsets: markup table, sections, infobox, citations, seed 000."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.errors import InputError
from rashomon.readers import RawInput, read_inputs, wikitext
from rashomon.readers._wikicite import normalize_date
from rashomon.readers.wikitext import convert

DATA = Path(__file__).parent / "data" / "readers"
DEBRIS = ("{{", "}}", "[[", "]]", "thumb|", "px|", "Category:", "<ref", "&lt;", "&nbsp;", "'''", "|")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("[[Riverside|the town]] burned", "the town burned"),  # piped link: its label
        ("[[Riverside]]'s mayor", "Riverside's mayor"),  # plain link: its title
        ("[[riot]]s spread", "riots spread"),  # link trail
        ("see [http://example.org the report] now", "see the report now"),  # external link label
        ("see [http://example.org] now", "see now"),  # numbered external link: nothing
        ("'''bold''' and ''italic''", "bold and italic"),
        ("one<br>two<br />three", "one\ntwo\nthree"),
        ("* first\n* second\n# third\n: fourth", "first\nsecond\nthird\nfourth"),
        ("a <!-- hidden --> b", "a b"),
        ("150&nbsp;km &amp; more &lt;x&gt;", "150 km & more <x>"),
        ("<span style='x'>kept</span> <small>text</small>", "kept text"),
        ("{{lang|ru|Жанаозен}} town", "Жанаозен town"),
        ("{{nowrap|40+ injured}}", "40+ injured"),
        ("about {{convert|150|km|mi}} away", "about 150 km away"),
        ("{{convert|5|-|10|km}}", "5–10 km"),
        ("{{flagicon|Freedonia}} Freedonia", "Freedonia"),
        ("{{start date|2021|5|3}}", "2021-05-03"),
        ("{{citation needed}}Text.{{Navbox big|a|b}}", "Text."),
        ("{{Reflist}}", ""),
        ("{{#if: x | y }}done", "done"),
        ("__NOTOC__Body", "Body"),
        ("[[Category:Riots]]Body", "Body"),
        ("Body\n[[de:Zusammenstoß]]", "Body"),
        ("[[:Category:Riots|riot pages]]", "riot pages"),  # a link TO a category is text
        ("[[File:Flag.svg|20px]] Freedonia", "Freedonia"),  # inline icon: nothing
        ("<nowiki>[[not a link]]</nowiki>", "[[not a link]]"),
        ("<math>x^2</math>formula", "formula"),
        ("a\n\n\n\nb", "a\n\nb"),  # blank lines collapse to one
        ("  lead   spaces ", "lead spaces"),
    ],
)
def test_markup_to_text(source, expected):
    assert convert(source).text == expected


def test_nowiki_keeps_markup_literally_and_is_the_only_debris():
    assert "[[" in convert("<nowiki>[[x]]</nowiki>").text


@pytest.fixture(scope="module")
def article():
    return convert((DATA / "article.wiki").read_text(encoding="utf-8"))


def test_article_has_no_markup_debris(article):
    for bad in DEBRIS:
        assert bad not in article.text, bad


def test_infobox_lines_metadata_and_section(article):
    box = article.metadata["infobox"]
    assert box == {
        "title": "Riverside rally clash",
        "date": "3–4 May 2021",
        "place": "Riverside, Freedonia",
        "casualties1": "7 killed",
        "casualties2": "40+ injured",
    }
    assert article.text.startswith("title: Riverside rally clash\ndate: 3–4 May 2021\n")
    assert "image" not in article.text.split("\n\n")[0]  # picture fields are left out
    sec = article.sections[0]
    assert (sec.title, sec.level, sec.span) == ("Infobox", 2, (0, 0))
    assert article.text[sec.body[0] : sec.body[1]].endswith("casualties2: 40+ injured")


def test_sections_and_bodies(article):
    titles = [(s.title, s.level) for s in article.sections]
    assert titles == [("Infobox", 2), ("Background", 2), ("3 May", 3), ("References", 2)]
    for s in article.sections[1:]:
        assert article.text[s.span[0] : s.span[1]] == s.title
    background, may3, refs = article.sections[1:]
    assert background.body == (background.span[0], refs.span[0])  # runs over its subsection
    assert may3.body[1] == refs.span[0]
    assert refs.body[1] == len(article.text)
    assert article.text.count("References") == 1  # the page's own heading merged into ours


def test_citations_one_per_defining_ref_with_fields(article):
    cites = article.citations
    assert len(cites) == 4  # 4 refs define content; <ref name=org/> and <ref name="gov"/> re-use
    first = cites[0]
    assert (first.kind, first.title, first.publisher, first.date, first.access_date) == (
        "cite news", "Seven dead in Riverside clash", "Example Press", "2021-05-04", "2021-05-05")
    assert first.fields["url"] == "http://example.org/news/7-dead"
    gov = cites[1]
    assert gov.publisher == "Ministry of Interior"  # wikilinks stripped
    assert gov.name == "gov"
    org = cites[2]
    assert (org.author, org.publisher, org.date) == ("Jane Doe", "The Riverside Herald", "2021-05-05")
    bare = cites[3]
    assert (bare.kind, bare.url, bare.title, bare.date) == ("bare", "http://example.org/blog", "Eyewitness blog", "2021-05-03")


def test_citation_anchors_and_rendered_lines(article):
    text = article.text
    quote = [text[c.anchor[0] : c.anchor[1]] for c in article.citations]
    assert quote[0] == "casualties1: 7 killed"  # a ref in an infobox field: the field's line
    assert quote[1] == "Police said 5 people were killed,"
    assert quote[2] == "Police said 5 people were killed, while organisers counted 12 dead."
    assert quote[3] == "The march covered 3 km."
    lines = [text[c.span[0] : c.span[1]] for c in article.citations]
    assert lines == [
        "Seven dead in Riverside clash. Example Press, 4 May 2021.",
        "Statement on the events of 3 May. Ministry of Interior, 2021-05-04.",
        "Organisers: 12 dead. The Riverside Herald, May 5, 2021.",
        "Eyewitness blog, 3 May 2021.",
    ]
    refs = article.sections[-1]
    assert all(refs.body[0] < c.span[0] for c in article.citations)


def test_named_reuses_are_recorded(article):
    reuses = article.metadata["citation_reuses"]
    assert [(r["citation"], r["name"]) for r in reuses] == [(2, "org"), (1, "gov")]
    s, e = reuses[0]["anchor"]
    assert article.text[s:e] == "Workers had been on strike since March."


def test_list_defined_reference_takes_its_first_use_as_anchor():
    conv = convert("First claim.<ref name=a/> Second claim.<ref name=a/>\n== Notes ==\n"
                   "<references><ref name=a>{{cite web|title=T|url=http://x}}</ref></references>")
    (c,) = conv.citations
    assert conv.text[c.anchor[0] : c.anchor[1]] == "First claim."
    (reuse,) = conv.metadata["citation_reuses"]
    assert conv.text[reuse["anchor"][0] : reuse["anchor"][1]] == "Second claim."
    assert conv.text.endswith("Notes\nT.")  # the page's own heading titles the list


def test_links_caption_categories_interwiki(article):
    links = {(article.text[x.span[0] : x.span[1]], x.target) for x in article.links}
    assert ("strike", "strike action") in links
    assert ("report", "http://example.org/report") in links
    (cap,) = article.metadata["captions"]
    assert article.text[cap[0] : cap[1]] == "The square where about 3,000 people gathered."
    assert article.metadata["categories"] == ["2021 protests", "Riverside"]
    assert article.metadata["interwiki"] == ["de:Riverside-Zusammenstoß"]


def test_table_cells_with_headers(article):
    assert "Source: Police; Killed: 5; Injured: 30\nSource: Organisers; Killed: 12; Injured: 45" in article.text


def test_russian_cite_parameters():
    conv = convert("Погибли 10 человек.<ref>{{cite web |ссылка=http://e.ru/a |заглавие=Десять погибших "
                   "|издание=Вести |дата=16 декабря 2011 |дата доступа=17 декабря 2011}}</ref>")
    (c,) = conv.citations
    assert (c.url, c.title, c.publisher, c.date, c.access_date) == (
        "http://e.ru/a", "Десять погибших", "Вести", "2011-12-16", "2011-12-17")
    assert conv.text.endswith("References\nДесять погибших. Вести, 16 декабря 2011.")


def test_cite_template_outside_ref_is_rendered_in_place():
    conv = convert("== Further reading ==\n* {{cite book |title=The Long Strike |publisher=Press |year=2015}}")
    (c,) = conv.citations
    assert conv.text[c.span[0] : c.span[1]] == "The Long Strike. Press, 2015."
    assert c.anchor is None and c.date == "2015"


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("16 December 2011", "2011-12-16"),
        ("December 16, 2011", "2011-12-16"),
        ("2011-12-16", "2011-12-16"),
        ("July 21, 2013", "2013-07-21"),
        ("16 декабря 2011", "2011-12-16"),
        ("16 декабря 2011 года", "2011-12-16"),
        ("16 грудня 2011", "2011-12-16"),
        ("16 желтоқсан 2011", "2011-12-16"),
        ("16.12.2011", "2011-12-16"),
        ("12/16/2011", "2011-12-16"),  # US order when the day cannot be a month
        ("Dec 2011", "2011-12"),
        ("2011", "2011"),
        ("2011-12-16T10:00:00Z", "2011-12-16"),
        ("sometime", None),
        ("31 Smarch 2011", "2011"),  # unknown month: the year survives
        ("", None),
    ],
)
def test_normalize_date(raw, iso):
    assert normalize_date(raw) == iso


def test_headline_detection_only_when_asked():
    src = "Dam bursts near Riverside\nThe dam burst on Monday.\n==Aftermath==\nRescue."
    conv = convert(src, detect_title=True)
    assert conv.metadata["title"] == "Dam bursts near Riverside"
    assert conv.sections[0].level == 1 and conv.sections[0].body == (0, len(conv.text))
    assert "title" not in convert(src).metadata
    assert "title" not in convert("The dam burst on Monday.\nMore.", detect_title=True).metadata


@pytest.mark.parametrize("source", ["{{a|[[b|" * 500, "<div>" * 300 + "text", "{{" * 400 + "}}" * 400,
                                    "<ref>{{cite web|title=x</ref>}}" * 200])
def test_pathological_markup_falls_back_to_stripping(source):
    conv = convert(source)
    assert conv.metadata.get("degraded")
    for bad in ("{{", "[[", "<div>"):
        assert bad not in conv.text


def test_read_file_gives_one_document(tmp_path):
    p = tmp_path / "dam.wiki"
    p.write_bytes((DATA / "article.wiki").read_bytes())
    (doc,) = wikitext.read(RawInput(path="dam.wiki", fs_path=p))
    assert doc.id == "dam.wiki" and doc.format == "wikitext" and doc.sha256
    assert doc.metadata["infobox"]["date"] == "3–4 May 2021"
    assert len(doc.citations) == 4


def test_read_legacy_encoding():
    data = "Дамбу прорвало\nПогибли '''10''' человек в [[Город|городе]].\n==Итоги==\nТекст.".encode("cp1251")
    (doc,) = wikitext.read(RawInput(path="x.wiki", _data=data))
    assert doc.title == "Дамбу прорвало"
    assert "Погибли 10 человек в городе." in doc.text


def test_read_empty_rendering_is_an_input_error():
    with pytest.raises(InputError) as e:
        list(wikitext.read(RawInput(path="x.wiki", _data=b"{{Navbox|a}}\n[[Category:X]]")))
    assert e.value.code == "E109"


@pytest.mark.seeds
def test_seed_000_russian_wikitext(seeds_dir):
    path = seeds_dir / "000_a1499bec70a558ab.txt"
    (doc,) = wikitext.read(RawInput(path=path.name, fs_path=path))
    assert doc.title == "В Казахстане забастовка нефтяников переросла в масштабные беспорядки"
    secs = [(s.title, s.level) for s in doc.sections]
    assert ("Хронология событий", 2) in secs
    assert ("16 декабря", 3) in secs and ("17 декабря", 3) in secs
    for s in doc.sections:
        assert doc.text[s.span[0] : s.span[1]] == s.title
    dec16 = next(s for s in doc.sections if s.title == "16 декабря")
    assert "Более 500 раненых" in doc.text[dec16.body[0] : dec16.body[1]]
    assert "70 погибших" not in doc.text[dec16.body[0] : dec16.body[1]]
    for bad in ("==", "{{", "[["):
        assert bad not in doc.text


@pytest.mark.seeds
def test_seed_000_through_read_inputs(seeds_dir):
    docs = [d for d in read_inputs([str(seeds_dir / "000_a1499bec70a558ab.txt")])]
    assert len(docs) == 1 and not isinstance(docs[0], InputError)
    assert docs[0].format == "wikitext"


def test_many_named_reuses_are_not_pathological():
    conv = convert("Claim.<ref name=a>{{cite web|title=T}}</ref>" + " More.<ref name=a/>" * 200)
    assert not conv.metadata.get("degraded")
    assert len(conv.citations) == 1 and len(conv.metadata["citation_reuses"]) == 200


def test_lost_characters_are_recorded_on_the_rendered_text():
    data = "Заголовок статьи\nВ городе ??огибли '''10''' человек.\n==Итоги==\nТекст.".encode()
    (doc,) = wikitext.read(RawInput(path="x.wiki", _data=data))
    lost = [a for a in doc.artefacts if a.kind == "lost_characters"]
    assert lost and doc.text[lost[0].span[0] : lost[0].span[1]] == "??"


def test_wikinews_sources_and_wikipedia_links():
    src = ("{{date|May 4, 2021}}\nA {{w|Riverside (Freedonia)|Riverside}} dam failed.\n\n== Sources ==\n"
           "* {{source|url=http://e.org/x|title=Dam fails|author=J. Doe|pub=Example News|date=May 4, 2021}}\n")
    conv = convert(src)
    assert conv.text.startswith("May 4, 2021\nA Riverside dam failed.")
    assert conv.metadata["date_template"] == "May 4, 2021"
    (c,) = conv.citations
    assert (c.kind, c.publisher, c.author, c.date) == ("source", "Example News", "J. Doe", "2021-05-04")
    assert conv.text.endswith("Sources\n\nDam fails. Example News, May 4, 2021.")


def test_unlisted_template_opening_the_page_with_field_lines_is_an_infobox():
    src = ("{{Вооружённый конфликт\n| конфликт = Столкновение в Речном\n| дата = 3—4 мая 2021\n"
           "| место = [[Речной]]\n| потери1 = 7 погибших\n}}\n'''Столкновение''' произошло 3 мая.\n"
           "{{Use dmy dates|date=May 2021}}\n== Ход ==\nТекст.")
    conv = convert(src)
    assert conv.metadata["infobox"]["потери1"] == "7 погибших"
    assert conv.text.startswith("конфликт: Столкновение в Речном\nдата: 3—4 мая 2021\nместо: Речной\n")
    assert conv.sections[0].title == "Infobox"
    # a one-line template with named parameters is no infobox
    assert "infobox" not in convert("{{Use dmy dates|date=May 2021|cs1-dates=y|x=1}}\nText.").metadata
