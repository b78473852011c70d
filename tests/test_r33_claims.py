"""Round 33 (claims: English recall, precision in every language): constructions that recur across real
news pages, each with invented sentences (fictional places, people and outlets) in every language where
the construction exists.

- A figure of an earlier event whose own clause gives a bare year after it ("which killed 173 people in
  1987", «погибли 173 человека в 1987 году») is another event's; so is one told after "since 2011 —
  then ..." («з 2011 року — тоді загинули ...»), or after a figure-less sentence that opens with an
  earlier month or year ("In June 2029 a strong quake hit ... . At least 1,000 died"). A page about that
  earlier event keeps it, and a day's date (an anniversary page) tells the story itself.
- A toll whose change is told far from its figure ("The death toll from a series of floods in western
  Varnia rose sharply again Sunday to more than 3,000") is a count.
- "the death of N", "fatally injured", "succumbing to their injuries", "in a serious but stable
  condition"; "have been hospitalized" after a toll is injured.
- People coming out to a rally, joining protests, helping with a rescue.
- Fractions ("two-thirds of those killed"), clock hours («на 9 ранку», «к 9 утра») and a product model
  after a two-word Latin maker and model name («в катастрофе Vostok Starjet 100») are no count.
- A trigger followed by a dash and the next figure is that figure's ("..., ранены - 108").
"""

from __future__ import annotations

import pytest
from claims_helpers import analyzed, check_summary


def _claims(text: str, lang: str, published: str | None = None) -> set[tuple]:
    return {(c.measure, c.value) for c in analyzed(text, lang, published)}


EARLIER = [
    ("en", "Dorn mine disaster\n\nOn 3 March 2031, an explosion at the Dorn coal mine in Varnia killed 120 people. "
           "The minister confirmed the number of dead was 120.\n\nMining accidents are common in Varnia. Official "
           "statistics record that 41 miners were killed in accidents in 2027, and 52 died in 2028. Before the Dorn "
           "disaster, the deadliest accident was an explosion which killed 173 people in 1987.\n",
     {("killed", 120)}, {("killed", 41), ("killed", 52), ("killed", 173)}),
    ("ru", "Число погибших при землетрясении в Варнии достигло 120, сообщили 5 марта 2031 года местные власти.\n"
           "Это самое большое число жертв с 2011 года — тогда погибли 90 человек. Число жертв превысило количество "
           "погибших при взрыве в 1992 г., когда погибли 63 горняка.\n",
     {("killed", 120)}, {("killed", 90), ("killed", 63)}),
    ("uk", "Кількість загиблих унаслідок землетрусу у Варнії досягла 120, повідомила 5 березня 2031 року місцева влада.\n"
           "Таке число жертв — найвище з 2011 року — тоді в результаті землетрусу загинули понад 90 осіб. Вибух, "
           "унаслідок якого загинули 73 людини у 1987 році, був досі найгіршим.\n",
     {("killed", 120)}, {("killed", 90), ("killed", 73)}),
]


@pytest.mark.parametrize(("lang", "text", "want", "gone"), EARLIER)
def test_earlier_event_figure(lang, text, want, gone):
    got = _claims(text, lang)
    assert want <= got, got
    assert not gone & got, got


EARLIER_BEFORE = [
    # the figure-less sentence before the figure's opens with an earlier month or year
    ("ru", "Число погибших при землетрясении в Варнии превысило 2000, сообщили 8 октября 2031 года власти.\n"
           "В июне 2029 года мощное землетрясение произошло на востоке Варнии. Погибло не менее 1000, были ранены не менее 1500 человек.\n",
     {("killed", 2000)}, {("killed", 1000), ("injured", 1500)}),
    ("uk", "Кількість загиблих унаслідок землетрусу у Варнії перевищила 2000, повідомила 8 жовтня 2031 року влада.\n"
           "У червні 2029 року потужний землетрус стався на сході Варнії. Загинули щонайменше 1000 людей.\n",
     {("killed", 2000)}, {("killed", 1000)}),
    ("en", "Floods in Varnia have killed more than 2,000 people, officials said on 8 October 2031.\n"
           "In June 2029 a strong quake hit eastern Varnia. At least 1,000 people died and 1,500 were injured.\n",
     {("killed", 2000)}, {("killed", 1000), ("injured", 1500)}),
    # an anniversary page: a day's date tells the story itself
    ("uk", "У Заріччі 14 січня 2034 року вшановують пам'ять жертв у треті роковини трагедії. Вдень 14 січня 2031 року ракета "
           "влучила у житловий будинок. Загинули 46 людей.\n", {("killed", 46)}, set()),
]


@pytest.mark.parametrize(("lang", "text", "want", "gone"), EARLIER_BEFORE)
def test_earlier_event_told_the_sentence_before(lang, text, want, gone):
    got = _claims(text, lang)
    assert want <= got, got
    assert not gone & got, got


def test_page_about_the_earlier_event_keeps_it():
    text = ("Dorn mine disaster of 1987\n\nAn explosion at the Dorn coal mine in Varnia killed 173 people in 1987. "
            "The minister confirmed the number of dead was 173 on 4 March 1987.\n")
    assert ("killed", 173) in _claims(text, "en")


