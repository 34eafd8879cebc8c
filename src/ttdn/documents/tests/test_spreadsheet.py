"""ttdn.documents.spreadsheet: formula injection, illegal characters, a workbook read back."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
from django.utils import translation
from django.utils.translation import gettext_lazy

from ttdn.documents.spreadsheet import Sheet, safe_cell, sheet_title, workbook_bytes


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+84 912 345 678", "'+84 912 345 678"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("   =cmd|'/C calc'!A0", "'   =cmd|'/C calc'!A0"),
        ("\uff1d1+1", "'\uff1d1+1"),
        ("Kế hoạch số 12/KH-UBND", "Kế hoạch số 12/KH-UBND"),
        ("a = b", "a = b"),
        ("Dòng 1\x0b dòng 2\x00", "Dòng 1 dòng 2"),
        ("\x01=1", "'=1"),
        ("", ""),
    ],
)
def test_safe_cell_text(value, expected):
    assert safe_cell(value) == expected


def test_safe_cell_leaves_other_values_and_makes_times_local(settings):
    settings.TIME_ZONE = "Asia/Ho_Chi_Minh"
    assert safe_cell(None) is None
    assert safe_cell(-5) == -5
    assert safe_cell(dt.date(2025, 1, 2)) == dt.date(2025, 1, 2)
    utc = dt.datetime(2025, 1, 2, 1, 30, tzinfo=dt.UTC)
    assert safe_cell(utc) == dt.datetime(2025, 1, 2, 8, 30)
    with translation.override("en"):
        assert safe_cell(gettext_lazy("Status")) == "Status"


def test_sheet_titles_are_what_excel_accepts():
    taken: set[str] = set()
    assert sheet_title("Phụ lục: nhiệm vụ [2025]", taken) == "Phụ lục  nhiệm vụ  2025"
    assert sheet_title("x" * 40, taken) == "x" * 31
    assert sheet_title("X" * 40, taken) == "X" * 27 + " (2)"
    assert sheet_title("", taken) == "Sheet"


def test_workbook_is_read_back_with_every_cell_safe():
    data = workbook_bytes(
        [
            Sheet(
                title="Nhiệm vụ",
                header=["STT", "Nội dung", "Cơ quan chủ trì", "Hạn"],
                rows=[
                    [1, "=1+1", "Sở Ngoại vụ\x0b", dt.date(2025, 12, 31)],
                    [2, "Tổ chức hội nghị", "@Sở TT&TT", None],
                ],
                widths=[6, 60, 30, 12],
            ),
            Sheet(title="Nhiệm vụ", rows=[["trống"]]),
        ]
    )
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["Nhiệm vụ", "Nhiệm vụ (2)"]
    sheet = workbook["Nhiệm vụ"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["STT", "Nội dung", "Cơ quan chủ trì", "Hạn"]
    assert rows[1] == [1, "'=1+1", "Sở Ngoại vụ", dt.datetime(2025, 12, 31)]
    assert rows[2] == [2, "Tổ chức hội nghị", "'@Sở TT&TT", None]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width == 60


def test_an_empty_workbook_still_opens():
    assert openpyxl.load_workbook(io.BytesIO(workbook_bytes([]))).sheetnames == ["Sheet"]
