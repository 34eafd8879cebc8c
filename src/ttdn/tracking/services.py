"""Progress reports from agencies and the coordinator's review of them."""

import datetime
import math
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.attachments.services import attachments_create, clean_files, clean_links
from ttdn.audit.services import log_action, snapshot
from ttdn.core.exceptions import ConflictError
from ttdn.core.text import clean_text
from ttdn.directory.models import Agency
from ttdn.plans.access import reporting_agency_ids
from ttdn.plans.models import (
    AssignmentRole,
    PlanStatus,
    Task,
    TaskAssignment,
    TaskDeadline,
    TaskStatus,
)
from ttdn.plans.public_cache import public_pages_changed
from ttdn.tracking.access import require_reviewer
from ttdn.tracking.models import Evidence, ProgressUpdate, ReviewState

ALLOWED_EVIDENCE_EXTENSIONS = frozenset(
    {
        ".pdf",
        ".doc",
        ".docx",
        ".odt",
        ".xls",
        ".xlsx",
        ".ods",
        ".ppt",
        ".pptx",
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".webp",
        ".mp4",
        ".mp3",
        ".txt",
        ".csv",
        ".zip",
    }
)
MAX_EVIDENCE_FILES = 10
MAX_LINKS = 10
MAX_NARRATIVE_CHARS = 20_000
MAX_FIGURES = 50
MAX_FIGURE_NAME_CHARS = 100
MAX_FIGURE_MAGNITUDE = 10**15  # a figure's absolute value is below this


def _clean_files(files: list[UploadedFile]) -> list[UploadedFile]:
    return clean_files(
        files,
        allowed_extensions=ALLOWED_EVIDENCE_EXTENSIONS,
        max_bytes=settings.TTDN_EVIDENCE_MAX_BYTES,
        max_count=MAX_EVIDENCE_FILES,
    )


def _clean_figures(figures: dict | None) -> dict[str, int | float]:
    """Figures are named numbers: at most 50, names up to 100 characters (one line, cleaned
    by ``clean_text``, each name once), finite numbers below 10^15 in size."""
    if not figures:
        return {}
    if not isinstance(figures, dict):
        raise ValidationError({"figures": _("Figures are names with numbers.")})
    if len(figures) > MAX_FIGURES:
        raise ValidationError({"figures": _("At most {n} figures.").format(n=MAX_FIGURES)})
    cleaned: dict[str, int | float] = {}
    for name, value in figures.items():
        label = clean_text(str(name), multiline=False).strip()
        if not label or len(label) > MAX_FIGURE_NAME_CHARS:
            raise ValidationError(
                {
                    "figures": _("A figure needs a name of at most {n} characters.").format(
                        n=MAX_FIGURE_NAME_CHARS
                    )
                }
            )
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (isinstance(value, float) and not math.isfinite(value))
            or abs(value) >= MAX_FIGURE_MAGNITUDE  # an int is compared exactly: 10**400 is no float
        ):
            raise ValidationError(
                {"figures": _("“{name}” is not a number.").format(name=label[:100])}
            )
        if label in cleaned:
            raise ValidationError(
                {"figures": _("“{name}” is given twice.").format(name=label[:100])}
            )
        cleaned[label] = value
    return cleaned


def _clean_links(links: list[str]) -> list[str]:
    return clean_links(links, max_count=MAX_LINKS)


def default_period_end(task: Task) -> datetime.date | None:
    """The deadline an update without a stated period reports on: the next open one."""
    return task.next_deadline or task.final_deadline


