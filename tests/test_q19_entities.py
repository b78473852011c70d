"""Entity patterns of the q19 round (ru/uk/kk/en): a Kazakh case ending on a foreign surname of any
shape, a Kazakh attributive locative before a landmark head (where it is, not its name), a Kazakh
place with a case ending opening a headline, what a mine digs between a surname and "mine", and an
English institution written in lowercase after "the <town>"."""

from __future__ import annotations

import pytest
from entity_helpers import linked, together

from rashomon._entity_persons import _kk_foreign_base


@pytest.mark.parametrize("word,base", [
    ("Шмыгальдың", "Шмыгаль"), ("Макронның", "Макрон"), ("Зеленскийдің", "Зеленский"),
    ("Байденге", "Байден"), ("Шольцтың", "Шольц"),
    ("Шмыгаль", "Шмыгаль"), ("Ерлан", "Ерлан"),  # no ending
    ("Макронтың", "Макронтың"),  # -тың never follows н: no case ending
])
def test_kk_foreign_surname_base(word, base):
    assert _kk_foreign_base(word) == base


@pytest.mark.parametrize("docs,forms", [
    ([("Украина премьер-министрі Денис Шмыгальдың айтуынша, 16 адам қаза тапты.", "kk"),
      ("Prime Minister Denys Shmyhal said 16 people were killed.", "en")],
     ("Денис Шмыгальдың", "Denys Shmyhal")),
    ([("Франция президенті Эммануэль Макронның мәлімдемесінде айтылды.", "kk"),
      ("Президент Франции Эммануэль Макрон заявил.", "ru")],
     ("Эммануэль Макронның", "Эммануэль Макрон")),
    ([("Бұрынғы президент Виктор Януковичтің сөзінше, келіссөздер жалғасады.", "kk"),
      ("Бывший президент Виктор Янукович заявил.", "ru")],
     ("Виктор Януковичтің", "Виктор Янукович")),
])
def test_kk_case_on_foreign_surname_links(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize("text,place,bad", [
    ("Кеше Константиновкадағы базарға зымыран соқты.", "Константиновкадағы", "Константиновкадағы базарға"),
    ("Кеше Харьковтағы базарда өрт шықты.", "Харьковтағы", "Харьковтағы базарда"),
    ("Кеше Шымкенттегі алаңда жиын өтті.", "Шымкенттегі", "Шымкенттегі алаңда"),
])
def test_kk_attributive_locative_is_no_landmark_name(pipeline, text, place, bad):
    ents = linked(pipeline, (text, "kk"))
    forms = [f for e in ents for f in e.forms]
    assert place in forms and bad not in forms, forms


@pytest.mark.parametrize("text", [
    "Ресейлік Telegram-арналарда базарда «ондаған әскери қызметші» қаза тапты деген ақпарат тарады.",
    "Кейбір Facebook-парақшаларда алаңда мыңдаған адам жиналды деп жазылды.",
    "Белгісіз TikTok-видеоларда шахтада жарылыс болды делінген.",
])
def test_kk_hyphen_compound_is_no_landmark_name(pipeline, text):
    ents = linked(pipeline, (text, "kk"))
    assert not any(e.type == "place" and "-" in e.canonical for e in ents), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("text,form", [
    ("Атамбаев ұсталды: Қой-Таштағы қақтығыста 1 адам қаза тапты.\n\nКеше Алмазбек Атамбаев Қой-Таш ауылындағы "
     "үйінен шықты.", "Қой-Таштағы"),
    ("Қой-Таштағы қақтығыста 1 адам қаза тапты. Полиция Қой-Таш ауылына келді.", "Қой-Таштағы"),
    ("Шаңырақтағы жиында 3 адам ұсталды. Кеше полиция Шаңырақ ауданына келді.", "Шаңырақтағы"),
])
def test_kk_headline_locative_of_a_place_named_mid_sentence(pipeline, text, form):
    ents = linked(pipeline, (text, "kk"))
    assert any(e.type == "place" and form in e.forms for e in ents), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("text", [
    "Шаңырақтағы жиын туралы айтылды.",  # no bare mention mid-sentence: not enough
    "Қаладағы 15 дүкен жабылды.",
])
def test_kk_initial_locative_alone_is_no_place(pipeline, text):
    ents = linked(pipeline, (text, "kk"))
    assert not any(e.type == "place" for e in ents), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("docs,forms", [
    ([("A fire at the Kostenko coal mine killed 32 miners. Rescuers reached the Kostenko mine.", "en")],
     ("Kostenko coal mine", "Kostenko mine")),
    ([("A blast at the Abenov coal mine killed 5.", "en"), ("Взрыв на шахте имени Абенова.", "ru")],
     ("Abenov coal mine", "шахте имени Абенова")),
    ([("Miners of the Kuzembayev coal mine went on strike.", "en"), ("Шахтёры шахты имени Кузембаева бастуют.", "ru")],
     ("Kuzembayev coal mine", "шахты имени Кузембаева")),
])
def test_en_mine_with_what_it_digs_links(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize("text,name", [
    ("Protesters blocked the road to the Kumtor gold mine.", "Kumtor"),
    ("Protesters cut power to the Kumtor gold mine in the Issyk-Kul region.", "Kumtor"),
    ("Villagers blocked the road to the Kumtor gold mine on Monday.", "Kumtor"),
])
def test_en_mine_with_its_own_name_keeps_the_name(pipeline, text, name):
    ents = linked(pipeline, (text, "en"), ("Сельчане перекрыли дорогу к руднику Кумтор.", "ru"))
    forms = [f for e in ents for f in e.forms]
    assert name in forms and not any(f.endswith(" mine") for f in forms), forms


@pytest.mark.parametrize("docs,forms", [
    ([("In the Kerch polytechnical college has occurred explosion.", "en"),
      ("Взрыв в Керченском политехническом колледже.", "ru")],
     ("Kerch polytechnical college", "Керченском политехническом колледже")),
    ([("Students of the Perm state university gathered.", "en"),
      ("Студенты Пермского государственного университета собрались.", "ru")],
     ("Perm state university", "Пермского государственного университета")),
    ([("A fire broke out in the Kharkiv medical college.", "en"),
      ("Пожежа в Харківському медичному коледжі.", "uk")],
     ("Kharkiv medical college", "Харківському медичному коледжі")),
])
def test_en_lowercase_institution_after_the_town(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize("text", [
    "He studied at a Moscow medical college.",
    "Kerch polytechnical college students were evacuated.",
    "Officials said a Perm state university would open.",
])
def test_en_lowercase_institution_needs_the(pipeline, text):
    ents = linked(pipeline, (text, "en"))
    assert not any(e.type == "org" for e in ents), [(e.canonical, e.forms) for e in ents]


@pytest.mark.parametrize("docs,forms", [
    ([("Another 14 miners remained missing. ArcelorMittal Temirtau, the Kazakh unit, said the fire started.", "en"),
      ("Компания «АрселорМиттал Темиртау» сообщила о гибели 16 горняков.", "ru")],
     ("ArcelorMittal Temirtau", "АрселорМиттал Темиртау")),
    ([("Шахта ArcelorMittal Temirtau компаниясының көмір департаментіне қарасты.", "kk"),
      ("Компания «АрселорМиттал Темиртау» сообщила о пожаре.", "ru")],
     ("ArcelorMittal Temirtau", "АрселорМиттал Темиртау")),
    ([("Зауыт KazMunayGas Aktobe құрамына кіреді.", "kk"), ("The plant belongs to KazMunayGas Aktobe, officials said.", "en")],
     ("KazMunayGas Aktobe",)),
])
def test_camel_name_opening_a_sentence_and_script_change(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]
    assert not any(f.startswith(("Шахта ", "Зауыт ")) for e in ents for f in e.forms)


@pytest.mark.parametrize("docs,forms", [
    ([("Police arrested members of the Muslim Unity Movement and its leader.", "en"),
      ("Задержан руководитель «Движения мусульманского единства» богослов.", "ru"),
      ("Засуджено лідера «Руху мусульманської єдності».", "uk")],
     ("Muslim Unity Movement", "Движения мусульманского единства", "Руху мусульманської єдності")),
    ([("The Islamic Renaissance Party was banned in 2015.", "en"),
      ("Запрещена «Партия исламского возрождения».", "ru")],
     ("Islamic Renaissance Party", "Партия исламского возрождения")),
    ([("Leaders of the Christian Democratic Union met.", "en"),
      ("Лидеры «Христианско-демократического союза» встретились.", "ru")],
     ("Christian Democratic Union",)),
])
def test_religious_movement_names_translate_word_for_word(pipeline, docs, forms):
    ents = linked(pipeline, *docs)
    assert together(ents, *forms), [(e.canonical, e.type, e.forms) for e in ents]


@pytest.mark.parametrize("text,bad", [
    ("Muslim leaders met the Interior Minister.", "Muslim"),
    ("Officials said Orthodox Christmas Day passed calmly.", "Orthodox"),
    ("Christian groups and the Red Cross helped.", "Christian"),
])
def test_religious_adjective_alone_opens_no_name(pipeline, text, bad):
    ents = linked(pipeline, (text, "en"))
    assert not any(f.startswith(bad) for e in ents for f in e.forms), [(e.canonical, e.forms) for e in ents]
