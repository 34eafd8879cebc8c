"""URLconf for the health check tests (the project URLconf is wired elsewhere)."""

from django.urls import path

from ttdn.core.views import healthz

urlpatterns = [path("healthz", healthz, name="healthz")]
