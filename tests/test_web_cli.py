"""`rashomon serve`: token hashing, refusing a missing store, and the app it would run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'rashomon[web]'")
from _web_fixture import hostile_store  # noqa: E402

from rashomon.cli import cli  # noqa: E402
from rashomon.web.auth import verify_token  # noqa: E402


def test_hash_token():
    r = CliRunner().invoke(cli, ["serve", "--hash-token"], input="s3cret\n")
    assert r.exit_code == 0 and verify_token("s3cret", r.output.strip()) and "s3cret" not in r.output


def test_missing_store(tmp_path):
    r = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.sqlite")])
    assert r.exit_code != 0 and "no store" in r.output


@pytest.mark.parametrize("args,env,writable", [
    ([], {}, False),                                   # no token: reviews disabled
    ([], {"RASHOMON_TOKEN": "t0k"}, True),
    (["--read-only"], {"RASHOMON_TOKEN": "t0k"}, False),
    (["--token-file", "TOKENFILE"], {}, True),
])
def test_serve_configures_app(tmp_path, monkeypatch, args, env, writable):
    import uvicorn

    db = hostile_store(tmp_path / "s.sqlite")
    tf = tmp_path / "token"
    tf.write_text("t0k\n")
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, log_level: seen.update(app=app, host=host, port=port))
    monkeypatch.delenv("RASHOMON_TOKEN", raising=False)
    args = [str(tf) if a == "TOKENFILE" else a for a in args]
    r = CliRunner().invoke(cli, ["serve", "--db", str(db), *args], env=env)
    assert r.exit_code == 0, r.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8642
    cfg = seen["app"].state.cfg
    assert (cfg.auth.enabled and not cfg.read_only) == writable
    if cfg.auth.enabled:
        assert verify_token("t0k", cfg.auth.token_hash) and "t0k" not in cfg.auth.token_hash
    cfg.close()
