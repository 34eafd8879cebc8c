"""One backup archive: the database and the uploaded files (docs/decisions/0018-backup-archive.md).

A backup is an uncompressed tar file, written next to its final name and renamed into place
when complete (mode 600)::

    database.sqlite3 | database.dump   the database backup of ttdn.core.backup
    media/<path>                       every regular file under MEDIA_ROOT
    manifest.json                      last: format, engine, row counts, size and SHA-256 of
                                       every other member

Restore checks the whole archive first (manifest, no unexpected or unsafe member, every
checksum, the database backup itself) and touches nothing if anything is wrong. It then
unpacks the files next to MEDIA_ROOT, restores the database, and swaps the new files in with
renames; the old files are removed last. Database-only backups of earlier versions (a bare
SQLite file or pg_dump archive) are still restored, leaving MEDIA_ROOT alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.core.backup import (
    BackupError,
    _backup,
    _engine,
    _fsync,
    _fsync_dir,
    check_backup_file,
    restore_database,
)

FORMAT = "ttdn-backup"
VERSION = 1
MANIFEST = "manifest.json"
MEDIA_PREFIX = "media/"
DATABASE_NAMES = {"sqlite": "database.sqlite3", "postgresql": "database.dump"}
# Our own staging directories, never part of a backup.
STAGING_PREFIX = ".ttdn-restore-"
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ArchiveResult:
    path: Path
    engine: str
    size_bytes: int
    tables: dict[str, int] = field(default_factory=dict)
    media_files: int = 0
    media_bytes: int = 0
    # Set on restore: database migrations state, as in ttdn.core.backup.RestoreResult.
    pending_migrations: int = 0
    unknown_migrations: int = 0
    # Set on restore of a database-only backup of an earlier version.
    database_only: bool = False

    @property
    def total_rows(self) -> int:
        return sum(self.tables.values())


# --- Backup ------------------------------------------------------------------------------


def backup_archive(
    path: Path, using: str = DEFAULT_DB_ALIAS, media_root: Path | None = None
) -> ArchiveResult:
    """Write the database and every file under ``media_root`` (MEDIA_ROOT) to one archive.

    ``path`` may be an existing directory: ``ttdn-YYYYMMDD-HHMMSS.tar`` is written in it.
    The database is copied first (one consistent snapshot), then the files: a file uploaded
    meanwhile may be in the archive without a row pointing to it, which is harmless.
    """
    connection = connections[using]
    engine = _engine(connection)
    media_root = Path(media_root if media_root is not None else settings.MEDIA_ROOT)
    path = Path(path)
    if path.is_dir():
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        path = path / f"ttdn-{stamp}.tar"
    if not path.parent.is_dir():
        raise BackupError(_("The directory %(dir)s does not exist.") % {"dir": path.parent})
    if path.parent.resolve().is_relative_to(media_root.resolve()):
        raise BackupError(
            _("%(path)s is inside MEDIA_ROOT (%(media)s); write the backup somewhere else.")
            % {"path": path, "media": media_root}
        )

    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    work = Path(tempfile.mkdtemp(prefix=".ttdn-backup-", dir=path.parent))
    try:
        database = work / DATABASE_NAMES[engine]
        tables = _backup(connection, engine, database)
        members: dict[str, dict] = {}
        with tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as tar:
            members[database.name] = _add_file(tar, database, database.name)
            media_files = 0
            media_bytes = 0
            for source, relative in _media_files(media_root):
                try:
                    entry = _add_file(tar, source, MEDIA_PREFIX + relative)
                except FileNotFoundError:
                    continue  # deleted while the backup ran: it is not in the database either
                members[MEDIA_PREFIX + relative] = entry
                media_files += 1
                media_bytes += entry["size"]
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created": timezone.now().isoformat(),
                "engine": engine,
                "database": database.name,
                "tables": tables,
                "members": members,
            }
            data = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            info.mode = 0o600
            info.mtime = int(timezone.now().timestamp())
            tar.addfile(info, _BytesReader(data))
        _fsync(tmp)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except (DatabaseError, sqlite3.Error, OSError) as exc:
        raise BackupError(_("The backup failed: %(error)s") % {"error": exc}) from exc
    finally:
        tmp.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    return ArchiveResult(
        path=path,
        engine=engine,
        size_bytes=path.stat().st_size,
        tables=tables,
        media_files=media_files,
        media_bytes=media_bytes,
    )


def _media_files(media_root: Path):
    """(absolute path, POSIX path relative to media_root) of every regular file, sorted."""
    if not media_root.is_dir():
        return
    for directory, dirnames, filenames in os.walk(media_root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(STAGING_PREFIX))
        for name in sorted(filenames):
            source = Path(directory) / name
            with contextlib.suppress(FileNotFoundError):
                if stat.S_ISREG(source.lstat().st_mode):
                    yield source, source.relative_to(media_root).as_posix()


def _add_file(tar: tarfile.TarFile, source: Path, name: str) -> dict:
    """Add ``source`` as ``name``, hashing it while it is read; return its manifest entry."""
    with source.open("rb") as fh:
        st = os.fstat(fh.fileno())
        info = tarfile.TarInfo(name)
        info.size = st.st_size
        info.mtime = int(st.st_mtime)
        info.mode = 0o600 if name in DATABASE_NAMES.values() else 0o644
        reader = _HashingReader(fh)
        tar.addfile(info, reader)
    return {"size": st.st_size, "sha256": reader.hexdigest(), "mtime": st.st_mtime}


class _HashingReader:
    def __init__(self, fh):
        self._fh = fh
        self._hash = hashlib.sha256()

    def read(self, size=-1):
        data = self._fh.read(size)
        self._hash.update(data)
        return data

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class _BytesReader:
    def __init__(self, data: bytes):
        self._data = memoryview(data)
        self._pos = 0

    def read(self, size=-1):
        end = len(self._data) if size is None or size < 0 else self._pos + size
        chunk = self._data[self._pos : end].tobytes()
        self._pos += len(chunk)
        return chunk


# --- Checking ------------------------------------------------------------------------------


def is_archive(path: Path) -> bool:
    """Whether ``path`` is a tar file (a backup of this format) rather than a bare database backup."""
    try:
        return Path(path).is_file() and tarfile.is_tarfile(path)
    except OSError:
        return False


def read_manifest(path: Path, using: str = DEFAULT_DB_ALIAS) -> dict:
    """Check the whole archive at ``path`` and return its manifest; raise BackupError if unusable.

    Every member must be listed in the manifest with its size and SHA-256, be a regular file
    with a safe relative name, and hash to the recorded value; the engine must be the one of
    database ``using``.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(_("The backup file %(path)s does not exist.") % {"path": path})
    engine = _engine(connections[using])
    try:
        with tarfile.open(path, "r:") as tar:
            manifest = _load_manifest(tar, path)
            if manifest["engine"] != engine:
                raise BackupError(
                    _(
                        "%(path)s is a backup of a %(backup)s database, but this installation uses %(live)s."
                    )
                    % {"path": path, "backup": manifest["engine"], "live": engine}
                )
            expected = dict(manifest["members"])
            for member in tar:
                if member.name == MANIFEST:
                    continue
                entry = expected.pop(member.name, None)
                if entry is None or not member.isfile() or not _safe_name(member.name):
                    raise BackupError(
                        _("The backup %(path)s is damaged: unexpected member %(name)s.")
                        % {"path": path, "name": member.name}
                    )
                if member.size != entry["size"] or _sha256(tar, member) != entry["sha256"]:
                    raise BackupError(
                        _("The backup %(path)s is damaged: %(name)s does not match its checksum.")
                        % {"path": path, "name": member.name}
                    )
            if expected:
                raise BackupError(
                    _("The backup %(path)s is damaged: %(name)s is missing.")
                    % {"path": path, "name": sorted(expected)[0]}
                )
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise BackupError(
            _("The backup file %(path)s is damaged: %(error)s") % {"path": path, "error": exc}
        ) from exc
    return manifest


