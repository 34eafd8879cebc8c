"""A plan of 2018 whose figures were counted by hand (see ``report_plan``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
import time_machine
from django.utils import timezone

from ttdn.plans import services as plans
from ttdn.plans.models import Plan, Task
from ttdn.plans.services import AgencyRef, TaskData
from ttdn.tracking.services import progress_review, progress_submit

TODAY = dt.date(2019, 1, 15)


def at(day: dt.date):
    """Travel to 09:00 in Hà Nội on ``day`` (submissions take their time from the clock)."""
    moment = dt.datetime.combine(day, dt.time(9), tzinfo=timezone.get_default_timezone())
    return time_machine.travel(moment, tick=False)


@dataclass
class ReportPlan:
    plan: Plan
    tasks: dict[str, Task]
    child: Plan


@pytest.fixture
def report_plan(coordinator, officer_a, officer_b, agency_a, agency_b) -> ReportPlan:
    """Plan 2018 (number 12773/KH-UBND), today 15/01/2019. By hand:

    ====  ===========  =====  =========================================  ===============
    task  timeframe    lead   reports                                    outcome
    ====  ===========  =====  =========================================  ===============
    t1    Quý I        A      done 20/03, accepted {lớp: 2, học viên: 120}  done on time
    t2    Tháng 6      A      done 10/07, accepted {tin bài: 40}          done late
    t3    Quý III      B      in progress 01/08 accepted {tin bài: 7};   late
                              in progress 01/10 pending {tin bài: 500}
    t4    Tháng 11     B      none                                       late
    t5    Trong năm    B      cancelled 05/05, accepted                  cancelled
    t6    Quý III      A      done 01/09, returned {tin bài: 1000}       late
    ====  ===========  =====  =========================================  ===============

    Child plan (Sở Ngoại vụ's, implements it): one task "Quý II" led by B, done
    15/06 and accepted with {tin bài: 3}.
    """
    with at(dt.date(2017, 12, 8)):
        plan = plans.plan_create(
            actor=coordinator,
            title="Kế hoạch hoạt động thông tin đối ngoại tỉnh Đồng Nai năm 2018",
            number="12773/KH-UBND",
            issued_date=dt.date(2017, 12, 8),
            period_start=2018,
            issuer_name="Ủy ban nhân dân tỉnh Đồng Nai",
            signer="Trần Văn Vĩnh",
        )
        specs = {
            "t1": ("Tập huấn nghiệp vụ thông tin đối ngoại", "training", "Quý I", agency_a),
            "t2": ("Quảng bá hình ảnh tỉnh trên báo chí", "promotion", "Tháng 6", agency_a),
            "t3": ("Tổ chức đoàn phóng viên nước ngoài", "promotion", "Quý III", agency_b),
            "t4": ("Đấu tranh, phản bác thông tin sai sự thật", "countering", "Tháng 11", agency_b),
            "t5": ("Xây dựng phim tài liệu", "other", "Trong năm", agency_b),
            "t6": (
                "Cập nhật thông tin trên Cổng thông tin điện tử",
                "training",
                "Quý III",
                agency_a,
            ),
        }
        tasks = {
            key: plans.task_create(
                actor=coordinator,
                plan=plan,
                data=TaskData(
                    text=text, group=group, timeframe_text=when, leads=[AgencyRef(agency=lead)]
                ),
            )
            for key, (text, group, when, lead) in specs.items()
        }
        plans.plan_move_to(actor=coordinator, plan=plan, to_status="in_progress")
        child = plans.plan_create(
            actor=coordinator,
            title="Kế hoạch triển khai thông tin đối ngoại năm 2018 của Sở Ngoại vụ",
            number="45/KH-SNV",
            period_start=2018,
            level="department",
            issuer=agency_b,
            parent=plan,
        )
        child_task = plans.task_create(
            actor=coordinator,
            plan=child,
            data=TaskData(
                text="Đón đoàn nhà báo quốc tế",
                group="promotion",
                timeframe_text="Quý II",
                leads=[AgencyRef(agency=agency_b)],
            ),
        )
        plans.plan_move_to(actor=coordinator, plan=child, to_status="in_progress")

    def report(
        day, officer, agency, task, status, percent, *, figures=None, review=True, narrative=""
    ):
        with at(day):
            task.refresh_from_db()
            update = progress_submit(
                actor=officer,
                task=task,
                agency=agency,
                status=status,
                percent=percent,
                figures=figures,
                narrative=narrative or f"Báo cáo ngày {day:%d/%m/%Y}.",
            )
        if review is not None:
            with at(day + dt.timedelta(days=2)):
                progress_review(
                    actor=coordinator,
                    update=update,
                    accept=review,
                    comment="" if review else "Thiếu minh chứng.",
                )
        return update

    report(
        dt.date(2018, 3, 20),
        officer_a,
        agency_a,
        tasks["t1"],
        "done",
        100,
        figures={"Số lớp tập huấn": 2, "Số học viên": 120},
    )
    report(
        dt.date(2018, 7, 10),
        officer_a,
        agency_a,
        tasks["t2"],
        "done",
        100,
        figures={"Số tin, bài": 40},
    )
    report(
        dt.date(2018, 8, 1),
        officer_b,
        agency_b,
        tasks["t3"],
        "in_progress",
        50,
        figures={"Số tin, bài": 7},
        narrative="Chưa bố trí được kinh phí đón đoàn; dự kiến hoàn thành trong quý IV.",
    )
    report(
        dt.date(2018, 10, 1),
        officer_b,
        agency_b,
        tasks["t3"],
        "in_progress",
        70,
        figures={"Số tin, bài": 500},
        review=None,
        narrative="Đã liên hệ các cơ quan báo chí nước ngoài.",
    )
    report(dt.date(2018, 5, 5), officer_b, agency_b, tasks["t5"], "cancelled", 0)
    report(
        dt.date(2018, 9, 1),
        officer_a,
        agency_a,
        tasks["t6"],
        "done",
        100,
        figures={"Số tin, bài": 1000},
        review=False,
    )
    report(
        dt.date(2018, 6, 15),
        officer_b,
        agency_b,
        child_task,
        "done",
        100,
        figures={"Số tin, bài": 3},
        narrative="Đã đón 2 đoàn nhà báo Hàn Quốc, Nhật Bản.",
    )
    for task in tasks.values():
        task.refresh_from_db()
    plan.refresh_from_db()
    return ReportPlan(plan=plan, tasks=tasks, child=child)
