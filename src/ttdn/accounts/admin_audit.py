"""Audit for writes made in the Django admin (administrators' reference data)."""

from django.contrib import admin

from ttdn.accounts.audit import log_action, snapshot


class AuditedModelAdmin(admin.ModelAdmin):
    """Every create, change and deletion through the admin writes an audit entry."""

    def _action(self, verb: str) -> str:
        return f"{self.model._meta.model_name}.{verb}"

    def save_model(self, request, obj, form, change):
        before = snapshot(type(obj).objects.get(pk=obj.pk)) if change and obj.pk else None
        super().save_model(request, obj, form, change)
        log_action(
            actor=request.user,
            action=self._action("changed" if change else "created"),
            target=obj,
            before=before,
            after=snapshot(obj),
            data={"via": "admin"},
        )

    def _log_deletion(self, request, obj) -> None:
        log_action(
            actor=request.user,
            action=self._action("deleted"),
            target=obj,
            before=snapshot(obj),
            data={"via": "admin"},
        )

    def delete_model(self, request, obj):
        self._log_deletion(request, obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self._log_deletion(request, obj)
        super().delete_queryset(request, queryset)
