from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class DateInput(forms.TextInput):
    """The app's one date field: typed and shown dd/mm/yyyy, whatever the browser.

    A browser's own date picker (``type="date"``) shows the format of the browser's
    language: in an English browser, common in offices, 03/12/2026 appears as 12/03/2026
    and a deadline of 3 December reads as 12 March. ``DATE_INPUT_FORMATS`` also accepts
    ISO dates (links, the API, scripts)."""

    def __init__(self, attrs=None):
        defaults = {
            "placeholder": _("dd/mm/yyyy"),
            "inputmode": "numeric",
            "autocomplete": "off",
            "class": "date-input",
            "size": 10,
        }
        super().__init__(attrs={**defaults, **(attrs or {})})

    def format_value(self, value):
        if hasattr(value, "strftime"):
            return value.strftime("%d/%m/%Y")
        return super().format_value(value)


class MonthInput(DateInput):
    """A month, typed and shown mm/yyyy: a browser's ``type="month"`` picker shows the
    month's name in the browser's language ("December 2026" in an English browser)."""

    def __init__(self, attrs=None):
        defaults = {"placeholder": _("mm/yyyy"), "size": 7, "class": "month-input"}
        super().__init__(attrs={**defaults, **(attrs or {})})

    def format_value(self, value):
        if hasattr(value, "strftime"):
            return value.strftime("%m/%Y")
        return super().format_value(value)


def form_errors_to_form(form: forms.Form, exc: ValidationError) -> None:
    """Show a service's ValidationError next to the matching form fields."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            for message in errors:
                form.add_error(field if field in form.fields else None, message)
    else:
        for message in exc.messages:
            form.add_error(None, message)
