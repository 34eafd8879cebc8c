from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from ttdn.accounts.admin_audit import AuditedModelAdmin
from ttdn.accounts.models import AuditEntry, Membership, RoleGrant, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["agency"]


class RoleGrantInline(admin.TabularInline):
    model = RoleGrant
    extra = 0
    autocomplete_fields = ["agency"]
    fields = ["role", "agency"]


@admin.register(User)
class UserAdmin(AuditedModelAdmin, BaseUserAdmin):
    list_display = ["username", "full_name", "email", "role", "is_active"]
    list_filter = ["role", "role_grants__role", "is_active"]
    search_fields = ["username", "full_name", "email"]
    inlines = [MembershipInline, RoleGrantInline]
    fieldsets = (*BaseUserAdmin.fieldsets, (_("Role in ttdn"), {"fields": ["role", "full_name"]}))


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["at", "actor", "action", "target_repr"]
    list_filter = ["action"]
    search_fields = ["target_repr", "action"]
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
