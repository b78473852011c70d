"""Denials and rumours: a sentence that doubts, denies or re-sources the figures of the sentence before
it ("власти эти сообщения опровергли", "The ministry rejected the claim"), a rumour and its denier in
one sentence (two claims: the rumour, unconfirmed, from whoever spread it; the denial from the
denier), and the hedges and back-references they rest on. Used by `ClaimExtractor`."""

from __future__ import annotations

import dataclasses

from ..model import Claim, Source, stable_id
from ._voice import word_list, zero_matcher
from .attribution import Attributor, Marker, _quoted_only
from .grammar import PhraseMatcher, tokenize
from .rules import Rules

#: what may stand before a chronology entry's first sentence: marks, a clock time ("**12:20** —")
_ENTRY_MARKS = " \t*_#-—–0123456789:."


def _hedge(out: list[Claim], target, pi: int, text: str, s0: int, s1: int, rules: Rules) -> None:
    """A short figure-less sentence that doubts the one before ("Steppe Wire could not confirm
    their authenticity", "Підтверджень цьому немає") makes its asserted claims unconfirmed."""
    if target is None or target[0] != pi or s1 - s0 > 240:
        return
    if any(q in text[s0:s1] for q in "«“\""):
        return  # the hedge is about a quoted claim of its own ("a version of «a few dead» no one confirmed")
    toks = tokenize(text, 0, s0, s1)
    if not any(mod == "unconfirmed" for _a, _b, mod in rules.lex.modality.find(toks)):
        return
    for c in out[target[1] : target[2]]:
        if c.modality == "asserted" and c.citation is None:
            c.modality = "unconfirmed"


def _back_source(out: list[Claim], target, pi: int, text: str, s0: int, s1: int, attr: Attributor, opening: bool = False) -> None:
    """A short figure-less sentence that points back and names a source ("Такие данные привел
    замминистра МЧС", "Об этом сообщает СК", "The figures were given by the ministry") is the source
    of the claims of the sentence before it that have none. ``opening``: a sentence with figures of
    its own, whose pointer opens it ("Про це повідомив штаб, уточнивши, що серед загиблих троє дітей")."""
    if target is None or target[0] != pi or s1 - s0 > 240:
        return
    toks = tokenize(text, 0, s0, s1)
    back = attr.lex.back_refs.find(toks)
    if opening:
        back = [x for x in back if x[0] == 0]
    if not back or _denying(attr, toks):
        return  # "The party ... says that the figures of the authorities are lie": a denier is no source
    state = (attr._toks, attr._paren)
    try:
        markers = attr.markers(toks, text)
    finally:
        attr._toks, attr._paren = state
    m = next((u for u in (_unpoint(attr, toks, text, mk, back) for mk in markers) if u is not None), None)
    if m is None:
        return
    for c in out[target[1] : target[2]]:
        if c.source is None and c.citation is None and c.source_type in (None, "author"):
            c.source, c.source_type = Source(m.name, m.type or "unknown", m.span), None


def closing_credit(out: list[Claim], target, pi: int, text: str, s0: int, s1: int, attr: Attributor, markers=None, toks=None) -> None:
    """A paragraph's last sentence that ends with a postposed credit (", сообщает Заря.", ", the
    ministry said.") credits the claims before it in the paragraph that name no source ("Погибли
    пять человек. Спасатели продолжают поиски, сообщает Заря.")."""
    if target is None or target[0] != pi or s1 - s0 > 400:
        return
    if toks is None:
        toks = tokenize(text, 0, s0, s1)
    if markers is None:
        state = (attr._toks, attr._paren)
        try:
            markers = attr.markers(toks, text)
        finally:
            attr._toks, attr._paren = state
    named = [m for m in markers if m.name or m.kind == "impersonal"]
    if len(named) != 1 or _denying(attr, toks):
        return
    m = named[0]
    e = len(toks)
    while e > 0 and toks[e - 1].kind == "p":
        e -= 1
    if m.kind != "verb" or not m.ntok or m.rumour or m.type == "social_media":
        return
    after = m.ntok[0] >= m.cue[1] and m.ntok[1] >= e and m.cue[0] > 0 and toks[m.cue[0] - 1].text == ","  # ", сообщает Заря."
    k = m.ntok[0] - 1
    while k > 0 and toks[k].low in ("the", "a", "an"):
        k -= 1
    before = m.ntok[1] <= m.cue[0] and k >= 0 and toks[k].text == "," and m.cue[1] >= e - 2  # ", the ministry said."
    if not (after or before):
        return
    for c in out[target[1] : target[2]]:
        if c.source is None and c.citation is None and c.source_type in (None, "author"):
            c.source, c.source_type = Source(m.name, m.type or "unknown", m.span), None


def pointer_source(text: str, s0: int, s1: int, attr: Attributor) -> Marker | None:
    """The source a short figure-less sentence that opens by pointing back names ("Об этом сообщил
    глава района", "Про це повідомляє ДСНС", "This was reported by the ministry", "Бұл туралы
    министрлік хабарлады"); None for any other sentence, a denial, or a pointer naming no one."""
    if s1 - s0 > 240:
        return None
    toks = tokenize(text, 0, s0, s1)
    lead = 0
    if len(toks) > 2 and toks[0].low == "date" and toks[1].kind == "n":
        lead = 1  # the page's own stamp before it: "date 2001-01 Про це повідомляє X."
        while lead < len(toks) and toks[lead].kind != "w":
            lead += 1
    back = [x for x in attr.lex.back_refs.find(toks) if x[0] <= 1 + lead]
    if not back or _denying(attr, toks):
        return None
    state = (attr._toks, attr._paren)
    try:
        markers = attr.markers(toks, text)
    finally:
        attr._toks, attr._paren = state
    return next((u for u in (_unpoint(attr, toks, text, mk, back) for mk in markers) if u is not None and not u.rumour), None)


