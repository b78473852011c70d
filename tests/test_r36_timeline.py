"""Round 36 (34 sets of real pages with gold, time): general constructions of real news pages, in every
language where they exist. All sentences are invented (fictional places, people and outlets).

- A weekday alone on a page with no date of its own, no day stated before it that anchors it: the week of the
  latest day the page writes out with its year, anywhere in it (an embedded post's day at its foot, a day in
  brackets further down): the day of that weekday among the three days before or after it. Not a picture's
  day closing its line after a comma (a caption: the photo may be weeks older than the story).
- A weekday form that is also a common noun after an adjective ("окружающей среды"): no day.
- A count the page dates only by an embedded post's day ("— Radio Ozerk (@ozerk) May 3, 2031"): some time up
  to that day (``../2031-05-03``), not that day: the post went out after the event.
- A site's stamp written year first with slashes ("2031/10/07 | 02:15"): the report's date, from which the
  weekdays count (never a date inside a web address).
- A machine's stamp with seconds closing the headline's line ("... in Ozerk 2031-11-21 18:46:30"): the page's
  stamp, no event of its own.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.time import TimeTagger
from tests.claims_helpers import analysis, rows_and_dates


def _values(text: str, lang: str) -> list[tuple[str, str]]:
    doc = Document(id="t.txt", path="t.txt", text=text, lang=lang)
    return [(t.value, text[t.span[0]:t.span[1]]) for t in TimeTagger()(doc)]


# 2031-05-03 is a Saturday
@pytest.mark.parametrize("text, lang, want", [
    ("Police in Ozerk said on Tuesday that 12 people had died.\n\nOne more victim died on Monday (May 5).\n\n"
     "Fans stormed the pitch on May 3, 2031, after the match.", "en", ("2031-05-06", "Tuesday")),
    ("У неділю прем'єр Озерії звільнив міністра. Загинули 12 людей.\n\n"
     "— Radio Ozerk (@ozerkradio) May 3, 2031", "uk", ("2031-05-04", "неділю")),
    ("В воскресенье мэр Озерска сообщил о 12 погибших.\n\nПожар начался 3 мая 2031 года в торговом центре.",
     "ru", ("2031-05-04", "воскресенье")),
    ("Жексенбі күні Озерск әкімі 12 адам қаза тапқанын хабарлады.\n\nӨрт 2031 жылғы 3 мамырда басталды.",
     "kk", ("2031-05-04", "Жексенбі күні")),
])
def test_weekday_in_the_week_of_the_page(text, lang, want):
    assert want in _values(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Rescuers search the rubble in Ozerk\n\nThe ministry called it an attack.\n\nThe men came from abroad.\n\n"
     "New recruits walk to board a train at the old railway station of Ozerk, Lower Zorin region, 12 April 2031\n\n"
     "Share this article.\n\nThe governor spoke later.\n\nTwo men opened fire at a range in Ozerk on Sunday, killing 11.", "en"),
    ("Рятувальники в Озерську\n\nМіністерство назвало це нападом.\n\nЧоловіки прибули з-за кордону.\n\n"
     "Нові новобранці йдуть сідати у потяг на старому вокзалі Озерська, Нижньозоринська область, 12 квітня 2031\n\n"
     "Поділитися статтею.\n\nГубернатор виступив пізніше.\n\nУ неділю двоє чоловіків відкрили вогонь на полігоні в Озерську, загинули 11.", "uk"),
])
def test_caption_day_is_no_week_of_the_page(text, lang):
    a = analysis(text, lang)
    assert not [t.value for t in a.timexes if t.value.startswith("2031-04-") and not t.text[:1].isdigit()]


@pytest.mark.parametrize("text", [
    "1 августа 2031 года. Агентство по охране окружающей среды публикует отчет о сели в Озерске.",
    "1 августа 2031 года. Заводы Озерска загрязняют водную среду.",
])
def test_weekday_homonym_after_adjective(text):
    assert [v for v, _ in _values(text, "ru")] == ["2031-08-01"]


def test_weekday_homonym_kept_after_preposition():
    assert ("2031-07-30", "среду") in _values("1 августа 2031 года. В среду в Озерске погибли 5 человек.", "ru")


@pytest.mark.parametrize("text, lang", [
    ("На свадьбе в Озерске погибли более 100 человек.\n\nVideo shows the fire in Ozerk pic.twitter.com/x\n\n"
     "— Ozerk News (@OzerkNews) September 27, 2031", "ru"),
    ("В Озерську загинули понад 100 людей.\n\n— Ozerk News (@OzerkNews) September 27, 2031", "uk"),
    ("More than 100 people died in a fire in Ozerk.\n\n— Ozerk News (@OzerkNews) September 27, 2031", "en"),
    ("Озерскіде өрттен 100-ден астам адам қаза тапты.\n\n— Ozerk News (@OzerkNews) September 27, 2031", "kk"),
])
def test_post_day_bounds_a_count(text, lang):
    rows, claims = rows_and_dates(text, lang)
    assert ("killed", 100, "../2031-09-27") in claims
    assert not rows


@pytest.mark.parametrize("text, lang, want", [
    ("Protests in Ozerk\n\n2031/10/07 | 02:15\n\nProtests started on Tuesday in Ozerk.", "en", "2031-10-07"),
    ("Протесты в Озерске\n\n2031/10/07 | 02:15\n\nПротесты начались во вторник.", "ru", "2031-10-07"),
])
def test_year_first_slash_stamp(text, lang, want):
    assert want in [v for v, _ in _values(text, lang)]


def test_slash_date_in_address_is_no_date():
    assert not _values("See https://ozerk.example/2031/10/07/fire for more.", "en")


@pytest.mark.parametrize("text, lang", [
    ("Взрыв в доме в Озерске 2031-11-21 18:46:30\nВ ночь на 30 января в доме в Озерске взорвался газ, погибли двое.",
     "ru"),
    ("Вибух у будинку в Озерську 2031-11-21 18:46:30\nУ ніч на 30 січня в будинку в Озерську вибухнув газ, загинули двоє.",
     "uk"),
    ("Blast in Ozerk 2031-11-21 18:46:30\nOn the night of 30 January gas exploded in a house in Ozerk, killing two.",
     "en"),
])
def test_machine_stamp_closing_headline(text, lang):
    rows, _ = rows_and_dates(text, lang)
    assert not [r for r in rows if r.startswith("2031-11-21")]


@pytest.mark.parametrize("text", [
    "2 червня 2031 року. Трагедія в Озерську сталася в п’ятницю ввечері.",  # typographic apostrophe
    "2 червня 2031 року. Трагедія в Озерську сталася в пʼятницю ввечері.",  # modifier letter apostrophe
    "2 червня 2031 року. Трагедія в Озерську сталася в п'ятницю ввечері.",
])
def test_weekday_with_any_apostrophe(text):
    assert "2031-05-30" in [v for v, _ in _values(text, "uk")]


def test_page_week_from_stamp_with_clock_time():
    # the page's stamp with its clock time, a label before it on its line: the week a weekday names
    text = ("Ozerk | Daily Ozerk | Updated: 2031-05-26 07:13\n\n"
            "Seventeen people died when a home for the elderly in Ozerk caught fire in the early hours of Sunday.")
    a = analysis(text, "en")
    assert "2031-05-25" in [t.value for t in a.timexes]


def test_week_guess_names_no_main_day():
    # "в пятницу" is counted in the week of the signature's day (17 June 2033), but it does not outvote the
    # day of the tragedy as the page's main day: the toll runs up to Saturday, 18 June
    text = ("Обращение главы Озерского района\n\nДорогие земляки!\n\nВ субботу, 18 июня, на Озерном озере произошла "
            "страшная трагедия.\n\nВчера вечером говорили о 10 погибших. Штормовое предупреждение объявили еще в "
            "пятницу.\n\nПо словам очевидцев, погибших детей больше 20.\n\nГлава района\nИ. И. Петров\n19 июня 2033 года")
    a = analysis(text, "ru")
    assert ("2033-06-17", "пятницу") in [(t.value, t.text) for t in a.timexes]
    assert [c.when.rsplit("/", 1)[-1] for c in a.claims if c.value == 20] == ["2033-06-18"]
