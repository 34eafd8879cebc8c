"""API of the budget: ``/api/v1/budget/…``.

Estimates of a plan-year with their lines and spending, spending recorded against a line
of the approved estimate in force, and the totals by agency, task group and plan — the
same access helpers (``budget.access``: an agency's officers their agencies' estimates,
finance reviewers those they review, ``SEE_ALL_BUDGETS`` / ``APPROVE_BUDGET`` every one;
"not yours" a 404), selectors and services (``spending_record``: audited, its warning
when a line's spending passes its approved amount) as the pages.

Money is a string of whole đồng ("1500000"): amounts reach 10^18 − 1, past what a
JavaScript number holds exactly.
"""

import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import StrictInt, StrictStr

from ttdn.budget import selectors, services
from ttdn.budget.access import (
    can_appraise,
    can_approve,
    can_edit,
    estimate_get_for_user,
    line_get_for_user,
    may_use_budget,
)
from ttdn.budget.models import Estimate, EstimateStatus, Spending
from ttdn.core.api import ErrorOut, IsoDate, Pagination

router = Router()

Money = str


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value.quantize(Decimal(1)))


def _require_budget(user) -> None:
    if not may_use_budget(user):
        raise PermissionDenied(_("You have no access to budget estimates."))


class BudgetPlanOut(Schema):
    id: int
    number: str
    title: str


class BudgetAgencyOut(Schema):
    id: int
    name: str


class EstimateOut(Schema):
    id: int
    plan: BudgetPlanOut
    agency: BudgetAgencyOut
    year: int
    revision: int
    previous_id: int | None = Field(description="The estimate this revision revises")
    title: str
    status: str = Field(description="draft, submitted, appraised, returned, approved, superseded")
    version: int
    requested: Money = Field(description="The lines' requested amounts, in đồng")
    approved: Money = Field(description="The lines' approved amounts, in đồng (0 until approved)")
    line_count: int
    url: str = Field(description="The estimate's page")

    @staticmethod
    def resolve_requested(obj: Estimate) -> str:
        return _money(obj.requested)

    @staticmethod
    def resolve_approved(obj: Estimate) -> str:
        return _money(obj.approved)

    @staticmethod
    def resolve_url(obj: Estimate) -> str:
        return reverse("budget:detail", args=[obj.pk])


class EstimateLineOut(Schema):
    id: int
    order: int
    group: str = Field(description="The task group")
    description: str
    task_id: int | None
    activity_id: int | None
    quantity: str
    unit: str
    unit_cost: Money
    amount: Money = Field(description="Requested")
    appraised_amount: Money | None = Field(description="Set by the finance reviewer")
    appraisal_comment: str
    approved_amount: Money | None
    spent: Money
    over_approved: bool = Field(description="Spending exceeds the approved amount")
    funding_source: str
    note: str


class EstimateDetailOut(EstimateOut):
    note: str
    status_comment: str
    submitted_at: datetime.datetime | None
    appraised_at: datetime.datetime | None
    approved_at: datetime.datetime | None
    appraised: Money = Field(description="The lines' amounts as appraised, in đồng")
    spent: Money
    lines: list[EstimateLineOut]
    may_edit: bool = Field(description="You may draft, submit, revise and record spending")
    may_appraise: bool
    may_approve: bool

    @staticmethod
    def resolve_lines(obj: Estimate) -> list[dict]:
        return obj.lines_out

    @staticmethod
    def resolve_may_edit(obj: Estimate) -> bool:
        return obj.may["edit"]

    @staticmethod
    def resolve_may_appraise(obj: Estimate) -> bool:
        return obj.may["appraise"]

    @staticmethod
    def resolve_may_approve(obj: Estimate) -> bool:
        return obj.may["approve"]


class SpendingOut(Schema):
    id: int
    line_id: int
    estimate_id: int
    day: datetime.date
    amount: Money
    document_ref: str
    note: str
    recorded_by: str
    files: list[str] = Field(description="The files' names (downloads on the estimate's page)")

    @staticmethod
    def resolve_estimate_id(obj: Spending) -> int:
        return obj.line.estimate_id

    @staticmethod
    def resolve_amount(obj: Spending) -> str:
        return _money(obj.amount)

    @staticmethod
    def resolve_recorded_by(obj: Spending) -> str:
        user = obj.recorded_by
        return (user.get_full_name() or user.get_username()) if user else ""

    @staticmethod
    def resolve_files(obj: Spending) -> list[str]:
        return [str(f) for f in obj.files.all()]


class SpendingRecordedOut(SpendingOut):
    warning: str = Field(
        description="Said when the line's spending now exceeds its approved amount (recorded)"
    )


class SpendingIn(Schema):
    day: IsoDate = Field(description="The day of the spending (not in the future)")
    amount: StrictInt | StrictStr = Field(
        description="Whole đồng, more than 0: an integer or its text (“1500000”)"
    )
    document_ref: str = Field("", description="The payment document's number")
    note: str = ""


class TotalRowOut(Schema):
    key: str
    label: str
    approved: Money
    spent: Money
    remaining: Money
    rate: float | None = Field(description="Spent as a percentage of approved")


