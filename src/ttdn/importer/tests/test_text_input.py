"""Text entering through the importer is cleaned (core.text.clean_text, decision 0016): what
the reviewer types, and what a document carried, before it becomes a plan."""

import unicodedata

import pytest

from ttdn.importer import review, services
from ttdn.importer.models import ImportJob
from ttdn.importer.tests import test_services as importer_tests
from ttdn.importer.tests.test_services import _meta, _rows, sample_result, text_upload
from ttdn.plans.models import Plan

# Fixtures of the importer's service tests.
analyse_returns, _media = importer_tests.analyse_returns, importer_tests._media


@pytest.fixture
def result(agency_a, agency_b):
    return sample_result(agency_a, agency_b)


def test_the_reviewers_text_is_cleaned_before_it_is_kept(result):
    rows = _rows(result)
    rows[0]["text"] = unicodedata.normalize("NFD", "Tập huấn\u202e nghiệp vụ\x00 TTĐN")
    rows[0]["timeframe"] = "Quý\u200b III"
    edited = review.extraction_from_review(
        original=result,
        meta=_meta(title=unicodedata.normalize("NFD", "Kế hoạch\u2066 TTĐN 2018\x1b")),
        tasks=rows,
    )
    assert edited.title.value == "Kế hoạch TTĐN 2018"
    assert edited.tasks[0].text == "Tập huấn nghiệp vụ TTĐN"
    assert edited.tasks[0].timeframe.as_written == "Quý III"
    # the job keeps the result as JSON: PostgreSQL's jsonb refuses "\u0000"
    assert "\\u0000" not in str(edited.to_dict())


def test_text_a_document_carried_is_cleaned_when_the_plan_is_created(coordinator, result):
    result.title.value = unicodedata.normalize("NFD", "Kế hoạch\u202e đối ngoại\x00 2018")
    result.tasks[0].text = "Tập huấn\u2067 nghiệp vụ\r\nthông tin đối ngoại."
    result.sections[0].body = "1. Mục\x0c đích\u2028 2. Yêu cầu"
    plan = review.plan_create_from_extraction(actor=coordinator, result=result)
    plan = Plan.objects.get(pk=plan.pk)
    assert plan.title == "Kế hoạch đối ngoại 2018"
    assert plan.tasks.get(row_label="01").text == "Tập huấn nghiệp vụ\nthông tin đối ngoại."
    assert plan.sections.get(kind="purpose").body == "1. Mục\n đích\n 2. Yêu cầu"


def test_an_uploaded_file_name_cannot_disguise_its_type(coordinator, result, analyse_returns):
    analyse_returns(result)
    name = unicodedata.normalize("NFD", "Kế hoạch\u202excod.exe\x00.txt")
    services.import_jobs_create(actor=coordinator, files=[text_upload(name=name)])
    assert ImportJob.objects.get().original_name == "Kế hoạchxcod.exe.txt"
