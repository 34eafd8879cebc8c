from django.urls import include, path

app_name = "monitoring"

urlpatterns: list = [
    path("", include("ttdn.monitoring.urls_finding")),
    path("", include("ttdn.monitoring.urls_response")),
]
