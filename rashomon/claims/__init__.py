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

from .. import langdata
from ..document import Document
from ..model import Claim, Mention, Source, TimeExpr, stable_id
from ._denials import (
    _back_source,
    _called_lie,
    _composition,
    _denial_echo,
    _denial_target,
    _denying,
    _echo_target,
    _hedge,
    _letterhead_of,
    _named_in,
    _points_back,
    _report_denied,
    _rumour_denied,
    _rumour_split,
    _statement_denied,
    _states_count,
    closing_credit,
    pointer_source,
)
from ._past_event import _recap_leads as recap_leads  # the openings of a recap of an earlier report
from ._past_event import drop_other_events, elsewhere_recap, opening_year, own_date, past_year
from ._voice import word_list
from .attribution import Attributor, Marker, initial_report, quote_speakers
from .attribution_lines import credit_lines, tweet_credits
from .attribution_names import clear_no_names
from .attribution_order import (
    counted_rumours,
    in_reading_order,
    rumour_named,
    said_before,
    trailing_publisher,
)
from .context import Context
from .grammar import tokenize
from .lexicon import guess_lang, lexicon
from .rules import Quantity, Rules, _paren_ids

__all__ = ["ClaimExtractor"]

# a sentence end inside a segmenter sentence: [.!?…] (optionally closed) + space + a capital or digit
_SPLIT = re.compile(r"[.!?…][\"»”)]?[ \t]+(?=[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ0-9«\"“(])|\n")


_RU_ONLY = re.compile(r"[ыэъЫЭЪ]")
_QUOTE_REACH = 300  # characters between a figure and the trigger its quote may reach back or on to
_LEAD_REACH = 2  # paragraphs after a pointer ("Об этом сообщает X.") that its report goes on into


