"""Who may see and change budget estimates and record spending.

- An agency's officers (``REPORT_PROGRESS`` and membership) see their agencies' estimates,
  draft and correct them, submit them, ask for a revision and record spending.
- A finance reviewer (``REVIEW_BUDGET``, everywhere or for one agency) sees and appraises
  the estimates of the agencies they review.
- The leader (``APPROVE_BUDGET``) approves or returns appraised estimates.
- The coordinating department and leaders (``SEE_ALL_BUDGETS``) see every estimate.

An estimate is visible only with its plan (``plans.access.visible_plans``). "Does not
exist" and "not yours" are the same 404; "you may see it but not do this" is a 403.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import (
    APPROVE_BUDGET,
    REPORT_PROGRESS,
    REVIEW_BUDGET,
    SEE_ALL_BUDGETS,
    capability_agency_ids,
    has_capability,
)
from ttdn.budget.models import Estimate, EstimateLine, EstimateStatus
from ttdn.plans.access import visible_plans


def _signed_in(user) -> bool:
    return bool(getattr(user, "is_authenticated", False))


def sees_all_estimates(user) -> bool:
    return (
        has_capability(user, SEE_ALL_BUDGETS)
        or has_capability(user, APPROVE_BUDGET)
        or capability_agency_ids(user, REVIEW_BUDGET) is None
    )


def own_agency_ids(user) -> frozenset[int]:
    """The agencies whose estimates ``user`` drafts and whose spending they record."""
    if not _signed_in(user) or not has_capability(user, REPORT_PROGRESS):
        return frozenset()
    return frozenset(user.agency_ids())


def may_use_budget(user) -> bool:
    """Whether the budget pages have anything for ``user`` (the menu entry)."""
    if not _signed_in(user):
        return False
    return (
        sees_all_estimates(user)
        or bool(own_agency_ids(user))
        or bool(capability_agency_ids(user, REVIEW_BUDGET))
    )


def visible_estimates(user) -> QuerySet[Estimate]:
    if not _signed_in(user):
        return Estimate.objects.none()
    estimates = Estimate.objects.filter(plan__in=visible_plans(user).values("pk"))
    if sees_all_estimates(user):
        return estimates
    ids = set(own_agency_ids(user)) | set(capability_agency_ids(user, REVIEW_BUDGET) or ())
    if not ids:
        return Estimate.objects.none()
    return estimates.filter(agency_id__in=sorted(ids))


def can_edit(user, estimate: Estimate) -> bool:
    """Draft, correct, submit, revise, record spending: the agency's own officers."""
    return estimate.agency_id in own_agency_ids(user)


def can_appraise(user, estimate: Estimate) -> bool:
    reviewed = capability_agency_ids(user, REVIEW_BUDGET)
    return reviewed is None or estimate.agency_id in reviewed


def can_approve(user) -> bool:
    return has_capability(user, APPROVE_BUDGET)


def can_return(user, estimate: Estimate) -> bool:
    """The reviewer returns a submitted estimate, the leader an appraised one."""
    if estimate.status == EstimateStatus.SUBMITTED:
        return can_appraise(user, estimate)
    if estimate.status == EstimateStatus.APPRAISED:
        return can_approve(user)
    return False


def require_edit(user, estimate: Estimate) -> None:
    if not can_edit(user, estimate):
        raise PermissionDenied(_("Only the officers of the agency change its estimate."))


def require_appraise(user, estimate: Estimate) -> None:
    if not can_appraise(user, estimate):
        raise PermissionDenied(_("Only the finance reviewer appraises this estimate."))


def require_approve(user) -> None:
    if not can_approve(user):
        raise PermissionDenied(_("Only the leader approves budget estimates."))


def estimate_get_for_user(user, pk) -> Estimate:
    """The estimate, or 404."""
    try:
        return visible_estimates(user).select_related("plan", "agency").get(pk=pk)
    except (Estimate.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such budget estimate.")) from None


def line_get_for_user(user, pk) -> EstimateLine:
    """The line of an estimate ``user`` may see, or 404."""
    try:
        return (
            EstimateLine.objects.filter(estimate__in=visible_estimates(user).values("pk"))
            .select_related("estimate", "estimate__plan", "estimate__agency", "task")
            .get(pk=pk)
        )
    except (EstimateLine.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such estimate line.")) from None


def agencies_for_new_estimate(user) -> Q:
    """The agencies ``user`` may draft an estimate for (a condition on Agency rows)."""
    return Q(pk__in=sorted(own_agency_ids(user)))
