"""Claim extraction throughput (MB/s per core) on a generated multilingual news-like corpus, or on
the documents of a directory.

    python bench/bench_claims.py [--mb 2] [--seed 1]
    python bench/bench_claims.py --dir /work/ref/in/gen1 [--repeat 3]

The generated corpus mixes the four languages: sentences with figures, dates, money and ages (a
share set by ``--dense``, 0.3 by default; real news text has fewer) among plain narrative sentences.
With ``--dir``, the documents are read, segmented and tagged for time expressions and entities
first (not timed), as the pipeline does before the claims stage. Only ``ClaimExtractor`` is timed
(CPU time, the best of ``--repeat`` runs: the machine may be shared). Target (issue 8): >= 2.5 MB/s per core.
``--profile N`` then runs the stage once more under cProfile and prints the N functions with the
largest cumulative time, each as a share of the stage's (cProfile inflates call-heavy code: read
the shares, not the seconds).
"""

from __future__ import annotations

import argparse
import random
import time

from rashomon.claims import ClaimExtractor
from rashomon.document import Document, Paragraph, Sentence

TEMPLATES = {
    "en": ["According to {src}, {n} people were killed and more than {m} injured in {town} on {d} May.",
           "About {n} workers gathered on the main square, {src} said.",
           "Police detained {n} protesters; {m} were later charged.",
           "The {a}-year-old driver was paid {m} dollars for {d} days of work.",
           "Dozens of cars were burned and {n} buildings damaged, witnesses told reporters.",
           "The town of {m},000 people lies {d} km from the regional capital."],
    "ru": ["По данным {src}, погибли {n} человек, ещё {m} получили ранения.",
           "Около {n} тысяч человек собрались на митинг в {town} {d} мая.",
           "Задержаны более {n} участников акции, сообщил {src}.",
           "Зарплата составляет {m} тысяч тенге, стаж {d} лет.",
           "По непроверенным данным, число жертв превысило {m}."],
    "uk": ["За даними {src}, загинули щонайменше {n} осіб, {m} поранені.",
           "Понад {n} тисяч людей зібралися на площі {d} травня.",
           "Звільнено майже {m} працівників, повідомила компанія."],
    "kk": ["{src} мәліметінше, {n} адам қаза тапты, {m}-ден астам адам жараланды.",
           "Шамамен {n} мың адам алаңға жиналды.",
           "{d} мамырда {town} қаласында митинг өтті."],
}
# sentences without figures, as most of a news text is
FILLER = {
    "en": ["The protest began peacefully in the morning, when residents gathered near the administration building.",
           "Officials declined to comment on the situation, and the regional governor did not answer calls.",
           "Witnesses described chaotic scenes as police moved in to clear the square with batons and tear gas.",
           "The company said in a statement that it was cooperating fully with the investigation."],
    "ru": ["Акция началась мирно, однако к вечеру ситуация в центре города резко обострилась.",
           "Представители власти отказались комментировать происходящее, ссылаясь на ход расследования.",
           "Очевидцы рассказывают, что полиция применила слезоточивый газ и светошумовые гранаты."],
    "uk": ["Акція почалася мирно, але ввечері ситуація в центрі міста різко загострилася.",
           "Представники влади відмовилися коментувати події, посилаючись на розслідування."],
    "kk": ["Наразылық акциясы бейбіт басталды, бірақ кешке қарай жағдай ушығып кетті.",
           "Билік өкілдері оқиғаға қатысты пікір білдіруден бас тартты."],
}
SOURCES = {"en": ["the ministry", "officials", "Reuters", "human rights activists"],
           "ru": ["МВД", "правозащитников", "Интерфакс"], "uk": ["МВС", "правозахисників"], "kk": ["ІІМ", "Прокуратура"]}


