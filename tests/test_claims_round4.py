"""Round 4 of the claims grammar: general constructions that unseen development sets showed missing,
as invented sentences about invented events, in every language where the construction exists.
Each row: text, language, the ``(measure, value, qualifier)`` of every claim expected, in order."""

from __future__ import annotations

import pytest
from claims_helpers import extract, summary

# a role noun of forces ("rescuers") makes its figure a deployment whatever else the verb may mean
FORCES = [
    ("The operation involved more than 500 rescuers and volunteers.", "en", [("deployed", 500, "more_than")]),
    ("The search involved about 120 firefighters.", "en", [("deployed", 120, "about")]),
    ("Полиция задержала более 100 участников митинга.", "ru", [("detained", 100, "more_than")]),  # the role noun's own word is no verb
    ("Кешке қарай 40 кенші мен алты құтқарушының тірі қалу мүмкіндігі жоқ екені белгілі болды.", "kk",
     [("killed", 40, "exact"), ("killed", 6, "exact")]),  # "мен" joins two counted nouns of different classes
    ("Аймаққа 300 құтқарушы мен 40 бірлік техника жіберілді.", "kk", [("deployed", 300, "exact")]),  # equipment counts no one
    ("They sent 300 rescuers and 40 pieces of equipment.", "en", [("deployed", 300, "exact")]),
    ("Спасателей в первый час было мало, человек десять, поэтому копали сами.", "ru", [("deployed", 10, "about")]),
    ("Рятувальників спочатку було мало, чоловік десять.", "uk", [("deployed", 10, "about")]),
    ("Спасатели вывели еще 20.", "ru", []),  # the forces are the subject of another verb
]

# a verb shared by two objects of different classes, with a place or an adverb between them
SHARED_VERB = [
    ("Пошкоджено ще 7 житлових будинків поблизу та близько 15 автомобілів.", "uk",
     [("buildings_damaged", 7, "exact"), ("vehicles_damaged", 15, "about")]),
    ("Повреждены 7 домов поблизости и около 15 автомобилей.", "ru",
     [("buildings_damaged", 7, "exact"), ("vehicles_damaged", 15, "about")]),
    ("The blast damaged 7 houses in the old town and about 15 cars.", "en",
     [("buildings_damaged", 7, "exact"), ("vehicles_damaged", 15, "about")]),
    ("Су басқан ауылда 80 тұрғын үй мен 12 автокөлік зақымданды.", "kk",
     [("buildings_damaged", 80, "exact"), ("vehicles_damaged", 12, "exact")]),
    ("Seven houses and 15 cars were damaged.", "en", [("buildings_damaged", 7, "exact"), ("vehicles_damaged", 15, "exact")]),
]

# a range of number words joined by a hyphen; signs of injury in a witness's count
WITNESS = [
    ("Соседка видела, как выносили «человек четыре-пять, все в крови».", "ru", [("injured", [4, 5], "range")]),
    ("Погибли семь-восемь человек.", "ru", [("killed", [7, 8], "range")]),
    ("Загинули п'ять-шість людей.", "uk", [("killed", [5, 6], "range")]),
    ("Four-five people were injured.", "en", [("injured", [4, 5], "range")]),
    ("Twenty-six people died.", "en", [("killed", 26, "exact")]),  # a compound numeral stays one number
    ("Он видел, как выносили «человек тридцать, многие без сознания».", "ru", [("injured", 30, "about")]),
    ("Виносили чоловік десять, усі без свідомості.", "uk", [("injured", 10, "about")]),
    ("They carried out some 12 people, all covered in blood.", "en", [("injured", 12, "about")]),
    ("Үш-төрт адамды қанға боялған күйде алып шықты.", "kk", [("injured", [3, 4], "range")]),
    ("Телесные повреждения различной степени тяжести получили 40 человек.", "ru", [("injured", 40, "exact")]),
    ("Тілесні ушкодження отримали 40 осіб.", "uk", [("injured", 40, "exact")]),
]

