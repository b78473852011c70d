"""Segmentation stage: paragraphs and sentences as exact spans into ``doc.text``.

Paragraphs are blocks separated by blank lines; a section heading is always a paragraph (and a
sentence) of its own. Inside a paragraph every line is at least one sentence (chronologies, lists and
datelines are written one item a line), except in hard-wrapped prose, which is joined; each line is
then split into sentences with razdel. razdel handles English too, about 30 times faster than pysbd
on the same text with the same boundaries on news prose (see ``bench/bench_read.py``), so it is used
for every language.

Page furniture (other news' headlines under "Read more", comments, photo credits, the headline repeated;
see `rashomon.readers._boilerplate`) is left out of paragraphs and sentences and recorded as
``boilerplate`` artefacts: the text keeps it, so every span still points into ``doc.text``.
"""

from __future__ import annotations

import bisect
import functools
import re

from .document import Artefact, Document, Paragraph, Sentence
from .langdata import load_list
from .readers._boilerplate import furniture, keep_spans

_BLANK = re.compile(r"\n[ \t\u00a0]*\n\s*")
#: a line that may hold more than one sentence: sentence punctuation followed by more text
_INNER_STOP = re.compile(r"[.!?…;][\"'»”)\]]*\s+\S")
#: a candidate boundary: end punctuation, spaces, then what follows (the fast path needs a capital)
_CANDIDATE = re.compile(r"([.!?…;]+)([\"'»”)\]]*)[ \t\n]+(\S)")
#: longest text handed to razdel at once
MAX_UNIT = 3000
#: a word this long before a full stop is not an abbreviation
MIN_WORD_BEFORE_STOP = 5
#: hard-wrapped prose: lines at least this share of the longest line's length
WRAP_RATIO = 0.7
WRAP_MIN, WRAP_MAX = 40, 120


class Segmenter:
    """Fills ``doc.paragraphs`` and ``doc.sentences`` (sorted, disjoint, whitespace-trimmed spans)."""

    def __init__(self) -> None:
        from razdel import sentenize

        self._sentenize = sentenize

    def __call__(self, doc: Document) -> None:
        doc.paragraphs, doc.sentences = [], []
        heads = sorted({s.span for s in doc.sections if 0 <= s.span[0] < s.span[1] <= len(doc.text)})
        skipped = _furniture(doc)
        blocks = self._blocks(doc.text, heads)
        if skipped:
            blocks = (part for b in blocks for p in keep_spans(*b, skipped) for part in _trimmed(doc.text, *p))
        for start, end in _split_scripts(doc.text, blocks):
            index = len(doc.paragraphs)
            doc.paragraphs.append(Paragraph((start, end)))
            for s, e in self.sentences(doc.text, start, end, is_heading=(start, end) in heads):
                doc.sentences.append(Sentence((s, e), index))

    def _blocks(self, text: str, heads: list[tuple[int, int]]):
        """Paragraph spans: blank-line blocks, cut around heading spans, trimmed of whitespace."""
        pos = 0
        starts = [h[0] for h in heads]
        for m in [*_BLANK.finditer(text), None]:
            block_end = m.start() if m else len(text)
            lo = bisect.bisect_left(starts, pos)
            cut = pos
            for h in heads[lo:]:
                if h[0] >= block_end:
                    break
                if h[0] < cut:
                    continue
                yield from _trimmed(text, cut, h[0])
                yield from _trimmed(text, h[0], min(h[1], block_end))
                cut = min(h[1], block_end)
            yield from _trimmed(text, cut, block_end)
            if m:
                pos = m.end()

    def sentences(self, text: str, start: int, end: int, *, is_heading: bool = False):
        """Sentence spans of the paragraph ``text[start:end]``."""
        if is_heading:
            yield from _trimmed(text, start, end)
            return
        block = text[start:end]
        lines = block.split("\n")
        if _wrapped(lines):
            units = [(start, end)]
        else:
            units, pos = [], start
            for line in lines:
                units.append((pos, pos + len(line)))
                pos += len(line) + 1
        for us, ue in units:
            unit = text[us:ue]
            if not unit.strip():
                continue
            if not _INNER_STOP.search(unit):
                yield from _trimmed(text, us, ue)
                continue
            cuts = _clear_cuts(unit)
            if cuts is not None:  # every boundary unambiguous: razdel would cut exactly there
                prev = 0
                for cut in cuts:
                    yield from _trimmed(text, us + prev, us + cut)
                    prev = cut
                yield from _trimmed(text, us + prev, ue)
                continue
            for cs, ce in _chunks(unit):  # razdel is quadratic on very long runs without a boundary
                yield from _clock_joined(text, [span for s in self._sentenize(unit[cs:ce])
                                                for span in _trimmed(text, us + cs + s.start, us + cs + s.stop)])


def _furniture(doc: Document) -> list[tuple[int, int, str]]:
    """Page furniture of ``doc`` (see `rashomon.readers._boilerplate`), recorded once as artefacts."""
    done = [a for a in doc.artefacts if a.kind == "boilerplate" and a.span]
    if done:
        return [(a.span[0], a.span[1], a.detail) for a in done]
    spans = furniture(doc.text, doc.format)
    doc.artefacts.extend(Artefact("boilerplate", (s, e), kind) for s, e, kind in spans)
    return spans


