"""One place for user-facing errors: each has a code and a plain sentence that says what to do."""

from __future__ import annotations

from dataclasses import dataclass

#: code -> message template; ``{detail}`` is filled in by the raiser.
MESSAGES = {
    "E100": "cannot read the file: {detail}",
    "E101": "the file is empty",
    "E102": "the file looks binary ({detail}); give text, HTML, XML, wikitext or JSON Lines",
    "E103": "the file is too large ({detail}); split it or raise --max-bytes",
    "E104": "unknown text encoding ({detail}); convert it to UTF-8",
    "E105": "malformed XML: {detail}",
    "E106": "malformed feed: {detail}",
    "E107": "malformed JSON Lines: {detail}",
    "E108": "unsafe XML refused ({detail}): entity declarations are not allowed",
    "E109": "no text could be extracted ({detail})",
    "E110": "the input does not exist",
    "E111": "malformed wikitext: {detail}",
    "E112": "malformed HTML: {detail}",
    "E113": "an optional package is needed to read this format: {detail}",
    "E114": "malformed JSON: {detail}",
    "E199": "unexpected failure while reading: {detail}; please report it with the file",
}


@dataclass(slots=True)
class InputError(Exception):
    """A problem with one input. The run reports it in one line and goes on with the rest."""

    path: str
    code: str
    detail: str = ""

    def __reduce__(self) -> tuple:
        # exceptions pickle through ``args``, which a slotted dataclass leaves empty: without this an
        # error coming back from a worker process (--jobs, Dask) would lose its path and code
        return (type(self), (self.path, self.code, self.detail))

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.code}]"

    @property
    def message(self) -> str:
        return MESSAGES.get(self.code, "{detail}").format(detail=self.detail)

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "code": self.code, "message": self.message}


class RashomonError(Exception):
    """A usage or environment error that stops the command (bad option, unwritable output...)."""
