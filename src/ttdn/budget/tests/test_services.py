"""The budget's workflow, locks, amounts and spending, through the services."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from ttdn.audit.models import AuditEntry
from ttdn.budget import services
from ttdn.budget.formatting import format_vnd, parse_vnd
from ttdn.budget.models import Estimate, EstimateLine, EstimateStatus, Spending
from ttdn.core.exceptions import ConflictError

pytestmark = pytest.mark.django_db


def _messages(exc) -> str:
    return " ".join(exc.value.messages)


def test_amount_is_quantity_times_unit_cost_unless_entered(estimate):
    first, second = estimate.lines.order_by("order")
    assert first.amount == Decimal("30000000") and not first.amount_entered
    assert second.amount == Decimal("12500000")
    assert first.group == "training"  # from the linked task


def test_an_entered_amount_is_kept(estimate, officer_a):
    line = services.line_add(
        actor=officer_a,
        estimate=estimate,
        version=estimate.version,
        data=services.LineData(description="Khoán", quantity=3, unit_cost=100, amount="1000"),
    )
    assert line.amount == 1000 and line.amount_entered


def test_format_and_parse_vnd():
    assert format_vnd(Decimal("1234567")) == "1.234.567 ₫"
    assert format_vnd(0) == "0 ₫"
    assert parse_vnd("1.234.567 ₫") == "1234567"
    assert parse_vnd("1 234 567đ") == "1234567"
    assert parse_vnd("12,5") == "12,5"


@pytest.mark.parametrize(
    ("field", "data", "message"),
    [
        ("quantity", {"quantity": "-1"}, "The quantity cannot be negative."),
        ("unit_cost", {"unit_cost": "-5"}, "The amount cannot be negative."),
        ("amount", {"amount": "-5"}, "The amount cannot be negative."),
        ("unit_cost", {"unit_cost": "1" + "0" * 18}, "The amount is too large"),
        (
            "unit_cost",
            {"quantity": "1000", "unit_cost": "9" * 17},
            "Quantity × unit cost is too large",
        ),
        ("amount", {"amount": "12.5"}, "whole đồng"),
        ("amount", {"amount": "nhiều"}, "Write the amount in đồng"),
        ("quantity", {"quantity": "1e400"}, "The quantity is too large"),
    ],
)
def test_bad_amounts_are_refused_with_a_translated_message(
    estimate, officer_a, field, data, message
):
    with pytest.raises(ValidationError) as exc:
        services.line_add(
            actor=officer_a,
            estimate=estimate,
            version=estimate.version,
            data=services.LineData(description="Dòng", **data),
        )
    assert field in exc.value.message_dict
    assert message in " ".join(exc.value.message_dict[field])
    assert estimate.lines.count() == 2


def test_the_database_refuses_a_negative_amount(estimate):
    with pytest.raises(IntegrityError), transaction.atomic():
        EstimateLine.objects.filter(estimate=estimate).update(amount=-1)


def test_html_in_text_is_kept_as_text(estimate, officer_a):
    line = services.line_add(
        actor=officer_a,
        estimate=estimate,
        version=estimate.version,
        data=services.LineData(description="<script>alert(1)</script>\u202eIn\x00", unit_cost=1),
    )
    assert line.description == "<script>alert(1)</script>In"


def test_an_officer_cannot_draft_for_another_agency(plan, officer_b, agency_a):
    with pytest.raises(PermissionDenied):
        services.estimate_create(actor=officer_b, plan=plan, agency=agency_a, year=2024)


def test_an_officer_cannot_change_another_agencys_estimate(estimate, officer_b):
    line = estimate.lines.first()
    with pytest.raises(PermissionDenied):
        services.line_change(
            actor=officer_b,
            line=line,
            version=estimate.version,
            data=services.LineData(description="Đổi", unit_cost=1),
        )


def test_the_year_lies_in_the_plans_period(plan, officer_a, agency_a):
    with pytest.raises(ValidationError) as exc:
        services.estimate_create(actor=officer_a, plan=plan, agency=agency_a, year=2030)
    assert "within the plan's period" in _messages(exc)


def test_one_estimate_per_agency_plan_and_year(estimate, plan, officer_a, agency_a):
    with pytest.raises(ValidationError):
        services.estimate_create(actor=officer_a, plan=plan, agency=agency_a, year=2024)


def test_the_whole_workflow_is_audited_and_approval_locks(approved, officer_a):
    assert approved.status == EstimateStatus.APPROVED
    first, second = approved.lines.order_by("order")
    assert first.approved_amount == Decimal("25000000")
    assert first.appraisal_comment == "Chỉ duyệt 25 triệu"
    assert second.approved_amount == second.amount
    actions = list(
        AuditEntry.objects.filter(action__startswith="budget.").values_list("action", flat=True)
    )
    for action in ("budget.estimate_created", "budget.line_added", "budget.submitted"):
        assert action in actions
    assert "budget.appraised" in actions and "budget.approved" in actions
    with pytest.raises(ValidationError) as exc:
        services.line_change(
            actor=officer_a,
            line=first,
            version=approved.version,
            data=services.LineData(description="Sửa sau khi duyệt", unit_cost=1),
        )
    assert "approved and locked" in _messages(exc)
    first.refresh_from_db()
    assert first.description == "Hội nghị tập huấn nghiệp vụ TTĐN"


def test_the_model_and_the_database_guard_the_lock(approved):
    line = approved.lines.first()
    line.description = "Sửa lén"
    with pytest.raises(ValidationError):
        line.save()
    with pytest.raises(ValidationError):
        line.delete()
    with pytest.raises(Exception), transaction.atomic():  # noqa: B017 (the database's own error)
        EstimateLine.objects.filter(pk=line.pk).update(description="Sửa lén")
    with pytest.raises(Exception), transaction.atomic():  # noqa: B017
        EstimateLine.objects.create(estimate=approved, description="Thêm lén")
    assert EstimateLine.objects.get(pk=line.pk).description != "Sửa lén"


def test_a_changed_amount_needs_a_comment(estimate, officer_a, finance):
    services.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    line = estimate.lines.first()
    with pytest.raises(ValidationError) as exc:
        services.estimate_appraise(
            actor=finance,
            estimate=estimate,
            version=estimate.version,
            adjustments={line.pk: services.Adjustment("1000", "")},
        )
    assert f"line_{line.pk}" in exc.value.message_dict
    assert Estimate.objects.get(pk=estimate.pk).status == EstimateStatus.SUBMITTED


def test_two_reviewers_racing_the_second_gets_a_conflict(estimate, officer_a, finance, make_user):
    other = make_user("finance2", "finance")
    services.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    version = estimate.version
    stale = Estimate.objects.get(pk=estimate.pk)
    services.estimate_appraise(actor=finance, estimate=estimate, version=version, adjustments={})
    with pytest.raises((ConflictError, ValidationError)):
        services.estimate_appraise(actor=other, estimate=stale, version=version, adjustments={})
    # Even when the status check passes on a stale copy, the version claim refuses.
    stale.status = EstimateStatus.SUBMITTED
    with pytest.raises(ConflictError):
        services.estimate_appraise(actor=other, estimate=stale, version=version, adjustments={})
    assert AuditEntry.objects.filter(action="budget.appraised").count() == 1


@pytest.mark.parametrize("who", ["officer_a", "officer_b", "leader"])
def test_only_a_finance_reviewer_appraises(estimate, officer_a, who, request):
    services.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    with pytest.raises(PermissionDenied):
        services.estimate_appraise(
            actor=request.getfixturevalue(who),
            estimate=estimate,
            version=estimate.version,
            adjustments={},
        )


def test_an_agency_finance_reviewer_appraises_only_that_agency(
    estimate, officer_a, make_user, agency_a, agency_b
):
    services.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    of_b = make_user("fin_b", "officer", roles=[("finance", agency_b)])
    with pytest.raises(PermissionDenied):
        services.estimate_appraise(
            actor=of_b, estimate=estimate, version=estimate.version, adjustments={}
        )
    of_a = make_user("fin_a", "officer", roles=[("finance", agency_a)])
    services.estimate_appraise(
        actor=of_a, estimate=estimate, version=estimate.version, adjustments={}
    )


@pytest.mark.parametrize("who", ["officer_a", "finance", "coordinator"])
def test_only_the_leader_approves(estimate, officer_a, finance, who, request):
    services.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    services.estimate_appraise(
        actor=finance, estimate=estimate, version=estimate.version, adjustments={}
    )
    with pytest.raises(PermissionDenied):
        services.estimate_approve(
            actor=request.getfixturevalue(who), estimate=estimate, version=estimate.version
        )


def test_a_draft_cannot_be_approved_or_appraised(estimate, finance, leader):
    with pytest.raises(ValidationError):
        services.estimate_approve(actor=leader, estimate=estimate, version=estimate.version)
    with pytest.raises(ValidationError):
        services.estimate_appraise(
            actor=finance, estimate=estimate, version=estimate.version, adjustments={}
        )


def test_returned_estimates_are_corrected_and_submitted_again(estimate, officer_a, finance, leader):
    services.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    with pytest.raises(ValidationError) as exc:
        services.estimate_return(
            actor=finance, estimate=estimate, version=estimate.version, comment=""
        )
    assert "comment" in exc.value.message_dict
    services.estimate_return(
        actor=finance, estimate=estimate, version=estimate.version, comment="Thiếu định mức"
    )
    assert estimate.status == EstimateStatus.RETURNED
    line = estimate.lines.first()
    services.line_change(
        actor=officer_a,
        line=line,
        version=estimate.version,
        data=services.LineData(description=line.description, quantity=1, unit_cost=1000),
    )
    services.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    services.estimate_appraise(
        actor=finance, estimate=estimate, version=estimate.version, adjustments={}
    )
    with pytest.raises(PermissionDenied):  # the reviewer no longer returns an appraised one
        services.estimate_return(
            actor=finance, estimate=estimate, version=estimate.version, comment="x"
        )
    services.estimate_return(
        actor=leader, estimate=estimate, version=estimate.version, comment="Xem lại"
    )
    assert AuditEntry.objects.filter(action="budget.returned").count() == 2


def test_a_submitted_estimate_cannot_be_edited_by_its_agency(estimate, officer_a):
    services.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    with pytest.raises(ValidationError):
        services.line_delete(actor=officer_a, line=estimate.lines.first(), version=estimate.version)


def test_a_revision_is_a_new_version_and_keeps_the_previous(approved, officer_a, finance, leader):
    first = approved.lines.order_by("order").first()
    services.spending_record(actor=officer_a, line=first, day=dt.date(2024, 3, 1), amount="1000000")
    revision = services.estimate_revise(actor=officer_a, estimate=approved)
    assert revision.revision == 2 and revision.previous_id == approved.pk
    assert revision.status == EstimateStatus.DRAFT
    copied = revision.lines.order_by("order").first()
    assert copied.amount == Decimal("25000000") and copied.origin_id == first.pk
    with pytest.raises(ValidationError):
        services.estimate_revise(actor=officer_a, estimate=approved)
    services.line_change(
        actor=officer_a,
        line=copied,
        version=revision.version,
        data=services.LineData(description=copied.description, quantity=1, unit_cost=40000000),
    )
    services.estimate_submit(actor=officer_a, estimate=revision, version=revision.version)
    services.estimate_appraise(
        actor=finance, estimate=revision, version=revision.version, adjustments={}
    )
    services.estimate_approve(actor=leader, estimate=revision, version=revision.version)
    approved.refresh_from_db()
    assert approved.status == EstimateStatus.SUPERSEDED
    # The previous version stays readable, its lines unchanged; the spending follows.
    assert approved.lines.order_by("order").first().approved_amount == Decimal("25000000")
    assert Spending.objects.get().line_id == copied.pk


def test_spending_only_on_approved_lines(estimate, officer_a):
    with pytest.raises(ValidationError) as exc:
        services.spending_record(
            actor=officer_a, line=estimate.lines.first(), day=dt.date(2024, 3, 1), amount=1
        )
    assert "lines of the approved estimate" in _messages(exc)


def test_spending_over_the_approved_amount_is_recorded_with_a_warning(approved, officer_a):
    line = approved.lines.order_by("order").first()  # approved 25.000.000
    _s, warning = services.spending_record(
        actor=officer_a, line=line, day=dt.date(2024, 3, 1), amount="20000000"
    )
    assert warning == ""
    _s, warning = services.spending_record(
        actor=officer_a, line=line, day=dt.date(2024, 4, 1), amount="6.000.000".replace(".", "")
    )
    assert "1.000.000 ₫" in warning and "25.000.000 ₫" in warning
    with translation.override("en"):
        _s, warning = services.spending_record(
            actor=officer_a, line=line, day=dt.date(2024, 4, 2), amount="1"
        )
    assert "over its approved" in warning
    assert Spending.objects.count() == 3
    entry = AuditEntry.objects.filter(action="budget.spending_recorded").first()
    assert entry is not None


@pytest.mark.parametrize(
    ("amount", "message"),
    [("0", "more than 0"), ("-5", "cannot be negative"), ("9" * 19, "too large")],
)
def test_bad_spending_is_refused(approved, officer_a, amount, message):
    with pytest.raises(ValidationError) as exc:
        services.spending_record(
            actor=officer_a, line=approved.lines.first(), day=dt.date(2024, 3, 1), amount=amount
        )
    assert message in _messages(exc)


def test_spending_beyond_what_the_fields_hold_in_total_is_refused(approved, officer_a):
    line = approved.lines.first()
    services.spending_record(actor=officer_a, line=line, day=dt.date(2024, 3, 1), amount="9" * 18)
    with pytest.raises(ValidationError) as exc:
        services.spending_record(actor=officer_a, line=line, day=dt.date(2024, 3, 1), amount="1")
    assert "amount" in exc.value.message_dict


def test_another_agency_cannot_record_spending(approved, officer_b):
    with pytest.raises(PermissionDenied):
        services.spending_record(
            actor=officer_b, line=approved.lines.first(), day=dt.date(2024, 3, 1), amount=1
        )


def test_spending_in_the_future_is_refused(approved, officer_a):
    with pytest.raises(ValidationError):
        services.spending_record(
            actor=officer_a,
            line=approved.lines.first(),
            day=dt.date.today() + dt.timedelta(days=2),
            amount=1,
        )


def test_a_line_links_only_its_agencys_activities(
    estimate, officer_a, officer_b, agency_a, agency_b
):
    from ttdn.activities.registers import REGISTERS

    def training(actor, agency):
        return REGISTERS["trainings"].create(
            actor=actor,
            agency=agency,
            data={"title": "Tập huấn", "start_date": dt.date(2024, 3, 1)},
        )

    mine, theirs = training(officer_a, agency_a), training(officer_b, agency_b)
    line = services.line_add(
        actor=officer_a,
        estimate=estimate,
        version=estimate.version,
        data=services.LineData(description="Tập huấn", unit_cost=1, activity=mine),
    )
    assert line.activity == mine
    with pytest.raises(ValidationError) as exc:
        services.line_add(
            actor=officer_a,
            estimate=estimate,
            version=estimate.version,
            data=services.LineData(description="Tập huấn", unit_cost=1, activity=theirs),
        )
    assert "activity" in exc.value.message_dict
