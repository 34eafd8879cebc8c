"""Back up and restore the whole database.

SQLite: an online, consistent copy made with SQLite's backup API from the live
connection (safe while the app serves, WAL included), written to a temporary
file next to the target and renamed into place. Restore copies a validated
backup back into the live database with the same API.

PostgreSQL: ``pg_dump --format=custom`` from a snapshot exported by a
REPEATABLE READ transaction, so that the row counts reported match the dump
exactly; restore with ``pg_restore --clean --if-exists --no-owner
--single-transaction``. The password is passed in ``PGPASSWORD``, never on the
command line.

Uploaded files under ``MEDIA_ROOT`` are not part of a database backup.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from django.utils.translation import gettext as _

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
SUPPORTED_ENGINES = ("sqlite", "postgresql")


class BackupError(Exception):
    """A backup or restore could not be made; the message is meant for the operator."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    engine: str
    size_bytes: int
    tables: dict[str, int] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        return sum(self.tables.values())


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    engine: str
    tables: dict[str, int] = field(default_factory=dict)
    # Migrations known to the code but not applied in the restored database
    # (the backup predates this version: run ``ttdn migrate``).
    pending_migrations: int = 0
    # Migrations recorded in the backup that this code does not know
    # (the backup comes from a newer version).
    unknown_migrations: int = 0

    @property
    def total_rows(self) -> int:
        return sum(self.tables.values())


# --- Public API ------------------------------------------------------------------------


def backup_database(path: Path, using: str = DEFAULT_DB_ALIAS) -> BackupResult:
    """Write a consistent backup of database ``using`` to ``path``.

    ``path`` may be an existing directory: a timestamped file name is chosen in it.
    An existing file at ``path`` is replaced atomically.
    """
    connection = connections[using]
    engine = _engine(connection)
    path = Path(path)
    if path.is_dir():
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        path = path / f"ttdn-{stamp}{'.sqlite3' if engine == 'sqlite' else '.dump'}"
    if not path.parent.is_dir():
        raise BackupError(_("The directory %(dir)s does not exist.") % {"dir": path.parent})
    try:
        tables = _backup(connection, engine, path)
        size = path.stat().st_size
    except (DatabaseError, sqlite3.Error, OSError) as exc:
        raise BackupError(_("The backup failed: %(error)s") % {"error": exc}) from exc
    return BackupResult(path=path, engine=engine, size_bytes=size, tables=tables)


def _backup(connection: BaseDatabaseWrapper, engine: str, path: Path) -> dict[str, int]:
    if engine == "sqlite":
        live = _sqlite_live_path(connection)
        if live is not None and _same_file(live, path):
            raise BackupError(
                _("%(path)s is the live database; choose another file for the backup.")
                % {"path": path}
            )
        connection.ensure_connection()
        return sqlite_copy_to_file(connection.connection, path)
    return _pg_dump(connection, path)


def check_backup_file(path: Path, using: str = DEFAULT_DB_ALIAS) -> None:
    """Raise :class:`BackupError` unless ``path`` is a backup that can be restored into ``using``."""
    connection = connections[using]
    engine = _engine(connection)
    path = Path(path)
    if not path.is_file():
        raise BackupError(_("The backup file %(path)s does not exist.") % {"path": path})
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise BackupError(
            _("The backup file %(path)s cannot be read: %(error)s") % {"path": path, "error": exc}
        ) from exc

    if engine == "sqlite":
        if header.startswith(PGDUMP_MAGIC):
            raise BackupError(
                _("%(path)s is a PostgreSQL backup, but this installation uses SQLite.")
                % {"path": path}
            )
        if header != SQLITE_MAGIC:
            raise BackupError(_("%(path)s is not a SQLite database backup.") % {"path": path})
        _check_sqlite_backup(path)
    else:
        if header == SQLITE_MAGIC:
            raise BackupError(
                _("%(path)s is a SQLite backup, but this installation uses PostgreSQL.")
                % {"path": path}
            )
        if not header.startswith(PGDUMP_MAGIC):
            raise BackupError(
                _("%(path)s is not a PostgreSQL backup made with pg_dump --format=custom.")
                % {"path": path}
            )
        _check_pg_archive(path)


def restore_database(path: Path, using: str = DEFAULT_DB_ALIAS) -> RestoreResult:
    """Replace the contents of database ``using`` with the backup at ``path``.

    Stop the web server and the background worker first: their open
    connections would otherwise see the database change under them.
    """
    connection = connections[using]
    engine = _engine(connection)
    path = Path(path)
    if connection.in_atomic_block:
        raise BackupError(_("A database cannot be restored inside a transaction."))
    check_backup_file(path, using)
    try:
        _restore(connection, engine, path)
        pending, unknown = _migration_state(connection)
        tables = _live_row_counts(connection)
    except (DatabaseError, sqlite3.Error, OSError) as exc:
        raise BackupError(_("The restore failed: %(error)s") % {"error": exc}) from exc
    finally:
        # Cached content type IDs may no longer match the restored rows.
        from django.contrib.contenttypes.models import ContentType

        ContentType.objects.clear_cache()
    return RestoreResult(
        path=path,
        engine=engine,
        tables=tables,
        pending_migrations=pending,
        unknown_migrations=unknown,
    )


