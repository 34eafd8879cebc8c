"""The forms of the registers: one ModelForm per register, used by the pages to create and
edit an entry and by the Excel import to validate a row.

Construct with ``Form(data, files, user=user, instance=None, with_agency=False)``:
``user`` limits the tasks and agencies offered; ``with_agency`` adds the recording-agency
choice (the pages' create form; the import passes the agency to ``create`` itself).
``cleaned_data`` is the ``data`` the register's ``create`` / ``update`` take (the agency,
when present, is popped by the caller). The rules live in the model and the services.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ttdn.activities.access import recording_agency_ids
from ttdn.activities.models import (
    STATUSES,
    VARIANTS,
    Activity,
    Kind,
    PortalContent,
    Spokesperson,
)
from ttdn.attachments.forms import MultipleFileField
from ttdn.core.forms import DateInput, MonthInput
from ttdn.directory.models import Agency
from ttdn.plans.access import visible_tasks, visible_tasks_of_agencies
from ttdn.plans.models import REPORTABLE_STATUSES, Task


def task_choices(user):
    """The tasks ``user`` may link: those of plans being carried out that their agencies
    lead or coordinate (every visible one for someone who belongs to no agency)."""
    mine = user.agency_ids() if getattr(user, "is_authenticated", False) else frozenset()
    tasks = visible_tasks_of_agencies(user, mine) if mine else visible_tasks(user)
    return (
        Task.objects.filter(pk__in=tasks.filter(plan__status__in=REPORTABLE_STATUSES).values("pk"))
        .select_related("plan")
        .order_by("plan__number", "plan_id", "order", "pk")
    )


class TaskChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        prefix = f"{obj.row_label}. " if obj.row_label else ""
        return f"[{obj.plan.number or obj.plan_id}] {prefix}{obj.text[:140]}"


class RegisterForm(forms.ModelForm):
    """What every register's form shares: the agency choice, the user's choices."""

    def __init__(self, *args, user, with_agency: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if with_agency:
            ids = recording_agency_ids(user)
            agencies = Agency.objects.all() if ids is None else Agency.objects.filter(pk__in=ids)
            self.fields = {
                "agency": forms.ModelChoiceField(
                    label=_("Recording agency"),
                    queryset=agencies.order_by("name"),
                    empty_label=None,
                ),
                **self.fields,
            }
        for field in self.fields.values():
            if isinstance(field.widget, forms.DateInput):
                field.widget = DateInput()
        if "notes" in self.fields:
            self.fields["notes"].widget.attrs["rows"] = 3


class ActivityForm(RegisterForm):
    kind: str = ""
    tasks = TaskChoiceField(label=_("Tasks"), queryset=None, required=False)
    agencies = forms.ModelMultipleChoiceField(
        label=_("Other agencies involved"), queryset=Agency.objects.none(), required=False
    )
    files = MultipleFileField(
        label=_("Files and photos"),
        required=False,
        help_text=_("PDF, Word, Excel, PowerPoint, photos (JPEG, PNG, WebP), MP3, MP4."),
    )
    links = forms.CharField(
        label=_("Links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One web address per line."),
    )

    class Meta:
        model = Activity
        fields: list[str] = []

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.instance.kind = self.kind
        tasks = task_choices(user)
        if self.instance.pk:
            linked = visible_tasks(user).filter(activities=self.instance)
            tasks = tasks | linked
            self.initial.setdefault("tasks", [t.pk for t in linked])
            self.initial.setdefault(
                "agencies", list(self.instance.agencies.values_list("pk", flat=True))
            )
        self.fields["tasks"].queryset = tasks.distinct()
        self.fields["agencies"].queryset = Agency.objects.current().order_by("name")
        if "variant" in self.fields:
            choices = VARIANTS[self.kind]
            self.fields["variant"] = forms.ChoiceField(
                label=self.fields["variant"].label, choices=choices.choices
            )
        if "status" in self.fields:
            choices = STATUSES[self.kind]
            self.fields["status"] = forms.ChoiceField(label=_("Status"), choices=choices.choices)
        if "accompanying_agency" in self.fields:
            self.fields["accompanying_agency"].queryset = Agency.objects.current().order_by("name")

    def clean_links(self):
        return [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]


_COMMON_TAIL = ["notes", "confidential"]


def _activity_form(kind: str, fields: list[str], labels: dict | None = None) -> type[ActivityForm]:
    meta = type(
        "Meta",
        (ActivityForm.Meta,),
        {"fields": [*fields, *_COMMON_TAIL], "labels": labels or {}},
    )
    name = "".join(part.title() for part in kind.split("_")) + "Form"
    return type(name, (ActivityForm,), {"kind": kind, "Meta": meta})


PressConferenceForm = _activity_form(
    Kind.PRESS_CONFERENCES,
    [
        "variant",
        "title",
        "start_date",
        "place",
        "host",
        "spokesperson",
        "outlets_count",
        "reporters_count",
        "articles_count",
    ],
    {"title": _("Topic"), "start_date": _("Date"), "host": _("Host"), "variant": _("Kind")},
)
StatementForm = _activity_form(
    Kind.STATEMENTS,
    ["variant", "title", "start_date", "spokesperson", "outlet"],
    {"start_date": _("Date"), "outlet": _("Published in"), "variant": _("Kind")},
)
InterviewForm = _activity_form(
    Kind.INTERVIEWS,
    ["title", "start_date", "interviewee", "outlet", "articles_count"],
    {"title": _("Topic"), "start_date": _("Date")},
)
CorrectionForm = _activity_form(
    Kind.CORRECTIONS,
    ["title", "start_date", "outlet", "status", "results"],
    {
        "title": _("What is to be corrected"),
        "start_date": _("Date of the request"),
        "results": _("Outcome"),
    },
)
PressBriefingForm = _activity_form(
    Kind.PRESS_BRIEFINGS,
    ["title", "start_date", "place", "host", "outlets_count", "participants_count"],
    {"title": _("Topic"), "start_date": _("Date"), "host": _("Chaired by")},
)
TrainingForm = _activity_form(
    Kind.TRAININGS,
    [
        "title",
        "start_date",
        "end_date",
        "place",
        "host",
        "trainers",
        "attendees_leaders",
        "attendees_spokespersons",
        "attendees_reporters",
        "attendees_officials",
    ],
    {"title": _("Topic"), "host": _("Organiser")},
)
EventForm = _activity_form(
    Kind.EVENTS,
    [
        "variant",
        "title",
        "start_date",
        "end_date",
        "place",
        "abroad",
        "country",
        "host",
        "participants_count",
        "results",
    ],
    {"country": _("Partner country"), "host": _("Organiser"), "variant": _("Kind")},
)
DelegationForm = _activity_form(
    Kind.DELEGATIONS,
    [
        "variant",
        "title",
        "start_date",
        "end_date",
        "country",
        "organisation",
        "members_count",
        "members",
        "programme",
        "results",
    ],
    {"variant": _("Direction")},
)
ForeignReporterForm = _activity_form(
    Kind.FOREIGN_REPORTERS,
    [
        "title",
        "start_date",
        "end_date",
        "outlet",
        "country",
        "reporters_count",
        "permit_reference",
        "programme",
        "accompanying_agency",
        "status",
        "articles_count",
    ],
    {"title": _("Purpose of the visit")},
)
PublicationForm = _activity_form(
    Kind.PUBLICATIONS,
    ["variant", "title", "start_date", "language", "copies", "distribution"],
    {"start_date": _("Date of issue"), "variant": _("Kind"), "language": _("Language")},
)


class SpokespersonForm(RegisterForm):
    class Meta:
        model = Spokesperson
        fields = ["name", "position", "phone", "email", "appointed_from", "appointed_to", "notes"]


class PortalContentForm(RegisterForm):
    month = forms.DateField(
        label=_("Month"),
        input_formats=["%m/%Y", "%Y-%m", "%Y-%m-%d", "%d/%m/%Y"],
        widget=MonthInput(),
    )

    class Meta:
        model = PortalContent
        fields = ["language", "month", "items", "notes"]
        labels = {"language": _("Language")}

    def clean_month(self):
        month = self.cleaned_data["month"]
        return month.replace(day=1) if month else month


class FilterForm(forms.Form):
    """A register list's filters (GET); the fields a register has no use for are removed."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    agency = forms.ModelChoiceField(
        label=_("Agency"), queryset=Agency.objects.none(), required=False, empty_label=_("All")
    )
    start = forms.DateField(label=_("From"), required=False, widget=DateInput())
    end = forms.DateField(label=_("To"), required=False, widget=DateInput())
    plan = forms.ModelChoiceField(
        label=_("Plan"), queryset=None, required=False, empty_label=_("All plans")
    )
    task = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    variant = forms.ChoiceField(label=_("Kind"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    abroad = forms.TypedChoiceField(
        label=_("Where"),
        required=False,
        choices=[("", _("Anywhere")), ("0", _("In the province")), ("1", _("Abroad"))],
        coerce=lambda v: v == "1",
        empty_value=None,
    )
    current = forms.BooleanField(label=_("Only those in office today"), required=False)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100)

    def __init__(self, *args, code: str, plans, **kwargs):
        super().__init__(*args, **kwargs)
        from ttdn.activities.models import Language

        self.fields["agency"].queryset = Agency.objects.current().order_by("name")
        self.fields["plan"].queryset = plans
        self.fields["plan"].label_from_instance = lambda p: (p.number or p.title)[:80]
        keep = {"q", "agency"}
        if code in Kind.values:
            keep |= {"start", "end", "plan", "task"}
            if code in VARIANTS:
                keep.add("variant")
                self.fields["variant"].choices = [("", _("All")), *VARIANTS[code].choices]
            if code in STATUSES:
                keep.add("status")
                self.fields["status"].choices = [("", _("All")), *STATUSES[code].choices]
            if code == Kind.PUBLICATIONS:
                keep.add("language")
            if code == Kind.EVENTS:
                keep.add("abroad")
        elif code == "spokespersons":
            keep.add("current")
        elif code == "portal_content":
            keep |= {"language", "year"}
            keep.discard("q")
        self.fields["language"].choices = [("", _("All")), *Language.choices]
        self.fields = {name: f for name, f in self.fields.items() if name in keep}
