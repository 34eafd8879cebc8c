"""The audit labels of the summary reports' writes (read by ttdn.audit.registry)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "reports.created": _("Summary report started"),
    "reports.updated": _("Summary report edited"),
    "reports.issued": _("Summary report issued"),
}
FIELDS = {
    "issued_version": _("Issued version"),
    "document_number": _("Number and symbol"),
}
