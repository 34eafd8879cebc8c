"""A signed PDF's signatures reach the review page; a file changed after signing is
flagged loudly. The PDFs are signed in the test with a throw-away certificate."""

from __future__ import annotations

import pytest
from django.urls import reverse

from ttdn.documents.tests.test_signatures import _signed
from ttdn.importer import services
from ttdn.importer.models import ImportStatus
from ttdn.importer.pipeline import analyse_file
from ttdn.importer.tests.test_services import fake_analyser, sample_result, text_upload


def test_the_pipeline_reads_the_signatures_of_a_pdf(tmp_path):
    result = analyse_file(_signed(tmp_path))
    [signature] = result.signatures
    assert signature["signer"] == "Ủy ban nhân dân tỉnh Phú Yên"
    assert signature["intact"] and not signature["changed_after_signing"]
    assert not any("changed after" in w for w in result.warnings)
    assert "signatures" not in result.contract()  # the JSON contract is unchanged


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_the_review_page_shows_the_signatures_and_flags_a_changed_file(
    client, coordinator, agency_a, agency_b, monkeypatch
):
    def result_for(_name):
        result = sample_result(agency_a, agency_b)
        result.signatures = [
            {
                "field": "Sig1",
                "signer": "Ủy ban nhân dân tỉnh Phú Yên",
                "organisation": "",
                "signing_time": "2026-01-05T02:30:00+00:00",
                "intact": True,
                "valid": True,
                "changed_after_signing": True,
                "modification": "other",
                "chain": ["Ủy ban nhân dân tỉnh Phú Yên", "Ban Cơ yếu Chính phủ"],
                "chain_complete": True,
                "problem": "",
            }
        ]
        return result

    monkeypatch.setattr(services, "analyse_file", fake_analyser(result_for))
    [job] = services.import_jobs_create(actor=coordinator, files=[text_upload()])
    job.refresh_from_db()
    assert job.status == ImportStatus.READY
    client.force_login(coordinator)
    client.cookies["django_language"] = "en"
    page = client.get(reverse("importer:review", args=[job.pk])).content.decode()
    assert 'id="import-signatures"' in page
    assert "Ủy ban nhân dân tỉnh Phú Yên" in page
    assert "05/01/2026 09:30" in page  # shown in Asia/Ho_Chi_Minh
    assert "the file was changed after signing" in page
    # Loudly: the whole card is marked (red, announced to a screen reader) with a line
    # saying not to rely on the file, not only a bold phrase in a plain card.
    assert 'class="card import-signatures altered"' in page
    assert 'role="alert"' in page
    assert "Do not rely on this file" in page

    # The plan created from it says so beside its "Original document" link, to everyone
    # who opens the plan later, not only to the reviewer.
    from ttdn.importer.tests.test_views import _form_data
    from ttdn.plans.models import Plan

    client.post(reverse("importer:review", args=[job.pk]), _form_data(client, job))
    plan = Plan.objects.get()
    plan_page = client.get(reverse("pages:plan", args=[plan.pk])).content.decode()
    assert 'id="original-signatures"' in plan_page
    assert "Ủy ban nhân dân tỉnh Phú Yên" in plan_page and "05/01/2026 09:30" in plan_page
    assert "the file was changed after signing" in plan_page
    assert 'class="original-signatures altered"' in plan_page
    assert "Ban Cơ yếu Chính phủ" in page
