from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ttdn.urging.models import parse_days


class ReminderPolicyForm(forms.Form):
    enabled = forms.BooleanField(label=_("Send reminders for this plan"), required=False)
    days_before = forms.CharField(
        label=_("Days before a deadline"),
        required=False,
        max_length=60,
        help_text=_("For example 7, 3, 1. Empty: no reminder before the deadline."),
    )
    weekly_while_late = forms.BooleanField(label=_("Remind weekly while late"), required=False)
    escalate_after_days = forms.IntegerField(
        label=_("Escalate to leaders after (days late)"),
        required=False,
        min_value=1,
        max_value=365,
        help_text=_("Empty: never escalate."),
    )

    def clean_days_before(self) -> str:
        # The rule is the model's (parse_days); the form only shows its error here.
        value = self.cleaned_data["days_before"]
        try:
            parse_days(value)
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from None
        return value
