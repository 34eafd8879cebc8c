"""Budget pages: the permission matrix over every step, the list's scope, the export."""

import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from ttdn.budget import services
from ttdn.budget.models import Estimate, EstimateStatus, Spending

pytestmark = pytest.mark.django_db


def _client(client, user):
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def users(officer_a, officer_b, finance, leader, coordinator, make_user):
    return {
        "anonymous": None,
        "officer_a": officer_a,
        "officer_b": officer_b,
        "finance": finance,
        "leader": leader,
        "coordinator": coordinator,
        "press": make_user("press", "press"),  # no agency: nothing of the budget
    }


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("anonymous", 302),
        ("officer_a", 200),
        ("officer_b", 404),
        ("finance", 200),
        ("leader", 200),
        ("coordinator", 200),
        ("press", 404),
    ],
)
def test_who_sees_an_estimate(client, users, estimate, who, status):
    response = _client(client, users[who]).get(reverse("budget:detail", args=[estimate.pk]))
    assert response.status_code == status
    response = _client(client, users[who]).get(reverse("budget:export", args=[estimate.pk]))
    assert response.status_code == status


@pytest.mark.parametrize(
    ("who", "listed"),
    [
        ("officer_a", True),
        ("officer_b", False),
        ("finance", True),
        ("leader", True),
        ("coordinator", True),
    ],
)
def test_the_list_is_scoped(client, users, estimate, who, listed, django_assert_max_num_queries):
    _client(client, users[who])
    with django_assert_max_num_queries(12):
        response = client.get(reverse("budget:list"))
    assert response.status_code == 200
    assert (reverse("budget:detail", args=[estimate.pk]) in response.text) is listed


def test_the_list_refuses_users_without_budget_access(client, users):
    assert _client(client, users["press"]).get(reverse("budget:list")).status_code == 403


@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", 302), ("officer_a", 302), ("officer_b", 404), ("finance", 403), ("leader", 403)],
)
def test_adding_a_line(client, users, estimate, who, status):
    url = reverse("budget:line_add", args=[estimate.pk])
    data = {
        "description": "Thuê hội trường",
        "quantity": "1",
        "unit_cost": "5.000.000",
        "funding_source": "provincial",
        "version": estimate.version,
    }
    response = _client(client, users[who]).post(url, data)
    assert response.status_code == status
    assert estimate.lines.filter(description="Thuê hội trường").exists() is (
        status == 302 and who != "anonymous"
    )
    if who == "officer_a":
        assert estimate.lines.get(description="Thuê hội trường").amount == 5000000


def test_a_bad_line_shows_the_error(client, officer_a, estimate):
    from django.utils import translation

    client.force_login(officer_a)
    with translation.override("en"):
        response = client.post(
            reverse("budget:line_add", args=[estimate.pk]),
            {
                "description": "<b>x</b>",
                "quantity": "-2",
                "unit_cost": "1",
                "funding_source": "provincial",
                "version": estimate.version,
            },
            HTTP_ACCEPT_LANGUAGE="en",
        )
    assert response.status_code == 400
    assert "không được âm" in response.text  # Vietnamese first, whatever the browser asks


def test_a_line_of_an_approved_estimate_cannot_be_changed_through_the_page(
    client, officer_a, approved
):
    client.force_login(officer_a)
    line = approved.lines.first()
    response = client.post(
        reverse("budget:line_edit", args=[line.pk]),
        {
            "description": "Sửa",
            "quantity": "1",
            "unit_cost": "1",
            "funding_source": "provincial",
            "version": approved.version,
        },
    )
    assert response.status_code == 400
    line.refresh_from_db()
    assert line.description != "Sửa"


@pytest.mark.parametrize(
    ("who", "status", "submitted"),
    [
        ("anonymous", 302, False),
        ("officer_a", 302, True),
        ("officer_b", 404, False),
        ("finance", 403, False),
    ],
)
def test_submitting(client, users, estimate, who, status, submitted):
    response = _client(client, users[who]).post(
        reverse("budget:submit", args=[estimate.pk]), {"version": estimate.version}
    )
    assert response.status_code == status
    estimate.refresh_from_db()
    assert (estimate.status == EstimateStatus.SUBMITTED) is submitted


