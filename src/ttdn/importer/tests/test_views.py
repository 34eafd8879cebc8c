"""Import pages: the permission matrix, upload, progress polling, review and confirmation.

Expected codes: 200 shown, 302 redirect (to login for anonymous, or after a successful
POST), 403 seen but not allowed, 404 invisible (no hint it exists).
"""

import datetime

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from ttdn.accounts.models import User
from ttdn.audit.models import AuditEntry
from ttdn.importer import services
from ttdn.importer.models import ImportJob, ImportStatus
from ttdn.importer.tests.test_services import (
    SAMPLE_TEXT,
    fake_analyser,
    sample_result,
    text_upload,
)
from ttdn.plans.models import Plan, Task

PERSONAS = ["anonymous", "officer_a", "leader", "coordinator", "other_coordinator", "admin"]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def other_coordinator(make_user):
    return make_user("coordinator2", "coordinator")


@pytest.fixture
def admin(make_user):
    return make_user("admin", "administrator")


@pytest.fixture
def result(agency_a, agency_b):
    return sample_result(agency_a, agency_b)


@pytest.fixture
def analyse(monkeypatch, result):
    fake = fake_analyser(lambda name: services.ExtractionResult.from_dict(result.to_dict()))
    monkeypatch.setattr(services, "analyse_file", fake)
    return fake


@pytest.fixture
def job(coordinator, analyse):
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload()])
    job.refresh_from_db()
    assert job.status == ImportStatus.READY
    return job


@pytest.fixture
def as_persona(client, request):
    def login(name):
        if name != "anonymous":
            client.force_login(request.getfixturevalue(name))
        client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "en"
        return client

    return login


def _form_data(client, job, **overrides) -> dict:
    """The review form as the page renders it (what a browser would send back)."""
    response = client.get(reverse("importer:review", args=[job.pk]))
    assert response.status_code == 200
    form, formset = response.context["meta_form"], response.context["formset"]
    data = {"confirm": "1"}
    for bound in form:
        value = bound.value()
        if value is None:
            value = ""
        elif hasattr(value, "strftime"):
            value = value.strftime("%d/%m/%Y")
        data[bound.html_name] = value
    data.update({f"tasks-{k}": v for k, v in formset.management_form.initial.items()})
    for sub in formset.forms:
        for bound in sub:
            if bound.name != "DELETE":
                value = bound.value()
                data[bound.html_name] = "" if value is None else value
    data.update(overrides)
    return data


# --- permission matrix ----------------------------------------------------------------------


def _expected(persona, page):
    if persona == "anonymous":
        return 302
    if persona in ("officer_a", "leader"):
        return 403 if page == "upload" else 404
    if persona == "other_coordinator" and page != "upload":
        return 404
    return 200


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("page", ["upload", "batch", "review", "file"])
def test_pages(job, as_persona, persona, page):
    url = {
        "upload": reverse("importer:upload"),
        "batch": reverse("importer:batch", args=[job.batch]),
        "review": reverse("importer:review", args=[job.pk]),
        "file": reverse("importer:file", args=[job.pk]),
    }[page]
    response = as_persona(persona).get(url)
    assert response.status_code == _expected(persona, page)
    if persona == "anonymous":
        assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_confirm_permissions(job, as_persona, persona, coordinator, client):
    client.force_login(coordinator)
    data = _form_data(client, job)
    client.logout()
    response = as_persona(persona).post(reverse("importer:review", args=[job.pk]), data)
    if persona in ("coordinator", "admin"):
        assert response.status_code == 302
        assert Plan.objects.count() == 1
    else:
        assert response.status_code == (302 if persona == "anonymous" else 404)
        assert not Plan.objects.exists()


