"""The summary report as an administrative document: the Word file read back with
python-docx, the PDF LibreOffice makes of it (first page kept as a screenshot), the
workbook, and a period with no data."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest
from django.utils import translation
from django.utils.translation import gettext as _
from docx.shared import Pt

from ttdn.documents.convert import find_soffice
from ttdn.documents.decree30 import END_MARK, MOTTO, NATION
from ttdn.reports.document import (
    DOCUMENT_LANGUAGE,
    report_content,
    report_docx,
    report_pdf,
    report_xlsx,
)
from ttdn.reports.services import report_create, report_update
from ttdn.reports.tests.conftest import TODAY

pytestmark = pytest.mark.django_db
ARTIFACTS = Path(__file__).resolve().parents[4] / "test-artifacts"
needs_writer = pytest.mark.skipif(find_soffice() is None, reason="needs LibreOffice Writer")


@pytest.fixture
def report(report_plan, coordinator):
    report = report_create(actor=coordinator, plan=report_plan.plan, period="2018", today=TODAY)
    return report_update(
        actor=coordinator,
        report=report,
        changes={
            "number": "215",
            "date": dt.date(2018, 11, 5),
            "signer_name": "Trần Văn Vĩnh",
            "proposals": "Đề nghị Bộ Thông tin và Truyền thông tiếp tục hỗ trợ tỉnh.",
            "limitations": "Một số cơ quan chưa báo cáo đúng hạn.",
        },
        expected_version=report.version,
    )


def read(data: bytes):
    return docx.Document(io.BytesIO(data))


def lines(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text.strip()]


def test_the_word_file_has_the_decree_30_layout(report):
    document = read(report_docx(report_content(report, today=TODAY)))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert (round(section.top_margin.mm), round(section.bottom_margin.mm)) == (20, 20)
    assert (round(section.left_margin.mm), round(section.right_margin.mm)) == (30, 15)
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert document.styles["Normal"].font.size == Pt(14)

    heading = document.tables[0]
    assert lines(heading.cell(0, 0)) == ["ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI", "Số: 215/BC-UBND"]
    assert lines(heading.cell(0, 1)) == [NATION, MOTTO, "Đồng Nai, ngày 05 tháng 11 năm 2018"]

    texts = [p.text for p in document.paragraphs]
    with translation.override(DOCUMENT_LANGUAGE):
        kind = _("Report").upper()
    assert texts[texts.index(kind) + 1] == report.title
    assert texts[-1].endswith(END_MARK) or any(t.endswith(END_MARK) for t in texts[-3:])
    assert sum(t.endswith(END_MARK) for t in texts) == 1

    signature = document.tables[-1]
    received = lines(signature.cell(0, 0))
    assert received[0] == "Nơi nhận:"
    assert received[-1] == "- Lưu: VT, TH."
    assert "- Bộ Thông tin và Truyền thông;" in received
    assert lines(signature.cell(0, 1)) == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Văn Vĩnh",
    ]


def test_the_body_cites_the_figures_and_the_agencies(report):
    document = read(report_docx(report_content(report, today=TODAY)))
    cells = [c.text for table in document.tables[1:-1] for row in table.rows for c in row.cells]
    assert "Số tin, bài" in cells and "47" in cells  # from figures, not recounted
    assert "Sở TT&TT" in cells and "Sở Ngoại vụ" in cells
    assert "66,7%" in cells  # agency A's completion, written the Vietnamese way
    body = "\n".join(p.text for p in document.paragraphs)
    # the reason Sở Ngoại vụ gave for the late t3, and the lower level with its agency
    assert "Chưa bố trí được kinh phí đón đoàn" in body
    assert "Đã đón 2 đoàn nhà báo Hàn Quốc, Nhật Bản" in body
    assert "45/KH-SNV" in cells


def test_a_draft_date_and_number_stay_blank(report_plan, coordinator):
    report = report_create(actor=coordinator, plan=report_plan.plan, period="2018-Q3", today=TODAY)
    document = read(report_docx(report_content(report, today=TODAY)))
    left, right = (lines(document.tables[0].cell(0, i)) for i in (0, 1))
    assert left[-1].startswith("Số: ") and left[-1].endswith("/BC-UBND") and "215" not in left[-1]
    assert right[-1].startswith("Đồng Nai, ngày") and right[-1].endswith("năm 2018")


def test_a_period_with_no_data_is_a_clear_valid_document(coordinator, make_plan):
    plan = make_plan(year=2024, timeframe="Quý III", status="in_progress", title="Kế hoạch TTĐN")
    report = report_create(actor=coordinator, plan=plan, period="2024-06", today=TODAY)
    content = report_content(report, today=TODAY)
    assert content.figures.is_empty
    document = read(report_docx(content))
    texts = [p.text for p in document.paragraphs]
    with translation.override(DOCUMENT_LANGUAGE):
        assert _("No task was late or left undone in the period.") + "./." in texts or any(
            t.endswith(END_MARK) for t in texts
        )
        assert _("No task in the period.") in texts
    assert len(document.tables) == 2  # heading block and signature only: no empty tables
    workbook = openpyxl.load_workbook(io.BytesIO(report_xlsx(content)))
    assert workbook.sheetnames


def test_the_workbook_holds_the_tables_with_safe_cells(report, coordinator, officer_a, report_plan):
    content = report_content(report, today=TODAY)
    workbook = openpyxl.load_workbook(io.BytesIO(report_xlsx(content)))
    with translation.override(DOCUMENT_LANGUAGE):
        by_agency = workbook[_("By agency")]
        figures = workbook[_("Figures")]
    rows = {row[0]: row for row in by_agency.iter_rows(values_only=True)}
    assert rows["Sở TT&TT"][:6] == ("Sở TT&TT", 3, 2, 1, 1, 1)
    assert list(rows.values())[-1][1] == 6  # total tasks
    assert list(figures.iter_rows(values_only=True))[3][:2] == ("Số tin, bài", 47)


def test_a_formula_in_a_narrative_stays_text_in_the_workbook(report_plan, coordinator, agency_a):
    from ttdn.plans.services import AgencyRef, TaskData, task_create

    task_create(
        actor=coordinator,
        plan=report_plan.plan,
        data=TaskData(
            text='=HYPERLINK("http://x")',
            timeframe_text="Quý IV",
            leads=[AgencyRef(agency=agency_a)],
        ),
    )
    report = report_create(actor=coordinator, plan=report_plan.plan, period="2018", today=TODAY)
    workbook = openpyxl.load_workbook(io.BytesIO(report_xlsx(report_content(report, today=TODAY))))
    cells = [c for ws in workbook for row in ws.iter_rows(values_only=True) for c in row]
    assert '\'=HYPERLINK("http://x")' in cells
    assert '=HYPERLINK("http://x")' not in cells


@needs_writer
def test_the_word_file_converts_to_pdf_and_its_first_page_is_kept(report):
    pdf = report_pdf(report_content(report, today=TODAY))
    assert pdf.startswith(b"%PDF")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "summary-report.pdf").write_bytes(pdf)
    if shutil.which("pdftoppm"):
        target = ARTIFACTS / "summary-report-page1"
        subprocess.run(  # noqa: S603 - fixed program, our own file
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(ARTIFACTS / "summary-report.pdf"),
                str(target),
            ],
            check=True,
            timeout=60,
        )
        assert target.with_suffix(".png").stat().st_size > 10_000
        print(f"first page: {target.with_suffix('.png')}")


def test_the_agencies_accepted_submissions_feed_the_draft(
    report_plan, coordinator, agency_b, agency_a
):
    import datetime as dt

    from django.utils import timezone

    from ttdn.submissions.models import ReportRequest, Submission

    request = ReportRequest.objects.create(
        plan=report_plan.plan,
        title="Báo cáo kết quả thông tin đối ngoại năm 2018",
        period_key="2018",
        period_label="Năm 2018",
        period_start=dt.date(2018, 1, 1),
        period_end=dt.date(2018, 12, 31),
        deadline=dt.date(2018, 11, 5),
    )
    Submission.objects.create(
        request=request,
        agency=agency_b,
        state="accepted",
        results="Đón 12 đoàn phóng viên nước ngoài.",
        limitations="Thiếu phiên dịch viên.",
        proposals="Đề nghị bổ sung biên chế.",
        submitted_at=timezone.now(),
    )
    Submission.objects.create(
        request=request, agency=agency_a, state="submitted", proposals="Chưa được chấp nhận."
    )
    report = report_create(actor=coordinator, plan=report_plan.plan, period="2018", today=TODAY)
    assert "- Sở Ngoại vụ: Đón 12 đoàn phóng viên nước ngoài." in report.results
    assert "- Sở Ngoại vụ: Thiếu phiên dịch viên." in report.limitations
    assert report.proposals == "- Sở Ngoại vụ: Đề nghị bổ sung biên chế."
    quarter = report_create(actor=coordinator, plan=report_plan.plan, period="2018-Q3", today=TODAY)
    assert "Sở Ngoại vụ" not in quarter.proposals  # another period's request
