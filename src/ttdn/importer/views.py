"""Pages for importing plans: upload, progress of a batch, review, confirm or discard.

Views parse input, authorise (through :mod:`ttdn.importer.access`), call a service
and render. The review page shows the source text beside the extracted plan; every
value carries where it was read (offsets into the text) so the page can point to it.
"""

import uuid
from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from ttdn.core.forms import form_errors_to_form
from ttdn.importer import access, selectors, services
from ttdn.importer.forms import (
    ReviewPlanForm,
    ReviewTaskFormSet,
    UploadForm,
    plan_initial,
    task_initial,
    tasks_initial,
)
from ttdn.importer.merge import import_job_separate, import_jobs_merge, suggestion_repeats_part
from ttdn.importer.models import ImportJob, ImportStatus
from ttdn.importer.result import LOW_CONFIDENCE, AgencyMention, ExtractionResult
from ttdn.importer.review import ExtractionInvalid, extraction_from_review, import_job_confirm

# --- upload ------------------------------------------------------------------------------------


class SizeCapUploadHandler(FileUploadHandler):
    """Stops keeping a file as soon as it passes the size cap and remembers its name.

    It runs before Django's own handlers: the bytes of a file that is too large are read
    from the request and dropped, never stored in memory or on disk in full.
    """

    def __init__(self, request=None, *, limit: int):
        super().__init__(request)
        self.limit = limit
        self.too_large: list[str] = []
        self.received = 0

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0
        if self.content_length is not None and self.content_length > self.limit:
            self._refuse()

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self._refuse()
        return raw_data

    def file_complete(self, file_size):
        return None  # the next handler builds the file

    def _refuse(self):
        self.too_large.append(self.file_name or "")
        raise SkipFile()


def _upload_page(request, form: UploadForm, *, status: int = 200):
    context = {
        "form": form,
        "accepted": services.ACCEPTED_EXTENSIONS,
        "max_mb": services.max_megabytes(),
        "max_files": services.max_files(),
        "jobs": selectors.recent_jobs(request.user),
    }
    return render(request, "importer/upload.html", context, status=status)


def _upload_form(data=None, files=None) -> UploadForm:
    return UploadForm(data, files, accept=",".join(services.ACCEPTED_EXTENSIONS))


@csrf_exempt  # the CSRF check runs in _upload_post, once the upload handler is in place
@login_required
def upload(request):
    access.require_importer(request.user)
    if request.method != "POST":
        return _upload_page(request, _upload_form())
    # Refuse an obviously oversized request before reading any of it.
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if problem := services.request_too_large_message(length):
        form = _upload_form({})
        form.is_valid()
        form.add_error(None, problem)
        return _upload_page(request, form, status=413)
    handler = SizeCapUploadHandler(request, limit=services.max_bytes())
    request.upload_handlers.insert(0, handler)
    return _upload_post(request, handler=handler)


@csrf_protect
def _upload_post(request, *, handler: SizeCapUploadHandler):
    form = _upload_form(request.POST, request.FILES)
    try:
        jobs = services.import_jobs_create(
            actor=request.user,
            files=request.FILES.getlist("files"),
            too_large=handler.too_large,
        )
    except ValidationError as exc:
        form.is_valid()
        form_errors_to_form(form, exc)
        return _upload_page(request, form)
    return redirect("importer:batch", batch=jobs[0].batch)


# --- progress of a batch -----------------------------------------------------------------------


@login_required
def batch_progress(request, batch: uuid.UUID):
    jobs = selectors.note_queue_moving(access.batch_jobs_for_user(request.user, batch))
    # Poll only while a worker is moving something; a stalled job shows why and waits for
    # the user (retry, discard, or check again), so the page never spins forever.
    active = any(job.is_progressing for job in jobs)
    stalled = any(job.is_stalled for job in jobs)
    context = {"jobs": jobs, "batch": batch, "active": active, "stalled": stalled}
    if request.htmx:
        response = render(request, "importer/partials/batch_status.html", context)
        if len(jobs) == 1 and jobs[0].status == ImportStatus.READY:
            # One document, ready: go straight to its review.
            response["HX-Redirect"] = reverse("importer:review", args=[jobs[0].pk])
        return response
    return render(request, "importer/batch.html", context)


# --- review -----------------------------------------------------------------------------------


