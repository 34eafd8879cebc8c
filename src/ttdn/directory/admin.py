from django.contrib import admin

from ttdn.audit.admin import AuditedModelAdmin
from ttdn.directory.models import AdministrativeUnit, Agency, AgencyAlias, AgencySuccession


class AliasInline(admin.TabularInline):
    model = AgencyAlias
    extra = 1


class SuccessionInline(admin.TabularInline):
    model = AgencySuccession
    fk_name = "predecessor"
    extra = 0
    autocomplete_fields = ["successor"]


@admin.register(Agency)
class AgencyAdmin(AuditedModelAdmin):
    list_display = ["name", "short_name", "kind", "unit", "valid_from", "valid_to"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name", "name_folded", "aliases__alias"]
    autocomplete_fields = ["unit", "parent"]
    inlines = [AliasInline, SuccessionInline]


@admin.register(AdministrativeUnit)
class AdministrativeUnitAdmin(AuditedModelAdmin):
    list_display = ["full_name", "level", "code", "valid_to"]
    list_filter = ["level"]
    search_fields = ["name", "full_name", "name_folded", "code"]
    autocomplete_fields = ["parent"]
