import datetime as dt

import pytest


@pytest.fixture(autouse=True)
def _english():
    """Messages checked in English (the Vietnamese are in translations-budget.json)."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def plan(make_plan):
    """Two tasks led by agency A, due 30/09/2024."""
    return make_plan(year=2024, status="in_progress", number="245/KH-UBND", tasks=2)


@pytest.fixture
def training(plan, officer_a, agency_a):
    """A training course of agency A on 12/03/2024 with 30 attendees, linked to a task."""
    from ttdn.activities.registers import REGISTERS

    return REGISTERS["trainings"].create(
        actor=officer_a,
        agency=agency_a,
        data={
            "title": "Tập huấn nghiệp vụ TTĐN",
            "start_date": dt.date(2024, 3, 12),
            "attendees_leaders": 10,
            "attendees_officials": 20,
            "tasks": [plan.tasks.first()],
        },
    )
