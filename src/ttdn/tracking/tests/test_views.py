import pytest
from django.urls import reverse

from ttdn.tracking.models import ProgressUpdate


def test_progress_form_records_figures_and_rejects_bad_lines(
    client, officer_a, agency_a, make_plan
):
    task = make_plan(status="in_progress", year=2024, timeframe="Quý III").tasks.get()
    client.force_login(officer_a)
    url = reverse("tracking:progress_create", args=[task.pk])
    bad = client.post(
        url,
        {
            "agency": agency_a.pk,
            "status": "in_progress",
            "percent": 30,
            "narrative": "Đang thực hiện",
            "figures": "Số lớp tập huấn",
        },
    )
    assert "figures" in bad.context["form"].errors
    assert not ProgressUpdate.objects.exists()
    ok = client.post(
        url,
        {
            "agency": agency_a.pk,
            "status": "in_progress",
            "percent": 30,
            "narrative": "Đang thực hiện",
            "figures": "Số lớp tập huấn: 2\nSố học viên: 1.250",
        },
    )
    assert ok.status_code == 302
    assert ProgressUpdate.objects.get().figures == {"Số lớp tập huấn": 2, "Số học viên": 1250}
    page = client.get(reverse("pages:task", args=[task.pk])).content.decode()
    assert "Số học viên" in page


@pytest.fixture
def evidence_on(tmp_path, settings, officer_a, agency_a, make_plan):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ttdn.tracking.services import progress_submit

    settings.MEDIA_ROOT = tmp_path

    def make(visibility):
        task = make_plan(status="in_progress", visibility=visibility).tasks.get()
        update = progress_submit(
            actor=officer_a,
            task=task,
            agency=agency_a,
            status="in_progress",
            percent=10,
            files=[SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 evidence")],
        )
        return update.evidence.get()

    return make


@pytest.mark.parametrize(
    ("persona", "visibility", "expected"),
    [
        ("anonymous", "public", 302),
        ("officer_a", "restricted", 200),
        ("officer_b", "restricted", 404),
        ("officer_b", "internal", 200),
        ("coordinator", "restricted", 200),
    ],
)
def test_evidence_download_follows_the_task_access_rule(
    client, request, evidence_on, persona, visibility, expected
):
    evidence = evidence_on(visibility)
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    response = client.get(reverse("tracking:evidence", args=[evidence.pk]))
    assert response.status_code == expected
    if expected == 200:
        assert b"".join(response.streaming_content) == b"%PDF-1.4 evidence"
        assert "attachment" in response["Content-Disposition"]


def test_missing_evidence_file_is_a_404_not_a_crash(client, coordinator, evidence_on):
    evidence = evidence_on("internal")
    evidence.file.storage.delete(evidence.file.name)
    client.force_login(coordinator)
    assert client.get(reverse("tracking:evidence", args=[evidence.pk])).status_code == 404


@pytest.mark.parametrize("status", ["draft", "appraisal", "closed"])
def test_the_progress_form_is_refused_on_a_plan_that_takes_no_reports(
    client, officer_a, agency_a, make_plan, status
):
    task = make_plan(status=status).tasks.get()
    client.force_login(officer_a)
    url = reverse("tracking:progress_create", args=[task.pk])
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="vi")
    assert page.status_code == 403
    assert "Chỉ báo cáo tiến độ trên kế hoạch đã ban hành" in page.content.decode()
    posted = client.post(url, {"agency": agency_a.pk, "status": "in_progress", "percent": 30})
    assert posted.status_code == 403
    assert not ProgressUpdate.objects.exists()
    task_page = client.get(reverse("pages:task", args=[task.pk]))
    assert reverse("tracking:progress_create", args=[task.pk]) not in task_page.content.decode()