def _restore(connection: BaseDatabaseWrapper, engine: str, path: Path) -> None:
    if engine == "sqlite":
        live = _sqlite_live_path(connection)
        if live is not None and _same_file(live, path):
            raise BackupError(_("%(path)s is the live database itself.") % {"path": path})
        # Start from a fresh connection with no transaction or cached state.
        connection.close()
        connection.ensure_connection()
        source = sqlite3.connect(_sqlite_ro_uri(path), uri=True)
        try:
            source.backup(connection.connection)
        except sqlite3.Error as exc:
            raise BackupError(_("The restore failed: %(error)s") % {"error": exc}) from exc
        finally:
            source.close()
    else:
        _pg_restore(connection, path)


# --- SQLite -----------------------------------------------------------------------------


def sqlite_copy_to_file(source: sqlite3.Connection, path: Path) -> dict[str, int]:
    """Copy the database behind ``source`` to ``path`` atomically; return row counts of the copy.

    The copy is made in a single backup step, i.e. from one read transaction:
    it is a consistent snapshot even while other connections write (WAL mode
    lets them go on). The copy is switched to rollback-journal mode so that it
    is one self-contained file.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target, pages=-1)
            target.execute("PRAGMA journal_mode=DELETE")
            result = target.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise BackupError(_("The backup copy is damaged: %(error)s") % {"error": result})
            tables = _sqlite_row_counts(target)
        finally:
            target.close()
        _fsync(tmp)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(_("The backup failed: %(error)s") % {"error": exc}) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return tables


def _check_sqlite_backup(path: Path) -> None:
    try:
        conn = sqlite3.connect(_sqlite_ro_uri(path), uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            has_migrations = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'django_migrations'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(
            _("The backup file %(path)s is damaged or not a SQLite database: %(error)s")
            % {"path": path, "error": exc}
        ) from exc
    if result != "ok":
        raise BackupError(
            _("The backup file %(path)s is damaged: %(error)s") % {"path": path, "error": result}
        )
    if not has_migrations:
        raise BackupError(
            _(
                "%(path)s is a SQLite database but not a ttdn backup (it has no django_migrations table)."
            )
            % {"path": path}
        )


def _sqlite_row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    counts = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = conn.execute(f"SELECT COUNT(*) FROM {quoted}").fetchone()[0]  # noqa: S608
    return counts


def _sqlite_live_path(connection: BaseDatabaseWrapper) -> Path | None:
    if connection.is_in_memory_db():
        return None
    return Path(connection.settings_dict["NAME"])


def _sqlite_ro_uri(path: Path) -> str:
    return f"{Path(path).resolve().as_uri()}?mode=ro"


# --- PostgreSQL ---------------------------------------------------------------------------


def _pg_tool(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        raise BackupError(
            _(
                "%(tool)s was not found. Install the PostgreSQL client tools (the same major version as the server or newer)."
            )
            % {"tool": name}
        )
    return tool


def _pg_connection_args(connection: BaseDatabaseWrapper) -> tuple[list[str], dict[str, str]]:
    """Command-line arguments and environment for pg_dump/pg_restore; the password goes in the environment."""
    settings_dict = connection.settings_dict
    options = settings_dict.get("OPTIONS") or {}
    args = []
    if settings_dict.get("HOST"):
        args.append(f"--host={settings_dict['HOST']}")
    if settings_dict.get("PORT"):
        args.append(f"--port={settings_dict['PORT']}")
    if settings_dict.get("USER"):
        args.append(f"--username={settings_dict['USER']}")
    args.append("--no-password")  # never prompt: fail instead
    env = {**os.environ}
    env.pop("PGPASSWORD", None)
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = str(settings_dict["PASSWORD"])
    for option, variable in (
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("sslcert", "PGSSLCERT"),
        ("sslkey", "PGSSLKEY"),
        ("passfile", "PGPASSFILE"),
        ("service", "PGSERVICE"),
        ("options", "PGOPTIONS"),
    ):
        if options.get(option):
            env[variable] = str(options[option])
    return args, env


def _pg_dbname(connection: BaseDatabaseWrapper) -> str:
    return f"--dbname={connection.settings_dict['NAME']}"


def _pg_dump(connection: BaseDatabaseWrapper, path: Path) -> dict[str, int]:
    pg_dump = _pg_tool("pg_dump")
    args, env = _pg_connection_args(connection)
    # A separate connection holds a REPEATABLE READ transaction whose snapshot
    # pg_dump imports: the counts below describe exactly what is dumped.
    snapshot_holder = connection.copy()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        snapshot_holder.ensure_connection()
        snapshot_holder.set_autocommit(False)
        with snapshot_holder.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            tables = _pg_row_counts(snapshot_holder, cursor)
        command = [
            pg_dump,
            "--format=custom",
            "--no-owner",
            f"--snapshot={snapshot}",
            f"--file={tmp}",
            *args,
            _pg_dbname(connection),
        ]
        completed = subprocess.run(  # noqa: S603 - argument list, no shell
            command, env=env, capture_output=True, text=True, check=False
        )
        if completed.returncode != 0:
            raise BackupError(_("pg_dump failed: %(error)s") % {"error": completed.stderr.strip()})
        _fsync(tmp)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    finally:
        with contextlib.suppress(Exception):
            snapshot_holder.rollback()
        snapshot_holder.close()
        tmp.unlink(missing_ok=True)
    return tables


_EXTENSION_ENTRY = re.compile(r"^\s*\d+;\s+\d+\s+\d+\s+EXTENSION\s+\S+\s+(\S+)")
_EXTENSION_COMMENT_ENTRY = re.compile(r"^\s*\d+;\s+\d+\s+\d+\s+COMMENT\s+\S+\s+EXTENSION\s")


def _pg_archive_list(path: Path) -> str:
    """The table of contents of a custom-format archive (``pg_restore --list``)."""
    pg_restore = _pg_tool("pg_restore")
    completed = subprocess.run(  # noqa: S603 - argument list, no shell
        [pg_restore, "--list", str(path.resolve())], capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise BackupError(
            _("The backup file %(path)s is damaged: %(error)s")
            % {"path": path, "error": completed.stderr.strip()}
        )
    return completed.stdout


def _check_pg_archive(path: Path) -> None:
    if not re.search(r"\bTABLE \S+ django_migrations\b", _pg_archive_list(path)):
        raise BackupError(
            _(
                "%(path)s is a PostgreSQL backup but not of a ttdn database (it has no django_migrations table)."
            )
            % {"path": path}
        )


def _pg_restore(connection: BaseDatabaseWrapper, path: Path) -> None:
    """Run pg_restore, leaving extensions alone.

    Extensions (unaccent) belong to the database, often to a superuser: with
    ``--clean`` pg_restore would try to drop and re-create them, which fails
    for the application's own role and aborts the whole restore. They are left
    out of the restore list and only created if missing.
    """
    pg_restore = _pg_tool("pg_restore")
    args, env = _pg_connection_args(connection)
    entries = _pg_archive_list(path).splitlines()
    extensions = [m.group(1) for line in entries if (m := _EXTENSION_ENTRY.match(line))]
    kept = [
        line
        for line in entries
        if not _EXTENSION_ENTRY.match(line) and not _EXTENSION_COMMENT_ENTRY.match(line)
    ]
    _pg_ensure_extensions(connection, extensions)
    # pg_restore drops and recreates tables: no connection of ours may hold them.
    connection.close()

    fd, list_name = tempfile.mkstemp(prefix="ttdn-restore-", suffix=".list")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(kept) + "\n")
        command = [
            pg_restore,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--use-list={list_name}",
            *args,
            _pg_dbname(connection),
            str(path.resolve()),  # absolute: a name starting with "-" is no option
        ]
        completed = subprocess.run(  # noqa: S603 - argument list, no shell
            command, env=env, capture_output=True, text=True, check=False
        )
    finally:
        os.unlink(list_name)
    if completed.returncode != 0:
        raise BackupError(
            _("pg_restore failed; the database was left unchanged: %(error)s")
            % {"error": completed.stderr.strip()}
        )


def _pg_ensure_extensions(connection: BaseDatabaseWrapper, extensions: list[str]) -> None:
    for name in extensions:
        try:
            with connection.cursor() as cursor:
                cursor.execute(f"CREATE EXTENSION IF NOT EXISTS {connection.ops.quote_name(name)}")
        except DatabaseError as exc:
            raise BackupError(
                _(
                    "The PostgreSQL extension %(name)s is missing and cannot be created: %(error)s. "
                    "Ask a database superuser to run CREATE EXTENSION %(name)s; in this database, "
                    "then restore again."
                )
                % {"name": name, "error": exc}
            ) from exc


def _pg_row_counts(connection: BaseDatabaseWrapper, cursor) -> dict[str, int]:
    cursor.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = current_schema() "
        "ORDER BY c.relname"
    )
    names = [row[0] for row in cursor.fetchall()]
    counts = {}
    for name in names:
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(name)}")  # noqa: S608
        counts[name] = cursor.fetchone()[0]
    return counts


# --- Shared helpers --------------------------------------------------------------------------


def _engine(connection: BaseDatabaseWrapper) -> str:
    if connection.vendor not in SUPPORTED_ENGINES:
        raise BackupError(
            _("Backups are supported on SQLite and PostgreSQL, not on %(vendor)s.")
            % {"vendor": connection.vendor}
        )
    return connection.vendor


def _live_row_counts(connection: BaseDatabaseWrapper) -> dict[str, int]:
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        return _sqlite_row_counts(connection.connection)
    with connection.cursor() as cursor:
        return _pg_row_counts(connection, cursor)


def _migration_state(connection: BaseDatabaseWrapper) -> tuple[int, int]:
    executor = MigrationExecutor(connection)
    graph = executor.loader.graph
    pending = len(executor.migration_plan(graph.leaf_nodes()))
    known = executor.loader.disk_migrations
    unknown = sum(1 for key in executor.loader.applied_migrations if key not in known)
    return pending, unknown


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on every platform/filesystem
        _fsync(path)
