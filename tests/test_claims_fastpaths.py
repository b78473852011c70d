"""The claims stage's fast paths give exactly what their plain definitions give: the tokenizer, the
phrase matcher's indexed lookups, the one-pass matcher set, the sentence pre-checks and the
script-based language guess, each checked against a straightforward reference written here."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.claims.grammar import _APOS, TOKEN_RE, MatcherSet, PhraseMatcher, _tokens, tokenize
from rashomon.claims.lexicon import _CYR_WORD, _KK, _UK, LANGS, guess_lang, lexicon
from rashomon.claims.rules import _paren_ids

PIECES = ["1", "1,500", "12:52", "7-8", "(", ")", ":", ",", ".", "*", "_", "’", "'", "`", "ʼ", "ʼон", "ё", "Ё", "İ", "\n", "\t",
          "\u00a0", "  ", "more than", "более", "понад", "астам", "about", "около", "сотни", "dozens", "десятки",
          "killed", "погибли", "according to", "по данным", "за даними", "said", "but", "но", "але", "бірақ",
          "across the country", "по всей стране", "denied", "опровергли", "двадцяти", "п'яти", "он", "алты",
          "онға", "thousand", "тысяч", "Kazakhstan", "Қазақстан", "Україна", "Reuters", "МВД", "+", "%", "«", "»"]
texts = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join),
                  st.lists(st.sampled_from(PIECES), max_size=60).map("".join))


def _ref_tokens(text: str, offset: int, start: int, end: int) -> list[tuple]:
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        w = m.group()
        if w in ("*", "_"):
            continue
        kind = "n" if "0" <= w[0] <= "9" else ("w" if w[0].isalpha() else "p")
        out.append((w, w.lower().translate(_APOS), m.start() + offset, m.end() + offset, kind))
    return out


def _as_tuples(toks) -> list[tuple]:
    return [(t.text, t.low, t.start, t.end, t.kind) for t in toks]


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 50), st.data())
def test_tokens_match_the_regex(text, offset, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _as_tuples(_tokens(text, offset, start, end)) == _ref_tokens(text, offset, start, end)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_tokenize_of_a_long_text_is_its_spans_tokens(text):
    doc = (text + " ") * (600 // (len(text) + 1) + 1)  # long enough to be remembered
    cut = len(doc) // 3
    assert _as_tuples(tokenize(doc, 0, cut, len(doc))) == _ref_tokens(doc, 0, cut, len(doc))
    assert _as_tuples(tokenize(doc, 0, cut, len(doc))) == _ref_tokens(doc, 0, cut, len(doc))  # remembered


def test_white_space_is_linear():
    text = "x" + " " * 300_000
    assert _as_tuples(_tokens(text, 0, 0, len(text))) == [("x", "x", 0, 1, "w")]


# -- phrase matcher: the reference scans every pattern at every position --------------------------------
class _RefMatcher:
    """The matcher before indexing: candidates by exact first word plus stems by their first two
    letters, every word of every candidate checked at every call, stable-sorted longest first."""

    def __init__(self, entries):
        self.exact, self.prefix = {}, {}
        for pattern, payload in entries:
            words = []
            for chunk in pattern.split():
                star = chunk.endswith("*") and len(chunk) > 1
                lows = [t.low for t in tokenize(chunk[:-1] if star else chunk)]
                words += [(w, star and k == len(lows) - 1) for k, w in enumerate(lows)]
            if words:
                table, key = (self.prefix, words[0][0][:2]) if words[0][1] else (self.exact, words[0][0])
                table.setdefault(key, []).append((words, payload))

    def at(self, toks, i):
        if i >= len(toks):
            return []
        low = toks[i].low
        out = []
        for words, payload in self.exact.get(low, []) + self.prefix.get(low[:2], []):
            j = i
            for w, star in words:
                if j >= len(toks) or not (toks[j].low.startswith(w) if star else toks[j].low == w):
                    break
                j += 1
            else:
                out.append((j, payload))
        return sorted(out, key=lambda m: -m[0])

    def find(self, toks, lo=0, hi=None):
        hi = len(toks) if hi is None else hi
        out, i = [], lo
        while i < hi:
            ms = self.at(toks, i)
            if ms and ms[0][0] <= hi:
                out.append((i, ms[0][0], ms[0][1]))
                i = ms[0][0]
            else:
                i += 1
        return out


PATTERNS = ["more than", "more", "около", "ранен*", "пропал* без вести", "по данным", "по", "ра*", "killed", "said",
            "according to", "but", "but also", "он*", "бо*", "the ministry", "the*", "1,500", "( official )"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PATTERNS), min_size=1, max_size=8), texts, st.data())
def test_phrase_matcher_matches_the_reference(patterns, text, data):
    entries = [(p, object()) for p in patterns]  # distinct payloads
    fast, ref = PhraseMatcher(entries), _RefMatcher(entries)
    toks = tokenize(text + " " + " ".join(patterns))
    for i in range(len(toks) + 1):
        assert fast.at(toks, i) == ref.at(toks, i)
        assert fast.first(toks, i) == (ref.at(toks, i) or [None])[0]
        assert fast.ending_at(toks, i, 3) == [(k, p) for k in range(max(0, i - 3), i) for j, p in ref.at(toks, k) if j == i]
        assert fast.starts_in(toks, i - 5, i) == any(ref.at(toks, k) for k in range(max(0, i - 5), min(i, len(toks))))
    lo = data.draw(st.integers(0, len(toks)))
    hi = data.draw(st.integers(lo, len(toks)))
    assert fast.find(toks, lo, hi) == ref.find(toks, lo, hi)
    assert fast.find(toks) == ref.find(toks)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PATTERNS), min_size=1, max_size=4), min_size=1, max_size=4), texts)
def test_whole_sentence_find_of_several_matchers(pattern_sets, text):
    """A sentence searched whole by several matchers, again, and as a copy of its token list (the
    sentence's words, taken on first sight and remembered for its next searches: `_words_of`) finds
    what the reference finds."""
    matchers = [(PhraseMatcher(e), _RefMatcher(e)) for e in ([(p, object()) for p in ps] for ps in pattern_sets)]
    toks = tokenize(text + " " + " ".join(p for ps in pattern_sets for p in ps) + " a b c d e f g h i")
    other = tokenize(text + " — x y z w v u t s r q")  # another sentence between the searches
    for toks_ in (toks, other, toks, list(toks), other):
        for fast, ref in matchers:
            assert fast.find(toks_) == ref.find(toks_)


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=60, deadline=None)
@given(text=texts)
def test_matcher_set_is_each_matchers_find(lang, text):
    lex = lexicon(lang)
    toks = tokenize(text)
    found = lex.sentence_matchers.find(toks)
    for name, matcher in zip(lex.sentence_matchers.names, lex.sentence_matchers.matchers, strict=True):
        assert found[name] == matcher.find(toks)


def test_matcher_set_of_small_matchers():
    a, b = PhraseMatcher([("x y", 1), ("x", 2)]), PhraseMatcher([("y*", 3), ("x y z", 4)])
    toks = tokenize("x y z x yy x")
    assert MatcherSet({"a": a, "b": b}).find(toks) == {"a": a.find(toks), "b": b.find(toks)}


# -- sentence pre-checks and the language guess ----------------------------------------------------------
def _ref_may_hold(lex, text: str) -> bool:
    if re.search(r"[0-9]", text):
        return True
    starts, stems = lex.starters, lex.starter_stems
    return any(w in starts or w[:2] in stems or lex.numeral(w)
               for w in re.findall(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*", text.lower().translate(_APOS)))


def _ref_opens(lex, t) -> bool:
    return not ((t.kind == "p" and t.text != "+") or (t.kind == "w" and t.low not in lex.starters
                                                      and t.low[:2] not in lex.starter_stems and not lex.number_word(t)))


def _ref_guess(text: str) -> str:
    words = _CYR_WORD.findall(text)
    if not words:
        return "en"
    kk = sum(1 for w in words if _KK.search(w))
    if kk and (kk >= 2 or kk * 5 >= len(words)) and kk * 8 >= len(words):
        return "kk"
    uk = sum(1 for w in words if _UK.search(w))
    if uk and uk * 10 >= len(words):
        return "uk" if not kk else ("kk" if kk >= uk else "uk")
    return "ru"


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=80, deadline=None)
@given(text=texts)
def test_pre_checks_match_their_definitions(lang, text):
    lex = lexicon(lang)
    assert lex.may_hold_figure(text) == _ref_may_hold(lex, text)
    assert lex.may_hold_figure(text) == _ref_may_hold(lex, text)  # remembered words
    toks = tokenize(text)
    assert lex.openers(toks) == [k for k, t in enumerate(toks) if _ref_opens(lex, t)]
    assert guess_lang(text) == _ref_guess(text)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_paren_ids(text):
    toks = tokenize(text)
    out, stack = [], []
    for k, t in enumerate(toks):
        if t.text == ")" and stack:
            stack.pop()
        out.append(stack[-1] if stack else -1)
        if t.text == "(":
            stack.append(k)
    assert _paren_ids(toks) == out


def test_matcher_set_follows_added_patterns():
    a, b = PhraseMatcher([("x", 1)]), PhraseMatcher([("y", 2)])
    both = MatcherSet({"a": a, "b": b})
    toks = tokenize("x y z")
    assert both.find(toks) == {"a": [(0, 1, 1)], "b": [(1, 2, 2)]}
    b.add("z", 3)
    assert both.find(toks) == {"a": [(0, 1, 1)], "b": [(1, 2, 2), (2, 3, 3)]}


@pytest.mark.parametrize("text", ["ʼон", "онʼ", "ʼон ʼ", "пʼять", "около", "ʼоколо", "ОКОЛО", "бо’", "`он`", "Ёлка"])
@pytest.mark.parametrize("lang", LANGS)
def test_pre_check_of_apostrophes(lang, text):
    lex = lexicon(lang)
    assert lex.may_hold_figure(text) == _ref_may_hold(lex, text)


def test_bounded_indexes_start_over(monkeypatch):
    """With tiny bounds the indexes and memos keep starting over, and answers stay the same."""
    import importlib

    grammar = importlib.import_module("rashomon.claims.grammar")
    lexicon_module = importlib.import_module("rashomon.claims.lexicon")  # the package's `lexicon` is the function

    monkeypatch.setattr(grammar._Index, "limit", 2)
    monkeypatch.setattr(lexicon_module, "_MEMO_MAX", 3)
    entries = [(p, k) for k, p in enumerate(PATTERNS)]
    fast, ref = PhraseMatcher(entries), _RefMatcher(entries)
    lex = lexicon_module.Lexicon("ru")
    for text in ["по данным МВД, более 1,500 ранены", "около сотни пропали без вести", "но он сказал: ра ра бо", "десятки"]:
        toks = tokenize(text)
        assert [fast.at(toks, i) for i in range(len(toks))] == [ref.at(toks, i) for i in range(len(toks))]
        assert fast.find(toks) == ref.find(toks)
        assert lex.may_hold_figure(text) == _ref_may_hold(lex, text)
        assert lex.openers(toks) == [k for k, t in enumerate(toks) if _ref_opens(lex, t)]
        assert lex.sentence_matchers.find(toks) == {n: m.find(toks) for n, m in zip(lex.sentence_matchers.names, lex.sentence_matchers.matchers, strict=True)}
