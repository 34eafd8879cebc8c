import datetime
import io
import sqlite3
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import translation

from ttdn.accounts.models import Membership, Role
from ttdn.audit.models import AuditEntry, AuditScope
from ttdn.audit.services import log_action
from ttdn.core import backup as backup_module
from ttdn.core.backup import (
    BackupError,
    backup_database,
    restore_database,
    sqlite_copy_to_file,
)
from ttdn.directory.models import Agency, AgencyKind

only_sqlite = pytest.mark.skipif("connection.vendor != 'sqlite'", reason="SQLite-specific")
only_postgresql = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="PostgreSQL-specific"
)

User = get_user_model()


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """`ttdn backup` archives MEDIA_ROOT too: never the checkout's own var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def english():
    """Assert on the English msgids (the default language is Vietnamese)."""
    with translation.override("en"):
        yield


@pytest.fixture
def sample_data(transactional_db, settings):
    """Committed rows (pg_dump only sees committed data) across a few related tables."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast
    province = Agency.objects.create(
        name="Ủy ban nhân dân tỉnh Đồng Nai",
        short_name="UBND tỉnh",
        kind=AgencyKind.PEOPLE_COMMITTEE,
        email="ubnd@dongnai.gov.vn",
        valid_from=datetime.date(2025, 7, 1),
    )
    department = Agency.objects.create(
        name="Sở Văn hóa, Thể thao và Du lịch",
        short_name="Sở VHTTDL",
        parent=province,
        valid_from=datetime.date(2025, 7, 1),
    )
    press = Agency.objects.create(name="Báo Đồng Nai", kind=AgencyKind.PRESS)
    coordinator = User.objects.create_user(
        "dieu-phoi",
        password="mat-khau-dai-1",
        full_name="Nguyễn Thị Điều Phối",
        role=Role.COORDINATOR,
    )
    officer = User.objects.create_user(
        "can-bo", password="mat-khau-dai-2", full_name="Trần Văn Cán Bộ"
    )
    Membership.objects.create(user=coordinator, agency=province)
    Membership.objects.create(user=officer, agency=department)
    Membership.objects.create(user=officer, agency=press)
    # The audit trail is in its own app's tables; a backup holds them too.
    log_action(actor=coordinator, action="membership.created", target=press, scopes=[province])


def _snapshot() -> dict[str, list[dict]]:
    return {
        "agencies": list(Agency.objects.order_by("pk").values()),
        "users": list(User.objects.order_by("pk").values()),
        "memberships": list(Membership.objects.order_by("pk").values()),
        "audit": list(AuditEntry.objects.order_by("pk").values()),
        "audit_scopes": list(AuditScope.objects.order_by("pk").values()),
    }


def _wipe() -> None:
    AuditEntry.objects.all().delete()
    Membership.objects.all().delete()
    User.objects.all().delete()
    Agency.objects.filter(parent__isnull=False).delete()
    Agency.objects.all().delete()


def test_backup_and_restore_bring_every_row_back(sample_data, tmp_path):
    before = _snapshot()

    result = backup_database(tmp_path / "ttdn.backup")

    assert result.path == tmp_path / "ttdn.backup"
    assert result.engine == connection.vendor
    assert result.size_bytes == result.path.stat().st_size > 0
    assert result.tables["directory_agency"] == 3
    assert result.tables["accounts_user"] == 2
    assert result.tables["accounts_membership"] == 3
    assert result.tables["audit_auditentry"] == 1
    assert result.tables["audit_auditscope"] == 2
    assert result.tables["django_migrations"] > 0

    _wipe()
    Agency.objects.create(name="Created after the backup")
    assert Agency.objects.count() == 1

    restored = restore_database(result.path)

    assert _snapshot() == before
    assert restored.engine == connection.vendor
    assert restored.tables["directory_agency"] == 3
    assert restored.pending_migrations == 0
    assert restored.unknown_migrations == 0
    assert User.objects.get(username="can-bo").check_password("mat-khau-dai-2")
    # Sequences came back too: new rows do not collide with restored ones.
    new = Agency.objects.create(name="Created after the restore")
    assert new.pk > max(row["id"] for row in before["agencies"])


