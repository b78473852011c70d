"""rashomon.encoding: code pages, BOMs, repair that keeps quotes, artefacts with exact spans."""

from __future__ import annotations

import codecs

import pytest

from rashomon.encoding import choose_codepage, decode, find_artefacts, normalize
from rashomon.errors import InputError

RU = "Съешь же ещё этих мягких французских булок, да выпей чаю. В Москве задержаны 12 человек, сообщило ГУВД."
UK = "Щонайменше 50 людей загинули, а 500 отримали поранення. Поліція затримала активістів у центрі міста."
UK_G = "Ґанок і їжак: на з'їзді в Європі обговорили ґрунтові дороги. Учасники зібралися біля будівлі."
KK = "Жаңаөзенде мұнайшылар ереуілге шықты. Қазақстан үкіметі мәлімдеме жасап, оқиғаны түсіндірді."

TABLE = [
    # (text, encoding, bom)
    *[(RU, enc, False) for enc in ("utf-8", "cp1251", "koi8_r", "iso8859_5", "mac_cyrillic", "cp866")],
    (RU, "utf-8", True),
    (RU, "utf-16-le", True), (RU, "utf-16-be", True), (RU, "utf-16-le", False), (RU, "utf-16-be", False),
    *[(UK, enc, False) for enc in ("utf-8", "cp1251", "koi8_u", "iso8859_5", "mac_cyrillic")],
    (UK_G, "cp1251", False), (UK_G, "koi8_u", False), (UK_G, "utf-16-le", False),
    (KK, "utf-8", False), (KK, "utf-8", True), (KK, "utf-16-le", True), (KK, "utf-16-be", False),
    (KK, "kz1048", False),
]
BOM = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


@pytest.mark.parametrize(("text", "encoding", "bom"), TABLE)
def test_round_trip(text, encoding, bom):
    data = (BOM[encoding] if bom else b"") + text.encode(encoding)
    decoded = decode(data, "x.txt")
    assert decoded.text == text
    assert decoded.artefacts == []


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "iso8859_5", "mac_cyrillic", "cp866"])
def test_codepage_is_named(encoding):
    assert choose_codepage((RU + "\n" + RU.upper()).encode(encoding)) == encoding


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_quotes_dashes_guillemets_kept(encoding):
    text = "Он сказал: «Ёлочки» — “кавычки” и ‘одиночные’ – всё на месте… №5"
    assert decode(text.encode(encoding)).text == text


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("РџСЂРёРІРµС‚, РјРёСЂ", "Привет, мир"),  # UTF-8 Cyrillic read as cp1251
        ("cafÃ© au lait", "café au lait"),  # UTF-8 read as Latin-1
        ("В«РЃР»РѕС‡РєРёВ» вЂ” РЅРµС„С‚СЊ", "«Ёлочки» — нефть"),  # quotes and dashes inside the mojibake
    ],
)
def test_mojibake_repaired(broken, fixed):
    assert decode(broken.encode("utf-8")).text == fixed


def test_western_code_page():
    d = decode("Un café très naïf à Noël, déjà vu.".encode("cp1252"))
    assert d.text == "Un café très naïf à Noël, déjà vu."


def test_newlines_and_nfc():
    d = decode("а\r\nб\rв\u2028й".encode("utf-8").replace("й".encode(), "и\u0306".encode()))
    assert d.text == "а\nб\nв\nй"


def test_invisible_removed_and_recorded():
    d = decode("Жана\u00adозен\u200b сегодня".encode())
    assert d.text == "Жанаозен сегодня"
    assert [a.kind for a in d.artefacts] == ["removed_invisible"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("юрта, встановлена ??на площі", ["??"]),  # lost letters glued to a word
        ("город Жа?аозен", ["?"]),  # one letter lost inside a word
        ("слова ??? ??? потеряны", ["???", "???"]),  # whole words lost
        ("Really?? Yes. Что? Да!", []),  # ordinary question marks
        ("see http://x.org/a?b=1 and index.php?title=X", []),  # URLs
        ('<?xml version="1.0"?>', []),  # XML prolog
    ],
)
def test_lost_characters(text, quotes):
    arts = [a for a in find_artefacts(text) if a.kind == "lost_characters"]
    assert [text[a.span[0] : a.span[1]] for a in arts] == quotes


def test_replacement_char_recorded_with_span():
    text, arts = normalize("нефть\ufffd\ufffdяники")
    assert [(a.kind, text[a.span[0] : a.span[1]]) for a in arts] == [("replacement_char", "\ufffd\ufffd")]


def test_truncated_utf8_tail_is_marked():
    d = decode("Жанаозен".encode()[:-1])
    assert d.text == "Жанаозе\ufffd" and d.artefacts[0].kind == "replacement_char"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\x00\x01\x02\x03binary\x00\x00", "E102"),
        (bytes(range(1, 32)) * 10, "E102"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "E104"),
    ],
)
def test_bad_input(data, code):
    with pytest.raises(InputError) as e:
        decode(data, "bad.bin")
    assert e.value.code == code and e.value.path == "bad.bin"


@pytest.mark.parametrize("text", ["a" + "?" * 50000 + " b", "?" * 50000, ("Рџ" * 20000) + "x", "\ufffd?" * 20000, "а?б" * 30000])
def test_artefact_scan_is_linear(text):
    import time

    t = time.perf_counter()
    find_artefacts(text)
    assert time.perf_counter() - t < 10.0  # a hang or quadratic blow-up, not a speed target (see bench/)


def test_seed_texts_survive_code_pages(seeds_dir):
    for name in ("000", "001"):
        (path,) = seeds_dir.glob(f"{name}_*")
        text = decode(path.read_bytes()).text
        for encoding in ("cp1251", "mac_cyrillic", "utf-16"):
            assert decode(text.encode(encoding), path.name).text == text
