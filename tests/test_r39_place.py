"""Round 39, places: a figure its page places at the region (or country) around the incident's town
takes the town the run's other pages agree on (`rashomon._incident_places`). Invented pages."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.dossier import assemble
from rashomon.pipeline import Pipeline

_P = Pipeline()

# (a page writing the town with its region and placing a figure at the town; a second page placing a
# figure at the town; a page placing its toll at the region alone)
PAGES = {
    "en": ("Fire in Velmora\n\nA fire broke out in the town of Velmora, Dorn province, on Monday. In Velmora 12 people died, officials said.",
           "Velmora fire\n\nThe fire in Velmora has killed 15 people, the mayor said.",
           "Dorn fire toll rises\n\nA fire in Dorn province has killed 40 people, rescuers said."),
    "ru": ("Пожар в Велморе\n\nПожар вспыхнул в посёлке Велмора Дорнской области в понедельник. В Велморе погибли 12 человек.",
           "Пожар в Велморе\n\nПри пожаре в посёлке Велмора погибли 15 человек, сообщил мэр.",
           "Число жертв растёт\n\nПри пожаре в Дорнской области погибли 40 человек, сообщили спасатели."),
    "uk": ("Пожежа у Велморі\n\nПожежа спалахнула у селищі Велмора Дорнської області в понеділок. У Велморі загинули 12 людей.",
           "Пожежа у Велморі\n\nУнаслідок пожежі у селищі Велмора загинули 15 людей, повідомив мер.",
           "Кількість жертв зросла\n\nУнаслідок пожежі в Дорнській області загинули 40 людей, повідомили рятувальники."),
    "kk": ("Велморада өрт\n\nӨрт Кервел облысының Велмора ауылында шықты. Велмора ауылында 12 адам қаза тапты.",
           "Велморадағы өрт\n\nВелмора ауылындағы өрттен 15 адам қаза тапты, деп хабарлады әкім.",
           "Қаза тапқандар саны артты\n\nКервел облысында болған өрттен 40 адам қаза тапты, деп хабарлады құтқарушылар."),
}


def _places(lang: str, *texts: str, days: tuple[str | None, ...] = ()) -> dict[tuple[str, object], tuple[str | None, str | None]]:
    an = [_P.analyze(Document(id=f"{chr(97 + i)}_{lang}.txt", path="p", text=t, lang=lang,
                              published=days[i] if i < len(days) else None))
          for i, t in enumerate(texts)]
    d = assemble(an)
    return {(c.doc[0], c.value): (c.place, c.place_how) for c in d.claims if c.measure == "killed"}


def _town(place: str | None) -> bool:
    return bool(place) and place.casefold().startswith("velmor")


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_region_toll_takes_the_town_the_run_agrees_on(lang):
    got = _places(lang, *PAGES[lang])
    assert _town(got[("a", 12)][0]) and _town(got[("b", 15)][0])
    place, how = got[("c", 40)]
    assert _town(place), got
    assert how == "corpus"


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_one_page_of_the_town_is_not_agreement(lang):
    first, _second, region = PAGES[lang]
    got = _places(lang, first, region)
    assert not _town(got[("b", 40)][0]), got


def test_two_towns_of_the_region_none_is_taken():
    first, second, region = PAGES["en"]
    other = ("Ozerk blaze\n\nA fire in Ozerk, Dorn province, killed 9 people.",
             "Ozerk toll\n\nThe fire in Ozerk has killed 11 people, police said.")
    got = _places("en", first, second, *other, region)
    assert got[("e", 40)][0].startswith("Dorn"), got


def test_a_countrywide_total_keeps_its_place():
    first, second, _region = PAGES["en"]
    region = "Dorn province toll\n\nFires across the country have killed 40 people in Dorn province this year."
    got = _places("en", first, second, region)
    assert not _town(got[("c", 40)][0]), got


def test_pages_of_another_event_weeks_apart_are_no_support():
    first, second, region = PAGES["en"]
    got = _places("en", first, second, region, days=("2031-03-02", "2031-03-03", "2031-05-20"))
    assert not _town(got[("c", 40)][0]), got
    got = _places("en", first, second, region, days=("2031-03-02", "2031-03-03", "2031-03-05"))
    assert _town(got[("c", 40)][0]), got


def test_a_far_larger_total_beside_the_towns_own_figure_stays():
    first, second, _region = PAGES["en"]
    region = ("Dorn province\n\nA fire in Dorn province has killed 40 people, rescuers said. In Velmora 30 people died. "
              "Since the war began, 900 civilians have been killed in Dorn province.")
    got = _places("en", first, second, region)
    assert _town(got[("c", 40)][0]), got
    assert not _town(got[("c", 900)][0]), got


def test_the_towns_share_beside_the_regions_total_keeps_the_region():
    first, second, _region = PAGES["en"]
    region = "Dorn province toll\n\nIn all 62 people died in Dorn province, 48 of them in Velmora, rescuers said."
    got = _places("en", first, second, region)
    assert not _town(got[("c", 62)][0]), got


# the country-level guards, on a run whose places the gazetteer is told (invented ids and places)
from collections import Counter  # noqa: E402
from types import SimpleNamespace as _NS  # noqa: E402

from rashomon._incident_places import IncidentPlaces  # noqa: E402
from rashomon.gazetteer import Place  # noqa: E402

_ZARANIA = Place("x:za", "Zarania", 10.0, 10.0, "ZZ", "country", 1000000)  # its point: its capital
_VELMORA = Place("x:ve", "Velmora", 12.0, 12.0, "ZZ", "city", 50000)
_OZERK = Place("x:oz", "Ozerk", 13.0, 11.0, "ZZ", "city", 40000)


def _claim(place, measure="killed", value=40, span=(0, 5)):
    return _NS(place=place, place_how="sentence", when="2031-05-03", measure=measure, value=value, span=span)


def _page(doc, claims, places=()):
    text = "x" * 200
    return _NS(doc=_NS(id=doc, text=text, sentence_at=lambda o: None), claims=claims,
               mentions=[_NS(type="place", text=p, lemma=None, canonical=p, gazetteer_id=None, span=(100, 101))
                         for p in places])


def _run(last):
    ip = IncidentPlaces()
    pages = [_page("a", [_claim("Velmora", value=12)]), _page("b", [_claim("Velmora", value=15)]), last]
    for p in pages:
        ip.add(p)
    ip.resolve()
    ip.places.update({"g:x:za": _ZARANIA, "g:x:ve": _VELMORA, "g:x:oz": _OZERK})
    ip._key_of.update({"Zarania": "g:x:za", "Velmora": "g:x:ve", "Ozerk": "g:x:oz"})
    ip.pages = {"g:x:ve": {"a": set(), "b": set()}}
    ip.all_pages = {"g:x:ve": {"a": set(), "b": set()}, "g:x:za": {"c": set()}}
    ip.names = {"g:x:ve": Counter({"Velmora": 2}), "g:x:za": Counter({"Zarania": 1})}
    ip.fill(last)
    return [c.place for c in last.claims]


def test_country_toll_takes_its_one_town():
    assert _run(_page("c", [_claim("Zarania")])) == ["Velmora"]


def test_a_page_naming_another_town_of_the_country_keeps_the_country():
    assert _run(_page("c", [_claim("Zarania")], places=("Ozerk",))) == ["Zarania"]


def test_a_page_counting_the_countrys_detentions_keeps_the_country():
    page = _page("c", [_claim("Zarania"), _claim("Zarania", measure="detained", value=300)])
    assert _run(page) == ["Zarania", "Zarania"]
