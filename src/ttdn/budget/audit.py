"""The audit labels of budget estimates and spending (read by ttdn.audit.registry)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "budget.estimate_created": _("Budget estimate created"),
    "budget.estimate_changed": _("Budget estimate changed"),
    "budget.line_added": _("Estimate line added"),
    "budget.line_changed": _("Estimate line changed"),
    "budget.line_deleted": _("Estimate line deleted"),
    "budget.submitted": _("Budget estimate submitted for appraisal"),
    "budget.appraised": _("Budget estimate appraised"),
    "budget.approved": _("Budget estimate approved"),
    "budget.returned": _("Budget estimate returned for correction"),
    "budget.revised": _("Budget estimate revision created"),
    "budget.superseded": _("Budget estimate superseded by its revision"),
    "budget.spending_recorded": _("Spending recorded"),
}
# Snapshot keys that are not model fields.
FIELDS = {
    "adjustments": _("Adjusted lines"),
    "total": _("Total"),
    "approved_total": _("Approved total"),
    "over_approved": _("Over the approved amount"),
    "files": _("Files"),
}
