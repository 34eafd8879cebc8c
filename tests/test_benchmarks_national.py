"""benchmarks/national.py writes what the services would: a small province on PostgreSQL.

The generator bypasses the ORM (COPY, ids chosen by it, indexes dropped and rebuilt), so
check what could silently go wrong: the sizes asked for, the derived task state (the
service re-derives every task and must agree), search entries, and that every index and
constraint it dropped is back.
"""

import argparse
import sys
from pathlib import Path

import pytest
from django.db import connection

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

pytestmark = pytest.mark.django_db


def _schema(tables):
    with connection.cursor() as cur:
        cur.execute(
            "SELECT tablename, indexdef FROM pg_indexes WHERE tablename = ANY(%s) ORDER BY 1, 2",
            [tables],
        )
        indexes = cur.fetchall()
        cur.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE conrelid::regclass::text = ANY(%s) ORDER BY 1, 2",
            [tables],
        )
        return indexes, cur.fetchall()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="national.py is PostgreSQL only")
def test_small_province_matches_the_services():
    import national

    from ttdn.core.search import search_ids
    from ttdn.plans.models import Task
    from ttdn.tracking.models import ProgressUpdate
    from ttdn.tracking.services import task_states_refresh

    before = _schema(national.BIG_TABLES)
    args = argparse.Namespace(tasks=400, updates=2000, seed=3, scale="province")
    gen = national.NationalGenerator(args)
    pools = gen.load_directory(["Lai Châu"])
    gen.make_national_users(pools)
    rebuild = gen.drop_indexes()
    assert rebuild
    gen.write_all(pools)
    gen.fix_sequences()
    gen.rebuild_indexes(rebuild)

    assert _schema(national.BIG_TABLES) == before
    assert Task.objects.count() == 400
    assert 1000 < ProgressUpdate.objects.count() < 4000
    tasks = list(Task.objects.all())
    stored = {t.pk: (t.status, t.percent, t.next_deadline) for t in tasks}
    task_states_refresh(tasks=tasks)
    assert {t.pk: (t.status, t.percent, t.next_deadline) for t in tasks} == stored
    # Sequences moved past the copied ids: the ORM can add a task after the load.
    plan_id = tasks[0].plan_id
    new = Task.objects.create(plan_id=plan_id, text="Nhiệm vụ thêm sau khi nạp dữ liệu")
    assert new.pk > max(stored)
    # Search entries were written for the tasks (folded, as the search reads them).
    word = tasks[0].text.split()[0]
    assert search_ids("task", word)
