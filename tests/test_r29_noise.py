"""Page furniture of real pages saved as text, round 29: invented pages about invented places.

A news page as text carries other news' headlines under a "read also" cue (or as ">> link" lines, or
as "headline / weekday, date, time / teaser" items under the article), comments, photo credits, share
buttons and the headline repeated. Their figures and dates are not the article's: the segmenter leaves
such lines out of paragraphs and sentences (recorded as ``boilerplate`` artefacts), so no claim, no
timeline row and no entity comes from them, while the article's own sentences stay and every span
still points into the document text.
"""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline
from rashomon.readers._boilerplate import furniture

PIPE = Pipeline()


def _run(text: str, lang: str, fmt: str = "text"):
    doc = Document(id="p.txt", path="p.txt", text=text, lang=lang, format=fmt)
    return PIPE.analyze(doc)


def _values(a) -> set:
    return {(c.measure, c.value) for c in a.claims}


READ_ALSO = [
    ("ru", "Пожар на складе в Зельмаре\n\nВ Зельмаре при пожаре на складе погибли 4 человека, сообщили в МЧС региона.\n\n"
           "Читайте также:\nВ Орбеле грузовик сбил 9 пешеходов\nЧисло жертв наводнения в Ларне выросло до 31\n"),
    ("uk", "Пожежа на складі в Зельмарі\n\nУ Зельмарі під час пожежі на складі загинули 4 людини, повідомили в ДСНС області.\n\n"
           "Читайте також\nВ Орбелі вантажівка збила 9 пішоходів\nКількість жертв повені в Ларні зросла до 31\n"),
    ("en", "Warehouse fire in Zelmar\n\nFour people were killed in a warehouse fire in Zelmar, the regional fire service said.\n\n"
           "Read more:\nTruck kills 9 pedestrians in Orbel\nLarna flood death toll rises to 31\n"),
    ("kk", "Зелмардағы қоймадағы өрт\n\nЗелмарда қоймадағы өрттен 4 адам қаза тапты, деп хабарлады облыстық ТЖД.\n\n"
           "Сондай-ақ оқыңыз:\nОрбелде жүк көлігі 9 жаяу жүргіншіні қағып кетті\nЛарнадағы су тасқынынан қаза тапқандар саны 31-ге жетті\n"),
]


@pytest.mark.parametrize(("lang", "text"), READ_ALSO)
def test_headlines_under_read_also_give_no_claim(lang, text):
    a = _run(text, lang)
    values = {v for _m, v in _values(a)}
    assert 4 in values, _values(a)
    assert not values & {9, 31}, _values(a)
    kinds = [x.detail for x in a.doc.artefacts if x.kind == "boilerplate"]
    assert kinds == ["related"], kinds
    for c in a.claims:  # provenance: quotes still read from the document text
        assert a.doc.text[c.span[0] : c.span[1]] == c.quote


SAME_LINE = [
    ("ru", "В Зельмаре при пожаре на складе погибли 4 человека, сообщили в МЧС региона.\n"
           "Читайте также: В Орбеле грузовик сбил 9 пешеходов\n"
           "Пожар тушили 40 спасателей, сообщили в ведомстве, добавив, что причина устанавливается.\n"),
    ("en", "Four people were killed in a warehouse fire in Zelmar, the regional fire service said.\n"
           "Read also: Truck kills 9 pedestrians in Orbel\n"
           "Some 40 firefighters fought the blaze for six hours, the service said in a statement.\n"),
]


@pytest.mark.parametrize(("lang", "text"), SAME_LINE)
def test_cue_and_headline_on_one_line_leave_the_prose_after_them(lang, text):
    values = {v for _m, v in _values(_run(text, lang))}
    assert 4 in values and 40 in values and 9 not in values, values


