import time

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ttdn.directory import seed
from ttdn.directory.services import agencies_load, units_load


class Command(BaseCommand):
    help = _(
        "Load administrative units (from the vietnam-provinces package) and the agency directory seed. "
        "Safe to run again: it only adds or updates."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--provinces",
            nargs="+",
            metavar="NAME",
            help=_(
                "Provinces (today's or pre-2025) whose agencies to generate, e.g. “Đồng Nai” “Phú Yên”. "
                "Default: the provinces of the seed documents."
            ),
        )
        parser.add_argument(
            "--all-provinces",
            action="store_true",
            help=_("Generate the agencies of every province."),
        )
        parser.add_argument(
            "--units-only", action="store_true", help=_("Load administrative units only.")
        )

    def handle(self, *args, provinces=None, all_provinces=False, units_only=False, **options):
        started = time.perf_counter()
        units = units_load()
        self.stdout.write(
            _(
                "Administrative units: {provinces} provinces, {communes} communes, {legacy} pre-2025 provinces, "
                "{districts} pre-2025 districts ({created} created, {updated} updated)."
            ).format(
                provinces=units["provinces"],
                communes=units["communes"],
                legacy=units["legacy_provinces"],
                districts=units["legacy_districts"],
                created=units["created"],
                updated=units["updated"],
            )
        )
        if not units_only:
            if all_provinces:
                provinces = seed.all_province_names()
            try:
                agencies = agencies_load(provinces=provinces)
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(
                _(
                    "Agencies: {total} in the seed ({created} added, {updated} updated), "
                    "{aliases} aliases added."
                ).format(
                    total=agencies["agencies"],
                    created=agencies["agencies_created"],
                    updated=agencies["agencies_updated"],
                    aliases=agencies["aliases_created"],
                )
            )
            # (replaced: a succession of a database loaded before a change of the seed,
            # which now gives the same change of that body to another body)
            self.stdout.write(
                _(
                    "Successions: {created} added, {updated} updated, {replaced} replaced "
                    "by the seed's."
                ).format(
                    created=agencies["successions_created"],
                    updated=agencies["successions_updated"],
                    replaced=agencies["successions_replaced"],
                )
            )
        self.stdout.write(
            _("Done in {seconds:.1f} s.").format(seconds=time.perf_counter() - started)
        )
