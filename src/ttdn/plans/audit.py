"""The audit labels of plans' writes (read by ttdn.audit.registry)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "plan.created": _("Plan created"),
    "plan.changed": _("Plan changed"),
    "plan.status_changed": _("Plan status changed"),
    "plan.legal_bases_changed": _("Legal bases changed"),
    "plan.deleted": _("Plan deleted"),
    "task.created": _("Task created"),
    "task.changed": _("Task changed"),
    "task.deleted": _("Task deleted"),
}
# Snapshot keys that are not fields of Plan or Task.
FIELDS = {
    "leads": _("Lead agencies"),
    "coordinating": _("Coordinating agencies"),
    "legal_bases": _("Legal bases"),
}
