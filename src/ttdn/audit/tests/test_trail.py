"""The trail: entries filed under scopes, an object's history, the labels apps register."""

import ast
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from ttdn.audit import registry
from ttdn.audit.models import AuditEntry, AuditScope
from ttdn.audit.selectors import history_for
from ttdn.audit.services import log_action

SRC = Path(__file__).resolve().parents[2]  # src/ttdn
DOTTED = re.compile(r"[a-z_]+\.[a-z_]+")


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _scopes(entry: AuditEntry) -> set[tuple[str, str]]:
    return set(entry.scopes.values_list("object_type", "object_id"))


def test_an_entry_is_filed_under_its_target_and_its_scopes(make_plan, coordinator):
    plan = make_plan(status="in_progress")
    task = plan.tasks.get()
    entry = log_action(
        actor=coordinator, action="task.changed", target=task, scopes=[plan, task, plan]
    )
    assert _scopes(entry) == {("plans.task", str(task.pk)), ("plans.plan", str(plan.pk))}
    assert (entry.target_type, entry.target_id, entry.actor) == (
        "plans.task",
        str(task.pk),
        coordinator,
    )


def test_an_anonymous_actor_is_recorded_as_nobody(make_plan):
    plan = make_plan(status="in_progress")
    entry = log_action(actor=AnonymousUser(), action="plan.changed", target=plan)
    assert entry.actor is None
    assert _scopes(entry) == {("plans.plan", str(plan.pk))}


def test_history_of_a_plan_holds_its_tasks_and_a_task_only_its_own(
    make_plan, coordinator, officer_a, agency_a
):
    from ttdn.tracking.services import progress_submit

    plan = make_plan(status="in_progress", tasks=2)
    first, second = plan.tasks.order_by("order")
    other = make_plan(status="in_progress", title="Kế hoạch khác")
    update = progress_submit(
        actor=officer_a, task=first, agency=agency_a, status="in_progress", percent=10
    )

    plan_actions = list(history_for(plan).values_list("action", "target_id"))
    assert plan_actions[0] == ("progress.submitted", str(update.pk))  # newest first
    assert {a for a, _ in plan_actions} == {
        "plan.created",
        "task.created",
        "plan.status_changed",
        "progress.submitted",
    }
    assert ("task.created", str(second.pk)) in plan_actions
    assert not history_for(plan).filter(pk__in=history_for(other)).exists()

    task_actions = set(history_for(first).values_list("action", "target_id"))
    assert task_actions == {("task.created", str(first.pk)), ("progress.submitted", str(update.pk))}
    assert set(history_for(update).values_list("action", flat=True)) == {"progress.submitted"}


def test_history_is_one_query_with_its_actors(make_plan):
    plan = make_plan(status="in_progress", tasks=3)
    with CaptureQueriesContext(connection) as queries:
        actors = {str(entry.actor) for entry in history_for(plan)}
    assert len(queries) == 1
    assert actors == {"Coordinator"}


@pytest.mark.skipif("connection.vendor != 'sqlite'", reason="SQLite's plan format")
def test_history_reads_the_scope_index(make_plan):
    plan = make_plan(status="in_progress")
    sql, params = history_for(plan).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan_text = " ".join(str(row) for row in cursor.fetchall())
    assert "audit_scope_object_idx" in plan_text
    assert "SCAN audit_auditentry" not in plan_text


def test_deleting_an_entry_deletes_its_scopes(make_plan):
    plan = make_plan(status="in_progress")
    history_for(plan).delete()
    assert not AuditScope.objects.filter(object_type="plans.plan", object_id=str(plan.pk)).exists()


# --- labels ---------------------------------------------------------------------------------


def test_actions_read_as_the_label_their_app_registered():
    assert registry.action_label("plan.created") == "Plan created"
    assert registry.action_label("progress.submitted") == "Progress reported"
    assert registry.action_label("api_token.revoked") == "API token revoked"
    assert AuditEntry(action="import.discarded").action_label == "Import discarded"


def test_an_unknown_action_reads_as_its_code():
    assert AuditEntry(action="agency.created").action_label == "agency.created"


def test_two_apps_cannot_declare_one_code():
    with pytest.raises(ImproperlyConfigured, match="plan.created"):
        registry.register(owner="reports", actions={"plan.created": "Plan created again"})
    with pytest.raises(ImproperlyConfigured, match="evidence"):
        registry.register(owner="reports", fields={"evidence": "Evidence again"})
    assert registry.action_label("plan.created") == "Plan created"


