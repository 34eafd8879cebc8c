"""Every periodic job takes its times from settings.TTDN_SCHEDULES (decision 0024)."""

import ast
from pathlib import Path

import ttdn


def test_no_tasks_module_writes_its_own_crontab():
    offenders = []
    for path in Path(ttdn.__file__).parent.glob("*/tasks*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "crontab":
                offenders.append(f"{path.parent.name}/tasks.py:{node.lineno}")
    assert offenders == []


def test_every_schedule_is_used_by_a_job():
    from django.conf import settings

    source = "".join(
        p.read_text(encoding="utf-8") for p in Path(ttdn.__file__).parent.glob("*/tasks*.py")
    )
    unused = [name for name in settings.TTDN_SCHEDULES if f'schedule("{name}")' not in source]
    assert unused == []
