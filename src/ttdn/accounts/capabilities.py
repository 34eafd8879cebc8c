"""What a user may do, asked by name: ``has_capability(user, MANAGE_PLANS)``.

Roles are bundles of capabilities (:data:`ROLE_CAPABILITIES`); code and templates ask
for a capability, never for a role. A user holds their main role (``User.role``) and any
additional roles (:class:`~ttdn.accounts.models.RoleGrant`); their capabilities are the
union. Superusers hold every capability, anonymous visitors none.

Capabilities say *what kind* of thing a user may do; *which* objects is the business of
each aggregate's access module (``plans.access``, ``tracking.access``, ``importer.access``),
which combine capabilities with agency membership. See docs/decisions/0010-capabilities.md.
"""

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from ttdn.accounts.models import Role, RoleGrant

MANAGE_PLANS = "plans.manage"
SEE_ALL_PLANS = "plans.see_all"
REPORT_PROGRESS = "progress.report"
REVIEW_PROGRESS = "progress.review"
IMPORT_PLANS = "imports.create"
ADMINISTER_IMPORTS = "imports.administer"
ADMINISTER_USERS = "users.administer"
REVIEW_BUDGET = "budget.review"
APPROVE_BUDGET = "budget.approve"
SEE_ALL_BUDGETS = "budget.see_all"
MONITOR_MEDIA = "media.monitor"
MANAGE_MEDIA_SOURCES = "media.sources"
RESPOND_TO_MEDIA = "media.respond"
READ_SUMMARY_REPORTS = "reports.read"
WRITE_SUMMARY_REPORTS = "reports.write"
URGE_AGENCIES = "urging.urge"
RECEIVE_ESCALATIONS = "urging.escalations"
REQUEST_REPORTS = "submissions.request"
SEE_REPORT_REQUESTS = "submissions.see"
RECORD_ACTIVITIES = "activities.record"
READ_ACTIVITIES = "activities.read"
SEE_CONFIDENTIAL_ACTIVITIES = "activities.confidential"

LABELS = {
    MANAGE_PLANS: _("Create and change plans and tasks"),
    SEE_ALL_PLANS: _("See every plan, restricted ones included"),
    REPORT_PROGRESS: _("Report progress for one's own agencies"),
    REVIEW_PROGRESS: _("Review reported progress"),
    IMPORT_PLANS: _("Import plans from documents"),
    ADMINISTER_IMPORTS: _("See and handle everyone's imports"),
    ADMINISTER_USERS: _("Administer users and their roles"),
    REVIEW_BUDGET: _("Review budgets"),
    APPROVE_BUDGET: _("Approve or return appraised budget estimates"),
    SEE_ALL_BUDGETS: _("See every agency's budget estimates and spending"),
    MONITOR_MEDIA: _("Monitor the media"),
    MANAGE_MEDIA_SOURCES: _("Manage the monitored media sources"),
    RESPOND_TO_MEDIA: _("Act on flagged stories and respond to the media"),
    READ_SUMMARY_REPORTS: _("Read the province's summary reports"),
    WRITE_SUMMARY_REPORTS: _("Draft and issue the province's summary reports"),
    URGE_AGENCIES: _("Urge agencies: urging letters, reminder settings, failed e-mails"),
    RECEIVE_ESCALATIONS: _("Receive escalations of late tasks"),
    REQUEST_REPORTS: _("Request reports from agencies and review them"),
    SEE_REPORT_REQUESTS: _("See report requests"),
    RECORD_ACTIVITIES: _("Record activities for one's own agencies"),
    READ_ACTIVITIES: _("See every agency's activities"),
    SEE_CONFIDENTIAL_ACTIVITIES: _("See confidential activities of every agency"),
}
ALL_CAPABILITIES = frozenset(LABELS)

# Template names: ``{% if caps.review_progress %}`` asks for REVIEW_PROGRESS.
BY_NAME = {
    "manage_plans": MANAGE_PLANS,
    "see_all_plans": SEE_ALL_PLANS,
    "report_progress": REPORT_PROGRESS,
    "review_progress": REVIEW_PROGRESS,
    "import_plans": IMPORT_PLANS,
    "administer_imports": ADMINISTER_IMPORTS,
    "administer_users": ADMINISTER_USERS,
    "review_budget": REVIEW_BUDGET,
    "approve_budget": APPROVE_BUDGET,
    "see_all_budgets": SEE_ALL_BUDGETS,
    "monitor_media": MONITOR_MEDIA,
    "manage_media_sources": MANAGE_MEDIA_SOURCES,
    "respond_to_media": RESPOND_TO_MEDIA,
    "read_summary_reports": READ_SUMMARY_REPORTS,
    "write_summary_reports": WRITE_SUMMARY_REPORTS,
    "urge_agencies": URGE_AGENCIES,
    "receive_escalations": RECEIVE_ESCALATIONS,
    "request_reports": REQUEST_REPORTS,
    "see_report_requests": SEE_REPORT_REQUESTS,
    "record_activities": RECORD_ACTIVITIES,
    "read_activities": READ_ACTIVITIES,
    "see_confidential_activities": SEE_CONFIDENTIAL_ACTIVITIES,
}

