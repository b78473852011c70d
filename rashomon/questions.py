"""Questions: claims grouped by what they count. (Interface; implementation in progress.)"""

from __future__ import annotations

from collections.abc import Sequence

from .document import Document
from .model import Claim, Question


def build_questions(claims: Sequence[Claim], docs: dict[str, Document]) -> list[Question]:
    return []
