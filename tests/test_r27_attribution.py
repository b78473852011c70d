"""Attribution, round 27: invented sentences about invented places, in every language where the
construction exists.

- a table whose header names a later column the source ("Date | Source | Killed") takes that
  cell of each row as the row's source; a source cell whose words also name a count
  ("| Штаб спасательных работ |") is still a source under a "Source" header;
- a sentence that opens by pointing back ("Про це повідомив штаб, уточнивши, що ...", "This was
  reported by ...") names the source of the sentence before, even with figures of its own;
- the findings of an inquiry or a trial's charge name their source ("По итогам следствия",
  "За версією обвинувачення", "According to the official results of the investigation");
- a body that gives or closes the count ("the commission gave the final toll of 423");
- denials: "Таких цифр нет", "this is lie", "X calls it false", "цю версію називають неправдивою".
"""

from __future__ import annotations

import pytest
from claims_helpers import segmented


def _got(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value, c.source.name if c.source else None, c.source.type if c.source else c.source_type, c.modality)
            for c in segmented(text, lang)]


TABLES = [
    ("en", "Figures by day.\n\n| Date | Source | Killed | Missing |\n|---|---|---|---|\n| 9 May | Zelmar Emergencies Ministry | 12 | 84 |\n| 15 May | Regional administration | 66 | 24 |\n\nMore text.\n"),
    ("en", "Figures by day.\n\nDate\tSource\tKilled\tMissing\n9 May\tZelmar Emergencies Ministry\t12\t84\n15 May\tRegional administration\t66\t24\n\nMore text.\n"),
    ("ru", "Цифры.\n\n| Дата | Источник | Погибшие | Пропавшие |\n|---|---|---|---|\n| 9 мая | МЧС Зельмара | 12 | 84 |\n| 15 мая | Областная администрация | 66 | 24 |\n\nДалее.\n"),
    ("uk", "Цифри.\n\n| Дата | Джерело | Загиблі | Зниклі |\n|---|---|---|---|\n| 9 травня | ДСНС Зельмара | 12 | 84 |\n| 15 травня | Обласна адміністрація | 66 | 24 |\n\nДалі.\n"),
    ("kk", "Сандар.\n\n| Күні | Дереккөз | Қаза тапқандар | Хабарсыз кеткендер |\n|---|---|---|---|\n| 9 мамыр | Зелмар ТЖМ | 12 | 84 |\n| 15 мамыр | Облыс әкімдігі | 66 | 24 |\n\nОдан әрі.\n"),
]


@pytest.mark.parametrize(("lang", "text"), TABLES)
def test_source_column_after_the_first(lang, text):
    got = _got(text, lang)
    rows = {(m, v): (n, t) for m, v, n, t, _mod in got}
    assert rows.get(("killed", 12), (None, None))[1] == "official", got
    assert rows.get(("killed", 66), (None, None))[1] == "official", got
    assert rows[("killed", 12)][0] != rows[("killed", 66)][0], got


def test_source_cell_with_a_count_word():
    text = ("| Источник | Дата | Погибшие | Раненые |\n|---|---|---|---|\n"
            "| Штаб спасательных работ | 11.12 | — | более 1500 |\n| Правительственная комиссия | 20.12 | 248 | — |\n")
    got = _got(text, "ru")
    assert ("injured", 1500, "Штаб спасательных работ", "official", "asserted") in got, got


BACK = [
    ("uk", "Бомбардувальник упав на будинок у Зельмарі, забрав життя щонайменше 13 людей. Про це повідомив оперативний штаб області, уточнивши, що серед загиблих троє дітей."),
    ("ru", "Бомбардировщик упал на дом в Зельмаре, погибли 13 человек. Об этом сообщил оперативный штаб области, уточнив, что среди погибших трое детей."),
    ("en", "A bomber crashed into a block of flats in Zelmar, killing 13 people. This was reported by the regional operational headquarters, which said three children were among the dead."),
    ("kk", "Зелмар қаласында ұшақ үйге құлап, 13 адам қаза тапты. Бұл туралы облыстық жедел штаб хабарлады, қаза тапқандардың үшеуі бала."),
]


