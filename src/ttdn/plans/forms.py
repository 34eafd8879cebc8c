from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ttdn.core.forms import DateInput
from ttdn.directory.models import AdministrativeUnit, Agency, UnitLevel
from ttdn.legal.services import legal_reference_errors
from ttdn.plans.models import (
    Plan,
    PlanLevel,
    PlanStatus,
    PublicDisclosure,
    Task,
    TaskGroup,
    TaskStatus,
    Visibility,
)

DATE_INPUT = DateInput()


def _agencies():
    return Agency.objects.order_by("name")


class PlanForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=500)
    number = forms.CharField(
        label=_("Number and symbol"),
        max_length=60,
        required=False,
        help_text=_("For example 12773/KH-UBND"),
    )
    issued_date = forms.DateField(label=_("Date of issue"), required=False, widget=DATE_INPUT)
    period_start = forms.IntegerField(label=_("From year"), min_value=1945, max_value=2100)
    period_end = forms.IntegerField(
        label=_("To year"),
        min_value=1945,
        max_value=2100,
        required=False,
        help_text=_("Leave empty for a one-year plan"),
    )
    level = forms.ChoiceField(label=_("Level"), choices=PlanLevel.choices)
    unit = forms.ModelChoiceField(
        label=_("Administrative unit"),
        required=False,
        queryset=AdministrativeUnit.objects.filter(
            level__in=[UnitLevel.PROVINCE, UnitLevel.DISTRICT]
        ).order_by("level", "name"),
    )
    issuer = forms.ModelChoiceField(label=_("Issuer"), queryset=_agencies(), required=False)
    parent = forms.ModelChoiceField(
        label=_("Implements plan"), queryset=Plan.objects.none(), required=False
    )
    visibility = forms.ChoiceField(
        label=_("Visibility"), choices=Visibility.choices, initial=Visibility.INTERNAL
    )
    public_shows = forms.ChoiceField(
        label=_("Public page shows"),
        choices=PublicDisclosure.choices,
        initial=PublicDisclosure.STATUS,
        required=False,
        help_text=_(
            "For public plans: what visitors who are not logged in see of the progress. "
            "Names of the people who report are never shown to them."
        ),
    )
    restricted_to = forms.ModelMultipleChoiceField(
        label=_("Visible to agencies"),
        queryset=_agencies(),
        required=False,
        help_text=_("Only for restricted plans: the agencies allowed to see it"),
    )
    summary = forms.CharField(
        label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    legal_bases = forms.CharField(
        label=_("Legal bases"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One reference per line, e.g. Nghị định số 72/2015/NĐ-CP ngày 07/9/2015"),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, parent_queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        if parent_queryset is not None:
            self.fields["parent"].queryset = parent_queryset

    def clean_legal_bases(self):
        # One reference a line, bullets dropped. Whether each names a legal document is the
        # legal app's rule, enforced by the plans services; asked here too so the form
        # shows every error at once.
        lines = [line.strip(" -;\t") for line in self.cleaned_data["legal_bases"].splitlines()]
        lines = [line for line in lines if line]
        errors = legal_reference_errors(lines)
        if errors:
            raise forms.ValidationError(errors)
        return lines

    def clean(self):
        data = super().clean()
        check_period(self, "period_start", "period_end")
        start, end = data.get("period_start"), data.get("period_end")
        if start and not end:
            data["period_end"] = start
        # Left out (an older form, a script): the most discreet level.
        data["public_shows"] = data.get("public_shows") or PublicDisclosure.STATUS
        if data.get("visibility") == Visibility.RESTRICTED and not data.get("restricted_to"):
            self.add_error(
                "restricted_to", _("Choose the agencies that may see a restricted plan.")
            )
        return data


def check_period(form: forms.Form, start_field: str, end_field: str) -> None:
    """A plan's period may not end before the year it starts (both fields cleaned)."""
    start, end = form.cleaned_data.get(start_field), form.cleaned_data.get(end_field)
    if start and end and end < start:
        form.add_error(end_field, _("The period must end in or after the year it starts."))


class PlanTransitionForm(forms.Form):
    to_status = forms.ChoiceField(choices=PlanStatus.choices)
    comment = forms.CharField(required=False, max_length=1000)


def _parent_task_label(task: Task) -> str:
    text = task.text if len(task.text) <= 110 else task.text[:109].rstrip() + "…"
    return f"{task.row_label}. {text}" if task.row_label else text


class TaskForm(forms.Form):
    row_label = forms.CharField(label=_("No."), max_length=16, required=False)
    text = forms.CharField(
        label=_("Task"), widget=forms.Textarea(attrs={"rows": 4}), max_length=10_000
    )
    group = forms.ChoiceField(label=_("Group"), choices=TaskGroup.choices, initial=TaskGroup.OTHER)
    leads = forms.ModelMultipleChoiceField(
        label=_("Lead agencies"), queryset=_agencies(), required=False
    )
    leads_other = forms.CharField(
        label=_("Other lead bodies as written"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One per line, for bodies not in the directory"),
    )
    coordinating = forms.ModelMultipleChoiceField(
        label=_("Coordinating agencies"), queryset=_agencies(), required=False
    )
    coordinating_other = forms.CharField(
        label=_("Other coordinating bodies as written"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One per line, e.g. Các đơn vị liên quan"),
    )
    timeframe_text = forms.CharField(
        label=_("Timeframe"),
        max_length=255,
        required=False,
        help_text=_(
            "As written in the plan, e.g. “Quý II, III”, “Hàng quý”, “trước ngày 15/12/2024”"
        ),
    )
    parent_task = forms.ModelChoiceField(
        label=_("Carries out task"),
        queryset=Task.objects.none(),
        required=False,
        help_text=_("The task of the plan this plan implements that this task carries out"),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, parent_task_queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        if parent_task_queryset is None:
            del self.fields["parent_task"]  # the plan implements no other plan
        else:
            field = self.fields["parent_task"]
            field.queryset = parent_task_queryset
            field.label_from_instance = _parent_task_label

    @staticmethod
    def _lines(value: str) -> list[str]:
        return [line.strip(" -;\t") for line in (value or "").splitlines() if line.strip(" -;\t")]

    def clean_leads_other(self):
        return self._lines(self.cleaned_data["leads_other"])

    def clean_coordinating_other(self):
        return self._lines(self.cleaned_data["coordinating_other"])

    def clean(self):
        data = super().clean()
        if (
            "leads" in data
            and "leads_other" in data
            and not data["leads"]
            and not data["leads_other"]
        ):
            self.add_error("leads", _("Name at least one lead agency."))
        return data


class ListFilterForm(forms.Form):
    def read_choices(self) -> None:
        """Read the choices of the model choice fields now, in the view, so that rendering
        the form runs no query in the template (docs/decisions/0019)."""
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                # A comprehension, not list(): list() asks the iterator's length first,
                # which costs a COUNT query.
                field.widget.choices = [choice for choice in field.choices]  # noqa: C416


class TaskFilterForm(ListFilterForm):
    """``scope``: a ``plans.scope.Scope``; the agency filter offers the agencies of that
    scope only (decision 0022). The scope itself is the page's selector's parameter."""

    q = forms.CharField(label=_("Search"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All statuses")), *TaskStatus.choices]
    )
    agency = forms.ModelChoiceField(
        label=_("Agency"), queryset=_agencies(), required=False, empty_label=_("All agencies")
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1945, max_value=2100)
    due = forms.ChoiceField(
        label=_("Due"),
        required=False,
        choices=[("", _("Any time")), ("7", _("Within 7 days")), ("30", _("Within 30 days"))],
    )

    def __init__(self, *args, scope=None, **kwargs):
        super().__init__(*args, **kwargs)
        if scope is not None:
            self.fields["agency"].queryset = scope.agencies()


class PlanFilterForm(ListFilterForm):
    q = forms.CharField(label=_("Search"), required=False)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1945, max_value=2100)
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("All levels")), *PlanLevel.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All statuses")), *PlanStatus.choices]
    )
    unit = forms.ModelChoiceField(
        label=_("Unit"),
        required=False,
        empty_label=_("All units"),
        queryset=AdministrativeUnit.objects.none(),
    )

    def __init__(self, *args, scope=None, **kwargs):
        """``scope``: the user's oversight scope (``plans.scope``). The unit filter offers
        the provinces that have plans and, below them, the units of that scope that have
        plans (the user's communes): every unit with a plan was 3,300 options nationally
        (a 200 KB page, most of its time)."""
        super().__init__(*args, **kwargs)
        offered = Q(level=UnitLevel.PROVINCE)
        if scope is not None and scope.unit_ids is not None:
            offered |= Q(pk__in=sorted(scope.unit_ids))
        units = AdministrativeUnit.objects.filter(offered, plans__isnull=False)
        self.fields["unit"].queryset = units.distinct().order_by("level", "name")
