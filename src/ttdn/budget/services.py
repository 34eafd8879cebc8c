"""Every write of the budget: estimates, their lines, the workflow steps and spending.

Each step claims the estimate with a conditional ``UPDATE … WHERE version = …`` (two
reviewers racing: the second gets a ``ConflictError``), checks who acts through
``budget.access``, and writes an audit entry filed under the estimate, its plan and its
agency. Amounts are whole đồng within what ``Decimal(18, 0)`` holds.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import F, Max, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.activities.models import Activity
from ttdn.attachments.services import attachments_create, clean_files
from ttdn.audit.services import log_action, snapshot
from ttdn.budget.access import (
    can_return,
    require_appraise,
    require_approve,
    require_edit,
)
from ttdn.budget.formatting import format_vnd
from ttdn.budget.models import (
    EDITABLE_STATUSES,
    MAX_QUANTITY,
    MAX_VND,
    Estimate,
    EstimateLine,
    EstimateStatus,
    FundingSource,
    Spending,
    SpendingFile,
    locked_error,
)
from ttdn.core.concurrency import claim_version
from ttdn.core.text import clean_text, squash
from ttdn.directory.models import Agency
from ttdn.plans.models import Plan, Task, TaskGroup

MAX_LINES = 500
MAX_TEXT = 500
MAX_COMMENT = 4000
MAX_SPENDING_FILES = 5
ALLOWED_SPENDING_EXTENSIONS = ("pdf", "jpg", "jpeg", "png", "docx", "xlsx", "odt", "ods")
LINE_FIELDS = [
    "order",
    "group",
    "description",
    "task",
    "activity",
    "quantity",
    "unit",
    "unit_cost",
    "amount",
    "amount_entered",
    "funding_source",
    "note",
]


# --- input rules --------------------------------------------------------------------


def _line_text(value, *, field: str, max_chars: int = MAX_TEXT, required=False) -> str:
    text = squash(clean_text(value or "", multiline=False))
    if required and not text:
        raise ValidationError({field: _("This field is required.")})
    if len(text) > max_chars:
        raise ValidationError(
            {field: _("The text is too long (at most {n} characters).").format(n=max_chars)}
        )
    return text


def _block_text(value, *, field: str, max_chars: int = MAX_COMMENT) -> str:
    text = clean_text(value or "").strip()
    if len(text) > max_chars:
        raise ValidationError(
            {field: _("The text is too long (at most {n} characters).").format(n=max_chars)}
        )
    return text


def vnd_errors(value, *, field: str, allow_zero: bool = True) -> Decimal:
    """``value`` as whole đồng, or a translated ``ValidationError`` on ``field``: not a
    number, negative, with fractions of a đồng, or beyond what the VND fields hold."""
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError({field: _("Write the amount in đồng, e.g. 1.500.000.")}) from None
    if not amount.is_finite():
        raise ValidationError({field: _("Write the amount in đồng, e.g. 1.500.000.")})
    if amount < 0:
        raise ValidationError({field: _("The amount cannot be negative.")})
    if not allow_zero and amount == 0:
        raise ValidationError({field: _("The amount must be more than 0 ₫.")})
    if amount != amount.to_integral_value():
        raise ValidationError({field: _("Amounts are in whole đồng, without decimals.")})
    if amount > MAX_VND:
        raise ValidationError(
            {field: _("The amount is too large: at most {max}.").format(max=format_vnd(MAX_VND))}
        )
    return amount.quantize(Decimal(1))


def _quantity(value) -> Decimal:
    try:
        quantity = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError({"quantity": _("Write the quantity as a number.")}) from None
    if not quantity.is_finite():
        raise ValidationError({"quantity": _("Write the quantity as a number.")})
    if quantity < 0:
        raise ValidationError({"quantity": _("The quantity cannot be negative.")})
    if quantity > MAX_QUANTITY or quantity != quantity.quantize(Decimal("0.01")):
        raise ValidationError(
            {"quantity": _("The quantity is too large or has more than two decimals.")}
        )
    return quantity.quantize(Decimal("0.01"))


def line_amount(quantity: Decimal, unit_cost: Decimal) -> Decimal:
    """Quantity × unit cost in whole đồng (half up), or the error when it does not fit."""
    amount = (quantity * unit_cost).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if amount > MAX_VND:
        raise ValidationError(
            {
                "unit_cost": _("Quantity × unit cost is too large: at most {max} per line.").format(
                    max=format_vnd(MAX_VND)
                )
            }
        )
    return amount


def _claim(estimate: Estimate, version: int, *, statuses, **changes) -> None:
    """Write ``changes`` if nobody changed the estimate since ``version`` was read and it
    is still in one of ``statuses``; otherwise a ``ConflictError`` and nothing written."""
    claim_version(
        estimate,
        version,
        message=_(
            "Someone else changed this estimate after you opened it (or it moved to "
            "another step). Reload the page to see their changes."
        ),
        where={"status__in": statuses},
        **changes,
    )


def _audit(actor, action: str, estimate: Estimate, target=None, **kwargs) -> None:
    log_action(
        actor=actor,
        action=action,
        target=target or estimate,
        scopes=[estimate, estimate.plan, estimate.agency]
        if target
        else [estimate.plan, estimate.agency],
        **kwargs,
    )


def estimate_total(estimate: Estimate) -> dict[str, Decimal]:
    """Requested, appraised and approved totals of the estimate's lines (one query)."""
    totals = estimate.lines.aggregate(requested=Sum("amount"), approved=Sum("approved_amount"))
    appraised = sum((line.reviewed_amount for line in estimate.lines.all()), Decimal(0))
    return {
        "requested": totals["requested"] or Decimal(0),
        "appraised": appraised,
        "approved": totals["approved"] or Decimal(0),
    }


