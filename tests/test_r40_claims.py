"""Round 40, claims: which measure a figure counts and figures that count no people. Hostages are
counted only when harmed; abductions, threats to kill and releases are no casualty count; mines,
arsons, camps and feet are no count of people; the displaced are no casualty count; on a page about a
strike, people who stay underground, refuse to come up or come up at its end are strikers; detention
and missing said without the usual word. Invented sentences only."""

from __future__ import annotations

import pytest
from claims_helpers import analyzed, check_summary

HOSTAGES = [
    # freed, taken, held hostages: no dismissal, no detention, no missing count
    ("The army freed 40 hostages near Dalbrook.", "en", [], []),
    ("Армия освободила более 40 заложников под Далбруком.", "ru", [], [("dismissed", 40, "more_than")]),
    ("Армія звільнила понад 100 заручників.", "uk", [], [("dismissed", 100, "more_than")]),
    ("Сепаратисти вбили 20 заручників, ще близько 100 вдалося звільнити.", "uk", [("killed", 20, "exact")], [("dismissed", 100, "about")]),
    ("Әскер 100-ден астам кепілді босатты.", "kk", [], []),
    # a threat to kill counts no dead
    ("The rebels seized 60 passengers and threatened to kill them.", "en", [], []),
    ("Боевики захватили 60 пассажиров и угрожают убить их.", "ru", [], []),
    ("Бойовики захопили 60 пасажирів і погрожують вбити їх.", "uk", [], []),
    # kidnapped people are no casualty count; a verb of their own still counts
    ("Gunmen kidnapped 40 travellers and killed 3 guards.", "en", [("killed", 3, "exact")], [("killed", 40, "exact")]),
    ("Боевики похитили 40 пассажиров и убили 3 охранников.", "ru", [("killed", 3, "exact")], [("killed", 40, "exact")]),
    ("Бойовики викрали 40 пасажирів і вбили 3 охоронців.", "uk", [("killed", 3, "exact")], [("killed", 40, "exact")]),
    ("Қарулы адамдар Далбрук маңында 40 жолаушыны ұрлап әкетті.", "kk", [], []),
    ("12 kidnapped villagers were found dead near Dalbrook.", "en", [("killed", 12, "exact")], []),
    ("12 похищенных туристов были найдены мертвыми.", "ru", [("killed", 12, "exact")], []),
    # hostages killed are counted
    ("Militants killed 8 hostages in Dalbrook.", "en", [("killed", 8, "exact")], []),
]

NOT_PEOPLE = [
    ("Strikers occupied four mines near Dalbrook.", "en", [], []),
    ("Забастовка продолжается на четырех шахтах Далбрука.", "ru", [], []),
    ("Страйк триває на чотирьох шахтах Далбрука.", "uk", [], []),
    ("Ереуіл Далбруктың төрт шахтасында жалғасуда.", "kk", [], []),
    ("Police recorded 312 arsons across Venmark.", "en", [], []),
    ("Поліція зафіксувала 312 підпалів у Венмарку.", "uk", [], []),
    ("Полиция зафиксировала 312 случаев поджога в Венмарке.", "ru", [], []),
    ("The crew was trapped 400ft below the surface.", "en", [], []),
    ("More than 40 factories were shut in Venmark.", "en", [], []),
    ("Поліція повідомила, що в Венмарку закрили понад 40 фабрик.", "uk", [], []),
    # an age after a name that opens the sentence
    ("Dorvan Keld, 42, a dock worker who was injured in clashes earlier this month, died from his injuries.", "en", [], [("injured", 42, "exact")]),
    ("Altogether, 14, including three children, were injured, rescuers said.", "en", [("injured", 14, "exact")], []),
]

DISPLACED = [
    ("The floods left 40 dead, 12 missing and over 50,000 people displaced.", "en", [("killed", 40, "exact"), ("missing", 12, "exact")],
     [("missing", 50000, "more_than")]),
    ("Погибли 60 человек, еще 900 сейчас находятся в лагерях.", "ru", [("killed", 60, "exact")], [("killed", 900, "exact")]),
    ("Стихія забрала життя 60 людей, ще близько 40 тисяч були змушені залишити домівки.", "uk", [("killed", 60, "exact")], [("killed", 40000, "about")]),
    ("Су тасқынынан 60 адам қаза тауып, 40 мыңдай адам үйін тастап кетуге мәжбүр болды.", "kk", [("killed", 60, "exact")], [("killed", 40000, "about")]),
]

