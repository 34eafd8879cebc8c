"""The registers, by stable code: what pages, the Excel import/export and the menu read.

    register = REGISTERS["trainings"]
    form = register.form_class(data, files, user=user)          # validates a page or a row
    if form.is_valid():
        entry = register.create(actor=user, agency=agency, data=form.cleaned_data)
    register.queryset_for(user)                                 # what the user may see
    register.columns                                            # [(field, header), …]

``create`` is the one write path (transaction, ``full_clean``, audit); an entry recorded
for an agency that is not one of the actor's own, a task the actor cannot see, dates out
of order, a negative count, HTML in free text or a file that is not what its name says
raise a ``ValidationError`` keyed by field with a translated message.

The codes are a contract (``registers-io`` builds on them): never rename them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from ttdn.activities import access, forms, services
from ttdn.activities.models import Activity, Kind, PortalContent, Spokesperson

# Form fields that are not columns of the spreadsheet (links, files, choice of tasks).
NOT_COLUMNS = frozenset({"agency", "tasks", "agencies", "files", "links"})


@dataclass(frozen=True)
class Register:
    code: str
    label: Promise  # plural, translated
    model: type[models.Model]
    form_class: type[forms.RegisterForm]
    create: Callable  # (*, actor, agency, data: dict) -> obj
    queryset_for: Callable  # (user) -> QuerySet
    update: Callable  # (*, actor, obj, data: dict, expected_version: int) -> obj
    delete: Callable  # (*, actor, obj) -> None
    get_for_user: Callable  # (user, pk, *, write=False) -> obj, or 404 / 403
    description: Promise | str = ""
    dated: bool = True  # entries happen on a day (False: spokespersons, portal figures)
    columns: list[tuple[str, Promise]] = field(default_factory=list)

    @property
    def is_activity(self) -> bool:
        return self.model is Activity


def _columns(form_class) -> list[tuple[str, Promise]]:
    return [
        (name, f.label) for name, f in form_class.base_fields.items() if name not in NOT_COLUMNS
    ]


def _activity_register(code: str, label, form_class, description="") -> Register:
    def queryset_for(user):
        return access.visible_activities(user).filter(kind=code)

    def update(*, actor, obj, data, expected_version):
        return services.activity_update(
            actor=actor, activity=obj, data=data, expected_version=expected_version
        )

    def delete(*, actor, obj):
        return services.activity_delete(actor=actor, activity=obj)

    return Register(
        code=code,
        label=label,
        model=Activity,
        form_class=form_class,
        create=partial(services.activity_create, kind=code),
        queryset_for=queryset_for,
        update=update,
        delete=delete,
        get_for_user=partial(access.activity_get_for_user, kind=code),
        description=description,
        columns=_columns(form_class),
    )


def _spokesperson_update(*, actor, obj, data, expected_version):
    return services.spokesperson_update(
        actor=actor, person=obj, data=data, expected_version=expected_version
    )


def _portal_update(*, actor, obj, data, expected_version):
    return services.portal_content_update(
        actor=actor, row=obj, data=data, expected_version=expected_version
    )


_REGISTERS = [
    _activity_register(
        Kind.PRESS_CONFERENCES,
        _("Press conferences"),
        forms.PressConferenceForm,
        _("Periodic and ad hoc press conferences"),
    ),
    _activity_register(
        Kind.STATEMENTS,
        _("Statements and press releases"),
        forms.StatementForm,
        _("Spokespersons' statements and press releases"),
    ),
    _activity_register(Kind.INTERVIEWS, _("Interviews"), forms.InterviewForm),
    _activity_register(
        Kind.CORRECTIONS,
        _("Correction requests"),
        forms.CorrectionForm,
        _("Requests to media outlets to correct what they published"),
    ),
    _activity_register(Kind.PRESS_BRIEFINGS, _("Press briefings"), forms.PressBriefingForm),
    Register(
        code="spokespersons",
        label=_("Spokespersons"),
        model=Spokesperson,
        form_class=forms.SpokespersonForm,
        create=services.spokesperson_create,
        queryset_for=access.visible_spokespersons,
        update=_spokesperson_update,
        delete=lambda *, actor, obj: services.spokesperson_delete(actor=actor, person=obj),
        get_for_user=access.spokesperson_get_for_user,
        description=_("The published list of spokespersons (Decree 09/2017/NĐ-CP)"),
        dated=False,
        columns=_columns(forms.SpokespersonForm),
    ),
    _activity_register(Kind.TRAININGS, _("Training courses"), forms.TrainingForm),
    _activity_register(
        Kind.EVENTS,
        _("Events"),
        forms.EventForm,
        _("Fairs, exhibitions, exchanges, anniversaries, investment promotion"),
    ),
    _activity_register(
        Kind.DELEGATIONS, _("Delegations"), forms.DelegationForm, _("Incoming and outgoing")
    ),
    _activity_register(
        Kind.FOREIGN_REPORTERS, _("Foreign reporters' visits"), forms.ForeignReporterForm
    ),
    _activity_register(
        Kind.PUBLICATIONS,
        _("Publications and media products"),
        forms.PublicationForm,
        _("Newsletters, brochures, maps, photo books, video and radio programmes"),
    ),
    Register(
        code="portal_content",
        label=_("Portal content in foreign languages"),
        model=PortalContent,
        form_class=forms.PortalContentForm,
        create=services.portal_content_create,
        queryset_for=access.visible_portal_content,
        update=_portal_update,
        delete=lambda *, actor, obj: services.portal_content_delete(actor=actor, row=obj),
        get_for_user=access.portal_content_get_for_user,
        description=_("Items published per language and month"),
        dated=False,
        columns=_columns(forms.PortalContentForm),
    ),
]

REGISTERS: dict[str, Register] = {register.code: register for register in _REGISTERS}


def register_or_404(code: str) -> Register:
    from django.http import Http404

    try:
        return REGISTERS[code]
    except KeyError:
        raise Http404(_("No such register.")) from None
