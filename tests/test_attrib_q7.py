"""Attribution, source types and denials, session 6 round 1: invented sentences about invented
events, in every language where the construction exists. Texts are segmented as the product does.

- agencies named by abbreviation ("KNB", "MVD", "НАК"), anti-terrorist committees, online outlets
  ("интернет-издания", "the site"), inhabitants as witnesses, national state-owned companies, and a
  state named alone as the speaker ("Росія заявила") get their source type;
- a denial calling a statement a lie or untrue ("назвав ці заяви брехнею", "назвали це
  неправдою", "called it the lie", "Данная информация не соответствует действительности").
"""

from __future__ import annotations

import pytest
from claims_helpers import segmented as _claims
from claims_helpers import segmented_attributed as _got

TYPES = [
    # abbreviations of agencies, as machine translation leaves them
    ("According to KNB, 9 fighters were destroyed.", "en", ("killed", 9, "official")),
    ("The MVD reports: 4 accomplices are detained.", "en", ("detained", 4, "official")),
    ("По данным НАК, погибли 4 человека.", "ru", ("killed", 4, "official")),
    ("За даними НАК, загинули 4 людини.", "uk", ("killed", 4, "official")),
    # anti-terrorist committees
    ("По данным Национального антитеррористического комитета, погибли 4 женщины.", "ru", ("killed", 4, "official")),
    ("За даними Національного антитерористичного комітету, загинули 4 жінки.", "uk", ("killed", 4, "official")),
    ("Ұлттық антитеррорлық комитеттің мәліметінше, шабуыл салдарынан 5 әйел қаза тапты.", "kk", ("killed", 5, "official")),
    ("The National Antiterrorist Committee said 4 women were killed.", "en", ("killed", 4, "official")),
    # inhabitants are witnesses; a site or an online outlet is media
    ("The inhabitant Aidos says that 15 people were killed.", "en", ("killed", 15, "eyewitness")),
    ("The independent site reports 11 killed fighters.", "en", ("killed", 11, "media")),
    ("The news site reported 11 dead.", "en", ("killed", 11, "media")),
    ("В ряде интернет-изданий писали о 20 погибших.", "ru", ("killed", 20, "media")),
    ("В ряді інтернет-видань писали про 20 загиблих.", "uk", ("killed", 20, "media")),
    # national state-owned companies
    ("Укрзалізниця повідомляла про 22 загиблих.", "uk", ("killed", 22, "company")),
    ("РЖД сообщили о 3 погибших.", "ru", ("killed", 3, "company")),
    ("Ukrzaliznytsia reported 22 dead.", "en", ("killed", 22, "company")),
    # a state named alone speaks through its government
    ("Росія заявила про знищення понад 200 військових.", "uk", ("killed", 200, "official")),
    ("Россия заявила о 200 погибших военных.", "ru", ("killed", 200, "official")),
    ("Russia claimed that 200 soldiers were killed.", "en", ("killed", 200, "official")),
    ("Ресей 200-ден астам сарбаз жойылды деп мәлімдеді.", "kk", ("killed", 200, "official")),
    ("- Ташкент 80-нен астам адам қаза тапты деген ақпаратты жоққа шығарды.", "kk", ("killed", 80, "official")),
    ("According to Russia, 200 soldiers were killed.", "en", ("killed", 200, "official")),
    # a Kazakh subject opening the verb's own clause, after a colon or ", ал"
    ("Жиынға қатысқандардың саны туралы мәліметтер әртүрлі: полиция 300-ге жуық адам деп бағалады, ал куәгерлер «мыңнан астам адам» көшеге шыққанын айтты.", "kk",
     ("participants", 300, "official")),
    ("Жиынға қатысқандардың саны туралы мәліметтер әртүрлі: полиция 300-ге жуық адам деп бағалады, ал куәгерлер «мыңнан астам адам» көшеге шыққанын айтты.", "kk",
     ("participants", 1000, "eyewitness")),
    ("Полиция мәліметі: 5 адам қаза тапты деп хабарлады.", "kk", ("killed", 5, "official")),
    # ... but not inside a longer name
    ("Human Rights Center Kazakhstan said 12 people were detained.", "en", ("detained", 12, "ngo")),
    # an agency that sent rescuers or troops tells their number (a court's or police's own arrests stay the writer's)
    ("The State Emergency Service sent more than 100 rescuers to the site.", "en", ("deployed", 100, "official")),
    ("ДСНС залучила 80 рятувальників.", "uk", ("deployed", 80, "official")),
    ("МЧС направило более 100 спасателей.", "ru", ("deployed", 100, "official")),
    ("Police detained 40 people.", "en", ("detained", 40, "author")),
    ("Центр протидії дезінформації повідомив про 12 загиблих.", "uk", ("killed", 12, "official")),
    # operational commands by abbreviation
    ("Речник ОК «Південь» повідомив про 12 загиблих.", "uk", ("killed", 12, "official")),
]


@pytest.mark.parametrize("text,lang,want", TYPES)
def test_source_types(text, lang, want):
    assert want in [g[:3] for g in _got(text, lang)]


def test_infobox_site_field_is_no_source():
    """A bare "site" is an infobox field ("| site = X"), not a news site."""
    text = "{{Infobox event\n| site = Northtown\n| fatalities = 14\n}}\nThe crash killed 14 people."
    assert all(c.source is None or c.source.name.lower() != "site" for c in _claims(text, "en"))