def _denying(attr: Attributor, toks) -> bool:
    """Does a sentence deny or call false what it points back at ("says that the figures are lie")?"""
    return any(mod == "denied" for _a, _b, mod in attr.lex.modality.find(toks)) or bool(attr.lex.denial_refs.find(toks))


def _letterhead_of(text: str, attr: Attributor) -> tuple[frozenset[str], str]:
    """Words and source type of a document's first line ("ArcelorMittal Temirtau JSC" -> company)."""
    a = len(text) - len(text.lstrip())
    b = text.find("\n", a)
    line = text[a : (len(text) if b < 0 else b)][:200]
    toks = tokenize(line)
    return frozenset(t.low for t in toks if t.kind == "w"), attr._type_of(toks, default="")


def _denial_echo(doc_id: str, out: list[Claim], target, pi: int, toks, text: str, attr: Attributor, refs=None) -> None:
    """A denial pointing back at figures just stated ("the ministry dismissed them", "влада їх
    спростувала", "Әкімдік бұл ақпаратты жоққа шығарды") adds a denied claim of each of them, with
    the denier as source; the statement denied, if the clause made it denied, becomes unconfirmed.
    ``refs``: ``denial_refs.find(toks)`` if known."""
    if target is None or target[0] != pi:
        return
    if refs is None:
        refs = attr.lex.denial_refs.find(toks)
    zero = None
    if not refs:
        refs = _called_lie(attr.lex.lang, toks)
    if not refs:
        refs, zero = _zero_cue(attr.lex.lang, toks)
        if not refs:
            return
    a, b, _p = refs[0]
    cue_start = toks[a].start
    denied = [c for c in out[target[1] : target[2]] if c.value_span and c.value_span[1] <= cue_start and c.rule != "denial+echo"
              and (zero is None or (c.measure == zero and c.modality == "unconfirmed" and c.value == 1))]
    if not denied:
        return
    if all(c.span[1] <= toks[0].start for c in denied) and _own_amount(attr, toks, a):
        return  # 'A group said "dozens" of its fighters were ready; officials dismissed the claim': its own claim
    ntok = attr._backward(toks, _said_before(attr, toks, a), appositions=False) or _after_relative(attr, toks, a)
    if ntok is not None:  # "a figure the government called ...": the name after the pointer word
        ana = [e for _s, e, _p2 in attr.lex.anaphora.find(toks, ntok[0], ntok[1])]
        if ana and ana[-1] < ntok[1]:
            ntok = (ana[-1], ntok[1])
    if ntok is not None:
        ntok = _after_quote(toks, ntok)
    if ntok is not None and attr.lex.lang in ("ru", "uk", "kk"):  # "В Минобороны Украины это заявление назвали ложью"
        ptr = word_list(attr.lex.lang, "denial_pointers")
        cut = next((k for k in range(ntok[0] + 1, ntok[1]) if toks[k].text.islower() and ptr.first(toks, k)), None)
        ntok = (ntok[0], cut) if cut is not None else ntok
    if ntok is not None:  # "Сообщения о 40 погибших в МВД назвали фейком": the denier after the counted noun
        ends = [c.span[1] for c in denied if c.span[0] < toks[ntok[1] - 1].end and toks[ntok[0]].start < c.span[1]]
        if ends:
            k = next((k for k in range(ntok[0], ntok[1]) if toks[k].start >= max(ends)), ntok[1])
            ntok = (k, ntok[1]) if k < ntok[1] else None
    if ntok is not None and ntok[1] - ntok[0] >= 3 and toks[ntok[0]].low in ("a", "an") and toks[ntok[0] + 1].text.islower() \
            and toks[ntok[0] + 2].text[:1].isupper():
        ntok = (ntok[0] + 2, ntok[1])  # "..., a version Kyiv rejects": the denier after the pointer noun
    m = attr._named(toks, text, (a, b), "verb", ntok) if ntok else None
    if (m is None or m.type in (None, "unknown")) and attr.lex.lang == "kk" and a > 2 and (head := attr._opening_subject(toks, a)):
        m = attr._named(toks, text, (a, b), "verb", head)  # verb-final: "Министрлік ... деген сыбысты жоққа шығарған"
    if m is not None and m.kind != "verb":
        m = None
    if m is not None and m.type in (None, "unknown") and m.span and (typ := attr.typed_mention(text, m.name, m.span[0])):
        m.type = typ  # "Садовий назвав ці повідомлення неправдивими" after "міський голова Андрій Садовий"
    if m is not None and m.span and any(c.span[0] < m.span[1] and m.span[0] < c.span[1] for c in denied):
        m = None  # "Сообщения о 50 погибших назвали ложью": the counted noun is no denier
    if zero is None and not word_list(attr.lex.lang, "denial_pointers").find(toks, a, b) and _pointer_before(attr.lex.lang, toks, a) is None:
        # (a pointer just before the verb, "слухи о ...; в МВД эти разговоры назвали «ложью»", points back: two claims)
        denied = [c for c in denied if not _denies_itself(c, m, toks[0].start)]
    elif m is None:  # "Министерство опровергает сведения о ...: эти данные не соответствуют действительности": said again
        denied = [c for c in denied if not (c.modality == "denied" and c.span[0] >= toks[0].start and c.source is not None
                                            and c.source.type != "social_media")]
    if not denied:
        return
    lo = m.span[0] if m is not None and m.span else cue_start
    hi = toks[b - 1].end
    if b < len(toks) and toks[b - 1].text == '"' and toks[b].kind == "w":
        hi = toks[b].end
    if all(c.span[1] <= toks[0].start for c in denied):
        _counter_kept(out, target, toks, attr, b - 1)
    hedges = _claim_verbs(attr.lex.lang)
    for c in denied:
        if c.modality == "asserted" and c.source is not None and c.source.span and c.span[1] <= toks[0].start and (
                (hedges and _alleged(text, c, hedges)) or (_other_voice(c, m) and (_quoted(text, c) or _citing(attr, text, c)))):
            # a denial in the next sentence ('... claimed 40, a figure the government called fake' stands)
            c.modality = "unconfirmed"  # 'X claimed that "more than 40" had died. The ministry dismissed that figure'
        if c.modality == "asserted" and m is not None and c.source is not None and c.span[0] >= toks[0].start \
                and c.source.type != "author" and (c.source.span is None or m.span is None or c.source.span[0] != m.span[0]):
            c.modality = "unconfirmed"  # "TV reports that 15 died, a version Kyiv rejects": a version called false is unconfirmed
        if c.modality == "denied" or (c.modality == "asserted" and c.source is not None and c.source.type == "social_media"):
            c.modality = "unconfirmed"  # what circulates on social media and is then denied is a rumour
            if c.source is not None and m is not None and c.source.span and m.span and c.source.span[0] < m.span[1] \
                    and m.span[0] < c.source.span[1]:
                c.source, c.source_type = None, "unknown"  # "слухи о ...; в МВД эти разговоры назвали «ложью»": the denier spread nothing
            if c.source is None and c.source_type == "author":
                c.source_type = "unknown"  # "ходили слухи о десяти погибших; власти их опровергли": no one named
        out.append(dataclasses.replace(
            c, id=stable_id("c", doc_id, (lo, hi), c.measure, c.value), span=(lo, hi), quote=text[lo:hi],
            modality="denied", source=Source(m.name, m.type or "unknown", m.span) if m is not None else None,
            source_type=None if m is not None else "author", citation=None, rule="denial+echo"))


