"""Independence: a copied and a translated report count as one origin; unrelated reports do not."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.document import Document
from rashomon.independence import detect, minhash, numbers, shingles, stable_hash
from rashomon.model import Claim
from rashomon.questions import build_questions

WIRE = ("Security forces opened fire on protesters in Springfield on 3 March 2020, killing 14 people and wounding 86, "
        "the interior ministry said on Tuesday. About 1 200 people had gathered in the central square since 28 February, "
        "and 37 were detained after the clashes, a ministry spokesman told reporters in the capital.")
COPY = ("Local blog roundup for the week.\n\nOur correspondent visited the market and found prices stable, "
        "with bread and milk selling as before and traders calm about the coming months.\n\n"
        + WIRE.replace("on Tuesday", "late on Tuesday") + "\n\nWe will follow the story.")
TRANSLATION = ("Силовики открыли огонь по протестующим в Спрингфилде 3 марта 2020 года, убив 14 человек и ранив 86, "
               "сообщило во вторник министерство внутренних дел. Около 1 200 человек собрались на центральной площади "
               "с 28 февраля, 37 задержаны после столкновений, сообщил представитель министерства.")
OTHER = ("Witnesses in Springfield said on 4 March 2020 that at least 20 people died when police fired into the crowd; "
         "a hospital doctor counted 19 bodies and more than 100 wounded, and families were still searching for 7 relatives.")


def doc(i, text, lang):
    return Document(id=i, path=i, text=text, lang=lang)


@pytest.fixture(scope="module")
def corpus():
    return {d.id: d for d in (doc("wire.txt", WIRE, "en"), doc("blog.txt", COPY, "en"),
                              doc("ru.txt", TRANSLATION, "ru"), doc("other.txt", OTHER, "en"))}


def test_copy_detected_at_passage_level(corpus):
    ind = detect(corpus)
    copies = [x for x in ind.links if x.kind == "copy"]
    assert {(x.a[0], x.b[0]) for x in copies} == {("blog.txt", "wire.txt")}
    link = copies[0]
    assert COPY[link.a_span[0]:link.a_span[1]].startswith("Security forces")  # the copied passage, not the whole blog


def test_translation_detected_by_number_sequence(corpus):
    ind = detect(corpus)
    tr = [x for x in ind.links if x.kind == "translation"]
    pairs = {frozenset((x.a[0], x.b[0])) for x in tr}
    # the blog copies the wire: one translation link to either joins the Russian text to both
    assert pairs & {frozenset(("ru.txt", "wire.txt")), frozenset(("ru.txt", "blog.txt"))}
    assert ind.origins([("ru.txt", 0), ("wire.txt", 0), ("blog.txt", COPY.index("Security forces"))]) == 1
    assert all("other.txt" not in p for p in pairs)
    assert "same order" in tr[0].reason or "shared numbers" in tr[0].reason


def test_families(corpus):
    fams = detect(corpus).families()
    assert sorted(fams[0]) == ["blog.txt", "ru.txt", "wire.txt"]
    assert ["other.txt"] in fams


def test_copy_and_translation_are_one_origin(corpus):
    ind = detect(corpus)
    ev = [("wire.txt", WIRE.index("14")), ("blog.txt", COPY.index("killing 14")), ("ru.txt", TRANSLATION.index("14"))]
    assert ind.origins(ev) == 1
    assert ind.origins(ev + [("other.txt", 0)]) == 2
    # the blog's own paragraph is its own voice, independent of the wire...
    assert ind.origins([("blog.txt", 0), ("wire.txt", 0)]) == 2
    # ...but once the blog also repeats the wire's passage, the blog and the wire are one origin
    assert ind.origins([("blog.txt", 0), ("blog.txt", COPY.index("killing 14")), ("wire.txt", 0)]) == 1


def test_value_independent_counts_origins_in_questions(corpus):
    def claim(i, d, needle, value):
        s = corpus[d].text.index(needle)
        return Claim(id=i, doc=d, measure="killed", value=value, qualifier="exact", span=(s, s + len(needle)),
                     quote=needle, lang=corpus[d].lang, place="Springfield", when="2020-03-03")
    claims = [claim("1", "wire.txt", "killing 14", 14), claim("2", "blog.txt", "killing 14", 14),
              claim("3", "ru.txt", "убив 14", 14), claim("4", "other.txt", "19 bodies", 19)]
    q = build_questions(claims, corpus)[0]
    by_value = {v.value: v for v in q.values}
    assert by_value[14].independent == 1 and len(by_value[14].docs) == 3
    assert by_value[19].independent == 1
    assert q.grade == "contested"
    assert q.extra["independence"]


def test_unrelated_same_language_reports_sharing_numbers_are_not_linked():
    a = doc("a", "On 3 March 2020 the council met and approved 14 new buses for 2021 routes.", "en")
    b = doc("b", "Protesters said 14 people died on 3 March 2020, and vowed to return in 2021.", "en")
    assert detect([a, b]).links == []


@pytest.mark.parametrize("text, expected", [
    ("14 killed, 1 200 injured, 1,500 detained", [14, 1200, 1500]),
    ("on 16.12.2011 at 12:52", ["d2011-12-16", "t12:52"]),  # a date and a time are one token each
    ("date: 2011-12-16", ["d2011-12-16"]),
    ("call 8 (7102) 73-11-22", [8, 7102, "c73-11-22"]),
    ("no numbers", []),
])
def test_numbers(text, expected):
    assert numbers(text) == expected


def test_hashes_are_stable_across_processes():
    # fixed expectations: Python's salted hash() would change these between runs
    assert stable_hash("abc") == 0xD8BB14D833D59559
    s = shingles("one two three four five six seven")
    assert len(s) == 3 and minhash(s) == minhash(set(s))


def test_hostile_input_is_fast():
    big = doc("big", ("1 " * 50_000) + "\n\n" + ("word " * 50_000), "en")
    other = doc("o", ("1 " * 50_000) + "\n\n" + ("word " * 50_000), "ru")
    t = time.perf_counter()
    detect([big, other])
    assert time.perf_counter() - t < 60  # a hang or quadratic blow-up, not a speed target


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="0123456789 .,:/-\n\u00a0abcабв", max_size=300), min_size=1, max_size=4))
def test_detect_never_crashes_and_is_deterministic(texts):
    docs = [doc(f"d{i}", t, "en" if i % 2 else "ru") for i, t in enumerate(texts)]
    a, b = detect(docs), detect(list(reversed(docs)))
    assert a.to_json() == b.to_json()
    for d in docs:
        assert a.origins([(d.id, 0)]) == 1


def test_a_story_copied_n_times_gives_n_minus_1_links():
    docs = [doc(f"outlet{i}.txt", f"Outlet {i} reports.\n\n{WIRE}", "en") for i in range(6)]
    ind = detect(docs)
    assert len([x for x in ind.links if x.kind == "copy"]) == 5  # a spanning set, not all 15 pairs
    assert ind.families()[0] == sorted(d.id for d in docs)
    assert ind.origins((d.id, len(f"Outlet {i} reports.\n\n")) for i, d in enumerate(docs)) == 1
