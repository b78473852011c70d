"""The twenty-fourth development set (tests/data/devset24/), written unseen by the extractors' authors:
real events (the Kengir camp uprising of 1954, the Budyonnovsk hospital hostage crisis of 1995, the
Chasiv Yar missile strike of 2022, the Osh and Uzgen clashes of 1990, Khojaly in February 1992), gold
well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a MediaWiki XML
export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in cp1251. No score
threshold: `bench/eval_devset.py --set devset24` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset24"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"osh_report_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset24", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d24",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "company", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("chasivyar_export_uk.xml", "81562"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset24.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "osh_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Кеңгірдегі", "Ұлытау облысындағы", "Жезқазғаннан", "Оштағы", "Өзгенде", "Ходжалыдағы", "Ағдамға",
                 "министрлігінің", "прокуратурасының", "комиссиясының"):
        assert form in kk, form


def test_hostages_equipment_transfers_and_rescued_are_not_counted():
    """Hostages held or taken, tanks, buses, rescue vehicles, prisoners shipped to other camps, people
    rescued alive or evacuated, criminal cases, testimonies, distances and populations are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("от 1500 до 1800 заложников", "від 1,5 до 1,8 тис. людей", "<td>Taken hostage</td><td>1,275</td>",
             "со 123 заложниками-добровольцами", "шести автобусах", "five T-34 tanks", "20 одиниць техніки",
             "Около 400 заключённых", "400-ден астам тұтқын", "Живими вдалося врятувати 9 осіб", "9 are rescued alive",
             "близько 500 людей", "свыше 50 уголовных дел", "312 testimonies", "около 30 объявлены в розыск",
             "Около 1000 жителей Ходжалы", "10 шақырым", "about 12 thousand")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_range_vague_table_and_denials_are_annotated():
    """A range is [lo, hi]; "ондаған"/"десятки" are vague; table cells and rows are claims; a figure called
    false has an unconfirmed row and a denied row, one "not confirmed" only the unconfirmed one."""
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("kengir_news_kk.txt", "500-ден 700-ге дейін адам қаза тапқан", "killed", None)] == [500, 700]
    assert values[("budennovsk_report_uk.txt", "в 30–40 осіб", "killed", "hostages")] == [30, 40]
    assert values[("osh_news_kk.txt", "ондаған адам қаза тапты", "killed", None)] is None
    assert values[("khojaly_press_en.html", "<tr><td>of them children</td><td>63</td></tr>", "killed", "children")] == 63
    assert values[("budennovsk_timeline_ru.md", "| Минздрав России | 21.06 | 129 | 18 | 415 |", "killed", "police")] == 18
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["chasivyar_statement_uk.txt"].count("denied") == 1
    assert "denied" not in mods["osh_news_kk.txt"] and "unconfirmed" in mods["osh_news_kk.txt"]
