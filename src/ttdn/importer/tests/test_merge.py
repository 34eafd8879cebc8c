"""A plan and its annex uploaded together become one review (issue 12, mixed documents)."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ttdn.audit.models import AuditEntry
from ttdn.importer import merge, services
from ttdn.importer.models import ImportJob, ImportStatus
from ttdn.importer.result import ExtractionResult
from ttdn.importer.review import import_job_confirm
from ttdn.importer.tests.forms.support import quang_tri_plan

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "importer"
ANNEX = FIXTURES / "phu_luc_nhiem_vu.xlsx"
# A plan whose tasks are in its annex, sent as a separate spreadsheet; one task is written
# in the plan too (the annex's second row, in the plan's words), and must not be doubled.
PLAN = quang_tri_plan(
    """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao hiệu quả công tác thông tin đối ngoại, quảng bá hình ảnh tỉnh Quảng Trị.
2. Yêu cầu
Bám sát chủ trương, đường lối đối ngoại của Đảng.

II. NHIỆM VỤ
Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.

III. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành, địa phương căn cứ Kế hoạch này triển khai thực hiện.
"""
)


def _upload(path_or_name, content=None):
    if content is None:
        return SimpleUploadedFile(path_or_name.name, path_or_name.read_bytes())
    return SimpleUploadedFile(path_or_name, content.encode())


@pytest.fixture
def uploaded(coordinator, django_capture_on_commit_callbacks):
    """The plan as text and its annex as .xlsx, uploaded together and read for real."""
    with django_capture_on_commit_callbacks(execute=True):
        plan, annex = services.import_jobs_create(
            actor=coordinator, files=[_upload("ke-hoach-57.txt", PLAN), _upload(ANNEX)]
        )
    plan.refresh_from_db()
    annex.refresh_from_db()
    return plan, annex


def _annex_alone(coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        [annex] = services.import_jobs_create(actor=coordinator, files=[_upload(ANNEX)])
    annex.refresh_from_db()
    return ExtractionResult.from_dict(annex.result)


@pytest.mark.django_db
def test_a_plan_and_its_annex_sent_together_are_one_review(
    uploaded, coordinator, django_capture_on_commit_callbacks
):
    plan, annex = uploaded
    assert plan.status == ImportStatus.READY
    assert annex.status == ImportStatus.MERGED and annex.merged_into_id == plan.pk
    result = ExtractionResult.from_dict(plan.result)
    alone = _annex_alone(coordinator, django_capture_on_commit_callbacks)
    # the plan's own reading (number, date, title) with every task of the annex
    assert result.plan_number.value == "57/KH-UBND"
    assert result.issued_date.value == "2025-02-14"
    from_annex = [t for t in result.tasks if t.part == str(annex.pk)]
    assert [t.text for t in from_annex] == [t.text for t in alone.tasks]
    assert len(from_annex) == 13
    assert {t.part_file for t in from_annex} == {"phu_luc_nhiem_vu.xlsx"}
    # their positions point into the spreadsheet's text, not this one: not shown here
    places = [
        (x.start, x.end)
        for t in from_annex
        for x in (t, t.timeframe, *t.lead, *t.coordinating)
        if x is not None
    ]
    assert places and set(places) == {(None, None)}
    assert any(t.lead for t in from_annex) and any(t.timeframe for t in from_annex)
    assert result.parts[0]["file"] == "phu_luc_nhiem_vu.xlsx"
    entry = AuditEntry.objects.get(action="import.merged")
    assert entry.data["part_file"] == "phu_luc_nhiem_vu.xlsx" and entry.data["tasks_added"] == 13


@pytest.mark.django_db
def test_a_task_the_plan_already_lists_is_not_added_twice(coordinator):
    """The same task written in the plan and in its annex (a space, a full stop apart)."""
    plan = ImportJob.objects.create(created_by=coordinator, original_name="kh.txt")
    part = ImportJob.objects.create(
        created_by=coordinator, original_name="pl.xlsx", batch=plan.batch
    )
    main = ExtractionResult.from_dict(
        {
            "file": "kh.txt",
            "doc_type": {"value": "plan"},
            "plan_number": {"value": "57/KH-UBND"},
            "tasks": [{"text": "Tổ chức họp báo định kỳ hằng quý"}],
        }
    )
    annex = ExtractionResult.from_dict(
        {
            "file": "pl.xlsx",
            "doc_type": {"value": "plan"},
            "period": {"value": [2025, 2025]},
            "tasks": [
                {"text": "Tổ chức họp báo định kỳ hằng quý."},
                {"text": "Cập nhật thông tin đối ngoại trên Cổng Thông tin điện tử tỉnh"},
            ],
        }
    )
    ImportJob.objects.filter(pk=plan.pk).update(status=ImportStatus.READY, result=main.to_dict())
    ImportJob.objects.filter(pk=part.pk).update(status=ImportStatus.READY, result=annex.to_dict())
    merged = merge.import_jobs_merge(actor=coordinator, main=plan, parts=[part])
    result = ExtractionResult.from_dict(merged.result)
    assert [t.text for t in result.tasks] == [
        "Tổ chức họp báo định kỳ hằng quý",
        "Cập nhật thông tin đối ngoại trên Cổng Thông tin điện tử tỉnh",
    ]
    assert result.parts[0]["repeated"] == 1
    assert result.period.value == [2025, 2025]  # the plan had none
    # taken out again: its task and the period it gave go, the plan's own task stays
    part.refresh_from_db()
    back = merge.import_job_separate(actor=coordinator, main=merged, part=part)
    result = ExtractionResult.from_dict(back.result)
    assert [t.text for t in result.tasks] == ["Tổ chức họp báo định kỳ hằng quý"]
    assert result.period.value is None and result.parts == []
    part.refresh_from_db()
    assert part.status == ImportStatus.READY and part.merged_into is None
    assert AuditEntry.objects.filter(action="import.separated").count() == 1


@pytest.mark.django_db
def test_the_plan_created_takes_the_annex_tasks_and_the_annex_file_belongs_to_it(
    uploaded, coordinator
):
    plan, annex = uploaded
    data = ExtractionResult.from_dict(plan.result)
    created = import_job_confirm(actor=coordinator, job=plan, data=data)
    assert created.tasks.count() == len(data.tasks) >= 13
    annex.refresh_from_db()
    assert annex.plan_id == created.pk and annex.status == ImportStatus.MERGED
    # a merged file cannot be made into a plan of its own
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        import_job_confirm(
            actor=coordinator, job=annex, data=ExtractionResult.from_dict(annex.result)
        )
    assert refused.value.messages == [services.refusal_message(annex)]
    from django.utils.translation import override

    with override("en"):  # it says where its tasks went
        assert "review of another file" in services.refusal_message(annex)


@pytest.mark.django_db
def test_discarding_the_plan_gives_the_annex_back_for_review(uploaded, coordinator):
    plan, annex = uploaded
    services.import_job_discard(actor=coordinator, job=plan)
    annex.refresh_from_db()
    assert annex.status == ImportStatus.READY and annex.merged_into is None
    assert annex.file  # its file is kept


@pytest.mark.django_db
def test_two_plans_uploaded_together_stay_two_reviews(
    coordinator, django_capture_on_commit_callbacks
):
    other = PLAN.replace("57/KH-UBND", "58/KH-UBND").replace("Phụ lục", "phụ lục")
    with django_capture_on_commit_callbacks(execute=True):
        jobs = services.import_jobs_create(
            actor=coordinator,
            files=[_upload("kh-57.txt", PLAN), _upload("kh-58.txt", other), _upload(ANNEX)],
        )
    statuses = sorted(ImportJob.objects.filter(pk__in=[j.pk for j in jobs]).values_list("status"))
    # which plan the annex belongs to is the reviewer's call: nothing is merged
    assert statuses == [("ready",), ("ready",), ("ready",)]
    assert not AuditEntry.objects.filter(action="import.merged").exists()


def _captioned_annex(number: str) -> str:
    """An annex as offices send it on its own: its caption names the plan it goes with."""
    return (
        "PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2025\n"
        f"(Kèm theo Kế hoạch số {number} ngày 14/02/2025 của Ủy ban nhân dân tỉnh Quảng Trị)\n"
        "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\n"
        "1\tTổ chức họp báo định kỳ về tình hình kinh tế - xã hội của tỉnh\tSở Ngoại vụ\t"
        "Các sở, ban, ngành\tQuý II\n"
        "2\tBiên soạn tài liệu quảng bá hình ảnh tỉnh bằng tiếng Anh, tiếng Lào\t"
        "Sở Văn hóa, Thể thao và Du lịch\tSở Ngoại vụ\tCả năm\n"
    )


@pytest.mark.django_db
def test_an_annex_whose_caption_names_the_plan_joins_it(
    coordinator, django_capture_on_commit_callbacks
):
    """A real annex names its plan ("(Kèm theo Kế hoạch số 57/KH-UBND …)"): that number is
    its plan's, not one of its own, so it still joins the plan sent with it; one naming
    another plan does not."""
    with django_capture_on_commit_callbacks(execute=True):
        plan, annex = services.import_jobs_create(
            actor=coordinator,
            files=[
                _upload("kh-57.txt", PLAN),
                _upload("phu-luc.txt", _captioned_annex("57/KH-UBND")),
            ],
        )
    plan.refresh_from_db()
    annex.refresh_from_db()
    assert annex.status == ImportStatus.MERGED and annex.merged_into_id == plan.pk
    result = ExtractionResult.from_dict(plan.result)
    assert result.plan_number.value == "57/KH-UBND"
    assert len([t for t in result.tasks if t.part == str(annex.pk)]) == 2

    with django_capture_on_commit_callbacks(execute=True):
        plan, annex = services.import_jobs_create(
            actor=coordinator,
            files=[
                _upload("kh-57.txt", PLAN),
                _upload("phu-luc.txt", _captioned_annex("99/KH-UBND")),
            ],
        )
    annex.refresh_from_db()
    assert annex.status == ImportStatus.READY  # another plan's annex: the reviewer's call


@pytest.mark.django_db
def test_only_the_uploader_merges_and_only_files_of_the_same_upload(
    uploaded, coordinator, make_user, django_capture_on_commit_callbacks
):
    from django.core.exceptions import PermissionDenied, ValidationError

    plan, annex = uploaded
    services.import_job_discard(actor=coordinator, job=plan)  # the annex is free again
    annex.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        [other] = services.import_jobs_create(actor=coordinator, files=[_upload("kh.txt", PLAN)])
    other.refresh_from_db()
    with pytest.raises(ValidationError):  # another upload's file
        merge.import_jobs_merge(actor=coordinator, main=other, parts=[annex])
    stranger = make_user("dieu_phoi_2", "coordinator")
    with pytest.raises(PermissionDenied):
        merge.import_jobs_merge(actor=stranger, main=other, parts=[annex])
    annex.refresh_from_db()
    assert annex.status == ImportStatus.READY


@pytest.mark.django_db
def test_the_pages_show_the_merge_and_let_the_reviewer_undo_and_redo_it(
    uploaded, coordinator, client
):
    plan, annex = uploaded
    client.force_login(coordinator)
    batch = client.get(f"/imports/batch/{plan.batch}/")
    assert batch.status_code == 200
    page = batch.content.decode()
    assert "ke-hoach-57.txt" in page and "phu_luc_nhiem_vu.xlsx" in page
    assert f"/imports/{plan.pk}/#parts" in page  # the annex's row leads to the plan's review

    review = client.get(f"/imports/{plan.pk}/").content.decode()
    assert 'id="parts"' in review and "phu_luc_nhiem_vu.xlsx" in review
    assert review.count("part-file") == 13  # each task from the annex says so

    # taken out: the annex waits on its own, and the plan's review offers to add it back
    done = client.post(f"/imports/{plan.pk}/separate/{annex.pk}/")
    assert done.status_code == 302
    annex.refresh_from_db()
    assert annex.status == ImportStatus.READY
    review = client.get(f"/imports/{plan.pk}/").content.decode()
    assert "part-file" not in review and f'value="{annex.pk}"' in review
    assert client.get(f"/imports/{annex.pk}/").status_code == 200  # its own review

    client.post(f"/imports/{plan.pk}/merge/", {"part": [str(annex.pk)]})
    annex.refresh_from_db()
    assert annex.status == ImportStatus.MERGED
    # the merged file's own review is closed: it leads back to the batch
    assert client.get(f"/imports/{annex.pk}/").status_code == 302


@pytest.mark.django_db
def test_another_coordinator_cannot_reach_the_merge(uploaded, client, make_user):
    plan, annex = uploaded
    client.force_login(make_user("dieu_phoi_2", "coordinator"))
    assert client.post(f"/imports/{plan.pk}/separate/{annex.pk}/").status_code == 404
    assert client.post(f"/imports/{plan.pk}/merge/", {"part": [str(annex.pk)]}).status_code == 404
    annex.refresh_from_db()
    assert annex.status == ImportStatus.MERGED


@pytest.mark.django_db
def test_the_plan_page_offers_the_annex_file_to_whoever_sees_the_plan(
    uploaded, coordinator, client
):
    plan, annex = uploaded
    created = import_job_confirm(
        actor=coordinator, job=plan, data=ExtractionResult.from_dict(plan.result)
    )
    link = f"/imports/plans/{created.pk}/original/{annex.pk}/"
    client.force_login(coordinator)
    page = client.get(f"/plans/{created.pk}/").content.decode()
    assert link in page and "phu_luc_nhiem_vu.xlsx" in page
    response = client.get(link)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == ANNEX.read_bytes()
    assert "phu_luc_nhiem_vu.xlsx" in response["Content-Disposition"]
    # the plan is internal: a visitor reaches neither the plan nor its files
    client.logout()
    assert client.get(link).status_code == 404
    # a file of another plan is not reached through this one
    other = ImportJob.objects.create(created_by=coordinator, original_name="x.xlsx")
    client.force_login(coordinator)
    assert client.get(f"/imports/plans/{created.pk}/original/{other.pk}/").status_code == 404


@pytest.mark.django_db
def test_the_batch_is_merged_once_whoever_finishes_last(uploaded, coordinator):
    """Two workers finishing the upload's last files at once both look at the batch: the
    second finds nothing left to merge, or a part already taken, and changes nothing."""
    from django.core.exceptions import ValidationError

    plan, annex = uploaded
    before = ExtractionResult.from_dict(ImportJob.objects.get(pk=plan.pk).result)
    assert merge.batch_merge_when_read(plan.batch) is None
    stale = ImportJob.objects.get(pk=annex.pk)
    stale.status = ImportStatus.READY  # as a second worker read it before the first merged
    with pytest.raises(ValidationError):
        merge.import_jobs_merge(actor=None, main=plan, parts=[stale])
    after = ExtractionResult.from_dict(ImportJob.objects.get(pk=plan.pk).result)
    assert len(after.tasks) == len(before.tasks) and len(after.parts) == 1
    assert AuditEntry.objects.filter(action="import.merged").count() == 1


@pytest.mark.django_db
def test_cleaning_up_old_imports_keeps_the_annex_of_a_plan_and_drops_an_unconfirmed_one(
    uploaded, coordinator, django_capture_on_commit_callbacks
):
    """The annex merged into a plan is that plan's file: kept as long as the plan (the
    plan page offers it); an upload whose review was never confirmed loses both files."""
    import datetime as dt

    from django.utils import timezone

    plan, annex = uploaded
    created = import_job_confirm(
        actor=coordinator, job=plan, data=ExtractionResult.from_dict(plan.result)
    )
    with django_capture_on_commit_callbacks(execute=True):
        left_plan, left_annex = services.import_jobs_create(
            actor=coordinator, files=[_upload("kh-khac.txt", PLAN), _upload(ANNEX)]
        )
    assert ImportJob.objects.get(pk=left_annex.pk).status == ImportStatus.MERGED
    ImportJob.objects.update(created_at=timezone.now() - dt.timedelta(days=60))
    with django_capture_on_commit_callbacks(execute=True):
        services.import_jobs_cleanup(days=14)
    annex.refresh_from_db()
    assert annex.status == ImportStatus.MERGED and annex.plan_id == created.pk and annex.file
    left = ImportJob.objects.get(pk=left_annex.pk)
    assert left.status == ImportStatus.DISCARDED and not left.file
    # the plan deleted, its annex goes at the next clean-up like the plan's own document
    created.delete()
    with django_capture_on_commit_callbacks(execute=True):
        services.import_jobs_cleanup(days=14)
    annex.refresh_from_db()
    assert annex.status == ImportStatus.DISCARDED and not annex.file


@pytest.mark.django_db
def test_an_annex_alone_names_bodies_of_no_place_until_merged_into_its_plan(
    coordinator, django_capture_on_commit_callbacks
):
    # issue 12, scans2: an annex read alone is not placed in a district its cells name
    # ("Ủy ban nhân dân huyện Hướng Hóa"); its bodies are found in the plan's province once
    # it is merged into the plan.
    from ttdn.directory.services import agencies_load, units_load

    units_load()
    agencies_load(provinces=["Quảng Trị"])
    alone = _annex_alone(coordinator, django_capture_on_commit_callbacks)
    assert alone.locality.value is None and alone.unit_id is None
    leads = {m.as_written: m for t in alone.tasks for m in t.lead}
    assert leads["Sở Ngoại vụ"].agency_id is None
    with django_capture_on_commit_callbacks(execute=True):
        plan, annex = services.import_jobs_create(
            actor=coordinator, files=[_upload("ke-hoach-57.txt", PLAN), _upload(ANNEX)]
        )
    plan.refresh_from_db()
    result = ExtractionResult.from_dict(plan.result)
    merged = {m.as_written: m for t in result.tasks if t.part for m in t.lead}
    assert merged["Sở Ngoại vụ"].agency == "Sở Ngoại vụ tỉnh Quảng Trị"
    assert merged["Công an tỉnh"].agency == "Công an tỉnh Quảng Trị"


def _mention(name: str) -> dict:
    return {"as_written": name}


# A plan's "III. TỔ CHỨC THỰC HIỆN" (prose, each duty with its body) and its annex's rows
# (the same duties, with partners and time), as the Đồng Nai 2018 plan and its "PHỤ LỤC /
# PHÂN CÔNG NHIỆM VỤ" write them; two duties are only in the prose, two only in the annex.
PROSE_TASKS = [
    (
        "Sở Ngoại vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức lễ kỷ niệm "
        "45 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản.",
        "Sở Ngoại vụ",
    ),
    ("Hướng dẫn, quản lý các đoàn phóng viên nước ngoài hoạt động tại tỉnh.", "Sở Ngoại vụ"),
    (
        "Có trách nhiệm thẩm định dự toán ngân sách hàng năm cho hoạt động thông tin đối "
        "ngoại trình cấp có thẩm quyền phê duyệt.",
        "Sở Tài chính",
    ),
    (
        "Tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào.",
        "Sở Văn hóa, Thể thao và Du lịch",
    ),
]
ANNEX_ROWS = [
    (
        "Tổ chức lễ kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản.",
        "Sở Ngoại vụ",
        "Sở Văn hóa Thể thao và Du lịch",
        "Quý III",
    ),
    (
        "Hướng dẫn, quản lý các đoàn phóng viên nước ngoài hoạt động tại tỉnh.",
        "Sở Ngoại vụ",
        "Công an tỉnh",
        "Cả năm",
    ),
    (
        "Tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Campuchia.",
        "Sở Ngoại vụ",
        "",
        "Quý II",
    ),
    (
        "Xuất bản “Bản tin đối ngoại” thông tin thành tựu phát triển kinh tế - xã hội của tỉnh.",
        "Sở Ngoại vụ",
        "",
        "Hàng quý",
    ),
]


@pytest.mark.django_db
def test_a_duty_in_the_prose_and_in_an_annex_row_is_one_task_with_the_rows_columns(
    coordinator,
):
    plan = ImportJob.objects.create(created_by=coordinator, original_name="kh.pdf")
    part = ImportJob.objects.create(
        created_by=coordinator, original_name="pl.xlsx", batch=plan.batch
    )
    main = ExtractionResult.from_dict(
        {
            "file": "kh.pdf",
            "doc_type": {"value": "plan"},
            "plan_number": {"value": "12773/KH-UBND"},
            "tasks": [
                {"text": text, "lead": [_mention(lead)], "source": "prose"}
                for text, lead in PROSE_TASKS
            ],
        }
    )
    annex = ExtractionResult.from_dict(
        {
            "file": "pl.xlsx",
            "doc_type": {"value": "plan"},
            "tasks": [
                {
                    "text": text,
                    "row": f"0{n + 1}",
                    "source": "annex",
                    "lead": [_mention(lead)],
                    "coordinating": [_mention(other)] if other else [],
                    "timeframe": {"as_written": when},
                }
                for n, (text, lead, other, when) in enumerate(ANNEX_ROWS)
            ],
        }
    )
    ImportJob.objects.filter(pk=plan.pk).update(status=ImportStatus.READY, result=main.to_dict())
    ImportJob.objects.filter(pk=part.pk).update(status=ImportStatus.READY, result=annex.to_dict())
    merged = merge.import_jobs_merge(actor=coordinator, main=plan, parts=[part])
    result = ExtractionResult.from_dict(merged.result)
    # six duties, each once: the two written twice stand where the prose had them, with
    # the row's partners and time (the prose's words, which hold the row's and more)
    assert [t.text for t in result.tasks] == [
        PROSE_TASKS[0][0],
        ANNEX_ROWS[1][0],
        PROSE_TASKS[2][0],
        PROSE_TASKS[3][0],
        ANNEX_ROWS[2][0],
        ANNEX_ROWS[3][0],
    ]
    first, second = result.tasks[0], result.tasks[1]
    assert [m.as_written for m in first.coordinating] == ["Sở Văn hóa Thể thao và Du lịch"]
    assert first.timeframe.as_written == "Quý III" and first.row == "01"
    assert second.timeframe.as_written == "Cả năm" and second.part == str(part.pk)
    assert result.parts[0]["added"] == 2 and result.parts[0]["repeated"] == 2
    # taken out again: the plan's own prose tasks come back as they were, in their places
    part.refresh_from_db()
    back = ExtractionResult.from_dict(
        merge.import_job_separate(actor=coordinator, main=merged, part=part).result
    )
    assert [(t.text, t.timeframe, t.part) for t in back.tasks] == [
        (text, None, "") for text, _lead in PROSE_TASKS
    ]
