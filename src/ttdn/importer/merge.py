"""Files uploaded together that are parts of one plan become one review.

A province often sends a plan as two files: the plan itself (a signed PDF, a Word file)
and its annex of tasks as a spreadsheet or a separate document, which has no number, no
date and no issuer of its own. Read one by one, they would give two reviews and two
plans. Here the parts' tasks are added to the plan's review:

- :func:`batch_merge_when_read`: once every file of a batch has been read, a batch with
  exactly one *plan* (a number or a date of issue of its own) and one or more *parts*
  (tasks, but neither a number nor a date: an annex on its own) is merged at once;
- :func:`import_jobs_merge`: the reviewer adds another file of the batch by hand;
- :func:`import_job_separate`: the reviewer takes a part out again.

A part's tasks that the plan already lists are not added twice
(:func:`ttdn.importer.extract.duplicates.same_task`: the same text, or the annex row's words
inside the prose's sentence); where the plan has the task in its prose and the part in an
annex row, the row takes the prose task's place, with its own lead, coordinating bodies and
timeframe (the prose's where the row has none), and the prose task comes back when the part
is separated. The plan's period, when it has none, is taken from the part and given back
when it is separated. The part keeps its own reading: it
waits as ``merged`` and is ready for review again when separated, or when the plan is
discarded. Every merge and separation is audited.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.audit.services import log_action
from ttdn.importer.access import require_reviewer
from ttdn.importer.extract.duplicates import merged, same_task
from ttdn.importer.models import ACTIVE_STATUSES, ImportJob, ImportStatus
from ttdn.importer.result import ExtractedTask, ExtractionResult, Located

logger = logging.getLogger(__name__)


ANNEX_READ_ALONE = "annex_heading"  # the reader's reason for an annex read on its own


def is_plan_reading(result: ExtractionResult) -> bool:
    """A document with a number or a date of issue of its own: a plan, or a decision
    issuing one, that parts can be added to. An annex read on its own is not one: the
    number its caption gives ("(Kèm theo Kế hoạch số …)") is its plan's."""
    return (
        result.doc_type.value == "plan"
        and result.kind_reason != ANNEX_READ_ALONE
        and bool(result.plan_number.value or result.issued_date.value)
    )


def is_part_reading(result: ExtractionResult) -> bool:
    """Tasks but neither a number nor a date of issue, or an annex read on its own (whose
    number and date, when its caption gives them, are its plan's)."""
    return bool(result.tasks) and (
        result.kind_reason == ANNEX_READ_ALONE
        or not (result.plan_number.value or result.issued_date.value)
    )


def _number_key(number: str | None) -> str:
    return re.sub(r"\s+", "", number or "").upper()


def part_fits(part: ExtractionResult, main: ExtractionResult) -> bool:
    """Whether ``part`` may join ``main``: an annex naming a plan's number joins only the
    plan of that number; one naming none, any."""
    if part.kind_reason != ANNEX_READ_ALONE or not part.plan_number.value:
        return True
    return _number_key(part.plan_number.value) == _number_key(main.plan_number.value)


def _same_task(text: str, tasks: list[ExtractedTask]) -> int | None:
    """The index of the task of ``tasks`` that ``text`` repeats, or None."""
    return next((i for i, task in enumerate(tasks) if same_task(text, task.text)), None)


def suggestion_repeats_part(result: ExtractionResult, index: int) -> bool:
    """Whether the plan's suggestion ``index`` says what a task added from another file
    of the upload already says (a plan's sentence and its annex's row): it is not offered
    while that part is merged in."""
    text = result.suggestions[index].text
    return any(task.part and same_task(text, task.text) for task in result.tasks)


def _unplaced(value):
    """``value`` without its positions: they point into another file's text."""
    return dataclasses.replace(value, start=None, end=None) if value is not None else None


def _from_part(task: ExtractedTask, part_job: ImportJob) -> ExtractedTask:
    return dataclasses.replace(
        task,
        start=None,
        end=None,
        lead=[_unplaced(m) for m in task.lead],
        coordinating=[_unplaced(m) for m in task.coordinating],
        timeframe=_unplaced(task.timeframe),
        part=str(part_job.pk),
        part_file=part_job.original_name,
    )


