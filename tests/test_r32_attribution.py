"""Round 32 (attribution): constructions seen on real pages, in invented sentences (fictional places,
people, outlets and figures).

- an outlet citing a body with a long or hyphenated name, or "the words of" an official, gives the body;
- a direct speech opened by a dash and running over several sentences is the speaker's, as is a Kazakh
  paragraph of speech closed by "- деді X" / "- делінген хабарламада" (the body named before);
- the hall of a briefing is cut off a Kazakh name; "атап өткендей" (as X noted);
- Reuters in Cyrillic, an ombudswoman, the short name of an investigative committee, departments;
- a trailing "..., X said on Monday" covers a "while" clause before it;
- "сообщается в телеграм-канале главы района X": the owner of the channel speaks;
- "X has said this in a statement" points back at the sentence before;
- a headline's spaced-dash tail ("... - police", "... — МЧС") names its source, not a copula dash.
"""

from __future__ import annotations

import pytest

from tests.claims_helpers import sourced


def _src(text: str, lang: str) -> dict:
    """``(measure, value) -> (source name, source type)`` of the claims of ``text``."""
    return {(m, v): (n, t) for m, v, n, t in sourced(text, lang)}


@pytest.mark.parametrize("text,lang,key,name_word,typ", [
    ("При обрушении склада в Верхнеозёрске погибли 6 рабочих, передает агентство «Заря» со ссылкой на "
     "пресс-службу ГУ МЧС по Тверской области.", "ru", ("killed", 6), "МЧС", "official"),
    ("Во время паводка в Верхнеозёрске утонули 4 человека. Об этом пишет агентство «Заря» со ссылкой на "
     "слова начальника районной администрации Ильи Грачёва.", "ru", ("killed", 4), "Грачёва", "official"),
    ("Після зсуву в Заріччі зникли 7 людей, повідомляє агентство «Зоря» з посиланням на слова голови "
     "районної адміністрації Остапа Гайового.", "uk", ("missing", 7), "Гайового", "official"),
])
def test_outlet_citing_a_body_gives_the_body(text, lang, key, name_word, typ):
    got = _src(text, lang)
    assert got[key][1] == typ, got
    assert name_word in got[key][0], got


@pytest.mark.parametrize("text,lang,keys,name_word", [
    ("– Из карьера эвакуировали всех. Травмы получили 6 рабочих. Под завалами остаются 3, – сообщили в МЧС.",
     "ru", [("injured", 6), ("missing", 3)], "МЧС"),
    ("– Гасіння триває. Є 2 постраждалих. Рятувальники працюють цілу ніч- повідомив начальник ДСНС Остап Гайовий.",
     "uk", [("injured", 2)], "Гайовий"),
    ("Жол апатында 6 жолаушы қаза тапты. Тағы 11 адам ауруханаға жеткізілді. Тергеу жүріп жатыр, - деді әкім.",
     "kk", [("killed", 6), ("injured", 11)], "әкім"),
])
def test_dash_speech_over_sentences(text, lang, keys, name_word):
    got = _src(text, lang)
    for k in keys:
        assert got[k][1] == "official" and name_word in got[k][0], got


def test_kk_statement_pointer_after_a_published_notice():
    got = _src("ТЖМ су тасқыны бойынша ақпаратты жариялады.\n\nТаңертеңгі жағдай бойынша 3 адамның денесі табылды, "
               "5 адамды іздеу жалғасуда, - делінген хабарламада.", "kk")
    assert got[("killed", 3)][1] == got[("missing", 5)][1] == "official", got
    assert "ТЖМ" in got[("killed", 3)][0], got


def test_dash_in_a_quotation_of_its_own_is_not_the_paragraph():
    got = _src("Ауданда 5 адам қаза тапты. «Жағдай бақылауда», - деді әкім.", "kk")
    assert got[("killed", 5)] == (None, None), got


def test_kk_briefing_hall_cut_off_and_as_noted():
    got = _src("Өрт кезінде 8 адам зардап шекті, — деді Асқар Серіков Жастар сарайында өткен брифингте.", "kk")
    assert got[("injured", 8)][0] == "Асқар Серіков", got
    got = _src("Облыс әкімі атап өткендей, 12 адам қаза тапты.", "kk")
    assert got[("killed", 12)][1] == "official", got


@pytest.mark.parametrize("text,lang,key,typ", [
    ("Як повідомляє Ройтерс, під час повені загинули дев'ятеро людей.", "uk", ("killed", 9), "media"),
    ("Как сообщает Рейтер, при взрыве погибли 7 человек.", "ru", ("killed", 7), "media"),
    ("Ombudswoman Jane Smith told reporters that 27 people were killed.", "en", ("killed", 27), "official"),
    ("Слідком у вівторок повідомив, що під завалами виявлено тіла 29 осіб.", "uk", ("killed", 29), "official"),
    ("Следком во вторник сообщил, что под завалами обнаружены тела 29 человек.", "ru", ("killed", 29), "official"),
    ("В Заозёрском районе при сходе лавины погибли 3 туриста, сообщили в департаменте по чрезвычайным "
     "ситуациям.", "ru", ("killed", 3), "official"),
    ("У Заріченському районі загинули 3 туристи, повідомили в департаменті з надзвичайних ситуацій.", "uk", ("killed", 3), "official"),
])
def test_kinds_of_sources(text, lang, key, typ):
    assert _src(text, lang)[key][1] == typ


def test_trailing_speaker_covers_a_while_clause():
    got = _src("Two workers died in the flooded tunnel near Lakeview, while 11 others are still unaccounted for, "
               "Mayor Ann Brooks said on Tuesday.", "en")
    assert got[("killed", 2)] == got[("missing", 11)], got
    assert got[("killed", 2)][1] == "official", got


