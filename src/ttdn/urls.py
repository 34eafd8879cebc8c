from django.contrib import admin
from django.urls import include, path

from ttdn.api import api_urls
from ttdn.core.views import healthz
from ttdn.pages.views import home

urlpatterns = [
    path("", home, name="home"),
    path("healthz", healthz, name="healthz"),
    path("accounts/", include("ttdn.accounts.urls")),
    path("", include("ttdn.plans.urls")),
    path("", include("ttdn.pages.urls")),
    path("", include("ttdn.tracking.urls")),
    path("imports/", include("ttdn.importer.urls")),
    path("requests/", include("ttdn.submissions.urls")),
    path("reports/", include("ttdn.reports.urls")),
    path("notifications/", include("ttdn.notifications.urls")),
    path("urging/", include("ttdn.urging.urls")),
    path("activities/", include("ttdn.activities.urls")),
    path("budget/", include("ttdn.budget.urls")),
    path("indicators/", include("ttdn.indicators.urls")),
    path("monitoring/", include("ttdn.monitoring.urls")),
    path("api/v1/", api_urls()),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

# A request Django refuses before any view (no valid Host …): JSON under /api/.
handler400 = "ttdn.core.views.bad_request"
