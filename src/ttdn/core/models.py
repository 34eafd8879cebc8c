from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class SearchEntry(models.Model):
    """One searchable text per (kind, object_id); see ttdn.core.search and ADR 0002.

    ``body`` keeps the (NFC, capped) original text; ``body_folded`` is the
    diacritic-free, lower-case, punctuation-free token stream that both search
    engines index (SQLite FTS5 table ``core_searchentry_fts``, PostgreSQL GIN
    expression index), created by migration 0002.
    """

    kind = models.CharField(_("kind"), max_length=32)
    object_id = models.BigIntegerField(_("object id"))
    body = models.TextField(_("text"))
    body_folded = models.TextField(_("folded text"))
    # The province the object belongs to (its plan's unit, up to the province), or None
    # for the whole country: searches confined to a province read only its entries
    # (PostgreSQL: one GIN index over (partition, body_tsv), migration 0003).
    partition = models.BigIntegerField(_("partition"), null=True, blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id"], name="core_searchentry_kind_object_uniq"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.object_id}"
