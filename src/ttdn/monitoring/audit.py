"""The audit labels of monitoring (read by ttdn.audit.registry)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "monitoring.source_created": _("Media source added"),
    "monitoring.source_changed": _("Media source changed"),
    "monitoring.source_deleted": _("Media source deleted"),
    "monitoring.source_fetch_requested": _("Media source fetch requested"),
    # Flags and responses (response's part).
    "monitoring.flag_raised": _("Story flagged for review"),
    "monitoring.flag_dismissed": _("Flag dismissed"),
    "monitoring.assessment_set": _("Story's tone and locality corrected"),
    "monitoring.response_opened": _("Media response opened"),
    "monitoring.response_changed": _("Media response changed"),
    "monitoring.response_moved": _("Media response status changed"),
    "monitoring.letter_generated": _("Correction request letter produced"),
    "monitoring.digest_frequency_set": _("Monitoring digest e-mails chosen"),
}
FIELDS = {
    "feed_urls": _("feed addresses"),
    "dismissed_reason": _("reason for dismissing"),
}
# finding (decision 0032): monitored topics, label corrections, classifier training
ACTIONS.update(
    {
        "monitoring.topic_created": _("Monitored topic created"),
        "monitoring.topic_changed": _("Monitored topic changed"),
        "monitoring.topic_deleted": _("Monitored topic deleted"),
        "monitoring.labels_corrected": _("Article labels corrected"),
        "monitoring.classifier_trained": _("Classifier trained"),
    }
)
FIELDS.update(
    {
        "languages": _("languages"),
        "countries": _("countries"),
        "kinds": _("source kinds"),
    }
)