class _PlanPlace:
    """The bodies an annex read on its own names, found again in the plan's place: an
    annex alone names no place of its own ("Sở Ngoại vụ" of which province cannot be
    known), so its names were left unresolved; the plan's heading gives the place."""

    def __init__(self, main: ExtractionResult):
        self.main = main
        self._resolver = None

    def resolver(self):
        if self._resolver is None:
            from ttdn.directory.models import AdministrativeUnit
            from ttdn.importer.extract.agencies import Resolver

            unit = AdministrativeUnit.objects.filter(pk=self.main.unit_id).first()
            self._resolver = Resolver(unit=unit, on=self.main.names_date())
        return self._resolver

    def resolve(self, task: ExtractedTask) -> None:
        if self.main.unit_id is None:
            return
        for mention in [*task.lead, *task.coordinating]:
            if mention.unresolved:
                found = self.resolver().mention(mention.as_written, None, None)
                if found.agency_id:
                    mention.agency, mention.agency_id = found.agency, found.agency_id
                    mention.confidence = found.confidence


def _merge_into(main: ExtractionResult, part: ExtractionResult, part_job: ImportJob) -> dict:
    """Add ``part``'s new tasks (and its period when ``main`` has none); what was done,
    kept in ``main.parts`` so that it can be undone."""
    added, repeated = 0, 0
    replaced = []  # the plan's prose tasks an annex row of the part stands for
    place = _PlanPlace(main) if part.unit_id != main.unit_id else None
    for task in part.tasks:
        same = _same_task(task.text, main.tasks)
        if same is not None:
            repeated += 1
            present = main.tasks[same]
            if present.source == "prose" and not present.part and task.source == "annex":
                row = _from_part(task, part_job)
                if place is not None:
                    place.resolve(row)
                main.tasks[same] = merged(row, present)
                replaced.append({"row": main.tasks[same].text, "task": dataclasses.asdict(present)})
            continue
        added_task = _from_part(task, part_job)
        if place is not None:
            place.resolve(added_task)
        main.tasks.append(added_task)
        added += 1
    # An annex on its own often states the year ("năm 2025") and little else to trust:
    # its first lines are table headings, not a title, a place or an issuer.
    period_taken = main.period.value is None and part.period.value is not None
    entry = {
        "job": str(part_job.pk),
        "file": part_job.original_name,
        "added": added,
        "repeated": repeated,
        "period_taken": period_taken,
        "replaced": replaced,
    }
    if period_taken:
        main.period = dataclasses.replace(part.period)
    main.parts.append(entry)
    return entry


def _separate_from(main: ExtractionResult, job_id: str) -> dict | None:
    entry = next((p for p in main.parts if p.get("job") == job_id), None)
    if entry is None:
        return None
    # the tasks read from the part, as the reviewer may have edited them since; a row that
    # stood for a prose task of the plan gives it back in its place (at the end when the
    # reviewer has reworded the row)
    waiting = [
        (entry_["row"], ExtractedTask.from_dict(entry_["task"]))
        for entry_ in entry.get("replaced", [])
    ]
    tasks = []
    for task in main.tasks:
        if task.part != job_id:
            tasks.append(task)
            continue
        back = next((i for i, (row, _t) in enumerate(waiting) if row == task.text), None)
        if back is not None:
            tasks.append(waiting.pop(back)[1])
    main.tasks = tasks + [task for _row, task in waiting]
    if entry.get("period_taken"):
        main.period = Located()
    main.parts = [p for p in main.parts if p.get("job") != job_id]
    return entry


