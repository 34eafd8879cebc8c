from django.urls import include, path  # noqa: F401

app_name = "monitoring"

urlpatterns: list = [
    path("", include("ttdn.monitoring.urls_response")),
]