#: a sentence ending in a clock's "a.m." / "p.m." ("at 4:05 p.m.")
_MERIDIEM_END = re.compile(r"\d\s*[ap]\.\s?m\.$", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _zones() -> frozenset[str]:
    """Time-zone abbreviations that follow a clock time ("4:05 p.m. ET"): lang/en/clock_zone_abbrevs.txt."""
    return frozenset(load_list("en", "clock_zone_abbrevs"))


def _clock_joined(text: str, spans: list[tuple[int, int]]):
    """``spans`` with a cut after "4:05 p.m." undone when the next part goes on telling the time ("p.m.
    Sunday", "p.m. ET", "p.m. local time", "p.m. (1742 GMT)", "p.m. on Friday"): the stop is the
    abbreviation's, no sentence end. (A capital word after it still starts a sentence: "at 11:30 a.m. They found".)"""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and (_MERIDIEM_END.search(text, out[-1][0], out[-1][1]) and _tells_time(text[s:e])
                    or text[s:s + 1].isdigit() and _month_abbr_end(text, out[-1][0], out[-1][1])
                    or _place_abbr_end(text, out[-1][0], out[-1][1])):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_LAST_WORD = re.compile(r"([^\W\d_]{2,5})\.$")
#: a place word's abbreviation after a word at the end of a part ("у м.", "в г.")
_PLACE_ABBR_END = re.compile(r"(?<=[^\W\d_]) ([^\W\d_]{1,4}\.)$")


def _place_abbr_end(text: str, s: int, e: int) -> bool:
    """A part ending in a place word's abbreviation after a word ("шахта у м.", "в г."; the
    ``entity_place_words.txt`` rows that end in a dot): the name follows, no sentence end."""
    m = _PLACE_ABBR_END.search(text, max(s, e - 12), e)
    return m is not None and m.group(1).lower() in _place_abbrs()


@functools.cache
def _place_abbrs() -> frozenset[str]:
    return frozenset(w.lower() for lang in ("ru", "uk", "kk") for w in load_list(lang, "entity_place_words")
                     if w.endswith(".") and " " not in w)


def _month_abbr_end(text: str, s: int, e: int) -> bool:
    """A part ending in a month's abbreviation ("Oct.", "Sept.") before a day's number ("Oct. 30 (UPI)
    --", "Jan. 5, 2031"): the stop is the abbreviation's."""
    m = _LAST_WORD.search(text, s, e)
    if m is None or (m.start() > s and text[m.start() - 1].isalnum()):
        return False
    from .time.lexicon import lexicon

    return lexicon().month_of(m.group(1)) is not None


def _tells_time(nxt: str) -> bool:
    if not nxt or nxt[0] in "(,;–—-" or nxt[0].isdigit() or nxt[0].islower():
        return True
    m = _FIRST_WORD.match(nxt)
    if m is None:
        return False
    w = m.group(0)
    if w in _zones():
        return True
    from .time.lexicon import lexicon

    lx = lexicon()
    return lx.weekday_of(w) is not None or lx.month_of(w) is not None


def _chunks(unit: str):
    """``(start, end)`` pieces of at most `MAX_UNIT` characters, cut after a stop or at a space if possible."""
    pos, n = 0, len(unit)
    while n - pos > MAX_UNIT:
        window = unit[pos + MAX_UNIT // 3 : pos + MAX_UNIT]
        k = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("… "))
        k = k + 1 if k >= 0 else window.rfind(" ")
        cut = pos + MAX_UNIT // 3 + k if k > 0 else pos + MAX_UNIT
        yield pos, cut
        pos = cut
    yield pos, n


def _clear_cuts(unit: str) -> list[int] | None:
    """Sentence ends when every candidate is unambiguous (long word + stop + capital), else None.

    A fast path: razdel costs most of segmentation time, and most news sentences end plainly.
    """
    cuts = []
    for m in _CANDIDATE.finditer(unit):
        punct, nxt = m.group(1), m.group(3)
        if punct == ";" or punct[-1] == ";":
            continue  # razdel does not split at semicolons
        if not (nxt.isupper() or nxt in "«\"“„—–-"):
            return None
        if punct[0] == ".":
            i = m.start()
            j = i
            while j > 0 and unit[j - 1].isalpha():
                j -= 1
            if i - j < MIN_WORD_BEFORE_STOP or (j > 0 and not unit[j - 1].isspace() and unit[j - 1] not in "«\"“(—-"):
                return None
        cuts.append(m.end(2))
    return cuts


def _split_scripts(text: str, blocks):
    """Cut multi-line blocks where the script changes (a Russian line after an English one in a list)."""
    from .langid import line_script

    for start, end in blocks:
        if "\n" not in text[start:end]:
            yield start, end
            continue
        cut, prev, pos = start, None, start
        for line in text[start:end].split("\n"):
            script = line_script(line)
            if script and prev and script != prev:
                yield from _trimmed(text, cut, pos)
                cut = pos
            prev = script or prev
            pos += len(line) + 1
        yield from _trimmed(text, cut, end)


def _trimmed(text: str, start: int, end: int):
    """Yield ``(start, end)`` shrunk to exclude surrounding whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _wrapped(lines: list[str]) -> bool:
    """Whether a paragraph is prose hard-wrapped at a fixed width (lines end mid-sentence)."""
    if len(lines) < 3:
        return False
    lengths = [len(x.rstrip()) for x in lines[:-1]]
    longest = max(lengths)
    if not WRAP_MIN <= longest <= WRAP_MAX:
        return False
    long_ = sum(1 for n in lengths if n >= WRAP_RATIO * longest)
    continued = sum(1 for a, b in zip(lines, lines[1:], strict=False) if b[:1].islower() or a.rstrip()[-1:] not in ".!?:;»\"”…")
    return long_ >= 0.75 * len(lengths) and continued >= 0.5 * len(lengths)
