"""Background work of finding (decision 0032): training the classifier.

``train_classifier`` (a ``django.tasks`` task) is what the classifier page enqueues;
``retrain_classifier`` runs it nightly on the schedule ``monitoring.train_classifier``
so that the day's corrections are learnt. Imported by ``MonitoringConfig.ready`` so that
huey registers the periodic job (its autodiscovery only reads ``tasks`` modules).
"""

from django.contrib.auth import get_user_model
from django.tasks import task
from huey.contrib.djhuey import db_periodic_task

from ttdn.core.schedules import schedule


@task
def train_classifier(actor_id: int | None = None) -> int:
    """Train on the starter set and every correction; returns the new model's id."""
    from ttdn.monitoring.classify import classifier_train

    actor = get_user_model().objects.filter(pk=actor_id).first() if actor_id else None
    return classifier_train(actor=actor).pk


@db_periodic_task(schedule("monitoring.train_classifier"))
def retrain_classifier() -> int:
    from ttdn.monitoring.classify import classifier_train

    return classifier_train().pk
