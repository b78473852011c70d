"""The twenty-fifth development set (tests/data/devset25/), written unseen by the extractors' authors:
real events (the Temirtau riot of 1959, the dispersal in Tbilisi on 9 April 1989, the killings on
Instytutska street in Kyiv in February 2014, the Krymsk flood of July 2012, the Nemiga stampede in Minsk
in 1999), gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a
MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in
KOI8-R. No score threshold: `bench/eval_devset.py --set devset25` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset25"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"krymsk_report_ru.txt": "koi8_r"}  # documents not in UTF-8, and their encoding

_shared = make_checks("devset25", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d25",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "company", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("temirtau_export_kk.xml", "40731"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset25.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name, LEGACY)


def test_legacy_file_is_koi8r_not_cp1251():
    raw = (DOCS / "krymsk_report_ru.txt").read_bytes()
    assert "Крымск" in raw.decode("koi8_r") and "Крымск" not in raw.decode("cp1251")


def test_atom_entry_holds_wikitext_escaped_twice_and_kazakh_case_endings():
    raw = (DOCS / "krymsk_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Теміртаудағы", "Қарағандыдан", "Теміртауға", "Крымскідегі", "Краснодар өлкесіндегі", "Геленджикте",
                 "Новороссийскіден", "министрлігінің", "прокуратурасының", "мұрағатының", "комитетінің"):
        assert form in kk, form


def test_hostages_evacuees_equipment_ages_and_money_are_not_counted():
    """Police held by protesters, evacuees, buses and rescue vehicles, ambulances, prison terms, ages,
    votes, roses of a monument, distances, populations, rainfall and compensation are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("67 правоохоронців", "keep 67 policemen", "вывезли 1,8 тысячи человек",
             "больше 500 единиц техники", "понад 40 автобусів", "понад 40 машин швидкої", "42 бригади швидкої",
             "8 жылдан 15 жылға дейін", "от 14 до 20 лет", "проголосували 236 депутатів", "53 бронзовые розы",
             "по 2 миллиона рублей", "около 300 мм осадков", "57 тысяч жителей", "40 мыңнан астам адам",
             "14 бронетранспортёров", "Children left without a parent</td><td>34", "Ще 12 осіб оголошено в розшук",
             "We expect some 3,000 people")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_ranges_vague_tables_infobox_and_denials_are_annotated():
    """A range is [lo, hi]; "жүздеген"/"десятки"/"dozens" are vague; table rows and a two-group infobox
    cell are claims; a figure called false has an unconfirmed row and a denied row, one "not confirmed"
    only the unconfirmed one."""
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("temirtau_export_kk.xml#40731", "құрбандар санын 50-ден 100-ге дейін деп бағалайды", "killed", None)] == [50, 100]
    assert values[("tbilisi_report_uk.txt", "звернулися від 3 до 4 тисяч людей", "injured", None)] == [3000, 4000]
    assert values[("nemiga_report_uk.txt", "в переході лежали десятки тіл", "killed", None)] is None
    assert values[("instytutska_timeline_uk.md", "| МОЗ України | 19.02 | 26 | 10 | 241 |", "killed", "police")] == 10
    assert values[("tbilisi_press_en.html", "<tr><td>of them women</td><td>17</td></tr>", "killed", "women")] == 17
    cell = "| жараланғандар  = 27 толқушы, 109 әскери қызметші"
    assert values[("temirtau_export_kk.xml#40731", cell, "injured", "soldiers")] == 109
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["instytutska_statement_uk.txt"].count("denied") == 1
    assert "denied" not in mods["tbilisi_report_uk.txt"] and "unconfirmed" in mods["tbilisi_report_uk.txt"]
    assert mods["krymsk_report_ru.txt"].count("denied") == 2
