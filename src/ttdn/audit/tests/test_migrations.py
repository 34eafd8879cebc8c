"""audit 0002 copies accounts.AuditEntry (ids, times, plan_id/task_id as scopes); accounts 0002
drops the old table. Run with the migration executor, forwards and backwards."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

OLD = [("accounts", "0001_initial"), ("audit", "0001_initial")]
AT = datetime.datetime(2025, 3, 4, 5, 6, 7, tzinfo=datetime.UTC)


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def _leaves():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.fixture
def at_old_schema(transactional_db):
    """The database as it was before the move; back to the latest migrations afterwards."""
    yield _migrate(OLD)
    _migrate(_leaves())


def test_the_copy_keeps_ids_and_times_and_files_plan_and_task_as_scopes(at_old_schema):
    old_apps = at_old_schema
    user = old_apps.get_model("accounts", "User").objects.create(username="dieu-phoi")
    old = old_apps.get_model("accounts", "AuditEntry")
    common = {"actor_id": user.pk, "target_repr": "x", "data": {"via": "admin"}}
    old.objects.bulk_create(
        [
            old(id=7, action="plan.created", target_type="plans.plan", target_id="3", plan_id=3,
                after={"title": "Kế hoạch"}, **common),
            old(id=8, action="task.changed", target_type="plans.task", target_id="5", plan_id=3,
                task_id=5, before={"text": "cũ"}, after={"text": "mới"}, **common),
            old(id=9, action="progress.submitted", target_type="tracking.progressupdate",
                target_id="11", plan_id=3, task_id=5, **common),
            old(id=12, action="agency.created", target_type="directory.agency", target_id="2",
                **common),
        ]
    )  # fmt: skip
    old.objects.update(at=AT)  # auto_now_add stamped them with "now"

    new_apps = _migrate(_leaves())  # the copy, then accounts 0002 drops the old table
    assert "accounts_auditentry" not in connection.introspection.table_names()

    entry = new_apps.get_model("audit", "AuditEntry")
    scope = new_apps.get_model("audit", "AuditScope")
    assert list(entry.objects.order_by("pk").values_list("pk", "action", "at", "actor_id")) == [
        (7, "plan.created", AT, user.pk),
        (8, "task.changed", AT, user.pk),
        (9, "progress.submitted", AT, user.pk),
        (12, "agency.created", AT, user.pk),
    ]
    changed = entry.objects.get(pk=8)
    assert (changed.before, changed.after, changed.data) == (
        {"text": "cũ"},
        {"text": "mới"},
        {"via": "admin"},
    )
    filed = {
        pk: set(scope.objects.filter(entry_id=pk).values_list("object_type", "object_id"))
        for pk in (7, 8, 9, 12)
    }
    assert filed == {
        7: {("plans.plan", "3")},
        8: {("plans.task", "5"), ("plans.plan", "3")},
        9: {("tracking.progressupdate", "11"), ("plans.task", "5"), ("plans.plan", "3")},
        12: {("directory.agency", "2")},
    }
    # New entries do not collide with the copied ids (PostgreSQL sequences were reset).
    new = entry.objects.create(action="plan.changed", target_type="plans.plan", target_id="3")
    assert new.pk > 12

    # And back: the old table gets the rows again, plan_id and task_id from the scopes.
    old_apps = _migrate(OLD)
    old = old_apps.get_model("accounts", "AuditEntry")
    assert list(old.objects.order_by("pk").values_list("pk", "plan_id", "task_id", "at")) == [
        (7, 3, None, AT),
        (8, 3, 5, AT),
        (9, 3, 5, AT),
        (12, None, None, AT),
        (new.pk, None, None, new.at),  # created without scopes
    ]
