"""Person names for `rashomon.entities.EntityTagger` (a mixin: it uses the tagger's morphology and
per-document state): first name [patronymic] surname runs, surnames by dictionary or ending, and the
base form of a name (``Армана Тлеубаєва`` -> ``Арман Тлеубаєв``)."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from typing import TYPE_CHECKING

from ._entity_link import person_key
from ._entity_morph import CASES as _CASES
from ._entity_morph import GENDERS as _GENDERS
from ._entity_morph import camel as _camel
from ._entity_morph import surname_like
from ._entity_names import CYR as _CYR
from ._entity_names import HARD_GAP as _HARD_GAP
from ._entity_names import cap as _cap
from ._entity_names import grammemes as _grammemes
from ._entity_names import title as _title
from ._entity_names import words as _word_list
from .langdata import load_list, load_map, load_table
from .model import Mention
from .translit import latin, latin_uk


@functools.cache
def _listed_first_names() -> frozenset[str]:
    """Phonetic keys of every first name of ``first_name_variants`` (either side)."""
    return frozenset(person_key(x) for kv in load_map(None, "first_name_variants").items() for x in kv)


@functools.cache
def _latin_first_names() -> frozenset[str]:
    """First names written in Latin letters (``en/entity_first_names``), lowercased: "Carla Vintero" is a person."""
    return frozenset(x.lower() for x in load_list("en", "entity_first_names"))


@functools.cache
def _kk_first_names() -> frozenset[str]:
    """Kazakh first names (``kk/entity_first_names``), lowercased: «Дәулет Кәрібек» is a person."""
    return frozenset(x.lower() for x in load_list("kk", "entity_first_names"))


@functools.cache
def _named_after_heads() -> frozenset[str]:
    """Words after a person's name that make it a place's or a body's name (``en/entity_named_after_heads``)."""
    return frozenset(x.lower() for x in load_list("en", "entity_named_after_heads"))


if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_LATIN_WORD = re.compile(r"^[A-Z][a-zà-ÿ]+$")  # a Latin first name: "Carla", "José"
_RU_WORD = re.compile(r"^[А-ЯЁ][а-яё]{2,}$")  # no letter only Kazakh has
_PATRONYMIC = re.compile(r"(вич|вна|ична|ұлы|қызы|ovich|evich|ovna|evna)$")


@functools.cache
def _kk_person_cases() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in load_table("kk", "entity_person_cases") if len(row) == 2)


def _kk_foreign_base(w: str) -> str:
    """A foreign surname without the Kazakh case ending that fits its last consonant (Шмыгальдың ->
    Шмыгаль, Макронның -> Макрон, Зеленскийдің -> Зеленский); the word itself when none fits."""
    low = w.lower()
    for end, before in sorted(_kk_person_cases(), key=lambda r: -len(r[0])):
        stem = low[: len(low) - len(end)]
        if low.endswith(end) and len(stem) >= 4 and stem.rstrip("ь")[-1:] in before:
            return w[: len(stem)]
    return w



# one or two initials right before a surname («А. Г. Тулеев», "A. Tuleyev"), after a space or a line's start
_INITIALS_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[A-ZА-ЯЁІЇЄҐ]\. ?){1,2}$", re.M)


def _initial_at(d: _Doc, j: int, end: int) -> bool:
    """Token j is one capital letter with a full stop right after it (an initial: «А. И.»)."""
    return j < end and len(d.words[j]) == 1 and d.words[j].isupper() \
        and d.text[d.ends[j] : d.ends[j] + 1] == "." and d.gaps[j] in (" ", ". ", ".")

@functools.cache
def _kk_located_ends() -> tuple[str, ...]:
    """Kazakh attributive locative endings (-дағы, -тегі: "which is in"), ``entity_venue_cases``."""
    return tuple(load_list("kk", "entity_venue_cases"))

