"""What the register pages print: the columns of a list and the facts of an entry, as
display strings (choices by label, dates dd/mm/yyyy, yes/no)."""

from __future__ import annotations

import datetime

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext as _

from ttdn.activities.registers import NOT_COLUMNS, Register

# The columns a list shows after the date, the title and the agency.
LIST_FIELDS = {
    "press_conferences": ["variant", "host", "reporters_count", "articles_count"],
    "statements": ["variant", "spokesperson", "outlet"],
    "interviews": ["interviewee", "outlet"],
    "corrections": ["outlet", "status"],
    "press_briefings": ["host", "outlets_count"],
    "spokespersons": ["position", "phone", "email", "appointed_to"],
    "trainings": ["end_date", "host", "attendees"],
    "events": ["variant", "place", "country", "participants_count"],
    "delegations": ["variant", "country", "organisation", "members_count"],
    "foreign_reporters": ["outlet", "country", "reporters_count", "status"],
    "publications": ["variant", "language", "copies"],
    "portal_content": ["items"],
}
_TITLE_AND_DATE = {
    "spokespersons": ("name", "appointed_from"),
    "portal_content": ("language", "month"),
}


def _label(register: Register, name: str) -> str:
    if name == "attendees":
        return _("Attendees")
    form_field = register.form_class.base_fields.get(name)
    if form_field is not None and form_field.label:
        return str(form_field.label)
    return str(register.model._meta.get_field(name).verbose_name).capitalize()


def display(obj, name: str) -> str:
    """``obj.name`` as shown on a page."""
    if name == "variant":
        return obj.variant_label
    if name == "status" and hasattr(obj, "status_label"):
        return obj.status_label
    if name == "attendees":
        return str(obj.attendees)
    field = obj._meta.get_field(name)
    value = getattr(obj, name)
    if field.choices:
        return str(getattr(obj, f"get_{name}_display")())
    if value is None or value == "":
        return ""
    if isinstance(field, models.BooleanField):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime.date):
        if name == "month":
            return value.strftime("%m/%Y")
        return value.strftime("%d/%m/%Y")
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value)


def list_header(register: Register) -> dict:
    title, date = _TITLE_AND_DATE.get(register.code, ("title", "start_date"))
    return {
        "date": _label(register, date),
        "title": _label(register, title),
        "cells": [_label(register, name) for name in LIST_FIELDS[register.code]],
    }


def list_rows(register: Register, objects) -> list[dict]:
    fields = LIST_FIELDS[register.code]
    date_field = _TITLE_AND_DATE.get(register.code, ("title", "start_date"))[1]
    rows = []
    for obj in objects:
        rows.append(
            {
                "url": reverse("activities:detail", args=[register.code, obj.pk]),
                "date": display(obj, date_field),
                "title": obj.title,
                "agency": obj.agency.short_name or obj.agency.name,
                "confidential": obj.confidential,
                "cells": [display(obj, name) for name in fields],
            }
        )
    return rows


def detail_rows(register: Register, obj) -> list[tuple[str, str]]:
    """(label, value) of every filled field of the register's form."""
    rows = [(str(obj._meta.get_field("agency").verbose_name).capitalize(), str(obj.agency))]
    for name in register.form_class.base_fields:
        if name in NOT_COLUMNS:
            continue
        value = display(obj, name)
        if value:
            rows.append((_label(register, name), value))
    return rows
