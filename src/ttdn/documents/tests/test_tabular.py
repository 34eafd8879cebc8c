"""ttdn.documents.tabular: registers read from Excel/CSV, mapped, converted, written back."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from django.utils.translation import override
from hypothesis import given
from hypothesis import strategies as st

from ttdn.core.tests.strategies import PROPERTY_SETTINGS, hostile_text
from ttdn.documents.encodings import encode_legacy
from ttdn.documents.source import ReadError
from ttdn.documents.tabular import (
    Column,
    ValueProblem,
    convert_rows,
    convert_value,
    export_bytes,
    read_table,
    suggest_mapping,
    template_bytes,
    to_bool,
    to_date,
    to_number,
)

COLUMNS = [
    Column("held_on", "Ngày tổ chức", kind="date", required=True),
    Column("topic", "Chủ đề", required=True, aliases=("Nội dung",)),
    Column("host", "Cơ quan chủ trì"),
    Column("spokesperson", "Người phát ngôn"),
    Column("reporters", "Số phóng viên", kind="integer"),
    Column("cost", "Kinh phí (đồng)", kind="decimal"),
    Column("periodic", "Định kỳ", kind="bool"),
    Column(
        "kind", "Hình thức", kind="choice", choices=(("periodic", "Định kỳ"), ("adhoc", "Đột xuất"))
    ),
]


def xlsx(tmp_path, rows, *, merges=(), name="so-theo-doi.xlsx"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Họp báo 2026"
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula, as Excel keeps it
    for merge in merges:
        sheet.merge_cells(merge)
    path = tmp_path / name
    workbook.save(path)
    return path


AGENCY_ROWS = [
    ["SỔ THEO DÕI HỌP BÁO NĂM 2026"],
    ["Đơn vị: Sở Văn hóa, Thể thao và Du lịch"],
    [],
    [
        "STT",
        "Ngay to chuc",
        "Nội dung họp báo",
        "Cơ quan chủ trì",
        "Người phát ngôn",
        "Số PV",
        "Kinh phí",
    ],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
    [1, dt.datetime(2026, 3, 5), "Lễ hội Hoa Ban", "UBND tỉnh", "Nguyễn Văn An", 25, "12.500.000"],
    [2, "17/04/2026", "Thu hút đầu tư", "Sở KH&ĐT", "Trần Thị Bình", "30", "1.234.567,5 đ"],
    [None, None, None, None, None, None, None],
    [3, 46150, '=HYPERLINK("http://evil")', "UBND tỉnh", "", 12, 0],
]


def test_a_register_with_title_rows_and_column_numbers_is_read_under_its_header(tmp_path):
    table = read_table(xlsx(tmp_path, AGENCY_ROWS), name="so-theo-doi.xlsx")
    assert table.format == "xlsx"
    assert table.sheet == "Họp báo 2026"
    assert table.header_row == 4
    assert table.headers[:3] == ["STT", "Ngay to chuc", "Nội dung họp báo"]
    # the "(1) (2) …" row and the empty row are not data; row numbers are the sheet's
    assert [number for number, _cells in table.rows] == [6, 7, 9]
    assert table.rows[0][1][1] == dt.datetime(2026, 3, 5)


def test_headers_are_mapped_without_diacritics_then_by_similarity_each_column_once(tmp_path):
    table = read_table(xlsx(tmp_path, AGENCY_ROWS), name="so-theo-doi.xlsx")
    mapping = suggest_mapping(table.headers, COLUMNS)
    assert mapping == [None, "held_on", "topic", "host", "spokesperson", None, "cost"]
    # a header that two columns could claim goes to one of them only
    twice = suggest_mapping(["Chủ đề", "Chu de"], COLUMNS)
    assert twice == ["topic", None]


def test_rows_are_converted_and_a_formula_in_a_cell_stays_text(tmp_path):
    table = read_table(xlsx(tmp_path, AGENCY_ROWS), name="so-theo-doi.xlsx")
    mapping = suggest_mapping(table.headers, COLUMNS)
    mapping[5] = "reporters"
    rows = convert_rows(table, mapping, COLUMNS)
    assert all(row.ok for row in rows)
    first, second, third = (row.values for row in rows)
    assert first["held_on"] == dt.date(2026, 3, 5)
    assert first["cost"] == Decimal("12500000")
    assert first["reporters"] == 25
    assert second["held_on"] == dt.date(2026, 4, 17)
    assert second["cost"] == Decimal("1234567.5")
    assert second["reporters"] == 30
    assert third["held_on"] == dt.date(2026, 5, 8)  # an Excel serial number
    assert third["topic"] == '=HYPERLINK("http://evil")'


def test_a_real_formula_in_an_uploaded_file_is_read_as_its_value_never_as_a_formula(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Chủ đề", "Số phóng viên"])
    sheet.append(["Họp báo", "=10+5"])  # a formula never computed: no value saved with it
    sheet.append(["Hội nghị", '=WEBSERVICE("http://evil")'])
    path = tmp_path / "cong-thuc.xlsx"
    workbook.save(path)
    table = read_table(path, name="cong-thuc.xlsx")
    assert [cells[1] for _number, cells in table.rows] == [None, None]


def test_every_failing_row_is_listed_with_its_number_column_and_reason(tmp_path):
    rows = [
        ["Ngày tổ chức", "Chủ đề", "Số phóng viên", "Định kỳ"],
        ["05/03/2026", "Họp báo quý I", "20", "Có"],
        ["31/02/2026", "Ngày không có", "abc", "có lẽ"],
        ["06/03/2026", "", "2,5", "x"],
    ]
    table = read_table(xlsx(tmp_path, rows), name="loi.xlsx")
    mapping = suggest_mapping(table.headers, COLUMNS)
    with override("en"):
        parsed = convert_rows(table, mapping, COLUMNS)
    assert parsed[0].ok and parsed[0].values["periodic"] is True
    errors = [(e.row_number, e.column, e.message) for row in parsed for e in row.errors]
    assert errors == [
        (3, "Ngày tổ chức", "“31/02/2026” is not a date: write it as dd/mm/yyyy."),
        (3, "Số phóng viên", "“abc” is not a whole number."),
        (3, "Định kỳ", "“có lẽ” is not yes or no: write Có or Không."),
        (4, "Số phóng viên", "“2,5” is not a whole number."),
        (4, "Chủ đề", "This column is required."),
    ]


def test_the_callers_validation_runs_on_converted_rows_and_its_errors_are_kept(tmp_path):
    rows = [["Ngày tổ chức", "Chủ đề"], ["05/03/2026", "Một"], ["06/03/2026", "Hai"]]
    table = read_table(xlsx(tmp_path, rows), name="a.xlsx")
    seen = []

    def validate(values):
        seen.append(values)
        if values["topic"] == "Hai":
            return {"topic": ["Trùng chủ đề."], "__all__": ["Trùng ngày."]}
        return None

    parsed = convert_rows(
        table, suggest_mapping(table.headers, COLUMNS), COLUMNS, validate=validate
    )
    assert seen[0] == {"held_on": dt.date(2026, 3, 5), "topic": "Một"}
    assert [(e.column, e.message) for e in parsed[1].errors] == [
        ("Chủ đề", "Trùng chủ đề."),
        ("", "Trùng ngày."),
    ]


def test_a_required_column_nobody_mapped_is_reported_on_each_row(tmp_path):
    table = read_table(xlsx(tmp_path, [["Chủ đề", "Ghi chú"], ["Một", "x"]]), name="a.xlsx")
    with override("en"):
        parsed = convert_rows(table, ["topic", None], COLUMNS)
    assert [e.message for e in parsed[0].errors] == [
        "No column of the file is mapped to this field."
    ]


def test_merged_header_cells_with_a_second_header_row_are_joined(tmp_path):
    rows = [
        ["Chủ đề", "Thời gian", None, "Địa điểm"],
        [None, "Từ ngày", "Đến ngày", None],
        ["Tập huấn phát ngôn", "01/06/2026", "03/06/2026", "Hà Nội"],
    ]
    path = xlsx(tmp_path, rows, merges=["B1:C1", "A1:A2", "D1:D2"])
    table = read_table(path, name="tap-huan.xlsx")
    assert table.headers == ["Chủ đề", "Thời gian Từ ngày", "Thời gian Đến ngày", "Địa điểm"]
    assert [number for number, _ in table.rows] == [3]
    columns = [
        Column("topic", "Chủ đề"),
        Column("starts_on", "Từ ngày", kind="date", aliases=("Thời gian từ ngày",)),
        Column("ends_on", "Đến ngày", kind="date", aliases=("Thời gian đến ngày",)),
    ]
    assert suggest_mapping(table.headers, columns) == ["topic", "starts_on", "ends_on", None]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05/03/2026", dt.date(2026, 3, 5)),
        ("5/3/2026", dt.date(2026, 3, 5)),
        ("05-03-2026", dt.date(2026, 3, 5)),
        ("05.03.2026", dt.date(2026, 3, 5)),
        ("05/03/26", dt.date(2026, 3, 5)),
        ("05/03/2026 08:30", dt.date(2026, 3, 5)),
        ("2026-03-05", dt.date(2026, 3, 5)),
        ("ngày 5 tháng 3 năm 2026", dt.date(2026, 3, 5)),
        ("Ngày 05 tháng 03 năm 2026", dt.date(2026, 3, 5)),
        (dt.datetime(2026, 3, 5, 14, 0), dt.date(2026, 3, 5)),
        (dt.date(2026, 3, 5), dt.date(2026, 3, 5)),
        (46086, dt.date(2026, 3, 5)),
        (46086.5, dt.date(2026, 3, 5)),
    ],
)
def test_dates_in_the_forms_offices_write_them(value, expected):
    assert to_date(value) == expected


@pytest.mark.parametrize("value", ["32/01/2026", "03/05", "tháng 3", "2026", -5, True, "5/3/2026x"])
def test_what_is_not_a_date_is_refused(value):
    with pytest.raises(ValueProblem):
        to_date(value)


@pytest.mark.parametrize(
    ("value", "integer", "expected"),
    [
        ("1.234.567", True, 1234567),
        ("1.234.567 ₫", True, 1234567),
        ("1 234 567 đồng", True, 1234567),
        ("1,234,567", True, 1234567),
        ("1.234.567,50", False, Decimal("1234567.50")),
        ("1,234,567.50", False, Decimal("1234567.50")),
        ("12,5", False, Decimal("12.5")),
        ("1.500", True, 1500),
        ("1,500", True, 1500),
        ("1.500", False, Decimal("1500")),
        ("1,500", False, Decimal("1.500")),
        ("-25", True, -25),
        (25.0, True, 25),
        (12, False, Decimal(12)),
        ("3 VND", True, 3),
    ],
)
def test_numbers_with_vietnamese_separators(value, integer, expected):
    assert to_number(value, integer=integer) == expected


@pytest.mark.parametrize(
    "value", ["1.23.4", "12a", "", "--1", "1.234,5,6", True, float("nan"), "2,5"]
)
def test_what_is_not_a_whole_number_is_refused(value):
    with pytest.raises(ValueProblem):
        to_number(value, integer=True)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Có", True), ("có", True), ("x", True), ("TRUE", True), (1, True), (True, True),
     ("Không", False), ("khong", False), ("0", False), (False, False), ("Sai", False)],
)  # fmt: skip
def test_yes_and_no(value, expected):
    assert to_bool(value) is expected


def test_choices_by_value_or_label_and_many_values_in_a_cell():
    kind = COLUMNS[-1]
    assert convert_value("Đột xuất", kind) == "adhoc"
    assert convert_value("dot xuat", kind) == "adhoc"
    assert convert_value("periodic", kind) == "periodic"
    with override("en"), pytest.raises(ValueProblem) as caught:
        convert_value("Hằng tuần", kind)
    assert caught.value.message == "“Hằng tuần” is not one of: Định kỳ, Đột xuất."
    languages = Column("languages", "Ngôn ngữ", kind="choice", many=True,
                       choices=(("vi", "Tiếng Việt"), ("en", "Tiếng Anh")))  # fmt: skip
    assert convert_value("Tiếng Việt; tiếng Anh", languages) == ["vi", "en"]
    assert convert_value(None, languages) == []


def test_csv_in_utf8_with_bom_semicolons(tmp_path):
    path = tmp_path / "so.csv"
    text = 'Ngày tổ chức;Chủ đề;Ghi chú\n05/03/2026;"Họp báo; quý I";=1+1\n'
    path.write_bytes(text.encode("utf-8-sig"))
    table = read_table(path, name="so.csv")
    assert (table.format, table.encoding) == ("csv", "utf-8-sig")
    assert table.headers == ["Ngày tổ chức", "Chủ đề", "Ghi chú"]
    assert table.rows == [(2, ["05/03/2026", "Họp báo; quý I", "=1+1"])]


@pytest.mark.parametrize("encoding", ["windows-1258", "tcvn3"])
def test_csv_in_legacy_vietnamese_encodings(tmp_path, encoding):
    text = (
        "Ngày tổ chức,Chủ đề,Cơ quan chủ trì\n"
        "05/03/2026,Họp báo thông tin kinh tế xã hội,Ủy ban nhân dân tỉnh\n"
    )
    path = tmp_path / "so.csv"
    path.write_bytes(encode_legacy(text, encoding))
    table = read_table(path, name="so.csv")
    assert table.encoding == encoding
    assert table.headers == ["Ngày tổ chức", "Chủ đề", "Cơ quan chủ trì"]
    assert table.rows[0][1][1] == "Họp báo thông tin kinh tế xã hội"


def test_an_export_is_safe_against_formulas_and_imports_back_unchanged(tmp_path):
    entries = [
        {
            "held_on": dt.date(2026, 3, 5),
            "topic": '=HYPERLINK("http://evil","Bấm")',
            "host": "+84 912 345 678",
            "spokesperson": "@Nguyễn",
            "reporters": 25,
            "cost": Decimal("12500000"),
            "periodic": True,
            "kind": "adhoc",
        }
    ]
    with override("vi"):
        data = export_bytes(COLUMNS, entries, title="Họp báo")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [cell for cell in sheet[2]]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert cells[1].value == '\'=HYPERLINK("http://evil","Bấm")'
    assert cells[0].number_format == "DD/MM/YYYY"
    assert cells[6].value == "Có"
    assert cells[7].value == "Đột xuất"
    path = tmp_path / "export.xlsx"
    path.write_bytes(data)
    table = read_table(path, name="export.xlsx")
    mapping = suggest_mapping(table.headers, COLUMNS)
    assert mapping == [column.name for column in COLUMNS]
    (row,) = convert_rows(table, mapping, COLUMNS)
    assert row.ok, row.errors
    assert row.values == entries[0]


def test_the_template_has_the_headers_and_explains_each_column(tmp_path):
    with override("en"):
        data = template_bytes(COLUMNS, title="Họp báo")
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    first, guide = workbook.worksheets
    assert [cell.value for cell in first[1]] == [column.header for column in COLUMNS]
    assert first.cell(row=2, column=1).number_format == "DD/MM/YYYY"
    assert guide.title == "How to fill in"
    rows = list(guide.iter_rows(min_row=2, values_only=True))
    assert rows[0][:3] == ("Ngày tổ chức", "Date (dd/mm/yyyy)", "Yes")
    assert rows[-1][3] == "Định kỳ; Đột xuất"
    # an empty template is not a register yet
    path = tmp_path / "mau.xlsx"
    path.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read_table(path, name="mau.xlsx")
    assert caught.value.code == "no_rows"


def refused(path, name, **caps):
    with override("en"), pytest.raises(ReadError) as caught:
        read_table(path, name=name, **caps)
    return caught.value


def test_a_corrupt_workbook_is_refused(tmp_path):
    good = xlsx(tmp_path, AGENCY_ROWS).read_bytes()
    path = tmp_path / "hong.xlsx"
    path.write_bytes(good[: len(good) // 2])
    error = refused(path, "hong.xlsx")
    assert error.code == "corrupt"
    assert error.message == "“hong.xlsx” is damaged or incomplete and cannot be read."


def test_a_ten_megabyte_file_is_refused_before_it_is_opened(tmp_path):
    path = tmp_path / "lon.xlsx"
    with path.open("wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(10 * 1024 * 1024)
    error = refused(path, "lon.xlsx")
    assert error.code == "too_large"
    assert error.message.startswith("“lon.xlsx” is too large (10")


def test_an_xlsx_that_is_a_zip_of_something_else_is_refused(tmp_path):
    path = tmp_path / "so.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("anh/logo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100)
        archive.writestr("readme.txt", "không phải bảng tính")
    error = refused(path, "so.xlsx")
    assert error.code == "not_table"
    assert error.message == "“so.xlsx” is not an Excel workbook (.xlsx) or a CSV file."


def test_other_files_named_xlsx_are_refused(tmp_path):
    pdf = tmp_path / "so.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 100)
    assert refused(pdf, "so.xlsx").code == "not_table"
    old = tmp_path / "so.xls"
    old.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "Workbook".encode("utf-16-le")
    )
    assert refused(old, "so.xls").code == "old_excel"
    binary = tmp_path / "so.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    assert refused(binary, "so.csv").code == "not_table"
    empty = tmp_path / "rong.csv"
    empty.write_bytes(b"")
    assert refused(empty, "rong.csv").code == "empty"


def test_caps_on_rows_columns_and_cell_length(tmp_path):
    rows = [["Ngày tổ chức", "Chủ đề"]] + [["05/03/2026", f"Họp báo {n}"] for n in range(11)]
    error = refused(xlsx(tmp_path, rows), "nhieu.xlsx", max_rows=10)
    assert (error.code, error.message) == (
        "too_many_rows",
        "“nhieu.xlsx” has more than 10 rows; split it into smaller files.",
    )
    wide = [["Chủ đề", "Ghi chú"], ["Một", *["x"] * 70]]
    error = refused(xlsx(tmp_path, wide, name="rong.xlsx"), "rong.xlsx")
    assert error.code == "too_many_columns"
    assert error.message == "Row 2 of “rong.xlsx” has 71 columns; at most 60 are read."
    long = [["Chủ đề", "Ghi chú"], ["Một", "a" * 6000]]
    error = refused(xlsx(tmp_path, long, name="dai.xlsx"), "dai.xlsx")
    assert error.code == "cell_too_long"
    assert error.message == (
        "Cell B2 of “dai.xlsx” holds 6000 characters; a cell may hold at most 5000."
    )


def test_a_sheet_without_a_header_row_is_refused(tmp_path):
    error = refused(xlsx(tmp_path, [[1, 2, 3], [4, 5, 6]]), "so.xlsx")
    assert error.code == "no_header"


def test_control_and_bidi_characters_in_cells_are_cleaned(tmp_path):
    rows = [["Chủ đề", "Cơ quan chủ trì"], ["Họp\u202ebáo\u200b", "UBND"]]
    table = read_table(xlsx(tmp_path, rows), name="a.xlsx")
    assert table.rows[0][1][0] == "Họpbáo"


@PROPERTY_SETTINGS
@given(
    value=st.one_of(
        hostile_text(),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.from_regex(r"[0-9.,\- /]{1,20}", fullmatch=True),
    ),
    column=st.sampled_from(COLUMNS),
)
def test_any_cell_converts_or_is_refused_with_a_message(value, column):
    try:
        converted = convert_value(value, column)
    except ValueProblem as problem:
        assert problem.message
    else:
        if column.kind == "date" and converted is not None:
            assert isinstance(converted, dt.date)
        if column.kind == "integer" and converted is not None:
            assert isinstance(converted, int)
        if column.kind == "text" and converted is not None:
            assert "\x00" not in converted and "\u202e" not in converted
