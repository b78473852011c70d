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
    "en": ("Floods in Hyderabad\n\nHeavy rain flooded Hyderabad on Monday, and 12 people died.",
           "Storms in Pakistan\n\nThe government of Pakistan declared three days of mourning. Pakistan sent soldiers to help.",
           "Storms in India\n\nThe government of India declared three days of mourning. India sent soldiers."),
    "ru": ("Наводнение в Хайдарабаде\n\nВ понедельник ливни затопили Хайдарабад, погибли 12 человек.",
           "Бури в Пакистане\n\nПравительство Пакистана объявило трёхдневный траур. Пакистан направил военных на помощь.",
           "Бури в Индии\n\nПравительство Индии объявило трёхдневный траур. Индия направила военных."),
    "uk": ("Повінь у Хайдарабаді\n\nУ понеділок злива затопила Хайдарабад, загинули 12 людей.",
           "Буревії в Пакистані\n\nУряд Пакистану оголосив триденну жалобу. Пакистан направив військових на допомогу.",
           "Буревії в Індії\n\nУряд Індії оголосив триденну жалобу. Індія направила військових."),
    "kk": ("Хайдарабадтағы су тасқыны\n\nДүйсенбі күні нөсер Хайдарабадты су астында қалдырды, 12 адам қаза тапты.",
           "Пәкістандағы дауыл\n\nПәкістан үкіметі үш күндік аза жариялады. Пәкістан көмекке әскер жіберді.",
           "Үндістандағы дауыл\n\nҮндістан үкіметі үш күндік аза жариялады. Үндістан әскер жіберді."),
}


def _countries(pages: list[tuple[str, str]]) -> dict[str, str | None]:
    an = [_P.analyze(Document(id=f"{i}_{lang}.txt", path=str(i), text=text, lang=lang))
          for i, (text, lang) in enumerate(pages)]
    d = assemble(an)
    return {e.canonical: e.country for e in d.entities if e.type == "place"}


def _town(got: dict[str, str | None]) -> str | None:
    return got.get("Hyderabad")


@pytest.mark.parametrize("lang", sorted(RUN))
def test_the_town_takes_the_namesake_of_the_country_the_run_names(lang):
    town, named, other = RUN[lang]
    alone = _town(_countries([(town, lang)]))
    assert alone is not None
    got = _countries([(town, lang), (named, lang)])
    assert got.get("Pakistan") == "PK", got
    assert _town(got) == "PK", got
    got = _countries([(town, lang), (other, lang)])
    assert _town(got) == "IN", got


def test_a_country_the_run_names_keeps_its_town():
    """The page names the town's country itself: its reading stays, whatever the run names more."""
    town = "Floods in Hyderabad\n\nHeavy rain flooded Hyderabad, India, on Monday, and 12 people died."
    got = _countries([(town, "en"), (RUN["en"][1], "en"), (RUN["en"][1], "en")])
    assert _town(got) == "IN", got


def test_a_world_city_is_no_small_town_of_the_run():
    """A namesake a fifth of the town's size or less is no reading: the great city stays itself."""
    pages = [("Talks in Alexandria\n\nThe ministers met in Alexandria on Monday.", "en"),
             ("Storms in Virginia\n\nStorms hit Virginia. Virginia declared an emergency.", "en")]
    got = _countries(pages)
    assert got.get("Virginia") == "US", got
    assert got.get("Alexandria") == "EG", got


def test_another_town_of_the_country_keeps_the_reading():
    """The run reads other towns of the town's country about as often as it names the namesake's
    country: the reading stays."""
    pages = [(RUN["en"][0], "en"), ("Aid from Pakistan\n\nPakistan sent a convoy. Pakistan will send more.", "en"),
             ("Rain in Mumbai\n\nRain closed schools in Mumbai on Tuesday.", "en")]
    got = _countries(pages)
    assert got.get("Mumbai") == "IN", got
    assert _town(got) == "IN", got
