"""The summary report pages and downloads, as each role: coordinator (writes), leader
(reads), agency officers (never see them: 404), anonymous (to the login page)."""

from __future__ import annotations

import io

import docx
import pytest
from django.urls import reverse

from ttdn.reports import services
from ttdn.reports.models import SummaryReport
from ttdn.reports.tests.conftest import TODAY

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_libreoffice(monkeypatch):
    fake = lambda content, docx=None: b"%PDF-1.4 test"  # noqa: E731
    monkeypatch.setattr(services, "report_pdf", fake)
    monkeypatch.setattr("ttdn.reports.views.report_pdf", fake)


@pytest.fixture
def report(report_plan, coordinator):
    return services.report_create(
        actor=coordinator, plan=report_plan.plan, period="2018", today=TODAY
    )


@pytest.fixture
def issued(report, coordinator):
    services.report_issue(actor=coordinator, report=report, expected_version=report.version)
    report.refresh_from_db()
    return report


def urls(report) -> list[str]:
    return [
        reverse("reports:list"),
        reverse("reports:detail", args=[report.pk]),
        reverse("reports:draft", args=[report.pk, "docx"]),
        reverse("reports:draft", args=[report.pk, "xlsx"]),
        reverse("reports:draft", args=[report.pk, "pdf"]),
        reverse("reports:version_file", args=[report.pk, 1, "docx"]),
        reverse("reports:version_file", args=[report.pk, 1, "pdf"]),
        reverse("reports:version_file", args=[report.pk, 1, "xlsx"]),
    ]


def post_urls(report) -> list[str]:
    return [
        reverse("reports:start"),
        reverse("reports:edit", args=[report.pk]),
        reverse("reports:refill", args=[report.pk]),
        reverse("reports:issue", args=[report.pk]),
    ]


@pytest.mark.parametrize("who", ["coordinator", "leader"])
def test_coordinator_and_leader_read_every_page_and_file(client, issued, who, request):
    client.force_login(request.getfixturevalue(who))
    for url in urls(issued):
        response = client.get(url)
        assert response.status_code == 200, url


@pytest.mark.parametrize("who", ["officer_a", "officer_b"])
def test_agency_officers_do_not_see_reports_at_all(client, issued, who, request):
    """The report holds every agency's reasons and the internal review: not theirs."""
    client.force_login(request.getfixturevalue(who))
    for url in urls(issued):
        assert client.get(url).status_code == 404, url
    for url in post_urls(issued):
        assert client.post(url, {"version": issued.version}).status_code in (403, 404), url
    page = client.get(reverse("home"))
    assert reverse("reports:list") not in page.content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client, issued):
    for url in urls(issued) + post_urls(issued):
        response = client.post(url) if url in post_urls(issued) else client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url


def test_a_leader_reads_but_cannot_write(client, issued, leader):
    client.force_login(leader)
    page = client.get(reverse("reports:detail", args=[issued.pk])).content.decode()
    assert reverse("reports:edit", args=[issued.pk]) not in page
    for url in post_urls(issued):
        assert client.post(url, {"version": issued.version}).status_code == 403, url
    assert SummaryReport.objects.get().versions.count() == 1


def test_a_report_on_a_plan_the_user_cannot_see_is_a_404(
    client, coordinator, leader, make_plan, agency_b
):
    plan = make_plan(
        visibility="restricted", restricted_to=[agency_b], year=2018, status="in_progress"
    )
    report = services.report_create(actor=coordinator, plan=plan, period="2018", today=TODAY)
    other = SummaryReport.objects.get(pk=report.pk)
    client.force_login(leader)  # leaders see every plan
    assert client.get(reverse("reports:detail", args=[other.pk])).status_code == 200
    assert client.get(reverse("reports:detail", args=[999999])).status_code == 404
    assert (
        client.get(reverse("reports:version_file", args=[other.pk, 9, "docx"])).status_code == 404
    )
    assert client.get(reverse("reports:draft", args=[other.pk, "exe"])).status_code == 404


def test_the_coordinator_starts_edits_and_issues_a_report(client, coordinator, report_plan):
    client.force_login(coordinator)
    response = client.post(
        reverse("reports:start"),
        {"plan": report_plan.plan.pk, "period": "2018-Q3", "include_lower_levels": "on"},
    )
    report = SummaryReport.objects.get(period="2018-Q3")
    assert response.status_code == 302 and response["Location"] == reverse(
        "reports:detail", args=[report.pk]
    )
    page = client.get(response["Location"])
    assert page.status_code == 200
    data = {
        name: getattr(report, name) or ""
        for name in page.context["edit_form"].fields
        if name != "version"
    }
    data.update(
        {
            "version": report.version,
            "number": "77",
            "proposals": "Đề nghị hỗ trợ.",
            "include_lower_levels": "on",
        }
    )
    data["date"] = ""
    response = client.post(reverse("reports:edit", args=[report.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    report.refresh_from_db()
    assert (report.number, report.proposals) == ("77", "Đề nghị hỗ trợ.")
    stale = client.post(reverse("reports:edit", args=[report.pk]), {**data, "version": 1})
    assert stale.status_code == 302  # back to the page with the conflict message
    report.refresh_from_db()
    response = client.post(
        reverse("reports:issue", args=[report.pk]),
        {"version": report.version, "date": "2018-10-05"},
    )
    assert response.status_code == 302
    version = report.versions.get()
    download = client.get(reverse("reports:version_file", args=[report.pk, version.number, "docx"]))
    assert "attachment" in download["Content-Disposition"]
    document = docx.Document(io.BytesIO(b"".join(download.streaming_content)))
    right = [p.text for p in document.tables[0].cell(0, 1).paragraphs if p.text.strip()]
    assert right[-1] == "Đồng Nai, ngày 05 tháng 10 năm 2018"


def test_bad_input_is_a_clear_error_not_a_500(client, coordinator, report_plan, report):
    client.force_login(coordinator)
    response = client.post(
        reverse("reports:start"), {"plan": report_plan.plan.pk, "period": "2018-Q9"}
    )
    assert response.status_code == 400
    assert response.context["form"].errors["period"]
    response = client.post(reverse("reports:start"), {"plan": "abc", "period": "2018"})
    assert response.status_code == 400
    response = client.post(reverse("reports:issue", args=[report.pk]), {"version": "x"})
    assert response.status_code == 400
    response = client.post(
        reverse("reports:refill", args=[report.pk]),
        {"version": report.version, "fields_to_fill": ["number"]},
    )
    assert response.status_code == 400


def test_the_draft_download_names_its_file_with_django_headers(client, coordinator, report):
    client.force_login(coordinator)
    response = client.get(reverse("reports:draft", args=[report.pk, "xlsx"]))
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-2018-du-thao.xlsx"'


def test_the_list_page_takes_a_bounded_number_of_queries(
    client, coordinator, report, django_assert_max_num_queries
):
    client.force_login(coordinator)
    with django_assert_max_num_queries(15):
        assert client.get(reverse("reports:list")).status_code == 200
