"""Forms of the press officers' queue and responses: they parse; the rules are the
services' (``monitoring.responses``)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ttdn.core.forms import DateInput
from ttdn.directory.models import Agency
from ttdn.monitoring.models import DigestFrequency, ResponseKind, ResponseStatus, StoryTone
from ttdn.monitoring.responses import MAX_REASON_CHARS, MAX_TEXT_CHARS

DATE_WIDGET = DateInput()


class DismissForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for dismissing"),
        max_length=MAX_REASON_CHARS,
        widget=forms.TextInput(attrs={"size": 40}),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


def _agencies():
    return Agency.objects.order_by("name")


class ResponseOpenForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of response"), choices=ResponseKind.choices)
    agency = forms.ModelChoiceField(label=_("Responsible agency"), queryset=Agency.objects.none())
    deadline = forms.DateField(label=_("Deadline"), widget=DATE_WIDGET)
    articles = forms.MultipleChoiceField(
        label=_("Articles answered"), required=False, widget=forms.CheckboxSelectMultiple
    )
    correct_information = forms.CharField(
        label=_("Correct information"),
        required=False,
        max_length=MAX_TEXT_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What is true; a correction request quotes it."),
    )
    no_action_reason = forms.CharField(
        label=_("Reason for no action"),
        required=False,
        max_length=MAX_REASON_CHARS,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    flag = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, articles=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = _agencies()
        self.fields["articles"].choices = [
            (str(a.pk), f"{a.source.outlet or a.source.name} — {a.title}") for a in articles
        ]


class ResponseEditForm(forms.Form):
    agency = forms.ModelChoiceField(label=_("Responsible agency"), queryset=Agency.objects.none())
    deadline = forms.DateField(label=_("Deadline"), widget=DATE_WIDGET)
    correct_information = forms.CharField(
        label=_("Correct information"),
        required=False,
        max_length=MAX_TEXT_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    text_issued = forms.CharField(
        label=_("Text issued"),
        required=False,
        max_length=MAX_TEXT_CHARS,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    outlet_answer = forms.CharField(
        label=_("The outlet's answer"),
        required=False,
        max_length=MAX_TEXT_CHARS,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    no_action_reason = forms.CharField(
        label=_("Reason for no action"),
        required=False,
        max_length=MAX_REASON_CHARS,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = _agencies()


class MoveForm(forms.Form):
    to_status = forms.ChoiceField(choices=ResponseStatus.choices)
    version = forms.IntegerField(min_value=1)


class AssessmentForm(forms.Form):
    tone = forms.ChoiceField(label=_("Tone"), choices=StoryTone.choices)
    about_locality = forms.BooleanField(label=_("About the locality"), required=False)


class DigestForm(forms.Form):
    period = forms.ChoiceField(
        choices=[("daily", _("Daily")), ("weekly", _("Weekly"))], required=False
    )
    day = forms.DateField(required=False, widget=DATE_WIDGET)


class DigestSubscriptionForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("Digest e-mails"), choices=DigestFrequency.choices, widget=forms.RadioSelect
    )
