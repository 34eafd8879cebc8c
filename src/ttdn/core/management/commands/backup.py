from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from ttdn.core.archive import backup_archive
from ttdn.core.backup import BackupError


class Command(BaseCommand):
    help = (
        "Write one backup archive of the database and the uploaded files (MEDIA_ROOT) to PATH "
        "(a file, or a directory for a timestamped file)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="Backup file, or an existing directory.")
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            help="Database alias to back up (default: default).",
        )

    def handle(self, *args, path: Path, database: str, verbosity: int, **options):
        try:
            result = backup_archive(path, using=database)
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
            self.stdout.write(
                _("%(files)d uploaded files (%(size)s).")
                % {"files": result.media_files, "size": filesizeformat(result.media_bytes)}
            )
        if verbosity >= 2:
            for name, count in result.tables.items():
                self.stdout.write(f"  {name}: {count}")
