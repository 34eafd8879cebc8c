"""The search entries of plans and tasks get their partition: the province of the plan's
unit, or of its issuer's unit (``plans.services.plan_search_partition``; core 0003 added
the column). One UPDATE … FROM per kind (PostgreSQL, SQLite ≥ 3.33); on the national data
set (1,000,000 task entries) it runs in about a minute, then ANALYZE gives the planner the
new column's statistics (plans 0006 says why).
"""

from django.db import migrations

# The plan's province: grandparent, else parent, else the unit itself (province →
# district → commune), of the plan's unit or else its issuer's.
PLAN_PROVINCE = """
    SELECT p.id AS plan_id, COALESCE(gp.id, par.id, u.id) AS province_id
    FROM plans_plan p
    LEFT JOIN directory_agency a ON a.id = p.issuer_id
    JOIN directory_administrativeunit u ON u.id = COALESCE(p.unit_id, a.unit_id)
    LEFT JOIN directory_administrativeunit par ON par.id = u.parent_id
    LEFT JOIN directory_administrativeunit gp ON gp.id = par.parent_id
"""

FORWARDS = [
    f"""
    UPDATE core_searchentry SET partition = pp.province_id
    FROM ({PLAN_PROVINCE}) pp
    WHERE core_searchentry.kind = 'plan' AND core_searchentry.object_id = pp.plan_id
    """,
    f"""
    UPDATE core_searchentry SET partition = tp.province_id
    FROM (SELECT t.id AS task_id, pp.province_id FROM plans_task t
          JOIN ({PLAN_PROVINCE}) pp ON pp.plan_id = t.plan_id) tp
    WHERE core_searchentry.kind = 'task' AND core_searchentry.object_id = tp.task_id
    """,
]


def forwards(apps, schema_editor):
    for statement in FORWARDS:
        schema_editor.execute(statement)
    schema_editor.execute("ANALYZE core_searchentry")  # both engines know ANALYZE


def backwards(apps, schema_editor):
    schema_editor.execute("UPDATE core_searchentry SET partition = NULL WHERE kind IN ('plan', 'task')")


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0006_analyze_after_parent_task"),
        ("core", "0003_searchentry_partition"),
        ("directory", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