@pytest.mark.parametrize("persona", ["anonymous", "officer_a", "leader", "other_coordinator"])
def test_upload_and_discard_refused(job, as_persona, persona):
    client = as_persona(persona)
    response = client.post(reverse("importer:upload"), {"files": [text_upload("x.txt")]})
    assert response.status_code == {"anonymous": 302, "other_coordinator": 302}.get(persona, 403)
    response = client.post(reverse("importer:discard", args=[job.pk]))
    assert response.status_code == (302 if persona == "anonymous" else 404)
    job.refresh_from_db()
    assert job.status == ImportStatus.READY
    assert ImportJob.objects.filter(created_by__username="coordinator").count() == 1


def test_menu_link_only_for_plan_managers(as_persona, coordinator, officer_a):
    url = reverse("importer:upload")
    assert url in as_persona("coordinator").get(reverse("plans:list")).content.decode()
    assert url not in as_persona("officer_a").get(reverse("plans:list")).content.decode()


# --- upload and progress --------------------------------------------------------------------


def test_upload_several_files_and_follow_the_batch(as_persona, analyse):
    client = as_persona("coordinator")
    response = client.post(
        reverse("importer:upload"),
        {"files": [text_upload(), text_upload("thu-hai.txt", "Văn bản thứ hai")]},
    )
    jobs = list(ImportJob.objects.order_by("original_name"))
    assert len(jobs) == 2
    assert response.status_code == 302
    assert response["Location"] == reverse("importer:batch", args=[jobs[0].batch])
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "ke-hoach-12773.txt" in html and "thu-hai.txt" in html
    assert reverse("importer:review", args=[jobs[0].pk]) in html
    assert 'hx-trigger="every 1s"' not in html  # everything is done: no polling


def test_the_progress_partial_polls_while_jobs_run_and_stops_after(
    as_persona, coordinator, settings, analyse
):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload()])
    services.import_job_claim(job.pk).renew(progress=40, progress_label="Đang đọc tệp")
    client = as_persona("coordinator")
    url = reverse("importer:batch", args=[job.batch])
    partial = client.get(url, headers={"HX-Request": "true"})
    html = partial.content.decode()
    assert "<html" not in html
    assert 'hx-trigger="every 1s"' in html and 'aria-valuenow="40"' in html
    assert "Đang đọc tệp" in html
    ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.QUEUED)
    services.import_job_run(job.pk)
    partial = client.get(url, headers={"HX-Request": "true"})
    assert 'hx-trigger="every 1s"' not in partial.content.decode()
    # a single document goes straight to its review
    assert partial["HX-Redirect"] == reverse("importer:review", args=[job.pk])


def test_failed_jobs_show_their_message(as_persona, coordinator, monkeypatch):
    def broken(path, name, progress=None):
        raise services.ReadError(f"“{name}” is damaged.", code="corrupt")

    monkeypatch.setattr(services, "analyse_file", broken)
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload("hong.docx")])
    html = as_persona("coordinator").get(reverse("importer:batch", args=[job.batch])).content
    assert "“hong.docx” is damaged." in html.decode()


def test_a_file_over_the_cap_is_dropped_while_streaming_and_named(as_persona, settings):
    settings.TTDN_IMPORT_MAX_BYTES = 1024
    client = as_persona("coordinator")
    big = SimpleUploadedFile("qua-lon.pdf", b"%PDF" + b"x" * 300_000)
    response = client.post(
        reverse("importer:upload"), {"files": [big, text_upload("nho.txt", "ok")]}
    )
    assert response.status_code == 200
    assert "“qua-lon.pdf” is larger than" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_an_oversized_request_is_refused_before_reading(as_persona, settings):
    settings.TTDN_IMPORT_MAX_BYTES = 10
    settings.TTDN_IMPORT_MAX_FILES = 1
    response = as_persona("coordinator").post(
        reverse("importer:upload"), {"files": [SimpleUploadedFile("a.pdf", b"x" * 2_000_000)]}
    )
    assert response.status_code == 413
    assert not ImportJob.objects.exists()


