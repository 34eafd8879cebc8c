"""Import services: upload checks, the background run, review, confirmation, cleanup.

The extractor is written elsewhere; these tests replace ``services.analyse_file`` with a
fake returning an :class:`ExtractionResult` built by hand (:func:`sample_result`). One
test runs the real pipeline on seed 004 and only checks that the job ends properly.
"""

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from ttdn.audit.models import AuditEntry
from ttdn.demo.seeds import SEED_DIR
from ttdn.directory.models import AdministrativeUnit, Agency, AgencyAlias
from ttdn.documents.source import ReadError
from ttdn.importer import review, services
from ttdn.importer.models import ImportJob, ImportStatus
from ttdn.importer.result import (
    AgencyMention,
    ExtractedTask,
    ExtractionResult,
    LegalBasis,
    Located,
    ReportDeadline,
    Section,
    Timeframe,
)
from ttdn.plans.models import Plan, Task, TaskAssignment

SEED_004 = SEED_DIR / "004_b3151840d8e177ab.txt"

SAMPLE_TEXT = (
    "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\n"
    "Số: 12773/KH-UBND\n"
    "KẾ HOẠCH\n"
    "Hoạt động thông tin đối ngoại tỉnh Đồng Nai năm 2018\n"
    "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 về quản lý hoạt động TTĐN;\n"
    "Các đơn vị báo cáo kết quả trước ngày 05 tháng 11 hàng năm.\n"
    "PHỤ LỤC <script>alert(1)</script>\n"
    "01\tTập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại.\tSở TT-TT\tCác sở, ban, ngành\tQuý III\n"
    "02\tXuất bản Bản tin đối ngoại hằng quý.\tSở Ngoại vụ\t\tHàng quý\n"
    "03\tTổ chức triển lãm ảnh về tỉnh.\tBan Quản lý các khu công nghiệp\t\tCả năm\n"
    "Chủ tịch Trần Văn Vĩnh\n"
)