@dataclass
class Spot:
    """Where a value was read in the source text, and whether to check it."""

    start: int | None = None
    end: int | None = None
    low: bool = False
    note: str = ""

    @property
    def located(self) -> bool:
        return self.start is not None and self.end is not None


@dataclass
class Chip:
    label: str
    agency: str | None
    state: str  # "resolved" | "collective" | "unresolved"
    spot: Spot


@dataclass
class TaskInfo:
    text: Spot = field(default_factory=Spot)
    timeframe: Spot = field(default_factory=Spot)
    lead: list[Chip] = field(default_factory=list)
    coordinating: list[Chip] = field(default_factory=list)
    source: str = ""
    part_file: str = ""  # read from another file of the upload

    @property
    def needs_check(self) -> bool:
        chips = [*self.lead, *self.coordinating]
        return self.text.low or self.timeframe.low or any(c.spot.low for c in chips)


@dataclass
class FieldRow:
    field: object  # a BoundField
    spot: Spot


def _spot(located, *, note: str = "") -> Spot:
    if located is None:
        return Spot()
    value = getattr(located, "value", True)
    confidence = getattr(located, "confidence", 1.0)
    return Spot(
        start=located.start,
        end=located.end,
        low=value is not None and confidence < LOW_CONFIDENCE,
        note=note,
    )


def _chips(mentions: list[AgencyMention]) -> list[Chip]:
    chips = []
    for m in mentions:
        state = "collective" if m.collective else ("resolved" if m.agency_id else "unresolved")
        spot = Spot(start=m.start, end=m.end, low=state == "unresolved")
        if state == "resolved" and m.confidence and m.confidence < LOW_CONFIDENCE:
            spot.low = True
        chips.append(Chip(label=m.as_written, agency=m.agency, state=state, spot=spot))
    return chips


def _plan_rows(form: ReviewPlanForm, result: ExtractionResult) -> list[FieldRow]:
    deadline = result.report_deadline
    issuer = _spot(result.issuer)
    if result.issuer.value and not result.issuer_id:
        issuer.low, issuer.note = True, _("Not found in the agency directory.")
    spots = {
        "doc_type": _spot(result.doc_type),
        "title": _spot(result.title),
        "number": _spot(result.plan_number),
        "issued_date": _spot(result.issued_date),
        "issuer": issuer,
        "level": _spot(result.level),
        "locality": _spot(result.locality),
        "period_from": _spot(result.period),
        "period_to": _spot(result.period),
        "signer": _spot(result.signer),
        "report_deadline_text": _spot(deadline),
        "report_deadline_day": _spot(deadline),
        "report_deadline_month": _spot(deadline),
        "legal_bases": Spot(),
    }
    return [FieldRow(field=form[name], spot=spots.get(name, Spot())) for name in form.fields]


# How the plan fields are laid out: short fields side by side.
PLAN_LAYOUT = [
    ["doc_type", "visibility"],
    ["title"],
    ["number", "issued_date"],
    ["issuer"],
    ["level", "locality"],
    ["period_from", "period_to"],
    ["signer"],
    ["report_deadline_text"],
    ["report_deadline_day", "report_deadline_month"],
    ["legal_bases"],
]


def _grouped(rows: list[FieldRow]) -> list[list[FieldRow]]:
    by_name = {row.field.name: row for row in rows}
    groups = [[by_name.pop(name) for name in names if name in by_name] for names in PLAN_LAYOUT]
    return [g for g in groups if g] + [[row] for row in by_name.values()]


def _task_info(task) -> TaskInfo:
    if task is None:
        return TaskInfo(source="manual")
    timeframe = _spot(task.timeframe)
    if task.timeframe and task.timeframe.problem:
        timeframe.low = True
        timeframe.note = _("The timeframe was not understood; check the wording.")
    return TaskInfo(
        # (a suggestion's confidence is its model's score; the reviewer chose to add it)
        text=Spot(
            start=task.start,
            end=task.end,
            low=task.source != "suggested" and task.confidence < LOW_CONFIDENCE,
        ),
        timeframe=timeframe,
        lead=_chips(task.lead),
        coordinating=_chips(task.coordinating),
        source=task.source,
        part_file=task.part_file,
    )


