"""The database's guard of an approved estimate's lines: a trigger refuses to insert,
update or delete a line of an approved or superseded estimate (the services and the
model refuse first; this catches a raw UPDATE or a bulk one)."""

from django.db import migrations

LOCKED = "('approved', 'superseded')"

SQLITE = [
    f"""
    CREATE TRIGGER budget_line_locked_{event.lower()}
    BEFORE {event} ON budget_estimateline
    WHEN (SELECT status FROM budget_estimate WHERE id = {row}.estimate_id) IN {LOCKED}
    BEGIN SELECT RAISE(ABORT, 'budget estimate is approved and locked'); END;
    """
    for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))
]
SQLITE_REVERSE = [
    f"DROP TRIGGER IF EXISTS budget_line_locked_{event}" for event in ("insert", "update", "delete")
]

POSTGRES = [
    f"""
    CREATE OR REPLACE FUNCTION budget_line_locked() RETURNS trigger AS $$
    DECLARE estimate_id bigint;
    BEGIN
        IF TG_OP = 'INSERT' THEN estimate_id := NEW.estimate_id;
        ELSE estimate_id := OLD.estimate_id; END IF;
        IF EXISTS (SELECT 1 FROM budget_estimate e WHERE e.id = estimate_id
                   AND e.status IN {LOCKED}) THEN
            RAISE EXCEPTION 'budget estimate is approved and locked'
                USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END;
    $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER budget_line_locked BEFORE INSERT OR UPDATE OR DELETE
    ON budget_estimateline FOR EACH ROW EXECUTE FUNCTION budget_line_locked();
    """,
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS budget_line_locked ON budget_estimateline",
    "DROP FUNCTION IF EXISTS budget_line_locked()",
]


def forwards(apps, schema_editor):
    statements = POSTGRES if schema_editor.connection.vendor == "postgresql" else SQLITE
    if schema_editor.connection.vendor not in ("postgresql", "sqlite"):
        return
    for statement in statements:
        schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        statements = POSTGRES_REVERSE
    elif schema_editor.connection.vendor == "sqlite":
        statements = SQLITE_REVERSE
    else:
        return
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("budget", "0001_estimates")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