def _other_voice(c: Claim, m: Marker | None) -> bool:
    """Is a claim of the sentence before a denial another speaker's than the denier's ("Опозиційні
    депутати говорять про «трьох загиблих». МВС назвало ці дані брехнею", "Ресей БАҚ ... деп жазды.
    Бас штаб бұл ақпаратты жалған деп атады")? Quoted and called false, it is unconfirmed (devset18-19
    gold); an official finding that others reject stays asserted."""
    if m is None or c.source is None or c.source.type in ("author", None):
        return False
    return not (c.source.span and m.span and c.source.span[0] < m.span[1] and m.span[0] < c.source.span[1]) \
        and c.source.name.strip().lower() != (m.name or "").strip().lower()


def _citing(attr: Attributor, text: str, c: Claim) -> bool:
    """Does the speaker pass on a figure citing others ("Радио Свобода со ссылкой на источники сообщила,
    что погибли 50", "дереккөздерге сілтеме жасап", ``cite`` of ``attribution.txt``)? Hearsay a denial
    then calls false is unconfirmed (devset22 gold), as a quoted figure is."""
    if c.source is None or not c.source.span or c.source.span[1] > c.value_span[0] or c.value_span[0] - c.source.span[0] > 240:
        return False
    toks = tokenize(text, 0, c.source.span[0], c.value_span[0])
    return any(p == "cite" for _a, _b, p in attr.lex.attribution.find(toks))


def _quoted(text: str, c: Claim) -> bool:
    """Is a claim's figure inside quotation marks, its speaker's own words ("говорять про «трьох
    загиблих»", 'write "three dead"')?"""
    a = c.value_span[0]
    seg = text[max(c.source.span[1] if c.source and c.source.span and c.source.span[1] <= a else 0, a - 160) : a]
    return seg.rfind("«") > seg.rfind("»") or seg.rfind("“") > seg.rfind("”") or seg.count('"') % 2 == 1


def _echo_target(out: list[Claim], first: int, before, pi: int, toks, refs, pointer=None) -> tuple | None:
    """The claims a denial in a sentence with figures points back at: its own before the denial
    ("X said 2 were hurt; police denied the report"), else, when the sentence opens with the denial
    ("Эти сведения ошибочны: обратился 1 человек"), those of the sentence before (``before``)."""
    if len(out) <= first:
        return before
    # (Kazakh is verb-final: "Әкімдік бұл сандарды асыра айтылған деп атап, ...": the cue opens with its pointer)
    pointed = bool(refs) and pointer is not None and refs[0][0] <= 6 and pointer.first(toks, refs[0][0]) is not None
    if refs and before is not None and before[0] == pi and (refs[0][0] <= 3 or pointed):
        end = refs[0][1]
        stops = (":", ";", ".", "—", "–", ",") if pointed else (":", ";", ".", "—", "–")
        # "МВС назвало ці дані брехнею і наполягає, що загинула одна людина": a second predicate, the denier's own figure
        stop = next((k for k in range(end, len(toks)) if toks[k].text in stops or (toks[k].low in _AND and k + 1 < len(toks)
                                                                                  and toks[k + 1].kind == "w")), None)
        if stop is not None and not any(c.value_span and c.value_span[0] <= toks[stop].start for c in out[first:]):
            return before  # the denial's clause ends before the sentence's own figures
    return (pi, first, len(out))


def _denial_target(target, pi: int, text: str, para, s0: int) -> bool:
    """May a figure-less sentence deny the claims of the sentence before it (``target``)? In the
    same paragraph, or opening the next one right after it (a chronology's next entry: "**12:20** —
    Речник ... назвав заяву Міноборони брехнею")."""
    if target[0] == pi:
        return True
    return target[0] == pi - 1 and para is not None and not text[para[0] : s0].strip(_ENTRY_MARKS)