def _task_rows(formset, original: ExtractionResult, edited: ExtractionResult | None):
    """Each form of the formset with what the page shows beside it."""
    rows = []
    kept = 0
    for form in formset.forms:
        try:
            origin = int(form["origin"].value())
        except (TypeError, ValueError):  # a new row, or a tampered one
            origin = -1
        info = _task_info(original.task_at(origin))
        deleted = formset.can_delete and bool(form["DELETE"].value())
        if edited is not None and not deleted and kept < len(edited.tasks):
            # The agencies as they will be saved (changed lines were looked up again).
            info.lead = _chips(edited.tasks[kept].lead)
            info.coordinating = _chips(edited.tasks[kept].coordinating)
        if not deleted:
            kept += 1
        rows.append((form, info))
    return rows


def _source_lines(text: str) -> list[tuple[int, str]]:
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


PLAN_ERROR_FIELDS = {
    "title": "title",
    "number": "number",
    "issued_date": "issued_date",
    "period_start": "period_from",
    "period_end": "period_to",
    "level": "level",
    "unit": "locality",
    "issuer": "issuer",
    "issuer_name": "issuer",
    "signer": "signer",
    "report_deadline_text": "report_deadline_text",
    "report_deadline_month": "report_deadline_month",
    "report_deadline_day": "report_deadline_day",
    "legal_bases": "legal_bases",
}
TASK_ERROR_FIELDS = {
    "text": "text",
    "group": "group",
    "leads": "lead",
    "coordinating": "coordinating",
    "timeframe_text": "timeframe",
    "row_label": "row",
}


def _show_errors(exc: ExtractionInvalid, meta_form, kept_forms) -> None:
    for message in exc.message_dict.get("tasks", []):  # "Task 5: …", listed at the top too
        meta_form.add_error(None, message)
    for key, errors in exc.plan_errors.items():
        target = PLAN_ERROR_FIELDS.get(key)
        for message in errors:
            meta_form.add_error(target, message)
    for index, errors in exc.task_errors.items():
        form = kept_forms[index] if index < len(kept_forms) else None
        for key, messages_ in errors.items():
            for message in messages_:
                if form is None:
                    meta_form.add_error(None, message)
                else:
                    form.add_error(TASK_ERROR_FIELDS.get(key), message)


def _with_extra_row(data):
    data = data.copy()
    key = "tasks-TOTAL_FORMS"
    try:
        data[key] = str(int(data.get(key, 0)) + 1)
    except ValueError:
        data[key] = "1"
    return data


def _with_suggested_row(data, original: ExtractionResult):
    """The posted review with one more row holding the suggestion the reviewer chose."""
    try:
        index = int(data.get("add_suggestion", ""))
    except ValueError:
        index = -1
    if not 0 <= index < len(original.suggestions):
        return data.copy()
    data = _with_extra_row(data)
    number = int(data["tasks-TOTAL_FORMS"]) - 1
    origin = len(original.tasks) + index
    for name, value in task_initial(original.suggestions[index], origin).items():
        data[f"tasks-{number}-{name}"] = str(value)
    return data


def _suggestions_left(formset, original: ExtractionResult) -> list[dict]:
    """The suggestions no row holds yet (nor a task from a merged file), each with the
    values its row would start from."""
    held = {form["origin"].value() for form in formset.forms}
    held = {str(v) for v in held if v not in (None, "")}
    shown = []
    for index, task in enumerate(original.suggestions):
        origin = len(original.tasks) + index
        if str(origin) not in held and not suggestion_repeats_part(original, index):
            shown.append(
                {
                    "index": index,
                    "task": task,
                    "row": task_initial(task, origin),
                    "lead": "; ".join(m.as_written for m in task.lead),
                }
            )
    return shown


