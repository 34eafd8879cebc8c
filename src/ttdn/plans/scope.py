"""Oversight scope: the part of the country a user's overview pages cover by default.

Not an access rule. What a user may read is ``ttdn.plans.access`` and stays as it is; the
scope only narrows the *default* of the pages that aggregate (home page, review queue,
task lists and the late list): a provincial department and the province's leaders
oversee their province, a commune officer their commune, and only users of a central
body (agencies without an administrative unit) or superusers the whole country. Each of
those pages shows the scope it uses and lets the user widen it to the whole country (all
they may read) or narrow it to one unit. See docs/decisions/0022-oversight-scope.md.

A plan is in a scope when its administrative unit is, or — for a plan recorded without a
unit — when its issuer's unit is.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from ttdn.directory.models import AdministrativeUnit, Agency, UnitLevel
from ttdn.directory.selectors import province_ids_of, units_with_lower_q
from ttdn.plans.models import Plan, Task

_UNIT_ID = re.compile(r"[0-9]{1,9}")
SCOPE_PARAM = "scope"  # the query parameter of the pages' selector
COUNTRY = "all"  # its value for the whole country


@dataclass(frozen=True)
class Scope:
    """``unit_ids``: the administrative units covered (with their communes), or ``None``
    for the whole country. ``value``: what the selector sends for it ("" for the user's
    default scope); ``label``: how the page names it."""

    unit_ids: frozenset[int] | None
    label: str
    value: str
    is_default: bool

    @property
    def is_country(self) -> bool:
        return self.unit_ids is None

    def plans_q(self, prefix: str = "") -> Q:
        """The condition on Plan rows (through ``prefix``, e.g. ``"plan__"``)."""
        if self.unit_ids is None:
            return Q()
        ids = sorted(self.unit_ids)
        return Q(**{f"{prefix}unit_id__in": ids}) | Q(
            **{f"{prefix}unit__isnull": True, f"{prefix}issuer__unit_id__in": ids}
        )

    def plans(self, qs: QuerySet[Plan]) -> QuerySet[Plan]:
        return qs if self.unit_ids is None else qs.filter(self.plans_q())

    @cached_property
    def plan_ids(self) -> list[int]:
        """The plans in scope, read once (a province has hundreds, not the country's
        tens of thousands): for queries where PostgreSQL misjudges the subquery of
        :meth:`tasks` (the review queue, ``tracking.selectors.pending_updates``)."""
        return list(Plan.objects.filter(self.plans_q()).values_list("pk", flat=True))

    @cached_property
    def partitions(self) -> frozenset[int] | None:
        """The provinces of the scope's units: the search partitions its plans and tasks
        are indexed under (``plans.services.plan_search_partition``); None for the country."""
        if self.unit_ids is None:
            return None
        return frozenset(province_ids_of(self.unit_ids).values())

    def tasks(self, qs: QuerySet[Task]) -> QuerySet[Task]:
        """Tasks of the plans in scope (a subquery over plans)."""
        if self.unit_ids is None:
            return qs
        return qs.filter(plan__in=Plan.objects.filter(self.plans_q()).values("pk"))

    def agencies(self) -> QuerySet[Agency]:
        """The agencies in scope: of its units, or the central bodies for the country
        (the country's 10,000 agencies are reached by narrowing to a province first)."""
        if self.unit_ids is None:
            return Agency.objects.filter(unit__isnull=True).order_by("name")
        return Agency.objects.filter(unit_id__in=sorted(self.unit_ids)).order_by("name")


def _with_descendants(unit_ids) -> frozenset[int]:
    """The units with their children and grandchildren (province → districts → communes)."""
    ids = list(unit_ids)
    if not ids:
        return frozenset()
    found = AdministrativeUnit.objects.filter(units_with_lower_q(ids)).values_list("pk", flat=True)
    return frozenset(found)


def home_units(user) -> list[AdministrativeUnit] | None:
    """The administrative units of ``user``'s agencies, or ``None`` for the whole country:
    superusers, users of a central body (an agency without a unit) and users without an
    agency (nothing narrower is known of them). Cached on the user object."""
    cached = getattr(user, "_oversight_units", False)
    if cached is not False:
        return cached
    units = None
    if getattr(user, "is_authenticated", False) and not user.is_superuser:
        ids = user.agency_ids()
        agencies = list(Agency.objects.filter(pk__in=ids).select_related("unit")) if ids else []
        if agencies and all(a.unit_id for a in agencies):
            by_pk = {a.unit_id: a.unit for a in agencies}
            units = sorted(by_pk.values(), key=lambda u: (u.level != UnitLevel.PROVINCE, u.name))
    user._oversight_units = units
    return units


def oversight_scope(user, requested: str = "") -> Scope:
    """The scope a page uses: the user's own (``requested`` empty or unknown), the whole
    country (:data:`COUNTRY`), or one unit by primary key (with its communes)."""
    requested = (requested or "").strip()
    units = home_units(user)
    if requested == COUNTRY:
        return Scope(None, _("Whole country"), COUNTRY, is_default=units is None)
    # Digits only, and few enough for a primary key: "²" passes str.isdigit() and
    # 10**20 overflows the column; both are just an unknown scope.
    if _UNIT_ID.fullmatch(requested):
        unit = AdministrativeUnit.objects.filter(pk=int(requested)).first()
        if unit is not None:
            mine = units is not None and [u.pk for u in units] == [unit.pk]
            return Scope(
                _with_descendants([unit.pk]), str(unit), "" if mine else str(unit.pk), mine
            )
    if units is None:
        return Scope(None, _("Whole country"), "", is_default=True)
    return Scope(
        _with_descendants(u.pk for u in units),
        ", ".join(str(u) for u in units),
        "",
        is_default=True,
    )


def scope_from_request(request) -> Scope:
    """The scope a page's request asks for (its ``?scope=``), for its user."""
    return oversight_scope(request.user, request.GET.get(SCOPE_PARAM, ""))


def scope_choices(user, scope: Scope) -> list[tuple[str, str]]:
    """What the selector offers: the user's own scope, the whole country, and the units
    to narrow to — the communes of the user's province(s), or the provinces when the
    scope is the country. One query (two when the user's units are not yet read)."""
    units = home_units(user)
    if units is None:
        choices = [("", _("Whole country"))]
    else:
        choices = [("", ", ".join(str(u) for u in units)), (COUNTRY, _("Whole country"))]
    if units is None or scope.is_country:
        narrower = AdministrativeUnit.objects.filter(level=UnitLevel.PROVINCE)
    else:
        narrower = AdministrativeUnit.objects.filter(parent_id__in=[u.pk for u in units])
    narrower = narrower.filter(valid_to__isnull=True)
    seen = {value for value, _label in choices} | {str(u.pk) for u in units or ()}
    for unit in narrower.order_by("name").only("pk", "name", "full_name"):
        if str(unit.pk) not in seen:
            choices.append((str(unit.pk), str(unit)))
    if scope.value and scope.value not in {value for value, _label in choices}:
        choices.append((scope.value, scope.label))
    return choices
