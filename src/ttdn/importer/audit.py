"""The audit labels of the importer's writes (read by ttdn.audit.registry)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "import.uploaded": _("Document uploaded for import"),
    "import.confirmed": _("Plan created from an imported document"),
    "import.discarded": _("Import discarded"),
    "import.retried": _("Import queued again"),
    "import.reread": _("Import read again as another kind of document"),
    "import.worker_lost": _("Import failed: the background worker stopped"),
    "import.merged": _("Another file of the upload added to an import's review"),
    "import.separated": _("A file taken out of an import's review"),
    "import.gold_exported": _("Confirmed import written out as a document with its gold"),
}
