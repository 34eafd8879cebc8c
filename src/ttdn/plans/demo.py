"""Demo data built from the five seed documents.

The plans come from the hand-checked transcriptions of the seeds
(tests/fixtures/seeds/gold/*.json), created through the same services the
pages use, so every row is validated and audited. A copy of the 2018 annex is
added for the current year, clearly labelled as illustration, so that the home
page has deadlines to show.
"""

import datetime
import json
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ttdn.accounts.models import Membership, Role, User
from ttdn.directory.models import AdministrativeUnit, Agency, UnitLevel
from ttdn.directory.services import agencies_load, units_load
from ttdn.plans import services
from ttdn.plans.models import Plan, PlanStatus, Visibility
from ttdn.plans.services import AgencyRef, SectionData, TaskData
from ttdn.tracking.models import ProgressUpdate

DEMO_PASSWORD = "ttdn-demo"
GOLD_DIR = Path(settings.BASE_DIR) / "tests" / "fixtures" / "seeds" / "gold"
OFFICER_AGENCY = "Sở Thông tin và Truyền thông tỉnh Đồng Nai"
MAIN_SEED = "004_b3151840d8e177ab.json"


def demo_is_loaded() -> bool:
    return Plan.objects.exists() or User.objects.filter(username="coordinator").exists()


def _agency(name: str | None) -> Agency | None:
    if not name:
        return None
    return Agency.objects.filter(name=name).first()


def _refs(entries: list[dict]) -> list[AgencyRef]:
    return [
        AgencyRef(agency=_agency(e.get("agency")), as_written=e.get("as_written", ""))
        for e in entries
    ]


def _unit(locality: str | None, level: str | None, year: int) -> AdministrativeUnit | None:
    """The unit as it was in the plan's year (pre-07/2025 provinces and districts for older plans)."""
    if not locality:
        return None
    wanted = UnitLevel.DISTRICT if level == "district" else UnitLevel.PROVINCE
    on = datetime.date(year, 12, 31)
    candidates = list(
        AdministrativeUnit.objects.filter(level=wanted, name__iexact=locality)
    ) or list(AdministrativeUnit.objects.filter(level=wanted, full_name__icontains=locality))
    valid = [
        u
        for u in candidates
        if (u.valid_to is None or u.valid_to >= on) and (u.valid_from is None or u.valid_from <= on)
    ]
    return (valid or candidates or [None])[0]


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


def _plan_from_gold(
    gold: dict,
    *,
    actor,
    period: tuple[int, int] | None = None,
    title: str | None = None,
    number: str | None = None,
    status: str,
) -> Plan:
    start, end = period or (gold["period"]["from_year"], gold["period"]["to_year"])
    deadline = gold.get("report_deadline") or {}
    plan = services.plan_create(
        actor=actor,
        title=title or gold["title"],
        number=gold.get("plan_number") or "" if number is None else number,
        issued_date=datetime.date.fromisoformat(gold["issued_date"])
        if gold.get("issued_date") and number is None
        else None,
        period_start=start,
        period_end=end,
        level=gold.get("level") or "province",
        unit=_unit(gold.get("locality"), gold.get("level"), start),
        issuer=_agency(gold.get("issuer")),
        issuer_name=gold.get("issuer") or "",
        visibility=Visibility.PUBLIC,
        signer=gold.get("signer") or "",
        legal_bases=[b.get("as_written") or b["identifier"] for b in gold.get("legal_bases", [])],
        sections=[
            SectionData(heading=s["heading"], body=s.get("body", ""), kind=s.get("kind", "other"))
            for s in gold.get("sections", [])
        ],
        report_deadline_text=deadline.get("as_written", ""),
        report_deadline_month=deadline.get("month"),
        report_deadline_day=deadline.get("day"),
    )
    for order, task in enumerate(gold.get("tasks", []), start=1):
        timeframe = task.get("timeframe") or {}
        leads = _refs(task.get("lead", []))
        if not leads:
            # News items name tasks without a lead; the issuer is then responsible.
            leads = [AgencyRef(agency=plan.issuer, as_written=plan.issuer_name)]
        services.task_create(
            actor=actor,
            plan=plan,
            order=order,
            data=TaskData(
                text=task["text"],
                group=task.get("group") or "other",
                timeframe_text=timeframe.get("as_written", ""),
                leads=leads,
                coordinating=_refs(task.get("coordinating", [])),
                row_label=task.get("row") or "",
            ),
        )
    for to_status in _path_to(status):
        if to_status != PlanStatus.CLOSED:
            services.plan_transition(actor=actor, plan=plan, to_status=to_status)
    plan.demo_target_status = status
    return plan


def _path_to(status: str) -> list[str]:
    path = {
        PlanStatus.DRAFT: [],
        PlanStatus.ISSUED: [PlanStatus.ISSUED],
        PlanStatus.IN_PROGRESS: [PlanStatus.ISSUED, PlanStatus.IN_PROGRESS],
        PlanStatus.CLOSED: [PlanStatus.ISSUED, PlanStatus.IN_PROGRESS, PlanStatus.CLOSED],
    }
    return path[status]


def _report(
    plan: Plan, *, users_by_agency: dict[int, User], coordinator: User, today: datetime.date
) -> int:
    """A handful of realistic updates: lead agencies report, the coordinator reviews most."""
    from ttdn.tracking.services import progress_review, progress_submit

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
    golds = sorted(GOLD_DIR.glob("[0-9]*.json"))
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not gold.get("period"):
            continue
        status = (
            PlanStatus.CLOSED
            if gold["period"]["to_year"] < today.year - 1
            else PlanStatus.IN_PROGRESS
        )
        plans.append(_plan_from_gold(gold, actor=coordinator, status=status))
    main = json.loads((GOLD_DIR / MAIN_SEED).read_text(encoding="utf-8"))
    current = _plan_from_gold(
        main,
        actor=coordinator,
        period=(today.year, today.year),
        title=f"Kế hoạch hoạt động thông tin đối ngoại năm {today.year} (dữ liệu minh họa lập từ phụ lục năm 2018)",
        number="",
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
    # Plans of past years are closed once their reports are in.
    for plan in plans:
        if plan.demo_target_status == PlanStatus.CLOSED:
            services.plan_transition(actor=coordinator, plan=plan, to_status=PlanStatus.CLOSED)
    say(f"Plans: {len(plans) + 1}, progress updates: {updates}")
    return {
        "plans": len(plans) + 1,
        "updates": updates,
        "submitted": ProgressUpdate.objects.count(),
    }
