"""Bytes to clean text: BOMs, UTF-8/16/32, Cyrillic code pages, mojibake repair, recorded artefacts.

`decode` is the one entry point for readers that get bytes; `normalize` cleans text that is already a
``str`` (a JSON field, an HTML extraction). Both return offsets-safe text: every `Artefact` span refers
to the final text, which is what a `Document` stores.

Legacy code pages are chosen by decoding with each candidate and scoring how plausible the result is as
Cyrillic (or Western) prose: letter frequencies, letter case inside words, mixed-script words and rare
symbols (box drawing, C1 controls, Serbian-only letters). charset-normalizer, restricted to the same
candidates, only breaks near-ties: unrestricted it misreads KOI8-R.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .document import Artefact
from .errors import InputError

#: candidate legacy code pages, in order of preference for ties
CANDIDATES = ("cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866", "kz1048", "cp1252", "latin_1")
#: defects listed per text; a badly damaged file gets one summary entry for the rest
MAX_ARTEFACTS = 1000
#: bytes sampled to choose a code page (the whole input is decoded with the winner)
SAMPLE = 16 * 1024

# Letters of ru/uk/kk by rough frequency (lower case): a statistical property of the alphabets used to
# score decodings, not a word list.
_FREQ = "оаеинтсрвлкмдпуяіыьгзбчйхжшюцщєїэфґъёәқңғүұөһ"
_WEIGHT = {c: (2.0 if i < 10 else 1.5 if i < 20 else 1.0 if i < 34 else 0.6) for i, c in enumerate(_FREQ)}
_RARE_CYR = set("ЂЃЉЊЌЋЏђѓљњќћџЅѕЈјЎўѐѝ")
_TEXT_CONTROLS = b"\t\n\r\x0c\x0b\x1b"
_NOT_CONTROL = bytes(b for b in range(256) if b >= 0x20 or b in _TEXT_CONTROLS)
_NOT_NUL_PATTERN = bytes(range(0x09, 0x0E)) + bytes(range(0x20, 256))  # bytes UTF-16 detection ignores
#: total plausibility points under which two code pages count as tied
TIE_POINTS = 6.0
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_INVISIBLE_RE = re.compile("[\u200b\u2060\ufeff\u00ad]")
_NEWLINE_RE = re.compile("\r\n?|[\u2028\u2029\u0085]")
# `?` standing for lost characters: a run between two letters ("Жа?аозен"), a run glued to a following
# letter ("??на"), or a run of 2+ standing alone. Runs are matched only from their first `?` and
# possessively, so a long run costs one pass. The pattern opens with the literal `?` (the context before
# it is checked by lookbehinds after it) so that the engine skips to each `?` at C speed.
_LOST_RE = re.compile(
    r"\?(?:(?<=\w\?)(?<!\?\?)\?*+(?=\w)|(?<!\?\?)\?*+(?=[^\W\d_])|(?<![^\s(«\"']\?)\?++(?=[\s.,;:!)»\"']|$))"
)
_FFFD_RE = re.compile("\ufffd+")
# UTF-8 Cyrillic read as cp1251 ("РџСЂРёРІРµС‚"): lead byte Р/С followed by a continuation byte's glyph.
_CONT_1251 = bytes(range(0x80, 0xC0)).decode("cp1251", errors="ignore")
_MOJI_PAIR = "[РС][" + re.escape(_CONT_1251) + "]"
_MOJI_RE = re.compile(_MOJI_PAIR + "(?:" + _MOJI_PAIR + ")+")  # 2+ pairs; a leading class lets re skip fast
# Cheap gate before ftfy: a lead byte's glyph followed by a continuation byte's glyph, as UTF-8 read
# through Latin-1/cp1252 ("Ã©", "â€”") or cp1251 ("Рџ", "вЂ"), or C1 control characters.
# One leading class (then the follower checked by the lead's kind) lets re skip to candidates at C speed.
_SUSPECT_RE = re.compile(
    "[ÃÂÅÐÑâРСвВ\u0080-\u009f](?:"
    "(?<=[ÃÂÅÐÑâ])[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
    "|(?<=[РСвВ])[" + re.escape("".join(c for c in _CONT_1251 if c not in "ІіЇїЄєҐґЁёЎў")) + "]|(?<=[\u0080-\u009f]))"
)


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    artefacts: list[Artefact] = field(default_factory=list)


def decode(data: bytes, path: str = "-", *, located: bool = True) -> Decoded:
    """Decode raw bytes to normalized text; raises `InputError` E102 (binary) or E104 (unknown encoding).

    ``located=False``: only the span-less artefacts (see `normalize`)."""
    text, encoding = _to_str(data, path)
    text, artefacts = normalize(text, located=located)
    return Decoded(text, encoding, artefacts)


def normalize(text: str, *, located: bool = True) -> tuple[str, list[Artefact]]:
    """Newlines to ``\\n``, mojibake repaired, NFC, invisible characters removed; artefacts recorded.

    ``located=False`` for markup that is converted afterwards (its spans would not index the converted
    text): only the span-less artefacts are listed, the same as filtering the full list by ``span is None``.
    """
    artefacts: list[Artefact] = []
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\u0085" in text:
        text = _NEWLINE_RE.sub("\n", text)
    if _SUSPECT_RE.search(text):
        text = _repair(text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _MIXED.search(text):
        text, n_glyphs = fix_homoglyphs(text)
        if n_glyphs:
            artefacts.append(Artefact("homoglyphs", None, f"{n_glyphs} Latin/Greek look-alike letters in Cyrillic words made Cyrillic"))
    n_invisible = 0
    if _INVISIBLE_RE.search(text):
        text, n_invisible = _INVISIBLE_RE.subn("", text)
    if n_invisible:
        artefacts.append(Artefact("removed_invisible", None, f"{n_invisible} zero-width/soft-hyphen characters removed"))
    if located:
        artefacts.extend(find_artefacts(text))
    elif _most_defects(text) > MAX_ARTEFACTS:  # else no "more_artefacts" summary can arise
        artefacts.extend(a for a in find_artefacts(text) if a.span is None)
    return text, artefacts


#: Latin and Greek letters drawn like a Cyrillic one: some sites spell Cyrillic words with them
#: ("Кiлькicть зaгиблиx") to defeat copying; the words are then unreadable to every word list
_LOOKALIKE = str.maketrans(
    "aceiopxyuAaBCEHIKMOPTXYοαρκΟΑΒΕΗΙΚΜΡΤΧΥ",
    "асеіорхуиАаВСЕНІКМОРТХУоарκОАВЕНІКМРТХУ".replace("κ", "к"),
)
_LOOKALIKE_SET = frozenset(chr(c) for c in _LOOKALIKE)
_WORD_RE = re.compile(r"[^\W\d_]+")


def fix_homoglyphs(text: str) -> tuple[str, int]:
    """Look-alike Latin/Greek letters inside otherwise Cyrillic words made Cyrillic, one for one (offsets
    unchanged); ``(text, how many letters changed)``. A word with any other Latin letter is left alone."""
    out: list[str] = []
    pos, n = 0, 0
    words = list(_WORD_RE.finditer(text))
    cyr = [any(_is_cyrillic(c) for c in m.group()) for m in words]
    for k, m in enumerate(words):
        w = m.group()
        foreign = [c for c in w if not _is_cyrillic(c)]
        if not foreign or not all(c in _LOOKALIKE_SET for c in foreign):
            continue
        if len(foreign) == len(w):  # "y", "a" alone between Cyrillic words: the prepositions у, а
            if len(w) > 1 or not (k and cyr[k - 1] and k + 1 < len(words) and (cyr[k + 1] or len(words[k + 1].group()) == 1)):
                continue
        elif len(foreign) * 2 > len(w) and not any(_is_cyrillic(c) and c not in _LATIN_LIKE for c in w):
            continue  # mostly Latin and nothing only Cyrillic has: a Latin word with a stray letter
        out.append(text[pos : m.start()])
        out.append(w.translate(_LOOKALIKE))
        cyr[k] = True
        pos = m.end()
        n += len(foreign)
    if not n:
        return text, 0
    out.append(text[pos:])
    return "".join(out), n


def _most_defects(text: str) -> int:
    """An upper bound on how many defects `find_artefacts` lists: each holds a `?`, a U+FFFD, or two of Р/С."""
    return text.count("?") + text.count("\ufffd") + (text.count("Р") + text.count("С")) // 2


def clean(text: str) -> str:
    """Light cleanup for already-decoded fragments (HTML text nodes, JSON fields): newlines, NFC, invisibles."""
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\u0085" in text:
        text = _NEWLINE_RE.sub("\n", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _INVISIBLE_RE.sub("", text) if _INVISIBLE_RE.search(text) else text


def find_artefacts(text: str) -> list[Artefact]:
    """Defects that cannot be repaired: `?` for lost letters, U+FFFD, leftover mojibake (sorted by span)."""
    found: list[Artefact] = []
    if "?" in text:
        for m in _LOST_RE.finditer(text):
            if text[m.start() - 1 : m.start()] == "<" or _in_url(text, m.start()):  # <?xml, ?query
                continue
            found.append(Artefact("lost_characters", m.span(), f"{m.group()!r} where characters were lost in an earlier conversion"))
    if "\ufffd" in text:
        for m in _FFFD_RE.finditer(text):
            found.append(Artefact("replacement_char", m.span(), f"{len(m.group())} undecodable character(s)"))
    if "Р" in text or "С" in text:
        for m in _MOJI_RE.finditer(text):
            found.append(Artefact("mojibake", m.span(), "UTF-8 read as cp1251, not repairable"))
    found.sort(key=lambda a: a.span or (0, 0))
    if len(found) > MAX_ARTEFACTS:
        rest = len(found) - MAX_ARTEFACTS
        found = found[:MAX_ARTEFACTS] + [Artefact("more_artefacts", None, f"{rest} more defects not listed")]
    return found


# -- bytes to str ------------------------------------------------------------------------------------


def _to_str(data: bytes, path: str) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc.replace("-sig", "")), enc
            except UnicodeDecodeError as e:
                raise InputError(path, "E104", f"{enc} byte order mark but invalid {enc}: {e.reason}") from e
    utf16 = _utf16_by_nuls(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    _check_binary(data, path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        if len(data) - e.start <= 3 and e.reason == "unexpected end of data":  # truncated last character
            return data[: e.start].decode("utf-8") + "\ufffd", "utf-8"
    enc = choose_codepage(data[:SAMPLE])
    if enc is None:
        raise InputError(path, "E104", "neither UTF-8 nor a known Cyrillic or Western code page")
    return data.decode(enc, errors="replace"), enc


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without BOM: one byte of each pair has few distinct values (0 and the script's block)."""
    head = data[: 4096 & ~1]
    if len(head) < 4 or not head[:512].translate(None, _NOT_NUL_PATTERN):  # no byte < 0x09 or in 0x0E-0x1F
        return None
    for enc, high, low in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        n = len(high)
        if low.count(0) > 0.05 * n:
            continue
        top2 = sorted((high.count(v) for v in set(high)), reverse=True)[:2]
        if sum(top2) >= 0.9 * n:
            return enc
    return None