def test_backup_file_is_private(sample_data, tmp_path):
    result = backup_database(tmp_path / "ttdn.backup")

    assert result.path.stat().st_mode & 0o077 == 0


def test_backup_replaces_an_existing_file_atomically(sample_data, tmp_path):
    target = tmp_path / "ttdn.backup"
    target.write_bytes(b"old backup")

    backup_database(target)

    assert target.read_bytes() != b"old backup"
    assert [p.name for p in tmp_path.iterdir()] == ["ttdn.backup"]  # no temporary file left


def test_backup_into_a_directory_picks_a_timestamped_name(sample_data, tmp_path):
    result = backup_database(tmp_path)

    assert result.path.parent == tmp_path
    assert result.path.name.startswith("ttdn-")
    assert result.path.is_file()


def test_backup_refuses_a_missing_directory(transactional_db, tmp_path):
    with pytest.raises(BackupError, match="does not exist"):
        backup_database(tmp_path / "nowhere" / "ttdn.backup")


def test_backup_command_prints_a_summary(sample_data, tmp_path):
    out = io.StringIO()

    call_command("backup", str(tmp_path / "ttdn.backup"), stdout=out)

    output = out.getvalue()
    assert f"Backed up the {connection.vendor} database to {tmp_path / 'ttdn.backup'}" in output
    assert "rows in total" in output


def test_backup_command_lists_tables_when_verbose(sample_data, tmp_path):
    out = io.StringIO()

    call_command("backup", str(tmp_path / "ttdn.backup"), verbosity=2, stdout=out)

    assert "  directory_agency: 3" in out.getvalue()


def test_restore_command_with_yes_restores(sample_data, tmp_path):
    before = _snapshot()
    call_command("backup", str(tmp_path / "ttdn.backup"), stdout=io.StringIO())
    _wipe()
    out = io.StringIO()

    call_command("restore", str(tmp_path / "ttdn.backup"), "--yes", stdout=out)

    assert _snapshot() == before
    assert f"Restored the {connection.vendor} database" in out.getvalue()


def test_restore_command_asks_and_cancels_unless_yes(sample_data, tmp_path, monkeypatch):
    call_command("backup", str(tmp_path / "ttdn.backup"), stdout=io.StringIO())
    _wipe()
    questions = []
    monkeypatch.setattr("builtins.input", lambda question: questions.append(question) or "no")

    with pytest.raises(CommandError, match="cancelled"):
        call_command("restore", str(tmp_path / "ttdn.backup"), stdout=io.StringIO())

    assert "replaces ALL data" in questions[0]
    assert Agency.objects.count() == 0


def test_restore_command_proceeds_when_confirmed(sample_data, tmp_path, monkeypatch):
    call_command("backup", str(tmp_path / "ttdn.backup"), stdout=io.StringIO())
    _wipe()
    monkeypatch.setattr("builtins.input", lambda question: "yes")

    call_command("restore", str(tmp_path / "ttdn.backup"), stdout=io.StringIO())

    assert Agency.objects.count() == 3


def test_restore_command_refuses_a_missing_file(transactional_db, tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call_command("restore", str(tmp_path / "missing.backup"), "--yes")


def test_restore_command_refuses_a_file_that_is_no_backup(sample_data, tmp_path):
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"this is not a database backup at all" * 100)

    with pytest.raises(CommandError, match="is not a .* backup"):
        call_command("restore", str(junk), "--yes")

    assert Agency.objects.count() == 3


