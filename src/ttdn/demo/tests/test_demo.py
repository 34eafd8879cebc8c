import html
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from ttdn.accounts.models import User
from ttdn.plans.models import Plan
from ttdn.tracking.models import ProgressUpdate

GOLD_DIR = Path(settings.BASE_DIR) / "tests" / "fixtures" / "seeds" / "gold"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("demo")
        yield
        # Module-scoped data: remove it so other modules start empty.
        ProgressUpdate.objects.all().delete()
        Plan.objects.all().delete()
        from ttdn.audit.models import AuditEntry
        from ttdn.directory.models import AdministrativeUnit, Agency, AgencyAlias, AgencySuccession
        from ttdn.legal.models import LegalDocument

        AuditEntry.objects.all().delete()
        User.objects.all().delete()
        LegalDocument.objects.all().delete()
        AgencySuccession.objects.all().delete()
        AgencyAlias.objects.all().delete()
        Agency.objects.filter(parent__isnull=False).delete()
        Agency.objects.all().delete()
        AdministrativeUnit.objects.filter(parent__isnull=False).delete()
        AdministrativeUnit.objects.all().delete()


def test_demo_creates_the_2018_plan_faithfully(demo, db):
    gold = json.loads((GOLD_DIR / "004_b3151840d8e177ab.json").read_text(encoding="utf-8"))
    plan = Plan.objects.get(number="12773/KH-UBND")
    assert plan.issued_date.isoformat() == gold["issued_date"] == "2017-12-08"
    assert (plan.period_start, plan.period_end) == (2018, 2018)
    assert sorted(plan.legal_bases.values_list("identifier", flat=True)) == sorted(
        b["identifier"] for b in gold["legal_bases"]
    )
    assert [s.heading for s in plan.sections.all()] == [s["heading"] for s in gold["sections"]]
    tasks = list(plan.tasks.order_by("order").prefetch_related("assignments__agency", "deadlines"))
    assert len(tasks) == len(gold["tasks"]) == 25
    for task, expected in zip(tasks, gold["tasks"], strict=True):
        assert task.text == expected["text"]
        assert task.timeframe_text == expected["timeframe"]["as_written"]
        assert [d.due_date.isoformat() for d in task.deadlines.all()] == expected["timeframe"][
            "deadlines"
        ]
        leads = [a for a in task.assignments.all() if a.role == "lead"]
        assert [a.as_written for a in leads] == [e["as_written"] for e in expected["lead"]]
        assert [a.agency.name if a.agency else None for a in leads] == [
            e["agency"] for e in expected["lead"]
        ]
        coordinating = [a for a in task.assignments.all() if a.role == "coordinating"]
        assert [a.as_written for a in coordinating] == [
            e["as_written"] for e in expected["coordinating"]
        ]


def test_demo_has_every_seed_plan_users_and_progress(demo, db):
    assert Plan.objects.count() == 6
    assert {"501/KH-UBND", "64/KH-UBND", "12773/KH-UBND"} <= set(
        Plan.objects.values_list("number", flat=True)
    )
    officer = User.objects.get(username="officer")
    assert officer.check_password("ttdn-demo")
    assert [a.name for a in officer.agencies.all()] == [
        "Sở Thông tin và Truyền thông tỉnh Đồng Nai"
    ]
    assert User.objects.get(username="coordinator").role == "coordinator"
    assert User.objects.get(username="leader").role == "leader"
    agencies = set(ProgressUpdate.objects.values_list("agency_id", flat=True))
    assert len(agencies) >= 5
    assert ProgressUpdate.objects.filter(review_state="submitted").exists()


def test_demo_imports_every_seed_through_the_importer(demo, db):
    """Each seed's plan holds exactly the gold tasks: the demo is the importer's output."""
    for path in sorted(GOLD_DIR.glob("[0-9]*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        plan = Plan.objects.filter(
            title=gold["title"], period_start=gold["period"]["from_year"]
        ).get()
        assert list(plan.tasks.order_by("order").values_list("text", flat=True)) == [
            t["text"] for t in gold["tasks"]
        ], path.name
        assert plan.issuer_name == gold["issuer"]


def test_demo_refuses_a_non_empty_database_and_if_empty_is_quiet(demo, db, capsys):
    with pytest.raises(CommandError):
        call_command("demo")
    call_command("demo", "--if-empty")
    assert Plan.objects.count() == 6


# --- every page the demo shows, as every role -----------------------------------------------

_HREF = re.compile(r'href="(/[^"#]*)"')
_SKIP = ("/static/", "/media/", "/admin/", "/i18n/", "/accounts/logout", "/api/v1/docs")
CRAWL_LIMIT = 120


def _crawl(client) -> dict[str, int]:
    """Follow the site's own links breadth-first from the home page; status by path."""
    seen: dict[str, int] = {}
    queue = ["/", "/plans/"]  # anonymous visitors are sent from / to the login page
    while queue and len(seen) < CRAWL_LIMIT:
        path = html.unescape(queue.pop(0))
        if path in seen or path.startswith(_SKIP):
            continue
        response = client.get(path)
        seen[path] = response.status_code
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            for link in _HREF.findall(response.content.decode()):
                link = html.unescape(link)
                if link not in seen and not link.startswith(_SKIP):
                    queue.append(link)
    return seen


@pytest.mark.parametrize("username", [None, "officer", "officer_ngoaivu", "coordinator", "leader"])
def test_every_link_a_role_is_shown_works(demo, db, client, username):
    if username:
        client.force_login(User.objects.get(username=username))
    statuses = _crawl(client)
    assert len(statuses) > (10 if username else 3)
    broken = {path: status for path, status in statuses.items() if status not in (200, 302)}
    assert broken == {}
