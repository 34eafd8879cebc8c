"""Business operations on plans and tasks. Every write is audited."""

import datetime
from dataclasses import dataclass, field, replace
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from ttdn.audit.services import log_action, snapshot
from ttdn.core import search
from ttdn.core.concurrency import claim_version
from ttdn.core.exceptions import ConflictError
from ttdn.core.text import clean_text
from ttdn.directory.models import Agency
from ttdn.directory.selectors import province_ids_of
from ttdn.legal.services import legal_document_get_or_create, legal_references_check
from ttdn.plans.access import can_manage_plans, visible_plans
from ttdn.plans.models import (
    AssignmentRole,
    Plan,
    PlanLegalBasis,
    PlanSection,
    PlanStatus,
    PlanStatusChange,
    PublicDisclosure,
    Task,
    TaskAssignment,
    TaskDeadline,
    TaskGroup,
    Visibility,
)
from ttdn.plans.public_cache import public_pages_changed
from ttdn.plans.signals import task_inputs_changed
from ttdn.plans.timeframe import PROBLEM_OUTSIDE_PERIOD, parse_timeframe, year_written

SEARCH_KIND_PLAN = "plan"
SEARCH_KIND_TASK = "task"

# The lifecycle: which moves are allowed from each status.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    PlanStatus.DRAFT: (PlanStatus.APPRAISAL, PlanStatus.ISSUED),
    PlanStatus.APPRAISAL: (PlanStatus.DRAFT, PlanStatus.ISSUED),
    PlanStatus.ISSUED: (PlanStatus.IN_PROGRESS, PlanStatus.CLOSED),
    PlanStatus.IN_PROGRESS: (PlanStatus.CLOSED,),
    PlanStatus.CLOSED: (PlanStatus.IN_PROGRESS,),
}


@dataclass
class AgencyRef:
    """An agency named on a task: the agency (if resolved) and the name as written."""

    agency: Agency | None = None
    as_written: str = ""

    def label(self) -> str:
        return self.as_written or (self.agency.name if self.agency else "")


@dataclass
class SectionData:
    heading: str
    body: str = ""
    kind: str = "other"


@dataclass
class TaskData:
    text: str
    group: str = TaskGroup.OTHER
    timeframe_text: str = ""
    leads: list[AgencyRef] = field(default_factory=list)
    coordinating: list[AgencyRef] = field(default_factory=list)
    row_label: str = ""
    # The task of the plan this plan implements that this task carries out (task_parent_errors).
    parent_task: Task | None = None


def default_sections() -> list[SectionData]:
    """The sections of a plan under Nghị định 30/2020 practice, empty, for a new plan."""
    return [
        SectionData(kind="purpose", heading=_("I. PURPOSE AND REQUIREMENTS")),
        SectionData(kind="tasks", heading=_("II. TASKS AND SOLUTIONS")),
        SectionData(kind="organisation", heading=_("III. ORGANISATION OF IMPLEMENTATION")),
        SectionData(kind="funding", heading=_("IV. FUNDING")),
    ]


# Free text enters plans here, whoever sends it (form, API, importer): clean_text (decision
# 0016). The plan's text fields and whether each may hold several lines.
PLAN_TEXT_FIELDS = {
    "title": False,
    "number": False,
    "issuer_name": False,
    "summary": True,
    "signer": False,
    "report_deadline_text": False,
}


def _clean_line(text: str) -> str:
    return clean_text(text, multiline=False)


def _clean_plan_changes(changes: dict[str, Any]) -> dict[str, Any]:
    return {
        name: clean_text(value, multiline=PLAN_TEXT_FIELDS[name])
        if name in PLAN_TEXT_FIELDS and isinstance(value, str)
        else value
        for name, value in changes.items()
    }


def _clean_sections(sections: list[SectionData]) -> list[SectionData]:
    return [replace(s, heading=_clean_line(s.heading), body=clean_text(s.body)) for s in sections]


def _clean_refs(refs: list[AgencyRef]) -> list[AgencyRef]:
    return [replace(ref, as_written=_clean_line(ref.as_written)) for ref in refs]


def _clean_task_data(data: TaskData) -> TaskData:
    return replace(
        data,
        text=clean_text(data.text),
        timeframe_text=_clean_line(data.timeframe_text),
        row_label=_clean_line(data.row_label),
        leads=_clean_refs(data.leads),
        coordinating=_clean_refs(data.coordinating),
    )