@transaction.atomic
def progress_submit(
    *,
    actor,
    task: Task,
    agency: Agency,
    status: str,
    percent: int,
    narrative: str = "",
    figures: dict | None = None,
    period_end: datetime.date | None = None,
    files: list[UploadedFile] | None = None,
    links: list[str] | None = None,
) -> ProgressUpdate:
    if agency.pk not in reporting_agency_ids(actor, task):
        raise PermissionDenied(_("You can report progress only for your own agency's tasks."))
    if task.plan.status == PlanStatus.CLOSED:
        raise ValidationError(_("The plan is closed; progress can no longer be reported on it."))
    if not task.plan.accepts_progress:
        raise ValidationError(
            _("The plan has not been issued yet; progress can be reported once it is issued.")
        )
    files = _clean_files(list(files or []))
    links = _clean_links(list(links or []))
    figures = _clean_figures(figures)
    narrative = clean_text(narrative)
    if len(narrative) > MAX_NARRATIVE_CHARS:
        raise ValidationError(
            {
                "narrative": _("The text is too long (at most {n} characters).").format(
                    n=MAX_NARRATIVE_CHARS
                )
            }
        )
    if status == TaskStatus.DONE and percent < 100:
        percent = 100
    if period_end is not None and not (
        task.plan.period_first_day <= period_end <= task.plan.period_last_day
    ):
        raise ValidationError(
            {"period_end": _("The reporting period must lie within the plan's period.")}
        )
    update = ProgressUpdate(
        task=task,
        agency=agency,
        status=status,
        percent=percent,
        narrative=narrative.strip(),
        figures=figures or {},
        period_end=period_end if period_end is not None else default_period_end(task),
        submitted_by=actor,
    )
    update.full_clean()
    update.save()
    evidence = attachments_create(model=Evidence, files=files, links=links, update=update)
    task_state_refresh(task=task)
    log_action(
        actor=actor,
        action="progress.submitted",
        target=update,
        after={**snapshot(update), "evidence": [e.title for e in evidence]},
        scopes=[task, task.plan],
    )
    return update


@transaction.atomic
def progress_review(
    *, actor, update: ProgressUpdate, accept: bool, comment: str = ""
) -> ProgressUpdate:
    require_reviewer(actor)
    comment = clean_text(comment)
    if not accept and not comment.strip():
        raise ValidationError({"comment": _("Say why the update is returned.")})
    new_state = ReviewState.ACCEPTED if accept else ReviewState.RETURNED
    now = timezone.now()
    claimed = ProgressUpdate.objects.filter(
        pk=update.pk, review_state=ReviewState.SUBMITTED
    ).update(
        review_state=new_state, reviewed_by=actor, reviewed_at=now, review_comment=comment.strip()
    )
    if claimed != 1:
        raise ConflictError(_("This update has already been reviewed."))
    update.refresh_from_db()
    task = update.task
    task_state_refresh(task=task)
    log_action(
        actor=actor,
        action="progress.accepted" if accept else "progress.returned",
        target=update,
        before={"review_state": ReviewState.SUBMITTED},
        after={"review_state": new_state, "review_comment": update.review_comment},
        scopes=[task, task.plan],
    )
    from ttdn.tracking.tasks import notify_review_decision

    notify_review_decision.enqueue(update.pk)
    return update


def _next_open_deadline(deadlines: list[datetime.date], updates: list[ProgressUpdate]):
    """The first deadline not covered by a report.

    A report covers the deadlines up to the end of its period, except that a report
    which is not "done" (or "cancelled") never covers the final deadline: by then the
    task must be finished, so an early "in progress" report cannot hide lateness.
    """
    if not deadlines:
        return None
    final = deadlines[-1]
    covered = None
    for update in updates:
        if update.period_end is None:
            continue
        finished = update.status in (TaskStatus.DONE, TaskStatus.CANCELLED)
        reach = min(update.period_end, final) if finished else update.period_end
        if not finished and reach >= final:
            reach = max(
                (d for d in deadlines if d < final and d <= update.period_end), default=None
            )
        if reach is not None and (covered is None or reach > covered):
            covered = reach
    return next((d for d in deadlines if covered is None or d > covered), None)


@dataclass(frozen=True)
class DerivedState:
    status: str
    percent: int
    next_deadline: datetime.date | None


