"""Claim extraction tables: ``(text, expected)`` per language, one commented case a line.

``expected`` lists ``(measure, value, qualifier)`` of every claim the sentence holds, in order; an
empty list means the numbers in it are not claims.
"""

from __future__ import annotations

import pytest
from claims_helpers import extract, summary

EN = [
    ("16 people died.", [("killed", 16, "exact")]),  # plain count, trigger after
    ("Nine were killed, according to officials.", [("killed", 9, "exact")]),  # number word
    ("Seventy-three people were wounded in the riots.", [("injured", 73, "exact")]),  # hyphenated compound
    ("At least 9 protestors were killed by security forces.", [("killed", 9, "at_least")]),  # predicate beats role noun
    ("14+ fatalities", [("killed", 14, "at_least")]),  # plus sign
    ("more than 45 people were detained", [("detained", 45, "more_than")]),
    ("about 400 were injured", [("injured", 400, "about")]),
    ("The company fired nearly 600 employees.", [("dismissed", 600, "about")]),  # trigger before
    ("four to five thousand people gathered in the park", [("participants", [4000, 5000], "range")]),  # shared multiplier
    ("from 1.2 to 2.6 thousand people did not go to work", [("strikers", [1200, 2600], "range")]),
    ("marches took place every evening, drawing from 300 to 600 participants", [("participants", [300, 600], "range")]),
    ("Between 40 and 60 people are still missing.", [("missing", [40, 60], "range")]),
    ("2,400 marines were brought into the port", [("deployed", 2400, "exact")]),  # troops class
    ("Around 300 troops were deployed to the city.", [("deployed", 300, "about")]),
    ("a thousand transport workers went on strike", [("strikers", 1000, "exact")]),  # article + multiplier
    ("By March, the number of strikers reached 7,500, unions say.", [("strikers", 7500, "exact")]),
    ("hundreds of strikers filled the square", [("strikers", None, "vague")]),  # vague amount
    ("opposition leaders said the death toll ran into the dozens", [("killed", None, "vague")]),
    ("15 shops and 31 other buildings were set on fire", [("buildings_damaged", 15, "exact"), ("buildings_damaged", 31, "exact")]),
    ("more than 35 buses were torched or damaged", [("vehicles_damaged", 35, "more_than")]),
    ("40 people were killed, more than 300 injured", [("killed", 40, "exact"), ("injured", 300, "more_than")]),  # ellipsis
    ("has confirmed 11 dead, over 60 injured (of which - 7 policemen)", [("killed", 11, "exact"), ("injured", 60, "more_than"), ("injured", 7, "exact")]),  # subset
    ("one woman died, 23 were injured (including 5 police officers)", [("killed", 1, "exact"), ("injured", 23, "exact"), ("injured", 5, "exact")]),
    ("9 unionists were sentenced to prison terms of 2 to 6 years", [("convicted", 9, "exact")]),  # prison term is no claim
    ("4 police officers are accused of firing on marchers", [("charged", 4, "exact")]),
    ("27 people were brought to justice", [("arrested", 27, "exact")]),
    ("15 people remain detained, six of them were arrested", [("detained", 15, "exact"), ("arrested", 6, "exact")]),
    ("two Georgian journalists were detained for several hours", [("detained", 2, "exact")]),
    ("Protesters set fire to 12 buildings and 30 cars.", [("buildings_damaged", 12, "exact"), ("vehicles_damaged", 30, "exact")]),
    ("Police arrested 3 journalists and 12 activists.", [("arrested", 3, "exact"), ("arrested", 12, "exact")]),
    ("The rally drew an estimated 10,000 people.", [("participants", 10000, "about")]),
    ("Twelve people were taken to hospital and 20 were missing.", [("injured", 12, "exact"), ("missing", 20, "exact")]),
    ("up to 50 people were detained", [("detained", 50, "at_most")]),
    ("Local deputies talk about 28 buildings burned", [("buildings_damaged", 28, "exact")]),  # "about" is the verb's
    ("A 25-year-old man was shot dead.", []),  # age
    ("He was sentenced to 6 years in prison.", []),  # prison term
    ("The population is about 60.000.", []),  # population
    ("the 45,000-strong town of miners", []),
    ("wages rose from 150-200 thousand tenge to 350 thousand tenge", []),  # money
    ("output fell by 6% from 8.2 million tons", []),  # percentage, tonnes
    ("On March 3, 2015 workers gathered at 10:47.", []),  # date and time
    ("the 30th anniversary of the republic", []),  # ordinal
    ("some of the wounded were flown 240 km away", []),  # distance
    ("one of the organisers of the dockers' walkout", []),  # "one of"
    ("a 10-day curfew was imposed", []),  # duration
    ("rallies were held on March 4, 5 and 6", []),  # a list of days
    ("four federal government bodies were conducting inquiries", []),  # "bodies" only counts right after a figure
    ("A gunman opened fire, killing 12 people and injuring 30 others.", [("killed", 12, "exact"), ("injured", 30, "exact")]),
    ("The blast left 5 dead and dozens wounded.", [("killed", 5, "exact"), ("injured", None, "vague")]),
    ("On 18 May between 2,000 and 3,000 residents gathered.", [("participants", [2000, 3000], "range")]),  # date before a range
    ('the real toll was "at least 25" and accused the authorities', [("killed", 25, "at_least")]),  # quote ends the clause
    ("About 2,000 people gathered (police estimate), more than 3,000 according to the organizers.", [("participants", 2000, "about"), ("participants", 3000, "more_than")]),
    ("More than 100 people were injured, according to records of the two hospitals.", [("injured", 100, "more_than")]),  # a figure in a source name
    ("the families of the 40 dead gathered", [("killed", 40, "exact")]),
    ("Police said seven officers were hurt in the clashes.", [("injured", 7, "exact")]),
    ("Some 300 soldiers were sent to the region.", [("deployed", 300, "about")]),
    ("The death toll has risen to 40.", [("killed", 40, "exact")]),
]

