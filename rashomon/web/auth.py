"""Login, sessions and CSRF for the web app.

* The operator sets a token (``RASHOMON_TOKEN`` or ``rashomon serve --token-file F``). The app keeps
  only its scrypt hash (``scrypt$n$r$p$salt$hash``, random salt); a token file may hold that hash
  instead of the token, so the token need never be written to disk (`hash_token` makes one).
* A login checks the token in constant time and opens a server-side session: a random id in an
  HttpOnly, SameSite=Strict cookie. Sessions live in memory and end with the process or on logout.
* Every form carries a CSRF token: an HMAC of the session id (or, before login, of a random
  pre-session cookie) under a per-process secret; every POST is checked against it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

SESSION_COOKIE = "rashomon_session"
PRE_COOKIE = "rashomon_pre"
SESSION_TTL = 12 * 3600
_N, _R, _P = 2**14, 8, 1


def hash_token(token: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salthex$hashhex`` of ``token`` with a random salt."""
    salt = salt or secrets.token_bytes(16)
    h = hashlib.scrypt(token.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${h.hex()}"


def is_hash(s: str) -> bool:
    return s.startswith("scrypt$") and s.count("$") == 5


def verify_token(token: str, token_hash: str | None) -> bool:
    """Whether ``token`` matches ``token_hash`` (constant time; False for a malformed hash)."""
    if not token_hash or not token:
        return False
    try:
        _, n, r, p, salt, want = token_hash.split("$")
        got = hashlib.scrypt(token.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(bytes.fromhex(want)), maxmem=256 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), want)


def token_hash_from(value: str) -> str:
    """The hash for a configured value: kept as is when already a hash, else hashed now."""
    value = value.strip()
    return value if is_hash(value) else hash_token(value)


@dataclass
class Session:
    who: str
    created: float = field(default_factory=time.time)


class Auth:
    """Sessions and CSRF tokens of one app."""

    def __init__(self, token_hash: str | None, *, secure_cookies: bool = False) -> None:
        self.token_hash = token_hash
        self.secure = secure_cookies
        self.secret = secrets.token_bytes(32)
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()
        self._failures = 0

    @property
    def enabled(self) -> bool:
        return bool(self.token_hash)

    def login(self, who: str, token: str) -> str | None:
        """A new session id when ``token`` is right, else None (failures slow down further tries)."""
        if not self.enabled or not verify_token(token, self.token_hash):
            with self._lock:
                self._failures += 1
                delay = min(2.0, 0.05 * self._failures)
            time.sleep(delay)
            return None
        with self._lock:
            self._failures = 0
            sid = secrets.token_urlsafe(32)
            self._sessions[sid] = Session(who=who.strip()[:80] or "reviewer")
            return sid

    def logout(self, sid: str | None) -> None:
        with self._lock:
            self._sessions.pop(sid or "", None)

    def session(self, cookies: dict[str, str]) -> Session | None:
        sid = cookies.get(SESSION_COOKIE)
        if not sid:
            return None
        with self._lock:
            s = self._sessions.get(sid)
            if s is not None and time.time() - s.created > SESSION_TTL:
                self._sessions.pop(sid, None)
                s = None
        return s

    def csrf_token(self, cookies: dict[str, str], pre: str | None = None) -> str:
        """The token forms must carry: bound to the session, or to the pre-session cookie."""
        basis = cookies.get(SESSION_COOKIE) if self.session(cookies) else (pre or cookies.get(PRE_COOKIE) or "")
        return hmac.new(self.secret, b"csrf:" + basis.encode("utf-8"), hashlib.sha256).hexdigest()

    def check_csrf(self, cookies: dict[str, str], token: Any) -> bool:
        if not isinstance(token, str) or not token:
            return False
        basis_ok = self.session(cookies) is not None or bool(cookies.get(PRE_COOKIE))
        return basis_ok and hmac.compare_digest(token, self.csrf_token(cookies))

    def cookie_args(self) -> dict[str, Any]:
        return {"httponly": True, "samesite": "strict", "secure": self.secure, "path": "/"}
