"""Who may see report requests and submissions, write an agency's report, review it.

Built on ``ttdn.plans.access``: a request is visible only with its plan (restricted plans
stay hidden). The coordinating department (``REQUEST_REPORTS``) and those who see every
plan (leaders) see every request of those plans; anyone else sees the requests addressed to
one of their agencies, and of those only their agencies' submissions. "Does not exist" and
"not yours" are the same 404; "you may see it but not do this" is a 403.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import (
    REPORT_PROGRESS,
    REQUEST_REPORTS,
    SEE_REPORT_REQUESTS,
    has_capability,
)
from ttdn.plans.access import sees_all_plans, visible_plans
from ttdn.submissions.models import ReportRequest, Submission


def can_request_reports(user) -> bool:
    """Create requests and review what agencies submit (the focal department)."""
    return has_capability(user, REQUEST_REPORTS)


def sees_all_requests(user) -> bool:
    return can_request_reports(user) or sees_all_plans(user)


def require_requester(user) -> None:
    if not can_request_reports(user):
        raise PermissionDenied(
            _("Only the coordinating department requests reports and reviews them.")
        )


def visible_requests(user) -> QuerySet[ReportRequest]:
    if not getattr(user, "is_authenticated", False) or not has_capability(
        user, SEE_REPORT_REQUESTS
    ):
        return ReportRequest.objects.none()
    requests = ReportRequest.objects.filter(plan__in=visible_plans(user).values("pk"))
    if sees_all_requests(user):
        return requests
    addressed = Submission.objects.filter(agency_id__in=sorted(user.agency_ids())).values(
        "request_id"
    )
    return requests.filter(pk__in=addressed)


def visible_submissions(user) -> QuerySet[Submission]:
    if not getattr(user, "is_authenticated", False) or not has_capability(
        user, SEE_REPORT_REQUESTS
    ):
        return Submission.objects.none()
    submissions = Submission.objects.filter(request__plan__in=visible_plans(user).values("pk"))
    if sees_all_requests(user):
        return submissions
    return submissions.filter(agency_id__in=sorted(user.agency_ids()))


def request_get_for_user(user, pk, *, manage: bool = False) -> ReportRequest:
    """The request, or 404; ``manage``: for the coordinating department only (403)."""
    try:
        request = visible_requests(user).select_related("plan").get(pk=pk)
    except (ReportRequest.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such report request.")) from None
    if manage:
        require_requester(user)
    return request


def can_write_submission(user, submission: Submission) -> bool:
    """An officer of the submission's agency who may report, while it may be edited."""
    return (
        has_capability(user, REPORT_PROGRESS)
        and submission.agency_id in user.agency_ids()
        and not submission.request.closed
    )


def submission_get_for_user(user, pk, *, write: bool = False, review: bool = False) -> Submission:
    """The submission, or 404; ``write``: its agency's officers only, ``review``: the
    coordinating department only (403 for others who may see it)."""
    try:
        submission = (
            visible_submissions(user)
            .select_related("request", "request__plan", "agency", "addressed_to")
            .get(pk=pk)
        )
    except (Submission.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such report.")) from None
    if write and not can_write_submission(user, submission):
        raise PermissionDenied(_("Only the officers of the agency write its report."))
    if review:
        require_requester(user)
    return submission
