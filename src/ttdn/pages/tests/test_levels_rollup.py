"""The parent plan's page rolls up the implementing plans' progress (decision 0026)."""

import pytest
import time_machine
from django.urls import reverse

from ttdn.pages.selectors import plan_page
from ttdn.pages.tests.test_page_queries import _queries
from ttdn.plans import services
from ttdn.plans.access import plan_disclosure
from ttdn.plans.services import AgencyRef, TaskData
from ttdn.plans.tests.levels import TODAY, build_levels


@pytest.fixture
def levels(coordinator, officer_a, officer_b, agency_a, agency_b):
    with time_machine.travel(TODAY, tick=False):
        yield build_levels(
            coordinator=coordinator,
            officer_a=officer_a,
            officer_b=officer_b,
            agency_a=agency_a,
            agency_b=agency_b,
        )


def _page(levels, user):
    return plan_page(
        plan=levels.province,
        today=TODAY,
        disclosure=plan_disclosure(user, levels.province),
        user=user,
    )


def test_each_implementing_plan_is_counted_by_hand(levels, coordinator):
    page = _page(levels, coordinator)
    rows = {c.title: c for c in page.children}
    c1, c2 = rows["Kế hoạch triển khai của Sở TT&TT"], rows["Kế hoạch triển khai của Sở Ngoại vụ"]
    assert (c1.total, c1.done, c1.late, c1.percent_done) == (3, 1, 1, 33)
    assert (c2.total, c2.done, c2.late, c2.percent_done) == (2, 1, 1, 50)
    assert c1.agency.name == "Sở TT&TT" and c2.agency.name == "Sở Ngoại vụ"


def test_each_task_lists_the_tasks_carrying_it_out_with_status_and_reporting_agency(
    levels, coordinator
):
    page = _page(levels, coordinator)
    by_task = {row.text: row.children for row in page.carried_out}
    assert set(by_task) == {"Tập huấn nghiệp vụ TTĐN", "Xuất bản ấn phẩm quảng bá"}  # not P3
    p1 = {c.text: (c.status, c.agency.name, c.reported) for c in by_task["Tập huấn nghiệp vụ TTĐN"]}
    assert p1 == {
        "Mở lớp tập huấn cho phóng viên": ("done", "Sở TT&TT", True),
        "Tập huấn người phát ngôn": ("late", "Sở TT&TT", True),
        "Tập huấn cán bộ ngoại vụ": ("done", "Sở Ngoại vụ", True),
    }
    [a3] = by_task["Xuất bản ấn phẩm quảng bá"]
    assert (a3.status, a3.agency.name, a3.reported) == ("not_started", "Sở TT&TT", False)


def test_a_plan_restricted_to_two_of_my_agencies_is_counted_once(
    levels, make_user, agency_a, agency_b
):
    """The counts take no DISTINCT: a visibility that joined ``restricted_to`` would
    count each task once per matching agency (6 of 6 instead of 3, 1 done, 1 late)."""
    from ttdn.plans.models import Visibility

    levels.c1.visibility = Visibility.RESTRICTED
    levels.c1.save(update_fields=["visibility"])
    levels.c1.restricted_to.set([agency_a, agency_b])
    both = make_user("officer_ab", "officer", agencies=[agency_a, agency_b])
    rows = {c.title: c for c in _page(levels, both).children}
    c1 = rows["Kế hoạch triển khai của Sở TT&TT"]
    assert (c1.total, c1.done, c1.late, c1.percent_done) == (3, 1, 1, 33)


def test_visitors_see_only_public_implementing_plans_and_no_reporters(levels):
    from django.contrib.auth.models import AnonymousUser

    page = _page(levels, AnonymousUser())
    assert [c.title for c in page.children] == ["Kế hoạch triển khai của Sở TT&TT"]
    assert all(not c.reported for row in page.carried_out for c in row.children)


@time_machine.travel(TODAY, tick=False)
def test_the_page_shows_the_rollup_and_links_the_other_way(levels, client, coordinator):
    client.force_login(coordinator)
    html = client.get(reverse("pages:plan", args=[levels.province.pk])).content.decode()
    assert 'id="implemented-by"' in html and "Kế hoạch triển khai của Sở Ngoại vụ" in html
    child = client.get(reverse("pages:plan", args=[levels.c1.pk])).content.decode()
    assert reverse("pages:plan", args=[levels.province.pk]) in child  # implements
    task = client.get(reverse("pages:task", args=[levels.tasks["A1"].pk])).content.decode()
    assert 'id="carries-out"' in task


@pytest.mark.parametrize("who", ["coordinator", None])
def test_the_parent_page_reads_as_many_queries_for_one_child_as_for_four(
    who, request, client, coordinator, agency_a, agency_b, officer_a, officer_b
):
    if who:
        client.force_login(request.getfixturevalue(who))
    with time_machine.travel(TODAY, tick=False):
        levels = build_levels(
            coordinator=coordinator,
            officer_a=officer_a,
            officer_b=officer_b,
            agency_a=agency_a,
            agency_b=agency_b,
        )
        url = reverse("pages:plan", args=[levels.province.pk])
        before = len(_queries(client, url))
        for n in range(3):
            child = services.plan_create(
                actor=coordinator,
                title=f"Kế hoạch triển khai của xã {n}",
                period_start=2024,
                level="commune",
                parent=levels.province,
                visibility="public",
            )
            for parent in ("P1", "P2", "P3"):
                services.task_create(
                    actor=coordinator,
                    plan=child,
                    data=TaskData(
                        text=f"Nhiệm vụ {parent} của xã {n}",
                        timeframe_text="Quý III",
                        leads=[AgencyRef(agency=agency_b)],
                        parent_task=levels.tasks[parent],
                    ),
                )
            services.plan_move_to(actor=coordinator, plan=child, to_status="in_progress")
        after = len(_queries(client, url))
    assert before == after, f"{before} queries with two children, {after} with five"


def test_a_restricted_implementing_plan_shows_only_to_those_who_may_see_it(
    levels, coordinator, officer_a, officer_b, agency_b, leader
):
    """Each role sees the children it may see: a plan restricted to agency B is in the
    rollup for B's officer, the coordinator and the leader, not for A's officer."""
    services.plan_update(
        actor=coordinator,
        plan=levels.c2,
        expected_version=levels.c2.version,
        visibility="restricted",
        restricted_to=[agency_b],
    )
    for user, sees in ((coordinator, True), (leader, True), (officer_b, True), (officer_a, False)):
        page = _page(levels, user)
        titles = {c.title for c in page.children}
        assert ("Kế hoạch triển khai của Sở Ngoại vụ" in titles) is sees, user
        carried = {c.text for row in page.carried_out for c in row.children}
        assert ("Tập huấn cán bộ ngoại vụ" in carried) is sees, user