def _require_manager(actor) -> None:
    if not can_manage_plans(actor):
        raise PermissionDenied(_("Only the coordinating department can change plans."))


def _plan_search_text(plan: Plan) -> str:
    return " ".join(
        filter(
            None, [plan.number, plan.title, plan.issuer_name, plan.summary, str(plan.period_start)]
        )
    )


def plan_search_partition(plan: Plan) -> int | None:
    """The search partition of a plan and its tasks: the province of the plan's unit, or of
    its issuer's unit when it has none (``plans.scope``'s rule for "a plan in a unit");
    None for a plan of a central body. Remembered on the instance."""
    cached = getattr(plan, "_search_partition", False)
    if cached is not False:
        return cached
    unit_id = plan.unit_id
    if unit_id is None and plan.issuer_id is not None:
        unit_id = Agency.objects.filter(pk=plan.issuer_id).values_list("unit_id", flat=True).first()
    partition = province_ids_of([unit_id]).get(unit_id) if unit_id else None
    plan._search_partition = partition
    return partition


def _index_plan(plan: Plan) -> None:
    search.index_object(
        SEARCH_KIND_PLAN, plan.pk, _plan_search_text(plan), partition=plan_search_partition(plan)
    )


def _index_task(task: Task) -> None:
    labels = [a.label for a in task.assignments.all()]
    search.index_object(
        SEARCH_KIND_TASK,
        task.pk,
        " ".join([task.text, task.timeframe_text, *labels]),
        partition=plan_search_partition(task.plan),
    )


# --- Across levels: the plan a plan implements, the task a task carries out ----------

# How far up a chain of implementing plans is followed (ministry → province → department →
# commune is four); a longer chain is refused rather than walked without end.
PLAN_TREE_MAX_DEPTH = 6


def plan_ancestor_ids(parent: Plan | None) -> list[int]:
    """``parent`` and the plans above it, nearest first (one query a level)."""
    ids: list[int] = []
    current = parent.pk if parent is not None else None
    while current is not None and current not in ids and len(ids) <= PLAN_TREE_MAX_DEPTH:
        ids.append(current)
        current = Plan.objects.filter(pk=current).values_list("parent_id", flat=True).first()
    return ids


def plan_parent_errors(*, actor, plan: Plan | None, parent: Plan | None) -> list[str]:
    """Why ``plan`` (None: a new plan) may not implement ``parent``: a plan the actor may
    not see, the plan itself, one of the plans that implement it (a loop), too deep."""
    if parent is None:
        return []
    if not visible_plans(actor).filter(pk=parent.pk).exists():
        return [_("Choose a plan from the list.")]
    ancestors = plan_ancestor_ids(parent)
    if plan is not None and plan.pk in ancestors:
        return [_("A plan cannot implement itself or a plan that implements it.")]
    if len(ancestors) > PLAN_TREE_MAX_DEPTH - 1:
        return [
            _("Plans cannot be nested more than {depth} levels deep.").format(
                depth=PLAN_TREE_MAX_DEPTH
            )
        ]
    return []


def task_parent_errors(*, plan: Plan, parent_task: Task | None) -> list[str]:
    """Why a task of ``plan`` may not carry out ``parent_task``: the parent task must
    belong to the plan that ``plan`` implements (one level up, decision 0026)."""
    if parent_task is None:
        return []
    if plan.parent_id is None:
        return [
            _("This plan does not implement another plan; choose the plan it implements first.")
        ]
    if parent_task.plan_id != plan.parent_id:
        return [_("A task can only carry out a task of the plan this plan implements.")]
    return []


def _check_parent_change(*, actor, plan: Plan | None, parent: Plan | None) -> None:
    """The plan's new parent is valid and no task of the plan is left carrying out a task
    of the plan it no longer implements (refused: nothing is unlinked silently)."""
    errors = plan_parent_errors(actor=actor, plan=plan, parent=parent)
    if not errors and plan is not None:
        stranded = plan.tasks.filter(parent_task__isnull=False)
        if parent is not None:
            stranded = stranded.exclude(parent_task__plan_id=parent.pk)
        count = stranded.count()
        if count:
            errors = [
                _(
                    "{count} task(s) of this plan carry out tasks of the plan it implements; "
                    "unlink them before choosing another plan."
                ).format(count=count)
            ]
    if errors:
        raise ValidationError({"parent": errors})