def _denies_itself(c: Claim, m: Marker | None, s0: int) -> bool:
    """Is a denied claim of this sentence already the denial, the denial word pointing at nothing
    ("Слухи о сотнях погибших ГКНБ назвал ложью": one claim; not "власти эти сообщения
    опровергли", ``denial_pointers.txt``)? Then the denial word adds no second claim; an unnamed denier of the claim
    becomes the one named before the denial word."""
    if c.modality != "denied" or c.span[0] < s0 or (c.source is not None and c.source.type == "social_media"):
        return False
    if c.source is None:
        if m is not None and c.source_type in (None, "author"):
            c.source, c.source_type = Source(m.name, m.type or "unknown", m.span), None
        return True
    return m is None or bool(c.source.span and m.span and c.source.span[0] < m.span[1] and m.span[0] < c.source.span[1])


def _after_quote(toks, ntok: tuple[int, int]) -> tuple[int, int] | None:
    """A name that starts inside a quotation closed before the denier ("о «сотнях погибших
    пограничников» ГКНБ Кыргызстана назвал"): the words after the closing quote."""
    a, b = ntok
    for k in range(b - 1, a - 1, -1):
        if toks[k].text in ("»", "”") and not any(t.text in ("«", "“") for t in toks[a:k]):
            return (k + 1, b) if k + 1 < b else None
    return ntok


def _said_before(attr: Attributor, toks, a: int) -> int:
    """Where the denier's name ends when a speech verb stands between it and the denial ("the
    prosecutor's office said the report was untrue", "МВС заявило, що загиблих немає"): the start of
    the verb; else ``a``."""
    k = a
    if k > 0 and toks[k - 1].low in _THAT:
        k -= 1
    if k > 0 and toks[k - 1].text == ",":
        k -= 1
    for s, kind in attr.lex.attribution.ending_at(toks, k, 3):
        if kind in ("verb", "typed_verb") and s > 0:
            return s
    return a


_THAT = {"that", "что", "що"}
_AND = {"and", "и", "і", "та", "й", "but", "но", "але", "а"}  # a second predicate after a denial: "... брехнею і наполягає"


def _counter_kept(out: list[Claim], target, toks, attr: Attributor, a: int) -> None:
    """A denial of the sentence before plus the denier's own figure in a second predicate ("МВС назвало
    ці дані брехнею і наполягає, що загинула одна людина"): the denial goes to the rumour, the
    counter-figure stays asserted (unless a denial cue of its own stands in its clause)."""
    stop = next((k for k in range(a + 1, len(toks)) if toks[k].low in _AND or toks[k].text in (":", ";")), None)
    if stop is None:
        return
    cues = [k for k, _e, mod in attr.lex.modality.find(toks, stop, len(toks)) if mod == "denied"]
    for c in out[target[2]:]:
        if c.modality == "denied" and c.rule != "denial+echo" and c.value_span and c.span[0] >= toks[0].start \
                and c.value_span[0] > toks[stop].start and not any(toks[k].start < c.value_span[0] for k in cues):
            c.modality = "asserted"


def _after_relative(attr: Attributor, toks, a: int) -> tuple[int, int] | None:
    """The denier between a relative pronoun and the denial ("..., что МЧС назвало слухами",
    "..., which the ministry called lies"): its token span, or None."""
    for j in range(a - 1, max(-1, a - 6), -1):
        if toks[j].kind != "w":
            return None
        hit = attr.lex.attribution.first(toks, j)
        if hit and hit[1] == "rel" and hit[0] < a:
            return (hit[0], a) if all(t.kind == "w" for t in toks[hit[0] : a]) else None
    return None


def _called_lie(lang: str, toks) -> list:
    """A verb of calling and a word for a lie a few words after it, with the thing called between
    ("назвав заяву Міноборони Росії брехнею", "назвал заявление штаба ложью", "called the ministry's
    statement a lie"; ``denial_call_verbs.txt``, ``denial_lie_words.txt``): the cue, as a
    ``denial_refs`` hit, or none. No figure, clause mark or other verb of calling between."""
    verbs = word_list(lang, "denial_call_verbs").find(toks)
    if not verbs:
        return []
    lies = word_list(lang, "denial_lie_words")
    if lang == "kk":  # verb-final: "Әкімдік бұл мәліметтерді жалған деп атады"
        return _called_lie_before(lang, toks, verbs, lies)
    for a, b, _p in verbs:
        for k in range(b, min(b + 7, len(toks))):
            t = toks[k]
            if t.kind == "n" or t.text in ",;:.!?()—–":
                break
            hit = lies.first(toks, k)
            if hit is not None:
                if k == b and (p := _pointer_before(lang, toks, a)) is not None:
                    return [(p, hit[0], "denied")]  # "эту версию называют неправдивой": the thing called before the verb
                return [(a, hit[0], "denied")] if k > b else []
    return []


def _pointer_before(lang: str, toks, a: int) -> int | None:
    """A pointer opening the thing called just before a verb of calling ("эту версию называют",
    "цю версію називають", ``denial_pointers.txt``): where it starts, or None. At most two words
    after it, none a figure or clause mark."""
    if lang not in ("ru", "uk"):
        return None
    ptr = word_list(lang, "denial_pointers")
    for k in range(a - 1, max(-1, a - 4), -1):
        if toks[k].kind != "w":
            return None
        if ptr.first(toks, k) is not None:
            return k
    return None


def _called_lie_before(lang: str, toks, verbs, lies) -> list:
    """`_called_lie` where the word for a lie comes right before the verb of calling and the thing
    called before it, opened by a pointer ("бұл деректерді жалған деп атады", ``denial_pointers.txt``):
    the cue from the pointer to the verb."""
    ptr = word_list(lang, "denial_pointers")
    for a, b, _p in verbs:
        e = a
        while e > 0 and toks[e - 1].text in _QUOTES:
            e -= 1  # "бұл хабарды «өтірік» деп атады": the word for a lie in quotes
        for s, _lie in lies.ending_at(toks, e, 3):
            s -= s > 0 and toks[s - 1].text in _QUOTES
            for k in range(s - 1, max(-1, s - 8), -1):
                if toks[k].text == ",":
                    continue  # "бұл мәліметті құжатпен расталмаған, шындыққа жанаспайды деп атады": two words for it
                if toks[k].kind != "w":
                    break
                if ptr.first(toks, k):
                    return [(k, b, "denied")]
    return []


