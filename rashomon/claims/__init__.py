"""Figure claims: every count a document states about the event, with its qualifier, its source and
the source's type, modality, group, place, date and exact evidence.

    ClaimExtractor()(doc, timexes, mentions) -> list[Claim]

The document is cut into sentences (the segmenter's, split further at line breaks and sentence
ends), each tokenized once; `rules` finds figures and what they count, `attribution` who says so,
`context` where and when. Figures in a citation's rendered headline are attributed to the cited
publisher, and so is an infobox line that carries a citation. A chronology introduced by an
attributed line ending in a colon keeps that source over the lines below it.
"""

from __future__ import annotations

import bisect
import re

from ..document import Document
from ..model import Claim, Mention, Source, TimeExpr, stable_id
from .attribution import Attributor, Marker
from .context import Context
from .grammar import tokenize
from .lexicon import guess_lang, lexicon
from .rules import Quantity, Rules, _paren_ids

__all__ = ["ClaimExtractor"]

# a sentence end inside a segmenter sentence: [.!?…] (optionally closed) + space + a capital or digit
_SPLIT = re.compile(r"[.!?…][\"»”)]?[ \t]+(?=[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ0-9«\"“(])|\n")


_RU_ONLY = re.compile(r"[ыэъЫЭЪ]")


class ClaimExtractor:
    """Callable stage; language data is loaded once per language and shared."""

    def __init__(self) -> None:
        self._by_lang: dict[str, tuple[Rules, Attributor]] = {}

    def _stage(self, lang: str) -> tuple[Rules, Attributor]:
        if lang not in self._by_lang:
            lex = lexicon(lang)
            self._by_lang[lang] = (Rules(lex), Attributor(lex))
        return self._by_lang[lang]

    def _letterhead(self, text: str) -> tuple[frozenset[str], str]:
        first = text.lstrip()[:200]
        return _letterhead_of(text, self._stage(guess_lang(first))[1])

    def __call__(self, doc: Document, timexes: list[TimeExpr], mentions: list[Mention]) -> list[Claim]:
        text = doc.text
        tspans = sorted(t.span for t in timexes if t.kind != "set")
        tstarts = [s[0] for s in tspans]

        def in_timex(a: int, b: int) -> bool:
            k = bisect.bisect_right(tstarts, a) - 1
            return k >= 0 and tspans[k][0] <= a and b <= tspans[k][1]

        ctx = Context(doc, timexes, mentions)
        letterhead = self._letterhead(text)
        cites = [(c.span, i) for i, c in enumerate(doc.citations) if c.span]
        infobox = [s.body for s in doc.sections if s.title.strip().lower() == "infobox"]
        paragraphs = [p.span for p in doc.paragraphs] or _blocks(text)
        pstarts = [p[0] for p in paragraphs]
        plangs = [p.lang for p in doc.paragraphs] if doc.paragraphs else [doc.lang] * len(paragraphs)
        out: list[Claim] = []
        seen: set[tuple] = set()
        carried: Marker | None = None  # a chronology's source, from a line ending in a colon
        carry_lang, carry_until = None, -1
        prev: tuple | None = None  # the previous sentence, for a framing "According to X, ..."
        antecedent: tuple[Marker, int] | None = None  # the last named source, for "he said"
        pending: tuple[int, int, int] | None = None  # claims of the previous sentence, for a hedge after them
        last_measure: tuple[int, str] | None = None  # paragraph and measure of the last claim, for "a figure of"
        for s0, s1 in _sentences(doc):
            pi = max(0, bisect.bisect_right(pstarts, s0) - 1)
            para = paragraphs[pi] if paragraphs else None
            if carried is not None and pi > carry_until:
                carried = None
            sentence = text[s0:s1]
            lang = _lang(plangs[pi] if pi < len(plangs) else doc.lang, sentence)
            rules, attr = self._stage(lang)
            before, prev = prev, (s0, s1, pi, attr, text)
            hedge_for, pending = pending, None
            colon_end = sentence.rstrip().endswith(":")
            if not colon_end and not rules.lex.may_hold_figure(sentence):
                _hedge(out, hedge_for, pi, text, s0, s1, rules)
                continue  # most sentences state no figure: skip them before tokenizing
            toks = tokenize(text, 0, s0, s1)
            if not toks:
                continue
            qs = rules.quantities(toks, text, in_timex)
            if not qs and not colon_end:
                _hedge(out, hedge_for, pi, text, s0, s1, rules)
                continue
            first_new = len(out)
            markers = attr.markers(toks, text)
            named = [m for m in markers if m.name or m.kind == "impersonal"]
            if antecedent is not None and antecedent[1] != pi:
                antecedent = None
            inherit = carried if carry_lang == lang else None
            if not named and before is not None and before[2] == pi:
                inherit = _framing(before) or inherit
            if colon_end and any(m.name for m in markers):
                carried, carry_lang, carry_until = [m for m in markers if m.name][-1], lang, pi + 1
            # a figure inside a source's name ("according to records of the two hospitals") is none
            inside: set[int] = set()
            for m in markers:
                if m.ntok:
                    inside.update(range(m.ntok[0] + (m.kind == "verb"), m.ntok[1]))  # "Hundreds ... were counted"
            qs = [q for q in qs if q.nstart not in inside]
            if not qs:
                continue
            paren = _paren_ids(toks)
            cues = attr.modality_cues(toks, paren)
            nationwide = bool(rules.lex.nationwide.find(toks))
            rules.assign(toks, qs)
            if any(not q.measure for q in qs):
                if last_measure is not None and last_measure[0] == pi:
                    _refer(toks, qs, rules, last_measure[1])
                elif before is not None and before[2] == pi:
                    _refer(toks, qs, rules, _trigger_in(before, rules))
                else:
                    _refer(toks, qs, rules, None)
            for qi, q in enumerate(qs):
                if not q.measure:
                    continue
                limit = qs[qi + 1].start if qi + 1 < len(qs) else len(toks)
                when = ctx.when(toks[q.nstart].start, (s0, s1), para)
                claim = self._claim(doc, toks, q, markers, inherit, attr, (paren, cues, nationwide), (s0, s1), para, lang, ctx, cites, infobox,
                                    limit, when, antecedent[0] if antecedent else None, letterhead)
                key = (claim.measure, str(claim.value), claim.value_span)
                if key not in seen:
                    seen.add(key)
                    out.append(claim)
            if len(out) > first_new:
                pending = (pi, first_new, len(out))
                last_measure = (pi, out[-1].measure)
            last = [m for m in markers if m.name and m.kind in ("pre", "verb", "colon")]
            if last:
                antecedent = (last[-1], pi)
        return out

    def _claim(self, doc, toks, q: Quantity, markers, carried, attr: Attributor, paren, sent, para, lang, ctx: Context, cites, infobox,
               limit, when, antecedent, letterhead=(frozenset(), "")) -> Claim:
        text = doc.text
        vs = (toks[q.nstart].start, toks[q.nend - 1].end)
        lo, hi = toks[q.start].start, toks[q.end - 1].end
        if q.trigger:
            a, b = q.trigger
            lo, hi = min(lo, toks[a].start), max(hi, toks[min(b, len(toks)) - 1].end)
        hi = max(hi, toks[q.head_end - 1].end) if q.head_end > q.end else hi
        m = attr.choose(markers, q.start, q.end, carried, limit, antecedent)
        source, stype = None, "author"
        if m is not None and m.name:
            stype_m = m.type or "unknown"
            if stype_m == "unknown" and m.span and ctx.is_country(m.span):
                stype_m = "official"  # a country as the speaker is its government
            elif stype_m == "unknown" and letterhead[1] not in ("", "unknown") and m.ntok and any(
                    t.text[:1].isupper() and t.low in letterhead[0] for t in toks[m.ntok[0] : m.ntok[1]]):
                stype_m = letterhead[1]  # "ArcelorMittal ... confirms" under the letterhead "ArcelorMittal ... JSC"
            source = Source(m.name, stype_m, m.span)
            if m.span and sent[0] <= m.span[0] < sent[1] and abs(m.span[0] - vs[0]) < 200:
                lo, hi = min(lo, m.span[0], toks[m.cue[0]].start), max(hi, m.span[1], toks[m.cue[1] - 1].end)
        modality, in_paren = attr.modality(paren[1], q.start, q.end, paren[0])
        if modality == "denied" and m is not None and m.rumour:
            source = None  # "сведения, распространяемые в соцсетях, не соответствуют действительности"
        if modality == "unconfirmed" and source is None and not in_paren:
            stype = "unknown"
        report_date, citation = doc.published, None
        for span, ci in cites:
            if span[0] <= vs[0] < span[1]:
                c = doc.citations[ci]
                citation, report_date = ci, c.date or report_date
                if c.publisher:
                    source = Source(c.publisher, _pub_type(attr, c.publisher), None)
                break
        else:
            if source is None and any(b0 <= vs[0] < b1 for b0, b1 in infobox):
                for ci, c in enumerate(doc.citations):
                    if c.anchor and c.publisher and c.anchor[0] <= hi and vs[0] <= c.anchor[1] and _same_line(text, vs[0], c.anchor[0]):
                        citation, source = ci, Source(c.publisher, _pub_type(attr, c.publisher), None)
                        report_date = c.date or report_date
                        break
        skip = [m.span] if m is not None and m.span and m.name else []  # "Investigative Committee of Russia"
        place, place_how = ctx.place(sent, para, vs[0], skip, paren[2], attr.lex.locative_preps)
        when, when_how = when
        span = (lo, hi)
        return Claim(
            id=stable_id("c", doc.id, span, q.measure, q.value),
            doc=doc.id, measure=q.measure, value=q.value, qualifier=q.qualifier, span=span,
            quote=text[lo:hi], lang=lang, group=q.group, source=source,
            modality=modality, place=place, when=when, value_span=vs, place_how=place_how,
            when_how=when_how, report_date=report_date, citation=citation, rule=f"{q.rule}+{q.how}",
            source_type=None if source else stype,
        )


