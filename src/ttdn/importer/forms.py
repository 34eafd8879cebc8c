"""Forms of the import pages: the upload, and the review of an extraction.

The review form shows what the extractor found (:func:`plan_initial`, :func:`tasks_initial`)
and hands the corrected values to :func:`ttdn.importer.review.extraction_from_review`.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from ttdn.importer.result import DOC_TYPES, ExtractionResult
from ttdn.legal.parsing import parse_legal_ref
from ttdn.plans.models import PlanLevel, TaskGroup, Visibility

DATE_INPUT = forms.DateInput(
    format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric"}
)
DOC_TYPE_LABELS = {
    "plan": _("Plan"),
    "news_about_plan": _("News item about a plan"),
    "report": _("Report"),
    "other": _("Other document"),
}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


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
    title = forms.CharField(label=_("Title"), max_length=500)
    number = forms.CharField(
        label=_("Number and symbol"),
        max_length=60,
        required=False,
        help_text=_("For example 12773/KH-UBND"),
    )
    issued_date = forms.DateField(label=_("Date of issue"), required=False, widget=DATE_INPUT)
    issuer = forms.CharField(
        label=_("Issuer"),
        max_length=255,
        required=False,
        help_text=_("As the directory names it; a changed name is looked up again."),
    )
    level = forms.ChoiceField(label=_("Level"), choices=PlanLevel.choices)
    locality = forms.CharField(label=_("Locality"), max_length=200, required=False)
    period_from = forms.IntegerField(label=_("From year"), min_value=1945, max_value=2100)
    period_to = forms.IntegerField(
        label=_("To year"),
        min_value=1945,
        max_value=2100,
        required=False,
        help_text=_("Leave empty for a one-year plan"),
    )
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
    legal_bases = forms.CharField(
        label=_("Legal bases"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One reference per line, e.g. Nghị định số 72/2015/NĐ-CP ngày 07/9/2015"),
    )
    visibility = forms.ChoiceField(
        label=_("Visibility"),
        choices=[
            (Visibility.INTERNAL, Visibility.INTERNAL.label),
            (Visibility.PUBLIC, Visibility.PUBLIC.label),
        ],
        initial=Visibility.INTERNAL,
    )

    def clean_legal_bases(self):
        text = self.cleaned_data["legal_bases"]
        lines = [line.strip(" -;\t") for line in text.splitlines()]
        bad = [line for line in lines if line and parse_legal_ref(line) is None]
        if bad:
            raise forms.ValidationError(
                _("Not a legal reference: “%(line)s”. Write e.g. Nghị định số 72/2015/NĐ-CP."),
                params={"line": bad[0][:80]},
            )
        return text

    def clean(self):
        data = super().clean()
        start, end = data.get("period_from"), data.get("period_to")
        if start and end and end < start:
            self.add_error("period_to", _("The period must end in or after the year it starts."))
        return data


class ReviewTaskForm(forms.Form):
    origin = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    row = forms.CharField(label=_("No."), max_length=16, required=False)
    group = forms.ChoiceField(label=_("Group"), choices=TaskGroup.choices, initial=TaskGroup.OTHER)
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


def tasks_initial(result: ExtractionResult) -> list[dict]:
    return [
        {
            "origin": index,
            "row": task.row or "",
            "group": task.group if task.group in TaskGroup.values else TaskGroup.OTHER,
            "text": task.text,
            "lead": "\n".join(m.as_written for m in task.lead),
            "coordinating": "\n".join(m.as_written for m in task.coordinating),
            "timeframe": task.timeframe.as_written if task.timeframe else "",
        }
        for index, task in enumerate(result.tasks)
    ]