# a subset between commas keeps its parent's measure when the next verb governs the next figure
SUBSETS = [
    ("The service reported: perished 30 persons, among them 4 children, were wounded 60 persons.", "en",
     [("killed", 30, "exact"), ("killed", 4, "exact"), ("injured", 60, "exact")]),
    ("Погибли 30 человек, среди них 4 ребенка, ранены 60 человек.", "ru",
     [("killed", 30, "exact"), ("killed", 4, "exact"), ("injured", 60, "exact")]),
    ("Загинули 30 людей, серед них 4 дітей, поранено 60 людей.", "uk",
     [("killed", 30, "exact"), ("killed", 4, "exact"), ("injured", 60, "exact")]),
    ("Погибли 5 человек, ранены 12.", "ru", [("killed", 5, "exact"), ("injured", 12, "exact")]),
]

# "one of them" with a predicate is a count of one; "one of the participants" alone is none
ONE_OF_THEM = [
    ("Пострадали 17 сотрудников полиции, один из них с ожогами находится в реанимации.", "ru",
     [("injured", 17, "exact"), ("injured", 1, "exact")]),
    ("The ministry said 20 officers were injured. One of them died in hospital.", "en",
     [("injured", 20, "exact"), ("killed", 1, "exact")]),
    ("Постраждали 17 поліцейських, один з них із опіками перебуває в реанімації.", "uk",
     [("injured", 17, "exact"), ("injured", 1, "exact")]),
    ("Олардың бірі кейін ауруханада қайтыс болды.", "kk", [("killed", 1, "exact")]),
    ("Один из участников сказал, что погибли 5 человек.", "ru", [("killed", 5, "exact")]),
    ("The video was filmed by one of them.", "en", []),
    ("Число погибших выросло до 12. Один из них — 22-летний военнослужащий.", "ru", [("killed", 12, "exact")]),  # a description
]

# a clause boundary: a "none" verb of another clause, a clause connective after the figure
CLAUSES = [
    ("Құтқарушылардың бірі тірі табылды, сондықтан ресми сан 30-ға түзетілді.", "kk", []),  # no count before: no measure
    ("Қаза тапқандар саны 31-ге жетті. Бір кенші тірі табылды, сондықтан ресми сан 30-ға түзетілді.", "kk",
     [("killed", 31, "exact"), ("killed", 30, "exact")]),
    ("Toll rises to seven as wounded miner dies", "en", [("killed", 7, "exact")]),
    ("At least 12 people were killed as police opened fire.", "en", [("killed", 12, "at_least")]),
    ("Из-под завалов спасены 17 человек.", "ru", []),

    ("Mine death toll revised to 30 after rescuer found alive", "en", [("killed", 30, "exact")]),  # a tie goes to the count
    ("Рятувальники врятували 39 людей, серед них 6 дітей.", "uk", []),
]

# table rows: a row that opens with "including" details the row above; forces in a row label
TABLES = [
    ("Погибшие, всего\t31\nв том числе горноспасатели\t4", "ru", [("killed", 31, "exact"), ("killed", 4, "exact")]),
    ("Загинули\t31\nу тому числі гірничорятувальники\t4", "uk", [("killed", 31, "exact"), ("killed", 4, "exact")]),
    ("Задействовано сил (чел.)\tболее 600", "ru", [("deployed", 600, "more_than")]),
    ("Залучено сил (осіб)\tпонад 600", "uk", [("deployed", 600, "more_than")]),
    ("Задействовано техники (ед.)\t120", "ru", []),
]

# "15 of them" counts what the sentence before counted (houses, cars)
OF_THEM = [
    ("Власти признали незаконными более 900 домов. В пятницу было снесено 12 из них.", "ru", [("buildings_damaged", 12, "exact")]),
    ("Some 900 houses were declared illegal. At least 12 of them were demolished.", "en", [("buildings_damaged", 12, "at_least")]),
    ("У місті збудовано 300 будинків. 12 з них зруйновано.", "uk", [("buildings_damaged", 12, "exact")]),
    ("Погибли 30 человек. 12 из них — дети.", "ru", [("killed", 30, "exact"), ("killed", 12, "exact")]),
    ("Загинули 30 людей. 12 з них — діти.", "uk", [("killed", 30, "exact"), ("killed", 12, "exact")]),
    ("30 people died. 12 of them were children.", "en", [("killed", 30, "exact"), ("killed", 12, "exact")]),
]

