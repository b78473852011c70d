"""The third development set (tests/data/devset3/), written unseen by the extractors' authors:
real events, gold well-formed (see _devset_checks)."""

from _devset_checks import make_checks

globals().update(make_checks("devset3", docs_range=(15, 20), claims_range=(150, 260), id_prefix="d3"))
