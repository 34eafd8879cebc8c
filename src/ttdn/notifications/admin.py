from django.contrib import admin

from ttdn.notifications.models import Delivery, Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["title", "recipient", "kind", "created_at", "read_at"]
    list_filter = ["kind"]
    search_fields = ["title", "event_key", "recipient__username"]
    raw_id_fields = ["recipient"]
    readonly_fields = ["event_key", "batch", "created_at"]


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["address", "status", "attempts", "next_attempt_at", "sent_at"]
    list_filter = ["status", "channel"]
    search_fields = ["address"]
    raw_id_fields = ["notification"]
    readonly_fields = ["attempts", "last_error", "sent_at", "created_at"]