def test_a_file_of_a_type_that_cannot_be_read_is_refused_by_name(as_persona):
    response = as_persona("coordinator").post(
        reverse("importer:upload"),
        {"files": [SimpleUploadedFile("virus.exe", b"MZ"), text_upload("ok.txt", "Kế hoạch")]},
    )
    assert response.status_code == 200
    assert "“virus.exe”: this type of file cannot be imported" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_upload_page_lists_recent_imports_in_bounded_queries(
    as_persona, coordinator, django_assert_max_num_queries
):
    for i in range(12):
        ImportJob.objects.create(created_by=coordinator, original_name=f"{i}.docx", status="failed")
    client = as_persona("coordinator")
    with django_assert_max_num_queries(8):
        response = client.get(reverse("importer:upload"))
    assert response.content.decode().count('class="job"') == 12


def test_import_lists_link_their_plans_in_bounded_queries(
    as_persona, coordinator, make_plan, django_assert_max_num_queries
):
    """The upload page's history and a batch's progress: one query for the jobs and plans."""
    jobs = [
        ImportJob.objects.create(
            created_by=coordinator,
            original_name=f"{i}.docx",
            status=ImportStatus.CONFIRMED,
            plan=make_plan(title=f"Kế hoạch số {i}", tasks=0),
        )
        for i in range(6)
    ]
    ImportJob.objects.update(batch=jobs[0].batch)
    client = as_persona("coordinator")
    with django_assert_max_num_queries(5):
        upload = client.get(reverse("importer:upload")).content.decode()
    # +1: the user's additional roles, read once a request when the main role does not
    # decide (may this coordinator administer imports?).
    with django_assert_max_num_queries(5):
        batch = client.get(reverse("importer:batch", args=[jobs[0].batch])).content.decode()
    for job in jobs:
        assert reverse("pages:plan", args=[job.plan_id]) in upload
        assert reverse("pages:plan", args=[job.plan_id]) in batch
        assert str(job.plan) in upload


# --- review and confirmation ----------------------------------------------------------------


def test_review_page_shows_text_fields_and_what_to_check(as_persona, job):
    html = as_persona("coordinator").get(reverse("importer:review", args=[job.pk])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert 'class="ln" data-start="0">ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI</span>' in html
    start = SAMPLE_TEXT.index("Hoạt động thông tin đối ngoại tỉnh")
    assert f'data-start="{start}"' in html
    assert "Check this" in html  # low-confidence title, unresolved agency
    assert "Ban Quản lý các khu công nghiệp" in html
    assert "Hàng 02: cơ quan phối hợp được đọc theo thứ tự." in html  # the warnings
    assert 'name="tasks-TOTAL_FORMS"' in html and 'value="3"' in html
    assert 'name="tasks-TOTAL_FORMS" value="3"' in html
    assert "12773/KH-UBND" in html and "08/12/2017" in html


def test_confirm_creates_the_edited_plan_with_its_original_document(
    as_persona, job, officer_a, client
):
    client = as_persona("coordinator")
    data = _form_data(client, job, **{"tasks-1-text": "Xuất bản Bản tin đối ngoại (đã sửa)"})
    response = client.post(reverse("importer:review", args=[job.pk]), data)
    plan = Plan.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("pages:plan", args=[plan.pk])
    assert plan.tasks.get(row_label="02").text == "Xuất bản Bản tin đối ngoại (đã sửa)"
    page = client.get(response["Location"]).content.decode()
    assert "Xuất bản Bản tin đối ngoại (đã sửa)" in page
    original = reverse("importer:plan_original", args=[plan.pk])
    assert original in page and "Original document" in page
    download = client.get(original)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).decode() == SAMPLE_TEXT
    assert "ke-hoach-12773.txt" in download["Content-Disposition"]

    # Anyone who may see the (internal) plan may download it; others get a 404.
    client.force_login(officer_a)
    assert client.get(original).status_code == 200
    client.logout()
    assert client.get(original).status_code == 404
    assert client.get(reverse("importer:file", args=[job.pk])).status_code == 302


