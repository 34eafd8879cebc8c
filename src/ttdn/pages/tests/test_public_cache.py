"""The public page of a plan is cached for visitors until what it shows changes (0026)."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from ttdn.plans import services
from ttdn.plans.models import Task
from ttdn.plans.services import AgencyRef, TaskData
from ttdn.tracking.services import progress_review, progress_submit


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    settings.TTDN_PUBLIC_PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def public_plan(make_plan):
    plan = make_plan(visibility="public", status="in_progress", year=2024, tasks=2)
    plan.public_shows = "progress"
    plan.save(update_fields=["public_shows"])
    return plan


def _html(client, plan) -> str:
    response = client.get(reverse("pages:plan", args=[plan.pk]))
    assert response.status_code == 200
    return response.content.decode()


def _behind_the_services_back(plan, text):
    """A change no service announces: only a cache miss would show it."""
    Task.objects.filter(plan=plan).update(text=text)


def test_visitors_are_served_from_the_cache(client, public_plan, django_assert_max_num_queries):
    _html(client, public_plan)
    _behind_the_services_back(public_plan, "Không thông báo")
    with django_assert_max_num_queries(3):  # the plan's access check; the rows are cached
        assert "Không thông báo" not in _html(client, public_plan)


def test_signed_in_accounts_are_never_served_the_cache(client, public_plan, coordinator):
    _html(client, public_plan)
    _behind_the_services_back(public_plan, "Không thông báo")
    client.force_login(coordinator)
    assert "Không thông báo" in _html(client, public_plan)


def test_a_plan_edit_clears_it(client, public_plan, coordinator):
    _html(client, public_plan)
    services.plan_update(
        actor=coordinator,
        plan=public_plan,
        expected_version=public_plan.version,
        title="Kế hoạch đã đổi tên",
    )
    assert "Kế hoạch đã đổi tên" in _html(client, public_plan)


def test_a_new_task_clears_it(client, public_plan, coordinator, agency_a):
    _html(client, public_plan)
    services.task_create(
        actor=coordinator,
        plan=public_plan,
        data=TaskData(text="Nhiệm vụ mới thêm", leads=[AgencyRef(agency=agency_a)]),
    )
    assert "Nhiệm vụ mới thêm" in _html(client, public_plan)


def test_a_report_accepted_clears_it(client, public_plan, coordinator, officer_a, agency_a):
    task = public_plan.tasks.order_by("order").first()
    update = progress_submit(
        actor=officer_a,
        task=task,
        agency=agency_a,
        status="done",
        percent=100,
        narrative="Đã tổ chức xong lớp tập huấn",
    )
    assert "Đã tổ chức xong lớp tập huấn" not in _html(client, public_plan)  # not accepted yet
    progress_review(actor=coordinator, update=update, accept=True, comment="")
    assert "Đã tổ chức xong lớp tập huấn" in _html(client, public_plan)


def test_a_status_change_clears_it(client, public_plan, coordinator):
    before = _html(client, public_plan)
    assert "badge in_progress" in before
    services.plan_transition(actor=coordinator, plan=public_plan, to_status="closed")
    assert "badge closed" in _html(client, public_plan)


def test_an_implementing_plan_clears_the_page_it_rolls_up_into(
    client, public_plan, coordinator, agency_a
):
    _html(client, public_plan)
    child = services.plan_create(
        actor=coordinator,
        title="Kế hoạch triển khai cấp xã",
        period_start=2024,
        parent=public_plan,
        visibility="public",
    )
    assert "Kế hoạch triển khai cấp xã" in _html(client, public_plan)
    services.task_create(
        actor=coordinator,
        plan=child,
        data=TaskData(
            text="Nhiệm vụ của xã",
            leads=[AgencyRef(agency=agency_a)],
            parent_task=public_plan.tasks.order_by("order").first(),
        ),
    )
    assert "Nhiệm vụ của xã" in _html(client, public_plan)


def test_the_cache_can_be_turned_off(client, public_plan, settings):
    settings.TTDN_PUBLIC_PAGE_CACHE_SECONDS = 0
    _html(client, public_plan)
    _behind_the_services_back(public_plan, "Không thông báo")
    assert "Không thông báo" in _html(client, public_plan)


def test_the_generation_moves_at_once_and_again_on_commit(
    public_plan, django_capture_on_commit_callbacks
):
    """A visitor who read the old rows while the change was being written does not keep
    them: the key changes when the change is made and once more when it commits."""
    from ttdn.plans.public_cache import public_page_key, public_pages_changed

    before = public_page_key(public_plan, variant="vi")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        public_pages_changed([public_plan.pk])
        during = public_page_key(public_plan, variant="vi")
    after = public_page_key(public_plan, variant="vi")
    assert len(callbacks) == 1
    assert len({before, during, after}) == 3