@transaction.atomic
def import_jobs_merge(*, actor, main: ImportJob, parts: list[ImportJob]) -> ImportJob:
    """Add the tasks of ``parts`` (other files of the same upload, waiting for review) to
    the review of ``main``; each part waits as ``merged`` until it is separated again."""
    if actor is not None:
        require_reviewer(actor, main)
        for part in parts:
            require_reviewer(actor, part)
    locked = {
        job.pk: job
        for job in ImportJob.objects.select_for_update().filter(
            pk__in=[main.pk, *(p.pk for p in parts)]
        )
    }
    main = locked.get(main.pk)
    if main is None or main.status != ImportStatus.READY:
        raise ValidationError(_("Only a document waiting for review can take other files."))
    result = ExtractionResult.from_dict(main.result)
    merged = []
    for part in parts:
        part = locked.get(part.pk)
        if part is None or part.pk == main.pk:
            continue
        if part.batch != main.batch or part.status != ImportStatus.READY:
            raise ValidationError(
                _("“{name}” is not a file of this upload waiting for review.").format(
                    name=part.original_name if part else ""
                )
            )
        # claimed on its status as well as locked: SQLite has no row locks
        claimed = ImportJob.objects.filter(pk=part.pk, status=ImportStatus.READY).update(
            status=ImportStatus.MERGED, merged_into=main, updated_at=timezone.now()
        )
        if claimed != 1:
            raise ValidationError(_("This file was just changed by someone else; try again."))
        merged.append(_merge_into(result, ExtractionResult.from_dict(part.result), part))
    if not merged:
        return main
    claimed = ImportJob.objects.filter(pk=main.pk, status=ImportStatus.READY).update(
        result=result.to_dict(), updated_at=timezone.now()
    )
    if claimed != 1:
        raise ValidationError(_("This file was just changed by someone else; try again."))
    for entry in merged:
        log_action(
            actor=actor,
            action="import.merged",
            target=main,
            data={
                "import": str(main.pk),
                "file": main.original_name,
                "part": entry["job"],
                "part_file": entry["file"],
                "tasks_added": entry["added"],
                "tasks_repeated": entry["repeated"],
                "period_taken": entry["period_taken"],
            },
        )
    main.refresh_from_db()
    return main


@transaction.atomic
def import_job_separate(*, actor, main: ImportJob, part: ImportJob) -> ImportJob:
    """Take ``part`` out of ``main``'s review: its added tasks (and the period it gave) go, and it
    waits for review on its own again."""
    require_reviewer(actor, main)
    main = ImportJob.objects.select_for_update().get(pk=main.pk)
    if main.status != ImportStatus.READY:
        raise ValidationError(_("Only a document waiting for review can give a file back."))
    result = ExtractionResult.from_dict(main.result)
    entry = _separate_from(result, str(part.pk))
    if entry is None or part.merged_into_id != main.pk:
        raise ValidationError(_("This file is not part of this review."))
    ImportJob.objects.filter(pk=main.pk).update(result=result.to_dict(), updated_at=timezone.now())
    _give_back([part.pk])
    log_action(
        actor=actor,
        action="import.separated",
        target=main,
        data={"import": str(main.pk), "part": entry["job"], "part_file": entry["file"]},
    )
    main.refresh_from_db()
    return main


def _give_back(ids) -> int:
    return ImportJob.objects.filter(pk__in=ids, status=ImportStatus.MERGED).update(
        status=ImportStatus.READY, merged_into=None, updated_at=timezone.now()
    )


def parts_give_back(main: ImportJob) -> int:
    """When ``main`` is discarded, its parts wait for review on their own again."""
    return _give_back(main.merged_parts.values_list("pk", flat=True))


def parts_confirm(main: ImportJob) -> int:
    """When a plan is created from ``main``, its parts belong to that plan."""
    return main.merged_parts.filter(status=ImportStatus.MERGED).update(
        plan=main.plan, updated_at=timezone.now()
    )


def batch_merge_when_read(batch) -> ImportJob | None:
    """Once every file of ``batch`` has been read: one plan and one or more parts (annexes
    on their own) become one review. Anything else is left to the reviewer."""
    jobs = ImportJob.objects.filter(batch=batch)
    if jobs.filter(status__in=ACTIVE_STATUSES).exists():
        return None  # called again when the last one is read; no extraction read till then
    ready = list(jobs.filter(status=ImportStatus.READY))
    if len(ready) < 2:
        return None
    readings = {job.pk: ExtractionResult.from_dict(job.result) for job in ready}
    plans = [job for job in ready if is_plan_reading(readings[job.pk])]
    parts = [job for job in ready if job not in plans and is_part_reading(readings[job.pk])]
    if len(plans) != 1 or not parts:
        return None
    parts = [job for job in parts if part_fits(readings[job.pk], readings[plans[0].pk])]
    if not parts:
        return None
    try:
        return import_jobs_merge(actor=None, main=plans[0], parts=parts)
    except ValidationError:  # a reviewer acted meanwhile: theirs stands
        return None