class ClaimExtractor:
    """Callable stage; language data is loaded once per language and shared."""

    def __init__(self) -> None:
        self._by_lang: dict[str, tuple[Rules, Attributor]] = {}
        self._times: tuple[list[int], list[tuple[int, int]]] = ([], [])  # the current document's time spans
        self.other_events: list[tuple[tuple[int, int], str | None]] = []  # the last document's tolls of an earlier event: span, date

    def _stage(self, lang: str) -> tuple[Rules, Attributor]:
        if lang not in self._by_lang:
            lex = lexicon(lang)
            self._by_lang[lang] = (Rules(lex), Attributor(lex))
            self._by_lang[lang][1].times = self._times
        return self._by_lang[lang]

    def _letterhead(self, text: str) -> tuple[frozenset[str], str]:
        first = text.lstrip()[:200]
        return _letterhead_of(text, self._stage(guess_lang(first))[1])

    def __call__(self, doc: Document, timexes: list[TimeExpr], mentions: list[Mention]) -> list[Claim]:
        text = doc.text
        self.other_events = []
        tspans = sorted(t.span for t in timexes if t.kind != "set")
        tstarts = [s[0] for s in tspans]
        dated = sorted(t.span for t in timexes if t.kind in ("date", "datetime", "time"))
        self._times = ([s[0] for s in dated], dated)
        for _rules, attr in self._by_lang.values():
            attr.times = self._times

        def in_timex(a: int, b: int) -> bool:
            k = bisect.bisect_right(tstarts, a) - 1
            return k >= 0 and tspans[k][0] <= a and b <= tspans[k][1]

        ctx: Context | None = None  # built on the first figure that gives a claim: many documents state none
        letterhead = self._letterhead(text)
        masthead = _masthead(text)
        cites = [(c.span, i) for i, c in enumerate(doc.citations) if c.span]
        infobox = [s.body for s in doc.sections if s.title.strip().lower() == "infobox"]
        paragraphs = [p.span for p in doc.paragraphs] or _blocks(text)
        pstarts = [p[0] for p in paragraphs]
        plangs = [p.lang for p in doc.paragraphs] if doc.paragraphs else [doc.lang] * len(paragraphs)
        out: list[Claim] = []
        seen: set[tuple] = set()
        strike_pages: dict[str, bool] = {}  # language -> is the page about a strike (`_striking`), found on first need
        past: dict[tuple, int] = {}  # measure and value span of a claim -> the year of the earlier event its sentence tells
        dated: dict[tuple, str] = {}  # measure and value span of a claim -> the date its own sentence states, year written
        said: list[str] = []  # sentences that gave claims, for a headline repeated word for word
        carried: Marker | None = None  # a chronology's source, from a line ending in a colon
        carry_lang, carry_until = None, -1
        lead_at = -1  # the paragraph of the pointer whose source is carried
        carry_stop = len(text)  # where a pointer's carried source ends: the end of its line for one inside a paragraph
        line_carry = False  # the carried source is a pointer's inside a paragraph: it goes on with unsourced sentences only
        lead_carry = False  # the carried source is a pointer's ("Об этом сообщает X."): it goes on until another source is named
        prev: tuple | None = None  # the previous sentence, for a framing "According to X, ..."
        antecedent: tuple[Marker, int] | None = None  # the last named source, for "he said"
        compiler: tuple[Marker, int] | None = None  # the last named source, for a table announced after it
        pending: tuple[int, int, int] | None = None  # claims of the previous sentence, for a hedge after them
        last_measure: tuple[int, str] | None = None  # paragraph and measure of the last claim, for "a figure of"
        plain: tuple | None = None  # the last figure-less sentence, for a "he added" after it
        chain: tuple | None = None  # (span, marker): the one source of the last sentence's claims, for the next
        table_head: tuple | None = None  # paragraph and per-column measures of a table's header row
        things: tuple | None = None  # paragraph and class of the last counted buildings or vehicles, for "15 of them"
        marked: tuple | None = None  # span, attributor, markers and witness flag of the last sentence marked
        cited_before = False  # the last sentence with figures took its source from its trailing citation
        run: tuple | None = None  # consecutive sentences of one paragraph whose claims have no source, for "Про це повідомляє X"
        for s0, s1 in _sentences(doc):
            pi = max(0, bisect.bisect_right(pstarts, s0) - 1)
            para = paragraphs[pi] if paragraphs else None
            if carried is not None and (pi > carry_until or s0 > carry_stop):
                carried, lead_carry = None, False
            sentence = text[s0:s1]
            lang = _lang(plangs[pi] if pi < len(plangs) else doc.lang, sentence)
            rules, attr = self._stage(lang)
            before, prev = prev, (s0, s1, pi, attr, text)
            hedge_for, pending = pending, None
            run_for, run = run, None
            back_for = _back_target(hedge_for, run_for, pi, text, pstarts, s0)
            colon_end = sentence.rstrip().endswith(":")
            if not colon_end and compiler is not None and compiler[1] == pi and _table_pointer(sentence, lang, text, paragraphs, pi):
                carried, carry_lang, carry_until, lead_carry = compiler[0], lang, pi + 1, False  # "By the commission, 613 died. Its breakdown is below."
                carry_stop = len(text)
            if ("\t" in sentence or sentence.count("|") >= 2) and (head := _column_heads(text, s0, s1, rules)):
                table_head = (pi, head)
            if not colon_end and not rules.lex.may_hold_figure(sentence):
                _hedge(out, hedge_for, pi, text, s0, s1, rules)
                _back_source(out, back_for, pi, text, s0, s1, attr)
                if _line_ends(text, s1) and (text[pstarts[pi] : s0].strip() or _after_prose(text, s0, pi, pstarts, hedge_for, out)) \
                        and _prose_start(text, pstarts[pi]):
                    closing_credit(out, back_for, pi, text, s0, s1, attr)
                if carried is None and (pm := _lead_pointer(text, s0, s1, pi, pstarts, attr, back_for)) is not None:
                    carried, carry_until, lead_at, carry_stop = pm  # "Об этом сообщил X. || Среди погибших трое детей": X goes on
                    carry_lang, lead_carry, line_carry = lang, True, carry_stop < len(text)
                if hedge_for is not None and _denial_target(hedge_for, pi, text, para, s0) and s1 - s0 <= 400:
                    _denial_echo(doc.id, out, (pi, *hedge_for[1:]), pi, tokenize(text, 0, s0, s1), text, attr)
                plain = (s0, s1, pi, attr, text)
                continue  # most sentences state no figure: skip them before tokenizing
            toks = tokenize(text, 0, s0, s1)
            if not toks:
                continue
            qs = rules.quantities(toks, text, in_timex)
            if qs and hedge_for is not None and hedge_for[0] == pi:
                qs = _zero_kept(qs, out[hedge_for[1] : hedge_for[2]])
            if not qs and not colon_end:
                _hedge(out, hedge_for, pi, text, s0, s1, rules)
                _back_source(out, back_for, pi, text, s0, s1, attr)
                if _line_ends(text, s1) and (text[pstarts[pi] : s0].strip() or _after_prose(text, s0, pi, pstarts, hedge_for, out)) \
                        and _prose_start(text, pstarts[pi]):
                    closing_credit(out, back_for, pi, text, s0, s1, attr, toks=toks)
                if carried is None and (pm := _lead_pointer(text, s0, s1, pi, pstarts, attr, back_for)) is not None:
                    carried, carry_until, lead_at, carry_stop = pm
                    carry_lang, lead_carry, line_carry = lang, True, carry_stop < len(text)
                if hedge_for is not None and _denial_target(hedge_for, pi, text, para, s0):
                    _denial_echo(doc.id, out, (pi, *hedge_for[1:]), pi, toks, text, attr)
                plain = (s0, s1, pi, attr, text)
                continue
            if hedge_for is not None and hedge_for[0] == pi and not colon_end:
                _back_source(out, hedge_for, pi, text, s0, s1, attr, opening=True)  # "Про це повідомив штаб, уточнивши, що серед них троє дітей"
            first_new = len(out)
            paren = _paren_ids(toks)
            finds = attr.lex.sentence_matchers.find(toks)
            markers = attr.markers(toks, text, paren, finds)
            last_marked, marked = marked, ((s0, s1), attr, markers, attr._witness)  # for a framing check by the next sentence
            markers = [m for m in markers if not (m.kind == "colon" and m.ntok and _states_count(toks, m.ntok, rules))]
            named = [m for m in markers if m.name or m.kind == "impersonal"]
            if antecedent is not None and antecedent[1] != pi:
                antecedent = None
            if plain is not None and before is not None and plain[:2] == before[:2] and any(m.kind == "pronoun" for m in markers) \
                    and (plain[2] == pi or (plain[2] == pi - 1 and not text[pstarts[pi] : s0].strip() and _opening_pronoun(toks, markers))):
                # "A spokesman, Major X, said ... . Some 500 ..., he added"; a pronoun opening the next paragraph
                # ("Об этом сообщил глава службы X. || По его словам, ...") points at the speaker named last
                named_before = _named_in(plain) or _group_in(plain)
                if named_before is not None:
                    antecedent = (named_before, pi)
            if antecedent is None and before is not None and before[2] in (pi, pi - 1) and before[1] - before[0] <= 400 \
                    and any(m.kind == "pronoun" and m.name for m in markers):
                body = before[3].body_in(tokenize(text, 0, before[0], before[1]), text)  # "... Министерство ... . По данным ведомства, ..."
                if body is not None:
                    antecedent = (body, pi)
            if line_carry and carried is not None and (named or not word_list(lang, "source_line_continuations").starts_in(toks, 0, 1)):
                carried, lead_carry = None, False  # "Об этом сообщило МВД. Вчера говорилось о 21 погибшем": an earlier or another report
            if lead_carry and any(m.name and m.kind != "pronoun" and m.type != carried.type for m in named):
                carried, lead_carry = None, False  # another source speaks: the lead's report ends (not "Министрліктің мәліметінше" after its official)
            elif lead_carry and carry_lang == lang and named and all(m.kind == "impersonal" and not attr._initial_at(toks, m) for m in named):
                markers, named = [m for m in markers if m.kind != "impersonal"], []  # "Про це повідомляє X. || Повідомляється, що ...": X's report
            hedged = None  # markers and named kept aside: a preliminary-data hedge that names no reporter
            if named and before is not None and before[2] == pi and _preliminary_only(lang, toks, named):
                hedged, markers, named = (markers, named), [m for m in markers if not any(m is n for n in named)], []
            inherit = carried if carry_lang == lang else None
            if lead_carry and pi > lead_at + 1 and any(m.kind == "pronoun" for m in markers):
                inherit = None  # "По его словам, ..." two paragraphs on: no longer the pointer's speaker
            own = attr.lex.own_voice.starts_in(toks, 0, 2)  # "Our own count ...": the document's voice, not the last speaker's
            if not named and not own and before is not None and before[2] == pi and not attr.body_opens(toks):
                inherit = _framing(before, s0, last_marked) or inherit
                if initial_report(lang, inherit):
                    inherit = None  # "Алғашқы мәліметтер бойынша, 4 адам қаза тапқан. Шабуылдаушы ... жойылды": the first report ends there
            follow = chain if not named and not own and chain is not None and chain[0] == before[:2] \
                and (_same_item(text, chain[0], s0) or (chain[1].type not in (None, "unknown", "eyewitness", "social_media")
                                                         and _next_paragraph(text, before, s0, pi, pstarts)
                                                         and word_list(lang, "source_line_continuations").starts_in(toks, 0, 1)
                                                         and not _own_actor(attr.lex, toks, min((q.start for q in qs), default=len(toks))))) \
                and not any(b0 <= s0 < b1 for b0, b1 in infobox) and not _dated_opening(toks, in_timex) and not _next_day_opening(toks) and not _composition(toks, rules) \
                and not attr.body_opens(toks) else None
            if not named and hedge_for is not None and hedge_for[0] == pi and not _next_day_opening(toks) \
                    and (_points_back(toks, rules) or any(q.extra.get("revised") for q in qs)):
                # "Of the wounded, 25 ...", "Вечером число погибших выросло до 59": the same source goes on
                inherit = _source_of(out[hedge_for[1] : hedge_for[2]]) or inherit
            if hedged is not None and inherit is None and follow is None:
                markers, named = hedged  # no speaker before it to go on with: the page's own voice
            cited = trailing_publisher(doc, s0, s1) if (inherit or follow) and not named and not own and doc.citations \
                and (said_before(last_marked) or cited_before) else None
            if cited is not None:  # "X said 10 ... . The toll had risen to 12.<ref>...|publisher=Reuters</ref>": the cited publisher
                inherit = follow = None  # (not "По данным X, ... . Ранения получили 783.<ref>": a framing goes on)
            cited_before = cited is not None
            if colon_end and any(m.name for m in markers):
                carried, carry_lang, carry_until, lead_carry = [m for m in markers if m.name][-1], lang, pi + 1, False
                carry_stop = len(text)
            # a figure inside a source's name ("according to records of the two hospitals") is none
            inside: set[int] = set()
            for m in markers:
                if m.ntok:
                    inside.update(range(m.ntok[0] + (m.kind == "verb"), m.ntok[1]))  # "Hundreds ... were counted"
            qs = [q for q in qs if q.nstart not in inside or q.rule == "zero" or _object_of_one(q)]  # (no zero phrase is part of a name)
            if not qs:
                continue
            cues = attr.modality_cues(toks, paren, finds)
            nationwide = bool(finds["nationwide"])
            if things is not None and things[0] == pi:
                for q in qs:  # "... построены более 1500 домов. В пятницу было снесено 15 из них."
                    if q.noun is None and rules._subset_at(toks, q.end):
                        q.extra["things"] = things[1]
            rules.assign(toks, qs, paren)
            qs = _zero_kept(qs, qs)
            if last_measure is not None and last_measure[0] == pi and last_measure[1] == "killed":
                _lying_dead(toks, qs, rules)
            if any(not q.measure and not q.extra.get("none") for q in qs):
                _all_aboard(toks, qs, text, s1, lang)
            nouned = [q.noun for q in qs if q.noun is not None]
            things = (pi, nouned[-1]) if nouned and nouned[-1].cls in ("building", "vehicle") else None
            _none_parts(toks, qs, rules)
            _strike_stays(toks, qs, rules, lambda lex=rules.lex: _striking(doc, lex, strike_pages))
            qs = [q for q in qs if not q.extra.get("none")]  # counts of no casualty ("the release of 12 people")
            if any(q.measure == "participants" for q in qs) and _at_ceremony(toks, before, pi, rules):
                qs = [q for q in qs if q.measure != "participants"]  # "Прощання із загиблими. Прийшли тисячі людей."
            if table_head is not None and table_head[0] == pi:
                _by_column(text, s0, s1, toks, qs, table_head[1])
            if len(qs) >= 2 and (table_head is None or table_head[0] != pi) and ("\t" in text[s0:s1] or text.count("|", s0, s1) >= 2):
                _row_cells(text, s0, s1, toks, qs)
            if len(qs) == 1 and not qs[0].measure and last_measure is not None and last_measure[0] == pi \
                    and text[max(0, s0 - 3) : s0].rstrip().endswith(";") and rules._elided(toks, 0, qs[0], opened=True):
                qs[0].measure, qs[0].how = last_measure[1], "gapped"  # "...700 затриманих; | МВС — про 639."
            if any(not q.measure for q in qs):
                if last_measure is not None and last_measure[0] == pi:
                    _refer(toks, qs, rules, last_measure[1])
                elif before is not None and before[2] == pi:
                    _refer(toks, qs, rules, _trigger_in(before, rules))
                else:
                    _refer(toks, qs, rules, None)
            if any(not q.measure and q.noun is not None and q.noun.cls in ("building", "vehicle") for q in qs):
                _heading_measure(doc, s0, qs, rules)  # "## Пошкоджено внаслідок удару" over "Приватні будинки | 6"
            if qs and not qs[-1].measure:  # "Полиция: «порядка 3 тысяч».", "...; the organisers said "more than 100,000""
                prior = next((p.measure for p in reversed(qs[-4:-1]) if p.measure), None) \
                    or (last_measure[1] if last_measure is not None and last_measure[0] == pi else None)
                if prior and _bare_statement(toks, qs[-1], markers, rules):
                    qs[-1].measure, qs[-1].how = prior, "statement"
            for q in qs:  # "Жители начали собираться. По данным полиции, на площади было около 1,5 тыс. человек."
                if not q.measure and named and _crowd_there(toks, q, rules):
                    crowd = last_measure[1] if last_measure is not None and last_measure[0] == pi else \
                        (_trigger_in(before, rules) if before is not None and before[2] == pi else None)
                    if crowd == "participants":
                        q.measure, q.how = crowd, "statement"
            if last_measure is not None and last_measure[0] in (pi, pi - 1) and qs and _item_head(text, s0, toks, qs):
                qs[0].measure, qs[0].how = last_measure[1], "item"  # "- **300 to 500** — an estimate by ..."
            for qi, q in enumerate(qs):
                if not q.measure:
                    continue
                limit = qs[qi + 1].start if qi + 1 < len(qs) else len(toks)
                if ctx is None:
                    ctx = Context(doc, timexes, mentions)
                when = ctx.when(toks[q.nstart].start, (s0, s1), para)
                doer = attr.doer(toks, text, q.start, q.measure) if not named else None
                if inherit is None and follow is not None and _FAMILY.get(q.measure, q.measure) in follow[2] and not finds["denial_refs"] \
                        and not attr.acting_subject(toks, q):
                    doer = doer or follow[1]  # a sentence that goes on with the last one's source
                carry = None if inherit is not None and not doer and attr.acting_subject(toks, q) else inherit  # "Полиция 80 адамды ұстады"
                claim = self._claim(doc, toks, q, markers, doer or carry, attr, (paren, cues, nationwide), (s0, s1), para, lang, ctx, cites, infobox,
                                    limit, when, antecedent[0] if antecedent else None, letterhead)
                if elsewhere_recap(text, (s0, s1)):
                    continue  # "Ранее сообщалось, что на руднике в Энской области погибли трое": another event's
                opened = plain[:2] if plain is not None and before is not None and plain[:2] == before[:2] and plain[2] == pi else None
                if (py := past_year(text, (s0, s1), claim.value_span[0], timexes, claim.value_span[1])
                        or opening_year(text, (s0, s1), timexes, opened)) is not None:
                    past[claim.measure, claim.value_span] = py  # "the deadliest since 2009, when explosions killed 37": maybe an earlier event's
                elif (day := own_date(claim.when, claim.when_how, (s0, s1), timexes)) is not None:
                    dated[claim.measure, claim.value_span] = day  # "In 2011 a blast killed 37 in the same mine": dropped when long before the story's
                if claim.modality == "asserted" and _doubted_after(cues, qs, q):
                    claim.modality = "unconfirmed"  # "... о нескольких задержанных, но официально задержания не подтверждались"
                if q.rule == "zero":
                    claim.modality = "asserted"  # "the police said it is the lie, nobody was killed": the denier's own count
                if cited is not None and claim.source is None and claim.citation is None:
                    claim.source, claim.source_type = Source(cited, _pub_type(attr, cited), None), None
                key = (claim.measure, str(claim.value), claim.value_span)
                if key not in seen:
                    seen.add(key)
                    out.append(claim)
            if len(out) - first_new > 1:
                out[first_new:] = counted_rumours(out[first_new:], text, lang)  # "Чутки про загибель одного"
            if back_for is not None and back_for[2] <= first_new and _line_ends(text, s1) and text[pstarts[pi] : s0].strip() \
                    and _prose_start(text, pstarts[pi]):  # (not a live blog's timed entry, which names its own source)
                closing_credit(out, back_for, pi, text, s0, s1, attr, markers, toks)  # "Погибли 17. Задержаны 2, сообщает X."
            rumour_named(out[first_new:], text, (s0, s1), lang)  # "В городе ходят слухи о сотне погибших"
            if len(out) > first_new:  # a page's headline repeated word for word (title, og-title, h1): one statement
                said_now = " ".join(sentence.split()).rstrip(".!?… ").lower()
                if len(said_now) >= 24 and any(p.startswith(said_now) for p in said):
                    del out[first_new:]
                else:
                    said.append(said_now)
            if len(out) > first_new:
                pending = (pi, first_new, len(out))
                if all(c.source is None and c.citation is None for c in out[first_new:]):
                    run = (pi, run_for[1] if run_for and run_for[0] == pi and run_for[2] == first_new else first_new, len(out))
                last_measure = (pi, out[-1].measure)
            elif hedge_for is not None and hedge_for[0] == pi and not named and len(out) == hedge_for[2]:
                pending, run = hedge_for, run_for  # "Погибли 40. Ещё 120 ранены. 5 в тяжёлом состоянии. Такие данные привело МВД": a count of no claim goes on with the report
            src = _continued(out[first_new:], markers, masthead)
            if initial_report(lang, src):
                src = None  # a first report does not go on into the next sentence
            chain = ((s0, s1), src, {_FAMILY.get(c.measure, c.measure) for c in out[first_new:]}) if src is not None else None
            if attr.lex.denial_refs.exact or attr.lex.denial_refs.prefix:
                own = _echo_target(out, _past_zeros(out, first_new), hedge_for, pi, toks, finds["denial_refs"] or _called_lie(attr.lex.lang, toks),
                                   word_list("kk", "denial_pointers") if attr.lex.lang == "kk" else None)
                _denial_echo(doc.id, out, own, pi, toks, text, attr, finds["denial_refs"])
            if _rumour_denied(doc.id, out, first_new, toks, text, attr) and pending is not None and pending[0] == pi:
                pending = (pi, pending[1], pending[2] + 1)  # the rumour went in before its denial
            _rumour_split(doc.id, out, first_new, toks, text, attr)
            _report_denied(doc.id, out, first_new, toks, text, attr, markers)
            _statement_denied(doc.id, out, first_new, toks, text, attr)
            last = [m for m in markers if m.name and m.kind in ("pre", "verb", "colon")]
            if last:
                antecedent = (last[-1], pi)
            if last or (last := [m for m in markers if m.name and m.kind == "post"]):
                compiler = (last[-1], pi)
        kept = drop_other_events(out, past, dated)
        left = {id(c) for c in kept}
        self.other_events = [(c.span, c.when) for c in out if id(c) not in left]  # a timeline row of that sentence and year is that event's too
        out = kept
        quote_speakers(text, out, lambda lg: self._stage(lg)[1])  # «Погибли трое. Пожар потушен», — написал он
        clear_no_names(out)  # "Ранее сообщалось о 14": a verb is no one's name
        credit_lines(text, out, lambda name: _pub_type(self._stage(doc.lang or "en")[1], name))  # "Source: Eastvale Herald"
        tweet_credits(text, out, lambda name: self._stage(doc.lang or "en")[1]._type_of(tokenize(name), default="unknown"))  # "— Name (@handle) May 3, 2024"
        return in_reading_order(doc, _unique_ids(doc.id, out))  # a citation's claims where it stands

    def _claim(self, doc, toks, q: Quantity, markers, carried, attr: Attributor, paren, sent, para, lang, ctx: Context, cites, infobox,
               limit, when, antecedent, letterhead=(frozenset(), "")) -> Claim:
        text = doc.text
        vs = (toks[q.nstart].start, toks[q.nend - 1].end)
        lo, hi = toks[q.start].start, toks[q.end - 1].end
        if q.trigger:
            a, b = q.trigger
            if toks[a].start >= vs[0] - _QUOTE_REACH and toks[min(b, len(toks)) - 1].end <= vs[1] + _QUOTE_REACH:
                # a trigger far off (the head of a long chain of "and ... and ...") stays out of the
                # quote: quotes of a chain would otherwise grow with its length
                lo, hi = min(lo, toks[a].start), max(hi, toks[min(b, len(toks)) - 1].end)
        hi = max(hi, toks[q.head_end - 1].end) if q.head_end > q.end else hi
        m = attr.choose(markers, q.start, q.end, carried, limit, antecedent)
        source, stype = None, "author"
        if m is not None and m.name:
            stype_m = m.type or "unknown"
            if stype_m == "unknown" and m.span and ctx.is_country(m.span):
                stype_m = "official"  # a country as the speaker is its government
            elif stype_m == "unknown" and m.span and (typ := attr.typed_mention(text, m.name, m.span[0])):
                stype_m = typ  # "Резніченко повідомляє" after "голова ОВА Валентин Резніченко"
            elif stype_m == "unknown" and letterhead[1] not in ("", "unknown") and m.ntok and any(
                    t.text[:1].isupper() and t.low in letterhead[0] for t in toks[m.ntok[0] : m.ntok[1]]):
                stype_m = letterhead[1]  # "ArcelorMittal ... confirms" under the letterhead "ArcelorMittal ... JSC"
            source = Source(m.name, stype_m, m.span)
            if m.span and sent[0] <= m.span[0] < sent[1] and abs(m.span[0] - vs[0]) < 200:
                lo, hi = min(lo, m.span[0], toks[m.cue[0]].start), max(hi, m.span[1], toks[m.cue[1] - 1].end)
        if source is None and m is None:
            hm = _heading_source(doc, vs[0], attr, ctx.heading_src)
            if hm is not None:  # "## Итог по официальным данным" over a table
                source = Source(hm.name, hm.type or "unknown", hm.span)
        modality, in_paren = attr.modality(paren[1], q.start, q.end, paren[0])
        if m is not None and m.modality and modality == "asserted":
            modality = m.modality  # a table row headed "Соцмережі (не підтверджено)"
        if modality == "denied" and m is not None and m.rumour:
            source = None  # "сведения, распространяемые в соцсетях, не соответствуют действительности"
            denier = [x for x in markers if x.name and not x.rumour and x.kind == "verb" and x.ntok and x.ntok[1] <= x.cue[0] <= m.cue[0]]
            if denier:  # "Міська рада спростувала чутки в соцмережах про 100 загиблих": the subject denies
                d = denier[-1]
                source = Source(d.name, d.type or "unknown", d.span)
        if modality == "unconfirmed" and source is None and not in_paren:
            stype = "unknown"
        modality = _social_hedge(modality, source, q.measure)
        report_date, citation = doc.published, None
        for span, ci in cites:
            if span[0] <= vs[0] < span[1]:
                c = doc.citations[ci]
                citation, report_date = ci, c.date or report_date
                if c.publisher:
                    source = Source(c.publisher, _pub_type(attr, c.publisher), None)
                break
        else:
            label = m is not None and m.name and m.ntok == m.cue and m.ntok[1] - m.ntok[0] == 1 and m.name.islower()
            if (source is None or label) and any(b0 <= vs[0] < b1 for b0, b1 in infobox):
                for ci, c in enumerate(doc.citations):
                    if c.anchor and c.publisher and c.anchor[0] <= hi and vs[0] <= c.anchor[1] and _same_line(text, vs[0], c.anchor[0]):
                        # an infobox cell's reference; over a bare "(официально)" label, the body the reference's
                        # title opens with ("Прокуратура СССР: ...", "Справка МВД СССР ..."), else its publisher
                        body = _title_body(attr, c.title) if label else None
                        citation, source = ci, body or Source(c.publisher, _pub_type(attr, c.publisher), None)
                        report_date = c.date or report_date
                        break
        skip = [m.span] if m is not None and m.span and m.name else []  # "Investigative Committee of Russia"
        place, place_how = ctx.place(sent, para, vs[0], skip, paren[2], attr.lex.locative_preps, q.measure)
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


