"""The agency's report, the summary report and the agency page read the same figures."""

import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ttdn.reports.figures import figure_scope, reported_figures
from ttdn.reports.periods import period_parse
from ttdn.submissions import services as submissions

pytestmark = pytest.mark.django_db


def test_the_agencys_report_is_prefilled_with_its_activities(
    training, plan, coordinator, agency_a, agency_b
):
    with time_machine.travel(dt.datetime(2024, 4, 1, 9, tzinfo=dt.UTC)):
        request = submissions.request_create_adhoc(
            actor=coordinator,
            plan=plan,
            title="Báo cáo quý I",
            deadline=dt.date(2024, 4, 5),
            period_start=dt.date(2024, 1, 1),
            period_end=dt.date(2024, 3, 31),
            agencies=[agency_a, agency_b],
        )
    mine = request.submissions.get(agency=agency_a)
    figures = submissions.submission_initial_figures(mine)
    assert figures["Training attendees"] == 30
    assert figures["Training courses"] == 1
    other = request.submissions.get(agency=agency_b)
    assert "Training attendees" not in submissions.submission_initial_figures(other)


def test_the_summary_report_lists_the_activities_figures(training, plan):
    lines = reported_figures(figure_scope(plan, period_parse("2024")))
    activities = {line.name: line.value for line in lines if line.source == "activities"}
    assert activities["Training attendees"] == 30
    q2 = reported_figures(figure_scope(plan, period_parse("2024-Q2")))
    assert not [line for line in q2 if line.source == "activities"]


@pytest.mark.parametrize(
    ("who", "shown"), [("officer_a", True), ("officer_b", False), ("leader", True)]
)
def test_the_agency_page_shows_its_indicators(client, request, training, agency_a, who, shown):
    """The page holds the section, counted by its own request after the page (htmx)."""
    client.force_login(request.getfixturevalue(who))
    section = reverse("pages:agency_indicators", args=[agency_a.pk])
    with time_machine.travel(dt.datetime(2024, 6, 1, 9, tzinfo=dt.UTC)):
        response = client.get(reverse("pages:agency", args=[agency_a.pk]))
        partial = client.get(section, headers={"HX-Request": "true"})
        direct = client.get(section)
    assert response.status_code == 200
    assert ('id="indicators"' in response.text) is shown
    assert (f'hx-get="{section}"' in response.text) is shown
    assert 'data-code="trainings.attendees"' not in response.text  # not counted with the page
    if not shown:
        assert partial.status_code == direct.status_code == 404
        return
    assert partial.status_code == 200
    row = partial.text.split('data-code="trainings.attendees"')[1].split("</tr>")[0]
    assert ">30<" in row
    assert f"agency={agency_a.pk}" in partial.text
    # Without htmx, the address leads to the dashboard of the same figures.
    assert direct.status_code == 302
    assert (
        direct["Location"] == f"{reverse('indicators:dashboard')}?period=2024&agency={agency_a.pk}"
    )


def test_the_agency_page_no_longer_counts_the_indicators(client, officer_a, agency_a, training):
    """The page's queries do not grow with the indicators; the section's are its own."""
    client.force_login(officer_a)
    url = reverse("pages:agency", args=[agency_a.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as page:
        client.get(url)
    assert not [
        q
        for q in page.captured_queries
        if "activities_activity" in q["sql"] and "GROUP BY" in q["sql"]
    ]
    with CaptureQueriesContext(connection) as section:
        client.get(
            reverse("pages:agency_indicators", args=[agency_a.pk]), headers={"HX-Request": "true"}
        )
    assert [q for q in section.captured_queries if "GROUP BY" in q["sql"]]