def test_an_invalid_task_comes_back_on_its_row_and_nothing_is_created(as_persona, job):
    client = as_persona("coordinator")
    data = _form_data(client, job, **{"tasks-2-timeframe": "Tháng 6/2024"})
    response = client.post(reverse("importer:review", args=[job.pk]), data)
    assert response.status_code == 400
    row = response.context["task_rows"][2][0]
    assert row.errors["timeframe"]
    assert "outside the plan" in response.content.decode()
    assert not Plan.objects.exists() and not Task.objects.exists()
    # what the reviewer typed is kept
    assert 'value="Tháng 6/2024"' in response.content.decode()


def test_rows_can_be_added_and_deleted(as_persona, job):
    client = as_persona("coordinator")
    data = _form_data(client, job, add_row="1")
    data.pop("confirm")
    response = client.post(reverse("importer:review", args=[job.pk]), data)
    assert response.status_code == 200
    assert response.context["formset"].total_form_count() == 4
    data = _form_data(client, job)
    data.update(
        {
            "tasks-TOTAL_FORMS": "4",
            "tasks-3-text": "Họp báo định kỳ",
            "tasks-3-group": "spokesperson",
            "tasks-3-lead": "Sở Ngoại vụ tỉnh Đồng Nai",
            "tasks-3-timeframe": "Hàng quý",
            "tasks-0-DELETE": "on",
        }
    )
    response = client.post(reverse("importer:review", args=[job.pk]), data)
    assert response.status_code == 302
    plan = Plan.objects.get()
    texts = list(plan.tasks.order_by("order").values_list("text", flat=True))
    assert texts[0] == "Xuất bản Bản tin đối ngoại hằng quý."
    assert texts[-1] == "Họp báo định kỳ"
    assert len(texts) == 3
    assert (
        plan.tasks.get(text="Họp báo định kỳ").assignments.get().agency.short_name == "Sở Ngoại vụ"
    )


def test_confirming_twice_creates_one_plan(as_persona, job):
    client = as_persona("coordinator")
    data = _form_data(client, job)
    first = client.post(reverse("importer:review", args=[job.pk]), data)
    second = client.post(reverse("importer:review", args=[job.pk]), data)
    assert first.status_code == second.status_code == 302
    assert Plan.objects.count() == 1
    assert second["Location"] == reverse("pages:plan", args=[Plan.objects.get().pk])


def test_discard_then_confirm_is_refused(as_persona, job):
    client = as_persona("coordinator")
    data = _form_data(client, job)
    response = client.post(reverse("importer:discard", args=[job.pk]))
    assert response.status_code == 302
    response = client.post(reverse("importer:review", args=[job.pk]), data)
    assert response.status_code == 302
    assert not Plan.objects.exists()
    job.refresh_from_db()
    assert job.status == ImportStatus.DISCARDED
    assert client.get(reverse("importer:file", args=[job.pk])).status_code == 404


def test_review_of_an_unfinished_job_goes_to_its_progress(as_persona, coordinator, settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload()])
    response = as_persona("coordinator").get(reverse("importer:review", args=[job.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("importer:batch", args=[job.batch])


def test_the_review_page_of_a_long_plan_takes_a_fixed_number_of_queries(
    as_persona, coordinator, result, monkeypatch, django_assert_max_num_queries
):
    result.tasks = result.tasks * 20  # 60 tasks, each with agencies
    fake = fake_analyser(lambda name: services.ExtractionResult.from_dict(result.to_dict()))
    monkeypatch.setattr(services, "analyse_file", fake)
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload()])
    client = as_persona("coordinator")
    # the job, the user, the plans of the same file, the other files of the upload …
    with django_assert_max_num_queries(7):
        response = client.get(reverse("importer:review", args=[job.pk]))
    assert len(response.context["task_rows"]) == 60


def test_confirming_while_the_document_is_still_read_goes_back_to_its_progress(as_persona, job):
    client = as_persona("coordinator")
    data = _form_data(client, job)
    ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.RUNNING)
    response = client.post(reverse("importer:review", args=[job.pk]), data, follow=True)
    assert response.redirect_chain == [(reverse("importer:batch", args=[job.batch]), 302)]
    assert "still being analysed" in response.content.decode()
    assert not Plan.objects.exists()
    job.refresh_from_db()
    assert job.status == ImportStatus.RUNNING


