from django.urls import reverse

from ttdn.tracking.models import ProgressUpdate


def test_progress_form_records_figures_and_rejects_bad_lines(
    client, officer_a, agency_a, make_plan
):
    task = make_plan(year=2024, timeframe="Quý III").tasks.get()
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
    page = client.get(reverse("plans:task_detail", args=[task.pk])).content.decode()
    assert "Số học viên" in page