# a denial that names where the rumour spread states the rumour (unconfirmed, first) and the denial
DENIALS = [
    ("Глава области опроверг сообщения телеграм-каналов о «более чем сотне» погибших.", "ru",
     [("killed", 100, "more_than", "unconfirmed"), ("killed", 100, "more_than", "denied")]),
    ("Міська рада спростувала чутки в соцмережах про 100 загиблих.", "uk",
     [("killed", 100, "exact", "unconfirmed"), ("killed", 100, "exact", "denied")]),
    ("The ministry denied reports on social media of 40 dead.", "en",
     [("killed", 40, "exact", "unconfirmed"), ("killed", 40, "exact", "denied")]),
    ("МЧС опровергает сообщения о 40 погибших.", "ru", [("killed", 40, "exact", "denied")]),  # no rumour named
    ("Сведения о 40 погибших, распространяемые в соцсетях, не соответствуют действительности.", "ru",
     [("killed", 40, "exact", "unconfirmed"), ("killed", 40, "exact", "denied")]),  # no denier named: the rumour and the document's own denial
    ("У мережі поширювалися чутки про понад 300 загиблих; влада їх спростувала.", "uk",
     [("killed", 300, "more_than", "unconfirmed"), ("killed", 300, "more_than", "denied")]),  # the rumour stated once
]

# the whereabouts of people unknown
MISSING = [
    ("Місцезнаходження 14 людей досі не встановлене.", "uk", [("missing", 14, "exact")]),
    ("Местонахождения 14 человек до сих пор не установлены.", "ru", [("missing", 14, "exact")]),
    ("The whereabouts of 14 people remain unknown.", "en", [("missing", 14, "exact")]),
]


# forces sent to deal with the aftermath; administrative liability is a penalty, criminal a charge
AFTERMATH = [
    ("К ликвидации последствий аварии привлечены 900 человек и 40 единиц техники.", "ru", [("deployed", 900, "exact")]),
    ("До ліквідації наслідків аварії залучено 900 осіб і 40 одиниць техніки.", "uk", [("deployed", 900, "exact")]),
    ("Апат салдарын жоюға 900 адам тартылды.", "kk", [("deployed", 900, "exact")]),
    ("Some 900 people were involved in the clean-up.", "en", [("deployed", 900, "about")]),
    ("К административной ответственности привлечены 17 человек.", "ru", [("convicted", 17, "exact")]),
    ("До адміністративної відповідальності притягнуто 17 осіб.", "uk", [("convicted", 17, "exact")]),
    ("К уголовной ответственности привлечены 5 человек.", "ru", [("charged", 5, "exact")]),
    ("Әкімшілік жауапкершілікке 17 адам тартылды.", "kk", [("convicted", 17, "exact")]),
]


# things counted in speech: "штук 20" (some 20), the counted noun before its verb, a bound after a comma;
# houses in mud, cars sunk; Kazakh revision verbs after a dative figure; words that only look like numerals
THINGS = [
    ("Машин утонуло штук 20, не меньше.", "ru", [("vehicles_damaged", 20, "at_least")]),
    ("Машин сгорело штук десять.", "ru", [("vehicles_damaged", 10, "about")]),
    ("Машин потонуло штук 20, не менше.", "uk", [("vehicles_damaged", 20, "at_least")]),
    ("Домов затоплено 30.", "ru", [("buildings_damaged", 30, "exact")]),
    ("На окраине 30 домов стоят в грязи по окна.", "ru", [("buildings_damaged", 30, "exact")]),
    ("30 будинків стоять у багнюці.", "uk", [("buildings_damaged", 30, "exact")]),
    ("30 үй балшық астында қалды.", "kk", [("buildings_damaged", 30, "exact")]),
    ("Около 20 человек, не меньше, вышли на площадь.", "ru", [("participants", 20, "about")]),  # a bound after "около" stands apart
    ("Қаза тапқандар саны 31-ге жетті. Кейін ресми сан 30-ға түзетілді.", "kk", [("killed", 31, "exact"), ("killed", 30, "exact")]),
    ("Заңсыз салынған үйлерді бұзу үшін полиция келді.", "kk", []),  # "үшін" (for) is no 3
]


