"""The registers' Excel import and export: services (activities.io) and pages (views_io)."""

from __future__ import annotations

import datetime as dt
import io as bytes_io
from pathlib import Path

import openpyxl
import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from ttdn.activities import io
from ttdn.activities.models import Activity, Spokesperson
from ttdn.activities.models_io import ImportState, RegisterImport
from ttdn.activities.registers import REGISTERS
from ttdn.audit.models import AuditEntry
from ttdn.core.exceptions import ConflictError

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# An agency's own training register: a title, the unit, a header of its own words, the
# "(1) (2) …" row, dates typed in three ways.
AGENCY_TRAININGS = [
    ["SỔ THEO DÕI CÁC LỚP BỒI DƯỠNG NĂM 2026"],
    ["Đơn vị: Sở Thông tin và Truyền thông"],
    [
        "STT",
        "Chủ đề",
        "Từ ngày",
        "Đến ngày",
        "Địa điểm",
        "Đơn vị tổ chức",
        "Lãnh đạo",
        "Phóng viên",
        "Ghi chú",
    ],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"],
    [1, "Kỹ năng phát ngôn", dt.datetime(2026, 3, 5), "06/03/2026", "Biên Hòa", "Sở TT&TT", 12, "30", ""],
    [2, "Thông tin đối ngoại", "ngày 10 tháng 4 năm 2026", None, "Long Khánh", "Sở Ngoại vụ", 5, 0, "Lớp 2"],
]  # fmt: skip


def workbook(rows) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    out = bytes_io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(data: bytes, name="so-boi-duong.xlsx") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=XLSX)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def trainings():
    return REGISTERS["trainings"]


def start(officer, agency, rows=AGENCY_TRAININGS, register=None, name="so-boi-duong.xlsx"):
    register = register or REGISTERS["trainings"]
    return io.register_import_start(
        actor=officer, register=register, agency=agency, upload=upload(workbook(rows), name)
    )


# --- services --------------------------------------------------------------------------


def test_the_agencys_own_layout_is_mapped_previewed_and_imported(officer_a, agency_a, trainings):
    imported = start(officer_a, agency_a)
    assert imported.state == ImportState.UPLOADED
    assert imported.mapping == [
        None,
        "title",
        "start_date",
        "end_date",
        "place",
        "host",
        "attendees_leaders",
        "attendees_reporters",
        "notes",
    ]
    preview = io.register_import_preview(actor=officer_a, register=trainings, imported=imported)
    assert preview.errors == []
    assert [row.number for row in preview.rows] == [5, 6]
    assert preview.rows[1].values["start_date"] == dt.date(2026, 4, 10)

    count = io.register_import_confirm(actor=officer_a, register=trainings, imported=imported)

    assert count == 2
    entries = Activity.objects.filter(kind="trainings").order_by("start_date")
    assert [(e.title, e.start_date, e.end_date, e.agency_id) for e in entries] == [
        ("Kỹ năng phát ngôn", dt.date(2026, 3, 5), dt.date(2026, 3, 6), agency_a.pk),
        ("Thông tin đối ngoại", dt.date(2026, 4, 10), None, agency_a.pk),
    ]
    assert entries[0].attendees_leaders == 12 and entries[0].attendees_reporters == 30
    assert all(e.created_by == officer_a for e in entries)
    imported.refresh_from_db()
    assert (imported.state, imported.row_count) == (ImportState.DONE, 2)
    done = AuditEntry.objects.get(action="register_import.done")
    assert done.data == {"register": "trainings", "file": "so-boi-duong.xlsx", "rows": 2}
    assert done.actor == officer_a
    assert AuditEntry.objects.filter(action="activity.created").count() == 2