class PersonNames:
    """Mixin of `EntityTagger`: people (first name, patronymic, surname; a title before a name)."""

    def _name_part(self, d: _Doc, i: int, lang: str) -> bool:
        """Token i can be a word of a person's name (`WordRec.np_mid` / ``np_init``: a capitalized word
        that is no stop word; ru/uk: unknown to the dictionary or a name there, or surname-shaped
        mid-sentence, where a capital decides (Токаев is also a rare plural of "токай"))."""
        return self._name_part_at(d, i, self._rec(d.words[i], lang))

    def _surname_speaks(self, d: _Doc, p: int, q: int, lang: str) -> bool:
        """The run toks[p:q] (two or three capitalized Latin words, English text) is a person's name: its
        last word stands alone elsewhere on the page as the subject or object of a verb of saying
        ("Marco Velardi, a nurse, ... \"We tried,\" Velardi said"; ``entity_person_speech``), as a
        surname does when the full name came first. No list need know the first name."""
        if lang != "en" or not 2 <= q - p <= 3:
            return False
        names = d.words[p:q]
        if not all(w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha() and w.isascii()
                   for w in names):
            return False
        last, speech = names[-1], _word_list("en", "entity_person_speech")
        if len(last) < 3 or last.lower() in d.lower_seen:
            return False
        at = d.__dict__.get("_word_at")
        if at is None:
            at = d.__dict__["_word_at"] = {}
            for j, w in enumerate(d.words):
                if w[:1].isupper():
                    at.setdefault(w, []).append(j)
        words, n = d.words, len(d.words)
        for j in at.get(last, ()):
            if p <= j < q or (j and words[j - 1] == names[-2] and d.gaps[j] == " "):
                continue
            after = words[j + 1].lower() if j + 1 < n and not _HARD_GAP.search(d.gaps[j + 1]) else ""
            before = words[j - 1].lower() if j and not _HARD_GAP.search(d.gaps[j]) else ""
            if after in speech or before in speech:
                return True
        return False

    def _surname(self, w: str, lang: str) -> bool:
        """A surname by the dictionary (ru/uk) or by its ending (`WordRec.surname`)."""
        return self._rec(w, lang).surname

    def _is_surname(self, w: str, lang: str) -> bool:
        if _camel(w) or w.isupper():
            return False
        if lang in ("ru", "uk"):
            known, tags, _ = self.morph.info(w, lang)
            if known and "Surn" in tags:
                return True
        if lang == "kk":  # Жұмабековтың: a case ending after the surname suffix
            return any(surname_like(f) for f, _ in self._variants(w, lang))
        return surname_like(w)

    def _kk_base(self, w: str) -> str:
        """A Kazakh name without its case ending, when what remains still looks like a name."""
        for f, _ in self._variants(w, "kk")[1:]:
            if surname_like(f):
                return f
        return w if surname_like(w) else _kk_foreign_base(w)

    def _first_name(self, w: str, lang: str) -> bool:
        """A first name (`WordRec.first`)."""
        return self._rec(w, lang).first

    def _is_first_name(self, w: str, lang: str) -> bool:
        """A first name: by the dictionary (ru/uk), else a name of ``first_name_variants`` (Alexander,
        Володимир: the uk dictionary knows it only as a town's name)."""
        if lang in ("ru", "uk") and "Name" in self.morph.info(w, lang)[1]:
            return True
        if not w[:1].isupper() or w.isupper():
            return False
        return person_key(w) in _listed_first_names() or (_LATIN_WORD.match(w) is not None and w.lower() in _latin_first_names()) \
            or (lang == "kk" and w.lower() in _kk_first_names())

    def _latin_first_only(self, w: str, lang: str) -> bool:
        """A first name only by ``en/entity_first_names`` or ``kk/entity_first_names`` (no dictionary, no
        ``first_name_variants``)."""
        return ((_LATIN_WORD.match(w) is not None and w.lower() in _latin_first_names())
                or (lang == "kk" and w.lower() in _kk_first_names())) and person_key(w) not in _listed_first_names()

    def _listed_pair(self, d: _Doc, i: int, lang: str) -> bool:
        """Tokens i, i+1 are a listed first name and a surname-shaped word («Володимир Зеленський»),
        though the dictionary reads the first as a common word or a town."""
        w1, w2 = d.words[i], d.words[i + 1]
        if not (lang in ("ru", "uk") and _cap(w2) and not w2.isupper() and len(d.gaps[i + 1]) == 1
                and w1[:1].isupper() and not w1.isupper()):
            return False
        listed = person_key(w1) in _listed_first_names() or self._rec(w1, lang).first
        if listed and (surname_like(w2) or "Surn" in self.morph.info(w2, lang)[1]):
            return True  # (also a first name the dictionary reads first as a common word: «Максим Марченко»)
        return self._first_then_noun(d, i, lang)

    def _first_then_noun(self, d: _Doc, i: int, lang: str) -> bool:
        """Tokens i, i+1 are a dictionary first name in the nominative and a capitalized noun the
        document never writes lowercase (a surname that is also a common word: «Владимир Сальдо»,
        «Ольга Волк»)."""
        w1, w2 = d.words[i], d.words[i + 1]
        if w2.lower() in d.lower_seen or self._rec(w2, lang).stop or self._rec(w2, lang).first:
            return False
        known, tags, parses = self.morph.info(w1, lang)
        if not (known and any("Name" in (g := _grammemes(p)) and "nomn" in g for p in parses)):
            return False
        known2, _, parses2 = self.morph.info(w2, lang)
        return known2 and bool(parses2) and "NOUN" in str(parses2[0].tag) and not (_grammemes(parses2[0]) & {"Geox", "Orgn"})

    def _initials_first(self, d: _Doc, out: list[Mention]) -> None:
        """«А. Г. Тулеев», "A. G. Tuleyev": one or two initials before a surname are a written form of
        the person (`TaggedMention.alias`); a lone initial read as a name of its own goes."""
        drop = set()
        for m in out:
            if m.type != "person" or " " in m.text or getattr(m, "alias", None) != "" or not surname_like(m.text):
                continue
            got = _INITIALS_BEFORE.search(d.text, max(0, m.span[0] - 8), m.span[0])
            if got is None:
                continue
            m.alias = d.text[got.start() : m.span[1]]
            drop.update(id(x) for x in out if x is not m and got.start() <= x.span[0] and x.span[1] <= got.end())
        if drop:
            out[:] = [x for x in out if id(x) not in drop]

    def _person_at(self, d: _Doc, i: int, lang: str, end: int) -> int:
        """Words of a person name (first [patronymic] surname) starting at token i, else 0."""
        if i + 1 >= end:
            return 0
        words, rec = d.words, self._rec
        w1, w2 = words[i], words[i + 1]
        if lang == "kk" and w1.lower().endswith(_kk_located_ends()):
            return 0  # «Оштағы Ленин атындағы колхоз»: "the one in Osh", no first name
        r1, r2 = rec(w1, lang), rec(w2, lang)
        if w2.endswith(("'s", "’s", "ʼs")) and len(w2) > 4 and w2[:1].isascii():
            r2 = rec(w2[:-2], lang)  # "Nikita Khrushchev's policy": the name before the possessive
        if _initial_at(d, i + 1, end) and (r1.surname or surname_like(w1)):
            return 3 if _initial_at(d, i + 2, len(words)) else 2  # «Солженицын А. И.»: a surname, then initials
        if not (self._name_part_at(d, i, r1) and self._name_part_at(d, i + 1, r2)) and not self._listed_pair(d, i, lang):
            return 0
        if (r1.titles and self._phrase_match(d, i, lang, r1.titles, True)) \
                or self._has_phrase(d, i, lang, "entity_org_words", True) or self._after_place_word(d, i, lang):
            return 0  # («у районі Сарі Таг»: a place's name, `LocativeNames`)
        if self._district_adjective(d, i + 1, lang):
            return 0  # «в селе Масанчи Кордайского района»: a village, then its district
        g1 = self._gaz_at(d, i, lang, r1)
        if g1 and i + 2 < end and r2.first and rec(words[i + 2], lang).surname \
                and self._accept_place(d, i, g1[0], g1[1], lang, g1[2]):
            return 0  # "в Сатпаєві Армана Тлеубаєва": a town, then a name
        if g1 and self._head_of_place(d, i, lang, end, g1):
            return 0  # «Губернатор Ольмара Ранта Сетуш»: the head of a town (its genitive), then his name
        g2 = self._gaz_at(d, i + 1, lang, r2)
        if g2 and g2[0] > 1:
            return 0  # "Жанатас Жамбылской области": a place name follows
        g1 = self._gaz_at(d, i, lang, r1)
        if g1 and (g1[0] > 1 or g1[1].kind != "city") and not r1.first:
            return 0
        if i + 2 < end and self._name_part_at(d, i + 2, rec(words[i + 2], lang)) and _PATRONYMIC.search(w2):
            return 3
        if self._latin_first_only(w1, lang) and i + 2 < len(words) and d.gaps[i + 2] == " " \
                and words[i + 2].lower() in _named_after_heads():
            return 0  # "the Carla Vintero school": a name the school bears
        if self._latin_first_only(w1, lang) and i + 3 == end and _LATIN_WORD.match(words[i + 2]) \
                and not rec(words[i + 2], lang).stop and not rec(words[i + 2], lang).titles:
            return 3  # "Ramon Dario Vintero": a first name, a second name, a surname
        if i + 2 < end and _PATRONYMIC.search(words[i + 2]) and not r1.first \
                and (r2.first or not (r2.surname or r2.stop or r2.titles or _PATRONYMIC.search(w2))) \
                and (r1.surname or surname_like(w1)) and d.gaps[i + 2] == " ":
            return 3  # a list of names surname first: «Тамбаев Ерлан Серікұлы», «Ложкин Иван Петрович»
        if self._two_given_names(d, i, lang, end, r1, r2):
            return 3  # «Ранат Ольмир Дарвишиян»: a foreign name of two given names, then the surname
        if r2.surname and not r1.surname:
            return 2
        if r1.first and not r2.stop:
            return 2
        if lang == "kk" and not r2.stop and not r2.first and not g2 and self._ru_first_name(w1) \
                and not self._ru_first_name(w2):
            return 2  # a Russian first name in Kazakh text, then a surname of any shape (Владислав Гринюк)
        return 0

    def _two_given_names(self, d: _Doc, i: int, lang: str, end: int, r1, r2) -> bool:
        """Tokens i..i+2 are the whole capitalized run (in Kazakh, but for a place word in -дағы after
        it: «Ранат Ольмир Дарвишиян Ольмардағы») and a Cyrillic name of two given names and a
        surname («Ранат Ольмир Дарвишиян», «Хосрав Ольмир Карвади»): none a patronymic, a stop word, a
        title or a gazetteer place, the last no first name, and a first name or a surname among them.
        Without it the run splits into "first second" and a bare surname, two people."""
        if lang not in ("ru", "uk", "kk") or i + 3 > end or d.gaps[i + 1] != " " or d.gaps[i + 2] != " ":
            return False
        if i + 3 < end and not (i + 4 == end and lang == "kk" and d.words[i + 3].lower().endswith(_kk_located_ends())):
            return False  # (the run ends with the name, or, in Kazakh, with a place "in which" after it)
        words = d.words[i : i + 3]
        if not all(_CYR.search(w) and w[:1].isupper() and not w.isupper() and "-" not in w for w in words) \
                or any(_PATRONYMIC.search(w) for w in words):
            return False
        r3 = self._rec(words[2], lang)
        if r3.stop or r3.titles or r1.stop or r2.stop or r2.titles or r1.surname \
                or not self._name_part_at(d, i + 2, r3):
            return False
        known, tags, _ = self.morph.info(words[0], "ru" if lang == "kk" else lang)
        if not r1.first and known and not ({"Name", "Surn"} & set(tags)):
            return False  # («Губернатор Ранат Ольмиров»: a capitalized common word, then a name)
        if r3.first and not r3.surname and (lang == "kk" or self.morph.info(words[2], lang)[0]):
            return False  # (a first name the dictionary knows ends no name; an unknown word it only guesses)
        if self._gaz_at(d, i + 1, lang, r2) or self._gaz_at(d, i + 2, lang, r3):
            return False
        return r1.first or r2.first or r3.surname or surname_like(words[2]) or (
            lang == "kk" and any(self._rec(w, "ru").first for w in words[:2]))  # (Kazakh: the Russian reading's names)

    def _head_of_place(self, d: _Doc, i: int, lang: str, end: int, g) -> bool:
        """Token i is a gazetteer place in a case form right after the title of a territory's head
        (``entity_territory_titles``) with a capitalized name part after it: «Губернатор Ольмара Ранта
        Сетуш» names the governor of Olmar, not a person "Ольмара Ранта"."""
        if not (i > 0 and i + 1 < end and d.gaps[i] == " " and d.gaps[i + 1] == " "):
            return False
        if d.words[i - 1].lower() not in _word_list(lang, "entity_territory_titles"):
            return False
        w = d.words[i]
        base = (g[2] or "").lower() if len(g) > 2 else ""
        if (base or self._lemma_of(w, lang).lower()) == w.lower() or not self._name_part_at(d, i + 1, self._rec(d.words[i + 1], lang)):
            return False
        return g[1].kind != "city" or g[1].population >= 20000 or self._accept_place(d, i, g[0], g[1], lang, g[2])

    def _ru_first_name(self, w: str) -> bool:
        """A masculine Russian first name in the nominative, written with no letter only Kazakh has."""
        if not _RU_WORD.match(w):
            return False
        known, tags, parses = self.morph.info(w, "ru")
        return known and "Name" in tags and any(
            "Name" in p.tag and "masc" in p.tag and "nomn" in p.tag and p.normal_form == w.lower() for p in parses)

    def _title_len(self, d: _Doc, i: int, lang: str) -> int:
        return self._has_phrase(d, i, lang, "entity_person_titles", True)

    def _person_lemma(self, words: list[str], lang: str) -> str:
        if len(words) == 2 and _CYR.search(words[0]) and not words[1].endswith((".", "'s", "’s", "ʼs")) \
                and surname_like(words[0]) and self._rec(words[0], lang).surname \
                and (r1 := self._rec(words[1], lang)).first and not r1.surname and not surname_like(words[1]):
            words = [words[1], words[0]]  # «5. Ольмаров Ранат 1961 г.р.»: a list's name, surname first
        elif len(words) == 3 and lang in ("ru", "uk") and _CYR.search(words[0]) and _PATRONYMIC.search(words[2]) \
                and surname_like(words[0]) and self._rec(words[0], lang).surname and self._rec(words[1], lang).first \
                and not _PATRONYMIC.search(words[1]):
            words = [words[1], words[2], words[0]]  # «Ольмаров Ранат Петрович»: surname, name, patronymic
        if lang == "kk":
            return " ".join([*words[:-1], self._kk_base(words[-1])])
        if lang not in ("ru", "uk") or not _CYR.search(" ".join(words)):
            return " ".join(w[:-2] if w.endswith(("'s", "’s", "ʼs")) else w for w in words)
        if noun := _noun_surname(words, lang):
            return noun
        out = []
        oblique = self._oblique(words[0], lang)
        if not oblique and len(words) >= 2:
            by_surname = self._oblique_by_surname(words, lang)
            if by_surname:  # "Анатолия Зака": Зака has no nominative, so Анатолия is a man's genitive too
                return " ".join(self._oblique_lemma(w, lang, by_surname) for w in words)
        for k, w in enumerate(words):
            tag = "Surn" if k == len(words) - 1 else ("Patr" if k == 1 and len(words) == 3 else "Name")
            if not k and oblique and len(words) > 1 and (lem := next((p.normal_form for p in self.morph.info(w, lang)[2]
                                                                      if "Name" in (g := _grammemes(p)) and "nomn" not in g
                                                                      and "plur" not in g and g & _CASES & oblique), None)):
                out.append(_title(lem))  # «Дмитрия»: the man's genitive, not the rare woman's name
                continue
            if k and oblique:  # "Армана Тлеубаєва": the surname takes the first name's case and gender
                lem = next((_base_of(p) for p in self.morph.info(w, lang)[2]
                            if tag in (g := _grammemes(p)) and "nomn" not in g
                            and g & _GENDERS <= oblique and g & _CASES & oblique), None)
                if lem:
                    out.append(_title(lem))
                    continue
                if k == len(words) - 1 and (nom := _man_surname_nominative(w, oblique)):
                    out.append(nom)  # «Армана Рассказова»: a surname the dictionary reads only as a place's
                    continue
            if self.morph.is_nominative(w, lang, tag):
                out.append(w)
                continue
            lem = self._woman_surname(w, lang) if tag == "Surn" else None
            lem = lem or self.morph.tagged_lemma(w, lang, tag)
            out.append(_title(lem) if lem else w)
        return " ".join(out)

    def _woman_surname(self, w: str, lang: str) -> str | None:
        """A woman's surname in an oblique case, in her nominative (the dictionary's base form is the
        man's: «Петровой» -> Петрова, not Петров), else None."""
        for p in self.morph.info(w, lang)[2]:
            g = _grammemes(p)
            if "Surn" in g:
                if "femn" not in g or "nomn" in g or "sing" not in g:
                    return None
                got = p.inflect({"nomn"})
                return got.word if got is not None else None
        return None

    def _oblique_by_surname(self, words: list[str], lang: str) -> frozenset[str]:
        """Cases and the one gender of a dictionary surname (the last word) with no nominative reading
        (Зака: gent or accs, masc) when every other word has a name reading in them too, else empty."""
        known, _, parses = self.morph.info(words[-1], lang)
        gs = [_grammemes(p) for p in parses if _grammemes(p) & _NAME_PARTS]
        if not known or not gs or any("nomn" in g for g in gs):
            return frozenset()
        genders = {frozenset(g & _GENDERS) for g in gs}
        if len(genders) != 1 or not next(iter(genders)):
            return frozenset()
        sig = frozenset().union(*gs) & (_CASES | _GENDERS)
        for w in words[:-1]:
            if not any((g := _grammemes(p)) & _NAME_PARTS and "nomn" not in g and g & _GENDERS <= sig and g & _CASES & sig
                       for p in self.morph.info(w, lang)[2]):
                return frozenset()
        return sig

    def _oblique_lemma(self, w: str, lang: str, sig: frozenset[str]) -> str:
        """The base form of a name word read in the cases and gender ``sig``."""
        lem = next((_base_of(p) for p in self.morph.info(w, lang)[2]
                    if (g := _grammemes(p)) & _NAME_PARTS and "nomn" not in g and g & _GENDERS <= sig and g & _CASES & sig), None)
        return _title(lem) if lem else w

    def _oblique(self, first: str, lang: str) -> frozenset[str]:
        """Cases and the one gender of a first name that has no nominative reading (Армана: gent or
        accs, masc), else empty."""
        parses = [p for p in self.morph.info(first, lang)[2] if "Name" in _grammemes(p)]
        # (a rare woman's name of the same spelling does not count: «Дмитрия» is a man's genitive)
        names = [_grammemes(p) for p in parses if not ("nomn" in _grammemes(p) and p.score < _RARE_READING)]
        if not names or any("nomn" in g for g in names):
            return frozenset()
        genders = {g & _GENDERS for g in names}
        if len(genders) != 1 or not next(iter(genders)):
            return frozenset()
        return frozenset().union(*names) & (_CASES | _GENDERS)