# Kazakh approximation suffixes; a figure quoted alone and its verb right after the quote; "as" + a
# lone trigger is a predicate, "as" before a clause of its own verb is not
KK_AND_QUOTES = [
    ("Жиынға 300-дей адам қатысты.", "kk", [("participants", 300, "about")]),
    ("Жиынға үш жүздей адам қатысты.", "kk", [("participants", 300, "about")]),
    ("Шеруге мыңдай адам жиналды.", "kk", [("participants", 1000, "about")]),
    ("Жиынға он адам қатысты.", "kk", [("participants", 10, "exact")]),
    ("Әкімдік жиынға «400-дей адам» келгенін айтты.", "kk", [("participants", 400, "about")]),
    ("Шеруге 10 мыңнан астам адам шықты.", "kk", [("participants", 10000, "more_than")]),
    ("Ауылға 200 полицей келді.", "kk", [("deployed", 200, "exact")]),
    ('Unverified posts claimed that "hundreds" had died.', "en", [("killed", None, "vague")]),
    ("В соцсетях писали, что «сотни» погибли.", "ru", [("killed", None, "vague")]),
    ('A rights group said the real toll was "at least 16" and accused the police.', "en", [("killed", 16, "at_least")]),
    ("Eleven people remained as missing according to volunteers.", "en", [("missing", 11, "exact")]),
    ("Toll rises to seven as wounded protester dies", "en", [("killed", 7, "exact")]),
    # a clause before a colon that states a count is no speaker's name ("МВД: ...")
    ("Судьба еще около десяти человек остается неизвестной: их родственники обратились в полицию.", "ru", [("missing", 10, "about")]),
    ("Доля ще близько десяти людей залишається невідомою: їхні родичі звернулися до поліції.", "uk", [("missing", 10, "about")]),
    ("МВД: погибли 5 человек.", "ru", [("killed", 5, "exact")]),
    # a second clause whose verb a dash stands for; the qualifier does not carry over
    ("У місті А загинула щонайменше 21 людина, а в місті Б 14 липня — 28 людей.", "uk", [("killed", 21, "at_least"), ("killed", 28, "exact")]),
    ("В Киеве погибли 12 человек, а в Харькове — 5.", "ru", [("killed", 12, "exact"), ("killed", 5, "exact")]),
    ("Погибли 12 человек, а ранены — 40.", "ru", [("killed", 12, "exact"), ("injured", 40, "exact")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DENIALS)
def test_denial_pairs(text, lang, expected):
    got = [(c.measure, c.value, c.qualifier, c.modality) for c in extract(text, lang)]
    assert got == expected


def test_denial_pair_sources():
    """The denial is the named denier's; the rumour is social media's."""
    claims = extract("Міська рада спростувала чутки в соцмережах про 100 загиблих.", "uk")
    assert [(c.modality, c.source.type, c.source.name) for c in claims] == [
        ("unconfirmed", "social_media", "соцмережах"), ("denied", "official", "Міська рада")]


@pytest.mark.parametrize(("text", "lang", "expected"), FORCES + SHARED_VERB + WITNESS + SUBSETS + ONE_OF_THEM + CLAUSES + TABLES + OF_THEM + MISSING + AFTERMATH + THINGS + KK_AND_QUOTES)
def test_round4(text, lang, expected):
    assert summary(text, lang) == expected
