from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ttdn.demo.loader import DEMO_PASSWORD, demo_is_loaded, demo_load


class Command(BaseCommand):
    help = _("Load the demo: the seed plans, their agencies, progress reports and demo users.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help=_("Do nothing if data already exists.")
        )

    def handle(self, *args, if_empty: bool = False, **options):
        if demo_is_loaded():
            if if_empty:
                self.stdout.write(_("Data already present; the demo was not loaded again."))
                return
            raise CommandError(
                _("The database already has data; the demo loads only into an empty database.")
            )
        demo_load(stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Demo loaded. Log in as coordinator, officer or leader with password {password}."
                ).format(password=DEMO_PASSWORD)
            )
        )
