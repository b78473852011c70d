"""`rashomon._entity_doc.PrefixSieve` gives the words a plain set comprehension gives, across documents
(answers remembered), past its limit (forgotten), lower-cased or not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon._entity_doc import PrefixSieve

PREFIXES = frozenset({"abc", "Abc", "дом", "mem", "ҚАЗ"})
WORDS = st.sampled_from(["abcd", "Abcd", "ABCD", "ab", "Дом", "дома", "member", "Memo", "ҚАЗАҚ", "Қазақ", "x", ""])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sets(WORDS | st.text(alphabet="abcAдомMeҚАЗ", max_size=5), max_size=12), max_size=8),
       st.booleans(), st.integers(1, 30))
def test_same_words_as_a_set_comprehension(docs, lower, limit):
    sieve = PrefixSieve(PREFIXES, lower=lower, limit=limit)
    biggest = 0
    for vocab in docs:
        biggest = max(biggest, len(vocab))
        want = {w for w in vocab if (w[:3].lower() if lower else w[:3]) in PREFIXES}
        assert sieve(vocab) == want
        assert len(sieve.yes) + len(sieve.no) <= max(limit, biggest)  # (bounded: memory stays flat)
