"""The indicator dashboard: thin; the figures from selectors, the layout from dashboard."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import content_disposition_header

from ttdn.documents.spreadsheet import workbook_bytes
from ttdn.indicators.dashboard import board_for, board_sheets, dashboard_choice
from ttdn.indicators.selectors import indicators_for
from ttdn.plans.access import visible_plans

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def dashboard(request):
    today = timezone.localdate()
    try:
        choice = dashboard_choice(request.user, request.GET, today=today)
    except ValidationError as exc:
        context = {
            "error": " ".join(exc.messages),
            "period_code": request.GET.get("period", "")[:20],
        }
        return render(request, "indicators/dashboard.html", context, status=400)
    indicators = indicators_for(choice.scope, today=today)
    board = board_for(indicators, (request.GET.get("code") or "")[:60])
    if request.GET.get("format") == "xlsx":
        response = HttpResponse(workbook_bytes(board_sheets(board, choice)), content_type=XLSX)
        response["Content-Disposition"] = content_disposition_header(
            True, f"chi-so-{choice.period.code}.xlsx"
        )
        return response
    plans = visible_plans(request.user).order_by("-period_start", "title")
    context = {
        "choice": choice,
        "board": board,
        "plans": plans.only("pk", "number", "title")[:200],
        "period_code": choice.period.code,
        "periods": _period_options(today.year, choice.period.code),
    }
    return render(request, "indicators/dashboard.html", context)


def _period_options(year: int, selected: str) -> list[tuple[str, str, bool]]:
    options = []
    for y in range(year, year - 6, -1):
        codes = [str(y), f"{y}-H1", f"{y}-H2", *(f"{y}-Q{q}" for q in range(1, 5))]
        codes += [f"{y}-{m:02d}" for m in range(1, 13)]
        options += [(code, code, code == selected) for code in codes]
    if selected and not any(code == selected for code, _l, _s in options):
        options.insert(0, (selected, selected, True))
    return options
