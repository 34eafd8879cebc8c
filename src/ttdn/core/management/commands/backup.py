from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from ttdn.core.backup import BackupError, backup_database


class Command(BaseCommand):
    help = "Write a consistent backup of the database to PATH (a file, or a directory for a timestamped file)."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="Backup file, or an existing directory.")
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            help="Database alias to back up (default: default).",
        )

    def handle(self, *args, path: Path, database: str, verbosity: int, **options):
        try:
            result = backup_database(path, using=database)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        if verbosity >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    _("Backed up the %(engine)s database to %(path)s (%(size)s).")
                    % {
                        "engine": result.engine,
                        "path": result.path,
                        "size": filesizeformat(result.size_bytes),
                    }
                )
            )
            self.stdout.write(
                _("%(tables)d tables, %(rows)d rows in total.")
                % {"tables": len(result.tables), "rows": result.total_rows}
            )
        if verbosity >= 2:
            for name, count in result.tables.items():
                self.stdout.write(f"  {name}: {count}")
