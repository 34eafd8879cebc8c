"""The demo's budget: the officer's agency's estimate for the current year's plan, with
lines linked to the tasks it leads, appraised by a finance reviewer (one line adjusted),
approved by the leader, and some spending recorded against it."""

from __future__ import annotations

import datetime as dt

from ttdn.accounts.models import Role, User
from ttdn.budget import services
from ttdn.budget.models import Estimate
from ttdn.plans.models import AssignmentRole, Plan

LINES = [
    ("Tổ chức lớp tập huấn nghiệp vụ thông tin đối ngoại", "2", "lớp", "45000000", "training"),
    (
        "Biên tập, in ấn Bản tin đối ngoại (song ngữ Việt - Anh)",
        "4000",
        "cuốn",
        "18000",
        "promotion",
    ),
    ("Sản xuất phóng sự quảng bá hình ảnh tỉnh", "3", "phóng sự", "60000000", "promotion"),
    ("Tổ chức họp báo định kỳ", "4", "cuộc", "8500000", "spokesperson"),
    ("Đón tiếp phóng viên nước ngoài", "2", "đoàn", "35000000", "press_orientation"),
]


def demo_budget(*, plan: Plan, today: dt.date, password: str) -> Estimate | None:
    """Idempotent: nothing when the demo officer has no agency or the estimate exists."""
    officer = User.objects.filter(username="officer").first()
    leader = User.objects.filter(username="leader").first()
    if officer is None or leader is None or not officer.agency_ids():
        return None
    agency = officer.agencies.order_by("pk").first()
    if Estimate.objects.filter(plan=plan, agency=agency, year=today.year).exists():
        return None
    finance = User.objects.filter(username="finance").first()
    if finance is None:
        finance = User.objects.create_user(
            username="finance", password=password, role=Role.FINANCE, full_name="Võ Thị Tài Chính"
        )
    tasks = list(
        plan.tasks.filter(assignments__agency=agency, assignments__role=AssignmentRole.LEAD)
        .distinct()
        .order_by("order")[: len(LINES)]
    )
    estimate = services.estimate_create(
        actor=officer,
        plan=plan,
        agency=agency,
        year=today.year,
        title=f"Dự toán kinh phí thông tin đối ngoại năm {today.year}",
    )
    for i, (text, quantity, unit, cost, group) in enumerate(LINES):
        services.line_add(
            actor=officer,
            estimate=estimate,
            version=estimate.version,
            data=services.LineData(
                description=text,
                quantity=quantity,
                unit=unit,
                unit_cost=cost,
                group=group,
                task=tasks[i] if i < len(tasks) else None,
            ),
        )
    services.estimate_submit(actor=officer, estimate=estimate, version=estimate.version)
    video = estimate.lines.get(description__startswith="Sản xuất phóng sự")
    services.estimate_appraise(
        actor=finance,
        estimate=estimate,
        version=estimate.version,
        adjustments={
            video.pk: services.Adjustment(
                "150000000", "Định mức sản xuất phóng sự 50 triệu đồng/phóng sự."
            )
        },
        comment="Thống nhất dự toán, điều chỉnh dòng sản xuất phóng sự theo định mức.",
    )
    services.estimate_approve(actor=leader, estimate=estimate, version=estimate.version)
    first_day = dt.date(today.year, 1, 1)
    spending = [
        (0, dt.date(today.year, 3, 20), "45000000", "Giấy rút dự toán số 12"),
        (1, dt.date(today.year, 4, 10), "36000000", "Hợp đồng in số 05/HĐ"),
        (3, dt.date(today.year, 6, 28), "8500000", "Chứng từ chi số 31"),
    ]
    lines = list(estimate.lines.order_by("order"))
    for index, day, amount, reference in spending:
        day = max(first_day, min(day, today))
        services.spending_record(
            actor=officer, line=lines[index], day=day, amount=amount, document_ref=reference
        )
    return estimate