def _at(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def _loc(value, fragment=None, confidence=0.95) -> Located:
    start, end = _at(SAMPLE_TEXT, fragment) if fragment else (None, None)
    return Located(value=value, start=start, end=end, confidence=confidence)


def _mention(written: str, agency: Agency | None = None, **kw) -> AgencyMention:
    start, end = _at(SAMPLE_TEXT, written)
    return AgencyMention(
        as_written=written,
        agency=agency.name if agency else None,
        agency_id=agency.pk if agency else None,
        start=start,
        end=end,
        confidence=kw.pop("confidence", 0.95 if agency else 0.0),
        **kw,
    )


def _task(text, row, lead, coordinating, timeframe, *, group="other", confidence=0.9):
    start, end = _at(SAMPLE_TEXT, text)
    tf_start, tf_end = _at(SAMPLE_TEXT, timeframe)
    return ExtractedTask(
        text=text,
        group=group,
        lead=lead,
        coordinating=coordinating,
        timeframe=Timeframe(as_written=timeframe, start=tf_start, end=tf_end, confidence=0.9),
        row=row,
        source="annex",
        start=start,
        end=end,
        confidence=confidence,
    )


def sample_result(agency_a: Agency, agency_b: Agency, *, name="ke-hoach-12773.txt"):
    """A 2018 Đồng Nai plan of three tasks, with positions in SAMPLE_TEXT.

    Task 1 is led by agency A (written "Sở TT-TT"), with a collective coordinator;
    task 2 by agency B; task 3 by a body not in the directory (unresolved). The title
    is read with low confidence; the issuer is not in the directory.
    """
    deadline_start, deadline_end = _at(SAMPLE_TEXT, "trước ngày 05 tháng 11 hàng năm")
    basis_start, basis_end = _at(SAMPLE_TEXT, "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015")
    return ExtractionResult(
        file=name,
        format="txt",
        doc_type=Located(value="plan", confidence=0.9),
        issuer=_loc("Ủy ban nhân dân tỉnh Đồng Nai", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", 0.9),
        level=_loc("province", None, 0.9),
        locality=_loc("Đồng Nai", "ĐỒNG NAI", 0.9),
        plan_number=_loc("12773/KH-UBND", "12773/KH-UBND"),
        issued_date=Located(value="2017-12-08", confidence=0.8),
        title=_loc(
            "Kế hoạch hoạt động thông tin đối ngoại tỉnh Đồng Nai năm 2018",
            "Hoạt động thông tin đối ngoại tỉnh Đồng Nai năm 2018",
            0.5,
        ),
        period=_loc([2018, 2018], "năm 2018", 0.9),
        signer=_loc("Trần Văn Vĩnh", "Trần Văn Vĩnh"),
        legal_bases=[
            LegalBasis(
                identifier="72/2015/NĐ-CP",
                kind="decree",
                date="2015-09-07",
                as_written="Nghị định số 72/2015/NĐ-CP ngày 07/9/2015",
                start=basis_start,
                end=basis_end,
            )
        ],
        tasks=[
            _task(
                "Tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại.",
                "01",
                [_mention("Sở TT-TT", agency_a)],
                [_mention("Các sở, ban, ngành", collective=True)],
                "Quý III",
                group="training",
            ),
            _task(
                "Xuất bản Bản tin đối ngoại hằng quý.",
                "02",
                [_mention("Sở Ngoại vụ", agency_b)],
                [],
                "Hàng quý",
                group="promotion",
            ),
            _task(
                "Tổ chức triển lãm ảnh về tỉnh.",
                "03",
                [_mention("Ban Quản lý các khu công nghiệp")],
                [],
                "Cả năm",
                confidence=0.6,
            ),
        ],
        sections=[Section(kind="purpose", heading="I. MỤC ĐÍCH, YÊU CẦU", body="1. Mục đích")],
        report_deadline=ReportDeadline(
            as_written="trước ngày 05 tháng 11 hàng năm",
            month=11,
            day=5,
            recurrence="yearly",
            start=deadline_start,
            end=deadline_end,
            confidence=0.9,
        ),
        warnings=["Hàng 02: cơ quan phối hợp được đọc theo thứ tự."],
        text=SAMPLE_TEXT,
    )


def text_upload(name="ke-hoach-12773.txt", content=None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, (content or SAMPLE_TEXT).encode(), content_type="text/plain")


def _running_progress():
    return (
        ImportJob.objects.filter(status=ImportStatus.RUNNING)
        .values_list("progress", "progress_label")
        .get()
    )


def fake_analyser(result_for):
    """An ``analyse_file`` replacement: reports progress, then returns ``result_for(name)``."""
    seen = []

    def analyse(path, name, progress=None, kind=None):
        assert Path(path).exists()
        analyse.kinds.append(kind)
        if progress:
            progress(10, "Đang đọc tệp")
            seen.append(_running_progress())
            progress(60, "Đang tìm nhiệm vụ")
            seen.append(_running_progress())
        return result_for(name)

    analyse.seen = seen
    analyse.kinds = []
    return analyse


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def result(agency_a, agency_b):
    return sample_result(agency_a, agency_b)


@pytest.fixture
def analyse_returns(monkeypatch):
    """Make the pipeline return a given result (or raise a given exception)."""

    def install(outcome):
        def result_for(name):
            if isinstance(outcome, BaseException):
                raise outcome
            return ExtractionResult.from_dict(outcome.to_dict())

        fake = fake_analyser(result_for)
        monkeypatch.setattr(services, "analyse_file", fake)
        return fake

    return install


@pytest.fixture
def ready_job(coordinator, result, analyse_returns):
    analyse_returns(result)
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload()])
    job.refresh_from_db()
    assert job.status == ImportStatus.READY
    return job


# --- upload ---------------------------------------------------------------------------------


def test_upload_creates_a_job_per_file_in_one_batch_and_runs_them(
    coordinator, result, analyse_returns
):
    analyse_returns(result)
    jobs = services.import_jobs_create(
        actor=coordinator, files=[text_upload(), text_upload("second.txt", "Kế hoạch thứ hai")]
    )
    assert len(jobs) == 2
    assert len({job.batch for job in jobs}) == 1
    first = ImportJob.objects.get(pk=jobs[0].pk)
    assert first.original_name == "ke-hoach-12773.txt"
    assert first.size == len(SAMPLE_TEXT.encode())
    assert len(first.sha256) == 64
    assert first.file.name.startswith("imports/")
    assert first.file.read().decode() == SAMPLE_TEXT
    assert first.status == ImportStatus.READY
    assert first.progress == 100
    assert first.finished_at is not None
    assert ExtractionResult.from_dict(first.result).title.value == result.title.value
    entries = AuditEntry.objects.filter(action="import.uploaded")
    assert entries.count() == 2
    assert entries.first().data["sha256"] in {job.sha256 for job in jobs}
    assert not Plan.objects.exists()  # nothing in plans before confirmation


