"""The audit labels of tracking's writes (read by ttdn.audit.registry)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "progress.submitted": _("Progress reported"),
    "progress.accepted": _("Progress report accepted"),
    "progress.returned": _("Progress report returned"),
}
# A progress report's snapshot lists its evidence (a reverse relation, not a field).
FIELDS = {
    "evidence": _("Evidence"),
}
