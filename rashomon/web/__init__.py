"""The Rashomon web app (``pip install rashomon[web]``): browse, search and review a store.

    >>> from rashomon.web import create_app                       # doctest: +SKIP
    >>> app = create_app("rashomon.sqlite", token_hash=hash_token("s3cret"))
"""

from __future__ import annotations

from .app import create_app
from .auth import hash_token

__all__ = ["create_app", "hash_token"]
