"""The audit labels of report requests and submissions (read by ttdn.audit.registry)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "submissions.rule_saved": _("Reporting rule saved"),
    "submissions.request_created": _("Report requested"),
    "submissions.request_changed": _("Report request changed"),
    "submissions.draft_saved": _("Report draft saved"),
    "submissions.submitted": _("Report submitted"),
    "submissions.accepted": _("Report accepted"),
    "submissions.returned": _("Report returned"),
}
# Snapshot keys that are not model fields.
FIELDS = {
    "rule_steps": _("Reporting chain"),
    "request_recipients": _("Agencies asked to report"),
    "request_steps": _("Deadlines along the reporting chain"),
    "report_files": _("Report files"),
}
