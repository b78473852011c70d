"""Place mentions that are no scene of the event, read from the words around them (`Context`).

- A vessel's name: a place name in quotes after a ship noun (катер «Бердянськ», the tug "Yany Kapu",
  буксир «Керчь» і «Одеса»), or right after one in English ("the cruiser Moskva"): ``vessel_words``.
- A capital or country that did not confirm or comment ("Kyiv did not confirm", «Киев не
  подтвердил», «Київ не коментував», «Киев растамады»): a government, as in `Context._speaks`; the
  words skipped and the verbs are ``place_speaker_after`` (``skip`` and ``verb`` rows).
"""

from __future__ import annotations

import functools
import re

from .. import langdata
from .._vessel_words import vessel_words
from ..document import LANGS

_LANGS = ("en", "ru", "uk", "kk")
_OPEN = "«\"“„'‘"
_OPENS = tuple(_OPEN)
_CLOSE = "»\"”“'’"
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TAIL_WORD = re.compile(r"([^\W\d_]+(?:['’-][^\W\d_]+)*)\W*$")
# the same on the reversed text, matched at its start: one pass instead of a search from every position
_TAIL_WORD_REV = re.compile(r"\W*([^\W\d_]+(?:['’-][^\W\d_]+)*)")


def _tail_word(s: str) -> tuple[int, int] | None:
    """Span of ``_TAIL_WORD.search(s).group(1)`` (the last word of ``s``, with only non-word
    characters after it), or None when there is none."""
    m = _TAIL_WORD_REV.match(s[::-1])
    if m is None:
        return None
    return len(s) - m.end(1), len(s) - m.start(1)


