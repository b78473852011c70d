"""Where and when a counted event happened: place and date of a figure from its surroundings.

Place: the nearest place mention in the sentence (not one inside the source's name, not a country
named without a locative preposition), the document's country for a country-wide total ("across the
country"), else the governing section heading's or the paragraph's place when it outweighs the
document's, else the document's most frequent place. Datelines ("ALMATY, Jan 10 -") and time zones
("Astana time") are no places of the event. When: the time stage's ``date_at`` (sentence,
section, paragraph, document) when it is available, else the same cascade over the time
expressions passed in. Each answer says how it was found (``place_how``/``when_how``).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable
from operator import itemgetter

from .. import langdata
from ..document import Document
from ..model import Mention, TimeExpr
from ._place_cues import (
    _CAP,
    adjective_towns,
    after_abbreviation,
    currency_country,
    denies_as_government,
    distance_aside,
    is_border_word,
    latin_name_part,
    quoted_name,
    scene_names,
    toolbar_line,
    vessel_name,
)

_MISS = object()
_DATELINE_AFTER = re.compile(r"[ \t]*(?:,|\(|—|–|-|/|\d(?!\d{3}[ \t]*:))")  # (not a headline's "Temirtau 1959: the riot")
# the gap between two cities of one dateline ("БІШКЕК – ДУШАНБЕ, 3 мамыр", "MOSCOW/KYIV, May 1")
_CAPS_DATELINE = re.compile(r"\.[ \t]+[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t]*[—–-]")
# a town, a full stop, then the day and its month and a full stop ("Зеленобор. 12 марта. — ...")
_DAY_DATELINE = re.compile(r"\.[ \t]+\d{1,2}[ \t]+([^\W\d_]+)\.")
_CAPS_CREDIT = re.compile(r"\.[ \t]*([^\W\d_]{3,})(?![^\W\d_])")  # "ҚАЛА.WIRE", "TOWN. WIRE" (`_dateline`)
_LINE_END = re.compile(r"[ \t]*\n")
_TEMPERATURE = re.compile(r"(?:[+\-−–]?\d{1,2}[ \t]?°[CС]?|(?<![\w.,])[+\-−–]\d{1,2})[ \t]*$")  # "+12° Town", "weather +5 Town": a weather widget's town
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}[ \t]+([^\W\d_]{1,3})[ \t]+$")  # "6:30 за Велмором" (`_zone`)
_COLON_DATELINE = re.compile(r":[ \t]+[^\W\d_]")  # "ZELENPORT: Nine people ..." (not "ZELENPORT: 12:30")
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])")  # a figure of a sentence (`_own_figure`)
_TITLE_TOP = 300  # a line starting this near the top of the page, with no full stop, is its title (`_first_line`)
_AREA_RATIO = 2.0  # an area's figure this many times the place's own is the area's total (`_own_figure`)
_OPEN_QUOTES = frozenset("«\"“„'")
_DATELINE_JOIN = re.compile(r"[ \t]*[–—/-][ \t]*")
# an outlet's name, a comma, then the town, its date and a dash ("Wirenews, Zelenport, 7 May 2031 —")
_OUTLET_LEAD = re.compile(r"\w[\w.&'’ -]{0,38}[\w.],", re.I)
_DATED_DASH = re.compile(r",[ \t]*(?:\d{1,2}[ \t]+[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?[ \t]+\d{1,2}),?[ \t]+\d{4}[ \t]*[—–-]")
# a byline: "By Wire Agency in Zelenport, Ruritania |", "By Jan Novak in Zelenport" (the reporter's town)
_BYLINE = re.compile(r"(?:by|від|автор)[ \t]+[^\n|]{2,60}?[ \t](?:in|в|у)[ \t]*$", re.I)
_CAPS_DASH = re.compile(r"[ \t]+[—–-][ \t]+[^\W\d_]")  # "ZELENPORT - At least 9 ..." (a wire's dateline)
_CAPS_DATELINE_TOP = 2000  # a capitalised town and a dash open a line this near the top (below a photo caption)
_KK_LETTERS = re.compile("[әғқңөұүһӘҒҚҢӨҰҮҺ]")  # letters only Kazakh Cyrillic has
_PAGE_STAMP = re.compile(r"([^\W\d_]+(?: [^\W\d_]+){0,2})[ \t]*:?[ \t]*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[ \t]*")  # "date 2031-04-02"
_WORD = re.compile(r"[^\W\d_]+")
_NONWORD = re.compile(r"[^\w'’]+")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # words, an apostrophe inside one (Куп'янська)
_CLAUSE_CUT = re.compile(r"[.;:!?\n]")
# a clause boundary: a semicolon, or a comma before a contrastive or joining conjunction
_CLAUSE_BREAK = re.compile(r";|,[ \t]+(?:а|але|но|однако|тогда как|тоді як|while|whereas|but|and|and in|і|и|та|ал|бірақ|ал енді)[ \t]")

_ELLIPTIC_DASH = re.compile(r"[ \t]*[—–-][ \t]")  # "в Дербенте — ещё 2", "Астанада — 40"

#: characters either side of a town within which its region may be written (`Context._with_area`)
_AREA_REACH = 60

#: characters either side of a protest word read for the place of the protests (`Context._wave_country`)
_WAVE_REACH = 80

#: longest line read as a table row (characters each side of a claim)
_MAX_ROW = 2000
_MAX_LABEL = 80  # a per-place list line's label before its colon is at most this long (`_label_place`)
_MAX_LABEL_LINE = 400  # ... and its figure this near the line's start
_LABEL_TOWN = re.compile(r"\([ \t]*([^\W\d_]{1,4}\.)[ \t]*([^\W\d_][\w'’ -]{1,40}?)[ \t]*\)")  # "(м. Велмор)"
_BORDER_LEAD = 600  # a border page names the border this near its top (`_border`)
_GAP_PUNCT = re.compile(r"[,;:.!?()\n—–]")  # no clause break between a figure and its own place (`_own_after`)
_LABEL_BULLET = re.compile(r"[ \t]*(?:[—–•*·-][ \t]*)?")


class Context:
    def __init__(self, doc: Document, timexes: list[TimeExpr], mentions: list[Mention]) -> None:
        self.doc = doc
        self.timexes = timexes
        self._kinds: dict[str, str] = {}
        self._leads: dict[int, str] = {}  # mention start -> `_lead`
        self._minors: dict[int, bool] = {}  # id of a mention -> `_minor`
        self._gplaces: dict[str, object] = {}  # gazetteer id -> its place (`_gplace`)
        self._anaphor_memo: dict[tuple, list[tuple[int, int]]] = {}  # (clause, lang) -> `_anaphors_in`
        self._breaks_memo: dict[tuple[int, int], tuple[list[int], list[int]]] = {}  # sentence -> clause breaks
        self._skip_after = tuple(" " + w for w in langdata.load_list(None, "place_skip_after"))
        self._trailer_ids: set[int] = set()  # mentions in a page's lists of other stories (`_before_trailers`)
        mentions, self._scene_names = _with_scenes(doc, mentions)
        mentions = _with_adjective_towns(doc, mentions)
        mentions = _regions_of(doc, mentions)
        mentions, self._listed = _shared_region_heads(doc, mentions)
        place_texts = {m.text for m in mentions if m.type == "place"}
        places = sorted((m for m in mentions if ((m.type == "place" or (m.type == "org" and m.text in place_texts
                                                                        and not m.text.isupper()  # (an abbreviation: a plant's or agency's)
                                                                        and _after_own_prep(doc.text, m.span[0])))
                                                 and m.text not in _not_alone() and not _media(m)
                                                 and not _agency(doc.text, m))
                         or (m.type == "org" and _facility(m))), key=lambda m: m.span[0])
        # (an org mention spelt exactly as a place of the page is that place typed by its context:
        # "1,870 deaths in Dorn, 316 in Velmor" after "the province of Dorn")
        self._minor_words = frozenset(langdata.load_list(None, "minor_places"))
        self._raw_places = places  # (every place the page names: the countries of a border, `_border`)
        places = self._no_datelines(places)
        places = [m for m in places if not _month_in_date(m, timexes) and not _month_word(m, doc)]  # "| MIA | 28 Nov | 2 |"
        quoted = {id(m) for m in places if m.gazetteer_id and quoted_name(doc.text, *m.span)}
        self._quoted_only = frozenset({self._name(m) for m in places if id(m) in quoted}
                                      - {self._name(m) for m in places if id(m) not in quoted})  # «Нариманова»: a station
        places = [m for m in places if not vessel_name(doc.text, *m.span) and id(m) not in quoted
                  and not denies_as_government(doc.text, m.span[1])
                  and not currency_country(doc.text, *m.span)  # "7 мың АҚШ доллары": a currency
                  and not toolbar_line(doc.text, m.span[0])  # "Home   World   Sorry. Comments are closed"
                  and not _TEMPERATURE.search(doc.text, max(0, m.span[0] - 8), m.span[0])  # "+5° Town  -2° Town"
                  and not latin_name_part(doc.text, *m.span, doc.lang_at(m.span[0]) or doc.lang)  # "Silver Moon Arena"
                  and not (after_abbreviation(doc.text, m.span[0]) and self._kind(m) == "country")]  # "ВМС України"
        self._all, self._all_starts = places, [m.span[0] for m in places]
        homes = {(self._name(m), self._country_code(m)) for m in places if m.gazetteer_id}
        places = [m for m in places if not self._speaks(m) and not self._venue(m) and not self._code_remit(m)
                  and not self._topic(m) and not self._unknown_remit(m, homes) and not self._people_of(m)
                  and not self._near_country(m) and not self._landmark_head(m)]
        major = [m for m in places if not self._minor(m)]
        if major or not (self._filed or any(self._landmark_town(m) for m in places)):
            places = major or places  # (only buildings and streets, and no town to fall back on: keep them)
        else:
            places = []  # the town a landmark names or the dateline's town is the document's place
        places = [m for k, m in enumerate(places) if not self._part_of(m, places[k + 1 : k + 2])]
        self._near_ids = {id(m) for k, m in enumerate(places)
                           if self._near(m, places[k - 1] if k else None, places[k + 1] if k + 1 < len(places) else None)
                           or distance_aside(doc.text, *m.span)}  # "lies about 1,200 km from Astana"
        self._treated_ids = self._listed_treated(places, {id(m) for m in places if self._treated(m) or self._moved(m)})
        self._near_ids |= self._treated_ids
        self.places = [m for m in places if id(m) not in self._near_ids] or self._when_all_treated(places)
        self.starts = [m.span[0] for m in self.places]
        self._with_near, self._wn_starts = places, [m.span[0] for m in places]
        self._route_names: dict[int, str] = {}  # id of a road's or line's end -> "A–B" (`_routes`)
        self._route_ids = self._routes(self.places)  # "автобус, следовавший из Самары в Шымкент": neither is the scene
        self._trailer_ids = {id(m) for m in self.places} - {id(m) for m in _before_trailers(doc.text, self.places)}
        voters = [m for m in self.places if not self._origin_noun(m) and id(m) not in self._route_ids
                  and not self._first_line_origin(m) and id(m) not in self._trailer_ids] or self.places
        voters = [m for m in voters if not _caption_line(doc.text, m.span[0])] or voters  # a photo's caption: another scene
        voters = [m for m in voters if m.span not in self._listed]  # a list of regions is no scene  # "evacuated from the villages X and Y"
        self.top = self._doc_top(voters, [m for m in self._all if self._minor(m) and self._landmark_town(m)])
        self.top = self._scene_top(voters) or self.top
        treated = self._treated_town(voters)
        self.top = treated or self.top or None
        self.top = self._filed_over_remit(voters) or self.top
        if not self.top and not voters:
            self.top = self._listed_country()  # "most fires were in X, Y and Z regions": the country's total
        self._top_town = treated is not None or any(self._name(m) == self.top and self._kind(m) == "city" for m in self.places)
        self._names = Counter(self._name(m) for m in self.places)
        if self.top and self._names[self.top] < 2 and self.top not in self._scene_names:
            self._names = Counter()  # a document's place named once is no strong default (a named scene is)
        self._region_town = self._sole_town_of_region(voters)
        self._framed = self._framed_places(voters)
        countries = [m for m in self.places if self._kind(m) == "country"]
        self.country = Counter(self._name(m) for m in countries).most_common(1)[0][0] if countries else None
        try:
            from ..timex import date_at, document_facts
        except ImportError:  # the time stage is optional for this module
            date_at = document_facts = None
        self._date_at = date_at
        self._document_facts = document_facts
        self._facts = None  # the time stage's facts about this document, looked up on first use
        self._tstarts = sorted(t.span[0] for t in timexes)
        self._when: dict[tuple[int, int], tuple[str | None, str | None]] = {}
        self._scopes: dict[tuple[int, int], str | None] = {}
        self._sides: dict[str, str | None] = {}  # country code -> its place here ("": the document's country)
        self._home_at = None  # the gazetteer place of the document's place (set with _sides[""])
        self.heading_src: dict = {}  # section heading span -> the source it names (claims' cache)
        self._wave: str | None = None  # `_wave_country` ("" when the page is no wave of protests)

    def _sole_town_of_region(self, voters: list[Mention]) -> dict[str, str]:
        """Region -> the one town the document names, when that town is named with the region right
        after it ("у місті Велмор Зарічанської області сталася стрілянина", "in Lakeport, Dorn
        region") in a sentence of no figure: a figure the document gives for the region is the
        town's ("загинули 137 у Підмосков'ї"). Nothing when the document names two towns or more
        or the town's own sentence holds a figure or a toll word (a region's total beside one town's)."""
        towns = {self._name(m) for m in voters if self._kind(m) == "city" and not self._area(m)}  # (no district)
        if len(towns) != 1:
            return {}
        text = self.doc.text
        out: dict[str, str] = {}
        for k, m in enumerate(self._all):
            if self._kind(m) != "city" or self._name(m) not in towns or self._area(m):
                continue
            if self._origin(m) or self._origin_noun(m) or id(m) in self._near_ids or id(m) in self._route_ids:
                continue  # "вез детей из поселка X Y-ской области": where they came from, no scene
            pair = [(r, text[m.span[1] : r.span[0]]) for r in self._all[k + 1 : k + 2]]  # "в городе X Y-ской области"
            pair += [(r, text[r.span[1] : m.span[0]]) for r in self._all[max(0, k - 1) : k]
                     if text[r.span[1] : m.span[0]].isspace()]  # «Y облысының X қаласында» (not "области в X")
            r = next((r for r, gap in pair if self._kind(r) == "region" and 0 <= len(gap) <= 16
                      and _QUALIFIER_GAP.fullmatch(gap)), None)
            if r is None:
                continue
            sent = self.doc.sentence_at(m.span[0])
            a, b = sent.span if sent is not None else (m.span[0], r.span[1])
            times = [t.span for t in self.timexes if t.span[1] > a and t.span[0] < b]
            if any(c.isdigit() and not any(x <= a + i < y for x, y in times) for i, c in enumerate(text[a:b])):
                continue  # (a date or a clock time is no figure)
            lang = self.doc.lang_at(m.span[0]) or self.doc.lang
            if any(w.lower().startswith(_toll_stems(lang)) for w in _WORDS.findall(text[a:b])):
                continue  # "У X на Y-щині збільшилась кількість постраждалих": the town's own toll, no frame
            out[self._name(r)] = self._name(m)
        return out

    def _framed_places(self, voters: list[Mention]) -> dict[str, str]:
        """Area -> the one place the page situates in it by writing them together ("in Velmor, Dorn
        province", "в селі Ясенки Зарічанського району", "in Velmor district of Dorn state", «Дорн
        облысының Велмор ауданында»): the event's most specific place, so a figure the page gives for
        the area (its headline "Blast in Dorn province kills 9", or the area as the paragraph's or the
        document's place) is that place's; a body sentence naming the area keeps it (a region's total). An area is a gazetteer region or a name with an area word
        (``place_area_words``); the place a town, a named place the gazetteer does not know or a
        district of a region (`_area_level`), none of a route, an origin, a reference point or a
        hospital. Nothing for an area that frames two places, or when the page gives another town
        of the area's country within _FRAME_KM of the place (the area's total spans more)."""
        text = self.doc.text
        ids = {id(m) for m in voters}
        pairs: dict[str, set[str]] = {}
        found: dict[str, Mention] = {}
        for k in range(len(self._all) - 1):
            for x, y, kk in ((self._all[k], self._all[k + 1], False), (self._all[k + 1], self._all[k], True)):
                if id(x) not in ids or self._area_level(x) >= self._frame_level(y, x, kk) \
                        or self._kind(x) not in ("city", "") or self._minor(x) or _facility(x) or _site(self._name(x)):
                    continue  # (a site keeps its own rules: "the X mine, Dorn region")
                if self._kind(y) == "country" and (self._area_level(x) or self._dateline(x) or kk or not (
                        text[x.span[1] : y.span[0]].startswith(",") or self._noun_named(x))):
                    continue  # a country frames a town written with it ("near Velmor, Ruritania", "in the town of Velmor in Ruritania"), no dateline
                if text[max(0, min(x.span[0], y.span[0]) - 1) : min(x.span[0], y.span[0])] in _OPEN_QUOTES or self._listed_item(x, y):
                    continue  # the movement «Velmor, Dorn»; «Дорн облысындағы Велмор және Кен ауылдары»: a list
                if kk:  # (only Kazakh puts the area first, in the genitive: «Дорн облысының Велмор ауылы»)
                    if (self.doc.lang_at(x.span[0]) or self.doc.lang) != "kk" or not text[y.span[1] : x.span[0]].isspace():
                        continue
                else:
                    a, b = x.span[1], y.span[0]
                    word = _WORD.match(text, a + 1) if text[a : a + 1] == " " and self._area_level(x) else None
                    a = word.end() if word else a  # "Velmor district of Dorn state": past the district word
                    if not 0 <= b - a <= 16 or not _QUALIFIER_GAP.fullmatch(text[a:b]):
                        continue
                if self._own_figure(x, y):
                    continue
                pairs.setdefault(self._name(y), set()).add(self._name(x))
                found.setdefault(self._name(x), x)
        out: dict[str, str] = {}
        for area, places in pairs.items():
            if len(places) != 1:
                continue
            place = next(iter(places))
            where = self._gplace(found[place]) or next((self._gplace(m) for m in self._all if self._name(m) == area and m.gazetteer_id), None)
            code = where.country if where is not None else None
            area_m = next(m for m in self._all if self._name(m) == area)
            if code is None and not (self._kind(area_m) == "" and not self._area(area_m) and self._kind(found[place]) == ""
                                     and self._noun_named(found[place])):
                continue  # (two names no gazetteer knows, "в городе Велмор в Дорнао": the page's nesting is all there is)
            if self._kind(area_m) == "country" and (code := self._country_code(area_m)) and any(
                    self._kind(m) in ("city", "region") and self._name(m) not in (place, area) and self._country_code(m) == code
                    for m in self._all):
                continue  # a country's toll over "Velmor, Ruritania" and another region or town of it: the country's own
            if code is not None and any(self._kind(m) == "city" and not self._area_level(m) and self._name(m) not in (place, area)
                                   and self._country_code(m) == code and _km(where, self._gplace(m)) <= _FRAME_KM for m in voters):
                continue
            out[area] = place
        return out

    def _own_figure(self, x: Mention, y: Mention) -> bool:
        """Does another sentence naming the area ``y`` give a figure more than _AREA_RATIO times every
        figure of the sentence of ``x`` ("в Дорнской области за неделю погибли 12" beside "3 мая в
        городе Велмор Дорнской области погибли 2"): the area's total is its own, not the place's."""
        sent = self.doc.sentence_at(x.span[0])
        if sent is None:
            return False
        a, b = sent.span
        own = [_number(n) for n in _NUMBER.findall(self.doc.text[a:b])]
        if not own:
            return False
        for m in self._all:
            if self._name(m) != self._name(y) or a <= m.span[0] < b:
                continue
            other = self.doc.sentence_at(m.span[0])
            if other is not None and any(n > _AREA_RATIO * max(own) for n in map(_number, _NUMBER.findall(
                    self.doc.text[other.span[0] : other.span[1]]))):
                return True  # (a running toll's update, 12 then 13, is the same event's)
        return False

    def _listed_item(self, x: Mention, y: Mention) -> bool:
        """Is ``x`` one of a list of places ("Velmor and Kenton, Dorn province", «Велмор және Кен
        ауылдары»): a place beside it, other than ``y``, joined by a comma or a conjunction."""
        k = bisect.bisect_left(self._all_starts, x.span[0])
        text = self.doc.text
        for o in (self._all[k - 1] if k else None, self._all[k + 1] if k + 1 < len(self._all) else None):
            if o is None or o is y:
                continue
            a, b = (o.span[1], x.span[0]) if o.span[1] <= x.span[0] else (x.span[1], o.span[0])
            if 0 <= b - a <= 8 and _ITEM_SPLIT.fullmatch(text[a:b]):
                return True
        return False

    def _area_level(self, m: Mention) -> int:
        """2 for a region or a name with a region word ("Dorn province", «Дорн облысы»), 1 for a name
        with a district word ("Velmor district", "Зарічанського району"), 0 for no area."""
        if self._kind(m) == "region":
            return 2
        if not self._area(m):
            return 0
        words = _WORDS.findall(m.text)[1:] + _WORDS.findall(self.doc.text[m.span[1] : m.span[1] + 20])[:1]
        return 1 if any(w.lower().startswith(_district_words()) for w in words) else 2

    def _frame_level(self, m: Mention, town: Mention, kk: bool) -> int:
        """`_area_level`, a country above every area (3): "near Velmor, Ruritania" frames the town; a
        name the gazetteer does not know is an area (2) after a town written with its settlement noun
        and a locative ("в городе Велмор в Дорнии", "in the town of Velmor in Dornia")."""
        if self._kind(m) == "country":
            return 3
        level = self._area_level(m)
        if level or kk or self._kind(m) or m.span[0] < town.span[1] or not self._noun_named(town):
            return level
        gap = self.doc.text[town.span[1] : m.span[0]]
        return 2 if _WORD.search(gap) and not _town_nouns()[0].search(gap) else 0

    def _treated_town(self, voters: list[Mention]) -> str | None:
        """The town whose hospitals took the victims when the document names no other town, only
        countries (or regions as an office's remit) of the town's country ("a fire in the metro ... in
        the hospitals of Baku", Azerbaijan named): the scene's town."""
        if any(self._kind(m) != "country" and not (self._kind(m) == "region" and self._remit(m, frozenset())) for m in voters):
            return None  # (a region stated as the scene, «нападение произошло в Дагестане», keeps the document)
        codes = {self._country_code(m) for m in voters}
        codes |= {c for code in codes if code for c in _former_union(code)}  # "the USSR Supreme Court": its towns
        towns = {self._name(m) for m in self._with_near if id(m) in self._treated_ids and self._kind(m) == "city"
                 and self._country_code(m) in codes}
        return next(iter(towns)) if len(towns) == 1 else None

    def _speaks(self, m: Mention) -> bool:
        """A capital or country as a speaker ("a weapon Moscow says it no longer uses", "Киев
        заявил"): its government, not a place of the event."""
        text = self.doc.text
        exact, stems, preps = _speech_verbs()
        lead = self._lead(m)
        if lead.endswith(_source_phrases()):
            return True  # "за даними Душанбе", "according to Kyiv": a government as the source
        words = lead.split()
        prev = words[-1] if words else ""

        def verb(w: str) -> bool:
            return w in exact or w.startswith(stems.get(w[:3], ()))

        if prev and text[m.span[0] - 1 : m.span[0]] == " " and verb(prev):
            return True  # "яку оголосив Бішкек": the speaker after its verb
        if len(words) >= 2 and prev in preps:
            listeners = _listeners()
            rest = words[:-1]
            if rest and " ".join(rest[-2:]) in listeners:
                rest = rest[:-2]
            elif rest and rest[-1] in listeners:
                rest = rest[:-1]
            clause = _CLAUSE_CUT.split(text[max(0, m.span[0] - 40) : m.span[0]])[-1]  # (the verb in the place's clause,
            if rest and verb(rest[-1]) and len(_NONWORD.sub(" ", clause).split()) >= len(words) - len(rest) + 1:
                return True  # not the sentence before) "said in Moscow", "told reporters in Astana": where it was said
        if self._fronted_speech(m, verb):
            return True
        if prev in ("to", "до") and text[m.span[0] - 1 : m.span[0]] == " " and self._kind(m) in ("city", "country"):
            clause = _WORDS.findall(_CLAUSE_CUT.split(text[max(0, m.span[0] - 80) : m.span[0]])[-1].lower())
            if any(verb(w) and w.startswith(_REPORT_VERBS) for w in clause[-8:-1]):
                return True  # "reported 15 dead and 54 wounded to Moscow", «доповіло до Києва»: the addressee
        w = _WORD.match(text, m.span[1] + 1) if text[m.span[1] : m.span[1] + 1] == " " else None
        if w is None:
            return False
        before = text[max(0, m.span[0] - 12) : m.span[0]].split()
        if before and before[-1].lower() in preps:
            return False  # "our reporter in Zhezkazgan estimates": the place of the speaker
        low = w.group().lower()
        return low in exact or low.startswith(stems.get(low[:3], ()))

    def _fronted_speech(self, m: Mention, verb) -> bool:
        """A sentence opening "In X, <speaker> said that ..." («У X поширюються чутки, що ...»,
        «В X заявили, что ...»): where it was said or rumoured, not the scene of the figure that follows."""
        text = self.doc.text
        lead = re.split(r"[.!?\n>]", text[max(0, m.span[0] - 40) : m.span[0]])
        if len(lead) < 2 and m.span[0] >= 40:
            return False
        opening = lead[-1].split()
        if len(opening) != 1 or opening[0].lower() not in _fronted_preps():
            return False
        clause = re.split(r"[.;!?\n]", text[m.span[1] : m.span[1] + 120], maxsplit=1)[0]
        ws = _WORD.findall(clause.lower())[:6]
        if clause.lstrip().startswith(",") and ws and ws[0] in _aside_openers() and clause.count(",") >= 2:
            return False  # "In X, as the governor said, two died": an aside; X is the scene
        own = clause.lstrip()
        own = (own[1:] if own.startswith(",") else own).split(",", 1)[0]  # ("In X, officials said": the opening comma)
        if any(verb(w) for w in _WORD.findall(own.lower())[:6]):
            return True  # (not "В X погибли двое, сообщил губернатор": the figure's clause, then who gave it)
        return bool(re.search(r",\s*(?:что|що|деп)\b", clause)) and len(_WORD.findall(clause.split(",")[0])) <= 4

    def _topic(self, m: Mention) -> bool:
        """A place a statement is about ("the agreement concerning the X reservoir", «X су қоймасы
        жөніндегі келісім», "щодо X"): its topic (``place_topic``), not the scene of the event."""
        before, after = _topic_words()
        text = self.doc.text
        lead = _WORDS.findall(text[max(0, m.span[0] - 30) : m.span[0]].lower())
        if lead and (lead[-1] in before or " ".join(lead[-2:]) in before):
            return True
        if text[m.span[1] : m.span[1] + 1] != " ":
            return False
        w = _WORDS.match(text, m.span[1] + 1)
        return w is not None and w.group().lower() in after

    def _code_remit(self, m: Mention) -> bool:
        """A country's abbreviation after another abbreviation ("статье 233 УК РК", "МВД РФ", "МЧС
        РК"): whose code or body it is, not a place of the event."""
        if not (m.text.isupper() and len(m.text) <= 3) or self._kind(m) != "country":
            return False
        before = _NONWORD.split(self.doc.text[max(0, m.span[0] - 12) : m.span[0]].rstrip())
        return bool(before) and len(before[-1]) >= 2 and before[-1].isupper() and before[-1].isalpha()

    def _unknown_remit(self, m: Mention, homes: set[tuple[str, str | None]]) -> bool:
        """A place the gazetteer does not know, named right after an organisation word or right before
        one ("МВД Карелии", "Прокуратура Карелии", "the Karelian interior ministry", «Карелия ішкі істер
        министрлігі»): the body's remit, never the scene (its name is an unreliable stem besides). So is
        a gazetteer town of another country than every other place of the document (a region's
        genitive read as a foreign town's name)."""
        if m.gazetteer_id:
            cc = self._country_code(m)
            others = {c for n, c in homes if n != self._name(m) and c}
            if self._kind(m) != "city" or not cc or not others or cc in others:
                return False
        if self._locative(m, _all_locative_preps()):
            return False  # "В Бишкеке полиция задержала": located there
        text = self.doc.text
        lead = _CLAUSE_CUT.split(text[max(0, m.span[0] - 40) : m.span[0]])[-1]
        before = _WORDS.findall(lead)
        if before and text[m.span[0] - 1 : m.span[0]] == " " and _org_word(before[-1]):
            return True
        tail = _CLAUSE_CUT.split(text[m.span[1] : m.span[1] + 40])[0].split(",")[0]
        words = _WORDS.findall(tail)[:3]
        k = next((k for k, w in enumerate(words) if _org_word(w)), None)
        return k is not None and text[m.span[1] : m.span[1] + 1] == " " and all(
            w[:1].islower() and w.lower() not in ("the", "a", "an", "and", "or", "of") for w in words[:k])

    def _people_of(self, m: Mention) -> bool:
        """A place that says where people come from ("25 citizens of Chechnya", "уроженцы Дагестана",
        «Шешенстан азаматтары»; ``place_people_of``): their origin, not a place of the event."""
        before, after = _people_of_words()
        text = self.doc.text
        raw = _WORDS.findall(_CLAUSE_CUT.split(text[max(0, m.span[0] - 40) : m.span[0]])[-1])
        for _ in range(2):  # "выходцы с Северного Кавказа", "natives of the North Caucasus": the name's own words
            if raw and raw[-1][:1].isupper() and len(raw) > 1:
                raw.pop()
        lead = [w.lower() for w in raw]
        if lead and (lead[-1].startswith(before) or " ".join(lead[-2:]) in before):
            return True
        while len(lead) > 1 and lead[-1] in _ORIGIN_PREPS:  # "выходцы из Дагестана", "вихідці з Криму"
            lead.pop()
            if lead[-1].startswith(before) or " ".join(lead[-2:]) in before:
                return True
        w = _WORDS.match(text, m.span[1] + 1) if text[m.span[1] : m.span[1] + 1] == " " else None
        return w is not None and w.group().lower().startswith(after)

    def _near_country(self, m: Mention) -> bool:
        """A country named as what the scene is near ("outpost near China", "close to the border with
        China", «Қытай шекарасы маңында»): the scene lies outside it (``entity_place_near``, border
        words of ``place_distance_words``)."""
        if self._kind(m) != "country":
            return False
        before, after, _, _ = _near_words()
        words = _WORDS.findall(_CLAUSE_CUT.split(self.doc.text[max(0, m.span[0] - 50) : m.span[0]])[-1].lower())
        while words and (words[-1] in ("the", "a", "with", "с", "со", "з", "із") or is_border_word(words[-1])):
            words.pop()  # "near the border with China", "вблизи границы с Китаем"
        if words and (" " + " ".join(words[-3:])).endswith(before):
            return True
        tail = _WORDS.findall(_CLAUSE_CUT.split(self.doc.text[m.span[1] : m.span[1] + 40])[0].lower())[:2]
        if tail and is_border_word(tail[0]):
            tail = tail[1:]
        return bool(tail) and tail[0] in after

    def _landmark_head(self, m: Mention) -> bool:
        """A word the gazetteer does not know right before a street's or square's name, one space
        between ("in the Great National Assembly Square"): the first word of that name, no place."""
        if m.gazetteer_id or " " in m.text.strip():
            return False
        k = bisect.bisect_left(self._all_starts, m.span[1] + 1)
        if k >= len(self._all) or self._all[k].span[0] != m.span[1] + 1 or self.doc.text[m.span[1]] != " ":
            return False
        return self._minor(self._all[k]) or self._landmark_town(self._all[k]) is not None

    def _scene_top(self, ms: list[Mention]) -> str | None:
        """The document's named scene no gazetteer knows ("the Arkankergen outpost", «Камароб
        шатқалында»; `_with_scenes`) when it is named at least as often as the gazetteer's top place
        or that one is a region or country: the event's own place."""
        if not self._scene_names:
            return None
        counts = Counter(self._name(m) for m in ms)
        scenes = [n for n in counts if n in self._scene_names]
        if not scenes:
            return None
        best = max(scenes, key=counts.__getitem__)
        if not self.top or counts[best] >= counts.get(self.top, 0) or self._kind_of(self.top, ms) in ("region", "country"):
            return best
        return None

    def _lead(self, m: Mention) -> str:
        """The last four words before a mention, lower-cased, each after a space (once per mention:
        `_speaks` and `_near` both read them)."""
        got = self._leads.get(m.span[0])
        if got is None:
            text = self.doc.text
            got = self._leads[m.span[0]] = " " + " ".join(_NONWORD.sub(" ", text[max(0, m.span[0] - 40) : m.span[0]].lower()).split()[-4:])
        return got

    def _venue(self, m: Mention) -> bool:
        """A meeting's place, where a figure was said ("на саміті в Гранаді називає", "told a summit
        in Granada", «Гранададағы саммитте»): no place of the event (``entity_place_near`` rows
        ``venue``/``venue_after``)."""
        before, after = _venue_words()
        text = self.doc.text
        window = text[max(0, m.span[0] - 40) : m.span[1] + 30].lower()
        if not _venue_finder().search(window):  # most places have no meeting word near them
            return False
        lead = _CLAUSE_CUT.split(text[max(0, m.span[0] - 40) : m.span[0]])[-1]
        words = _WORDS.findall(lead.lower())
        if len(words) >= 2 and words[-1] in _speech_verbs()[2] and any(
                w.startswith(before) for w in words[-3:-1]):
            return True
        tail = _CLAUSE_CUT.split(text[m.span[1] : m.span[1] + 30])[0]
        return bool(after) and any(w.startswith(after) for w in _WORDS.findall(tail.lower())[:2])

    def _part_of(self, m: Mention, nxt: list[Mention]) -> bool:
        """A district the gazetteer does not know right before its town ("в Советском районе
        Казани", "Almaly district of Almaty", "в Заречном, в центре Велмора"; ``place_part_gaps``):
        the town is the place."""
        if m.gazetteer_id or not nxt or not nxt[0].gazetteer_id or self._kind(nxt[0]) != "city":
            return False
        gap = self.doc.text[m.span[1] : nxt[0].span[0]]
        return len(gap) <= 24 and not _WORDS.sub("", gap).strip(" ,.\u00a0") and " ".join(_WORDS.findall(gap.lower())) in _part_gaps()

    def _near(self, m: Mention, prev: Mention | None, nxt: Mention | None) -> bool:
        """A reference point beside the place itself ("the venue in Krasnogorsk, near Moscow", «в
        Красногорске под Москвой», «Алматы маңындағы Х ауылында»; ``entity_place_near``). A place
        only said to be "near X" with no other place beside it is still X's surroundings."""
        before, after, _, _ = _near_words()
        text = self.doc.text
        lead = self._lead(m)
        if self._name(m) in self._scene_names and nxt is not None and nxt.gazetteer_id and self._close(m.span[1], nxt.span[0]) \
                and (" " + " ".join(_WORDS.findall(text[m.span[1] : nxt.span[0]].lower()))).endswith(before):
            return True  # "біля блокпоста «Бугас» поблизу Волновахи": a named post near a town gives the town
        if lead.endswith(before):
            return prev is not None and self._close(prev.span[1], m.span[0]) and self._name(prev) not in self._scene_names
        w = _WORD.match(text, m.span[1] + 1) if text[m.span[1] : m.span[1] + 1] == " " else None
        return w is not None and w.group().lower() in after and nxt is not None and self._close(m.span[1], nxt.span[0])

    def _origin(self, m: Mention) -> bool:
        """A place named as where someone or something came from ("the plane from Tel Aviv", «из»,
        «з», Kazakh ablative «Тель-Авивтен»; ``entity_place_origin``)."""
        words, ends = _origin_words()
        low = m.text.lower()
        if (self.doc.lang_at(m.span[0]) or self.doc.lang) == "kk":
            if any(low.endswith(e) for e in ends):
                return True
            pair = _KK_AND.match(self.doc.text, m.span[1])  # «Қырғызстан мен Қазақстаннан»: both are origins
            if pair and any(pair.group(1).lower().endswith(e) for e in ends):
                return True
        lead = _WORD.findall(self.doc.text[max(0, m.span[0] - 12) : m.span[0]].lower())
        if bool(lead) and lead[-1] in words and self.doc.text[m.span[0] - 1 : m.span[0]] == " ":
            return True
        return self._origin_noun(m)

    def _routes(self, places: list[Mention]) -> set[int]:
        """Ids of the two ends of a journey: an origin followed by its destination ("the bus from
        Samara to Shymkent", «из Самары в Шымкент», «із Самари до Шимкента», «Самарадан Шымкентке»;
        ``place_route_to``). Where a vehicle came from and went to is not where it burned or crashed."""
        words, ends = _route_words()
        out: set[int] = set()
        text = self.doc.text
        for a, b in zip(places, places[1:], strict=False):
            if id(a) in out or b.span[0] - a.span[1] > 24 or not self._origin(a):
                continue
            gap = _WORDS.findall(text[a.span[1] : b.span[0]].lower())
            between = text[a.span[1] : b.span[0]]
            kk = (self.doc.lang_at(b.span[0]) or self.doc.lang) == "kk"
            kk_noun = kk and len(gap) == 1 and self._origin_noun(a) and not any(c in between for c in ",;.()")
            if b.span[0] - a.span[1] > 8 and not kk_noun:
                continue
            preposition = len(gap) == 1 and gap[0] in words and not any(c in between for c in ",;.()")
            kk_cases = (not gap and between.strip() == "" or kk_noun) and kk and self._kk_destination(b, ends)
            if preposition or kk_cases:
                out |= {id(a), id(b)}
        chains = [c.span() for c in _ROUTE_CHAIN.finditer(text)]
        out |= {id(m) for m in places if any(a <= m.span[0] < b for a, b in chains)}
        for a, b in zip(places, places[1:], strict=False):  # "рейс между X и Y", "X мен Y арасындағы", "поезд X — Y"
            between = text[a.span[1] : b.span[0]]
            if len(between) > 8 or id(a) in out:
                continue
            dash = _ROUTE_DASH.fullmatch(between) is not None and not self._dateline(a) and (
                self._kind(a) == self._kind(b) == "city"
                or ({self._kind(a), self._kind(b)} <= {"city", "region"} and self._road(a, b)))
            if self._between(a, b, between) or dash:
                out |= {id(a), id(b)}
                # the road or the line between two towns is the scene, which neither end alone is:
                # "on the A-B highway", «на трассе А – Б» (the two names, so that either end is found)
                self._route_names[id(a)] = self._route_names[id(b)] = f"{self._name(a)}–{self._name(b)}"
        out |= {id(m) for m in places if self._departed(m) or self._headed(m)}
        return out

    def _kk_destination(self, b: Mention, ends: tuple[str, ...]) -> bool:
        """A Kazakh journey's end: the dative on the name («Дорнға») or on its place noun («Дорн
        ауылына»), or a heading word after it («Дорн ауылы бағытында»; ``place_route_heading``)."""
        if b.text.lower().endswith(ends):
            return True
        after = _WORDS.findall(self.doc.text[b.span[1] : b.span[1] + 30].lower())[:2]
        if after and after[0].startswith(_kk_origin_nouns()) and after[0].endswith(ends):
            return True
        return any(w.startswith(_kk_headings()) for w in after)

    def _road(self, a: Mention, b: Mention) -> bool:
        """A road word just before the first of two places or just after the second ("the A-B
        highway", «трасса А – Б», «А – Б тасжолы»; ``place_road_words``): a town and a region of
        the same name («Караганда») make a road's ends too."""
        stems = _road_words()
        text = self.doc.text
        near = _WORDS.findall(text[max(0, a.span[0] - 25) : a.span[0]].lower())[-2:] + \
            _WORDS.findall(text[b.span[1] : b.span[1] + 25].lower())[:2]
        return any(w.startswith(stems) for w in near)

    def _between(self, a: Mention, b: Mention, between: str) -> bool:
        """Two places as a journey's two ends: "between X and Y", «между X и Y», «між X і Y», «X мен Y
        арасындағы» (``place_route_between``)."""
        before, conj, after = _between_words()
        # "between Moscow and St Petersburg": a short capitalized word before the second place is
        # part of its name the place mention left out
        between = _NAME_PREFIX_GAP.sub(" ", between)
        if between.strip().lower() not in conj:
            return False
        lead = _WORDS.findall(self.doc.text[max(0, a.span[0] - 20) : a.span[0]].lower())
        if lead and lead[-1] in before:
            return True
        tail = _WORDS.findall(self.doc.text[b.span[1] : b.span[1] + 30].lower())
        return bool(tail) and tail[0].startswith(after) if after else False

    def _departed(self, m: Mention) -> bool:
        """A place a vehicle set out from ("the ship sailing from Odesa", «вылетевший из Кокшетау»,
        «Көкшетаудан ұшқан»; ``place_departure_words``): where the journey began, not the scene."""
        if not self._origin(m):
            return False
        words = _departure_words()
        text = self.doc.text
        lead = _WORDS.findall(_CLAUSE_CUT.split(text[max(0, m.span[0] - 40) : m.span[0]])[-1].lower())
        if len(lead) >= 2 and any(w.startswith(words) for w in lead[-3:-1]):
            return True
        tail = _WORDS.findall(_CLAUSE_CUT.split(text[m.span[1] : m.span[1] + 30])[0].lower())
        return bool(tail) and tail[0].startswith(words) and (self.doc.lang_at(m.span[0]) or self.doc.lang) == "kk"

    def _headed(self, m: Mention) -> bool:
        """A place a vehicle was heading for ("the train heading towards Zelenport", "a ferry bound
        for X", «поезд, следовавший в X», «літак, що прямував до X»; ``place_heading_words`` within
        the three words before the destination's preposition, ``place_route_to``): the journey's
        end, not the scene (Kazakh datives: `_routes`)."""
        text = self.doc.text
        lead = _WORDS.findall(_CLAUSE_CUT.split(text[max(0, m.span[0] - 50) : m.span[0]])[-1].lower())
        if len(lead) < 2 or text[m.span[0] - 1 : m.span[0]] != " " or lead[-1] not in _route_words()[0]:
            return False
        return any(w.startswith(_heading_words()) for w in lead[-4:-1])

    def _first_line_origin(self, m: Mention) -> bool:
        """An origin in a byline opening the document, a name and a dash before its description
        ("wing_notes — blog of a pilot from X", «Записки — блог жителя из X»): the author's home, no vote
        for the document's place (a headline "Рассказ волонтёра из X" still votes)."""
        text = self.doc.text
        a, b = self._top_line()
        if m.span[0] >= b:
            return False
        dash = re.search(r"\s[\u2014\u2013-]\s|\s\|\s", text[a : m.span[0]])
        return dash is not None and self._origin(m) and not self._origin_noun(m)

    def _origin_noun(self, m: Mention) -> bool:
        """An origin with a place noun between the word and the place ("эвакуированы из сел X и Y",
        "з міста X"; «X қаласынан», the Kazakh ablative on the noun after the place): places people
        were taken from, no vote for the document's place (a volunteer "из Жезказгана" still votes)."""
        words, ends = _origin_words()
        text = self.doc.text
        if text[m.span[1] : m.span[1] + 1] == " " and (self.doc.lang_at(m.span[0]) or self.doc.lang) == "kk":
            noun = _WORD.match(text, m.span[1] + 1)
            if noun and noun.group().lower().startswith(_kk_origin_nouns()) and noun.group().lower().endswith(ends):
                return True  # «Зеленпорт қаласынан»: the ablative on the town's noun
        gap = text[max(0, m.span[0] - 24) : m.span[0]]
        two = _ORIGIN_NOUN.search(gap)
        return two is not None and two.group(1).lower() in words and len(two.group(2)) >= 3

    def _treated(self, m: Mention) -> bool:
        """Where victims are treated, not where the event happened: a place after a hospital word
        ("в больницы Донецка", "у лікарнях Керчі та Сімферополя", "hospitals in X") or, in Kazakh,
        before one ("Шымкенттегі облыстық балалар ауруханасына"); ``entity_place_near`` rows
        ``treated``/``treated_after``."""
        _, _, before, after = _near_words()
        has_before, has_after = _treated_finders()
        text = self.doc.text
        window = text[max(0, m.span[0] - 50) : m.span[0]]
        if has_before.search(window.lower()):  # most places have no hospital word near them
            lead = _CLAUSE_CUT.split(window)[-1]
            words = _WORDS.findall(lead.lower())[-5:]
            if any(w.startswith(before) for w in words[-3:]):
                return not any(w.startswith(_seized_words()) for w in words)  # "захоплення лікарні в X"
        window = text[m.span[1] : m.span[1] + 50]
        if not after or not has_after.search(window.lower()):
            return False
        tail = _CLAUSE_CUT.split(window)[0]
        return any(w.startswith(after) for w in _WORDS.findall(tail.lower())[:4])

    def _moved(self, m: Mention) -> bool:
        """Where victims were moved to, not where the event happened: a place after a preposition of
        direction (``place_route_to``) with a verb of moving people (``place_moved_to``) just before
        it ("later transferred to X", «часть перевезли в X», «евакуювали до X») or, in Russian and
        Ukrainian, just after it («в X и Y эвакуированы», not «в Xе эвакуированы»: a locative ending
        is the event's place); in Kazakh a dative place before such a verb («Xқа жеткізілді»)."""
        lang = self.doc.lang_at(m.span[0]) or self.doc.lang
        stems = _moved_stems(lang)
        if not stems:
            return False
        text = self.doc.text
        preps, ends = _route_words()
        tail = _WORDS.findall(_CLAUSE_CUT.split(text[m.span[1] : m.span[1] + 40])[0].lower())
        if lang == "kk":
            return m.text.lower().endswith(ends) and any(w.startswith(stems) for w in tail[:2])
        lead = _WORDS.findall(_CLAUSE_CUT.split(text[max(0, m.span[0] - 80) : m.span[0]])[-1].lower())
        if lead and lead[-1] in _LOCATIVE_PREPS and text[m.span[0] - 1 : m.span[0]] == " ":
            for i in range(max(0, len(lead) - 7), len(lead) - 3):  # "вывезли в фильтрационный пункт в X",
                if lead[i].startswith(stems) and lead[i + 1] in preps:  # "taken to the filtration camp in X"
                    return True
        if not lead or lead[-1] not in preps or text[m.span[0] - 1 : m.span[0]] != " ":
            return False
        if any(w.startswith(stems) for w in lead[-4:-1]):
            return True
        return lang in ("ru", "uk") and m.text[-1:].lower() not in "еиіїя" \
            and any(w.startswith(stems) for w in tail[:3])

    def _listed_treated(self, places: list[Mention], ids: set[int]) -> set[int]:
        """The treated places and the places listed right after one ("in hospitals of Perm, Moscow
        and Yekaterinburg", «у лікарнях Києва, Львова та Дніпра»): a comma or a conjunction
        (``entity_conjunctions``) between them, nothing else."""
        if not ids:
            return ids
        conj = _conjunctions()
        for prev, m in zip(places, places[1:], strict=False):
            if id(prev) in ids and id(m) not in ids:
                gap = self.doc.text[prev.span[1] : m.span[0]]
                words = _WORDS.findall(gap.lower())
                if len(gap) <= 12 and not any(c in gap for c in ".;:!?\n()") and len(words) <= 1 \
                        and (not words or words[0] in conj) and ("," in gap or words):
                    ids.add(id(m))
        return ids

    def _when_all_treated(self, places: list[Mention]) -> list[Mention]:
        """The places to fall back on when every place is a reference point: none when all of them are
        where victims are treated (or a hospital's name) and the document has a dateline or a time
        zone to fall back on instead ("Yerevan, 15 August ... 16:15 Yerevan time" over the hospital
        "Erebuni medical centre"); else all of them."""
        if places and self._treated_ids.issuperset(map(id, places)) and (self._filed or self._zoned):
            return []
        return places

    def _clause_between(self, m: Mention, offset: int) -> bool:
        """Another clause stands between the place and the figure ("..., а у Вінниці", ", while in X")."""
        a, b = (m.span[1], offset) if m.span[1] <= offset else (offset, m.span[0])
        if _CLAUSE_BREAK.search(self.doc.text, a, b) is not None:
            return True
        # "в Махачкале ликвидированы 4 нападавших, в Дербенте — ещё 2": a place after a comma that
        # opens an elliptic clause of its own (a dash, then its figure) is that clause's
        return m.span[0] >= offset and "," in self.doc.text[a:b] and _ELLIPTIC_DASH.match(self.doc.text, m.span[1]) is not None

    def _close(self, a: int, b: int) -> bool:
        """Two mentions of one phrase: at most 30 characters apart, no sentence end between them."""
        gap = self.doc.text[a:b]
        return 0 <= len(gap) <= 30 and not any(c in gap for c in ".!?;\n")

    def _minor(self, m: Mention) -> bool:
        """A street, square or building ("улица Ленина", "ТЦ"): too fine for the event's place (once
        per mention: the place filter and the document's landmarks both ask)."""
        got = self._minors.get(id(m))  # (the mentions asked about are held by ``self._all``)
        if got is None:
            got = self._minors[id(m)] = self._is_minor(m)
        return got

    def _is_minor(self, m: Mention) -> bool:
        if not m.gazetteer_id and len(m.text) <= 3 and m.text.isupper():
            return True
        key = getattr(m, "key", None) or ""
        if getattr(m, "how", "") == "landmark" and key.startswith("#lm ") and key.split()[1:2] \
                and key.split()[1] in _minor_landmarks():
            return True  # "Government House", «Будинок уряду», "Nemiga station": a building of the town
        if not m.gazetteer_id and getattr(m, "how", "") == "preposition" and \
                self.doc.text[max(0, m.span[0] - 4) : m.span[0]].lower() in (" на ", " on ", "\nна ", "\non "):
            return True  # "давка на Немиге", "on Institutska": a street, square or quarter (a town takes "в")
        if m.gazetteer_id and self._road_end(m):
            return False  # «на трассе Караганда – Балхаш»: the towns of a road, no street (`_routes`)
        words = set(_WORD.findall(f"{m.text} {m.canonical or ''}".lower()))
        nxt = _WORD.match(self.doc.text, m.span[1] + 1) if self.doc.text[m.span[1] : m.span[1] + 1] == " " else None
        if nxt and nxt.group()[:1].islower():  # «на Жовтневу площу»: the adjective of a square's name
            words.add(nxt.group())
        prev = _WORDS.findall(self.doc.text[max(0, m.span[0] - 20) : m.span[0]])
        if prev and self.doc.text[m.span[0] - 1 : m.span[0]] == " ":  # «на вулиці Центральній»: a street's name
            words.add(prev[-1].lower())
        return bool(words & self._minor_words)

    def _road_end(self, m: Mention) -> bool:
        """Is ``m`` one of two gazetteer places joined by a dash with a road word beside them ("the
        A-B highway", «трасса А – Б»)?"""
        k = bisect.bisect_left(self._all_starts, m.span[0])
        for a, b in ((self._all[k - 1] if k else None, m), (m, self._all[k + 1] if k + 1 < len(self._all) else None)):
            if a is not None and b is not None and a.gazetteer_id and b.gazetteer_id and \
                    _ROUTE_DASH.fullmatch(self.doc.text[a.span[1] : b.span[0]]) and self._road(a, b):
                return True
        return False

    @staticmethod
    def _name(m: Mention) -> str:
        return m.canonical or m.lemma or m.text

    def _kind(self, m: Mention) -> str:
        """city, region, country (from the gazetteer) or "" when unknown."""
        if not m.gazetteer_id:
            return ""
        if m.gazetteer_id not in self._kinds:
            try:
                from ..gazetteer import default_gazetteer

                place = default_gazetteer().place(m.gazetteer_id)
            except Exception:  # noqa: BLE001 - the gazetteer only refines the choice
                place = None
            self._kinds[m.gazetteer_id] = place.kind if place else ""
        return self._kinds[m.gazetteer_id]

    def _in_all(self, lo: int, hi: int) -> list[Mention]:
        """Places of a span, reference points ("near X") included."""
        if not self._near_ids:
            return self._in(lo, hi)
        return self._with_near[bisect.bisect_left(self._wn_starts, lo) : bisect.bisect_left(self._wn_starts, hi)]

    def _in(self, lo: int, hi: int) -> list[Mention]:
        return self.places[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]

    def _most_frequent(self, ms: list[Mention]) -> str | None:
        """The most mentioned place of a scope: a town before a region, a region before a country."""
        if not ms:
            return None
        towns = ([m for m in ms if self._kind(m) not in ("region", "country") and not self._area(m)]
                 or [m for m in ms if self._kind(m) not in ("region", "country")]
                 or [m for m in ms if self._kind(m) == "region"] or ms)
        return _top(self._name(m) for m in towns)

    def _area(self, m: Mention) -> bool:
        """A town's name that names the area around it: a region or district word inside the mention
        or right after it ("Краматорського району", "ДОНЕЦЬКА ОБЛАСНА ПРОКУРАТУРА", «Донецк
        облысындағы», "the Donetsk regional prosecutor's office"; ``place_area_words``)."""
        words = _WORDS.findall(m.text)[1:]
        if self.doc.text[m.span[1] : m.span[1] + 1] == " ":
            words += _WORDS.findall(self.doc.text[m.span[1] : m.span[1] + 20])[:1]
        stems = _area_words()
        return any(w.lower().startswith(stems) for w in words)

    def _doc_top(self, ms: list[Mention], landmarks: list[Mention]) -> str | None:
        """The document's place: its most mentioned town (a landmark counts for its town: «на
        Болотной площади» for Moscow), else region, else country. A town named only once gives way to
        the region the document opens with (the lead: "в Баткенской области погибли ..." before a
        village named once in a rumour)."""
        top = self._most_frequent(ms + [_as_town(m, t) for m in landmarks if (t := self._landmark_town(m))])
        if not top or not ms:
            return top
        rest = [m for m in ms if self._kind(m) != "country"]
        while len(rest) > 1 and self._kind(rest[0]) == "region" and self._remit(rest[0], frozenset()):
            rest = rest[1:]  # a letterhead "Прокуратура Атырауской области": the office's remit, no lead
        lead = rest[0] if rest else None
        if lead is not None and len(rest) > 1 and self._kind(rest[1]) != "region" and self._close(lead.span[1], rest[1].span[0]):
            lead = rest[1]  # "Мәскеу облысының Красногорск қаласындағы": the town of the region
        if lead is None or self._kind(lead) != "region" or self._name(lead) == top:
            return top
        counts = Counter(self._name(m) for m in ms)
        if counts[top] <= 1 and self._kind_of(top, ms) not in ("region", "country") and not self._town_in(top, lead, ms) \
                and not any(self._name(m) == top and self._noun_named(m) and self._with_area(m, lead, ms) for m in ms):
            return self._name(lead)  # (a town written with its noun and its region, «в посёлке Дорново Энской области», stays)
        return top

    def _noun_named(self, m: Mention) -> bool:
        """Is the town ``m`` written with its settlement noun on its line ("near the town of Zelenport",
        «в посёлке Дорново», «Дорново ауылында»; ``place_scene_words`` rows town_before/town_after):
        the page states the scene, not a rumour's or a passing town."""
        text = self.doc.text
        before, after = _town_nouns()
        head = text[max(text.rfind("\n", 0, m.span[0]) + 1, m.span[0] - 30) : m.span[0]]
        tail = text[m.span[1] : m.span[1] + 20].split("\n", 1)[0]
        return bool(before.search(head) or after.match(tail))

    def _with_area(self, m: Mention, region: Mention, ms: list[Mention]) -> bool:
        """Is the region ``region`` named next to the town ``m`` on its line ("в посёлке Дорново
        Энского района Зеленской области", «Зелен облысы Энск ауданының Дорново ауылында»): the page
        places the town in it, unless the region's own sentence gives a total of its own (`_own_figure`)."""
        text = self.doc.text
        line_end = text.find("\n", m.span[1])
        lo = max(m.span[0] - _AREA_REACH, text.rfind("\n", 0, m.span[0]) + 1)
        hi = min(m.span[1] + _AREA_REACH, line_end if line_end >= 0 else len(text))
        near = [r for r in ms if self._name(r) == self._name(region) and r is not m and lo <= r.span[0] < hi]
        return bool(near) and not self._own_figure(m, near[0])  # (a region's total beside the town's own figure)

    def _town_in(self, name: str, region: Mention, ms: list[Mention]) -> bool:
        """Is ``name`` the one gazetteer town of the region's country among ``ms``, of _TOWN_POP people
        or more, lying within _REGION_KM of the region's seat, the page naming no other region of
        that country: the region's town, the most specific place of the event ("в Зарічанській
        області ... на заправці у Велморі"), not a rumour's village."""
        code = self._country_code(region)
        if any(self._kind(m) == "region" and self._name(m) != self._name(region) and self._country_code(m) == code for m in ms):
            return False  # "floods in the Dorn and Vell regions": the page's event spans more than one town
        towns = {self._name(m) for m in ms if self._kind(m) == "city" and not self._area_level(m)
                 and self._country_code(m) == code}
        mention = next((m for m in ms if self._name(m) == name and self._kind(m) == "city"), None)
        if mention is None or self._own_figure(mention, region):
            return False  # "в Дорнской области за неделю погибли 12" beside "в Велморе погибли 2"
        town, seat = self._gplace(mention), self._gplace(region)
        return towns == {name} and town is not None and seat is not None and town.country == seat.country \
            and _km(town, seat) <= _REGION_KM and town.population >= _TOWN_POP  # (a village named once: a rumour's)

    def _kind_of(self, name: str, ms: list[Mention]) -> str:
        return next((self._kind(m) for m in ms if self._name(m) == name), "")

    def _landmark_town(self, m: Mention) -> str | None:
        """The town a landmark's name gives in brackets (``Болотной площадь (Moscow)``), if any."""
        if getattr(m, "how", "") != "landmark" or not m.canonical or not m.canonical.endswith(")"):
            return None
        k = m.canonical.rfind(" (")
        town = m.canonical[k + 2 : -1] or None if k > 0 else None
        return None if town in self._quoted_only else town  # "станции «Улдуз» в сторону «Нариманова»": no town

    def _dateline(self, m: Mention) -> bool:
        """A place opening a line near the top and followed by a date or credit ("ALMATY, Jan 10
        (Wire) -", "г. Астана, 5 мая"): where the report was filed, not where the event happened."""
        text = self.doc.text
        if m.span[0] > _CAPS_DATELINE_TOP:
            return False
        line = text.rfind("\n", 0, m.span[0]) + 1
        lead = text[line : m.span[0]].strip()
        if not lead and m.text.isupper() and len(m.text) >= 3 and _CAPS_DASH.match(text, m.span[1]):
            return True  # "ZELENPORT - At least 9 people were killed ..." below a photo's caption
        if m.span[0] > 600:
            return False
        if _OUTLET_LEAD.fullmatch(lead) and _DATED_DASH.match(text, m.span[1]):
            return True  # "Wirenews, Zelenport, 7 May 2031 — ...": the outlet's town and day
        if _BYLINE.fullmatch(lead) and text.count("|", m.span[1], text.find("\n", m.span[1]) % (len(text) + 1)):
            return True  # "By Wire Agency in Zelenport, Ruritania | Daily | Updated: ...": the byline's town
        stamp = _PAGE_STAMP.match(lead)
        if stamp and stamp.group(1).casefold() in _stamp_labels():
            lead = lead[stamp.end() :]  # "date 2031-04-02 ZELENPORT (Wire) -": the page's own date first
        if lead and lead.lower() in _speech_verbs()[2]:
            return False  # "У Казані, столиці ...": a preposition opens a sentence, no dateline does
        if lead and _LABEL_BULLET.fullmatch(lead):
            return False  # "— Dorn region (Velmor): 4 poisoned": a list's bullet opens no dateline
        if len(lead) <= 3 and m.text.isupper() and len(m.text) >= 3 and _CAPS_DATELINE.match(text, m.span[1]):
            return True  # "ҚАЛА. WIRE —": a capitalised town, a full stop and the agency's credit
        if len(lead) <= 3 and m.text.isupper() and len(m.text) >= 3 and (wire := _CAPS_CREDIT.match(text, m.span[1])) \
                and wire.group(1).isupper() and not ((nxt := _WORD.search(text, wire.end(), wire.end() + 30)) and nxt.group().isupper()):
            return True  # "ҚАЛА.WIRE -", "TOWN. WIRE The ...": a capitalised town, a full stop, the agency in capitals
            # (a headline in capitals, "TOWN. TWENTY YEARS ON", is no credit)
        if not lead and m.text.isupper() and len(m.text) >= 3 and _LINE_END.match(text, m.span[1]):
            return True  # "ZELENPORT" alone on a line above the agency's credit line
        if len(lead) <= 3 and (day := _DAY_DATELINE.match(text, m.span[1])) and _month_name(day.group(1)):
            return True  # "Зеленобор. 12 марта. — ...": the agency's town and day, each closed by a full stop
        if len(lead) <= 3 and m.text.isupper() and len(m.text) >= 3 and _COLON_DATELINE.match(text, m.span[1]):
            return True  # "ZELENPORT: Nine people were killed ...": a capitalised town and a colon
        return len(lead) <= 3 and bool(_DATELINE_AFTER.match(text, m.span[1]))

    def _no_datelines(self, places: list[Mention]) -> list[Mention]:
        """The places without datelines and time zones; a city right after a dateline's city, joined
        by a dash or a slash, is the same dateline ("БІШКЕК – ДУШАНБЕ, 3 мамыр"). The datelines are
        kept in ``_filed``: the last resort of a document that names no other place."""
        out, prev = [], None
        self._filed: list[Mention] = []
        self._zoned: list[Mention] = []
        for m in places:
            if self._zone(m):
                self._zoned.append(m)
                continue
            if self._dateline(m) or (prev is not None and _DATELINE_JOIN.fullmatch(self.doc.text, prev.span[1], m.span[0])
                                     and (_DATELINE_AFTER.match(self.doc.text, m.span[1])
                                          or _LINE_END.match(self.doc.text, m.span[1]))):  # "Zelenport / Dornburg" alone on a line
                prev = m
                self._filed.append(m)
                continue
            prev = None
            out.append(m)
        return out

    def _filed_over_remit(self, voters: list[Mention]) -> str | None:
        """The dateline's town when the document's place would be a region or country named only as
        an office's remit ("НОВОРОССИЙСК, 31 августа. ... вышедший из Новороссийска ... Прокуратура
        Краснодарского края"), and the body names that town again (as a journey's end, where the wounded
        were taken): the town the report is filed from and tells of, not the prosecutor's region."""
        if not self.top or not self._filed or self._kind(self._filed[0]) != "city":
            return None
        tops = [m for m in voters if self._name(m) == self.top]
        if not tops or any(self._kind(m) not in ("region", "country") or not self._remit(m, frozenset()) for m in tops):
            return None
        town = self._name(self._filed[0])
        return town if any(self._name(m) == town for m in self._all) else None

    def _zone(self, m: Mention) -> bool:
        """"18:00 Astana time": a time zone, no place."""
        if self.doc.text[m.span[1] : m.span[1] + 12].lower().startswith(self._skip_after):
            return True
        clock = _CLOCK_BEFORE.search(self.doc.text, max(0, m.span[0] - 16), m.span[0])
        return clock is not None and clock.group(1).lower() in _zone_preps()  # "6:30 за Велмором", "в 15:00 по Велмору"

    def _top_line(self) -> tuple[int, int]:
        """The span of the document's first line (its headline or letterhead), leading blank space
        skipped; computed once."""
        got = self.__dict__.get("_top_line_span")
        if got is None:
            text = self.doc.text
            a = len(text) - len(text.lstrip())
            b = text.find("\n", a)
            got = self.__dict__["_top_line_span"] = (a, len(text) if b < 0 else b)
        return got

    def _headline(self) -> str | None:
        """The place named in the document's first line (its headline or letterhead), if any."""
        a, b = self._top_line()
        ms = self._in(a, min(b, a + 300))
        return self._name(ms[0]) if ms else None

    def is_country(self, span: tuple[int, int]) -> bool:
        """Is this span (a source's name) a country ("Kazakhstan says ...": its government speaks)?"""
        k = bisect.bisect_left(self._all_starts, span[0])
        return k < len(self._all) and self._all[k].span[0] == span[0] and self._all[k].span[1] >= span[1] - 2 \
            and self._kind(self._all[k]) == "country"

    def _located(self, m: Mention, preps: frozenset[str]) -> bool:
        """A country is the event's place only after a locative preposition ("in X", "в X") or with a
        Kazakh locative ending; "supporters of the unity of X" or "X's committee" is no place."""
        if self._kind(m) != "country":
            return True
        if self._locative(m, preps):
            return True
        after = _WORD.match(self.doc.text, m.span[1] + 1) if self.doc.text[m.span[1] : m.span[1] + 1] == " " else None
        return after is not None and after.group().lower() in _locative_after()  # «Қазақстан бойынша»: across it

    def _locative(self, m: Mention, preps: frozenset[str]) -> bool:
        """A locative preposition right before the mention ("in X", "в X") or a Kazakh locative
        ending ("Алматыда")."""
        text = self.doc.text
        if m.text.lower().endswith(("да", "де", "та", "те")) and any(c in "әғқңөұүһі" for c in text[m.span[0] : m.span[1]].lower()):
            return True
        k = m.span[0] - 1
        while k >= 0 and text[k] in " \u00a0":
            k -= 1
        j = k
        while j >= 0 and text[j].isalpha():
            j -= 1
        return text[j + 1 : k + 1].lower() in preps

    def _outweighs(self, p: str | None, ms: list[Mention]) -> bool:
        """Does a section's or paragraph's place ``p`` beat the document's? A place named once in
        passing ("evacuated to Moscow", "militants from Kyiv") does not outweigh a document place
        named again and again; a region or country does not outweigh the document's town (mourning
        "in Tatarstan" after a shooting in Kazan)."""
        if p and self.top and p != self.top and self._top_town and all(
                self._kind(m) in ("region", "country") for m in ms if self._name(m) == p):
            return False
        return bool(p) and (not self.top or p == self.top or sum(self._name(m) == p for m in ms) >= 2 or self.top not in self._names)

    def place(self, sentence: tuple[int, int], paragraph: tuple[int, int] | None, offset: int,
              skip: list[tuple[int, int]] = (), nationwide: bool = False, preps: frozenset[str] = frozenset(),
              measure: str | None = None) -> tuple[str | None, str | None]:
        """The counted event's place (`_place_at`); on a page about fighting on the border of two
        countries, a figure placed in either country (or nowhere), or at a town of either by the
        document or by a sentence that names the border, is the border's ("A-B border", `_border`).
        A region of either side keeps its figures (each side's toll in its own province)."""
        p, how = self._place_at(sentence, paragraph, offset, skip, nationwide, preps, measure)
        border = self._border()
        if border and not nationwide and (p is None or p in border[1] or (
                self._country_of(p, "city") in border[2] and (how == "document" or self._border_word(sentence)))):
            return border[0], how or "document"
        return p, how

    def _border(self) -> tuple[str, tuple[str, ...], frozenset[str]] | None:
        """("A-B border", the two countries' names, their codes) when the page tells of fighting on
        the border of two countries: its headline or lead names the border (``place_border_words``)
        and fighting (``place_fight_words``), the page names the border again or both countries twice,
        and it names exactly two countries most."""
        got = self.__dict__.get("_border_memo", False)
        if got is not False:
            return got
        got = None
        text = self.doc.text
        stems = _border_stems()
        lead = [w.lower() for w in _WORDS.findall(text, 0, _BORDER_LEAD)]
        hits = [k for k, w in enumerate(lead) if _border_word_at(w)] if stems else []
        if hits and any(w.startswith(_fight_stems()) for w in lead):  # (fighting, not a quake "near the border")
            counts = Counter((self._name(m), self._country_code(m)) for m in self._raw_places if self._kind(m) == "country")
            ranked = counts.most_common(3)
            if len(ranked) >= 2 and (len(ranked) == 2 or ranked[2][1] < ranked[1][1]) and ranked[1][0][1] and ranked[0][0][1] \
                    and (sum(_border_word_at(w.lower()) for w in _WORDS.findall(text)) >= 2 or ranked[1][1] >= 2):  # (named again, or both sides are)
                names = tuple(sorted(n for (n, _), _ in ranked[:2]))
                got = (f"{names[0]}-{names[1]} border", names, frozenset(c for (_, c), _ in ranked[:2]))
        self.__dict__["_border_memo"] = got
        return got

    def _border_word(self, span: tuple[int, int]) -> bool:
        return any(_border_word_at(w.group().lower()) for w in _WORDS.finditer(self.doc.text, *span))

    def _country_of(self, p: str | None, kind: str) -> str | None:
        """The country code of a place name of the document of that gazetteer kind (its first mention
        with a gazetteer id); None for another kind."""
        m = next((m for m in self._all if m.gazetteer_id and self._name(m) == p), None)
        return self._country_code(m) if m and self._kind(m) == kind else None

    def _place_at(self, sentence: tuple[int, int], paragraph: tuple[int, int] | None, offset: int,
                  skip: list[tuple[int, int]] = (), nationwide: bool = False, preps: frozenset[str] = frozenset(),
                  measure: str | None = None) -> tuple[str | None, str | None]:
        """The counted event's place (`_place`); a district of the document's town gives the town; a
        table row headed by a place named in the document gives that place (`_row_label`)."""
        label = self._label_place(offset)
        if label:
            return label, "sentence"  # "— Dorn region (Velmor): 4 poisoned": the line's own place, whatever the headline's
        row = self._row_label(sentence, offset) or self._paren_place(offset)
        line = None if row else self._row_line(sentence, offset)
        if line is not None:  # the table's other lines are neither its sentence nor its paragraph
            sentence, paragraph = line, None
        p, how = (row, "sentence") if row else self._place(sentence, paragraph, offset, skip, nationwide, preps)
        if how == "document" and p and p == self.top and self._wave_country():
            return self.country, "document"  # a protest wave's figure no sentence places: the country's
        if p and self.top and p != self.top and how in ("sentence", "paragraph") and (
                self._headline_country(p, offset) or self._headline_region(p, offset)):
            return self.top, "document"
        if p and self.top and p != self.top and how == "sentence" and self._top_town and self._unnamed_town(p, sentence):
            return self.top, "document"  # "Blast in Ruritania's northern city kills 6" over a body about its town
        if p and self.top and p != self.top and how in ("sentence", "paragraph") and not nationwide and not row \
                and measure not in _country_measures() and self._country_frame(p, sentence):
            return self.top, "document"  # "В Руритании погибли 40 горняков" over a body about the mine's town
        if p and p in self._framed and p not in self._region_town and not nationwide and (
                how != "sentence" or self._first_line(offset)):
            return self._framed[p], how  # "Blast in Dorn province kills 9" over "in Velmor, Dorn province"
        if p and p in self._region_town and not nationwide:
            return self._region_town[p], how  # "на Зарічанщині ... у місті Велмор Зарічанської області"
        if p and self.top and p != self.top and self._top_town and p in self._districts() and not (
                row and self._settlement_table(self.doc.text.rfind("\n", 0, offset) + 1)):
            return self.top, how  # (a row of "Settlement | Bodies recovered" is a village of its own)
        return p, how

    def _top_country(self) -> str | None:
        """The country of the document's town when the page names no country ("nationwide protests"
        on a page datelined at its capital): the gazetteer's name of the town's country."""
        tops = [m for m in self.places if self._name(m) == self.top and self._kind(m) == "city"]  # (not a region: "по республике" is its own)
        codes = {self._country_code(m) for m in tops}
        if len(codes) != 1 or None in codes:
            return None
        try:
            from ..gazetteer import default_gazetteer

            got = default_gazetteer().country(codes.pop())
        except (OSError, ValueError):
            return None
        return got.name if got else None

    def _wave_country(self) -> str | None:
        """The document's country when the page tells of a wave of protests or unrest
        (``place_wave_words``: three mentions or more) and names that country at least twice as often
        as its town: a figure that no sentence or paragraph places counts the whole country ("more than
        900 detained" on a page about protests in Ruritania that also names its capital). A page of
        a town's own event (a mine, a fire) keeps the town."""
        if self._wave is None:
            self._wave = "" if not self.country or not self.top else self._wave_of()
        return self._wave or None

    def _wave_of(self) -> str:
        tops = [m for m in self.places if self._name(m) == self.top]
        if not tops or any(self._kind(m) != "city" for m in tops):
            return ""
        codes = {self._country_code(m) for m in tops}
        country = [m for m in self.places if self._name(m) == self.country and self._kind(m) == "country"]
        if not country or {self._country_code(m) for m in country} != codes or len(country) < 2 * len(tops):
            return ""
        text = self.doc.text.lower()
        at = sorted(m.start() for w in _wave_words(self.doc.lang) for m in re.finditer(re.escape(w), text))
        if len(at) < 3:
            return ""
        tally = Counter()  # the place named nearest each mention of the protests: the country or one of its towns
        for i in at:
            near = [m for m in self._in(i - _WAVE_REACH, i + _WAVE_REACH) if self._country_code(m) in codes]
            if near:
                m = min(near, key=lambda m: abs(m.span[0] - i))
                tally[self._kind(m) == "country"] += 1
        return self.country if tally[True] > tally[False] else ""  # "protests in Velmor" keep the town

    def _first_line(self, offset: int) -> bool:
        """Is ``offset`` in the document's headline: its first line, or a line near the top that
        ends with no full stop (a title under a date line: "Tuesday, May 3\n\nBlast kills 9 in Dorn
        region")?"""
        text = self.doc.text
        a, b = self._top_line()
        if a <= offset < b:
            return True
        ls, le = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
        line = text[ls : len(text) if le < 0 else le].strip()
        return ls <= _TITLE_TOP and 0 < len(line) <= 160 and not line.endswith((".", ":", ";", ",", "!", "?"))

    def _paren_place(self, offset: int) -> str | None:
        """Kazakh tolls by place in parentheses ("Көкөзекте (44 адам), Ақтерек (9) және Сарыбелде
        (7)"): the place named right before the parenthesis that opens with the figure is its place."""
        text = self.doc.text
        if (self.doc.lang_at(offset) or self.doc.lang) != "kk" or not text[max(0, offset - 3) : offset].rstrip().endswith("("):
            return None
        k = bisect.bisect_right(self._all_starts, offset) - 1
        if k < 0:
            return None
        m = self._all[k]
        return self._name(m) if re.fullmatch(r"\s*\(\s*", text[m.span[1] : offset]) else None

    def _label_place(self, offset: int) -> str | None:
        """A line of a per-place list that opens with its place and a colon ("— Dorn region (Velmor
        town): 4 poisoned, 2 died", «Зарічанська обл. (м. Велмор): отруїлися 4 особи»): the label's
        town (else its last place) is the place of the figures after the colon, whatever the other
        lines name. The label is short, opens the line (after a bullet) with a place and has no figure."""
        text = self.doc.text
        ls = text.rfind("\n", max(0, offset - _MAX_LABEL_LINE), offset) + 1
        if ls == 0 and offset > _MAX_LABEL_LINE:
            return None
        colon = text.find(":", ls, offset)
        if colon < 0 or colon - ls > _MAX_LABEL:
            return None
        label = text[ls:colon]
        if any(c.isdigit() for c in label) or not _LABEL_BULLET.match(label):
            return None
        start = ls + _LABEL_BULLET.match(label).end()
        k = bisect.bisect_left(self._all_starts, start)
        ms = [m for m in self._all[k:] if m.span[0] < colon]
        if not ms or ms[0].span[0] != start:
            # "Зарічанська обл. (м. Велмор): ..." with no mention of the region: its town, when the label
            # opens with a capitalised word and an area word
            words = _WORDS.findall(label)
            town = _LABEL_TOWN.search(label)
            w2 = words[1].lower() if len(words) >= 2 else ""
            if (words and words[0][:1].isupper() and (w2.startswith(_area_words()) or (len(w2) >= 3 and any(st.startswith(w2) for st in _area_words())))
                    and town and town.group(1).casefold() in _town_abbrevs() and _name_like(town.group(2))):
                return _label_name(town.group(2), self.doc.lang_at(ls) or self.doc.lang) if self._listed_line(ls, colon) else None
            return None  # "Ministry of Ruritania: 5 dead": the label opens with no place
        if not self._listed_line(ls, colon):
            return None  # "Ruritania: 64 die in a fire in Velmor": a headline's place, no list
        towns = [m for m in ms if self._kind(m) == "city"]
        if not towns:  # "Зарічанська обл. (м. Велмор)": a town the entities lack, named by its abbreviation
            town = _LABEL_TOWN.search(label)
            if town and town.group(1).casefold() in _town_abbrevs() and _name_like(town.group(2)):
                return _label_name(town.group(2), self.doc.lang_at(ls) or self.doc.lang)
        return self._name((towns or ms)[-1])

    def _listed_line(self, ls: int, colon: int) -> bool:
        """Is the labelled line at ``ls`` (its label ending at ``colon``) one of a list: the nearest
        non-blank line before or after it opens the same way (a bullet or none, a short label, a colon)?"""
        text = self.doc.text
        bullet = _LABEL_BULLET.match(text, ls).group().strip()
        prev_end = len(text[:ls].rstrip())
        prev_start = text.rfind("\n", 0, prev_end) + 1 if prev_end else 0
        le = text.find("\n", colon)
        nxt_start = le + len(text[le:]) - len(text[le:].lstrip()) if le >= 0 else len(text)
        nxt_end = text.find("\n", nxt_start)
        for a, b in ((prev_start, prev_end), (nxt_start, len(text) if nxt_end < 0 else nxt_end)):
            line = text[a:b]
            head = line.split(":", 1)[0]
            if not line or ":" not in line or len(head) > _MAX_LABEL or any(c.isdigit() for c in head) \
                    or _LABEL_BULLET.match(line).group().strip() != bullet:
                continue
            start = a + _LABEL_BULLET.match(line).end()
            k = bisect.bisect_left(self._all_starts, start)
            words = _WORDS.findall(head)
            w2 = words[1].lower() if len(words) >= 2 else ""
            if (k < len(self._all) and self._all[k].span[0] == start) or (
                    words and words[0][:1].isupper() and len(w2) >= 3 and any(st.startswith(w2) for st in _area_words())):
                return True  # (the neighbour's label opens with a place too: "— Dorn region: 7 poisoned")
        return False

    def _row_line(self, sentence: tuple[int, int], offset: int) -> tuple[int, int] | None:
        """The line of a table row holding ``offset``, as the sentence of its cells' claims (the
        table is no paragraph of it): a place in the header ("Facility | Injured | Transferred to
        Armenia") or in another row is not the place of this row's figures. None out of a table."""
        text = self.doc.text
        lo, hi = max(sentence[0], offset - _MAX_ROW), min(sentence[1], offset + _MAX_ROW)
        ls, le = text.rfind("\n", lo, offset) + 1, text.find("\n", offset, hi)
        if (ls == 0 and lo > sentence[0]) or (le < 0 and hi < sentence[1]):
            return None  # a line of thousands of characters is no table row (and a long one stays linear)
        ls, le = ls or sentence[0], sentence[1] if le < 0 else le
        line = text[ls:le]
        return (ls, le) if line.count("\t") >= 2 or line.count("|") >= 3 else None

    def _row_label(self, sentence: tuple[int, int], offset: int) -> str | None:
        """The place a table row's first cell names ("Saruu\t4\t9", "| Barskoon | 2 | 6 |"), when the
        document names that place elsewhere (a village of the story): the place of the row's cells."""
        text = self.doc.text
        lo = max(0, offset - _MAX_ROW)
        ls = text.rfind("\n", lo, offset) + 1
        le = text.find("\n", offset, offset + _MAX_ROW)
        if (ls == 0 and lo > 0) or (le < 0 and offset + _MAX_ROW < len(text)):
            return None  # a line this long is no table row (and is not scanned again for each claim)
        line = text[ls : len(text) if le < 0 else le]
        if max(sentence[0], ls) >= offset or (line.count("\t") < 2 and line.count("|") < 3):
            return None
        cells = [c.strip(" *_") for c in re.split(r"\t|\|", line.strip().strip("|"))]
        label = cells[0].casefold() if cells else ""
        if not label or not label[:1].isalpha() or ls + line.find(cells[0]) > offset:
            return None
        if _total_row(label):
            return None  # "Total | 84 | 30": the sum of the rows above, at the table's own place
        for m in self._all:
            if m.text.casefold() == label or self._name(m).casefold() == label:
                return self._name(m)
        if _name_like(cells[0]) and self._settlement_table(ls):  # "Settlement | Bodies" over "Myrotske | 13"
            return _label_name(cells[0], self.doc.lang_at(ls) or self.doc.lang)
        return None

    def _settlement_table(self, ls: int) -> bool:
        """Is the line at ``ls`` a row of a table whose first column is headed by a settlement word
        ("Settlement\tBodies recovered", "| Село | ..."; ``place_column_heads``)? Its rows' first
        cells are villages and towns of their own, not districts of the document's town."""
        text = self.doc.text
        head = _table_top(text, ls)
        if head == ls:
            return False
        end = text.find("\n", head)
        first = re.split(r"\t|\|", text[head : len(text) if end < 0 else end].strip().strip("|"))[0]
        first = " ".join(_WORDS.findall(first)).casefold()
        if first.startswith(_district_words()):
            return False  # "District | Buildings damaged" over "Zarichnyi | 23": quarters of the document's town
        return bool(first) and first in _settlement_heads()

    def _unnamed_town(self, p: str, sentence: tuple[int, int]) -> bool:
        """Is ``p`` a country the sentence names only as the possessor of a town it does not name
        ("in Ruritania's northern city kills 4", "a blast in Ruritania's mining town"), the document's
        town being one of that country: the sentence's town is the document's."""
        text = self.doc.text
        ms = [m for m in self._in(*sentence) if self._name(m) == p and self._kind(m) == "country"]
        if not ms or any(self._name(m) not in (p, self.top) for m in self._in(*sentence)):
            return False
        town = next((m for m in self.places if self._name(m) == self.top and self._kind(m) == "city"), None)
        if town is None or self._country_code(town) != self._country_code(ms[0]):
            return False
        return all(_UNNAMED_TOWN.match(text, m.span[1]) for m in ms)

    def _country_frame(self, p: str, sentence: tuple[int, int]) -> bool:
        """Is ``p`` a country that only frames the document's town ("In Ruritania, 40 miners died" over
        a body about the mining town of Zelenport, "Ruritania landslide kills 7" over a body about a
        resort no gazetteer knows): the sentence names no other place, the document's place is a town
        (or a named place the gazetteer does not know, the document's only country being ``p``) of
        that country, named at least twice, and the document names at most one other town of that
        country, less often (the province's seat: "in Zelenport, Dorn province"; more towns, or a
        region other than the town's own: the country's total is its own). Measures a country counts
        as a whole (detentions) keep it (`place`, ``place_country_measures``)."""
        country = next((m for m in self._in(*sentence) if self._name(m) == p and self._kind(m) == "country"), None)
        if country is None or any(self._name(m) not in (p, self.top) for m in self._in(*sentence)):
            return False
        code = self._country_code(country)
        tops = [m for m in self.places if self._name(m) == self.top]
        kinds = {self._kind(m) for m in tops}
        if kinds == {"city"}:
            if any(self._country_code(m) != code for m in tops):
                return False
        elif kinds != {""} or any(self._kind(m) == "country" and self._name(m) != p for m in self.places):
            return False  # (an unknown name: the document's only country is the frame)
        named = len(tops) if kinds == {"city"} else max(len(tops), len(re.findall(
            rf"(?<![^\W\d_]){re.escape(tops[0].text)}(?![^\W\d_])", self.doc.text)))  # (the names stage marks one)
        if named < 2 and self.top not in self._scene_names and not any(self._noun_named(m) for m in tops):
            return False
        towns = Counter(self._name(m) for m in self.places if self._kind(m) == "city" and self._country_code(m) == code
                        and self._name(m) != self.top)
        if any(self._kind(m) == "region" and self._country_code(m) == code and not self._name(m).startswith(self.top[:4])
               for m in self.places):
            return False  # "in Zelenport and across the Dorn region": the country's total spans more than the town
        return len(towns) <= 1 and sum(towns.values()) < named  # (one more town: the province's seat, "Zelenport, Dorn")

    def _headline_country(self, p: str, offset: int) -> bool:
        """Is ``p`` a country named in the document's first line (its headline) while the document's
        place is a region of that country ("Forest fire in eastern Kazakhstan kills 14" over a body
        about the Abai region): the headline's country is only the frame of the body's region. (A
        town of the country does not replace it: "У Киргизстані затримали 20" over arrests in Bishkek
        and elsewhere.)"""
        a, b = self._top_line()
        if not a <= offset < b:
            return False
        country = next((m for m in self.places if self._name(m) == p and self._kind(m) == "country"), None)
        if country is not None and self.top in self._scene_names:
            return True  # "В Таджикистане обстреляна колонна" over a body about the Kamarob gorge
        home = next((self._gplace(m) for m in self.places if self._name(m) == self.top and m.gazetteer_id), None)
        return country is not None and home is not None and home.kind == "region" \
            and home.country is not None and home.country == self._country_code(country)

    def _headline_region(self, p: str, offset: int) -> bool:
        """Is ``p`` a region named in a headline (the document's first line, or a cited item's title)
        while the document's place is a town of the same country ("Напади на храми в Дагестані:
        загиблих уже 22" over a body about Derbent, "Dagestan death toll rises to 22" cited): the
        headline's region is only the frame of the body's town."""
        a, b = self._top_line()
        cited = any(c.span and c.span[0] <= offset < c.span[1] for c in self.doc.citations)
        if not cited and not a <= offset < b:
            return False
        region = next((m for m in self.places if self._name(m) == p and self._kind(m) == "region"), None)
        town = next((m for m in self.places if self._name(m) == self.top and self._kind(m) == "city"), None)
        return region is not None and town is not None and self._country_code(region) == self._country_code(town)

    def _districts(self) -> frozenset[str]:
        """Names of the document's places that are districts of its town ("влучила в житловий квартал
        Центрально-Міського району" of Kryvyi Rih, a table row "Zarichnyi | 23" of Sumy): a gazetteer
        town smaller than the document's that lies within _DISTRICT_KM of it, labels a row of a table
        of districts, or is a big town (a city's section) with a district word after it
        (``place_district_words``)."""
        got = self.__dict__.get("_district_names")
        if got is not None:
            return got
        home = next((self._gplace(m) for m in self.places if self._name(m) == self.top and m.gazetteer_id), None)
        words = _district_words()
        out = set()
        for m in self.places:
            name = self._name(m)
            if name == self.top or name in out or self._kind(m) != "city":
                continue
            at = self._gplace(m)
            if home is None or at is None or at.population >= home.population:
                continue
            after = _WORDS.findall(m.text)[-1:] + _WORDS.findall(self.doc.text[m.span[1] : m.span[1] + 20])[:1]
            if _km(home, at) <= _DISTRICT_KM or self._district_row(m, words) or (
                    at.population >= _DISTRICT_POP and any(w[:1].islower() and w.lower().startswith(words) for w in after)):
                out.add(name)  # "Центрально-Міського району", a row of "District | Buildings" (not "Rushan district")
        got = self.__dict__["_district_names"] = frozenset(out)
        return got

    def _district_row(self, m: Mention, words: tuple[str, ...]) -> bool:
        """Is ``m`` the label of a table row whose column header is a district word ("District\t
        Buildings damaged" over "Tsentralnyi\t46")?"""
        text = self.doc.text
        start = text.rfind("\n", 0, m.span[0]) + 1
        if text[start : m.span[0]].strip(" |") or not any(c in text[m.span[1] : text.find("\n", m.span[1]) % (len(text) + 1)] for c in "\t|"):
            return False
        head = _table_top(text, start)
        first = _WORDS.findall(text[head : head + 40])[:1]
        return bool(first) and head < start and first[0].lower().startswith(words)

    def _place(self, sentence: tuple[int, int], paragraph: tuple[int, int] | None, offset: int,
               skip: list[tuple[int, int]] = (), nationwide: bool = False, preps: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
        """The counted event's place. ``skip``: spans of source names (a place inside one is the
        speaker's, "Investigative Committee of Russia", unless a locative preposition puts the speaker
        there and the sentence names no other place); ``nationwide``: the sentence says "across
        the country" (the document's country wins)."""
        country = (self.country or self._top_country()) if nationwide else None
        if country:
            # "... across the country 3,000 were detained, of them in Minsk about 1,000": a town just
            # before the figure, in its own phrase, beats the nationwide frame (not a dateline: "VELMOR: 300 ...")
            own = [m for m in self._in(*sentence) if m.span[1] <= offset and offset - m.span[1] <= 30
                   and self._kind(m) == "city" and not any(a <= m.span[0] < b for a, b in skip)
                   and not any(c in self.doc.text[m.span[1] : offset] for c in ",;.!?:")]
            if own:
                return self._name(own[-1]), "sentence"
            return country, "sentence"
        ms = [m for m in self._in_all(*sentence) if not any(a <= m.span[0] < b for a, b in skip) and self._located(m, preps)]
        ms = [m for m in ms if not self._remit(m, preps)]  # "МВД по Дагестану назвало": an organisation's remit
        ms = [m for m in ms if id(m) not in self._treated_ids]  # "в больницы Донецка": where the wounded are
        # "the train between X and Y derailed near the village of Z": a journey's ends are not the scene
        if ms and all(id(m) in self._route_ids for m in ms):
            near = min(ms, key=lambda m: offset - m.span[1] if m.span[1] <= offset else m.span[0] - offset)
            if id(near) in self._route_names:
                return self._route_names[id(near)], "sentence"  # "collided on the A-B highway, killing 5"
        ms = [m for m in ms if id(m) not in self._route_ids] or ms
        ms = [m for m in ms if id(m) not in self._near_ids] or ms  # "in Krasnogorsk, near Moscow"
        ms = [m for m in ms if not self._origin(m)] or ms  # "stormed the airport in X ... the plane from Y"
        free = [m for m in ms if not self._clause_between(m, offset)]
        ms = free or ms  # "у Кременчуці ... загинула 21 людина, а у Вінниці — 28": the figure's own clause
        region, gap = self._region_anaphor(sentence, offset)  # "в крае погибли 171, из них 153 в X"
        if ms:  # the place the sentence states, nearest to the figure (from its nearer edge: "из них в Алматы — 225, в Нур-Султане — 253")
            best = min(ms, key=lambda m: offset - m.span[1] if m.span[1] <= offset else m.span[0] - offset)
            if best.span[1] <= offset:  # "1,870 deaths in Dorn, 316 in Velmor": the figure's own "in X" after it
                best = next((m for m in ms if m.span[0] > offset and self._own_after(offset, m)), best)
            if region and gap < (offset - best.span[1] if best.span[1] <= offset else best.span[0] - offset):
                return region, "sentence"
            if self._kind(best) in ("region", "country"):  # "45 miners in X-land were killed ... at the Y mine"
                scenes = [m for m in ms if not self._kind(m) and (self._name(m) in self._scene_names or self._landmark_town(m))
                          and _site(self._name(m))]
                if scenes and self._town_of(best, ms) is best:
                    best = min(scenes, key=lambda m: abs(m.span[0] - offset))
            return self._name(self._town_of(best, ms)), "sentence"
        if region:
            return region, "sentence"
        # "Hospital staff in Townville say ...": a place the source's name locates it in (not "the
        # ministry of X") is the sentence's only place
        inner = [m for m in self._in(*sentence) if any(a <= m.span[0] < b for a, b in skip) and self._locative(m, preps)]
        ms = [m for m in inner if self._kind(m) not in ("region", "country")]  # "ГУ МВД в Одесской области": a remit
        if ms:
            return self._name(min(ms, key=lambda m: abs(m.span[0] - offset))), "sentence"
        other = self._other_side(sentence)
        if other:
            return other, "sentence"
        for sec in sorted(self.doc.sections_at(offset), key=lambda s: -s.level):
            if sec.level >= 2:
                p = self._scope_place(sec.span)
                if p:
                    return p, "section"
        if paragraph:
            p = self._scope_place(paragraph)
            if p and not self._only_in(p, paragraph, skip) and not self._later_scene(p, paragraph, sentence) \
                    and not self._other_day_line(p, paragraph, sentence):
                return p, "paragraph"
            p = self._scene_before(paragraph, sentence, skip, preps)
            if p:
                return p, "paragraph"
            p = self._route_of(paragraph)
            if p:
                return p, "paragraph"
        if self.top:
            return self.top, "document"
        if inner:
            return self._name(min(inner, key=lambda m: abs(m.span[0] - offset))), "sentence"
        if self._filed:
            return self._name(self._filed[0]), "document"  # "TBILISI, June 21 -" and no other place
        if self._zoned:
            return self._name(self._zoned[0]), "document"  # "01:08 (Perm time)" and no other place
        remit = [m for m in self._all[bisect.bisect_left(self._all_starts, sentence[0]) :] if m.span[0] < sentence[1]
                 and any(a <= m.span[0] < b for a, b in skip) and self._kind(m) in ("region", "city")]
        if remit:  # "..., the governor of the X region said", «деді X облысының әкімі» and no other place:
            return self._name(min(remit, key=lambda m: abs(m.span[0] - offset))), "sentence"  # the official's region
        return None, None

    def _own_after(self, offset: int, m: Mention) -> bool:
        """Is ``m`` the figure's own place, named right after it by a locative preposition with at
        most two words between ("316 in Velmor", "316 deaths in Velmor", «5 человек в Велморе») and
        no punctuation?"""
        gap = self.doc.text[offset : m.span[0]]
        words = gap.split()
        return (0 < len(words) <= 4 and not _GAP_PUNCT.search(gap)
                and words[-1].lower() in _own_preps())

    def _region_anaphor(self, sentence: tuple[int, int], offset: int) -> tuple[str | None, int]:
        """The document's region, when the figure's clause names it only by its kind ("в крае погибли
        171", "171 died across the region", «өлкеде 171 адам қаза тапты»; ``place_region_anaphors``):
        the region the document names most, if it names one; with the phrase's distance from the
        figure (a named place nearer to the figure wins: "..., из них 153 - в Крымском районе")."""
        text = self.doc.text
        a, b = sentence
        breaks = self._breaks_memo.get(sentence)
        if breaks is None:  # the clause breaks of the sentence, found once for all its figures
            cuts = [(c.start(), c.end()) for c in _CLAUSE_BREAK.finditer(text, a, b)]
            breaks = self._breaks_memo[sentence] = ([c[0] for c in cuts], [c[1] for c in cuts])
        starts, ends = breaks
        i = bisect.bisect_right(ends, offset)  # the last break that ends at or before the figure
        a = ends[i - 1] if i else a
        j = bisect.bisect_left(starts, offset)  # the first break that starts at or after it
        b = starts[j] if j < len(starts) else b
        lang = self.doc.lang_at(offset) or self.doc.lang
        gap = None
        for lo, hi in self._anaphors_in(a, b, lang):
            d = offset - hi if hi <= offset else lo - offset
            between = text[hi:offset] if hi <= offset else text[offset:lo]
            if d >= 0 and "," not in between and (gap is None or d < gap):  # (not "..., 5 of them in X")
                gap = d
        if gap is None:
            return None, 0
        regions = [m for m in self.places if self._kind(m) == "region" and not self._remit(m, _all_locative_preps())]
        return (_top(self._name(m) for m in regions), gap) if regions else (None, 0)

    def _anaphors_in(self, a: int, b: int, lang: str | None) -> list[tuple[int, int]]:
        """Spans of the region phrases (`_region_anaphor`) in ``text[a:b]``, found once per clause (a
        clause of many figures is searched once, not once per figure)."""
        memo, key = self._anaphor_memo, (a, b, lang)
        if key not in memo:
            pattern = _region_anaphor_re(lang)
            memo[key] = [] if pattern is None else [(a + f.start(), a + f.end())
                                                    for f in pattern.finditer(self.doc.text[a:b].lower())]
        return memo[key]

    def _route_of(self, paragraph: tuple[int, int]) -> str | None:
        """The road a paragraph names as its only place («На трассе А – Б столкнулись автобус и
        грузовик. Погибли пять человек»): "A–B" (`_routes`), when the paragraph names no other place."""
        ms = self._in(*paragraph)
        names = {self._route_names.get(id(m)) for m in ms}
        return names.pop() if len(names) == 1 and None not in names else None

    def _scene_before(self, paragraph: tuple[int, int], sentence: tuple[int, int], skip: list[tuple[int, int]],
                      preps: frozenset[str]) -> str | None:
        """The settlement an earlier sentence of the paragraph sets the scene in ("8 июля в районе
        посёлка Кенкияк проведена операция. В ходе операции уничтожены 9"): the last town or village
        named there with a locative before it, when the paragraph does not name the document's place."""
        ms = self._in(paragraph[0], sentence[0])
        if not ms or any(self._name(m) == self.top for m in self._in(*paragraph)):
            return None
        k = bisect.bisect_left(self._tstarts, sentence[0])
        if k < len(self._tstarts) and self._tstarts[k] < sentence[1]:
            return None  # "В 2013 году суд приговорил ...": a sentence with its own date sets its own scene
        for m in reversed(ms):
            if any(a <= m.span[0] < b for a, b in skip) or self._kind(m) in ("region", "country"):
                continue
            if id(m) in self._route_names or id(m) in self._route_ids:
                continue  # «на автодорозі Київ – Чоп»: one end of a road (`_route_of`), or a town of its name
            if self._origin(m):
                continue  # "Troops flown in from X opened fire": where they came from, no scene
            if self._other_day_line(self._name(m), paragraph, sentence):
                return None  # "29 August – ... near X<br />3 September – ... 108 killed": another day's scene
            if any(w[:1].islower() for w in _WORDS.findall(m.text)):
                continue  # "Темирского района": a district around the town
            side = _WORDS.findall(self.doc.text[max(0, m.span[0] - 25) : m.span[0]])[-1:] + \
                _WORDS.findall(self.doc.text[m.span[1] : m.span[1] + 25])[:1]
            if any(w.lower() in _quarter_words() for w in side):
                return None  # "в микрорайон Шахтёр": a quarter of the town, not a settlement
            lead = _CLAUSE_CUT.split(self.doc.text[max(0, m.span[0] - 40) : m.span[0]])[-1]
            if self._locative(m, preps) or any(w.lower() in preps for w in _WORDS.findall(lead)[-4:]) \
                    or "маң" in self.doc.text[m.span[1] : m.span[1] + 30]:
                return self._name(m)
            return None
        return None

    def _town_of(self, m: Mention, ms: list[Mention]) -> Mention:
        """The town a region or country qualifies right beside it ("по селищу Чаплине на
        Дніпропетровщині", "in Kizlyar, Dagestan", «Дағыстан Республикасындағы Қызляр қаласында»):
        the most specific place of the phrase."""
        if self._kind(m) not in ("region", "country"):
            return m
        text = self.doc.text
        chain, todo = [m], [m]
        while todo:  # the places joined to it, one beside the other ("Шубарши Темирского района Актюбинской области")
            x = todo.pop()
            for o in ms:
                if o in chain or self._kind(o) == "country":
                    continue
                a, b = (o.span[1], x.span[0]) if o.span[1] <= x.span[0] else (x.span[1], o.span[0])
                if (0 <= b - a <= 16 and _QUALIFIER_GAP.fullmatch(text[a:b])) or (
                        0 <= b - a <= 48 and o.span[0] > x.span[1] and _OF_TOWN_GAP.fullmatch(text[a:b])):
                    chain.append(o)
                    todo.append(o)
        towns = [o for o in chain if self._kind(o) in ("city", "")]
        plain = [o for o in towns if not any(w[:1].islower() for w in _WORDS.findall(o.text))]
        regions = [o for o in chain if self._kind(o) == "region"] if self._kind(m) == "country" else []
        return (plain or towns or regions or [m])[0]  # "in Kazakhstan's Abai region": the region

    def _remit(self, m: Mention, preps: frozenset[str]) -> bool:
        """A region or country inside an organisation's name: its remit, not the event's place ("МВД
        по Дагестану", "Министерство здравоохранения Дагестана", «Дағыстан денсаулық сақтау
        министрлігі», "Dagestan's health ministry"; ``place_remit_words``). A locative ("в
        Дагестане", «Дағыстанда») keeps the place."""
        if self._kind(m) not in ("region", "country") and not self._area(m):  # "Donetsk regional prosecutor's office"
            return False
        text = self.doc.text
        entries, stems = _remit_sets()

        def org(w: str) -> bool:  # (an entry ending in "=" matches the whole word only: "head=", not "headed")
            w = w.lower()
            return w in entries or w.startswith(stems) or w + "=" in entries

        lead = _CLAUSE_CUT.split(text[max(0, m.span[0] - 50) : m.span[0]])[-1].split(",")[-1]
        before = _WORDS.findall(lead)[-3:]
        if before and before[-1].lower() in preps and before[-1].lower() not in ("по", "of"):
            return False  # "в Дагестане": located there
        if any(org(w) for w in before):
            return True
        if self._locative(m, preps):
            return False
        tail = _CLAUSE_CUT.split(text[m.span[1] : m.span[1] + 50])[0].split(",")[0]
        tail = _ELLIPTIC_DASH.split(tail)[0]  # "strike on Ukraine's Sumy region - governor": the headline's credit
        words = _WORDS.findall(tail)[:3]
        if not any(org(w) for w in words):
            return False
        gap = words[: next(k for k, w in enumerate(words) if org(w))]
        # lower-case words between ("Dagestan's health ministry"), or a capitalized title of the
        # organisation ("Қазақ КСР Жоғарғы Кеңесінің", "Kazakh SSR Supreme Soviet") that names no place
        return all(w[:1].islower() or w.isupper() or w == "s" for w in gap) or (
            len(gap) <= 2 and not any(o.span[0] > m.span[1] and o.span[0] < m.span[1] + len(tail) for o in self._all))

    def _gplace(self, m: Mention):
        """The gazetteer's place of ``m`` (looked up once per gazetteer id and document)."""
        gid = m.gazetteer_id
        if not gid:
            return None
        got = self._gplaces.get(gid, _MISS)
        if got is _MISS:
            try:
                from ..gazetteer import default_gazetteer

                got = default_gazetteer().place(gid)
            except Exception:  # noqa: BLE001 - the gazetteer only refines the choice
                got = None
            self._gplaces[gid] = got
        return got

    def _listed_country(self) -> str | None:
        """The one country of the places a document only lists (`_shared_region_heads`), if any."""
        codes = {self._country_code(m) for m in self.places if m.span in self._listed}
        if len(codes) != 1 or None in codes:
            return None
        try:
            from ..gazetteer import default_gazetteer

            c = default_gazetteer().country(codes.pop())
        except Exception:  # noqa: BLE001 - the gazetteer only refines the choice
            return None
        return c.name if c is not None else None

    def _country_code(self, m: Mention) -> str | None:
        place = self._gplace(m)
        return place.country if place else None

    def _other_side(self, sentence: tuple[int, int]) -> str | None:
        """A figure of the other side: the sentence names a country (as the speaker, "Тәжікстан
        билігі ... 19 адам", "Kyrgyzstan's health ministry put its toll at 34") that is not the
        country of the document's place, and the document names places of that country: the most
        mentioned of them (the one named first on a tie)."""
        k = bisect.bisect_left(self._all_starts, sentence[0])
        named = []
        while k < len(self._all) and self._all[k].span[0] < sentence[1]:
            m = self._all[k]
            if self._kind(m) == "country" and (cc := self._country_code(m)) and cc not in named:
                named.append(cc)
            k += 1
        if not named:
            return None
        home = self._sides.get("")
        if home is None:
            at = next((self._gplace(m) for m in self.places if self._name(m) == self.top and m.gazetteer_id), None)
            self._home_at = at
            home = self._sides[""] = (at.country if at else None) or "-"
        if home == "-":
            return None
        for cc in named:
            if cc == home:
                continue
            if cc not in self._sides:
                # (only a place across the border, within _SIDE_KM of the document's: two sides of one
                # conflict, not a capital far away that speaks about it)
                ms = [m for m in self.places if self._kind(m) != "country" and self._country_code(m) == cc
                      and _km(self._home_at, self._gplace(m)) <= _SIDE_KM]
                counts = Counter(self._name(m) for m in ms)
                best = max(counts.values(), default=0)
                self._sides[cc] = next((self._name(m) for m in ms if counts[self._name(m)] == best), None)
            if self._sides[cc]:
                return self._sides[cc]
        return None

    def _only_in(self, p: str, scope: tuple[int, int], skip: list[tuple[int, int]]) -> bool:
        """Is every mention of ``p`` in the scope inside the figure's source name ("МВД Дагестана:
        задержаны 60", "the UN Mission in Ukraine said ...": the source's remit, no place)?"""
        ms = [m for m in self._in(*scope) if self._name(m) == p]
        return bool(skip) and bool(ms) and all(any(a <= m.span[0] < b for a, b in skip) for m in ms)

    def _later_scene(self, p: str, paragraph: tuple[int, int], sentence: tuple[int, int] | None) -> bool:
        """Is ``p`` named only after the figure's sentence, past a date of its own ("... о 26
        задержанных. Накануне, в субботу, в селе Кара-Суу ..."): the scene of another moment."""
        if sentence is None:
            return False
        ms = [m for m in self._in(*paragraph) if self._name(m) == p]
        if not ms or ms[0].span[0] < sentence[1]:
            return False
        k = bisect.bisect_left(self._tstarts, sentence[1])
        return (k < len(self._tstarts) and self._tstarts[k] < ms[0].span[0]) or self._counted_scene(ms[0])

    def _counted_scene(self, m: Mention) -> bool:
        """Does the later sentence naming ``m`` count figures of its own ("... выросло до 9. По её данным,
        в Ромитском ущелье уничтожены ещё 8 боевиков"): the scene of those figures, not of earlier ones."""
        s = self.doc.sentence_at(m.span[0])
        return s is not None and any(c.isdigit() for c in self.doc.text[s.span[0]:s.span[1]])

    def _other_day_line(self, p: str, paragraph: tuple[int, int], sentence: tuple[int, int] | None) -> bool:
        """Is the figure's line one of several day-lines of the paragraph ("3 September – General Staff:
        108 killed" under "29 August – ... near X"), opening with a date, and ``p`` named only on
        other lines? Then ``p`` is another day's scene."""
        if sentence is None:
            return False
        text = self.doc.text
        ls = max(text.rfind("\n", 0, sentence[0]) + 1, paragraph[0])
        le = text.find("\n", sentence[0], paragraph[1])
        le = paragraph[1] if le < 0 else le
        if ls <= paragraph[0] and le >= paragraph[1]:
            return False  # a paragraph of one line
        lead = len(text[ls : ls + 8]) - len(text[ls : ls + 8].lstrip(" *'-–—\t"))
        k = bisect.bisect_left(self._tstarts, ls)
        if k >= len(self._tstarts) or self._tstarts[k] > ls + lead:
            return False  # the line does not open with a date
        return not any(ls <= m.span[0] < le for m in self._in(*paragraph) if self._name(m) == p)

    def _scope_place(self, span: tuple[int, int]) -> str | None:
        """The most frequent place of a section or paragraph if it outweighs the document's (once
        per scope)."""
        got = self._scopes.get(span, False)
        if got is False:
            preps = _all_locative_preps()  # "the Foreign Ministry of Uzbekistan said": a remit, no scene
            ms = [m for m in self._in(*span) if ((self._kind(m) not in ("region", "country") and not self._area(m))
                  or not self._remit(m, preps)) and id(m) not in self._route_ids]  # (a journey's ends: no scene)
            ms = [m for m in ms if not (self._kind(m) == "country" and self._origin(m))]  # "passengers from countries X and Y"
            ms = [m for m in ms if not self._origin_noun(m)]  # "перевозив дітей з селища X": where the bus came from
            ms = [m for m in ms if id(m) not in self._trailer_ids]  # "Читайте также: В X ...": another story
            ms = [m for m in ms if m.span not in self._listed]  # "most fires were in X, Y and Z regions"
            p = self._most_frequent(ms)
            got = self._scopes[span] = p if self._outweighs(p, ms) else None
        return got

    def _dateless(self, span: tuple[int, int]) -> bool:
        k = bisect.bisect_left(self._tstarts, span[0])
        return k >= len(self._tstarts) or self._tstarts[k] >= span[1]

    def when(self, offset: int, sentence: tuple[int, int] | None = None,
             paragraph: tuple[int, int] | None = None) -> tuple[str | None, str | None]:
        """The date of the counted event; computed once per sentence that states no date itself, and
        once per paragraph that states none (outside citations)."""
        if self._date_at is None:
            return None, None
        key = None
        if sentence is not None and self._dateless(sentence):
            key = sentence
            if paragraph is not None and self._dateless(paragraph) and not any(
                    c.span and c.span[0] <= offset < c.span[1] for c in self.doc.citations):
                key = ("p", paragraph)
            if key in self._when:
                return self._when[key]
        try:
            if self._facts is None and self._document_facts is not None:
                self._facts = self._document_facts(self.doc, self.timexes)
            got = self._date_at(self.doc, self.timexes, offset, facts=self._facts)
        except Exception:  # noqa: BLE001 - a date is a nicety; never lose a claim over it
            got = (None, None)
        if key is not None:
            self._when[key] = got
        return got


@functools.cache
def _topic_words() -> tuple[frozenset[str], frozenset[str]]:
    """``place_topic`` of every claim language: words before a place and words after it."""
    rows: dict[str, set[str]] = {"before": set(), "after": set()}
    for lang in ("en", "ru", "uk", "kk"):
        for row in langdata.load_table(lang, "place_topic"):
            if len(row) >= 2 and row[1] in rows:
                rows[row[1]].add(row[0].lower())
    return frozenset(rows["before"]), frozenset(rows["after"])


@functools.cache
@functools.cache
def _toll_stems(lang: str | None) -> tuple[str, ...]:
    """Stems of the killed, injured and missing words of ``measures`` ("загибл", "постражд")."""
    rows = langdata.load_table(lang, "measures") if lang else ()
    return tuple(sorted({r[0].rstrip("*").lower() for r in rows if len(r) >= 2 and r[1] in ("killed", "injured", "missing")
                         and len(r[0].rstrip("*")) >= 4}))


@functools.cache
def _locative_after() -> frozenset[str]:
    """``place_locative_after`` of every claim language: a postposition after a country («бойынша»)."""
    return frozenset(w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_locative_after"))


@functools.cache
def _site_heads() -> frozenset[str]:
    return frozenset(w.casefold() for w in langdata.load_list(None, "place_site_heads"))


def _site(name: str) -> bool:
    """A named industrial site ("Zarechnaya mine (Karagandy)", "Kredmash plant"): its English name's
    last word before a town in brackets is a ``place_site_heads`` word."""
    words = _WORDS.findall(name.split(" (", 1)[0])
    return len(words) >= 2 and words[-1].casefold() in _site_heads()


@functools.cache
def _facility_words() -> frozenset[str]:
    """Facility words of every claim language (``entity_facilities``), casefolded (built once)."""
    return frozenset(row[0].casefold() for lang in ("en", "ru", "uk", "kk")
                     for row in langdata.load_table(lang, "entity_facilities") if row and row[0])


def _facility(m: Mention) -> bool:
    """An organisation named as a site: a name and a facility word last ("Саяно-Шушенській ГЕС",
    "Kredmash plant"): the scene of what happened there, a place of the event."""
    words = _WORDS.findall(m.text)
    return len(words) >= 2 and words[-1].casefold() in _facility_words() and words[0][:1].isupper()


def _with_scenes(doc: Document, mentions: list[Mention]) -> tuple[list[Mention], frozenset[str]]:
    """The mentions plus a place mention for each named scene the gazetteer does not know
    (`scene_names`: "the Arkankergen outpost", «Камароб шатқалында», "у Раштській долині" -> Rasht)
    and each settlement named after its noun («в селе Дорново»: a place, though no scene that
    outweighs the page's towns), named by the transliterated base form; a place mention without a
    gazetteer entry on the same words gives way to it, one with an entry is kept instead."""
    from ..translit import latin

    found = scene_names(doc.text, doc.lang or "")
    towns = scene_names(doc.text, doc.lang or "", town=True)
    if not found and not towns:
        return list(mentions), frozenset()
    places = [m for m in mentions if m.type == "place"]
    drop, add = set(), []
    for a, b, name in found + [t for t in towns if t not in found]:
        over = [m for m in places if m.span[0] < b and a < m.span[1]]
        if any(m.gazetteer_id for m in over) or (over and (a, b, name) not in found and not _KK_LETTERS.search(name)):
            continue  # (a town the names stage has read keeps its reading, «Гроза» is Hroza; a Kazakh name
            # is written as the news write it, «Жаңатас ауылы» is Zhanatas)
        drop.update(id(m) for m in over)
        canon = latin(name).replace("'", "").replace("’", "")  # (Ь: "Zelenkov'" is Zelenkov)
        add.append(Mention(doc=doc.id, span=(a, b), text=doc.text[a:b], type="place", lemma=name, canonical=canon))
    names = frozenset(latin(n).replace("'", "").replace("’", "") for _, _, n in found)  # (a town is no scene of its own)
    return [m for m in mentions if id(m) not in drop] + add, names


@functools.cache
def _not_alone() -> frozenset[str]:
    """``place_not_alone``: words that are no place as a whole mention ("South", "Central")."""
    return frozenset(w for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_not_alone"))


@functools.cache
def _trailer_heads() -> dict[str, str]:
    """``place_page_trailers``: a page's list heading (lower-case) -> "rest" (a list to the page's end:
    "More stories", «Останні новини») or "line" (one linked headline: «Читайте також:»)."""
    return {r[0].lower(): r[1] for r in langdata.load_table(None, "place_page_trailers") if len(r) >= 2}


_LINE = re.compile(r"[^\n]+")


@functools.cache
def _photo_credits() -> tuple[str, ...]:
    return tuple(sorted({w.casefold() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "time_photo_credits")}))


@functools.cache
def _credit_tails() -> tuple[str, ...]:
    return tuple(sorted({w.casefold() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "time_photo_credit_tails")}))


def _caption_line(text: str, at: int) -> bool:
    """Is the line around ``at`` a photo's caption: a short line with a photo credit ("A man stands
    on his roof in Velmor, Dorn, May 3. © Wire / Jane Roe", "... (Photo: Wire)", "Фото: Вестник")?
    Its places are where the picture was taken, not the story's scene."""
    ls = text.rfind("\n", 0, at) + 1
    le = text.find("\n", at)
    line = text[ls : len(text) if le == -1 else le].strip(" \t.").casefold()
    if not line or len(line) > 400:
        return False
    return line.endswith(_credit_tails()) or any(w in line for w in _photo_credits())


def _before_trailers(text: str, places: list[Mention]) -> list[Mention]:
    """The mentions outside a page's lists of other stories: after a line that is only a list heading
    ("More stories", "Most Read", «Читайте также:», «Көп оқылған») the headlines of other events
    follow; their places vote for no place of this one (a figure in such a line keeps its own).
    All of them in such lists: the mentions as they were."""
    heads = _trailer_heads()
    if not places or not heads:
        return places
    cuts: list[tuple[int, int]] = []
    lines = list(_LINE.finditer(text))
    for k, ln in enumerate(lines):
        head = ln.group().strip().rstrip(":.…").strip().lower()
        kind = heads.get(head)
        if kind == "rest":
            cuts.append((ln.start(), len(text)))
            break
        lead, colon, rest = ln.group().partition(":")
        if colon and rest.strip() and heads.get(lead.strip().lower()) == "line":
            cuts.append((ln.start(), ln.end()))  # «Оқи отырыңыз: <another story's headline>» on one line
            continue
        if kind == "line":
            nxt = next((x for x in lines[k + 1 :] if x.group().strip()), None)
            if nxt is not None:
                cuts.append((nxt.start(), nxt.end()))
    if not cuts:
        return places
    kept = [m for m in places if not any(a <= m.span[0] < b for a, b in cuts)]
    return kept or places


@functools.cache
def _media_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """``place_media_words``: whole words and stems of channels, pages and sites."""
    rows = langdata.load_list(None, "place_media_words")
    return frozenset(w for w in rows if not w.endswith("*")), tuple(w[:-1] for w in rows if w.endswith("*"))


@functools.cache
def _aside_openers() -> frozenset[str]:
    """``place_aside_openers``: the first word of an attribution set off by commas."""
    return frozenset(langdata.load_list(None, "place_aside_openers"))


@functools.cache
def _agency_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``place_agency_words``: words after and before a news agency's name."""
    rows = langdata.load_table(None, "place_agency_words")
    return (tuple(sorted({r[1].lower() for r in rows if len(r) >= 2 and r[0] == "after"}, key=len, reverse=True)),
            tuple({r[1].lower() for r in rows if len(r) >= 2 and r[0] == "before"}))


def _agency(text: str, m: Mention) -> bool:
    """A news agency named like a place ("according to the X news agency", «агентство X»): the
    word after the name (or before it) is an agency word of ``place_agency_words``."""
    after, before = _agency_words()
    tail = text[m.span[1] : m.span[1] + 40].lower()
    if tail.startswith((" ", "-")) and any(tail[1:].startswith(w) and not tail[1 + len(w) : 2 + len(w)].isalpha()
                                           for w in after):
        return True
    lead = text[max(0, m.span[0] - 20) : m.span[0]].rstrip(" «\"“").lower().split()
    return bool(lead) and lead[-1] in before


def _media(m: Mention) -> bool:
    """A channel, page or site taken for a place ("сообщил ... в Telegram-канале", "у телеграмі"):
    a word of the mention, or a part of a hyphenated one, is a `_media_words` word."""
    words, stems = _media_words()
    return any(w in words or w.startswith(stems) for part in _WORDS.findall(m.text.lower()) for w in part.split("-"))


_REGION_OF = re.compile(r"(?:^|\s)(?:the\s+)?(province|region|oblast)\s+of\s+$")


def _regions_of(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A town's name after "the province of" / "the region of" names the region ("the province of
    Pavlodar"): the region of that name, when the gazetteer has one
    ("Pavlodar Region"). English only (ru/uk/kk put the region word after the name, one mention)."""
    text = doc.text
    out = None
    for k, m in enumerate(mentions):
        if m.type != "place" or not m.gazetteer_id:
            continue
        lead = _REGION_OF.search(text, max(0, m.span[0] - 24), m.span[0])
        if lead is None:
            continue
        try:
            from ..gazetteer import default_gazetteer
            from ..translit import key

            gaz = default_gazetteer()
            if (p := gaz.place(m.gazetteer_id)) is None or p.kind != "city":
                continue
            region = next((r for word in ("Region", "Oblast", "Province") for i in gaz.lookup(key(f"{m.text} {word}"))[:3]
                           if (r := gaz.place(i)) is not None and r.kind == "region" and r.country == p.country), None)
        except Exception:  # noqa: BLE001 - the gazetteer only refines the choice
            continue
        if region is None:
            continue
        out = out if out is not None else list(mentions)
        out[k] = Mention(doc=m.doc, span=m.span, text=m.text, type="place", lemma=m.lemma, key=m.key,
                         gazetteer_id=region.id, canonical=region.name)
    return out if out is not None else mentions


@functools.cache
def _plural_region_heads(lang: str) -> dict[str, str]:
    """``place_plural_region_heads``: a plural region noun -> the English head of one region."""
    return {r[0].lower(): r[1] for r in langdata.load_table(lang, "place_plural_region_heads") if len(r) >= 2}


@functools.cache
def _shared_head_finders(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Finders of a list of two or more names sharing one plural region noun: after the list
    («X, Y та Z областях», «X, Y және Z облыстарында») or, in English,
    before it with "of" ("the provinces of X and Y"; no English heads yet). The last two names are joined by a
    conjunction, or three or more are listed (two names and a comma are an apposition: «Тамбовщине,
    Тамбовской области»)."""
    heads = _plural_region_heads(lang)
    if not heads:
        return None, None
    conj = "|".join(re.escape(w) for w in langdata.load_list(None, "entity_conjunctions") if " " not in w)
    name = rf"[{_CAP}][^\W\d_]+(?:['’-][^\W\d_]+)*"
    item = rf"{name}(?:\s+{name})?"
    chain = rf"(?:{item}(?:(?:,\s*|\s+(?:{conj})\s+){item})*\s+(?:{conj})\s+{item}|{item}(?:,\s*{item}){{2,}})"
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    after = re.compile(rf"(?<![^\W\d_'’-])({chain})\s+({alt})(?![^\W\d_])")
    before = re.compile(rf"(?<![^\W\d_])({alt})\s+of\s+(?:the\s+)?({chain})(?![^\W\d_])") if lang == "en" else None
    return after, before


_PROVINCE_AFTER = re.compile(r"\s+province(?![^\W\d_])")
_ITEM_SPLIT = re.compile(r",\s*|\s+(?:и|і|й|та|and|және|мен|бен|пен)\s+")


def _shared_region_heads(doc: Document, mentions: list[Mention]) -> tuple[list[Mention], frozenset[tuple[int, int]]]:
    """Names listed before (or, in English, after "the provinces of") one plural region noun
    («у Волинській, Рівненській та Житомирській областях», «Түркістан, Жамбыл және Абай
    облыстарында») are regions, not the towns of the same name:
    each becomes the region the gazetteer has (by the name, or by the town an adjective is made
    from), a mention added where the tagger saw none. Returns the mentions and the spans of the
    names of lists of three or more regions: an enumeration, no scene to vote for."""
    lang = doc.lang or ""
    after, before = _shared_head_finders(lang)
    if after is None and lang != "en":
        return mentions, frozenset()
    text = doc.text
    found = []  # (start, end of the list, English head)
    heads = _plural_region_heads(lang)
    for m in after.finditer(text) if after is not None else ():
        found.append((m.start(1), m.end(1), heads[m.group(2).lower()]))
    if before is not None:
        for m in before.finditer(text):
            found.append((m.start(2), m.end(2), heads[m.group(1).lower()]))
    if not found and not (lang == "en" and "province" in text):
        return mentions, frozenset()
    try:
        from ..gazetteer import default_gazetteer
        from ..translit import key
        from ._place_cues import _adjective_place

        gaz = default_gazetteer()
    except Exception:  # noqa: BLE001 - the gazetteer only refines the choice
        return mentions, frozenset()

    def region_of(word: str, m: Mention | None):
        tries = []
        if lang == "kk":
            tries.append(f"{word} облысы")
        else:
            tries += [f"{word} {w}" for w in ("Region", "Oblast", "Province")] if lang == "en" else []
            town = gaz.place(m.gazetteer_id) if m is not None and m.gazetteer_id else None
            if lang in ("ru", "uk"):  # only an adjective shares the noun («в Москве и Московской области»)
                town = _adjective_place(word, lang, gaz)
            if town is not None:
                tries += [f"{town.name} {w}" for w in ("Oblast", "Region", "Province")]
        for t in tries:
            for i in gaz.lookup(key(t))[:3]:
                if (r := gaz.place(i.lstrip("~"))) is not None and r.kind == "region":
                    return r
        return None

    out = list(mentions)
    listed: set[tuple[int, int]] = set()
    by_start = {m.span[0]: k for k, m in enumerate(out) if m.type == "place"}
    for lo, hi, head in found:
        items = []
        pos = lo
        for part in _ITEM_SPLIT.split(text[lo:hi]):
            a = text.index(part, pos)
            pos = a + len(part)
            items.append((a, pos, part))
        for a, b, word in items:
            if " " in word and region_of(word, None) is None:  # "Storm X and Y regions": a capital opens the sentence
                a += word.rindex(" ") + 1
                word = text[a:b]
            k = next((by_start[s] for s in range(a, b) if s in by_start), None)
            m = out[k] if k is not None else None
            region = region_of(word, m)
            if region is not None:
                new = Mention(doc=doc.id, span=(a, b), text=word, type="place", lemma=word,
                              key=m.key if m is not None else None, gazetteer_id=region.id, canonical=region.name)
            elif lang == "en" and m is not None and (p := gaz.place(m.gazetteer_id or "")) is not None and p.kind == "city":
                name = f"{word} {head.lower()}"
                new = Mention(doc=doc.id, span=(a, b), text=word, type="place", lemma=name, key=m.key, canonical=name)
            else:
                new = None
            if new is not None:
                if k is not None:
                    out[k] = new
                else:
                    out.append(new)
            if len(items) >= 3:
                listed.add(new.span if new is not None else (m.span if m is not None else (a, b)))
    for k, m in enumerate(out):  # "Iloilo province": the province, not its capital city
        if lang != "en" or m.type != "place" or not m.gazetteer_id or not _PROVINCE_AFTER.match(text, m.span[1]):
            continue
        if (p := gaz.place(m.gazetteer_id)) is not None and p.kind == "city":
            region = region_of(m.text, m)
            name = region.name if region is not None else f"{m.text} province"
            out[k] = Mention(doc=doc.id, span=m.span, text=m.text, type="place", lemma=name, key=m.key,
                             gazetteer_id=region.id if region is not None else None, canonical=name)
    out.sort(key=lambda m: m.span[0])
    return out, frozenset(listed)


def _with_adjective_towns(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions plus a place mention for each town the document names only by its adjective
    before a scene noun («пожар в тюменском торговом центре», «в Томском политехническом
    колледже»: `adjective_towns`), when no place mention of the document is a town: a report that
    names its town only so has no other."""
    found = adjective_towns(doc.text, doc.lang or "")
    if not found:
        return mentions
    try:
        from ..gazetteer import default_gazetteer

        gaz = default_gazetteer()
        if any(m.type == "place" and m.gazetteer_id and (p := gaz.place(m.gazetteer_id)) is not None and p.kind == "city"
               for m in mentions):
            return mentions
    except Exception:  # noqa: BLE001 - the gazetteer only refines the choice
        return mentions
    from .._entity_link import _ascii_name

    taken = [m.span for m in mentions if m.type == "place"]
    add = [Mention(doc=doc.id, span=(a, b), text=doc.text[a:b], type="place", lemma=doc.text[a:b],
                   gazetteer_id=place.id, canonical=_ascii_name(place.name))
           for a, b, place in found if not any(s < b and a < e for s, e in taken)]
    return list(mentions) + add


def _month_in_date(m: Mention, timexes: list[TimeExpr]) -> bool:
    """A place mention that is a month's name or abbreviation inside a date ("28 Nov", "3 Mar 2022"):
    the date's month, not a town of that name."""
    if " " in m.text.strip() or not _month_name(m.text.strip(".")):
        return False  # (most places: no month's name)
    return any(t.span[0] <= m.span[0] and m.span[1] <= t.span[1] for t in timexes)


_TOWN_AFTER = ("қала", "city", "town", "город", "міст", "місто")


def _month_word(m: Mention, doc: Document) -> bool:
    """A month's name with a case ending, outside a date («Қазанда» "in October", «в Мае»): the month,
    not a town of that name; a bare Kazakh name (Қазан) or one before a town word («Қазан қаласында»)
    stays a place."""
    word = m.text.strip()
    if " " in word or not _month_name(word.strip(".")):
        return False
    text = doc.text
    nxt = _WORDS.match(text, m.span[1] + 1) if text[m.span[1] : m.span[1] + 1] == " " else None
    if nxt is not None and nxt.group().lower().startswith(_TOWN_AFTER):
        return False
    from ..time.lexicon import _norm, lexicon

    lex = lexicon()
    key = _norm(word.strip("."))
    bare = key in lex.months or key in lex.month_stems or word in lex.months_cased or word.capitalize() in lex.months_cased
    return not bare or (doc.lang_at(m.span[0]) or doc.lang) != "kk"


@functools.lru_cache(maxsize=65536)
def _month_name(word: str) -> bool:
    """Is ``word`` a month's name or abbreviation (`Lexicon.month_of`; once per distinct place text:
    the lookup tries each month stem in turn)?"""
    from ..time.lexicon import lexicon

    return lexicon().month_of(word) is not None


def _as_town(m: Mention, town: str) -> Mention:
    """A stand-in mention of the town a landmark lies in (counted for the document's place)."""
    return Mention(doc=m.doc, span=m.span, text=m.text, type="place", lemma=town, canonical=town)


@functools.cache
def _near_words() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """``entity_place_near`` of every claim language: phrases before a place (" near", " под"),
    words after it (маңындағы), and stems of hospital words before (больниц) or after (аурухана) it."""
    rows: dict[str, set[str]] = {"before": set(), "after": set(), "treated": set(), "treated_after": set()}
    for lang in ("en", "ru", "uk", "kk"):
        for row in langdata.load_table(lang, "entity_place_near"):
            if len(row) >= 2 and row[1] in ("listener", "venue", "venue_after", "seized"):
                continue
            kind = row[1] if len(row) >= 2 and row[1] in rows else "before"
            rows[kind].add((" " if kind == "before" else "") + row[0].lower())
    return (tuple(sorted(rows["before"])), frozenset(rows["after"]), tuple(sorted(rows["treated"])),
            tuple(sorted(rows["treated_after"])))


@functools.cache
def _seized_words() -> tuple[str, ...]:
    """``entity_place_near`` rows ``seized``: stems of words that make a hospital the event's scene,
    not where victims are treated ("захоплення лікарні в Будьонновську", "the hospital siege in X")."""
    return tuple(sorted({row[0].lower() for lang in ("en", "ru", "uk", "kk")
                         for row in langdata.load_table(lang, "entity_place_near") if len(row) >= 2 and row[1] == "seized"}))


def _top(names: Iterable[str]) -> str:
    """``Counter(names).most_common(1)[0][0]`` (the first of the most frequent), without a Counter."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return max(counts.items(), key=_COUNT)[0]


_COUNT = itemgetter(1)


@functools.cache
def _region_anaphor_re(lang: str | None) -> re.Pattern[str] | None:
    """One pattern for all the phrases naming the document's region by its kind (``place_region_anaphors``
    of ``lang``), each matched as whole words, the longest at a place first (None: none)."""
    words = (" ".join(_WORDS.findall(w.lower())) for w in langdata.load_list(lang, "place_region_anaphors"))
    phrases = sorted({p for p in words if p}, key=lambda p: (-len(p), p))
    alts = [r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases]
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(alts) + r")(?![^\W\d_])") if alts else None


@functools.cache
def _minor_landmarks() -> frozenset[str]:
    """Concepts of landmarks that are buildings, streets or squares (``minor_landmarks``)."""
    return frozenset(w.lower() for w in langdata.load_list(None, "minor_landmarks"))


@functools.cache
def _conjunctions() -> frozenset[str]:
    """Words that join the items of a list (``entity_conjunctions``), lower-cased."""
    return frozenset(w.lower() for w in langdata.load_list(None, "entity_conjunctions"))


@functools.cache
def _moved_stems(lang: str | None) -> tuple[str, ...]:
    """``place_moved_to`` of ``lang`` (stems of verbs that move people: перевез, evacuat; a Kazakh
    stem "эвакуац" is no Russian verb: «эвакуационные пункты в X» is where they were shelled)."""
    return tuple(sorted({w.lower() for w in langdata.load_list(lang, "place_moved_to")})) if lang in ("en", "ru", "uk", "kk") else ()


@functools.cache
def _treated_finders() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One search each for "holds a hospital stem of ``treated``" and "of ``treated_after``" (a
    word can start with a stem only where the text holds it)."""
    _, _, before, after = _near_words()
    from ..time.lexicon import alternation  # (here: the time stage is optional for this module)

    return tuple(re.compile(alternation(stems)) for stems in (before, after))  # (a trie: `alternation`)


_ORIGIN_NOUN = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,6}) ([^\W\d_A-ZА-ЯЁІЇЄҐ]+) $")  # "из сел ", "from villages "
_SIDE_KM = 400
_KK_AND = re.compile(r" (?:мен|пен|бен|және) ([^\W\d_]+(?:-[^\W\d_]+)*)")
_REPORT_VERBS = ("report", "sent", "cabled", "доповіл", "доповів", "повідомил", "надіслал", "рапорт")
_LOCATIVE_PREPS = frozenset(("in", "at", "в", "во", "у"))  # a place inside the destination named before it
_ORIGIN_PREPS = frozenset(("из", "изо", "с", "со", "з", "із", "зі", "від", "from", "the"))
# what may stand between a town and the region that qualifies it: a comma, a bracket, a preposition
# "Ruritania's northern city kills 6": a country's town the phrase does not name (no "of X" after the noun)
_UNNAMED_TOWN = re.compile(r"['’]s\s+(?:[A-Za-z-]+\s+){0,2}(?:city|town|village|settlement|port|capital)\b(?!\s+of\s)")
_QUALIFIER_GAP = re.compile(r"[\s,(»”'\x22]*(?:(?:на|в|у|в|in|of)\s+(?:the\s+)?)?|\s+|['’]s\s+")
# "Kazakhstan's northern town of X", "Ukraine's southern port city of X": the town the country qualifies
_OF_TOWN_GAP = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|settlement|region|province|district|port|capital)"
                          r"\s+of\s+(?:the\s+)?")