def _confirm(request, job, original: ExtractionResult, meta_form, formset):
    """Create the plan from a valid review form: ``(edited, redirect)``, or ``(edited, None)``
    with the plans services' refusals put on the forms."""
    kept = [f for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
    edited = extraction_from_review(
        original=original, meta=meta_form.cleaned_data, tasks=[f.cleaned_data for f in kept]
    )
    try:
        plan = import_job_confirm(
            actor=request.user,
            job=job,
            data=edited,
            visibility=meta_form.cleaned_data["visibility"],
        )
    except ExtractionInvalid as exc:
        _show_errors(exc, meta_form, kept)
        return edited, None
    except ValidationError as exc:  # confirmed or discarded meanwhile
        messages.error(request, " ".join(exc.messages))
        return edited, redirect("importer:batch", batch=job.batch)
    messages.success(
        request,
        _("The plan was created from “{name}” as a draft. Check it, then issue it.").format(
            name=job.original_name
        ),
    )
    return edited, redirect("pages:plan", pk=plan.pk)


@login_required
def review(request, pk):
    job = access.import_job_get_for_user(request.user, pk)
    if job.status != ImportStatus.READY:
        if request.method == "POST":
            messages.error(request, services.refusal_message(job))
        if job.status == ImportStatus.CONFIRMED and job.plan_id:
            return redirect("pages:plan", pk=job.plan_id)
        return redirect("importer:batch", batch=job.batch)
    original = ExtractionResult.from_dict(job.result)
    edited = None
    status = 200
    if request.method != "POST":
        meta_form = ReviewPlanForm(initial=plan_initial(original), prefix="plan")
        formset = ReviewTaskFormSet(initial=tasks_initial(original), prefix="tasks")
    elif "add_row" in request.POST:  # "Add a task" without JavaScript: one more empty row
        data = _with_extra_row(request.POST)
        meta_form = ReviewPlanForm(data, prefix="plan")
        formset = ReviewTaskFormSet(data, prefix="tasks")
    elif "add_suggestion" in request.POST:  # "Add as a task" without JavaScript
        data = _with_suggested_row(request.POST, original)
        meta_form = ReviewPlanForm(data, prefix="plan")
        formset = ReviewTaskFormSet(data, prefix="tasks")
    else:
        meta_form = ReviewPlanForm(request.POST, prefix="plan")
        formset = ReviewTaskFormSet(request.POST, prefix="tasks")
        if meta_form.is_valid() and formset.is_valid():
            edited, response = _confirm(request, job, original, meta_form, formset)
            if response is not None:
                return response
        status = 400
    plan_rows = _plan_rows(meta_form, original)
    task_rows = _task_rows(formset, original, edited)
    kind_label, kind_reason = kind_explained(original)
    context = {
        "job": job,
        "result": original,
        "lines": _source_lines(original.text),
        "meta_form": meta_form,
        "plan_groups": _grouped(plan_rows),
        "formset": formset,
        "task_rows": task_rows,
        "suggestions": _suggestions_left(formset, original),
        "empty_info": TaskInfo(source="manual"),
        "check_count": sum(1 for r in plan_rows if r.spot.low)
        + sum(1 for _form, info in task_rows if info.needs_check),
        "same_file_plans": selectors.same_file_plans(request.user, job),
        "kind_label": kind_label,
        "kind_reason": kind_reason,
        "kind_choices": ImportJob._meta.get_field("kind").choices,
        "kind_value": original.kind.value or "",
        "signatures": (signatures := selectors.signatures_shown(original.signatures)),
        "signatures_altered": selectors.signatures_altered(signatures),
        "parts": original.parts,
        "siblings": selectors.batch_siblings_to_merge(request.user, job),
    }
    return render(request, "importer/review.html", context, status=status)


@require_POST
@login_required
def merge(request, pk):
    """Add the tasks of other files of the same upload to this review."""
    job = access.import_job_get_for_user(request.user, pk)
    chosen = request.POST.getlist("part")
    parts = [
        part
        for part in selectors.batch_siblings_to_merge(request.user, job)
        if str(part.pk) in chosen
    ]
    if not parts:
        messages.error(request, _("Choose a file of this upload to add."))
        return redirect("importer:review", pk=job.pk)
    try:
        import_jobs_merge(actor=request.user, main=job, parts=parts)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("The tasks of {names} were added to this review.").format(
                names=", ".join(f"“{p.original_name}”" for p in parts)
            ),
        )
    return redirect(reverse("importer:review", args=[job.pk]) + "#parts")


@require_POST
@login_required
def separate(request, pk, part_pk):
    """Take a file back out of this review: it waits for review on its own again."""
    job = access.import_job_get_for_user(request.user, pk)
    part = access.import_job_get_for_user(request.user, part_pk)
    try:
        import_job_separate(actor=request.user, main=job, part=part)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("“{name}” was taken out of this review; it waits for review on its own.").format(
                name=part.original_name
            ),
        )
    return redirect(reverse("importer:review", args=[job.pk]) + "#parts")


