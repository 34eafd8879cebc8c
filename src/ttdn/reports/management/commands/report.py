"""``ttdn report --plan NUMBER --period 2018 --format docx|pdf|xlsx --output PATH``

The summary report of a plan for a period, from the command line. A stable contract:

- ``--plan``: the plan's number and symbol as written ("12773/KH-UBND", case and spaces
  ignored), or its number alone ("12773") when only one plan has it.
- ``--period``: a year (2018), half (2018-H1), quarter (2018-Q3) or month (2018-06),
  within the plan's years.
- ``--format``: docx (default), pdf (made by LibreOffice) or xlsx (the tables).
- ``--output``: the file to write (replaced whole, never half-written), or "-" for
  standard output.
- ``--today YYYY-MM-DD``: judge lateness as of that day (default: today).
- ``--no-lower-levels``: leave out the plans implementing this one.

The report's saved draft is used when there is one (the coordinator's edited text);
otherwise a first draft is written from the figures and nothing is saved.

Exit status: 0 written; 2 bad arguments (period, format, date); 3 no such plan, or the
number fits several; 4 the output cannot be written; 5 LibreOffice could not make the PDF.
Errors are one line on standard error.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils.translation import gettext as _

from ttdn.documents.convert import ConversionError
from ttdn.plans.models import Plan
from ttdn.reports.document import report_content, report_docx, report_pdf, report_xlsx
from ttdn.reports.models import SummaryReport
from ttdn.reports.services import report_build, report_period_check

FORMATS = ("docx", "pdf", "xlsx")
EXIT_USAGE, EXIT_PLAN, EXIT_OUTPUT, EXIT_CONVERSION = 2, 3, 4, 5


def find_plan(text: str) -> Plan:
    """The plan numbered ``text`` (see the module), or ``CommandError`` with status 3."""
    wanted = "".join(text.split())
    if not wanted:
        raise CommandError(_("Give the plan's number, e.g. 12773/KH-UBND."), returncode=EXIT_USAGE)
    exact = [p for p in Plan.objects.filter(number__iexact=wanted)]
    if not exact:
        candidates = Plan.objects.filter(Q(number__istartswith=wanted + "/")).order_by("pk")
        exact = list(candidates[:5])
    if not exact:
        raise CommandError(
            _("No plan is numbered “{number}”.").format(number=text[:60]), returncode=EXIT_PLAN
        )
    if len(exact) > 1:
        raise CommandError(
            _("Several plans are numbered “{number}”: {numbers}. Give the whole number.").format(
                number=text[:60], numbers=", ".join(p.number for p in exact)
            ),
            returncode=EXIT_PLAN,
        )
    return exact[0]


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` to ``path``: a temporary file beside it, then renamed over it."""
    directory = path.parent
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".ttdn-report-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class Command(BaseCommand):
    help = "Write the summary report of a plan for a period (Word, PDF or Excel)."

    def add_arguments(self, parser):
        parser.add_argument("--plan", required=True, help="the plan's number, e.g. 12773/KH-UBND")
        parser.add_argument("--period", required=True, help="2018, 2018-H1, 2018-Q3 or 2018-06")
        parser.add_argument("--format", choices=FORMATS, default="docx", dest="fmt")
        parser.add_argument("--output", required=True, help='the file to write, or "-"')
        parser.add_argument("--today", help="judge lateness as of this day (YYYY-MM-DD)")
        parser.add_argument("--no-lower-levels", action="store_true")

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
        output = options["output"]
        path = None if output == "-" else Path(output)
        if path is not None:
            self._check_writable(path)
        plan = find_plan(options["plan"])
        try:
            period = report_period_check(plan, options["period"])
        except ValidationError as error:
            raise CommandError(" ".join(error.messages), returncode=EXIT_USAGE) from None
        report = SummaryReport.objects.filter(plan=plan, period=period.code).first()
        if report is None:
            report, content = report_build(
                plan=plan,
                period=period.code,
                include_lower_levels=not options["no_lower_levels"],
                today=today,
            )
        else:
            if options["no_lower_levels"]:
                report.include_lower_levels = False
            content = report_content(report, today=today)
        fmt = options["fmt"]
        try:
            data = {"docx": report_docx, "xlsx": report_xlsx, "pdf": report_pdf}[fmt](content)
        except ConversionError as error:
            raise CommandError(error.message, returncode=EXIT_CONVERSION) from None
        if path is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        try:
            write_atomically(path, data)
        except OSError as error:
            raise CommandError(
                _("Cannot write “{path}”: {reason}").format(path=output, reason=error.strerror),
                returncode=EXIT_OUTPUT,
            ) from None
        self.stderr.write(_("Written: {path} ({size} bytes)").format(path=output, size=len(data)))

    def _check_writable(self, path: Path) -> None:
        directory = path.parent if str(path.parent) else Path(".")
        if path.is_dir():
            problem = _("it is a directory")
        elif not directory.is_dir():
            problem = _("the directory does not exist")
        elif not os.access(directory, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            problem = _("permission denied")
        else:
            return
        raise CommandError(
            _("Cannot write “{path}”: {reason}").format(path=str(path), reason=problem),
            returncode=EXIT_OUTPUT,
        )