def test_a_windows_path_is_stored_as_the_bare_file_name(coordinator, result, analyse_returns):
    analyse_returns(result)
    upload = text_upload("C:\\Users\\van-thu\\ke-hoach.txt")
    [job] = services.import_jobs_create(actor=coordinator, files=[upload])
    assert job.original_name == "ke-hoach.txt"


def test_progress_is_stored_while_the_job_runs(coordinator, result, analyse_returns):
    fake = analyse_returns(result)
    services.import_jobs_create(actor=coordinator, files=[text_upload()])
    assert fake.seen == [(10, "Đang đọc tệp"), (60, "Đang tìm nhiệm vụ")]


def test_progress_writes_are_throttled_but_labels_always_stored(coordinator):
    job = ImportJob.objects.create(created_by=coordinator, original_name="a.txt")
    progress = services._Progress(services.import_job_claim(job.pk))
    progress(10, "Đọc")
    progress(11)  # a small step right after: not worth a write
    job.refresh_from_db()
    assert (job.progress, job.progress_label) == (10, "Đọc")
    progress(12, "Phân tích")  # a new label is always stored
    job.refresh_from_db()
    assert (job.progress, job.progress_label) == (12, "Phân tích")
    progress(150)  # never 100 (that means ready) nor more
    job.refresh_from_db()
    assert job.progress == 99


def test_officer_and_leader_cannot_upload(officer_a, leader):
    for user in (officer_a, leader):
        with pytest.raises(PermissionDenied):
            services.import_jobs_create(actor=user, files=[text_upload()])
    assert not ImportJob.objects.exists()


def test_a_200_mb_upload_is_refused_by_name_without_being_read(coordinator, tmp_path):
    size = 200 * 1024 * 1024
    big = TemporaryUploadedFile("ke-hoach-rat-lon.pdf", "application/pdf", size, None)
    big.file.truncate(size)  # sparse: no 200 MB are written or held in memory

    def no_reading(*args, **kwargs):
        raise AssertionError("the oversized upload was read")

    big.chunks = no_reading
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        services.import_jobs_create(actor=coordinator, files=[text_upload(), big])
    [message] = caught.value.message_dict["files"]
    assert "ke-hoach-rat-lon.pdf" in message
    assert "50 MB" in message
    assert not ImportJob.objects.exists()  # one bad file refuses the whole upload
    big.close()


def test_files_refused_by_the_upload_handler_are_reported(coordinator):
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        services.import_jobs_create(actor=coordinator, files=[], too_large=["scan.pdf"])
    assert "scan.pdf" in caught.value.message_dict["files"][0]


@pytest.mark.parametrize(
    ("upload", "expected"),
    [
        (SimpleUploadedFile("virus.exe", b"MZ"), "virus.exe"),
        (SimpleUploadedFile("empty.docx", b""), "empty.docx"),
    ],
)
def test_unsupported_or_empty_files_are_refused(coordinator, upload, expected):
    with pytest.raises(ValidationError) as caught:
        services.import_jobs_create(actor=coordinator, files=[upload])
    assert expected in caught.value.message_dict["files"][0]


def test_too_many_files_are_refused(coordinator, settings):
    settings.TTDN_IMPORT_MAX_FILES = 2
    with pytest.raises(ValidationError):
        services.import_jobs_create(
            actor=coordinator, files=[text_upload(f"{i}.txt") for i in range(3)]
        )
    with pytest.raises(ValidationError):
        services.import_jobs_create(actor=coordinator, files=[])


