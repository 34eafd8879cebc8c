#!/usr/bin/env python
"""The summary report of a province-year: 2,000 tasks, 20,000 progress updates.

    python benchmarks/summary_report.py [--tasks 2000] [--updates 20000] [--agencies 80]
        [--runs 5] [--pdf]

Builds the data in a throwaway SQLite database (``DATABASE_URL`` to use PostgreSQL
instead: the tables are filled, measured, and the plan deleted at the end), one plan
of the year 2024 with its child plan, then times, ``--runs`` times each:

- the figures alone (``reports.figures.plan_figures``),
- the Word document from scratch (figures, reasons, the first draft's text and the
  .docx: ``report_build`` + ``report_docx``; the target is under 3 s),
- the workbook (``report_xlsx``), and with ``--pdf`` the LibreOffice conversion.

Task states are stored by the real ``tracking.services.task_states_refresh``. Rows are
written with ``bulk_create`` (no audit). Prints the median and the spread of each, the
load average before and after, and the document's size. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")
if not os.environ.get("DATABASE_URL"):
    os.environ["TTDN_VAR_DIR"] = tempfile.mkdtemp(prefix="ttdn-bench-report-")

YEAR = 2024
GROUPS = [
    "training",
    "policy_communication",
    "promotion",
    "countering",
    "press_orientation",
    "spokesperson",
    "infrastructure",
    "management",
]
TEXTS = [
    "Tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại, kỹ năng phát ngôn",
    "Phối hợp với cơ quan báo chí trung ương quảng bá hình ảnh của tỉnh",
    "Tổ chức đoàn phóng viên nước ngoài tìm hiểu tiềm năng đầu tư",
    "Đấu tranh, phản bác thông tin sai sự thật về tỉnh trên mạng xã hội",
    "Xuất bản Bản tin đối ngoại song ngữ Việt - Anh",
    "Cập nhật thông tin đối ngoại trên Cổng thông tin điện tử tỉnh",
]
NARRATIVES = [
    "Đã tổ chức {n} lớp với {m} lượt học viên tham gia.",
    "Đang triển khai; chưa bố trí được kinh phí, dự kiến hoàn thành trong quý {q}.",
    "Đã đăng {n} tin, bài; phối hợp {m} cơ quan báo chí.",
    "Chậm do thay đổi nhân sự phụ trách; đề nghị gia hạn đến quý {q}.",
]


def month_end(month: int) -> dt.date:
    return (dt.date(YEAR, month, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def build(*, tasks: int, updates: int, agencies: int, seed: int = 1):
    """One plan of ``YEAR`` (and a child plan) with its tasks, deadlines, leads and
    updates; returns the plan."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from ttdn.core.text import fold
    from ttdn.directory.models import Agency
    from ttdn.plans.models import Plan, Task, TaskAssignment, TaskDeadline
    from ttdn.tracking.models import ProgressUpdate
    from ttdn.tracking.services import task_states_refresh

    rng = random.Random(seed)
    zone = timezone.get_default_timezone()
    user = get_user_model().objects.create_user("bench-coordinator", role="coordinator")
    rows = [
        Agency(
            name=f"Sở thử nghiệm số {i} tỉnh Đồng Nai", short_name=f"Sở TN{i}", kind="department"
        )
        for i in range(agencies)
    ]
    for agency in rows:
        agency.name_folded = fold(agency.name)
    Agency.objects.bulk_create(rows)
    agency_ids = list(
        Agency.objects.filter(name__startswith="Sở thử nghiệm").values_list("pk", flat=True)
    )
    plan = Plan.objects.create(
        title=f"Kế hoạch hoạt động thông tin đối ngoại tỉnh Đồng Nai năm {YEAR}",
        number=f"9{YEAR}/KH-UBND",
        issued_date=dt.date(YEAR - 1, 12, 8),
        issuer_name="Ủy ban nhân dân tỉnh Đồng Nai",
        signer="Trần Văn Vĩnh",
        period_start=YEAR,
        period_end=YEAR,
        status="in_progress",
    )
    child = Plan.objects.create(
        title=f"Kế hoạch triển khai thông tin đối ngoại năm {YEAR} của Sở thử nghiệm số 1",
        number=f"45/KH-STN{YEAR}",
        issuer_id=agency_ids[1],
        period_start=YEAR,
        period_end=YEAR,
        status="in_progress",
        level="department",
        parent=plan,
    )
    task_rows = []
    for i in range(tasks):
        task_rows.append(
            Task(
                plan=plan if i % 20 else child,
                order=i + 1,
                row_label=str(i + 1),
                group=GROUPS[i % len(GROUPS)],
                text=f"{TEXTS[i % len(TEXTS)]} (nhiệm vụ {i + 1})",
                timeframe_text="Hằng quý" if i % 3 == 0 else "Trong năm",
            )
        )
    Task.objects.bulk_create(task_rows, batch_size=1000)
    task_list = list(Task.objects.filter(plan__in=[plan, child]).order_by("pk"))
    deadlines, assignments = [], []
    leads = {}
    for task in task_list:
        if task.timeframe_text == "Hằng quý":
            dues = [month_end(m) for m in (3, 6, 9, 12)]
        else:
            dues = [month_end(rng.choice([3, 6, 9, 11, 12]))]
        deadlines += [TaskDeadline(task=task, due_date=d) for d in dues]
        task.final_deadline = dues[-1]
        lead = rng.choice(agency_ids)
        leads[task.pk] = lead
        assignments.append(TaskAssignment(task=task, agency_id=lead, role="lead"))
        for other in rng.sample(agency_ids, 2):
            if other != lead:
                assignments.append(TaskAssignment(task=task, agency_id=other, role="coordinating"))
    TaskDeadline.objects.bulk_create(deadlines, batch_size=2000)
    TaskAssignment.objects.bulk_create(assignments, batch_size=2000)
    Task.objects.bulk_update(task_list, ["final_deadline"], batch_size=1000)
    update_rows = []
    for _ in range(updates):
        task = rng.choice(task_list)
        day = dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(365))
        status = rng.choices(["in_progress", "done", "cancelled"], [70, 27, 3])[0]
        n, m = rng.randint(1, 40), rng.randint(1, 500)
        update_rows.append(
            ProgressUpdate(
                task=task,
                agency_id=leads[task.pk],
                status=status,
                percent=100 if status == "done" else rng.randint(0, 90),
                narrative=rng.choice(NARRATIVES).format(n=n, m=m, q=rng.randint(1, 4)),
                figures={"Số tin, bài": n, "Số lượt tiếp cận": m * 10}
                if rng.random() < 0.4
                else {},
                period_end=day,
                submitted_by=user,
                submitted_at=dt.datetime.combine(day, dt.time(9), tzinfo=zone),
                review_state=rng.choices(["accepted", "submitted", "returned"], [80, 15, 5])[0],
            )
        )
    field = ProgressUpdate._meta.get_field("submitted_at")
    field.auto_now_add = False
    try:
        ProgressUpdate.objects.bulk_create(update_rows, batch_size=2000)
    finally:
        field.auto_now_add = True
    task_states_refresh(tasks=task_list)  # the one writer of the stored state
    return plan, user