def derive_task_state(
    updates: list, *, lead_ids: set[int], deadlines: list[datetime.date]
) -> DerivedState:
    """The task state that progress reports imply (pure: no database).

    ``updates`` are the counted (not returned) reports, newest first; anything with
    ``agency_id``, ``status``, ``percent`` and ``period_end`` will do. The lead
    agencies decide completion: the task is done when every lead agency's latest
    report says done, cancelled when a lead's latest says cancelled. The next
    deadline is the first one not covered by a lead's report (``_next_open_deadline``).
    """
    latest_by_agency: dict[int, object] = {}
    for update in updates:
        latest_by_agency.setdefault(update.agency_id, update)
    lead_latest = [u for agency_id, u in latest_by_agency.items() if agency_id in lead_ids] or list(
        latest_by_agency.values()
    )
    if not updates:
        status, percent = TaskStatus.NOT_STARTED, 0
    elif any(u.status == TaskStatus.CANCELLED for u in lead_latest):
        status, percent = TaskStatus.CANCELLED, max(u.percent for u in lead_latest)
    elif all(u.status == TaskStatus.DONE for u in lead_latest) and (
        not lead_ids or lead_ids <= set(latest_by_agency)
    ):
        status, percent = TaskStatus.DONE, 100
    else:
        status = TaskStatus.IN_PROGRESS
        percent = min(round(sum(u.percent for u in lead_latest) / len(lead_latest)), 99)
    next_deadline = _next_open_deadline(
        deadlines, [u for u in updates if u.agency_id in lead_ids or not lead_ids]
    )
    return DerivedState(status=status, percent=percent, next_deadline=next_deadline)


def task_states_refresh(*, tasks: list[Task]) -> None:
    """Store the state that each task's inputs imply (see ``derive_task_state``).

    The only writer of ``Task.status``, ``percent`` and ``next_deadline``. Called after
    every report and review here, and for every change of a task's schedule, lead
    agencies or plan period through ``plans.signals.task_inputs_changed``. Three queries
    whatever the number of tasks; the given objects are updated in memory too.
    """
    if not tasks:
        return
    by_id = {task.pk: task for task in tasks}
    updates: dict[int, list[ProgressUpdate]] = {pk: [] for pk in by_id}
    for update in (
        ProgressUpdate.objects.filter(task_id__in=by_id)
        .exclude(review_state=ReviewState.RETURNED)
        .only("task_id", "agency_id", "status", "percent", "period_end", "submitted_at")
        .order_by("-submitted_at", "-id")
    ):
        updates[update.task_id].append(update)
    leads: dict[int, set[int]] = {pk: set() for pk in by_id}
    for task_id, agency_id in TaskAssignment.objects.filter(
        task_id__in=by_id, role=AssignmentRole.LEAD, agency__isnull=False
    ).values_list("task_id", "agency_id"):
        leads[task_id].add(agency_id)
    deadlines: dict[int, list[datetime.date]] = {pk: [] for pk in by_id}
    for task_id, due in (
        TaskDeadline.objects.filter(task_id__in=by_id)
        .order_by("due_date")
        .values_list("task_id", "due_date")
    ):
        deadlines[task_id].append(due)
    for pk, task in by_id.items():
        state = derive_task_state(updates[pk], lead_ids=leads[pk], deadlines=deadlines[pk])
        task.status, task.percent = state.status, state.percent
        task.next_deadline = state.next_deadline
    Task.objects.bulk_update(
        list(by_id.values()), ["status", "percent", "next_deadline"], batch_size=500
    )
    # A report, a review or a new state: the public pages showing these tasks (and the
    # plans they implement, which roll them up) are read afresh (plans.public_cache).
    public_pages_changed({task.plan_id for task in by_id.values()})


def task_state_refresh(*, task: Task) -> None:
    """One task's derived state (see :func:`task_states_refresh`)."""
    task_states_refresh(tasks=[task])