def test_the_upload_accepts_exactly_what_the_readers_read():
    from ttdn.documents.readers.sniff import FORMAT_EXTENSIONS, TEXT_EXTENSIONS

    readers = {*FORMAT_EXTENSIONS, *TEXT_EXTENSIONS, ".html", ".htm"} - {""}
    assert set(services.ACCEPTED_EXTENSIONS) == readers
    assert len(services.ACCEPTED_EXTENSIONS) == len(readers)  # each listed once


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, [50 * 1024 * 1024, 200, 50 * 1024 * 1024]),
        ({"TTDN_IMPORT_MAX_BYTES": "1000", "TTDN_IMPORT_MAX_PAGES": "3"}, [1000, 3, 1000]),
        ({"TTDN_DOCUMENTS_MAX_BYTES": "2000", "TTDN_DOCUMENTS_MAX_PAGES": "4"}, [2000, 4, 2000]),
        ({"TTDN_DOCUMENTS_MAX_BYTES": "2000", "TTDN_IMPORT_MAX_BYTES": "1000"}, [2000, 200, 1000]),
    ],
)
def test_the_import_limits_keep_their_names_beside_the_reading_limits(env, expected):
    """TTDN_IMPORT_MAX_BYTES/PAGES set the reading limits of ttdn.documents, as before."""
    script = (
        "from ttdn import settings as s; "
        "print(s.TTDN_DOCUMENTS_MAX_BYTES, s.TTDN_DOCUMENTS_MAX_PAGES, s.TTDN_IMPORT_MAX_BYTES)"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TTDN_DOC", "TTDN_IMP"))}
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**clean, "TTDN_DEVELOPMENT": "1", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    assert [int(n) for n in result.stdout.split()] == expected


def test_a_request_is_refused_whole_only_beyond_every_file_at_the_cap(settings):
    settings.TTDN_IMPORT_MAX_BYTES = 1024 * 1024
    settings.TTDN_IMPORT_MAX_FILES = 2
    cap = 2 * 1024 * 1024 + services.REQUEST_OVERHEAD_BYTES
    assert services.request_too_large_message(cap) is None
    with translation.override("en"):
        assert "at most 2 files of 1 MB" in services.request_too_large_message(cap + 1)


# --- the background run -----------------------------------------------------------------------


def test_unreadable_file_fails_with_the_readers_message_and_no_plan(coordinator, analyse_returns):
    analyse_returns(ReadError("“x.pdf” is encrypted.", code="encrypted"))
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload("x.pdf")])
    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED
    assert (job.error_code, job.error_message) == ("encrypted", "“x.pdf” is encrypted.")
    assert not Plan.objects.exists()


def test_unexpected_error_fails_with_a_generic_message_and_a_logged_traceback(
    coordinator, analyse_returns, caplog
):
    analyse_returns(RuntimeError("extractor bug"))
    with translation.override("en"):
        [job] = services.import_jobs_create(actor=coordinator, files=[text_upload()])
    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED
    assert job.error_code == services.ERROR_INTERNAL
    assert "ke-hoach-12773.txt" in job.error_message
    assert "extractor bug" not in job.error_message
    assert any("extractor bug" in (r.exc_text or "") for r in caplog.records)
    assert not Plan.objects.exists()


def test_a_document_without_tasks_is_ready_for_review(coordinator, analyse_returns):
    """Ready, so the reviewer can add tasks by hand; the review page says none were found
    (test_views)."""
    analyse_returns(ExtractionResult(file="news.txt", text="Tin tức"))
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload("news.txt")])
    job.refresh_from_db()
    assert job.status == ImportStatus.READY
    assert job.result["tasks"] == []


def test_running_a_job_twice_does_nothing_the_second_time(ready_job, analyse_returns):
    fake = analyse_returns(RuntimeError("must not run"))
    assert services.import_job_run(str(ready_job.pk)) == ImportStatus.READY
    assert fake.seen == []
    assert services.import_job_run("not-a-uuid") == ""


def test_a_job_discarded_while_running_stays_discarded(coordinator, result, monkeypatch):
    job = ImportJob.objects.create(
        created_by=coordinator, original_name="a.txt", file=text_upload("a.txt")
    )

    def analyse(path, name, progress=None):
        ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.DISCARDED)
        return result

    monkeypatch.setattr(services, "analyse_file", analyse)
    assert services.import_job_run(job.pk) == ImportStatus.DISCARDED


