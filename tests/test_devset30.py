"""The thirtieth development set (tests/data/devset30/), written unseen by the extractors' authors:
real events (the Su-34 crash in Yeysk of 2022, the Armenian parliament shooting of 1999, the Baku metro
fire of 1995, the Charkhi Dadri mid-air collision of 1996, the Raspadskaya mine explosions of 2010),
gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a MediaWiki XML
export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in cp1251. No score
threshold: `bench/eval_devset.py --set devset30` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset30"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"bakumetro_report_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset30", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d30",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "company", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("armparl_export_uk.xml", "60417"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset30.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name, LEGACY)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "armparl_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Бакудегі", "Бакуде", "Үндістандағы", "Шымкенттен", "Делиден", "Делидегі",
                 "комиссиясының", "министрлігінің", "компаниясының"):
        assert form in kk, form


def test_hostages_aboard_rescued_and_evacuated_are_not_counted():
    """Hostages, people on board, survivors found or rescued alive, evacuated residents and passengers,
    units and equipment, money, articles, distances and populations are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("около 50 заложников", "| заручники = близько 50", "some 40 deputies and staff hostage",
             "Сауд ұшағында 312 адам болған", "перебували 312 людей", "мав на борту 37 людей", "спершу називало 39",
             "| тірі қалғандар = 0", "«4 жолаушы тірі табылды»", "около 500 жильцов", "Some 500 residents were evacuated",
             "евакуювали близько 500 мешканців", "около 1500 пассажиров", "about 1500 passengers alive",
             "290 человек", "18 отделений горноспасателей", "25 fire engines", "все 107 квартир",
             "по статье 351", "some 3,000 people", "7 million tonnes", "1 миллиону рублей", "понад 200 індійських робітників")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_range_vague_table_and_denials_are_annotated():
    """A range is [lo, hi]; «десятки»/"ондаған"/"dozens" are vague; table cells and rows are claims; a
    figure called false has an unconfirmed row and a denied row, one "not confirmed" only the unconfirmed one."""
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("bakumetro_report_ru.txt", "оценивалось от 250 до 270", "injured", None)] == [250, 270]
    assert values[("bakumetro_news_kk.txt", "ондаған бала болған", "killed", "children")] is None
    assert values[("yeysk_timeline_ru.md", "| Оперативный штаб Кубани | 18.10 | 13 | 3 | 19 |", "killed", "children")] == 3
    assert values[("raspadskaya_press_en.html", "<tr><td>11 May</td><td>Emergencies Ministry</td><td>52</td><td>38</td></tr>", "missing", None)] == 38
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["raspadskaya_statement_ru.txt"].count("denied") == 2  # the governor's own denials
    for doc in ("armparl_export_uk.xml#60417", "armparl_wiki_en.atom#arm-talk"):
        assert "denied" not in mods[doc] and "unconfirmed" in mods[doc]
    assert sum(m == "denied" for m in mods["armparl_articles_ru.jsonl#ap1"]) == 1
    assert "denied" not in mods["armparl_articles_ru.jsonl#ap2"]
