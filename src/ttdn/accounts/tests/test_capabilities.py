"""Capabilities: the role → capability matrix, several roles per user, templates and admin."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from ttdn.accounts import capabilities as caps
from ttdn.accounts.capabilities import (
    Capabilities,
    UnknownCapability,
    capability_agency_ids,
    has_capability,
    user_capabilities,
)
from ttdn.accounts.models import Role, RoleGrant, User
from ttdn.audit.models import AuditEntry
from ttdn.audit.selectors import history_for
from ttdn.importer.access import is_import_admin
from ttdn.plans.access import can_manage_plans, sees_all_plans, visible_plans
from ttdn.tracking.access import can_review_progress

COORDINATION = {
    caps.MANAGE_PLANS,
    caps.SEE_ALL_PLANS,
    caps.REVIEW_PROGRESS,
    caps.IMPORT_PLANS,
    caps.REPORT_PROGRESS,
    caps.READ_SUMMARY_REPORTS,
    caps.WRITE_SUMMARY_REPORTS,
    caps.REQUEST_REPORTS,
    caps.SEE_REPORT_REQUESTS,
    caps.URGE_AGENCIES,
    caps.SEE_ALL_BUDGETS,
    caps.RECORD_ACTIVITIES,
    caps.READ_ACTIVITIES,
    caps.SEE_CONFIDENTIAL_ACTIVITIES,
    caps.MONITOR_MEDIA,
    caps.MANAGE_MEDIA_SOURCES,
    caps.RESPOND_TO_MEDIA,
}
# Spelled out here, not read from ROLE_CAPABILITIES: a change to the table must change this.
EXPECTED = {
    Role.COORDINATOR: COORDINATION,
    Role.OFFICER: {caps.REPORT_PROGRESS, caps.SEE_REPORT_REQUESTS, caps.RECORD_ACTIVITIES},
    Role.LEADER: {
        caps.SEE_ALL_PLANS,
        caps.REPORT_PROGRESS,
        caps.SEE_REPORT_REQUESTS,
        caps.READ_SUMMARY_REPORTS,
        caps.RECEIVE_ESCALATIONS,
        caps.APPROVE_BUDGET,
        caps.SEE_ALL_BUDGETS,
        caps.READ_ACTIVITIES,
        caps.SEE_CONFIDENTIAL_ACTIVITIES,
        caps.MONITOR_MEDIA,
    },
    Role.FINANCE: {
        caps.REPORT_PROGRESS,
        caps.REVIEW_BUDGET,
        caps.SEE_REPORT_REQUESTS,
        caps.RECORD_ACTIVITIES,
    },
    Role.PRESS: {
        caps.REPORT_PROGRESS,
        caps.MONITOR_MEDIA,
        caps.MANAGE_MEDIA_SOURCES,
        caps.RESPOND_TO_MEDIA,
        caps.SEE_REPORT_REQUESTS,
        caps.RECORD_ACTIVITIES,
        caps.READ_ACTIVITIES,
    },
    Role.ADMINISTRATOR: COORDINATION | {caps.ADMINISTER_IMPORTS, caps.ADMINISTER_USERS},
}


def test_every_role_and_capability_is_in_the_table():
    assert set(caps.ROLE_CAPABILITIES) == set(Role.values) == set(EXPECTED)
    assert set(caps.BY_NAME.values()) == caps.ALL_CAPABILITIES
    assert all(str(caps.LABELS[c]) for c in caps.ALL_CAPABILITIES)


@pytest.mark.parametrize("role", Role.values)
def test_each_role_grants_exactly_its_capabilities(make_user, role):
    user = make_user("u", role)
    assert user_capabilities(user) == EXPECTED[role]
    for capability in caps.ALL_CAPABILITIES:
        assert has_capability(user, capability) == (capability in EXPECTED[role])


@pytest.mark.parametrize("role", Role.values)
def test_a_main_role_keeps_the_rights_it_had_before_capabilities(make_user, role):
    """The rules as they were written on roles (is_coordinator, has_oversight, import admin)."""
    user = make_user("u", role)
    assert can_manage_plans(user) == (role in {Role.COORDINATOR, Role.ADMINISTRATOR})
    assert can_review_progress(user) == (role in {Role.COORDINATOR, Role.ADMINISTRATOR})
    assert sees_all_plans(user) == (role in {Role.COORDINATOR, Role.LEADER, Role.ADMINISTRATOR})
    assert is_import_admin(user) == (role == Role.ADMINISTRATOR)


def test_a_user_with_two_roles_has_both_sets(make_user, agency_a):
    user = make_user("u", Role.OFFICER, agencies=[agency_a], roles=[(Role.FINANCE, agency_a)])
    assert user_capabilities(user) == EXPECTED[Role.OFFICER] | EXPECTED[Role.FINANCE]
    assert has_capability(user, caps.REVIEW_BUDGET)
    assert capability_agency_ids(user, caps.REVIEW_BUDGET) == {agency_a.pk}
    assert capability_agency_ids(user, caps.REPORT_PROGRESS) is None
    assert capability_agency_ids(user, caps.MONITOR_MEDIA) == frozenset()


def test_an_additional_role_everywhere(make_user, agency_a):
    user = make_user("u", Role.OFFICER, roles=[Role.PRESS, (Role.FINANCE, agency_a)])
    assert capability_agency_ids(user, caps.MONITOR_MEDIA) is None
    user2 = make_user("v", Role.OFFICER, roles=[Role.ADMINISTRATOR])
    assert is_import_admin(user2) and can_manage_plans(user2)


def test_superusers_have_everything_and_anonymous_nothing(db):
    root = User.objects.create_superuser("root", "root@example.vn", "pw", role=Role.OFFICER)
    assert user_capabilities(root) == caps.ALL_CAPABILITIES
    assert capability_agency_ids(root, caps.REVIEW_BUDGET) is None
    for nobody in (AnonymousUser(), None):
        assert user_capabilities(nobody) == frozenset()
        assert not has_capability(nobody, caps.REPORT_PROGRESS)
        assert capability_agency_ids(nobody, caps.REVIEW_BUDGET) == frozenset()


def test_an_unknown_capability_is_an_error(make_user):
    with pytest.raises(ValueError):
        has_capability(make_user("u"), "plans.manges")
    with pytest.raises(UnknownCapability):
        Template("{% if caps.manges_plans %}x{% endif %}").render(
            Context({"caps": Capabilities(None)})
        )


def test_capabilities_are_read_once_per_user_instance(make_user, django_assert_num_queries):
    user = User.objects.get(pk=make_user("u", Role.OFFICER, roles=[Role.PRESS]).pk)
    with django_assert_num_queries(1):
        assert has_capability(user, caps.MONITOR_MEDIA)
        assert not has_capability(user, caps.REVIEW_BUDGET)
        assert caps.MONITOR_MEDIA in user_capabilities(user)
    coordinator = User.objects.get(pk=make_user("c", Role.COORDINATOR).pk)
    with django_assert_num_queries(0):  # the main role decides, no need for the others
        assert has_capability(coordinator, caps.MANAGE_PLANS)


def test_role_grants_are_checked(make_user, agency_a):
    user = make_user("u", Role.OFFICER, roles=[Role.PRESS])
    for grant in (
        RoleGrant(user=user, role=Role.PRESS),  # twice everywhere
        RoleGrant(user=user, role=Role.COORDINATOR, agency=agency_a),  # not per agency
    ):
        with pytest.raises(ValidationError):
            grant.full_clean()
    RoleGrant(user=user, role=Role.PRESS, agency=agency_a).full_clean()


def test_an_officer_who_is_also_a_press_officer_sees_no_other_agencys_restricted_plan(
    client, plans, make_user, agency_b
):
    press = make_user("press_b", Role.OFFICER, agencies=[agency_b], roles=[Role.PRESS])
    press_for_b = make_user("press_b2", Role.OFFICER, agencies=[agency_b], roles=[
        (Role.PRESS, agency_b)
    ])  # fmt: skip
    restricted = plans["restricted"]  # restricted to agency A
    for user in (press, press_for_b):
        assert not visible_plans(user).filter(pk=restricted.pk).exists()
        client.force_login(user)
        assert client.get(reverse("pages:plan", args=[restricted.pk])).status_code == 404
        assert client.get(reverse("pages:plan", args=[plans["internal"].pk])).status_code == 200


def _menu(client, user) -> str:
    client.force_login(user)
    response = client.get(reverse("plans:list"), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response.content.decode()


def test_the_menu_follows_capabilities(client, make_user, agency_a):
    review, upload = reverse("tracking:review_queue"), reverse("importer:upload")
    agency_page = reverse("pages:agency", args=[agency_a.pk])

    officer = make_user("officer", agencies=[agency_a])
    html = _menu(client, officer)
    assert agency_page in html and review not in html and upload not in html

    both = make_user("both", Role.OFFICER, agencies=[agency_a], roles=[Role.COORDINATOR])
    html = _menu(client, both)
    assert agency_page in html and review in html and upload in html

    leader = make_user("leader2", Role.LEADER)
    html = _menu(client, leader)
    assert review not in html and upload not in html

    root = User.objects.create_superuser("root", "root@example.vn", "pw", role=Role.OFFICER)
    html = _menu(client, root)
    assert review in html and upload in html


def test_roles_are_edited_in_the_user_admin_and_audited(client, make_user, agency_a):
    root = User.objects.create_superuser("root", "root@example.vn", "pw", role=Role.ADMINISTRATOR)
    officer = make_user("officer", agencies=[agency_a])
    client.force_login(root)
    url = reverse("admin:accounts_user_change", args=[officer.pk])
    assert client.get(url).status_code == 200
    membership = officer.memberships.get()
    data = {
        "username": officer.username,
        "first_name": "",
        "last_name": "",
        "email": "",
        "is_active": "on",
        "role": Role.OFFICER,
        "full_name": officer.full_name,
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "01/01/2025",
        "date_joined_1": "08:00:00",
        "memberships-TOTAL_FORMS": "1",
        "memberships-INITIAL_FORMS": "1",
        "memberships-0-id": str(membership.pk),
        "memberships-0-user": str(officer.pk),
        "memberships-0-agency": str(agency_a.pk),
        "role_grants-TOTAL_FORMS": "1",
        "role_grants-INITIAL_FORMS": "0",
        "role_grants-0-role": Role.FINANCE,
        "role_grants-0-agency": str(agency_a.pk),
        "role_grants-0-user": str(officer.pk),
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    grant = RoleGrant.objects.get(user=officer)
    assert (grant.role, grant.agency_id) == (Role.FINANCE, agency_a.pk)
    entry = AuditEntry.objects.get(action="rolegrant.created")
    assert entry.actor == root and entry.after["role"] == Role.FINANCE
    assert entry.data == {"via": "admin"}
    assert entry in history_for(officer)  # filed under the user it was edited under
    with translation.override("en"):
        assert entry.action_label == "Additional role: created"

    data |= {
        "role_grants-INITIAL_FORMS": "1",
        "role_grants-0-id": str(grant.pk),
        "role_grants-0-DELETE": "on",
    }
    assert client.post(url, data).status_code == 302
    assert not RoleGrant.objects.exists()
    entry = AuditEntry.objects.get(action="rolegrant.deleted")
    assert entry.target_id == str(grant.pk) and entry.before["agency"] == agency_a.pk
    fresh = User.objects.get(pk=officer.pk)
    assert not has_capability(fresh, caps.REVIEW_BUDGET)