def _load_manifest(tar: tarfile.TarFile, path: Path) -> dict:
    try:
        member = tar.getmember(MANIFEST)
        manifest = json.loads(tar.extractfile(member).read())
    except (KeyError, ValueError, AttributeError) as exc:
        raise BackupError(
            _("%(path)s is not a ttdn backup archive (its manifest is missing or unreadable).")
            % {"path": path}
        ) from exc
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != FORMAT
        or not isinstance(manifest.get("members"), dict)
        or manifest.get("database") not in manifest["members"]
    ):
        raise BackupError(_("%(path)s is not a ttdn backup archive.") % {"path": path})
    if manifest.get("version") != VERSION:
        raise BackupError(
            _("%(path)s was written by another version of ttdn (archive format %(version)s).")
            % {"path": path, "version": manifest.get("version")}
        )
    if manifest.get("engine") not in DATABASE_NAMES:
        raise BackupError(_("%(path)s is not a ttdn backup archive.") % {"path": path})
    return manifest


def _safe_name(name: str) -> bool:
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or name != pure.as_posix() or "\\" in name:
        return False
    if name in DATABASE_NAMES.values():
        return True
    return name.startswith(MEDIA_PREFIX) and len(pure.parts) > 1


def _sha256(tar: tarfile.TarFile, member: tarfile.TarInfo) -> str:
    digest = hashlib.sha256()
    with tar.extractfile(member) as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- Restore -------------------------------------------------------------------------------


