from django.urls import include, path

app_name = "monitoring"

# Each part of monitoring has its own urls module (decision 0031): one line each.
urlpatterns: list = [
    path("", include("ttdn.monitoring.urls_sources")),
    path("", include("ttdn.monitoring.urls_finding")),
    path("", include("ttdn.monitoring.urls_response")),
]
