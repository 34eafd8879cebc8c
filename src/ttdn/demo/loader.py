"""Demo data built from the five seed documents.

The plans are imported from the five seed documents (``ttdn/demo/seeds/*.txt``, package
data) by the importer, exactly as a user's upload would be, and created through the
same services the pages use, so every row is validated and audited. The tests
compare the result with the hand-checked transcriptions in
tests/fixtures/seeds/gold. A copy of the 2018 annex is
added for the current year, clearly labelled as illustration, so that the home
page has deadlines to show.
"""

import datetime
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from ttdn.accounts.models import Membership, Role, User
from ttdn.activities.demo import demo_activities
from ttdn.budget.demo import demo_budget
from ttdn.demo.seeds import SEED_DIR, seed_paths
from ttdn.directory.models import Agency
from ttdn.directory.services import agencies_load, units_load
from ttdn.importer.pipeline import analyse_file
from ttdn.importer.result import Located
from ttdn.importer.review import plan_create_from_extraction
from ttdn.importer.services import import_job_run, import_jobs_create
from ttdn.monitoring.demo import demo_monitoring, demo_responses
from ttdn.monitoring.demo_finding import demo_topics
from ttdn.plans import services
from ttdn.plans.models import Plan, PlanStatus, Visibility
from ttdn.reports.demo import demo_summary_reports
from ttdn.submissions.demo import demo_load_requests
from ttdn.tracking.demo import demo_levels
from ttdn.tracking.models import ProgressUpdate
from ttdn.tracking.services import progress_review, progress_submit
from ttdn.urging.demo import demo_urging

DEMO_PASSWORD = "ttdn-demo"
OFFICER_AGENCY = "Sở Thông tin và Truyền thông tỉnh Đồng Nai"
MAIN_SEED = "004_b3151840d8e177ab.txt"


def demo_is_loaded() -> bool:
    return Plan.objects.exists() or User.objects.filter(username="coordinator").exists()


def _user(username: str, role: str, full_name: str, agencies: list[Agency]) -> User:
    user = User.objects.create_user(
        username=username,
        password=DEMO_PASSWORD,
        role=role,
        full_name=full_name,
        email=f"{username}@ttdn.local",
    )
    for agency in agencies:
        Membership.objects.create(user=user, agency=agency)
    return user


def _import_seed(
    path: Path,
    *,
    actor,
    period: tuple[int, int] | None = None,
    title: str | None = None,
    drop_number: bool = False,
    status: str,
) -> Plan:
    """Read one seed document with the importer and create its plan, as a user would."""
    result = analyse_file(path, name=path.name)
    if period:
        result.period = Located(list(period), None, None, 1.0)
    if title:
        result.title = Located(title, None, None, 1.0)
    if drop_number:
        result.plan_number = Located()
        result.issued_date = Located()
    plan = plan_create_from_extraction(
        actor=actor, result=result, status=PlanStatus.DRAFT, visibility=Visibility.PUBLIC
    )
    # Open for reports first; plans of past years are closed once their reports are in.
    plan = services.plan_move_to(actor=actor, plan=plan, to_status=PlanStatus.IN_PROGRESS)
    plan.demo_target_status = status
    return plan


def _report(
    plan: Plan, *, users_by_agency: dict[int, User], coordinator: User, today: datetime.date
) -> int:
    """A handful of realistic updates: lead agencies report, the coordinator reviews most."""
    narratives = {
        "done": "Đã hoàn thành theo kế hoạch; kết quả đã tổng hợp trong báo cáo của đơn vị.",
        "in_progress": "Đang triển khai; đã thực hiện một phần nội dung, dự kiến hoàn thành đúng thời hạn.",
    }
    count = 0
    for index, task in enumerate(
        plan.tasks.prefetch_related("assignments", "deadlines").order_by("order")
    ):
        lead = next(
            (
                a
                for a in task.assignments.all()
                if a.role == "lead" and a.agency_id in users_by_agency
            ),
            None,
        )
        if lead is None or index % 3 == 2:
            continue
        reporter = users_by_agency[lead.agency_id]
        deadlines = [d.due_date for d in task.deadlines.all()]
        past = [d for d in deadlines if d <= today]
        finished = bool(deadlines) and deadlines[-1] <= today
        status = "done" if finished and index % 4 != 1 else "in_progress"
        update = progress_submit(
            actor=reporter,
            task=task,
            agency=lead.agency,
            status=status,
            percent=100 if status == "done" else 60,
            narrative=narratives[status],
            period_end=past[-1] if past else None,
            links=["https://dongnai.gov.vn/"] if index % 5 == 0 else [],
        )
        count += 1
        if index % 4 != 3:  # leave some for the coordinator's review queue
            progress_review(actor=coordinator, update=update, accept=True, comment="")
    return count


