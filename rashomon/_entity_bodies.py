"""Bodies named in running Russian or Ukrainian text, for `rashomon.entities.EntityTagger` (a mixin).

Russian and Ukrainian capitalise only the first word of an official name: «Независимый профсоюз
горняков Вельмарии», «Государственная служба по вопросам безопасности продуктов», «Офис президента»,
«Конфедерації вільних профспілок», «Ансамбль песни и пляски имени Кельмова». The scan of capitalised
runs sees one capitalised word (or none at all past it) and puts out nothing. Here a body's head word
(``entity_body_heads``: ministry, service, agency, committee, trade union, office, ensemble ...),
capitalised itself or after a capitalised adjective and lowercase adjectives, takes the words after it
that continue the name: lowercase genitives joined by «и/та/і», «по вопросам / з питань» and the words
they govern, «имени / імені» and the capitalised name after it, and a capitalised genitive last (the
owner: a country or a town). The run is an organisation keyed by the lemmas of its words (the owner
left out, so «Независимого профсоюза горняков» links with «Независимый профсоюз горняков Вельмарии»).
A head without a capitalised adjective before it needs one lowercase genitive after it («Офиса
президента»); a capitalised head alone names nothing here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._entity_names import cap, name_stem
from ._entity_names import grammemes as _grammemes
from .translit import word_key

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_TABLE = "entity_body_heads"
_ADJ = ("ого", "его", "ому", "ему", "ой", "ей", "ый", "ий", "ая", "яя", "ое", "ее", "ую", "юю", "ом", "ем", "ым", "им",
        "ых", "их", "ої", "ій", "ім", "ою", "а", "е", "у")
_AND = {"ru": ("и",), "uk": ("і", "та", "й")}
_ABOUT = {"ru": {"по": ("вопрос", "дел")}, "uk": {"з": ("питан",), "у": ("справ",), "в": ("справ",)}}
_NAMED = ("имени", "імені")
_MAX_ADJ = 3
_MISSIONS = ("embassy", "consulate")  # heads of a lowercase mission named by its country («посольства Вельмарии»)
_IN = ("в", "во", "у")
_RANKS = ("state", "national", "federal")  # concepts of a lowercase adjective that opens a body's description
_MAX_TAIL = 10


class Bodies:
    """Mixin of `EntityTagger`: bodies whose name only opens with a capital (ru/uk)."""

    def _bodies(self, d: _Doc, out: list) -> None:
        """Add (in place, sorted) the bodies of the document; what the scan made of words inside one
        goes, places excepted (the owner stays the place it is)."""
        made = []
        for h, w in enumerate(d.words):
            lang = d.lang(h)
            if lang not in ("ru", "uk") or not w[:1].isalpha() or w.isupper():
                continue
            low = w.lower()
            if self._concept(low, lang, _TABLE) is None or low.endswith(_ADJ[:18]) and not self._noun(low, lang):
                continue
            got = self._body_at(d, h, lang)
            if got is None:
                continue
            a, b, own = got
            s, e = d.starts[a], d.ends[b - 1]
            if any(m.span[0] < d.ends[h] and m.span[1] > d.starts[h] or m.span[0] < s < m.span[1] or m.span[0] < e < m.span[1]
                   for m in out):
                continue  # a name the scan read over the head or across an edge: its reading stands
            if made and made[-1][1] > a:
                continue
            made.append((a, b, own))
        if not made:
            return
        for a, b, own in made:
            s, e = d.starts[a], d.ends[b - 1]
            out[:] = [m for m in out if m.span[1] <= s or m.span[0] >= e or m.type == "place"]
            lemma = d.text[s:e]
            self._emit(d, a, b, "org", "org-word", lemma[:1].upper() + lemma[1:], out)
            lang = d.lang(a)
            head = next((c for k in range(a, b) if (c := self._concept(d.words[k].lower(), lang, _TABLE))), None)
            if head in _MISSIONS and own is not None:  # a mission: its country and its host, in any language and case
                stems = [name_stem(word_key(d.words[k].lower())) for k in range(own, b) if d.words[k] not in _IN]
                out[-1].key = " ".join(["#body", head, *stems])
                continue
            named = next((k for k in range(a, b) if d.words[k].lower() in _NAMED), None)
            if named is not None:  # «ансамбля (песни и пляски) имени Кельмова»: the head's concept and the name, in any language
                head = next(c for k in range(a, named) if (c := self._concept(d.words[k].lower(), lang, _TABLE)))
                stems = [name_stem(word_key(d.words[k].lower())) for k in range(named + 1, b) if len(d.words[k]) > 1]
                out[-1].key = " ".join(["#body", head, *stems])
                continue
            keyed = [self._lemma_of(d.words[k], lang) for k in range(a, b) if k != own and len(d.words[k]) > 1]
            out[-1].key = "#body " + " ".join(keyed)
        out.sort(key=lambda m: m.span[0])

    def _noun(self, low: str, lang: str) -> bool:
        parses = self.morph.info(low, lang)[2]
        return bool(parses) and "NOUN" in _grammemes(parses[0])

    def _gen(self, w: str, lang: str, noun_only: bool = False) -> bool:
        """The word's best reading is a noun or an adjective in the genitive."""
        return self._case(w, lang, "gent", noun_only)

    def _case(self, w: str, lang: str, case: str, noun_only: bool = False) -> bool:
        """The word's best reading is a noun or an adjective, and some reading of it is in ``case``."""
        parses = self.morph.info(w, lang)[2]
        if not parses:
            return False
        pos = {"NOUN"} if noun_only else {"NOUN", "ADJF"}
        if any("VERB" in _grammemes(p) for p in parses):
            return False  # («прибыли», «стали»: a verb after the name)
        return bool(_grammemes(parses[0]) & pos) and any(case in _grammemes(p) and _grammemes(p) & pos for p in parses)

    def _body_at(self, d: _Doc, h: int, lang: str) -> tuple[int, int, int] | None:
        """(first token, end, the owner's token or None) of a body whose head is token h, else None."""
        words, gaps = d.words, d.gaps
        a, bare = h, False
        if not cap(words[h]):
            k = h - 1
            while k >= 0 and h - k <= _MAX_ADJ and gaps[k + 1] == " ":
                x = words[k]
                if not x.endswith(_ADJ) or x.isupper() or len(x) < 4:
                    break
                if cap(x):
                    a = k
                    break
                k -= 1
            if a == h and h > 0 and gaps[h] == " " and words[h - 1].islower() \
                    and self._concept(words[h - 1], lang, "entity_institution_words") in _RANKS:
                a, bare = h - 1, None  # «национальной службы по ...»: a lowercase national body, with a long tail
            elif a == h and self._concept(words[h].lower(), lang, _TABLE) in _MISSIONS:
                bare = False  # «посольства Вельмарии»: a mission needs its country after it (below)
                if h > 0 and gaps[h] == " " and words[h - 1].lower().startswith("генеральн"):
                    a = h - 1  # «генерального консульства»
            elif a == h:
                bare = True  # a lowercase head alone: only a name after «имени / імені» makes it one
            if d.initial(a) and h == a + 1 and not self._concept(words[a].lower(), lang, "entity_institution_words"):
                return None  # «Городская служба сообщила»: a capital that only opens the sentence
        elif h + 1 < len(words) and cap(words[h + 1]):
            return None  # «Комитет Вельмарии»: the scan's run
        j, n, lower, own, named = h + 1, len(words), 0, None, False
        mission = self._concept(words[h].lower(), lang, _TABLE) in _MISSIONS
        if mission and not (j < n and gaps[j] == " " and cap(words[j])):
            return None
        if mission:
            lower = 1  # (its country is all the name a mission needs)
        while j < n and j - h <= _MAX_TAIL and gaps[j] == " ":
            x, xl = words[j], words[j].lower()
            if x in _AND.get(lang, ()) and j + 1 < n and gaps[j + 1] == " " and words[j + 1].islower() \
                    and self._gen(words[j + 1], lang):
                j += 1
                continue
            pre = _ABOUT.get(lang, {}).get(x)
            if pre and j + 1 < n and gaps[j + 1] == " " and words[j + 1].lower().startswith(pre):
                j += 2
                lower += 1
                continue
            if lang == "ru" and x == "по" and lower + (a < h) > 0:  # «агентства по чрезвычайным ситуациям»
                k = j + 1
                while k < n and k - j <= 3 and gaps[k] == " " and words[k].islower() and self._case(words[k], lang, "datv"):
                    k += 1
                if k > j + 1 and not words[k - 1].endswith(_ADJ[:18]):
                    j = k
                    lower += 1
                    continue
                break
            if xl in _NAMED and j + 1 < n and gaps[j + 1] == " ":
                k = j + 1
                while k < n and k - j <= 3 and cap(words[k]) and not gaps[k].strip(" ."):
                    k += 1
                if k == j + 1:
                    break
                j = k
                lower += 1
                named = True
                break
            if x.islower() and x.isalpha() and self._gen(x, lang):
                j += 1
                lower += 1
                continue
            if own is None and cap(x) and not x.isupper() and x.isalpha() and self._gen(x, lang, True) and lower + (a < h) > 0 \
                    and self._concept(xl, lang, _TABLE) is None:  # («службы Министерства энергетики»: the next body)
                own = j  # the owner: last, or before «по вопросам / з питань» («службы Вельмарии по вопросам ...»)
                j += 1
                if mission and j + 1 < n and gaps[j] == " " and words[j] in _IN and gaps[j + 1] == " " and cap(words[j + 1]):
                    j += 2  # «посольства Вельмарии в Ольмии»: the mission's host country or town
                    break
                if j + 1 < n and gaps[j] == " " and (words[j] in _ABOUT.get(lang, {}) or lang == "ru" and words[j] == "по"):
                    continue
            break
        end = j
        while end > h + 1 and words[end - 1] in _AND.get(lang, ()):
            end -= 1
        if own is not None and own >= end:
            own = None
        if not lower and a == h or bare and not named or bare is None and (lower < 2 or own is not None) \
                or mission and own is None:
            return None
        return a, end, own
