"""``ttdn import-plan PATH [PATH…] [--dry-run] [--json]``: read plan documents.

With ``--json`` it prints one JSON object per file, one per line, in the stable contract
of the import issue (see :meth:`ttdn.importer.result.ExtractionResult.contract`). A file
that cannot be read gives ``{"file": …, "error": …, "code": …}``; the other files still
go through and the exit status is 1. Without ``--dry-run`` each plan is created in draft
status (one transaction per file) on behalf of ``--user`` (default: the first active
superuser).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ttdn.documents.source import ReadError
from ttdn.importer.pipeline import analyse_file

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Read plan documents (Word, PDF, scans, web pages, text) and import them as draft plans."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files to read")
        parser.add_argument("--dry-run", action="store_true", help="only print what was read")
        parser.add_argument("--json", action="store_true", help="print one JSON object per file")
        parser.add_argument("--user", help="username of the coordinator the plans are created for")

    def handle(self, *_args, **options):
        dry_run = options["dry_run"]
        actor = None if dry_run else self._actor(options.get("user"))
        failures = 0
        for raw in options["paths"]:
            outcome = self._one(Path(raw), actor=actor, dry_run=dry_run)
            failures += "error" in outcome
            self._print(outcome, as_json=options["json"])
        if failures:
            self.stdout.flush()
            raise SystemExit(1)

    def _one(self, path: Path, *, actor, dry_run: bool) -> dict:
        name = path.name
        if not path.is_file():
            return {
                "file": name,
                "error": _("“%(name)s” does not exist or is not a file.") % {"name": name},
                "code": "missing",
            }
        try:
            result = analyse_file(path, name=name)
        except ReadError as error:
            return {"file": name, "error": error.message, "code": error.code}
        except Exception:  # noqa: BLE001 - one bad file must not stop the others
            logger.exception("Unexpected error while importing %s", path)
            message = _("“%(name)s” could not be analysed because of an unexpected error.")
            return {"file": name, "error": message % {"name": name}, "code": "internal"}
        outcome = result.contract()
        if dry_run:
            return outcome
        if not result.tasks:
            return {
                "file": name,
                "error": _("“%(name)s”: no tasks were found, so no plan was created.")
                % {"name": name},
                "code": "no_tasks",
            }
        from ttdn.importer.review import plan_create_from_extraction

        try:
            plan = plan_create_from_extraction(actor=actor, result=result)
        except (ValidationError, PermissionDenied) as error:
            messages = getattr(error, "messages", None) or [str(error)]
            return {"file": name, "error": f"“{name}”: " + " ".join(messages), "code": "invalid"}
        outcome["plan_id"] = plan.pk
        return outcome

    def _actor(self, username: str | None):
        users = get_user_model().objects.filter(is_active=True)
        user = (
            users.filter(username=username).first()
            if username
            else users.filter(is_superuser=True).order_by("pk").first()
        )
        if user is None:
            raise CommandError(
                _("No user to create the plans for: give --user USERNAME of a coordinator.")
                if not username
                else _("There is no active user “%(name)s”.") % {"name": username}
            )
        return user

    def _print(self, outcome: dict, *, as_json: bool) -> None:
        if as_json:
            self.stdout.write(json.dumps(outcome, ensure_ascii=False))
            return
        if "error" in outcome:
            self.stderr.write(outcome["error"])
            return
        summary = _("%(file)s: %(type)s, %(title)s, %(count)d tasks") % {
            "file": outcome["file"],
            "type": outcome["doc_type"],
            "title": outcome["title"] or "—",
            "count": len(outcome["tasks"]),
        }
        if "plan_id" in outcome:
            summary += " → " + _("plan #%(id)s created (draft)") % {"id": outcome["plan_id"]}
        self.stdout.write(summary)
        for warning in outcome["warnings"]:
            self.stdout.write("  ! " + warning)
