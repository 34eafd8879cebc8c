"""API of report requests and agencies' reports: ``/api/v1/report-requests`` and
``/api/v1/report-submissions``.

The same access helpers and services as the pages: requests and reports are visible with
their plan; an agency's officers see and write only their agency's reports; writing a draft
needs the ``version`` read (a stale one is a 409). Files are uploaded through the web form;
the API takes links.
"""

import datetime
from typing import Annotated, Any, Literal

from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from pydantic import StrictInt, StringConstraints

from ttdn.core.api import ErrorOut, Pagination
from ttdn.submissions import selectors, services
from ttdn.submissions.access import (
    request_get_for_user,
    submission_get_for_user,
    visible_submissions,
)
from ttdn.submissions.models import ReportRequest, Submission, SubmissionFile
from ttdn.tracking.services import MAX_FIGURE_NAME_CHARS, MAX_FIGURES

router = Router()


class RequestAgencyOut(Schema):
    id: int
    name: str


class RequestStepOut(Schema):
    reporter: str
    recipient: str
    deadline: datetime.date


class ReportRequestOut(Schema):
    id: int
    plan_id: int
    kind: str
    title: str
    instructions: str
    period_key: str
    period_label: str
    period_start: datetime.date
    period_end: datetime.date
    deadline: datetime.date
    closed: bool
    steps: list[RequestStepOut]

    @staticmethod
    def resolve_steps(obj: ReportRequest) -> list:
        return list(obj.steps.all())


class ReportFileOut(Schema):
    title: str
    url: str = Field(description="The download address of a file, or the link as given")

    @staticmethod
    def resolve_url(obj: SubmissionFile) -> str:
        return reverse("submissions:file", args=[obj.pk]) if obj.file else obj.url


class SubmissionSummaryOut(Schema):
    id: int
    request_id: int
    agency: RequestAgencyOut
    addressed_to: RequestAgencyOut | None = Field(
        None, description="The agency first named, when this one succeeded it"
    )
    state: str = Field(description="not_started, draft, submitted, accepted or returned")
    shown_state: str = Field(description="The state, or “late” for a report owed past its deadline")
    is_late: bool = Field(description="Handed in after the deadline")
    version: int
    submitted_at: datetime.datetime | None
    reviewed_at: datetime.datetime | None

    @staticmethod
    def resolve_shown_state(obj: Submission) -> str:
        return obj.shown_state(timezone.localdate())


class SubmissionOut(Schema):
    id: int
    request_id: int
    agency: RequestAgencyOut
    addressed_to: RequestAgencyOut | None = Field(
        None, description="The agency first named, when this one succeeded it"
    )
    state: str = Field(description="not_started, draft, submitted, accepted or returned")
    shown_state: str = Field(description="The state, or “late” for a report owed past its deadline")
    is_late: bool = Field(description="Handed in after the deadline")
    version: int
    results: str
    limitations: str
    proposals: str
    task_rows: list[dict[str, Any]]
    figures: dict[str, Any]
    submitted_at: datetime.datetime | None
    reviewed_at: datetime.datetime | None
    review_comment: str
    files: list[ReportFileOut]

    @staticmethod
    def resolve_shown_state(obj: Submission) -> str:
        return obj.shown_state(timezone.localdate())

    @staticmethod
    def resolve_task_rows(obj: Submission) -> list[dict]:
        return services.submission_task_rows(obj)

    @staticmethod
    def resolve_figures(obj: Submission) -> dict:
        return services.submission_initial_figures(obj)

    @staticmethod
    def resolve_files(obj: Submission) -> list:
        return list(obj.files.all())


Section = Annotated[str, StringConstraints(max_length=services.MAX_SECTION_CHARS)]


class SubmissionIn(Schema):
    """A draft, parsed. Limits are the service's (``submission_save``)."""

    version: StrictInt = Field(description="The version read; a stale one is refused (409)")
    results: Section = ""
    limitations: Section = ""
    proposals: Section = ""
    task_notes: dict[str, Annotated[str, StringConstraints(max_length=services.MAX_NOTE_CHARS)]] = (
        Field(default_factory=dict, description="Notes by task id")
    )
    figures: dict[str, Any] = Field(
        default_factory=dict,
        description='Figures of the period: names with numbers, e.g. {"Số lớp tập huấn": 2}',
        json_schema_extra={
            "maxProperties": MAX_FIGURES,
            "propertyNames": {"minLength": 1, "maxLength": MAX_FIGURE_NAME_CHARS},
        },
    )
    links: list[str] = Field(
        default_factory=list,
        description="Web addresses to add (http or https)",
        json_schema_extra={"maxItems": services.MAX_REPORT_FILES},
    )
    submit: bool = Field(False, description="Hand the report in after saving it")