# --- estimates ----------------------------------------------------------------------


@transaction.atomic
def estimate_create(
    *,
    actor,
    plan: Plan,
    agency: Agency,
    year: int,
    title: str = "",
    note: str = "",
) -> Estimate:
    """A new draft estimate of ``agency`` for ``plan`` and ``year`` (revision 1)."""
    estimate = Estimate(
        plan=plan,
        agency=agency,
        year=year,
        title=_line_text(title, field="title", max_chars=255),
        note=_block_text(note, field="note"),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    require_edit(actor, estimate)
    if Estimate.objects.filter(plan=plan, agency=agency, year=year).exists():
        raise ValidationError(
            {
                "year": _(
                    "This agency already has an estimate for this plan and year: open it, "
                    "or create a revision of the approved one."
                )
            }
        )
    estimate.full_clean()
    estimate.save()
    _audit(actor, "budget.estimate_created", estimate, after=snapshot(estimate))
    return estimate


@dataclass(frozen=True)
class LineData:
    description: str
    quantity: Decimal | str | int = 1
    unit: str = ""
    unit_cost: Decimal | str | int = 0
    amount: Decimal | str | int | None = None  # None: quantity × unit cost
    group: str = ""
    task: Task | None = None
    activity: Activity | None = None
    funding_source: str = FundingSource.PROVINCIAL
    note: str = ""
    order: int | None = None


def _apply_line(line: EstimateLine, estimate: Estimate, data: LineData) -> None:
    line.description = _line_text(data.description, field="description", required=True)
    line.unit = _line_text(data.unit, field="unit", max_chars=40)
    line.note = _line_text(data.note, field="note")
    line.quantity = _quantity(data.quantity)
    line.unit_cost = vnd_errors(data.unit_cost, field="unit_cost")
    if data.amount is None or data.amount == "":
        line.amount, line.amount_entered = line_amount(line.quantity, line.unit_cost), False
    else:
        line.amount, line.amount_entered = vnd_errors(data.amount, field="amount"), True
    if data.task is not None and data.task.plan_id != estimate.plan_id:
        raise ValidationError({"task": _("Choose a task of the estimate's plan.")})
    line.task = data.task
    if data.activity is not None and not (
        data.activity.agency_id == estimate.agency_id
        or data.activity.agencies.filter(pk=estimate.agency_id).exists()
    ):
        raise ValidationError({"activity": _("Choose an activity of the estimate's agency.")})
    line.activity = data.activity
    group = data.group or (data.task.group if data.task is not None else TaskGroup.OTHER)
    if group not in TaskGroup.values:
        raise ValidationError({"group": _("Choose a task group from the list.")})
    line.group = group
    if data.funding_source not in FundingSource.values:
        raise ValidationError({"funding_source": _("Choose a funding source from the list.")})
    line.funding_source = data.funding_source
    if data.order is not None:
        line.order = max(0, min(int(data.order), 100000))


def _editable(estimate: Estimate) -> None:
    if estimate.is_locked:
        raise locked_error()
    if estimate.status not in EDITABLE_STATUSES:
        raise ValidationError(
            _("The estimate is with the reviewers: its lines change only after it is returned.")
        )


@transaction.atomic
def line_add(*, actor, estimate: Estimate, version: int, data: LineData) -> EstimateLine:
    require_edit(actor, estimate)
    _editable(estimate)
    if estimate.lines.count() >= MAX_LINES:
        raise ValidationError(_("An estimate has at most {n} lines.").format(n=MAX_LINES))
    line = EstimateLine(estimate=estimate)
    _apply_line(line, estimate, data)
    if data.order is None:
        line.order = (estimate.lines.aggregate(m=Max("order"))["m"] or 0) + 1
    _claim(estimate, version, statuses=EDITABLE_STATUSES)
    line.full_clean()
    line.save()
    _audit(actor, "budget.line_added", estimate, target=line, after=snapshot(line, LINE_FIELDS))
    return line


@transaction.atomic
def line_change(*, actor, line: EstimateLine, version: int, data: LineData) -> EstimateLine:
    estimate = line.estimate
    require_edit(actor, estimate)
    _editable(estimate)
    before = snapshot(line, LINE_FIELDS)
    _apply_line(line, estimate, data)
    _claim(estimate, version, statuses=EDITABLE_STATUSES)
    line.full_clean()
    line.save()
    _audit(
        actor,
        "budget.line_changed",
        estimate,
        target=line,
        before=before,
        after=snapshot(line, LINE_FIELDS),
    )
    return line


@transaction.atomic
def line_delete(*, actor, line: EstimateLine, version: int) -> None:
    estimate = line.estimate
    require_edit(actor, estimate)
    _editable(estimate)
    _claim(estimate, version, statuses=EDITABLE_STATUSES)
    before = snapshot(line, LINE_FIELDS)
    line.delete()
    _audit(actor, "budget.line_deleted", estimate, before=before)


@transaction.atomic
def estimate_submit(*, actor, estimate: Estimate, version: int) -> Estimate:
    """The agency hands the estimate to the finance reviewer."""
    require_edit(actor, estimate)
    _editable(estimate)
    if not estimate.lines.exists():
        raise ValidationError(_("Add at least one line before submitting the estimate."))
    before = snapshot(estimate, ["status"])
    _claim(
        estimate,
        version,
        statuses=EDITABLE_STATUSES,
        status=EstimateStatus.SUBMITTED,
        submitted_at=timezone.now(),
        status_comment="",
    )
    _audit(
        actor,
        "budget.submitted",
        estimate,
        before=before,
        after={"status": estimate.status, "total": estimate_total(estimate)["requested"]},
    )
    return estimate


@dataclass(frozen=True)
class Adjustment:
    """The reviewer's amount for a line (None: as requested) and their comment."""

    amount: Decimal | str | int | None = None
    comment: str = ""


@transaction.atomic
def estimate_appraise(
    *,
    actor,
    estimate: Estimate,
    version: int,
    adjustments: dict[int, Adjustment],
    comment: str = "",
) -> Estimate:
    """The finance reviewer's appraisal: an amount and a comment per line (a line left out
    keeps its requested amount); a changed amount needs a comment saying why."""
    require_appraise(actor, estimate)
    if estimate.status != EstimateStatus.SUBMITTED:
        raise ValidationError(_("Only a submitted estimate can be appraised."))
    comment = _block_text(comment, field="comment")
    lines = list(estimate.lines.all())
    unknown = set(adjustments) - {line.pk for line in lines}
    if unknown:
        raise ValidationError(_("Some lines are not lines of this estimate."))
    changed = {}
    for line in lines:
        adjustment = adjustments.get(line.pk, Adjustment())
        field = f"line_{line.pk}"
        amount = (
            line.amount
            if adjustment.amount in (None, "")
            else vnd_errors(adjustment.amount, field=field)
        )
        note = _block_text(adjustment.comment, field=field, max_chars=1000)
        if amount != line.amount and not note:
            raise ValidationError(
                {
                    field: _("Line “{line}”: say why the amount changed.").format(
                        line=line.description[:60]
                    )
                }
            )
        line.appraised_amount, line.appraisal_comment = amount, note
        if amount != line.amount:
            changed[str(line.pk)] = {"requested": line.amount, "appraised": amount, "comment": note}
    _claim(
        estimate,
        version,
        statuses=[EstimateStatus.SUBMITTED],
        status=EstimateStatus.APPRAISED,
        appraised_by=actor,
        appraised_at=timezone.now(),
        status_comment=comment,
    )
    EstimateLine.objects.bulk_update(lines, ["appraised_amount", "appraisal_comment"])
    _audit(
        actor,
        "budget.appraised",
        estimate,
        before={"status": EstimateStatus.SUBMITTED},
        after={"status": estimate.status, "total": sum(line.appraised_amount for line in lines)},
        data={"adjustments": changed, "comment": comment},
    )
    return estimate


@transaction.atomic
def estimate_approve(*, actor, estimate: Estimate, version: int, comment: str = "") -> Estimate:
    """The leader approves the appraised amounts: the estimate is locked from now on; the
    revision it replaces becomes superseded and its spending moves to the copied lines."""
    require_approve(actor)
    if estimate.status != EstimateStatus.APPRAISED:
        raise ValidationError(_("Only an appraised estimate can be approved."))
    comment = _block_text(comment, field="comment")
    lines = list(estimate.lines.all())
    for line in lines:
        line.approved_amount = line.reviewed_amount
    # The lines first: once the status is approved they are locked.
    EstimateLine.objects.bulk_update(lines, ["approved_amount"])
    _claim(
        estimate,
        version,
        statuses=[EstimateStatus.APPRAISED],
        status=EstimateStatus.APPROVED,
        approved_by=actor,
        approved_at=timezone.now(),
        status_comment=comment,
    )
    approved_total = sum((line.approved_amount for line in lines), Decimal(0))
    _audit(
        actor,
        "budget.approved",
        estimate,
        before={"status": EstimateStatus.APPRAISED},
        after={"status": estimate.status, "approved_total": approved_total},
        data={"comment": comment},
    )
    previous = estimate.previous
    if previous is not None and previous.status == EstimateStatus.APPROVED:
        for line in lines:
            if line.origin_id:
                Spending.objects.filter(line_id=line.origin_id).update(line=line)
        Estimate.objects.filter(pk=previous.pk).update(
            status=EstimateStatus.SUPERSEDED, version=F("version") + 1
        )
        _audit(
            actor,
            "budget.superseded",
            previous,
            before={"status": EstimateStatus.APPROVED},
            after={"status": EstimateStatus.SUPERSEDED},
            data={"revision": estimate.pk},
        )
    return estimate


@transaction.atomic
def estimate_return(*, actor, estimate: Estimate, version: int, comment: str) -> Estimate:
    """Back to the agency for correction (the reviewer from submitted, the leader from
    appraised), with a comment saying what to correct."""
    if estimate.status not in (EstimateStatus.SUBMITTED, EstimateStatus.APPRAISED):
        raise ValidationError(_("Only a submitted or appraised estimate can be returned."))
    if not can_return(actor, estimate):
        raise PermissionDenied(_("You cannot return this estimate."))
    comment = _block_text(comment, field="comment")
    if not comment:
        raise ValidationError({"comment": _("Say what the agency should correct.")})
    before = {"status": estimate.status}
    _claim(
        estimate,
        version,
        statuses=[estimate.status],
        status=EstimateStatus.RETURNED,
        status_comment=comment,
    )
    _audit(
        actor,
        "budget.returned",
        estimate,
        before=before,
        after={"status": estimate.status},
        data={"comment": comment},
    )
    return estimate


@transaction.atomic
def estimate_revise(*, actor, estimate: Estimate) -> Estimate:
    """A new draft revision of an approved estimate, with a copy of its lines (their
    approved amounts as the new request); the approved one stays in force and readable
    until the revision is approved."""
    require_edit(actor, estimate)
    if estimate.status != EstimateStatus.APPROVED:
        raise ValidationError(_("Only the approved estimate in force can be revised."))
    if Estimate.objects.filter(previous=estimate).exists():
        raise ValidationError(_("A revision of this estimate already exists: open it."))
    latest = (
        Estimate.objects.filter(
            plan=estimate.plan, agency=estimate.agency, year=estimate.year
        ).aggregate(m=Max("revision"))["m"]
        or estimate.revision
    )
    revision = Estimate(
        plan=estimate.plan,
        agency=estimate.agency,
        year=estimate.year,
        revision=latest + 1,
        previous=estimate,
        title=estimate.title,
        note=estimate.note,
        created_by=actor,
    )
    revision.full_clean()
    revision.save()
    copies = [
        EstimateLine(
            estimate=revision,
            order=line.order,
            group=line.group,
            description=line.description,
            task_id=line.task_id,
            activity_id=line.activity_id,
            quantity=line.quantity,
            unit=line.unit,
            unit_cost=line.unit_cost,
            amount=line.approved_amount if line.approved_amount is not None else line.amount,
            amount_entered=line.amount_entered
            or (line.approved_amount is not None and line.approved_amount != line.amount),
            funding_source=line.funding_source,
            note=line.note,
            origin=line,
        )
        for line in estimate.lines.all()
    ]
    EstimateLine.objects.bulk_create(copies)
    _audit(
        actor,
        "budget.revised",
        revision,
        after={"revision": revision.revision, "lines": len(copies)},
        data={"previous": estimate.pk},
    )
    return revision


# --- spending -----------------------------------------------------------------------


def line_spent(line: EstimateLine) -> Decimal:
    return line.spendings.aggregate(total=Sum("amount"))["total"] or Decimal(0)


@transaction.atomic
def spending_record(
    *,
    actor,
    line: EstimateLine,
    day: datetime.date,
    amount,
    document_ref: str = "",
    note: str = "",
    files: list[UploadedFile] = (),
) -> tuple[Spending, str]:
    """Spending against a line of an approved estimate; the second value is a warning
    (translated) when the line's spending now exceeds its approved amount, else "".
    Exceeding is allowed — the finance department settles it — but said (decision 0030)."""
    estimate = line.estimate
    require_edit(actor, estimate)
    if estimate.status != EstimateStatus.APPROVED or line.approved_amount is None:
        raise ValidationError(
            _("Spending is recorded only against lines of the approved estimate in force.")
        )
    amount = vnd_errors(amount, field="amount", allow_zero=False)
    if not isinstance(day, datetime.date):
        raise ValidationError({"day": _("Give the day of the spending.")})
    if day > timezone.localdate():
        raise ValidationError({"day": _("The day of the spending cannot be in the future.")})
    if day.year < 1945:
        raise ValidationError({"day": _("Give the day of the spending.")})
    files = clean_files(
        files,
        allowed_extensions=ALLOWED_SPENDING_EXTENSIONS,
        max_bytes=settings.TTDN_EVIDENCE_MAX_BYTES,
        max_count=MAX_SPENDING_FILES,
    )
    # Lock the line's row so two spendings recorded at once add up correctly.
    EstimateLine.objects.select_for_update().filter(pk=line.pk).first()
    spent = line_spent(line)
    if spent + amount > MAX_VND:
        raise ValidationError(
            {"amount": _("The line's spending would exceed what an amount can hold.")}
        )
    spending = Spending(
        line=line,
        agency_id=estimate.agency_id,
        day=day,
        amount=amount,
        document_ref=_line_text(document_ref, field="document_ref", max_chars=120),
        note=_line_text(note, field="note"),
        recorded_by=actor,
    )
    spending.full_clean()
    spending.save()
    attachments_create(model=SpendingFile, files=files, spending=spending)
    total = spent + amount
    warning = ""
    if line.exceeds_approved(total):
        warning = _(
            "The spending on “{line}” is now {spent}, over its approved {approved} by {over}."
        ).format(
            line=line.description[:80],
            spent=format_vnd(total),
            approved=format_vnd(line.approved_amount),
            over=format_vnd(total - line.approved_amount),
        )
    log_action(
        actor=actor,
        action="budget.spending_recorded",
        target=spending,
        after=snapshot(spending, ["day", "amount", "document_ref", "note"]),
        data={"files": [f.name for f in files], "over_approved": bool(warning)},
        scopes=[line, estimate, estimate.plan, estimate.agency],
    )
    return spending, warning
