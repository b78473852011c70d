"""Round q20 (figures II): general constructions behind missed and spurious figures of a fresh set,
as invented sentences (one case a line): people still searched for (missing), a toll that "may
reach" a figure (at most), people who burned (killed), body counts in other cases, collective
numerals with a verb of killing, one of one's own (a count of one), a list joined by "as well as",
a rumour hedged by "allegedly", transfers of patients (no count), a crowd of one (no count).
"""

from __future__ import annotations

import pytest
from claims_helpers import attributed, summary

# (text, lang, (measure, value, qualifier) that must be found, ones that must not)
CASES = [
    # people still searched for are missing (a counted noun after the verb; not "ще кількох шукають")
    ("Волонтёры пишут, что ищут ещё 4 человек, которых не нашли ни среди раненых, ни среди погибших.", "ru",
     [("missing", 4, "exact")], [("injured", 4, "exact")]),
    ("Спасатели до сих пор разыскивают 12 горняков.", "ru", [("missing", 12, "exact")], []),
    ("Родственники продолжают искать около 30 жителей посёлка.", "ru", [("missing", 30, "about")], []),
    ("Волонтери шукають ще 4 людей, яких немає ні серед поранених, ні серед загиблих.", "uk",
     [("missing", 4, "exact")], [("injured", 4, "exact")]),
    ("Рятувальники досі розшукують 12 шахтарів.", "uk", [("missing", 12, "exact")], []),
    ("Родичі продовжують шукати близько 30 мешканців села.", "uk", [("missing", 30, "about")], []),
    ("затримано 2 учасників стрілянини, ще кількох шукають у лісах", "uk", [("detained", 2, "exact")],
     [("participants", None, "vague"), ("missing", None, "vague")]),
    ("Volunteers are still looking for 4 more people who were not among the injured.", "en", [("missing", 4, "exact")],
     [("injured", 4, "exact")]),
    ("Relatives were looking for about 30 miners on Sunday.", "en", [("missing", 30, "about")], []),
    ("Families are looking for 12 residents after the storm.", "en", [("missing", 12, "exact")], []),
    ("Еріктілер тағы 4 адамды іздеп жүр.", "kk", [("missing", 4, "exact")], []),
    ("Құтқарушылар әлі 12 кеншіні іздеуде.", "kk", [("missing", 12, "exact")], []),
    ("Туыстары 30-ға жуық адамды іздеп жүр.", "kk", [("missing", 30, "about")], []),
    # a toll that "may reach" a figure: a hedged ceiling (at most), not a count reached
    ("По словам собеседника, число погибших может достигать 20.", "ru", [("killed", 20, "at_most")], []),
    ("Число пострадавших могло достигнуть 150.", "ru", [("injured", 150, "at_most")], []),
    ("Врачи считают, что число раненых может достичь 300.", "ru", [("injured", 300, "at_most")], []),
    ("Число погибших достигло 20.", "ru", [("killed", 20, "exact")], []),
    ("За словами співрозмовника, кількість загиблих може сягати 20.", "uk", [("killed", 20, "at_most")], []),
    ("Кількість постраждалих могла досягти 150.", "uk", [("injured", 150, "at_most")], []),
    ("Лікарі вважають, що кількість поранених може сягнути 300.", "uk", [("injured", 300, "at_most")], []),
    ("The source said the number of dead inmates could reach 20.", "en", [("killed", 20, "at_most")], []),
    ("Officials warned that the death toll may reach 50.", "en", [("killed", 50, "at_most")], []),
    ("Doctors fear the number of injured might reach 300.", "en", [("injured", 300, "at_most")], []),
    ("Дереккөздің айтуынша, қаза тапқандар саны 20-ға жетуі мүмкін.", "kk", [("killed", 20, "at_most")], []),
    ("Жаралылар саны 150-ге жетуі мүмкін.", "kk", [("injured", 150, "at_most")], []),
    ("Қаза тапқандар саны 20-ға жетті.", "kk", [("killed", 20, "exact")], []),
    # people who "burned" died (a counted person noun only; buildings and cars stay damage)
    ("По словам очевидцев, больше сотни человек «сгорели полностью».", "ru", [("killed", 100, "more_than")], []),
    ("В автобусе сгорели пятеро пассажиров.", "ru", [("killed", 5, "exact")], []),
    ("Сгорели 12 машин и трое человек.", "ru", [("vehicles_damaged", 12, "exact"), ("killed", 3, "exact")], []),
    ("В посёлке сгорели 40 домов.", "ru", [("buildings_damaged", 40, "exact")], [("killed", 40, "exact")]),
    ("За словами очевидців, понад сотню людей «згоріли повністю».", "uk", [("killed", 100, "more_than")], []),
    ("В автобусі згоріли п'ятеро пасажирів.", "uk", [("killed", 5, "exact")], []),
    ("Згоріли 7 торгових павільйонів.", "uk", [("buildings_damaged", 7, "exact")], [("killed", 7, "exact")]),
    # a body count in another case or after a participle of finding: the dead
    ("28 сентября власти сообщили о 170 найденных телах.", "ru", [("killed", 170, "exact")], []),
    ("Спасатели извлекли из-под завалов 12 обгоревших тел.", "ru", [("killed", 12, "exact")], []),
    ("Речь идёт о 40 телах, обнаруженных в подвале.", "ru", [("killed", 40, "exact")], []),
    ("28 вересня влада повідомила про 170 знайдених тіл.", "uk", [("killed", 170, "exact")], []),
    ("Рятувальники дістали з-під завалів 12 обгорілих тіл.", "uk", [("killed", 12, "exact")], []),
    ("Ідеться про 40 тіл, виявлених у підвалі.", "uk", [("killed", 40, "exact")], []),
    ("Authorities reported 170 recovered bodies.", "en", [("killed", 170, "exact")], []),
    # a collective numeral counts people: a verb of killing that needs a named noun takes it
    ("А нападников, по его словам, было уничтожено шестеро.", "ru", [("killed", 6, "exact")], []),
    ("Боевиков было уничтожено пятеро.", "ru", [("killed", 5, "exact")], []),
    ("Уничтожено 14.", "ru", [], [("killed", 14, "exact")]),
    ("А нападників, за його словами, було знищено шестеро.", "uk", [("killed", 6, "exact")], []),
    ("Бойовиків знищено п'ятеро.", "uk", [("killed", 5, "exact")], []),
    ("Знищено 14.", "uk", [], [("killed", 14, "exact")]),
    # one of one's own: a possessive between "one" and its noun, "one of its officers" with a trigger
    ("Росгвардия подтверждает гибель одного своего сотрудника в Дербенте.", "ru", [("killed", 1, "exact")], []),
    ("Погиб один наш сотрудник.", "ru", [("killed", 1, "exact")], []),
    ("Один из его сотрудников сказал, что всё спокойно.", "ru", [], [("killed", 1, "exact")]),
    ("Росгвардія підтвердила загибель одного свого співробітника.", "uk", [("killed", 1, "exact")], []),
    ("Загинув один її співробітник.", "uk", [("killed", 1, "exact")], []),
    ("Один її співробітник розповів про напад.", "uk", [], []),
    ("The press office said one of its officers died in Derbent.", "en", [("killed", 1, "exact")], []),
    ("One of their officers had died.", "en", [("killed", 1, "exact")], []),
    ("One of the protesters said police fired.", "en", [], []),
    # civilians named as peaceful residents; a second count joined by "as well as"
    ("Він казав про 15 загиблих правоохоронців і кількох мирних мешканців.", "uk", [("killed", None, "vague")], []),
    ("Поранено 3 мирних мешканців.", "uk", [("injured", 3, "exact")], []),
    ("Погибли трое полицейских и несколько мирных граждан.", "ru", [("killed", None, "vague")], []),
    ("Погибли более 15 сотрудников полиции, а также несколько мирных жителей.", "ru",
     [("killed", 15, "more_than"), ("killed", None, "vague")], []),
    ("Погибли более 15 сотрудников полиции, а также 4 мирных жителя.", "ru", [("killed", 4, "exact")], []),
    ("Загинули понад 15 поліцейських, а також кілька мирних жителів.", "uk", [("killed", None, "vague")], []),
    ("Загинули 12 поліцейських, а також 3 цивільних.", "uk", [("killed", 3, "exact")], []),
    ("The attack killed 12 police officers, as well as several civilians.", "en", [("killed", None, "vague")], []),
    ("The attack killed 12 police officers as well as three civilians.", "en", [("killed", 3, "exact")], []),
    # patients moved or transferred elsewhere are no new count (a list after it neither)
    ("290 people were treated for burns. Of them, 168 were moved to hospitals in Armenia on Tuesday: 96 by helicopter "
     "and 72 by road.", "en", [("injured", 290, "exact")], [("injured", 168, "exact"), ("injured", 96, "exact"),
                                                          ("injured", 72, "exact")]),
    ("About 150 of its foreign employees were moved out of the camp on Sunday.", "en", [], []),
    ("Of them, 40 were transferred to Yerevan.", "en", [], []),
    ("Из них 168 были переведены в больницы Армении: 96 вертолётами и 72 машинами.", "ru", [], []),
    ("Позже 12 человек перевели в госпиталь Еревана.", "ru", [], []),
    ("Из 40 пострадавших 15 переведены в областную больницу.", "ru", [("injured", 15, "exact")], []),
    ("З них 168 були переведені до лікарень Вірменії: 96 гелікоптерами і 72 автомобілями.", "uk", [], []),
    ("Пізніше 12 людей перевели до госпіталю в Єревані.", "uk", [], []),
    ("Із 40 постраждалих 15 переведено до обласної лікарні.", "uk", [("injured", 15, "exact")], []),
    # a single employee fired is one dismissed, also in a clause a comma parts from another figure
    ("The company said it had fired the engineer who posted the photo, and about 150 of its foreign employees were "
     "moved out of the camp.", "en", [("dismissed", 1, "exact")], [("dismissed", 150, "about")]),
    ("The plant director was dismissed on Monday, and 40 workers were detained.", "en",
     [("dismissed", 1, "exact"), ("detained", 40, "exact")], []),
    ("The attacker was killed, and 5 people were injured.", "en", [("injured", 5, "exact")], [("killed", 1, "exact")]),
    ("A wounded man died in hospital on 12 July, bringing the toll to three.", "en", [("killed", 3, "exact")],
     [("killed", 1, "exact")]),  # one beside a count of its own measure is part of it
    ("Компания сообщила, что уволила инженера, опубликовавшего фото.", "ru", [("dismissed", 1, "exact")], []),
    ("Директор шахты был уволен, а 40 рабочих задержаны.", "ru", [("dismissed", 1, "exact"), ("detained", 40, "exact")], []),
    ("Директор шахты заявил, что 40 рабочих уволены.", "ru", [("dismissed", 40, "exact")], [("dismissed", 1, "exact")]),
    ("Компанія повідомила, що звільнила інженера, який опублікував фото.", "uk", [("dismissed", 1, "exact")], []),
    ("Директор шахти був звільнений, а 40 робітників затримали.", "uk",
     [("dismissed", 1, "exact"), ("detained", 40, "exact")], []),
    ("Директор заявив, що звільнили 40 робітників.", "uk", [("dismissed", 40, "exact")], [("dismissed", 1, "exact")]),
    # a crowd of one is no count: "one worker" is the speaker of the estimate
    ("One worker at the camp, reached by phone, put the crowd at up to 15,000 people.", "en",
     [("participants", 15000, "at_most")], [("participants", 1, "exact")]),
    ("One organiser put the crowd at 20,000.", "en", [("participants", 20000, "exact")], [("participants", 1, "exact")]),
    ("One worker, reached by phone, estimated the crowd at 15,000.", "en", [("participants", 15000, "exact")],
     [("participants", 1, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), CASES)
def test_figures(text, lang, must, must_not):
    got = summary(text, lang)
    for row in must:
        assert row in got, got
    for row in must_not:
        assert row not in got, got
    if not must and not must_not:
        assert got == [], got


# (text, lang, expected (measure, value, source type, modality) of every claim)
RUMOURS = [
    # a rumour of deaths hedged by "allegedly" (no quotes, no figure) and its denial
    ("В социальных сетях распространяется информация о якобы погибших иностранцах. Данная информация не "
     "соответствует действительности.", "ru",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "author", "denied")]),
    ("В соцсетях пишут о якобы погибших рабочих.", "ru", [("killed", None, "social_media", "unconfirmed")]),
    ("У соцмережах пишуть про нібито загиблих іноземців. Ця інформація не відповідає дійсності.", "uk",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "author", "denied")]),
    ("У мережі поширюють чутки про начебто загиблих робітників.", "uk", [("killed", None, "social_media", "unconfirmed")]),
    ("Social media users wrote about allegedly dead workers. Police called the reports false.", "en",
     [("killed", None, "social_media", "unconfirmed"), ("killed", None, "official", "denied")]),
    ("Social networks spread reports of allegedly killed foreign workers.", "en",
     [("killed", None, "social_media", "unconfirmed")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), RUMOURS)
def test_hedged_rumours(text, lang, expected):
    assert attributed(text, lang) == expected
