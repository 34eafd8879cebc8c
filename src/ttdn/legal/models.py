from django.db import models
from django.utils.translation import gettext_lazy as _

from ttdn.core.models import TimeStampedModel


class LegalKind(models.TextChoices):
    LAW = "law", _("Law")
    DECREE = "decree", _("Decree")
    CIRCULAR = "circular", _("Circular")
    DECISION = "decision", _("Decision")
    DIRECTIVE = "directive", _("Directive")
    CONCLUSION = "conclusion", _("Conclusion")
    RESOLUTION = "resolution", _("Resolution")
    OFFICIAL_LETTER = "official_letter", _("Official letter")
    PLAN = "plan", _("Plan")
    NOTICE = "notice", _("Notice")
    GUIDANCE = "guidance", _("Guidance")
    OTHER = "other", _("Other")


class LegalDocument(TimeStampedModel):
    """A legal or administrative document cited as a basis, e.g. Nghị định 72/2015/NĐ-CP."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=LegalKind.choices, default=LegalKind.OTHER
    )
    identifier = models.CharField(
        _("number and symbol"), max_length=80, unique=True, help_text=_("For example 72/2015/NĐ-CP")
    )
    issued_date = models.DateField(_("date of issue"), null=True, blank=True)
    issuer = models.CharField(_("issuer"), max_length=255, blank=True)
    title = models.TextField(_("title"), blank=True)

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        ordering = ["-issued_date", "identifier"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.identifier}"
