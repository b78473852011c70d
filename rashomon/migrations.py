"""The store's schema as named, ordered migrations, recorded in the ``migrations`` table.

Opening a store applies, in order, every migration it has not recorded yet, each in its own
transaction together with its record, so a store is never left half-migrated. Never edit a migration
that has shipped: add a new one at the end of `MIGRATIONS`.

Naming, so the store reads well from Datasette or the sqlite3 shell: spans are ``span_start`` /
``span_end`` (character offsets into ``documents.text``); ``when_iso`` and ``group_name`` stand for
the contract's ``when`` and ``group`` (both SQL keywords); a ``json`` column keeps each record exactly
as exported (``to_json()``), so fields added later are never lost.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

Step = str | Callable[[sqlite3.Connection], None]

_SPAN = "span_start INTEGER, span_end INTEGER"
_CASCADE = "REFERENCES documents(id) ON DELETE CASCADE"

M001_DOCUMENTS: Sequence[Step] = (
    """CREATE TABLE documents (
        id TEXT PRIMARY KEY,                  -- path as given, or PATH#PART (CONTRACT)
        seq INTEGER NOT NULL UNIQUE,          -- stable integer key, the full-text index rowid
        path TEXT NOT NULL, part TEXT, format TEXT, title TEXT, url TEXT,
        published TEXT, updated TEXT, date_source TEXT, author TEXT, publisher TEXT,
        lang TEXT, encoding TEXT,
        sha256 TEXT,                          -- SHA-256 of the raw input bytes (chain of custody)
        content_sha256 TEXT NOT NULL,         -- SHA-256 of the extracted text: the ingestion key
        entry_sha256 TEXT,
        chars INTEGER NOT NULL,
        text TEXT NOT NULL,
        metadata TEXT,                        -- JSON: infobox fields, feed/HTML metadata
        title_ascii TEXT, text_ascii TEXT,    -- lowercased anyascii transliteration, for search
        n_sections INTEGER, n_paragraphs INTEGER, n_sentences INTEGER, n_citations INTEGER,
        n_claims INTEGER, n_timexes INTEGER, n_events INTEGER, n_mentions INTEGER,
        analyzed INTEGER NOT NULL DEFAULT 0,  -- 1 once the document's analysis is stored
        run_id INTEGER,
        ingested_at TEXT NOT NULL
    )""",
    "CREATE INDEX documents_content ON documents(content_sha256)",
    "CREATE INDEX documents_published ON documents(published)",
    f"""CREATE TABLE sections (doc TEXT NOT NULL {_CASCADE}, ordinal INTEGER NOT NULL,
        title TEXT, level INTEGER, {_SPAN}, body_start INTEGER, body_end INTEGER,
        PRIMARY KEY (doc, ordinal))""",
    f"""CREATE TABLE paragraphs (doc TEXT NOT NULL {_CASCADE}, ordinal INTEGER NOT NULL,
        {_SPAN}, lang TEXT, lang_score REAL, PRIMARY KEY (doc, ordinal))""",
    f"""CREATE TABLE sentences (doc TEXT NOT NULL {_CASCADE}, ordinal INTEGER NOT NULL,
        paragraph INTEGER, {_SPAN}, PRIMARY KEY (doc, ordinal))""",
    f"""CREATE TABLE citations (doc TEXT NOT NULL {_CASCADE}, ordinal INTEGER NOT NULL,
        anchor_start INTEGER, anchor_end INTEGER, {_SPAN}, url TEXT, title TEXT, publisher TEXT,
        author TEXT, date TEXT, access_date TEXT, kind TEXT, name TEXT, fields TEXT,
        PRIMARY KEY (doc, ordinal))""",
    f"""CREATE TABLE links (doc TEXT NOT NULL {_CASCADE}, ordinal INTEGER NOT NULL,
        {_SPAN}, target TEXT, PRIMARY KEY (doc, ordinal))""",
    f"""CREATE TABLE artefacts (doc TEXT NOT NULL {_CASCADE}, ordinal INTEGER NOT NULL,
        kind TEXT, {_SPAN}, detail TEXT, PRIMARY KEY (doc, ordinal))""",
)

M002_ANALYSIS: Sequence[Step] = (
    f"""CREATE TABLE claims (
        id TEXT PRIMARY KEY, doc TEXT NOT NULL {_CASCADE}, ordinal INTEGER,
        measure TEXT, value INTEGER, value_lo INTEGER, value_hi INTEGER, qualifier TEXT,
        group_name TEXT, source_name TEXT, source_type TEXT, source_start INTEGER, source_end INTEGER,
        modality TEXT, place TEXT, when_iso TEXT, {_SPAN}, quote TEXT, lang TEXT,
        value_start INTEGER, value_end INTEGER, place_how TEXT, when_how TEXT, report_date TEXT,
        citation INTEGER, rule TEXT, json TEXT)""",
    "CREATE INDEX claims_doc ON claims(doc)",
    "CREATE INDEX claims_measure ON claims(measure, place)",
    f"""CREATE TABLE timexes (doc TEXT NOT NULL {_CASCADE}, ordinal INTEGER NOT NULL, {_SPAN},
        text TEXT, value TEXT, kind TEXT, tz TEXT, certainty TEXT, anchor TEXT, inferred TEXT,
        PRIMARY KEY (doc, ordinal))""",
    f"""CREATE TABLE events (id TEXT, doc TEXT NOT NULL {_CASCADE}, ordinal INTEGER NOT NULL,
        when_iso TEXT, label TEXT, {_SPAN}, quote TEXT, tz TEXT, certainty TEXT, anchor TEXT,
        claims TEXT, entities TEXT, json TEXT, PRIMARY KEY (doc, ordinal))""",
    f"""CREATE TABLE mentions (doc TEXT NOT NULL {_CASCADE}, ordinal INTEGER NOT NULL, {_SPAN},
        text TEXT, type TEXT, lemma TEXT, key TEXT, gazetteer_id TEXT, canonical TEXT, entity TEXT,
        PRIMARY KEY (doc, ordinal))""",
    "CREATE INDEX mentions_entity ON mentions(entity)",
)

M003_CORPUS: Sequence[Step] = (
    """CREATE TABLE entities (id TEXT PRIMARY KEY, canonical TEXT, type TEXT, lat REAL, lon REAL,
        gazetteer_id TEXT, country TEXT, mentions INTEGER, merges TEXT, json TEXT)""",
    """CREATE TABLE entity_forms (entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        form TEXT NOT NULL, PRIMARY KEY (entity, form))""",
    "CREATE INDEX entity_forms_form ON entity_forms(form)",
    """CREATE TABLE questions (id TEXT PRIMARY KEY, measure TEXT, place TEXT, when_iso TEXT,
        group_name TEXT, text TEXT, min INTEGER, max INTEGER, contested INTEGER, grade TEXT,
        conservative INTEGER, extra TEXT, json TEXT)""",
    """CREATE TABLE question_values (question TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL, value INTEGER, value_lo INTEGER, value_hi INTEGER, qualifier TEXT,
        independent INTEGER, first_reported TEXT, sources TEXT, docs TEXT, json TEXT,
        PRIMARY KEY (question, ordinal))""",
    """CREATE TABLE question_claims (question TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        value_ordinal INTEGER NOT NULL, claim TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        PRIMARY KEY (question, value_ordinal, claim))""",
    "CREATE INDEX question_claims_claim ON question_claims(claim)",
    f"""CREATE TABLE timeline (id TEXT PRIMARY KEY, doc TEXT {_CASCADE}, ordinal INTEGER,
        when_iso TEXT, label TEXT, {_SPAN}, quote TEXT, tz TEXT, certainty TEXT, anchor TEXT,
        claims TEXT, entities TEXT, also TEXT, conflicts TEXT, json TEXT)""",
    "CREATE INDEX timeline_when ON timeline(when_iso)",
)

M004_RUNS: Sequence[Step] = (
    """CREATE TABLE runs (id INTEGER PRIMARY KEY, command TEXT, started TEXT NOT NULL, finished TEXT,
        inputs TEXT, counts TEXT)""",
    """CREATE TABLE input_errors (id INTEGER PRIMARY KEY, run INTEGER REFERENCES runs(id),
        path TEXT, code TEXT, message TEXT, at TEXT NOT NULL)""",
)

M005_REVIEWS: Sequence[Step] = (
    """CREATE TABLE reviews (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL,
        target_kind TEXT NOT NULL, target_id TEXT NOT NULL, action TEXT NOT NULL,
        before TEXT, after TEXT, note TEXT)""",
    "CREATE INDEX reviews_target ON reviews(target_kind, target_id)",
    """CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
        BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END""",
    """CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
        BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END""",
)

M006_VIEWS: Sequence[Step] = (
    """CREATE VIEW claims_with_sources AS
        SELECT c.id, c.doc, c.measure, c.value, c.value_lo, c.value_hi, c.qualifier, c.group_name,
               c.source_name, c.source_type, c.modality, c.place, c.when_iso, c.quote, c.lang,
               c.span_start, c.span_end, c.report_date,
               d.title AS doc_title, d.url AS doc_url, d.published AS doc_published,
               d.publisher AS doc_publisher, d.sha256 AS doc_sha256
        FROM claims c JOIN documents d ON d.id = c.doc""",
    """CREATE VIEW question_spread AS
        SELECT q.id, q.measure, q.place, q.when_iso, q.group_name, q.text, q.min, q.max,
               q.conservative, q.contested, q.grade,
               (SELECT count(*) FROM question_values v WHERE v.question = q.id) AS n_values,
               (SELECT count(*) FROM question_claims x WHERE x.question = q.id) AS n_claims,
               (SELECT group_concat(coalesce(v.value, v.value_lo || '-' || v.value_hi, 'vague'), ', ')
                  FROM question_values v WHERE v.question = q.id) AS stated_values
        FROM questions q""",
)


def _m007_search(conn: sqlite3.Connection) -> None:
    """Full-text index over title and text as written (for Datasette and the shell) and folded (for
    `rashomon._search`, which finds every script through the folded columns)."""
    tok = "trigram" if trigram_available(conn) else "unicode61 remove_diacritics 2"
    conn.execute(f"""CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, title_ascii, text_ascii, content=[documents], content_rowid=seq, tokenize='{tok}')""")
    cols = "title, text, title_ascii, text_ascii"
    new = "new.title, new.text, new.title_ascii, new.text_ascii"
    old = "old.title, old.text, old.title_ascii, old.text_ascii"
    conn.execute(f"""CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, {cols}) VALUES (new.seq, {new}); END""")
    conn.execute(f"""CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, {cols}) VALUES ('delete', old.seq, {old}); END""")
    conn.execute(f"""CREATE TRIGGER documents_fts_update AFTER UPDATE OF {cols} ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, {cols}) VALUES ('delete', old.seq, {old});
        INSERT INTO documents_fts(rowid, {cols}) VALUES (new.seq, {new}); END""")
    # merge segments less eagerly: a third faster when every document is its own transaction
    conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', 16)")
    conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")


M008_META: Sequence[Step] = (
    # key/value facts about the store itself, e.g. ``search_fold``: signature of the search folding
    "CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT)",
)

M009_STATE: Sequence[Step] = (
    # resumable state of long-running commands (``rashomon watch``: feed validators, failure counts,
    # the last questions snapshot), one JSON value per key
    "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)",
)

M010_BROWSE_INDEXES: Sequence[Step] = (
    # what the web app filters and sorts by, so its pages stay fast on large stores
    "CREATE INDEX IF NOT EXISTS web_questions_contested ON questions(contested DESC)",
    "CREATE INDEX IF NOT EXISTS web_documents_ingested ON documents(ingested_at)",
    "CREATE INDEX IF NOT EXISTS web_claims_source ON claims(source_name, source_type, doc)",
    "CREATE INDEX IF NOT EXISTS web_claims_type ON claims(source_type)",
    "CREATE INDEX IF NOT EXISTS web_mentions_canonical ON mentions(canonical)",
)

def _record_sql(table: str, lists: tuple[str, ...]) -> str:
    """A view of ``table``'s rows as whole records: the columns with the ``json`` rest patched over them
    (a row stored before 011 has its whole record in ``json``, with an ``id``: taken as it is)."""
    pairs = ["'id', id", "'doc', doc", "'when', when_iso", "'label', label",
             "'span', CASE WHEN span_start IS NULL THEN NULL ELSE json_array(span_start, span_end) END",
             "'quote', quote", "'tz', tz", "'certainty', certainty", "'anchor', anchor"]
    pairs += [f"'{c}', json({c if c in lists else repr('[]')})" for c in ("claims", "entities", "also", "conflicts")]
    return (f"""SELECT id, doc, ordinal, CASE WHEN json_extract(json, '$.id') IS NOT NULL
                                         OR json_type(json, '$.""') IS NOT NULL THEN json_remove(json, '$.""')
        ELSE json_patch(json_object({', '.join(pairs)}), coalesce(json, '{{}}')) END AS json FROM {table}""")


M011_EVENT_RECORDS: Sequence[Step] = (
    # from here on the ``json`` of events and timeline rows holds only what their other columns do not
    # (NULL when nothing, usually): each record was stored twice. These views give the whole records
    # back, as ``TimelineEvent.to_json()`` made them (rows stored before keep their whole record).
    f"CREATE VIEW event_records AS {_record_sql('events', ('claims', 'entities'))}",
    f"CREATE VIEW timeline_records AS {_record_sql('timeline', ('claims', 'entities', 'also', 'conflicts'))}",
)

M012_QUESTION_EXTRA: Sequence[Step] = (
    # from here on ``questions.extra`` is NULL: its keys (evolution, independence, best, ...) are in the
    # question's ``json`` record (``json_extract(json, '$.evolution')``), where they were stored twice;
    # nothing to change in a store: rows written before keep their copy
)

def _claim_record_sql() -> str:
    """A view of claims rows as whole records (``Claim.to_json()``), see `_record_sql`."""
    pairs = ["'id', id", "'doc', doc", "'measure', measure",
             "'value', CASE WHEN value IS NOT NULL THEN value WHEN value_lo IS NOT NULL "
             "THEN json_array(value_lo, value_hi) END", "'qualifier', qualifier",
             "'span', CASE WHEN span_start IS NULL THEN NULL ELSE json_array(span_start, span_end) END",
             "'quote', quote", "'lang', lang", "'group', group_name", "'modality', modality", "'place', place",
             "'when', when_iso",
             "'source', CASE WHEN source_name IS NOT NULL THEN json_object('name', source_name, 'type', source_type) END",
             "'source_type', source_type",
             "'value_span', CASE WHEN value_start IS NULL THEN NULL ELSE json_array(value_start, value_end) END",
             "'place_how', place_how", "'when_how', when_how", "'report_date', report_date", "'citation', citation",
             "'rule', rule"]
    cols = (f"json_patch(json_object({', '.join(pairs)}), CASE WHEN source_start IS NULL THEN '{{}}' "
            "ELSE json_object('source_span', json_array(source_start, source_end)) END)")
    return (f"""SELECT id, doc, ordinal, CASE WHEN json_extract(json, '$.id') IS NOT NULL
                                         OR json_type(json, '$.""') IS NOT NULL THEN json_remove(json, '$.""')
        ELSE json_patch({cols}, coalesce(json, '{{}}')) END AS json FROM claims""")


M013_CLAIM_RECORDS: Sequence[Step] = (
    # from here on the ``json`` of claims rows holds only what their other columns do not give back
    # (NULL when nothing, usually; `rashomon.store.claim_record` rebuilds a record). This view gives
    # the whole records, as ``Claim.to_json()`` made them (rows stored before keep theirs whole).
    f"CREATE VIEW claim_records AS {_claim_record_sql()}",
)

M014_QUESTION_RECORDS: Sequence[Step] = (
    # from here on a large question's ``json`` (>= `questions.SMALL_RECORD` claims) is a BLOB of its
    # record's UTF-8 bytes, written piecewise (SQLite holds a TEXT cell whole, twice, while inserting it);
    # this view gives every question's record as TEXT, for ``json_extract`` and the like
    "CREATE VIEW question_records AS SELECT id, CAST(json AS TEXT) AS json FROM questions",
)

M015_MENTION_EXTRA: Sequence[Step] = (
    # another written form of a mention's name that the tagger saw (a wiki link's target, a page's
    # <title>: `rashomon.entities.TaggedMention.alias`, ``page_aliases``), as JSON; NULL when none.
    # Kept so that a document reused from the store links as it did when it was analysed.
    "ALTER TABLE mentions ADD COLUMN extra TEXT",
)

#: name -> steps, applied in this order. Append only.
MIGRATIONS: list[tuple[str, Sequence[Step] | Callable[[sqlite3.Connection], None]]] = [
    ("001_documents", M001_DOCUMENTS),
    ("002_analysis", M002_ANALYSIS),
    ("003_corpus", M003_CORPUS),
    ("004_runs", M004_RUNS),
    ("005_reviews", M005_REVIEWS),
    ("006_views", M006_VIEWS),
    ("007_search", _m007_search),
    ("008_store_meta", M008_META),
    ("009_state", M009_STATE),
    ("010_browse_indexes", M010_BROWSE_INDEXES),
    ("011_event_records", M011_EVENT_RECORDS),
    ("012_question_extra_in_json", M012_QUESTION_EXTRA),
    ("013_claim_records", M013_CLAIM_RECORDS),
    ("014_question_records", M014_QUESTION_RECORDS),
    ("015_mention_extra", M015_MENTION_EXTRA),
]


def trigram_available(conn: sqlite3.Connection) -> bool:
    """FTS5's trigram tokenizer arrived in SQLite 3.34."""
    try:
        conn.execute("CREATE VIRTUAL TABLE temp._rashomon_probe USING fts5(x, tokenize='trigram')")
        conn.execute("DROP TABLE temp._rashomon_probe")
        return True
    except sqlite3.OperationalError:
        return False


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations recorded in the store, in the order they were applied."""
    try:
        return [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY rowid")]
    except sqlite3.OperationalError:
        return []


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every missing migration in order; return the names applied now (empty when up to date).

    ``conn`` must be in autocommit mode (``isolation_level=None``); each migration runs inside
    ``BEGIN IMMEDIATE`` so two processes opening a new store at once do not both migrate it.
    """
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = set(applied(conn))
    if all(name in done for name, _ in MIGRATIONS):
        return []
    now: list[str] = []
    for name, steps in MIGRATIONS:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                conn.execute("COMMIT")
                continue
            for step in [steps] if callable(steps) else steps:
                step(conn) if callable(step) else conn.execute(step)
            conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                         (name, datetime.now(UTC).isoformat(timespec="seconds")))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        now.append(name)
    return now