def _check_binary(data: bytes, path: str) -> None:
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(path, "E102", "NUL bytes")
    controls = len(head.translate(None, _NOT_CONTROL))
    if controls > max(2, 0.05 * len(head)):
        raise InputError(path, "E102", f"{controls} control bytes in the first {len(head)}")


def choose_codepage(sample: bytes) -> str | None:
    """The most plausible legacy code page for ``sample``, or None when nothing reads as text."""
    scored: list[tuple[float, int, str]] = []
    for i, enc in enumerate(CANDIDATES):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            text = sample.decode(enc, errors="replace")
        scored.append((plausibility(text), -i, enc))
    scored.sort(reverse=True)
    best, _, enc = scored[0]
    if best <= 0:
        return None
    close = [e for score, _, e in scored if (best - score) * len(sample) < TIE_POINTS and score > 0.9 * best]
    if len(close) > 1:  # a near-tie (a few letters apart): let charset-normalizer vote among them
        vote = _charset_normalizer_vote(sample, close)
        if vote:
            return vote
    return enc


def _charset_normalizer_vote(sample: bytes, candidates: list[str]) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(sample, cp_isolation=candidates).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name
    for enc in candidates:
        if codecs.lookup(enc).name == name:
            return enc
    return None


_LOW = "а-яёіїєґәғқңөұүһўђѓљњќћџѕј"
_UP = "А-ЯЁІЇЄҐӘҒҚҢӨҰҮҺЎЂЃЉЊЌЋЏЅЈ"
_LOWER_UPPER = re.compile(f"[{_LOW}](?=[{_UP}])")  # upper case inside a word: a wrong code page
_MIXED = re.compile(f"[{_LOW}{_UP}](?=[A-Za-z])|[A-Za-z](?=[{_LOW}{_UP}])")  # mixed-script word
_ACCENTED_RUN = re.compile("[\u00c0-\u024f](?=[\u00c0-\u024f])")  # Cyrillic read as Latin-1
_ACCENTED_IN_WORD = re.compile("[A-Za-z](?=[\u00c0-\u024f])|[\u00c0-\u024f](?=[A-Za-z])")


