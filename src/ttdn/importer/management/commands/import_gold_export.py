"""``ttdn import-gold-export DIRECTORY [--since dd/mm/yyyy] [--include-internal]``: the
confirmed imports as documents with gold, for measuring and training the reader on what
a deployment's offices upload.

Each confirmed import becomes two files in ``DIRECTORY``, as the project's corpus of real
documents keeps them (``tests/fixtures/importer/real/README.md``): the file as uploaded
(its text as read when the file is gone) and ``<name>.gold.json``, what the reviewer
confirmed in the importer's contract. Tasks added from another file of the upload are left
out of the gold (they are not in this file); ``parts`` names those files.

Only the imports of public plans leave by default; internal ones with
``--include-internal``; those of a plan restricted to named agencies never. Every export is
audited on the import. ``benchmarks/importer.py --real --corpus DIRECTORY`` scores the
reader on them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from ttdn.audit.services import log_action
from ttdn.core.management import date_argument
from ttdn.importer.result import ExtractionResult
from ttdn.importer.selectors import reviewed_imports_to_export


def gold_of(job, reviewed: ExtractionResult, file_name: str) -> dict:
    """What the reviewer confirmed, as a corpus gold file for ``file_name``."""
    gold = reviewed.contract()
    del gold["warnings"]
    gold["tasks"] = [
        task for task, read in zip(gold["tasks"], reviewed.tasks, strict=True) if not read.part
    ]
    gold.update(
        {
            "file": file_name,
            "source": "review",
            "held_out": False,
            "kind": job.kind or gold["doc_type"],
            "reviewed_on": job.updated_at.date().isoformat(),
            "parts": [p.get("file") for p in reviewed.parts],
        }
    )
    return gold


def _copy_original(job, folder: Path, stem: str) -> str | None:
    """The uploaded file copied into ``folder`` as ``stem`` + its extension; its name, or
    None when the file is no longer stored."""
    if not job.file:
        return None
    storage = job.file.storage
    if not storage.exists(job.file.name):
        return None
    name = stem + Path(job.original_name or job.file.name).suffix.lower()
    with storage.open(job.file.name, "rb") as source, (folder / name).open("wb") as target:
        shutil.copyfileobj(source, target)
    return name


class Command(BaseCommand):
    help = "Write the confirmed imports as documents with gold, to measure the reader on them."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument(
            "--since", type=date_argument, help="confirmed on or after (dd/mm/yyyy)"
        )
        parser.add_argument(
            "--include-internal",
            action="store_true",
            help="also the imports of internal plans (never those restricted to named agencies)",
        )

    def handle(self, *_args, **options):
        folder: Path = options["directory"]
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CommandError(
                _("Cannot write to “%(folder)s”: %(error)s") % {"folder": folder, "error": error}
            ) from error
        written = 0
        jobs = reviewed_imports_to_export(options.get("since"), options["include_internal"])
        for job in jobs.iterator(chunk_size=50):
            reviewed = ExtractionResult.from_dict(job.reviewed)
            stem = f"review_{job.updated_at:%Y%m%d}_{str(job.pk)[:8]}"
            name = _copy_original(job, folder, stem)
            if name is None:  # the text as read (the reviewed result keeps none)
                name = f"{stem}.txt"
                (folder / name).write_text(job.result.get("text") or "", encoding="utf-8")
            gold = gold_of(job, reviewed, name)
            (folder / f"{stem}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            with transaction.atomic():
                log_action(
                    actor=None,
                    action="import.gold_exported",
                    target=job,
                    scopes=[job.plan],
                    data={"file": name, "directory": str(folder.resolve())},
                )
            written += 1
        self.stdout.write(
            _("%(n)d confirmed imports written to %(folder)s.") % {"n": written, "folder": folder}
        )
