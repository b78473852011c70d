"""Round 33 (sources): constructions that recur on real pages, in invented sentences (fictional
places, people, outlets and figures).

- a Kazakh lede closed by a present-tense credit line with the page's own outlet (a web domain or
  its correspondent: "деп хабарлайды Зарядаңқ.kz", "«Таңшолпан» тілшісі") is in the page's voice;
  an outlet it relays ("... сілтеме жасап") or a body ("... министрлігі") still speaks;
- the type of bodies named in short or one-word forms: СК and МВД on a Ukrainian page, a fire
  service, an official, a regional administration in one word, a prefecture, intelligence and
  law-enforcement agencies, a disaster management body, a hospital's chief, a news portal, an
  international organisation after a quoted name;
- "the head of a territory" after its possessive ("Rivaland's head, Ivan Petrov"; "Mr Petrov" after
  "Rivaland's leader Ivan Petrov") is an official, a company's head is not;
- "according to the latest data" names no one; "official information" names an official source,
  also when a time phrase follows it; Kazakh "X ақпараты бойынша" / "ақпаратына сәйкес";
- a subject that only names the figure ("The number of confirmed dead", "Casualties reported") is no
  speaker; more news agencies by name (NHK, RFE/RL, Ukrinform);
- a person of no known kind speaking at a briefing is an official; the briefing hall's abbreviation
  after a Kazakh name is cut off;
- "как"/"як" before any speech verb takes the speaker after it ("Как пояснили в мэрии X, ...").
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import sourced


def _src(text: str, lang: str) -> dict:
    """``(measure, value) -> (source name, source type)`` of the claims of ``text``."""
    return {(m, v): (n, t) for m, v, n, t in sourced(text, lang)}


@pytest.mark.parametrize("text,key", [
    ("Ауылда 9 адам қаза тапты, деп хабарлайды Зарядаңқ.kz.", ("killed", 9)),  # the page's domain
    ("Ауылда 9 адам қаза тапты, деп хабарлайды «Таңшолпан» тілшісі.", ("killed", 9)),  # its correspondent
])
def test_kk_credit_line_is_the_page_itself(text, key):
    assert _src(text, "kk")[key] == (None, None)


@pytest.mark.parametrize("text,key,name_word,typ", [
    # an outlet relayed by the credit line speaks
    ("Ауылда 9 адам қаза тапты, деп хабарлайды Зарядаңқ.kz Таңшолпан.kz-ке сілтеме жасап.", ("killed", 9), "Зарядаңқ", "media"),
    # a body in the same place speaks
    ("Ауылда 9 адам қаза тапты, деп хабарлайды Төтенше жағдайлар министрлігі.", ("killed", 9), "министрлігі", "official"),
])
def test_kk_credit_line_of_another_speaker_keeps_it(text, key, name_word, typ):
    name, got = _src(text, "kk")[key]
    assert got == typ and name_word in name


@pytest.mark.parametrize("text,lang,key,typ", [
    ("За даними СК Зарічної республіки, загинули 12 людей.", "uk", ("killed", 12), "official"),
    ("За даними МВД Зарічної республіки, було затримано 200 людей.", "uk", ("detained", 200), "official"),
    ("За даними пожежної служби, загинули 14 людей.", "uk", ("killed", 14), "official"),
    ("За даними чиновника, загинули 11 людей.", "uk", ("killed", 11), "official"),
    ("Заречная облгосадминистрация сообщила, что погибли 12 человек.", "ru", ("killed", 12), "official"),
    ("По данным префектуры Кавадзима, погибли 16 человек.", "ru", ("killed", 16), "official"),
    ("Nine suspects have been arrested, according to the intelligence services.", "en", ("arrested", 9), "official"),
    ("The Rivaland law-enforcement agencies said they had detained 300 people.", "en", ("detained", 300), "official"),
    ("Twelve people were killed, the Disaster Management Authority said.", "en", ("killed", 12), "official"),
    ("Three of the injured were in a serious condition, the hospital's chief said.", "en", ("injured", 3), "official"),
    ("«Таңшолпан» порталының хабарлауынша, 15 адам қаза тапты.", "kk", ("killed", 15), "media"),
    ("«Көк жарты ай» халықаралық ұйымының мәліметінше, 12 адам қаза тапты.", "kk", ("killed", 12), "ngo"),
])
def test_type_of_a_named_body(text, lang, key, typ):
    assert _src(text, lang)[key][1] == typ


@pytest.mark.parametrize("text,lang,key,typ", [
    ("Seven people died. Rivaland’s head, Ivan Petrov, said the toll was 18 people.", "en", ("killed", 18), "official"),
    ("Rivaland's leader Ivan Petrov called it a tragedy.\n\nMr Petrov confirmed the deaths of seven children.", "en", ("killed", 7), "official"),
    ("The company's head, Ivan Petrov, said 18 people died.", "en", ("killed", 18), "company"),
])
def test_possessive_head_of_a_territory(text, lang, key, typ):
    assert _src(text, lang)[key][1] == typ


@pytest.mark.parametrize("text,lang,key,expected", [
    ("Согласно последним данным, погибли 15 человек.", "ru", ("killed", 15), (None, None)),
    ("Згідно з останніми даними, загинули 15 людей.", "uk", ("killed", 15), (None, None)),
    ("According to the latest reports, 15 more bodies were found.", "en", ("killed", 15), (None, None)),
    ("Соңғы мәліметтер бойынша, ауылда 15 адам қаза тапты.", "kk", ("killed", 15), (None, None)),
])
def test_latest_data_names_no_one(text, lang, key, expected):
    assert _src(text, lang)[key] == expected


@pytest.mark.parametrize("text,lang,key,typ", [
    ("По официальной информации на данный момент найдено 18 погибших.", "ru", ("killed", 18), "official"),
    ("За офіційною інформацією, загинули 18 людей.", "uk", ("killed", 18), "official"),
    ("Ресми ақпарат бойынша, ауылда 45 адам қаза тапты.", "kk", ("killed", 45), "official"),
    ("Облыстық әкімдіктің ақпаратына сәйкес, ауылда 45 адам қаза тапты.", "kk", ("killed", 45), "official"),
    ("According to official data, 15 people died.", "en", ("killed", 15), "official"),
])
def test_official_information(text, lang, key, typ):
    name, got = _src(text, lang)[key]
    assert got == typ and name and "момент" not in name


@pytest.mark.parametrize("text,key", [
    ("Death toll rises to 22 in Lorton mine blast\nThe number of confirmed dead is twenty-two.", ("killed", 22)),
    ("A train derailed near Lorton. Casualties reported include 24 dead and 160 injured.", ("killed", 24)),
])
def test_figure_as_subject_is_no_speaker(text, key):
    assert _src(text, "en")[key] == (None, None)


@pytest.mark.parametrize("text,lang,key", [
    ("At least 35 people have been killed in Lorton, RFE/RL's Kazakh Service reports.", "en", ("killed", 35)),
    ("According to Japan's NHK, the number of deaths has increased to 73.", "en", ("killed", 73)),
    ("Погибли 30 человек, пишет Укринформ.", "ru", ("killed", 30)),
])
def test_news_agencies_by_name(text, lang, key):
    assert _src(text, lang)[key][1] == "media"


@pytest.mark.parametrize("text,lang,key,name", [
    ("«Ауданда 12 адам қаза тапты», — деді Ержан Сапаров ОҚК брифингінде.", "kk", ("killed", 12), "Ержан Сапаров"),
    ("Ауданда 12 адам қаза тапты, — деді Ержан Сапаров Орталық коммуникациялар қызметінде өткен брифингіде.", "kk",
     ("killed", 12), "Ержан Сапаров"),
    ("Иван Петров на брифинге сообщил, что погибли 12 человек.", "ru", ("killed", 12), "Иван Петров"),
])
def test_speaker_at_a_briefing_is_an_official(text, lang, key, name):
    assert _src(text, lang)[key] == (name, "official")


@pytest.mark.parametrize("text,lang,key,name", [
    ("Как пояснили в мэрии Заречья, погибли семь детей.", "ru", ("killed", 7), "мэрии Заречья"),
    ("Як зазначили в мерії Зарічча, загинули семеро дітей.", "uk", ("killed", 7), "мерії Зарічча"),
    ("Як пояснили в поліції, загинули 12 людей.", "uk", ("killed", 12), "поліції"),
])
def test_as_clause_before_a_speech_verb(text, lang, key, name):
    assert _src(text, lang)[key] == (name, "official")
