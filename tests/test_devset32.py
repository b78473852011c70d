"""The thirty-second development set (tests/data/devset32/), written unseen by the extractors' authors:
real events (the sinking of the Kursk in 2000, the Tushino festival bombings of 2003, the Volgodonsk
apartment bombing of 1999, the Kostenko mine fire of 2023, the Arys depot explosions of 2019), gold
well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a MediaWiki XML
export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in cp1251; two `.txt`
documents hold another format (wikitext, an RSS feed) and are read as plain text. No score threshold:
`bench/eval_devset.py --set devset32` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset32"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"tushino_report_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset32", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d32",
                      source_types={"official", "media", "eyewitness", "activist", "social_media", "company",
                                    "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("tushino_export_uk.xml", "40517"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset32.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name, LEGACY)


def test_atom_entry_holds_wikitext_escaped_twice_and_txt_files_hold_other_formats():
    raw = (DOCS / "kursk_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw
    assert (DOCS / "kursk_page_uk.txt").read_text(encoding="utf-8").startswith("{{Картка")
    assert "<rss version=\"2.0\">" in (DOCS / "kostenko_feed_kk.txt").read_text(encoding="utf-8")


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Қарағанды облысындағы", "Қарағандыдағы", "Арыстағы", "Арыстан", "Шымкентке", "Түркістан облысының",
                 "министрлігінің", "әкімдігінің", "прокуратураның", "комиссияның"):
        assert form in kk, form


def test_boilerplate_and_non_claims_are_not_annotated():
    """Other news in "Читайте также"/"Сондай-ақ оқыңыз"/"Read more", people aboard or underground, evacuees,
    survivors in the ninth compartment, money, distances, articles and view counters are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("пострадали 4 человека", "столкнулись 12 машин", "30 адам эвакуацияланды", "7 адам жараланды",
             "41 degrees, 3 fires", "нас здесь 23 человека", "жер астында 252 адам болған", "206-сы",
             "44 мыңға жуық тұрғын", "около 44 тысяч человек", "около 1200 человек", "около 30 кораблей",
             "около 600 человек", "статье 205", "100 тысяч рублей", "286 миллион доллар", "Просмотров: 18 204",
             "100-ден астам адам қаза тапқан", "at least 200 households", "потерпевшими признаны 124",
             "40 бригад скорой помощи", "we would be counting hundreds")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_range_vague_table_and_denials_are_annotated():
    """A range is [lo, hi]; «десятки»/"ондаған"/"dozens" are vague; table rows are claims (one per cell);
    a figure called false has an unconfirmed row and a denied row, one "not confirmed" only the unconfirmed one."""
    values = {(c["doc"], c["anchor"], c["measure"], c["source_type"]): c["value"] for c in CLAIMS}
    assert values[("tushino_export_uk.xml#40517", "від 50 до 60 осіб", "injured", "official")] == [50, 60]
    assert values[("tushino_report_ru.txt", "от 30 до 40 тысяч зрителей", "participants", "company")] == [30000, 40000]
    assert values[("arys_news_kk.txt", "«ондаған адам қаза тапты»", "killed", "social_media")] is None
    row = "<tr><td>Houses damaged</td><td>4,125</td><td>4,000+</td></tr>"
    assert values[("arys_press_en.html", row, "buildings_damaged", "author")] == 4125
    assert values[("arys_press_en.html", row, "buildings_damaged", "official")] == 4000
    assert values[("kursk_timeline_ru.md", "| Указ президента | 01.12.2001 | — | — | 14 |", "dismissed", "official")] == 14
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["arys_statement_ru.txt"].count("denied") == 1
    assert "denied" not in mods["kostenko_feed_kk.txt"] and "unconfirmed" in mods["kostenko_feed_kk.txt"]
    assert "denied" not in mods["volgodonsk_wiki_uk.wiki"] and "unconfirmed" in mods["volgodonsk_wiki_uk.wiki"]
