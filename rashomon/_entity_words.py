"""One record per distinct (word, language) for `rashomon.entities.EntityTagger` (a mixin): what the
tagger's passes ask of a word on its own — stop word?, country code, "republic" word?, known
organisations and gazetteer names it can start, person titles it opens, its lemma, whether it can be
part of a person's name — computed once and read as attributes, instead of one cached call per
question, token and pass.

The record holds only what depends on the word and its language (never on the document), so a
tagger with the cache off (``rec_limit=0``: each record rebuilt when asked) tags exactly alike.
The cache is bounded: past ``rec_limit`` records of a language it is cleared.
"""

from __future__ import annotations

from ._entity_morph import surname_like
from ._entity_names import cap as _cap

#: records kept per language before that language's table is cleared
REC_LIMIT = 100_000


class WordRec:
    """What a word is, in one language, to the tagger (see the module docstring)."""

    __slots__ = ("cap", "upper", "stop", "cc", "rep", "org", "longest", "titles", "lemma",
                 "np_mid", "np_init", "common_mid", "common_init", "first", "surname")

    def __init__(self, tagger, w: str, lang: str) -> None:
        self.cap = cap = _cap(w)
        self.upper = upper = w.isupper()
        self.stop = stop = tagger._stop(w, lang)
        self.cc = tagger._country_code(w, lang)
        #: a word for "republic" (``Республики Казахстан``): `_republic_of` looks further only then
        self.rep = cap and tagger._concept(w.lower(), lang, "entity_landmark_words") == "republic"
        #: (acronym's concept, organisation names starting with the word), for a capitalized word
        self.org = (tagger._org_starts.get((w, lang)) or tagger._org_starts_of(w, lang)) if cap else None
        #: most words of a gazetteer name the word may start (0: none)
        longest = tagger._longest.get((w, lang))
        self.longest = tagger._name_words(w, lang) if longest is None else longest
        #: person titles (``entity_person_titles``) that start with the word
        self.titles = tagger._phrase_cands(w, lang, "entity_person_titles", True)
        self.lemma = tagger._lemma_of(w, lang)
        self.first = tagger._is_first_name(w, lang)  # a first name (dictionary or listed)
        self.surname = tagger._is_surname(w, lang)  # a surname (dictionary or ending)
        # `_common` and `_name_part` mid-sentence and sentence-initially (None: the document decides)
        if lang in ("ru", "uk"):
            morph = tagger.morph
            self.common_mid = stop or morph.common(w, lang, False)
            self.common_init = stop or morph.common(w, lang, True)
            base = cap and not upper and not stop
            if base:
                known, tags, _ = morph.info(w, lang)
                named = not known or bool(tags & {"Name", "Surn", "Patr"})
                self.np_mid = surname_like(w) or (not morph.common(w, lang, False) and named)
                self.np_init = not morph.common(w, lang, True) and named
            else:
                self.np_mid = self.np_init = False
        else:
            self.common_mid = stop
            self.common_init = True if stop else None  # (an initial word is common when written lowercase too)
            self.np_mid = cap and not upper and not stop
            self.np_init = None if self.np_mid else False


class WordRecords:
    """Mixin of `EntityTagger`: the record cache (``self._recs``: language -> word -> `WordRec`)."""

    rec_limit = REC_LIMIT

    def _rec(self, w: str, lang: str) -> WordRec:
        """The record of a word in a language (built when first asked)."""
        try:
            return self._recs[lang][w]
        except KeyError:
            return self._new_rec(w, lang)

    def _new_rec(self, w: str, lang: str) -> WordRec:
        rec = WordRec(self, w, lang)
        if self.rec_limit:
            table = self._recs.get(lang)
            if table is None:
                table = self._recs[lang] = {}
            elif len(table) >= self.rec_limit:
                table.clear()
            table[w] = rec
        return rec

    def _gaz_at(self, d, i: int, lang: str, rec: WordRec):
        """`_gaz_match` of token i, answered from its record for a word that starts no gazetteer name
        once the document's countries are known (before, the lookup finds them first)."""
        return self._gaz_match(d, i, lang) if rec.longest or d.countries is None else None

    def _common_at(self, d, i: int, rec: WordRec) -> bool:
        """`_common` of token i from its record."""
        if (i == 0) if d.gaps[i] == " " else d.initial(i):  # (`ScanDoc.initial`, its common case inline)
            got = rec.common_init
            return d.words[i].lower() in d.lower_seen if got is None else got
        return rec.common_mid

    def _name_part_at(self, d, i: int, rec: WordRec) -> bool:
        """`_name_part` of token i from its record."""
        if (i == 0) if d.gaps[i] == " " else d.initial(i):
            got = rec.np_init
            return d.words[i].lower() not in d.lower_seen if got is None else got
        return rec.np_mid
