"""Across levels: the plan a plan implements and the task a task carries out (decision 0026)."""

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse

from ttdn.audit.selectors import history_for
from ttdn.plans import services
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


def _data(agency, parent=None, text="Nhiệm vụ triển khai"):
    return TaskData(text=text, group="other", leads=[AgencyRef(agency=agency)], parent_task=parent)


def test_a_task_carries_out_a_task_of_the_plan_its_plan_implements(levels):
    a1 = levels.tasks["A1"]
    assert a1.parent_task == levels.tasks["P1"]
    assert set(levels.tasks["P1"].carried_out_by.values_list("pk", flat=True)) == {
        levels.tasks["A1"].pk,
        levels.tasks["A2"].pk,
        levels.tasks["B1"].pk,
    }


def test_a_task_of_another_plan_tree_is_refused_with_a_translated_error(
    levels, make_plan, coordinator, agency_a
):
    elsewhere = make_plan(year=2024).tasks.get()
    with pytest.raises(ValidationError) as caught:
        services.task_create(
            actor=coordinator, plan=levels.c1, data=_data(agency_a, parent=elsewhere)
        )
    assert caught.value.message_dict["parent_task"] == [
        "Nhiệm vụ chỉ có thể triển khai một nhiệm vụ của kế hoạch cấp trên mà kế hoạch này triển khai."
    ]
    # A sibling plan's task, and a task of the same plan, are not in the plan above either.
    for parent in (levels.tasks["B1"], levels.tasks["A2"]):
        with pytest.raises(ValidationError):
            services.task_create(
                actor=coordinator, plan=levels.c1, data=_data(agency_a, parent=parent)
            )


def test_the_error_goes_through_gettext(levels, coordinator, agency_a, monkeypatch):
    """The message is translated where it is raised (its Vietnamese text is in
    translations-dashboard.json until the catalogue is merged)."""
    from ttdn.plans import services as plan_services

    monkeypatch.setattr(plan_services, "_", lambda text: f"[vi] {text}")
    with pytest.raises(ValidationError) as caught:
        services.task_create(
            actor=coordinator,
            plan=levels.province,
            data=_data(agency_a, parent=levels.tasks["A1"]),
        )
    assert caught.value.message_dict["parent_task"][0].startswith("[vi] ")


def test_a_plan_cannot_implement_a_plan_that_implements_it(levels, coordinator):
    with pytest.raises(ValidationError) as caught:
        services.plan_update(
            actor=coordinator,
            plan=levels.province,
            expected_version=levels.province.version,
            parent=levels.c1,
        )
    assert "parent" in caught.value.message_dict
    with pytest.raises(ValidationError):
        services.plan_update(
            actor=coordinator,
            plan=levels.c1,
            expected_version=levels.c1.version,
            parent=levels.c1,
        )


def test_changing_the_plan_above_is_refused_while_tasks_carry_out_its_tasks(
    levels, make_plan, coordinator
):
    other = make_plan(year=2024)
    with pytest.raises(ValidationError) as caught:
        services.plan_update(
            actor=coordinator, plan=levels.c1, expected_version=levels.c1.version, parent=other
        )
    assert "3 nhiệm vụ" in caught.value.message_dict["parent"][0]
    levels.c1.refresh_from_db()
    assert levels.c1.parent_id == levels.province.pk  # nothing lost


def test_linking_a_task_is_audited_on_both_tasks(levels, coordinator, agency_b):
    b2 = levels.tasks["B2"]
    services.task_update(
        actor=coordinator,
        task=b2,
        data=_data(agency_b, parent=levels.tasks["P3"], text=b2.text),
        expected_version=b2.version,
    )
    entry = history_for(b2).first()
    assert entry.action == "task.changed"
    assert entry.before["parent_task"] is None
    assert entry.after["parent_task"] == levels.tasks["P3"].pk
    assert history_for(levels.tasks["P3"]).filter(pk=entry.pk).exists()


def test_the_task_form_offers_only_the_tasks_of_the_plan_above(levels, client, coordinator):
    client.force_login(coordinator)
    page = client.get(reverse("plans:task_create", args=[levels.c1.pk])).content.decode()
    assert "Tập huấn nghiệp vụ TTĐN" in page  # P1
    assert "Tập huấn cán bộ ngoại vụ" not in page  # B1, a sibling plan's task
    province_form = client.get(reverse("plans:task_create", args=[levels.province.pk]))
    assert 'name="parent_task"' not in province_form.content.decode()


def test_the_task_form_links_a_task_and_shows_a_refused_choice(levels, client, coordinator):
    client.force_login(coordinator)
    url = reverse("plans:task_create", args=[levels.c2.pk])
    post = {"text": "Tổ chức hội nghị", "group": "other", "leads_other": "Sở Ngoại vụ"}
    response = client.post(url, {**post, "parent_task": levels.tasks["A1"].pk})
    assert response.status_code == 200 and "parent_task" in response.context["form"].errors
    response = client.post(url, {**post, "parent_task": levels.tasks["P3"].pk})
    assert response.status_code == 302
    assert levels.c2.tasks.get(text="Tổ chức hội nghị").parent_task == levels.tasks["P3"]


def test_the_plan_form_offers_only_plans_the_user_may_see(
    levels, client, coordinator, make_plan, agency_b
):
    from ttdn.plans.forms import PlanForm
    from ttdn.plans.views import _plan_form_kwargs

    hidden = make_plan(year=2024, visibility="restricted", restricted_to=[agency_b])

    class Request:
        user = None

    from ttdn.accounts.models import User

    request = Request()
    request.user = User.objects.get(username="officer_a")
    form = PlanForm(**_plan_form_kwargs(request))
    assert hidden not in form.fields["parent"].queryset
    assert levels.province in form.fields["parent"].queryset


def test_the_api_gives_the_links(levels, client, coordinator, officer_a):
    client.force_login(officer_a)
    plan = client.get(f"/api/v1/plans/{levels.province.pk}").json()
    # officer_a may see the public C1 and the internal C2 (every account reads internal plans)
    assert {p["id"] for p in plan["implemented_by"]} == {levels.c1.pk, levels.c2.pk}
    task = client.get(f"/api/v1/tasks/{levels.tasks['A1'].pk}").json()
    assert task["parent_task_id"] == levels.tasks["P1"].pk
    client.logout()