COMMENTS = [
    ("ru", "В Зельмаре при взрыве газа в жилом доме погибли 3 человека, сообщили в полиции города.\n\n"
           "Комментарии (2)\nгость 5 минут назад\nДа там человек 20 погибло, не меньше\n"),
    ("uk", "У Зельмарі внаслідок вибуху газу в житловому будинку загинули 3 людини, повідомили в поліції міста.\n\n"
           "Коментарі — 2\nгість 5 хвилин тому\nТам загинуло людей 20, не менше\n"),
    ("en", "Three people were killed in a gas explosion in a Zelmar apartment block, city police said.\n\n"
           "Comments\nguest 5 minutes ago\nI heard 20 died there, no less\n"),
    ("kk", "Зелмарда тұрғын үйде газ жарылып, 3 адам қаза тапты, деп хабарлады қалалық полиция.\n\n"
           "Пікірлер\nқонақ 5 минут бұрын\nОнда 20 адам қаза тапты деп естідім\n"),
]


@pytest.mark.parametrize(("lang", "text"), COMMENTS)
def test_comments_after_the_article_give_no_claim(lang, text):
    values = {v for _m, v in _values(_run(text, lang))}
    assert 3 in values and 20 not in values, values


def test_comments_cue_before_the_article_skips_that_line_only():
    text = ("Комментарии\n\nВ Зельмаре при взрыве газа в жилом доме погибли 3 человека, сообщили в полиции города.\n"
            "Ещё 12 жильцов госпитализированы с ожогами, их состояние врачи оценивают как средней тяжести.\n")
    values = {v for _m, v in _values(_run(text, "ru"))}
    assert {3, 12} <= values, values


ARROWS = [
    ("ru", "В Зельмаре автобус упал в реку, погибли 6 пассажиров, сообщили в областной полиции.\n"
           ">> В Орбеле столкнулись две машины, трое погибли\n>> Число пострадавших в ДТП под Ларной возросло до 24\n"),
    ("en", "Six passengers died when a bus fell into a river near Zelmar, the regional police said.\n"
           ">> Two cars collide near Orbel, three dead\n>> Larna crash injured rises to 24\n"),
]


@pytest.mark.parametrize(("lang", "text"), ARROWS)
def test_link_lines_after_the_article_give_no_claim(lang, text):
    values = {v for _m, v in _values(_run(text, lang))}
    assert 6 in values and not values & {3, 24}, values


TEASERS = [
    ("uk", "На заводі в Зельмарі стався вибух, загинули 5 робітників, повідомили в обласній поліції.\n\n"
           "В Орбелі відкрили новий міст: що відомо\n\nсереда, 5 листопад 2025, 22:29\n\n"
           "Міст в Орбелі відкрили 4 листопада, на церемонії було 300 гостей, повідомив мер міста...\n"),
    ("ru", "На заводе в Зельмаре произошел взрыв, погибли 5 рабочих, сообщили в областной полиции.\n\n"
           "В Орбеле открыли новый мост: что известно\n\nсреда, 5 ноября 2025, 22:29\n\n"
           "Мост в Орбеле открыли 4 ноября, на церемонии было 300 гостей, сообщил мэр города...\n"),
]


@pytest.mark.parametrize(("lang", "text"), TEASERS)
def test_dated_teaser_of_other_news_gives_no_claim_nor_timeline_row(lang, text):
    a = _run(text, lang)
    values = {v for _m, v in _values(a)}
    assert 5 in values and 300 not in values, values
    assert not [e for e in a.events if "11-04" in (e.when or "")], [e.when for e in a.events]


def test_live_blog_update_after_a_stamp_is_kept():
    text = ("Взрыв в Зельмаре: хроника\n\n"
            "10:15 В Зельмаре на рынке прогремел взрыв, погибли 2 человека, сообщили в полиции города.\n\n"
            "5 ноября 2025, 12:40\n\nЧисло погибших при взрыве на рынке Зельмара возросло до 7, сообщили в больнице.\n")
    values = {v for _m, v in _values(_run(text, "ru"))}
    assert {2, 7} <= values, values


CREDITS = [
    ("ru", "Взрыв на рынке в Зельмаре. Фото: агентство Орбел-Пресс\n\nВ Зельмаре при взрыве на рынке погибли 8 человек, сообщили в полиции.\n"),
    ("en", "Market blast in Zelmar. Photo: Orbel Press Agency\n\nEight people were killed in a blast at a market in Zelmar, police said.\n"),
]


