"""Language data added after devset6 (session 4, data only): general constructions the unseen set
showed missing, as invented sentences about invented events, in every language where they exist.
Rows of ``COUNTS``: text, language, the ``(measure, value, qualifier)`` of every claim, in order.
Rows of ``VOICES``: text, language, the ``(measure, value, source type, modality)`` of every claim."""

from __future__ import annotations

import pytest
from claims_helpers import attributed, summary

# Kazakh: "оның N-і" (N of them) after a total, collective numerals with possessive + case,
# verbs "жойылу" (eliminated) and "шығарылу" (put onto the streets), "being treated", "the two sides"
KAZAKH = [
    ("Жарақат алған 38 адам ауруханаға жеткізілді, оның 12-сі стационарға жатқызылды.", "kk",
     [("injured", 38, "exact"), ("injured", 12, "exact")]),
    ("Ауруханада 20-ға жуық адам емделіп жатыр, оның үшеуінің жағдайы ауыр.", "kk",
     [("injured", 20, "about"), ("injured", 3, "exact")]),
    ("Жарылыста 10 адам қаза тапты, олардың үшеуі балалар.", "kk", [("killed", 10, "exact"), ("killed", 3, "exact")]),
    ("Шабуыл кезінде 4 көлік зақымданды, оның ішінде бір жолаушылар автобусы.", "kk",
     [("vehicles_damaged", 4, "exact"), ("vehicles_damaged", 1, "exact")]),
    ("Оның 5 баласы бар.", "kk", []),  # "оның" = his: no figure of anything before
    ("Арнайы операция барысында 12 содыр жойылды.", "kk", [("killed", 12, "exact")]),
    ("Ауылда 20 үй жойылды.", "kk", [("buildings_damaged", 20, "exact")]),
    ("Көшелерге 2 мыңнан астам полицей шығарылды.", "kk", [("deployed", 2000, "more_than")]),
    ("Полиция бұл ақпаратты жоққа шығарды.", "kk", []),  # "жоққа шығару" (deny) is no deployment
    ("Оқиға орнында 80 тергеуші жұмыс істеп жатыр.", "kk", [("deployed", 80, "exact")]),
    ("Көшелерге 2 мыңнан астам полицей шығарылды. Қала тұрғындарының саны 400 мыңнан асады.", "kk",
     [("deployed", 2000, "more_than")]),  # a population is no count
]

# "the two sides" of a conflict are no count of people
SIDES = [
    ("Екі тараптан да ондаған адам қаза тапты.", "kk", [("killed", None, "vague")]),
    ("С двух сторон погибли десятки человек.", "ru", [("killed", None, "vague")]),
    ("З двох сторін загинули десятки людей.", "uk", [("killed", None, "vague")]),
    ("Dozens were killed on the two sides.", "en", [("killed", None, "vague")]),
]

# machine-translated English: calques of погибли ("were lost"), уничтожены ("destroyed"), detentions
CALQUES = [
    ("According to the prosecutor were lost 120 hostages.", "en", [("killed", 120, "exact")]),
    ("Special forces lost 10 employees.", "en", [("killed", 10, "exact")]),
    ("Each side lost 40 soldiers.", "en", [("killed", 40, "exact")]),
    ("The list of lost increased till 335 persons.", "en", [("killed", 335, "exact")]),
    ("31 terrorists are destroyed, 1 is arrested.", "en", [("killed", 31, "exact"), ("arrested", 1, "exact")]),
    ("Ministry informs: in hospitals are there 426 persons, in a grave condition 64.", "en",
     [("injured", 426, "exact"), ("injured", 64, "exact")]),
    ("We documented 656 detentions.", "en", [("detained", 656, "exact")]),
    ("The company lost 300 jobs.", "en", []),
    ("The team lost 3 games.", "en", []),
    ("The army lost 3 tanks.", "en", []),
    ('Officials said "several others" remained unaccounted for.', "en", [("missing", None, "vague")]),
]

# sought help at hospitals, measure of restraint, investigators at a scene, died, found guilty
WORDINGS = [
    ("До лікарень звернулися щонайменше 20 людей.", "uk", [("injured", 20, "at_least")]),
    ("К врачам обратились 84 человека.", "ru", [("injured", 84, "exact")]),
    ("Суд заочно обрав запобіжний захід двом братам.", "uk", [("arrested", 2, "exact")]),
    ("Суд заочно избрал меру пресечения двум братьям.", "ru", [("arrested", 2, "exact")]),
    ("На місці працюють 80 слідчих та криміналістів.", "uk", [("deployed", 80, "exact")]),
    ("На месте работают 80 следователей и криминалистов.", "ru", [("deployed", 80, "exact")]),
    ("80 investigators are working at the scene.", "en", [("deployed", 80, "exact")]),
    ("У місті працюють 300 шкіл.", "uk", []),
    ("Умерли 12 человек.", "ru", [("killed", 12, "exact")]),
    ("Позже умер еще один раненый.", "ru", [("killed", 1, "exact")]),
    ("Число умерших достигло 21.", "ru", [("killed", 21, "exact")]),
    ("Суд признал виновными 8 фигурантов дела.", "ru", [("convicted", 8, "exact")]),
    ("Суд визнав винними 8 фігурантів справи.", "uk", [("convicted", 8, "exact")]),
    ("The court found 8 defendants guilty.", "en", [("convicted", 8, "exact")]),
    ("5 defendants pleaded not guilty.", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), KAZAKH + SIDES + CALQUES + WORDINGS)
