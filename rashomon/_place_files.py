"""The last fallback for a figure's place, at the corpus stage: the place the other entries of the
same container file agree on (a JSON Lines file of articles, a feed, a dump). An entry that never
names its town ("У здания суда задержаны 234 человека", «МВД Дагестана сообщило ...») takes the place
the figures of its sibling entries have, when most of them have one place; so does a figure whose
place is only its entry's most mentioned one (the entries of one file report one event). Per-document analysis
stays a pure function of one document; this runs in `rashomon.dossier.Assembler`."""

from __future__ import annotations

from collections import Counter

from .model import Analysis


def container_of(doc_id: str) -> str | None:
    """The file of a document inside a container (``PATH#PART`` -> ``PATH``), else None."""
    path, sep, part = doc_id.rpartition("#")
    return path if sep and path and part else None


class FilePlaces:
    """Counts of claim places per container file (fed one analysis at a time), and the fill-in."""

    def __init__(self) -> None:
        self._counts: dict[str, Counter[str]] = {}
        self._first: dict[str, str] = {}  # file -> its first entry's id (not every entry's: memory)
        self._several: set[str] = set()  # files with entries of two ids or more
        self._kinds: dict[str, str] = {}  # place name -> its gazetteer kind (city, region, country)

    def add(self, a: Analysis) -> None:
        f = container_of(a.doc.id)
        if f is None:
            return
        if self._first.setdefault(f, a.doc.id) != a.doc.id:
            self._several.add(f)
        places = [c.place for c in a.claims if c.place]
        if places:
            self._counts.setdefault(f, Counter()).update(places)
            self._note_kinds(a, set(places))

    def _note_kinds(self, a: Analysis, names: set[str]) -> None:
        names -= self._kinds.keys()
        if not names:
            return
        try:
            from .gazetteer import default_gazetteer

            gaz = default_gazetteer()
        except Exception:  # noqa: BLE001 - the kinds only refine the fill-in
            return
        for m in getattr(a, "mentions", ()):
            name = m.canonical or m.lemma or m.text
            if m.gazetteer_id and name in names:
                place = gaz.place(m.gazetteer_id)
                self._kinds[name] = place.kind if place else ""
                names.discard(name)

    def shared(self, doc_id: str) -> str | None:
        """The place most figures of the file's entries have, if it is most of them (more than half)
        and comes from another entry too; None otherwise."""
        f = container_of(doc_id)
        counts = self._counts.get(f) if f else None
        if not counts or f not in self._several:
            return None
        (place, n), total = counts.most_common(1)[0], sum(counts.values())
        return place if n * 2 > total and n >= 2 else None

    def fill(self, a: Analysis) -> None:
        """Give the figures of ``a`` that have no place, or only the entry's own most mentioned one
        (``place_how`` "document": a liveblog entry naming the region once), the file's shared place
        (``place_how`` "corpus"). A place the figure's sentence, paragraph or section states stays."""
        if not any(c.place is None or c.place_how == "document" for c in a.claims):
            return
        place = self.shared(a.doc.id)
        if place is None:
            return
        # an entry whose own text makes a town its place keeps it against the file's region or country
        # (the capital the article is about, not the republic its sibling's headline names)
        wider = self._kinds.get(place) in ("region", "country")
        for c in a.claims:
            if c.place is None or (c.place_how == "document" and not (wider and self._kinds.get(c.place) == "city")):
                c.place, c.place_how = place, "corpus"