@pytest.mark.parametrize(("lang", "text"), CREDITS)
def test_photo_credit_is_skipped_its_caption_kept(lang, text):
    a = _run(text, lang)
    spans = [x.span for x in a.doc.artefacts if x.kind == "boilerplate"]
    assert len(spans) == 1 and a.doc.text[spans[0][0] :].lower().startswith(("фото", "photo")), spans
    assert not any("Orbel" in (m.text if hasattr(m, "text") else a.doc.text[m.span[0] : m.span[1]]) or "Орбел" in a.doc.text[m.span[0] : m.span[1]]
                   for m in a.mentions)
    assert 8 in {v for _m, v in _values(a)}


REPEATED = [
    ("ru", "Число погибших в Зельмаре возросло до 12\n\nЧисло погибших в Зельмаре возросло до 12\n\n"
           "Число погибших при обрушении дома в Зельмаре возросло до 12, сообщили в МЧС.\n"),
    ("uk", "Кількість загиблих у Зельмарі зросла до 12\n\nКількість загиблих у Зельмарі зросла до 12\n\n"
           "Кількість загиблих унаслідок обвалу будинку в Зельмарі зросла до 12, повідомили в ДСНС.\n"),
    ("en", "Zelmar death toll rises to 12\n\nZelmar death toll rises to 12\n\n"
           "The death toll from the building collapse in Zelmar has risen to 12, officials said.\n"),
    ("kk", "Зелмарда қаза тапқандар саны 12-ге жетті\n\nЗелмарда қаза тапқандар саны 12-ге жетті\n\n"
           "Зелмарда үй құлауынан қаза тапқандар саны 12-ге жетті, деп хабарлады ТЖМ.\n"),
]


@pytest.mark.parametrize(("lang", "text"), REPEATED)
def test_headline_repeated_word_for_word_counts_once(lang, text):
    a = _run(text, lang)
    assert [x.detail for x in a.doc.artefacts if x.kind == "boilerplate"] == ["repeat"]
    assert sum(1 for c in a.claims if c.value == 12) <= 2


def test_single_furniture_lines():
    text = ("1 хв читати\n\nРЕКЛАМА\n\nУ Зельмарі під час пожежі загинули 4 людини, повідомили в ДСНС області.\n\n"
            "Поділитися\n\nПереглядів: 1690\n")
    got = [(text[s:e], k) for s, e, k in furniture(text, "text")]
    assert got == [("1 хв читати", "line"), ("РЕКЛАМА", "line"), ("Поділитися", "line"), ("Переглядів: 1690", "line")], got


def test_wikitext_see_also_is_not_furniture():
    text = "Пожар в Зельмаре\n\nВ Зельмаре погибли 4 человека.\n\nСмотрите также\nПожар в Орбеле (погибли 9 человек)\n"
    assert furniture(text, "wikitext") == []


def test_a_short_article_paragraph_after_a_cue_block_is_kept():
    text = ("В Зельмаре при пожаре погибли 4 человека, сообщили в МЧС региона в понедельник вечером.\n\n"
            "По теме\nВ Орбеле сгорел рынок\n\n"
            "Позже в МЧС уточнили, что пострадали ещё 15 человек, их доставили в городскую больницу.\n")
    values = {v for _m, v in _values(_run(text, "ru"))}
    assert {4, 15} <= values, values


TRAILING = [
    ("ru", "В Зельмаре при обрушении в шахте погиб 1 горняк, на поверхность вывели 40 человек, сообщили в компании.\n"
           "В Орбеле открыли новый рудник\nНа Ларне решили закрыть шахту\nВ Кельмаре погибли 18 горняков при обрушении\n"),
    ("uk", "У Зельмарі внаслідок обвалу в шахті загинув 1 гірник, на поверхню вивели 40 людей, повідомили в компанії.\n"
           "В Орбелі відкрили нову копальню\nНа Ларні вирішили закрити шахту\nУ Кельмарі загинули 18 гірників під час обвалу\n"),
    ("en", "One miner was killed in a cave-in at a Zelmar mine and 40 were brought to the surface, the company said.\n"
           "New mine opens in Orbel\nLarna to close its last pit\nCave-in kills 18 miners in Kelmar\n"),
    ("kk", "Зелмардағы шахтада опырылудан 1 кенші қаза тапты, жер бетіне 40 адам шығарылды, деп хабарлады компания.\n"
           "Орбелде жаңа кен ашылды\nЛарнада соңғы шахта жабылады\nКелмарда опырылудан 18 кенші қаза тапты\n"),
]