@pytest.mark.parametrize("text,lang,key,name_word", [
    ("7 человек отравились угарным газом в котельной. Об этом сообщается в телеграм-канале главы "
     "района Ильи Грачёва.", "ru", ("injured", 7), "Грачёва"),
    ("7 человек отравились угарным газом в котельной, сообщается в телеграм-канале МЧС.", "ru", ("injured", 7), "МЧС"),
])
def test_channel_owner_speaks(text, lang, key, name_word):
    got = _src(text, lang)
    assert got[key][1] == "official" and name_word in got[key][0], got


def test_said_this_points_back():
    got = _src("Two people were killed and six were injured when a bridge collapsed in Lakeview.\n\nThe press office "
               "of the Lakeview police department has said this in a statement.", "en")
    assert got[("killed", 2)][1] == got[("injured", 6)][1] == "official", got
    got = _src("Two people were killed in Lakeview. The mayor said this was a tragedy.", "en")
    assert got[("killed", 2)] == (None, None), got


@pytest.mark.parametrize("text,lang,keys,name", [
    ("Bridge collapse in Lakeview kills at least two, 9 others missing - police", "en",
     [("killed", 2), ("missing", 9)], "police"),
    ("В Озерске при пожаре погибли 2 человека — МЧС", "ru", [("killed", 2)], "МЧС"),
    ("В Озерську під час пожежі загинули 2 людини – ДСНС", "uk", [("killed", 2)], "ДСНС"),
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
    got = _src("Бұл – ауыр жағдай. Өкінішке орай, 7 құтқарушы қаза тапты. Оның 2-іне ота жасалды. "
               "Іздеу әлі жалғасуда, - деді министр.", "kk")
    assert got[("killed", 7)] == ("министр", "official"), got


def test_kk_genitive_surname_takes_the_title_named_before():
    got = _src("Бұған дейін облыстық полиция департаментінің бастығы Ержан Бекболов 14 адам ұсталғанын хабарлады. "
               "Ержан Бекболовтың сөзінше, олардың 5-і — шетел азаматтары.", "kk")
    assert got[("detained", 5)][1] == "official", got


@pytest.mark.parametrize("text,lang,key", [
    ("Число погибших при пожаре в «Заре» достигло 31, сообщила главред «Вестника» Анна Петрова.", "ru", ("killed", 31)),
    ("Кількість загиблих зросла до 31, повідомила головна редакторка «Зорі» Ганна Петренко.", "uk", ("killed", 31)),
    ("The toll reached 31, the editor-in-chief of the Lakeview Gazette said.", "en", ("killed", 31)),
])
def test_an_editor_speaks_for_the_outlet(text, lang, key):
    assert _src(text, lang)[key][1] == "media"


@pytest.mark.parametrize("text,lang", [
    ("41 человек погиб, 12 числятся пропавшими — это официальные данные МЧС на 9:15 (мск).", "ru"),
    ("41 людина загинула, 12 зникли безвісти — це офіційні дані ДСНС.", "uk"),
])
def test_these_are_the_data_of(text, lang):
    got = _src(text, lang)
    assert got[("killed", 41)][1] == got[("missing", 12)][1] == "official", got
    assert got[("killed", 41)][0] in ("МЧС", "ДСНС"), got


def test_short_state_service_is_official():
    got = _src("У будинку в Озерську рятувальники знайшли тіла двох загиблих, повідомили в Держслужбі з надзвичайних ситуацій.", "uk")
    assert got[("killed", 2)][1] == "official", got


def test_dash_speech_outranks_a_source_carried_from_before():
    got = sourced("Спасатели продолжают разбирать завалы, передает Вестник.kz.\n– К утру найдены тела 6 рабочих. На месте "
                  "работают бойцы ТОО «Горный спасательный отряд», – сообщает МЧС.", "ru")
    assert ("killed", 6, "МЧС", "official") in got, got


def test_statement_pointer_prefers_the_body_over_the_relaying_outlet():
    got = sourced('Цехта 3 жұмысшы жарақат алғаны туралы ақпаратты "Жұлдыз Металл" ЖШС растады, деп хабарлайды Таң.kz тілшісі.\n'
                  "Қазандық жарылып, 3 адам жарақат алды. Цех жұмысын жалғастыруда, – делінген хабарламада.", "kk")
    assert got[-1][3] == "company", got
    got = sourced("Об этом сообщил ТАСС.\n«Погибли трое. Пожар потушен», — говорится в сообщении.", "ru")
    assert got == [("killed", 3, "ТАСС", "media")], got


def test_dateline_outlet_before_a_pointer_is_no_speaker():
    got = sourced("ТАРАЗ. ТАҢ-АҚПАРАТ – Бұл туралы облыс әкімінің орынбасары Ержан Бекболов журналистерге берген сұхбатында айтты.\n"
                  "– Ауданда болған өрт кезінде 4 адам қаза тапты. Қазір зардап шеккендер ем қабылдап жатыр, – деді ол.", "kk")
    assert got == [("killed", 4, "облыс әкімінің орынбасары Ержан Бекболов", "official")], got


def test_kk_quotation_after_a_colon_is_its_own():
    got = _src("Қазақ КСР-інен 200-ге жуық құтқарушы жіберілді, олар қалаға 9 желтоқсанда жетті. Құтқарушы Ержан "
               "Бекболов: «Бірінші күні ондаған адамды шығардық», – деп еске алады.", "kk")
    assert got[("deployed", 200)] == (None, None), got
