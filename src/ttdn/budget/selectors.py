"""Reads of the budget, always starting from what the user may see (``budget.access``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, DecimalField, OuterRef, Q, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from ttdn.budget.access import visible_estimates
from ttdn.budget.models import Estimate, EstimateLine, EstimateStatus, Spending
from ttdn.plans.models import TaskGroup

ZERO = Decimal(0)
_MONEY = DecimalField(max_digits=20, decimal_places=0)


def _spent_subquery():
    return Coalesce(
        Subquery(
            Spending.objects.filter(line_id=OuterRef("pk"))
            .order_by()
            .values("line_id")
            .annotate(total=Sum("amount"))
            .values("total"),
            output_field=_MONEY,
        ),
        Value(ZERO),
        output_field=_MONEY,
    )


def estimate_list(
    *, user, year: int | None = None, status: str = "", agency_id: int | None = None
) -> QuerySet[Estimate]:
    """The estimates ``user`` may see, newest year first, with their totals."""
    estimates = visible_estimates(user)
    if year:
        estimates = estimates.filter(year=year)
    if status in EstimateStatus.values:
        estimates = estimates.filter(status=status)
    if agency_id:
        estimates = estimates.filter(agency_id=agency_id)
    return (
        estimates.select_related("plan", "agency")
        .annotate(
            requested=Coalesce(Sum("lines__amount"), Value(ZERO), output_field=_MONEY),
            approved=Coalesce(Sum("lines__approved_amount"), Value(ZERO), output_field=_MONEY),
            line_count=Count("lines"),
        )
        .order_by("-year", "agency__name", "-revision", "pk")
    )


def estimate_lines(estimate: Estimate) -> list[EstimateLine]:
    """The estimate's lines in order, each with ``spent`` (one query)."""
    return list(
        estimate.lines.select_related("task", "activity")
        .annotate(spent=_spent_subquery())
        .order_by("order", "pk")
    )


def estimate_spendings(estimate: Estimate) -> list[Spending]:
    return list(
        Spending.objects.filter(line__estimate=estimate)
        .select_related("line", "recorded_by")
        .prefetch_related("files")
        .order_by("-day", "-pk")
    )


def revisions_of(estimate: Estimate) -> list[Estimate]:
    """Every revision of the estimate's agency, plan and year (oldest first)."""
    return list(
        Estimate.objects.filter(
            plan_id=estimate.plan_id, agency_id=estimate.agency_id, year=estimate.year
        ).order_by("revision")
    )


@dataclass
class GroupOfLines:
    """Lines of one task group (a roman-numbered heading in the finance layout)."""

    group: str
    label: str
    lines: list[EstimateLine] = field(default_factory=list)

    @property
    def requested(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    @property
    def reviewed(self) -> Decimal:
        return sum((line.reviewed_amount for line in self.lines), ZERO)

    @property
    def approved(self) -> Decimal:
        return sum((line.approved_amount or ZERO for line in self.lines), ZERO)

    @property
    def spent(self) -> Decimal:
        return sum((getattr(line, "spent", ZERO) for line in self.lines), ZERO)


def grouped_lines(lines: list[EstimateLine]) -> list[GroupOfLines]:
    """The lines by task group, in the groups' order."""
    groups: dict[str, GroupOfLines] = {}
    for line in lines:
        label = str(TaskGroup(line.group).label) if line.group in TaskGroup.values else line.group
        groups.setdefault(line.group, GroupOfLines(group=line.group, label=label)).lines.append(
            line
        )
    order = {value: i for i, value in enumerate(TaskGroup.values)}
    return sorted(groups.values(), key=lambda g: order.get(g.group, len(order)))


# --- totals --------------------------------------------------------------------------


@dataclass
class TotalRow:
    key: str
    label: str
    approved: Decimal = ZERO
    spent: Decimal = ZERO

    @property
    def remaining(self) -> Decimal:
        return self.approved - self.spent

    @property
    def rate(self) -> float | None:
        return round(float(100 * self.spent / self.approved), 1) if self.approved else None


@dataclass
class Totals:
    year: int
    by_agency: list[TotalRow]
    by_group: list[TotalRow]
    by_plan: list[TotalRow]
    total: TotalRow


def in_force_q(prefix: str = "") -> Q:
    """Lines of the approved estimate in force (not superseded)."""
    return Q(**{f"{prefix}estimate__status": EstimateStatus.APPROVED})


def budget_totals(*, user, year: int, plan_id: int | None = None) -> Totals:
    """Approved amounts (the estimates in force) and spending of ``year`` by agency, task
    group and plan, over the estimates ``user`` may see. Four aggregate queries."""
    estimates = visible_estimates(user).filter(year=year)
    if plan_id:
        estimates = estimates.filter(plan_id=plan_id)
    lines = EstimateLine.objects.filter(
        estimate__in=estimates.filter(status=EstimateStatus.APPROVED).values("pk")
    )
    spendings = Spending.objects.filter(line__estimate__in=estimates.values("pk"))

    def rows(key: str, label_fields: tuple[str, ...]) -> dict[str, TotalRow]:
        found: dict[str, TotalRow] = {}
        for row in (
            lines.values(key, *label_fields).annotate(total=Sum("approved_amount")).order_by()
        ):
            label = next((row[f] for f in label_fields if row[f]), str(row[key]))
            found[str(row[key])] = TotalRow(
                key=str(row[key]), label=label, approved=row["total"] or ZERO
            )
        for row in (
            spendings.values(f"line__{key}", *(f"line__{f}" for f in label_fields))
            .annotate(total=Sum("amount"))
            .order_by()
        ):
            k = str(row[f"line__{key}"])
            if k not in found:
                label = next((row[f"line__{f}"] for f in label_fields if row[f"line__{f}"]), k)
                found[k] = TotalRow(key=k, label=label)
            found[k].spent += row["total"] or ZERO
        return found

    by_agency = rows(
        "estimate__agency_id", ("estimate__agency__short_name", "estimate__agency__name")
    )
    by_plan = rows("estimate__plan_id", ("estimate__plan__number", "estimate__plan__title"))
    groups = rows("group", ())
    for row in groups.values():
        if row.key in TaskGroup.values:
            row.label = str(TaskGroup(row.key).label)
    order = {value: i for i, value in enumerate(TaskGroup.values)}
    total = TotalRow(key="total", label="")
    for row in by_agency.values():
        total.approved += row.approved
        total.spent += row.spent
    return Totals(
        year=year,
        by_agency=sorted(by_agency.values(), key=lambda r: r.label.casefold()),
        by_group=sorted(groups.values(), key=lambda r: order.get(r.key, len(order))),
        by_plan=sorted(by_plan.values(), key=lambda r: r.label.casefold()),
        total=total,
    )


def years_with_estimates(user) -> list[int]:
    return sorted(
        set(visible_estimates(user).values_list("year", flat=True).distinct()), reverse=True
    )


def spending_by_line(line_ids: list[int]) -> dict[int, Decimal]:
    totals: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for line_id, total in (
        Spending.objects.filter(line_id__in=line_ids)
        .values("line_id")
        .annotate(total=Sum("amount"))
        .values_list("line_id", "total")
        .order_by()
    ):
        totals[line_id] = total
    return totals
