"""Guard against wikitext that mwparserfromhell cannot parse in reasonable time.

The parser is quadratic in the number of constructs left open (``"{{a|[[b|" * 3000`` takes minutes) or
closed out of order, which no real page has: past `MAX_UNBALANCED` such constructs, or nesting deeper
than `MAX_DEPTH_SOURCE`, the page is stripped by a linear fallback (`strip_markup`) instead.
"""

from __future__ import annotations

import html
import re

MAX_UNBALANCED = 64
_VOID = {"br", "hr", "img", "wbr", "meta", "link", "input", "col", "area", "source", "track", "embed", "param"}
_STRIP_RE = re.compile(r"\{\{|\}\}|\[\[|\]\]|\{\||\|\}|<[^<>\n]{0,500}>|'{2,}|__[A-Z]{3,}__")


_PAIR_RE = re.compile(r"\{\{|\}\}|\[\[|\]\]|\[(?=(?:https?:|ftp:)?//)|\](?!\])|\{\||\|\}|<(/?)([A-Za-z][\w-]{0,30})(?:\s[^<>]{0,500})?(/?)>")
_CLOSER = {"}}": "{{", "]]": "[[", "|}": "{|"}
MAX_DEPTH_SOURCE = 50


def unbalanced(wikitext: str) -> str | None:
    """Why the page cannot be parsed in reasonable time, or None: more than `MAX_UNBALANCED`
    constructs left open or closed out of order, or nesting deeper than `MAX_DEPTH_SOURCE`.

    One linear pass with a stack over ``{{ }}``, ``[[ ]]``, ``{| |}`` and paired HTML tags.
    """
    stack: list[str] = []
    counts: dict[str, int] = {}
    bad = 0
    for m in _PAIR_RE.finditer(wikitext):
        tok = m.group(0)
        if m.group(2) is not None:
            name = m.group(2).lower()
            if m.group(3) or tok.endswith("/>") or name in _VOID:
                continue
            if not m.group(1):
                key = "<" + name
                stack.append(key)
                counts[key] = counts.get(key, 0) + 1
                if len(stack) > MAX_DEPTH_SOURCE:
                    return "nested too deeply"
                continue
            key = "<" + name
        elif tok == "]":
            if not counts.get("["):
                continue  # a bracket in prose
            key = "["
        elif tok in _CLOSER:
            key = _CLOSER[tok]
        else:
            stack.append(tok)
            counts[tok] = counts.get(tok, 0) + 1
            if len(stack) > MAX_DEPTH_SOURCE * 4:
                return "nested too deeply"
            continue
        if not counts.get(key):
            bad += 1  # a close with nothing to close
        else:
            while stack:
                top = stack.pop()
                counts[top] -= 1
                if top == key:
                    break
                bad += 1  # closed out of order
        if bad > MAX_UNBALANCED:
            return "markup closed out of order"
    if len(stack) > MAX_UNBALANCED:
        return "markup left open"
    return None


def strip_markup(wikitext: str) -> str:
    """Every bracket, tag and quote run removed, entities decoded: the degraded rendering."""
    return html.unescape(_STRIP_RE.sub(" ", wikitext))
