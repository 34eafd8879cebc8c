"""The trail in the Django admin (read-only), and audit for writes made in the admin."""

from django.contrib import admin

from ttdn.audit.models import AuditEntry, AuditScope
from ttdn.audit.services import log_action, snapshot


class AuditScopeInline(admin.TabularInline):
    model = AuditScope
    fields = ["object_type", "object_id"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["at", "actor", "action", "target_repr"]
    list_filter = ["action"]
    search_fields = ["target_repr", "action"]
    list_select_related = ["actor"]
    readonly_fields = [f.name for f in AuditEntry._meta.fields]
    inlines = [AuditScopeInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class AuditedModelAdmin(admin.ModelAdmin):
    """Every create, change and deletion through the admin writes an audit entry."""

    def _action(self, verb: str, model=None) -> str:
        """``<model>.<verb>``: read as "<model's name>: created" (``AuditEntry.action_label``)."""
        return f"{(model or self.model)._meta.model_name}.{verb}"

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

    def save_formset(self, request, form, formset, change):
        """Inline rows (a user's memberships and roles, an agency's aliases) are audited
        one by one, as their own objects, and filed under the object they were edited
        under, so that its history shows them."""
        data, parent, model = {"via": "admin"}, [form.instance], formset.model
        for obj in [f.instance for f in formset.deleted_forms if f.instance.pk]:
            log_action(
                actor=request.user,
                action=self._action("deleted", model),
                target=obj,
                before=snapshot(obj),
                data=data,
                scopes=parent,
            )
        changed = [f.instance.pk for f in formset.initial_forms if f.has_changed()]
        before = {o.pk: snapshot(o) for o in model._default_manager.filter(pk__in=changed)}
        super().save_formset(request, form, formset, change)
        for obj in formset.new_objects:
            log_action(
                actor=request.user,
                action=self._action("created", model),
                target=obj,
                after=snapshot(obj),
                data=data,
                scopes=parent,
            )
        for obj, _fields in formset.changed_objects:
            log_action(
                actor=request.user,
                action=self._action("changed", model),
                target=obj,
                before=before.get(obj.pk),
                after=snapshot(obj),
                data=data,
                scopes=parent,
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
