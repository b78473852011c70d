"""Round 35, speed: py3langid's model read from this user's cache (`rashomon.langid._load_model`).

The cached model must score every text exactly as py3langid's own model restricted with
``set_languages`` does; the cache is written once, read after, rewritten when broken, and skipped
when caching is off or its folder cannot be written. Sentences invented (fictional places, people)."""

from __future__ import annotations

import numpy as np
import pytest

from rashomon import langid
from rashomon.document import LANGS
from rashomon.langid import LanguageIdentifier

TEXTS = [
    "в посёлке заречный ночью сгорел склад, погибли двое сторожей, сообщил глава района",  # ru
    "у селищі верхньоборськ уночі згорів склад, загинули двоє охоронців, повідомив голова громади",  # uk
    "кеше түнде жаңаауыл кентінде қойма өртеніп, екі күзетші қаза тапты, деп хабарлады аудан әкімі",  # kk
    "a warehouse burned down overnight in the village of millbrook, the district head said",  # en
    "пожар на складе в городе тихоборск потушен к утру",  # Cyrillic with no letter of one language only
    "мер міста тихоборськ сказав про пожежу на складі",
    "",  # no features
    "12 000 / 45 %",
]


@pytest.fixture(scope="module")
def reference():
    """py3langid's own model, read from its file, restricted as `LanguageIdentifier` restricts it."""
    from py3langid.langid import MODEL_FILE

    model = langid._model_class().from_model_file(MODEL_FILE, norm_probs=True)
    model.set_languages(list(LANGS))
    return model


def _same_model(ident: LanguageIdentifier, ref) -> None:
    m = ident._model
    assert m.nb_classes == ref.nb_classes
    assert m.nb_ptc.dtype == ref.nb_ptc.dtype and np.array_equal(m.nb_ptc, ref.nb_ptc)
    assert m.nb_pc.dtype == ref.nb_pc.dtype and np.array_equal(m.nb_pc, ref.nb_pc)
    assert m.tk_nextmove.typecode == ref.tk_nextmove.typecode and m.tk_nextmove == ref.tk_nextmove
    assert m.tk_row == ref.tk_row and m.tk_output == ref.tk_output
    for text in TEXTS:
        assert m.classify(text) == ref.classify(text), text
        assert ident.classify(text) == _classify_with(ref, text), text


def _classify_with(ref, text: str):
    """`LanguageIdentifier.classify` of ``text`` with the reference model in place."""
    ident = LanguageIdentifier.__new__(LanguageIdentifier)
    ident.langs, ident._model = LANGS, ref
    return ident.classify(text)


def _cache_files(root):
    return sorted(p.name for p in (root / "rashomon").glob("langid-*.npz")) if (root / "rashomon").exists() else []


def test_cache_written_then_read(tmp_path, monkeypatch, reference):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("RASHOMON_NO_CACHE", raising=False)
    first = LanguageIdentifier()  # reads py3langid's file, writes the cache
    assert len(_cache_files(tmp_path)) == 1
    assert not list((tmp_path / "rashomon").glob("*.tmp"))
    second = LanguageIdentifier()  # reads the cache
    assert len(_cache_files(tmp_path)) == 1
    _same_model(first, reference)
    _same_model(second, reference)


def test_broken_cache_is_written_anew(tmp_path, monkeypatch, reference):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("RASHOMON_NO_CACHE", raising=False)
    path = langid._cache_path(LANGS)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"PK\x03\x04 not a whole archive")
    _same_model(LanguageIdentifier(), reference)
    _same_model(LanguageIdentifier(), reference)  # the file written anew is read
    assert _cache_files(tmp_path) == [path.name]


def test_no_cache_when_off_or_unwritable(tmp_path, monkeypatch, reference):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "off"))
    monkeypatch.setenv("RASHOMON_NO_CACHE", "1")
    _same_model(LanguageIdentifier(), reference)
    assert not (tmp_path / "off").exists()
    monkeypatch.delenv("RASHOMON_NO_CACHE")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # the cache's folder cannot be made
    _same_model(LanguageIdentifier(), reference)


def test_cache_named_after_languages(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("RASHOMON_NO_CACHE", raising=False)
    assert langid._cache_path(("ru", "uk")) != langid._cache_path(LANGS)
    assert langid._cache_path(LANGS).parent == tmp_path / "rashomon"