_QUOTES = frozenset('«»"“”„\'')


def _zero_cue(lang: str, toks) -> tuple[list, str | None]:
    """A statement that no one was killed ("загиблих немає", "Погибших нет", "no one was killed",
    ``denial_zero.txt``) after a rumour of one death denies it (devset6-8 gold: the singular rumour
    and its denial are both the value 1): the cue as a ``denial_refs`` hit, and the measure."""
    hits = zero_matcher(lang).find(toks)
    if not hits:
        return [], None
    a, b, measure = hits[0]
    return [(a, b, "denied")], measure


def _claim_verbs(lang: str) -> PhraseMatcher:
    """Speech verbs that present a statement as an allegation ("claimed", "утверждали"): one that a
    denial then answers is ``unconfirmed`` (``denial_hedges.txt``)."""
    return word_list(lang, "denial_hedges")


def _alleged(text: str, c: Claim, hedges: PhraseMatcher) -> bool:
    """Does the speech verb between a claim's source and its figure allege ("X claimed that 40 ...")?"""
    a, b = c.source.span[1], c.value_span[0]
    if not 0 <= b - a <= 200:
        return False
    return bool(hedges.find(tokenize(text, 0, a, b)))


def _states_count(toks, ntok: tuple[int, int], rules: Rules) -> bool:
    """The text before a colon holds a figure and a trigger: a statement ("Судьба еще 20 человек
    остается неизвестной: ..."), not a speaker's name ("МВД: ...")."""
    a, b = ntok
    return any(t.kind == "n" or rules.lex.number_word(t) for t in toks[a:b]) and any(
        trig.measure != "none" for _i, _j, trig in rules.lex.measures.find(toks, a, b))


def _rumour_denied(doc_id: str, out: list[Claim], first: int, toks, text: str, attr: Attributor) -> int:
    """A denial that names where the rumour it denies spread ("Пушилин опроверг сообщения
    телеграм-каналов о «более чем сотне» погибших", "опровергает распространяемые в социальных сетях
    сведения о 100 погибших") states two claims: the rumour, unconfirmed, from social media, and the
    denial. Inserts the rumour's claim before each denied claim of the sentence (at most one);
    returns how many it inserted."""
    denied = [c for c in out[first:] if c.modality == "denied" and c.rule != "denial+echo" and c.citation is None and c.value_span
              and c.source is not None]  # a named denier (an impersonal "... не соответствуют действительности" states one claim)
    if not denied:
        return 0
    stated = {(c.measure, str(c.value)) for c in out[first:] if c.modality == "unconfirmed"}
    found = [(a, b) for a, b, typ in attr.lex.source_types.find(toks) if typ == "social_media"]
    for c in denied:
        if (c.measure, str(c.value)) in stated:
            continue  # "чутки про понад 300 ...; влада їх спростувала": the rumour is stated already
        src = c.source.span if c.source.span else None
        for a, b in found:
            lo, hi = toks[a].start, toks[b - 1].end
            if hi > c.value_span[0] or (src is not None and src[0] <= lo < src[1]):
                continue  # after the figure, or inside the denier's name
            while b < len(toks) and toks[b].text in ("-", "–") and toks[b].start == hi and b + 1 < len(toks) and toks[b + 1].start == toks[b].end:
                b += 2  # "телеграм-каналов"
                hi = toks[b - 1].end
            q0 = min(lo, c.value_span[0])
            out.insert(out.index(c, first), dataclasses.replace(
                c, id=stable_id("c", doc_id, (q0, c.value_span[1]), c.measure, c.value), span=(q0, c.value_span[1]),
                quote=text[q0 : c.value_span[1]], modality="unconfirmed", source=Source(text[lo:hi], "social_media", (lo, hi)),
                source_type=None, rule="rumour+denied"))
            return 1
    return 0