def test_confirming_after_an_agency_left_the_directory_keeps_its_name_as_written(
    as_persona, job, agency_b
):
    client = as_persona("coordinator")
    data = _form_data(client, job)
    agency_b.delete()  # between the analysis and the confirmation
    response = client.post(reverse("importer:review", args=[job.pk]), data)
    assert response.status_code == 302
    lead = Plan.objects.get().tasks.get(row_label="02").assignments.get()
    assert (lead.agency, lead.as_written) == (None, "Sở Ngoại vụ")


@pytest.mark.parametrize(
    "tampered",
    [
        {"tasks-0-origin": "abc"},
        {"tasks-0-origin": "-1"},
        {"tasks-0-group": "not-a-group"},
        {"tasks-0-row": "1" * 17},
        {"tasks-0-lead": "Sở Ngoại vụ " + "rất dài " * 40},
        {"plan-level": "galaxy"},
        {"plan-visibility": "restricted"},
        {"tasks-TOTAL_FORMS": "1001"},
        {"tasks-TOTAL_FORMS": ""},
    ],
)
def test_a_tampered_review_form_is_refused_and_nothing_is_created(as_persona, job, tampered):
    client = as_persona("coordinator")
    data = _form_data(client, job, **tampered)
    response = client.post(reverse("importer:review", args=[job.pk]), data)
    assert response.status_code == 400
    assert not Plan.objects.exists()
    job.refresh_from_db()
    assert job.status == ImportStatus.READY


def test_a_row_pointing_past_the_extraction_is_a_task_of_its_own(as_persona, job):
    client = as_persona("coordinator")
    data = _form_data(client, job, **{"tasks-2-origin": "999"})
    response = client.post(reverse("importer:review", args=[job.pk]), data)
    assert response.status_code == 302
    task = Plan.objects.get().tasks.get(row_label="03")
    assert task.text == "Tổ chức triển lãm ảnh về tỉnh."


def test_admin_lists_imports_read_only(client, job):
    root = User.objects.create_superuser(username="root", password="pw")
    client.force_login(root)
    assert client.get(reverse("admin:importer_importjob_changelist")).status_code == 200
    response = client.get(reverse("admin:importer_importjob_change", args=[job.pk]))
    assert response.status_code == 200
    assert client.get(reverse("admin:importer_importjob_add")).status_code == 403


def test_a_document_with_nothing_found_can_still_be_completed_by_hand(
    as_persona, coordinator, agency_a, monkeypatch
):
    monkeypatch.setattr(
        services,
        "analyse_file",
        lambda path, name, progress=None: services.ExtractionResult(file=name, text="Tin tức"),
    )
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload("tin.txt")])
    client = as_persona("coordinator")
    page = client.get(reverse("importer:review", args=[job.pk]))
    assert page.status_code == 200
    assert "No tasks were found" in page.content.decode()
    data = _form_data(client, job)
    assert client.post(reverse("importer:review", args=[job.pk]), data).status_code == 400
    data.update({"plan-title": "Kế hoạch TTĐN năm 2025", "plan-period_from": "2025"})
    data.update(
        {
            "tasks-TOTAL_FORMS": "1",
            "tasks-0-text": "Tổ chức họp báo",
            "tasks-0-group": "spokesperson",
            "tasks-0-lead": "Sở TT-TT",
            "tasks-0-timeframe": "Quý II",
        }
    )
    response = client.post(reverse("importer:review", args=[job.pk]), data)
    assert response.status_code == 302
    task = Plan.objects.get().tasks.get()
    assert task.assignments.get().agency.name == "Sở Thông tin và Truyền thông tỉnh Đồng Nai"


