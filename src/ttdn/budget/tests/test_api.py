"""The budget's API: estimates, lines, spending and totals with the pages' access rules."""

import pytest

from ttdn.audit.models import AuditEntry
from ttdn.budget.models import Spending

API = "/api/v1"


def as_user(client, user):
    client.logout()
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    if user is not None:
        client.force_login(user)
    return client


def post(client, url, data):
    return client.post(url, data, content_type="application/json")


@pytest.fixture
def finance_b(make_user, agency_b):
    """A finance reviewer of agency B only."""
    return make_user("finance_b", "officer", agencies=[agency_b], roles=[("finance", agency_b)])


# Who sees agency A's estimate: its officers, the province's finance reviewer, leaders
# (APPROVE_BUDGET) and coordinators (SEE_ALL_BUDGETS); not agency B's officers nor B's
# finance reviewer ("not yours" is a 404).
@pytest.mark.parametrize(
    ("who", "status", "may_edit", "may_approve"),
    [
        ("officer_a", 200, True, False),
        ("finance", 200, False, False),
        ("leader", 200, False, True),
        ("coordinator", 200, False, False),
        ("officer_b", 404, None, None),
        ("finance_b", 404, None, None),
        (None, 401, None, None),
    ],
)
def test_reading_an_estimate(client, request, approved, who, status, may_edit, may_approve):
    user = request.getfixturevalue(who) if who else None
    response = as_user(client, user).get(f"{API}/budget/estimates/{approved.pk}")
    assert response.status_code == status
    if status != 200:
        return
    body = response.json()
    assert body["status"] == "approved"
    assert body["may_edit"] is may_edit and body["may_approve"] is may_approve
    first, second = body["lines"]
    assert first["amount"] == "30000000"
    assert first["appraised_amount"] == "25000000"
    assert first["approved_amount"] == "25000000"
    assert second["approved_amount"] == "12500000"
    assert body["approved"] == "37500000"
    assert body["requested"] == "42500000"


@pytest.mark.parametrize(
    ("who", "count"),
    [("officer_a", 1), ("officer_b", 0), ("finance_b", 0), ("leader", 1), ("coordinator", 1)],
)
def test_listing_estimates(client, request, approved, who, count):
    response = as_user(client, request.getfixturevalue(who)).get(f"{API}/budget/estimates")
    assert response.status_code == 200
    assert response.json()["count"] == count


def test_the_list_filters(client, approved, coordinator, plan):
    as_user(client, coordinator)
    assert client.get(f"{API}/budget/estimates?year=2024&status=approved").json()["count"] == 1
    assert client.get(f"{API}/budget/estimates?status=draft").json()["count"] == 0
    assert client.get(f"{API}/budget/estimates?plan={plan.pk}").json()["count"] == 1
    assert client.get(f"{API}/budget/estimates?status=paid").status_code == 422


def test_someone_without_budget_access_gets_a_403(client, make_user, approved):
    reader = make_user("reader", "officer")  # of no agency
    as_user(client, reader)
    assert client.get(f"{API}/budget/estimates").status_code == 403
    assert client.get(f"{API}/budget/totals").status_code == 403


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("officer_a", 201),
        ("finance", 403),
        ("leader", 403),
        ("coordinator", 403),
        ("officer_b", 404),
    ],
)
def test_recording_spending(client, request, approved, who, status):
    line = approved.lines.order_by("order").first()
    response = post(
        as_user(client, request.getfixturevalue(who)),
        f"{API}/budget/lines/{line.pk}/spendings",
        {"day": "2024-05-02", "amount": 12000000, "document_ref": "UNC 15/2024"},
    )
    assert response.status_code == status, response.json()
    assert Spending.objects.count() == (1 if status == 201 else 0)
    if status == 201:
        assert response.json()["amount"] == "12000000"
        assert response.json()["warning"] == ""
        assert AuditEntry.objects.filter(action="budget.spending_recorded").count() == 1


def test_spending_over_the_approved_amount_is_recorded_with_a_warning(client, officer_a, approved):
    line = approved.lines.order_by("order").first()
    url = f"{API}/budget/lines/{line.pk}/spendings"
    response = post(as_user(client, officer_a), url, {"day": "2024-05-02", "amount": "26000000"})
    assert response.status_code == 201
    assert "over its approved 25.000.000 ₫ by 1.000.000 ₫" in response.json()["warning"]
    estimate = client.get(f"{API}/budget/estimates/{approved.pk}").json()
    assert estimate["lines"][0]["spent"] == "26000000"
    assert estimate["lines"][0]["over_approved"] is True
    listed = client.get(f"{API}/budget/estimates/{approved.pk}/spendings").json()
    assert [s["amount"] for s in listed["items"]] == ["26000000"]


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"day": "2024-05-02", "amount": -5}, "amount", "The amount cannot be negative."),
        ({"day": "2024-05-02", "amount": 0}, "amount", "The amount must be more than 0 ₫."),
        (
            {"day": "2024-05-02", "amount": "10" * 10},
            "amount",
            "The amount is too large: at most 999.999.999.999.999.999 ₫.",
        ),
        (
            {"day": "2024-05-02", "amount": "1,5"},
            "amount",
            "Write the amount in đồng, e.g. 1.500.000.",
        ),
        ({"day": "02/05/2024", "amount": 5}, "day", "Enter a valid date."),
        (
            {"day": "2999-01-01", "amount": 5},
            "day",
            "The day of the spending cannot be in the future.",
        ),
        ({"day": "2024-05-02", "amount": 5.5}, "amount", None),
    ],
)
def test_bad_spending_is_a_422(client, officer_a, approved, body, field, message):
    line = approved.lines.order_by("order").first()
    response = post(as_user(client, officer_a), f"{API}/budget/lines/{line.pk}/spendings", body)
    assert response.status_code == 422, response.json()
    if message:
        assert response.json()["errors"][field] == [message]
    else:
        assert field in response.json()["errors"]
    assert not Spending.objects.exists()


def test_no_spending_on_a_draft(client, officer_a, estimate):
    line = estimate.lines.first()
    response = post(
        as_user(client, officer_a),
        f"{API}/budget/lines/{line.pk}/spendings",
        {"day": "2024-05-02", "amount": 1000},
    )
    assert response.status_code == 422
    assert response.json()["errors"]["__all__"] == [
        "Spending is recorded only against lines of the approved estimate in force."
    ]


def test_totals(client, officer_a, coordinator, approved, agency_a):
    line = approved.lines.order_by("order").first()
    post(
        as_user(client, officer_a),
        f"{API}/budget/lines/{line.pk}/spendings",
        {"day": "2024-05-02", "amount": 5000000},
    )
    response = as_user(client, coordinator).get(f"{API}/budget/totals?year=2024")
    assert response.status_code == 200
    totals = response.json()
    assert totals["total"]["approved"] == "37500000"
    assert totals["total"]["spent"] == "5000000"
    assert totals["total"]["remaining"] == "32500000"
    assert [row["key"] for row in totals["by_agency"]] == [str(agency_a.pk)]
    assert client.get(f"{API}/budget/totals?year=2023").json()["total"]["approved"] == "0"
    assert client.get(f"{API}/budget/totals?year=1800").status_code == 422
    assert client.get(f"{API}/budget/totals").json()["year"] == 2024
