"""Questions on hand-built claims: grouping, intervals, contested, conservative, grade, evolution."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.document import Document
from rashomon.independence import Independence
from rashomon.model import Claim, Source
from rashomon.questions import build_questions, claim_interval, consensus_facts, floor_of, question_text

INF = math.inf


def C(i, v, q="exact", *, doc=None, src=None, measure="killed", place="Springfield", when="2020-03-01",
      group=None, modality="asserted", report=None, quote="x", lang="en"):
    return Claim(id=i, doc=doc or f"d{i}", measure=measure, value=v, qualifier=q, span=(0, 1), quote=quote, lang=lang,
                 source=Source(*src) if src else None, place=place, when=when, group=group, modality=modality,
                 report_date=report)


def docs_for(claims, **published):
    return {c.doc: Document(id=c.doc, path=c.doc, text="x" * 10, published=published.get(c.doc)) for c in claims}


def build(claims, **published):
    return build_questions(claims, docs_for(claims, **published), independence=Independence())


# -- intervals -------------------------------------------------------------------------------------
@pytest.mark.parametrize("value, qual, expected", [
    (10, "exact", (10, 10)),
    (10, "at_least", (10, INF)),
    (20, "more_than", (21, INF)),
    (50, "at_most", (0, 50)),
    (50, "less_than", (0, 49)),
    (3000, "about", (2700, 3300)),   # +/- 10 %
    (5, "about", (4, 6)),            # at least +/- 1
    ((5, 50), "range", (5, 50)),
    ((50, 5), "range", (5, 50)),     # reversed bounds are sorted
    (None, "vague", (1, INF)),       # no vague word in the quote: neutral
])
def test_claim_interval(value, qual, expected):
    assert claim_interval(C("1", value, qual)) == expected


@pytest.mark.parametrize("quote, lang, lo", [
    ("hundreds were injured", "en", 200),
    ("ранены сотни человек", "ru", 200),
    ("десятки загиблих", "uk", 20),
    ("ондаған адам", "kk", 20),
])
def test_vague_interval_from_language_data(quote, lang, lo):
    assert claim_interval(C("1", None, "vague", quote=quote, lang=lang))[0] == lo


@pytest.mark.parametrize("value, qual, floor", [
    (10, "exact", 10), (10, "at_least", 10), (20, "more_than", 21), (30, "about", 30), ((5, 50), "range", 5),
    (50, "at_most", None), (None, "vague", None),
])
def test_floor(value, qual, floor):
    assert floor_of(C("1", value, qual)) == floor


# -- grouping --------------------------------------------------------------------------------------
def test_same_measure_place_period_group_is_one_question():
    qs = build([C("1", 10), C("2", 12, when="2020-03-01/2020-03-02"), C("3", 11, when="2020-03-02")])
    assert len(qs) == 1 and len(qs[0].values) == 3
    assert qs[0].when == "2020-03-01/2020-03-02"


@pytest.mark.parametrize("other, separate", [
    ({"measure": "injured"}, True),
    ({"group": "police"}, True),             # police killed is another question
    ({"place": "Shelbyville"}, True),
    ({"when": "2020-06-10"}, True),          # a later, separate event
    ({"when": "2020-03-02"}, False),         # next day: same event
    ({"when": "2020-03"}, False),            # a month-level date joins the day-level question
    ({"when": None}, False),                 # undated joins the dated question of the same key
])
def test_grouping_keys(other, separate):
    qs = build([C("1", 10), C("2", 12, **other)])
    assert (len(qs) == 2) is separate


def test_claim_without_place_joins_the_only_place_and_says_why():
    qs = build([C("1", 10), C("2", 14, place=None)])
    assert len(qs) == 1 and qs[0].place == "Springfield"
    assert any(n["claim"] == "2" and n["field"] == "place" for n in qs[0].extra["inferred"])


def test_claim_without_place_stays_apart_when_places_differ():
    qs = build([C("1", 10), C("2", 11, place="Shelbyville"), C("3", 14, place=None)])
    assert sorted(q.place or "" for q in qs) == ["", "Shelbyville", "Springfield"]


def test_undated_claim_prefers_question_holding_its_document():
    claims = [C("1", 10, when="2020-03-01"), C("2", 12, when="2020-03-01"), C("3", 30, when="2020-09-01", doc="dx"),
              C("4", 31, when=None, doc="dx")]
    qs = build(claims)
    q4 = next(q for q in qs if "4" in q.extra["claims"])
    assert q4.when == "2020-09-01"


def test_question_text_from_template():
    import datetime as dt

    t = question_text("killed", "Springfield", (dt.date(2011, 12, 16), dt.date(2011, 12, 17)), None)
    assert t == "How many people were killed in Springfield on 16–17 December 2011?"
    assert question_text("injured", None, None, "police") == "How many police were injured?"
    assert "in March 2020" in question_text("detained", "X", (dt.date(2020, 3, 1), dt.date(2020, 3, 31)), None)


# -- values, contested, conservative, grade -------------------------------------------------------------
def test_values_one_entry_per_value_and_qualifier_with_sources():
    qs = build([C("1", 10, src=("Police", "official")), C("2", 10, src=("Agency", "media")), C("3", 10, "at_least"),
                C("4", (5, 50), "range"), C("5", None, "vague")])
    q = qs[0]
    assert [(v.value, v.qualifier) for v in q.values] == [((5, 50), "range"), (10, "exact"), (10, "at_least"), (None, "vague")]
    ten = q.values[1]
    assert ten.sources == [{"name": "Police", "type": "official"}, {"name": "Agency", "type": "media"}]
    assert ten.independent == 2 and ten.docs == ["d1", "d2"]
    assert q.values[2].sources == [{"name": "d3", "type": "author"}]  # own voice
    assert (q.min, q.max) == (5, 50)


@pytest.mark.parametrize("claims, contested", [
    ([C("1", 10), C("2", 20, "more_than")], True),          # the example
    ([C("1", 10), C("2", 10)], False),
    ([C("1", 10), C("2", 5, "at_least")], False),
    ([C("1", 10), C("2", (5, 50), "range")], False),
    ([C("1", 14), C("2", 15)], True),
    ([C("1", 100), C("2", 105, "about")], False),           # about 105 allows 95..115
    ([C("1", 10), C("2", 70, modality="unconfirmed")], False),  # rumours never make it contested
    ([C("1", 10), C("2", 10, modality="denied")], False),
    ([C("1", 10), C("2", None, "vague", quote="hundreds died")], True),
    ([C("1", 10)], False),
])
def test_contested(claims, contested):
    assert build(claims)[0].contested is contested


def test_unconfirmed_contradiction_is_flagged_apart():
    q = build([C("1", 10), C("2", 70, modality="unconfirmed")])[0]
    assert not q.contested and q.extra["contested_with_unconfirmed"]


def test_conservative_is_lowest_supported_floor_and_highest_is_max():
    q = build([C("1", 20, "more_than"), C("2", 14), C("3", 50, "at_most"), C("4", 70, modality="unconfirmed")])[0]
    assert q.conservative == 14
    assert q.max == 70 and q.extra["highest"][0]["value"] == 70


@pytest.mark.parametrize("claims, grade", [
    ([C("1", 10, src=("Ministry", "official"))], "official"),
    ([C("1", 10, src=("A", "media")), C("2", 10, src=("B", "media"))], "multiple_independent"),
    ([C("1", 10, src=("A", "media"))], "single_source"),
    ([C("1", 10, src=("A", "media")), C("2", 10, src=("B", "media")), C("3", 30)], "contested"),
    ([C("1", 10, modality="unconfirmed")], "unconfirmed"),
    # two claims in one document are one origin
    ([C("1", 10, doc="x", src=("A", "media")), C("2", 10, doc="x", src=("B", "media"))], "single_source"),
])
def test_grade(claims, grade):
    assert build(claims)[0].grade == grade


def test_official_figures_listed_beside_others():
    q = build([C("1", 10, src=("Ministry", "official")), C("2", 14, src=("Union", "union"))])[0]
    assert [o["value"] for o in q.extra["official"]] == [10]
    assert [o["value"] for o in q.extra["unofficial"]] == [14]


def test_a_figure_officials_deny_is_no_official_figure():
    # a rumoured toll of 40, which the ministry denies: the ministry does not state 40
    claims = [C("1", 9, src=("Ministry", "official")), C("2", 40, src=("Telegram", "social_media"), modality="unconfirmed"),
              C("3", 40, src=("Ministry", "official"), modality="denied")]
    q = build(claims)[0]
    forty = next(v for v in q.values if v.value == 40)
    assert not forty.extra["official"] and forty.extra["denied_by"] == [{"name": "Ministry", "type": "official"}]
    assert [o["value"] for o in q.extra["official"]] == [9]
    assert q.extra["officially_denied"] == [{"value": 40, "qualifier": "exact", "sources": [{"name": "Ministry", "type": "official"}]}]
    assert [o["value"] for o in q.extra["unofficial"]] == [40]  # the rumour's own source states it
    assert "denied_by" not in next(v for v in q.values if v.value == 9).extra


def test_a_source_that_states_a_figure_once_is_not_only_its_denier():
    m = ("Ministry", "official")
    q = build([C("1", 40, src=m, report="2020-03-01"), C("2", 40, src=m, modality="denied", report="2020-03-02")])[0]
    assert q.values[0].extra["official"] and "denied_by" not in q.values[0].extra
    assert "officially_denied" not in q.extra


# -- evolution -------------------------------------------------------------------------------------
def test_official_toll_evolves_and_earlier_figures_are_superseded_not_contested():
    m = ("Ministry", "official")
    claims = [C("1", 10, src=m, report="2020-03-01"), C("2", 11, src=m, report="2020-03-02"),
              C("3", 15, src=m, report="2020-03-05")]
    q = build(claims)[0]
    assert not q.contested and q.grade == "official" and q.conservative == 15
    series = q.extra["evolution"]["by_source"]
    assert len(series) == 1 and [p["value"] for p in series[0]["points"]] == [10, 11, 15]
    assert sorted(q.extra["superseded"]) == ["1", "2"]
    assert [v.first_reported for v in q.values] == ["2020-03-01", "2020-03-02", "2020-03-05"]


def test_report_date_falls_back_to_publication():
    q = build([C("1", 10), C("2", 12)], d1="2020-03-03", d2="2020-03-02")[0]
    assert [p["date"] for p in q.extra["evolution"]["overall"]] == ["2020-03-02", "2020-03-03"]


def test_consensus_needs_agreement_and_two_origins():
    qs = build([C("1", 10, src=("A", "media")), C("2", 10, src=("B", "ngo")),
                C("3", 5, measure="injured"), C("4", 6, measure="injured")])
    facts = consensus_facts(qs)
    assert [(f["value"], f["independent"]) for f in facts] == [(10, 2)]


def test_contested_questions_come_first_and_ids_are_stable():
    claims = [C("1", 10, measure="injured"), C("2", 10), C("3", 30)]
    a, b = build(claims), build(list(reversed(claims)))
    assert a[0].measure == "killed" and a[0].contested
    assert [q.id for q in a] == [q.id for q in b]
    assert [q.to_json() for q in a] == [q.to_json() for q in b]


def test_contract_fields():
    row = build([C("1", 10), C("2", (5, 50), "range")])[0].to_json()
    for k in ("id", "measure", "place", "when", "group", "values", "min", "max", "contested", "grade"):
        assert k in row
    assert {"value", "qualifier", "claims", "sources", "docs", "independent"} <= set(row["values"][0])
    assert row["values"][0]["value"] == [5, 50]


_values = st.one_of(st.integers(0, 10_000), st.tuples(st.integers(0, 500), st.integers(0, 500)), st.none())
_quals = st.sampled_from(["exact", "at_least", "more_than", "at_most", "less_than", "about", "range", "vague"])
_whens = st.sampled_from([None, "2020", "2020-03", "2020-03-01", "2020-03-02", "2020-03-01/2020-03-04", "bogus", "2020-13-40"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_values, _quals, _whens, st.sampled_from([None, "A", "B"])), max_size=12))
def test_every_claim_lands_in_exactly_one_question(rows):
    claims = [C(str(i), v, q, when=w, place=p) for i, (v, q, w, p) in enumerate(rows)]
    qs = build(claims)
    ids = [cid for q in qs for v in q.values for cid in v.claims]
    assert sorted(ids) == sorted(c.id for c in claims)
    for q in qs:
        if q.min is not None:
            assert q.min <= q.max


# -- countries and regions ---------------------------------------------------------------------------
def _places(*rows):
    from rashomon.model import Entity

    return [Entity(id=f"e{i}", canonical=name, type="place", gazetteer_id=gid, country=cc)
            for i, (name, gid, cc) in enumerate(rows)]


FRANCE, LYON, MARSEILLE = ("France", "3017382", "FR"), ("Lyon", "2996944", "FR"), ("Marseille", "2995469", "FR")


def test_country_claim_joins_the_only_town_of_that_country():
    claims = [C("1", 10, place="Lyon"), C("2", 12, place="France"), C("3", 11, place=None)]
    qs = build_questions(claims, docs_for(claims), independence=Independence(), entities=_places(FRANCE, LYON))
    assert len(qs) == 1 and qs[0].place == "Lyon"
    assert {n["claim"] for n in qs[0].extra["inferred"] if n["field"] == "place"} == {"2", "3"}


def test_country_claim_stays_apart_when_the_corpus_names_two_towns():
    claims = [C("1", 10, place="Lyon"), C("2", 12, place="France"), C("3", 11, place="Marseille")]
    qs = build_questions(claims, docs_for(claims), independence=Independence(), entities=_places(FRANCE, LYON, MARSEILLE))
    assert sorted(q.place for q in qs) == ["France", "Lyon", "Marseille"]


def test_without_entities_places_are_taken_as_stated():
    claims = [C("1", 10, place="Lyon"), C("2", 12, place="France")]
    assert len(build(claims)) == 2


def test_unattributed_claim_is_the_document_with_type_unknown():
    c = C("1", 70, modality="unconfirmed")
    c.source_type = "unknown"
    q = build([c, C("2", 10)])[0]
    assert q.values[1].sources == [{"name": "d1", "type": "unknown"}]
    assert q.values[0].sources == [{"name": "d2", "type": "author"}]


# -- a large question's record, piecewise ------------------------------------------------------------
_VALUES = st.one_of(st.integers(0, 5000), st.tuples(st.integers(0, 50), st.integers(51, 900)), st.none())


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(_VALUES, st.sampled_from(["exact", "about", "at_least", "range", "vague"]),
                          st.sampled_from([None, ("Police", "official"), ("Ёлка «N»", "media")]),
                          st.sampled_from(["2020-03-01", "2020-03-02", None]), st.sampled_from(["asserted", "unconfirmed"])),
                min_size=1, max_size=80), st.booleans())
def test_record_parts_equal_the_encoded_record(rows, sort_keys):
    """A question's record written piecewise (`record_parts`, used for large questions) is byte for
    byte its ``to_json()`` encoded at once, with or without sorted keys."""
    import json

    from rashomon import questions

    claims = [C(f"c{i}", v, q, doc=f"d{i % 7}", src=s, report=r, modality=m, quote="сотни «x»")
              for i, (v, q, s, r, m) in enumerate(rows)]
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=sort_keys).encode
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(questions, "SMALL_RECORD", 0)  # every question takes the piecewise path
        mp.setattr(questions, "_BATCH", 3)  # and a long list's small items are encoded in several batches
        for q in build(claims, d1="2020-03-03"):
            assert "".join(questions.record_parts(q, encode, sort_keys=sort_keys)) == encode(q.to_json())


def test_questions_ignore_what_grouping_does_not_read():
    """Questions are built from slim copies of the claims: a claim's rule, provenance notes and (for a
    stated figure) quote change nothing in them."""
    a = [C("a", 3, quote="three killed"), C("b", 5, doc="d2", quote="five"), C("c", None, "vague", quote="hundreds")]
    b = [C("a", 3, quote="other words"), C("b", 5, doc="d2", quote=""), C("c", None, "vague", quote="hundreds")]
    for c in b:
        c.rule, c.place_how, c.citation = "r", "sentence", 2
    assert [q.to_json() for q in build(a)] == [q.to_json() for q in build(b)]


def test_spilled_questions_carry_what_passes_over_all_of_them_read():
    """Spilled questions carry their flags (contested, consensus) and places, so that counting contested
    questions, listing consensus facts and places read no question whole; the answers are the same."""
    from rashomon.questions import _summary

    claims = [C("a", 3, doc="d1"), C("b", 3, doc="d2"), C("c", 5, doc="d3", place="Shelbyville"),
              C("d", 9, doc="d4", place="Shelbyville"), C("e", 2, doc="d5", place=None, measure="injured")]
    docs = docs_for(claims)
    spilled = build_questions(claims, docs, independence=Independence(), spill=True)
    plain = build_questions(claims, docs, independence=Independence())
    flags, places = _summary(spilled)
    assert _summary(plain) is None
    assert [bool(f & 1) for f in flags] == [q.contested for q in plain]
    assert [bool(f & 2) for f in flags] == [bool(q.extra.get("consensus")) for q in plain]
    assert places == [q.place for q in plain] and any(f & 1 for f in flags)
    assert consensus_facts(spilled) == consensus_facts(plain)


def test_inferred_periods_are_noted_claim_by_claim_with_their_reason():
    """Wide and undated claims joining a dated question: one note each, in the claims' order, with the
    reason worded from the period (claims given the same reason share its text)."""
    claims = [C("1", 10), C("2", 12, when="2020-03"), C("3", 14, when="2020-03"), C("4", 9, when=None),
              C("5", 11, when=None)]
    (q,) = build(claims)
    notes = [n for n in q.extra["inferred"] if n["field"] == "when"]
    wide = "its period 2020-03 contains 2020-03-01"
    undated = "undated; joined the question of the same measure, place and group for 2020-03-01"
    assert sorted((n["claim"], n["reason"]) for n in notes) == [("2", wide), ("3", wide), ("4", undated), ("5", undated)]
