"""The thirty-first development set (tests/data/devset31/), written unseen by the extractors' authors:
real events (the Nevsky Express bombing of 2009, the Nazran raid of June 2004, the Chornobyl accident
of 1986, the Abaiskaya mine explosion of 2008, the Pushkinskaya square underpass bombing of 2000), gold
well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a MediaWiki XML
export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in koi8-r. No score
threshold: `bench/eval_devset.py --set devset31` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset31"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"nevsky_report_ru.txt": "koi8-r"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset31", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d31",
                      source_types={"official", "media", "ngo", "eyewitness", "opposition",
                                    "social_media", "company", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("chornobyl_export_uk.xml", "40426"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset31.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name, LEGACY)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "nazran_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_legacy_document_is_koi8r_not_cp1251():
    raw = (DOCS / "nevsky_report_ru.txt").read_bytes()
    assert "Невский экспресс" in raw.decode("koi8-r") and "Невский экспресс" not in raw.decode("cp1251")


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Абай шахтасындағы", "Қарағандыдағы", "Абай қаласындағы", "Алматыдағы", "Чернобыль АЭС-індегі",
                 "Припятьқа", "министрлігінің", "прокуратурасының", "бірлестігінің", "департаментінің"):
        assert form in kk, form


def test_evacuees_survivors_equipment_and_money_are_not_counted():
    """Evacuees, passengers on board, miners brought out unharmed, the living liquidators, blood donors,
    weapons stolen, recovery trains, money, phones, distances and populations are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("661 пассажир", "около 200 человек", "2 восстановительных поезда", "| евакуйовані = 116 000",
             "116 thousand people are evacuated", "близько 49 тисяч", "<td>Brought to the surface unharmed</td><td>354</td>",
             "392 employees were underground", "400-ге жуық кенші", "360-тан астам кенші", "15 мыңға жуық",
             "более 700 доноров", "более 1000 единиц оружия", "понад 1100 стволів", "3 million tenge",
             "205-72-31", "1200 people", "4000 шақырым", "близько 100 тисяч людей", "по 1 млн рублей")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_range_vague_table_and_denials_are_annotated():
    """A range is [lo, hi]; "десятки"/"dozens" are vague; table cells and infobox cells are claims; a figure
    called false has an unconfirmed row and a denied row, one "not confirmed" only the unconfirmed one."""
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("nazran_articles_ru.jsonl#nz2", "от 20 до 25 мирных жителей", "killed", "civilians")] == [20, 25]
    assert values[("pushkin_statement_ru.txt", "сообщали о 30 и даже 50 погибших", "killed", None)] == [30, 50]
    assert values[("nevsky_feed_en.rss#nev-1", "Dozens were injured", "injured", None)] is None
    assert values[("abai_press_en.html", "<tr><td>Miners killed</td><td>30</td></tr>", "killed", "miners")] == 30
    assert values[("nevsky_timeline_ru.md", "| МЧС России | 28.11 (вечер) | 26 | 95 | 18 |", "missing", None)] == 18
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["pushkin_statement_ru.txt"].count("denied") == 1
    assert "denied" not in mods["chornobyl_news_kk.txt"] and "unconfirmed" in mods["chornobyl_news_kk.txt"]
    assert "denied" not in mods["abai_wiki_kk.wiki"] and "unconfirmed" in mods["abai_wiki_kk.wiki"]
