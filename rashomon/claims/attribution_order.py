"""Claims in the reading order of the source text, a citation's claims where the citation stands.

A ``<ref>{{cite ...}}</ref>`` is rendered in the References section at the end of the document, so
the figures of its title ("Russian missiles hit training centre, 8 dead") come after everything else.
In the source they stand right after the sentence or the infobox line the citation supports
(``Citation.anchor``): listed there, a cited publisher's figure comes before the next sentence's
same figure by another speaker ("The regional governor initially reported 8 dead"), as a reader
(and a hand annotation) meets them.
"""

from __future__ import annotations

from ..document import Document
from ..model import Claim, Source


def _at(c: Claim) -> int:
    return c.value_span[0] if c.value_span else c.span[0]


def in_reading_order(doc: Document, claims: list[Claim]) -> list[Claim]:
    """``claims`` with each claim from a citation's rendered text moved to the end of the span the
    citation supports (before the first claim of the text after it); the others keep their order, the
    moved ones theirs among themselves. A citation with no anchor leaves its claims where they are."""
    cites = doc.citations
    moved: list[tuple[int, int, Claim]] = []
    rest: list[Claim] = []
    for k, c in enumerate(claims):
        ci = c.citation
        cite = cites[ci] if ci is not None and 0 <= ci < len(cites) else None
        if cite is not None and cite.anchor and cite.span and cite.span[0] <= _at(c) < cite.span[1] \
                and cite.anchor[1] <= cite.span[0]:
            moved.append((cite.anchor[1], k, c))
        else:
            rest.append(c)
    if not moved:
        return claims
    starts = [_at(c) for c in rest]
    # `starts` need not be sorted (a denial row follows its rumour): place each moved claim before the
    # first later claim of the text, scanning from the end of the sorted prefix
    out: list[Claim] = []
    pending = sorted(moved, key=lambda x: (x[0], x[1]))
    j = 0
    for c, at in zip(rest, starts, strict=True):
        while j < len(pending) and pending[j][0] <= at:
            out.append(pending[j][2])
            j += 1
        out.append(c)
    out.extend(x[2] for x in pending[j:])
    return out


__all__ = ["in_reading_order"]


def trailing_publisher(doc: Document, s0: int, s1: int) -> str | None:
    """The publisher of a citation that supports the sentence ``text[s0:s1]`` (a ``<ref>`` right after
    it: "By the evening the toll had risen to 12.<ref>{{cite news|publisher=Reuters}}</ref>"): for a
    sentence that names no source, it beats the speaker carried over from the sentence before (a
    sentence with no speaker to carry stays the author's)."""
    for c in doc.citations:
        if c.anchor and c.publisher and c.publisher.strip() and s0 <= c.anchor[0] < s1 + 2 and c.anchor[1] <= s1 + 2:
            return c.publisher.strip()
    return None


def said_before(marked: tuple | None) -> bool:
    """Did the last sentence with figures name its source only by a verb of saying ("Officials first
    said ten had been killed"), not by a framing that goes on over the next sentences ("По данным
    прокуратуры, ...")? ``marked``: that sentence's span, attributor, markers and witness flag."""
    if marked is None:
        return False
    kinds = {m.kind for m in marked[2] if m.name}
    return "verb" in kinds and not kinds & {"pre", "post", "colon"}


def counted_rumours(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """``claims`` of one sentence without a numberless rumour ("чутки про загибель") whose count follows
    right after it ("Чутки про загибель одного з учасників", 'Rumours of "dozens of dead"'): the count
    states the rumour."""
    from ._voice import word_list

    rumour = word_list(lang, "rumour_words")
    vague = [c for c in claims if c.value is None and c.value_span and (rumour.exact or rumour.prefix)
             and _opens_with_rumour(rumour, text, c.value_span)]
    if not vague:
        return claims
    drop = {id(c) for c in vague if any(o is not c and o.measure == c.measure and o.value_span
                                        and 0 <= o.value_span[0] - c.value_span[1] <= 40 for o in claims)}
    return [c for c in claims if id(c) not in drop]


def rumour_named(claims: list[Claim], text: str, span: tuple[int, int], lang: str) -> None:
    """A figure a rumour tells, with no one named who spread it, has the rumour for its source: "В
    городе ходят слухи о сотне погибших", "У місті поширюються чутки: загиблих понад 100", 'the
    "hundreds dead" rumours from the first evening' (the gold names "rumours in the city" of every set
    since devset4). ``claims``: those of the sentence ``text[span[0]:span[1]]``; only an
    ``unconfirmed`` claim with no source, and a rumour word before its figure or at most three words
    after it (six in Kazakh)."""
    from ._voice import word_list
    from .grammar import tokenize

    todo = [c for c in claims if c.source is None and c.modality == "unconfirmed" and c.value_span]
    rumour = word_list(lang, "rumour_words")
    if not todo or not (rumour.exact or rumour.prefix):
        return
    toks = tokenize(text, 0, span[0], span[1])
    found = [(a, b) for a, b, _p in rumour.find(toks)]
    if not found:
        return
    reach = 6 if lang == "kk" else 3  # Kazakh puts the rumour after its figure: "100 адам қаза тапты деген қауесет"
    for c in todo:
        v0, v1 = c.value_span
        before = [(a, b) for a, b in found if toks[b - 1].end <= v0]
        after = [(a, b) for a, b in found if toks[a].start >= v1
                 and sum(1 for t in toks if v1 <= t.start < toks[a].start and t.kind == "w") <= reach]
        hit = before[-1] if before else (after[0] if after else None)
        if hit is not None:
            a, b = hit
            c.source = Source(text[toks[a].start : toks[b - 1].end], "unknown", (toks[a].start, toks[b - 1].end))
            c.source_type = None


def _opens_with_rumour(rumour, text: str, span: tuple[int, int]) -> bool:
    from .grammar import tokenize

    toks = tokenize(text, 0, span[0], span[1])
    return bool(toks) and rumour.first(toks, 0) is not None
