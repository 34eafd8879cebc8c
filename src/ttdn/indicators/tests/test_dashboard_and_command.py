"""The dashboard (who sees what, charts, Excel) and ``ttdn indicators``."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db
URL = "indicators:dashboard"


@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", 302), ("officer_a", 200), ("coordinator", 200), ("leader", 200), ("press", 403)],
)
def test_who_sees_the_dashboard(client, who, status, request, make_user, training):
    user = (
        make_user("press", "press")
        if who == "press"
        else (None if who == "anonymous" else request.getfixturevalue(who))
    )
    if user:
        client.force_login(user)
    response = client.get(reverse(URL), {"period": "2024"})
    assert response.status_code == status
    if status == 200:
        assert "<svg" in response.text
        row = response.text.split('data-code="trainings.attendees"')[1].split("</tr>")[0]
        assert ">30<" in row


def test_an_officer_sees_only_their_agencies(client, officer_a, officer_b, agency_a, training):
    client.force_login(officer_b)
    assert client.get(reverse(URL), {"period": "2024", "agency": agency_a.pk}).status_code == 404
    response = client.get(reverse(URL), {"period": "2024"})
    row = response.text.split('data-code="trainings.attendees"')[1].split("</tr>")[0]
    assert ">0<" in row
    client.force_login(officer_a)
    response = client.get(reverse(URL), {"period": "2024", "agency": agency_a.pk})
    assert response.context["choice"].scope.agency_ids == {agency_a.pk}


def test_a_plan_the_user_may_not_see_is_a_404(client, officer_b, make_plan):
    hidden = make_plan(visibility="restricted", status="in_progress")
    client.force_login(officer_b)
    assert client.get(reverse(URL), {"plan": hidden.pk}).status_code == 404


def test_a_bad_period_is_a_clear_error(client, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse(URL), {"period": "2024-Q7"})
    assert response.status_code == 400
    assert "không phải là kỳ" in response.text  # Vietnamese first


def test_charts_by_month_agency_and_kind_with_their_tables(client, coordinator, training):
    client.force_login(coordinator)
    response = client.get(reverse(URL), {"period": "2024", "code": "trainings.attendees"})
    board = response.context["board"]
    keys = [chart.key for chart in board.charts]
    assert {"month", "agency", "kind_of_selected"} <= set(keys)
    # The overview charts counts of work only: attendees (people) and copies have other
    # scales and would dwarf them on one axis.
    assert board.overview.key == "kind"
    overview = {bar.full_label for bar in board.overview.bars}
    assert "Lớp tập huấn, bồi dưỡng" in overview
    assert "Lượt người được tập huấn" not in overview
    # The figures table reads tasks, then activities, then budget.
    sections = [name for name, _rows in board.sections()]
    assert sections == ["Nhiệm vụ", "Hoạt động", "Kinh phí"]
    assert 'aria-current="true"' in response.text  # the charted figure is marked
    month = next(c for c in response.context["board"].charts if c.key == "month")
    assert [bar.value for bar in month.bars if bar.value] == [30]
    assert len(month.bars) == 12


def test_the_excel_export_has_the_tables(client, coordinator, training):
    client.force_login(coordinator)
    response = client.get(
        reverse(URL), {"period": "2024", "code": "trainings.attendees", "format": "xlsx"}
    )
    book = load_workbook(io.BytesIO(response.content))
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert ("trainings.attendees", "Lượt người được tập huấn", 30, "people", "2024") in rows
    assert len(book.worksheets) >= 4


def _run(*args):
    out = io.StringIO()
    call_command("indicators", *args, stdout=out)
    return out.getvalue()


def test_the_command_prints_the_dashboards_figures(training, plan, agency_a):
    payload = json.loads(_run("--plan", "245/kh-ubnd", "--period", "2024", "--json"))
    assert payload["plan"]["number"] == "245/KH-UBND"
    assert payload["period"] == {"code": "2024", "start": "2024-01-01", "end": "2024-12-31"}
    assert payload["agency"] is None
    codes = [i["code"] for i in payload["indicators"]]
    assert codes == sorted(codes)
    figures = {i["code"]: i for i in payload["indicators"]}
    assert figures["trainings.attendees"]["value"] == 30
    assert figures["budget.spent"]["value"] == "0"
    by_agency = json.loads(
        _run("--plan", "245", "--period", "2024-Q1", "--agency", "Sở TT-TT", "--json")
    )
    assert by_agency["agency"]["id"] == agency_a.pk
    assert {i["code"]: i["value"] for i in by_agency["indicators"]}["trainings"] == 1


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("--plan", "245/KH-UBND", "--period", "2024-Q9"), 2),
        (("--plan", "245/KH-UBND", "--period", "2024", "--today", "hôm nay"), 2),
        (("--plan", "999/KH-UBND", "--period", "2024"), 3),
        (("--plan", "245/KH-UBND", "--period", "2024", "--agency", "Bộ Không Tồn Tại"), 3),
    ],
)
def test_the_commands_exit_codes(plan, args, code):
    with pytest.raises(CommandError) as exc:
        _run(*args)
    assert exc.value.returncode == code
