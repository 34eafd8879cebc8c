"""``ttdn report``: its contract (arguments, files, exit status, errors)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import docx
import openpyxl
import pytest
from django.core.management import CommandError, call_command

from ttdn.reports import services
from ttdn.reports.management.commands import report as command
from ttdn.reports.models import SummaryReport

pytestmark = pytest.mark.django_db


def run(*args: str) -> None:
    call_command("report", *args, stderr=io.StringIO())


def test_writes_the_word_file_from_a_first_draft_without_saving_it(report_plan, tmp_path):
    out = tmp_path / "bao-cao.docx"
    run(
        "--plan", "12773/KH-UBND", "--period", "2018", "--output", str(out), "--today", "2019-01-15"
    )
    document = docx.Document(str(out))
    assert "Số: " in document.tables[0].cell(0, 0).text
    assert SummaryReport.objects.count() == 0


def test_the_plan_is_found_by_its_whole_number_in_any_case_or_by_its_number_alone(
    report_plan, tmp_path
):
    out = tmp_path / "a.xlsx"
    run("--plan", " 12773/kh-ubnd", "--period", "2018-Q3", "--format", "xlsx", "--output", str(out))
    assert openpyxl.load_workbook(out).sheetnames
    run("--plan", "12773", "--period", "2018-06", "--format", "xlsx", "--output", str(out))


def test_the_saved_draft_is_used_when_there_is_one(report_plan, coordinator, tmp_path):
    report = services.report_create(actor=coordinator, plan=report_plan.plan, period="2018")
    services.report_update(
        actor=coordinator,
        report=report,
        changes={"number": "215", "proposals": "Đề nghị riêng."},
        expected_version=report.version,
    )
    out = tmp_path / "r.docx"
    run("--plan", "12773/KH-UBND", "--period", "2018", "--output", str(out))
    document = docx.Document(str(out))
    assert "Số: 215/BC-UBND" in document.tables[0].cell(0, 0).text
    assert any(p.text.startswith("Đề nghị riêng") for p in document.paragraphs)


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["--plan", "999/KH-UBND", "--period", "2018"], command.EXIT_PLAN),
        (["--plan", "12773/KH-UBND", "--period", "2018-Q9"], command.EXIT_USAGE),
        (["--plan", "12773/KH-UBND", "--period", "2020"], command.EXIT_USAGE),
        (
            ["--plan", "12773/KH-UBND", "--period", "2018", "--today", "15/01/2019"],
            command.EXIT_USAGE,
        ),
        (["--plan", "  ", "--period", "2018"], command.EXIT_USAGE),
    ],
)
def test_bad_arguments_have_their_exit_status_and_a_clear_message(
    report_plan, tmp_path, args, status
):
    out = tmp_path / "x.docx"
    with pytest.raises(CommandError) as error:
        run(*args, "--output", str(out))
    assert error.value.returncode == status
    assert str(error.value)
    assert not out.exists()


def test_several_plans_with_the_same_number_are_named(report_plan, coordinator, tmp_path):
    from ttdn.plans.services import plan_create

    plan_create(actor=coordinator, title="Kế hoạch khác", number="12773/KH-SNV", period_start=2018)
    with pytest.raises(CommandError) as error:
        run("--plan", "12773", "--period", "2018", "--output", str(tmp_path / "x.docx"))
    assert error.value.returncode == command.EXIT_PLAN
    assert "12773/KH-SNV" in str(error.value) and "12773/KH-UBND" in str(error.value)


def test_an_unwritable_output_is_status_4_and_nothing_is_computed(report_plan, tmp_path):
    for target in (tmp_path, tmp_path / "missing" / "x.docx"):
        with pytest.raises(CommandError) as error:
            run("--plan", "12773/KH-UBND", "--period", "2018", "--output", str(target))
        assert error.value.returncode == command.EXIT_OUTPUT
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(CommandError) as error:
            run("--plan", "12773/KH-UBND", "--period", "2018", "--output", str(locked / "x.docx"))
        assert error.value.returncode == command.EXIT_OUTPUT


def test_a_bad_format_is_refused(report_plan, tmp_path):
    with pytest.raises(CommandError):
        run(
            "--plan",
            "12773/KH-UBND",
            "--period",
            "2018",
            "--format",
            "odt",
            "--output",
            str(tmp_path / "x"),
        )


def test_a_failed_pdf_conversion_is_status_5(report_plan, tmp_path, monkeypatch):
    from ttdn.documents.convert import ConversionError

    def fail(content):
        raise ConversionError("LibreOffice is missing", code="converter_missing")

    monkeypatch.setattr(command, "report_pdf", fail)
    with pytest.raises(CommandError) as error:
        run(
            "--plan",
            "12773/KH-UBND",
            "--period",
            "2018",
            "--format",
            "pdf",
            "--output",
            str(tmp_path / "x.pdf"),
        )
    assert error.value.returncode == command.EXIT_CONVERSION
    assert not Path(tmp_path / "x.pdf").exists()


def test_the_output_is_replaced_whole(report_plan, tmp_path):
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"old")
    run("--plan", "12773/KH-UBND", "--period", "2018", "--format", "xlsx", "--output", str(out))
    assert out.read_bytes().startswith(b"PK")
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]  # no temporary file left
