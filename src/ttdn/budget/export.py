"""An estimate as the finance departments lay out a dự toán in Excel.

The heading block (the agency's parent body and the agency on the left, the national name
and motto on the right), the title with the plan and year, "Đơn vị tính: đồng", then the
table: STT, Nội dung, Đơn vị tính, Số lượng, Đơn giá, Thành tiền, Ghi chú — a heading row
per task group numbered I, II, III … with the group's subtotal, its lines numbered 1, 2 …,
and the total row. Every cell through ``documents.spreadsheet.safe_cell``.
"""

from __future__ import annotations

import io
from decimal import Decimal

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from ttdn.budget.models import Estimate, EstimateStatus
from ttdn.budget.selectors import estimate_lines, grouped_lines
from ttdn.documents.decree30 import MOTTO, NATION
from ttdn.documents.spreadsheet import safe_cell

MONEY_FORMAT = "#,##0"
WIDTHS = (7, 48, 12, 11, 16, 18, 30)
ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def roman(number: int) -> str:
    out = []
    for value, letters in ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def line_amount_shown(estimate: Estimate, line) -> Decimal:
    """The amount the sheet shows: approved, appraised or requested, by the step reached."""
    if estimate.status in (EstimateStatus.APPROVED, EstimateStatus.SUPERSEDED):
        return line.approved_amount if line.approved_amount is not None else line.amount
    if estimate.status == EstimateStatus.APPRAISED:
        return line.reviewed_amount
    return line.amount


def estimate_xlsx(estimate: Estimate) -> bytes:
    lines = estimate_lines(estimate)
    groups = grouped_lines(lines)
    book = Workbook()
    sheet = book.active
    sheet.title = _("Estimate")[:31]
    bold = Font(bold=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="top", wrap_text=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def put(row: int, column: int, value, *, font=None, align=None, fmt=None, border=None):
        cell = sheet.cell(row=row, column=column, value=safe_cell(value))
        if font:
            cell.font = font
        if align:
            cell.alignment = align
        if fmt:
            cell.number_format = fmt
        if border:
            cell.border = border
        return cell

    agency = estimate.agency
    parent = agency.parent.name if agency.parent_id else ""
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("A2:C2")
    sheet.merge_cells("D1:G1")
    sheet.merge_cells("D2:G2")
    put(1, 1, parent.upper(), align=centre)
    put(2, 1, agency.name.upper(), font=bold, align=centre)
    put(1, 4, NATION, font=bold, align=centre)
    put(2, 4, MOTTO, font=bold, align=centre)
    for row, text, font in (
        (4, _("BUDGET ESTIMATE"), Font(bold=True, size=14)),
        (
            5,
            _purpose(estimate),
            bold,
        ),
        (
            6,
            _("Revision {revision} — {status}").format(
                revision=estimate.revision, status=estimate.get_status_display()
            ),
            None,
        ),
    ):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        put(row, 1, text, font=font, align=centre)
    put(7, 7, _("Unit: đồng"), align=Alignment(horizontal="right"))
    header = (
        _("No."),
        _("Content"),
        _("Unit of measure"),
        _("Quantity"),
        _("Unit cost"),
        _("Amount"),
        _("Notes"),
    )
    row = 8
    for column, text in enumerate(header, start=1):
        put(row, column, text, font=bold, align=centre, border=box)
    total = Decimal(0)
    for index, group in enumerate(groups, start=1):
        row += 1
        subtotal = sum((line_amount_shown(estimate, line) for line in group.lines), Decimal(0))
        total += subtotal
        put(row, 1, roman(index), font=bold, align=centre, border=box)
        put(row, 2, group.label, font=bold, align=wrap, border=box)
        for column in (3, 4, 5, 7):
            put(row, column, None, border=box)
        put(row, 6, int(subtotal), font=bold, fmt=MONEY_FORMAT, border=box)
        for number, line in enumerate(group.lines, start=1):
            row += 1
            notes = [line.note]
            if line.appraisal_comment:
                notes.append(_("Appraisal: {comment}").format(comment=line.appraisal_comment))
            quantity = line.quantity
            put(row, 1, number, align=centre, border=box)
            put(row, 2, line.description, align=wrap, border=box)
            put(row, 3, line.unit, align=centre, border=box)
            put(
                row,
                4,
                int(quantity) if quantity == quantity.to_integral_value() else float(quantity),
                fmt="#,##0.##",
                border=box,
            )
            put(row, 5, int(line.unit_cost), fmt=MONEY_FORMAT, border=box)
            put(row, 6, int(line_amount_shown(estimate, line)), fmt=MONEY_FORMAT, border=box)
            put(row, 7, "\n".join(n for n in notes if n), align=wrap, border=box)
    row += 1
    put(row, 1, None, border=box)
    put(row, 2, _("TOTAL"), font=bold, align=centre, border=box)
    for column in (3, 4, 5, 7):
        put(row, column, None, border=box)
    put(row, 6, int(total), font=bold, fmt=MONEY_FORMAT, border=box)
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.print_title_rows = "8:8"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _purpose(estimate) -> str:
    """The line under the title: the plan by its number, or by its title when it has none
    (a title already says "Kế hoạch …" and often its year: neither is written twice)."""
    plan = estimate.plan
    if plan.number:
        return _("For carrying out plan {plan} in {year}").format(
            plan=plan.number, year=estimate.year
        )
    if str(estimate.year) in plan.title:
        return _("For carrying out {title}").format(title=plan.title)
    return _("For carrying out {title} in {year}").format(title=plan.title, year=estimate.year)
