"""Demo data across levels: a department's implementing plan under the province's 2018
plan (decision 0026), built through the services like the rest of the demo.

The Department of Foreign Affairs (Sở Ngoại vụ) issues its own "kế hoạch triển khai" of
the province's 2018 plan; each of its tasks carries out one of the province's tasks that
it leads, and its officer reports some progress (done, in progress, awaiting review). The
province's plan page then shows the department's progress rolled up. It lives in
tracking, the lowest app that may both create plans and report progress (decision 0007).
"""

from ttdn.directory.models import Agency
from ttdn.plans import services
from ttdn.plans.models import AssignmentRole, Plan, PlanLevel, PlanStatus, Visibility
from ttdn.plans.services import AgencyRef, TaskData
from ttdn.tracking.services import progress_review, progress_submit

DEPARTMENT = "Sở Ngoại vụ tỉnh Đồng Nai"

# (text, group, timeframe): the department's own tasks, in the order of the province's
# tasks it leads that they carry out.
CHILD_TASKS = [
    (
        "Tổ chức lớp bồi dưỡng kiến thức, kỹ năng thông tin đối ngoại cho cán bộ làm công "
        "tác đối ngoại của các sở, ngành, địa phương",
        "training",
        "Quý III",
    ),
    (
        "Xây dựng kế hoạch đón, hướng dẫn các đoàn phóng viên nước ngoài đến tìm hiểu, "
        "viết bài về tỉnh Đồng Nai",
        "promotion",
        "Quý II",
    ),
    (
        "Theo dõi, tổng hợp tin, bài của báo chí nước ngoài viết về tỉnh Đồng Nai; báo cáo "
        "Ủy ban nhân dân tỉnh hàng quý",
        "countering",
        "Hàng quý",
    ),
    (
        "Cung cấp tin, bài về hoạt động đối ngoại của tỉnh cho Bản tin đối ngoại",
        "policy_communication",
        "Tháng 11",
    ),
]


def demo_levels(*, coordinator, plans: list[Plan], reporter_for) -> Plan | None:
    """The department's implementing plan of the 2018 plan among ``plans``, with its
    tasks linked to the province's and some progress reported by ``reporter_for(agency)``
    (the demo's officer of that agency). None when the seeds do not have it."""
    parent = next((p for p in plans if p.period_start == 2018 and p.period_end == 2018), None)
    agency = Agency.objects.filter(name=DEPARTMENT).first()
    if parent is None or agency is None:
        return None
    led = list(
        parent.tasks.filter(
            assignments__agency=agency, assignments__role=AssignmentRole.LEAD
        ).order_by("order")
    )
    others = list(parent.tasks.exclude(pk__in=[t.pk for t in led]).order_by("order"))
    parents = (led + others)[: len(CHILD_TASKS)]
    child = services.plan_create(
        actor=coordinator,
        title="Kế hoạch triển khai Kế hoạch hoạt động thông tin đối ngoại tỉnh Đồng Nai năm "
        "2018 của Sở Ngoại vụ",
        number="215/KH-SNgV",
        period_start=2018,
        level=PlanLevel.DEPARTMENT,
        unit=parent.unit,
        issuer=agency,
        parent=parent,
        visibility=Visibility.PUBLIC,
        summary="Sở Ngoại vụ cụ thể hóa các nhiệm vụ được giao tại Kế hoạch hoạt động thông "
        "tin đối ngoại năm 2018 của Ủy ban nhân dân tỉnh.",
    )
    tasks = [
        services.task_create(
            actor=coordinator,
            plan=child,
            data=TaskData(
                text=text,
                group=group,
                timeframe_text=timeframe,
                leads=[AgencyRef(agency=agency)],
                coordinating=[AgencyRef(as_written="Các sở, ngành, địa phương liên quan")],
                parent_task=parent_task,
            ),
        )
        for (text, group, timeframe), parent_task in zip(CHILD_TASKS, parents, strict=False)
    ]
    child = services.plan_move_to(actor=coordinator, plan=child, to_status=PlanStatus.IN_PROGRESS)
    reporter = reporter_for(agency)
    if reporter is None:
        return child
    for task in tasks:
        task.plan = child
    reports = [
        (0, "done", 100, "Đã tổ chức 01 lớp bồi dưỡng cho 85 học viên.", True),
        (1, "in_progress", 75, "Đã đón 2 đoàn phóng viên (Nhật Bản, Hàn Quốc).", True),
        (2, "done", 100, "Đã tổng hợp 4 báo cáo dư luận báo chí nước ngoài.", False),
    ]
    for index, status, percent, narrative, accept in reports:
        if index >= len(tasks):
            continue
        update = progress_submit(
            actor=reporter,
            task=tasks[index],
            agency=agency,
            status=status,
            percent=percent,
            narrative=narrative,
        )
        if accept:
            progress_review(actor=coordinator, update=update, accept=True, comment="")
    return child
