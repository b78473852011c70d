"""`date_at` over one document's many claims looks the document's facts up once, not once per claim.

The facts' key covers every time expression of the document (they may be re-anchored in place by the
corpus stage), so computing it per claim made a report with thousands of dated sentences quadratic. The
claims' context and the timeline's re-dating now look the facts up once per document and pass them on.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline
from rashomon.time import when

PIPE = Pipeline()
SENTENCES = {
    "ru": "Полиция задержала {n} человек в Самаре {d} марта 2021 года. ",
    "en": "Police detained {n} people in Leeds on {d} March 2021. ",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_a_long_report_computes_the_facts_key_a_bounded_number_of_times(monkeypatch, lang):
    calls = 0
    key = when._key

    def counting(doc, timexes):
        nonlocal calls
        calls += 1
        return key(doc, timexes)

    monkeypatch.setattr(when, "_key", counting)
    when._FACTS.clear()
    text = "".join(SENTENCES[lang].format(n=n + 2, d=n % 28 + 1) for n in range(120))
    a = PIPE.analyze(Document(id="long", path="long", text=text, lang=lang))
    assert len(a.claims) == 120
    assert [c.when for c in a.claims] == [f"2021-03-{n % 28 + 1:02d}" for n in range(120)]
    assert calls <= 10  # one per stage that asks, not one per claim


def test_date_at_with_the_facts_given_answers_as_without(pipeline=PIPE):
    text = ("On Monday, 3 May 2021, police said 4 people were killed. By Tuesday the toll rose to 9. "
            "Rights groups counted 12 dead on 5 May.")
    doc = Document(id="d", path="d", text=text, lang="en", published="2021-05-06")
    a = pipeline.analyze(doc)
    facts = when.document_facts(doc, a.timexes)
    for c in a.claims:
        offset = (c.value_span or c.span)[0]
        assert when.date_at(doc, a.timexes, offset, facts=facts) == when.date_at(doc, a.timexes, offset)
