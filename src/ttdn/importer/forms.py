"""Forms of the import pages: the upload, and the review of an extraction.

The review form shows what the extractor found (:func:`plan_initial`, :func:`tasks_initial`)
and hands the corrected values to :func:`ttdn.importer.review.extraction_from_review`.
Fields a plan or task has on its own edit page are those of :mod:`ttdn.plans.forms`, so
both pages label and check them alike.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from ttdn.attachments.forms import MultipleFileInput
from ttdn.importer.result import DOC_TYPES, ExtractedTask, ExtractionResult
from ttdn.plans.forms import PlanForm, TaskForm, check_period
from ttdn.plans.models import PlanLevel, TaskGroup, Visibility

DOC_TYPE_LABELS = {
    "plan": _("Plan"),
    "news_about_plan": _("News item about a plan"),
    "report": _("Report"),
    "other": _("Other document"),
}
# An agency's name as written is stored in at most this many characters.
AGENCY_LINE_MAX = 255


class UploadForm(forms.Form):
    files = forms.FileField(
        label=_("Documents"),
        required=False,  # checked by the service, with one message per file
        widget=MultipleFileInput(),
    )

    def __init__(self, *args, accept: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if accept:
            self.fields["files"].widget.attrs["accept"] = accept


class ReviewPlanForm(forms.Form):
    doc_type = forms.ChoiceField(
        label=_("Kind of document"),
        choices=[(code, DOC_TYPE_LABELS[code]) for code in DOC_TYPES],
        initial="plan",
    )
    title = PlanForm.base_fields["title"]
    number = PlanForm.base_fields["number"]
    issued_date = PlanForm.base_fields["issued_date"]
    issuer = forms.CharField(
        label=_("Issuer"),
        max_length=255,
        required=False,
        help_text=_("As the directory names it; a changed name is looked up again."),
    )
    level = PlanForm.base_fields["level"]
    locality = forms.CharField(label=_("Locality"), max_length=200, required=False)
    period_from = PlanForm.base_fields["period_start"]
    period_to = PlanForm.base_fields["period_end"]
    signer = forms.CharField(label=_("Signed by"), max_length=150, required=False)
    report_deadline_text = forms.CharField(
        label=_("Reporting deadline as written"), max_length=255, required=False
    )
    report_deadline_day = forms.IntegerField(
        label=_("Reporting day"), min_value=1, max_value=31, required=False
    )
    report_deadline_month = forms.IntegerField(
        label=_("Reporting month"), min_value=1, max_value=12, required=False
    )
    legal_bases = PlanForm.base_fields["legal_bases"]
    visibility = forms.ChoiceField(
        label=_("Visibility"),
        choices=[
            (Visibility.INTERNAL, Visibility.INTERNAL.label),
            (Visibility.PUBLIC, Visibility.PUBLIC.label),
        ],
        initial=Visibility.INTERNAL,
    )

    # The plan form's rule: one reference per line; cleaned into the list of lines.
    clean_legal_bases = PlanForm.clean_legal_bases

    def clean(self):
        data = super().clean()
        check_period(self, "period_from", "period_to")
        return data


def _agency_lines(value: str) -> str:
    """One agency per line: a longer line is a pasted sentence, not a name."""
    for line in value.splitlines():
        if len(line.strip()) > AGENCY_LINE_MAX:
            raise forms.ValidationError(
                _("Write one agency per line; “%(start)s…” is too long to be the name of one."),
                params={"start": line.strip()[:60]},
            )
    return value


class ReviewTaskForm(forms.Form):
    origin = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    row = TaskForm.base_fields["row_label"]
    group = TaskForm.base_fields["group"]
    text = forms.CharField(
        label=_("Task"), widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000
    )
    lead = forms.CharField(
        label=_("Lead agencies"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One agency per line, as written"),
    )
    coordinating = forms.CharField(
        label=_("Coordinating agencies"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One agency per line, as written"),
    )
    timeframe = forms.CharField(label=_("Timeframe as written"), max_length=255, required=False)

    def clean_lead(self):
        return _agency_lines(self.cleaned_data["lead"])

    def clean_coordinating(self):
        return _agency_lines(self.cleaned_data["coordinating"])


ReviewTaskFormSet = forms.formset_factory(
    ReviewTaskForm, extra=0, can_delete=True, max_num=1000, validate_max=True
)


def plan_initial(result: ExtractionResult) -> dict:
    period = result.period.value or [None, None]
    deadline = result.report_deadline
    try:
        issued = result.issued_on()
    except ValueError:
        issued = None
    return {
        "doc_type": result.doc_type.value or "plan",
        "title": result.title.value or "",
        "number": result.plan_number.value or "",
        "issued_date": issued,
        "issuer": result.issuer.value or "",
        "level": result.level.value or PlanLevel.PROVINCE,
        "locality": result.locality.value or "",
        "period_from": period[0],
        "period_to": period[1] if len(period) > 1 and period[1] != period[0] else None,
        "signer": result.signer.value or "",
        "report_deadline_text": deadline.as_written if deadline else "",
        "report_deadline_day": deadline.day if deadline else None,
        "report_deadline_month": deadline.month if deadline else None,
        "legal_bases": "\n".join(b.as_written or b.identifier for b in result.legal_bases),
        "visibility": Visibility.INTERNAL,
    }


def task_initial(task: ExtractedTask, origin: int) -> dict:
    """A review row's values for an extracted task or suggestion (``origin``: its index,
    see ``ExtractionResult.task_at``)."""
    return {
        "origin": origin,
        "row": task.row or "",
        "group": task.group if task.group in TaskGroup.values else TaskGroup.OTHER,
        "text": task.text,
        "lead": "\n".join(m.as_written for m in task.lead),
        "coordinating": "\n".join(m.as_written for m in task.coordinating),
        "timeframe": task.timeframe.as_written if task.timeframe else "",
    }


def tasks_initial(result: ExtractionResult) -> list[dict]:
    return [task_initial(task, index) for index, task in enumerate(result.tasks)]
