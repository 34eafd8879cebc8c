"""Forms of the summary report pages: they parse; the services decide."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ttdn.core.forms import DateInput
from ttdn.reports.models import NARRATIVE_FIELDS, SummaryReport

TEXT_FIELDS = (
    "title",
    "issuer_parent",
    "issuer_name",
    "number",
    "symbol",
    "place",
    "date",
    "signer_authority",
    "signer_on_behalf",
    "signer_title",
    "signer_name",
    "recipients",
    "archive",
    *NARRATIVE_FIELDS,
)


class ReportStartForm(forms.Form):
    plan = forms.TypedChoiceField(label=_("Plan"), coerce=int)
    period = forms.CharField(
        label=_("Period"),
        max_length=10,
        help_text=_("A year (2018), half (2018-H1), quarter (2018-Q3) or month (2018-06)"),
    )
    include_lower_levels = forms.BooleanField(
        label=_("Include the lower levels"), required=False, initial=True
    )

    def __init__(self, *args, plans=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].choices = [
            (plan.pk, f"{plan.number} — {plan.title}" if plan.number else plan.title)
            for plan in plans
        ]


class ReportEditForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = SummaryReport
        fields = [*TEXT_FIELDS, "include_lower_levels"]
        widgets = {
            "date": DateInput(),
            "recipients": forms.Textarea(attrs={"rows": 6}),
            **{name: forms.Textarea(attrs={"rows": 8}) for name in NARRATIVE_FIELDS},
        }

    def changes(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class ReportIssueForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    date = forms.DateField(
        label=_("Date of the report"),
        required=False,
        widget=DateInput(),
    )


class ReportRefillForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    fields_to_fill = forms.MultipleChoiceField(
        label=_("Sections to fill again from the figures"),
        choices=[
            (name, SummaryReport._meta.get_field(name).verbose_name) for name in NARRATIVE_FIELDS
        ],
        widget=forms.CheckboxSelectMultiple,
    )