def _rumour_split(doc_id: str, out: list[Claim], first: int, toks, text: str, attr: Attributor) -> None:
    """A rumour named by where it spread and denied in the same sentence ("В соцсетях
    распространялись сообщения о десятках погибших, которые власти опровергли", "Чутки ..., які
    поширювалися в Telegram, МВС назвало «фейками»") states two claims: the rumour, ``unconfirmed``,
    from social media, and the denial, from the denier next to the denial word, or with no denier
    named ("Сведения ..., распространяемые в соцсетях, не соответствуют действительности") the
    document's own (``author``)."""
    lex = attr.lex
    if not any(c.modality == "denied" for c in out[first:]):
        return
    cues = [a for a, _b, mod in lex.modality.find(toks) if mod == "denied"]
    typed = lex.source_types.find(toks)
    social = [(a, b) for a, b, typ in typed if typ == "social_media"]
    stype = "social_media"
    if cues and not social:  # "Чутки про загибель ... поліція спростувала": a word for rumours opens the figure
        social, stype = _rumour_words(lex.lang, toks), "unknown"
    if not cues or not social:
        return
    stated = {(c.measure, str(c.value)) for c in out[first:] if c.modality == "unconfirmed"}
    for c in list(out[first:]):
        if c.modality != "denied" or c.rule.endswith(("+echo", "+denied", "+split")) or c.citation is not None or not c.value_span \
                or (c.measure, str(c.value)) in stated:
            continue
        if stype == "unknown" and c.source is not None and c.source.span and not toks[0].start <= c.source.span[0] < toks[-1].end \
                and c.source.type in ("media", "unknown", "social_media", "eyewitness"):
            c.source, c.source_type = None, "author"  # a publication of the sentence before denies nothing
        if stype == "unknown" and not any(c.value_span[0] >= toks[b - 1].end and c.value_span[0] - toks[b - 1].end <= 40 for _a, b in social):
            continue  # the rumour word names the figure ("слухи о 100 погибших"), right before it
        if stype == "unknown" and c.source is not None:
            continue  # "Слухи о «сотнях погибших» ГКНБ назвал ложью", "Слухи о 100 погибших опровергли в МВД": one claim
        named = c.source is not None and c.source.type != "social_media" and c.source.span
        spread = [(a, b) for a, b in social if not (named and c.source.span[0] <= toks[a].start < c.source.span[1])]
        if not spread or (c.source is not None and c.source.type != "social_media" and not named):
            continue
        a, b = spread[0]
        while b + 1 < len(toks) and toks[b].text in ("-", "–") and toks[b + 1].start == toks[b].end:
            b += 2  # "Telegram-каналах"
        lo, hi = toks[a].start, toks[b - 1].end
        denier = None if named else next(
            ((x, y) for x, y, typ in typed if typ not in ("social_media", "unknown", "eyewitness") and not (a <= x < b)
             and any(_denies(toks, y, k) for k in cues)), None)
        if denier is not None and attr.publisher_speaks(toks, text, denier[0], denier[1]):
            denier = None  # "Министерство опровергает ..." in the ministry's own release: the document denies
        if stype == "unknown" and denier is not None:
            continue  # a rumour word and a named denier: one claim (as above)
        if named or (denier is None and c.source is None):
            # "Чутки ..., які поширювалися в Telegram, МВС назвало «фейками»": the denier is named;
            # "Распространяемые в соцсетях сведения о ... не соответствуют действительности": the document denies
            q0, q1 = min(lo, c.value_span[0]), max(hi, c.value_span[1])
            out.insert(out.index(c, first), dataclasses.replace(
                c, id=stable_id("c", doc_id, (q0, q1), c.measure, c.value), span=(q0, q1), quote=text[q0:q1], modality="unconfirmed",
                source=Source(text[lo:hi], stype, (lo, hi)), source_type=None, rule=c.rule.split("+")[0] + "+split"))
            agent = None if named else _passive_agent(lex.lang, toks, typed, cues)
            if agent is not None:  # "... was dismissed as fabricated by the Defence Ministry": the agent denies
                x, y = agent
                dspan = (toks[x].start, toks[y - 1].end)
                c.source, c.source_type = Source(text[dspan[0] : dspan[1]], attr._type_of(toks[x:y]), dspan), None
            continue
        if denier is None:
            continue  # "Провластные телеграм-каналы называли сообщения ... «фейком»": the channels deny
        cue = next(k for k in cues if _denies(toks, denier[1], k))
        c.modality, c.source, c.source_type = "unconfirmed", Source(text[lo:hi], stype, (lo, hi)), None
        span = (min(toks[denier[0]].start, c.span[0]), max(toks[cue].end, c.span[1]))
        if span == c.span:
            span = (span[0], toks[cue].end + 1) if toks[cue].end < len(text) else (span[0] - 1, span[1])
        dspan = (toks[denier[0]].start, toks[denier[1] - 1].end)
        src = Source(text[dspan[0] : dspan[1]], attr._type_of(toks[denier[0] : denier[1]]), dspan)
        out.append(dataclasses.replace(c, id=stable_id("c", doc_id, span, c.measure, c.value), span=span, quote=text[span[0] : span[1]],
                                       modality="denied", source=src, source_type=None,
                                       rule=c.rule.split("+")[0] + "+split"))


def _passive_agent(lang: str, toks, typed, cues: list[int]) -> tuple[int, int] | None:
    """The agent of a passive denial: a body of a known type (with up to three words before it)
    after a word of ``passive_agents.txt`` ("by") at most six tokens after a denial word ("was
    dismissed as «fabricated» by the Defence Ministry")."""
    agents = word_list(lang, "passive_agents")
    if not (agents.exact or agents.prefix):
        return None
    for x, y, typ in typed:
        if typ in ("social_media", "unknown", "eyewitness"):
            continue
        for i in range(x - 1, max(-1, x - 5), -1):  # "by the regional police", "by the Russian Defence Ministry"
            if toks[i].kind != "w":
                break
            if agents.first(toks, i) is not None:
                if any(0 < i - c <= 6 for c in cues):
                    j = i + 1
                    return (j + 1 if toks[j].low in ("the", "a", "an") and j + 1 < x else j), y
                break
    return None


def _rumour_words(lang: str, toks) -> list[tuple[int, int]]:
    """Token spans of the words for rumours (``rumour_words.txt``: "слухи", "чутки", "rumours"), with
    an adjective before ("Распространяемые слухи")."""
    out = []
    for a, b, _p in word_list(lang, "rumour_words").find(toks):
        if a > 0 and toks[a - 1].kind == "w" and toks[a - 1].text.lower().endswith(("емые", "имые", "ні", "ые", "ие")):
            a -= 1
        out.append((a, b))
    return out


def _denies(toks, y: int, k: int) -> bool:
    """Is the name ending at ``y`` the subject of the denial word at ``k`` ("власти опровергли",
    "МВС назвало «фейками»"), not a noun before an impersonal "не соответствуют действительности"?"""
    if 2 < k - y <= 4 and not all(t.kind == "w" and t.low not in ("не", "not", "ні") for t in toks[y:k]):
        return False  # "в полиции Черкасской области это опровергли": a region's name and a pointer between
    return 0 <= k - y <= 4 and not any(t.text in ",;()" for t in toks[y:k]) and toks[k].low not in ("не", "not", "is", "are", "емес")