_NAME_PARTS = frozenset({"Name", "Surn", "Patr"})
#: a dictionary reading this unlikely (pymorphy's score) is no evidence against the likely ones
_RARE_READING = 0.05
#: a man's surname in an oblique case -> letters to drop for its nominative (Рассказова -> Рассказов)
_MAN_SURNAME_CASES = (
    (frozenset({"gent", "accs"}), ("ова", "ева", "ёва", "єва", "ина", "ына", "іна", "їна"), 1),
    (frozenset({"datv"}), ("ову", "еву", "ёву", "єву", "ину", "ыну", "іну", "їну"), 1),
    (frozenset({"ablt"}), ("овым", "евым", "ёвым", "иным", "ыным"), 2),
)


def _base_of(parse) -> str:
    """The nominative of a name word's parse in its own gender (a woman's surname «Петровой» -> петрова;
    the dictionary's normal form is the man's)."""
    if "femn" in (g := _grammemes(parse)) and "Surn" in g:
        got = parse.inflect({"nomn"})
        if got is not None:
            return got.word
    return parse.normal_form


def _man_surname_nominative(w: str, oblique: frozenset[str]) -> str | None:
    """The nominative of a man's surname with a possessive suffix, in the one case of his first name
    (``oblique``: cases and gender of `_oblique`), else None."""
    if "masc" not in oblique:
        return None
    low = w.lower()
    for cases, ends, cut in _MAN_SURNAME_CASES:
        if cases & oblique and low.endswith(ends) and len(low) > 5:
            return w[:-cut]
    return None


