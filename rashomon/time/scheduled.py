"""A date something is scheduled for ("оголосив дострокові вибори на 5 січня", "назначил выборы на 5
января", "elections set for 5 January"): a future day, no event of the story. Its year counts forward
from the story's day (the report's date does not bound it), and the timeline lists no entry for it.
The phrases that end right before such a date are ``<lang>/time_scheduled.txt``."""

from __future__ import annotations

import functools
import re

from ..langdata import languages, load_list

_SPACES = re.compile(r"\s+")


@functools.cache
def _phrases() -> tuple[str, ...]:
    """Every language's phrases, folded, each with a leading space (a whole-word match)."""
    out = {" " + _SPACES.sub(" ", w.casefold().replace("’", "'")).strip() for lang in languages()
           for w in load_list(lang, "time_scheduled")}
    return tuple(sorted(out, key=len, reverse=True))


def scheduled(text: str, start: int) -> bool:
    """Whether the date starting at ``start`` is one something is scheduled for (a phrase of
    ``time_scheduled`` ends right before it)."""
    lead = _SPACES.sub(" ", " " + text[max(0, start - 60) : start].casefold().replace("’", "'")).rstrip()
    return bool(_phrases()) and lead.endswith(_phrases())
