"""A province plan with two departments' implementing plans, for the across-levels tests.

Hand-computed on 15/07/2024 (``TODAY``):

- P (province, public): P1 "Quý I", P2 "Quý IV", P3 "Quý II", led by agency A.
- C1 (agency A's department plan, public, implements P): A1 carries out P1 (Quý I, done),
  A2 carries out P1 (Quý II, reported in progress: late), A3 carries out P2 (Quý IV,
  nothing reported: not started). 3 tasks, 1 done, 1 late, 33 %.
- C2 (agency B's department plan, internal, implements P): B1 carries out P1 (Quý I,
  done), B2 carries out nothing (Quý II, nothing reported: late). 2 tasks, 1 done, 1 late,
  50 %.
"""

import datetime
from dataclasses import dataclass

from ttdn.plans import services
from ttdn.plans.models import Plan, Task
from ttdn.plans.services import AgencyRef, TaskData
from ttdn.tracking.services import progress_review, progress_submit

TODAY = datetime.date(2024, 7, 15)


@dataclass
class Levels:
    province: Plan
    c1: Plan
    c2: Plan
    tasks: dict[str, Task]


def _task(coordinator, plan, text, timeframe, agency, parent=None) -> Task:
    return services.task_create(
        actor=coordinator,
        plan=plan,
        data=TaskData(
            text=text,
            group="training",
            timeframe_text=timeframe,
            leads=[AgencyRef(agency=agency)],
            parent_task=parent,
        ),
    )


def _plan(coordinator, title, *, parent=None, issuer=None, visibility="public") -> Plan:
    return services.plan_create(
        actor=coordinator,
        title=title,
        period_start=2024,
        level="department" if parent else "province",
        issuer=issuer,
        parent=parent,
        visibility=visibility,
    )


def _report(officer, coordinator, task, agency, status, percent) -> None:
    update = progress_submit(
        actor=officer, task=task, agency=agency, status=status, percent=percent, narrative="x"
    )
    progress_review(actor=coordinator, update=update, accept=True, comment="")


def build_levels(*, coordinator, officer_a, officer_b, agency_a, agency_b) -> Levels:
    p = _plan(coordinator, "Kế hoạch TTĐN tỉnh năm 2024")
    t = {
        "P1": _task(coordinator, p, "Tập huấn nghiệp vụ TTĐN", "Quý I", agency_a),
        "P2": _task(coordinator, p, "Xuất bản ấn phẩm quảng bá", "Quý IV", agency_a),
        "P3": _task(coordinator, p, "Hội nghị báo chí", "Quý II", agency_a),
    }
    c1 = _plan(coordinator, "Kế hoạch triển khai của Sở TT&TT", parent=p, issuer=agency_a)
    c2 = _plan(
        coordinator,
        "Kế hoạch triển khai của Sở Ngoại vụ",
        parent=p,
        issuer=agency_b,
        visibility="internal",
    )
    t["A1"] = _task(coordinator, c1, "Mở lớp tập huấn cho phóng viên", "Quý I", agency_a, t["P1"])
    t["A2"] = _task(coordinator, c1, "Tập huấn người phát ngôn", "Quý II", agency_a, t["P1"])
    t["A3"] = _task(coordinator, c1, "In tờ gấp quảng bá", "Quý IV", agency_a, t["P2"])
    t["B1"] = _task(coordinator, c2, "Tập huấn cán bộ ngoại vụ", "Quý I", agency_b, t["P1"])
    t["B2"] = _task(coordinator, c2, "Cập nhật trang tin ngoại vụ", "Quý II", agency_b)
    for plan in (p, c1, c2):
        services.plan_move_to(actor=coordinator, plan=plan, to_status="in_progress")
    _report(officer_a, coordinator, t["A1"], agency_a, "done", 100)
    _report(officer_a, coordinator, t["A2"], agency_a, "in_progress", 50)
    _report(officer_b, coordinator, t["B1"], agency_b, "done", 100)
    for task in t.values():
        task.refresh_from_db()
    for plan in (p, c1, c2):
        plan.refresh_from_db()
    return Levels(province=p, c1=c1, c2=c2, tasks=t)
