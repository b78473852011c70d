"""Language identification stage, per paragraph: ru, uk, kk or en (None when undecidable).

A cheap script prior settles most paragraphs: letters only Kazakh has (ә ғ қ ң ө ұ ү һ) mean kk;
Ukrainian-only letters (і ї є ґ) without Russian-only ones (ы э ъ ё) mean uk and the reverse ru.
Latin script means en (the only Latin-script language of the set). py3langid, restricted to the
four languages and built once per instance, decides the remaining Cyrillic paragraphs from their first
characters. Short paragraphs (headings, bylines, bare names, numbers) have too few
letters to judge and take the document's dominant language, or a neighbour's when their script differs.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from pathlib import Path

from .document import LANGS, Document

#: paragraphs with fewer letters than this inherit a language
MIN_LETTERS = 25
#: characters of a paragraph looked at (language is settled well before this)
PREFIX = 400
#: characters looked at first to tell the script
SCRIPT_WINDOW = 100
#: share of Cyrillic letters that makes a paragraph Cyrillic-script (names and URLs are often Latin)
CYR_SHARE = 0.3
_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+")
#: score given to Latin-script paragraphs, settled by script alone
LATIN_SCORE = 0.9
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_CYR = re.compile(r"[\u0400-\u04ff]")
_LAT = re.compile(r"[A-Za-z\u00c0-\u024f]")
_KK_ONLY = "әғқңөұүһ"
_UK_ONLY = "іїєґ"
_RU_ONLY = "ыэъё"


class LanguageIdentifier:
    """Sets ``Paragraph.lang``/``lang_score`` for every paragraph and ``doc.lang`` (dominant by letters)."""

    def __init__(self, langs: tuple[str, ...] = LANGS) -> None:
        self.langs = langs
        self._model = _load_model(langs)
        self._model.set_languages(list(langs))

    def classify(self, text: str) -> tuple[str | None, float, str, int]:
        """(lang or None, score, script ``cyr``/``lat``/``""``, letter count) of one piece of text."""
        head = text[:PREFIX]
        n_cyr, n_lat = _script_counts(head[:SCRIPT_WINDOW])  # the script is settled early
        if n_cyr + n_lat < MIN_LETTERS < len(head) - SCRIPT_WINDOW or (n_cyr and n_lat):
            n_cyr, n_lat = _script_counts(_ADDRESS.sub(" ", head) if n_cyr and n_lat else head)
        letters = n_cyr + n_lat
        if letters == 0:
            return None, 0.0, "", 0
        script = "cyr" if n_cyr >= CYR_SHARE * letters else "lat"  # Latin names inside Cyrillic text
        if letters < MIN_LETTERS:  # too short to judge; a mixed-script line takes the dominant language
            return None, 0.0, "" if n_cyr and n_lat else script, letters
        if script == "lat" and "en" in self.langs:
            return "en", LATIN_SCORE, script, letters  # the only Latin-script language of the set
        if script == "cyr":
            low = head.lower()
            kk = sum(low.count(c) for c in _KK_ONLY)
            uk = sum(low.count(c) for c in _UK_ONLY)
            ru = sum(low.count(c) for c in _RU_ONLY)
            # the share is of the letters counted over (the whole head, not the script window): a
            # Kazakh name glossed in a Ukrainian or Russian article's first line is no Kazakh text
            n_head = n_cyr if len(head) <= SCRIPT_WINDOW else _script_counts(head)[0]
            if "kk" in self.langs and kk >= max(2, 0.03 * n_head):
                return "kk", 1.0, script, letters
            if "uk" in self.langs and uk >= 2 and ru == 0 and kk == 0:
                return "uk", 1.0, script, letters
            if "ru" in self.langs and ru >= 2 and uk == 0 and kk == 0:
                return "ru", 1.0, script, letters
        lang, score = self._model.classify(head.lower())
        return lang, float(score), script, letters

    def __call__(self, doc: Document) -> None:
        results = [self.classify(doc.text[p.span[0] : p.span[1]]) for p in doc.paragraphs]
        weight: dict[str, int] = {}
        for (lang, _score, _script, _letters), p in zip(results, doc.paragraphs, strict=True):
            if lang:
                weight[lang] = weight.get(lang, 0) + (p.span[1] - p.span[0])
        if weight:
            dominant: str | None = max(sorted(weight), key=lambda k: weight[k])
        elif _declared(doc) in self.langs:  # only short paragraphs: trust what the source declares
            dominant = _declared(doc)
        else:  # or judge them all together
            head = doc.text[: 4 * PREFIX]
            dominant = self._model.classify(head.lower())[0] if _CYR.search(head) or _LAT.search(head) else None
        doc.lang = dominant
        for i, (p, (lang, score, script, _letters)) in enumerate(zip(doc.paragraphs, results, strict=True)):
            if lang:
                p.lang, p.lang_score = lang, round(score, 4)
            else:
                p.lang, p.lang_score = self._inherit(results, i, script, dominant), 0.0

    def _inherit(self, results: list, i: int, script: str, dominant: str | None) -> str | None:
        """Language of a short paragraph: the dominant one, unless only a neighbour shares its script."""
        if not script or dominant is None or _script_of(dominant) == script:
            return dominant
        for j in _neighbours(i, len(results)):
            lang, _s, sc, _n = results[j]
            if lang and sc == script:
                return lang
        return dominant


def _declared(doc: Document) -> str | None:
    """The language the input itself declares (JSON ``lang``, HTML ``lang``), as a two-letter code."""
    value = doc.metadata.get("lang_declared") or doc.metadata.get("html_lang")
    return value[:2].lower() if isinstance(value, str) else None


def line_script(line: str) -> str:
    """``cyr``, ``lat`` or ``""`` (no letters) for one line, as `LanguageIdentifier.classify` judges it."""
    n_cyr, n_lat = _script_counts(_ADDRESS.sub(" ", line) if "@" in line or "//" in line or "www." in line else line)
    if not n_cyr + n_lat:
        return ""
    return "cyr" if n_cyr >= CYR_SHARE * (n_cyr + n_lat) else "lat"


def _script_counts(text: str) -> tuple[int, int]:
    """(Cyrillic letters, ASCII Latin letters) in ``text``, counted on its UTF-8 bytes at C speed."""
    b = text.encode("utf-8", "replace")
    n_cyr = b.count(b"\xd0") + b.count(b"\xd1") + b.count(b"\xd2") + b.count(b"\xd3")  # U+0400-U+04FF
    return n_cyr, len(b.translate(None, _NOT_ASCII_LETTER))


def _script_of(lang: str) -> str:
    return "lat" if lang == "en" else "cyr"


def _neighbours(i: int, n: int):
    """Indices nearest to ``i`` first: i+1, i-1, i+2, i-2, ... (at most 19 each way)."""
    for d in range(1, min(n, 20)):
        if i + d < n:
            yield i + d
        if i - d >= 0:
            yield i - d


def _load_model(langs: tuple[str, ...]):
    """py3langid's model (`_model_class`) restricted to ``langs``, read from this user's cache when
    it is there (`_cached_arrays`); else from py3langid's own file, then cached for the next process.
    The cached arrays are the model's own, its columns of ``langs`` taken as ``set_languages`` takes
    them: the same scores. py3langid's file is an LZMA-compressed npz of all 142 languages
    (~0.3-0.4 s of CPU to read in every process, most of a small run's start-up); the cache is
    its uncompressed arrays for ``langs`` (~40 MB, read in ~0.02 s)."""
    from py3langid.langid import MODEL_FILE

    cls = _model_class()
    got = _cached_arrays(langs)
    if got is not None:
        ptc, pc, classes, nextmove, row, output = got
        try:
            return cls(ptc, pc, classes, _to_array(nextmove), output.tolist(), norm_probs=True, tk_row=_to_array(row))
        except (TypeError, ValueError, KeyError):  # py3langid's constructor changed: its own reader
            pass
    return cls.from_model_file(MODEL_FILE, norm_probs=True)


def _cache_path(langs: tuple[str, ...]):
    """The cache file of py3langid's model restricted to ``langs``, named after the model file's
    path, size and time and py3langid's version (a new model makes a new file); None when caching
    is off (``RASHOMON_NO_CACHE`` set) or the model file is not there."""
    import hashlib
    import os
    from importlib.metadata import PackageNotFoundError, version

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    if os.environ.get("RASHOMON_NO_CACHE"):
        return None
    src = Path(MODEL_FILE)
    src = src if src.is_absolute() else Path(MODEL_DIR) / src
    try:
        src = src.resolve()  # one file for every path to the same model (a linked virtual environment)
        st = src.stat()
        ver = version("py3langid")
    except (OSError, PackageNotFoundError):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    key = hashlib.sha256(repr((str(src), st.st_size, st.st_mtime_ns, ver, tuple(langs))).encode()).hexdigest()[:20]
    return Path(base) / "rashomon" / f"langid-{key}.npz"


_CACHED = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def _cached_arrays(langs: tuple[str, ...]):
    """(ptc, pc, classes, nextmove, nextmove_row, out_feat) of the model restricted to ``langs``, as
    numpy arrays (``classes`` a list), from the cache, written there first if it is missing. None
    when the cache can be neither read nor written (the caller reads py3langid's file)."""
    import os
    import tempfile

    import numpy as np

    path = _cache_path(langs)
    if path is None:
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            ptc, pc, classes, nextmove, row, out = (data[k] for k in _CACHED)
        return ptc, pc, classes.tolist(), nextmove, row, out
    except Exception:  # noqa: BLE001 - missing, partial or foreign: written anew below
        pass
    try:
        from py3langid.langid import MODEL_DIR, MODEL_FILE
        from py3langid.modelio import load_model

        full = load_model(Path(MODEL_DIR) / MODEL_FILE)
    except (OSError, ValueError, KeyError, ImportError):
        return None
    classes_all, wanted = full[2], set(langs)
    idx = [i for i, c in enumerate(classes_all) if c in wanted]  # as `set_languages` takes them
    arrays = {"ptc": np.asarray(full[0])[:, idx], "pc": np.asarray(full[1])[idx],
              "classes": np.array([classes_all[i] for i in idx]),
              "nextmove": np.frombuffer(full[3], dtype=f"u{full[3].itemsize}"),
              "nextmove_row": np.frombuffer(full[4], dtype=f"u{full[4].itemsize}"),
              "out_feat": np.asarray(full[5], dtype=np.int32)}
    with contextlib.suppress(OSError):  # no cache written: the next process reads py3langid's file again
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                np.savez(f, **arrays)
            os.replace(tmp, path)  # whole or absent: a concurrent process reads one or the other
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return (arrays["ptc"], arrays["pc"], arrays["classes"].tolist(), arrays["nextmove"], arrays["nextmove_row"],
            arrays["out_feat"])


def _to_array(arr):
    """A numpy array of unsigned integers as the stdlib ``array`` py3langid's reader makes of it."""
    from array import array

    import numpy as np

    out = array({2: "H", 4: "I", 8: "L"}[arr.dtype.itemsize])
    out.frombytes(memoryview(np.ascontiguousarray(arr)).cast("B"))
    return out


#: (state, word) walks of the n-gram automaton kept by `_model_class` (bounded)
MEMO_MAX = 200_000


def _model_class():
    """py3langid's model with its automaton walk memoized word by word (a word read from the same
    state visits the same features): the same features in the same order, so the same scores, at a
    fraction of the per-byte cost. Falls back to the plain model if py3langid's internals differ."""
    from py3langid import langid as pl

    base = pl.LanguageIdentifier
    if not all(hasattr(base, a) for a in ("_raw_score", "_sparse_score", "_rowbase", "tk_nextmove", "tk_output")) \
            or not hasattr(pl, "visit_counts") or not hasattr(pl, "RAW_FLOOR"):
        return base

    class _Memoized(base):
        __slots__ = ("_memo",)

        def _raw_score(self, text):
            if not isinstance(text, bytes):
                return super()._raw_score(text)
            visits = self._visits(text)
            if visits:
                return self._sparse_score(visits, self.nb_ptc)
            import numpy as np

            return np.full(len(self.nb_classes), 0.0 if self._norm_probs else pl.RAW_FLOOR, dtype=np.float32)

        def _visits(self, text: bytes) -> Counter | None:
            """`py3langid.langid.visit_counts`, one cached walk per word and the space after it."""
            try:
                memo = self._memo
            except AttributeError:
                memo = self._memo = {}
            if len(memo) > MEMO_MAX:
                memo.clear()
            state, feats = 0, []
            words = text.split(b" ")
            tail = words.pop()
            for word in words:
                got = memo.get((state, word))
                if got is None:
                    got = memo[(state, word)] = self._walk(state, word + b" ")
                state = got[0]
                feats += got[1]
            if tail:
                feats += self._walk(state, tail)[1]
            return Counter(feats) if feats else None

        def _walk(self, state: int, data: bytes) -> tuple[int, tuple[int, ...]]:
            nm, rowbase, out = self.tk_nextmove, self._rowbase, self.tk_output
            fs = []
            for letter in data:
                state = nm[rowbase[state] + letter]
                f = out[state]
                if f >= 0:
                    fs.append(f)
            return state, tuple(fs)

    return _Memoized
