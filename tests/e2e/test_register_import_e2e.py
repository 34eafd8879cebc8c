"""End to end in a real Chromium: an officer downloads a register's Excel template, fills
two rows (with openpyxl, as Excel would), uploads it, maps the one column the matcher could
not place, confirms, and finds the two entries in the register's list."""

import datetime as dt

import openpyxl
import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# Every Content-Security-Policy violation the browser reports (as tests/e2e/test_csp.py).
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
});
"""


def test_officer_imports_two_training_courses_from_the_template(
    live_server, login, new_page, artifacts, tmp_path, settings, officer_a, agency_a
):
    from ttdn.activities.models import Activity

    settings.MEDIA_ROOT = tmp_path / "media"
    base = live_server.url
    page = new_page()
    page.context.add_init_script(RECORD_VIOLATIONS)
    login(page, "officer_a")

    # 1. The register's list offers the import; its page offers the template.
    page.goto(f"{base}/activities/trainings/")
    page.click("a[href='/activities/trainings/import/']")
    page.wait_for_url(f"{base}/activities/trainings/import/")
    with page.expect_download() as download_info:
        page.click("a[href='/activities/trainings/import/template.xlsx']")
    template = tmp_path / "mau.xlsx"
    download_info.value.save_as(template)

    # 2. Fill two rows under the template's header; one header is retyped in the
    #    agency's own words, which the matcher cannot place.
    book = openpyxl.load_workbook(template)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    column = {header: index for index, header in enumerate(headers, start=1)}
    assert len(headers) >= 5
    trainers_header = headers[5]  # title, start, end, place, host, trainers …
    sheet.cell(row=1, column=column[trainers_header], value="GV")
    rows = [
        ("Kỹ năng phát ngôn cho người phát ngôn", dt.date(2026, 3, 5), "06/03/2026", "Biên Hòa"),
        ("Thông tin đối ngoại về biển đảo", dt.date(2026, 4, 10), None, "Long Khánh"),
    ]
    for number, (title, start, end, place) in enumerate(rows, start=2):
        sheet.cell(row=number, column=1, value=title)
        sheet.cell(row=number, column=2, value=start)
        sheet.cell(row=number, column=3, value=end)
        sheet.cell(row=number, column=4, value=place)
        sheet.cell(row=number, column=6, value="TS. Nguyễn Văn An")
    filled = tmp_path / "so-boi-duong-2026.xlsx"
    book.save(filled)

    # 3. Upload it for the officer's agency.
    page.set_input_files("input[name=file]", str(filled))
    page.click("form.card button[type=submit]")
    page.wait_for_url(f"{base}/activities/trainings/import/*/")
    assert page.locator("#preview-rows tbody tr").count() == 2
    assert page.locator("#row-errors").count() == 0
    unmapped = page.locator("select[name='column-5']")
    assert unmapped.input_value() == ""

    # 4. Map the retyped column; the page shows the rows again with it.
    with page.expect_navigation():
        unmapped.select_option("trainers")
    assert page.locator("select[name='column-5']").input_value() == "trainers"
    assert "TS. Nguyễn Văn An" in page.locator("#preview-rows").inner_text()
    page.screenshot(path=str(artifacts / "register-import-preview.png"), full_page=True)
    assert page.evaluate("window.__cspViolations") == []

    # 5. Confirm, then open the register.
    page.click("button[name=action][value=import]")
    page.wait_for_url(f"{base}/activities/trainings/import/*/done/")
    page.click("a.btn[href='/activities/trainings/']")
    page.wait_for_url(f"{base}/activities/trainings/")
    listing = page.locator("#entries").inner_text()
    assert "Kỹ năng phát ngôn cho người phát ngôn" in listing
    assert "Thông tin đối ngoại về biển đảo" in listing
    page.screenshot(path=str(artifacts / "register-import-list.png"), full_page=True)
    assert page.evaluate("window.__cspViolations") == []

    entries = Activity.objects.filter(kind="trainings", agency=agency_a).order_by("start_date")
    assert [(e.title, e.start_date, e.end_date, e.trainers) for e in entries] == [
        (rows[0][0], dt.date(2026, 3, 5), dt.date(2026, 3, 6), "TS. Nguyễn Văn An"),
        (rows[1][0], dt.date(2026, 4, 10), None, "TS. Nguyễn Văn An"),
    ]
