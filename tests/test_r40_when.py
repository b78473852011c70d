"""Round 40, claim dates: a page whose lead names no day, and whose only day is named paragraphs after the
figures for another event ("fined for the rally on 2 May", a recap of an earlier raid), dates those
figures by its report day (``../R``), not by that other event's day. Invented pages."""

from __future__ import annotations

import pytest

from tests.claims_helpers import analysis

# (lead with a count and no day, two more paragraphs, then a later paragraph naming another event's day twice:
# a day named once is already taken as a period up to the report day, "2031-05-02/2031-05-20")
PAGES = {
    "en": ("Arrests after rally in Ozerk\n\nPolice in Ozerk detained more than 40 people after a rally on the "
           "main square, local media reported.\n\nSeveral protesters were hurt in the scuffles.\n\nThe organisers "
           "said more rallies would follow.\n\nMeanwhile, the organiser Ivor Pell was fined for holding the meeting "
           "on {day} May without notice. Ten people had spoken at the meeting on {day} May."),
    "ru": ("Задержания после митинга в Озерке\n\nПолиция Озерка задержала более 40 человек после митинга на "
           "главной площади, сообщают местные СМИ.\n\nНесколько протестующих пострадали в потасовках.\n\n"
           "Организаторы заявили, что акции продолжатся.\n\nТем временем организатора Ивора Пелла оштрафовали "
           "за проведение собрания {day} мая без уведомления. На собрании {day} мая выступили десять человек."),
    "uk": ("Затримання після мітингу в Озерку\n\nПоліція Озерка затримала понад 40 людей після мітингу на "
           "головній площі, повідомляють місцеві ЗМІ.\n\nКілька протестувальників постраждали в сутичках.\n\n"
           "Організатори заявили, що акції триватимуть.\n\nТим часом організатора Івора Пелла оштрафували "
           "за проведення зборів {day} травня без повідомлення. На зборах {day} травня виступили десять людей."),
    "kk": ("Озеркте митингтен кейін ұсталғандар\n\nОзерк полициясы басты алаңдағы митингтен кейін 40-тан астам "
           "адамды ұстады, деп хабарлайды жергілікті БАҚ.\n\nБірнеше наразылық білдірушілер қақтығыста "
           "зардап шекті.\n\nҰйымдастырушылар акциялар жалғасатынын айтты.\n\nСонымен қатар ұйымдастырушы "
           "Ивор Пелл {day} мамырдағы жиынды хабарламай өткізгені үшін айыппұл төледі. {day} мамырдағы жиында он адам сөз сөйледі."),
}


def _when_of(text: str, lang: str, published: str):
    got = [c.when for c in analysis(text, lang, published).claims if c.value == 40]
    assert got, [(c.measure, c.value) for c in analysis(text, lang, published).claims]
    return got[0]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_another_events_day_named_late_does_not_date_the_lead(lang):
    assert _when_of(PAGES[lang].format(day=2), lang, "2031-05-20") == "../2031-05-20"


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_day_near_the_report_day_still_dates_the_page(lang):
    # a day two days before the report day may be the page's own event (a lead without the day)
    assert _when_of(PAGES[lang].format(day=18), lang, "2031-05-20").startswith("2031-05-18")


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_without_a_report_day_the_page_keeps_its_day(lang):
    assert _when_of(PAGES[lang].format(day=2), lang, None).endswith("05-02")


def test_a_day_in_the_lead_dates_the_page():
    text = ("Arrests after rally in Ozerk\n\nOn 2 May police in Ozerk dispersed a rally on the main square.\n\n"
            "More than 40 people were detained, local media reported.\n\nSeveral protesters were hurt.\n\n"
            "The organisers said more rallies would follow.")
    assert _when_of(text, "en", "2031-05-20").startswith("2031-05-02")


# a site's date stamp with a three-letter month ("Июн 6, 2031"): the page's report day, which anchors its weekdays.
# (Not Kazakh: its months are stems, and a stem of three letters starts common words, "қыр" in "Қырғызстан".)
STAMPS = {
    "ru": ("Июн 6, 2031 18:05\n\nВ четверг полиция Озерка задержала 40 человек.", "2031-06-05"),
    "uk": ("Лис 7, 2031 18:05\n\nУ четвер поліція Озерка затримала 40 людей.", "2031-11-06"),
    "en": ("Jun 6, 2031 18:05\n\nOn Thursday police in Ozerk detained 40 people.", "2031-06-05"),
}


@pytest.mark.parametrize("lang", sorted(STAMPS))
def test_an_abbreviated_month_stamp_anchors_the_weekday(lang):
    text, day = STAMPS[lang]
    assert _when_of(text, lang, None) == day



def test_an_anniversary_page_keeps_its_events_day():
    # the page marks the anniversary of its own event: the one day, named late, is the event's, not another's
    text = ("Ozerk remembers the mine blast\n\nForty miners were killed in the blast at the Ozerk mine, local "
            "media recalled.\n\nRelatives laid flowers at the memorial.\n\nThe mine was closed two years later.\n\n"
            "The explosion tore through the lower shaft on 20 May 2011, ten minutes after the night shift began. "
            "The blast of 20 May 2011 remains the worst in the region.")
    assert _when_of(text, "en", "2031-05-20").startswith("2011-05-20")
