"""Rows and downloads, through the first concrete attachment (``tracking.Evidence``)."""

import unicodedata
from email.message import Message

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404

from ttdn.attachments.services import MAX_NAME_BYTES, attachments_create
from ttdn.attachments.views import attachment_response
from ttdn.tracking.models import Evidence
from ttdn.tracking.services import progress_submit

# About 300 characters, most of them two or three bytes in UTF-8.
LONG_VI = ("Báo cáo kết quả thực hiện nhiệm vụ thông tin đối ngoại quý ba của Sở " * 5)[:300]


def filename_of(response) -> str:
    message = Message()
    message["Content-Disposition"] = response["Content-Disposition"]
    assert message.get_content_disposition() == "attachment"
    return message.get_filename()


@pytest.fixture
def update(tmp_path, settings, officer_a, agency_a, make_plan):
    settings.MEDIA_ROOT = tmp_path
    task = make_plan(status="in_progress", visibility="internal").tasks.get()
    return progress_submit(
        actor=officer_a, task=task, agency=agency_a, status="in_progress", percent=10
    )


def test_a_300_character_vietnamese_name_is_stored_and_downloaded(update):
    (evidence,) = attachments_create(
        model=Evidence,
        files=[SimpleUploadedFile(LONG_VI + ".pdf", b"%PDF-1.4 long")],
        update=update,
    )
    evidence.refresh_from_db()
    assert evidence.title.endswith(".pdf")
    assert evidence.title.startswith("Báo cáo kết quả")
    assert len(evidence.title.encode()) <= MAX_NAME_BYTES
    assert evidence.content_type == "application/pdf"
    assert evidence.size == len(b"%PDF-1.4 long")
    assert len(evidence.file.name) <= 255
    assert evidence.file.name.startswith(f"{evidence.upload_directory()}/Báo_cáo_kết_quả")
    assert evidence.file.name.endswith(".pdf")

    response = attachment_response(evidence)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert filename_of(response) == evidence.title
    assert b"".join(response.streaming_content) == b"%PDF-1.4 long"


def test_the_same_name_twice_gives_two_files(update):
    first, second = attachments_create(
        model=Evidence,
        files=[
            SimpleUploadedFile(LONG_VI + ".pdf", b"1"),
            SimpleUploadedFile(LONG_VI + ".pdf", b"2"),
        ],
        update=update,
    )
    assert first.file.name != second.file.name
    assert len(second.file.name) <= 255
    assert second.file.name.endswith(".pdf")
    assert second.file.read() == b"2"


def test_decomposed_and_bidi_names_are_cleaned_before_storing(update):
    name = unicodedata.normalize("NFD", "Ảnh hội nghị\u202egpj.exe.png")
    (evidence,) = attachments_create(
        model=Evidence, files=[SimpleUploadedFile(name, b"\x89PNG")], update=update
    )
    assert evidence.title == "Ảnh hội nghịgpj.exe.png"
    assert evidence.content_type == "image/png"


def test_quotes_in_a_name_survive_the_header(update):
    (evidence,) = attachments_create(
        model=Evidence, files=[SimpleUploadedFile('Bao "cao" cuoi.pdf', b"x")], update=update
    )
    assert filename_of(attachment_response(evidence)) == 'Bao "cao" cuoi.pdf'


def test_links_become_rows_too(update):
    rows = attachments_create(model=Evidence, links=["https://baodongnai.com.vn/a"], update=update)
    assert [(r.url, r.title, r.file.name) for r in rows] == [
        ("https://baodongnai.com.vn/a", "https://baodongnai.com.vn/a", "")
    ]
    with pytest.raises(Http404):
        attachment_response(rows[0])


def test_a_file_missing_from_storage_is_a_404(update):
    (evidence,) = attachments_create(
        model=Evidence, files=[SimpleUploadedFile("a.pdf", b"x")], update=update
    )
    evidence.file.storage.delete(evidence.file.name)
    with pytest.raises(Http404):
        attachment_response(evidence)


def test_an_old_title_without_its_extension_downloads_under_the_stored_name():
    evidence = Evidence(file="evidence/1/2/Bao_cao_rat_dai.pdf", title="Bao_cao_rat_da")
    assert evidence.download_name == "Bao_cao_rat_dai.pdf"
    evidence.title = "Báo cáo rất dài.PDF"
    assert evidence.download_name == "Báo cáo rất dài.PDF"


def test_the_constraint_name_follows_the_concrete_model():
    (constraint,) = Evidence._meta.constraints
    assert constraint.name == "tracking_evidence_file_or_url"
