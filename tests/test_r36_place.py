"""Round r36p (34 sets of real pages with gold): a figure of a wave of protests that no sentence or
paragraph places is the country's, not the capital's the page also names; protests the page places
in a town keep the town.

- A page that names its protests three times or more (``place_wave_words``), most often beside the
  country ("protests in X-land"), and names that country at least twice as often as its town: a figure
  with no place of its own takes the country.
- A page whose protests stand beside a town ("a rally in Velmor") keeps the town for such a figure.
- A town written with its settlement noun («в посёлке X», "the town of X", «X қаласында») is the scene
  of the figures its region or country frames, though the page names it once.
- A town opening the page as the agency's dateline ("TOWN.WIRE -", "TOWN. WIRE The", the town alone on
  a line above the credit) or in a weather widget ("+5° Town") is no scene.
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


NOUN_NAMED = [
    ("В Павлодарской области Казахстана при взрыве в кафе погибли 2 человека, 9 пострадали\n\nВ посёлке Майкаин "
     "Центрального района Павлодарской области произошёл взрыв газового баллона в кафе, в результате которого погибли "
     "два человека, ещё 9 получили травмы.\n\nПострадавшие доставлены в районную больницу.", "ru"),
    ("У Павлодарській області Казахстану під час вибуху в кафе загинули 2 людини, 9 постраждали\n\nУ місті Майкаїн "
     "Центрального району Павлодарської області вибухнув газовий балон у кафе, внаслідок чого загинули дві людини, ще 9 "
     "травмовані.\n\nПостраждалих доставили до районної лікарні.", "uk"),
    ("Cafe blast in Kazakhstan's Pavlodar Region kills 2, injures 9\n\nA gas cylinder exploded in a cafe in the town of "
     "Maikain, Central district, Pavlodar Region, killing two people; 9 more were injured.\n\nThe injured were taken "
     "to the district hospital.", "en"),
    ("Қазақстанның Павлодар облысында кафедегі жарылыстан 2 адам қаза тапты, 9 адам зардап шекті\n\nПавлодар облысы "
     "Орталық ауданының Майқайың қаласындағы кафеде газ баллоны жарылып, екі адам қаза тапты, тағы 9 адам жарақат алды."
     "\n\nЗардап шеккендер аудандық ауруханаға жеткізілді.", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), NOUN_NAMED)
def test_a_town_written_with_its_noun_is_the_scene_of_its_regions_figures(text: str, lang: str) -> None:
    for value in (2, 9):
        got = places_of(text, lang, value)
        assert got and all(latin_place(p).startswith("Mayq") for p in got), (value, got)


FURNITURE = [
    ("Взрыв на шахте в Чили\n\nТОМСК\nАгентство Зепресс\nСпасатели сообщили, что погибли 13 горняков. "
     "Взрыв произошёл на шахте на севере Чили в понедельник.", "ru"),
    ("Mine blast in Chile\n\nPAVLODAR. ZEPRESS Rescuers said 13 miners died on Monday when a blast hit a mine "
     "in northern Chile.", "en"),
    ("Чилидегі шахтада жарылыс болды\n\nПАВЛОДАР.ZEPRESS - Құтқарушылардың айтуынша, 13 кенші қаза тапты. Жарылыс "
     "Чилидің солтүстігіндегі шахтада дүйсенбі күні болды.", "kk"),
    ("+5° Ужгород +3° Житомир\n\nУ Чилі стався вибух на шахті\n\nРятувальники повідомили, що загинули 13 гірників. "
     "Вибух стався на шахті на півночі Чилі в понеділок.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), FURNITURE)
def test_a_datelines_or_weather_widgets_town_is_no_scene(text: str, lang: str) -> None:
    assert places_of(text, lang, 13) == ["Chile"]
