"""Sentences that retell another event: "Нагадаємо, 11 січня у Заріччі ...", "Ранее в январе в Энске
взорвался газ", "Еске салсақ, 27 қараша күні Көкбел ...", "Earlier this year, a gunman in Westfield ...".

A news page often closes with a recap of an earlier report. When it retells the story itself ("Напомним,
8 мая на шахте ... произошел взрыв") its day is the story's; when it retells another event its day is
no event of the story and must date none of its figures. Told apart here without knowing the event:
the sentence opens with a recap lead (``lang/*/time_recap_leads.txt``), no other sentence states any of
its days (and the story states one of its own, or the lead retells another outlet's report: "Як
повідомляла Агенція,"), and every name after its first date (a place: "Заріччя", "Велморске") is one that no
other sentence of the document names (compared by its first letters, so inflected forms still meet).
"""

from __future__ import annotations

import functools
import re

from ..document import Document
from ..langdata import languages, load_list
from ..model import TimeExpr

_NAME = re.compile(r"[^\W\d_][\w’'ʼ-]*")
_STEM = 4  # the first letters that must meet: "Велмор"/"Велморі", "Заріччя"/"Заріччі"


@functools.cache
def _leads() -> tuple[str, ...]:
    return tuple(sorted({w.casefold() for lang in languages() for w in load_list(lang, "time_recap_leads")}))


def _recent(d: str, own: list[str]) -> bool:
    """A day ("2031-04-03", "--04-03") or a month of the year of one of the story's own days (or with no
    year where the story's have none): not a past year's event."""
    if len(d) not in (4, 7, 10) or "-" not in d:
        return False  # (a year alone: "in 2022 a gunman ...")
    if d.startswith("--"):
        return True
    return any(o[:4] == d[:4] or o.startswith("--") for o in own)


def opens_recap(text: str) -> bool:
    """Does ``text`` open with a recap lead ("Напомним,", "Як повідомляла Агенція,")? (Then a day right
    after it is the retold event's, no dateline.)"""
    head = text.lstrip(" \t*_-–—\"«“„(").casefold()
    return head.startswith(_leads())  # (word starts: "як повідомля" covers "повідомляла", "повідомлялося")


def _attributed(text: str) -> bool:
    """A recap lead with a verb of saying ("Як повідомляв", "Как сообщалось", "As reported"): a retold report."""
    from .saying import _saying_stems

    return any(w.casefold().startswith(_saying_stems()) for w in _NAME.findall(text)[:3])


def names_in(text: str, start: int, end: int) -> list[str]:
    """Capitalized words of ``text[start:end]`` that are no acronym ("МЧС", "ДСНС": an agency names no
    place), of `_STEM` letters or more."""
    return [w for w in _NAME.findall(text, start, end) if w[0].isupper() and not w.isupper() and len(w) >= _STEM]


def named_elsewhere(text: str, a: int, b: int, names: list[str]) -> bool:
    """Does the document outside ``[a, b)`` name any of ``names``? (Compared by their first `_STEM` letters,
    so inflected forms still meet.) A recap that names the story's places is the story's own; the claims'
    recap test (claims/_past_event.py) asks the same."""
    rest = (text[:a] + " " + text[b:]).casefold()
    return any(n[:_STEM].casefold() in rest for n in names)


def other_event_recaps(doc: Document, timexes: list[TimeExpr]) -> set[int]:
    """Indexes in ``timexes`` of the dates of recap sentences that tell another event (see the module)."""
    leads = _leads()
    if not leads or not doc.sentences or not timexes:
        return set()
    out: set[int] = set()
    text = doc.text
    recaps = [s.span for s in doc.sentences if opens_recap(text[s.span[0]:s.span[1]])]
    if not recaps:
        return out
    dated = any("T" not in t.value and not any(a <= t.span[0] < b for a, b in recaps) for t in timexes)
    own = [t.value.split("T")[0].split("/")[0] for t in timexes
           if "T" not in t.value and not any(a <= t.span[0] < b for a, b in recaps)]
    for s in doc.sentences:
        a, b = s.span
        if not opens_recap(text[a:b]):
            continue
        if not dated and not _attributed(text[a:b]):
            continue  # the story states no day of its own: its recap may be all it says of its own day
            # ("Напомним, ... 2 марта в доме 5 по улице Садовой обрушился подъезд"); a retold report of
            # another outlet ("Як повідомляла Агенція, 4 травня ... обстріляли Заріччя") is not
        mine = [i for i, t in enumerate(timexes) if a <= t.span[0] < b and "T" not in t.value]
        if not mine:
            continue
        days = {timexes[i].value.split("T")[0] for i in mine}
        if not all(_recent(d, own) for d in days):
            continue  # "Еске сала кетейік, 2019 жылғы мамырда ... 12 адам қаза тапқан": a past year's disaster
            # is background the story compares itself to (kept as an event of its history)
        if any(not (a <= t.span[0] < b) and t.value.split("T")[0] in days for t in timexes):
            continue  # another sentence states that day: the story's own
        first = min(timexes[i].span[1] for i in mine)
        names = names_in(text, first, b)
        if not names or named_elsewhere(text, a, b, names):
            continue  # a place the story names: its own recap
        out.update(mine)
    return out


def retold_counts(doc: Document, timexes: list[TimeExpr], skip: set[int]) -> set[int]:
    """Indexes of the days of recap sentences that retell what was said that day ("Напомним, 3 мая
    министерство сообщило о 17 погибших", "Еске сала кетейік, 3 мамырда министрлік 17 адамның қаза
    тапқанын айтқан болатын"): a verb of saying after the day. The count stood on that day (as of it);
    the deaths may be earlier. (Not the indexes in ``skip``.)"""
    from .saying import _saying_stems

    out: set[int] = set()
    if not doc.sentences or not _leads():
        return out
    text = doc.text
    for s in doc.sentences:
        a, b = s.span
        if not opens_recap(text[a:b]):
            continue
        mine = [i for i, t in enumerate(timexes) if a <= t.span[0] < b and i not in skip and t.kind == "date"
                and "T" not in t.value]
        if not mine:
            continue
        after = timexes[mine[0]].span[1]
        if any(w.casefold().startswith(_saying_stems()) for w in _NAME.findall(text[after:b])):
            out.add(mine[0])
    return out
