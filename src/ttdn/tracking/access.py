"""Who may report progress, review it and download its evidence.

Built on ``ttdn.plans.access``: a report or a file is visible exactly when its task is.
"Does not exist" and "not yours to see" are the same 404; "you may see it but not do
this" is a 403.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import REVIEW_PROGRESS, has_capability
from ttdn.plans.access import (
    plan_disclosure,
    reporting_agency_ids,
    task_get_for_user,
    visible_tasks,
)
from ttdn.plans.models import Task
from ttdn.tracking.models import Evidence, ProgressUpdate, ReviewState


def can_review_progress(user) -> bool:
    """The coordinating department reviews what agencies report."""
    return has_capability(user, REVIEW_PROGRESS)


def can_report_on(user, task: Task) -> bool:
    """Whether ``user`` may report on ``task`` now: for an assigned agency of theirs,
    while the plan is issued or in progress."""
    return task.plan.accepts_progress and bool(reporting_agency_ids(user, task))


def task_get_for_reporting(user, pk) -> tuple[Task, list[int]]:
    """The task and the agencies ``user`` reports for on it, or 404/403."""
    task = task_get_for_user(user, pk)
    agency_ids = reporting_agency_ids(user, task)
    if not agency_ids:
        raise PermissionDenied(_("You can report progress only for your own agency's tasks."))
    if not task.plan.accepts_progress:
        raise PermissionDenied(
            _("Progress is reported on issued plans only; this plan is {status}.").format(
                status=task.plan.get_status_display().lower()
            )
        )
    return task, agency_ids


def require_reviewer(user) -> None:
    if not can_review_progress(user):
        raise PermissionDenied(_("Only the coordinating department reviews progress."))


def update_get_for_review(user, pk) -> ProgressUpdate:
    """A report on a task ``user`` may see, for a reviewer; 403 for anyone else."""
    require_reviewer(user)
    try:
        return ProgressUpdate.objects.select_related("task").get(
            pk=pk, task__in=visible_tasks(user)
        )
    except (ProgressUpdate.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such progress update.")) from None


def evidence_file_get_for_user(user, pk) -> Evidence:
    """An uploaded evidence file whose task ``user`` may see, or 404.

    A visitor who is not logged in gets only the evidence of accepted reports of a public
    plan whose public page shows evidence (``plans.access.plan_disclosure``)."""
    try:
        evidence = Evidence.objects.select_related("update").get(pk=pk, file__gt="")
    except (Evidence.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such file.")) from None
    task = task_get_for_user(user, evidence.update.task_id)
    disclosure = plan_disclosure(user, task.plan)
    if not disclosure.evidence or (
        not disclosure.internal and evidence.update.review_state != ReviewState.ACCEPTED
    ):
        raise Http404(_("No such file."))
    return evidence
