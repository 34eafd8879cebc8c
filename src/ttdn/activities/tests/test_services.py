"""The one write path of the registers: rules, bad input, audit, files, search."""

import datetime as dt
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from ttdn.activities import services
from ttdn.activities.models import Activity, PortalContent
from ttdn.activities.registers import REGISTERS
from ttdn.activities.selectors import ActivityFilters, activity_list
from ttdn.audit.models import AuditEntry
from ttdn.core.exceptions import ConflictError

EVERY_CODE = [
    "press_conferences",
    "statements",
    "interviews",
    "corrections",
    "press_briefings",
    "spokespersons",
    "trainings",
    "events",
    "delegations",
    "foreign_reporters",
    "publications",
    "portal_content",
]


def png_bytes(size=(800, 600)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture(autouse=True)
def english():
    """Messages are checked in English: a service translates when it raises."""
    with translation.override("en"):
        yield


def errors_of(exc: ValidationError) -> dict:
    return {k: [str(m) for m in v] for k, v in exc.message_dict.items()}


def test_every_register_is_there_with_its_contract():
    assert list(REGISTERS) == EVERY_CODE
    for code, register in REGISTERS.items():
        assert register.code == code
        assert str(register.label)
        assert register.columns and all(str(header) for _name, header in register.columns)
        for name, _header in register.columns:
            assert name in register.form_class.base_fields


@pytest.mark.parametrize("code", EVERY_CODE)
def test_each_register_creates_an_audited_entry(record, officer_a, code):
    entry = record(code)
    assert REGISTERS[code].queryset_for(officer_a).filter(pk=entry.pk).exists()
    entry_audits = AuditEntry.objects.filter(target_id=str(entry.pk), actor=officer_a)
    assert entry_audits.filter(action__endswith=".created").count() == 1


def test_dates_out_of_order_are_refused(record):
    with pytest.raises(ValidationError) as exc:
        record("trainings", start_date=dt.date(2026, 5, 2), end_date=dt.date(2026, 5, 1))
    assert errors_of(exc.value)["end_date"] == ["The end date cannot be before the start date."]
    with pytest.raises(ValidationError) as exc:
        record(
            "spokespersons", appointed_from=dt.date(2026, 5, 2), appointed_to=dt.date(2025, 5, 1)
        )
    assert "appointed_to" in errors_of(exc.value)
    assert not Activity.objects.exists()


@pytest.mark.parametrize(
    "code,field",
    [
        ("publications", "copies"),
        ("trainings", "attendees_reporters"),
        ("foreign_reporters", "reporters_count"),
        ("portal_content", "items"),
    ],
)
def test_negative_counts_are_refused(record, code, field):
    with pytest.raises(ValidationError) as exc:
        record(code, **{field: -5})
    assert errors_of(exc.value)[field] == ["A number cannot be negative."]


def test_an_officer_cannot_record_for_another_agency(record, agency_b):
    with pytest.raises(ValidationError) as exc:
        record("events", agency=agency_b)
    assert errors_of(exc.value)["agency"] == ["You can record entries only for your own agencies."]
    with pytest.raises(ValidationError):
        record("portal_content", agency=agency_b)
    assert not Activity.objects.exists() and not PortalContent.objects.exists()


def test_html_in_free_text_is_refused(record):
    with pytest.raises(ValidationError) as exc:
        record("press_conferences", title="Họp báo <script>alert(1)</script>")
    assert errors_of(exc.value)["title"] == ["Write plain text: HTML tags are not allowed here."]
    with pytest.raises(ValidationError) as exc:
        record("delegations", programme='Chương trình <a href="http://x">làm việc</a>')
    assert "programme" in errors_of(exc.value)
    # Comparisons are not markup.
    entry = record("interviews", notes="Số bài < 5 và > 2")
    assert entry.notes == "Số bài < 5 và > 2"


def test_free_text_is_cleaned(record):
    entry = record("interviews", title="  Phỏng\u200b vấn\u202e  ")
    assert entry.title == "Phỏng vấn"


def test_a_file_that_is_not_what_its_name_says_is_refused(record):
    fake = SimpleUploadedFile("anh-su-kien.jpg", b"MZ\x90\x00 not a jpeg", "image/jpeg")
    with pytest.raises(ValidationError) as exc:
        record("events", files=[fake])
    assert errors_of(exc.value)["files"] == [
        "“anh-su-kien.jpg” is not a JPG file: its content is something else."
    ]
    disguised = SimpleUploadedFile("bao-cao.pdf", png_bytes(), "application/pdf")
    with pytest.raises(ValidationError):
        record("events", files=[disguised])
    exe = SimpleUploadedFile("setup.exe", b"MZ....", "application/octet-stream")
    with pytest.raises(ValidationError):
        record("events", files=[exe])
    assert not Activity.objects.exists()


def test_photos_get_thumbnails(record, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    photo = SimpleUploadedFile("Lễ khai mạc.png", png_bytes(), "image/png")
    pdf = SimpleUploadedFile("chuong-trinh.pdf", b"%PDF-1.4\n%...\n", "application/pdf")
    entry = record("events", files=[photo, pdf], links=["https://dongnai.gov.vn/tin-tuc"])
    files = {f.title: f for f in entry.files.all()}
    assert set(files) == {"Lễ khai mạc.png", "chuong-trinh.pdf", "https://dongnai.gov.vn/tin-tuc"}
    thumb = files["Lễ khai mạc.png"].thumbnail
    assert thumb
    with Image.open(thumb.path) as image:
        assert max(image.size) <= 320 and image.format == "JPEG"
    assert not files["chuong-trinh.pdf"].thumbnail


def test_tasks_the_actor_cannot_see_cannot_be_linked(record, make_plan, agency_b):
    hidden = make_plan(visibility="restricted", restricted_to=[agency_b], status="in_progress")
    with pytest.raises(ValidationError) as exc:
        record("trainings", tasks=[hidden.tasks.get()])
    assert errors_of(exc.value)["tasks"] == ["You can link only tasks you can see."]


def test_update_checks_the_version_and_the_agency(record, officer_a, officer_b):
    entry = record("interviews")
    services.activity_update(
        actor=officer_a, activity=entry, data={"title": "Phỏng vấn mới"}, expected_version=1
    )
    entry.refresh_from_db()
    assert entry.title == "Phỏng vấn mới" and entry.version == 2
    with pytest.raises(ConflictError):
        services.activity_update(
            actor=officer_a, activity=entry, data={"title": "Cũ"}, expected_version=1
        )
    with pytest.raises(PermissionDenied):
        services.activity_update(
            actor=officer_b, activity=entry, data={"title": "X"}, expected_version=2
        )
    actions = list(
        AuditEntry.objects.filter(target_id=str(entry.pk)).values_list("action", flat=True)
    )
    assert sorted(actions) == ["activity.changed", "activity.created"]


def test_portal_content_is_one_figure_per_agency_language_and_month(record):
    record("portal_content", month=dt.date(2026, 3, 15))
    assert PortalContent.objects.get().month == dt.date(2026, 3, 1)
    with pytest.raises(ValidationError) as exc:
        record("portal_content", month=dt.date(2026, 3, 1))
    assert "This agency already has a figure for this language and month." in str(
        errors_of(exc.value)
    )


def test_search_ignores_diacritics(record, officer_a):
    record("press_conferences", title="Họp báo định kỳ quý I về đầu tư nước ngoài")
    record("press_conferences", title="Họp báo về du lịch")
    found = activity_list(
        officer_a, kind="press_conferences", filters=ActivityFilters(query="dau tu nuoc")
    )
    assert [a.title for a in found] == ["Họp báo định kỳ quý I về đầu tư nước ngoài"]


def test_delete_is_audited_and_removes_the_entry(record, officer_a):
    entry = record("statements")
    services.activity_delete(actor=officer_a, activity=entry)
    assert not Activity.objects.exists()
    assert AuditEntry.objects.filter(action="activity.deleted").count() == 1
