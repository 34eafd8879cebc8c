"""What a public plan's pages show to visitors who are not logged in, by the plan's
``public_shows`` setting; signed-in accounts always see everything (decision 0019)."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from ttdn.audit.selectors import history_for
from ttdn.plans.services import plan_update
from ttdn.tracking.services import progress_review, progress_submit

ACCEPTED = "Đã tổ chức 3 lớp tập huấn cho 120 cán bộ"
PENDING = "Bản nháp chưa duyệt: số liệu đang tổng hợp"
COMMENT = "Nhận xét nội bộ của phòng điều phối"
LINK = "https://baodongnai.com.vn/tap-huan-ttdn"


@pytest.fixture
def public_plan(make_plan, officer_a, coordinator, agency_a, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    officer_a.full_name = "Nguyễn Văn Báo Cáo"
    officer_a.save()
    plan = make_plan(
        year=timezone.localdate().year, visibility="public", status="in_progress", tasks=1
    )
    task = plan.tasks.get()
    accepted = progress_submit(
        actor=officer_a,
        task=task,
        agency=agency_a,
        status="in_progress",
        percent=60,
        narrative=ACCEPTED,
        figures={"lớp": 3},
        links=[LINK],
        files=[SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 x", content_type="application/pdf")],
    )
    progress_review(actor=coordinator, update=accepted, accept=True, comment=COMMENT)
    progress_submit(
        actor=officer_a,
        task=task,
        agency=agency_a,
        status="in_progress",
        percent=70,
        narrative=PENDING,
    )
    plan.refresh_from_db()
    return plan


def _set(plan, coordinator, level):
    return plan_update(
        actor=coordinator, plan=plan, expected_version=plan.version, public_shows=level
    )


def _pages(client, plan) -> str:
    task = plan.tasks.get()
    plan_page = client.get(reverse("pages:plan", args=[plan.pk]))
    task_page = client.get(reverse("pages:task", args=[task.pk]))
    assert plan_page.status_code == task_page.status_code == 200
    return plan_page.content.decode() + task_page.content.decode()


def _evidence_file(plan):
    return plan.tasks.get().updates.get(narrative=ACCEPTED).evidence.get(url="")


def _export_cells(client, plan) -> list[str]:
    response = client.get(reverse("pages:plan_export", args=[plan.pk]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    return [str(c.value) for row in sheet.iter_rows() for c in row if c.value]


def test_by_default_visitors_see_status_and_dates_only(client, public_plan, officer_a):
    assert public_plan.public_shows == "status"
    page = _pages(client, public_plan)
    assert "Quý III" in page  # the timeframe
    assert "badge in_progress" in page  # the status
    for hidden in (ACCEPTED, PENDING, COMMENT, LINK, str(officer_a), "60%", "bien-ban.pdf"):
        assert hidden not in page
    assert not any(ACCEPTED in c for c in _export_cells(client, public_plan))
    response = client.get(reverse("tracking:evidence", args=[_evidence_file(public_plan).pk]))
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]


def test_the_progress_level_shows_accepted_reports_without_names_or_files(
    client, public_plan, coordinator, officer_a
):
    plan = _set(public_plan, coordinator, "progress")
    page = _pages(client, plan)
    assert ACCEPTED in page and "60%" in page and "lớp" in page
    for hidden in (PENDING, COMMENT, LINK, str(officer_a), "bien-ban.pdf"):
        assert hidden not in page
    assert any(ACCEPTED in c for c in _export_cells(client, plan))
    assert not any(PENDING in c for c in _export_cells(client, plan))
    response = client.get(reverse("tracking:evidence", args=[_evidence_file(plan).pk]))
    assert response.status_code == 302


def test_the_evidence_level_adds_files_and_links_of_accepted_reports_only(
    client, public_plan, coordinator, officer_a, agency_a
):
    plan = _set(public_plan, coordinator, "evidence")
    page = _pages(client, plan)
    assert ACCEPTED in page and LINK in page and "bien-ban.pdf" in page
    for hidden in (PENDING, COMMENT, str(officer_a)):
        assert hidden not in page
    response = client.get(reverse("tracking:evidence", args=[_evidence_file(plan).pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 x"
    # A file of a report the coordinator has not accepted stays closed.
    pending = plan.tasks.get().updates.get(narrative=PENDING)
    from ttdn.attachments.services import attachments_create
    from ttdn.tracking.models import Evidence

    (unreviewed,) = attachments_create(
        model=Evidence,
        files=[SimpleUploadedFile("nhap.pdf", b"%PDF-1.4 y", content_type="application/pdf")],
        links=[],
        update=pending,
    )
    response = client.get(reverse("tracking:evidence", args=[unreviewed.pk]))
    assert response.status_code == 302


@pytest.mark.parametrize("level", ["status", "progress", "evidence"])
@pytest.mark.parametrize("who", ["officer_a", "officer_b", "coordinator"])
def test_signed_in_accounts_see_everything_whatever_the_level(
    client, request, public_plan, coordinator, officer_a, level, who
):
    """Every account may read internal plans in full, so a public plan shows it no less:
    the officer of an agency with no task in the plan sees what its own officers see."""
    plan = _set(public_plan, coordinator, level)
    client.force_login(request.getfixturevalue(who))
    page = _pages(client, plan)
    for shown in (ACCEPTED, PENDING, COMMENT, LINK, str(officer_a), "bien-ban.pdf"):
        assert shown in page
    response = client.get(reverse("tracking:evidence", args=[_evidence_file(plan).pk]))
    assert response.status_code == 200


def test_visitors_do_not_see_who_moved_the_plans_status(client, public_plan, coordinator):
    coordinator.full_name = "Trần Thị Điều Phối"
    coordinator.save()
    public_plan.status_changes.update(by=coordinator, comment="Ghi chú nội bộ")
    page = client.get(reverse("pages:plan", args=[public_plan.pk])).content.decode()
    assert "Điều Phối" not in page and "Ghi chú nội bộ" not in page
    client.force_login(coordinator)
    page = client.get(reverse("pages:plan", args=[public_plan.pk])).content.decode()
    assert "Điều Phối" in page and "Ghi chú nội bộ" in page


def test_the_setting_is_changed_in_the_plan_form_and_audited(client, public_plan, coordinator):
    client.force_login(coordinator)
    form = client.get(reverse("plans:edit", args=[public_plan.pk])).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(public_shows="progress", period_start=public_plan.period_start, restricted_to=[])
    response = client.post(reverse("plans:edit", args=[public_plan.pk]), data)
    assert response.status_code == 302
    public_plan.refresh_from_db()
    assert public_plan.public_shows == "progress"
    entry = history_for(public_plan).filter(action="plan.changed").first()
    assert entry.before["public_shows"] == "status" and entry.after["public_shows"] == "progress"


def test_an_officer_may_not_change_what_the_public_sees(client, public_plan, officer_a):
    client.force_login(officer_a)
    response = client.post(
        reverse("plans:edit", args=[public_plan.pk]), {"public_shows": "evidence"}
    )
    assert response.status_code == 403
    public_plan.refresh_from_db()
    assert public_plan.public_shows == "status"


def test_the_api_tells_what_the_public_page_shows(client, public_plan, coordinator):
    _set(public_plan, coordinator, "evidence")
    client.force_login(coordinator)
    body = client.get(f"/api/v1/plans/{public_plan.pk}").json()
    assert body["public_shows"] == "evidence"


def test_the_annex_labels_are_translated(client, public_plan):
    """The annex's texts are rendered by Jinja2 from ``pages.views.ANNEX_LABELS``: an alias
    makemessages does not know (``_lazy``) left "next" and its siblings out of the catalogue."""
    page = client.get(reverse("pages:plan", args=[public_plan.pk])).content.decode()
    assert "Hạn tới:" in page or "hạn tới:" in page
    assert ">next:" not in page and "next: " not in page