def test_a_row_failing_its_form_is_listed_and_nothing_is_saved(officer_a, agency_a, trainings):
    rows = [
        ["Chủ đề", "Từ ngày", "Đến ngày", "Lãnh đạo"],
        ["Lớp một", "05/03/2026", "06/03/2026", 3],
        ["Lớp hai", "10/03/2026", "08/03/2026", -4],
        ["", "hôm qua", "", "ba"],
    ]
    imported = start(officer_a, agency_a, rows)
    with override("en"), pytest.raises(io.ImportRejected) as caught:
        io.register_import_confirm(actor=officer_a, register=trainings, imported=imported)
    problems = [(e.row_number, e.message) for e in caught.value.preview.errors]
    assert (3, "The end date cannot be before the start date.") in problems
    assert any(number == 3 and "greater than or equal to 0" in m for number, m in problems)
    assert (4, "“hôm qua” is not a date: write it as dd/mm/yyyy.") in problems
    assert (4, "“ba” is not a whole number.") in problems
    assert {number for number, _m in problems} == {3, 4}
    assert not Activity.objects.exists()
    imported.refresh_from_db()
    assert imported.state == ImportState.UPLOADED
    assert not AuditEntry.objects.filter(action="register_import.done").exists()


def test_a_row_the_service_refuses_rolls_back_the_rows_already_created(
    officer_a, agency_a, trainings
):
    rows = [
        ["Chủ đề", "Từ ngày"],
        ["Lớp một", "05/03/2026"],
        ["Lớp <script>alert(1)</script>", "06/03/2026"],
    ]
    imported = start(officer_a, agency_a, rows)
    # the form takes the HTML; the register's service refuses it
    preview = io.register_import_preview(actor=officer_a, register=trainings, imported=imported)
    assert preview.errors == []
    with override("en"), pytest.raises(io.ImportRejected) as caught:
        io.register_import_confirm(actor=officer_a, register=trainings, imported=imported)
    (error,) = caught.value.preview.errors
    assert (error.row_number, error.message) == (
        3,
        "Write plain text: HTML tags are not allowed here.",
    )
    assert not Activity.objects.exists()
    assert not AuditEntry.objects.filter(action="activity.created").exists()
    imported.refresh_from_db()
    assert imported.state == ImportState.UPLOADED


def test_a_second_confirmation_imports_nothing_more(officer_a, agency_a, trainings):
    imported = start(officer_a, agency_a)
    io.register_import_confirm(actor=officer_a, register=trainings, imported=imported)
    with pytest.raises(ConflictError):
        io.register_import_confirm(actor=officer_a, register=trainings, imported=imported)
    assert Activity.objects.count() == 2


def test_an_officer_imports_only_for_their_own_agency(officer_a, agency_b, trainings):
    with override("en"), pytest.raises(ValidationError) as caught:
        start(officer_a, agency_b)
    assert caught.value.message_dict == {
        "agency": ["You can record entries only for your own agencies."]
    }
    assert not RegisterImport.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "language", "message"),
    [
        ("so.xlsx", b"%PDF-1.4\n" + b"x" * 200, "en", "“so.xlsx” is not an Excel workbook"),
        ("so.xlsx", workbook(AGENCY_TRAININGS)[:900], "vi", "“so.xlsx” bị hỏng hoặc không"),
        ("so.pdf", b"%PDF-1.4\n", "vi", "“so.pdf”: không được đính kèm loại tệp này."),
        ("so.xlsx", b"", "vi", "“so.xlsx”"),
        (
            "lon.xlsx",
            b"PK\x03\x04" + bytes(10 * 1024 * 1024),
            "vi",
            "“lon.xlsx” có dung lượng lớn hơn 5 MB.",
        ),
    ],
)
def test_a_file_that_is_not_a_readable_table_is_refused_and_not_kept(
    officer_a, agency_a, trainings, name, data, language, message
):
    with override(language), pytest.raises(ValidationError) as caught:
        io.register_import_start(
            actor=officer_a, register=trainings, agency=agency_a, upload=upload(data, name)
        )
    assert message in caught.value.message_dict["file"][0]
    assert not RegisterImport.objects.exists()