def _all_aboard(toks, qs: list[Quantity], text: str, s1: int, lang: str) -> None:
    """A figure of people aboard a craft ("with 112 people on board", ``aboard_words.txt``) followed,
    in its sentence or the next one, by a phrase saying all of them died ("All passengers and crew
    died", ``all_died.txt``): the number aboard is the toll."""
    aboard = word_list(lang, "aboard_words")
    if not aboard.size:
        return
    cues = aboard.find(toks)
    if not cues:
        return
    died = word_list(lang, "all_died")
    for q in qs:
        if q.measure or q.extra.get("none") or q.head is not None or (q.noun is not None and q.noun.cls != "person"):
            continue
        end = max(q.end, q.head_end)
        cue = next(((a, b) for a, b, _p in cues if 0 <= a - end <= 3 or 0 <= q.start - b <= 8), None)
        if cue is None:
            continue
        def said(ts, lo=0) -> bool:  # an "all died" phrase with no figure of its own ("загинули всі 92": the toll is given)
            return any(not any(t.kind == "n" for t in ts[b : b + 3]) for _a, b, _p in died.find(ts, lo))

        if not said(toks, end):
            e, stops = s1, 0  # the next sentence ("... перебували 177 осіб. За даними рятувальників, ніхто не вижив.")
            while e < len(text) and e - s1 < 300 and stops < 2:
                stops += text[e] in ".!?\n" and e > s1 + 1
                e += 1
            if not said(tokenize(text, 0, s1, e)):
                continue
        q.measure, q.trigger, q.how = "killed", cue, "aboard"


