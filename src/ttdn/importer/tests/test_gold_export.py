"""``ttdn import-gold-export``: confirmed imports leave as documents with gold, in the real
corpus's form, so that the reader can be measured (and trained) on what offices upload."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from ttdn.audit.models import AuditEntry
from ttdn.importer import review, services
from ttdn.importer.models import ImportJob
from ttdn.importer.pipeline import analyse_file
from ttdn.importer.result import ExtractedTask, ExtractionResult, Located
from ttdn.importer.scoring import score
from ttdn.importer.tests.test_services import (
    SAMPLE_TEXT,
    fake_analyser,
    sample_result,
    text_upload,
)
from ttdn.plans.models import Visibility

pytestmark = pytest.mark.django_db

CORRECTED = "Kế hoạch hoạt động thông tin đối ngoại tỉnh Đồng Nai năm 2018 (bản đã duyệt)"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def confirm(coordinator, monkeypatch, agency_a, agency_b):
    """Upload the sample plan, read it, and confirm it as the reviewer corrected it."""

    def make(visibility=Visibility.PUBLIC, name="ke-hoach-12773.txt", part_task=False):
        read = sample_result(agency_a, agency_b, name=name)
        monkeypatch.setattr(
            services,
            "analyse_file",
            fake_analyser(lambda _name: ExtractionResult.from_dict(read.to_dict())),
        )
        [job] = services.import_jobs_create(actor=coordinator, files=[text_upload(name)])
        job.refresh_from_db()
        edited = ExtractionResult.from_dict(job.result)
        edited.title = Located(value=CORRECTED, confidence=1.0)
        del edited.tasks[2]  # the reviewer dropped a task read
        if part_task:  # and one came from the annex uploaded beside it
            edited.tasks.append(
                ExtractedTask(
                    text="Tổ chức hội nghị báo chí quốc tế.", part="9", part_file="phu-luc.xlsx"
                )
            )
            edited.parts = [{"job": "9", "file": "phu-luc.xlsx", "added": 1}]
        review.import_job_confirm(actor=coordinator, job=job, data=edited, visibility=visibility)
        job.refresh_from_db()
        return job

    return make


def _export(folder, *args) -> str:
    from io import StringIO

    out = StringIO()
    with translation.override("en"):
        call_command("import_gold_export", str(folder), *args, stdout=out)
    return out.getvalue()


def test_a_confirmed_import_leaves_as_its_file_and_the_reviewers_gold(confirm, tmp_path):
    job = confirm(part_task=True)
    _export(tmp_path / "gold")
    [gold_path] = (tmp_path / "gold").glob("*.gold.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    original = tmp_path / "gold" / gold["file"]
    assert original.suffix == ".txt" and original.read_text(encoding="utf-8") == SAMPLE_TEXT
    assert gold["title"] == CORRECTED  # what the reviewer confirmed, not what was read
    assert gold["plan_number"] == "12773/KH-UBND"
    assert gold["period"] == {"from_year": 2018, "to_year": 2018}
    # the annex's task is in another file: not in this file's gold, which names that file
    assert [t["text"] for t in gold["tasks"]] == [
        t.text for t in ExtractionResult.from_dict(job.reviewed).tasks if not t.part
    ]
    assert len(gold["tasks"]) == 2 and gold["parts"] == ["phu-luc.xlsx"]
    assert gold["held_out"] is False and gold["source"] == "review" and "warnings" not in gold
    entry = AuditEntry.objects.get(action="import.gold_exported")
    assert entry.data["file"] == gold["file"]
    # the real reader scored on the exported document, as benchmarks/importer.py --corpus does
    scored = score(analyse_file(original, name=original.name).contract(), gold)
    assert scored.fields["plan_number"] and not scored.fields["title"]


def test_only_public_plans_leave_unless_internal_ones_are_asked_for(confirm, tmp_path):
    confirm(Visibility.PUBLIC, name="cong-khai.txt")
    confirm(Visibility.INTERNAL, name="noi-bo.txt")
    confirm(Visibility.RESTRICTED, name="han-che.txt")
    assert _export(tmp_path / "a").startswith("1 confirmed imports written to")
    assert len(list((tmp_path / "a").glob("*.gold.json"))) == 1
    _export(tmp_path / "b", "--include-internal")
    names = sorted(p.suffix for p in (tmp_path / "b").iterdir())
    assert names == [".json", ".json", ".txt", ".txt"]  # never the restricted plan's
    assert AuditEntry.objects.filter(action="import.gold_exported").count() == 3
    _export(tmp_path / "c", "--since", "01/01/2999")
    assert list((tmp_path / "c").iterdir()) == []


def test_the_text_as_read_stands_in_for_a_file_no_longer_stored(confirm, tmp_path):
    job = confirm()
    job.file.storage.delete(job.file.name)
    _export(tmp_path / "gold")
    [text] = (tmp_path / "gold").glob("*.txt")
    assert text.read_text(encoding="utf-8") == ExtractionResult.from_dict(job.result).text


def test_bad_arguments_are_refused_with_a_message(tmp_path):
    with pytest.raises(CommandError):
        call_command("import_gold_export", str(tmp_path), "--since", "31/02/2026")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(CommandError):
        call_command("import_gold_export", str(blocker / "inside"))
    assert not ImportJob.objects.exists()
