import io
import re

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from ttdn.plans.models import Plan, Task
from ttdn.plans.services import AgencyRef, TaskData, task_create


@pytest.fixture
def coord_client(client, coordinator):
    client.force_login(coordinator)
    return client


def test_invalid_plan_form_shows_translated_errors_and_writes_nothing(coord_client):
    with translation.override("vi"):
        response = coord_client.post(
            reverse("plans:create"),
            {
                "title": "",
                "period_start": 2020,
                "period_end": 2019,
                "level": "province",
                "visibility": "internal",
                "legal_bases": "không phải căn cứ",
            },
            HTTP_ACCEPT_LANGUAGE="vi",
        )
    assert response.status_code == 200
    form = response.context["form"]
    assert {"title", "period_end", "legal_bases"} <= set(form.errors)
    assert not Plan.objects.exists()
    assert 'class="form-row has-error"' in response.content.decode()


def test_restricted_plan_needs_named_agencies(coord_client):
    response = coord_client.post(
        reverse("plans:create"),
        {
            "title": "Kế hoạch mật",
            "period_start": 2024,
            "level": "province",
            "visibility": "restricted",
        },
    )
    assert "restricted_to" in response.context["form"].errors
    assert not Plan.objects.exists()


def test_coordinator_creates_plan_with_legal_bases(coord_client):
    response = coord_client.post(
        reverse("plans:create"),
        {
            "title": "Kế hoạch thông tin đối ngoại năm 2025",
            "number": "45/KH-UBND",
            "issued_date": "15/01/2025",
            "period_start": 2025,
            "level": "province",
            "visibility": "public",
            "legal_bases": "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015\nKết luận số 57- KL/TW ngày 15/6/2023",
        },
    )
    plan = Plan.objects.get()
    assert response.status_code == 302
    assert plan.issued_date.isoformat() == "2025-01-15"
    assert sorted(plan.legal_bases.values_list("identifier", flat=True)) == [
        "57-KL/TW",
        "72/2015/NĐ-CP",
    ]


def test_task_deadline_outside_plan_period_is_refused(coord_client, make_plan, agency_a):
    plan = make_plan(year=2024, tasks=0)
    response = coord_client.post(
        reverse("plans:task_create", args=[plan.pk]),
        {
            "text": "Tổ chức họp báo",
            "group": "spokesperson",
            "leads": [agency_a.pk],
            "timeframe_text": "trước ngày 15/12/2026",
        },
    )
    assert "timeframe_text" in response.context["form"].errors
    assert not plan.tasks.exists()


def test_task_without_lead_is_refused(coord_client, make_plan):
    plan = make_plan(tasks=0)
    response = coord_client.post(
        reverse("plans:task_create", args=[plan.pk]),
        {"text": "Tổ chức họp báo", "group": "spokesperson", "timeframe_text": "Quý III"},
    )
    assert "leads" in response.context["form"].errors
    assert not plan.tasks.exists()


def test_html_in_task_text_is_shown_escaped(coord_client, make_plan, coordinator, agency_a):
    plan = make_plan(tasks=0)
    task = task_create(
        actor=coordinator,
        plan=plan,
        data=TaskData(
            text='<script>alert("x")</script><b>đậm</b>', leads=[AgencyRef(agency=agency_a)]
        ),
    )
    for url in (
        reverse("pages:plan", args=[plan.pk]),
        reverse("pages:task", args=[task.pk]),
    ):
        body = coord_client.get(url).content.decode()
        assert '<script>alert("x")</script>' not in body
        # Django writes a quote as &quot;, Jinja2 (the plan page's annex) as &#34;.
        quote = "(&quot;|&#34;)"
        assert re.search(f"&lt;script&gt;alert\\({quote}x{quote}\\)&lt;/script&gt;", body)


def test_second_editor_gets_a_conflict_message(client, coordinator, make_plan, agency_a):
    task = make_plan().tasks.get()
    client.force_login(coordinator)
    url = reverse("plans:task_edit", args=[task.pk])
    stale_version = task.version
    base = {
        "group": "training",
        "leads": [agency_a.pk],
        "timeframe_text": "Quý III",
        "version": stale_version,
    }
    first = client.post(url, {**base, "text": "Sửa lần một"})
    assert first.status_code == 302
    second = client.post(url, {**base, "text": "Sửa lần hai"})
    assert second.status_code == 200
    assert second.context["form"].non_field_errors()
    assert Task.objects.get(pk=task.pk).text == "Sửa lần một"


