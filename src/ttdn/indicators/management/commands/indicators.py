"""``ttdn indicators --plan NUMBER --period YEAR [--agency NAME] --json``

The figures of a plan for a period — the same ones the indicator dashboard shows
(``indicators.selectors.indicators_for``). A stable contract:

- ``--plan``: the plan's number and symbol as written ("245/KH-UBND", case and spaces
  ignored), or its number alone ("245") when only one plan has it.
- ``--period``: a year (2018), half (2018-H1), quarter (2018-Q3) or month (2018-06).
- ``--agency``: an agency's name, short name or alias (the directory's resolver); only
  its work is counted. Without it, every agency's.
- ``--json``: prints ``{"plan": {"id", "number", "title"}, "period": {"code", "start",
  "end"}, "agency": {"id", "name"} or null, "indicators": [Indicator.as_json() …]}``, the
  indicators sorted by code, money as strings of whole đồng. Without ``--json``: a table.
- ``--today YYYY-MM-DD``: judge lateness as of that day (default: today).

Exit status: 0 printed; 2 bad arguments (period, date); 3 no such plan or agency (or the
number or name fits several). Errors are one line on standard error.
"""

from __future__ import annotations

import datetime as dt
import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils.translation import gettext as _

from ttdn.core.indicators import IndicatorScope
from ttdn.core.periods import period_parse
from ttdn.directory.resolver import resolve_agency
from ttdn.indicators.selectors import indicators_for
from ttdn.plans.models import Plan

EXIT_USAGE, EXIT_NOT_FOUND = 2, 3


def find_plan(text: str) -> Plan:
    """The plan numbered ``text`` (as ``ttdn report`` finds it), or status 3."""
    wanted = "".join((text or "").split())[:60]
    if not wanted:
        raise CommandError(_("Give the plan's number, e.g. 12773/KH-UBND."), returncode=EXIT_USAGE)
    found = list(Plan.objects.filter(number__iexact=wanted)[:5])
    if not found:
        found = list(Plan.objects.filter(Q(number__istartswith=wanted + "/")).order_by("pk")[:5])
    if not found:
        raise CommandError(
            _("No plan is numbered “{number}”.").format(number=wanted), returncode=EXIT_NOT_FOUND
        )
    if len(found) > 1:
        raise CommandError(
            _("Several plans are numbered “{number}”: {numbers}. Give the whole number.").format(
                number=wanted, numbers=", ".join(p.number for p in found)
            ),
            returncode=EXIT_NOT_FOUND,
        )
    return found[0]


class Command(BaseCommand):
    help = "Print the indicators of a plan for a period (the dashboard's figures)."

    def add_arguments(self, parser):
        parser.add_argument("--plan", required=True, help="the plan's number, e.g. 245/KH-UBND")
        parser.add_argument("--period", required=True, help="2018, 2018-H1, 2018-Q3 or 2018-06")
        parser.add_argument("--agency", help="an agency's name; only its work counts")
        parser.add_argument("--json", action="store_true", dest="as_json")
        parser.add_argument("--today", help="judge lateness as of this day (YYYY-MM-DD)")

    def handle(self, *_args, **options):
        today = None
        if options.get("today"):
            try:
                today = dt.date.fromisoformat(options["today"])
            except ValueError:
                raise CommandError(
                    _("“{value}” is not a date (YYYY-MM-DD).").format(value=options["today"][:20]),
                    returncode=EXIT_USAGE,
                ) from None
        try:
            period = period_parse(options["period"])
        except ValidationError as error:
            raise CommandError(" ".join(error.messages), returncode=EXIT_USAGE) from None
        plan = find_plan(options["plan"])
        agency = None
        if options.get("agency") is not None:
            resolution = resolve_agency(options["agency"][:255])
            if not resolution.resolved:
                raise CommandError(
                    _("No agency is named “{name}”.").format(name=options["agency"][:80]),
                    returncode=EXIT_NOT_FOUND,
                )
            agency = resolution.agency
        scope = IndicatorScope(
            start=period.start,
            end=period.end,
            plan_id=plan.pk,
            agency_ids=frozenset({agency.pk}) if agency else None,
        )
        indicators = indicators_for(scope, today=today)
        if options["as_json"]:
            payload = {
                "plan": {"id": plan.pk, "number": plan.number, "title": plan.title},
                "period": period.as_json(),
                "agency": {"id": agency.pk, "name": agency.name} if agency else None,
                "indicators": [i.as_json() for i in indicators],
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        width = max((len(str(i.label)) for i in indicators), default=10)
        self.stdout.write(f"{plan.number or plan.title} — {period.code}")
        for indicator in indicators:
            self.stdout.write(f"{str(indicator.label):<{width}}  {indicator.value}")
