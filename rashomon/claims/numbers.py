"""Numbers in every local format: ``1,500``, ``1 500``, ``90.000``, ``1.5 thousand``, ``18 тысяч``,
``Eighty-six``, ``seven``, ``a thousand``, ``двадцяти п'яти``, ``он алты``.

``parse_number(toks, i, lex)`` reads the number starting at token ``i`` and returns
``(value, end_index)`` or None. Values may be fractional (``1.5``) until a multiplier makes them whole;
callers reject non-integers.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._voice import word_list
from .grammar import Token
from .lexicon import Lexicon

_GROUP_GAPS = {" ", "\u00a0", "\u202f", "\u2009"}


def parse_digits(s: str) -> float | None:
    """``"1,500"`` -> 1500, ``"90.000"`` -> 90000, ``"1.5"`` / ``"1,5"`` -> 1.5, ``"17.12"`` -> 17.12."""
    if not s:
        return None
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s)
    parts = s.replace(",", ".").split(".")
    grouped = len(set(seps)) == 1 and len(parts) >= 2 and 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])
    if grouped and (len(parts) > 2 or parts[0] != "0"):  # "1,500", "90.000" (not "0.500")
        return float("".join(parts))
    if len(seps) == 1:
        return float(parts[0] + "." + parts[1])
    if len(set(seps)) == 2:  # "1,500.5" / "1.500,5": the last separator is the decimal point
        last = max(s.rfind("."), s.rfind(","))
        whole = "".join(c for c in s[:last] if c.isdigit())
        return float(whole + "." + s[last + 1 :])
    return None


def _multiplier(toks: Sequence[Token], j: int, lex: Lexicon) -> tuple[int, int] | None:
    """A multiplier word at ``j`` (``thousand``, ``тысяч``, ``тыс.``): ``(factor, end)``."""
    if j >= len(toks) or toks[j].kind != "w":
        return None
    hit = lex.number_word(toks[j])
    if not hit or hit[1] != "mult":
        return None
    end = j + 1
    if end < len(toks) and toks[end].text == "." and toks[end].start == toks[j].end and len(toks[j].low) <= 3:
        end += 1  # "тыс." / "млн."
    return hit[0], end


def parse_number(toks: Sequence[Token], i: int, lex: Lexicon, text: str = "") -> tuple[float, int] | None:
    t = toks[i]
    if t.kind == "n":
        v = parse_digits(t.text)
        if v is None:
            return None
        j = i + 1
        # "1 500", "90 000": digit groups separated by one (narrow) space
        if text and v < 1000 and len(t.text) <= 3 and t.text.isdigit():
            while (
                j < len(toks) and toks[j].kind == "n" and len(toks[j].text) == 3 and toks[j].text.isdigit()
                and toks[j].start - toks[j - 1].end == 1 and text[toks[j - 1].end] in _GROUP_GAPS
            ):
                v = v * 1000 + float(toks[j].text)
                j += 1
        m = _multiplier(toks, j, lex)
        if m:
            if lex.lang != "en" and t.text.count(",") == 1 and len(t.text.split(",")[1]) == 3 and t.text.replace(",", "").isdigit():
                # "53,112 тис." in a Cyrillic page: the comma is the decimal point of a count in thousands
                # (53.112 thousand), not a digit group (a grouped figure takes no "thousand" after it)
                a, b = t.text.split(",")
                return (int(a) * 1000 + int(b)) * m[0] / 1000, m[1]
            v, j = v * m[0], m[1]
            # "2 тысячи 350": the hundreds written in digits after the thousands word (not "2 тысячи, 350")
            if m[0] == 1000 and v == int(v) and j < len(toks) and toks[j].kind == "n" and toks[j].text.isdigit() \
                    and len(toks[j].text) <= 3 and toks[j].start - toks[j - 1].end == 1 \
                    and not (j + 1 < len(toks) and _multiplier(toks, j + 1, lex)):
                v, j = v + float(toks[j].text), j + 1
        return v, j
    if t.kind != "w":
        return None
    return _parse_words(toks, i, lex)


def _parse_words(toks: Sequence[Token], i: int, lex: Lexicon) -> tuple[float, int] | None:
    total, cur, j, seen = 0, 0, i, False
    n = len(toks)
    while j < n:
        tok = toks[j]
        if tok.kind != "w":
            # "Eighty-six": a hyphen between two numeral words
            if tok.text == "-" and seen and j + 1 < n and toks[j + 1].start == tok.end and lex.number_word(toks[j + 1]):
                j += 1
                continue
            break
        hit = lex.number_word(tok)
        if hit is None and seen and cur and cur == int(cur) and cur < 10:
            # "две с половиной тысячи", "п'ять з половиною сотень", "two and a half thousand" (half_joins.txt):
            # a half before the multiplier
            half = word_list(lex.lang, "half_joins").first(toks, j)
            if half and half[0] < n and (m := lex.number_word(toks[half[0]])) and m[1] == "mult":
                cur += 0.5
                j = half[0]
                continue
        if hit is None:
            # "two hundred and fifty"
            if tok.low == "and" and seen and cur % 100 == 0 and cur and j + 1 < n and lex.number_word(toks[j + 1]):
                j += 1
                continue
            break
        val, flag = hit
        if flag == "article":
            nxt = lex.number_word(toks[j + 1]) if j + 1 < n else None
            if seen or not nxt or nxt[1] != "mult":
                break
            cur = 1
        elif flag == "mult":
            if not seen:  # a bare "thousand" is no number ("a thousand" is)
                break
            cur = (cur or 1) * val  # "пів сотні": a half times a hundred
            if val >= 1000:
                total += cur
                cur = 0
        else:
            # "one two" is not one number; "twenty six", "two hundred fifty", "он алты" are
            clash = seen and cur and val >= 1 and (cur % 10 != 0 or val >= cur)
            if clash and not (cur >= 20 and cur % 10 == 0 and val < 10) and not (cur % 100 == 0 and val < 100):
                break
            cur += val
        seen = True
        j += 1
    if not seen:
        return None
    return float(total + cur), j