def test_export_is_the_annex_layout_and_safe_against_formulas(
    coord_client, make_plan, coordinator, agency_a
):
    plan = make_plan(tasks=0, number="12773/KH-UBND")
    task_create(
        actor=coordinator,
        plan=plan,
        data=TaskData(
            text='=HYPERLINK("http://evil.example","bấm vào")',
            leads=[AgencyRef(agency=agency_a)],
            timeframe_text="Quý II, III",
            row_label="01",
        ),
    )
    task_create(
        actor=coordinator,
        plan=plan,
        data=TaskData(
            text="@SUM(1+1)",
            leads=[AgencyRef(as_written="+cmd|' /C calc'!A0")],
            timeframe_text="Cả năm",
        ),
    )
    response = coord_client.get(reverse("pages:plan_export", args=[plan.pk]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    ws = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[0] in ("STT", "No."))
    data = rows[header + 1 :]
    assert data[0][0] == "01" and data[0][4] == "Quý II, III"
    assert data[0][1] == '\'=HYPERLINK("http://evil.example","bấm vào")'
    assert data[1][1] == "'@SUM(1+1)"
    assert data[1][2].startswith("'+cmd")
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f"


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("page", ["detail", "list", "task_list", "home", "agency"])
def test_list_pages_do_not_grow_queries_with_rows(client, coordinator, make_plan, agency_a, page):
    client.force_login(coordinator)
    # Plans in progress with monthly deadlines, so the home page lists their tasks.
    year = timezone.localdate().year
    timeframe = "Hàng tháng"
    small = make_plan(tasks=2, year=year, timeframe=timeframe, status="in_progress")
    urls = {
        "detail": lambda p: reverse("pages:plan", args=[p.pk]),
        "list": lambda p: reverse("plans:list"),
        "task_list": lambda p: reverse("plans:task_list"),
        "home": lambda p: reverse("home"),
        "agency": lambda p: reverse("pages:agency", args=[agency_a.pk]),
    }
    before = _count_queries(client, urls[page](small))
    big = make_plan(tasks=25, year=year, timeframe=timeframe, status="in_progress")
    make_plan(tasks=5, year=year - 1, timeframe=timeframe, status="in_progress")
    if page == "home":
        assert "Tổ chức tập huấn nghiệp vụ" in client.get(reverse("home")).content.decode()
    after = _count_queries(client, urls[page](big))
    assert after == before


def test_history_reads_as_words_not_codes(coord_client, make_plan, coordinator):
    from ttdn.plans.services import plan_transition

    plan = make_plan()
    plan_transition(actor=coordinator, plan=plan, to_status="issued")
    with translation.override("vi"):
        body = coord_client.get(reverse("plans:history", args=[plan.pk])).content.decode()
    assert "plan.status_changed" not in body
    assert "Đã ban hành" in body  # the status, as its label
    assert "in_progress" not in body and ">issued<" not in body


def test_officer_home_shows_own_agency_open_work_only(
    client, officer_a, officer_b, make_plan, coordinator
):
    year = timezone.localdate().year
    mine = make_plan(
        year=year, timeframe="Hàng tháng", status="in_progress", title="Kế hoạch đang thực hiện"
    )
    draft = make_plan(year=year - 1, timeframe="Quý II", status="draft", title="Kế hoạch dự thảo")
    task = mine.tasks.get()
    client.force_login(officer_a)
    board = client.get(reverse("home")).context["board"]
    shown = {row.url for row in [*board.due_soon, *board.late]}
    assert reverse("pages:task", args=[task.pk]) in shown
    assert reverse("pages:task", args=[draft.tasks.get().pk]) not in shown
    assert board.pending_reviews is None
    client.force_login(officer_b)
    board = client.get(reverse("home")).context["board"]
    assert board.due_soon == [] and board.late == []
