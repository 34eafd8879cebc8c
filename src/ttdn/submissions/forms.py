"""Forms of report requests and submissions: they parse; the rules are the services'."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ttdn.attachments.forms import MultipleFileField
from ttdn.core.forms import DateInput
from ttdn.submissions.models import ChainLevel, Frequency, HolidayHandling
from ttdn.submissions.services import (
    MAX_INSTRUCTIONS_CHARS,
    MAX_NOTE_CHARS,
    MAX_SECTION_CHARS,
    MAX_TITLE_CHARS,
)

DATE_WIDGET = DateInput()


def parse_figures(text: str) -> dict:
    """ "name: number" lines into a dict ("1.234,5" is read the Vietnamese way)."""
    figures = {}
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        name, sep, value = line.rpartition(":")
        value = value.strip().replace(".", "").replace(",", ".")
        try:
            parsed = float(value)
        except ValueError:
            parsed = None
        if not sep or not name.strip() or parsed is None:
            raise forms.ValidationError(
                _("Line %(n)s is not “name: number”."), params={"n": number}
            )
        figures[name.strip()] = int(parsed) if parsed.is_integer() else parsed
    return figures


def figures_text(figures: dict) -> str:
    return "\n".join(f"{name}: {value}" for name, value in (figures or {}).items())


class SubmissionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    results = forms.CharField(
        label=_("Results"),
        required=False,
        max_length=MAX_SECTION_CHARS,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("What the agency did in the period: activities, products, outcomes"),
    )
    limitations = forms.CharField(
        label=_("Limitations and causes"),
        required=False,
        max_length=MAX_SECTION_CHARS,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    proposals = forms.CharField(
        label=_("Proposals and recommendations"),
        required=False,
        max_length=MAX_SECTION_CHARS,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    figures = forms.CharField(
        label=_("Figures of the period"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "One per line as “name: number”. Filled in from the progress reported in the "
            "period; correct them if needed."
        ),
    )
    links = forms.CharField(
        label=_("Links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Web addresses of articles or documents, one per line"),
    )
    files = MultipleFileField(
        label=_("Files"),
        required=False,
        help_text=_("The signed report, tables, photos (PDF, Word, Excel, images)"),
    )
    remove_files = forms.TypedMultipleChoiceField(
        label=_("Remove files"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, task_rows: list[dict], files=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.task_rows = task_rows
        for row in task_rows:
            self.fields[f"note_{row['task_id']}"] = forms.CharField(
                label=_("Note"),
                required=False,
                max_length=MAX_NOTE_CHARS,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=row.get("note", ""),
            )
        self.fields["remove_files"].choices = [(f.pk, f.title) for f in files]
        if not files:
            del self.fields["remove_files"]

    def note_field(self, task_id: int):
        return self[f"note_{task_id}"]

    def rows_with_fields(self):
        return [(row, self[f"note_{row['task_id']}"]) for row in self.task_rows]

    def clean_figures(self):
        return parse_figures(self.cleaned_data["figures"])

    def clean_links(self):
        return [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]

    def task_notes(self) -> dict[int, str]:
        return {
            row["task_id"]: self.cleaned_data.get(f"note_{row['task_id']}", "")
            for row in self.task_rows
        }


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", _("Accept")), ("return", _("Return"))])
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=MAX_NOTE_CHARS,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AdHocRequestForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=MAX_TITLE_CHARS)
    period_start = forms.DateField(label=_("Period from"), widget=DATE_WIDGET)
    period_end = forms.DateField(label=_("Period to"), widget=DATE_WIDGET)
    deadline = forms.DateField(label=_("Deadline"), widget=DATE_WIDGET)
    agencies = forms.TypedMultipleChoiceField(
        label=_("Agencies asked to report"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("A merged or dissolved agency's request goes to the agency that succeeded it."),
    )
    instructions = forms.CharField(
        label=_("Instructions"),
        required=False,
        max_length=MAX_INSTRUCTIONS_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What the report should cover"),
    )

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agencies"].choices = [(a.pk, a.name) for a in agencies]


class RequestChangeForm(forms.Form):
    deadline = forms.DateField(label=_("Deadline"), widget=DATE_WIDGET)
    closed = forms.BooleanField(label=_("Closed (no more reports expected)"), required=False)


class RuleForm(forms.Form):
    frequency = forms.ChoiceField(label=_("Frequency"), choices=Frequency.choices)
    deadline_month = forms.IntegerField(
        label=_("Deadline month"),
        min_value=1,
        max_value=24,
        help_text=_(
            "Counted from the first month of each period: 11 for “before 5 November every "
            "year”; 4 for “by the 5th of the month after the quarter”."
        ),
    )
    deadline_day = forms.IntegerField(label=_("Deadline day"), min_value=1, max_value=31)
    on_holiday = forms.ChoiceField(
        label=_("Deadline on a weekend or holiday"),
        required=False,
        choices=[("", _("As the installation's setting says"))] + list(HolidayHandling.choices),
    )
    lead_days = forms.IntegerField(
        label=_("Days of notice"),
        required=False,
        min_value=0,
        max_value=366,
        help_text=_("How many days before the deadline the request is sent"),
    )
    active = forms.BooleanField(label=_("Create requests automatically"), required=False)
    focal_days = forms.IntegerField(
        label=_("Focal department reports to the People's Committee, days later"),
        required=False,
        min_value=0,
        max_value=366,
    )
    committee_days = forms.IntegerField(
        label=_("People's Committee reports to the ministry, days later"),
        required=False,
        min_value=0,
        max_value=366,
    )

    def steps(self):
        from ttdn.submissions.services import StepData

        steps = []
        if self.cleaned_data.get("focal_days") is not None:
            steps.append(
                StepData(
                    ChainLevel.FOCAL_DEPARTMENT,
                    ChainLevel.PEOPLE_COMMITTEE,
                    days_after=self.cleaned_data["focal_days"],
                )
            )
        if self.cleaned_data.get("committee_days") is not None:
            steps.append(
                StepData(
                    ChainLevel.PEOPLE_COMMITTEE,
                    ChainLevel.MINISTRY,
                    days_after=self.cleaned_data["committee_days"],
                )
            )
        return steps