def test_a_mapping_is_checked_and_kept(officer_a, agency_a, trainings):
    imported = start(officer_a, agency_a)
    width = len(imported.mapping)
    with override("en"), pytest.raises(ValidationError) as caught:
        io.register_import_preview(
            actor=officer_a, register=trainings, imported=imported, mapping=["agency"] * width
        )
    assert caught.value.message_dict["mapping"] == ["“agency” is not a column of this register."]
    twice = ["title", "title"] + [None] * (width - 2)
    with pytest.raises(ValidationError):
        io.register_import_preview(
            actor=officer_a, register=trainings, imported=imported, mapping=twice
        )
    # without the title column every row misses its required topic
    mapping = [None, None, "start_date"] + [None] * (width - 3)
    preview = io.register_import_preview(
        actor=officer_a, register=trainings, imported=imported, mapping=mapping
    )
    assert len(preview.errors) == 2
    imported.refresh_from_db()
    assert imported.mapping == mapping
    assert AuditEntry.objects.filter(action="register_import.mapped").count() == 1


def test_spokespersons_import_with_their_own_columns(officer_a, agency_a):
    register = REGISTERS["spokespersons"]
    rows = [
        ["Họ và tên", "Chức vụ", "Điện thoại", "Email", "Ngày bổ nhiệm"],
        ["Nguyễn Văn An", "Phó Giám đốc", "0912 345 678", "an@dongnai.gov.vn", "01/02/2026"],
    ]
    imported = start(officer_a, agency_a, rows, register=register)
    io.register_import_confirm(actor=officer_a, register=register, imported=imported)
    person = Spokesperson.objects.get()
    assert (person.name, person.phone, person.appointed_from, person.agency) == (
        "Nguyễn Văn An",
        "0912 345 678",
        dt.date(2026, 2, 1),
        agency_a,
    )


def test_old_imports_are_purged_with_their_files(officer_a, agency_a):
    old = start(officer_a, agency_a, name="cu.xlsx")
    folder = Path(old.file.path).parent
    RegisterImport.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - io.KEEP_IMPORTS - dt.timedelta(minutes=1)
    )
    fresh = start(officer_a, agency_a, name="moi.xlsx")  # each upload purges the old ones
    assert list(RegisterImport.objects.all()) == [fresh]
    assert [path.name for path in folder.iterdir()] == ["moi.xlsx"]


def test_the_export_holds_what_the_user_may_see_and_no_formula(
    record, officer_a, officer_b, press_officer, coordinator
):
    record("trainings", title='=HYPERLINK("http://evil","Bấm")', attendees_leaders=3)
    record("trainings", title="Lớp mật", confidential=True)
    register = REGISTERS["trainings"]

    def titles(user):
        sheet = openpyxl.load_workbook(bytes_io.BytesIO(io.register_export(register, user))).active
        return [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]

    assert sorted(titles(officer_a)) == ['\'=HYPERLINK("http://evil","Bấm")', "Lớp mật"]
    assert len(titles(coordinator)) == 2
    # a press officer reads every agency's register, but not a confidential entry
    assert titles(press_officer) == ['\'=HYPERLINK("http://evil","Bấm")']
    assert titles(officer_b) == []  # another agency's officer


def test_an_export_imports_back_as_the_same_entries(record, officer_a, agency_a, trainings):
    record(
        "trainings",
        title="=1+1 không phải công thức",
        start_date=dt.date(2026, 5, 4),
        end_date=dt.date(2026, 5, 6),
        place="Biên Hòa",
        attendees_officials=40,
        confidential=True,
    )
    data = io.register_export(trainings, officer_a)
    Activity.objects.all().delete()
    imported = io.register_import_start(
        actor=officer_a, register=trainings, agency=agency_a, upload=upload(data, "xuat.xlsx")
    )
    assert imported.mapping[0] is None  # the recording agency is not a column to import
    io.register_import_confirm(actor=officer_a, register=trainings, imported=imported)
    entry = Activity.objects.get()
    assert (entry.title, entry.start_date, entry.end_date, entry.place) == (
        "=1+1 không phải công thức",
        dt.date(2026, 5, 4),
        dt.date(2026, 5, 6),
        "Biên Hòa",
    )
    assert entry.attendees_officials == 40 and entry.confidential is True


