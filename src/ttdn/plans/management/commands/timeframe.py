import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ttdn.plans.timeframe import parse_period, parse_timeframe


class Command(BaseCommand):
    help = _(
        "Turn a timeframe as written (e.g. 'Quý II, III') into deadlines and a recurrence, as JSON."
    )

    def add_arguments(self, parser):
        parser.add_argument("text", help=_("The timeframe as written in the plan"))
        parser.add_argument(
            "--period", required=True, help=_("The plan's period: 2024 or 2019-2020")
        )

    def handle(self, *args, text: str, period: str, **options):
        try:
            from_year, to_year = parse_period(period)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        schedule = parse_timeframe(text, from_year=from_year, to_year=to_year)
        self.stdout.write(json.dumps(schedule.as_dict(), ensure_ascii=False))
