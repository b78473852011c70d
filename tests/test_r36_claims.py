"""Claims of round 36 (constructions recurring across real pages; invented sentences, places and people).

A toll whose own sentence states a date (its year written) more than a year before the story's first
day is the toll of another, earlier event the page recalls ("In 2025 a blast in the same mine killed
37"): no claim. The story's first day is the earliest day of the story's year that the page's own text
states for a toll (a publication stamp alone states none). A page that tells the earlier event itself
(its tolls dated to that year) keeps them; a trial's figures (convicted, charged) are kept."""

from __future__ import annotations

import pytest

from tests.claims_helpers import analyzed


def _kept(text: str, lang: str) -> list[tuple]:
    return [(c.measure, c.value) for c in analyzed(text, lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("On 12 March 2029 a gas explosion at the Verlow mine killed 14 miners. Rescuers said 9 more were injured. "
     "In 2025 a blast in the same mine killed 37 people.", "en"),
    ("12 марта 2029 года взрыв газа на шахте «Верловская» унёс жизни 14 горняков. Ещё 9 человек пострадали. "
     "В 2025 году при взрыве на этой же шахте погибли 37 человек.", "ru"),
    ("12 березня 2029 року вибух газу на шахті «Верлівська» забрав життя 14 гірників. Ще 9 людей постраждали. "
     "У 2025 році внаслідок вибуху на цій же шахті загинули 37 людей.", "uk"),
    ("2029 жылғы 12 наурызда «Верлов» шахтасында газ жарылып, 14 кенші қаза тапты. Тағы 9 адам жарақат алды. "
     "2025 жылы осы шахтадағы жарылыстан 37 адам қаза тапқан.", "kk"),
])
def test_an_earlier_event_s_toll_is_no_claim(text, lang):
    got = _kept(text, lang)
    assert ("killed", 14) in got, got
    assert ("killed", 37) not in got, got


@pytest.mark.parametrize(("text", "lang"), [
    ("On 12 March 2025 a gas explosion at the Verlow mine killed 37 miners. In 2025 rescuers said 9 more were "
     "injured.", "en"),
    ("12 марта 2025 года взрыв газа на шахте «Верловская» унёс жизни 37 горняков. В 2025 году сообщалось ещё "
     "о 9 пострадавших.", "ru"),
])
def test_a_page_that_tells_the_earlier_event_keeps_its_tolls(text, lang):
    got = _kept(text, lang)
    assert ("killed", 37) in got, got


@pytest.mark.parametrize(("text", "lang"), [
    ("On 3 February 2029 a court in Dalmor convicted 6 organisers of the riot. In May 2026 police detained "
     "40 people and 12 were injured in the riot.", "en"),
])
def test_a_story_without_a_stated_toll_keeps_the_earlier_tolls(text, lang):
    got = _kept(text, lang)
    assert ("convicted", 6) in got, got
    assert ("injured", 12) in got, got


def test_a_toll_months_before_the_story_is_kept():
    got = _kept("On 14 January 2029 a missile hit a block of flats in Dalmor, killing 30 people. "
                "On 27 June 2028 a strike on a market in Verlow killed 21.", "en")
    assert ("killed", 30) in got and ("killed", 21) in got, got


# A hospital status counts the injured: a condition named by its grade, a ventilator, an admission.
@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Twelve people are in moderate condition after the fire in Dalmor.", "en", 12),
    ("Six of the injured remain critical, doctors said.", "en", 6),
    ("Eight patients are on ventilators in Dalmor.", "en", 8),
    ("12 человек находятся в состоянии средней степени тяжести.", "ru", 12),
    ("85 человек — в удовлетворительном состоянии.", "ru", 85),
    ("20 человек подключены к аппаратам искусственной вентиляции легких.", "ru", 20),
    ("12 людей перебувають у стані середньої тяжкості.", "uk", 12),
    ("20 осіб підключено до апаратів штучної вентиляції легенів.", "uk", 20),
    ("12 адам орташа ауыр жағдайда жатыр.", "kk", 12),
])
def test_a_hospital_status_counts_the_injured(text, lang, value):
    got = _kept(text, lang)
    assert ("injured", value) in got, got


# A toll's noun counts people: a figure of buildings after it (places of worship, hotels) is no toll, and the
# toll's own figure after them still takes it.
@pytest.mark.parametrize(("text", "lang"), [
    ("The death toll in the attacks at two mosques in Dalmor rose to 12.", "en"),
    ("The death toll in the attacks at two hotels in Dalmor rose to 12.", "en"),
    ("Число жертв нападения на две мечети в Дальморе выросло до 12.", "ru"),
    ("Кількість жертв нападу на два готелі в Дальморі зросла до 12.", "uk"),
    ("The death toll in the shootings at two mosques in Dalmor has increased to Twelve people.", "en"),
    ("Число жертв нападения на две мечети в Дальморе выросло до 12 человек.", "ru"),
])
def test_buildings_after_a_toll_count_no_toll(text, lang):
    got = _kept(text, lang)
    assert ("killed", 12) in got, got
    assert ("killed", 2) not in got, got


@pytest.mark.parametrize(("text", "lang"), [
    ("Жертвами нападения на две мечети в Дальморе стали иностранцы.", "ru"),
    ("Серед жертв нападу на два готелі в місті Дальмор є іноземці.", "uk"),
    ("Қарулы адам Дальмордағы екі мешітке шабуыл жасады.", "kk"),
])
def test_places_of_worship_are_no_count_of_people(text, lang):
    assert _kept(text, lang) == []
