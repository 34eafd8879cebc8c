"""Reads of the registers, always starting from what the user may see (``access``)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from ttdn.activities.access import (
    visible_activities,
    visible_portal_content,
    visible_spokespersons,
)
from ttdn.activities.models import Activity, Kind, PortalContent, Spokesperson
from ttdn.activities.services import SEARCH_KIND, SPOKESPERSON_SEARCH_KIND
from ttdn.core import search
from ttdn.directory.models import Agency
from ttdn.plans.access import visible_plans
from ttdn.plans.models import REPORTABLE_STATUSES, Plan, PlanStatus, Task

SECTION_LIMIT = 20
CALENDAR_LIMIT = 500
# Not an index's order (core.pagination): the window counts every row of the filter first.
LIST_ORDER = ("-start_date", "-id")


@dataclass(frozen=True)
class ActivityFilters:
    agency_id: int | None = None
    start: datetime.date | None = None
    end: datetime.date | None = None
    plan_id: int | None = None
    task_id: int | None = None
    query: str = ""
    variant: str = ""
    status: str = ""
    language: str = ""
    abroad: bool | None = None


def _involving(agency_ids) -> Q:
    involved = Activity.agencies.through.objects.filter(
        activity_id=OuterRef("pk"), agency_id__in=sorted(agency_ids)
    )
    return Q(agency_id__in=sorted(agency_ids)) | Exists(involved)


def activity_list(user, *, kind: str, filters: ActivityFilters) -> QuerySet[Activity]:
    """The entries of register ``kind`` that ``user`` may see, filtered, newest first."""
    qs = visible_activities(user).filter(kind=kind)
    f = filters
    if f.agency_id:
        qs = qs.filter(_involving([f.agency_id]))
    if f.start:
        qs = qs.filter(Q(end_date__gte=f.start) | Q(end_date__isnull=True, start_date__gte=f.start))
    if f.end:
        qs = qs.filter(start_date__lte=f.end)
    if f.task_id:
        qs = qs.filter(
            Exists(
                Activity.tasks.through.objects.filter(activity_id=OuterRef("pk"), task_id=f.task_id)
            )
        )
    if f.plan_id:
        qs = qs.filter(
            Exists(
                Activity.tasks.through.objects.filter(
                    activity_id=OuterRef("pk"), task__plan_id=f.plan_id
                )
            )
        )
    if f.variant:
        qs = qs.filter(variant=f.variant)
    if f.status:
        qs = qs.filter(status=f.status)
    if f.language:
        qs = qs.filter(language=f.language)
    if f.abroad is not None:
        qs = qs.filter(abroad=f.abroad)
    if f.query:
        qs = search.filter_queryset(qs, SEARCH_KIND, f.query)
    return qs.select_related("agency").order_by(*LIST_ORDER)


def spokesperson_list(
    user, *, agency_id: int | None = None, query: str = "", current_on: datetime.date | None = None
) -> QuerySet[Spokesperson]:
    qs = visible_spokespersons(user)
    if agency_id:
        qs = qs.filter(agency_id=agency_id)
    if current_on:
        qs = qs.filter(appointed_from__lte=current_on).filter(
            Q(appointed_to__isnull=True) | Q(appointed_to__gte=current_on)
        )
    if query:
        qs = search.filter_queryset(qs, SPOKESPERSON_SEARCH_KIND, query)
    return qs.select_related("agency").order_by("agency__name", "-appointed_from", "id")


def published_spokespersons(*, today: datetime.date) -> list[tuple[Agency, list[Spokesperson]]]:
    """The spokespersons in office on ``today``, by agency: what Decree 09/2017/NĐ-CP has
    published for anyone (name, position, phone, e-mail, appointment), without the
    recorders' notes. Readable without signing in."""
    people = (
        Spokesperson.objects.filter(appointed_from__lte=today)
        .filter(Q(appointed_to__isnull=True) | Q(appointed_to__gte=today))
        .select_related("agency")
        .only(
            "name",
            "position",
            "phone",
            "email",
            "appointed_from",
            "appointed_to",
            "agency__name",
            "agency__short_name",
        )
        .order_by("agency__name", "name", "id")
    )
    grouped: dict[int, tuple[Agency, list[Spokesperson]]] = {}
    for person in people:
        grouped.setdefault(person.agency_id, (person.agency, []))[1].append(person)
    return list(grouped.values())