def plausibility(text: str) -> float:
    """Score per character of how much ``text`` reads like Cyrillic or Western prose (higher is better).

    Letter frequencies and symbol penalties are summed over character counts; letter-case and script
    changes inside words are counted with regexes, so scoring runs at C speed.
    """
    if not text:
        return 0.0
    score = 0.0
    for c, n in Counter(text).items():
        score += n * _char_score(c)
    score -= 2.5 * len(_LOWER_UPPER.findall(text))
    score -= 3.5 * len(_MIXED.findall(text))
    score -= 1.6 * len(_ACCENTED_RUN.findall(text))
    score += 0.5 * len(_ACCENTED_IN_WORD.findall(text))
    return score / len(text)


@lru_cache(maxsize=4096)
def _char_score(c: str) -> float:
    if c.isascii():
        return 0.3 if c.isalnum() else 0.0
    o = ord(c)
    if 0x400 <= o <= 0x4FF:
        if c in _RARE_CYR:
            return -3.0
        low = c.lower()
        return _WEIGHT.get(low, 0.2) * (1.0 if c == low else 0.9)
    if 0xC0 <= o <= 0x24F:
        return 0.1
    if 0x80 <= o < 0xA0 or c == "\ufffd" or 0x2500 <= o <= 0x259F:
        return -5.0  # C1 controls, undecodable, box drawing
    if c in "«»—–“”„‘’…№\u00a0":
        return 0.2
    if unicodedata.category(c)[0] in "SC":
        return -2.0
    return 0.0


