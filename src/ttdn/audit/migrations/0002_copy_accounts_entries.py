"""Copy accounts.AuditEntry into the audit app, keeping the ids.

An old entry's ``plan_id`` and ``task_id`` become scopes (``plans.plan`` and ``plans.task``),
beside the scope every entry has: its target. accounts 0002 drops the old table after this.
"""

from django.core.management.color import no_style
from django.db import migrations

BATCH = 2000
PLAN, TASK = "plans.plan", "plans.task"
FIELDS = ["at", "actor_id", "action", "target_type", "target_id", "target_repr"]
FIELDS += ["before", "after", "data"]


def _reset_sequences(schema_editor, model) -> None:
    """After rows were inserted with explicit ids (PostgreSQL sequences do not follow)."""
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [model]):
            cursor.execute(sql)


def _batches(queryset):
    last = None
    while True:
        page = queryset.order_by("pk")
        if last is not None:
            page = page.filter(pk__gt=last)
        rows = list(page[:BATCH])
        if not rows:
            return
        yield rows
        last = rows[-1].pk


def copy_forward(apps, schema_editor):
    old_entry = apps.get_model("accounts", "AuditEntry")
    entry = apps.get_model("audit", "AuditEntry")
    scope = apps.get_model("audit", "AuditScope")
    db = schema_editor.connection.alias
    copied = False
    for rows in _batches(old_entry.objects.using(db)):
        entry.objects.using(db).bulk_create(
            entry(pk=row.pk, **{name: getattr(row, name) for name in FIELDS}) for row in rows
        )
        scopes = []
        for row in rows:
            keys = [(row.target_type, row.target_id)]
            if row.plan_id is not None:
                keys.append((PLAN, str(row.plan_id)))
            if row.task_id is not None:
                keys.append((TASK, str(row.task_id)))
            scopes += [
                scope(entry_id=row.pk, object_type=kind, object_id=pk)
                for kind, pk in dict.fromkeys(keys)
            ]
        scope.objects.using(db).bulk_create(scopes)
        copied = True
    if copied:
        _reset_sequences(schema_editor, entry)


def copy_backward(apps, schema_editor):
    old_entry = apps.get_model("accounts", "AuditEntry")
    entry = apps.get_model("audit", "AuditEntry")
    scope = apps.get_model("audit", "AuditScope")
    db = schema_editor.connection.alias
    # The old field is auto_now_add, which would stamp every copied row with the time now.
    old_entry._meta.get_field("at").auto_now_add = False
    old_entry.objects.using(db).all().delete()  # the new table is the truth
    copied = False
    for rows in _batches(entry.objects.using(db)):
        filed: dict[int, dict[str, int]] = {}
        for entry_id, kind, pk in scope.objects.using(db).filter(
            entry_id__in=[row.pk for row in rows], object_type__in=[PLAN, TASK]
        ).values_list("entry_id", "object_type", "object_id"):
            filed.setdefault(entry_id, {})[kind] = int(pk)
        old_entry.objects.using(db).bulk_create(
            old_entry(
                pk=row.pk,
                plan_id=filed.get(row.pk, {}).get(PLAN),
                task_id=filed.get(row.pk, {}).get(TASK),
                **{name: getattr(row, name) for name in FIELDS},
            )
            for row in rows
        )
        copied = True
    if copied:
        _reset_sequences(schema_editor, old_entry)
    entry.objects.using(db).all().delete()  # so that the copy can run forwards again


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("audit", "0001_initial"),
    ]

    operations = [migrations.RunPython(copy_forward, copy_backward)]
