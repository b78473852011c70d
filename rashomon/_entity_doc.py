"""Per-document scan state of `rashomon.entities.EntityTagger`: the word tokens of a document, the
language of each, the lowercase vocabulary, quoted spans and wiki links, and the per-document memos
(gazetteer matches, known organisations, landmarks, the countries the document names)."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from itertools import accumulate, compress

from ._entity_names import CYR as _CYR
from .document import Document

TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SPLIT = re.compile(f"({TOKEN.pattern})")  # split: gap, token, gap, token, ..., gap
QUOTE = re.compile(r"[«\"“„]([^«»\"“”„\n]{1,80})[»\"”“]")
SENT_END = re.compile(r"[.!?…\n;:|=*•#]|(?:^|\s)[-—–](?:\s|$)")
#: every language `ScanDoc.lang` can give a token
TOKEN_LANGS = ("en", "ru", "uk", "kk")
_NONSPACE = re.compile(r"\S*")
_KK = re.compile(r"[әғқңөұүһ]")
# handles, hashtags, snake_case, domains, paths; from a word's start only and without backtracking (linear)
_HANDLE = re.compile(r"(?<![^\W_])(?:[@#][^\W_]++(?:[_./][^\W_]++)*|[^\W_]++(?:[_./@][^\W_]++)+)")
_JOINERS = frozenset("_@#./")
_UK = re.compile(r"[іїєґ]")


class Shapes:
    """Which words start with a capital (or are all capitals) and which start lowercase, remembered
    across documents (a tagger keeps one), so that a document classifies only the words it is the
    first to use; cleared past ``limit`` words."""

    def __init__(self, limit: int = 300_000) -> None:
        self.limit = limit
        self.seen: set[str] = set()
        self.cap: set[str] = set()
        self.low: set[str] = set()

    def learn(self, vocab: set[str]) -> None:
        """Classify the words of ``vocab`` not seen yet."""
        new = vocab - self.seen  # (in C; in a warm tagger, few words)
        if not new:
            return
        if len(self.seen) + len(new) > self.limit:
            self.seen, self.cap, self.low = set(), set(), set()
            new = vocab
        self.seen |= new
        self.cap.update(w for w in new if w[:1].isupper() or w.isupper())
        self.low.update(w for w in new if w[:1].islower())


class PrefixSieve:
    """The words of a document's vocabulary whose first three letters (lower-cased with ``lower``)
    are one of ``prefixes``, each word's answer remembered across documents (a tagger keeps one per
    table), so that a document tests only the words it is the first to use; forgotten past ``limit``."""

    def __init__(self, prefixes: frozenset[str], lower: bool = False, limit: int = 200_000) -> None:
        self.prefixes, self.lower, self.limit = prefixes, lower, limit
        self.yes: set[str] = set()
        self.no: set[str] = set()

    def __call__(self, vocab: set[str]) -> set[str]:
        """``{w for w in vocab if w[:3] in prefixes}`` (``w[:3].lower()`` with ``lower``)."""
        left = vocab - self.no  # (in C, probing the document's words)
        if not left:
            return left
        unseen = left - self.yes
        if unseen:
            if len(self.yes) + len(self.no) + len(unseen) > self.limit:
                self.yes, self.no, unseen = set(), set(), left
            prefixes = self.prefixes
            if self.lower:
                self.yes.update(w for w in unseen if w[:3].lower() in prefixes)
            else:
                self.yes.update(w for w in unseen if w[:3] in prefixes)
            self.no |= unseen - self.yes
        return left & self.yes


class ScanDoc:
    """Per-document scan state: tokens, their languages, lowercase vocabulary, quotes and links."""

    def __init__(self, doc: Document, shapes: Shapes | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        parts = _SPLIT.split(doc.text)  # (in C: no match object per token)
        offs = list(accumulate(map(len, parts), initial=0))
        #: the words; ``gaps[i]`` is the text between token i-1 and token i (before the first: from 0)
        self.words = words = parts[1::2]
        self.gaps = parts[0::2]
        #: where each token starts and ends (`toks` gives the three together, built when first asked)
        self.starts = offs[1:-1:2]
        self.ends = offs[2::2]
        #: the distinct words of the document
        self.vocab = vocab = set(words)
        # tokens that may start a name (a capital first, or all capitals): the scan skips the rest
        self._shapes = shapes = shapes or Shapes()
        shapes.learn(vocab)
        self.capital = capital = vocab & shapes.cap  # (in C: the smaller set is walked)
        self.caps = list(compress(range(len(words)), map(capital.__contains__, words)))  # (in C)
        self._initial: dict[int, bool] = {}
        self.quotes = {}
        for m in QUOTE.finditer(doc.text):
            self.quotes[m.start(1)] = m.end(1)
        self.links = {}
        for ln in doc.links:
            if not str(ln.target).startswith(("http", "//")):
                self.links[ln.span[0]] = ln.span[1]
        self._langs: dict[int, str] = {}
        self.memo: dict[int, bool] = {}
        self.tok_lang: list[str | None] = [None] * len(words)
        self._pstarts = [p.span[0] for p in doc.paragraphs]
        self.gaz: dict[tuple[int, str], tuple | None] = {}
        self.countries: frozenset[str] | None = None
        self.orgs: dict[int, tuple | None] = {}
        self.landmarks: dict[int, tuple[int, str, str]] | None = None
        self.named_mid: dict[str, bool] = {}  # gazetteer id -> named mid-sentence (`_named_mid_sentence`)
        self.inner_and: set[int] = set()  # an "and" inside an institution's name (`EntityTagger._and_name_end`)
        self._pure: bool | None = None

    @functools.cached_property
    def toks(self) -> list[tuple[int, int, str]]:
        """(start, end, word) of each token."""
        return list(zip(self.starts, self.ends, self.words, strict=True))

    @functools.cached_property
    def lower_seen(self) -> set[str]:
        """The words the document writes in lowercase (built when first asked). A word written
        lowercase only inside a handle, a hashtag, an address or a file name (``by sughd_diary``,
        ``@almaty_news``, ``www.kyiv.ua``) is not: those are written lowercase whatever they name."""
        seen = self.vocab & self._shapes.low
        inside = {w for m in _HANDLE.finditer(self.text) for w in TOKEN.findall(m.group())} & seen
        if inside:
            outside = Counter(w for i, w in enumerate(self.words) if w in inside and not self._in_handle(i))
            seen -= {w for w in inside if not outside[w]}
        return seen

    def _in_handle(self, i: int) -> bool:
        """Token ``i`` is glued to a handle's or address's joiner (``_ @ # . /``) on either side."""
        before, after = self.gaps[i], self.gaps[i + 1]
        glued_after = after[:1] in _JOINERS and i + 1 < len(self.words) and not after[1:2].isspace()
        return before[-1:] in _JOINERS or glued_after

    def pure_lang(self) -> bool:
        """True when no token's language depends on the order `lang` is asked in: every Cyrillic word
        stands in a ru/uk/kk paragraph, so none falls back to the window guess that the first word
        asked in a 400-character bucket decides. Callers may then skip asking (conservative: False
        whenever unsure)."""
        if self._pure is None:
            self._pure = self._no_guessed_lang()
        return self._pure

    def token_langs(self) -> tuple[str, ...]:
        """The languages `lang` can give a token when `pure_lang`: English (a word without Cyrillic
        letters) and the ru/uk/kk of the document and its paragraphs (a superset; `TOKEN_LANGS` order)."""
        doc = self.doc
        found = {doc.lang, *(p.lang or doc.lang for p in doc.paragraphs), "en"}
        return tuple(x for x in TOKEN_LANGS if x in found)

    def _no_guessed_lang(self) -> bool:
        doc, text, ok = self.doc, self.text, ("ru", "uk", "kk")
        if not _CYR.search(text):
            return True
        if not doc.paragraphs:
            return doc.lang in ok
        if any(a > b for a, b in zip(self._pstarts, self._pstarts[1:], strict=False)):
            return False  # unsorted paragraphs: do not reason about regions
        # the regions where `_para_lang` answers something else than ru/uk/kk
        bad: list[tuple[int, int]] = []
        if doc.lang not in ok:
            bad.append((0, self._pstarts[0]))
        for k, p in enumerate(doc.paragraphs):
            nxt = self._pstarts[k + 1] if k + 1 < len(self._pstarts) else len(text)
            inside = min(p.span[1], nxt)
            if (p.lang or doc.lang) not in ok:
                bad.append((p.span[0], inside))
            if doc.lang not in ok and inside < nxt:
                bad.append((inside, nxt))
        # (a token starting before b ends at the next space at the latest)
        return not any(a < b and _CYR.search(text, a, _NONSPACE.match(text, b).end()) for a, b in bad)

    def _para_lang(self, offset: int) -> str | None:
        """Language of the paragraph holding ``offset`` (binary search; paragraphs are sorted)."""
        k = bisect.bisect_right(self._pstarts, offset) - 1
        if k >= 0:
            p = self.doc.paragraphs[k]
            if p.span[0] <= offset < p.span[1]:
                return p.lang or self.doc.lang
        return self.doc.lang

    def gap(self, i: int) -> str:
        """Text between token i-1 and token i (``gaps[i]``)."""
        return self.gaps[i]

    def initial(self, i: int) -> bool:
        """Token i starts a sentence (or a line, a list item...)."""
        g = self.gaps[i]
        if g == " ":
            return i == 0
        got = self._initial.get(i)
        if got is None:
            got = self._initial[i] = i == 0 or SENT_END.search(g) is not None
        return got

    def lang(self, i: int) -> str:
        """The language of token i (``tok_lang[i]`` once asked; hot loops read that first)."""
        got = self.tok_lang[i]
        if got is None:
            got = self.tok_lang[i] = self._lang(i)
        return got

    def _lang(self, i: int) -> str:
        s, w = self.starts[i], self.words[i]
        if not _CYR.search(w):
            return "en"
        plang = self._para_lang(s) if self.doc.paragraphs else self.doc.lang
        if plang in ("ru", "uk", "kk"):
            return plang
        bucket = s // 400
        got = self._langs.get(bucket)
        if got is None:
            window = self.text[max(0, s - 400) : s + 400].lower()
            got = "kk" if len(_KK.findall(window)) >= 3 else "uk" if len(_UK.findall(window)) >= 2 else "ru"
            self._langs[bucket] = got
        return got
