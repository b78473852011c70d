"""Known names and landmarks for `rashomon.entities.EntityTagger` (a mixin: it uses the tagger's
morphology, gazetteer and per-document state).

* Organisations of ``entity_org_names`` (UN / ООН / БҰҰ, МЧС / Ministry of Emergency Situations), with
  a country after them (``МЧС РК``) or, for national institutions, the country of their document.
* Countries written as "Republic of X" (``Республики Казахстан``).
* Landmarks inside a town (``entity_landmarks``: Дом профсоюзов, площадь Республики, Сосновое поле,
  шахта имени Абенова), keyed by the concepts of their translated words and the stems of their names,
  so that ru/uk/kk/en forms link; their ``canonical`` names the town (Дом профсоюзов (Pavlodar)).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import compress
from typing import TYPE_CHECKING

from ._entity_doc import TOKEN_LANGS
from ._entity_morph import surname_like
from ._entity_names import (
    ADJ_END,
    CYR,
    HARD_GAP,
    ORG_PREFIX,
    OrgTable,
    WordTable,
    cap,
    country_codes,
    display_name,
    grammemes,
    landmark_key,
    name_stem,
    org_home,
    org_key,
    title,
    word_pairs,
    words,
)
from .gazetteer import Place
from .langdata import load_list, load_map
from .model import Mention
from .translit import key as tkey
from .translit import latin, word_key

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc


_MISSING = object()
_NO_HEAD = (None, None)
#: landmark words a quoted name may stand beside (шахта «X», «X» шахтасы): facilities, not streets
_QUOTED_HEADS = frozenset({"mine", "stadium", "market", "palace", "dam"})  # landmark words; facilities: all
_QUOTE_CHARS = frozenset("«»\"“”„'‘’")
#: last two letters of a ru/uk adjective not in the nominative singular (Болотной, Хрещатицькому)
_ADJ_TAILS = frozenset({"ой", "ей", "ом", "ем", "ую", "юю", "ых", "их", "ым", "им", "го", "му", "ій", "ої", "єї", "ім", "ою"})
_ORG_GRAMMEMES = frozenset({"Fixd", "Abbr", "Orgn"})  # pymorphy tags of compound abbreviations
_OPEN_QUOTES = frozenset({"«", '"', "“", "„", "'", "‘"})
_CLOSE_QUOTES = frozenset({"»", '"', "”", "“", "'", "’"})


WATER = _WATER = frozenset({"reservoir", "river", "lake", "strait", "bay", "sea"})  # landmark concepts of water bodies
_OPEN_WATER = frozenset({"strait", "bay", "sea"})  # ... that lie in no town
_SITES = frozenset({"mine", "dam"})  # landmark concepts of sites outside towns, as the water bodies
# the adjective suffix of a water body's name stem (sardobinsk, kuibishevsk -> sardob, kuibishev), taken
# off every name stem of a water body alike so that the noun and the adjective meet
_WATER_STEM_END = re.compile(r"(?:in|yn)?sk$")
_DATELINE_REST = re.compile(r",[ \t]*\d{1,2}[ \t.]*[^\W\d_]")  # ", 3 мамыр", ", 15 August" after a dateline's town


@functools.cache
def _zone_frames() -> tuple[tuple[str, str], ...]:
    """(before, after) of every ``time_zone_frames`` pattern ("по * времени", "* уақыты бойынша"),
    lowercased, the zone's town at the star."""
    out = []
    for lang in TOKEN_LANGS:
        for row in load_list(lang, "time_zone_frames"):
            if "*" in row:
                a, b = row.lower().split("*", 1)
                out.append((a.strip(), b.strip()))
    return tuple(out)


def _zone_town(text: str, m: Mention) -> bool:
    """A town named only for its clock ("Бішкек уақыты бойынша", "по времени Бишкека", "Kyiv time")."""
    before = text[max(0, m.span[0] - 30) : m.span[0]].lower().rstrip()
    after = text[m.span[1] : m.span[1] + 30].lower().lstrip()
    return any((not a or before.endswith(a)) and (not b or after.startswith(b)) for a, b in _zone_frames() if a or b)


def _water_key(key: str | None) -> bool:
    """Is this a landmark key of a water body (``#lm reservoir sardob``)?"""
    parts = (key or "").split(" ")
    return len(parts) > 1 and parts[1] in _WATER


def _outside_towns(key: str | None) -> bool:
    """A landmark key of a water body, a mine or a dam (``#lm mine kumtor``): a site that usually lies
    outside the town a report is filed from."""
    parts = (key or "").split(" ")
    return len(parts) > 1 and (parts[1] in _WATER or parts[1] in _SITES)


def _open_water(key: str | None) -> bool:
    """A landmark key of a strait, bay or sea: it lies in no town (Kerch Strait, not "(Kerch)")."""
    parts = (key or "").split(" ")
    return len(parts) > 1 and parts[1] in _OPEN_WATER


def _home_countries(gaz, out: list[Mention], countries: Counter) -> Counter:
    """The countries a document's bare institution may belong to: those of the region the gazetteer
    covers fully, those the document names (as a country or by a region), and a foreign country
    whose places it names twice or more; one foreign town alone (a common word read as a town:
    «Тема закреплена» -> Tema, Ghana) proves nothing. All of them when none qualifies."""
    named = {p.country for m in out if m.gazetteer_id and m.type == "place"
             and (p := gaz.place(m.gazetteer_id)) is not None and p.kind != "city"}
    home = Counter({cc: n for cc, n in countries.items() if cc in gaz.full_countries or cc in named or n >= 2})
    return home or countries


