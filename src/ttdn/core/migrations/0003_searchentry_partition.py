"""Search entries carry a partition (the province of the object): a search confined to a
province reads that province's entries only.

PostgreSQL: btree_gin lets one GIN index hold the integer partition beside the tsvector, so
``partition IN (…) AND body_tsv @@ q`` intersects the two posting lists in one index scan
(decision 0020's addendum: the national task search read every match in the country —
142,849 entries for "tap huan" — before the scope narrowed it). btree_gin is a trusted
extension (PostgreSQL ≥ 13): the database's owner may create it.

SQLite: ``ADD COLUMN`` of a nullable field keeps the table (and migration 0002's FTS
triggers); the partition is a plain filter after the FTS5 match.

The partitions of existing entries are filled by the apps that own them (plans 0007).
"""

from django.db import migrations, models

POSTGRESQL_FORWARDS = [
    "CREATE EXTENSION IF NOT EXISTS btree_gin",
    "CREATE INDEX core_searchentry_partition_gin ON core_searchentry"
    " USING gin (partition, body_tsv)",
]
POSTGRESQL_BACKWARDS = ["DROP INDEX IF EXISTS core_searchentry_partition_gin"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("core", "0002_search_index")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="partition",
            field=models.BigIntegerField(blank=True, null=True, verbose_name="partition"),
        ),
        migrations.RunPython(_run(POSTGRESQL_FORWARDS), _run(POSTGRESQL_BACKWARDS)),
    ]
