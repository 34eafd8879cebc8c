"""``ttdn import-accuracy [--since dd/mm/yyyy] [--json]``: how well the importer read the
documents users uploaded, measured against what their reviewers confirmed.

Every confirmed import keeps what was read and what the reviewer confirmed; each field read
counts right when the reviewer left it as read, and tasks match as the real corpus's scorer
matches them (:mod:`ttdn.importer.scoring`). Only figures are printed, never a document's
content. Suggestions offered and added, and tasks typed by hand, say what the reader missed.
"""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from ttdn.core.management import date_argument
from ttdn.importer.result import ExtractionResult
from ttdn.importer.scoring import METADATA_FIELDS, reviewed_summary
from ttdn.importer.selectors import reviewed_imports


class Command(BaseCommand):
    help = "How well the importer read the documents users uploaded, against their reviews."

    def add_arguments(self, parser):
        parser.add_argument(
            "--since", type=date_argument, help="confirmed on or after (dd/mm/yyyy)"
        )
        parser.add_argument("--json", action="store_true", help="print the figures as JSON")

    def handle(self, *_args, **options):
        pairs = (
            (ExtractionResult.from_dict(job.result), ExtractionResult.from_dict(job.reviewed))
            for job in reviewed_imports(options.get("since")).iterator(chunk_size=100)
        )
        found = reviewed_summary(pairs)
        s = found.summary
        figures = {
            "imports": found.imports,
            "fields": {name: round(s.field_accuracy[name], 3) for name in METADATA_FIELDS}
            if s
            else {},
            "tasks": {
                "precision": round(s.precision, 3),
                "recall": round(s.recall, 3),
                "f1": round(s.f1, 3),
                "lead": round(s.lead, 3),
            }
            if s
            else {},
            "suggestions_offered": found.suggestions_offered,
            "suggestions_added": found.suggestions_added,
            "tasks_added_by_hand": found.tasks_added_by_hand,
        }
        if options["json"]:
            self.stdout.write(json.dumps(figures, ensure_ascii=False))
            return
        if not s:
            self.stdout.write(_("No confirmed import to measure yet."))
            return
        self.stdout.write(_("Confirmed imports measured: %(n)d") % {"n": found.imports})
        for name in METADATA_FIELDS:
            self.stdout.write(f"  {name:16} {s.field_accuracy[name]:.2f}")
        self.stdout.write(
            _(
                "Tasks kept as read: precision %(p).2f, recall %(r).2f, F1 %(f).2f; "
                "lead agencies right on %(lead).2f of the tasks kept."
            )
            % {"p": s.precision, "r": s.recall, "f": s.f1, "lead": s.lead}
        )
        self.stdout.write(
            _(
                "Suggested sentences: %(offered)d offered, %(added)d added by reviewers; "
                "%(manual)d tasks typed by hand."
            )
            % {
                "offered": found.suggestions_offered,
                "added": found.suggestions_added,
                "manual": found.tasks_added_by_hand,
            }
        )