def _unpoint(attr: Attributor, toks, text: str, mk: Marker, back) -> Marker | None:
    """A named speaker marker, with a pointer ("Об этом", "Бұл туралы") taken for its subject
    replaced by the real name; None if it names no one."""
    if mk.kind not in ("verb", "pre", "post", "colon") or not mk.ntok:
        return None
    for a, b, _p in back:
        if mk.ntok[0] < b and mk.ntok[1] > a:
            if mk.ntok[0] >= a and mk.ntok[1] > b:  # "Бұл туралы министрлік хабарлады": the name after the pointer
                rest = (b, mk.ntok[1])
                if mk.kind == "verb" and rest[1] == mk.cue[0] and mk.cue[1] < len(toks) \
                        and (_quoted_only(toks, rest) or attr._type_of(toks[rest[0] : rest[1]], default="") == "media") \
                        and attr._names_source(toks, mk.cue[1]) and (fwd := attr._forward(toks, mk.cue[1], limit=8)) is not None \
                        and attr._type_of(toks[fwd[0] : fwd[1]], default="") not in ("", "unknown", "media"):
                    return attr._named(toks, text, mk.cue, "verb", fwd)  # "Об этом «Заре» сообщили в штабе": the outlet only listened
                return attr._named(toks, text, mk.cue, mk.kind, rest)
            if mk.kind == "verb" and mk.cue[1] < len(toks):  # "Об этом сообщил X": the subject follows the verb
                return attr._named(toks, text, mk.cue, "verb", attr._forward(toks, mk.cue[1]))
            return None
    return mk if mk.name else None


def _named_in(sentence: tuple) -> Marker | None:
    """The last named speaker of a (figure-less) sentence: "A spokesman, Major X, said that ..."."""
    s0, s1, _pi, attr, text = sentence
    if s1 - s0 > 400:
        return None
    toks = tokenize(text, 0, s0, s1)
    state = (attr._toks, attr._paren)
    try:
        markers = attr.markers(toks, text)
    finally:
        attr._toks, attr._paren = state
    back = attr.lex.back_refs.find(toks)
    named = [u for m in markers if m.kind in ("pre", "verb", "colon") and (u := _unpoint(attr, toks, text, m, back)) is not None]
    return named[-1] if named else None


def _points_back(toks, rules: Rules) -> bool:
    """A sentence that opens by pointing at the figures just stated: a subset connective ("Из них
    12 — дети", "Of them, ...") or its first word before a counted noun and a comma ("Of the wounded,
    25 ...")."""
    lex = rules.lex
    if not toks:
        return False
    if any(c == "subset" for _e, c in lex.connectives.at(toks, 0)):
        return True
    firsts = _subset_firsts(lex)
    if toks[0].low not in firsts or len(toks) < 3:
        return False
    k = 1 if any(p == "det" for _e, p in lex.attribution.at(toks, 1)) else 0  # "Of the wounded"
    if k + 1 >= len(toks):
        return False
    for end, trig in lex.measures.at(toks, k + 1):
        if trig.noun and end < len(toks) and toks[end].text == ",":
            return True
    return False



def _subset_firsts(lex) -> frozenset[str]:
    """First words of the subset connectives that open with a preposition ("of them", "из них")."""
    got = _FIRSTS.get(lex.lang)
    if got is None:
        words = {w[0][0] for cands in lex.connectives.exact.values() for w, payload in cands if payload == "subset" and len(w) == 2}
        got = _FIRSTS[lex.lang] = frozenset(words)
    return got


_FIRSTS: dict[str, frozenset[str]] = {}


def _report_denied(doc_id: str, out: list[Claim], first: int, toks, text: str, attr: Attributor, markers: list[Marker]) -> None:
    """A speaker who denies a named reporter's report ("Police said ..., denying reports by the
    Human Rights Bureau that 12 people had been detained"; "Полиция опровергла сообщения
    правозащитников о 12 задержанных") states two claims: the report, ``unconfirmed``, from the
    reporter, and its denial, from the speaker. Adds whichever of the two the sentence lacks
    (cues: ``denied_reports.txt``)."""
    cues = word_list(attr.lex.lang, "denied_reports").find(toks)
    if not cues or len(out) <= first:
        return
    a, b, _p = cues[0]
    cue_end = toks[b - 1].end
    denier = next((m for m in reversed(markers) if m.kind in ("verb", "pre", "colon") and m.name and m.ntok and m.span
                   and m.ntok[1] <= a and m.type not in (None, "unknown", "eyewitness", "social_media")), None)
    if denier is None:
        return
    stated = {(c.measure, str(c.value), c.modality) for c in out[first:]}
    for c in list(out[first:]):
        if c.citation is not None or not c.value_span or c.value_span[0] < cue_end or c.rule.endswith(("+echo", "+denied", "+split")):
            continue
        if c.modality == "unconfirmed" and c.source is not None and c.source.span and c.source.span[0] >= cue_end \
                and (c.measure, str(c.value), "denied") not in stated:
            # "denying reports by X that 12 ...": the report is X's; the speaker denies it
            span = (min(denier.span[0], c.span[0]), max(cue_end, c.span[1]))
            if span == c.span:
                span = (span[0], span[1] + 1) if span[1] < len(text) else (span[0] - 1, span[1])
            out.append(dataclasses.replace(
                c, id=stable_id("c", doc_id, span, c.measure, c.value), span=span, quote=text[span[0] : span[1]], modality="denied",
                source=Source(denier.name, denier.type, denier.span), source_type=None, rule="report+denied"))
            stated.add((c.measure, str(c.value), "denied"))
        elif c.modality == "denied" and c.source is not None and c.source.span == denier.span \
                and (c.measure, str(c.value), "unconfirmed") not in stated:
            # "Полиция опровергла сообщения правозащитников о 12 задержанных": the reporter's report
            k = next((k for k in range(b, min(b + 9, len(toks))) if toks[k].low in _REPORT_ENDS or toks[k].kind == "n"), None)
            if k is None or k == b or toks[k - 1].end > c.value_span[0]:
                continue
            typ = attr._type_of(toks[b:k], default="")
            if typ in ("", "unknown", "social_media", "eyewitness") or any(t.text in ",;:" for t in toks[b:k]):
                continue  # social media: `_rumour_denied`
            lo, hi = toks[b].start, toks[k - 1].end
            q0 = min(lo, c.value_span[0])
            out.append(dataclasses.replace(
                c, id=stable_id("c", doc_id, (q0, c.value_span[1]), c.measure, c.value), span=(q0, c.value_span[1]),
                quote=text[q0 : c.value_span[1]], modality="unconfirmed", source=Source(text[lo:hi], typ, (lo, hi)),
                source_type=None, rule="report+denied"))
            stated.add((c.measure, str(c.value), "unconfirmed"))


