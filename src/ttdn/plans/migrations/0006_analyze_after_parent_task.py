"""Refresh PostgreSQL's statistics of tasks after 0005 added ``parent_task``.

A new column starts without statistics, and autovacuum analyses a table only after a
tenth of its rows change, so on a large installation the planner would keep guessing
about ``parent_task_id`` for months: the plan page's rollup of the tasks carrying out
its tasks then scanned all tasks of the country (180 ms on 1,000,000 tasks) instead of
using the column's index (docs/benchmarks.md, "National scale"). Nothing to do on SQLite.
"""

from django.db import migrations


def analyze(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ANALYZE plans_task")


class Migration(migrations.Migration):
    dependencies = [("plans", "0005_task_parent_task")]

    operations = [migrations.RunPython(analyze, migrations.RunPython.noop, elidable=True)]
