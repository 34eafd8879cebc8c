"""Full-text index for core.SearchEntry, per database engine (docs/decisions/0002-search.md).

SQLite: an FTS5 table with *external content* over core_searchentry (the text is
stored once, in core_searchentry; FTS5 keeps only the inverted index), kept in
step by triggers, so every write path (ORM, bulk upsert, admin, raw SQL, flush)
updates the index inside the same transaction.

  NOTE: Django rebuilds a SQLite table for most AlterField/AddField operations and
  the rebuild drops the table's triggers. A later migration that alters
  core_searchentry must re-create the three triggers from SQLITE_FORWARDS here and
  rebuild the FTS index.

PostgreSQL: the unaccent extension (part of the decided stack; search itself does
not need it because body_folded is already folded by ttdn.core.text.fold, see the
ADR), a stored generated column body_tsv = to_tsvector('simple', body_folded)
(unknown to the Django model; ttdn.core.search.PG_VECTOR_COLUMN) and a GIN index
on it. A later migration cannot change body_folded's type while body_tsv
depends on it: drop and re-add body_tsv around such a change.
"""

from django.db import migrations

SQLITE_FORWARDS = [
    # body_folded is already folded ASCII-ish; remove_diacritics 2 is a harmless safety net.
    """
    CREATE VIRTUAL TABLE core_searchentry_fts USING fts5(
        body_folded,
        content='core_searchentry',
        content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER core_searchentry_fts_ai AFTER INSERT ON core_searchentry BEGIN
        INSERT INTO core_searchentry_fts(rowid, body_folded) VALUES (new.id, new.body_folded);
    END
    """,
    """
    CREATE TRIGGER core_searchentry_fts_ad AFTER DELETE ON core_searchentry BEGIN
        INSERT INTO core_searchentry_fts(core_searchentry_fts, rowid, body_folded)
        VALUES ('delete', old.id, old.body_folded);
    END
    """,
    """
    CREATE TRIGGER core_searchentry_fts_au AFTER UPDATE ON core_searchentry
    WHEN old.body_folded IS NOT new.body_folded OR old.id IS NOT new.id BEGIN
        INSERT INTO core_searchentry_fts(core_searchentry_fts, rowid, body_folded)
        VALUES ('delete', old.id, old.body_folded);
        INSERT INTO core_searchentry_fts(rowid, body_folded) VALUES (new.id, new.body_folded);
    END
    """,
    # Index rows that already exist (none on a fresh database).
    "INSERT INTO core_searchentry_fts(core_searchentry_fts) VALUES ('rebuild')",
]

SQLITE_BACKWARDS = [
    "DROP TRIGGER IF EXISTS core_searchentry_fts_au",
    "DROP TRIGGER IF EXISTS core_searchentry_fts_ad",
    "DROP TRIGGER IF EXISTS core_searchentry_fts_ai",
    "DROP TABLE IF EXISTS core_searchentry_fts",
]

POSTGRESQL_FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # Stored, not just an expression index: ranking (ts_rank) needs the vector of
    # every matching row, and re-parsing body_folded for each costs ~1 ms per 4 KB
    # (20 s for 20,000 long texts). to_tsvector(regconfig, text) is IMMUTABLE.
    "ALTER TABLE core_searchentry ADD COLUMN body_tsv tsvector"
    " GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, body_folded)) STORED",
    "CREATE INDEX core_searchentry_fts_gin ON core_searchentry USING gin (body_tsv)",
]

# The extension is left installed on the way back: IF NOT EXISTS means this
# migration cannot know whether it created it, and other SQL may rely on it.
POSTGRESQL_BACKWARDS = [
    "DROP INDEX IF EXISTS core_searchentry_fts_gin",
    "ALTER TABLE core_searchentry DROP COLUMN IF EXISTS body_tsv",
]


def _run(schema_editor, statements):
    for sql in statements:
        schema_editor.execute(sql, params=None)


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_FORWARDS)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_FORWARDS)


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_BACKWARDS)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_BACKWARDS)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
