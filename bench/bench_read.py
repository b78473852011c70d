"""Benchmark: reading + decoding + normalizing + language ID + segmentation, MB/s per core and peak RSS.

    python bench/bench_read.py [--mb 50] [--keep DIR]
    python bench/bench_read.py --corpus DIR [--repeat 3]    # the readers alone, per format

With ``--corpus`` (e.g. the output of bench/make_corpus.py, which has Atom feeds and HTML with
boilerplate too) only the readers run, over the whole directory: the one-time cost of importing them
(trafilatura, feedparser...) and then the best of ``--repeat`` passes, per format, in input MB/s.

Generates a multilingual corpus (ru, uk, kk, en; plain text in UTF-8/cp1251/KOI8-R/UTF-16, Markdown,
JSON Lines, a little HTML) of at least ``--mb`` megabytes in a temporary directory, then streams it
through the readers and the two preparation stages in one process, keeping no document. Prints MB/s,
the time per stage, and peak RSS at 10 % and 100 % of the corpus (flat memory: the two stay close).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPHS = {
    "ru": [
        "{d} мая около {t} по местному времени в посёлке Верхний Бор прорвало дамбу водохранилища. "
        "По данным МЧС, погибли {a} человек, ещё {b} госпитализированы. Очевидцы говорят о {c} погибших.",
        "Глава районной администрации заявил, что эвакуировано более {b}0 жителей. Спасатели продолжают "
        "поиски, судьба {a} человек остаётся неизвестной. Прокуратура возбудила уголовное дело.",
        "Местные жители утверждают, что трещины в плотине замечали ещё весной, но обращения остались без ответа. "
        "«Вода пришла за десять минут», — рассказала одна из пострадавших.",
    ],
    "uk": [
        "{d} травня близько {t} у селищі Верхній Бор прорвало дамбу водосховища. За даними ДСНС, загинули "
        "{a} людей, ще {b} госпіталізовано. Очевидці повідомляють про {c} загиблих.",
        "Голова районної адміністрації заявив, що евакуйовано понад {b}0 мешканців. Рятувальники продовжують "
        "пошуки, доля {a} осіб залишається невідомою. Прокуратура відкрила кримінальне провадження.",
        "Місцеві мешканці стверджують, що тріщини в греблі помічали ще навесні, але звернення лишилися без відповіді.",
    ],
    "kk": [
        "{d} мамырда жергілікті уақыт бойынша шамамен {t}-да Жоғарғы Бор кентінде су қоймасының бөгеті бұзылды. "
        "ТЖМ мәліметінше, {a} адам қаза тапты, тағы {b} адам ауруханаға жатқызылды.",
        "Аудан әкімі {b}0-ден астам тұрғын эвакуацияланғанын мәлімдеді. Құтқарушылар іздеуді жалғастыруда, "
        "{a} адамның тағдыры белгісіз күйінде қалып отыр.",
        "Жергілікті тұрғындар бөгеттегі жарықтарды көктемде байқағанын, бірақ өтініштерге жауап болмағанын айтады.",
    ],
    "en": [
        "On May {d} at about {t} local time, the reservoir dam above the village of Verkhny Bor collapsed. "
        "The emergencies ministry said {a} people were killed and {b} more were taken to hospital. "
        "Witnesses put the death toll at {c}.",
        "The district head said more than {b}0 residents had been evacuated. Rescuers are still searching, "
        "and the fate of {a} people remains unknown. Prosecutors have opened a criminal case.",
        "Residents say cracks in the dam had been noticed in the spring, but their complaints went unanswered. "
        "\"The water came within ten minutes,\" one survivor told Mr. Jones of the U.K. paper.",
    ],
}
TITLES = {"ru": "Прорыв дамбы в Верхнем Бору", "uk": "Прорив дамби у Верхньому Бору",
          "kk": "Жоғарғы Борда бөгет бұзылды", "en": "Dam collapse in Verkhny Bor"}
ENCODINGS = {"ru": ["utf-8", "utf-8", "cp1251", "koi8_r", "utf-16"], "uk": ["utf-8", "cp1251", "utf-16"],
             "kk": ["utf-8", "utf-16"], "en": ["utf-8"]}


def article(rng: random.Random, lang: str, n: int) -> str:
    paras = []
    for _ in range(n):
        tpl = rng.choice(PARAGRAPHS[lang])
        paras.append(tpl.format(d=rng.randint(1, 31), t=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                                a=rng.randint(2, 90), b=rng.randint(3, 400), c=rng.randint(10, 300)))
    return TITLES[lang] + "\n\n" + "\n\n".join(paras) + "\n"


def generate(root: Path, megabytes: float, seed: int = 7) -> int:
    """Write files under ``root`` until they total ``megabytes``; returns the byte count."""
    rng = random.Random(seed)
    total, i = 0, 0
    target = int(megabytes * 1_000_000)
    while total < target:
        lang = rng.choice(list(PARAGRAPHS))
        kind = rng.choices(["txt", "md", "jsonl", "html"], weights=[60, 20, 18, 2])[0]
        if kind == "txt":
            enc = rng.choice(ENCODINGS[lang])
            text = article(rng, lang, rng.randint(20, 120))
            if enc == "koi8_r":  # KOI8-R has neither guillemets nor dashes
                text = text.replace("«", '"').replace("»", '"').replace("—", "-")
            data = text.encode(enc)
        elif kind == "md":
            body = article(rng, lang, rng.randint(20, 120)).replace("\n\n", "\n\n*[источник](http://example.org/x)* ", 3)
            data = ("# " + body).encode()
        elif kind == "jsonl":
            lines = [json.dumps({"id": f"n{k}", "title": TITLES[lang], "text": article(rng, lang, rng.randint(2, 8)),
                                 "date": "2031-05-17", "lang": lang}, ensure_ascii=False) for k in range(rng.randint(20, 200))]
            data = ("\n".join(lines) + "\n").encode()
        else:
            paras = "".join(f"<p>{p}</p>" for p in article(rng, lang, rng.randint(5, 30)).split("\n\n")[1:])
            data = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{TITLES[lang]}</title></head>"
                    f"<body><nav>menu</nav><article><h1>{TITLES[lang]}</h1>{paras}</article></body></html>").encode()
        sub = root / f"d{i // 500:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"f{i:06d}.{kind}").write_bytes(data)
        total += len(data)
        i += 1
    return total


def clock() -> float:
    """CPU seconds of this process: MB/s per core, unaffected by other load on a shared machine."""
    return time.process_time()


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run(root: Path, total: int) -> None:
    from rashomon.document import Document
    from rashomon.langid import LanguageIdentifier
    from rashomon.readers import read_inputs
    from rashomon.segment import Segmenter

    seg, ident = Segmenter(), LanguageIdentifier()  # built once, outside the timing
    for mod in ("rashomon.readers.text", "rashomon.readers.markdown", "rashomon.readers.jsonl", "rashomon.readers.html"):
        __import__(mod)
    t_read = t_seg = t_lang = 0.0
    docs = errors = chars = 0
    rss_10 = None
    done_bytes = 0
    files = sorted(p for p in root.rglob("*") if p.is_file())
    t0, w0 = clock(), time.perf_counter()
    for f in files:
        t = clock()
        for item in read_inputs([str(f)]):
            t2 = clock()
            t_read += t2 - t
            if isinstance(item, Document):
                seg(item)
                t3 = clock()
                ident(item)
                t4 = clock()
                t_seg += t3 - t2
                t_lang += t4 - t3
                docs += 1
                chars += len(item.text)
            else:
                errors += 1
                print("error:", item, file=sys.stderr)
            t = clock()
        done_bytes += f.stat().st_size
        if rss_10 is None and done_bytes >= total / 10:
            rss_10 = rss_mb()
    cpu, wall = clock() - t0, time.perf_counter() - w0
    mb = total / 1e6
    print(f"corpus: {mb:.1f} MB in {len(files)} files, {docs} documents, {chars / 1e6:.1f} M characters, {errors} errors")
    print(f"total:  {cpu:.1f} CPU s  ->  {mb / cpu:.2f} MB/s per core  (wall {wall:.1f} s, {mb / wall:.2f} MB/s)")
    print(f"  read+decode+normalize {t_read:.1f} s ({mb / t_read:.1f} MB/s), segment {t_seg:.1f} s, langid {t_lang:.1f} s")
    print(f"peak RSS: {rss_10:.0f} MB after 10 % of the corpus, {rss_mb():.0f} MB at the end")


def compare_sentencizers() -> None:
    """razdel vs pysbd on English prose: speed and whether the boundaries agree."""
    import pysbd
    import razdel

    rng = random.Random(1)
    text = " ".join(article(rng, "en", 400).split("\n\n")[1:]).replace("\n", " ")
    t = clock()
    a = [s.text for s in razdel.sentenize(text)]
    t_r = clock() - t
    t = clock()
    b = [s.strip() for s in pysbd.Segmenter(language="en", clean=False).segment(text)]
    t_p = clock() - t
    print(f"English sentences, {len(text) / 1e6:.2f} M chars: razdel {len(text) / t_r / 1e6:.1f} MB/s "
          f"({len(a)} sentences), pysbd {len(text) / t_p / 1e6:.2f} MB/s ({len(b)} sentences), same: {a == b}")


def readers_only(root: Path, repeat: int) -> None:
    """Import cost, then the best of ``repeat`` passes of every reader over ``root``, per format."""
    from rashomon.readers import iter_inputs, read_one

    t = clock()
    for mod in ("text", "markdown", "jsonl", "html", "feeds", "sniff"):
        __import__(f"rashomon.readers.{mod}")
    import feedparser  # noqa: F401
    import trafilatura  # noqa: F401

    t_import = clock() - t
    best: dict[str, float] = {}
    size: dict[str, int] = {}
    for n in range(repeat):
        took: dict[str, float] = {}
        for raw in iter_inputs([str(root)]):
            t = clock()
            try:
                for _doc in read_one(raw):
                    pass
            except Exception as e:  # noqa: BLE001 - counted, as the pipeline does
                print("error:", raw.path, e, file=sys.stderr)
            fmt = raw.format or "?"
            took[fmt] = took.get(fmt, 0.0) + clock() - t
            if n == 0:
                size[fmt] = size.get(fmt, 0) + raw.size
        best = {k: min(v, best.get(k, v)) for k, v in took.items()}
    total, secs = sum(size.values()), sum(best.values())
    print(f"imports: {t_import:.2f} CPU s (once per process)")
    print(f"readers: {total / 1e6:.2f} MB in {secs:.2f} CPU s -> {total / 1e6 / secs:.2f} MB/s per core (best of {repeat})")
    for fmt in sorted(best):
        print(f"  {fmt:14} {size[fmt] / 1e6:7.2f} MB {best[fmt]:7.2f} s {size[fmt] / 1e6 / best[fmt]:8.2f} MB/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--keep", type=Path, help="generate into this directory and keep it")
    ap.add_argument("--no-compare", action="store_true", help="skip the razdel/pysbd comparison")
    ap.add_argument("--corpus", type=Path, help="time the readers alone over this directory, per format")
    ap.add_argument("--repeat", type=int, default=3, help="passes over --corpus (the best one counts)")
    args = ap.parse_args()
    if args.corpus:
        readers_only(args.corpus, args.repeat)
        return
    root = args.keep or Path(tempfile.mkdtemp(prefix="rashomon-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        t = clock()
        total = generate(root, args.mb)
        print(f"generated {total / 1e6:.1f} MB in {clock() - t:.1f} CPU s under {root}")
        if not args.no_compare:
            compare_sentencizers()
        run(root, total)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
