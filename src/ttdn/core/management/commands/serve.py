import os
import sys

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Serve ttdn in production with gunicorn (settings from the environment: TTDN_BIND, "
        "TTDN_WEB_WORKERS, … see ttdn/gunicorn_conf.py). Extra arguments go to gunicorn."
    )
    # gunicorn loads the settings itself; nothing here needs the checks run twice.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("gunicorn_args", nargs="*", help="Passed on to gunicorn, after --.")

    def handle(self, *args, gunicorn_args: list[str], **options):
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
        argv = [sys.executable, "-m", "gunicorn", "-c", "python:ttdn.gunicorn_conf", *gunicorn_args]
        sys.stdout.flush()
        sys.stderr.flush()
        # Replace this process: systemd, Compose and the tests signal gunicorn's master directly.
        os.execv(sys.executable, argv)  # noqa: S606
