"""The thirty-fifth development set (tests/data/devset35/), written unseen by the extractors' authors:
real events (the Ulyanovskaya mine explosion of 2007, the Kazan school shooting of 2021, the Buynaksk
apartment bombing of 1999, the Dacha-Suu Boeing 747 crash of 2017, the Lenin mine explosion at
Shakhtinsk in 2006), gold well-formed (see _devset_checks, which reads inside its container files:
RSS 2.0, a MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is
stored in koi8-r. No score threshold: `bench/eval_devset.py --set devset35` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset35"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"ulyanovskaya_report_ru.txt": "koi8-r"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset35", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d35",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "company", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("dachasu_export_ru.xml", "47220"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset35.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name, LEGACY)


def test_atom_entry_holds_wikitext_escaped_twice_and_txt_files_hold_other_formats():
    raw = (DOCS / "ulyanovskaya_wiki_uk.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Картка" in raw
    assert (DOCS / "kazan_wikinews_uk.txt").read_text(encoding="utf-8").startswith("{{Дата|")
    assert "<table>" in (DOCS / "buynaksk_page_uk.txt").read_text(encoding="utf-8")


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Бішкектегі", "Қырғызстанда", "Шахтинскідегі", "Қарағанды облысындағы", "министрлігінің",
                 "департаменті бастығының", "облысының прокуратурасы"):
        assert form in kk, form


def test_rescued_evacuated_money_and_boilerplate_are_not_counted():
    """Miners brought out alive, pupils evacuated, people underground, residents, families rehoused,
    money, articles, shots fired and the other news of "Читайте также" are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("вывести 93 горняка", "93 persons", "| врятовані = 93", "около 700 человек", "понад 700 учнів",
             "не меньше 30 выстрелов", "<tr><td>Families rehoused</td><td>43</td>", "300-ден астам адамды эвакуацияладық",
             "400-ге жуық адам", "3000-ға жуық адам", "эвакуированы 120 человек", "загинули троє", "Астанада 12 көлік",
             "Floods in Tajikistan leave 12 dead", "статье 216", "30 арнайы техника", "<tr><td>Зруйновано під'їздів</td><td>2</td>")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_range_vague_table_and_denials_are_annotated():
    """A range is [lo, hi]; "dozens"/"ондаған"/"сотнях" are vague; table cells and rows are claims; a figure
    called false has an unconfirmed row and a denied row, one "not confirmed" only the unconfirmed one."""
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("dachasu_news_kk.txt", "40-тан 50-ге дейін адам қаза тапты", "killed", None)] == [40, 50]
    assert values[("dachasu_news_kk.txt", "ондаған үйдің зақымданғанын", "buildings_damaged", None)] is None
    assert values[("buynaksk_articles_en.jsonl#by1", "dozens dead", "killed", None)] is None
    assert values[("kazan_timeline_ru.md", "| Рустам Минниханов | 11.05, 10:40 | 8 | 7 | 21 |", "killed", "children")] == 7
    assert values[("buynaksk_page_uk.txt", "<tr><td>з них діти</td><td>23</td><td>МНС Росії</td></tr>", "killed", "children")] == 23
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["lenin_statement_kk.txt"].count("denied") == 1
    assert mods["dachasu_press_en.html"].count("denied") == 1
    assert "denied" not in mods["ulyanovskaya_mtblog_en.txt"] and "unconfirmed" in mods["ulyanovskaya_mtblog_en.txt"]
    assert "denied" not in mods["kazan_feed_en.rss#kzn-2"] and "unconfirmed" in mods["kazan_feed_en.rss#kzn-2"]
