"""Background work for tracking. Tasks take IDs, load rows and call plain functions."""

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from ttdn.tracking.models import ProgressUpdate, ReviewState


@task
def notify_review_decision(update_id: int) -> int:
    """E-mail the officer who submitted an update that it was accepted or returned.

    Returns the number of messages sent (0 when there is nobody to tell).
    """
    update = (
        ProgressUpdate.objects.select_related("task", "task__plan", "submitted_by", "agency")
        .filter(pk=update_id)
        .first()
    )
    if update is None or update.review_state == ReviewState.SUBMITTED:
        return 0
    user = update.submitted_by
    if user is None or not user.email:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        if update.review_state == ReviewState.ACCEPTED:
            subject = _("Your progress report was accepted")
        else:
            subject = _("Your progress report was returned")
        body = _(
            "Task: {task}\nPlan: {plan}\nAgency: {agency}\nDecision: {decision}\nComment: {comment}\n\n{url}"
        ).format(
            task=update.task.text[:300],
            plan=update.task.plan,
            agency=update.agency,
            decision=update.get_review_state_display(),
            comment=update.review_comment or "—",
            url=settings.TTDN_BASE_URL + reverse("pages:task", args=[update.task_id]),
        )
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
