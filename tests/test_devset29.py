"""The twenty-ninth development set (tests/data/devset29/), written unseen by the extractors' authors:
real events (the sinking of the Admiral Nakhimov off Novorossiysk in 1986, the missile strike on the
Mykolaiv regional administration in 2022, the Tbilisi shooting of 9 March 1956, the crash of SCAT
flight 760 near Almaty in 2013, the Kaspiysk Victory Day parade bombing of 2002), gold well-formed
(see _devset_checks, which reads inside its container files: RSS 2.0, a MediaWiki XML export, JSON
Lines and Atom, as ``FILE#PART``). One plain-text document is stored in cp1251. No score threshold:
`bench/eval_devset.py --set devset29` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset29"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"nakhimov_report_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset29", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d29",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "company", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("mykolaiv_export_ru.xml", "60418"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset29.claims.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name, LEGACY)


def test_atom_entry_holds_wikitext_escaped_twice():
    raw = (DOCS / "tbilisi_wiki_en.atom").read_text(encoding="utf-8")
    assert "&amp;lt;ref" in raw and "&lt;br /&gt;" in raw and "{{Infobox" in raw


def test_kazakh_documents_inflect_place_names():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Тбилисидегі", "Алматы облысындағы", "Қызылту ауылының", "Көкшетаудан", "Алматыға", "Қызылтудағы",
                 "министрлігінің", "мұрағатының", "комиссиясының"):
        assert form in kk, form


def test_aboard_rescued_commemorations_and_equipment_are_not_counted():
    """People aboard, rescued alive, families, commemorations, equipment, distances, ages, sentences in years,
    article numbers, money and populations are never claims."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("На борту находились 1234 человека", "Из воды подняли 811 человек", "| врятовані      = 811",
             "Rescue boats pulled 811 survivors", "Вісімнадцятьох ми дістали з-під завалів живими", "| спасённые = 18",
             "pulled out 11 alive", "15 одиниць техніки", "30 единиц техники", "статтею 438", "около 300 человек",
             "жүздеген адам гүл қойды", "Hundreds of people laid flowers", "<tr><td>Ұшақтың жасы</td><td>12 жыл</td></tr>",
             "21 отбасымен", "40-тан астам ұшқышқа", "2 миллион теңгеден", "10 миллионов рублей", "к 15 годам",
             "несколько сотен человек.")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word


def test_range_vague_table_and_denials_are_annotated():
    """A range is [lo, hi]; "ондаған"/"десятки"/"dozens" are vague; table cells and rows are claims; a figure
    called false has an unconfirmed row and a denied row, one "not confirmed" only the unconfirmed one."""
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("tbilisi_news_kk.txt", "80-нен 150-ге дейін адам қаза тапқан", "killed", None)] == [80, 150]
    assert values[("tbilisi_timeline_ru.md", "| Историки | 2006 | 80–150 | — | — |", "killed", None)] == [80, 150]
    assert values[("tbilisi_news_kk.txt", "ондаған адам жараланған", "injured", None)] is None
    assert values[("scat_press_kk.html", "<tr><td>оның ішінде экипаж мүшелері</td><td>5</td></tr>", "killed", "crew")] == 5
    row = "| Справка КГБ (архив) | 1956 | 21 | 54 | не менее 300 |"
    assert values[("tbilisi_timeline_ru.md", row, "detained", None)] == 300
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["mykolaiv_statement_uk.txt"].count("denied") == 1
    for doc in ("nakhimov_wiki_uk.wiki", "mykolaiv_mtblog_en.txt", "nakhimov_feed_en.rss#nkh-2"):
        assert "denied" not in mods[doc] and "unconfirmed" in mods[doc], doc


def test_own_voice_statement_has_no_source():
    own = [c for c in CLAIMS if c["doc"] == "mykolaiv_statement_uk.txt"]
    assert sum(c["source_type"] == "author" for c in own) >= 6
