"""Entities of round 30 (real-page constructions, invented sentences and places).

Task 1: a form of a main entity that a page writes only in its furniture (a read-also headline) is a form
of that entity; the furniture's mentions never make an entity of their own; --jobs and a reused store give
the same entities."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.dossier import build_dossier

_RU = """Взрыв газа: погибли четыре человека

Вечером 3 марта в жилом доме произошел взрыв газа, сообщили спасатели Орбельска. По их данным, погибли четыре человека, еще семь пострадали.
Жильцов соседних домов эвакуировали. Орбельск остается в режиме ЧС.

Читайте также:
В Орбельске открыли пункт временного размещения
Наводнение в Крылатове: число жертв выросло
"""

_KK = """Газ жарылысы: төрт адам қаза тапты

3 наурыз күні кешке Сарыкөлтау қаласындағы тұрғын үйде газ жарылды. Құтқарушылардың мәліметінше, төрт адам қаза тапты, жеті адам жарақат алды.
Сарыкөлтау әкімдігі көрші үйлердің тұрғындарын эвакуациялады.

Сондай-ақ оқыңыз:
Сарыкөлтауда уақытша баспана ашылды
Ақжарлы ауылында су тасқыны: қаза тапқандар саны артты
"""

_EN = """Gas blast kills four

A gas explosion tore through an apartment block on Tuesday evening, killing four people and injuring seven, Tarvely rescuers said.
Residents of nearby buildings in Tarvely were evacuated overnight.

Read more:
Tarvely's shelters open for the displaced
Flood in Marrowfield: death toll climbs to 12
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("r30e")
    for name, text in (("a_ru.txt", _RU), ("b_kk.txt", _KK), ("c_en.txt", _EN)):
        (d / name).write_text(text, encoding="utf-8")
    return d


def _forms(dossier) -> dict[str, list[str]]:
    return {e.canonical: list(e.forms) for e in dossier.entities}


def _snapshot(dossier) -> list:
    return [(e.id, e.canonical, e.type, tuple(e.forms), e.mentions) for e in dossier.entities]


def test_furniture_form_joins_the_body_entity(corpus):
    got = _forms(build_dossier(str(corpus)))
    ru = next(f for f in got.values() if "Орбельск" in f)
    assert "Орбельске" in ru, got  # written only in the read-also headline
    kk = next(f for f in got.values() if "Сарыкөлтау" in f)
    assert "Сарыкөлтауда" in kk, got


def test_furniture_alone_makes_no_entity(corpus):
    d = build_dossier(str(corpus))
    forms = {f for e in d.entities for f in e.forms}
    assert not any(f.startswith(("Крылатов", "Ақжарлы", "Marrowfield")) for f in forms), forms
    # claims and the timeline never see the furniture
    assert not any(c.place and c.place.startswith(("Krylatov", "Akzharly", "Marrowfield")) for c in d.claims)


def test_furniture_forms_deterministic_with_jobs_and_store(corpus, tmp_path):
    one = _snapshot(build_dossier(str(corpus)))
    assert _snapshot(build_dossier(str(corpus), jobs=2)) == one
    db = tmp_path / "s.sqlite"
    assert _snapshot(build_dossier(str(corpus), db=db)) == one
    assert _snapshot(build_dossier(str(corpus), db=db)) == one  # the analyses reused from the store