def _opening_pronoun(toks, markers) -> bool:
    """Does a pronoun source open the sentence ("По его словам, ...", "According to her, ...")?"""
    return any(m.kind == "pronoun" and m.cue[0] <= 1 for m in markers)


def _back_target(hedge_for: tuple | None, run: tuple | None, pi: int, text: str, pstarts: list[int], s0: int) -> tuple | None:
    """The claims a figure-less pointer sentence ("Про це повідомляє ДСНС", "Об этом сообщили в МЧС")
    names the source of: those of the sentence before it, from the first of the run of sentences
    right before it whose claims have no source ("Погибли 19. Ранены 105. Об этом сообщает X"); a
    pointer that opens the next paragraph points back at the paragraph before it."""
    if hedge_for is None:
        return None
    target = hedge_for
    if run is not None and run[0] == hedge_for[0] and run[2] == hedge_for[2]:
        target = (hedge_for[0], min(run[1], hedge_for[1]), hedge_for[2])
    if target[0] == pi - 1 and pi < len(pstarts) and not text[pstarts[pi] : s0].strip():
        target = (pi, *target[1:])
    return target


def _social_hedge(modality: str, source: Source | None, measure: str | None) -> str:
    """What only social media say of casualties is a rumour: ``unconfirmed`` (a crowd estimate
    posted there is not: "Telegram channels counted several thousand people")."""
    if modality == "asserted" and source is not None and source.type == "social_media" and measure != "participants":
        return "unconfirmed"
    return modality


def _heading_source(doc: Document, offset: int, attr: Attributor, cache: dict) -> Marker | None:
    """The source a governing section heading names ("Итог по официальным данным", "Figures
    according to the ministry"), for the figures under it that name none."""
    secs = [s for s in doc.sections_at(offset) if s.level >= 2 and s.span and s.title]
    if not secs:
        return None
    sec = secs[-1]
    if sec.span not in cache:
        a, b = sec.span
        toks = tokenize(doc.text, 0, a, min(b, a + 200))
        state = (attr._toks, attr._paren)
        try:
            named = [mk for mk in attr.markers(toks, doc.text) if mk.name and mk.kind in ("pre", "post", "colon")]
        finally:
            attr._toks, attr._paren = state
        cache[sec.span] = named[0] if named else None
    return cache[sec.span]


def _heading_measure(doc: Document, offset: int, qs: list[Quantity], rules: Rules) -> None:
    """Buildings or vehicles counted with no trigger of their own (a table row "Приватні будинки |
    6") under a section heading that names a damage ("Пошкоджено внаслідок удару", "Damaged") and no
    figure: the heading's measure, for the class it fits."""
    secs = [s for s in doc.sections_at(offset) if s.title]
    if not secs or len(secs[-1].title) > 200 or any(c.isdigit() for c in secs[-1].title):
        return  # (a headline with its own count, "автобус өртеніп, 52 адам қаза тапты", heads no table of damage)
    toks, meas = tokenize(secs[-1].title), rules.lex.measures
    found = [t for i in range(len(toks)) for _e, t in meas.at(toks, i)]
    needs = {t.needs: t.measure for t in found if t.needs in ("building", "vehicle") and t.measure != "none"}
    for q in qs:
        if not q.measure and q.noun is not None and q.noun.cls in needs:
            q.measure, q.how = needs[q.noun.cls], "heading"


def _unique_ids(doc_id: str, claims: list[Claim]) -> list[Claim]:
    """Claims with distinct ids: a claim split in two over one quote (a rumour and its denial, "40
    погибших, распространяемая в социальных сетях ... не соответствует действительности") would
    otherwise share the id its span, measure and value give; the later one gets its modality and rank
    in the id. The store and every reference to a claim need ids to be unique."""
    seen: set[str] = set()
    for k, c in enumerate(claims):
        if c.id in seen:
            c.id = stable_id("c", doc_id, c.span, c.measure, c.value, c.modality, k)
        seen.add(c.id)
    return claims


