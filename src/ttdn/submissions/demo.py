"""Demo report requests, built through the services (one call from ``demo/loader.py``).

- the main seed plan (2018, "trước ngày 05 tháng 11 hàng năm"): its yearly request for
  2018, one report handed in late and accepted, then closed;
- the current year's copy of that plan: its yearly request with reports in every state
  (accepted, returned with comments, awaiting review, draft, not started; once its
  deadline has passed, the coordinator gives a week more);
- an ad-hoc request ("báo cáo đột xuất") on the current plan, due in two weeks.

Requests made today go to today's agencies: after the 2025 reorganisation most of the
seed plans' agencies were merged, so their reports are addressed to the successors. Each
successor gets a demo officer (no password), and the successor of the demo officer's Sở
TT&TT (the Sở VHTTDL) one who can log in, ``officer_vhttdl``, whose report is a draft.
"""

from __future__ import annotations

import datetime

from ttdn.accounts.models import Membership, Role, User
from ttdn.directory.models import Agency
from ttdn.directory.resolver import follow_successors
from ttdn.plans.models import Plan
from ttdn.submissions import services
from ttdn.submissions.deadlines import period_for
from ttdn.submissions.models import ReportRequest, Submission
from ttdn.submissions.selectors import reporting_rule_of

RESULTS = (
    "Đã triển khai các nhiệm vụ được giao theo Kế hoạch; tổ chức 02 lớp bồi dưỡng nghiệp vụ "
    "thông tin đối ngoại cho 120 lượt cán bộ; đăng tải 35 tin, bài giới thiệu tiềm năng, "
    "thế mạnh của tỉnh trên Cổng thông tin điện tử."
)
LIMITATIONS = (
    "Kinh phí bố trí cho công tác thông tin đối ngoại còn hạn chế; đội ngũ cán bộ làm công tác "
    "thông tin đối ngoại chủ yếu kiêm nhiệm."
)
PROPOSALS = (
    "Đề nghị Ủy ban nhân dân tỉnh quan tâm bố trí kinh phí và tổ chức tập huấn chuyên sâu về "
    "thông tin đối ngoại cho cán bộ kiêm nhiệm."
)


def _officer_for(agency: Agency) -> User:
    """A member of ``agency`` to write its report (a demo officer when it has none)."""
    member = agency.members.order_by("pk").first()
    if member is not None:
        return member
    user = User.objects.create_user(
        username=f"demo_{agency.pk}",
        role=Role.OFFICER,
        full_name=agency.display_name[:150],
        email=f"demo_{agency.pk}@ttdn.local",
    )
    user.set_unusable_password()
    user.save(update_fields=["password"])
    Membership.objects.create(user=user, agency=agency)
    return user


def _write(submission: Submission, *, complete: bool = True) -> Submission:
    officer = _officer_for(submission.agency)
    return services.submission_save(
        actor=officer,
        submission=submission,
        version=submission.version,
        results=RESULTS,
        limitations=LIMITATIONS if complete else "",
        proposals=PROPOSALS if complete else "",
        links=["https://dongnai.gov.vn/"] if complete else [],
    )


def _hand_in(submission: Submission) -> Submission:
    officer = _officer_for(submission.agency)
    return services.submission_submit(
        actor=officer, submission=submission, version=submission.version
    )


def _yearly(plan: Plan, year: int, coordinator: User) -> ReportRequest:
    rule = reporting_rule_of(plan)
    if rule is None:  # a plan that names no reporting deadline: the seed's own rule
        rule = services.reporting_rule_save(
            actor=coordinator, plan=plan, frequency="yearly", deadline_month=11, deadline_day=5
        )
    request, _created = services.request_create_periodic(
        plan=plan, period=period_for("yearly", year), rule=rule, actor=coordinator
    )
    return request


def _successor_officer(username: str, today: datetime.date, password: str) -> User | None:
    """A demo officer who can log in, for the successor of ``username``'s agency."""
    user = User.objects.filter(username=username).first()
    agency = user.agencies.order_by("pk").first() if user else None
    if agency is None:
        return None
    successor = follow_successors(agency, on=today)
    if successor.pk == agency.pk:
        return None
    officer = User.objects.create_user(
        username=f"{username}_vhttdl",
        password=password,
        role=Role.OFFICER,
        full_name="Hoàng Thị Văn Hóa",
        email=f"{username}_vhttdl@ttdn.local",
    )
    Membership.objects.create(user=officer, agency=successor)
    return officer


def demo_load_requests(
    *, main_plan: Plan, current_plan: Plan, coordinator: User, today: datetime.date, password: str
) -> int:
    """The demo's report requests and reports; returns how many requests were made."""
    successor_officer = _successor_officer("officer", today, password)
    made = 0

    # 2018: one report handed in (late, today), accepted; the request is then closed.
    old = _yearly(main_plan, main_plan.period_start, coordinator)
    made += 1
    first = old.submissions.order_by("agency__name").first()
    if first is not None:
        _hand_in(_write(first))
        services.submission_review(actor=coordinator, submission=first, accept=True)
    services.request_change(actor=coordinator, request=old, closed=True)

    # This year: every state. Past its deadline, the coordinator has given a week more.
    current = _yearly(current_plan, today.year, coordinator)
    made += 1
    if current.deadline < today:
        services.request_change(
            actor=coordinator, request=current, deadline=today + datetime.timedelta(days=7)
        )
        current.refresh_from_db()
    officer_agencies = (
        set(successor_officer.agency_ids()) if successor_officer is not None else set()
    )
    # The demo officer's agency keeps a draft to finish; the others, in order of name.
    submissions = sorted(
        current.submissions.select_related("agency", "request", "request__plan"),
        key=lambda s: (s.agency_id in officer_agencies, s.agency.name),
    )
    plan_for = ["accepted", "returned", "submitted", "accepted", "submitted"]
    for index, submission in enumerate(submissions):
        if submission.agency_id in officer_agencies:
            _write(submission, complete=False)
            continue
        if index >= len(plan_for):
            continue  # the rest have not started
        _write(submission)
        _hand_in(submission)
        if plan_for[index] == "accepted":
            services.submission_review(actor=coordinator, submission=submission, accept=True)
        elif plan_for[index] == "returned":
            services.submission_review(
                actor=coordinator,
                submission=submission,
                accept=False,
                comment="Đề nghị bổ sung số liệu cụ thể về số tin, bài và số lượt cán bộ được tập huấn.",
            )

    # An ad-hoc request, due in two weeks, to the plan's first few agencies.
    agencies = services.plan_agencies(current_plan)[:4]
    if agencies:
        services.request_create_adhoc(
            actor=coordinator,
            plan=current_plan,
            title=(
                "Báo cáo đột xuất kết quả thông tin đối ngoại phục vụ Hội nghị xúc tiến đầu tư "
                f"năm {today.year}"
            ),
            deadline=today + datetime.timedelta(days=14),
            period_start=datetime.date(today.year, 1, 1),
            period_end=today,
            agencies=agencies,
            instructions=(
                "Các cơ quan, đơn vị báo cáo ngắn gọn kết quả thông tin đối ngoại liên quan đến "
                "quảng bá hình ảnh, tiềm năng đầu tư của tỉnh; gửi kèm số liệu và tài liệu minh chứng."
            ),
        )
        made += 1
    return made
