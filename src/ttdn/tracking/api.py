"""API for progress on tasks: ``/api/v1/tasks/{id}/progress`` (read and report).

Reports go through ``ttdn.tracking.services.progress_submit``, as on the web form;
evidence files are uploaded through the web form, the API takes links only.
"""

import datetime
from typing import Annotated, Any, Literal

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema
from ninja.pagination import paginate
from ninja.responses import Status
from pydantic import StrictInt, StringConstraints

from ttdn.attachments.services import MAX_LINK_CHARS
from ttdn.core.api import IsoDate, Pagination
from ttdn.directory.models import Agency
from ttdn.plans.access import reporting_agency_ids, task_get_for_user
from ttdn.tracking.models import REPORTABLE_STATUSES, Evidence, ProgressUpdate
from ttdn.tracking.services import (
    MAX_FIGURE_MAGNITUDE,
    MAX_FIGURE_NAME_CHARS,
    MAX_FIGURES,
    MAX_LINKS,
    MAX_NARRATIVE_CHARS,
    progress_submit,
)

router = Router()

# "late" is derived from deadlines and cannot be reported.
ReportableStatus = Literal[tuple(value for value, _label in REPORTABLE_STATUSES)]  # type: ignore[valid-type]


class ReportingAgencyOut(Schema):
    id: int
    name: str


class EvidenceOut(Schema):
    title: str
    url: str = Field(description="The download address of a file, or the link as given")

    @staticmethod
    def resolve_url(obj: Evidence) -> str:
        return reverse("tracking:evidence", args=[obj.pk]) if obj.file else obj.url


class ProgressOut(Schema):
    id: int
    task_id: int
    agency: ReportingAgencyOut
    status: str
    percent: int
    narrative: str
    figures: dict[str, Any]
    period_end: datetime.date | None
    submitted_by: str | None
    submitted_at: datetime.datetime
    review_state: str
    review_comment: str
    reviewed_at: datetime.datetime | None
    evidence: list[EvidenceOut]

    @staticmethod
    def resolve_submitted_by(obj: ProgressUpdate) -> str | None:
        return str(obj.submitted_by) if obj.submitted_by_id else None

    @staticmethod
    def resolve_evidence(obj: ProgressUpdate) -> list[Evidence]:
        return list(obj.evidence.all())


class ProgressIn(Schema):
    """A report, parsed. Its limits (figures, links, text) are ``progress_submit``'s: the
    schema states them from the service's constants, the service enforces them."""

    agency_id: StrictInt | None = Field(
        None,
        description="The reporting agency; may be left out when you belong to only one of the task's agencies",
    )
    status: ReportableStatus
    percent: StrictInt = Field(ge=0, le=100)
    narrative: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NARRATIVE_CHARS)
    ] = Field(description="What was done")
    figures: dict[str, Any] = Field(
        default_factory=dict,
        description='Indicator values: names with finite numbers, e.g. {"articles": 12}',
        json_schema_extra={
            "maxProperties": MAX_FIGURES,
            "propertyNames": {"minLength": 1, "maxLength": MAX_FIGURE_NAME_CHARS},
            "additionalProperties": {
                "type": "number",
                "exclusiveMinimum": -MAX_FIGURE_MAGNITUDE,
                "exclusiveMaximum": MAX_FIGURE_MAGNITUDE,
            },
        },
    )
    period_end: IsoDate | None = Field(
        None,
        description="The deadline this update reports on, YYYY-MM-DD (defaults to the task's next deadline)",
    )
    links: list[str] = Field(
        default_factory=list,
        description="Web addresses (http or https)",
        json_schema_extra={
            "maxItems": MAX_LINKS,
            "items": {"type": "string", "format": "uri", "maxLength": MAX_LINK_CHARS},
        },
    )


@router.get(
    "/tasks/{task_id}/progress",
    response=list[ProgressOut],
    summary="Progress updates of a task, newest first",
)
@paginate(Pagination)
def progress_list(request: HttpRequest, task_id: int):
    task = task_get_for_user(request.user, task_id)
    return (
        task.updates.select_related("agency", "submitted_by")
        .prefetch_related("evidence")
        .order_by("-submitted_at", "-id")
    )


def _reporting_agency(user, task, agency_id: int | None) -> Agency:
    allowed = reporting_agency_ids(user, task)
    if agency_id is None:
        if len(allowed) > 1:
            raise ValidationError(
                {
                    "agency_id": _(
                        "You belong to several agencies on this task; say which one reports."
                    )
                }
            )
        if not allowed:
            raise PermissionDenied(_("You can report progress only for your own agency's tasks."))
        agency_id = allowed[0]
    elif agency_id not in allowed:
        # The same answer whether the agency exists or not.
        raise PermissionDenied(_("You can report progress only for your own agency's tasks."))
    return Agency.objects.get(pk=agency_id)


@router.post(
    "/tasks/{task_id}/progress", response={201: ProgressOut}, summary="Report progress on a task"
)
def progress_create(request: HttpRequest, task_id: int, payload: ProgressIn):
    task = task_get_for_user(request.user, task_id)
    update = progress_submit(
        actor=request.user,
        task=task,
        agency=_reporting_agency(request.user, task, payload.agency_id),
        status=payload.status,
        percent=payload.percent,
        narrative=payload.narrative,
        figures=payload.figures,
        period_end=payload.period_end,
        links=payload.links,
    )
    return Status(201, update)