FIGURES = [
    # a change told far from its figure
    ("en", "The death toll from a series of floods in western Varnia rose sharply again Sunday to more than 3,000 as "
           "rescuers searched the ruins.", [("killed", 3000, "more_than")], []),
    # the death of N
    ("en", "The foreign ministry of Varnia announced the death of 27 citizens.", [("killed", 27, "exact")], []),
    ("en", "The minister said they could verify the death of 9 people.", [("killed", 9, "exact")], []),
    # fatally injured: killed, not injured
    ("en", '"Eleven people were fatally injured," an official said.', [("killed", 11, "exact")], [("injured", 11, "exact")]),
    # dying later of wounds
    ("en", "The blast killed six people on the spot, with two more succumbing to their injuries later.",
     [("killed", 6, "exact"), ("killed", 2, "exact")], [("injured", 2, "exact")]),
    ("en", "Four people are in a serious but stable condition in hospital.", [("injured", 4, "exact")], []),
    ("en", "The fire claimed 48 victims.", [("killed", 48, "exact")], []),
    ("en", "The shootings left 6 victims dead and at least nine soldiers injured.",
     [("killed", 6, "exact"), ("injured", 9, "at_least")], [("injured", 6, "exact")]),
    ("ru", "500 участников митинга и 20 журналистов задержаны.", [("detained", 500, "exact"), ("detained", 20, "exact")], []),
    # a figure whose right-hand trigger is the next figure's ("..., ранены - 108")
    ("ru", "Количество погибших в результате обстрела в Заречье, который произошел 24 января, увеличилось до 31 человека, "
           "ранены - 108.", [("killed", 31, "exact"), ("injured", 108, "exact")], [("injured", 31, "exact")]),
    ("uk", "Кількість загиблих унаслідок обстрілу Заріччя, який стався 24 січня, зросла до 31 людини, поранені - 108.",
     [("injured", 108, "exact")], [("injured", 31, "exact")]),
    # "have been hospitalized" after a toll
    ("en", "At least 30 people have died and 12 have been hospitalized.", [("killed", 30, "at_least"), ("injured", 12, "exact")],
     [("killed", 12, "exact")]),
    ("en", "At least 25 people have died and several others have been hospitalized after drinking bootleg gin.",
     [("injured", None, "vague")], [("killed", None, "vague")]),
    # taking part, helping
    ("en", "Rallies were held across Varnia, with more than 30,000 people coming out in Dorn alone.",
     [("participants", 30000, "more_than")], [("detained", 30000, "more_than")]),
    ("en", "Tens of thousands of people join protests across Varnia.", [("participants", None, "vague")], []),
    ("en", "He added that more than 600 people were helping with the rescue efforts.", [("deployed", 600, "more_than")], []),
    # a two-word Latin maker and model before a number is a product model, not a count
    ("ru", "СК: в катастрофе Vostok Starjet 100 в Заречье погиб 41 человек", [("killed", 41, "exact")], [("killed", 100, "exact")]),
    ("uk", "Кримінальну справу порушено після катастрофи Vostok Starjet 100 у Заріччі, де загинула 41 людина.",
     [("killed", 41, "exact")], [("killed", 100, "exact")]),
    ("en", "A Vostok Starjet 100 plane crashed near Dorn, killing 41.", [("killed", 41, "exact")], [("killed", 100, "exact")]),
    ("ru", "По данным Human Rights Watch 140 человек погибли.", [("killed", 140, "exact")], []),
    # apartments are no buildings (as ru/uk «квартир»); apartment buildings are
    ("en", "The mayor said 72 apartments in the destroyed block of Dorn had been damaged.", [], []),
    ("en", "More than 20 apartment buildings were damaged.", [("buildings_damaged", 20, "more_than")], []),
    ("ru", "В Заречье повреждены около 200 квартир.", [], [("buildings_damaged", 200, "about")]),
    ("uk", "У Заріччі пошкоджено близько 200 квартир.", [], [("buildings_damaged", 200, "about")]),
    # fractions and clock hours
    ("en", "Nearly two-thirds of those killed in Varnia were women.", [], []),
    ("uk", "За попередніми даними, число затриманих на акції у Заріччі на 9 ранку становило близько 80 осіб.",
     [("detained", 80, "about")], [("detained", 9, "exact")]),
    ("uk", "О 7 вечора затримали ще 15 осіб.", [("detained", 15, "exact")], [("detained", 7, "exact")]),
    ("ru", "По предварительным данным, число задержанных в Заречье к 9 утра составило около 80 человек.",
     [("detained", 80, "about")], [("detained", 9, "exact")]),
    ("ru", "В 7 вечера задержали ещё 15 человек.", [("detained", 15, "exact")], [("detained", 7, "exact")]),
]


@pytest.mark.parametrize(("lang", "text", "must", "must_not"), FIGURES)
def test_figures(lang, text, must, must_not):
    check_summary(text, lang, must, must_not)