def _refer(toks, qs: list[Quantity], rules: Rules, measure: str | None) -> None:
    """A figure with no measure that a word points back from ("a figure of about 900", "which then
    stood at 40", "их несколько тысяч") counts what the last count of its paragraph counted."""
    for q in qs:
        if q.measure:
            measure = q.measure  # a count earlier in the same sentence is nearer
            continue
        if not measure or (q.noun is not None and q.noun.cls not in ("person", "troops")):
            continue
        lo = max(0, q.start - 6)
        if rules.lex.anaphora.find(toks, lo, q.start):
            q.measure, q.how = measure, "anaphora"


def _trigger_in(sentence: tuple, rules: Rules) -> str | None:
    """The measure of the last trigger of a (figure-less) sentence: "протестующие собираются"."""
    s0, s1, _pi, _attr, text = sentence
    if s1 - s0 > 400:
        return None
    found = [t for _a, _b, t in rules.lex.measures.find(tokenize(text, 0, s0, s1)) if t.measure != "none"]
    return found[-1].measure if found else None


def _hedge(out: list[Claim], target, pi: int, text: str, s0: int, s1: int, rules: Rules) -> None:
    """A short figure-less sentence that doubts the one before ("Steppe Wire could not confirm
    their authenticity", "Підтверджень цьому немає") makes its asserted claims unconfirmed."""
    if target is None or target[0] != pi or s1 - s0 > 240:
        return
    toks = tokenize(text, 0, s0, s1)
    if not any(mod == "unconfirmed" for _a, _b, mod in rules.lex.modality.find(toks)):
        return
    for c in out[target[1] : target[2]]:
        if c.modality == "asserted" and c.citation is None:
            c.modality = "unconfirmed"


