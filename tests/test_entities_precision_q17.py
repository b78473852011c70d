"""Entity precision (q17e): what the Entities table lists must be names. Quoted clauses and titles,
common words, file-format words and laws are no organisation or person; a bare national institution
takes its country from the document's own places, not from one foreign town a common word was read
as. Invented sentences in ru, uk, kk and en; the names that must stay are checked beside them."""

from __future__ import annotations

from collections import Counter

import pytest

from rashomon._entity_known import _home_countries
from rashomon._entity_precision import kk_stem_in
from rashomon.document import Document
from rashomon.entities import TaggedMention


def mentions(pipeline, text: str, lang: str):
    doc = Document(id="d.txt", path="d.txt", text=text, lang=lang)
    pipeline.prepare(doc)
    return pipeline.entity_tagger(doc)


def named(pipeline, text: str, lang: str) -> set[str]:
    """Texts of the org and person mentions of one document."""
    return {m.text for m in mentions(pipeline, text, lang) if m.type in ("org", "person")}


@pytest.mark.parametrize("text,lang,junk", [
    # quoted clauses: a pronoun or a quantity word first, or a finite verb inside
    ('Слухи о сорока погибших "Это провокация", - заявили в ведомстве.', "ru", "Это провокация"),
    ("«Мы копали руками». Рассказ волонтёра из посёлка Новый Луч.", "ru", "Мы копали руками"),
    ("«Ми копали руками». Розповідь волонтера з селища.", "uk", "Ми копали руками"),
    ("Заголовок «Сотні вбитих» з'явився у мережі вночі.", "uk", "Сотні вбитих"),
    ("Газета вышла под заголовком «Сотни погибших» в пятницу.", "ru", "Сотни погибших"),
    ("Министр ответил: «Это ложь», и ушёл.", "ru", "Это ложь"),
    ("Хабарламада «Бұл арандату» деп жазылған.", "kk", "Бұл арандату"),
    # an English headline is a clause, not a name
    ('# "Bullets Were Falling Like Rain": the events of 13 May\n\nThe report was published on Monday.', "en",
     "Bullets Were Falling Like Rain"),
    ('The Times ran the story "Town Is Quiet After Clashes" on Monday.', "en", "Town Is Quiet After Clashes"),
    # file and format words, common nouns at a sentence start
    ("Full report (PDF)\n\nThe group published it online.", "en", "PDF"),
    ("Полный доклад (PDF, англ.) опубликован на сайте.", "ru", "PDF"),
    ("Hospital staff in the town tell me the wards are full.", "en", "Hospital"),
    ("Кеншілер кәсіподағының төрағасы мәлімдеме жасады.", "kk", "Кеншілер"),
    ("Тұрғындардың айтуынша, ондаған үй су астында қалды.", "kk", "Тұрғындардың"),
    ("Тұрғындар үйлеріне оралды.", "kk", "Тұрғындар"),
    # laws and documents
    ("Negligence under Article 345 of the Criminal Code carries up to seven years.", "en", "Criminal Code"),
])
def test_not_a_name_is_no_entity(pipeline, text, lang, junk):
    assert junk not in named(pipeline, text, lang)


@pytest.mark.parametrize("text,lang,name", [
    # quoted names stay names: no pronoun first, no verb
    ("Компания «Новая Степь» сообщила о забастовке.", "ru", "Новая Степь"),
    ("Фонд «Сонячна енергія» зібрав кошти.", "uk", "Сонячна енергія"),
    ("«Ақ жол» партиясы мәлімдеме таратты.", "kk", "Ақ жол"),
    ("Оппозиционное движение «Жаңа Дала» потребовало отставки.", "ru", "Жаңа Дала"),  # "Дала" also reads as a verb
    ("Опозиційний рух «Жаңа Дала» вимагав відставки.", "uk", "Жаңа Дала"),
    # organisations and people with a capital stay
    ("Human Rights Watch said the police fired first.", "en", "Human Rights Watch"),
    ("The report quoted Marat Serikbayev, a local activist.", "en", "Marat Serikbayev"),
    ("По словам Ивана Петрова, полиция стреляла.", "ru", "Ивана Петрова"),
    # an organisation word is still an organisation (a law word is not its last word)
    ("The Constitutional Court ruled on Friday.", "en", "Constitutional Court"),
])
def test_names_stay(pipeline, text, lang, name):
    assert name in named(pipeline, text, lang)


@pytest.mark.parametrize("word,stems,expected", [
    ("Тұрғындардың", {"тұрғын"}, True),
    ("Кеншілер", {"кенші"}, True),
    ("Тұрғын", {"тұрғын"}, True),
    ("Тұрғынбаев", {"тұрғын"}, False),  # a surname on the stem is no common noun
    ("Адамов", {"адам"}, False),
    ("Айдар", {"ай"}, True),  # (why the list holds whole stems, never two-letter ones)
])
def test_kk_stem_with_endings(word, stems, expected):
    assert kk_stem_in(word, frozenset(stems)) is expected


def place(gid: str) -> TaggedMention:
    return TaggedMention(doc="d", span=(0, 4), text="x", type="place", lemma="x", key="x", gazetteer_id=gid, how="gazetteer")


@pytest.mark.parametrize("gids,expected", [
    (["2294700", "1516589"], {"KZ"}),  # Tema (GH) once beside a town of the covered region: the region's
    (["2294700", "2294700", "1516589"], {"GH", "KZ"}),  # a foreign town named twice counts
    (["618426", "617790", "1516589"], {"MD", "KZ"}),  # Chisinau with Moldova named: Moldova counts
    (["618426"], {"MD"}),  # one foreign town and nothing else: still the only evidence
])
def test_home_countries(pipeline, gids, expected):
    gaz = pipeline.entity_tagger.gaz
    gaz.lookup("x")  # (loads the covered region)
    out = [place(g) for g in gids]
    counts = Counter(gaz.place(g).country for g in gids)
    assert set(_home_countries(gaz, out, counts)) == expected


@pytest.mark.parametrize("text,lang,country", [
    ("Сообщение от пользователя. В МЧС говорят «ищем». Официальные данные публикует МЧС.\nМы живём в Караганде.",
     "ru", "kz"),
    # a foreign country named in the document still decides
    ("МВД Молдовы сообщило о задержаниях в Кишинёве. МВД не уточнило их число.", "ru", "md"),
])
def test_bare_institution_country_from_the_documents_own_places(pipeline, text, lang, country):
    keys = {m.key for m in mentions(pipeline, text, lang) if m.type == "org" and (m.key or "").startswith("#org ")}
    assert keys and all(k.endswith("@" + country) for k in keys), keys
