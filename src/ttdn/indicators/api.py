"""API of the indicators: ``GET /api/v1/indicators?unit=&agency=&plan=&period=``.

The scope is the dashboard's (``dashboard.dashboard_choice``: oversight roles any unit or
agency, by default their own unit; officers only their agencies; an agency, unit or plan
the user may not see is a 404) and the figures are exactly :func:`indicators_for`'s, in
the stable shape of ``ttdn indicators --json`` (``Indicator.as_json``): the same numbers
as the Chỉ số page.
"""

import datetime

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema

from ttdn.core.api import ErrorOut
from ttdn.indicators.dashboard import dashboard_choice
from ttdn.indicators.selectors import indicators_for

router = Router()


class IndicatorOut(Schema):
    code: str = Field(description="Stable, e.g. “trainings.attendees”")
    label: str
    value: int | str = Field(description="A count, or money as a string of whole đồng")
    unit: str = Field(description="count, people, copies, vnd, percent")
    source: str = Field(description="The app that counted it: activities, budget, tasks")
    breakdown: dict[str, dict[str, int | str]] = Field(
        description="The value split by month (“2018-03”), agency (its id), kind, language"
    )


class IndicatorScopeOut(Schema):
    period: str
    start: datetime.date
    end: datetime.date
    unit_id: int | None
    agency_ids: list[int] | None = Field(description="null: every agency (of the unit)")
    plan_id: int | None


class IndicatorsOut(Schema):
    scope: IndicatorScopeOut
    indicators: list[IndicatorOut]


class IndicatorQuery(Schema):
    period: str = Field(
        "", max_length=20, description="2018, 2018-H1, 2018-Q3 or 2018-06 (default: this year)"
    )
    unit: int | None = Field(None, ge=1, le=2**31 - 1, description="An administrative unit")
    agency: int | None = Field(None, ge=1, le=2**31 - 1)
    plan: int | None = Field(None, ge=1, le=2**31 - 1)


@router.get(
    "/indicators",
    response={200: IndicatorsOut, 403: ErrorOut, 404: ErrorOut},
    summary="The figures of a unit, agency, plan and period (those of the indicator page)",
)
def indicator_list(request: HttpRequest, query: Query[IndicatorQuery]):
    today = timezone.localdate()
    params = {
        name: str(value)
        for name, value in query.model_dump().items()
        if value is not None and value != ""
    }
    choice = dashboard_choice(request.user, params, today=today)  # a bad period: 422
    scope = choice.scope
    return {
        "scope": {
            "period": choice.period.code,
            "start": scope.start,
            "end": scope.end,
            "unit_id": scope.unit_id,
            "agency_ids": None if scope.agency_ids is None else sorted(scope.agency_ids),
            "plan_id": scope.plan_id,
        },
        "indicators": [i.as_json() for i in indicators_for(scope, today=today)],
    }