@functools.cache
def _surname_cases(lang: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    rows = [(r[0], r[1], tuple(r[2].split("|"))) for r in load_table(lang, "entity_surname_cases") if len(r) == 3]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _noun_surname(words: list[str], lang: str) -> str | None:
    """The base form of a name whose surname declines like a noun (``entity_surname_cases``):
    «Абдухалима Назарзоды» -> «Абдухалим Назарзода»; the words before it lose the man's ending of that
    case when they have it. None when the surname has no such ending."""
    last = words[-1]
    low = last.lower()
    for obl, nom, firsts in _surname_cases(lang):
        if low.endswith(obl) and len(low) >= len(obl) + 3:
            out = []
            for w in words[:-1]:
                end = next((e for e in firsts if w.lower().endswith(e) and len(w) > len(e) + 2), "")
                out.append(w[: len(w) - len(end)] if end else w)
            return " ".join([*out, last[: len(last) - len(obl)] + nom])
    return None


@functools.cache
def _to_russian() -> dict[str, str]:
    """Ukrainian first name (lower case) -> its Russian form (``first_name_variants``)."""
    return {k.lower(): v for k, v in load_map(None, "first_name_variants").items()}


_UK_COUNTRY = "UA"
_UK_SPELLING = re.compile(r"[іїєґьІЇЄҐ'’ʼ]|ий$")


class PersonSpelling:
    """Mixin of `EntityTagger`: the Latin name of a person named in a Ukrainian text, by the country
    the text is about (its places): a Ukrainian's in Ukrainian transliteration (``Сергій Моргунов`` ->
    ``Serhiy Morhunov``), anyone else's first name in its Russian form (``Михайло Мурашко`` in a
    report about Perm -> ``Mikhail Murashko``). Stored as the mention's ``canonical``; the linker
    prefers it to a transliteration of whichever form it met first."""

    def _person_spellings(self, d: _Doc, out: list[Mention]) -> None:
        persons = [m for m in out if m.type == "person" and m.lemma and " " in m.lemma and _CYR.search(m.lemma)]
        if not persons:
            return  # (most documents: no full Cyrillic name)
        countries = Counter(p.country for m in out if m.type == "place" and m.gazetteer_id
                            and (p := self.gaz.place(m.gazetteer_id)) is not None and p.kind in ("city", "region"))
        if not countries:
            return
        (country, n), *rest = countries.most_common(2)
        if rest and rest[0][1] == n:
            return  # two countries alike: no telling whose official a name is
        starts = [t[0] for t in d.toks]
        for m in persons:
            i = bisect.bisect_left(starts, m.span[0])
            if i >= len(d.toks) or d.lang(i) != "uk":
                continue
            if country == _UK_COUNTRY:
                first, _, last = m.lemma.rpartition(" ")
                if first.endswith(("а", "я")) and last.endswith("а"):
                    continue  # a woman's name, or a man's in the genitive the lemmatizer kept
                if not self._foreign_cue(d, m):
                    m.canonical = latin_uk(m.lemma)
            else:
                first, _, rest_ = m.lemma.partition(" ")
                ru = _to_russian().get(first.lower())
                if ru and not _UK_SPELLING.search(rest_):  # (Тарайковський: no Russian spelling to give)
                    m.canonical = latin(f"{ru} {rest_}")

    @staticmethod
    def _foreign_cue(d: _Doc, m: Mention) -> bool:
        """A word of ``uk/person_foreign_cues`` in the name's sentence, up to 80 characters before it
        ("Речник Кремля Дмитро Пєсков", "«голова» Криму від окупаційної влади")."""
        before = d.text[max(m.span[0] - 80, 0) : m.span[0]]
        cut = max(before.rfind(c) for c in ".!?\n")
        words = re.findall(r"[^\W\d_]+", before[cut + 1 :].lower())
        cues = _foreign_cues()
        return any(w.startswith(c) for w in words for c in cues)


@functools.cache
def _foreign_cues() -> tuple[str, ...]:
    return tuple(load_list("uk", "person_foreign_cues"))
