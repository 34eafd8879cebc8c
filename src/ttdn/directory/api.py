"""API for the directory of agencies: ``/api/v1/agencies…``, including the name resolver.

The directory is not confidential: every signed-in user may read it.
"""

import datetime
from typing import Any

from django.db.models import Q
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from ttdn.core.text import fold
from ttdn.directory.models import AdministrativeUnit, Agency, AgencyAlias, AgencyKind

router = Router()

MAX_NAME_CHARS = 255


class Pagination(LimitOffsetPagination):
    """``?limit=`` (default 50, at most 200) and ``?offset=``; answers ``{items, count}``."""

    class Input(Schema):
        limit: int = Field(50, ge=1, le=200)
        offset: int = Field(0, ge=0)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_limit=200, **kwargs)


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
            for s in obj.successions_in.select_related("predecessor__unit").order_by("effective_date", "id")
        ]

    @staticmethod
    def resolve_successors(obj: Agency) -> list[dict]:
        return [
            {"agency": s.successor, "kind": s.kind, "effective_date": s.effective_date}
            for s in obj.successions_out.select_related("successor__unit").order_by("effective_date", "id")
        ]


class CandidateOut(Schema):
    agency: AgencyOut
    score: float | None = Field(None, description="How well the name matched, 0..1 (when the resolver says)")


class ResolutionOut(Schema):
    as_written: str
    agency: AgencyOut | None
    confidence: float
    method: str
    candidates: list[CandidateOut]


def _candidate(candidate: Any) -> dict:
    """A resolver candidate as ``{agency, score}``, whatever shape the resolver gives it in."""
    if isinstance(candidate, Agency):
        return {"agency": candidate, "score": None}
    if isinstance(candidate, tuple | list):
        agency, score = candidate[0], candidate[1] if len(candidate) > 1 else None
        return {"agency": agency, "score": score}
    return {"agency": candidate.agency, "score": getattr(candidate, "score", getattr(candidate, "confidence", None))}


@router.get("/agencies", response=list[AgencyOut], summary="List agencies")
@paginate(Pagination)
def agency_list(
    request: HttpRequest,
    q: str = Query("", max_length=MAX_NAME_CHARS, description="Part of the name, short name or an alias"),
    kind: AgencyKind | None = Query(None),
    unit: int | None = Query(None, description="The administrative unit's id"),
    current: bool = Query(False, description="Only agencies that exist today"),
):
    agencies = Agency.objects.select_related("unit")
    if current:
        agencies = agencies.current()
    if kind:
        agencies = agencies.filter(kind=kind.value)
    if unit is not None:
        agencies = agencies.filter(unit_id=unit)
    folded = fold(q)
    if folded:
        alias_matches = AgencyAlias.objects.filter(alias_folded__contains=folded).values("agency_id")
        agencies = agencies.filter(
            Q(name_folded__contains=folded) | Q(short_name__icontains=q.strip()) | Q(pk__in=alias_matches)
        )
    return agencies.order_by("name", "id")


@router.get("/agencies/resolve", response=ResolutionOut, summary="Which agency a name as written means")
def agency_resolve(
    request: HttpRequest,
    name: str = Query(..., min_length=1, max_length=MAX_NAME_CHARS, description="The name as written"),
    unit: int | None = Query(None, description="The administrative unit the document comes from"),
    current: bool = Query(False, description="Follow renames and mergers to the agency that exists today"),
    on: datetime.date | None = Query(None, description="Resolve as of this date (the document's date)"),
):
    from ttdn.directory.resolver import resolve_agency  # TEMP until resolver lands

    unit_obj = None
    if unit is not None:
        unit_obj = AdministrativeUnit.objects.filter(pk=unit).first()
        if unit_obj is None:
            raise Http404(_("No such administrative unit."))
    resolution = resolve_agency(name, unit=unit_obj, on=on, current=current)
    return {
        "as_written": resolution.as_written,
        "agency": resolution.agency,
        "confidence": resolution.confidence,
        "method": resolution.method,
        "candidates": [_candidate(c) for c in resolution.candidates],
    }


@router.get("/agencies/{agency_id}", response=AgencyDetailOut, summary="One agency")
def agency_detail(request: HttpRequest, agency_id: int):
    agency = Agency.objects.select_related("unit").prefetch_related("aliases").filter(pk=agency_id).first()
    if agency is None:
        raise Http404(_("No such agency."))
    return agency
