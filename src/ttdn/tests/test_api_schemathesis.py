"""Every operation of the published OpenAPI schema, fuzzed by Schemathesis.

The schema is read from the app itself (``/api/v1/openapi.json`` through Django's WSGI
handler, in-process: no server). Requests carry a real API token of ``officer_a``, whose
agency leads the tasks of three plans (one per visibility) with progress on them; path
ids are drawn both from what Schemathesis generates and from those real rows, so reads
and reports reach real objects as well as missing ones.

Checked on every answer: no server error, the body matches the documented schema, the
status is documented for the operation, the content type is the documented one.
Deterministic (``derandomize``), no example database; each example runs in a savepoint
that is rolled back, so writes never leak from one example into the next.
"""

import datetime
from collections.abc import Iterator

import hypothesis.strategies as st
import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ttdn.accounts.services import api_token_create
from ttdn.activities.registers import REGISTERS
from ttdn.api import api
from ttdn.budget.services import LineData, estimate_create, line_add
from ttdn.submissions.services import request_create_adhoc
from ttdn.tracking.models import ProgressUpdate
from ttdn.tracking.services import progress_submit

CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
]


@pytest.fixture
def wsgi_app() -> Iterator[WSGIHandler]:
    """Django's WSGI handler, minus the per-request connection reset.

    A real server closes stale connections around each request; here that would close
    the test's own transaction (Django's test client leaves it out the same way).
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def real_ids(plans, officer_a, agency_a, agency_b, coordinator) -> dict[str, list[int]]:
    """The ids of the rows that exist, by path parameter name."""
    tasks = [plan.tasks.get() for plan in plans.values()]
    for task in tasks:
        progress_submit(
            actor=officer_a,
            task=task,
            agency=agency_a,
            status="in_progress",
            percent=30,
            narrative="Đã đăng 12 tin bài",
            figures={"articles": 12},
            links=["https://example.org/tin-bai"],
        )
    report_request = request_create_adhoc(
        actor=coordinator,
        plan=plans["internal"],
        title="Báo cáo đột xuất",
        deadline=datetime.date(2100, 1, 1),
        period_start=datetime.date(2024, 1, 1),
        period_end=datetime.date(2024, 12, 31),
        agencies=[agency_a],
    )
    training = REGISTERS["trainings"].create(
        actor=officer_a,
        agency=agency_a,
        data={
            "title": "Tập huấn kỹ năng phát ngôn",
            "start_date": datetime.date(2024, 3, 12),
            "attendees_officials": 30,
            "tasks": tasks[:1],
        },
    )
    estimate = estimate_create(actor=officer_a, plan=plans["internal"], agency=agency_a, year=2024)
    line = line_add(
        actor=officer_a,
        estimate=estimate,
        version=estimate.version,
        data=LineData(description="In bản tin đối ngoại", quantity="1000", unit_cost="12500"),
    )
    return {
        "entry_id": [training.pk],
        "estimate_id": [estimate.pk],
        "line_id": [line.pk],
        "request_id": [report_request.pk],
        "submission_id": list(report_request.submissions.values_list("pk", flat=True)),
        "plan_id": [plan.pk for plan in plans.values()],
        "task_id": [task.pk for task in tasks],
        "agency_id": [agency_a.pk, agency_b.pk],
    }


@pytest.fixture
def token(officer_a) -> str:
    _token, raw = api_token_create(actor=officer_a, user=officer_a, name="schemathesis")
    return raw


# Read from the ninja API object (what /api/v1/openapi.json serves), at import: no database.
schema = schemathesis.openapi.from_dict(api.get_openapi_schema())


@schema.parametrize()
@schema.given(data=st.data())
@settings(
    max_examples=30,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_operation_keeps_its_contract(case, data, wsgi_app, real_ids, token):
    # Each id in the path: the generated one (a missing row, or junk in negative mode) or
    # a real one.
    for name, value in list((case.path_parameters or {}).items()):
        if name in real_ids:
            case.path_parameters[name] = data.draw(
                st.sampled_from([value, *real_ids[name]]), label=name
            )
    with transaction.atomic():
        case.call_and_validate(
            app=wsgi_app, headers={"Authorization": f"Bearer {token}"}, checks=CHECKS
        )
        transaction.set_rollback(True)
    # Nothing an example wrote is left for the next one.
    assert ProgressUpdate.objects.count() == len(real_ids["task_id"])
