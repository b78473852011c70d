"""Another name of a place in parentheses after it, for `rashomon.entities.EntityTagger` (a mixin):
"Satbayev city (old name Nikolsky)", «Астана (ранее — Целиноград)», «Сатпаєв (колишній
Нікольський)». The cue words are ``entity_old_name_cues``; the name inside (one or two capitalized
words, nothing else before the closing parenthesis) becomes a place mention of the same place: the
same gazetteer id, canonical name and key, so the linker puts it with the place."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ._entity_names import words as _words
from .model import Mention

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_NAME = r"([^\W\d_][\w'’-]{1,40}(?: [^\W\d_][\w'’-]{1,40})?)"
#: a lowercase word between the place and the parenthesis ("Satbayev city (old name ...)")
_BETWEEN = re.compile(r"(?: [^\W\d_A-ZА-ЯЁІЇЄҐ]{2,20})? ?\(")


@functools.cache
def _cue_pattern(lang: str) -> re.Pattern[str] | None:
    cues = sorted(_words(lang, "entity_old_name_cues"), key=len, reverse=True)
    if not cues:
        return None
    alt = "|".join(re.escape(c) for c in cues)
    return re.compile(rf"(?:{alt})\s*[—–:-]?\s*\*?{_NAME}\*?\)", re.IGNORECASE)


class OldNames:
    """Mixin of `EntityTagger`: `_old_names` (a place's other name in parentheses after it)."""

    def _old_names(self, d: _Doc, out: list[Mention]) -> None:
        text = d.text
        if "(" not in text:
            return
        taken = sorted(m.span for m in out)
        for m in list(out):
            if m.type != "place" or text[m.span[1] : m.span[1] + 24].find("(") < 0:
                continue
            gap = _BETWEEN.match(text, m.span[1])
            if gap is None:
                continue
            lang = d.lang(min(len(d.words) - 1, max(0, _token_at(d, m.span[0]))))
            pat = _cue_pattern(lang)
            hit = pat.match(text, gap.end()) if pat else None
            if hit is None or not hit.group(1)[:1].isupper():
                continue
            s, e = hit.span(1)
            if any(a < e and s < b for a, b in taken):
                continue  # (already a mention there)
            other = type(m)(doc=m.doc, span=(s, e), text=text[s:e], type="place", lemma=m.lemma, key=m.key,
                            gazetteer_id=m.gazetteer_id, canonical=m.canonical)
            if hasattr(other, "how"):
                other.how = "place-word"
            out.append(other)
            taken.append((s, e))


def _token_at(d: _Doc, offset: int) -> int:
    import bisect

    return bisect.bisect_right(d.starts, offset) - 1
