"""On whose word: attribution markers in a sentence, the source of each figure, its type, modality.

Markers (``attribution.txt``): ``pre`` cues take the name after them ("according to X", "по данным
X"); ``verb`` cues take their subject ("X said", "X, an analyst, confirmed"; an apposition between
commas belongs to the name), ``typed_verb`` cues only a subject of a known type ("Организаторы
оценили", not the impersonal "Ущерб оценили"); ``post`` cues take the name before them (Kazakh "X мәліметінше");
``colon`` statements ("From a social media post: ...") and ``note``s ("(Source - X)") name a source
for what follows or precedes; ``impersonal`` cues ("it is reported") keep the document's own voice;
a ``label`` ("Офіційна кількість загиблих — 46") names the figure's source itself; ``witness`` words
("I saw", "из нашего села") make a speaker of no known kind an eyewitness. A table row headed by a
source ("| ДСНС (17 січня) | 45 |") and a second speaker whose verb is left out (", а районное
управление — что «около 600»") are markers too. A figure takes the nearest marker before it in its
sentence, else a following "according to X" or a postposed ", X said".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from .. import langdata
from .._entity_morph import surname_endings
from ._voice import publisher_stems, stem, word_list
from .grammar import Token, tokenize
from .lexicon import Lexicon
from .rules import _paren_ids

_TEXT = attrgetter("text")
_BOUND = {",", ".", ";", ":", "(", ")", "!", "?", "—", "«", "»", '"', "“", "”", "„", "[", "]"}
_HARD = _BOUND - {","}
_BACK = _BOUND - {"«", "»", "“", "”", "„"}  # quoted names stay whole: «Улытау Курьера» сообщают
_DASH = {"-", "—", "–", ":"}
_CLAUSE = {",", ";", ":", "—", "–", "(", ")"}  # where a hedging adverb's reach ends
_THAT_WORDS = {"что", "що"}
_ABOUT = {"про", "о", "об"}  # "..., а наблюдатели — о 10 тысячах"
_PASSIVE = {"been", "was", "were", "is", "are", "be", "being"}
_AT = {"в", "во", "у"}  # "в Душанбе сообщили", "у Кремлі заявили"
_QUOTES = {"«", "»", "“", "”", '"', "„"}
_FINAL_BREAKS = {";", "(", ")", ":", "—", "–", "«", "»", '"', "“", "”"}  # a clause or quote of its own before a closing source
_CONTRASTS = {"but", "while", "whereas", "а", "но", "однако", "але", "однак", "тоді", "ал", "бірақ"}
_ACTS = {"detained", "arrested", "charged", "convicted", "deployed", "dismissed"}  # what a body does itself
_SENDS = {"deployed"}  # "The State Emergency Service sent 100 rescuers": the agency that sends them tells their number
_CHARGES = {"charged"}  # "The State Bureau of Investigation charged two officials": the investigators tell it (a court's ruling: the writer)
_SUBORD = {"after", "before", "because", "після", "после", "поскольку", "оскільки"}  # a subordinate clause opens
_WHILE = {"как", "когда", "коли", "when", "while", "whereas"}  # a clause of its own opens before its subject
_POINTERS = {"it", "this", "these", "это", "эти", "це", "ці", "то"}  # a that-clause about the figure before
_FIRST_PERSON = {"i", "we", "my", "our", "я", "мы", "ми", "мен", "біз", "менің", "біздің"}  # witness words that are no verbs
_AND = {"and", "и", "і", "та", "й", "және"}  # right before a verb: a second predicate of the subject before
_LEAD = {"and", "but", "и", "а", "но", "і", "та", "але", "the", "when", "as", "after", "while", "since", "когда", "коли"}


def _speech_dash(toks, a: int) -> bool:
    """Does a dash of reported speech stand just before token ``a``, after a comma or a closing quote
    ("«Погибли 30», — сказал он", "Погибли 30, — сообщил он")?"""
    return a > 1 and toks[a - 1].text in ("—", "–", "-") and toks[a - 2].text in (",", '"', "»", "”")


@dataclass
class Marker:
    cue: tuple[int, int]  # token span of the cue
    kind: str  # pre, verb, post, colon, note, impersonal, pronoun, label, row, hearsay (earlier unnamed reports)
    name: str | None = None
    span: tuple[int, int] | None = None  # character span of the name
    ntok: tuple[int, int] | None = None  # token span of the name
    type: str | None = None
    rumour: bool = False  # where a rumour spread ("в соцсетях"): not the speaker of a denial
    modality: str | None = None  # the source's own hedge: "| Соцмережі (не підтверджено) | «понад 100» |"


class Attributor:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._toks: Sequence[Token] | None = None
        self._starts_of: list[Marker] | None = None
        self._paren: list[int] = []
        self._witness = False  # the sentence speaks in the first person or of what was seen ("I saw", "видел")
        self._starts: list[int] = []
        self._probable: list[tuple[int, bool]] = []  # hedging adverbs of the sentence: (token, the writer's own?)
        self._later_denials: list[tuple[int, int]] = []  # "and denied any beatings": (token, clause) of a second predicate
        self._mod_toks: Sequence[Token] = ()
        self._mod_paren: list[int] = []
        # character spans of the document's time expressions, sorted, and their starts (set by the
        # extractor per document): a time phrase between a subject and its verb is skipped
        self.times: tuple[list[int], list[tuple[int, int]]] = ([], [])
        self._pub: tuple[str | None, frozenset[str]] = (None, frozenset())  # the document and its publisher's word stems

    def markers(self, toks: Sequence[Token], text: str, paren: list[int] | None = None, finds: dict | None = None) -> list[Marker]:
        """The markers of a sentence, sorted by cue; ``paren`` (`_paren_ids`) and ``finds``
        (``lex.sentence_matchers.find``) of ``toks`` if known."""
        self._toks = toks
        self._paren = _paren_ids(toks) if paren is None else paren
        out: list[Marker] = []
        found = self.lex.attribution.find(toks) if finds is None else finds["attribution"]
        self._witness = any(kind == "witness" for _a, _b, kind in found)
        rumoured = False  # whether a marker so far is a rumour (kept, not scanned for each cue)
        selfs: list[Marker] = []  # "Officially 11 ...": a word before the figure that is its own source
        taken: set[int] = set()  # verbs whose subject a "pre" cue before them found ("X у заяві пише")
        for a, b, kind in found:
            if a in taken:
                continue
            if kind == "figure_verb":  # "X gave 366 killed", not "the courts gave sentences to 30"
                if not (b < len(toks) and (toks[b].kind == "n" or _figure_word(self.lex, toks[b]))):
                    continue
                kind = "typed_verb"
            m = None
            typed_only = kind == "typed_verb"  # "Организаторы оценили ...", not "Ущерб оценили в 5 млн"
            if typed_only:
                kind = "verb"
            if kind == "verb" and a and (a == 1 or toks[a - 2].kind == "p") and b < len(toks) and toks[b].kind == "w" \
                    and word_list(self.lex.lang, "source_as_words").first(toks, a - 1):
                kind, a = "pre", a - 1  # "Как пояснили в мэрии Заречья, погибли 7": the name follows, as after "как сообщили"
            if kind == "pre":
                fwd = self._forward(toks, b)
                if fwd and (r := self.lex.attribution.first(toks, fwd[0])) and r[1] == "rel":
                    fwd = self._antecedent(toks, a)  # "опубликовало расследование, согласно которому ...": its author
                elif fwd and r and r[1] in ("verb", "typed_verb") and a:
                    # "«Правий сектор» у заяві пише, що ...": the cue is the subject's adverbial, the verb's subject speaks
                    if (back := self._backward(toks, a, appositions=True)) is not None:
                        m = self._named(toks, text, (a, r[0]), "verb", back)
                        if m is not None:
                            taken.add(fwd[0])
                            out.append(m)
                            rumoured = rumoured or m.rumour
                            continue
                    fwd = None
                if fwd and self._predicate_at(toks, fwd[0]):
                    fwd = None  # "По последним данным погибли 2 человека": the count follows, no one is named
                elif fwd and b - a >= 2 and self._type_of(toks[a + 1 : b], default="") not in ("", "unknown") \
                        and all(t.kind != "w" or t.text.islower() for t in toks[fwd[0] : fwd[1]]) \
                        and self._type_of(toks[fwd[0] : fwd[1]], default="") == "":
                    fwd = None  # "По официальной информации на данный момент найдено 18": the typed cue names the source, no one follows
                m = self._named(toks, text, (a, b), kind, fwd)
                if m is None and b - a >= 2 and self._type_of(toks[a + 1 : b], default="") not in ("", "unknown"):
                    m = self._named(toks, text, (a, b), kind, (a + 1, b))  # "По официальным данным, ...": the data speak
            elif kind == "verb":
                if a and (self._determines(toks, a - 1) or any(p == "denied" for _s, p in self.lex.modality.ending_at(toks, a, 3))) and not (_past(toks[a]) and (
                        self.lex.source_types.first(toks, a - 1) or (a > 1 and toks[a - 1].text[:1].isupper()))) \
                        and not self._first_said(toks, a):
                    continue  # "the reports", "unconfirmed reports": a noun, not a verb (but "media estimated", "Associated Press concluded")
                if self.lex.lang == "en" and a and toks[a].low in ("reports", "claims") and any(
                        p in ("verb", "typed_verb") for _s, p in self.lex.attribution.ending_at(toks, a, 3)):
                    continue  # "The ministry said reports of 100 dead were untrue": a noun after a speech verb
                if self.lex.lang == "en" and a and toks[a].low in ("reports", "claims") and any(
                        k2 == "pre" and y == a for _x, y, k2 in found):
                    continue  # "X says that according to reports from the east, 70 died": the cue's noun, no verb
                if a and toks[a - 1].low in _PASSIVE and toks[a].low.endswith("ed"):
                    continue  # "The toll has been revised to nine, the governor said": the toll is no speaker
                if b + 1 < len(toks) and (toks[b].kind == "n" or self.lex.number_word(toks[b])):
                    d = self.lex.attribution.first(toks, b + 1)
                    if d and d[1] == "deed_object":
                        continue  # "the riots claimed 19 lives": a deed, not speech
                    act = self.lex.measures.first(toks, a)
                    if act is not None and act[1].measure != "none" and not act[1].noun:
                        continue  # "The government dismissed two officials": the verb counts its own act
                subj = None
                after_quote = a > 1 and toks[a - 1].text in ('"', "»", "”") and toks[a - 2].text == ","
                after_quote = after_quote or _speech_dash(toks, a)  # "«Погибли 30», — сказал очевидец"
                b2 = b  # "..., повідомили у вівторок місцеві органи влади": a day or part of it before the subject
                if b2 + 1 < len(toks) and len(toks[b2].text) <= 3 and toks[b2].text.islower() and _day_word(self.lex.lang, toks[b2 + 1].low):
                    b2 += 1  # "у вівторок", "on Tuesday"
                b2 += b2 < len(toks) - 1 and _day_word(self.lex.lang, toks[b2].low)
                if self.times[0] and b2 < len(toks):
                    b2 = self._past_time(toks, b2)  # "..., сообщила 16 января пресс-служба X": a date before the subject
                if a and (toks[a - 1].text == "," or after_quote) and b2 < len(toks) and self._names_source(toks, b2) \
                        and self._clause_before(toks, a - 1) is None:
                    subj = self._forward(toks, b2, limit=10 if after_quote else 6)  # inverted: "..., сообщил Интерфакс"
                    if subj is not None and self.lex.lang == "en" and not after_quote and self._subject_of_next(toks, subj):
                        subj = None  # "X, governor of Y, said relatives had reported 36 missing": the that-clause's subject
                if subj is None and a and b < len(toks) and any((h := word_list(self.lex.lang, "object_relatives").first(toks, j)) and h[0] == a
                                                                 for j in range(max(0, a - 2), a)):
                    # "цифра, которую назвал губернатор Иванов, — 12": the relative is the object, the speaker follows the verb
                    fwd = self._forward(toks, b, limit=10)
                    if fwd and (any(t.text[:1].isupper() for t in toks[fwd[0] : fwd[1]])
                                or self._type_of(toks[fwd[0] : fwd[1]], default="") not in ("", "unknown")):
                        subj = fwd
                if subj is None and self.lex.lang == "kk" and b < len(toks) and self._type_of(toks[b : b + 3], default="") not in ("", "unknown"):
                    subj = self._forward(toks, b, limit=6)  # verb-final: "... деп хабарлайды жергілікті белсенділер"
                if subj is None and self.lex.lang == "kk" and a > 2 and (two := self._after_figure_clause(toks, text, a)):
                    out.extend(two)  # "ресми құжатта 37 құрбан, тірі қалғандар 500-ден астам дейді": a subject per clause
                    continue
                if subj is None and self.lex.lang == "kk" and a > 2:
                    head = self._opening_subject(toks, a)
                    if head is not None:
                        m = self._named(toks, text, head, "pre", head)
                        if m is not None:
                            out.append(m)
                            rumoured = rumoured or m.rumour
                            continue
                if subj is None:
                    subj = self._backward(toks, a, appositions=True)
                    if subj is not None and (p := next((h for k in range(subj[0] + 1, subj[1] - 1) if (h := self.lex.back_refs.first(toks, k))
                                                        and toks[k - 1].text in _DASH), None)) and p[0] < subj[1]:
                        subj = (p[0], subj[1])  # "АСТАНА. X – Бұл туралы облыс әкімі айтты": the dateline's outlet is no speaker
                    if subj is not None and (p := self.lex.back_refs.first(toks, subj[0])) and p[0] >= subj[1]:
                        subj = self._forward(toks, b) if b < len(toks) else None  # "об этом говорят журналы больниц"
                    if subj is not None and self._when_only(toks, subj):
                        # "Об этом в четверг сообщило агентство ...": a day (after "об этом") is no speaker
                        subj = self._forward(toks, b2, limit=8) if b2 < len(toks) and self._names_source(toks, b2) else None
                        subj = subj and self._with_title(toks, subj)
                    if subj is not None and self.lex.lang in ("ru", "uk") and subj[1] == a and b < len(toks) \
                            and (self._type_of(toks[subj[0] : subj[1]], default="") == "media" or _quoted_only(toks, subj)
                                 or self._channel_only(toks, subj)) \
                            and self._names_source(toks, b) \
                            and (fwd := self._forward(toks, b, limit=8)) is not None \
                            and self._type_of(toks[fwd[0] : fwd[1]], default="") not in ("", "unknown", "media") \
                            and not any(self.lex.measures.first(toks, j) for j in range(fwd[0], fwd[1])):
                        # "Об этом Заречье Медиа сообщил глава пресс-службы МЧС": the outlet before the verb only listened
                        # (not "В соцсетях пишут о погибших рабочих": what is written about is no speaker)
                        subj = fwd
                if subj is None and a > 1 and toks[a - 1].low in _AND:
                    # "Губернатор посетил больницу и сообщил ...": the subject that opens the clause
                    lo = max((k + 1 for k in range(a - 1) if toks[k].text in _HARD), default=0)
                    subj = self._antecedent(toks, a - 1, lo)
                if subj is None and self.lex.lang in ("ru", "uk") and b < len(toks) and self._names_source(toks, b):
                    subj = self._forward(toks, b, limit=5)
                if self.lex.lang in ("ru", "uk", "en") and (subj is None or (subj[0] > 0 and toks[subj[0] - 1].kind == "n")):
                    # "агентство AP на підставі розповідей 23 вцілілих оцінило": the subject before the figure
                    subj = self._distant_subject(toks, a, subj[0] - 1 if subj else a) or subj
                if self.lex.lang in ("ru", "uk") and subj is not None and subj[0] > 0 and toks[subj[0] - 1].kind == "n" \
                        and self.lex.measures.first(toks, subj[0]) and b < len(toks) and self._names_source(toks, b):
                    subj = self._forward(toks, b, limit=5) or subj  # "Слухи о 100 погибших опровергли в МВД": the counted noun is no subject
                if subj is not None and self.lex.lang != "kk" and (k0 := subj[0]) > 1 and toks[k0 - 1].low in _AND | _CONTRASTS \
                        and all(t.kind == "w" and t.text.islower() for t in toks[k0 : subj[1]]) and self._type_of(toks[k0 : subj[1]], default="") == "":
                    # "Власти ... меняли данные, но до сих пор называют лишь девять": the subject of the first clause
                    lo = max((k + 1 for k in range(k0 - 1) if toks[k].text in _HARD), default=0)
                    subj = self._antecedent(toks, k0 - 1, lo) or subj
                if subj is not None and _only_reports(self.lex.lang, toks, subj):
                    continue  # "Reports spread on social networks that ...": what spreads is no speaker
                if subj is not None and subj[1] <= a and self._counted(toks, subj):
                    continue  # "Число погибших в Броварах уточнили": the count is the object of an impersonal verb
                if subj is not None and rumoured and word_list(self.lex.lang, "relative_owners").find(toks, subj[0], subj[1]):
                    continue  # "В соцсетях распространялось видео, авторы которого утверждали, что ...": where it spread speaks
                m = self._named(toks, text, (a, b), kind, subj)
            elif kind == "post":
                m = self._named(toks, text, (a, b), kind, self._backward(toks, a, appositions=False))
            elif kind == "colon":
                c = next((k for k in range(b, min(b + 9, len(toks))) if toks[k].text == ":"), None)
                if c is not None and c > b:
                    m = self._named(toks, text, (a, c + 1), "colon", (b, c))
            elif kind == "note" and (toks[b - 1].text in _DASH or (b < len(toks) and toks[b].text in _DASH)):
                s = b + 1 if b < len(toks) and toks[b].text in _DASH else b
                e = s
                while e < len(toks) and e - s < 6 and toks[e].text not in _HARD:
                    e += 1
                m = self._named(toks, text, (a, e), "note", (s, e) if e > s else None)
            elif kind == "self" and a and toks[a - 1].text == "(" and b < len(toks) and toks[b].text == ")":
                # "9 (официально)": a parenthesised word that is its own source
                m = self._named(toks, text, (a, b), "pre", (a, b))
            elif kind == "self" and b < len(toks) and (toks[b].kind == "n" or _figure_word(self.lex, toks[b])):
                # "Officially 11 people were shot dead", "ресми 22 құрбан": the word before the figure is its source
                m = self._named(toks, text, (a, b), "pre", (a, b))
                if m is not None:
                    selfs.append(m)
            elif kind == "named":  # "в соцсетях пишут ...", "on social media": the cue names the source
                m = self._named(toks, text, (a, b), "pre", (a, b))
                if m is not None:
                    m.rumour = True
                    if m.kind == "pre" and m.type in (None, "unknown"):
                        m.kind = "hearsay"  # "Ранее сообщалось о 18": no one's word, it frames no next sentence
            elif kind == "label":  # "Офіційна кількість загиблих — 46", "the official toll": the figure's own label
                agent = self._label_agent(toks, b)
                m = self._named(toks, text, (a, agent[1]), "pre", agent) if agent else None
                m = m or self._named(toks, text, (a, b), "label", (a, b))
            elif kind == "witness" and (b - a > 1 or toks[a].low not in _FIRST_PERSON) and not toks[a].low.startswith(("наш", "our")):
                # "Азербайджанские журналисты, побывавшие в районе, видели десятки тел": who saw tells
                subj = self._backward(toks, a, appositions=True)
                if subj is not None and self._type_of(toks[subj[0] : subj[1]], default="") not in ("", "unknown"):
                    m = self._named(toks, text, (a, b), "verb", subj)
            elif kind == "pronoun_phrase":  # "по ее словам": whoever was named before
                m = Marker((a, b), "pronoun")
            elif kind == "impersonal":
                m = Marker((a, b), "impersonal")
                if b < len(toks) and toks[b].kind == "w" and len(toks[a].text) <= 2 and self._type_of(toks[b : b + 2], default="") not in ("", "unknown"):
                    m = self._named(toks, text, (a, b), "pre", self._forward(toks, b)) or m  # "по предварительным данным МЧС"
                elif len(toks[a].text) > 3 and b + 1 < len(toks) and toks[b].low in _AT | {"на"} and (own := self._channel_owner(toks, b + 1)):
                    m = self._named(toks, text, (a, b), "verb", own) or m  # "Об этом сообщается в телеграм-канале главы региона X"
            elif kind == "pronoun" and a and toks[a - 1].low in ("to", "него", "нього", "неї"):
                m = Marker((a, b), "pronoun")
            if m is not None and typed_only and m.type in (None, "unknown", "eyewitness"):
                m = None
            if m is not None:
                out.append(m)
                rumoured = rumoured or m.rumour
        if rumoured:  # "The governor wrote on Telegram that ...": where the named speaker wrote
            said = {m.cue[1] for m in out if (m.kind == "verb" and m.name and m.type not in (None, "unknown", "eyewitness", "social_media"))
                    or (m.kind in ("pronoun", "verb") and self._subject_pronoun(toks, m.cue[0]))}  # "he reported on Telegram"
            out = [m for m in out if not (m.rumour and m.kind == "pre" and m.cue[0] in said)]
        if selfs:  # "Ұлттық гвардия ресми түрде 18 адамның қаза тапқанын хабарлады": the clause's named speaker says it
            out = [m for m in out if not (any(m is x for x in selfs) and any(
                o is not m and o.name and o.kind in ("verb", "pre", "post", "colon") and not any(x is o for x in selfs)
                and not any(t.text in _BOUND for t in toks[min(o.cue[0], m.cue[0]) : max(o.cue[1], m.cue[1])]) for o in out))]
        out.extend(self._colon_statement(toks, text, out))
        out.extend(self._paren_sources(toks, text, out))
        if toks and all(m.kind == "paren" for m in out) and (toks[0].text == "|" or "\t" in text[toks[0].start : toks[-1].end]):
            row = self._row_head(toks, text)  # a parenthesis in the head cell is part of it: "| ООН (моніторингова місія) |"
            if row:
                out = [m for m in out if not row[0].ntok[0] <= m.cue[0] < row[0].ntok[1]] + row
        for m in out:
            if m.kind == "verb" and m.type in (None, "unknown") and m.ntok and self._role_only(toks, m.ntok):
                m.type = next((typ for x, _y, typ in self.lex.source_types.find(toks) if typ not in ("unknown", "eyewitness")
                               and not m.ntok[0] <= x < m.ntok[1]), m.type)  # "Police have detained three, a spokesman said"
        for m in out:
            if m.kind in ("pre", "post") and m.type in (None, "unknown") and m.ntok:
                m.type = self._compiler_type(toks, m.ntok) or m.type  # "Согласно справке, составленной руководством МВД"
        if (out or (toks and text[max(0, toks[0].start - 3) : toks[0].start].rstrip().endswith(";"))) \
                and self.lex.lang in ("ru", "uk") and "—" in map(_TEXT, toks):
            out.extend(self._gapped(toks, text))
        if any(m.kind == "label" for m in out):  # "по данным МЧС, официальное число погибших": the named source
            out = [m for m in out if m.kind != "label" or not self._spoken(toks, out, m)]
        if not out and (tail := self._dash_tail(toks, text)) is not None:
            out.append(tail)
        out.sort(key=lambda m: m.cue[0])
        return out

    def _dash_tail(self, toks, text: str) -> Marker | None:
        """A headline's source after a spaced dash at its end ("Blast kills four, 18 missing - authorities",
        "В X погибли 4 человека — МЧС"): one to four words of a known kind, nothing after them."""
        e = len(toks)
        bar = next((k for k in range(3, e) if toks[k].text == "|"), None)
        if bar is not None and e - bar <= 8:
            e = bar  # "Toll rises to 30 — Zorya News | Incidents": the site's section after a bar is page furniture
        while e > 0 and toks[e - 1].text in ".!":
            e -= 1
        d = next((k for k in range(e - 1, max(2, e - 6), -1) if toks[k].text in ("-", "–", "—", ":")), None)
        if d is None or d + 1 >= e or not all(t.kind == "w" for t in toks[d + 1 : e]):
            return None
        colon = toks[d].text == ":"  # "Flood toll rises to 10, with 41 missing: officials", "... 176 dead in jet crash: state media"
        if colon and not (toks[d + 1].text[:1].isupper() and text[toks[d].end : toks[d].end + 1] == " "
                          and not text[toks[d].start - 1 : toks[d].start].isspace()):
            return None
        named = toks[d + 1].text[:1].isupper()  # "... зросла до 27 — ДСНС": a capitalized tail after the figure names the source
        if self.lex.lang != "en" and not named and (toks[d - 1].kind == "n" or _figure_word(self.lex, toks[d - 1])):
            return None  # "из них 9 — сотрудники полиции": who the counted are
        subsets = [y for _x, y, c in self.lex.connectives.find(toks, 0, d) if c == "subset"]
        if subsets and not (toks[d - 1].text == "," or any(self.lex.measures.first(toks, k) for k in range(subsets[-1], d))):
            return None  # "из них 9 человек — сотрудники полиции"; but a subset clause with its own predicate is over at the dash
            # ("Загинули п'ятеро, семеро з яких поранені — голова ОВА": the speaker's credit), as is one closed by a comma
        if not colon and not (text[toks[d].start - 1 : toks[d].start].isspace() and text[toks[d].end : toks[d].end + 1].isspace()):
            return None  # a hyphen inside a word or a range
        if self._type_of(toks[d + 1 : e], default="") not in ("official", "media", "company", "ngo") + (("unknown",) if colon else ()):
            return None  # (a name of no known kind is the page's own site more often: "Семеро убитых - Заря"; after a colon a
            # source word of no kind is a credit: "20 killed: Sources")
        if text[max(0, toks[0].start - 1) : toks[0].start] not in ("", "\n") or text[toks[-1].end : toks[-1].end + 1] not in ("", "\n", "\r"):
            return None  # a headline is a line of its own (not "..., оның 24-і — полиция қызметкерлері" in a paragraph)
        if any(k in ("verb", "typed_verb", "figure_verb", "impersonal") for _x, _y, k in self.lex.attribution.find(toks, d + 1, e)) \
                or any(self.lex.measures.first(toks, k) for k in range(d + 1, e)):
            return None  # ("— сообщили в МЧС" is a clause of its own; "– ресми мәлімет", official data, is a label)
        return self._named(toks, text, (d, d + 1), "note", (d + 1, e))

    def _compiler_type(self, toks, ntok: tuple[int, int]) -> str | None:
        """The type of the body that compiled a document named alone ("Согласно справке, составленной
        руководством МВД, ...", "За даними звіту, підготовленого прокуратурою"): a source of a known
        kind in the participial phrase right after the name, before any figure or clause mark."""
        a, b = ntok
        docs = word_list(self.lex.lang, "document_nouns")
        if not any(docs.first(toks, k) for k in range(a, b)) or any(t.kind == "w" and t.text[:1].isupper() for t in toks[a:b]):
            return None
        e = b + (b < len(toks) and toks[b].text == ",")
        stop = next((k for k in range(e, min(len(toks), e + 8)) if toks[k].text in _BOUND or toks[k].kind == "n"), min(len(toks), e + 8))
        typed = [typ for _x, _y, typ in self.lex.source_types.find(toks, e + 1, stop) if typ != "unknown"]
        return typed[-1] if typed else None  # "руководством МВД": the body after its management

    def _subject_pronoun(self, toks, a: int) -> bool:
        """Is the subject of the verb at ``a`` a personal pronoun ("he reported", "вона написала",
        ``subject_pronouns.txt``), maybe with an adverb between ("he later wrote")?"""
        pron = word_list(self.lex.lang, "subject_pronouns")
        for k in (a - 1, a - 2):
            if k < 0 or toks[k].kind != "w":
                return False
            hit = pron.first(toks, k)
            if hit is not None and hit[0] == k + 1:
                return True
        return False

    def _role_only(self, toks, ntok: tuple[int, int]) -> bool:
        """Is a speaker named only by a role ("a spokesman", "речник", ``source_roles.txt``)?"""
        hit = word_list(self.lex.lang, "source_roles").first(toks, ntok[0])
        return hit is not None and hit[0] == ntok[1]

    def _counted(self, toks, subj: tuple[int, int]) -> bool:
        """Is a subject a count ("Число погибших в Броварах", "Кількість загиблих"): a count noun
        (``count_nouns.txt``) first, a counted noun right after it, and no source word of a known type?"""
        a, b = subj
        while a < b and toks[a].kind == "p":
            a += 1
        hit = self.lex.count_nouns.first(toks, a) if a < b else None
        if hit is None or hit[0] >= b:
            return self._figure_only(toks, a, b)
        noun = self.lex.measures.first(toks, hit[0])
        if noun is None or noun[1].measure == "none" or not noun[1].noun:
            return self._figure_only(toks, a, b)
        return self._type_of(toks[a:b], default="") in ("", "unknown")

    def _figure_only(self, toks, a: int, b: int) -> bool:
        """Does a subject only name a figure, after its article ("The number of confirmed dead",
        "Casualties reported include ..."): a count noun or a word of ``source_figure_subjects.txt``
        first (not any counted noun: "Divers who worked on the wreck say ..." speak), and no source
        word of any kind?"""
        while a < b and (toks[a].kind == "p" or any(p == "det" for _e, p in self.lex.attribution.at(toks, a))):
            a += 1
        if a >= b or not (self.lex.count_nouns.first(toks, a) or word_list(self.lex.lang, "source_figure_subjects").first(toks, a)):
            return False
        return self._type_of(toks[a:b], default="") == ""

    def _first_said(self, toks, a: int) -> bool:
        """"The State Emergency Service first reported 12 dead": an adverb of time that is also a
        determiner ("first") between a named subject and a verb in the past; not "the first reports"."""
        k = a - 1
        j = k - 1 if k > 1 and toks[k].low == "first" and toks[k - 1].low == "at" else k  # "Regional police at first reported"
        return k > 0 and _past(toks[a]) and toks[k].low in self.lex.name_trim and toks[j - 1].kind == "w" and (
            toks[j - 1].text[:1].isupper() or bool(self.lex.source_types.ending_at(toks, j, 4)))

    def doer(self, toks, text: str, qstart: int, measure: str | None) -> Marker | None:
        """An agency that sent rescuers or troops, named as the subject of a sentence with no
        attribution, tells their number: "ДСНС залучила 80 рятувальників". The subject opens the
        sentence (after a clock time or a list mark), holds a source word of a known type, and the
        verb follows it; so do investigators who charge ("The State Bureau of Investigation charged
        two officials"). A body that did the counted act itself is no source: police that "detained
        40 people" and a court that "арестовал 14 задержанных" or "sentenced 17" are reported by the
        writer (the gold of every set since devset12; devset3 named the court). Not for Kazakh,
        whose verb comes last."""
        lex = self.lex
        if lex.lang == "kk" or measure is None:
            return None
        s0 = 0
        while s0 < min(qstart, 4) and toks[s0].kind != "w":
            s0 += 1  # "10:15", "1.", "-"
        if s0 >= qstart or (len(toks[s0].text) <= 2 and not (len(toks[s0].text) == 2 and toks[s0].text.isupper())):
            return None  # "В больницы доставлены ...", "У здания ...": a place, no subject
        if any(p == "det" for _e, p in lex.attribution.at(toks, s0)):
            s0 += 1  # "The district court"
        # the name: words up to the first source word of a known type, and capitalized words after
        # it ("Басманный суд Москвы", "district court")
        typed = next(((a, b) for a, b, typ in lex.source_types.find(toks, s0, min(qstart, s0 + 6)) if typ != "unknown"), None)
        if typed is None or any(t.kind != "w" for t in toks[s0 : typed[1]]) or lex.measures.find(toks, s0, typed[1]):
            return None
        e = typed[1]
        while e < qstart and toks[e].kind == "w" and toks[e].text[0].isupper():
            e += 1
        gap = toks[e:qstart]
        if measure not in _SENDS | _CHARGES or not gap or not gap[0].text.islower() or any(t.text in _BOUND or lex.connectives.index[t.low] for t in gap):
            return None
        verb = lex.measures.first(toks, e)
        if measure in _SENDS and len(gap) == 1 and gap[0].kind == "w" and (verb is None or verb[1].measure == "none"):
            verb = (e + 1, None)  # "МЧС направило более 100 спасателей": the counted noun makes the measure
        elif verb is None or verb[1].measure != measure:
            return None
        return self._named(toks, text, (e, verb[0]), "verb", (s0, e))

    def _distant_subject(self, toks, a: int, limit: int) -> tuple[int, int] | None:
        """A subject separated from its verb by a phrase with a figure: "агентство Associated
        Press на підставі розповідей 23 вцілілих оцінило": the nearest named source of a known type
        before the verb (and before ``limit``, where a figure cut the nearer subject) in its clause
        (no comma, colon or other cue between), with the capitalized words after it."""
        lex = self.lex
        best = None
        for x, y, typ in lex.source_types.find(toks, max(0, a - 14), limit):
            if typ != "unknown":
                best = (x, y)
        if best is None:
            return None
        x, y = best
        while y < a and toks[y].kind == "w" and toks[y].text[:1].isupper():
            y += 1
        if any(t.text in _BOUND for t in toks[y:a]) or any(
                lex.attribution.first(toks, k) for k in range(y, a)):
            return None
        return (x, y)

    def _antecedent(self, toks, a: int, lo: int = 0) -> tuple[int, int] | None:
        """The first named source of a known type before ``a`` in the sentence (from ``lo``), with
        the capitalized words after it ("Агентство Associated Press ... опубликовало расследование,
        согласно которому ..."); None if there is none."""
        for x, y, typ in self.lex.source_types.find(toks, lo, a):
            if typ == "unknown":
                continue
            while y < a and toks[y].kind == "w" and toks[y].text[:1].isupper():
                y += 1
            return (x, y)
        return None

    def _opening_subject(self, toks, a: int) -> tuple[int, int] | None:
        """Kazakh is verb-final: "Министрлігі 30 қазанда ... 46 екенін растады" names its source at
        the start of the sentence, before the first figure or date (a source word must be in it), or
        at the start of the verb's own clause after a colon, semicolon or ", ал" ("Мәліметтер
        әртүрлі: полиция 300-ге жуық адам деп бағалады, ал куәгерлер ... айтты")."""
        lo = max((k + 1 for k in range(1, a) if toks[k].text in (":", ";") or (toks[k].low == "ал" and toks[k - 1].text == ",")), default=0)
        if lo and (got := self._subject_from(toks, a, lo)) is not None:
            return got
        got = self._subject_from(toks, a, 0)
        if got is None:  # "Алғашқы мәліметтер бойынша, ... Бас штаб 108 ... айтқан": the subject after the opener
            c = next((k for k in range(2, min(a - 1, 8)) if toks[k].text == ","), None)
            if c is not None and any(p in ("post", "named", "pre") for _x, _y, p in self.lex.attribution.find(toks, 0, c)):
                got = self._subject_from(toks, a, c + 1)
        return got

    def _after_figure_clause(self, toks, text: str, a: int) -> list[Marker]:
        """Two verb-final clauses joined by a comma, the first with a figure of its own ("ресми
        құжатта 37 құрбан, тірі қалғандар 500-ден астам дейді"): the speech verb's subject opens the
        last clause; the first clause keeps the source that opens it, if any. Empty if no such pair."""
        lo = max((k + 1 for k in range(1, a) if toks[k].text in (":", ";")), default=0)
        c = next((k for k in range(a - 1, lo, -1) if toks[k].text == ","), None)
        if c is None or not any(t.kind == "n" or _figure_word(self.lex, t) for t in toks[lo:c]):
            return []
        last = self._subject_from(toks, a, c + 1)
        if last is None or not any(t.kind == "n" or _figure_word(self.lex, t) or self.lex.vague.first(toks, k)
                                   for k, t in enumerate(toks[last[1] : a], last[1])):  # "куәгерлер жүздеген дейді"
            return []
        out = [self._named(toks, text, last, "pre", last)]
        if (first := self._subject_from(toks, c, lo)) is not None:
            out.insert(0, self._named(toks, text, first, "pre", first))
        return [m for m in out if m is not None]

    def _subject_from(self, toks, a: int, s0: int) -> tuple[int, int] | None:
        """`_opening_subject` from token ``s0``."""
        lo = s0
        while s0 < min(a, lo + 3) and (toks[s0].kind == "n" or toks[s0].text in ".)-–—•"):
            s0 += 1  # a list number or mark: "1. ...", "- ..."
        while s0 < a and self.times[0] and (self._in_time(toks[s0]) or (toks[s0].text == "," and s0 and self._in_time(toks[s0 - 1]))):
            s0 += 1  # an opening date: "Сейсенбі күні, 19 шілдеде, қалалық ... басқармасы ... хабарлады"
        e = s0
        while e < min(a, s0 + 7) and (toks[e].kind == "w" or toks[e].text in "«»“”\"-") and not _figure_word(self.lex, toks[e]) \
                and not self.lex.vague.first(toks, e) and not self.lex.months.first(toks, e):
            if e > s0 and self.lex.measures.first(toks, e) and self._type_of(toks[s0:e], default="") not in ("", "unknown"):
                break  # "... басқармасы жараланғандардың саны": the count's noun after the named source
            e += 1
        stops = word_list(self.lex.lang, "source_stops")
        s0 = max((k + 1 for k in range(s0, e) if stops.first(toks, k)), default=s0)  # "... деген ақпаратты министрлік"
        if e > s0 and (mem := self._member(toks, s0, e)) is not None and self._type_of(toks[s0:e], default="") in ("", "unknown"):
            return mem  # "Курсанттардың бірі ... айтты": a member of a group
        if e == s0 or (self._type_of(toks[s0:e], default="") in ("", "unknown") and not self._state(toks, s0, e)):
            return None
        post = next((k for k in range(s0 + 1, e) if word_list(self.lex.lang, "source_postpositions").find(toks, k, k + 1)), None)
        if post is not None:  # "ІІМ арнайы операция барысында ...": the name ends before the adverbial phrase
            typed = [(x, y) for x, y, typ in self.lex.source_types.find(toks, s0, post) if typ != "unknown"]
            if typed:
                e = typed[0][1]
                for x, y in typed[1:]:
                    if x <= e:
                        e = max(e, y)  # "Ішкі істер министрлігі": matches that join into one name
        return (s0, _kk_name_end(self.lex, toks, s0, e))

    def _paren_sources(self, toks, text, found) -> list[Marker]:
        """"1,500 (police)", "more than 3,000 (organisers)": a short parenthesis naming a source."""
        if "(" not in map(_TEXT, toks):  # one C-level pass: most sentences have no parenthesis
            return []
        out, taken = [], {m.cue[0] for m in found}
        for k, t in enumerate(toks):
            if t.text != "(" or k == 0 or (toks[k - 1].kind not in "nw" and toks[k - 1].text != "+"):
                continue
            e = k + 1
            while e < len(toks) and e - k <= 5 and toks[e].text != ")" and toks[e].kind == "w":
                e += 1
            closed = e < len(toks) and toks[e].text == ")" and e > k + 1 and k + 1 not in taken
            inner = toks[k + 1 : e]
            # a proper name right after a figure: "25+ (Steppe Rights Watch)"
            named = (toks[k - 1].kind == "n" or toks[k - 1].text == "+") and all(t.text[0].isupper() for t in inner)
            if closed and (named or self._type_of(inner, default="") not in ("", "unknown")):
                m = self._named(toks, text, (k + 1, e), "paren", (k + 1, e))
                if m:
                    out.append(m)
        return out

    @staticmethod
    def _spoken(toks, found: list[Marker], label: Marker) -> bool:
        """Is a label ("официальное число") in the clause of a named source before it?"""
        for m in found:
            if m.name and m.kind != "label" and m.cue[0] < label.cue[0] and not any(
                    t.text in (";", "—", "–") for t in toks[m.cue[1] : label.cue[0]]):
                return True
        return False

    def _gapped(self, toks, text) -> list[Marker]:
        """A second speaker whose verb is left out: "Организаторы говорили, что ..., а районное
        управление — что «около 600 человек»", "Державне телебачення каже про 65 тисяч, незалежні
        спостерігачі — про 10-15 тисяч", "...; МВС — про 639" (the figure after the dash is the second
        speaker's)."""
        out = []
        opened = bool(toks) and text[max(0, toks[0].start - 3) : toks[0].start].rstrip().endswith(";")  # a clause split off at ";"
        for k in range(0 if opened else 1, len(toks) - 3):
            if k and toks[k - 1].text not in (",", ";"):  # "«Вясна» повідомив про 700 затриманих; МВС — про 639"
                continue
            if toks[k].low not in ("а", "і", "и", "та"):
                k -= 1  # ", незалежні спостерігачі — про 10-15 тисяч": no conjunction
            d = k + 1
            while d < min(len(toks), k + 8) and toks[d].kind == "w":
                d += 1
            if d == k + 1 or d + 1 >= len(toks) or toks[d].text not in ("—", "–") or not (
                    toks[d + 1].low in _THAT_WORDS or toks[d + 1].text in ("«", '"') or toks[d + 1].low in _ABOUT or (
                        toks[d + 1].low in _AT and d + 2 < len(toks) and (toks[d + 2].kind == "n" or toks[d + 2].text in ("«", '"')))):
                continue
            if self._type_of(toks[k + 1 : d], default="") in ("", "unknown") and not toks[k + 1].text[:1].isupper():
                continue
            m = self._named(toks, text, (d, d + 1), "pre", (k + 1, d))
            if m is not None:
                out.append(m)
        return out

    def _row_head(self, toks, text) -> list[Marker]:
        """A table row whose first cell names a source: "| ДСНС (17 січня) | 45 | 79 |", "| Police
        | 600 |"; a hedge in that cell ("Соцмережі (не підтверджено)") holds for the whole row."""
        if toks[0].text == "|":
            s, e = 1, 1
            while e < len(toks) and toks[e].text != "|":
                e += 1
        else:  # a row of tab-separated cells
            tab = text.find("\t", toks[0].start, toks[-1].end)
            s, e = 0, next((k for k, t in enumerate(toks) if t.start > tab), len(toks))
        col = self._source_column_at(text, toks[0].start)
        if col:  # "Date | Source | Killed" over "9 May | Emergencies Ministry | 12": the source is a later cell
            cells = self._row_cells(toks, text)
            if col >= len(cells) - 1:
                return []
            s, e = cells[col]
        if e >= len(toks) - 1 or e == s:
            return []
        b = next((k for k in range(s, e) if toks[k].text == "("), e)
        if b < e and self._type_of(toks[s:b], default="") in ("", "unknown") and not any(t.kind == "n" for t in toks[s:e]) \
                and self._type_of(toks[s:e], default="") not in ("", "unknown"):
            b = e  # "| ООН (моніторингова місія) | 25 |": the parenthesis says what kind of source
        quoted = None
        if b - s >= 3 and toks[s].text in ("«", "“", '"') and toks[b - 1].text in ("»", "”", '"') \
                and self._type_of(toks[s:b], default="") in ("", "unknown"):
            quoted = self._quoted_type(text, toks[s].start, toks[b - 1].end)  # "| «Кылым шамы» | ... |" after "центр «Кылым шамы»"
        elif b > s and self._type_of(toks[s:b], default="") in ("", "unknown"):
            # "| Синєгубов (підсумок) | 19 |" after "голова Харківської ОВА Олег Синєгубов": a person named before
            quoted = self.typed_mention(text, text[toks[s].start : toks[b - 1].end], toks[s].start)
        src_col = b > s and (bool(col) or self._source_column(text, toks[0].start))
        if not quoted and src_col and self._type_of(toks[s:b], default="") in ("", "unknown") \
                and any(t.kind == "w" for t in toks[s:b]) and not any(t.kind == "n" for t in toks[s:b]) \
                and not word_list(self.lex.lang, "row_totals").find(toks, s, b):  # "| Остаточні дані | 13 |": a sum, no source
            # "| Источник | ... |" over "| Сергей Меликов | 24.06 | более 15 |", "| «Правий сектор» | 2 |",
            # "| Мемориальный список | 2005 | 147 |": the column names who gave them, whatever the words
            quoted = "unknown"
        if b == s or any(t.kind == "n" for t in toks[s:b]) or (self._type_of(toks[s:b], default="") in ("", "unknown") and not quoted) \
                or (not src_col and self.lex.measures.find(toks, s, b)):
            return []  # "| Зақымданған тұрғын үйлер | 3 100 |": a row of what is counted, not of who counts
        if not src_col and word_list(self.lex.lang, "row_places").find(toks, s, b):
            return []  # "Баткенская областная больница\t84\t71": where the patients were counted, not who counts
        if self._source_column(text, toks[0].start, "place_column_heads"):
            return []  # "Settlement | Bodies recovered" over "Bucha | 386": a row of a place, not of who counts
        m = self._named(toks, text, (s, s + 1), "row", (s, b))  # its own kind: it frames no next row
        if m is None:
            return []
        if quoted:
            m.type = quoted
        mod = "asserted"
        for _a, _b, cue in self.lex.modality.find(toks[s:e]):
            mod = _stronger(mod, cue)
        m.modality = None if mod == "asserted" else mod
        return [m]

    def _label_agent(self, toks, b: int) -> tuple[int, int] | None:
        """The agent of a participle after a label ending at ``b`` ("official count, released that night by
        the health ministry, was 20", "официальное число погибших, опубликованное Минздравом, — 20",
        ``label_agents.txt``): its token span if it names a source, else None."""
        k = b
        while k < len(toks) and k - b < 3 and toks[k].kind == "w":
            k += 1  # "погибших", "загиблих"
        if k + 1 >= len(toks) or toks[k].text != "," or not word_list(self.lex.lang, "label_agents").first(toks, k + 1):
            return None
        s = k + 2
        if self.lex.lang == "en":
            s = next((j + 1 for j in range(s, min(s + 5, len(toks))) if toks[j].low == "by"), None)
            if s is None:
                return None
            while s < len(toks) and toks[s].low in ("the", "a", "an"):
                s += 1
        e = s
        while e < len(toks) and e - s < 8 and toks[e].text not in _BOUND and toks[e].kind != "n" and not self._in_time(toks[e]) \
                and not (self.lex.lang == "en" and e > s and toks[e].low in _EN_PREPS):  # "by the ministry on Monday"
            e += 1
        if e == s or (self._type_of(toks[s:e], default="") in ("", "unknown") and not toks[s].text[:1].isupper()):
            return None
        return s, e

    def _source_column(self, text: str, pos: int, heads: str = "source_column_heads") -> bool:
        """Is the row at ``pos`` in a table whose header's first cell says its rows are sources
        ("| Источник | Дата | ...", "Source\tKilled", ``source_column_heads.txt``)?"""
        cells = self._header_cells(text, pos)
        return bool(cells) and bool(cells[0]) and cells[0] in langdata.load_list(self.lex.lang, heads)

    def _header_cells(self, text: str, pos: int) -> list[str]:
        """The cells of the header line of the table whose row is at ``pos`` ("|"- or tab-separated),
        lower-cased."""
        start, head = text.rfind("\n", 0, pos) + 1, None
        for _ in range(60):
            if start <= 0:
                break
            prev = text.rfind("\n", 0, start - 1) + 1
            line = text[prev : start - 1]
            if not (line.lstrip().startswith("|") or "\t" in line):
                break
            head, start = line, prev
        if head is None:
            return []
        return [c.strip(" *_").lower() for c in (head.strip().strip("|").split("|") if "|" in head else head.split("\t"))]

    def _source_column_at(self, text: str, pos: int) -> int:
        """The index (> 0) of a later header cell that says its column holds the sources ("Date\tSource\tKilled"), else 0."""
        heads = langdata.load_list(self.lex.lang, "source_column_heads")
        cells = self._header_cells(text, pos)
        return next((k for k, c in enumerate(cells) if k and c in heads), 0) if cells and cells[0] not in heads else 0

    @staticmethod
    def _row_cells(toks, text: str) -> list[tuple[int, int]]:
        """Token spans of a row's cells: between "|" tokens, or between the tabs of the text."""
        if toks[0].text == "|":
            out, s = [], 1
            for k in range(1, len(toks) + 1):
                if k == len(toks) or toks[k].text == "|":
                    if k > s or k < len(toks):
                        out.append((s, k))
                    s = k + 1
            return out
        out, s = [], 0
        for k in range(1, len(toks) + 1):
            if k == len(toks) or "\t" in text[toks[k - 1].end : toks[k].start]:
                out.append((s, k))
                s = k
        return out

    def _colon_statement(self, toks, text, found) -> list[Marker]:
        """"Witnesses at the scene: ..." — a short lead-in with a source word, ending in a colon."""
        if ":" not in map(_TEXT, toks[:28]):
            return []
        start = 0
        for c, t in enumerate(toks[:28]):  # a stamp may come first: "- П'ятниця, 14 серпня, 11:00 — X: ..."
            if c >= start + 16:
                break
            if t.text != ":" or c == 0:
                continue
            if toks[c - 1].kind == "n" and c + 1 < len(toks) and toks[c + 1].kind == "n":
                start = c + 2  # "13:30 МЧС: трое погибших" - a clock time before the lead-in
                continue
            if c <= start or _stamp(self.lex, toks, start, c):
                start = c + 1  # "Update 26.09 13.00: Investigative committee: ..." - a dated update mark
                continue
            if any(m.cue[0] < c for m in found) or c - start > 12 or _scene_clause(toks, start, c) \
                    or _event_head(self.lex.lang, toks, start, c) or self._clause_lead(toks, start, c):
                return []
            if any(toks[k].kind == "n" and self.lex.measures.find(toks, k + 1, min(c, k + 4)) for k in range(start, c)):
                return []  # "Of them, 168 were moved to hospitals: 96 by helicopter ...": a count's clause, no source
            if self._type_of(toks[start:c], default="") not in ("", "unknown"):
                # "Source in law enforcement bodies names new figures: ...": the name ends at its verb
                e = next((k for k in range(start + 1, c) if any(p in ("verb", "typed_verb", "figure_verb") for _e, p in self.lex.attribution.at(toks, k))
                          and self._type_of(toks[start:k], default="") not in ("", "unknown")), c)
                cite = next((k for k in range(start + 1, e - 1) if toks[k].low in _CITING and self._type_of(toks[start:k], default="") == "media"
                             and self._cited_body(toks, k, e)), None)
                if cite is not None:
                    start = self._cited_body(toks, cite, e)[0]  # "ТАСС со ссылкой на штаб армии: ...": the body cited speaks
                m = self._named(toks, text, (start, c + 1), "colon", (start, e))
                return [m] if m else []
            words = [t for t in toks[start:c] if t.kind == "w"]
            if 0 < len(words) <= 3 and all(t.kind == "w" or t.text in "*_#-—–" for t in toks[start:c]) \
                    and (typ := self.typed_mention(text, " ".join(t.text for t in words), words[0].start)):
                m = self._named(toks, text, (start, c + 1), "colon", (start, c))  # "Клименко: загиблих — 52": a person named before
                if m is not None:
                    m.type = typ
                return [m] if m else []
            return []
        return []

    def _clause_lead(self, toks, start: int, c: int) -> bool:
        """Is a colon lead-in a clause, not a name ("Поліцейських також зачепило: поранено 27", "Police
        were also hit: ...")? An auxiliary or "also" of ``attribution.txt`` (``aux``) stands in it."""
        return any(p == "aux" for k in range(start, c) for _e, p in self.lex.attribution.at(toks, k))

    def _named(self, toks, text, cue, kind, ntok) -> Marker | None:
        if ntok is None:
            return None
        a, b = ntok
        trim = self.lex.name_trim
        lead = word_list(self.lex.lang, "name_lead_phrases")
        while a < b and (toks[a].kind == "p" or toks[a].low in _LEAD or toks[a].low in trim
                         or ((lp := lead.first(toks, a)) is not None and lp[0] < b and toks[lp[0]].text[:1].isupper())):
            a = lp[0] if toks[a].kind != "p" and toks[a].low not in _LEAD and toks[a].low not in trim else a + 1
            # "Первоначально МЧС", "Спочатку ...", "При этом Петров"
        while b - a > 1 and self._time_word(toks, a, b):
            a += 1  # "Бұл туралы сейсенбі күні аудандық әкімдік", "On Tuesday police": the day opens no name
        e = b
        while e - a > 1 and toks[e - 1].kind == "w" and (_day_word(self.lex.lang, toks[e - 1].low) or (
                e - 2 >= a and _day_word(self.lex.lang, toks[e - 2].low) and word_list(self.lex.lang, "source_day_nouns").first(toks, e - 1))):
            e -= 1  # "Correa Sunday morning": the day closes no name
        if e < b:
            while e - a > 1 and toks[e - 1].text.islower() and len(toks[e - 1].text) <= 3:
                e -= 1  # "police on (Sunday)"
            b = e
        while b > a and ((toks[b - 1].kind == "p" and toks[b - 1].text not in ")»”\"") or _adverb(toks[b - 1]) or toks[b - 1].low in trim):
            b -= 1  # trailing punctuation, "... Situations initially", "akimat still"
        if self.lex.lang == "en" and kind == "verb" and toks[cue[0]].low == "saying":
            a0 = a
            while a0 > 0 and a - a0 < 40 and not (toks[a0 - 1].text in ".!?;" or toks[a0 - 1].text in _QUOTES):
                a0 -= 1  # "Commander Tom Ashbury": the title before the name the subject search started at
            a = a0 if a0 == 0 or toks[a0 - 1].text in ".!?;" else a
            while a < b - 1 and (toks[a].low in _LEAD or toks[a].low in trim or toks[a].low in ("the", "a", "an")):
                a += 1
        if self.lex.lang == "en" and kind == "verb" and b - a > 2 and toks[cue[0]].low == "saying":
            cut = next((k for k in range(a + 1, b) if toks[k].kind == "w" and toks[k].text.islower()
                        and (toks[k].low.endswith("ed") or toks[k].low in _EN_PAST_IRREGULAR)), None)
            if cut is None:
                return None  # "..., saying": the speaker is the subject of the clause before, up to its verb
            b = cut  # "Commander Tom Ashbury visited the site, saying ...": the subject before its own verb
        if self.lex.lang == "en" and kind == "verb" and b - a > 3:  # "One worker at the camp, reached by phone, put ...": an aside
            cut = next((k for k in range(a + 1, b - 1) if toks[k].text == "," and toks[k + 1].text.islower()
                        and toks[k + 1].low.endswith(("ed", "ing")) and toks[k + 1].low not in ("led", "based")), None)
            if cut is not None:
                b = cut
        venues = word_list(self.lex.lang, "source_venues")
        venue = venues.ending_at(toks, b, 4) if b - a > 2 else None
        if not venue and b - a > 2:
            k = next((k for k in range(a + 2, b) if (v := venues.first(toks, k)) and v[0] > b), None)
            venue = [(k, b)] if k is not None else None  # "сообщил глава района Иван Петров в ходе брифинга": the name was cut inside the venue
        briefed = bool(venue) and bool(word_list(self.lex.lang, "source_official_venues").find(toks, venue[0][0], max(b, cue[1])))
        if venue and a < venue[0][0]:
            b = venue[0][0]  # "Аким области Марат Жумабеков на брифинге сообщил": where the speaker spoke is no name
            if self.lex.lang == "kk" and b - a > 2 and toks[b - 1].text.isupper() and len(toks[b - 1].text) <= 5 \
                    and all(t.kind == "w" and t.text[:1].isupper() for t in toks[b - 3 : b - 1]):
                b -= 1  # "деді Ержан Сапаров ОҚК брифингінде": the briefing's hall, abbreviated, after the name
            while b > a and (_adverb(toks[b - 1]) or toks[b - 1].low in trim):
                b -= 1
            if self.lex.lang == "kk" and b - a > 2 and (v2 := venues.ending_at(toks, b, 4)) and a < v2[0][0]:
                b = v2[0][0]  # "деді X Орталық коммуникациялар қызметінде өткен брифингте": the venue's own place too
            if self.lex.lang == "kk" and b - a > 2 and toks[b - 1].low.endswith(_KK_LOCATIVE + ("нда", "нде", "інде", "ында")):
                # "Асқар Серіков Жастар сарайында өткен брифингте": the hall of the briefing
                # goes too, back to the speaker's surname or title
                k = next((k for k in range(b - 2, max(a, b - 6), -1) if (toks[k].text[:1].isupper() and toks[k].low.endswith(surname_endings())
                                                                          and len(toks[k].text) > 4) or self.lex.source_types.ending_at(toks, k + 1, 4)), None)
                if k is not None:
                    b = k + 1
        if b - a > 3 and toks[a].low in _EN_PREPS:  # "By the evening the Interior Ministry put the toll at ...": a time phrase first
            j = max((k for k in range(a + 2, b - 1) if toks[k].low in ("the", "a", "an")), default=None)
            if j is not None and self._type_of(toks[j + 1 : b], default="") not in ("", "unknown"):
                a = j + 1
        if self.lex.lang == "en" and kind == "verb" and b - a > 3 and (
                j := next((k for k in range(a + 1, min(b - 1, a + 4)) if toks[k].low in ("later", "earlier", "ago")), None)) is not None \
                and self._type_of(toks[j + 1 : b], default="") not in ("", "unknown"):
            a = j + 1  # "a week later the government commission gave ...": a time phrase first
        if b - a > 1 and toks[a].low == "by" and kind == "verb" and self._type_of(toks[a + 1 : b], default="") not in ("", "unknown"):
            a += 1  # "This was reported by the headquarters, which said ...": the passive's agent
        if b - a > 1 and toks[b - 1].text in ("»", "”") and not any(t.text in ("«", "“") for t in toks[a : b - 1]):
            b -= 1  # "За даними «Вясни»": the opening quote went with the cue
        if kind == "verb" and a >= cue[1] and b - a > 2 and self.lex.lang in ("ru", "uk"):
            a = self._past_addressee(toks, a, b)  # "сообщили Заречье Медиа в пресс-службе МЧС": the agency only listened
            if a > 0 and toks[a - 1].low in _AT and b - a > 1 and toks[a + 1].kind == "w" \
                    and self._type_of(toks[a : a + 1], default="") == "social_media" \
                    and self._type_of(toks[a + 1 : b], default="") not in ("", "unknown", "social_media"):
                a += 1  # "сообщил в Telegram глава района": where he posted it is no name
        if self.times[0] and a < b:  # "Власти Таджикистана 18 сентября впервые назвали ...": the name ends at a date
            while a < b and (self._in_time(toks[a]) or (toks[a].kind == "p" and a and self._in_time(toks[a - 1]))):
                a += 1  # "На следующий день в Душанбе", "14 серпня — X"
            cut = next((k for k in range(a + 1, b) if self._in_time(toks[k])), b)
            while b > cut > a + 1 and toks[cut - 1].text.islower() and len(toks[cut - 1].text) <= 3:
                cut -= 1  # "police on 5 May"
            if cut < b and self._type_of(toks[a:cut], default="") not in ("", "unknown"):
                b = cut  # only a name of its own ("Бұл туралы сейсенбі күні министрлік": a pointer, kept whole)
        if a >= b or not any(t.kind == "w" for t in toks[a:b]):
            return None
        if self.lex.own_voice.first(toks, a) or (b - a >= 1 and a + 1 < len(toks) and toks[a].text.lower() in _EN_PREPS | {"by"}
                                                 and self.lex.own_voice.first(toks, a + 1)):
            return None  # "our reporter", "By our estimate": the document's own voice
        if kind == "verb" and b <= cue[0] and (w := word_list(self.lex.lang, "speaker_we").first(toks, b - 1)) and w[0] == b:
            return None  # "Учора вранці ми говорили про 15 загиблих": the author's own earlier word
        if b - a > 2 and (h := self.lex.own_voice.first(toks, b - 1)) and h[0] == b and toks[a].low in _EN_PREPS:
            return None  # "On the basis of these statements we estimate ...": a fronted phrase, then "we"
        if kind in ("verb", "pre", "post", "colon") and self.publisher_speaks(toks, text, a, b):
            return Marker(cue, "impersonal")  # "Министерство ... сообщает" in the ministry's own release
        if kind == "verb" and a >= cue[1] and self._credit_line(toks, cue, a, b):
            return Marker(cue, "impersonal")  # "..., деп хабарлайды Зарядаңқ.kz тілшісі": the page credits itself
        if kind == "verb" and b - a >= 3 and toks[a].low in _SPEAKING_PRONOUNS and toks[a + 1].low in _AT \
                and self._type_of(toks[a + 2 : b], default="") == "social_media":
            return Marker(cue, "pronoun")  # "— написав він у телеграмі": whoever was named before
        first = self.lex.attribution.first(toks, a)
        if first and first[1] in ("rel", "pronoun") and first[0] >= b:
            return Marker(cue, "pronoun") if first[1] == "pronoun" else None
        if kind == "verb" and b <= cue[0] and any(p == "pronoun" for e, p in self.lex.attribution.at(toks, b - 1) if e == b):
            return Marker(cue, "pronoun")  # "A day earlier it had given ...": the pronoun is the subject
        if kind == "verb" and b - a == 1 and b <= cue[0] and (p := word_list(self.lex.lang, "subject_pronouns").first(toks, a)) and p[0] == b:
            return Marker(cue, "pronoun")  # "Позже он написал ...": whoever was named before
        if kind == "verb" and 1 < b - a <= 4 and b <= cue[0] and (p := word_list(self.lex.lang, "subject_pronouns").first(toks, b - 1)) \
                and p[0] == b and all(t.kind == "w" and (t.text.islower() or k == 0) for k, t in enumerate(toks[a : b - 1], a)) \
                and not self.lex.source_types.find(toks, a, b - 1):
            return Marker(cue, "pronoun")  # "При этом он сказал ...": a linking phrase, then the pronoun subject
        typ = self._type_of(toks[a:b], default="")
        if typ == "media" and b - a > 3:
            cite = next((e for j in range(a + 1, b - 1) for e, p in self.lex.attribution.at(toks, j) if p == "cite" and e < b), None)
            cited = self._type_of(toks[cite:b], default="") if cite is not None else ""
            if cited == "social_media" and b - cite > 1:
                cited = self._type_of(toks[cite + 1 : b], default="")  # "со ссылкой на Telegram МЧС": the channel's owner
            if cited in ("official", "ngo", "opposition", "eyewitness", "union"):
                typ = cited  # "агентство Заря со ссылкой на МЧС": the body cited gives the figure, the agency relays it
        if not typ and kind == "verb" and b + 2 < len(toks) and toks[b].text == "," and toks[b - 1].text[:1].isupper() and b > cue[0]:
            stop = next((k for k in range(b + 1, min(len(toks), b + 12)) if toks[k].text in _BOUND), min(len(toks), b + 12))
            typ = self._type_of(toks[b + 1 : stop], default="")  # "said Ravi Menon, the director general of police": his title
            typ = "" if typ == "unknown" else typ
        if not typ and kind == "verb" and toks[b - 1].text[:1].isupper():
            j = next((k for k in range(b - 2, max(-1, a - 3), -1) if toks[k].low in _AT), -1)  # "в" may be trimmed off
            if j >= 0 and all(t.text[:1].isupper() for t in toks[j + 1 : b]) and all(t.kind == "w" for t in toks[min(a, j) : j]) \
                    and all(t.text.islower() for t in toks[min(a, j) + 1 : j]) \
                    and not any(h.measure != "none" for _x, _y, h in self.lex.measures.find(toks, max(0, min(a, j) - 2), j)):  # "Родственники погибших в X"
                a, typ = j, "official"  # "Вечером в Душанбе сообщили ...": the capital speaks for its government
        if not typ and kind in ("verb", "colon", "pre") and self._state(toks, a, b):
            typ = "official"  # "Росія заявила", "Moscow claimed": a state speaks through its government
        if kind in ("verb", "colon", "pre") and (mem := self._member(toks, a, b)) is not None:
            (a, b), typ = mem, typ or "eyewitness"  # "Один із курсантів розповів": a member of a group tells what they saw
        if not typ and kind == "verb" and a > 0 and a - 1 == cue[1] and toks[a - 1].text in ("«", "“") \
                and toks[cue[1] - 1].low in _PUBLISHING:
            typ = "media"  # "..., пишет «Заря»": a quoted title that publishes
        span = (toks[a].start, toks[b - 1].end)
        if not typ and self._witness and b - a <= 3 and toks[b - 1].text[:1].isupper():
            typ = self.typed_mention(text, text[span[0] : span[1]], span[0]) or ""  # "Corran said" after "Jeff Corran, chief executive"
        if not typ and briefed and kind in ("verb", "pre") and toks[b - 1].text[:1].isupper() and len(toks[b - 1].text) > 3 \
                and not (self._witness and b - a <= 3 and self.typed_mention(text, text[span[0] : span[1]], span[0])):
            typ = "official"  # "— деді Ержан Сапаров ОҚК брифингінде", "Ivan Petrov told a news briefing": who briefs is an official
        if not typ:  # a person of no known kind who speaks of what they saw: "I saw four men killed," said X
            typ = "eyewitness" if self._witness and kind in ("verb", "colon", "pre") else "unknown"
        if kind in ("pre", "post", "verb") and b - a <= 2 and (back := word_list(self.lex.lang, "source_anaphora").find(toks, max(0, a - 1), b)) \
                and not (toks[a].kind == "w" and all(h[0] > a for h in back)):
            # "Ведомствоның мәліметінше": the agency named before speaks (`choose`), else the word itself
            # (not a word before it: "Як повідомляють місцеві видання" names outlets of its own)
            return Marker(cue, "pronoun", text[span[0] : span[1]], span, (a, b), typ)
        return Marker(cue, kind, text[span[0] : span[1]], span, (a, b), typ)

    def _channel_owner(self, toks, s: int) -> tuple[int, int] | None:
        """The body or official whose channel, page or site is named at ``s`` after an impersonal
        verb ("сообщается в телеграм-канале главы региона X", "на сайте МЧС"): the owner's words, or
        the body itself when no channel word comes first; None for an unknown or a bare channel."""
        fwd = self._forward(toks, s, limit=10)
        if fwd is None:
            return None
        s0, e = fwd
        if self._type_of(toks[s0:e], default="") in ("social_media", "media", "") or not self.lex.source_types.first(toks, s0):
            k = next((k for k in range(s0 + 1, min(e, s0 + 4)) if (h := self.lex.source_types.first(toks, k))
                      and h[1] not in ("unknown", "social_media", "media", "eyewitness")), None)
            if k is None:
                return None
            s0 = k  # "в телеграм-канале главы региона": the head of the region speaks through it
        return (s0, e) if self._type_of(toks[s0:e], default="") not in ("", "unknown", "social_media", "eyewitness") else None

    def _channel_only(self, toks, span: tuple[int, int]) -> bool:
        """Is the phrase at ``span`` only where a statement was posted ("в Telegram", "у телеграмі",
        "на своей странице в Facebook"), not who posted it?"""
        a, b = span
        if (p := self.lex.back_refs.first(toks, a)) and p[0] < b:
            a = p[0]  # "Об этом в Telegram сообщила ..."
        if a < b and toks[a].low in _AT:
            a += 1
        elif not (a > 0 and toks[a - 1].low in _AT):
            return False
        return 0 < b - a <= 2 and self._type_of(toks[a:b], default="") == "social_media"

    def _past_addressee(self, toks, a: int, b: int) -> int:
        """Where the speaker's name starts after a speech verb whose addressee, a news outlet, comes
        first: "рассказал Заречье Медиа глава пресс-службы МЧС", "сообщили Заречье Медиа в пресс-службе МЧС",
        "рассказали «Интерфаксу» в полиции"; ``a`` if the name opens with no outlet."""
        for k in range(a + 1, min(b - 1, a + 6)):
            head = self._type_of(toks[a:k], default="")
            if head != "media" or toks[k].text[:1].isupper() or toks[k].text in ("-", "«", "»", '"'):
                continue  # the outlet's name goes on: "Заречье Медиа", "Заря-Пресс"
            if toks[k].low in _AT and self._type_of(toks[k + 1 : b], default="") not in ("", "unknown", "media"):
                return k + 1  # "в пресс-службе МЧС": the body speaks
            if toks[k].text[:1].islower() and toks[k].kind == "w" and toks[k].low not in _CITING and self._type_of(toks[k:b], default="") not in ("", "unknown", "media"):
                return k  # "глава пресс-службы МЧС Иван Петров"
            if toks[k].low in _CITING and (body := self._cited_body(toks, k, b)) is not None:
                return body[0]  # "Заречье Медиа со ссылкой на МЧС": the official body it cites speaks
            return a  # "Заречье Медиа со ссылкой на источники": the outlet itself speaks
        return a

    def _cited_body(self, toks, k: int, b: int) -> tuple[int, int] | None:
        """The official body an outlet cites at ``k`` ("со ссылкой на военную комендатуру", "з посиланням
        на штаб армії", "citing the interior ministry"), up to ``b``: the majority convention of the gold
        gives the figure to the body, not to the outlet that passes it on. None when the outlet cites
        unnamed sources, medics or witnesses ("со ссылкой на источник в МЧС", "на врачей"): then the
        outlet speaks."""
        cue = [e for e, p in self.lex.attribution.at(toks, k) if p == "cite"]
        if not cue or not cue[0] < b:
            return None
        e = cue[0]
        if (carrier := word_list(self.lex.lang, "source_cite_carriers").first(toks, e)) and carrier[0] < b:
            e = carrier[0]  # "со ссылкой на слова начальника ...": the body whose words they are
        found = self.lex.source_types.find(toks[e:b])
        if not found or found[0][2] != "official" or any(t in ("unknown", "eyewitness") for _s, _e, t in found):
            return None
        return (e, b)

    def body_in(self, toks, text: str) -> Marker | None:
        """The first body named in a sentence, whatever it does ("Министерство юстиции Таджикистана
        впервые прокомментировало бунт"): what a pointer of the next sentence ("По данным ведомства",
        ``source_anaphora.txt``) refers to. A source word of a body's type with the capitalized words
        (and the lower-case word before one) that follow it."""
        anaphora = word_list(self.lex.lang, "source_anaphora")
        hits = [(a, b, typ) for a, b, typ in self.lex.source_types.find(toks)
                if typ not in ("unknown", "eyewitness", "social_media") and not anaphora.find(toks, max(0, a - 1), b)]
        if not hits:
            return None
        a, b, typ = hits[0]
        while a and toks[a - 1].kind == "w" and toks[a - 1].text[:1].isupper() and a - 1 > 0:
            a -= 1  # "Тәжікстан Әділет министрлігі": the name's words before its head
        while b < len(toks) and b - a < 6 and toks[b].kind == "w" and (toks[b].text[:1].isupper() or (
                b + 1 < len(toks) and toks[b].text.islower() and toks[b + 1].kind == "w" and toks[b + 1].text[:1].isupper())):
            b += 1
        span = (toks[a].start, toks[b - 1].end)
        return Marker((a, b), "pre", text[span[0] : span[1]], span, (a, b), typ)

    def body_opens(self, toks) -> bool:
        """Does the sentence open with a body as the subject of a deed of its own ("Генпрокуратура
        возбудила уголовное дело, обвинения предъявлены 9", "The prosecutor general opened a case")?
        A new actor: the sentence does not go on with the last one's speaker."""
        k = 1 if toks and self.lex.lang == "en" and toks[0].low == "the" else 0
        hit = self.lex.source_types.first(toks, k)
        if not hit or hit[1] in ("unknown", "eyewitness", "social_media"):
            return False
        if self.lex.lang == "kk" and any(t.kind == "w" and t.low.endswith(langdata.load_list("kk", "entity_case_suffixes"))
                                         for t in toks[hit[0] - 1 : hit[0] + 1]):
            return False  # "Ауруханада әлі де 20-ға жуық адам ...", "Құқық қорғау органдарының 5 қызметкері": a place or an owner
        e = hit[0]
        while e < len(toks) and e - hit[0] < 3 and toks[e].kind == "w" and toks[e].text[:1].isupper():
            e += 1  # "Генпрокуратура Таджикистана"
        return e < len(toks) and toks[e].kind == "w" and not self.lex.attribution.first(toks, e) \
            and not self.lex.measures.first(toks, e) and toks[e].text.islower()

    def acting_subject(self, toks, q) -> bool:
        """Does the sentence open with a body as the subject of its own act ("Полиция 80 адамды
        ұстады", "Police detained 80 people", "Суд арестовал 4")? It states the act: it does not go
        on with the last sentence's speaker."""
        hit = self.lex.source_types.first(toks, 0)
        if not hit or hit[1] in ("unknown", "eyewitness", "social_media"):
            return False
        return q.measure in _ACTS and q.start >= hit[0] and not any(t.text in _BOUND for t in toks[hit[0] : q.start])

    def _member(self, toks, a: int, b: int) -> tuple[int, int] | None:
        """Is the name ``toks[a:b]`` one member of a group ("one of the cadets", "один із курсантів",
        "курсанттардың бірі", ``source_members.txt``), the phrase maybe opening just before it or, in
        Kazakh, the word right after it (a number word ends the subject's search)? The name's token
        span with the phrase, or None."""
        members = word_list(self.lex.lang, "source_members")
        for s in range(max(0, a - 2), min(len(toks), b + (self.lex.lang == "kk"))):
            hit = members.first(toks, s)
            if hit is not None and hit[0] > a and all(t.kind == "w" for t in toks[s:a]):
                return min(s, a), max(b, hit[0])
        return None

    def _state(self, toks, a: int, b: int) -> bool:
        """Is ``toks[a:b]`` only the name of a state or its capital (``state_speakers.txt``)?"""
        hit = word_list(self.lex.lang, "state_speakers").first(toks, a) if a < b else None
        return hit is not None and hit[0] == b

    def publisher_speaks(self, toks, text: str, a: int, b: int) -> bool:
        """Is the name ``toks[a:b]`` the document's publisher, speaking of itself in its own release
        ("Министерство ... сообщает" under the letterhead "Министерство здравоохранения ..." or above
        the footer "© Министерство ...")? Every word of it is in the letterhead or footer, and it holds
        a source word of a known type."""
        words = [t for t in toks[a:b] if t.kind == "w"]
        if not words or len(words) > 10 or (self._type_of(toks[a:b], default="") in ("", "unknown", "eyewitness", "social_media")
                                            and not _letterhead_head(words, text)):
            return False
        if self._pub[0] is not text:
            self._pub = (text, publisher_stems(self.lex, self._type_of, text))
        pub = self._pub[1]
        return bool(pub) and all(stem(t.low) in pub for t in words if len(t.text) > 2)

    def _credit_line(self, toks, cue: tuple[int, int], a: int, b: int) -> bool:
        """Is the name ``toks[a:b]`` after a present-tense credit verb the page's own outlet
        ("..., деп хабарлайды Зарядаңқ.kz", "деп хабарлайды «Таң» тілшісі": its correspondent), not an
        outlet it cites ("деп хабарлайды X.kz Y-ке сілтеме жасап")? A web domain or a correspondent
        word (``publisher_credit_names.txt``) names it; ``publisher_credit_verbs.txt`` the verbs
        (Kazakh only: Russian "передает X.kz" credits the page and other outlets alike)."""
        verbs = word_list(self.lex.lang, "publisher_credit_verbs")
        if not (hit := verbs.first(toks, cue[0])) or hit[0] != cue[1] or self._type_of(toks[a:b], default="") != "media":
            return False
        if word_list(self.lex.lang, "publisher_credit_breaks").find(toks, b, min(len(toks), b + 6)):
            return False
        names = word_list(self.lex.lang, "publisher_credit_names")
        return any(t.text == "." and _in_name(toks, k) for k, t in enumerate(toks[:b]) if k >= a) \
            or bool(names.find(toks, max(a, b - 2), b))

    def _determines(self, toks, k) -> bool:
        hedge = self.lex.modality.first(toks, k)
        return any(p == "det" for _e, p in self.lex.attribution.at(toks, k)) or bool(hedge and hedge[1] not in ("probable", "reported"))

    def _with_title(self, toks, span: tuple[int, int]) -> tuple[int, int]:
        """A source word with the quoted title right after it ("агентство «Синьхуа»", 'агентство "Заря"'):
        the span up to the closing quote."""
        a, e = span
        if e + 2 < len(toks) and toks[e].text in ('"', "«", "“") and toks[e + 1].text[:1].isupper():
            close = next((j for j in range(e + 2, min(len(toks), e + 8)) if toks[j].text in ('"', "»", "”")), None)
            if close is not None:
                return a, close + 1
        return span

    def _when_only(self, toks, subj: tuple[int, int]) -> bool:
        """Is a subject found before a speech verb only a day or time phrase, maybe after a pointer
        back ("об этом в воскресенье", "Про це у вівторок", "on Tuesday"): no one who speaks."""
        a, e = subj
        p = self.lex.back_refs.first(toks, a)
        if p is not None:
            a = p[0]
        if a >= e:
            return False
        day = False
        for k in range(a, e):
            t = toks[k]
            if t.kind == "w" and _day_word(self.lex.lang, t.low):
                day = True
            elif self.times[0] and self._in_time(t):
                day = day or t.kind == "w"
            elif not (t.kind == "w" and t.text.islower() and len(t.text) <= 3 and k + 1 < e and (
                    _day_word(self.lex.lang, toks[k + 1].low) or (self.times[0] and self._in_time(toks[k + 1])))):
                return False  # a preposition before the day ("в", "у", "on"), not a pronoun after it ("A day earlier it")
        return day

    def _names_source(self, toks, b) -> bool:
        """Does a name start at ``b`` (a capitalized word or a source word)?"""
        t = toks[b]
        if t.kind == "w" and b + 1 < len(toks) and any(p == "det" for _e, p in self.lex.attribution.at(toks, b)):
            t, b = toks[b + 1], b + 1  # "said a lawyer with ..."
        if t.text in ("«", "“") and b + 1 < len(toks) and toks[b + 1].kind == "w" and toks[b + 1].text[:1].isupper() \
                and b > 0 and toks[b - 1].low in _PUBLISHING:
            return True  # "..., сообщает «Вестник Заречья»": a quoted title (not "рассказал «Вестнику», что ...")
        if t.kind == "w" and b + 2 < len(toks) and _in_name(toks, b + 1):
            return True  # "..., передает zarya.az": a web domain
        if t.kind != "w" or self.lex.attribution.first(toks, b):
            return False
        return t.text[0].isupper() or bool(self.lex.source_types.first(toks, b)) or bool(
            word_list(self.lex.lang, "source_roles").first(toks, b)) or (
            b + 1 < len(toks) and t.low in ("в", "у", "из", "із", "з") and toks[b + 1].text[:1].isupper()
        ) or any(self.lex.source_types.first(toks, j) for j in range(b + 1, min(b + 4, len(toks)))) or (  # "так званий мінздрав"
            self.lex.lang in ("ru", "uk") and _genitive_chain(toks, b) and any(
                self.lex.source_types.first(toks, j) for j in range(b + 4, min(b + 6, len(toks))))) or (  # "голова X-ської обласної військової адміністрації"
            bool(word_list(self.lex.lang, "source_place_titles").first(toks, b)) and _place_title(self.lex.lang, toks[b : b + 6]))  # "глава Энской области Иван Петренко"

    def _subject_of_next(self, toks, subj: tuple[int, int]) -> bool:
        """English: do the words after a speech verb open its that-clause rather than name its
        inverted subject ("..., said relatives had reported 36 missing", "..., said residents were
        told")? Their own verb follows them: an auxiliary ("had", "were") or a speech verb."""
        a, e = subj
        if any(t.low in _PASSIVE | {"had", "has", "have"} for t in toks[a + 1 : e]):
            return True
        hit = self.lex.attribution.first(toks, e) if e < len(toks) else None
        return hit is not None and hit[1] in ("verb", "typed_verb")

    def _forward(self, toks, b, limit=8):
        if self.times[0]:
            b = self._past_time(toks, b)  # "Об этом сообщили 23 мая в полиции Заречья": the name after the date
        e = b
        while e < len(toks) and e - b < limit and (toks[e].text not in _BACK or _in_name(toks, e)) and toks[e].kind != "n":
            if e > b and any(p == "cite" for _e, p in self.lex.attribution.at(toks, e)):
                limit = max(limit, e - b + 10)  # "Интерфакс со ссылкой на пресс-службу ГУ МЧС по X области": the body cited is named whole
            hit = self.lex.attribution.first(toks, e)
            if hit and hit[1] in ("verb", "typed_verb", "rel") and e > b:
                break
            if e > b and self._predicate_at(toks, e):
                break  # "По заключению комиссии погибли 334 человека": the name ends at the verb
            e += 1
        if e - b > 1 and e < len(toks) and toks[e].kind == "n" and toks[e - 1].kind == "w" and toks[e - 1].text.islower() \
                and len(toks[e - 1].text) <= 2 and self._in_time(toks[e]):
            e -= 1  # "данные МЧС на 9:15": the time's preposition is no part of the name
        return (b, e) if e > b else None

    def _past_time(self, toks, b: int) -> int:
        """Where a name starts after a time expression that opens the words at ``b`` (maybe after a
        short preposition: "on Tuesday morning by the police", "23 мая в полиции"), if a word
        follows it; else ``b``."""
        k = b
        if k + 1 < len(toks) and toks[k].kind == "w" and toks[k].text.islower() and len(toks[k].text) <= 3 \
                and not self._in_time(toks[k]) and self._in_time(toks[k + 1]):
            k += 1
        if k >= len(toks) or not self._in_time(toks[k]):
            return b
        while k < len(toks) and (self._in_time(toks[k]) or (toks[k].text == "," and self._in_time(toks[k - 1]))):
            k += 1
        return k if k < len(toks) and toks[k].kind == "w" else b

    def _predicate_at(self, toks, e: int) -> bool:
        """Does a count's predicate start at ``e``: a measure trigger with a figure a few words on,
        in its clause ("погибли 334", "were lost not less than 150")? A counted noun in a name
        ("по словам родственников погибших, ...") has none after it."""
        hit = self.lex.measures.first(toks, e)
        if hit is None:
            return False
        for k in range(hit[0], min(len(toks), hit[0] + 4)):
            t = toks[k]
            if t.kind == "n" or _figure_word(self.lex, t) or self.lex.vague.first(toks, k):
                return True
            if t.text in _BOUND:
                return False
        return False

    def _in_time(self, t: Token) -> bool:
        starts, spans = self.times
        j = bisect.bisect_right(starts, t.start) - 1
        return j >= 0 and spans[j][0] <= t.start and t.end <= spans[j][1]

    def _before_time(self, toks, a: int) -> int:
        """Where the subject ends when a time phrase stands between it and the verb at ``a``
        ("Минздрав к утру 18 сентября сообщил", "The ministry by the morning of 18 September
        reported"): before the time expression and the lower-case words that lead into it, up to
        the short one that opens it ("к", "by"), if a source word or a capitalized name is right
        before; else ``a``."""
        k = a - 1
        if k < 0 or not self._in_time(toks[k]):
            return a
        while k >= 0 and self._in_time(toks[k]):
            k -= 1
        lex = self.lex
        end = k + 1
        for j in range(k, max(-1, k - 3), -1):  # "к утру", "by the", "late on"
            t = toks[j]
            if t.kind != "w" or not t.text.islower() or lex.source_types.ending_at(toks, j + 1, 4) or lex.attribution.first(toks, j):
                break
            if len(t.text) <= 3:
                end = j
        if end == 0 or toks[end - 1].kind != "w" or lex.attribution.first(toks, end - 1) or lex.months.first(toks, end - 1):
            return a
        window = range(max(0, end - 6), end)
        if not (any(lex.source_types.first(toks, j) for j in window) or any(
                toks[j].text[:1].isupper() and (j > 0 or toks[j].text.isupper()) for j in window)):
            return a  # "Тем временем 7 апреля сообщили": no one named
        return end

    def _backward(self, toks, a, appositions: bool):
        if appositions and (j := self._aside_before(toks, a - 1)) is not None:
            a = j + 1  # "Human Rights Watch, in its 1993 report, spoke of ...": the speaker before the aside
        if self.times[0]:
            a = self._before_time(toks, a)
        k = a - 1
        while k >= 0 and any(p == "aux" and e <= a for e, p in self.lex.attribution.at(toks, k)):
            k -= 1  # "has", "also", "at first" ("first" is a determiner too: "the first reports")
        if appositions and k > 0 and toks[k].low in _AND:
            return None  # "X називає удар терактом і говорить про 49 загиблих": the subject of the verb before
        if appositions and k > 0 and (_adverb(toks[k]) or toks[k].low in self.lex.name_trim) and toks[k - 1].text == ",":
            k -= 1  # "Ukrzaliznytsia, the state railway company, initially said"
        end = k + 1
        if k > 1 and toks[k].text == ")":  # "Пользователь Айбек (@aibek) пишет": a handle in brackets
            j = k - 1
            while j > max(0, k - 8) and toks[j].text not in "()":
                j -= 1
            if toks[j].text == "(" and toks[j - 1].kind == "w" and j < k - 1:
                k = j - 1
        if k > 1 and toks[k].kind == "w" and toks[k - 1].text == "," and any(p == "rel" for _e, p in self.lex.attribution.at(toks, k)):
            if not any(t.kind == "w" and t.text[:1].isupper() for t in toks[max(0, k - 4) : k - 1]) \
                    and not self.lex.source_types.find(toks, max(0, k - 4), k - 1):
                return None  # "Слухи о десятках погибших, которые распространялись ...": what spread is no speaker
            k, end = k - 2, k - 1  # "Opposition groups, who say ...": the name before the relative pronoun
        elif (j := self._clause_before(toks, k)) is not None:
            k, end = j - 1, j  # "Местный житель, который видел удар, рассказал": the name before the clause
        commas = 2 if appositions and k >= 0 and toks[k].text == "," else 0
        lex = self.lex
        # most words start no pattern: one index access each before matching
        vague, months, conn, attrib = lex.vague.index, lex.months.index, lex.connectives.index, lex.attribution.index
        while k >= 0 and end - k <= 14:
            t = toks[k]
            if t.text == "," and commas:
                commas -= 1
            elif t.kind == "n" and k == end - 1 and k > 1 and toks[k - 1].kind == "w" and toks[k - 1].text[:1].isupper() \
                    and t.text.isdigit() and len(t.text) <= 3:
                pass  # a number that ends a name: "Group 24 claimed", "Channel 5 reported"
            elif _in_name(toks, k):
                pass  # "«Хартия’97» писал", "The [[UN Monitoring Mission]] said": a number glued into a name, a wiki link
            elif commas == 1 and _year_span(toks, k):
                pass  # "Комиссия, работавшая в 1989—1990 годах, установила": years in the aside, no count
            elif t.kind == "n" and _decade(toks, k):
                pass  # "Former prisoners interviewed in the 1990s put the toll at": a decade, no count
            elif k > 0 and end - k > 1 and toks[k - 1].low in _IN_ONE and _one(lex, t) and toks[k + 1].kind == "w" and toks[k + 1].text.islower():
                pass  # "Doctors at one city hospital told ...": "one" is no count here
            elif t.text == '"' and lex.lang != "kk" and (j := _straight_open(toks, k)) is not None:
                k = j  # 'радіостанція "Зоря" повідомляла': a name in straight quotes, kept whole as in «»
            elif t.text in _BACK or _figure_word(lex, t) or (vague[t.low] and lex.vague.first(toks, k)) \
                    or (t.kind == "n" and not (commas == 1 and lex.nonclaim["after"].first(toks, k + 1))) \
                    or (months[t.low] and lex.months.first(toks, k)):
                break
            elif end - k > 1 and (t.low in _SUBORD or t.low in _WHILE):
                break  # "... resigned after a state commission concluded", "в то время как министерство ещё сообщало"
            elif end - k > 1 and word_list(lex.lang, "name_stops").first(toks, k) and toks[k + 1].low != "by":
                break  # "The agency quoted a police spokesman as saying": the quoted one speaks
            elif end - k > 1 and conn[t.low] and (c := lex.connectives.first(toks, k)) and c[1] in ("and", "contrast") and not (
                    c[1] == "and" and k and lex.source_types.ending_at(toks, k, 4) and lex.source_types.find(toks, k + 1, end)) \
                    and not (c[1] == "and" and self._joins_name(toks, k, end)):
                break  # "... dead in X and the akimat says": the subject starts after "and" (not "officials and witnesses said")
            elif attrib[t.low]:
                hit = lex.attribution.first(toks, k)
                if hit and hit[1] in ("pre", "verb", "typed_verb", "cite") and hit[0] <= end and k + 1 < end and hit[1] != "cite":
                    if hit[1] == "pre" and k + 1 < hit[0] < end:
                        k = hit[0] - 1  # "In a statement the ministry said": the name after the cue
                    break
            k -= 1
        start = k + 1
        d = next((j for j in range(start + 1, end) if toks[j].kind == "n" and _decade(toks, j)), None)
        if d is not None and end - d <= 4:  # "Выжившие в 1990-х годах": the name ends before its decade
            while d > start + 1 and (toks[d - 1].low in ("in", "the", "в", "во", "у") or toks[d - 1].text == ","):
                d -= 1
            end = d
        if start >= end:
            return None
        if start and toks[start - 1].kind == "n" and toks[start - 1].end == toks[start].start:
            return None  # cut inside a compound: "a 24-year-old student who said": no name
        first = self.lex.attribution.first(toks, start)
        if first and first[1] in ("rel",):
            return None
        cite = next((j for j in range(start + 1, end - 1) if any(p == "cite" for _e, p in self.lex.attribution.at(toks, j))), None)
        if cite is not None:  # "Радио Свобода со ссылкой на источники сообщила": who cites speaks
            body = self._cited_body(toks, cite, end) if self._type_of(toks[start:cite], default="") == "media" else None
            if body is not None:
                start = body[0]  # "ТАСС со ссылкой на военную комендатуру сообщает": the official body cited speaks
            else:
                end = cite - (toks[cite - 1].text == ",")
        for j in range(start + 1, end - 1):
            if toks[j].kind == "w" and any(p == "rel" for _e, p in self.lex.attribution.at(toks, j)):
                if _only_reports(self.lex.lang, toks, (start, j)):
                    return None  # "Rumours that a protester had died spread": what spread is no speaker
                if toks[j - 1].text == ",":
                    end = j - 1  # "Tajik officials, who released figures more slowly, said": the name before the clause
                elif self._type_of(toks[j + 1 : end], default="") not in ("", "unknown"):
                    start = j + 1  # "fighting over a facility that officials on both sides said": the subject after "that"
                break
        return (start, end) if start < end else None

    def _time_word(self, toks, k: int, end: int) -> bool:
        """Is ``toks[k]`` a day word, a word of a time expression, or a short preposition before one?"""
        t = toks[k]
        if t.kind != "w":
            return False
        if _day_word(self.lex.lang, t.low) or (self.times[0] and self._in_time(t)):
            return True
        if k and _day_word(self.lex.lang, toks[k - 1].low) and word_list(self.lex.lang, "source_day_nouns").first(toks, k):
            return True  # "сейсенбі күні": the day's noun after the weekday
        return (len(t.text) <= 3 and not (len(t.text) > 1 and t.text.isupper())
                or (t.text.islower() and not self.lex.source_types.first(toks, k))) and k + 1 < end and toks[k + 1].kind == "w" and (
            _day_word(self.lex.lang, toks[k + 1].low) or (self.times[0] and self._in_time(toks[k + 1])))

    def _aside_before(self, toks, k: int) -> int | None:
        """The last token before an adverbial aside in commas that ends at ``k`` ("Human Rights
        Watch, in its 1993 report, spoke of"): its opening word in ``source_asides``, no other comma
        or clause mark in it, a word before it; None if there is no such aside."""
        if k < 3 or toks[k].text != ",":
            return None
        asides = word_list(self.lex.lang, "source_asides")
        for j in range(k - 1, max(0, k - 9), -1):
            if toks[j].text in _HARD or toks[j].text in "«»\"()":
                return None
            if toks[j].text == ",":
                if j < 1 or j + 1 >= k or not (toks[j - 1].kind == "w" or toks[j - 1].text in "»”\"") or not asides.first(toks, j + 1):
                    return None
                return j - 1
        return None

    def _joins_name(self, toks, k: int, end: int) -> bool:
        """Is the "and" at ``k`` inside an organisation's name ("Министерство здравоохранения и
        социального развития", "Ministry of Labour and Social Protection")? Lower-case modifiers
        (or, in English, capitalized words) after it name no source of their own, and a source word
        stands just before it, its modifiers included."""
        after = toks[k + 1 : end]
        if not after or len(after) > 4 or any(t.kind != "w" for t in after) or self.lex.source_types.find(toks, k + 1, end):
            return False
        lower = all(t.text.islower() for t in after)
        if self.lex.lang == "en" and not all(t.text[:1].isupper() for t in after) and not lower:
            return False
        if self.lex.lang != "en" and not lower:
            return False
        lo = max(0, k - 4)
        # English in lower case (machine translation): only after "of" ("ministry of health and social development")
        return any(typ != "unknown" and all(t.kind == "w" for t in toks[a:k]) and (
            self.lex.lang != "en" or not lower or any(t.low == "of" for t in toks[a:k]))
                   for a, _b, typ in self.lex.source_types.find(toks, lo, k))

    def typed_mention(self, text: str, name: str, before: int) -> str | None:
        """The type of a bare personal name ("Резніченко повідомляє") from an earlier mention of it
        with a title in ``text[:before]`` ("голова Дніпропетровської ОВА Валентин Резніченко")."""
        words = name.strip("«»“”\"' ").split()
        if words and words[0].lower() in ("the", "a") and len(words) == 2:
            words = words[1:]
        if len(words) == 1 and 2 <= len(words[0]) <= 6 and words[0].isupper() and words[0].isalpha():
            return self._acronym_type(text, words[0], before)  # "the ZCG said" after "the Zarechye Coast Guard (ZCG)"
        if not words or len(words) > 3 or len(name) > 60 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
            return None  # a personal or quoted proper name only: "Резніченко", "«Вясни»"
        if (own := self._title_before(text, before)) is not None:
            return own  # "Revenue Minister K. Doe confirmed": this very mention's title, cut off the name
        last = words[-1]
        if self.lex.lang == "kk" and last.endswith(_KK_GENITIVE) and len(last) > 7:
            last = last[:-3]  # "Ержан Петровтың сөзінше": the surname without its genitive
        stem = last[: max(4, len(last) - 2)]
        pos, seen = before, 0
        while seen < 6:
            pos = text.rfind(stem, 0, pos)
            if pos < 0:
                return None
            seen += 1
            if pos and text[pos - 1].isalpha():
                continue
            after = tokenize(text, 0, pos, min(len(text), pos + 120))
            if len(after) > 2 and after[0].text.startswith(stem) and after[1].text == ",":
                stop = next((i for i in range(2, min(len(after), 12)) if after[i].text in _BOUND), min(len(after), 12))
                typ = self._type_of(after[2:stop], default="")
                if typ not in ("", "unknown", "eyewitness"):
                    return typ  # "said Jeff Corran, chief executive officer of the hospital": the title after the name
            toks = tokenize(text, 0, max(0, pos - 120), pos)
            k = len(toks)
            while k > 0 and len(toks) - k < 3 and ((toks[k - 1].kind == "w" and toks[k - 1].text[:1].isupper()
                                                     and not self.lex.source_types.first(toks, k - 1)) or toks[k - 1].text in _QUOTES):
                k -= 1  # first names before the surname: "Валентин"; an opening quote: "ПЦ «Вясна»"
            j = k
            while j > 1 and toks[j - 1].text == "." and toks[j - 2].kind == "w" and len(toks[j - 2].text) <= 2 \
                    and toks[j - 2].text[:1].isupper() and toks[j - 2].end == toks[j - 1].start:
                j -= 2  # initials before the surname: "police spokesman T.J. Smith", "мэр И. И. Петров"
            if j > 3 and toks[j - 1].text == ")" and toks[j - 3].text == "(" and toks[j - 2].kind == "w" and toks[j - 2].text.isupper():
                j -= 3  # an abbreviation in brackets after the title: "голова Зарічанської ОДА (ОВА) Петро Сидоренко"
            k = j
            for a, _b, typ in self.lex.source_types.find(toks, max(0, k - 6), k):
                if typ != "unknown" and not any(t.text in _HARD - _QUOTES for t in toks[a:k]):
                    return typ
            w = next((i + 1 for i in range(k - 1, max(-1, k - 7), -1) if toks[i].kind != "w"), max(0, k - 6))
            if _place_title(self.lex.lang, toks[max(w, k - 6) if k - w > 3 else max(0, k - 3) :]):
                return "official"  # "Глава Дагестана Сергей Меликов": the head of a region
        return None

    def _acronym_type(self, text: str, acronym: str, before: int) -> str | None:
        """The type of an acronym speaker from the name it abbreviates earlier in ``text[:before]``,
        written out before it in brackets ("the Zarechye Coast Guard (ZCG)")."""
        pos = text.rfind(f"({acronym})", 0, before)
        if pos < 0:
            return None
        toks = tokenize(text, 0, max(0, pos - 120, text.rfind("\n", 0, pos) + 1), pos)
        k = len(toks)
        j = k
        while j > 0 and k - j < 6 and toks[j - 1].kind == "w":
            j -= 1
        typ = self._type_of(toks[j:k], default="")
        return typ if typ not in ("", "unknown") else None

    def _title_before(self, text: str, start: int) -> str | None:
        """The type of a title written right before the personal name at ``start``, which the
        speaker's name left out: initials, first names or a bracketed abbreviation between them
        ("Zarechye Revenue Minister K. Doe", "Director General of Police (DGP) Ivan Doe", "the police
        chief, Ivan Doe, said"); None unless the title's last word touches the name."""
        toks = tokenize(text, 0, max(0, start - 120, text.rfind("\n", 0, start) + 1), start)  # (a line above is no title)
        k, names = len(toks), 0
        while k > 0:
            t = toks[k - 1]
            if k > 1 and t.text == "." and toks[k - 2].kind == "w" and len(toks[k - 2].text) <= 2 and toks[k - 2].text[:1].isupper() \
                    and toks[k - 2].end == t.start:
                k -= 2  # an initial: "K."
            elif k > 3 and t.text == ")" and toks[k - 3].text == "(" and toks[k - 2].kind == "w" and toks[k - 2].text.isupper():
                k -= 3  # "(DGP)"
            elif names < 2 and t.kind == "w" and t.text[:1].isupper() and len(t.text) > 2 and not self.lex.source_types.first(toks, k - 1):
                k -= 1  # a first name
                names += 1
            else:
                break
        if k > 1 and toks[k - 1].text == "," and any(c == "," for c in text[start : start + 60].split("\n")[0]):
            k -= 1  # an apposition: "the police chief, Ivan Doe, said"
        for _s, typ in self.lex.source_types.ending_at(toks, k, 4):
            if typ not in ("unknown", "eyewitness"):
                return typ
        return None

    def _quoted_type(self, text: str, a: int, b: int) -> str | None:
        """The type of a quoted name ("«Кылым шамы»") from an earlier mention of it after a source
        word ("Правозащитный центр «Кылым шамы» заявляет")."""
        name = text[a:b]
        pos = a
        for _ in range(6):
            pos = text.rfind(name, 0, pos)
            if pos < 0:
                return None
            toks = tokenize(text, 0, max(0, pos - 120), pos)
            k = len(toks)
            for x, _y, typ in self.lex.source_types.find(toks, max(0, k - 5), k):
                if typ not in ("unknown", "eyewitness") and not any(t.text in _HARD for t in toks[x:k]):
                    return typ
        return None

    def _type_of(self, toks: Sequence[Token], default: str = "unknown") -> str:
        """The first known type in ``toks``; people who write on social media ("Жергілікті
        тұрғындар әлеуметтік желіде", "residents on social media") are social media."""
        generic, first = False, None
        found = self.lex.source_types.find(toks)
        if self.lex.lang == "kk" and len(found) > 1:
            found = _kk_heads(toks, found)
        for _s, _e, typ in found:
            if typ != "unknown":
                if first is None:
                    first = typ
                    if typ == "social_media" and (owner := _channel_owner(self.lex.lang, toks, found, _s)):
                        return owner  # "глава района в своём телеграм-канале", "the police said in a Facebook post"
                    if typ != "eyewitness":
                        return typ
                elif typ == "social_media":
                    return typ
            else:
                generic = True
        if first is None and _place_title(self.lex.lang, toks):
            return "official"  # "глава Удмуртии", "Head of Udmurtia Brechalov": the head of a region or town
        if first is None and not generic and self.lex.case_endings:
            first = next((typ for t in toks if t.kind == "w" and (typ := self.lex.name_type(t))), None)
        if first is None and len(toks) <= 6 and any(t.text == "." and _in_name(toks, k) for k, t in enumerate(toks)):
            return "media"  # a name with a web domain: "Вестник.ру", "zarya.az"
        return first or ("unknown" if generic else default)

    # -- choice -----------------------------------------------------------------------------------
    def choose(self, markers: list[Marker], qstart: int, qend: int, carried: Marker | None = None, limit: int = 1 << 30,
               antecedent: Marker | None = None) -> Marker | None:
        """``markers`` sorted by cue position (as `markers` returns them)."""
        starts = [m.cue[0] for m in markers] if self._starts_of is not markers else self._starts
        if self._starts_of is not markers:
            self._starts_of, self._starts = markers, starts
        toks = self._toks
        if toks is not None:
            # the first parenthesis after the figure, in its clause: "не менее 25 (по данным
            # правозащитников)", "About 2,000 people gathered (police estimate)"
            p = qend
            while p < min(len(toks), limit, qend + 8) and toks[p].text not in "(,;." and toks[p].kind != "n":
                p += 1
            if p < len(toks) and toks[p].text == "(":
                j = bisect.bisect_left(starts, p + 1)
                if j < len(markers) and markers[j].cue[0] == p + 1 and markers[j].kind in ("pre", "paren"):
                    return markers[j]
        k = bisect.bisect_left(starts, qstart) - 1
        paren = self._paren
        qp = paren[qstart] if paren and qstart < len(paren) else -1
        # a parenthetical source ("(police estimate)") speaks for the figure before it only
        while k >= 0 and (markers[k].kind in ("note", "paren") or (paren and paren[markers[k].cue[0]] not in (-1, qp))):
            k -= 1
        if k >= 0 and toks is not None and markers[k].kind == "verb" and toks[-1].text not in ".!?…»\"" and any(
                toks[j].text == ";" for j in range(markers[k].cue[1], min(qstart, len(toks)))):
            k = -1  # a headline: "X says 5 killed; 80 detained" (the second clause is the writer's)
            return carried
        if k >= 0 and toks is not None and markers[k].kind == "verb" and self._subordinate(markers[k].cue[1], qstart):
            k = -1  # "X dismissed the minister after a fire killed 14": the subject did not say the figure
        if k >= 0 and toks is not None and markers[k].type in (None, "unknown") and self._initial_at(toks, markers[k]) \
                and any(toks[j].text == ";" for j in range(markers[k].cue[1], qstart)):
            return None  # "Первоначально сообщалось о 1 погибшем; к 3 мая число выросло до 4": the later figure is the writer's
        if k >= 0:
            m = markers[k]
            if m.kind == "impersonal" and k and markers[k - 1].kind == "colon" and markers[k - 1].name \
                    and markers[k - 1].cue[1] <= m.cue[0]:
                return markers[k - 1]  # "ФСБ: по предварительным данным, погибли ...": the lead-in speaks
            if (outer := self._reporting(markers, k)) is not None:
                return outer  # "Governor X said relatives had reported 36 people missing": the one who tells
            if m.kind == "pronoun":
                j = k - 1
                while j >= 0 and not markers[j].name:
                    j -= 1
                return markers[j] if j >= 0 else (antecedent or (m if m.name else carried))
            return m
        for j in range(bisect.bisect_left(starts, qend), len(markers)):
            m = markers[j]
            if m.kind == "label" and toks is not None and m.cue[0] < limit and toks[m.cue[0] - 1].text == "," \
                    and m.cue[1] < len(toks) and toks[m.cue[1]].text == ",":
                return m  # "Усіх п'ятьох нападників, за офіційною версією, ліквідовано": a label set off by commas
            if m.kind in ("pre", "hearsay") and m.cue[0] < limit:  # "9 (official); 25 (according to NGOs)"
                if self._relative_between(qend, m.cue[0]):
                    break  # "погиб 1 человек - житель, который, по данным следствия, сам ...": the relative clause's own source
                return m
            # a postposed reporting clause: "..., unions say" (not "... and the akimat says 3")
            if m.kind == "verb" and m.ntok and m.ntok[0] >= qend and (self._after_comma(min(m.ntok[0], m.cue[0])) or (
                    self.lex.lang == "kk" and m.ntok[0] >= m.cue[1])):  # kk: "... деп хабарлайды жергілікті белсенділер"
                if self._contrast_with_own_say(qend, m):
                    break  # "Rumours that a protester had died spread, but the ministry said nobody was killed"
                if self._says_its_own(m) or self._and_own_figure(m):
                    break  # "... зросла до 143, прокуратура визнає, що частина заложників ...": the verb's own clause
                if self._calls_false(m):
                    break  # "Слухи о «тысячах убитых», ходившие в городе, МВД назвало «выдумками»": the denier tells no figure
                return m
            if m.kind == "verb" and m.ntok and m.ntok[0] >= m.cue[1] and toks is not None and self.lex.lang in ("ru", "uk") \
                    and m.cue[0] - qend <= 3 and not any(t.text in _BOUND or t.kind == "n" for t in toks[qend : m.cue[0]]):
                return m  # "Слухи о 100 погибших опровергли в МВД": the figure is the object, the speaker follows the verb
            if m.kind == "pronoun" and m.ntok is None and self._after_comma(m.cue[0] - 1):
                return antecedent  # "..., he said": whoever the previous sentence named
            if m.kind == "pronoun" and m.ntok and m.name and m.ntok[0] >= qend and self._after_comma(min(m.ntok[0], m.cue[0])) \
                    and not self._says_its_own(m):
                return antecedent or m  # "..., пишет ведомство": the body named before, else the word itself
        final = self._final_source(markers, starts, qend)
        if final is not None:
            return final
        note = next((m for m in markers if m.kind == "note"), None)
        return note or carried

    def _initial_at(self, toks, m: Marker) -> bool:
        """Is ``m`` a first report (`initial_report`), by its name or the words of its cue
        ("Первоначально сообщалось": the adverb is trimmed off the name)?"""
        if initial_report(self.lex.lang, m):
            return True
        lo, hi = m.cue
        if m.ntok:
            lo, hi = min(lo, m.ntok[0]), max(hi, m.ntok[1])
        return bool(word_list(self.lex.lang, "initial_reports").find(toks, max(0, lo - 2), min(hi, len(toks))))

    def _final_source(self, markers: list[Marker], starts: list[int], qend: int) -> Marker | None:
        """An "according to X" closing the sentence covers the figures joined before it ("At least 10
        are killed and 13 wounded, according to the regional administration", "Погибли 10 человек, 13
        ранены, по данным администрации"), not a figure in a clause of its own ("9; 25 (according to
        NGOs)", "..., but 30 according to X")."""
        toks = self._toks
        j = bisect.bisect_left(starts, qend)
        if toks is None or j >= len(markers) or j != len(markers) - 1:
            return None
        m = markers[j]
        c0 = m.cue[0] - (m.cue[0] > qend and toks[m.cue[0] - 1].text in ("—", "–"))  # "..., 12 пропали — это данные МЧС"
        if m.kind != "pre" or not m.ntok or any(t.text in _FINAL_BREAKS or t.low in _CONTRASTS for t in toks[qend:c0]):
            return None
        depth, rest = 0, []
        for k in range(m.ntok[1], len(toks)):
            t = toks[k]
            depth += (t.text == "(") - (t.text == ")")
            if not (t.kind == "p" or depth > 0 or self._in_time(t) or (
                    t.text.islower() and len(t.text) <= 2 and k + 1 < len(toks) and self._in_time(toks[k + 1]))):
                rest.append(t)
        return None if rest else m  # (a time or a bracket after the name: "данные МЧС на 9:15 (мск)")

    def _subordinate(self, a: int, q: int) -> bool:
        """Is the figure at ``q`` in a subordinate clause ("after", "после", ``_SUBORD``) with its own
        count's verb, opened after the speech verb ending at ``a``, and no "that", colon, quote or
        other mark between ("President X dismissed the minister after a fire killed 14 people")?"""
        toks = self._toks
        if toks is None or q > len(toks):
            return False
        j = next((j for j in range(a, q) if toks[j].low in _SUBORD), None)
        if j is None or any(t.text in _BOUND or t.low in _THAT_WORDS or t.low in _ABOUT or t.low == "that" for t in toks[a:q]):
            return False
        return any(h.measure != "none" for _x, _y, h in self.lex.measures.find(toks, j + 1, q))

    def _clause_before(self, toks, k: int) -> int | None:
        """The comma opening a relative clause closed by the comma at ``k`` (", который видел удар из
        окна,"), when a speaker of a known type stands just before it; else None."""
        if k < 4 or toks[k].text != ",":
            return None
        for j in range(k - 2, max(0, k - 12), -1):
            if toks[j].text in ",.;:!?«»\"()":
                if toks[j].text != "," or toks[j + 1].low in _THAT_WORDS or not any(
                        p == "rel" for _e, p in self.lex.attribution.at(toks, j + 1)):
                    return None
                return j if self.lex.source_types.ending_at(toks, j, 4) or self._type_before_quote(toks, j) else None
        return None

    def _type_before_quote(self, toks, j: int) -> bool:
        """Does a source word end right before the quoted name that ends at ``j`` ("Громадська
        організація «Норд-Ост», яку ...")?"""
        if j < 3 or toks[j - 1].text not in ("»", '"'):
            return False
        o = next((i for i in range(j - 2, max(0, j - 9), -1) if toks[i].text in ("«", '"')), None)
        return o is not None and bool(self.lex.source_types.ending_at(toks, o, 4))

    def _relative_between(self, a: int, b: int) -> bool:
        """Does a relative clause open (", который", ", який", ", who") between tokens ``a`` and ``b``?"""
        toks = self._toks
        if toks is None:
            return False
        for k in range(max(a, 1), min(b, len(toks))):
            if toks[k - 1].text == "," and toks[k].low not in _THAT_WORDS | {"that"} and any(
                    p == "rel" for _e, p in self.lex.attribution.at(toks, k)):
                return True
        return False

    def _reporting(self, markers: list[Marker], k: int) -> Marker | None:
        """The speaker of a known type whose speech verb reports an untyped speaker's ("Governor X
        said relatives had reported 36 missing", "Мэр сообщил, что родственники заявили о 36
        пропавших"): the subject of the nearer verb follows the outer verb (and "that") at once."""
        m = markers[k]
        if k == 0 or m.kind != "verb" or m.type not in (None, "unknown", "eyewitness") or not m.ntok or m.ntok[1] > m.cue[0]:
            return None
        o = markers[k - 1]
        if o.kind != "verb" or not o.name or o.type in (None, "unknown", "eyewitness", "social_media") or not o.ntok or o.ntok[1] > o.cue[0]:
            return None
        toks = self._toks
        gap = [t for t in toks[o.cue[1] : m.ntok[0]]] if toks is not None else [None]
        if len(gap) > 2 or any(t.text != "," and t.low not in _THAT_WORDS | {"that"} for t in gap):
            return None
        return o

    def _calls_false(self, m: Marker) -> bool:
        """Does a postposed verb call what came before false ("..., МВД назвало «провокационными
        выдумками»": ``denial_call_verbs.txt`` and a word of ``denial_lie_words.txt`` a few words after
        it)? Its subject denies the figure, not tells it."""
        toks = self._toks
        if toks is None or m.cue[1] >= len(toks) or not word_list(self.lex.lang, "denial_call_verbs").at(toks, m.cue[0]):
            return False
        lies = word_list(self.lex.lang, "denial_lie_words")
        for k in range(m.cue[1], min(m.cue[1] + 6, len(toks))):
            if toks[k].kind == "n" or toks[k].text in ",;:.!?()—–":
                return False
            if lies.at(toks, k):
                return True
        return False

    def _says_its_own(self, m: Marker) -> bool:
        """Does a postposed speech verb take a "that" clause of its own ("..., прокуратура визнає, що
        частина заложників загинула", "..., the ministry admits that ...")? Then it does not report
        the figure before it."""
        toks = self._toks
        if toks is None or not m.ntok:
            return False
        k = max(m.cue[1], m.ntok[1])  # after the verb, and after its subject when inverted ("сообщила полиция")
        if k < len(toks) and toks[k].text == ",":
            k += 1
        if not (k < len(toks) and (toks[k].low in _THAT_WORDS or toks[k].low == "that")):
            return False
        return not (k + 1 < len(toks) and toks[k + 1].low in _POINTERS)  # "..., X said that it is slander": about the figure

    def _and_own_figure(self, m: Marker) -> bool:
        """Is the postposed speech verb's clause joined by "and" and does it give a figure of its own
        ("Троє померли згодом, і радянські газети писали про 19 жертв", "Three died later, and the
        papers wrote of 19")? Then it does not report the figure before it."""
        toks = self._toks
        if toks is None or not m.ntok:
            return False
        k = min(m.ntok[0], m.cue[0]) - 1
        if k > 0 and toks[k].low == "the":
            k -= 1
        if not (k > 0 and toks[k].low in _AND and toks[k - 1].text == ","):
            return False
        for j in range(max(m.cue[1], m.ntok[1]), len(toks)):
            if toks[j].text in _BOUND:
                return False
            if toks[j].kind == "n" or _figure_word(self.lex, toks[j]) or self.lex.vague.first(toks, j):
                return True
        return False

    def _contrast_with_own_say(self, qend: int, m: Marker) -> bool:
        """Does a contrast ("but", "но", "але") open the clause of the speech verb after a figure, the
        verb saying something of its own after it ("..., but the ministry said nobody was killed")?
        Then the speaker answers the figure and does not report it."""
        toks = self._toks
        if toks is None or m.cue[1] >= len(toks) or toks[m.cue[1]].kind != "w" or self.lex.lang == "kk":
            return False
        k = m.cue[1]
        while k < len(toks) and toks[k].kind == "w" and (_day_word(self.lex.lang, toks[k].low) or (self.times[0] and self._in_time(toks[k])) or (
                toks[k].text.islower() and len(toks[k].text) <= 3 and k + 1 < len(toks) and (
                    _day_word(self.lex.lang, toks[k + 1].low) or (self.times[0] and self._in_time(toks[k + 1]))))):
            k += 1  # "..., while 11 remain missing, the governor said on Monday": only the day after the verb
        if k >= len(toks) or toks[k].kind == "p" and toks[k].text in ".!?":
            return False
        return any(kind == "contrast" for _a, _b, kind in self.lex.connectives.find(toks, qend, m.ntok[0]))

    def _after_comma(self, k: int) -> bool:
        toks = self._toks
        if toks is None:
            return False
        k -= 1
        j = k
        while j > 0 and toks[j].kind == "w" and not self.lex.back_refs.ending_at(toks, j + 1, 3) and (_day_word(self.lex.lang, toks[j].low) or (
                self.times[0] and self._in_time(toks[j])) or (j < k and toks[j].text.islower() and len(toks[j].text) <= 3)):
            j -= 1  # "..., об этом в воскресенье сообщает X": the day between the pointer and the verb
        if j < k and (hits := self.lex.back_refs.ending_at(toks, j + 1, 3)):
            k = j
        if k > 0 and (hits := self.lex.back_refs.ending_at(toks, k + 1, 3)):
            k = hits[0][0] - 1  # "..., об этом говорят врачи": the pointer before the verb
        while k >= 0 and toks[k].low in _LEAD:  # ", the ministry said"
            k -= 1
        if k > 0 and toks[k].text in ('"', "»", "”"):  # '"...," said a lawyer'
            k -= 1
        if _speech_dash(toks, k + 1):  # "«...», — сказал очевидец": the dash of direct speech
            return True
        return k >= 0 and toks[k].text == ","

    # -- modality ---------------------------------------------------------------------------------
    def modality_cues(self, toks: Sequence[Token], paren: list[int], finds: dict | None = None) -> tuple:
        """Per sentence, once: the modality of each clause (split at contrasts: "but", "но") from
        cues outside parentheses, and of each parenthesis from the cues inside it. ``finds``:
        ``lex.sentence_matchers.find(toks)`` if known."""
        if finds is None:
            finds = {"connectives": self.lex.connectives.find(toks), "modality": self.lex.modality.find(toks)}
        contrasts = [a for a, _b, kind in finds["connectives"] if kind == "contrast"]
        seg: dict[int, str] = {}
        par: dict[int, str] = {}
        self._probable = []
        self._later_denials = []
        for a, b, mod in finds["modality"]:
            if mod in ("probable", "reported"):  # "probably", "якобы": only the figure in its own clause
                self._probable.append((a, mod == "probable"))
                continue
            if mod == "denied" and _denies_other(self.lex.lang, toks, a, b):
                self._later_denials.append((a, bisect.bisect_right(contrasts, a)))
                continue
            table, key = (par, paren[a]) if paren[a] >= 0 else (seg, bisect.bisect_right(contrasts, a))
            table[key] = _stronger(table.get(key, "asserted"), mod)
        self._mod_toks, self._mod_paren = toks, paren
        return contrasts, seg, par

    def modality(self, cues: tuple, q_start: int, q_end: int, paren: list[int]) -> tuple[str, bool]:
        """The modality over the figure (its clause, or a parenthesis right after it) and whether it
        comes from a parenthesis or from the writer's own doubt ("probably"): then no one else is
        the figure's unnamed source."""
        contrasts, seg, par = cues
        mod = seg.get(bisect.bisect_right(contrasts, q_start), "asserted")
        if any(a < q_start and key == bisect.bisect_right(contrasts, q_start) for a, key in self._later_denials):
            mod = _stronger(mod, "denied")  # "... and denied that 40 were killed": only a figure after the denial
        qp = paren[q_start] if q_start < len(paren) else -1
        if qp < 0:  # "4-5 людей (за не підтвердженою інформацією є загиблі)"
            qp = next((k for k in range(q_end, min(q_end + 3, len(paren))) if paren[k] >= 0), -1)
            qp = paren[qp] if qp >= 0 else -1
        pmod = par.get(qp, "asserted") if qp >= 0 else "asserted"
        own = False
        if mod == "asserted" and self._probable and (hedge := self._hedged_here(q_start, q_end, contrasts)):
            mod, own = "unconfirmed", hedge == "probable"
        best = _stronger(mod, pmod)
        return best, own or (best != "asserted" and best == pmod and mod != best)


    def _hedged_here(self, q_start: int, q_end: int, contrasts: list[int]) -> str | None:
        """Does a hedging adverb ("probably", "reportedly", "вероятно", "нібито") qualify this figure:
        in its clause with no comma, dash or other figure between, or opening the sentence
        ("Reportedly, 40 people ...")? Not a figure in another clause of the sentence ("X confirmed
        12 deaths, and that dozens more were probably killed"). "probable" (the writer's own doubt:
        "probably") or "reported" (hearsay: "reportedly", "якобы")."""
        toks = self._mod_toks
        seg = bisect.bisect_right(contrasts, q_start)
        for a, own in self._probable:
            if bisect.bisect_right(contrasts, a) != seg or _paren_of(self._mod_paren, a) != _paren_of(self._mod_paren, q_start):
                continue
            lo, hi = (q_end, a) if a >= q_end else (a + 1, q_start)
            if lo < hi and toks[lo].text == "," and lo == a + 1:
                lo += 1  # "вероятно, ранены 30": the adverb's own commas
            if lo < hi and toks[hi - 1].text == "," and hi == a:
                hi -= 1  # "30 человек, вероятно, ранены"
            between = toks[lo:hi]
            if a == 0 or not any(t.text in _CLAUSE or t.kind == "n" for t in between):
                return "probable" if own else "reported"
        return None


def initial_report(lang: str, m: Marker | None) -> bool:
    """Is ``m`` a first report ("Алғашқы мәліметтер бойынша", "initial reports", "Алғашында
    министрлік", ``initial_reports.txt``)? It tells of an earlier state: the next sentence does not
    go on with it (and an unnamed one reaches no figure after a ";": `Attributor.choose`)."""
    if m is None or not m.name:
        return False
    toks = tokenize(m.name, 0, 0, len(m.name))
    return bool(word_list(lang, "initial_reports").find(toks))


def _event_head(lang: str, toks, start: int, c: int) -> bool:
    """Is a colon lead-in a headline naming an event ("Ақтөбеде ҰҚК ғимаратында жарылыс: бір адам қаза
    тапты", "Взрыв в здании КНБ: ...")? Its head noun (last in Kazakh, first elsewhere) is an event
    word of ``event_kinds.txt``: no speaker."""
    words = [t for t in toks[start:c] if t.kind == "w"]
    if len(words) < 2:
        return False
    head = (words[-1] if lang == "kk" else words[0]).low
    return any(head.startswith(st) for st in _event_stems(lang))


_EVENT_STEMS: dict[str, tuple[str, ...]] = {}


def _event_stems(lang: str) -> tuple[str, ...]:
    got = _EVENT_STEMS.get(lang)
    if got is None:
        got = _EVENT_STEMS[lang] = tuple(k.lower() for k in langdata.load_map(lang, "event_kinds") if len(k) >= 4)
    return got


_AND = {"and", "и", "і", "та", "й", "а"}


def _denies_other(lang: str, toks, a: int, b: int) -> bool:
    """Is a denial verb a second predicate with an object of its own ("... said only 27 were
    detained and denied any beatings", "..., і заперечує побиття")? Then it denies no figure before it,
    only one after it ("... said 3 died and denied that 40 were killed"). Not "and denied this / it"
    (``denial_pointers.txt``: the figure before is what is denied)."""
    k = a - 1
    if lang == "kk":  # verb-final: "... мойындады және ұрып-соғуды жоққа шығарды" (its object before it)
        j = next((j for j in range(k - 1, max(0, k - 4), -1) if toks[j].low == "және"), None)
        return j is not None and all(t.kind == "w" or t.text == "-" for t in toks[j + 1 : a]) \
            and not any(word_list(lang, "denial_pointers").first(toks, i) for i in range(j + 1, a))
    if k < 1 or toks[k].low not in _AND or b >= len(toks):
        return False
    if toks[b].kind != "w":
        return toks[b].text == ","  # "і заперечує, що загинули 5"
    return toks[b].low == "the" or not word_list(lang, "denial_pointers").first(toks, b)


def _letterhead_head(words, text: str) -> bool:
    """Is ``words`` one capitalized word, the first word of the document ("Управление заявляет"
    under the letterhead "Управление общественного здравоохранения ...")? The letterhead itself
    must still name a typed body (`publisher_stems`)."""
    if len(words) != 1 or len(words[0].text) < 4 or not words[0].text[:1].isupper():
        return False
    head = text[:300].split(None, 1)
    return bool(head) and stem(head[0].lower()) == stem(words[0].low)


_OWNERS = ("official", "ngo", "company", "union", "opposition", "activist")


def _channel_owner(lang: str, toks, found: list, at: int) -> str | None:
    """The kind of the body or office whose channel a social-media word names ("глава Энского района
    в своём телеграм-канале", "Telegram-канал городской администрации", "police said in a Facebook
    post"): the speaker posts there, and is typed by what it is, not by where it posted; None for a
    channel of no known owner ("телеграм-канал «Вестник»", "residents on social media")."""
    owner = next((typ for _a, _b, typ in found if typ in _OWNERS), None)
    if owner is None and at > 1 and _place_title(lang, toks[:at]):
        owner = "official"  # "глава Энского района Иван Петренко в телеграм-канале"
    return owner


def _place_title(lang: str, toks) -> bool:
    """Does a title of the head of a territory (``source_place_titles.txt``: "глава", "head of")
    stand right before a capitalized name ("глава Удмуртии", "Head of Udmurtia")?"""
    titles = word_list(lang, "source_place_titles")
    for _a, b, _p in titles.find(toks):
        if b + 1 < len(toks) and toks[b].low == "the" and toks[_a + 1 : b] and toks[b - 1].low == "of":
            b += 1  # "the head of the Zorinsk region": the article before the territory's name
        if b < len(toks) and toks[b].kind == "w" and toks[b].text[:1].isupper():
            return True
    for a, _b, _p in word_list(lang, "source_place_possessive_titles").find(toks):
        if a and toks[a - 1].kind == "w" and toks[a - 1].text[:1].isupper() and toks[a - 1].low.endswith(("'s", "’s")):
            return True  # "Rivaland's head, Ivan Petrov", "Rivaland's leader Ivan Petrov": the head of a territory named before
    return False


def _stamp(lex: Lexicon, toks, a: int, c: int) -> bool:
    """Is ``toks[a:c]`` (before a colon) only a time stamp: a few words and numbers, a number last
    ("Update 26.09 13.00", "Обновление 26.09, 17:00"), no source word and nothing counted?"""
    span = toks[a:c]
    return 2 <= len(span) <= 6 and span[-1].kind == "n" and sum(t.kind == "w" for t in span) <= 2 \
        and not lex.source_types.find(toks, a, c) and not lex.measures.find(toks, a, c)


def _kk_name_end(lex: Lexicon, toks, s0: int, e: int) -> int:
    """Kazakh names end in their head ("Ресей Қорғаныс министрлігі"): lower-case words after the
    last source word of a known type, when a locative among them opens an adverbial phrase ("...
    министрлігі соққы мейрамханада жиналған"), are no part of the name."""
    typed = [y for _x, y, typ in lex.source_types.find(toks, s0, e) if typ != "unknown"]
    if not typed or typed[-1] >= e:
        return e
    end = typed[-1]
    rest = toks[end:e]
    if all(t.kind == "w" and t.text.islower() for t in rest) and any(
            t.low.endswith(_KK_LOCATIVE) or t.low.endswith(_KK_DATIVE) or t.low in _KK_AND for t in rest):
        return end  # "Бас прокурор төтенше жағдай режимі мен лаңкестікке қарсы ...": a dative or "and" opens the clause
    if word_list(lex.lang, "denial_pointers").starts_in(toks, end, e):
        return end  # "Облыс әкімдігі бұл сандарды асыра айтылған деп атап": the object pointed at is no part of the name
    return e


_KK_LOCATIVE = ("да", "де", "та", "те", "нда", "нде")
_KK_DATIVE = ("ға", "ге", "қа", "ке")
_KK_AND = frozenset({"мен", "пен", "бен"})
_KK_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")


_KK_POSSESSED = re.compile(r"[ыі](?:н|ның|нің|на|не|нда|нде|нан|нен)?$")  # a head with a possessive ending, maybe a case after it


def _kk_heads(toks, found: list) -> list:
    """Kazakh puts a possessor before its head, in the genitive ("бұрынғы әкімнің жақтастары": the
    mayor's supporters) or right before a head with a possessive ending ("журналистер
    қауымдастығы"): such a typed word with a typed head after it names no speaker (a platform stays:
    "Telegram арналары" are social media)."""
    out = []
    for k, (s, e, typ) in enumerate(found):
        later = [(s2, t) for s2, _e2, t in found[k + 1 :] if t != "unknown" and s2 >= e]
        gap = e + (e < len(toks) and toks[e].text in ("»", "”", '"'))  # «Шекарасыз дәрігерлер» халықаралық ұйымы: the name's quote closes
        if typ not in ("unknown", "social_media") and later and (toks[e - 1].low.endswith(_KK_GENITIVE) or (
                later[0][0] in (e, gap) and _KK_POSSESSED.search(toks[found[k + 1][1] - 1].low))):
            continue
        out.append((s, e, typ))
    return out



def _year_span(toks, k: int) -> bool:
    """Is token ``k`` the first year or the dash of a span of years ("1989—1990")?"""

    def year(i: int) -> bool:
        return 0 <= i < len(toks) and toks[i].kind == "n" and len(toks[i].text) == 4 and toks[i].text.isdigit()

    if toks[k].text in _DASH or toks[k].text == "-":
        return year(k - 1) and year(k + 1)
    return year(k) and k + 2 < len(toks) and (toks[k + 1].text in _DASH or toks[k + 1].text == "-") and year(k + 2)


def _decade(toks, k: int) -> bool:
    """Is the number at ``k`` a decade ("1990s", "1990-х", "1990-ті", "1990-жылдары")?"""
    t = toks[k]
    if not (len(t.text) == 4 and t.text.isdigit() and t.text.endswith("0") and t.text[:2] in ("18", "19", "20")) or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.start == t.end and nxt.low == "s":
        return True
    return nxt.text == "-" and k + 2 < len(toks) and toks[k + 2].low in ("х", "ті", "жылдары", "жылдардағы", "жылдарда")


def _in_name(toks, k: int) -> bool:
    """Is ``toks[k]`` part of a name: a short number glued to a capitalized word by an apostrophe or
    hyphen ("Хартия’97", "Channel-5"), or a doubled bracket of a wiki link ("[[", "]]")?"""
    t = toks[k]
    if t.text == "." and 0 < k < len(toks) - 1 and toks[k - 1].kind == "w" and toks[k + 1].kind == "w" \
            and toks[k - 1].end == t.start and t.end == toks[k + 1].start and 2 <= len(toks[k + 1].text) <= 4:
        return True  # a domain in an outlet's name: "«Заря.Ru»", "Вестнику.ру", "zarya.az"
    if t.text in ("[", "]"):
        return any(0 <= j < len(toks) and toks[j].text == t.text and (toks[j].end == t.start or t.end == toks[j].start) for j in (k - 1, k + 1))
    return t.kind == "n" and t.text.isdigit() and len(t.text) <= 4 and k > 1 and toks[k - 1].text in ("’", "'", "-") \
        and toks[k - 1].end == t.start and toks[k - 2].end == toks[k - 1].start and toks[k - 2].text[:1].isupper()


def _only_reports(lang: str, toks, span: tuple[int, int]) -> bool:
    """Is a subject only a word for reports or rumours ("Reports", "Слухи", ``report_nouns.txt``)?"""
    words = [k for k in range(*span) if toks[k].kind == "w"]
    return bool(words) and all(word_list(lang, "report_nouns").first(toks, k) for k in words)


def _paren_of(paren: list[int], k: int) -> int:
    return paren[k] if k < len(paren) else -1


_SCENE = _AT | {"in", "at", "в", "у"}


def _scene_clause(toks, start: int, c: int) -> bool:
    """A lead-in that sets a scene before the colon ("У Єревані озброєні люди захопили поліцейську
    частину: загинув 1", "In Yerevan gunmen seized a police station: ..."): a clause of what
    happened, no speaker."""
    words = [t for t in toks[start:c] if t.kind != "p"]
    return len(words) >= 4 and words[0].low in _SCENE and words[1].text[:1].isupper()


_DAY_WORDS: dict[str, frozenset[str]] = {}


def _day_word(lang: str, low: str) -> bool:
    """Is ``low`` a weekday or a part of the day ("вівторок", "вечером", "Tuesday"; ``time_weekdays.txt``,
    ``time_dayparts.txt``)?"""
    got = _DAY_WORDS.get(lang)
    if got is None:
        got = _DAY_WORDS[lang] = frozenset(k.lower() for k in langdata.load_map(lang, "time_weekdays")) | frozenset(
            row[0].lower() for row in langdata.load_table(lang, "time_dayparts") if row)
    return low in got


def _figure_word(lex: Lexicon, t: Token) -> bool:
    """A number word that is no article ("an eyewitness" is a name, "twelve people" is not)."""
    w = lex.number_word(t) if t.kind == "w" else None
    return bool(w and w[1] != "article")


_EN_PREPS = {"by", "on", "in", "at", "after", "during", "later", "within"}  # what opens an adverbial before a subject
_IN_ONE = {"at", "in", "from", "of", "в", "у", "из", "із", "з"}  # "at one hospital", "в одной больнице"


def _one(lex: Lexicon, t: Token) -> bool:
    """Is ``t`` the number word "one" ("one", "одной", "одній")?"""
    w = lex.number_word(t) if t.kind == "w" else None
    return bool(w and w[0] == 1 and w[1] != "article")


_SAID = {"said", "told", "wrote", "spoke", "gave", "put"}  # English past forms without "-ed": never a noun


def _past(t: Token) -> bool:
    """An English verb in the past ("confirmed", "said"): after "first" or "official" a speech
    verb, not a noun ("the first reports")."""
    return t.low.endswith("ed") or t.low in _SAID


def _adverb(t: Token) -> bool:
    return t.kind == "w" and t.text.islower() and t.text.endswith("ly") and len(t.text) > 4


def _stronger(a: str, b: str) -> str:
    rank = {"asserted": 0, "unconfirmed": 1, "denied": 2}
    return a if rank.get(a, 0) >= rank.get(b, 0) else b


_CLOSERS = {"«": "»", "“": "”", "„": "“”", '"': '"'}
_SPEECH_TAIL = ",.-–— \t"
_PUBLISHING = {"пишет", "пишут", "сообщает", "сообщают", "передает", "передаёт", "пише", "пишуть", "повідомляє", "повідомляють",
               "передає", "reports", "writes", "reported", "wrote"}
_CITING = {"со", "с", "з", "із", "зі", "по", "за", "citing"}  # "Заречье Медиа со ссылкой на МЧС": the outlet speaks, citing
_SPEAKING_PRONOUNS = {"он", "она", "оно", "они", "він", "вона", "воно", "вони", "he", "she", "they", "ол", "олар"}


def _open_quote(text: str, a: int, v: int) -> int:
    """Where the quotation still open at ``v`` (on the line from ``a``) opens, or -1."""
    seg = text[a:v]
    best = -1
    for ch, ends in _CLOSERS.items():
        if ch == '"':
            i = seg.rfind('"') if seg.count('"') % 2 else -1
        else:
            i = seg.rfind(ch)
            if i >= 0 and any(e in seg[i + 1 :] for e in ends if e != ch):
                i = -1
        best = max(best, i)
    return a + best if best >= 0 else -1


def _open_quote_above(text: str, a: int, v: int, lines: int = 3) -> int:
    """Where a quotation still open at ``v`` opens on one of the ``lines`` lines before the line from
    ``a`` (a speech in guillemets or curly quotes running over paragraphs: the opening mark starts its
    line, and no mark opens or closes between it and ``v``), or -1."""
    pa = a
    for _ in range(lines):
        if pa <= 0:
            return -1
        pa = text.rfind("\n", 0, pa - 1) + 1
        line = text[pa : text.find("\n", pa)]
        if not line.strip():
            continue
        lead = line.lstrip()
        seg = text[pa:v]
        for ch in ("«", "“"):
            if lead[:1] == ch and seg.count(ch) == 1 and not any(x in seg for x in _CLOSERS[ch]):
                return pa + line.index(ch)
        if any(ch in seg for ch in "«»“”\""):
            return -1
    return -1


_EN_PAST_IRREGULAR = frozenset({"went", "gave", "took", "held", "spoke", "made", "met", "put", "sent", "wrote", "came",
                                "told", "said", "issued", "began", "found", "led", "saw", "left", "brought", "read"})
_SPEECH_CLOSE = re.compile(r"(?:(?:[,.!?…]\s*|\s+)([-–—])\s*|(?<=\w)([-–—])\s+)(?=[a-zа-яёіїєґәғқңөұүһ])")


def _dash_speech(text: str, a: int, v: int, e: int, lang: str) -> int:
    """Where the closing dash of a direct speech with no quotation marks is, after ``v`` on the line
    ``a``..``e``, or -1: a line that opens with a dash and runs over several sentences ("– Роботи
    тривають. 1 потерпілий. Пошук триває, - повідомив начальник X"), or in Kazakh a paragraph of
    speech closed by "- деді X" / "- делінген хабарламада" (whose opening dash is often left out)."""
    line = text[a:e].lstrip()
    if not (line[:1] in "-–—" and line[1:2].isspace()) and lang != "kk":
        return -1
    for m in _SPEECH_CLOSE.finditer(text, v, e):
        d = m.start(1) if m.start(1) >= 0 else m.start(2)
        tail = text[d:e].rstrip()
        if len(tail) > 160 or any(tail[i] in ".!?" and tail[i + 1 :].strip() for i in range(len(tail) - 1) if tail[i + 1].isspace()):
            continue  # "Бұл – қысқа мерзімде ...": a dash inside the speech, not the tail that closes the paragraph
        seg = text[v:d]
        if seg.count("«") != seg.count("»") or seg.count("“") != seg.count("”") or seg.count('"') % 2:
            return -1  # a quotation open across the figure
        o = max(seg.rfind("«"), seg.rfind("“"), seg.rfind('"') if seg.count('"') else -1)
        if o >= 0 and seg.rstrip(" ,")[-1:] in "»”\"" and (v + o == 0 or text[: v + o].rstrip()[-1:] in ".!?:\n" or not text[: v + o].strip()):
            return -1  # «...», - деді ол: a quotation of its own, opening a sentence, after the figure's sentence
        return d
    return -1


def _line_end(text: str, v: int) -> int:
    e = text.find("\n", v)
    return len(text) if e < 0 else e


def _genitive_chain(toks, b: int) -> bool:
    """Are the words after ``toks[b]`` up to a source word only lowercase or capitalized words
    (no punctuation, figure or verb-like break): "голова Заріченської обласної військової адміністрації"?"""
    return all(t.kind == "w" for t in toks[b : b + 5])


def _straight_open(toks, k: int) -> int | None:
    """The opening straight quote of a short quoted name that the one at ``k`` closes ('"Зоря"'):
    one to five words between, the first capitalised; None for anything else (a quoted statement)."""
    for j in range(k - 1, max(-1, k - 7), -1):
        if toks[j].text == '"':
            return j if j < k - 1 and toks[j + 1].text[:1].isupper() else None
        if toks[j].kind != "w":
            return None
    return None


def _quoted_only(toks, span: tuple[int, int]) -> bool:
    """Is the name at ``span`` a quoted title alone («Вестнику», "«Вестнику»")?"""
    a, b = span
    if b - a >= 3 and toks[a].text in _QUOTES and toks[b - 1].text in _QUOTES:
        return True
    return a > 0 and b < len(toks) and toks[a - 1].text in _QUOTES and toks[b].text in _QUOTES


def _named_before(attr, text: str, o: int, toks) -> Marker | None:
    """The last source named in the 400 characters before a quotation opening at ``o``."""
    state = (attr._toks, attr._paren, attr._starts_of)
    try:
        lo = max(0, o - 400)
        lo = text.find(" ", lo) + 1 if lo else 0
        back = tokenize(text, 0, lo, o)
        said = [mk for mk in attr.markers(back, text) if mk.name and mk.kind in ("pre", "verb", "post", "colon")
                and back[mk.ntok[0]].low not in _SPEAKING_PRONOUNS] if back else []
        if said and said[-1].type == "media" and (body := [mk for mk in said if mk.type not in (None, "unknown", "media")]) \
                and back[body[-1].ntok[0]].start >= text.rfind("\n", 0, said[-1].span[0]):
            return body[-1]  # "X ЖШС растады, деп хабарлайды Y.KZ тілшісі. ... – делінген хабарламада": the body's statement
        return said[-1] if said else None
    finally:
        attr._toks, attr._paren, attr._starts_of = state


def _statement_only(c) -> bool:
    """Is the claim's source name only a word for a statement ("публикации", "повідомленні")?"""
    name = c.source.name if c.source is not None else ""
    return bool(name) and " " not in name.strip() and bool(word_list(c.lang, "quote_statements").starts_in(tokenize(name), 0, 1))


def quote_speakers(text: str, claims, attr_of) -> None:
    """A figure inside a quotation with no source, whose speaker is named after the quotation closes
    ("«Погибли трое. Пожар потушен», — написал он", "«...», — деді министр", '"...," the mayor
    said'): the speaker of the closing ", — X said" is its source, however many sentences the
    quotation holds (``attr_of(lang)``: the language's `Attributor`). A "he said" speaks for the
    last source named before the quotation."""
    from ..model import Source

    order = sorted((c for c in claims if c.value_span), key=lambda c: c.value_span[0])
    named: list[tuple[int, object]] = []  # (position, source) of the claims with a named source
    for c in order:
        v = c.value_span[0]
        if c.source is not None and not _statement_only(c):
            named.append((v, c.source))
            a = text.rfind("\n", 0, v) + 1
            if not (c.source.span and c.source.span[1] <= a and text[a:v].lstrip()[:1] in "-–—" and c.citation is None
                    and c.modality != "denied" and _dash_speech(text, a, v, _line_end(text, v), c.lang) >= 0):
                continue  # (a source carried from the lines before gives way to the speaker of a dash-opened speech)
        if c.citation is not None or c.source_type not in (None, "author") or c.modality == "denied":
            continue
        a = text.rfind("\n", 0, v) + 1
        e = text.find("\n", v)
        e = len(text) if e < 0 else e
        o = _open_quote(text, a, v)
        dashed = o < 0 and (o := _dash_speech(text, a, v, e, c.lang)) >= 0
        if o < 0:
            o = _open_quote_above(text, a, v)  # «...\n... 7 поранені. ...», – вважає X: a quotation over paragraphs
        if o < 0:
            continue
        if dashed:
            close = o
            o = a
        else:
            ends = _CLOSERS[text[o]]
            close = min((i for i in (text.find(x, v, e) for x in ends) if i >= 0), default=-1)
        if close < 0 or close - o > 1200:
            continue
        k = close + 1
        while k < e and text[k] in _SPEECH_TAIL:
            k += 1
        if k >= e or not (dashed or any(d in text[close + 1 : k] for d in "-–—") or text[close - 1] in ",!?"):
            continue  # only the dash of direct speech («...», — сказал он) or a comma closing it ("...," he said)
        end = k
        while end < e and end - k < 240 and not (text[end] in ".!?" and (end + 1 >= e or text[end + 1].isspace())):
            end += 1
        attr = attr_of(c.lang)
        toks = tokenize(text, 0, close - (text[close - 1] in ",!?"), end)
        if dashed and toks and toks[0].start == close:
            toks.insert(0, Token(",", close, close))  # "Пошук триває- повідомив X": the comma of direct speech, left out
        q = next((i + 1 for i, t in enumerate(toks) if t.start == close and t.text != ","), 0)
        if not q or len(toks) < q + 2:
            continue
        state = (attr._toks, attr._paren, attr._starts_of)
        try:
            markers = attr.markers(toks, text)
            m = attr.choose(markers, q, q)
            if m is None:  # "…», - делінген X хабарламасында": the statement's author, named after the quotation
                m = next((mk for mk in markers if mk.kind == "post" and mk.name and mk.ntok and q <= mk.ntok[0] <= q + 3), None)
            pron = any(t.low in _SPEAKING_PRONOUNS for t in toks[q : q + 5]) or any(
                mk.kind == "pronoun" and mk.cue[0] <= q + 4 for mk in markers)  # "— деп мәлімдеді ведомстводан": the body named before
            before = _named_before(attr, text, o, toks) if pron else None
        finally:
            attr._toks, attr._paren, attr._starts_of = state
        if m is not None and m.name and m.ntok and toks[m.ntok[0]].low in _SPEAKING_PRONOUNS:
            m, pron = None, True  # "— написав він у телеграмі": the one named before
        said_in = word_list(attr.lex.lang, "quote_statements")
        if (m is None or not m.name or (m.ntok and m.ntok[1] - m.ntok[0] <= 2 and said_in.first(toks, m.ntok[1] - 1))) \
                and not pron and any(said_in.first(toks, j) for j in range(q, min(len(toks), q + 6))):
            m, pron = None, True  # "— йдеться в повідомленні", "— говорится в публикации": the body named before speaks
            before = _named_before(attr, text, o, toks)
        if m is not None and m.name and m.kind != "pronoun":
            typ = m.type or "unknown"
            if typ == "unknown" and m.span:
                typ = attr.typed_mention(text, m.name, m.span[0]) or typ  # "— написал Петров" after "мэр Иван Петров"
            c.source, c.source_type = Source(m.name, typ, m.span), None
        elif pron and before is not None:
            c.source, c.source_type = Source(before.name, before.type or "unknown", before.span), None
        elif pron:
            ante = [s for p, s in named if p < o]
            if ante:
                c.source, c.source_type = ante[-1], None
