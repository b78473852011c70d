"""Rashomon: reconstruct a contested event from many contradictory, multilingual reports."""

from __future__ import annotations

from .document import Document
from .dossier import Dossier, build_dossier
from .errors import InputError
from .pipeline import Pipeline
from .readers import read_inputs

__all__ = ["Document", "Dossier", "InputError", "Pipeline", "build_dossier", "read_inputs"]
__version__ = "0.1.0"
