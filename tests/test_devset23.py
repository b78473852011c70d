"""The twenty-third development set (tests/data/devset23/), written unseen by the extractors' authors:
real events (the Jeltoqsan protests in Alma-Ata of 1986, the Abadan arms depot explosions of 2011, the
Moscow theatre hostage crisis of 2002, the bodies found in Bucha in 2022, the shelling of Belgorod of
2023), gold well-formed (see _devset_checks, which reads inside its container files: RSS 2.0, a
MediaWiki XML export, JSON Lines and Atom, as ``FILE#PART``). One plain-text document is stored in
cp1251. No score threshold: `bench/eval_devset.py --set devset23` measures; these guard.
"""

from __future__ import annotations

from pathlib import Path

from _devset_checks import lang_of, load_jsonl, make_checks, parts_of

DEV = Path(__file__).resolve().parent / "data" / "devset23"
DOCS, GOLD = DEV / "docs", DEV / "gold"
LEGACY = {"abadan_report_ru.txt": "cp1251"}  # documents not in UTF-8, and their encoding
_shared = make_checks("devset23", all_formats=True, docs_range=(12, 16), claims_range=(120, 260), id_prefix="d23",
                      source_types={"official", "media", "ngo", "eyewitness", "activist", "opposition",
                                    "social_media", "company", "unknown", "author"},
                      timeline_range=(35, 100), every_qualifier=True, whole_word_forms=True,
                      legacy=LEGACY, export=("bucha_export_uk.xml", "80952"))
globals().update(_shared)

NAMES = sorted(p.name for p in DOCS.iterdir() if p.is_file())
CLAIMS = load_jsonl(GOLD / "devset23.claims.jsonl")
TIMELINE = load_jsonl(GOLD / "devset23.timeline.jsonl")


def parts(name: str) -> dict[str, str]:
    return parts_of(DOCS, name)


def test_kazakh_documents_inflect_place_names_and_the_timeline_keeps_summer_time():
    kk = "".join(t for n in NAMES if lang_of(n) == "kk" for t in parts(n).values())
    for form in ("Алматыдағы", "Мәскеуден", "Абадандағы", "Ашхабадтан", "Белгородтағы", "Белгородқа",
                 "комиссиясының", "министрлігінің", "губернаторының"):
        assert form in kk, form
    # Moscow was on summer time (UTC+4) until 27 October 2002; the timeline's header says so
    nordost = [t["when"] for t in TIMELINE if t["doc"] == "nordost_timeline_ru.md" and "T" in t["when"]]
    assert nordost and all(w.endswith("+04:00") for w in nordost)
    assert "(UTC+4)" in parts("nordost_timeline_ru.md")[""]


def test_hostages_freed_evacuated_distances_and_terms_are_not_counted():
    """Hostages held or released, residents evacuated, attackers' numbers before the storm, sentences,
    compensation, commemorations, distances, population and munitions are never claims; a range is
    [lo, hi]; a zero is a figure; a figure called false has an unconfirmed row and a denied row."""
    text = "".join(t for n in NAMES for t in parts(n).values())
    words = ("от 850 до 916", "Отпущены 15 детей", "освобождены ещё 19", "Около 10 тысяч жителей", "8,5 годам",
             "64 заявникам", "2 мыңнан астам", "250 km", "40 мыңға жуық", "1200 вибухонебезпечних",
             "120-дан астам ракета", "Около 300 детей", "19 жінок", "roughly 40,000")
    for word in words:
        assert word in text, word
    anchors = " ".join(c["anchor"] for c in CLAIMS)
    for word in words:
        assert word not in anchors, word
    values = {(c["doc"], c["anchor"], c["measure"], c["group"]): c["value"] for c in CLAIMS}
    assert values[("jeltoqsan_wiki_ru.wiki", "оценивал число погибших в 100—200 человек", "killed", None)] == [100, 200]
    assert values[("bucha_press_en.html", "<tr><td>Vorzel</td><td>38</td><td>9</td></tr>", "missing", None)] == 9
    assert values[("bucha_statement_uk.txt", "Це цинічна брехня", "killed", None)] == 0
    mods = {}
    for c in CLAIMS:
        mods.setdefault(c["doc"], []).append(c["modality"])
    assert mods["belgorod_statement_ru.txt"].count("denied") == 1
    assert "denied" not in mods["abadan_news_kk.txt"] and "unconfirmed" in mods["abadan_news_kk.txt"]
