"""Deployment checks of ttdn's own settings, run by ``ttdn check --deploy``."""

from django.conf import settings
from django.core import checks

DEVELOPMENT_SECRET_KEY = "ttdn-development-only-not-for-production"  # noqa: S105


@checks.register(checks.Tags.security, deploy=True)
def check_production_settings(app_configs, **kwargs):
    problems = []
    if settings.SECRET_KEY == DEVELOPMENT_SECRET_KEY:
        problems.append(
            checks.Error(
                "SECRET_KEY is the public development key.",
                hint="Set SECRET_KEY or SECRET_KEY_FILE (docs/operations.md).",
                id="ttdn.E001",
            )
        )
    if getattr(settings, "DEVELOPMENT", False):
        problems.append(
            checks.Warning(
                "TTDN_DEVELOPMENT is on: development conveniences are enabled.",
                hint="Unset TTDN_DEVELOPMENT in production.",
                id="ttdn.W001",
            )
        )
    if not getattr(settings, "SECURE_CSP", None):
        problems.append(
            checks.Warning(
                "No Content-Security-Policy is set (SECURE_CSP).",
                id="ttdn.W002",
            )
        )
    return problems
