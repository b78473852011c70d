"""Entity mentions (people, organisations, places) in ru/uk/kk/en text, and their linking.

Tagging (`EntityTagger`) scans runs of capitalized words and decides, from evidence in the text, what
each run names: a gazetteer hit (also multi-word and inflected: ``Мангистауской области``), a person
(first name + surname, a title before a name, surname morphology ``-ов/-ева/-ський/-ұлы``), an
organisation (an org word beside it, a quoted name ``«Озенмунайгаз»``, CamelCase, an acronym, a wiki
link) or a place (place word or preposition before it). Sentence-initial common words are dropped
with pymorphy (ru/uk: a word is a name candidate only if some parse is Name/Surn/Geox/Orgn or the
word is unknown). Each mention carries its base form (``lemma``), phonetic ``key`` and, for places
the gazetteer knows, ``gazetteer_id`` and English ``canonical``.

An adjective before a place word names the place it is made from (``Рушанском районе`` -> Рушан,
``Беловський район`` -> Белово; ``entity_place_derivations``), a region noun its region
(``Полтавщини``); a Kazakh word in the locative mid-sentence is a place (``Шаңырақта``).

A single word the gazetteer knows is a place only on evidence: a ru common noun (``Доме``,
``Республика``) needs a place cue and a major place; a small town outside the focus countries and the
countries the document names needs a cue (``Union``, ``Dome``). Known organisations (``ОДКБ``,
``Төтенше жағдайлар министрлігі``) and landmarks inside a town (``Дом профсоюзов``, ``площадь
Республики``) come from ``rashomon._entity_known``; their keys start with ``#`` (concepts, not spellings).

The tagger is assembled from mixins: gazetteer evidence in ``rashomon._entity_places``, people in
``rashomon._entity_persons``, known names and landmarks in ``rashomon._entity_known``; morphology and
name shapes live in ``rashomon._entity_morph``, the per-document scan state in ``rashomon._entity_doc``.
Linking lives in ``rashomon._entity_link`` (`EntityLinker`, re-exported here).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from ._entity_abbrev import FacilityPhrases
from ._entity_admin_acronyms import AdjectiveAcronyms
from ._entity_bare_sites import bare_site_aliases
from ._entity_bodies import Bodies
from ._entity_coord import CoordinatedPersons
from ._entity_directions import directional_places
from ._entity_doc import ScanDoc as _Doc
from ._entity_doc import Shapes as _Shapes
from ._entity_inst import Institutions
from ._entity_kind_forms import KindWordForms
from ._entity_kk_cases import KazakhCaseForms
from ._entity_known import KnownNames
from ._entity_link import TOWN_DISTRICT, _ascii_name, surname_stem
from ._entity_linktargets import LinkTargets
from ._entity_locative import LocativeNames
from ._entity_lower_orgs import LowercaseOrgs
from ._entity_morph import ROMAN as _ROMAN
from ._entity_morph import Morph as _Morph
from ._entity_morph import acronym as _acronym
from ._entity_morph import camel as _camel
from ._entity_morph import phrase_index as _phrase_index
from ._entity_morph import suffixes as _suffixes
from ._entity_morph import surname_like
from ._entity_names import ADJ_END as _ADJ_END
from ._entity_names import CYR as _CYR
from ._entity_names import HARD_GAP as _HARD_GAP
from ._entity_names import OrgTable, WordTable, country_codes, country_names, landmark_key, name_stem
from ._entity_names import cap as _cap
from ._entity_names import grammemes as _grammemes
from ._entity_names import title as _title
from ._entity_names import words as _words
from ._entity_numbered import NumberedInstitutions
from ._entity_oldnames import OldNames
from ._entity_outlets import outlet_addresses
from ._entity_owned_orgs import owned_lowercase_orgs
from ._entity_particles import ArticleNames
from ._entity_persons import PersonNames, PersonSpelling, _initial_at
from ._entity_places import PlaceNames
from ._entity_precision import NotNames
from ._entity_quoted_sites import quoted_sites
from ._entity_regional_orgs import regional_orgs
from ._entity_regions import RegionsListed, RegionWordFirst
from ._entity_retype import PlaceEvidence, VenueOn
from ._entity_routes import RoutePairs
from ._entity_vessels import VesselNames
from ._entity_villages import AdjectiveVillages
from ._entity_words import WordRecords
from .document import Document
from .gazetteer import Gazetteer, Place, default_gazetteer
from .model import Mention
from .translit import key as tkey
from .translit import word_key

__all__ = ["EntityTagger", "EntityLinker", "TaggedMention", "surname_like"]

_HYPHEN_ADJ = re.compile(r"^[A-Za-z]+-[a-z]+$")
def _facility_head(w: str, lang: str) -> str:
    """An all-caps head word without a Kazakh case ending after a hyphen (ГЭС-інде -> ГЭС)."""
    if lang == "kk" and "-" in w:
        h, rest = w.split("-", 1)
        if h.isupper() and rest.islower():
            return h
    return w


_HYPHEN_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$")  # each part capitalized
_CLAUSE = re.compile(r"[,.!?;:]")
_MAX_RUN = 6
_MISSING = object()
#: the word lists `_has_phrase` is asked about where `_phrase_near` guards it
_PHRASE_LISTS = ("entity_person_titles", "entity_place_words", "entity_place_suffixes", "entity_place_preps",
                 "entity_org_words", "entity_org_context", "entity_event_nouns")


@functools.cache
def _place_cases(lang: str) -> tuple[str, ...]:
    return tuple(sorted(_words(lang, "entity_place_cases"), key=len, reverse=True))


def _locative_base(w: str, lang: str) -> str | None:
    """The word without a locative ending of ``entity_place_cases`` (Kazakh Шаңырақта -> Шаңырақ)."""
    low = w.lower()
    for suf in _place_cases(lang):
        if low.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: len(w) - len(suf)]
    return None


def _named_mid(d: _Doc, w: str) -> bool:
    """The document has the word ``w`` itself, capitalized, inside a sentence."""
    return w in d.vocab and any(d.words[j] == w and not d.initial(j) for j in d.caps)


def _script_change(a: str, b: str) -> bool:
    """One word Cyrillic and the next Latin (or back): no name of a run is written in two scripts."""
    return a[:1].isalpha() and b[:1].isalpha() and bool(_CYR.match(a)) != bool(_CYR.match(b)) \
        and (a[:1].isascii() or bool(_CYR.match(a))) and (b[:1].isascii() or bool(_CYR.match(b)))


def _common_tail(w: str) -> bool:
    """A compound with a common noun after the hyphen (Telegram-арналарда: in Telegram channels)."""
    tail = w.rpartition("-")[2]
    return tail != w and len(tail) > 4 and tail.islower()


def _kk_stem_in(low: str, stems: frozenset[str]) -> bool:
    """A lowercase Kazakh word is one of ``stems`` or one of them with a case ending."""
    return low in stems or any(low in _kk_forms(x) for x in stems)


@functools.cache
def _kk_forms(word: str) -> frozenset[str]:
    """A Kazakh word with each listed case ending after it (ауданы: ауданына, ауданында...)."""
    return frozenset(word + suf for suf in _suffixes("kk"))


@functools.cache
def _vowel_strip_known(gaz: Gazetteer, w: str, base: str) -> bool:
    """Is the stripped form of an unknown word after a place word trusted? A bare final -е ("села
    Бодене" -> "Боден") only when the gazetteer knows the stem as a place of the region it covers in
    full (Жанатасе -> Жанатас); any other ending always."""
    if len(w) - len(base) != 1 or w[-1:].lower() != "е":
        return True
    k = tkey(base)
    if not k or k not in gaz:
        return False
    places = (gaz.place(pid) for pid in gaz.lookup(k)[:20])  # (Боден: a town in Sweden is no stem here)
    return any(p is not None and (p.country in gaz.full_countries or p.kind != "city") for p in places)


def _connectors() -> frozenset[str]:
    return _words("en", "entity_connectors")


@functools.cache
def _generic(lang: str) -> frozenset[str]:
    """Organisation and context words: a run made of nothing else names nothing."""
    return _words(lang, "entity_org_words") | _words(lang, "entity_org_context")


@dataclass(slots=True)
class TaggedMention(Mention):
    """A `Mention` with the evidence the tagger used (``how``: gazetteer, person, title, org-word,
    quote, place-word, morph, camel, acronym, preposition, multiword, link), which the linker weighs
    when mentions of one name disagree on its type."""

    how: str = ""
    alias: str = ""  # another written form of the name seen in the input (a wiki link's target, a
    # Kazakh district's name with its district word): a form of the entity, never a mention
    page_aliases: tuple = ()  # (node key, name) of names the page shows outside its text (`_page_names`)
    town_word: bool = False  # a settlement's word beside it ("the city of Olmar", «Ольмар қаласы»)


def _unpossessed(w: str) -> str:
    """A Latin word without its English possessive ending (Kelmiri's -> Kelmiri), else the word."""
    return w[:-2] if len(w) > 5 and w[:1].isascii() and w.endswith(("'s", "’s", "ʼs")) else w


class EntityTagger(KnownNames, RegionWordFirst, RegionsListed, PlaceNames, PersonNames, PlaceEvidence, Institutions, VenueOn, PersonSpelling,
                   WordRecords, LowercaseOrgs, FacilityPhrases, VesselNames, CoordinatedPersons,
                   LocativeNames, LinkTargets, OldNames, AdjectiveVillages, NotNames, RoutePairs, KindWordForms,
                   AdjectiveAcronyms, KazakhCaseForms, NumberedInstitutions, ArticleNames, Bodies):
    """Finds mentions of places, organisations and people. Build once; call on each document.
    ``rec_limit``: word records kept per language (`rashomon._entity_words`; 0: none kept)."""

    def __init__(self, gazetteer: Gazetteer | None = None, rec_limit: int | None = None) -> None:
        self.gaz = gazetteer or default_gazetteer()
        if rec_limit is not None:
            self.rec_limit = rec_limit
        self._recs: dict[str, dict] = {}  # lang -> word -> `WordRec`
        self._shapes = _Shapes()  # which words start with a capital, which lowercase
        self.morph = _Morph()
        self._var_cache: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self._longest: dict[tuple[str, str], int] = {}  # most words of a gazetteer name a word starts
        self._place_cache: dict[tuple[str, bool], Place | None] = {}
        self._gaz_words: dict[tuple[str, ...], tuple[int, Place, str] | None] = {}  # (lang, *words) -> hit
        self._orgs: dict[str, OrgTable] = {}
        self._tables: dict[tuple[str, str], WordTable] = {}
        self._lm_starts: dict[str, frozenset[str]] = {}  # lang -> first three letters of its heads
        self._lemmas: dict[tuple[str, str], str] = {}  # (word, lang) -> lower-case lemma
        self._phrase_memo: dict[tuple[str, str, bool], dict[str, tuple]] = {}  # (lang, list, forward) -> word -> phrases
        self._org_starts: dict[tuple[str, str], tuple] = {}  # (word, lang) -> (acronym's concept, names)
        self._concepts: dict[tuple[str, str, str], str | None] = {}  # (word, lang, table) -> concept
        self._lm_heads: dict[tuple[str, str], tuple[str | None, str | None]] = {}  # (word, lang) -> concepts
        self._lm_some: dict[str, set[str]] = {}  # lang -> words that are a landmark head in it (`_maybe_head`)
        self._lm_none: dict[str, set[str]] = {}  # lang -> ... and words that are none in it
        self._solo_country: dict[tuple[str, str], str | None] = {}  # (word, lang) -> country it names alone
        self._no_country: set[str] = set()  # words `_doc_countries` can pass by in any document
        self._republic: dict[tuple[str, str], bool] = {}  # (word, lang) -> a word for "republic"
        self._stops: dict[tuple[str, str], bool] = {}  # (word, lang) -> `_stop`
        self._codes: dict[tuple[str, str], str | None] = {}  # (word, lang) -> `_country_code`
        self._sstems: dict[str, str] = {}  # word -> `surname_stem`
        self._near_memo: dict[tuple[str, bool], dict[str, bool]] = {}  # (lang, forward) -> word -> `_phrase_near`

    # -- word-level helpers -------------------------------------------------------------------
    def _stop(self, w: str, lang: str) -> bool:
        """A stopword of the language, or a Roman numeral (cached per tagger)."""
        got = self._stops.get((w, lang))
        if got is None:
            if len(self._stops) > 200_000:
                self._stops.clear()
            low = w.lower()
            if low.endswith(("'s", "’s", "ʼs")):
                low = low[:-2]  # "Sunday's shooting": the weekday, possessive
            got = self._stops[(w, lang)] = low in _words(lang, "entity_stopwords") or _ROMAN.match(w) is not None and len(w) > 1
        return got

    def _common(self, d: _Doc, i: int, lang: str) -> bool:
        """A capitalized word that is an ordinary word here (so not a name by itself)."""
        return self._common_at(d, i, self._rec(d.words[i], lang))

    def _lemma_of(self, w: str, lang: str) -> str:
        """Lower-case lemma of a single word (for matching word lists; cached per tagger)."""
        got = self._lemmas.get((w, lang))
        if got is None:
            if len(self._lemmas) > 200_000:
                self._lemmas.clear()
            low = w.lower()
            got = self.morph.lemmas(low, lang)[0] if lang in ("ru", "uk") and _CYR.search(w) else low
            self._lemmas[(w, lang)] = got
        return got

    def _has_phrase(self, d: _Doc, i: int, lang: str, name: str, forward: bool) -> int:
        """Length in words of a list phrase ending just before token i (or starting at i); looking
        back, one connector may stand between (the village of X)."""
        anchor = i if forward else i - 1
        if 0 <= anchor < len(d.words):
            memo = self._phrase_memo.get((lang, name, forward))  # (one small table per list: few cache misses)
            cands = memo.get(d.words[anchor]) if memo is not None else None
            if cands is None:
                cands = self._phrase_cands(d.words[anchor], lang, name, forward)
            if cands:  # (most words start or end no phrase of the list: answered here)
                n = self._phrase_match(d, i, lang, cands, forward)
                if n:
                    return n
        if not forward and i > 0 and d.words[i - 1] in _connectors() and not _HARD_GAP.search(d.gaps[i]):
            return self._phrase_at(d, i - 1, lang, name, forward)
        return 0

    def _phrase_near(self, d: _Doc, i: int, lang: str, forward: bool) -> bool:
        """False when `_has_phrase` at token i is 0 for every list of `_PHRASE_LISTS` in that direction
        (the word there starts or ends no phrase of any; looking back, no connector before it)."""
        anchor = i if forward else i - 1
        if not 0 <= anchor < len(d.words):
            return False
        w = d.words[anchor]
        if not forward and w in _connectors():
            return True  # (the phrase may end before the connector: asked in full)
        memo = self._near_memo.get((lang, forward))
        if memo is None:
            memo = self._near_memo[(lang, forward)] = {}
        got = memo.get(w)
        if got is None:
            if len(memo) > 200_000:
                memo.clear()
            got = memo[w] = any(self._phrase_cands(w, lang, name, forward) for name in _PHRASE_LISTS)
        return got

    def _phrase_at(self, d: _Doc, i: int, lang: str, name: str, forward: bool) -> int:
        anchor = i if forward else i - 1
        if anchor < 0 or anchor >= len(d.words):
            return 0
        w = d.words[anchor]
        memo = self._phrase_memo.get((lang, name, forward))
        cands = memo.get(w) if memo is not None else None
        if cands is None:
            cands = self._phrase_cands(w, lang, name, forward)
        return self._phrase_match(d, i, lang, cands, forward) if cands else 0

    def _phrase_match(self, d: _Doc, i: int, lang: str, cands: tuple[tuple[str, ...], ...], forward: bool) -> int:
        """Length of the first of the candidate phrases written at token i (forward) or before it."""
        for ph in cands:
            n = len(ph)
            idx = range(i, i + n) if forward else range(i - n, i)
            if idx.start < 0 or idx.stop > len(d.words):
                continue
            ok = True
            for k, j in enumerate(idx):
                if k > 0 and _HARD_GAP.search(d.gaps[j]):
                    ok = False
                    break
                if self._tok_lemma(d, j, lang) != ph[k] and d.words[j].lower() != ph[k] and not (
                        lang == "kk" and k == n - 1 and d.words[j].lower() in _kk_forms(ph[k])):
                    ok = False  # (Kazakh: the phrase's last word may take case endings, ауданына)
                    break
            if ok and (forward or not _HARD_GAP.search(d.gaps[i])):
                return n
        return 0

    def _phrase_cands(self, w: str, lang: str, name: str, forward: bool) -> tuple[tuple[str, ...], ...]:
        """Phrases of a list that start (forward) or end with the word ``w`` or its lemma (cached)."""
        memo = self._phrase_memo.get((lang, name, forward))
        if memo is None:
            memo = self._phrase_memo[(lang, name, forward)] = {}
        got = memo.get(w)
        if got is None:
            if len(memo) > 100_000:
                memo.clear()
            by_first, by_last = _phrase_index(lang, name)
            index = by_first if forward else by_last
            got = index.get(self._lemma_of(w, lang), ()) + index.get(w.lower(), ())
            if lang == "kk":  # облысындағы: the endings come off to find "облысы"
                low = w.lower()
                for suf in _suffixes(lang):
                    if low.endswith(suf) and len(low) - len(suf) >= 3:
                        got += index.get(low[: len(low) - len(suf)], ())
            memo[w] = got
        return got

    def _tok_lemma(self, d: _Doc, j: int, lang: str) -> str:
        return self._lemma_of(d.words[j], lang)

    # -- main scan ------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> list[Mention]:
        """Mentions of places, organisations and people, with lemma/key/gazetteer id when known."""
        d = _Doc(doc, self._shapes)
        out: list[Mention] = []
        words, starts, ends = d.words, d.starts, d.ends
        landmarks = self._landmarks(d) if words else {}  # found once; the same dict every time
        stops = sorted(set(d.caps).union(landmarks)) if landmarks else d.caps  # where anything can start
        words, gaps, conn = d.words, d.gaps, _connectors()
        i = 0
        while i < len(words):
            w = words[i]
            lm = landmarks.get(i)
            if lm is not None:
                self._emit(d, i, lm[0], "place", "landmark", lm[2], out)
                out[-1].key = lm[1]
                i = lm[0]
                continue
            if len(w) < 2 or not (w[:1].isupper() or (w.isupper() and len(w) > 3)) or _HYPHEN_ADJ.search(w):
                # (Russia-led, Kremlin-backed: an adjective, not a name); on to the next capital
                k = bisect.bisect_right(stops, i)
                i = stops[k] if k < len(stops) else len(words)
                continue
            n = self._org_at(d, i, out)
            if n:
                i += n
                continue
            qend = d.quotes.get(starts[i])
            if qend is not None and w[:1].isupper():  # «Сонячна енергія»: a quoted name may hold lowercase words
                j = i
                while j + 1 < len(words) and ends[j + 1] <= qend:
                    j += 1
                g = self._gaz_match(d, i, d.lang(i)) if j > i else None
                lower = sum(t[:1].islower() for t in words[i : j + 1])
                if j > i and j - i < 6 and ends[j] == qend and lower <= 2 and not _CLAUSE.search(d.text[starts[i] : qend]) \
                        and (lower or not (g and g[0] == j - i + 1)):  # a slogan or a title is not a name
                    # «Новая Степь», «ЕвроХим Павлодар»: a multi-word quoted name is one name
                    self._classify(d, i, j + 1, d.lang(i), False, out)
                    i = j + 1
                    continue
            # the run of capitalized words joined by single spaces (plus connectors inside names)
            end = i + 1
            while end < len(words) and end - i < _MAX_RUN and len(gaps[end]) <= 1 and not _HARD_GAP.search(gaps[end]):
                nxt = words[end]
                if _HYPHEN_ADJ.search(nxt):
                    break  # "The Vienna-based Turkmen Initiative ...": the adjective starts no name and ends one
                if nxt[:1].isupper():
                    end += 1
                elif (nxt in conn and end + 1 < len(words) and _cap(words[end + 1])
                      and len(gaps[end + 1]) <= 1 and w[:1].isascii()):
                    end += 2
                elif nxt == "and" and (joined := self._and_name_end(d, i, end)):
                    d.inner_and.add(end)
                    end = joined
                    break
                else:
                    break
            if end > i + 1:  # a known organisation or a landmark inside the run starts a new one
                end = next((k for k in range(i + 1, end) if self._org_match(d, k) or k in landmarks), end)
            i = self._scan_run(d, i, end, out)
        self._article_names(d, out)
        self._lone_surnames(d, out)
        self._venues_on(d, out)
        self._qualify_landmarks(out, d.text)
        self._lowercase_orgs(d, out)
        self._lowercase_orgs_cyr(d, out)
        owned_lowercase_orgs(self, d, out)
        regional_orgs(self, d, out)
        self._qualify_orgs(d, out)
        self._places_by_lemma(out)
        self._regions_word_first(d, out)
        self._regions_listed(d, out)
        self._institutions(d, out)
        self._numbered_institutions(d, out)
        self._facility_phrases(d, out)
        self._bodies(d, out)
        self._vessel_names(d, out)
        self._coordinated_persons(d, out)
        self._person_spellings(d, out)
        self._initials_first(d, out)
        self._latin_surnames(out)
        self._link_aliases(d, out)
        self._old_names(d, out)
        self._drop_non_names(d, out)
        self._route_pairs(d, out)
        self._kk_case_forms(d, out)
        self._kind_word_forms(d, out)
        bare_site_aliases(self, d, out)
        directional_places(self, d, out)
        outlet_addresses(self, d, out)
        self._adjective_acronyms(d, out)
        _close_quotes(doc.text, out)
        quoted_sites(self, d, out)
        _branch_aliases(doc.text, doc.lang, out)
        _quoted_aliases(doc.text, out)
        self._page_names(doc, out)
        return out

    def _and_name_end(self, d: _Doc, i: int, end: int) -> int:
        """End of an English institution's name that holds a lowercase "and" at token ``end`` after the
        capitalized run ``i:end`` ("Disaster and Emergency Management Authority", "Ministry of Land and
        Transport"), else 0: the run after "and" (capitalized words and connectors) joins when either
        run has a head word of ``entity_and_name_heads`` and the first does not end with one (two
        bodies: "the Interior Ministry and Emergency Service"; but "Medical College and Hospital": a
        head word alone after "and" is the same body's), and the second opens with no big place's
        name nor a possessive ("the Ministry of Defence and Velmora's army")."""
        words, gaps = d.words, d.gaps
        if d.lang(i) != "en" or not words[i][:1].isascii() or len(gaps[end]) != 1 or end + 1 >= len(words) \
                or len(gaps[end + 1]) != 1 or not _cap(words[end + 1]):
            return 0
        heads, conn = _words("en", "entity_and_name_heads"), _connectors()
        two = words[end - 1].lower() in heads  # (two bodies, unless a head word alone follows: "College and Hospital")
        r = end + 1
        while r < len(words) and r - i < 12 and len(gaps[r]) <= 1 and not _HARD_GAP.search(gaps[r]) if r > end + 1 else True:
            t = words[r]
            if _cap(t) and not t.endswith(("'s", "’s")):
                r += 1
            elif t in conn and r + 1 < len(words) and _cap(words[r + 1]) and len(gaps[r + 1]) <= 1:
                r += 2
            else:
                break
        if r == end + 1 or not (words[r - 1].lower() in heads or any(t.lower() in heads for t in words[i:end])) \
                or (two and not (r == end + 2 and words[end + 1].lower() in heads)):
            return 0
        first = words[end + 1]
        for pid in self.gaz.lookup(tkey(first))[:3]:
            p = self.gaz.place(pid)
            if p is not None and (p.kind in ("country", "region") or p.population >= 100000):
                return 0
        return r

    def _page_names(self, doc: Document, out: list[Mention]) -> None:
        """Names a page shows outside its text (``metadata["page_names"]``: the <title> with its site's
        name, a footer's ©, `rashomon.readers.html`) that name what a mention of the text names (the
        same node: "Ministry of Health of Ukraine" beside "the Ministry of Health", «в Кемерове» of
        the title beside «Кемерово»): each becomes the alias of one such mention, never a mention."""
        names = (doc.metadata or {}).get("page_names") if isinstance(doc.metadata, dict) else None
        if not names or not out or getattr(self, "_in_page", False):
            return
        from ._entity_link import node_key

        by_node: dict[str, list[Mention]] = {}
        for m in out:
            by_node.setdefault(node_key(m), []).append(m)
        seen = {m.text for m in out}
        rest: list[tuple[str, str]] = []
        self._in_page = True
        try:
            for k, name in enumerate(names):
                if not isinstance(name, str) or not name.strip():
                    continue
                sub = Document(id=f"{doc.id}#page{k}", path=doc.path, text=name[:300], lang=doc.lang)
                for m2 in self(sub):
                    if m2.text in seen:
                        continue
                    seen.add(m2.text)
                    free = [m for m in by_node.get(node_key(m2), ()) if isinstance(m, TaggedMention) and not m.alias]
                    if free:
                        free[0].alias = m2.text
                    elif m2.type in ("org", "place"):
                        rest.append((node_key(m2), m2.text))  # the publisher the text never names
        finally:
            self._in_page = False
        if rest and isinstance(out[0], TaggedMention):
            out[0].page_aliases = tuple(rest)  # (the linker adds them to those nodes when the corpus has them)

    def _scan_run(self, d: _Doc, i: int, end: int, out: list[Mention]) -> int:
        """Emit mentions for the run toks[i:end]; returns the index to continue from."""
        p = i
        titled = False
        words, conn, rec, known = d.words, _connectors(), self._rec, d.tok_lang
        while p < end:
            lang = known[p] or d.lang(p)
            w = words[p]
            r = rec(w, lang)
            tl = self._phrase_match(d, p, lang, r.titles, True) if r.titles else 0  # (`_title_len`)
            if tl:
                titled, p = True, p + tl
                continue
            lk = (self._link_place(d, p) if d.doc.links else None) or (
                self._label_place(d, p, end) if ":" in d.gaps[p] else None)  # (a label ends in a colon)
            if lk:  # [[Гроза (Куп'янський район)|Гроза]], "місце: Гроза": a place by the link or label
                self._emit(d, p, p + lk[0], "place", "place-word", lk[1], out)
                p, titled = p + lk[0], False
                continue
            if (r.stop and not self._named_place(d, p, lang) and not self._name_opener(d, p, end, lang)) \
                    or (r.upper and len(w) > 5):
                g = self._gaz_match(d, p, lang) if (r.upper and len(w) > 5) or r.stop else None
                if g and r.stop and not (r.upper and len(w) > 5) and (g[0] < 2 or g[1].kind == "city"):
                    g = None  # a stopword opens only a region's name of more words ("the Kazakh SSR")
                if g and (g[1].kind != "city" or g[1].population >= 500000 or (
                        g[1].population >= 15000 and g[1].country in self.gaz.full_countries)):
                    self._emit_place(d, p, g, lang, out)
                    p += g[0]
                else:
                    p += 1
                continue
            cc = r.cc
            if cc and not any(0 <= j < len(d.words) and d.words[j].isupper() and len(d.words[j]) > 3
                              for j in (p - 1, p + 1)) and (cp := self.gaz.country(cc)) is not None:
                self._emit(d, p, p + 1, "place", "gazetteer", w, out, cp)  # РФ, РК: the country
                p, titled = p + 1, False
                continue
            gr = self._republic_of(d, p, lang) if r.rep else None
            if gr:  # "Республики Казахстан", "Republic of Kazakhstan": the country
                self._emit_place(d, p, gr, lang, out)
                p, titled = p + gr[0], False
                continue
            n = self._person_at(d, p, lang, end) if p + 1 < end else 0
            if n and _initial_at(d, p + 1, p + n):  # «Солженицын А. И.»: the surname names him, the stop is the initial's
                self._emit(d, p, p + n, "person", "person", self._person_lemma(d.words[p : p + 1], lang), out,
                           end_char=d.ends[p + n - 1] + 1)
                p, titled = p + n, False
            elif n and n == 2 and d.words[p + 1].endswith(("'s", "’s", "ʼs")):  # "Nikita Khrushchev's": the name alone
                self._emit(d, p, p + n, "person", "person", self._person_lemma([d.words[p], d.words[p + 1][:-2]], lang), out,
                           end_char=d.ends[p + 1] - 2)
                p, titled = p + n, False
                continue
            elif n:
                self._emit(d, p, p + n, "person", "person", self._person_lemma(d.words[p : p + n], lang), out)
                p, titled = p + n, False
                continue
            # (a word that starts no gazetteer name has no match, once the countries are known)
            g = self._gaz_match(d, p, lang) if r.longest or d.countries is None else None
            if g and g[0] == 1 and _ADJ_END.search(w) and self._has_phrase(d, p + 1, lang, "entity_place_suffixes", True):
                g = None  # «Советском районе»: a district named by an adjective, not the town Sovetsky
            head = titled and self._head_of_place(d, p, lang, end, g) if g else False
            if g and (head or self._accept_place(d, p, g[0], g[1], lang, g[2])):
                titled = titled or bool(self._has_phrase(d, p, lang, "entity_person_titles", False))
                if titled and not head and g[0] == 1 and self._name_part(d, p, lang) and g[1].kind == "city" and g[1].population < 100000:
                    g = None  # "President Nazarbayev": a title wins over a village of that name
                else:
                    self._emit_place(d, p, g, lang, out)
                    p, titled = p + g[0], head  # «Губернатор Ольмара Ранта Сетуш»: the title is the name's after the place
                    continue
            start, q = p, p + 1
            while q < end:
                lq = known[q] or d.lang(q)
                rq = rec(words[q], lq)
                if not (words[q] in conn or q in d.inner_and or not rq.stop) \
                        or (rq.titles and self._phrase_match(d, q, lq, rq.titles, True)):
                    break
                gq = self._gaz_match(d, q, lq) if rq.longest or d.countries is None else None
                if gq and self._accept_place(d, q, gq[0], gq[1], lq, gq[2]) \
                        and not (_camel(d.words[q - 1]) and q + gq[0] == end):
                    break  # ... but "ЕвроХим Павлодар": a CamelCase company named with its town
                if (q + 1 < end and not self._latin_first_only(words[q], lq) and self._person_at(d, q, lq, end)) \
                        or (rq.rep and self._republic_of(d, q, lq)) or rq.cc:
                    # ("Colegio Enrique Rebsamen", "Angel Enrique Sarmiento": a Latin first name inside a run is no new start)
                    break
                if _script_change(words[q - 1], words[q]):
                    break  # «Шахта ArcelorMittal Temirtau ...»: a Kazakh word opening the sentence, then a Latin name
                q += 1
            # drop leading ordinary words (sentence-initial "Местные", "Here")
            while p < q and self._common_at(d, p, rec(words[p], lang)) and not self._has_phrase(d, p + 1, lang, "entity_org_words", False) \
                    and not (q - p == 1 and self._quoted(d, p, q)) \
                    and not (q - p == 1 and self._place_adjective(d, p, q, lang)) \
                    and not (q - p == 1 and self._adjective_village(d, p, q, lang)) \
                    and not (q - p == 1 and self._street_adjective(d, p, lang)) \
                    and not (q - p == 1 and not d.initial(p) and self._has_phrase(d, p, lang, "entity_place_words", False)) \
                    and not (q - p == 2 and self._facility_adjective(d, p, lang)):
                # («Укрзалізниця»: a quoted word is a name; «Кемеровской области»: so is a place's adjective;
                # «микрорайон Шахтёр», «село Победа»: a capitalized word after a place word names the place)
                if lang == "en" and q - p >= 3 and not rec(words[p], lang).stop:
                    break  # "Human Rights Watch" at the start of a sentence is still one name
                if self._name_opener(d, p, q, lang):
                    break
                p += 1
            if q - p == 1:  # (`_trim` of one word: a connector goes)
                if words[p] in conn:
                    p = q
            else:
                p, q = self._trim(d, p, q, lang)
            if q - p >= 2 and self._district_adjective(d, q - 1, lang):
                self._classify(d, p, q - 1, lang, titled, out)  # «Масанчи | Кордайского района»
                p, titled = q - 1, False
            generic = _generic(lang)
            if p < q and not (rec(words[p], lang).lemma in generic if q - p == 1
                              else all(rec(words[j], lang).lemma in generic for j in range(p, q))) \
                    and not (q - p == 1 and q < end and self._adjective_before_name(words[p], lang)):
                self._classify(d, p, q, lang, titled, out)  # («Західне Щолково»: the adjective is no place)
            p, titled = max(q, start + 1), False
        return max(end, p)

    def _street_feminine(self, d: _Doc, k: int, lang: str) -> str | None:
        """The feminine nominative of token k when it is a capitalized feminine singular adjective
        that no noun follows, names no person and is made from no place (Інститутській ->
        Інститутська), else None."""
        w = d.words[k]
        if lang not in ("ru", "uk") or not _cap(w) or w.isupper() or not _ADJ_END.search(w) and not w.lower().endswith(
                ("на", "ной", "ную", "ній", "ної", "ною", "ную")):
            return None
        known, tags, parses = self.morph.info(w, lang)
        if tags & {"Name", "Surn", "Patr", "Geox", "Orgn"}:
            return None
        fem = next((p for p in parses if "ADJF" in (g := _grammemes(p)) and "femn" in g and "plur" not in g), None)
        if fem is None or (parses and "ADJF" not in _grammemes(parses[0])):
            return None
        if k + 1 < len(d.words) and not d.gaps[k + 1].strip() and d.words[k + 1][:1].islower() \
                and any("NOUN" in (g := _grammemes(x)) and "femn" in g for x in self.morph.info(d.words[k + 1], lang)[2]):
            return None  # «Інститутська вулиця», «Київській області»: an adjective of its noun
        for j in range(k + 1, min(k + 5, len(d.words))):
            if self._has_phrase(d, j, lang, "entity_place_suffixes", True) or _HARD_GAP.search(d.gaps[j]):
                if not _HARD_GAP.search(d.gaps[j]):
                    return None  # «Херсонской и Запорожской областях»
                break
        ap = self._adjective_place(d, w, lang)
        if ap and ap[1] is not None and (ap[1].kind != "city" or ap[1].population >= 50000):
            return None  # «Херсонской»: a region's or a town's adjective (a hamlet's name proves nothing)
        f = fem.inflect({"nomn"} | {"femn"})
        return _title(f.word) if f is not None else None

    def _street_adjective(self, d: _Doc, p: int, lang: str) -> tuple[str, str] | None:
        """(landmark key, base form) of a street named by its adjective alone, the word "street" left
        out: the document writes it after «на», «по», «вздовж» in the locative or dative («на
        Інститутській», «по Тверской»), and then every case form of it is the street («схилі
        Інститутської»)."""
        if lang == "en" and not d.initial(p) and p > 0 and d.words[p - 1] in _words(None, "entity_street_preps") \
                and d.gaps[p] == " " and d.words[p].isascii() and d.words[p].lower().endswith(("ska", "skaya")):
            w = d.words[p]  # "on Instytutska": the English text keeps the street's adjective
            return landmark_key("street", [name_stem(word_key(w.lower()))]), w
        if lang not in ("ru", "uk") or d.initial(p):
            return None
        streets = getattr(d, "streets", None)
        if streets is None:
            streets = d.streets = {}
            preps = _words(None, "entity_street_preps")
            for k in range(1, len(d.words)):
                lk = d.tok_lang[k] or d.lang(k)
                if lk not in ("ru", "uk") or d.words[k - 1].lower() not in preps or len(d.gaps[k]) != 1:
                    continue
                if not any(_grammemes(x) & {"loct", "datv"} for x in self.morph.info(d.words[k], lk)[2]):
                    continue
                base = self._street_feminine(d, k, lk)
                if base:
                    streets.setdefault(name_stem(word_key(d.words[k].lower())), base)
        if not streets:
            return None
        stem = name_stem(word_key(d.words[p].lower()))
        base = streets.get(stem)
        if base is None or not self._street_feminine(d, p, lang):
            return None
        return landmark_key("street", [stem]), base

    def _titled_latin_surname(self, d: _Doc, p: int, lang: str) -> bool:
        """Token p, after a person title, is an English surname of no listed shape ("Coordinator Musiy
        says"): capitalized mid-sentence, never written lowercase, no first name, no place the
        gazetteer knows."""
        w = d.words[p]
        return lang == "en" and not d.initial(p) and w.isalpha() and w.isascii() and len(w) >= 4 \
            and w.lower() not in d.lower_seen and not self._first_name(w, lang) and not self._gaz_match(d, p, lang)

    def _name_opener(self, d: _Doc, p: int, end: int, lang: str) -> bool:
        """Token p is a religious adjective (``entity_name_openers``) opening an English organisation's
        name: two capitalized words or more follow in its run, the last an organisation word ("the
        Muslim Unity Movement", "the Islamic Renaissance Party")."""
        return lang == "en" and end - p >= 3 and d.words[p].lower() in _words(lang, "entity_name_openers") \
            and bool(self._has_phrase(d, end - 1, lang, "entity_org_words", True))

    def _adjective_before_name(self, w: str, lang: str) -> bool:
        """A ru/uk dictionary adjective (first reading) that stands before a place or a person of its run."""
        if lang not in ("ru", "uk") or not _CYR.search(w):
            return False
        known, _, parses = self.morph.info(w, lang)
        return known and bool(parses) and "ADJF" in parses[0].tag

    def _facility_adjective(self, d: _Doc, p: int, lang: str) -> bool:
        """Token p is a singular name adjective before an all-caps facility word of
        ``entity_facilities`` («Саяно-Шушенской ГЭС», «Курської АЕС»): the two are one name."""
        nxt = _facility_head(d.words[p + 1], lang) if p + 1 < len(d.words) else ""
        w = d.words[p]
        return (bool(_ADJ_END.search(w)) or (lang == "kk" and _cap(w) and not w.isupper())) and nxt.isupper() and len(nxt) > 1 \
            and not _HARD_GAP.search(d.gaps[p + 1]) and bool(self._concept(nxt.lower(), lang, "entity_facilities"))

    def _facility_after(self, d: _Doc, q: int, lang: str) -> bool:
        """A facility word (``entity_facilities``) follows token q-1 after at most two lowercase words
        ("Kredmash road machinery plant", "Bogatyr coal mine"): the name before is the facility's."""
        return bool(self._facility_end(d, q, lang))

    def _facility_end(self, d: _Doc, q: int, lang: str) -> int:
        """The token after the facility word of `_facility_after`, else 0."""
        for j in range(q, min(q + 3, len(d.words))):
            w = d.words[j]
            if not w[:1].islower() or _HARD_GAP.search(d.gaps[j]) or "," in d.gaps[j]:
                return 0
            if self._concept(w.lower(), lang, "entity_facilities"):
                return j + 1
            if self._stop(w, lang) or w.lower().endswith(("ed", "id", "ld", "s", "ing")):
                return 0  # "Dorwell said the plant ...": a verb between, no facility's name
        return 0

    def _lone_surnames(self, d: _Doc, out: list[Mention]) -> None:
        """A capitalized word left untagged whose surname key is that of one full name of the document
        («Ігор Табурець ... Табурець додав»; even a dictionary word) is that person's surname."""
        stems: dict[str, set[str]] = {}
        surnames = set()  # surnames as a full name writes them («Петра Ланя»: Ланя, though also a first name)
        for m in out:
            parts = (m.lemma or m.text).split() if m.type == "person" else []
            if len(parts) >= 2 and len(st := self._surname_stem(parts[-1])) >= 4:
                stems.setdefault(st, set()).add(m.lemma or m.text)
                surnames.add(m.text.split()[-1])
        if not stems:
            return
        # the distinct words that qualify (each looked at once), then their places in text order
        cand = {w for w in d.capital if len(w) >= 4 and w[:1].isupper() and not w.isupper()
                and len(stems.get(self._surname_stem(_unpossessed(w)), ())) == 1}
        if not cand:
            return
        spans = sorted(m.span for m in out)
        starts = [a for a, _ in spans]
        reach = list(itertools.accumulate((b for _, b in spans), max))  # furthest end so far
        added = False
        tok_starts, words = d.starts, d.words
        for i in d.caps:
            w = words[i]
            if w not in cand:
                continue
            s = tok_starts[i]
            k = bisect.bisect_right(starts, s) - 1
            if k >= 0 and reach[k] > s:  # inside a mention already
                continue
            if self._first_name(w, d.lang(i)) and w not in surnames:
                continue
            bare = _unpossessed(w)  # "Kelmiri's aides": the surname, its possessive the alias (`_kind_word_forms`)
            self._emit(d, i, i + 1, "person", "person", next(iter(stems[self._surname_stem(bare)])).split()[-1], out,
                       end_char=s + len(bare))
            added = True
        if added:
            out.sort(key=lambda m: m.span[0])

    def _surname_stem(self, w: str) -> str:
        """`surname_stem` of a word (cached per tagger)."""
        got = self._sstems.get(w)
        if got is None:
            if len(self._sstems) > 200_000:
                self._sstems.clear()
            got = self._sstems[w] = surname_stem(w)
        return got

    def _emit_facility(self, d: _Doc, p: int, b: int, lang: str, out: list[Mention]) -> None:
        """A facility named by an adjective and its head word (toks[p:b]), keyed by the head's concept
        and the adjective's stem, so that its forms in every language and case link."""
        last = _facility_head(d.words[b - 1], lang)  # (kk: ГЭС-інде -> ГЭС, its case ending off)
        head = self._concept(last.lower(), lang, "entity_facilities") or last.lower()
        stem = name_stem(word_key(d.words[p]))
        self._emit(d, p, b, "org", "org-word", " ".join([*d.words[p : b - 1], last]), out,
                   end_char=d.starts[b - 1] + len(last))
        out[-1].key = f"#fac {head} {stem}"

    def _country_code(self, w: str, lang: str) -> str | None:
        """ISO code of a country written as a code (РФ, АҚШ) or by a name the gazetteer lacks
        (Белоруссии, Britain; ``entity_country_names``)."""
        got = self._codes.get((w, lang), _MISSING)
        if got is _MISSING:
            if len(self._codes) > 200_000:
                self._codes.clear()
            head, _, tail = w.partition("-")
            if w.isupper():
                got = country_codes().get(w)
            elif tail and head.isupper() and tail.isalpha() and tail.islower() and len(tail) <= 5:
                got = country_codes().get(head)  # «АҚШ-та», «РФ-тің»: a code with a Kazakh case ending
            else:
                names = country_names()
                got = names.get(w.lower()) or (names.get(self._lemma_of(w, lang)) if w[:1].isupper() else None)
            self._codes[(w, lang)] = got
        return got

    def _named_place(self, d: _Doc, p: int, lang: str) -> bool:
        """A place word follows token p: a stopword there is a name (Қазан қаласы: the city of Kazan,
        not the month)."""
        return p + 1 < len(d.words) and bool(self._has_phrase(d, p + 1, lang, "entity_place_suffixes", True))

    def _coordinated_adjective(self, d: _Doc, q: int, lang: str) -> bool:
        """Token q is a conjunction between two capitalized adjectives before a place word
        («Баткенский и Лейлекский районы»)."""
        if q + 2 >= len(d.words) or d.words[q] not in _words(None, "entity_conjunctions") or _HARD_GAP.search(d.gaps[q]):
            return False
        nxt = d.words[q + 1]
        return nxt[:1].isupper() and bool(_ADJ_END.search(nxt)) and not _HARD_GAP.search(d.gaps[q + 1]) \
            and bool(self._has_phrase(d, q + 2, lang, "entity_place_suffixes", True))

    def _place_adjective(self, d: _Doc, p: int, q: int, lang: str) -> bool:
        """Token p is an ordinary-looking adjective of a place the gazetteer knows, before a place word
        («Кемеровской области», «Беловском районе»): a name after all."""
        if not self._has_phrase(d, q, lang, "entity_place_suffixes", True) and not self._coordinated_adjective(d, q, lang) \
                and not (q - p == 1 and self._event_adjective(d, p, q, lang)):
            return False
        ap = self._adjective_place(d, d.words[p], lang)
        return bool(ap and ap[1])

    def _event_adjective(self, d: _Doc, p: int, q: int, lang: str) -> tuple[str, Place | None] | None:
        """Token p is an adjective made from a place before an event noun (``entity_event_nouns``:
        «Ольмарские события», «Вельморский пожар»): (the place's name, its gazetteer place or None).
        A dictionary adjective needs a town of 100,000 or a region (not «Советские», not a
        nationality such as «Российские»); a name the dictionary does not know may be any place."""
        if lang not in ("ru", "uk") or q >= len(d.words) or _HARD_GAP.search(d.gaps[q]) \
                or not self._has_phrase(d, q, lang, "entity_event_nouns", True):
            return None
        ap = self._adjective_place(d, d.words[p], lang)
        if ap is None or (ap[1] is not None and ap[1].kind == "country"):
            return None
        known = self.morph.info(d.words[p], lang)[0]
        if known and (ap[1] is None or (ap[1].kind == "city" and ap[1].population < 100000)):
            return None
        return ap

    def _caps_line(self, d: _Doc, p: int) -> bool:
        """Token p stands among other all-capital words on its line (a heading: HOW IT WAS)."""
        for j, gap in ((p - 1, d.gaps[p]), (p + 1, d.gaps[p + 1] if p + 1 < len(d.words) else "\n")):
            if 0 <= j < len(d.words) and "\n" not in gap and d.words[j].isupper() and len(d.words[j]) > 1:
                return True
        return False

    def _trim(self, d: _Doc, p: int, q: int, lang: str) -> tuple[int, int]:
        """Drop connectors and context words (``entity_org_context``) at the edges ("Workers of X" ->
        "X"); institution words (Ministry, Committee) and legal forms (JSC, ТОО) stay in the span."""
        conn = _words("en", "entity_connectors")
        ctx = _words(lang, "entity_org_context")

        def edge(t: str) -> bool:
            return t in conn or (not t.isupper() and self._lemma_of(t, lang) in ctx)

        while p < q and edge(d.words[p]) and q - p > 1:
            p += 1
        while q > p and edge(d.words[q - 1]) and q - p > 1:
            q -= 1
        while p < q and d.words[p] in conn:
            p += 1
        return p, q

    def _emit_place(self, d: _Doc, p: int, g: tuple[int, Place, str], lang: str, out: list[Mention]) -> None:
        n, place, base = g
        self._emit(d, p, p + n, "place", "gazetteer", _title(base), out, place)

    def _emit(self, d: _Doc, a: int, b: int, typ: str, how: str, lemma: str, out: list[Mention],
              place: Place | None = None, end_char: int | None = None) -> None:
        s, e = d.starts[a], end_char if end_char is not None else d.ends[b - 1]
        text = d.text[s:e]
        if text.endswith(("'s", "’s", "ʼs")) and typ != "person":
            text, e = text[:-2], e - 2
            lemma = lemma[:-2] if lemma.endswith(("'s", "’s", "ʼs")) else lemma
        out.append(TaggedMention(
            doc=d.doc.id, span=(s, e), text=text, type=typ, lemma=lemma, key=tkey(lemma) or None,
            gazetteer_id=place.id if place else None, canonical=_ascii_name(place.name) if place else None, how=how))

    def _classify(self, d: _Doc, p: int, q: int, lang: str, titled: bool, out: list[Mention]) -> None:
        """Decide what the plain run toks[p:q] names, from the evidence around it."""
        # (most runs have no list phrase before or after them: one look each instead of one per list)
        back, fwd = self._phrase_near(d, p, lang, False), self._phrase_near(d, q, lang, True)
        titled = titled or (back and bool(self._has_phrase(d, p, lang, "entity_person_titles", False)))
        if q < len(d.words) and d.gaps[q].strip() == "," and "\n" not in d.gaps[q]:
            a = q + 1 if lang == "en" and d.words[q] == "the" and q + 1 < len(d.words) and d.gaps[q + 1] == " " else q
            tl = self._title_len(d, a, lang)  # "Irina Li, (the) head of communications"; but "Brinmouth
            # Memorial Hospital, Dr. Imran Dosley said": a title before a capitalized name is that name's
            titled = titled or bool(tl and not (a + tl < len(d.words) and _cap(d.words[a + tl])
                                                and len(d.gaps[a + tl].strip()) <= 1))
        words = d.words[p:q]
        w = words[0]
        single = q - p == 1
        s0, e0 = d.starts[p], d.ends[q - 1]
        if (_ADJ_END.search(w) or lang == "kk") and (fe := (q if q - p == 2 and self._facility_adjective(d, p, lang) else
                                          self._facility_end(d, q, lang) if single and lang == "en" else 0)):
            self._emit_facility(d, p, fe, lang, out)  # «Саяно-Шушенской ГЭС», "the Kursky power plant"
            return
        tags: frozenset[str] = frozenset()
        known = False
        if lang in ("ru", "uk") and single:
            known, tags, _ = self.morph.info(w, lang)
        base = w
        if single and lang in ("ru", "uk") and _CYR.search(w) and not _camel(w) and not w.isupper():
            if known and (tags or self._quoted(d, p, q)):  # «Укрзалізниці»: the dictionary's lemma
                base = _title(self.morph.lemmas(w, lang, prefer=("Geox", "Orgn", "Surn", "Name"))[0])
            elif not known:  # a guess from the ending: the longest listed case ending comes off
                vs = [f for f, _ in self._variants(w, lang)[1:] if len(f) < len(w) and len(f) >= 4]
                strip = [w[: len(w) - len(x)] for x in _suffixes(lang) if w.lower().endswith(x)]
                base = next((f for f in strip if f in vs or len(f) >= 4), w)
                if base != w and not _vowel_strip_known(self.gaz, w, base) \
                        and self._has_phrase(d, p, lang, "entity_place_words", False):
                    base = w  # «села Бодене», «аул Акколе»: a name after its place word keeps a final -е the gazetteer does not confirm
        elif single and lang == "kk":
            vs = self._variants(w, lang)
            base = vs[-1][0] if len(vs) > 1 and len(vs[-1][0]) >= 4 else w
        core = list(words)
        orgw = _words(lang, "entity_org_words")
        while len(core) > 1 and core[0].isupper() and core[0].lower() in orgw:
            core.pop(0)  # legal form before the name: JSC Kazmunaigas
        while len(core) > 1 and core[-1].isupper() and core[-1].lower() in orgw:
            core.pop()  # ... or after it: Karazhanbasmunai JSC
        lemma = base if single else " ".join(core)
        # place suffix after the run: "Magistau region", "Жамбыл облысы"
        suf = self._has_phrase(d, q, lang, "entity_place_suffixes", True) if fwd else 0
        if suf and not _HARD_GAP.search(d.gaps[q]):
            e = d.ends[q + suf - 1]
            ap = self._adjective_place(d, w, lang) if single else None
            if ap:  # «Рушанском районе»: the district of the place the adjective is made from
                self._emit(d, p, q, "place", "gazetteer" if ap[1] else "place-word", ap[0], out, ap[1], end_char=e)
                if ap[1] is not None and ap[1].kind == "city" \
                        and self._tok_lemma(d, q, lang) in _words(lang, "entity_town_district_words"):
                    out[-1].key = TOWN_DISTRICT  # («Ольмарского района»: the district around the town, its own entity)
            elif self._tok_lemma(d, q, lang) in _words(lang, "entity_district_suffixes") or (
                    lang == "kk" and _kk_stem_in(d.words[q].lower(), _words(lang, "entity_district_suffixes"))):
                # "Aksy district", "Шаңырақ шағын ауданы", "Масаншы ауылының": the place itself, with its
                # word; in Kazakh the name alone (it stays in the nominative: no case ending to strip)
                if lang == "kk":
                    self._emit(d, p, q, "place", "place-word", w if single else lemma, out)
                    out[-1].alias = d.text[s0:e]  # «Мақтаарал ауданына»: the name with its word is written too
                else:
                    self._emit(d, p, q, "place", "place-word", lemma, out, end_char=e)
            else:
                self._emit(d, p, q, "place", "place-word", lemma + d.text[e0:e], out, end_char=e)
            return
        if lang == "kk" and single and q + 1 < len(d.words) and d.words[q][:1].islower() and not d.gaps[q].strip() \
                and not d.gaps[q + 1].strip() and self._has_phrase(d, q + 1, lang, "entity_place_suffixes", True) \
                and d.words[q].lower() not in _words(lang, "entity_stopwords"):
            # «Бұлар батыр ауылдарында»: a name of two words, the second lowercase, before its place word
            self._emit(d, p, q + 1, "place", "place-word", f"{w} {d.words[q]}", out)
            return
        if single and (village := self._adjective_village(d, p, q, lang)):
            self._emit(d, p, q, "place", "preposition", village, out)  # «біля Зеленопільського»: Зеленопільське
            return
        if single and fwd and (ap := self._event_adjective(d, p, q, lang)):
            # «Ольмарские события», «Ольмарські події»: the event named after its place
            self._emit(d, p, q, "place", "gazetteer" if ap[1] else "place-word", ap[0], out, ap[1])
            return
        if single and self._coordinated_adjective(d, q, lang):
            ap = self._adjective_place(d, w, lang)
            if ap:  # «Баткенський і Лейлекський райони»: the first of two districts
                self._emit(d, p, q, "place", "gazetteer" if ap[1] else "place-word", ap[0], out, ap[1])
                return
        if q - p <= 3 and not titled and not (single and _ADJ_END.search(w)) and self._place_list(d, p, q, lang):
            # "the villages of Sortobe and Bular Batyr", «Масаншы, Сортөбе ... ауылдарында»
            self._emit(d, p, q, "place", "place-word", w if single and lang == "kk" else lemma, out)
            return
        link_end = d.links.get(s0)
        quoted = self._quoted(d, p, q)

        def org_before() -> int:
            return back and (self._has_phrase(d, p, lang, "entity_org_words", False) or self._has_phrase(
                d, p, lang, "entity_org_context", False))

        def org_after() -> int:
            return fwd and (self._has_phrase(d, q, lang, "entity_org_words", True) or self._has_phrase(
                d, q, lang, "entity_org_context", True))

        place_before = back and self._has_phrase(d, p, lang, "entity_place_words", False) and not any(
            c in d.gaps[p] for c in ",\t|")  # not "the station, Kyrylenko said", nor a table's header cells "District | Buildings"
        if place_before and (single or quoted or (q - p <= 3 and self._after_place_word(d, p, lang)
                                                  and not any(self._lemma_of(x, lang) in orgw for x in words))):
            self._emit(d, p, q, "place", "place-word", lemma, out)  # («в районе Сари Тах»: `LocativeNames`)
        elif any(self._lemma_of(x, lang).removesuffix("'s").removesuffix("’s").removesuffix("ʼs") in orgw for x in words):
            self._emit(d, p, q, "org", "org-word", lemma, out)
        elif titled and not quoted and all(self._name_part(d, k, lang) for k in range(p, q)) and q - p <= 3 \
                and not _camel(w) and not w.isupper() and (not single or self._surname(w, lang) or tags & {"Name", "Surn"}
                                                           or self._titled_latin_surname(d, p, lang)):
            self._emit(d, p, q, "person", "title", self._person_lemma(words, lang), out)
        elif not single and not quoted and self._surname_speaks(d, p, q, lang):  # "... Velardi said": his full name
            a = p + 1 if q - p == 3 and (self._common_at(d, p, self._rec(w, lang)) or w.lower() in d.lower_seen) else p
            self._emit(d, a, q, "person", "person", self._person_lemma(d.words[a:q], lang), out)  # (not "Nurse")
        elif single and w.endswith(("'s", "’s", "ʼs")) and surname_like(w[:-2]) and not _camel(w) \
                and (org_before() or org_after() or self._org_apposition(d, q, lang)):
            self._emit(d, p, q, "person", "person", w[:-2], out, end_char=e0 - 2)  # "Bakiyev's government": its head
        elif (ob := org_before()) or (oa := org_after()) or self._org_apposition(d, q, lang):
            if quoted and single and not known and lang in ("ru", "uk") and ob:
                lemma = w  # "компания «Укрзализныця»": a quoted name in apposition stays in the nominative
            if link_end and link_end > e0 and (oa if not ob else org_after()):  # [[Ozenmunaigas oil field]]: the link is the name
                self._emit(d, p, q, "org", "org-word", lemma, out, end_char=link_end)
            else:
                self._emit(d, p, q, "org", "org-word", lemma, out)
                if quoted and single and "-" in w and lang in ("ru", "uk"):
                    # «СДС-Уголь» / «СДС-Вугілля»: the parts read as words, uk ones as their ru pairs
                    out[-1].key = self._lemma_key([x for x in w.split("-") if x], lang) or out[-1].key
        elif quoted:
            if single and not known and lang in ("ru", "uk") and p > 0 and len(d.words[p - 1]) >= 4 \
                    and d.words[p - 1].islower() and not _HARD_GAP.search(d.gaps[p]):
                lemma = w  # "центр «Вясна»": a quoted name in apposition stays in the nominative
            self._emit(d, p, q, "org", "quote", lemma, out)
            if not single and lang in ("ru", "uk"):
                out[-1].key = self._lemma_key(words, lang) or out[-1].key
        elif single and (st := self._street_adjective(d, p, lang)):
            self._emit(d, p, q, "place", "landmark", st[1], out)  # «на Інститутській»: the street
            out[-1].key = st[0]
        elif q - p <= 3 and self._surname(words[-1], lang) and all(self._name_part(d, k, lang) for k in range(p, q)):
            lone_adj = single and bool(_ADJ_END.search(w))  # a lone "Жезказганский" is an adjective of a name,
            if lone_adj and "Surn" in tags and not d.initial(p):  # but «загибель Тарайковського.» a surname
                ap = self._adjective_place(d, w, lang)
                lone_adj = (ap is not None and ap[1] is not None) or (
                    q < len(d.words) and d.words[q][:1].islower() and not self._no_noun(d.words[q], lang))
            if not lone_adj:
                self._emit(d, p, q, "person", "person", self._person_lemma(words, lang), out)
        elif single and _camel(w):
            self._emit(d, p, q, "org", "camel", lemma, out)
        elif "Geox" in tags and not (single and self._adj_before_noun(d, p, lang)):
            self._emit(d, p, q, "place", "morph", lemma, out)
        elif "Orgn" in tags:
            self._emit(d, p, q, "org", "morph", lemma, out)
        elif tags & {"Name", "Surn"} and known:
            self._emit(d, p, q, "person", "morph", self._person_lemma(words, lang), out)
        elif single and (_camel(w) or (_acronym(w) and not self._caps_line(d, p))):
            self._emit(d, p, q, "org", "camel" if _camel(w) else "acronym", lemma, out)
        elif single and back and not d.initial(p) and not known and not w.endswith(("'s", "’s", "ʼs")) \
                and self._has_phrase(d, p, lang, "entity_place_preps", False):  # not "on Zelensky's hometown"
            self._emit(d, p, q, "place", "preposition", lemma, out)
        elif single and (loc := _locative_base(w, lang)) and (not d.initial(p) or _named_mid(d, loc)) \
                and not _common_tail(w) \
                and loc.lower() not in _words(lang, "entity_org_words") and not self._stop(loc, lang):
            # Шаңырақта: where, so a place; starting a sentence (a headline's «Қой-Таштағы қақтығыс»)
            # only when the document also names it bare mid-sentence (Қой-Таш ауылында)
            self._emit(d, p, q, "place", "preposition", loc, out)
        elif single and lang == "en" and not d.initial(p) and self._facility_after(d, q, lang):
            self._emit(d, p, q, "org", "org-word", lemma, out)  # "the Kredmash road machinery plant"
        elif single and lang == "en" and _HYPHEN_NAME.match(w) and w.lower() not in d.lower_seen \
                and (h := w.split("-", 1)[0]).lower() not in _words(lang, "entity_hyphen_prefixes") \
                and not self._first_name(h, lang) and not self._first_name(w, lang):
            self._emit(d, p, q, "org", "shape", lemma, out)  # Nord-Ost, Coca-Cola: no English word's shape
        elif link_end == e0:
            self._emit(d, p, q, "org", "link", lemma, out)
        elif not single and (not d.initial(p) or _camel(w)):  # (ArcelorMittal Temirtau opening a sentence)
            self._emit(d, p, q, "org", "multiword", lemma, out)


from ._entity_link import EntityLinker  # noqa: E402  (re-export; the linker imports nothing from here)

_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"))


def _close_quotes(text: str, out: list[Mention]) -> None:
    """A name that opens a quotation mark and ends right before its closing one (a known name matched
    word by word: «АИ «Вести»» of an invented agency) takes the closing mark too: the name as written."""
    for m in out:
        for o, c in _QUOTE_PAIRS:
            if m.text.count(o) > m.text.count(c) and text[m.span[1]:m.span[1] + 1] == c and o != c:
                m.span = (m.span[0], m.span[1] + 1)
                m.text = text[m.span[0]:m.span[1]]
                break


def _quoted_aliases(text: str, out: list[Mention]) -> None:
    """A name written whole inside quotation marks («Ромашка», «Белой ромашке») has that quoted
    spelling as a written form too (`TaggedMention.alias`): the name as the page writes it."""
    for m in out:
        if not isinstance(m, TaggedMention) or m.alias or m.type == "person" or m.span[0] < 1:
            continue
        s, e = m.span
        for o, c in _QUOTE_PAIRS + (('"', '"'),):  # straight double quotes: "Ромашка" as typed
            if text[s - 1] == o and text[e:e + 1] == c and o not in m.text and c not in m.text:
                m.alias = text[s - 1:e + 1]
                break


_BRANCH_AFTER = re.compile(r"(?:[ \u00a0]+[A-ZА-ЯЁІЇЄҚ]{2,3})?[ \u00a0]+(\w+)[ \u00a0]+")


def _branch_aliases(text: str, lang: str, out: list[Mention]) -> None:
    """A ministry's regional directorate («ГУ МЧС РФ по Московской области», «управления МЧС по
    Ольмарской области», «ГУ ДСНС у Ольмарській області») is written as a form of the ministry
    (`TaggedMention.alias`): the known national institution, the branch words of
    ``entity_org_branch_words`` before it, the region after a preposition of the list."""
    from ._entity_names import ORG_PREFIX

    national = _words(None, "entity_org_national") | _words(None, "entity_org_branch_concepts")
    places = {m.span[0]: m for m in out if m.type == "place"}
    for m in out:
        if not isinstance(m, TaggedMention) or m.alias or not (m.key or "").startswith(ORG_PREFIX) \
                or m.key[len(ORG_PREFIX):].split("@")[0] not in national:
            continue
        a = _BRANCH_AFTER.match(text, m.span[1])
        if not a or a.group(1).lower() not in _words(lang, "entity_org_branch_preps"):
            continue
        pl = places.get(a.end())
        if pl is None:
            continue
        start, branch = m.span[0], _words(lang, "entity_org_branch_words")
        while True:  # «Главного управления», «ГУ»: the branch words before the name
            k = text.rfind(" ", 0, start - 1)
            w = text[k + 1:start - 1]
            if start < 2 or text[start - 1] != " " or w.lower() not in branch:
                break
            start = k + 1
        m.alias = text[start:pl.span[1]]
