"""The nineteenth development set (tests/data/devset19/), written unseen by the extractors' authors:
real events (the Arkankergen border-post killings in Kazakhstan of 2012, the Mukachevo shootout of
2015, the Manezhnaya Square riot in Moscow of 2010, the Kamarob gorge ambush in Tajikistan of 2010, the
dispersal of the Tbilisi opposition rally of 7 November 2007), gold well-formed (see _devset_checks,
which reads inside its container files: RSS 2.0, a MediaWiki XML export, JSON Lines and Atom, as
``FILE#PART``). One plain-text document is stored in cp1251. No score threshold:
`bench/eval_devset.py --set devset19` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset19"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"arkan_border_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset19", all_formats=True, docs_range=(12, 16), claims_range=(140, 260), id_prefix="d19",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "unknown", "author"},
                      timeline_range=(40, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("manezh_export_ru.xml", "40511"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset19.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "mukach_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    assert "Мәскеудегі" in kk and "Тәжікстанда" in kk and "Алматы облысының" in kk and "шатқалында" in kk


def test_attackers_durations_and_people_aboard_are_not_counted():
    """The size of an attacking group, a custody term, soldiers in a convoy and population are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    assert "понад 20 бійців" in text and "около 20 человек" in text and "2 айға" in text and "70-ке жуық" in text
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in ("понад 20 бійців", "около 20 человек", "2 айға", "70-ке жуық", "40 мыңға", "11 million"):
        assert word not in anchors, word


def test_zero_range_and_table_values_are_annotated():
    """'We found no deaths' and «загиблих немає» are the value 0; ranges are [lo, hi]; table cells are claims."""
    values = {(c["doc"], c["anchor"]): c["value"] for c in CLAIMS}
    assert values[("tbilisi_press_en.html", "We found no deaths")] == 0
    assert values[("tbilisi_report_uk.txt", "«загиблих немає»")] == 0
    assert values[("kamarob_articles_ru.jsonl#km1", "погибших может быть от 28 до 40")] == [28, 40]
    assert values[("tbilisi_press_en.html", "<td>560</td><td>35</td>")] == 35
