"""Round 41: a town's homonym chosen by the run (`rashomon._run_homonyms`). Invented stories; the
towns are real gazetteer namesakes (data), none of the evaluation sets' events."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.dossier import assemble
from rashomon.pipeline import Pipeline

_P = Pipeline()

#: (a page naming the town alone, a page naming the country twice, the same page with the other country)
RUN = {
    "en": ("Floods in Cordoba\n\nHeavy rain flooded Cordoba on Monday, and 12 people died.",
           "Storms in Spain\n\nThe government of Spain declared three days of mourning. Spain sent soldiers to help.",
           "Storms in Argentina\n\nThe government of Argentina declared three days of mourning. Argentina sent soldiers."),
    "ru": ("Наводнение в Кордове\n\nВ понедельник ливни затопили Кордову, погибли 12 человек.",
           "Бури в Испании\n\nПравительство Испании объявило трёхдневный траур. Испания направила военных на помощь.",
           "Бури в Аргентине\n\nПравительство Аргентины объявило трёхдневный траур. Аргентина направила военных."),
    "uk": ("Повінь у Кордові\n\nУ понеділок злива затопила Кордову, загинули 12 людей.",
           "Буревії в Іспанії\n\nУряд Іспанії оголосив триденну жалобу. Іспанія направила військових на допомогу.",
           "Буревії в Аргентині\n\nУряд Аргентини оголосив триденну жалобу. Аргентина направила військових."),
    "kk": ("Кордовадағы су тасқыны\n\nДүйсенбі күні нөсер Кордованы су астында қалдырды, 12 адам қаза тапты.",
           "Испаниядағы дауыл\n\nИспания үкіметі үш күндік аза жариялады. Испания көмекке әскер жіберді.",
           "Аргентинадағы дауыл\n\nАргентина үкіметі үш күндік аза жариялады. Аргентина әскер жіберді."),
}


def _countries(pages: list[tuple[str, str]]) -> dict[str, str | None]:
    an = [_P.analyze(Document(id=f"{i}_{lang}.txt", path=str(i), text=text, lang=lang))
          for i, (text, lang) in enumerate(pages)]
    d = assemble(an)
    return {e.canonical: e.country for e in d.entities if e.type == "place"}


def _town(got: dict[str, str | None]) -> str | None:
    return next((c for name, c in got.items() if name.startswith("C") and name.endswith(("ba", "va"))), None)


@pytest.mark.parametrize("lang", sorted(RUN))
def test_the_town_takes_the_namesake_of_the_country_the_run_names(lang):
    town, spain, argentina = RUN[lang]
    alone = _town(_countries([(town, lang)]))
    assert alone is not None
    got = _countries([(town, lang), (spain, lang)])
    assert got.get("Spain") == "ES", got
    assert _town(got) == "ES", got
    got = _countries([(town, lang), (argentina, lang)])
    assert _town(got) == "AR", got


def test_a_country_the_run_names_keeps_its_town():
    """The page names the town's country itself: its reading stays, whatever the run names more."""
    town = "Floods in Cordoba\n\nHeavy rain flooded Cordoba, Argentina, on Monday, and 12 people died."
    got = _countries([(town, "en"), (RUN["en"][1], "en"), (RUN["en"][1], "en")])
    assert _town(got) == "AR", got


def test_a_world_city_is_no_village_of_the_run():
    """A namesake a tenth of the town's size or less is no reading: the capital stays the capital."""
    pages = [("Talks in Paris\n\nThe ministers met in Paris on Monday.", "en"),
             ("Storms in Texas\n\nThe United States sent help. The United States declared an emergency.", "en")]
    got = _countries(pages)
    assert got.get("Paris") == "FR", got