PENDING_IMPORT = ("001_9c81e32bd19ed172.txt", "Kế hoạch TTĐN huyện Dầu Tiếng 2022.txt")


def _pending_import(coordinator: User) -> int:
    """One upload read by the importer and left for the coordinator to review, as after a
    morning's upload: the import pages then show a real batch."""
    seed, name = PENDING_IMPORT
    upload = SimpleUploadedFile(name, (SEED_DIR / seed).read_bytes(), "text/plain")
    jobs = import_jobs_create(actor=coordinator, files=[upload])
    for job in jobs:
        import_job_run(job.pk)  # read now; the queued message then finds it taken
    return len(jobs)


@transaction.atomic
def demo_load(*, stdout=None) -> dict:
    say = stdout.write if stdout else (lambda _msg: None)
    units = units_load()
    say(f"Administrative units: {units}")
    agencies = agencies_load()
    say(f"Agencies: {agencies}")
    officer_agency = Agency.objects.get(name=OFFICER_AGENCY)
    coordinator = _user("coordinator", Role.COORDINATOR, "Nguyễn Thị Điều Phối", [officer_agency])
    _user("officer", Role.OFFICER, "Trần Văn Cán Bộ", [officer_agency])
    _user("leader", Role.LEADER, "Lê Văn Lãnh Đạo", [])
    foreign = Agency.objects.filter(name="Sở Ngoại vụ tỉnh Đồng Nai").first()
    if foreign:
        _user("officer_ngoaivu", Role.OFFICER, "Phạm Thị Ngoại Vụ", [foreign])
    today = timezone.localdate()
    plans = []
    for path in seed_paths():
        plan = _import_seed(path, actor=coordinator, status=PlanStatus.IN_PROGRESS)
        if plan.period_end < today.year - 1:
            plan.demo_target_status = PlanStatus.CLOSED
        plans.append(plan)
    current = _import_seed(
        SEED_DIR / MAIN_SEED,
        actor=coordinator,
        period=(today.year, today.year),
        title=f"Kế hoạch hoạt động thông tin đối ngoại năm {today.year} (dữ liệu minh họa lập từ phụ lục năm 2018)",
        drop_number=True,
        status=PlanStatus.IN_PROGRESS,
    )
    # Reporters: one demo officer per lead agency of the main plan, so progress comes from many agencies.
    users_by_agency: dict[int, User] = {}
    for agency in Agency.objects.filter(
        assignments__task__plan__in=[p.pk for p in plans] + [current.pk], assignments__role="lead"
    ).distinct():
        members = list(agency.members.all()[:1])
        if members:
            users_by_agency[agency.pk] = members[0]
            continue
        username = f"demo_{agency.pk}"
        users_by_agency[agency.pk] = _user(username, Role.OFFICER, agency.display_name, [agency])
        users_by_agency[agency.pk].set_unusable_password()
        users_by_agency[agency.pk].save(update_fields=["password"])
    updates = sum(
        _report(p, users_by_agency=users_by_agency, coordinator=coordinator, today=today)
        for p in [*plans, current]
    )
    demo_levels(
        coordinator=coordinator, plans=plans, reporter_for=lambda a: users_by_agency.get(a.pk)
    )
    demo_activities(
        plans=[*plans, current], recorder_for=lambda a: users_by_agency.get(a.pk), today=today
    )
    # Report requests and the agencies' reports (ttdn.submissions.demo).
    demo_load_requests(
        main_plan=plans[[p.name for p in seed_paths()].index(MAIN_SEED)],
        current_plan=current,
        coordinator=coordinator,
        today=today,
        password=DEMO_PASSWORD,
    )
    # Plans of past years are closed once their reports are in.
    for plan in plans:
        if plan.demo_target_status == PlanStatus.CLOSED:
            services.plan_transition(actor=coordinator, plan=plan, to_status=PlanStatus.CLOSED)
    demo_summary_reports(coordinator=coordinator)
    demo_budget(plan=current, today=today, password=DEMO_PASSWORD)
    # Topics first: each article stored afterwards is matched against them.
    say(f"Monitored topics: {demo_topics(owner=coordinator)}")
    say(f"Media monitoring: {demo_monitoring(actor=coordinator)['articles']} articles")
    agency = coordinator.agencies.order_by("pk").first()
    if agency is not None:
        # Stored articles are matched, labelled and flagged once the demo commits (their
        # on_commit announcements); the response is chosen after them, so that it goes to
        # a story the flags left alone.
        transaction.on_commit(lambda: demo_responses(actor=coordinator, agency=agency, today=today))
    imports = _pending_import(coordinator)
    say(f"Reminders: {demo_urging(today=today)['notifications']}")
    say(f"Plans: {len(plans) + 1}, progress updates: {updates}, imports awaiting review: {imports}")
    return {
        "plans": len(plans) + 1,
        "updates": updates,
        "submitted": ProgressUpdate.objects.count(),
    }
