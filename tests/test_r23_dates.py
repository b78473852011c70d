"""Quality round 23 (cross-set), dates and timeline rows. All texts are invented (fictional places
and people)."""

from __future__ import annotations

import pytest

from rashomon.document import Document


def events(pipeline, text: str, lang: str) -> list[str]:
    return [e.when for e in pipeline.analyze(Document(id="x.txt", path="x.txt", text=text, lang=lang)).events]


# A day written as the owner of an event ("Saturday's attack") refers back to it; the sentence's own
# event is the other day it states (the statement's day). English only: ru/uk/kk write no such form.
@pytest.mark.parametrize(("text", "event", "backref"), [
    ("VELMORA, 18 March 2031 - Officials said on Monday that nine people were killed in Saturday's attack "
     "on a police post in Velmora.", "2031-03-17", "2031-03-15"),
    ("VELMORA, 18 March 2031 - Rescuers detained two suspects on Monday over Saturday’s blast at the Dorran depot.",
     "2031-03-17", "2031-03-15"),
])
def test_a_possessive_day_is_no_entry_next_to_another_day(pipeline, text, event, backref):
    whens = events(pipeline, text, "en")
    assert event in whens and backref not in whens, whens


def test_a_possessive_day_alone_still_dates_its_sentence(pipeline):
    text = ("VELMORA, 18 March 2031 - The health ministry said 12 people had died "
            "in Wednesday's clashes in Velmora.")
    whens = events(pipeline, text, "en")
    assert "2031-03-12" in whens, whens


# A follow-up entry of a JSON Lines file that dates a toll by its own day ("on Thursday, 9 October,
# said that 14 died") counts from the start an earlier entry of the same file gave.
_FOLLOW_UPS = {
    "ru": ("В среду, 8 октября 2031 года, в Велморе взорвался склад. По данным МЧС, погибли 6 человек.",
           "Следственный комитет в четверг, 9 октября, сообщил, что погибших 14 человек."),
    "uk": ("У середу, 8 жовтня 2031 року, у Велморі вибухнув склад. За даними ДСНС, загинули 6 людей.",
           "Слідчий комітет у четвер, 9 жовтня, повідомив, що загиблих 14 людей."),
    "en": ("On Wednesday, 8 October 2031, a depot exploded in Velmora. The emergencies ministry said 6 people died.",
           "The investigators said on Thursday, 9 October, that 14 people had died."),
    "kk": ("2031 жылғы 8 қазанда, сәрсенбі күні, Велмора қаласында қойма жарылды. ТЖМ мәліметінше, 6 адам қаза тапты.",
           "Тергеу комитеті бейсенбі күні, 9 қазанда, қаза тапқандар саны 14 адамға жеткенін хабарлады."),
}


@pytest.mark.parametrize("lang", sorted(_FOLLOW_UPS))
def test_a_follow_up_entry_toll_runs_from_the_files_start(tmp_path, lang):
    import json

    from rashomon.dossier import build_dossier

    first, second = _FOLLOW_UPS[lang]
    rows = [{"id": "a1", "title": "", "date": "2031-10-08", "source": "Velmora Courier", "text": first},
            {"id": "a2", "title": "", "date": "2031-10-09", "source": "Velmora Courier", "text": second}]
    path = tmp_path / f"velmora_{lang}.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    d = build_dossier([str(path)])
    whens = {c.value: c.when for c in d.claims if c.doc.endswith("#a2") and c.measure == "killed"}
    assert whens.get(14) == "2031-10-08/2031-10-09", whens


# A toll dated by a year-less day after a new year ("31 December ... on 2 January the toll reached
# 39"): once the corpus gives the years, it runs from the event's start.
_NEW_YEAR = {
    "ru": "Взрыв газа разрушил подъезд дома в Велморе 31 декабря. 2 января число погибших достигло 39.",
    "uk": "Вибух газу зруйнував під'їзд будинку у Велморі 31 грудня. 2 січня кількість загиблих сягнула 39.",
    "en": "A gas explosion destroyed a block of flats in Velmora on 31 December. On 2 January the death toll reached 39.",
    "kk": "Велморада 31 желтоқсанда газ жарылып, үйдің подъезі қирады. 2 қаңтарда қаза тапқандар саны 39 адамға жетті.",
}


@pytest.mark.parametrize("lang", sorted(_NEW_YEAR))
def test_a_yearless_toll_after_new_year_runs_from_the_start(tmp_path, lang):
    from rashomon.dossier import build_dossier

    (tmp_path / "a_wire_en.txt").write_text(
        "VELMORA, 31 December 2030 - A gas explosion destroyed a block of flats in Velmora on Tuesday, "
        "31 December 2030, killing 12 people.\n", encoding="utf-8")
    (tmp_path / f"b_news_{lang}.txt").write_text(_NEW_YEAR[lang] + "\n", encoding="utf-8")
    d = build_dossier([str(tmp_path)])
    whens = {c.value: c.when for c in d.claims if "b_news" in c.doc and c.measure == "killed"}
    assert whens.get(39) == "2030-12-31/2031-01-02", whens


@pytest.mark.parametrize(("text", "lang"), [
    ("Пожежа на складі у Велморі сталася 3 березня 2009 року. У 2011 році обвинувачення пред'явили 7 посадовцям.", "uk"),
    ("Пожар на складе в Велморе произошёл 3 марта 2009 года. В 2011 году обвинения предъявили 7 чиновникам.", "ru"),
    ("The depot fire in Velmora broke out on 3 March 2009. In 2011 seven officials were charged.", "en"),
    ("Велморадағы қоймада өрт 2009 жылғы 3 наурызда шықты. 2011 жылы 7 лауазымды тұлғаға айып тағылды.", "kk"),
])
def test_charges_in_a_year_alone_are_an_event(pipeline, text, lang):
    assert "2011" in events(pipeline, text, lang), events(pipeline, text, lang)