# --- jobs whose worker died, jobs nobody took: retry and discard ------------------------------

DUMMY_TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
IMMEDIATE_TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def _upload_without_worker(coordinator, settings, name="ke-hoach-12773.txt"):
    settings.TASKS = DUMMY_TASKS
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload(name)])
    settings.TASKS = IMMEDIATE_TASKS
    return job


@pytest.fixture
def lost_job(coordinator, settings, analyse):
    """Claimed by a worker that died on page 2: its lease ran out a second ago."""
    job = _upload_without_worker(coordinator, settings)
    services.import_job_claim(job.pk).renew(progress=41, progress_label="Đang đọc trang 2/3")
    ImportJob.objects.filter(pk=job.pk).update(
        lease_expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    return job


@pytest.fixture
def untaken_job(coordinator, settings, analyse):
    """Queued eleven minutes ago; no worker took it."""
    job = _upload_without_worker(coordinator, settings)
    ImportJob.objects.filter(pk=job.pk).update(
        queued_at=timezone.now() - datetime.timedelta(minutes=11)
    )
    return job


def _batch_html(client, job, *, htmx=False) -> str:
    headers = {"HX-Request": "true"} if htmx else {}
    response = client.get(reverse("importer:batch", args=[job.batch]), headers=headers)
    assert response.status_code == 200
    return response.content.decode()


def _offers_retry_and_discard(html, job) -> bool:
    return (
        reverse("importer:retry", args=[job.pk]) in html
        and reverse("importer:discard", args=[job.pk]) in html
    )


@pytest.mark.parametrize("htmx", [False, True])
def test_a_job_whose_worker_died_says_so_offers_retry_and_discard_and_stops_polling(
    as_persona, lost_job, htmx
):
    html = _batch_html(as_persona("coordinator"), lost_job, htmx=htmx)
    assert "The background worker stopped while reading this document (attempt 1)" in html
    assert '<span class="badge failed">Stopped</span>' in html  # not "Reading" any more
    assert _offers_retry_and_discard(html, lost_job)
    assert "hx-trigger" not in html and 'http-equiv="refresh"' not in html
    assert 'role="progressbar"' not in html
    assert "Check again" in html


def test_a_job_no_worker_took_says_the_worker_may_not_be_running(as_persona, untaken_job):
    html = _batch_html(as_persona("coordinator"), untaken_job)
    assert "No background worker has taken this document for 11" in html
    assert "the worker may not be running" in html
    assert _offers_retry_and_discard(html, untaken_job)
    assert "hx-trigger" not in html


def test_a_failed_job_shows_its_reason_and_offers_retry_and_discard(
    as_persona, coordinator, monkeypatch
):
    def broken(path, name, progress=None):
        raise services.ReadError(f"“{name}” is damaged.", code="corrupt")

    monkeypatch.setattr(services, "analyse_file", broken)
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload("hong.docx")])
    html = _batch_html(as_persona("coordinator"), job)
    assert "“hong.docx” is damaged." in html
    assert _offers_retry_and_discard(html, job)
    assert "hx-trigger" not in html


def test_the_batch_keeps_polling_while_one_job_still_moves(
    as_persona, coordinator, settings, lost_job
):
    settings.TASKS = DUMMY_TASKS
    [moving] = services.import_jobs_create(actor=coordinator, files=[text_upload("hai.txt")])
    ImportJob.objects.filter(pk=moving.pk).update(batch=lost_job.batch)
    html = _batch_html(as_persona("coordinator"), lost_job, htmx=True)
    assert 'hx-trigger="every 1s"' in html
    assert _offers_retry_and_discard(html, lost_job)
    assert reverse("importer:retry", args=[moving.pk]) not in html