def test_the_real_pipeline_runs_on_seed_004(coordinator):
    """Only the flow: the job ends ready or failed with a message (tightened later)."""
    upload = SimpleUploadedFile(SEED_004.name, SEED_004.read_bytes(), content_type="text/plain")
    [job] = services.import_jobs_create(actor=coordinator, files=[upload])
    job.refresh_from_db()
    assert job.status in (ImportStatus.READY, ImportStatus.FAILED)
    if job.status == ImportStatus.FAILED:
        assert job.error_message
    else:
        assert ExtractionResult.from_dict(job.result).text


def test_the_task_runs_in_the_huey_worker(
    coordinator, result, analyse_returns, settings, monkeypatch
):
    from huey.contrib.djhuey import HUEY

    monkeypatch.setattr("huey.contrib.djhuey.close_old_connections", lambda: None)
    settings.TASKS = {"default": {"BACKEND": "huey.contrib.djhuey.tasks_backend.HueyBackend"}}
    HUEY.flush()
    analyse_returns(result)
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload()])
    job.refresh_from_db()
    assert job.status == ImportStatus.QUEUED
    assert HUEY.pending_count() == 1
    HUEY.execute(HUEY.dequeue())
    job.refresh_from_db()
    assert job.status == ImportStatus.READY


# --- review -----------------------------------------------------------------------------------


def _meta(**changes):
    meta = {
        "doc_type": "plan",
        "title": "Kế hoạch hoạt động thông tin đối ngoại tỉnh Đồng Nai năm 2018",
        "number": "12773/KH-UBND",
        "issued_date": datetime.date(2017, 12, 8),
        "issuer": "Ủy ban nhân dân tỉnh Đồng Nai",
        "level": "province",
        "locality": "Đồng Nai",
        "period_from": 2018,
        "period_to": None,
        "signer": "Trần Văn Vĩnh",
        "report_deadline_text": "trước ngày 05 tháng 11 hàng năm",
        "report_deadline_day": 5,
        "report_deadline_month": 11,
        "legal_bases": ["Nghị định số 72/2015/NĐ-CP ngày 07/9/2015"],  # cleaned: one per line
    }
    meta.update(changes)
    return meta


def _rows(result):
    return [
        {
            "origin": i,
            "row": t.row,
            "group": t.group,
            "text": t.text,
            "lead": "\n".join(m.as_written for m in t.lead),
            "coordinating": "\n".join(m.as_written for m in t.coordinating),
            "timeframe": t.timeframe.as_written,
        }
        for i, t in enumerate(result.tasks)
    ]


def test_review_keeps_what_was_not_changed(result):
    edited = review.extraction_from_review(original=result, meta=_meta(), tasks=_rows(result))
    assert edited.title == result.title
    assert edited.period == result.period
    assert edited.report_deadline == result.report_deadline
    assert edited.legal_bases == result.legal_bases
    assert edited.tasks == result.tasks


def test_review_applies_changes_and_resolves_changed_agencies(result, agency_b):
    rows = _rows(result)
    rows[0]["text"] = "Tập huấn nghiệp vụ TTĐN cho cán bộ"
    rows[2]["lead"] = "Sở Ngoại vụ tỉnh Đồng Nai"
    rows.append(
        {
            "origin": None,
            "row": "",
            "group": "other",
            "text": "Việc mới",
            "lead": "",
            "coordinating": "",
            "timeframe": "",
        }
    )
    edited = review.extraction_from_review(
        original=result, meta=_meta(title="Kế hoạch TTĐN 2018", period_to=2019), tasks=rows
    )
    assert edited.title.value == "Kế hoạch TTĐN 2018" and edited.title.start is None
    assert edited.period.value == [2018, 2019]
    assert edited.tasks[0].text == "Tập huấn nghiệp vụ TTĐN cho cán bộ"
    assert edited.tasks[0].start is None and edited.tasks[0].lead == result.tasks[0].lead
    assert edited.tasks[2].lead[0].agency_id == agency_b.pk
    assert edited.tasks[3].source == "manual" and edited.tasks[3].timeframe is None


