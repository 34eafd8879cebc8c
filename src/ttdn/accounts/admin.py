from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from ttdn.accounts import services
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
    actions = ["unlock_login"]

    @admin.action(description=_("Unlock login (forget failed attempts)"), permissions=["change"])
    def unlock_login(self, request, queryset):
        """Lift the lockouts of the chosen users (login throttling, decision 0015)."""
        unlocked = [
            user for user in queryset if services.login_unlock(actor=request.user, user=user)
        ]
        if unlocked:
            names = ", ".join(user.get_username() for user in unlocked)
            self.message_user(
                request, _("Login unlocked for: {names}.").format(names=names), messages.SUCCESS
            )
        else:
            self.message_user(
                request, _("None of these users had failed logins to forget."), messages.INFO
            )
