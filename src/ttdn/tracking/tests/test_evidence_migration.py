"""Migrations 0003–0004 (Evidence becomes an Attachment) keep existing rows."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from ttdn.tracking.models import Evidence
from ttdn.tracking.services import progress_submit

BEFORE = [("tracking", "0002_pending_updates_index")]
AFTER = [("tracking", "0004_evidence_created_at_backfill")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.mark.django_db(transaction=True)
def test_evidence_rows_survive_and_get_their_update_time(
    tmp_path, settings, officer_a, agency_a, make_plan
):
    settings.MEDIA_ROOT = tmp_path
    update = progress_submit(
        actor=officer_a,
        task=make_plan(status="in_progress").tasks.get(),
        agency=agency_a,
        status="in_progress",
        percent=10,
        files=[SimpleUploadedFile("bien-ban.pdf", b"%PDF")],
        links=["https://baodongnai.com.vn/a"],
    )
    rows = sorted(Evidence.objects.values_list("pk", "file", "url", "title", "size"))
    try:
        _migrate(BEFORE)
        _migrate(AFTER)
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    assert sorted(Evidence.objects.values_list("pk", "file", "url", "title", "size")) == rows
    assert set(Evidence.objects.values_list("created_at", flat=True)) == {update.submitted_at}
