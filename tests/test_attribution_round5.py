"""Attribution and modality, round 5: invented sentences about invented events, in every language
where the construction exists.

- hedging adverbs ("probably", "вероятно", "ймовірно", "болжам бойынша") make the figure of their own
  clause ``unconfirmed`` (not a figure in another clause of the sentence); "probably" is the
  writer's own doubt (source ``author``), "reportedly" is hearsay (``unknown``);
- what only social media say of casualties is ``unconfirmed`` (a crowd estimate there is not);
- a rumour and its named denier in one sentence are two claims; a denial sentence pointing back
  ("The ministry rejected the claim", "В МВД эти сведения назвали недостоверными") is a claim;
- sources after the figure ("..., informs the ministry"), an elliptic second speaker
  (", незалежні спостерігачі — про 10-15 тисяч"), "media estimated", "Associated Press concluded";
- source types: councils, monitoring missions, shopkeepers, television, observers, Telegram channels.
"""

from __future__ import annotations

import pytest
from claims_helpers import attributed, extract

TITLE = "Хроника событий\n\n"


def _got(text: str, lang: str) -> list[tuple]:
    return attributed(text, lang, TITLE)


HEDGES = [
    ("Dozens more people were probably killed.", "en", [("killed", None, "author", "unconfirmed")]),
    ("At least 40 people were reportedly killed.", "en", [("killed", 40, "unknown", "unconfirmed")]),
    ("Reportedly, 40 people were killed.", "en", [("killed", 40, "unknown", "unconfirmed")]),
    ("The governor reportedly said 40 people were killed.", "en", [("killed", 40, "official", "unconfirmed")]),
    ("Утверждалось, что погибли 30 человек.", "ru", [("killed", 30, "unknown", "unconfirmed")]),
    ("Полиция сообщила о 12 погибших; еще около 30 человек, вероятно, ранены.", "ru",
     [("killed", 12, "official", "asserted"), ("injured", 30, "official", "unconfirmed")]),
    ("Стверджувалося, що загинули 30 людей.", "uk", [("killed", 30, "unknown", "unconfirmed")]),
    ("Болжам бойынша, 30 адам қаза тапқан.", "kk", [("killed", 30, "unknown", "unconfirmed")]),
    # the hedge of one clause leaves the figure of another alone
    ("Police said 12 people were killed, and that dozens more were probably injured.", "en",
     [("killed", 12, "official", "asserted"), ("injured", None, "official", "unconfirmed")]),
    ("Організація дійшла висновку, що загинули щонайменше 12 людей, але припустила, що жертв, імовірно, набагато більше.", "uk",
     [("killed", 12, "unknown", "asserted")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HEDGES)
def test_hedges(text, lang, expected):
    assert _got(text, lang) == expected


SOCIAL = [
    ("В Telegram-каналах утверждалось, что задержаны десять человек.", "ru", [("detained", 10, "social_media", "unconfirmed")]),
    ("У соцмережах пишуть про 30 загиблих.", "uk", [("killed", 30, "social_media", "unconfirmed")]),
    ("Әлеуметтік желіде 50 адам қаза тапты деп жазды.", "kk", [("killed", 50, "social_media", "unconfirmed")]),
    ("The local channel in Telegram reported 30 dead.", "en", [("killed", 30, "social_media", "unconfirmed")]),
    # people who write on social media are social media
    ("Жергілікті тұрғындар әлеуметтік желіде қаза тапқандар «30-дан асады» деп жазды.", "kk",
     [("killed", 30, "social_media", "unconfirmed")]),
    # a crowd estimate posted there stands
    ("В Telegram-каналах писали о 3 тысячах участников.", "ru", [("participants", 3000, "social_media", "asserted")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SOCIAL)
def test_social_media_figures_are_rumours(text, lang, expected):
    assert _got(text, lang) == expected


DENIALS = [
    # a rumour named by where it spread and denied by a named denier in the same sentence: two claims
    ("В социальных сетях распространялись сообщения о десятках погибших, которые власти опровергли.", "ru",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "official", "denied")]),
    ("У соцмережах поширювалися повідомлення про десятки загиблих, які влада спростувала.", "uk",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "official", "denied")]),
    ("Чутки про «десятки загиблих», які поширювалися в Telegram, МВС назвало «фейками».", "uk",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "official", "denied")]),
    ("Слухи о десятках погибших, которые распространялись в соцсетях, МВД назвало «фейками».", "ru",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "official", "denied")]),
    # no denier named (a noun before "не соответствуют" is none): the rumour, and the document's own
    # denial (devset4-6 gold: "the rumour it denies is a separate unconfirmed claim")
    ("Распространяемые в сети Интернет сведения о десятках погибших мирных жителей не соответствуют действительности.", "ru",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "author", "denied")]),
    # a denial sentence pointing back at the figure before it
    ("Residents said at least 15 people were killed. The ministry rejected the claim.", "en",
     [("killed", 15, "eyewitness", "asserted"), ("killed", 15, "official", "denied")]),
    ("В Telegram-каналах утверждалось, что задержаны десять человек. В МВД эти сведения назвали недостоверными.", "ru",
     [("detained", 10, "social_media", "unconfirmed"), ("detained", 10, "official", "denied")]),
    ("Оппозиция сообщила о 100 погибших. Однако министерство считает эти данные необоснованными.", "ru",
     [("killed", 100, "opposition", "asserted"), ("killed", 100, "official", "denied")]),
    ("Мешканці казали про 20 загиблих. У МВС ці дані назвали недостовірними.", "uk",
     [("killed", 20, "eyewitness", "asserted"), ("killed", 20, "official", "denied")]),
    ("Тұрғындар 20 адам қаза тапты деді. Полиция бұл мәліметтерді жоққа шығарды.", "kk",
     [("killed", 20, "eyewitness", "asserted"), ("killed", 20, "official", "denied")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DENIALS)
def test_rumours_and_denials(text, lang, expected):
    assert _got(text, lang) == expected


SOURCES = [
    # postposed speaker, machine-translated
    ("Among the dead are 9 policemen, informs the ministry.", "en", [("killed", 9, "official", "asserted")]),
    # an elliptic second speaker after a comma and a dash
    ("Державне телебачення каже про 65 тисяч учасників, незалежні спостерігачі — про 10-15 тисяч.", "uk",
     [("participants", 65000, "media", "asserted"), ("participants", [10000, 15000], "ngo", "asserted")]),
    ("Очевидці говорять, що загинули 20 людей, а мерія — що 5.", "uk",
     [("killed", 20, "eyewitness", "asserted"), ("killed", 5, "official", "asserted")]),
    # a source word before the verb that is no determiner of a noun here
    ("Independent media estimated the march in the capital at more than 200,000 participants.", "en",
     [("participants", 200000, "media", "asserted")]),
    ("The Associated Press concluded that close to 600 people died.", "en", [("killed", 600, "media", "asserted")]),
    # Kazakh: the named subject ends before the counted noun
    ("Облыстық полиция департаменті жараланғандардың саны 50-ге жеткенін хабарлады.", "kk", [("injured", 50, "official", "asserted")]),
    # a subject separated from its verb by a phrase with a figure; "concluded", "оцінило", "бағалады"
    ("Минздрав по итогам проверки 5 больниц сообщил о 40 раненых.", "ru", [("injured", 40, "official", "asserted")]),
    ("Amnesty International у червні дійшла висновку, що загинули щонайменше 12 людей.", "uk", [("killed", 12, "ngo", "asserted")]),
    ("Полиция оценила число участников в 600 человек.", "ru", [("participants", 600, "official", "asserted")]),
    ("Полиция қатысушылар санын 300-ге жуық адам деп бағалады.", "kk", [("participants", 300, "official", "asserted")]),
    # "согласно которому": the source is whoever published it
    ("Агентство Associated Press опубликовало расследование, согласно которому погибли около 600 человек.", "ru",
     [("killed", 600, "media", "asserted")]),
    ("Позже вышло расследование, согласно которому погибли 600 человек.", "ru", [("killed", 600, "author", "asserted")]),
    # an object before an impersonal plural verb is no speaker
    ("Ущерб оценили в 5 млн рублей, погибли 3 человека.", "ru", [("killed", 3, "author", "asserted")]),
    # types
    ("The city council said about 300 people had been killed.", "en", [("killed", 300, "official", "asserted")]),
    ("The monitoring mission documented at least 1,348 civilians killed.", "en", [("killed", 1348, "official", "asserted")]),
    ('"We saw 20 bodies," said a shopkeeper.', "en", [("killed", 20, "eyewitness", "asserted")]),
    ("Місцевий продавець розповів, що бачив 15 тіл.", "uk", [("killed", 15, "eyewitness", "asserted")]),
    ("Независимые наблюдатели насчитали около 10 тысяч участников.", "ru", [("participants", 10000, "ngo", "asserted")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SOURCES)
def test_sources(text, lang, expected):
    assert _got(text, lang) == expected


def test_subject_of_a_subordinate_clause():
    """"... resigned after a state commission concluded": the subject starts after "after"."""
    claims = extract(TITLE + "The government resigned on Wednesday after a state commission concluded that police had "
                     "opened fire, killing six people.", "en")
    assert [c.source.name for c in claims if c.source] == ["a state commission"]


def test_words_that_spread_are_no_speaker():
    """"Слухи о погибших, которые распространялись ...": the word before "которые" is the rumour."""
    claims = extract(TITLE + "Слухи о десятках погибших, которые распространялись в соцсетях, МВД назвало «фейками».", "ru")
    assert all(c.source is None or c.source.name != "погибших" for c in claims)


def test_quoted_name_loses_the_stray_quote():
    """"За даними «Вясни»": the name is the proper name, without the closing quote."""
    claims = extract(TITLE + "Правозахисний центр «Весна» повідомив про 30 затриманих. За даними «Весни», затримано 7000 людей.", "uk")
    assert [(c.source.name, c.source.type) for c in claims] == [("Правозахисний центр «Весна»", "ngo"), ("Весни", "ngo")]


def test_a_cut_compound_is_no_name():
    """"said Azamat, a 24-year-old student who said ...": the speaker is Azamat, not 'year-old student who'."""
    claims = extract(TITLE + '"We ran," said Azamat, a 24-year-old student who said he had carried at least six wounded men.', "en")
    assert [c.source.name for c in claims] == ["Azamat"]


def test_subject_before_a_phrase_with_a_figure():
    """"Агентство AP на підставі розповідей 23 вцілілих оцінило ... 600": the agency, not the survivors."""
    claims = extract(TITLE + "Агентство Associated Press на підставі розповідей 23 вцілілих оцінило кількість загиблих у близько 600 осіб.", "uk")
    assert [(c.source.name, c.source.type) for c in claims if c.value == 600] == [("Associated Press", "media")]