_REPORT_ENDS = {"о", "об", "про", "that", "что", "що", "of", "about"}  # where a reporter's name ends: "сообщения X о 12"


def _own_amount(attr: Attributor, toks, a: int) -> bool:
    """Does a sentence state an amount of its own before its denial cue at ``a`` (a number, a number
    word, "dozens")? Then the denial answers that statement, not the figures of the sentence before."""
    lex = attr.lex
    for k, t in enumerate(toks[:a]):
        if attr.times[0] and attr._in_time(t):
            continue  # "On 7 May police called the reports false": a date
        if t.kind == "n" or (t.kind == "w" and (lex.vague.first(toks, k) or ((w := lex.number_word(t)) and w[1] != "article" and w[0] != 1))):
            return True
    return False



def _statement_denied(doc_id: str, out: list[Claim], first: int, toks, text: str, attr: Attributor) -> None:
    """A sentence that calls a named source's statement of a figure false ("Заява Міністерства
    оборони РФ про «до 85» знищених військових є неправдою", "The ministry's claim of 85 killed is
    false") states two claims: the statement, ``unconfirmed``, from its source, and its denial in the
    document's own voice. Statement nouns: ``statement_nouns.txt``."""
    nouns = word_list(attr.lex.lang, "statement_nouns").find(toks)
    if not nouns or len(out) <= first:
        return
    cues = {k: e for k, e, mod in attr.lex.modality.find(toks) if mod == "denied"}
    if not cues:
        return
    stated = {(c.measure, str(c.value)) for c in out[first:] if c.rule.endswith(("+echo", "+split", "+denied"))}  # a rumour split already
    for c in list(out[first:]):
        if c.citation is not None or not c.value_span or c.rule.endswith(("+echo", "+split", "+denied")) or (c.measure, str(c.value)) in stated:
            continue
        k = next((j for j, t in enumerate(toks) if t.start >= c.value_span[0]), None)
        cue = next((j for j in cues if k is not None and j > k and not any(t.text in ";:" for t in toks[k:j])), None)
        if k is None or cue is None:
            continue
        name = next((sp for a, b, _p in nouns if (sp := _stated_by(attr, toks, a, b, k)) is not None), None)
        if name is None:
            continue
        x, y = name
        span = (toks[x].start, toks[y - 1].end)
        if c.source is not None and c.source.span and not (span[0] <= c.source.span[0] < span[1]):
            continue  # the figure has a speaker of its own
        src = Source(text[span[0] : span[1]], attr._type_of(toks[x:y]), span)
        c.modality, c.source, c.source_type = "unconfirmed", src, None
        lo, hi = min(toks[x].start, c.span[0]), toks[cues[cue] - 1].end
        out.append(dataclasses.replace(
            c, id=stable_id("c", doc_id, (lo, hi), c.measure, c.value), span=(lo, hi), quote=text[lo:hi], modality="denied",
            source=None, source_type="author", rule=c.rule.split("+")[0] + "+denied"))
        stated.add((c.measure, str(c.value)))


def _stated_by(attr: Attributor, toks, a: int, b: int, k: int) -> tuple[int, int] | None:
    """The source of a statement noun at ``toks[a:b]`` that states the figure at ``k``: the name
    after it up to "про"/"о"/"of"/"about" ("Заява МО РФ про 85"), or the possessor before it ("The
    ministry's claim of 85", "министрлігінің мәлімдемесі"), of a known type; None if there is none."""
    if not 0 < k - b <= 10 or any(t.text in ",;:()" for t in toks[b:k]):
        return None
    p = next((j for j in range(b, k) if toks[j].low in _OF), None)
    if p is not None and p > b and attr._type_of(toks[b:p], default="") not in ("", "unknown"):
        while b < p - 1 and toks[b].low in _IN_THE:
            b += 1  # "Reports in the media that ...": the media
        return (b, p)  # the name after the noun
    x = a
    while x > 0 and a - x < 6 and toks[x - 1].kind == "w" and not attr.lex.attribution.first(toks, x - 1):
        x -= 1  # "The Defence Ministry's", "Ресей Қорғаныс министрлігінің"
    while x < a and toks[x].low in ("the", "a", "an"):
        x += 1
    y = a
    if attr.lex.lang == "en" and y > x and not toks[y - 1].text.endswith(("'s", "’s", "'", "’")):
        return None  # "The governor called reports of 200 deaths a lie": the subject of the denial, no possessor
    if y > x and attr._type_of(toks[x:y], default="") not in ("", "unknown"):
        return (x, y)  # the possessor before the noun
    return None


_OF = {"про", "о", "об", "of", "about", "that"}
_IN_THE = {"in", "on", "the", "в", "у"}


def _composition(toks, rules: Rules) -> bool:
    """A sentence that opens by saying who was among the counted, with a dash ("Среди задержанных —
    7 кандидатов", "Серед затриманих — 7 колишніх кандидатів"): the writer's note on the count, which
    the last speaker's chain does not reach (devset12 gold)."""
    if len(toks) < 4 or toks[0].low not in _subset_firsts(rules.lex):
        return False
    hit = rules.lex.measures.first(toks, 1)
    return hit is not None and hit[1].noun and hit[0] < len(toks) and toks[hit[0]].text in ("—", "–")
