"""Free text entering plans is cleaned by the services (core.text.clean_text, decision 0016)."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from hypothesis import event, given
from hypothesis import strategies as st

from ttdn.core import search
from ttdn.core.tests.strategies import SERVICE_SETTINGS, hostile_text, is_clean, rolled_back
from ttdn.plans import services
from ttdn.plans.models import Plan, Task
from ttdn.plans.services import AgencyRef, SectionData, TaskData

NFD = "NFD"


@pytest.fixture
def coord_client(client, coordinator):
    client.force_login(coordinator)
    return client


def test_a_decomposed_title_from_the_form_is_stored_composed_and_found_without_diacritics(
    coord_client,
):
    title = "Kế hoạch thông tin đối ngoại\u202e năm 2025"
    response = coord_client.post(
        reverse("plans:create"),
        {
            "title": unicodedata.normalize(NFD, title),
            "summary": unicodedata.normalize(NFD, "Dòng một\r\nDòng\x07 hai\u2066"),
            "period_start": 2025,
            "level": "province",
            "visibility": "internal",
        },
    )
    assert response.status_code == 302
    plan = Plan.objects.get()
    assert plan.title == "Kế hoạch thông tin đối ngoại năm 2025"
    assert plan.summary == "Dòng một\nDòng hai"
    assert search.search_ids(services.SEARCH_KIND_PLAN, "ke hoach thong tin doi ngoai") == [plan.pk]
    assert search.search_ids(services.SEARCH_KIND_PLAN, unicodedata.normalize(NFD, "đối ngoại"))


def test_task_text_and_agencies_as_written_from_the_form_are_cleaned(
    coord_client, make_plan, agency_a
):
    plan = make_plan(tasks=0)
    response = coord_client.post(
        reverse("plans:task_create", args=[plan.pk]),
        {
            "text": unicodedata.normalize(NFD, "Tổ chức\u200b họp báo\u202d định kỳ\x07"),
            "group": "spokesperson",
            "leads": [agency_a.pk],
            "timeframe_text": "Quý\u00a0III\u2069",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    task = Task.objects.get()
    assert task.text == "Tổ chức họp báo định kỳ"
    assert task.timeframe_text == "Quý\u00a0III"
    assert search.search_ids(services.SEARCH_KIND_TASK, "hop bao dinh ky") == [task.pk]


def test_plan_update_and_legal_bases_are_cleaned(coordinator, make_plan):
    plan = make_plan(tasks=0)
    plan = services.plan_update(
        actor=coordinator,
        plan=plan,
        expected_version=plan.version,
        signer="Nguyễn\nVăn\u202eA",
        legal_bases=["Nghị định số 72/2015/NĐ-CP\u202e ngày 07/9/2015"],
    )
    plan.refresh_from_db()
    assert plan.signer == "Nguyễn VănA"
    assert plan.legal_basis_links.get().as_written == "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015"


# --- properties ---------------------------------------------------------------------------


@SERVICE_SETTINGS
@given(
    title=hostile_text(max_size=80),
    summary=hostile_text(max_size=200),
    heading=hostile_text(),
    task_text=hostile_text(max_size=200),
    written=hostile_text(max_size=40),
    timeframe=st.one_of(st.just("Quý III"), hostile_text(max_size=30)),
)
def test_plan_and_task_creation_store_clean_text_or_refuse_it(
    coordinator, agency_a, title, summary, heading, task_text, written, timeframe
):
    with rolled_back():
        try:
            plan = services.plan_create(
                actor=coordinator,
                title=title,
                summary=summary,
                period_start=2025,
                sections=[SectionData(heading=heading or "I", body=summary)],
            )
        except ValidationError as exc:
            event(f"plan refused: {sorted(exc.message_dict)}")
            return
        plan.refresh_from_db()
        assert is_clean(plan.title, multiline=False)
        assert is_clean(plan.summary, multiline=True)
        section = plan.sections.get()
        assert is_clean(section.heading, multiline=False) and is_clean(section.body, multiline=True)
        try:
            task = services.task_create(
                actor=coordinator,
                plan=plan,
                data=TaskData(
                    text=task_text,
                    timeframe_text=timeframe,
                    leads=[AgencyRef(agency=agency_a, as_written=written)],
                    coordinating=[AgencyRef(as_written=written)],
                ),
            )
        except ValidationError as exc:
            event(f"task refused: {sorted(exc.message_dict)}")
            return
        event("plan and task stored")
        task.refresh_from_db()
        assert is_clean(task.text, multiline=True)
        assert is_clean(task.timeframe_text, multiline=False)
        assert all(is_clean(a.as_written, multiline=False) for a in task.assignments.all())
