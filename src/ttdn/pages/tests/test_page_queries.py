"""Every page reads a fixed number of queries whatever the number of tasks, and its
templates never touch the database: selectors hand them plain rows (decision 0019)."""

import datetime
from contextlib import contextmanager
from unittest import mock

import pytest
from django.db import connection
from django.template import base as template_base
from django.template import engines
from django.template.loaders.cached import Loader as CachedLoader
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from ttdn.tracking.services import progress_review, progress_submit


@contextmanager
def templates_may_not_query():
    """Fail on any SQL run while a template renders (after the context processors)."""
    original = template_base.Template._render
    seen = []

    def refuse(execute, sql, params, many, context):
        seen.append(sql)
        raise AssertionError(f"a template ran a query: {sql}")

    def guarded(self, context):
        with connection.execute_wrapper(refuse):
            return original(self, context)

    with mock.patch.object(template_base.Template, "_render", guarded):
        yield seen
    assert seen == []


def _fill(make_plan, officer_a, coordinator, agency_a, *, tasks: int):
    year = timezone.localdate().year
    plan = make_plan(
        year=year, tasks=tasks, timeframe="Hàng tháng", status="in_progress", visibility="public"
    )
    plan.public_shows = "evidence"
    plan.save(update_fields=["public_shows"])
    for task in plan.tasks.all():
        for n in range(2):
            update = progress_submit(
                actor=officer_a,
                task=task,
                agency=agency_a,
                status="in_progress",
                percent=30 + n,
                narrative=f"Báo cáo {n} của nhiệm vụ {task.order}",
                figures={"tin bài": n + 1},
                period_end=datetime.date(year, 1, 31),
                links=[f"https://baodongnai.com.vn/{task.pk}/{n}"],
            )
            progress_review(actor=coordinator, update=update, accept=True, comment="")
    return plan


PAGES = [
    # (name, who, url of the plan / its first task / the agency)
    ("plan", "coordinator", lambda plan, task, agency: reverse("pages:plan", args=[plan.pk])),
    ("plan, anonymous", None, lambda plan, task, agency: reverse("pages:plan", args=[plan.pk])),
    ("task", "coordinator", lambda plan, task, agency: reverse("pages:task", args=[task.pk])),
    ("task, anonymous", None, lambda plan, task, agency: reverse("pages:task", args=[task.pk])),
    ("home, officer", "officer_a", lambda plan, task, agency: reverse("home")),
    ("home, coordinator", "coordinator", lambda plan, task, agency: reverse("home")),
    ("agency", "officer_a", lambda plan, task, agency: reverse("pages:agency", args=[agency.pk])),
    ("plan list", "coordinator", lambda plan, task, agency: reverse("plans:list")),
    ("plan list, anonymous", None, lambda plan, task, agency: reverse("plans:list")),
    ("task list", "coordinator", lambda plan, task, agency: reverse("plans:task_list")),
]


def _queries(client, url) -> list[str]:
    client.get(url)  # warm: session, caches
    with CaptureQueriesContext(connection) as captured, templates_may_not_query():
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in captured.captured_queries]


@pytest.mark.parametrize(("name", "who", "url"), PAGES, ids=[p[0] for p in PAGES])
def test_a_page_reads_as_many_queries_for_two_tasks_as_for_seven(
    name, who, url, client, request, make_plan, officer_a, coordinator, agency_a, settings
):
    settings.MEDIA_ROOT = request.getfixturevalue("tmp_path")
    if who:
        client.force_login(request.getfixturevalue(who))
    counts = []
    for size in (2, 7):
        plan = _fill(make_plan, officer_a, coordinator, agency_a, tasks=size)
        task = plan.tasks.order_by("order").first()
        counts.append(len(_queries(client, url(plan, task, agency_a))))
    assert counts[0] == counts[1], f"{name}: {counts[0]} queries for 2 tasks, {counts[1]} for 7"


def test_the_guard_catches_a_template_that_queries(client, coordinator):
    """The guard above is real: a template evaluating a queryset fails it."""
    from django.template import Context, Template

    from ttdn.accounts.models import User

    template = Template("{% for u in users %}{{ u }}{% endfor %}")
    with (
        pytest.raises(AssertionError, match="a template ran a query"),
        templates_may_not_query(),
    ):
        template.render(Context({"users": User.objects.all()}))


def test_templates_are_compiled_once_per_process():
    """The cached template loader is on (Django's default without ``loaders``), so a
    page's templates are parsed once, not at every request, in production as in tests."""
    loaders = engines["django"].engine.template_loaders
    assert isinstance(loaders[0], CachedLoader)
