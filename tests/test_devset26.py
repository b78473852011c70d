"""The twenty-sixth development set (tests/data/devset26/), written unseen by the extractors' authors:
real events (Black January in Baku, 1990; the Dushanbe riots of February 1990; the Guryanov Street
bombing in Moscow, 1999; the missile strike on Serhiivka, 2022; the destruction of the Kakhovka dam,
2023), gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a
MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in
cp1251. No score threshold: `bench/eval_devset.py --set devset26` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset26"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"guryanov_report_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset26", all_formats=True, docs_range=(13, 15), claims_range=(120, 260), id_prefix="d26",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "company", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("serhiivka_export_uk.xml", "94217"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset26.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "guryanov_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Бакуде", "Бакуге", "Бакудегі", "Душанбеде", "Душанбеден", "Алешкидің", "Херсон облысының",
                 "министрлігінің", "прокуратурасының", "комиссиясының"):
        assert form in kk, form


def test_evacuees_rescued_equipment_and_settlements_are_not_counted():
    """People evacuated, rescued alive or resettled, rescue vehicles, missiles, explosives, flooded
    settlements, identified crew members, funeral crowds, emigrants, distances and populations are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("3600-ден астам адамның эвакуацияланғанын", "3,700 people were evacuated", "612 people and 260 pets",
             "<tr><td>Evacuated</td><td>3,700</td><td>7,000</td>", "около 7000 эвакуированных",
             "Живыми из-под завалов удалось извлечь 13 человек", "6 автокранов", "300–400 кг", "120 квартир",
             "евакуювали з пошкоджених будинків 45 мешканців", "витягли 6 людей", "30 одиниць техніки",
             "46 елді мекен", "<tr><td>Flooded settlements</td><td>37</td><td>about 30</td>",
             "встановили 4 членів екіпажів", "от 40 до 60 тысяч", "сотни тысяч человек", "Ще п'ятеро фігурантів",
             "1,7 миллионнан", "2500 km", "39 армянских семей", "41,000 food parcels")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_range_vague_table_and_denials_are_annotated():
    """A range is [lo, hi]; "жүздеген"/"десятки"/"hundreds" are vague; table cells and rows are claims; a
    figure called false has an unconfirmed row and a denied row, one "not confirmed" only the unconfirmed one."""
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("baku_feed_en.rss#bj-2", "documented between 122 and 150 civilian deaths", "killed", None)] == [122, 150]
    assert values[("baku_timeline_ru.md", "от 11 до 26 тысяч", "deployed", None)] == [11000, 26000]
    assert values[("baku_news_kk.txt", "көшелерде жүздеген адам жараланған", "injured", None)] is None
    assert values[("baku_timeline_ru.md", "| Военная комендатура (ТАСС) | 20.01 | 83 | 14 | — | 46 |", "killed", "soldiers")] == 14
    row = "<tr><td>Dead</td><td>32</td><td>59</td><td>Ministry of Internal Affairs of Ukraine / occupation administration</td></tr>"
    assert {c["place"]: c["value"] for c in CLAIMS if c["anchor"] == row} == {"Kherson region (right bank)": 32,
                                                                             "Kherson region (left bank)": 59}
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["serhiivka_statement_uk.txt"].count("denied") == 1
    assert "denied" not in mods["baku_news_kk.txt"] and "unconfirmed" in mods["baku_news_kk.txt"]
    low = [c for c in CLAIMS if c["anchor"].startswith("We consider the figure of 59")]
    assert [c["modality"] for c in low] == ["asserted"]  # "far too low" is no denial
