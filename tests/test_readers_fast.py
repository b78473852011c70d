"""Reader fast paths: the speed-tuned sniffing patterns give exactly what the plain ``^...`` forms did.

The reference patterns are the straightforward forms the sniffer used before it was tuned; the
module's line-start patterns begin with a newline and are searched in ``"\\n" + sample``, and the
others open with a literal, so that `re` skips to candidates at C speed. Same signals, same format.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.readers import sniff

REF_WIKI_HEADING = re.compile(r"^(={2,6})[^=\n][^\n]*?\1[ \t]*$", re.M)
REF_WIKI_SIGNALS = (
    re.compile(r"\[\[[^\[\]\n]{1,200}\]\]"),
    re.compile(r"\{\{[^{}\n]{1,200}(?:\}\}|\|)"),
    re.compile(r"'''[^'\n]{1,200}'''"),
    re.compile(r"<ref[\s>/]", re.I),
    re.compile(r"^\{\|", re.M),
)
REF_MD_STRONG = (
    re.compile(r"^#{1,6}[ \t]+\S", re.M),
    re.compile(r"\[[^\[\]\n]{1,300}\]\([^()\s]{0,500}\)"),
    re.compile(r"\*\*[^*\n]{1,200}\*\*|__[^_\n]{1,200}__"),
    re.compile(r"^```", re.M),
)
REF_MD_WEAK = (
    re.compile(r"(?<![*\w])\*[^*\s][^*\n]{0,200}\*(?![*\w])"),
    re.compile(r"^[ \t]{0,3}[-*+][ \t]+\S", re.M),
    re.compile(r"^>[ \t]?\S", re.M),
    re.compile(r"^[ \t]{0,3}\d{1,3}\.[ \t]+\S", re.M),
)


def ref_signals(text: str) -> list[int]:
    """Heading count (up to 3), then whether each plain pattern occurs, in the reference order."""
    found = [bool(r.search(text)) for r in (*REF_WIKI_SIGNALS, *REF_MD_STRONG, *REF_MD_WEAK)]
    return [len(REF_WIKI_HEADING.findall(text, 0, len(text))[:3]), *found]


def new_signals(text: str) -> list[int]:
    lined = "\n" + text

    def each(group: tuple, t: str) -> list[bool]:
        return [bool(sniff._hits((r,), t)) for r in group]

    wiki = each(sniff._WIKI_SIGNALS, text) + each(sniff._WIKI_LINE_SIGNALS, lined)
    line_strong = each(sniff._MD_LINE_STRONG, lined)
    strong = line_strong[:1] + each(sniff._MD_STRONG, text) + line_strong[1:]
    weak = each(sniff._MD_WEAK, text) + each(sniff._MD_LINE_WEAK, lined)
    return [len(sniff._WIKI_HEADING.findall(lined)[:3]), *wiki, *strong, *weak]


ALPHABET = "=#*_`>-+{|}[]()'<ref. \t\n\n1234ab_Жя"
SAMPLES = [
    "== H ==", "x\n==H==\n", "=== H ==", "==== H ==== \nx", "==a==\n==b==\n==c==\n==d==", "{| class", "x\n{|",
    " {|", "# h", "####### h", "#h", "\n## h", "```py", "x\n```", " ```", "*a*", "a*b*", "**a**", "__a__", " * x",
    "    - x", "- x", "+\tx", "> q", ">q", ">", "1. x", "   12. x", "1234. x", "\n 3. y", "x 1. y", "\t-\tx",
    "[[a]] {{b}} '''c''' <ref>", "[a](http://x)", "\n\n", "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_samples_match_reference(text):
    assert new_signals(text) == ref_signals(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_sniff_signals_match_reference(text):
    assert new_signals(text) == ref_signals(text)


@pytest.mark.parametrize("text", ["== A ==\n[[b]]\n", "# T\n\n[a](http://x) and **b**\n", "plain text.\n",
                                  "{{Infobox}}\n'''Bold''' [[link]]\n", "- a\n- b\n> q\n1. x\n"])
def test_sniff_text_decision(text):
    wiki = ref_signals(text)
    score_wiki = wiki[0] + sum(wiki[1:6])
    score_md = 2 * sum(wiki[6:10]) + sum(wiki[10:14])
    want = "wikitext" if score_wiki >= 2 and score_wiki >= score_md else "markdown" if score_md >= 2 else "text"
    assert sniff.sniff_text(text) == want