@transaction.atomic
def plan_create(
    *,
    actor,
    title: str,
    period_start: int,
    period_end: int | None = None,
    number: str = "",
    issued_date: datetime.date | None = None,
    level: str = "province",
    unit=None,
    issuer: Agency | None = None,
    issuer_name: str = "",
    parent: Plan | None = None,
    visibility: str = Visibility.INTERNAL,
    public_shows: str = PublicDisclosure.STATUS,
    restricted_to: list[Agency] | None = None,
    summary: str = "",
    signer: str = "",
    legal_bases: list[str] | None = None,
    sections: list[SectionData] | None = None,
    report_deadline_text: str = "",
    report_deadline_month: int | None = None,
    report_deadline_day: int | None = None,
    status: str = PlanStatus.DRAFT,
    audit: bool = True,
) -> Plan:
    _require_manager(actor)
    title, number, issuer_name, signer, report_deadline_text = map(
        _clean_line, (title, number, issuer_name, signer, report_deadline_text)
    )
    summary = clean_text(summary)
    legal_bases = [_clean_line(ref) for ref in legal_bases or []]
    legal_references_check(legal_bases)
    _check_parent_change(actor=actor, plan=None, parent=parent)
    plan = Plan(
        title=title.strip(),
        number=number.strip(),
        issued_date=issued_date,
        period_start=period_start,
        period_end=period_end if period_end is not None else period_start,
        level=level,
        unit=unit,
        issuer=issuer,
        issuer_name=issuer_name or (issuer.name if issuer else ""),
        parent=parent,
        visibility=visibility,
        public_shows=public_shows,
        summary=summary,
        signer=signer,
        status=status,
        report_deadline_text=report_deadline_text,
        report_deadline_month=report_deadline_month,
        report_deadline_day=report_deadline_day,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    plan.full_clean()
    plan.save()
    if restricted_to:
        plan.restricted_to.set(restricted_to)
    for order, ref in enumerate(legal_bases or []):
        plan_add_legal_basis(plan=plan, reference=ref, order=order)
    sections = default_sections() if sections is None else _clean_sections(sections)
    for order, section in enumerate(sections):
        PlanSection.objects.create(
            plan=plan, kind=section.kind, order=order, heading=section.heading, body=section.body
        )
    _index_plan(plan)
    public_pages_changed([plan.parent_id], parent_ids=[])
    if audit:
        log_action(actor=actor, action="plan.created", target=plan, after=snapshot(plan))
    return plan


def plan_add_legal_basis(*, plan: Plan, reference: str, order: int = 0) -> PlanLegalBasis:
    document = legal_document_get_or_create(reference=reference)
    link, _created = PlanLegalBasis.objects.get_or_create(
        plan=plan, document=document, defaults={"order": order, "as_written": reference.strip()}
    )
    return link


@transaction.atomic
def plan_set_legal_bases(*, actor, plan: Plan, references: list[str]) -> None:
    _require_manager(actor)
    references = [_clean_line(ref) for ref in references]
    legal_references_check(references)
    before = [
        link.document.identifier for link in plan.legal_basis_links.select_related("document")
    ]
    PlanLegalBasis.objects.filter(plan=plan).delete()
    for order, ref in enumerate(references):
        plan_add_legal_basis(plan=plan, reference=ref, order=order)
    after = [link.document.identifier for link in plan.legal_basis_links.select_related("document")]
    if before != after:
        log_action(
            actor=actor,
            action="plan.legal_bases_changed",
            target=plan,
            before={"legal_bases": before},
            after={"legal_bases": after},
        )


PLAN_EDITABLE_FIELDS = (
    "title",
    "number",
    "issued_date",
    "period_start",
    "period_end",
    "level",
    "unit",
    "issuer",
    "issuer_name",
    "parent",
    "visibility",
    "public_shows",
    "summary",
    "signer",
    "report_deadline_text",
)


@transaction.atomic
def plan_update(
    *,
    actor,
    plan: Plan,
    expected_version: int,
    restricted_to: list[Agency] | None = None,
    legal_bases: list[str] | None = None,
    **changes: Any,
) -> Plan:
    """Change a plan's fields (and, when given, its restriction and legal bases) at once."""
    _require_manager(actor)
    unknown = set(changes) - set(PLAN_EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable: {sorted(unknown)}")
    changes = _clean_plan_changes(changes)
    if legal_bases is not None:
        legal_bases = [_clean_line(ref) for ref in legal_bases]
        legal_references_check(legal_bases)
    before = snapshot(plan)
    issued_before = plan.issued_date
    if "parent" in changes and (changes["parent"].pk if changes["parent"] else None) != (
        plan.parent_id
    ):
        _check_parent_change(actor=actor, plan=plan, parent=changes["parent"])
    for name, value in changes.items():
        setattr(plan, name, value)
    plan.full_clean()
    claim_version(plan, expected_version)
    plan.save()
    if restricted_to is not None:
        plan.restricted_to.set(restricted_to)
    period_changed = (
        before["period_start"] != plan.period_start or before["period_end"] != plan.period_end
    )
    if period_changed:
        tasks = list(plan.tasks.all())
    elif plan.issued_date != issued_before:
        # the year a plan is written in dates its "trong năm nay" (task_apply_schedule)
        tasks = list(plan.tasks.filter(timeframe_text__icontains="nay"))
    else:
        tasks = []
    if tasks:
        for task in tasks:
            task.plan = plan
            _store_deadlines(task, task_apply_schedule(task=task, strict=False))
        Task.objects.bulk_update(tasks, ["recurrence", "timeframe_flagged", "final_deadline"])
        _announce(tasks)
    if legal_bases is not None:
        plan_set_legal_bases(actor=actor, plan=plan, references=legal_bases)
    if (before["unit"], before["issuer"]) != (plan.unit_id, plan.issuer_id):
        plan.__dict__.pop("_search_partition", None)
        search.set_partition(SEARCH_KIND_TASK, plan.tasks.values("pk"), plan_search_partition(plan))
    _index_plan(plan)
    public_pages_changed([plan.pk, before["parent"]], parent_ids=[plan.parent_id])
    log_action(
        actor=actor,
        action="plan.changed",
        target=plan,
        before=before,
        after=snapshot(plan),
    )
    return plan


def allowed_transitions(plan: Plan) -> tuple[str, ...]:
    return TRANSITIONS.get(plan.status, ())


def status_path(*, from_status: str, to_status: str) -> list[str]:
    """The fewest allowed moves from one status to another (empty when they are equal)."""
    paths: dict[str, list[str]] = {from_status: []}
    queue = [from_status]
    while queue:
        current = queue.pop(0)
        if current == to_status:
            return paths[current]
        for following in TRANSITIONS.get(current, ()):
            if following not in paths:
                paths[following] = [*paths[current], following]
                queue.append(following)
    raise ValidationError(
        _("A plan cannot move from “{current}” to “{target}”.").format(
            current=PlanStatus(from_status).label, target=PlanStatus(to_status).label
        )
    )


@transaction.atomic
def plan_move_to(*, actor, plan: Plan, to_status: str) -> Plan:
    """Walk the lifecycle to ``to_status`` by the allowed moves, each one recorded."""
    for step in status_path(from_status=plan.status, to_status=to_status):
        plan = plan_transition(actor=actor, plan=plan, to_status=step)
    return plan


@transaction.atomic
def plan_transition(*, actor, plan: Plan, to_status: str, comment: str = "") -> Plan:
    _require_manager(actor)
    comment = clean_text(comment)
    if to_status not in allowed_transitions(plan):
        raise ValidationError(
            _("A plan cannot move from “{current}” to “{target}”.").format(
                current=plan.get_status_display(), target=PlanStatus(to_status).label
            )
        )
    if to_status in (PlanStatus.ISSUED, PlanStatus.IN_PROGRESS) and not plan.tasks.exists():
        raise ValidationError(_("A plan without tasks cannot be issued."))
    from_status = plan.status
    claimed = Plan.objects.filter(pk=plan.pk, status=from_status).update(
        status=to_status, version=F("version") + 1
    )
    if claimed != 1:
        raise ConflictError()
    plan.refresh_from_db()
    PlanStatusChange.objects.create(
        plan=plan, from_status=from_status, to_status=to_status, by=actor, comment=comment
    )
    public_pages_changed([plan.pk], parent_ids=[plan.parent_id])
    log_action(
        actor=actor,
        action="plan.status_changed",
        target=plan,
        before={"status": from_status},
        after={"status": to_status},
        data={"comment": comment} if comment else None,
    )
    return plan


@transaction.atomic
def plan_delete(*, actor, plan: Plan) -> None:
    _require_manager(actor)
    if plan.status != PlanStatus.DRAFT:
        raise ValidationError(_("Only a draft plan can be deleted."))
    before = snapshot(plan)
    task_ids = list(plan.tasks.values_list("pk", flat=True))
    log_action(actor=actor, action="plan.deleted", target=plan, before=before)
    for task_id in task_ids:
        search.remove_object(SEARCH_KIND_TASK, task_id)
    search.remove_object(SEARCH_KIND_PLAN, plan.pk)
    public_pages_changed([plan.pk], parent_ids=[plan.parent_id])
    plan.delete()


# --- Tasks -------------------------------------------------------------------------


def task_apply_schedule(*, task: Task, strict: bool = True) -> list[datetime.date]:
    """Compute deadlines and recurrence from the wording; flag what is not understood.

    Sets the task's schedule fields (recurrence, flag, final deadline) and returns the
    deadlines; the caller stores them with :func:`_store_deadlines` once the task has a
    primary key and announces the change (:func:`_announce`): the next deadline is part
    of the derived state, which ``ttdn.tracking`` owns. A wording
    that names a time outside the plan's period is refused when ``strict`` (a task
    being written) and only flagged otherwise (the plan's period changed under it).
    """
    plan = task.plan
    text = (task.timeframe_text or "").strip()
    if not text:
        task.recurrence, task.timeframe_flagged = "", False
        task.final_deadline = None
        return []
    # "trong năm nay" is the year the plan is written in: its date of issue's, else its period's
    # when that is one year (as the importer reads it); otherwise it is not understood.
    this_year = year_written(plan.issued_date, plan.period_start, plan.period_end)
    schedule = parse_timeframe(
        text, from_year=plan.period_start, to_year=plan.period_end, this_year=this_year
    )
    if strict and schedule.problem == PROBLEM_OUTSIDE_PERIOD:
        raise ValidationError(
            {
                "timeframe_text": _(
                    "This timeframe lies outside the plan's period ({period})."
                ).format(period=plan.period_label)
            }
        )
    deadlines = list(schedule.deadlines)
    task.recurrence = schedule.recurrence or ""
    task.timeframe_flagged = not schedule.recognised
    task.final_deadline = deadlines[-1] if deadlines else None
    return deadlines


def _announce(tasks: list[Task]) -> None:
    """Tell the owner of the derived task state that its inputs changed (plans.signals);
    the public pages showing them are read afresh."""
    task_inputs_changed.send(sender=Task, tasks=tasks)
    plans = {task.plan for task in tasks}
    public_pages_changed([plan.pk for plan in plans], parent_ids=[plan.parent_id for plan in plans])


def _store_deadlines(task: Task, deadlines: list[datetime.date]) -> None:
    TaskDeadline.objects.filter(task=task).delete()
    TaskDeadline.objects.bulk_create([TaskDeadline(task=task, due_date=d) for d in deadlines])


def _save_assignments(task: Task, leads: list[AgencyRef], coordinating: list[AgencyRef]) -> None:
    """Replace the task's assignments. An agency that stays assigned keeps the way the
    plan wrote its name unless a new wording is given."""
    written = dict(
        TaskAssignment.objects.filter(task=task, agency__isnull=False).values_list(
            "agency_id", "as_written"
        )
    )
    for ref in [*leads, *coordinating]:
        if ref.agency is not None and not ref.as_written:
            ref.as_written = written.get(ref.agency.pk, "")
    TaskAssignment.objects.filter(task=task).delete()
    rows, seen = [], set()
    for role, refs in ((AssignmentRole.LEAD, leads), (AssignmentRole.COORDINATING, coordinating)):
        for order, ref in enumerate(refs):
            if ref.agency is None and not ref.as_written.strip():
                continue
            key = (ref.agency.pk if ref.agency else ref.as_written.strip(), role)
            if key in seen:
                continue
            seen.add(key)
            rows.append(
                TaskAssignment(
                    task=task,
                    agency=ref.agency,
                    role=role,
                    as_written=ref.as_written.strip()[:255],
                    order=order,
                )
            )
    TaskAssignment.objects.bulk_create(rows)


# The columns of a task that plans write; the rest of Task's state is derived (tracking).
TASK_PLAN_FIELDS = (
    "text",
    "group",
    "row_label",
    "timeframe_text",
    "recurrence",
    "timeframe_flagged",
    "final_deadline",
    "parent_task",
)


def _validate_task_data(data: TaskData, plan: Plan) -> None:
    errors = {}
    parent_errors = task_parent_errors(plan=plan, parent_task=data.parent_task)
    if parent_errors:
        errors["parent_task"] = parent_errors
    if not data.text.strip():
        errors["text"] = _("Write what the task is.")
    if not any(ref.agency or ref.as_written.strip() for ref in data.leads):
        errors["leads"] = _("Name at least one lead agency.")
    if data.group not in TaskGroup.values:
        errors["group"] = _("Choose a group from the list.")
    if errors:
        raise ValidationError(errors)


def _task_snapshot(task: Task) -> dict:
    data = snapshot(
        task,
        [
            "text",
            "group",
            "timeframe_text",
            "recurrence",
            "order",
            "row_label",
            "status",
            "percent",
            "parent_task",
        ],
    )
    data["leads"] = [a.label for a in task.assignments.all() if a.role == AssignmentRole.LEAD]
    data["coordinating"] = [
        a.label for a in task.assignments.all() if a.role == AssignmentRole.COORDINATING
    ]
    return data


def _task_scopes(task: Task) -> list:
    """Where a task's change is filed: its plan, and the task it carries out (whose
    history then shows the tasks linked to it)."""
    return [task.plan, *([task.parent_task] if task.parent_task_id else [])]


@transaction.atomic
def task_create(
    *, actor, plan: Plan, data: TaskData, order: int | None = None, audit: bool = True
) -> Task:
    _require_manager(actor)
    data = _clean_task_data(data)
    _validate_task_data(data, plan)
    if order is None:
        last = plan.tasks.order_by("-order").values_list("order", flat=True).first()
        order = (last or 0) + 1
    task = Task(
        plan=plan,
        order=order,
        row_label=data.row_label,
        group=data.group,
        text=data.text.strip(),
        timeframe_text=data.timeframe_text.strip(),
        parent_task=data.parent_task,
    )
    deadlines = task_apply_schedule(task=task)
    task.full_clean()
    task.save()
    _store_deadlines(task, deadlines)
    _save_assignments(task, data.leads, data.coordinating)
    _announce([task])
    _index_task(task)
    if audit:
        log_action(
            actor=actor,
            action="task.created",
            target=task,
            after=_task_snapshot(task),
            scopes=_task_scopes(task),
        )
    return task


@transaction.atomic
def task_update(*, actor, task: Task, data: TaskData, expected_version: int) -> Task:
    _require_manager(actor)
    data = _clean_task_data(data)
    _validate_task_data(data, task.plan)
    before = _task_snapshot(task)
    claim_version(task, expected_version)
    task.text = data.text.strip()
    task.group = data.group
    task.row_label = data.row_label
    task.parent_task = data.parent_task
    timeframe_changed = task.timeframe_text != data.timeframe_text.strip()
    task.timeframe_text = data.timeframe_text.strip()
    deadlines = task_apply_schedule(task=task) if timeframe_changed else None
    task.full_clean()
    # Only what plans own: the derived state (status, percent, next deadline) is written
    # by its owner alone, so an edit never saves a state read before a report arrived.
    task.save(update_fields=[*TASK_PLAN_FIELDS, "version", "updated_at"])
    _save_assignments(task, data.leads, data.coordinating)
    if deadlines is not None:
        _store_deadlines(task, deadlines)
    # The lead agencies are an input too (a second lead reopens a finished task).
    _announce([task])
    _index_task(task)
    log_action(
        actor=actor,
        action="task.changed",
        target=task,
        before=before,
        after=_task_snapshot(task),
        scopes=_task_scopes(task),
    )
    return task


@transaction.atomic
def task_delete(*, actor, task: Task) -> None:
    _require_manager(actor)
    if task.updates.exists():
        raise ValidationError(
            _("This task already has progress reports; cancel it instead of deleting it.")
        )
    log_action(
        actor=actor,
        action="task.deleted",
        target=task,
        before=_task_snapshot(task),
        scopes=[task.plan],
    )
    search.remove_object(SEARCH_KIND_TASK, task.pk)
    public_pages_changed([task.plan_id])
    task.delete()
