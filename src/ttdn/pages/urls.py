from django.urls import path

from ttdn.pages import views

app_name = "pages"

urlpatterns = [
    path("plans/<int:pk>/", views.plan_detail, name="plan"),
    path("plans/<int:pk>/export.xlsx", views.plan_export, name="plan_export"),
    path("plans/<int:pk>/dashboard/", views.plan_dashboard, name="plan_dashboard"),
    path("tasks/<int:pk>/", views.task_detail, name="task"),
    path("agencies/<int:pk>/", views.agency_detail, name="agency"),
    path("agencies/<int:pk>/indicators/", views.agency_indicators, name="agency_indicators"),
]