@pytest.mark.parametrize(("lang", "text"), BACK)
def test_pointer_opening_a_sentence_with_figures(lang, text):
    got = _got(text, lang)
    first = next(g for g in got if g[:2] == ("killed", 13))
    assert first[3] == "official" and first[2] and not first[2].lower().startswith("by "), got


def test_passive_agent_points_back_en():
    got = _got("A bomber crashed into a block of flats in Zelmar, killing 13 people. This was reported by the regional operational headquarters.", "en")
    assert got[0][:2] == ("killed", 13) and got[0][3] == "official", got


FINDINGS = [
    ("ru", "По итогам следствия погибли 45 человек."),
    ("ru", "По официальным итогам, жертвами теракта в Зельмаре стали 45 человек."),
    ("ru", "По версии обвинения, взрыв в Зельмаре унёс жизни 45 человек."),
    ("uk", "За офіційними підсумками слідства, загинули 45 людей."),
    ("uk", "За версією обвинувачення, вибух у Зельмарі забрав життя 45 людей."),
    ("en", "According to the official results of the investigation, 45 people died in Zelmar."),
    ("en", "By the official results of the investigation, 45 people died in Zelmar."),
    ("kk", "Тергеудің ресми қорытындысы бойынша 45 адам қаза тапты."),
]


@pytest.mark.parametrize(("lang", "text"), FINDINGS)
def test_findings_of_an_inquiry_are_official(lang, text):
    got = _got(text, lang)
    assert got and got[0][:2] == ("killed", 45) and got[0][3] == "official", got


def test_body_gives_the_final_toll_en():
    got = _got("A week later the government commission led by Ivan Zelmarov gave the final toll of 423, including 64 crew members.", "en")
    assert ("killed", 423, "the government commission led by Ivan Zelmarov", "official", "asserted") in got, got
    got = _got("The Zelmar commission is closing the count: the dead are 289.", "en")
    assert got[0][:2] == ("killed", 289) and got[0][3] == "official", got


DENIALS = [
    ("ru", "Провокаторы пишут в интернете, будто погибших в Зельмаре «больше 150». Таких цифр нет.", 150),
    ("uk", "Блогери пишуть, що в Зельмарі загинули 150 людей. Таких цифр немає.", 150),
    ("en", "People on the street say more than 500 died in Zelmar. Commission chairman say this is lie of enemies.", 500),
    ("en", "The ministry's claim that all 130 dead were fighters is repeated. The Zelmar Helsinki Committee calls it false.", 130),
    ("uk", "Міністерство наполягає, що в Зельмарі знищено 130 бойовиків. У «Правозахисті» цю версію називають неправдивою.", 130),
    ("ru", "Министерство настаивает, что в Зельмаре уничтожено 130 боевиков. В «Правозащите» эту версию называют неправдивой.", 130),
]


@pytest.mark.parametrize(("lang", "text", "value"), DENIALS)
def test_figure_called_false_is_denied(lang, text, value):
    got = _got(text, lang)
    assert any(g[1] == value and g[4] == "denied" for g in got), got
    assert any(g[1] == value and g[4] != "denied" for g in got), got


COMMANDANTS = [
    ("ru", "Комендант Зельмара сообщил о 12 погибших."),
    ("uk", "Комендант Зельмара повідомив про 12 загиблих."),
    ("en", "The Zelmar flotilla said 12 of its servicemen died."),
    ("kk", "Зелмар коменданты 12 адам қаза тапқанын хабарлады."),
]


@pytest.mark.parametrize(("lang", "text"), COMMANDANTS)
def test_commandant_and_flotilla_are_official(lang, text):
    got = _got(text, lang)
    assert got and got[0][:2] == ("killed", 12) and got[0][3] == "official", got


def test_inquiry_word_alone_is_not_official():
    got = _got("A later investigation by the Zelmar Courier put the number of dead at 53.", "en")
    assert got and got[0][3] != "official", got
    got = _got("Минздрав по итогам проверки 5 больниц сообщил о 40 раненых.", "ru")
    assert got == [("injured", 40, "Минздрав", "official", "asserted")], got
