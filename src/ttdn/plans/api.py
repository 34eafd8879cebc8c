"""API for plans and their tasks: ``/api/v1/plans…`` and ``/api/v1/tasks/{id}``.

Read-only. Every lookup goes through ``ttdn.plans.access`` (404 for what the user
may not see), every list starts from the user's visible rows.
"""

import datetime

from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from ttdn.core.api import Pagination
from ttdn.plans import selectors
from ttdn.plans.access import (
    plan_get_for_user,
    reporting_agency_ids,
    task_get_for_user,
    visible_plans,
)
from ttdn.plans.models import (
    AssignmentRole,
    Plan,
    PlanLegalBasis,
    PlanLevel,
    PlanStatus,
    Task,
)

router = Router()

MAX_QUERY_CHARS = 200


# --- output schemas ------------------------------------------------------------------------


class PeriodOut(Schema):
    from_year: int
    to_year: int


class AgencyRefOut(Schema):
    agency_id: int | None = Field(description="The agency in the directory; null when not resolved")
    name: str = Field(
        description="The agency's official name, or the text as written when not resolved"
    )
    as_written: str = Field(description="The name as the document wrote it")


class PlanOut(Schema):
    id: int
    number: str
    title: str
    issued_date: datetime.date | None
    period: PeriodOut
    level: str
    status: str
    visibility: str
    public_shows: str = Field(
        description="What visitors who are not logged in see of a public plan's progress: "
        "status (status and dates), progress (also percentages and accepted reports), "
        "evidence (also their files and links)"
    )
    issuer: AgencyRefOut | None
    task_count: int
    url: str = Field(description="The plan's page")

    @staticmethod
    def resolve_period(obj: Plan) -> dict:
        return {"from_year": obj.period_start, "to_year": obj.period_end}

    @staticmethod
    def resolve_issuer(obj: Plan) -> dict | None:
        if obj.issuer_id is None and not obj.issuer_name:
            return None
        return {
            "agency_id": obj.issuer_id,
            "name": obj.issuer.name if obj.issuer_id else obj.issuer_name,
            "as_written": obj.issuer_name,
        }

    @staticmethod
    def resolve_task_count(obj: Plan) -> int:
        count = getattr(obj, "task_count", None)
        return obj.tasks.count() if count is None else count

    @staticmethod
    def resolve_url(obj: Plan) -> str:
        return reverse("pages:plan", args=[obj.pk])


class LegalBasisOut(Schema):
    identifier: str
    kind: str
    issued_date: datetime.date | None
    as_written: str


class SectionOut(Schema):
    kind: str
    heading: str
    body: str


class PlanUnitOut(Schema):
    id: int
    name: str
    level: str


class ImplementingPlanOut(Schema):
    id: int
    number: str
    title: str
    level: str
    url: str = Field(description="The plan's page")

    @staticmethod
    def resolve_url(obj: Plan) -> str:
        return reverse("pages:plan", args=[obj.pk])


class PlanDetailOut(PlanOut):
    summary: str
    signer: str
    unit: PlanUnitOut | None
    parent_id: int | None = Field(description="The plan this one implements, if any")
    implemented_by: list[ImplementingPlanOut] = Field(
        description="The plans you may see that implement this one (departments', communes')"
    )
    report_deadline_text: str
    legal_bases: list[LegalBasisOut]
    sections: list[SectionOut]

    @staticmethod
    def resolve_unit(obj: Plan) -> dict | None:
        if obj.unit is None:
            return None
        return {"id": obj.unit.pk, "name": str(obj.unit), "level": obj.unit.level}

    @staticmethod
    def resolve_legal_bases(obj: Plan) -> list[dict]:
        return [
            {
                "identifier": link.document.identifier,
                "kind": link.document.kind,
                "issued_date": link.document.issued_date,
                "as_written": link.as_written,
            }
            for link in obj.legal_basis_links.all()
        ]


class TimeframeOut(Schema):
    as_written: str
    deadlines: list[datetime.date]
    recurrence: str
    needs_review: bool = Field(
        description="The wording was not understood; no deadline was invented"
    )


def _refs(task: Task, role: str) -> list[dict]:
    # Filters the prefetched assignments in Python: no query per task.
    return [
        {
            "agency_id": a.agency_id,
            "name": a.agency.name if a.agency_id else a.as_written,
            "as_written": a.as_written,
        }
        for a in task.assignments.all()
        if a.role == role
    ]


