from django.urls import path

from ttdn.urging import views

app_name = "urging"

urlpatterns = [
    path("", views.urging_index, name="index"),
    path("calendar/", views.calendar_mine, name="calendar"),
    path("calendar/agency/<int:pk>/", views.calendar_agency, name="calendar_agency"),
    path("calendar/link/", views.calendar_token, name="calendar_token"),
    path("calendar/feed/<str:token>.ics", views.calendar_feed, name="feed"),
    path("plans/<int:pk>/reminders/", views.reminder_settings, name="reminders"),
    path("plans/<int:pk>/letter/", views.urging_letter, name="letter"),
]