@pytest.mark.parametrize(
    ("who", "status", "appraised"),
    [
        ("anonymous", 302, False),
        ("officer_a", 403, False),
        ("officer_b", 404, False),
        ("leader", 403, False),
        ("finance", 302, True),
    ],
)
def test_appraising(client, users, estimate, officer_a, who, status, appraised):
    services.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    line = estimate.lines.first()
    response = _client(client, users[who]).post(
        reverse("budget:appraise", args=[estimate.pk]),
        {
            "version": estimate.version,
            f"amount_{line.pk}": "1.000.000",
            f"comment_{line.pk}": "Giảm",
        },
    )
    assert response.status_code == status
    estimate.refresh_from_db()
    assert (estimate.status == EstimateStatus.APPRAISED) is appraised
    if appraised:
        line.refresh_from_db()
        assert line.appraised_amount == 1000000 and line.appraisal_comment == "Giảm"


def test_the_appraisal_form_shows_a_missing_comment(client, finance, estimate, officer_a):
    services.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    line = estimate.lines.first()
    client.force_login(finance)
    page = client.get(reverse("budget:appraise", args=[estimate.pk]))
    assert page.status_code == 200
    response = client.post(
        reverse("budget:appraise", args=[estimate.pk]),
        {"version": estimate.version, f"amount_{line.pk}": "1"},
    )
    assert response.status_code == 400
    assert Estimate.objects.get(pk=estimate.pk).status == EstimateStatus.SUBMITTED


@pytest.fixture
def appraised(estimate, officer_a, finance):
    services.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    services.estimate_appraise(
        actor=finance, estimate=estimate, version=estimate.version, adjustments={}
    )
    return estimate


@pytest.mark.parametrize(
    ("who", "status", "approved"),
    [
        ("anonymous", 302, False),
        ("officer_a", 403, False),
        ("officer_b", 404, False),
        ("finance", 403, False),
        ("coordinator", 403, False),
        ("leader", 302, True),
    ],
)
def test_approving(client, users, appraised, who, status, approved):
    response = _client(client, users[who]).post(
        reverse("budget:approve", args=[appraised.pk]),
        {"version": appraised.version, "comment": ""},
    )
    assert response.status_code == status
    appraised.refresh_from_db()
    assert (appraised.status == EstimateStatus.APPROVED) is approved


@pytest.mark.parametrize(
    ("who", "status", "returned"),
    [
        ("officer_a", 403, False),
        ("officer_b", 404, False),
        ("finance", 403, False),
        ("leader", 302, True),
    ],
)
def test_returning_an_appraised_estimate(client, users, appraised, who, status, returned):
    response = _client(client, users[who]).post(
        reverse("budget:return", args=[appraised.pk]),
        {"version": appraised.version, "comment": "Bổ sung thuyết minh"},
    )
    assert response.status_code == status
    appraised.refresh_from_db()
    assert (appraised.status == EstimateStatus.RETURNED) is returned


def test_a_stale_approval_is_a_conflict_message(client, leader, appraised):
    client.force_login(leader)
    response = client.post(
        reverse("budget:approve", args=[appraised.pk]),
        {"version": appraised.version - 1},
        follow=True,
    )
    assert response.status_code == 200
    appraised.refresh_from_db()
    assert appraised.status == EstimateStatus.APPRAISED


@pytest.mark.parametrize(
    ("who", "status", "recorded"),
    [
        ("anonymous", 302, False),
        ("officer_a", 302, True),
        ("officer_b", 404, False),
        ("finance", 403, False),
        ("leader", 403, False),
    ],
)
def test_recording_spending(client, users, approved, who, status, recorded):
    line = approved.lines.first()
    response = _client(client, users[who]).post(
        reverse("budget:spending_add", args=[line.pk]),
        {"day": "2024-05-02", "amount": "2.500.000", "document_ref": "UNC 12", "note": ""},
    )
    assert response.status_code == status
    assert Spending.objects.filter(line=line, amount=2500000).exists() is recorded


