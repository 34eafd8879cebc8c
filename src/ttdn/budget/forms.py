"""Budget forms: they only parse (the rules are the services')."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ttdn.attachments.forms import MultipleFileField
from ttdn.budget.formatting import parse_vnd
from ttdn.budget.models import FundingSource
from ttdn.core.forms import DateInput
from ttdn.plans.models import TaskGroup


class EstimateForm(forms.Form):
    plan = forms.ModelChoiceField(queryset=None, label=_("Plan"))
    agency = forms.ModelChoiceField(queryset=None, label=_("Agency"))
    year = forms.IntegerField(label=_("Year"), min_value=1945, max_value=2100)
    title = forms.CharField(label=_("Title"), max_length=255, required=False)
    note = forms.CharField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def __init__(self, *args, plans, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = plans
        self.fields["agency"].queryset = agencies


class MoneyField(forms.CharField):
    """A typed amount ("1.500.000", "1 500 000 ₫") as a plain number string."""

    def to_python(self, value):
        return parse_vnd(super().to_python(value))


class LineForm(forms.Form):
    description = forms.CharField(label=_("Description"), max_length=2000)
    group = forms.ChoiceField(
        label=_("Task group"), choices=[("", "—"), *TaskGroup.choices], required=False
    )
    task = forms.ModelChoiceField(queryset=None, label=_("Task"), required=False)
    activity = forms.ModelChoiceField(queryset=None, label=_("Activity"), required=False)
    quantity = forms.CharField(label=_("Quantity"), max_length=40, initial="1")
    unit = forms.CharField(label=_("Unit"), max_length=200, required=False)
    unit_cost = MoneyField(label=_("Unit cost (₫)"), max_length=60)
    amount = MoneyField(
        label=_("Amount (₫)"),
        max_length=60,
        required=False,
        help_text=_("Leave empty: quantity × unit cost."),
    )
    funding_source = forms.ChoiceField(
        label=_("Funding source"), choices=FundingSource.choices, initial=FundingSource.PROVINCIAL
    )
    note = forms.CharField(label=_("Note"), max_length=2000, required=False)
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, tasks, activities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["task"].queryset = tasks
        self.fields["activity"].queryset = activities
        self.fields["task"].label_from_instance = lambda t: f"{t.row_label} {t.text}"[:120].strip()

    def clean_quantity(self):
        return self.cleaned_data["quantity"].strip().replace(",", ".")


class CommentForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=8000,
    )
    version = forms.IntegerField(widget=forms.HiddenInput)


class SpendingForm(forms.Form):
    day = forms.DateField(label=_("Day"), widget=DateInput())
    amount = MoneyField(label=_("Amount (₫)"), max_length=60)
    document_ref = forms.CharField(label=_("Document reference"), max_length=400, required=False)
    note = forms.CharField(label=_("Note"), max_length=2000, required=False)
    files = MultipleFileField(label=_("Files (invoices, payment orders)"), required=False)