def _action_codes_in_source() -> set[str]:
    """Every string literal passed as ``action=`` in the source (tests and migrations aside)."""
    codes = set()
    for path in SRC.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:
                if keyword.arg != "action":
                    continue
                for value in ast.walk(keyword.value):
                    if isinstance(value, ast.Constant) and DOTTED.fullmatch(str(value.value)):
                        codes.add(value.value)
    return codes


def test_every_action_code_in_the_source_has_a_label():
    codes = _action_codes_in_source()
    assert {"plan.created", "progress.accepted", "progress.returned", "import.confirmed"} <= codes
    assert codes - registry.action_codes() == set(), "declare it in the app's audit.py ACTIONS"


def test_changes_read_as_field_labels_and_choice_labels():
    entry = AuditEntry(
        action="task.changed",
        target_type="plans.task",
        before={"status": "not_started", "leads": ["Sở TT-TT"], "unheard_of": 1},
        after={"status": "done", "leads": ["Sở Ngoại vụ"], "unheard_of": 2},
    )
    rows = {label: (old, new) for label, old, new in entry.readable_changes()}
    assert rows["Lead agencies"] == (["Sở TT-TT"], ["Sở Ngoại vụ"])
    assert rows["unheard_of"] == (1, 2)
    (status_label,) = set(rows) - {"Lead agencies", "unheard_of"}
    assert rows[status_label] != ("not_started", "done")


def test_dates_in_changes_read_dd_mm_yyyy_in_local_time():
    entry = AuditEntry(
        action="progress.submitted",
        target_type="tracking.progressupdate",
        before=None,
        after={"period_end": "2026-12-31", "submitted_at": "2026-12-02T03:13:34.687556+00:00"},
    )
    values = {new for _label, _old, new in entry.readable_changes()}
    assert values == {"31/12/2026", "02/12/2026 10:13"}


def test_a_reverse_relation_in_a_snapshot_reads_as_its_registered_label():
    entry = AuditEntry(
        action="progress.submitted",
        target_type="tracking.progressupdate",
        after={"evidence": ["bien-ban.pdf"]},
    )
    assert entry.readable_changes() == [("Evidence", None, ["bien-ban.pdf"])]


# --- the history pages ----------------------------------------------------------------------


def test_history_pages_show_a_report_with_evidence(
    client, tmp_path, settings, make_plan, coordinator, officer_a, agency_a
):
    """A report's snapshot lists its evidence, a reverse relation: this was a 500."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ttdn.tracking.services import progress_submit

    settings.MEDIA_ROOT = tmp_path
    task = make_plan(status="in_progress").tasks.get()
    progress_submit(
        actor=officer_a,
        task=task,
        agency=agency_a,
        status="in_progress",
        percent=10,
        files=[SimpleUploadedFile("bien-ban-hop.pdf", b"%PDF-1.4 evidence")],
    )
    client.force_login(coordinator)
    for url in (
        reverse("plans:history", args=[task.plan_id]),
        reverse("plans:task_history", args=[task.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert "bien-ban-hop.pdf" in body
        with translation.override("vi"):  # the pages' language
            assert f"<strong>{registry.field_label('evidence')}</strong>" in body
            assert registry.action_label("progress.submitted") in body


def test_history_names_agencies_but_never_a_plan_it_points_to(
    client, make_plan, coordinator, agency_a, agency_b, django_assert_max_num_queries
):
    """An issuer reads as the agency's name; a parent plan stays an id (a restricted plan's
    title must not show through another plan's history)."""
    from ttdn.plans.services import plan_update

    secret = make_plan(visibility="restricted", title="Kế hoạch mật về biên giới")
    plan = make_plan()
    plan_update(
        actor=coordinator,
        plan=plan,
        expected_version=plan.version,
        issuer=agency_b,
        parent=secret,
    )
    client.force_login(coordinator)
    with django_assert_max_num_queries(20):
        body = client.get(reverse("plans:history", args=[plan.pk])).content.decode()
    from ttdn.plans.models import Plan

    with translation.override("vi"):
        issuer = Plan._meta.get_field("issuer").verbose_name
        parent = Plan._meta.get_field("parent").verbose_name
        assert f"<strong>{issuer}</strong>: {agency_b}</div>" in body
        assert f"<strong>{parent}</strong>: {secret.pk}</div>" in body
    assert "Kế hoạch mật về biên giới" not in body
