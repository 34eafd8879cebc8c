"""``GET /api/v1/indicators``: the dashboard's scope and exactly ``indicators_for``'s figures."""

import pytest
from django.urls import reverse
from django.utils import translation

from ttdn.indicators.selectors import indicators_for

pytestmark = pytest.mark.django_db
API = "/api/v1/indicators"


def as_user(client, user):
    client.logout()
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    if user is not None:
        client.force_login(user)
    return client


def test_the_figures_are_those_of_the_indicator_page(client, coordinator, training, agency_a, plan):
    as_user(client, coordinator)
    query = {"period": "2024", "agency": agency_a.pk, "plan": plan.pk}
    response = client.get(API, query)
    assert response.status_code == 200
    body = response.json()
    assert body["scope"] == {
        "period": "2024",
        "start": "2024-01-01",
        "end": "2024-12-31",
        "unit_id": None,
        "agency_ids": [agency_a.pk],
        "plan_id": plan.pk,
    }
    page = client.get(reverse("indicators:dashboard"), query)
    shown = page.context["choice"].scope
    with translation.override("en"):  # the labels in the language the API answered in
        expected = [i.as_json() for i in indicators_for(shown)]
    assert body["indicators"] == expected
    figures = {i["code"]: i for i in body["indicators"]}
    assert figures["trainings.attendees"]["value"] == 30
    assert figures["trainings.attendees"]["breakdown"]["month"]["2024-03"] == 30
    assert figures["trainings.attendees"]["breakdown"]["agency"] == {str(agency_a.pk): 30}
    assert figures["tasks.total"]["value"] == 2
    assert isinstance(figures["budget.approved"]["value"], str)  # money: a string of đồng


@pytest.mark.parametrize(
    ("who", "status"), [(None, 401), ("officer_a", 200), ("leader", 200), ("press", 403)]
)
def test_who_reads_the_indicators(client, request, make_user, training, who, status):
    if who == "press":
        user = make_user("press", "press")
    else:
        user = request.getfixturevalue(who) if who else None
    response = as_user(client, user).get(API, {"period": "2024"})
    assert response.status_code == status
    if status == 200:
        figures = {i["code"]: i["value"] for i in response.json()["indicators"]}
        assert figures["trainings.attendees"] == 30


def test_an_officer_reads_only_their_agencies(client, officer_b, agency_a, training):
    as_user(client, officer_b)
    assert client.get(API, {"period": "2024", "agency": agency_a.pk}).status_code == 404
    response = client.get(API, {"period": "2024"})
    figures = {i["code"]: i["value"] for i in response.json()["indicators"]}
    assert figures["trainings.attendees"] == 0
    assert response.json()["scope"]["agency_ids"] == sorted(officer_b.agency_ids())


def test_a_hidden_plan_is_a_404_and_a_bad_period_a_422(client, officer_b, make_plan):
    hidden = make_plan(visibility="restricted", status="in_progress")
    as_user(client, officer_b)
    assert client.get(API, {"plan": hidden.pk}).status_code == 404
    response = client.get(API, {"period": "2024-Q7"})
    assert response.status_code == 422
    assert "is not a reporting period" in response.json()["errors"]["period"][0]