def _dateline_town(text: str, m: Mention) -> bool:
    """A town opening a line near the top, then a comma and a day ("Шымкент, 3 мамыр.")."""
    if not text or m.span[0] > 600 or text[text.rfind("\n", 0, m.span[0]) + 1 : m.span[0]].strip():
        return False
    return _DATELINE_REST.match(text, m.span[1]) is not None



# a filler of ``entity_landmark_words`` only after a surname (the Kostenko coal mine: a mine named
# after a man; "the Kumtor gold mine" names the mine Kumtor, which stands alone)
_ROUTE_DASHES = frozenset("-‐‑–—")


def _two_names(w: str) -> bool:
    """"Almaty-Bishkek": two capitalized names joined by a dash in one word."""
    parts = re.split("[-‐‑–—]", w)
    return len(parts) == 2 and all(len(p) > 1 and p[0].isupper() for p in parts)

_AFTER_PERSON = "-after-surname"


@functools.cache
def _kk_venue_ends() -> tuple[str, ...]:
    return tuple(load_list("kk", "entity_venue_cases"))


def _kk_located(w: str) -> bool:
    """A Kazakh word that is never a word of a landmark's name before its head: one with the
    attributive locative (Константиновкадағы базар: the market in Константиновка, where it is) or a
    compound with a common noun after the hyphen (Telegram-арналарда: in Telegram channels)."""
    low = w.lower()
    tail = w.rpartition("-")[2]
    return any(low.endswith(e) and len(low) - len(e) >= 3 for e in _kk_venue_ends()) \
        or (tail != w and len(tail) > 4 and tail.islower())

_KK_LETTERS = re.compile("[әғқңөұүһі]", re.I)



@functools.cache
def _landmark_abbrevs(lang: str) -> dict[str, str]:
    """Abbreviated landmark heads written with a full stop (``entity_landmark_abbrevs``: вул -> street)."""
    from .langdata import load_table

    return {r[0].lower(): r[1] for r in load_table(lang, "entity_landmark_abbrevs") if len(r) >= 2}