class BudgetTotalsOut(Schema):
    year: int
    plan_id: int | None
    by_agency: list[TotalRowOut]
    by_group: list[TotalRowOut]
    by_plan: list[TotalRowOut]
    total: TotalRowOut


def _row(row) -> dict:
    return {
        "key": row.key,
        "label": str(row.label),
        "approved": _money(row.approved),
        "spent": _money(row.spent),
        "remaining": _money(row.remaining),
        "rate": row.rate,
    }


class EstimateFilters(Schema):
    year: int | None = Field(None, ge=1945, le=2100)
    status: EstimateStatus | None = None
    agency: int | None = Field(None, ge=1, le=2**31 - 1)
    plan: int | None = Field(None, ge=1, le=2**31 - 1)


@router.get(
    "/budget/estimates",
    response={200: list[EstimateOut], 403: ErrorOut},
    summary="Budget estimates you may see, newest year first, with their totals",
)
@paginate(Pagination)
def estimate_list(request: HttpRequest, filters: Query[EstimateFilters]):
    _require_budget(request.user)
    estimates = selectors.estimate_list(
        user=request.user,
        year=filters.year,
        status=filters.status.value if filters.status else "",
        agency_id=filters.agency,
    )
    if filters.plan:
        estimates = estimates.filter(plan_id=filters.plan)
    return estimates


def _line_rows(estimate: Estimate) -> list[dict]:
    rows = []
    for line in selectors.estimate_lines(estimate):
        rows.append(
            {
                "id": line.pk,
                "order": line.order,
                "group": line.group,
                "description": line.description,
                "task_id": line.task_id,
                "activity_id": line.activity_id,
                "quantity": str(line.quantity),
                "unit": line.unit,
                "unit_cost": _money(line.unit_cost),
                "amount": _money(line.amount),
                "appraised_amount": _money(line.appraised_amount),
                "appraisal_comment": line.appraisal_comment,
                "approved_amount": _money(line.approved_amount),
                "spent": _money(line.spent),
                "over_approved": line.over_approved,
                "funding_source": line.funding_source,
                "note": line.note,
            }
        )
    return rows


@router.get("/budget/estimates/{estimate_id}", response=EstimateDetailOut, summary="An estimate")
def estimate_get(request: HttpRequest, estimate_id: int):
    estimate = estimate_get_for_user(request.user, estimate_id)
    lines = _line_rows(estimate)
    totals = services.estimate_total(estimate)
    estimate.requested = totals["requested"]
    estimate.approved = totals["approved"]
    estimate.appraised = _money(totals["appraised"])
    estimate.line_count = len(lines)
    estimate.spent = _money(sum((Decimal(row["spent"]) for row in lines), Decimal(0)))
    estimate.lines_out = lines
    estimate.may = {
        "edit": can_edit(request.user, estimate),
        "appraise": can_appraise(request.user, estimate),
        "approve": can_approve(request.user),
    }
    return estimate


@router.get(
    "/budget/estimates/{estimate_id}/spendings",
    response=list[SpendingOut],
    summary="The spending recorded against an estimate's lines, newest first",
)
@paginate(Pagination)
def spending_list(request: HttpRequest, estimate_id: int):
    estimate = estimate_get_for_user(request.user, estimate_id)
    return (
        Spending.objects.filter(line__estimate=estimate)
        .select_related("line", "recorded_by")
        .prefetch_related("files")
        .order_by("-day", "-pk")
    )


@router.post(
    "/budget/lines/{line_id}/spendings",
    response={201: SpendingRecordedOut},
    summary="Record spending against a line of the approved estimate (the agency's officers)",
)
def spending_create(request: HttpRequest, line_id: int, payload: SpendingIn):
    line = line_get_for_user(request.user, line_id)
    spending, warning = services.spending_record(
        actor=request.user,
        line=line,
        day=payload.day,
        amount=str(payload.amount).strip(),
        document_ref=payload.document_ref,
        note=payload.note,
    )
    spending.warning = warning
    return Status(201, spending)


class TotalsQuery(Schema):
    year: int | None = Field(
        None, ge=1945, le=2100, description="Default: the latest year with estimates"
    )
    plan: int | None = Field(None, ge=1, le=2**31 - 1)


@router.get(
    "/budget/totals",
    response={200: BudgetTotalsOut, 403: ErrorOut},
    summary="Approved and spent by agency, task group and plan for a year",
)
def budget_totals(request: HttpRequest, query: Query[TotalsQuery]):
    _require_budget(request.user)
    year = query.year
    if year is None:
        years = selectors.years_with_estimates(request.user)
        year = years[0] if years else timezone.localdate().year
    totals = selectors.budget_totals(user=request.user, year=year, plan_id=query.plan)
    return {
        "year": totals.year,
        "plan_id": query.plan,
        "by_agency": [_row(r) for r in totals.by_agency],
        "by_group": [_row(r) for r in totals.by_group],
        "by_plan": [_row(r) for r in totals.by_plan],
        "total": _row(totals.total),
    }
