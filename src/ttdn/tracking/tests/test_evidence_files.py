"""Evidence end to end: progress_submit stores files through ttdn.attachments, the
download view serves them to whoever may see the task."""

from email.message import Message

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ttdn.tracking.services import progress_submit

LONG_VI = ("Biên bản nghiệm thu hội nghị báo chí nước ngoài tại tỉnh Đồng Nai năm 2024 " * 5)[:300]


@pytest.fixture
def submit(tmp_path, settings, officer_a, agency_a, make_plan):
    settings.MEDIA_ROOT = tmp_path

    def make(visibility, name=LONG_VI + ".docx"):
        task = make_plan(status="in_progress", visibility=visibility).tasks.get()
        update = progress_submit(
            actor=officer_a,
            task=task,
            agency=agency_a,
            status="in_progress",
            percent=20,
            files=[SimpleUploadedFile(name, b"PK\x03\x04 docx")],
            links=["https://baodongnai.com.vn/tin-tuc"],
        )
        return update.evidence.get(url="")

    return make


def _download(client, evidence):
    return client.get(reverse("tracking:evidence", args=[evidence.pk]))


def test_the_reporting_officer_downloads_a_long_vietnamese_name(client, officer_a, submit):
    evidence = submit("restricted")
    assert evidence.title.endswith(".docx")
    assert evidence.content_type.endswith("wordprocessingml.document")
    client.force_login(officer_a)
    response = _download(client, evidence)
    assert response.status_code == 200
    header = Message()
    header["Content-Disposition"] = response["Content-Disposition"]
    assert header.get_content_disposition() == "attachment"
    assert header.get_filename() == evidence.title
    assert LONG_VI.startswith(evidence.title.removesuffix(".docx"))
    assert b"".join(response.streaming_content) == b"PK\x03\x04 docx"


def test_another_agencys_officer_gets_a_404_on_a_restricted_plan(client, officer_b, submit):
    evidence = submit("restricted")
    client.force_login(officer_b)
    assert _download(client, evidence).status_code == 404


def test_anonymous_is_sent_to_log_in_even_on_a_public_plan(client, submit):
    evidence = submit("public")
    response = _download(client, evidence)
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_a_bidi_disguised_name_is_refused_by_its_real_extension(submit):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as exc:
        submit("internal", name="hoa-don\u202egpj.exe")
    assert exc.value.message_dict["files"][0].startswith("“hoa-dongpj.exe”")


def test_the_progress_form_takes_a_long_vietnamese_name(
    client, tmp_path, settings, officer_a, agency_a, make_plan
):
    settings.MEDIA_ROOT = tmp_path
    task = make_plan(status="in_progress").tasks.get()
    client.force_login(officer_a)
    response = client.post(
        reverse("tracking:progress_create", args=[task.pk]),
        {
            "agency": agency_a.pk,
            "status": "in_progress",
            "percent": 30,
            "narrative": "Đã tổ chức hội nghị.",
            "files": [SimpleUploadedFile(LONG_VI + ".pdf", b"%PDF-1.4 form")],
        },
    )
    assert response.status_code == 302
    evidence = task.updates.get().evidence.get()
    assert evidence.title.endswith(".pdf")
    assert evidence.content_type == "application/pdf"