@pytest.mark.parametrize("persona", PERSONAS)
def test_retry_permissions(as_persona, persona, lost_job):
    response = as_persona(persona).post(reverse("importer:retry", args=[lost_job.pk]))
    lost_job.refresh_from_db()
    if persona in ("coordinator", "admin"):
        assert response.status_code == 302
        assert response["Location"] == reverse("importer:batch", args=[lost_job.batch])
        assert lost_job.status == ImportStatus.READY  # read again by the (inline) worker
        assert AuditEntry.objects.filter(
            target_id=str(lost_job.pk), action="import.retried", actor__username=persona
        ).exists()
    else:
        assert response.status_code == (302 if persona == "anonymous" else 404)
        assert lost_job.status == ImportStatus.RUNNING


def test_retry_is_a_post(as_persona, lost_job):
    response = as_persona("coordinator").get(reverse("importer:retry", args=[lost_job.pk]))
    assert response.status_code == 405


def test_retrying_a_job_that_is_not_stuck_is_refused_with_a_message(as_persona, job):
    client = as_persona("coordinator")
    response = client.post(reverse("importer:retry", args=[job.pk]), follow=True)
    assert "there is nothing to retry" in response.content.decode()
    job.refresh_from_db()
    assert job.status == ImportStatus.READY


def test_a_job_whose_worker_died_can_be_discarded_from_the_page(as_persona, lost_job):
    response = as_persona("coordinator").post(reverse("importer:discard", args=[lost_job.pk]))
    assert response.status_code == 302
    lost_job.refresh_from_db()
    assert lost_job.status == ImportStatus.DISCARDED and not lost_job.file
    assert AuditEntry.objects.filter(target_id=str(lost_job.pk), action="import.discarded").exists()


def test_a_long_wait_behind_a_document_being_read_is_a_queue_not_a_missing_worker(
    as_persona, untaken_job, coordinator, settings
):
    settings.TASKS = DUMMY_TASKS
    [other] = services.import_jobs_create(actor=coordinator, files=[text_upload("dai.pdf")])
    services.import_job_claim(other.pk)  # a live worker is reading it
    client = as_persona("coordinator")
    html = _batch_html(client, untaken_job, htmx=True)
    assert "the worker may not be running" not in html
    assert 'hx-trigger="every 1s"' in html
    assert "waiting for the worker" in html
    upload_page = client.get(reverse("importer:upload")).content.decode()
    assert "the worker may not be running" not in upload_page


# --- the kind of document: shown with its reason, switched by the reviewer ----------------------


def test_the_review_page_says_what_kind_it_read_and_why(as_persona, job):
    page = as_persona("coordinator").get(reverse("importer:review", args=[job.pk])).content.decode()
    assert 'id="import-kind"' in page and "Read as:" in page
    assert reverse("importer:reread", args=[job.pk]) in page
    for value in ("plan", "report", "letter", "decision", "news", "other"):
        assert f'<option value="{value}"' in page


@pytest.mark.parametrize(
    "reason",
    ["chosen", "review_wording", "planned_year", "own_voice", "annex_heading", "duties_fragment"],
)
def test_the_reason_for_the_kind_reads_after_because_of(reason):
    """The page writes "because of {reason}": each reason is a noun phrase (seen on the page:
    "because of you chose this kind", "because of it sets out …"), and every reason the
    reader gives has its words."""
    from django.utils.translation import override

    from ttdn.importer.result import ExtractionResult
    from ttdn.importer.views import kind_explained

    result = ExtractionResult(file="van-ban.txt", kind_reason=reason)
    with override("en"):
        _label, said = kind_explained(result)
    assert said
    assert not said.startswith(("you ", "it ", "a body asks"))