# --- pages -----------------------------------------------------------------------------


def url(name, code="trainings", **kwargs):
    return reverse(f"activities:{name}", kwargs={"code": code, **kwargs})


@pytest.mark.parametrize("name", ["import", "import_template"])
def test_import_pages_permission_matrix(client, make_user, officer_a, leader, name):
    assert client.get(url(name)).status_code == 302  # anonymous: to the login page
    client.force_login(leader)  # may not record
    assert client.get(url(name)).status_code == 403
    client.force_login(make_user("lonely", "officer"))  # records for no agency
    assert client.get(url(name)).status_code == 403
    client.force_login(officer_a)
    response = client.get(url(name))
    assert response.status_code == 200
    assert client.get(url(name, code="nope")).status_code == 404


def test_the_template_download_is_the_registers_columns(client, officer_a, trainings):
    client.force_login(officer_a)
    response = client.get(url("import_template"))
    assert response["Content-Type"] == XLSX
    assert "attachment" in response["Content-Disposition"]
    sheet = openpyxl.load_workbook(bytes_io.BytesIO(response.content)).worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    assert headers == [c.header for c in io.register_columns(trainings, officer_a)]


def test_someone_elses_import_is_not_found(client, officer_a, officer_b, agency_a, make_user):
    imported = start(officer_a, agency_a)
    colleague = make_user("colleague", "officer", agencies=[agency_a])
    for user in (officer_b, colleague):
        client.force_login(user)
        assert client.get(url("import_preview", pk=imported.pk)).status_code == 404
        assert (
            client.post(url("import_preview", pk=imported.pk), {"action": "import"}).status_code
            == 404
        )
        assert client.get(url("import_done", pk=imported.pk)).status_code == 404
    client.force_login(officer_a)
    assert client.get(url("import_preview", pk=imported.pk, code="events")).status_code == 404
    assert not Activity.objects.exists()


def test_the_upload_page_refuses_another_agency_and_a_bad_file(
    client, officer_a, agency_b, agency_a
):
    client.force_login(officer_a)
    response = client.post(
        url("import"), {"agency": agency_b.pk, "file": upload(workbook(AGENCY_TRAININGS))}
    )
    assert response.status_code == 200
    assert "agency" in response.context["form"].errors
    bad = workbook(AGENCY_TRAININGS)[:900]
    response = client.post(url("import"), {"agency": agency_a.pk, "file": upload(bad)})
    assert "bị hỏng hoặc không đầy đủ" in response.content.decode()
    assert not RegisterImport.objects.exists()


def test_the_whole_flow_through_the_pages(client, officer_a, agency_a):
    client.force_login(officer_a)
    response = client.post(
        url("import"), {"agency": agency_a.pk, "file": upload(workbook(AGENCY_TRAININGS))}
    )
    imported = RegisterImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("import_preview", pk=imported.pk)
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "Kỹ năng phát ngôn" in html and "05/03/2026" in html
    assert html.count('name="column-') == 9
    form = {"columns": "9", "action": "import"}
    form.update({f"column-{i}": name or "" for i, name in enumerate(imported.mapping)})
    response = client.post(url("import_preview", pk=imported.pk), form)
    assert response.status_code == 302
    assert response["Location"] == url("import_done", pk=imported.pk)
    assert Activity.objects.filter(agency=agency_a, kind="trainings").count() == 2
    done = client.get(response["Location"])
    assert done.status_code == 200
    # a second click on "import" adds nothing and shows the result
    again = client.post(url("import_preview", pk=imported.pk), form)
    assert again.status_code == 302
    assert Activity.objects.count() == 2
    listing = client.get(url("list"))
    assert "Kỹ năng phát ngôn" in listing.content.decode()


