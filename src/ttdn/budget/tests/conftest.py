import pytest


@pytest.fixture
def finance(make_user):
    """The province's finance reviewer (every agency)."""
    return make_user("finance", "finance")


@pytest.fixture
def plan(make_plan):
    return make_plan(year=2024, status="in_progress", number="245/KH-UBND")


@pytest.fixture
def estimate(plan, officer_a, agency_a):
    from ttdn.budget import services

    estimate = services.estimate_create(actor=officer_a, plan=plan, agency=agency_a, year=2024)
    services.line_add(
        actor=officer_a,
        estimate=estimate,
        version=estimate.version,
        data=services.LineData(
            description="Hội nghị tập huấn nghiệp vụ TTĐN",
            quantity="2",
            unit="lớp",
            unit_cost="15000000",
            task=plan.tasks.first(),
        ),
    )
    services.line_add(
        actor=officer_a,
        estimate=estimate,
        version=estimate.version,
        data=services.LineData(
            description="In ấn bản tin đối ngoại",
            quantity="1000",
            unit="cuốn",
            unit_cost="12500",
            group="promotion",
        ),
    )
    estimate.refresh_from_db()
    return estimate


@pytest.fixture
def approved(estimate, officer_a, finance, leader):
    from ttdn.budget import services

    services.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    first, second = estimate.lines.order_by("order")
    services.estimate_appraise(
        actor=finance,
        estimate=estimate,
        version=estimate.version,
        adjustments={first.pk: services.Adjustment("25000000", "Chỉ duyệt 25 triệu")},
    )
    services.estimate_approve(actor=leader, estimate=estimate, version=estimate.version)
    estimate.refresh_from_db()
    return estimate


@pytest.fixture(autouse=True)
def _english():
    """Messages are checked in English: the Vietnamese ones are in translations-budget.json
    until the integrator merges them into the catalogue."""
    from django.utils import translation

    with translation.override("en"):
        yield
