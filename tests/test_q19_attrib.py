"""Round 19 on devset21 (attribution): general constructions, in every language where they occur.

- A court that arrests, sentences or remands people as the subject of its own act is no source: the
  writer reports the ruling (``author``), also right after a sentence with a named speaker; investigators
  who charge stay the source.
- A press service speaks for its owner: "пресс-служба компании" is the company, "прес-служба поліції" official.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()


def _rows(text: str, lang: str) -> list[tuple]:
    claims = PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang=lang)).claims
    return [(c.measure, c.value, c.source.type if c.source else c.source_type, c.modality) for c in claims]


COURT_ACTS = [
    ("Октябрьский районный суд арестовал 12 задержанных на два месяца.", "ru", [("arrested", 12, "author", "asserted")]),
    ("Суд приговорил 5 участников беспорядков к реальным срокам.", "ru", [("convicted", 5, "author", "asserted")]),
    ("МВД сообщило о 3 погибших. Суд арестовал 9 задержанных.", "ru",
     [("killed", 3, "official", "asserted"), ("arrested", 9, "author", "asserted")]),
    ("Печерський суд заарештував 7 підозрюваних.", "uk", [("arrested", 7, "author", "asserted")]),
    ("Суд засудив 4 учасників заворушень.", "uk", [("convicted", 4, "author", "asserted")]),
    ("Прокуратура повідомила про 2 загиблих. Суд заарештував 9 затриманих.", "uk",
     [("killed", 2, "official", "asserted"), ("arrested", 9, "author", "asserted")]),
    ("A Baku court sentenced 17 defendants on Wednesday.", "en", [("convicted", 17, "author", "asserted")]),
    ("The district court remanded 6 suspects in custody.", "en", [("arrested", 6, "author", "asserted")]),
    ("The city court convicted 3 activists.", "en", [("convicted", 3, "author", "asserted")]),
    ("Сот 14 адамды қамауға алды.", "kk", [("arrested", 14, "author", "asserted")]),
    ("Бішкек соты 9 адамды екі айға қамауға алды.", "kk", [("arrested", 9, "author", "asserted")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), COURT_ACTS)
def test_a_court_acting_itself_is_reported_by_the_writer(text, lang, expected):
    assert _rows(text, lang) == expected


PRESS_SERVICE = [
    ("Пресс-служба компании подтвердила гибель 16 горняков.", "ru", [("killed", 16, "company", "asserted")]),
    ("Как сообщила пресс-служба компании, 3 рабочих госпитализированы.", "ru", [("injured", 3, "company", "asserted")]),
    ("Пресс-служба МВД сообщила о 5 погибших.", "ru", [("killed", 5, "official", "asserted")]),
    ("Прес-служба компанії підтвердила загибель 16 гірників.", "uk", [("killed", 16, "company", "asserted")]),
    ("Прес-служба поліції повідомила про 5 загиблих.", "uk", [("killed", 5, "official", "asserted")]),
    ("Компанияның баспасөз қызметі 16 кеншінің қаза тапқанын хабарлады.", "kk", [("killed", 16, "company", "asserted")]),
    ("The company press service said 12 workers were injured.", "en", [("injured", 12, "company", "asserted")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PRESS_SERVICE)
def test_a_press_service_speaks_for_its_owner(text, lang, expected):
    assert _rows(text, lang) == expected
