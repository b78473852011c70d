"""A small hand-built dossier with hostile content, shared by the render, export and browser tests."""

from __future__ import annotations

from rashomon.document import Artefact, Citation, Document
from rashomon.dossier import Dossier
from rashomon.errors import InputError
from rashomon.model import Claim, Entity, Source, TimelineEvent
from rashomon.questions import build_questions

XSS = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">click</a>'
T1 = ("Police said 14 people were killed in Townsville on 3 May 2021. " + XSS + "\n\n"
      "Activists said more than 20 were killed and about 300 were injured.")
T2 = "Officials: 15 killed on 3 May 2021, 40 injured."
T3 = "Witnesses: 12 dead; other sources: 14 dead, hundreds injured."


def _claim(docs, i, doc, needle, measure, v, q, src=None, **kw):
    text = docs[doc].text
    s = text.index(needle)
    return Claim(id=i, doc=doc, measure=measure, value=v, qualifier=q, span=(s, s + len(needle)), quote=needle, lang="en",
                 source=Source(*src) if src else None, place=kw.pop("place", "Townsville"), when=kw.pop("when", "2021-05-03"), **kw)


def make_dossier() -> Dossier:
    docs = {
        "a.txt": Document(id="a.txt", path="a.txt", text=T1, published="2021-05-04", url="javascript:alert(4)", lang="en",
                          title=XSS, sha256="0" * 64,
                          citations=[Citation(anchor=None, url="javascript:alert(5)", title=XSS),
                                     Citation(anchor=None, url="https://example.org/a?b=1&c=2", title="ok")],
                          artefacts=[Artefact(kind="lost_characters", span=(0, 2), detail=XSS)]),
        "b.txt": Document(id="b.txt", path="b.txt", text=T2, published="2021-05-06", lang="en", sha256="1" * 64,
                          url="https://example.org/b"),
        "c.txt": Document(id="c.txt", path="c.txt", text=T3, published="2021-05-05", lang="en", sha256="2" * 64),
    }
    claims = [
        _claim(docs, "c1", "a.txt", "Police said 14 people were killed", "killed", 14, "exact", ("Police", "official")),
        _claim(docs, "c2", "a.txt", "more than 20 were killed", "killed", 20, "more_than", ("Activists " + XSS, "activist")),
        _claim(docs, "c3", "a.txt", "about 300 were injured", "injured", 300, "about", ("Activists", "activist")),
        _claim(docs, "c4", "b.txt", "15 killed", "killed", 15, "exact", ("Officials", "official"), report_date="2021-05-06"),
        _claim(docs, "c5", "b.txt", "40 injured", "injured", 40, "exact", ("Officials", "official")),
        _claim(docs, "c6", "c.txt", "12 dead", "killed", 12, "exact", ("Witnesses", "eyewitness")),
        _claim(docs, "c7", "c.txt", "14 dead", "killed", 14, "exact", ("other sources", "unknown")),
        _claim(docs, "c8", "c.txt", "hundreds injured", "injured", None, "vague", None, modality="unconfirmed"),
    ]
    s = T1.index("on 3 May 2021")
    timeline = [TimelineEvent(id="e1", doc="a.txt", when="2021-05-03", label="killings " + XSS, span=(s, s + 13),
                              quote=T1[s:s + 13], conflicts=["e2"]),
                TimelineEvent(id="e2", doc="b.txt", when="2021-05-03T14:20+05:00", label="shooting", span=(11, 20),
                              quote=T2[11:20], tz="+05:00")]
    entities = [Entity(id="p1", canonical="Townsville", type="place", forms=["Townsville", XSS], lat=43.3, lon=52.8, mentions=3),
                Entity(id="o1", canonical="Police", type="org", forms=["Police"])]
    errors = [InputError(path=XSS, code="E101")]
    return Dossier(docs=docs, claims=claims, timeline=timeline, entities=entities,
                   questions=build_questions(claims, docs), errors=errors)


def gold_claims(gold_path, docs) -> list[Claim]:
    """Gold annotation rows (``*.claims.jsonl``) as `Claim` objects, spans found from their anchors
    in ``docs`` (a row whose anchor is not in its document gets the empty span (0, 0))."""
    import json
    from pathlib import Path

    by_stem = {Path(k.split("#")[0]).stem: k for k in docs}
    claims = []
    for row in map(json.loads, Path(gold_path).read_text(encoding="utf-8").splitlines()):
        doc = row["doc"] if row["doc"] in docs else by_stem.get(Path(row["doc"].split("#")[0]).stem, row["doc"])
        text = docs[doc].text if doc in docs else ""
        s = text.find(row["anchor"]) if row.get("anchor") else -1
        span = (s, s + len(row["anchor"])) if s >= 0 else (0, 0)
        date = row.get("date")
        when = "/".join(date) if isinstance(date, list) else date
        src = Source(row["source"], row["source_type"]) if row.get("source") else None
        value = tuple(row["value"]) if isinstance(row["value"], list) else row["value"]
        claims.append(Claim(id=row["id"], doc=doc, measure=row["measure"], value=value, qualifier=row["qualifier"],
                            span=span, quote=text[span[0]:span[1]], lang=None, group=row.get("group"), source=src,
                            modality=row.get("modality", "asserted"), place=row.get("place"), when=when))
    return claims