def test_restore_command_refuses_a_damaged_backup(sample_data, tmp_path):
    backup = backup_database(tmp_path / "ttdn.backup").path
    data = bytearray(backup.read_bytes())
    if connection.vendor == "sqlite":
        data[4096 * 2 : 4096 * 4] = b"\xff" * 8192  # smash b-tree pages, keep the header
    else:
        del data[len(data) // 2 :]  # a truncated dump: the table of contents is intact
    backup.write_bytes(bytes(data))
    _wipe()
    Agency.objects.create(name="Kept when the restore fails")

    with pytest.raises(CommandError, match="damaged|failed"):
        call_command("restore", str(backup), "--yes")

    assert list(Agency.objects.values_list("name", flat=True)) == ["Kept when the restore fails"]


def test_restore_refuses_a_backup_of_the_other_engine(transactional_db, tmp_path):
    other = tmp_path / "other.backup"
    if connection.vendor == "sqlite":
        other.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 100)
        message = "is a PostgreSQL backup"
    else:
        sqlite3.connect(other).execute(
            "CREATE TABLE django_migrations (id integer)"
        ).connection.close()
        message = "is a SQLite backup"

    with pytest.raises(CommandError, match=message):
        call_command("restore", str(other), "--yes")


@only_sqlite
def test_restore_refuses_a_sqlite_database_that_is_not_ttdn(transactional_db, tmp_path):
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (body text)")
    conn.commit()
    conn.close()

    with pytest.raises(CommandError, match="no django_migrations table"):
        call_command("restore", str(foreign), "--yes")


def test_restore_refuses_to_run_inside_a_transaction(db, tmp_path):
    # The ``db`` fixture wraps each test in a transaction.
    with pytest.raises(BackupError, match="inside a transaction"):
        restore_database(tmp_path / "ttdn.backup")


@only_sqlite
def test_backup_and_restore_refuse_the_live_database_file(transactional_db, tmp_path, monkeypatch):
    live = tmp_path / "live.sqlite3"
    conn = sqlite3.connect(live)
    conn.execute("CREATE TABLE django_migrations (id integer)")
    conn.commit()
    conn.close()
    # The test database lives in memory: point a separate connection at a file.
    # (Never rename the test connection itself: closing it would drop the database.)
    file_connection = connection.copy()
    file_connection.settings_dict["NAME"] = str(live)
    monkeypatch.setattr(backup_module, "connections", {"default": file_connection})
    try:
        with pytest.raises(BackupError, match="is the live database"):
            backup_database(live)
        with pytest.raises(BackupError, match="is the live database"):
            restore_database(live)
    finally:
        file_connection.close()


def test_sqlite_backup_is_consistent_while_another_connection_writes(tmp_path):
    """Online backup of a WAL database with a writer committing all the time.

    The writer moves money between accounts in transactions, so the total is
    constant in every committed state; a torn copy would break it.
    """
    live = tmp_path / "live.sqlite3"
    setup = sqlite3.connect(live)
    setup.execute("PRAGMA journal_mode=WAL")
    setup.execute("CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)")
    setup.execute(
        "CREATE TABLE transfer (id INTEGER PRIMARY KEY, src INTEGER, dst INTEGER, amount INTEGER)"
    )
    setup.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)")
    setup.executemany(
        "INSERT INTO account (id, balance) VALUES (?, 1000)", [(i,) for i in range(100)]
    )
    # Enough pages that the copy takes a while.
    setup.executemany("INSERT INTO filler (data) VALUES (randomblob(4000))", [()] * 5000)
    setup.commit()
    setup.close()

    commits = 0
    errors: list[BaseException] = []
    stop = threading.Event()
    started = threading.Event()

    def writer() -> None:
        nonlocal commits
        conn = sqlite3.connect(live, timeout=20, isolation_level=None)
        conn.execute("PRAGMA synchronous=NORMAL")
        try:
            i = 0
            while not stop.is_set():
                src, dst = i % 100, (i * 7 + 3) % 100
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("UPDATE account SET balance = balance - 5 WHERE id = ?", (src,))
                conn.execute("UPDATE account SET balance = balance + 5 WHERE id = ?", (dst,))
                conn.execute("INSERT INTO transfer (src, dst, amount) VALUES (?, ?, 5)", (src, dst))
                conn.execute("COMMIT")
                commits += 1
                i += 1
                if commits >= 20:
                    started.set()
        except BaseException as exc:  # reported to the test thread
            errors.append(exc)
            started.set()
        finally:
            conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert started.wait(10)
        source = sqlite3.connect(live, timeout=20)
        try:
            commits_before = commits
            tables = sqlite_copy_to_file(source, tmp_path / "copy.sqlite3")
            commits_after = commits
        finally:
            source.close()
        time.sleep(0.05)  # the writer keeps going after the copy
    finally:
        stop.set()
        thread.join(10)

    assert not errors
    assert commits_after > commits_before, "the writer did not run during the backup"
    copy = sqlite3.connect(tmp_path / "copy.sqlite3")
    try:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("SELECT SUM(balance), COUNT(*) FROM account").fetchone() == (
            100_000,
            100,
        )
        transfers = copy.execute("SELECT COUNT(*) FROM transfer").fetchone()[0]
    finally:
        copy.close()
    assert commits_before <= transfers <= commits_after
    assert tables["transfer"] == transfers
    assert tables["filler"] == 5000
    assert not (tmp_path / "copy.sqlite3-wal").exists()