@pytest.mark.parametrize(("lang", "text"), TRAILING)
def test_closing_headlines_without_a_cue_give_no_claim(lang, text):
    values = {v for _m, v in _values(_run(text, lang))}
    assert 18 not in values and values & {1, 40}, values


def test_closing_list_needs_three_lines_and_no_paragraph_break():
    text = ("В Зельмаре при пожаре погибли 4 человека, сообщили в МЧС региона в понедельник вечером.\n\n"
            "Пострадали 15 человек\n\nВ Орбеле погибли 2 человека\n")
    assert furniture(text, "text") == []


def test_previous_article_link_is_furniture():
    text = "В Зельмаре при пожаре погибли 4 человека, сообщили в МЧС региона.\n\nПредыдущая статьяВ Орбеле сгорел рынок, погибли 3 человека\n"
    values = {v for _m, v in _values(_run(text, "ru"))}
    assert 4 in values and 3 not in values, values


HOMOGLYPHS = [
    ("uk", "Кiлькicть зaгиблиx у Зeльмapi зpocлa дo 12", "Кількість загиблих у Зельмарі зросла до 12"),
    ("ru", "Число пoгибшиx в Зeльмape вoзpocлo дo 12", "Число погибших в Зельмаре возросло до 12"),
    ("kk", "Зелмарда қaзa тaпқaндap caны 12-ге жeттi", "Зелмарда қаза тапқандар саны 12-ге жетті"),
]


@pytest.mark.parametrize(("lang", "text", "fixed"), HOMOGLYPHS)
def test_latin_lookalike_letters_in_cyrillic_words_are_made_cyrillic(lang, text, fixed):
    from rashomon.encoding import decode

    d = decode(text.encode("utf-8"))
    assert d.text == fixed
    assert any(a.kind == "homoglyphs" for a in d.artefacts)


def test_latin_words_and_mixed_tokens_are_left_alone():
    from rashomon.encoding import fix_homoglyphs

    text = "Toyota Camry, IT-компания, z-блогер, Mercedes, Tоyota"
    assert fix_homoglyphs(text) == (text, 0)


def test_reader_links_and_news_under_a_stamped_list():
    text = ("ARTICLE AD BOX\nEight people were killed when a footbridge collapsed in Zelmar, the city's mayor said on Monday.\n\n"
            "Read Entire Article\n")
    assert [k for _s, _e, k in furniture(text, "text")] == ["line", "line"]
    text = ("В Зельмаре при обрушении моста погибли 8 человек, сообщил мэр города в понедельник.\n"
            "Новости по теме\n\n18:12 / 12.07.2025\nВ Орбеле задержаны 40 участников беспорядков\n\n15:38 / 12.07.2025\nВ Ларне\n")
    values = {v for _m, v in _values(_run(text, "ru"))}
    assert 8 in values and 40 not in values, values


@pytest.mark.parametrize("text", [
    "Residents of the villages of Northfield and Lowmoor blocked the road near Eastbrook.\n\nVillage\tHouses damaged\tCars burned\nNorthfield\t4\t9\nLowmoor\t2\t6\n",
    "Жители сёл Сосновка и Луговое перекрыли дорогу у Восточного в понедельник утром.\n\n| Село | Повреждено домов | Сожжено машин |\n|---|---|---|\n| Сосновка | 4 | 9 |\n| Луговое | 2 | 6 |\n",
])
def test_a_closing_table_is_no_list_of_headlines(text):
    assert not [s for s in furniture(text) if s[2] == "related"]
