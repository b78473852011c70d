"""Round 31 (real-text probe, figures): general constructions of real news pages, in every language
where they exist. All sentences are invented (fictional places, people and outlets).

- The lives a disaster took, counted after the verb ("унесла 11 жизней" in a relative clause, "забрали
  три життя") or after the participle ("унёсшая жизнь не менее 52 человек"); lives saved are no toll
  ("спасли 11 жизней", "врятували", "saved 11 lives").
- A toll that "could surpass", "may exceed" or is "expected to climb past" a figure is more than it;
  "the death count" is the toll.
- The load of a vehicle ("the bus, which had 38 passengers", "had been carrying more than 30 people",
  "There was only five people on the bus") is no casualty count.
- Weapons fired ("police officers fired projectiles at them") are no dismissal.
- Children carried out of a fire or rescued ("үш баланы үйден алып шықты", "құтқарды") are no
  participants.
- Apartments are no people and no buildings: "11 квартир ..., из них 4 уничтожены" kills no one.
- "зазнали тілесних ушкоджень" (the genitive plural) is injured.
- A family's members are counted: "погибла семья из пяти человек", "загинула родина з трьох осіб" ("из"
  before the figure is no part of a whole after a family noun).
- The group of a part named after its pronoun: "7 of them children", "трое из них дети", "із них 14 —
  діти"; Kazakh minors "кәмелет жасқа толмағандар" are children.
"""

from __future__ import annotations

import pytest
from claims_helpers import analyzed as _analyzed


def _claims(text: str, lang: str) -> set[tuple]:
    return {(c.measure, c.value, c.qualifier) for c in _analyzed(text, lang)}


def _grouped(text: str, lang: str) -> set[tuple]:
    return {(c.measure, c.value, c.group) for c in _analyzed(text, lang)}


CASES = [
    # lives taken / saved
    ("Трагедия, которая, по последним данным, унесла 11 жизней, произошла вечером под Заречьем.", "ru",
     {("killed", 11, "exact")}),
    ("Спасатели Заречья спасли 11 жизней.", "ru", set()),
    ("Обстріли забрали три життя мешканців Заріччя в понеділок, семеро людей поранено.", "uk",
     {("killed", 3, "exact"), ("injured", 7, "exact")}),
    ("Аварія під Заріччям забрала 11 життів.", "uk", {("killed", 11, "exact")}),
    ("Рятувальники Заріччя врятували 11 життів.", "uk", set()),
    ("Трагедия в Заречье, унёсшая жизнь не менее 52 человек, произошла утром.", "ru", {("killed", 52, "at_least")}),
    ("Трагедія в Заріччі, забравша життя щонайменше 52 людей, сталася вранці.", "uk", {("killed", 52, "at_least")}),
    ("The blast in Riverton claimed 11 lives on Sunday.", "en", {("killed", 11, "exact")}),
    ("Rescuers in Riverton saved 11 lives on Sunday.", "en", set()),
    # a ceiling passed
    ("Premier Lindqvist said the number of dead could surpass 8,000.", "en", {("killed", 8000, "more_than")}),
    ("The death count from the Northvale quake was expected to climb past 75.", "en", {("killed", 75, "more_than")}),
    ("Число погибших в Заречье может превысить 80.", "ru", {("killed", 80, "more_than")}),
    ("Кількість загиблих у Заріччі може перевищити 80.", "uk", {("killed", 80, "more_than")}),
    ("Ақжардағы қаза тапқандар саны 80-нен асуы мүмкін.", "kk", {("killed", 80, "more_than")}),
    # the load of a vehicle
    ("All of the fatalities came from the Riverton bus, which had 38 passengers, including children.", "en", set()),
    ("Two people died. The coach had been carrying more than 30 people to Northvale.", "en", {("killed", 2, "exact")}),
    ("Two students are dead after a bus drove off an overpass in Riverton. There was only five people on the bus.", "en",
     {("killed", 2, "exact")}),
    # weapons fired
    ("Several demonstrators in Riverton said police officers fired projectiles at them.", "en", set()),
    ("The Northvale plant fired nearly 600 employees.", "en", {("dismissed", 600, "about")}),
    # carried out of a fire, rescued
    ("Қалған үш баланы өрт сөндірушілер Ақжардағы жанып жатқан үйден алып шықты.", "kk", set()),
    ("Өрт сөндірушілер Ақжардағы өрт орнынан үш баланы құтқарды.", "kk", set()),
    ("Ақжардағы митингке 500 адам шықты.", "kk", {("participants", 500, "exact")}),
    # apartments
    ("11 квартир на восьмом этаже в Заречье разрушены, из них 4 уничтожены полностью.", "ru", set()),
    ("11 квартир у Заріччі зруйновано, з них 4 знищено повністю.", "uk", set()),
    ("Погибли 11 человек, из них 4 ребенка.", "ru", {("killed", 11, "exact"), ("killed", 4, "exact")}),
    # a family's members
    ("В Заречье погибла семья из пяти человек.", "ru", {("killed", 5, "exact")}),
    ("У Заріччі загинула родина з трьох осіб.", "uk", {("killed", 3, "exact")}),
    ("A family of four was killed in the fire in Riverton.", "en", {("killed", 4, "exact")}),
    ("Ақжарда 5 адамнан тұратын отбасы қаза тапты.", "kk", {("killed", 5, "exact")}),
    ("У Заріччі поховали перших загиблих, серед них родину з трьох людей.", "uk", set()),
    # bodily harm, genitive plural
    ("Шестеро працівників школи в Заріччі зазнали тілесних ушкоджень.", "uk", {("injured", 6, "exact")}),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_figures(text: str, lang: str, expected: set) -> None:
    assert _claims(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Sixteen people were injured in Riverton, 7 of them children.", "en",
     {("injured", 16, None), ("injured", 7, "children")}),
    ("Sixteen people were injured in Riverton, seven of them children.", "en",
     {("injured", 16, None), ("injured", 7, "children")}),
    ("Известно об одиннадцати раненых в Заречье — трое из них дети.", "ru",
     {("injured", 11, None), ("injured", 3, "children")}),
    ("Відомо про одинадцять поранених у Заріччі — троє з них діти.", "uk",
     {("injured", 11, None), ("injured", 3, "children")}),
    ("Ақжардағы өрт кезінде жалпы 12 адам қаза тапты, оның 9-ы кәмелет жасқа толмағандар.", "kk",
     {("killed", 12, None), ("killed", 9, "children")}),
    ("У Заріччі від початку року на пожежах загинули понад 490 осіб, із них 14 - діти.", "uk",
     {("killed", 490, None), ("killed", 14, "children")}),
    ("В Заречье погибли 40 человек, из них 12 — дети.", "ru", {("killed", 40, None), ("killed", 12, "children")}),
    # an adverb or a longer noun phrase after the pronoun names no group
    ("Sixteen people were injured in Riverton, 7 of them seriously.", "en",
     {("injured", 16, None), ("injured", 7, None)}),
])
def test_part_group(text: str, lang: str, expected: set) -> None:
    assert _grouped(text, lang) == expected
