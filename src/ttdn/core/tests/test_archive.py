"""``ttdn backup`` / ``ttdn restore``: one archive with the database and the uploaded files.

Runs on the engine under test (SQLite, or PostgreSQL with DATABASE_URL): real evidence files
and a real imported document are backed up, the database and MEDIA_ROOT are changed, and the
restore must bring back every row of every table and every file byte for byte.
"""

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import translation

from ttdn.core.archive import MANIFEST, backup_archive, read_manifest, restore_archive
from ttdn.core.backup import BackupError, backup_database
from ttdn.demo.seeds import SEED_DIR
from ttdn.importer.models import ImportJob, ImportStatus
from ttdn.importer.services import import_jobs_create
from ttdn.tracking.models import Evidence
from ttdn.tracking.services import progress_submit

PLAN_TEXT = SEED_DIR / "004_b3151840d8e177ab.txt"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "var" / "media"
    settings.MEDIA_ROOT.mkdir(parents=True)
    return settings.MEDIA_ROOT


@pytest.fixture
def content(transactional_db, media, make_plan, officer_a, agency_a, coordinator):
    """Committed rows (pg_dump sees only those) with evidence files and an imported document."""
    task = make_plan(year=2024, timeframe="Quý II, III").tasks.get()
    progress_submit(
        actor=officer_a,
        task=task,
        agency=agency_a,
        status="in_progress",
        percent=40,
        narrative="Đã tổ chức 2 lớp tập huấn.",
        files=[
            SimpleUploadedFile("báo cáo quý 2.pdf", b"%PDF-1.4 " + bytes(range(256)) * 40),
            SimpleUploadedFile("ảnh hội nghị.jpg", b"\xff\xd8\xff\xe0" + b"\x00\x17" * 3000),
        ],
        links=["https://dongnai.gov.vn/tin-tuc/tap-huan"],
    )
    [job] = import_jobs_create(
        actor=coordinator,
        files=[SimpleUploadedFile("kế hoạch 2024.txt", PLAN_TEXT.read_bytes())],
    )
    job.refresh_from_db()
    assert job.status == ImportStatus.READY and job.file
    assert Evidence.objects.filter(file__gt="").count() == 2
    return {"task": task, "job": job}


def _all_rows() -> dict[str, list[tuple]]:
    """Every row of every table of every installed model (and M2M table), in primary-key order."""
    rows = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        fields = [f.attname for f in model._meta.concrete_fields]
        rows[model._meta.db_table] = [
            tuple(str(v) for v in row)
            for row in model._default_manager.order_by("pk").values_list(*fields)
        ]
    return rows


def _all_files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _change_everything(content, media: Path) -> None:
    """Delete and add rows, delete, change and add files."""
    ImportJob.objects.all().delete()
    Evidence.objects.first().delete()
    content["task"].plan.tasks.update(text="Changed after the backup")
    victim = next(p for p in media.rglob("*") if p.is_file())
    victim.write_bytes(b"changed after the backup")
    (media / "stray.txt").write_text("added after the backup")


def test_archive_brings_back_every_row_and_every_file(content, media, tmp_path):
    rows_before = _all_rows()
    files_before = _all_files(media)
    assert len(files_before) == 3  # two evidence files and the imported document

    result = backup_archive(tmp_path / "backup.tar")

    assert result.path.stat().st_mode & 0o777 == 0o600
    assert result.media_files == 3
    assert result.tables["tracking_evidence"] == 3  # two files and a link
    assert result.tables["importer_importjob"] == 1

    _change_everything(content, media)
    assert _all_rows() != rows_before and _all_files(media) != files_before

    restored = restore_archive(result.path)

    assert _all_rows() == rows_before
    assert _all_files(media) == files_before
    assert restored.media_files == 3
    assert restored.pending_migrations == 0
    # No staging directory left beside or inside MEDIA_ROOT.
    assert sorted(p.name for p in media.parent.iterdir()) == ["media"]
    # The restored files open through the models again.
    job = ImportJob.objects.get()
    with job.file.open("rb") as fh:
        assert fh.read() == PLAN_TEXT.read_bytes()