class SubmitIn(Schema):
    version: StrictInt = Field(description="The version read; a stale one is refused (409)")


class ReviewIn(Schema):
    decision: Literal["accept", "return"]
    comment: Annotated[str, StringConstraints(max_length=services.MAX_NOTE_CHARS)] = ""


class RequestFilters(Schema):
    plan_id: int | None = Field(None, ge=1, le=2**31 - 1)
    period: Annotated[str, StringConstraints(max_length=32)] = Field(
        "", description="2018, 2018-H1, 2018-Q3, 2018-M10"
    )
    status: Literal["", "open", "closed", "overdue"] = ""


@router.get(
    "/report-requests",
    response=list[ReportRequestOut],
    summary="Report requests the user may see, newest deadline first",
)
@paginate(Pagination)
def report_request_list(request: HttpRequest, filters: Query[RequestFilters]):
    return selectors.request_list(
        user=request.user,
        plan_id=filters.plan_id,
        period=filters.period,
        status=filters.status,
    ).prefetch_related("steps")


@router.get("/report-requests/{request_id}", response=ReportRequestOut, summary="A report request")
def report_request_get(request: HttpRequest, request_id: int):
    return request_get_for_user(request.user, request_id)


def _submissions(user):
    return visible_submissions(user).select_related(
        "request", "request__plan", "agency", "addressed_to"
    )


@router.get(
    "/report-requests/{request_id}/submissions",
    response=list[SubmissionSummaryOut],
    summary="The agencies' reports on a request (an officer: their agency's), without their text",
)
@paginate(Pagination)
def report_submission_list(request: HttpRequest, request_id: int):
    report_request = request_get_for_user(request.user, request_id)
    return _submissions(request.user).filter(request=report_request).order_by("agency__name", "id")


@router.get(
    "/report-submissions/{submission_id}", response=SubmissionOut, summary="An agency's report"
)
def report_submission_get(request: HttpRequest, submission_id: int):
    return submission_get_for_user(request.user, submission_id)


@router.put(
    "/report-submissions/{submission_id}",
    response={200: SubmissionOut, 409: ErrorOut},
    summary="Save an agency's report (and hand it in with “submit”)",
)
def report_submission_save(request: HttpRequest, submission_id: int, payload: SubmissionIn):
    submission = submission_get_for_user(request.user, submission_id, write=True)
    with transaction.atomic():  # a refused hand-in leaves the draft as it was
        _save(request.user, submission, payload)
    return submission


def _save(user, submission: Submission, payload: SubmissionIn) -> None:
    services.submission_save(
        actor=user,
        submission=submission,
        version=payload.version,
        results=payload.results,
        limitations=payload.limitations,
        proposals=payload.proposals,
        task_notes=payload.task_notes,
        figures=payload.figures,
        links=payload.links,
    )
    if payload.submit:
        services.submission_submit(actor=user, submission=submission, version=submission.version)


@router.post(
    "/report-submissions/{submission_id}/submit",
    response={200: SubmissionOut, 409: ErrorOut},
    summary="Hand an agency's report in",
)
def report_submission_submit(request: HttpRequest, submission_id: int, payload: SubmitIn):
    submission = submission_get_for_user(request.user, submission_id, write=True)
    return services.submission_submit(
        actor=request.user, submission=submission, version=payload.version
    )


@router.post(
    "/report-submissions/{submission_id}/review",
    response={200: SubmissionOut, 409: ErrorOut},
    summary="Accept a handed-in report or return it with comments (coordinating department)",
)
def report_submission_review(request: HttpRequest, submission_id: int, payload: ReviewIn):
    submission = submission_get_for_user(request.user, submission_id, review=True)
    return services.submission_review(
        actor=request.user,
        submission=submission,
        accept=payload.decision == "accept",
        comment=payload.comment,
    )
