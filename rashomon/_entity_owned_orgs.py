"""A national body written in lowercase with its country («береговой охраны Ольмарии», «цивільної
оборони Ольмарії», Kazakh «Ольмария жағалау күзеті»): the country is part of the name as written and
says whose body it is, as it does after a capitalized name («Береговая охрана Ольмарии»,
`rashomon._entity_known`). The mention of `EntityTagger._lowercase_orgs_cyr` takes the country's
words (after it in ru/uk, before it in Kazakh) and is keyed by the country; the country stays a place
mention of its own."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ._entity_names import HARD_GAP, ORG_PREFIX, org_home, org_key
from .model import Mention

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc


def owned_lowercase_orgs(tagger, d: _Doc, out: list[Mention]) -> None:
    """Extend (in place) each lowercase ru/uk/kk organisation mention by the country written with it."""
    places = {m.span[1]: m for m in out if m.type == "place" and m.gazetteer_id}
    for m in out:
        if m.type != "org" or getattr(m, "how", "") != "org-table" or not m.text[:1].islower() \
                or not (m.key or "").startswith(ORG_PREFIX):
            continue
        concept = m.key[len(ORG_PREFIX):].split("@")[0]
        i = bisect.bisect_left(d.starts, m.span[0])
        j = bisect.bisect_left(d.ends, m.span[1])
        if i >= len(d.words) or d.starts[i] != m.span[0] or j >= len(d.words):
            continue
        lang = d.tok_lang[i] or d.lang(i)
        if lang in ("ru", "uk"):
            cc, extra = tagger._country_after(d, j + 1)
            if not cc or not extra:
                continue
            m.span = (m.span[0], d.ends[j + extra])
        elif lang == "kk":
            prev = places.get(d.ends[i - 1]) if i > 0 and d.gaps[i] == " " and not HARD_GAP.search(d.gaps[i]) else None
            pl = tagger.gaz.place(prev.gazetteer_id) if prev is not None else None
            if pl is None or pl.kind != "country":
                continue
            cc = pl.country
            m.span = (prev.span[0], m.span[1])
        else:
            continue
        m.text = d.text[m.span[0]:m.span[1]]
        if "@" not in m.key and org_home().get(concept) != cc:
            m.key = org_key(concept, cc)
            m.lemma = f"{m.lemma} ({cc})"
