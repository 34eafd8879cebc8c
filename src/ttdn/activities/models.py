"""The registers of work done: one ``Activity`` table for every dated kind, the published
list of spokespersons, and portal content counted per language and month.

Why one wide table with typed columns (and no table per kind): the counts the indicators
need are a single ``GROUP BY kind, variant, language, month, agency`` over one table, the
lists of every register share one index, and a task's or an agency's page lists every kind
in one query. The columns a kind does not use stay empty. See
docs/decisions/0028-activity-registers.md.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ttdn.attachments.models import Attachment
from ttdn.core.models import TimeStampedModel

# The biggest count an entry may carry (people, copies, articles): far beyond any real
# figure, and well inside every database's integer.
MAX_COUNT = 10_000_000


class Kind(models.TextChoices):
    """The dated registers (the register code is the kind)."""

    PRESS_CONFERENCES = "press_conferences", _("Press conference")
    STATEMENTS = "statements", _("Statement or press release")
    INTERVIEWS = "interviews", _("Interview")
    CORRECTIONS = "corrections", _("Correction request")
    PRESS_BRIEFINGS = "press_briefings", _("Press briefing")
    TRAININGS = "trainings", _("Training course")
    EVENTS = "events", _("Event")
    DELEGATIONS = "delegations", _("Delegation")
    FOREIGN_REPORTERS = "foreign_reporters", _("Foreign reporters' visit")
    PUBLICATIONS = "publications", _("Publication")


class ConferenceKind(models.TextChoices):
    PERIODIC = "periodic", _("Periodic")
    AD_HOC = "ad_hoc", _("Ad hoc")


class StatementKind(models.TextChoices):
    STATEMENT = "statement", _("Spokesperson's statement")
    RELEASE = "release", _("Press release")


class EventKind(models.TextChoices):
    FAIR = "fair", _("Fair")
    EXHIBITION = "exhibition", _("Exhibition")
    CULTURAL = "cultural", _("Cultural exchange")
    SPORTS = "sports", _("Sports exchange")
    ANNIVERSARY = "anniversary", _("Anniversary")
    INVESTMENT = "investment", _("Investment-promotion conference")
    OTHER = "other", _("Other event")


class Direction(models.TextChoices):
    IN = "in", _("Incoming delegation")
    OUT = "out", _("Outgoing delegation")


class PublicationKind(models.TextChoices):
    NEWSLETTER = "newsletter", _("Newsletter issue")
    BROCHURE = "brochure", _("Brochure")
    MAP = "map", _("Map")
    PHOTO_BOOK = "photo_book", _("Photo book")
    VIDEO = "video", _("Video programme")
    RADIO = "radio", _("Radio programme")
    OTHER = "other", _("Other publication")


class VisitStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    APPROVED = "approved", _("Approved")
    DONE = "done", _("Done")


class CorrectionStatus(models.TextChoices):
    SENT = "sent", _("Sent")
    CORRECTED = "corrected", _("Corrected")
    REFUSED = "refused", _("Refused")


class Language(models.TextChoices):
    """ISO 639-1 codes of the languages publications and portal content come in."""

    VI = "vi", _("Vietnamese")
    EN = "en", _("English")
    ZH = "zh", _("Chinese")
    KO = "ko", _("Korean")
    JA = "ja", _("Japanese")
    FR = "fr", _("French")
    RU = "ru", _("Russian")
    LO = "lo", _("Lao")
    KM = "km", _("Khmer")
    TH = "th", _("Thai")
    DE = "de", _("German")
    ES = "es", _("Spanish")


# The sub-kind a register's entries carry in ``Activity.variant`` (its "kind" breakdown);
# a register not listed has none.
VARIANTS: dict[str, type[models.TextChoices]] = {
    Kind.PRESS_CONFERENCES: ConferenceKind,
    Kind.STATEMENTS: StatementKind,
    Kind.EVENTS: EventKind,
    Kind.DELEGATIONS: Direction,
    Kind.PUBLICATIONS: PublicationKind,
}
# The status an entry carries in ``Activity.status``.
STATUSES: dict[str, type[models.TextChoices]] = {
    Kind.FOREIGN_REPORTERS: VisitStatus,
    Kind.CORRECTIONS: CorrectionStatus,
}
# Attendee groups of a training course: (column, key of the "kind" breakdown, label).
ATTENDEE_GROUPS = (
    ("attendees_leaders", "leaders", _("Leaders")),
    ("attendees_spokespersons", "spokespersons", _("Spokespersons")),
    ("attendees_reporters", "reporters", _("Reporters")),
    ("attendees_officials", "officials", _("Officials")),
)


def count_field(label):
    """A non-negative count, empty when not given."""
    return models.PositiveIntegerField(
        label,
        null=True,
        blank=True,
        validators=[MinValueValidator(0, message=_("A number cannot be negative."))],
    )


class ActivityQuerySet(models.QuerySet):
    def of_kind(self, kind: str):
        return self.filter(kind=kind)


class Activity(TimeStampedModel):
    """One entry of a dated register: a press conference, a training course, a delegation …"""

    kind = models.CharField(_("register"), max_length=32, choices=Kind.choices)
    variant = models.CharField(_("kind"), max_length=32, blank=True)
    title = models.CharField(_("title"), max_length=500)
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("recording agency"),
        on_delete=models.PROTECT,
        related_name="activities",
    )
    agencies = models.ManyToManyField(
        "directory.Agency",
        verbose_name=_("other agencies involved"),
        blank=True,
        related_name="involved_activities",
    )
    tasks = models.ManyToManyField(
        "plans.Task", verbose_name=_("tasks"), blank=True, related_name="activities"
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=255, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    confidential = models.BooleanField(
        _("confidential"),
        default=False,
        help_text=_("Only the recording agency and cleared people see it; it is not counted."),
    )

    # --- the kinds' own facts (empty where a kind does not use them) ---
    host = models.CharField(_("host or organiser"), max_length=255, blank=True)
    spokesperson = models.CharField(_("spokesperson"), max_length=255, blank=True)
    outlet = models.CharField(_("media outlet"), max_length=255, blank=True)
    interviewee = models.CharField(_("interviewee"), max_length=255, blank=True)
    country = models.CharField(_("country"), max_length=120, blank=True)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    trainers = models.CharField(_("trainers"), max_length=500, blank=True)
    members = models.TextField(_("members"), blank=True)
    programme = models.TextField(_("programme"), blank=True)
    results = models.TextField(_("results"), blank=True)
    permit_reference = models.CharField(_("permit reference"), max_length=120, blank=True)
    accompanying_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("accompanying agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="accompanied_activities",
    )
    status = models.CharField(_("status"), max_length=16, blank=True)
    abroad = models.BooleanField(_("abroad"), default=False)
    language = models.CharField(_("language"), max_length=8, choices=Language.choices, blank=True)
    distribution = models.TextField(_("distribution"), blank=True)

    outlets_count = count_field(_("outlets"))
    reporters_count = count_field(_("reporters"))
    articles_count = count_field(_("articles resulting"))
    participants_count = count_field(_("participants"))
    members_count = count_field(_("members (number)"))
    attendees_leaders = count_field(_("attendees: leaders"))
    attendees_spokespersons = count_field(_("attendees: spokespersons"))
    attendees_reporters = count_field(_("attendees: reporters"))
    attendees_officials = count_field(_("attendees: officials"))
    copies = count_field(_("copies"))

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    version = models.PositiveIntegerField(_("version"), default=1)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["-start_date", "-id"]
        indexes = [
            models.Index(fields=["kind", "start_date"], name="activity_kind_start_idx"),
            models.Index(fields=["agency", "kind", "start_date"], name="activity_agency_idx"),
            models.Index(fields=["start_date"], name="activity_start_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="activity_dates_in_order",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        variants = VARIANTS.get(self.kind)
        if variants is None:
            if self.variant:
                errors["variant"] = _("This register has no kinds.")
        elif self.variant not in variants.values:
            errors["variant"] = _("Choose a kind.")
        statuses = STATUSES.get(self.kind)
        if statuses is None:
            if self.status:
                errors["status"] = _("This register has no status.")
        elif self.status not in statuses.values:
            errors["status"] = _("Choose a status.")
        if self.kind == Kind.PUBLICATIONS and not self.language:
            errors["language"] = _("Choose the language of this edition.")
        if errors:
            raise ValidationError(errors)

    @property
    def variant_label(self) -> str:
        variants = VARIANTS.get(self.kind)
        return str(variants(self.variant).label) if variants and self.variant else ""

    @property
    def status_label(self) -> str:
        statuses = STATUSES.get(self.kind)
        return str(statuses(self.status).label) if statuses and self.status else ""

    @property
    def attendees(self) -> int:
        return sum(getattr(self, column) or 0 for column, _key, _label in ATTENDEE_GROUPS)

    @property
    def last_day(self):
        return self.end_date or self.start_date


def thumbnail_upload_to(instance: ActivityFile, filename: str) -> str:
    return f"{instance.upload_directory()}/thumbnails/{filename}"


class ActivityFile(Attachment):
    """A file, photo or link attached to an activity; photos get a thumbnail."""

    activity = models.ForeignKey(
        Activity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="files"
    )
    thumbnail = models.FileField(
        _("thumbnail"), upload_to=thumbnail_upload_to, blank=True, max_length=255
    )

    class Meta(Attachment.Meta):
        verbose_name = _("activity file")
        verbose_name_plural = _("activity files")

    def upload_directory(self) -> str:
        return f"activities/{self.activity.agency_id}/{self.activity_id}"

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


class Spokesperson(TimeStampedModel):
    """One person of the published list of spokespersons (Nghị định 09/2017/NĐ-CP)."""

    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="spokespersons",
    )
    name = models.CharField(_("full name"), max_length=255)
    position = models.CharField(_("position"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    appointed_from = models.DateField(_("appointed from"))
    appointed_to = models.DateField(_("appointed until"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    version = models.PositiveIntegerField(_("version"), default=1)

    class Meta:
        verbose_name = _("spokesperson")
        verbose_name_plural = _("spokespersons")
        ordering = ["agency__name", "-appointed_from", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(appointed_to__isnull=True)
                | models.Q(appointed_to__gte=models.F("appointed_from")),
                name="spokesperson_dates_in_order",
                violation_error_message=_("The appointment cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.appointed_to and self.appointed_from and self.appointed_to < self.appointed_from:
            raise ValidationError(
                {"appointed_to": _("The appointment cannot end before it starts.")}
            )

    # The register's generic views read these.
    @property
    def title(self) -> str:
        return self.name

    @property
    def start_date(self):
        return self.appointed_from

    @property
    def confidential(self) -> bool:
        return False


class PortalContent(TimeStampedModel):
    """How many items an agency published on its portal in one language in one month."""

    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="portal_content",
    )
    language = models.CharField(_("language"), max_length=8, choices=Language.choices)
    month = models.DateField(_("month"), help_text=_("The first day of the month"))
    items = models.PositiveIntegerField(
        _("items published"),
        validators=[MinValueValidator(0, message=_("A number cannot be negative."))],
    )
    notes = models.TextField(_("notes"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    version = models.PositiveIntegerField(_("version"), default=1)

    class Meta:
        verbose_name = _("portal content")
        verbose_name_plural = _("portal content")
        ordering = ["-month", "agency__name", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "language", "month"],
                name="portal_content_one_per_month",
                violation_error_message=_(
                    "This agency already has a figure for this language and month."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_language_display()} {self.month:%m/%Y}"

    def clean(self) -> None:
        if self.month and self.month.day != 1:
            self.month = self.month.replace(day=1)

    @property
    def title(self) -> str:
        return str(self)

    @property
    def start_date(self):
        return self.month

    @property
    def confidential(self) -> bool:
        return False