def test_manifest_lists_row_counts_and_checksums_of_every_file(content, media, tmp_path):
    result = backup_archive(tmp_path)

    assert result.path.name.startswith("ttdn-") and result.path.suffix == ".tar"
    with tarfile.open(result.path) as tar:
        names = tar.getnames()
        manifest = json.loads(tar.extractfile(MANIFEST).read())
        for name, entry in manifest["members"].items():
            data = tar.extractfile(name).read()
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            assert len(data) == entry["size"]
    assert names[-1] == MANIFEST
    assert manifest["engine"] == connection.vendor
    assert manifest["tables"]["tracking_evidence"] == 3
    media_members = sorted(n.removeprefix("media/") for n in names if n.startswith("media/"))
    assert media_members == sorted(_all_files(media))
    assert read_manifest(result.path) == manifest


def test_restore_refuses_a_damaged_archive_and_touches_nothing(content, media, tmp_path):
    path = backup_archive(tmp_path / "backup.tar").path
    with tarfile.open(path) as tar:
        member = next(m for m in tar.getmembers() if m.name.startswith("media/"))
    data = bytearray(path.read_bytes())
    data[member.offset_data] ^= 0xFF  # one flipped byte in one evidence file
    path.write_bytes(bytes(data))
    _change_everything(content, media)
    rows, files = _all_rows(), _all_files(media)

    with pytest.raises(CommandError, match="does not match its checksum"):
        call_command("restore", str(path), "--yes")

    assert _all_rows() == rows and _all_files(media) == files


def test_restore_refuses_an_archive_with_a_member_missing_from_the_manifest(
    content, media, tmp_path
):
    path = backup_archive(tmp_path / "backup.tar").path
    with tarfile.open(path, "a") as tar:
        info = tarfile.TarInfo("media/../../escape.txt")
        info.size = 3
        tar.addfile(info, io.BytesIO(b"bad"))

    with pytest.raises(BackupError, match="unexpected member"):
        read_manifest(path)
    assert not (tmp_path / "escape.txt").exists()


def test_restore_refuses_a_tar_that_is_not_a_ttdn_backup(transactional_db, media, tmp_path):
    path = tmp_path / "other.tar"
    with tarfile.open(path, "w") as tar:
        info = tarfile.TarInfo("notes.txt")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"hi"))

    with pytest.raises(CommandError, match="not a ttdn backup archive"):
        call_command("restore", str(path), "--yes")


def test_commands_back_up_and_restore_the_files(content, media, tmp_path):
    rows_before, files_before = _all_rows(), _all_files(media)
    out = io.StringIO()
    call_command("backup", str(tmp_path / "backup.tar"), stdout=out)
    assert "3 uploaded files" in out.getvalue()
    _change_everything(content, media)

    out = io.StringIO()
    call_command("restore", str(tmp_path / "backup.tar"), "--yes", stdout=out)

    assert "Restored 3 uploaded files" in out.getvalue()
    assert _all_rows() == rows_before and _all_files(media) == files_before


def test_restore_asks_about_the_files_too(content, media, tmp_path, monkeypatch):
    call_command("backup", str(tmp_path / "backup.tar"), stdout=io.StringIO())
    questions = []
    monkeypatch.setattr("builtins.input", lambda q: questions.append(q) or "no")

    with pytest.raises(CommandError, match="cancelled"):
        call_command("restore", str(tmp_path / "backup.tar"), stdout=io.StringIO())

    assert "uploaded files" in questions[0] and str(media) in questions[0]


def test_database_only_backup_of_an_earlier_version_is_still_restored(content, media, tmp_path):
    rows_before, files_before = _all_rows(), _all_files(media)
    old = backup_database(tmp_path / "old.backup").path
    ImportJob.objects.all().delete()
    (media / "kept.txt").write_text("not in a database-only backup")

    out = io.StringIO()
    call_command("restore", str(old), "--yes", stdout=out)

    assert _all_rows() == rows_before
    assert "database only" in out.getvalue()
    # Files are left alone by a database-only restore.
    assert _all_files(media) == {**files_before, "kept.txt": b"not in a database-only backup"}


def test_backup_refuses_to_write_into_media_root(transactional_db, media):
    (media / "backups").mkdir()

    with pytest.raises(BackupError, match="inside MEDIA_ROOT"):
        backup_archive(media / "backups")

    assert list((media / "backups").iterdir()) == []