RU = [
    ("около 4000 человек собрались на антивоенный митинг", [("participants", 4000, "about")]),
    ("09:40 Убито больше 15 шахтёров", [("killed", 15, "more_than")]),  # time is no claim
    ("10:15 Более 300 раненых.", [("injured", 300, "more_than")]),
    ("число жертв колеблется от 8 до 40 человек", [("killed", [8, 40], "range")]),
    ("Существует информация о 35 погибших и 400 раненых.", [("killed", 35, "exact"), ("injured", 400, "exact")]),
    ("В результате столкновений погибли 12 человек, ещё 86 получили ранения.", [("killed", 12, "exact"), ("injured", 86, "exact")]),
    ("По данным МВД, задержаны 50 человек.", [("detained", 50, "exact")]),
    ("По словам правозащитников, число погибших превысило 70.", [("killed", 70, "more_than")]),  # "exceeded": more than (gold of devset5, 6, 14)
    ("Двое полицейских погибли, пятеро ранены.", [("killed", 2, "exact"), ("injured", 5, "exact")]),  # collective numerals
    ("По меньшей мере 14 человек погибли, сообщил Интерфакс.", [("killed", 14, "at_least")]),
    ("В акции приняли участие около 5 тысяч человек.", [("participants", 5000, "about")]),
    ("Полиция задержала более 100 участников митинга.", [("detained", 100, "more_than")]),  # predicate beats role noun
    ("МВД опровергает информацию о 40 погибших.", [("killed", 40, "exact")]),
    ("По непроверенным данным, погибли десятки человек.", [("killed", None, "vague")]),
    ("Суд приговорил 11 активистов к срокам от 2 до 6 лет.", [("convicted", 11, "exact")]),
    ("Сгорели 14 магазинов и 25 зданий.", [("buildings_damaged", 14, "exact"), ("buildings_damaged", 25, "exact")]),
    ("Были повреждены 140 жилых домов и 35 автомобилей.", [("buildings_damaged", 140, "exact"), ("vehicles_damaged", 35, "exact")]),
    ("В город введены 2000 военнослужащих.", [("deployed", 2000, "exact")]),
    ("Уволены почти 800 сотрудников завода.", [("dismissed", 800, "about")]),
    ("В Темиртау бастуют 12 тысяч шахтёров.", [("strikers", 12000, "exact")]),
    ("Ранены 9 полицейских.", [("injured", 9, "exact")]),
    ("Пострадали 1,5 тыс. человек.", [("injured", 1500, "exact")]),  # abbreviated multiplier
    ("Было арестовано 8 человек, ещё 30 задержаны.", [("arrested", 8, "exact"), ("detained", 30, "exact")]),
    ("Погибли трое журналистов.", [("killed", 3, "exact")]),
    ("МЧС сообщило о троих погибших и 20 пропавших без вести.", [("killed", 3, "exact"), ("missing", 20, "exact")]),
    ("пропавшими без вести оставались 11 человек", [("missing", 11, "exact")]),
    ("в митинге участвовали 1 500 человек", [("participants", 1500, "exact")]),  # space-grouped digits
    ("число погибших, по данным МЧС, возросло до семи", [("killed", 7, "exact")]),  # "до" after a verb of change
    ("погибших: 9 (официально); не менее 25 (по данным правозащитников)", [("killed", 9, "exact"), ("killed", 25, "at_least")]),
    ("Разные источники называли от 5 до 50 погибших.", [("killed", [5, 50], "range")]),
    ("В Андижане погибли не менее 10 человек.", [("killed", 10, "at_least")]),
    ("свыше 200 человек получили медицинскую помощь", [("injured", 200, "more_than")]),
    ("18-летний подросток погиб.", []),  # age
    ("Население города составляет около 60 тысяч человек.", []),  # population
    ("Зарплата 180 тысяч тенге.", []),  # money
    ("вводит до 20 марта 2016 года режим чрезвычайного положения", []),  # date
    ("комендантский час с 22 часов вечера до 6 часов утра", []),  # hours
    ("приговорил их к 3 и 5 годам лишения свободы", []),  # coordinated prison terms
    ("по статье 274 Уголовного кодекса погибших", []),  # article number
    ("9 мая в Киргизии проводились празднования", []),
    ("Более тысячи человек были задержаны по всей стране.", [("detained", 1000, "more_than")]),  # a bare multiplier
    ("тысячи людей вышли на улицы", [("participants", None, "vague")]),
    ("Власти подтвердили гибель 17 человек.", [("killed", 17, "exact")]),
    ("оппозиционное движение «Жаңа Дала» заявило, что погибли «десятки».", [("killed", None, "vague")]),  # a Kazakh name in Russian
    ("по словам губернатора, повреждены 96 частных домов", [("buildings_damaged", 96, "exact")]),
    ("47 выживших, родственников погибших, собрались у акимата", []),  # relatives of the dead are no count of them
    ("из 7,3 тысячи работников", []),  # a denominator
]

