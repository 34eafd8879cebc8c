"""The plan's annex as an Excel workbook, in the layout civil servants know.

STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Tình trạng | Cập nhật gần nhất
"""

import datetime
import io

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from ttdn.documents.spreadsheet import safe_cell
from ttdn.plans.models import AssignmentRole, Plan, Task, TaskStatus
from ttdn.tracking.models import ProgressUpdate


def _agencies(task: Task, role: str) -> str:
    return "\n".join(a.label for a in task.assignments.all() if a.role == role)


def annex_workbook(
    *,
    plan: Plan,
    tasks: list[Task],
    latest: dict[int, ProgressUpdate],
    today: datetime.date,
) -> bytes:
    """The workbook; ``latest`` maps a task id to its latest counted report."""
    wb = Workbook()
    ws = wb.active
    ws.title = _("Annex")[:31]
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws.append([safe_cell(_("ANNEX: TASK ASSIGNMENT"))])
    ws.append([safe_cell(plan.title)])
    ref = plan.number or ""
    if plan.issued_date:
        ref = _("{number} dated {date}").format(
            number=ref, date=plan.issued_date.strftime("%d/%m/%Y")
        )
    ws.append([safe_cell(ref)])
    ws.append([])
    for row in (1, 2, 3):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.cell(row=row, column=1).alignment = Alignment(horizontal="center", wrap_text=True)
        ws.cell(row=row, column=1).font = Font(bold=row == 1, italic=row == 3)

    headers = [
        _("No."),
        _("Task"),
        _("Lead agency"),
        _("Coordinating agencies"),
        _("Timeframe"),
        _("Status"),
        _("Latest update"),
    ]
    ws.append(headers)
    header_row = ws.max_row
    for col in range(1, len(headers) + 1):
        cell = ws.cell(row=header_row, column=col)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border

    for index, task in enumerate(tasks, start=1):
        update = latest.get(task.pk)
        latest_text = ""
        if update is not None:
            latest_text = "{date} — {agency}: {text}".format(
                date=timezone.localtime(update.submitted_at).strftime("%d/%m/%Y"),
                agency=update.agency.display_name,
                text=update.narrative[:500],
            )
        status = TaskStatus(task.effective_status(today)).label
        ws.append(
            [
                safe_cell(task.row_label or str(index)),
                safe_cell(task.text),
                safe_cell(_agencies(task, AssignmentRole.LEAD)),
                safe_cell(_agencies(task, AssignmentRole.COORDINATING)),
                safe_cell(task.timeframe_text),
                safe_cell(str(status)),
                safe_cell(latest_text),
            ]
        )
        for col in range(1, 8):
            cell = ws.cell(row=ws.max_row, column=col)
            cell.alignment = wrap
            cell.border = border
            cell.data_type = "s" if isinstance(cell.value, str) else cell.data_type

    for col, width in enumerate([7, 60, 28, 32, 18, 16, 40], start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1

    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
