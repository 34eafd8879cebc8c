from django import forms
from django.core.exceptions import ValidationError


def form_errors_to_form(form: forms.Form, exc: ValidationError) -> None:
    """Show a service's ValidationError next to the matching form fields."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            for message in errors:
                form.add_error(field if field in form.fields else None, message)
    else:
        for message in exc.messages:
            form.add_error(None, message)
