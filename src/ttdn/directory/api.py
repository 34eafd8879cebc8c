"""API for the directory of agencies: ``/api/v1/agencies…``, including the name resolver.

The directory is not confidential: every signed-in user may read it.
"""

import datetime
from typing import Annotated

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from ttdn.core.api import IsoDate, Pagination
from ttdn.directory import selectors
from ttdn.directory.models import AdministrativeUnit, Agency, AgencyKind
from ttdn.directory.resolver import resolve_agency

router = Router()

MAX_NAME_CHARS = 255


class UnitOut(Schema):
    id: int
    name: str
    level: str

    @staticmethod
    def resolve_name(obj: AdministrativeUnit) -> str:
        return str(obj)


class AgencyOut(Schema):
    id: int
    name: str
    short_name: str
    kind: str
    unit: UnitOut | None
    parent_id: int | None
    valid_from: datetime.date | None
    valid_to: datetime.date | None


class SuccessionOut(Schema):
    agency: AgencyOut
    kind: str
    effective_date: datetime.date


class AgencyDetailOut(AgencyOut):
    email: str
    aliases: list[str]
    predecessors: list[SuccessionOut] = Field(description="Agencies this one took over from")
    successors: list[SuccessionOut] = Field(description="Agencies that took over from this one")

    @staticmethod
    def resolve_aliases(obj: Agency) -> list[str]:
        return [a.alias for a in obj.aliases.all()]

    @staticmethod
    def resolve_predecessors(obj: Agency) -> list[dict]:
        return [
            {"agency": s.predecessor, "kind": s.kind, "effective_date": s.effective_date}
            for s in obj.successions_in.select_related("predecessor__unit").order_by(
                "effective_date", "id"
            )
        ]

    @staticmethod
    def resolve_successors(obj: Agency) -> list[dict]:
        return [
            {"agency": s.successor, "kind": s.kind, "effective_date": s.effective_date}
            for s in obj.successions_out.select_related("successor__unit").order_by(
                "effective_date", "id"
            )
        ]


class ResolutionOut(Schema):
    as_written: str
    agency: AgencyOut | None = Field(description="The agency meant; null when not sure")
    confidence: float = Field(description="0..1; 0 when nothing was chosen")
    method: str = Field(description="exact, alias, folded, fuzzy or none")
    candidates: list[AgencyOut] = Field(description="Other agencies considered, best first")


def _unit_or_none(unit_id: int | None) -> AdministrativeUnit | None:
    return None if unit_id is None else AdministrativeUnit.objects.filter(pk=unit_id).first()


@router.get("/agencies", response=list[AgencyOut], summary="List agencies")
@paginate(Pagination)
def agency_list(
    request: HttpRequest,
    q: str = Query(
        "",
        max_length=MAX_NAME_CHARS,
        description="Part of the name or an alias, diacritics optional",
    ),
    kind: AgencyKind | None = None,
    unit: int | None = Query(
        None, description="The administrative unit's id (its sub-units included)"
    ),
    current: bool = Query(False, description="Only agencies that exist today"),
):
    unit_obj = _unit_or_none(unit)
    if unit is not None and unit_obj is None:
        return Agency.objects.none()
    agencies = selectors.agency_list(unit=unit_obj, kind=kind.value if kind else None, q=q)
    if current:
        agencies = agencies.current()
    return agencies


@router.get(
    "/agencies/resolve", response=ResolutionOut, summary="Which agency a name as written means"
)
def agency_resolve(
    request: HttpRequest,
    name: str = Query(
        ..., min_length=1, max_length=MAX_NAME_CHARS, description="The name as written"
    ),
    unit: int | None = Query(None, description="The administrative unit the document comes from"),
    current: bool = Query(
        False, description="Follow renames and mergers to the agency that exists today"
    ),
    on: Annotated[
        IsoDate | None,
        Query(description="Resolve as of this date (the document's date), YYYY-MM-DD"),
    ] = None,
):
    unit_obj = _unit_or_none(unit)
    if unit is not None and unit_obj is None:
        raise ValidationError({"unit": _("No such administrative unit.")})
    return resolve_agency(name, unit=unit_obj, on=on, current=current)


@router.get("/agencies/{agency_id}", response=AgencyDetailOut, summary="One agency")
def agency_detail(request: HttpRequest, agency_id: int):
    agency = selectors.agency_get(agency_id)
    if agency is None:
        raise Http404(_("No such agency."))
    return agency
