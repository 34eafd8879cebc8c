"""Free text and figures entering tracking (decision 0016): cleaned by the services,
whether they come from the form or the API; figures are numbers or a ValidationError."""

import math
import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from hypothesis import event, given
from hypothesis import strategies as st

from ttdn.core.tests.strategies import SERVICE_SETTINGS, hostile_text, is_clean, rolled_back
from ttdn.tracking.models import ProgressUpdate
from ttdn.tracking.services import progress_review, progress_submit

DISGUISED = unicodedata.normalize("NFD", "Đã đăng\u202e 12 tin\x1b bài\u2067 về Đồng Nai\r\n")


@pytest.fixture
def task(make_plan):
    return make_plan(year=2024, timeframe="Quý III", status="in_progress").tasks.get()


def test_narrative_and_figure_names_from_the_form_are_cleaned(client, officer_a, agency_a, task):
    client.force_login(officer_a)
    response = client.post(
        reverse("tracking:progress_create", args=[task.pk]),
        {
            "agency": agency_a.pk,
            "status": "in_progress",
            "percent": 30,
            "narrative": DISGUISED,
            "figures": unicodedata.normalize("NFD", "Số\u200b tin\u202e bài: 12"),
        },
    )
    assert response.status_code == 302
    update = ProgressUpdate.objects.get()
    assert update.narrative == "Đã đăng 12 tin bài về Đồng Nai"
    assert update.figures == {"Số tin bài": 12}


def test_narrative_and_figure_names_from_the_api_are_cleaned(officer_a, agency_a, task):
    client = Client()
    client.force_login(officer_a)
    response = client.post(
        f"/api/v1/tasks/{task.pk}/progress",
        {
            "status": "in_progress",
            "percent": 30,
            "narrative": DISGUISED,  # NUL is refused by the API itself (decision 0014)
            "figures": {"Số\u200b tin\u2066 bài": 12},
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    update = ProgressUpdate.objects.get()
    assert update.narrative == "Đã đăng 12 tin bài về Đồng Nai"
    assert update.figures == {"Số tin bài": 12}


def test_two_figure_names_that_clean_to_one_are_refused(officer_a, agency_a, task):
    with pytest.raises(ValidationError) as caught:
        progress_submit(
            actor=officer_a,
            task=task,
            agency=agency_a,
            status="in_progress",
            percent=10,
            narrative="x",
            figures={"Số tin": 1, "Số\u200b tin": 2},
        )
    assert "figures" in caught.value.message_dict


def test_a_huge_integer_figure_is_refused_not_a_crash(officer_a, agency_a, task):
    with pytest.raises(ValidationError):
        progress_submit(
            actor=officer_a,
            task=task,
            agency=agency_a,
            status="in_progress",
            percent=10,
            narrative="x",
            figures={"n": 10**400},
        )


def test_a_review_comment_from_the_form_is_cleaned(client, coordinator, officer_a, agency_a, task):
    update = progress_submit(
        actor=officer_a, task=task, agency=agency_a, status="in_progress", percent=10, narrative="x"
    )
    client.force_login(coordinator)
    client.post(
        reverse("tracking:review_decide", args=[update.pk]),
        {"decision": "return", "comment": unicodedata.normalize("NFD", "Bổ sung\u202e số liệu")},
    )
    update.refresh_from_db()
    assert update.review_comment == "Bổ sung số liệu"


def test_a_review_comment_of_only_invisible_characters_does_not_return_an_update(
    coordinator, officer_a, agency_a, task
):
    update = progress_submit(
        actor=officer_a, task=task, agency=agency_a, status="in_progress", percent=10, narrative="x"
    )
    with pytest.raises(ValidationError):
        progress_review(actor=coordinator, update=update, accept=False, comment="\u200b\u202e")


# --- properties -------------------------------------------------------------------------------

JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**500), max_value=10**500),
    st.floats(allow_nan=True, allow_infinity=True),
    hostile_text(max_size=10),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(hostile_text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
FIGURES = st.one_of(
    st.dictionaries(hostile_text(max_size=20), JSON_VALUES, max_size=6),
    st.dictionaries(st.sampled_from(["Số tin", "Số\u200b tin", " Số tin "]), JSON_SCALARS),
    JSON_VALUES,  # not even an object
)


@SERVICE_SETTINGS
@given(narrative=hostile_text(max_size=300), figures=FIGURES)
def test_a_report_stores_clean_text_and_finite_numbers_or_is_refused(
    officer_a, agency_a, task, narrative, figures
):
    with rolled_back():
        try:
            update = progress_submit(
                actor=officer_a,
                task=task,
                agency=agency_a,
                status="in_progress",
                percent=50,
                narrative=narrative,
                figures=figures,
            )
        except ValidationError as exc:
            event(f"refused: {sorted(exc.message_dict)}")
            return
        event("stored")
        update.refresh_from_db()
        assert is_clean(update.narrative, multiline=True)
        assert isinstance(update.figures, dict) and len(update.figures) <= 50
        for name, value in update.figures.items():
            assert name and name == name.strip() and is_clean(name, multiline=False)
            assert type(value) in (int, float) and math.isfinite(value) and abs(value) < 10**15
