"""How a task of a period turned out, and how a set of tasks stands.

The rule (owned here; ``reports.figures`` and ``indicators`` read it):

- A task is **done on time** when it is done and the day its lead agencies had all
  reported it done (for each lead, its first "done" report not returned; the latest of
  those) is not after its final deadline; **done late** otherwise.
- Open tasks are **late** (past their next deadline on the as-of day), **in progress** or
  **not started**; cancelled tasks count in no rate.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Min
from django.utils import timezone

from ttdn.plans.models import Task, TaskStatus
from ttdn.tracking.models import ProgressUpdate, ReviewState

DONE_ON_TIME = "done_on_time"
DONE_LATE = "done_late"
LATE = "late"
IN_PROGRESS = "in_progress"
NOT_STARTED = "not_started"
CANCELLED = "cancelled"
OUTCOMES = (DONE_ON_TIME, DONE_LATE, LATE, IN_PROGRESS, NOT_STARTED, CANCELLED)


@dataclass
class Outcome:
    """How a set of tasks stands: a count per :data:`OUTCOMES` and the rates."""

    counts: Counter = field(default_factory=Counter)

    def add(self, outcome: str) -> None:
        self.counts[outcome] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def counted(self) -> int:
        """The tasks the rates are over: all but the cancelled ones."""
        return self.total - self.counts[CANCELLED]

    @property
    def done(self) -> int:
        return self.counts[DONE_ON_TIME] + self.counts[DONE_LATE]

    @property
    def done_on_time(self) -> int:
        return self.counts[DONE_ON_TIME]

    @property
    def done_late(self) -> int:
        return self.counts[DONE_LATE]

    @property
    def late(self) -> int:
        return self.counts[LATE]

    @property
    def in_progress(self) -> int:
        return self.counts[IN_PROGRESS]

    @property
    def not_started(self) -> int:
        return self.counts[NOT_STARTED]

    @property
    def cancelled(self) -> int:
        return self.counts[CANCELLED]

    @property
    def not_done(self) -> int:
        return self.late + self.in_progress + self.not_started

    @property
    def completion_rate(self) -> float | None:
        """Done / counted, in percent (one decimal); None when nothing counts."""
        return _rate(self.done, self.counted)

    @property
    def on_time_rate(self) -> float | None:
        """Done on time / counted, in percent (one decimal); None when nothing counts."""
        return _rate(self.done_on_time, self.counted)


def _rate(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


class StoredState:
    """A task's stored state, asked the model's own rule for "late" (``Task.is_late_on``,
    ``Task.effective_status``) without building a model instance per row."""

    is_late_on = Task.is_late_on
    effective_status = Task.effective_status

    def __init__(self, status: str, next_deadline: dt.date | None) -> None:
        self.status, self.next_deadline = status, next_deadline


def outcome_of(status: str, completed_on: dt.date | None, final: dt.date | None) -> str:
    if status == TaskStatus.DONE:
        if final is None or completed_on is None or completed_on <= final:
            return DONE_ON_TIME
        return DONE_LATE
    return {
        TaskStatus.LATE: LATE,
        TaskStatus.IN_PROGRESS: IN_PROGRESS,
        TaskStatus.CANCELLED: CANCELLED,
    }.get(status, NOT_STARTED)


def completion_days(done_ids: list[int], leads) -> dict[int, dt.date]:
    """For each done task, the day its last lead agency first reported it done."""
    if not done_ids:
        return {}
    first_done: dict[int, dict[int, dt.datetime]] = defaultdict(dict)
    for chunk in chunks(done_ids, 2000):
        for task_id, agency_id, at in (
            ProgressUpdate.objects.filter(task_id__in=chunk, status=TaskStatus.DONE)
            .exclude(review_state=ReviewState.RETURNED)
            .values("task_id", "agency_id")
            .annotate(at=Min("submitted_at"))
            .values_list("task_id", "agency_id", "at")
            .order_by()
        ):
            first_done[task_id][agency_id] = at
    days = {}
    for task_id, by_agency in first_done.items():
        lead_ids = {agency_id for agency_id, _name in leads.get(task_id, ()) if agency_id}
        relevant = [at for agency_id, at in by_agency.items() if agency_id in lead_ids] or list(
            by_agency.values()
        )
        days[task_id] = timezone.localtime(max(relevant)).date()
    return days


def chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]
