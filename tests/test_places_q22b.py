"""Round q22b: the places of claims (a table of settlements: each row's first cell is its own village)."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()


def _claims(text: str, lang: str):
    return PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang=lang)).claims


SETTLEMENT_ROWS = [
    ("Our monitors worked in Bucha, Vorzel and Myrotske.\n\n"
     "Settlement\tBodies recovered\tStill missing\nBucha\t386\t41\nVorzel\t38\t9\nMyrotske\t13\t4\n", "en"),
    ("Volunteers searched Irpin, Hostomel and Myrotske after the retreat.\n\n"
     "| Village | Bodies found |\n|---|---|\n| Irpin | 290 |\n| Myrotske | 13 |\n", "en"),
    ("Rescuers reached Bucha and Blystavia.\n\nTown\tBodies recovered\tMissing\nBucha\t386\t41\nBlystavia\t21\t3\n", "en"),
    ("Наши наблюдатели работали в Буче, Ворзеле и Мироцком.\n\n"
     "Населённый пункт\tНайдено тел\tПропали без вести\nБуча\t386\t41\nМироцкое\t13\t4\n", "ru"),
    ("Спасатели обследовали Бучу и Блиставицу.\n\n| Село | Найдено тел |\n|---|---|\n| Буча | 386 |\n| Блиставица | 21 |\n", "ru"),
    ("Волонтёры побывали в Ирпене и Мироцком.\n\nПосёлок\tНайдено тел\tПропали\nИрпень\t290\t7\nМироцкое\t13\t4\n", "ru"),
    ("Наші монітори працювали в Бучі, Ворзелі та Мироцькому.\n\n"
     "Населений пункт\tЗнайдено тіл\tЗниклі безвісти\nБуча\t386\t41\nМироцьке\t13\t4\n", "uk"),
    ("Рятувальники обстежили Бучу і Блиставицю.\n\n| Село | Знайдено тіл |\n|---|---|\n| Буча | 386 |\n| Блиставиця | 21 |\n", "uk"),
    ("Волонтери побували в Ірпені та Мироцькому.\n\nГромада\tЗнайдено тіл\tЗниклі\nІрпінь\t290\t7\nМироцьке\t13\t4\n", "uk"),
    ("Құтқарушылар Буча мен Ворзельде жұмыс істеді.\n\n"
     "Елді мекен\tТабылған денелер\tХабарсыз кеткендер\nБуча\t386\t41\nВорзель\t38\t9\n", "kk"),
    ("Еріктілер Ирпень мен Мироцкоеге барды.\n\n| Ауыл | Қаза тапқандар |\n|---|---|\n| Ирпень | 290 |\n| Мироцкое | 13 |\n", "kk"),
    ("Құтқарушылар Буча мен Блиставицаны тексерді.\n\nҚала\tҚаза тапқандар\tХабарсыз кеткендер\nБуча\t386\t41\nБлиставица\t21\t3\n", "kk"),
]


@pytest.mark.parametrize(("text", "lang"), SETTLEMENT_ROWS)
def test_a_row_of_a_settlement_table_is_its_own_village(text, lang):
    got = [(c.value, c.place) for c in _claims(text, lang) if c.measure in ("killed", "missing")]
    assert len(got) >= 2
    last = got[-1][1]
    assert last and last != got[0][1], got  # the last row's village, not the first row's town


TOLD_DIPLOMATS = [
    ("Blasts hit a depot in Abadan.\n\nOfficials told foreign diplomats in Ashgabat on Tuesday that 15 people were killed.",
     "en", "Abadan"),
    ("A fire swept through a market in Osh.\n\nThe minister told diplomats in Bishkek that 12 people died.", "en", "Osh"),
    ("Floods hit Kerch.\n\nThe governor told ambassadors in Moscow that 9 people were killed.", "en", "Kerch"),
    ("Взрывы прогремели на складе в Абадане.\n\nЧиновники сообщили иностранным дипломатам в Ашхабаде, что погибли 15 человек.",
     "ru", "Abadan"),
    ("Пожар охватил рынок в Оше.\n\nМинистр рассказал дипломатам в Бишкеке, что погибли 12 человек.", "ru", "Osh"),
    ("Наводнение в Керчи.\n\nГубернатор сообщил послам в Москве, что погибли 9 человек.", "ru", "Kerch"),
    ("Вибухи пролунали на складі в Абадані.\n\nПосадовці повідомили іноземним дипломатам в Ашгабаті, що загинули 15 людей.",
     "uk", "Abadan"),
    ("Пожежа охопила ринок у Керчі.\n\nМіністр повідомив дипломатам у Києві, що загинули 12 людей.", "uk", "Kerch"),
    ("Повінь у Керчі.\n\nГубернатор повідомив послам у Москві, що загинули 9 людей.", "uk", "Kerch"),
]


@pytest.mark.parametrize(("text", "lang", "place"), TOLD_DIPLOMATS)
def test_where_diplomats_were_told_is_no_place_of_the_event(text, lang, place):
    assert [c.place for c in _claims(text, lang) if c.measure == "killed"] == [place]