STRIKE = [
    ("The miners' strike at the Dalbrook mine went on. 29 miners stayed underground on Monday.", "en", [("strikers", 29, "exact")], []),
    ("The strike ended. About 150 miners were raised to the surface on Friday.", "en", [("strikers", 150, "about")], []),
    ("The strike went on. Some 300 protesters staying underground demand higher wages.", "en", [("strikers", 300, "about")],
     [("participants", 300, "about")]),
    ("Забастовка на шахте Далбрук продолжается. Остались под землей около 40 горняков.", "ru", [("strikers", 40, "about")], [("missing", 40, "about")]),
    ("Забастовка продолжается. 32 горняка отказываются подниматься на поверхность.", "ru", [("strikers", 32, "exact")], []),
    ("Страйк на шахті Далбрук триває. Під землею залишалися понад 40 гірників.", "uk", [("strikers", 40, "more_than")], [("missing", 40, "more_than")]),
    ("Страйк на шахті Далбрук триває. Тридцять два гірники не вийшли на поверхню.", "uk", [("strikers", 32, "exact")], []),
    ("Далбрук шахтасында ереуіл жалғасуда. Жер астында 60-тай адам бар.", "kk", [("strikers", 60, "about")], []),
    ("Далбрук шахтасында ереуіл жалғасуда. Үш шахтаның 100-ге жуық жұмысшысы 9 қарашада түнгі ауысымнан кейін жер астынан шығудан бас тартты.",
     "kk", [("strikers", 100, "about")], []),
    # off a strike page the same words count the missing
    ("The mine collapsed. 29 miners remained underground on Monday.", "en", [("missing", 29, "exact")], [("strikers", 29, "exact")]),
    ("Шахта обрушилась. Под землей остаются 12 горняков.", "ru", [], [("strikers", 12, "exact")]),
    # taking part in a strike
    ("Some 900 dockers took part in the strike.", "en", [("strikers", 900, "about")], []),
    ("Около 900 докеров приняли участие в забастовке.", "ru", [("strikers", 900, "about")], []),
    ("Близько 900 докерів взяли участь у страйку.", "uk", [("strikers", 900, "about")], []),
]

VERBS = [
    ("Twelve participants in the rally were taken to the police.", "en", [("detained", 12, "exact")], [("participants", 12, "exact")]),
    ("Police broke up the rally by arresting 28 demonstrators.", "en", [("arrested", 28, "exact")], []),
    ("40 человек были помещены под стражу.", "ru", [("detained", 40, "exact")], []),
    ("Близько 40 протестувальників заштовхали в автозаки.", "uk", [("detained", 40, "about")], []),
    ("Полиция 40-қа жуық адамды автозакқа салып әкетті.", "kk", [("detained", 40, "about")], []),
    ("Связи нет еще с 7 горняками.", "ru", [("missing", 7, "exact")], []),
    ("В интернате еще не досчитываются 40 учеников.", "ru", [("missing", 40, "exact")], []),
    ("У школі ще не дораховуються 40 учнів.", "uk", [("missing", 40, "exact")], []),
    ("40 адам із-түссіз кеткен.", "kk", [("missing", 40, "exact")], []),
    ("There is still no contact with 7 miners.", "en", [("missing", 7, "exact")], []),
    ("В шахте находились 13 человек, с которыми до сих пор нет связи.", "ru", [("missing", 13, "exact")], []),
    ("По данным МЧС, в шахте остались 13 человек.", "ru", [("missing", 13, "exact")], []),
    ("За даними ДСНС, у шахті залишилися 13 людей.", "uk", [("missing", 13, "exact")], []),
    ("Забастовка продолжается: в шахте остаются 40 горняков.", "ru", [("strikers", 40, "exact")], [("missing", 40, "exact")]),
    # a crowd counted by what it did
    ("Up to 9,000 dock workers clashed with police in Venmark.", "en", [("participants", 9000, "at_most")], []),
    ("More than 3,000 workers staged protests outside the plant.", "en", [("participants", 3000, "more_than")], []),
    ("12 protesters clashed with police and were arrested.", "en", [("arrested", 12, "exact")], [("participants", 12, "exact")]),
    ("До 9 тысяч докеров столкнулись с полицией в Венмарке.", "ru", [("participants", 9000, "at_most")], []),
    ("До 9 тисяч докерів зіткнулися з поліцією у Венмарку.", "uk", [("participants", 9000, "at_most")], []),
    ("9 мыңға дейін жұмысшы полициямен қақтығысты.", "kk", [("participants", 9000, "at_most")], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), HOSTAGES + NOT_PEOPLE + DISPLACED + STRIKE + VERBS)
def test_measure(text, lang, must, must_not):
    check_summary(text, lang, must, must_not)


def test_a_sentence_ending_in_a_colon_with_no_figure_after_a_credited_paragraph():
    # a list's heading ("...:") with no figure of its own, after a paragraph with a source: no crash
    got = [(c.measure, c.value) for c in analyzed(
        "Velmora police said four people died in the blast.\n\nAnother list of the injured:\n\nAnna Roe, 40.\n",
        "en", "2031-05-03")]
    assert ("killed", 4) in got


def test_striking_alone_is_no_strike():
    # "striking the night shift": a blast, not a strike; people left underground are missing, not strikers
    got = [(c.measure, c.value) for c in analyzed(
        "A gas explosion tore through the Dalbrook mine on Monday, striking the night shift.\n\n"
        "12 miners were brought to the surface alive and 7 miners remain underground.", "en", "2031-05-03")]
    assert ("missing", 7) in got and not any(m == "strikers" for m, _ in got)
