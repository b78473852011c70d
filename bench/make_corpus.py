"""Generate a realistic multilingual news-like corpus of a requested size, for benchmarks.

    python bench/make_corpus.py --mb 50 --out /tmp/corpus50 [--seed 1]

The material is the bundled sample corpus (rashomon/data/sample). Its paragraphs are taken apart into
sentences by language, and new paragraphs are put together from them, with a few neighbouring words
swapped, so that no two reports share a paragraph by accident. Each document reports one event (a
town and a month): a new event now and then, otherwise one already reported, in proportion to its
coverage so far (a few big stories and a long tail). 8% of documents reprint an earlier report of
their event (a wire story), sometimes cut short: those are the real copies. In each document the numbers, days,
months, years, the town and the people are changed, using the small lists in bench/data/. Documents
are written as plain text (some of it in cp1251 or KOI8-R), Markdown, HTML with boilerplate, JSON Lines
and Atom feeds. The output is varied rather than copied, and the same seed always gives the same
bytes. Writing is streamed: memory stays flat whatever the size. The output is not committed.

The generated text is only meant to be plausible. Case endings copied from the sample can clash with
a replacement name, and the figures do not add up. Use it to measure speed, never quality.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "rashomon" / "data" / "sample"
DATA = Path(__file__).resolve().parent / "data"
LANGS = ("en", "ru", "uk", "kk")
FORMATS = {"txt": 30, "md": 15, "html": 20, "jsonl": 20, "atom": 15}
CONTAINER_BYTES = 2_000_000  # a JSON Lines or Atom file is closed past this size
FILES_PER_DIR = 1000
VERSION = 2  # bumped when the same seed gives different documents (benchmark caches are keyed by it)
SWAP = 0.1  # share of word positions swapped with the next word in new paragraphs

_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[\"«“(]?[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ0-9])")
KK = set("әғқңөұүһӘҒҚҢӨҰҮҺ")
UK = set("іїєґІЇЄҐ")
RU = set("ыэъЫЭЪ")


# ------------------------------------------------------------------------------------ data

def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def language(text: str) -> str:
    kk = sum(c in KK for c in text)
    uk = sum(c in UK for c in text)
    cyr = sum("\u0400" <= c <= "\u04ff" for c in text)
    if kk >= 3:
        return "kk"
    if cyr < len(text) // 4:
        return "en"
    return "uk" if uk >= 2 and not any(c in RU for c in text) else "ru"


def _strip_markup(text: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b[^>]*>.*?</\1>", " ", text)
    text = re.sub(r"(?s)<ref[^>]*>.*?</ref>", "", text)
    for _ in range(3):  # templates nest at most a few levels in the sample
        text = re.sub(r"\{\{[^{}]*\}\}", "", text)
    text = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"'{2,}|^[#*>|=-]+\s*|\s*=+$", "", text, flags=re.M)
    return html.unescape(text)


def _texts(path: Path) -> Iterator[str]:
    raw = path.read_bytes()
    enc = "cp1251" if "cp1251" in path.name else "koi8_r" if "koi8r" in path.name else "utf-8"
    text = raw.decode(enc)
    if path.suffix == ".jsonl":
        yield from (json.loads(line)["text"] for line in text.splitlines() if line.strip())
    elif path.suffix in (".atom", ".rss", ".xml"):
        for el in ET.fromstring(raw).iter():
            if el.tag.rsplit("}", 1)[-1] in ("content", "description", "text") and el.text:
                yield _strip_markup(html.unescape(el.text))
    else:
        yield _strip_markup(text)


def load_material() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Paragraphs and headlines of the sample corpus, by language."""
    paras: dict[str, list[str]] = {lang: [] for lang in LANGS}
    heads: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for path in sorted(SAMPLE.iterdir()):
        if path.name == "README.md" or not path.is_file():
            continue
        for text in _texts(path):
            blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text)]
            blocks = [b for b in blocks if b]
            blocks = [b.strip("*_ ") for b in blocks if not b.lstrip("#").startswith("REDIRECT")]
            if blocks and len(blocks[0]) < 120:
                heads[language(blocks[0])].append(blocks[0])
            for b in blocks:
                if len(b) >= 60:
                    paras[language(b)].append(b)
    for lang in LANGS:
        paras[lang] = sorted(set(paras[lang]))
        heads[lang] = sorted(set(heads[lang])) or paras[lang][:5]
    return paras, heads