class TaskOut(Schema):
    id: int
    plan_id: int
    order: int
    row_label: str
    group: str
    text: str
    lead: list[AgencyRefOut]
    coordinating: list[AgencyRefOut]
    timeframe: TimeframeOut
    status: str = Field(
        description="The effective status: “late” when open and past its next deadline"
    )
    percent: int
    next_deadline: datetime.date | None
    parent_task_id: int | None = Field(
        description="The task of the plan this plan implements that this task carries out"
    )
    url: str = Field(description="The task's page")

    @staticmethod
    def resolve_lead(obj: Task) -> list[dict]:
        return _refs(obj, AssignmentRole.LEAD)

    @staticmethod
    def resolve_coordinating(obj: Task) -> list[dict]:
        return _refs(obj, AssignmentRole.COORDINATING)

    @staticmethod
    def resolve_timeframe(obj: Task) -> dict:
        return {
            "as_written": obj.timeframe_text,
            "deadlines": [d.due_date for d in obj.deadlines.all()],
            "recurrence": obj.recurrence,
            "needs_review": obj.timeframe_flagged,
        }

    @staticmethod
    def resolve_status(obj: Task) -> str:
        return obj.effective_status(timezone.localdate())

    @staticmethod
    def resolve_url(obj: Task) -> str:
        return reverse("pages:task", args=[obj.pk])


class PlanRefOut(Schema):
    id: int
    number: str
    title: str
    url: str


class TaskDetailOut(TaskOut):
    plan: PlanRefOut
    final_deadline: datetime.date | None
    reporting_agency_ids: list[int] = Field(
        description="The agencies on whose behalf you may report progress on this task"
    )

    @staticmethod
    def resolve_plan(obj: Task) -> dict:
        plan = obj.plan
        return {
            "id": plan.pk,
            "number": plan.number,
            "title": plan.title,
            "url": reverse("pages:plan", args=[plan.pk]),
        }


# --- endpoints ------------------------------------------------------------------------------


@router.get("/plans", response=list[PlanOut], summary="List plans")
@paginate(Pagination)
def plan_list(
    request: HttpRequest,
    number: str = Query(
        "", max_length=60, description="Number and symbol, e.g. 12773/KH-UBND (exact)"
    ),
    year: int | None = Query(
        None, ge=1945, le=2100, description="Plans whose period includes this year"
    ),
    status: PlanStatus | None = None,
    level: PlanLevel | None = None,
    q: str = Query(
        "", max_length=MAX_QUERY_CHARS, description="Search words, with or without diacritics"
    ),
):
    filters = selectors.PlanFilters(
        year=year, level=level.value if level else "", status=status.value if status else "", q=q
    )
    plans = selectors.plan_list(user=request.user, filters=filters)
    if number.strip():
        plans = plans.filter(number__iexact=number.strip())
    return plans


@router.get("/plans/{plan_id}", response=PlanDetailOut, summary="One plan")
def plan_detail(request: HttpRequest, plan_id: int):
    plan = plan_get_for_user(request.user, plan_id)
    prefetch_related_objects(
        [plan],
        "sections",
        Prefetch("legal_basis_links", queryset=PlanLegalBasis.objects.select_related("document")),
    )
    plan.implemented_by = list(
        visible_plans(request.user).filter(parent_id=plan.pk).order_by("level", "title", "pk")
    )
    return plan


@router.get(
    "/plans/{plan_id}/tasks", response=list[TaskOut], summary="The tasks of a plan (its annex)"
)
@paginate(Pagination)
def plan_tasks(request: HttpRequest, plan_id: int):
    plan = plan_get_for_user(request.user, plan_id)
    # The plan is joined, not fetched per task, once the page is sliced.
    return selectors.plan_annex_queryset(plan=plan, with_deadlines=True).select_related("plan")


@router.get("/tasks/{task_id}", response=TaskDetailOut, summary="One task")
def task_detail(request: HttpRequest, task_id: int):
    task = selectors.task_with_details(task_get_for_user(request.user, task_id))
    task.reporting_agency_ids = reporting_agency_ids(request.user, task)
    return task
