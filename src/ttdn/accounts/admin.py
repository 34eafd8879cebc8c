from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from ttdn.accounts.models import Membership, RoleGrant, User
from ttdn.audit.admin import AuditedModelAdmin


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
