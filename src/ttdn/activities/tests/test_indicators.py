"""activity_indicators: what each code counts, its breakdowns, the scope's filters."""

import datetime as dt

import pytest

from ttdn.activities.indicators import activity_indicators
from ttdn.core.indicators import IndicatorScope
from ttdn.directory.models import AdministrativeUnit, Agency

YEAR = IndicatorScope(start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31))


def by_code(scope=YEAR):
    return {i.code: i for i in activity_indicators(scope)}


EXPECTED_CODES = {
    "press_conferences.periodic",
    "press_conferences.ad_hoc",
    "statements",
    "interviews",
    "corrections",
    "press_briefings",
    "trainings",
    "trainings.attendees",
    "events",
    "delegations.in",
    "delegations.out",
    "foreign_reporters.visits",
    "foreign_reporters.reporters",
    "publications",
    "publications.copies",
    "portal_content.items",
}


def test_every_code_is_there_with_month_and_agency_breakdowns(db):
    indicators = by_code()
    assert set(indicators) == EXPECTED_CODES
    for indicator in indicators.values():
        assert indicator.value == 0
        assert set(indicator.breakdown) >= {"month", "agency"}
        assert list(indicator.breakdown["month"]) == YEAR.months()
        assert indicator.source == "activities"
        assert indicator.as_json()["code"] == indicator.code


def test_counts_with_breakdowns_that_add_up(record, agency_a, agency_b):
    record("press_conferences", variant="periodic", start_date=dt.date(2026, 1, 5))
    record("press_conferences", variant="periodic", start_date=dt.date(2026, 2, 5))
    record("press_conferences", variant="ad_hoc", start_date=dt.date(2026, 2, 6))
    record(
        "trainings",
        attendees_leaders=3,
        attendees_reporters=10,
        agencies=[agency_b],
        start_date=dt.date(2026, 4, 1),
    )
    record("events", variant="exhibition")
    record("events", variant="fair")
    record("events", variant="fair", confidential=True)  # never counted
    record("delegations", variant="out")
    record("foreign_reporters", reporters_count=4)
    record("publications", language="en", copies=500, variant="newsletter")
    record("publications", language="ko", copies=200, variant="brochure")
    record("portal_content", language="en", items=30)
    record("portal_content", language="zh", items=12, month=dt.date(2026, 4, 1))
    record("press_conferences", start_date=dt.date(2025, 12, 31))  # outside the year

    got = by_code()
    assert got["press_conferences.periodic"].value == 2
    assert got["press_conferences.periodic"].breakdown["month"]["2026-02"] == 1
    assert got["press_conferences.ad_hoc"].value == 1
    assert got["trainings"].value == 1
    attendees = got["trainings.attendees"]
    assert attendees.value == 13
    assert attendees.breakdown["kind"] == {
        "leaders": 3,
        "spokespersons": 0,
        "reporters": 10,
        "officials": 0,
    }
    # Shared work counts for each agency involved.
    assert attendees.breakdown["agency"] == {str(agency_a.pk): 13, str(agency_b.pk): 13}
    assert got["events"].value == 2
    assert got["events"].breakdown["kind"]["fair"] == 1
    assert got["delegations.out"].value == 1 and got["delegations.in"].value == 0
    assert got["foreign_reporters.visits"].value == 1
    assert got["foreign_reporters.reporters"].value == 4
    assert got["publications"].value == 2
    assert got["publications.copies"].value == 700
    assert got["publications.copies"].breakdown["language"] == {"en": 500, "ko": 200}
    assert got["portal_content.items"].value == 42
    assert got["portal_content.items"].breakdown["language"] == {"en": 30, "zh": 12}
    assert got["portal_content.items"].breakdown["month"]["2026-04"] == 12
    for indicator in got.values():
        assert sum(indicator.breakdown["month"].values()) == indicator.value
        for dim in ("kind", "language"):
            if dim in indicator.breakdown and indicator.value:
                assert sum(indicator.breakdown[dim].values()) == indicator.value


def test_scope_by_agency_unit_and_plan(record, agency_a, agency_b, plans, make_user):
    province = AdministrativeUnit.objects.create(name="Tỉnh Đồng Nai", level="province")
    district = AdministrativeUnit.objects.create(
        name="Thành phố Biên Hòa", level="district", parent=province
    )
    Agency.objects.filter(pk=agency_a.pk).update(unit=district)
    task = plans["internal"].tasks.get()
    record("interviews", tasks=[task])
    record("interviews")
    writer_b = make_user("ob", "officer", agencies=[agency_b])
    record("interviews", actor=writer_b, agency=agency_b)

    assert by_code()["interviews"].value == 3
    only_b = IndicatorScope(start=YEAR.start, end=YEAR.end, agency_ids=frozenset({agency_b.pk}))
    assert by_code(only_b)["interviews"].value == 1
    assert by_code(only_b)["interviews"].breakdown["agency"] == {str(agency_b.pk): 1}
    in_province = IndicatorScope(start=YEAR.start, end=YEAR.end, unit_id=province.pk)
    assert by_code(in_province)["interviews"].value == 2
    of_plan = IndicatorScope(start=YEAR.start, end=YEAR.end, plan_id=task.plan_id)
    assert by_code(of_plan)["interviews"].value == 1
    march = IndicatorScope(start=dt.date(2026, 3, 10), end=dt.date(2026, 3, 10))
    assert by_code(march)["interviews"].value == 3


@pytest.mark.django_db
def test_all_indicators_take_a_handful_of_queries(record, django_assert_max_num_queries):
    record("trainings", attendees_officials=5)
    record("portal_content")
    with django_assert_max_num_queries(5):
        activity_indicators(YEAR)