def test_spending_files_are_checked_and_downloaded_through_the_estimate(
    client, officer_a, officer_b, approved
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    line = approved.lines.first()
    client.force_login(officer_a)
    bad = client.post(
        reverse("budget:spending_add", args=[line.pk]),
        {"day": "2024-05-02", "amount": "1000", "files": [SimpleUploadedFile("x.exe", b"MZ")]},
    )
    assert bad.status_code == 400 and not Spending.objects.exists()
    pdf = SimpleUploadedFile("hoa-don.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    ok = client.post(
        reverse("budget:spending_add", args=[line.pk]),
        {"day": "2024-05-02", "amount": "1000", "files": [pdf]},
    )
    assert ok.status_code == 302
    attachment = Spending.objects.get().files.get()
    assert client.get(reverse("budget:spending_file", args=[attachment.pk])).status_code == 200
    client.force_login(officer_b)
    assert client.get(reverse("budget:spending_file", args=[attachment.pk])).status_code == 404


def test_the_export_is_the_finance_layout(client, officer_a, approved):
    client.force_login(officer_a)
    response = client.get(reverse("budget:export", args=[approved.pk]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    flat = [str(v) for row in values for v in row if v is not None]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in flat
    header = next(row for row in values if row[0] in ("No.", "STT"))
    assert len([v for v in header if v]) == 7
    romans = [row[0] for row in values if row[0] in ("I", "II", "III")]
    assert romans == ["I", "II"]
    amounts = [row[5] for row in values if isinstance(row[0], int)]
    assert amounts == [25000000, 12500000]  # the approved amounts
    assert values[-1][5] == 37500000


@pytest.mark.parametrize(
    ("number", "title", "line"),
    [
        (
            "245/KH-UBND",
            "Kế hoạch thông tin đối ngoại năm 2024",
            "Thực hiện Kế hoạch 245/KH-UBND năm 2024",
        ),
        (
            "",
            "Kế hoạch thông tin đối ngoại năm 2024",
            "Thực hiện Kế hoạch thông tin đối ngoại năm 2024",
        ),
        ("", "Kế hoạch tuyên truyền biển đảo", "Thực hiện Kế hoạch tuyên truyền biển đảo năm 2024"),
    ],
)
def test_the_export_names_the_plan_once(client, officer_a, estimate, number, title, line):
    """A plan without a number is named by its title, which already says "Kế hoạch" and
    often its year: the line under the heading repeats neither."""
    type(estimate.plan).objects.filter(pk=estimate.plan_id).update(number=number, title=title)
    client.force_login(officer_a)
    with translation.override("vi"):
        response = client.get(reverse("budget:export", args=[estimate.pk]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["A5"].value == line


def test_the_export_keeps_formulas_out(client, officer_a, estimate):
    services.line_add(
        actor=officer_a,
        estimate=estimate,
        version=estimate.version,
        data=services.LineData(description='=HYPERLINK("http://x")', unit_cost=1),
    )
    client.force_login(officer_a)
    sheet = load_workbook(
        io.BytesIO(client.get(reverse("budget:export", args=[estimate.pk])).content)
    ).active
    texts = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert '\'=HYPERLINK("http://x")' in texts


def test_html_in_text_is_escaped_on_the_page(client, officer_a, estimate):
    services.line_add(
        actor=officer_a,
        estimate=estimate,
        version=estimate.version,
        data=services.LineData(description="<script>alert(1)</script>", unit_cost=1),
    )
    client.force_login(officer_a)
    page = client.get(reverse("budget:detail", args=[estimate.pk])).text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_totals_by_agency_group_and_plan(client, leader, officer_b, approved, officer_a):
    line = approved.lines.order_by("order").first()
    services.spending_record(actor=officer_a, line=line, day=dt.date(2024, 5, 1), amount="5000000")
    client.force_login(leader)
    response = client.get(reverse("budget:totals"), {"year": "2024"})
    assert response.status_code == 200
    totals = response.context["totals"]
    assert totals.total.approved == 37500000 and totals.total.spent == 5000000
    assert [row.key for row in totals.by_group] == ["training", "promotion"]
    assert totals.by_plan[0].approved == 37500000
    assert "37.500.000 ₫" in response.text
    client.force_login(officer_b)
    assert (
        client.get(reverse("budget:totals"), {"year": "2024"}).context["totals"].total.approved == 0
    )


def test_the_whole_workflow_through_the_pages(client, officer_a, finance, leader, plan, agency_a):
    client.force_login(officer_a)
    response = client.post(
        reverse("budget:create"), {"plan": plan.pk, "agency": agency_a.pk, "year": 2024}
    )
    estimate = Estimate.objects.get()
    assert response.url == reverse("budget:detail", args=[estimate.pk])
    client.post(
        reverse("budget:line_add", args=[estimate.pk]),
        {
            "description": "Tọa đàm",
            "quantity": "1",
            "unit_cost": "3000000",
            "funding_source": "central",
            "version": 1,
        },
    )
    estimate.refresh_from_db()
    client.post(reverse("budget:submit", args=[estimate.pk]), {"version": estimate.version})
    client.force_login(finance)
    estimate.refresh_from_db()
    client.post(reverse("budget:appraise", args=[estimate.pk]), {"version": estimate.version})
    client.force_login(leader)
    estimate.refresh_from_db()
    client.post(reverse("budget:approve", args=[estimate.pk]), {"version": estimate.version})
    estimate.refresh_from_db()
    assert estimate.status == EstimateStatus.APPROVED
    client.force_login(officer_a)
    page = client.get(reverse("budget:detail", args=[estimate.pk]))
    assert "3.000.000 ₫" in page.text
    revised = client.post(reverse("budget:revise", args=[estimate.pk]))
    assert Estimate.objects.filter(previous=estimate, revision=2).exists()
    assert revised.status_code == 302


def test_the_forms_render(client, officer_a, approved):
    client.force_login(officer_a)
    line = approved.lines.first()
    assert client.get(reverse("budget:spending_add", args=[line.pk])).status_code == 200
    assert client.get(reverse("budget:create")).status_code == 200
    revision = services.estimate_revise(actor=officer_a, estimate=approved)
    assert client.get(reverse("budget:line_add", args=[revision.pk])).status_code == 200
    partial = client.get(reverse("budget:line_add", args=[revision.pk]), HTTP_HX_REQUEST="true")
    assert partial.status_code == 200 and "<html" not in partial.text
    copied = revision.lines.first()
    page = client.get(reverse("budget:line_edit", args=[copied.pk]))
    assert page.status_code == 200 and copied.description in page.text
    detail = client.get(reverse("budget:detail", args=[approved.pk]))
    assert "Record spending" in detail.text or "Ghi nhận khoản chi" in detail.text


@pytest.mark.parametrize(
    ("who", "edit", "delete", "revise"),
    [
        ("anonymous", 302, 302, 302),
        ("officer_b", 404, 404, 404),
        ("finance", 403, 403, 403),
        ("leader", 403, 403, 403),
    ],
)
def test_line_changes_and_revisions_are_the_agencys_alone(
    client, users, approved, who, edit, delete, revise
):
    line = approved.lines.first()
    c = _client(client, users[who])
    assert c.get(reverse("budget:line_edit", args=[line.pk])).status_code == edit
    response = c.post(reverse("budget:line_delete", args=[line.pk]), {"version": approved.version})
    assert response.status_code == delete
    assert c.post(reverse("budget:revise", args=[approved.pk])).status_code == revise
    assert approved.lines.filter(pk=line.pk).exists()
    assert not Estimate.objects.filter(previous=approved).exists()


def test_creating_an_estimate_for_another_agency_is_refused(client, officer_a, plan, agency_b):
    client.force_login(officer_a)
    response = client.post(
        reverse("budget:create"), {"plan": plan.pk, "agency": agency_b.pk, "year": 2024}
    )
    assert response.status_code == 400
    assert not Estimate.objects.exists()


def test_the_page_marks_a_line_spent_beyond_its_approved_amount(client, officer_a, approved):
    """The page, the API and the spending's warning read one rule
    (``EstimateLine.exceeds_approved``): exactly the approved amount is not over it."""
    line = approved.lines.order_by("order").first()  # approved 25.000.000
    services.spending_record(actor=officer_a, line=line, day=dt.date(2024, 3, 1), amount="25000000")
    client.force_login(officer_a)
    page = client.get(reverse("budget:detail", args=[approved.pk])).content.decode()
    assert "Vượt số được duyệt" not in page  # the page speaks Vietnamese
    services.spending_record(actor=officer_a, line=line, day=dt.date(2024, 3, 2), amount="1")
    page = client.get(reverse("budget:detail", args=[approved.pk])).content.decode()
    assert page.count("Vượt số được duyệt") == 1  # that line only


def test_the_appraisal_comment_reads_with_its_line_and_a_reader_gets_no_empty_column(
    client, officer_a, finance, approved
):
    """The comment sits under the line's content (in the amount's column it widened the
    column over the page); the actions column is there only for someone who may act."""
    import re

    client.force_login(finance)
    page = client.get(reverse("budget:detail", args=[approved.pk])).content.decode()
    header = re.search(r"<thead><tr>(.*?)</tr></thead>", page).group(1)
    assert header.count("<th") == 9 and "<th></th>" not in header
    first_row = re.search(r"<tr><td>1</td><td>(.*?)</td>", page, re.S).group(1)
    assert "Ý kiến thẩm định" in first_row and "Chỉ duyệt 25 triệu" in first_row
    client.force_login(officer_a)  # records the spending: the column is back
    page = client.get(reverse("budget:detail", args=[approved.pk])).content.decode()
    header = re.search(r"<thead><tr>(.*?)</tr></thead>", page).group(1)
    assert header.count("<th") == 10