def _letterhead_of(text: str, attr: Attributor) -> tuple[frozenset[str], str]:
    """Words and source type of a document's first line ("ArcelorMittal Temirtau JSC" -> company)."""
    a = len(text) - len(text.lstrip())
    b = text.find("\n", a)
    line = text[a : (len(text) if b < 0 else b)][:200]
    toks = tokenize(line)
    return frozenset(t.low for t in toks if t.kind == "w"), attr._type_of(toks, default="")


def _framing(sentence: tuple) -> Marker | None:
    """A sentence that opens with its only attribution ("According to X, ...") frames the next one."""
    s0, s1, _pi, attr, text = sentence
    toks = tokenize(text, 0, s0, s1)
    state = (attr._toks, attr._paren)  # the current sentence's state, which `markers` overwrites
    try:
        named = [m for m in attr.markers(toks, text) if m.name or m.kind == "impersonal"]
    finally:
        attr._toks, attr._paren = state
    if len(named) != 1:
        return None
    m = named[0]
    if m.kind == "pre" and m.cue[0] == 0:
        return m
    # a lead-in "МВД: ..." (maybe after a clock time) or "X заявила, что ..." goes on in the next sentence
    if m.kind == "colon" and m.ntok and m.ntok[0] <= 3:
        return m
    if m.kind == "verb" and m.ntok and m.ntok[0] <= 3 and m.ntok[1] <= m.cue[0] and m.cue[1] < len(toks) \
            and toks[m.cue[1]].low in _THAT | {","}:
        return m
    # "..., сообщил Следственный комитет." closes a report that the next sentence goes on with
    if m.kind == "verb" and m.ntok and m.ntok[0] >= m.cue[1] and m.ntok[1] >= len(toks) - 1 and m.cue[0] > 0 \
            and toks[m.cue[0] - 1].text == ",":
        return m
    return None


_THAT = {"что", "that", "що", "деп"}


def _lang(para_lang: str | None, sentence: str) -> str:
    """The language whose data reads this sentence: the script decides when it is unambiguous
    (Latin -> en, Kazakh or Ukrainian letters), else the paragraph's language."""
    g = guess_lang(sentence)
    if g in ("en", "kk") or para_lang not in ("ru", "uk", "kk"):
        return g
    if para_lang == "uk" and g == "ru" and _RU_ONLY.search(sentence):
        return "ru"  # a Russian quote or citation title in a Ukrainian text ("погибших может быть")
    return "uk" if g == "uk" and para_lang == "ru" else para_lang


def _pub_type(attr: Attributor, name: str) -> str:
    typ = attr._type_of(tokenize(name), default="media")
    return "media" if typ == "unknown" else typ


def _same_line(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return "\n" not in text[lo:hi]


def _blocks(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _sentences(doc: Document) -> list[tuple[int, int]]:
    """Sentence spans: the segmenter's (or paragraphs, or the text), split at line breaks and at
    sentence ends the segmenter kept together."""
    base = [s.span for s in doc.sentences] or [p.span for p in doc.paragraphs] or [(0, len(doc.text))]
    out = []
    text = doc.text
    for a, b in base:
        start = a
        for m in _SPLIT.finditer(text, a, b):
            cut = m.end() if m.group() != "\n" else m.start()
            if text[start:cut].strip():
                out.append((start, cut))
            start = m.end()
        if text[start:b].strip():
            out.append((start, b))
    return out
