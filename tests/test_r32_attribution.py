"""Round 32 (attribution): constructions seen on real pages, in invented sentences.

- an outlet citing a body with a long or hyphenated name, or "the words of" an official, gives the body;
- a direct speech opened by a dash and running over several sentences is the speaker's, as is a Kazakh
  paragraph of speech closed by "- деді X" / "- делінген хабарламада" (the body named before);
- the hall of a briefing is cut off a Kazakh name; "атап өткендей" (as X noted);
- Reuters in Cyrillic, an ombudswoman, the short name of an investigative committee, departments;
- a trailing "..., X said on Monday" covers a "while" clause before it;
- "сообщается в телеграм-канале главы региона X": the owner of the channel speaks;
- "X has said this in a statement" points back at the sentence before;
- a headline's spaced-dash tail ("... - authorities", "... — МЧС") names its source, not a copula dash.
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import sourced


def _src(text: str, lang: str) -> dict:
    """``(measure, value) -> (source name, source type)`` of the claims of ``text``."""
    return {(m, v): (n, t) for m, v, n, t in sourced(text, lang)}


@pytest.mark.parametrize("text,lang,key,name_word,typ", [
    ("Число погибших при пожаре в Верхнеозёрске увеличилось до 14 человек, сообщил Интерфакс со ссылкой на "
     "пресс-службу ГУ МЧС РФ по Тверской области в субботу.", "ru", ("killed", 14), "МЧС", "official"),
    ("В результате взрыва в Верхнеозёрске известно о 17 погибших. Об этом пишет агентство «Заря» со ссылкой на "
     "слова начальника областной военной администрации Петра Сидоренко.", "ru", ("killed", 17), "Сидоренко", "official"),
    ("Кількість загиблих у Заріччі зросла до 12, повідомляє агентство «Зоря» з посиланням на слова голови "
     "обласної військової адміністрації Петра Сидоренка.", "uk", ("killed", 12), "Сидоренка", "official"),
])
def test_outlet_citing_a_body_gives_the_body(text, lang, key, name_word, typ):
    got = _src(text, lang)
    assert got[key][1] == typ, got
    assert name_word in got[key][0], got


@pytest.mark.parametrize("text,lang,keys,name_word", [
    ("- На поверхность выведено 23 человека, пострадали 15 человек. Остаются в шахте - 8,- сообщают в МЧС.",
     "ru", [("injured", 15), ("missing", 8)], "МЧС"),
    ("– Роботи тривають. 1 потерпілий, 1 врятований. Пошук людей продовжується- повідомив начальник ДСНС Петро Сидоренко.",
     "uk", [("injured", 1)], "Сидоренко"),
    ("Өкінішке орай, 9 қызметкер қаза тапты. 37 полиция қызметкері жарақат алды. Көптеген қызметкерлер әлі де "
     "ем алуда, - деді министр.", "kk", [("killed", 9), ("injured", 37)], "министр"),
])
def test_dash_speech_over_sentences(text, lang, keys, name_word):
    got = _src(text, lang)
    for k in keys:
        assert got[k][1] == "official" and name_word in got[k][0], got


def test_kk_statement_pointer_after_a_published_notice():
    got = _src("ТЖМ шахтадағы жағдай бойынша ақпаратты жариялады.\n\nСағат 20.00-дегі жағдай бойынша 15 кеншінің "
               "денесі табылды, 2 кеншіні іздеу жалғасып жатыр, - делінген хабарламада.", "kk")
    assert got[("killed", 15)][1] == got[("missing", 2)][1] == "official", got
    assert "ТЖМ" in got[("killed", 15)][0], got


def test_dash_in_a_quotation_of_its_own_is_not_the_paragraph():
    got = _src("Ауданда 5 адам қаза тапты. «Жағдай бақылауда», - деді әкім.", "kk")
    assert got[("killed", 5)] == (None, None), got


def test_kk_briefing_hall_cut_off_and_as_noted():
    got = _src("Қазіргі күні 49 азамат қаза тапты, — деді Қанат Сәрсенов Орталық коммуникациялар қызметінде өткен брифингте.", "kk")
    assert got[("killed", 49)][0] == "Қанат Сәрсенов", got
    got = _src("Облыс әкімі атап өткендей, 12 адам қаза тапты.", "kk")
    assert got[("killed", 12)][1] == "official", got


@pytest.mark.parametrize("text,lang,key,typ", [
    ("Як повідомляє Ройтерс, загинули вісімнадцять людей.", "uk", ("killed", 18), "media"),
    ("Как сообщает Рейтер, погибли 18 человек.", "ru", ("killed", 18), "media"),
    ("Ombudswoman Jane Smith said at a session of parliament that 38 people were killed.", "en", ("killed", 38), "official"),
    ("Слідком у неділю повідомив, що на місці виявлено тіла 37 осіб.", "uk", ("killed", 37), "official"),
    ("Следком в воскресенье сообщил, что на месте обнаружены тела 37 человек.", "ru", ("killed", 37), "official"),
    ("В Заозёрской области в результате возгорания автобуса погибли 12 человек, сообщили в департаменте по "
     "чрезвычайным ситуациям.", "ru", ("killed", 12), "official"),
    ("У Заріченській області загинули 12 людей, повідомили в департаменті з надзвичайних ситуацій.", "uk", ("killed", 12), "official"),
])
def test_kinds_of_sources(text, lang, key, typ):
    assert _src(text, lang)[key][1] == typ


def test_trailing_speaker_covers_a_while_clause():
    got = _src("The death toll in a gas explosion in a house in Lakeview has reached four, while the fate of 18 residents "
               "remains unknown, Governor of the Lakeview Region John Smith said on Monday.", "en")
    assert got[("killed", 4)] == got[("missing", 18)], got
    assert got[("killed", 4)][1] == "official", got


@pytest.mark.parametrize("text,lang,key,name_word", [
    ("19 человек пострадали при задымлении на шахте «Северная». Об этом сообщается в телеграм-канале главы "
     "региона Петра Сидорова.", "ru", ("injured", 19), "Сидорова"),
    ("19 человек пострадали при задымлении на шахте, сообщается в телеграм-канале МЧС.", "ru", ("injured", 19), "МЧС"),
])
def test_channel_owner_speaks(text, lang, key, name_word):
    got = _src(text, lang)
    assert got[key][1] == "official" and name_word in got[key][0], got


def test_said_this_points_back():
    got = _src("Three people were killed and five were injured in a gas explosion in Lakeview.\n\nThe press service "
               "of the State Emergency Service of Freedonia has said this in a statement.", "en")
    assert got[("killed", 3)][1] == got[("injured", 5)][1] == "official", got
    got = _src("Three people were killed in Lakeview. The mayor said this was a tragedy.", "en")
    assert got[("killed", 3)] == (None, None), got


@pytest.mark.parametrize("text,lang,keys,name", [
    ("Gas explosion in Lakeview kills at least four, 18 others missing - authorities", "en",
     [("killed", 4), ("missing", 18)], "authorities"),
    ("В Озерске погибли 4 человека — МЧС", "ru", [("killed", 4)], "МЧС"),
    ("В Озерську загинули 4 людини – ДСНС", "uk", [("killed", 4)], "ДСНС"),
])
def test_headline_dash_tail(text, lang, keys, name):
    got = _src(text, lang)
    for k in keys:
        assert got[k] == (name, "official"), got


@pytest.mark.parametrize("text,lang", [
    ("Погибли 12 человек, из них 9 — сотрудники полиции.", "ru"),
    ("Загинули 12 людей, з них 9 — працівники поліції.", "uk"),
])
def test_copula_dash_is_no_source(text, lang):
    assert all(t is None for _m, _v, _n, t in sourced(text, lang))


def test_kk_speech_close_skips_hyphens_and_inner_dashes():
    got = _src("Бұл – қысқа мерзімде тәртіпті қалпына келтіруге мүмкіндік берді. Өкінішке орай, 19 қызметкер қаза тапты. "
               "Оның 28-іне оқ тиді. Көптеген қызметкерлер әлі де ем алуда, - деді министр.", "kk")
    assert got[("killed", 19)] == ("министр", "official"), got


def test_kk_genitive_surname_takes_the_title_named_before():
    got = _src("Бұған дейін Бас прокуратураның қылмыстық қудалау қызметінің бастығы Серік Жұмабаев мәйітханаларға 225 адам "
               "жеткізілгенін хабарлады. Серік Жұмабаевтың сөзінше, қаза болғандардың 19-ы — полицейлер.", "kk")
    assert got[("killed", 19)][1] == "official", got


@pytest.mark.parametrize("text,lang,key", [
    ("Число погибших в результате взрыва в «Заре» достигло 43, сообщила главред «Зари» Анна Петрова.", "ru", ("killed", 43)),
    ("Кількість загиблих зросла до 43, повідомила головна редакторка «Зорі» Ганна Петренко.", "uk", ("killed", 43)),
    ("The toll reached 43, the editor-in-chief of the Lakeview Gazette said.", "en", ("killed", 43)),
])
def test_an_editor_speaks_for_the_outlet(text, lang, key):
    assert _src(text, lang)[key][1] == "media"


@pytest.mark.parametrize("text,lang", [
    ("53 человека погибли, 16 числятся пропавшими без вести — это официальные данные МЧС на 8:30 (мск).", "ru"),
    ("53 людини загинули, 16 зникли безвісти — це офіційні дані ДСНС.", "uk"),
])
def test_these_are_the_data_of(text, lang):
    got = _src(text, lang)
    assert got[("killed", 53)][1] == got[("missing", 16)][1] == "official", got
    assert got[("killed", 53)][0] in ("МЧС", "ДСНС"), got


def test_short_state_service_is_official():
    got = _src("Рятувальники знайшли тіла п'яти загиблих у будинку в Озерську, повідомили в Держслужбі з надзвичайних ситуацій.", "uk")
    assert got[("killed", 5)][1] == "official", got


def test_dash_speech_outranks_a_source_carried_from_before():
    got = sourced("Поиски еще 18 шахтеров продолжаются, передает Заря.kz.\n– По состоянию на 15:00 обнаружены тела 28 "
                  "погибших. В работах задействованы горноспасатели ТОО «Центральный штаб аварийно-спасательных служб», "
                  "– сообщает МЧС.", "ru")
    assert ("killed", 28, "МЧС", "official") in got, got



def test_statement_pointer_prefers_the_body_over_the_relaying_outlet():
    got = sourced('Зауытта екі жұмысшы қаза тапқаны туралы ақпаратты "Жұлдыз Ойл" ЖШС растады, деп хабарлайды Таң.kz тілшісі.\n'
                  "Кәсіпорын аумағында автокөтергіш аударылып, екі адам қаза тапты. Зауыт қалыпты режимде жұмысын "
                  "жалғастыруда, – делінген хабарламада.", "kk")
    assert got[-1][3] == "company", got
    got = sourced("Об этом сообщил ТАСС.\n«Погибли трое. Пожар потушен», — говорится в сообщении.", "ru")
    assert got == [("killed", 3, "ТАСС", "media")], got


def test_dateline_outlet_before_a_pointer_is_no_speaker():
    got = sourced("ТАРАЗ. ТАҢ-АҚПАРАТ – Бұл туралы облыс әкімінің орынбасары Серік Жұмабаев айтты.\n– Ауданда болған өрт "
                  "кезінде жалпы 12 адам қаза тапты. Қазір олар ем қабылдап жатыр, – деді ол.", "kk")
    assert got == [("killed", 12, "облыс әкімінің орынбасары Серік Жұмабаев", "official")], got
