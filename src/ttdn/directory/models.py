"""Administrative units and the agencies that carry out plans.

Agencies are renamed, merged and abolished; history is kept with validity
dates and successor links so that an old plan still resolves to today's body.
"""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from ttdn.core.models import TimeStampedModel
from ttdn.core.text import clean_text, fold, squash


class UnitLevel(models.TextChoices):
    PROVINCE = "province", _("Province")
    DISTRICT = "district", _("District")
    COMMUNE = "commune", _("Commune")


class AdministrativeUnit(models.Model):
    """A province, (pre-2025) district or commune, with its successors after 07/2025."""

    code = models.CharField(_("code"), max_length=16)
    name = models.CharField(_("name"), max_length=200)
    full_name = models.CharField(_("full name"), max_length=250)
    level = models.CharField(_("level"), max_length=16, choices=UnitLevel.choices)
    division_type = models.CharField(_("division type"), max_length=60, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid until"), null=True, blank=True)
    successors = models.ManyToManyField(
        "self",
        verbose_name=_("successors"),
        symmetrical=False,
        blank=True,
        related_name="predecessors",
    )
    name_folded = models.CharField(max_length=250, db_index=True, editable=False)

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        ordering = ["level", "name"]
        constraints = [
            # One current unit per level and code, and one per code and end date for
            # the pre-2025 generation (SQLite has no NULLS NOT DISTINCT, hence two).
            models.UniqueConstraint(
                fields=["level", "code"],
                condition=models.Q(valid_to__isnull=True),
                name="unit_unique_current_code",
                violation_error_message=_(
                    "An administrative unit with this level and code already exists."
                ),
            ),
            models.UniqueConstraint(
                fields=["level", "code", "valid_to"],
                condition=models.Q(valid_to__isnull=False),
                name="unit_unique_code_per_generation",
                violation_error_message=_(
                    "An administrative unit with this level and code already exists."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.full_name or self.name

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.full_name or self.name)
        super().save(*args, **kwargs)

    @property
    def is_current(self) -> bool:
        return self.valid_to is None or self.valid_to >= datetime.date.today()  # noqa: DTZ011

    @property
    def locality(self) -> str:
        """How the unit is named after an agency's title: "tỉnh Đồng Nai", "huyện Dầu Tiếng"."""
        word = "thành phố" if self.division_type == "thành phố trung ương" else self.division_type
        return f"{word} {self.name}".strip()


class AgencyKind(models.TextChoices):
    PEOPLE_COMMITTEE = "people_committee", _("People's Committee")
    DEPARTMENT = "department", _("Department")
    OFFICE = "office", _("Office")
    PARTY_BOARD = "party_board", _("Party board")
    PRESS = "press", _("Press agency")
    PORTAL = "portal", _("Electronic portal")
    POLICE = "police", _("Police")
    MILITARY = "military", _("Military command")
    MASS_ORGANISATION = "mass_organisation", _("Mass organisation")
    COMMUNE_COMMITTEE = "commune_committee", _("Commune People's Committee")
    STEERING_COMMITTEE = "steering_committee", _("Steering committee")
    CENTRAL = "central", _("Central agency")
    OTHER = "other", _("Other")


def _clean_name(name: str) -> str:
    """A name as stored: one line, NFC, no control or bidirectional characters, single spaces."""
    return squash(clean_text(name, multiline=False))


class AgencyQuerySet(models.QuerySet):
    def current(self, on: datetime.date | None = None):
        on = on or datetime.date.today()  # noqa: DTZ011
        return self.filter(models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=on)).filter(
            models.Q(valid_from__isnull=True) | models.Q(valid_from__lte=on)
        )


class Agency(TimeStampedModel):
    name = models.CharField(_("official name"), max_length=255, unique=True)
    short_name = models.CharField(_("short name"), max_length=120, blank=True)
    kind = models.CharField(
        _("kind"), max_length=32, choices=AgencyKind.choices, default=AgencyKind.DEPARTMENT
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agencies",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid until"), null=True, blank=True)
    name_folded = models.CharField(max_length=255, db_index=True, editable=False)

    objects = AgencyQuerySet.as_manager()

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True)
                | models.Q(valid_from__isnull=True)
                | models.Q(valid_to__gte=models.F("valid_from")),
                name="agency_valid_range",
                violation_error_message=_("The end of validity cannot be before its start."),
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        # Names typed in (the admin) are cleaned like all free text (decision 0016).
        self.name, self.short_name = map(_clean_name, (self.name, self.short_name))

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    def is_valid_on(self, day: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or self.valid_to >= day
        )


class AgencyAlias(models.Model):
    """Another way the agency's name is written: abbreviation, variant, old spelling."""

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="aliases"
    )
    alias = models.CharField(_("alias"), max_length=255)
    alias_folded = models.CharField(max_length=255, db_index=True, editable=False)

    class Meta:
        verbose_name = _("agency alias")
        verbose_name_plural = _("agency aliases")
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "alias"],
                name="agency_alias_unique",
                violation_error_message=_("This alias is already recorded for the agency."),
            )
        ]

    def __str__(self) -> str:
        return self.alias

    def save(self, *args, **kwargs):
        self.alias_folded = fold(self.alias)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.alias = _clean_name(self.alias)


class SuccessionKind(models.TextChoices):
    RENAMED = "renamed", _("Renamed")
    MERGED = "merged", _("Merged into")
    SPLIT = "split", _("Split into")
    DUTIES_TRANSFERRED = "duties_transferred", _("Duties transferred to")
    ABOLISHED = "abolished", _("Abolished; duties taken over by")


class AgencySuccession(models.Model):
    predecessor = models.ForeignKey(
        Agency,
        verbose_name=_("predecessor"),
        on_delete=models.CASCADE,
        related_name="successions_out",
    )
    successor = models.ForeignKey(
        Agency, verbose_name=_("successor"), on_delete=models.CASCADE, related_name="successions_in"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=SuccessionKind.choices)
    effective_date = models.DateField(_("effective date"))
    primary = models.BooleanField(
        _("primary successor"),
        default=False,
        help_text=_(
            "Followed when the agency has several successors: the body that took over "
            "its external-information duties."
        ),
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("agency succession")
        verbose_name_plural = _("agency successions")
        constraints = [
            models.UniqueConstraint(
                fields=["predecessor", "successor"],
                name="agency_succession_unique",
                violation_error_message=_("This succession is already recorded."),
            ),
            models.CheckConstraint(
                condition=~models.Q(predecessor=models.F("successor")),
                name="agency_succession_not_self",
                violation_error_message=_("An agency cannot succeed itself."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor}"
