"""The twenty-eighth development set (tests/data/devset28/), written unseen by the extractors' authors:
real events (the Spitak earthquake of 1988, the Kashirskoye highway bombing of 1999, the Sknyliv air
show disaster of 2002, the Border Service An-72 crash near Shymkent in 2012, Samashki in April 1995),
gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a MediaWiki XML
export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in koi8-r. No score
threshold: `bench/eval_devset.py --set devset28` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset28"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"samashki_report_ru.txt": "koi8-r"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset28", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d28",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "company", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("sknyliv_export_uk.xml", "64219"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset28.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name, LEGACY)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "samashki_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_koi8r_document_has_no_characters_outside_koi8r():
    raw = (DOCS / "samashki_report_ru.txt").read_bytes()
    text = raw.decode("koi8-r")
    assert text.encode("koi8-r") == raw and "Самашки" in text and "зачистка" in text


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Шымкенттегі", "Астанадан", "Спитактағы", "Ленинаканда", "Ленинаканға", "Армениядағы", "Ереваннан",
                 "комитетінің", "министрлігінің", "қызметінің", "комиссиясының"):
        assert form in kk, form


def test_homeless_rescued_donors_equipment_and_money_are_not_counted():
    """The homeless, people pulled out alive, blood donors, weapons demanded, rescue equipment, apartments,
    populations, distances, prison terms, article numbers, compensation and anniversaries are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("Около 500 тысяч человек остались без крова", "Шамамен 500 мың адам баспанасыз қалды",
             "извлечено живыми 276 человек", "Понад 2 тисячі львів'ян уже здали кров", "264 единицы оружия",
             "40 бірлік техника", "в доме было 124 квартиры", "Some 10,000 people", "около 14 тысяч человек",
             "статтею 416", "до 14 років", "10 тисяч гривень", "297-бабы", "<tr><td>Aircraft lost</td><td>1</td></tr>",
             "из 67 стран", "Спитак жер сілкінісіне 35 жыл")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_range_vague_table_and_denials_are_annotated():
    """A range is [lo, hi]; "ондаған"/"кількох" are vague; table cells and rows are claims; a figure called
    false has an unconfirmed row and a denied row, one "not confirmed" only the unconfirmed one."""
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("samashki_news_uk.txt", "кажуть про 200–300 загиблих", "killed", None)] == [200, 300]
    assert values[("spitak_news_kk.txt", "үйінді астынан ондаған мәйіт шығардық", "killed", None)] is None
    assert values[("sknyliv_press_en.html", "<tr><td>of them children</td><td>28</td></tr>", "killed", "children")] == 28
    assert values[("spitak_timeline_ru.md", "| Штаб спасательных работ | 11.12 | — | более 15 000 | до 10 000 |", "missing", None)] == 10000
    assert values[("sknyliv_export_uk.xml#64219", "| загиблі    = 77 (з них 28 дітей)", "killed", "children")] == 28
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["sknyliv_statement_uk.txt"].count("denied") == 1
    assert mods["samashki_wiki_en.atom#sm-talk"].count("denied") == 1
    for doc in ("spitak_news_kk.txt", "kashirskoe_mtblog_en.txt"):
        assert "denied" not in mods[doc] and "unconfirmed" in mods[doc]