@require_POST
@login_required
def discard(request, pk):
    job = access.import_job_get_for_user(request.user, pk)
    try:
        services.import_job_discard(actor=request.user, job=job)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("importer:batch", batch=job.batch)
    messages.success(
        request, _("The import of “{name}” was discarded.").format(name=job.original_name)
    )
    return redirect("importer:upload")


@require_POST
@login_required
def retry(request, pk):
    job = access.import_job_get_for_user(request.user, pk)
    try:
        services.import_job_retry(actor=request.user, job=job)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("“{name}” will be read again.").format(name=job.original_name))
    return redirect("importer:batch", batch=job.batch)


@require_POST
@login_required
def reread(request, pk):
    """Read the document again as the kind the reviewer chose."""
    job = access.import_job_get_for_user(request.user, pk)
    try:
        services.import_job_reread(actor=request.user, job=job, kind=request.POST.get("kind", ""))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        if job.status == ImportStatus.READY:
            return redirect("importer:review", pk=job.pk)
        return redirect("importer:batch", batch=job.batch)
    messages.success(
        request,
        _("“{name}” will be read again as: {kind}.").format(
            name=job.original_name, kind=job.get_kind_display()
        ),
    )
    return redirect("importer:batch", batch=job.batch)


def kind_explained(result: ExtractionResult) -> tuple[str, str]:
    """The kind of document the importer read, and why, in words for the review page."""
    labels = dict(ImportJob._meta.get_field("kind").choices)
    reasons = {
        "chosen": _("your choice of kind"),
        "decision_for_plan": _(
            "a decision that issues or approves a plan (“QUYẾT ĐỊNH … BAN HÀNH KẾ HOẠCH …”): its number and date are the decision's"
        ),
        "programme_heading": _("the heading CHƯƠNG TRÌNH (a programme is read as a plan)"),
        "plan_heading": _("the heading KẾ HOẠCH or a number “…/KH-…”"),
        "plan_title": _("a title naming a plan, without the formal heading"),
        "duties_fragment": _(
            "duties listed without a document's heading (a plan's section pasted or sent on its own)"
        ),
        "report_heading": _("the heading BÁO CÁO or a number “…/BC-…”"),
        "annex_heading": _("the heading PHỤ LỤC and the table of a plan's annex sent on its own"),
        "review_wording": _(
            "wording that reviews work done (“sơ kết”, “tổng kết”, “kết quả đạt được”)"
        ),
        "announcement": _("a sentence announcing a plan (“… ban hành Kế hoạch …”)"),
        "planned_year": _("a year's planned work set out without naming a document"),
        "letter_marks": _("the marks of a letter (“Kính gửi:”, a “V/v …” subject line)"),
        "own_voice": _(
            "a body asking or guiding others in its own words (“… đề nghị … sau:”, “… hướng dẫn … như sau:”)"
        ),
        "decision_heading": _("the heading QUYẾT ĐỊNH, without a plan attached"),
        "circular_heading": _("the heading THÔNG TƯ (a circular)"),
        "other_document": _("a news item about a letter or decision, not a plan"),
        "nothing_recognised": _("no form of a plan, report, letter or decision was recognised"),
    }
    kind = result.kind.value or {"plan": "plan", "report": "report", "news_about_plan": "news"}.get(
        result.doc_type.value or "", "other"
    )
    return str(labels.get(kind, kind)), str(reasons.get(result.kind_reason, ""))


# --- files ------------------------------------------------------------------------------------


def _file_response(field_file, filename: str) -> FileResponse:
    try:
        handle = field_file.open("rb")
    except FileNotFoundError:
        raise Http404(_("The file is missing from storage.")) from None
    return FileResponse(handle, as_attachment=True, filename=filename)


@login_required
def job_file(request, pk):
    """The uploaded file, for its uploader (and administrators) before confirmation."""
    job = access.import_job_get_for_user(request.user, pk)
    if not job.file:
        raise Http404(_("The file of this import was deleted."))
    return _file_response(job.file, job.original_name)


def plan_original(request, plan_pk: int):
    """The document a plan was imported from, for everyone who may see the plan."""
    plan, name = selectors.plan_source_for_user(request.user, plan_pk)
    return _file_response(plan.source_file, name)


def plan_attachment(request, plan_pk: int, job_pk):
    """A file sent with the plan's document (its annex as a spreadsheet …), for everyone
    who may see the plan."""
    job = selectors.plan_attachment_for_user(request.user, plan_pk, job_pk)
    return _file_response(job.file, job.original_name)