UK = [
    ("У киргизькому Оші щонайменше 40 вбитих і 300 поранених.", [("killed", 40, "at_least"), ("injured", 300, "at_least")]),  # qualifier distributes
    ("8 березня понад 2000 осіб зібралися на мирну ходу", [("participants", 2000, "more_than")]),
    ("Наразі постраждали 4-5 людей (за не підтвердженою інформацією є загиблі).", [("injured", [4, 5], "range")]),
    ("За даними шахтарів, вбито більше 12 осіб.", [("killed", 12, "more_than")]),
    ("Внаслідок сутичок загинули 12 людей, ще 86 отримали поранення.", [("killed", 12, "exact"), ("injured", 86, "exact")]),
    ("За даними МВС, затримано 50 осіб.", [("detained", 50, "exact")]),
    ("Поліція повідомила, що затримано понад 30 протестувальників.", [("detained", 30, "more_than")]),
    ("Загинули двоє поліцейських, п'ятеро поранені.", [("killed", 2, "exact"), ("injured", 5, "exact")]),
    ("Близько 5 тисяч людей зібралися на мітинг.", [("participants", 5000, "about")]),
    ("Щонайменше двадцять п'ять людей загинули.", [("killed", 25, "at_least")]),  # number words with apostrophe
    ("щонайменше двадцяти п’яти людей загинули", [("killed", 25, "at_least")]),  # inflected, typographic apostrophe
    ("За словами правозахисників, загинули десятки людей.", [("killed", None, "vague")]),
    ("Звільнено майже 1000 працівників.", [("dismissed", 1000, "about")]),
    ("Спалено 12 будівель і 20 автомобілів.", [("buildings_damaged", 12, "exact"), ("vehicles_damaged", 20, "exact")]),
    ("Суд засудив 13 активістів до 5 років ув'язнення.", [("convicted", 13, "exact")]),
    ("Страйкують 9 тисяч гірників.", [("strikers", 9000, "exact")]),
    ("Затримано 23 особи, повідомив речник поліції.", [("detained", 23, "exact")]),
    ("шестеро поліцейських дістали травми", [("injured", 6, "exact")]),
    ("близько 1200 рятувальників працюють на місці", [("deployed", 1200, "about")]),
    ("МНС повідомило про трьох загиблих", [("killed", 3, "exact")]),
    ("постраждали сотні людей", [("injured", None, "vague")]),
    ("кількість загиблих зросла до дев'яти", [("killed", 9, "exact")]),
    ("зниклими безвісти вважаються 11 осіб", [("missing", 11, "exact")]),
    ("у Маріуполі вбито понад 30 осіб", [("killed", 30, "more_than")]),
    ("18-річний юнак загинув.", []),  # age
    ("5 травня відбувся мітинг", []),  # date
    ("заробітна плата 120 тисяч тенге", []),  # money
    ("протест тривав 5 місяців", []),  # duration
]

