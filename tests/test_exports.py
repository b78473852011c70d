"""Exports: claims.csv, TimelineJS JSON, GeoJSON, W3C Web Annotations, documents.jsonl; pandas tables."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from _dossier_fixture import make_dossier  # noqa: E402

from rashomon import exports  # noqa: E402


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    d = make_dossier()
    path = tmp_path_factory.mktemp("exports")
    exports.write_all(d, path)
    return d, path


def test_claims_csv(out):
    d, path = out
    rows = list(csv.DictReader((path / "claims.csv").open(encoding="utf-8")))
    assert len(rows) == len(d.claims)
    assert list(rows[0]) == list(exports.CSV_FIELDS)
    r = {x["id"]: x for x in rows}
    assert (r["c1"]["source_name"], r["c1"]["source_type"], r["c1"]["value_lo"], r["c1"]["value_hi"]) == ("Police", "official", "14", "14")
    assert r["c8"]["source_type"] == "author" and r["c8"]["value_lo"] == ""
    assert r["c1"]["question"]


def test_csv_formula_cells_are_defused(tmp_path):
    d = make_dossier()
    d.claims[0].quote = "=HYPERLINK(\"http://x\")"
    exports.write_claims_csv(d, tmp_path / "c.csv")
    row = next(csv.DictReader((tmp_path / "c.csv").open(encoding="utf-8")))
    assert row["quote"].startswith("'=")


def test_timelinejs_format(out):
    _, path = out
    tl = json.loads((path / "timelinejs.json").read_text(encoding="utf-8"))
    assert set(tl) == {"title", "events"} and tl["title"]["text"]["headline"]
    assert len(tl["events"]) == 2
    for ev in tl["events"]:
        sd = ev["start_date"]
        assert sd["year"].isdigit() and all(isinstance(v, str) for v in sd.values())
        assert set(ev["text"]) == {"headline", "text"} and "group" in ev
        assert "<script" not in json.dumps(ev)
    timed = next(e for e in tl["events"] if "hour" in e["start_date"])
    assert (timed["start_date"]["hour"], timed["start_date"]["minute"]) == ("14", "20")


@pytest.mark.parametrize("iso, expected", [
    ("2011", {"year": "2011"}),
    ("2011-12", {"year": "2011", "month": "12"}),
    ("2011-12-16", {"year": "2011", "month": "12", "day": "16"}),
    ("2011-12-16T09:05+05:00", {"year": "2011", "month": "12", "day": "16", "hour": "9", "minute": "5"}),
    ("bogus", None),
])
def test_timelinejs_dates(iso, expected):
    assert exports._tl_date(iso) == expected


def test_geojson(out):
    _, path = out
    g = json.loads((path / "places.geojson").read_text(encoding="utf-8"))
    assert g["type"] == "FeatureCollection" and len(g["features"]) == 1
    f = g["features"][0]
    assert f["geometry"] == {"type": "Point", "coordinates": [52.8, 43.3]}  # lon, lat
    assert len(f["properties"]["claims"]) == 8 and f["properties"]["questions"]


def test_claims_csv_pass_gives_the_geojson_positions(tmp_path):
    """`write_all` finds the GeoJSON's claims by place in claims.csv's pass over the claims: the same
    positions and the same places.geojson as `places_geojson`'s own pass, also over spilled claims."""
    from rashomon._spill import Spill

    d = make_dossier()
    d.claims[1].place = None
    d.claims[2].place = "Elsewhere"
    for claims in (d.claims, Spill(d.claims)):
        d.claims = claims
        located = exports._located(d)
        at = exports.write_claims_csv(d, tmp_path / "c.csv", places=located[1])
        assert {k: list(v) for k, v in at.items()} == {
            "Townsville": [i for i, c in enumerate(d.claims) if c.place == "Townsville"]}
        seen = []
        assert exports.write_claims_csv(d, tmp_path / "c2.csv", also=seen.append) == {}
        assert seen == [json.dumps(c.to_json(), ensure_ascii=False) for c in d.claims]
        assert (tmp_path / "c2.csv").read_bytes() == (tmp_path / "c.csv").read_bytes()
        fused = exports.places_geojson(d, located=located, claims_at=at)
        assert json.dumps(fused) == json.dumps(exports.places_geojson(d))
        assert len(fused["features"][0]["properties"]["claims"]) == len(at["Townsville"])