class KnownNames:
    """Mixin of `EntityTagger`: known organisations, "Republic of X" and landmarks."""

    # -- known organisations ----------------------------------------------------------------------
    def _org_table(self, lang: str) -> OrgTable:
        got = self._orgs.get(lang)
        if got is None:
            got = self._orgs[lang] = OrgTable(lang, self._lemma_of)
        return got

    def _org_at(self, d: _Doc, i: int, out: list[Mention]) -> int:
        """Emit a name of ``entity_org_names`` starting at token i (with a country after it, if
        any); returns its length in tokens, else 0."""
        got = self._org_match(d, i)
        if not got:
            return 0
        n, concept, cc = got
        start = i
        if cc is None and (adj := _country_adjective(d, i, concept)):
            start, cc = i - 1, adj  # "the Russian Ministry of Defence": the country's adjective before it
        self._emit(d, start, i + n, "org", "org-table", display_name(concept) + (f" ({cc})" if cc else ""), out)
        out[-1].key = org_key(concept, cc)
        if i and out[:-1] and (d.tok_lang[i] or d.lang(i)) == "kk" and d.gaps[i] == " ":
            prev = out[-2]  # «Ресей ТЖМ», «Қазақстан ІІМ»: Kazakh names the country first
            if prev.type == "place" and prev.span[1] == d.ends[i - 1] and prev.gazetteer_id \
                    and (pl := self.gaz.place(prev.gazetteer_id)) is not None and pl.kind == "country" \
                    and org_home().get(concept) != pl.country:  # «Ресей ФСБ»: the country its name already says
                m = out[-1]
                m.span, m.text = (prev.span[0], m.span[1]), d.text[prev.span[0] : m.span[1]]
        if cc and (tail := self._country_tail(d, i + n)):
            # "National Police of Ukraine", «Генеральной прокуратуры Республики Казахстан»: the written
            # name runs on; the country is still tagged after it as a place of its own
            m = out[-1]
            m.span, m.text = (m.span[0], tail), d.text[m.span[0] : tail]
        if cc and n > 1:
            return self._name_tokens(d, i, n, cc)
        if cc is None and n == 2 and d.words[i].isupper() and (home := org_home().get(concept)) \
                and self._country_after(d, i + 1)[0] == home:
            m = out[-1]  # «ФСБ Росії», «ДСНС України»: the acronym is the mention, the name with its own
            if hasattr(m, "alias") and not m.alias:  # country a written form of it (`TaggedMention.alias`),
                m.alias = m.text  # and the country is still a place of its own
            m.span, m.text = (m.span[0], d.ends[i]), d.words[i]
            return 1
        return n

    def _name_tokens(self, d: _Doc, i: int, n: int, cc: str) -> int:
        """Tokens of a known acronym without the country written after it («ГКНБ Кыргызстана», «МВД
        Грузии»): the mention keeps the country, which is still tagged as a place of its own."""
        if d.words[i + 1] not in country_codes() and d.words[i].isupper() and self._country_after(d, i + 1) == (cc, n - 1):
            return 1  # an acronym only: "Следственный комитет России" stays one mention
        return n

    def _country_tail(self, d: _Doc, j: int) -> int | None:
        """End offset of "of Ukraine" / «Республики Казахстан» right after a name, else None."""
        if j >= len(d.words) or len(d.gaps[j]) > 1 or HARD_GAP.search(d.gaps[j]):
            return None
        skip = self._of_skip(d, j)
        if skip == 0 and d.words[j] in country_codes():
            return None
        k = j + skip
        if not cap(d.words[k]):
            return None
        gr = self._republic_of(d, k, d.lang(k))
        if gr:
            return d.ends[k + gr[0] - 1]
        g = self._gaz_match(d, k, d.lang(k))
        if skip and g and g[1].kind == "country":
            return d.ends[k + g[0] - 1]
        return None

    def _org_match(self, d: _Doc, i: int) -> tuple[int, str, str | None] | None:
        """(tokens, concept, country) of a known organisation name at token i (memoized)."""
        got = d.orgs.get(i, _MISSING)
        if got is _MISSING:
            w = d.words[i]
            got = None
            if w[:1].isupper():
                lang = d.tok_lang[i] or d.lang(i)
                starts = self._rec(w, lang).org
                if starts[0] is not None or starts[1]:  # (most capitalized words start no known name)
                    got = self._org_lookup(d, i, lang, starts)
            d.orgs[i] = got
        return got

    def _bare_common_start(self, d: _Doc, i: int, lang: str) -> bool:
        """Token i opens a sentence without quotes before it and is a common word there (the season
        «Весна», not the rights centre «Весна»): its capital proves nothing. Compound abbreviations
        the dictionary knows as such («Міноборони», «Минобороны»: indeclinable) or that open with a stump
        (``entity_stump_prefixes``: «Росгвардія») stay names."""
        if not d.initial(i) or any(q in d.gaps[i] for q in _OPEN_QUOTES):
            return False
        if lang not in ("ru", "uk") or not self.morph.common(d.words[i], lang, True):
            return False
        low = d.words[i].lower()
        if any(low.startswith(s) and len(low) >= len(s) + 3 for s in load_list(lang, "entity_stump_prefixes")):
            return False  # «Росгвардія повідомила»: a compound abbreviation, a name (the uk dictionary knows it lowercase)
        _, _, parses = self.morph.info(d.words[i], lang)
        return not any(_ORG_GRAMMEMES & grammemes(p) for p in parses)

    def _common_word_in_name(self, d: _Doc, i: int, lang: str) -> bool:
        """Token i is a one-word name that is a common English word (``entity_org_common_words``:
        Memorial) not standing alone: it opens a sentence, or a capitalized word touches it (the Lincoln
        Memorial, Memorial Day): another name's word, not the organisation."""
        if d.words[i].lower() not in words(lang, "entity_org_common_words"):
            return False
        if d.initial(i):
            return True
        before = i > 0 and d.gaps[i] == " " and d.words[i - 1][:1].isupper()
        after = i + 1 < len(d.words) and d.gaps[i + 1] == " " and d.words[i + 1][:1].isupper()
        return before or after

    def _org_starts_of(self, w: str, lang: str) -> tuple[str | None, list]:
        """(acronym's concept, names starting with the word) of a capitalized word (cached per tagger)."""
        if len(self._org_starts) > 200_000:
            self._org_starts.clear()
        table = self._org_table(lang)
        cands = table.candidates(word_key(w), word_key(self._lemma_of(w, lang))) if table.by_first else []
        got = self._org_starts[(w, lang)] = (table.acronyms.get(w) or table.acronyms.get(_acronym_head(w, lang) or ""), cands)
        return got

    def _org_lookup(self, d: _Doc, i: int, lang: str, starts: tuple) -> tuple[int, str, str | None] | None:
        concept, cands = starts
        n = 1
        if concept is not None:  # a longer name opening with the acronym wins («CNN Turk», not CNN)
            cands = [e for e in cands if len(e.words) > 1 and e.words[0] == d.words[i]]
        if cands:
            table = self._org_table(lang)
            for e in cands:
                m = len(e.words)
                if i + m > len(d.words) or any(HARD_GAP.search(d.gaps[j]) or len(d.gaps[j]) > 2 for j in range(i + 1, i + m)):
                    continue
                if m == 1 and (self._bare_common_start(d, i, lang) or self._common_word_in_name(d, i, lang)) \
                        and not (i + 1 < len(d.words) and d.words[i + 1] in country_codes() and d.gaps[i + 1] == " "):
                    continue  # («Слідком РФ повідомив»: a country code after it makes it the name)  # «Весна наступила...»: a one-word name that is a common word, opening a sentence unquoted
                if all(table.word_matches(word_key(d.words[j]), word_key(self._tok_lemma(d, j, lang)), e.keys[j - i])
                       for j in range(i, i + m)):
                    concept, n = e.concept, m
                    break
        if concept is None:
            return None  # (what most capitalized words get: no acronym, no name starts with them)
        cc, extra = self._country_after(d, i + n)
        if cc and org_home().get(concept) == cc:  # ГСЧС Украины: the country its name already says
            return n + extra, concept, None  # (one organisation, not keyed by it; the country is a place too)
        return n + extra, concept, cc

    @staticmethod
    def _of_skip(d: _Doc, j: int) -> int:
        """Tokens of "of" (1) or "of the" (2: "of the Republic of Uzbekistan") at token j before a name, else 0."""
        if d.words[j].lower() not in words("en", "entity_connectors") or j + 1 >= len(d.words) or len(d.gaps[j + 1]) > 1:
            return 0
        if d.words[j + 1] == "the" and j + 2 < len(d.words) and len(d.gaps[j + 2]) <= 1 and cap(d.words[j + 2]):
            return 2
        return 1

    def _country_after(self, d: _Doc, j: int) -> tuple[str | None, int]:
        """(ISO code, tokens) of a country named right after an organisation (РК, России, of Ukraine)."""
        if j >= len(d.words) or len(d.gaps[j]) > 1 or HARD_GAP.search(d.gaps[j]):
            return None, 0
        w = d.words[j]
        if w in country_codes():
            return country_codes()[w], 1
        skip = self._of_skip(d, j)
        if not cap(d.words[j + skip]):
            return None, 0
        g = self._gaz_match(d, j + skip, d.lang(j + skip))
        if g and g[1].kind == "country":  # "of Ukraine" keys the name but stays a place of its own
            return g[1].country, 0 if skip else g[0]
        gr = self._republic_of(d, j + skip, d.lang(j + skip))
        if gr:
            return gr[1].country, 0
        return None, 0

    def _republic_of(self, d: _Doc, p: int, lang: str) -> tuple[int, Place, str] | None:
        """"Республики Казахстан", "Republic of Kazakhstan": (tokens, country, base form) at token p."""
        w = d.words[p]
        if not cap(w):
            return None
        rep = self._republic.get((w, lang))
        if rep is None:
            if len(self._republic) > 200_000:
                self._republic.clear()
            rep = self._republic[(w, lang)] = self._modifier(d, p, lang) == "republic"
        if not rep:
            return None
        k = p + 1
        if k < len(d.words) and d.words[k].lower() in words("en", "entity_connectors"):
            k += 1
        if k >= len(d.words) or any(len(d.gaps[x]) > 1 or HARD_GAP.search(d.gaps[x]) for x in range(p + 1, k + 1)):
            return None
        g = self._gaz_match(d, k, d.lang(k)) if cap(d.words[k]) else None
        if g and g[1].kind == "country":
            return k - p + g[0], g[1], " ".join(d.words[p : k + g[0]])
        return None


    def _qualify_orgs(self, d: _Doc, out: list[Mention]) -> None:
        """A bare national institution (МВД, Минздрав) belongs to the country the document mentions
        most (by its places), so the ministries of two countries stay apart."""
        national = words(None, "entity_org_national")
        bare = [m for m in out if (m.key or "").startswith(ORG_PREFIX) and "@" not in m.key
                and m.key[len(ORG_PREFIX):] in national]
        if not bare:
            return
        countries = Counter(p.country for m in out if m.gazetteer_id and m.type == "place"
                            and (p := self.gaz.place(m.gazetteer_id)) is not None)
        countries = _home_countries(self.gaz, out, countries)
        if not countries and (home := load_map(None, "entity_lang_home").get(d.doc.lang or "")):
            countries = Counter({home: 1})  # «ТЖМ хабарлады» with no place at all: Kazakh writes of Kazakhstan's
        if countries:
            cc = countries.most_common(1)[0][0]
            for m in bare:
                own = self._named_country(m.text)  # «Ресей Қорғаныс министрлігі»: its own country first
                m.key = org_key(m.key[len(ORG_PREFIX):], own or cc)
                m.lemma = f"{m.lemma} ({own or cc})"

    def _named_country(self, text: str) -> str | None:
        """ISO code of a country the first word of an institution's name is (Ресей, Қазақстан), if any."""
        first = text.split(" ", 1)[0].strip("«»\"'")
        if " " not in text or not first[:1].isupper():
            return None
        keys = [tkey(first)]
        if _KK_LETTERS.search(first) or first.endswith(("ның", "нің", "дың", "дің", "тың", "тің")):
            keys += [k for _, k in self._variants(first, "kk")[1:]]  # «Қазақстанның ТЖМ»: its genitive
        for k in keys:
            ids = self.gaz.lookup(k)
            place = self.gaz.place(ids[0].lstrip("~")) if ids else None
            if place is not None and place.kind == "country":
                return place.country
        return None

    # -- landmarks (squares, buildings, fields, mines inside a town) -----------------------------
    def _word_table(self, lang: str, name: str) -> WordTable:
        got = self._tables.get((lang, name))
        if got is None:
            got = self._tables[(lang, name)] = WordTable(lang, name)
        return got

    def _landmark_starts(self, lang: str) -> frozenset[str]:
        """First three letters of every landmark or facility head of a language (a word that starts
        with none is no head there: `_concept` finds nothing, and no abbreviation is the word)."""
        got = self._lm_starts.get(lang)
        if got is None:
            got = self._lm_starts[lang] = frozenset().union(
                *(self._word_table(lang, name).starts for name in ("entity_landmarks", "entity_facilities")),
                (a[:3] for a in _landmark_abbrevs(lang)))
        return got

    def _landmarks(self, d: _Doc) -> dict[int, tuple[int, str, str]]:
        """Landmark names of the document: first token -> (end token, key, lemma), found once.

        A head word (``entity_landmarks``: square, house, field, mine) with capitalized or translated
        modifier words before it (Сосновое поле, Republic Square, Абенов шахтасы) or, in ru/uk/en,
        after it (площадь Республики, Дом профсоюзов, шахта имени Абенова, House of Trade Unions).
        The key is the head's concept and the modifiers' concepts or name stems, in any order.
        """
        if d.landmarks is None:
            d.landmarks = {}
            covered = -1
            # a word that is no head in any language its tokens can take here is skipped before its
            # tokens' languages are asked (which only an order-independent language allows): a token
            # that is no head in its language changes nothing below
            langs = d.token_langs() if d.pure_lang() else None
            words = d.words
            heads = self._lm_heads
            if langs is None:
                cand: range | list[int] = range(len(words))
            else:  # the distinct words first (most are no head), then their places
                found: set[str] = set()
                for lang in langs:  # (in C, probing the document's words: `-=` would walk the tagger-wide set)
                    left = d.vocab - self._lm_none.setdefault(lang, set())  # less the words known to be no head
                    unseen = left - self._lm_some.setdefault(lang, set())
                    if unseen:
                        left -= {w for w in unseen if not self._maybe_head(w, lang)}
                    found |= left
                cand = list(compress(range(len(words)), map(found.__contains__, words))) if found else []  # (in C)
            for h in cand:
                if h <= covered:
                    continue
                w = words[h]
                lang = d.tok_lang[h] or d.lang(h)
                hf = heads.get((w, lang))
                if hf is None:
                    hf = self._landmark_head(w, lang)
                head, fac = hf
                if head is None and not (w.isupper() and len(w) > 1):  # a facility: only with a quoted name
                    if not fac or (not (h + 1 < len(words) and not _QUOTE_CHARS.isdisjoint(d.gaps[h + 1]))
                                       and not (h and not _QUOTE_CHARS.isdisjoint(d.gaps[h]))):
                        continue
                    q = self._landmark_quoted(d, h, max(covered + 1, 0))
                    if q:
                        self._quoted_landmark(d, q, h, fac)
                        covered = max(q[1], h + 1) - 1
                    continue
                if head == "-" or (w.isupper() and len(w) > 1):
                    continue
                got = self._landmark_before(d, h, lang, max(covered + 1, 0)) or self._landmark_after(d, h, lang)
                if got:
                    a, b, mods = got
                    if not any(cap(d.words[k]) for k in range(a, b)):
                        continue
                    if head in _WATER:  # «Сардобинского водохранилища», «Сардоба су қоймасы»: one name stem
                        mods = [_WATER_STEM_END.sub("", x) or x for x in mods]
                    d.landmarks[a] = (b, landmark_key(head, mods), self._landmark_lemma(d, a, b, h, lang))
                    covered = b - 1
                elif head in _QUOTED_HEADS and (q := self._landmark_quoted(d, h, max(covered + 1, 0))):
                    self._quoted_landmark(d, q, h, head)
                    covered = max(q[1], h + 1) - 1
        return d.landmarks

    def _maybe_head(self, w: str, lang: str) -> bool:
        """Whether a word is a landmark or facility head in a language (cached per tagger)."""
        none = self._lm_none[lang]
        if len(none) > 200_000:
            none.clear()
        got = w.lower()[:3] in self._landmark_starts(lang) and (
            self._lm_heads.get((w, lang)) or self._landmark_head(w, lang)) != _NO_HEAD
        (self._lm_some[lang] if got else none).add(w)
        return got

    def _landmark_head(self, w: str, lang: str) -> tuple[str | None, str | None]:
        """(landmark concept, facility concept) of a word (cached per tagger)."""
        if len(self._lm_heads) > 200_000:
            self._lm_heads.clear()
        low = w.lower()
        got = self._lm_heads[(w, lang)] = (self._concept(low, lang, "entity_landmarks") or _landmark_abbrevs(lang).get(low),
                                           self._concept(low, lang, "entity_facilities"))
        return got

    def _modifier(self, d: _Doc, k: int, lang: str) -> str | None:
        """Concept of a translated landmark word at token k ("-" for a filler), else None."""
        return self._concept(d.words[k].lower(), lang, "entity_landmark_words")

    def _concept(self, low: str, lang: str, name: str) -> str | None:
        """Concept of a lower-case word in a `WordTable` (by the word, its lemmas or its start),
        cached per tagger."""
        k = (low, lang, name)
        got = self._concepts.get(k, _MISSING)
        if got is _MISSING:
            if len(self._concepts) > 200_000:
                self._concepts.clear()
            table = self._word_table(lang, name)
            if low[:3] not in table.starts:
                got = None
            else:  # the word itself first: its lemmas (a parse) only when the table lacks it
                got = table.exact.get(low) or table.get(
                    low, self.morph.lemmas(low, lang) if lang in ("ru", "uk") else ())
            self._concepts[k] = got
        return got

    def _name_modifier(self, d: _Doc, k: int, lang: str) -> str | None:
        """Stem key of a capitalized word that may name a landmark (not a country, region or big town,
        not an acronym, not a common word starting a sentence)."""
        w = d.words[k]
        if not cap(w) or w.isupper() or len(w) < 3 or self._stop(w, lang):
            return None
        if d.initial(k) and self._common(d, k, lang):
            return None
        g = self._gaz_match(d, k, lang)
        if g and (g[1].kind != "city" or g[1].population >= 100000) and self._accept_place(d, k, g[0], g[1], lang, g[2]):
            return None
        return name_stem(word_key(w.lower())) or None

    def _landmark_before(self, d: _Doc, h: int, lang: str, lo: int) -> tuple[int, int, list[str]] | None:
        mods: list[str] = []
        a, k = h, h - 1
        filler = 0  # "Абенов атындағы шахта": a filler between the name and the head
        while k >= lo and h - k <= 2 + filler and len(d.gaps[k + 1]) <= 1 and not HARD_GAP.search(d.gaps[k + 1]):
            if (d.gaps[k + 1] in _ROUTE_DASHES if k < h - 1 else _two_names(d.words[k])) \
                    and self._landmark_head(d.words[h], lang)[0] == "highway":
                return None  # "the Almaty-Bishkek highway": two towns joined by a dash are a route, not a name
            if k == h - 1 and not filler and ((fc := self._modifier(d, k, lang)) == "-" or (
                    fc == _AFTER_PERSON and k > lo and surname_like(d.words[k - 1]))):
                filler, k = 1, k - 1  # (the Kostenko coal mine: named after a man, so the head is the name)
                continue
            if not cap(d.words[k]) or (lang == "kk" and _kk_located(d.words[k])):
                break
            mc = self._modifier(d, k, lang)
            if mc is None:
                # a sentence-initial word before another modifier is more likely the subject
                mc = self._name_modifier(d, k, lang) if h - k == 1 + filler or not d.initial(k) else None
                if mc is None and h - k == 1 + filler and self._water_head(d.words[h], lang):
                    mc = self._water_name(d, k, lang)  # "Kuybyshev Reservoir", «Каховське водосховище»
                if mc is None:
                    break
            if mc in ("-", _AFTER_PERSON):
                break  # "the Kengir River": a filler never starts the name
            if mods and k > lo and self._first_name_before(d, k):
                break  # «Иван Тарасов Абенов шахтасында»: a person, then the mine's one-word name
            mods.append(mc)
            a, k = k, k - 1
        return (a, h + 1, mods) if mods else None

    def _first_name_before(self, d: _Doc, k: int) -> bool:
        """The word before token k is a first name (listed, or a Russian one by the dictionary), with a
        plain space between: token k is that person's surname."""
        w = d.words[k - 1]
        return d.gaps[k] == " " and cap(w) and (self._rec(w, d.tok_lang[k - 1] or d.lang(k - 1)).first
                                                 or self._ru_first_name(w))

    def _water_head(self, w: str, lang: str) -> bool:
        """A reservoir, river or lake word: its name is often a town's (Kakhovka Reservoir)."""
        return (self._lm_heads.get((w, lang)) or self._landmark_head(w, lang))[0] in _WATER

    def _water_name(self, d: _Doc, k: int, lang: str) -> str | None:
        """Stem key of a capitalized word naming a water body, a town's name included."""
        w = d.words[k]
        if not cap(w) or w.isupper() or len(w) < 3 or self._stop(w, lang) or (d.initial(k) and self._common(d, k, lang)):
            return None
        return name_stem(word_key(w.lower())) or None

    def _landmark_after(self, d: _Doc, h: int, lang: str) -> tuple[int, int, list[str]] | None:
        if lang == "kk" or (lang == "en" and not cap(d.words[h])):
            return None
        mods: list[str] = []
        b, k = h + 1, h + 1
        abbr = d.words[h].lower() in _landmark_abbrevs(lang)  # «вул. Тарасюка»: the head's full stop, then the name
        while k < len(d.words) and k - h <= 3 and ((len(d.gaps[k]) <= 1 and not HARD_GAP.search(d.gaps[k]))
                                                   or (k > h + 1 and self._abbreviated_filler(d, k, lang))
                                                   or (abbr and k == h + 1 and d.gaps[k] == ". ")):
            w = d.words[k]
            mc = self._modifier(d, k, lang)
            if mc == _AFTER_PERSON:
                break
            if mc == "-":
                k += 1
                continue
            if mc is None:  # a name: Республики, Абенова (after имени), Ивана Франко
                mc = self._name_modifier(d, k, lang) if self._oblique_name(d, k, lang) else None
            elif not (cap(w) or (lang != "en" and cap(d.words[h]))):
                mc = None  # a translated word in lowercase only after a capitalized head (Дом профсоюзов)
            if mc is None:
                break
            if k + 1 < len(d.words) and len(d.gaps[k + 1]) == 1 and self._water_head(d.words[k + 1], lang) \
                    and not self._water_head(d.words[h], lang):
                return None  # «дамбы Сардобинского водохранилища»: the reservoir's name, not the dam's
            if k + 1 < len(d.words) and len(d.gaps[k + 1]) == 1 and d.words[k + 1].isupper() \
                    and self._landmark_head(d.words[k + 1], lang)[1]:
                return None  # «плотина Каховской ГЭС»: the power station's name, its own mention
            mods.append(mc)
            b = k = k + 1
        return (h, b, mods) if mods else None

    def _abbreviated_filler(self, d: _Doc, k: int, lang: str) -> bool:
        """Token k follows a short filler word cut with a full stop («шахта им. Брилова»: имени), so
        the stop ends no sentence."""
        w = d.words[k - 1]
        return d.gaps[k] == ". " and len(w) <= 3 and w.islower() and self._modifier(d, k - 1, lang) == "-"

    @staticmethod
    def _quoted_landmark(d: _Doc, q: tuple[int, int], h: int, head: str) -> None:
        """Record the quoted name toks[a:b] as a landmark: the name alone is the mention, its word
        gives the kind (key: kind + name stems; lemma: "Listvyazhnaya mine")."""
        a, b = q
        name = " ".join(d.words[k] for k in range(a, b))
        mods = [name_stem(word_key(d.words[k].lower())) for k in range(a, b) if len(d.words[k]) > 1]
        d.landmarks[a] = (b, landmark_key(head, mods), f"{latin(name)} {head}")

    def _landmark_quoted(self, d: _Doc, h: int, lo: int) -> tuple[int, int] | None:
        """Tokens [a, b) of a quoted name right after a facility word (шахта «Листвяжная», завод
        «Азот») or right before it (Kazakh «Листвяжная» шахтасында, the "Azot" plant)."""
        words, starts, ends = d.words, d.starts, d.ends
        if h + 1 < len(words) and d.gaps[h + 1].strip() in _OPEN_QUOTES and "\n" not in d.gaps[h + 1]:
            end = d.quotes.get(starts[h + 1])
            j = h + 1
            while end is not None and j + 1 < len(words) and ends[j + 1] <= end and j - h < 4:
                j += 1
            if end is not None and ends[j] == end and cap(words[h + 1]):
                return h + 1, j + 1
        gap = d.gaps[h]
        if h >= 1 and h - 1 >= lo and gap.strip() in _CLOSE_QUOTES and "\n" not in gap:
            e = ends[h - 1]
            for a in range(h - 1, max(lo, h - 4) - 1, -1):
                if d.quotes.get(starts[a]) == e and cap(words[a]):
                    return a, h
        return None

    def _oblique_name(self, d: _Doc, k: int, lang: str) -> bool:
        """A name after a landmark word names it in the genitive or as an adjective (площадь Ивана
        Франко, вулиця Грецька); a nominative name there starts a new phrase (на поле Иван Петров ...)."""
        if lang not in ("ru", "uk"):
            return True
        known, _, parses = self.morph.info(d.words[k], lang)
        return not known or any(g & {"gent", "ADJF"} for g in map(grammemes, parses))

    def _landmark_lemma(self, d: _Doc, a: int, b: int, h: int, lang: str) -> str:
        """The landmark's text with its head word in the base form (Доме профсоюзов -> Дом профсоюзов)."""
        words = []
        gender = None
        if lang in ("ru", "uk") and a < h:
            heads = self._word_table(lang, "entity_landmarks").exact
            lems = self.morph.lemmas(d.toks[h][2].lower(), lang)
            lem = next((x for x in lems if x in heads), lems[0])
            gender = next((g for p in self.morph.info(lem, lang)[2] if lem == p.normal_form
                           for g in ("masc", "femn", "neut") if g in grammemes(p)), None)
        for k in range(a, b):
            w = d.words[k]
            if k == h and lang in ("ru", "uk"):
                heads = self._word_table(lang, "entity_landmarks").exact
                lems = self.morph.lemmas(w.lower(), lang)
                lem = next((x for x in lems if x in heads), lems[0])
                w = title(lem) if cap(w) else lem
            elif k == h and lang == "kk":
                w = _kk_head_base(w, self._word_table(lang, "entity_landmarks").exact)
            elif k < h and gender and w[-2:].lower() in _ADJ_TAILS:
                w = self._nominative(w, lang, gender)  # Болотной площади -> Болотная площадь
            words.append(w)
        return " ".join(words)

    def _nominative(self, w: str, lang: str, gender: str) -> str:
        """An adjective in the nominative singular of the head's gender (as written when unsure)."""
        for p in self.morph.info(w, lang)[2]:
            if "ADJF" in grammemes(p):
                got = p.inflect({"nomn", "sing", gender}) or p.inflect({"nomn", gender})  # (uk: no "sing")
                if got is not None:
                    return title(got.word) if cap(w) else got.word
        return w

    def _qualify_landmarks(self, out: list[Mention], text: str = "") -> None:
        """A landmark's ``canonical`` names its town (Дом профсоюзов (Pavlodar)): the town named
        within 80 characters of its first mention that has one, else the town the document mentions
        most; one town for every mention of the landmark, so that a figure stated there is placed in
        that town. A dateline's town ("Шымкент, 3 мамыр.") is where the report was filed: no town of
        a reservoir, river or lake (a square or a building is usually in it); such a site, a mine or a
        dam, with only the dateline's town, takes a region named just before it instead."""
        marks = [m for m in out if getattr(m, "how", "") == "landmark" and not _open_water(m.key)]
        if not marks:
            return  # (most documents name no landmark)
        towns = [m for m in out if m.gazetteer_id and m.type == "place"
                 and (p := self.gaz.place(m.gazetteer_id)) is not None and p.kind == "city" and not _zone_town(text, m)]
        if all(_outside_towns(m.key) for m in marks):
            regions = [m for m in out if m.gazetteer_id and m.type == "place" and m.canonical
                       and (p := self.gaz.place(m.gazetteer_id)) is not None and p.kind not in ("city", "country")
                       and any(0 <= k.span[0] - m.span[0] <= 80 for k in marks)]
            if regions and towns and all(_dateline_town(text, m) for m in towns):
                towns = regions  # «Ыстықкөл облысындағы ... «Құмтөр» кенішіне» under "Бішкек, 1 маусым": the region
            elif all(_water_key(m.key) for m in marks):
                towns = [m for m in towns if not _dateline_town(text, m)]
        if not towns:
            return
        towns = [m for m in towns if not _dateline_town(text, m)] or towns  # (where the report was filed: the last resort)
        top = Counter(m.canonical for m in towns).most_common(1)[0][0]
        chosen: dict[str | None, str] = {}
        for m in marks:
            near = min(towns, key=lambda t, m=m: abs(t.span[0] - m.span[0]))
            if abs(near.span[0] - m.span[0]) <= 80:
                chosen.setdefault(m.key, near.canonical)
        for m in marks:
            m.canonical = f"{m.lemma} ({chosen.get(m.key, top)})"

    # -- cues for names: appositions, quotes, adjectives --------------------------------------------

    def _org_apposition(self, d: _Doc, q: int, lang: str) -> bool:
        """"Ukrzaliznytsia, the state railway company, said": a kind of organisation right after the
        name, between commas (at most five words)."""
        if q >= len(d.words) or d.gaps[q].strip() != ",":
            return False
        orgw = words(lang, "entity_org_words")
        for j in range(q, min(q + 5, len(d.words))):
            if j > q and (HARD_GAP.search(d.gaps[j]) or "," in d.gaps[j]):
                return False
            if self._tok_lemma(d, j, lang) in orgw:
                return True
        return False

    @staticmethod
    def _quoted(d: _Doc, p: int, q: int) -> bool:
        """toks[p:q] is exactly the text between a pair of quotes."""
        s0, e0 = d.starts[p], d.ends[q - 1]
        return d.quotes.get(s0) == e0 or (d.quotes.get(s0 - 1) == e0 + 1 if s0 else False)

    def _lemma_key(self, words: list[str], lang: str) -> str:
        """Key of a quoted name over its words' lemmas, Ukrainian words read as their Russian pairs
        (``entity_word_pairs.txt``): «Белой ромашки», «Белая ромашка» and «Біла ромашка» meet."""
        pairs = word_pairs()
        out = []
        for n, w in enumerate(words):  # the last word is read as the head noun, the others as its modifiers
            prefer = ("NOUN",) if n == len(words) - 1 else ("ADJF", "NOUN")
            lem = self.morph.lemmas(w, lang, prefer=prefer)[0] if CYR.search(w) else w.lower()
            out.append(pairs.get(lem, lem))
        return tkey(" ".join(out))

    def _adj_before_noun(self, d: _Doc, i: int, lang: str) -> bool:
        """"Украинский пранкер": an adjective before a common noun (not a place word) is no place name."""
        w = d.words[i]
        return bool(ADJ_END.search(w)) and i + 1 < len(d.words) and d.words[i + 1][:1].islower() \
            and not HARD_GAP.search(d.gaps[i + 1]) and not self._has_phrase(d, i + 1, lang, "entity_place_suffixes", True) \
            and not self._has_phrase(d, i + 1, lang, "entity_place_words", True) \
            and not self._no_noun(d.words[i + 1], lang) and not self._town_adjective_listed(d, i, lang) \
            or self._adj_before_acronym(d, i)

    def _town_adjective_listed(self, d: _Doc, i: int, lang: str) -> bool:
        """Token i, which the dictionary reads only as an adjective (uk «Каспійська», a town's genitive),
        comes before a conjunction (uk «та» is also a pronoun to it) and a capitalized word: «у лікарнях
        Каспійська та Махачкали» lists two towns, no noun follows the first."""
        if not self._conj_before_name(d, i + 1):
            return False
        known, _, parses = self.morph.info(d.words[i], lang)
        return known and bool(parses) and all("ADJF" in grammemes(p) for p in parses)

    @staticmethod
    def _conj_before_name(d: _Doc, j: int) -> bool:
        """Token j is a conjunction (uk «та» is also a pronoun to the dictionary) before a capitalized
        word: «у лікарнях Каспійська та Махачкали» lists two towns, no noun after the first."""
        return d.words[j] in words(None, "entity_conjunctions") and j + 1 < len(d.words) \
            and d.words[j + 1][:1].isupper() and d.gaps[j + 1] == " "

    @staticmethod
    def _adj_before_acronym(d: _Doc, i: int) -> bool:
        """«Київська ОВА», «Донецкой ОГА»: an adjective naming an administration or service by its
        abbreviation is part of that organisation's name, no place of its own."""
        w = d.words[i]
        if not (ADJ_END.search(w) and i + 1 < len(d.words) and d.gaps[i + 1] == " "):
            return False
        n = d.words[i + 1]
        return n.isupper() and 2 <= len(n) <= 6 and n.isalpha() and CYR.search(n) is not None

    def _no_noun(self, w: str, lang: str) -> bool:
        """The dictionary knows the lowercase word only as something an adjective does not agree
        with (a preposition, verb, conjunction: «у центрі Мінська біля стели»)."""
        if lang not in ("ru", "uk"):
            return False
        known, _, parses = self.morph.info(w, lang)
        return known and bool(parses) and not any(
            p.tag.POS in {"NOUN", "ADJF", "PRTF", "NUMR", "NPRO", "ADJS", "PRTS"} for p in parses)


