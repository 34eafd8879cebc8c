from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "ttdn.monitoring"
    label = "monitoring"
    verbose_name = _("Media monitoring")

    def ready(self):
        # finding (decision 0032): index, match topics and label each new article
        from ttdn.monitoring import tasks_finding  # noqa: F401  (registers the schedule)
        from ttdn.monitoring.signals import article_stored
        from ttdn.monitoring.topics import on_article_stored

        article_stored.connect(on_article_stored, dispatch_uid="monitoring.finding")

        # response (decision 0033): the flag rules, after the labels; the response jobs
        from ttdn.monitoring import tasks_response  # noqa: F401  (registers the schedules)
        from ttdn.monitoring.flags import on_article_stored as flag_new_article

        article_stored.connect(flag_new_article, dispatch_uid="monitoring.flags")
