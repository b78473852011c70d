"""Round r36p (34 sets of real pages with gold): a figure of a wave of protests that no sentence or
paragraph places is the country's, not the capital's the page also names; protests the page places
in a town keep the town.

- A page that names its protests three times or more (``place_wave_words``), most often beside the
  country ("protests in X-land"), and names that country at least twice as often as its town: a figure
  with no place of its own takes the country.
- A page whose protests stand beside a town ("a rally in Velmor") keeps the town for such a figure.
All sentences are invented (the towns and the country are gazetteer data, the events fiction)."""

from __future__ import annotations

import pytest

from rashomon.gazetteer import latin_place
from tests.claims_helpers import places_of

WAVE = [
    ("Protests in Mongolia go on\n\nProtests in Mongolia entered their third week. Crowds gathered on a square "
     "in Ulaanbaatar on Sunday.\n\nThe protesters demand new elections. Police said more than 900 people were detained.",
     "en"),
    ("Протесты в Монголии не утихают\n\nПротесты в Монголии продолжаются третью неделю. Люди собрались на площади "
     "в Улан-Баторе в воскресенье.\n\nПротестующие требуют новых выборов. По данным полиции, задержаны более 900 человек.",
     "ru"),
    ("Протести в Монголії не вщухають\n\nПротести в Монголії тривають третій тиждень. Люди зібралися на площі "
     "в Улан-Баторі в неділю.\n\nПротестувальники вимагають нових виборів. За даними поліції, затримано понад 900 осіб.",
     "uk"),
    ("Моңғолиядағы наразылық толастар емес\n\nМоңғолиядағы наразылық үшінші аптаға созылды. Адамдар жексенбі күні "
     "Ұлан-Батордағы алаңға жиналды.\n\nНаразылық білдірушілер жаңа сайлау талап етеді. Полиция мәліметінше, 900-ден "
     "астам адам ұсталды.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), WAVE)
def test_a_protest_waves_unplaced_figure_is_the_countrys(text: str, lang: str) -> None:
    got = places_of(text, lang, 900)
    assert got and all(latin_place(p) == "Mongolia" for p in got), got


TOWN_PROTEST = [
    ("Rally in Darkhan broken up\n\nA protest in Darkhan against the plant's closure drew a crowd on Sunday. "
     "The protest in Darkhan was the largest in Mongolia this year, media in Mongolia said.\n\nThe protesters marched to the city hall. "
     "Police said 40 people were detained.", "en"),
    ("В Дархане разогнали митинг\n\nПротест в Дархане против закрытия завода собрал толпу в воскресенье. "
     "Митинг в Дархане стал самым крупным в Монголии в этом году, пишут СМИ Монголии.\n\nПротестующие прошли к мэрии. "
     "По данным полиции, задержаны 40 человек.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), TOWN_PROTEST)
def test_protests_placed_in_a_town_keep_the_town(text: str, lang: str) -> None:
    got = places_of(text, lang, 40)
    assert got and all(latin_place(p).startswith("Darh") for p in got), got