def test_counts(text, lang, expected):
    assert summary(text, lang) == expected


# attribution frames, hedges and denials that point back at the figure before them
VOICES = [
    ("The health ministry put its toll at 34 dead and 178 wounded.", "en",
     [("killed", 34, "official", "asserted"), ("injured", 178, "official", "asserted")]),
    ("Губернатор уточнює: кількість загиблих зросла до 52.", "uk", [("killed", 52, "official", "asserted")]),
    ("Губернатор уточняет: число погибших выросло до 52.", "ru", [("killed", 52, "official", "asserted")]),
    ("За висновком прокуратури, загинули 12 людей.", "uk", [("killed", 12, "official", "asserted")]),
    ("По заключению прокуратуры, погибли 12 человек.", "ru", [("killed", 12, "official", "asserted")]),
    ("According to the conclusion of the prosecutors, 12 people died.", "en", [("killed", 12, "official", "asserted")]),
    ("Прокуратураның қорытындысы бойынша 12 адам қаза тапты.", "kk", [("killed", 12, "official", "asserted")]),
    ("По уточненным данным на 09:00 10 июня, погибли 7 человек.", "ru", [("killed", 7, "author", "asserted")]),
    ("За уточненими даними на 09:00 10 червня, загинули 7 людей.", "uk", [("killed", 7, "author", "asserted")]),
    ("Көрші ел билігі 19 адамның қаза тапқанын хабарлады.", "kk", [("killed", 19, "official", "asserted")]),
    ("Министрдің айтуынша, 7 адам қаза тапты.", "kk", [("killed", 7, "official", "asserted")]),
    ("Investigators said 5 people died.", "en", [("killed", 5, "official", "asserted")]),
    ("According to the operational headquarters, 150 people died.", "en", [("killed", 150, "official", "asserted")]),
    ("По данным оперативного штаба, погибли 150 человек.", "ru", [("killed", 150, "official", "asserted")]),
    ("Рятувальники повідомили, що загинули 52 людини.", "uk", [("killed", 52, "official", "asserted")]),
    ("Следователи сообщили, что погибли 5 человек.", "ru", [("killed", 5, "official", "asserted")]),
    ("Слідчі повідомили, що загинули 5 людей.", "uk", [("killed", 5, "official", "asserted")]),
    # a possibility is no fact
    ("За висновком експерта, щонайменше 100 заручників могли загинути від вибухів.", "uk",
     [("killed", 100, "unknown", "unconfirmed")]),
    ("По заключению эксперта, не менее 100 заложников могли погибнуть от взрывов.", "ru",
     [("killed", 100, "unknown", "unconfirmed")]),
    ("At least 100 hostages may have died in the blasts.", "en", [("killed", 100, "unknown", "unconfirmed")]),
    # denials of the figure just stated
    ('An opposition site claimed that "more than 40" people had died. The ministry dismissed that figure as disinformation.', "en",
     [("killed", 40, "opposition", "unconfirmed"), ("killed", 40, "official", "denied")]),  # "claimed", then denied (devset6 gold)
    ('A blogger wrote that "the dead are not less than 500", officials named it lie.', "en",
     [("killed", 500, "social_media", "unconfirmed"), ("killed", 500, "official", "denied")]),
    ("Соцмережами ширилися чутки про «понад 100 військових» загиблих. Міністерство називає це фейком.", "uk",
     [("killed", 100, "unknown", "unconfirmed"), ("killed", 100, "official", "denied")]),
    ("По заключению Минздрава, погибли 186 человек. Правозащитники эти выводы отвергли.", "ru",
     [("killed", 186, "official", "asserted"), ("killed", 186, "ngo", "denied")]),
    ("За висновком МОЗ, загинули 186 людей. Правозахисники ці висновки відкидали.", "uk",
     [("killed", 186, "official", "asserted"), ("killed", 186, "ngo", "denied")]),
    ("Кейбір парақшаларда қаза тапқандар 100-ден асады деп жазылған. Бұл хабар шындыққа сәйкес келмейді.", "kk",
     [("killed", 100, "social_media", "unconfirmed"), ("killed", 100, "author", "denied")]),
    # a "version" is mostly a cause: rejecting it denies no figure
    ("Міністерство заявило про 50 загиблих. Ми категорично відкидаємо цю версію.", "uk",
     [("killed", 50, "official", "asserted")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), VOICES)
def test_voices(text, lang, expected):
    assert attributed(text, lang) == expected
