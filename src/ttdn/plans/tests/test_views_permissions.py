"""The permission matrix of the pages: persona × plan visibility × page.

Expected codes: 200 shown, 302 redirect (to login for anonymous, or after a
successful POST), 403 seen but not allowed, 404 invisible (no hint it exists).
"""

import pytest
from django.urls import reverse

from ttdn.plans.models import Task
from ttdn.tracking.models import ProgressUpdate

PERSONAS = ["anonymous", "officer_a", "officer_b", "coordinator", "leader"]
VISIBILITIES = ["public", "internal", "restricted"]


@pytest.fixture
def as_persona(client, request):
    def login(name):
        if name != "anonymous":
            client.force_login(request.getfixturevalue(name))
        return client

    return login


def _sees(persona, visibility):
    if persona == "anonymous":
        return visibility == "public"
    if persona == "officer_b":
        return visibility != "restricted"
    return True


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("page", ["pages:plan", "pages:plan_export"])
def test_plan_read_pages(plans, as_persona, persona, visibility, page):
    plan = plans[visibility]
    response = as_persona(persona).get(reverse(page, args=[plan.pk]))
    assert response.status_code == (200 if _sees(persona, visibility) else 404)


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("persona", PERSONAS)
def test_task_page(plans, as_persona, persona, visibility):
    task = plans[visibility].tasks.get()
    response = as_persona(persona).get(reverse("pages:task", args=[task.pk]))
    assert response.status_code == (200 if _sees(persona, visibility) else 404)


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("page", ["plans:history", "plans:task_history"])
def test_history_pages_need_login_and_visibility(plans, as_persona, persona, visibility, page):
    plan = plans[visibility]
    target = plan.pk if page == "plans:history" else plan.tasks.get().pk
    response = as_persona(persona).get(reverse(page, args=[target]))
    if persona == "anonymous":
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == (200 if _sees(persona, visibility) else 404)


@pytest.mark.parametrize("persona", PERSONAS)
def test_plan_list_shows_only_visible_plans(plans, as_persona, persona):
    response = as_persona(persona).get(reverse("plans:list"))
    assert response.status_code == 200
    shown = {v for v, p in plans.items() if p.title in response.content.decode()}
    assert shown == {v for v in VISIBILITIES if _sees(persona, v)}


@pytest.mark.parametrize("persona", PERSONAS)
def test_task_list_and_home(plans, as_persona, persona):
    client = as_persona(persona)
    for name in ("plans:task_list", "home"):
        response = client.get(reverse(name))
        if persona == "anonymous":
            assert response.status_code == 302
        else:
            assert response.status_code == 200
    if persona != "anonymous":
        body = client.get(reverse("plans:task_list")).content.decode()
        restricted_task = plans["restricted"].tasks.get()
        assert (reverse("pages:task", args=[restricted_task.pk]) in body) == _sees(
            persona, "restricted"
        )


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("anonymous", 302),
        ("officer_a", 403),
        ("officer_b", None),
        ("coordinator", 200),
        ("leader", 403),
    ],
)
@pytest.mark.parametrize("page", ["plans:edit", "plans:task_create"])
def test_plan_write_pages(plans, as_persona, persona, expected, visibility, page):
    plan = plans[visibility]
    response = as_persona(persona).get(reverse(page, args=[plan.pk]))
    if expected is None:  # officer_b: 404 where invisible, 403 where visible
        expected = 403 if _sees(persona, visibility) else 404
    assert response.status_code == expected


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("anonymous", 302),
        ("officer_a", 403),
        ("officer_b", None),
        ("coordinator", 200),
        ("leader", 403),
    ],
)
def test_task_edit_page(plans, as_persona, persona, expected, visibility):
    task = plans[visibility].tasks.get()
    response = as_persona(persona).get(reverse("plans:task_edit", args=[task.pk]))
    if expected is None:
        expected = 403 if _sees(persona, visibility) else 404
    assert response.status_code == expected


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("persona", PERSONAS)
def test_progress_form_only_for_assigned_agencies(plans, as_persona, persona, visibility):
    task = plans[visibility].tasks.get()
    response = as_persona(persona).get(reverse("tracking:progress_create", args=[task.pk]))
    if persona == "anonymous":
        assert response.status_code == 302
    elif persona == "officer_a":
        assert response.status_code == 200
    else:
        # Visible but not theirs: 403. Invisible: 404.
        assert response.status_code == (403 if _sees(persona, visibility) else 404)


def test_officer_posting_to_another_agencys_task_writes_nothing(plans, as_persona, agency_a):
    task = plans["internal"].tasks.get()
    client = as_persona("officer_b")
    response = client.post(
        reverse("tracking:progress_create", args=[task.pk]),
        {"agency": agency_a.pk, "status": "done", "percent": 100, "narrative": "Giả mạo"},
    )
    assert response.status_code == 403
    assert not ProgressUpdate.objects.exists()


def test_forged_plan_id_is_404(as_persona, plans):
    client = as_persona("coordinator")
    assert client.get(reverse("pages:plan", args=[999999])).status_code == 404
    assert client.get("/plans/abc/").status_code == 404


@pytest.mark.parametrize("persona", ["officer_a", "officer_b", "leader"])
def test_status_moves_need_coordinator(plans, as_persona, persona):
    plan = plans["internal"]
    response = as_persona(persona).post(
        reverse("plans:transition", args=[plan.pk]), {"to_status": "closed"}
    )
    assert response.status_code == 403
    plan.refresh_from_db()
    assert plan.status == "in_progress"


@pytest.mark.parametrize("persona", ["officer_a", "leader"])
def test_review_queue_is_for_coordinators(as_persona, persona):
    assert as_persona(persona).get(reverse("tracking:review_queue")).status_code == 403


def test_get_is_refused_for_state_changes(plans, as_persona):
    client = as_persona("coordinator")
    assert client.get(reverse("plans:transition", args=[plans["internal"].pk])).status_code == 405


def test_restricted_plan_does_not_leak_through_agency_page(plans, as_persona, agency_a):
    body = as_persona("officer_b").get(reverse("pages:agency", args=[agency_a.pk])).content.decode()
    restricted = plans["restricted"].tasks.get()
    assert reverse("pages:task", args=[restricted.pk]) not in body
    assert Task.objects.filter(pk=restricted.pk).exists()