def restore_archive(
    path: Path, using: str = DEFAULT_DB_ALIAS, media_root: Path | None = None
) -> ArchiveResult:
    """Replace the database and MEDIA_ROOT with the archive at ``path``.

    Nothing is changed unless the whole archive checks out. Stop the web server and the
    worker first.
    """
    path = Path(path)
    media_root = Path(media_root if media_root is not None else settings.MEDIA_ROOT)
    manifest = read_manifest(path, using)
    staging_parent = _staging_parent(media_root)
    staging_parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX + "new-", dir=staging_parent))
    try:
        database = _unpack(path, manifest, staged)
        check_backup_file(database, using)
        restored = restore_database(database, using)
        database.unlink()
        _swap_media(staged / "media", media_root)
    finally:
        shutil.rmtree(staged, ignore_errors=True)
    media = {k: v for k, v in manifest["members"].items() if k.startswith(MEDIA_PREFIX)}
    return ArchiveResult(
        path=path,
        engine=restored.engine,
        size_bytes=path.stat().st_size,
        tables=restored.tables,
        media_files=len(media),
        media_bytes=sum(entry["size"] for entry in media.values()),
        pending_migrations=restored.pending_migrations,
        unknown_migrations=restored.unknown_migrations,
    )


def _staging_parent(media_root: Path) -> Path:
    """Where new files are unpacked: beside MEDIA_ROOT so that renames swap them in, or inside
    it when MEDIA_ROOT is a mount point (a volume) that cannot itself be renamed."""
    if media_root.is_dir() and os.path.ismount(media_root):
        return media_root
    return media_root.parent


def _unpack(path: Path, manifest: dict, staged: Path) -> Path:
    """Unpack the archive under ``staged`` (checking every checksum again while writing)."""
    members = manifest["members"]
    media = staged / "media"
    media.mkdir()
    database = None
    try:
        with tarfile.open(path, "r:") as tar:
            for member in tar:
                if member.name == MANIFEST:
                    continue
                entry = members.get(member.name)
                if entry is None or not member.isfile() or not _safe_name(member.name):
                    raise BackupError(
                        _("The backup %(path)s changed while it was read.") % {"path": path}
                    )
                target = staged / member.name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with tar.extractfile(member) as src, target.open("xb") as dst:
                    while chunk := src.read(CHUNK):
                        digest.update(chunk)
                        dst.write(chunk)
                if digest.hexdigest() != entry["sha256"]:
                    raise BackupError(
                        _("The backup %(path)s changed while it was read.") % {"path": path}
                    )
                if member.name == manifest["database"]:
                    target.chmod(0o600)
                    database = target
                else:
                    target.chmod(0o644)
                    os.utime(target, (entry["mtime"], entry["mtime"]))
    except (tarfile.TarError, OSError) as exc:
        raise BackupError(_("The restore failed: %(error)s") % {"error": exc}) from exc
    if database is None:
        raise BackupError(_("%(path)s is not a ttdn backup archive.") % {"path": path})
    return database


def _swap_media(new: Path, media_root: Path) -> None:
    """Put the directory ``new`` in the place of ``media_root`` with renames; drop the old files."""
    if media_root.is_dir() and os.path.ismount(media_root):
        # A mount point stays; its entries are swapped one by one (same file system).
        old = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX + "old-", dir=media_root))
        for entry in list(media_root.iterdir()):
            if not entry.name.startswith(STAGING_PREFIX):
                os.rename(entry, old / entry.name)
        for entry in list(new.iterdir()):
            os.rename(entry, media_root / entry.name)
    else:
        old = media_root.parent / f"{STAGING_PREFIX}old-{os.getpid()}"
        shutil.rmtree(old, ignore_errors=True)
        if media_root.exists():
            os.rename(media_root, old)
        os.rename(new, media_root)
    _fsync_dir(media_root.parent)
    shutil.rmtree(old, ignore_errors=True)
