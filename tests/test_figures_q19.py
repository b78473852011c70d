"""Figure grammar, session 11 (q19): a verdict or sentence received is a conviction (also of
"defendants"), people who arrived at a place are a crowd, another source's estimate after "spoke of"
counts what the figure before it counts (also a vague one), people who remain underground are missing,
a law's wording counts no one, a verb governs a second noun phrase after one of things, and the figure
set aside in "N, not M" is no count.

Each row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be found and
those that must not.
"""

from __future__ import annotations

import pytest
from claims_helpers import attributed, check_summary

# (text, lang, must contain, must not contain)
ROWS = [
    # a verdict or a sentence received: convicted, not charged
    ("Разом із ним вироки отримали ще 12 обвинувачених у справі.", "uk", [("convicted", 12, "exact")], [("charged", 12, "exact")]),
    ("Ще 12 обвинувачених отримали вироки від 3 до 8 років.", "uk", [("convicted", 12, "exact")], [("charged", 12, "exact")]),
    ("Суд засудив 10 обвинувачених.", "uk", [("convicted", 10, "exact")], []),
    ("Прокуратура повідомила, що 18 обвинувачених чекають суду.", "uk", [("charged", 18, "exact")], []),
    ("Приговоры получили 9 обвиняемых.", "ru", [("convicted", 9, "exact")], [("charged", 9, "exact")]),
    ("Ещё 12 обвиняемых получили приговоры от 3 до 8 лет.", "ru", [("convicted", 12, "exact")], [("charged", 12, "exact")]),
    ("Вместе с ним приговоры получили ещё 11 обвиняемых по делу.", "ru", [("convicted", 11, "exact")], []),
    ("Another 12 defendants received prison sentences of three to eight years.", "en", [("convicted", 12, "exact")], [("charged", 12, "exact")]),
    ("Seventeen more defendants were handed sentences.", "en", [("convicted", 17, "exact")], []),
    ("9 defendants received sentences.", "en", [("convicted", 9, "exact")], []),
    # people who arrived at a place: a crowd; forces: deployed; casualties keep their measure
    ("До резиденції прибули понад 2 тисячі прихильників.", "uk", [("participants", 2000, "more_than")], []),
    ("На місце прибули 200 рятувальників.", "uk", [("deployed", 200, "exact")], [("participants", 200, "exact")]),
    ("До лікарні прибули 12 постраждалих.", "uk", [("injured", 12, "exact")], [("participants", 12, "exact")]),
    ("К зданию суда прибыли около 300 сторонников.", "ru", [("participants", 300, "about")], []),
    ("Задержаны 40 сторонников оппозиции.", "ru", [("detained", 40, "exact")], []),
    ("С двух сторон погибли десятки человек.", "ru", [("killed", None, "vague")], []),
    ("Several hundred people arrived at the court building.", "en", [("participants", None, "vague")], []),
    ("About 200 rescuers arrived at the scene.", "en", [("deployed", 200, "about")], [("participants", 200, "about")]),
    # another source's estimate after "spoke of": the measure of the figure before, also when vague
    ("Партія заявила, що прийшли понад 3 тисячі людей; у поліції говорили про кількасот людей.", "uk",
     [("participants", 3000, "more_than"), ("participants", None, "vague")], []),
    ("Міністерство повідомило про 12 загиблих, мешканці говорили про десятки.", "uk", [("killed", 12, "exact"), ("killed", None, "vague")], []),
    ("Организаторы заявили, что вышли 20 тысяч человек; в МВД говорили о нескольких тысячах.", "ru",
     [("participants", 20000, "exact"), ("participants", None, "vague")], []),
    ("По оценке полиции, собрались «несколько сотен человек», сами организаторы говорили о 3000.", "ru",
     [("participants", None, "vague"), ("participants", 3000, "exact")], []),
    ("Organisers said 20,000 people marched; the police spoke of several thousand.", "en",
     [("participants", 20000, "exact"), ("participants", None, "vague")], []),
    ("The ministry said 12 people were killed; residents spoke of dozens.", "en", [("killed", 12, "exact"), ("killed", None, "vague")], []),
    # people who remain underground, the search for N people going on: missing (not a shift that was there)
    ("Под землёй остаются 12 горняков.", "ru", [("missing", 12, "exact")], []),
    ("Родственники утверждают, что под землёй могли оставаться «не меньше 30» человек.", "ru", [("missing", 30, "at_least")], []),
    ("В шахте остаются ещё 5 горняков.", "ru", [("missing", 5, "exact")], []),
    ("Под землёй находились 252 человека.", "ru", [], []),
    ("Під землею залишаються 12 гірників.", "uk", [("missing", 12, "exact")], []),
    ("Родичі кажуть, що під землею могли залишатися «щонайменше 30» людей.", "uk", [("missing", 30, "at_least")], []),
    ("Twelve miners were still underground.", "en", [("missing", 12, "exact")], []),
    ("Some insisted that dozens of men were still underground.", "en", [("missing", None, "vague")], []),
    ("Of the 252 people who were underground when the blaze broke out, 206 were brought up.", "en", [], []),
    ("Компания 40 кеншінің денесі табылғанын, 3 адамды іздеу жалғасып жатқанын мәлімдеді.", "kk",
     [("killed", 40, "exact"), ("missing", 3, "exact")], [("killed", 3, "exact")]),
    ("4 адамды іздеу жалғасуда.", "kk", [("missing", 4, "exact")], []),
    ("Шахтада 12 адам хабарсыз қалды.", "kk", [("missing", 12, "exact")], []),
    ("Туыстарының айтуынша, шахтада «ондаған адам» хабарсыз қалған.", "kk", [("missing", None, "vague")], []),
    # a law's wording takes in its post-qualifier: no count
    ("Справу перекваліфікували на вбивство двох і більше осіб (стаття 105 КК РФ).", "uk", [], []),
    ("Дело переквалифицировали на убийство двух и более лиц.", "ru", [], []),
    ("The case was requalified as the murder of two or more persons.", "en", [], []),
    ("Загинули 5 і більше людей.", "uk", [("killed", 5, "at_least")], []),
    ("Погибли 10 и более человек.", "ru", [("killed", 10, "at_least")], []),
    # the verb before a first noun phrase of things governs the people coordinated with it
    ("В город направлены 2 самолёта санитарной авиации и более 100 медиков.", "ru", [("deployed", 100, "more_than")], []),
    ("До міста направлено 2 літаки та понад 100 медиків.", "uk", [("deployed", 100, "more_than")], []),
    ("Two air ambulances and more than 100 medics were sent to the city.", "en", [("deployed", 100, "more_than")], []),
    ("Сгорели 4 автомобиля и 2 человека.", "ru", [("vehicles_damaged", 4, "exact")], [("deployed", 2, "exact")]),
    # machine-translated "обратились за медицинской помощью"
    ("Have addressed for medical help in total 73.", "en", [("injured", 73, "exact")], []),
    ("Have applied for medical help 40 persons.", "en", [("injured", 40, "exact")], []),
    ("In total 25 persons appealed for medical help.", "en", [("injured", 25, "exact")], []),
    # "N, а не M" / "N, not M": the figure set aside is no one's count
    ("Профсоюз заявляет, что пропавших без вести пятеро, а не четверо.", "ru", [("missing", 5, "exact")], [("missing", 4, "exact")]),
    ("Профсоюз заявляет, что погибли 12 человек, а не 9.", "ru", [("killed", 12, "exact")], [("killed", 9, "exact")]),
    ("Профспілка заявляє, що загинули 12 людей, а не 9.", "uk", [("killed", 12, "exact")], [("killed", 9, "exact")]),
    ("The union said five men were missing, not four.", "en", [("missing", 5, "exact")], [("missing", 4, "exact")]),
    ("The union said 12 people died, not 9 as officials claimed.", "en", [("killed", 12, "exact")], [("killed", 9, "exact")]),
    ("Погибли 12 человек, не менее 5 ранены.", "ru", [("killed", 12, "exact"), ("injured", 5, "at_least")], []),
    # members (of a group, a crew, a party) are people: two coordinated counts of the dead
    ('Two police officers and four members of an "armed group" were killed.', "en", [("killed", 2, "exact"), ("killed", 4, "exact")], []),
    ("Убиты 2 сотрудника полиции и 4 члена вооружённой группы.", "ru", [("killed", 2, "exact"), ("killed", 4, "exact")], []),
    ("Загинули 2 поліцейські та 4 члени угруповання.", "uk", [("killed", 2, "exact"), ("killed", 4, "exact")], []),
    ("Затримано 12 членів партії.", "uk", [("detained", 12, "exact")], []),
    ("The committee has 12 members.", "en", [], []),
]

# (text, lang, must contain (measure, value, modality)): a figure called erroneous is denied
DENIED = [
    ("Родственники утверждают, что под землёй могли оставаться «не меньше 50» человек. "
     "Представители шахты назвали эти подсчёты ошибочными.", "ru", ("missing", 50, "denied")),
    ("Родственники утверждают, что погибли «не меньше 50» человек. Представители шахты назвали эти данные ошибочными.", "ru",
     ("killed", 50, "denied")),
    ("Родичі стверджують, що загинули «щонайменше 50» людей. Представники шахти назвали ці підрахунки помилковими.", "uk",
     ("killed", 50, "denied")),
    ("Relatives said at least 50 men had died. The mine's representatives called these counts erroneous.", "en",
     ("killed", 50, "denied")),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROWS)
def test_figures_q19(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


@pytest.mark.parametrize(("text", "lang", "must"), DENIED)
def test_called_erroneous_q19(text, lang, must):
    got = [(m, v, mod) for m, v, _t, mod in attributed(text, lang)]
    assert must in got, got
