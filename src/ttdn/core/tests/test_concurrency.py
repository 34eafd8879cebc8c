"""``core.concurrency.claim_version``: the one rule every editable record's write goes through."""

import pytest

from ttdn.core.concurrency import claim_version
from ttdn.core.exceptions import ConflictError


@pytest.fixture
def plan(make_plan):
    return make_plan(tasks=0)


def test_a_claim_bumps_the_version_and_writes_the_changes(plan):
    from ttdn.plans.models import Plan

    read = plan.version
    claim_version(plan, read, title="Kế hoạch đã sửa")
    stored = Plan.objects.get(pk=plan.pk)
    assert (stored.version, stored.title) == (read + 1, "Kế hoạch đã sửa")
    assert (plan.version, plan.title) == (read + 1, "Kế hoạch đã sửa")


def test_the_second_of_two_writers_holding_the_same_version_is_refused(plan):
    from ttdn.plans.models import Plan

    first, second = Plan.objects.get(pk=plan.pk), Plan.objects.get(pk=plan.pk)
    read = first.version
    claim_version(first, read, title="Của người thứ nhất")
    with pytest.raises(ConflictError) as raised:
        claim_version(second, read, message="Đã có người sửa.", title="Của người thứ hai")
    assert str(raised.value) == "Đã có người sửa."
    stored = Plan.objects.get(pk=plan.pk)
    assert (stored.version, stored.title) == (read + 1, "Của người thứ nhất")
    assert second.version == read  # the refused object is left as it was read


def test_a_row_that_moved_to_another_step_is_refused_even_at_its_version(plan):
    from ttdn.plans.models import Plan

    with pytest.raises(ConflictError):
        claim_version(plan, plan.version, where={"status": "issued"}, title="Không được ghi")
    assert Plan.objects.get(pk=plan.pk).title != "Không được ghi"


def test_updated_at_moves_with_the_claim(plan):
    from ttdn.plans.models import Plan

    before = Plan.objects.get(pk=plan.pk).updated_at
    claim_version(plan, plan.version)
    assert Plan.objects.get(pk=plan.pk).updated_at > before