#: Cyrillic letters drawn like a Latin one (a word of only these and Latin letters may be Latin)
_LATIN_LIKE = frozenset("асеіорхуАСЕІОРХУВНКМТ")


def _is_cyrillic(c: str) -> bool:
    return "\u0400" <= c <= "\u04ff"


# -- repair --------------------------------------------------------------------------------------------


def _repair(text: str) -> str:
    import ftfy

    fixed = ftfy.fix_text(
        text,
        unescape_html=False,
        uncurl_quotes=False,
        fix_character_width=False,
        fix_latin_ligatures=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    if "Р" in fixed or "С" in fixed:
        fixed = _MOJI_RE.sub(_fix_cp1251_run, fixed)
    return fixed


def _fix_cp1251_run(m: re.Match[str]) -> str:
    try:
        return m.group().encode("cp1251").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return m.group()


def _in_url(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a URL-like token (``?`` of a query string)."""
    lo = max(0, pos - 300)  # a bounded look back keeps many `?` in one long token linear
    start = max(text.rfind(" ", lo, pos), text.rfind("\n", lo, pos), lo - 1) + 1
    token = text[start : pos + 1]
    if "://" in token or token.startswith("www.") or "/" in token:
        return True
    end = pos + 1
    limit = min(len(text), pos + 64)
    while end < limit and (text[end].isalnum() or text[end] in "_-"):
        end += 1
    return end < len(text) and text[end] == "="
