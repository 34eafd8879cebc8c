"""The review page's "Xem trong văn bản" link stands on its field's label line, on one line.

In the half-width fields (number and date, level and locality, the period's years, the
report deadline's day and month) the label and the link shared a line that could not hold
both: the link broke over two lines ("Xem trong / văn bản") or dropped under the label.
"""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LETTER = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG NAI
Số: 812/UBND-VX
V/v triển khai công tác thông tin
đối ngoại năm 2024
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 12 tháng 3 năm 2024

Kính gửi: Các sở, ban, ngành tỉnh.

Thực hiện Kế hoạch số 10/KH-UBND ngày 01/02/2024 của UBND tỉnh, Ủy ban nhân dân tỉnh đề nghị
Sở Thông tin và Truyền thông chủ trì tổ chức tuyên truyền về công tác thông tin đối ngoại,
báo cáo kết quả trước ngày 15 tháng 12 hằng năm.
"""


@pytest.mark.parametrize("width", [1280, 1024, 960, 920])
def test_the_show_in_text_link_fits_on_its_label_line(
    live_server, login, new_page, artifacts, tmp_path, settings, coordinator, width
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ttdn.importer import services

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    upload = SimpleUploadedFile("cong-van.txt", LETTER.encode("utf-8"), content_type="text/plain")
    [job] = services.import_jobs_create(actor=coordinator, files=[upload])
    services.import_job_run(job.pk)
    page = new_page(width=width)
    login(page, "coordinator")
    page.goto(f"{live_server.url}/imports/{job.pk}/")
    page.screenshot(path=str(artifacts / f"import-review-links-{width}.png"), full_page=True)
    rows = page.locator(".review-form .pair .form-row:has(.show-src)")
    assert rows.count() >= 2  # the number and the date at least
    for i in range(rows.count()):
        row = rows.nth(i)
        link, label = row.locator(".show-src"), row.locator(".label-line label")
        box, label_box = link.bounding_box(), label.bounding_box()
        line = float(link.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)"))
        name = row.get_attribute("class")
        assert box["height"] < 1.5 * line, f"the link wraps in {name}"
        # on the label's line, at its end: not dropped under it
        assert box["y"] < label_box["y"] + line, f"the link drops under the label in {name}"
        field = row.locator("input, select").first.bounding_box()
        assert box["x"] + box["width"] <= field["x"] + field["width"] + 1, name
