from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "ttdn.monitoring"
    label = "monitoring"
    verbose_name = _("Media monitoring")

    def ready(self) -> None:
        # The flag rules and the response jobs (response's part, docs/decisions/0033).
        from ttdn.monitoring import tasks_response  # noqa: F401  (registers the periodic jobs)
        from ttdn.monitoring.flags import on_article_stored
        from ttdn.monitoring.signals import article_stored

        article_stored.connect(on_article_stored, dispatch_uid="monitoring.flags")
