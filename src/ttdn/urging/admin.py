from django.contrib import admin

from ttdn.urging.models import SweepRun


@admin.register(SweepRun)
class SweepRunAdmin(admin.ModelAdmin):
    list_display = ["day", "started_at", "tasks_considered", "events", "notifications_created"]
    readonly_fields = [
        "day",
        "started_at",
        "finished_at",
        "tasks_considered",
        "events",
        "notifications_created",
        "summary",
    ]

    def has_add_permission(self, request) -> bool:
        return False
