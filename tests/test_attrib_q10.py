"""Attribution and denials, session 7 round q10: invented sentences about invented events, in every
language where the construction exists. Texts are segmented as the product does.

- rumour sources: Z channels, military bloggers, military correspondents are social media (and
  what they say of casualties is unconfirmed);
- local governments of other countries (hokimiyat, hukumat), "the Uzbek side" in the Kazakh
  genitive, organised environmental and volunteer groups;
- "one of the cadets said": a member of a group is an eyewitness;
- an English ministry name with "and" in lower case ("ministry of health and social development");
- a subject whose verb is no speech ("dismissed the minister after a fire killed 14") is not the
  source of a figure in the "after" clause;
- an investigative bureau (SBI) is official; "по первым/предварительным данным МЧС" names its source;
- denials: "called the claim false", "called these data the rumors", "назвали слухами",
  Kazakh "бұл деректерді жалған деп атады"; the denier's name ends before "это заявление".
"""

from __future__ import annotations

import pytest
from claims_helpers import segmented as _claims
from claims_helpers import segmented_attributed as _got


def _names(text: str, lang: str) -> list[str | None]:
    return [c.source.name if c.source else None for c in _claims(text, lang)]


SOURCES = [
    # Z channels, military bloggers, military correspondents: social media, unconfirmed
    ("Російські Z-канали пишуть про «до 180 вбитих» курсантів.", "uk", [("killed", 180, "social_media", "unconfirmed")]),
    ("Российские Z-каналы пишут о «до 180 убитых» курсантах.", "ru", [("killed", 180, "social_media", "unconfirmed")]),
    ("Russian Z-channels wrote that up to 180 cadets had been killed.", "en", [("killed", 180, "social_media", "unconfirmed")]),
    ("Russian military bloggers claimed that up to 500 servicemen had been killed.", "en",
     [("killed", 500, "social_media", "unconfirmed")]),
    ("Российские военкоры писали о 500 погибших военнослужащих.", "ru", [("killed", 500, "social_media", "unconfirmed")]),
    ("Російські мілблогери писали про 500 загиблих військових.", "uk", [("killed", 500, "social_media", "unconfirmed")]),
    ("Ресейлік блогерлер 500 әскери қаза тапты деп жазды.", "kk", [("killed", 500, "social_media", "unconfirmed")]),
    # the local government of another country
    ("По данным хокимията области, повреждены более 1 500 жилых домов.", "ru", [("buildings_damaged", 1500, "official", "asserted")]),
    ("За даними хокіміяту, пошкоджено понад 1 000 будинків.", "uk", [("buildings_damaged", 1000, "official", "asserted")]),
    ("According to the regional hokimiyat, more than 1,500 houses were damaged.", "en",
     [("buildings_damaged", 1500, "official", "asserted")]),
    ("По данным хукумата района, погибли 3 человека.", "ru", [("killed", 3, "official", "asserted")]),
    # "the Uzbek side" in the Kazakh genitive
    ("Өзбекстан тарапының мәліметінше, 4 адам қаза тапты, 56 адам зардап шекті.", "kk",
     [("killed", 4, "official", "asserted"), ("injured", 56, "official", "asserted")]),
    ("По данным узбекской стороны, погибли 4 человека.", "ru", [("killed", 4, "official", "asserted")]),
    # organised environmental and volunteer groups are NGOs (volunteers alone stay activists)
    ("An environmental group, Green Steppe, said at least 20 people had died.", "en", [("killed", 20, "ngo", "asserted")]),
    ("Экологическая организация «Зеленая степь» сообщила о 20 погибших.", "ru", [("killed", 20, "ngo", "asserted")]),
    ("Екологічна організація «Зелений степ» повідомила про 20 загиблих.", "uk", [("killed", 20, "ngo", "asserted")]),
    ("Волонтерська група «Щит» повідомила про 60 загиблих.", "uk", [("killed", 60, "ngo", "asserted")]),
    ("Волонтеры сообщили о 60 погибших.", "ru", [("killed", 60, "activist", "asserted")]),
    # a member of a group speaks: an eyewitness
    ("Один із курсантів розповів, що загинули 12 його товаришів.", "uk", [("killed", 12, "eyewitness", "asserted")]),
    ("Один из курсантов рассказал, что погибли 12 его товарищей.", "ru", [("killed", 12, "eyewitness", "asserted")]),
    ("One of the students said 12 people were killed.", "en", [("killed", 12, "eyewitness", "asserted")]),
    ("Курсанттардың бірі 12 адам қаза тапқанын айтты.", "kk", [("killed", 12, "eyewitness", "asserted")]),
    ("One of the officials said 12 people were killed.", "en", [("killed", 12, "official", "asserted")]),
    # an English ministry's name with "and" in lower case (machine translation)
    ("The ministry of health and social development reports: were lost 112 persons.", "en", [("killed", 112, "official", "asserted")]),
    ("The Ministry of Labour and Social Protection said 12 people died.", "en", [("killed", 12, "official", "asserted")]),
    ("The ministry of health and local doctors said 12 people died.", "en", [("killed", 12, "eyewitness", "asserted")]),
    # a subject whose verb is no speech is no source of a figure in an "after" clause
    ("President John Smith on Monday dismissed the emergencies minister after a forest fire killed 14 people.", "en",
     [("killed", 14, "author", "asserted")]),
    ("The governor said after the fire that 14 people had died.", "en", [("killed", 14, "official", "asserted")]),
    ("МЧС сообщило после проверки о 14 погибших.", "ru", [("killed", 14, "official", "asserted")]),
    # the first / preliminary data of a named source
    ("По первым данным МЧС, погибли 109 человек.", "ru", [("killed", 109, "official", "asserted")]),
    ("По предварительным данным МЧС, погибли 109 человек.", "ru", [("killed", 109, "official", "asserted")]),
    ("По предварительным данным, погибли 109 человек.", "ru", [("killed", 109, "author", "asserted")]),
    ("За першими даними ДСНС, загинули 109 людей.", "uk", [("killed", 109, "official", "asserted")]),
    ("За першими даними, загинули 109 людей.", "uk", [("killed", 109, "author", "asserted")]),
    # an investigative bureau is official
    ("The State Bureau of Investigation charged two officials with negligence.", "en", [("charged", 2, "official", "asserted")]),
    ("Державне бюро розслідувань повідомило про підозру двом посадовцям.", "uk", [("charged", 2, "official", "asserted")]),
    ("Государственное бюро расследований сообщило о подозрении двум чиновникам.", "ru", [("charged", 2, "official", "asserted")]),
    ("On 9 September police detained 40 people.", "en", [("detained", 40, "author", "asserted")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SOURCES)
def test_sources(text, lang, expected):
    assert _got(text, lang) == expected


NAMES = [
    ("The ministry of health and social development reports: were lost 112 persons.", "en",
     ["ministry of health and social development"]),
    ("Один із курсантів розповів, що загинули 12 його товаришів.", "uk", ["Один із курсантів"]),
    ("One of the students said 12 people were killed.", "en", ["One of the students"]),
    ("Курсанттардың бірі 12 адам қаза тапқанын айтты.", "kk", ["Курсанттардың бірі"]),
    ("Российские военкоры писали о 500 погибших. В Минобороны Украины это заявление назвали ложью.", "ru",
     ["Российские военкоры", "Минобороны Украины"]),
    ("Російські мілблогери писали про 500 загиблих. У Міноборони України ці дані назвали брехнею.", "uk",
     ["Російські мілблогери", "Міноборони України"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NAMES)
def test_names(text, lang, expected):
    assert _names(text, lang) == expected


DENIALS = [
    ("Russian military bloggers claimed that up to 500 servicemen had been killed; the ministry called the claim false.", "en",
     [("killed", 500, "social_media", "unconfirmed"), ("killed", 500, "official", "denied")]),
    ('In the network wrote that "not less than 250 lost", the governor called these data the rumors.', "en",
     [("killed", 250, "unknown", "unconfirmed"), ("killed", 250, "official", "denied")]),
    ("Telegram channels wrote that 50 people had died. The governor called these reports baseless.", "en",
     [("killed", 50, "social_media", "unconfirmed"), ("killed", 50, "official", "denied")]),
    ("В соцсетях писали о 50 погибших. Губернатор назвал эти данные слухами.", "ru",
     [("killed", 50, "social_media", "unconfirmed"), ("killed", 50, "official", "denied")]),
    ("У соцмережах писали про 50 загиблих. Губернатор назвав ці дані чутками.", "uk",
     [("killed", 50, "social_media", "unconfirmed"), ("killed", 50, "official", "denied")]),
    ("Әлеуметтік желілерде 50 адам қаза тапты деген ақпарат тарады. Әкімдік бұл мәліметтерді жалған деп атады.", "kk",
     [("killed", 50, "social_media", "unconfirmed"), ("killed", 50, "official", "denied")]),
    ("Әлеуметтік желілерде 50 адам қаза тапты деген ақпарат тарады. Әкімдік бұл деректерді өтірік деп атады.", "kk",
     [("killed", 50, "social_media", "unconfirmed"), ("killed", 50, "official", "denied")]),
    # a call that names no lie is no denial
    ("Telegram channels wrote that 50 people had died. The governor called the families of the victims.", "en",
     [("killed", 50, "social_media", "unconfirmed")]),
    ("Әлеуметтік желілерде 50 адам қаза тапты деген ақпарат тарады. Әкімдік оқиғаны трагедия деп атады.", "kk",
     [("killed", 50, "social_media", "unconfirmed")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DENIALS)
def test_denials(text, lang, expected):
    assert _got(text, lang) == expected