class Varier:
    """Changes the names, numbers and dates of one document, consistently within that document."""

    def __init__(self) -> None:
        self.towns = _rows("towns.tsv")
        self.people = _rows("people.tsv")
        self.outlets: dict[str, list[str]] = {lang: [] for lang in LANGS}
        for lang, name in _rows("outlets.tsv"):
            self.outlets[lang].append(name)
        self.months = {lang: names.split() for lang, names in _rows("months.tsv")}
        stems = [s for _, s in _rows("sample_places.tsv")]
        self.town_re = re.compile("|".join(sorted(map(re.escape, stems), key=len, reverse=True)))
        names = [n for _, n in _rows("sample_people.tsv")]
        self.person_re = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
        month_words = sorted({m for ms in self.months.values() for m in ms}, key=len, reverse=True)
        self.month_re = re.compile(r"\b(" + "|".join(month_words) + r")", re.I)
        # a number: digits with optional thousands groups; dates and times (16.05, 12:52) stay whole
        self.num_re = re.compile(r"(?<![\d.:/,])\d{1,3}(?:(?:,| )\d{3})+(?![\d.:/])|(?<![\d.:/,])\d+(?![\d:/]|[.,]\d)")
        self.day_re = re.compile(r"^\s{0,2}(" + "|".join(month_words) + r")", re.I)

    def plan(self, rng: random.Random, lang: str, event: dict | None = None) -> dict:
        """How to vary one document: its language, and the town and month of the event it reports."""
        col = LANGS.index(lang)
        event = event or self.event(rng)
        return {"lang": lang, "town": self.towns[event["town"]][col], "month": event["month"],
                "year_shift": event["year_shift"], "people": {}, "rng": rng, "col": col}

    def event(self, rng: random.Random) -> dict:
        return {"town": rng.randrange(len(self.towns)), "month": rng.randrange(12), "year_shift": rng.randint(-12, 2)}


    def apply(self, text: str, p: dict) -> str:
        rng, col = p["rng"], p["col"]
        text = self.town_re.sub(p["town"], text)
        text = self.person_re.sub(lambda m: p["people"].setdefault(m.group(0), rng.choice(self.people)[col]), text)
        text = self.month_re.sub(self.months[p["lang"]][p["month"]], text)
        return self.num_re.sub(lambda m: self._number(m, text, p), text)

    def _number(self, m: re.Match, text: str, p: dict) -> str:
        s, rng = m.group(0), p["rng"]
        sep = "," if "," in s else " " if " " in s else ""
        if s.startswith("0"):  # 0652 GMT, phone fragments: leave alone
            return s
        n = int(re.sub(r"\D", "", s))
        if self.day_re.match(text, m.end()) and n <= 31:
            return str(rng.randint(1, 28))
        if 1900 <= n <= 2099 and not sep:
            return str(n + p["year_shift"])
        v = max(1, round(n * rng.uniform(0.5, 2.0)))
        return f"{v:,}".replace(",", sep) if sep else str(v)

    def dateline(self, p: dict) -> tuple[str, str]:
        """(ISO date, the date as a journalist of that language writes it)."""
        rng = p["rng"]
        year, day = 2023 + p["year_shift"], rng.randint(1, 28)
        month = self.months[p["lang"]][p["month"]]
        iso = f"{year:04d}-{p['month'] + 1:02d}-{day:02d}"
        local = f"{month} {day}, {year}" if p["lang"] == "en" else f"{day} {month} {year}"
        return iso, local