def corpus(mb: float, seed: int, a_dense: float = 0.3) -> Document:
    """``a_dense``: the share of sentences that state figures (1.0: every sentence does)."""
    rng = random.Random(seed)
    paras, size = [], 0
    while size < mb * 1_000_000:
        lang = rng.choice(list(TEMPLATES))
        sents = [rng.choice(TEMPLATES[lang] if rng.random() < a_dense else FILLER[lang]).format(src=rng.choice(SOURCES[lang]), n=rng.randint(2, 900), m=rng.randint(2, 900),
                                                     a=rng.randint(15, 80), d=rng.randint(1, 28), town="Town")
                 for _ in range(rng.randint(2, 6))]
        paras.append((lang, sents))
        size += sum(len(s.encode()) + 1 for s in sents) + 1
    text, doc_paras, doc_sents = "", [], []
    for lang, sents in paras:
        p0 = len(text)
        for s in sents:
            doc_sents.append(Sentence((len(text), len(text) + len(s)), len(doc_paras)))
            text += s + " "
        doc_paras.append(Paragraph((p0, len(text) - 1), lang))
        text = text[:-1] + "\n\n"
    doc = Document(id="bench", path="bench", text=text)
    doc.paragraphs, doc.sentences = doc_paras, doc_sents
    return doc


def prepared(path: str) -> list[tuple[Document, list, list]]:
    """The documents under ``path`` with the inputs of the claims stage: (doc, timexes, mentions)."""
    from rashomon.pipeline import Pipeline
    from rashomon.readers import read_inputs

    p = Pipeline()
    out = []
    for doc in read_inputs([path]):
        if isinstance(doc, Document):
            p.prepare(doc)
            out.append((doc, p.time_tagger(doc), p.entity_tagger(doc)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dense", type=float, default=0.3, help="share of sentences with figures (default 0.3)")
    ap.add_argument("--dir", help="time the claims stage on the documents of this directory instead")
    ap.add_argument("--repeat", type=int, default=3, help="runs; the fastest counts (default 3)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="then print the N top functions under cProfile")
    a = ap.parse_args()
    items = prepared(a.dir) if a.dir else [(corpus(a.mb, a.seed, a.dense), [], [])]
    ex = ClaimExtractor()
    ex(Document(id="w", path="w", text="16 people died."), [], [])  # load language data outside the timing
    for lang in ("ru", "uk", "kk"):
        ex._stage(lang)
    mb = sum(len(doc.text.encode()) for doc, _tx, _ms in items) / 1e6
    best, claims = float("inf"), 0
    for _ in range(max(1, a.repeat)):
        ex = ClaimExtractor()  # language data stays loaded (shared per language)
        t = time.process_time()
        claims = sum(len(ex(doc, tx, ms)) for doc, tx, ms in items)
        best = min(best, time.process_time() - t)
    print(f"{len(items)} documents, {mb:.2f} MB, {claims} claims, {best:.2f} s CPU (best of {a.repeat}) -> {mb / best:.2f} MB/s per core")
    if a.profile:
        profile(items, a.profile)


def profile(items: list[tuple[Document, list, list]], top: int) -> None:
    """One run under cProfile: the ``top`` functions by cumulative time, as shares of the stage."""
    import cProfile
    import pstats

    ex = ClaimExtractor()
    prof = cProfile.Profile()
    prof.enable()
    for doc, tx, ms in items:
        ex(doc, tx, ms)
    prof.disable()
    stats = pstats.Stats(prof).stats  # (file, line, name) -> (calls, primitive calls, tottime, cumtime, callers)
    total = sum(v[3] for k, v in stats.items() if k[2] == "__call__" and k[0].endswith("claims/__init__.py"))
    rows = sorted(((v[3], v[2], v[1], k) for k, v in stats.items()), reverse=True)
    print(f"cProfile: {total:.2f} s in ClaimExtractor.__call__; share of it (cumulative / own), calls, function")
    shown = 0
    for cum, own, calls, (path, line, name) in rows:
        if cum > total * 1.001 or "rashomon" not in path:
            continue  # the driver's own frames, the standard library
        print(f"{100 * cum / total:6.1f}% {100 * own / total:5.1f}% {calls:8d}  {path.split('rashomon/')[-1]}:{line} {name}")
        shown += 1
        if shown >= top:
            break


if __name__ == "__main__":
    main()
