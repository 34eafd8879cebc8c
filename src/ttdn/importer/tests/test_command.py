"""``ttdn import-plan``: the stable JSON contract, errors per file, and real imports."""

import io
import json

import pytest
from django.core.management import call_command

from ttdn.core.tests.console import run_ttdn
from ttdn.demo.seeds import SEED_DIR
from ttdn.plans.models import Plan, PlanStatus, Task

SEEDS = SEED_DIR
NEWS = SEEDS / "001_9c81e32bd19ed172.txt"
PLAN = SEEDS / "004_b3151840d8e177ab.txt"

CONTRACT_KEYS = {
    "file",
    "doc_type",
    "issuer",
    "level",
    "locality",
    "plan_number",
    "issued_date",
    "title",
    "period",
    "legal_bases",
    "tasks",
    "report_deadline",
    "warnings",
}


@pytest.fixture
def directory(db):
    from ttdn.directory.services import agencies_load, units_load

    units_load()
    agencies_load()


def _run(*args) -> tuple[list[dict], int]:
    out = io.StringIO()
    code = 0
    try:
        call_command("import_plan", *map(str, args), stdout=out, stderr=io.StringIO())
    except SystemExit as exit_:
        code = exit_.code
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()], code


def test_dry_run_prints_one_contract_object_per_file_and_stores_nothing(directory):
    objects, code = _run(NEWS, PLAN, "--dry-run", "--json")
    assert code == 0
    assert [o["file"] for o in objects] == [NEWS.name, PLAN.name]
    for obj in objects:
        assert set(obj) == CONTRACT_KEYS
    plan = objects[1]
    assert plan["plan_number"] == "12773/KH-UBND" and plan["issued_date"] == "2017-12-08"
    assert plan["period"] == {"from_year": 2018, "to_year": 2018}
    assert plan["legal_bases"][2] == {
        "identifier": "72/2015/NĐ-CP",
        "kind": "decree",
        "date": "2015-09-07",
    }
    task = plan["tasks"][0]
    assert set(task) == {"text", "group", "lead", "coordinating", "timeframe"}
    assert set(task["lead"][0]) == {"as_written", "agency"}
    assert set(task["timeframe"]) == {"as_written", "deadlines", "recurrence"}
    assert plan["report_deadline"] == {
        "as_written": "trước ngày 05 tháng 11 hàng năm",
        "month": 11,
        "day": 5,
        "recurrence": "yearly",
    }
    assert not Plan.objects.exists()


def test_a_file_that_cannot_be_read_gives_an_error_object_and_the_others_go_through(
    directory, tmp_path
):
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 this is not a real Word file")
    missing = tmp_path / "khong-co.pdf"
    objects, code = _run(broken, NEWS, missing, "--dry-run", "--json")
    assert code == 1
    assert [o["file"] for o in objects] == ["hong.docx", NEWS.name, "khong-co.pdf"]
    assert set(objects[0]) == {"file", "error", "code"} and objects[0]["code"] == "corrupt"
    assert "hong.docx" in objects[0]["error"]
    assert objects[1]["plan_number"] == "64/KH-UBND"
    assert objects[2]["code"] == "missing"


def test_import_creates_draft_plans_for_the_coordinator(directory, coordinator):
    objects, code = _run(PLAN, "--json", "--user", coordinator.username)
    assert code == 0
    plan = Plan.objects.get(pk=objects[0]["plan_id"])
    assert plan.status == PlanStatus.DRAFT
    assert plan.number == "12773/KH-UBND"
    assert Task.objects.filter(plan=plan).count() == 25
    assert plan.created_by == coordinator


def test_a_document_without_tasks_is_not_imported(directory, coordinator, tmp_path):
    notice = tmp_path / "thong-bao.txt"
    notice.write_text("Thông báo lịch tiếp công dân tháng 5 năm 2024.", encoding="utf-8")
    objects, code = _run(notice, "--json", "--user", coordinator.username)
    assert code == 1
    assert objects[0]["code"] == "no_tasks" and "thong-bao.txt" in objects[0]["error"]
    assert not Plan.objects.exists()


def test_an_officer_cannot_import(directory, make_user):
    officer = make_user("can_bo", "officer")
    objects, code = _run(PLAN, "--json", "--user", officer.username)
    assert code == 1
    assert objects[0]["code"] == "invalid"
    assert not Plan.objects.exists()


def test_the_console_script_accepts_the_hyphenated_name(tmp_path):
    """``ttdn import-plan`` (with a hyphen) reaches the command."""
    done = run_ttdn("import-plan", "--help", var_dir=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "--dry-run" in done.stdout