def test_review_reads_again_the_agencies_that_left_the_directory(result, agency_b):
    """A reading kept from the analysis must not point at an agency deleted since: the
    reviewer could not fix it by writing the same name again."""
    issuer = Agency.objects.create(name="Ủy ban nhân dân tỉnh Đồng Nai", kind="people_committee")
    result.issuer_id = issuer.pk
    issuer.delete()
    agency_b.delete()
    successor = Agency.objects.create(name="Sở Ngoại vụ tỉnh Đồng Nai", kind="department")
    AgencyAlias.objects.create(agency=successor, alias="Sở Ngoại vụ")
    edited = review.extraction_from_review(original=result, meta=_meta(), tasks=_rows(result))
    assert edited.issuer_id is None
    assert edited.issuer.value == "Ủy ban nhân dân tỉnh Đồng Nai"
    [lead] = edited.tasks[1].lead
    assert (lead.as_written, lead.agency_id) == ("Sở Ngoại vụ", successor.pk)
    assert edited.tasks[0].lead == result.tasks[0].lead  # still in the directory: kept


def test_review_reads_names_on_the_day_the_extractor_read_them(result):
    """A plan with a period and no date of issue: a lead the reviewer types is resolved
    among the bodies of the period's first day, as the extractor resolved the document's
    own (``ExtractionResult.names_date``), not among those of its last."""
    old = Agency.objects.create(
        name="Ban Đối ngoại tỉnh Đồng Nai", kind="department", valid_to=datetime.date(2025, 2, 28)
    )
    new = Agency.objects.create(
        name="Ban Đối ngoại mới tỉnh Đồng Nai",
        kind="department",
        valid_from=datetime.date(2025, 3, 1),
    )
    for agency in (old, new):
        AgencyAlias.objects.create(agency=agency, alias="Ban Đối ngoại")
    result.issued_date = Located(value=None)
    result.period = Located(value=[2025, 2025], confidence=0.9)
    assert result.names_date() == datetime.date(2025, 1, 1)
    rows = _rows(result)
    rows[2]["lead"] = "Ban Đối ngoại"
    edited = review.extraction_from_review(
        original=result, meta=_meta(issued_date=None, period_from=2025), tasks=rows
    )
    [lead] = edited.tasks[2].lead
    assert lead.agency_id == old.pk


def test_review_looks_lines_up_without_a_query_per_line(result, agency_a):
    def queries_for(lead: str) -> int:
        rows = _rows(result)
        rows[2]["lead"] = lead
        with CaptureQueriesContext(connection) as ctx:
            review.extraction_from_review(original=result, meta=_meta(), tasks=rows)
        return len(ctx.captured_queries)

    queries_for("Sở TT-TT")  # builds the shared directory index once
    one = queries_for("Sở Tài chính")
    many = queries_for("\n".join(f"Ban số {i}" for i in range(10)) + "\nSở TT-TT")
    assert many == one


def test_review_finds_the_unit_once_for_the_plan(result):
    unit = AdministrativeUnit.objects.create(
        code="75", name="Đồng Nai", full_name="Tỉnh Đồng Nai", level="province"
    )
    edited = review.extraction_from_review(
        original=result, meta=_meta(locality="dong nai"), tasks=_rows(result)
    )
    assert edited.unit_id == unit.pk  # plan_create_from_extraction does not look it up again


# --- confirmation -----------------------------------------------------------------------------


