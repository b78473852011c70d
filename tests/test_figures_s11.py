"""Figure grammar, session 11: "the only person killed", «единственным погибшим», «єдиним загиблим» as a
count of one (an exact 1), never after a negation nor before a numeral, and "only" without "the"
counts nothing.

Each row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be found
and those that must not (``[]`` for "no claim at all").
"""

from __future__ import annotations

import pytest
from claims_helpers import check_summary, extract

# (text, lang, must contain, must not contain)
ROWS = [
    ("The only person killed was a 45-year-old driver.", "en", [("killed", 1, "exact")], []),
    ("He was the only person killed in the clashes.", "en", [("killed", 1, "exact")], []),
    ("The only fatality was a police officer.", "en", [("killed", 1, "exact")], []),
    ("He was not the only person killed.", "en", [], []),
    ("Only police were injured.", "en", [], []),
    ("The only hospital in town was damaged.", "en", [], []),
    ("The only two people killed were guards.", "en", [("killed", 2, "exact")], [("killed", 1, "exact")]),
    ("Единственным погибшим стал 30-летний водитель.", "ru", [("killed", 1, "exact")], []),
    ("Он стал единственным погибшим в ходе беспорядков.", "ru", [("killed", 1, "exact")], []),
    ("Единственной жертвой стала женщина.", "ru", [("killed", 1, "exact")], []),
    ("Он не единственный погибший.", "ru", [], []),
    ("Это единственный случай.", "ru", [], []),
    ("Єдиним загиблим став 30-річний водій.", "uk", [("killed", 1, "exact")], []),
    ("Він став єдиним загиблим під час сутичок.", "uk", [("killed", 1, "exact")], []),
    ("Єдиною жертвою стала жінка.", "uk", [("killed", 1, "exact")], []),
    ("Це єдиний випадок у місті.", "uk", [], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROWS)
def test_figures(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


# a denial that points back with a speech verb ("said it is the rumors", MT "named this as the
# rumors") or calls it "a rumour" adds a denied echo of the figure, with the denier as source
DENIALS = [
    ('The forums write "10 lost in the night", but the prosecutor office said it is the rumors, nobody was lost in the night.',
     ("killed", 10), "prosecutor office"),
    ('In the social networks write "not less than 5 killed on the metro". In the GUVD named this as the rumors, nobody was killed.',
     ("killed", 5), "GUVD"),
    ("Social networks reported five deaths. Police called this a rumour.", ("killed", 5), "Police"),
    ("Bloggers wrote that 20 people had died. The ministry said it was false.", ("killed", 20), "ministry"),
]


@pytest.mark.parametrize(("text", "figure", "denier"), DENIALS)
def test_denial_echo(text, figure, denier):
    rows = [c for c in extract(text, "en") if (c.measure, c.value) == figure]
    assert len(rows) == 2, rows
    assert any(c.rule == "denial+echo" and c.source is not None and denier in c.source.name for c in rows), rows


def test_no_denial_without_lie_word():
    rows = extract("Police said 5 people died. The governor said it was a tragedy.", "en")
    assert [(c.measure, c.value) for c in rows] == [("killed", 5)]


# a known one-word source name in a case form ("по данным «Мемориала»", "за даними «Вясни»",
# "«Мемориалдың» мәліметінше") keeps its type; an unknown name in the genitive stays unknown
NAMED = [
    ("За даними «Меморіалу», постраждали щонайменше 500 людей.", "uk", "Меморіалу", "ngo"),
    ("По данным «Мемориала», пострадали 500 человек.", "ru", "Мемориала", "ngo"),
    ("По данным Мемориала, пострадали 500 человек.", "ru", "Мемориала", "ngo"),
    ("За даними «Вясни», затримано 200 людей.", "uk", "Вясни", "ngo"),
    ("По данным «Вясны», задержаны 200 человек.", "ru", "Вясны", "ngo"),
    ("«Мемориалдың» мәліметінше, 500 адам зардап шекті.", "kk", "Мемориалдың", "ngo"),
    ("По словам Иванова, задержаны 200 человек.", "ru", "Иванова", "unknown"),
]


@pytest.mark.parametrize(("text", "lang", "name", "typ"), NAMED)
def test_inflected_source_name(text, lang, name, typ):
    c = extract(text, lang)[0]
    assert c.source is not None and c.source.name == name and c.source.type == typ, c.source


# foreign nationals are a group of their own: a sub-count of the toll, not a second toll
FOREIGN = [
    ("Қақтығыста 12 адам қаза тапты, оның ішінде 3 шетел азаматы.", "kk"),
    ("Жарылыстан 20 адам жараланды, оның ішінде 3 шетелдік.", "kk"),
    ("В столкновениях погибли 12 человек, в том числе 3 иностранных гражданина.", "ru"),
    ("Загинули 12 людей, серед них 3 іноземних громадянина.", "uk"),
    ("12 people were killed, including 3 foreign nationals.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), FOREIGN)
def test_foreigners_group(text, lang):
    rows = [(c.value, c.group) for c in extract(text, lang)]
    assert rows[0][1] is None and (3, "foreigners") in rows, rows


def test_row_head_person_named_before():
    """A table row headed by a bare surname takes the type of the person's earlier titled mention."""
    from claims_helpers import segmented

    text = ("Голова Харківської ОВА Олег Синєгубов повідомив про удар.\n\n"
            "| Джерело | Дата | Загиблі | Поранені |\n|---|---|---|---|\n"
            "| Синєгубов (перше повідомлення) | 25 травня | 2 | щонайменше 33 |\n"
            "| Нацполіція | 25 травня | 11 | 43 |\n| Петренко | 26 травня | 16 | 45 |\n")
    got = [(c.value, c.source.name if c.source else None, c.source.type if c.source else c.source_type) for c in segmented(text, "uk")]
    assert (2, "Синєгубов", "official") in got and (33, "Синєгубов", "official") in got, got
    # a surname never introduced is still the source its row gives under a "Source" column (round 20), of no known type
    assert (16, "Петренко", "unknown") in got, got