KK = [
    ("Қақтығыс кезінде 16 адам қаза тапты.", [("killed", 16, "exact")]),
    ("ІІМ мәліметінше, 50 адам ұсталды.", [("detained", 50, "exact")]),
    ("100-ден астам адам жараланды.", [("injured", 100, "more_than")]),  # case suffix + postposed qualifier
    ("Шамамен 3000 адам алаңға жиналды.", [("participants", 3000, "about")]),
    ("Он алты адам қаза тапты.", [("killed", 16, "exact")]),  # compound number words
    ("Ондаған адам жараланды.", [("injured", None, "vague")]),
    ("1000-ға жуық жұмысшы жұмыстан шығарылды.", [("dismissed", 1000, "about")]),
    ("Кемінде 10 адам қаза тапты, 200-ден астам адам жарақат алды.", [("killed", 10, "at_least"), ("injured", 200, "more_than")]),
    ("алпыс төрт адам ауруханаға жеткізілді", [("injured", 64, "exact")]),
    ("1200-ден астам құтқарушы жұмыс істеуде", [("deployed", 1200, "more_than")]),
    ("35 автокөлік зақымданды", [("vehicles_damaged", 35, "exact")]),
    ("2 мыңнан астам жұмысшы ереуілге шықты", [("strikers", 2000, "more_than")]),  # multiplier with a case suffix
    ("тоғыз адам қаза тапты", [("killed", 9, "exact")]),
    ("жиырма адам хабар-ошарсыз кетті", [("missing", 20, "exact")]),
    ("18 жастағы жігіт қаза тапты.", []),  # age
    ("9 наурызда митинг өтті", []),  # date
]


@pytest.mark.parametrize(("text", "expected"), EN)
def test_en(text, expected):
    assert summary(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), RU)
def test_ru(text, expected):
    assert summary(text, "ru") == expected


@pytest.mark.parametrize(("text", "expected"), UK)
def test_uk(text, expected):
    assert summary(text, "uk") == expected


@pytest.mark.parametrize(("text", "expected"), KK)
def test_kk(text, expected):
    assert summary(text, "kk") == expected