def test_write_all_one_pass_over_the_claims(tmp_path):
    """`write_all` writes claims.csv, the annotations and gives ``also`` each claim's JSON (claims.jsonl)
    in one pass over the claims: the same files as each written on its own, each claim read once."""
    from rashomon._spill import Spill

    d = make_dossier()
    d.claims[2].place = "Elsewhere"
    d.claims = Spill(d.claims)
    reads = []
    iter_at = d.claims._iter_at
    d.claims._iter_at = lambda positions: (reads.append(1), iter_at(positions))[1]
    lines = []
    exports.write_all(d, tmp_path / "a", also=lines.append)
    assert len(reads) == 1  # claims.csv, annotations, places.geojson's positions and ``also``
    assert lines == [json.dumps(c.to_json(), ensure_ascii=False) for c in d.claims]
    alone = tmp_path / "b"
    alone.mkdir()
    exports.write_claims_csv(d, alone / "claims.csv")
    exports._dump(alone / "annotations.jsonld", exports.annotations(d, stream=True))
    exports._dump(alone / "places.geojson", exports.places_geojson(d, stream=True))
    for name in ("claims.csv", "annotations.jsonld", "places.geojson"):
        assert (tmp_path / "a" / name).read_bytes() == (alone / name).read_bytes()


def test_web_annotations(out):
    d, path = out
    a = json.loads((path / "annotations.jsonld").read_text(encoding="utf-8"))
    assert a["@context"] == "http://www.w3.org/ns/anno.jsonld" and a["type"] == "AnnotationCollection"
    items = a["first"]["items"]
    assert len(items) == a["total"] == len(d.claims) + len(d.timeline)
    for item in items:
        assert item["type"] == "Annotation" and item["id"].startswith("urn:rashomon:")
        t = item["target"]
        quote_sel, pos = t["selector"]
        assert quote_sel["type"] == "TextQuoteSelector" and pos["type"] == "TextPositionSelector"
        doc = next(x for x in d.docs.values() if t["source"].endswith(x.id.replace(".", ".")))
        assert doc.text[pos["start"]:pos["end"]] == quote_sel["exact"]
        assert doc.text[:pos["start"]].endswith(quote_sel["prefix"])
        assert doc.text[pos["end"]:].startswith(quote_sel["suffix"])
        assert "javascript" not in t.get("scope", "")


def test_documents_jsonl(out):
    d, path = out
    rows = [json.loads(x) for x in (path / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == list(d.docs)
    assert rows[0]["text"] == d.docs[rows[0]["id"]].text and rows[0]["sha256"]


def test_every_table_converts_to_pandas():
    pd = pytest.importorskip("pandas")
    d = make_dossier()
    for name in ("claims", "timeline", "entities", "questions", "documents", "errors"):
        df = d.table(name)
        assert isinstance(df, pd.DataFrame) and len(df) == len(d.records(name)), name


def test_independence_json(out):
    _, path = out
    ind = json.loads((path / "independence.json").read_text(encoding="utf-8"))
    assert set(ind) == {"families", "links"}
    assert sorted(x for f in ind["families"] for x in f) == ["a.txt", "b.txt", "c.txt"]


def test_a_record_with_a_lazy_list_is_written_as_the_list_would_be(tmp_path):
    from rashomon.exports import _dump, _Lazy, materialize

    rows = [{"id": 1, "claims": _Lazy(lambda: ({"v": i, "t": "é\"x"} for i in range(3))), "n": [1, {"a": None}]},
            {"id": 2, "claims": _Lazy(lambda: iter(())), "deep": {"x": _Lazy(lambda: iter([[1, 2], "s"]))}}]
    lazy, plain = tmp_path / "lazy.json", tmp_path / "plain.json"
    _dump(lazy, {"type": "T", "features": iter(rows)})
    _dump(plain, {"type": "T", "features": [materialize(r) for r in rows]})
    assert lazy.read_bytes() == plain.read_bytes()
    assert '"claims": [{"v": 0, "t": "é\\"x"}, {"v": 1' in lazy.read_text(encoding="utf-8")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 40), max_size=12), max_size=4))
def test_merged_positions_are_the_sorted_union(runs):
    """A place's claim positions over its names (each name's ascending): the sorted union, each once."""
    runs = [sorted(r) for r in runs]
    assert list(exports._merged(runs)) == sorted({i for r in runs for i in r})