DENIALS = [
    ("В сети писали о «более чем 20 погибших». Данная информация не соответствует действительности.", "ru",
     ("killed", 20, "author", "denied")),
    ("У мережі писали про 20 загиблих. Дана інформація не відповідає дійсності.", "uk",
     ("killed", 20, "author", "denied")),
    ("Росія заявила про знищення «понад 200» військових. Речник ОК «Схід» назвав ці заяви черговою брехнею.", "uk",
     ("killed", 200, "official", "denied")),
    ("У Telegram-каналах поширювали повідомлення про понад 100 зниклих. У МОЗ назвали це неправдою.", "uk",
     ("missing", 100, "official", "denied")),
    ("В Telegram-каналах писали о 100 пропавших. В МЧС назвали это неправдой.", "ru",
     ("missing", 100, "official", "denied")),
    ("Bloggers write that 5 people were wounded, but the akimat called it the lie.", "en",
     ("injured", 5, "official", "denied")),
    # a verb of calling, the thing called, then a word for a lie
    ("Міноборони заявило, що знищено понад 200 військових. Речник ОК «Схід» назвав заяву Міноборони брехнею.", "uk",
     ("killed", 200, "official", "denied")),
    ("Минобороны заявило о 200 убитых военных. Губернатор назвал заявление Минобороны ложью.", "ru",
     ("killed", 200, "official", "denied")),
    ("The ministry said 200 soldiers were killed. The army called the ministry's statement a lie.", "en",
     ("killed", 200, "official", "denied")),
    # a chronology's next entry denies the entry before it
    ("**11:40** — Міноборони заявило, що знищено понад 200 військових.\n\n**12:20** — Речник ОК «Схід» назвав заяву Міноборони брехнею: "
     "ешелону не було.", "uk", ("killed", 200, "official", "denied")),
]


def test_calling_no_lie_is_no_denial():
    assert [g[3] for g in _got("Губернатор назвал гибель 5 человек трагедией.", "ru")] == ["asserted"]


@pytest.mark.parametrize("text,lang,want", DENIALS)
def test_denials(text, lang, want):
    got = _got(text, lang)
    assert want in got
    assert any(g[:2] == want[:2] and g[3] != "denied" for g in got)  # the rumour itself stays a claim


REPORTS_DENIED = [
    # the speaker denies a named reporter's report: the reporter's rumour and the speaker's denial
    ("Police said on Sunday that no one was held, denying reports by the Northern Human Rights Bureau that 12 people had been detained.",
     "en", [("detained", 12, "ngo", "unconfirmed"), ("detained", 12, "official", "denied")]),
    ("Полиция опровергла сообщения правозащитников о 12 задержанных.", "ru",
     [("detained", 12, "official", "denied"), ("detained", 12, "ngo", "unconfirmed")]),
    ("Поліція спростувала повідомлення правозахисників про 12 затриманих.", "uk",
     [("detained", 12, "official", "denied"), ("detained", 12, "ngo", "unconfirmed")]),
    # no reporter named: one denial
    ("The ministry denied reports of 40 dead, calling them a provocation.", "en", [("killed", 40, "official", "denied")]),
    ("МВД опровергло информацию о 12 погибших.", "ru", [("killed", 12, "official", "denied")]),
]


@pytest.mark.parametrize("text,lang,want", REPORTS_DENIED)
def test_reports_denied(text, lang, want):
    assert _got(text, lang) == want


MODALITY = [
    # a rumour's source hidden in a possessive relative clause: where it spread speaks
    ("В соцсетях распространялось видео, авторы которого утверждали, что 30 человек были избиты.", "ru",
     ("injured", 30, "social_media", "unconfirmed")),
    ("У соцмережах поширювалося відео, автори якого стверджували, що 30 людей були побиті.", "uk",
     ("injured", 30, "social_media", "unconfirmed")),
    ("A video spread on social media whose authors claimed that 30 people were beaten.", "en",
     ("injured", 30, "social_media", "unconfirmed")),
    # kk "растамады" (did not confirm) in the figure's own sentence
    ("Газет қаза тапқандар саны 11 деп жазды; ресми органдар бұл деректі растамады.", "kk",
     ("killed", 11, "media", "unconfirmed")),
    # "expressed protest" is what a crowd did, not speech
    ("Қалада 300-ге жуық тұрғын жиналып, компанияға наразылық білдірді.", "kk",
     ("participants", 300, "author", "asserted")),
]


@pytest.mark.parametrize("text,lang,want", MODALITY)
def test_modality_and_hidden_sources(text, lang, want):
    assert want in _got(text, lang)


MAY_BE = [
    # "may be under the rubble" hedges its own clause only, not the toll before it
    ("Голова ОВА: загинули 10 людей, під завалами можуть перебувати ще кілька.", "uk", ("killed", 10, "asserted")),
    ("Ten people were killed, and 5 more may still be under the rubble.", "en", ("killed", 10, "asserted")),
    ("Ten people were killed, and 5 more may still be under the rubble.", "en", ("missing", 5, "unconfirmed")),
    ("Погибли 10 человек, под завалами могут находиться еще 5.", "ru", ("killed", 10, "asserted")),
    ("Под завалами могут находиться от 5 до 8 человек.", "ru", ("missing", (5, 8), "unconfirmed")),
    ("5 адам қаза тапты, тағы 50 адам қаза тапқан болуы мүмкін.", "kk", ("killed", 5, "asserted")),
    ("5 адам қаза тапты, тағы 50 адам қаза тапқан болуы мүмкін.", "kk", ("killed", 50, "unconfirmed")),
]


@pytest.mark.parametrize("text,lang,want", MAY_BE)
def test_may_be_hedges_its_clause(text, lang, want):
    assert want in [(g[0], g[1], g[3]) for g in _got(text, lang)]
