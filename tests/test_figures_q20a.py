"""Figure grammar, round 20 (q20a): who the counted people are and how a count is split.

People in custody ("осуждённый", "засуджений", "сотталушы", "condemned", inmates, prisoners) and
their guards are counted people: their status is no conviction, the predicate says what befell them,
and without one they count nothing ("около 1500 осуждённых" serve their sentences). Only a verb or a
short participle convicts ("осуждены 105 человек", "засуджено 10 осіб", "сотталды", "were condemned").
Coordinated counts after one casualty verb each take it ("are killed 21 condemned and 2 employees",
"2 күзетші мен 21 сотталушы қаза тапты"), also a count split with possessive suffixes ("олардың 2-уі
— ..., 21-і — ..."). A toll that "may reach" a figure is at most that figure. The wound named after
the counted noun makes a delivery to hospital an injury ("are brought 6 policemen with wounds of
firearm"); people "of" a force are that force ("300 fighters of special forces" sent: deployed);
people "moved out" are evacuees; one employee fired is dismissed 1 ("it had fired the engineer"), also
in a clause beside another figure's.

Each row: a sentence, its language, the ``(measure, value, qualifier)`` claims that must be found and
those that must not.
"""

from __future__ import annotations

import pytest
from claims_helpers import check_summary

# (text, lang, must contain, must not contain)
ROWS = [
    # people in custody as the counted group of a casualty predicate
    ("По данным ведомства, погибли 2 сотрудника учреждения и 21 осуждённый.", "ru",
     [("killed", 2, "exact"), ("killed", 21, "exact")], [("convicted", 21, "exact")]),
    ("При пожаре в колонии пострадали 7 осуждённых.", "ru", [("injured", 7, "exact")], [("convicted", 7, "exact")]),
    ("В ходе беспорядков ранены 12 осуждённых и 3 сотрудника.", "ru",
     [("injured", 12, "exact"), ("injured", 3, "exact")], [("convicted", 3, "exact")]),
    ("Убиты двое охранников и 13 заключённых.", "ru", [("killed", 13, "exact")], []),
    ("У колонії загинули 3 засуджених і 1 охоронець.", "uk", [("killed", 3, "exact"), ("killed", 1, "exact")],
     [("convicted", 1, "exact")]),
    ("За даними відомства, загинули 2 працівники установи та 21 засуджений.", "uk",
     [("killed", 2, "exact"), ("killed", 21, "exact")], [("convicted", 21, "exact")]),
    ("Під час бунту поранено 9 засуджених.", "uk", [("injured", 9, "exact")], [("convicted", 9, "exact")]),
    ("Загинули 4 в'язні та 2 наглядачі.", "uk", [("killed", 4, "exact"), ("killed", 2, "exact")], []),
    ("Ministry of Justice informs officially: are killed 21 condemned and 2 employees.", "en",
     [("killed", 21, "exact"), ("killed", 2, "exact")], [("convicted", 2, "exact")]),
    ("According to source in the power structures, are killed 2 employees of colony and 13 condemned.", "en",
     [("killed", 2, "exact"), ("killed", 13, "exact")], [("convicted", 13, "exact")]),
    ("Twelve condemned were injured in the fire.", "en", [("injured", 12, "exact")], [("convicted", 12, "exact")]),
    ("Four inmates and two guards were killed in the riot.", "en", [("killed", 4, "exact"), ("killed", 2, "exact")], []),
    ("Are lost 22 prisoners and 2 guards.", "en", [("killed", 22, "exact"), ("killed", 2, "exact")], []),
    ("Худжандтағы түрмеде бүлік: 2 күзетші мен 21 сотталушы қаза тапты", "kk",
     [("killed", 2, "exact"), ("killed", 21, "exact")], [("convicted", 21, "exact")]),
    ("Өрт кезінде 3 тұтқын мен 1 күзетші жараланды.", "kk", [("injured", 3, "exact"), ("injured", 1, "exact")], []),
    ("Алғашқы мәліметтер бойынша, 13 сотталушы қаза тапқан еді.", "kk", [("killed", 13, "exact")], []),
    # one predicate after two coordinated counts (the second noun's own predicate governs the first)
    ("Түрмедегі өрт: 5 тұтқын мен 2 күзетші зардап шекті.", "kk", [("injured", 5, "exact"), ("injured", 2, "exact")], []),
    ("Riot in Khujand prison: 13 inmates and 2 guards dead.", "en", [("killed", 13, "exact"), ("killed", 2, "exact")], []),
    ("Fire at the mine: 3 miners and 2 rescuers injured.", "en", [("injured", 3, "exact"), ("injured", 2, "exact")], []),
    # without a predicate, people in custody count nothing
    ("В колонии отбывают наказание около 1500 осуждённых.", "ru", [], []),
    ("У колонії відбувають покарання близько 1200 засуджених.", "uk", [], []),
    ("Колонияда 1500-ге жуық сотталушы жазасын өтеп жатыр.", "kk", [], []),
    ("Сотталушылардың бірі күзетшінің автоматын тартып алып, оқ атқан.", "kk", [], []),
    # a verb or a short participle still convicts
    ("Судами осуждены 105 человек.", "ru", [("convicted", 105, "exact")], []),
    ("Четверо из них были осуждены.", "ru", [("convicted", 4, "exact")], []),
    ("Засуджено 10 осіб.", "uk", [("convicted", 10, "exact")], []),
    ("Четверо з них були засуджені.", "uk", [("convicted", 4, "exact")], []),
    ("105 persons were condemned.", "en", [("convicted", 105, "exact")], []),
    ("Are condemned in total 105 participants.", "en", [("convicted", 105, "exact")], []),
    ("The court condemned 7 men to death.", "en", [("convicted", 7, "exact")], []),
    ("Соттың шешімімен 2 белсенді сотталды.", "kk", [("convicted", 2, "exact")], []),
    ("Сот 5 сотталған адамды босатты.", "kk", [("convicted", 5, "exact")], []),
    # a count split with possessive suffixes after one predicate
    ("Бүлік кезінде 23 адам көз жұмды: олардың 2-уі — колония қызметкері, 21-і — сотталушы.", "kk",
     [("killed", 23, "exact"), ("killed", 2, "exact"), ("killed", 21, "exact")], [("convicted", 21, "exact")]),
    ("Өрт кезінде 12 адам қаза тапты: олардың 3-і — бала, 9-ы — ересек.", "kk",
     [("killed", 12, "exact"), ("killed", 3, "exact"), ("killed", 9, "exact")], []),
    # a toll that may reach a figure: at most
    ("По словам того же собеседника, число погибших осуждённых может достигать 20.", "ru", [("killed", 20, "at_most")], []),
    ("Число жертв может достичь 40.", "ru", [("killed", 40, "at_most")], []),
    ("Кількість загиблих в'язнів може сягати 20.", "uk", [("killed", 20, "at_most")], []),
    ("За словами джерела, кількість загиблих засуджених може сягнути 15.", "uk", [("killed", 15, "at_most")], []),
    ("The number of dead inmates could reach 20.", "en", [("killed", 20, "at_most")], []),
    ("Officials warned the toll may reach 100.", "en", [("killed", 100, "at_most")], []),
    # the wound named after the counted noun: injured, also after a verb of deployment
    ("In the hospital of Khujand are brought 6 policemen with wounds of firearm.", "en", [("injured", 6, "exact")],
     [("deployed", 6, "exact")]),
    ("Three officers with bullet wounds were taken to hospital.", "en", [("injured", 3, "exact")], []),
    ("To the hospital are delivered 14 persons with injuries.", "en", [("injured", 14, "exact")], []),
    ("В больницу доставлены 6 милиционеров с огнестрельными ранениями.", "ru", [("injured", 6, "exact")], []),
    ("До лікарні доставили 6 поліцейських із вогнепальними пораненнями.", "uk", [("injured", 6, "exact")], []),
    # people "of" a force are that force
    ("To the colony are sent about 300 fighters of special forces of Ministry of Internal Affairs.", "en",
     [("deployed", 300, "about")], []),
    ("About 300 fighters of special forces were sent to the colony.", "en", [("deployed", 300, "about")], []),
    ("To the city are sent 200 officers of the police.", "en", [("deployed", 200, "exact")], []),
    ("About 50 fighters of the militia were killed.", "en", [("killed", 50, "about")], []),
    ("В колонию направлены около 300 бойцов спецназа МВД.", "ru", [("deployed", 300, "about")], []),
    ("До колонії направили близько 300 бійців спецпризначення.", "uk", [("deployed", 300, "about")], []),
    # people moved out of a place are evacuees, not the count of the verb before them
    ("After the clash, about 200 foreign workers were moved out of the camp.", "en", [], []),
    ("Some 300 residents were relocated to a school.", "en", [], []),
    ("Five injured were moved out of the camp by helicopter.", "en", [("injured", 5, "exact")], []),
    # people already in custody are not detained again
    ("Ukrainian officials said 193 prisoners had been held in the building.", "en", [], []),
    # one employee or official fired: dismissed 1, also in a clause beside another figure's
    ("The company said it had fired the engineer who posted the photo, and about 150 of its foreign employees "
     "were moved out of the camp on Sunday.", "en", [("dismissed", 1, "exact")], [("dismissed", 150, "about")]),
    ("The governor dismissed the police chief on Monday.", "en", [("dismissed", 1, "exact")], []),
    ("The company fired the director, and 12 workers were injured.", "en", [("dismissed", 1, "exact"), ("injured", 12, "exact")], []),
    ("A wounded man died in hospital on 12 July, bringing the toll to three.", "en", [("killed", 3, "exact")], [("killed", 1, "exact")]),
    ("При захвате полка погиб полицейский, четверо ранены.", "ru", [("injured", 4, "exact")], [("killed", 1, "exact")]),
    ("The company did not fire the engineer.", "en", [], []),
    ("Компания заявила, что уволила инженера, опубликовавшего фото.", "ru", [("dismissed", 1, "exact")], []),
    ("Губернатор уволил начальника полиции города.", "ru", [("dismissed", 1, "exact")], []),
    ("Компания уволила инженера, а около 150 иностранных сотрудников вывезли из лагеря.", "ru", [("dismissed", 1, "exact")],
     [("dismissed", 150, "about")]),
    ("Компания не уволила инженера.", "ru", [], []),
    ("Компанія заявила, що звільнила інженера, який опублікував фото.", "uk", [("dismissed", 1, "exact")], []),
    ("Губернатор звільнив начальника поліції міста.", "uk", [("dismissed", 1, "exact")], []),
    ("Компанія не звільнила інженера.", "uk", [], []),
    ("Президент звільнив 2 керівників обласної міліції.", "uk", [("dismissed", 2, "exact")], [("dismissed", 1, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), ROWS)
def test_figures_q20a(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)