def portal_content_list(
    user, *, agency_id: int | None = None, language: str = "", year: int | None = None
) -> QuerySet[PortalContent]:
    qs = visible_portal_content(user)
    if agency_id:
        qs = qs.filter(agency_id=agency_id)
    if language:
        qs = qs.filter(language=language)
    if year:
        qs = qs.filter(month__year=year)
    return qs.select_related("agency").order_by("-month", "agency__name", "language", "id")


def register_counts(user) -> dict[str, int]:
    """How many entries of each register ``user`` sees (three queries)."""
    counts = dict.fromkeys(Kind.values, 0)
    for row in visible_activities(user).order_by().values("kind").annotate(n=Count("pk")):
        counts[row["kind"]] = row["n"]
    counts["spokespersons"] = visible_spokespersons(user).count()
    counts["portal_content"] = visible_portal_content(user).count()
    return counts


def activities_for_task(user, task: Task, *, limit: int = SECTION_LIMIT) -> list[Activity]:
    """The activities linked to ``task`` that ``user`` may see, newest first (the task page)."""
    if not getattr(user, "is_authenticated", False):
        return []
    qs = visible_activities(user).filter(
        Exists(Activity.tasks.through.objects.filter(activity_id=OuterRef("pk"), task_id=task.pk))
    )
    return list(qs.select_related("agency").order_by(*LIST_ORDER)[:limit])


def activities_for_agency(user, agency: Agency, *, limit: int = SECTION_LIMIT) -> list[Activity]:
    """The activities ``agency`` recorded or took part in that ``user`` may see (its page)."""
    if not getattr(user, "is_authenticated", False):
        return []
    qs = visible_activities(user).filter(_involving([agency.pk]))
    return list(qs.select_related("agency").order_by(*LIST_ORDER)[:limit])


def calendar_activities(
    user,
    *,
    start: datetime.date,
    end: datetime.date,
    agency: Agency | None = None,
    limit: int = CALENDAR_LIMIT,
) -> list[Activity]:
    """The activities on ``user``'s calendar from ``start`` to ``end`` (inclusive, an
    activity on each of its days): ``agency``'s, or else the user's own agencies', or
    everything they see when they belong to none."""
    if not getattr(user, "is_authenticated", False):
        return []
    qs = (
        visible_activities(user)
        .filter(start_date__lte=end)
        .filter(Q(end_date__gte=start) | Q(end_date__isnull=True, start_date__gte=start))
    )
    if agency is not None:
        qs = qs.filter(_involving([agency.pk]))
    elif user.agency_ids():
        qs = qs.filter(_involving(user.agency_ids()))
    return list(qs.select_related("agency").order_by("start_date", "id")[:limit])


def filter_plans(user) -> QuerySet[Plan]:
    """The plans the lists (and their Excel export) offer as a filter: those whose tasks
    take activities (issued, in progress, closed); not read from the links, which would
    scan them on every page."""
    return (
        visible_plans(user)
        .filter(status__in=[*REPORTABLE_STATUSES, PlanStatus.CLOSED])
        .only("pk", "number", "title")
        .order_by("-period_start", "title")
    )


def register_entries(user, code: str, filters: dict, *, today: datetime.date) -> QuerySet:
    """A register's entries the user may see, with a list's filters (a filter form's
    cleaned data; ``{}`` for none): what the list page shows and the Excel export writes."""
    agency = filters.get("agency")
    agency_id = agency.pk if agency else None
    if code == "spokespersons":
        return spokesperson_list(
            user,
            agency_id=agency_id,
            query=filters.get("q") or "",
            current_on=today if filters.get("current") else None,
        )
    if code == "portal_content":
        return portal_content_list(
            user,
            agency_id=agency_id,
            language=filters.get("language") or "",
            year=filters.get("year"),
        )
    plan = filters.get("plan")
    return activity_list(
        user,
        kind=code,
        filters=ActivityFilters(
            agency_id=agency_id,
            start=filters.get("start"),
            end=filters.get("end"),
            plan_id=plan.pk if plan else None,
            task_id=filters.get("task"),
            query=filters.get("q") or "",
            variant=filters.get("variant") or "",
            status=filters.get("status") or "",
            language=filters.get("language") or "",
            abroad=filters.get("abroad"),
        ),
    )
