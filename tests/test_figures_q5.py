"""Figure grammar, session 5 quality round: counting predicates, group breakdowns, crews and teams,
blood donors and funerals, participle nouns overridden by their clause's predicate.

Each row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be found
and those that must not (``[]`` for "no claim at all").
"""

from __future__ import annotations

import pytest
from claims_helpers import summary

# (text, lang, must contain, must not contain)
ROWS = [
    # hospital care in progress, the wound named
    ("A city hospital said it was treating seven people with gunshot wounds.", "en", [("injured", 7, "exact")], []),
    ("Doctors treated 23 people for gunshot wounds.", "en", [("injured", 23, "exact")], []),
    ("В больницах проходят лечение 14 человек.", "ru", [("injured", 14, "exact")], []),
    ("У лікарнях проходять лікування 9 людей.", "uk", [("injured", 9, "exact")], []),
    ("Ауруханада 9 адам жатыр.", "kk", [("injured", 9, "exact")], []),
    ("Денсаулық сақтау басқармасы ауруханада 12 адам жатқанын хабарлады.", "kk", [("injured", 12, "exact")], []),
    # a death in hospital stays a death
    ("Олардың бірі кейін ауруханада қайтыс болды.", "kk", [("killed", 1, "exact")], [("injured", 1, "exact")]),
    ("Ауруханада тағы үш адам көз жұмды.", "kk", [("killed", 3, "exact")], [("injured", 3, "exact")]),
    # detained: a quoted figure, the verb three words after the quote
    ('A website reported that "more than 30 people" had been rounded up overnight.', "en", [("detained", 30, "more_than")], []),
    # sentenced (Kazakh)
    ("Сот 3 адамды өлім жазасына кесті.", "kk", [("convicted", 3, "exact")], []),
    ("Сот 5 адамды бас бостандығынан айырды.", "kk", [("convicted", 5, "exact")], []),
    # being searched for, still not found (missing)
    ("Құтқарушылардың айтуынша, 4 адам әлі де іздестірілуде.", "kk", [("missing", 4, "exact")], []),
    ("Трое горняков до сих пор не найдены.", "ru", [("missing", 3, "exact")], []),
    ("Двоє рибалок досі не знайдені.", "uk", [("missing", 2, "exact")], []),
    # forces brought in / on duty (deployed)
    ("До пошуків залучили 120 рятувальників.", "uk", [("deployed", 120, "exact")], []),
    ("К поискам привлекли 150 спасателей.", "ru", [("deployed", 150, "exact")], []),
    ("More than 1,500 police officers were on duty in the capital.", "en", [("deployed", 1500, "more_than")], []),
    ("У місті несли службу 800 поліцейських.", "uk", [("deployed", 800, "exact")], []),
    ("В городе несли службу около 900 полицейских.", "ru", [("deployed", 900, "about")], []),
    ("Қалада 600 полицей кезекшілікте болды.", "kk", [("deployed", 600, "exact")], []),
    # "залучили" needs forces: people brought to account are no deployment
    ("До протесту залучили 300 студентів.", "uk", [], [("deployed", 300, "exact")]),
    # a participle noun yields to the clause's predicate (complained of beatings: injured)
    ("Щонайменше 20 затриманих скаржилися на побиття.", "uk", [("injured", 20, "at_least")], [("detained", 20, "at_least")]),
    ("Не менее 15 задержанных пожаловались на избиения.", "ru", [("injured", 15, "at_least")], [("detained", 15, "at_least")]),
    ("At least 12 detainees complained of beatings in custody.", "en", [("injured", 12, "at_least")], [("detained", 12, "at_least")]),
    # crews and teams are no count of people
    ("На місці працюють 200 рятувальників і 30 бригад швидкої.", "uk", [("deployed", 200, "exact")], [("deployed", 30, "exact")]),
    ("К месту выехали 50 спасателей и 12 бригад скорой помощи.", "ru", [("deployed", 50, "exact")], [("deployed", 12, "exact")]),
    ("Some 400 firefighters and 60 fire crews were deployed.", "en", [("deployed", 400, "about")], [("deployed", 60, "exact"), ("deployed", 60, "about")]),
    # blood donors and a funeral crowd are no participants
    ("Донори здали кров — прийшли понад 2000 людей.", "uk", [], []),
    ("Доноры сдали кровь: пришли более 900 человек.", "ru", [], []),
    ("Hundreds of mourners attended the funeral on Sunday.", "en", [], []),
    ("На похороны пришли тысячи людей.", "ru", [], []),
    ("Жерлеу рәсіміне 3 мыңнан астам адам келді.", "kk", [], []),
    # "several" (and its ru/uk/kk equivalents) counts only before a counted noun, a trigger or a subset
    ("Several police vehicles were damaged, 4 of them beyond repair.", "en",
     [("vehicles_damaged", None, "vague"), ("vehicles_damaged", 4, "exact")], []),
    ("Several people were injured.", "en", [("injured", None, "vague")], []),
    ("Eight people were killed and dozens injured in clashes in several villages.", "en",
     [("killed", 8, "exact"), ("injured", None, "vague")], []),
    ("Восемь человек погибли и десятки ранены в нескольких селах района.", "ru",
     [("killed", 8, "exact"), ("injured", None, "vague")], []),
    ("Ещё несколько пропали.", "ru", [("missing", None, "vague")], []),
    ("Ще кілька студентів травмувалися.", "uk", [("injured", None, "vague")], []),
    ("У кількох селах загинули 5 людей.", "uk", [("killed", 5, "exact")], [("killed", None, "vague")]),
    ("Бірнеше депутат митингке қатысты.", "kk", [], [("participants", None, "vague")]),
    # a subset of things counts the things ("4 of them" after cars, "6 з них" after houses)
    ("Повреждены 12 автомобилей, 4 из них сгорели полностью.", "ru",
     [("vehicles_damaged", 12, "exact"), ("vehicles_damaged", 4, "exact")], []),
    ("Пошкоджено 50 будинків, 6 з них зруйновано повністю.", "uk",
     [("buildings_damaged", 50, "exact"), ("buildings_damaged", 6, "exact")], []),
    # hostages are no casualty count
    ("Участники митинга захватили в заложники 12 милиционеров.", "ru", [], []),
    ("Протестувальники захопили в заручники 7 поліцейських.", "uk", [], []),
    ("Шабуылдаушылар 12 адамды кепілге алды.", "kk", [], []),
    # a group breakdown in apposition after a toll (the parts sum to it)
    ("The death toll rose to eight on Wednesday, six police officers and two civilians, the minister told a briefing.", "en",
     [("killed", 8, "exact"), ("killed", 6, "exact"), ("killed", 2, "exact")], []),
    ("At least 12 people were injured, 9 men and 3 women, according to medics.", "en",
     [("injured", 12, "at_least"), ("injured", 9, "exact"), ("injured", 3, "exact")], []),
    ("Число погибших выросло до 10, 8 сотрудников полиции и 2 мирных жителя, сообщил министр.", "ru",
     [("killed", 10, "exact"), ("killed", 8, "exact"), ("killed", 2, "exact")], []),
    ("Сәрсенбі күні қаза тапқандар саны 8-ге жетті, 6 полицей және 2 бейбіт тұрғын, деді министр.", "kk",
     [("killed", 8, "exact"), ("killed", 6, "exact"), ("killed", 2, "exact")], []),
    ("Кількість загиблих у середу зросла до восьми, шість поліцейських і двоє цивільних, повідомив міністр.", "uk",
     [("killed", 8, "exact"), ("killed", 6, "exact"), ("killed", 2, "exact")], []),
    # parts that do not sum to the toll are no breakdown of it
    ("The toll rose to eight on Wednesday, 300 police officers and 40 soldiers, the minister said.", "en",
     [("killed", 8, "exact")], [("killed", 300, "exact"), ("killed", 40, "exact")]),
    # confessions and testimony are no count
    ("Задержаны 5 подозреваемых, из них 2 дали признательные показания.", "ru", [("detained", 5, "exact")], [("detained", 2, "exact")]),
    ("Затримано 4 підозрюваних, з них 2 визнали провину.", "uk", [("detained", 4, "exact")], [("detained", 2, "exact")]),
    ("Police detained six suspects, two of whom confessed.", "en", [("detained", 6, "exact")], [("detained", 2, "exact")]),
    # a number after "7 March" (a month that has its day) is no day: a table cell, a count
    ("Date\tDetained\tInjured\n7 March\t66\t50\n8 March\t12\t9\n", "en",
     [("detained", 66, "exact"), ("injured", 50, "exact"), ("detained", 12, "exact"), ("injured", 9, "exact")], []),
    ("On 7 March 12 people were detained.", "en", [("detained", 12, "exact")], []),
    ("Дата\tЗатримано\tПоранено\n7 березня\t66\t50\n", "uk", [("detained", 66, "exact"), ("injured", 50, "exact")], []),
    # ... while "March 7" still is a date
    ("On March 7 police detained 40 people.", "en", [("detained", 40, "exact")], [("detained", 7, "exact")]),
    # "rose to" is a revised toll's verb: its subject may stand far back
    ("The death toll from the collapse of the shopping centre roof in the northern district rose to 14 on Friday.", "en",
     [("killed", 14, "exact")], []),
    ("Число погибших при обрушении кровли торгового центра в северном районе города возросло до 14.", "ru",
     [("killed", 14, "exact")], []),
    # "on duty" describing people a later predicate counts yields to that predicate
    ("Three officers who were on duty were killed.", "en", [("killed", 3, "exact")], [("deployed", 3, "exact")]),
    ("Двоє поліцейських, які несли службу на блокпосту, загинули.", "uk", [("killed", 2, "exact")], [("deployed", 2, "exact")]),
    ("Двое полицейских, которые несли службу на посту, погибли.", "ru", [("killed", 2, "exact")], [("deployed", 2, "exact")]),
    # a participle of being searched for does not make suspects missing
    ("Іздестірілген 3 күдікті ұсталды.", "kk", [("detained", 3, "exact")], [("missing", 3, "exact")]),
    # released detainees are no count (ru/uk/kk)
    ("Задержаны более 30 человек, 12 из них отпущены.", "ru", [("detained", 30, "more_than")], [("detained", 12, "exact")]),
    ("Понад 30 людей затримали, 12 з них відпустили.", "uk", [("detained", 30, "more_than")], [("detained", 12, "exact")]),
    ("30-дан астам адам ұсталды, олардың 12-сі босатылды.", "kk", [("detained", 30, "more_than")], [("detained", 12, "exact")]),
    # keeping order (deployed)
    ("Около 500 сотрудников полиции обеспечивали порядок.", "ru", [("deployed", 500, "about")], []),
    ("500-ге жуық полиция қызметкері тәртіпті қамтамасыз етті.", "kk", [("deployed", 500, "about")], []),
    # the funeral of the dead counts none of them
    ("На похоронах погибших полицейских присутствовали около 2 тысяч человек.", "ru", [], []),
    # crew members are people
    ("Число погибших возросло до 11, девять пассажиров и два члена экипажа, сообщили в МЧС.", "ru",
     [("killed", 11, "exact"), ("killed", 9, "exact"), ("killed", 2, "exact")], []),
    # ... but a rally still counts
    ("Тысячи людей пришли на площадь.", "ru", [("participants", None, "vague")], []),
]


@pytest.mark.parametrize(("text", "lang", "want", "unwanted"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_figures(text, lang, want, unwanted):
    got = [tuple(x) for x in summary(text, lang)]
    if not want and not unwanted:
        assert got == [], got
    for w in want:
        assert w in got, (text, got)
    for u in unwanted:
        assert u not in got, (text, got)