class Events:
    """The events a corpus reports: a new one now and then, and otherwise one already reported,
    chosen in proportion to its coverage so far (a few big stories and a long tail, as in news).
    Keeps the bodies of recent documents per event, for wire copies."""

    NEW = 0.1  # share of documents that report an event nobody has reported yet
    COPY = 0.08  # share of documents that reprint an earlier report of their event
    RECENT = 200  # events whose last body is kept for reprints

    def __init__(self, varier: Varier) -> None:
        self.varier = varier
        self.events: list[dict] = []
        self.reports: list[int] = []  # one entry per document: the index of its event
        self.bodies: dict[int, tuple[str, list[str]]] = {}

    def pick(self, rng: random.Random) -> int:
        if not self.reports or rng.random() < self.NEW:
            self.events.append(self.varier.event(rng))
            k = len(self.events) - 1
        else:
            k = rng.choice(self.reports)
        self.reports.append(k)
        return k

    def reprint(self, rng: random.Random, k: int) -> tuple[str, list[str]] | None:
        return self.bodies.get(k) if rng.random() < self.COPY else None

    def keep(self, k: int, lang: str, body: list[str]) -> None:
        self.bodies[k] = (lang, body)
        if len(self.bodies) > self.RECENT:
            del self.bodies[next(iter(self.bodies))]


# ---------------------------------------------------------------------------- writing

class Writer:
    """Streams documents to files under OUT, rotating directories and container files."""

    def __init__(self, out: Path, rng: random.Random) -> None:
        self.out, self.rng = out, rng
        self.bytes = self.files = self.docs = 0
        self.containers: dict[str, tuple] = {}

    def _path(self, ext: str) -> Path:
        d = self.out / ext / f"{self.files // FILES_PER_DIR:04d}"
        d.mkdir(parents=True, exist_ok=True)
        self.files += 1
        return d / f"doc{self.files:07d}.{ext}"

    def single(self, ext: str, data: bytes) -> None:
        self._path(ext).write_bytes(data)
        self.bytes += len(data)
        self.docs += 1

    def entry(self, kind: str, data: str, head: str = "", tail: str = "") -> None:
        f, size = self.containers.get(kind, (None, 0))
        if f is None:
            f = self._path(kind).open("w", encoding="utf-8")
            f.write(head)
            size = len(head.encode())
        f.write(data)
        size += len(data.encode())
        self.bytes += len(data.encode())
        self.docs += 1
        if size >= CONTAINER_BYTES:
            f.write(tail)
            f.close()
            f, size = None, 0
        self.containers[kind] = (f, size)

    def close(self) -> None:
        tails = {"atom": "</feed>\n", "jsonl": ""}
        for kind, (f, _) in self.containers.items():
            if f is not None:
                f.write(tails[kind])
                f.close()


ATOM_HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
             "<id>tag:bench.example,2023:feed</id><title>Generated feed</title>"
             "<updated>2023-06-01T00:00:00Z</updated>\n")