def _cells(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """Non-empty cells of a table row rendered as a line (tab- or "|"-separated)."""
    line = text[s0:s1]
    sep = "\t" if "\t" in line else "|"
    out, a = [], s0
    for k in range(s0, s1 + 1):
        if k == s1 or text[k] == sep:
            if text[a:k].strip():
                out.append((a, k))
            a = k + 1
    return out if len(out) >= 2 else []


def _object_of_one(q) -> bool:
    """A singular count that is the object of the verb before it ("it had fired the engineer who posted
    the photo"): the one person is counted even where a relative clause makes them a speaker."""
    return q.rule == "singular" and q.extra.get("single", ())[3:] == ("left",)


def _column_heads(text: str, s0: int, s1: int, rules: Rules) -> list[str | None] | None:
    """The measure each column header names ("Killed | Injured | Detained", "Обратились": a header
    word of ``column_heads.txt``), or None for a line that is no header of counts (it holds a
    figure, or names no measure)."""
    cells = _cells(text, s0, s1)
    heads = []
    lex = rules.lex
    for a, b in cells:
        toks = tokenize(text, 0, a, b)
        if any(t.kind == "n" for t in toks):
            return None
        found = [m for _i, _j, m in lex.column_heads.find(toks)] or _things_head(toks, lex) \
            or [m.measure for _i, _j, m in lex.measures.find(toks) if m.measure != "none"]
        sub = toks and not found and heads and heads[-1] and (c := lex.connectives.first(toks, 0)) and c[1] == "subset"
        heads.append(found[0] if found else heads[-1] if sub else None)  # "Погибшие | Из них милиционеры": a part of the column before
    return heads if any(heads) else None


def _at_ceremony(toks, before, pi: int, rules: Rules) -> bool:
    """A funeral or a farewell named in the sentence or in the one before it (same paragraph): its
    crowd is no count of the event's participants (``ceremony_context.txt``)."""
    cer = rules.lex.ceremony
    if cer.find(toks):
        return True
    if before is None or before[2] != pi or before[1] - before[0] > 400:
        return False
    return bool(cer.find(tokenize(before[4], 0, before[0], before[1])))


_STAY_GAP = 6  # words at most between a figure's noun and the stay phrase after it ("29 miners of the mine stayed underground")
_STAY_LEAD = 2  # words at most between a stay phrase and the figure after it ("under the ground remained over 250 miners")
_STAY_BREAKS = frozenset(',.;:!?()«»"“”—–')  # a clause or a quote ends between the figure and the phrase (a hyphen, a date do not)
_STAY_MEASURES = (None, "missing", "participants")  # what a stay phrase may overrule: no measure, or the readings it has off a strike


def _striking(doc: Document, lex, cache: dict) -> bool:
    """Is the page about a strike (``strike_context.txt``), by the words of the sentence's language?"""
    if lex.lang not in cache:
        cache[lex.lang] = bool(lex.strike_context.size and lex.strike_context.find(tokenize(doc.text, 0, 0, len(doc.text))))
    return cache[lex.lang]


def _strike_stays(toks, qs: list[Quantity], rules: Rules, striking) -> None:
    """On a page about a strike, people who stay underground, refuse to come up or come up when the
    strike ends are its strikers (``strike_stays.txt``): "40 miners stayed underground", "під землею
    залишалися 40 гірників", "жер астында 40 адам бар". Off a strike page the same words count the
    missing (a collapse) or no one (a shift that got out), so the page decides (`_striking`)."""
    stays = rules.lex.strike_stays
    hits = stays.find(toks) if stays.size else []
    if not hits or not any(q.measure in _STAY_MEASURES for q in qs) or not striking():
        return
    starts = {q.start for q in qs}
    for q in qs:
        if q.measure not in _STAY_MEASURES or (q.noun is not None and q.noun.cls != "person") \
                or (q.head is not None and not q.head.weak):
            continue
        lo = max(q.head_end, q.end)
        for i, j, _p in hits:
            after = lo <= i <= lo + _STAY_GAP and not any(toks[k].text in _STAY_BREAKS or k in starts for k in range(lo, i))
            before = j <= q.start <= j + _STAY_LEAD and not any(toks[k].kind != "w" for k in range(j, q.start))
            if after or before:
                q.measure, q.trigger, q.how = "strikers", (i, j), "right" if after else "left"
                q.extra.pop("none", None)
                break


def _things_head(toks, lex) -> list[str]:
    """The measure of a header cell that names what it counts: "Cars damaged" counts vehicles, not
    buildings, though "damaged" alone is first a building trigger."""
    things = {n.cls for _i, _j, n in lex.nouns.find(toks)} & {"building", "vehicle"}
    if not things:
        return []
    return [m.measure for i in range(len(toks)) for _e, m in lex.measures.at(toks, i) if m.needs in things]


def _by_column(text: str, s0: int, s1: int, toks, qs: list[Quantity], heads: list[str | None]) -> None:
    """A row of figures under a header row takes each column's measure: a bare figure, and one whose
    measure came from a word in another cell ("Центр травматологии | 470 | 140 | 7")."""
    cells = _cells(text, s0, s1)
    if len(cells) != len(heads):
        return
    for q in qs:
        if q.noun is not None and q.noun.cls not in ("person", "troops"):
            continue  # (a row "Police officers | 176 | 12" counts police officers: its cells are theirs)
        at = toks[q.nstart].start
        for (a, b), m in zip(cells, heads, strict=True):
            if a <= at < b:
                own = q.trigger is not None and q.how in ("left", "right", "head") and a <= toks[min(q.trigger[0], len(toks) - 1)].start < b
                if m and not own:
                    q.measure, q.how, q.trigger = m, "column", None
                break


def _row_cells(text: str, s0: int, s1: int, toks, qs: list[Quantity]) -> None:
    """A bare figure alone in its cell right after the cell of a counted figure of the same table row
    ("Dead | 32 | 59 | ministry / administration": one count by two sources) counts what it counts
    (not under a header row of counts: its column says what it counts)."""
    cells = _cells(text, s0, s1)
    if len(cells) < 3:
        return
    def cell(q):
        at = toks[q.nstart].start
        return next((i for i, (a, b) in enumerate(cells) if a <= at < b), None)
    for p, q in zip(qs, qs[1:], strict=False):
        if q.measure or not p.measure or p.how == "column" or q.rule != "quantity":
            continue
        i, j = cell(p), cell(q)
        if (q.noun is not None or q.head is not None) and (j is None or q.head_end <= q.end or toks[q.head_end - 1].start < cells[j][1]):
            continue  # (a counted noun of its own, inside its cell)
        if i is None or j != i + 1 or toks[p.nstart].start < cells[i][0] or text[toks[q.end - 1].end : cells[j][1]].strip():
            continue  # (the figure alone in the next cell, up to its edge)
        if text[cells[j][0] : toks[q.start].start].strip():
            continue
        q.measure, q.how, q.trigger = p.measure, "column", p.trigger


def _doubted_after(cues: tuple, qs: list[Quantity], q: Quantity) -> bool:
    """The clause after the figure's, past a "but", doubts it and states no figure of its own."""
    contrasts, seg, _par = cues
    k = bisect.bisect_right(contrasts, q.start)
    if seg.get(k + 1) != "unconfirmed" or k >= len(contrasts):
        return False
    lo, hi = contrasts[k], contrasts[k + 1] if k + 1 < len(contrasts) else 1 << 30
    return not any(lo <= o.start < hi for o in qs)


def _crowd_there(toks, q: Quantity, rules: Rules) -> bool:
    """"There were N people" ("на площади было около 1,5 тыс. человек", "алаңда 10 мыңнан астам адам
    болған"): people counted only as present, a few words from an existential verb (``exist`` in
    connectives.txt); with a named source after a gathering, a competing crowd estimate."""
    if q.noun is not None and (q.noun.cls != "person" or q.noun.group):
        return False
    n = len(toks)
    conn = rules.lex.connectives
    for k in range(max(0, q.start - 5), min(n, max(q.end, q.head_end) + 3)):
        if conn.index[toks[k].low] and any(c == "exist" for _e, c in conn.at(toks, k)):
            return True
    return False


def _dated_opening(toks, in_timex) -> bool:
    """Does the sentence open with a date ("On 7 May, police detained ...")? It tells of another day,
    not of the last speaker's report."""
    return any(t.kind == "n" and in_timex(t.start, t.end) for t in toks[:3])


def _next_day_opening(toks) -> bool:
    """Does the sentence open with another day counted from the last ("Наступного дня", "The next
    day", ``time_relative.txt`` rows of a nonzero day offset)? A toll revised then is the writer's
    account ("Наступного дня кількість загиблих зросла до 21"), not the last speaker's (a calendar
    date does not tell: "By 5 April the toll had risen to 18" goes on with the governor)."""
    words = [t.text.casefold() for t in toks[:5] if t.kind == "w"]
    while words and words[0] in _LEAD_WORDS:
        words = words[1:]
    return any(tuple(words[: len(d)]) == d for d in _DAY_SHIFTS)


def _day_shifts() -> frozenset[tuple[str, ...]]:
    out = set()
    for lang in langdata.languages():
        for row in langdata.load_table(lang, "time_relative"):
            if len(row) >= 3 and row[2] == "anaphoric" and row[1].lstrip("-").isdigit() and int(row[1]) != 0:
                out.add(tuple(re.findall(r"\w+", row[0].casefold())))
    return frozenset(d for d in out if d)


_DAY_SHIFTS = _day_shifts()
_LEAD_WORDS = {"and", "but", "а", "и", "і", "та", "але", "но", "ал", "бірақ", "then", "потом", "потім"}


def _bare_statement(toks, q: Quantity, markers: list[Marker], rules: Rules) -> bool:
    """A clause that is only a source and a bare figure ("Police: «about 3,000»", "Полиция — около
    3 тысяч", "The ministry acknowledged 436", "..., while the organisers spoke of «over 100,000»"): a
    competing estimate of what was counted just before. The clause runs from the sentence start, a
    ";" or a comma before a contrast or the source to the sentence end (a remark in brackets may
    close it); besides the source's name and cue it may hold
    only articles, "about"-prepositions, punctuation and the connective that opens it."""
    if q.noun is not None or q.head is not None:
        return False
    n = len(toks)
    j = q.end
    while j < n:  # only punctuation after the figure, or a closing remark in brackets ("(not confirmed)")
        if toks[j].text == "(":
            j = next((e for e in range(j + 1, min(n, j + 12)) if toks[e].text == ")"), n + 1)
        elif toks[j].kind != "p":
            return False
        j += 1
    if j > n:
        return False
    opens = {min(m.cue[0], m.ntok[0]) for m in markers if m.name and m.ntok}
    lo = 0
    for k in range(q.start - 1, -1, -1):
        if toks[k].text == ";":
            lo = k + 1
            break
        if toks[k].text == "," and k + 1 < q.start and ((k + 1) in opens or (
                (c := rules.lex.connectives.first(toks, k + 1)) and c[1] in ("contrast", "clause"))):
            lo = k + 1  # "..., while the organisers ...", "..., організатори заявили про ..."
            break
    named = [m for m in markers if m.name and m.ntok and m.kind in ("colon", "pre", "verb", "post") and lo <= min(m.cue[0], m.ntok[0])]
    if not named:
        return False
    covered = set(range(q.start, q.end))
    for m in named:
        covered.update(range(min(m.cue[0], m.ntok[0]), max(m.cue[1], m.ntok[1])))
    k = lo
    if k < n and (c := rules.lex.connectives.first(toks, k)) and c[1] in ("contrast", "clause", "and"):
        k = c[0]
    return all(j in covered or toks[j].kind == "p" or toks[j].low in _FILLER for j in range(k, q.start))


_FILLER = {"the", "a", "an", "о", "об", "про", "about", "of", "at"}  # words a bare statement may hold besides its source


def _item_head(text: str, s0: int, toks, qs: list[Quantity]) -> bool:
    """A list item that opens with a bare figure and a dash ("- **300 to 500** — estimate of ..."):
    a definition-style list of competing figures for the measure of the item before it."""
    q = qs[0]
    if q.measure or q.noun is not None or q.rule == "vague":
        return False
    line = text[s0 : toks[q.start].start].replace("*", "").replace("_", "").strip()
    if line not in ("-", "•", "–", "—") and not (line == "" and (s0 == 0 or text[s0 - 1] == "\n")):
        return False
    return q.end < len(toks) and toks[q.end].text in ("—", "–", "-", ":")


def _refer(toks, qs: list[Quantity], rules: Rules, measure: str | None) -> None:
    """A figure with no measure that a word points back from ("a figure of about 900", "which then
    stood at 40", "их несколько тысяч") counts what the last count of its paragraph counted."""
    prev = last = None
    for q in qs:
        last, before = q, last
        if q.measure:
            measure, prev = q.measure, q  # a count earlier in the same sentence is nearer
            continue
        if before is not None and not before.measure and rules._link(toks, q, before) == "subset":
            prev = None  # "эвакуированы 450 жителей, из них 120 детей": a part of an uncounted whole
            continue
        if not measure or (q.noun is not None and q.noun.cls not in ("person", "troops")) or (q.rule == "subset_one" and measure != "killed"):
            prev = None  # (one named among the injured, "Среди них подросток", is no count of its own)
            continue
        # "Серед них, за версією влади, 31 ...": a parenthetical may stand between
        lo = max(0, q.start - (10 if q.start and toks[q.start - 1].text == "," else 6))
        if any(not (a and toks[a - 1].low in _RELATIVE_SUBJECTS) for a, _e, _p in rules.lex.anaphora.find(toks, lo, q.start)):
            q.measure, q.how = measure, "anaphora"
        elif _among_them(toks, q, rules) or _of_them_closes(toks, q, rules):
            q.measure, q.how = measure, "anaphora"  # "Eight journalists were among them.", "confirm the names of 21 of them."
        elif q is qs[0] and (any(c == "subset" for _e, c in rules.lex.connectives.at(toks, 0)) or (q.start == 0 and q.value != 1 and rules._subset_at(toks, q.end))):
            q.measure, q.how = measure, "anaphora"  # a table row "в том числе горноспасатели | 5" under "Погибшие | 51"
        elif q is qs[-1] and q.noun is None and q.head is None and rules.lex.count_nouns.starts_in(toks, 0, 4) \
                and all(t.kind == "p" for t in toks[q.end :]):
            q.measure, q.how = measure, "anaphora"  # "Our own count, based on ..., exceeds 7,000."
        elif q.extra.get("revised") and (q.noun is None or (q.noun.cls == "person" and not q.noun.group)) and q.rule != "vague":
            q.measure, q.how = measure, "revised"  # "згодом її уточнили до 63", "The fans speak about 50 thousand persons"
        elif prev is not None and prev.how in ("anaphora", "list", "revised") and _listed(toks, prev, q, rules):
            q.measure, q.how = measure, "list"  # "Of these, 94 were ..., 31 were ... and 57 were ..."
        elif _figure_given(toks, q, rules):
            q.measure, q.how = measure, "statement"  # "Officials first reported 67 dead. The chief doctor gave 117, ..."
        prev = q if q.measure else None


# a relative pronoun before a pointing word makes it a verb of another noun ("displaced families, who
# number over 265,000"): the figure counts that noun, not the count before
_RELATIVE_SUBJECTS = frozenset(("who", "which", "that"))
_GIVEN_PREPS = frozenset(("of", "about", "о", "об", "про", "«", "\"", "“", "„", "'"))


def _figure_given(toks, q: Quantity, rules: Rules) -> bool:
    """A bare figure that a verb of giving a figure governs ("the chief doctor gave 117, saying ...", "в
    деле фигурирует 130", "сторонники говорили о 3000", "117 деп атады"; ``figure_verbs``): no counted
    noun of its own but a plain "people", only quotes or "of" between the verb and it, nothing but
    punctuation or a clause break after it."""
    lex = rules.lex
    if not lex.figure_verbs.size or q.head is not None or q.value is None:
        return False
    if q.noun is not None and (q.noun.cls != "person" or q.noun.group):
        return False
    n, e = len(toks), max(q.end, q.head_end)
    while e < n and toks[e].text in _QUOTE_CLOSE:
        e += 1
    k = q.start
    while True:  # "spoken of 50", "говорили о «3000»"
        if any(kind == "before" for _s, kind in lex.figure_verbs.ending_at(toks, k, 4)):
            return e >= n or toks[e].kind == "p"
        if k == 0 or toks[k - 1].low not in _GIVEN_PREPS:
            break
        k -= 1
    if e < n and q.noun is None and (m := lex.figure_verbs.first(toks, e)) and m[1] == "names":
        return m[0] >= n or toks[m[0]].kind == "p"  # "a list of 745 names, ...", "Our register holds 372 names."
    return any(kind == "after" for _e, kind in lex.figure_verbs.at(toks, e)) if e < n else False


_QUOTE_CLOSE = frozenset(("»", "\"", "”", "'"))


def _none_parts(toks, qs: list[Quantity], rules: Rules) -> None:
    """A part ("из них 120 детей") of a count of no casualty right before it ("эвакуированы 450
    жителей") with no measure of its own counts no casualty either."""
    for p, q in zip(qs, qs[1:], strict=False):
        if p.extra.get("none") and not q.measure and rules._link(toks, q, p) in ("subset", "breakdown", "and", "gapped"):
            q.extra["none"] = True  # also the next item of its list: "168 were moved ...: 96 by helicopter and 72 by road"


def _among_them(toks, q: Quantity, rules: Rules) -> bool:
    """A pronoun subset ("among them", "серед них") closes the clause a few words after the figure."""
    n = len(toks)
    lo = max(q.end, q.head_end)
    for a, b, kind in rules.lex.connectives.find(toks, lo, min(n, lo + 8)):
        if kind == "subset" and (b >= n or toks[b].text in ".;!?") and not any(t.kind == "n" or t.text in ",:;(" for t in toks[lo:a]):
            return True
    return False


def _of_them_closes(toks, q: Quantity, rules: Rules) -> bool:
    """The figure is followed by a pronoun subset that ends its clause: "the names of 21 of them."."""
    m = rules.lex.connectives.first(toks, q.end)
    if m is None or m[1] != "subset" or not rules._subset_at(toks, q.end):
        return False
    return m[0] >= len(toks) or toks[m[0]].text in ".;!?,"


def _listed(toks, prev: Quantity, q: Quantity, rules: Rules) -> bool:
    """``q`` is the next item of a list that ``prev`` opened: a comma or "and" a few words on."""
    gap = toks[max(prev.end, prev.head_end) : q.start]
    if not 0 < len(gap) <= 8 or any(t.text in ".;:()" for t in gap):
        return False
    if len(gap) <= 6 and gap[-1].low in _LIST:
        return True
    if gap[-1].low in _LIST and gap[-1].text != "," and not any(t.kind == "n" for t in gap) and not rules.lex.measures.find(gap):
        return True  # "94 were «terrorists», 31 were members of the security forces and 57 were civilians"
    # "цифру 93, а ввечері того ж дня — 133": a clause whose verb a dash leaves out
    return gap[-1].text in ("—", "–") and any(t.low in _LIST and t.text != "," for t in gap[:2])


_LIST = {",", "and", "и", "і", "та", "й", "және", "мен", "бен", "пен", "a", "а"}


def _trigger_in(sentence: tuple, rules: Rules) -> str | None:
    """The measure of the last trigger of a (figure-less) sentence: "протестующие собираются"."""
    s0, s1, _pi, _attr, text = sentence
    if s1 - s0 > 400:
        return None
    found = [t for _a, _b, t in rules.lex.measures.find(tokenize(text, 0, s0, s1)) if t.measure != "none"]
    return found[-1].measure if found else None




def _source_of(claims: list[Claim]) -> Marker | None:
    """The source of the last sourced, not denied claim, as a marker that carries over."""
    for c in reversed(claims):
        if c.source is not None and c.modality != "denied":
            return Marker((0, 0), "pre", c.source.name, c.source.span, None, c.source.type)
    return None


# measures that one report gives together: a sentence goes on with the last one's source only
# within the same kind ("ДСНС: 20 загиблих. Зниклими безвісти вважаються 40", not "Activists said
# 50 missing. Two journalists detained on 6 January were released")
_FAMILY = {"injured": "killed", "missing": "killed", "arrested": "detained", "charged": "detained", "convicted": "detained",
           "vehicles_damaged": "buildings_damaged", "strikers": "participants"}


def _preliminary_only(lang: str, toks, named: list[Marker]) -> bool:
    """Are a sentence's only attributions hedges on the data's status that name no reporter ("По
    предварительным данным, ...", "According to preliminary information, ...":
    ``source_preliminary.txt``)? Right after a sentence that names its speaker ("В МЧС Энской области
    сообщили, что на борту было шесть человек. По предварительным данным, четверо погибли"), the
    figures go on with that speaker."""
    prelim = word_list(lang, "source_preliminary")
    if not prelim.size:
        return False
    return all(m.kind in ("impersonal", "pre") and (m.kind == "impersonal" or not m.name) and prelim.first(toks, m.cue[0])
               for m in named)


def _group_in(sentence: tuple) -> Marker | None:
    """The first speaker of a known kind a figure-less sentence names without a speech verb, for a
    pronoun after it ("Тірі қалғандар бұл деректермен келіспейді. Олардың айтуынша, 500 ...",
    "Выжившие не согласны с этими данными. По их словам, ..."); None if it names none."""
    s0, s1, _pi, attr, text = sentence
    if s1 - s0 > 400:
        return None
    toks = tokenize(text, 0, s0, s1)
    for x, y, typ in attr.lex.source_types.find(toks):
        if typ != "unknown":
            body = attr.body_in(toks, text)  # a body's whole name: "МЧС Казахстана", "the Ministry of Justice"
            if body is not None and body.ntok[0] <= x < body.ntok[1]:
                return body
            span = (toks[x].start, toks[y - 1].end)
            return Marker((x, y), "pre", text[span[0] : span[1]], span, (x, y), typ)
    return None


def _table_pointer(sentence: str, lang: str, text: str, paragraphs: list, pi: int) -> bool:
    """Does a figure-less sentence announce the table of the next paragraph ("The commission's
    breakdown is given below.", "Разбивка приводится ниже.")? Its paragraph's source goes on to
    the table's rows."""
    if pi + 1 >= len(paragraphs) or any(ch.isdigit() for ch in sentence):
        return False
    nxt = text[paragraphs[pi + 1][0] : paragraphs[pi + 1][1]]
    if "\t" not in nxt and nxt.count("|") < 2:
        return False
    low = sentence.lower()
    if not any(w.split()[0] in low for w in langdata.load_list(lang, "table_pointers")):
        return False
    toks = tokenize(sentence, 0, 0, len(sentence))
    return bool(word_list(lang, "table_pointers").find(toks))


def _closes_paragraph(text: str, s1: int, pi: int, pstarts: list[int]) -> bool:
    """Is the sentence ending at ``s1`` the last of its prose paragraph (``pi``), with another prose
    paragraph after it? Not a list item, table row or a live blog's timed entry ("**17:35** ..."),
    which each name their own source."""
    if pi + 1 >= len(pstarts) or text[s1 : pstarts[pi + 1]].strip():
        return False
    return all(_prose_start(text, pstarts[k]) for k in (pi, pi + 1))


def _line_ends(text: str, s1: int) -> bool:
    """Does the sentence ending at ``s1`` end its line (a paragraph's last sentence)?"""
    rest = text[s1 : s1 + 200].lstrip(" \t\r")
    return not rest or rest[0] == "\n"


def _lead_pointer(text: str, s0: int, s1: int, pi: int, pstarts: list[int], attr: Attributor, back_for) -> tuple[Marker, int, int, int] | None:
    """The source a figure-less pointer sentence names for the report it closes or opens
    ("Загинули 5. Про це повідомляє X. || Серед них двоє дітей", a headline then "Об этом сообщает
    X." then the figures), with the last paragraph it goes on into, its own and the offset where it
    stops: at the end of a paragraph, or when it has no figures before it to point at (`_back_target`
    found none), it goes on with the figures of the next paragraphs; in the middle of one, after
    figures it points back at, with the rest of its line ("Погибли 40. Об этом сообщило МВД. Ещё 120
    ранены."; the next line of a page goes on in the author's voice: "Сообщается, что ...")."""
    m = pointer_source(text, s0, s1, attr)
    if m is None:
        m = _data_release(text, s0, s1, attr)  # it announces the figures after it, whatever is before it
        return None if m is None else (m, pi + _LEAD_REACH, pi, len(text))
    if _closes_paragraph(text, s1, pi, pstarts) or back_for is None:
        return m, pi + _LEAD_REACH, pi, len(text)
    stop = text.find("\n", s1)
    return m, pi, pi, len(text) if stop < 0 else stop


def _data_release(text: str, s0: int, s1: int, attr: Attributor) -> Marker | None:
    """The body that publishes or updates its data on the victims in a figure-less sentence it opens
    ("Власти Заречья опубликовали уточненные данные о числе жертв давки.", ``source_data_release.txt``):
    the figures after it are that body's ("Согласно последним данным, погибли 15")."""
    if s1 - s0 > 300:
        return None
    releases = word_list(attr.lex.lang, "source_data_release")
    if not releases.size:
        return None
    toks = tokenize(text, 0, s0, s1)
    hit = releases.find(toks)
    if not hit or _denying(attr, toks):
        return None
    body = attr.body_in(toks[: hit[0][0]], text)
    if body is None or body.ntok[0] > 3 or body.type not in ("official", "ngo", "company", "media"):
        return None  # the subject opens the sentence ("Власти Заречья опубликовали ..."), not a body named inside it
    return body


def _after_prose(text: str, s0: int, pi: int, pstarts: list[int], hedge_for: tuple | None, out: list[Claim]) -> bool:
    """Does the figure-less sentence at ``s0`` open its paragraph right after a prose paragraph
    whose figures came just before it ("Погибли 16 горняков. || Взрыв произошёл ночью, передает МЧС
    Заречья.")? Its postposed credit then closes the report before (`closing_credit`). Not after a
    headline (no closing stop) nor a list item or table row, nor after a paragraph that names a
    source of its own (its unsourced figures are the page's word: "Погибли 22, сообщили в полиции.
    Ранены 59. || ..., пишет X.")."""
    if pi < 1 or hedge_for is None or hedge_for[0] != pi - 1 or text[pstarts[pi] : s0].strip():
        return False
    if any(c.source is not None and pstarts[pi - 1] <= c.span[0] < pstarts[pi] for c in out):
        return False
    prev = text[pstarts[pi - 1] : pstarts[pi]].rstrip()
    return bool(prev) and prev[-1] in ".!?…»\"”)" and _prose_start(text, pstarts[pi - 1])


def _prose_start(text: str, start: int) -> bool:
    """Does the paragraph at ``start`` open with a word or a quote (no digit, list or table mark)?"""
    head = text[start : start + 40].lstrip()
    return bool(head) and (head[0].isalpha() or head[0] in "«“„\"")


def _same_item(text: str, prev: tuple[int, int], s0: int) -> bool:
    """Is a sentence at ``s0`` on the same line as the one at ``prev``? Readers keep list items,
    table rows and timeline entries on lines of their own, which each name their source."""
    return "\n" not in text[prev[1] : s0]


def _next_paragraph(text: str, before: tuple, s0: int, pi: int, pstarts: list[int]) -> bool:
    """Does the sentence at ``s0`` open the prose paragraph right after the one the sentence
    ``before`` closes ("В МЧС Энской области сообщили, что погибли 4. || Ещё 12 человек ранены, 3 из
    них в тяжёлом состоянии.")? A report named once goes on over the next paragraph's figures (not
    into a list item, table row or a live blog's timed entry, which each name their own source)."""
    if before[2] != pi - 1 or pi < 1 or text[pstarts[pi] : s0].strip():
        return False
    if any(text[a : a + 60].lstrip(" \t*_-–—\"«“„(").casefold().startswith(recap_leads()) for a in (s0, before[0])):
        return False  # "Раніше надходили дані про ...": an earlier report, not the one named before (nor one it recalled)
    return _prose_start(text, pstarts[pi - 1]) and _prose_start(text, pstarts[pi])


def _own_actor(lex, toks, end: int) -> bool:
    """Does a source word stand before the first figure ("Rescue workers found 14 bodies"): an actor
    or speaker of the sentence's own, whom a report named in the paragraph before does not speak for?"""
    return any(b - a > 1 or len(toks[a].text) > 2 for a, b, _typ in lex.source_types.find(toks, 0, end))


def _continued(claims: list[Claim], markers: list[Marker], own: frozenset[str]) -> Marker | None:
    """The one source of a sentence's claims that a next sentence without attribution goes on with
    ("ДСНС: загинули 20 людей. Зниклими безвісти вважаються понад 40", "The authorities tell about 45
    dead. The fate of 20 persons remains unknown."): every claim asserted, from no citation, by one
    named source; not a rumour's place ("в соцсетях"), nor the document's own author named in its
    masthead ("The Monitor has documented 48 deaths" in a report by the Monitor: it goes on in its
    own voice)."""
    if not claims or any(m.rumour for m in markers):
        return None
    names = {(c.source.name, c.source.type) if c.source is not None else None for c in claims}
    if len(names) != 1 or None in names or any(c.modality != "asserted" or c.citation is not None for c in claims):
        return None
    if claims[0].source.type in ("ngo", "media"):
        caps = [w.lower() for w in re.findall(r"\w+", claims[0].source.name) if w[:1].isupper()]
        if caps and all(w in own for w in caps):
            return None
    return _source_of(claims)


def _lying_dead(toks, qs: list[Quantity], rules: Rules) -> None:
    """People who "lay" (a ``soft`` trigger) after a count of the dead in the paragraph are dead:
    "видела «не меньше сорока тел» ... «Человек двадцать лежали прямо у выхода»"."""
    for q in qs:
        if q.measure == "injured" and q.trigger and any(t.soft for _e, t in rules.lex.measures.at(toks, q.trigger[0])):
            q.measure = "killed"


def _zero_kept(qs: list[Quantity], before: list) -> list[Quantity]:
    """``qs`` without the counts of zero that answer a figure of the same measure stated just before
    (``before``: the last sentence's claims, or the sentence's own quantities) when the zero is the
    denial of a single death ("писали о гибели одного студента ... МВД заявило, что погибших нет":
    the rumour's value 1, denied) or speaks of the others only ("Погибли 2 человека. Других погибших
    нет"). Any other zero is a value of its own, also after a rumour it answers ("the police said it
    is the lie, nobody was killed": devset16-19 gold)."""
    if not any(q.rule == "zero" for q in qs):
        return qs
    out = []
    for q in qs:
        m = q.extra["single"][0] if q.rule == "zero" else None
        if m is not None and any(p.measure == m and not (p.rule or "").startswith("zero") and (p not in qs or p.start < q.start)
                                 and (p.value == 1 or q.extra.get("other")) for p in before):
            continue
        out.append(q)
    return out


def _past_zeros(out: list[Claim], first: int) -> int:
    """Where a denial's own claims start: past the end when the sentence states only counts of zero
    ("Прем'єр назвав це вигадкою: «загиблих немає»": the zero answers the figures before it, which
    the denial echoes; zero is a value of its own too)."""
    return len(out) if all(c.rule.startswith("zero") for c in out[first:]) else first


def _masthead(text: str) -> frozenset[str]:
    """Lower-cased words of a document's first two lines (title, byline, "a report by X")."""
    lines = [ln for ln in text[:600].splitlines() if ln.strip()][:2]
    return frozenset(w.lower() for ln in lines for w in re.findall(r"\w+", ln))


def _framing(sentence: tuple, nxt: int | None = None, marked: tuple | None = None) -> Marker | None:
    """A sentence that opens with its only attribution ("According to X, ...") frames the next one
    (at ``nxt``; after a clock time or list mark only on the same line). ``marked``: the span,
    attributor, markers and witness flag of a sentence already marked (used if it is this one)."""
    s0, s1, _pi, attr, text = sentence
    toks = tokenize(text, 0, s0, s1)
    if marked is not None and marked[0] == (s0, s1) and marked[1] is attr:
        found, attr._witness = marked[2], marked[3]  # as `markers` leaves it
    else:
        state = (attr._toks, attr._paren)  # the current sentence's state, which `markers` overwrites
        try:
            found = attr.markers(toks, text)
        finally:
            attr._toks, attr._paren = state
    named = [m for m in found if m.name or m.kind == "impersonal"]
    if len(named) != 1:
        return None
    m = named[0]
    if m.kind == "pre" and m.cue[0] == 0:
        return m
    if m.kind == "post" and m.ntok and m.ntok[0] <= 1 and m.cue[1] < len(toks) and toks[m.cue[1]].text == ",":
        return m  # Kazakh "Министрліктің мәліметінше, ..." opens a report
    lead = 0  # a clock time or list mark before the subject: "12:00 — Резніченко оголошує про ..."
    while lead < min(len(toks), 6) and toks[lead].kind != "w":
        lead += 1
    if lead and nxt is not None and not _same_item(text, (s0, s1), nxt):
        lead = 0  # "- 14:15 — офіс президента: ..." speaks for its own entry only
    # a lead-in "МВД: ..." (maybe after a clock time) or "X заявила, что ..." goes on in the next sentence
    if m.kind == "colon" and m.ntok and m.ntok[0] <= 3 + lead:
        return m
    if m.kind == "verb" and m.ntok and m.ntok[0] <= 3 + lead and m.ntok[1] <= m.cue[0] and m.cue[1] < len(toks) \
            and (toks[m.cue[1]].low in _THAT | {",", ":"} or (
                toks[m.cue[1]].low in _ABOUT and toks[-1].text in ".!" and not _has_figure(attr.lex, toks, lead))):
        return m
    # "..., сообщил Следственный комитет." closes a report that the next sentence goes on with
    if m.kind == "verb" and m.ntok and m.ntok[0] >= m.cue[1] and m.ntok[1] >= len(toks) - 1 and m.cue[0] > 0 \
            and toks[m.cue[0] - 1].text == ",":
        return m
    # "..., the governor said on Saturday." likewise (the name before the verb, a time after it)
    k = m.ntok[0] - 1 if m.ntok else -1
    while k > 0 and toks[k].low in ("the", "a"):
        k -= 1
    if m.kind == "verb" and m.ntok[1] <= m.cue[0] and k > 0 and toks[k].text == "," \
            and m.cue[1] >= len(toks) - 4 and not any(t.kind == "n" for t in toks[m.cue[1]:]):
        return m
    return None


def _has_figure(lex, toks, start: int) -> bool:
    """Does ``toks[start:]`` hold a number, a number word or a vague amount ("сотни")?"""
    return any(t.kind == "n" or (t.kind == "w" and (lex.number_word(t) or lex.vague.first(toks, k))) for k, t in enumerate(toks) if k >= start)


_THAT = {"что", "that", "що", "деп"}
_ABOUT = {"о", "об", "про", "about", "of", "on"}  # "X повідомляє про завершення операції." frames what follows


def _lang(para_lang: str | None, sentence: str) -> str:
    """The language whose data reads this sentence: the script decides when it is unambiguous
    (Latin -> en, Kazakh or Ukrainian letters), else the paragraph's language."""
    g = guess_lang(sentence)
    if g in ("en", "kk") or para_lang not in ("ru", "uk", "kk"):
        return g
    if para_lang == "uk" and g == "ru" and _RU_ONLY.search(sentence):
        return "ru"  # a Russian quote or citation title in a Ukrainian text ("погибших может быть")
    return "uk" if g == "uk" and para_lang == "ru" else para_lang


def _title_body(attr: Attributor, title: str | None) -> Source | None:
    """The official body a cited item's title names ("Прокуратура СССР: в Сумгаите погибли 32
    человека", "Справка МВД СССР о ...", "Osh 1990: materials of the investigation group of the USSR
    Prosecutor's Office"); None for a news headline ("В Душанбе погибли 22 человека")."""
    if not title:
        return None
    body = attr.body_in(tokenize(title), title)
    if body is None or body.type != "official":
        return None
    return Source(body.name, "official", None)


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
    base = _unwrapped(text, base)
    for a, b in base:
        start = a
        for m in _SPLIT.finditer(text, a, b):
            if m.group() == "\n" and _wrapped(text, m.start(), b):
                continue
            if text[m.start()] == "." and _place_abbrev(text, m.start()):
                continue  # "у м. Світлогорськ", "в г. Озёрск": the place word's abbreviation, no sentence end
            cut = m.end() if m.group() != "\n" else m.start()
            if text[start:cut].strip():
                out.append((start, cut))
            start = m.end()
        if text[start:b].strip():
            out.append((start, b))
    return out


_ABBREV_WORD = re.compile(r"(?<=[^\W\d_]) ([^\W\d_]{1,4})$")


def _place_abbrev(text: str, dot: int) -> bool:
    """The full stop at ``dot`` ends the abbreviation of a place word (``entity_place_words.txt`` rows
    ending in a dot: "м.", "г.", "пос.") after a word, not after a figure ("на высоте 5 м." ends a
    sentence)."""
    m = _ABBREV_WORD.search(text, max(0, dot - 8), dot)
    return m is not None and m.group(1).lower() + "." in _place_abbrevs()


_ABBREVS: frozenset[str] | None = None


def _place_abbrevs() -> frozenset[str]:
    global _ABBREVS
    if _ABBREVS is None:
        _ABBREVS = frozenset(w.lower() for lang in ("ru", "uk", "kk") for w in langdata.load_list(lang, "entity_place_words")
                             if w.endswith(".") and " " not in w)
    return _ABBREVS


# a line wrapped inside a sentence: the next line goes on in lower case, or with a figure after a
# word ("звільнили ще\n2 офіцерів", "близько 30\n військових"), as in a list item the reader unindented
_WRAP = re.compile(r"\n[ \t]*(?:[a-zа-яёіїєґәғқңөұүһ]|[0-9](?=[0-9 ,.]*[^\W\d_]))(?![\w'’-]*[ \t]*:)")


def _wrapped(text: str, nl: int, end: int) -> bool:
    """True when the line break at ``nl`` only wraps a sentence: the line before it ends in a word or
    a figure (no sentence end, colon or cell) and the next one goes on (a figure goes on a line only
    after a word; no table row and no "label: value" line is joined)."""
    k = nl - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    m = _WRAP.match(text, nl, end)
    if k < 0 or m is None or not text[k].isalnum():
        return False
    line0 = text.rfind("\n", 0, nl) + 1
    line1 = text.find("\n", nl + 1)
    if "\t" in text[line0:k] or "|" in text[line0:k] or "\t" in text[m.end():line1 if line1 >= 0 else end]:
        return False
    return text[k].isalpha() or text[m.end() - 1].isalpha()


def _unwrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a sentence the segmenter cut at a wrapped line joined to its next part ("Центр
    протидії\nдезінформації назвав ці дані вигадкою")."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out:
            gap = text[out[-1][1] : a]
            nl = out[-1][1] + gap.find("\n")
            if gap.count("\n") == 1 and not gap.strip() and _wrapped(text, nl, b):
                out[-1] = (out[-1][0], b)
                continue
        out.append((a, b))
    return out