def test_pg_password_goes_to_the_environment_not_the_command_line():
    fake = SimpleNamespace(
        settings_dict={
            "NAME": "ttdn",
            "USER": "ttdn",
            "PASSWORD": "s3cret-pass",
            "HOST": "db.internal",
            "PORT": "5433",
            "OPTIONS": {"sslmode": "require"},
        }
    )

    args, env = backup_module._pg_connection_args(fake)

    assert not any("s3cret-pass" in arg for arg in args)
    assert env["PGPASSWORD"] == "s3cret-pass"
    assert env["PGSSLMODE"] == "require"
    assert "--host=db.internal" in args
    assert "--port=5433" in args
    assert "--username=ttdn" in args
    assert "--no-password" in args


@only_postgresql
def test_pg_dump_runs_without_the_password_in_its_arguments(sample_data, tmp_path, monkeypatch):
    real_run = backup_module.subprocess.run
    calls = []

    def spy(command, **kwargs):
        calls.append((command, kwargs.get("env") or {}))
        return real_run(command, **kwargs)

    monkeypatch.setattr(backup_module.subprocess, "run", spy)
    monkeypatch.setitem(connection.settings_dict, "PASSWORD", "not-needed-with-trust-auth")

    backup_database(tmp_path / "ttdn.backup")

    command, env = calls[0]
    assert command[0].endswith("pg_dump")
    assert "--format=custom" in command
    assert "--no-owner" in command
    assert not any("not-needed-with-trust-auth" in arg for arg in command)
    assert env["PGPASSWORD"] == "not-needed-with-trust-auth"


@only_postgresql
def test_pg_restore_uses_a_single_transaction(sample_data, tmp_path, monkeypatch):
    backup = backup_database(tmp_path / "ttdn.backup").path
    real_run = backup_module.subprocess.run
    commands = []
    monkeypatch.setattr(
        backup_module.subprocess,
        "run",
        lambda command, **kw: commands.append(command) or real_run(command, **kw),
    )

    restore_database(backup)

    restore = next(c for c in commands if "--clean" in c)
    assert {"--clean", "--if-exists", "--no-owner", "--single-transaction"} <= set(restore)


@only_postgresql
def test_pg_restore_leaves_extensions_alone(sample_data, tmp_path, monkeypatch):
    """Dropping an extension needs its owner (often a superuser): pg_restore must not try."""
    backup = backup_database(tmp_path / "ttdn.backup").path
    archive = backup_module._pg_archive_list(backup).splitlines()
    real_run = backup_module.subprocess.run
    used_lists = []

    def spy(command, **kwargs):
        for arg in command:
            if arg.startswith("--use-list="):
                used_lists.append(Path(arg.removeprefix("--use-list=")).read_text().splitlines())
        return real_run(command, **kwargs)

    monkeypatch.setattr(backup_module.subprocess, "run", spy)

    restore_database(backup)

    (used,) = used_lists
    extension_lines = [line for line in archive if " EXTENSION " in line]
    assert not [line for line in used if " EXTENSION " in line]
    assert sorted(used) == sorted(line for line in archive if line not in extension_lines)
    assert Agency.objects.count() == 3