def test_confirm_creates_the_plan_tasks_and_assignments_from_the_edited_data(
    ready_job, coordinator, result, agency_a, agency_b
):
    rows = _rows(result)
    rows[1]["text"] = "Xuất bản Bản tin đối ngoại (đã sửa)"
    edited = review.extraction_from_review(original=result, meta=_meta(), tasks=rows)
    plan = review.import_job_confirm(actor=coordinator, job=ready_job, data=edited)

    assert Plan.objects.count() == 1
    assert plan.number == "12773/KH-UBND"
    assert plan.issued_date == datetime.date(2017, 12, 8)
    assert (plan.period_start, plan.period_end) == (2018, 2018)
    assert plan.status == "draft" and plan.visibility == "internal"
    assert plan.signer == "Trần Văn Vĩnh"
    assert (plan.report_deadline_month, plan.report_deadline_day) == (11, 5)
    assert list(plan.legal_basis_links.values_list("document__identifier", flat=True)) == [
        "72/2015/NĐ-CP"
    ]
    assert list(plan.sections.values_list("kind", flat=True)) == ["purpose"]
    tasks = list(plan.tasks.order_by("order"))
    assert [t.text for t in tasks] == [
        "Tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại.",
        "Xuất bản Bản tin đối ngoại (đã sửa)",
        "Tổ chức triển lãm ảnh về tỉnh.",
    ]
    assert [t.row_label for t in tasks] == ["01", "02", "03"]
    assert tasks[0].deadlines.get().due_date == datetime.date(2018, 9, 30)
    assert tasks[1].recurrence == "quarterly"
    assignments = TaskAssignment.objects.filter(task__plan=plan)
    assert assignments.count() == 4
    lead = assignments.get(task=tasks[0], role="lead")
    assert (lead.agency, lead.as_written) == (agency_a, "Sở TT-TT")
    assert assignments.get(task=tasks[0], role="coordinating").agency is None
    assert assignments.get(task=tasks[1], role="lead").agency == agency_b
    unresolved = assignments.get(task=tasks[2])
    assert unresolved.agency is None and unresolved.as_written == "Ban Quản lý các khu công nghiệp"

    ready_job.refresh_from_db()
    assert ready_job.status == ImportStatus.CONFIRMED and ready_job.plan == plan
    assert ready_job.reviewed["tasks"][1]["text"] == "Xuất bản Bản tin đối ngoại (đã sửa)"
    assert plan.source_file.name == ready_job.file.name
    entry = AuditEntry.objects.get(action="import.confirmed")
    assert (entry.target_type, entry.target_id) == ("plans.plan", str(plan.pk))
    assert set(entry.scopes.values_list("object_type", "object_id")) == {
        ("plans.plan", str(plan.pk)),
        ("importer.importjob", str(ready_job.pk)),
    }
    assert entry.data["import"] == str(ready_job.pk)


def test_a_task_outside_the_period_comes_back_as_its_error_and_nothing_is_written(
    ready_job, coordinator, result
):
    rows = _rows(result)
    rows[1]["timeframe"] = "Tháng 6/2024"  # the plan is for 2018
    rows[2]["lead"] = ""
    edited = review.extraction_from_review(original=result, meta=_meta(issuer=""), tasks=rows)
    with pytest.raises(review.ExtractionInvalid) as caught:
        review.import_job_confirm(actor=coordinator, job=ready_job, data=edited)
    assert set(caught.value.task_errors) == {1, 2}
    assert "timeframe_text" in caught.value.task_errors[1]
    assert "leads" in caught.value.task_errors[2]  # no lead and no issuer to stand in
    assert not Plan.objects.exists()
    assert not Task.objects.exists()
    assert not TaskAssignment.objects.exists()
    assert not AuditEntry.objects.filter(action__in=["plan.created", "task.created"]).exists()
    ready_job.refresh_from_db()
    assert ready_job.status == ImportStatus.READY and ready_job.plan is None


def test_plan_errors_are_reported_before_anything_is_written(ready_job, coordinator, result):
    edited = ExtractionResult.from_dict(result.to_dict())
    edited.period = Located()
    edited.title = Located(value="  ")
    edited.legal_bases = [LegalBasis(identifier="không phải văn bản", kind="other")]
    with pytest.raises(review.ExtractionInvalid) as caught:
        review.import_job_confirm(actor=coordinator, job=ready_job, data=edited)
    assert {"period_start", "title", "legal_bases"} <= set(caught.value.plan_errors)
    assert not Plan.objects.exists()


def test_tasks_without_a_lead_get_the_issuer_and_units_come_from_the_locality(
    coordinator, result, agency_a
):
    issuer = Agency.objects.create(name="Ủy ban nhân dân tỉnh Đồng Nai", kind="people_committee")
    unit = AdministrativeUnit.objects.create(
        code="75", name="Đồng Nai", full_name="Tỉnh Đồng Nai", level="province"
    )
    result.issuer_id = issuer.pk
    result.tasks[2].lead = []
    plan = review.plan_create_from_extraction(actor=coordinator, result=result)
    assert plan.issuer == issuer and plan.unit == unit
    lead = plan.tasks.get(row_label="03").assignments.get(role="lead")
    assert lead.agency == issuer


def test_an_agency_no_longer_in_the_directory_is_an_error_on_its_task(coordinator, result):
    result.tasks[1].lead[0].agency_id = 999_999
    with pytest.raises(review.ExtractionInvalid) as caught:
        review.plan_create_from_extraction(actor=coordinator, result=result)
    assert list(caught.value.task_errors) == [1]
    assert not Plan.objects.exists()


