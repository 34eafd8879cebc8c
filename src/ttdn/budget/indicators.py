"""The budget's figures for an indicator scope (``core.indicators``): two aggregate
queries whatever the number of lines and spendings.

Rules on top of the contract's:

- ``budget.approved``: the approved amounts of the estimates in force (approved, not
  superseded by an approved revision) whose year lies in the scope's years — an estimate
  is for a whole year, so a quarter's scope shows its year's approved budget. Breakdown by
  agency.
- ``budget.spent``: the spending whose day lies in the scope's days, whichever revision it
  was recorded under. Breakdown by month and agency.
- ``plan_id`` keeps the estimates of that plan; ``unit_id`` and ``agency_ids`` the
  estimating agency.
"""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext as _

from ttdn.budget.models import EstimateLine, EstimateStatus, Spending
from ttdn.core.indicators import VND, Indicator, IndicatorScope
from ttdn.directory.models import AdministrativeUnit, Agency
from ttdn.directory.selectors import units_with_lower_q

SOURCE = "budget"


def scope_agency_ids(scope: IndicatorScope) -> list[int] | None:
    """The agencies the scope keeps (``None``: any): those of the unit and its lower units
    (province → district → commune), and of ``agency_ids``."""
    ids: set[int] | None = None
    if scope.unit_id is not None:
        units = AdministrativeUnit.objects.filter(units_with_lower_q([scope.unit_id])).values("pk")
        ids = set(Agency.objects.filter(unit_id__in=units).values_list("pk", flat=True))
    if scope.agency_ids is not None:
        ids = set(scope.agency_ids) if ids is None else ids & set(scope.agency_ids)
    return None if ids is None else sorted(ids)


def budget_indicators(scope: IndicatorScope) -> list[Indicator]:
    agency_ids = scope_agency_ids(scope)
    lines = EstimateLine.objects.filter(
        estimate__status=EstimateStatus.APPROVED,
        estimate__year__gte=scope.start.year,
        estimate__year__lte=scope.end.year,
        approved_amount__isnull=False,
    )
    spendings = Spending.objects.filter(day__gte=scope.start, day__lte=scope.end)
    if agency_ids is not None:
        lines = lines.filter(estimate__agency_id__in=agency_ids)
        spendings = spendings.filter(agency_id__in=agency_ids)
    if scope.plan_id is not None:
        lines = lines.filter(estimate__plan_id=scope.plan_id)
        spendings = spendings.filter(line__estimate__plan_id=scope.plan_id)

    approved = Indicator(
        code="budget.approved",
        label=_("Budget approved"),
        value=Decimal(0),
        unit=VND,
        source=SOURCE,
        breakdown={"agency": {}},
    )
    for agency_id, total in (
        lines.values("estimate__agency_id")
        .annotate(total=Sum("approved_amount"))
        .values_list("estimate__agency_id", "total")
        .order_by()
    ):
        total = total or Decimal(0)
        approved.value += total
        approved.breakdown["agency"][str(agency_id)] = total

    spent = Indicator(
        code="budget.spent",
        label=_("Budget spent"),
        value=Decimal(0),
        unit=VND,
        source=SOURCE,
        breakdown={"month": dict.fromkeys(scope.months(), Decimal(0)), "agency": {}},
    )
    for month, agency_id, total in (
        spendings.annotate(month=TruncMonth("day"))
        .values("month", "agency_id")
        .annotate(total=Sum("amount"))
        .values_list("month", "agency_id", "total")
        .order_by()
    ):
        total = total or Decimal(0)
        key = f"{month.year:04d}-{month.month:02d}"
        spent.value += total
        spent.breakdown["month"][key] = spent.breakdown["month"].get(key, Decimal(0)) + total
        by_agency = spent.breakdown["agency"]
        by_agency[str(agency_id)] = by_agency.get(str(agency_id), Decimal(0)) + total
    return [approved, spent]