def _acronym_head(w: str, lang: str) -> str | None:
    """A Kazakh acronym without the case ending written after a hyphen (ФСБ-ның, ТЖМ-ге -> ФСБ, ТЖМ)."""
    if lang != "kk" or "-" not in w:
        return None
    head, rest = w.split("-", 1)
    return head if head.isupper() and rest.islower() and rest in _kk_endings() else None


@functools.cache
def _kk_endings() -> frozenset[str]:
    return frozenset(load_list("kk", "entity_case_suffixes"))


def _country_adjective(d: _Doc, i: int, concept: str) -> str | None:
    """ISO code of a country adjective right before a national institution's name ("Russian Ministry
    of Defence", "Ukrainian Interior Ministry"; ``entity_country_adjectives``) or a country's
    abbreviation (``entity_country_codes``), else None."""
    if i == 0 or d.gaps[i] != " " or concept not in words(None, "entity_org_national"):
        return None
    w = d.words[i - 1]
    if not w[:1].isupper():
        return None
    # «КСРО Ішкі істер министрлігі», "USSR Interior Ministry": the country's abbreviation before it
    got = load_map("en", "entity_country_adjectives").get(w) or country_codes().get(w)
    if got is None and w[-2:] in ("'s", "’s", "ʼs"):
        got = _possessive_countries().get(w[:-2])  # "Russia's Defence Ministry"
    return got


@functools.cache
def _possessive_countries() -> dict[str, str]:
    """English names of the countries of ``entity_country_adjectives`` -> ISO code ("Russia" -> RU):
    the owner before a possessive ending."""
    from .gazetteer import default_gazetteer

    gaz, out = default_gazetteer(), {}
    for code in set(load_map("en", "entity_country_adjectives").values()):
        p = gaz.country(code)
        if p is not None:
            out[p.name] = code
    return out



_KK_POSSESSIVE = ("сы", "сі", "ы", "і")


def _kk_head_base(w: str, heads: dict[str, str]) -> str:
    """A Kazakh landmark head without its case ending, its possessive kept (Абай шахтасындағы -> Абай
    шахтасы, алаңында -> алаңы): the name's nominative, not a locative phrase."""
    low = w.lower()
    base = max((x for x in heads if low.startswith(x) and len(x) >= 3), key=len, default=None)
    if base is None or low == base:
        return w
    rest = low[len(base):]
    poss = next((x for x in _KK_POSSESSIVE if rest.startswith(x)), "")
    return w[: len(base) + len(poss)]
