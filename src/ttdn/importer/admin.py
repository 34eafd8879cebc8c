from django.contrib import admin

from ttdn.audit.admin import AuditedModelAdmin
from ttdn.audit.services import log_action, snapshot
from ttdn.importer.models import ImportJob

# The audit entry of a deletion: the job without its (possibly very long) extraction.
_AUDIT_FIELDS = [
    "id",
    "batch",
    "created_by",
    "original_name",
    "file",
    "size",
    "sha256",
    "status",
    "error_code",
    "plan",
    "created_at",
]


@admin.register(ImportJob)
class ImportJobAdmin(AuditedModelAdmin):
    """Read-only: imports are made and changed only through the import pages."""

    list_display = ["original_name", "status", "created_by", "created_at", "plan"]
    list_filter = ["status"]
    search_fields = ["original_name", "sha256"]
    date_hierarchy = "created_at"
    list_select_related = ["created_by", "plan"]
    exclude = ["result", "reviewed", "lease_token"]
    readonly_fields = [f for f in _AUDIT_FIELDS if f != "id"] + [
        "progress",
        "progress_label",
        "error_message",
        "finished_at",
        "attempts",
        "queued_at",
        "lease_expires_at",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def _log_deletion(self, request, obj) -> None:
        # As AuditedModelAdmin does, but without the (possibly very long) extraction.
        log_action(
            actor=request.user,
            action=self._action("deleted"),
            target=obj,
            before=snapshot(obj, _AUDIT_FIELDS),
            data={"via": "admin"},
        )
