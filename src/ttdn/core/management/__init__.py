"""What the project's management commands share."""

from __future__ import annotations

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.utils.translation import gettext as _


def date_argument(value: str) -> datetime.date:
    """A command's date option, written dd/mm/yyyy (or ISO) as every date field takes it."""
    try:
        return forms.DateField().clean(value)
    except ValidationError as error:
        raise CommandError(
            _("“%(value)s” is not a date written dd/mm/yyyy.") % {"value": value}
        ) from error