@functools.cache
def _vessel_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Ship nouns of every claim language (``vessel_words``: exact word forms, stems) and the
    conjunctions that join two quoted names."""
    exact, stems, conj = set(), set(), set()
    for lang in _LANGS:
        got = vessel_words(lang)
        exact |= got.forms
        stems.update(got.stems)
        conj |= got.conjunctions
    return frozenset(exact), tuple(sorted(stems)), frozenset(conj)


def _is_vessel(word: str) -> bool:
    exact, stems, _ = _vessel_words()
    w = word.lower()
    return w in exact or w.startswith(stems)


def vessel_name(text: str, start: int, end: int) -> bool:
    """Whether the place mention at ``start:end`` names a vessel: in quotes after a ship noun (through
    a list of quoted names) or before one (Kazakh «Бердянск» катері), or right after a ship noun with
    a space between ("the cruiser Moskva")."""
    lead = text[max(0, start - 160) : start]
    quoted = lead.endswith(_OPENS)
    if quoted and text[end : end + 1] in _CLOSE:
        nxt = _WORDS.match(text, end + 2) if text[end + 1 : end + 2] == " " else None
        if nxt is not None and _is_vessel(nxt.group()):
            return True
    if quoted:
        lead = lead[:-1]
    elif not lead.endswith(" "):
        return False
    conj = _vessel_words()[2]
    for _ in range(6):
        lead = lead.rstrip()
        window = lead[-40:]
        w = _tail_word(window)
        if w is None or w[1] != len(window) and not lead.endswith(","):
            return False
        word = window[w[0] : w[1]]
        if _is_vessel(word):
            return True
        if not quoted:
            return False
        if _owner_between(lead):
            return True  # "катери ВМС України «Бердянськ»": the ship noun, then its owner
        # a list of quoted names: «А», «Б» і «В»
        if lead.endswith(","):
            lead = lead[:-1].rstrip()
        elif word.lower() in conj:
            lead = lead[: len(lead) - len(word)].rstrip()
        else:
            return False
        if not lead.endswith(tuple(_CLOSE)):
            return False
        opened = max(lead.rfind(q, max(0, len(lead) - 60), len(lead) - 1) for q in _OPEN)
        if opened < 0:
            return False
        lead = lead[:opened]
    return False


def quoted_name(text: str, start: int, end: int) -> bool:
    """Whether the place mention at ``start:end`` is a whole quoted name («Нариманова», "Ulduz"): a
    metro station, hotel, stadium, newspaper or ship named after a town (a town itself is not quoted).
    A scene noun before the quote (``place_scene_words``: «на заставе «Ташбулак»», "the outpost
    'Kyzyl'") makes the name the scene's own, which stays a place."""
    if not (start > 0 and text[start - 1 : start] in ("«", '"', "“", "„") and text[end : end + 1] in ("»", '"', "”", "“")):
        return False
    return not _scene_before_quote().search(text, max(0, start - 41), start - 1)


@functools.cache
def _scene_before_quote() -> re.Pattern[str]:
    """A scene noun that names what follows it (``place_scene_words`` "before", of every language: a
    mention has no language of its own) right before a quote."""
    before = [row[0].lower() for lang in LANGS for row in langdata.load_table(lang, "place_scene_words")
              if len(row) >= 2 and row[1] == "before"]
    return re.compile(rf"(?<![^\W_]){_noun_pattern(before)}\s+\Z")


def _owner_between(lead: str) -> bool:
    """A ship noun at most three words before a quoted name, with no punctuation between ("катери ВМС
    України «Бердянськ»", "the Ukrainian navy tug \"Yany Kapu\"")."""
    clause = re.split(r"[.;:!?,()\[\]«»\"“”„]", lead[-60:])[-1]
    words = _WORDS.findall(clause)
    return any(_is_vessel(w) for w in words[-4:-1])


def after_abbreviation(text: str, start: int) -> bool:
    """A mention right after an upper-case abbreviation of a body ("ВМС України", "ФСБ Росії", "МВД
    Казахстана"): whose body it is, not where the event happened (for a country)."""
    lead = text[max(0, start - 12) : start]
    if not lead.endswith(" "):
        return False
    w = _tail_word(lead)
    return w is not None and w[1] == len(lead) - 1 and 2 <= w[1] - w[0] <= 5 and lead[w[0] : w[1]].isupper()


@functools.cache
def _after_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """``place_speaker_after`` of every claim language: skipped words (negations, auxiliaries),
    verbs after them, and negated verbs that stand alone (as stems: rows end in ``*`` or not)."""
    skip, verbs, negs = set(), set(), set()
    for lang in _LANGS:
        for row in langdata.load_table(lang, "place_speaker_after"):
            w, kind = row[0].lower(), (row[1] if len(row) > 1 else "verb")
            {"skip": skip, "neg": negs}.get(kind, verbs).add(w)
    stem = lambda ws: tuple(sorted(w.rstrip("*") for w in ws))  # noqa: E731
    return frozenset(skip), stem(verbs), stem(negs)


def _fits(word: str, rows: tuple[str, ...]) -> bool:
    return word.startswith(rows)  # (a word equal to a row starts with it)


def denies_as_government(text: str, end: int) -> bool:
    """Whether the words right after a place mention ending at ``end`` make it a government that
    did not confirm or comment ("Kyiv did not confirm", «Киев не подтвердил», «Киев растамады»)."""
    if text[end : end + 1] != " ":
        return False
    skip, verbs, negs = _after_words()
    words = _WORDS.findall(text[end : end + 60].split("\n", 1)[0].lower())
    k = 0
    while k < min(len(words), 3) and words[k] in skip:
        k += 1
    return k < len(words) and (_fits(words[k], negs) or (k > 0 and _fits(words[k], verbs)))



@functools.cache
def _currency_stems() -> tuple[str, ...]:
    return tuple(sorted({w.lower() for w in langdata.load_list(None, "place_currency_words")}))


def currency_country(text: str, start: int, end: int) -> bool:
    """A country naming a currency, no place: a currency word right after it ("US dollars", «АҚШ
    долларын», "7 мың АҚШ доллары") or right before it («долларов США», «доларів США»);
    ``place_currency_words``."""
    stems = _currency_stems()
    after = _WORDS.match(text, end + 1) if text[end : end + 1] == " " else None
    if after and after.group().lower().startswith(stems):
        return True
    tail = _tail_word(text[max(0, start - 30) : start]) if text[start - 1 : start] == " " else None
    if tail is None:
        return False
    word = text[max(0, start - 30) + tail[0] : max(0, start - 30) + tail[1]].lower()
    return word.startswith(stems) and len(word) <= 12


_LATIN_WORD = re.compile(r"[A-Z][A-Za-z]*(?:[-'][A-Za-z]+)*")
_LATIN_TAIL = re.compile(r"([A-Z][A-Za-z]*) $")


def latin_name_part(text: str, start: int, end: int, lang: str | None) -> bool:
    """A Latin-script word of a Cyrillic-language document inside a longer Latin name («концертному
    залі Silver Moon Arena», «компанії Blue Harbor Group»): a brand's or venue's word, no place
    (a Latin place on its own, «у Vilnius», is left alone). Needs a capitalised Latin word right
    before or right after it, one space apart."""
    if lang not in ("ru", "uk", "kk") or not text[start:end].isascii() or not text[start:end][:1].isupper():
        return False
    if text[end : end + 1] == " " and _LATIN_WORD.match(text, end + 1):
        return True
    return bool(_LATIN_TAIL.search(text[max(0, start - 40) : start]))


_GAP = re.compile(r"\S {3,}(?=\S)")


def toolbar_line(text: str, start: int) -> bool:
    """A place word on a line of buttons or menu items set apart by runs of spaces ("Home   World
    Sorrento   Sorry. Comments are closed"): page furniture, no scene. Two gaps of three spaces or
    more between words and no digit on the line (a table of figures aligned by spaces keeps its rows)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a : len(text) if b < 0 else b]
    return len(_GAP.findall(line)) >= 2 and not any(c.isdigit() for c in line)

# -- named scenes no gazetteer knows ("the Arkankergen outpost", «Камароб шатқалында») -------------

_CAP = "A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ"
_NAME = rf"[{_CAP}][^\W\d_]+(?:-[^\W\d_]+)*"
_SENT_START = re.compile(r"(?:^|[.!?:\n]\s*)$")
_NEXT_NAME = re.compile(rf"[ \u00a0]+({_NAME})")  # the next word of a name of several


def _noun_pattern(rows: list[str]) -> str:
    """One alternation of scene nouns ("gorge*" a stem, "border post*" two words)."""
    alts = []
    for row in sorted(set(rows), key=len, reverse=True):
        parts = [re.escape(p[:-1]) + r"[^\W\d_]*" if p.endswith("*") else re.escape(p) for p in row.split()]
        alts.append(r"\s+".join(parts))
    return "(?i:" + "|".join(alts) + ")"


@functools.cache
def _scene_rules(lang: str, town: bool = False) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, tuple[str, ...], tuple[str, ...]]:
    """``place_scene_words`` of a language: the finder of "NAME noun", of "noun NAME", the adjective
    stems ("-ск") and the adjective endings an unquoted name after its noun may not have (``town``:
    the settlement nouns, rows "town_after"/"town_before")."""
    after, before, adj, forms = [], [], [], []
    pre = "town_" if town else ""
    for row in langdata.load_table(lang, "place_scene_words"):
        if len(row) < 2:
            continue
        w, kind = row[0].lower(), row[1]
        if kind == "adj":
            adj.append(w.lstrip("-"))
        elif kind == "adj_form":
            forms.append(w.lstrip("-"))
        elif kind in (pre + "after", pre + "before"):
            (after if kind == pre + "after" else before).append(w)
    gap = r"[ \u00a0]+" if town else r"\s+"  # (a settlement noun and its name share one line)
    fa = re.compile(rf"(?<![^\W_])[«\"“]?({_NAME})[»\"”]?{gap}{_noun_pattern(after)}(?![^\W\d_])") if after else None
    fb = re.compile(rf"(?<![^\W_]){_noun_pattern(before)}{gap}([«\"“]?)({_NAME})") if before else None
    return fa, fb, tuple(sorted(adj, key=len, reverse=True)), tuple(forms)


#: characters that `re` matches case-insensitively with a letter other than their `str.lower`
#: ("ſ" with "s", "ı" with "i", "ᲂ" with "о"), and "İ", whose `str.lower` is two characters
_FOLD_ODD = re.compile("[İıſᲀᲁᲂᲃᲄᲅᲆᲇᲈẛﬅﬆ]")


@functools.cache
def _scene_heads(lang: str, town: bool = False) -> tuple[str, ...]:
    """The first word (a stem's letters) of every scene noun of ``lang``: a match of either finder
    of `_scene_rules` holds one, in any case."""
    kinds = ("town_after", "town_before") if town else ("after", "before")
    return tuple(sorted({row[0].lower().split()[0].rstrip("*") for row in langdata.load_table(lang, "place_scene_words")
                         if len(row) >= 2 and row[1] in kinds and row[0].split()}))


def _no_scene_noun(text: str, lang: str) -> bool:
    """Is no scene noun in ``text``? One lower-casing and a substring test per noun, instead of the
    finders' pass over every position (a text with a character `str.lower` and `re` fold apart
    is left to the finders)."""
    low = text.lower()
    return not any(h in low for h in _scene_heads(lang)) and _FOLD_ODD.search(text) is None


def _no_town_noun(text: str, lang: str) -> bool:
    """`_no_scene_noun` for the settlement nouns ("town of", «селе», «ауылы»)."""
    low = text.lower()
    return not any(h in low for h in _scene_heads(lang, True)) and _FOLD_ODD.search(text) is None


@functools.cache
def _not_names() -> frozenset[str]:
    """Capitalised words that are no scene's name: country adjectives ("Kazakh outpost") and
    entity stop words of every claim language, lower-cased."""
    out = set()
    for lang in _LANGS:
        out.update(row[0].lower() for row in langdata.load_table(lang, "entity_country_adjectives") if row)
        out.update(w.lower() for w in langdata.load_list(lang, "entity_stopwords"))
    return frozenset(out)


def _adjective_stem(word: str, stems: tuple[str, ...]) -> str | None:
    """The name inside a place adjective ("Камаробском" -> "Камароб", "Раштській" -> "Рашт"): the
    word before its last adjective stem, when at most three letters follow the stem."""
    low = word.lower()
    for s in stems:
        k = low.rfind(s)
        if k >= 3 and len(low) - k - len(s) <= 3:
            return word[:k]
    return None


def scene_names(text: str, lang: str, town: bool = False) -> list[tuple[int, int, str]]:
    """Named scenes of a text in ``lang`` that a gazetteer does not know, with the word that names
    them: "the Arkankergen outpost", "на заставе «Арканкерген»", "в ущелье Камароб", "в Камаробском
    ущелье", «Камароб шатқалында» -> (start, end, name in its base form). ``town``: settlements
    named after their noun instead ("the town of Zelenport", «в селе Дорново», «Дорново ауылында»)."""
    if lang not in _LANGS:
        return []
    if _no_town_noun(text, lang) if town else _no_scene_noun(text, lang):
        return []  # (most texts: no scene noun, so neither finder can match)
    fa, fb, adj, forms = _scene_rules(lang, town)
    out = []
    stops = _not_names()
    for m in fa.finditer(text) if fa else ():
        name = m.group(1)
        if lang in ("ru", "uk"):
            name = _adjective_stem(name, adj) or ""
        elif lang == "en" and _SENT_START.search(text, max(0, m.start() - 3), m.start()):
            continue  # "Border posts were ...": a sentence's first word is no name here
        if len(name) >= 3 and name.lower() not in stops:
            out.append((m.start(1), m.end(1), name))
    for m in fb.finditer(text) if fb else ():
        name = m.group(2)
        if not m.group(1) and name.lower().endswith(forms):
            continue  # "заставы Пограничной службы": an adjective, not the post's name
        nxt = _NEXT_NAME.match(text, m.end(2)) if town and not m.group(1) else None
        if nxt and not nxt.group(1).lower().endswith(forms):
            continue  # "the village of Dorn Hill", «село Зелёный Бор»: one word of a longer name
        if len(name) >= 3 and name.lower() not in stops:
            out.append((m.start(2), m.end(2), name))
    return sorted(set(out))


# -- reference points: "1,200 km from Astana", "near the border with China" ------------------------

def _alt(words: set[str]) -> str:
    return "|".join(re.escape(w[:-1]) + r"[^\W\d_]*" if w.endswith("*") else re.escape(w)
                    for w in sorted(words, key=len, reverse=True)) or "(?!)"


@functools.cache
def _distance_rules() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """``place_distance_words`` of every claim language: the lead "N km [north] from " before a
    place, the tail " N km" after a Kazakh ablative and the ablative endings."""
    kinds: dict[str, set[str]] = {"unit": set(), "prep": set(), "ablative": set(), "near_border": set(), "between": set()}
    for lang in _LANGS:
        for row in langdata.load_table(lang, "place_distance_words"):
            if len(row) >= 2 and row[1] in kinds:
                kinds[row[1]].add(row[0].lower().lstrip("-") if row[1] == "ablative" else row[0].lower())
    unit = _alt(kinds["unit"])
    # (settlement words after the preposition, "between" rows: "от поселка X", "from the village of X";
    # not "в 3 км от станции X": a station's town is still the scene)
    between = rf"(?:(?:{_alt(kinds['between'])}),?[ \u00a0]+){{0,4}}" if kinds["between"] else ""  # "of the capital, X"
    lead = re.compile(rf"(?i:\d[\d,. \u00a0]{{0,12}}(?:{unit})\.?\)?\s+(?:[^\W\d_]+(?:-[^\W\d_]+)?\s+){{0,2}}"
                      rf"(?:{_alt(kinds['prep'])}))\s+{between}$")
    tail = re.compile(rf"\s+(?:[^\W\d_]+\s+)?\d[\d,. \u00a0]{{0,12}}(?:{unit})(?![^\W\d_])")
    return lead, tail, tuple(sorted(kinds["ablative"]))


def distance_aside(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is only a distance's reference point ("lies about 1,200 km
    from Astana", "в 40 км от Алматы", "за 40 км від Києва", «Алматыдан 40 км жерде»; a settlement
    word between: "в 10 км от поселка X", "5 km from the village of X"; the capital, a second unit
    in brackets: "90 kilometres (56 miles) west of the capital Zelenport")."""
    lead, tail, ablative = _distance_rules()
    if lead.search(text[max(0, start - 60) : start]):
        return True
    return text[start:end].lower().endswith(ablative) and tail.match(text, end) is not None


def is_border_word(word: str) -> bool:
    """A border word of ``place_distance_words`` (border, границы, кордону, шекарасы)."""
    return word.lower().startswith(_border_stems())


@functools.cache
def _border_stems() -> tuple[str, ...]:
    return tuple(sorted({row[0].lower().rstrip("*") for lang in _LANGS for row in langdata.load_table(lang, "place_distance_words")
                         if len(row) >= 2 and row[1] == "near_border"}))


# -- a town named by its adjective: «в тюменском торговом центре», «сумського коледжу» ----------

#: countries whose towns a Russian or Ukrainian text names by an adjective («советской» is not Soweto)
_ADJ_COUNTRIES = frozenset(("RU", "UA", "BY", "KZ", "UZ", "KG", "TJ", "TM", "AZ", "AM", "GE", "MD",
                            "EE", "LV", "LT"))
_ADJ_MIN_POP = 20000  # a smaller place is no reading of an adjective (мужской is not Muzhi)
_ADJ_GAP = 2  # lowercase words between the adjective and its head


@functools.cache
def _adjective_heads(lang: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """``place_adjective_heads`` of a language: the finder of "ADJ [word [word]] head" and the
    stems of adjectives that are common words."""
    heads, stops = [], []
    for w in langdata.load_list(lang, "place_adjective_heads"):
        (stops if w.startswith("!") else heads).append(w.lstrip("!").lower())
    if not heads:
        return None, ()
    word = r"[^\W\d_]+(?:['’][^\W\d_]+)*"
    gap = rf"(?:[{_CAP.lower()}а-яёіїєґ][^\W\d_]*(?:['’][^\W\d_]+)*\s+){{0,{_ADJ_GAP}}}"
    # (a lookahead: every word before a head is tried, "в" and "тюменском" of «в тюменском ТЦ»)
    finder = re.compile(rf"(?<![^\W\d_'’-])(?=({word})\s+{gap}{_noun_pattern(heads)}(?![^\W\d_]))")
    return finder, tuple(stops)


@functools.cache
def _more_derivations(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``place_adjective_derivations``: derivations the entity tagger's table lacks (одесск -> Одесса)."""
    return tuple((r[1], tuple("" if c.strip() == "-" else c.strip() for c in r[2].split(",")))
                 for r in langdata.load_table(lang, "place_adjective_derivations") if len(r) >= 3 and r[0] == "from")


def _adjective_place(word: str, lang: str, gaz):
    """The town (or region) a place adjective is made from (тюменском -> Tyumen, Томском ->
    Tomsk, сумському -> Sumy), by ``entity_place_derivations``; None when no place of at
    least `_ADJ_MIN_POP` people in `_ADJ_COUNTRIES` has it (a town abroad by an adjective is rare,
    and many a common adjective is some town's name there: американской is not Americana)."""
    from .._entity_places import _derivations
    from ..translit import key

    adj, derive, _ = _derivations(lang)
    derive = derive + _more_derivations(lang)
    low = word.lower()
    end = next((e for e in adj if low.endswith(e)), None)
    if end is None:
        return None
    stem = low[: len(low) - len(end)]
    found = []
    for suf, comps in derive:
        if not stem.endswith(suf) or len(stem) - len(suf) < 3:
            continue
        root = stem[: len(stem) - len(suf)]
        for c in comps:
            k = key(root + c)
            if not k:
                continue
            for pid in gaz.lookup_cyrillic(k)[:12]:
                p = gaz.place(pid.lstrip("~"))
                if p is None or p.kind == "country" or (p.kind == "city" and p.population < _ADJ_MIN_POP):
                    continue
                if p.country in _ADJ_COUNTRIES:
                    found.append((key(p.name) == k, p.kind == "region", p.population, p))
    if not found:
        return None
    return max(found, key=lambda f: f[:3])[3]


def adjective_towns(text: str, lang: str) -> list[tuple[int, int, object]]:
    """Towns a text names only by an adjective before a scene noun of ``place_adjective_heads``
    («в тюменском торговом центре», «Томском политехническом колледже», «у сумському
    торговельному центрі»): (start, end, gazetteer place) of each adjective. Russian and Ukrainian
    only (English writes the town's own name, "the Tyumen mall"; Kazakh a locative, «Түмендегі»)."""
    if lang not in ("ru", "uk"):
        return []
    finder, stops = _adjective_heads(lang)
    if finder is None:
        return []
    from ..gazetteer import default_gazetteer

    gaz = default_gazetteer()
    out = []
    for m in finder.finditer(text):
        w = m.group(1)
        low = w.lower()
        if any(low.startswith(s) for s in stops):
            continue
        try:
            place = _adjective_place(w, lang, gaz)
        except Exception:  # noqa: BLE001 - the gazetteer only refines the choice
            place = None
        if place is not None:
            out.append((m.start(1), m.end(1), place))
    return out