_COORDINATION = frozenset(
    {
        MANAGE_PLANS,
        SEE_ALL_PLANS,
        REVIEW_PROGRESS,
        IMPORT_PLANS,
        REPORT_PROGRESS,
        READ_SUMMARY_REPORTS,
        WRITE_SUMMARY_REPORTS,
        REQUEST_REPORTS,
        SEE_REPORT_REQUESTS,
        URGE_AGENCIES,
        SEE_ALL_BUDGETS,
        RECORD_ACTIVITIES,
        READ_ACTIVITIES,
        SEE_CONFIDENTIAL_ACTIVITIES,
        MONITOR_MEDIA,
        MANAGE_MEDIA_SOURCES,
        RESPOND_TO_MEDIA,
    }
)
# The one table: role → what it grants. Reporting also needs membership of an agency
# assigned to the task (plans.access.reporting_agency_ids), whatever the role.
ROLE_CAPABILITIES: dict[str, frozenset[str]] = {
    Role.COORDINATOR: _COORDINATION,
    Role.OFFICER: frozenset({REPORT_PROGRESS, SEE_REPORT_REQUESTS, RECORD_ACTIVITIES}),
    Role.LEADER: frozenset(
        {
            SEE_ALL_PLANS,
            REPORT_PROGRESS,
            SEE_REPORT_REQUESTS,
            READ_SUMMARY_REPORTS,
            RECEIVE_ESCALATIONS,
            APPROVE_BUDGET,
            SEE_ALL_BUDGETS,
            READ_ACTIVITIES,
            SEE_CONFIDENTIAL_ACTIVITIES,
            MONITOR_MEDIA,
        }
    ),
    Role.FINANCE: frozenset(
        {REPORT_PROGRESS, REVIEW_BUDGET, SEE_REPORT_REQUESTS, RECORD_ACTIVITIES}
    ),
    Role.PRESS: frozenset(
        {
            REPORT_PROGRESS,
            MONITOR_MEDIA,
            MANAGE_MEDIA_SOURCES,
            RESPOND_TO_MEDIA,
            SEE_REPORT_REQUESTS,
            RECORD_ACTIVITIES,
            READ_ACTIVITIES,
        }
    ),
    Role.ADMINISTRATOR: _COORDINATION | {ADMINISTER_IMPORTS, ADMINISTER_USERS},
}


def _check(capability: str) -> None:
    if capability not in ALL_CAPABILITIES:
        raise ValueError(f"Unknown capability {capability!r}")


def _signed_in(user) -> bool:
    return bool(getattr(user, "is_authenticated", False))


def _grants(user) -> list[tuple[str, int | None]]:
    """(role, agency id or None) of the user's additional roles, cached on the instance."""
    cached = getattr(user, "_role_grants", None)
    if cached is None:
        cached = list(user.role_grants.values_list("role", "agency_id"))
        user._role_grants = cached
    return cached


def user_roles(user) -> frozenset[str]:
    """Every role ``user`` holds (the main one and the additional ones, for any agency)."""
    if not _signed_in(user):
        return frozenset()
    return frozenset({user.role, *(role for role, _agency in _grants(user))})


def user_capabilities(user) -> frozenset[str]:
    """Everything ``user`` may do somewhere (cached on the instance, so once a request)."""
    if not _signed_in(user):
        return frozenset()
    cached = getattr(user, "_capabilities", None)
    if cached is None:
        if user.is_superuser:
            cached = ALL_CAPABILITIES
        else:
            cached = frozenset().union(
                *(ROLE_CAPABILITIES.get(role, frozenset()) for role in user_roles(user))
            )
        user._capabilities = cached
    return cached


def has_capability(user, capability: str) -> bool:
    """Whether ``user`` holds ``capability`` (for at least one agency, if it is per agency)."""
    _check(capability)
    if not _signed_in(user):
        return False
    if user.is_superuser or capability in ROLE_CAPABILITIES.get(user.role, ()):
        return True  # known without reading the additional roles
    return capability in user_capabilities(user)


def capability_agency_ids(user, capability: str) -> frozenset[int] | None:
    """The agencies for which ``user`` holds ``capability``: ``None`` means everywhere,
    an empty set nowhere. For per-agency roles such as an agency's finance reviewer."""
    _check(capability)
    if not _signed_in(user):
        return frozenset()
    if user.is_superuser or capability in ROLE_CAPABILITIES.get(user.role, ()):
        return None
    agencies = set()
    for role, agency_id in _grants(user):
        if capability in ROLE_CAPABILITIES.get(role, ()):
            if agency_id is None:
                return None
            agencies.add(agency_id)
    return frozenset(agencies)


def users_with_capability_q(capability: str):
    """The condition on User rows of the active people who hold ``capability`` everywhere
    (through their main role or an additional role for every agency); superusers are left
    out: they hold everything, but are not meant to be told everything."""
    _check(capability)
    roles = [role for role, granted in ROLE_CAPABILITIES.items() if capability in granted]
    grants = RoleGrant.objects.filter(user_id=OuterRef("pk"), role__in=roles, agency__isnull=True)
    return Q(is_active=True) & (Q(role__in=roles) | Exists(grants))


class Capabilities:
    """Attribute access for templates: ``caps.review_progress``. Computed on first use;
    an unknown name is an error, not a silently hidden menu item."""

    def __init__(self, user):
        self._user = user

    def __getitem__(self, name: str) -> bool:
        try:
            capability = BY_NAME[name]
        except KeyError:
            raise UnknownCapability(name) from None
        return has_capability(self._user, capability)

    def __getattr__(self, name: str) -> bool:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def __contains__(self, capability: str) -> bool:
        return capability in user_capabilities(self._user)


class UnknownCapability(LookupError):
    """A template asked for a capability that does not exist (not a KeyError, so Django's
    template engine does not swallow it)."""