HTML_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}"><meta name="author" content="{author}">
<meta property="article:published_time" content="{iso}T10:00:00+06:00">
<script>var views = {views}; window.dataLayer = [];</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About</a></nav>
<article><h1>{title}</h1><p class="meta">{author} · {local}</p>
{body}
</article><footer><p>© {year} {site}. Tel. +7 7172 00 00 00</p></footer></body></html>
"""


def _paragraph(rng: random.Random, sentences: list[str]) -> str:
    """A new paragraph of 1-4 sentences of the material, recombined and with a few neighbouring words
    swapped (`SWAP`), so that two reports share phrases but no paragraph is a copy of another."""
    return _swap(rng, " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4))))


def _swap(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for i in range(len(words) - 1):
        if rng.random() < SWAP and not any(ch.isdigit() for ch in words[i] + words[i + 1]):
            words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def write_document(w: Writer, varier: Varier, events: Events, sentences, heads, n: int) -> None:
    rng = w.rng
    k = events.pick(rng)
    reprint = events.reprint(rng, k)
    lang = reprint[0] if reprint else rng.choices(LANGS, weights=(35, 35, 15, 15))[0]
    p = varier.plan(rng, lang, events.events[k])
    title = varier.apply(_swap(rng, rng.choice(heads[lang])), p)
    if reprint:  # a wire story reprinted by another outlet, sometimes cut short
        body = reprint[1][: rng.randint(max(1, len(reprint[1]) // 2), len(reprint[1]))]
    else:
        chosen = [_paragraph(rng, sentences[lang]) for _ in range(rng.randint(3, 12))]
        if rng.random() < 0.05:  # a quotation or summary in another language
            chosen.insert(rng.randrange(len(chosen) + 1), _paragraph(rng, sentences[rng.choice(LANGS)]))
        body = [varier.apply(t, p) for t in chosen]
    events.keep(k, lang, body)
    site = rng.choice(varier.outlets[lang])
    author = rng.choice(varier.people)[p["col"]]
    iso, local = varier.dateline(p)
    fmt = rng.choices(list(FORMATS), weights=list(FORMATS.values()))[0]
    if fmt == "txt":
        text = f"{title}\n\n{site}, {local}\n\n" + "\n\n".join(body) + "\n"
        enc = "utf-8"
        if lang == "ru" and rng.random() < 0.15:
            enc = rng.choice(("cp1251", "koi8_r"))
        try:
            data = text.encode(enc)
        except UnicodeEncodeError:
            data = text.encode("utf-8")
        w.single("txt", data)
    elif fmt == "md":
        text = f"# {title}\n\n*{site}, {local}* — [{author}](https://{rng.randrange(10**6)}.example)\n\n"
        text += "\n\n".join(f"**{b}**" if rng.random() < 0.1 else b for b in body) + "\n"
        w.single("md", text.encode("utf-8"))
    elif fmt == "html":
        page = HTML_PAGE.format(lang=lang, title=escape(title), site=escape(site), author=escape(author),
                                iso=iso, local=local, year=iso[:4], views=rng.randrange(10**5),
                                body="\n".join(f"<p>{escape(b)}</p>" for b in body))
        w.single("html", page.encode("utf-8"))
    elif fmt == "jsonl":
        rec = {"id": f"g{n}", "text": "\n\n".join(body), "title": title, "url": f"https://{site.split()[0].lower()}.example/{n}",
               "date": iso, "source": site, "lang": lang}
        w.entry("jsonl", json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        entry = (f"<entry><id>g{n}</id><title>{escape(title)}</title><updated>{iso}T10:00:00Z</updated>"
                 f"<author><name>{escape(author)}</name></author>"
                 f'<content type="html">{escape("".join(f"<p>{b}</p>" for b in body))}</content></entry>\n')
        w.entry("atom", entry, head=ATOM_HEAD, tail="</feed>\n")


def generate(out: Path, mb: float, seed: int = 1) -> Writer:
    """Write at least ``mb`` megabytes (10^6 bytes) of documents under ``out``."""
    paras, heads = load_material()
    sentences = {lang: sorted({s for p in ps for s in _SENTENCE.split(p) if len(s) >= 20}) for lang, ps in paras.items()}
    varier = Varier()
    events = Events(varier)
    w = Writer(out, random.Random(seed))
    target, n = int(mb * 1_000_000), 0
    try:
        while w.bytes < target:
            n += 1
            write_document(w, varier, events, sentences, heads, n)
    finally:
        w.close()
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, required=True, help="size to generate, in megabytes (e.g. 1, 10, 100, 1000)")
    ap.add_argument("--out", type=Path, required=True, help="output directory (created)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (same seed, same bytes)")
    a = ap.parse_args(argv)
    if a.mb <= 0:
        ap.error("--mb must be positive")
    t0 = time.perf_counter()
    w = generate(a.out, a.mb, a.seed)
    dt = time.perf_counter() - t0
    print(f"{w.docs:,} documents in {w.files:,} files, {w.bytes / 1e6:.1f} MB in {dt:.1f} s "
          f"({w.bytes / 1e6 / dt:.1f} MB/s) -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