def test_the_preview_page_lists_failing_rows_and_keeps_nothing(client, officer_a, agency_a):
    rows = [["Chủ đề", "Từ ngày"], ["Lớp một", "05/03/2026"], ["Lớp hai", "31/02/2026"]]
    client.force_login(officer_a)
    client.post(url("import"), {"agency": agency_a.pk, "file": upload(workbook(rows))})
    imported = RegisterImport.objects.get()
    form = {"columns": "2", "column-0": "title", "column-1": "start_date", "action": "import"}
    response = client.post(url("import_preview", pk=imported.pk), form)
    assert response.status_code == 400
    assert "“31/02/2026”" in response.content.decode()
    assert not Activity.objects.exists()
    tampered = {**form, "column-0": "agency"}
    response = client.post(url("import_preview", pk=imported.pk), tampered)
    assert response.status_code == 400
    assert not Activity.objects.exists()


def test_the_export_page_follows_the_lists_filters_and_visibility(
    client, record, officer_a, officer_b, agency_a, agency_b
):
    record("trainings", title="Lớp của Sở TT&TT", start_date=dt.date(2026, 3, 1))
    record("trainings", title="Lớp mật", confidential=True, start_date=dt.date(2026, 6, 1))
    record(
        "trainings",
        title="Lớp của Sở Ngoại vụ",
        actor=officer_b,
        agency=agency_b,
        start_date=dt.date(2026, 3, 2),
    )

    def titles(user, query=""):
        client.force_login(user)
        response = client.get(url("export") + query)
        assert response.status_code == 200 and response["Content-Type"] == XLSX
        sheet = openpyxl.load_workbook(bytes_io.BytesIO(response.content)).active
        return sorted(row[1] for row in sheet.iter_rows(min_row=2, values_only=True))

    client.logout()
    assert client.get(url("export")).status_code == 302
    assert titles(officer_a) == ["Lớp của Sở TT&TT", "Lớp mật"]
    assert titles(officer_b) == ["Lớp của Sở Ngoại vụ"]
    assert titles(officer_a, "?end=2026-04-30") == ["Lớp của Sở TT&TT"]


def test_the_export_reads_a_fixed_number_of_queries(
    record, officer_a, trainings, django_assert_max_num_queries
):
    for number in range(30):
        record("trainings", title=f"Lớp {number}", start_date=dt.date(2026, 3, 1 + number % 28))
    with django_assert_max_num_queries(8):
        data = io.register_export(trainings, officer_a)
    sheet = openpyxl.load_workbook(bytes_io.BytesIO(data)).active
    assert sheet.max_row == 31


@pytest.mark.parametrize("code", sorted(REGISTERS))
def test_every_register_exports_and_imports_back(record, officer_a, agency_a, code):
    register = REGISTERS[code]
    original = record(code)
    columns = io.register_columns(register, officer_a)
    before = {c.name: io._stored(original, c.name) for c in columns}
    data = io.register_export(register, officer_a)
    register.model.objects.all().delete()
    imported = io.register_import_start(
        actor=officer_a, register=register, agency=agency_a, upload=upload(data, "xuat.xlsx")
    )
    assert imported.mapping == [None, *(c.name for c in columns)]
    preview = io.register_import_preview(actor=officer_a, register=register, imported=imported)
    assert preview.errors == []
    io.register_import_confirm(actor=officer_a, register=register, imported=imported)
    again = register.model.objects.get()
    assert {c.name: io._stored(again, c.name) for c in columns} == before
    assert again.agency == agency_a


def test_an_import_whose_file_is_gone_says_so(client, officer_a, agency_a):
    imported = start(officer_a, agency_a)
    Path(imported.file.path).unlink()
    client.force_login(officer_a)
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(url("import_preview", pk=imported.pk))
    assert response.status_code == 200
    assert response.context["error"] == (
        "The uploaded file is no longer on the server: upload it again."
    )
    assert response.context["preview"] is None
