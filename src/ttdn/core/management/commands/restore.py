from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from ttdn.core.archive import is_archive, read_manifest, restore_archive
from ttdn.core.backup import BackupError, check_backup_file, restore_database


class Command(BaseCommand):
    help = (
        "Replace the whole database and the uploaded files with a backup made by `ttdn backup`. "
        "Stop the web server and the background worker first."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="Backup file made by `ttdn backup`.")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            help="Database alias to restore into (default: default).",
        )

    def handle(self, *args, path: Path, yes: bool, database: str, verbosity: int, **options):
        # The whole backup is checked before anything is touched or asked.
        archive = is_archive(path)
        try:
            if archive:
                read_manifest(path, using=database)
            else:
                check_backup_file(path, using=database)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc

        if not yes:
            connection = connections[database]
            target = connection.settings_dict["NAME"]
            question = _(
                "This replaces ALL data in the %(engine)s database %(name)s with the backup %(path)s. "
                "Type 'yes' to continue: "
            ) % {"engine": connection.vendor, "name": target, "path": path}
            if archive:
                question = (
                    _("The uploaded files in %(media)s are replaced too.")
                    % {"media": settings.MEDIA_ROOT}
                    + " "
                    + question
                )
            try:
                answer = input(question)
            except EOFError:
                answer = ""
            if answer.strip().lower() != "yes":
                raise CommandError(_("Restore cancelled; the database was not changed."))

        try:
            result = (
                restore_archive(path, using=database)
                if archive
                else restore_database(path, using=database)
            )
        except BackupError as exc:
            raise CommandError(str(exc)) from exc

        if verbosity >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    _(
                        "Restored the %(engine)s database from %(path)s: %(tables)d tables, %(rows)d rows."
                    )
                    % {
                        "engine": result.engine,
                        "path": result.path,
                        "tables": len(result.tables),
                        "rows": result.total_rows,
                    }
                )
            )
            if archive:
                self.stdout.write(
                    _("Restored %(files)d uploaded files (%(size)s) to %(media)s.")
                    % {
                        "files": result.media_files,
                        "size": filesizeformat(result.media_bytes),
                        "media": settings.MEDIA_ROOT,
                    }
                )
            else:
                self.stdout.write(
                    self.style.WARNING(
                        _(
                            "This backup holds the database only (an earlier format): the uploaded "
                            "files in %(media)s were left as they are."
                        )
                        % {"media": settings.MEDIA_ROOT}
                    )
                )
        if verbosity >= 2:
            for name, count in result.tables.items():
                self.stdout.write(f"  {name}: {count}")
        if result.pending_migrations:
            self.stdout.write(
                self.style.WARNING(
                    _(
                        "The backup predates this version: run `ttdn migrate` (%(count)d migrations pending)."
                    )
                    % {"count": result.pending_migrations}
                )
            )
        if result.unknown_migrations:
            self.stdout.write(
                self.style.WARNING(
                    _(
                        "The backup comes from a newer version of ttdn (%(count)d migrations unknown to this "
                        "version); upgrade ttdn before using it."
                    )
                    % {"count": result.unknown_migrations}
                )
            )