# (text, lang, source name or None, source type)
SOURCES = [
    ("According to official data, 15 people died.", "en", "official data", "official"),
    ("Nine died, according to regional government officials.", "en", "regional government officials", "official"),
    ("Prosecutor General's Office Kyrgyzstan has confirmed 19 dead.", "en", "Prosecutor General's Office Kyrgyzstan", "official"),
    ("By March, the number of strikers reached 7,500, unions say.", "en", "unions", "union"),
    ("From a Telegram channel post: 26 people were killed.", "en", "a Telegram channel post", "social_media"),
    ("rights defenders, citing local residents, spoke of 45 dead", "en", "rights defenders", "ngo"),  # q20: who cites speaks, not whom
    ("According to other sources, six civilians died.", "en", "other sources", "unknown"),
    ("opposition leaders said the death toll ran into the dozens", "en", "opposition leaders", "opposition"),
    ("412 employees were fired over the strike.(Source - Reuters)", "en", "Reuters", "media"),
    ("It is reported that the march involved more than 3 thousand people.", "en", None, "author"),
    ("16 people died.", "en", None, "author"),
    ("Различные источники пишут, что число жертв колеблется от 8 до 40 человек.", "ru", "Различные источники", "unknown"),
    ("По данным МВД, задержаны 50 человек.", "ru", "МВД", "official"),
    ("По меньшей мере 14 человек погибли, сообщил Интерфакс.", "ru", "Интерфакс", "media"),
    ("За даними робочих заводу «Азовмаш», вбито більше 12 осіб.", "uk", "робочих заводу «Азовмаш»", "eyewitness"),
    ("ІІМ мәліметінше, 50 адам ұсталды.", "kk", "ІІМ", "official"),
    ("13:30 МЧС: трое погибших, 12 человек госпитализированы.", "ru", "МЧС", "official"),  # colon after a clock time
    ("погибшие: 9 (официально); не менее 25 (по данным правозащитников)", "ru", "официально", "official"),
    ("The death toll has risen to 40, the health ministry said on Sunday.", "en", "health ministry", "official"),
    ("At least 20 people have been killed and 150 injured, Amnesty International said.", "en", "Amnesty International", "ngo"),
    ("Правительство заявляет о 94 погибших, оппозиция называет цифру свыше 300.", "ru", "Правительство", "official"),
]


@pytest.mark.parametrize(("text", "lang", "name", "stype"), SOURCES)
def test_source(text, lang, name, stype):
    c = extract(text, lang)[0]
    if name is None:
        assert c.source is None and c.source_type == stype
    else:
        assert c.source is not None and c.source.name == name and c.source.type == stype


def test_each_figure_takes_its_own_parenthesised_source():
    cs = extract("погибшие: 9 (официально); не менее 25 (по данным правозащитников)", "ru")
    assert [(c.value, c.source.name, c.source.type) for c in cs] == [(9, "официально", "official"), (25, "правозащитников", "ngo")]
    cs = extract("Правительство заявляет о 94 погибших, оппозиция называет цифру свыше 300.", "ru")
    assert [c.source.type for c in cs] == ["official", "opposition"]


def test_framing_attribution_covers_the_next_sentence():
    text = "According to the authorities, guards opened fire. Total loss: one man died, 23 were injured."
    assert [c.source.name for c in extract(text, "en")] == ["authorities", "authorities"]
    text = "According to A, 5 died, but according to B, 9 died. 7 activists were sentenced."
    assert extract(text, "en")[-1].source is None  # two sources in contrast frame nothing


def test_chronology_carries_its_source():
    text = ("Источники, близкие к протестующим, сообщают такую хронологию:\n\n"
            "09:40 Убито больше 15 шахтёров\n10:15 Более 300 раненых.\n\nРазные источники сообщают о 40 погибших.")
    cs = extract(text, "ru")
    assert [c.source.name for c in cs] == ["Источники, близкие к протестующим"] * 2 + ["Разные источники"]
    assert cs[0].source.type == "activist"


# (text, lang, modality)
MODALITY = [
    ("Существует информация о 35 погибших.", "ru", "unconfirmed"),
    ("постраждали 4-5 людей (за не підтвердженою інформацією є загиблі)", "uk", "unconfirmed"),
    ("МВД опровергает информацию о 40 погибших.", "ru", "denied"),
    ("The ministry denied that 40 people were killed.", "en", "denied"),
    ("There are rumours that 30 people died.", "en", "unconfirmed"),
    ("16 people died.", "en", "asserted"),
]


@pytest.mark.parametrize(("text", "lang", "modality"), MODALITY)
def test_modality(text, lang, modality):
    assert extract(text, lang)[0].modality == modality


def test_group_and_evidence():
    text = "has confirmed 11 dead, over 60 injured (of which - 7 policemen)"
    cs = extract(text, "en")
    assert cs[-1].group == "police"
    for c in cs:
        assert c.quote == text[c.span[0] : c.span[1]]
        assert c.span[0] <= c.value_span[0] < c.value_span[1] <= c.span[1]
        assert c.id.startswith("c") and c.lang == "en"
    assert extract(text, "en")[0].id == cs[0].id  # stable


def test_to_json_has_top_level_source_type():
    d = extract("16 people died.", "en")[0].to_json()
    assert d["source"] is None and d["source_type"] == "author"
