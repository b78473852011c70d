"""Numbered institutions («колонии № 6», «ИК-6», "Penal Colony No. 6", «№6 колонияда»; a school, a
hospital, a detention centre by its number): one organisation keyed by its kind's concept and its
number (``#num colony 6``), so that its forms in every language, case and spelling link. A mixin of
`rashomon.entities.EntityTagger`.

Data (per language): ``entity_numbered_heads`` (a kind word's stem -> concept; matched at a word's
start, any ending, letter case ignored), ``entity_numbered_abbrevs`` (an abbreviation -> concept,
written as listed: «ИК», "SIZO"), ``entity_numbered_mods`` (stems of a modifier that belongs to the
name before the kind word: "penal", «исправительной»). Kazakh writes the number first («№6 колония»)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .langdata import load_list, load_map
from .model import Mention

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_NUM = r"(\d{1,4}(?:/\d{1,3})?)(?![\d/])"
_SIGN = r"(?:№|[Nn][Oo]\.|[Nn][Oo](?=[\s\d])|N(?=\s?\d))"


def _alt(items) -> str:
    return "|".join(re.escape(x) for x in sorted(items, key=len, reverse=True))


@functools.cache
def _patterns(lang: str) -> tuple[tuple[re.Pattern, dict[str, str], str], ...]:
    """(pattern, stem/abbreviation -> concept, shape) of ``lang``; shape: "head", "abbr" or "first"."""
    heads = {k.casefold(): v for k, v in load_map(lang, "entity_numbered_heads").items()}
    abbrs = load_map(lang, "entity_numbered_abbrevs")
    mods = load_list(lang, "entity_numbered_mods")
    out = []
    if heads:
        mod = rf"(?:(?:{_alt(mods)})\w*\s+)?" if mods else ""
        if lang == "kk":
            out.append((re.compile(rf"(?<![\w-])№\s?{_NUM}\s+({_alt(heads)})\w*", re.I), heads, "first"))
        out.append((re.compile(rf"(?<![\w-]){mod}({_alt(heads)})\w*\s?{_SIGN}\s?{_NUM}", re.I), heads, "head"))
    if abbrs:
        out.append((re.compile(rf"(?<![\w-])({_alt(abbrs)})(?:\s?-\s?|\s?№\s?){_NUM}"), abbrs, "abbr"))
    return tuple(out)


class NumberedInstitutions:
    """Mixin of `EntityTagger`: `_numbered_institutions`."""

    def _numbered_institutions(self, d: _Doc, out: list[Mention]) -> None:
        text = d.text
        if not any(c.isdigit() for c in text):
            return
        from .entities import TaggedMention  # (the tagger's own mention class)

        langs = dict.fromkeys([d.doc.lang, *(p.lang for p in d.doc.paragraphs if getattr(p, "lang", None))])
        made: list[tuple[int, int, str, str]] = []
        for lang in langs:
            if lang not in ("ru", "uk", "en", "kk"):
                continue
            for pat, table, shape in _patterns(lang):
                for m in pat.finditer(text):
                    if (d.doc.lang_at(m.start()) or d.doc.lang) != lang:
                        continue
                    word, num = (m.group(2), m.group(1)) if shape == "first" else (m.group(1), m.group(2))
                    concept = table.get(word if shape == "abbr" else word.casefold())
                    if concept:
                        made.append((m.start(), m.end(), concept, num))
        if not made:
            return
        made.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        kept: list[tuple[int, int, str, str]] = []
        for x in made:
            if not kept or x[0] >= kept[-1][1]:
                kept.append(x)
        for s, e, concept, num in kept:
            out[:] = [m for m in out if m.span[1] <= s or m.span[0] >= e]
            out.append(TaggedMention(doc=d.doc.id, span=(s, e), text=text[s:e], type="org", lemma=text[s:e],
                                     key=f"#num {concept} {num}", how="org-word"))
        out.sort(key=lambda m: m.span[0])