def timed(function, runs: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return times, result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=2000)
    parser.add_argument("--updates", type=int, default=20000)
    parser.add_argument("--agencies", type=int, default=80)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pdf", action="store_true", help="also time the PDF (LibreOffice)")
    args = parser.parse_args(argv)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from ttdn.reports.document import report_docx, report_pdf, report_xlsx
    from ttdn.reports.figures import plan_figures
    from ttdn.reports.periods import period_parse
    from ttdn.reports.services import report_build

    load_before = os.getloadavg()
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, {connection.vendor}")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in load_before)}")
    if connection.vendor == "sqlite":
        call_command("migrate", verbosity=0)
    start = time.perf_counter()
    plan, user = build(tasks=args.tasks, updates=args.updates, agencies=args.agencies)
    print(
        f"data: {args.tasks} tasks, {args.updates} updates, built in {time.perf_counter() - start:.1f} s"
    )
    period = period_parse(str(YEAR))
    today = dt.date(YEAR + 1, 1, 15)

    def figures():
        return plan_figures(plan, period, include_children=True, today=today)

    def word():
        report, content = report_build(plan=plan, period=str(YEAR), today=today)
        report.number = "215"
        return report_docx(content)

    _report, content = report_build(plan=plan, period=str(YEAR), today=today)
    results = {
        "figures": timed(figures, args.runs),
        "word (from scratch)": timed(word, args.runs),
        "excel": timed(lambda: report_xlsx(content), args.runs),
    }
    if args.pdf:
        results["pdf (LibreOffice)"] = timed(lambda: report_pdf(content), max(1, args.runs // 2))
    totals = results["figures"][1].totals
    print(
        f"tasks in the year: {totals.total}, done {totals.done}, late {totals.late}, "
        f"late listed: {len(results['figures'][1].late)}"
    )
    print(f"word document: {len(results['word (from scratch)'][1]) / 1024:.0f} KiB")
    for name, (times, _result) in results.items():
        print(
            f"{name:22s} median {statistics.median(times):.2f} s "
            f"(min {min(times):.2f}, max {max(times):.2f}, {len(times)} runs)"
        )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    ok = statistics.median(results["word (from scratch)"][0]) < 3.0
    if connection.vendor != "sqlite":  # leave a shared database as it was
        from ttdn.directory.models import Agency

        plan.children.all().delete()
        plan.delete()
        Agency.objects.filter(name__startswith="Sở thử nghiệm").delete()
        user.delete()
    print("target (Word < 3 s): " + ("met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
