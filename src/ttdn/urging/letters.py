"""The urging letter (công văn đôn đốc): the late agencies of a plan and their late tasks,
as a Word document in the Nghị định 30/2020 format (``ttdn.documents.decree30``, the one
builder of administrative documents).

The letter is an administrative document in Vietnamese whatever the interface language,
so its wording is Vietnamese here, not translated. Which tasks are late is the task's
stored state (``Task.late_on``), read by :func:`ttdn.urging.selectors.late_tasks_by_agency`.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from ttdn.audit.services import log_action
from ttdn.documents.decree30 import Decree30Document, Issuer, Section, Signer, decree30_docx
from ttdn.documents.word import DocTable, Heading
from ttdn.plans.models import Plan
from ttdn.urging.access import require_urger
from ttdn.urging.selectors import late_tasks_by_agency

REPLY_DAYS = 7
TASK_CHARS = 600


@dataclass(frozen=True)
class Letter:
    content: bytes
    filename: str
    agencies: int
    tasks: int


def _issuer_name(plan: Plan) -> str:
    if plan.issuer_id:
        return plan.issuer.name
    return plan.issuer_name or "Ủy ban nhân dân tỉnh"


def _place(plan: Plan) -> str:
    if plan.unit_id:
        return plan.unit.name
    return ""


def _plan_reference(plan: Plan) -> str:
    if plan.number and plan.issued_date:
        return f"Kế hoạch số {plan.number} ngày {plan.issued_date:%d/%m/%Y} về {plan.title[:1].lower()}{plan.title[1:]}"
    if plan.number:
        return f"Kế hoạch số {plan.number} về {plan.title[:1].lower()}{plan.title[1:]}"
    return plan.title


def letter_spec(
    plan: Plan, *, today: datetime.date, year: int | None = None
) -> tuple[Decree30Document, int, int]:
    """The letter's content for the tasks of ``plan`` late on ``today`` (those whose next
    deadline falls in ``year``, if given); with the numbers of agencies and tasks."""
    groups = late_tasks_by_agency(plan, today=today)
    if year is not None:
        groups = [
            (agency, [t for t in tasks if t.next_deadline and t.next_deadline.year == year])
            for agency, tasks in groups
        ]
        groups = [(agency, tasks) for agency, tasks in groups if tasks]
    reference = _plan_reference(plan)
    reply_by = today + datetime.timedelta(days=REPLY_DAYS)
    blocks: list = []
    if groups:
        opening = (
            f"Thực hiện {reference}, qua theo dõi trên hệ thống quản lý hoạt động thông tin "
            f"đối ngoại, đến ngày {today:%d/%m/%Y} các cơ quan, đơn vị sau chưa hoàn thành "
            "nhiệm vụ được giao đúng thời hạn:"
        )
        for number, (agency, tasks) in enumerate(groups, 1):
            blocks.append(Heading(f"{number}. {agency.name}", level=2))
            blocks.append(
                DocTable(
                    header=["STT", "Nhiệm vụ", "Thời hạn", "Số ngày quá hạn"],
                    rows=[
                        [
                            str(i),
                            " ".join(task.text.split())[:TASK_CHARS],
                            task.next_deadline.strftime("%d/%m/%Y"),
                            str((today - task.next_deadline).days),
                        ]
                        for i, task in enumerate(tasks, 1)
                    ],
                    widths_cm=[1.3, 9.2, 2.8, 3.2],
                )
            )
        closing = (
            "Để bảo đảm tiến độ thực hiện Kế hoạch, đề nghị Thủ trưởng các cơ quan, đơn vị "
            "nêu trên khẩn trương chỉ đạo triển khai thực hiện các nhiệm vụ được giao, cập "
            "nhật kết quả thực hiện trên hệ thống và báo cáo về cơ quan thường trực trước ngày "
            f"{reply_by:%d/%m/%Y}"
        )
    else:
        opening = (
            f"Thực hiện {reference}, đến ngày {today:%d/%m/%Y} không có nhiệm vụ nào "
            "quá thời hạn thực hiện."
        )
        closing = (
            "Đề nghị các cơ quan, đơn vị tiếp tục triển khai thực hiện các nhiệm vụ được giao "
            "đúng thời hạn"
        )
    agencies = [agency.name for agency, _tasks in groups]
    spec = Decree30Document(
        issuer=Issuer(name=_issuer_name(plan)),
        kind="",
        title=f"V/v đôn đốc thực hiện {reference}"[:400],
        place=_place(plan),
        date=today,
        symbol="UBND-VX",
        salutation=[
            "Kính gửi: " + ("; ".join(agencies) + "." if agencies else "Các cơ quan, đơn vị.")
        ],
        sections=[Section("", [opening, *blocks, closing])],
        signer=Signer(),
        recipients=["Như trên", "Chủ tịch, các Phó Chủ tịch UBND tỉnh"],
        archive="VT",
    )
    return spec, len(groups), sum(len(tasks) for _a, tasks in groups)


@transaction.atomic
def urging_letter_generate(
    *, actor, plan: Plan, year: int | None = None, today: datetime.date | None = None
) -> Letter:
    """The urging letter for ``plan`` as a Word file; audited (filed under the plan)."""
    require_urger(actor)
    today = today or timezone.localdate()
    spec, agencies, tasks = letter_spec(plan, today=today, year=year)
    content = decree30_docx(spec)
    log_action(
        actor=actor,
        action="urging.letter_generated",
        target=plan,
        data={"date": today.isoformat(), "year": year, "agencies": agencies, "tasks": tasks},
    )
    name = f"cong-van-don-doc-{plan.pk}-{today:%Y%m%d}.docx"
    return Letter(content, name, agencies, tasks)
