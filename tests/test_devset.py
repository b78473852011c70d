"""The first development set (tests/data/devset/): real events, gold well-formed (see _devset_checks)."""

from _devset_checks import make_checks

globals().update(make_checks("devset", docs_range=(16, 22), claims_range=(150, 260)))
