"""The second development set (tests/data/devset2/), written unseen by the extractors' authors:
real events, gold well-formed (see _devset_checks)."""

from _devset_checks import make_checks

globals().update(make_checks("devset2", docs_range=(14, 18), claims_range=(150, 220), id_prefix="d2"))
