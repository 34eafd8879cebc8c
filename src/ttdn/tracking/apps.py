from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackingConfig(AppConfig):
    name = "ttdn.tracking"
    label = "tracking"
    verbose_name = _("Progress tracking")

    def ready(self) -> None:
        # Tracking owns a task's derived state; plans announce changes of its inputs.
        from ttdn.plans.signals import task_inputs_changed

        task_inputs_changed.connect(_refresh_states, dispatch_uid="tracking.task_states")


def _refresh_states(sender, *, tasks, **kwargs) -> None:
    from ttdn.tracking.services import task_states_refresh

    task_states_refresh(tasks=list(tasks))
