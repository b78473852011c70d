"""Readers of this package: sniffing, plain text, Markdown, HTML, JSON Lines (and the seeds)."""

from __future__ import annotations

import json

import pytest

from rashomon.errors import InputError
from rashomon.readers import RawInput, read_inputs
from rashomon.readers import html as html_reader
from rashomon.readers import jsonl as jsonl_reader
from rashomon.readers import markdown as md_reader
from rashomon.readers import text as text_reader
from rashomon.readers.markdown import convert
from rashomon.readers.sniff import sniff


def raw(path: str, data: str | bytes) -> RawInput:
    return RawInput(path=path, _data=data.encode() if isinstance(data, str) else data)


def check_spans(doc) -> None:
    for item in [*doc.links, *doc.sections, *[a for a in doc.artefacts if a.span]]:
        s, e = item.span
        assert 0 <= s < e <= len(doc.text)


# -- sniffing ---------------------------------------------------------------------------------------

SNIFF = [
    ("a.md", "plain", "markdown"),  # extension wins
    ("a.htm", "plain", "html"),
    ("a.jsonl", "plain", "jsonl"),
    ("a.wiki", "plain", "wikitext"),
    ("a.rss", "plain", "feed"),
    ("a.txt", "Просто текст.\nВторая строка.", "text"),
    ("a.txt", "Заголовок\n==Раздел==\nтекст\n===Подраздел===\nещё", "wikitext"),
    ("a.txt", "Текст [[Жанаозен|города]] и {{cite news|url=x}}", "wikitext"),
    ("a.txt", "Текст с [ссылкой](http://x) и *курсивом*.", "markdown"),
    ("a.txt", "# Заголовок\n\nтекст", "markdown"),
    ("a.txt", "<!DOCTYPE html><html><body>x</body></html>", "html"),
    ("a.xml", '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
    ("a.xml", '<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "feed"),
    ("a.xml", '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/"><page/></mediawiki>', "mediawiki-xml"),
    ("a.xml", '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', "html"),
    ("data", '{"text": "a"}\n{"text": "b"}\n', "jsonl"),
    ("-", "Plain words, no markup at all - 2 * 3 = 6.", "text"),
]


@pytest.mark.parametrize(("path", "content", "fmt"), SNIFF)
def test_sniff(path, content, fmt):
    assert sniff(raw(path, content)) == fmt


def test_sniff_utf16_wikitext():
    data = "==Раздел==\nтекст\n==Другой==\n".encode("utf-16")
    assert sniff(raw("a.txt", data)) == "wikitext"


# -- plain text --------------------------------------------------------------------------------------


def test_text_title_and_section():
    doc = next(text_reader.read(raw("a.txt", "\n\nСтолкновения в городе\n\nПогибли 14 человек.\r\n")))
    assert doc.text == "Столкновения в городе\n\nПогибли 14 человек."
    assert doc.title == "Столкновения в городе"
    assert [(s.level, s.span, s.body) for s in doc.sections] == [(1, (0, 21), (0, len(doc.text)))]
    assert doc.id == "a.txt" and doc.sha256 and doc.encoding == "utf-8"


@pytest.mark.parametrize("first", ["Погибли 14 человек, ранены 86.", "x" * 300])
def test_text_no_title_for_prose(first):
    assert next(text_reader.read(raw("a.txt", first + "\nдальше"))).title is None


def test_text_artefact_offsets_after_trim():
    doc = next(text_reader.read(raw("a.txt", "\n\n  юрта ??на площі")))
    (a,) = doc.artefacts
    assert doc.text[a.span[0] : a.span[1]] == "??"


# -- markdown ----------------------------------------------------------------------------------------

MARKDOWN = [
    # (source, text, [(link text, target)])
    ("Some *emph* and **bold** and ~~gone~~.", "Some emph and bold and gone.", []),
    ("[Відео сутичок](#) .", "Відео сутичок .", [("Відео сутичок", "#")]),
    ("*Dasha Bakay*, [NewsMarket](#)", "Dasha Bakay, NewsMarket", [("NewsMarket", "#")]),
    ("![alt text](img.png) after", "alt text after", []),
    ("- one\n- two [x](http://y \"t\")", "one\ntwo x", [("x", "http://y")]),
    ("1. first\n2) second", "first\nsecond", []),
    ("> quoted **text**", "quoted text", []),
    ("`code *not em*` and 2 * 3 * 4", "code *not em* and 2 * 3 * 4", []),
    ("snake_case_name stays", "snake_case_name stays", []),
    ("[ref][r] and [r]\n\n[r]: http://ref.example/", "ref and r", [("ref", "http://ref.example/"), ("r", "http://ref.example/")]),
    ("<https://auto.example/x> &amp; <b>tag</b>", "https://auto.example/x & tag", [("https://auto.example/x", "https://auto.example/x")]),
    ("a<!-- hidden\ncomment -->b", "ab", []),
    ("```\n# not a heading\n```", "# not a heading", []),
    ("| a | b |\n|---|---|\n| 1 | 2 |", "a\tb\n1\t2", []),
    ("[W](https://en.wikipedia.org/wiki/A_(b)) x", "W x", [("W", "https://en.wikipedia.org/wiki/A_(b)")]),
    ("[not a link] and \\*escaped\\*", "[not a link] and *escaped*", []),
    ("text[^1] more", "text more", []),
]


@pytest.mark.parametrize(("source", "text", "links"), MARKDOWN)
def test_markdown_convert(source, text, links):
    conv = convert(source)
    assert conv.text == text
    assert [(conv.text[ln.span[0] : ln.span[1]], ln.target) for ln in conv.links] == links


def test_markdown_headings_are_sections():
    conv = convert("# Title\n\nIntro.\n\n## Part one\ntext\n\nSetext\n------\nmore")
    assert conv.text == "Title\n\nIntro.\n\nPart one\n\ntext\n\nSetext\n\nmore"
    got = [(s.title, s.level, conv.text[s.span[0] : s.span[1]], conv.text[s.body[0] : s.body[1]]) for s in conv.sections]
    assert got[0][:3] == ("Title", 1, "Title") and got[0][3] == conv.text
    assert got[1] == ("Part one", 2, "Part one", "Part one\n\ntext\n\n")
    assert got[2] == ("Setext", 2, "Setext", "Setext\n\nmore")


def test_markdown_reader_title():
    doc = next(md_reader.read(raw("a.md", "# Заголовок\n\nТекст [ссылка](http://x).")))
    assert doc.title == "Заголовок" and doc.format == "markdown"
    check_spans(doc)


# -- html --------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Столкновения – Новости</title>
<meta property="article:published_time" content="2011-12-17T10:00:00+06:00"><meta name="author" content="Иван Петров">
<meta property="og:site_name" content="Новости"><script>var secret = "SCRIPT";</script><style>p{}</style></head>
<body><nav>Меню Главная</nav><article><h1>Столкновения</h1>
<p>По данным <a href="http://gp.example">прокуратуры</a>, погибли 14 человек, ранены 86. Это произошло на площади.</p>
<h2>Реакция</h2><p>Оппозиция заявляет о 70 погибших. В городе введён комендантский час, сообщили источники.</p>
<ul><li>Пункт один о событиях в городе</li><li>Пункт два о событиях</li></ul>
<p>Ещё один абзац текста, который должен быть <b>извлечён</b> полностью и без разметки.</p></article>
<footer>© 2011</footer></body></html>"""


def test_html_reader():
    doc = next(html_reader.read(raw("p.html", PAGE)))
    assert doc.title == "Столкновения" and doc.text.startswith("Столкновения\n\nПо данным прокуратуры, погибли 14")
    assert "SCRIPT" not in doc.text and "<" not in doc.text and "Меню" not in doc.text
    assert doc.published == "2011-12-17T10:00:00+06:00" and doc.date_source == "html:meta[article:published_time]"
    assert doc.author == "Иван Петров" and doc.publisher == "Новости"
    assert [(s.title, s.level) for s in doc.sections] == [("Столкновения", 1), ("Реакция", 2)]
    assert [(doc.text[ln.span[0] : ln.span[1]], ln.target) for ln in doc.links] == [("прокуратуры", "http://gp.example")]
    assert "Пункт один о событиях в городе\nПункт два о событиях" in doc.text
    check_spans(doc)


def test_html_small_page_fallback_and_cp1251():
    page = '<html><head><meta charset="windows-1251"><title>Заголовок</title></head><body><p>Короткий текст.</p></body></html>'
    doc = next(html_reader.read(raw("p.html", page.encode("cp1251"))))
    assert doc.text == "Заголовок\n\nКороткий текст." and doc.title == "Заголовок" and doc.encoding == "cp1251"


def test_html_without_text_is_an_input_error():
    with pytest.raises(InputError) as e:
        next(html_reader.read(raw("p.html", "<html><body><script>x()</script></body></html>")))
    assert e.value.code == "E109"


# -- json lines --------------------------------------------------------------------------------------


def test_jsonl_entries_and_error_after_good_lines(tmp_path):
    lines = [
        {"id": "a1", "title": "Заголовок", "text": "Погибли 14 человек.", "date": "2011-12-17", "source": "Агентство", "lang": "ru", "x": 1},
        "not json",
        {"id": "a1", "text": "duplicate id", "url": "http://x"},
        {"id": "has space", "text": "<p>Hello <a href='http://a'>link</a></p>", "format": "html"},
        {"text": "# Head\n\n*md* [l](u)", "format": "markdown"},
        [1, 2],
    ]
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    out = list(read_inputs([str(path)]))
    docs, errors = out[:-1], out[-1:]
    assert [d.part for d in docs] == ["a1", "3", "4", "5"]
    assert docs[0].id == f"{path}#a1" and docs[0].text == "Заголовок\n\nПогибли 14 человек."
    assert docs[0].published == "2011-12-17" and docs[0].date_source == "jsonl:date" and docs[0].publisher == "Агентство"
    assert docs[0].metadata == {"lang_declared": "ru", "x": 1} and docs[0].entry_sha256 and docs[0].sha256
    assert docs[1].url == "http://x"
    assert docs[2].text == "Hello link" and docs[2].links[0].target == "http://a"
    assert docs[3].text == "Head\n\nmd l" and docs[3].title == "Head"
    assert isinstance(errors[0], InputError) and errors[0].code == "E107"
    assert "line 2" in errors[0].detail and "line 6" in errors[0].detail
    for d in docs:
        check_spans(d)


def test_jsonl_empty_is_an_error():
    with pytest.raises(InputError) as e:
        list(jsonl_reader.read(raw("e.jsonl", "\n\n")))
    assert e.value.code == "E109"


# -- seeds -------------------------------------------------------------------------------------------


def test_seed_sniffing(seeds_dir):
    got = {p.name[:3]: sniff(RawInput(path=p.name, fs_path=p)) for p in sorted(seeds_dir.iterdir())}
    assert got["000"] == "wikitext" and got["001"] == "markdown" and got["002"] == "text" and got["003"] == "feed"


@pytest.fixture(scope="module")
def prepare():
    """Segmentation and language identification only (the rest of the pipeline is not needed here)."""
    from rashomon.langid import LanguageIdentifier
    from rashomon.segment import Segmenter

    seg, ident = Segmenter(), LanguageIdentifier()

    def run(doc):
        seg(doc)
        ident(doc)
        return doc

    return run


def test_seed_001(seeds_dir, prepare):
    (path,) = seeds_dir.glob("001_*")
    (doc,) = list(read_inputs([str(path)]))
    lost = [a for a in doc.artefacts if a.kind == "lost_characters"]
    assert len(lost) == 1 and doc.text[lost[0].span[0] : lost[0].span[1]] == "??"
    assert doc.text[lost[0].span[0] - 12 : lost[0].span[1] + 2] == "встановлена ??на"
    assert "](#)" not in doc.text and "*Dasha" not in doc.text
    assert [doc.text[ln.span[0] : ln.span[1]] for ln in doc.links] == ["Відео сутичок", "NewsMarket"]
    prepare(doc)
    assert doc.lang == "uk" and {p.lang for p in doc.paragraphs} == {"uk"}


def test_seed_002(seeds_dir, prepare):
    (path,) = seeds_dir.glob("002_*")
    (doc,) = list(read_inputs([str(path)]))
    prepare(doc)
    assert doc.lang == "en" and {p.lang for p in doc.paragraphs} == {"en"}
    assert doc.title == "Mass riots in Kazakhstan. Many dead and wounded"
