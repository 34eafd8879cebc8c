"""The demo's summary report: the 2018 plan of Đồng Nai (seed 004), with a draft written
from its tracked progress and one issued version, as the coordinator would leave it."""

from __future__ import annotations

import datetime as dt

from ttdn.plans.models import Plan
from ttdn.reports.models import SummaryReport
from ttdn.reports.services import report_create, report_issue, report_update

DEMO_YEAR = 2018
LIMITATIONS = (
    "Một số cơ quan, đơn vị chưa cập nhật kết quả thực hiện nhiệm vụ đúng thời hạn; "
    "số liệu báo cáo còn chưa đầy đủ.\n"
    "Kinh phí bố trí cho hoạt động thông tin đối ngoại còn hạn chế; đội ngũ cán bộ làm "
    "công tác thông tin đối ngoại chủ yếu kiêm nhiệm."
)
PROPOSALS = (
    "Đề nghị Bộ Thông tin và Truyền thông tiếp tục tổ chức các lớp tập huấn, bồi dưỡng "
    "nghiệp vụ thông tin đối ngoại cho cán bộ của tỉnh.\n"
    "Đề nghị Bộ Ngoại giao hỗ trợ tỉnh cung cấp thông tin, tài liệu phục vụ công tác "
    "thông tin đối ngoại."
)


def demo_summary_reports(*, coordinator) -> SummaryReport | None:
    """A draft for the 2018 plan and its version 1 (Word, Excel and, with LibreOffice, PDF)."""
    plan = (
        Plan.objects.filter(period_start=DEMO_YEAR, period_end=DEMO_YEAR)
        .exclude(number="")
        .order_by("pk")
        .first()
    )
    if plan is None:
        return None
    report = report_create(actor=coordinator, plan=plan, period=str(DEMO_YEAR))
    report = report_update(
        actor=coordinator,
        report=report,
        changes={
            "number": "245",
            "limitations": LIMITATIONS,
            "proposals": PROPOSALS,
            "archive": "VT, KGVX",
        },
        expected_version=report.version,
    )
    report_issue(
        actor=coordinator,
        report=report,
        expected_version=report.version,
        date=dt.date(DEMO_YEAR, 11, 5),
    )
    report.refresh_from_db()
    return report