def _table_top(text: str, ls: int) -> int:
    """The start of the first line of the table (lines holding a tab or "|") whose line starts at
    ``ls``: up at most 40 rows; ``ls`` itself when the line above is no table line."""
    head = ls
    for _ in range(40):
        prev = text.rfind("\n", 0, max(0, head - 1)) + 1
        if head == 0 or not any(c in text[prev : head - 1] for c in "\t|"):
            break
        head = prev
    return head


@functools.cache
def _settlement_heads() -> frozenset[str]:
    """``place_column_heads`` of every claim language (settlement, село, елді мекен), case-folded."""
    return frozenset(w.casefold() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_column_heads"))


_ROUTE_DASH = re.compile(r"[ \t]*[–—-][ \t]*")
# a road named by three towns or more ("the Dorn – Lakeport – Zelenport highway", «Доссор – Құлсары – Бейнеу»):
# none of them is the scene
_ROUTE_CHAIN = re.compile(r"(?<![^\W\d_])[^\W\d_a-zа-яёіїєґәғқңөұүһ]\w*(?:[ \t]+[–—-][ \t]+[^\W\d_a-zа-яёіїєґәғқңөұүһ]\w*){2,}")
_NAME_PREFIX_GAP = re.compile(r"(?<=\w)[ \t]+[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ]{0,2}\.?[ \t]*$")  # "and St ", "и Ст. "


@functools.cache
def _former_union(code: str) -> frozenset[str]:
    """Today's country codes of a former union's parts (``place_former_unions``: SU -> RU, UA, KZ ...)."""
    return frozenset(c for row in langdata.load_table(None, "place_former_unions") if row and row[0] == code
                     for c in " ".join(row[1:]).split())


@functools.cache
def _between_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """``place_route_between`` of every claim language: "between" words before the first place
    (``before``), the conjunctions between the two (``and``), words after the second (``after``: Kazakh
    «арасында»)."""
    rows: dict[str, set[str]] = {"before": set(), "and": set(), "after": set()}
    for lang in ("en", "ru", "uk", "kk"):
        for row in langdata.load_table(lang, "place_route_between"):
            if len(row) >= 2 and row[1] in rows:
                rows[row[1]].add(row[0].lower())
    return frozenset(rows["before"]), frozenset(rows["and"]), tuple(sorted(rows["after"]))


@functools.cache
def _departure_words() -> tuple[str, ...]:
    """``place_departure_words`` of every claim language: stems of setting out (sailing, вылетевш, ұшқан)."""
    return tuple(sorted({w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_departure_words")}))


@functools.cache
def _heading_words() -> tuple[str, ...]:
    """``place_heading_words`` of every claim language: stems of travelling towards a destination
    (heading, bound, следовавш, прямував)."""
    return tuple(sorted({w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_heading_words")}))


@functools.cache
def _road_words() -> tuple[str, ...]:
    """``place_road_words`` of every claim language: stems of the nouns of a road between two places."""
    return tuple(w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_road_words"))


@functools.cache
def _route_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """``place_route_to`` of every claim language: words between a journey's origin and its
    destination ("to", «в», «до»), and Kazakh dative endings ("-ға")."""
    rows = [w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_route_to")]
    return frozenset(w for w in rows if not w.startswith("-")), tuple(w[1:] for w in rows if w.startswith("-"))


@functools.cache
def _total_rows() -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """``row_totals`` of every claim language (total, всего, усього, барлығы, итог*: the words of a
    table row that sums up; the attribution stage's list too), case-folded: the phrases as words,
    and the one-word entries (a "*" entry is a stem)."""
    rows = {tuple(_WORDS.findall(w.casefold())) + (("*",) if w.endswith("*") else ())
            for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "row_totals")}
    rows.discard(())
    return tuple(sorted(rows)), tuple(sorted(r[0] + ("*" if r[-1:] == ("*",) else "") for r in rows
                                                 if len(r) == 1 or (len(r) == 2 and r[1] == "*")))


def _total_row(label: str) -> bool:
    """Is a table row's first cell a total row's ("Total", «Всего по области», «Итоговые», "Grand
    total", «Барлығы облыс бойынша»): a ``row_totals`` phrase, or a cell that opens with a one-word
    entry? Such a row sums the rows above and names no place of its own."""
    words = _WORDS.findall(label.casefold())
    if not words:
        return False
    phrases, ones = _total_rows()

    def fits(w: str, e: str) -> bool:
        return w.startswith(e[:-1]) if e.endswith("*") else w == e

    if any(fits(words[0], e) for e in ones):
        return True
    for r in phrases:
        stem = r[-1:] == ("*",)
        r = r[:-1] if stem else r
        if len(r) == len(words) and all(w == e for w, e in zip(words[:-1], r[:-1], strict=True)) \
                and (words[-1].startswith(r[-1]) if stem else words[-1] == r[-1]):
            return True
    return False


def _label_name(cell: str, lang: str | None) -> str:
    """A village a table row names and the gazetteer lacks, as an English name: without its
    settlement-type abbreviation, in Latin letters ("с. Миротське" -> "Myrotske", «Заречье» ->
    "Zarech'e"); a Latin label stays as written."""
    words = [w for w in cell.split() if not (w.endswith(".") or (w.islower() and len(w) <= 3))]
    name = " ".join(words) or cell
    if not re.search(r"[^\W\d_]", name) or name.isascii():
        return name
    from ..translit import latin, latin_uk
    return latin_uk(name) if lang == "uk" else latin(name)


def _name_like(cell: str) -> bool:
    """Does a table cell read as a place's name: its words capitalized ("Myrotske", "Nova Basan",
    "Rostov-on-Don"), not a description ("Town police station", "Streets and cafes")?"""
    # (a settlement-type abbreviation or a short joining word does not count: "с. Заріччя", "смт
    # Донське", "Rostov on Don")
    words = [w for w in cell.split() if not (w.endswith(".") or (w.islower() and len(w) <= 3))]
    return bool(words) and len(words) <= 4 and all(w[:1].isupper() for w in words)


@functools.cache
def _quarter_words() -> frozenset[str]:
    """``place_quarter_words`` of every claim language (микрорайон, microdistrict), lower-cased."""
    return frozenset(w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_quarter_words"))


@functools.cache
def _remit_words() -> tuple[str, ...]:
    """``place_remit_words`` of every claim language (stems of organisation words), lower-cased."""
    return tuple(sorted({w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_remit_words")}))


@functools.cache
def _remit_sets() -> tuple[frozenset[str], tuple[str, ...]]:
    """`_remit_words` as a set (whole words) and the stems among them (four letters or more, no "=")."""
    words = _remit_words()
    return frozenset(words), tuple(s for s in words if len(s) >= 4 and not s.endswith("="))


@functools.cache
def _all_locative_preps() -> frozenset[str]:
    """``locative_preps`` of every claim language ("in", "в", "у")."""
    return frozenset(w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "locative_preps"))


@functools.cache
def _town_abbrevs() -> frozenset[str]:
    """``place_town_abbrevs`` of every claim language ("м.", "г."), case-folded: a town's abbreviation
    in a per-place list's label ("Зарічанська обл. (м. Велмор): ...")."""
    return frozenset(w.casefold() for lang in ("ru", "uk") for w in langdata.load_list(lang, "place_town_abbrevs"))


@functools.cache
def _border_stems() -> tuple[str, ...]:
    """``place_border_words`` of every claim language: stems of the word "border" at a word's start
    («границ», «кордон», «шекара»); an entry ending in "=" is a whole word ("border=": not "bordering")."""
    return tuple(sorted({w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_border_words")}))


@functools.cache
def _fight_stems() -> tuple[str, ...]:
    """``place_fight_words`` of every claim language: stems of fighting words at a word's start
    ("clash", «бо», «зіткнен», «қақтығыс»): a border page's lead tells of fighting (`_border`)."""
    return tuple(sorted({w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_fight_words")}))


def _border_word_at(w: str) -> bool:
    """Is the word ``w`` (lower case) one of ``place_border_words``?"""
    whole, starts = _border_forms()
    return w in whole or w.startswith(starts)


@functools.cache
def _border_forms() -> tuple[frozenset[str], tuple[str, ...]]:
    """`_border_stems` split once: the whole words (an entry ending in "=", without it) and the stems."""
    stems = _border_stems()
    return frozenset(e[:-1] for e in stems if e.endswith("=")), tuple(e for e in stems if not e.endswith("="))


@functools.cache
def _zone_preps() -> frozenset[str]:
    """``place_zone_preps`` of every claim language: a preposition between a clock time and a town that
    names the time zone ("о 6:30 за Велмором", «в 15:00 по Велмору»), not a place of the event."""
    return frozenset(w.lower() for lang in ("ru", "uk") for w in langdata.load_list(lang, "place_zone_preps"))


def _after_own_prep(text: str, start: int) -> bool:
    """Does a locative preposition (``place_own_preps``) come right before ``start`` ("in Dorn")?"""
    words = text[max(0, start - 8) : start].split()
    return bool(words) and text[start - 1 : start].isspace() and words[-1].lower() in _own_preps()


@functools.cache
def _own_preps() -> frozenset[str]:
    """``place_own_preps`` of every claim language: prepositions that put a figure at the place right
    after it ("316 in Velmor", «5 человек в Велморе»)."""
    return frozenset(w.lower() for lang in ("en", "ru", "uk") for w in langdata.load_list(lang, "place_own_preps"))


def _org_word(w: str) -> bool:
    """An organisation word of ``place_remit_words`` (an entry ending in "=" matches the whole word only)."""
    w = w.lower()
    words, stems = _remit_sets()
    return w in words or w + "=" in words or w.startswith(stems)


@functools.cache
def _people_of_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``place_people_of`` of every claim language: words before a place (stems, or two words:
    "citizens of"), and words after it (a "+" marks them: Kazakh «азаматтары»)."""
    rows = [w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_people_of")]
    return tuple(w for w in rows if not w.startswith("+")), tuple(w[1:] for w in rows if w.startswith("+"))


@functools.cache
def _area_words() -> tuple[str, ...]:
    """``place_area_words`` of every claim language (stems: област, region, облыс)."""
    return tuple(sorted({w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_area_words")}))


@functools.cache
def _part_gaps() -> frozenset[str]:
    """``place_part_gaps``: the words between a district and its town, lower-cased ("" always)."""
    return frozenset(langdata.load_list(None, "place_part_gaps")) | {""}


@functools.cache
def _district_words() -> tuple[str, ...]:
    """``place_district_words`` of every claim language (stems: район, district, аудан)."""
    return tuple(sorted({w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "place_district_words")}))


_DISTRICT_KM = 8.0  # a town this close to the document's bigger town is one of its districts
_REGION_KM = 400.0  # a town this close to a region's seat may lie in the region (`_town_in`)
_TOWN_POP = 10000  # a region's one town named once this big is the scene, a smaller one may be a rumour's village
_FRAME_KM = 150.0  # another town this close to a framed place may share its area
_DISTRICT_POP = 50000  # a "town" this big named as a district is a city's district, not a rural one


def _number(s: str) -> float:
    """A figure written with digits ("12", "1,5": a decimal comma), as a number."""
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return 0.0


def _km(a, b) -> float:
    """Great-circle distance of two gazetteer places in km (infinite when a coordinate is missing)."""
    if a is None or b is None or a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return float("inf")
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


@functools.cache
def _venue_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``entity_place_near`` rows of kind ``venue`` (stems of meeting words before a place: саміті в
    X, summit in X) and ``venue_after`` (Kazakh: Гранададағы саммитте)."""
    rows: dict[str, set[str]] = {"venue": set(), "venue_after": set()}
    for lang in ("en", "ru", "uk", "kk"):
        for row in langdata.load_table(lang, "entity_place_near"):
            if len(row) >= 2 and row[1] in rows:
                rows[row[1]].add(row[0].lower())
    return tuple(sorted(rows["venue"])), tuple(sorted(rows["venue_after"]))


@functools.cache
def _venue_finder() -> re.Pattern[str]:
    """One search for "the text holds a word of `_venue_words`" (before or after a place)."""
    before, after = _venue_words()
    from ..time.lexicon import alternation  # (here: the time stage is optional for this module)

    return re.compile(alternation(before + after))  # (a trie: one character test per level, not one per word)


@functools.cache
def _origin_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """``entity_place_origin`` of every claim language: words before a place, and endings (``-дан``)."""
    rows = [w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "entity_place_origin")]
    return frozenset(w for w in rows if not w.startswith("-")), tuple(w[1:] for w in rows if w.startswith("-"))


@functools.cache
def _kk_origin_nouns() -> tuple[str, ...]:
    """``place_origin_nouns`` (kk): place nouns whose ablative makes the name before them an origin."""
    return tuple(w.lower() for w in langdata.load_list("kk", "place_origin_nouns"))


@functools.cache
def _town_nouns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Settlement nouns of every claim language (``place_scene_words`` rows town_before, town_after):
    those written before a town's name, the stems of those written after it."""
    before, after = set(), set()
    for lang in ("en", "ru", "uk", "kk"):
        for row in langdata.load_table(lang, "place_scene_words"):
            if len(row) >= 2 and row[1] in ("town_before", "town_after"):
                (before if row[1] == "town_before" else after).add(re.escape(row[0].lower().rstrip("*")))
    alt = lambda ws: "|".join(sorted(ws, key=len, reverse=True))  # noqa: E731
    return (re.compile(rf"(?<![^\W\d_])(?:{alt(before)})[ \u00a0]+$", re.IGNORECASE),
            re.compile(rf"[ \u00a0]+(?:{alt(after)})", re.IGNORECASE))


@functools.cache
def _wave_words(lang: str | None) -> tuple[str, ...]:
    """``place_wave_words``: stems of a wave of protests or unrest (the page's figures are the country's)."""
    return tuple(w.lower() for w in langdata.load_list(lang, "place_wave_words"))


@functools.cache
def _country_measures() -> frozenset[str]:
    """``place_country_measures``: measures a country counts as a whole (detained, arrested, ...)."""
    return frozenset(langdata.load_list(None, "place_country_measures"))


@functools.cache
def _stamp_labels() -> frozenset[str]:
    """``time_dateline_labels`` of every claim language ("date", «дата», «күні»), case-folded: the label
    of a page's date stamp at the start of its first line."""
    return frozenset(w.casefold() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "time_dateline_labels"))


@functools.cache
def _kk_headings() -> tuple[str, ...]:
    """``place_route_heading`` (kk): stems of a heading word after a journey's end («бағытында»)."""
    return tuple(w.lower() for w in langdata.load_list("kk", "place_route_heading"))


@functools.cache
def _listeners() -> frozenset[str]:
    """``entity_place_near`` rows of kind ``listener`` ("reporters", "журналистам")."""
    return frozenset(row[0].lower() for lang in ("en", "ru", "uk", "kk")
                     for row in langdata.load_table(lang, "entity_place_near") if len(row) >= 2 and row[1] == "listener")


@functools.cache
def _source_phrases() -> tuple[str, ...]:
    """"по данным", "за даними", "according to": ``attribution.txt`` rows of kind pre/cite, each as
    " phrase" (a place right after one is the source, not the event's place)."""
    out = set()
    for lang in ("en", "ru", "uk", "kk"):
        for row in langdata.load_table(lang, "attribution"):
            if len(row) >= 2 and row[1] in ("pre", "cite") and not row[0].endswith("*"):
                out.add(" " + " ".join(_NONWORD.sub(" ", row[0].lower()).split()))
    return tuple(sorted(out))


@functools.cache
def _fronted_preps() -> frozenset[str]:
    """``locative_preps`` of every claim language, case-folded ("in", «в», «у»)."""
    return frozenset(w.lower() for lang in ("en", "ru", "uk", "kk") for w in langdata.load_list(lang, "locative_preps"))


@functools.cache
def _speech_verbs() -> tuple[frozenset[str], dict[str, tuple[str, ...]], frozenset[str]]:
    """One-word speech verbs of every claim language (``attribution.txt`` rows of kind ``verb``):
    exact words and stems (by their first three letters); and the locative prepositions."""
    exact, stems, preps = set(), {}, set()
    for lang in ("en", "ru", "uk", "kk"):
        preps.update(w.lower() for w in langdata.load_list(lang, "locative_preps"))
        preps.update(("at", "from", "of", "near", "із", "з", "из", "под", "під", "около", "біля"))
        for row in langdata.load_table(lang, "attribution"):
            if len(row) >= 2 and row[1] == "verb" and " " not in row[0]:
                w = row[0].lower()
                if w.endswith("*"):
                    stems.setdefault(w[:3], []).append(w[:-1])
                else:
                    exact.add(w)
    return frozenset(exact), {k: tuple(v) for k, v in stems.items()}, frozenset(preps)
