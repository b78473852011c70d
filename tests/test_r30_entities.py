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


# -- task 2 -------------------------------------------------------------------------------------------
def _tagged(pipeline, text: str, lang: str):
    from rashomon.document import Document

    doc = Document(id="d.txt", path="d.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    return pipeline.entity_tagger(doc)


@pytest.mark.parametrize("text, names", [
    # a list of names closed by the plural region word: each name is a region (gazetteer regions, the
    # sentences invented)
    ("Ең көп оқиға Қызылорда (1,2 мың) және Ақтөбе (900) облыстарында тіркелген.", ("Қызылорда", "Ақтөбе")),
    ("Ақтөбе, Қызылорда облыстарында апат азайған.", ("Ақтөбе", "Қызылорда")),
    ("Одан кейін Ақтөбе (18 оқиға) және Қызылорда (36 оқиға) облыстары тұр.", ("Ақтөбе", "Қызылорда")),
])
def test_kk_region_list(pipeline, text, names):
    got = {m.text: m.gazetteer_id or "" for m in _tagged(pipeline, text, "kk")}
    for n in names:
        assert got.get(n, "").startswith("adm1:"), got


def test_kk_town_list_stays_towns(pipeline):
    got = {m.text: m.gazetteer_id or "" for m in _tagged(pipeline, "Ақтөбе, Қызылорда қалаларында шақырту көп болды.", "kk")}
    assert not any(v.startswith("adm1:") for v in got.values()), got


@pytest.mark.parametrize("text, lang, region", [
    ("Пожар на складе в Карелии унес жизни двоих, сообщили спасатели.", "ru", "adm1:RU-KR"),
    ("В Коми при обрушении кровли погиб рабочий.", "ru", "adm1:RU-KO"),
    ("Пожежа на складі в Карелії забрала життя двох людей.", "uk", "adm1:RU-KR"),
    ("A warehouse fire in Karelia killed two workers.", "en", "adm1:RU-KR"),
])
def test_republics_are_no_foreign_towns(pipeline, text, lang, region):
    got = [m.gazetteer_id for m in _tagged(pipeline, text, lang) if m.type == "place"]
    assert got == [region], got


@pytest.mark.parametrize("text, lang, word", [
    ("Спецпроекты\nВ Орбельске взорвался газовый баллон, погибли двое.", "ru", "Спецпроекты"),
    ("Новость\nВ Орбельске взорвался газовый баллон, погибли двое.", "ru", "Новость"),
    ("Спецпроєкти\nУ Брилівці вибухнув газовий балон, загинули двоє.", "uk", "Спецпроєкти"),
    ("Жаңалықтар\nСарыкөлтауда газ баллоны жарылып, екі адам қаза тапты.", "kk", "Жаңалықтар"),
])
def test_rubric_words_are_no_names(pipeline, text, lang, word):
    got = {m.text for m in _tagged(pipeline, text, lang)}
    assert word not in got, got


def test_quoted_name_keeps_its_closing_mark():
    from rashomon.entities import _close_quotes
    from rashomon.model import Mention

    text = "Об этом сообщило АИ «Вести» вечером."
    s = text.index("АИ")
    m = Mention(doc="d", span=(s, text.index("»")), text=text[s:text.index("»")], type="org")
    _close_quotes(text, [m])
    assert m.text == "АИ «Вести»"


def test_same_institution_in_two_texts_is_one(tmp_path):
    (tmp_path / "a_ru.txt").write_text(
        "В Орбельском политехническом колледже произошел взрыв, погибли трое студентов.\n", encoding="utf-8")
    (tmp_path / "b_ru.txt").write_text(
        "Число погибших при взрыве в Орбельском политехническом колледже возросло до пяти.\n", encoding="utf-8")
    d = build_dossier(str(tmp_path))
    owners = [e for e in d.entities if "Орбельском политехническом колледже" in e.forms]
    assert len(owners) == 1, [(e.canonical, e.forms) for e in owners]


def test_surname_in_a_case_form_read_as_place_joins_its_person(tmp_path):
    (tmp_path / "a_ru.txt").write_text(
        "ОРБЕЛЬСК, 6 мар. Скончался один из пострадавших при взрыве на шахте, число жертв возросло до 9, "
        "сообщил глава ожогового центра Эмиль Карваль.\n"
        "\"Один из горняков скончался сегодня\", — говорится в сообщении со ссылкой на Карваля.\n", encoding="utf-8")
    d = build_dossier(str(tmp_path))
    owner = [e for e in d.entities if "Карваля" in e.forms]
    assert owner and owner[0].type == "person" and "Эмиль Карваль" in owner[0].forms, \
        [(e.canonical, e.type, e.forms) for e in d.entities]


def test_kk_committee_word_is_no_place(pipeline):
    got = [(m.text, m.gazetteer_id) for m in _tagged(
        pipeline, "Сарыкөл партиясы Орталық Комитетінің хатшысы Бекен Орманов қызметінен босатылды.", "kk")]
    assert not any(t.startswith("Комитет") for t, _g in got), got


def test_landmark_with_and_without_first_name_is_one(tmp_path):
    (tmp_path / "a_ru.txt").write_text("Взрыв произошел на шахте имени Петра Орманова, погибли 5 горняков.\n", encoding="utf-8")
    (tmp_path / "b_uk.txt").write_text("На шахті імені Орманова загинули 5 гірників, повідомили рятувальники.\n", encoding="utf-8")
    d = build_dossier(str(tmp_path))
    owners = [e for e in d.entities if any("Орманова" in f for f in e.forms)]
    assert len(owners) == 1 and len(owners[0].forms) == 2, [(e.canonical, e.forms) for e in owners]