@pytest.mark.parametrize("persona", PERSONAS)
def test_reading_again_as_another_kind(job, as_persona, persona, analyse):
    response = as_persona(persona).post(
        reverse("importer:reread", args=[job.pk]), {"kind": "letter"}
    )
    job.refresh_from_db()
    if persona in ("coordinator", "admin"):
        assert response.status_code == 302
        assert response["Location"] == reverse("importer:batch", args=[job.batch])
        # Read again at once by the test queue, with the chosen kind.
        assert job.kind == "letter" and job.status == ImportStatus.READY
        assert analyse.kinds[-1] == "letter"
        entry = AuditEntry.objects.get(action="import.reread")
        assert entry.data["kind"] == "letter"
    else:
        assert response.status_code == (302 if persona == "anonymous" else 404)
        assert job.kind == "" and not AuditEntry.objects.filter(action="import.reread").exists()


def test_reading_again_refuses_an_unknown_kind_and_a_confirmed_import(as_persona, job, client):
    client = as_persona("coordinator")
    response = client.post(reverse("importer:reread", args=[job.pk]), {"kind": "poem"})
    assert response.status_code == 302 and response["Location"].endswith(f"/{job.pk}/")
    job.refresh_from_db()
    assert job.kind == "" and job.status == ImportStatus.READY
    job.status = ImportStatus.CONFIRMED
    job.save(update_fields=["status"])
    response = client.post(reverse("importer:reread", args=[job.pk]), {"kind": "report"})
    job.refresh_from_db()
    assert job.kind == "" and job.status == ImportStatus.CONFIRMED
    assert not AuditEntry.objects.filter(action="import.reread").exists()


@pytest.mark.parametrize(
    ("language", "says", "said_before"),
    [
        ("en", "Add them below, or discard the import", "No tasks were found"),
        ("vi", "Hãy thêm ở dưới, hoặc bỏ qua", "Không tìm thấy nhiệm vụ"),
    ],
)
def test_a_document_without_tasks_says_so_once_on_its_review_page(
    as_persona, coordinator, language, says, said_before
):
    """The review page owns the "no tasks" message: the reader stores none, the page says it
    once, with what to do, in the reviewer's language."""
    text = (
        "Sáng ngày 05/10/2023, Sở Ngoại vụ tỉnh Đồng Nai tổ chức Hội nghị tập huấn công tác "
        "thông tin đối ngoại cho cán bộ các sở, ngành.\n"
    )
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload("tin.txt", text)])
    job.refresh_from_db()
    assert job.status == ImportStatus.READY and job.result["tasks"] == []
    assert not [w for w in job.result["warnings"] if "No tasks" in w]
    client = as_persona("coordinator")
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = language
    page = client.get(reverse("importer:review", args=[job.pk])).content.decode()
    assert page.count(said_before) == 1
    assert says in page


@pytest.mark.django_db
def test_a_plans_duties_pasted_alone_are_said_to_be_so():
    """A header-less list of duties is read as a plan; the page says why in those words,
    not as "a title naming a plan" (it has none)."""
    from django.utils.translation import override

    from ttdn.documents.source import SourceDocument
    from ttdn.importer.extract import extract
    from ttdn.importer.views import kind_explained

    text = (
        "1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan báo chí tổ chức "
        "tuyên truyền về hình ảnh địa phương. Thời gian: Quý II/2026.\n"
        "2. Ủy ban nhân dân các xã, phường cập nhật thông tin đối ngoại lên trang thông tin "
        "điện tử.\n"
        "3. Công an tỉnh phối hợp cung cấp thông tin về người nước ngoài trên địa bàn.\n"
    )
    result = extract(SourceDocument(name="nhiem-vu.txt", text=text, format="txt"))
    assert result.doc_type.value == "plan" and result.kind_reason == "duties_fragment"
    with override("vi"):
        label, said = kind_explained(result)
    assert said.startswith("các nhiệm vụ được liệt kê")
