"""The twenty-seventh development set (tests/data/devset27/), written unseen by the extractors' authors:
real events (the crash of Azerbaijan Airlines flight 8243 near Aktau in 2024, the strike on the Makiivka
vocational school on New Year's night 2023, the Sumgait pogrom of 1988, the Tashkent bombings of 1999,
the storming of the Vilnius TV tower in January 1991), gold well-formed (see _devset_checks, which reads
inside its container files: RSS 2.0, a MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One
plain-text document is stored in cp1251. No score threshold: `bench/eval_devset.py --set devset27`
measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset27"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"makiivka_report_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset27", all_formats=True, docs_range=(13, 15), claims_range=(120, 260), id_prefix="d27",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "company", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("vilnius_export_uk.xml", "40213"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset27.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name, LEGACY)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "tashkent_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Ақтаудан", "Ақтаудағы", "Маңғыстау облысындағы", "Бакуден", "Грозныйға", "Сумгайытта",
                 "Сумгайыттағы", "Ереванда", "министрлігінің", "прокуратурасының"):
        assert form in kk, form


def test_survivors_aboard_transfers_equipment_and_rallies_are_not_counted():
    """People aboard, survivors, patients flown to Baku, people in the building, rockets, car bombs,
    ambulances, rescue equipment, people who fled, surrenders, a solidarity rally elsewhere, ages, terms,
    distances, populations and testimonies are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("62 жолаушы және экипаждың 5 мүшесі", "11 бірлік техника", "11 адам арнайы рейспен Бакуге жеткізілді",
             "In Baku by special flight are brought 11 wounded", "about 200 people met them",
             "в здании находились около 600 человек", "шесть ракет HIMARS", "four HIMARS rockets",
             "из его взвода в 30 человек уцелели семеро", "щонайменше 20 таких машин", "понад 2500 осіб",
             "всего было использовано 6 автомобилей", "<tr><td>Left the city</td><td>14,000</td></tr>",
             "14 мыңнан астам армян", "Около 14 тысяч армян", "Зібралися близько 5000 людей",
             "218 testimonies", "dozens of them laid flowers", "от 2 до 15 лет", "около 2,1 миллиона")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_range_vague_table_and_denials_are_annotated():
    """A range is [lo, hi]; "жүздеген"/"десятки"/"сотни" are vague; table cells and rows are claims; a figure
    called false has an unconfirmed row and a denied row, one "not confirmed" only the unconfirmed one."""
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("sumgait_wiki_ru.wiki", "насчитали от 50 до 60 убитых", "killed", None)] == [50, 60]
    assert values[("sumgait_news_kk.txt", "қаза тапқандар жүздеген адам болуы мүмкін", "killed", None)] is None
    assert values[("sumgait_press_en.html", "<tr><td>of them Armenians</td><td>26</td></tr>", "killed", "Armenians")] == 26
    assert values[("tashkent_timeline_ru.md", "| Генеральная прокуратура | 17.02 | 13 | 128 | 18 |", "detained", None)] == 18
    assert values[("makiivka_report_ru.txt", "под завалами могли оставаться до 50 человек", "missing", None)] == 50
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["makiivka_statement_uk.txt"].count("denied") == 1  # the spokesman's own "не відповідає дійсності"
    assert "denied" not in mods["sumgait_news_kk.txt"] and "unconfirmed" in mods["sumgait_news_kk.txt"]
    assert "denied" not in mods["tashkent_wiki_en.atom#tsh-talk"] and "unconfirmed" in mods["tashkent_wiki_en.atom#tsh-talk"]
    assert mods["aktau_news_kk.txt"].count("denied") == 1


def test_own_voice_documents_speak_as_author():
    """The Makiivka spokesman's statement and the Sumgait foundation's press release claim in their own voice."""
    own = [c for c in CLAIMS if c["doc"] in ("makiivka_statement_uk.txt", "sumgait_press_en.html") and c["source"] is None]
    assert {c["doc"] for c in own} == {"makiivka_statement_uk.txt", "sumgait_press_en.html"}
    assert all(c["source_type"] == "author" for c in own)