def test_confirming_twice_is_refused(ready_job, coordinator, result):
    review.import_job_confirm(actor=coordinator, job=ready_job, data=result)
    with pytest.raises(ValidationError):
        review.import_job_confirm(actor=coordinator, job=ready_job, data=result)
    assert Plan.objects.count() == 1


def test_confirming_an_import_still_being_read_is_refused(ready_job, coordinator, result):
    ImportJob.objects.filter(pk=ready_job.pk).update(status=ImportStatus.RUNNING)
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        review.import_job_confirm(actor=coordinator, job=ready_job, data=result)
    assert "still being analysed" in caught.value.messages[0]
    ready_job.refresh_from_db()
    assert ready_job.status == ImportStatus.RUNNING
    assert not Plan.objects.exists()


def test_a_discarded_import_cannot_be_confirmed(
    ready_job, coordinator, result, django_capture_on_commit_callbacks
):
    name, storage = ready_job.file.name, ready_job.file.storage
    with django_capture_on_commit_callbacks(execute=True):  # the file goes once it commits
        services.import_job_discard(actor=coordinator, job=ready_job)
    ready_job.refresh_from_db()
    assert ready_job.status == ImportStatus.DISCARDED and not ready_job.file
    assert not storage.exists(name)
    assert AuditEntry.objects.filter(action="import.discarded").count() == 1
    with pytest.raises(ValidationError):
        review.import_job_confirm(actor=coordinator, job=ready_job, data=result)
    assert not Plan.objects.exists()
    with pytest.raises(ValidationError):
        services.import_job_discard(actor=coordinator, job=ready_job)


def test_only_the_uploader_or_an_administrator_may_confirm_or_discard(ready_job, result, make_user):
    other = make_user("other", "coordinator")
    admin = make_user("admin", "administrator")
    with pytest.raises(PermissionDenied):
        review.import_job_confirm(actor=other, job=ready_job, data=result)
    with pytest.raises(PermissionDenied):
        services.import_job_discard(actor=other, job=ready_job)
    assert review.import_job_confirm(actor=admin, job=ready_job, data=result).pk


# --- cleanup ----------------------------------------------------------------------------------


def test_cleanup_deletes_the_files_of_old_unconfirmed_imports(
    ready_job, coordinator, result, django_capture_on_commit_callbacks
):
    from ttdn.importer.tasks import cleanup_stale_imports

    confirmed = services.import_jobs_create(actor=coordinator, files=[text_upload("b.txt")])[0]
    review.import_job_confirm(actor=coordinator, job=confirmed, data=result)
    failed = ImportJob.objects.create(
        created_by=coordinator,
        original_name="c.txt",
        file=text_upload("c.txt"),
        status=ImportStatus.FAILED,
        error_message="hỏng",
    )
    old = timezone.now() - datetime.timedelta(days=30)
    ImportJob.objects.update(created_at=old)
    fresh = services.import_jobs_create(actor=coordinator, files=[text_upload("d.txt")])[0]
    orphan = services.import_jobs_create(actor=coordinator, files=[text_upload("e.txt")])[0]
    review.import_job_confirm(actor=coordinator, job=orphan, data=result).delete()
    ImportJob.objects.filter(pk=orphan.pk).update(created_at=old)
    storage = ready_job.file.storage
    ready_name, failed_name, orphan_name = ready_job.file.name, failed.file.name, orphan.file.name

    with django_capture_on_commit_callbacks(execute=True):
        assert services.import_jobs_cleanup(days=14) == 3
    for job in (ready_job, confirmed, failed, fresh):
        job.refresh_from_db()
    assert ready_job.status == ImportStatus.DISCARDED and not ready_job.file
    assert ready_job.result == {}
    assert failed.status == ImportStatus.FAILED and not failed.file
    assert not storage.exists(ready_name) and not storage.exists(failed_name)
    assert confirmed.status == ImportStatus.CONFIRMED and storage.exists(confirmed.file.name)
    assert fresh.status == ImportStatus.READY and storage.exists(fresh.file.name)
    assert not storage.exists(orphan_name)  # its plan was deleted: nothing links to it
    assert cleanup_stale_imports.call_local() == 0  # the periodic task: nothing left to do
